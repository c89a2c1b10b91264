"""The window's switch for the local API server: started and stopped off the GUI thread
(importing the web stack and binding take a moment), reported with signals."""

from __future__ import annotations

import logging
import threading
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:
    from assistant.app import Core
    from assistant.presets import PresetLibrary

log = logging.getLogger(__name__)


class ApiServerService(QObject):
    """Serves the window's current model on 127.0.0.1 (settings: server_port, server_api_key)."""

    started = Signal(str)  # the base URL
    stopped = Signal()
    failed = Signal(str)

    def __init__(self, core: Core, presets: PresetLibrary) -> None:
        super().__init__()
        self.core, self.presets = core, presets
        self.server: Any = None
        self.url = ""

    @property
    def running(self) -> bool:
        return self.server is not None

    def start(self) -> None:
        threading.Thread(target=self._start, name="api-server-start", daemon=True).start()

    def _start(self) -> None:
        try:
            from assistant.server.run import ApiServer
        except ImportError:
            self.failed.emit(
                "The API server is an optional part: install offline-assistant[server]."
            )
            return
        s = self.core.settings
        server = ApiServer(
            self.core,
            self.presets,
            port=s.server_port,
            api_key=s.server_api_key or None,
            switch_models=False,
        )
        try:
            server.start()
        except OSError as exc:
            self.failed.emit(f"The API server could not start: {exc}")
            return
        except Exception:
            log.exception("API server start failed")
            self.failed.emit("The API server could not start (details in the log).")
            return
        self.server, self.url = server, server.url
        self.started.emit(server.url)

    def stop(self) -> None:
        server, self.server = self.server, None
        if server is not None:
            threading.Thread(target=self._stop, args=(server,), daemon=True).start()

    def _stop(self, server: Any) -> None:
        server.stop()
        self.stopped.emit()
