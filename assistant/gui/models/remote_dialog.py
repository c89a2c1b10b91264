"""Adding a model served by another program or machine (OpenAI-compatible URL)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from assistant.ground.settings import RemoteServer
from assistant.gui.look.tone_label import ToneLabel
from assistant.gui.shared.i18n import tr


class RemoteDialog(QDialog):
    """Name, URL, optional API key and model id; OK only when name and URL look right."""

    def __init__(self, parent: QWidget | None, taken: set[str]) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Add a remote server"))
        self.setMinimumWidth(440)  # the example address and hints show whole
        self.taken = taken
        form = QFormLayout(self)
        note = QLabel(
            tr(
                "Use a model served by llama.cpp's llama-server, Ollama, vLLM or another "
                "computer running Offline Assistant. Your messages will be sent to this address."
            )
        )
        note.setWordWrap(True)
        form.addRow(note)
        self.name = QLineEdit()
        self.name.setPlaceholderText(tr("e.g. Workstation"))
        self.url = QLineEdit()
        self.url.setPlaceholderText("http://192.168.1.20:8080/v1")
        self.key = QLineEdit()
        self.key.setEchoMode(QLineEdit.EchoMode.Password)
        self.key.setPlaceholderText(tr("only if the server needs one"))
        self.model = QLineEdit()
        self.model.setPlaceholderText(tr("the server's first model"))
        for label, field in (
            (tr("Name"), self.name),
            (tr("URL"), self.url),
            (tr("API key"), self.key),
            (tr("Model id"), self.model),
        ):
            field.setAccessibleName(label)
            form.addRow(label, field)
        self.error = ToneLabel("error")
        form.addRow(self.error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        for f in (self.name, self.url):
            f.textChanged.connect(self._check)
        self._check()

    def problem(self) -> str:
        name, url = self.name.text().strip(), self.url.text().strip()
        if not name or not url:
            return ""
        if name.lower() in self.taken:
            return tr("A local model already has this name.")
        if not url.startswith(("http://", "https://")):
            return tr("The URL starts with http:// or https://.")
        return ""

    def _check(self) -> None:
        problem = self.problem()
        self.error.setText(problem)
        ok = bool(self.name.text().strip() and self.url.text().strip()) and not problem
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def server(self) -> RemoteServer:
        """The server as the user described it."""
        return RemoteServer(
            self.name.text().strip(),
            self.url.text().strip(),
            self.key.text(),
            self.model.text().strip(),
        )
