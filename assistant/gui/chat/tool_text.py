"""How a tool call and its result read in the chat (no Qt here): the calls under the
answer that made them, each result as one line naming its tool."""

from __future__ import annotations

from assistant.gui.shared.i18n import tr
from assistant.store.records import Message

MAX_SHOWN = 600  # of a result; the whole is copied and exported


def tool_text(m: Message) -> str:
    """Markdown of an answer with calls; plain text of a tool's result."""
    if m.role == "tool":
        result = m.content if len(m.content) <= MAX_SHOWN else m.content[:MAX_SHOWN] + " …"
        return f"⚙ {m.tool_name or tr('tool')} → {result}"
    lines = [m.content.strip()] if m.content.strip() else []
    for call in m.tool_calls_list:
        fn = call.get("function", {})
        lines.append(
            tr("⚙ Called `{tool}` with `{arguments}`").format(
                tool=fn.get("name", ""), arguments=fn.get("arguments", "")
            )
        )
    return "\n\n".join(lines)
