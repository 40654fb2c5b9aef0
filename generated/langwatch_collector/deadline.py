"""A deadline for a whole HTTP exchange, status line and headers included, on the client's own pool.

urllib3's read timeout bounds each socket read, not their sum: a server that sends its status
line and headers a byte at a time never trips it. So the pool the client makes for itself uses
connections whose responses read through `_DeadlineReader`, which cuts every socket wait to
what is left of the attempt (a thread-local set around it) and, once that is spent, raises the
socket timeout urllib3 already turns into a ReadTimeoutError. Hand-written because neither
urllib3 nor http.client has a total deadline; it relies only on their documented extension
points (`pool_classes_by_scheme`, `ConnectionCls`, `response_class`) and on `HTTPResponse.fp`.

The same connections write a request with a small body in one `sendall`, head and body
together (urllib3 writes the head, then the body): one segment instead of two, so the server
reads the whole request at once instead of waking for the head and again for the body, and a
socket with a timeout waits once for room to write instead of twice. A body over
ONE_WRITE_MAX_BODY is written on its own, as urllib3 does, not copied to join it to the head.
"""

from __future__ import annotations

import http.client
import io
import socket
import threading
import time
from collections.abc import Mapping
from typing import Any

import urllib3
from urllib3.connection import HTTPConnection, HTTPSConnection

ONE_WRITE_MAX_BODY = 64 * 1024  # past this, joining would copy more than a second write costs

_current = threading.local()


class attempt_deadline:  # named like a function: used like contextlib's managers (a class costs less per request)
    """Bounds every answer read in this thread, inside the block, by `deadline` (time.monotonic())."""

    __slots__ = ("_deadline",)

    def __init__(self, deadline: float) -> None:
        self._deadline = deadline

    def __enter__(self) -> None:
        _current.deadline = self._deadline

    def __exit__(self, *exc: object) -> None:
        _current.deadline = None


def deadline_pool(**options: Any) -> urllib3.PoolManager:
    """A PoolManager whose connections honour `attempt_deadline`."""
    pool = urllib3.PoolManager(**options)
    pool.pool_classes_by_scheme = {"http": _HTTPConnectionPool, "https": _HTTPSConnectionPool}
    return pool


class _DeadlineReader(io.RawIOBase):
    def __init__(self, raw: io.RawIOBase, sock: socket.socket, deadline: float) -> None:
        super().__init__()
        self._raw = raw
        self._sock = sock
        self._deadline = deadline
        self._per_read = sock.gettimeout()  # what urllib3 set: the read timeout, capped at the attempt's start

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int | None:
        remaining = self._deadline - time.monotonic()
        if remaining <= 0:
            raise TimeoutError("the time for this request ran out")
        wait = remaining if self._per_read is None else min(self._per_read, remaining)
        if self._sock.gettimeout() != wait:  # settimeout is a system call; usually the wait is already set
            self._sock.settimeout(wait)
        return self._raw.readinto(buffer)

    def close(self) -> None:
        self._raw.close()  # the socket's own file object: closing it releases the socket as usual
        super().close()


class _DeadlineResponse(http.client.HTTPResponse):
    def __init__(self, sock: socket.socket, *args: Any, **kwargs: Any) -> None:
        super().__init__(sock, *args, **kwargs)
        deadline: float | None = getattr(_current, "deadline", None)
        if deadline is not None:
            raw = self.fp.detach()
            self.fp = io.BufferedReader(_DeadlineReader(raw, sock, deadline))


class _OneWriteConnection(HTTPConnection):
    """Holds the head of a request with a small body back, to write it with the body."""

    _holding = False
    _held: bytes | None = None

    def request(  # type: ignore[override]  # urllib3's signature, which itself departs from http.client's
        self,
        method: str,
        url: str,
        body: Any = None,
        headers: Mapping[str, str] | None = None,
        *,
        chunked: bool = False,
        preload_content: bool = True,
        decode_content: bool = True,
        enforce_content_length: bool = True,
    ) -> None:
        options: dict[str, Any] = {
            "chunked": chunked,
            "preload_content": preload_content,
            "decode_content": decode_content,
            "enforce_content_length": enforce_content_length,
        }
        if chunked or not isinstance(body, bytes) or not body or len(body) > ONE_WRITE_MAX_BODY:
            return super().request(method, url, body, headers, **options)
        self._holding, self._held = True, None
        try:
            super().request(method, url, body, headers, **options)
        finally:
            self._holding, self._held = False, None

    def send(self, data: Any) -> None:
        if not self._holding:
            return super().send(data)
        if self._held is None:  # the head (http.client writes it in one piece): kept for the body
            self._held = bytes(data)
            return None
        head, self._holding, self._held = self._held, False, None
        return super().send(head + data)


class _DeadlineHTTPConnection(_OneWriteConnection):
    response_class = _DeadlineResponse


class _DeadlineHTTPSConnection(_OneWriteConnection, HTTPSConnection):
    response_class = _DeadlineResponse


class _HTTPConnectionPool(urllib3.HTTPConnectionPool):
    ConnectionCls = _DeadlineHTTPConnection


class _HTTPSConnectionPool(urllib3.HTTPSConnectionPool):
    ConnectionCls = _DeadlineHTTPSConnection
