"""The span API and the BackgroundExporter, measured side by side in one run (scripts/bench).

1. App-thread cost: one span (enter and exit, with an input and an output) through lc.Tracer,
   beside OpenTelemetry's SDK (`start_as_current_span`, BatchSpanProcessor, a no-op exporter) and,
   when installed, LangWatch's own SDK (`langwatch.span`); and `submit` of a ready trace.
   The app thread's CPU time, medians of interleaved rounds (benchmarks/timing.py).
   Targets: span <= 5 us, submit <= 2 us.
2. Throughput to a loopback keep-alive sink: the exporter's workers beside raw urllib3 posting
   pre-encoded bytes from the same number of threads. Target: >= 0.8x.
3. Reliability: 10,000 traces from several threads against a server answering about 20% of
   requests with transient faults (500, 502, 503, 504, 429 with Retry-After, resets before and
   after reading the body). Target: every trace delivered after flush, every drop counted.
4. Server down (a socket that accepts and never answers): 10,000 submits under a second, the
   queue within its byte bound, `flush(timeout=1)` back in about a second.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import json
import logging
import random
import socket
import statistics
import subprocess
import sys
import threading
import time
import tracemalloc
from typing import Any

import urllib3

import langwatch_collector as lc
from benchmarks.documents import trace as trace_document
from benchmarks.sink import content_length
from benchmarks.timing import Contestant, Operation, interleaved, median_ratio
from langwatch_collector import models

QUESTION = "What is the capital of France? Answer in one word."
ANSWER = "Paris."


def distinct_traces(prefix: str, count: int, text: str | None = None) -> list[models.CollectorRequest]:
    """`count` one-span LLM traces with ids `prefix-0`, `prefix-1`, …"""
    document = trace_document(1)
    span = document["spans"][0]
    del span["trace_id"]  # the request's trace id names the trace
    traces = []
    for index in range(count):
        if text is not None:  # a string of its own per trace, as real inputs are
            span["input"] = {"type": "text", "value": f"{text}{index}"}
        traces.append(lc.parse({**document, "trace_id": f"{prefix}-{index}"}))
    return traces


class NullClient:
    """Answers every trace at once: the app-thread figures must not depend on a network."""

    def collect(self, request: models.CollectorRequest) -> lc.CollectResult:
        return lc.CollectResult([])

    def close(self) -> None:
        pass


# -- 1. app-thread cost ------------------------------------------------------------------------------

OTEL = "OpenTelemetry SDK span (BatchSpanProcessor, no-op exporter)"


def _never_full_exporter() -> lc.BackgroundExporter:
    """An exporter whose queue never fills during the figures (a drop is cheaper than a submit)."""
    return lc.BackgroundExporter(NullClient(), max_queue_traces=10**7, max_queue_bytes=2**40)


def span_costs(rounds: int, sample_seconds: float) -> tuple[dict[str, float], dict[str, float]]:
    """Median µs per operation on the app thread, and each one's time ÷ OpenTelemetry's (median
    of the ratios within each round), measured in interleaved rounds (benchmarks/timing.py)."""
    exporter = _never_full_exporter()
    tracer = lc.Tracer(exporter)
    messages = [{"role": "system", "content": "Be brief."}, {"role": "user", "content": QUESTION}]

    def our_span() -> None:
        with tracer.span(type="llm", name="answer", input=QUESTION) as span:
            span.update(output=ANSWER)

    def our_chat_span() -> None:
        with tracer.span(type="llm", name="answer", model="gpt-4o-mini", input=messages) as span:
            span.update(output=ANSWER, metrics={"prompt_tokens": 12, "completion_tokens": 2})

    request = lc.parse(trace_document(1))
    submitter = _never_full_exporter()
    contestants: dict[str, Contestant | Operation] = {
        "lc.Tracer span (text in/out), in a trace": Contestant(our_span, within=tracer.trace),
        "lc.Tracer span (chat messages in, metrics), in a trace": Contestant(our_chat_span, within=tracer.trace),
        "lc.Tracer one-span trace (span opens and ends it)": our_span,
        "BackgroundExporter.submit, ready one-span trace": lambda: submitter.submit(request),
    }
    providers: list[Any] = []
    otel = otel_span(providers)
    if otel is not None:
        contestants[OTEL] = otel
    langwatch = langwatch_span(providers)
    if langwatch is not None:
        contestants["LangWatch SDK span (langwatch.span, OTel underneath)"] = langwatch
    try:
        samples = interleaved(contestants, rounds, sample_seconds)
    finally:
        exporter.shutdown(5)
        submitter.shutdown(5)
        for provider in providers:
            provider.shutdown()
    figures = {name: statistics.median(values) * 1e6 for name, values in samples.items()}
    ratios = {name: median_ratio(values, samples[OTEL]) for name, values in samples.items()} if otel else {}
    return figures, ratios


def _noop_otel_provider() -> Any:
    """An OpenTelemetry SDK provider with a BatchSpanProcessor and an exporter that drops everything,
    or None when opentelemetry-sdk is not installed."""
    try:
        from opentelemetry.sdk.trace import TracerProvider
        from opentelemetry.sdk.trace.export import BatchSpanProcessor, SpanExporter, SpanExportResult
    except ImportError:
        return None

    class NoopExporter(SpanExporter):
        def export(self, spans: Any) -> SpanExportResult:
            return SpanExportResult.SUCCESS

    provider = TracerProvider()
    provider.add_span_processor(BatchSpanProcessor(NoopExporter()))
    return provider


def otel_span(providers: list[Any]) -> Contestant | None:
    provider = _noop_otel_provider()
    if provider is None:
        print("  (opentelemetry-sdk not installed: its figure is skipped)")
        return None
    providers.append(provider)
    tracer = provider.get_tracer("bench")

    def span() -> None:
        with tracer.start_as_current_span("answer") as current:
            current.set_attribute("input", QUESTION)
            current.set_attribute("output", ANSWER)

    return Contestant(span, within=lambda: tracer.start_as_current_span("trace"))


def langwatch_span(providers: list[Any]) -> Contestant | None:
    try:
        import langwatch
    except ImportError:
        print("  (langwatch not installed: LangWatch SDK figure skipped)")
        return None
    provider = _noop_otel_provider()
    if provider is None:
        print("  (opentelemetry-sdk not installed: LangWatch SDK figure skipped)")
        return None
    providers.append(provider)
    # skip_open_telemetry_setup: no exporter of its own, so nothing leaves the machine
    langwatch.setup(api_key="bench", endpoint_url="http://127.0.0.1:9", skip_open_telemetry_setup=True)

    def span() -> None:
        with langwatch.span(type="llm", name="answer", input=QUESTION) as current:
            current.update(output=ANSWER)

    return Contestant(span, within=lambda: langwatch.trace(name="trace", tracer_provider=provider))


# -- loopback servers ----------------------------------------------------------------------------------


class ServerProcess:
    """A server of this module run as its own process (so it does not share the exporter's GIL)."""

    def __init__(self, *arguments: str) -> None:
        self._process = subprocess.Popen(
            [sys.executable, "-m", "benchmarks.tracing_bench", *arguments], stdout=subprocess.PIPE, text=True
        )
        assert self._process.stdout is not None
        self.url = f"http://127.0.0.1:{self._process.stdout.readline().strip()}"

    def stats(self) -> dict[str, Any]:
        answer = urllib3.request("GET", self.url + "/stats", timeout=10)
        result: dict[str, Any] = json.loads(answer.data)
        return result

    def close(self) -> None:
        self._process.terminate()
        self._process.wait(10)


OK_BODY = b'{"message":"Trace received successfully.","partialSuccess":{"rejectedSpans":0,"rejectedEvaluations":0}}'
FAULTS: list[tuple[int, bytes, bytes]] = [  # status, extra headers, body
    (500, b"", b'{"message":"Failed to ingest all 1 spans, please retry"}'),
    (502, b"", b'{"message":"bad gateway"}'),
    (503, b"", b'{"message":"unavailable"}'),
    (504, b"", b'{"message":"timeout"}'),
    (429, b"Retry-After: 0.01\r\n", b'{"message":"slow down"}'),
    (429, b"retry-after-ms: 10\r\n", b'{"message":"slow down"}'),
]


def _answer(status: int, body: bytes, extra: bytes = b"") -> bytes:
    head = f"HTTP/1.1 {status} X\r\nContent-Type: application/json\r\nContent-Length: {len(body)}\r\n"
    return head.encode() + extra + b"\r\n" + body


async def _serve(fault_rate: float) -> None:
    stored: dict[str, int] = {}
    counts = {"requests": 0, "faults": 0, "resets": 0}
    rng = random.Random(7)

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while True:
                head = await reader.readuntil(b"\r\n\r\n")
                length = content_length(head)
                if head.startswith(b"GET /stats"):
                    writer.write(_answer(200, json.dumps({"stored": stored, **counts}).encode()))
                    await writer.drain()
                    continue
                counts["requests"] += 1
                roll = rng.random()
                if roll < fault_rate / 8:  # reset before reading the body: nothing stored
                    counts["resets"] += 1
                    writer.transport.abort()
                    return
                body = await reader.readexactly(length)
                if roll < fault_rate / 4:  # reset after reading (and storing): the retry is a duplicate
                    trace_id = json.loads(body)["trace_id"]
                    stored[trace_id] = stored.get(trace_id, 0) + 1
                    counts["resets"] += 1
                    writer.transport.abort()
                    return
                if roll < fault_rate:
                    counts["faults"] += 1
                    status, extra_headers, fault_body = rng.choice(FAULTS)  # one fault: its status, headers, body
                    writer.write(_answer(status, fault_body, extra_headers))
                else:
                    trace_id = json.loads(body)["trace_id"]
                    stored[trace_id] = stored.get(trace_id, 0) + 1
                    writer.write(_answer(200, OK_BODY))
                await writer.drain()
        except (asyncio.IncompleteReadError, ConnectionResetError):
            pass
        finally:
            writer.close()

    server = await asyncio.start_server(handle, "127.0.0.1", 0, backlog=512)
    print(server.sockets[0].getsockname()[1], flush=True)
    async with server:
        await asyncio.wait_for(server.serve_forever(), timeout=600)  # stops by itself


# -- 2. throughput -------------------------------------------------------------------------------------


def throughput(count: int, threads: int) -> dict[str, list[float]]:
    """Traces per second of raw urllib3 and of the exporter in each of 20 interleaved rounds (wall-clock)."""
    sink = subprocess.Popen([sys.executable, "-m", "benchmarks.sink"], stdout=subprocess.PIPE, text=True)
    try:
        assert sink.stdout is not None
        url = f"http://127.0.0.1:{sink.stdout.readline().strip()}"
        request = lc.parse(trace_document(1))
        body = lc.serialize(request)
        headers = {"Content-Type": "application/json", "X-Auth-Token": "bench-key"}
        pool = urllib3.PoolManager(maxsize=threads, retries=False)
        target = url + "/api/collector"

        def raw_round(per_thread: int) -> float:
            def post() -> None:
                for _ in range(per_thread):
                    pool.request("POST", target, body=body, headers=headers)

            workers = [threading.Thread(target=post) for _ in range(threads)]
            started = time.perf_counter()
            for worker in workers:
                worker.start()
            for worker in workers:
                worker.join()
            return time.perf_counter() - started

        client = lc.CollectorClient(api_key="bench-key", endpoint=url, pool_maxsize=threads)
        exporter = lc.BackgroundExporter(client, workers=threads, max_queue_traces=count + 1)

        def exporter_round(total: int) -> float:
            started = time.perf_counter()
            for _ in range(total):
                exporter.submit(request)
            assert exporter.flush(timeout=120)
            return time.perf_counter() - started

        raw_round(20)
        exporter_round(40)
        samples: dict[str, list[float]] = {"raw": [], "exporter": []}
        rounds = 20
        per_round = count // rounds
        for index in range(rounds):  # interleaved, each first in turn, so a busy spell weighs on both alike
            for name in ("raw", "exporter") if index % 2 == 0 else ("exporter", "raw"):
                if name == "raw":
                    samples[name].append((per_round // threads) * threads / raw_round(per_round // threads))
                else:
                    samples[name].append(per_round / exporter_round(per_round))
        exporter.shutdown(5)
        assert exporter.stats.failed_total == 0 and exporter.stats.dropped_total == 0, exporter.stats
        return {
            f"raw urllib3, pre-encoded, {threads} threads": samples["raw"],
            f"BackgroundExporter, {threads} workers": samples["exporter"],
        }
    finally:
        sink.terminate()
        sink.wait()


# -- 3. reliability under faults --------------------------------------------------------------------


def reliability(count: int, threads: int) -> None:
    server = ServerProcess("--fault-server", "0.2")
    try:
        client = lc.CollectorClient(
            api_key="bench-key",
            endpoint=server.url,
            max_retries=10,
            backoff_base=0.005,
            backoff_max=0.05,
            retry_budget=30,
            pool_maxsize=4,
        )
        exporter = lc.BackgroundExporter(client, workers=4, max_queue_traces=count)
        requests = distinct_traces("trace", count)

        def submit(part: list[models.CollectorRequest]) -> None:
            for request in part:
                exporter.submit(request)

        started = time.perf_counter()
        submitters = [threading.Thread(target=submit, args=(requests[i::threads],)) for i in range(threads)]
        for submitter in submitters:
            submitter.start()
        for submitter in submitters:
            submitter.join()
        flushed = exporter.flush(timeout=300)
        elapsed = time.perf_counter() - started
        stats = exporter.stats
        exporter.shutdown(5)
        seen = server.stats()
        stored: dict[str, int] = seen["stored"]
        missing = count - len(stored)
        duplicates = sum(times - 1 for times in stored.values())
        print(f"\nreliability: {count:,} traces from {threads} threads, ~20% transient faults")
        print(f"  flush returned {flushed} after {elapsed:.1f} s")
        print(
            f"  server: {seen['requests']:,} requests, {seen['faults']:,} fault answers, {seen['resets']:,} resets; "
            f"{len(stored):,} traces stored, {missing} missing, {duplicates} stored twice after a reset "
            "(spans: the server dedups them)"
        )
        print(
            f"  stats: submitted {stats.submitted:,}, sent {stats.sent:,}, dropped {stats.dropped}, "
            f"failed {stats.failed}, retried {stats.retried:,}"
        )
        accounted = stats.sent + stats.dropped_total + stats.failed_total + stats.queued + stats.in_flight
        print(f"  every trace accounted for: {accounted == stats.submitted}; none lost: {missing == 0}")
    finally:
        server.close()


# -- 4. server down ----------------------------------------------------------------------------------


def server_down(count: int) -> None:
    # The workers' failures once the socket closes are logged once per kind: expected here, not news.
    logging.getLogger("langwatch_collector").setLevel(logging.ERROR)
    hole = socket.socket()
    hole.bind(("127.0.0.1", 0))
    hole.listen(64)
    url = f"http://127.0.0.1:{hole.getsockname()[1]}"
    bound = 4 * 2**20
    try:

        def fresh_traces() -> list[models.CollectorRequest]:
            return distinct_traces("down", count, text="x" * 2000)

        client = lc.CollectorClient(api_key="bench-key", endpoint=url, retry_budget=60, timeout=60)
        exporter = lc.BackgroundExporter(client, workers=2, max_queue_bytes=bound)
        traces = fresh_traces()
        started = time.perf_counter()
        for request in traces:
            exporter.submit(request)
        submit_seconds = time.perf_counter() - started
        started = time.perf_counter()
        flushed = exporter.flush(timeout=1)
        flush_seconds = time.perf_counter() - started
        stats = exporter.stats
        exporter.shutdown(0.5)

        # memory the exporter keeps: measured in a second run, traced, after the app drops its references
        del traces
        gc.collect()
        tracemalloc.start()
        traces = fresh_traces()
        measured = lc.BackgroundExporter(client, workers=2, max_queue_bytes=bound)
        for request in traces:
            measured.submit(request)
        del traces, request
        gc.collect()
        retained, _ = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        measured.shutdown(0.5)
        print(f"\nserver down (accepts, never answers): {count:,} submits, byte bound {bound / 2**20:.0f} MiB")
        print(f"  {count:,} submits took {submit_seconds * 1000:.0f} ms in total")
        print(f"  flush(timeout=1) returned {flushed} after {flush_seconds:.2f} s")
        print(
            f"  queued {stats.queued:,} traces, {stats.queued_bytes / 2**20:.2f} MiB estimated; dropped {stats.dropped}"
        )
        print(f"  memory still held once the app let go of its traces: {retained / 2**20:.2f} MiB (Python objects)")
    finally:
        hole.close()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="a smoke run: fewer operations and traces")
    parser.add_argument("--fault-server", type=float, metavar="RATE", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.fault_server is not None:
        asyncio.run(_serve(args.fault_server))
        return
    rounds, sample_seconds = (41, 0.002) if args.quick else (101, 0.005)
    traces, threads = (1000, 2) if args.quick else (10000, 2)
    print(f"app-thread cost, CPU time, medians of {rounds} interleaved rounds (targets: span <= 5 us, submit <= 2 us)")
    figures, ratios = span_costs(rounds, sample_seconds)
    for name, micros in figures.items():
        ratio = f"   {ratios[name]:5.2f}x OTel's time" if name in ratios else ""
        print(f"  {name:58s} {micros:8.2f} us{ratio}")
    print(
        f"\nthroughput to a loopback keep-alive sink, medians of interleaved rounds "
        f"(target: exporter >= 0.8x raw urllib3, {threads} threads)"
    )
    rates = throughput(4000 if args.quick else 12000, threads)
    floor = next(iter(rates.values()))
    for name, per_second in rates.items():
        print(
            f"  {name:40s} {statistics.median(per_second):9.0f} traces/s   "
            f"{median_ratio(per_second, floor):5.2f}x raw urllib3"
        )
    reliability(traces, 4)
    server_down(traces)


if __name__ == "__main__":
    main()
