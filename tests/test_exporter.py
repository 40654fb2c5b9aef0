"""BackgroundExporter against real servers on 127.0.0.1: delivery, bounds, drops, deadlines, exit, fork."""

from __future__ import annotations

import asyncio
import json
import logging
import os
import socket
import subprocess
import sys
import textwrap
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any, ClassVar

import pytest

import langwatch_collector as lc
from langwatch_collector import models
from tests.local_server import LocalServer, Reply

API_KEY = "lw-exporter-test-key"
ROOT = Path(__file__).resolve().parent.parent


class BlackHole:
    """Accepts connections (the kernel does, into the backlog) and never answers."""

    def __init__(self) -> None:
        self._socket = socket.socket()
        self._socket.bind(("127.0.0.1", 0))
        self._socket.listen(64)
        self.url = f"http://127.0.0.1:{self._socket.getsockname()[1]}"

    def close(self) -> None:
        self._socket.close()  # resets the queued connections, so stuck workers finish


@pytest.fixture
def black_hole() -> Iterator[BlackHole]:
    hole = BlackHole()
    yield hole
    hole.close()


def client_for(url: str, **options: Any) -> lc.CollectorClient:
    settings: dict[str, Any] = {"backoff_base": 0.001, "backoff_max": 0.01, "timeout": 30.0, "retry_budget": 30.0}
    settings.update(options)
    return lc.CollectorClient(api_key=API_KEY, endpoint=url, **settings)


def trace(trace_id: str, *, text: str = "hello", evaluations: int = 0) -> models.CollectorRequest:
    now = lc.now_millis()
    return models.CollectorRequest(
        trace_id=trace_id,
        spans=[
            models.LLMSpan(
                span_id=f"{trace_id}-span",
                input=models.TypedValueText(value=text),
                timestamps=models.SpanTimestamps(started_at=now - 10, finished_at=now),
            )
        ],
        evaluations=[models.RESTEvaluation(name=f"eval-{i}", passed=True) for i in range(evaluations)] or None,
    )


def received_trace_ids(server: LocalServer) -> list[str]:
    return [body.json()["trace_id"] for body in server.received]


def wait_until(condition: Any, timeout: float = 5.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError("condition not met in time")
        time.sleep(0.005)


def accounted(stats: lc.ExporterStats) -> int:
    return stats.sent + stats.dropped_total + stats.failed_total + stats.queued + stats.in_flight


# -- delivery --------------------------------------------------------------------------------------


def test_submitted_traces_are_sent_by_workers_and_flush_waits_for_them(server: LocalServer) -> None:
    exporter = lc.BackgroundExporter(client_for(server.url), workers=3)
    accepted = [exporter.submit(trace(f"t{i}")) for i in range(40)]
    assert all(accepted)
    assert exporter.flush(timeout=10)
    assert sorted(received_trace_ids(server)) == sorted(f"t{i}" for i in range(40))
    stats = exporter.stats
    assert (stats.submitted, stats.sent, stats.queued, stats.queued_bytes, stats.in_flight) == (40, 40, 0, 0, 0)
    assert exporter.shutdown(timeout=5)


def test_a_lone_trace_is_sent_without_a_flush(server: LocalServer) -> None:
    exporter = lc.BackgroundExporter(client_for(server.url), linger=0.05)
    exporter.submit(trace("alone"))  # fewer than wake an idle worker at once: its timer picks it up
    wait_until(lambda: received_trace_ids(server) == ["alone"])
    wait_until(lambda: exporter.stats.sent == 1)
    exporter.submit(trace("later"))  # to a worker asleep on an empty queue: this trace wakes it
    wait_until(lambda: received_trace_ids(server) == ["alone", "later"])
    exporter.shutdown(timeout=5)


class RecordedWaits(threading.Condition):
    """The workers' condition, recording the timeout of every wait: how often an idle worker wakes."""

    timeouts: ClassVar[list[float | None]] = []

    def wait(self, timeout: float | None = None) -> bool:
        RecordedWaits.timeouts.append(timeout)
        return super().wait(timeout)


class ObservedExporter(lc.BackgroundExporter):
    _WorkCondition = RecordedWaits


def test_an_idle_exporter_sleeps_until_there_is_work(server: LocalServer) -> None:
    RecordedWaits.timeouts = []
    linger = 0.005
    exporter = ObservedExporter(client_for(server.url), workers=2, linger=linger)
    for i in range(3):
        exporter.submit(trace(f"t{i}"))
    assert exporter.flush(timeout=10)
    idle_since = len(RecordedWaits.timeouts)
    time.sleep(60 * linger)  # sixty linger periods with nothing to send
    idle_waits = RecordedWaits.timeouts[idle_since:]
    assert RecordedWaits.timeouts, "the workers wait on the injected condition"
    # At most each worker's one wait for work, without a timeout: no timer wakes an idle worker.
    assert len(idle_waits) <= 2 and all(timeout is None for timeout in idle_waits), idle_waits
    exporter.submit(trace("woken"))  # the sleeping worker is woken by the work itself
    wait_until(lambda: received_trace_ids(server)[-1:] == ["woken"])
    assert exporter.shutdown(timeout=5)


def test_the_counters_add_up_at_every_moment(server: LocalServer) -> None:
    server.reply(*[Reply(delay=0.002) for _ in range(30)], *[Reply(400, {"error": "bad"}) for _ in range(10)])
    exporter = lc.BackgroundExporter(client_for(server.url), workers=3, max_queue_traces=30)
    for i in range(45):
        exporter.submit(trace(f"t{i}"))
    done = False
    while not done:  # bounded: the flush below returns within its timeout
        done = exporter.flush(timeout=0.001)
        stats = exporter.stats
        assert accounted(stats) == stats.submitted == 45
    final = exporter.stats
    assert final.sent + final.failed_total + final.dropped.get("queue_full", 0) == 45
    exporter.shutdown(timeout=5)


def test_retries_are_the_clients_and_are_counted(server: LocalServer) -> None:
    server.reply(Reply(503), Reply(503))
    exporter = lc.BackgroundExporter(client_for(server.url), workers=1)
    exporter.submit(trace("t1"))
    assert exporter.flush(timeout=10)
    assert [r.json()["trace_id"] for r in server.received] == ["t1"] * 3
    assert (exporter.stats.sent, exporter.stats.retried) == (1, 2)
    exporter.shutdown(timeout=5)


def test_evaluations_get_one_id_each_that_every_retry_repeats(server: LocalServer) -> None:
    server.reply(Reply(drop=True))  # a reset: the server may have stored the first attempt
    exporter = lc.BackgroundExporter(client_for(server.url), workers=1)
    request = trace("t1", evaluations=2)
    exporter.submit(request)
    assert exporter.flush(timeout=10)
    attempts = [[e["evaluation_id"] for e in r.json()["evaluations"]] for r in server.received]
    assert len(attempts) == 2
    assert attempts[0] == attempts[1]
    assert len(set(attempts[0])) == 2 and all(attempts[0])
    assert request.evaluations is not None and all(e.evaluation_id is None for e in request.evaluations)
    exporter.shutdown(timeout=5)


def test_an_evaluation_id_given_is_kept(server: LocalServer) -> None:
    exporter = lc.BackgroundExporter(client_for(server.url))
    request = trace("t1")
    request.evaluations = [models.RESTEvaluation(name="mine", evaluation_id="eval-mine", score=1.0)]
    exporter.submit(request)
    assert exporter.flush(timeout=10)
    assert server.received[0].json()["evaluations"][0]["evaluation_id"] == "eval-mine"
    exporter.shutdown(timeout=5)


# -- failures: counted, logged once per kind, called back, never raised ------------------------------


def test_an_invalid_trace_is_reported_with_its_paths_and_never_sent(
    server: LocalServer, caplog: pytest.LogCaptureFixture
) -> None:
    reported: list[tuple[Any, BaseException]] = []
    exporter = lc.BackgroundExporter(client_for(server.url), on_error=lambda r, e: reported.append((r, e)))
    now = lc.now_millis()
    invalid = models.CollectorRequest(  # no trace id anywhere
        spans=[
            models.BaseSpan(span_id="s", type="tool", timestamps=models.SpanTimestamps(started_at=now, finished_at=now))
        ]
    )
    with caplog.at_level(logging.DEBUG, logger="langwatch_collector"):
        assert exporter.submit(invalid)  # accepted: validation happens on the worker
        assert exporter.submit(invalid)
        assert exporter.flush(timeout=10)
    assert server.received == []
    assert [request for request, _ in reported] == [invalid, invalid]
    error = reported[0][1]
    assert isinstance(error, lc.ValidationError)
    assert [path for path, _ in error.errors] == ["trace_id", "spans[0].trace_id"]  # as the server reads it
    assert exporter.stats.failed == {"ValidationError": 2}
    warnings = [r for r in caplog.records if r.levelno == logging.WARNING and "not sent" in r.getMessage()]
    assert len(warnings) == 1  # once per kind; the second at DEBUG
    assert "ValidationError" in warnings[0].getMessage()
    exporter.shutdown(timeout=5)


def test_server_errors_are_counted_by_class(server: LocalServer) -> None:
    server.reply(Reply(400, {"error": "Validation error"}), Reply(402, {"message": "ERR_PLAN_LIMIT: over"}))
    errors: list[BaseException] = []
    exporter = lc.BackgroundExporter(client_for(server.url), workers=1, on_error=lambda r, e: errors.append(e))
    exporter.submit(trace("t1"))
    exporter.submit(trace("t2"))
    exporter.submit(trace("t3"))
    assert exporter.flush(timeout=10)
    stats = exporter.stats
    assert stats.failed == {"BadRequestError": 1, "PlanLimitError": 1}
    assert stats.sent == 1
    assert [type(e) for e in errors] == [lc.BadRequestError, lc.PlanLimitError]
    exporter.shutdown(timeout=5)


def test_a_raising_callback_does_not_stop_the_worker(server: LocalServer) -> None:
    def explode(request: Any, error: BaseException) -> None:
        raise RuntimeError("callback bug")

    server.reply(Reply(400, {"error": "bad"}))
    exporter = lc.BackgroundExporter(client_for(server.url), workers=1, on_error=explode)
    exporter.submit(trace("t1"))
    exporter.submit(trace("t2"))
    assert exporter.flush(timeout=10)
    assert exporter.stats.sent == 1
    exporter.shutdown(timeout=5)


@pytest.mark.parametrize("synchronous", [False, True])
def test_something_that_is_not_a_request_is_a_counted_failure_not_an_exception(
    server: LocalServer, synchronous: bool
) -> None:
    reported: list[BaseException] = []
    exporter = lc.BackgroundExporter(
        client_for(server.url), synchronous=synchronous, on_error=lambda r, e: reported.append(e)
    )
    assert exporter.submit({"trace_id": "t1"}) is False  # type: ignore[arg-type]
    stats = exporter.stats
    assert (stats.submitted, stats.failed) == (1, {"TypeError": 1})
    assert "expects a models.CollectorRequest, got dict" in str(reported[0])
    exporter.shutdown(timeout=1)


# -- the queue's bounds and the drop accounting ----------------------------------------------------


def test_the_queue_is_bounded_in_traces_and_drops_the_newest(black_hole: BlackHole) -> None:
    exporter = lc.BackgroundExporter(client_for(black_hole.url), workers=1, max_queue_traces=3)
    assert exporter.submit(trace("in-flight"))
    wait_until(lambda: exporter.stats.in_flight == 1)
    outcomes = [exporter.submit(trace(f"t{i}")) for i in range(10)]
    assert outcomes == [True] * 3 + [False] * 7  # the newest are refused; the queued ones stay
    stats = exporter.stats
    assert stats.dropped == {"queue_full": 7}
    assert (stats.submitted, stats.queued) == (11, 3)
    assert accounted(stats) == stats.submitted
    exporter.shutdown(timeout=0.2)


def test_the_queue_is_bounded_in_bytes(black_hole: BlackHole) -> None:
    exporter = lc.BackgroundExporter(client_for(black_hole.url), workers=1, max_queue_bytes=25_000)
    assert exporter.submit(trace("in-flight"))
    wait_until(lambda: exporter.stats.in_flight == 1)
    big = "x" * 10_000
    outcomes = [exporter.submit(trace(f"t{i}", text=big)) for i in range(4)]
    assert outcomes == [True, True, False, False]
    assert exporter.submit(trace("huge", text="x" * 30_000)) is False
    assert exporter.submit(trace("small")) is True  # still room for a small one
    stats = exporter.stats
    assert stats.dropped == {"queue_bytes": 2, "too_large": 1}
    assert 20_000 < stats.queued_bytes <= 25_000
    assert accounted(stats) == stats.submitted
    exporter.shutdown(timeout=0.2)


def test_submit_never_waits_when_the_server_is_down(black_hole: BlackHole) -> None:
    exporter = lc.BackgroundExporter(client_for(black_hole.url), workers=2, max_queue_traces=100)
    request = trace("t")
    started = time.monotonic()
    outcomes = [exporter.submit(request) for _ in range(2000)]
    assert time.monotonic() - started < 5  # generous: the bench measures the real figure
    assert outcomes.count(True) <= 100 + 2  # the queue, and what the two stuck workers took
    assert accounted(exporter.stats) == 2000
    exporter.shutdown(timeout=0.2)


# -- flush and shutdown honour their timeouts --------------------------------------------------------


def test_flush_returns_at_its_timeout_when_the_server_never_answers(black_hole: BlackHole) -> None:
    exporter = lc.BackgroundExporter(client_for(black_hole.url), workers=1)
    exporter.submit(trace("t1"))
    exporter.submit(trace("t2"))
    started = time.monotonic()
    assert exporter.flush(timeout=0.5) is False
    assert 0.45 <= time.monotonic() - started < 3
    exporter.shutdown(timeout=0.2)


def test_shutdown_returns_at_its_timeout_and_counts_what_it_abandons(black_hole: BlackHole) -> None:
    exporter = lc.BackgroundExporter(client_for(black_hole.url), workers=1)
    for i in range(5):
        exporter.submit(trace(f"t{i}"))
    wait_until(lambda: exporter.stats.in_flight == 1)
    started = time.monotonic()
    assert exporter.shutdown(timeout=0.5) is False
    assert time.monotonic() - started < 3
    assert exporter.submit(trace("late")) is False
    stats = exporter.stats
    assert stats.dropped == {"abandoned": 4, "shutdown": 1}
    assert stats.in_flight == 1  # the stuck send is left to finish or fail on its own
    assert accounted(stats) == stats.submitted


def test_aflush_does_not_block_the_event_loop(black_hole: BlackHole) -> None:
    exporter = lc.BackgroundExporter(client_for(black_hole.url), workers=1)
    exporter.submit(trace("t1"))

    async def main() -> tuple[bool, int]:
        ticks = 0

        async def tick() -> None:
            nonlocal ticks
            while True:
                ticks += 1
                await asyncio.sleep(0.01)

        ticker = asyncio.create_task(tick())
        flushed = await exporter.aflush(timeout=0.5)
        ticker.cancel()
        return flushed, ticks

    flushed, ticks = asyncio.run(main())
    assert flushed is False
    assert ticks >= 10  # the loop kept running while flush waited
    exporter.shutdown(timeout=0.2)


def test_synchronous_mode_sends_before_submit_returns(server: LocalServer) -> None:
    exporter = lc.BackgroundExporter(client_for(server.url), synchronous=True)
    assert exporter.submit(trace("t1")) is True
    assert received_trace_ids(server) == ["t1"]
    server.reply(Reply(401, {"message": "Invalid credentials"}))
    assert exporter.submit(trace("t2")) is False  # counted, not raised
    assert exporter.stats.failed == {"AuthenticationError": 1}
    assert exporter.flush(timeout=1)


def test_repr_hides_the_key(server: LocalServer) -> None:
    exporter = lc.BackgroundExporter(client_for(server.url))
    assert API_KEY not in repr(exporter)
    exporter.shutdown(timeout=1)


# -- the process: exit and fork --------------------------------------------------------------------


def run_script(script: str, env: dict[str, str], timeout: float = 60) -> tuple[subprocess.CompletedProcess[str], float]:
    environment = {**os.environ, "PYTHONPATH": str(ROOT), **env}
    started = time.monotonic()
    done = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(script)],
        env=environment,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    return done, time.monotonic() - started


EXIT_WITHOUT_FLUSH = """
    import langwatch_collector as lc
    from tests.test_exporter import trace
    exporter = lc.BackgroundExporter(workers=2, exit_timeout=1.0)  # the client from the environment
    for i in range(20):
        exporter.submit(trace(f"t{i}"))
    print("submitted", flush=True)
"""


def test_a_script_that_exits_without_flushing_still_delivers(server: LocalServer) -> None:
    done, _ = run_script(EXIT_WITHOUT_FLUSH, {"LANGWATCH_API_KEY": API_KEY, "LANGWATCH_ENDPOINT": server.url})
    assert done.returncode == 0, done.stderr
    assert sorted(received_trace_ids(server)) == sorted(f"t{i}" for i in range(20))


def test_exit_does_not_hang_when_the_server_never_answers(black_hole: BlackHole) -> None:
    done, elapsed = run_script(EXIT_WITHOUT_FLUSH, {"LANGWATCH_API_KEY": API_KEY, "LANGWATCH_ENDPOINT": black_hole.url})
    assert done.returncode == 0, done.stderr
    assert "submitted" in done.stdout
    assert elapsed < 15  # interpreter start-up, imports, and the 1 s exit budget, with slack for a busy machine


FORK = """
    import json, os
    import langwatch_collector as lc
    from tests.local_server import LocalServer, Reply
    from tests.test_exporter import API_KEY, trace

    server = LocalServer()
    server.reply(Reply(delay=1.0))  # the first trace is still being sent when the process forks
    os.environ.update(LANGWATCH_API_KEY=API_KEY, LANGWATCH_ENDPOINT=server.url)
    exporter = lc.BackgroundExporter(workers=1)
    for name in ("p1", "p2", "p3"):
        exporter.submit(trace(name))
    while exporter.stats.in_flight != 1:
        pass
    pid = os.fork()
    if pid == 0:
        stats = exporter.stats
        fresh = (stats.submitted, stats.queued, stats.in_flight) == (0, 0, 0)
        exporter.submit(trace("c1"))
        delivered = exporter.flush(timeout=10)
        os._exit(0 if fresh and delivered and exporter.stats.sent == 1 else 1)
    _, status = os.waitpid(pid, 0)
    delivered = exporter.flush(timeout=10)
    ids = [r.json()["trace_id"] for r in server.received]
    print(json.dumps({"child": status, "delivered": delivered, "ids": ids, "sent": exporter.stats.sent}))
"""


@pytest.mark.skipif(not hasattr(os, "fork"), reason="os.fork is POSIX only")
def test_after_fork_the_child_has_its_own_empty_queue_and_the_parent_loses_nothing() -> None:
    done, _ = run_script(FORK, {})
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["child"] == 0
    assert result["delivered"] is True
    assert sorted(result["ids"]) == ["c1", "p1", "p2", "p3"]  # each exactly once
    assert result["sent"] == 3


FORK_CONNECTIONS = """
    import json, os
    import langwatch_collector as lc
    from tests.local_server import LocalServer
    from tests.test_exporter import API_KEY, trace

    server = LocalServer()
    os.environ.update(LANGWATCH_API_KEY=API_KEY, LANGWATCH_ENDPOINT=server.url)
    exporter = lc.BackgroundExporter(workers=1)  # its own client, from the environment
    client, pool = exporter.client, exporter.client._pool
    exporter.submit(trace("parent"))
    assert exporter.flush(timeout=10)
    pid = os.fork()
    if pid == 0:
        exporter.submit(trace("child"))
        delivered = exporter.flush(timeout=10)
        # the same client, its pool renewed by the client's own fork hook
        same_client = exporter.client is client and exporter.client._pool is not pool
        os._exit(0 if delivered and same_client else 1)
    _, status = os.waitpid(pid, 0)
    peers = {r.json()["trace_id"]: list(r.peer) for r in server.received}
    print(json.dumps({"child": status, "peers": peers}))
"""


@pytest.mark.skipif(not hasattr(os, "fork"), reason="os.fork is POSIX only")
def test_after_fork_the_child_sends_on_fresh_connections_of_the_same_client() -> None:
    done, _ = run_script(FORK_CONNECTIONS, {})
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["child"] == 0
    assert sorted(result["peers"]) == ["child", "parent"]
    assert result["peers"]["child"] != result["peers"]["parent"]  # not the parent's kept-alive socket


def test_a_worker_that_cannot_start_never_raises_into_the_app(monkeypatch: pytest.MonkeyPatch) -> None:
    """No new thread (at interpreter shutdown from Python 3.12, or a thread limit): the trace is
    queued, then counted as abandoned at shutdown; nothing reaches the caller as an exception."""

    def refuse(self: threading.Thread) -> None:
        raise RuntimeError("can't create new thread at interpreter shutdown")

    monkeypatch.setattr(threading.Thread, "start", refuse)
    exporter = lc.BackgroundExporter(client_for("http://127.0.0.1:9"), workers=1)
    assert exporter.submit(trace("kept")) is True
    assert exporter.shutdown(timeout=0.2) is False
    stats = exporter.stats
    assert (stats.submitted, stats.dropped) == (1, {"abandoned": 1})


SUBMIT_AT_EXIT = """
    import atexit
    import langwatch_collector as lc
    from tests.test_exporter import trace
    exporter = lc.BackgroundExporter(workers=1, exit_timeout=1.0)
    other = lc.BackgroundExporter(workers=1, exit_timeout=1.0)
    other.submit(trace("other"))
    # Registered after the exporters' own hook, so it runs first: Python 3.12+ starts no thread then.
    atexit.register(lambda: print("accepted", exporter.submit(trace("late")), flush=True))
"""


def test_a_submit_during_interpreter_exit_neither_raises_nor_stops_other_exporters(server: LocalServer) -> None:
    done, _ = run_script(SUBMIT_AT_EXIT, {"LANGWATCH_API_KEY": API_KEY, "LANGWATCH_ENDPOINT": server.url})
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr, done.stderr
    assert "accepted True" in done.stdout
    assert "other" in received_trace_ids(server)  # the other exporter still flushed


@pytest.mark.parametrize("linger", [0, -1, None, float("nan"), 3600])
def test_a_linger_that_would_spin_or_hold_traces_is_refused(linger: Any) -> None:
    with pytest.raises(lc.ConfigurationError, match="linger"):
        lc.BackgroundExporter(client_for("http://127.0.0.1:9"), linger=linger)
