"""Model manager: installed models, the curated catalog, Hub search and downloads.
Network and disk work run on a background worker; results come back on the GUI thread."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from assistant.app import Core
from assistant.ground.errors import UserError
from assistant.gui.look.fit_text import fit_text
from assistant.gui.look.tables import add_row, make_table, selected_data, size_text, table_tab
from assistant.gui.models.downloads_tab import DownloadsTab
from assistant.gui.shared.background import Worker
from assistant.gui.shared.i18n import tr
from assistant.models.catalog import CatalogEntry, load_catalog
from assistant.models.downloads import DownloadEvent
from assistant.models.fit import Machine, fit
from assistant.models.hub import Hub, HubFile
from assistant.models.kinds import model_kind
from assistant.models.library import model_info

# Q4_K_M weighs about 0.6 bytes per parameter: the catalog's size estimate before the
# Hub tells the exact size at download time.
BYTES_PER_PARAM_Q4 = 0.6


class ModelManager(QDialog):
    models_changed = Signal()

    def __init__(self, core: Core, parent: QWidget | None = None, hub: Hub | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Models"))
        self.resize(900, 560)
        self.core = core
        self.hub = hub or Hub()
        self.worker = Worker("model-manager", self)
        self.worker.failed.connect(self._error)
        self.machine = Machine.current(core.library.models_dir)
        self._card_jobs: dict[str, Any] = {}  # download job id → its catalog card
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._installed_tab(), tr("Installed"))
        self.tabs.addTab(self._catalog_tab(), tr("Catalog"))
        self.tabs.addTab(self._search_tab(), tr("Search the Hub"))
        self.downloads_tab = DownloadsTab(core.library.models_dir, self.hub)
        self.downloads_tab.message.connect(self.message.setText)
        self.downloads_tab.installed.connect(self._installed_one)
        self.downloads_tab.progress.connect(self._card_progress)
        self.tabs.addTab(self.downloads_tab, tr("Downloads"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.message)
        self.refresh_installed()

    # -- background work -------------------------------------------------------------------

    def _background(
        self,
        work: Callable[[], Any],
        then: Callable[[Any], None],
        failed: Callable[[str], None] | None = None,
    ) -> None:
        """Hub and disk work off the GUI thread; errors show in the dialog's message line
        (and go to ``failed`` too, if given)."""

        def fail(message: str, _exc: Exception) -> None:
            self._error(message)
            if failed is not None:
                failed(message)

        self.worker.submit(lambda _job: work(), then, fail, name="model manager")

    def _error(self, text: str) -> None:
        self.message.setText(text)

    # -- installed -------------------------------------------------------------------------

    def _installed_tab(self) -> QWidget:
        self.installed = make_table(
            [
                tr("Model"),
                tr("Size"),
                tr("Architecture"),
                tr("Quantization"),
                tr("Context"),
                tr("Chat template"),
                tr("Where"),
            ],
            tr("Installed models"),
        )
        return table_tab(
            self.installed,
            [
                (tr("Set as default"), self._set_default),
                (tr("Settings…"), self._model_settings),
                (tr("Find other apps' models"), self._discover),
                (tr("Delete"), self._delete),
                (tr("Show on disk"), self._show_on_disk),
            ],
        )

    def refresh_installed(self) -> None:
        def work() -> list[tuple[Any, Any]]:
            out: list[tuple[Any, Any]] = []
            for m in self.core.library.installed(kind=None):  # embedding models, adapters too
                try:
                    info = model_info(m.path)
                    if model_kind(m.path) == "adapter":  # said where the kind of model is
                        arch = tr("{architecture} · LoRA adapter")
                        info = replace(
                            info, architecture=arch.format(architecture=info.architecture)
                        )
                    out.append((m, info))
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
                add_row(self.installed, [name, size_text(m.size_bytes), "unreadable"], m)
                continue
            add_row(
                self.installed,
                [
                    name,
                    size_text(m.size_bytes),
                    info.architecture,
                    info.quantization,
                    str(info.trained_context),
                    "yes" if info.has_chat_template else "no",
                    "built-in" if m.builtin else str(m.path.parent),
                ],
                m,
            )
        self.installed.resizeColumnsToContents()

    def _set_default(self) -> None:
        m = selected_data(self.installed)
        if m is not None:
            self.core.config.change(default_model=m.name)
            self.refresh_installed()

    def _discover(self) -> None:
        """Ollama's, LM Studio's, GPT4All's, Jan's and the Hugging Face cache's models."""
        self.message.setText(tr("Looking for models other apps downloaded…"))

        def done(found: Any) -> None:
            names = ", ".join(m.name for m in found)
            self.message.setText(
                tr("Found %n, used where they are: {names}.", "", len(found)).format(names=names)
                if found
                else tr("No models from other apps were found.")
            )  # fmt: skip
            if found:
                self.refresh_installed()
                self.models_changed.emit()

        self._background(self.core.library.discover, done)

    def _model_settings(self) -> None:
        from assistant.gui.models.model_settings_dialog import ModelSettingsDialog

        m = selected_data(self.installed)
        if m is None:
            self.message.setText(tr("Select a model first."))
            return
        dialog = ModelSettingsDialog(self.core, m, self)
        self.settings_dialog = dialog  # tests reach it
        if dialog.exec() == ModelSettingsDialog.DialogCode.Accepted:
            active = self.core.models.active
            in_use = active is not None and active.local is not None and active.local.path == m.path
            self.message.setText(
                tr("Saved. {model} is loaded again with them.").format(model=m.name)
                if dialog.reloads and in_use
                else tr("Saved; they apply the next time {model} is loaded.").format(model=m.name)
                if dialog.reloads
                else tr("Saved; they apply from the next answer.")
            )

    def _delete(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        m = selected_data(self.installed)
        if m is None:
            return
        answer = QMessageBox.question(
            self, tr("Delete model"), tr("Delete {model}?").format(model=m.name)
        )
        if answer == QMessageBox.StandardButton.Yes:
            try:
                self.message.setText(self.core.library.remove(m))
            except UserError as exc:
                self.message.setText(str(exc))
            self.refresh_installed()
            self.models_changed.emit()

    def _show_on_disk(self) -> None:
        m = selected_data(self.installed)
        if m is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(m.path.parent)))

    # -- catalog ---------------------------------------------------------------------------

    def _catalog_tab(self) -> QWidget:
        from assistant.gui.models.catalog_cards import CatalogCard, CatalogCards

        self.catalog = CatalogCards()
        have = [m.path.name.lower() for m in self.core.library.installed(None)]
        for e in load_catalog():
            est = e.size_mb * 1e6 if e.is_speech else e.params * 1e9 * BYTES_PER_PARAM_Q4
            f = fit(int(est), self.machine, self.core.settings.context_length)
            stem = e.repo.split("/")[-1].lower().removesuffix("-gguf")
            installed = (
                (self.core.library.models_dir / e.folder).is_dir()
                if e.is_speech
                else any(name.startswith(stem) for name in have)
            )
            self.catalog.add(CatalogCard(e, f, est, installed))
        self.catalog.download_requested.connect(self._download_catalog)
        return self.catalog

    def _download_catalog(self, e: CatalogEntry) -> None:
        """One click on a card: the recommended file of its repository, downloading in the
        card (and in the Downloads tab)."""
        card = self.catalog.card_for(e)
        if card is not None:
            card.waiting()
        self.message.setText(tr("Asking the Hub for the files of {repo}…").format(repo=e.repo))
        if e.is_speech:
            self._download_speech(e)
            return

        def pick(files: list[HubFile]) -> None:
            chosen = next((f for f in files if f.quant == e.quant), files[0] if files else None)
            if chosen is None:
                self.message.setText(tr("{repo} has no GGUF files.").format(repo=e.repo))
                if card is not None:
                    card.show_state(tr("No GGUF file"), "error")
                return
            job_id = self.downloads_tab.start(e.repo, chosen)
            if card is not None and job_id is not None:
                self._card_jobs[job_id] = card
                card.show_progress(0, chosen.size)

        def failed(message: str) -> None:
            if card is not None:
                card.show_state(tr("Failed"), "error")

        self._background(lambda: self.hub.files(e.repo), pick, failed)

    def _download_speech(self, e: CatalogEntry) -> None:
        """A speech model or a voice: its files, as one download into its folder."""
        card = self.catalog.card_for(e)

        def start(bundle: HubFile) -> None:
            job_id = self.downloads_tab.start(e.repo, bundle, folder=e.folder)
            if card is not None and job_id is not None:
                self._card_jobs[job_id] = card
                card.show_progress(0, bundle.size)

        def failed(message: str) -> None:
            if card is not None:
                card.show_state(tr("Failed"), "error")

        name = e.folder.rsplit("/", 1)[-1]
        self._background(lambda: self.hub.bundle(e.repo, e.files, name), start, failed)

    def _card_progress(self, e: DownloadEvent) -> None:
        card = self._card_jobs.get(e.job_id)
        if card is None:
            return
        if e.state == "done":
            card.show_state(tr("Installed"), "success")
        elif e.state == "failed":
            card.show_state(tr("Failed"), "error")
        elif e.state == "cancelled":
            card.show_state(tr("Cancelled"), "muted")
        else:
            card.show_progress(e.done, e.total)

    # -- search ----------------------------------------------------------------------------

    def _search_tab(self) -> QWidget:
        w = QWidget()
        self.query = QLineEdit()
        self.query.setPlaceholderText(tr("Search GGUF models, e.g. qwen 1.5b"))
        self.query.setAccessibleName(tr("Search the Hub"))
        self.query.returnPressed.connect(self.search)
        go = QPushButton(tr("Search"))
        go.clicked.connect(self.search)
        top = QHBoxLayout()
        top.addWidget(self.query, 1)
        top.addWidget(go)
        self.repos = make_table(
            [tr("Repository"), tr("Downloads"), tr("Likes")], tr("Search results")
        )
        self.repos.itemSelectionChanged.connect(self._repo_selected)
        self.files = make_table(
            [tr("File"), tr("Quantization"), tr("Size"), tr("Fit")], tr("Files of the repository")
        )
        get = QPushButton(tr("Download selected file"))
        get.clicked.connect(self._download_file)
        v = QVBoxLayout(w)
        v.addLayout(top)
        v.addWidget(self.repos, 1)
        v.addWidget(self.files, 1)
        v.addWidget(get, 0, Qt.AlignmentFlag.AlignLeft)
        return w

    def search(self) -> None:
        text = self.query.text()
        self.message.setText(tr("Searching the Hub…"))

        def show(results: list[Any]) -> None:
            self.repos.setRowCount(0)
            for r in results:
                add_row(self.repos, [r.repo_id, str(r.downloads), str(r.likes)], r.repo_id)
            self.repos.resizeColumnsToContents()
            self.message.setText(
                tr("%n repositories.", "", len(results)) if results else tr("Nothing found.")
            )

        self._background(lambda: self.hub.search(text), show)

    def _repo_selected(self) -> None:
        repo = selected_data(self.repos)
        if repo is None:
            return

        def show(files: list[HubFile]) -> None:
            self.files.setRowCount(0)
            for f in files:
                ft = fit(f.size, self.machine, self.core.settings.context_length)
                parts = tr(" (%n parts)", "", len(f.parts)) if len(f.parts) > 1 else ""
                add_row(
                    self.files,
                    [
                        f.name + parts,
                        f.quant,
                        size_text(f.size),
                        fit_text(ft),
                    ],
                    (repo, f),
                )
            self.files.resizeColumnsToContents()

        self._background(lambda: self.hub.files(repo), show)

    def _download_file(self) -> None:
        chosen = selected_data(self.files)
        if chosen is not None:
            self._start_download(*chosen)

    def _start_download(self, repo: str, f: HubFile) -> None:
        if self.downloads_tab.start(repo, f) is not None:
            self.tabs.setCurrentWidget(self.downloads_tab)

    def _installed_one(self) -> None:
        self.refresh_installed()
        self.models_changed.emit()

    def done(self, result: int) -> None:
        self.downloads_tab.close_downloads()
        super().done(result)
