# Generated from openapi/collector.yaml by codegen: do not edit, run scripts/generate.
"""What the spec says about one operation: the typed client's description of it, as data.

Fixed code the generator copies into the package, so that the generated client needs nothing
from the hand-written layer; the hand-written client sends what it describes.
"""

from __future__ import annotations

from collections.abc import Mapping

import attrs


@attrs.frozen(kw_only=True)
class RetryRule:
    """What the spec (`x-retry` on an operation) says may be retried."""

    idempotent: bool
    statuses: frozenset[int]
    server_errors: bool
    terminal_messages: tuple[str, ...] = ()

    def retries_status(self, status: int, server_message: str | None) -> bool:
        if server_message and server_message.startswith(self.terminal_messages):
            return False
        return status in self.statuses or (self.server_errors and status >= 500)


@attrs.frozen(kw_only=True)
class Operation:
    """One operation of the spec, as the generated client describes it."""

    method: str
    path: str
    response_model: type
    error_models: Mapping[int, type]
    retry: RetryRule
