"""parse() and serialize() on real documents: the spec's examples and LangWatch's own."""

from __future__ import annotations

import json
from typing import Any

import attrs
import pytest

import langwatch_collector as lc
from langwatch_collector import codec, jsontext, models, server_reading
from tests import spec_support

VALID_SHARED = [
    "01_llm_chat_messages_params_metrics_metadata.json",
    "02_llm_text_io_reserved_and_custom_metadata.json",
    "03_evaluations_only_no_spans.json",
    "04_minimal_llm_span_with_span_trace_id.json",
]


def _all_valid_documents() -> dict[str, Any]:
    documents = {f"spec:{name}": value for name, value in spec_support.request_examples().items()}
    documents.update({f"shared:{name}": spec_support.shared_example(name) for name in VALID_SHARED})
    return documents


def _as_the_server_reads(document: dict[str, Any]) -> Any:
    reading = server_reading.read(document)
    assert reading.document is not None, reading.problems
    read = dict(reading.document)
    for key, empty in (("metadata", {}), ("spans", [])):  # added by the server: parse leaves them out
        if read[key] == empty and document.get(key) is None:
            del read[key]
    return spec_support.without_nulls(read)


@pytest.mark.parametrize("name", sorted(_all_valid_documents()))
def test_valid_documents_round_trip(name: str) -> None:
    document = _all_valid_documents()[name]
    for source in (json.dumps(document).encode(), json.dumps(document), document):
        model = lc.parse(source)
        assert isinstance(model, models.CollectorRequest)
        written = json.loads(lc.serialize(model))
        assert written == _as_the_server_reads(document)
        assert lc.parse(written) == model  # what the client writes, the server reads unchanged


def test_serialize_is_compact_utf8_with_spec_names() -> None:
    request = models.CollectorRequest(
        trace_id="t-1",
        spans=[
            models.LLMSpan(
                span_id="s-1",
                timestamps=models.SpanTimestamps(started_at=1706628806000, finished_at=1706628807000),
                input=models.TypedValueText(value="héllo"),
                metrics=models.SpanMetrics(prompt_tokens=3),
            )
        ],
    )
    assert (
        lc.serialize(request)
        == (
            '{"trace_id":"t-1","spans":[{"span_id":"s-1","timestamps":{"started_at":1706628806000,'
            '"finished_at":1706628807000},"type":"llm","input":{"type":"text","value":"héllo"},'
            '"metrics":{"prompt_tokens":3}}]}'
        ).encode()
    )


def test_the_span_union_follows_the_servers_order() -> None:
    base = {"span_id": "s", "trace_id": "t", "timestamps": {"started_at": 1706628806000, "finished_at": 1706628807000}}
    request = lc.parse(
        {
            "trace_id": "t",
            "spans": [
                {**base, "type": "llm", "model": "gpt-4"},
                {**base, "type": "rag", "contexts": [{"content": "c"}]},
                {**base, "type": "rag"},  # no contexts: the server takes it as a base span
                # not an LLM span: read as a base span, which drops `vendor`; without it, it is one
                {**base, "type": "llm", "vendor": 5},
                {**base, "type": "tool", "unknown_key": 1},  # unknown keys are dropped
            ],
        }
    )
    assert request.spans is not None
    assert [type(span).__name__ for span in request.spans] == ["LLMSpan", "RAGSpan", "BaseSpan", "LLMSpan", "BaseSpan"]
    assert request.spans[2].type == "rag"
    assert isinstance(request.spans[3], models.LLMSpan) and request.spans[3].vendor is None
    assert "unknown_key" not in lc.serialize(request).decode()


def test_io_values_dispatch_on_their_tag_recursively() -> None:
    value = {
        "type": "list",
        "value": [
            {"type": "text", "value": "a"},
            {"type": "json", "value": None},
            {"type": "json", "value": {"nested": [1, 2.5, True, None]}},
            {"type": "list", "value": [{"type": "raw", "value": "<b>"}]},
            {"type": "guardrail_result", "value": {"status": "processed", "passed": False}},
        ],
    }
    span = {"span_id": "s", "type": "span", "timestamps": {"started_at": 1706628806000, "finished_at": 1706628807000}}
    request = lc.parse({"trace_id": "t", "spans": [{**span, "output": value}]})
    assert request.spans is not None
    output = request.spans[0].output
    assert isinstance(output, models.TypedValueList)
    assert [type(item).__name__ for item in output.value] == [
        "TypedValueText",
        "TypedValueJson",
        "TypedValueJson",
        "TypedValueList",
        "TypedValueGuardrailResult",
    ]
    # `json` values are passed through untouched, null included (a required field is always written)
    assert json.loads(lc.serialize(request))["spans"][0]["output"] == value


def test_rich_content_parts_take_the_first_shape_that_fits() -> None:
    message = {
        "role": "user",
        "content": [
            {"type": "text", "text": "a"},
            {"text": "untagged"},
            {"type": "file", "mediaType": "application/pdf", "data": "AAAA"},
            {"type": "file", "file": {"file_id": "f-1"}},
            {"type": "image_url", "image_url": {"url": "https://example.com/x.png"}},
        ],
    }
    document = {
        "trace_id": "t",
        "spans": [
            {
                "span_id": "s",
                "type": "llm",
                "input": {"type": "chat_messages", "value": [message]},
                "timestamps": {"started_at": 1706628806000, "finished_at": 1706628807000},
            }
        ],
    }
    request = lc.parse(document)
    assert request.spans is not None
    chat = request.spans[0].input
    assert isinstance(chat, models.TypedValueChatMessages)
    content = chat.value[0].content
    assert isinstance(content, list)
    assert [type(part).__name__ for part in content] == [
        "TextContentPart",
        "UntypedTextContentPart",
        "FileContentPart",
        "FileReferenceContentPart",
        "ImageUrlContentPart",
    ]
    assert json.loads(lc.serialize(request)) == _as_the_server_reads(document)
    spans: list[dict[str, Any]] = document["spans"]  # type: ignore[assignment]
    assert json.loads(lc.serialize(request))["spans"][0]["input"] == spans[0]["input"]


def test_custom_metadata_and_params_keep_their_extra_keys() -> None:
    document = {
        "trace_id": "t",
        "metadata": {"user_id": "u", "plan": {"tier": "pro"}, "flags": [1, "a", None]},
        "spans": [
            {
                "span_id": "s",
                "type": "llm",
                "params": {"temperature": 0.2, "my_param": {"deep": [1, {"x": 2}]}},
                "timestamps": {"started_at": 1706628806000, "finished_at": 1706628807000},
            }
        ],
    }
    request = lc.parse(document)
    assert request.metadata is not None
    assert request.metadata.user_id == "u"
    assert request.metadata.additional_properties == {"plan": {"tier": "pro"}, "flags": [1, "a", None]}
    assert request.spans is not None and request.spans[0].params is not None
    assert request.spans[0].params.additional_properties == {"my_param": {"deep": [1, {"x": 2}]}}
    written = json.loads(lc.serialize(request))
    spans: list[dict[str, Any]] = document["spans"]  # type: ignore[assignment]
    assert written["metadata"] == document["metadata"]
    assert written["spans"][0]["params"] == spans[0]["params"]


def test_an_additional_property_may_not_shadow_a_field() -> None:
    request = models.CollectorRequest(
        trace_id="t", metadata=models.TraceMetadata(additional_properties={"user_id": "sneaky"})
    )
    with pytest.raises(lc.ValidationError) as raised:
        lc.serialize(request)
    assert raised.value.errors == [("metadata.user_id", "set as an additional property; set the field instead")]


def test_a_dict_where_a_model_belongs_is_named() -> None:
    request = models.CollectorRequest(
        trace_id="t",
        spans=[models.BaseSpan(span_id="s", type="tool", timestamps={"started_at": 1, "finished_at": 2})],  # type: ignore[arg-type]
    )
    with pytest.raises(lc.ValidationError) as raised:
        lc.serialize(request)
    assert raised.value.errors == [
        ("spans[0].timestamps", "expected models.SpanTimestamps, got a dict (build it with the model class)")
    ]


def test_integers_stay_integers() -> None:
    request = lc.parse(spec_support.shared_example("01_llm_chat_messages_params_metrics_metadata.json"))
    assert request.spans is not None and request.spans[0].metrics is not None
    assert request.spans[0].metrics.prompt_tokens == 100
    assert isinstance(request.spans[0].metrics.prompt_tokens, int)


def test_responses_parse_into_their_models() -> None:
    response = lc.parse(
        b'{"message":"Trace received successfully.","partialSuccess":{"rejectedSpans":1,"rejectedEvaluations":0,'
        b'"errorMessage":"1 span(s) dropped"}}',
        models.CollectorResponse,
    )
    assert response.partialSuccess == models.PartialSuccess(
        rejectedSpans=1, rejectedEvaluations=0, errorMessage="1 span(s) dropped"
    )
    legacy = lc.parse({"message": "No changes"}, models.CollectorResponse)
    assert legacy.partialSuccess is None


def test_the_stdlib_json_fallback_writes_the_same_bytes(monkeypatch: pytest.MonkeyPatch) -> None:
    for name, document in spec_support.request_examples().items():
        fast = lc.serialize(lc.parse(document))
        monkeypatch.setattr(jsontext, "orjson", None)
        slow = lc.serialize(lc.parse(document))
        monkeypatch.undo()
        assert fast == slow, name


def test_a_lone_surrogate_is_sent_as_its_escape_which_the_server_keeps() -> None:
    request = models.CollectorRequest(trace_id="t", expected_output="\ud800")
    assert b'"expected_output":"\\ud800"' in lc.serialize(request)


def test_nan_in_a_free_json_value_is_a_validation_error_naming_it() -> None:
    value = models.TypedValueJson(value={"ratio": float("nan")})
    span = models.BaseSpan(span_id="s", type="span", input=value, timestamps=lc.span_timestamps(1.7e9, 1.7e9))
    with pytest.raises(lc.ValidationError, match=r"spans\[0\]\.input\.value\.ratio: NaN is not JSON"):
        lc.serialize(models.CollectorRequest(trace_id="t", spans=[span]))


def test_parse_rejects_a_type_that_is_not_a_model() -> None:
    with pytest.raises(TypeError, match="not a model"):
        lc.parse({}, dict)


def _nested(levels: int) -> list[Any]:
    top: list[Any] = []
    inner = top
    for _ in range(levels - 1):
        inner.append([])
        inner = inner[0]
    return top


def test_a_value_nested_too_deep_is_a_validation_error_as_a_dict_and_as_a_model() -> None:
    """The same verdict as the same JSON text gets, and never a RecursionError from serialize or collect."""
    timestamps = {"started_at": 1795971600000, "finished_at": 1795971600000}
    span = {"span_id": "s", "type": "span", "timestamps": timestamps, "input": {"type": "json", "value": _nested(3000)}}
    body = {"trace_id": "t", "spans": [span]}
    with pytest.raises(lc.ValidationError, match="nested deeper than 900 levels"):
        lc.parse(body)
    model = lc.parse({**body, "spans": [{**span, "input": {"type": "json", "value": []}}]})
    assert model.spans is not None and isinstance(model.spans[0].input, models.TypedValueJson)
    deep_span = attrs.evolve(model.spans[0], input=models.TypedValueJson(value=_nested(3000)))
    deep_model = attrs.evolve(model, spans=[deep_span])
    with pytest.raises(lc.ValidationError, match="nested deeper than 900 levels"):
        lc.serialize(deep_model)


def _nested_lists(levels: int) -> dict[str, Any]:
    """An input that is a list of inputs, `levels` times: two JSON levels each."""
    value: dict[str, Any] = {"type": "text", "value": "x"}
    for _ in range(levels):
        value = {"type": "list", "value": [value]}
    return value


def test_the_codecs_take_nothing_deeper_than_the_clients_limit() -> None:
    """What lets `parse` leave the depth walk to the exact path (the codecs' walk bounds it)."""
    from langwatch_collector._generated import codecs

    assert codecs.MAX_ACCEPTED_DEPTH is not None
    assert codecs.MAX_ACCEPTED_DEPTH < jsontext.MAX_DEPTH


@pytest.mark.parametrize("as_text", [True, False])
def test_inputs_holding_inputs_too_deep_are_refused_as_text_and_as_a_dict(as_text: bool) -> None:
    timestamps = {"started_at": 1795971600000, "finished_at": 1795971600000}
    span = {"span_id": "s", "type": "span", "timestamps": timestamps, "input": _nested_lists(460)}
    body: Any = {"trace_id": "t", "spans": [span]}
    with pytest.raises(lc.ValidationError, match="nested deeper than 900 levels"):
        lc.parse(json.dumps(body).encode() if as_text else body)
    span["input"] = _nested_lists(40)  # deeper than the codecs read, within the limit: read exactly
    request = lc.parse(json.dumps(body).encode() if as_text else body)
    assert request.spans is not None and isinstance(request.spans[0].input, models.TypedValueList)
    assert lc.serialize(request) == lc.serialize(lc.parse(lc.serialize(request)))


def test_an_integer_too_large_for_a_double_is_read_as_the_server_reads_it_on_either_path() -> None:
    """The server reads 1e400 (or an int past 2**1024) as Infinity and keeps the span; the exact
    path must say the same as the fast one, not raise OverflowError (`math.isnan` of a huge int)."""
    timestamps = models.SpanTimestamps(started_at=1795971540000, finished_at=1795971541000)
    huge = models.SpanMetrics(cost=10**400)
    for count in (1, 201):  # 201 spans: too many for one request, so the exact reading judges it
        spans: list[models.Span] = [
            models.BaseSpan(
                span_id=f"s{index}", type="span", timestamps=timestamps, metrics=huge if index == 0 else None
            )
            for index in range(count)
        ]
        document = codec.to_document(models.CollectorRequest(trace_id="t", spans=spans))
        assert document["spans"][0]["metrics"] == {"cost": 10**400}
