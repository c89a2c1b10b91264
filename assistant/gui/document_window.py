"""Documents in the window: Attach and drag-and-drop a file to summarize, with progress
above the chat and Esc to stop."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QFileDialog

from assistant.gui.conversation_window import ConversationWindow


class DocumentWindow(ConversationWindow):
    """Summarizing documents; the engine service is attached by MainWindow."""

    _summarizing = ""

    def attach_document(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            "Summarize a document",
            str(Path.home()),
            "Documents (*.txt *.md *.pdf *.docx *.html *.htm)",
        )
        if path:
            self.summarize_document(path)

    def summarize_document(self, path: str) -> None:
        """Summarize a file in the engine worker; progress shows above the chat."""
        if self.facts is None or self.engine.busy:
            self.show_banner("Wait for the model to be ready before summarizing a document.")
            return
        if self.facts.architecture == "remote":
            # The summarizer counts tokens with the model's own tokenizer, on this computer.
            self.show_banner(
                "Documents are summarized by a model on this computer: pick one in the "
                "Models menu first."
            )
            return
        preset = self.composer.preset.id
        preset = preset if preset in ("summarize", "key-points") else "summarize"
        self._summarizing = Path(path).name
        self.show_banner(f"Summarizing {self._summarizing}… (Esc stops)")
        self.engine.summarize(path, preset, self.composer.variables().get("length", "medium"))

    def _summary_progress(self, stage: str, done: int, total: int) -> None:
        what = "summarizing part" if stage == "map" else "combining, step"
        self.show_banner(
            f"{self._summarizing}: {what} {min(done + 1, total)} of {total}… (Esc stops)"
        )

    def _summary_done(self, cid: int, complete: bool) -> None:
        self.composer.set_generating(False)
        self.banner.hide()
        if not complete:
            self.show_banner("Stopped: the summary holds the parts that were finished.")
        self.sidebar_model.refresh()
        self.open_conversation(cid)
        self._select_in_sidebar()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        urls = [u for u in event.mimeData().urls() if u.isLocalFile()]
        if urls:
            self.summarize_document(urls[0].toLocalFile())
            event.acceptProposedAction()
