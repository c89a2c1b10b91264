"""Settings of one model (by file name), over the app-wide ones: context length,
threads, batch size, GPU layers, sampling defaults, a system prompt and a chat template
file. Unset keys fall back to the GGUF's own recommendations (``general.sampling.*``),
then to the app's settings. Validated here, with messages a user can act on."""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path
from typing import Any

from assistant.ground.errors import UserError
from assistant.ground.translatable import QT_TR_NOOP

# Keys whose change needs the model loaded again.
RELOAD_KEYS = frozenset(
    {"context_length", "threads", "batch_size", "gpu_layers", "chat_template_file"}
)
SAMPLING_KEYS = ("temperature", "top_p", "top_k", "min_p", "repeat_penalty")

# (type, low, high) for numbers; what each key means, for `models set` and the dialog.
_RANGES: dict[str, tuple[type, float, float]] = {
    "context_length": (int, 256, 1 << 20),
    "threads": (int, 1, 256),
    "batch_size": (int, 32, 8192),
    "gpu_layers": (int, -1, 999),
    "temperature": (float, 0.0, 2.0),
    "top_p": (float, 0.0, 1.0),
    "top_k": (int, 0, 1000),
    "min_p": (float, 0.0, 1.0),
    "repeat_penalty": (float, 0.5, 2.0),
}
HELP = {
    "context_length": QT_TR_NOOP("tokens the model can see at once"),
    "threads": QT_TR_NOOP("CPU threads"),
    "batch_size": QT_TR_NOOP("prompt tokens processed per step"),
    "gpu_layers": QT_TR_NOOP("layers on the GPU (-1: as many as fit, 0: none)"),
    "temperature": QT_TR_NOOP("randomness (0: always the likeliest word)"),
    "top_p": QT_TR_NOOP("sample from the likeliest words covering this probability"),
    "top_k": QT_TR_NOOP("sample from this many likeliest words (0: all)"),
    "min_p": QT_TR_NOOP("drop words less likely than this share of the likeliest"),
    "repeat_penalty": QT_TR_NOOP("discourage repeating recent words (1: off)"),
    "system_prompt": QT_TR_NOOP("instructions at the start of every new chat"),
    "chat_template_file": QT_TR_NOOP("a Jinja file used instead of the model's own chat template"),
    "adapters": QT_TR_NOOP("LoRA adapters over the model, e.g. legal-style@0.5, terse"),
}


@dataclass(frozen=True)
class ModelSettings:
    """One model's own settings; None means "not set here"."""

    context_length: int | None = None
    threads: int | None = None
    batch_size: int | None = None
    gpu_layers: int | None = None
    temperature: float | None = None
    top_p: float | None = None
    top_k: int | None = None
    min_p: float | None = None
    repeat_penalty: float | None = None
    system_prompt: str | None = None
    chat_template_file: str | None = None
    adapters: str | None = None  # "NAME[@SCALE], …" (ground/adapter_choice.py)

    def table(self) -> dict[str, Any]:
        """What the settings file keeps (only the keys that are set)."""
        return {k: v for k, v in asdict(self).items() if v is not None}

    @classmethod
    def from_table(cls, table: object) -> ModelSettings:
        """From a ``[models."NAME"]`` table; keys that are unknown or invalid are left out
        (a hand-edited file must not stop the app)."""
        if not isinstance(table, dict):
            return cls()
        good: dict[str, Any] = {}
        for key, value in table.items():
            try:
                good[key] = check(key, value)
            except UserError:
                continue
        return cls(**good)

    def sampling(self) -> dict[str, Any]:
        return {k: getattr(self, k) for k in SAMPLING_KEYS if getattr(self, k) is not None}

    def with_values(self, **values: Any) -> ModelSettings:
        """A copy with ``values`` checked and set (None unsets a key)."""
        return replace(self, **{k: None if v is None else check(k, v) for k, v in values.items()})


def keys() -> list[str]:
    return [f.name for f in fields(ModelSettings)]


def check(key: str, value: Any) -> Any:
    """``value`` for ``key``, converted from text where needed; UserError if invalid."""
    if key not in HELP:
        raise UserError(f"Unknown model setting '{key}'. Known: {', '.join(keys())}.")
    if key == "adapters":
        if not isinstance(value, str):
            raise UserError("'adapters' must be text, e.g. legal-style@0.5, terse.")
        from assistant.ground.adapter_choice import parse, text_of

        return text_of(parse(value))
    if key in ("system_prompt", "chat_template_file"):
        if not isinstance(value, str):
            raise UserError(f"'{key}' must be text.")
        if key == "chat_template_file" and value:
            path = Path(value).expanduser()
            if not path.is_file():
                raise UserError(f"The chat template file {value} does not exist.")
            return str(path.resolve())
        return value
    kind, low, high = _RANGES[key]
    try:
        if isinstance(value, bool):
            raise ValueError
        number = kind(value) if not isinstance(value, str) else kind(value.strip())
    except ValueError:
        name = "a whole number" if kind is int else "a number"
        raise UserError(f"'{key}' must be {name} (got {value!r}).") from None
    if kind is float and isinstance(value, int | float) and not isinstance(value, bool):
        number = float(value)
    if not low <= number <= high:
        raise UserError(f"'{key}' must be between {low:g} and {high:g} (got {number:g}).")
    return number


def parse_assignments(items: list[str]) -> dict[str, Any]:
    """``key=value`` words from the command line; ``key=`` unsets the key."""
    out: dict[str, Any] = {}
    for item in items:
        key, sep, value = item.partition("=")
        if not sep or not key:
            raise UserError(f"Expected key=value, got '{item}'.")
        key = key.strip().replace("-", "_")
        out[key] = None if value == "" else check(key, value)
    return out


def valid_sampling(values: dict[str, Any]) -> dict[str, Any]:
    """The valid ones of sampling values from elsewhere (a GGUF's recommendations)."""
    out: dict[str, Any] = {}
    for key, value in values.items():
        if key in SAMPLING_KEYS:
            try:
                out[key] = check(key, value)
            except UserError:
                continue
    return out


def read_template(path: str) -> str:
    """The text of a chat template file, with a clear error when it cannot be read."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise UserError(f"Cannot read the chat template file {path}: {exc}") from None
    if not text.strip():
        raise UserError(f"The chat template file {path} is empty.")
    return text
