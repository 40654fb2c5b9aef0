"""The mock collector's bounds: how many requests it keeps in memory and how long it waits.

Read by the server and by its command line; this module imports nothing heavy (the generated
`_limits` holds a few numbers), so `langwatch-collector mock --help` works without the `testing`
extra.
"""

from __future__ import annotations

from langwatch_collector._generated.limits import DEDUP_WINDOW_SECONDS

DEFAULT_MAX_RECORDED = 10_000
DEFAULT_IDLE_TIMEOUT = 30.0
# The server skips a (trace_id, span_id) it received within its window (the spec's x-limits);
# the mock forgets older ones.
DEDUP_WINDOW_MS = DEDUP_WINDOW_SECONDS * 1000
# The older server answered "No changes" to a body it had seen; the mock remembers this many.
MAX_REMEMBERED_BODIES = 100_000
