"""What an empty chat shows: a welcome with the way to a first model, or examples and
where answers come from."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from assistant.gui.shared.i18n import QT_TR_NOOP, tr
from assistant.services.session import ActiveModel

EXAMPLES = (
    QT_TR_NOOP("Explain how a rainbow forms, in three sentences."),
    QT_TR_NOOP("Write a polite reply declining a meeting invitation."),
    QT_TR_NOOP("Give me five names for a bakery."),
)

NO_MODEL = QT_TR_NOOP(
    "<h2>Welcome to Offline Assistant</h2><p>There is no model on this computer "
    "yet. A model is a file the assistant thinks with; small ones are 100 MB to "
    "2 GB.</p><p><a href='catalog'>Browse recommended models</a> · "
    "<a href='import'>Import a GGUF file you have</a></p>"
)


def empty_chat_html(active: ActiveModel | None) -> str:
    """The panel of a new chat, naming the model and where its answers come from."""
    model = active.name if active is not None else tr("loading…")
    where = (
        tr("answers come from {server}").format(server=active.endpoint)
        if active is not None and active.endpoint
        else tr("everything stays on this computer")
    )
    palette = QApplication.palette()
    card = palette.color(QPalette.ColorRole.AlternateBase).name()
    text = palette.color(QPalette.ColorRole.Text).name()
    cards = "".join(
        f"<td width='200' style='background-color:{card}; padding:12px'>"
        f"<a href='example:{i}' style='color:{text}; text-decoration:none'>{html.escape(e)}"
        "</a></td>"
        for i, e in enumerate(tr(x) for x in EXAMPLES)
    )
    return (
        "<h2>{title}</h2><p style='color:{muted}'>{model}</p>"
        "<table align='center' cellspacing='10'><tr>{cards}</tr></table>"
        "<p style='color:{muted}'>{hint}</p>"
    ).format(
        title=html.escape(tr("What can I help with?")),
        model=html.escape(tr("Model: {model} · {where}").format(model=model, where=where)),
        cards=cards,
        muted=palette.color(QPalette.ColorRole.PlaceholderText).name(),
        hint=html.escape(tr("Pick an example to start from, or type below.")),
    )


def example_of(href: str) -> str | None:
    """The example prompt a suggestion card's link stands for."""
    if href.startswith("example:") and href[8:].isdigit() and int(href[8:]) < len(EXAMPLES):
        return tr(EXAMPLES[int(href[8:])])
    return None


def follow_empty_link(window: Any, href: str) -> None:
    """A link of the empty state: the catalog, importing a file, or a suggestion card
    (its prompt goes into the message box)."""
    if href == "catalog":
        window.open_model_manager(tab=1)
    elif href == "import":
        window.model_control.import_file()
    elif (example := example_of(href)) is not None:
        window.composer.edit.setPlainText(example)
        window.composer.edit.setFocus()
