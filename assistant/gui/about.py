"""Help → About: the version, and what the current model runs on."""

from __future__ import annotations

import html

from PySide6.QtWidgets import QMessageBox, QWidget

import assistant
from assistant.engine.offload import runs_on
from assistant.session import ActiveModel


def about_text(active: ActiveModel | None) -> str:
    """The About box's rich text."""
    runs = ""
    facts = active.facts if active is not None else None
    if active is not None and facts is not None and facts.cpu_variant:
        runs = (
            f"<br><br>{html.escape(active.name)} runs "
            f"{html.escape(runs_on(facts))} ({html.escape(facts.offload)}); CPU kernels: "
            f"{html.escape(facts.cpu_variant)}."
        )
    return (
        f"<b>Offline Assistant</b> {assistant.__version__}<br>Small language models on "
        f"your own computer. Nothing leaves this machine.{runs}"
    )


def show_about(parent: QWidget, active: ActiveModel | None) -> None:
    QMessageBox.about(parent, "About Offline Assistant", about_text(active))
