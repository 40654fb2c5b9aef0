"""The exceptions a user of the client can catch, rooted at CollectorError."""

from __future__ import annotations

from collections.abc import Iterable


class CollectorError(Exception):
    """Base of every error this package raises."""


class ValidationError(CollectorError, ValueError):
    """The data does not fit the collector's contract; nothing was sent.

    `errors` lists every problem as (path, message) pairs, the path written like
    `spans[2].timestamps.started_at` (`body` for the document itself).
    """

    def __init__(self, errors: Iterable[tuple[str, str]]) -> None:
        self.errors: list[tuple[str, str]] = list(errors)
        super().__init__(self._describe())

    def _describe(self) -> str:
        count = len(self.errors)
        lines = [f"{path or 'body'}: {message}" for path, message in self.errors]
        heading = "1 problem" if count == 1 else f"{count} problems"
        return f"{heading}:\n" + "\n".join(f"  {line}" for line in lines)
