"""Property tests: any model the types allow serialises to JSON the spec accepts, and back."""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings

import langwatch_collector as lc
from langwatch_collector import models
from langwatch_collector._schemas import PREDICATES, VALIDATOR
from tests import spec_support, strategies
from tests.test_invalid import CASES


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
@given(strategies.REQUESTS)
def test_models_serialise_to_valid_json_and_parse_back_equal(request: models.CollectorRequest) -> None:
    if not request.trace_id:  # the server's rule: a trace id somewhere
        request.trace_id = "trace"
    for span in request.spans or []:
        span.trace_id = None if span.trace_id is None else request.trace_id
    encoded = lc.serialize(request)
    document = json.loads(encoded)
    errors = list(spec_support.jsonschema_validator("CollectorRequest").iter_errors(document))
    assert errors == [], [error.message for error in errors]
    assert lc.parse(encoded) == request


@settings(max_examples=300, deadline=None)
@given(strategies.JSON_VALUE, strategies.JSON_VALUE)
def test_the_validator_agrees_with_jsonschema_on_arbitrary_spans(noise: object, other: object) -> None:
    """Mutating valid documents with random JSON: the compiled predicates, the interpreter and
    jsonschema must all agree."""
    base = {
        "span_id": "s",
        "type": "rag",
        "timestamps": {"started_at": 1706628806000, "finished_at": 1706628807000},
    }
    for key in ("input", "contexts", "metrics", "params", "name", "timestamps", "type", "error"):
        span = {**base, key: noise}
        document = {"trace_id": "t", "spans": [span], "metadata": {"k": other}}
        compiled = PREDICATES["CollectorRequest"](document)
        interpreted = VALIDATOR.interpreted_errors("CollectorRequest", document) == []
        theirs = spec_support.jsonschema_validator("CollectorRequest").is_valid(document)
        assert compiled == interpreted == theirs, (document, VALIDATOR.interpreted_errors("CollectorRequest", document))


@pytest.mark.parametrize("name", sorted(spec_support.spec()["components"]["schemas"]))
def test_compiled_predicates_agree_with_the_interpreter_on_every_example_and_invalid_case(name: str) -> None:
    documents: list[object] = [None, 1, "x", [], {}, {"type": "text"}]
    documents += list(spec_support.request_examples().values())
    documents += [case[1] for case in CASES]
    documents += [body for _, schema, _, body in spec_support.response_examples() if schema == name]
    for document in documents:
        assert PREDICATES[name](document) == (VALIDATOR.interpreted_errors(name, document) == []), document
