"""The mock collector's bounds: how many requests it keeps in memory and how long it waits.

Read by the server and by its command line; this module imports nothing heavy, so
`langwatch-collector mock --help` works without the `testing` extra.
"""

from __future__ import annotations

DEFAULT_MAX_RECORDED = 10_000
DEFAULT_IDLE_TIMEOUT = 30.0
