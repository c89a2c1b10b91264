"""Icons follow the theme: drawn in the palette's text colour, they keep a WCAG contrast
of at least 3:1 (non-text UI) against the window in the light and the dark theme, also
after the theme changes while the window is open."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtGui import QColor, QIcon, QPalette
from PySide6.QtWidgets import QApplication

from assistant.gui.look.icons import _NAMES, icon
from assistant.gui.look.theme import apply_theme
from tests.gui_window import shot


def luminance(c: QColor) -> float:
    def channel(v: float) -> float:
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF())


def contrast(a: QColor, b: QColor) -> float:
    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def ink(i: QIcon) -> QColor:
    """The colour an icon is drawn in: the mean of its opaque pixels."""
    image = i.pixmap(32, 32).toImage()
    r = g = b = n = 0
    for y in range(image.height()):
        for x in range(image.width()):
            c = image.pixelColor(x, y)
            if c.alpha() > 200:
                r, g, b, n = r + c.red(), g + c.green(), b + c.blue(), n + 1
    assert n > 20, "the icon drew nothing"
    return QColor(r // n, g // n, b // n)


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_every_icon_stands_out_in_both_themes(qtbot: Any, theme: str) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_theme(app, theme)
    try:
        palette = app.palette()
        for name in _NAMES:
            color = ink(icon(name))
            for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Button):
                ratio = contrast(color, palette.color(role))
                assert ratio >= 3.0, (theme, name, role, ratio)
    finally:
        apply_theme(app, "light")


def backdrop(button: Any) -> QColor:
    """What a button's icon is drawn on: the accent for the filled send button, else the
    window."""
    role = (
        QPalette.ColorRole.Highlight if button.property("onAccent") else QPalette.ColorRole.Window
    )
    return QApplication.palette().color(role)


def test_icons_are_redrawn_when_the_theme_changes(fake_window: Any, qtbot: Any) -> None:
    w = fake_window
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    buttons = [w.sidebar.new_button, w.composer.attach, w.composer.send, w.collections.picker]
    try:
        apply_theme(app, "dark")
        for b in buttons:
            assert contrast(ink(b.icon()), backdrop(b)) >= 3.0, b.accessibleName()
        qtbot.wait(100)  # the palette change reaches every widget
        shot(w, "window-dark-icons")
    finally:
        apply_theme(app, "light")
    for b in buttons:
        assert contrast(ink(b.icon()), backdrop(b)) >= 3.0, b.accessibleName()


AA_TEXT = 4.5  # WCAG 2.x AA for body text


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_text_colours_in_use_meet_wcag_aa(fake_window: Any, qtbot: Any, theme: str) -> None:
    """The colours the window draws text in, read from the widgets and documents that use
    them, against the backgrounds they are drawn on."""
    import re

    from PySide6.QtGui import QTextDocument

    from assistant.gui.chat.code_blocks import CodeHighlighter
    from assistant.gui.chat.empty_state import empty_chat_html
    from assistant.gui.look.style import theme_of

    w = fake_window
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    R = QPalette.ColorRole
    apply_theme(app, theme)
    try:
        qtbot.wait(50)
        p = app.palette()
        pairs: list[tuple[str, QColor, QColor]] = []
        for fg in (R.Text, R.PlaceholderText, R.Link):
            for bg in (R.Base, R.Window, R.AlternateBase):
                pairs.append((f"{fg.name} on {bg.name}", p.color(fg), p.color(bg)))
        pairs.append(("selection", p.color(R.HighlightedText), p.color(R.Highlight)))
        pairs.append(("buttons", p.color(R.ButtonText), p.color(R.Button)))
        # The status bar's badge, in both of its states, on the window.
        badge = w.status.offline_badge
        for endpoint in (None, "http://10.0.0.2:8080/v1"):
            w.status.set_network(endpoint)
            pairs.append((f"badge {badge.text()}", badge.color(), p.color(R.Window)))
        w.status.set_network(None)
        pairs.append(("an answer that failed", QColor(theme_of(p).error), p.color(R.Base)))
        # Code in answers: each token colour the highlighter uses, on its tint.
        doc = QTextDocument()
        doc.setMarkdown("```python\ndef f(x):  # note\n    return len('a') + 1\n```\n")
        highlighter = CodeHighlighter(doc, theme == "dark")
        tint = doc.begin().blockFormat().background().color()
        for token, fmt in highlighter.formats.items():
            pairs.append((f"code {token}", fmt.foreground().color(), tint))
        # The empty state's HTML: its greyed lines on the window, card text on the cards.
        html = empty_chat_html(w.active)
        for colour in set(re.findall(r"(?<![-\w])color:(#[0-9a-f]{6})", html)):
            pairs.append((f"empty state {colour}", QColor(colour), p.color(R.Window)))
            pairs.append((f"empty state card {colour}", QColor(colour), p.color(R.AlternateBase)))
        failing = [
            f"{name}: {contrast(fg, bg):.2f} ({fg.name()} on {bg.name()})"
            for name, fg, bg in pairs
            if contrast(fg, bg) < AA_TEXT
        ]
        assert failing == [], theme + ":\n" + "\n".join(failing)
    finally:
        apply_theme(app, "light")
