"""The server's limits on one request, applied to a trace before any of it is sent."""

from __future__ import annotations

import logging
import math
import time
from collections.abc import Mapping
from typing import Any

from langwatch_collector.runtime import rules

MAX_SPANS = 200
MAX_EVALUATIONS = 200
MAX_BODY_BYTES = 10 * 1024 * 1024
SPAN_MAX_AGE_MS = 31 * 24 * 3600 * 1000

logger = logging.getLogger("langwatch_collector")


def split(document: Mapping[str, Any]) -> list[dict[str, Any]]:
    """One request body per 200 spans (and per 200 evaluations), all with the trace's id.

    Every part carries the trace's metadata and expected output; the evaluations are spread
    over the parts in groups of at most 200.
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


def warn_about_old_spans(document: Mapping[str, Any], now_ms: int | None = None) -> int:
    """Logs one warning for the spans the server will drop for age; returns how many."""
    cutoff = (now_ms if now_ms is not None else int(time.time() * 1000)) - SPAN_MAX_AGE_MS
    # As the server: a falsy start (0) is not judged old.
    old = sum(1 for span in document.get("spans") or () if 0 != span["timestamps"]["started_at"] < cutoff)
    if old:
        logger.warning(
            "trace %s: %d span(s) started more than 31 days ago; the server drops them (reported in partialSuccess)",
            rules.trace_id_of(document),
            old,
        )
    return old
