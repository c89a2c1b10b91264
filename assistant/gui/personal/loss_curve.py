"""The teaching window's chart: training loss as a line over the epochs, the held-out
loss as points (before teaching, after each epoch), drawn in the theme's colours."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from assistant.gui.shared.i18n import tr


class LossCurve(QWidget):
    """``set_curve(points, before, epochs)``: points are [x in epochs, train loss,
    held-out loss or None]; ``before`` the held-out loss before teaching."""

    def __init__(self) -> None:
        super().__init__()
        self.points: list[list[Any]] = []
        self.before: float | None = None
        self.epochs = 1
        self.setMinimumSize(420, 200)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(tr("Loss curve"))

    def set_curve(self, points: list[list[Any]], before: float | None, epochs: int) -> None:
        self.points, self.before, self.epochs = points, before, max(1, epochs)
        held = [p[2] for p in points if p[2] is not None]
        if points:  # what a screen reader says about the chart
            text = tr("training loss {loss:.2f}").format(loss=points[-1][1])
            if held:
                text += ", " + tr("held-out loss {loss:.2f}").format(loss=held[-1])
            self.setAccessibleDescription(text)
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        text, mid = pal.color(QPalette.ColorRole.Text), pal.color(QPalette.ColorRole.Mid)
        accent = pal.color(QPalette.ColorRole.Highlight)
        fm = self.fontMetrics()
        area = QRectF(self.rect()).adjusted(
            fm.horizontalAdvance("00.0") + 12, 8, -12, -fm.height() - 10
        )
        values = [pt[1] for pt in self.points] + [pt[2] for pt in self.points if pt[2] is not None]
        if self.before is not None:
            values.append(self.before)
        p.setPen(QPen(mid, 1))
        p.drawRect(area)
        if not values:
            p.setPen(text)
            p.drawText(area, Qt.AlignmentFlag.AlignCenter, tr("The curve appears as it learns."))
            return
        low, high = min(values), max(values)
        if high - low < 1e-6:
            low, high = low - 0.5, high + 0.5
        pad = (high - low) * 0.08
        low, high = low - pad, high + pad

        def at(x: float, y: float) -> QPointF:
            return QPointF(
                area.left() + area.width() * x / self.epochs,
                area.bottom() - area.height() * (y - low) / (high - low),
            )

        p.setPen(text)
        for y in (low + pad, high - pad):
            pos = at(0, y)
            p.drawText(QPointF(2, pos.y() + fm.ascent() / 2), f"{y:.1f}")
        for e in range(self.epochs + 1):
            pos = at(e, low)
            label = str(e)
            p.drawText(
                QPointF(pos.x() - fm.horizontalAdvance(label) / 2, area.bottom() + fm.height() + 4),
                label,
            )
        if self.points:
            path = QPainterPath(at(self.points[0][0], self.points[0][1]))
            for x, y, _held in self.points[1:]:
                path.lineTo(at(x, y))
            p.setPen(QPen(accent, 2))
            p.drawPath(path)
        held = [(0.0, self.before)] if self.before is not None else []
        held += [(pt[0], pt[2]) for pt in self.points if pt[2] is not None]
        p.setPen(QPen(text, 1))
        p.setBrush(QColor(text))
        for x, y in held:
            p.drawEllipse(at(x, y), 4, 4)
        # The legend, top right: each name in its mark's colour.
        training, held_out = "— " + tr("training loss"), "   ● " + tr("held-out loss")
        x = area.right() - fm.horizontalAdvance(training + held_out) - 6
        y = area.top() + fm.height()
        p.setPen(QPen(accent, 1))
        p.drawText(QPointF(x, y), training)
        p.setPen(QPen(text, 1))
        p.drawText(QPointF(x + fm.horizontalAdvance(training), y), held_out)
