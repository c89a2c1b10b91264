"""The model manager's Downloads tab: progress, speed and time left of every download,
with pause / resume / cancel. Events arrive from download threads as a queued signal."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QProgressBar, QTableWidgetItem, QVBoxLayout, QWidget

from assistant.ground.errors import UserError
from assistant.gui.look.tables import add_row, make_table, selected_data, size_text, table_tab
from assistant.gui.shared.announce import announce
from assistant.gui.shared.i18n import QT_TR_NOOP, tr
from assistant.models.downloads import DownloadEvent, DownloadManager
from assistant.models.hub import Hub, HubFile

STATES = {
    "queued": QT_TR_NOOP("queued"),
    "downloading": QT_TR_NOOP("downloading"),
    "paused": QT_TR_NOOP("paused"),
    "failed": QT_TR_NOOP("failed"),
    "done": QT_TR_NOOP("done"),
    "cancelled": QT_TR_NOOP("cancelled"),
}


class DownloadsTab(QWidget):
    """Every known download, including ones interrupted before a restart."""

    message = Signal(str)  # for the dialog's message line
    installed = Signal()  # a download finished: a new model is in the models folder
    progress = Signal(object)  # every DownloadEvent, on the GUI thread
    _event = Signal(object)  # DownloadEvent, from a download thread

    def __init__(self, models_dir: Path, hub: Hub, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._event.connect(self._download_event)
        self.downloads = DownloadManager(models_dir, hub, on_event=self._event.emit)
        self.jobs = make_table(
            [tr("Download"), tr("Progress"), tr("Speed"), tr("Time left"), tr("State")]
        )
        self.jobs.setAccessibleName(tr("Downloads"))
        for col, width in ((0, 320), (1, 220), (2, 100), (3, 90)):
            self.jobs.setColumnWidth(col, width)
        self.bars: dict[str, QProgressBar] = {}
        tab = table_tab(
            self.jobs,
            [
                # `clicked` passes `checked` first: it lands in `_`, not in `act`.
                (label, lambda _=False, act=action: self.job_action(act))  # type: ignore[misc]
                for label, action in (
                    (tr("Pause"), self.downloads.pause),
                    (tr("Resume"), self.downloads.resume),
                    (tr("Cancel"), self.downloads.cancel),
                )
            ],
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(tab)
        self.refresh()

    def refresh(self) -> None:
        """Rebuild the table from the download records on disk."""
        self.jobs.setRowCount(0)
        self.bars.clear()
        for job in self.downloads.jobs():
            self._job_row(job.id, job.name, self.downloads.bytes_done(job), job.total, job.state)

    def _job_row(self, job_id: str, name: str, done: int, total: int, state: str) -> int:
        r = add_row(self.jobs, [name, "", "", "", tr(STATES.get(state, state))], job_id)
        bar = QProgressBar()
        bar.setRange(0, 1000)
        bar.setValue(int(1000 * done / total) if total else 0)
        bar.setFormat(tr("{done} of {total}").format(done=size_text(done), total=size_text(total)))
        self.jobs.setCellWidget(r, 1, bar)
        self.bars[job_id] = bar
        return r

    def start(self, repo: str, f: HubFile, folder: str = "") -> str | None:
        """Queue a download (into ``folder`` of the models folder: a speech model or a
        voice): its job id, or None (with a message) if it cannot start."""
        try:
            job = self.downloads.add(repo, f, folder=folder)
        except UserError as exc:
            self.message.emit(str(exc))
            return None
        if job.id not in self.bars:
            self._job_row(job.id, job.name, 0, job.total, "queued")
        self.message.emit(
            tr("Downloading {name} ({size}).").format(name=job.name, size=size_text(job.total))
        )
        return job.id

    def job_action(self, action: Callable[[str], None]) -> None:
        """Run pause, resume or cancel on the selected download."""
        job_id = selected_data(self.jobs)
        if job_id is not None:
            try:
                action(job_id)
            except UserError as exc:
                self.message.emit(str(exc))

    def _name(self, row: int) -> str:
        item = self.jobs.item(row, 0)
        return item.text() if item is not None else tr("a model")

    def _job_id(self, row: int) -> str | None:
        item = self.jobs.item(row, 0)
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def _download_event(self, e: DownloadEvent) -> None:
        self.progress.emit(e)
        if e.job_id not in self.bars:
            self.refresh()
        bar = self.bars.get(e.job_id)
        ids = [self._job_id(r) for r in range(self.jobs.rowCount())]
        row = ids.index(e.job_id) if e.job_id in ids else None
        if bar is None or row is None:
            return
        bar.setValue(int(1000 * e.done / e.total) if e.total else 0)
        bar.setFormat(
            tr("{done} of {total}").format(done=size_text(e.done), total=size_text(e.total))
        )
        state = tr(STATES.get(e.state, e.state))
        self.jobs.setItem(row, 4, QTableWidgetItem(state + (f": {e.error}" if e.error else "")))
        if e.state == "downloading":
            self.jobs.setItem(
                row, 2, QTableWidgetItem(tr("{size}/s").format(size=size_text(e.speed)))
            )
            eta = tr("%n s", "", round(e.eta)) if e.eta is not None else "—"
            self.jobs.setItem(row, 3, QTableWidgetItem(eta))
        if e.state == "done":
            self.message.emit(tr("Download finished; the model is in the Models menu."))
            announce(self, tr("Download of {name} finished.").format(name=self._name(row)))
            self.installed.emit()
        elif e.state == "failed":
            self.message.emit(e.error)
            failed = tr("Download of {name} failed: {error}")
            announce(self, failed.format(name=self._name(row), error=e.error), assertive=True)

    def close_downloads(self) -> None:
        """Pause running downloads (they resume from the manager); finished ones keep
        syncing to disk on their own thread."""
        self.downloads.close(wait_settled=False)
