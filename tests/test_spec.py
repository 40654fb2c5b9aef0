"""The OpenAPI document itself: valid, and its examples valid against its own schemas."""

from __future__ import annotations

from typing import Any

import pytest
from openapi_spec_validator import validate
from openapi_spec_validator.readers import read_from_filename

from langwatch_collector import server_reading, trace_limits
from langwatch_collector.contract import VALIDATOR
from langwatch_collector.testing import bounds
from tests import spec_support


def test_spec_is_a_valid_openapi_3_1_document() -> None:
    document, _ = read_from_filename(str(spec_support.SPEC_PATH))
    validate(document)
    assert spec_support.spec()["openapi"].startswith("3.1")


@pytest.mark.parametrize("name", sorted(spec_support.request_examples()))
def test_request_examples_are_valid(name: str) -> None:
    example = spec_support.request_examples()[name]
    assert list(spec_support.jsonschema_validator("CollectorRequest").iter_errors(example)) == []
    assert VALIDATOR.errors("CollectorRequest", example) == []


@pytest.mark.parametrize(
    ("status", "schema_name", "name", "body"),
    spec_support.response_examples(),
    ids=[f"{status}-{name}" for status, _, name, _ in spec_support.response_examples()],
)
def test_response_examples_are_valid(status: str, schema_name: str, name: str, body: Any) -> None:
    assert list(spec_support.jsonschema_validator(schema_name).iter_errors(body)) == []
    assert VALIDATOR.errors(schema_name, body) == []


def test_every_documented_status_has_an_example() -> None:
    statuses = {status for status, *_ in spec_support.response_examples()}
    assert statuses == {"200", "400", "401", "402", "403", "413", "429", "500"}


def test_every_span_type_is_in_the_spec() -> None:
    span_types = spec_support.spec()["components"]["schemas"]["SpanType"]["enum"]
    assert len(span_types) == 17
    assert {"span", "llm", "rag", "unknown", "task", "consumer"} <= set(span_types)


def test_api_key_schemes_are_declared() -> None:
    schemes = spec_support.spec()["components"]["securitySchemes"]
    assert schemes["apiKeyHeader"] == {
        "type": "apiKey",
        "in": "header",
        "name": "X-Auth-Token",
        "description": schemes["apiKeyHeader"]["description"],
    }
    assert schemes["bearerAuth"]["scheme"] == "bearer"
    assert schemes["basicAuth"]["scheme"] == "basic"
    assert spec_support.spec()["servers"][0]["url"] == "https://app.langwatch.ai"


def _limits() -> dict[str, Any]:
    limits: dict[str, Any] = spec_support.spec()["paths"]["/api/collector"]["post"]["x-limits"]
    return limits


def test_the_clients_and_the_mocks_limits_are_the_specs() -> None:
    limits = _limits()
    assert limits["max-spans"] == trace_limits.MAX_SPANS
    assert limits["max-evaluations"] == trace_limits.MAX_EVALUATIONS
    assert limits["max-body-bytes"] == trace_limits.MAX_BODY_BYTES
    assert limits["span-max-age-days"] * 86_400_000 == trace_limits.SPAN_MAX_AGE_MS
    assert limits["dedup-window-seconds"] * 1000 == bounds.DEDUP_WINDOW_MS


def test_the_429_examples_state_the_limits_the_client_splits_to() -> None:
    examples = spec_support.spec()["paths"]["/api/collector"]["post"]["responses"]["429"]["content"]
    bodies = {name: example["value"] for name, example in examples["application/json"]["examples"].items()}
    assert bodies["too_many_spans"] == server_reading.TOO_MANY_SPANS
    assert bodies["too_many_evaluations"] == server_reading.TOO_MANY_EVALUATIONS
    assert f"maximum of {_limits()['max-spans']} per trace" in bodies["too_many_spans"]["message"]
