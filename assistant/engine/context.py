"""Fitting a conversation into the model's context window."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from assistant.engine.backend import ChatMessage
from assistant.ground.errors import UserError


@dataclass
class Fitted:
    messages: list[ChatMessage]
    prompt_tokens: int
    dropped: list[ChatMessage]


def fit_messages(
    messages: Sequence[ChatMessage],
    count: Callable[[Sequence[ChatMessage]], int],
    budget: int,
) -> Fitted:
    """Keep the system prompt and the newest turns so the prompt uses at most ``budget`` tokens.

    The oldest turns go first, a user turn together with the answers that follow it, so
    the model never sees an answer without its question. The last message is always kept.
    """
    msgs = list(messages)
    n = count(msgs)
    if n <= budget:
        return Fitted(msgs, n, [])
    head = [m for m in msgs[:1] if m["role"] == "system"]
    body = msgs[len(head) :]
    last, body = body[-1:], body[:-1]
    dropped: list[ChatMessage] = []
    while body:
        # Drop one turn: the first message plus any non-user messages after it.
        cut = 1
        while cut < len(body) and body[cut]["role"] != "user":
            cut += 1
        dropped.extend(body[:cut])
        body = body[cut:]
        candidate = head + body + last
        n = count(candidate)
        if n <= budget:
            return Fitted(candidate, n, dropped)
    n = count(head + last)
    if n <= budget:
        return Fitted(head + last, n, dropped)
    raise UserError(
        f"The message is too long for this model's context ({n} tokens, room for {budget}). "
        "Shorten it, or raise the context length in Settings."
    )


def fit_tokens(
    messages: Sequence[ChatMessage],
    tokenize: Callable[[Sequence[ChatMessage]], list[int]],
    budget: int,
) -> tuple[list[int], Fitted]:
    """Like :func:`fit_messages`, returning the prompt tokens of the fitted conversation.

    Fitting already tokenized the prompt it settled on: those tokens are kept rather
    than rendering and tokenizing the whole conversation a second time."""
    last: dict[str, Any] = {}

    def count(msgs: Sequence[ChatMessage]) -> int:
        last["messages"], last["tokens"] = msgs, tokenize(msgs)
        return len(last["tokens"])

    fitted = fit_messages(messages, count, budget)
    if last.get("messages") is fitted.messages:
        return last["tokens"], fitted
    return tokenize(fitted.messages), fitted
