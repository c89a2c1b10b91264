"""The model manager's catalog as cards: each recommended model with its description,
size, whether it fits this computer, and a Download button that turns into the
download's progress in place."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from assistant.gui.look.fit_text import fit_text
from assistant.gui.look.style import SPACE_2, SPACE_3, SPACE_4
from assistant.gui.look.tables import size_text
from assistant.gui.look.tone_label import ToneLabel
from assistant.gui.shared.i18n import tr
from assistant.models.catalog import CatalogEntry
from assistant.models.fit import Fit

FIT_TONE = {"fits": "success", "tight": "warning", "won't fit": "error"}
COLUMNS = 2


class CatalogCard(QFrame):
    """One recommended model."""

    download_requested = Signal(object)  # its CatalogEntry

    def __init__(self, entry: CatalogEntry, fit: Fit, size: float, installed: bool) -> None:
        super().__init__()
        self.entry = entry
        self.setObjectName("card")
        self.setAccessibleName(entry.name)
        self.setAccessibleDescription(tr(entry.description))
        title = QLabel(f"<b>{entry.name}</b>")
        title.setTextFormat(Qt.TextFormat.RichText)
        facts = ToneLabel("muted")
        if entry.kind == "speech":
            facts.setText(tr("Speech recognition · about {size}").format(size=size_text(size)))
        elif entry.kind == "voice":
            facts.setText(tr("Voice · about {size}").format(size=size_text(size)))
        else:
            facts.setText(
                tr("{params}B parameters · about {size}").format(
                    params=f"{entry.params:g}", size=size_text(size)
                )
            )
        self.fit_badge = ToneLabel(FIT_TONE.get(fit.label, "muted"))
        self.fit_badge.setText(fit_text(fit))
        self.fit_badge.setWordWrap(True)
        about = QLabel(tr(entry.description))
        about.setWordWrap(True)
        good = ", ".join(tr(g) for g in entry.good_at)
        if entry.kind == "embedding":
            good += tr(" (embedding model)")
        elif entry.kind == "voice":
            good += f" ({', '.join(entry.languages)})"  # the language it speaks
        strengths = ToneLabel("muted")
        strengths.setText(tr("Good at: {things}").format(things=good))
        strengths.setWordWrap(True)
        self.download = QPushButton(tr("Download"))
        self.download.setAccessibleName(tr("Download {model}").format(model=entry.name))
        self.download.clicked.connect(lambda: self.download_requested.emit(self.entry))
        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.progress.setAccessibleName(tr("Download of {model}").format(model=entry.name))
        self.progress.hide()
        self.state = ToneLabel("success")
        self.state.hide()
        bottom = QHBoxLayout()
        bottom.addWidget(self.download)
        bottom.addWidget(self.progress, 1)
        bottom.addWidget(self.state)
        bottom.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(SPACE_4, SPACE_3, SPACE_4, SPACE_3)
        layout.setSpacing(SPACE_2)
        for w in (title, facts, self.fit_badge, about, strengths):
            layout.addWidget(w)
        layout.addStretch(1)
        layout.addLayout(bottom)
        if installed:
            self.show_state(tr("Installed"), "success")

    def show_state(self, text: str, tone: str) -> None:
        """A finished (or failed) download: its word where the button was."""
        self.progress.hide()
        self.download.setVisible(tone == "error")  # a failed one can be tried again
        self.download.setEnabled(True)
        self.state.set_tone(tone)
        self.state.setText(text)
        self.state.show()

    def show_progress(self, done: int, total: int) -> None:
        self.download.hide()
        self.state.hide()
        self.progress.show()
        self.progress.setValue(int(1000 * done / total) if total else 0)
        self.progress.setFormat(
            tr("{done} of {total}").format(done=size_text(done), total=size_text(total))
        )

    def waiting(self) -> None:
        """Asked the Hub for the file: the button waits."""
        self.download.setEnabled(False)


class CatalogCards(QScrollArea):
    """The cards in a scrolling grid."""

    download_requested = Signal(object)  # a CatalogEntry

    def __init__(self) -> None:
        super().__init__()
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setAccessibleName(tr("Recommended models"))
        self.cards: list[CatalogCard] = []
        self._inner = QWidget()
        self._grid = QGridLayout(self._inner)
        self._grid.setSpacing(SPACE_3)
        self.setWidget(self._inner)

    def add(self, card: CatalogCard) -> None:
        n = len(self.cards)
        self._grid.addWidget(card, n // COLUMNS, n % COLUMNS)
        card.download_requested.connect(self.download_requested)
        self.cards.append(card)

    def card_for(self, entry: CatalogEntry) -> CatalogCard | None:
        return next((c for c in self.cards if c.entry == entry), None)
