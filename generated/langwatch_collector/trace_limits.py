"""The server's limits on one request, applied to a trace before any of it is sent.

The numbers are the spec's (the collect operation's `x-limits`), generated into `_generated/limits.py`.
"""

from __future__ import annotations

import logging
import math
import time
from collections.abc import Mapping
from typing import Any

from langwatch_collector import rules
from langwatch_collector._generated.limits import MAX_BODY_BYTES, MAX_EVALUATIONS, MAX_SPANS, SPAN_MAX_AGE_DAYS

__all__ = ["MAX_BODY_BYTES", "MAX_EVALUATIONS", "MAX_SPANS", "SPAN_MAX_AGE_DAYS", "SPAN_MAX_AGE_MS", "over_body_limit"]

SPAN_MAX_AGE_MS = SPAN_MAX_AGE_DAYS * 24 * 3600 * 1000

logger = logging.getLogger("langwatch_collector")


def over_body_limit(size: int) -> str:
    """The words for a body of `size` bytes over the server's limit (read when called: tests lower it)."""
    limit = MAX_BODY_BYTES
    return f"{size:,} bytes, over the server's limit of {limit:,} ({limit / 2**20:g} MiB) for one body"


def split(document: Mapping[str, Any]) -> list[dict[str, Any]]:
    """One request body per MAX_SPANS spans (and per MAX_EVALUATIONS evaluations), all with the
    trace's id.

    Every part carries the trace's metadata and expected output; the evaluations are spread
    over the parts in groups of at most MAX_EVALUATIONS.
    """
    spans: list[Any] = document.get("spans") or []
    evaluations: list[Any] = document.get("evaluations") or []
    parts = max(1, math.ceil(len(spans) / MAX_SPANS), math.ceil(len(evaluations) / MAX_EVALUATIONS))
    if parts == 1:
        return [dict(document)]
    shared = {key: value for key, value in document.items() if key not in ("spans", "evaluations")}
    shared["trace_id"] = rules.trace_id_of(document)
    result = []
    for index in range(parts):
        part = dict(shared)
        span_group = spans[index * MAX_SPANS : (index + 1) * MAX_SPANS]
        evaluation_group = evaluations[index * MAX_EVALUATIONS : (index + 1) * MAX_EVALUATIONS]
        if span_group:
            part["spans"] = span_group
        if evaluation_group:
            part["evaluations"] = evaluation_group
        result.append(part)
    return result


def is_too_old(started_at: Any, now_ms: float) -> bool:
    """The server's age rule: a span that started more than SPAN_MAX_AGE_DAYS ago is dropped.

    A start that is not a number, or is 0 (falsy, as the route tests it), is not judged old.
    """
    if not isinstance(started_at, (int, float)) or isinstance(started_at, bool) or started_at == 0:
        return False
    return bool(started_at < now_ms - SPAN_MAX_AGE_MS)


def old_span_count(document: Mapping[str, Any], now_ms: int | None = None) -> int:
    """How many spans the server will drop for age."""
    now = now_ms if now_ms is not None else int(time.time() * 1000)
    spans = document.get("spans")
    return sum(
        1
        for span in (spans if isinstance(spans, list) else ())
        if isinstance(span, Mapping)
        and isinstance(span.get("timestamps"), Mapping)
        and is_too_old(span["timestamps"].get("started_at"), now)
    )


def warn_about_old_spans(document: Mapping[str, Any], now_ms: int | None = None) -> int:
    """Logs one warning for the spans the server will drop for age; returns how many."""
    old = old_span_count(document, now_ms)
    if old:
        logger.warning(
            "trace %s: %d span(s) started more than %d days ago; the server drops them (reported in partialSuccess)",
            rules.trace_id_of(document),
            old,
            SPAN_MAX_AGE_DAYS,
        )
    return old
