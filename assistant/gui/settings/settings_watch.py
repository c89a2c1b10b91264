"""The window takes in settings another process saved (`assistant models add-remote`,
`models use`, `models set` in a terminal) as they happen, not at its next start."""

from __future__ import annotations

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer

from assistant.ground.settings import SettingsStore

# Saves come as a burst of events (the temporary file, the rename, the lock file).
_SETTLE_MS = 200


class SettingsWatch(QObject):
    """Watches the settings file's folder (a save renames a new file into place, which a
    watch on the file alone would lose) and reloads the settings once a burst is over."""

    def __init__(self, config: SettingsStore, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._config = config
        self._timer = QTimer(self, singleShot=True, interval=_SETTLE_MS)
        self._timer.timeout.connect(config.reload)
        folder = config.path.parent
        folder.mkdir(parents=True, exist_ok=True)
        self._watcher = QFileSystemWatcher([str(folder)], self)
        self._watcher.directoryChanged.connect(lambda _path: self._timer.start())
