"""The rows the store hands out: a conversation and a message, and their columns."""

from __future__ import annotations

import json
from dataclasses import dataclass, fields
from typing import Any


@dataclass
class Conversation:
    id: int
    title: str
    title_is_auto: int
    created: float
    updated: float
    pinned: int
    archived: int
    deleted_at: float | None
    model: str | None
    preset: str | None
    system_prompt: str | None
    params: str | None
    current_leaf: int | None

    @property
    def params_dict(self) -> dict[str, Any]:
        return json.loads(self.params) if self.params else {}


@dataclass
class Message:
    id: int
    conversation_id: int
    parent_id: int | None
    role: str
    content: str
    created: float
    status: str
    finish_reason: str | None
    error: str | None
    model_file: str | None
    model_identity: str | None
    preset: str | None
    params: str | None
    prompt_tokens: int | None
    completion_tokens: int | None
    generation_seconds: float | None
    tokens_per_second: float | None
    drafted_tokens: int | None = None  # speculative decoding: draft tokens verified
    accepted_tokens: int | None = None  # ...and kept
    reasoning: str | None = None  # a thinking model's reasoning, apart from its answer
    reasoning_seconds: float | None = None  # how long it thought
    sources: str | None = None  # JSON: the document passages an answer was given, numbered
    memories: str | None = None  # JSON: the memories an answer was given ([{id, text}])
    tool_calls: str | None = None  # JSON: an answer's tool calls (OpenAI's shape)
    tool_call_id: str | None = None  # a tool message: the call it answers...
    tool_name: str | None = None  # ...and the tool that ran

    @property
    def sources_list(self) -> list[dict[str, Any]]:
        return json.loads(self.sources) if self.sources else []

    @property
    def memories_list(self) -> list[dict[str, Any]]:
        return json.loads(self.memories) if self.memories else []

    @property
    def adapters_used(self) -> list[str]:
        """The LoRA adapters an answer was written with ("name" or "name@scale")."""
        try:
            pairs = json.loads(self.params).get("adapters") if self.params else None
        except (ValueError, AttributeError):
            return []
        out = []
        for pair in pairs or []:
            if isinstance(pair, list) and len(pair) == 2 and isinstance(pair[0], str):
                stem = pair[0].replace("\\", "/").rsplit("/", 1)[-1].removesuffix(".gguf")
                out.append(stem if pair[1] == 1 else f"{stem}@{pair[1]:g}")
        return out

    @property
    def tool_calls_list(self) -> list[dict[str, Any]]:
        return json.loads(self.tool_calls) if self.tool_calls else []


CONV_COLS = ", ".join(f.name for f in fields(Conversation))
MSG_COLS = ", ".join(f.name for f in fields(Message))
MESSAGE_META = {f.name for f in fields(Message)} - {
    "id",
    "conversation_id",
    "parent_id",
    "role",
    "content",
    "created",
}
