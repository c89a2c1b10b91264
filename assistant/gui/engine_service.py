"""Adapts the engine and chat service to Qt signals; all engine work runs in a worker
thread so the window never waits on the model."""

from __future__ import annotations

import logging
import time
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal, Slot

from assistant.app import Core
from assistant.chat import TurnResult
from assistant.engine.backend import SamplingParams
from assistant.errors import Cancelled, EngineCrashed, UserError

log = logging.getLogger(__name__)

# Text reaches the view at most this often; the view never repaints per token.
BATCH_SECONDS = 0.04


class _Worker(QObject):
    loaded = Signal(object, object)  # LocalModel, ModelFacts
    load_failed = Signal(str)
    text = Signal(str)
    turn_done = Signal(object)  # TurnResult
    turn_failed = Signal(str, bool)  # message, engine crashed
    summary_progress = Signal(str, int, int)  # stage, done, total
    summary_done = Signal(int, bool)  # conversation id, complete

    def __init__(self, core: Core) -> None:
        super().__init__()
        self.core = core
        self.summarizer: Any = None

    @Slot(str)
    def load(self, name: str) -> None:
        try:
            if self.core.remote(name) is not None:
                from pathlib import Path

                from assistant.models.library import LocalModel

                facts = self.core.use(name)
                # A remote model is known by its name; conversations record that name.
                model = LocalModel(name, Path(name), 0)
            else:
                model, facts = self.core.load_model(name or None)
                self.core.use_local()
        except UserError as exc:
            self.load_failed.emit(str(exc))
            return
        except Cancelled:
            kept = "; the previous model is still in use" if self.core.engine.facts else ""
            self.load_failed.emit(f"Loading the model was cancelled{kept}.")
            return
        except Exception:
            log.exception("model load failed")
            self.load_failed.emit("The model could not be loaded (details in the log).")
            return
        self.loaded.emit(model, facts)

    def _failed(self, exc: Exception, bug_message: str) -> None:
        """A user error or a crashed engine is said as is; a bug is logged with its trace."""
        if isinstance(exc, UserError):
            self.turn_failed.emit(str(exc), isinstance(exc, EngineCrashed))
        else:
            log.error("engine worker failed", exc_info=exc)
            self.turn_failed.emit(bug_message, False)

    @Slot(str, str, str)
    def summarize(self, path: str, preset_id: str, length: str) -> None:
        from pathlib import Path

        from assistant.documents import summarize_file
        from assistant.presets import PresetLibrary

        try:
            preset = PresetLibrary(self.core.paths.user_presets).get(preset_id)
            cid, result = summarize_file(
                self.core.engine,
                self.core.repo,
                Path(path),
                preset,
                length,
                on_progress=lambda p: self.summary_progress.emit(p.stage, p.done, p.total),
                summarizer_ready=lambda s: setattr(self, "summarizer", s),
            )
        except Exception as exc:
            self._failed(exc, "The summary failed (details in the log).")
            return
        finally:
            self.summarizer = None
        self.summary_done.emit(cid, result.complete)

    @Slot(str, object)
    def run(self, kind: str, args: Any) -> None:
        pending: list[str] = []
        last = [time.monotonic()]

        def on_text(piece: str) -> None:
            pending.append(piece)
            now = time.monotonic()
            if now - last[0] >= BATCH_SECONDS:
                self.text.emit("".join(pending))
                pending.clear()
                last[0] = now

        chat = self.core.chat
        try:
            if kind == "send":
                cid, text, params, preset = args
                result: TurnResult = chat.send(cid, text, params, on_text, preset)
            elif kind == "regenerate":
                answer_id, params = args
                result = chat.regenerate(answer_id, params, on_text)
            else:
                user_id, text, params = args
                result = chat.edit_and_resend(user_id, text, params, on_text)
        except Exception as exc:
            self._failed(exc, "Something went wrong (details in the log).")
            return
        finally:
            if pending:
                self.text.emit("".join(pending))
        self.turn_done.emit(result)


class EngineService(QObject):
    """The window's handle on the model: load, send, regenerate, edit, stop."""

    model_loading = Signal(str)
    model_loaded = Signal(object, object)
    model_failed = Signal(str)
    text = Signal(str)
    turn_started = Signal()
    turn_done = Signal(object)
    turn_failed = Signal(str, bool)
    summary_progress = Signal(str, int, int)
    summary_done = Signal(int, bool)
    _load = Signal(str)
    _run = Signal(str, object)
    _summarize = Signal(str, str, str)

    def __init__(self, core: Core) -> None:
        super().__init__()
        self.core = core
        self.busy = False
        self._thread = QThread()
        self._thread.setObjectName("engine-service")
        self._worker = _Worker(core)
        self._worker.moveToThread(self._thread)
        self._load.connect(self._worker.load)
        self._run.connect(self._worker.run)
        self._summarize.connect(self._worker.summarize)
        self._worker.summary_progress.connect(self.summary_progress)
        self._worker.summary_done.connect(self._summary_finished)
        self._worker.loaded.connect(self.model_loaded)
        self._worker.load_failed.connect(self.model_failed)
        self._worker.text.connect(self.text)
        self._worker.turn_done.connect(self._finished)
        self._worker.turn_failed.connect(self._failed)
        self._thread.start()

    def load(self, name: str = "") -> None:
        self.model_loading.emit(name)
        self._load.emit(name)

    def cancel_load(self) -> None:
        """Stop a model load in progress; the previous model stays loaded."""
        self.core.engine.cancel()

    def _start(self, kind: str, args: Any) -> None:
        self.busy = True
        self.turn_started.emit()
        self._run.emit(kind, args)

    def send(self, cid: int, text: str, params: SamplingParams, preset: str | None) -> None:
        self._start("send", (cid, text, params, preset))

    def regenerate(self, answer_id: int, params: SamplingParams) -> None:
        self._start("regenerate", (answer_id, params))

    def edit(self, user_id: int, text: str, params: SamplingParams) -> None:
        self._start("edit", (user_id, text, params))

    def summarize(self, path: str, preset_id: str = "summarize", length: str = "medium") -> None:
        self.busy = True
        self.turn_started.emit()
        self._summarize.emit(path, preset_id, length)

    def stop(self) -> None:
        # Direct calls, not queued: the worker is busy. Both only set flags.
        summarizer = self._worker.summarizer
        if summarizer is not None:
            summarizer.cancel()
        self.core.engine.cancel()
        if self.core.chat.engine is not self.core.engine:
            self.core.chat.engine.cancel()

    def _summary_finished(self, cid: int, complete: bool) -> None:
        self.busy = False
        self.summary_done.emit(cid, complete)

    def _finished(self, result: TurnResult) -> None:
        self.busy = False
        self.turn_done.emit(result)

    def _failed(self, message: str, crashed: bool) -> None:
        self.busy = False
        self.turn_failed.emit(message, crashed)

    def shutdown(self) -> None:
        self.stop()
        self._thread.quit()
        self._thread.wait(10_000)
