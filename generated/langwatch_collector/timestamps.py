"""Epoch milliseconds from the values Python programs have, so nobody multiplies by 1000 by hand.

Also the one home of the seconds-versus-milliseconds heuristic: which unit a number looks like
(`apparent_unit`) and what to say about a timestamp the server refuses (`epoch_millis_problem`),
used by the validator, the server's reading, `upgrade` and `epoch_millis` alike.
"""

from __future__ import annotations

import datetime
import math
import time
from typing import Any

from langwatch_collector import javascript, models

Moment = datetime.datetime | float | int

# The server takes a timestamp when JavaScript writes it with exactly 13 characters (0 aside).
# Among whole positive numbers those are 10**12 to 10**13 - 1: epoch milliseconds from
# 2001-09-09T01:46:40Z to 2286-11-20T17:46:40Z. A number names one of those instants in another
# unit when it lies in the same window scaled by that unit: 10 digits are seconds, 16 digits
# microseconds, 19 digits nanoseconds. Outside its window, converting a number would not give
# one the server takes either, so no unit is guessed for it.
MILLIS_LOW, MILLIS_HIGH = 10**12, 10**13
_SCALES = {"milliseconds": 1, "seconds": 10**-3, "microseconds": 10**3, "nanoseconds": 10**6}
_FIXES = {"seconds": "multiply by 1000", "microseconds": "divide by 1000", "nanoseconds": "divide by 1000000"}
# Seconds further than this from 1970 (about 3,000 years) are a mistake, not a time.
_USABLE_SECONDS = 1e11


def apparent_unit(value: Any) -> str | None:
    """The unit in which `value` names an instant the server accepts (2001 to 2286), else None:
    "milliseconds", "seconds", "microseconds" or "nanoseconds"."""
    if not isinstance(value, (int, float)) or isinstance(value, bool):
        return None
    for unit, scale in _SCALES.items():
        if MILLIS_LOW * scale <= value < MILLIS_HIGH * scale:
            return unit
    return None


def epoch_millis_problem(value: Any) -> str:
    """Why the server refuses `value` as a timestamp, with the conversion when its unit is plain."""
    unit = apparent_unit(value)
    hint = f" — looks like {unit}: {_FIXES[unit]}" if unit in _FIXES else ""
    return f"must be epoch milliseconds, written with 13 characters, got {javascript.string_of(value)}{hint}"


def epoch_millis(moment: Moment) -> int:
    """Milliseconds since the epoch from a datetime or from seconds (as `time.time()` gives).

    A naive datetime is read as local time, as `datetime.timestamp()` reads it.
    """
    if isinstance(moment, datetime.datetime):
        seconds = moment.timestamp()
    elif isinstance(moment, (int, float)) and not isinstance(moment, bool):
        unit = apparent_unit(moment)
        if unit not in (None, "seconds"):
            raise ValueError(f"{moment} looks like {unit} already: pass seconds (time.time()) or a datetime")
        if (isinstance(moment, float) and not math.isfinite(moment)) or abs(moment) >= _USABLE_SECONDS:
            raise ValueError(
                "not a usable time (infinite, NaN or thousands of years from 1970): pass seconds or a datetime"
            )
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
