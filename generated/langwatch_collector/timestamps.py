"""Epoch milliseconds from the values Python programs have, so nobody multiplies by 1000 by hand."""

from __future__ import annotations

import datetime
import math
import time

from langwatch_collector import models

Moment = datetime.datetime | float | int


def epoch_millis(moment: Moment) -> int:
    """Milliseconds since the epoch from a datetime or from seconds (as `time.time()` gives).

    A naive datetime is read as local time, as `datetime.timestamp()` reads it.
    """
    if isinstance(moment, datetime.datetime):
        seconds = moment.timestamp()
    elif isinstance(moment, (int, float)) and not isinstance(moment, bool):
        if (isinstance(moment, float) and not math.isfinite(moment)) or moment <= -1e11:
            raise ValueError("not a usable time (infinite, NaN or long before 1970): pass seconds or a datetime")
        if moment >= 1e11:
            raise ValueError(f"{moment} looks like milliseconds already: pass seconds (time.time()) or a datetime")
        seconds = float(moment)
    else:
        raise TypeError(f"expected a datetime or seconds since the epoch, got {type(moment).__name__}")
    return round(seconds * 1000)


def now_millis() -> int:
    return time.time_ns() // 1_000_000


def span_timestamps(
    started_at: Moment,
    finished_at: Moment,
    *,
    first_token_at: Moment | None = None,
) -> models.SpanTimestamps:
    """SpanTimestamps from datetimes or `time.time()` values."""
    return models.SpanTimestamps(
        started_at=epoch_millis(started_at),
        finished_at=epoch_millis(finished_at),
        first_token_at=None if first_token_at is None else epoch_millis(first_token_at),
    )
