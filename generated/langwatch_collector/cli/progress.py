"""A one-line progress bar for `send` on a terminal: count, bar, rate, time left, failures.

Hand-written rather than taken from tqdm or rich: it is one line of text, and the runtime
dependencies stay attrs, cattrs and urllib3.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TextIO

_BAR_WIDTH = 20
_ERASE_LINE = "\r\x1b[K"


class Progress:
    """Redrawn at most every `interval` seconds, so a fast run does not spend its time drawing."""

    def __init__(
        self, total: int, stream: TextIO, *, clock: Callable[[], float] = time.monotonic, interval: float = 0.1
    ) -> None:
        self.total = total
        self.done = 0
        self.failed = 0
        self._stream = stream
        self._clock = clock
        self._interval = interval
        self._started = clock()
        self._drawn_at: float | None = None  # None: nothing on screen

    def advance(self, *, failed: bool = False) -> None:
        self.done += 1
        self.failed += failed
        now = self._clock()
        if self._drawn_at is None or now - self._drawn_at >= self._interval or self.done == self.total:
            self._stream.write(_ERASE_LINE + self.line(now))
            self._stream.flush()
            self._drawn_at = now

    def line(self, now: float) -> str:
        elapsed = now - self._started
        rate = self.done / elapsed if elapsed > 0 else 0.0
        filled = _BAR_WIDTH * self.done // self.total if self.total else _BAR_WIDTH
        bar = "#" * filled + "-" * (_BAR_WIDTH - filled)
        left = _clock_time((self.total - self.done) / rate) if rate else "?"
        failed = f", {self.failed} failed" if self.failed else ""
        return f"[{bar}] {self.done}/{self.total} traces, {rate:.1f}/s, {left} left{failed}"

    def clear(self) -> None:
        """Erases the line so other output starts on a clean line; the next `advance` redraws it."""
        if self._drawn_at is not None:
            self._stream.write(_ERASE_LINE)
            self._stream.flush()
            self._drawn_at = None

    def finish(self) -> None:
        """Leaves the final count on its own line."""
        self._stream.write(_ERASE_LINE + self.line(self._clock()) + "\n")
        self._stream.flush()
        self._drawn_at = None


def _clock_time(seconds: float) -> str:
    minutes, second = divmod(round(seconds), 60)
    hours, minute = divmod(minutes, 60)
    return f"{hours}:{minute:02d}:{second:02d}" if hours else f"{minute}:{second:02d}"
