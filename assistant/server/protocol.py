"""The OpenAI chat-completions protocol in plain Python: request bodies to our messages and
sampling parameters, our answers to response bodies and stream chunks. No web framework
here, so the mapping is testable on its own."""

from __future__ import annotations

import json
import time
import uuid
from dataclasses import replace
from typing import Any

from assistant.engine.backend import ChatMessage, Completion, SamplingParams
from assistant.server import tool_calls
from assistant.tools.formats import ToolCall

MAX_STOP_SEQUENCES = 4
_ROLES = {
    "system": "system",
    "developer": "system",
    "user": "user",
    "assistant": "assistant",
    "tool": "tool",
}


class ApiError(Exception):
    """A request the server refuses, in OpenAI's error shape."""

    def __init__(
        self,
        status: int,
        message: str,
        kind: str = "invalid_request_error",
        param: str | None = None,
        code: str | None = None,
    ) -> None:
        super().__init__(message)
        self.status, self.message, self.kind, self.param, self.code = (
            status,
            message,
            kind,
            param,
            code,
        )

    def body(self) -> dict[str, Any]:
        return {
            "error": {
                "message": self.message,
                "type": self.kind,
                "param": self.param,
                "code": self.code,
            }
        }


def _text_of(content: Any, where: str) -> str:
    if isinstance(content, str):
        return content
    if content is None:
        return ""
    if isinstance(content, list):
        parts = []
        for part in content:
            if not isinstance(part, dict) or part.get("type") != "text":
                raise ApiError(400, f"{where}: only text content parts are supported.", param=where)
            parts.append(str(part.get("text", "")))
        return "".join(parts)
    raise ApiError(400, f"{where}: content must be a string or a list of parts.", param=where)


# Bounds on what a client may send: a long pasted document fits, a memory bomb does not.
MAX_BODY_BYTES = 32 * 1024 * 1024
MAX_MESSAGES = 4096


def chat_messages(body: dict[str, Any]) -> list[ChatMessage]:
    """The conversation of a /v1/chat/completions body."""
    raw = body.get("messages")
    if not isinstance(raw, list) or not raw:
        raise ApiError(400, "'messages' must be a non-empty list.", param="messages")
    if len(raw) > MAX_MESSAGES:
        raise ApiError(
            400,
            f"'messages' holds {len(raw)} messages; at most {MAX_MESSAGES} are accepted.",
            param="messages",
        )
    out: list[ChatMessage] = []
    for i, m in enumerate(raw):
        where = f"messages[{i}]"
        if not isinstance(m, dict):
            raise ApiError(400, f"{where} must be an object.", param=where)
        role = _ROLES.get(str(m.get("role")))
        if role is None:
            raise ApiError(
                400,
                f"{where}: role {m.get('role')!r} is not supported "
                "(system, developer, user, assistant, tool).",
                param=f"{where}.role",
            )
        text = _text_of(m.get("content"), where)
        try:
            if role == "tool":
                out.append(tool_calls.tool_message(m, where, text))
                continue
            message: ChatMessage = {"role": role, "content": text}  # type: ignore[typeddict-item]
            if role == "assistant" and m.get("tool_calls"):
                message["tool_calls"] = tool_calls.assistant_calls(m, where)
        except tool_calls.ToolsRefused as exc:
            raise ApiError(400, str(exc), param=exc.param) from None
        out.append(message)
    return out


def _number(body: dict[str, Any], name: str, low: float, high: float) -> float | None:
    value = body.get(name)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float) or not low <= value <= high:
        raise ApiError(400, f"'{name}' must be a number from {low} to {high}.", param=name)
    return float(value)


def sampling(body: dict[str, Any], base: SamplingParams) -> SamplingParams:
    """OpenAI's sampling fields (and llama.cpp's usual extensions) over ``base``."""
    changes: dict[str, Any] = {}
    for name, field, low, high in (
        ("temperature", "temperature", 0, 2),
        ("top_p", "top_p", 0, 1),
        ("min_p", "min_p", 0, 1),
        ("repeat_penalty", "repeat_penalty", 0, 10),
    ):
        v = _number(body, name, low, high)
        if v is not None:
            changes[field] = v
    for name in ("top_k", "seed"):
        v = _number(body, name, -(2**63), 2**63)
        if v is not None:
            changes[name] = int(v)
    limit = body.get("max_completion_tokens", body.get("max_tokens"))
    if limit is not None:
        if isinstance(limit, bool) or not isinstance(limit, int) or limit < 1:
            raise ApiError(400, "'max_tokens' must be a positive integer.", param="max_tokens")
        changes["max_tokens"] = limit
    if body.get("ignore_eos") is True:  # llama.cpp's extension, for benchmarks
        changes["ignore_eos"] = True
    spec = body.get("speculative")  # our extension: prompt-lookup drafts on (default) or off
    if spec is not None:
        if not isinstance(spec, bool):
            raise ApiError(400, "'speculative' must be true or false.", param="speculative")
        changes["speculative"] = spec
    kwargs = body.get("chat_template_kwargs")  # vLLM's and llama-server's: Qwen3's switch
    if kwargs is not None:
        think = kwargs.get("enable_thinking") if isinstance(kwargs, dict) else None
        if not isinstance(kwargs, dict) or (think is not None and not isinstance(think, bool)):
            raise ApiError(
                400,
                "'chat_template_kwargs' must be an object; 'enable_thinking' true or false.",
                param="chat_template_kwargs",
            )
        if think is not None:
            changes["think"] = think
    fmt = body.get("response_format")
    if fmt is not None:
        changes.update(_response_format(fmt))
    return replace(base, **changes)


def _response_format(fmt: Any) -> dict[str, Any]:
    from assistant.presets.preset import PresetError, check_schema

    kind = fmt.get("type") if isinstance(fmt, dict) else None
    if kind == "text":
        return {}
    if kind == "json_object":
        return {"json_schema": json.dumps({"type": "object"}), "grammar": None}
    if kind == "json_schema":
        spec = fmt.get("json_schema")
        schema = spec.get("schema") if isinstance(spec, dict) else None
        if not isinstance(schema, dict):
            raise ApiError(
                400, "response_format.json_schema.schema must be an object.", "response_format"
            )
        try:
            check_schema(schema, "response_format")
        except PresetError as exc:
            raise ApiError(400, str(exc), param="response_format") from None
        return {"json_schema": json.dumps(schema), "grammar": None}
    raise ApiError(
        400,
        "response_format.type must be text, json_object or json_schema.",
        param="response_format",
    )


def stop_sequences(body: dict[str, Any]) -> list[str]:
    stop = body.get("stop")
    if stop is None:
        return []
    items = [stop] if isinstance(stop, str) else stop
    if (
        not isinstance(items, list)
        or len(items) > MAX_STOP_SEQUENCES
        or not all(isinstance(s, str) and s for s in items)
    ):
        raise ApiError(400, "'stop' must be a string or up to 4 non-empty strings.", param="stop")
    return list(items)


class StopScanner:
    """Cuts a stream of text at the first stop sequence, holding back only as much text
    as could be the start of one."""

    def __init__(self, stops: list[str]) -> None:
        self.stops = stops
        self.pending = ""
        self.stopped = False

    def feed(self, piece: str) -> str:
        """The text that can be sent now; sets ``stopped`` once a stop sequence appears."""
        if not self.stops:
            return piece
        self.pending += piece
        cut = min((i for s in self.stops if (i := self.pending.find(s)) >= 0), default=-1)
        if cut >= 0:
            out, self.pending, self.stopped = self.pending[:cut], "", True
            return out
        held = max(
            (n for s in self.stops for n in range(1, len(s)) if self.pending.endswith(s[:n])),
            default=0,
        )
        out, self.pending = (
            self.pending[: len(self.pending) - held],
            self.pending[len(self.pending) - held :],
        )
        return out

    def flush(self) -> str:
        out, self.pending = self.pending, ""
        return out


def new_id(prefix: str) -> str:
    return f"{prefix}-{uuid.uuid4().hex[:24]}"


def finish_reason(done: Completion | None, stopped: bool, calls: bool = False) -> str:
    if calls:
        return "tool_calls"
    if stopped or done is None:
        return "stop"
    return "length" if done.finish_reason == "length" else "stop"


def usage(done: Completion | None) -> dict[str, int]:
    """OpenAI's token counts, plus how many drafted tokens were verified and kept."""
    p = done.prompt_tokens if done else 0
    c = done.completion_tokens if done else 0
    out = {"prompt_tokens": p, "completion_tokens": c, "total_tokens": p + c}
    if done is not None and done.drafted:
        out |= {"drafted_tokens": done.drafted, "accepted_tokens": done.accepted}
    return out


def _envelope(
    cid: str, kind: str, created: int, model: str, choice: dict[str, Any]
) -> dict[str, Any]:
    return {
        "id": cid,
        "object": kind,
        "created": created,
        "model": model,
        "choices": [{"index": 0, **choice, "logprobs": None}],
    }


def chat_chunk(
    cid: str, model: str, created: int, delta: dict[str, Any], finish: str | None = None
) -> dict[str, Any]:
    choice = {"delta": delta, "finish_reason": finish}
    return _envelope(cid, "chat.completion.chunk", created, model, choice)


def text_chunk(
    cid: str, model: str, created: int, text: str, finish: str | None = None
) -> dict[str, Any]:
    choice = {"text": text, "finish_reason": finish}
    return _envelope(cid, "text_completion", created, model, choice)


def chat_response(
    model: str,
    text: str,
    done: Completion | None,
    stopped: bool,
    reasoning: str = "",
    calls: list[ToolCall] | None = None,
) -> dict[str, Any]:
    message: dict[str, Any] = {"role": "assistant", "content": text}
    if reasoning:  # as llama-server and vLLM return a thinking model's reasoning
        message["reasoning_content"] = reasoning
    if calls:
        message["tool_calls"] = [c.openai() for c in calls]
        message["content"] = text or None  # as OpenAI: null beside calls
    choice = {"message": message, "finish_reason": finish_reason(done, stopped, bool(calls))}
    body = _envelope(new_id("chatcmpl"), "chat.completion", int(time.time()), model, choice)
    body["usage"] = usage(done)
    return body


def text_response(model: str, text: str, done: Completion | None, stopped: bool) -> dict[str, Any]:
    body = text_chunk(new_id("cmpl"), model, int(time.time()), text, finish_reason(done, stopped))
    body["usage"] = usage(done)
    return body


MAX_EMBED_INPUTS = 2048
MAX_EMBED_CHARS = 100_000


def embedding_input(body: dict[str, Any]) -> list[str]:
    """The texts of an /v1/embeddings request (one string or a list of strings)."""
    value = body.get("input")
    texts = [value] if isinstance(value, str) else value
    if _token_ids(texts) or (isinstance(texts, list) and texts and all(map(_token_ids, texts))):
        # OpenAI's format allows token ids, but ids of OpenAI's tokenizer (LangChain sends
        # tiktoken's by default) mean nothing to another model: say what to send instead.
        raise ApiError(
            400,
            "'input' as token ids is not supported: send the text itself (LangChain: "
            "OpenAIEmbeddings(check_embedding_ctx_length=False)).",
            param="input",
        )
    if not isinstance(texts, list) or not texts or not all(isinstance(t, str) for t in texts):
        raise ApiError(
            400, "'input' must be a string or a non-empty list of strings.", param="input"
        )
    if len(texts) > MAX_EMBED_INPUTS:
        raise ApiError(400, f"At most {MAX_EMBED_INPUTS} inputs per request.", param="input")
    if any(len(t) > MAX_EMBED_CHARS for t in texts):
        raise ApiError(
            400, f"Each input may be at most {MAX_EMBED_CHARS} characters.", param="input"
        )
    fmt = body.get("encoding_format", "float")
    if fmt not in ("float", "base64"):
        raise ApiError(400, "'encoding_format' must be float or base64.", param="encoding_format")
    return texts


def _token_ids(value: Any) -> bool:
    return isinstance(value, list) and bool(value) and all(isinstance(v, int) for v in value)


def embedding_data(vectors: list[list[float]], fmt: str) -> list[dict[str, Any]]:
    """OpenAI's embedding objects; base64 is the little-endian float32 bytes."""
    import base64
    import struct

    out = []
    for i, v in enumerate(vectors):
        value: Any = v
        if fmt == "base64":
            value = base64.b64encode(struct.pack(f"<{len(v)}f", *v)).decode("ascii")
        out.append({"object": "embedding", "index": i, "embedding": value})
    return out
