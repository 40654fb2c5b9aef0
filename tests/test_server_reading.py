"""server_reading and parse on the server's conversions, one rule at a time (the corpus covers them in bulk)."""

from __future__ import annotations

import logging
from typing import Any

import pytest

import langwatch_collector as lc
from langwatch_collector import javascript, models, rules, server_reading
from langwatch_collector.cli import upgrade
from tests import conformance_cases

TS = {"started_at": 1795971540000, "finished_at": 1795971541000}
NOW = 1795971600000


def _span(**fields: Any) -> dict[str, Any]:
    return {"span_id": "s", "type": "span", "timestamps": dict(TS), **fields}


def _read(body: Any) -> server_reading.ServerReading:
    return server_reading.read(body, now_ms=NOW)


def test_legacy_top_level_fields_move_into_metadata_with_a_warning_each() -> None:
    body = {"trace_id": "t", "user_id": "u", "thread_id": "th", "labels": {"env": "prod", "n": [1, 2]}}
    reading = _read(body)
    assert reading.status == 200
    assert reading.document is not None
    assert reading.document["metadata"] == {"user_id": "u", "thread_id": "th", "labels": ["env: prod", "n: 1,2"]}
    paths = [path for path, _ in reading.warnings]
    assert paths == ["user_id", "thread_id", "labels", "metadata.labels"]


def test_legacy_top_level_fields_are_ignored_when_metadata_is_given() -> None:
    reading = _read({"trace_id": "t", "metadata": {"user_id": "kept"}, "user_id": "lost"})
    assert reading.document is not None and reading.document["metadata"] == {"user_id": "kept"}
    assert reading.warnings[0][0] == "user_id" and "ignored" in reading.warnings[0][1]


@pytest.mark.parametrize(("labels", "read"), [("one", ["one"]), (5, []), (True, []), (["a"], ["a"])])
def test_labels_of_every_kind_are_read_as_the_server_reads_them(labels: Any, read: list[str]) -> None:
    reading = _read({"trace_id": "t", "metadata": {"labels": labels}})
    assert reading.document is not None and reading.document["metadata"]["labels"] == read


@pytest.mark.parametrize("falsy", [False, 0, "", None])
def test_falsy_metadata_is_no_metadata(falsy: Any) -> None:
    assert _read({"trace_id": "t", "metadata": falsy, "user_id": "u"}).document == {
        "trace_id": "t",
        "spans": [],
        "metadata": {"user_id": "u"},
    }


def test_javascript_truthiness_rejects_an_empty_array_of_metadata() -> None:
    reading = _read({"trace_id": "t", "metadata": []})
    assert (reading.status, reading.problems) == (400, [("metadata", "expected object, got array")])


def test_a_span_missing_its_trace_id_is_filled_only_from_the_top_level() -> None:
    # rule 1 of the issue: no top-level trace id, the second span has none: the server's 400
    reading = _read({"spans": [_span(trace_id="t"), _span(span_id="s2")]})
    assert reading.status == 400
    assert reading.problems == [
        ("spans[1].trace_id", "missing: the server fills a span's trace_id only from the request's trace_id")
    ]
    assert _read({"trace_id": "t", "spans": [_span(), _span(span_id="s2")]}).status == 200


@pytest.mark.parametrize("falsy", [0, False, ""])
def test_a_falsy_span_trace_id_is_replaced_by_the_requests_with_a_warning(falsy: Any) -> None:
    reading = _read({"trace_id": "t", "spans": [_span(trace_id=falsy)]})
    assert reading.status == 200
    assert reading.document is not None and reading.document["spans"][0]["trace_id"] == "t"
    assert [path for path, _ in reading.warnings] == ["spans[0].trace_id"]
    assert _read({"trace_id": "t", "spans": [_span()]}).warnings == []  # absent: filled, nothing to say


def test_legacy_span_shapes_are_read_and_named() -> None:
    outputs = [{"type": "text", "value": "a"}, {"type": "text", "value": "b"}]
    reading = _read({"trace_id": "t", "spans": [{**_span(), "id": "legacy", "outputs": outputs, "extra": 1}]})
    assert reading.document is not None
    (span,) = reading.document["spans"]
    assert span["span_id"] == "legacy"
    assert span["output"] == {"type": "list", "value": outputs}
    assert "extra" not in span
    assert [path for path, _ in reading.warnings] == ["spans[0].id", "spans[0].outputs", "spans[0].extra"]


def test_rag_contexts_as_strings_get_md5_document_ids() -> None:
    reading = _read({"trace_id": "t", "spans": [_span(type="rag", contexts=["first", None, {"content": {"k": 1}}])]})
    assert reading.document is not None
    assert reading.document["spans"][0]["contexts"] == [
        {"document_id": javascript.md5_hex("first"), "content": "first"},
        {"document_id": javascript.md5_hex('{"content":{"k":1}}'), "content": '{"k":1}'},
    ]


def test_number_chunk_ids_become_strings_when_a_chunk_has_a_document_id() -> None:
    contexts = [{"document_id": 7, "chunk_id": 1.0, "content": "c"}]
    reading = _read({"trace_id": "t", "spans": [_span(type="rag", contexts=contexts)]})
    assert reading.document is not None
    assert reading.document["spans"][0]["contexts"] == [{"document_id": "7", "chunk_id": "1", "content": "c"}]


def test_unknown_metrics_move_into_params() -> None:
    span = _span(metrics={"prompt_tokens": 3, "total_tokens": 9})
    reading = _read({"trace_id": "t", "spans": [span]})
    assert reading.document is not None
    (read,) = reading.document["spans"]
    assert (read["metrics"], read["params"]) == ({"prompt_tokens": 3}, {"total_tokens": 9})


def test_has_error_false_is_accepted_and_overwritten() -> None:
    reading = _read({"trace_id": "t", "spans": [_span(error={"has_error": False, "message": "m", "stacktrace": []})]})
    assert reading.document is not None
    assert reading.document["spans"][0]["error"]["has_error"] is True


def test_an_llm_span_with_an_ill_typed_model_is_a_base_span_without_it() -> None:
    reading = _read({"trace_id": "t", "spans": [_span(type="llm", model=4, vendor="v")]})
    assert reading.document is not None
    assert "model" not in reading.document["spans"][0] and "vendor" not in reading.document["spans"][0]
    assert {path for path, _ in reading.warnings} == {"spans[0].model", "spans[0].vendor"}


@pytest.mark.parametrize(
    ("body", "path"),
    [
        ({"trace_id": "t", "spans": [None]}, "spans[0]"),
        ({"trace_id": "t", "spans": ""}, "spans"),
        ({"trace_id": "t", "spans": [_span(outputs=None)]}, "spans[0].outputs"),
        ({"trace_id": "t", "spans": [_span(type="rag", contexts=None)]}, "spans[0].contexts"),
        ({"trace_id": "t", "spans": [_span(error="boom")]}, "spans[0].error"),
        ({"trace_id": "t", "evaluations": {}}, "evaluations"),
        ({"trace_id": "t", "evaluations": [None]}, "evaluations[0]"),
    ],
)
def test_bodies_the_route_crashes_on_are_never_sent(body: dict[str, Any], path: str) -> None:
    reading = _read(body)
    assert (reading.status, reading.answer) == (500, server_reading.ROUTE_CRASH)
    assert reading.problems[0][0] == path and "500" in reading.problems[0][1]
    with pytest.raises(lc.ValidationError, match="the server fails with a 500"):
        lc.parse(body)


def test_timestamps_follow_the_13_character_rule() -> None:
    assert _read({"trace_id": "t", "spans": [_span(timestamps={"started_at": 0, "finished_at": 0})]}).status == 200
    negative = {"started_at": -123456789012, "finished_at": 1795971541000.0}
    assert _read({"trace_id": "t", "spans": [_span(timestamps=negative)]}).status == 200
    seconds = _read({"trace_id": "t", "spans": [_span(timestamps={"started_at": 1795971540, "finished_at": 0})]})
    assert (seconds.status, seconds.answer) == (400, server_reading.SECONDS_TIMESTAMPS)


def test_the_verdict_gate_discards_a_verdict_unless_processed_and_warns() -> None:
    reading = _read({"trace_id": "t", "evaluations": [{"name": "e", "status": "skipped", "passed": True}]})
    assert reading.document is not None
    assert reading.document["evaluations"] == [{"name": "e", "status": "skipped"}]
    assert reading.warnings == [
        ("evaluations[0].passed", "discarded by the server: status is 'skipped', not 'processed'")
    ]
    # the verdict rule runs before the status defaults: an error alone is not enough
    error = {"message": "m", "stacktrace": []}
    assert _read({"trace_id": "t", "evaluations": [{"name": "e", "error": error}]}).status == 400
    errored = _read({"trace_id": "t", "evaluations": [{"name": "e", "score": 0.3, "error": error}]})
    assert errored.document is not None
    assert errored.document["evaluations"] == [{"name": "e", "status": "error", "error": {**error, "has_error": True}}]


def test_too_many_spans_is_the_servers_429_and_still_accepted_by_the_client() -> None:
    spans = [_span(span_id=f"s{index}") for index in range(201)]
    body = {"trace_id": "t", "spans": spans}
    reading = _read(body)
    assert (reading.status, reading.accepted, reading.answer) == (429, True, server_reading.TOO_MANY_SPANS)
    assert reading.document is not None and len(reading.document["spans"]) == 201
    spans[200]["timestamps"] = {"started_at": "soon", "finished_at": 1}
    broken = _read(body)
    assert (broken.status, broken.accepted) == (429, False)  # its parts would be refused


def test_parse_logs_each_conversion_and_returns_them_on_request(caplog: pytest.LogCaptureFixture) -> None:
    body = {"trace_id": "t", "user_id": "u", "spans": [{**_span(), "id": "x"}]}
    with caplog.at_level(logging.WARNING, logger="langwatch_collector"):
        request = lc.parse(body)
    assert [record.getMessage() for record in caplog.records] == [
        "user_id: legacy field: the server reads it as metadata.user_id",
        "spans[0].id: legacy field: the server reads it as span_id",
    ]
    assert request.metadata == models.TraceMetadata(user_id="u")
    same, warnings = lc.parse_with_warnings(body)
    assert same == request
    assert [path for path, _ in warnings] == ["user_id", "spans[0].id"]


def test_an_ill_typed_reserved_param_is_kept_beside_a_truthful_field() -> None:
    body = {"trace_id": "t", "spans": [_span(params={"temperature": "NOT_GIVEN", "top_p": 0.5})]}
    request = lc.parse(body)
    assert request.spans is not None
    params = request.spans[0].params
    assert params is not None
    assert params.temperature is None and params.top_p == 0.5
    assert params.additional_properties == {"temperature": "NOT_GIVEN"}
    assert lc.parse(lc.serialize(request)) == request
    clash = models.SpanParams(temperature=0.2, additional_properties={"temperature": "NOT_GIVEN"})
    span = models.BaseSpan(span_id="s", type="span", timestamps=lc.span_timestamps(1.7e9, 1.7e9), params=clash)
    with pytest.raises(lc.ValidationError, match=r"spans\[0\]\.params\.temperature: set as an additional property"):
        lc.serialize(models.CollectorRequest(trace_id="t", spans=[span]))


def test_the_bytes_the_servers_decoder_accepts_parse() -> None:
    assert lc.parse(b'\xef\xbb\xbf{"trace_id":"t"}').trace_id == "t"
    assert lc.parse(b'{"trace_id":"t\xff"}').trace_id == "t\ufffd"
    with pytest.raises(lc.ValidationError, match="NaN is not JSON"):
        lc.parse(b'{"trace_id":"t","metadata":{"x":NaN}}')


def test_a_body_over_10_mib_is_refused_as_the_server_refuses_it() -> None:
    body = b'{"trace_id":"t"}'
    assert lc.parse(body + b" " * (10 * 1024 * 1024 - len(body))).trace_id == "t"
    with pytest.raises(lc.ValidationError, match="over the server's limit"):
        lc.parse(body + b" " * (10 * 1024 * 1024 - len(body) + 1))


def test_python_values_that_are_not_json_are_problems_not_crashes() -> None:
    import datetime

    chunk = {"document_id": "d", "content": {"when": datetime.datetime(2026, 1, 1)}}
    with pytest.raises(lc.ValidationError, match=r"spans\[0\]\.contexts\[0\]\.content: datetime is not a JSON value"):
        lc.parse({"trace_id": "t", "spans": [_span(type="rag", contexts=[chunk])]})
    deep: dict[str, Any] = {"type": "text", "value": "x"}
    for _ in range(1500):
        deep = {"type": "list", "value": [deep]}
    with pytest.raises(lc.ValidationError, match="nested deeper than 900 levels"):  # as its JSON text would be
        lc.parse({"trace_id": "t", "spans": [_span(input=deep)]})


def test_judging_without_the_document_gives_the_same_verdict_problems_and_warnings_on_the_corpus() -> None:
    """`keep_document=False` (what serialize uses) skips building the stored request, nothing else."""
    unknown_keys_everywhere = _span(
        type="rag",
        contexts=[{"document_id": "d", "content": "c", "page": 1}],
        timestamps={**TS, "zone": "utc"},
        error={"message": "m", "stacktrace": [], "code": 1},
        input={"type": "text", "value": "v", "lang": "en"},
    )
    bodies = [case.body for case in conformance_cases.body_cases()]
    for body in [*bodies, {"trace_id": "t", "spans": [unknown_keys_everywhere]}]:
        full = _read(body)
        judged = server_reading.read(body, now_ms=NOW, keep_document=False)
        assert judged.document is None
        assert (judged.status, judged.answer, judged.problems, judged.warnings, judged.old_spans) == (
            full.status,
            full.answer,
            full.problems,
            full.warnings,
            full.old_spans,
        ), body


@pytest.mark.parametrize(
    ("top", "span_ids", "differing"),
    [
        ("t", ["t", "t"], []),
        ("t", ["t", "u"], [1]),
        ("t", ["u", "u"], [0, 1]),
        (None, ["t", "u"], [1]),
        ("5", [5], []),  # the route compares with `==`: 5 == "5"
        ("t", ["t", 5], [1]),
    ],
)
def test_spans_must_share_the_trace_id_as_the_route_compares_them(
    top: str | None, span_ids: list[Any], differing: list[int]
) -> None:
    body = {
        "trace_id": top,
        "spans": [_span(span_id=f"s{index}", trace_id=value) for index, value in enumerate(span_ids)],
    }
    reading = _read(body)
    mixed = [path for path, message in reading.problems if "must share one trace id" in message]
    assert mixed == [f"spans[{index}].trace_id" for index in differing]
    assert (reading.answer == server_reading.MIXED_TRACE_IDS) == bool(differing)


def test_metadata_is_judged_by_the_request_schema_then_by_the_metadata_schema() -> None:
    """The route's first zod schema types a few metadata keys (paths from the body), its metadata
    schema types all reserved keys (paths from the metadata); custom values may nest."""
    first = _read({"trace_id": "t", "metadata": {"user_id": 5, "custom": {"a": {"b": 1}}}})
    assert first.status == 400
    assert first.answer == {"error": 'Validation error: Expected string, received number at "metadata.user_id"'}
    assert {path for path, _ in first.problems} == {"metadata.user_id"}
    second = _read({"trace_id": "t", "metadata": {"topic_id": {"x": 1}}})
    assert second.status == 400
    assert second.answer == {"error": 'Validation error: Expected string, received object at "topic_id"'}
    assert second.problems == [("metadata.topic_id", "expected str or null, got object")]
    both = _read({"trace_id": "t", "metadata": {"user_id": 5, "custom": [{"a": 1}], "labels": [[1]]}})
    user_id = ("metadata.user_id", "expected str or null, got int")
    label = ("metadata.labels[0]", "expected str, got array")
    custom = ("metadata.custom[0]", "expected str or number or bool or null, got object")
    label_as_custom = ("metadata.labels[0]", "expected str or number or bool or null, got array")
    request_schema = [user_id, label, custom, label_as_custom]  # typed keys, then every value as a custom one
    # The metadata on its own finds user_id, custom and label again: each problem is said once.
    assert both.problems == request_schema
    nested = _read({"trace_id": "t", "metadata": {"user_id": "u", "custom": {"a": {"b": 1}}}})
    assert nested.status == 200
    assert nested.document is not None and nested.document["metadata"] == {"user_id": "u", "custom": {"a": {"b": 1}}}


@pytest.mark.parametrize("number", [7, 7.0, 0.5, 1e21, 1e-7, 123456789012345680000])
def test_upgrade_writes_a_number_chunk_id_as_the_server_reads_it(number: float) -> None:
    span = {
        "span_id": "s",
        "type": "rag",
        "timestamps": dict(TS),
        "contexts": [{"document_id": number, "chunk_id": number, "content": "c"}],
    }
    upgraded, changes = upgrade.upgrade({"trace_id": "t", "spans": [span]})
    reading = _read({"trace_id": "t", "spans": [span]})
    assert reading.document is not None
    assert upgraded["spans"][0]["contexts"] == reading.document["spans"][0]["contexts"]
    assert changes == [f"spans[0].contexts[0].{key}: a number became a string" for key in ("document_id", "chunk_id")]


def test_upgrade_renames_exactly_the_legacy_span_fields_the_server_reads() -> None:
    span = {"id": "s", "type": "span", "timestamps": dict(TS), "outputs": [{"type": "text", "value": "out"}]}
    upgraded, _ = upgrade.upgrade({"trace_id": "t", "spans": [span]})
    original, rewritten = _read({"trace_id": "t", "spans": [span]}), _read(upgraded)
    assert rewritten.document == original.document
    legacy = {path for path, message in original.warnings if "legacy field" in message}
    assert legacy == {f"spans[0].{key}" for key in rules.LEGACY_SPAN}
    assert not [message for _, message in rewritten.warnings if "legacy field" in message]
