"""A short conversation title from its first message (a cheap heuristic)."""

from __future__ import annotations

import re

MAX_CHARS = 60


def auto_title(text: str) -> str:
    """First meaningful line, whitespace collapsed, cut at a word boundary."""
    for line in text.splitlines():
        line = re.sub(r"^[#>*\-\s]+", "", line)  # Markdown heading/quote/bullet marks
        line = re.sub(r"\s+", " ", line).strip()
        if line:
            break
    else:
        return "New chat"
    if len(line) <= MAX_CHARS:
        return line.rstrip("?.!:;, ") + ("?" if line.endswith("?") else "")
    cut = line[:MAX_CHARS].rsplit(" ", 1)[0]
    return cut.rstrip(".,;:-– ") + "…"
