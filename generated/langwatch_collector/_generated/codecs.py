# Generated from openapi/collector.yaml by codegen: do not edit, run scripts/generate.
"""The models' codecs: for each schema, `encode_<Model>(obj) -> dict` and `decode_<Model>(doc)
-> Model`, which check values while they convert and raise `Unusual` for anything they do not
take as it is (a wrong type, an unknown key, a clash of additional properties with declared
fields); the caller then falls back to the exact reading. Whenever they succeed, their result is
the one the lenient conversion gives. `register(converter)` makes them a cattrs converter's hooks.
"""

from collections.abc import Callable
from typing import Any, Literal, cast

import cattrs

from langwatch_collector._generated import models
from langwatch_collector._generated.codec_support import (
    MAX_FREE_DEPTH,
    Dispatch,
    LenientUnstructure,
    Unusual,
    is_json,
    new,
    register_codecs,
)

ENUM_AudioSource__type = frozenset({"url", "data"})
ENUM_ChatRole = frozenset({"system", "developer", "user", "assistant", "function", "tool", "unknown"})
ENUM_EvaluationStatus = frozenset({"processed", "skipped", "error"})
ENUM_ImageUrl__detail = frozenset({"auto", "low", "high"})
ENUM_SpanType = frozenset(
    {
        "span",
        "llm",
        "chain",
        "tool",
        "agent",
        "rag",
        "guardrail",
        "evaluation",
        "workflow",
        "component",
        "module",
        "server",
        "client",
        "producer",
        "consumer",
        "task",
        "unknown",
    }
)
TYPES_str = frozenset({str})
KEYS_AudioContentPart = frozenset({"source", "type"})
KEYS_AudioSource = frozenset({"mimeType", "type", "value"})
KEYS_BaseSpan = frozenset(
    {"error", "input", "metrics", "name", "output", "params", "parent_id", "span_id", "timestamps", "trace_id", "type"}
)
KEYS_BinaryContentPart = frozenset({"data", "filename", "id", "mimeType", "type", "url"})
KEYS_ChatMessage = frozenset(
    {"content", "function_call", "name", "parts", "reasoning_content", "role", "tool_call_id", "tool_calls"}
)
KEYS_CollectorRequest = frozenset({"evaluations", "expected_output", "metadata", "spans", "trace_id"})
KEYS_CollectorResponse = frozenset({"message", "partialSuccess"})
KEYS_ErrorCapture = frozenset({"has_error", "message", "stacktrace"})
KEYS_ErrorResponse = frozenset({"error", "message"})
KEYS_EvaluationResult = frozenset({"cost", "details", "label", "passed", "score", "status"})
KEYS_EvaluationTimestamps = frozenset({"finished_at", "started_at"})
KEYS_FileContentPart = frozenset({"data", "filename", "mediaType", "type", "url"})
KEYS_FileReference = frozenset({"file_data", "file_id", "filename"})
KEYS_FileReferenceContentPart = frozenset({"file", "type"})
KEYS_FunctionCall = frozenset({"arguments", "name"})
KEYS_ImageContentPart = frozenset({"image", "mediaType", "type"})
KEYS_ImageUrl = frozenset({"detail", "url"})
KEYS_ImageUrlContentPart = frozenset({"image_url", "type"})
KEYS_IngestFailureResponse = frozenset({"message", "partialSuccess"})
KEYS_InputAudio = frozenset({"data", "format", "id", "mimeType", "url"})
KEYS_InputAudioContentPart = frozenset({"input_audio", "type"})
KEYS_LLMSpan = frozenset(
    {
        "error",
        "input",
        "metrics",
        "model",
        "name",
        "output",
        "params",
        "parent_id",
        "span_id",
        "timestamps",
        "trace_id",
        "type",
        "vendor",
    }
)
KEYS_Money = frozenset({"amount", "currency"})
KEYS_PartialSuccess = frozenset({"errorMessage", "rejectedEvaluations", "rejectedSpans"})
KEYS_PermissionDeniedErrorResponse = frozenset({"error", "message", "permission"})
KEYS_PlanLimitErrorResponse = frozenset(
    {"activePlanName", "currentMonthMessagesCount", "error", "fault", "maxMessagesPerMonth", "message", "tips"}
)
KEYS_RAGChunk = frozenset({"chunk_id", "content", "document_id"})
KEYS_RAGSpan = frozenset(
    {
        "contexts",
        "error",
        "input",
        "metrics",
        "name",
        "output",
        "params",
        "parent_id",
        "span_id",
        "timestamps",
        "trace_id",
        "type",
    }
)
KEYS_RESTEvaluation = frozenset(
    {
        "details",
        "error",
        "evaluation_id",
        "evaluation_thread_id",
        "evaluator_id",
        "inputs",
        "is_guardrail",
        "label",
        "name",
        "passed",
        "score",
        "span_id",
        "status",
        "timestamps",
        "type",
    }
)
KEYS_SpanMetrics = frozenset(
    {
        "cache_creation_input_tokens",
        "cache_read_input_tokens",
        "completion_tokens",
        "cost",
        "prompt_tokens",
        "reasoning_tokens",
        "tokens_estimated",
    }
)
KEYS_SpanParams = frozenset(
    {
        "frequency_penalty",
        "functions",
        "logit_bias",
        "logprobs",
        "max_tokens",
        "n",
        "parallel_tool_calls",
        "presence_penalty",
        "reasoning_effort",
        "seed",
        "stop",
        "stream",
        "temperature",
        "tool_choice",
        "tools",
        "top_logprobs",
        "top_p",
        "user",
    }
)
KEYS_SpanTimestamps = frozenset({"finished_at", "first_token_at", "ignore_timestamps_on_write", "started_at"})
KEYS_TextContentPart = frozenset({"content", "text", "type"})
KEYS_ToolCall = frozenset({"function", "id", "type"})
KEYS_ToolCallContentPart = frozenset({"args", "toolCallId", "toolName", "type"})
KEYS_ToolResultContentPart = frozenset({"result", "toolCallId", "toolName", "type"})
KEYS_TraceMetadata = frozenset(
    {
        "customer_id",
        "labels",
        "prompt_ids",
        "prompt_version_ids",
        "sdk_language",
        "sdk_name",
        "sdk_version",
        "subtopic_id",
        "telemetry_sdk_language",
        "telemetry_sdk_name",
        "telemetry_sdk_version",
        "thread_id",
        "topic_id",
        "user_id",
    }
)
KEYS_TypedValueChatMessages = frozenset({"type", "value"})
KEYS_TypedValueEvaluationResult = frozenset({"type", "value"})
KEYS_TypedValueGuardrailResult = frozenset({"type", "value"})
KEYS_TypedValueJson = frozenset({"type", "value"})
KEYS_TypedValueList = frozenset({"type", "value"})
KEYS_TypedValueRaw = frozenset({"type", "value"})
KEYS_TypedValueText = frozenset({"type", "value"})
KEYS_UntypedTextContentPart = frozenset({"text"})
# The deepest value any decoder accepts: its models' levels plus free JSON's (is_json's bound);
# None when unbounded. A caller may leave the client's depth limit to the path it falls back to.
MAX_ACCEPTED_DEPTH: int | None = 9 + MAX_FREE_DEPTH


def fits_CustomMetadataValue(value: Any) -> bool:
    return (
        (
            type(value) is str
            or (type(value) is int or (type(value) is float and value - value == 0.0))
            or type(value) is bool
            or value is None
        )
        or (
            type(value) is list
            and all(
                (
                    type(i0) is str
                    or (type(i0) is int or (type(i0) is float and i0 - i0 == 0.0))
                    or type(i0) is bool
                    or i0 is None
                )
                for i0 in value
            )
        )
        or (
            type(value) is dict
            and all(
                type(k0) is str
                and (
                    type(x0) is str
                    or (type(x0) is int or (type(x0) is float and x0 - x0 == 0.0))
                    or type(x0) is bool
                    or x0 is None
                )
                for k0, x0 in value.items()
            )
        )
        or (
            type(value) is dict
            and all(
                type(k0) is str
                and (
                    type(x0) is dict
                    and all(
                        type(k1) is str
                        and (
                            type(x1) is str
                            or (type(x1) is int or (type(x1) is float and x1 - x1 == 0.0))
                            or type(x1) is bool
                            or x1 is None
                        )
                        for k1, x1 in x0.items()
                    )
                )
                for k0, x0 in value.items()
            )
        )
    )


def fits_NullableStringList(value: Any) -> bool:
    return (type(value) is list and TYPES_str.issuperset(map(type, value))) or value is None


def encode_AudioContentPart(obj: Any) -> dict[str, Any]:
    if type(obj) is not models.AudioContentPart:
        raise Unusual("AudioContentPart")
    v_type: Any = obj.type
    if not (v_type == "audio" and type(v_type) is str):
        raise Unusual("AudioContentPart.type")
    v_source: Any = obj.source
    v_source = encode_AudioSource(v_source)
    out: dict[str, Any] = {"type": v_type, "source": v_source}
    extra = obj.additional_properties
    if extra:
        if type(extra) is not dict or not KEYS_AudioContentPart.isdisjoint(extra):
            raise Unusual("AudioContentPart.additional_properties")
        for key, value in extra.items():
            if type(key) is not str or not is_json(value):
                raise Unusual("AudioContentPart.additional_properties")
        out.update(extra)
    return out


def decode_AudioContentPart(doc: Any) -> models.AudioContentPart:
    if type(doc) is not dict:
        raise Unusual("AudioContentPart")
    extra: dict[str, Any] = {}
    if not KEYS_AudioContentPart.issuperset(doc):
        extra = {key: value for key, value in doc.items() if key not in KEYS_AudioContentPart}
        for key, value in extra.items():
            if type(key) is not str or not is_json(value):
                raise Unusual("AudioContentPart.additional_properties")
    get = doc.get
    v_type: Any = get("type")
    if not (v_type == "audio" and type(v_type) is str):
        raise Unusual("AudioContentPart.type")
    v_source: Any = get("source")
    if type(v_source) is not dict:
        raise Unusual("AudioSource")
    extra_source: dict[str, Any] = {}
    if not KEYS_AudioSource.issuperset(v_source):
        extra_source = {
            k_source: x_source for k_source, x_source in v_source.items() if k_source not in KEYS_AudioSource
        }
        for k_source, x_source in extra_source.items():
            if type(k_source) is not str or not is_json(x_source):
                raise Unusual("AudioSource.additional_properties")
    get_source = v_source.get
    v_source__type: Any = get_source("type")
    if not (type(v_source__type) is str and v_source__type in ENUM_AudioSource__type):
        raise Unusual("AudioSource.type")
    v_source__value: Any = get_source("value")
    if type(v_source__value) is not str:
        raise Unusual("AudioSource.value")
    v_source__mimeType: Any = get_source("mimeType")
    if v_source__mimeType is not None:
        if type(v_source__mimeType) is not str:
            raise Unusual("AudioSource.mimeType")
    elif "mimeType" in v_source:
        raise Unusual("AudioSource.mimeType")
    m_source: models.AudioSource = new(models.AudioSource)
    m_source.type = cast("Literal['url', 'data']", v_source__type)
    m_source.value = v_source__value
    m_source.mimeType = v_source__mimeType
    m_source.additional_properties = extra_source
    v_source = m_source
    instance: models.AudioContentPart = new(models.AudioContentPart)
    instance.type = "audio"
    instance.source = v_source
    instance.additional_properties = extra
    return instance


def encode_AudioSource(obj: Any) -> dict[str, Any]:
    if type(obj) is not models.AudioSource:
        raise Unusual("AudioSource")
    v_type: Any = obj.type
    if not (type(v_type) is str and v_type in ENUM_AudioSource__type):
        raise Unusual("AudioSource.type")
    v_value: Any = obj.value
    if type(v_value) is not str:
        raise Unusual("AudioSource.value")
    out: dict[str, Any] = {"type": v_type, "value": v_value}
    if obj.mimeType is not None:
        v_mimeType: Any = obj.mimeType
        if type(v_mimeType) is not str:
            raise Unusual("AudioSource.mimeType")
        out["mimeType"] = v_mimeType
    extra = obj.additional_properties
    if extra:
        if type(extra) is not dict or not KEYS_AudioSource.isdisjoint(extra):
            raise Unusual("AudioSource.additional_properties")
        for key, value in extra.items():
            if type(key) is not str or not is_json(value):
                raise Unusual("AudioSource.additional_properties")
        out.update(extra)
    return out


def decode_AudioSource(doc: Any) -> models.AudioSource:
    if type(doc) is not dict:
        raise Unusual("AudioSource")
    extra: dict[str, Any] = {}
    if not KEYS_AudioSource.issuperset(doc):
        extra = {key: value for key, value in doc.items() if key not in KEYS_AudioSource}
        for key, value in extra.items():
            if type(key) is not str or not is_json(value):
                raise Unusual("AudioSource.additional_properties")
    get = doc.get
    v_type: Any = get("type")
    if not (type(v_type) is str and v_type in ENUM_AudioSource__type):
        raise Unusual("AudioSource.type")
    v_value: Any = get("value")
    if type(v_value) is not str:
        raise Unusual("AudioSource.value")
    v_mimeType: Any = get("mimeType")
    if v_mimeType is not None:
        if type(v_mimeType) is not str:
            raise Unusual("AudioSource.mimeType")
    elif "mimeType" in doc:
        raise Unusual("AudioSource.mimeType")
    instance: models.AudioSource = new(models.AudioSource)
    instance.type = cast("Literal['url', 'data']", v_type)
    instance.value = v_value
    instance.mimeType = v_mimeType
    instance.additional_properties = extra
    return instance


def encode_BaseSpan(obj: Any) -> dict[str, Any]:
    if type(obj) is not models.BaseSpan:
        raise Unusual("BaseSpan")
    v_span_id: Any = obj.span_id
    if type(v_span_id) is not str:
        raise Unusual("BaseSpan.span_id")
    v_type: Any = obj.type
    if not (type(v_type) is str and v_type in ENUM_SpanType):
        raise Unusual("BaseSpan.type")
    v_timestamps: Any = obj.timestamps
    if type(v_timestamps) is not models.SpanTimestamps:
        raise Unusual("SpanTimestamps")
    v_timestamps__started_at: Any = v_timestamps.started_at
    if not (
        type(v_timestamps__started_at) is int
        or (type(v_timestamps__started_at) is float and v_timestamps__started_at - v_timestamps__started_at == 0.0)
    ):
        raise Unusual("SpanTimestamps.started_at")
    v_timestamps__finished_at: Any = v_timestamps.finished_at
    if not (
        type(v_timestamps__finished_at) is int
        or (type(v_timestamps__finished_at) is float and v_timestamps__finished_at - v_timestamps__finished_at == 0.0)
    ):
        raise Unusual("SpanTimestamps.finished_at")
    o_timestamps: dict[str, Any] = {"started_at": v_timestamps__started_at, "finished_at": v_timestamps__finished_at}
    if v_timestamps.first_token_at is not None:
        v_timestamps__first_token_at: Any = v_timestamps.first_token_at
        if not (
            type(v_timestamps__first_token_at) is int
            or (
                type(v_timestamps__first_token_at) is float
                and v_timestamps__first_token_at - v_timestamps__first_token_at == 0.0
            )
        ):
            raise Unusual("SpanTimestamps.first_token_at")
        o_timestamps["first_token_at"] = v_timestamps__first_token_at
    if v_timestamps.ignore_timestamps_on_write is not None:
        v_timestamps__ignore_timestamps_on_write: Any = v_timestamps.ignore_timestamps_on_write
        if type(v_timestamps__ignore_timestamps_on_write) is not bool:
            raise Unusual("SpanTimestamps.ignore_timestamps_on_write")
        o_timestamps["ignore_timestamps_on_write"] = v_timestamps__ignore_timestamps_on_write
    v_timestamps = o_timestamps
    out: dict[str, Any] = {"span_id": v_span_id, "type": v_type, "timestamps": v_timestamps}
    if obj.parent_id is not None:
        v_parent_id: Any = obj.parent_id
        if type(v_parent_id) is not str:
            raise Unusual("BaseSpan.parent_id")
        out["parent_id"] = v_parent_id
    if obj.trace_id is not None:
        v_trace_id: Any = obj.trace_id
        if type(v_trace_id) is not str:
            raise Unusual("BaseSpan.trace_id")
        out["trace_id"] = v_trace_id
    if obj.name is not None:
        v_name: Any = obj.name
        if type(v_name) is not str:
            raise Unusual("BaseSpan.name")
        out["name"] = v_name
    if obj.input is not None:
        v_input: Any = obj.input
        out["input"] = ENCODERS_SpanInputOutput[type(v_input)](v_input)
    if obj.output is not None:
        v_output: Any = obj.output
        out["output"] = ENCODERS_SpanInputOutput[type(v_output)](v_output)
    if obj.error is not None:
        v_error: Any = obj.error
        if type(v_error) is not models.ErrorCapture:
            raise Unusual("ErrorCapture")
        v_error__message: Any = v_error.message
        if type(v_error__message) is not str:
            raise Unusual("ErrorCapture.message")
        v_error__stacktrace: Any = v_error.stacktrace
        if not (type(v_error__stacktrace) is list and TYPES_str.issuperset(map(type, v_error__stacktrace))):
            raise Unusual("ErrorCapture.stacktrace")
        o_error: dict[str, Any] = {"message": v_error__message, "stacktrace": v_error__stacktrace}
        if v_error.has_error is not None:
            v_error__has_error: Any = v_error.has_error
            if v_error__has_error is not True:
                raise Unusual("ErrorCapture.has_error")
            o_error["has_error"] = v_error__has_error
        out["error"] = o_error
    if obj.metrics is not None:
        v_metrics: Any = obj.metrics
        if type(v_metrics) is not models.SpanMetrics:
            raise Unusual("SpanMetrics")
        o_metrics: dict[str, Any] = {}
        if v_metrics.prompt_tokens is not None:
            v_metrics__prompt_tokens: Any = v_metrics.prompt_tokens
            if not (
                type(v_metrics__prompt_tokens) is int
                or (
                    type(v_metrics__prompt_tokens) is float
                    and v_metrics__prompt_tokens - v_metrics__prompt_tokens == 0.0
                )
            ):
                raise Unusual("SpanMetrics.prompt_tokens")
            o_metrics["prompt_tokens"] = v_metrics__prompt_tokens
        if v_metrics.completion_tokens is not None:
            v_metrics__completion_tokens: Any = v_metrics.completion_tokens
            if not (
                type(v_metrics__completion_tokens) is int
                or (
                    type(v_metrics__completion_tokens) is float
                    and v_metrics__completion_tokens - v_metrics__completion_tokens == 0.0
                )
            ):
                raise Unusual("SpanMetrics.completion_tokens")
            o_metrics["completion_tokens"] = v_metrics__completion_tokens
        if v_metrics.reasoning_tokens is not None:
            v_metrics__reasoning_tokens: Any = v_metrics.reasoning_tokens
            if not (
                type(v_metrics__reasoning_tokens) is int
                or (
                    type(v_metrics__reasoning_tokens) is float
                    and v_metrics__reasoning_tokens - v_metrics__reasoning_tokens == 0.0
                )
            ):
                raise Unusual("SpanMetrics.reasoning_tokens")
            o_metrics["reasoning_tokens"] = v_metrics__reasoning_tokens
        if v_metrics.cache_read_input_tokens is not None:
            v_metrics__cache_read_input_tokens: Any = v_metrics.cache_read_input_tokens
            if not (
                type(v_metrics__cache_read_input_tokens) is int
                or (
                    type(v_metrics__cache_read_input_tokens) is float
                    and v_metrics__cache_read_input_tokens - v_metrics__cache_read_input_tokens == 0.0
                )
            ):
                raise Unusual("SpanMetrics.cache_read_input_tokens")
            o_metrics["cache_read_input_tokens"] = v_metrics__cache_read_input_tokens
        if v_metrics.cache_creation_input_tokens is not None:
            v_metrics__cache_creation_input_tokens: Any = v_metrics.cache_creation_input_tokens
            if not (
                type(v_metrics__cache_creation_input_tokens) is int
                or (
                    type(v_metrics__cache_creation_input_tokens) is float
                    and v_metrics__cache_creation_input_tokens - v_metrics__cache_creation_input_tokens == 0.0
                )
            ):
                raise Unusual("SpanMetrics.cache_creation_input_tokens")
            o_metrics["cache_creation_input_tokens"] = v_metrics__cache_creation_input_tokens
        if v_metrics.cost is not None:
            v_metrics__cost: Any = v_metrics.cost
            if not (
                type(v_metrics__cost) is int
                or (type(v_metrics__cost) is float and v_metrics__cost - v_metrics__cost == 0.0)
            ):
                raise Unusual("SpanMetrics.cost")
            o_metrics["cost"] = v_metrics__cost
        if v_metrics.tokens_estimated is not None:
            v_metrics__tokens_estimated: Any = v_metrics.tokens_estimated
            if type(v_metrics__tokens_estimated) is not bool:
                raise Unusual("SpanMetrics.tokens_estimated")
            o_metrics["tokens_estimated"] = v_metrics__tokens_estimated
        out["metrics"] = o_metrics
    if obj.params is not None:
        v_params: Any = obj.params
        out["params"] = encode_SpanParams(v_params)
    return out


def decode_BaseSpan(doc: Any) -> models.BaseSpan:
    if type(doc) is not dict:
        raise Unusual("BaseSpan")
    if not KEYS_BaseSpan.issuperset(doc):
        raise Unusual("BaseSpan: unknown key")
    get = doc.get
    v_span_id: Any = get("span_id")
    if type(v_span_id) is not str:
        raise Unusual("BaseSpan.span_id")
    v_type: Any = get("type")
    if not (type(v_type) is str and v_type in ENUM_SpanType):
        raise Unusual("BaseSpan.type")
    v_timestamps: Any = get("timestamps")
    if type(v_timestamps) is not dict:
        raise Unusual("SpanTimestamps")
    if not KEYS_SpanTimestamps.issuperset(v_timestamps):
        raise Unusual("SpanTimestamps: unknown key")
    get_timestamps = v_timestamps.get
    v_timestamps__started_at: Any = get_timestamps("started_at")
    if not (
        type(v_timestamps__started_at) is int
        or (type(v_timestamps__started_at) is float and v_timestamps__started_at - v_timestamps__started_at == 0.0)
    ):
        raise Unusual("SpanTimestamps.started_at")
    v_timestamps__finished_at: Any = get_timestamps("finished_at")
    if not (
        type(v_timestamps__finished_at) is int
        or (type(v_timestamps__finished_at) is float and v_timestamps__finished_at - v_timestamps__finished_at == 0.0)
    ):
        raise Unusual("SpanTimestamps.finished_at")
    v_timestamps__first_token_at: Any = get_timestamps("first_token_at")
    if v_timestamps__first_token_at is not None and not (
        type(v_timestamps__first_token_at) is int
        or (
            type(v_timestamps__first_token_at) is float
            and v_timestamps__first_token_at - v_timestamps__first_token_at == 0.0
        )
    ):
        raise Unusual("SpanTimestamps.first_token_at")
    v_timestamps__ignore_timestamps_on_write: Any = get_timestamps("ignore_timestamps_on_write")
    if (
        v_timestamps__ignore_timestamps_on_write is not None
        and type(v_timestamps__ignore_timestamps_on_write) is not bool
    ):
        raise Unusual("SpanTimestamps.ignore_timestamps_on_write")
    m_timestamps: models.SpanTimestamps = new(models.SpanTimestamps)
    m_timestamps.started_at = v_timestamps__started_at
    m_timestamps.finished_at = v_timestamps__finished_at
    m_timestamps.first_token_at = v_timestamps__first_token_at
    m_timestamps.ignore_timestamps_on_write = v_timestamps__ignore_timestamps_on_write
    v_timestamps = m_timestamps
    v_parent_id: Any = get("parent_id")
    if v_parent_id is not None and type(v_parent_id) is not str:
        raise Unusual("BaseSpan.parent_id")
    v_trace_id: Any = get("trace_id")
    if v_trace_id is not None and type(v_trace_id) is not str:
        raise Unusual("BaseSpan.trace_id")
    v_name: Any = get("name")
    if v_name is not None and type(v_name) is not str:
        raise Unusual("BaseSpan.name")
    v_input: Any = get("input")
    if v_input is not None:
        t_v_input: Any = v_input.get("type") if type(v_input) is dict else None
        d_v_input = DECODERS_SpanInputOutput.get(t_v_input) if type(t_v_input) is str else None
        if d_v_input is None:
            raise Unusual("SpanInputOutput: tag")
        v_input = d_v_input(v_input)
    v_output: Any = get("output")
    if v_output is not None:
        t_v_output: Any = v_output.get("type") if type(v_output) is dict else None
        d_v_output = DECODERS_SpanInputOutput.get(t_v_output) if type(t_v_output) is str else None
        if d_v_output is None:
            raise Unusual("SpanInputOutput: tag")
        v_output = d_v_output(v_output)
    v_error: Any = get("error")
    if v_error is not None:
        if type(v_error) is not dict:
            raise Unusual("ErrorCapture")
        if not KEYS_ErrorCapture.issuperset(v_error):
            raise Unusual("ErrorCapture: unknown key")
        get_error = v_error.get
        v_error__message: Any = get_error("message")
        if type(v_error__message) is not str:
            raise Unusual("ErrorCapture.message")
        v_error__stacktrace: Any = get_error("stacktrace")
        if not (type(v_error__stacktrace) is list and TYPES_str.issuperset(map(type, v_error__stacktrace))):
            raise Unusual("ErrorCapture.stacktrace")
        v_error__has_error: Any = get_error("has_error")
        if v_error__has_error is not None:
            if v_error__has_error is not True:
                raise Unusual("ErrorCapture.has_error")
        elif "has_error" in v_error:
            raise Unusual("ErrorCapture.has_error")
        m_error: models.ErrorCapture = new(models.ErrorCapture)
        m_error.message = v_error__message
        m_error.stacktrace = v_error__stacktrace
        m_error.has_error = True
        v_error = m_error
    v_metrics: Any = get("metrics")
    if v_metrics is not None:
        if type(v_metrics) is not dict:
            raise Unusual("SpanMetrics")
        m_metrics: models.SpanMetrics = new(models.SpanMetrics)
        m_metrics.prompt_tokens = None
        m_metrics.completion_tokens = None
        m_metrics.reasoning_tokens = None
        m_metrics.cache_read_input_tokens = None
        m_metrics.cache_creation_input_tokens = None
        m_metrics.cost = None
        m_metrics.tokens_estimated = None
        for k_metrics, x_metrics in v_metrics.items():
            if k_metrics == "prompt_tokens":
                if x_metrics is not None:
                    v_metrics__prompt_tokens: Any = x_metrics
                    if not (
                        type(v_metrics__prompt_tokens) is int
                        or (
                            type(v_metrics__prompt_tokens) is float
                            and v_metrics__prompt_tokens - v_metrics__prompt_tokens == 0.0
                        )
                    ):
                        raise Unusual("SpanMetrics.prompt_tokens")
                    m_metrics.prompt_tokens = v_metrics__prompt_tokens
            elif k_metrics == "completion_tokens":
                if x_metrics is not None:
                    v_metrics__completion_tokens: Any = x_metrics
                    if not (
                        type(v_metrics__completion_tokens) is int
                        or (
                            type(v_metrics__completion_tokens) is float
                            and v_metrics__completion_tokens - v_metrics__completion_tokens == 0.0
                        )
                    ):
                        raise Unusual("SpanMetrics.completion_tokens")
                    m_metrics.completion_tokens = v_metrics__completion_tokens
            elif k_metrics == "reasoning_tokens":
                if x_metrics is not None:
                    v_metrics__reasoning_tokens: Any = x_metrics
                    if not (
                        type(v_metrics__reasoning_tokens) is int
                        or (
                            type(v_metrics__reasoning_tokens) is float
                            and v_metrics__reasoning_tokens - v_metrics__reasoning_tokens == 0.0
                        )
                    ):
                        raise Unusual("SpanMetrics.reasoning_tokens")
                    m_metrics.reasoning_tokens = v_metrics__reasoning_tokens
            elif k_metrics == "cache_read_input_tokens":
                if x_metrics is not None:
                    v_metrics__cache_read_input_tokens: Any = x_metrics
                    if not (
                        type(v_metrics__cache_read_input_tokens) is int
                        or (
                            type(v_metrics__cache_read_input_tokens) is float
                            and v_metrics__cache_read_input_tokens - v_metrics__cache_read_input_tokens == 0.0
                        )
                    ):
                        raise Unusual("SpanMetrics.cache_read_input_tokens")
                    m_metrics.cache_read_input_tokens = v_metrics__cache_read_input_tokens
            elif k_metrics == "cache_creation_input_tokens":
                if x_metrics is not None:
                    v_metrics__cache_creation_input_tokens: Any = x_metrics
                    if not (
                        type(v_metrics__cache_creation_input_tokens) is int
                        or (
                            type(v_metrics__cache_creation_input_tokens) is float
                            and v_metrics__cache_creation_input_tokens - v_metrics__cache_creation_input_tokens == 0.0
                        )
                    ):
                        raise Unusual("SpanMetrics.cache_creation_input_tokens")
                    m_metrics.cache_creation_input_tokens = v_metrics__cache_creation_input_tokens
            elif k_metrics == "cost":
                if x_metrics is not None:
                    v_metrics__cost: Any = x_metrics
                    if not (
                        type(v_metrics__cost) is int
                        or (type(v_metrics__cost) is float and v_metrics__cost - v_metrics__cost == 0.0)
                    ):
                        raise Unusual("SpanMetrics.cost")
                    m_metrics.cost = v_metrics__cost
            elif k_metrics == "tokens_estimated":
                if x_metrics is not None:
                    v_metrics__tokens_estimated: Any = x_metrics
                    if type(v_metrics__tokens_estimated) is not bool:
                        raise Unusual("SpanMetrics.tokens_estimated")
                    m_metrics.tokens_estimated = v_metrics__tokens_estimated
            else:
                raise Unusual("SpanMetrics: unknown key")
        v_metrics = m_metrics
    v_params: Any = get("params")
    if v_params is not None:
        if type(v_params) is not dict:
            raise Unusual("SpanParams")
        m_params: models.SpanParams = new(models.SpanParams)
        m_params.temperature = None
        m_params.top_p = None
        m_params.max_tokens = None
        m_params.n = None
        m_params.seed = None
        m_params.frequency_penalty = None
        m_params.presence_penalty = None
        m_params.logprobs = None
        m_params.top_logprobs = None
        m_params.logit_bias = None
        m_params.stop = None
        m_params.stream = None
        m_params.tools = None
        m_params.functions = None
        m_params.tool_choice = None
        m_params.parallel_tool_calls = None
        m_params.user = None
        m_params.reasoning_effort = None
        extra_params: dict[str, Any] = {}
        for k_params, x_params in v_params.items():
            if k_params == "temperature":
                if x_params is not None:
                    v_params__temperature: Any = x_params
                    if not (
                        type(v_params__temperature) is int
                        or (
                            type(v_params__temperature) is float
                            and v_params__temperature - v_params__temperature == 0.0
                        )
                    ):
                        raise Unusual("SpanParams.temperature")
                    m_params.temperature = v_params__temperature
            elif k_params == "top_p":
                if x_params is not None:
                    v_params__top_p: Any = x_params
                    if not (
                        type(v_params__top_p) is int
                        or (type(v_params__top_p) is float and v_params__top_p - v_params__top_p == 0.0)
                    ):
                        raise Unusual("SpanParams.top_p")
                    m_params.top_p = v_params__top_p
            elif k_params == "max_tokens":
                if x_params is not None:
                    v_params__max_tokens: Any = x_params
                    if not (
                        type(v_params__max_tokens) is int
                        or (type(v_params__max_tokens) is float and v_params__max_tokens - v_params__max_tokens == 0.0)
                    ):
                        raise Unusual("SpanParams.max_tokens")
                    m_params.max_tokens = v_params__max_tokens
            elif k_params == "n":
                if x_params is not None:
                    v_params__n: Any = x_params
                    if not (
                        type(v_params__n) is int or (type(v_params__n) is float and v_params__n - v_params__n == 0.0)
                    ):
                        raise Unusual("SpanParams.n")
                    m_params.n = v_params__n
            elif k_params == "seed":
                if x_params is not None:
                    v_params__seed: Any = x_params
                    if not (
                        type(v_params__seed) is int
                        or (type(v_params__seed) is float and v_params__seed - v_params__seed == 0.0)
                    ):
                        raise Unusual("SpanParams.seed")
                    m_params.seed = v_params__seed
            elif k_params == "frequency_penalty":
                if x_params is not None:
                    v_params__frequency_penalty: Any = x_params
                    if not (
                        type(v_params__frequency_penalty) is int
                        or (
                            type(v_params__frequency_penalty) is float
                            and v_params__frequency_penalty - v_params__frequency_penalty == 0.0
                        )
                    ):
                        raise Unusual("SpanParams.frequency_penalty")
                    m_params.frequency_penalty = v_params__frequency_penalty
            elif k_params == "presence_penalty":
                if x_params is not None:
                    v_params__presence_penalty: Any = x_params
                    if not (
                        type(v_params__presence_penalty) is int
                        or (
                            type(v_params__presence_penalty) is float
                            and v_params__presence_penalty - v_params__presence_penalty == 0.0
                        )
                    ):
                        raise Unusual("SpanParams.presence_penalty")
                    m_params.presence_penalty = v_params__presence_penalty
            elif k_params == "logprobs":
                if x_params is not None:
                    v_params__logprobs: Any = x_params
                    if type(v_params__logprobs) is not bool:
                        raise Unusual("SpanParams.logprobs")
                    m_params.logprobs = v_params__logprobs
            elif k_params == "top_logprobs":
                if x_params is not None:
                    v_params__top_logprobs: Any = x_params
                    if not (
                        type(v_params__top_logprobs) is int
                        or (
                            type(v_params__top_logprobs) is float
                            and v_params__top_logprobs - v_params__top_logprobs == 0.0
                        )
                    ):
                        raise Unusual("SpanParams.top_logprobs")
                    m_params.top_logprobs = v_params__top_logprobs
            elif k_params == "logit_bias":
                if x_params is not None:
                    v_params__logit_bias: Any = x_params
                    if not (
                        type(v_params__logit_bias) is dict
                        and all(
                            type(k0) is str and (type(x0) is int or (type(x0) is float and x0 - x0 == 0.0))
                            for k0, x0 in v_params__logit_bias.items()
                        )
                    ):
                        raise Unusual("SpanParams.logit_bias")
                    m_params.logit_bias = v_params__logit_bias
            elif k_params == "stop":
                if x_params is not None:
                    v_params__stop: Any = x_params
                    if not (
                        type(v_params__stop) is str
                        or (type(v_params__stop) is list and TYPES_str.issuperset(map(type, v_params__stop)))
                    ):
                        raise Unusual("SpanParams.stop")
                    m_params.stop = v_params__stop
            elif k_params == "stream":
                if x_params is not None:
                    v_params__stream: Any = x_params
                    if type(v_params__stream) is not bool:
                        raise Unusual("SpanParams.stream")
                    m_params.stream = v_params__stream
            elif k_params == "tools":
                if x_params is not None:
                    v_params__tools: Any = x_params
                    if not (
                        type(v_params__tools) is list
                        and all((type(i0) is dict and is_json(i0)) for i0 in v_params__tools)
                    ):
                        raise Unusual("SpanParams.tools")
                    m_params.tools = v_params__tools
            elif k_params == "functions":
                if x_params is not None:
                    v_params__functions: Any = x_params
                    if not (
                        type(v_params__functions) is list
                        and all((type(i0) is dict and is_json(i0)) for i0 in v_params__functions)
                    ):
                        raise Unusual("SpanParams.functions")
                    m_params.functions = v_params__functions
            elif k_params == "tool_choice":
                if x_params is not None:
                    v_params__tool_choice: Any = x_params
                    if not (
                        type(v_params__tool_choice) is str
                        or (type(v_params__tool_choice) is dict and is_json(v_params__tool_choice))
                    ):
                        raise Unusual("SpanParams.tool_choice")
                    m_params.tool_choice = v_params__tool_choice
            elif k_params == "parallel_tool_calls":
                if x_params is not None:
                    v_params__parallel_tool_calls: Any = x_params
                    if type(v_params__parallel_tool_calls) is not bool:
                        raise Unusual("SpanParams.parallel_tool_calls")
                    m_params.parallel_tool_calls = v_params__parallel_tool_calls
            elif k_params == "user":
                if x_params is not None:
                    v_params__user: Any = x_params
                    if type(v_params__user) is not str:
                        raise Unusual("SpanParams.user")
                    m_params.user = v_params__user
            elif k_params == "reasoning_effort":
                if x_params is not None:
                    v_params__reasoning_effort: Any = x_params
                    if type(v_params__reasoning_effort) is not str:
                        raise Unusual("SpanParams.reasoning_effort")
                    m_params.reasoning_effort = v_params__reasoning_effort
            else:
                if type(k_params) is not str or not is_json(x_params):
                    raise Unusual("SpanParams.additional_properties")
                extra_params[k_params] = x_params
        m_params.additional_properties = extra_params
        v_params = m_params
    instance: models.BaseSpan = new(models.BaseSpan)
    instance.span_id = v_span_id
    instance.type = cast("models.SpanType", v_type)
    instance.timestamps = v_timestamps
    instance.parent_id = v_parent_id
    instance.trace_id = v_trace_id
    instance.name = v_name
    instance.input = v_input
    instance.output = v_output
    instance.error = v_error
    instance.metrics = v_metrics
    instance.params = v_params
    return instance


def encode_BinaryContentPart(obj: Any) -> dict[str, Any]:
    if type(obj) is not models.BinaryContentPart:
        raise Unusual("BinaryContentPart")
    v_type: Any = obj.type
    if not (v_type == "binary" and type(v_type) is str):
        raise Unusual("BinaryContentPart.type")
    v_mimeType: Any = obj.mimeType
    if type(v_mimeType) is not str:
        raise Unusual("BinaryContentPart.mimeType")
    out: dict[str, Any] = {"type": v_type, "mimeType": v_mimeType}
    if obj.data is not None:
        v_data: Any = obj.data
        if type(v_data) is not str:
            raise Unusual("BinaryContentPart.data")
        out["data"] = v_data
    if obj.url is not None:
        v_url: Any = obj.url
        if type(v_url) is not str:
            raise Unusual("BinaryContentPart.url")
        out["url"] = v_url
    if obj.id is not None:
        v_id: Any = obj.id
        if type(v_id) is not str:
            raise Unusual("BinaryContentPart.id")
        out["id"] = v_id
    if obj.filename is not None:
        v_filename: Any = obj.filename
        if type(v_filename) is not str:
            raise Unusual("BinaryContentPart.filename")
        out["filename"] = v_filename
    extra = obj.additional_properties
    if extra:
        if type(extra) is not dict or not KEYS_BinaryContentPart.isdisjoint(extra):
            raise Unusual("BinaryContentPart.additional_properties")
        for key, value in extra.items():
            if type(key) is not str or not is_json(value):
                raise Unusual("BinaryContentPart.additional_properties")
        out.update(extra)
    return out


def decode_BinaryContentPart(doc: Any) -> models.BinaryContentPart:
    if type(doc) is not dict:
        raise Unusual("BinaryContentPart")
    extra: dict[str, Any] = {}
    if not KEYS_BinaryContentPart.issuperset(doc):
        extra = {key: value for key, value in doc.items() if key not in KEYS_BinaryContentPart}
        for key, value in extra.items():
            if type(key) is not str or not is_json(value):
                raise Unusual("BinaryContentPart.additional_properties")
    get = doc.get
    v_type: Any = get("type")
    if not (v_type == "binary" and type(v_type) is str):
        raise Unusual("BinaryContentPart.type")
    v_mimeType: Any = get("mimeType")
    if type(v_mimeType) is not str:
        raise Unusual("BinaryContentPart.mimeType")
    v_data: Any = get("data")
    if v_data is not None:
        if type(v_data) is not str:
            raise Unusual("BinaryContentPart.data")
    elif "data" in doc:
        raise Unusual("BinaryContentPart.data")
    v_url: Any = get("url")
    if v_url is not None:
        if type(v_url) is not str:
            raise Unusual("BinaryContentPart.url")
    elif "url" in doc:
        raise Unusual("BinaryContentPart.url")
    v_id: Any = get("id")
    if v_id is not None:
        if type(v_id) is not str:
            raise Unusual("BinaryContentPart.id")
    elif "id" in doc:
        raise Unusual("BinaryContentPart.id")
    v_filename: Any = get("filename")
    if v_filename is not None:
        if type(v_filename) is not str:
            raise Unusual("BinaryContentPart.filename")
    elif "filename" in doc:
        raise Unusual("BinaryContentPart.filename")
    instance: models.BinaryContentPart = new(models.BinaryContentPart)
    instance.type = "binary"
    instance.mimeType = v_mimeType
    instance.data = v_data
    instance.url = v_url
    instance.id = v_id
    instance.filename = v_filename
    instance.additional_properties = extra
    return instance


def encode_ChatMessage(obj: Any) -> dict[str, Any]:
    if type(obj) is not models.ChatMessage:
        raise Unusual("ChatMessage")
    out: dict[str, Any] = {}
    if obj.role is not None:
        v_role: Any = obj.role
        if not (type(v_role) is str and v_role in ENUM_ChatRole):
            raise Unusual("ChatMessage.role")
        out["role"] = v_role
    if obj.content is not None:
        v_content: Any = obj.content
        o_content: Any
        if type(v_content) is str:
            o_content = v_content
        elif type(v_content) is list:
            o_content = []
            for item in v_content:
                o_content.append(ENCODERS_ChatRichContent[type(item)](item))
        else:
            raise Unusual("ChatMessage.content")
        out["content"] = o_content
    if obj.parts is not None:
        v_parts: Any = obj.parts
        if type(v_parts) is not list:
            raise Unusual("ChatMessage.parts")
        o_parts: list[Any] = []
        for item in v_parts:
            o_parts.append(ENCODERS_ChatRichContent[type(item)](item))
        out["parts"] = o_parts
    if obj.function_call is not None:
        v_function_call: Any = obj.function_call
        out["function_call"] = encode_FunctionCall(v_function_call)
    if obj.tool_calls is not None:
        v_tool_calls: Any = obj.tool_calls
        if type(v_tool_calls) is not list:
            raise Unusual("ChatMessage.tool_calls")
        o_tool_calls: list[Any] = []
        for item in v_tool_calls:
            o_tool_calls.append(encode_ToolCall(item))
        out["tool_calls"] = o_tool_calls
    if obj.tool_call_id is not None:
        v_tool_call_id: Any = obj.tool_call_id
        if type(v_tool_call_id) is not str:
            raise Unusual("ChatMessage.tool_call_id")
        out["tool_call_id"] = v_tool_call_id
    if obj.name is not None:
        v_name: Any = obj.name
        if type(v_name) is not str:
            raise Unusual("ChatMessage.name")
        out["name"] = v_name
    if obj.reasoning_content is not None:
        v_reasoning_content: Any = obj.reasoning_content
        if type(v_reasoning_content) is not str:
            raise Unusual("ChatMessage.reasoning_content")
        out["reasoning_content"] = v_reasoning_content
    extra = obj.additional_properties
    if extra:
        if type(extra) is not dict or not KEYS_ChatMessage.isdisjoint(extra):
            raise Unusual("ChatMessage.additional_properties")
        for key, value in extra.items():
            if type(key) is not str or not is_json(value):
                raise Unusual("ChatMessage.additional_properties")
        out.update(extra)
    return out


def decode_ChatMessage(doc: Any) -> models.ChatMessage:
    if type(doc) is not dict:
        raise Unusual("ChatMessage")
    instance: models.ChatMessage = new(models.ChatMessage)
    instance.role = None
    instance.content = None
    instance.parts = None
    instance.function_call = None
    instance.tool_calls = None
    instance.tool_call_id = None
    instance.name = None
    instance.reasoning_content = None
    extra: dict[str, Any] = {}
    for key, value in doc.items():
        if key == "role":
            if value is None:
                raise Unusual("ChatMessage.role")
            v_role: Any = value
            if not (type(v_role) is str and v_role in ENUM_ChatRole):
                raise Unusual("ChatMessage.role")
            instance.role = value
        elif key == "content":
            if value is not None:
                v_content: Any = value
                c_v_content: Any
                if type(v_content) is list:
                    c_v_content = [decode_ChatRichContent(item) for item in v_content]
                elif type(v_content) is str:
                    c_v_content = v_content
                else:
                    raise Unusual("ChatMessage.content")
                v_content = c_v_content
                instance.content = v_content
        elif key == "parts":
            if value is None:
                raise Unusual("ChatMessage.parts")
            v_parts: Any = value
            if type(v_parts) is not list:
                raise Unusual("ChatMessage.parts")
            o_parts: list[Any] = []
            for item_parts in v_parts:
                if type(item_parts) is not dict:
                    raise Unusual("ChatRichContent")
                tag_item_parts = item_parts.get("type")
                if tag_item_parts == "text":
                    o_parts.append(decode_TextContentPart(item_parts))
                elif "text" in item_parts:
                    o_parts.append(decode_UntypedTextContentPart(item_parts))
                elif tag_item_parts == "image_url":
                    o_parts.append(decode_ImageUrlContentPart(item_parts))
                elif tag_item_parts == "tool_call":
                    o_parts.append(decode_ToolCallContentPart(item_parts))
                elif tag_item_parts == "tool_result":
                    o_parts.append(decode_ToolResultContentPart(item_parts))
                elif tag_item_parts == "binary" and "mimeType" in item_parts:
                    o_parts.append(decode_BinaryContentPart(item_parts))
                elif tag_item_parts == "input_audio" and "input_audio" in item_parts:
                    o_parts.append(decode_InputAudioContentPart(item_parts))
                elif tag_item_parts == "audio" and "source" in item_parts:
                    o_parts.append(decode_AudioContentPart(item_parts))
                elif tag_item_parts == "image" and "image" in item_parts:
                    o_parts.append(decode_ImageContentPart(item_parts))
                elif tag_item_parts == "file" and "mediaType" in item_parts:
                    o_parts.append(decode_FileContentPart(item_parts))
                elif tag_item_parts == "file" and "file" in item_parts:
                    o_parts.append(decode_FileReferenceContentPart(item_parts))
                else:
                    raise Unusual("ChatRichContent: no member fits")
            v_parts = o_parts
            instance.parts = v_parts
        elif key == "function_call":
            if value is not None:
                v_function_call: Any = value
                if type(v_function_call) is not dict:
                    raise Unusual("FunctionCall")
                extra_function_call: dict[str, Any] = {}
                if not KEYS_FunctionCall.issuperset(v_function_call):
                    extra_function_call = {
                        k_function_call: x_function_call
                        for k_function_call, x_function_call in v_function_call.items()
                        if k_function_call not in KEYS_FunctionCall
                    }
                    for k_function_call, x_function_call in extra_function_call.items():
                        if type(k_function_call) is not str or not is_json(x_function_call):
                            raise Unusual("FunctionCall.additional_properties")
                get_function_call = v_function_call.get
                v_function_call__name: Any = get_function_call("name")
                if v_function_call__name is not None:
                    if type(v_function_call__name) is not str:
                        raise Unusual("FunctionCall.name")
                elif "name" in v_function_call:
                    raise Unusual("FunctionCall.name")
                v_function_call__arguments: Any = get_function_call("arguments")
                if v_function_call__arguments is not None:
                    if type(v_function_call__arguments) is not str:
                        raise Unusual("FunctionCall.arguments")
                elif "arguments" in v_function_call:
                    raise Unusual("FunctionCall.arguments")
                m_function_call: models.FunctionCall = new(models.FunctionCall)
                m_function_call.name = v_function_call__name
                m_function_call.arguments = v_function_call__arguments
                m_function_call.additional_properties = extra_function_call
                v_function_call = m_function_call
                instance.function_call = v_function_call
        elif key == "tool_calls":
            if value is not None:
                v_tool_calls: Any = value
                if type(v_tool_calls) is not list:
                    raise Unusual("ChatMessage.tool_calls")
                o_tool_calls: list[Any] = []
                for item_tool_calls in v_tool_calls:
                    if type(item_tool_calls) is not dict:
                        raise Unusual("ToolCall")
                    extra_tool_calls: dict[str, Any] = {}
                    if not KEYS_ToolCall.issuperset(item_tool_calls):
                        extra_tool_calls = {
                            k_tool_calls: x_tool_calls
                            for k_tool_calls, x_tool_calls in item_tool_calls.items()
                            if k_tool_calls not in KEYS_ToolCall
                        }
                        for k_tool_calls, x_tool_calls in extra_tool_calls.items():
                            if type(k_tool_calls) is not str or not is_json(x_tool_calls):
                                raise Unusual("ToolCall.additional_properties")
                    get_tool_calls = item_tool_calls.get
                    v_tool_calls__id: Any = get_tool_calls("id")
                    if type(v_tool_calls__id) is not str:
                        raise Unusual("ToolCall.id")
                    v_tool_calls__type: Any = get_tool_calls("type")
                    if type(v_tool_calls__type) is not str:
                        raise Unusual("ToolCall.type")
                    v_tool_calls__function: Any = get_tool_calls("function")
                    v_tool_calls__function = decode_FunctionCall(v_tool_calls__function)
                    m_tool_calls: models.ToolCall = new(models.ToolCall)
                    m_tool_calls.id = v_tool_calls__id
                    m_tool_calls.type = v_tool_calls__type
                    m_tool_calls.function = v_tool_calls__function
                    m_tool_calls.additional_properties = extra_tool_calls
                    o_tool_calls.append(m_tool_calls)
                v_tool_calls = o_tool_calls
                instance.tool_calls = v_tool_calls
        elif key == "tool_call_id":
            if value is not None:
                v_tool_call_id: Any = value
                if type(v_tool_call_id) is not str:
                    raise Unusual("ChatMessage.tool_call_id")
                instance.tool_call_id = v_tool_call_id
        elif key == "name":
            if value is not None:
                v_name: Any = value
                if type(v_name) is not str:
                    raise Unusual("ChatMessage.name")
                instance.name = v_name
        elif key == "reasoning_content":
            if value is not None:
                v_reasoning_content: Any = value
                if type(v_reasoning_content) is not str:
                    raise Unusual("ChatMessage.reasoning_content")
                instance.reasoning_content = v_reasoning_content
        else:
            if type(key) is not str or not is_json(value):
                raise Unusual("ChatMessage.additional_properties")
            extra[key] = value
    instance.additional_properties = extra
    return instance


def encode_CollectorRequest(obj: Any) -> dict[str, Any]:
    if type(obj) is not models.CollectorRequest:
        raise Unusual("CollectorRequest")
    out: dict[str, Any] = {}
    if obj.trace_id is not None:
        v_trace_id: Any = obj.trace_id
        if type(v_trace_id) is not str:
            raise Unusual("CollectorRequest.trace_id")
        out["trace_id"] = v_trace_id
    if obj.spans is not None:
        v_spans: Any = obj.spans
        if type(v_spans) is not list:
            raise Unusual("CollectorRequest.spans")
        o_spans: list[Any] = []
        for item in v_spans:
            o_spans.append(ENCODERS_Span[type(item)](item))
        out["spans"] = o_spans
    if obj.metadata is not None:
        v_metadata: Any = obj.metadata
        out["metadata"] = encode_TraceMetadata(v_metadata)
    if obj.expected_output is not None:
        v_expected_output: Any = obj.expected_output
        if type(v_expected_output) is not str:
            raise Unusual("CollectorRequest.expected_output")
        out["expected_output"] = v_expected_output
    if obj.evaluations is not None:
        v_evaluations: Any = obj.evaluations
        if type(v_evaluations) is not list:
            raise Unusual("CollectorRequest.evaluations")
        o_evaluations: list[Any] = []
        for item in v_evaluations:
            o_evaluations.append(encode_RESTEvaluation(item))
        out["evaluations"] = o_evaluations
    return out


def decode_CollectorRequest(doc: Any) -> models.CollectorRequest:
    if type(doc) is not dict:
        raise Unusual("CollectorRequest")
    if not KEYS_CollectorRequest.issuperset(doc):
        raise Unusual("CollectorRequest: unknown key")
    get = doc.get
    v_trace_id: Any = get("trace_id")
    if v_trace_id is not None and type(v_trace_id) is not str:
        raise Unusual("CollectorRequest.trace_id")
    v_spans: Any = get("spans")
    if v_spans is not None:
        if type(v_spans) is not list:
            raise Unusual("CollectorRequest.spans")
        o_spans: list[Any] = []
        for item_spans in v_spans:
            if type(item_spans) is not dict:
                raise Unusual("Span")
            tag_item_spans = item_spans.get("type")
            if tag_item_spans == "llm" and "span_id" in item_spans and "timestamps" in item_spans:
                o_spans.append(decode_LLMSpan(item_spans))
            elif (
                tag_item_spans == "rag"
                and "contexts" in item_spans
                and "span_id" in item_spans
                and "timestamps" in item_spans
            ):
                o_spans.append(decode_RAGSpan(item_spans))
            elif "span_id" in item_spans and "timestamps" in item_spans and "type" in item_spans:
                o_spans.append(decode_BaseSpan(item_spans))
            else:
                raise Unusual("Span: no member fits")
        v_spans = o_spans
    v_metadata: Any = get("metadata")
    if v_metadata is not None:
        if type(v_metadata) is not dict:
            raise Unusual("TraceMetadata")
        m_metadata: models.TraceMetadata = new(models.TraceMetadata)
        m_metadata.user_id = None
        m_metadata.thread_id = None
        m_metadata.customer_id = None
        m_metadata.labels = None
        m_metadata.topic_id = None
        m_metadata.subtopic_id = None
        m_metadata.sdk_name = None
        m_metadata.sdk_version = None
        m_metadata.sdk_language = None
        m_metadata.telemetry_sdk_language = None
        m_metadata.telemetry_sdk_name = None
        m_metadata.telemetry_sdk_version = None
        m_metadata.prompt_ids = None
        m_metadata.prompt_version_ids = None
        extra_metadata: dict[str, Any] = {}
        for k_metadata, x_metadata in v_metadata.items():
            if k_metadata == "user_id":
                if x_metadata is not None:
                    v_metadata__user_id: Any = x_metadata
                    if type(v_metadata__user_id) is not str:
                        raise Unusual("TraceMetadata.user_id")
                    m_metadata.user_id = v_metadata__user_id
            elif k_metadata == "thread_id":
                if x_metadata is not None:
                    v_metadata__thread_id: Any = x_metadata
                    if type(v_metadata__thread_id) is not str:
                        raise Unusual("TraceMetadata.thread_id")
                    m_metadata.thread_id = v_metadata__thread_id
            elif k_metadata == "customer_id":
                if x_metadata is not None:
                    v_metadata__customer_id: Any = x_metadata
                    if type(v_metadata__customer_id) is not str:
                        raise Unusual("TraceMetadata.customer_id")
                    m_metadata.customer_id = v_metadata__customer_id
            elif k_metadata == "labels":
                if x_metadata is not None:
                    v_metadata__labels: Any = x_metadata
                    if not fits_NullableStringList(v_metadata__labels):
                        raise Unusual("TraceMetadata.labels")
                    m_metadata.labels = v_metadata__labels
            elif k_metadata == "topic_id":
                if x_metadata is not None:
                    v_metadata__topic_id: Any = x_metadata
                    if type(v_metadata__topic_id) is not str:
                        raise Unusual("TraceMetadata.topic_id")
                    m_metadata.topic_id = v_metadata__topic_id
            elif k_metadata == "subtopic_id":
                if x_metadata is not None:
                    v_metadata__subtopic_id: Any = x_metadata
                    if type(v_metadata__subtopic_id) is not str:
                        raise Unusual("TraceMetadata.subtopic_id")
                    m_metadata.subtopic_id = v_metadata__subtopic_id
            elif k_metadata == "sdk_name":
                if x_metadata is not None:
                    v_metadata__sdk_name: Any = x_metadata
                    if type(v_metadata__sdk_name) is not str:
                        raise Unusual("TraceMetadata.sdk_name")
                    m_metadata.sdk_name = v_metadata__sdk_name
            elif k_metadata == "sdk_version":
                if x_metadata is not None:
                    v_metadata__sdk_version: Any = x_metadata
                    if type(v_metadata__sdk_version) is not str:
                        raise Unusual("TraceMetadata.sdk_version")
                    m_metadata.sdk_version = v_metadata__sdk_version
            elif k_metadata == "sdk_language":
                if x_metadata is not None:
                    v_metadata__sdk_language: Any = x_metadata
                    if type(v_metadata__sdk_language) is not str:
                        raise Unusual("TraceMetadata.sdk_language")
                    m_metadata.sdk_language = v_metadata__sdk_language
            elif k_metadata == "telemetry_sdk_language":
                if x_metadata is not None:
                    v_metadata__telemetry_sdk_language: Any = x_metadata
                    if type(v_metadata__telemetry_sdk_language) is not str:
                        raise Unusual("TraceMetadata.telemetry_sdk_language")
                    m_metadata.telemetry_sdk_language = v_metadata__telemetry_sdk_language
            elif k_metadata == "telemetry_sdk_name":
                if x_metadata is not None:
                    v_metadata__telemetry_sdk_name: Any = x_metadata
                    if type(v_metadata__telemetry_sdk_name) is not str:
                        raise Unusual("TraceMetadata.telemetry_sdk_name")
                    m_metadata.telemetry_sdk_name = v_metadata__telemetry_sdk_name
            elif k_metadata == "telemetry_sdk_version":
                if x_metadata is not None:
                    v_metadata__telemetry_sdk_version: Any = x_metadata
                    if type(v_metadata__telemetry_sdk_version) is not str:
                        raise Unusual("TraceMetadata.telemetry_sdk_version")
                    m_metadata.telemetry_sdk_version = v_metadata__telemetry_sdk_version
            elif k_metadata == "prompt_ids":
                if x_metadata is not None:
                    v_metadata__prompt_ids: Any = x_metadata
                    if not fits_NullableStringList(v_metadata__prompt_ids):
                        raise Unusual("TraceMetadata.prompt_ids")
                    m_metadata.prompt_ids = v_metadata__prompt_ids
            elif k_metadata == "prompt_version_ids":
                if x_metadata is not None:
                    v_metadata__prompt_version_ids: Any = x_metadata
                    if not fits_NullableStringList(v_metadata__prompt_version_ids):
                        raise Unusual("TraceMetadata.prompt_version_ids")
                    m_metadata.prompt_version_ids = v_metadata__prompt_version_ids
            else:
                if type(k_metadata) is not str or not fits_CustomMetadataValue(x_metadata):
                    raise Unusual("TraceMetadata.additional_properties")
                extra_metadata[k_metadata] = x_metadata
        m_metadata.additional_properties = extra_metadata
        v_metadata = m_metadata
    v_expected_output: Any = get("expected_output")
    if v_expected_output is not None and type(v_expected_output) is not str:
        raise Unusual("CollectorRequest.expected_output")
    v_evaluations: Any = get("evaluations")
    if v_evaluations is not None:
        if type(v_evaluations) is not list:
            raise Unusual("CollectorRequest.evaluations")
        o_evaluations: list[Any] = []
        for item_evaluations in v_evaluations:
            if type(item_evaluations) is not dict:
                raise Unusual("RESTEvaluation")
            if not KEYS_RESTEvaluation.issuperset(item_evaluations):
                raise Unusual("RESTEvaluation: unknown key")
            get_evaluations = item_evaluations.get
            v_evaluations__name: Any = get_evaluations("name")
            if type(v_evaluations__name) is not str:
                raise Unusual("RESTEvaluation.name")
            v_evaluations__evaluation_id: Any = get_evaluations("evaluation_id")
            if v_evaluations__evaluation_id is not None and type(v_evaluations__evaluation_id) is not str:
                raise Unusual("RESTEvaluation.evaluation_id")
            v_evaluations__evaluator_id: Any = get_evaluations("evaluator_id")
            if v_evaluations__evaluator_id is not None and type(v_evaluations__evaluator_id) is not str:
                raise Unusual("RESTEvaluation.evaluator_id")
            v_evaluations__span_id: Any = get_evaluations("span_id")
            if v_evaluations__span_id is not None and type(v_evaluations__span_id) is not str:
                raise Unusual("RESTEvaluation.span_id")
            v_evaluations__type: Any = get_evaluations("type")
            if v_evaluations__type is not None and type(v_evaluations__type) is not str:
                raise Unusual("RESTEvaluation.type")
            v_evaluations__is_guardrail: Any = get_evaluations("is_guardrail")
            if v_evaluations__is_guardrail is not None and type(v_evaluations__is_guardrail) is not bool:
                raise Unusual("RESTEvaluation.is_guardrail")
            v_evaluations__evaluation_thread_id: Any = get_evaluations("evaluation_thread_id")
            if v_evaluations__evaluation_thread_id is not None and type(v_evaluations__evaluation_thread_id) is not str:
                raise Unusual("RESTEvaluation.evaluation_thread_id")
            v_evaluations__status: Any = get_evaluations("status")
            if v_evaluations__status is not None and not (
                type(v_evaluations__status) is str and v_evaluations__status in ENUM_EvaluationStatus
            ):
                raise Unusual("RESTEvaluation.status")
            v_evaluations__passed: Any = get_evaluations("passed")
            if v_evaluations__passed is not None and type(v_evaluations__passed) is not bool:
                raise Unusual("RESTEvaluation.passed")
            v_evaluations__score: Any = get_evaluations("score")
            if v_evaluations__score is not None and not (
                type(v_evaluations__score) is int
                or (type(v_evaluations__score) is float and v_evaluations__score - v_evaluations__score == 0.0)
            ):
                raise Unusual("RESTEvaluation.score")
            v_evaluations__label: Any = get_evaluations("label")
            if v_evaluations__label is not None and type(v_evaluations__label) is not str:
                raise Unusual("RESTEvaluation.label")
            v_evaluations__details: Any = get_evaluations("details")
            if v_evaluations__details is not None and type(v_evaluations__details) is not str:
                raise Unusual("RESTEvaluation.details")
            v_evaluations__inputs: Any = get_evaluations("inputs")
            if v_evaluations__inputs is not None and not (
                type(v_evaluations__inputs) is dict and is_json(v_evaluations__inputs)
            ):
                raise Unusual("RESTEvaluation.inputs")
            v_evaluations__error: Any = get_evaluations("error")
            if v_evaluations__error is not None:
                v_evaluations__error = decode_ErrorCapture(v_evaluations__error)
            v_evaluations__timestamps: Any = get_evaluations("timestamps")
            if v_evaluations__timestamps is not None:
                v_evaluations__timestamps = decode_EvaluationTimestamps(v_evaluations__timestamps)
            m_evaluations: models.RESTEvaluation = new(models.RESTEvaluation)
            m_evaluations.name = v_evaluations__name
            m_evaluations.evaluation_id = v_evaluations__evaluation_id
            m_evaluations.evaluator_id = v_evaluations__evaluator_id
            m_evaluations.span_id = v_evaluations__span_id
            m_evaluations.type = v_evaluations__type
            m_evaluations.is_guardrail = v_evaluations__is_guardrail
            m_evaluations.evaluation_thread_id = v_evaluations__evaluation_thread_id
            m_evaluations.status = cast("models.EvaluationStatus | None", v_evaluations__status)
            m_evaluations.passed = v_evaluations__passed
            m_evaluations.score = v_evaluations__score
            m_evaluations.label = v_evaluations__label
            m_evaluations.details = v_evaluations__details
            m_evaluations.inputs = v_evaluations__inputs
            m_evaluations.error = v_evaluations__error
            m_evaluations.timestamps = v_evaluations__timestamps
            o_evaluations.append(m_evaluations)
        v_evaluations = o_evaluations
    elif "evaluations" in doc:
        raise Unusual("CollectorRequest.evaluations")
    instance: models.CollectorRequest = new(models.CollectorRequest)
    instance.trace_id = v_trace_id
    instance.spans = v_spans
    instance.metadata = v_metadata
    instance.expected_output = v_expected_output
    instance.evaluations = v_evaluations
    return instance


def encode_CollectorResponse(obj: Any) -> dict[str, Any]:
    if type(obj) is not models.CollectorResponse:
        raise Unusual("CollectorResponse")
    v_message: Any = obj.message
    if type(v_message) is not str:
        raise Unusual("CollectorResponse.message")
    out: dict[str, Any] = {"message": v_message}
    if obj.partialSuccess is not None:
        v_partialSuccess: Any = obj.partialSuccess
        if type(v_partialSuccess) is not models.PartialSuccess:
            raise Unusual("PartialSuccess")
        o_partialSuccess: dict[str, Any] = {}
        if v_partialSuccess.rejectedSpans is not None:
            v_partialSuccess__rejectedSpans: Any = v_partialSuccess.rejectedSpans
            if type(v_partialSuccess__rejectedSpans) is not int:
                raise Unusual("PartialSuccess.rejectedSpans")
            o_partialSuccess["rejectedSpans"] = v_partialSuccess__rejectedSpans
        if v_partialSuccess.rejectedEvaluations is not None:
            v_partialSuccess__rejectedEvaluations: Any = v_partialSuccess.rejectedEvaluations
            if type(v_partialSuccess__rejectedEvaluations) is not int:
                raise Unusual("PartialSuccess.rejectedEvaluations")
            o_partialSuccess["rejectedEvaluations"] = v_partialSuccess__rejectedEvaluations
        if v_partialSuccess.errorMessage is not None:
            v_partialSuccess__errorMessage: Any = v_partialSuccess.errorMessage
            if type(v_partialSuccess__errorMessage) is not str:
                raise Unusual("PartialSuccess.errorMessage")
            o_partialSuccess["errorMessage"] = v_partialSuccess__errorMessage
        out["partialSuccess"] = o_partialSuccess
    return out


def decode_CollectorResponse(doc: Any) -> models.CollectorResponse:
    if type(doc) is not dict:
        raise Unusual("CollectorResponse")
    if not KEYS_CollectorResponse.issuperset(doc):
        raise Unusual("CollectorResponse: unknown key")
    get = doc.get
    v_message: Any = get("message")
    if type(v_message) is not str:
        raise Unusual("CollectorResponse.message")
    v_partialSuccess: Any = get("partialSuccess")
    if v_partialSuccess is not None:
        if type(v_partialSuccess) is not dict:
            raise Unusual("PartialSuccess")
        if not KEYS_PartialSuccess.issuperset(v_partialSuccess):
            raise Unusual("PartialSuccess: unknown key")
        get_partialSuccess = v_partialSuccess.get
        v_partialSuccess__rejectedSpans: Any = get_partialSuccess("rejectedSpans")
        if v_partialSuccess__rejectedSpans is not None:
            if type(v_partialSuccess__rejectedSpans) is not int:
                raise Unusual("PartialSuccess.rejectedSpans")
        elif "rejectedSpans" in v_partialSuccess:
            raise Unusual("PartialSuccess.rejectedSpans")
        v_partialSuccess__rejectedEvaluations: Any = get_partialSuccess("rejectedEvaluations")
        if v_partialSuccess__rejectedEvaluations is not None:
            if type(v_partialSuccess__rejectedEvaluations) is not int:
                raise Unusual("PartialSuccess.rejectedEvaluations")
        elif "rejectedEvaluations" in v_partialSuccess:
            raise Unusual("PartialSuccess.rejectedEvaluations")
        v_partialSuccess__errorMessage: Any = get_partialSuccess("errorMessage")
        if v_partialSuccess__errorMessage is not None:
            if type(v_partialSuccess__errorMessage) is not str:
                raise Unusual("PartialSuccess.errorMessage")
        elif "errorMessage" in v_partialSuccess:
            raise Unusual("PartialSuccess.errorMessage")
        m_partialSuccess: models.PartialSuccess = new(models.PartialSuccess)
        m_partialSuccess.rejectedSpans = v_partialSuccess__rejectedSpans
        m_partialSuccess.rejectedEvaluations = v_partialSuccess__rejectedEvaluations
        m_partialSuccess.errorMessage = v_partialSuccess__errorMessage
        v_partialSuccess = m_partialSuccess
    elif "partialSuccess" in doc:
        raise Unusual("CollectorResponse.partialSuccess")
    instance: models.CollectorResponse = new(models.CollectorResponse)
    instance.message = v_message
    instance.partialSuccess = v_partialSuccess
    return instance


def encode_ErrorCapture(obj: Any) -> dict[str, Any]:
    if type(obj) is not models.ErrorCapture:
        raise Unusual("ErrorCapture")
    v_message: Any = obj.message
    if type(v_message) is not str:
        raise Unusual("ErrorCapture.message")
    v_stacktrace: Any = obj.stacktrace
    if not (type(v_stacktrace) is list and TYPES_str.issuperset(map(type, v_stacktrace))):
        raise Unusual("ErrorCapture.stacktrace")
    out: dict[str, Any] = {"message": v_message, "stacktrace": v_stacktrace}
    if obj.has_error is not None:
        v_has_error: Any = obj.has_error
        if v_has_error is not True:
            raise Unusual("ErrorCapture.has_error")
        out["has_error"] = v_has_error
    return out


def decode_ErrorCapture(doc: Any) -> models.ErrorCapture:
    if type(doc) is not dict:
        raise Unusual("ErrorCapture")
    if not KEYS_ErrorCapture.issuperset(doc):
        raise Unusual("ErrorCapture: unknown key")
    get = doc.get
    v_message: Any = get("message")
    if type(v_message) is not str:
        raise Unusual("ErrorCapture.message")
    v_stacktrace: Any = get("stacktrace")
    if not (type(v_stacktrace) is list and TYPES_str.issuperset(map(type, v_stacktrace))):
        raise Unusual("ErrorCapture.stacktrace")
    v_has_error: Any = get("has_error")
    if v_has_error is not None:
        if v_has_error is not True:
            raise Unusual("ErrorCapture.has_error")
    elif "has_error" in doc:
        raise Unusual("ErrorCapture.has_error")
    instance: models.ErrorCapture = new(models.ErrorCapture)
    instance.message = v_message
    instance.stacktrace = v_stacktrace
    instance.has_error = True
    return instance


def encode_ErrorResponse(obj: Any) -> dict[str, Any]:
    if type(obj) is not models.ErrorResponse:
        raise Unusual("ErrorResponse")
    out: dict[str, Any] = {}
    if obj.message is not None:
        v_message: Any = obj.message
        if type(v_message) is not str:
            raise Unusual("ErrorResponse.message")
        out["message"] = v_message
    if obj.error is not None:
        v_error: Any = obj.error
        if type(v_error) is not str:
            raise Unusual("ErrorResponse.error")
        out["error"] = v_error
    return out


def decode_ErrorResponse(doc: Any) -> models.ErrorResponse:
    if type(doc) is not dict:
        raise Unusual("ErrorResponse")
    if not KEYS_ErrorResponse.issuperset(doc):
        raise Unusual("ErrorResponse: unknown key")
    get = doc.get
    v_message: Any = get("message")
    if v_message is not None:
        if type(v_message) is not str:
            raise Unusual("ErrorResponse.message")
    elif "message" in doc:
        raise Unusual("ErrorResponse.message")
    v_error: Any = get("error")
    if v_error is not None:
        if type(v_error) is not str:
            raise Unusual("ErrorResponse.error")
    elif "error" in doc:
        raise Unusual("ErrorResponse.error")
    instance: models.ErrorResponse = new(models.ErrorResponse)
    instance.message = v_message
    instance.error = v_error
    return instance


def encode_EvaluationResult(obj: Any) -> dict[str, Any]:
    if type(obj) is not models.EvaluationResult:
        raise Unusual("EvaluationResult")
    v_status: Any = obj.status
    if not (type(v_status) is str and v_status in ENUM_EvaluationStatus):
        raise Unusual("EvaluationResult.status")
    out: dict[str, Any] = {"status": v_status}
    if obj.passed is not None:
        v_passed: Any = obj.passed
        if type(v_passed) is not bool:
            raise Unusual("EvaluationResult.passed")
        out["passed"] = v_passed
    if obj.score is not None:
        v_score: Any = obj.score
        if not (type(v_score) is int or (type(v_score) is float and v_score - v_score == 0.0)):
            raise Unusual("EvaluationResult.score")
        out["score"] = v_score
    if obj.label is not None:
        v_label: Any = obj.label
        if type(v_label) is not str:
            raise Unusual("EvaluationResult.label")
        out["label"] = v_label
    if obj.details is not None:
        v_details: Any = obj.details
        if type(v_details) is not str:
            raise Unusual("EvaluationResult.details")
        out["details"] = v_details
    if obj.cost is not None:
        v_cost: Any = obj.cost
        out["cost"] = encode_Money(v_cost)
    extra = obj.additional_properties
    if extra:
        if type(extra) is not dict or not KEYS_EvaluationResult.isdisjoint(extra):
            raise Unusual("EvaluationResult.additional_properties")
        for key, value in extra.items():
            if type(key) is not str or not is_json(value):
                raise Unusual("EvaluationResult.additional_properties")
        out.update(extra)
    return out


def decode_EvaluationResult(doc: Any) -> models.EvaluationResult:
    if type(doc) is not dict:
        raise Unusual("EvaluationResult")
    extra: dict[str, Any] = {}
    if not KEYS_EvaluationResult.issuperset(doc):
        extra = {key: value for key, value in doc.items() if key not in KEYS_EvaluationResult}
        for key, value in extra.items():
            if type(key) is not str or not is_json(value):
                raise Unusual("EvaluationResult.additional_properties")
    get = doc.get
    v_status: Any = get("status")
    if not (type(v_status) is str and v_status in ENUM_EvaluationStatus):
        raise Unusual("EvaluationResult.status")
    v_passed: Any = get("passed")
    if v_passed is not None and type(v_passed) is not bool:
        raise Unusual("EvaluationResult.passed")
    v_score: Any = get("score")
    if v_score is not None and not (type(v_score) is int or (type(v_score) is float and v_score - v_score == 0.0)):
        raise Unusual("EvaluationResult.score")
    v_label: Any = get("label")
    if v_label is not None and type(v_label) is not str:
        raise Unusual("EvaluationResult.label")
    v_details: Any = get("details")
    if v_details is not None and type(v_details) is not str:
        raise Unusual("EvaluationResult.details")
    v_cost: Any = get("cost")
    if v_cost is not None:
        if type(v_cost) is not dict:
            raise Unusual("Money")
        extra_cost: dict[str, Any] = {}
        if not KEYS_Money.issuperset(v_cost):
            extra_cost = {k_cost: x_cost for k_cost, x_cost in v_cost.items() if k_cost not in KEYS_Money}
            for k_cost, x_cost in extra_cost.items():
                if type(k_cost) is not str or not is_json(x_cost):
                    raise Unusual("Money.additional_properties")
        get_cost = v_cost.get
        v_cost__currency: Any = get_cost("currency")
        if type(v_cost__currency) is not str:
            raise Unusual("Money.currency")
        v_cost__amount: Any = get_cost("amount")
        if not (
            type(v_cost__amount) is int or (type(v_cost__amount) is float and v_cost__amount - v_cost__amount == 0.0)
        ):
            raise Unusual("Money.amount")
        m_cost: models.Money = new(models.Money)
        m_cost.currency = v_cost__currency
        m_cost.amount = v_cost__amount
        m_cost.additional_properties = extra_cost
        v_cost = m_cost
    instance: models.EvaluationResult = new(models.EvaluationResult)
    instance.status = cast("models.EvaluationStatus", v_status)
    instance.passed = v_passed
    instance.score = v_score
    instance.label = v_label
    instance.details = v_details
    instance.cost = v_cost
    instance.additional_properties = extra
    return instance


def encode_EvaluationTimestamps(obj: Any) -> dict[str, Any]:
    if type(obj) is not models.EvaluationTimestamps:
        raise Unusual("EvaluationTimestamps")
    out: dict[str, Any] = {}
    if obj.started_at is not None:
        v_started_at: Any = obj.started_at
        if not (type(v_started_at) is int or (type(v_started_at) is float and v_started_at - v_started_at == 0.0)):
            raise Unusual("EvaluationTimestamps.started_at")
        out["started_at"] = v_started_at
    if obj.finished_at is not None:
        v_finished_at: Any = obj.finished_at
        if not (type(v_finished_at) is int or (type(v_finished_at) is float and v_finished_at - v_finished_at == 0.0)):
            raise Unusual("EvaluationTimestamps.finished_at")
        out["finished_at"] = v_finished_at
    return out


def decode_EvaluationTimestamps(doc: Any) -> models.EvaluationTimestamps:
    if type(doc) is not dict:
        raise Unusual("EvaluationTimestamps")
    if not KEYS_EvaluationTimestamps.issuperset(doc):
        raise Unusual("EvaluationTimestamps: unknown key")
    get = doc.get
    v_started_at: Any = get("started_at")
    if v_started_at is not None and not (
        type(v_started_at) is int or (type(v_started_at) is float and v_started_at - v_started_at == 0.0)
    ):
        raise Unusual("EvaluationTimestamps.started_at")
    v_finished_at: Any = get("finished_at")
    if v_finished_at is not None and not (
        type(v_finished_at) is int or (type(v_finished_at) is float and v_finished_at - v_finished_at == 0.0)
    ):
        raise Unusual("EvaluationTimestamps.finished_at")
    instance: models.EvaluationTimestamps = new(models.EvaluationTimestamps)
    instance.started_at = v_started_at
    instance.finished_at = v_finished_at
    return instance


def encode_FileContentPart(obj: Any) -> dict[str, Any]:
    if type(obj) is not models.FileContentPart:
        raise Unusual("FileContentPart")
    v_type: Any = obj.type
    if not (v_type == "file" and type(v_type) is str):
        raise Unusual("FileContentPart.type")
    v_mediaType: Any = obj.mediaType
    if type(v_mediaType) is not str:
        raise Unusual("FileContentPart.mediaType")
    out: dict[str, Any] = {"type": v_type, "mediaType": v_mediaType}
    if obj.data is not None:
        v_data: Any = obj.data
        if type(v_data) is not str:
            raise Unusual("FileContentPart.data")
        out["data"] = v_data
    if obj.url is not None:
        v_url: Any = obj.url
        if type(v_url) is not str:
            raise Unusual("FileContentPart.url")
        out["url"] = v_url
    if obj.filename is not None:
        v_filename: Any = obj.filename
        if type(v_filename) is not str:
            raise Unusual("FileContentPart.filename")
        out["filename"] = v_filename
    extra = obj.additional_properties
    if extra:
        if type(extra) is not dict or not KEYS_FileContentPart.isdisjoint(extra):
            raise Unusual("FileContentPart.additional_properties")
        for key, value in extra.items():
            if type(key) is not str or not is_json(value):
                raise Unusual("FileContentPart.additional_properties")
        out.update(extra)
    return out


def decode_FileContentPart(doc: Any) -> models.FileContentPart:
    if type(doc) is not dict:
        raise Unusual("FileContentPart")
    extra: dict[str, Any] = {}
    if not KEYS_FileContentPart.issuperset(doc):
        extra = {key: value for key, value in doc.items() if key not in KEYS_FileContentPart}
        for key, value in extra.items():
            if type(key) is not str or not is_json(value):
                raise Unusual("FileContentPart.additional_properties")
    get = doc.get
    v_type: Any = get("type")
    if not (v_type == "file" and type(v_type) is str):
        raise Unusual("FileContentPart.type")
    v_mediaType: Any = get("mediaType")
    if type(v_mediaType) is not str:
        raise Unusual("FileContentPart.mediaType")
    v_data: Any = get("data")
    if v_data is not None:
        if type(v_data) is not str:
            raise Unusual("FileContentPart.data")
    elif "data" in doc:
        raise Unusual("FileContentPart.data")
    v_url: Any = get("url")
    if v_url is not None:
        if type(v_url) is not str:
            raise Unusual("FileContentPart.url")
    elif "url" in doc:
        raise Unusual("FileContentPart.url")
    v_filename: Any = get("filename")
    if v_filename is not None:
        if type(v_filename) is not str:
            raise Unusual("FileContentPart.filename")
    elif "filename" in doc:
        raise Unusual("FileContentPart.filename")
    instance: models.FileContentPart = new(models.FileContentPart)
    instance.type = "file"
    instance.mediaType = v_mediaType
    instance.data = v_data
    instance.url = v_url
    instance.filename = v_filename
    instance.additional_properties = extra
    return instance


def encode_FileReference(obj: Any) -> dict[str, Any]:
    if type(obj) is not models.FileReference:
        raise Unusual("FileReference")
    out: dict[str, Any] = {}
    if obj.file_data is not None:
        v_file_data: Any = obj.file_data
        if type(v_file_data) is not str:
            raise Unusual("FileReference.file_data")
        out["file_data"] = v_file_data
    if obj.file_id is not None:
        v_file_id: Any = obj.file_id
        if type(v_file_id) is not str:
            raise Unusual("FileReference.file_id")
        out["file_id"] = v_file_id
    if obj.filename is not None:
        v_filename: Any = obj.filename
        if type(v_filename) is not str:
            raise Unusual("FileReference.filename")
        out["filename"] = v_filename
    extra = obj.additional_properties
    if extra:
        if type(extra) is not dict or not KEYS_FileReference.isdisjoint(extra):
            raise Unusual("FileReference.additional_properties")
        for key, value in extra.items():
            if type(key) is not str or not is_json(value):
                raise Unusual("FileReference.additional_properties")
        out.update(extra)
    return out


def decode_FileReference(doc: Any) -> models.FileReference:
    if type(doc) is not dict:
        raise Unusual("FileReference")
    extra: dict[str, Any] = {}
    if not KEYS_FileReference.issuperset(doc):
        extra = {key: value for key, value in doc.items() if key not in KEYS_FileReference}
        for key, value in extra.items():
            if type(key) is not str or not is_json(value):
                raise Unusual("FileReference.additional_properties")
    get = doc.get
    v_file_data: Any = get("file_data")
    if v_file_data is not None:
        if type(v_file_data) is not str:
            raise Unusual("FileReference.file_data")
    elif "file_data" in doc:
        raise Unusual("FileReference.file_data")
    v_file_id: Any = get("file_id")
    if v_file_id is not None:
        if type(v_file_id) is not str:
            raise Unusual("FileReference.file_id")
    elif "file_id" in doc:
        raise Unusual("FileReference.file_id")
    v_filename: Any = get("filename")
    if v_filename is not None:
        if type(v_filename) is not str:
            raise Unusual("FileReference.filename")
    elif "filename" in doc:
        raise Unusual("FileReference.filename")
    instance: models.FileReference = new(models.FileReference)
    instance.file_data = v_file_data
    instance.file_id = v_file_id
    instance.filename = v_filename
    instance.additional_properties = extra
    return instance


def encode_FileReferenceContentPart(obj: Any) -> dict[str, Any]:
    if type(obj) is not models.FileReferenceContentPart:
        raise Unusual("FileReferenceContentPart")
    v_type: Any = obj.type
    if not (v_type == "file" and type(v_type) is str):
        raise Unusual("FileReferenceContentPart.type")
    v_file: Any = obj.file
    v_file = encode_FileReference(v_file)
    out: dict[str, Any] = {"type": v_type, "file": v_file}
    extra = obj.additional_properties
    if extra:
        if type(extra) is not dict or not KEYS_FileReferenceContentPart.isdisjoint(extra):
            raise Unusual("FileReferenceContentPart.additional_properties")
        for key, value in extra.items():
            if type(key) is not str or not is_json(value):
                raise Unusual("FileReferenceContentPart.additional_properties")
        out.update(extra)
    return out


def decode_FileReferenceContentPart(doc: Any) -> models.FileReferenceContentPart:
    if type(doc) is not dict:
        raise Unusual("FileReferenceContentPart")
    extra: dict[str, Any] = {}
    if not KEYS_FileReferenceContentPart.issuperset(doc):
        extra = {key: value for key, value in doc.items() if key not in KEYS_FileReferenceContentPart}
        for key, value in extra.items():
            if type(key) is not str or not is_json(value):
                raise Unusual("FileReferenceContentPart.additional_properties")
    get = doc.get
    v_type: Any = get("type")
    if not (v_type == "file" and type(v_type) is str):
        raise Unusual("FileReferenceContentPart.type")
    v_file: Any = get("file")
    if type(v_file) is not dict:
        raise Unusual("FileReference")
    extra_file: dict[str, Any] = {}
    if not KEYS_FileReference.issuperset(v_file):
        extra_file = {k_file: x_file for k_file, x_file in v_file.items() if k_file not in KEYS_FileReference}
        for k_file, x_file in extra_file.items():
            if type(k_file) is not str or not is_json(x_file):
                raise Unusual("FileReference.additional_properties")
    get_file = v_file.get
    v_file__file_data: Any = get_file("file_data")
    if v_file__file_data is not None:
        if type(v_file__file_data) is not str:
            raise Unusual("FileReference.file_data")
    elif "file_data" in v_file:
        raise Unusual("FileReference.file_data")
    v_file__file_id: Any = get_file("file_id")
    if v_file__file_id is not None:
        if type(v_file__file_id) is not str:
            raise Unusual("FileReference.file_id")
    elif "file_id" in v_file:
        raise Unusual("FileReference.file_id")
    v_file__filename: Any = get_file("filename")
    if v_file__filename is not None:
        if type(v_file__filename) is not str:
            raise Unusual("FileReference.filename")
    elif "filename" in v_file:
        raise Unusual("FileReference.filename")
    m_file: models.FileReference = new(models.FileReference)
    m_file.file_data = v_file__file_data
    m_file.file_id = v_file__file_id
    m_file.filename = v_file__filename
    m_file.additional_properties = extra_file
    v_file = m_file
    instance: models.FileReferenceContentPart = new(models.FileReferenceContentPart)
    instance.type = "file"
    instance.file = v_file
    instance.additional_properties = extra
    return instance


def encode_FunctionCall(obj: Any) -> dict[str, Any]:
    if type(obj) is not models.FunctionCall:
        raise Unusual("FunctionCall")
    out: dict[str, Any] = {}
    if obj.name is not None:
        v_name: Any = obj.name
        if type(v_name) is not str:
            raise Unusual("FunctionCall.name")
        out["name"] = v_name
    if obj.arguments is not None:
        v_arguments: Any = obj.arguments
        if type(v_arguments) is not str:
            raise Unusual("FunctionCall.arguments")
        out["arguments"] = v_arguments
    extra = obj.additional_properties
    if extra:
        if type(extra) is not dict or not KEYS_FunctionCall.isdisjoint(extra):
            raise Unusual("FunctionCall.additional_properties")
        for key, value in extra.items():
            if type(key) is not str or not is_json(value):
                raise Unusual("FunctionCall.additional_properties")
        out.update(extra)
    return out


def decode_FunctionCall(doc: Any) -> models.FunctionCall:
    if type(doc) is not dict:
        raise Unusual("FunctionCall")
    extra: dict[str, Any] = {}
    if not KEYS_FunctionCall.issuperset(doc):
        extra = {key: value for key, value in doc.items() if key not in KEYS_FunctionCall}
        for key, value in extra.items():
            if type(key) is not str or not is_json(value):
                raise Unusual("FunctionCall.additional_properties")
    get = doc.get
    v_name: Any = get("name")
    if v_name is not None:
        if type(v_name) is not str:
            raise Unusual("FunctionCall.name")
    elif "name" in doc:
        raise Unusual("FunctionCall.name")
    v_arguments: Any = get("arguments")
    if v_arguments is not None:
        if type(v_arguments) is not str:
            raise Unusual("FunctionCall.arguments")
    elif "arguments" in doc:
        raise Unusual("FunctionCall.arguments")
    instance: models.FunctionCall = new(models.FunctionCall)
    instance.name = v_name
    instance.arguments = v_arguments
    instance.additional_properties = extra
    return instance


def encode_ImageContentPart(obj: Any) -> dict[str, Any]:
    if type(obj) is not models.ImageContentPart:
        raise Unusual("ImageContentPart")
    v_type: Any = obj.type
    if not (v_type == "image" and type(v_type) is str):
        raise Unusual("ImageContentPart.type")
    v_image: Any = obj.image
    if type(v_image) is not str:
        raise Unusual("ImageContentPart.image")
    out: dict[str, Any] = {"type": v_type, "image": v_image}
    if obj.mediaType is not None:
        v_mediaType: Any = obj.mediaType
        if type(v_mediaType) is not str:
            raise Unusual("ImageContentPart.mediaType")
        out["mediaType"] = v_mediaType
    extra = obj.additional_properties
    if extra:
        if type(extra) is not dict or not KEYS_ImageContentPart.isdisjoint(extra):
            raise Unusual("ImageContentPart.additional_properties")
        for key, value in extra.items():
            if type(key) is not str or not is_json(value):
                raise Unusual("ImageContentPart.additional_properties")
        out.update(extra)
    return out


def decode_ImageContentPart(doc: Any) -> models.ImageContentPart:
    if type(doc) is not dict:
        raise Unusual("ImageContentPart")
    extra: dict[str, Any] = {}
    if not KEYS_ImageContentPart.issuperset(doc):
        extra = {key: value for key, value in doc.items() if key not in KEYS_ImageContentPart}
        for key, value in extra.items():
            if type(key) is not str or not is_json(value):
                raise Unusual("ImageContentPart.additional_properties")
    get = doc.get
    v_type: Any = get("type")
    if not (v_type == "image" and type(v_type) is str):
        raise Unusual("ImageContentPart.type")
    v_image: Any = get("image")
    if type(v_image) is not str:
        raise Unusual("ImageContentPart.image")
    v_mediaType: Any = get("mediaType")
    if v_mediaType is not None:
        if type(v_mediaType) is not str:
            raise Unusual("ImageContentPart.mediaType")
    elif "mediaType" in doc:
        raise Unusual("ImageContentPart.mediaType")
    instance: models.ImageContentPart = new(models.ImageContentPart)
    instance.type = "image"
    instance.image = v_image
    instance.mediaType = v_mediaType
    instance.additional_properties = extra
    return instance


def encode_ImageUrl(obj: Any) -> dict[str, Any]:
    if type(obj) is not models.ImageUrl:
        raise Unusual("ImageUrl")
    v_url: Any = obj.url
    if type(v_url) is not str:
        raise Unusual("ImageUrl.url")
    out: dict[str, Any] = {"url": v_url}
    if obj.detail is not None:
        v_detail: Any = obj.detail
        if not (type(v_detail) is str and v_detail in ENUM_ImageUrl__detail):
            raise Unusual("ImageUrl.detail")
        out["detail"] = v_detail
    extra = obj.additional_properties
    if extra:
        if type(extra) is not dict or not KEYS_ImageUrl.isdisjoint(extra):
            raise Unusual("ImageUrl.additional_properties")
        for key, value in extra.items():
            if type(key) is not str or not is_json(value):
                raise Unusual("ImageUrl.additional_properties")
        out.update(extra)
    return out


def decode_ImageUrl(doc: Any) -> models.ImageUrl:
    if type(doc) is not dict:
        raise Unusual("ImageUrl")
    extra: dict[str, Any] = {}
    if not KEYS_ImageUrl.issuperset(doc):
        extra = {key: value for key, value in doc.items() if key not in KEYS_ImageUrl}
        for key, value in extra.items():
            if type(key) is not str or not is_json(value):
                raise Unusual("ImageUrl.additional_properties")
    get = doc.get
    v_url: Any = get("url")
    if type(v_url) is not str:
        raise Unusual("ImageUrl.url")
    v_detail: Any = get("detail")
    if v_detail is not None:
        if not (type(v_detail) is str and v_detail in ENUM_ImageUrl__detail):
            raise Unusual("ImageUrl.detail")
    elif "detail" in doc:
        raise Unusual("ImageUrl.detail")
    instance: models.ImageUrl = new(models.ImageUrl)
    instance.url = v_url
    instance.detail = cast("Literal['auto', 'low', 'high']", v_detail)
    instance.additional_properties = extra
    return instance


def encode_ImageUrlContentPart(obj: Any) -> dict[str, Any]:
    if type(obj) is not models.ImageUrlContentPart:
        raise Unusual("ImageUrlContentPart")
    v_type: Any = obj.type
    if not (v_type == "image_url" and type(v_type) is str):
        raise Unusual("ImageUrlContentPart.type")
    out: dict[str, Any] = {"type": v_type}
    if obj.image_url is not None:
        v_image_url: Any = obj.image_url
        out["image_url"] = encode_ImageUrl(v_image_url)
    extra = obj.additional_properties
    if extra:
        if type(extra) is not dict or not KEYS_ImageUrlContentPart.isdisjoint(extra):
            raise Unusual("ImageUrlContentPart.additional_properties")
        for key, value in extra.items():
            if type(key) is not str or not is_json(value):
                raise Unusual("ImageUrlContentPart.additional_properties")
        out.update(extra)
    return out


def decode_ImageUrlContentPart(doc: Any) -> models.ImageUrlContentPart:
    if type(doc) is not dict:
        raise Unusual("ImageUrlContentPart")
    extra: dict[str, Any] = {}
    if not KEYS_ImageUrlContentPart.issuperset(doc):
        extra = {key: value for key, value in doc.items() if key not in KEYS_ImageUrlContentPart}
        for key, value in extra.items():
            if type(key) is not str or not is_json(value):
                raise Unusual("ImageUrlContentPart.additional_properties")
    get = doc.get
    v_type: Any = get("type")
    if not (v_type == "image_url" and type(v_type) is str):
        raise Unusual("ImageUrlContentPart.type")
    v_image_url: Any = get("image_url")
    if v_image_url is not None:
        if type(v_image_url) is not dict:
            raise Unusual("ImageUrl")
        extra_image_url: dict[str, Any] = {}
        if not KEYS_ImageUrl.issuperset(v_image_url):
            extra_image_url = {
                k_image_url: x_image_url
                for k_image_url, x_image_url in v_image_url.items()
                if k_image_url not in KEYS_ImageUrl
            }
            for k_image_url, x_image_url in extra_image_url.items():
                if type(k_image_url) is not str or not is_json(x_image_url):
                    raise Unusual("ImageUrl.additional_properties")
        get_image_url = v_image_url.get
        v_image_url__url: Any = get_image_url("url")
        if type(v_image_url__url) is not str:
            raise Unusual("ImageUrl.url")
        v_image_url__detail: Any = get_image_url("detail")
        if v_image_url__detail is not None:
            if not (type(v_image_url__detail) is str and v_image_url__detail in ENUM_ImageUrl__detail):
                raise Unusual("ImageUrl.detail")
        elif "detail" in v_image_url:
            raise Unusual("ImageUrl.detail")
        m_image_url: models.ImageUrl = new(models.ImageUrl)
        m_image_url.url = v_image_url__url
        m_image_url.detail = cast("Literal['auto', 'low', 'high']", v_image_url__detail)
        m_image_url.additional_properties = extra_image_url
        v_image_url = m_image_url
    elif "image_url" in doc:
        raise Unusual("ImageUrlContentPart.image_url")
    instance: models.ImageUrlContentPart = new(models.ImageUrlContentPart)
    instance.type = "image_url"
    instance.image_url = v_image_url
    instance.additional_properties = extra
    return instance


def encode_IngestFailureResponse(obj: Any) -> dict[str, Any]:
    if type(obj) is not models.IngestFailureResponse:
        raise Unusual("IngestFailureResponse")
    v_message: Any = obj.message
    if type(v_message) is not str:
        raise Unusual("IngestFailureResponse.message")
    out: dict[str, Any] = {"message": v_message}
    if obj.partialSuccess is not None:
        v_partialSuccess: Any = obj.partialSuccess
        if type(v_partialSuccess) is not models.PartialSuccess:
            raise Unusual("PartialSuccess")
        o_partialSuccess: dict[str, Any] = {}
        if v_partialSuccess.rejectedSpans is not None:
            v_partialSuccess__rejectedSpans: Any = v_partialSuccess.rejectedSpans
            if type(v_partialSuccess__rejectedSpans) is not int:
                raise Unusual("PartialSuccess.rejectedSpans")
            o_partialSuccess["rejectedSpans"] = v_partialSuccess__rejectedSpans
        if v_partialSuccess.rejectedEvaluations is not None:
            v_partialSuccess__rejectedEvaluations: Any = v_partialSuccess.rejectedEvaluations
            if type(v_partialSuccess__rejectedEvaluations) is not int:
                raise Unusual("PartialSuccess.rejectedEvaluations")
            o_partialSuccess["rejectedEvaluations"] = v_partialSuccess__rejectedEvaluations
        if v_partialSuccess.errorMessage is not None:
            v_partialSuccess__errorMessage: Any = v_partialSuccess.errorMessage
            if type(v_partialSuccess__errorMessage) is not str:
                raise Unusual("PartialSuccess.errorMessage")
            o_partialSuccess["errorMessage"] = v_partialSuccess__errorMessage
        out["partialSuccess"] = o_partialSuccess
    return out


def decode_IngestFailureResponse(doc: Any) -> models.IngestFailureResponse:
    if type(doc) is not dict:
        raise Unusual("IngestFailureResponse")
    if not KEYS_IngestFailureResponse.issuperset(doc):
        raise Unusual("IngestFailureResponse: unknown key")
    get = doc.get
    v_message: Any = get("message")
    if type(v_message) is not str:
        raise Unusual("IngestFailureResponse.message")
    v_partialSuccess: Any = get("partialSuccess")
    if v_partialSuccess is not None:
        if type(v_partialSuccess) is not dict:
            raise Unusual("PartialSuccess")
        if not KEYS_PartialSuccess.issuperset(v_partialSuccess):
            raise Unusual("PartialSuccess: unknown key")
        get_partialSuccess = v_partialSuccess.get
        v_partialSuccess__rejectedSpans: Any = get_partialSuccess("rejectedSpans")
        if v_partialSuccess__rejectedSpans is not None:
            if type(v_partialSuccess__rejectedSpans) is not int:
                raise Unusual("PartialSuccess.rejectedSpans")
        elif "rejectedSpans" in v_partialSuccess:
            raise Unusual("PartialSuccess.rejectedSpans")
        v_partialSuccess__rejectedEvaluations: Any = get_partialSuccess("rejectedEvaluations")
        if v_partialSuccess__rejectedEvaluations is not None:
            if type(v_partialSuccess__rejectedEvaluations) is not int:
                raise Unusual("PartialSuccess.rejectedEvaluations")
        elif "rejectedEvaluations" in v_partialSuccess:
            raise Unusual("PartialSuccess.rejectedEvaluations")
        v_partialSuccess__errorMessage: Any = get_partialSuccess("errorMessage")
        if v_partialSuccess__errorMessage is not None:
            if type(v_partialSuccess__errorMessage) is not str:
                raise Unusual("PartialSuccess.errorMessage")
        elif "errorMessage" in v_partialSuccess:
            raise Unusual("PartialSuccess.errorMessage")
        m_partialSuccess: models.PartialSuccess = new(models.PartialSuccess)
        m_partialSuccess.rejectedSpans = v_partialSuccess__rejectedSpans
        m_partialSuccess.rejectedEvaluations = v_partialSuccess__rejectedEvaluations
        m_partialSuccess.errorMessage = v_partialSuccess__errorMessage
        v_partialSuccess = m_partialSuccess
    elif "partialSuccess" in doc:
        raise Unusual("IngestFailureResponse.partialSuccess")
    instance: models.IngestFailureResponse = new(models.IngestFailureResponse)
    instance.message = v_message
    instance.partialSuccess = v_partialSuccess
    return instance


def encode_InputAudio(obj: Any) -> dict[str, Any]:
    if type(obj) is not models.InputAudio:
        raise Unusual("InputAudio")
    out: dict[str, Any] = {}
    if obj.data is not None:
        v_data: Any = obj.data
        if type(v_data) is not str:
            raise Unusual("InputAudio.data")
        out["data"] = v_data
    if obj.format is not None:
        v_format: Any = obj.format
        if type(v_format) is not str:
            raise Unusual("InputAudio.format")
        out["format"] = v_format
    if obj.url is not None:
        v_url: Any = obj.url
        if type(v_url) is not str:
            raise Unusual("InputAudio.url")
        out["url"] = v_url
    if obj.mimeType is not None:
        v_mimeType: Any = obj.mimeType
        if type(v_mimeType) is not str:
            raise Unusual("InputAudio.mimeType")
        out["mimeType"] = v_mimeType
    if obj.id is not None:
        v_id: Any = obj.id
        if type(v_id) is not str:
            raise Unusual("InputAudio.id")
        out["id"] = v_id
    extra = obj.additional_properties
    if extra:
        if type(extra) is not dict or not KEYS_InputAudio.isdisjoint(extra):
            raise Unusual("InputAudio.additional_properties")
        for key, value in extra.items():
            if type(key) is not str or not is_json(value):
                raise Unusual("InputAudio.additional_properties")
        out.update(extra)
    return out


def decode_InputAudio(doc: Any) -> models.InputAudio:
    if type(doc) is not dict:
        raise Unusual("InputAudio")
    extra: dict[str, Any] = {}
    if not KEYS_InputAudio.issuperset(doc):
        extra = {key: value for key, value in doc.items() if key not in KEYS_InputAudio}
        for key, value in extra.items():
            if type(key) is not str or not is_json(value):
                raise Unusual("InputAudio.additional_properties")
    get = doc.get
    v_data: Any = get("data")
    if v_data is not None:
        if type(v_data) is not str:
            raise Unusual("InputAudio.data")
    elif "data" in doc:
        raise Unusual("InputAudio.data")
    v_format: Any = get("format")
    if v_format is not None:
        if type(v_format) is not str:
            raise Unusual("InputAudio.format")
    elif "format" in doc:
        raise Unusual("InputAudio.format")
    v_url: Any = get("url")
    if v_url is not None:
        if type(v_url) is not str:
            raise Unusual("InputAudio.url")
    elif "url" in doc:
        raise Unusual("InputAudio.url")
    v_mimeType: Any = get("mimeType")
    if v_mimeType is not None:
        if type(v_mimeType) is not str:
            raise Unusual("InputAudio.mimeType")
    elif "mimeType" in doc:
        raise Unusual("InputAudio.mimeType")
    v_id: Any = get("id")
    if v_id is not None:
        if type(v_id) is not str:
            raise Unusual("InputAudio.id")
    elif "id" in doc:
        raise Unusual("InputAudio.id")
    instance: models.InputAudio = new(models.InputAudio)
    instance.data = v_data
    instance.format = v_format
    instance.url = v_url
    instance.mimeType = v_mimeType
    instance.id = v_id
    instance.additional_properties = extra
    return instance


def encode_InputAudioContentPart(obj: Any) -> dict[str, Any]:
    if type(obj) is not models.InputAudioContentPart:
        raise Unusual("InputAudioContentPart")
    v_type: Any = obj.type
    if not (v_type == "input_audio" and type(v_type) is str):
        raise Unusual("InputAudioContentPart.type")
    v_input_audio: Any = obj.input_audio
    v_input_audio = encode_InputAudio(v_input_audio)
    out: dict[str, Any] = {"type": v_type, "input_audio": v_input_audio}
    extra = obj.additional_properties
    if extra:
        if type(extra) is not dict or not KEYS_InputAudioContentPart.isdisjoint(extra):
            raise Unusual("InputAudioContentPart.additional_properties")
        for key, value in extra.items():
            if type(key) is not str or not is_json(value):
                raise Unusual("InputAudioContentPart.additional_properties")
        out.update(extra)
    return out


def decode_InputAudioContentPart(doc: Any) -> models.InputAudioContentPart:
    if type(doc) is not dict:
        raise Unusual("InputAudioContentPart")
    extra: dict[str, Any] = {}
    if not KEYS_InputAudioContentPart.issuperset(doc):
        extra = {key: value for key, value in doc.items() if key not in KEYS_InputAudioContentPart}
        for key, value in extra.items():
            if type(key) is not str or not is_json(value):
                raise Unusual("InputAudioContentPart.additional_properties")
    get = doc.get
    v_type: Any = get("type")
    if not (v_type == "input_audio" and type(v_type) is str):
        raise Unusual("InputAudioContentPart.type")
    v_input_audio: Any = get("input_audio")
    if type(v_input_audio) is not dict:
        raise Unusual("InputAudio")
    extra_input_audio: dict[str, Any] = {}
    if not KEYS_InputAudio.issuperset(v_input_audio):
        extra_input_audio = {
            k_input_audio: x_input_audio
            for k_input_audio, x_input_audio in v_input_audio.items()
            if k_input_audio not in KEYS_InputAudio
        }
        for k_input_audio, x_input_audio in extra_input_audio.items():
            if type(k_input_audio) is not str or not is_json(x_input_audio):
                raise Unusual("InputAudio.additional_properties")
    get_input_audio = v_input_audio.get
    v_input_audio__data: Any = get_input_audio("data")
    if v_input_audio__data is not None:
        if type(v_input_audio__data) is not str:
            raise Unusual("InputAudio.data")
    elif "data" in v_input_audio:
        raise Unusual("InputAudio.data")
    v_input_audio__format: Any = get_input_audio("format")
    if v_input_audio__format is not None:
        if type(v_input_audio__format) is not str:
            raise Unusual("InputAudio.format")
    elif "format" in v_input_audio:
        raise Unusual("InputAudio.format")
    v_input_audio__url: Any = get_input_audio("url")
    if v_input_audio__url is not None:
        if type(v_input_audio__url) is not str:
            raise Unusual("InputAudio.url")
    elif "url" in v_input_audio:
        raise Unusual("InputAudio.url")
    v_input_audio__mimeType: Any = get_input_audio("mimeType")
    if v_input_audio__mimeType is not None:
        if type(v_input_audio__mimeType) is not str:
            raise Unusual("InputAudio.mimeType")
    elif "mimeType" in v_input_audio:
        raise Unusual("InputAudio.mimeType")
    v_input_audio__id: Any = get_input_audio("id")
    if v_input_audio__id is not None:
        if type(v_input_audio__id) is not str:
            raise Unusual("InputAudio.id")
    elif "id" in v_input_audio:
        raise Unusual("InputAudio.id")
    m_input_audio: models.InputAudio = new(models.InputAudio)
    m_input_audio.data = v_input_audio__data
    m_input_audio.format = v_input_audio__format
    m_input_audio.url = v_input_audio__url
    m_input_audio.mimeType = v_input_audio__mimeType
    m_input_audio.id = v_input_audio__id
    m_input_audio.additional_properties = extra_input_audio
    v_input_audio = m_input_audio
    instance: models.InputAudioContentPart = new(models.InputAudioContentPart)
    instance.type = "input_audio"
    instance.input_audio = v_input_audio
    instance.additional_properties = extra
    return instance


def encode_LLMSpan(obj: Any) -> dict[str, Any]:
    if type(obj) is not models.LLMSpan:
        raise Unusual("LLMSpan")
    v_span_id: Any = obj.span_id
    if type(v_span_id) is not str:
        raise Unusual("LLMSpan.span_id")
    v_timestamps: Any = obj.timestamps
    if type(v_timestamps) is not models.SpanTimestamps:
        raise Unusual("SpanTimestamps")
    v_timestamps__started_at: Any = v_timestamps.started_at
    if not (
        type(v_timestamps__started_at) is int
        or (type(v_timestamps__started_at) is float and v_timestamps__started_at - v_timestamps__started_at == 0.0)
    ):
        raise Unusual("SpanTimestamps.started_at")
    v_timestamps__finished_at: Any = v_timestamps.finished_at
    if not (
        type(v_timestamps__finished_at) is int
        or (type(v_timestamps__finished_at) is float and v_timestamps__finished_at - v_timestamps__finished_at == 0.0)
    ):
        raise Unusual("SpanTimestamps.finished_at")
    o_timestamps: dict[str, Any] = {"started_at": v_timestamps__started_at, "finished_at": v_timestamps__finished_at}
    if v_timestamps.first_token_at is not None:
        v_timestamps__first_token_at: Any = v_timestamps.first_token_at
        if not (
            type(v_timestamps__first_token_at) is int
            or (
                type(v_timestamps__first_token_at) is float
                and v_timestamps__first_token_at - v_timestamps__first_token_at == 0.0
            )
        ):
            raise Unusual("SpanTimestamps.first_token_at")
        o_timestamps["first_token_at"] = v_timestamps__first_token_at
    if v_timestamps.ignore_timestamps_on_write is not None:
        v_timestamps__ignore_timestamps_on_write: Any = v_timestamps.ignore_timestamps_on_write
        if type(v_timestamps__ignore_timestamps_on_write) is not bool:
            raise Unusual("SpanTimestamps.ignore_timestamps_on_write")
        o_timestamps["ignore_timestamps_on_write"] = v_timestamps__ignore_timestamps_on_write
    v_timestamps = o_timestamps
    v_type: Any = obj.type
    if not (v_type == "llm" and type(v_type) is str):
        raise Unusual("LLMSpan.type")
    out: dict[str, Any] = {"span_id": v_span_id, "timestamps": v_timestamps, "type": v_type}
    if obj.parent_id is not None:
        v_parent_id: Any = obj.parent_id
        if type(v_parent_id) is not str:
            raise Unusual("LLMSpan.parent_id")
        out["parent_id"] = v_parent_id
    if obj.trace_id is not None:
        v_trace_id: Any = obj.trace_id
        if type(v_trace_id) is not str:
            raise Unusual("LLMSpan.trace_id")
        out["trace_id"] = v_trace_id
    if obj.name is not None:
        v_name: Any = obj.name
        if type(v_name) is not str:
            raise Unusual("LLMSpan.name")
        out["name"] = v_name
    if obj.input is not None:
        v_input: Any = obj.input
        out["input"] = ENCODERS_SpanInputOutput[type(v_input)](v_input)
    if obj.output is not None:
        v_output: Any = obj.output
        out["output"] = ENCODERS_SpanInputOutput[type(v_output)](v_output)
    if obj.error is not None:
        v_error: Any = obj.error
        if type(v_error) is not models.ErrorCapture:
            raise Unusual("ErrorCapture")
        v_error__message: Any = v_error.message
        if type(v_error__message) is not str:
            raise Unusual("ErrorCapture.message")
        v_error__stacktrace: Any = v_error.stacktrace
        if not (type(v_error__stacktrace) is list and TYPES_str.issuperset(map(type, v_error__stacktrace))):
            raise Unusual("ErrorCapture.stacktrace")
        o_error: dict[str, Any] = {"message": v_error__message, "stacktrace": v_error__stacktrace}
        if v_error.has_error is not None:
            v_error__has_error: Any = v_error.has_error
            if v_error__has_error is not True:
                raise Unusual("ErrorCapture.has_error")
            o_error["has_error"] = v_error__has_error
        out["error"] = o_error
    if obj.metrics is not None:
        v_metrics: Any = obj.metrics
        if type(v_metrics) is not models.SpanMetrics:
            raise Unusual("SpanMetrics")
        o_metrics: dict[str, Any] = {}
        if v_metrics.prompt_tokens is not None:
            v_metrics__prompt_tokens: Any = v_metrics.prompt_tokens
            if not (
                type(v_metrics__prompt_tokens) is int
                or (
                    type(v_metrics__prompt_tokens) is float
                    and v_metrics__prompt_tokens - v_metrics__prompt_tokens == 0.0
                )
            ):
                raise Unusual("SpanMetrics.prompt_tokens")
            o_metrics["prompt_tokens"] = v_metrics__prompt_tokens
        if v_metrics.completion_tokens is not None:
            v_metrics__completion_tokens: Any = v_metrics.completion_tokens
            if not (
                type(v_metrics__completion_tokens) is int
                or (
                    type(v_metrics__completion_tokens) is float
                    and v_metrics__completion_tokens - v_metrics__completion_tokens == 0.0
                )
            ):
                raise Unusual("SpanMetrics.completion_tokens")
            o_metrics["completion_tokens"] = v_metrics__completion_tokens
        if v_metrics.reasoning_tokens is not None:
            v_metrics__reasoning_tokens: Any = v_metrics.reasoning_tokens
            if not (
                type(v_metrics__reasoning_tokens) is int
                or (
                    type(v_metrics__reasoning_tokens) is float
                    and v_metrics__reasoning_tokens - v_metrics__reasoning_tokens == 0.0
                )
            ):
                raise Unusual("SpanMetrics.reasoning_tokens")
            o_metrics["reasoning_tokens"] = v_metrics__reasoning_tokens
        if v_metrics.cache_read_input_tokens is not None:
            v_metrics__cache_read_input_tokens: Any = v_metrics.cache_read_input_tokens
            if not (
                type(v_metrics__cache_read_input_tokens) is int
                or (
                    type(v_metrics__cache_read_input_tokens) is float
                    and v_metrics__cache_read_input_tokens - v_metrics__cache_read_input_tokens == 0.0
                )
            ):
                raise Unusual("SpanMetrics.cache_read_input_tokens")
            o_metrics["cache_read_input_tokens"] = v_metrics__cache_read_input_tokens
        if v_metrics.cache_creation_input_tokens is not None:
            v_metrics__cache_creation_input_tokens: Any = v_metrics.cache_creation_input_tokens
            if not (
                type(v_metrics__cache_creation_input_tokens) is int
                or (
                    type(v_metrics__cache_creation_input_tokens) is float
                    and v_metrics__cache_creation_input_tokens - v_metrics__cache_creation_input_tokens == 0.0
                )
            ):
                raise Unusual("SpanMetrics.cache_creation_input_tokens")
            o_metrics["cache_creation_input_tokens"] = v_metrics__cache_creation_input_tokens
        if v_metrics.cost is not None:
            v_metrics__cost: Any = v_metrics.cost
            if not (
                type(v_metrics__cost) is int
                or (type(v_metrics__cost) is float and v_metrics__cost - v_metrics__cost == 0.0)
            ):
                raise Unusual("SpanMetrics.cost")
            o_metrics["cost"] = v_metrics__cost
        if v_metrics.tokens_estimated is not None:
            v_metrics__tokens_estimated: Any = v_metrics.tokens_estimated
            if type(v_metrics__tokens_estimated) is not bool:
                raise Unusual("SpanMetrics.tokens_estimated")
            o_metrics["tokens_estimated"] = v_metrics__tokens_estimated
        out["metrics"] = o_metrics
    if obj.params is not None:
        v_params: Any = obj.params
        out["params"] = encode_SpanParams(v_params)
    if obj.vendor is not None:
        v_vendor: Any = obj.vendor
        if type(v_vendor) is not str:
            raise Unusual("LLMSpan.vendor")
        out["vendor"] = v_vendor
    if obj.model is not None:
        v_model: Any = obj.model
        if type(v_model) is not str:
            raise Unusual("LLMSpan.model")
        out["model"] = v_model
    return out


def decode_LLMSpan(doc: Any) -> models.LLMSpan:
    if type(doc) is not dict:
        raise Unusual("LLMSpan")
    if not KEYS_LLMSpan.issuperset(doc):
        raise Unusual("LLMSpan: unknown key")
    get = doc.get
    v_span_id: Any = get("span_id")
    if type(v_span_id) is not str:
        raise Unusual("LLMSpan.span_id")
    v_timestamps: Any = get("timestamps")
    if type(v_timestamps) is not dict:
        raise Unusual("SpanTimestamps")
    if not KEYS_SpanTimestamps.issuperset(v_timestamps):
        raise Unusual("SpanTimestamps: unknown key")
    get_timestamps = v_timestamps.get
    v_timestamps__started_at: Any = get_timestamps("started_at")
    if not (
        type(v_timestamps__started_at) is int
        or (type(v_timestamps__started_at) is float and v_timestamps__started_at - v_timestamps__started_at == 0.0)
    ):
        raise Unusual("SpanTimestamps.started_at")
    v_timestamps__finished_at: Any = get_timestamps("finished_at")
    if not (
        type(v_timestamps__finished_at) is int
        or (type(v_timestamps__finished_at) is float and v_timestamps__finished_at - v_timestamps__finished_at == 0.0)
    ):
        raise Unusual("SpanTimestamps.finished_at")
    v_timestamps__first_token_at: Any = get_timestamps("first_token_at")
    if v_timestamps__first_token_at is not None and not (
        type(v_timestamps__first_token_at) is int
        or (
            type(v_timestamps__first_token_at) is float
            and v_timestamps__first_token_at - v_timestamps__first_token_at == 0.0
        )
    ):
        raise Unusual("SpanTimestamps.first_token_at")
    v_timestamps__ignore_timestamps_on_write: Any = get_timestamps("ignore_timestamps_on_write")
    if (
        v_timestamps__ignore_timestamps_on_write is not None
        and type(v_timestamps__ignore_timestamps_on_write) is not bool
    ):
        raise Unusual("SpanTimestamps.ignore_timestamps_on_write")
    m_timestamps: models.SpanTimestamps = new(models.SpanTimestamps)
    m_timestamps.started_at = v_timestamps__started_at
    m_timestamps.finished_at = v_timestamps__finished_at
    m_timestamps.first_token_at = v_timestamps__first_token_at
    m_timestamps.ignore_timestamps_on_write = v_timestamps__ignore_timestamps_on_write
    v_timestamps = m_timestamps
    v_parent_id: Any = get("parent_id")
    if v_parent_id is not None and type(v_parent_id) is not str:
        raise Unusual("LLMSpan.parent_id")
    v_trace_id: Any = get("trace_id")
    if v_trace_id is not None and type(v_trace_id) is not str:
        raise Unusual("LLMSpan.trace_id")
    v_name: Any = get("name")
    if v_name is not None and type(v_name) is not str:
        raise Unusual("LLMSpan.name")
    v_input: Any = get("input")
    if v_input is not None:
        t_v_input: Any = v_input.get("type") if type(v_input) is dict else None
        d_v_input = DECODERS_SpanInputOutput.get(t_v_input) if type(t_v_input) is str else None
        if d_v_input is None:
            raise Unusual("SpanInputOutput: tag")
        v_input = d_v_input(v_input)
    v_output: Any = get("output")
    if v_output is not None:
        t_v_output: Any = v_output.get("type") if type(v_output) is dict else None
        d_v_output = DECODERS_SpanInputOutput.get(t_v_output) if type(t_v_output) is str else None
        if d_v_output is None:
            raise Unusual("SpanInputOutput: tag")
        v_output = d_v_output(v_output)
    v_error: Any = get("error")
    if v_error is not None:
        if type(v_error) is not dict:
            raise Unusual("ErrorCapture")
        if not KEYS_ErrorCapture.issuperset(v_error):
            raise Unusual("ErrorCapture: unknown key")
        get_error = v_error.get
        v_error__message: Any = get_error("message")
        if type(v_error__message) is not str:
            raise Unusual("ErrorCapture.message")
        v_error__stacktrace: Any = get_error("stacktrace")
        if not (type(v_error__stacktrace) is list and TYPES_str.issuperset(map(type, v_error__stacktrace))):
            raise Unusual("ErrorCapture.stacktrace")
        v_error__has_error: Any = get_error("has_error")
        if v_error__has_error is not None:
            if v_error__has_error is not True:
                raise Unusual("ErrorCapture.has_error")
        elif "has_error" in v_error:
            raise Unusual("ErrorCapture.has_error")
        m_error: models.ErrorCapture = new(models.ErrorCapture)
        m_error.message = v_error__message
        m_error.stacktrace = v_error__stacktrace
        m_error.has_error = True
        v_error = m_error
    v_metrics: Any = get("metrics")
    if v_metrics is not None:
        if type(v_metrics) is not dict:
            raise Unusual("SpanMetrics")
        m_metrics: models.SpanMetrics = new(models.SpanMetrics)
        m_metrics.prompt_tokens = None
        m_metrics.completion_tokens = None
        m_metrics.reasoning_tokens = None
        m_metrics.cache_read_input_tokens = None
        m_metrics.cache_creation_input_tokens = None
        m_metrics.cost = None
        m_metrics.tokens_estimated = None
        for k_metrics, x_metrics in v_metrics.items():
            if k_metrics == "prompt_tokens":
                if x_metrics is not None:
                    v_metrics__prompt_tokens: Any = x_metrics
                    if not (
                        type(v_metrics__prompt_tokens) is int
                        or (
                            type(v_metrics__prompt_tokens) is float
                            and v_metrics__prompt_tokens - v_metrics__prompt_tokens == 0.0
                        )
                    ):
                        raise Unusual("SpanMetrics.prompt_tokens")
                    m_metrics.prompt_tokens = v_metrics__prompt_tokens
            elif k_metrics == "completion_tokens":
                if x_metrics is not None:
                    v_metrics__completion_tokens: Any = x_metrics
                    if not (
                        type(v_metrics__completion_tokens) is int
                        or (
                            type(v_metrics__completion_tokens) is float
                            and v_metrics__completion_tokens - v_metrics__completion_tokens == 0.0
                        )
                    ):
                        raise Unusual("SpanMetrics.completion_tokens")
                    m_metrics.completion_tokens = v_metrics__completion_tokens
            elif k_metrics == "reasoning_tokens":
                if x_metrics is not None:
                    v_metrics__reasoning_tokens: Any = x_metrics
                    if not (
                        type(v_metrics__reasoning_tokens) is int
                        or (
                            type(v_metrics__reasoning_tokens) is float
                            and v_metrics__reasoning_tokens - v_metrics__reasoning_tokens == 0.0
                        )
                    ):
                        raise Unusual("SpanMetrics.reasoning_tokens")
                    m_metrics.reasoning_tokens = v_metrics__reasoning_tokens
            elif k_metrics == "cache_read_input_tokens":
                if x_metrics is not None:
                    v_metrics__cache_read_input_tokens: Any = x_metrics
                    if not (
                        type(v_metrics__cache_read_input_tokens) is int
                        or (
                            type(v_metrics__cache_read_input_tokens) is float
                            and v_metrics__cache_read_input_tokens - v_metrics__cache_read_input_tokens == 0.0
                        )
                    ):
                        raise Unusual("SpanMetrics.cache_read_input_tokens")
                    m_metrics.cache_read_input_tokens = v_metrics__cache_read_input_tokens
            elif k_metrics == "cache_creation_input_tokens":
                if x_metrics is not None:
                    v_metrics__cache_creation_input_tokens: Any = x_metrics
                    if not (
                        type(v_metrics__cache_creation_input_tokens) is int
                        or (
                            type(v_metrics__cache_creation_input_tokens) is float
                            and v_metrics__cache_creation_input_tokens - v_metrics__cache_creation_input_tokens == 0.0
                        )
                    ):
                        raise Unusual("SpanMetrics.cache_creation_input_tokens")
                    m_metrics.cache_creation_input_tokens = v_metrics__cache_creation_input_tokens
            elif k_metrics == "cost":
                if x_metrics is not None:
                    v_metrics__cost: Any = x_metrics
                    if not (
                        type(v_metrics__cost) is int
                        or (type(v_metrics__cost) is float and v_metrics__cost - v_metrics__cost == 0.0)
                    ):
                        raise Unusual("SpanMetrics.cost")
                    m_metrics.cost = v_metrics__cost
            elif k_metrics == "tokens_estimated":
                if x_metrics is not None:
                    v_metrics__tokens_estimated: Any = x_metrics
                    if type(v_metrics__tokens_estimated) is not bool:
                        raise Unusual("SpanMetrics.tokens_estimated")
                    m_metrics.tokens_estimated = v_metrics__tokens_estimated
            else:
                raise Unusual("SpanMetrics: unknown key")
        v_metrics = m_metrics
    v_params: Any = get("params")
    if v_params is not None:
        if type(v_params) is not dict:
            raise Unusual("SpanParams")
        m_params: models.SpanParams = new(models.SpanParams)
        m_params.temperature = None
        m_params.top_p = None
        m_params.max_tokens = None
        m_params.n = None
        m_params.seed = None
        m_params.frequency_penalty = None
        m_params.presence_penalty = None
        m_params.logprobs = None
        m_params.top_logprobs = None
        m_params.logit_bias = None
        m_params.stop = None
        m_params.stream = None
        m_params.tools = None
        m_params.functions = None
        m_params.tool_choice = None
        m_params.parallel_tool_calls = None
        m_params.user = None
        m_params.reasoning_effort = None
        extra_params: dict[str, Any] = {}
        for k_params, x_params in v_params.items():
            if k_params == "temperature":
                if x_params is not None:
                    v_params__temperature: Any = x_params
                    if not (
                        type(v_params__temperature) is int
                        or (
                            type(v_params__temperature) is float
                            and v_params__temperature - v_params__temperature == 0.0
                        )
                    ):
                        raise Unusual("SpanParams.temperature")
                    m_params.temperature = v_params__temperature
            elif k_params == "top_p":
                if x_params is not None:
                    v_params__top_p: Any = x_params
                    if not (
                        type(v_params__top_p) is int
                        or (type(v_params__top_p) is float and v_params__top_p - v_params__top_p == 0.0)
                    ):
                        raise Unusual("SpanParams.top_p")
                    m_params.top_p = v_params__top_p
            elif k_params == "max_tokens":
                if x_params is not None:
                    v_params__max_tokens: Any = x_params
                    if not (
                        type(v_params__max_tokens) is int
                        or (type(v_params__max_tokens) is float and v_params__max_tokens - v_params__max_tokens == 0.0)
                    ):
                        raise Unusual("SpanParams.max_tokens")
                    m_params.max_tokens = v_params__max_tokens
            elif k_params == "n":
                if x_params is not None:
                    v_params__n: Any = x_params
                    if not (
                        type(v_params__n) is int or (type(v_params__n) is float and v_params__n - v_params__n == 0.0)
                    ):
                        raise Unusual("SpanParams.n")
                    m_params.n = v_params__n
            elif k_params == "seed":
                if x_params is not None:
                    v_params__seed: Any = x_params
                    if not (
                        type(v_params__seed) is int
                        or (type(v_params__seed) is float and v_params__seed - v_params__seed == 0.0)
                    ):
                        raise Unusual("SpanParams.seed")
                    m_params.seed = v_params__seed
            elif k_params == "frequency_penalty":
                if x_params is not None:
                    v_params__frequency_penalty: Any = x_params
                    if not (
                        type(v_params__frequency_penalty) is int
                        or (
                            type(v_params__frequency_penalty) is float
                            and v_params__frequency_penalty - v_params__frequency_penalty == 0.0
                        )
                    ):
                        raise Unusual("SpanParams.frequency_penalty")
                    m_params.frequency_penalty = v_params__frequency_penalty
            elif k_params == "presence_penalty":
                if x_params is not None:
                    v_params__presence_penalty: Any = x_params
                    if not (
                        type(v_params__presence_penalty) is int
                        or (
                            type(v_params__presence_penalty) is float
                            and v_params__presence_penalty - v_params__presence_penalty == 0.0
                        )
                    ):
                        raise Unusual("SpanParams.presence_penalty")
                    m_params.presence_penalty = v_params__presence_penalty
            elif k_params == "logprobs":
                if x_params is not None:
                    v_params__logprobs: Any = x_params
                    if type(v_params__logprobs) is not bool:
                        raise Unusual("SpanParams.logprobs")
                    m_params.logprobs = v_params__logprobs
            elif k_params == "top_logprobs":
                if x_params is not None:
                    v_params__top_logprobs: Any = x_params
                    if not (
                        type(v_params__top_logprobs) is int
                        or (
                            type(v_params__top_logprobs) is float
                            and v_params__top_logprobs - v_params__top_logprobs == 0.0
                        )
                    ):
                        raise Unusual("SpanParams.top_logprobs")
                    m_params.top_logprobs = v_params__top_logprobs
            elif k_params == "logit_bias":
                if x_params is not None:
                    v_params__logit_bias: Any = x_params
                    if not (
                        type(v_params__logit_bias) is dict
                        and all(
                            type(k0) is str and (type(x0) is int or (type(x0) is float and x0 - x0 == 0.0))
                            for k0, x0 in v_params__logit_bias.items()
                        )
                    ):
                        raise Unusual("SpanParams.logit_bias")
                    m_params.logit_bias = v_params__logit_bias
            elif k_params == "stop":
                if x_params is not None:
                    v_params__stop: Any = x_params
                    if not (
                        type(v_params__stop) is str
                        or (type(v_params__stop) is list and TYPES_str.issuperset(map(type, v_params__stop)))
                    ):
                        raise Unusual("SpanParams.stop")
                    m_params.stop = v_params__stop
            elif k_params == "stream":
                if x_params is not None:
                    v_params__stream: Any = x_params
                    if type(v_params__stream) is not bool:
                        raise Unusual("SpanParams.stream")
                    m_params.stream = v_params__stream
            elif k_params == "tools":
                if x_params is not None:
                    v_params__tools: Any = x_params
                    if not (
                        type(v_params__tools) is list
                        and all((type(i0) is dict and is_json(i0)) for i0 in v_params__tools)
                    ):
                        raise Unusual("SpanParams.tools")
                    m_params.tools = v_params__tools
            elif k_params == "functions":
                if x_params is not None:
                    v_params__functions: Any = x_params
                    if not (
                        type(v_params__functions) is list
                        and all((type(i0) is dict and is_json(i0)) for i0 in v_params__functions)
                    ):
                        raise Unusual("SpanParams.functions")
                    m_params.functions = v_params__functions
            elif k_params == "tool_choice":
                if x_params is not None:
                    v_params__tool_choice: Any = x_params
                    if not (
                        type(v_params__tool_choice) is str
                        or (type(v_params__tool_choice) is dict and is_json(v_params__tool_choice))
                    ):
                        raise Unusual("SpanParams.tool_choice")
                    m_params.tool_choice = v_params__tool_choice
            elif k_params == "parallel_tool_calls":
                if x_params is not None:
                    v_params__parallel_tool_calls: Any = x_params
                    if type(v_params__parallel_tool_calls) is not bool:
                        raise Unusual("SpanParams.parallel_tool_calls")
                    m_params.parallel_tool_calls = v_params__parallel_tool_calls
            elif k_params == "user":
                if x_params is not None:
                    v_params__user: Any = x_params
                    if type(v_params__user) is not str:
                        raise Unusual("SpanParams.user")
                    m_params.user = v_params__user
            elif k_params == "reasoning_effort":
                if x_params is not None:
                    v_params__reasoning_effort: Any = x_params
                    if type(v_params__reasoning_effort) is not str:
                        raise Unusual("SpanParams.reasoning_effort")
                    m_params.reasoning_effort = v_params__reasoning_effort
            else:
                if type(k_params) is not str or not is_json(x_params):
                    raise Unusual("SpanParams.additional_properties")
                extra_params[k_params] = x_params
        m_params.additional_properties = extra_params
        v_params = m_params
    v_type: Any = get("type")
    if not (v_type == "llm" and type(v_type) is str):
        raise Unusual("LLMSpan.type")
    v_vendor: Any = get("vendor")
    if v_vendor is not None and type(v_vendor) is not str:
        raise Unusual("LLMSpan.vendor")
    v_model: Any = get("model")
    if v_model is not None and type(v_model) is not str:
        raise Unusual("LLMSpan.model")
    instance: models.LLMSpan = new(models.LLMSpan)
    instance.span_id = v_span_id
    instance.timestamps = v_timestamps
    instance.parent_id = v_parent_id
    instance.trace_id = v_trace_id
    instance.name = v_name
    instance.input = v_input
    instance.output = v_output
    instance.error = v_error
    instance.metrics = v_metrics
    instance.params = v_params
    instance.type = "llm"
    instance.vendor = v_vendor
    instance.model = v_model
    return instance


def encode_Money(obj: Any) -> dict[str, Any]:
    if type(obj) is not models.Money:
        raise Unusual("Money")
    v_currency: Any = obj.currency
    if type(v_currency) is not str:
        raise Unusual("Money.currency")
    v_amount: Any = obj.amount
    if not (type(v_amount) is int or (type(v_amount) is float and v_amount - v_amount == 0.0)):
        raise Unusual("Money.amount")
    out: dict[str, Any] = {"currency": v_currency, "amount": v_amount}
    extra = obj.additional_properties
    if extra:
        if type(extra) is not dict or not KEYS_Money.isdisjoint(extra):
            raise Unusual("Money.additional_properties")
        for key, value in extra.items():
            if type(key) is not str or not is_json(value):
                raise Unusual("Money.additional_properties")
        out.update(extra)
    return out


def decode_Money(doc: Any) -> models.Money:
    if type(doc) is not dict:
        raise Unusual("Money")
    extra: dict[str, Any] = {}
    if not KEYS_Money.issuperset(doc):
        extra = {key: value for key, value in doc.items() if key not in KEYS_Money}
        for key, value in extra.items():
            if type(key) is not str or not is_json(value):
                raise Unusual("Money.additional_properties")
    get = doc.get
    v_currency: Any = get("currency")
    if type(v_currency) is not str:
        raise Unusual("Money.currency")
    v_amount: Any = get("amount")
    if not (type(v_amount) is int or (type(v_amount) is float and v_amount - v_amount == 0.0)):
        raise Unusual("Money.amount")
    instance: models.Money = new(models.Money)
    instance.currency = v_currency
    instance.amount = v_amount
    instance.additional_properties = extra
    return instance


def encode_PartialSuccess(obj: Any) -> dict[str, Any]:
    if type(obj) is not models.PartialSuccess:
        raise Unusual("PartialSuccess")
    out: dict[str, Any] = {}
    if obj.rejectedSpans is not None:
        v_rejectedSpans: Any = obj.rejectedSpans
        if type(v_rejectedSpans) is not int:
            raise Unusual("PartialSuccess.rejectedSpans")
        out["rejectedSpans"] = v_rejectedSpans
    if obj.rejectedEvaluations is not None:
        v_rejectedEvaluations: Any = obj.rejectedEvaluations
        if type(v_rejectedEvaluations) is not int:
            raise Unusual("PartialSuccess.rejectedEvaluations")
        out["rejectedEvaluations"] = v_rejectedEvaluations
    if obj.errorMessage is not None:
        v_errorMessage: Any = obj.errorMessage
        if type(v_errorMessage) is not str:
            raise Unusual("PartialSuccess.errorMessage")
        out["errorMessage"] = v_errorMessage
    return out


def decode_PartialSuccess(doc: Any) -> models.PartialSuccess:
    if type(doc) is not dict:
        raise Unusual("PartialSuccess")
    if not KEYS_PartialSuccess.issuperset(doc):
        raise Unusual("PartialSuccess: unknown key")
    get = doc.get
    v_rejectedSpans: Any = get("rejectedSpans")
    if v_rejectedSpans is not None:
        if type(v_rejectedSpans) is not int:
            raise Unusual("PartialSuccess.rejectedSpans")
    elif "rejectedSpans" in doc:
        raise Unusual("PartialSuccess.rejectedSpans")
    v_rejectedEvaluations: Any = get("rejectedEvaluations")
    if v_rejectedEvaluations is not None:
        if type(v_rejectedEvaluations) is not int:
            raise Unusual("PartialSuccess.rejectedEvaluations")
    elif "rejectedEvaluations" in doc:
        raise Unusual("PartialSuccess.rejectedEvaluations")
    v_errorMessage: Any = get("errorMessage")
    if v_errorMessage is not None:
        if type(v_errorMessage) is not str:
            raise Unusual("PartialSuccess.errorMessage")
    elif "errorMessage" in doc:
        raise Unusual("PartialSuccess.errorMessage")
    instance: models.PartialSuccess = new(models.PartialSuccess)
    instance.rejectedSpans = v_rejectedSpans
    instance.rejectedEvaluations = v_rejectedEvaluations
    instance.errorMessage = v_errorMessage
    return instance


def encode_PermissionDeniedErrorResponse(obj: Any) -> dict[str, Any]:
    if type(obj) is not models.PermissionDeniedErrorResponse:
        raise Unusual("PermissionDeniedErrorResponse")
    v_message: Any = obj.message
    if type(v_message) is not str:
        raise Unusual("PermissionDeniedErrorResponse.message")
    out: dict[str, Any] = {"message": v_message}
    if obj.error is not None:
        v_error: Any = obj.error
        if type(v_error) is not str:
            raise Unusual("PermissionDeniedErrorResponse.error")
        out["error"] = v_error
    if obj.permission is not None:
        v_permission: Any = obj.permission
        if type(v_permission) is not str:
            raise Unusual("PermissionDeniedErrorResponse.permission")
        out["permission"] = v_permission
    return out


def decode_PermissionDeniedErrorResponse(doc: Any) -> models.PermissionDeniedErrorResponse:
    if type(doc) is not dict:
        raise Unusual("PermissionDeniedErrorResponse")
    if not KEYS_PermissionDeniedErrorResponse.issuperset(doc):
        raise Unusual("PermissionDeniedErrorResponse: unknown key")
    get = doc.get
    v_message: Any = get("message")
    if type(v_message) is not str:
        raise Unusual("PermissionDeniedErrorResponse.message")
    v_error: Any = get("error")
    if v_error is not None:
        if type(v_error) is not str:
            raise Unusual("PermissionDeniedErrorResponse.error")
    elif "error" in doc:
        raise Unusual("PermissionDeniedErrorResponse.error")
    v_permission: Any = get("permission")
    if v_permission is not None:
        if type(v_permission) is not str:
            raise Unusual("PermissionDeniedErrorResponse.permission")
    elif "permission" in doc:
        raise Unusual("PermissionDeniedErrorResponse.permission")
    instance: models.PermissionDeniedErrorResponse = new(models.PermissionDeniedErrorResponse)
    instance.message = v_message
    instance.error = v_error
    instance.permission = v_permission
    return instance


def encode_PlanLimitErrorResponse(obj: Any) -> dict[str, Any]:
    if type(obj) is not models.PlanLimitErrorResponse:
        raise Unusual("PlanLimitErrorResponse")
    v_message: Any = obj.message
    if type(v_message) is not str:
        raise Unusual("PlanLimitErrorResponse.message")
    out: dict[str, Any] = {"message": v_message}
    if obj.error is not None:
        v_error: Any = obj.error
        if type(v_error) is not str:
            raise Unusual("PlanLimitErrorResponse.error")
        out["error"] = v_error
    if obj.currentMonthMessagesCount is not None:
        v_currentMonthMessagesCount: Any = obj.currentMonthMessagesCount
        if not (
            type(v_currentMonthMessagesCount) is int
            or (
                type(v_currentMonthMessagesCount) is float
                and v_currentMonthMessagesCount - v_currentMonthMessagesCount == 0.0
            )
        ):
            raise Unusual("PlanLimitErrorResponse.currentMonthMessagesCount")
        out["currentMonthMessagesCount"] = v_currentMonthMessagesCount
    if obj.maxMessagesPerMonth is not None:
        v_maxMessagesPerMonth: Any = obj.maxMessagesPerMonth
        if not (
            type(v_maxMessagesPerMonth) is int
            or (type(v_maxMessagesPerMonth) is float and v_maxMessagesPerMonth - v_maxMessagesPerMonth == 0.0)
        ):
            raise Unusual("PlanLimitErrorResponse.maxMessagesPerMonth")
        out["maxMessagesPerMonth"] = v_maxMessagesPerMonth
    if obj.activePlanName is not None:
        v_activePlanName: Any = obj.activePlanName
        if type(v_activePlanName) is not str:
            raise Unusual("PlanLimitErrorResponse.activePlanName")
        out["activePlanName"] = v_activePlanName
    if obj.tips is not None:
        v_tips: Any = obj.tips
        if not (type(v_tips) is list and is_json(v_tips)):
            raise Unusual("PlanLimitErrorResponse.tips")
        out["tips"] = v_tips
    if obj.fault is not None:
        v_fault: Any = obj.fault
        if type(v_fault) is not str:
            raise Unusual("PlanLimitErrorResponse.fault")
        out["fault"] = v_fault
    return out


def decode_PlanLimitErrorResponse(doc: Any) -> models.PlanLimitErrorResponse:
    if type(doc) is not dict:
        raise Unusual("PlanLimitErrorResponse")
    if not KEYS_PlanLimitErrorResponse.issuperset(doc):
        raise Unusual("PlanLimitErrorResponse: unknown key")
    get = doc.get
    v_message: Any = get("message")
    if type(v_message) is not str:
        raise Unusual("PlanLimitErrorResponse.message")
    v_error: Any = get("error")
    if v_error is not None:
        if type(v_error) is not str:
            raise Unusual("PlanLimitErrorResponse.error")
    elif "error" in doc:
        raise Unusual("PlanLimitErrorResponse.error")
    v_currentMonthMessagesCount: Any = get("currentMonthMessagesCount")
    if v_currentMonthMessagesCount is not None:
        if not (
            type(v_currentMonthMessagesCount) is int
            or (
                type(v_currentMonthMessagesCount) is float
                and v_currentMonthMessagesCount - v_currentMonthMessagesCount == 0.0
            )
        ):
            raise Unusual("PlanLimitErrorResponse.currentMonthMessagesCount")
    elif "currentMonthMessagesCount" in doc:
        raise Unusual("PlanLimitErrorResponse.currentMonthMessagesCount")
    v_maxMessagesPerMonth: Any = get("maxMessagesPerMonth")
    if v_maxMessagesPerMonth is not None:
        if not (
            type(v_maxMessagesPerMonth) is int
            or (type(v_maxMessagesPerMonth) is float and v_maxMessagesPerMonth - v_maxMessagesPerMonth == 0.0)
        ):
            raise Unusual("PlanLimitErrorResponse.maxMessagesPerMonth")
    elif "maxMessagesPerMonth" in doc:
        raise Unusual("PlanLimitErrorResponse.maxMessagesPerMonth")
    v_activePlanName: Any = get("activePlanName")
    if v_activePlanName is not None:
        if type(v_activePlanName) is not str:
            raise Unusual("PlanLimitErrorResponse.activePlanName")
    elif "activePlanName" in doc:
        raise Unusual("PlanLimitErrorResponse.activePlanName")
    v_tips: Any = get("tips")
    if v_tips is not None:
        if not (type(v_tips) is list and is_json(v_tips)):
            raise Unusual("PlanLimitErrorResponse.tips")
    elif "tips" in doc:
        raise Unusual("PlanLimitErrorResponse.tips")
    v_fault: Any = get("fault")
    if v_fault is not None:
        if type(v_fault) is not str:
            raise Unusual("PlanLimitErrorResponse.fault")
    elif "fault" in doc:
        raise Unusual("PlanLimitErrorResponse.fault")
    instance: models.PlanLimitErrorResponse = new(models.PlanLimitErrorResponse)
    instance.message = v_message
    instance.error = v_error
    instance.currentMonthMessagesCount = v_currentMonthMessagesCount
    instance.maxMessagesPerMonth = v_maxMessagesPerMonth
    instance.activePlanName = v_activePlanName
    instance.tips = v_tips
    instance.fault = v_fault
    return instance


def encode_RAGChunk(obj: Any) -> dict[str, Any]:
    if type(obj) is not models.RAGChunk:
        raise Unusual("RAGChunk")
    v_content: Any = obj.content
    if not (
        type(v_content) is str
        or (type(v_content) is dict and is_json(v_content))
        or (type(v_content) is list and is_json(v_content))
    ):
        raise Unusual("RAGChunk.content")
    out: dict[str, Any] = {"content": v_content}
    if obj.document_id is not None:
        v_document_id: Any = obj.document_id
        if type(v_document_id) is not str:
            raise Unusual("RAGChunk.document_id")
        out["document_id"] = v_document_id
    if obj.chunk_id is not None:
        v_chunk_id: Any = obj.chunk_id
        if type(v_chunk_id) is not str:
            raise Unusual("RAGChunk.chunk_id")
        out["chunk_id"] = v_chunk_id
    return out


def decode_RAGChunk(doc: Any) -> models.RAGChunk:
    if type(doc) is not dict:
        raise Unusual("RAGChunk")
    if not KEYS_RAGChunk.issuperset(doc):
        raise Unusual("RAGChunk: unknown key")
    get = doc.get
    v_content: Any = get("content")
    if not (
        type(v_content) is str
        or (type(v_content) is dict and is_json(v_content))
        or (type(v_content) is list and is_json(v_content))
    ):
        raise Unusual("RAGChunk.content")
    v_document_id: Any = get("document_id")
    if v_document_id is not None and type(v_document_id) is not str:
        raise Unusual("RAGChunk.document_id")
    v_chunk_id: Any = get("chunk_id")
    if v_chunk_id is not None and type(v_chunk_id) is not str:
        raise Unusual("RAGChunk.chunk_id")
    instance: models.RAGChunk = new(models.RAGChunk)
    instance.content = v_content
    instance.document_id = v_document_id
    instance.chunk_id = v_chunk_id
    return instance


def encode_RAGSpan(obj: Any) -> dict[str, Any]:
    if type(obj) is not models.RAGSpan:
        raise Unusual("RAGSpan")
    v_span_id: Any = obj.span_id
    if type(v_span_id) is not str:
        raise Unusual("RAGSpan.span_id")
    v_timestamps: Any = obj.timestamps
    if type(v_timestamps) is not models.SpanTimestamps:
        raise Unusual("SpanTimestamps")
    v_timestamps__started_at: Any = v_timestamps.started_at
    if not (
        type(v_timestamps__started_at) is int
        or (type(v_timestamps__started_at) is float and v_timestamps__started_at - v_timestamps__started_at == 0.0)
    ):
        raise Unusual("SpanTimestamps.started_at")
    v_timestamps__finished_at: Any = v_timestamps.finished_at
    if not (
        type(v_timestamps__finished_at) is int
        or (type(v_timestamps__finished_at) is float and v_timestamps__finished_at - v_timestamps__finished_at == 0.0)
    ):
        raise Unusual("SpanTimestamps.finished_at")
    o_timestamps: dict[str, Any] = {"started_at": v_timestamps__started_at, "finished_at": v_timestamps__finished_at}
    if v_timestamps.first_token_at is not None:
        v_timestamps__first_token_at: Any = v_timestamps.first_token_at
        if not (
            type(v_timestamps__first_token_at) is int
            or (
                type(v_timestamps__first_token_at) is float
                and v_timestamps__first_token_at - v_timestamps__first_token_at == 0.0
            )
        ):
            raise Unusual("SpanTimestamps.first_token_at")
        o_timestamps["first_token_at"] = v_timestamps__first_token_at
    if v_timestamps.ignore_timestamps_on_write is not None:
        v_timestamps__ignore_timestamps_on_write: Any = v_timestamps.ignore_timestamps_on_write
        if type(v_timestamps__ignore_timestamps_on_write) is not bool:
            raise Unusual("SpanTimestamps.ignore_timestamps_on_write")
        o_timestamps["ignore_timestamps_on_write"] = v_timestamps__ignore_timestamps_on_write
    v_timestamps = o_timestamps
    v_type: Any = obj.type
    if not (v_type == "rag" and type(v_type) is str):
        raise Unusual("RAGSpan.type")
    v_contexts: Any = obj.contexts
    if type(v_contexts) is not list:
        raise Unusual("RAGSpan.contexts")
    o_contexts: list[Any] = []
    for item in v_contexts:
        o_contexts.append(encode_RAGChunk(item))
    v_contexts = o_contexts
    out: dict[str, Any] = {"span_id": v_span_id, "timestamps": v_timestamps, "type": v_type, "contexts": v_contexts}
    if obj.parent_id is not None:
        v_parent_id: Any = obj.parent_id
        if type(v_parent_id) is not str:
            raise Unusual("RAGSpan.parent_id")
        out["parent_id"] = v_parent_id
    if obj.trace_id is not None:
        v_trace_id: Any = obj.trace_id
        if type(v_trace_id) is not str:
            raise Unusual("RAGSpan.trace_id")
        out["trace_id"] = v_trace_id
    if obj.name is not None:
        v_name: Any = obj.name
        if type(v_name) is not str:
            raise Unusual("RAGSpan.name")
        out["name"] = v_name
    if obj.input is not None:
        v_input: Any = obj.input
        out["input"] = ENCODERS_SpanInputOutput[type(v_input)](v_input)
    if obj.output is not None:
        v_output: Any = obj.output
        out["output"] = ENCODERS_SpanInputOutput[type(v_output)](v_output)
    if obj.error is not None:
        v_error: Any = obj.error
        if type(v_error) is not models.ErrorCapture:
            raise Unusual("ErrorCapture")
        v_error__message: Any = v_error.message
        if type(v_error__message) is not str:
            raise Unusual("ErrorCapture.message")
        v_error__stacktrace: Any = v_error.stacktrace
        if not (type(v_error__stacktrace) is list and TYPES_str.issuperset(map(type, v_error__stacktrace))):
            raise Unusual("ErrorCapture.stacktrace")
        o_error: dict[str, Any] = {"message": v_error__message, "stacktrace": v_error__stacktrace}
        if v_error.has_error is not None:
            v_error__has_error: Any = v_error.has_error
            if v_error__has_error is not True:
                raise Unusual("ErrorCapture.has_error")
            o_error["has_error"] = v_error__has_error
        out["error"] = o_error
    if obj.metrics is not None:
        v_metrics: Any = obj.metrics
        if type(v_metrics) is not models.SpanMetrics:
            raise Unusual("SpanMetrics")
        o_metrics: dict[str, Any] = {}
        if v_metrics.prompt_tokens is not None:
            v_metrics__prompt_tokens: Any = v_metrics.prompt_tokens
            if not (
                type(v_metrics__prompt_tokens) is int
                or (
                    type(v_metrics__prompt_tokens) is float
                    and v_metrics__prompt_tokens - v_metrics__prompt_tokens == 0.0
                )
            ):
                raise Unusual("SpanMetrics.prompt_tokens")
            o_metrics["prompt_tokens"] = v_metrics__prompt_tokens
        if v_metrics.completion_tokens is not None:
            v_metrics__completion_tokens: Any = v_metrics.completion_tokens
            if not (
                type(v_metrics__completion_tokens) is int
                or (
                    type(v_metrics__completion_tokens) is float
                    and v_metrics__completion_tokens - v_metrics__completion_tokens == 0.0
                )
            ):
                raise Unusual("SpanMetrics.completion_tokens")
            o_metrics["completion_tokens"] = v_metrics__completion_tokens
        if v_metrics.reasoning_tokens is not None:
            v_metrics__reasoning_tokens: Any = v_metrics.reasoning_tokens
            if not (
                type(v_metrics__reasoning_tokens) is int
                or (
                    type(v_metrics__reasoning_tokens) is float
                    and v_metrics__reasoning_tokens - v_metrics__reasoning_tokens == 0.0
                )
            ):
                raise Unusual("SpanMetrics.reasoning_tokens")
            o_metrics["reasoning_tokens"] = v_metrics__reasoning_tokens
        if v_metrics.cache_read_input_tokens is not None:
            v_metrics__cache_read_input_tokens: Any = v_metrics.cache_read_input_tokens
            if not (
                type(v_metrics__cache_read_input_tokens) is int
                or (
                    type(v_metrics__cache_read_input_tokens) is float
                    and v_metrics__cache_read_input_tokens - v_metrics__cache_read_input_tokens == 0.0
                )
            ):
                raise Unusual("SpanMetrics.cache_read_input_tokens")
            o_metrics["cache_read_input_tokens"] = v_metrics__cache_read_input_tokens
        if v_metrics.cache_creation_input_tokens is not None:
            v_metrics__cache_creation_input_tokens: Any = v_metrics.cache_creation_input_tokens
            if not (
                type(v_metrics__cache_creation_input_tokens) is int
                or (
                    type(v_metrics__cache_creation_input_tokens) is float
                    and v_metrics__cache_creation_input_tokens - v_metrics__cache_creation_input_tokens == 0.0
                )
            ):
                raise Unusual("SpanMetrics.cache_creation_input_tokens")
            o_metrics["cache_creation_input_tokens"] = v_metrics__cache_creation_input_tokens
        if v_metrics.cost is not None:
            v_metrics__cost: Any = v_metrics.cost
            if not (
                type(v_metrics__cost) is int
                or (type(v_metrics__cost) is float and v_metrics__cost - v_metrics__cost == 0.0)
            ):
                raise Unusual("SpanMetrics.cost")
            o_metrics["cost"] = v_metrics__cost
        if v_metrics.tokens_estimated is not None:
            v_metrics__tokens_estimated: Any = v_metrics.tokens_estimated
            if type(v_metrics__tokens_estimated) is not bool:
                raise Unusual("SpanMetrics.tokens_estimated")
            o_metrics["tokens_estimated"] = v_metrics__tokens_estimated
        out["metrics"] = o_metrics
    if obj.params is not None:
        v_params: Any = obj.params
        out["params"] = encode_SpanParams(v_params)
    return out


def decode_RAGSpan(doc: Any) -> models.RAGSpan:
    if type(doc) is not dict:
        raise Unusual("RAGSpan")
    if not KEYS_RAGSpan.issuperset(doc):
        raise Unusual("RAGSpan: unknown key")
    get = doc.get
    v_span_id: Any = get("span_id")
    if type(v_span_id) is not str:
        raise Unusual("RAGSpan.span_id")
    v_timestamps: Any = get("timestamps")
    if type(v_timestamps) is not dict:
        raise Unusual("SpanTimestamps")
    if not KEYS_SpanTimestamps.issuperset(v_timestamps):
        raise Unusual("SpanTimestamps: unknown key")
    get_timestamps = v_timestamps.get
    v_timestamps__started_at: Any = get_timestamps("started_at")
    if not (
        type(v_timestamps__started_at) is int
        or (type(v_timestamps__started_at) is float and v_timestamps__started_at - v_timestamps__started_at == 0.0)
    ):
        raise Unusual("SpanTimestamps.started_at")
    v_timestamps__finished_at: Any = get_timestamps("finished_at")
    if not (
        type(v_timestamps__finished_at) is int
        or (type(v_timestamps__finished_at) is float and v_timestamps__finished_at - v_timestamps__finished_at == 0.0)
    ):
        raise Unusual("SpanTimestamps.finished_at")
    v_timestamps__first_token_at: Any = get_timestamps("first_token_at")
    if v_timestamps__first_token_at is not None and not (
        type(v_timestamps__first_token_at) is int
        or (
            type(v_timestamps__first_token_at) is float
            and v_timestamps__first_token_at - v_timestamps__first_token_at == 0.0
        )
    ):
        raise Unusual("SpanTimestamps.first_token_at")
    v_timestamps__ignore_timestamps_on_write: Any = get_timestamps("ignore_timestamps_on_write")
    if (
        v_timestamps__ignore_timestamps_on_write is not None
        and type(v_timestamps__ignore_timestamps_on_write) is not bool
    ):
        raise Unusual("SpanTimestamps.ignore_timestamps_on_write")
    m_timestamps: models.SpanTimestamps = new(models.SpanTimestamps)
    m_timestamps.started_at = v_timestamps__started_at
    m_timestamps.finished_at = v_timestamps__finished_at
    m_timestamps.first_token_at = v_timestamps__first_token_at
    m_timestamps.ignore_timestamps_on_write = v_timestamps__ignore_timestamps_on_write
    v_timestamps = m_timestamps
    v_parent_id: Any = get("parent_id")
    if v_parent_id is not None and type(v_parent_id) is not str:
        raise Unusual("RAGSpan.parent_id")
    v_trace_id: Any = get("trace_id")
    if v_trace_id is not None and type(v_trace_id) is not str:
        raise Unusual("RAGSpan.trace_id")
    v_name: Any = get("name")
    if v_name is not None and type(v_name) is not str:
        raise Unusual("RAGSpan.name")
    v_input: Any = get("input")
    if v_input is not None:
        t_v_input: Any = v_input.get("type") if type(v_input) is dict else None
        d_v_input = DECODERS_SpanInputOutput.get(t_v_input) if type(t_v_input) is str else None
        if d_v_input is None:
            raise Unusual("SpanInputOutput: tag")
        v_input = d_v_input(v_input)
    v_output: Any = get("output")
    if v_output is not None:
        t_v_output: Any = v_output.get("type") if type(v_output) is dict else None
        d_v_output = DECODERS_SpanInputOutput.get(t_v_output) if type(t_v_output) is str else None
        if d_v_output is None:
            raise Unusual("SpanInputOutput: tag")
        v_output = d_v_output(v_output)
    v_error: Any = get("error")
    if v_error is not None:
        if type(v_error) is not dict:
            raise Unusual("ErrorCapture")
        if not KEYS_ErrorCapture.issuperset(v_error):
            raise Unusual("ErrorCapture: unknown key")
        get_error = v_error.get
        v_error__message: Any = get_error("message")
        if type(v_error__message) is not str:
            raise Unusual("ErrorCapture.message")
        v_error__stacktrace: Any = get_error("stacktrace")
        if not (type(v_error__stacktrace) is list and TYPES_str.issuperset(map(type, v_error__stacktrace))):
            raise Unusual("ErrorCapture.stacktrace")
        v_error__has_error: Any = get_error("has_error")
        if v_error__has_error is not None:
            if v_error__has_error is not True:
                raise Unusual("ErrorCapture.has_error")
        elif "has_error" in v_error:
            raise Unusual("ErrorCapture.has_error")
        m_error: models.ErrorCapture = new(models.ErrorCapture)
        m_error.message = v_error__message
        m_error.stacktrace = v_error__stacktrace
        m_error.has_error = True
        v_error = m_error
    v_metrics: Any = get("metrics")
    if v_metrics is not None:
        if type(v_metrics) is not dict:
            raise Unusual("SpanMetrics")
        m_metrics: models.SpanMetrics = new(models.SpanMetrics)
        m_metrics.prompt_tokens = None
        m_metrics.completion_tokens = None
        m_metrics.reasoning_tokens = None
        m_metrics.cache_read_input_tokens = None
        m_metrics.cache_creation_input_tokens = None
        m_metrics.cost = None
        m_metrics.tokens_estimated = None
        for k_metrics, x_metrics in v_metrics.items():
            if k_metrics == "prompt_tokens":
                if x_metrics is not None:
                    v_metrics__prompt_tokens: Any = x_metrics
                    if not (
                        type(v_metrics__prompt_tokens) is int
                        or (
                            type(v_metrics__prompt_tokens) is float
                            and v_metrics__prompt_tokens - v_metrics__prompt_tokens == 0.0
                        )
                    ):
                        raise Unusual("SpanMetrics.prompt_tokens")
                    m_metrics.prompt_tokens = v_metrics__prompt_tokens
            elif k_metrics == "completion_tokens":
                if x_metrics is not None:
                    v_metrics__completion_tokens: Any = x_metrics
                    if not (
                        type(v_metrics__completion_tokens) is int
                        or (
                            type(v_metrics__completion_tokens) is float
                            and v_metrics__completion_tokens - v_metrics__completion_tokens == 0.0
                        )
                    ):
                        raise Unusual("SpanMetrics.completion_tokens")
                    m_metrics.completion_tokens = v_metrics__completion_tokens
            elif k_metrics == "reasoning_tokens":
                if x_metrics is not None:
                    v_metrics__reasoning_tokens: Any = x_metrics
                    if not (
                        type(v_metrics__reasoning_tokens) is int
                        or (
                            type(v_metrics__reasoning_tokens) is float
                            and v_metrics__reasoning_tokens - v_metrics__reasoning_tokens == 0.0
                        )
                    ):
                        raise Unusual("SpanMetrics.reasoning_tokens")
                    m_metrics.reasoning_tokens = v_metrics__reasoning_tokens
            elif k_metrics == "cache_read_input_tokens":
                if x_metrics is not None:
                    v_metrics__cache_read_input_tokens: Any = x_metrics
                    if not (
                        type(v_metrics__cache_read_input_tokens) is int
                        or (
                            type(v_metrics__cache_read_input_tokens) is float
                            and v_metrics__cache_read_input_tokens - v_metrics__cache_read_input_tokens == 0.0
                        )
                    ):
                        raise Unusual("SpanMetrics.cache_read_input_tokens")
                    m_metrics.cache_read_input_tokens = v_metrics__cache_read_input_tokens
            elif k_metrics == "cache_creation_input_tokens":
                if x_metrics is not None:
                    v_metrics__cache_creation_input_tokens: Any = x_metrics
                    if not (
                        type(v_metrics__cache_creation_input_tokens) is int
                        or (
                            type(v_metrics__cache_creation_input_tokens) is float
                            and v_metrics__cache_creation_input_tokens - v_metrics__cache_creation_input_tokens == 0.0
                        )
                    ):
                        raise Unusual("SpanMetrics.cache_creation_input_tokens")
                    m_metrics.cache_creation_input_tokens = v_metrics__cache_creation_input_tokens
            elif k_metrics == "cost":
                if x_metrics is not None:
                    v_metrics__cost: Any = x_metrics
                    if not (
                        type(v_metrics__cost) is int
                        or (type(v_metrics__cost) is float and v_metrics__cost - v_metrics__cost == 0.0)
                    ):
                        raise Unusual("SpanMetrics.cost")
                    m_metrics.cost = v_metrics__cost
            elif k_metrics == "tokens_estimated":
                if x_metrics is not None:
                    v_metrics__tokens_estimated: Any = x_metrics
                    if type(v_metrics__tokens_estimated) is not bool:
                        raise Unusual("SpanMetrics.tokens_estimated")
                    m_metrics.tokens_estimated = v_metrics__tokens_estimated
            else:
                raise Unusual("SpanMetrics: unknown key")
        v_metrics = m_metrics
    v_params: Any = get("params")
    if v_params is not None:
        if type(v_params) is not dict:
            raise Unusual("SpanParams")
        m_params: models.SpanParams = new(models.SpanParams)
        m_params.temperature = None
        m_params.top_p = None
        m_params.max_tokens = None
        m_params.n = None
        m_params.seed = None
        m_params.frequency_penalty = None
        m_params.presence_penalty = None
        m_params.logprobs = None
        m_params.top_logprobs = None
        m_params.logit_bias = None
        m_params.stop = None
        m_params.stream = None
        m_params.tools = None
        m_params.functions = None
        m_params.tool_choice = None
        m_params.parallel_tool_calls = None
        m_params.user = None
        m_params.reasoning_effort = None
        extra_params: dict[str, Any] = {}
        for k_params, x_params in v_params.items():
            if k_params == "temperature":
                if x_params is not None:
                    v_params__temperature: Any = x_params
                    if not (
                        type(v_params__temperature) is int
                        or (
                            type(v_params__temperature) is float
                            and v_params__temperature - v_params__temperature == 0.0
                        )
                    ):
                        raise Unusual("SpanParams.temperature")
                    m_params.temperature = v_params__temperature
            elif k_params == "top_p":
                if x_params is not None:
                    v_params__top_p: Any = x_params
                    if not (
                        type(v_params__top_p) is int
                        or (type(v_params__top_p) is float and v_params__top_p - v_params__top_p == 0.0)
                    ):
                        raise Unusual("SpanParams.top_p")
                    m_params.top_p = v_params__top_p
            elif k_params == "max_tokens":
                if x_params is not None:
                    v_params__max_tokens: Any = x_params
                    if not (
                        type(v_params__max_tokens) is int
                        or (type(v_params__max_tokens) is float and v_params__max_tokens - v_params__max_tokens == 0.0)
                    ):
                        raise Unusual("SpanParams.max_tokens")
                    m_params.max_tokens = v_params__max_tokens
            elif k_params == "n":
                if x_params is not None:
                    v_params__n: Any = x_params
                    if not (
                        type(v_params__n) is int or (type(v_params__n) is float and v_params__n - v_params__n == 0.0)
                    ):
                        raise Unusual("SpanParams.n")
                    m_params.n = v_params__n
            elif k_params == "seed":
                if x_params is not None:
                    v_params__seed: Any = x_params
                    if not (
                        type(v_params__seed) is int
                        or (type(v_params__seed) is float and v_params__seed - v_params__seed == 0.0)
                    ):
                        raise Unusual("SpanParams.seed")
                    m_params.seed = v_params__seed
            elif k_params == "frequency_penalty":
                if x_params is not None:
                    v_params__frequency_penalty: Any = x_params
                    if not (
                        type(v_params__frequency_penalty) is int
                        or (
                            type(v_params__frequency_penalty) is float
                            and v_params__frequency_penalty - v_params__frequency_penalty == 0.0
                        )
                    ):
                        raise Unusual("SpanParams.frequency_penalty")
                    m_params.frequency_penalty = v_params__frequency_penalty
            elif k_params == "presence_penalty":
                if x_params is not None:
                    v_params__presence_penalty: Any = x_params
                    if not (
                        type(v_params__presence_penalty) is int
                        or (
                            type(v_params__presence_penalty) is float
                            and v_params__presence_penalty - v_params__presence_penalty == 0.0
                        )
                    ):
                        raise Unusual("SpanParams.presence_penalty")
                    m_params.presence_penalty = v_params__presence_penalty
            elif k_params == "logprobs":
                if x_params is not None:
                    v_params__logprobs: Any = x_params
                    if type(v_params__logprobs) is not bool:
                        raise Unusual("SpanParams.logprobs")
                    m_params.logprobs = v_params__logprobs
            elif k_params == "top_logprobs":
                if x_params is not None:
                    v_params__top_logprobs: Any = x_params
                    if not (
                        type(v_params__top_logprobs) is int
                        or (
                            type(v_params__top_logprobs) is float
                            and v_params__top_logprobs - v_params__top_logprobs == 0.0
                        )
                    ):
                        raise Unusual("SpanParams.top_logprobs")
                    m_params.top_logprobs = v_params__top_logprobs
            elif k_params == "logit_bias":
                if x_params is not None:
                    v_params__logit_bias: Any = x_params
                    if not (
                        type(v_params__logit_bias) is dict
                        and all(
                            type(k0) is str and (type(x0) is int or (type(x0) is float and x0 - x0 == 0.0))
                            for k0, x0 in v_params__logit_bias.items()
                        )
                    ):
                        raise Unusual("SpanParams.logit_bias")
                    m_params.logit_bias = v_params__logit_bias
            elif k_params == "stop":
                if x_params is not None:
                    v_params__stop: Any = x_params
                    if not (
                        type(v_params__stop) is str
                        or (type(v_params__stop) is list and TYPES_str.issuperset(map(type, v_params__stop)))
                    ):
                        raise Unusual("SpanParams.stop")
                    m_params.stop = v_params__stop
            elif k_params == "stream":
                if x_params is not None:
                    v_params__stream: Any = x_params
                    if type(v_params__stream) is not bool:
                        raise Unusual("SpanParams.stream")
                    m_params.stream = v_params__stream
            elif k_params == "tools":
                if x_params is not None:
                    v_params__tools: Any = x_params
                    if not (
                        type(v_params__tools) is list
                        and all((type(i0) is dict and is_json(i0)) for i0 in v_params__tools)
                    ):
                        raise Unusual("SpanParams.tools")
                    m_params.tools = v_params__tools
            elif k_params == "functions":
                if x_params is not None:
                    v_params__functions: Any = x_params
                    if not (
                        type(v_params__functions) is list
                        and all((type(i0) is dict and is_json(i0)) for i0 in v_params__functions)
                    ):
                        raise Unusual("SpanParams.functions")
                    m_params.functions = v_params__functions
            elif k_params == "tool_choice":
                if x_params is not None:
                    v_params__tool_choice: Any = x_params
                    if not (
                        type(v_params__tool_choice) is str
                        or (type(v_params__tool_choice) is dict and is_json(v_params__tool_choice))
                    ):
                        raise Unusual("SpanParams.tool_choice")
                    m_params.tool_choice = v_params__tool_choice
            elif k_params == "parallel_tool_calls":
                if x_params is not None:
                    v_params__parallel_tool_calls: Any = x_params
                    if type(v_params__parallel_tool_calls) is not bool:
                        raise Unusual("SpanParams.parallel_tool_calls")
                    m_params.parallel_tool_calls = v_params__parallel_tool_calls
            elif k_params == "user":
                if x_params is not None:
                    v_params__user: Any = x_params
                    if type(v_params__user) is not str:
                        raise Unusual("SpanParams.user")
                    m_params.user = v_params__user
            elif k_params == "reasoning_effort":
                if x_params is not None:
                    v_params__reasoning_effort: Any = x_params
                    if type(v_params__reasoning_effort) is not str:
                        raise Unusual("SpanParams.reasoning_effort")
                    m_params.reasoning_effort = v_params__reasoning_effort
            else:
                if type(k_params) is not str or not is_json(x_params):
                    raise Unusual("SpanParams.additional_properties")
                extra_params[k_params] = x_params
        m_params.additional_properties = extra_params
        v_params = m_params
    v_type: Any = get("type")
    if not (v_type == "rag" and type(v_type) is str):
        raise Unusual("RAGSpan.type")
    v_contexts: Any = get("contexts")
    if type(v_contexts) is not list:
        raise Unusual("RAGSpan.contexts")
    o_contexts: list[Any] = []
    for item_contexts in v_contexts:
        if type(item_contexts) is not dict:
            raise Unusual("RAGChunk")
        if not KEYS_RAGChunk.issuperset(item_contexts):
            raise Unusual("RAGChunk: unknown key")
        get_contexts = item_contexts.get
        v_contexts__content: Any = get_contexts("content")
        if not (
            type(v_contexts__content) is str
            or (type(v_contexts__content) is dict and is_json(v_contexts__content))
            or (type(v_contexts__content) is list and is_json(v_contexts__content))
        ):
            raise Unusual("RAGChunk.content")
        v_contexts__document_id: Any = get_contexts("document_id")
        if v_contexts__document_id is not None and type(v_contexts__document_id) is not str:
            raise Unusual("RAGChunk.document_id")
        v_contexts__chunk_id: Any = get_contexts("chunk_id")
        if v_contexts__chunk_id is not None and type(v_contexts__chunk_id) is not str:
            raise Unusual("RAGChunk.chunk_id")
        m_contexts: models.RAGChunk = new(models.RAGChunk)
        m_contexts.content = v_contexts__content
        m_contexts.document_id = v_contexts__document_id
        m_contexts.chunk_id = v_contexts__chunk_id
        o_contexts.append(m_contexts)
    v_contexts = o_contexts
    instance: models.RAGSpan = new(models.RAGSpan)
    instance.span_id = v_span_id
    instance.timestamps = v_timestamps
    instance.parent_id = v_parent_id
    instance.trace_id = v_trace_id
    instance.name = v_name
    instance.input = v_input
    instance.output = v_output
    instance.error = v_error
    instance.metrics = v_metrics
    instance.params = v_params
    instance.type = "rag"
    instance.contexts = v_contexts
    return instance


def encode_RESTEvaluation(obj: Any) -> dict[str, Any]:
    if type(obj) is not models.RESTEvaluation:
        raise Unusual("RESTEvaluation")
    v_name: Any = obj.name
    if type(v_name) is not str:
        raise Unusual("RESTEvaluation.name")
    out: dict[str, Any] = {"name": v_name}
    if obj.evaluation_id is not None:
        v_evaluation_id: Any = obj.evaluation_id
        if type(v_evaluation_id) is not str:
            raise Unusual("RESTEvaluation.evaluation_id")
        out["evaluation_id"] = v_evaluation_id
    if obj.evaluator_id is not None:
        v_evaluator_id: Any = obj.evaluator_id
        if type(v_evaluator_id) is not str:
            raise Unusual("RESTEvaluation.evaluator_id")
        out["evaluator_id"] = v_evaluator_id
    if obj.span_id is not None:
        v_span_id: Any = obj.span_id
        if type(v_span_id) is not str:
            raise Unusual("RESTEvaluation.span_id")
        out["span_id"] = v_span_id
    if obj.type is not None:
        v_type: Any = obj.type
        if type(v_type) is not str:
            raise Unusual("RESTEvaluation.type")
        out["type"] = v_type
    if obj.is_guardrail is not None:
        v_is_guardrail: Any = obj.is_guardrail
        if type(v_is_guardrail) is not bool:
            raise Unusual("RESTEvaluation.is_guardrail")
        out["is_guardrail"] = v_is_guardrail
    if obj.evaluation_thread_id is not None:
        v_evaluation_thread_id: Any = obj.evaluation_thread_id
        if type(v_evaluation_thread_id) is not str:
            raise Unusual("RESTEvaluation.evaluation_thread_id")
        out["evaluation_thread_id"] = v_evaluation_thread_id
    if obj.status is not None:
        v_status: Any = obj.status
        if not (type(v_status) is str and v_status in ENUM_EvaluationStatus):
            raise Unusual("RESTEvaluation.status")
        out["status"] = v_status
    if obj.passed is not None:
        v_passed: Any = obj.passed
        if type(v_passed) is not bool:
            raise Unusual("RESTEvaluation.passed")
        out["passed"] = v_passed
    if obj.score is not None:
        v_score: Any = obj.score
        if not (type(v_score) is int or (type(v_score) is float and v_score - v_score == 0.0)):
            raise Unusual("RESTEvaluation.score")
        out["score"] = v_score
    if obj.label is not None:
        v_label: Any = obj.label
        if type(v_label) is not str:
            raise Unusual("RESTEvaluation.label")
        out["label"] = v_label
    if obj.details is not None:
        v_details: Any = obj.details
        if type(v_details) is not str:
            raise Unusual("RESTEvaluation.details")
        out["details"] = v_details
    if obj.inputs is not None:
        v_inputs: Any = obj.inputs
        if not (type(v_inputs) is dict and is_json(v_inputs)):
            raise Unusual("RESTEvaluation.inputs")
        out["inputs"] = v_inputs
    if obj.error is not None:
        v_error: Any = obj.error
        if type(v_error) is not models.ErrorCapture:
            raise Unusual("ErrorCapture")
        v_error__message: Any = v_error.message
        if type(v_error__message) is not str:
            raise Unusual("ErrorCapture.message")
        v_error__stacktrace: Any = v_error.stacktrace
        if not (type(v_error__stacktrace) is list and TYPES_str.issuperset(map(type, v_error__stacktrace))):
            raise Unusual("ErrorCapture.stacktrace")
        o_error: dict[str, Any] = {"message": v_error__message, "stacktrace": v_error__stacktrace}
        if v_error.has_error is not None:
            v_error__has_error: Any = v_error.has_error
            if v_error__has_error is not True:
                raise Unusual("ErrorCapture.has_error")
            o_error["has_error"] = v_error__has_error
        out["error"] = o_error
    if obj.timestamps is not None:
        v_timestamps: Any = obj.timestamps
        if type(v_timestamps) is not models.EvaluationTimestamps:
            raise Unusual("EvaluationTimestamps")
        o_timestamps: dict[str, Any] = {}
        if v_timestamps.started_at is not None:
            v_timestamps__started_at: Any = v_timestamps.started_at
            if not (
                type(v_timestamps__started_at) is int
                or (
                    type(v_timestamps__started_at) is float
                    and v_timestamps__started_at - v_timestamps__started_at == 0.0
                )
            ):
                raise Unusual("EvaluationTimestamps.started_at")
            o_timestamps["started_at"] = v_timestamps__started_at
        if v_timestamps.finished_at is not None:
            v_timestamps__finished_at: Any = v_timestamps.finished_at
            if not (
                type(v_timestamps__finished_at) is int
                or (
                    type(v_timestamps__finished_at) is float
                    and v_timestamps__finished_at - v_timestamps__finished_at == 0.0
                )
            ):
                raise Unusual("EvaluationTimestamps.finished_at")
            o_timestamps["finished_at"] = v_timestamps__finished_at
        out["timestamps"] = o_timestamps
    return out


def decode_RESTEvaluation(doc: Any) -> models.RESTEvaluation:
    if type(doc) is not dict:
        raise Unusual("RESTEvaluation")
    if not KEYS_RESTEvaluation.issuperset(doc):
        raise Unusual("RESTEvaluation: unknown key")
    get = doc.get
    v_name: Any = get("name")
    if type(v_name) is not str:
        raise Unusual("RESTEvaluation.name")
    v_evaluation_id: Any = get("evaluation_id")
    if v_evaluation_id is not None and type(v_evaluation_id) is not str:
        raise Unusual("RESTEvaluation.evaluation_id")
    v_evaluator_id: Any = get("evaluator_id")
    if v_evaluator_id is not None and type(v_evaluator_id) is not str:
        raise Unusual("RESTEvaluation.evaluator_id")
    v_span_id: Any = get("span_id")
    if v_span_id is not None and type(v_span_id) is not str:
        raise Unusual("RESTEvaluation.span_id")
    v_type: Any = get("type")
    if v_type is not None and type(v_type) is not str:
        raise Unusual("RESTEvaluation.type")
    v_is_guardrail: Any = get("is_guardrail")
    if v_is_guardrail is not None and type(v_is_guardrail) is not bool:
        raise Unusual("RESTEvaluation.is_guardrail")
    v_evaluation_thread_id: Any = get("evaluation_thread_id")
    if v_evaluation_thread_id is not None and type(v_evaluation_thread_id) is not str:
        raise Unusual("RESTEvaluation.evaluation_thread_id")
    v_status: Any = get("status")
    if v_status is not None and not (type(v_status) is str and v_status in ENUM_EvaluationStatus):
        raise Unusual("RESTEvaluation.status")
    v_passed: Any = get("passed")
    if v_passed is not None and type(v_passed) is not bool:
        raise Unusual("RESTEvaluation.passed")
    v_score: Any = get("score")
    if v_score is not None and not (type(v_score) is int or (type(v_score) is float and v_score - v_score == 0.0)):
        raise Unusual("RESTEvaluation.score")
    v_label: Any = get("label")
    if v_label is not None and type(v_label) is not str:
        raise Unusual("RESTEvaluation.label")
    v_details: Any = get("details")
    if v_details is not None and type(v_details) is not str:
        raise Unusual("RESTEvaluation.details")
    v_inputs: Any = get("inputs")
    if v_inputs is not None and not (type(v_inputs) is dict and is_json(v_inputs)):
        raise Unusual("RESTEvaluation.inputs")
    v_error: Any = get("error")
    if v_error is not None:
        if type(v_error) is not dict:
            raise Unusual("ErrorCapture")
        if not KEYS_ErrorCapture.issuperset(v_error):
            raise Unusual("ErrorCapture: unknown key")
        get_error = v_error.get
        v_error__message: Any = get_error("message")
        if type(v_error__message) is not str:
            raise Unusual("ErrorCapture.message")
        v_error__stacktrace: Any = get_error("stacktrace")
        if not (type(v_error__stacktrace) is list and TYPES_str.issuperset(map(type, v_error__stacktrace))):
            raise Unusual("ErrorCapture.stacktrace")
        v_error__has_error: Any = get_error("has_error")
        if v_error__has_error is not None:
            if v_error__has_error is not True:
                raise Unusual("ErrorCapture.has_error")
        elif "has_error" in v_error:
            raise Unusual("ErrorCapture.has_error")
        m_error: models.ErrorCapture = new(models.ErrorCapture)
        m_error.message = v_error__message
        m_error.stacktrace = v_error__stacktrace
        m_error.has_error = True
        v_error = m_error
    v_timestamps: Any = get("timestamps")
    if v_timestamps is not None:
        if type(v_timestamps) is not dict:
            raise Unusual("EvaluationTimestamps")
        if not KEYS_EvaluationTimestamps.issuperset(v_timestamps):
            raise Unusual("EvaluationTimestamps: unknown key")
        get_timestamps = v_timestamps.get
        v_timestamps__started_at: Any = get_timestamps("started_at")
        if v_timestamps__started_at is not None and not (
            type(v_timestamps__started_at) is int
            or (type(v_timestamps__started_at) is float and v_timestamps__started_at - v_timestamps__started_at == 0.0)
        ):
            raise Unusual("EvaluationTimestamps.started_at")
        v_timestamps__finished_at: Any = get_timestamps("finished_at")
        if v_timestamps__finished_at is not None and not (
            type(v_timestamps__finished_at) is int
            or (
                type(v_timestamps__finished_at) is float
                and v_timestamps__finished_at - v_timestamps__finished_at == 0.0
            )
        ):
            raise Unusual("EvaluationTimestamps.finished_at")
        m_timestamps: models.EvaluationTimestamps = new(models.EvaluationTimestamps)
        m_timestamps.started_at = v_timestamps__started_at
        m_timestamps.finished_at = v_timestamps__finished_at
        v_timestamps = m_timestamps
    instance: models.RESTEvaluation = new(models.RESTEvaluation)
    instance.name = v_name
    instance.evaluation_id = v_evaluation_id
    instance.evaluator_id = v_evaluator_id
    instance.span_id = v_span_id
    instance.type = v_type
    instance.is_guardrail = v_is_guardrail
    instance.evaluation_thread_id = v_evaluation_thread_id
    instance.status = cast("models.EvaluationStatus | None", v_status)
    instance.passed = v_passed
    instance.score = v_score
    instance.label = v_label
    instance.details = v_details
    instance.inputs = v_inputs
    instance.error = v_error
    instance.timestamps = v_timestamps
    return instance


def encode_SpanMetrics(obj: Any) -> dict[str, Any]:
    if type(obj) is not models.SpanMetrics:
        raise Unusual("SpanMetrics")
    out: dict[str, Any] = {}
    if obj.prompt_tokens is not None:
        v_prompt_tokens: Any = obj.prompt_tokens
        if not (
            type(v_prompt_tokens) is int
            or (type(v_prompt_tokens) is float and v_prompt_tokens - v_prompt_tokens == 0.0)
        ):
            raise Unusual("SpanMetrics.prompt_tokens")
        out["prompt_tokens"] = v_prompt_tokens
    if obj.completion_tokens is not None:
        v_completion_tokens: Any = obj.completion_tokens
        if not (
            type(v_completion_tokens) is int
            or (type(v_completion_tokens) is float and v_completion_tokens - v_completion_tokens == 0.0)
        ):
            raise Unusual("SpanMetrics.completion_tokens")
        out["completion_tokens"] = v_completion_tokens
    if obj.reasoning_tokens is not None:
        v_reasoning_tokens: Any = obj.reasoning_tokens
        if not (
            type(v_reasoning_tokens) is int
            or (type(v_reasoning_tokens) is float and v_reasoning_tokens - v_reasoning_tokens == 0.0)
        ):
            raise Unusual("SpanMetrics.reasoning_tokens")
        out["reasoning_tokens"] = v_reasoning_tokens
    if obj.cache_read_input_tokens is not None:
        v_cache_read_input_tokens: Any = obj.cache_read_input_tokens
        if not (
            type(v_cache_read_input_tokens) is int
            or (
                type(v_cache_read_input_tokens) is float
                and v_cache_read_input_tokens - v_cache_read_input_tokens == 0.0
            )
        ):
            raise Unusual("SpanMetrics.cache_read_input_tokens")
        out["cache_read_input_tokens"] = v_cache_read_input_tokens
    if obj.cache_creation_input_tokens is not None:
        v_cache_creation_input_tokens: Any = obj.cache_creation_input_tokens
        if not (
            type(v_cache_creation_input_tokens) is int
            or (
                type(v_cache_creation_input_tokens) is float
                and v_cache_creation_input_tokens - v_cache_creation_input_tokens == 0.0
            )
        ):
            raise Unusual("SpanMetrics.cache_creation_input_tokens")
        out["cache_creation_input_tokens"] = v_cache_creation_input_tokens
    if obj.cost is not None:
        v_cost: Any = obj.cost
        if not (type(v_cost) is int or (type(v_cost) is float and v_cost - v_cost == 0.0)):
            raise Unusual("SpanMetrics.cost")
        out["cost"] = v_cost
    if obj.tokens_estimated is not None:
        v_tokens_estimated: Any = obj.tokens_estimated
        if type(v_tokens_estimated) is not bool:
            raise Unusual("SpanMetrics.tokens_estimated")
        out["tokens_estimated"] = v_tokens_estimated
    return out


def decode_SpanMetrics(doc: Any) -> models.SpanMetrics:
    if type(doc) is not dict:
        raise Unusual("SpanMetrics")
    instance: models.SpanMetrics = new(models.SpanMetrics)
    instance.prompt_tokens = None
    instance.completion_tokens = None
    instance.reasoning_tokens = None
    instance.cache_read_input_tokens = None
    instance.cache_creation_input_tokens = None
    instance.cost = None
    instance.tokens_estimated = None
    for key, value in doc.items():
        if key == "prompt_tokens":
            if value is not None:
                v_prompt_tokens: Any = value
                if not (
                    type(v_prompt_tokens) is int
                    or (type(v_prompt_tokens) is float and v_prompt_tokens - v_prompt_tokens == 0.0)
                ):
                    raise Unusual("SpanMetrics.prompt_tokens")
                instance.prompt_tokens = v_prompt_tokens
        elif key == "completion_tokens":
            if value is not None:
                v_completion_tokens: Any = value
                if not (
                    type(v_completion_tokens) is int
                    or (type(v_completion_tokens) is float and v_completion_tokens - v_completion_tokens == 0.0)
                ):
                    raise Unusual("SpanMetrics.completion_tokens")
                instance.completion_tokens = v_completion_tokens
        elif key == "reasoning_tokens":
            if value is not None:
                v_reasoning_tokens: Any = value
                if not (
                    type(v_reasoning_tokens) is int
                    or (type(v_reasoning_tokens) is float and v_reasoning_tokens - v_reasoning_tokens == 0.0)
                ):
                    raise Unusual("SpanMetrics.reasoning_tokens")
                instance.reasoning_tokens = v_reasoning_tokens
        elif key == "cache_read_input_tokens":
            if value is not None:
                v_cache_read_input_tokens: Any = value
                if not (
                    type(v_cache_read_input_tokens) is int
                    or (
                        type(v_cache_read_input_tokens) is float
                        and v_cache_read_input_tokens - v_cache_read_input_tokens == 0.0
                    )
                ):
                    raise Unusual("SpanMetrics.cache_read_input_tokens")
                instance.cache_read_input_tokens = v_cache_read_input_tokens
        elif key == "cache_creation_input_tokens":
            if value is not None:
                v_cache_creation_input_tokens: Any = value
                if not (
                    type(v_cache_creation_input_tokens) is int
                    or (
                        type(v_cache_creation_input_tokens) is float
                        and v_cache_creation_input_tokens - v_cache_creation_input_tokens == 0.0
                    )
                ):
                    raise Unusual("SpanMetrics.cache_creation_input_tokens")
                instance.cache_creation_input_tokens = v_cache_creation_input_tokens
        elif key == "cost":
            if value is not None:
                v_cost: Any = value
                if not (type(v_cost) is int or (type(v_cost) is float and v_cost - v_cost == 0.0)):
                    raise Unusual("SpanMetrics.cost")
                instance.cost = v_cost
        elif key == "tokens_estimated":
            if value is not None:
                v_tokens_estimated: Any = value
                if type(v_tokens_estimated) is not bool:
                    raise Unusual("SpanMetrics.tokens_estimated")
                instance.tokens_estimated = v_tokens_estimated
        else:
            raise Unusual("SpanMetrics: unknown key")
    return instance


def encode_SpanParams(obj: Any) -> dict[str, Any]:
    if type(obj) is not models.SpanParams:
        raise Unusual("SpanParams")
    out: dict[str, Any] = {}
    if obj.temperature is not None:
        v_temperature: Any = obj.temperature
        if not (type(v_temperature) is int or (type(v_temperature) is float and v_temperature - v_temperature == 0.0)):
            raise Unusual("SpanParams.temperature")
        out["temperature"] = v_temperature
    if obj.top_p is not None:
        v_top_p: Any = obj.top_p
        if not (type(v_top_p) is int or (type(v_top_p) is float and v_top_p - v_top_p == 0.0)):
            raise Unusual("SpanParams.top_p")
        out["top_p"] = v_top_p
    if obj.max_tokens is not None:
        v_max_tokens: Any = obj.max_tokens
        if not (type(v_max_tokens) is int or (type(v_max_tokens) is float and v_max_tokens - v_max_tokens == 0.0)):
            raise Unusual("SpanParams.max_tokens")
        out["max_tokens"] = v_max_tokens
    if obj.n is not None:
        v_n: Any = obj.n
        if not (type(v_n) is int or (type(v_n) is float and v_n - v_n == 0.0)):
            raise Unusual("SpanParams.n")
        out["n"] = v_n
    if obj.seed is not None:
        v_seed: Any = obj.seed
        if not (type(v_seed) is int or (type(v_seed) is float and v_seed - v_seed == 0.0)):
            raise Unusual("SpanParams.seed")
        out["seed"] = v_seed
    if obj.frequency_penalty is not None:
        v_frequency_penalty: Any = obj.frequency_penalty
        if not (
            type(v_frequency_penalty) is int
            or (type(v_frequency_penalty) is float and v_frequency_penalty - v_frequency_penalty == 0.0)
        ):
            raise Unusual("SpanParams.frequency_penalty")
        out["frequency_penalty"] = v_frequency_penalty
    if obj.presence_penalty is not None:
        v_presence_penalty: Any = obj.presence_penalty
        if not (
            type(v_presence_penalty) is int
            or (type(v_presence_penalty) is float and v_presence_penalty - v_presence_penalty == 0.0)
        ):
            raise Unusual("SpanParams.presence_penalty")
        out["presence_penalty"] = v_presence_penalty
    if obj.logprobs is not None:
        v_logprobs: Any = obj.logprobs
        if type(v_logprobs) is not bool:
            raise Unusual("SpanParams.logprobs")
        out["logprobs"] = v_logprobs
    if obj.top_logprobs is not None:
        v_top_logprobs: Any = obj.top_logprobs
        if not (
            type(v_top_logprobs) is int or (type(v_top_logprobs) is float and v_top_logprobs - v_top_logprobs == 0.0)
        ):
            raise Unusual("SpanParams.top_logprobs")
        out["top_logprobs"] = v_top_logprobs
    if obj.logit_bias is not None:
        v_logit_bias: Any = obj.logit_bias
        if not (
            type(v_logit_bias) is dict
            and all(
                type(k0) is str and (type(x0) is int or (type(x0) is float and x0 - x0 == 0.0))
                for k0, x0 in v_logit_bias.items()
            )
        ):
            raise Unusual("SpanParams.logit_bias")
        out["logit_bias"] = v_logit_bias
    if obj.stop is not None:
        v_stop: Any = obj.stop
        if not (type(v_stop) is str or (type(v_stop) is list and TYPES_str.issuperset(map(type, v_stop)))):
            raise Unusual("SpanParams.stop")
        out["stop"] = v_stop
    if obj.stream is not None:
        v_stream: Any = obj.stream
        if type(v_stream) is not bool:
            raise Unusual("SpanParams.stream")
        out["stream"] = v_stream
    if obj.tools is not None:
        v_tools: Any = obj.tools
        if not (type(v_tools) is list and all((type(i0) is dict and is_json(i0)) for i0 in v_tools)):
            raise Unusual("SpanParams.tools")
        out["tools"] = v_tools
    if obj.functions is not None:
        v_functions: Any = obj.functions
        if not (type(v_functions) is list and all((type(i0) is dict and is_json(i0)) for i0 in v_functions)):
            raise Unusual("SpanParams.functions")
        out["functions"] = v_functions
    if obj.tool_choice is not None:
        v_tool_choice: Any = obj.tool_choice
        if not (type(v_tool_choice) is str or (type(v_tool_choice) is dict and is_json(v_tool_choice))):
            raise Unusual("SpanParams.tool_choice")
        out["tool_choice"] = v_tool_choice
    if obj.parallel_tool_calls is not None:
        v_parallel_tool_calls: Any = obj.parallel_tool_calls
        if type(v_parallel_tool_calls) is not bool:
            raise Unusual("SpanParams.parallel_tool_calls")
        out["parallel_tool_calls"] = v_parallel_tool_calls
    if obj.user is not None:
        v_user: Any = obj.user
        if type(v_user) is not str:
            raise Unusual("SpanParams.user")
        out["user"] = v_user
    if obj.reasoning_effort is not None:
        v_reasoning_effort: Any = obj.reasoning_effort
        if type(v_reasoning_effort) is not str:
            raise Unusual("SpanParams.reasoning_effort")
        out["reasoning_effort"] = v_reasoning_effort
    extra = obj.additional_properties
    if extra:
        if type(extra) is not dict or not KEYS_SpanParams.isdisjoint(extra):
            raise Unusual("SpanParams.additional_properties")
        for key, value in extra.items():
            if type(key) is not str or not is_json(value):
                raise Unusual("SpanParams.additional_properties")
        out.update(extra)
    return out


def decode_SpanParams(doc: Any) -> models.SpanParams:
    if type(doc) is not dict:
        raise Unusual("SpanParams")
    instance: models.SpanParams = new(models.SpanParams)
    instance.temperature = None
    instance.top_p = None
    instance.max_tokens = None
    instance.n = None
    instance.seed = None
    instance.frequency_penalty = None
    instance.presence_penalty = None
    instance.logprobs = None
    instance.top_logprobs = None
    instance.logit_bias = None
    instance.stop = None
    instance.stream = None
    instance.tools = None
    instance.functions = None
    instance.tool_choice = None
    instance.parallel_tool_calls = None
    instance.user = None
    instance.reasoning_effort = None
    extra: dict[str, Any] = {}
    for key, value in doc.items():
        if key == "temperature":
            if value is not None:
                v_temperature: Any = value
                if not (
                    type(v_temperature) is int
                    or (type(v_temperature) is float and v_temperature - v_temperature == 0.0)
                ):
                    raise Unusual("SpanParams.temperature")
                instance.temperature = v_temperature
        elif key == "top_p":
            if value is not None:
                v_top_p: Any = value
                if not (type(v_top_p) is int or (type(v_top_p) is float and v_top_p - v_top_p == 0.0)):
                    raise Unusual("SpanParams.top_p")
                instance.top_p = v_top_p
        elif key == "max_tokens":
            if value is not None:
                v_max_tokens: Any = value
                if not (
                    type(v_max_tokens) is int or (type(v_max_tokens) is float and v_max_tokens - v_max_tokens == 0.0)
                ):
                    raise Unusual("SpanParams.max_tokens")
                instance.max_tokens = v_max_tokens
        elif key == "n":
            if value is not None:
                v_n: Any = value
                if not (type(v_n) is int or (type(v_n) is float and v_n - v_n == 0.0)):
                    raise Unusual("SpanParams.n")
                instance.n = v_n
        elif key == "seed":
            if value is not None:
                v_seed: Any = value
                if not (type(v_seed) is int or (type(v_seed) is float and v_seed - v_seed == 0.0)):
                    raise Unusual("SpanParams.seed")
                instance.seed = v_seed
        elif key == "frequency_penalty":
            if value is not None:
                v_frequency_penalty: Any = value
                if not (
                    type(v_frequency_penalty) is int
                    or (type(v_frequency_penalty) is float and v_frequency_penalty - v_frequency_penalty == 0.0)
                ):
                    raise Unusual("SpanParams.frequency_penalty")
                instance.frequency_penalty = v_frequency_penalty
        elif key == "presence_penalty":
            if value is not None:
                v_presence_penalty: Any = value
                if not (
                    type(v_presence_penalty) is int
                    or (type(v_presence_penalty) is float and v_presence_penalty - v_presence_penalty == 0.0)
                ):
                    raise Unusual("SpanParams.presence_penalty")
                instance.presence_penalty = v_presence_penalty
        elif key == "logprobs":
            if value is not None:
                v_logprobs: Any = value
                if type(v_logprobs) is not bool:
                    raise Unusual("SpanParams.logprobs")
                instance.logprobs = v_logprobs
        elif key == "top_logprobs":
            if value is not None:
                v_top_logprobs: Any = value
                if not (
                    type(v_top_logprobs) is int
                    or (type(v_top_logprobs) is float and v_top_logprobs - v_top_logprobs == 0.0)
                ):
                    raise Unusual("SpanParams.top_logprobs")
                instance.top_logprobs = v_top_logprobs
        elif key == "logit_bias":
            if value is not None:
                v_logit_bias: Any = value
                if not (
                    type(v_logit_bias) is dict
                    and all(
                        type(k0) is str and (type(x0) is int or (type(x0) is float and x0 - x0 == 0.0))
                        for k0, x0 in v_logit_bias.items()
                    )
                ):
                    raise Unusual("SpanParams.logit_bias")
                instance.logit_bias = v_logit_bias
        elif key == "stop":
            if value is not None:
                v_stop: Any = value
                if not (type(v_stop) is str or (type(v_stop) is list and TYPES_str.issuperset(map(type, v_stop)))):
                    raise Unusual("SpanParams.stop")
                instance.stop = v_stop
        elif key == "stream":
            if value is not None:
                v_stream: Any = value
                if type(v_stream) is not bool:
                    raise Unusual("SpanParams.stream")
                instance.stream = v_stream
        elif key == "tools":
            if value is not None:
                v_tools: Any = value
                if not (type(v_tools) is list and all((type(i0) is dict and is_json(i0)) for i0 in v_tools)):
                    raise Unusual("SpanParams.tools")
                instance.tools = v_tools
        elif key == "functions":
            if value is not None:
                v_functions: Any = value
                if not (type(v_functions) is list and all((type(i0) is dict and is_json(i0)) for i0 in v_functions)):
                    raise Unusual("SpanParams.functions")
                instance.functions = v_functions
        elif key == "tool_choice":
            if value is not None:
                v_tool_choice: Any = value
                if not (type(v_tool_choice) is str or (type(v_tool_choice) is dict and is_json(v_tool_choice))):
                    raise Unusual("SpanParams.tool_choice")
                instance.tool_choice = v_tool_choice
        elif key == "parallel_tool_calls":
            if value is not None:
                v_parallel_tool_calls: Any = value
                if type(v_parallel_tool_calls) is not bool:
                    raise Unusual("SpanParams.parallel_tool_calls")
                instance.parallel_tool_calls = v_parallel_tool_calls
        elif key == "user":
            if value is not None:
                v_user: Any = value
                if type(v_user) is not str:
                    raise Unusual("SpanParams.user")
                instance.user = v_user
        elif key == "reasoning_effort":
            if value is not None:
                v_reasoning_effort: Any = value
                if type(v_reasoning_effort) is not str:
                    raise Unusual("SpanParams.reasoning_effort")
                instance.reasoning_effort = v_reasoning_effort
        else:
            if type(key) is not str or not is_json(value):
                raise Unusual("SpanParams.additional_properties")
            extra[key] = value
    instance.additional_properties = extra
    return instance


def encode_SpanTimestamps(obj: Any) -> dict[str, Any]:
    if type(obj) is not models.SpanTimestamps:
        raise Unusual("SpanTimestamps")
    v_started_at: Any = obj.started_at
    if not (type(v_started_at) is int or (type(v_started_at) is float and v_started_at - v_started_at == 0.0)):
        raise Unusual("SpanTimestamps.started_at")
    v_finished_at: Any = obj.finished_at
    if not (type(v_finished_at) is int or (type(v_finished_at) is float and v_finished_at - v_finished_at == 0.0)):
        raise Unusual("SpanTimestamps.finished_at")
    out: dict[str, Any] = {"started_at": v_started_at, "finished_at": v_finished_at}
    if obj.first_token_at is not None:
        v_first_token_at: Any = obj.first_token_at
        if not (
            type(v_first_token_at) is int
            or (type(v_first_token_at) is float and v_first_token_at - v_first_token_at == 0.0)
        ):
            raise Unusual("SpanTimestamps.first_token_at")
        out["first_token_at"] = v_first_token_at
    if obj.ignore_timestamps_on_write is not None:
        v_ignore_timestamps_on_write: Any = obj.ignore_timestamps_on_write
        if type(v_ignore_timestamps_on_write) is not bool:
            raise Unusual("SpanTimestamps.ignore_timestamps_on_write")
        out["ignore_timestamps_on_write"] = v_ignore_timestamps_on_write
    return out


def decode_SpanTimestamps(doc: Any) -> models.SpanTimestamps:
    if type(doc) is not dict:
        raise Unusual("SpanTimestamps")
    if not KEYS_SpanTimestamps.issuperset(doc):
        raise Unusual("SpanTimestamps: unknown key")
    get = doc.get
    v_started_at: Any = get("started_at")
    if not (type(v_started_at) is int or (type(v_started_at) is float and v_started_at - v_started_at == 0.0)):
        raise Unusual("SpanTimestamps.started_at")
    v_finished_at: Any = get("finished_at")
    if not (type(v_finished_at) is int or (type(v_finished_at) is float and v_finished_at - v_finished_at == 0.0)):
        raise Unusual("SpanTimestamps.finished_at")
    v_first_token_at: Any = get("first_token_at")
    if v_first_token_at is not None and not (
        type(v_first_token_at) is int
        or (type(v_first_token_at) is float and v_first_token_at - v_first_token_at == 0.0)
    ):
        raise Unusual("SpanTimestamps.first_token_at")
    v_ignore_timestamps_on_write: Any = get("ignore_timestamps_on_write")
    if v_ignore_timestamps_on_write is not None and type(v_ignore_timestamps_on_write) is not bool:
        raise Unusual("SpanTimestamps.ignore_timestamps_on_write")
    instance: models.SpanTimestamps = new(models.SpanTimestamps)
    instance.started_at = v_started_at
    instance.finished_at = v_finished_at
    instance.first_token_at = v_first_token_at
    instance.ignore_timestamps_on_write = v_ignore_timestamps_on_write
    return instance


def encode_TextContentPart(obj: Any) -> dict[str, Any]:
    if type(obj) is not models.TextContentPart:
        raise Unusual("TextContentPart")
    v_type: Any = obj.type
    if not (v_type == "text" and type(v_type) is str):
        raise Unusual("TextContentPart.type")
    out: dict[str, Any] = {"type": v_type}
    if obj.text is not None:
        v_text: Any = obj.text
        if type(v_text) is not str:
            raise Unusual("TextContentPart.text")
        out["text"] = v_text
    if obj.content is not None:
        v_content: Any = obj.content
        if type(v_content) is not str:
            raise Unusual("TextContentPart.content")
        out["content"] = v_content
    extra = obj.additional_properties
    if extra:
        if type(extra) is not dict or not KEYS_TextContentPart.isdisjoint(extra):
            raise Unusual("TextContentPart.additional_properties")
        for key, value in extra.items():
            if type(key) is not str or not is_json(value):
                raise Unusual("TextContentPart.additional_properties")
        out.update(extra)
    return out


def decode_TextContentPart(doc: Any) -> models.TextContentPart:
    if type(doc) is not dict:
        raise Unusual("TextContentPart")
    extra: dict[str, Any] = {}
    if not KEYS_TextContentPart.issuperset(doc):
        extra = {key: value for key, value in doc.items() if key not in KEYS_TextContentPart}
        for key, value in extra.items():
            if type(key) is not str or not is_json(value):
                raise Unusual("TextContentPart.additional_properties")
    get = doc.get
    v_type: Any = get("type")
    if not (v_type == "text" and type(v_type) is str):
        raise Unusual("TextContentPart.type")
    v_text: Any = get("text")
    if v_text is not None:
        if type(v_text) is not str:
            raise Unusual("TextContentPart.text")
    elif "text" in doc:
        raise Unusual("TextContentPart.text")
    v_content: Any = get("content")
    if v_content is not None:
        if type(v_content) is not str:
            raise Unusual("TextContentPart.content")
    elif "content" in doc:
        raise Unusual("TextContentPart.content")
    instance: models.TextContentPart = new(models.TextContentPart)
    instance.type = "text"
    instance.text = v_text
    instance.content = v_content
    instance.additional_properties = extra
    return instance


def encode_ToolCall(obj: Any) -> dict[str, Any]:
    if type(obj) is not models.ToolCall:
        raise Unusual("ToolCall")
    v_id: Any = obj.id
    if type(v_id) is not str:
        raise Unusual("ToolCall.id")
    v_type: Any = obj.type
    if type(v_type) is not str:
        raise Unusual("ToolCall.type")
    v_function: Any = obj.function
    v_function = encode_FunctionCall(v_function)
    out: dict[str, Any] = {"id": v_id, "type": v_type, "function": v_function}
    extra = obj.additional_properties
    if extra:
        if type(extra) is not dict or not KEYS_ToolCall.isdisjoint(extra):
            raise Unusual("ToolCall.additional_properties")
        for key, value in extra.items():
            if type(key) is not str or not is_json(value):
                raise Unusual("ToolCall.additional_properties")
        out.update(extra)
    return out


def decode_ToolCall(doc: Any) -> models.ToolCall:
    if type(doc) is not dict:
        raise Unusual("ToolCall")
    extra: dict[str, Any] = {}
    if not KEYS_ToolCall.issuperset(doc):
        extra = {key: value for key, value in doc.items() if key not in KEYS_ToolCall}
        for key, value in extra.items():
            if type(key) is not str or not is_json(value):
                raise Unusual("ToolCall.additional_properties")
    get = doc.get
    v_id: Any = get("id")
    if type(v_id) is not str:
        raise Unusual("ToolCall.id")
    v_type: Any = get("type")
    if type(v_type) is not str:
        raise Unusual("ToolCall.type")
    v_function: Any = get("function")
    if type(v_function) is not dict:
        raise Unusual("FunctionCall")
    extra_function: dict[str, Any] = {}
    if not KEYS_FunctionCall.issuperset(v_function):
        extra_function = {
            k_function: x_function
            for k_function, x_function in v_function.items()
            if k_function not in KEYS_FunctionCall
        }
        for k_function, x_function in extra_function.items():
            if type(k_function) is not str or not is_json(x_function):
                raise Unusual("FunctionCall.additional_properties")
    get_function = v_function.get
    v_function__name: Any = get_function("name")
    if v_function__name is not None:
        if type(v_function__name) is not str:
            raise Unusual("FunctionCall.name")
    elif "name" in v_function:
        raise Unusual("FunctionCall.name")
    v_function__arguments: Any = get_function("arguments")
    if v_function__arguments is not None:
        if type(v_function__arguments) is not str:
            raise Unusual("FunctionCall.arguments")
    elif "arguments" in v_function:
        raise Unusual("FunctionCall.arguments")
    m_function: models.FunctionCall = new(models.FunctionCall)
    m_function.name = v_function__name
    m_function.arguments = v_function__arguments
    m_function.additional_properties = extra_function
    v_function = m_function
    instance: models.ToolCall = new(models.ToolCall)
    instance.id = v_id
    instance.type = v_type
    instance.function = v_function
    instance.additional_properties = extra
    return instance


def encode_ToolCallContentPart(obj: Any) -> dict[str, Any]:
    if type(obj) is not models.ToolCallContentPart:
        raise Unusual("ToolCallContentPart")
    v_type: Any = obj.type
    if not (v_type == "tool_call" and type(v_type) is str):
        raise Unusual("ToolCallContentPart.type")
    out: dict[str, Any] = {"type": v_type}
    if obj.toolName is not None:
        v_toolName: Any = obj.toolName
        if type(v_toolName) is not str:
            raise Unusual("ToolCallContentPart.toolName")
        out["toolName"] = v_toolName
    if obj.toolCallId is not None:
        v_toolCallId: Any = obj.toolCallId
        if type(v_toolCallId) is not str:
            raise Unusual("ToolCallContentPart.toolCallId")
        out["toolCallId"] = v_toolCallId
    if obj.args is not None:
        v_args: Any = obj.args
        if type(v_args) is not str:
            raise Unusual("ToolCallContentPart.args")
        out["args"] = v_args
    extra = obj.additional_properties
    if extra:
        if type(extra) is not dict or not KEYS_ToolCallContentPart.isdisjoint(extra):
            raise Unusual("ToolCallContentPart.additional_properties")
        for key, value in extra.items():
            if type(key) is not str or not is_json(value):
                raise Unusual("ToolCallContentPart.additional_properties")
        out.update(extra)
    return out


def decode_ToolCallContentPart(doc: Any) -> models.ToolCallContentPart:
    if type(doc) is not dict:
        raise Unusual("ToolCallContentPart")
    extra: dict[str, Any] = {}
    if not KEYS_ToolCallContentPart.issuperset(doc):
        extra = {key: value for key, value in doc.items() if key not in KEYS_ToolCallContentPart}
        for key, value in extra.items():
            if type(key) is not str or not is_json(value):
                raise Unusual("ToolCallContentPart.additional_properties")
    get = doc.get
    v_type: Any = get("type")
    if not (v_type == "tool_call" and type(v_type) is str):
        raise Unusual("ToolCallContentPart.type")
    v_toolName: Any = get("toolName")
    if v_toolName is not None:
        if type(v_toolName) is not str:
            raise Unusual("ToolCallContentPart.toolName")
    elif "toolName" in doc:
        raise Unusual("ToolCallContentPart.toolName")
    v_toolCallId: Any = get("toolCallId")
    if v_toolCallId is not None:
        if type(v_toolCallId) is not str:
            raise Unusual("ToolCallContentPart.toolCallId")
    elif "toolCallId" in doc:
        raise Unusual("ToolCallContentPart.toolCallId")
    v_args: Any = get("args")
    if v_args is not None:
        if type(v_args) is not str:
            raise Unusual("ToolCallContentPart.args")
    elif "args" in doc:
        raise Unusual("ToolCallContentPart.args")
    instance: models.ToolCallContentPart = new(models.ToolCallContentPart)
    instance.type = "tool_call"
    instance.toolName = v_toolName
    instance.toolCallId = v_toolCallId
    instance.args = v_args
    instance.additional_properties = extra
    return instance


def encode_ToolResultContentPart(obj: Any) -> dict[str, Any]:
    if type(obj) is not models.ToolResultContentPart:
        raise Unusual("ToolResultContentPart")
    v_type: Any = obj.type
    if not (v_type == "tool_result" and type(v_type) is str):
        raise Unusual("ToolResultContentPart.type")
    out: dict[str, Any] = {"type": v_type}
    if obj.toolName is not None:
        v_toolName: Any = obj.toolName
        if type(v_toolName) is not str:
            raise Unusual("ToolResultContentPart.toolName")
        out["toolName"] = v_toolName
    if obj.toolCallId is not None:
        v_toolCallId: Any = obj.toolCallId
        if type(v_toolCallId) is not str:
            raise Unusual("ToolResultContentPart.toolCallId")
        out["toolCallId"] = v_toolCallId
    if obj.result is not None:
        v_result: Any = obj.result
        if not is_json(v_result):
            raise Unusual("ToolResultContentPart.result")
        out["result"] = v_result
    extra = obj.additional_properties
    if extra:
        if type(extra) is not dict or not KEYS_ToolResultContentPart.isdisjoint(extra):
            raise Unusual("ToolResultContentPart.additional_properties")
        for key, value in extra.items():
            if type(key) is not str or not is_json(value):
                raise Unusual("ToolResultContentPart.additional_properties")
        out.update(extra)
    return out


def decode_ToolResultContentPart(doc: Any) -> models.ToolResultContentPart:
    if type(doc) is not dict:
        raise Unusual("ToolResultContentPart")
    extra: dict[str, Any] = {}
    if not KEYS_ToolResultContentPart.issuperset(doc):
        extra = {key: value for key, value in doc.items() if key not in KEYS_ToolResultContentPart}
        for key, value in extra.items():
            if type(key) is not str or not is_json(value):
                raise Unusual("ToolResultContentPart.additional_properties")
    get = doc.get
    v_type: Any = get("type")
    if not (v_type == "tool_result" and type(v_type) is str):
        raise Unusual("ToolResultContentPart.type")
    v_toolName: Any = get("toolName")
    if v_toolName is not None:
        if type(v_toolName) is not str:
            raise Unusual("ToolResultContentPart.toolName")
    elif "toolName" in doc:
        raise Unusual("ToolResultContentPart.toolName")
    v_toolCallId: Any = get("toolCallId")
    if v_toolCallId is not None:
        if type(v_toolCallId) is not str:
            raise Unusual("ToolResultContentPart.toolCallId")
    elif "toolCallId" in doc:
        raise Unusual("ToolResultContentPart.toolCallId")
    v_result: Any = get("result")
    if v_result is not None and not is_json(v_result):
        raise Unusual("ToolResultContentPart.result")
    instance: models.ToolResultContentPart = new(models.ToolResultContentPart)
    instance.type = "tool_result"
    instance.toolName = v_toolName
    instance.toolCallId = v_toolCallId
    instance.result = v_result
    instance.additional_properties = extra
    return instance


def encode_TraceMetadata(obj: Any) -> dict[str, Any]:
    if type(obj) is not models.TraceMetadata:
        raise Unusual("TraceMetadata")
    out: dict[str, Any] = {}
    if obj.user_id is not None:
        v_user_id: Any = obj.user_id
        if type(v_user_id) is not str:
            raise Unusual("TraceMetadata.user_id")
        out["user_id"] = v_user_id
    if obj.thread_id is not None:
        v_thread_id: Any = obj.thread_id
        if type(v_thread_id) is not str:
            raise Unusual("TraceMetadata.thread_id")
        out["thread_id"] = v_thread_id
    if obj.customer_id is not None:
        v_customer_id: Any = obj.customer_id
        if type(v_customer_id) is not str:
            raise Unusual("TraceMetadata.customer_id")
        out["customer_id"] = v_customer_id
    if obj.labels is not None:
        v_labels: Any = obj.labels
        if not fits_NullableStringList(v_labels):
            raise Unusual("TraceMetadata.labels")
        out["labels"] = v_labels
    if obj.topic_id is not None:
        v_topic_id: Any = obj.topic_id
        if type(v_topic_id) is not str:
            raise Unusual("TraceMetadata.topic_id")
        out["topic_id"] = v_topic_id
    if obj.subtopic_id is not None:
        v_subtopic_id: Any = obj.subtopic_id
        if type(v_subtopic_id) is not str:
            raise Unusual("TraceMetadata.subtopic_id")
        out["subtopic_id"] = v_subtopic_id
    if obj.sdk_name is not None:
        v_sdk_name: Any = obj.sdk_name
        if type(v_sdk_name) is not str:
            raise Unusual("TraceMetadata.sdk_name")
        out["sdk_name"] = v_sdk_name
    if obj.sdk_version is not None:
        v_sdk_version: Any = obj.sdk_version
        if type(v_sdk_version) is not str:
            raise Unusual("TraceMetadata.sdk_version")
        out["sdk_version"] = v_sdk_version
    if obj.sdk_language is not None:
        v_sdk_language: Any = obj.sdk_language
        if type(v_sdk_language) is not str:
            raise Unusual("TraceMetadata.sdk_language")
        out["sdk_language"] = v_sdk_language
    if obj.telemetry_sdk_language is not None:
        v_telemetry_sdk_language: Any = obj.telemetry_sdk_language
        if type(v_telemetry_sdk_language) is not str:
            raise Unusual("TraceMetadata.telemetry_sdk_language")
        out["telemetry_sdk_language"] = v_telemetry_sdk_language
    if obj.telemetry_sdk_name is not None:
        v_telemetry_sdk_name: Any = obj.telemetry_sdk_name
        if type(v_telemetry_sdk_name) is not str:
            raise Unusual("TraceMetadata.telemetry_sdk_name")
        out["telemetry_sdk_name"] = v_telemetry_sdk_name
    if obj.telemetry_sdk_version is not None:
        v_telemetry_sdk_version: Any = obj.telemetry_sdk_version
        if type(v_telemetry_sdk_version) is not str:
            raise Unusual("TraceMetadata.telemetry_sdk_version")
        out["telemetry_sdk_version"] = v_telemetry_sdk_version
    if obj.prompt_ids is not None:
        v_prompt_ids: Any = obj.prompt_ids
        if not fits_NullableStringList(v_prompt_ids):
            raise Unusual("TraceMetadata.prompt_ids")
        out["prompt_ids"] = v_prompt_ids
    if obj.prompt_version_ids is not None:
        v_prompt_version_ids: Any = obj.prompt_version_ids
        if not fits_NullableStringList(v_prompt_version_ids):
            raise Unusual("TraceMetadata.prompt_version_ids")
        out["prompt_version_ids"] = v_prompt_version_ids
    extra = obj.additional_properties
    if extra:
        if type(extra) is not dict or not KEYS_TraceMetadata.isdisjoint(extra):
            raise Unusual("TraceMetadata.additional_properties")
        for key, value in extra.items():
            if type(key) is not str or not fits_CustomMetadataValue(value):
                raise Unusual("TraceMetadata.additional_properties")
        out.update(extra)
    return out


def decode_TraceMetadata(doc: Any) -> models.TraceMetadata:
    if type(doc) is not dict:
        raise Unusual("TraceMetadata")
    instance: models.TraceMetadata = new(models.TraceMetadata)
    instance.user_id = None
    instance.thread_id = None
    instance.customer_id = None
    instance.labels = None
    instance.topic_id = None
    instance.subtopic_id = None
    instance.sdk_name = None
    instance.sdk_version = None
    instance.sdk_language = None
    instance.telemetry_sdk_language = None
    instance.telemetry_sdk_name = None
    instance.telemetry_sdk_version = None
    instance.prompt_ids = None
    instance.prompt_version_ids = None
    extra: dict[str, Any] = {}
    for key, value in doc.items():
        if key == "user_id":
            if value is not None:
                v_user_id: Any = value
                if type(v_user_id) is not str:
                    raise Unusual("TraceMetadata.user_id")
                instance.user_id = v_user_id
        elif key == "thread_id":
            if value is not None:
                v_thread_id: Any = value
                if type(v_thread_id) is not str:
                    raise Unusual("TraceMetadata.thread_id")
                instance.thread_id = v_thread_id
        elif key == "customer_id":
            if value is not None:
                v_customer_id: Any = value
                if type(v_customer_id) is not str:
                    raise Unusual("TraceMetadata.customer_id")
                instance.customer_id = v_customer_id
        elif key == "labels":
            if value is not None:
                v_labels: Any = value
                if not fits_NullableStringList(v_labels):
                    raise Unusual("TraceMetadata.labels")
                instance.labels = v_labels
        elif key == "topic_id":
            if value is not None:
                v_topic_id: Any = value
                if type(v_topic_id) is not str:
                    raise Unusual("TraceMetadata.topic_id")
                instance.topic_id = v_topic_id
        elif key == "subtopic_id":
            if value is not None:
                v_subtopic_id: Any = value
                if type(v_subtopic_id) is not str:
                    raise Unusual("TraceMetadata.subtopic_id")
                instance.subtopic_id = v_subtopic_id
        elif key == "sdk_name":
            if value is not None:
                v_sdk_name: Any = value
                if type(v_sdk_name) is not str:
                    raise Unusual("TraceMetadata.sdk_name")
                instance.sdk_name = v_sdk_name
        elif key == "sdk_version":
            if value is not None:
                v_sdk_version: Any = value
                if type(v_sdk_version) is not str:
                    raise Unusual("TraceMetadata.sdk_version")
                instance.sdk_version = v_sdk_version
        elif key == "sdk_language":
            if value is not None:
                v_sdk_language: Any = value
                if type(v_sdk_language) is not str:
                    raise Unusual("TraceMetadata.sdk_language")
                instance.sdk_language = v_sdk_language
        elif key == "telemetry_sdk_language":
            if value is not None:
                v_telemetry_sdk_language: Any = value
                if type(v_telemetry_sdk_language) is not str:
                    raise Unusual("TraceMetadata.telemetry_sdk_language")
                instance.telemetry_sdk_language = v_telemetry_sdk_language
        elif key == "telemetry_sdk_name":
            if value is not None:
                v_telemetry_sdk_name: Any = value
                if type(v_telemetry_sdk_name) is not str:
                    raise Unusual("TraceMetadata.telemetry_sdk_name")
                instance.telemetry_sdk_name = v_telemetry_sdk_name
        elif key == "telemetry_sdk_version":
            if value is not None:
                v_telemetry_sdk_version: Any = value
                if type(v_telemetry_sdk_version) is not str:
                    raise Unusual("TraceMetadata.telemetry_sdk_version")
                instance.telemetry_sdk_version = v_telemetry_sdk_version
        elif key == "prompt_ids":
            if value is not None:
                v_prompt_ids: Any = value
                if not fits_NullableStringList(v_prompt_ids):
                    raise Unusual("TraceMetadata.prompt_ids")
                instance.prompt_ids = v_prompt_ids
        elif key == "prompt_version_ids":
            if value is not None:
                v_prompt_version_ids: Any = value
                if not fits_NullableStringList(v_prompt_version_ids):
                    raise Unusual("TraceMetadata.prompt_version_ids")
                instance.prompt_version_ids = v_prompt_version_ids
        else:
            if type(key) is not str or not fits_CustomMetadataValue(value):
                raise Unusual("TraceMetadata.additional_properties")
            extra[key] = value
    instance.additional_properties = extra
    return instance


def encode_TypedValueChatMessages(obj: Any) -> dict[str, Any]:
    if type(obj) is not models.TypedValueChatMessages:
        raise Unusual("TypedValueChatMessages")
    v_type: Any = obj.type
    if not (v_type == "chat_messages" and type(v_type) is str):
        raise Unusual("TypedValueChatMessages.type")
    v_value: Any = obj.value
    if type(v_value) is not list:
        raise Unusual("TypedValueChatMessages.value")
    o_value: list[Any] = []
    for item in v_value:
        o_value.append(encode_ChatMessage(item))
    v_value = o_value
    out: dict[str, Any] = {"type": v_type, "value": v_value}
    return out


def decode_TypedValueChatMessages(doc: Any) -> models.TypedValueChatMessages:
    if type(doc) is not dict:
        raise Unusual("TypedValueChatMessages")
    if not KEYS_TypedValueChatMessages.issuperset(doc):
        raise Unusual("TypedValueChatMessages: unknown key")
    get = doc.get
    v_type: Any = get("type")
    if not (v_type == "chat_messages" and type(v_type) is str):
        raise Unusual("TypedValueChatMessages.type")
    v_value: Any = get("value")
    if type(v_value) is not list:
        raise Unusual("TypedValueChatMessages.value")
    o_value: list[Any] = []
    for item_value in v_value:
        if type(item_value) is not dict:
            raise Unusual("ChatMessage")
        m_value: models.ChatMessage = new(models.ChatMessage)
        m_value.role = None
        m_value.content = None
        m_value.parts = None
        m_value.function_call = None
        m_value.tool_calls = None
        m_value.tool_call_id = None
        m_value.name = None
        m_value.reasoning_content = None
        extra_value: dict[str, Any] = {}
        for k_value, x_value in item_value.items():
            if k_value == "role":
                if x_value is None:
                    raise Unusual("ChatMessage.role")
                v_value__role: Any = x_value
                if not (type(v_value__role) is str and v_value__role in ENUM_ChatRole):
                    raise Unusual("ChatMessage.role")
                m_value.role = x_value
            elif k_value == "content":
                if x_value is not None:
                    v_value__content: Any = x_value
                    c_v_value__content: Any
                    if type(v_value__content) is list:
                        c_v_value__content = [decode_ChatRichContent(item) for item in v_value__content]
                    elif type(v_value__content) is str:
                        c_v_value__content = v_value__content
                    else:
                        raise Unusual("ChatMessage.content")
                    v_value__content = c_v_value__content
                    m_value.content = v_value__content
            elif k_value == "parts":
                if x_value is None:
                    raise Unusual("ChatMessage.parts")
                v_value__parts: Any = x_value
                if type(v_value__parts) is not list:
                    raise Unusual("ChatMessage.parts")
                v_value__parts = [decode_ChatRichContent(item) for item in v_value__parts]
                m_value.parts = v_value__parts
            elif k_value == "function_call":
                if x_value is not None:
                    v_value__function_call: Any = x_value
                    v_value__function_call = decode_FunctionCall(v_value__function_call)
                    m_value.function_call = v_value__function_call
            elif k_value == "tool_calls":
                if x_value is not None:
                    v_value__tool_calls: Any = x_value
                    if type(v_value__tool_calls) is not list:
                        raise Unusual("ChatMessage.tool_calls")
                    v_value__tool_calls = [decode_ToolCall(item) for item in v_value__tool_calls]
                    m_value.tool_calls = v_value__tool_calls
            elif k_value == "tool_call_id":
                if x_value is not None:
                    v_value__tool_call_id: Any = x_value
                    if type(v_value__tool_call_id) is not str:
                        raise Unusual("ChatMessage.tool_call_id")
                    m_value.tool_call_id = v_value__tool_call_id
            elif k_value == "name":
                if x_value is not None:
                    v_value__name: Any = x_value
                    if type(v_value__name) is not str:
                        raise Unusual("ChatMessage.name")
                    m_value.name = v_value__name
            elif k_value == "reasoning_content":
                if x_value is not None:
                    v_value__reasoning_content: Any = x_value
                    if type(v_value__reasoning_content) is not str:
                        raise Unusual("ChatMessage.reasoning_content")
                    m_value.reasoning_content = v_value__reasoning_content
            else:
                if type(k_value) is not str or not is_json(x_value):
                    raise Unusual("ChatMessage.additional_properties")
                extra_value[k_value] = x_value
        m_value.additional_properties = extra_value
        o_value.append(m_value)
    v_value = o_value
    instance: models.TypedValueChatMessages = new(models.TypedValueChatMessages)
    instance.type = "chat_messages"
    instance.value = v_value
    return instance


def encode_TypedValueEvaluationResult(obj: Any) -> dict[str, Any]:
    if type(obj) is not models.TypedValueEvaluationResult:
        raise Unusual("TypedValueEvaluationResult")
    v_type: Any = obj.type
    if not (v_type == "evaluation_result" and type(v_type) is str):
        raise Unusual("TypedValueEvaluationResult.type")
    v_value: Any = obj.value
    v_value = encode_EvaluationResult(v_value)
    out: dict[str, Any] = {"type": v_type, "value": v_value}
    return out


def decode_TypedValueEvaluationResult(doc: Any) -> models.TypedValueEvaluationResult:
    if type(doc) is not dict:
        raise Unusual("TypedValueEvaluationResult")
    if not KEYS_TypedValueEvaluationResult.issuperset(doc):
        raise Unusual("TypedValueEvaluationResult: unknown key")
    get = doc.get
    v_type: Any = get("type")
    if not (v_type == "evaluation_result" and type(v_type) is str):
        raise Unusual("TypedValueEvaluationResult.type")
    v_value: Any = get("value")
    if type(v_value) is not dict:
        raise Unusual("EvaluationResult")
    extra_value: dict[str, Any] = {}
    if not KEYS_EvaluationResult.issuperset(v_value):
        extra_value = {k_value: x_value for k_value, x_value in v_value.items() if k_value not in KEYS_EvaluationResult}
        for k_value, x_value in extra_value.items():
            if type(k_value) is not str or not is_json(x_value):
                raise Unusual("EvaluationResult.additional_properties")
    get_value = v_value.get
    v_value__status: Any = get_value("status")
    if not (type(v_value__status) is str and v_value__status in ENUM_EvaluationStatus):
        raise Unusual("EvaluationResult.status")
    v_value__passed: Any = get_value("passed")
    if v_value__passed is not None and type(v_value__passed) is not bool:
        raise Unusual("EvaluationResult.passed")
    v_value__score: Any = get_value("score")
    if v_value__score is not None and not (
        type(v_value__score) is int or (type(v_value__score) is float and v_value__score - v_value__score == 0.0)
    ):
        raise Unusual("EvaluationResult.score")
    v_value__label: Any = get_value("label")
    if v_value__label is not None and type(v_value__label) is not str:
        raise Unusual("EvaluationResult.label")
    v_value__details: Any = get_value("details")
    if v_value__details is not None and type(v_value__details) is not str:
        raise Unusual("EvaluationResult.details")
    v_value__cost: Any = get_value("cost")
    if v_value__cost is not None:
        v_value__cost = decode_Money(v_value__cost)
    m_value: models.EvaluationResult = new(models.EvaluationResult)
    m_value.status = cast("models.EvaluationStatus", v_value__status)
    m_value.passed = v_value__passed
    m_value.score = v_value__score
    m_value.label = v_value__label
    m_value.details = v_value__details
    m_value.cost = v_value__cost
    m_value.additional_properties = extra_value
    v_value = m_value
    instance: models.TypedValueEvaluationResult = new(models.TypedValueEvaluationResult)
    instance.type = "evaluation_result"
    instance.value = v_value
    return instance


def encode_TypedValueGuardrailResult(obj: Any) -> dict[str, Any]:
    if type(obj) is not models.TypedValueGuardrailResult:
        raise Unusual("TypedValueGuardrailResult")
    v_type: Any = obj.type
    if not (v_type == "guardrail_result" and type(v_type) is str):
        raise Unusual("TypedValueGuardrailResult.type")
    v_value: Any = obj.value
    v_value = encode_EvaluationResult(v_value)
    out: dict[str, Any] = {"type": v_type, "value": v_value}
    return out


def decode_TypedValueGuardrailResult(doc: Any) -> models.TypedValueGuardrailResult:
    if type(doc) is not dict:
        raise Unusual("TypedValueGuardrailResult")
    if not KEYS_TypedValueGuardrailResult.issuperset(doc):
        raise Unusual("TypedValueGuardrailResult: unknown key")
    get = doc.get
    v_type: Any = get("type")
    if not (v_type == "guardrail_result" and type(v_type) is str):
        raise Unusual("TypedValueGuardrailResult.type")
    v_value: Any = get("value")
    if type(v_value) is not dict:
        raise Unusual("EvaluationResult")
    extra_value: dict[str, Any] = {}
    if not KEYS_EvaluationResult.issuperset(v_value):
        extra_value = {k_value: x_value for k_value, x_value in v_value.items() if k_value not in KEYS_EvaluationResult}
        for k_value, x_value in extra_value.items():
            if type(k_value) is not str or not is_json(x_value):
                raise Unusual("EvaluationResult.additional_properties")
    get_value = v_value.get
    v_value__status: Any = get_value("status")
    if not (type(v_value__status) is str and v_value__status in ENUM_EvaluationStatus):
        raise Unusual("EvaluationResult.status")
    v_value__passed: Any = get_value("passed")
    if v_value__passed is not None and type(v_value__passed) is not bool:
        raise Unusual("EvaluationResult.passed")
    v_value__score: Any = get_value("score")
    if v_value__score is not None and not (
        type(v_value__score) is int or (type(v_value__score) is float and v_value__score - v_value__score == 0.0)
    ):
        raise Unusual("EvaluationResult.score")
    v_value__label: Any = get_value("label")
    if v_value__label is not None and type(v_value__label) is not str:
        raise Unusual("EvaluationResult.label")
    v_value__details: Any = get_value("details")
    if v_value__details is not None and type(v_value__details) is not str:
        raise Unusual("EvaluationResult.details")
    v_value__cost: Any = get_value("cost")
    if v_value__cost is not None:
        v_value__cost = decode_Money(v_value__cost)
    m_value: models.EvaluationResult = new(models.EvaluationResult)
    m_value.status = cast("models.EvaluationStatus", v_value__status)
    m_value.passed = v_value__passed
    m_value.score = v_value__score
    m_value.label = v_value__label
    m_value.details = v_value__details
    m_value.cost = v_value__cost
    m_value.additional_properties = extra_value
    v_value = m_value
    instance: models.TypedValueGuardrailResult = new(models.TypedValueGuardrailResult)
    instance.type = "guardrail_result"
    instance.value = v_value
    return instance


def encode_TypedValueJson(obj: Any) -> dict[str, Any]:
    if type(obj) is not models.TypedValueJson:
        raise Unusual("TypedValueJson")
    v_type: Any = obj.type
    if not (v_type == "json" and type(v_type) is str):
        raise Unusual("TypedValueJson.type")
    v_value: Any = obj.value
    if v_value is not None:
        if not is_json(v_value):
            raise Unusual("TypedValueJson.value")
    out: dict[str, Any] = {"type": v_type, "value": v_value}
    return out


def decode_TypedValueJson(doc: Any) -> models.TypedValueJson:
    if type(doc) is not dict:
        raise Unusual("TypedValueJson")
    if not KEYS_TypedValueJson.issuperset(doc):
        raise Unusual("TypedValueJson: unknown key")
    get = doc.get
    v_type: Any = get("type")
    if not (v_type == "json" and type(v_type) is str):
        raise Unusual("TypedValueJson.type")
    v_value: Any = get("value")
    if "value" not in doc:
        raise Unusual("TypedValueJson.value: missing")
    if v_value is not None and not is_json(v_value):
        raise Unusual("TypedValueJson.value")
    instance: models.TypedValueJson = new(models.TypedValueJson)
    instance.type = "json"
    instance.value = v_value
    return instance


def encode_TypedValueList(obj: Any) -> dict[str, Any]:
    if type(obj) is not models.TypedValueList:
        raise Unusual("TypedValueList")
    v_type: Any = obj.type
    if not (v_type == "list" and type(v_type) is str):
        raise Unusual("TypedValueList.type")
    v_value: Any = obj.value
    if type(v_value) is not list:
        raise Unusual("TypedValueList.value")
    o_value: list[Any] = []
    for item in v_value:
        o_value.append(ENCODERS_SpanInputOutput[type(item)](item))
    v_value = o_value
    out: dict[str, Any] = {"type": v_type, "value": v_value}
    return out


def decode_TypedValueList(doc: Any) -> models.TypedValueList:
    if type(doc) is not dict:
        raise Unusual("TypedValueList")
    if not is_json(doc):
        raise Unusual("TypedValueList: deeper than the codecs read, or not JSON")
    if not KEYS_TypedValueList.issuperset(doc):
        raise Unusual("TypedValueList: unknown key")
    get = doc.get
    v_type: Any = get("type")
    if not (v_type == "list" and type(v_type) is str):
        raise Unusual("TypedValueList.type")
    v_value: Any = get("value")
    if type(v_value) is not list:
        raise Unusual("TypedValueList.value")
    v_value = [decode_SpanInputOutput(item) for item in v_value]
    instance: models.TypedValueList = new(models.TypedValueList)
    instance.type = "list"
    instance.value = v_value
    return instance


def encode_TypedValueRaw(obj: Any) -> dict[str, Any]:
    if type(obj) is not models.TypedValueRaw:
        raise Unusual("TypedValueRaw")
    v_type: Any = obj.type
    if not (v_type == "raw" and type(v_type) is str):
        raise Unusual("TypedValueRaw.type")
    v_value: Any = obj.value
    if type(v_value) is not str:
        raise Unusual("TypedValueRaw.value")
    out: dict[str, Any] = {"type": v_type, "value": v_value}
    return out


def decode_TypedValueRaw(doc: Any) -> models.TypedValueRaw:
    if type(doc) is not dict:
        raise Unusual("TypedValueRaw")
    if not KEYS_TypedValueRaw.issuperset(doc):
        raise Unusual("TypedValueRaw: unknown key")
    get = doc.get
    v_type: Any = get("type")
    if not (v_type == "raw" and type(v_type) is str):
        raise Unusual("TypedValueRaw.type")
    v_value: Any = get("value")
    if type(v_value) is not str:
        raise Unusual("TypedValueRaw.value")
    instance: models.TypedValueRaw = new(models.TypedValueRaw)
    instance.type = "raw"
    instance.value = v_value
    return instance


def encode_TypedValueText(obj: Any) -> dict[str, Any]:
    if type(obj) is not models.TypedValueText:
        raise Unusual("TypedValueText")
    v_type: Any = obj.type
    if not (v_type == "text" and type(v_type) is str):
        raise Unusual("TypedValueText.type")
    v_value: Any = obj.value
    if type(v_value) is not str:
        raise Unusual("TypedValueText.value")
    out: dict[str, Any] = {"type": v_type, "value": v_value}
    return out


def decode_TypedValueText(doc: Any) -> models.TypedValueText:
    if type(doc) is not dict:
        raise Unusual("TypedValueText")
    if not KEYS_TypedValueText.issuperset(doc):
        raise Unusual("TypedValueText: unknown key")
    get = doc.get
    v_type: Any = get("type")
    if not (v_type == "text" and type(v_type) is str):
        raise Unusual("TypedValueText.type")
    v_value: Any = get("value")
    if type(v_value) is not str:
        raise Unusual("TypedValueText.value")
    instance: models.TypedValueText = new(models.TypedValueText)
    instance.type = "text"
    instance.value = v_value
    return instance


def encode_UntypedTextContentPart(obj: Any) -> dict[str, Any]:
    if type(obj) is not models.UntypedTextContentPart:
        raise Unusual("UntypedTextContentPart")
    v_text: Any = obj.text
    if type(v_text) is not str:
        raise Unusual("UntypedTextContentPart.text")
    out: dict[str, Any] = {"text": v_text}
    extra = obj.additional_properties
    if extra:
        if type(extra) is not dict or not KEYS_UntypedTextContentPart.isdisjoint(extra):
            raise Unusual("UntypedTextContentPart.additional_properties")
        for key, value in extra.items():
            if type(key) is not str or not is_json(value):
                raise Unusual("UntypedTextContentPart.additional_properties")
        out.update(extra)
    return out


def decode_UntypedTextContentPart(doc: Any) -> models.UntypedTextContentPart:
    if type(doc) is not dict:
        raise Unusual("UntypedTextContentPart")
    extra: dict[str, Any] = {}
    if not KEYS_UntypedTextContentPart.issuperset(doc):
        extra = {key: value for key, value in doc.items() if key not in KEYS_UntypedTextContentPart}
        for key, value in extra.items():
            if type(key) is not str or not is_json(value):
                raise Unusual("UntypedTextContentPart.additional_properties")
    get = doc.get
    v_text: Any = get("text")
    if type(v_text) is not str:
        raise Unusual("UntypedTextContentPart.text")
    instance: models.UntypedTextContentPart = new(models.UntypedTextContentPart)
    instance.text = v_text
    instance.additional_properties = extra
    return instance


def encode_SpanInputOutput(obj: Any) -> dict[str, Any]:
    return ENCODERS_SpanInputOutput[type(obj)](obj)


def decode_SpanInputOutput(doc: Any) -> Any:
    if type(doc) is not dict:
        raise Unusual("SpanInputOutput")
    tag = doc.get("type")
    decode = DECODERS_SpanInputOutput.get(tag) if type(tag) is str else None
    if decode is None:
        raise Unusual("SpanInputOutput: tag")
    return decode(doc)


def encode_ChatRichContent(obj: Any) -> dict[str, Any]:
    return ENCODERS_ChatRichContent[type(obj)](obj)


def decode_ChatRichContent(doc: Any) -> Any:
    if type(doc) is not dict:
        raise Unusual("ChatRichContent")
    tag = doc.get("type")
    if tag == "text":
        return decode_TextContentPart(doc)
    if "text" in doc:
        return decode_UntypedTextContentPart(doc)
    if tag == "image_url":
        return decode_ImageUrlContentPart(doc)
    if tag == "tool_call":
        return decode_ToolCallContentPart(doc)
    if tag == "tool_result":
        return decode_ToolResultContentPart(doc)
    if tag == "binary" and "mimeType" in doc:
        return decode_BinaryContentPart(doc)
    if tag == "input_audio" and "input_audio" in doc:
        return decode_InputAudioContentPart(doc)
    if tag == "audio" and "source" in doc:
        return decode_AudioContentPart(doc)
    if tag == "image" and "image" in doc:
        return decode_ImageContentPart(doc)
    if tag == "file" and "mediaType" in doc:
        return decode_FileContentPart(doc)
    if tag == "file" and "file" in doc:
        return decode_FileReferenceContentPart(doc)
    raise Unusual("ChatRichContent: no member fits")


def encode_Span(obj: Any) -> dict[str, Any]:
    return ENCODERS_Span[type(obj)](obj)


def decode_Span(doc: Any) -> Any:
    if type(doc) is not dict:
        raise Unusual("Span")
    tag = doc.get("type")
    if tag == "llm" and "span_id" in doc and "timestamps" in doc:
        return decode_LLMSpan(doc)
    if tag == "rag" and "contexts" in doc and "span_id" in doc and "timestamps" in doc:
        return decode_RAGSpan(doc)
    if "span_id" in doc and "timestamps" in doc and "type" in doc:
        return decode_BaseSpan(doc)
    raise Unusual("Span: no member fits")


# Every model's schema name.

SCHEMA_NAMES: dict[type, str] = {
    models.AudioContentPart: "AudioContentPart",
    models.AudioSource: "AudioSource",
    models.BaseSpan: "BaseSpan",
    models.BinaryContentPart: "BinaryContentPart",
    models.ChatMessage: "ChatMessage",
    models.CollectorRequest: "CollectorRequest",
    models.CollectorResponse: "CollectorResponse",
    models.ErrorCapture: "ErrorCapture",
    models.ErrorResponse: "ErrorResponse",
    models.EvaluationResult: "EvaluationResult",
    models.EvaluationTimestamps: "EvaluationTimestamps",
    models.FileContentPart: "FileContentPart",
    models.FileReference: "FileReference",
    models.FileReferenceContentPart: "FileReferenceContentPart",
    models.FunctionCall: "FunctionCall",
    models.ImageContentPart: "ImageContentPart",
    models.ImageUrl: "ImageUrl",
    models.ImageUrlContentPart: "ImageUrlContentPart",
    models.IngestFailureResponse: "IngestFailureResponse",
    models.InputAudio: "InputAudio",
    models.InputAudioContentPart: "InputAudioContentPart",
    models.LLMSpan: "LLMSpan",
    models.Money: "Money",
    models.PartialSuccess: "PartialSuccess",
    models.PermissionDeniedErrorResponse: "PermissionDeniedErrorResponse",
    models.PlanLimitErrorResponse: "PlanLimitErrorResponse",
    models.RAGChunk: "RAGChunk",
    models.RAGSpan: "RAGSpan",
    models.RESTEvaluation: "RESTEvaluation",
    models.SpanMetrics: "SpanMetrics",
    models.SpanParams: "SpanParams",
    models.SpanTimestamps: "SpanTimestamps",
    models.TextContentPart: "TextContentPart",
    models.ToolCall: "ToolCall",
    models.ToolCallContentPart: "ToolCallContentPart",
    models.ToolResultContentPart: "ToolResultContentPart",
    models.TraceMetadata: "TraceMetadata",
    models.TypedValueChatMessages: "TypedValueChatMessages",
    models.TypedValueEvaluationResult: "TypedValueEvaluationResult",
    models.TypedValueGuardrailResult: "TypedValueGuardrailResult",
    models.TypedValueJson: "TypedValueJson",
    models.TypedValueList: "TypedValueList",
    models.TypedValueRaw: "TypedValueRaw",
    models.TypedValueText: "TypedValueText",
    models.UntypedTextContentPart: "UntypedTextContentPart",
}

# The `const` tags written even when they are the default.

ALWAYS_WRITTEN: dict[type, tuple[str, ...]] = {
    models.AudioContentPart: ("type",),
    models.BinaryContentPart: ("type",),
    models.FileContentPart: ("type",),
    models.FileReferenceContentPart: ("type",),
    models.ImageContentPart: ("type",),
    models.ImageUrlContentPart: ("type",),
    models.InputAudioContentPart: ("type",),
    models.LLMSpan: ("type",),
    models.RAGSpan: ("type",),
    models.TextContentPart: ("type",),
    models.ToolCallContentPart: ("type",),
    models.ToolResultContentPart: ("type",),
    models.TypedValueChatMessages: ("type",),
    models.TypedValueEvaluationResult: ("type",),
    models.TypedValueGuardrailResult: ("type",),
    models.TypedValueJson: ("type",),
    models.TypedValueList: ("type",),
    models.TypedValueRaw: ("type",),
    models.TypedValueText: ("type",),
}

# The declared fields of the models that also keep other keys (additional_properties).

DECLARED_WITH_EXTRAS: dict[type, frozenset[str]] = {
    models.AudioContentPart: KEYS_AudioContentPart,
    models.AudioSource: KEYS_AudioSource,
    models.BinaryContentPart: KEYS_BinaryContentPart,
    models.ChatMessage: KEYS_ChatMessage,
    models.EvaluationResult: KEYS_EvaluationResult,
    models.FileContentPart: KEYS_FileContentPart,
    models.FileReference: KEYS_FileReference,
    models.FileReferenceContentPart: KEYS_FileReferenceContentPart,
    models.FunctionCall: KEYS_FunctionCall,
    models.ImageContentPart: KEYS_ImageContentPart,
    models.ImageUrl: KEYS_ImageUrl,
    models.ImageUrlContentPart: KEYS_ImageUrlContentPart,
    models.InputAudio: KEYS_InputAudio,
    models.InputAudioContentPart: KEYS_InputAudioContentPart,
    models.Money: KEYS_Money,
    models.SpanParams: KEYS_SpanParams,
    models.TextContentPart: KEYS_TextContentPart,
    models.ToolCall: KEYS_ToolCall,
    models.ToolCallContentPart: KEYS_ToolCallContentPart,
    models.ToolResultContentPart: KEYS_ToolResultContentPart,
    models.TraceMetadata: KEYS_TraceMetadata,
    models.UntypedTextContentPart: KEYS_UntypedTextContentPart,
}

# Models that keep, under a declared name, a value of another type in `additional_properties`

# (`x-ill-typed-kept`): the server stores it, so the model keeps it and the typed field stays None.

ILL_TYPED_KEPT: frozenset[type] = frozenset(
    {
        models.SpanParams,
    }
)

ENCODERS: dict[type, Callable[[Any], dict[str, Any]]] = {
    models.AudioContentPart: encode_AudioContentPart,
    models.AudioSource: encode_AudioSource,
    models.BaseSpan: encode_BaseSpan,
    models.BinaryContentPart: encode_BinaryContentPart,
    models.ChatMessage: encode_ChatMessage,
    models.CollectorRequest: encode_CollectorRequest,
    models.CollectorResponse: encode_CollectorResponse,
    models.ErrorCapture: encode_ErrorCapture,
    models.ErrorResponse: encode_ErrorResponse,
    models.EvaluationResult: encode_EvaluationResult,
    models.EvaluationTimestamps: encode_EvaluationTimestamps,
    models.FileContentPart: encode_FileContentPart,
    models.FileReference: encode_FileReference,
    models.FileReferenceContentPart: encode_FileReferenceContentPart,
    models.FunctionCall: encode_FunctionCall,
    models.ImageContentPart: encode_ImageContentPart,
    models.ImageUrl: encode_ImageUrl,
    models.ImageUrlContentPart: encode_ImageUrlContentPart,
    models.IngestFailureResponse: encode_IngestFailureResponse,
    models.InputAudio: encode_InputAudio,
    models.InputAudioContentPart: encode_InputAudioContentPart,
    models.LLMSpan: encode_LLMSpan,
    models.Money: encode_Money,
    models.PartialSuccess: encode_PartialSuccess,
    models.PermissionDeniedErrorResponse: encode_PermissionDeniedErrorResponse,
    models.PlanLimitErrorResponse: encode_PlanLimitErrorResponse,
    models.RAGChunk: encode_RAGChunk,
    models.RAGSpan: encode_RAGSpan,
    models.RESTEvaluation: encode_RESTEvaluation,
    models.SpanMetrics: encode_SpanMetrics,
    models.SpanParams: encode_SpanParams,
    models.SpanTimestamps: encode_SpanTimestamps,
    models.TextContentPart: encode_TextContentPart,
    models.ToolCall: encode_ToolCall,
    models.ToolCallContentPart: encode_ToolCallContentPart,
    models.ToolResultContentPart: encode_ToolResultContentPart,
    models.TraceMetadata: encode_TraceMetadata,
    models.TypedValueChatMessages: encode_TypedValueChatMessages,
    models.TypedValueEvaluationResult: encode_TypedValueEvaluationResult,
    models.TypedValueGuardrailResult: encode_TypedValueGuardrailResult,
    models.TypedValueJson: encode_TypedValueJson,
    models.TypedValueList: encode_TypedValueList,
    models.TypedValueRaw: encode_TypedValueRaw,
    models.TypedValueText: encode_TypedValueText,
    models.UntypedTextContentPart: encode_UntypedTextContentPart,
}

DECODERS: dict[type, Callable[[Any], Any]] = {
    models.AudioContentPart: decode_AudioContentPart,
    models.AudioSource: decode_AudioSource,
    models.BaseSpan: decode_BaseSpan,
    models.BinaryContentPart: decode_BinaryContentPart,
    models.ChatMessage: decode_ChatMessage,
    models.CollectorRequest: decode_CollectorRequest,
    models.CollectorResponse: decode_CollectorResponse,
    models.ErrorCapture: decode_ErrorCapture,
    models.ErrorResponse: decode_ErrorResponse,
    models.EvaluationResult: decode_EvaluationResult,
    models.EvaluationTimestamps: decode_EvaluationTimestamps,
    models.FileContentPart: decode_FileContentPart,
    models.FileReference: decode_FileReference,
    models.FileReferenceContentPart: decode_FileReferenceContentPart,
    models.FunctionCall: decode_FunctionCall,
    models.ImageContentPart: decode_ImageContentPart,
    models.ImageUrl: decode_ImageUrl,
    models.ImageUrlContentPart: decode_ImageUrlContentPart,
    models.IngestFailureResponse: decode_IngestFailureResponse,
    models.InputAudio: decode_InputAudio,
    models.InputAudioContentPart: decode_InputAudioContentPart,
    models.LLMSpan: decode_LLMSpan,
    models.Money: decode_Money,
    models.PartialSuccess: decode_PartialSuccess,
    models.PermissionDeniedErrorResponse: decode_PermissionDeniedErrorResponse,
    models.PlanLimitErrorResponse: decode_PlanLimitErrorResponse,
    models.RAGChunk: decode_RAGChunk,
    models.RAGSpan: decode_RAGSpan,
    models.RESTEvaluation: decode_RESTEvaluation,
    models.SpanMetrics: decode_SpanMetrics,
    models.SpanParams: decode_SpanParams,
    models.SpanTimestamps: decode_SpanTimestamps,
    models.TextContentPart: decode_TextContentPart,
    models.ToolCall: decode_ToolCall,
    models.ToolCallContentPart: decode_ToolCallContentPart,
    models.ToolResultContentPart: decode_ToolResultContentPart,
    models.TraceMetadata: decode_TraceMetadata,
    models.TypedValueChatMessages: decode_TypedValueChatMessages,
    models.TypedValueEvaluationResult: decode_TypedValueEvaluationResult,
    models.TypedValueGuardrailResult: decode_TypedValueGuardrailResult,
    models.TypedValueJson: decode_TypedValueJson,
    models.TypedValueList: decode_TypedValueList,
    models.TypedValueRaw: decode_TypedValueRaw,
    models.TypedValueText: decode_TypedValueText,
    models.UntypedTextContentPart: decode_UntypedTextContentPart,
}

ENCODERS_SpanInputOutput: dict[type, Callable[[Any], dict[str, Any]]] = Dispatch(
    "SpanInputOutput",
    {
        models.TypedValueChatMessages: encode_TypedValueChatMessages,
        models.TypedValueEvaluationResult: encode_TypedValueEvaluationResult,
        models.TypedValueGuardrailResult: encode_TypedValueGuardrailResult,
        models.TypedValueJson: encode_TypedValueJson,
        models.TypedValueList: encode_TypedValueList,
        models.TypedValueRaw: encode_TypedValueRaw,
        models.TypedValueText: encode_TypedValueText,
    },
)

DECODERS_SpanInputOutput: dict[str, Callable[[Any], Any]] = {
    "chat_messages": decode_TypedValueChatMessages,
    "evaluation_result": decode_TypedValueEvaluationResult,
    "guardrail_result": decode_TypedValueGuardrailResult,
    "json": decode_TypedValueJson,
    "list": decode_TypedValueList,
    "raw": decode_TypedValueRaw,
    "text": decode_TypedValueText,
}

ENCODERS_ChatRichContent: dict[type, Callable[[Any], dict[str, Any]]] = Dispatch(
    "ChatRichContent",
    {
        models.TextContentPart: encode_TextContentPart,
        models.UntypedTextContentPart: encode_UntypedTextContentPart,
        models.ImageUrlContentPart: encode_ImageUrlContentPart,
        models.ToolCallContentPart: encode_ToolCallContentPart,
        models.ToolResultContentPart: encode_ToolResultContentPart,
        models.BinaryContentPart: encode_BinaryContentPart,
        models.InputAudioContentPart: encode_InputAudioContentPart,
        models.AudioContentPart: encode_AudioContentPart,
        models.ImageContentPart: encode_ImageContentPart,
        models.FileContentPart: encode_FileContentPart,
        models.FileReferenceContentPart: encode_FileReferenceContentPart,
    },
)

ENCODERS_Span: dict[type, Callable[[Any], dict[str, Any]]] = Dispatch(
    "Span",
    {
        models.LLMSpan: encode_LLMSpan,
        models.RAGSpan: encode_RAGSpan,
        models.BaseSpan: encode_BaseSpan,
    },
)

# The unions the spec names, as types: (is None accepted, the decoder).
UNION_DECODERS: dict[Any, tuple[bool, Callable[[Any], Any]]] = {
    models.ChatRichContent: (False, decode_ChatRichContent),
    models.Span: (False, decode_Span),
    models.SpanInputOutput: (False, decode_SpanInputOutput),
    models.NullableSpanInputOutput: (True, decode_SpanInputOutput),
}

# Tagged unions: the tag's property and the class of each tag.
TAGGED_UNIONS: dict[str, tuple[str, dict[str, type]]] = {
    "SpanInputOutput": (
        "type",
        {
            "chat_messages": models.TypedValueChatMessages,
            "evaluation_result": models.TypedValueEvaluationResult,
            "guardrail_result": models.TypedValueGuardrailResult,
            "json": models.TypedValueJson,
            "list": models.TypedValueList,
            "raw": models.TypedValueRaw,
            "text": models.TypedValueText,
        },
    ),
}

# First-match unions, members in the server's order: (class, tag, extends the last member).
FIRST_MATCH_UNIONS: dict[str, tuple[tuple[type, str | None, bool], ...]] = {
    "ChatRichContent": (
        (models.TextContentPart, "text", False),
        (models.UntypedTextContentPart, None, False),
        (models.ImageUrlContentPart, "image_url", False),
        (models.ToolCallContentPart, "tool_call", False),
        (models.ToolResultContentPart, "tool_result", False),
        (models.BinaryContentPart, "binary", False),
        (models.InputAudioContentPart, "input_audio", False),
        (models.AudioContentPart, "audio", False),
        (models.ImageContentPart, "image", False),
        (models.FileContentPart, "file", False),
        (models.FileReferenceContentPart, "file", False),
    ),
    "Span": (
        (models.LLMSpan, "llm", True),
        (models.RAGSpan, "rag", True),
        (models.BaseSpan, None, False),
    ),
}


# The converter's behaviour for what the codecs refuse: cattrs hooks built on first use.
LENIENT = LenientUnstructure(frozenset(SCHEMA_NAMES), ALWAYS_WRITTEN, DECLARED_WITH_EXTRAS, ILL_TYPED_KEPT)


def register(converter: cattrs.Converter) -> None:
    """Makes the codecs the converter's hooks for every model and every union the spec names."""
    register_codecs(converter, ENCODERS, DECODERS, UNION_DECODERS, LENIENT)
