"""BackgroundExporter: traces sent from worker threads, so the application never waits on LangWatch.

`submit(request)` puts the trace on a queue and returns; worker threads validate, encode, split
and send it with `CollectorClient.collect` (its retries, its budget, its keep-alive pool).

Decisions, and why:

- **A full queue drops the newest trace.** The queue is bounded in traces and in bytes: the
  memory a queued trace holds, estimated without encoding it (its large values measured, its
  fixed parts given allowances measured with tracemalloc; see `values.approx_request_size`).
  When a new trace does not fit, that trace is dropped, `submit` returns False and
  `stats.dropped` counts it by reason. Dropping
  the newest keeps `submit` O(1) and truthful: its answer says what happened to *that* trace,
  and a trace already accepted is never thrown away later behind the caller's back (with
  drop-oldest, `True` would only mean "accepted for now"). OpenTelemetry's batch processor
  does the same.
- **Evaluations get an `evaluation_id` before the first attempt.** The server deduplicates
  spans by (trace_id, span_id) for an hour, but its route has no such gate for evaluations:
  a request resent after a failure that left it unknown whether the server recorded it
  records its evaluations again (the client warns when it resends one). They are recorded
  under their `evaluation_id`; without one the server derives an id from a hash of the
  evaluation, which gives two genuinely separate evaluations that look alike the same id. So
  the exporter gives every evaluation without an id a random one, once, before sending: every
  resend carries the same id, and distinct evaluations stay distinct. (The submitted request
  is not changed; the exporter sends an evolved copy.)
- **Failures never reach the application.** They are counted in `stats.failed` by error
  class, logged once per kind at WARNING (then at DEBUG) on the `langwatch_collector`
  logger, and passed to `on_error(request, error)`. A trace that fails validation is reported
  there with its paths (`error.errors`) and never sent.
- **`flush` and `shutdown` honour their timeout**, even when the server never answers: flush
  waits on a condition with a deadline; shutdown stops the workers and abandons what is left
  (counted as dropped, reason `abandoned`) instead of waiting on a send in progress.
- **At exit**, an `atexit` hook shuts every live exporter down within `exit_timeout` (2 s by
  default, shared by all exporters), so a script that submits and exits still delivers and an
  exit never hangs long when the server is down.
- **Fork-safe** (`os.register_at_fork`): a child process starts with an empty queue, zeroed
  stats and its own workers (started on its first submit); the parent keeps its pending
  traces. The child keeps the same client: the client's own fork hook gives it fresh
  connections (`BaseClient`), so no socket is shared across processes.
- **Workers are not woken by every submit**: waking a thread costs the submitting thread a
  system call. A worker with nothing to send sleeps without a timer until a trace arrives (the
  submit that finds the queue empty wakes it), a flush, or shutdown. Woken by a lone trace, it
  lingers up to `linger` seconds (0.1 s by default) for more, so a burst goes out together;
  every 16 queued traces wake another waiting worker at once. A lone trace therefore waits at
  most `linger`, and an idle exporter costs nothing.
- **Synchronous mode** (`synchronous=True`) for serverless functions whose threads do not
  survive between invocations: `submit` sends in the calling thread (still never raising).

Hand-written: the queue, workers and accounting are this package's policy; the standard
library's threading primitives carry it. OpenTelemetry's BatchSpanProcessor works on OTel spans
and ignores its flush timeout (opentelemetry-python #4568).
"""

from __future__ import annotations

import atexit
import logging
import os
import threading
import time
import uuid
import weakref
from collections import deque
from collections.abc import Callable, Mapping
from typing import Any, Protocol

import attrs

from langwatch_collector import codec, errors, models
from langwatch_collector.tracing.values import approx_request_size

logger = logging.getLogger("langwatch_collector")

TraceBuilder = Callable[[], "models.CollectorRequest | dict[str, Any]"]
"""Builds a trace on a worker thread, as a request or, when only a reading can make one, as its
JSON document: how the span API hands traces over."""
ErrorCallback = Callable[[Any, BaseException], None]
"""`on_error(request, error)`: the `models.CollectorRequest` submitted or built (for a trace from
the span API built as its JSON document, that document) and the error."""


def built_request(built: models.CollectorRequest | dict[str, Any]) -> models.CollectorRequest:
    """What a TraceBuilder built, as a request: a document is read by the codec (checked there);
    a request is checked once, when it is serialized."""
    return built if isinstance(built, models.CollectorRequest) else codec.parse(built)


DROP_REASONS = ("queue_full", "queue_bytes", "too_large", "shutdown", "abandoned")
"""Why a trace is dropped: the trace bound was reached; the byte bound was; the trace alone is
larger than the byte bound; it was submitted after shutdown; it was still queued at shutdown."""


class Exporter(Protocol):
    """What the span API hands traces to: BackgroundExporter or RecordingExporter."""

    def submit(self, request: models.CollectorRequest) -> bool: ...

    def submit_deferred(self, build: TraceBuilder, approx_bytes: int) -> bool: ...

    def flush(self, timeout: float = 5.0) -> bool: ...


@attrs.frozen
class ExporterStats:
    """A snapshot of an exporter's counters (`exporter.stats`).

    Every submitted trace is in exactly one of `sent`, `dropped`, `failed`, `queued` or
    `in_flight` (being sent): `submitted == sent + dropped_total + failed_total + queued + in_flight`.
    """

    submitted: int
    sent: int
    dropped: Mapping[str, int]
    failed: Mapping[str, int]
    retried: int
    queued: int
    queued_bytes: int
    in_flight: int

    @property
    def dropped_total(self) -> int:
        return sum(self.dropped.values())

    @property
    def failed_total(self) -> int:
        return sum(self.failed.values())


def new_evaluation_id() -> str:
    return f"eval_{uuid.uuid4().hex}"


def with_evaluation_ids(request: models.CollectorRequest) -> models.CollectorRequest:
    """The request with an `evaluation_id` on every evaluation (a copy when one was missing)."""
    evaluations = request.evaluations
    if not evaluations or all(evaluation.evaluation_id for evaluation in evaluations):
        return request
    named = [
        evaluation if evaluation.evaluation_id else attrs.evolve(evaluation, evaluation_id=new_evaluation_id())
        for evaluation in evaluations
    ]
    return attrs.evolve(request, evaluations=named)


_Item = tuple[int, Any, int, bool]
"""A queued trace: (sequence number, payload, estimated bytes, deferred). The payload is a
CollectorRequest, or a TraceBuilder when deferred. A plain tuple: the cheapest to make."""


_WAKE_AT = 16  # queued traces that wake an idle worker at once; fewer wait at most `linger` seconds
_LIVE: weakref.WeakSet[BackgroundExporter] = weakref.WeakSet()


class BackgroundExporter:
    """Sends traces from worker threads; `submit` never blocks and never raises.

    `BackgroundExporter(client=None, *, max_queue_traces=2048, max_queue_bytes=64 MiB, workers=2,
    on_error=None, synchronous=False, exit_timeout=2.0, linger=0.1)`; without a client, one is made from the
    environment (LANGWATCH_API_KEY, LANGWATCH_ENDPOINT, LANGWATCH_PROJECT_ID) and closed at shutdown.
    """

    _WorkCondition: Callable[[threading.Lock], threading.Condition] = threading.Condition
    """What the workers wait on for work (a test counts their wake-ups through it)."""

    def __init__(
        self,
        client: Any = None,
        *,
        max_queue_traces: int = 2048,
        max_queue_bytes: int = 64 * 2**20,
        workers: int = 2,
        on_error: ErrorCallback | None = None,
        synchronous: bool = False,
        exit_timeout: float = 2.0,
        linger: float = 0.1,
    ) -> None:
        if max_queue_traces < 1 or max_queue_bytes < 1 or workers < 1:
            raise errors.ConfigurationError("max_queue_traces, max_queue_bytes and workers must be at least 1")
        if not (isinstance(linger, (int, float)) and 0.001 <= linger <= 60):
            # 0 would spin the idle workers; None would hold a lone trace until a flush.
            raise errors.ConfigurationError(f"linger must be seconds from 0.001 to 60, got {linger!r}")
        self._owns_client = client is None
        if client is None:
            from langwatch_collector.client import CollectorClient

            client = CollectorClient()
        self.client = client
        self.max_queue_traces = max_queue_traces
        self.max_queue_bytes = max_queue_bytes
        self.workers = workers
        self.on_error = on_error
        self.synchronous = synchronous
        self.exit_timeout = exit_timeout
        self.linger = linger
        self._closed = False
        self._reset_state()
        _LIVE.add(self)

    def _reset_state(self) -> None:
        """Fresh locks, queue, counters and no workers: at construction and in a forked child."""
        self._lock = threading.Lock()
        self._work = self._WorkCondition(self._lock)  # workers wait here for items
        self._progress = threading.Condition(self._lock)  # flush waits here for items to finish
        self._queue: deque[_Item] = deque()
        self._in_flight: set[int] = set()
        self._next_seq = 0
        self._queued_bytes = 0
        self._sleeping = 0  # workers waiting, without a timer, for a trace to arrive
        self._lingering = 0  # workers woken by a trace, waiting up to `linger` for more
        self._flush_targets: list[int] = []  # what each waiting flush waits for: woken only when it is reached
        self._stopping = False
        self._threads: list[threading.Thread] = []
        self._submitted = 0
        self._sent = 0
        self._retried = 0
        self._dropped: dict[str, int] = {}
        self._failed: dict[str, int] = {}
        self._logged_kinds: set[str] = set()

    def __repr__(self) -> str:
        mode = "synchronous" if self.synchronous else f"workers={self.workers}"
        return f"BackgroundExporter({self.client!r}, {mode}, max_queue_traces={self.max_queue_traces})"

    # -- the application's side: never blocks, never raises --------------------------------------

    def submit(self, request: models.CollectorRequest) -> bool:
        """Queues one trace; False (and counted in `stats.dropped`) when it had to be dropped."""
        if type(request) is not models.CollectorRequest and not isinstance(request, models.CollectorRequest):
            # The one check of what was submitted, in both modes: the workers take it as read.
            with self._lock:
                self._submitted += 1
            error = _not_a_request(request)
            self._report(request, error)
            self._settle(None, error=error)
            return False
        if self.synchronous:
            return self._run_now(request, deferred=False)
        return self._enqueue(request, approx_request_size(request), deferred=False)

    def submit_deferred(self, build: TraceBuilder, approx_bytes: int) -> bool:
        """Queues a trace that `build()` makes on a worker (the span API's way)."""
        if self.synchronous:
            return self._run_now(build, deferred=True)
        return self._enqueue(build, approx_bytes, deferred=True)

    def _enqueue(self, payload: Any, size: int, *, deferred: bool) -> bool:
        with self._lock:
            self._submitted += 1
            queue = self._queue
            if self._closed:
                reason = "shutdown"
            elif len(queue) >= self.max_queue_traces:
                reason = "queue_full"
            elif size > self.max_queue_bytes:
                reason = "too_large"
            elif self._queued_bytes + size > self.max_queue_bytes:
                reason = "queue_bytes"
            else:
                self._next_seq += 1
                queue.append((self._next_seq, payload, size, deferred))
                self._queued_bytes += size
                waiting = len(queue)
                if self._sleeping or self._lingering:
                    if (waiting == 1 and self._sleeping) or waiting % _WAKE_AT == 0:
                        self._work.notify()
                elif len(self._threads) < self.workers:
                    self._start_worker()
                return True
            self._dropped[reason] = self._dropped.get(reason, 0) + 1
            return False

    def _run_now(self, payload: Any, *, deferred: bool) -> bool:
        with self._lock:
            self._submitted += 1
            if self._closed:
                self._dropped["shutdown"] = self._dropped.get("shutdown", 0) + 1
                return False
        return self._process(payload, deferred)

    @property
    def stats(self) -> ExporterStats:
        with self._lock:
            return ExporterStats(
                submitted=self._submitted,
                sent=self._sent,
                dropped=dict(self._dropped),
                failed=dict(self._failed),
                retried=self._retried,
                queued=len(self._queue),
                queued_bytes=self._queued_bytes,
                in_flight=len(self._in_flight),
            )

    # -- flush and shutdown: bounded by their timeouts -------------------------------------------

    def flush(self, timeout: float = 5.0) -> bool:
        """Waits until every trace submitted before the call was sent or given up, at most `timeout`
        seconds; True when they all were. Never waits on a send beyond the timeout."""
        deadline = time.monotonic() + timeout
        with self._lock:
            self._work.notify_all()  # no lingering: send now
            target = self._next_seq
            self._flush_targets.append(target)
            try:
                while self._oldest_pending() <= target:
                    remaining = deadline - time.monotonic()
                    if remaining <= 0:
                        return False
                    self._progress.wait(remaining)
                return True
            finally:
                self._flush_targets.remove(target)

    async def aflush(self, timeout: float = 5.0) -> bool:
        """`flush` for async code: waits in a thread, so the event loop keeps running."""
        import asyncio  # here, not at the top: most programs never pay for importing it

        return await asyncio.get_running_loop().run_in_executor(None, self.flush, timeout)

    def shutdown(self, timeout: float = 5.0) -> bool:
        """Flushes within `timeout`, then stops the workers; what is still queued is dropped
        (reason `abandoned`). Later submits are dropped (reason `shutdown`). True when
        everything was sent or given up in time."""
        deadline = time.monotonic() + timeout
        with self._lock:
            self._closed = True
        delivered = self.flush(timeout)
        with self._lock:
            self._stopping = True
            if self._queue:
                self._dropped["abandoned"] = self._dropped.get("abandoned", 0) + len(self._queue)
                self._queue.clear()
                self._queued_bytes = 0
                self._progress.notify_all()  # the abandoned ones no longer hold a flush back
            self._work.notify_all()
            threads = list(self._threads)
        for thread in threads:
            thread.join(max(0.0, deadline - time.monotonic()))
        if self._owns_client and not any(thread.is_alive() for thread in threads):
            self.client.close()
        return delivered

    def __enter__(self) -> BackgroundExporter:
        return self

    def __exit__(self, *exc: object) -> None:
        self.shutdown(self.exit_timeout)

    def _oldest_pending(self) -> float:
        oldest: float = self._queue[0][0] if self._queue else float("inf")
        if self._in_flight:
            oldest = min(oldest, min(self._in_flight))
        return oldest

    # -- the workers -------------------------------------------------------------------------------

    def _start_worker(self) -> None:  # called with the lock held
        thread = threading.Thread(target=self._work_loop, name=f"langwatch-exporter-{len(self._threads)}", daemon=True)
        try:
            thread.start()
        except RuntimeError:
            # No new thread now (at interpreter shutdown, from Python 3.12; or a thread limit): the
            # trace stays queued for a worker that runs, or is counted as abandoned at shutdown.
            # Never an exception on the caller's thread.
            logger.debug("could not start an exporter worker", exc_info=True)
            return
        self._threads.append(thread)

    def _work_loop(self) -> None:
        lock, work, queue = self._lock, self._work, self._queue
        lingered = False  # True from the end of a linger until the queue is empty again
        while True:
            with lock:
                while True:
                    if self._stopping:
                        return
                    if not queue:
                        self._sleeping += 1
                        work.wait()  # no timer: a submit, a flush or shutdown wakes it
                        self._sleeping -= 1
                        lingered = False
                    elif lingered or len(queue) >= _WAKE_AT or self._flush_targets:
                        break
                    else:
                        self._lingering += 1
                        work.wait(self.linger)
                        self._lingering -= 1
                        lingered = True
                seq, payload, size, deferred = queue.popleft()
                self._queued_bytes -= size
                self._in_flight.add(seq)
            self._process(payload, deferred, seq)

    def _process(self, payload: Any, deferred: bool, seq: int | None = None) -> bool:
        """Builds, validates and sends one trace; counts the outcome. True when it was sent."""
        subject = payload
        try:
            if deferred:
                subject = payload()
                request = built_request(subject)
            else:
                request = payload  # a CollectorRequest: `submit` let nothing else through
            result = self.client.collect(with_evaluation_ids(request))
        except Exception as error:
            self._report(subject, error)
            self._settle(seq, error=error)
            return False
        self._settle(seq, retries=result.retries_taken)
        return True

    def _settle(self, seq: int | None, *, error: Exception | None = None, retries: int = 0) -> None:
        """Counts an outcome and releases the trace, in one step: the counters always add up."""
        with self._lock:
            if error is None:
                self._sent += 1
                self._retried += retries
            else:
                kind = type(error).__name__
                self._failed[kind] = self._failed.get(kind, 0) + 1
                self._retried += getattr(error, "retries_taken", 0)
            if seq is not None:
                self._in_flight.discard(seq)
                if self._flush_targets and self._oldest_pending() > min(self._flush_targets):
                    self._progress.notify_all()

    def _report(self, subject: Any, error: Exception) -> None:
        """Logs (at WARNING the first time for each kind) and calls `on_error`, before the trace is
        released: a flush that returns has seen every callback of what it waited for."""
        kind = type(error).__name__
        with self._lock:
            first = kind not in self._logged_kinds
            self._logged_kinds.add(kind)
        logger.log(
            logging.WARNING if first else logging.DEBUG,
            "a trace was not sent to LangWatch (%s): %s%s",
            kind,
            error,
            "; further failures of this kind are logged at DEBUG" if first else "",
        )
        if self.on_error is not None:
            try:
                self.on_error(subject, error)
            except Exception:
                logger.exception("the exporter's on_error callback raised")

    # -- process life --------------------------------------------------------------------------

    def _after_fork_in_child(self) -> None:
        self._reset_state()  # the queue and workers; connections are the client's fork hook's


def _not_a_request(value: object) -> TypeError:
    return TypeError(f"submit() expects a models.CollectorRequest, got {type(value).__name__}")


def _shutdown_all_at_exit() -> None:
    exporters = list(_LIVE)
    if not exporters:
        return
    deadline = time.monotonic() + max(exporter.exit_timeout for exporter in exporters)
    for exporter in exporters:
        remaining = min(exporter.exit_timeout, deadline - time.monotonic())
        try:
            exporter.shutdown(max(0.0, remaining))
        except Exception:  # one exporter's failure must not keep the others from flushing
            logger.warning("an exporter failed to shut down at exit", exc_info=True)


def _after_fork_in_child() -> None:
    for exporter in list(_LIVE):
        exporter._after_fork_in_child()


atexit.register(_shutdown_all_at_exit)
if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_after_fork_in_child)
