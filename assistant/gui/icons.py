"""Icons from qtawesome (Material Design Icons), with a theme fallback."""

from __future__ import annotations

import logging

from PySide6.QtGui import QIcon

_NAMES = {
    "send": "mdi6.send",
    "stop": "mdi6.stop-circle-outline",
    "attach": "mdi6.paperclip",
    "new": "mdi6.square-edit-outline",
    "model": "mdi6.chip",
    "offline": "mdi6.shield-check",
    "search": "mdi6.magnify",
    "settings": "mdi6.cog-outline",
    "download": "mdi6.download",
}


def icon(name: str) -> QIcon:
    try:
        import qtawesome  # type: ignore[import-untyped]

        result: QIcon = qtawesome.icon(_NAMES[name])
        return result
    except Exception:  # qtawesome missing or font not loadable: plain buttons still work
        logging.getLogger(__name__).warning("icon %s unavailable", name, exc_info=True)
        return QIcon()
