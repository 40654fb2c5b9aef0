"""The route's rules for a clean request: the fast path in front of `server_reading`.

The generated codecs (`_codecs`) judge each schema; a request body also meets the rules of
LangWatch's route (`server_reading` is their one home): a trace id from the request or the first
span and shared by every span, the 13-character timestamps, the span and evaluation counts (a
trace over them is judged part by part, as the client sends it), an evaluation's verdict, the
server's defaults. Here they are applied to the common, clean case only;
anything the server would convert, drop, warn about or refuse raises `Unusual`, and the caller
reads the body exactly with `server_reading`. So whenever these functions succeed, the result is
the exact reading's and that reading has no warning (the age of spans aside: the client judges it
per trace). Hand-written, as the route's rules are not in the spec.
"""

from __future__ import annotations

from typing import Any

from langwatch_collector import models, rules, server_reading, trace_limits
from langwatch_collector._generated import codecs as _codecs
from langwatch_collector._generated.codec_support import Unusual
from langwatch_collector.timestamps import MILLIS_HIGH, MILLIS_LOW

_EVALUATION_TIMES = ("started_at", "finished_at")


def judge_request(document: dict[str, Any]) -> str:
    """Checks a request's JSON form, valid against its schema (a codec wrote or read it), for the
    route's rules; returns the trace id. Raises `Unusual` for anything not plainly clean."""
    get = document.get
    spans = get("spans") or ()
    evaluations = get("evaluations") or ()
    if len(spans) > trace_limits.MAX_SPANS or len(evaluations) > trace_limits.MAX_EVALUATIONS:
        return _judge_parts(document)
    top = get("trace_id")
    # the request's own id (a non-empty string) is the one `rules.trace_id_of` gives: no call for it
    trace_id = top if type(top) is str and top else rules.trace_id_of(document)
    if trace_id is None:
        raise Unusual("no trace id")
    top_given = top is not None
    for span in spans:
        span_trace_id = span.get("trace_id")
        if span_trace_id is None:
            if not top_given:
                raise Unusual("span without a trace id")
        elif span_trace_id != trace_id:
            raise Unusual("mixed trace ids")
        timestamps = span["timestamps"]
        started_at, finished_at = timestamps["started_at"], timestamps["finished_at"]
        first_token_at = timestamps.get("first_token_at") or MILLIS_LOW
        # the common case (ints in range) decided in one expression, the others value by value
        if not (
            type(started_at) is int
            and type(finished_at) is int
            and type(first_token_at) is int
            and MILLIS_LOW <= started_at < MILLIS_HIGH
            and MILLIS_LOW <= finished_at < MILLIS_HIGH
            and MILLIS_LOW <= first_token_at < MILLIS_HIGH
        ) and not (
            _thirteen_characters(started_at)
            and _thirteen_characters(finished_at)
            and _thirteen_characters(first_token_at)
        ):
            raise Unusual("timestamps")
        contexts = span.get("contexts")
        if contexts is not None and not _contexts_kept_as_sent(contexts):
            raise Unusual("contexts the server rewrites")
    for evaluation in evaluations:
        _judge_evaluation(evaluation)
    return trace_id


def _judge_parts(document: dict[str, Any]) -> str:
    """A trace over the server's counts, judged as the client sends it: part by part
    (`trace_limits.split`), each part a request the server reads on its own. Only for a trace
    with its own id, which every part then carries as it is; else the parts would take the
    first span's, and the exact reading decides."""
    top = document.get("trace_id")
    if not (type(top) is str and top):
        raise Unusual("over the server's counts, without the trace's own id")
    for part in trace_limits.split(document):
        judge_request(part)
    return top


def read_request(document: Any) -> models.CollectorRequest:
    """A decoded JSON body as the model `parse` gives, for a clean body; else `Unusual`."""
    request = _codecs.decode_CollectorRequest(document)
    trace_id = judge_request(document)
    # What the server adds or sets, as `server_reading` does (its home): the request's trace id
    # (from the first span when not given), a span's trace id from the request's, `has_error`,
    # params created when metrics are moved, an evaluation's default status.
    request.trace_id = trace_id
    for span in request.spans or ():
        if span.trace_id is None:
            span.trace_id = trace_id
        if span.error is not None:
            span.error.has_error = True
        if span.params is None and span.metrics is not None:
            span.params = models.SpanParams()
    for evaluation in request.evaluations or ():
        if evaluation.error is not None:
            evaluation.error.has_error = True
        if evaluation.status is None:
            evaluation.status = server_reading.default_status(has_error=evaluation.error is not None)
    return request


def _judge_evaluation(evaluation: dict[str, Any]) -> None:
    status = evaluation.get("status")
    given = [name for name in server_reading.VERDICT_FIELDS if evaluation.get(name) is not None]
    if status is None:
        status = server_reading.default_status(has_error=evaluation.get("error") is not None)
        if status != "processed" or not given:  # no verdict, or one the server discards
            raise Unusual("evaluation verdict")
    elif status != "processed" and given:
        raise Unusual("evaluation verdict the server discards")
    elif status == "processed" and not given:
        raise Unusual("evaluation without a verdict")
    timestamps = evaluation.get("timestamps")
    if timestamps is not None:
        for key in _EVALUATION_TIMES:
            value = timestamps.get(key)
            if value is not None and not _thirteen_characters(value):
                raise Unusual("evaluation timestamps")


def _thirteen_characters(value: Any) -> bool:
    """Epoch milliseconds that the route's `String(n).length == 13` certainly accepts."""
    kind = type(value)
    if kind is int:
        return bool(MILLIS_LOW <= value < MILLIS_HIGH)
    return kind is float and value.is_integer() and bool(MILLIS_LOW <= value < MILLIS_HIGH)


def _contexts_kept_as_sent(contexts: list[Any]) -> bool:
    """RAG contexts the route keeps as they are: some chunk names a document id (else it
    rewrites them all) and every content is a string (else it stores its JSON text)."""
    if not contexts:
        return True
    return any("document_id" in chunk for chunk in contexts) and all(
        type(chunk.get("content")) is str for chunk in contexts
    )
