# Generated from openapi/collector.yaml by codegen: do not edit, run scripts/generate.
"""The collector's schemas as attrs classes."""

from __future__ import annotations

from typing import Any, Literal, Optional, TypeAlias, Union

import attrs

NullableStringList: TypeAlias = list[str] | None


MetadataPrimitive: TypeAlias = str | float | bool | None


CustomMetadataValue: TypeAlias = (
    MetadataPrimitive | list[MetadataPrimitive] | dict[str, MetadataPrimitive] | dict[str, dict[str, MetadataPrimitive]]
)


SpanType: TypeAlias = Literal[
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
]


@attrs.define(kw_only=True)
class RAGChunk:
    content: str | dict[str, Any] | list[Any]
    document_id: str | None = None
    chunk_id: str | None = None


EpochMillis: TypeAlias = float


@attrs.define(kw_only=True)
class ErrorCapture:
    message: str
    stacktrace: list[str]
    has_error: Literal[True] | None = None


@attrs.define(kw_only=True)
class SpanMetrics:
    """Token counts and cost. Other keys are moved to `params` by the server."""

    prompt_tokens: float | None = None
    completion_tokens: float | None = None
    reasoning_tokens: float | None = None
    cache_read_input_tokens: float | None = None
    cache_creation_input_tokens: float | None = None
    cost: float | None = None
    tokens_estimated: bool | None = None


@attrs.define(kw_only=True)
class SpanParams:
    """Model parameters. The server stores params as a record of any JSON values: a reserved
    key with a value of another type (`"temperature": "NOT_GIVEN"`, as LangWatch's Python
    SDK sends for an omitted OpenAI argument) is accepted and kept. The model keeps such a
    value in `additional_properties` under its own name, leaving the typed field None."""

    temperature: float | None = None
    top_p: float | None = None
    max_tokens: float | None = None
    n: float | None = None
    seed: float | None = None
    frequency_penalty: float | None = None
    presence_penalty: float | None = None
    logprobs: bool | None = None
    top_logprobs: float | None = None
    logit_bias: dict[str, float] | None = None
    stop: str | list[str] | None = None
    stream: bool | None = None
    tools: list[dict[str, Any]] | None = None
    functions: list[dict[str, Any]] | None = None
    tool_choice: str | dict[str, Any] | None = None
    parallel_tool_calls: bool | None = None
    user: str | None = None
    reasoning_effort: str | None = None
    additional_properties: dict[str, Any] = attrs.field(factory=dict)
    """Keys the spec does not name, sent as they are."""


@attrs.define(kw_only=True)
class TypedValueText:
    type: Literal["text"] = "text"
    value: str


@attrs.define(kw_only=True)
class TypedValueRaw:
    type: Literal["raw"] = "raw"
    value: str


@attrs.define(kw_only=True)
class TypedValueJson:
    type: Literal["json"] = "json"
    value: Any


EvaluationStatus: TypeAlias = Literal["processed", "skipped", "error"]


@attrs.define(kw_only=True)
class Money:
    currency: str
    amount: float
    additional_properties: dict[str, Any] = attrs.field(factory=dict)
    """Keys the spec does not name, sent as they are."""


ChatRole: TypeAlias = Literal["system", "developer", "user", "assistant", "function", "tool", "unknown"]


@attrs.define(kw_only=True)
class FunctionCall:
    name: str | None = None
    arguments: str | None = None
    additional_properties: dict[str, Any] = attrs.field(factory=dict)
    """Keys the spec does not name, sent as they are."""


@attrs.define(kw_only=True)
class ToolCall:
    id: str
    type: str
    function: FunctionCall
    additional_properties: dict[str, Any] = attrs.field(factory=dict)
    """Keys the spec does not name, sent as they are."""


@attrs.define(kw_only=True)
class TextContentPart:
    type: Literal["text"] = "text"
    text: str | None = None
    content: str | None = None
    additional_properties: dict[str, Any] = attrs.field(factory=dict)
    """Keys the spec does not name, sent as they are."""


@attrs.define(kw_only=True)
class UntypedTextContentPart:
    text: str
    additional_properties: dict[str, Any] = attrs.field(factory=dict)
    """Keys the spec does not name, sent as they are."""


@attrs.define(kw_only=True)
class ImageUrl:
    url: str
    detail: Literal["auto", "low", "high"] | None = None
    additional_properties: dict[str, Any] = attrs.field(factory=dict)
    """Keys the spec does not name, sent as they are."""


@attrs.define(kw_only=True)
class ToolCallContentPart:
    type: Literal["tool_call"] = "tool_call"
    toolName: str | None = None
    toolCallId: str | None = None
    args: str | None = None
    additional_properties: dict[str, Any] = attrs.field(factory=dict)
    """Keys the spec does not name, sent as they are."""


@attrs.define(kw_only=True)
class ToolResultContentPart:
    type: Literal["tool_result"] = "tool_result"
    toolName: str | None = None
    toolCallId: str | None = None
    result: Any | None = None
    additional_properties: dict[str, Any] = attrs.field(factory=dict)
    """Keys the spec does not name, sent as they are."""


@attrs.define(kw_only=True)
class BinaryContentPart:
    type: Literal["binary"] = "binary"
    mimeType: str
    data: str | None = None
    url: str | None = None
    id: str | None = None
    filename: str | None = None
    additional_properties: dict[str, Any] = attrs.field(factory=dict)
    """Keys the spec does not name, sent as they are."""


@attrs.define(kw_only=True)
class InputAudio:
    data: str | None = None
    format: str | None = None
    url: str | None = None
    mimeType: str | None = None
    id: str | None = None
    additional_properties: dict[str, Any] = attrs.field(factory=dict)
    """Keys the spec does not name, sent as they are."""


@attrs.define(kw_only=True)
class AudioSource:
    type: Literal["url", "data"]
    value: str
    mimeType: str | None = None
    additional_properties: dict[str, Any] = attrs.field(factory=dict)
    """Keys the spec does not name, sent as they are."""


@attrs.define(kw_only=True)
class ImageContentPart:
    type: Literal["image"] = "image"
    image: str
    mediaType: str | None = None
    additional_properties: dict[str, Any] = attrs.field(factory=dict)
    """Keys the spec does not name, sent as they are."""


@attrs.define(kw_only=True)
class FileContentPart:
    type: Literal["file"] = "file"
    mediaType: str
    data: str | None = None
    url: str | None = None
    filename: str | None = None
    additional_properties: dict[str, Any] = attrs.field(factory=dict)
    """Keys the spec does not name, sent as they are."""


@attrs.define(kw_only=True)
class FileReference:
    file_data: str | None = None
    file_id: str | None = None
    filename: str | None = None
    additional_properties: dict[str, Any] = attrs.field(factory=dict)
    """Keys the spec does not name, sent as they are."""


@attrs.define(kw_only=True)
class EvaluationTimestamps:
    started_at: EpochMillis | None = None
    finished_at: EpochMillis | None = None


@attrs.define(kw_only=True)
class PartialSuccess:
    rejectedSpans: int | None = None
    rejectedEvaluations: int | None = None
    errorMessage: str | None = None


@attrs.define(kw_only=True)
class ErrorResponse:
    """An error answer. It carries `message`, `error`, or both."""

    message: str | None = None
    error: str | None = None


@attrs.define(kw_only=True)
class PlanLimitErrorResponse:
    message: str
    error: str | None = None
    currentMonthMessagesCount: float | None = None
    maxMessagesPerMonth: float | None = None
    activePlanName: str | None = None
    tips: list[Any] | None = None
    fault: str | None = None


@attrs.define(kw_only=True)
class PermissionDeniedErrorResponse:
    message: str
    error: str | None = None
    permission: str | None = None


@attrs.define(kw_only=True)
class IngestFailureResponse:
    message: str
    partialSuccess: PartialSuccess | None = None


@attrs.define(kw_only=True)
class TraceMetadata:
    """Reserved keys, plus any other key as custom metadata: a primitive, an array of
    primitives, an object of primitives, or an object of objects of primitives."""

    user_id: str | None = None
    thread_id: str | None = None
    customer_id: str | None = None
    labels: NullableStringList | None = None
    topic_id: str | None = None
    subtopic_id: str | None = None
    sdk_name: str | None = None
    sdk_version: str | None = None
    sdk_language: str | None = None
    telemetry_sdk_language: str | None = None
    telemetry_sdk_name: str | None = None
    telemetry_sdk_version: str | None = None
    prompt_ids: NullableStringList | None = None
    prompt_version_ids: NullableStringList | None = None
    additional_properties: dict[str, CustomMetadataValue] = attrs.field(factory=dict)
    """Keys the spec does not name, sent as they are."""


@attrs.define(kw_only=True)
class SpanTimestamps:
    started_at: EpochMillis
    finished_at: EpochMillis
    first_token_at: EpochMillis | None = None
    ignore_timestamps_on_write: bool | None = None


@attrs.define(kw_only=True)
class EvaluationResult:
    status: EvaluationStatus
    passed: bool | None = None
    score: float | None = None
    label: str | None = None
    details: str | None = None
    cost: Money | None = None
    additional_properties: dict[str, Any] = attrs.field(factory=dict)
    """Keys the spec does not name, sent as they are."""


@attrs.define(kw_only=True)
class ImageUrlContentPart:
    type: Literal["image_url"] = "image_url"
    image_url: ImageUrl | None = None
    additional_properties: dict[str, Any] = attrs.field(factory=dict)
    """Keys the spec does not name, sent as they are."""


@attrs.define(kw_only=True)
class InputAudioContentPart:
    type: Literal["input_audio"] = "input_audio"
    input_audio: InputAudio
    additional_properties: dict[str, Any] = attrs.field(factory=dict)
    """Keys the spec does not name, sent as they are."""


@attrs.define(kw_only=True)
class AudioContentPart:
    type: Literal["audio"] = "audio"
    source: AudioSource
    additional_properties: dict[str, Any] = attrs.field(factory=dict)
    """Keys the spec does not name, sent as they are."""


@attrs.define(kw_only=True)
class FileReferenceContentPart:
    type: Literal["file"] = "file"
    file: FileReference
    additional_properties: dict[str, Any] = attrs.field(factory=dict)
    """Keys the spec does not name, sent as they are."""


@attrs.define(kw_only=True)
class RESTEvaluation:
    """An evaluation of the trace (or of one span). It needs a verdict (`passed`, `score`
    or `label`) unless its status is `error` or `skipped` (a rule of the route, checked
    before this schema: 400). `status` defaults to `error` when there is an `error`, else
    `processed`; the server keeps `passed`, `score` and `label` only when the status is
    `processed` (the verdict gate, since 2026-08-13). Unknown keys are dropped. The server
    does not deduplicate evaluations: a resent body stores them again."""

    name: str
    evaluation_id: str | None = None
    evaluator_id: str | None = None
    span_id: str | None = None
    type: str | None = None
    is_guardrail: bool | None = None
    evaluation_thread_id: str | None = None
    status: EvaluationStatus | None = None
    passed: bool | None = None
    score: float | None = None
    label: str | None = None
    details: str | None = None
    inputs: dict[str, Any] | None = None
    error: ErrorCapture | None = None
    timestamps: EvaluationTimestamps | None = None


@attrs.define(kw_only=True)
class CollectorResponse:
    message: str
    partialSuccess: PartialSuccess | None = None


@attrs.define(kw_only=True)
class TypedValueGuardrailResult:
    type: Literal["guardrail_result"] = "guardrail_result"
    value: EvaluationResult


@attrs.define(kw_only=True)
class TypedValueEvaluationResult:
    type: Literal["evaluation_result"] = "evaluation_result"
    value: EvaluationResult


ChatRichContent: TypeAlias = (
    TextContentPart
    | UntypedTextContentPart
    | ImageUrlContentPart
    | ToolCallContentPart
    | ToolResultContentPart
    | BinaryContentPart
    | InputAudioContentPart
    | AudioContentPart
    | ImageContentPart
    | FileContentPart
    | FileReferenceContentPart
)


@attrs.define(kw_only=True)
class ChatMessage:
    """A chat message. The server stores input and output values as sent: keys it does not
    name (OpenAI's `refusal`, `annotations`, `audio`, ...) are kept, here and in every
    schema inside a typed value."""

    role: ChatRole | None = None
    content: str | list[ChatRichContent] | None = None
    parts: list[ChatRichContent] | None = None
    function_call: FunctionCall | None = None
    tool_calls: list[ToolCall] | None = None
    tool_call_id: str | None = None
    name: str | None = None
    reasoning_content: str | None = None
    additional_properties: dict[str, Any] = attrs.field(factory=dict)
    """Keys the spec does not name, sent as they are."""


@attrs.define(kw_only=True)
class TypedValueChatMessages:
    type: Literal["chat_messages"] = "chat_messages"
    value: list[ChatMessage]


@attrs.define(kw_only=True)
class CollectorRequest:
    """One trace. The trace id comes from `trace_id`, else from the first span; every span
    that names a trace id must name that one. `spans` may be omitted for a body of
    evaluations only."""

    trace_id: str | None = None
    spans: list[Span] | None = None
    metadata: TraceMetadata | None = None
    expected_output: str | None = None
    evaluations: list[RESTEvaluation] | None = None


Span: TypeAlias = Union["LLMSpan", "RAGSpan", "BaseSpan"]


@attrs.define(kw_only=True)
class BaseSpan:
    span_id: str
    type: SpanType
    timestamps: SpanTimestamps
    parent_id: str | None = None
    trace_id: str | None = None
    name: str | None = None
    input: NullableSpanInputOutput | None = None
    output: NullableSpanInputOutput | None = None
    error: ErrorCapture | None = None
    metrics: SpanMetrics | None = None
    params: SpanParams | None = None


NullableSpanInputOutput: TypeAlias = Optional["SpanInputOutput"]


SpanInputOutput: TypeAlias = Union[
    TypedValueText,
    TypedValueRaw,
    TypedValueJson,
    TypedValueChatMessages,
    TypedValueGuardrailResult,
    TypedValueEvaluationResult,
    "TypedValueList",
]


@attrs.define(kw_only=True)
class TypedValueList:
    type: Literal["list"] = "list"
    value: list[SpanInputOutput]


@attrs.define(kw_only=True)
class LLMSpan(BaseSpan):
    type: Literal["llm"] = "llm"
    vendor: str | None = None
    model: str | None = None


@attrs.define(kw_only=True)
class RAGSpan(BaseSpan):
    type: Literal["rag"] = "rag"
    contexts: list[RAGChunk]
