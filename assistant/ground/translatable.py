"""Marks strings for Qt's translation tools (pyside6-lupdate looks for the name
QT_TR_NOOP): the core's strings that the window shows, and words the window defines
before its language is loaded. They are translated where they are shown; the core itself
never translates (no Qt here)."""

# The translation files: resources/translations/FILE_PREFIX_LANG.qm (window and CLI).
FILE_PREFIX = "offline_assistant"


def QT_TR_NOOP(text: str) -> str:
    """``text`` unchanged: a mark for the translation tools."""
    return text
