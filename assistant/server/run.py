"""Running the API with uvicorn, in the foreground (CLI) or on a thread (the window)."""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

import uvicorn

from assistant.server.app import create_app

if TYPE_CHECKING:
    from assistant.app import Core
    from assistant.presets import PresetLibrary


class ApiServer:
    """One uvicorn server for the app's core; ``start`` returns once it listens."""

    def __init__(
        self,
        core: Core,
        presets: PresetLibrary,
        host: str = "127.0.0.1",
        port: int = 8765,
        api_key: str | None = None,
        cors_origins: list[str] | None = None,
        switch_models: bool = True,
        allowed_hosts: list[str] | None = None,
    ) -> None:
        self.app = create_app(
            core, presets, api_key, cors_origins, switch_models, host, allowed_hosts
        )
        config = uvicorn.Config(
            self.app, host=host, port=port, log_level="warning", lifespan="off", access_log=False
        )
        self.server = uvicorn.Server(config)
        self.host, self.port = host, port
        self.core = core
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}/v1"

    def run(self) -> None:
        """Serve until Ctrl+C (the CLI)."""
        self.server.run()

    def start(self) -> None:
        """Serve on a background thread (the window); raises if the port is taken."""
        self._thread = threading.Thread(target=self.server.run, name="api-server", daemon=True)
        self._thread.start()
        while not self.server.started:
            if not self._thread.is_alive():
                raise OSError(f"Could not listen on {self.host}:{self.port} (port in use?)")
            self._thread.join(0.02)

    def stop(self) -> None:
        self.server.should_exit = True
        if self._thread is not None:
            self._thread.join(10)
        self.app.state.api.gate.close()
