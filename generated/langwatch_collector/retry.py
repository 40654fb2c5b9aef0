"""When to retry, and how long to wait.

urllib3's `Retry` cannot express this policy: it never retries a POST after the request was
sent (read errors, timeouts), it cannot tell a transient 429 from a terminal one (the body
decides), it reads Retry-After only as whole seconds or a date and only on 413/429/503, and
it has no total time budget. So the pool runs with retries off and the client's loop uses
this policy; urllib3 still parses the HTTP-date form of Retry-After.
"""

from __future__ import annotations

import math
import random
import re
from collections.abc import Mapping

import attrs
from urllib3.exceptions import InvalidHeader
from urllib3.util.retry import Retry

_DATE_PARSER = Retry(total=0, retry_after_max=24 * 3600)
_PLAIN_NUMBER = re.compile(r"\s*[0-9]+(?:\.[0-9]+)?\s*", re.ASCII)


@attrs.frozen(kw_only=True)
class RetryPolicy:
    """How many times and how patiently to retry.

    `budget` bounds one request in seconds, every attempt and wait included; each attempt's
    timeout is cut to what is left of it. Waits use full jitter, U(0, min(cap, base·2^n)),
    unless the server asked for a wait with Retry-After, which is honoured up to
    `max_retry_after` seconds (a longer one is not waited for: the error is raised).
    """

    max_retries: int = 2
    backoff_base: float = 0.5
    backoff_max: float = 8.0
    max_retry_after: float = 60.0
    budget: float = 60.0

    def __attrs_post_init__(self) -> None:
        for name in ("max_retries", "backoff_base", "backoff_max", "max_retry_after", "budget"):
            if getattr(self, name) < 0:
                raise ValueError(f"{name} must not be negative")

    def backoff(self, retry_number: int, rng: random.Random) -> float:
        return rng.uniform(0, min(self.backoff_max, self.backoff_base * 2**retry_number))


def retry_after_seconds(headers: Mapping[str, str]) -> float | None:
    """The wait a server asked for: `retry-after-ms`, then `Retry-After` as seconds or a date.

    A value that is not a plain non-negative number (or, for `Retry-After`, an HTTP date) is
    treated as absent, so the normal backoff applies: `nan`, `inf`, `-1`, `1e3`, `1_0`, garbage.
    """
    milliseconds = _plain_number(headers.get("retry-after-ms"))
    if milliseconds is not None:
        return milliseconds / 1000
    value = headers.get("retry-after")
    if value is None:
        return None
    seconds = _plain_number(value)
    if seconds is not None:
        return seconds
    try:
        return _DATE_PARSER.parse_retry_after(value)
    except (InvalidHeader, ValueError, OverflowError):  # not a date, or a year Python cannot hold
        return None


def _plain_number(value: str | None) -> float | None:
    """A non-negative decimal written in ASCII digits, finite; None for anything else."""
    if value is None or not _PLAIN_NUMBER.fullmatch(value):
        return None
    number = float(value)
    return number if math.isfinite(number) else None  # thousands of digits overflow to inf
