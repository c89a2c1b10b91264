"""The active model in the window: loading the default at start, switching from the
Models menu or a banner link, importing a GGUF file, adding a remote server, and
keeping the status bar and the menu in step."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QObject, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QWidget

from assistant.app import Core
from assistant.ground.errors import UserError
from assistant.gui.models.models_menu import ModelsMenu
from assistant.gui.services.engine_service import EngineService
from assistant.gui.shared.i18n import tr
from assistant.gui.status_bar import ModelStatus
from assistant.services.session import ActiveModel


class ModelControl(QObject):
    """Owns which model the window uses; the engine service does the loading."""

    changed = Signal(object)  # the new ActiveModel
    failed = Signal(str)

    def __init__(
        self,
        core: Core,
        engine: EngineService,
        status: ModelStatus,
        menu: ModelsMenu,
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self.core, self.engine, self.status, self.menu = core, engine, status, menu
        self.parent_widget = parent
        self.active: ActiveModel | None = None
        engine.model_loading.connect(status.show_loading)
        engine.model_loaded.connect(self._loaded)
        engine.model_failed.connect(self._failed)
        status.cancel_load.clicked.connect(engine.cancel_load)
        status.model_button.setMenu(menu)  # a click or Space opens it, under the button
        menu.switch_requested.connect(self.switch)
        menu.import_requested.connect(self.import_file)
        menu.add_remote_requested.connect(self.add_remote)
        menu.show_folder_requested.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(core.library.models_dir)))
        )

    def start(self) -> None:
        """Load the default model, if there is any model at all."""
        if not self.core.library.installed():
            self.status.show_model(None, tr("No model"))
            return
        self.engine.load(self.core.settings.default_model)

    def switch(self, name: str) -> None:
        """Load a local model (name or path) or a remote server by its name."""
        if self.engine.busy:
            self.failed.emit(
                tr("Wait for the answer to finish (or stop it) before switching models.")
            )
            return
        self.engine.load(name)

    def switch_back(self, recorded: str) -> None:
        """Switch to the model a conversation recorded (a file name or a server's name)."""
        for m in self.core.library.installed():
            if m.path.name == recorded:
                self.switch(str(m.path))
                return
        if recorded in self.core.settings.remotes:
            self.switch(recorded)

    def switch_back_offer(self, recorded: str) -> str:
        """A banner offering the model a conversation recorded, if it is another one
        that is still here; "" otherwise."""
        active = self.active
        if active is None or recorded == active.record_name:
            return ""
        files = {m.path.name for m in self.core.library.installed()}
        if recorded not in files and recorded not in self.core.settings.remotes:
            return ""
        return tr("This chat used {model}. <a href='{link}'>Switch back</a>").format(
            model=html.escape(recorded), link=html.escape(f"switch:{recorded}", quote=True)
        )

    def import_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.parent_widget,
            tr("Import a GGUF model"),
            str(Path.home()),
            tr("GGUF models (*.gguf)"),
        )
        if path:
            try:
                m = self.core.library.import_file(Path(path), copy=False)
            except UserError as exc:
                self.failed.emit(str(exc))
                return
            self.switch(str(m.path))

    def add_remote(self) -> None:
        """Ask for a server's address; it is saved once its model answers (``_loaded``)."""
        from assistant.gui.models.remote_dialog import RemoteDialog

        taken = {m.name.lower() for m in self.core.library.installed()}
        dialog = RemoteDialog(self.parent_widget, taken)
        if dialog.exec() and not self.engine.busy:
            self.engine.load_server(dialog.server())

    def models_changed(self) -> None:
        """Models were added or removed (the model manager)."""
        self.menu.refill()
        if self.active is None and self.core.library.installed():
            self.engine.load(self.core.settings.default_model)  # the first model arrived

    def _loaded(self, active: ActiveModel) -> None:
        self.active = self.menu.active = active
        self.status.show_model(active)
        server = active.server
        if server is not None and self.core.settings.remotes.get(server.name) != server:
            self.core.config.add_remote(server)  # a server the user just added answered
        self.changed.emit(active)

    def _failed(self, message: str) -> None:
        self.status.show_model(self.active)
        self.menu.refill()  # a file found incomplete was removed: drop its entry
        self.failed.emit(message)
