"""Documents in the real window (real chat model, real embedding model, offscreen):
create a collection, add a folder and drop a file, watch it index, pick it by the
composer, ask, see the Sources, click one; indexing goes on while the user chats."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QObject, QPoint, QPointF, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices, QDropEvent, QTextDocument
from PySide6.QtWidgets import QFileDialog, QInputDialog, QPushButton

from assistant.documents.grounding import source_label
from assistant.gui.chat.sources import SourceDialog
from assistant.gui.shared.roles import Role
from tests.gui_window import shot
from tests.test_doc_collections import write_corpus


class UrlCatcher(QObject):
    """Stands in for the system's file viewer: Qt hands it the URLs it would open."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[QUrl] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url)


@pytest.fixture
def catcher() -> Any:
    c = UrlCatcher()
    QDesktopServices.setUrlHandler("file", c, "open")
    yield c
    QDesktopServices.unsetUrlHandler("file")


def button(widget: Any, text: str) -> QPushButton:
    return next(b for b in widget.findChildren(QPushButton) if b.text() == text)


def wait_indexed(qtbot: Any, w: Any) -> None:
    qtbot.waitUntil(lambda: not w.collections.indexing, timeout=120_000)


def test_create_index_ask_and_open_a_source(
    window: Any, qtbot: Any, tmp_path: Path, minilm: Path, catcher: Any,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    w = window
    w.core.documents._model_path = minilm
    root = write_corpus(tmp_path / "papers")
    extra = tmp_path / "boiler.txt"
    extra.write_text("The boiler is serviced every October by Hansen Heating.")
    # File → Documents… opens the dialog.
    action = next(a for m in w.menuBar().actions() for a in m.menu().actions()
                  if a.text() == "&Documents…")  # fmt: skip
    action.trigger()
    d = w.collections.dialog
    assert d is not None and d.isVisible()
    shot(d, "documents-empty")
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Household papers", True))
    qtbot.mouseClick(button(d, "New collection…"), Qt.MouseButton.LeftButton)
    assert d.current == "Household papers"
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(root))
    qtbot.mouseClick(button(d, "Add folder…"), Qt.MouseButton.LeftButton)
    assert d.progress_box.isVisible()  # indexing shows its progress at once
    wait_indexed(qtbot, w)
    assert not d.progress_box.isVisible()
    assert "7 new" in d.summary.text()
    statuses = {d.files.item(r, 0).text(): d.files.item(r, 1).text()
                for r in range(d.files.rowCount())}  # fmt: skip
    assert statuses["handbook.pdf"] == "Indexed" and len(statuses) == 7
    # Dropping a file onto the dialog adds it and indexes it.
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(extra))])
    drop = QDropEvent(QPointF(50, 50), Qt.DropAction.CopyAction, mime,
                      Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)  # fmt: skip
    d.dropEvent(drop)  # what Qt calls when a drag from a file manager ends here
    wait_indexed(qtbot, w)
    assert "1 new" in d.summary.text(), d.summary.text()
    assert d.files.rowCount() == 8
    shot(d, "documents-indexed")
    d.close()

    # The composer's Documents button picks the collection for this chat.
    picker = w.collections.picker
    menu_action = next(a for a in picker.menu().actions() if a.text() == "Household papers")
    menu_action.trigger()
    assert picker.choice() == ["Household papers"] and "Household papers" in picker.text()
    # Picked: its vectors are loaded before the question comes.
    qtbot.waitUntil(lambda: "Household papers" in w.core.documents.index._cache, timeout=60_000)
    w.composer.edit.setPlainText("How many days of paid holiday does every employee get?")
    qtbot.mouseClick(w.composer.send, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not w.engine.busy, timeout=120_000)
    qtbot.wait(100)
    cid = w.conversations.current
    assert w.core.repo.conversation(cid).params_dict["documents"] == ["Household papers"]
    answer = w.messages.messages[-1]
    assert answer.role == "assistant" and answer.sources_list
    assert answer.sources_list[0]["name"] == "handbook.pdf"
    shot(w, "documents-answer")

    # A click on the Sources line shows the passage in full; Open file opens it.
    index = w.messages.index(len(w.messages.messages) - 1, 0)
    w.chat.scrollTo(index)

    def clicked_open() -> bool:
        # The view lays the finished answer out again (its height grew): click where
        # the line is now, until the passage shows.
        point = source_line_point(w, index, source_label(answer.sources_list[0]))
        qtbot.mouseClick(w.chat.viewport(), Qt.MouseButton.LeftButton, pos=point)
        return any(x.isVisible() for x in w.findChildren(SourceDialog))

    qtbot.waitUntil(clicked_open, timeout=5_000)
    dialogs = [x for x in w.findChildren(SourceDialog) if x.isVisible()]
    assert len(dialogs) == 1
    sd = dialogs[-1]
    assert sd.passage.toPlainText() == answer.sources_list[0]["text"]
    shot(sd, "documents-source")
    qtbot.mouseClick(sd.open_button, Qt.MouseButton.LeftButton)
    assert [u.toLocalFile() for u in catcher.urls] == [str(root / "handbook.pdf")]
    sd.close()

    # Each chat remembers its collections.
    w.conversations.new_chat()
    assert picker.choice() == []
    w.conversations.open(cid)
    assert picker.choice() == ["Household papers"]


def source_line_point(w: Any, index: Any, name: str) -> QPoint:
    """Where the Sources list names ``name`` in the answer at ``index``, in viewport pixels."""
    from PySide6.QtWidgets import QStyleOptionViewItem

    delegate = w.chatting.delegate
    m = index.data(Role.MESSAGE)
    option = QStyleOptionViewItem()
    option.initFrom(w.chat.viewport())
    option.rect = w.chat.visualRect(index)
    area, width = delegate._geometry(option, m)
    doc = delegate._doc(m, width, option)
    # The last mention: the Sources list ends the answer (the model may name the file too).
    found = doc.find(name, doc.characterCount(), QTextDocument.FindFlag.FindBackward)
    assert not found.isNull()
    rect = doc.documentLayout().blockBoundingRect(found.block())
    start = found.selectionStart() - found.block().position()  # the match's first letter
    line = found.block().layout().lineForTextPosition(start)
    x = line.cursorToX(start)
    x = x[0] if isinstance(x, tuple) else x
    return QPoint(area.x() + int(rect.x() + x) + 4, area.y() + int(rect.y() + line.y()) + 5)


def test_indexing_goes_on_while_the_user_chats(
    window: Any, qtbot: Any, tmp_path: Path, minilm: Path
) -> None:
    w = window
    w.core.documents._model_path = minilm
    root = tmp_path / "notes"
    root.mkdir()
    for i in range(60):
        (root / f"note{i:02}.txt").write_text(
            "\n\n".join(f"Note {i}.{j}: the committee discussed item {i * 100 + j} and agreed "
                        "to revisit it at the next meeting. " * 3 for j in range(30))
        )  # fmt: skip
    w.core.documents.add("notes", [root])
    w.collections.refresh()
    w.collections.sync("notes")
    qtbot.waitUntil(lambda: w.core.documents.index.stats("notes")["indexed"] >= 1, timeout=60_000)
    w.composer.edit.setPlainText("Say hello.")
    qtbot.mouseClick(w.composer.send, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not w.engine.busy, timeout=120_000)
    assert w.messages.messages[-1].status == "complete"
    # The answer did not wait for the whole folder: indexing was still going on.
    assert w.collections.indexing == "notes"
    wait_indexed(qtbot, w)
    assert w.core.documents.index.stats("notes")["indexed"] == 60


@pytest.fixture
def notes_changed_while_closed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A collection indexed in an earlier run of the app, then changed while it was closed
    (one note deleted, one added); the window's first look comes at once."""
    from assistant.app import build_core
    from assistant.gui.documents.collections_controller import CollectionsController

    monkeypatch.setattr(CollectionsController, "START_SYNC_MS", 0)
    root = tmp_path / "notes"
    root.mkdir()
    (root / "boiler.txt").write_text("The boiler is serviced every October by Hansen Heating.")
    (root / "old.txt").write_text("This note is thrown away later.")
    core = build_core()
    core.documents.add("notes", [root])
    assert core.documents.sync("notes").added == 2
    core.close()
    (root / "old.txt").unlink()
    (root / "garden.txt").write_text("Roses are pruned in early spring.")
    return root


def test_collections_are_brought_up_to_date_after_the_start(
    notes_changed_while_closed: Path, window: Any, qtbot: Any
) -> None:
    w = window

    def indexed() -> set[str]:
        files = w.core.documents.index.files("notes").items()
        return {Path(p).name for p, row in files if row.status == "indexed"}

    qtbot.waitUntil(lambda: indexed() == {"boiler.txt", "garden.txt"}, timeout=120_000)
    wait_indexed(qtbot, w)
    assert w.collections._keep_up.isActive()  # and again every ten minutes
    # Looking again when nothing changed is silent; a change is picked up.
    said: list[str] = []
    w.collections.notice.connect(said.append)
    w.collections.failed.connect(said.append)
    w.collections.keep_up()
    wait_indexed(qtbot, w)
    assert said == []
    (notes_changed_while_closed / "garden.txt").write_text("Roses are pruned in March.")
    w.collections.keep_up()
    wait_indexed(qtbot, w)
    hits = w.core.documents.search(["notes"], "when are roses pruned")
    assert "March" in hits[0].passage.text and said == []
