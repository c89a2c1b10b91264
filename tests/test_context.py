"""Context fitting logic, with a word-count stand-in for the tokenizer."""

from collections.abc import Sequence

import pytest

from assistant.engine.backend import ChatMessage
from assistant.engine.context import fit_messages
from assistant.ground.errors import UserError


def words(messages: Sequence[ChatMessage]) -> int:
    return sum(len(m["content"].split()) + 2 for m in messages)


def turn(i: int, n: int = 10) -> list[ChatMessage]:
    return [
        {"role": "user", "content": f"q{i} " * n},
        {"role": "assistant", "content": f"a{i} " * n},
    ]


def test_fits_unchanged() -> None:
    msgs: list[ChatMessage] = [{"role": "system", "content": "be brief"}, *turn(1)]
    fitted = fit_messages(msgs, words, 1000)
    assert fitted.messages == msgs and fitted.dropped == []


def test_drops_oldest_turns_keeps_system_and_last() -> None:
    system: ChatMessage = {"role": "system", "content": "be brief"}
    msgs = [system, *turn(1), *turn(2), *turn(3), {"role": "user", "content": "last"}]
    fitted = fit_messages(msgs, words, 40)
    assert fitted.messages[0] == system
    assert fitted.messages[-1]["content"] == "last"
    assert fitted.dropped[:2] == turn(1)
    assert len(fitted.dropped) % 2 == 0, "a question is never dropped without its answer"
    assert fitted.prompt_tokens <= 40


def test_without_system_prompt() -> None:
    msgs = [*turn(1), *turn(2), {"role": "user", "content": "last"}]
    fitted = fit_messages(msgs, words, 30)
    assert fitted.messages[-1]["content"] == "last"
    assert fitted.messages[0]["role"] == "user"


def test_last_message_too_long_is_a_user_error() -> None:
    msgs: list[ChatMessage] = [{"role": "user", "content": "x " * 500}]
    with pytest.raises(UserError, match="too long"):
        fit_messages(msgs, words, 100)
