"""The window's visual language in one place (DESIGN.md explains it): the spacing and type
scales, corner radii, and the colours of both themes. Every colour here meets WCAG AA
against the background it is drawn on (tests/test_gui_contrast.py measures them)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QPalette

# Spacing scale (px): everything is a multiple of 4.
SPACE_1, SPACE_2, SPACE_3, SPACE_4, SPACE_6 = 4, 8, 12, 16, 24
# Corner radii (px): small controls, cards and bubbles, the composer.
RADIUS_SMALL, RADIUS_CARD, RADIUS_COMPOSER = 6, 10, 16
# The conversation's readable column (px), as in a book: ~70 characters a line.
COLUMN = 760


@dataclass(frozen=True)
class Theme:
    """A theme's colours: the palette's roles plus the meanings the palette has no role
    for (a success, a warning, an error, the tint behind code)."""

    base: str  # text fields, the conversation
    text: str
    window: str  # panels, the status bar
    alt: str  # cards, the user's bubbles, table headers
    muted: str  # captions, hints, placeholders
    accent: str  # links, focus, selection, the send button
    on_accent: str  # text on the accent
    border: str  # outlines of fields, chips, cards (3:1 against the window)
    success: str
    warning: str
    error: str
    code_tint: str
    code: dict[str, str]  # token kind → colour, on code_tint


LIGHT = Theme(
    base="#ffffff",
    text="#1f2328",
    window="#f6f7f9",
    alt="#eef1f5",
    muted="#59616b",
    accent="#1a5fd0",
    on_accent="#ffffff",
    border="#868e99",
    success="#1e6b2a",
    warning="#8a5200",
    error="#b3261e",
    code_tint="#f3f4f6",
    code={
        "keyword": "#a626a4",
        "string": "#3b7a3a",
        "comment": "#62666e",
        "number": "#865b00",
        "function": "#2f5fc4",
        "builtin": "#0b6b94",
    },
)
DARK = Theme(
    base="#1e1f22",
    text="#e6e6e6",
    window="#26272b",
    alt="#2f3136",
    muted="#a4abb3",
    accent="#6aa5ff",
    on_accent="#0d1117",
    border="#7a808a",
    success="#6fcf7a",
    warning="#f0b455",
    error="#ff8a80",
    code_tint="#2b2d31",
    code={
        "keyword": "#d291e4",
        "string": "#98c379",
        "comment": "#9aa0aa",
        "number": "#d19a66",
        "function": "#61afef",
        "builtin": "#56b6c2",
    },
)


def theme_of(palette: QPalette) -> Theme:
    """The theme a palette was made from (dark when its base is dark)."""
    return DARK if palette.color(QPalette.ColorRole.Base).lightness() < 128 else LIGHT


def palette_of(t: Theme) -> QPalette:
    """The Qt palette of a theme."""
    p = QPalette()
    R = QPalette.ColorRole
    for role, color in (
        (R.Window, t.window),
        (R.Base, t.base),
        (R.AlternateBase, t.alt),
        (R.Text, t.text),
        (R.WindowText, t.text),
        (R.Button, t.window),
        (R.ButtonText, t.text),
        (R.PlaceholderText, t.muted),
        (R.Highlight, t.accent),
        (R.HighlightedText, t.on_accent),
        (R.Link, t.accent),
        (R.ToolTipBase, t.base),
        (R.ToolTipText, t.text),
    ):
        p.setColor(role, QColor(color))
    return p


def style_sheet(t: Theme) -> str:
    """The app's style sheet: the shapes the palette cannot say (the rounded composer with
    its send button inside, chips, cards, the model bar), each by object name."""
    return f"""
QPushButton {{
    background: {t.window}; color: {t.text}; border: 1px solid {t.border};
    border-radius: {RADIUS_SMALL}px; padding: {SPACE_1}px {SPACE_3}px;
}}
QPushButton:hover {{ background: {t.alt}; }}
QPushButton:pressed {{ background: {t.alt}; border-color: {t.text}; }}
QPushButton:focus {{ border: 2px solid {t.accent}; padding: 3px 11px; }}
QPushButton:disabled {{ color: {t.muted}; }}
QPushButton:flat {{ background: transparent; border: 1px solid transparent; }}
QPushButton:flat:focus {{ border: 2px solid {t.accent}; }}
QLineEdit, QComboBox {{
    background: {t.base}; color: {t.text}; border: 1px solid {t.border};
    border-radius: {RADIUS_SMALL}px; padding: 2px {SPACE_2}px;
}}
QLineEdit:focus, QComboBox:focus {{
    border: 2px solid {t.accent}; padding: 1px 7px;
}}
QFrame#composer {{
    background: {t.base}; border: 1px solid {t.border}; border-radius: {RADIUS_COMPOSER}px;
}}
QFrame#composer QPlainTextEdit {{ background: transparent; border: none; }}
QPushButton#send {{
    background: {t.accent}; color: {t.on_accent}; border: 2px solid {t.accent};
    border-radius: {RADIUS_COMPOSER - 2}px; padding: {SPACE_1}px {SPACE_3}px;
}}
QPushButton#send:focus {{ border: 2px solid {t.text}; padding: {SPACE_1}px {SPACE_3}px; }}
QPushButton#iconButton {{
    background: transparent; border: 1px solid transparent; border-radius: {RADIUS_SMALL}px;
    padding: {SPACE_1}px;
}}
QPushButton#iconButton:hover {{ border: 1px solid {t.border}; }}
QPushButton#iconButton:focus {{ border: 2px solid {t.accent}; padding: 3px; }}
QPushButton#iconButton:checked {{ background: {t.accent}; border-radius: 6px; }}
QComboBox#chip, QToolButton#chip {{
    background: {t.alt}; color: {t.text}; border: 1px solid {t.border};
    border-radius: {RADIUS_CARD}px; padding: 2px {SPACE_3}px 2px {SPACE_3}px;
}}
QComboBox#chip:focus, QToolButton#chip:focus {{ border: 2px solid {t.accent}; }}
QLineEdit#chipField {{
    background: {t.base}; border: 1px solid {t.border}; border-radius: {RADIUS_SMALL}px;
    padding: 1px {SPACE_2}px;
}}
QLineEdit#chipField:focus {{ border: 2px solid {t.accent}; }}
QFrame#card {{
    background: {t.base}; border: 1px solid {t.border}; border-radius: {RADIUS_CARD}px;
}}
QFrame#voiceStrip {{
    background: {t.alt}; border: 1px solid {t.accent}; border-radius: {RADIUS_CARD}px;
}}
QLabel#voiceState {{ font-weight: 600; }}
QWidget#modelBar {{ border-bottom: 1px solid {t.border}; }}
QPushButton#modelPicker {{
    border: 1px solid transparent; border-radius: {RADIUS_SMALL}px; padding: 2px {SPACE_2}px;
    font-weight: 600; background: transparent;
}}
QPushButton#modelPicker:hover {{ border: 1px solid {t.border}; }}
QPushButton#modelPicker:focus {{ border: 2px solid {t.accent}; }}
"""
