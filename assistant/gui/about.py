"""Help → About: the version, and what the current model runs on."""

from __future__ import annotations

import html

from PySide6.QtWidgets import QMessageBox, QWidget

import assistant
from assistant.engine.offload import runs_on
from assistant.gui.shared.i18n import tr
from assistant.services.session import ActiveModel


def about_text(active: ActiveModel | None) -> str:
    """The About box's rich text."""
    runs = ""
    facts = active.facts if active is not None else None
    if active is not None and facts is not None and facts.cpu_variant:
        runs = "<br><br>" + html.escape(
            tr("{model} runs {where} ({offload}); CPU kernels: {kernels}.").format(
                model=active.name,
                where=runs_on(facts),
                offload=facts.offload,
                kernels=facts.cpu_variant,
            )
        )
    pitch = tr("Small language models on your own computer. Nothing leaves this machine.")
    return f"<b>Offline Assistant</b> {assistant.__version__}<br>{html.escape(pitch)}{runs}"


def show_about(parent: QWidget, active: ActiveModel | None) -> None:
    QMessageBox.about(parent, tr("About Offline Assistant"), about_text(active))
