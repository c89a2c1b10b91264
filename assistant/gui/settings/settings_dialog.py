"""Settings: threads, context, GPU layers, defaults, models folder, send key, theme, font;
and the way to Settings → Tools."""

from __future__ import annotations

import os

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from assistant.app import Core
from assistant.engine import state_files
from assistant.gui.shared.i18n import LANGUAGES, tr
from assistant.presets import Preset


class SettingsDialog(QDialog):
    def __init__(self, core: Core, presets: list[Preset], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Settings"))
        self.core = core
        s = core.settings
        form = QFormLayout(self)
        self.threads = QSpinBox()
        self.threads.setRange(0, os.cpu_count() or 64)
        self.threads.setSpecialValueText(tr("Automatic ({n})").format(n=s.effective_threads()))
        self.threads.setValue(s.threads)
        form.addRow(tr("CPU threads"), self.threads)
        self.context = QComboBox()
        for n in (1024, 2048, 4096, 8192, 16384, 32768):
            self.context.addItem(tr("{n} tokens").format(n=QLocale().toString(n)), n)
        self.context.setCurrentIndex(max(0, self.context.findData(s.context_length)))
        form.addRow(tr("Context length"), self.context)
        self.parallel = QSpinBox()
        self.parallel.setRange(0, 16)
        self.parallel.setSpecialValueText(tr("Automatic"))
        self.parallel.setValue(max(0, s.parallel_answers))
        self.parallel.setToolTip(
            tr(
                "How many answers the model writes at the same time (this window's, the "
                "local API's, a summary's parts). Each needs memory for a whole context."
            )
        )
        form.addRow(tr("Answers at once"), self.parallel)
        self.gpu = QSpinBox()
        self.gpu.setRange(-1, 999)
        self.gpu.setSpecialValueText(tr("As many as fit"))
        self.gpu.setValue(s.offload_layers)
        facts = core.engine.facts
        gpus = facts.gpus if facts is not None else ()
        self.gpu.setToolTip(
            tr("Layers of the model on the GPU ({gpus}); 0 keeps it on the CPU.").format(
                gpus=", ".join(gpus)
            )
            if gpus
            else tr("No GPU was found: models run on the CPU")
            + (f" ({facts.cpu_variant} kernels)." if facts and facts.cpu_variant else ".")
        )
        self.gpu.setEnabled(bool(gpus))
        form.addRow(tr("GPU layers"), self.gpu)
        self.speculative = QCheckBox(tr("Draft from the input (faster rewrites, same answers)"))
        self.speculative.setToolTip(
            tr(
                "Speculative decoding: when an answer repeats text from the prompt (proofreading, "
                "rewriting, extracting, editing code), several tokens are checked at once."
            )
        )
        self.speculative.setChecked(s.speculative_decoding)
        form.addRow(tr("Speculative decoding"), self.speculative)
        form.addRow(tr("Resume cache"), self._resume_row(s.resume_cache_mb))
        self.model = QComboBox()
        self.model.addItem(tr("First available"), "")
        for m in core.library.installed():
            self.model.addItem(m.name, m.name)
        self.model.setCurrentIndex(max(0, self.model.findData(s.default_model)))
        form.addRow(tr("Default model"), self.model)
        self.preset = QComboBox()
        for p in presets:
            self.preset.addItem(tr(p.name), p.id)
        self.preset.setCurrentIndex(max(0, self.preset.findData(s.default_preset)))
        form.addRow(tr("Default preset"), self.preset)
        self.models_dir = QLineEdit(s.models_dir or str(core.library.models_dir))
        self.models_dir.setAccessibleName(tr("Models folder"))
        browse = QPushButton(tr("Choose…"))
        browse.setAccessibleName(tr("Choose the models folder"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.models_dir, 1)
        row.addWidget(browse)
        form.addRow(tr("Models folder"), row)
        self.send_key = QComboBox()
        self.send_key.addItem(tr("Enter sends, Shift+Enter new line"), "enter")
        self.send_key.addItem(tr("Ctrl+Enter sends, Enter new line"), "ctrl+enter")
        self.send_key.setCurrentIndex(max(0, self.send_key.findData(s.send_key)))
        form.addRow(tr("Send with"), self.send_key)
        self.theme = QComboBox()
        for label, value in (
            (tr("Follow the system"), "system"),
            (tr("Light"), "light"),
            (tr("Dark"), "dark"),
        ):
            self.theme.addItem(label, value)
        self.theme.setCurrentIndex(max(0, self.theme.findData(s.theme)))
        form.addRow(tr("Theme"), self.theme)
        self.font_size = QSpinBox()
        self.font_size.setRange(0, 32)
        self.font_size.setSpecialValueText(tr("System default"))
        self.font_size.setValue(s.font_size)
        form.addRow(tr("Font size"), self.font_size)
        self.language = QComboBox()
        self.language.addItem(tr("System default"), "")
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(s.language)))
        self.language.setAccessibleName(tr("Language"))
        language_note = QLabel(tr("A new language shows when the app starts again."))
        language_note.setWordWrap(True)
        form.addRow(tr("Language"), self.language)
        form.addRow("", language_note)
        from assistant.gui.settings.speech_rows import SpeechRows

        self.speech = SpeechRows(form, s, core.library.models_dir)
        self.read_answers, self.voice_speed = self.speech.read_answers, self.speech.voice_speed
        tools = QPushButton(tr("Tools and MCP servers…"))
        tools.setToolTip(tr("The tools models may call, your MCP servers, what runs unasked"))
        tools.clicked.connect(self.open_tools)
        form.addRow(tr("Tools"), tools)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def open_tools(self) -> None:
        """Settings → Tools (its changes apply at once, not with Save)."""
        from assistant.gui.tools.tools_dialog import ToolsDialog

        self.tools_page = ToolsDialog(self.core, self)
        self.tools_page.open()

    def _resume_row(self, megabytes: int) -> QHBoxLayout:
        """Disk budget for saved conversation states, what they use now, and Clear."""
        self.resume_gb = QSpinBox()
        self.resume_gb.setRange(0, 1024)
        self.resume_gb.setSuffix(tr(" GB"))
        self.resume_gb.setSpecialValueText(tr("Off"))
        self.resume_gb.setValue(round(megabytes / 1024))
        self._resume_shown = self.resume_gb.value()
        self._resume_mb = megabytes
        self.resume_gb.setToolTip(
            tr(
                "Going back to a chat (after another chat, a model switch or a restart) "
                "continues from its saved state instead of reading the whole chat again. "
                "Saved states are kept on disk up to this size; Off keeps them in memory only."
            )
        )
        self.resume_gb.setAccessibleName(tr("Resume cache size on disk"))
        self.resume_used = QLabel()
        self.resume_clear = QPushButton(tr("Clear"))
        self.resume_clear.setToolTip(tr("Delete every saved conversation state"))
        self.resume_clear.setAccessibleName(tr("Clear the resume cache"))
        self.resume_clear.clicked.connect(self._clear_states)
        self._show_resume_usage()
        row = QHBoxLayout()
        row.addWidget(self.resume_gb)
        row.addWidget(self.resume_used, 1)
        row.addWidget(self.resume_clear)
        return row

    def _show_resume_usage(self) -> None:
        used = state_files.disk_usage(self.core.paths.states)
        self.resume_used.setText(
            tr("{size} MB in use").format(size=QLocale().toString(round(used / 2**20)))
        )
        self.resume_clear.setEnabled(used > 0)

    def _clear_states(self) -> None:
        self.core.engine.clear_saved_states()
        self._show_resume_usage()

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, tr("Models folder"), self.models_dir.text())
        if folder:
            self.models_dir.setText(folder)

    def save(self) -> frozenset[str]:
        """Store the choices (the settings' owner tells the window); returns what changed."""
        folder = self.models_dir.text().strip()
        return self.core.config.change(
            threads=self.threads.value(),
            context_length=int(self.context.currentData()),
            parallel_answers=self.parallel.value(),
            offload_layers=self.gpu.value(),
            speculative_decoding=self.speculative.isChecked(),
            # Untouched, the exact megabytes in the file stay (the box shows whole GB).
            resume_cache_mb=self._resume_mb
            if self.resume_gb.value() == self._resume_shown
            else self.resume_gb.value() * 1024,
            default_model=self.model.currentData(),
            default_preset=self.preset.currentData(),
            models_dir="" if folder == str(self.core.paths.models) else folder,
            send_key=self.send_key.currentData(),
            theme=self.theme.currentData(),
            font_size=self.font_size.value(),
            language=self.language.currentData(),
            **self.speech.changes(),
        )
