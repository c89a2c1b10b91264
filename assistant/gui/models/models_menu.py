"""The Models menu: the installed models and remote servers to switch between, and the
ways to get more. It only says what the user asked for, with signals; the window acts."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

from assistant.gui.shared.i18n import tr

if TYPE_CHECKING:
    from assistant.ground.settings import RemoteServer
    from assistant.models.library import ModelLibrary
    from assistant.services.session import ActiveModel


class ModelsMenu(QMenu):
    """Refilled each time it opens, so a model downloaded meanwhile is there."""

    switch_requested = Signal(str)  # a local model's path or a remote server's name
    manage_requested = Signal()
    import_requested = Signal()
    teach_requested = Signal()
    add_remote_requested = Signal()
    show_folder_requested = Signal()
    api_server_toggled = Signal(bool)

    def __init__(
        self,
        library: ModelLibrary,
        remotes: Callable[[], dict[str, RemoteServer]],
        api_running: Callable[[], bool],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(tr("&Models"), parent)
        self.library = library
        self.remotes = remotes
        self.api_running = api_running
        self.active: ActiveModel | None = None
        self.aboutToShow.connect(self.refill)
        self.refill()

    def refill(self) -> None:
        self.clear()
        group = QActionGroup(self)
        active = self.active
        remote_now = active.name if active is not None and active.is_remote else None
        local_now = active.local.path if active is not None and active.local else None
        entries = [(m.name, str(m.path), m.path == local_now) for m in self.library.installed()]
        remotes = self.remotes()
        if remotes:
            entries.append(("", "", False))  # a separator
        entries += [(tr("{name} (remote)").format(name=n), n, n == remote_now) for n in remotes]
        shortcut = 0
        for label, target, current in entries:
            if not label:
                self.addSeparator()
                continue
            act = self.addAction(label)
            act.setCheckable(True)
            act.setChecked(current)
            group.addAction(act)
            shortcut += 1
            if shortcut <= 9:
                act.setShortcut(QKeySequence(f"Ctrl+{shortcut}"))
            act.triggered.connect(partial(self.switch_requested.emit, target))
        self.addSeparator()
        manage = self.addAction(tr("Manage models…"))
        manage.setShortcut(QKeySequence("Ctrl+M"))
        manage.triggered.connect(self.manage_requested)
        self.addAction(tr("Import GGUF…")).triggered.connect(self.import_requested)
        self.addAction(tr("Teach a model…")).triggered.connect(self.teach_requested)
        self.addAction(tr("Add remote server…")).triggered.connect(self.add_remote_requested)
        self.addAction(tr("Show models folder")).triggered.connect(self.show_folder_requested)
        self.addSeparator()
        api = self.addAction(tr("Local API server (OpenAI-compatible)"))
        api.setCheckable(True)
        api.setChecked(self.api_running())
        api.toggled.connect(self.api_server_toggled)
