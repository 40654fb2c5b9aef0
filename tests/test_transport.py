"""How the client's own pool puts a request on the wire (`deadline.py`): what leaves the socket, in how many writes."""

from __future__ import annotations

import time
from typing import Any

import pytest
import urllib3
from urllib3.connection import HTTPConnection

import langwatch_collector as lc
from langwatch_collector import deadline
from langwatch_collector.deadline import deadline_pool
from tests.local_server import LocalServer, Reply
from tests.test_client import make_client, trace

HEADERS = {"Content-Type": "application/json", "X-Auth-Token": "secret-test-key"}


class RecordingSocket:
    """Stands in for a connected socket: keeps every write."""

    def __init__(self) -> None:
        self.writes: list[bytes] = []

    def sendall(self, data: Any) -> None:
        self.writes.append(bytes(data))

    def settimeout(self, seconds: float | None) -> None:
        pass

    def gettimeout(self) -> float | None:
        return None

    def close(self) -> None:
        pass


def written(connection: HTTPConnection, body: Any) -> list[bytes]:
    sock = RecordingSocket()
    connection.sock = sock
    connection.request("POST", "/api/collector", body=body, headers=HEADERS)
    return sock.writes


def own_connection() -> HTTPConnection:
    pool = deadline_pool(maxsize=1)
    connection = pool.connection_from_url("http://127.0.0.1:9/")._new_conn()
    assert isinstance(connection, HTTPConnection)
    return connection


def test_a_small_request_leaves_in_one_write_with_the_same_bytes_as_urllib3_sends() -> None:
    body = b'{"trace_id":"t1","spans":[]}'
    sent = written(own_connection(), body)
    assert len(sent) == 1  # one segment: the server reads the request in one go, not the head and then the body
    assert sent[0] == b"".join(written(HTTPConnection("127.0.0.1", 9), body))
    assert sent[0].endswith(b"\r\n\r\n" + body)


def test_a_large_body_is_not_copied_to_join_it_to_the_head() -> None:
    body = b"x" * (deadline.ONE_WRITE_MAX_BODY + 1)
    sent = written(own_connection(), body)
    assert len(sent) == 2 and sent[1] == body
    assert sent == written(HTTPConnection("127.0.0.1", 9), body)


@pytest.mark.parametrize("body", [b"", None, "text", [b"chunk"]])
def test_other_bodies_are_sent_as_urllib3_sends_them(body: Any) -> None:
    assert b"".join(written(own_connection(), body)) == b"".join(written(HTTPConnection("127.0.0.1", 9), body))


def test_the_connection_is_usable_for_the_next_request_after_one_write(server: LocalServer) -> None:
    with make_client(server.url) as client:
        for _ in range(3):
            client.collect(trace())
    assert len(server.received) == 3
    assert len({received.peer for received in server.received}) == 1  # kept alive
    assert all(received.json()["trace_id"] for received in server.received)


def test_a_client_used_after_close_reconnects(server: LocalServer) -> None:
    client = make_client(server.url)
    client.collect(trace())
    client.close()
    client.collect(trace())
    client.close()
    assert len(server.received) == 2
    assert server.received[0].peer != server.received[1].peer  # the closed connection was not reused


def test_a_redirect_is_returned_not_followed_on_the_clients_own_pool(server: LocalServer) -> None:
    server.reply(Reply(status=307, body={}, headers={"Location": server.url + "/elsewhere"}))
    with make_client(server.url) as client, pytest.raises(lc.APIStatusError) as raised:
        client.collect(trace())
    assert raised.value.status_code == 307
    assert [received.path for received in server.received] == ["/api/collector"]


def test_a_total_timeout_is_accepted_and_bounds_the_attempt(server: LocalServer) -> None:
    with make_client(server.url, timeout=urllib3.Timeout(total=5.0)) as client:
        assert client.collect(trace()).responses[0].message == "Trace received successfully."
    server.reply(*[Reply(delay=3.0)] * 3)
    with (
        make_client(server.url, timeout=urllib3.Timeout(total=0.3), max_retries=0) as client,
        pytest.raises(lc.APITimeoutError),
    ):
        started = time.monotonic()
        client.collect(trace())
    assert time.monotonic() - started < 0.3 + 2.0
