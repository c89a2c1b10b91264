"""Rendering chat templates from GGUF metadata in a Jinja sandbox.

Templates come from downloaded files, so they are untrusted: the immutable sandbox
refuses attribute tricks that reach Python internals, and :mod:`template_limits` bounds
what a render may cost (string and list sizes, output, integer growth, time), so a
one-line template cannot exhaust the user's memory or hang the engine.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any, NoReturn

import jinja2
from jinja2.sandbox import ImmutableSandboxedEnvironment

from assistant.engine.backend import ChatMessage
from assistant.engine.reasoning import MARKERS, markers_in
from assistant.engine.template_limits import (
    RENDER_SECONDS,
    BoundedCodeGenerator,
    Budget,
    TemplateTooCostly,
    check_binop,
    check_call,
    deadline,
)
from assistant.ground.errors import UserError

# Real chat templates are a few KB (the largest we know of, with tool-use branches,
# about 30 KB); anything this large is not a chat template.
MAX_TEMPLATE_CHARS = 512 * 1024


class TemplateRefused(UserError):
    """The template is hostile or too costly to run: refuse the whole model file."""


def _raise(message: str) -> NoReturn:
    raise UserError(f"The model's chat template refused the conversation: {message}")


def _too_costly(name: str) -> TemplateRefused:
    return TemplateRefused(
        f"The chat template of {name} is too large or too slow to run; the file may be "
        "malicious. Choose another model file."
    )


class _Environment(ImmutableSandboxedEnvironment):
    """The sandbox with every size-growing operation checked against the render's budget."""

    code_generator_class = BoundedCodeGenerator
    intercepted_binops = frozenset({"*", "**", "+", "%"})

    def __init__(self) -> None:
        super().__init__(trim_blocks=True, lstrip_blocks=True, loader=jinja2.BaseLoader())
        self.budget = Budget(0)
        # Block `set`, macros and `filter` blocks join their output through here.
        self.concat = self.budget.join  # type: ignore[method-assign]
        self.filters = {name: self._bounded(f) for name, f in self.filters.items()}

    def _bounded(self, fn: Any) -> Any:
        budget = self.budget

        # The filtered value itself may be any size; its parameters (widths, counts) not.
        skip = 2 if hasattr(fn, "jinja_pass_arg") else 1

        def filter_(*args: Any, **kwargs: Any) -> Any:
            check_call(budget, fn, args[skip:], kwargs)
            return budget.checked(fn(*args, **kwargs))

        # Jinja passes the eval context or environment by these markers on the function.
        if hasattr(fn, "jinja_pass_arg"):
            filter_.jinja_pass_arg = fn.jinja_pass_arg  # type: ignore[attr-defined]
        return filter_

    def call_binop(self, context: Any, operator: str, left: Any, right: Any) -> Any:
        check_binop(self.budget, operator, left, right)
        return self.budget.checked(super().call_binop(context, operator, left, right))

    def call(__self, __context: Any, __obj: Any, *args: Any, **kwargs: Any) -> Any:
        check_call(__self.budget, __obj, args, kwargs)
        return __self.budget.checked(super().call(__context, __obj, *args, **kwargs))


class ChatTemplate:
    """A compiled chat template; :meth:`render` turns messages into the prompt text."""

    def __init__(
        self, source: str, bos_token: str = "", eos_token: str = "", name: str = "this model"
    ) -> None:
        self.name = name
        if len(source) > MAX_TEMPLATE_CHARS:
            raise _too_costly(name)
        self._env = env = _Environment()
        env.globals["raise_exception"] = _raise
        env.globals["strftime_now"] = lambda fmt: datetime.now().strftime(fmt)
        try:
            with deadline(RENDER_SECONDS):
                self._template = env.from_string(source)
        except jinja2.TemplateError as exc:
            raise UserError(f"The model's chat template is broken: {exc}") from exc
        except (TemplateTooCostly, RecursionError, MemoryError) as exc:
            raise _too_costly(name) from exc
        self.bos_token = bos_token
        self.eos_token = eos_token
        self.source = source
        self.thinking = thinking_mode(source)
        self.markers = markers_in(source)  # reasoning markers, if not <think>

    def probe(self) -> None:
        """Render a one-message chat, refusing the file if that is hostile or too costly.

        Run at load so a bad template is refused while the previous model can still be
        kept; a template that merely rejects this conversation is left for chat time."""
        try:
            self.render([{"role": "user", "content": "Hello"}])
        except TemplateRefused:
            raise
        except UserError:
            pass

    def render(
        self,
        messages: Sequence[ChatMessage],
        add_generation_prompt: bool = True,
        think: bool | None = None,
        tools: list[dict[str, Any]] | None = None,
    ) -> str:
        """The prompt text; ``think`` sets the template's ``enable_thinking`` (Qwen3);
        ``tools`` (OpenAI's shape) go to a template that renders them."""
        context: dict[str, Any] = {
            "messages": [dict(m) for m in messages],
            "add_generation_prompt": add_generation_prompt,
            "bos_token": self.bos_token,
            "eos_token": self.eos_token,
        }
        if think is not None:
            context["enable_thinking"] = think
        if tools:
            context["tools"] = tools
        # The prompt may legitimately be as long as what the user wrote, many times over.
        self._env.budget.reset(
            sum(len(m["content"]) + len(str(m.get("tool_calls", ""))) for m in messages)
            + (len(str(tools)) if tools else 0)
        )
        try:
            with deadline(RENDER_SECONDS):
                return self._env.budget.join(self._template.generate(**context))
        except jinja2.exceptions.SecurityError as exc:
            raise TemplateRefused(
                f"The chat template of {self.name} tried to do something unsafe and was "
                "stopped; the model file may be tampered with."
            ) from exc
        except (TemplateTooCostly, RecursionError, MemoryError) as exc:
            raise _too_costly(self.name) from exc
        except UserError:
            raise
        except Exception as exc:  # any error inside untrusted template code
            raise UserError(f"The model's chat template failed: {exc}") from exc


def thinking_mode(source: str) -> str:
    """Whether a template's model reasons before answering: "toggle" when the template
    can turn that off (``enable_thinking``), "always" when it knows reasoning blocks,
    "" otherwise."""
    if "enable_thinking" in source:
        return "toggle"
    if markers_in(source) != MARKERS[0] or "<think>" in source or "reasoning_content" in source:
        return "always"
    return ""


NO_TEMPLATE = (
    "This model has no chat template in its file, so it cannot chat; "
    "it is probably a base model. Choose an instruct/chat model instead."
)


def template_from_metadata(
    meta: Mapping[str, Any], bos: str, eos: str, name: str
) -> tuple[ChatTemplate | None, str | None]:
    """The model's chat template (from the GGUF metadata), or why it cannot chat (said
    when the user tries).

    Raises :class:`TemplateRefused` for a hostile template, so the file is not loaded."""
    source = meta.get("tokenizer.chat_template")
    if not isinstance(source, str) or not source:
        return None, NO_TEMPLATE
    try:
        template = ChatTemplate(source, bos_token=bos, eos_token=eos, name=name)
        template.probe()
    except TemplateRefused:
        raise
    except UserError as exc:
        return None, str(exc)
    return template, None
