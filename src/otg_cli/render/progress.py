"""A progress bar for slow cold loads, on stderr and only on a terminal."""

from __future__ import annotations

from typing import Any


class SlowLoadProgress:
    """A progress bar on stderr for a cold load that is taking more than a second.

    Only on a terminal: a script reading stderr sees nothing. Rich is imported only if the bar is
    actually shown.
    """

    DELAY = 1.0

    def __init__(self) -> None:
        import time

        self._clock = time.monotonic
        self._started = self._clock()
        self._bar: Any = None
        self._task: Any = None

    def __call__(self, done: int, total: int) -> None:
        if self._bar is None:
            if self._clock() - self._started < self.DELAY or done >= total:
                return
            from rich.console import Console
            from rich.progress import Progress

            self._bar = Progress(console=Console(stderr=True), transient=True)
            self._bar.start()
            self._task = self._bar.add_task("Reading fact files", total=total)
        self._bar.update(self._task, completed=done)
        if done >= total:
            self._bar.stop()
