"""Automatic logoff (HIPAA 164.312(a)(2)(iii)): lock after a stretch without keyboard or mouse input."""

from __future__ import annotations

from PySide6.QtCore import QElapsedTimer, QEvent, QObject, QTimer, Signal

DEFAULT_MINUTES = 10
MAXIMUM_MINUTES = 15
ACTIVITY = frozenset({QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
                      QEvent.Type.Wheel, QEvent.Type.TouchBegin, QEvent.Type.Shortcut})


class IdleWatcher(QObject):
    """Installed on the application; emits `idle` once the user has been away for the timeout."""

    idle = Signal()

    def __init__(self, parent: QObject, minutes: float = DEFAULT_MINUTES) -> None:
        super().__init__(parent)
        self.timer = QTimer(self, singleShot=True)
        self.timer.timeout.connect(self.idle)
        self._since_restart = QElapsedTimer()
        self.set_minutes(minutes)

    def set_minutes(self, minutes: float) -> None:
        """The clinic may shorten the timeout; it can never be longer than fifteen minutes."""
        bounded = min(max(minutes, 0.001), MAXIMUM_MINUTES)
        self.timer.setInterval(int(bounded * 60_000))

    @property
    def minutes(self) -> float:
        return self.timer.interval() / 60_000

    def start(self) -> None:
        self._since_restart.start()
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        # Restarting a timer on every mouse move is wasteful; once every 250 ms is plenty.
        if event.type() in ACTIVITY and self.timer.isActive() and self._since_restart.elapsed() > 250:
            self._since_restart.restart()
            self.timer.start()
        return False
