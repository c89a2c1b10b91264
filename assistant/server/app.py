"""`assistant serve`: the app's engine as an OpenAI-compatible HTTP API (Starlette).

Only this package imports Starlette and uvicorn (the optional extra ``server``)."""

from __future__ import annotations

import hmac
import json
import logging
import time
from collections.abc import AsyncGenerator, Awaitable, Callable
from contextlib import aclosing
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware
from starlette.requests import Request
from starlette.responses import JSONResponse, Response, StreamingResponse
from starlette.routing import Route

from assistant.engine.backend import SamplingParams
from assistant.ground.adapter_choice import API_SEPARATOR, split_model_id
from assistant.ground.errors import UserError
from assistant.server import protocol, tool_calls
from assistant.server.answers import Answer, Item, Job, Thought, answer_items
from assistant.server.audio import PATHS as AUDIO_PATHS
from assistant.server.audio import Audio
from assistant.server.bodies import json_body
from assistant.server.disconnect import while_connected
from assistant.server.documents import collection_models, grounded_stream, requested_collections
from assistant.server.embeddings import embeddings_response
from assistant.server.gate import EngineGate, Queued, Started
from assistant.server.guard import RequestGuard
from assistant.server.mcp_tools import mcp_stream, requested_servers, server_choice
from assistant.server.presets import apply_preset
from assistant.server.served_models import ServedModels
from assistant.server.speech import PATH as SPEECH_PATH
from assistant.server.speech import Speech
from assistant.tools.formats import FAMILIES, HERMES, CallFormat

if TYPE_CHECKING:
    from assistant.app import Core
    from assistant.presets import PresetLibrary
    from assistant.presets.preset import Preset

log = logging.getLogger(__name__)
PRESET_PREFIX = "preset:"
DEFAULT_MODEL = "default"  # or no model at all: the one loaded


class Api:
    """The routes over one core: models, chat completions, completions."""

    def __init__(
        self, core: Core, presets: PresetLibrary, api_key: str | None, switch_models: bool
    ) -> None:
        self.core = core
        self.presets = presets
        self.api_key = api_key
        self.served = ServedModels(core, switch_models)
        self.gate = EngineGate(core.engine, self.served.load, self.served.is_current)

    # -- models ------------------------------------------------------------------------

    def _resolve(
        self, body: dict[str, Any]
    ) -> tuple[str | None, Preset | None, tuple[tuple[str, float], ...]]:
        """The model a request names, its preset, and its adapter files."""
        name = body.get("model")
        preset_id = body.get("preset")
        if name is not None and not isinstance(name, str):
            raise protocol.ApiError(400, "'model' must be a string.", param="model")
        picks = None
        if name and API_SEPARATOR in name:
            try:
                name, picks = split_model_id(name)
            except UserError as exc:
                raise protocol.ApiError(400, str(exc), param="model") from None
        if name and name.startswith(PRESET_PREFIX):
            preset_id, name = name.removeprefix(PRESET_PREFIX), None
        if name and name.lower() == DEFAULT_MODEL:
            name = None  # the loaded model, as llama-server does
        found = self.served.known(name) if name else None
        if name and found is None:
            raise protocol.ApiError(
                404,
                f"The model '{name}' does not exist here. "
                f"Available: {', '.join(self.served.slugs()) or 'none'}.",
                param="model",
                code="model_not_found",
            )
        name = found
        preset = None
        if preset_id is not None:
            try:
                preset = self.presets.get(str(preset_id))
            except UserError as exc:
                raise protocol.ApiError(
                    404, str(exc), param="preset", code="model_not_found"
                ) from None
        adapters = self.served.adapter_files(name, picks, preset.adapters if preset else "")
        return name or None, preset, adapters

    async def models(self, request: Request) -> Response:
        self._authorize(request)
        created = int(time.time())
        loaded = self.core.engine.facts
        data: list[dict[str, Any]] = []
        for m in self.core.library.installed():
            entry: dict[str, Any] = {
                "id": m.slug,
                "object": "model",
                "created": created,
                "owned_by": "local",
                "name": m.name,  # for people; programs use the id
            }
            if loaded is not None and loaded.path == str(m.path):
                entry["context_length"] = loaded.context  # read by remote clients
            data.append(entry)
        data += [
            {"id": mid, "object": "model", "created": created, "owned_by": "local", "name": text}
            for mid, text in self.served.with_adapters()
        ]
        data += [
            {
                "id": PRESET_PREFIX + preset.id,
                "object": "model",
                "created": created,
                "owned_by": "preset",
            }
            for preset in self.presets.all()
        ]
        data += collection_models(self.core, created)
        return JSONResponse({"object": "list", "data": data})

    # -- completions -------------------------------------------------------------------

    async def chat_completions(self, request: Request) -> Response:
        self._authorize(request)
        body = await json_body(request)
        collections = requested_collections(self.core, body)
        name, preset, adapters = self._resolve(body)
        messages = protocol.chat_messages(body)
        # The model's own sampling (its settings, its GGUF's advice) where a request is silent.
        base = SamplingParams(**self.core.models.sampling_defaults())
        if preset is not None:
            messages, base = apply_preset(self.core, preset, messages, body.get("preset_variables"))
        params = replace(protocol.sampling(body, base), adapters=adapters)
        servers = requested_servers(self.core, body)
        try:
            tool_calls.first_step_choice(body, request.headers.get(tool_calls.TOOL_CHOICE_HEADER))
            params, calls = tool_calls.with_tools(body, params)
        except tool_calls.ToolsRefused as exc:
            raise protocol.ApiError(400, str(exc), param=exc.param) from None
        self.served.check_room(name, params)
        job = Job(name, lambda lane: lane.stream(messages, params), protocol.stop_sequences(body))
        job.calls = calls
        if collections:
            job.make = lambda lane: grounded_stream(
                self.core, lane, collections, messages, params, job.extras
            )
        if servers:
            if collections:
                raise protocol.ApiError(
                    400, "MCP servers and document collections cannot be combined yet."
                )
            chosen = server_choice(body, params)
            job.make = lambda lane: mcp_stream(
                self.core, lane, messages, chosen, servers, self._call_format, job.extras
            )
        return await self._respond(request, body, job, chat=True)

    async def embeddings(self, request: Request) -> Response:
        """OpenAI's /v1/embeddings (server/embeddings.py)."""
        self._authorize(request)
        return await embeddings_response(self.core, self.gate, await json_body(request))

    async def completions(self, request: Request) -> Response:
        self._authorize(request)
        body = await json_body(request)
        name, _, adapters = self._resolve(body)
        prompt = body.get("prompt")
        if isinstance(prompt, list) and len(prompt) == 1:
            prompt = prompt[0]
        if not isinstance(prompt, str) or not prompt:
            raise protocol.ApiError(400, "'prompt' must be one non-empty string.", param="prompt")
        params = protocol.sampling(body, SamplingParams(**self.core.models.sampling_defaults()))
        params = replace(params, adapters=adapters)
        self.served.check_room(name, params)
        job = Job(
            name,
            lambda lane: lane.stream_prompt(prompt, params),
            protocol.stop_sequences(body),
            chat=False,
        )
        return await self._respond(request, body, job, chat=False)

    def _answer(self, job: Job) -> AsyncGenerator[Item, None]:
        return answer_items(self.gate, job, self._call_format)

    def _call_format(self) -> CallFormat:
        facts = self.core.engine.facts
        return FAMILIES.get(facts.tool_format if facts else "", HERMES)

    async def _respond(
        self, request: Request, body: dict[str, Any], job: Job, chat: bool
    ) -> Response:
        if body.get("stream"):
            include_usage = bool((body.get("stream_options") or {}).get("include_usage"))
            return StreamingResponse(
                self._events(job, chat, include_usage),
                media_type="text/event-stream",
                headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"},
            )

        async def run() -> Answer | None:
            answer = None
            async with aclosing(self._answer(job)) as pieces:
                async for item in pieces:
                    if isinstance(item, Answer):
                        answer = item
            return answer

        # A client that hangs up while queued or waiting frees its turn.
        answer = await while_connected(request, run)
        if answer is None:
            return Response(status_code=499)
        if chat:
            body = (
                protocol.chat_response(
                    answer.model,
                    answer.text,
                    answer.done,
                    answer.stopped,
                    answer.reasoning,
                    answer.tool_calls,
                )
                | job.extras
            )
        else:
            body = protocol.text_response(answer.model, answer.text, answer.done, answer.stopped)
        return JSONResponse(body)

    async def _events(self, job: Job, chat: bool, include_usage: bool) -> AsyncGenerator[str, None]:
        cid, created = protocol.new_id("chatcmpl" if chat else "cmpl"), int(time.time())
        model = job.model or ""
        first = True
        try:
            async with aclosing(self._answer(job)) as pieces:
                async for item in pieces:
                    if isinstance(item, Started):
                        model = item.model
                        continue
                    if isinstance(item, Queued):
                        # A comment line: clients skip it; a person with curl sees why
                        # nothing comes yet.
                        yield f": queued, place {item.place}\n\n"
                        continue
                    if isinstance(item, Answer):
                        for delta in tool_calls.call_deltas(item.tool_calls):
                            if first:
                                delta, first = {"role": "assistant", **delta}, False
                            yield _sse(protocol.chat_chunk(cid, item.model, created, delta))
                        finish = protocol.finish_reason(
                            item.done, item.stopped, bool(item.tool_calls)
                        )
                        yield _sse(
                            protocol.chat_chunk(cid, item.model, created, {}, finish) | job.extras
                            if chat
                            else protocol.text_chunk(cid, item.model, created, "", finish)
                        )
                        if include_usage:
                            last = protocol.chat_chunk(cid, item.model, created, {})
                            last["choices"], last["usage"] = [], protocol.usage(item.done)
                            yield _sse(last)
                        continue
                    if chat:
                        delta = (
                            {"reasoning_content": item.text}
                            if isinstance(item, Thought)
                            else {"content": item}
                        )
                        if first:
                            delta = {"role": "assistant", **delta}
                        yield _sse(protocol.chat_chunk(cid, model, created, delta))
                    elif isinstance(item, str):
                        yield _sse(protocol.text_chunk(cid, model, created, item))
                    first = False
        except (UserError, protocol.ApiError) as exc:
            # The status line is already sent; OpenAI clients raise on an error event.
            if not isinstance(exc, protocol.ApiError):
                exc = protocol.ApiError(500, str(exc), "server_error")
            yield _sse(exc.body())
        yield "data: [DONE]\n\n"

    # -- access ------------------------------------------------------------------------

    def authorized(
        self, route: Callable[[Request], Awaitable[Response]]
    ) -> Callable[[Request], Awaitable[Response]]:
        """``route`` behind the API key check."""

        async def checked(request: Request) -> Response:
            self._authorize(request)
            return await route(request)

        return checked

    def _authorize(self, request: Request) -> None:
        if self.api_key is None:
            return
        given = request.headers.get("authorization", "")
        token = given.removeprefix("Bearer ").strip() if given.startswith("Bearer ") else ""
        if not hmac.compare_digest(token.encode(), self.api_key.encode()):
            raise protocol.ApiError(
                401,
                "Incorrect or missing API key: send 'Authorization: Bearer <key>'.",
                code="invalid_api_key",
            )


def _sse(event: dict[str, Any]) -> str:
    return f"data: {json.dumps(event, ensure_ascii=False)}\n\n"


async def _api_error(_request: Request, exc: Exception) -> Response:
    assert isinstance(exc, protocol.ApiError)
    return JSONResponse(exc.body(), status_code=exc.status)


async def _user_error(_request: Request, exc: Exception) -> Response:
    # Model files that do not load, contexts too small: the client can act on these.
    return JSONResponse(protocol.ApiError(400, str(exc)).body(), status_code=400)


def create_app(
    core: Core,
    presets: PresetLibrary,
    api_key: str | None = None,
    cors_origins: list[str] | None = None,
    switch_models: bool = True,
    bound: str = "127.0.0.1",
    allowed_hosts: list[str] | None = None,
) -> Starlette:
    """The ASGI application; CORS stays off unless origins are given. The guard comes
    first, so a refused request costs no work (server/guard.py)."""
    api = Api(core, presets, api_key, switch_models)
    audio = Audio(core)
    speech = Speech(core)
    middleware = [
        Middleware(
            RequestGuard,
            bound=bound,
            allowed_hosts=allowed_hosts or [],
            origins=cors_origins or [],
            body_types=dict.fromkeys(AUDIO_PATHS, frozenset({"multipart/form-data"})),
        )
    ]
    if cors_origins:
        middleware.append(
            Middleware(
                CORSMiddleware,
                # As the guard compares them: browsers send scheme and host in lower case.
                allow_origins=[o.strip().rstrip("/").lower() for o in cors_origins],
                allow_methods=["GET", "POST"],
                allow_headers=["*"],
            )
        )
    app = Starlette(
        routes=[
            Route("/v1/models", api.models),
            Route("/v1/chat/completions", api.chat_completions, methods=["POST"]),
            Route("/v1/completions", api.completions, methods=["POST"]),
            Route("/v1/embeddings", api.embeddings, methods=["POST"]),
            Route(AUDIO_PATHS[0], api.authorized(audio.transcriptions), methods=["POST"]),
            Route(AUDIO_PATHS[1], api.authorized(audio.translations), methods=["POST"]),
            Route(SPEECH_PATH, api.authorized(speech.speech), methods=["POST"]),
            Route("/health", lambda _r: JSONResponse({"status": "ok"})),
        ],
        middleware=middleware,
        exception_handlers={protocol.ApiError: _api_error, UserError: _user_error},
    )
    app.state.api = api
    return app
