"""The span API: nesting, timing, errors, decorators, values, parts, evaluations, the recording exporter."""

from __future__ import annotations

import asyncio
import contextvars
import json
import math
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

import pytest

import langwatch_collector as lc
from langwatch_collector import models
from tests.local_server import LocalServer

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def recorder() -> lc.RecordingExporter:
    return lc.RecordingExporter()


@pytest.fixture
def tracer(recorder: lc.RecordingExporter) -> lc.Tracer:
    return lc.Tracer(recorder)


def by_name(recorder: lc.RecordingExporter) -> dict[str, models.Span]:
    assert recorder.errors == []
    return {span.name or "": span for span in recorder.spans}


# -- nesting -----------------------------------------------------------------------------------------


def test_spans_nest_and_get_ids_and_millisecond_timestamps(tracer: lc.Tracer, recorder: lc.RecordingExporter) -> None:
    before = lc.now_millis()
    with tracer.trace(trace_id="trace-1", metadata={"user_id": "u1", "plan": "pro"}) as trace:
        assert lc.current_trace() is trace
        with tracer.span(name="outer") as outer:
            with tracer.span(name="inner") as inner:
                assert lc.current_span() is inner
            assert lc.current_span() is outer
    after = lc.now_millis()
    assert lc.current_trace() is None and lc.current_span() is None
    assert len(recorder.requests) == 1
    request = recorder.requests[0]
    assert request.trace_id == "trace-1"
    assert request.metadata == models.TraceMetadata(user_id="u1", additional_properties={"plan": "pro"})
    spans = by_name(recorder)
    assert spans["outer"].parent_id is None
    assert spans["inner"].parent_id == outer.span_id == spans["outer"].span_id
    assert spans["inner"].span_id == inner.span_id != outer.span_id
    assert {span.trace_id for span in spans.values()} == {"trace-1"}
    for span in spans.values():
        assert before <= span.timestamps.started_at <= span.timestamps.finished_at <= after
        assert len(str(span.timestamps.started_at)) == 13


def test_a_span_without_a_trace_opens_one_that_ends_with_it(tracer: lc.Tracer, recorder: lc.RecordingExporter) -> None:
    with tracer.span(name="root") as root:
        with tracer.span(name="child"):
            pass
        assert recorder.requests == []  # the trace is still open
    assert lc.current_trace() is None
    assert len(recorder.requests) == 1
    assert recorder.requests[0].trace_id == root.trace_id
    with tracer.span(name="another root") as second:
        pass
    assert second.trace_id != root.trace_id
    assert len(recorder.requests) == 2


def test_a_root_span_inside_an_explicit_trace_does_not_end_it(
    tracer: lc.Tracer, recorder: lc.RecordingExporter
) -> None:
    with tracer.trace():
        with tracer.span(name="first"):
            pass
        with tracer.span(name="second"):
            pass
        assert recorder.requests == []
    assert [len(r.spans or ()) for r in recorder.requests] == [2]


def test_nesting_follows_copied_contexts_into_threads(tracer: lc.Tracer, recorder: lc.RecordingExporter) -> None:
    def work(name: str) -> None:
        with tracer.span(name=name):
            pass

    with tracer.trace() as trace, tracer.span(name="parent") as parent:
        copied = [threading.Thread(target=contextvars.copy_context().run, args=(work, f"copied-{i}")) for i in range(4)]
        bare = threading.Thread(target=work, args=("bare",))  # a thread without the context: a trace of its own
        for thread in [*copied, bare]:
            thread.start()
        for thread in [*copied, bare]:
            thread.join(10)
    spans = by_name(recorder)
    for i in range(4):
        assert spans[f"copied-{i}"].parent_id == parent.span_id
        assert spans[f"copied-{i}"].trace_id == trace.trace_id
    assert spans["bare"].parent_id is None
    assert spans["bare"].trace_id != trace.trace_id


def test_a_span_that_outlives_its_trace_is_sent_on_its_own(tracer: lc.Tracer, recorder: lc.RecordingExporter) -> None:
    release = threading.Event()
    thread: threading.Thread

    def late() -> None:
        with tracer.span(name="late"):
            release.wait(10)

    with tracer.trace() as trace:
        thread = threading.Thread(target=contextvars.copy_context().run, args=(late,))
        thread.start()
    assert len(recorder.requests) == 0  # nothing had finished
    release.set()
    thread.join(10)
    assert len(recorder.requests) == 1
    assert recorder.requests[0].trace_id == trace.trace_id
    assert [span.name for span in recorder.spans] == ["late"]


def test_nesting_follows_await(tracer: lc.Tracer, recorder: lc.RecordingExporter) -> None:
    @tracer.span
    async def leaf(index: int) -> int:
        await asyncio.sleep(0.01 * (3 - index))  # finish in reverse order: each task keeps its own context
        current = lc.current_span()
        assert current is not None and current.name and current.name.endswith("leaf")
        return index

    async def main() -> tuple[str, str]:
        with tracer.trace() as trace:
            with tracer.span(name="gather") as gather:
                await asyncio.gather(*(leaf(i) for i in range(3)))
            return trace.trace_id, gather.span_id

    trace_id, gather_id = asyncio.run(main())
    leaves = [span for span in recorder.spans if span.name and span.name.endswith("leaf")]
    assert len(leaves) == 3
    assert {span.parent_id for span in leaves} == {gather_id}
    assert {span.trace_id for span in leaves} == {trace_id}


# -- errors ------------------------------------------------------------------------------------------


def test_an_exception_is_recorded_and_reraised_unchanged(tracer: lc.Tracer, recorder: lc.RecordingExporter) -> None:
    boom = ValueError("boom")
    with pytest.raises(ValueError) as raised, tracer.span(name="failing"):
        raise boom
    assert raised.value is boom
    error = by_name(recorder)["failing"].error
    assert error is not None
    assert error.message == "ValueError: boom"
    assert error.stacktrace[0].startswith("Traceback")
    assert any("raise boom" in line for line in error.stacktrace)


def test_the_decorator_records_an_exception_and_reraises_it(tracer: lc.Tracer, recorder: lc.RecordingExporter) -> None:
    @tracer.span(type="tool")
    def divide(a: int, b: int) -> float:
        return a / b

    @tracer.span(type="tool")
    async def adivide(a: int, b: int) -> float:
        return a / b

    with pytest.raises(ZeroDivisionError):
        divide(1, 0)
    with pytest.raises(ZeroDivisionError):
        asyncio.run(adivide(1, 0))
    assert [span.error.message if span.error else None for span in recorder.spans] == [
        "ZeroDivisionError: division by zero"
    ] * 2
    assert all(span.output is None for span in recorder.spans)


# -- the decorator -----------------------------------------------------------------------------------


def test_the_decorator_captures_arguments_and_result_on_sync_and_async(
    tracer: lc.Tracer, recorder: lc.RecordingExporter
) -> None:
    @tracer.span(type="tool")
    def lookup(query: str, limit: int = 2) -> list[str]:
        return [query] * limit

    @tracer.span(type="tool", name="async lookup")
    async def alookup(query: str) -> str:
        await asyncio.sleep(0)
        return query.upper()

    assert lookup("paris", limit=3) == ["paris"] * 3
    assert asyncio.run(alookup("rome")) == "ROME"
    assert lookup.__name__ == "lookup"  # functools.wraps
    spans = by_name(recorder)
    sync_span = spans["test_the_decorator_captures_arguments_and_result_on_sync_and_async.<locals>.lookup"]
    assert sync_span.type == "tool"
    assert sync_span.input == models.TypedValueJson(value={"query": "paris", "limit": 3})
    assert sync_span.output == models.TypedValueJson(value=["paris"] * 3)
    assert spans["async lookup"].input == models.TypedValueJson(value={"query": "rome"})
    assert spans["async lookup"].output == models.TypedValueText(value="ROME")


def test_the_decorator_captures_nothing_when_told_not_to(tracer: lc.Tracer, recorder: lc.RecordingExporter) -> None:
    @tracer.span(name="secret", capture_input=False, capture_output=False)
    def secret(password: str) -> str:
        return password[::-1]

    @tracer.span(name="asecret", capture_input=False, capture_output=False)
    async def asecret(password: str) -> str:
        return password[::-1]

    secret("hunter2")
    asyncio.run(asecret("hunter2"))
    for span in by_name(recorder).values():
        assert (span.input, span.output) == (None, None)
    assert b"hunter2" not in b"".join(lc.serialize(r) for r in recorder.requests)


def test_an_output_set_inside_a_decorated_function_wins(tracer: lc.Tracer, recorder: lc.RecordingExporter) -> None:
    @tracer.span(name="answer", type="llm")
    def answer() -> dict[str, Any]:
        span = lc.current_span()
        assert span is not None
        span.update(output="the text only", model="gpt-4o-mini", metrics={"prompt_tokens": 3})
        span.update(metrics={"completion_tokens": 4})
        return {"raw": "response object"}

    answer()
    span = by_name(recorder)["answer"]
    assert isinstance(span, models.LLMSpan)
    assert span.output == models.TypedValueText(value="the text only")
    assert span.model == "gpt-4o-mini"
    assert span.metrics == models.SpanMetrics(prompt_tokens=3, completion_tokens=4)


def test_decorated_methods_leave_self_out(tracer: lc.Tracer, recorder: lc.RecordingExporter) -> None:
    class Retriever:
        @tracer.span(name="retrieve", type="rag")
        def retrieve(self, query: str) -> list[str]:
            return [query]

    Retriever().retrieve("q")
    assert by_name(recorder)["retrieve"].input == models.TypedValueJson(value={"query": "q"})


# -- values ------------------------------------------------------------------------------------------


def test_plain_values_become_typed_values() -> None:
    assert lc.to_typed_value("hi") == models.TypedValueText(value="hi")
    assert lc.to_typed_value(None) is None
    messages = [{"role": "system", "content": "be brief"}, {"role": "user", "content": "hi"}]
    assert lc.to_typed_value(messages) == models.TypedValueChatMessages(
        value=[models.ChatMessage(role="system", content="be brief"), models.ChatMessage(role="user", content="hi")]
    )
    typed = models.TypedValueRaw(value="<raw>")
    assert lc.to_typed_value(typed) is typed
    assert lc.to_typed_value({"a": (1, 2), 3: {4}}) == models.TypedValueJson(value={"a": [1, 2], "3": [4]})
    not_chat = [{"role": "user", "content": "hi", "score": 1}]  # a key ChatMessage does not have: plain JSON
    assert lc.to_typed_value(not_chat) == models.TypedValueJson(value=not_chat)
    assert lc.to_typed_value([{"role": "robot"}]) == models.TypedValueJson(value=[{"role": "robot"}])
    odd = lc.to_typed_value({"nan": math.nan, "obj": object()})
    assert isinstance(odd, models.TypedValueJson)
    assert odd.value["nan"] == "nan" and odd.value["obj"].startswith("<object object")


def test_a_value_that_holds_itself_is_cut_not_followed_forever(
    tracer: lc.Tracer, recorder: lc.RecordingExporter
) -> None:
    looped: dict[str, Any] = {"name": "loop"}
    looped["a"] = looped
    looped["b"] = [looped]
    with tracer.span(name="cyclic", input=looped):
        pass
    recorded = by_name(recorder)["cyclic"].input
    assert recorded == models.TypedValueJson(value={"name": "loop", "a": "<cycle>", "b": ["<cycle>"]})


def test_values_given_as_models_and_dataclasses(tracer: lc.Tracer, recorder: lc.RecordingExporter) -> None:
    import dataclasses

    @dataclasses.dataclass
    class Hit:
        title: str
        score: float

    with tracer.span(name="s", type="rag", input=[models.ChatMessage(role="user", content="q")]) as span:
        span.update(output=[Hit("a", 0.5)], contexts=["chunk one", {"document_id": "d2", "content": "chunk two"}])
    recorded = by_name(recorder)["s"]
    assert isinstance(recorded, models.RAGSpan)
    assert recorded.input == models.TypedValueChatMessages(value=[models.ChatMessage(role="user", content="q")])
    assert recorded.output == models.TypedValueJson(value=[{"title": "a", "score": 0.5}])
    assert [chunk.content for chunk in recorded.contexts] == ["chunk one", "chunk two"]
    assert recorded.contexts[1].document_id == "d2"


def test_first_token_at(tracer: lc.Tracer, recorder: lc.RecordingExporter) -> None:
    with tracer.span(name="stream", type="llm") as span:
        span.record_first_token()
    with tracer.span(name="given", type="llm") as span:
        span.update(first_token_at=1_700_000_000.5)
    spans = by_name(recorder)
    stamps = spans["stream"].timestamps
    assert stamps.first_token_at is not None
    assert stamps.started_at <= stamps.first_token_at <= stamps.finished_at
    assert spans["given"].timestamps.first_token_at == 1_700_000_000_500


# -- parts, evaluations, validation ----------------------------------------------------------------


def test_spans_are_handed_over_as_they_finish_in_parts(recorder: lc.RecordingExporter) -> None:
    tracer = lc.Tracer(recorder, part_size=2)
    with tracer.trace(metadata={"thread_id": "th1"}) as trace:
        for i in range(5):
            with tracer.span(name=f"s{i}"):
                pass
            if i == 1:
                assert len(recorder.requests) == 1  # sent before the trace ends
        trace.add_evaluation(name="relevance", score=0.9, passed=True)
        trace.update(expected_output="Paris")
    assert [[span.name for span in r.spans or ()] for r in recorder.requests] == [["s0", "s1"], ["s2", "s3"], ["s4"]]
    assert {r.trace_id for r in recorder.requests} == {trace.trace_id}
    assert all(r.metadata and r.metadata.thread_id == "th1" for r in recorder.requests)
    assert [len(r.evaluations or ()) for r in recorder.requests] == [0, 0, 1]
    assert recorder.requests[-1].expected_output == "Paris"


def test_evaluations_carry_ids_and_span_evaluations_their_span(
    tracer: lc.Tracer, recorder: lc.RecordingExporter
) -> None:
    with tracer.trace() as trace:
        with tracer.span(name="guard") as span:
            span_eval = span.add_evaluation(name="toxicity", passed=True, is_guardrail=True)
        trace_eval = trace.add_evaluation(name="relevance", score=0.5, evaluation_id="mine")
    evaluations = {e.name: e for e in recorder.evaluations}
    assert evaluations["toxicity"].evaluation_id == span_eval and span_eval.startswith("eval_")
    assert evaluations["toxicity"].span_id == span.span_id
    assert evaluations["relevance"].evaluation_id == trace_eval == "mine"


def test_an_evaluation_without_a_verdict_is_reported_with_its_path() -> None:
    reported: list[tuple[Any, BaseException]] = []
    recorder = lc.RecordingExporter(on_error=lambda request, error: reported.append((request, error)))
    tracer = lc.Tracer(recorder)
    with tracer.trace(trace_id="t1") as trace:
        trace.add_evaluation(name="no verdict")
    assert recorder.requests == []
    (request, error), *_ = reported
    assert isinstance(error, lc.ValidationError)
    assert isinstance(request, models.CollectorRequest) and request.trace_id == "t1"  # the request built
    assert [path for path, _ in error.errors] == ["evaluations[0]"]
    assert recorder.errors == [error]


def test_a_trace_with_nothing_in_it_sends_nothing(tracer: lc.Tracer, recorder: lc.RecordingExporter) -> None:
    with tracer.trace():
        pass
    assert recorder.requests == [] and recorder.errors == []


# -- end to end --------------------------------------------------------------------------------------


def test_the_span_api_through_the_background_exporter(server: LocalServer) -> None:
    client = lc.CollectorClient(api_key="k", endpoint=server.url, backoff_base=0.001)
    with lc.BackgroundExporter(client) as exporter:
        tracer = lc.Tracer(exporter)
        with tracer.span(type="llm", name="answer", model="gpt-4o-mini", input="Hello") as span:
            span.update(output="Hi!")
        assert exporter.flush(timeout=10)
    (received,) = server.received
    body = received.json()
    assert body["trace_id"] == span.trace_id
    assert body["spans"][0]["input"] == {"type": "text", "value": "Hello"}
    assert body["spans"][0]["model"] == "gpt-4o-mini"


def test_a_span_api_trace_that_fails_validation_is_reported_and_never_sent(server: LocalServer) -> None:
    reported: list[tuple[Any, BaseException]] = []
    client = lc.CollectorClient(api_key="k", endpoint=server.url)
    exporter = lc.BackgroundExporter(client, on_error=lambda request, error: reported.append((request, error)))
    tracer = lc.Tracer(exporter)
    with tracer.trace(trace_id="t-invalid") as trace:
        with tracer.span(name="fine"):
            pass
        trace.add_evaluation(name="no verdict")
    assert exporter.flush(timeout=10)
    exporter.shutdown(timeout=5)
    assert server.received == []
    ((request, error),) = reported
    assert isinstance(request, models.CollectorRequest) and request.trace_id == "t-invalid"  # the request built
    assert isinstance(error, lc.ValidationError)
    assert [path for path, _ in error.errors] == ["evaluations[0]"]
    assert exporter.stats.failed == {"ValidationError": 1}


def test_the_recording_exporter_fixture(recording_exporter: lc.RecordingExporter) -> None:
    tracer = lc.Tracer(recording_exporter)
    with tracer.span(name="under test"):
        pass
    assert [span.name for span in recording_exporter.spans] == ["under test"]


class _SizeRecorder(lc.RecordingExporter):
    """Records the byte estimate each trace part is queued with, as the background exporter bounds it."""

    def __init__(self) -> None:
        super().__init__()
        self.sizes: list[int] = []

    def submit_deferred(self, build: Any, approx_bytes: int) -> bool:
        self.sizes.append(approx_bytes)
        return super().submit_deferred(build, approx_bytes)


@pytest.mark.parametrize(
    "how", ["decorated argument", "with input", "evaluation inputs", "trace metadata", "expected output"]
)
def test_what_a_trace_holds_counts_against_the_byte_bound(how: str) -> None:
    recorder = _SizeRecorder()
    tracer = lc.Tracer(recorder)
    big = "x" * 1_000_000

    @tracer.span(type="tool")
    def takes(text: str) -> int:
        return len(text)

    with tracer.trace() as trace:
        if how == "decorated argument":
            takes(big)
        elif how == "with input":
            with tracer.span(input=big):
                pass
        elif how == "trace metadata":
            trace.update(metadata={"user_id": "u", "note": big})
            with tracer.span():
                pass
        elif how == "expected output":
            trace.update(expected_output=big)
            with tracer.span():
                pass
        else:
            trace.add_evaluation(name="e", passed=True, inputs={"text": big})
    assert sum(recorder.sizes) > 1_000_000, recorder.sizes


def test_the_recording_exporter_never_raises_into_the_traced_code() -> None:
    class Unprintable:
        def __repr__(self) -> str:
            raise RuntimeError("no repr")

    def failing_callback(request: Any, error: BaseException) -> None:
        raise RuntimeError("the callback failed")

    recorder = lc.RecordingExporter(on_error=failing_callback)
    tracer = lc.Tracer(recorder)
    with tracer.span(output=Unprintable()):
        pass
    assert len(recorder.errors) == 1 and recorder.requests == []


# -- one reading per trace: the tracer's request is checked once, as it is serialized -----------------


class _Builds(lc.RecordingExporter):
    """Keeps each part's builder, to compare what it builds with the part's JSON document."""

    def __init__(self) -> None:
        super().__init__()
        self.builds: list[Any] = []

    def submit_deferred(self, build: Any, approx_bytes: int) -> bool:
        self.builds.append(build)
        return super().submit_deferred(build, approx_bytes)


def direct_trace(tracer: lc.Tracer) -> None:
    """Every kind of value the tracer builds as models itself."""
    metadata = {"user_id": "u1", "labels": ["a"], "plan": "pro", "nested": {"k": 1}}
    with tracer.trace(trace_id="t-kinds", metadata=metadata) as trace:
        trace.update(expected_output="Paris")
        messages = [{"role": "system", "content": "be brief"}, {"role": "user", "content": "q", "name": "ann"}]
        with tracer.span(type="llm", name="chat", model="m", vendor="v", input=messages) as span:
            span.update(output="Paris.", metrics={"prompt_tokens": 3, "cost": 0.5})
            span.update(params={"temperature": 0.1, "stop": ("a",), "custom": [1]})
            span.record_first_token()
        contexts = ["c1", models.RAGChunk(content="c2"), {"content": "c3", "document_id": "d3"}]
        with tracer.span(type="rag", name="rag", input={"query": ("q", 1)}, contexts=contexts):
            pass
        with tracer.span(type="tool", name="typed", input=models.TypedValueRaw(value="<r>"), output=[1, 2.5]):
            pass
        with pytest.raises(ValueError), tracer.span(name="failed"):
            raise ValueError("boom")
        trace.add_evaluation(name="relevance", score=0.9, passed=True, inputs={"q": "q"})
        trace.add_evaluation(name="crashed", status="error", error=RuntimeError("evaluator down"))


def rich_chat_trace(tracer: lc.Tracer) -> None:
    call = {"id": "c", "type": "function", "function": {"name": "f", "arguments": "{}"}}
    with tracer.span(name="rich", input=[{"role": "assistant", "tool_calls": [call]}]):
        pass


def moved_metric_trace(tracer: lc.Tracer) -> None:
    with tracer.span(name="moved", metrics={"prompt_tokens": 1, "custom_metric": 2}):  # the server moves it to params
        pass


def contexts_elsewhere_trace(tracer: lc.Tracer) -> None:
    with tracer.span(type="tool", name="ctx", contexts=["c"]):
        pass


@pytest.mark.parametrize(
    ("make", "direct"),
    [(direct_trace, True), (rich_chat_trace, False), (moved_metric_trace, False), (contexts_elsewhere_trace, False)],
)
def test_the_tracers_request_reads_as_its_json_document_does(make: Any, direct: bool) -> None:
    """The invariant that lets the worker skip a reading: what the tracer builds as models (without
    reading it) is read by the server exactly as the JSON document of the same trace is; what it
    cannot build so is built as that document."""
    from langwatch_collector import codec
    from langwatch_collector.tracing.tracer import _trace_document

    builds = _Builds()
    make(lc.Tracer(builds))
    assert builds.errors == [] and len(builds.builds) == 1
    built = builds.builds[0]()
    document = _trace_document(*builds.builds[0].args)
    assert isinstance(built, models.CollectorRequest) is direct
    as_sent = codec.serialize(built) if direct else built
    assert codec.parse(as_sent) == codec.parse(document)


def test_a_span_api_trace_is_read_once_before_it_is_sent(server: LocalServer, monkeypatch: pytest.MonkeyPatch) -> None:
    from langwatch_collector import fast_reading, server_reading

    readings: list[Any] = []  # by either reading: the route's rules on clean data, or the exact one
    read, judge = server_reading.read, fast_reading.judge_request

    def counted_read(document: Any, **options: Any) -> Any:
        readings.append(document)
        return read(document, **options)

    def counted_judge(document: Any) -> Any:
        readings.append(document)
        return judge(document)

    monkeypatch.setattr(server_reading, "read", counted_read)  # the codec reads through the modules
    monkeypatch.setattr(fast_reading, "judge_request", counted_judge)
    client = lc.CollectorClient(api_key="k", endpoint=server.url)
    with lc.BackgroundExporter(client) as exporter:
        tracer = lc.Tracer(exporter)
        with (
            tracer.trace(metadata={"user_id": "u1"}),
            tracer.span(type="llm", name="answer", input=[{"role": "user", "content": "hi"}]) as span,
        ):
            span.update(output="Hi!", metrics={"prompt_tokens": 2})
        assert exporter.flush(timeout=10)
    assert exporter.stats.sent == 1
    assert len(readings) == 1  # checked once, as it was serialized


@pytest.mark.parametrize(
    ("given", "path"),
    [
        ({"type": "nonsense"}, "spans[0].type"),
        ({"metrics": {"prompt_tokens": "many"}}, "spans[0].metrics.prompt_tokens"),
        ({"input": [{"role": "user", "content": "hi", "name": 5}]}, "spans[0].input.value[0].name"),
        ({"name": 7}, "spans[0].name"),
    ],
)
def test_what_the_user_gives_is_still_checked(given: dict[str, Any], path: str) -> None:
    recorder = lc.RecordingExporter()
    with lc.Tracer(recorder).span(**given):
        pass
    assert recorder.requests == []
    (error,) = recorder.errors
    assert isinstance(error, lc.ValidationError)
    assert path in [problem_path for problem_path, _ in error.errors], error.errors


def test_the_size_estimate_counts_nested_strings_and_stops_at_cycles() -> None:
    import enum

    from langwatch_collector.tracing.values import approx_size

    class Colour(str, enum.Enum):
        RED = "r" * 500

    nested = {"messages": [{"role": "user", "content": "x" * 1000}], "tags": ("y" * 300, 1, None, 2.5, True)}
    assert approx_size(nested) > 1300
    assert approx_size([Colour.RED]) > 500  # a str subclass counts its characters
    looped: dict[str, Any] = {}
    looped["a"] = looped
    looped["b"] = [looped, looped]
    assert approx_size(looped) < 100  # each repeat counted once, not followed


def _shared_layers(depth: int) -> list[Any]:
    """A list of two references to the same list, `depth` times over: small in memory, 2**depth
    leaves when written out as JSON."""
    value: list[Any] = ["leaf"]
    for _ in range(depth):
        value = [value, value]
    return value


def test_the_size_estimate_counts_a_shared_part_as_often_as_json_writes_it() -> None:
    from langwatch_collector.tracing.values import approx_size

    shared = _shared_layers(3)
    assert approx_size(shared) == approx_size(json.loads(json.dumps(shared)))  # an unshared copy


def test_the_size_estimate_of_a_part_does_not_depend_on_where_it_was_first_met() -> None:
    """A part first met deep down (under the depth cut), or inside a cycle, is counted in full
    where it is met again higher up; and a copy's parts (a Mapping read by `dict()`) are not
    mistaken for others that later take their ids."""
    from collections.abc import Iterator, Mapping

    from langwatch_collector.tracing.values import approx_size

    big = [["a" * 100_000]]
    deep: Any = big
    for _ in range(62):
        deep = [deep]
    assert approx_size([deep, big]) > 100_000  # `big` at the top, its string within the cut

    head: list[Any] = ["b" * 100_000]
    tail = [head]
    head.append(tail)
    assert approx_size([head, tail]) > 200_000  # each holds the other and the long string

    class Fresh(Mapping[str, Any]):
        """Gives a new dict for each key on each read, alternately long and short."""

        def __getitem__(self, key: str) -> Any:
            return {"text": ("x" * 50_000) if int(key) % 2 == 0 else "y"}

        def __iter__(self) -> Iterator[str]:
            return iter(str(index) for index in range(40))

        def __len__(self) -> int:
            return 40

    assert 20 * 50_000 < approx_size([Fresh()]) < 20 * 50_000 + 20 * 1_000


_SHARED_SPAN = """
import sys
import langwatch_collector as lc
from tests.test_tracer import _shared_layers

exporter = lc.BackgroundExporter(
    lc.CollectorClient(api_key="k", endpoint="http://127.0.0.1:9", max_retries=0), max_queue_bytes=4 * 2**20
)
tracer = lc.Tracer(exporter)
if sys.argv[1] == "span output":
    with tracer.span(name="shared", output=_shared_layers(60)):
        pass
else:
    with tracer.trace(metadata={"shared": _shared_layers(60)}), tracer.span(name="s"):
        pass
print(exporter.stats.dropped)
exporter.shutdown(timeout=1)
"""


@pytest.mark.parametrize("where", ["span output", "trace metadata"])
def test_ending_a_span_whose_value_shares_its_parts_does_not_walk_every_path(where: str) -> None:
    """The byte estimate runs on the application's thread when a span ends: a value whose parts
    are shared (not a cycle) is counted as JSON writes it (2**60 leaves: dropped as too large),
    but each part is walked once. In a child process, so that a regression ends with it."""
    try:
        result = subprocess.run(
            [sys.executable, "-c", _SHARED_SPAN, where], capture_output=True, text=True, timeout=60, cwd=ROOT
        )
    except subprocess.TimeoutExpired:
        pytest.fail("ending the span walked the value's 2**60 paths")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "{'too_large': 1}"
