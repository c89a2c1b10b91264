"""Task presets over the API (``preset`` field or ``preset:ID`` model alias): the
preset's prompt and sampling around the client's last message."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from assistant.engine.backend import ChatMessage, SamplingParams
from assistant.ground.errors import UserError
from assistant.server import protocol

if TYPE_CHECKING:
    from assistant.app import Core
    from assistant.presets.preset import Preset


def apply_preset(
    core: Core, preset: Preset, messages: list[ChatMessage], variables: Any
) -> tuple[list[ChatMessage], SamplingParams]:
    """The preset's prompt around the last user message; earlier turns are kept."""
    if variables is not None and not (
        isinstance(variables, dict) and all(isinstance(v, str) for v in variables.values())
    ):
        raise protocol.ApiError(400, "'preset_variables' must map names to strings.")
    if messages[-1]["role"] != "user":
        raise protocol.ApiError(400, "With a preset, the last message must be the user's text.")
    try:
        defaults = core.models.sampling_defaults()
        rendered = preset.render(messages[-1]["content"], variables, defaults=defaults)
    except UserError as exc:
        raise protocol.ApiError(400, str(exc), param="preset_variables") from None
    history = [m for m in messages[:-1] if m["role"] != "system"]
    system = [m for m in rendered.messages if m["role"] == "system"]
    user = [m for m in rendered.messages if m["role"] != "system"]
    return system + history + user, rendered.params
