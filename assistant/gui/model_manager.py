"""Model manager: installed models, the curated catalog, Hub search and downloads.
Network and disk work run on background threads; results come back as signals."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from assistant.app import Core
from assistant.errors import UserError
from assistant.models.catalog import load_catalog
from assistant.models.downloads import DownloadEvent, DownloadManager
from assistant.models.fit import Machine, fit
from assistant.models.hub import Hub, HubFile
from assistant.models.library import model_info

# Q4_K_M weighs about 0.6 bytes per parameter: the catalog's size estimate before the
# Hub tells the exact size at download time.
BYTES_PER_PARAM_Q4 = 0.6


def _size(n: float) -> str:
    return f"{n / 2**30:.2f} GiB" if n >= 2**30 else f"{n / 2**20:.0f} MiB"


class _Bridge(QObject):
    done = Signal(object, object)  # callback, result
    failed = Signal(str)
    download_event = Signal(object)  # DownloadEvent


def _table(headers: list[str]) -> QTableWidget:
    t = QTableWidget(0, len(headers))
    t.setHorizontalHeaderLabels(headers)
    t.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
    t.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    t.horizontalHeader().setStretchLastSection(True)
    t.verticalHeader().setVisible(False)
    return t


def _row(table: QTableWidget, values: list[str], data: Any = None) -> int:
    r = table.rowCount()
    table.insertRow(r)
    for c, v in enumerate(values):
        item = QTableWidgetItem(v)
        if c == 0:
            item.setData(Qt.ItemDataRole.UserRole, data)
        table.setItem(r, c, item)
    return r


def _table_tab(table: QTableWidget, actions: list[tuple[str, Callable[[], object]]]) -> QWidget:
    """A tab: the table, and a row of buttons under it."""
    w = QWidget()
    buttons = QHBoxLayout()
    for label, action in actions:
        b = QPushButton(label)
        b.clicked.connect(action)
        buttons.addWidget(b)
    buttons.addStretch(1)
    v = QVBoxLayout(w)
    v.addWidget(table)
    v.addLayout(buttons)
    return w


class ModelManager(QDialog):
    models_changed = Signal()

    def __init__(self, core: Core, parent: QWidget | None = None, hub: Hub | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Models")
        self.resize(900, 560)
        self.core = core
        self.hub = hub or Hub()
        self.bridge = _Bridge()
        self.bridge.done.connect(lambda cb, result: cb(result))
        self.bridge.failed.connect(self._error)
        self.bridge.download_event.connect(self._download_event)
        self.downloads = DownloadManager(
            core.library.models_dir, self.hub, on_event=self.bridge.download_event.emit
        )
        self.machine = Machine.current(core.library.models_dir)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._installed_tab(), "Installed")
        self.tabs.addTab(self._catalog_tab(), "Catalog")
        self.tabs.addTab(self._search_tab(), "Search the Hub")
        self.tabs.addTab(self._downloads_tab(), "Downloads")
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.message)
        self.refresh_installed()
        self.refresh_downloads()

    # -- background work -------------------------------------------------------------------

    def _background(self, work: Callable[[], Any], then: Callable[[Any], None]) -> None:
        def run() -> None:
            try:
                result = work()
            except UserError as exc:
                self.bridge.failed.emit(str(exc))
                return
            self.bridge.done.emit(then, result)

        threading.Thread(target=run, daemon=True).start()

    def _error(self, text: str) -> None:
        self.message.setText(text)

    # -- installed -------------------------------------------------------------------------

    def _installed_tab(self) -> QWidget:
        self.installed = _table(
            ["Model", "Size", "Architecture", "Quantization", "Context", "Chat template", "Where"]
        )
        return _table_tab(
            self.installed,
            [
                ("Set as default", self._set_default),
                ("Delete", self._delete),
                ("Show on disk", self._show_on_disk),
            ],
        )

    def refresh_installed(self) -> None:
        def work() -> list[tuple[Any, Any]]:
            out: list[tuple[Any, Any]] = []
            for m in self.core.library.installed():
                try:
                    out.append((m, model_info(m.path)))
                except UserError:
                    out.append((m, None))
            return out

        self._background(work, self._fill_installed)

    def _fill_installed(self, rows: list[tuple[Any, Any]]) -> None:
        self.installed.setRowCount(0)
        default = self.core.settings.default_model
        for m, info in rows:
            name = f"★ {m.name}" if default and default == m.name else m.name
            if info is None:
                _row(self.installed, [name, _size(m.size_bytes), "unreadable"], m)
                continue
            _row(
                self.installed,
                [
                    name,
                    _size(m.size_bytes),
                    info.architecture,
                    info.quantization,
                    str(info.trained_context),
                    "yes" if info.has_chat_template else "no",
                    "built-in" if m.builtin else str(m.path.parent),
                ],
                m,
            )
        self.installed.resizeColumnsToContents()

    def _selected(self, table: QTableWidget) -> Any:
        row = table.currentRow()
        item = table.item(row, 0) if row >= 0 else None
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def _set_default(self) -> None:
        m = self._selected(self.installed)
        if m is not None:
            self.core.settings.default_model = m.name
            self.core.settings.save(self.core.paths.settings_file)
            self.refresh_installed()

    def _delete(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        m = self._selected(self.installed)
        if m is None:
            return
        answer = QMessageBox.question(self, "Delete model", f"Delete {m.name}?")
        if answer == QMessageBox.StandardButton.Yes:
            try:
                self.message.setText(self.core.library.remove(m))
            except UserError as exc:
                self.message.setText(str(exc))
            self.refresh_installed()
            self.models_changed.emit()

    def _show_on_disk(self) -> None:
        m = self._selected(self.installed)
        if m is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(m.path.parent)))

    # -- catalog ---------------------------------------------------------------------------

    def _catalog_tab(self) -> QWidget:
        w = QWidget()
        self.catalog = _table(
            ["Model", "Parameters", "About (est.)", "Fit", "Good at", "Description"]
        )
        for e in load_catalog():
            est = e.params * 1e9 * BYTES_PER_PARAM_Q4
            f = fit(int(est), self.machine, self.core.settings.context_length)
            _row(
                self.catalog,
                [
                    e.name,
                    f"{e.params:g}B",
                    _size(est),
                    f"{f.label} — {f.reason}",
                    ", ".join(e.good_at),
                    e.description,
                ],
                e,
            )
        self.catalog.resizeColumnsToContents()
        get = QPushButton("Download recommended file")
        get.clicked.connect(self._download_catalog)
        v = QVBoxLayout(w)
        v.addWidget(self.catalog)
        v.addWidget(get, 0, Qt.AlignmentFlag.AlignLeft)
        return w

    def _download_catalog(self) -> None:
        e = self._selected(self.catalog)
        if e is None:
            return
        self.message.setText(f"Asking the Hub for the files of {e.repo}…")

        def pick(files: list[HubFile]) -> None:
            chosen = next((f for f in files if f.quant == e.quant), files[0] if files else None)
            if chosen is None:
                self.message.setText(f"{e.repo} has no GGUF files.")
                return
            self._start_download(e.repo, chosen)

        self._background(lambda: self.hub.files(e.repo), pick)

    # -- search ----------------------------------------------------------------------------

    def _search_tab(self) -> QWidget:
        w = QWidget()
        self.query = QLineEdit()
        self.query.setPlaceholderText("Search GGUF models, e.g. qwen 1.5b")
        self.query.setAccessibleName("Search the Hub")
        self.query.returnPressed.connect(self.search)
        go = QPushButton("Search")
        go.clicked.connect(self.search)
        top = QHBoxLayout()
        top.addWidget(self.query, 1)
        top.addWidget(go)
        self.repos = _table(["Repository", "Downloads", "Likes"])
        self.repos.itemSelectionChanged.connect(self._repo_selected)
        self.files = _table(["File", "Quantization", "Size", "Fit"])
        get = QPushButton("Download selected file")
        get.clicked.connect(self._download_file)
        v = QVBoxLayout(w)
        v.addLayout(top)
        v.addWidget(self.repos, 1)
        v.addWidget(self.files, 1)
        v.addWidget(get, 0, Qt.AlignmentFlag.AlignLeft)
        return w

    def search(self) -> None:
        text = self.query.text()
        self.message.setText("Searching the Hub…")

        def show(results: list[Any]) -> None:
            self.repos.setRowCount(0)
            for r in results:
                _row(self.repos, [r.repo_id, str(r.downloads), str(r.likes)], r.repo_id)
            self.repos.resizeColumnsToContents()
            self.message.setText(f"{len(results)} repositories." if results else "Nothing found.")

        self._background(lambda: self.hub.search(text), show)

    def _repo_selected(self) -> None:
        repo = self._selected(self.repos)
        if repo is None:
            return

        def show(files: list[HubFile]) -> None:
            self.files.setRowCount(0)
            for f in files:
                ft = fit(f.size, self.machine, self.core.settings.context_length)
                parts = f" ({len(f.parts)} parts)" if len(f.parts) > 1 else ""
                _row(
                    self.files,
                    [f.name + parts, f.quant, _size(f.size), f"{ft.label} — {ft.reason}"],
                    (repo, f),
                )
            self.files.resizeColumnsToContents()

        self._background(lambda: self.hub.files(repo), show)

    def _download_file(self) -> None:
        chosen = self._selected(self.files)
        if chosen is not None:
            self._start_download(*chosen)

    # -- downloads -------------------------------------------------------------------------

    def _downloads_tab(self) -> QWidget:
        self.jobs = _table(["Download", "Progress", "Speed", "Time left", "State"])
        for col, width in ((0, 320), (1, 220), (2, 100), (3, 90)):
            self.jobs.setColumnWidth(col, width)
        self.bars: dict[str, QProgressBar] = {}
        return _table_tab(
            self.jobs,
            [
                # `clicked` passes `checked` first: it lands in `_`, not in `act`.
                (label, lambda _=False, act=action: self._job_action(act))  # type: ignore[misc]
                for label, action in (
                    ("Pause", self.downloads.pause),
                    ("Resume", self.downloads.resume),
                    ("Cancel", self.downloads.cancel),
                )
            ],
        )

    def refresh_downloads(self) -> None:
        """Every known download, including ones interrupted before a restart."""
        self.jobs.setRowCount(0)
        self.bars.clear()
        for job in self.downloads.jobs():
            self._job_row(job.id, job.name, self.downloads.bytes_done(job), job.total, job.state)

    def _job_row(self, job_id: str, name: str, done: int, total: int, state: str) -> int:
        r = _row(self.jobs, [name, "", "", "", state], job_id)
        bar = QProgressBar()
        bar.setRange(0, 1000)
        bar.setValue(int(1000 * done / total) if total else 0)
        bar.setFormat(f"{_size(done)} of {_size(total)}")
        self.jobs.setCellWidget(r, 1, bar)
        self.bars[job_id] = bar
        return r

    def _start_download(self, repo: str, f: HubFile) -> None:
        try:
            job = self.downloads.add(repo, f)
        except UserError as exc:
            self.message.setText(str(exc))
            return
        if job.id not in self.bars:
            self._job_row(job.id, job.name, 0, job.total, "queued")
        self.tabs.setCurrentIndex(3)
        self.message.setText(f"Downloading {job.name} ({_size(job.total)}).")

    def _job_action(self, action: Callable[[str], None]) -> None:
        job_id = self._selected(self.jobs)
        if job_id is not None:
            try:
                action(job_id)
            except UserError as exc:
                self.message.setText(str(exc))

    def _job_id(self, row: int) -> str | None:
        item = self.jobs.item(row, 0)
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def _download_event(self, e: DownloadEvent) -> None:
        if e.job_id not in self.bars:
            self.refresh_downloads()
        bar = self.bars.get(e.job_id)
        ids = [self._job_id(r) for r in range(self.jobs.rowCount())]
        row = ids.index(e.job_id) if e.job_id in ids else None
        if bar is None or row is None:
            return
        bar.setValue(int(1000 * e.done / e.total) if e.total else 0)
        bar.setFormat(f"{_size(e.done)} of {_size(e.total)}")
        self.jobs.setItem(row, 4, QTableWidgetItem(e.state + (f": {e.error}" if e.error else "")))
        if e.state == "downloading":
            self.jobs.setItem(row, 2, QTableWidgetItem(f"{_size(e.speed)}/s"))
            eta = f"{e.eta:.0f} s" if e.eta is not None else "—"
            self.jobs.setItem(row, 3, QTableWidgetItem(eta))
        if e.state == "done":
            self.message.setText("Download finished; the model is in the Models menu.")
            self.refresh_installed()
            self.models_changed.emit()
        elif e.state == "failed":
            self.message.setText(e.error)

    def done(self, result: int) -> None:
        # Pauses running downloads (they resume from the manager); finished ones keep
        # syncing to disk on their own thread.
        self.downloads.close(wait_settled=False)
        super().done(result)
