"""The model bar at the top of the conversation (the active model: a button that opens
the Models menu, its size and quantization, loading with Cancel) and the status bar
(context use, speed, the API server's address, the Offline/Remote badge)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QStatusBar

from assistant.gui.look.tone_label import ToneLabel
from assistant.gui.shared.i18n import tr

if TYPE_CHECKING:
    from assistant.engine.backend import Completion
    from assistant.services.session import ActiveModel


class ModelStatus:
    """Fills the model bar and the status bar, and keeps them in step with the model."""

    def __init__(self, bar: QStatusBar, top: QHBoxLayout) -> None:
        self.bar = bar
        self.model_button = QPushButton(tr("Starting…"))
        self.model_button.setObjectName("modelPicker")
        self.model_button.setFlat(True)
        self.model_button.setAccessibleName(tr("Current model"))
        self.model_facts = ToneLabel("muted")
        self.model_facts.setAccessibleName(tr("About the model"))
        self.loading = QProgressBar()
        self.loading.setRange(0, 0)
        self.loading.setMaximumWidth(160)
        self.loading.setMaximumHeight(10)
        self.loading.setTextVisible(False)
        self.loading.setAccessibleName(tr("Loading the model"))
        self.cancel_load = QPushButton(tr("Cancel"))
        self.cancel_load.setFlat(True)
        self.cancel_load.setToolTip(tr("Stop loading this model and keep the one in use"))
        self.cancel_load.setAccessibleName(tr("Cancel loading the model"))
        self.cancel_load.hide()
        self.context_label = QLabel("")
        self.speed_label = QLabel("")
        self.speed_label.setMinimumWidth(80)
        self.context_label.setMinimumWidth(140)
        self.offline_badge = ToneLabel("success")
        self.set_network(None)
        self.api_label = QLabel("")
        self.api_label.setAccessibleName(tr("Local API server address"))
        self.api_label.hide()
        top.addWidget(self.model_button)
        top.addWidget(self.model_facts)
        top.addStretch(1)
        top.addWidget(self.loading)
        top.addWidget(self.cancel_load)
        self.loading.hide()
        bar.addPermanentWidget(self.context_label)
        bar.addPermanentWidget(self.speed_label)
        bar.addPermanentWidget(self.api_label)
        bar.addPermanentWidget(self.offline_badge)

    def set_network(self, endpoint: str | None) -> None:
        """ "Offline" while answers come from this computer; the server's address when the
        user picked a remote model."""
        badge = self.offline_badge
        if endpoint is None:
            badge.setText(tr("● Offline"))
            badge.setAccessibleName(tr("Offline"))
            badge.setToolTip(
                tr(
                    "Nothing leaves this computer. Only the model manager uses the "
                    "network, and only when you ask it to."
                )
            )
            badge.set_tone("success")
        else:
            host = endpoint.split("//", 1)[-1].split("/", 1)[0]
            badge.setText(tr("● Remote: {host}").format(host=host))
            badge.setAccessibleName(tr("Remote model at {host}").format(host=host))
            badge.setToolTip(
                tr(
                    "Your messages go to {server}, the server you added. "
                    "Pick a local model to be offline again."
                ).format(server=endpoint)
            )
            badge.set_tone("warning")

    def show_loading(self) -> None:
        self.loading.show()
        self.cancel_load.show()
        self.model_button.setText(tr("Loading model…"))
        self.model_facts.setText("")

    def show_model(self, active: ActiveModel | None, text: str = "") -> None:
        """The model in use (or ``text`` such as "No model" when there is none)."""
        self.loading.hide()
        self.cancel_load.hide()
        if active is None:
            self.model_button.setText(text or tr("No model"))
            self.model_facts.setText("")
            return
        self.model_button.setText(active.name)
        self.model_button.setToolTip(describe(active))
        self.model_facts.setText(facts_line(active))
        self.set_network(active.endpoint)
        context = active.facts.context
        self.context_label.setText(
            tr("context %n tokens", "", context) if context else tr("context size not reported")
        )

    def show_answer(self, c: Completion, context: int) -> None:
        """Speed and context use after an answer."""
        self.speed_label.setText(tr("{speed} tok/s").format(speed=f"{c.tokens_per_second:.0f}"))
        used = c.prompt_tokens + c.completion_tokens
        shown = tr("context {used}/{size}") if context else tr("context: {used} tokens used")
        text = shown.format(used=used, size=context)
        if c.dropped_messages:
            text += " — " + tr("%n older messages left out", "", c.dropped_messages)
        self.context_label.setText(text)

    def show_api(self, url: str) -> None:
        self.api_label.setText(tr("API {url}").format(url=url))
        self.api_label.setToolTip(
            tr(
                "Programs on this computer can use the current model through this "
                "OpenAI-compatible address (Models → Local API server stops it)."
            )
        )
        self.api_label.show()


def describe(active: ActiveModel) -> str:
    """One line about the model in use, for its tooltip."""
    f = active.facts
    if active.server is not None:
        return tr("{model} at {server}").format(model=active.remote_model, server=active.server.url)
    return tr("{architecture}, {millions}M parameters, {quantization}, context {context}").format(
        architecture=f.architecture,
        millions=f"{f.parameters / 1e6:.0f}",
        quantization=f.quantization,
        context=f.context,
    )


def facts_line(active: ActiveModel) -> str:
    """ "135M parameters · Q4_1 · 94 MiB" beside the model's name; where a remote one runs."""
    if active.server is not None:
        return tr("remote · {server}").format(server=active.server.url)
    from assistant.gui.look.tables import size_text

    f = active.facts
    parts = []
    if f.parameters:
        parts.append(tr("{millions}M parameters").format(millions=f"{f.parameters / 1e6:.0f}"))
    if f.quantization:
        parts.append(f.quantization)
    if active.local is not None:
        parts.append(size_text(active.local.size_bytes))
    return " · ".join(parts)
