"""A real HTTP server on 127.0.0.1 for the client tests: scripted replies, recorded requests."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

ACCEPTED = {
    "message": "Trace received successfully.",
    "partialSuccess": {"rejectedSpans": 0, "rejectedEvaluations": 0, "errorMessage": ""},
}


@dataclass
class Reply:
    status: int = 200
    body: Any = field(default_factory=lambda: dict(ACCEPTED))
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0
    drop: bool = False  # close the connection without answering
    respond: Callable[[BaseHTTPRequestHandler, Received], None] | None = None  # writes the whole answer itself


@dataclass
class Received:
    method: str
    path: str
    query: dict[str, list[str]]
    headers: dict[str, str]
    body: bytes
    peer: tuple[str, int] = ("", 0)  # the client's address: which connection the request came on

    def json(self) -> Any:
        return json.loads(self.body)


class _QuietServer(ThreadingHTTPServer):
    def handle_error(self, request: Any, client_address: Any) -> None:
        pass  # clients that time out or are reset on purpose: not worth a traceback


class LocalServer:
    def __init__(self) -> None:
        self.replies: deque[Reply] = deque()
        self.received: list[Received] = []
        self._lock = threading.Lock()
        owner = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: Any) -> None:
                pass

            def do_POST(self) -> None:
                owner._handle(self)

            do_GET = do_POST

        self._server = _QuietServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, args=(0.05,), daemon=True)
        self._thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_port}"

    def reply(self, *replies: Reply) -> None:
        with self._lock:
            self.replies.extend(replies)

    def _handle(self, handler: BaseHTTPRequestHandler) -> None:
        length = int(handler.headers.get("Content-Length", 0))
        body = handler.rfile.read(length)
        parts = urlsplit(handler.path)
        received = Received(
            handler.command,
            parts.path,
            parse_qs(parts.query),
            dict(handler.headers.items()),
            body,
            handler.client_address,
        )
        with self._lock:
            self.received.append(received)
            reply = self.replies.popleft() if self.replies else Reply()
        if reply.delay:
            time.sleep(reply.delay)
        if reply.respond is not None:
            reply.respond(handler, received)
            return
        if reply.drop:
            handler.close_connection = True
            handler.connection.shutdown(socket.SHUT_RDWR)
            return
        data = reply.body if isinstance(reply.body, bytes) else json.dumps(reply.body).encode()
        handler.send_response(reply.status)
        handler.send_header("Content-Type", "application/json")
        handler.send_header("Content-Length", str(len(data)))
        for name, value in reply.headers.items():
            handler.send_header(name, value)
        handler.end_headers()
        handler.wfile.write(data)

    def close(self) -> None:
        self._server.shutdown()
        self._server.server_close()


def unused_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


class MockProcess:
    """The mock collector run as a command (`python -m ...`), as a user starts it from a shell."""

    def __init__(self, *command: str) -> None:
        self._process = subprocess.Popen(
            [sys.executable, "-m", *command], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        )
        assert self._process.stdout is not None
        self.url = self._process.stdout.readline().strip()  # the first line it prints
        self.stderr = ""
        self.returncode: int | None = None

    def __enter__(self) -> MockProcess:
        return self

    def __exit__(self, *exc: object) -> None:
        self._process.terminate()
        _, self.stderr = self._process.communicate(timeout=10)
        self.returncode = self._process.returncode
