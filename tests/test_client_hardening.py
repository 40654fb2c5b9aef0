"""The client under hostile conditions: bad secrets and endpoints, pickling, fork, slow and huge answers."""

from __future__ import annotations

import concurrent.futures
import gc
import json
import multiprocessing
import os
import pickle
import socket
import subprocess
import sys
import threading
import time
import traceback
import weakref
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler
from typing import Any

import pytest
import urllib3

import langwatch_collector as lc
from langwatch_collector import models
from langwatch_collector.base_client import MAX_RESPONSE_BYTES
from langwatch_collector.retry import retry_after_seconds
from tests.local_server import ACCEPTED, LocalServer, Received, Reply, unused_port
from tests.test_client import API_KEY, make_client

NOW_MS = lc.now_millis()
FORK_WARNING = "ignore:This process .* is multi-threaded:DeprecationWarning"


def trace(trace_id: str = "trace-1", spans: int = 1) -> models.CollectorRequest:
    return models.CollectorRequest(
        trace_id=trace_id,
        spans=[
            models.BaseSpan(
                span_id=f"span-{index}",
                type="tool",
                timestamps=models.SpanTimestamps(started_at=NOW_MS - 1000, finished_at=NOW_MS),
            )
            for index in range(spans)
        ],
    )


def everything_said_about(error: BaseException) -> str:
    """Every text an error can end up in: str, repr, and the whole traceback with its chain."""
    return "\n".join([str(error), repr(error), *traceback.format_exception(type(error), error, error.__traceback__)])


# -- 1. secrets that cannot be header values ------------------------------------------------------


BAD_SECRETS = [
    pytest.param(API_KEY + "\n", "line break", id="trailing-lf"),
    pytest.param(API_KEY + "\r\n", "line break", id="trailing-crlf"),
    pytest.param(API_KEY[:5] + "\r" + API_KEY[5:], "line break", id="inner-cr"),
    pytest.param(API_KEY + "\x1b", "control character", id="escape"),
    pytest.param(API_KEY + "\t", "whitespace", id="tab"),
    pytest.param(" " + API_KEY, "whitespace", id="leading-space"),
    pytest.param(API_KEY + "\u00a0", "non-ASCII", id="nbsp"),
    pytest.param(API_KEY + "\u2019", "non-ASCII", id="not-latin-1"),
    pytest.param(API_KEY + "\udcff", "non-ASCII", id="lone-surrogate"),
]


def assert_secret_absent(error: BaseException, secret: str) -> None:
    core = secret.strip()
    assert core not in everything_said_about(error)
    for protocol in range(pickle.HIGHEST_PROTOCOL + 1):
        assert core.encode("utf-8", "surrogatepass") not in pickle.dumps(error, protocol)


@pytest.mark.parametrize(("key", "problem"), BAD_SECRETS)
def test_a_key_that_cannot_be_a_header_is_refused_by_name_never_by_value(
    key: str, problem: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LANGWATCH_API_KEY", key)
    with pytest.raises(lc.ConfigurationError, match=f"LANGWATCH_API_KEY .*{problem}") as from_environment:
        lc.CollectorClient(endpoint="https://collector.example.com")
    assert_secret_absent(from_environment.value, key)
    with pytest.raises(lc.ConfigurationError, match=f"api_key .*{problem}") as from_argument:
        lc.CollectorClient(api_key=key, endpoint="https://collector.example.com")
    assert "LANGWATCH_API_KEY" not in str(from_argument.value).split(" ")[0]
    assert_secret_absent(from_argument.value, key)


@pytest.mark.parametrize(("project_id", "problem"), BAD_SECRETS)
def test_a_project_id_that_cannot_be_a_header_is_refused_by_name(
    project_id: str, problem: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LANGWATCH_PROJECT_ID", project_id)
    with pytest.raises(lc.ConfigurationError, match=f"LANGWATCH_PROJECT_ID .*{problem}") as from_environment:
        lc.CollectorClient(api_key="k", endpoint="https://collector.example.com")
    assert_secret_absent(from_environment.value, project_id)
    with pytest.raises(lc.ConfigurationError, match=f"project_id .*{problem}") as from_argument:
        lc.CollectorClient(api_key="k", endpoint="https://collector.example.com", project_id=project_id)
    assert_secret_absent(from_argument.value, project_id)


@pytest.mark.parametrize("key", [API_KEY.encode(), 123456789])
def test_a_key_that_is_not_a_string_is_refused_by_type(key: Any) -> None:
    with pytest.raises(lc.ConfigurationError, match=f"api_key must be a str, got {type(key).__name__}") as raised:
        lc.CollectorClient(api_key=key, endpoint="https://collector.example.com")
    assert_secret_absent(raised.value, str(key))
    assert API_KEY not in everything_said_about(raised.value)


def test_ordinary_keys_still_pass() -> None:
    for key in ("sk-lw-AbC123_-.~+/=", "(not set)"):
        client = lc.CollectorClient(api_key=key, endpoint="https://collector.example.com", project_id="project_7")
        assert "X-Auth-Token" in client.prepare_collect(trace())[0].headers


# -- 2. every public error survives pickling --------------------------------------------------


def raise_it(error: BaseException) -> None:
    raise error


def declaring(length: int) -> Callable[[BaseHTTPRequestHandler, Received], None]:
    """An answer announcing `length` bytes, of which it sends none."""

    def respond(handler: BaseHTTPRequestHandler, received: Received) -> None:
        handler.send_response(200)
        handler.send_header("Content-Type", "application/json")
        handler.send_header("Content-Length", str(length))
        handler.end_headers()
        handler.close_connection = True

    return respond


def collected_errors(server: LocalServer) -> list[lc.CollectorError]:
    """One of each public error, made the way users meet them (real answers from a real server)."""
    found: list[lc.CollectorError] = []

    def catch(action: Callable[[], object]) -> None:
        with pytest.raises(lc.CollectorError) as raised:
            action()
        found.append(raised.value)

    catch(lambda: lc.parse({"trace_id": 7, "spans": [{"type": "llm"}]}))
    catch(lambda: lc.CollectorClient(api_key="", endpoint="https://collector.example.com"))
    statuses = [
        Reply(400, {"error": "Validation error"}),
        Reply(401, {"error": "Unauthorized", "message": "Invalid credentials"}),
        Reply(402, {"error": "ERR_PLAN_LIMIT", "message": "Limit reached", "activePlanName": "free"}),
        Reply(403, {"error": "api_key_permission_denied", "message": "no traces:create"}),
        Reply(404, {"message": "Not Found"}),
        Reply(413, {"error": "An error occurred", "message": ""}),
        Reply(429, {"message": "Too many spans, maximum of 200 per trace"}, headers={"Retry-After": "3"}),
        Reply(500, {"message": "Failed to ingest all 1 spans, please retry", "partialSuccess": {"rejectedSpans": 1}}),
        Reply(200, {"status": "ok"}),
    ]
    with make_client(server.url, max_retries=0) as client:
        for status in statuses:
            server.reply(Reply(), status)  # a 300-span trace: the first part is answered, the second fails
            catch(lambda: client.collect(trace(spans=300)))
        big = trace()
        assert big.spans is not None
        big.spans[0].input = models.TypedValueText(value="x" * (11 * 1024 * 1024))
        catch(lambda: client.collect(big))
        server.reply(Reply(respond=declaring(MAX_RESPONSE_BYTES + 1)))
        catch(lambda: client.collect(trace()))
        server.reply(Reply(delay=1.0))
    with make_client(server.url, max_retries=0, timeout=0.2) as client:
        catch(lambda: client.collect(trace()))
    with make_client(f"http://127.0.0.1:{unused_port()}", max_retries=0) as client:
        catch(lambda: client.collect(trace()))
    return found


def assert_same_error(restored: BaseException, original: BaseException) -> None:
    assert type(restored) is type(original)
    assert str(restored) == str(original)
    assert restored.args == original.args
    assert vars(restored) == vars(original)


def test_every_public_error_round_trips_through_pickle_without_the_key(server: LocalServer) -> None:
    found = collected_errors(server)
    kinds = {type(error) for error in found}
    public_errors = {
        getattr(lc, name)
        for name in lc.__all__
        if isinstance(getattr(lc, name), type) and issubclass(getattr(lc, name), lc.CollectorError)
    }
    assert public_errors - kinds <= {lc.CollectorError, lc.APIError}  # the two abstract roots
    by_type = {type(error): error for error in found}
    assert by_type[lc.ValidationError].errors  # type: ignore[attr-defined]
    plan_limit = by_type[lc.PlanLimitError]
    assert isinstance(plan_limit, lc.PlanLimitError)
    assert isinstance(plan_limit.error, models.PlanLimitErrorResponse)
    assert [r.message for r in plan_limit.responses] == ["Trace received successfully."]
    for error in found:
        for protocol in range(pickle.HIGHEST_PROTOCOL + 1):
            data = pickle.dumps(error, protocol)
            assert API_KEY.encode() not in data
            assert_same_error(pickle.loads(data), error)
    rate_limited = pickle.loads(pickle.dumps(by_type[lc.RateLimitError]))
    assert rate_limited.retry_after == 3


def test_errors_raised_in_a_process_pool_worker_reach_the_caller(server: LocalServer) -> None:
    found = collected_errors(server)
    context = multiprocessing.get_context("spawn")  # a fresh interpreter: nothing shared but the pickle
    with concurrent.futures.ProcessPoolExecutor(max_workers=1, mp_context=context) as pool:
        for error in found:
            future = pool.submit(raise_it, error)
            with pytest.raises(type(error)) as raised:
                future.result(timeout=60)
            assert_same_error(raised.value, error)


def test_multiprocessing_pool_get_raises_instead_of_hanging(server: LocalServer) -> None:
    found = collected_errors(server)
    with multiprocessing.get_context("spawn").Pool(1) as pool:
        for error in found:
            pending = pool.apply_async(raise_it, (error,))
            with pytest.raises(type(error)) as raised:
                pending.get(timeout=60)
            assert_same_error(raised.value, error)


# -- 3. fork ------------------------------------------------------------------------------------


def answer_naming_the_trace(handler: BaseHTTPRequestHandler, received: Received) -> None:
    data = json.dumps({"message": f"stored {received.json()['trace_id']} for pid {os.getpid()}"}).encode()
    time.sleep(0.01)  # long enough for the children's requests to overlap on a shared connection
    handler.send_response(200)
    handler.send_header("Content-Type", "application/json")
    handler.send_header("Content-Length", str(len(data)))
    handler.end_headers()
    handler.wfile.write(data)


def send_from_child(client: lc.CollectorClient, child: int, results: Any) -> None:
    for number in range(3):
        trace_id = f"child-{child}-{number}"
        try:
            message = client.collect(trace(trace_id)).responses[0].message
        except lc.APIError as error:
            message = f"failed: {error}"
        results.put((trace_id, message))


@pytest.mark.filterwarnings(FORK_WARNING)
@pytest.mark.parametrize("own_pool", [True, False], ids=["client-pool", "callers-pool"])
def test_children_forked_after_use_never_share_the_parents_connections(server: LocalServer, own_pool: bool) -> None:
    children = 6
    server.reply(*[Reply(respond=answer_naming_the_trace)] * (2 + 3 * children))
    pool = None if own_pool else urllib3.PoolManager()
    client = make_client(server.url, timeout=2.0, max_retries=0, pool=pool)
    server_pid = os.getpid()
    assert client.collect(trace("parent-0")).responses[0].message == f"stored parent-0 for pid {server_pid}"
    parent_connection = server.received[0].peer
    context = multiprocessing.get_context("fork")
    results = context.Queue()
    processes = [context.Process(target=send_from_child, args=(client, child, results)) for child in range(children)]
    for process in processes:
        process.start()
    answers = dict(results.get(timeout=30) for _ in range(3 * children))
    for process in processes:
        process.join(timeout=10)
        if process.exitcode is None:
            process.kill()
    assert client.collect(trace("parent-1")).responses[0].message == f"stored parent-1 for pid {server_pid}"
    assert answers == {
        f"child-{child}-{number}": f"stored child-{child}-{number} for pid {server_pid}"
        for child in range(children)
        for number in range(3)
    }
    stored = [r.json()["trace_id"] for r in server.received]
    assert sorted(stored) == sorted(["parent-0", "parent-1", *answers])
    from_children = [r.peer for r in server.received if r.json()["trace_id"].startswith("child-")]
    assert parent_connection not in from_children


# -- 4. the retry budget bounds reads ---------------------------------------------------------


def dripping(interval: float, size: int) -> Callable[[BaseHTTPRequestHandler, Received], None]:
    def respond(handler: BaseHTTPRequestHandler, received: Received) -> None:
        message = "x" * max(size - 20, 1)
        data = json.dumps({"message": message}).encode()
        handler.send_response(200)
        handler.send_header("Content-Type", "application/json")
        handler.send_header("Content-Length", str(len(data)))
        handler.end_headers()
        handler.wfile.flush()
        for index in range(len(data)):  # ends when the client hangs up (a broken pipe) or the bytes run out
            handler.wfile.write(data[index : index + 1])
            handler.wfile.flush()
            time.sleep(interval)

    return respond


def test_an_answer_that_drips_in_is_cut_at_the_retry_budget(server: LocalServer) -> None:
    server.reply(*[Reply(respond=dripping(0.2, 60))] * 3)  # 12 s to read each whole answer
    with make_client(server.url, retry_budget=2.0) as client, pytest.raises(lc.APITimeoutError) as raised:
        started = time.monotonic()
        client.collect(trace())
    elapsed = time.monotonic() - started
    assert elapsed < 2.0 + 1.5
    assert "retry budget of 2 s" in str(raised.value)


def stalling_midway(handler: BaseHTTPRequestHandler, received: Received) -> None:
    data = json.dumps(ACCEPTED).encode()
    handler.send_response(200)
    handler.send_header("Content-Type", "application/json")
    handler.send_header("Content-Length", str(len(data)))
    handler.end_headers()
    handler.wfile.write(data[: len(data) // 2])
    handler.wfile.flush()
    time.sleep(1.0)  # past the client's read timeout; the rest would arrive as the next answer's start
    handler.wfile.write(data[len(data) // 2 :])


def test_an_answer_cut_off_midway_is_retried_on_a_fresh_connection(server: LocalServer) -> None:
    server.reply(Reply(respond=stalling_midway), Reply(body={"message": "the second answer"}))
    with make_client(server.url, timeout=0.3) as client:
        result = client.collect(trace())
        assert result.responses[0].message == "the second answer"
        assert result.retries_taken == 1
        assert client.collect(trace()).responses[0].message == ACCEPTED["message"]
    assert server.received[0].peer != server.received[1].peer


def dripping_headers(handler: BaseHTTPRequestHandler, received: Received) -> None:
    head = b"HTTP/1.1 200 OK\r\n" + b"".join(b"X-Padding-%d: x\r\n" % index for index in range(10))
    for index in range(len(head)):  # about 40 s in all, unless the client hangs up
        handler.wfile.write(head[index : index + 1])
        handler.wfile.flush()
        time.sleep(0.2)


def test_headers_that_drip_in_are_cut_at_the_retry_budget(server: LocalServer) -> None:
    server.reply(*[Reply(respond=dripping_headers)] * 3)
    with make_client(server.url, retry_budget=2.0) as client, pytest.raises(lc.APITimeoutError) as raised:
        started = time.monotonic()
        client.collect(trace())
    elapsed = time.monotonic() - started
    assert elapsed < 2.0 + 1.5
    assert "retry budget of 2 s" in str(raised.value)


def test_a_slow_but_steady_answer_within_the_budget_still_arrives(server: LocalServer) -> None:
    server.reply(Reply(respond=dripping(0.01, 60)))
    with make_client(server.url, retry_budget=10.0) as client:
        assert client.collect(trace()).responses[0].message == "x" * 40


# -- 5. unusable Retry-After values -----------------------------------------------------------

UNUSABLE_WAITS = ["nan", "NaN", "inf", "-inf", "Infinity", "-1", "-0.5", "1e400", "1_0", "garbage", "", " ", "0x10"]


@pytest.mark.parametrize("header", ["Retry-After", "retry-after-ms"])
@pytest.mark.parametrize("value", UNUSABLE_WAITS)
def test_an_unusable_retry_after_is_treated_as_absent(header: str, value: str) -> None:
    assert retry_after_seconds({header.lower(): value}) is None


def test_an_out_of_range_retry_after_date_is_treated_as_absent() -> None:
    assert retry_after_seconds({"retry-after": "Fri, 31 Dec 99999 23:59:59 GMT"}) is None


def test_usable_retry_after_values_are_still_read() -> None:
    assert retry_after_seconds({"retry-after": "2"}) == 2
    assert retry_after_seconds({"retry-after": " 0.5 "}) == 0.5
    assert retry_after_seconds({"retry-after-ms": "250"}) == 0.25
    assert retry_after_seconds({"retry-after-ms": "nan", "retry-after": "1"}) == 1


@pytest.mark.parametrize("header", ["Retry-After", "retry-after-ms"])
@pytest.mark.parametrize("value", ["nan", "inf", "-1", "garbage"])
def test_a_send_with_an_unusable_retry_after_backs_off_normally(server: LocalServer, header: str, value: str) -> None:
    server.reply(Reply(503, {"message": "busy"}, headers={header: value}))
    with make_client(server.url, max_retry_after=5) as client:
        result = client.collect(trace())
    assert result.retries_taken == 1
    assert len(server.received) == 2


def test_a_rate_limit_error_with_an_unusable_retry_after_has_none(server: LocalServer) -> None:
    server.reply(Reply(429, {"message": "Too many spans, maximum of 200 per trace"}, headers={"Retry-After": "nan"}))
    with make_client(server.url) as client, pytest.raises(lc.RateLimitError) as raised:
        client.collect(trace())
    assert raised.value.retry_after is None


# -- 6. the size of an answer ---------------------------------------------------------------

FIFTY_MIB = 50 * 1024 * 1024
SMALL_BUFFER = 64 * 1024


class HugeAnswer:
    """Answers with 50 MiB of JSON, streamed, counting what the client let it send."""

    def __init__(self, *, declare_length: bool) -> None:
        self.declare_length = declare_length
        self.sent = 0
        self.finished = threading.Event()

    def __call__(self, handler: BaseHTTPRequestHandler, received: Received) -> None:
        try:
            handler.connection.setsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF, SMALL_BUFFER)
            handler.connection.settimeout(10)  # a client that stops reading but keeps the connection
            handler.send_response(200)
            handler.send_header("Content-Type", "application/json")
            if self.declare_length:
                handler.send_header("Content-Length", str(FIFTY_MIB))
            else:
                handler.send_header("Transfer-Encoding", "chunked")
            handler.end_headers()
            handler.wfile.flush()
            piece = b" " * SMALL_BUFFER
            while self.sent < FIFTY_MIB:
                if self.declare_length:
                    handler.wfile.write(piece)
                else:
                    handler.wfile.write(b"%x\r\n%s\r\n" % (len(piece), piece))
                handler.wfile.flush()
                self.sent += len(piece)
            if not self.declare_length:
                handler.wfile.write(b"0\r\n\r\n")
        except OSError:
            pass  # the client hung up: what the test hopes for
        finally:
            handler.close_connection = True
            self.finished.set()


def small_receive_buffer_pool() -> urllib3.PoolManager:
    """Without autotuned kernel buffers, what the server manages to send tracks what the client read."""
    options = [*urllib3.connection.HTTPConnection.default_socket_options]
    options.append((socket.SOL_SOCKET, socket.SO_RCVBUF, SMALL_BUFFER))
    return urllib3.PoolManager(socket_options=options)


@pytest.mark.parametrize("declare_length", [True, False], ids=["content-length", "chunked"])
def test_an_answer_over_the_cap_is_refused_without_reading_it_all(server: LocalServer, declare_length: bool) -> None:
    huge = HugeAnswer(declare_length=declare_length)
    server.reply(Reply(respond=huge), Reply())
    pool = small_receive_buffer_pool()
    with make_client(server.url, pool=pool) as client:
        with pytest.raises(lc.ResponseTooLargeError) as raised:
            client.collect(trace())
        assert huge.finished.wait(timeout=20)
        assert huge.sent < MAX_RESPONSE_BYTES + 16 * SMALL_BUFFER  # the cap, a chunk, the kernel's buffers
        assert f"{MAX_RESPONSE_BYTES:,} bytes (1 MiB)" in str(raised.value)
        assert isinstance(raised.value, lc.APIResponseValidationError)
        assert raised.value.status_code == 200
        assert len(server.received) == 1  # never retried: the same answer would come again
        assert client.collect(trace()).responses[0].message == ACCEPTED["message"]  # the client is still fine
    pool.clear()


def test_an_answer_just_under_the_cap_is_read(server: LocalServer) -> None:
    message = "x" * (MAX_RESPONSE_BYTES - 100)
    server.reply(Reply(body={"message": message}))
    with make_client(server.url) as client:
        assert client.collect(trace()).responses[0].message == message


# -- 7. endpoints ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("endpoint", "problem"),
    [
        ("https://collector.example.com:99999", "port"),
        ("https://collector.example.com:abc", "port"),
        ("https://collector.example.com:0", "port"),
        ("https://collector.example.com/?project=1", "query"),
        ("https://collector.example.com/#top", "fragment"),
        ("https://user:hunter2-password@collector.example.com", "user name or password"),
        ("https://hunter2-password@collector.example.com", "user name or password"),
        ("user:hunter2-password@collector.example.com", "user name or password"),
        ("ftp://collector.example.com", "http"),
        ("collector.example.com", "http"),
        ("https://", "host"),
        ("https:///api", "host"),
        ("http://[::1", "IPv6"),
        ("https://collector.example.com\n", "whitespace or control"),
        ("https://collector.example.com/a b", "whitespace or control"),
    ],
)
def test_a_bad_endpoint_is_refused_at_construction(endpoint: str, problem: str) -> None:
    with pytest.raises(lc.ConfigurationError, match=problem) as raised:
        lc.CollectorClient(api_key="k", endpoint=endpoint)
    assert "hunter2" not in everything_said_about(raised.value)
    assert "LANGWATCH_ENDPOINT" in str(raised.value) or "endpoint" in str(raised.value)


def test_an_endpoint_from_the_environment_is_named_as_such(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LANGWATCH_ENDPOINT", "https://collector.example.com:99999")
    with pytest.raises(lc.ConfigurationError, match="LANGWATCH_ENDPOINT"):
        lc.CollectorClient(api_key="k")


@pytest.mark.parametrize(
    "endpoint",
    ["https://collector.example.com/", "https://collector.example.com:8443/langwatch/", "http://[::1]:5560"],
)
def test_usual_endpoints_pass(endpoint: str) -> None:
    lc.CollectorClient(api_key="k", endpoint=endpoint)


def test_a_path_prefix_is_kept(server: LocalServer) -> None:
    with make_client(server.url + "/behind/a/proxy/") as client:
        client.collect(trace())
    assert server.received[0].path == "/behind/a/proxy/api/collector"


# -- timestamps ---------------------------------------------------------------------------------


@pytest.mark.parametrize("moment", [float("nan"), float("inf"), float("-inf"), -(10**400)])
def test_unusable_times_are_refused_clearly(moment: float) -> None:
    with pytest.raises(ValueError, match="not a usable time"):
        lc.epoch_millis(moment)


def test_the_fork_registry_does_not_keep_clients_alive() -> None:
    client = lc.CollectorClient(api_key="k", endpoint="https://collector.example.com")
    alive = weakref.ref(client)
    del client
    gc.collect()
    assert alive() is None


def test_sending_loads_no_module_of_the_package_after_the_client_is_built() -> None:
    """A module first imported on a worker thread is half-made in a child forked meanwhile
    (fork copies `sys.modules` mid-import): once a client exists, sending imports nothing more."""
    probe = (
        "import sys\n"
        "import langwatch_collector as lc\n"
        "client = lc.CollectorClient(api_key='k', endpoint='http://127.0.0.1:9')\n"
        "before = {name for name in sys.modules if name.startswith('langwatch_collector')}\n"
        "request = lc.parse({'trace_id': 't', 'spans': [{'span_id': 's', 'type': 'llm', 'vendor': 'openai',"
        " 'model': 'gpt', 'input': {'type': 'text', 'value': 'hi'},"
        " 'timestamps': {'started_at': 1795971540000, 'finished_at': 1795971541000}}]})\n"
        "client.prepare_collect(request)\n"
        "lc.serialize(request)\n"
        "print(sorted({name for name in sys.modules if name.startswith('langwatch_collector')} - before))\n"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
