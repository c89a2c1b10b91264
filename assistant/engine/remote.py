"""A model on an OpenAI-compatible server (llama.cpp's llama-server, Ollama, vLLM, another
machine's `assistant serve`), used like the local engine. Only this module imports the
``openai`` client; only the URL the user gave is contacted."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Generator, Sequence
from typing import Any

import openai

from assistant.engine.backend import (
    ChatMessage,
    Completion,
    ModelFacts,
    SamplingParams,
    StreamItem,
)
from assistant.engine.context import fit_messages
from assistant.engine.peer_limits import CappedTransport, exceeded
from assistant.ground.errors import Cancelled, UserError
from assistant.ground.settings import RemoteServer

CHARS_PER_TOKEN = 3  # a cautious estimate: the server's tokenizer is not ours to call
_CONTEXT_FIELDS = ("context_length", "max_model_len", "max_context_length", "n_ctx")


class _HttpClient(openai.DefaultHttpxClient):
    """openai's HTTP client, closed when collected as openai's own default one is (a
    backend whose first request failed is dropped without close())."""

    def __del__(self) -> None:
        if not self.is_closed:
            self.close()


class RemoteBackend:
    """Streams answers from a remote chat-completions endpoint; cancel closes the stream."""

    def __init__(self, config: RemoteServer, timeout: float = 60.0) -> None:
        self.config = config
        base = config.url.rstrip("/")
        self._client = openai.OpenAI(
            base_url=base if base.endswith("/v1") else base + "/v1",
            api_key=config.api_key or "none",
            timeout=openai.Timeout(timeout, connect=10.0),
            max_retries=1,
            # A transport that caps what the server may send (peer_limits.py).
            http_client=_HttpClient(transport=CappedTransport()),
        )
        self.facts: ModelFacts | None = None
        self.model_id = config.model  # the id the server answers to, once loaded
        self._stream: Any = None
        self._cancelled = threading.Event()

    @property
    def where(self) -> str:
        return self.config.url

    def load(self) -> ModelFacts:
        """Ask the server which models it has; pick ours and read its context if reported."""
        models = self._call(lambda: list(self._client.models.list()))
        if not models:
            raise UserError(f"{self.where} offers no models.")
        wanted = self.config.model or models[0].id
        entry = next((m for m in models if m.id == wanted), None)
        if entry is None:
            offered = ", ".join(m.id for m in models)
            raise UserError(f"{self.where} has no model '{wanted}'. It offers: {offered}.")
        self.model_id = wanted
        self.facts = ModelFacts(
            path=self.config.url,
            name=self.config.name,
            architecture="",  # a server does not say
            parameters=0,
            quantization="",
            trained_context=_context_of(entry),
            context=_context_of(entry),
            has_chat_template=True,
            size_bytes=0,
        )
        return self.facts

    def stream(
        self, messages: Sequence[ChatMessage], params: SamplingParams | None = None
    ) -> Generator[StreamItem, None, None]:
        """Text pieces as the server sends them, then a :class:`Completion`."""
        if self.facts is None:
            self.load()
        p = params or SamplingParams()
        msgs, dropped = list(messages), []
        context = self.facts.context if self.facts else 0
        if context:
            fitted = fit_messages(msgs, _estimate, context - min(p.max_tokens, context // 4))
            msgs, dropped = fitted.messages, fitted.dropped
        self._cancelled.clear()
        t0 = time.perf_counter()
        request: dict[str, Any] = {
            "model": self.model_id,
            "messages": msgs,
            "stream": True,
            "stream_options": {"include_usage": True},
            **_request_fields(p),
        }
        stream = self._call(lambda: self._client.chat.completions.create(**request))
        self._stream = stream
        pieces: list[str] = []
        calls: dict[int, dict[str, str]] = {}  # by index, as the deltas build them
        finish, usage, t1 = "length", None, None
        # A server that ignores max_tokens and streams on is cut off (each delta is at
        # least one token; a margin for servers that split tokens into several events).
        max_events = 4 * p.max_tokens + 64
        try:
            for events, chunk in enumerate(self._iterate(stream)):
                if events > max_events:
                    raise UserError(
                        f"{self.where} kept sending after the answer's length limit "
                        f"({p.max_tokens} tokens); the answer was cut off there."
                    )
                if chunk.usage is not None:
                    usage = chunk.usage
                for choice in chunk.choices:
                    if choice.delta.content:
                        t1 = t1 or time.perf_counter()
                        pieces.append(choice.delta.content)
                        yield choice.delta.content
                    for delta in choice.delta.tool_calls or ():
                        t1 = t1 or time.perf_counter()
                        _add_call(calls, delta)
                    if choice.finish_reason:
                        finish = "length" if choice.finish_reason == "length" else "stop"
            if calls and not self._cancelled.is_set():
                # The calls as this app reads them in a model's text (the Hermes
                # family's tags): the tool loop is the same for every engine.
                written = "".join(_written_call(c) for _i, c in sorted(calls.items()))
                pieces.append(written)
                yield written
        finally:
            self._stream = None
            stream.close()
        if self._cancelled.is_set():
            if not pieces:
                raise Cancelled()
            finish = "cancelled"
        t2 = time.perf_counter()
        yield Completion(
            text="".join(pieces),
            finish_reason=finish,  # type: ignore[arg-type]
            prompt_tokens=usage.prompt_tokens if usage else _estimate(msgs),
            completion_tokens=usage.completion_tokens if usage else len(pieces),
            reused_tokens=0,
            prompt_seconds=(t1 or t2) - t0,
            generation_seconds=t2 - (t1 or t2),
            dropped_messages=len(dropped),
            dropped=dropped,
        )

    def _iterate(self, stream: Any) -> Generator[Any, None, None]:
        it = iter(stream)
        while not self._cancelled.is_set():
            try:
                chunk = next(it)
            except StopIteration:
                return
            except Exception as exc:
                if self._cancelled.is_set():
                    return  # our own close() from cancel() ended the read
                if isinstance(exc, openai.APIStatusError) or exceeded(exc):
                    raise self._user_error(exc) from exc
                raise UserError(
                    f"The connection to {self.where} broke off mid-answer (did the server stop?)."
                ) from exc
            yield chunk

    def cancel(self) -> None:
        """Stop the current answer from any thread: the connection is closed."""
        self._cancelled.set()
        stream = self._stream
        if stream is not None:
            stream.close()

    def close(self) -> None:
        self.cancel()
        self._client.close()

    def _call(self, fn: Any) -> Any:
        try:
            return fn()
        except Exception as exc:
            raise self._user_error(exc) from exc

    def _user_error(self, exc: Exception) -> Exception:
        where = self.where
        cap = exceeded(exc)
        if cap is not None:
            return UserError(
                f"{where} sent {cap} in one answer, more than any real answer holds; "
                "the connection was cut. Is it the server you meant to add?"
            )
        if isinstance(exc, openai.APITimeoutError):
            return UserError(f"{where} did not answer in time; it may be overloaded.")
        if isinstance(exc, openai.APIConnectionError):
            return UserError(f"Cannot reach {where}: is the server running and the URL right?")
        if isinstance(exc, openai.AuthenticationError | openai.PermissionDeniedError):
            return UserError(
                f"{where} refused the API key ({exc.status_code}). Set the right one with "
                f"`assistant models add-remote {self.config.name} {where} --api-key KEY`."
            )
        if isinstance(exc, openai.NotFoundError):
            return UserError(f"{where} has no model '{self.config.model}' (404).")
        if isinstance(exc, openai.APIStatusError):
            return UserError(f"{where} answered with an error ({exc.status_code}): {exc.message}")
        return exc


def _add_call(calls: dict[int, dict[str, str]], delta: Any) -> None:
    call = calls.setdefault(delta.index, {"name": "", "arguments": ""})
    fn = delta.function
    if fn is not None:
        call["name"] += fn.name or ""
        call["arguments"] += fn.arguments or ""


def _written_call(call: dict[str, str]) -> str:
    try:
        arguments = json.loads(call["arguments"] or "{}")
    except ValueError:
        arguments = call["arguments"]  # the loop tells the model it does not parse
    return (
        "<tool_call>"
        + json.dumps({"name": call["name"], "arguments": arguments})
        + ("</tool_call>")
    )


def _estimate(messages: Sequence[ChatMessage]) -> int:
    return sum(len(m["content"]) // CHARS_PER_TOKEN + 4 for m in messages)


def _context_of(entry: Any) -> int:
    data = entry.model_dump() if hasattr(entry, "model_dump") else dict(entry)
    for source in (data, data.get("meta") or {}):
        for key in (*_CONTEXT_FIELDS, "n_ctx_train"):
            value = source.get(key)
            if isinstance(value, int) and value > 0:
                return value
    return 0


def _request_fields(p: SamplingParams) -> dict[str, Any]:
    """Our sampling parameters as OpenAI fields, plus the extensions llama.cpp-style
    servers understand (top_k, min_p, repeat_penalty, grammar)."""
    fields: dict[str, Any] = {
        "temperature": p.temperature,
        "top_p": p.top_p,
        "max_tokens": p.max_tokens,
    }
    if p.seed is not None:
        fields["seed"] = p.seed
    extra: dict[str, Any] = {"top_k": p.top_k, "min_p": p.min_p, "repeat_penalty": p.repeat_penalty}
    if p.json_schema:
        fields["response_format"] = {
            "type": "json_schema",
            "json_schema": {"name": "answer", "schema": json.loads(p.json_schema)},
        }
    elif p.grammar:
        extra["grammar"] = p.grammar
    if p.tools:
        fields["tools"] = [  # our engine's form (spec.to_json) in OpenAI's
            {
                "type": "function",
                "function": {k: t[k] for k in ("name", "description", "parameters")},
            }
            for t in json.loads(p.tools)
        ]
        fields["tool_choice"] = (
            {"type": "function", "function": {"name": p.tool_name}}
            if p.tool_name
            else p.tool_choice
        )
        if not p.parallel_tool_calls:
            fields["parallel_tool_calls"] = False
    fields["extra_body"] = extra
    return fields
