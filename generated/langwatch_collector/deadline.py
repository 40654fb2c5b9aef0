"""A deadline for a whole HTTP exchange, status line and headers included, on the client's own pool.

urllib3's read timeout bounds each socket read, not their sum: a server that sends its status
line and headers a byte at a time never trips it. So the pool the client makes for itself uses
connections whose responses read through `_DeadlineReader`, which cuts every socket wait to
what is left of the attempt (a thread-local set around it) and, once that is spent, raises the
socket timeout urllib3 already turns into a ReadTimeoutError. Hand-written because neither
urllib3 nor http.client has a total deadline; it relies only on their documented extension
points (`pool_classes_by_scheme`, `ConnectionCls`, `response_class`) and on `HTTPResponse.fp`.
"""

from __future__ import annotations

import contextlib
import http.client
import io
import socket
import threading
import time
from collections.abc import Iterator
from typing import Any

import urllib3
from urllib3.connection import HTTPConnection, HTTPSConnection

_current = threading.local()


@contextlib.contextmanager
def attempt_deadline(deadline: float) -> Iterator[None]:
    """Bounds every answer read in this thread, inside the block, by `deadline` (time.monotonic())."""
    _current.deadline = deadline
    try:
        yield
    finally:
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
        self._sock.settimeout(remaining if self._per_read is None else min(self._per_read, remaining))
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


class _DeadlineHTTPConnection(HTTPConnection):
    response_class = _DeadlineResponse


class _DeadlineHTTPSConnection(HTTPSConnection):
    response_class = _DeadlineResponse


class _HTTPConnectionPool(urllib3.HTTPConnectionPool):
    ConnectionCls = _DeadlineHTTPConnection


class _HTTPSConnectionPool(urllib3.HTTPSConnectionPool):
    ConnectionCls = _DeadlineHTTPSConnection
