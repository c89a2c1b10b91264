"""Whether a model fits this computer, in the user's language (the core's Fit says it in
English for the command line)."""

from __future__ import annotations

from assistant.gui.shared.i18n import QT_TR_NOOP, tr
from assistant.models.fit import Fit

LABELS = {
    "fits": QT_TR_NOOP("fits"),
    "tight": QT_TR_NOOP("tight"),
    "won't fit": QT_TR_NOOP("won't fit"),
}


def _gib(n: float) -> str:
    return f"{n / 2**30:.1f}"


def fit_text(f: Fit) -> str:
    """ "fits — needs about 1.2 GiB; 10.3 GiB free" """
    m = f.machine
    if m is None:
        return f"{tr(LABELS[f.label])} — {f.reason}"
    need = _gib(f.memory_bytes)
    if f.label == "fits":
        reason = tr("needs about {need} GiB; {free} GiB free").format(
            need=need, free=_gib(m.available_ram)
        )
    elif f.label == "tight":
        reason = tr("needs about {need} GiB; close other apps first").format(need=need)
    else:
        reason = tr("needs about {need} GiB; this computer has {total}").format(
            need=need, total=_gib(m.total_ram)
        )
    if not f.disk_ok:
        reason += tr("; not enough free disk ({free} GiB free)").format(free=_gib(m.free_disk))
    return f"{tr(LABELS[f.label])} — {reason}"
