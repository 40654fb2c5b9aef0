"""The server's rules for a request that JSON Schema cannot say: one trace id for the trace,
and the legacy field names the server still reads but the client must never send (left in,
they would be dropped as unknown keys, losing the data they carry)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any


def trace_id_of(document: Mapping[str, Any]) -> str | None:
    """The trace id the server will use: the request's, else the first span's."""
    top = document.get("trace_id")
    if top is not None:
        return top if isinstance(top, str) and top else None
    spans = document.get("spans")
    if isinstance(spans, list) and spans and isinstance(spans[0], Mapping):
        first = spans[0].get("trace_id")
        return first if isinstance(first, str) and first else None
    return None


LEGACY_TOP_LEVEL = ("user_id", "thread_id", "customer_id", "labels")
LEGACY_SPAN = {"id": "span_id", "outputs": "output"}


def legacy_fields(document: Mapping[str, Any]) -> list[tuple[str, str]]:
    errors = [(key, f"legacy field: move it into metadata.{key}") for key in LEGACY_TOP_LEVEL if key in document]
    spans = document.get("spans")
    for index, span in enumerate(spans if isinstance(spans, list) else []):
        if isinstance(span, Mapping):
            errors.extend(
                (f"spans[{index}].{old}", f"legacy field: send it as {new}")
                for old, new in LEGACY_SPAN.items()
                if old in span
            )
    return errors


def check_request(document: Mapping[str, Any]) -> list[tuple[str, str]]:
    spans = document.get("spans")
    spans = spans if isinstance(spans, list) else []
    errors = legacy_fields(document)
    trace_id = trace_id_of(document)
    if trace_id is None:
        return [*errors, ("trace_id", "no trace id: set trace_id on the request (or on every span)")]
    for index, span in enumerate(spans):
        if not isinstance(span, Mapping):
            continue
        span_trace_id = span.get("trace_id")
        if span_trace_id and span_trace_id != trace_id:
            errors.append(
                (
                    f"spans[{index}].trace_id",
                    f"{span_trace_id!r} differs from the trace id {trace_id!r}: all spans must share one trace id",
                )
            )
    return errors
