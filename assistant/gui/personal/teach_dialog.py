"""Models → Teach a model…: pick a model and your text or examples, and the app
fine-tunes it on this machine in the background (personal/teaching.py), with the loss
curve, time left, Pause (resumable after a restart) and Cancel. The result is a new
model in the Models menu."""

from __future__ import annotations

import math
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from assistant.ground.errors import UserError
from assistant.gui.personal.loss_curve import LossCurve
from assistant.gui.shared.background import Worker
from assistant.gui.shared.i18n import tr
from assistant.personal.teaching import (
    DEFAULT_EPOCHS,
    DEFAULT_LEARNING_RATE,
    Event,
    Lesson,
    Teaching,
    TeachJob,
)
from assistant.personal.teaching_data import read_data

if TYPE_CHECKING:
    from assistant.app import Core


class _Relay(QObject):
    """Events of the teaching child, from the worker's thread to the window's."""

    arrived = Signal(object)


class TeachDialog(QDialog):
    """The teaching window; ``finished_model`` carries the new model's path."""

    finished_model = Signal(str)

    def __init__(self, core: Core, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Teach a model"))
        self.core = core
        self.teaching = Teaching(core.paths.teaching, core.library.models_dir)
        self.job: TeachJob | None = None
        self.sources: list[Path] = []
        self.model = QComboBox()
        self.model.setAccessibleName(tr("Model to start from"))
        for m in core.library.installed():
            self.model.addItem(m.name, m)
        self.model.currentIndexChanged.connect(self._suggest_name)
        self.files = QListWidget()
        self.files.setAccessibleName(tr("What to teach"))
        self.files.setMaximumHeight(80)
        add_files = QPushButton(tr("Add files…"))
        add_files.clicked.connect(self._add_files)
        add_folder = QPushButton(tr("Add a folder…"))
        add_folder.clicked.connect(self._add_folder)
        self.name = QLineEdit()
        self.name.setAccessibleName(tr("Name of the new model"))
        self.epochs = QSpinBox()
        self.epochs.setRange(1, 100)
        self.epochs.setValue(DEFAULT_EPOCHS)
        self.epochs.setAccessibleName(tr("Epochs"))
        self.rate = QLineEdit(f"{DEFAULT_LEARNING_RATE:g}")
        self.rate.setAccessibleName(tr("Learning rate"))
        self.rate.setToolTip(tr("How big each step is; 1e-5 is careful, 1e-4 learns faster"))
        form = QFormLayout()
        form.addRow(tr("Start from"), self.model)
        buttons = QHBoxLayout()
        buttons.addWidget(add_files)
        buttons.addWidget(add_folder)
        buttons.addStretch(1)
        form.addRow(tr("Your text or examples"), self.files)
        form.addRow("", buttons)
        form.addRow(tr("New model's name"), self.name)
        form.addRow(tr("Epochs"), self.epochs)
        form.addRow(tr("Learning rate"), self.rate)
        self.curve = LossCurve()
        self.status = QLabel(
            tr("Text files, Markdown, PDF or Word documents, or a JSONL of examples "
               '({"prompt": …, "answer": …} per line).')
        )  # fmt: skip
        self.status.setWordWrap(True)
        self.status.setAccessibleName(tr("Teaching status"))
        self.start_button = QPushButton(tr("Start"))
        self.start_button.clicked.connect(self.start)
        self.pause_button = QPushButton(tr("Pause"))
        self.pause_button.clicked.connect(self.pause)
        self.cancel_button = QPushButton(tr("Cancel teaching"))
        self.cancel_button.clicked.connect(self.cancel)
        close = QPushButton(tr("Close"))
        close.clicked.connect(self.close)
        row = QHBoxLayout()
        for b in (self.start_button, self.pause_button, self.cancel_button):
            row.addWidget(b)
        row.addStretch(1)
        row.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.curve, 1)
        layout.addWidget(self.status)
        layout.addLayout(row)
        self.resize(640, 620)
        self.worker = Worker("teaching", self)
        self.relay = _Relay(self)
        self.relay.arrived.connect(self._on_event)
        self._suggest_name()
        self._offer_paused()
        self._buttons(running=False)

    # -- choosing --------------------------------------------------------------------------

    def _suggest_name(self) -> None:
        m = self.model.currentData()
        if m is not None and not self.name.isModified():
            self.name.setText(f"{m.path.stem}-taught")

    def add_sources(self, paths: list[Path]) -> None:
        for p in paths:
            if p not in self.sources:
                self.sources.append(p)
                self.files.addItem(str(p))

    def _add_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(self, tr("Text or examples to teach"))
        self.add_sources([Path(n) for n in names])

    def _add_folder(self) -> None:
        name = QFileDialog.getExistingDirectory(self, tr("A folder of text to teach"))
        if name:
            self.add_sources([Path(name)])

    def _offer_paused(self) -> None:
        """A job paused (or interrupted) earlier: shown, and Start resumes it."""
        jobs = self.teaching.jobs()
        if jobs:
            self.job = jobs[0]
            state = self.job.state
            spec = self.job.spec
            self.curve.set_curve(state.get("curve", []), state.get("before"), spec["epochs"])
            # The form shows the paused job's own settings (read-only).
            index = self.model.findText(spec["base_name"])
            if index < 0:
                self.model.addItem(spec["base_name"])
                index = self.model.count() - 1
            self.model.setCurrentIndex(index)
            self.add_sources([Path(p) for p in spec["sources"]])
            self.name.setText(spec["name"])
            self.epochs.setValue(spec["epochs"])
            self.rate.setText(f"{spec['learning_rate']:g}")
            self.status.setText(
                tr("Paused: {name}, taught from {base}. Resume goes on where it stopped.").format(
                    name=spec["name"], base=spec["base_name"]
                )
            )
            self.start_button.setText(tr("Resume"))

    # -- running ---------------------------------------------------------------------------

    def start(self) -> None:
        """Start a new job (checked first: a clear message, nothing written), or resume
        the paused one."""
        if self.job is None:
            try:
                self.job = self._new_job()
            except UserError as exc:
                self.status.setText(str(exc))
                return
        job = self.job
        self.status.setText(tr("Starting…"))
        self._buttons(running=True)
        self.worker.submit(
            lambda _j: job.run(self.relay.arrived.emit),
            self._ended,
            lambda message, _exc: self._failed(message),
            name="teaching",
        )

    def _new_job(self) -> TeachJob:
        base = self.model.currentData()
        if base is None:
            raise UserError(tr("There is no model to start from."))
        try:
            rate = float(self.rate.text())
        except ValueError:
            raise UserError(tr("The learning rate must be a number, e.g. 1e-5.")) from None
        data = read_data(self.sources)
        lesson = Lesson(
            base,
            self.name.text().strip(),
            self.epochs.value(),
            rate,
            threads=self.core.settings.effective_threads(),
        )
        return self.teaching.start(lesson, data)

    def pause(self) -> None:
        if self.job is not None:
            self.job.pause()
            self.status.setText(tr("Pausing after this step…"))

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()
            if self.job.child is None:  # nothing running: forgotten now
                self.job = None
                self.curve.set_curve([], None, 1)
                self.status.setText(tr("Cancelled; the base model is untouched."))
                self.start_button.setText(tr("Start"))
                self._buttons(running=False)
            else:
                self.status.setText(tr("Cancelling…"))

    def _buttons(self, running: bool) -> None:
        self.start_button.setEnabled(not running)
        self.pause_button.setEnabled(running)
        self.cancel_button.setEnabled(running or self.job is not None)
        for w in (self.model, self.files, self.name, self.epochs, self.rate):
            w.setEnabled(not running and self.job is None)

    def _on_event(self, event: Event) -> None:
        f = event.fields
        if "curve" in f:
            self.curve.set_curve(event.curve, f.get("before"), f.get("epochs", 1))
        texts = {
            "preparing": tr("Making a working copy in full precision…"),
            "measuring": tr("Measuring the held-out part before teaching…"),
            "saving": tr("Saving the new model…"),
        }
        if event.kind in texts:
            self.status.setText(texts[event.kind])
        elif event.kind in ("step", "epoch", "started"):
            left = f.get("seconds_left")
            self.status.setText(
                tr("Epoch {epoch} of {epochs} · step {pos} of {windows}{left}").format(
                    epoch=min(f["epoch"] + 1, f["epochs"]),
                    epochs=f["epochs"],
                    pos=f["position"],
                    windows=f["windows"],
                    left=(
                        tr(" · about {minutes} min left").format(minutes=math.ceil(left / 60))
                        if left
                        else ""
                    ),
                )
            )

    def _ended(self, last: Event) -> None:
        if last.kind == "paused":
            self.status.setText(
                tr("Paused. Resume goes on where it stopped, also after a restart.")
            )
            self.start_button.setText(tr("Resume"))
            self._buttons(running=False)
            return
        self.job = None if last.kind in ("done", "cancelled") else self.job
        if last.kind == "done":
            before, curve = last.fields.get("before"), last.curve
            after = curve[-1][2] if curve else None
            self.status.setText(
                tr("Taught: {name}. Held-out perplexity {before:.1f} before, {after:.1f} "
                   "after. It is in the Models menu.").format(
                    name=Path(str(last.fields.get("result"))).stem,
                    before=math.exp(before or 0), after=math.exp(after or 0),
                )
            )  # fmt: skip
            self.finished_model.emit(str(last.fields.get("result")))
        elif last.kind == "cancelled":
            self.curve.set_curve([], None, 1)
            self.status.setText(tr("Cancelled; the base model is untouched."))
        else:
            self._failed(str(last.fields.get("message")))
        self.start_button.setText(tr("Resume") if self.job is not None else tr("Start"))
        self._buttons(running=False)

    def _failed(self, message: str) -> None:
        self.status.setText(message)
        self._buttons(running=False)

    def closeEvent(self, event: object) -> None:
        """Closing the window pauses a running job (it resumes next time)."""
        if self.job is not None and self.job.child is not None:
            self.job.pause()
        super().closeEvent(event)  # type: ignore[arg-type]
