"""The generated codecs and the route's rules on clean data: a fast path in front of the exact one.

Whenever the fast path takes a value, its result (model, dict, bytes) is the exact path's, and
the exact path has no warning for it; whatever it refuses falls back and gets the exact path's
path-precise problems. It is taken for the common, clean cases.
"""

from __future__ import annotations

import logging
import subprocess
import sys
from pathlib import Path
from typing import Any, Optional

import attrs
import pytest
import yaml
from hypothesis import HealthCheck, given, settings

import langwatch_collector as lc
from benchmarks import documents
from codegen import __main__ as codegen_main
from codegen import models as codegen_models
from codegen import render_codecs, spec
from examples import send_trace
from langwatch_collector import codec, fast_reading, models, server_reading
from langwatch_collector._generated import codecs as _codecs
from langwatch_collector._generated.codec_support import Unusual
from langwatch_collector._generated.converter import converter
from langwatch_collector.errors import ValidationError
from tests import conformance_cases, strategies
from tests.test_codegen_repairs import _changed_lines, _package_files, _with_one_more_llm_span_field

SETTINGS = settings(
    max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much]
)


def _fast_decode(document: Any) -> models.CollectorRequest | None:
    try:
        return fast_reading.read_request(document)
    except Unusual:
        return None


def _fast_encode(request: models.CollectorRequest) -> dict[str, Any] | None:
    try:
        document = _codecs.encode_CollectorRequest(request)
        fast_reading.judge_request(document)
    except Unusual:
        return None
    return document


def _exact_parse(data: bytes) -> tuple[Any, list[tuple[str, str]]] | ValidationError:
    try:
        return codec._parse_exactly(codec._decoded(data, "CollectorRequest"), models.CollectorRequest)
    except ValidationError as error:
        return error


def _exact_document(request: Any, caplog: pytest.LogCaptureFixture) -> dict[str, Any] | ValidationError:
    caplog.clear()
    try:
        with caplog.at_level(logging.WARNING, logger="langwatch_collector"):
            return codec._to_document_exactly(request, validate=True)
    except ValidationError as error:
        return error


def _assert_decoding_agrees(data: bytes) -> bool:
    """Whether the fast path took the body; when it did, the exact path agrees and warns of nothing."""
    exact = _exact_parse(data)
    try:
        fast = _fast_decode(codec._decoded(data, "CollectorRequest"))
    except ValidationError:  # not JSON, or over the size limit: the same check on both paths
        return False
    if fast is None:
        return False
    assert not isinstance(exact, ValidationError), f"the fast path took a body the server refuses: {exact}"
    model, warnings = exact
    assert warnings == []
    assert fast == model
    assert lc.parse(data) == model
    return True


def _assert_encoding_agrees(request: Any, caplog: pytest.LogCaptureFixture) -> bool:
    fast = _fast_encode(request)
    if fast is None:
        return False
    exact = _exact_document(request, caplog)
    assert not isinstance(exact, ValidationError), f"the fast path wrote a body the server refuses: {exact}"
    assert caplog.records == []
    assert fast == exact
    assert codec.dumps(fast) == codec.dumps(exact)
    assert lc.serialize(request) == codec.dumps(exact)
    return True


# -- the conformance corpus -------------------------------------------------------------------


def test_over_the_corpus_the_fast_path_agrees_with_the_exact_one(caplog: pytest.LogCaptureFixture) -> None:
    accepted = decoded_fast = encoded_fast = 0
    for case in conformance_cases.body_cases():
        try:
            document = codec.loads(case.raw)
        except ValueError:
            continue
        decoded_fast += _assert_decoding_agrees(case.raw)
        exact = _exact_parse(case.raw)
        if isinstance(exact, ValidationError):
            continue
        accepted += 1
        encoded_fast += _assert_encoding_agrees(exact[0], caplog)
        assert document is not None
    # The common cases are taken: measured 339 of 750 accepted bodies read, 694 of their models written.
    assert decoded_fast >= accepted * 0.4, (decoded_fast, accepted)
    assert encoded_fast >= accepted * 0.8, (encoded_fast, accepted)


# -- generated models ---------------------------------------------------------------------------


@SETTINGS
@given(strategies.REQUESTS)
def test_any_model_written_fast_is_written_as_the_exact_path_writes_it(request: models.CollectorRequest) -> None:
    fast = _fast_encode(request)
    if fast is None:
        return
    exact = codec._to_document_exactly(request, validate=True)
    assert fast == exact
    assert codec.dumps(fast) == codec.dumps(exact)


@SETTINGS
@given(strategies.NORMALIZED_REQUESTS)
def test_a_clean_model_is_written_fast_and_read_back_fast(request: models.CollectorRequest) -> None:
    fast = _fast_encode(request)
    exact = codec._to_document_exactly(request, validate=True)
    if fast is not None:
        assert fast == exact
    data = codec.dumps(exact)
    decoded = _fast_decode(codec.loads(data))
    model, warnings = codec._parse_exactly(codec.loads(data), models.CollectorRequest)
    if decoded is not None:
        assert decoded == model
        assert warnings == []


@SETTINGS
@given(strategies.REQUESTS)
def test_any_body_read_fast_is_read_as_the_exact_path_reads_it(request: models.CollectorRequest) -> None:
    data = lc.serialize(request, validate=False)
    try:
        document = codec.loads(data)
    except ValueError:
        return
    fast = _fast_decode(document)
    if fast is None:
        return
    exact = _exact_parse(data)
    assert not isinstance(exact, ValidationError), exact
    assert exact == (fast, [])


def test_every_models_codec_agrees_with_the_lenient_conversion() -> None:
    """Outside requests: each model the fast codec writes reads back to itself, as cattrs would."""
    message = models.ChatMessage(
        role="assistant",
        content=[models.TextContentPart(text="hi"), models.ImageUrlContentPart(image_url=models.ImageUrl(url="u"))],
        tool_calls=[models.ToolCall(id="1", type="function", function=models.FunctionCall(name="f", arguments="{}"))],
        additional_properties={"refusal": None},
    )
    response = models.CollectorResponse(message="ok", partialSuccess=models.PartialSuccess(rejectedSpans=0))
    for model in (message, response):
        document = _codecs.ENCODERS[type(model)](model)
        assert document == codec._to_document_exactly(model, validate=True)
        assert _codecs.DECODERS[type(model)](document) == model
        assert lc.parse(codec.dumps(document), type(model)) == model


# -- the common cases are taken -------------------------------------------------------------------


@pytest.mark.parametrize("span_count", [1, 200])
def test_the_benchmarks_payloads_take_the_fast_path(span_count: int, caplog: pytest.LogCaptureFixture) -> None:
    data = codec.dumps(documents.trace(span_count))
    assert _assert_decoding_agrees(data)
    assert _assert_encoding_agrees(lc.parse(data), caplog)


def test_the_readme_example_takes_the_fast_path(caplog: pytest.LogCaptureFixture) -> None:
    request = send_trace.build_trace()
    assert _assert_encoding_agrees(request, caplog)
    assert _assert_decoding_agrees(lc.serialize(request))


def test_a_traced_request_takes_the_fast_path(caplog: pytest.LogCaptureFixture) -> None:
    exporter = lc.RecordingExporter()
    tracer = lc.Tracer(exporter=exporter)
    with tracer.trace(metadata={"user_id": "user-1"}), tracer.span(type="llm", name="chat", model="gpt") as span:
        span.update(input=[{"role": "user", "content": "hi"}], output="hello")
    (request,) = exporter.requests
    assert _assert_encoding_agrees(request, caplog)
    assert _assert_decoding_agrees(lc.serialize(request))


# -- what falls back -------------------------------------------------------------------------------


def test_a_wrong_type_deep_inside_falls_back_to_the_exact_paths_message() -> None:
    request = send_trace.build_trace()
    span = request.spans[0]  # type: ignore[index]
    span.input.value[0].content = 5  # type: ignore[index, union-attr]
    with pytest.raises(Unusual):
        _codecs.encode_CollectorRequest(request)
    with pytest.raises(ValidationError) as raised:
        lc.serialize(request)
    with pytest.raises(ValidationError) as exactly:
        codec._to_document_exactly(request, validate=True)
    assert raised.value.errors == exactly.value.errors
    assert any(path.startswith("spans[0].input.value[0].content") for path, _ in raised.value.errors)


@pytest.mark.parametrize("where", ["spans", "input", "content"])
def test_a_model_of_another_union_member_class_falls_back_to_the_exact_paths_message(where: str) -> None:
    request = send_trace.build_trace()
    span: Any = request.spans[0]  # type: ignore[index]
    stranger = models.SpanTimestamps(started_at=1, finished_at=2)  # a model, but no member of the union
    path = {"spans": "spans[0]", "input": "spans[0].input", "content": "spans[0].input.value[0].content[0]"}[where]
    if where == "spans":
        request.spans = [stranger]  # type: ignore[list-item]
    elif where == "input":
        span.input = stranger
    else:
        span.input.value[0].content = [stranger]
    with pytest.raises(Unusual):
        _codecs.encode_CollectorRequest(request)
    with pytest.raises(ValidationError) as raised:
        lc.serialize(request)
    with pytest.raises(ValidationError) as exactly:
        codec._to_document_exactly(request, validate=True)
    assert raised.value.errors == exactly.value.errors
    assert any(error_path.startswith(path) for error_path, _ in raised.value.errors)


@pytest.mark.parametrize("key", ["started_at", "first_token_at", "finished_at"])
def test_the_routes_timestamp_rule_judges_each_of_a_spans_timestamps(key: str) -> None:
    document = documents.trace(1)
    timestamps = document["spans"][0]["timestamps"]
    assert fast_reading.judge_request(document) == "trace-1"
    timestamps[key] = float(timestamps[key])  # 13 characters as JavaScript writes it: kept
    assert fast_reading.judge_request(document) == "trace-1"
    timestamps[key] = timestamps[key] / 1000  # seconds: the server converts them
    with pytest.raises(Unusual):
        fast_reading.judge_request(document)
    timestamps[key] = 10**13  # 14 characters
    with pytest.raises(Unusual):
        fast_reading.judge_request(document)


def test_a_body_with_a_wrong_type_deep_inside_gets_the_exact_paths_message() -> None:
    document = documents.trace(2)
    document["spans"][1]["output"]["value"][0]["tool_calls"] = [{"id": 1, "type": "function", "function": {}}]
    data = codec.dumps(document)
    assert _fast_decode(codec.loads(data)) is None
    with pytest.raises(ValidationError) as raised:
        lc.parse(data)
    exact = _exact_parse(data)
    assert isinstance(exact, ValidationError)
    assert raised.value.errors == exact.errors
    assert any(path.startswith("spans[1].output.value[0].tool_calls[0].id") for path, _ in exact.errors)


def test_what_the_server_converts_falls_back_and_warns() -> None:
    document = documents.trace(1)
    document["spans"][0]["metrics"]["tokens_per_second"] = 12  # the server moves it to params
    data = codec.dumps(document)
    assert _fast_decode(codec.loads(data)) is None
    model, warnings = lc.parse_with_warnings(data)
    assert warnings and model.spans[0].params.additional_properties == {"tokens_per_second": 12}  # type: ignore[index, union-attr]


def test_writing_without_validation_keeps_a_wrong_value_as_it_is() -> None:
    request = send_trace.build_trace()
    request.spans[0].vendor = 42  # type: ignore[index, union-attr]
    document = codec.to_document(request, validate=False)
    assert document["spans"][0]["vendor"] == 42
    assert converter.unstructure(request)["spans"][0]["vendor"] == 42


def test_structuring_through_the_converter_validates() -> None:
    with pytest.raises(Unusual):
        converter.structure({"message": 5}, models.CollectorResponse)
    assert converter.structure({"message": "ok"}, models.CollectorResponse) == models.CollectorResponse(message="ok")


# -- import and generation -----------------------------------------------------------------------


def test_importing_the_package_builds_no_cattrs_hooks() -> None:
    script = (
        "import langwatch_collector\n"
        "from langwatch_collector._generated import codecs as _codecs\n"
        "from langwatch_collector import converter_support\n"
        "assert _codecs.LENIENT._converter is None\n"
        "assert converter_support._lenient_converter.cache_info().currsize == 0\n"
    )
    subprocess.run([sys.executable, "-c", script], check=True, timeout=120)


def test_one_added_field_changes_a_few_lines_of_the_codecs(tmp_path: Path) -> None:
    spec_path = tmp_path / "collector.yaml"
    document = _with_one_more_llm_span_field(yaml.safe_load(codegen_main.SPEC.read_text("utf-8")))
    spec_path.write_text(yaml.safe_dump(document, sort_keys=False, allow_unicode=True), encoding="utf-8")
    fresh = tmp_path / "_generated"

    codegen_main.render_into(fresh, spec_path)

    counts = _changed_lines(_package_files(codegen_main.GENERATED), _package_files(fresh))
    assert "deployment_region" in (fresh / "codecs.py").read_text(encoding="utf-8")
    assert 0 < counts["codecs.py"] <= 16, counts


def test_the_codec_renderer_refuses_what_it_cannot_check_by_name() -> None:
    document = spec.load(codegen_main.SPEC)
    document["components"]["schemas"]["RAGChunk"]["properties"]["chunk_id"]["minimum"] = 1
    with pytest.raises(ValueError, match=r"RAGChunk\.chunk_id: keyword 'minimum' is not supported"):
        render_codecs.render(document, codegen_models.render(document), "# header")


def test_every_model_has_both_codecs() -> None:
    classes = {value for value in vars(models).values() if isinstance(value, type) and attrs.has(value)}
    assert set(_codecs.ENCODERS) == set(_codecs.DECODERS) == set(_codecs.SCHEMA_NAMES) == classes


def test_a_mapping_with_a_key_json_cannot_hold_is_read_exactly() -> None:
    document: dict[Any, Any] = {"trace_id": "t", "spans": [], "metadata": {"plan": "pro", 1: "one"}}
    with pytest.raises(Unusual):
        fast_reading.read_request(document)


@pytest.mark.parametrize(
    "document",
    [
        {"role": None, "content": "hi"},  # null where the schema has no null
        {"role": "user", "parts": None},
        {"role": "robot", "content": "hi"},
        {"role": "user", "content": 5},
        {"content": "hi", 1: "a key JSON cannot hold"},
        {"content": "hi", "refusal": float("nan")},
    ],
)
def test_a_model_read_by_its_keys_refuses_what_the_field_by_field_reading_refuses(document: dict[Any, Any]) -> None:
    """ChatMessage (no required field) is read key by key: the same refusals, so the exact path judges these."""
    with pytest.raises(Unusual):
        _codecs.decode_ChatMessage(document)


def test_a_model_read_by_its_keys_keeps_its_fields_and_other_keys_in_order() -> None:
    document = {"zeta": 1, "content": "hi", "role": "user", "alpha": [None, {"b": True}], "name": None}
    message = _codecs.decode_ChatMessage(document)
    assert message == models.ChatMessage(
        role="user", content="hi", additional_properties={"zeta": 1, "alpha": [None, {"b": True}]}
    )
    assert list(message.additional_properties) == ["zeta", "alpha"]
    assert message == lc.parse(codec.dumps(document), models.ChatMessage)
    with pytest.raises(Unusual):
        _codecs.decode_SpanMetrics({"prompt_tokens": 1, "unknown": 2})  # no other keys kept: unknown
    assert _codecs.decode_SpanMetrics({"cost": None, "prompt_tokens": 3}) == models.SpanMetrics(prompt_tokens=3)


@pytest.mark.parametrize(
    ("union", "document", "member"),
    [
        ("Span", {"type": "llm", "span_id": "s", "timestamps": {"started_at": 1, "finished_at": 2}}, "LLMSpan"),
        ("Span", {"type": "tool", "span_id": "s", "timestamps": {"started_at": 1, "finished_at": 2}}, "BaseSpan"),
        ("SpanInputOutput", {"type": "text", "value": "hi"}, "TypedValueText"),
        ("NullableSpanInputOutput", {"type": "json", "value": [1]}, "TypedValueJson"),
        ("ChatRichContent", {"type": "text", "text": "hi"}, "TextContentPart"),
        ("ChatRichContent", {"text": "hi"}, "UntypedTextContentPart"),
    ],
)
def test_the_converter_structures_a_union_by_the_server_s_rule(union: str, document: Any, member: str) -> None:
    """A union named in the spec is a type users structure into, as they do a model."""
    value = converter.structure(document, getattr(models, union))
    assert type(value) is getattr(models, member)
    assert converter.unstructure(value) == document


@pytest.mark.parametrize("union", ["Span", "SpanInputOutput", "NullableSpanInputOutput", "ChatRichContent"])
def test_structuring_a_union_refuses_what_no_member_takes(union: str) -> None:
    with pytest.raises(ValueError):
        converter.structure({"type": 5}, getattr(models, union))


def test_structuring_a_nullable_union_keeps_null() -> None:
    assert converter.structure(None, models.NullableSpanInputOutput) is None  # type: ignore[arg-type]


def test_a_list_of_a_union_is_structured_item_by_item() -> None:
    span = {"type": "llm", "span_id": "s", "timestamps": {"started_at": 1, "finished_at": 2}}
    spans = converter.structure([span, {**span, "type": "tool"}], list[models.Span])
    assert [type(item) for item in spans] == [models.LLMSpan, models.BaseSpan]


def test_the_converter_is_a_public_name() -> None:
    assert lc.converter is converter
    assert type(lc.converter.structure({"type": "text", "value": "x"}, models.SpanInputOutput)) is models.TypedValueText  # type: ignore[arg-type]


def _large_trace(*, with_its_own_id: bool, spans: int = 450, evaluations: int = 250) -> models.CollectorRequest:
    """More than the server takes in one body (by default 450 spans and 250 evaluations: sent in
    three parts)."""
    request = codec.parse(codec.dumps(documents.trace(spans)))
    request.evaluations = [models.RESTEvaluation(name=f"check {index}", passed=True) for index in range(evaluations)]
    if not with_its_own_id:
        request.trace_id = None
    return request


def _count_exact_readings(monkeypatch: pytest.MonkeyPatch) -> list[Any]:
    """The documents `server_reading.read` (the exact reading) is called on, from now on."""
    readings: list[Any] = []
    real_read = server_reading.read

    def counted(document: Any, **options: Any) -> Any:
        readings.append(document)
        return real_read(document, **options)

    monkeypatch.setattr(server_reading, "read", counted)
    return readings


@pytest.mark.parametrize(("spans", "evaluations"), [(450, 250), (10, 450)])
def test_a_trace_over_the_server_s_counts_is_judged_fast_part_by_part(
    spans: int, evaluations: int, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """The client sends such a trace in parts, each with the trace's id: the route's rules are
    judged on each part, as the server reads it, without the exact reading of the whole; the
    exact reading agrees and has nothing to warn of. `parse` of its body takes the same way."""
    request = _large_trace(with_its_own_id=True, spans=spans, evaluations=evaluations)
    exact = _exact_document(request, caplog)
    assert not isinstance(exact, ValidationError)
    assert caplog.records == []
    body = codec.dumps(exact)
    model, warnings = codec._parse_exactly(codec.loads(body), models.CollectorRequest)
    assert warnings == []
    readings = _count_exact_readings(monkeypatch)
    assert codec.to_document(request) == exact
    assert lc.serialize(request) == body
    assert lc.parse(body) == model
    assert readings == []


def test_a_large_trace_without_its_own_id_is_read_exactly(monkeypatch: pytest.MonkeyPatch) -> None:
    """Its parts take the first span's id (trace_limits.split): the whole trace is read exactly."""
    request = _large_trace(with_its_own_id=False)
    readings = _count_exact_readings(monkeypatch)
    codec.to_document(request)
    assert len(readings) == 1


def test_a_large_trace_with_a_span_of_another_trace_is_refused_on_both_paths(caplog: pytest.LogCaptureFixture) -> None:
    request = _large_trace(with_its_own_id=True)
    assert request.spans is not None
    request.spans[300].trace_id = "another-trace"
    assert _fast_encode(request) is None
    assert isinstance(_exact_document(request, caplog), ValidationError)


@pytest.mark.parametrize("optional", ["X | None", "Optional[X]"])
def test_an_optional_union_is_structured_as_the_union_or_null(optional: str) -> None:
    span = {"type": "llm", "span_id": "s", "timestamps": {"started_at": 1, "finished_at": 2}}
    for union, document, member in [
        (models.Span, span, models.LLMSpan),
        (models.SpanInputOutput, {"type": "text", "value": "x"}, models.TypedValueText),
    ]:
        wanted: Any = union | None if optional == "X | None" else Optional[union]  # noqa: UP045 - both spellings
        assert type(converter.structure(document, wanted)) is member
        assert converter.structure(None, wanted) is None
        with pytest.raises(ValueError):
            converter.structure({"type": 5}, wanted)
