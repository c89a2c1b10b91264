"""Marks the core's strings that the window shows, so that Qt's translation tools
(pyside6-lupdate looks for this name) collect them; the window translates them where it
shows them. The core itself never translates: the command line speaks English."""

# The translation files: resources/translations/FILE_PREFIX_LANG.qm (window and CLI).
FILE_PREFIX = "offline_assistant"


def QT_TR_NOOP(text: str) -> str:
    """``text`` unchanged: a mark for the translation tools."""
    return text
