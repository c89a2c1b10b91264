"""Bounds on what rendering an untrusted chat template may cost.

Jinja's sandbox stops templates from reaching Python internals but not from asking for
``'x' * 10**10`` or two nested 99,999-step loops. Sizes are checked *before* an
operation allocates (a single C-level multiply cannot be interrupted); time is bounded
by a watchdog that raises inside the rendering thread. The engine child's memory
ceiling (engine/limits.py) is the backstop for anything that slips past both.
"""

from __future__ import annotations

import ctypes
import re
import string
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import Any

from jinja2.compiler import CodeGenerator, Frame
from jinja2.nodes import Concat

# A render may produce this much text beyond a few times the conversation itself.
BASE_CHARS = 8 * 1024 * 1024
INPUT_FACTOR = 4
MAX_INT_BITS = 1 << 16  # ~20,000 decimal digits: no template needs more
MAX_WIDTH = 100_000  # padding widths, format widths, repeat counts as call arguments
RENDER_SECONDS = 2.0

_SAMPLE = 256
_PERCENT_SPEC = re.compile(r"%[#0\- +]*(\*|\d+)?(?:\.(\*|\d+))?")
_DIGITS = re.compile(r"\d+")


class TemplateTooCostly(Exception):
    """The template asked for more memory or time than a chat template may use."""


def weight(value: Any) -> int:
    """Characters or items a value holds; for a list of strings, their characters too."""
    if isinstance(value, str | bytes):
        return len(value)
    if isinstance(value, list | tuple):
        # A sample keeps the check cheap on long lists (a full scan per operation made
        # list doubling loops slow enough to need the watchdog).
        sample = value[:_SAMPLE]
        chars = sum(len(v) for v in sample if isinstance(v, str | bytes))
        return len(value) + chars * len(value) // max(len(sample), 1)
    if isinstance(value, dict | set | frozenset):
        return len(value)
    return 0


class Budget:
    """The size limit of one render; checks results and joins output pieces against it."""

    def __init__(self, input_chars: int) -> None:
        self.limit = BASE_CHARS
        self.reset(input_chars)

    def reset(self, input_chars: int) -> None:
        self.limit = BASE_CHARS + INPUT_FACTOR * input_chars

    def require(self, size: int) -> None:
        if size > self.limit:
            raise TemplateTooCostly(f"a value of {size:,} characters or items")

    def checked(self, value: Any) -> Any:
        self.require(weight(value))
        if isinstance(value, int) and value.bit_length() > MAX_INT_BITS:
            raise TemplateTooCostly("an integer too large")
        return value

    def buffer(self) -> BoundedBuffer:
        return BoundedBuffer(self)

    def join(self, pieces: Iterable[str]) -> str:
        """``"".join`` that stops as soon as the text outgrows the limit."""
        out: list[str] = []
        total = 0
        for piece in pieces:
            total += len(piece)
            self.require(total)
            out.append(piece)
        return "".join(out)


class BoundedBuffer(list[str]):
    """The list a template's captured output is collected in, refusing to outgrow the
    budget while it fills (the join at the end would come too late)."""

    def __init__(self, budget: Budget) -> None:
        super().__init__()
        self._budget = budget
        self._chars = 0

    def append(self, piece: str) -> None:
        self._chars += len(piece)
        self._budget.require(self._chars)
        super().append(piece)

    def extend(self, pieces: Iterable[str]) -> None:
        for piece in pieces:
            self.append(piece)


def check_binop(budget: Budget, operator: str, left: Any, right: Any) -> None:
    """Refuse an operator whose result would be too large, before it is computed."""
    if operator == "*":
        for seq, times in ((left, right), (right, left)):
            if isinstance(times, int) and isinstance(seq, str | bytes | list | tuple):
                budget.require(weight(seq) * max(times, 0))
        ints = isinstance(left, int) and isinstance(right, int)
        if ints and left.bit_length() + right.bit_length() > MAX_INT_BITS:
            raise TemplateTooCostly("an integer too large")
    elif operator == "**":
        if isinstance(left, int | float) and isinstance(right, int | float):
            bits = max(abs(int(left)), 2).bit_length() * max(int(right), 0)
            if bits > MAX_INT_BITS:
                raise TemplateTooCostly("a power too large")
    elif operator == "+":
        if isinstance(left, str | list | tuple) and isinstance(right, str | list | tuple):
            budget.require(weight(left) + weight(right))
    elif operator == "%" and isinstance(left, str):
        _check_percent_format(budget, left, right)


def _check_percent_format(budget: Budget, fmt: str, args: Any) -> None:
    for match in _PERCENT_SPEC.finditer(fmt):
        for number in match.groups():
            if number and number != "*" and int(number) > MAX_WIDTH:
                raise TemplateTooCostly("a format width too large")
    values = args if isinstance(args, tuple) else (args,)
    _check_ints(values)
    budget.require(len(fmt) + sum(weight(v) for v in values))


def _check_ints(values: Iterable[Any]) -> None:
    for v in values:
        if isinstance(v, int) and not isinstance(v, bool) and abs(v) > MAX_WIDTH:
            raise TemplateTooCostly("a width or count argument too large")


def check_call(budget: Budget, fn: Any, args: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
    """Refuse calls and filters given huge counts (``center(10**9)``) or format widths."""
    _check_ints(args)
    _check_ints(kwargs.values())
    target = getattr(fn, "__wrapped__", fn)
    owner = getattr(target, "__self__", None)
    if isinstance(owner, str) and getattr(target, "__name__", "") in ("format", "format_map"):
        for _literal, _field, spec, _conversion in string.Formatter().parse(owner):
            if spec and ("{" in spec or any(int(d) > MAX_WIDTH for d in _DIGITS.findall(spec))):
                raise TemplateTooCostly("a format width too large")
        budget.require(len(owner) + sum(weight(a) for a in (*args, *kwargs.values())))


class BoundedCodeGenerator(CodeGenerator):
    """Compiles ``a ~ b`` and captured output (``{% set x %}``, macros) to size-checked
    joins and buffers (Jinja emits a bare ``str_join`` and plain lists)."""

    def buffer(self, frame: Frame) -> None:
        frame.buffer = self.temporary_identifier()
        self.writeline(f"{frame.buffer} = environment.budget.buffer()")

    def visit_Concat(self, node: Concat, frame: Frame) -> None:
        self.write("environment.concat((")
        for arg in node.nodes:
            self.write("str(")
            self.visit(arg, frame)
            self.write("), ")
        self.write("))")


@contextmanager
def deadline(seconds: float) -> Iterator[None]:
    """Raise :class:`TemplateTooCostly` in this thread if the block runs past ``seconds``.

    A watchdog thread sets an asynchronous exception on this thread (delivered between
    bytecodes, so a tight Jinja loop stops); a pending one is withdrawn on the way out.
    """
    tid = threading.get_ident()
    lock = threading.Lock()
    state = {"done": False, "fired": False}

    def fire() -> None:
        with lock:
            if not state["done"]:
                state["fired"] = True
                _async_raise(tid, TemplateTooCostly)

    timer = threading.Timer(seconds, fire)
    timer.daemon = True
    timer.start()
    try:
        yield
    finally:
        with lock:
            state["done"] = True
            fired = state["fired"]
        timer.cancel()
        if fired:
            _async_raise(tid, None)  # withdraw it if it has not been delivered yet


def _async_raise(tid: int, exc: type[BaseException] | None) -> None:
    ctypes.pythonapi.PyThreadState_SetAsyncExc(
        ctypes.c_ulong(tid), ctypes.py_object(exc) if exc is not None else ctypes.c_void_p(0)
    )
