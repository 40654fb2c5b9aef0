"""Hypothesis strategies that build models from the attrs classes' own type hints."""

from __future__ import annotations

import types
import typing
from typing import Any, Literal, Union

import attrs
from hypothesis import strategies as st

from langwatch_collector import models

MILLIS = st.integers(min_value=1_000_000_000_000, max_value=9_999_999_999_999)
TEXT = st.text(st.characters(blacklist_categories=["Cs"]), max_size=8)
NUMBER = st.integers(-(2**53), 2**53) | st.floats(allow_nan=False, allow_infinity=False, width=64)
JSON_PRIMITIVE = st.none() | st.booleans() | NUMBER | TEXT
JSON_VALUE = st.recursive(
    JSON_PRIMITIVE,
    lambda children: st.lists(children, max_size=3) | st.dictionaries(TEXT, children, max_size=3),
    max_leaves=6,
)

# Every field name of every model: extra keys drawn for `additional_properties` avoid them, so
# that an extra key never makes a first-match union (content parts) pick another member.
ALL_FIELD_NAMES = frozenset(
    field.name
    for model in vars(models).values()
    if isinstance(model, type) and attrs.has(model)
    for field in attrs.fields(model)
)
EXTRA_KEYS = TEXT.filter(lambda key: key not in ALL_FIELD_NAMES)

# Fields whose rules the type hints cannot say: the 13-digit timestamps, the verdict rule.
SPECIAL: dict[tuple[type, str], st.SearchStrategy[Any]] = {
    (models.SpanTimestamps, "started_at"): MILLIS,
    (models.SpanTimestamps, "finished_at"): MILLIS,
    (models.SpanTimestamps, "first_token_at"): st.none() | MILLIS,
    (models.EvaluationTimestamps, "started_at"): st.none() | MILLIS,
    (models.EvaluationTimestamps, "finished_at"): st.none() | MILLIS,
    # A base span of type `llm` is read back as an LLMSpan (the server's order); keep the
    # round trip exact by giving base spans the other types.
    (models.BaseSpan, "type"): st.sampled_from([t for t in typing.get_args(models.SpanType) if t != "llm"]),
    (models.RESTEvaluation, "score"): NUMBER,
    (models.TraceMetadata, "additional_properties"): st.dictionaries(
        TEXT.filter(lambda key: key not in attrs.fields_dict(models.TraceMetadata)),
        st.none() | st.booleans() | NUMBER | TEXT | st.lists(JSON_PRIMITIVE, max_size=2),
        max_size=2,
    ),
    (models.SpanParams, "additional_properties"): st.dictionaries(
        TEXT.filter(lambda key: key not in attrs.fields_dict(models.SpanParams)), JSON_VALUE, max_size=2
    ),
    # The server stores a chunk's content as text, and gives ids to chunks only when none has one.
    (models.RAGChunk, "content"): TEXT,
    (models.RAGChunk, "document_id"): TEXT,
}


def for_type(hint: Any, depth: int = 0) -> st.SearchStrategy[Any]:
    if hint is Any:
        return JSON_VALUE
    if hint is type(None):
        return st.none()
    if hint is str:
        return TEXT
    if hint is bool:
        return st.booleans()
    if hint is int:
        return st.integers(-(2**53), 2**53)
    if hint is float:
        return NUMBER
    origin = typing.get_origin(hint)
    args = typing.get_args(hint)
    if origin is Literal:
        return st.sampled_from(args)
    if origin in (Union, types.UnionType):
        return st.one_of([for_type(arg, depth) for arg in args])
    if origin is list:
        if depth >= 8:  # TypedValueList nests itself: stop before building its element
            return st.just([])
        return st.lists(for_type(args[0], depth + 1), max_size=2)
    if origin is dict:
        return st.dictionaries(TEXT, for_type(args[1], depth + 1), max_size=2)
    if isinstance(hint, type) and attrs.has(hint):
        return for_model(hint, depth)
    raise NotImplementedError(f"no strategy for {hint!r}")


def for_model(cls: type, depth: int = 0) -> st.SearchStrategy[Any]:
    hints = typing.get_type_hints(cls, vars(models))
    fields: dict[str, st.SearchStrategy[Any]] = {}
    for field in attrs.fields(cls):
        special = next((SPECIAL[(base, field.name)] for base in cls.__mro__ if (base, field.name) in SPECIAL), None)
        if cls is not models.BaseSpan and field.name == "type" and special is not None:
            special = None  # subclasses pin their own tag
        if special is None and field.name == "additional_properties":
            special = st.dictionaries(EXTRA_KEYS, JSON_VALUE, max_size=2)
        fields[field.name] = special if special is not None else for_type(hints[field.name], depth + 1)
    built = st.builds(cls, **fields)
    if cls is models.RESTEvaluation:
        built = built.filter(
            lambda e: (
                e.status in ("error", "skipped") or e.passed is not None or e.score is not None or e.label is not None
            )
        )
    return built


REQUESTS = for_model(models.CollectorRequest)


def as_the_server_keeps(request: models.CollectorRequest) -> models.CollectorRequest:
    """The request in the server's normalized form: what it fills in, defaults and discards, done.

    A trace id on the request and on every span; metadata and spans always present; `params`
    present wherever `metrics` is (the server merges unknown metrics into them); `has_error`
    true; an evaluation's status given (`error` with an error, else `processed`) and its
    verdict kept only when processed.
    """
    request.trace_id = request.trace_id or "trace"
    request.metadata = request.metadata or models.TraceMetadata()
    request.spans = request.spans if request.spans is not None else []
    for span in request.spans:
        span.trace_id = request.trace_id
        if span.metrics is not None and span.params is None:
            span.params = models.SpanParams()
        if span.error is not None:
            span.error.has_error = True
    for evaluation in request.evaluations or []:
        if evaluation.error is not None:
            evaluation.error.has_error = True
        evaluation.status = evaluation.status or ("error" if evaluation.error is not None else "processed")
        if evaluation.status != "processed":
            evaluation.passed = evaluation.score = evaluation.label = None
    return request


NORMALIZED_REQUESTS = REQUESTS.map(as_the_server_keeps)
