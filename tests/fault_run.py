"""The fault-injection run: many traces from threads sharing one client and from processes that
fork after using theirs, against the fault server (`tests.fault_server`); what each call
returned, and the figures of the run.

Shared by `tests/test_fault_injection.py` (the standing test) and `benchmarks/fault_bench.py`
(the same run, larger).
"""

from __future__ import annotations

import multiprocessing
import os
import pickle
import time
from collections import Counter
from collections.abc import Iterable
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from dataclasses import dataclass

import langwatch_collector as lc
from langwatch_collector import models
from tests.fault_server import FAULTS, REFUSALS, STORED_UNANSWERED, FaultPlan, FaultServer, Served, trace_id

API_KEY = "fault-run-key-0123456789"


@dataclass(frozen=True)
class Settings:
    """The client's settings for the run, and how the server is to misbehave against them."""

    read_timeout: float = 1.0
    retry_budget: float = 3.0
    max_retries: int = 3
    backoff_base: float = 0.001
    backoff_max: float = 0.02
    seed: int = 8

    def client(self, endpoint: str) -> lc.CollectorClient:
        return lc.CollectorClient(
            api_key=API_KEY,
            endpoint=endpoint,
            timeout=self.read_timeout,
            retry_budget=self.retry_budget,
            max_retries=self.max_retries,
            backoff_base=self.backoff_base,
            backoff_max=self.backoff_max,
        )

    def plan(self, slack: float) -> FaultPlan:
        """Late answers come after the read timeout; dripped ones outlast the budget by twice `slack`."""
        return FaultPlan(
            late_by=self.read_timeout * 1.25,
            drip_interval=self.read_timeout / 5,
            drip_for=self.retry_budget + 2 * slack,
            seed=self.seed,
        )


@dataclass(frozen=True)
class Outcome:
    """One `collect` call: `error` is the qualified name of what it raised (None: sent)."""

    trace_id: str
    error: str | None
    retries: int | None  # None when what it raised does not say
    seconds: float


def trace_ids(count: int, refuse_every: int) -> list[str]:
    """`count` trace ids; every `refuse_every`-th carries a refusal mark, taking each in turn."""
    marks = list(REFUSALS)
    return [
        trace_id(f"fault-{index:05d}", marks[(index // refuse_every) % len(marks)])
        if index % refuse_every == refuse_every - 1
        else trace_id(f"fault-{index:05d}")
        for index in range(count)
    ]


def _trace(identifier: str, now_ms: int) -> models.CollectorRequest:
    span_count = 1 + sum(map(ord, identifier)) % 3
    return models.CollectorRequest(
        trace_id=identifier,
        spans=[
            models.BaseSpan(
                span_id=f"{identifier}-span-{index}",
                type="tool",
                timestamps=models.SpanTimestamps(started_at=now_ms - 1000, finished_at=now_ms),
            )
            for index in range(span_count)
        ],
    )


def _qualified(error: BaseException) -> str:
    return f"{type(error).__module__}.{type(error).__qualname__}"


def _send(client: lc.CollectorClient, identifiers: list[str], threads: int) -> list[Outcome]:
    """Sends every trace from `threads` threads sharing `client` (errors cross processes as names:
    the outcome, not the exception, is what the run checks)."""
    now_ms = lc.now_millis()

    def send(identifier: str) -> Outcome:
        request = _trace(identifier, now_ms)
        started = time.monotonic()
        try:
            result = client.collect(request)
        except lc.APIError as error:
            return Outcome(identifier, _qualified(error), error.retries_taken, time.monotonic() - started)
        except Exception as error:  # undocumented: recorded for the test to name
            return Outcome(identifier, _qualified(error), None, time.monotonic() - started)
        return Outcome(identifier, None, result.retries_taken, time.monotonic() - started)

    with ThreadPoolExecutor(max_workers=threads) as pool:
        return list(pool.map(send, identifiers))


def send_with_threads(endpoint: str, identifiers: list[str], threads: int, settings: Settings) -> list[Outcome]:
    """Sends every trace from `threads` threads sharing one new client."""
    with settings.client(endpoint) as client:
        return _send(client, identifiers, threads)


def send_across_fork(endpoint: str, identifiers: list[str], threads: int, settings: Settings) -> list[Outcome]:
    """As an application that makes its client before forking workers: the first traces are sent
    (the pool holds open connections), then the process forks and parent and child send the rest
    with that same client, each from `threads` threads. Call it in a single-threaded process."""
    with settings.client(endpoint) as client:
        outcomes = _send(client, identifiers[:threads], threads)
        rest = identifiers[threads:]
        readable, writable = os.pipe()
        child = os.fork()
        if child == 0:
            try:
                os.close(readable)
                with os.fdopen(writable, "wb") as pipe:
                    pickle.dump(_send(client, rest[1::2], threads), pipe)
            finally:
                os._exit(0)
        os.close(writable)
        outcomes += _send(client, rest[0::2], threads)
        with os.fdopen(readable, "rb") as pipe:
            reported = pipe.read()
        os.waitpid(child, 0)
    if not reported:
        raise RuntimeError(f"the forked sender {child} reported nothing: it died before sending its outcomes")
    forked: list[Outcome] = pickle.loads(reported)
    return outcomes + forked


def _ready(_: int) -> None:
    pass


def run(
    identifiers: list[str], *, threads: int, processes: int, settings: Settings, slack: float
) -> tuple[list[Outcome], list[Served], float]:
    """Sends the traces from `threads` threads sharing one client here, and from `processes`
    spawned processes that each fork once after using their client (`send_across_fork`);
    the outcomes, what the server served, and the seconds it took."""
    shares = [identifiers[index :: processes + 1] for index in range(processes + 1)]
    context = multiprocessing.get_context("spawn")
    with FaultServer(settings.plan(slack)) as server, ProcessPoolExecutor(processes, mp_context=context) as pool:
        list(pool.map(_ready, range(processes)))  # the processes started and imported, so not timed
        started = time.monotonic()
        remote = [pool.submit(send_across_fork, server.url, share, threads, settings) for share in shares[1:]]
        outcomes = send_with_threads(server.url, shares[0], threads, settings)
        for future in remote:
            outcomes += future.result(timeout=600)
        elapsed = time.monotonic() - started
        served = server.stop()
    return outcomes, served, elapsed


def by_trace(served: Iterable[Served]) -> dict[str, list[Served]]:
    """The requests the server read, per trace id, in order."""
    result: dict[str, list[Served]] = {}
    for request in served:
        if request.trace_id is not None:
            result.setdefault(request.trace_id, []).append(request)
    return result


def duplicates(served: list[Served]) -> tuple[Counter[str], list[str]]:
    """Stores of a trace's spans beyond the first, by the fault that explains them (an earlier
    request with them stored without a whole answer), and the trace ids of those nothing explains."""
    explained: Counter[str] = Counter()
    unexplained: list[str] = []
    by_spans: dict[tuple[str, tuple[str, ...]], list[Served]] = {}
    for request in served:  # keyed as the server deduplicates: trace id and span ids
        if request.trace_id is not None:
            by_spans.setdefault((request.trace_id, request.spans), []).append(request)
    for (identifier, _), requests in by_spans.items():
        pending: list[str] = []  # stored-unanswered requests not yet used to explain a store
        stores = 0
        for request in requests:
            if request.stored:
                stores += 1
                if stores > 1:
                    if pending:
                        explained[pending.pop(0)] += 1
                    else:
                        unexplained.append(identifier)
            if request.kind in STORED_UNANSWERED:
                pending.append(request.kind)
    return explained, unexplained


@dataclass
class Figures:
    traces: int
    sent: int
    failed: Counter[str]
    retries: int
    requests: int
    faults: Counter[str]
    duplicates: Counter[str]
    unexplained_duplicates: int
    elapsed: float
    slowest_call: float = 0.0
    stored_but_failed: int = 0
    sent_but_not_stored: int = 0

    def lines(self) -> list[str]:
        faults = sum(count for kind, count in self.faults.items() if kind in dict(FAULTS))
        refusals = sum(count for kind, count in self.faults.items() if kind.startswith("refuse-"))
        return [
            f"traces {self.traces}, sent {self.sent}, failed {sum(self.failed.values())}, "
            f"retries {self.retries}, requests served {self.requests}",
            f"faults injected {faults} ({faults / max(self.requests, 1):.1%} of requests), refusals {refusals}",
            "  " + ", ".join(f"{kind} {count}" for kind, count in sorted(self.faults.items()) if kind != "ok"),
            "failed by error class: "
            + (", ".join(f"{name.rsplit('.', 1)[-1]} {count}" for name, count in self.failed.most_common()) or "none"),
            f"duplicates stored: {sum(self.duplicates.values())} explained ("
            + (", ".join(f"after {kind} {count}" for kind, count in sorted(self.duplicates.items())) or "none")
            + f"), {self.unexplained_duplicates} unexplained",
            f"reported sent but never stored: {self.sent_but_not_stored}; "
            f"failed but stored (the answer was lost): {self.stored_but_failed}",
            f"elapsed {self.elapsed:.1f} s, {self.traces / self.elapsed:.0f} traces/s, "
            f"slowest call {self.slowest_call:.2f} s",
        ]


def figures(outcomes: list[Outcome], served: list[Served], elapsed: float) -> Figures:
    explained, unexplained = duplicates(served)
    stored = {request.trace_id for request in served if request.stored}
    return Figures(
        traces=len(outcomes),
        sent=sum(outcome.error is None for outcome in outcomes),
        failed=Counter(outcome.error for outcome in outcomes if outcome.error is not None),
        retries=sum(outcome.retries or 0 for outcome in outcomes),
        requests=len(served),
        faults=Counter(request.kind for request in served),
        duplicates=explained,
        unexplained_duplicates=len(unexplained),
        elapsed=elapsed,
        slowest_call=max((outcome.seconds for outcome in outcomes), default=0.0),
        stored_but_failed=sum(outcome.error is not None and outcome.trace_id in stored for outcome in outcomes),
        sent_but_not_stored=sum(outcome.error is None and outcome.trace_id not in stored for outcome in outcomes),
    )
