"""/v1/embeddings in OpenAI's format, run in the engine child: the built-in embedding
model (all-MiniLM-L6-v2, made on first use: models/embedding.py) or any installed one."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from starlette.responses import JSONResponse, Response

from assistant.ground.errors import UserError
from assistant.models.embedding import DEFAULT_NAME, default_embedding_model
from assistant.models.library import model_slug
from assistant.server import protocol

if TYPE_CHECKING:
    from assistant.app import Core
    from assistant.server.gate import EngineGate


async def embeddings_response(core: Core, gate: EngineGate, body: dict[str, Any]) -> Response:
    """Vectors for the request's texts, in the engine's turn like any other request."""
    texts = protocol.embedding_input(body)
    name, model = _embedding_model(core, str(body.get("model") or "default"))
    data_dir, host = core.paths.data, core.engine

    def work() -> tuple[list[list[float]], int]:
        return host.embed(str(model or default_embedding_model(data_dir)), texts)

    try:
        vectors, tokens = await gate.call(work)
    except UserError as exc:
        raise protocol.ApiError(400, str(exc)) from None
    data = protocol.embedding_data(vectors, body.get("encoding_format", "float"))
    usage = {"prompt_tokens": tokens, "total_tokens": tokens}
    return JSONResponse({"object": "list", "data": data, "model": name, "usage": usage})


def _embedding_model(core: Core, wanted: str) -> tuple[str, Path | None]:
    """The model a request names, by its id (None: the built-in one). ``default`` is the
    one documents use (Settings), so the API's vectors match the collections' index."""
    if wanted == "default":
        path = core.embedding_model_path(core.settings)
        return (DEFAULT_NAME, None) if path is None else (model_slug(path.name), path)
    if wanted.lower() == DEFAULT_NAME:
        return DEFAULT_NAME, None
    installed = core.library.installed("embedding")
    for m in installed:
        if wanted.lower() in (m.slug, m.name.lower(), m.path.name.lower()):
            return m.slug, m.path
    available = ", ".join([DEFAULT_NAME, *(m.slug for m in installed)])
    raise protocol.ApiError(
        404,
        f"No embedding model named '{wanted}'. Available: {available}.",
        "invalid_request_error",
        param="model",
        code="model_not_found",
    )
