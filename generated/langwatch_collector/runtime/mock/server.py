"""MockCollector: a real HTTP server on 127.0.0.1 that answers as LangWatch's collector does.

    with MockCollector() as mock:                 # or the `mock_collector` pytest fixture
        client = CollectorClient(api_key="any", endpoint=mock.url)
        mock.fail_next(503, times=2, retry_after=0)   # faults for retry tests
        client.collect(request)
        assert mock.requests[-1].status == 200

It records every request (the key masked), optionally to a JSON Lines file.
"""

from __future__ import annotations

import copy
import json
import logging
import socket
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import TracebackType
from typing import Any
from urllib.parse import parse_qs, urlsplit

import attrs

from langwatch_collector._openapi import DOCUMENT
from langwatch_collector.runtime.mock.judge import CollectorJudge, Verdict

COLLECTOR_PATH = "/api/collector"
logger = logging.getLogger("langwatch_collector.mock")

_SECRET_HEADERS = {"x-auth-token": "***", "authorization": None}


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


def _masked(headers: Iterable[tuple[str, str]]) -> dict[str, str]:
    result = {}
    for name, value in headers:
        lowered = name.lower()
        if lowered == "authorization":
            scheme = value.partition(" ")[0]
            result[name] = f"{scheme} ***"
        elif lowered in _SECRET_HEADERS:
            result[name] = "***"
        else:
            result[name] = value
    return result


class _QuietServer(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: Any, client_address: Any) -> None:
        # A client that gave up (a timeout test, a reset) is routine here, not a traceback.
        logger.debug("connection from %s ended abruptly", client_address, exc_info=True)


class MockCollector:
    """A loopback collector: validates against the spec, answers like the server, records, injects faults.

    `api_keys`: the keys it accepts (default: any non-empty key). `legacy`: answer as the
    older self-hosted server (exact content type, plan limit as 429, "No changes" for a
    resend). `record_to`: also append every request to this JSON Lines file. `clock`: the
    time in epoch milliseconds (default: now), which decides what counts as a 31-day-old span.
    """

    def __init__(
        self,
        *,
        port: int = 0,
        api_keys: Iterable[str] | None = None,
        legacy: bool = False,
        record_to: str | Path | None = None,
        clock: Callable[[], int] | None = None,
    ) -> None:
        self.judge = CollectorJudge(api_keys=frozenset(api_keys) if api_keys is not None else None, legacy=legacy)
        self.legacy = legacy
        self._clock = clock
        self.requests: list[RecordedRequest] = []
        self._record_to = Path(record_to) if record_to is not None else None
        self._faults: deque[_Fault] = deque()
        self._lock = threading.Lock()
        self._port = port
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    # -- lifecycle -------------------------------------------------------------------------

    def start(self) -> MockCollector:
        if self._server is not None:
            return self
        owner = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            server_version = "LangWatchMockCollector"

            def log_message(self, *args: Any) -> None:
                pass

            def do_POST(self) -> None:
                owner._handle(self)

            do_GET = do_PUT = do_DELETE = do_PATCH = do_POST

        self._server = _QuietServer(("127.0.0.1", self._port), Handler)
        self._server.daemon_threads = True
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

    def clear(self) -> None:
        """Forgets the recorded requests, pending faults and the spans seen (dedup)."""
        with self._lock:
            self.requests.clear()
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

    def _handle(self, handler: BaseHTTPRequestHandler) -> None:
        length = int(handler.headers.get("Content-Length") or 0)
        raw = handler.rfile.read(length)
        parts = urlsplit(handler.path)
        with self._lock:
            fault = self._faults.popleft() if self._faults else None
        if fault is not None and fault.kind == "delay":
            time.sleep(fault.seconds)
            fault = None
        if fault is not None and fault.kind == "reset":
            self._record(handler, parts.path, parts.query, raw, Verdict(0, None))
            handler.close_connection = True
            handler.connection.shutdown(socket.SHUT_RDWR)
            return
        if fault is not None:
            verdict = Verdict(fault.status, fault.body, dict(fault.headers))
        elif parts.path != COLLECTOR_PATH:
            verdict = Verdict(404, {"message": "Not Found"})
        elif handler.command != "POST":
            verdict = Verdict(405, {"message": "Method Not Allowed"})
        else:
            now_ms = self._clock() if self._clock is not None else None
            verdict = self.judge.judge(dict(handler.headers.items()), raw, now_ms)
        self._record(handler, parts.path, parts.query, raw, verdict)
        data = json.dumps(verdict.body).encode()
        handler.send_response(verdict.status)
        handler.send_header("Content-Type", "application/json")
        handler.send_header("Content-Length", str(len(data)))
        for name, value in verdict.headers.items():
            handler.send_header(name, value)
        handler.end_headers()
        handler.wfile.write(data)

    def _record(self, handler: BaseHTTPRequestHandler, path: str, query: str, raw: bytes, verdict: Verdict) -> None:
        try:
            body: Any = json.loads(raw) if raw else None
        except ValueError:
            body = raw.decode("utf-8", "replace")
        record = RecordedRequest(
            method=handler.command,
            path=path,
            query=parse_qs(query),
            headers=_masked(handler.headers.items()),
            body=body,
            status=verdict.status,
            response=verdict.body,
        )
        with self._lock:
            self.requests.append(record)
            if self._record_to is not None:
                with self._record_to.open("a", encoding="utf-8") as handle:
                    handle.write(json.dumps(record.to_json()) + "\n")
        spans = body.get("spans") if isinstance(body, dict) else None
        logger.info(
            "%s %s -> %s (%s span(s), trace %s)%s",
            handler.command,
            path,
            verdict.status or "connection reset",
            len(spans) if isinstance(spans, list) else 0,
            body.get("trace_id") if isinstance(body, dict) else None,
            f": {verdict.body}" if verdict.status >= 400 else "",
        )
