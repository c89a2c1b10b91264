"""The window's handle on the model: load, send, regenerate, edit, summarize, stop.

Every operation is a typed method that queues one job on the engine's
:class:`~assistant.gui.shared.background.Worker`, so the window never waits on the model and
the model does one thing at a time."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from assistant.app import Core
from assistant.engine.backend import SamplingParams
from assistant.ground.errors import Cancelled, EngineCrashed
from assistant.ground.settings import RemoteServer
from assistant.gui.shared.background import Job, Worker
from assistant.gui.shared.i18n import tr
from assistant.services.chat import TurnResult
from assistant.services.session import ActiveModel
from assistant.tools.formats import ToolCall
from assistant.tools.loop import Approve, CallEvent, Tool, Toolbox

# Text reaches the view at most this often; the view never repaints per token.
BATCH_SECONDS = 0.04

OnText = Callable[[str], None]
# A turn: (on_text, params, tools or None, on_call or None) -> its result.
ToolAnswer = Callable[
    [OnText, SamplingParams, Toolbox | None, Callable[[CallEvent], None] | None], TurnResult
]


class _TextBatches:
    """Collects streamed pieces on the worker thread; emits them every BATCH_SECONDS."""

    def __init__(self, emit: OnText) -> None:
        self.emit, self.last = emit, time.monotonic()
        self.pending: list[str] = []

    def __call__(self, piece: str) -> None:
        self.pending.append(piece)
        now = time.monotonic()
        if now - self.last >= BATCH_SECONDS:
            self.flush()
            self.last = now

    def flush(self) -> None:
        if self.pending:
            self.emit("".join(self.pending))
            self.pending.clear()


class EngineService(QObject):
    """Loads models and runs turns and summaries off the GUI thread, with signals."""

    model_loading = Signal(str)
    model_loaded = Signal(object)  # ActiveModel
    model_failed = Signal(str)
    text = Signal(str)
    turn_started = Signal()
    turn_done = Signal(object)  # TurnResult
    turn_failed = Signal(str, bool)  # message, the engine crashed
    summary_progress = Signal(str, int, int)  # stage, done, total
    summary_done = Signal(int, bool)  # conversation id, complete
    tool_called = Signal(object)  # CallEvent: a call ran (or was declined) and is stored
    notice = Signal(str)  # e.g. an MCP server that could not start

    def __init__(self, core: Core) -> None:
        super().__init__()
        self.core = core
        self.busy = False
        self.worker = Worker("engine-service", self)
        self._job: Job | None = None
        # Who approves this turn's tool calls (the window's question); without one,
        # calls do not run.
        self.approver: Callable[[Callable[[], bool]], Approve] | None = None

    # -- models ----------------------------------------------------------------------------

    def load(self, name: str = "") -> None:
        """Make ``name`` (a local model, a remote server, or "" for the default) active."""
        self.model_loading.emit(name)
        self.worker.submit(
            lambda _job: self._load(name),
            self.model_loaded.emit,
            self._load_failed,
            bug=tr("The model could not be loaded (details in the log)."),
            name="model load",
        )

    def _load(self, name: str) -> ActiveModel:
        return self.core.models.use(name or None)

    def load_server(self, server: RemoteServer) -> None:
        """Try a remote server the user is adding; it becomes active if it answers."""
        self.model_loading.emit(server.name)
        self.worker.submit(
            lambda _job: self.core.models.use_server(server),
            self.model_loaded.emit,
            self._load_failed,
            bug=tr("The server could not be used (details in the log)."),
            name="remote model",
        )

    def _load_failed(self, message: str, exc: Exception) -> None:
        if isinstance(exc, Cancelled):
            message = (
                tr("Loading the model was cancelled; the previous model is still in use.")
                if self.core.models.active
                else tr("Loading the model was cancelled.")
            )
        self.model_failed.emit(message)

    def cancel_load(self) -> None:
        """Stop a model load in progress; the previous model stays loaded."""
        self.core.models.cancel()

    # -- turns -----------------------------------------------------------------------------

    def send(self, cid: int, text: str, params: SamplingParams, preset: str | None) -> None:
        chat = self.core.chat
        self._tool_turn(
            cid,
            params,
            lambda on_text, p, tools, on_call: chat.send(
                cid, text, p, on_text, preset, tools, on_call
            ),
        )

    def regenerate(self, cid: int, answer_id: int, params: SamplingParams) -> None:
        chat = self.core.chat
        self._tool_turn(
            cid,
            params,
            lambda on_text, p, tools, on_call: chat.regenerate(
                answer_id, p, on_text, tools, on_call
            ),
        )

    def edit(self, cid: int, user_id: int, text: str, params: SamplingParams) -> None:
        chat = self.core.chat
        self._tool_turn(
            cid,
            params,
            lambda on_text, p, tools, on_call: chat.edit_and_resend(
                user_id, text, p, on_text, tools, on_call
            ),
        )

    def _tool_turn(self, cid: int, params: SamplingParams, answer: ToolAnswer) -> None:
        """A turn of chat ``cid`` with its tools, if it has them on."""

        def turn(on_text: OnText, job: Job) -> TurnResult:
            tools = self._toolbox(cid, job)

            def on_call(event: CallEvent) -> None:
                if isinstance(on_text, _TextBatches):  # the text before the call first
                    on_text.flush()
                self.tool_called.emit(event)

            if tools is None:
                return answer(on_text, params, None, None)
            # One call at a time: small models call better so, and the loop goes on.
            return answer(on_text, replace(params, parallel_tool_calls=False), tools, on_call)

        self._turn(turn)

    def _toolbox(self, cid: int, job: Job) -> Toolbox | None:
        """The chat's tools, if it has them on (servers start here, off the window)."""

        def cancelled() -> bool:
            return job.cancelled.is_set()

        def decline(_call: ToolCall, _tool: Tool) -> bool:
            return False

        ask = self.approver(cancelled) if self.approver is not None else decline
        tools, problems = self.core.chat_toolbox(cid, ask, cancelled)
        for problem in problems:
            self.notice.emit(problem)
        return tools

    def _turn(self, turn: Callable[[OnText, Job], TurnResult]) -> None:
        def work(job: Job) -> TurnResult:
            batches = _TextBatches(self.text.emit)  # a queued signal: safe from here
            try:
                return turn(batches, job)
            finally:
                batches.flush()

        self._begin()
        self._job = self.worker.submit(
            work,
            self._turn_done,
            self._failed,
            bug=tr("Something went wrong (details in the log)."),
        )

    # -- summaries -------------------------------------------------------------------------

    def summarize(self, path: str, preset_id: str = "summarize", length: str = "medium") -> None:
        from assistant.presets import PresetLibrary
        from assistant.services.summaries import summarize_file

        def work(job: Job) -> tuple[int, bool]:
            preset = PresetLibrary(self.core.paths.user_presets).get(preset_id)
            cid, result = summarize_file(
                self.core.engine,
                self.core.repo,
                Path(path),
                preset,
                length,
                on_progress=lambda p: self.summary_progress.emit(p.stage, p.done, p.total),
                cancelled=job.cancelled,
            )
            return cid, result.complete

        self._begin()
        self._job = self.worker.submit(
            work,
            self._summary_done,
            self._failed,
            bug=tr("The summary failed (details in the log)."),
        )

    # -- common ----------------------------------------------------------------------------

    def _begin(self) -> None:
        self.busy = True
        self.turn_started.emit()

    def stop(self) -> None:
        """Stop the answer or summary under way (the model stays loaded)."""
        if self._job is not None:
            self._job.cancel()
        self.core.models.cancel()

    def _summary_done(self, outcome: tuple[int, bool]) -> None:
        self.busy, self._job = False, None
        self.summary_done.emit(*outcome)

    def _turn_done(self, result: TurnResult) -> None:
        self.busy, self._job = False, None
        self.turn_done.emit(result)

    def _failed(self, message: str, exc: Exception) -> None:
        self.busy, self._job = False, None
        self.turn_failed.emit(message, isinstance(exc, EngineCrashed))

    def shutdown(self) -> None:
        self.stop()
        self.worker.shutdown()
