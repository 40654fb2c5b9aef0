"""Property tests: any model the types allow serialises to JSON the spec accepts, and back."""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import langwatch_collector as lc
from langwatch_collector import jsontext, models, server_reading, validation
from langwatch_collector.contract import VALIDATOR
from tests import spec_support, strategies
from tests.test_invalid import CASES


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
@given(strategies.NORMALIZED_REQUESTS)
def test_a_model_in_the_servers_form_serialises_to_a_body_the_server_leaves_unchanged(
    request: models.CollectorRequest,
) -> None:
    """parse(serialize(m)) == m: every field and every extra key the models hold is what the server keeps."""
    encoded = lc.serialize(request)
    document = json.loads(encoded)
    errors = list(spec_support.jsonschema_validator("CollectorRequest").iter_errors(document))
    assert errors == [], [error.message for error in errors]
    reading = server_reading.read(jsontext.loads(encoded))
    assert reading.status == 200 or reading.accepted, reading.problems
    assert reading.document is not None
    assert spec_support.without_nulls(reading.document) == spec_support.without_nulls(document)
    assert lc.parse(encoded) == request


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
@given(strategies.REQUESTS)
def test_any_model_reads_back_as_a_fixed_point(request: models.CollectorRequest) -> None:
    """Whatever the server changes in a body it changes once: its reading of its reading is the same."""
    request.trace_id = request.trace_id or "trace"
    for span in request.spans or []:
        span.trace_id = None if not span.trace_id else request.trace_id
    once = lc.parse(lc.serialize(request))
    assert lc.parse(lc.serialize(once)) == once


def test_extra_keys_inside_values_survive_the_round_trip() -> None:
    message = {
        "role": "assistant",
        "content": [{"type": "text", "text": "hi", "cache_control": {"type": "ephemeral"}}],
        "refusal": None,
        "annotations": [{"type": "url_citation"}],
        "tool_calls": [{"id": "c", "type": "function", "function": {"name": "f", "arguments": "{}"}, "index": 0}],
    }
    result = {"status": "processed", "passed": True, "explanation": "kept by the server"}
    span = {
        "span_id": "s",
        "type": "llm",
        "input": {"type": "chat_messages", "value": [message]},
        "output": {"type": "evaluation_result", "value": result},
        "timestamps": {"started_at": 1706628806000, "finished_at": 1706628807000},
    }
    written = json.loads(lc.serialize(lc.parse({"trace_id": "t", "spans": [span]})))
    assert written["spans"][0]["input"]["value"] == [message]  # the null `refusal` too: stored raw
    assert written["spans"][0]["output"]["value"] == result


@settings(max_examples=300, deadline=None)
@given(strategies.JSON_VALUE, strategies.JSON_VALUE)
def test_the_validator_agrees_with_jsonschema_on_arbitrary_spans(noise: object, other: object) -> None:
    """Mutating valid documents with random JSON: the validator's boolean mode, its reporting walk
    and jsonschema must all agree."""
    base = {
        "span_id": "s",
        "type": "rag",
        "timestamps": {"started_at": 1706628806000, "finished_at": 1706628807000},
    }
    for key in ("input", "contexts", "metrics", "params", "name", "timestamps", "type", "error"):
        span = {**base, key: noise}
        document = {"trace_id": "t", "spans": [span], "metadata": {"k": other}}
        fast = VALIDATOR.is_valid("CollectorRequest", document)
        interpreted = VALIDATOR.interpreted_errors("CollectorRequest", document) == []
        theirs = spec_support.jsonschema_validator("CollectorRequest").is_valid(document)
        assert fast == interpreted == theirs, (document, VALIDATOR.interpreted_errors("CollectorRequest", document))


@settings(max_examples=300, deadline=None)
@given(strategies.JSON_VALUE, st.sampled_from(["llm", "rag", "span"]))
def test_the_extension_check_agrees_with_the_interpreter_on_spans_that_fit_the_base_span(
    noise: object, tag: str
) -> None:
    """extension_is_valid looks only at the keys a member adds to the base span: for a span that
    fits the base span, it must say what walking the whole member says."""
    base = {
        "span_id": "s",
        "type": tag,
        "timestamps": {"started_at": 1706628806000, "finished_at": 1706628807000},
        "contexts": [{"content": "c"}],
    }
    for key in ("type", "vendor", "model", "contexts", "name", "unknown"):
        for span in ({**base, key: noise}, {name: value for name, value in base.items() if name != key}):
            if VALIDATOR.interpreted_errors("BaseSpan", span):
                continue
            for member in ("LLMSpan", "RAGSpan"):
                whole = VALIDATOR.interpreted_errors(member, span) == []
                assert VALIDATOR.extension_is_valid(member, span) == whole, (member, span)


@pytest.mark.parametrize("name", sorted(spec_support.spec()["components"]["schemas"]))
def test_the_boolean_mode_agrees_with_the_walk_on_every_example_and_invalid_case(name: str) -> None:
    documents: list[object] = [None, 1, "x", [], {}, {"type": "text"}]
    documents += list(spec_support.request_examples().values())
    documents += [case[1] for case in CASES]
    documents += [body for _, schema, _, body in spec_support.response_examples() if schema == name]
    for document in documents:
        assert VALIDATOR.is_valid(name, document) == (VALIDATOR.interpreted_errors(name, document) == []), document


class _Count(int):
    """An int subclass, as a Python caller may hand over: a number like any int."""


@pytest.mark.parametrize(
    ("value", "number", "integer"),
    [
        (31, True, True),
        (-(2**70), True, True),
        (0.5, True, False),
        (2.0, True, True),
        (float("inf"), True, False),
        (float("nan"), False, False),
        (True, False, False),
        (False, False, False),
        (_Count(3), True, True),
        ("1", False, False),
        (None, False, False),
    ],
)
def test_json_number_and_integer_tests_on_the_kinds_a_value_can_have(
    value: object, number: bool, integer: bool
) -> None:
    assert validation.is_json_number(value) is number
    assert validation.is_json_integer(value) is integer


def test_an_int_too_large_for_a_double_is_the_number_the_server_reads_its_text_as() -> None:
    """Written out, it is JSON the server reads as Infinity, as it reads `1e400`: a number it keeps.
    (It used to raise OverflowError here, so whether `serialize` crashed depended on whether the
    body met the fast codecs or the exact reading.)"""
    assert validation.is_json_number(10**400) is True
    assert validation.is_json_number(-(10**400)) is True
    assert validation.is_json_number(float("inf")) is True
    assert validation.is_json_number(float("nan")) is False
