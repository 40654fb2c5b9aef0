"""The mock collector's transport: under load, against bad HTTP, with bounded memory, credentials masked."""

from __future__ import annotations

import http.client
import json
import logging
import socket
import struct
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import urllib3

import langwatch_collector as lc
from langwatch_collector import jsontext, redaction, trace_limits
from langwatch_collector.testing import MockCollector
from langwatch_collector.testing.__main__ import build_parser

NOW_MS = lc.now_millis()
HEADERS = {"X-Auth-Token": "key", "Content-Type": "application/json"}
TOO_LARGE = {"error": "An error occurred", "message": ""}
MOCK_LOGGER = "langwatch_collector.mock"


def trace(trace_id: str = "t-1", *, on_spans: bool = False) -> dict[str, Any]:
    span = {"span_id": "s-1", "type": "span", "timestamps": {"started_at": NOW_MS - 10, "finished_at": NOW_MS}}
    if on_spans:
        return {"spans": [{**span, "trace_id": trace_id}]}
    return {"trace_id": trace_id, "spans": [span]}


def body_of(document: Any) -> bytes:
    return json.dumps(document).encode()


def port_of(mock: MockCollector) -> int:
    return int(mock.url.rsplit(":", 1)[1])


def connect(mock: MockCollector, timeout: float = 10.0) -> socket.socket:
    return socket.create_connection(("127.0.0.1", port_of(mock)), timeout=timeout)


def request_head(length: int | str | None = None, *, extra: str = "", path: str = "/api/collector") -> bytes:
    lines = [f"POST {path} HTTP/1.1", "Host: 127.0.0.1", "X-Auth-Token: key", "Content-Type: application/json"]
    if length is not None:
        lines.append(f"Content-Length: {length}")
    return ("\r\n".join(lines) + "\r\n" + extra + "\r\n").encode()


def read_answer(sock: socket.socket) -> tuple[int, dict[str, str], Any]:
    """One HTTP answer from a raw socket: status, headers (lower-cased names), JSON body."""
    response = http.client.HTTPResponse(sock)
    response.begin()
    data = response.read()
    return response.status, {name.lower(): value for name, value in response.getheaders()}, json.loads(data)


def closed_by_server(sock: socket.socket, within: float = 10.0) -> bool:
    """True if the server closes the connection within `within` seconds (what it still sends is discarded)."""
    sock.settimeout(within)
    deadline = time.monotonic() + within
    try:
        while time.monotonic() < deadline:
            if not sock.recv(65536):
                return True
    except ConnectionResetError:
        return True
    except TimeoutError:
        return False
    return False


def chunked(*parts: bytes) -> bytes:
    return b"".join(b"%x\r\n%s\r\n" % (len(part), part) for part in parts)


@pytest.fixture
def mock() -> Iterator[MockCollector]:
    with MockCollector() as started:
        yield started


# -- credentials are masked everywhere the mock shows or keeps headers -----------------------

CREDENTIALS = {
    "x-auth-token": "secret-token",
    "AUTHORIZATION": "Bearer secret-bearer",
    "Proxy-Authorization": "Basic c2VjcmV0LXByb3h5",
    "cookie": "session=secret-cookie",
    "Set-Cookie": "id=secret-set-cookie",
    "X-API-KEY": "secret-api-key",
}


def test_every_credential_header_is_masked_whatever_its_case() -> None:
    masked = redaction.mask_headers({**CREDENTIALS, "X-Project-Id": "project-1", "Content-Type": "application/json"})
    assert "secret" not in json.dumps(masked)
    assert masked["AUTHORIZATION"] == "Bearer ***" and masked["Proxy-Authorization"] == "Basic ***"
    assert masked["cookie"] == masked["X-API-KEY"] == "***"
    assert masked["X-Project-Id"] == "project-1" and masked["Content-Type"] == "application/json"
    assert redaction.mask_headers([("Authorization", "secret-without-scheme")]) == {"Authorization": "***"}
    assert redaction.mask_headers([("Authorization", "secret-a secret-b")]) == {"Authorization": "***"}


def test_the_mock_masks_credentials_in_recordings_and_logs(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    record = tmp_path / "requests.jsonl"
    caplog.set_level(logging.DEBUG, MOCK_LOGGER)
    with MockCollector(record_to=record) as mock:
        pool = urllib3.PoolManager(retries=False)
        response = pool.request(
            "POST", mock.url + "/api/collector", body=body_of(trace()), headers={**CREDENTIALS, **HEADERS}
        )
        assert response.status == 200
        recorded = mock.requests[-1].headers
    assert {name.lower() for name in recorded} >= {name.lower() for name in CREDENTIALS}
    assert "secret" not in json.dumps(recorded)
    assert "secret" not in record.read_text(encoding="utf-8")
    assert "secret" not in caplog.text and "POST /api/collector -> 200" in caplog.text


# -- load: a burst of new connections, and keep-alive without a stall per request ------------


def test_fifty_threads_opening_fresh_connections_all_get_answers(mock: MockCollector) -> None:
    barrier = threading.Barrier(50, timeout=30)
    statuses: list[int] = []
    failures: list[str] = []

    def send() -> None:
        barrier.wait()
        connection = http.client.HTTPConnection("127.0.0.1", port_of(mock), timeout=30)
        try:
            connection.request("POST", "/api/collector", body=body_of(trace()), headers=HEADERS)
            statuses.append(connection.getresponse().status)
        except OSError as error:
            failures.append(repr(error))
        finally:
            connection.close()

    threads = [threading.Thread(target=send) for _ in range(50)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert failures == []
    assert statuses == [200] * 50


class _CountingWriter:
    """Stands in for a connection's writer: counts the writes each answer takes."""

    def __init__(self, inner: Any) -> None:
        self.inner = inner
        self.writes = 0

    def write(self, data: bytes) -> int:
        self.writes += 1
        written: int = self.inner.write(data)
        return written

    def flush(self) -> None:
        self.inner.flush()

    @property
    def closed(self) -> bool:
        closed: bool = self.inner.closed
        return closed


def test_keep_alive_answers_go_out_in_one_write_without_nagle() -> None:
    nodelay: list[int] = []
    writers: list[_CountingWriter] = []

    def observe(handler: Any) -> None:
        nodelay.append(handler.connection.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY))
        handler.wfile = _CountingWriter(handler.wfile)
        writers.append(handler.wfile)

    mock = MockCollector()
    mock._connection_hook = observe
    with mock:
        connection = http.client.HTTPConnection("127.0.0.1", port_of(mock), timeout=10)
        for index in range(50):
            connection.request("POST", "/api/collector", body=body_of(trace(f"t-{index}")), headers=HEADERS)
            response = connection.getresponse()
            assert response.status == 200
            response.read()
        connection.close()
    assert len(writers) == 1  # one connection served all 50 requests
    assert nodelay == [1]
    assert writers[0].writes == 50  # status line, headers and body in one write each


# -- every request gets an HTTP answer -------------------------------------------------------


@pytest.mark.parametrize(
    "raw",
    [
        b'{"spans":[1]}',
        b'{"trace_id": "t", "spans": ' + b"[" * 10_000 + b"]" * 10_000 + b"}",
        b"[" * 100_000 + b"]" * 100_000,
    ],
    ids=["span-not-an-object", "nested-10000", "nested-100000"],
)
def test_bodies_the_judge_chokes_on_still_get_an_answer(raw: bytes, mock: MockCollector) -> None:
    with connect(mock) as sock:
        sock.sendall(request_head(len(raw)) + raw)
        status, _, answer = read_answer(sock)
    assert 200 <= status < 600 and isinstance(answer, dict)
    assert mock.requests[-1].status == status


def test_a_judge_failure_is_a_500_naming_the_mock(
    mock: MockCollector, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    def broken(*_: Any, **__: Any) -> Any:
        raise KeyError("spans")

    monkeypatch.setattr(mock.judge, "judge", broken)
    caplog.set_level(logging.DEBUG, MOCK_LOGGER)
    response = urllib3.PoolManager(retries=False).request(
        "POST", mock.url + "/api/collector", body=body_of(trace()), headers=HEADERS
    )
    assert response.status == 500
    assert json.loads(response.data) == {"error": "mock collector failure", "message": "KeyError: 'spans'"}
    failures = [record for record in caplog.records if "mock collector failure" in record.getMessage()]
    assert len(failures) == 1 and failures[0].exc_info is None and "\n" not in failures[0].getMessage()


@pytest.mark.parametrize(
    "length", ["abc", "-1", "+5", "1_0", " ", "5, 6"], ids=["abc", "negative", "plus", "underscore", "blank", "list"]
)
def test_a_bad_content_length_is_a_400_and_the_connection_closes(length: str, mock: MockCollector) -> None:
    with connect(mock, timeout=5) as sock:
        sock.sendall(request_head(length) + b"{}")
        status, headers, answer = read_answer(sock)
        assert status == 400 and "Content-Length" in answer["message"]
        assert headers["connection"] == "close"
        assert closed_by_server(sock)


def test_content_length_with_transfer_encoding_is_a_400(mock: MockCollector) -> None:
    with connect(mock, timeout=5) as sock:
        sock.sendall(request_head(2, extra="Transfer-Encoding: chunked\r\n") + chunked(b"{}") + b"0\r\n\r\n")
        assert read_answer(sock)[0] == 400


# -- the body limit, before reading, and chunked bodies ---------------------------------------


def test_an_oversized_content_length_is_refused_before_the_body_is_read(mock: MockCollector) -> None:
    with connect(mock) as sock:
        # No key, and only the head sent: the 413 comes first, as the server answers it.
        sock.sendall(request_head(200 * 1024 * 1024).replace(b"X-Auth-Token: key\r\n", b""))
        status, headers, answer = read_answer(sock)
        assert (status, answer) == (413, TOO_LARGE)
        assert headers["connection"] == "close"
        assert closed_by_server(sock)
    assert mock.requests[-1].status == 413 and mock.requests[-1].body is None


def test_expect_100_continue_gets_the_413_instead_of_continue(mock: MockCollector) -> None:
    with connect(mock) as sock:
        sock.sendall(request_head(200 * 1024 * 1024, extra="Expect: 100-continue\r\n"))
        assert sock.makefile("rb").readline().startswith(b"HTTP/1.1 413 ")


def test_a_client_sending_an_oversized_body_reads_the_413(mock: MockCollector) -> None:
    huge = b" " * (trace_limits.MAX_BODY_BYTES + 1)
    response = urllib3.PoolManager(retries=False).request("POST", mock.url + "/api/collector", body=huge, headers={})
    assert (response.status, json.loads(response.data)) == (413, TOO_LARGE)


def test_a_chunked_body_is_read(mock: MockCollector) -> None:
    data = body_of(trace("t-chunked"))
    with connect(mock) as sock:
        head = request_head(extra="Transfer-Encoding: chunked\r\n")
        sock.sendall(head + chunked(data[:10], data[10:]) + b"0\r\nX-Trailer: yes\r\n\r\n")
        assert read_answer(sock)[0] == 200
        sock.sendall(head + chunked(data) + b"0\r\n\r\n")  # the connection stays usable
        assert read_answer(sock)[0] == 200
    assert [request.body["trace_id"] for request in mock.requests] == ["t-chunked", "t-chunked"]


def test_a_chunked_body_past_the_limit_is_refused_without_reading_the_rest(mock: MockCollector) -> None:
    megabyte = b" " * (1024 * 1024)
    with connect(mock) as sock:
        sock.sendall(request_head(extra="Transfer-Encoding: chunked\r\n"))
        for _ in range(trace_limits.MAX_BODY_BYTES // len(megabyte) + 1):  # no final chunk: only the limit ends it
            sock.sendall(chunked(megabyte))
        status, headers, answer = read_answer(sock)
        assert (status, answer, headers["connection"]) == (413, TOO_LARGE, "close")


@pytest.mark.parametrize("bad", [b"zz\r\n{}\r\n0\r\n\r\n", b"2\r\n{}XX0\r\n\r\n", b"2\r\n{"])
def test_a_malformed_chunked_body_is_a_400(bad: bytes, mock: MockCollector) -> None:
    with connect(mock, timeout=5) as sock:
        sock.sendall(request_head(extra="Transfer-Encoding: chunked\r\n") + bad)
        if bad.endswith(b"{"):
            sock.shutdown(socket.SHUT_WR)  # the body ends before its chunk does
        status, _, answer = read_answer(sock)
        assert status == 400 and "chunk" in answer["message"]


# -- bounded memory --------------------------------------------------------------------------


def test_only_the_most_recent_requests_are_kept(tmp_path: Path) -> None:
    record = tmp_path / "requests.jsonl"
    with MockCollector(max_recorded=3, record_to=record) as mock:
        pool = urllib3.PoolManager(retries=False)
        for index in range(7):
            pool.request("POST", mock.url + "/api/collector", body=body_of(trace(f"t-{index}")), headers=HEADERS)
        assert [request.body["trace_id"] for request in mock.requests] == ["t-4", "t-5", "t-6"]
    assert len(record.read_text(encoding="utf-8").splitlines()) == 7  # the file keeps everything


def test_the_command_line_sets_and_explains_the_bounds(capsys: pytest.CaptureFixture[str]) -> None:
    args = build_parser().parse_args(["--max-recorded", "5", "--idle-timeout", "2.5"])
    assert (args.max_recorded, args.idle_timeout) == (5, 2.5)
    with pytest.raises(SystemExit):
        build_parser().parse_args(["--help"])
    help_text = " ".join(capsys.readouterr().out.split())
    assert "--max-recorded" in help_text and "most recent requests" in help_text
    assert "--idle-timeout" in help_text and "60 minutes" in help_text  # the dedup window
    for option, value in (("--max-recorded", "-1"), ("--idle-timeout", "0")):
        with pytest.raises(SystemExit):
            build_parser().parse_args([option, value])
        assert option in capsys.readouterr().err


def test_bad_bounds_are_refused_by_name() -> None:
    with pytest.raises(ValueError, match="max_recorded"):
        MockCollector(max_recorded=-1)
    with pytest.raises(ValueError, match="idle_timeout"):
        MockCollector(idle_timeout=0)


# -- idle connections ------------------------------------------------------------------------


def test_an_idle_connection_is_closed_after_the_timeout() -> None:
    with MockCollector(idle_timeout=0.3) as mock, connect(mock) as sock:
        sock.sendall(request_head(len(body_of(trace()))) + body_of(trace()))
        assert read_answer(sock)[0] == 200
        assert closed_by_server(sock, within=10)


def test_three_hundred_idle_connections_do_not_keep_three_hundred_threads() -> None:
    handler_threads: list[threading.Thread] = []
    mock = MockCollector(idle_timeout=1.0)
    mock._connection_hook = lambda _: handler_threads.append(threading.current_thread())
    with mock:
        sockets = [connect(mock) for _ in range(300)]
        try:
            deadline = time.monotonic() + 20
            while len(handler_threads) < 300 and time.monotonic() < deadline:
                time.sleep(0.05)
            assert len(handler_threads) == 300  # a thread per connection, while it lasts
            deadline = time.monotonic() + 20
            while any(thread.is_alive() for thread in handler_threads) and time.monotonic() < deadline:
                time.sleep(0.05)
            assert [thread for thread in handler_threads if thread.is_alive()] == []
        finally:
            for sock in sockets:
                sock.close()


# -- what the mock logs ----------------------------------------------------------------------


def test_a_client_that_gives_up_costs_one_log_line(mock: MockCollector, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, MOCK_LOGGER)
    mock.delay_next(0.3)
    sock = connect(mock)
    port = str(sock.getsockname()[1])
    sock.sendall(request_head(len(body_of(trace()))) + body_of(trace()))
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))  # close with a reset
    sock.close()

    def about_the_client() -> list[logging.LogRecord]:
        return [record for record in caplog.records if port in record.getMessage()]

    deadline = time.monotonic() + 10
    while not about_the_client() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert len(about_the_client()) == 1, caplog.text
    assert [record for record in caplog.records if record.exc_info] == []
    assert "\n" not in about_the_client()[0].getMessage()


def test_the_log_names_the_trace_id_taken_from_the_spans(mock: MockCollector, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, MOCK_LOGGER)
    urllib3.PoolManager(retries=False).request(
        "POST", mock.url + "/api/collector", body=body_of(trace("t-from-span", on_spans=True)), headers=HEADERS
    )
    assert "trace t-from-span)" in caplog.text and "trace None" not in caplog.text


def test_recorded_bodies_are_read_and_written_as_the_server_reads_them(tmp_path: Path) -> None:
    """One strict reader everywhere: NaN is not JSON (recorded as text), 1e400 is +inf written back as 1e400."""
    record = tmp_path / "requests.jsonl"
    with MockCollector(record_to=record) as mock, urllib3.PoolManager(retries=False) as pool:
        headers = {"X-Auth-Token": "key", "Content-Type": "application/json"}
        for body in (b'{"trace_id": "t", "x": NaN}', b'{"trace_id": "t", "expected_output": 1e400}'):
            pool.request("POST", mock.url + "/api/collector", body=body, headers=headers)
        recorded = [request.body for request in mock.requests]
    assert recorded[0] == '{"trace_id": "t", "x": NaN}'
    assert recorded[1] == {"trace_id": "t", "expected_output": float("inf")}
    lines = record.read_text(encoding="utf-8").splitlines()
    assert "NaN" in lines[0] and "Infinity" not in lines[1] and "1e400" in lines[1]
    assert [jsontext.loads(line)["body"] for line in lines] == recorded
