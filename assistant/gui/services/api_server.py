"""The window's switch for the local API server: started and stopped off the GUI thread
(importing the web stack and binding take a moment), reported with signals."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from assistant.ground.errors import UserError
from assistant.gui.shared.background import Job, Worker
from assistant.gui.shared.i18n import tr

if TYPE_CHECKING:
    from assistant.app import Core
    from assistant.presets import PresetLibrary


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
        self.worker = Worker("api-server", self)

    @property
    def running(self) -> bool:
        return self.server is not None

    def set_running(self, on: bool) -> None:
        """The menu's check box: start or stop the server."""
        if on and not self.running:
            self.start()
        elif not on and self.running:
            self.stop()

    def start(self) -> None:
        self.worker.submit(
            self._start,
            self._started,
            lambda message, _exc: self.failed.emit(message),
            bug=tr("The API server could not start (details in the log)."),
        )

    def _start(self, _job: Job) -> Any:
        try:
            from assistant.server.run import ApiServer
        except ImportError:
            raise UserError(
                tr("The API server is an optional part: install offline-assistant[server].")
            ) from None
        s = self.core.settings
        server = ApiServer(
            self.core,
            self.presets,
            port=s.server_port,
            api_key=s.server_api_key or None,
            cors_origins=s.server_cors_origins,
            switch_models=False,
            allowed_hosts=s.server_allowed_hosts,
        )
        try:
            server.start()
        except OSError as exc:
            raise UserError(
                tr("The API server could not start: {error}").format(error=exc)
            ) from exc
        return server

    def _started(self, server: Any) -> None:
        self.server, self.url = server, server.url
        self.started.emit(server.url)

    def stop(self) -> None:
        server, self.server = self.server, None
        if server is not None:
            self.worker.submit(lambda _job: server.stop(), lambda _: self.stopped.emit())

    def shutdown(self) -> None:
        """On close: stop the server and wait for it."""
        self.stop()
        self.worker.shutdown()
