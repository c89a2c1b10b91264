"""Document collections over the API: a chat completion answers from collections named
in the extension field ``documents`` (a name or a list) or through the model alias
``docs:NAME`` (for clients that only let the user pick a model). The response carries
the numbered passages the model was given in the extension field ``sources``."""

from __future__ import annotations

from collections.abc import Generator
from pathlib import PurePath
from typing import TYPE_CHECKING, Any

from assistant.engine.backend import ChatMessage, SamplingParams, StreamItem
from assistant.ground.errors import UserError
from assistant.server import protocol

if TYPE_CHECKING:
    from assistant.app import Core
    from assistant.engine.lane import Lane

DOCS_PREFIX = "docs:"


def requested_collections(core: Core, body: dict[str, Any]) -> list[str]:
    """The collections a request answers from (checked), taking a ``docs:NAME`` model
    alias out of ``body`` (the loaded model answers, as for ``default``)."""
    names: list[str] = []
    model = body.get("model")
    if isinstance(model, str) and model.lower().startswith(DOCS_PREFIX):
        names.append(model[len(DOCS_PREFIX) :])
        body["model"] = None
    field = body.get("documents")
    if isinstance(field, str):
        names.append(field)
    elif isinstance(field, list) and all(isinstance(n, str) for n in field):
        names.extend(field)
    elif field is not None:
        raise protocol.ApiError(
            400, "'documents' must be a collection name or a list of them.", param="documents"
        )
    for name in names:
        try:
            core.documents.collections.get(name)
        except UserError as exc:
            raise protocol.ApiError(
                404, str(exc), param="documents", code="collection_not_found"
            ) from None
    return list(dict.fromkeys(names))


def grounded_stream(
    core: Core,
    lane: Lane,
    names: list[str],
    messages: list[ChatMessage],
    params: SamplingParams,
    extras: dict[str, Any],
) -> Generator[StreamItem, None, None]:
    """On the request's worker: find the passages, put them before the question, answer."""
    grounded = core.documents.ground_messages(names, messages, params.max_tokens, core.engine)
    if grounded is not None:
        messages = [*messages[:-1], {"role": "user", "content": grounded.content}]
        extras["sources"] = [api_source(core, s) for s in grounded.sources]
        if grounded.note:
            extras["sources_note"] = grounded.note
    yield from lane.stream(messages, params)


def api_source(core: Core, source: dict[str, Any]) -> dict[str, Any]:
    """A source as an API client sees it: collection, file, page, passage; the file named
    relative to the collection's folder, never by its absolute path. A client needs the
    name to cite and the text to check; the absolute path would tell it the user's
    account name and folder layout, which no answer needs (the window, which opens the
    file, keeps the full path in the history)."""
    out = {k: v for k, v in source.items() if k != "path"}
    out["file"] = _relative_file(core, source)
    return out


def _relative_file(core: Core, source: dict[str, Any]) -> str:
    path = PurePath(str(source.get("path") or ""))
    try:
        roots = core.documents.collections.get(str(source.get("collection"))).paths
    except UserError:
        roots = ()
    for root in roots:
        if path.is_relative_to(root) and path != PurePath(root):
            return path.relative_to(root).as_posix()
    return path.name


def collection_models(core: Core, created: int) -> list[dict[str, Any]]:
    """``docs:NAME`` entries for /v1/models, one per collection."""
    return [
        {"id": DOCS_PREFIX + c.name, "object": "model", "created": created, "owned_by": "documents"}
        for c in core.documents.collections.all()
    ]
