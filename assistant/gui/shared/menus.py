"""A menu bar from a table: the window says which menus hold which commands."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMenuBar

# (label, shortcut or None, handler); None in the list is a separator.
Shortcut = QKeySequence.StandardKey | str | None
Command = tuple[str, Shortcut, Callable[[], object]]
MenuSpec = QMenu | Sequence[Command | None]


def fill_menu_bar(bar: QMenuBar, menus: dict[str, MenuSpec]) -> dict[str, QMenu]:
    """Add each menu in order: a ready QMenu as is, a list of commands as a new menu."""
    out: dict[str, QMenu] = {}
    for title, spec in menus.items():
        if isinstance(spec, QMenu):
            bar.addMenu(spec)
            out[title] = spec
            continue
        menu = bar.addMenu(title)
        for command in spec:
            if command is None:
                menu.addSeparator()
            else:
                add_command(menu, *command)
        out[title] = menu
    return out


def add_command(
    menu: QMenu,
    label: str,
    shortcut: QKeySequence.StandardKey | str | None,
    handler: Callable[[], object],
) -> QAction:
    act: QAction = menu.addAction(label)
    if shortcut is not None:
        act.setShortcut(QKeySequence(shortcut))
    act.triggered.connect(handler)
    return act
