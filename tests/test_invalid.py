"""One invalid payload per rule: each raises ValidationError with the right path and message."""

from __future__ import annotations

import copy
from typing import Any

import pytest

import langwatch_collector as lc
from tests import spec_support

TS = {"started_at": 1706628806000, "finished_at": 1706628807000}


def _request(**span_fields: Any) -> dict[str, Any]:
    span = {"span_id": "s-1", "type": "llm", "timestamps": dict(TS), **span_fields}
    return {"trace_id": "t-1", "spans": [span]}


def _with(path: list[str | int], value: Any, base: dict[str, Any] | None = None) -> dict[str, Any]:
    document = copy.deepcopy(base if base is not None else _request())
    target: Any = document
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    return document


def _without(path: list[str | int]) -> dict[str, Any]:
    document = _request()
    target: Any = document
    for key in path[:-1]:
        target = target[key]
    del target[path[-1]]
    return document


CASES: list[tuple[str, Any, str, str]] = [
    ("not an object", [{"trace_id": "t"}], "", "expected a JSON object, got array"),
    (
        "wrong type",
        _with(["spans", 0, "timestamps", "started_at"], "1706628806000"),
        "spans[0].timestamps.started_at",
        "expected number, got str",
    ),
    (
        "seconds timestamp",
        _with(["spans", 0, "timestamps", "started_at"], 1617981376),
        "spans[0].timestamps.started_at",
        "must be epoch milliseconds, written with 13 characters, got 1617981376 — looks like seconds: multiply by 1000",
    ),
    (
        "fractional milliseconds",
        _with(["spans", 0, "timestamps", "finished_at"], 1706628807000.5),
        "spans[0].timestamps.finished_at",
        "must be epoch milliseconds, written with 13 characters, got 1706628807000.5",
    ),
    (
        "microseconds",
        _with(["spans", 0, "timestamps", "first_token_at"], 1706628807000000),
        "spans[0].timestamps.first_token_at",
        "looks like microseconds",
    ),
    ("missing timestamps", _without(["spans", 0, "timestamps"]), "spans[0].timestamps", "missing (required)"),
    ("missing span id", _without(["spans", 0, "span_id"]), "spans[0].span_id", "missing (required)"),
    ("unknown span type", _with(["spans", 0, "type"], "invalidType"), "spans[0].type", "expected one of 'span', 'llm'"),
    (
        "unknown io tag",
        _with(["spans", 0, "input"], {"type": "markdown", "value": "x"}),
        "spans[0].input.type",
        "expected one of 'text', 'raw', 'json', 'chat_messages'",
    ),
    (
        "io value of the wrong type",
        _with(["spans", 0, "input"], {"type": "text", "value": 5}),
        "spans[0].input.value",
        "expected str, got int",
    ),
    (
        "unknown chat role",
        _with(["spans", 0, "input"], {"type": "chat_messages", "value": [{"role": "robot"}]}),
        "spans[0].input.value[0].role",
        "expected one of 'system', 'developer'",
    ),
    (
        "bad rich content",
        _with(
            ["spans", 0, "input"],
            {"type": "chat_messages", "value": [{"content": [{"type": "image_url", "image_url": {}}]}]},
        ),
        "spans[0].input.value[0].content[0].image_url.url",
        "missing (required)",
    ),
    (
        "bad guardrail status",
        _with(["spans", 0, "output"], {"type": "guardrail_result", "value": {"status": "done"}}),
        "spans[0].output.value.status",
        "expected one of 'processed', 'skipped', 'error', got 'done'",
    ),
    (
        "metric of the wrong type",
        _with(["spans", 0, "metrics"], {"prompt_tokens": "many"}),
        "spans[0].metrics.prompt_tokens",
        "expected number or null, got str",
    ),
    (
        "not a number",
        _with(["spans", 0, "metrics"], {"cost": float("nan")}),
        "spans[0].metrics.cost",
        "expected number or null, got float",
    ),
    (
        "params not an object",
        _with(["spans", 0, "params"], ["temperature", 0.2]),
        "spans[0].params",
        "expected object or null, got array",
    ),
    (
        "error without stacktrace",
        _with(["spans", 0, "error"], {"message": "boom"}),
        "spans[0].error.stacktrace",
        "missing (required)",
    ),
    ("spans not an array", _with(["spans"], {"span_id": "s"}), "spans", "expected an array, got object"),
    (
        "custom metadata too deep",
        _with(["metadata"], {"deep": {"a": {"b": {"c": 1}}}}),
        "metadata.deep.a.b",
        "expected str or number or bool or null, got object",
    ),
    ("labels not strings", _with(["metadata"], {"labels": [1]}), "metadata.labels[0]", "expected str, got int"),
    ("metadata not an object", _with(["metadata"], "user-1"), "metadata", "expected object, got str"),
    (
        "no trace id anywhere",
        {"spans": [{"span_id": "s", "type": "span", "timestamps": TS}]},
        "trace_id",
        "no trace id",
    ),
    ("evaluations without trace id", {"evaluations": [{"name": "e", "passed": True}]}, "trace_id", "no trace id"),
    (
        "mixed trace ids",
        _with(["spans", 0, "trace_id"], "other"),
        "spans[0].trace_id",
        "'other' differs from the trace id 't-1': all spans must share one trace id",
    ),
    (
        "evaluation without verdict",
        _with(["evaluations"], [{"name": "e"}]),
        "evaluations[0]",
        "needs a verdict: set `passed`, `score` or `label`",
    ),
    (
        "evaluation verdict null",
        _with(["evaluations"], [{"name": "e", "passed": None, "status": "processed"}]),
        "evaluations[0]",
        "needs a verdict",
    ),
    (
        "evaluation without name",
        _with(["evaluations"], [{"passed": True}]),
        "evaluations[0].name",
        "missing (required)",
    ),
    (
        "evaluation seconds",
        _with(["evaluations"], [{"name": "e", "score": 1, "timestamps": {"started_at": 1706628806}}]),
        "evaluations[0].timestamps.started_at",
        "looks like seconds",
    ),
    (
        "evaluation status unknown",
        _with(["evaluations"], [{"name": "e", "score": 1, "status": "scheduled"}]),
        "evaluations[0].status",
        "expected one of 'processed', 'skipped', 'error'",
    ),
    # JavaScript's truthiness decides these: `metadata: []` is an object to the route, which
    # zod then rejects; `labels: ""` is not converted, and is not an array.
    ("metadata an empty array", _with(["metadata"], []), "metadata", "expected object, got array"),
    (
        "labels an empty string",
        _with(["metadata"], {"labels": ""}),
        "metadata.labels",
        "expected array or null, got str",
    ),
]


# The cases JSON Schema can judge: not the route's own rules (trace ids, the 13-character
# timestamps, the evaluation verdict: server_reading.py), not NaN (no JSON text carries
# it), not a non-object body (the operation, not the schema, requires an object).
ROUTE_RULES = {
    "no trace id anywhere",
    "evaluations without trace id",
    "mixed trace ids",
    "not a number",
    "seconds timestamp",
    "fractional milliseconds",
    "microseconds",
    "evaluation without verdict",
    "evaluation verdict null",
    "evaluation seconds",
}
SCHEMA_CASES = [case for case in CASES if isinstance(case[1], dict) and case[0] not in ROUTE_RULES]


@pytest.mark.parametrize(
    ("document", "path", "message"),
    [case[1:] for case in CASES],
    ids=[case[0] for case in CASES],
)
def test_invalid_payload_is_rejected_with_its_path(document: Any, path: str, message: str) -> None:
    with pytest.raises(lc.ValidationError) as raised:
        lc.parse(document)
    matching = [(where, what) for where, what in raised.value.errors if where == path and message in what]
    assert matching, raised.value.errors
    assert f"{path or 'body'}: " in str(raised.value)


@pytest.mark.parametrize(
    ("document", "path", "message"),
    [case[1:] for case in SCHEMA_CASES],
    ids=[case[0] for case in SCHEMA_CASES],
)
def test_jsonschema_agrees_on_schema_rules(document: Any, path: str, message: str) -> None:
    """Where the rule is the schema's, jsonschema rejects the document too."""
    assert not spec_support.jsonschema_validator("CollectorRequest").is_valid(document)


def test_every_problem_is_reported_at_once() -> None:
    document = _request(span_id=5, type="llm")
    document["spans"][0]["timestamps"] = {"started_at": 1617981376}
    document["evaluations"] = [{"name": "e"}]
    with pytest.raises(lc.ValidationError) as raised:
        lc.parse(document)
    paths = sorted(path for path, _ in raised.value.errors)
    # The server checks a span's timestamps' 13 characters only once the span fits the schema.
    assert paths == ["evaluations[0]", "spans[0].span_id", "spans[0].timestamps.finished_at"]
    assert str(raised.value).startswith("3 problems:\n  ")


def test_not_json_is_a_validation_error() -> None:
    with pytest.raises(lc.ValidationError, match="body: not valid JSON"):
        lc.parse(b"{not json")


def test_more_than_200_spans_is_not_a_parse_error() -> None:
    span = {"span_id": "s", "type": "span", "timestamps": TS}
    request = lc.parse({"trace_id": "t", "spans": [dict(span, span_id=f"s{i}") for i in range(450)]})
    assert request.spans is not None and len(request.spans) == 450


def test_statuses_error_and_skipped_need_no_verdict() -> None:
    lc.parse({"trace_id": "t", "evaluations": [{"name": "a", "status": "error"}, {"name": "b", "status": "skipped"}]})


def test_a_rag_span_with_broken_contexts_falls_back_to_a_base_span_like_the_server() -> None:
    """The server tries LLM, RAG, then base span; a base span drops the unknown `contexts`."""
    document = _request(type="rag", contexts=[{"document_id": "d-1"}])  # a chunk without content
    assert spec_support.jsonschema_validator("CollectorRequest").is_valid(document)
    request = lc.parse(document)
    assert request.spans is not None
    assert type(request.spans[0]).__name__ == "BaseSpan"
    assert "contexts" not in lc.serialize(request).decode()


def test_the_seed_guides_legacy_payload_is_refused_only_for_its_seconds() -> None:
    """The REST guide's example: legacy names the server reads, and seconds it rejects."""
    document = {
        "spans": [
            {
                "type": "llm",
                "id": "span-123",
                "trace_id": "trace-456",
                "outputs": [{"type": "text", "value": "Output from the LLM"}],
                "timestamps": {"started_at": 1617981376, "finished_at": 1617981378},
            }
        ],
        "user_id": "your_user_identifier",
        "thread_id": "your_thread_identifier",
    }
    with pytest.raises(lc.ValidationError) as raised:
        lc.parse(document)
    assert [path for path, _ in raised.value.errors] == ["spans[0].timestamps.started_at"]
    assert "looks like seconds" in raised.value.errors[0][1]


@pytest.mark.parametrize(
    ("document", "expected"),
    [
        ({"trace_id": 5, "spans": []}, [("trace_id", "expected str or null, got int")]),
        (
            {
                "spans": [
                    {"span_id": "s", "type": "span", "trace_id": 7, "timestamps": {"started_at": 1, "finished_at": 1}}
                ]
            },
            [("spans[0].trace_id", "expected str or null, got int")],
        ),
    ],
    ids=["request's", "first span's"],
)
def test_an_ill_typed_trace_id_is_reported_as_its_cause_only(document: Any, expected: list[tuple[str, str]]) -> None:
    """Not also `no trace id`: the id is there, of the wrong type."""
    with pytest.raises(lc.ValidationError) as raised:
        lc.parse(document)
    assert raised.value.errors == expected


def test_a_problem_the_route_meets_twice_is_reported_once() -> None:
    with pytest.raises(lc.ValidationError) as raised:
        lc.parse({"trace_id": "t", "metadata": {"user_id": 5, "labels": [1]}})
    assert raised.value.errors == [
        ("metadata.user_id", "expected str or null, got int"),
        ("metadata.labels[0]", "expected str, got int"),
    ]
