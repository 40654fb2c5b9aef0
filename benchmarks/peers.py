"""The collector's request as pydantic v2 models that do the client's validation work: the peer
the codec is measured against (issue 10's targets are ratios to it).

Full fidelity with `openapi/collector.yaml` on the request's whole path, so that both sides check
the same things: every field of every schema a request reaches, with the spec's types (strict:
JSON numbers, strings and booleans are not converted into one another), enums, required fields
and extra-keys behaviour (objects with `additionalProperties: true` keep unknown keys, the others
drop them as the server does), the server's first-match unions (a span is an LLM span, else a RAG
span, else a base span; a rich content part the first shape that fits), custom metadata values of
the four allowed shapes, params that keep an ill-typed reserved value (the server stores params
as a record of any JSON values), and the route's rules the schema cannot state: 13-character
epoch milliseconds, a trace id that exists and is shared by every span, and an evaluation
verdict. `tests/test_bench_peers.py` proves it against `lc.parse` on the conformance corpus,
generated requests and mutations.

What the peer does not do is the server's normalisation (legacy shapes, filled-in trace ids,
defaults): it validates and keeps the body, as a pydantic model of the spec would.

Written by hand (not generated from the spec with datamodel-code-generator): its output drops the
first-match order, the ill-typed params and the route's rules, which are the point here.
"""

from __future__ import annotations

import math
from typing import Annotated, Any, Literal, TypeVar

import pydantic
from pydantic import AfterValidator, ConfigDict, Field

# -- the route's rules ---------------------------------------------------------------------------


def _javascript_number_text(value: float) -> str:
    """`String(n)` in JavaScript for the numbers a timestamp can be: integral ones as digits, others
    positional (both languages write the shortest text that reads back as the same double)."""
    if math.isfinite(value) and value == int(value) and abs(value) < 1e21:
        return str(int(value))
    text = repr(float(value))
    if "e" in text and 1e-7 <= abs(value) < 1e21:
        return format(float(text), "f").rstrip("0").rstrip(".")
    return text


def _thirteen_characters(value: float) -> float:
    """The route's timestamp rule: epoch milliseconds, written with exactly 13 characters (0 skipped)."""
    if value and len(_javascript_number_text(value)) != 13:
        raise ValueError("must be epoch milliseconds, written with 13 characters")
    return value


Number = float  # strict: a JSON integer or real, never a string or a boolean
EpochMillis = Annotated[float, AfterValidator(_thirteen_characters)]
JsonObject = dict[str, Any]


class _DropsUnknownKeys(pydantic.BaseModel):
    """Unknown keys dropped, as zod drops them."""

    model_config = ConfigDict(strict=True, extra="ignore")


class _KeepsUnknownKeys(pydantic.BaseModel):
    """`additionalProperties: true`: unknown keys kept."""

    model_config = ConfigDict(strict=True, extra="allow")


Declared = TypeVar("Declared")
# A params field: its declared type, else any JSON value kept as it is (`x-ill-typed-kept`).
IllTypedKept = Annotated[Declared | Any, Field(union_mode="left_to_right")]


# -- metadata ---------------------------------------------------------------------------------------

MetadataPrimitive = str | Number | bool | None
CustomMetadataValue = (
    MetadataPrimitive | list[MetadataPrimitive] | dict[str, MetadataPrimitive] | dict[str, dict[str, MetadataPrimitive]]
)


class TraceMetadata(pydantic.BaseModel):
    model_config = ConfigDict(strict=True, extra="allow")
    __pydantic_extra__: dict[str, CustomMetadataValue] = Field(init=False)

    user_id: str | None = None
    thread_id: str | None = None
    customer_id: str | None = None
    labels: list[str] | None = None
    topic_id: str | None = None
    subtopic_id: str | None = None
    sdk_name: str | None = None
    sdk_version: str | None = None
    sdk_language: str | None = None
    telemetry_sdk_language: str | None = None
    telemetry_sdk_name: str | None = None
    telemetry_sdk_version: str | None = None
    prompt_ids: list[str] | None = None
    prompt_version_ids: list[str] | None = None


# -- a span's parts -------------------------------------------------------------------------------

SpanType = Literal[
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
EvaluationStatus = Literal["processed", "skipped", "error"]
ChatRole = Literal["system", "developer", "user", "assistant", "function", "tool", "unknown"]


class SpanTimestamps(_DropsUnknownKeys):
    started_at: EpochMillis
    finished_at: EpochMillis
    first_token_at: EpochMillis | None = None
    ignore_timestamps_on_write: bool | None = None


class ErrorCapture(_DropsUnknownKeys):
    message: str
    stacktrace: list[str]
    has_error: Any = None  # the spec's `true`, but the route overwrites whatever is sent before checking


class SpanMetrics(_DropsUnknownKeys):
    prompt_tokens: Number | None = None
    completion_tokens: Number | None = None
    reasoning_tokens: Number | None = None
    cache_read_input_tokens: Number | None = None
    cache_creation_input_tokens: Number | None = None
    cost: Number | None = None
    tokens_estimated: bool | None = None


class SpanParams(_KeepsUnknownKeys):
    temperature: IllTypedKept[Number | None] = None
    top_p: IllTypedKept[Number | None] = None
    max_tokens: IllTypedKept[Number | None] = None
    n: IllTypedKept[Number | None] = None
    seed: IllTypedKept[Number | None] = None
    frequency_penalty: IllTypedKept[Number | None] = None
    presence_penalty: IllTypedKept[Number | None] = None
    logprobs: IllTypedKept[bool | None] = None
    top_logprobs: IllTypedKept[Number | None] = None
    logit_bias: IllTypedKept[dict[str, Number] | None] = None
    stop: IllTypedKept[str | list[str] | None] = None
    stream: IllTypedKept[bool | None] = None
    tools: IllTypedKept[list[JsonObject] | None] = None
    functions: IllTypedKept[list[JsonObject] | None] = None
    tool_choice: IllTypedKept[str | JsonObject | None] = None
    parallel_tool_calls: IllTypedKept[bool | None] = None
    user: IllTypedKept[str | None] = None
    reasoning_effort: IllTypedKept[str | None] = None


class RAGChunk(_DropsUnknownKeys):
    content: str | JsonObject | list[Any]
    document_id: str | None = None
    chunk_id: str | None = None


# -- chat messages and their rich content ------------------------------------------------------------


class FunctionCall(_KeepsUnknownKeys):
    name: str | None = None
    arguments: str | None = None


class ToolCall(_KeepsUnknownKeys):
    id: str
    type: str
    function: FunctionCall


class TextContentPart(_KeepsUnknownKeys):
    type: Literal["text"]
    text: str | None = None
    content: str | None = None


class UntypedTextContentPart(_KeepsUnknownKeys):
    text: str


class ImageUrl(_KeepsUnknownKeys):
    url: str
    detail: Literal["auto", "low", "high"] | None = None


class ImageUrlContentPart(_KeepsUnknownKeys):
    type: Literal["image_url"]
    image_url: ImageUrl | None = None


class ToolCallContentPart(_KeepsUnknownKeys):
    type: Literal["tool_call"]
    toolName: str | None = None
    toolCallId: str | None = None
    args: str | None = None


class ToolResultContentPart(_KeepsUnknownKeys):
    type: Literal["tool_result"]
    toolName: str | None = None
    toolCallId: str | None = None
    result: Any = None


class BinaryContentPart(_KeepsUnknownKeys):
    type: Literal["binary"]
    mimeType: str
    data: str | None = None
    url: str | None = None
    id: str | None = None
    filename: str | None = None


class InputAudio(_KeepsUnknownKeys):
    data: str | None = None
    format: str | None = None
    url: str | None = None
    mimeType: str | None = None
    id: str | None = None


class InputAudioContentPart(_KeepsUnknownKeys):
    type: Literal["input_audio"]
    input_audio: InputAudio


class AudioSource(_KeepsUnknownKeys):
    type: Literal["url", "data"]
    value: str
    mimeType: str | None = None


class AudioContentPart(_KeepsUnknownKeys):
    type: Literal["audio"]
    source: AudioSource


class ImageContentPart(_KeepsUnknownKeys):
    type: Literal["image"]
    image: str
    mediaType: str | None = None


class FileContentPart(_KeepsUnknownKeys):
    type: Literal["file"]
    mediaType: str
    data: str | None = None
    url: str | None = None
    filename: str | None = None


class FileReference(_KeepsUnknownKeys):
    file_data: str | None = None
    file_id: str | None = None
    filename: str | None = None


class FileReferenceContentPart(_KeepsUnknownKeys):
    type: Literal["file"]
    file: FileReference


ChatRichContent = Annotated[
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
    | FileReferenceContentPart,
    Field(union_mode="left_to_right"),  # the server takes the first shape that fits
]


class ChatMessage(_KeepsUnknownKeys):
    role: ChatRole | None = None
    content: str | list[ChatRichContent] | None = None
    parts: list[ChatRichContent] | None = None
    function_call: FunctionCall | None = None
    tool_calls: list[ToolCall] | None = None
    tool_call_id: str | None = None
    name: str | None = None
    reasoning_content: str | None = None


# -- typed values -------------------------------------------------------------------------------------


class Money(_KeepsUnknownKeys):
    currency: str
    amount: Number


class EvaluationResult(_KeepsUnknownKeys):
    status: EvaluationStatus
    passed: bool | None = None
    score: Number | None = None
    label: str | None = None
    details: str | None = None
    cost: Money | None = None


class TypedValueText(_DropsUnknownKeys):
    type: Literal["text"]
    value: str


class TypedValueRaw(_DropsUnknownKeys):
    type: Literal["raw"]
    value: str


class TypedValueJson(_DropsUnknownKeys):
    type: Literal["json"]
    value: Any


class TypedValueChatMessages(_DropsUnknownKeys):
    type: Literal["chat_messages"]
    value: list[ChatMessage]


class TypedValueGuardrailResult(_DropsUnknownKeys):
    type: Literal["guardrail_result"]
    value: EvaluationResult


class TypedValueEvaluationResult(_DropsUnknownKeys):
    type: Literal["evaluation_result"]
    value: EvaluationResult


class TypedValueList(_DropsUnknownKeys):
    type: Literal["list"]
    value: list[SpanInputOutput]


SpanInputOutput = Annotated[
    TypedValueText
    | TypedValueRaw
    | TypedValueJson
    | TypedValueChatMessages
    | TypedValueGuardrailResult
    | TypedValueEvaluationResult
    | TypedValueList,
    Field(discriminator="type"),
]
TypedValueList.model_rebuild()


# -- spans ----------------------------------------------------------------------------------------------


class BaseSpan(_DropsUnknownKeys):
    span_id: str
    type: SpanType
    timestamps: SpanTimestamps
    parent_id: str | None = None
    trace_id: str | None = None
    name: str | None = None
    input: SpanInputOutput | None = None
    output: SpanInputOutput | None = None
    error: ErrorCapture | None = None
    metrics: SpanMetrics | None = None
    params: SpanParams | None = None


class LLMSpan(BaseSpan):
    type: Literal["llm"]
    vendor: str | None = None
    model: str | None = None


class RAGSpan(BaseSpan):
    type: Literal["rag"]
    contexts: list[RAGChunk]


Span = Annotated[LLMSpan | RAGSpan | BaseSpan, Field(union_mode="left_to_right")]  # the server's order


# -- evaluations and the request -------------------------------------------------------------------------


class EvaluationTimestamps(_DropsUnknownKeys):
    started_at: EpochMillis | None = None
    finished_at: EpochMillis | None = None


class RESTEvaluation(_DropsUnknownKeys):
    name: str
    evaluation_id: str | None = None
    evaluator_id: str | None = None
    span_id: str | None = None
    type: str | None = None
    is_guardrail: bool | None = None
    evaluation_thread_id: str | None = None
    status: EvaluationStatus | None = None
    passed: bool | None = None
    score: Number | None = None
    label: str | None = None
    details: str | None = None
    inputs: JsonObject | None = None
    error: ErrorCapture | None = None
    timestamps: EvaluationTimestamps | None = None

    @pydantic.model_validator(mode="after")
    def _has_a_verdict(self) -> RESTEvaluation:
        if (
            self.status not in ("error", "skipped")
            and self.passed is None
            and self.score is None
            and self.label is None
        ):
            raise ValueError("needs a verdict: passed, score or label (or status error or skipped)")
        return self


class CollectorRequest(_DropsUnknownKeys):
    trace_id: str | None = None
    spans: list[Span] | None = None
    metadata: TraceMetadata | None = None
    expected_output: str | None = None
    evaluations: list[RESTEvaluation] = None  # type: ignore[assignment]  # absent, never null (defaults are not validated)

    @pydantic.model_validator(mode="after")
    def _one_trace_id(self) -> CollectorRequest:
        spans = self.spans or []
        if not self.trace_id and any(span.trace_id is None for span in spans):
            raise ValueError("a span without trace_id needs the request's (the server fills it only from there)")
        trace_id = self.trace_id if self.trace_id is not None else (spans[0].trace_id if spans else None)
        if not trace_id:
            raise ValueError("no trace id: set trace_id (or every span's)")
        if any(span.trace_id and span.trace_id != trace_id for span in spans):
            raise ValueError("all spans must share one trace id")
        return self


REQUEST = pydantic.TypeAdapter(CollectorRequest)


def dump_json(request: CollectorRequest) -> bytes:
    """The peer's bytes of a request: absent fields left out, as the client writes them."""
    return REQUEST.dump_json(request, exclude_none=True)


def load_json(data: bytes | str) -> CollectorRequest:
    """The peer's decode and validation of a request body."""
    return CollectorRequest.model_validate_json(data)
