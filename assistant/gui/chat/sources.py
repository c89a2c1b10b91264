"""An answer's document sources in the conversation: its [n] citations become links, a
numbered Sources list follows the answer, and a click on either shows the passage in
full with a button that opens the file in the system's viewer."""

from __future__ import annotations

import html
import re
from pathlib import Path
from typing import Any

from PySide6.QtCore import QPointF, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QTextDocument
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from assistant.documents.grounding import source_label
from assistant.gui.shared.i18n import tr
from assistant.store.records import Message

SCHEME = "source:"
_CITATION = re.compile(r"\[(\d{1,3})\](?!\()")
EXCERPT = 140


def with_sources(text: str, m: Message) -> str:
    """The answer's Markdown with citations linked and the Sources list under it."""
    sources = m.sources_list
    if not sources:
        return text
    known = {s["n"] for s in sources}

    def link(match: re.Match[str]) -> str:
        n = int(match.group(1))
        return f"[\\[{n}\\]]({SCHEME}{n})" if n in known else match.group(0)

    lines = [_CITATION.sub(link, text), "", "**Sources**", ""]
    for s in sources:
        excerpt = " ".join(str(s.get("text", "")).split())
        if len(excerpt) > EXCERPT:
            excerpt = excerpt[:EXCERPT].rsplit(" ", 1)[0] + "…"
        label = source_label(s).replace("[", "\\[").replace("]", "\\]")
        lines.append(f"- [{label}]({SCHEME}{s['n']}) — *{_escape(excerpt)}*")
    return "\n".join(lines)


def _escape(text: str) -> str:
    return re.sub(r"([\\`*_\[\]<>#|])", r"\\\1", text)


def source_at(doc: QTextDocument, x: float, y: float) -> int | None:
    """The source number of a link at (x, y) in the document, if there is one."""
    anchor = doc.documentLayout().anchorAt(QPointF(x, y))
    if anchor.startswith(SCHEME) and anchor[len(SCHEME) :].isdigit():
        return int(anchor[len(SCHEME) :])
    return None


def open_file(path: str) -> bool:
    """Open a source's file in the system's viewer (False if it is gone)."""
    if not Path(path).exists():
        return False
    return QDesktopServices.openUrl(QUrl.fromLocalFile(path))


class SourceDialog(QDialog):
    """One source in full: where it comes from and the whole passage."""

    def __init__(self, source: dict[str, Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # one per click, not kept
        self.source = source
        self.setWindowTitle(source_label(source))
        self.setAccessibleName(tr("Source passage"))
        title = QLabel(f"<b>{html.escape(source_label(source))}</b>")
        where = QLabel(html.escape(source["path"]))
        where.setWordWrap(True)
        where.setAccessibleName(tr("File"))
        self.passage = QTextBrowser()
        self.passage.setPlainText(source.get("text", ""))
        self.passage.setAccessibleName(tr("Passage"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.open_button = buttons.addButton(
            tr("Open file"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.open_button.setEnabled(Path(source["path"]).exists())
        if not self.open_button.isEnabled():
            self.open_button.setToolTip(tr("The file is no longer there"))
        self.open_button.clicked.connect(lambda: open_file(source["path"]))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(where)
        layout.addWidget(self.passage, 1)
        layout.addWidget(buttons)
        self.resize(560, 380)
