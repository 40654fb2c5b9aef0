"""Names and rules of the request shared by the client's modules: one home each.

The legacy field names the server still reads (and the CLI's `upgrade` rewrites), and the
trace id the server uses. How the server reads everything else is `server_reading`.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

# Top-level keys the server moves into `metadata` when the body has no (or a falsy) metadata.
LEGACY_TOP_LEVEL = ("user_id", "thread_id", "customer_id", "labels")
# Span keys the server renames: `id` is copied to `span_id`, `outputs` becomes `output`.
LEGACY_SPAN_ID = "id"
LEGACY_OUTPUTS = "outputs"
LEGACY_SPAN = {LEGACY_SPAN_ID: "span_id", LEGACY_OUTPUTS: "output"}
# RAG chunk ids the server turns into strings when they are numbers (as JavaScript writes them).
CHUNK_IDS = ("document_id", "chunk_id")


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
