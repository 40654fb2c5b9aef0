"""The span API: traces and spans that time themselves, nest by themselves and are sent in the background.

    tracer = lc.Tracer()
    with tracer.trace(metadata={"user_id": "u1"}) as trace:
        with tracer.span(type="llm", name="answer", model="gpt-4o-mini", input=messages) as span:
            span.update(output=reply, metrics={"prompt_tokens": 12})
        trace.add_evaluation(name="relevance", score=0.9, passed=True)

Decisions, and why:

- **The current trace and span live in `contextvars`**, so spans nest across `await` and in
  threads that run in a copied context (`contextvars.copy_context().run(...)`); a span started
  with no trace around it opens one, which ends with that span.
- **The application thread only records**: ids, epoch-millisecond timestamps and the values as
  given. Turning values into the spec's typed values (`tracing/values.py`), building the
  `models.CollectorRequest`, validating and encoding happen on the exporter's worker. Values
  are therefore read when the trace is sent: do not mutate an input or output after handing
  it to a span.
- **A trace is read once.** The worker builds the request's models directly from what the
  tracer recorded (its own ids, timestamps and errors; values turned into typed models), and
  the client checks it once, as it serializes it: everything the user gave (a span type,
  names, metrics, params, metadata, message fields, evaluations) is judged there, with its
  path. Only what needs the server's reading to become models (rich chat content, metric
  keys the server moves into params, context chunks with other keys, a `rag` span without
  contexts) is built as the JSON document instead, which the codec reads before sending
  (test: the request built reads as its JSON document does).
- **Spans are sent as they finish, in parts**: a trace's finished spans are handed to the
  exporter every `part_size` spans (200, the server's limit per request) and at the end of
  the trace, each part a request with the trace's id (the server merges a trace's spans by
  its id), the trace's metadata, and, with the last part, its evaluations. A long-running
  trace therefore holds at most one part of finished spans in memory. A span that finishes
  after its trace ended (in a thread that outlived it) is sent as a part of its own.
- **An exception leaving a span is recorded** as its `error` (message and stack trace) and
  re-raised unchanged.
- **Evaluations get an `evaluation_id` when added**, so every resend of a request carries the
  same id (see `tracing/exporter.py`).

Hand-written: a thin layer over `contextvars`; OpenTelemetry's API would bring its own ids,
attributes and global provider, which the collector's REST model does not use.
"""

from __future__ import annotations

import contextlib
import contextvars
import functools
import inspect
import random
import threading
import time
import traceback
from collections.abc import Callable, Mapping
from typing import Any, TypeVar, cast, overload

import attrs

from langwatch_collector import models, trace_limits
from langwatch_collector._generated.converter import converter
from langwatch_collector.timestamps import Moment, epoch_millis
from langwatch_collector.tracing import values
from langwatch_collector.tracing.exporter import Exporter, new_evaluation_id
from langwatch_collector.tracing.values import NotDirect

F = TypeVar("F", bound=Callable[..., Any])

_CURRENT_TRACE: contextvars.ContextVar[Trace | None] = contextvars.ContextVar("langwatch_trace", default=None)
_CURRENT_SPAN: contextvars.ContextVar[Span | None] = contextvars.ContextVar("langwatch_span", default=None)
_UNSET: Any = object()
# What a finished span and a handed-over part hold in memory beyond the span's values (the Span
# object, its ids; the part's lists and builder), measured with tracemalloc: the exporter's byte bound
# counts memory.
_SPAN_OVERHEAD_BYTES = 600
_PART_OVERHEAD_BYTES = 600
_EVALUATION_BYTES = 400


def _new_id(prefix: str, bits: int) -> str:
    return f"{prefix}{random.getrandbits(bits):0{bits // 4}x}"


def _now_ms() -> int:
    return time.time_ns() // 1_000_000


def current_trace() -> Trace | None:
    """The trace open in this context, if any."""
    return _CURRENT_TRACE.get()


def current_span() -> Span | None:
    """The innermost span open in this context, if any."""
    return _CURRENT_SPAN.get()


class Tracer:
    """Makes traces and spans and hands finished ones to an exporter.

    `Tracer(exporter=None, *, part_size=200)`; without an exporter, a BackgroundExporter is made
    with a client from the environment (LANGWATCH_API_KEY, LANGWATCH_ENDPOINT, LANGWATCH_PROJECT_ID).
    """

    def __init__(self, exporter: Exporter | None = None, *, part_size: int = trace_limits.MAX_SPANS) -> None:
        if exporter is None:
            from langwatch_collector.tracing.exporter import BackgroundExporter

            exporter = BackgroundExporter()
        self.exporter = exporter
        self.part_size = max(1, min(part_size, trace_limits.MAX_SPANS))

    def __repr__(self) -> str:
        return f"Tracer({self.exporter!r})"

    def trace(
        self,
        *,
        trace_id: str | None = None,
        metadata: Mapping[str, Any] | models.TraceMetadata | None = None,
        expected_output: str | None = None,
    ) -> Trace:
        """A trace, to use as `with tracer.trace(...) as trace:`; its id is generated unless given."""
        return Trace(self, trace_id, metadata, expected_output)

    @overload
    def span(self, function: F, /) -> F: ...

    @overload
    def span(
        self,
        function: None = None,
        /,
        *,
        type: models.SpanType = "span",
        name: str | None = None,
        input: Any = _UNSET,
        output: Any = _UNSET,
        model: str | None = None,
        vendor: str | None = None,
        params: Mapping[str, Any] | models.SpanParams | None = None,
        metrics: Mapping[str, Any] | models.SpanMetrics | None = None,
        contexts: list[Any] | None = None,
        capture_input: bool = True,
        capture_output: bool = True,
    ) -> Span: ...

    def span(
        self,
        function: Callable[..., Any] | None = None,
        /,
        *,
        type: models.SpanType = "span",
        name: str | None = None,
        input: Any = _UNSET,
        output: Any = _UNSET,
        model: str | None = None,
        vendor: str | None = None,
        params: Mapping[str, Any] | models.SpanParams | None = None,
        metrics: Mapping[str, Any] | models.SpanMetrics | None = None,
        contexts: list[Any] | None = None,
        capture_input: bool = True,
        capture_output: bool = True,
    ) -> Any:
        """A span: `with tracer.span(...) as span:`, or a decorator for `def` and `async def`.

        As a decorator (`@tracer.span` or `@tracer.span(type="tool")`) it opens a span per call,
        named after the function, with the arguments as input and the return value as output
        unless `capture_input=False` / `capture_output=False`.
        """
        span = Span(self, type, name, input, output, model, vendor, params, metrics, contexts)
        span.capture_input = capture_input
        span.capture_output = capture_output
        if function is not None:
            return span(function)
        return span

    current_trace = staticmethod(current_trace)
    current_span = staticmethod(current_span)


class Trace:
    """One trace: its id, metadata and evaluations, and the spans finished but not yet handed over."""

    __slots__ = (
        "_ended",
        "_evaluations",
        "_finished",
        "_finished_bytes",
        "_lock",
        "_token",
        "expected_output",
        "metadata",
        "trace_id",
        "tracer",
    )

    def __init__(
        self,
        tracer: Tracer,
        trace_id: str | None,
        metadata: Mapping[str, Any] | models.TraceMetadata | None,
        expected_output: str | None,
    ) -> None:
        self.tracer = tracer
        self.trace_id = trace_id or _new_id("trace_", 128)
        self.metadata = metadata
        self.expected_output = expected_output
        self._evaluations: list[dict[str, Any]] = []
        self._finished: list[Span] = []
        self._finished_bytes = 0
        self._ended = False
        self._lock = threading.Lock()  # spans may finish in several threads at once
        self._token: contextvars.Token[Trace | None] | None = None

    def __repr__(self) -> str:
        return f"Trace(trace_id={self.trace_id!r})"

    def __enter__(self) -> Trace:
        self._token = _CURRENT_TRACE.set(self)
        return self

    def __exit__(self, *exc: object) -> None:
        if self._token is not None:
            _reset(_CURRENT_TRACE, self._token)
            self._token = None
        self.end()

    def update(
        self,
        *,
        metadata: Mapping[str, Any] | models.TraceMetadata | None = None,
        expected_output: str | None = None,
    ) -> None:
        """Adds metadata keys (a mapping is merged into a mapping) or sets the expected output."""
        if metadata is not None:
            if isinstance(metadata, Mapping) and isinstance(self.metadata, Mapping):
                self.metadata = {**self.metadata, **metadata}
            else:
                self.metadata = metadata
        if expected_output is not None:
            self.expected_output = expected_output

    def add_evaluation(
        self,
        *,
        name: str,
        passed: bool | None = None,
        score: float | None = None,
        label: str | None = None,
        details: str | None = None,
        status: models.EvaluationStatus | None = None,
        span_id: str | None = None,
        evaluation_id: str | None = None,
        evaluator_id: str | None = None,
        type: str | None = None,
        is_guardrail: bool | None = None,
        inputs: Mapping[str, Any] | None = None,
        error: BaseException | None = None,
    ) -> str:
        """Records an evaluation of the trace (or of `span_id`), sent with the trace's last part.

        It needs a verdict (`passed`, `score` or `label`) unless its status is `error` or
        `skipped`. Returns its `evaluation_id` (generated unless given).
        """
        document: dict[str, Any] = {"name": name, "evaluation_id": evaluation_id or new_evaluation_id()}
        for key, value in (
            ("passed", passed),
            ("score", score),
            ("label", label),
            ("details", details),
            ("status", status),
            ("span_id", span_id),
            ("evaluator_id", evaluator_id),
            ("type", type),
            ("is_guardrail", is_guardrail),
            ("inputs", None if inputs is None else values.jsonable(inputs)),
            ("error", None if error is None else _error_document(error)),
        ):
            if value is not None:
                document[key] = value
        with self._lock:
            self._evaluations.append(document)
            late = self._ended
        if late:  # added after the trace ended: sent on its own
            self._hand_over(final=True)
        return cast(str, document["evaluation_id"])

    def end(self) -> None:
        """Hands the spans not yet sent, and the evaluations, to the exporter (once)."""
        with self._lock:
            if self._ended:
                return
            self._ended = True
        self._hand_over(final=True)

    def _span_finished(self, span: Span) -> None:
        size = span._approx_bytes()
        with self._lock:
            self._finished.append(span)
            self._finished_bytes += size
            due = self._ended or len(self._finished) >= self.tracer.part_size
        if due:
            self._hand_over(final=False)

    def _hand_over(self, *, final: bool) -> None:
        with self._lock:
            spans, self._finished = self._finished, []
            size, self._finished_bytes = self._finished_bytes, 0
            evaluations: list[dict[str, Any]] = []
            if final:
                evaluations, self._evaluations = self._evaluations, []
        if not spans and not evaluations:
            return
        metadata, expected_output = self.metadata, self.expected_output
        build = functools.partial(_trace_request, self.trace_id, metadata, expected_output, spans, evaluations)
        size += _PART_OVERHEAD_BYTES + sum(_EVALUATION_BYTES + values.approx_size(item) for item in evaluations)
        # every part carries the trace's metadata and expected output
        if metadata is not None:
            size += values.approx_size(metadata)
        if expected_output is not None:
            size += values.approx_size(expected_output)
        self.tracer.exporter.submit_deferred(build, size)


class Span:
    """One span. Use it as a context manager (`with tracer.span(...) as span:`) or a decorator.

    `span.update(...)` sets the output (and any other field) while the span is open;
    `span.record_first_token()` stamps `first_token_at` for streaming.
    """

    __slots__ = (
        "_opened_trace",
        "_token",
        "capture_input",
        "capture_output",
        "contexts",
        "error",
        "finished_at",
        "first_token_at",
        "input",
        "metrics",
        "model",
        "name",
        "output",
        "params",
        "parent_id",
        "span_id",
        "started_at",
        "trace",
        "tracer",
        "type",
        "vendor",
    )

    def __init__(
        self,
        tracer: Tracer,
        type: models.SpanType,
        name: str | None,
        input: Any,
        output: Any,
        model: str | None,
        vendor: str | None,
        params: Any,
        metrics: Any,
        contexts: list[Any] | None,
    ) -> None:
        self.tracer = tracer
        self.type = type
        self.name = name
        self.input = input
        self.output = output
        self.model = model
        self.vendor = vendor
        self.params = params
        self.metrics = metrics
        self.contexts = contexts
        self.capture_input = True
        self.capture_output = True
        self.error: dict[str, Any] | None = None
        self.span_id = ""
        self.parent_id: str | None = None
        self.trace: Trace | None = None
        self.started_at = 0
        self.finished_at = 0
        self.first_token_at: int | None = None
        self._token: Any = None
        self._opened_trace = False

    def __repr__(self) -> str:
        return f"Span(type={self.type!r}, name={self.name!r}, span_id={self.span_id!r})"

    @property
    def trace_id(self) -> str | None:
        return None if self.trace is None else self.trace.trace_id

    # -- as a context manager ------------------------------------------------------------------

    def __enter__(self) -> Span:
        self._start()
        return self

    def __exit__(self, exc_type: Any, exc: BaseException | None, tb: Any) -> None:
        if exc is not None:
            self.error = _error_document(exc)
        self._finish()

    def _start(self) -> None:
        parent = _CURRENT_SPAN.get()
        trace = _CURRENT_TRACE.get()
        if trace is None:  # no trace around: this span opens one, which ends with it
            trace = Trace(self.tracer, None, None, None)
            trace._token = _CURRENT_TRACE.set(trace)
            self._opened_trace = True
        self.trace = trace
        self.span_id = _new_id("span_", 64)
        if parent is not None and parent.trace is trace:
            self.parent_id = parent.span_id
        self._token = _CURRENT_SPAN.set(self)
        self.started_at = time.time_ns() // 1_000_000

    def _finish(self) -> None:
        self.finished_at = time.time_ns() // 1_000_000
        _reset(_CURRENT_SPAN, self._token)
        trace = self.trace
        assert trace is not None
        trace._span_finished(self)
        if self._opened_trace:  # the trace this span opened ends with it
            _reset(_CURRENT_TRACE, trace._token)
            trace._token = None
            trace.end()

    # -- while open ------------------------------------------------------------------------------

    def update(
        self,
        *,
        name: str | None = None,
        input: Any = _UNSET,
        output: Any = _UNSET,
        model: str | None = None,
        vendor: str | None = None,
        params: Mapping[str, Any] | models.SpanParams | None = None,
        metrics: Mapping[str, Any] | models.SpanMetrics | None = None,
        contexts: list[Any] | None = None,
        first_token_at: Moment | None = None,
    ) -> None:
        """Sets fields of the open span; `params` and `metrics` mappings are merged into earlier ones."""
        if name is not None:
            self.name = name
        if input is not _UNSET:
            self.input = input
        if output is not _UNSET:
            self.output = output
        if model is not None:
            self.model = model
        if vendor is not None:
            self.vendor = vendor
        if params is not None:
            self.params = _merged(self.params, params)
        if metrics is not None:
            self.metrics = _merged(self.metrics, metrics)
        if contexts is not None:
            self.contexts = contexts
        if first_token_at is not None:
            self.first_token_at = epoch_millis(first_token_at)

    def record_first_token(self) -> None:
        """Stamps `first_token_at` now (for streaming answers)."""
        self.first_token_at = _now_ms()

    def add_evaluation(self, *, name: str, **fields: Any) -> str:
        """`trace.add_evaluation(...)` for this span (`span_id` set to this span's id)."""
        if self.trace is None:
            raise RuntimeError("the span has not started: add evaluations inside its `with` block")
        return self.trace.add_evaluation(name=name, span_id=self.span_id, **fields)

    # -- as a decorator --------------------------------------------------------------------------

    def __call__(self, function: F) -> F:
        template = self
        signature = inspect.signature(function)
        name = self.name or function.__qualname__

        def open_span(args: tuple[Any, ...], kwargs: dict[str, Any]) -> Span:
            span = Span(
                template.tracer,
                template.type,
                name,
                template.input,
                template.output,
                template.model,
                template.vendor,
                template.params,
                template.metrics,
                template.contexts,
            )
            if template.capture_input and span.input is _UNSET:
                span.input = _CallArguments(signature, args, kwargs)
            span._start()
            return span

        def close_span(span: Span, result: Any) -> None:
            if template.capture_output and span.output is _UNSET:
                span.output = result
            span._finish()

        if inspect.iscoroutinefunction(function):

            @functools.wraps(function)
            async def run_async(*args: Any, **kwargs: Any) -> Any:
                span = open_span(args, kwargs)
                try:
                    result = await function(*args, **kwargs)
                except BaseException as error:
                    span.error = _error_document(error)
                    span._finish()
                    raise
                close_span(span, result)
                return result

            return cast(F, run_async)

        @functools.wraps(function)
        def run(*args: Any, **kwargs: Any) -> Any:
            span = open_span(args, kwargs)
            try:
                result = function(*args, **kwargs)
            except BaseException as error:
                span.error = _error_document(error)
                span._finish()
                raise
            close_span(span, result)
            return result

        return cast(F, run)

    def _approx_bytes(self) -> int:  # on the application's thread, when the span ends
        size = _SPAN_OVERHEAD_BYTES
        for value in (self.input, self.output):
            if value is _UNSET or value is None:
                continue
            if isinstance(value, _CallArguments):  # a decorated function's arguments, as they will be sent
                size += values.approx_size(list(value.args)) + values.approx_size(value.kwargs)
            else:
                size += len(value) if isinstance(value, str) else values.approx_size(value)
        for value in (self.contexts, self.params, self.metrics, self.error):
            if value:
                size += values.approx_size(value)
        return size

    # -- on the exporter's worker ------------------------------------------------------------------

    def _document(self, trace_id: str) -> dict[str, Any]:
        timestamps = {"started_at": self.started_at, "finished_at": self.finished_at}
        if self.first_token_at is not None:
            timestamps["first_token_at"] = self.first_token_at
        document: dict[str, Any] = {
            "span_id": self.span_id,
            "type": self.type,
            "trace_id": trace_id,
            "timestamps": timestamps,
        }
        if self.parent_id is not None:
            document["parent_id"] = self.parent_id
        if self.name is not None:
            document["name"] = self.name
        if self.input is not _UNSET and self.input is not None:
            value = self.input.bound() if isinstance(self.input, _CallArguments) else self.input
            document["input"] = values.to_document(value)
        if self.output is not _UNSET and self.output is not None:
            document["output"] = values.to_document(self.output)
        if self.error is not None:
            document["error"] = self.error
        if self.metrics is not None:
            document["metrics"] = _model_document(self.metrics)
        if self.params is not None:
            document["params"] = _model_document(self.params)
        if self.type == "llm":
            if self.model is not None:
                document["model"] = self.model
            if self.vendor is not None:
                document["vendor"] = self.vendor
        if self.contexts is not None:
            document["contexts"] = [_chunk_document(chunk) for chunk in self.contexts]
        return document

    def _model(self, trace_id: str) -> models.Span:
        """The span as a model, without a reading (NotDirect when it needs one)."""
        timestamps = models.SpanTimestamps(
            started_at=self.started_at, finished_at=self.finished_at, first_token_at=self.first_token_at
        )
        error = self.error
        fields: dict[str, Any] = {
            "span_id": self.span_id,
            "trace_id": trace_id,
            "timestamps": timestamps,
            "parent_id": self.parent_id,
            "name": self.name,
            "input": _typed_value(self.input),
            "output": _typed_value(self.output),
            "error": None if error is None else models.ErrorCapture(**error),
            "metrics": _metrics(self.metrics),
            "params": _params(self.params),
        }
        if self.type == "llm":
            return models.LLMSpan(**fields, model=self.model, vendor=self.vendor)
        if self.type == "rag" or self.contexts is not None:
            if self.type != "rag" or self.contexts is None:
                raise NotDirect("contexts on a span other than rag, or a rag span without them")
            return models.RAGSpan(**fields, contexts=[_chunk(chunk) for chunk in self.contexts])
        return models.BaseSpan(type=self.type, **fields)


class _CallArguments:
    """A decorated function's arguments, bound to its parameter names when the trace is sent."""

    __slots__ = ("args", "kwargs", "signature")

    def __init__(self, signature: inspect.Signature, args: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
        self.signature = signature
        self.args = args
        self.kwargs = kwargs

    def bound(self) -> dict[str, Any]:
        try:
            arguments = dict(self.signature.bind(*self.args, **self.kwargs).arguments)
        except TypeError:
            return {"args": list(self.args), "kwargs": self.kwargs}
        for implicit in ("self", "cls"):
            arguments.pop(implicit, None)
        return arguments


def _trace_request(
    trace_id: str,
    metadata: Mapping[str, Any] | models.TraceMetadata | None,
    expected_output: str | None,
    spans: list[Span],
    evaluations: list[dict[str, Any]],
) -> models.CollectorRequest | dict[str, Any]:
    """A part of a trace as a request, built without a reading; its JSON document when a value
    needs the server's reading to become models (see the module's docstring)."""
    try:
        return models.CollectorRequest(
            trace_id=trace_id,
            spans=[span._model(trace_id) for span in spans] or None,
            metadata=_metadata(metadata),
            expected_output=expected_output,
            evaluations=[_evaluation(evaluation) for evaluation in evaluations] or None,
        )
    except NotDirect:
        return _trace_document(trace_id, metadata, expected_output, spans, evaluations)


def _typed_value(value: Any) -> models.SpanInputOutput | None:
    if value is _UNSET:
        return None
    return values.to_model(value.bound() if isinstance(value, _CallArguments) else value)


def _plain_fields(value: Mapping[str, Any], model: type) -> dict[str, Any]:
    """A mapping made JSON-safe, its keys checked against the model's fields (NotDirect otherwise)."""
    plain: dict[str, Any] = values.jsonable(value)
    if not _FIELDS[model].issuperset(plain):
        raise NotDirect(f"keys {model.__name__} does not name")
    return plain


def _metrics(value: Any) -> models.SpanMetrics | None:
    if value is None or isinstance(value, models.SpanMetrics):
        return value
    if not isinstance(value, Mapping):
        raise NotDirect("metrics that are not a mapping")
    return models.SpanMetrics(**_plain_fields(value, models.SpanMetrics))


def _params(value: Any) -> models.SpanParams | None:
    if value is None or isinstance(value, models.SpanParams):
        return value
    if not isinstance(value, Mapping):
        raise NotDirect("params that are not a mapping")
    plain = values.jsonable(value)
    named = _FIELDS[models.SpanParams]
    return models.SpanParams(
        **{key: item for key, item in plain.items() if key in named},
        additional_properties={key: item for key, item in plain.items() if key not in named},
    )


def _metadata(value: Any) -> models.TraceMetadata | None:
    if value is None or isinstance(value, models.TraceMetadata):
        return value
    if not isinstance(value, Mapping):
        raise NotDirect("metadata that is not a mapping")
    plain = values.jsonable(value)
    named = _FIELDS[models.TraceMetadata]
    return models.TraceMetadata(
        **{key: item for key, item in plain.items() if key in named},
        additional_properties={key: item for key, item in plain.items() if key not in named},
    )


def _chunk(chunk: Any) -> models.RAGChunk:
    if isinstance(chunk, models.RAGChunk):
        return chunk
    if isinstance(chunk, str):
        return models.RAGChunk(content=chunk)
    if not isinstance(chunk, Mapping) or "content" not in chunk:
        raise NotDirect("a context chunk that is not a string, a RAGChunk or a mapping with content")
    return models.RAGChunk(**_plain_fields(chunk, models.RAGChunk))


def _evaluation(evaluation: dict[str, Any]) -> models.RESTEvaluation:
    error = evaluation.get("error")
    if error is None:
        return models.RESTEvaluation(**evaluation)
    return models.RESTEvaluation(**{**evaluation, "error": models.ErrorCapture(**error)})


_FIELDS: dict[type, frozenset[str]] = {
    model: frozenset(field.name for field in attrs.fields(model) if field.name != "additional_properties")
    for model in (models.SpanMetrics, models.SpanParams, models.TraceMetadata, models.RAGChunk)
}


def _trace_document(
    trace_id: str,
    metadata: Mapping[str, Any] | models.TraceMetadata | None,
    expected_output: str | None,
    spans: list[Span],
    evaluations: list[dict[str, Any]],
) -> dict[str, Any]:
    document: dict[str, Any] = {"trace_id": trace_id}
    if spans:
        document["spans"] = [span._document(trace_id) for span in spans]
    if metadata is not None:
        document["metadata"] = _model_document(metadata)
    if expected_output is not None:
        document["expected_output"] = expected_output
    if evaluations:
        document["evaluations"] = evaluations
    return document


def _model_document(value: Any) -> Any:
    if isinstance(value, Mapping):
        return values.jsonable(value)
    return converter.unstructure(value)


def _chunk_document(chunk: Any) -> Any:
    if isinstance(chunk, str):
        return {"content": chunk}
    if isinstance(chunk, models.RAGChunk):
        return converter.unstructure(chunk)
    return values.jsonable(chunk)


def _merged(earlier: Any, later: Any) -> Any:
    if isinstance(earlier, Mapping) and isinstance(later, Mapping):
        return {**earlier, **later}
    return later


def _error_document(error: BaseException) -> dict[str, Any]:
    return {
        "message": f"{type(error).__name__}: {error}",
        "stacktrace": traceback.format_exception(type(error), error, error.__traceback__),
    }


def _reset(variable: contextvars.ContextVar[Any], token: contextvars.Token[Any] | None) -> None:
    if token is None:
        return
    with contextlib.suppress(ValueError):  # entered in another context (closed in another task): leave it
        variable.reset(token)
