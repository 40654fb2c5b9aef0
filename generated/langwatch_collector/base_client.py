"""The HTTP work under the generated client: configuration, one urllib3 pool, retries, errors.

Every call is bounded by its retry budget, reading the answer included (urllib3's timeouts
bound each socket read, not their sum): the body is read in chunks against the deadline, and
never past MAX_RESPONSE_BYTES; on the client's own pool the status line and headers are bounded
too (`deadline.py`). After `os.fork()` a child drops the connections it inherited,
as OpenTelemetry's exporters do: two processes writing to one socket read each other's answers.
"""

from __future__ import annotations

import functools
import ipaddress
import logging
import os
import platform
import random
import time
import warnings
import weakref
from collections.abc import Mapping
from types import MappingProxyType
from typing import Any, TypeVar
from urllib.parse import urlencode

import attrs
import urllib3
from urllib3._version import __version__ as _URLLIB3_VERSION
from urllib3.exceptions import HTTPError, NewConnectionError, TimeoutError, TimeoutStateError
from urllib3.util.retry import Retry
from urllib3.util.url import parse_url

from langwatch_collector import codec, errors, models, redaction, trace_limits
from langwatch_collector._generated.operation import Operation
from langwatch_collector.configuration import check_header_value, checked_endpoint
from langwatch_collector.deadline import attempt_deadline, deadline_pool
from langwatch_collector.retry import RetryPolicy, retry_after_seconds

DEFAULT_ENDPOINT = "https://app.langwatch.ai"
DEFAULT_TIMEOUT = urllib3.Timeout(connect=5.0, read=30.0)
MAX_RESPONSE_BYTES = 1024 * 1024  # the collector answers in under a kilobyte; an error page rarely passes 100 KiB
_READ_CHUNK = 64 * 1024
PLAN_LIMIT_PREFIX = "ERR_PLAN_LIMIT"  # how an older server words its plan limit (with a 429)

logger = logging.getLogger("langwatch_collector")
_Client = TypeVar("_Client", bound="BaseClient")


_BY_STATUS: dict[int, tuple[type[errors.APIStatusError], str]] = {
    400: (errors.BadRequestError, "the server rejected the body; this client validated it, please report the mismatch"),
    401: (errors.AuthenticationError, "check LANGWATCH_API_KEY (and LANGWATCH_PROJECT_ID for project-scoped keys)"),
    402: (errors.PlanLimitError, "the monthly plan limit is reached; not retried: upgrade the plan or wait"),
    403: (errors.PermissionDeniedError, "the API key lacks the traces:create permission: use one that may write"),
    413: (errors.PayloadTooLargeError, "the body is over the server's limit: send fewer or smaller spans"),
    429: (errors.RateLimitError, "too many requests, or too many spans or evaluations in one request"),
}


class InsecureEndpointWarning(UserWarning):
    """The endpoint is plain http on a host other than this machine: the API key crosses the network unencrypted."""


@attrs.frozen
class CollectResult:
    """The answers to one trace: one response per request it was split into (usually one)."""

    responses: list[models.CollectorResponse]
    retries_taken: int = 0

    @property
    def rejected_spans(self) -> int:
        return sum(r.partialSuccess.rejectedSpans or 0 for r in self.responses if r.partialSuccess)

    @property
    def rejected_evaluations(self) -> int:
        return sum(r.partialSuccess.rejectedEvaluations or 0 for r in self.responses if r.partialSuccess)


@attrs.frozen
class PreparedRequest:
    """One HTTP request exactly as the client will send it."""

    method: str
    url: str
    headers: Mapping[str, str] = attrs.field(repr=False)
    body: bytes = attrs.field(repr=False)
    evaluations: int = 0  # how many it carries: the server does not deduplicate those on a resend

    def describe(self) -> str:
        """The request as HTTP text, the credentials masked: what `--dry-run` prints."""
        lines = [f"{self.method} {self.url}"]
        for name, value in self.headers.items():
            lines.append(f"{name}: {redaction.mask_header(name, value)}")
        lines += ["", self.body.decode("utf-8")]
        return "\n".join(lines)


@attrs.frozen
class _Answer:
    status: int
    headers: Mapping[str, str]
    data: bytes


_NOT_CONNECTED = "could not connect to"  # nothing was sent


def _may_have_been_recorded(error: errors.APIError) -> bool:
    """Whether the server may have recorded a request that failed this way.

    Not when the connection was never made, nor on an answer the route gives before it records
    anything: a rate limit, a request timeout, or its `Failed to ingest all N spans` 500 (returned
    before any evaluation is dispatched). A timeout, a reset after sending, or a gateway's 5xx
    leave it unknown.
    """
    if isinstance(error, errors.APIConnectionError) and error.message.startswith(_NOT_CONNECTED):
        return False
    if isinstance(error, errors.APIStatusError):
        ingest_failure = error.status_code == 500 and (error.server_message or "").startswith("Failed to ingest all")
        return not (error.status_code in (408, 429) or ingest_failure)
    return True


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def _user_agent(version: str) -> str:
    return f"langwatch-collector/{version} (python {platform.python_version()}; urllib3 {_URLLIB3_VERSION})"


def _capped(configured: object, remaining: float) -> float:
    """An attempt's timeout: as configured, but never past the retry budget."""
    return min(configured, remaining) if isinstance(configured, (int, float)) else remaining


def _read_wait(timeout: urllib3.Timeout) -> object:
    """The longest wait for one read: the read timeout, or the total when only that is set
    (urllib3 can tell the read timeout of a total only once the connection is made)."""
    try:
        return timeout.read_timeout
    except TimeoutStateError:
        return timeout.total


def _longest_wait(timeout: urllib3.Timeout) -> float | None:
    """The longer of a Timeout's connect and read timeouts; None when either is unbounded."""
    connect, read = timeout.connect_timeout, timeout.read_timeout
    if isinstance(connect, (int, float)) and isinstance(read, (int, float)):
        return max(connect, read)
    return None


@functools.lru_cache(maxsize=32)
def _split_url(url: str) -> tuple[str, str, int | None, str]:
    """Scheme, host, port and request target of an absolute URL (a client sends to very few)."""
    parts = parse_url(url)
    return parts.scheme or "http", parts.host or "", parts.port, parts.request_uri


# The client's loop owns retrying, and no redirect is ever followed. Made once: urllib3 would
# build the same object from `retries=False` on every request, and never changes one.
_NO_RETRIES = Retry(False, redirect=False)


class _OutOfTime(Exception):
    """The retry budget ran out while the answer was still arriving."""


class _TooLarge(Exception):
    """The answer is longer than MAX_RESPONSE_BYTES."""


def _read_body(
    response: urllib3.BaseHTTPResponse, deadline: float, read_timeout: object, *, cut_waits: bool = True
) -> bytes:
    """The whole body, read chunk by chunk so neither the deadline nor the size cap can be passed.

    `cut_waits` False: the connection itself cuts each socket wait to the deadline (the client's
    own pool, `deadline.py`), so the waits are not shortened a second time here."""
    declared = response.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > MAX_RESPONSE_BYTES:
        raise _TooLarge
    chunks: list[bytes] = []
    size = 0
    while True:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise _OutOfTime
        if cut_waits:
            _limit_socket_wait(response, _capped(read_timeout, remaining))
        chunk = response.read1(_READ_CHUNK)
        if not chunk:
            return b"".join(chunks)
        size += len(chunk)
        if size > MAX_RESPONSE_BYTES:
            raise _TooLarge
        chunks.append(chunk)


def _limit_socket_wait(response: urllib3.BaseHTTPResponse, seconds: float) -> None:
    """Shortens the next socket read's timeout to what is left of the budget (urllib3 sets it once)."""
    sock = getattr(response.connection, "sock", None)
    wait = max(seconds, 0.001)
    if sock is not None and sock.gettimeout() != wait:  # settimeout is a system call: skipped when already set
        sock.settimeout(wait)


_clients_to_reset_after_fork: weakref.WeakSet[BaseClient] = weakref.WeakSet()


def _reset_clients_after_fork() -> None:
    for client in list(_clients_to_reset_after_fork):
        client._forget_connections_after_fork()


if hasattr(os, "register_at_fork"):  # not on Windows, which has no fork
    os.register_at_fork(after_in_child=_reset_clients_after_fork)


class BaseClient:
    """Configuration and transport; the generated `CollectorClient` adds the operations.

    Thread-safe: one urllib3 PoolManager (keep-alive) serves every call. Close it with
    `close()` or use the client as a context manager.
    """

    def __init__(
        self,
        api_key: str | None = None,
        endpoint: str | None = None,
        *,
        project_id: str | None = None,
        timeout: float | urllib3.Timeout = DEFAULT_TIMEOUT,
        max_retries: int = 2,
        retry_budget: float = 60.0,
        backoff_base: float = 0.5,
        backoff_max: float = 8.0,
        max_retry_after: float = 60.0,
        pool: urllib3.PoolManager | None = None,
        pool_maxsize: int = 10,
    ) -> None:
        from langwatch_collector import __version__

        key = api_key if api_key is not None else os.environ.get("LANGWATCH_API_KEY")
        if not key:
            raise errors.ConfigurationError(
                "no API key: pass api_key= or set LANGWATCH_API_KEY (find it in your LangWatch project settings)"
            )
        check_header_value(key, "api_key" if api_key is not None else "LANGWATCH_API_KEY")
        self.endpoint = self._checked_endpoint(endpoint)
        self.project_id = project_id if project_id is not None else (os.environ.get("LANGWATCH_PROJECT_ID") or None)
        if self.project_id:
            check_header_value(self.project_id, "project_id" if project_id is not None else "LANGWATCH_PROJECT_ID")
        self.timeout = timeout if isinstance(timeout, urllib3.Timeout) else urllib3.Timeout(connect=5.0, read=timeout)
        self.retry_policy = RetryPolicy(
            max_retries=max_retries,
            backoff_base=backoff_base,
            backoff_max=backoff_max,
            max_retry_after=max_retry_after,
            budget=retry_budget,
        )
        self._owns_pool = pool is None
        self._pool_maxsize = pool_maxsize
        self._pool = pool if pool is not None else self._new_pool()
        # The endpoint's connection pool in the own PoolManager, by (scheme, host, port): picked once.
        self._connections: tuple[tuple[str, str, int | None], urllib3.HTTPConnectionPool] | None = None
        self._rng = random.Random()
        headers = {
            "Content-Type": "application/json",  # exactly: older servers refuse `; charset=utf-8`
            "Accept": "application/json",
            "User-Agent": _user_agent(__version__),
            "X-Auth-Token": key,
        }
        if self.project_id:
            headers["X-Project-Id"] = self.project_id
        # Read-only: every PreparedRequest shares it, and none may change what the client sends.
        self._headers: Mapping[str, str] = MappingProxyType(headers)
        _clients_to_reset_after_fork.add(self)

    def _new_pool(self) -> urllib3.PoolManager:
        return deadline_pool(maxsize=self._pool_maxsize, cert_reqs="CERT_REQUIRED")

    def _forget_connections_after_fork(self) -> None:
        """In a forked child: fresh connections, leaving the parent's sockets to the parent."""
        self._connections = None
        if self._owns_pool:
            self._pool = self._new_pool()  # the inherited pool is dropped unused: closing its copies is harmless
        else:
            self._pool.clear()  # a pool the caller passed in: emptied, so it reconnects
        self._rng = random.Random()  # children would otherwise draw the same backoff jitter

    @staticmethod
    def _checked_endpoint(given: str | None) -> str:
        from_environment = os.environ.get("LANGWATCH_ENDPOINT")
        if given:
            endpoint, setting = given, "endpoint"
        elif from_environment:
            endpoint, setting = from_environment, "LANGWATCH_ENDPOINT"
        else:
            endpoint, setting = DEFAULT_ENDPOINT, "the default endpoint"
        parts = checked_endpoint(endpoint, setting)
        if parts.scheme == "http" and not _is_loopback(parts.hostname or ""):
            warnings.warn(
                f"endpoint {endpoint} is plain http: the API key would travel unencrypted; use https",
                InsecureEndpointWarning,
                stacklevel=3,
            )
        return endpoint.rstrip("/")

    def __repr__(self) -> str:
        return f"{type(self).__name__}(endpoint={self.endpoint!r}, project_id={self.project_id!r}, api_key=<hidden>)"

    def close(self) -> None:
        """Closes the pooled connections (a pool passed in by the caller is left to the caller)."""
        if self._owns_pool:
            self._connections = None
            self._pool.clear()

    def __enter__(self: _Client) -> _Client:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __reduce__(self) -> Any:  # a pickled client would carry the key to wherever it is unpickled
        raise TypeError(f"{type(self).__name__} cannot be pickled: it holds an API key and a connection pool")

    # -- the trace operation ---------------------------------------------------------------

    def _prepare_trace(
        self, operation: Operation, request: models.CollectorRequest, query: Mapping[str, str]
    ) -> list[PreparedRequest]:
        """Validates the whole trace and splits it to the server's limits, sending nothing."""
        if not isinstance(request, models.CollectorRequest):
            raise TypeError(f"expected models.CollectorRequest, got {type(request).__name__}")
        document = codec.to_document(request)
        trace_limits.warn_about_old_spans(document)
        url = self.endpoint + operation.path + (f"?{urlencode(query)}" if query else "")
        prepared = [
            PreparedRequest(
                operation.method, url, self._headers, codec.encode(part), len(part.get("evaluations") or ())
            )
            for part in trace_limits.split(document)
        ]
        for part in prepared:  # checked before anything is sent, so nothing is half-sent
            if len(part.body) > trace_limits.MAX_BODY_BYTES:
                raise errors.PayloadTooLargeError(
                    f"the request body is {trace_limits.over_body_limit(len(part.body))}: send fewer or smaller "
                    "spans (trim large inputs and outputs)",
                    status_code=413,
                    server_message=None,
                    body=None,
                )
        return prepared

    def _send_trace(
        self, operation: Operation, request: models.CollectorRequest, query: Mapping[str, str]
    ) -> CollectResult:
        """Validates the whole trace, splits it to the server's limits, then sends each part."""
        responses: list[models.CollectorResponse] = []
        retries = 0
        for part in self._prepare_trace(operation, request, query):
            try:
                answer, taken = self._request(operation, part)
            except errors.APIError as error:
                error.responses = list(responses)
                raise
            retries += taken
            response = self._parse_success(operation, answer, taken)
            self._report_partial_success(response)
            responses.append(response)
        return CollectResult(responses, retries)

    def _parse_success(self, operation: Operation, answer: _Answer, retries_taken: int) -> Any:
        try:
            return codec.parse(answer.data, operation.response_model)
        except errors.ValidationError as error:
            raise errors.APIResponseValidationError(
                f"the server answered {answer.status} with a body that does not fit the spec: {error}",
                status_code=answer.status,
                body=answer.data,
                retries_taken=retries_taken,
            ) from error

    @staticmethod
    def _report_partial_success(response: models.CollectorResponse) -> None:
        partial = response.partialSuccess
        if partial and ((partial.rejectedSpans or 0) or (partial.rejectedEvaluations or 0)):
            logger.warning(
                "the server rejected %d span(s) and %d evaluation(s): %s",
                partial.rejectedSpans or 0,
                partial.rejectedEvaluations or 0,
                partial.errorMessage or "no reason given",
            )

    # -- one HTTP request, with retries ----------------------------------------------------

    def _request(self, operation: Operation, part: PreparedRequest) -> tuple[_Answer, int]:
        policy = self.retry_policy
        deadline = time.monotonic() + policy.budget
        retry_number = 0
        while True:
            outcome, requested_wait = self._attempt(operation, part, deadline, retry_number)
            if isinstance(outcome, _Answer):
                return outcome, retry_number
            error = outcome
            retryable = self._retryable(operation, error)
            wait = requested_wait if requested_wait is not None else policy.backoff(retry_number, self._rng)
            if not retryable:
                raise error
            if requested_wait is not None and requested_wait > policy.max_retry_after:
                raise self._with_note(error, f"the server asked to wait {requested_wait:.0f} s; not retried")
            if time.monotonic() + wait >= deadline:
                raise self._with_note(error, f"the retry budget of {policy.budget:g} s is spent")
            if retry_number >= policy.max_retries:
                raise error
            retry_number += 1
            if part.evaluations and _may_have_been_recorded(error):
                logger.warning(
                    "%s %s: resending %d evaluation(s) after %s; the server may have recorded them already, "
                    "and it does not deduplicate evaluations: they may be stored twice (with the same evaluation_id)",
                    operation.method,
                    operation.path,
                    part.evaluations,
                    error.message,
                )
            logger.debug(
                "%s %s: retry %d of %d in %.2f s after %s",
                operation.method,
                operation.path,
                retry_number,
                policy.max_retries,
                wait,
                error.message,
            )
            time.sleep(wait)

    def _attempt_timeout(self, remaining: float) -> urllib3.Timeout:
        """The attempt's timeouts: as configured, each cut to what is left of the retry budget."""
        configured = self.timeout
        total = configured.total
        if isinstance(total, (int, float)):  # bounds connect and read together; urllib3 splits it once connected
            if total <= remaining:
                return configured
            cut = configured.clone()
            cut.total = remaining
            return cut
        longest = _longest_wait(configured)
        if longest is not None and longest <= remaining:
            return configured  # nothing to cut: the usual case (urllib3 clones it, never changes it)
        return urllib3.Timeout(
            connect=_capped(configured.connect_timeout, remaining),
            read=_capped(configured.read_timeout, remaining),
        )

    def _attempt(
        self, operation: Operation, part: PreparedRequest, deadline: float, retry_number: int
    ) -> tuple[_Answer | errors.APIError, float | None]:
        timeout = self._attempt_timeout(max(deadline - time.monotonic(), 0.001))
        try:
            with attempt_deadline(deadline):
                response = self._open(part, timeout)
                data = self._read_answer(response, deadline, retry_number)
        except errors.APIError as error:
            return error, None
        except NewConnectionError as exc:  # before TimeoutError: urllib3 makes it a ConnectTimeoutError subclass
            message = f"{_NOT_CONNECTED} {self.endpoint}: {exc}"
            return errors.APIConnectionError(message, retries_taken=retry_number), None
        except TimeoutError as exc:
            return errors.APITimeoutError(
                f"no answer from {self.endpoint} in time ({exc})", retries_taken=retry_number
            ), None
        except HTTPError as exc:
            return errors.APIConnectionError(
                f"could not reach {self.endpoint}: {exc}", retries_taken=retry_number
            ), None
        answer = _Answer(response.status, response.headers, data)
        if answer.status < 300:
            return answer, None
        return self._status_error(operation, answer, retry_number), retry_after_seconds(answer.headers)

    def _open(self, part: PreparedRequest, timeout: urllib3.Timeout) -> urllib3.BaseHTTPResponse:
        """Sends the request; its answer is read by the caller, against the deadline and the size cap."""
        if not self._owns_pool:  # a pool the caller passed (a ProxyManager, say) routes the request itself
            return self._pool.request(
                part.method,
                part.url,
                body=part.body,
                headers=part.headers,  # read-only, and copied by urllib3
                timeout=timeout,
                retries=_NO_RETRIES,
                redirect=False,
                preload_content=False,
            )
        # The client's own PoolManager only picks the host's connection pool and returns any
        # redirect as it is: done here, the URL split once, as PoolManager.urlopen does it.
        scheme, host, port, target = _split_url(part.url)
        origin = (scheme, host, port)
        known = self._connections
        if known is not None and known[0] == origin and known[1].pool is not None:  # .pool: None once closed
            connections = known[1]
        else:
            connections = self._pool.connection_from_host(host, port, scheme)
            self._connections = (origin, connections)
        return connections.urlopen(
            part.method,
            target,
            body=part.body,
            headers=part.headers,  # read-only, and copied by urllib3
            timeout=timeout,
            retries=_NO_RETRIES,
            redirect=False,
            assert_same_host=False,
            preload_content=False,
            release_conn=False,
        )

    def _read_answer(self, response: urllib3.BaseHTTPResponse, deadline: float, retry_number: int) -> bytes:
        """The body of an answer; its connection goes back to the pool (closed if the answer was cut short)."""
        try:
            data = _read_body(response, deadline, _read_wait(self.timeout), cut_waits=not self._owns_pool)
        except _OutOfTime:
            response.close()  # what is still on the way would be read as the next answer
            failure: errors.APIError = errors.APITimeoutError(
                f"the answer from {self.endpoint} was still arriving when the time ran out", retries_taken=retry_number
            )
        except _TooLarge:
            response.close()
            failure = errors.ResponseTooLargeError(
                f"the server answered {response.status} with a body over {MAX_RESPONSE_BYTES:,} bytes "
                f"({MAX_RESPONSE_BYTES / 1024 / 1024:g} MiB), "
                "more than this client reads: is the endpoint a LangWatch collector?",
                status_code=response.status,
                body=None,
                retries_taken=retry_number,
            )
        except BaseException:
            response.close()
            raise
        else:
            return data
        finally:
            response.release_conn()
        raise failure  # outside the except blocks: no internal exception chained to it

    @staticmethod
    def _retryable(operation: Operation, error: errors.APIError) -> bool:
        if isinstance(error, errors.APIResponseValidationError):
            return False  # the same request would get the same answer
        if isinstance(error, errors.APIStatusError):
            return operation.retry.retries_status(error.status_code, error.server_message)
        return operation.retry.idempotent  # connection errors and timeouts: safe only when resending is

    @staticmethod
    def _with_note(error: errors.APIError, note: str) -> errors.APIError:
        error.message = f"{error.message} ({note})"
        error.args = (error.message,)
        return error

    def _status_error(self, operation: Operation, answer: _Answer, retries_taken: int) -> errors.APIStatusError:
        try:
            body: Any = codec.loads(answer.data) if answer.data else None
        except ValueError:
            body = answer.data.decode("utf-8", "replace")
        server_message = None
        if isinstance(body, dict):
            for key in ("message", "error"):  # the first that says something (the 413's message is "")
                if isinstance(body.get(key), str) and body[key]:
                    server_message = body[key]
                    break
        error_cls, advice = self._classify(answer, server_message)
        typed: Any = None
        model = operation.error_models.get(answer.status)
        if model is not None and isinstance(body, dict):
            try:
                typed = codec.parse(body, model)
            except errors.ValidationError:
                typed = None
        said = f": {server_message}" if server_message else ""
        error = error_cls(
            f"{answer.status}{said} — {advice}",
            status_code=answer.status,
            server_message=server_message,
            body=body,
            error=typed,
            retries_taken=retries_taken,
        )
        if isinstance(error, errors.RateLimitError):
            error.retry_after = retry_after_seconds(answer.headers)
        return error

    def _classify(self, answer: _Answer, server_message: str | None) -> tuple[type[errors.APIStatusError], str]:
        status = answer.status
        if 300 <= status < 400:
            location = answer.headers.get("location", "elsewhere")
            return errors.APIStatusError, (
                f"the endpoint redirects to {location}; redirects are not followed, so the API key only ever "
                "goes to the configured host: set LANGWATCH_ENDPOINT to the final URL"
            )
        if status == 429 and (server_message or "").startswith(PLAN_LIMIT_PREFIX):
            status = 402  # an older server's plan limit: as terminal as the current 402
        if status in _BY_STATUS:
            return _BY_STATUS[status]
        if status >= 500:
            return errors.InternalServerError, "the server failed; retried as far as the retry budget allowed"
        return errors.APIStatusError, f"unexpected status from {self.endpoint}"
