"""`assistant serve`: the app's engine as an OpenAI-compatible HTTP API (Starlette).

Only this package imports Starlette and uvicorn (the optional extra ``server``)."""

from __future__ import annotations

import hmac
import json
import logging
import time
from collections.abc import AsyncGenerator, Callable, Generator
from contextlib import aclosing
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import anyio
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware
from starlette.requests import Request
from starlette.responses import JSONResponse, Response, StreamingResponse
from starlette.routing import Route

from assistant.engine.backend import ChatMessage, Completion, SamplingParams, StreamItem
from assistant.errors import UserError
from assistant.server import protocol
from assistant.server.bodies import json_body
from assistant.server.gate import EngineGate, Started

if TYPE_CHECKING:
    from assistant.app import Core
    from assistant.presets import PresetLibrary
    from assistant.presets.preset import Preset

log = logging.getLogger(__name__)
PRESET_PREFIX = "preset:"


@dataclass
class Job:
    """One request, ready to run: which model, what to run on it, where to stop."""

    model: str | None
    make: Callable[[], Generator[StreamItem, None, None]]
    stops: list[str] = field(default_factory=list)


@dataclass
class Answer:
    model: str = ""
    text: str = ""
    done: Completion | None = None
    stopped: bool = False


class Api:
    """The routes over one core: models, chat completions, completions."""

    def __init__(
        self, core: Core, presets: PresetLibrary, api_key: str | None, switch_models: bool
    ) -> None:
        self.core = core
        self.presets = presets
        self.api_key = api_key
        # In the window the user picks the model; clients must not swap it under them.
        self.switch_models = switch_models
        self.gate = EngineGate(core.engine, self._load)

    # -- models ------------------------------------------------------------------------

    def _load(self, name: str | None) -> str:
        """On the engine thread: make ``name`` (None: the current or default) current."""
        host = self.core.engine
        if name is None and host.facts is not None:
            return self._name_of(host.facts.path)
        model = self.core.library.resolve(name, self.core.settings.default_model)
        if host.facts is None or host.facts.path != str(model.path):
            if not self.switch_models:
                current = self._name_of(host.facts.path) if host.facts else "no model"
                raise protocol.ApiError(
                    409,
                    f"The app has {current} loaded; switch models in its window to use "
                    f"{model.name}.",
                    param="model",
                    code="model_not_loaded",
                )
            self.core.models.load_local(str(model.path))
        return model.name

    def _name_of(self, path: str) -> str:
        for m in self.core.library.installed():
            if str(m.path) == path:
                return m.name
        return path.rsplit("/", 1)[-1].removesuffix(".gguf")

    def _model_names(self) -> list[str]:
        return [m.name for m in self.core.library.installed()]

    def _resolve(self, body: dict[str, Any]) -> tuple[str | None, Preset | None]:
        name = body.get("model")
        preset_id = body.get("preset")
        if name is not None and not isinstance(name, str):
            raise protocol.ApiError(400, "'model' must be a string.", param="model")
        if name and name.startswith(PRESET_PREFIX):
            preset_id, name = name.removeprefix(PRESET_PREFIX), None
        if name and name.lower() not in {n.lower() for n in self._model_names()}:
            raise protocol.ApiError(
                404,
                f"The model '{name}' does not exist here. "
                f"Available: {', '.join(self._model_names()) or 'none'}.",
                param="model",
                code="model_not_found",
            )
        preset = None
        if preset_id is not None:
            try:
                preset = self.presets.get(str(preset_id))
            except UserError as exc:
                raise protocol.ApiError(
                    404, str(exc), param="preset", code="model_not_found"
                ) from None
        return name or None, preset

    async def models(self, request: Request) -> Response:
        self._authorize(request)
        created = int(time.time())
        loaded = self.core.engine.facts
        data: list[dict[str, Any]] = []
        for m in self.core.library.installed():
            entry: dict[str, Any] = {
                "id": m.name,
                "object": "model",
                "created": created,
                "owned_by": "local",
            }
            if loaded is not None and loaded.path == str(m.path):
                entry["context_length"] = loaded.context  # read by remote clients
            data.append(entry)
        data += [
            {
                "id": PRESET_PREFIX + preset.id,
                "object": "model",
                "created": created,
                "owned_by": "preset",
            }
            for preset in self.presets.all()
        ]
        return JSONResponse({"object": "list", "data": data})

    # -- completions -------------------------------------------------------------------

    async def chat_completions(self, request: Request) -> Response:
        self._authorize(request)
        body = await json_body(request)
        name, preset = self._resolve(body)
        messages = protocol.chat_messages(body)
        base = SamplingParams()
        if preset is not None:
            messages, base = self._apply_preset(preset, messages, body.get("preset_variables"))
        params = protocol.sampling(body, base)
        self._check_room(name, params)
        host = self.core.engine
        job = Job(name, lambda: host.stream(messages, params), protocol.stop_sequences(body))
        return await self._respond(request, body, job, chat=True)

    async def completions(self, request: Request) -> Response:
        self._authorize(request)
        body = await json_body(request)
        name, _ = self._resolve(body)
        prompt = body.get("prompt")
        if isinstance(prompt, list) and len(prompt) == 1:
            prompt = prompt[0]
        if not isinstance(prompt, str) or not prompt:
            raise protocol.ApiError(400, "'prompt' must be one non-empty string.", param="prompt")
        params = protocol.sampling(body, SamplingParams())
        self._check_room(name, params)
        host = self.core.engine
        job = Job(name, lambda: host.stream_prompt(prompt, params), protocol.stop_sequences(body))
        return await self._respond(request, body, job, chat=False)

    def _check_room(self, name: str | None, params: SamplingParams) -> None:
        """max_tokens beyond the loaded model's whole context can never be honoured."""
        facts = self.core.engine.facts
        if facts is None or (
            name is not None and name.lower() != self._name_of(facts.path).lower()
        ):
            return  # another model will be loaded; the engine bounds the answer by its context
        if params.max_tokens > facts.context:
            raise protocol.ApiError(
                400,
                f"'max_tokens' is {params.max_tokens}, more than this model's whole context "
                f"({facts.context} tokens).",
                param="max_tokens",
            )

    def _apply_preset(
        self, preset: Preset, messages: list[ChatMessage], variables: Any
    ) -> tuple[list[ChatMessage], SamplingParams]:
        """The preset's prompt around the last user message; earlier turns are kept."""
        if variables is not None and not (
            isinstance(variables, dict) and all(isinstance(v, str) for v in variables.values())
        ):
            raise protocol.ApiError(400, "'preset_variables' must map names to strings.")
        if messages[-1]["role"] != "user":
            raise protocol.ApiError(400, "With a preset, the last message must be the user's text.")
        try:
            rendered = preset.render(messages[-1]["content"], variables)
        except UserError as exc:
            raise protocol.ApiError(400, str(exc), param="preset_variables") from None
        history = [m for m in messages[:-1] if m["role"] != "system"]
        system = [m for m in rendered.messages if m["role"] == "system"]
        user = [m for m in rendered.messages if m["role"] != "system"]
        return system + history + user, rendered.params

    async def _answer(self, job: Job) -> AsyncGenerator[str | Started | Answer, None]:
        """Started, text pieces as they come (cut at stop sequences), then the Answer."""
        answer = Answer()
        scanner = protocol.StopScanner(job.stops)
        async with aclosing(self.gate.stream(job.model, job.make)) as items:
            async for item in items:
                if isinstance(item, Started):
                    answer.model = item.model
                    yield item
                elif isinstance(item, Completion):
                    answer.done = item
                elif not scanner.stopped:
                    text = scanner.feed(item)
                    if scanner.stopped:
                        # Let the engine end the answer so the usage figures are real.
                        self.core.engine.cancel()
                    if text:
                        answer.text += text
                        yield text
        if not scanner.stopped:
            tail = scanner.flush()
            if tail:
                answer.text += tail
                yield tail
        answer.stopped = scanner.stopped
        yield answer

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
        answer: Answer | None = None

        async def run() -> None:
            nonlocal answer
            async with aclosing(self._answer(job)) as pieces:
                async for item in pieces:
                    if isinstance(item, Answer):
                        answer = item
            tg.cancel_scope.cancel()

        async def watch() -> None:
            # A client that hangs up while queued or waiting frees its turn.
            while not await request.is_disconnected():
                await anyio.sleep(0.2)
            tg.cancel_scope.cancel()

        try:
            async with anyio.create_task_group() as tg:
                tg.start_soon(run)
                tg.start_soon(watch)
        except* Exception as group:  # an error of the answer itself, not of the group
            raise group.exceptions[0] from None
        if answer is None:
            return Response(status_code=499)
        make = protocol.chat_response if chat else protocol.text_response
        return JSONResponse(make(answer.model, answer.text, answer.done, answer.stopped))

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
                    if isinstance(item, Answer):
                        finish = protocol.finish_reason(item.done, item.stopped)
                        yield _sse(
                            protocol.chat_chunk(cid, item.model, created, {}, finish)
                            if chat
                            else protocol.text_chunk(cid, item.model, created, "", finish)
                        )
                        if include_usage:
                            last = protocol.chat_chunk(cid, item.model, created, {})
                            last["choices"], last["usage"] = [], protocol.usage(item.done)
                            yield _sse(last)
                        continue
                    if chat:
                        delta = {"content": item}
                        if first:
                            delta = {"role": "assistant", **delta}
                        yield _sse(protocol.chat_chunk(cid, model, created, delta))
                    else:
                        yield _sse(protocol.text_chunk(cid, model, created, item))
                    first = False
        except (UserError, protocol.ApiError) as exc:
            # The status line is already sent; OpenAI clients raise on an error event.
            if not isinstance(exc, protocol.ApiError):
                exc = protocol.ApiError(500, str(exc), "server_error")
            yield _sse(exc.body())
        yield "data: [DONE]\n\n"

    # -- access ------------------------------------------------------------------------

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
) -> Starlette:
    """The ASGI application; CORS stays off unless origins are given."""
    api = Api(core, presets, api_key, switch_models)
    middleware = (
        [
            Middleware(
                CORSMiddleware,
                allow_origins=cors_origins,
                allow_methods=["GET", "POST"],
                allow_headers=["*"],
            )
        ]
        if cors_origins
        else []
    )
    app = Starlette(
        routes=[
            Route("/v1/models", api.models),
            Route("/v1/chat/completions", api.chat_completions, methods=["POST"]),
            Route("/v1/completions", api.completions, methods=["POST"]),
            Route("/health", lambda _r: JSONResponse({"status": "ok"})),
        ],
        middleware=middleware,
        exception_handlers={protocol.ApiError: _api_error, UserError: _user_error},
    )
    app.state.api = api
    return app
