"""The exceptions a user of the client can catch, rooted at CollectorError.

    CollectorError
    ├── ValidationError             the data breaks the contract; nothing was sent
    ├── ConfigurationError          no API key, a malformed endpoint
    └── APIError                    something went wrong talking to the server
        ├── APIConnectionError      no answer (refused, reset, DNS)
        │   └── APITimeoutError
        ├── APIResponseValidationError   a 2xx answer that is not what the spec promises
        │   └── ResponseTooLargeError    an answer over the size the client reads
        └── APIStatusError          the server answered with an error status
            ├── BadRequestError          400
            ├── AuthenticationError      401
            ├── PlanLimitError           402 (or an older server's 429 ERR_PLAN_LIMIT)
            ├── PermissionDeniedError    403
            ├── PayloadTooLargeError     413, or a body over the limit caught before sending
            ├── RateLimitError           429
            └── InternalServerError      5xx

No message ever contains the API key, and no error holds the client or its headers, so every
error pickles (into a process pool's result, say) with its type, message and fields, and
never carries the key.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, TypeVar

_Error = TypeVar("_Error", bound=BaseException)


class CollectorError(Exception):
    """Base of every error this package raises."""

    def __reduce__(self) -> tuple[Any, ...]:
        # The default rebuilds an exception by calling its class with `args` (the message alone),
        # which keyword-only fields and ValidationError's list of problems cannot survive.
        return _rebuild, (type(self), self.args, dict(vars(self)))


def _rebuild(cls: type[_Error], args: tuple[Any, ...], state: dict[str, Any]) -> _Error:
    """An unpickled error: its args and fields restored as they were, without calling `__init__`."""
    error = cls.__new__(cls, *args)
    error.args = args
    vars(error).update(state)
    return error


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


class ConfigurationError(CollectorError, ValueError):
    """The client cannot be set up as asked (for example, no API key)."""


class APIError(CollectorError):
    """A request to the collector failed.

    `retries_taken` counts the retries made before giving up. When a trace was split into
    several requests, `responses` holds the answers of those sent before the failure
    (resending the whole trace is safe: the server skips spans it already has).
    """

    def __init__(self, message: str, *, retries_taken: int = 0) -> None:
        super().__init__(message)
        self.message = message
        self.retries_taken = retries_taken
        self.responses: list[Any] = []


class APIConnectionError(APIError):
    """The server could not be reached, or the connection broke before an answer."""


class APITimeoutError(APIConnectionError):
    """The server did not answer in time."""


class APIResponseValidationError(APIError):
    """A success answer whose body does not fit the spec."""

    def __init__(self, message: str, *, status_code: int, body: Any, retries_taken: int = 0) -> None:
        super().__init__(message, retries_taken=retries_taken)
        self.status_code = status_code
        self.body = body


class ResponseTooLargeError(APIResponseValidationError):
    """An answer longer than the client reads (`MAX_RESPONSE_BYTES`); the collector's answers are small."""


class APIStatusError(APIError):
    """The server answered with an error status.

    `status_code`, the server's `message` (from its `message` or `error` field), the decoded
    `body` (a dict, or the text when it was not JSON) and `error`, the body as the spec's
    model for that status when it has one.
    """

    def __init__(
        self,
        message: str,
        *,
        status_code: int,
        server_message: str | None,
        body: Any,
        error: Any = None,
        retries_taken: int = 0,
    ) -> None:
        super().__init__(message, retries_taken=retries_taken)
        self.status_code = status_code
        self.server_message = server_message
        self.body = body
        self.error = error


class BadRequestError(APIStatusError):
    """400: the server rejected the body."""


class AuthenticationError(APIStatusError):
    """401: no API key, or one the server does not know."""


class PlanLimitError(APIStatusError):
    """The monthly plan limit is reached (402; 429 ERR_PLAN_LIMIT on older servers). Not retried."""


class PermissionDeniedError(APIStatusError):
    """403: the API key lacks the `traces:create` permission."""


class PayloadTooLargeError(APIStatusError):
    """The body is over the server's limit (413, or caught before sending)."""


class RateLimitError(APIStatusError):
    """429: too many requests, or too many spans/evaluations in one request.

    `retry_after` is the server's requested wait in seconds, when it gave one.
    """

    retry_after: float | None = None


class InternalServerError(APIStatusError):
    """5xx: the server failed; the request was retried as far as the budget allowed."""
