"""Rendering chat templates from GGUF metadata in a Jinja sandbox.

Templates come from downloaded files, so they are untrusted: the immutable sandbox
refuses attribute tricks that reach Python internals.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any, NoReturn

import jinja2
from jinja2.sandbox import ImmutableSandboxedEnvironment

from assistant.engine.backend import ChatMessage
from assistant.errors import UserError


def _raise(message: str) -> NoReturn:
    raise UserError(f"The model's chat template refused the conversation: {message}")


class ChatTemplate:
    """A compiled chat template; :meth:`render` turns messages into the prompt text."""

    def __init__(self, source: str, bos_token: str = "", eos_token: str = "") -> None:
        env = ImmutableSandboxedEnvironment(
            trim_blocks=True, lstrip_blocks=True, loader=jinja2.BaseLoader()
        )
        env.globals["raise_exception"] = _raise
        env.globals["strftime_now"] = lambda fmt: datetime.now().strftime(fmt)
        try:
            self._template = env.from_string(source)
        except jinja2.TemplateError as exc:
            raise UserError(f"The model's chat template is broken: {exc}") from exc
        self.bos_token = bos_token
        self.eos_token = eos_token

    def render(self, messages: Sequence[ChatMessage], add_generation_prompt: bool = True) -> str:
        context: dict[str, Any] = {
            "messages": [dict(m) for m in messages],
            "add_generation_prompt": add_generation_prompt,
            "bos_token": self.bos_token,
            "eos_token": self.eos_token,
        }
        try:
            return self._template.render(**context)
        except jinja2.exceptions.SecurityError as exc:
            raise UserError(
                "The model's chat template tried to do something unsafe and was stopped; "
                "the model file may be tampered with."
            ) from exc
        except UserError:
            raise
        except Exception as exc:  # any error inside untrusted template code
            raise UserError(f"The model's chat template failed: {exc}") from exc
