"""How a tool call and its result read in the chat (no Qt here): folded by default to a
line each (the call under the answer that made it, the result naming its tool); Details
opens the whole arguments and result."""

from __future__ import annotations

import json

from assistant.gui.shared.i18n import tr
from assistant.store.records import Message

FOLDED = 100  # characters of a result or of arguments on their folded line
MAX_SHOWN = 16_000  # of an opened result (the loop never keeps more)


def _line(text: str, limit: int) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[:limit].rstrip() + " …"


def _arguments(raw: str, expanded: bool) -> str:
    if not expanded:
        return f"`{_line(raw, FOLDED)}`"
    try:
        pretty = json.dumps(json.loads(raw), indent=2, ensure_ascii=False)
    except ValueError:
        pretty = raw
    return f"\n\n```json\n{pretty}\n```"


def tool_text(m: Message, expanded: bool = False) -> str:
    """Markdown of an answer with calls; plain text of a tool's result."""
    if m.role == "tool":
        name = m.tool_name or tr("tool")
        if expanded:
            return f"⚙ {name} →\n{m.content[:MAX_SHOWN]}"
        return f"⚙ {name} → {_line(m.content, FOLDED)}"
    lines = [m.content.strip()] if m.content.strip() else []
    for call in m.tool_calls_list:
        fn = call.get("function", {})
        lines.append(
            tr("⚙ Called `{tool}` with {arguments}").format(
                tool=fn.get("name", ""), arguments=_arguments(fn.get("arguments", ""), expanded)
            )
        )
    return "\n\n".join(lines)


def call_note(m: Message) -> str:
    """What the caption says of a result: how long it took, or that it did not run."""
    if m.error and m.content.startswith("The person declined"):
        return tr("not run: declined")
    if m.error:
        return tr("failed")
    if m.generation_seconds is None:
        return ""
    return tr("{seconds} s").format(seconds=f"{m.generation_seconds:.2f}")
