"""The composer's Adapters chip: which LoRA adapters this chat's answers use, and how
strongly (each chat keeps its choice; until it makes one, its preset's or the model's
applies). Shown once an adapter for the loaded model is installed."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QActionGroup
from PySide6.QtWidgets import QFileDialog, QMenu, QToolButton, QWidget

from assistant.ground.adapter_choice import Pick, parse, text_of
from assistant.ground.errors import UserError
from assistant.ground.translatable import QT_TR_NOOP
from assistant.gui.look.icons import set_icon
from assistant.gui.shared.i18n import tr
from assistant.personal.adapters import Adapter, chosen

if TYPE_CHECKING:
    from assistant.app import Core
    from assistant.gui.chat.composer import Composer
    from assistant.gui.chat.conversations import Conversations

# The strengths offered in the menu (any other is written in Settings or a preset).
SCALES = (
    (0.0, QT_TR_NOOP("Off")),
    (0.5, QT_TR_NOOP("Half strength")),
    (1.0, QT_TR_NOOP("Full strength")),
    (1.5, QT_TR_NOOP("Stronger")),
)


class AdaptersPicker(QObject):
    """Owns the chip and its menu; the choice is stored in the chat's settings."""

    failed = Signal(str)  # an adapter file refused, for the window's banner

    def __init__(
        self,
        core: Core,
        composer: Composer,
        conversations: Conversations,
        parent: QWidget,
        after: QWidget,
    ) -> None:
        """``after``: the control before the chip in Tab order."""
        super().__init__(parent)
        self.core, self.conversations, self.parent_widget = core, conversations, parent
        self.button = QToolButton()
        self.button.setObjectName("chip")
        self.button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        set_icon(self.button, "adapters")
        self.button.setAccessibleName(tr("Adapters"))
        self.button.setToolTip(tr("LoRA adapters that change how the model writes in this chat"))
        self.menu = QMenu(self.button)
        self.button.setMenu(self.menu)
        self.menu.aboutToShow.connect(self._fill)
        composer.top_row.insertWidget(4, self.button)
        QWidget.setTabOrder(after, self.button)
        QWidget.setTabOrder(self.button, composer.edit)
        self.fitting: list[Adapter] = []
        conversations.opened.connect(self.refresh)
        conversations.created.connect(self._keep)
        self._pending: str | None = None  # chosen before the chat exists
        self.refresh()

    # -- the choice ------------------------------------------------------------------------

    def _chat_params(self) -> dict[str, object]:
        cid = self.conversations.current
        return self.core.repo.conversation(cid).params_dict if cid is not None else {}

    def own_choice(self) -> str | None:
        """The chat's own choice (None: it follows its preset or the model)."""
        if self._pending is not None and self.conversations.current is None:
            return self._pending
        params = self._chat_params()
        return str(params.get("adapters") or "") if "adapters" in params else None

    def in_force(self) -> tuple[Pick, ...]:
        """What the next answer uses."""
        own = self.own_choice()
        if own is not None:
            return parse(own)
        try:
            return parse(chosen({}, "", self.core.models.own_settings().adapters))
        except UserError:
            return ()

    def choose(self, text: str | None) -> None:
        """Make ``text`` ("name@0.5, other"; None: follow the model) the chat's choice."""
        cid = self.conversations.current
        if cid is None:
            self._pending = text
        else:
            params = dict(self._chat_params())
            if text is None:
                params.pop("adapters", None)
            else:
                params["adapters"] = text
            self.core.repo.set_conversation_settings(cid, params=params)
        self._show()

    def set_scale(self, name: str, scale: float) -> None:
        picks = [p for p in self.in_force() if p.name.lower() != name.lower()]
        if scale:
            picks.append(Pick(name, scale))
        self.choose(text_of(tuple(picks)))

    def _keep(self, cid: int) -> None:
        """A new chat keeps what was chosen before its first message."""
        if self._pending is not None:
            text, self._pending = self._pending, None
            params = self.core.repo.conversation(cid).params_dict
            self.core.repo.set_conversation_settings(cid, params={**params, "adapters": text})

    # -- the chip and its menu -------------------------------------------------------------

    def refresh(self) -> None:
        """The adapters that fit the loaded model; the chip shows once there is one."""
        active = self.core.models.active
        self.fitting = []
        if active is not None and active.local is not None:
            self.fitting = self.core.adapters.fitting(active.local.path)
        if self.conversations.current is not None:
            self._pending = None
        self.button.setVisible(bool(self.fitting))
        self._show()

    def _show(self) -> None:
        picks = self.in_force()
        if not picks:
            self.button.setText(tr("Adapters"))
            self.button.setAccessibleDescription(tr("No adapter: the model as it is"))
            return
        text = " + ".join(str(p) for p in picks)
        self.button.setText(tr("Adapter: {names}").format(names=text))
        self.button.setAccessibleDescription(
            tr("Answers are written with {names}").format(names=text)
        )

    def _fill(self) -> None:
        menu = self.menu
        menu.clear()
        follow = menu.addAction(tr("As the model's settings say"))
        follow.setCheckable(True)
        follow.setChecked(self.own_choice() is None)
        follow.triggered.connect(lambda: self.choose(None))
        bare = menu.addAction(tr("No adapter in this chat"))
        bare.setCheckable(True)
        bare.setChecked(self.own_choice() == "")
        bare.triggered.connect(lambda: self.choose(""))
        scales = {p.name.lower(): p.scale for p in self.in_force()}
        for adapter in self.fitting:
            sub = menu.addMenu(adapter.name)
            sub.setToolTipsVisible(True)
            sub.menuAction().setToolTip(adapter.describe())
            group = QActionGroup(sub)
            now = scales.get(adapter.name.lower(), 0.0)
            for scale, label in SCALES:
                act = sub.addAction(tr(label))
                act.setCheckable(True)
                act.setChecked(abs(now - scale) < 1e-6)
                group.addAction(act)
                act.triggered.connect(lambda _=False, n=adapter.name, s=scale: self.set_scale(n, s))
        menu.addSeparator()
        menu.addAction(tr("Add an adapter file…"), self._add_file)

    def _add_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self.parent_widget, tr("Add a LoRA adapter"), "", tr("GGUF adapters (*.gguf)")
        )
        if name:
            self.add_file(Path(name))

    def add_file(self, path: Path) -> None:
        """Copy an adapter into the models folder; a file that is not one is refused."""
        from assistant.models.kinds import model_kind

        try:
            if model_kind(path) != "adapter":
                raise UserError(
                    tr("{name} is not a LoRA adapter (a GGUF whose type is adapter).").format(
                        name=path.name
                    )
                )
            self.core.library.import_file(path)
        except UserError as exc:
            self.failed.emit(str(exc))
            return
        self.refresh()
