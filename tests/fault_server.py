"""A loopback collector sink that injects faults, for the standing fault-injection run.

It answers about a fifth of the requests with a fault drawn from a schedule seeded per request
number (request 1234 of seed 8 always gets the same fault, whatever the threads' order):
ingest failures (500), 502/503/504, 429 with `Retry-After` or `retry-after-ms` (small values, a
date, and the unusable `nan`), a reset before the body is read, a reset after the body was read
and stored, an answer later than the client's read timeout, and an answer dripped a byte at a
time for longer than the client's retry budget. Traces whose id carries a refusal mark
(`trace_id("…", refusal="401")`) get the non-retryable answer of that mark, taken from the
spec's own examples. Every other request is stored (counted per trace id and span ids) and
answered 200.

It records each request it served (`Served`): which trace, what it answered, whether the body
was stored, so a test can tell a duplicate a reset explains from one nothing explains.

Hand-written on `http.server` rather than a framework: resets (RST, with the body unread or
read), late and dripped answers need the raw socket, which frameworks hide. It runs in a
process of its own so that the senders' threads cannot starve it of the GIL (a starved server
answers late, and a late answer is a client timeout the test did not schedule), and it stops by
itself when told, when its parent goes away, or after `FaultPlan.lifetime` seconds.
"""

from __future__ import annotations

import contextlib
import json
import multiprocessing
import random
import socket
import struct
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from multiprocessing.connection import Connection
from typing import Any

from tests import spec_support

REFUSAL_MARK = "-refuse-"
ACCEPTED = json.dumps(
    {
        "message": "Trace received successfully.",
        "partialSuccess": {"rejectedSpans": 0, "rejectedEvaluations": 0, "errorMessage": ""},
    }
).encode()

# (kind, share in thousandths): about a fifth of all requests get a fault.
FAULTS: tuple[tuple[str, int], ...] = (
    ("ingest_failure", 40),  # 500 Failed to ingest all N spans, please retry
    ("bad_gateway", 15),  # 502, an HTML body as proxies send
    ("unavailable", 15),  # 503 with Retry-After: 0.01
    ("gateway_timeout", 15),  # 504, no body
    ("rate_limited", 40),  # 429 with one of RETRY_AFTER
    ("reset_before_read", 25),  # RST with the body unread: nothing stored
    ("reset_after_read", 25),  # RST after the body was read and stored: the client cannot know
    ("late", 20),  # nothing stored; a 503 after the client's read timeout
    ("drip", 2),  # stored; a 200 sent a byte at a time for longer than the retry budget
)
# Faults after which the body was stored but the client got no whole answer: a retry may store it again.
STORED_UNANSWERED = frozenset({"reset_after_read", "drip"})
RETRY_AFTER: tuple[tuple[str, str], ...] = (
    ("Retry-After", "0"),
    ("Retry-After", "0.01"),
    ("Retry-After", "Wed, 21 Oct 2015 07:28:00 GMT"),  # a date in the past: retry now
    ("Retry-After", "nan"),  # unusable: to be treated as absent
    ("retry-after-ms", "0"),
    ("retry-after-ms", "5"),
    ("retry-after-ms", "nan"),
)


def _example(status: str, name: str) -> Any:
    return spec_support.operation()["responses"][status]["content"]["application/json"]["examples"][name]["value"]


# Non-retryable answers, by the mark a trace id carries: (status, body from the spec's examples).
REFUSALS: dict[str, tuple[int, Any]] = {
    "400": (400, _example("400", "validation")),
    "401": (401, _example("401", "current")),
    "402": (402, _example("402", "plan_limit")),
    "403": (403, _example("403", "permission_denied")),
    "413": (413, _example("413", "too_large")),
    "429-spans": (429, _example("429", "too_many_spans")),
    "429-plan": (429, _example("429", "legacy_plan_limit")),
}


def trace_id(name: str, refusal: str | None = None) -> str:
    """A trace id; with `refusal` (a key of REFUSALS), the server refuses the trace that way."""
    if refusal is not None and refusal not in REFUSALS:
        raise ValueError(f"unknown refusal {refusal!r}; known: {', '.join(REFUSALS)}")
    return name if refusal is None else f"{name}{REFUSAL_MARK}{refusal}"


def refusal_of(trace: str) -> str | None:
    return trace.partition(REFUSAL_MARK)[2] or None


def fault_for(seed: int, number: int) -> str:
    """The fault scheduled for request `number` (from 0), or "ok"."""
    draw = random.Random(f"{seed}/{number}").randrange(1000)
    for kind, share in FAULTS:
        if draw < share:
            return kind
        draw -= share
    return "ok"


def retry_after_for(seed: int, number: int) -> tuple[str, str]:
    """The wait header a `rate_limited` answer to request `number` carries."""
    return random.Random(f"{seed}/{number}/retry-after").choice(RETRY_AFTER)


@dataclass(frozen=True)
class FaultPlan:
    """How the server misbehaves. `late_by` must exceed the client's read timeout, `drip_interval`
    stay under it, and `drip_for` exceed the client's retry budget."""

    late_by: float
    drip_interval: float
    drip_for: float
    seed: int = 8
    lifetime: float = 600.0


@dataclass(frozen=True)
class Served:
    """One request as the server handled it."""

    number: int
    kind: str  # "ok", a fault of FAULTS, "refuse-<mark>", or "unreadable" (not a trace, or not HTTP)
    trace_id: str | None  # None when the body was never read
    spans: tuple[str, ...]
    status: int | None  # None: reset, no answer
    stored: bool


@dataclass
class _Ledger:
    served: list[Served] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)
    next_number: int = 0

    def take_number(self) -> int:
        with self.lock:
            number = self.next_number
            self.next_number += 1
            return number

    def add(self, served: Served) -> None:
        with self.lock:
            self.served.append(served)

    def snapshot(self) -> list[Served]:
        with self.lock:
            return list(self.served)


def _response(status: int, body: bytes, headers: dict[str, str], *, closing: bool) -> tuple[bytes, bytes]:
    """The head and the body of an answer."""
    reason = {200: "OK", 502: "Bad Gateway", 503: "Service Unavailable", 504: "Gateway Timeout"}.get(status, "Error")
    lines = [f"HTTP/1.1 {status} {reason}", "Content-Type: application/json", f"Content-Length: {len(body)}"]
    lines += [f"{name}: {value}" for name, value in headers.items()]
    lines += ["Connection: close"] if closing else []
    return ("\r\n".join(lines) + "\r\n\r\n").encode(), body


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    plan: FaultPlan
    ledger: _Ledger

    def log_message(self, *args: Any) -> None:
        pass

    def finish(self) -> None:
        with contextlib.suppress(OSError, ValueError):  # the socket was reset on purpose, or by the client
            super().finish()

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        """What http.server refuses before `do_POST` (a garbled head) is recorded too."""
        self._unreadable(self.ledger.take_number(), code, message or "fault server: unreadable request")

    def _unreadable(self, number: int, status: int, message: str) -> None:
        self.ledger.add(Served(number, "unreadable", None, (), status, False))
        self.close_connection = True
        self._write(status, json.dumps({"message": message}).encode(), {}, closing=True)

    def do_POST(self) -> None:
        number = self.ledger.take_number()
        kind = fault_for(self.plan.seed, number)
        if kind == "reset_before_read":
            self.ledger.add(Served(number, kind, None, (), None, False))
            self._reset()
            return
        try:
            document = json.loads(self.rfile.read(int(self.headers.get("Content-Length") or 0)))
            trace, spans = document["trace_id"], tuple(span["span_id"] for span in document["spans"])
        except (ValueError, KeyError, TypeError):  # bytes of two requests mixed on one socket, say
            self._unreadable(number, 400, "fault server: the body is not a trace")
            return
        refusal = refusal_of(trace)
        if refusal is not None:  # after the body is read; a reset before reading still comes first
            kind = f"refuse-{refusal}"
        stored = kind in ("ok", *STORED_UNANSWERED)
        if kind == "reset_after_read":
            self.ledger.add(Served(number, kind, trace, spans, None, stored))
            self._reset()
            return
        status, body, headers = self._answer(number, kind, refusal, len(spans))
        self.ledger.add(Served(number, kind, trace, spans, status, stored))
        if kind == "late":
            time.sleep(self.plan.late_by)
        self._write(status, body, headers, closing=kind in ("late", "drip"), drip=kind == "drip")

    def _answer(
        self, number: int, kind: str, refusal: str | None, span_count: int
    ) -> tuple[int, bytes, dict[str, str]]:
        if refusal is not None:
            status, document = REFUSALS[refusal]
            return status, json.dumps(document).encode(), {}
        if kind in ("ok", "drip"):
            return 200, ACCEPTED, {}
        if kind == "ingest_failure":
            return 500, self._ingest_failure(span_count), {}
        if kind == "bad_gateway":
            return 502, b"<html><body>502 Bad Gateway</body></html>", {}
        if kind == "unavailable":
            return 503, b'{"message":"Service Unavailable"}', {"Retry-After": "0.01"}
        if kind == "gateway_timeout":
            return 504, b"", {}
        if kind == "rate_limited":
            name, value = retry_after_for(self.plan.seed, number)
            return 429, b'{"message":"Too Many Requests"}', {name: value}
        if kind == "late":
            return 503, b'{"message":"Service Unavailable"}', {}
        raise AssertionError(f"fault server: no answer for {kind!r}")

    def _ingest_failure(self, span_count: int) -> bytes:
        body = _example("500", "ingest_failure")
        reason = body["partialSuccess"]["errorMessage"].split("; ")[0]
        body["message"] = f"Failed to ingest all {span_count} spans, please retry"
        body["partialSuccess"] = {"rejectedSpans": span_count, "errorMessage": "; ".join([reason] * span_count)}
        return json.dumps(body).encode()

    def _write(
        self, status: int, body: bytes, headers: dict[str, str], *, closing: bool = False, drip: bool = False
    ) -> None:
        """Writes an answer in one piece, or a byte at a time with `drip`. `closing` adds
        `Connection: close` and closes after it, so that the client does not reuse the connection
        (a request sent on a connection as it closes would be lost, never served)."""
        self.close_connection = self.close_connection or closing
        head, body = _response(status, body, headers, closing=closing)
        try:
            if drip:
                self._drip(head, body)
            else:
                self.wfile.write(head + body)
        except OSError:  # the client gave up (its read timeout): nothing to tell it
            self.close_connection = True

    def _drip(self, head: bytes, body: bytes) -> None:
        ends = time.monotonic() + self.plan.drip_for
        self.wfile.write(head)
        for index in range(len(body)):
            if time.monotonic() >= ends:
                self.wfile.write(body[index:])
                return
            self.wfile.write(body[index : index + 1])
            time.sleep(self.plan.drip_interval)

    def _reset(self) -> None:
        """Closes with RST (SO_LINGER 0), as a crashed server or a load balancer does."""
        self.close_connection = True
        self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        self.rfile.close()  # the socket closes only once its last file is closed
        self.connection.close()


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 256  # many senders reconnect at once after resets

    def handle_error(self, request: Any, client_address: Any) -> None:
        pass  # resets and clients that gave up are what this server is for

    def get_request(self) -> tuple[socket.socket, Any]:
        connection, address = super().get_request()
        connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)  # each drip byte leaves at once
        return connection, address


def _serve(plan: FaultPlan, parent: Connection) -> None:
    ledger = _Ledger()
    handler = type("Handler", (_Handler,), {"plan": plan, "ledger": ledger})
    server = _Server(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True).start()
    parent.send(server.server_port)
    try:
        parent.poll(plan.lifetime)  # a stop request, the parent gone (EOF), or the lifetime over
    finally:
        server.shutdown()
        server.server_close()
    with contextlib.suppress(OSError):  # the parent is gone
        parent.send(ledger.snapshot())


class FaultServer:
    """`with FaultServer(plan) as server:` send to `server.url`, then `server.stop()` for what it served."""

    def __init__(self, plan: FaultPlan) -> None:
        self.plan = plan
        context = multiprocessing.get_context("spawn")
        self._pipe, child_end = context.Pipe()
        self._process = context.Process(target=_serve, args=(plan, child_end), daemon=True)
        self._process.start()
        child_end.close()
        try:
            port = self._pipe.recv() if self._pipe.poll(120) else None
        except EOFError:
            port = None
        if port is None:
            self._process.kill()
            self._process.join(10)
            raise RuntimeError(f"the fault server did not start (exit code {self._process.exitcode})")
        self.url = f"http://127.0.0.1:{port}"
        self._served: list[Served] | None = None

    def stop(self) -> list[Served]:
        """Stops the server; every request it served, by request number."""
        if self._served is None:
            self._pipe.send("stop")
            if not self._pipe.poll(60):
                self._process.kill()
                raise RuntimeError("the fault server did not report within 60 s of being stopped")
            self._served = sorted(self._pipe.recv(), key=lambda served: served.number)
            self._process.join(10)
        return self._served

    def __enter__(self) -> FaultServer:
        return self

    def __exit__(self, *exc: object) -> None:
        if self._served is None and self._process.is_alive():
            self._process.kill()
        self._process.join(10)
        self._pipe.close()
