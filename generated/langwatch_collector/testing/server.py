"""MockCollector: a real HTTP server on 127.0.0.1 that answers as LangWatch's collector does.

    with MockCollector() as mock:                 # or the `mock_collector` pytest fixture
        client = CollectorClient(api_key="any", endpoint=mock.url)
        mock.fail_next(503, times=2, retry_after=0)   # faults for retry tests
        client.collect(request)
        assert mock.requests[-1].status == 200

It records the most recent requests in memory (`max_recorded`, credentials masked), and
every one to a JSON Lines file if asked. The HTTP side (limits, timeouts, bad HTTP) is in
`transport`.
"""

from __future__ import annotations

import copy
import logging
import math
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable
from pathlib import Path
from types import TracebackType
from typing import Any
from urllib.parse import parse_qs, urlsplit

import attrs

from langwatch_collector import jsontext, rules
from langwatch_collector._generated.spec import DOCUMENT
from langwatch_collector.redaction import mask_headers
from langwatch_collector.testing.bounds import DEFAULT_IDLE_TIMEOUT, DEFAULT_MAX_RECORDED
from langwatch_collector.testing.judge import CollectorJudge, Verdict
from langwatch_collector.testing.transport import (
    MOCK_FAILURE,
    MockHTTPServer,
    MockRequestHandler,
    RequestRefused,
    describe_error,
    mock_failure,
)

COLLECTOR_PATH = "/api/collector"
logger = logging.getLogger("langwatch_collector.mock")


@attrs.frozen
class RecordedRequest:
    """One request as the mock saw it, and its answer. Headers have the credentials masked."""

    method: str
    path: str
    query: dict[str, list[str]]
    headers: dict[str, str]
    body: Any
    status: int
    response: Any

    def to_json(self) -> dict[str, Any]:
        return attrs.asdict(self)


@attrs.define
class _Fault:
    kind: str  # "status", "delay" or "reset"
    status: int = 0
    body: Any = None
    headers: dict[str, str] = attrs.field(factory=dict)
    seconds: float = 0.0


def _spec_example(status: str, name: str) -> Any:
    """A response example of the spec: the mock's injected answers are the contract's own."""
    responses = DOCUMENT["paths"][COLLECTOR_PATH]["post"]["responses"]
    return copy.deepcopy(responses[status]["content"]["application/json"]["examples"][name]["value"])


class MockCollector:
    """A loopback collector: validates against the spec, answers like the server, records, injects faults.

    `api_keys`: the keys it accepts (default: any non-empty key). `legacy`: answer as the
    older self-hosted server (exact content type, plan limit as 429, "No changes" for a
    resend). `record_to`: also append every request to this JSON Lines file. `clock`: the
    time in epoch milliseconds (default: now), which decides what counts as a 31-day-old span.
    `max_recorded`: how many of the most recent requests `requests` keeps. `idle_timeout`:
    seconds after which an idle connection (or a stalled read or write) is closed.
    """

    # A test seam: called with each new connection's handler, once its socket is set up.
    _connection_hook: Callable[[MockRequestHandler], None] | None = None

    def __init__(
        self,
        *,
        port: int = 0,
        api_keys: Iterable[str] | None = None,
        legacy: bool = False,
        record_to: str | Path | None = None,
        clock: Callable[[], int] | None = None,
        max_recorded: int = DEFAULT_MAX_RECORDED,
        idle_timeout: float = DEFAULT_IDLE_TIMEOUT,
    ) -> None:
        if isinstance(max_recorded, bool) or not isinstance(max_recorded, int) or max_recorded < 0:
            raise ValueError(f"MockCollector: max_recorded must be a whole number, 0 or more (got {max_recorded!r})")
        if not (isinstance(idle_timeout, (int, float)) and math.isfinite(idle_timeout) and idle_timeout > 0):
            raise ValueError(f"MockCollector: idle_timeout must be a number of seconds above 0 (got {idle_timeout!r})")
        self.judge = CollectorJudge(api_keys=frozenset(api_keys) if api_keys is not None else None, legacy=legacy)
        self.legacy = legacy
        self._clock = clock
        self._recorded: deque[RecordedRequest] = deque(maxlen=max_recorded)
        self._record_to = Path(record_to) if record_to is not None else None
        self._idle_timeout = float(idle_timeout)
        self._faults: deque[_Fault] = deque()
        self._lock = threading.Lock()
        self._port = port
        self._server: MockHTTPServer | None = None
        self._thread: threading.Thread | None = None

    # -- lifecycle -------------------------------------------------------------------------

    def start(self) -> MockCollector:
        if self._server is not None:
            return self
        self._server = MockHTTPServer(
            ("127.0.0.1", self._port),
            self._handle,
            idle_timeout=self._idle_timeout,
            connection_hook=self._connection_hook,
        )
        self._thread = threading.Thread(target=self._server.serve_forever, args=(0.05,), daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None

    def __enter__(self) -> MockCollector:
        return self.start()

    def __exit__(self, *exc: type[BaseException] | BaseException | TracebackType | None) -> None:
        self.stop()

    @property
    def url(self) -> str:
        if self._server is None:
            raise RuntimeError("the mock collector is not started")
        return f"http://127.0.0.1:{self._server.server_port}"

    @property
    def requests(self) -> list[RecordedRequest]:
        """The most recent requests (at most `max_recorded`), oldest first: a copy."""
        with self._lock:
            return list(self._recorded)

    def clear(self) -> None:
        """Forgets the recorded requests, pending faults and the spans seen (dedup)."""
        with self._lock:
            self._recorded.clear()
            self._faults.clear()
        self.judge = CollectorJudge(api_keys=self.judge.api_keys, legacy=self.legacy)

    # -- faults ----------------------------------------------------------------------------

    def fail_next(self, status: int, *, times: int = 1, retry_after: float | None = None, body: Any = None) -> None:
        """Answers the next `times` requests with `status` (and a Retry-After header if given)."""
        headers = {} if retry_after is None else {"Retry-After": f"{retry_after:g}"}
        payload = body if body is not None else {"message": f"Injected failure ({status})"}
        self._add(times, _Fault("status", status=status, body=payload, headers=headers))

    def delay_next(self, seconds: float, *, times: int = 1) -> None:
        """Waits `seconds` before judging the next `times` requests."""
        self._add(times, _Fault("delay", seconds=seconds))

    def reset_next(self, *, times: int = 1) -> None:
        """Closes the connection without an answer for the next `times` requests."""
        self._add(times, _Fault("reset"))

    def plan_limit_next(self, *, times: int = 1) -> None:
        """The monthly plan limit: 402 (429 `ERR_PLAN_LIMIT: …` with `legacy`), bodies from the spec."""
        if self.legacy:
            self._add(times, _Fault("status", status=429, body=_spec_example("429", "legacy_plan_limit")))
        else:
            self._add(times, _Fault("status", status=402, body=_spec_example("402", "plan_limit")))

    def permission_denied_next(self, *, times: int = 1) -> None:
        """The 403 of a key without `traces:create`, as the spec's example has it."""
        self._add(times, _Fault("status", status=403, body=_spec_example("403", "permission_denied")))

    def ingest_failure_next(self, *, times: int = 1, spans: int = 1) -> None:
        """The 500 the server answers when every span failed to ingest (clients should retry)."""
        body = _spec_example("500", "ingest_failure")
        body["message"] = f"Failed to ingest all {spans} spans, please retry"
        body["partialSuccess"]["rejectedSpans"] = spans
        reason = body["partialSuccess"]["errorMessage"].split("; ")[0]  # the server joins one reason a span
        body["partialSuccess"]["errorMessage"] = "; ".join([reason] * spans)
        self._add(times, _Fault("status", status=500, body=body))

    def _add(self, times: int, fault: _Fault) -> None:
        with self._lock:
            self._faults.extend([fault] * times)

    # -- one request -----------------------------------------------------------------------

    def _handle(self, handler: MockRequestHandler) -> None:
        parts = urlsplit(handler.path)
        try:
            raw = handler.read_body()
        except RequestRefused as refused:
            self._record(handler, parts.path, parts.query, None, Verdict(refused.status, refused.body))
            handler.refuse(refused)
            return
        with self._lock:
            fault = self._faults.popleft() if self._faults else None
        if fault is not None and fault.kind == "delay":
            time.sleep(fault.seconds)
            fault = None
        if fault is not None and fault.kind == "reset":
            self._record(handler, parts.path, parts.query, raw, Verdict(0, None))
            handler.reset()
            return
        if fault is not None:
            verdict = Verdict(fault.status, fault.body, dict(fault.headers))
        elif parts.path != COLLECTOR_PATH:
            verdict = Verdict(404, {"message": "Not Found"})
        elif handler.command != "POST":
            verdict = Verdict(405, {"message": "Method Not Allowed"})
        else:
            verdict = self._judge(handler, raw)
        self._record(handler, parts.path, parts.query, raw, verdict)
        handler.answer(verdict.status, verdict.body, verdict.headers)

    def _judge(self, handler: MockRequestHandler, raw: bytes) -> Verdict:
        now_ms = self._clock() if self._clock is not None else None
        try:
            return self.judge.judge(dict(handler.headers.items()), raw, now_ms)
        except Exception as error:  # the mock's own failure: a 500 that says so, not a closed connection
            return Verdict(500, mock_failure(error))

    def _record(self, handler: MockRequestHandler, path: str, query: str, raw: bytes | None, verdict: Verdict) -> None:
        body = _readable(raw)
        record = RecordedRequest(
            method=handler.command,
            path=path,
            query=parse_qs(query),
            headers=mask_headers(handler.headers.items()),
            body=body,
            status=verdict.status,
            response=verdict.body,
        )
        with self._lock:
            self._recorded.append(record)
            if self._record_to is not None:
                self._append(record, raw)
        spans = body.get("spans") if isinstance(body, dict) else None
        failed = isinstance(verdict.body, dict) and verdict.body.get("error") == MOCK_FAILURE
        logger.log(
            logging.ERROR if failed else logging.INFO,
            "%s %s -> %s (%s span(s), trace %s)%s",
            handler.command,
            path,
            verdict.status or "connection reset",
            len(spans) if isinstance(spans, list) else 0,
            rules.trace_id_of(body) if isinstance(body, dict) else None,
            f": {verdict.body}" if verdict.status >= 400 else "",
        )

    def _append(self, record: RecordedRequest, raw: bytes | None) -> None:
        assert self._record_to is not None
        try:
            line = jsontext.dumps(record.to_json()).decode()
        except (ValueError, RecursionError):  # nested deeper than can be written back: the body as text
            text = raw.decode("utf-8", "replace") if raw else None
            line = jsontext.dumps(attrs.evolve(record, body=text).to_json()).decode()
        try:
            with self._record_to.open("a", encoding="utf-8") as handle:
                handle.write(line + "\n")
        except OSError as error:
            logger.error("cannot append to %s: %s", self._record_to, describe_error(error))


def _readable(raw: bytes | None) -> Any:
    """The body as JSON if the server would read it as JSON, else as text."""
    if not raw:
        return None
    try:
        return jsontext.loads(raw)
    except (ValueError, RecursionError):
        return raw.decode("utf-8", "replace")
