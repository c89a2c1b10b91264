"""One model's own settings (assistant/ground/model_settings.py), from the model manager: empty
fields follow the app's settings or what the model's file recommends."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from assistant.app import Core
from assistant.engine.backend import LoadOptions, SamplingParams
from assistant.ground.adapter_choice import parse as parse_adapters
from assistant.ground.errors import UserError
from assistant.ground.model_settings import HELP, SAMPLING_KEYS, ModelSettings, check
from assistant.gui.shared.background import Worker
from assistant.gui.shared.i18n import QT_TR_NOOP, tr
from assistant.models.library import LocalModel
from assistant.personal.teaching import card_lines, card_of

_NUMBERS = ("context_length", "threads", "batch_size", "gpu_layers", *SAMPLING_KEYS)
_LABELS = {
    "context_length": QT_TR_NOOP("Context length"),
    "threads": QT_TR_NOOP("CPU threads"),
    "batch_size": QT_TR_NOOP("Batch size"),
    "gpu_layers": QT_TR_NOOP("GPU layers"),
    "temperature": QT_TR_NOOP("Temperature"),
    "top_p": QT_TR_NOOP("Top-p"),
    "top_k": QT_TR_NOOP("Top-k"),
    "min_p": QT_TR_NOOP("Min-p"),
    "repeat_penalty": QT_TR_NOOP("Repeat penalty"),
}


class ModelSettingsDialog(QDialog):
    """Edit, check and save a model's own settings; a change that needs a reload says so
    (the window reloads the model when it is the one in use)."""

    def __init__(self, core: Core, model: LocalModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Settings of {model}").format(model=model.name))
        self.core, self.model = core, model
        self.own = core.settings.model(model.path.name)
        self.reloads = False  # after Save: whether the change needs the model loaded again
        s = core.settings
        sampling = SamplingParams()
        fallback: dict[str, Any] = {
            "context_length": s.context_length,
            "threads": s.effective_threads(),
            "batch_size": LoadOptions.n_batch,
            "gpu_layers": s.offload_layers,
            **{k: getattr(sampling, k) for k in SAMPLING_KEYS},
        }
        active = core.models.active
        if active is not None and active.local is not None and active.local.path == model.path:
            fallback.update(active.facts.recommended)  # what the model's file advises
        form = QFormLayout()
        card = card_of(model.path)  # a model taught here: on what, when, how it did
        self.card = QLabel("\n".join(card_lines(card)) if card else "")
        self.card.setWordWrap(True)
        self.card.setVisible(card is not None)
        self.card.setAccessibleName(tr("What this model was taught"))
        form.addRow(self.card)
        self.fields: dict[str, QLineEdit] = {}
        table = self.own.table()
        for key in _NUMBERS:
            edit = QLineEdit("" if key not in table else f"{table[key]:g}")
            edit.setPlaceholderText(tr("default ({value})").format(value=f"{fallback[key]:g}"))
            edit.setToolTip(tr(HELP[key]))
            edit.setAccessibleName(tr(_LABELS[key]))
            edit.setAccessibleDescription(tr(HELP[key]))
            self.fields[key] = edit
            form.addRow(tr(_LABELS[key]), edit)
        self.system = QPlainTextEdit(self.own.system_prompt or "")
        self.system.setPlaceholderText(tr("The preset's (Chat: a helpful assistant)"))
        self.system.setAccessibleName(tr("System prompt"))
        self.system.setMaximumHeight(70)
        form.addRow(tr("System prompt"), self.system)
        self.adapters = QLineEdit(self.own.adapters or "")
        fitting = [a.name for a in core.adapters.fitting(model.path)]
        self.adapters.setPlaceholderText(
            tr("none (installed for it: {names})").format(names=", ".join(fitting))
            if fitting
            else tr("none (no adapter for this model is installed)")
        )
        self.adapters.setToolTip(tr(HELP["adapters"]))
        self.adapters.setAccessibleName(tr("LoRA adapters"))
        self.adapters.setAccessibleDescription(tr(HELP["adapters"]))
        form.addRow(tr("LoRA adapters"), self.adapters)
        self.template_file = self.own.chat_template_file or ""
        self.template = QPlainTextEdit()
        self.template.setReadOnly(True)
        self.template.setAccessibleName(tr("Chat template in use"))
        self.template.setPlaceholderText(tr("Reading the model's chat template…"))
        choose = QPushButton(tr("Use a file…"))
        choose.clicked.connect(self._choose_template)
        own = QPushButton(tr("Use the model's own"))
        own.clicked.connect(self._model_template)
        self.template_note = QLabel()
        row = QHBoxLayout()
        row.addWidget(self.template_note, 1)
        row.addWidget(choose)
        row.addWidget(own)
        self.message = QLabel()
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(tr("Chat template")))
        layout.addWidget(self.template, 1)
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.resize(640, 720)
        self.worker = Worker("model-settings", self)
        self.worker.failed.connect(self.message.setText)
        self._show_template()

    def _show_template(self) -> None:
        """The template in use: the chosen file's, or the one in the model's file (read
        off the GUI thread: a large vocabulary makes the header slow to read)."""
        path, source = self.template_file, self.model.path

        def work(_job: object) -> str:
            from assistant.ground.model_settings import read_template

            if path:
                return read_template(path)
            from assistant.engine.gguf_check import check_gguf_file

            text = check_gguf_file(str(source)).metadata.get("tokenizer.chat_template")
            return text if isinstance(text, str) else ""

        self.template_note.setText(
            tr("From {path}").format(path=path) if path else tr("The model's own")
        )
        self.worker.submit(work, self._template_read, name="chat template")

    def _template_read(self, text: Any) -> None:
        self.template.setPlainText(text or tr("(none: this model cannot chat)"))

    def _choose_template(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, tr("Chat template"), "", tr("Jinja templates (*.jinja *.j2 *.txt);;All files (*)")
        )
        if path:
            self.template_file = path
            self._show_template()

    def _model_template(self) -> None:
        self.template_file = ""
        self._show_template()

    def values(self) -> ModelSettings:
        """The settings as entered, checked (UserError names the field at fault)."""
        values: dict[str, Any] = {}
        for key, edit in self.fields.items():
            text = edit.text().strip()
            values[key] = check(key, text) if text else None
        values["system_prompt"] = self.system.toPlainText().strip() or None
        adapters = check("adapters", self.adapters.text())
        for pick in parse_adapters(adapters):
            self.core.adapters.find(pick.name)  # a name that is not installed is refused
        values["adapters"] = adapters or None
        values["chat_template_file"] = (
            check("chat_template_file", self.template_file) if self.template_file else None
        )
        return ModelSettings(**values)

    def save(self) -> None:
        try:
            new = self.values()
        except UserError as exc:
            self.message.setText(str(exc))
            return
        name = self.model.path.name
        try:
            before = self.core.models.load_options(name)
        except UserError:
            before = None  # its template file went away: any change is one
        self.core.config.change(models={**self.core.settings.models, name: new})
        # The window reloads the model when it is the one in use.
        self.reloads = self.core.models.load_options(name) != before
        self.accept()
