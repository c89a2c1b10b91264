"""The status bar: the active model (a button that opens the Models menu), loading with
Cancel, context use, speed, the API server's address and the Offline/Remote badge."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLabel, QProgressBar, QPushButton, QStatusBar

from assistant.gui.i18n import tr
from assistant.gui.tone_label import ToneLabel

if TYPE_CHECKING:
    from assistant.engine.backend import Completion
    from assistant.session import ActiveModel


class ModelStatus:
    """Fills a window's status bar and keeps it in step with the active model."""

    def __init__(self, bar: QStatusBar) -> None:
        self.bar = bar
        self.model_button = QPushButton(tr("Starting…"))
        self.model_button.setFlat(True)
        self.model_button.setAccessibleName(tr("Current model"))
        self.loading = QProgressBar()
        self.loading.setRange(0, 0)
        self.loading.setMaximumWidth(120)
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
        bar.addWidget(self.model_button)
        bar.addWidget(self.loading)
        bar.addWidget(self.cancel_load)
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

    def show_model(self, active: ActiveModel | None, text: str = "") -> None:
        """The model in use (or ``text`` such as "No model" when there is none)."""
        self.loading.hide()
        self.cancel_load.hide()
        if active is None:
            self.model_button.setText(text or tr("No model"))
            return
        self.model_button.setText(active.name)
        self.model_button.setToolTip(describe(active))
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
