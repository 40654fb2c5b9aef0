"""The mock collector's HTTP transport: http.server, made to hold up under load and bad HTTP.

http.server parses request lines and headers. What it lacks for a server that clients hammer
is written here, a few lines each, rather than bringing a server framework into the `testing`
extra (h11 would parse chunked bodies but leave threads, timeouts and sockets to us):

- a listen backlog for bursts of new connections (http.server's 5 resets them);
- TCP_NODELAY, and each answer in one write: otherwise a keep-alive client waits for a delayed
  ACK (about 40 ms) on every request;
- request bodies read only up to the server's limit: an oversized `Content-Length` is answered
  at once, a chunked body is read chunk by chunk and refused past the limit;
- a malformed `Content-Length` or chunked body is a 400, and a failure of the mock itself a 500
  that says so: every request gets an answer;
- idle connections time out, and a client that went away costs one log line, not a traceback.
"""

from __future__ import annotations

import json
import logging
import re
import socket
import sys
import time
from collections.abc import Callable, Mapping
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from langwatch_collector.trace_limits import MAX_BODY_BYTES

# The body of the server's 413: its error handler answers it, before authentication.
PAYLOAD_TOO_LARGE = {"error": "An error occurred", "message": ""}
MOCK_FAILURE = "mock collector failure"
LISTEN_BACKLOG = 1024
_MAX_LINE = 1024  # a chunk-size line (with extensions) or a trailer line
_MAX_TRAILER_LINES = 100
_LINGER_SECONDS = 5.0
_HEX = re.compile(rb"[0-9A-Fa-f]{1,16}")

logger = logging.getLogger("langwatch_collector.mock")


class RequestRefused(Exception):
    """The request's body cannot or must not be read: answered with `status`, then the connection closes."""

    def __init__(self, status: int, body: Mapping[str, Any]) -> None:
        super().__init__(status, dict(body))
        self.status = status
        self.body = dict(body)


def _bad_request(message: str) -> RequestRefused:
    return RequestRefused(400, {"error": "Bad Request", "message": message})


def describe_error(error: BaseException) -> str:
    """An exception on one line: its type and message."""
    return " ".join(f"{type(error).__name__}: {error}".split())


def mock_failure(error: BaseException) -> dict[str, str]:
    """The body of the 500 the mock answers when it fails itself (not the server's answer)."""
    return {"error": MOCK_FAILURE, "message": describe_error(error)}


def _where(client_address: Any) -> str:
    if isinstance(client_address, tuple) and len(client_address) >= 2:
        return f"{client_address[0]}:{client_address[1]}"
    return str(client_address)


class MockRequestHandler(BaseHTTPRequestHandler):
    """One connection: reads requests to the limit and writes each answer in one piece."""

    protocol_version = "HTTP/1.1"
    server_version = "LangWatchMockCollector"
    server: MockHTTPServer
    _answered = False

    def setup(self) -> None:
        super().setup()
        self.connection.settimeout(self.server.idle_timeout)  # for every read and write on this connection
        self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        if self.server.connection_hook is not None:
            self.server.connection_hook(self)

    def log_message(self, format: str, *args: Any) -> None:
        """Silent: the mock logs each request it judges, one line each."""

    def handle_expect_100(self) -> bool:
        try:
            length = self.declared_length()
        except RequestRefused:
            return True  # refused in do_POST, without inviting the body first
        if length is not None and length > MAX_BODY_BYTES:
            return True  # the 413 goes out instead of 100 Continue
        return super().handle_expect_100()

    def do_POST(self) -> None:
        self._answered = False
        try:
            self.server.responder(self)
        except (ConnectionError, TimeoutError):
            raise
        except Exception as error:  # a bug of the mock: the client still gets an answer naming it
            logger.error("%s %s -> 500: %s", self.command, self.path, mock_failure(error))
            if not self._answered:
                self.answer(500, mock_failure(error), close=True)

    do_GET = do_PUT = do_DELETE = do_PATCH = do_POST

    # -- reading ---------------------------------------------------------------------------

    def declared_length(self) -> int | None:
        values = {value.strip() for value in self.headers.get_all("Content-Length") or []}
        if not values:
            return None
        if len(values) > 1:
            raise _bad_request("conflicting Content-Length headers")
        text = values.pop()
        if not (text.isascii() and text.isdigit()):
            raise _bad_request(f"Content-Length {text[:40]!r} is not a number of bytes")
        return int(text)

    def read_body(self) -> bytes:
        """The request's body; RequestRefused when it is malformed, too large or too slow."""
        length = self.declared_length()
        encoding = self.headers.get("Transfer-Encoding")
        try:
            if encoding is not None:
                if length is not None:
                    raise _bad_request("Content-Length and Transfer-Encoding together")
                if encoding.split(",")[-1].strip().lower() != "chunked":
                    raise _bad_request(f"Transfer-Encoding {encoding[:40]!r}: only chunked bodies are read")
                return self._read_chunked()
            if length is None:
                return b""
            if length > MAX_BODY_BYTES:
                raise RequestRefused(413, PAYLOAD_TOO_LARGE)
            body = self.rfile.read(length)
        except TimeoutError:
            message = f"no data for {self.server.idle_timeout:g} s while reading the body"
            raise RequestRefused(408, {"error": "Request Timeout", "message": message}) from None
        if len(body) < length:
            raise _bad_request(f"the body ended after {len(body)} of its Content-Length {length} bytes")
        return body

    def _read_chunked(self) -> bytes:
        parts: list[bytes] = []
        total = 0
        # Every chunk before the last one adds at least a byte, so the limit bounds this loop.
        while True:
            size = self._chunk_size()
            if size == 0:
                self._skip_trailers()
                return b"".join(parts)
            total += size
            if total > MAX_BODY_BYTES:
                raise RequestRefused(413, PAYLOAD_TOO_LARGE)
            chunk = self.rfile.read(size)
            if len(chunk) < size:
                raise _bad_request(f"the chunked body ended inside a chunk ({len(chunk)} of {size} bytes)")
            if self.rfile.readline(_MAX_LINE + 1) not in (b"\r\n", b"\n"):
                raise _bad_request("a chunk is not followed by CRLF")
            parts.append(chunk)

    def _chunk_size(self) -> int:
        line = self.rfile.readline(_MAX_LINE + 1)
        if not line.endswith(b"\n"):
            raise _bad_request("the chunked body ended (or its chunk-size line is too long)")
        digits = line.split(b";", 1)[0].strip()
        if not _HEX.fullmatch(digits):
            raise _bad_request(f"chunk size {digits[:20].decode('latin-1')!r} is not hexadecimal")
        return int(digits, 16)

    def _skip_trailers(self) -> None:
        for _ in range(_MAX_TRAILER_LINES):
            line = self.rfile.readline(_MAX_LINE + 1)
            if line in (b"\r\n", b"\n"):
                return
            if not line.endswith(b"\n"):
                raise _bad_request("the chunked body's trailer is cut short")
        raise _bad_request(f"more than {_MAX_TRAILER_LINES} trailer lines after the last chunk")

    # -- answering -------------------------------------------------------------------------

    def answer(self, status: int, body: Any, headers: Mapping[str, str] | None = None, *, close: bool = False) -> None:
        """Sends `body` as JSON, status line, headers and body in one write."""
        data = json.dumps(body).encode()
        extra = dict(headers or {})
        close = close or self.close_connection or extra.get("Connection", "").lower() == "close"
        reason = self.responses.get(status, ("",))[0]
        lines = [
            f"{self.protocol_version} {status} {reason}",
            f"Server: {self.version_string()}",
            f"Date: {self.date_time_string()}",
            "Content-Type: application/json",
            f"Content-Length: {len(data)}",
            *(f"{name}: {value}" for name, value in extra.items() if name.lower() != "connection"),
            *(["Connection: close"] if close else []),
        ]
        self._answered = True
        self.wfile.write(("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + data)
        self.close_connection = close

    def refuse(self, refused: RequestRefused) -> None:
        """Answers a request whose body was not read, then closes the connection gracefully."""
        self.answer(refused.status, refused.body, close=True)
        self._linger()

    def reset(self) -> None:
        """Closes the connection without an answer (an injected fault)."""
        self._answered = True
        self.close_connection = True
        self.connection.shutdown(socket.SHUT_RDWR)

    def _linger(self) -> None:
        """Drops what the client still sends, for a few seconds, before closing.

        Closing with unread data resets the connection, and a client still sending its body
        would then lose the answer before reading it.
        """
        deadline = time.monotonic() + _LINGER_SECONDS
        try:
            self.connection.shutdown(socket.SHUT_WR)
            while (remaining := deadline - time.monotonic()) > 0:
                self.connection.settimeout(remaining)
                if not self.connection.recv(65536):
                    return
        except OSError:  # the client reset or stayed silent: the connection closes either way
            return


class MockHTTPServer(ThreadingHTTPServer):
    """A thread per connection; `responder` answers each request through its handler."""

    daemon_threads = True
    request_queue_size = LISTEN_BACKLOG

    def __init__(
        self,
        address: tuple[str, int],
        responder: Callable[[MockRequestHandler], None],
        *,
        idle_timeout: float,
        connection_hook: Callable[[MockRequestHandler], None] | None = None,
    ) -> None:
        self.responder = responder
        self.idle_timeout = idle_timeout
        self.connection_hook = connection_hook
        super().__init__(address, MockRequestHandler)

    def handle_error(self, request: Any, client_address: Any) -> None:
        error = sys.exc_info()[1] or RuntimeError("unknown error")
        where = _where(client_address)
        if isinstance(error, (ConnectionError, TimeoutError)):
            # A client that gave up (a timeout test, a reset) is routine here.
            logger.info("client %s gone: %s", where, describe_error(error))
        else:
            traceback = logger.isEnabledFor(logging.DEBUG)  # one line unless debugging
            logger.error("connection from %s failed: %s", where, describe_error(error), exc_info=traceback)
