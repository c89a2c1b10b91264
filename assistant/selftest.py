"""``assistant --self-test``: proves an installed copy works, with no network.

Starts offscreen in a temporary home, loads the built-in model in the engine child,
answers one prompt through the chat service (so it is written to the history
database), reads the conversation back from a fresh connection, and builds the
window. Exits 0, or prints which step failed and why.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from typing import Any


def run_self_test() -> int:
    """Run every step; 0 when all passed."""
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    with tempfile.TemporaryDirectory(prefix="assistant-self-test-") as home:
        os.environ["ASSISTANT_HOME"] = home
        return _steps(home)


def _steps(home: str) -> int:
    state: dict[str, Any] = {}
    start = time.monotonic()

    def step(name: str, fn: Callable[[], str]) -> bool:
        t0 = time.monotonic()
        try:
            detail = fn()
        except Exception as exc:
            print(f"FAIL  {name}: {exc}", file=sys.stderr)
            traceback.print_exc(file=sys.stderr)
            return False
        print(f"ok    {name} ({time.monotonic() - t0:.1f} s) {detail}")
        return True

    def modules() -> str:
        # Every part of the app can be imported (a bundle can miss a dependency that
        # only the CLI, the model manager or a document loader needs).
        import importlib

        names = (
            "assistant.cli.main",
            "assistant.models.downloads",
            "assistant.documents.loaders",
            "assistant.gui.models.model_manager",
            "assistant.gui.settings.settings_dialog",
            "assistant.engine.remote",
            "assistant.server.run",
        )
        for name in names:
            importlib.import_module(name)
        return f"{len(names)} entry modules"

    def core() -> str:
        from assistant.app import build_core

        state["core"] = c = build_core(home)
        return f"home {c.paths.data}"

    def model() -> str:
        from assistant.models.starter import starter_model_path

        path = starter_model_path()
        if path is None:
            raise RuntimeError("the built-in starter model is missing from this copy")
        active = state["core"].models.load_local(str(path))
        facts = active.facts
        from assistant.engine.offload import runs_on

        return (
            f"{active.name}: {facts.architecture}, context {facts.context}, "
            f"{facts.cpu_variant or 'built-in'} kernels, {runs_on(facts)} ({facts.offload})"
        )

    def answer() -> str:
        from assistant.engine.backend import SamplingParams

        c = state["core"]
        cid = c.repo.create_conversation(title="Self-test")
        result = c.chat.send(cid, "Say hello in one short sentence.", SamplingParams(max_tokens=24))
        text = c.repo.message(result.answer_message_id).content
        if result.status != "complete" or not text.strip():
            raise RuntimeError(f"no answer (status {result.status})")
        state["cid"], state["answer"] = cid, text
        return repr(text.strip()[:60])

    def history() -> str:
        from assistant.store.repository import Repository

        c = state["core"]
        repo = Repository(c.paths.database)
        try:
            roles = [(m.role, m.content) for m in repo.all_messages(state["cid"])]
        finally:
            repo.close()
        if roles[-1] != ("assistant", state["answer"]) or roles[-2][0] != "user":
            raise RuntimeError(f"the conversation read back differs: {roles!r}")
        return f"{len(roles)} messages read back from {c.paths.database.name}"

    def window() -> str:
        from PySide6.QtWidgets import QApplication

        from assistant.gui.main_window import MainWindow

        app = QApplication.instance() or QApplication([])
        w = MainWindow(state["core"])
        w.conversations.open(state["cid"])
        w.show()
        app.processEvents()
        pixels = w.grab()
        w.close()
        if pixels.isNull():
            raise RuntimeError("the window did not render")
        return f"rendered {pixels.width()}x{pixels.height()} offscreen"

    ok = True
    for name, fn in (
        ("modules", modules),
        ("core services", core),
        ("load the built-in model", model),
        ("answer a prompt", answer),
        ("history database", history),
        ("window", window),
    ):
        if not step(name, fn):
            ok = False
            break
    if "core" in state:
        state["core"].close()
    verdict = "passed" if ok else "FAILED"
    print(f"self-test {verdict} in {time.monotonic() - start:.1f} s")
    return 0 if ok else 1
