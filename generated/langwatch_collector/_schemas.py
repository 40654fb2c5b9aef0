# Generated from openapi/collector.yaml by codegen: do not edit, run scripts/generate.
"""The spec's component schemas, as the runtime validator reads them, and their compiled predicates.

A document is accepted by the predicates (straight-line code, the fast path); only one they
reject is walked by the interpreter in runtime/validation.py, which reports every problem.
"""

from collections.abc import Callable
from typing import Any

from langwatch_collector.runtime.validation import Validator
from langwatch_collector.runtime.validation import is_json_integer as _is_integer
from langwatch_collector.runtime.validation import is_json_number as _is_number
from langwatch_collector.runtime.validation import same_json as _same_json

SCHEMAS: dict[str, Any] = {
    "CollectorRequest": {
        "type": "object",
        "properties": {
            "trace_id": {"type": ["string", "null"]},
            "spans": {"type": ["array", "null"], "items": {"$ref": "Span"}},
            "metadata": {"oneOf": [{"$ref": "TraceMetadata"}, {"type": "null"}]},
            "expected_output": {"type": ["string", "null"]},
            "evaluations": {"type": "array", "items": {"$ref": "RESTEvaluation"}},
        },
    },
    "TraceMetadata": {
        "type": "object",
        "properties": {
            "user_id": {"type": ["string", "null"]},
            "thread_id": {"type": ["string", "null"]},
            "customer_id": {"type": ["string", "null"]},
            "labels": {"$ref": "NullableStringList"},
            "topic_id": {"type": ["string", "null"]},
            "subtopic_id": {"type": ["string", "null"]},
            "sdk_name": {"type": ["string", "null"]},
            "sdk_version": {"type": ["string", "null"]},
            "sdk_language": {"type": ["string", "null"]},
            "telemetry_sdk_language": {"type": ["string", "null"]},
            "telemetry_sdk_name": {"type": ["string", "null"]},
            "telemetry_sdk_version": {"type": ["string", "null"]},
            "prompt_ids": {"$ref": "NullableStringList"},
            "prompt_version_ids": {"$ref": "NullableStringList"},
        },
        "additionalProperties": {"$ref": "CustomMetadataValue"},
    },
    "NullableStringList": {"type": ["array", "null"], "items": {"type": "string"}},
    "MetadataPrimitive": {"type": ["string", "number", "boolean", "null"]},
    "CustomMetadataValue": {
        "anyOf": [
            {"$ref": "MetadataPrimitive"},
            {"type": "array", "items": {"$ref": "MetadataPrimitive"}},
            {"type": "object", "additionalProperties": {"$ref": "MetadataPrimitive"}},
            {
                "type": "object",
                "additionalProperties": {"type": "object", "additionalProperties": {"$ref": "MetadataPrimitive"}},
            },
        ]
    },
    "SpanType": {
        "type": "string",
        "enum": [
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
        ],
    },
    "Span": {
        "x-union-strategy": "first-match",
        "anyOf": [{"$ref": "LLMSpan"}, {"$ref": "RAGSpan"}, {"$ref": "BaseSpan"}],
    },
    "BaseSpan": {
        "type": "object",
        "required": ["span_id", "type", "timestamps"],
        "properties": {
            "span_id": {"type": "string"},
            "parent_id": {"type": ["string", "null"]},
            "trace_id": {"type": ["string", "null"]},
            "type": {"$ref": "SpanType"},
            "name": {"type": ["string", "null"]},
            "input": {"$ref": "NullableSpanInputOutput"},
            "output": {"$ref": "NullableSpanInputOutput"},
            "error": {"oneOf": [{"$ref": "ErrorCapture"}, {"type": "null"}]},
            "timestamps": {"$ref": "SpanTimestamps"},
            "metrics": {"oneOf": [{"$ref": "SpanMetrics"}, {"type": "null"}]},
            "params": {"oneOf": [{"$ref": "SpanParams"}, {"type": "null"}]},
        },
    },
    "LLMSpan": {
        "allOf": [
            {"$ref": "BaseSpan"},
            {
                "type": "object",
                "properties": {
                    "type": {"const": "llm"},
                    "vendor": {"type": ["string", "null"]},
                    "model": {"type": ["string", "null"]},
                },
            },
        ]
    },
    "RAGSpan": {
        "allOf": [
            {"$ref": "BaseSpan"},
            {
                "type": "object",
                "required": ["contexts"],
                "properties": {"type": {"const": "rag"}, "contexts": {"type": "array", "items": {"$ref": "RAGChunk"}}},
            },
        ]
    },
    "RAGChunk": {
        "type": "object",
        "required": ["content"],
        "properties": {
            "document_id": {"type": ["string", "null"]},
            "chunk_id": {"type": ["string", "null"]},
            "content": {"type": ["string", "object", "array"]},
        },
    },
    "SpanTimestamps": {
        "type": "object",
        "required": ["started_at", "finished_at"],
        "properties": {
            "started_at": {"$ref": "EpochMillis"},
            "finished_at": {"$ref": "EpochMillis"},
            "first_token_at": {"oneOf": [{"$ref": "EpochMillis"}, {"type": "null"}]},
            "ignore_timestamps_on_write": {"type": ["boolean", "null"]},
        },
    },
    "EpochMillis": {"type": "number", "x-unit": "epoch-milliseconds"},
    "ErrorCapture": {
        "type": "object",
        "required": ["message", "stacktrace"],
        "properties": {
            "has_error": {"const": True},
            "message": {"type": "string"},
            "stacktrace": {"type": "array", "items": {"type": "string"}},
        },
    },
    "SpanMetrics": {
        "type": "object",
        "properties": {
            "prompt_tokens": {"type": ["number", "null"]},
            "completion_tokens": {"type": ["number", "null"]},
            "reasoning_tokens": {"type": ["number", "null"]},
            "cache_read_input_tokens": {"type": ["number", "null"]},
            "cache_creation_input_tokens": {"type": ["number", "null"]},
            "cost": {"type": ["number", "null"]},
            "tokens_estimated": {"type": ["boolean", "null"]},
        },
    },
    "SpanParams": {
        "type": "object",
        "x-ill-typed-kept": True,
        "properties": {
            "temperature": {"type": ["number", "null"]},
            "top_p": {"type": ["number", "null"]},
            "max_tokens": {"type": ["number", "null"]},
            "n": {"type": ["number", "null"]},
            "seed": {"type": ["number", "null"]},
            "frequency_penalty": {"type": ["number", "null"]},
            "presence_penalty": {"type": ["number", "null"]},
            "logprobs": {"type": ["boolean", "null"]},
            "top_logprobs": {"type": ["number", "null"]},
            "logit_bias": {"oneOf": [{"type": "object", "additionalProperties": {"type": "number"}}, {"type": "null"}]},
            "stop": {"anyOf": [{"type": "string"}, {"type": "array", "items": {"type": "string"}}, {"type": "null"}]},
            "stream": {"type": ["boolean", "null"]},
            "tools": {"type": ["array", "null"], "items": {"type": "object"}},
            "functions": {"type": ["array", "null"], "items": {"type": "object"}},
            "tool_choice": {"type": ["string", "object", "null"]},
            "parallel_tool_calls": {"type": ["boolean", "null"]},
            "user": {"type": ["string", "null"]},
            "reasoning_effort": {"type": ["string", "null"]},
        },
        "additionalProperties": True,
    },
    "NullableSpanInputOutput": {"oneOf": [{"$ref": "SpanInputOutput"}, {"type": "null"}]},
    "SpanInputOutput": {
        "oneOf": [
            {"$ref": "TypedValueText"},
            {"$ref": "TypedValueRaw"},
            {"$ref": "TypedValueJson"},
            {"$ref": "TypedValueChatMessages"},
            {"$ref": "TypedValueGuardrailResult"},
            {"$ref": "TypedValueEvaluationResult"},
            {"$ref": "TypedValueList"},
        ],
        "discriminator": {
            "propertyName": "type",
            "mapping": {
                "text": "TypedValueText",
                "raw": "TypedValueRaw",
                "json": "TypedValueJson",
                "chat_messages": "TypedValueChatMessages",
                "guardrail_result": "TypedValueGuardrailResult",
                "evaluation_result": "TypedValueEvaluationResult",
                "list": "TypedValueList",
            },
        },
    },
    "TypedValueText": {
        "type": "object",
        "required": ["type", "value"],
        "properties": {"type": {"const": "text"}, "value": {"type": "string"}},
    },
    "TypedValueRaw": {
        "type": "object",
        "required": ["type", "value"],
        "properties": {"type": {"const": "raw"}, "value": {"type": "string"}},
    },
    "TypedValueJson": {
        "type": "object",
        "required": ["type", "value"],
        "properties": {"type": {"const": "json"}, "value": {}},
    },
    "TypedValueChatMessages": {
        "type": "object",
        "required": ["type", "value"],
        "properties": {
            "type": {"const": "chat_messages"},
            "value": {"type": "array", "items": {"$ref": "ChatMessage"}},
        },
    },
    "TypedValueGuardrailResult": {
        "type": "object",
        "required": ["type", "value"],
        "properties": {"type": {"const": "guardrail_result"}, "value": {"$ref": "EvaluationResult"}},
    },
    "TypedValueEvaluationResult": {
        "type": "object",
        "required": ["type", "value"],
        "properties": {"type": {"const": "evaluation_result"}, "value": {"$ref": "EvaluationResult"}},
    },
    "TypedValueList": {
        "type": "object",
        "required": ["type", "value"],
        "properties": {"type": {"const": "list"}, "value": {"type": "array", "items": {"$ref": "SpanInputOutput"}}},
    },
    "EvaluationResult": {
        "type": "object",
        "required": ["status"],
        "properties": {
            "status": {"$ref": "EvaluationStatus"},
            "passed": {"type": ["boolean", "null"]},
            "score": {"type": ["number", "null"]},
            "label": {"type": ["string", "null"]},
            "details": {"type": ["string", "null"]},
            "cost": {"oneOf": [{"$ref": "Money"}, {"type": "null"}]},
        },
        "additionalProperties": True,
    },
    "EvaluationStatus": {"type": "string", "enum": ["processed", "skipped", "error"]},
    "Money": {
        "type": "object",
        "required": ["currency", "amount"],
        "properties": {"currency": {"type": "string"}, "amount": {"type": "number"}},
        "additionalProperties": True,
    },
    "ChatRole": {"type": "string", "enum": ["system", "developer", "user", "assistant", "function", "tool", "unknown"]},
    "ChatMessage": {
        "type": "object",
        "properties": {
            "role": {"$ref": "ChatRole"},
            "content": {
                "anyOf": [{"type": "string"}, {"type": "array", "items": {"$ref": "ChatRichContent"}}, {"type": "null"}]
            },
            "parts": {"type": "array", "items": {"$ref": "ChatRichContent"}},
            "function_call": {"oneOf": [{"$ref": "FunctionCall"}, {"type": "null"}]},
            "tool_calls": {"type": ["array", "null"], "items": {"$ref": "ToolCall"}},
            "tool_call_id": {"type": ["string", "null"]},
            "name": {"type": ["string", "null"]},
            "reasoning_content": {"type": ["string", "null"]},
        },
        "additionalProperties": True,
    },
    "FunctionCall": {
        "type": "object",
        "properties": {"name": {"type": "string"}, "arguments": {"type": "string"}},
        "additionalProperties": True,
    },
    "ToolCall": {
        "type": "object",
        "required": ["id", "type", "function"],
        "properties": {"id": {"type": "string"}, "type": {"type": "string"}, "function": {"$ref": "FunctionCall"}},
        "additionalProperties": True,
    },
    "ChatRichContent": {
        "x-union-strategy": "first-match",
        "anyOf": [
            {"$ref": "TextContentPart"},
            {"$ref": "UntypedTextContentPart"},
            {"$ref": "ImageUrlContentPart"},
            {"$ref": "ToolCallContentPart"},
            {"$ref": "ToolResultContentPart"},
            {"$ref": "BinaryContentPart"},
            {"$ref": "InputAudioContentPart"},
            {"$ref": "AudioContentPart"},
            {"$ref": "ImageContentPart"},
            {"$ref": "FileContentPart"},
            {"$ref": "FileReferenceContentPart"},
        ],
    },
    "TextContentPart": {
        "type": "object",
        "required": ["type"],
        "properties": {"type": {"const": "text"}, "text": {"type": "string"}, "content": {"type": "string"}},
        "additionalProperties": True,
    },
    "UntypedTextContentPart": {
        "type": "object",
        "required": ["text"],
        "properties": {"text": {"type": "string"}},
        "additionalProperties": True,
    },
    "ImageUrlContentPart": {
        "type": "object",
        "required": ["type"],
        "properties": {"type": {"const": "image_url"}, "image_url": {"$ref": "ImageUrl"}},
        "additionalProperties": True,
    },
    "ImageUrl": {
        "type": "object",
        "required": ["url"],
        "properties": {"url": {"type": "string"}, "detail": {"type": "string", "enum": ["auto", "low", "high"]}},
        "additionalProperties": True,
    },
    "ToolCallContentPart": {
        "type": "object",
        "required": ["type"],
        "properties": {
            "type": {"const": "tool_call"},
            "toolName": {"type": "string"},
            "toolCallId": {"type": "string"},
            "args": {"type": "string"},
        },
        "additionalProperties": True,
    },
    "ToolResultContentPart": {
        "type": "object",
        "required": ["type"],
        "properties": {
            "type": {"const": "tool_result"},
            "toolName": {"type": "string"},
            "toolCallId": {"type": "string"},
            "result": {},
        },
        "additionalProperties": True,
    },
    "BinaryContentPart": {
        "type": "object",
        "required": ["type", "mimeType"],
        "properties": {
            "type": {"const": "binary"},
            "mimeType": {"type": "string"},
            "data": {"type": "string"},
            "url": {"type": "string"},
            "id": {"type": "string"},
            "filename": {"type": "string"},
        },
        "additionalProperties": True,
    },
    "InputAudioContentPart": {
        "type": "object",
        "required": ["type", "input_audio"],
        "properties": {"type": {"const": "input_audio"}, "input_audio": {"$ref": "InputAudio"}},
        "additionalProperties": True,
    },
    "InputAudio": {
        "type": "object",
        "properties": {
            "data": {"type": "string"},
            "format": {"type": "string"},
            "url": {"type": "string"},
            "mimeType": {"type": "string"},
            "id": {"type": "string"},
        },
        "additionalProperties": True,
    },
    "AudioContentPart": {
        "type": "object",
        "required": ["type", "source"],
        "properties": {"type": {"const": "audio"}, "source": {"$ref": "AudioSource"}},
        "additionalProperties": True,
    },
    "AudioSource": {
        "type": "object",
        "required": ["type", "value"],
        "properties": {
            "type": {"type": "string", "enum": ["url", "data"]},
            "value": {"type": "string"},
            "mimeType": {"type": "string"},
        },
        "additionalProperties": True,
    },
    "ImageContentPart": {
        "type": "object",
        "required": ["type", "image"],
        "properties": {"type": {"const": "image"}, "image": {"type": "string"}, "mediaType": {"type": "string"}},
        "additionalProperties": True,
    },
    "FileContentPart": {
        "type": "object",
        "required": ["type", "mediaType"],
        "properties": {
            "type": {"const": "file"},
            "mediaType": {"type": "string"},
            "data": {"type": "string"},
            "url": {"type": "string"},
            "filename": {"type": "string"},
        },
        "additionalProperties": True,
    },
    "FileReferenceContentPart": {
        "type": "object",
        "required": ["type", "file"],
        "properties": {"type": {"const": "file"}, "file": {"$ref": "FileReference"}},
        "additionalProperties": True,
    },
    "FileReference": {
        "type": "object",
        "properties": {"file_data": {"type": "string"}, "file_id": {"type": "string"}, "filename": {"type": "string"}},
        "additionalProperties": True,
    },
    "RESTEvaluation": {
        "type": "object",
        "required": ["name"],
        "properties": {
            "name": {"type": "string"},
            "evaluation_id": {"type": ["string", "null"]},
            "evaluator_id": {"type": ["string", "null"]},
            "span_id": {"type": ["string", "null"]},
            "type": {"type": ["string", "null"]},
            "is_guardrail": {"type": ["boolean", "null"]},
            "evaluation_thread_id": {"type": ["string", "null"]},
            "status": {"oneOf": [{"$ref": "EvaluationStatus"}, {"type": "null"}]},
            "passed": {"type": ["boolean", "null"]},
            "score": {"type": ["number", "null"]},
            "label": {"type": ["string", "null"]},
            "details": {"type": ["string", "null"]},
            "inputs": {"type": ["object", "null"]},
            "error": {"oneOf": [{"$ref": "ErrorCapture"}, {"type": "null"}]},
            "timestamps": {"oneOf": [{"$ref": "EvaluationTimestamps"}, {"type": "null"}]},
        },
    },
    "EvaluationTimestamps": {
        "type": "object",
        "properties": {
            "started_at": {"oneOf": [{"$ref": "EpochMillis"}, {"type": "null"}]},
            "finished_at": {"oneOf": [{"$ref": "EpochMillis"}, {"type": "null"}]},
        },
    },
    "CollectorResponse": {
        "type": "object",
        "required": ["message"],
        "properties": {"message": {"type": "string"}, "partialSuccess": {"$ref": "PartialSuccess"}},
    },
    "PartialSuccess": {
        "type": "object",
        "properties": {
            "rejectedSpans": {"type": "integer"},
            "rejectedEvaluations": {"type": "integer"},
            "errorMessage": {"type": "string"},
        },
    },
    "ErrorResponse": {"type": "object", "properties": {"message": {"type": "string"}, "error": {"type": "string"}}},
    "PlanLimitErrorResponse": {
        "type": "object",
        "required": ["message"],
        "properties": {
            "error": {"type": "string"},
            "message": {"type": "string"},
            "currentMonthMessagesCount": {"type": "number"},
            "maxMessagesPerMonth": {"type": "number"},
            "activePlanName": {"type": "string"},
            "tips": {"type": "array", "items": {}},
            "fault": {"type": "string"},
        },
    },
    "PermissionDeniedErrorResponse": {
        "type": "object",
        "required": ["message"],
        "properties": {"error": {"type": "string"}, "message": {"type": "string"}, "permission": {"type": "string"}},
    },
    "IngestFailureResponse": {
        "type": "object",
        "required": ["message"],
        "properties": {"message": {"type": "string"}, "partialSuccess": {"$ref": "PartialSuccess"}},
    },
}


def _valid_CollectorRequest_trace_id_1(value: Any) -> bool:
    if not (isinstance(value, str) or value is None):
        return False
    return True


def _valid_CollectorRequest_spans_2(value: Any) -> bool:
    if not (isinstance(value, (list, tuple)) or value is None):
        return False
    if isinstance(value, (list, tuple)):
        for item in value:
            if not _valid_Span(item):
                return False
    return True


def _valid_CollectorRequest_metadata_3(value: Any) -> bool:
    if value is not None and not _valid_TraceMetadata(value):
        return False
    return True


def _valid_CollectorRequest_expected_output_4(value: Any) -> bool:
    if not (isinstance(value, str) or value is None):
        return False
    return True


def _valid_CollectorRequest_evaluations_5(value: Any) -> bool:
    if not (isinstance(value, (list, tuple))):
        return False
    if isinstance(value, (list, tuple)):
        for item in value:
            if not _valid_RESTEvaluation(item):
                return False
    return True


def _valid_CollectorRequest(value: Any) -> bool:
    if not (isinstance(value, dict)):
        return False
    if isinstance(value, dict):
        for key, item in value.items():
            check = _T0.get(key)
            if check is not None:
                if not check(item):
                    return False
    return True


def _valid_TraceMetadata_user_id_6(value: Any) -> bool:
    if not (isinstance(value, str) or value is None):
        return False
    return True


def _valid_TraceMetadata_thread_id_7(value: Any) -> bool:
    if not (isinstance(value, str) or value is None):
        return False
    return True


def _valid_TraceMetadata_customer_id_8(value: Any) -> bool:
    if not (isinstance(value, str) or value is None):
        return False
    return True


def _valid_TraceMetadata_topic_id_9(value: Any) -> bool:
    if not (isinstance(value, str) or value is None):
        return False
    return True


def _valid_TraceMetadata_subtopic_id_10(value: Any) -> bool:
    if not (isinstance(value, str) or value is None):
        return False
    return True


def _valid_TraceMetadata_sdk_name_11(value: Any) -> bool:
    if not (isinstance(value, str) or value is None):
        return False
    return True


def _valid_TraceMetadata_sdk_version_12(value: Any) -> bool:
    if not (isinstance(value, str) or value is None):
        return False
    return True


def _valid_TraceMetadata_sdk_language_13(value: Any) -> bool:
    if not (isinstance(value, str) or value is None):
        return False
    return True


def _valid_TraceMetadata_telemetry_sdk_language_14(value: Any) -> bool:
    if not (isinstance(value, str) or value is None):
        return False
    return True


def _valid_TraceMetadata_telemetry_sdk_name_15(value: Any) -> bool:
    if not (isinstance(value, str) or value is None):
        return False
    return True


def _valid_TraceMetadata_telemetry_sdk_version_16(value: Any) -> bool:
    if not (isinstance(value, str) or value is None):
        return False
    return True


def _valid_TraceMetadata(value: Any) -> bool:
    if not (isinstance(value, dict)):
        return False
    if isinstance(value, dict):
        for key, item in value.items():
            check = _T1.get(key)
            if check is not None:
                if not check(item):
                    return False
            elif not _valid_CustomMetadataValue(item):
                return False
    return True


def _valid_NullableStringList_item_17(value: Any) -> bool:
    if not (isinstance(value, str)):
        return False
    return True


def _valid_NullableStringList(value: Any) -> bool:
    if not (isinstance(value, (list, tuple)) or value is None):
        return False
    if isinstance(value, (list, tuple)):
        for item in value:
            if not _valid_NullableStringList_item_17(item):
                return False
    return True


def _valid_MetadataPrimitive(value: Any) -> bool:
    if not (isinstance(value, str) or _is_number(value) or isinstance(value, bool) or value is None):
        return False
    return True


def _valid_CustomMetadataValue_any1_18(value: Any) -> bool:
    if not (isinstance(value, (list, tuple))):
        return False
    if isinstance(value, (list, tuple)):
        for item in value:
            if not _valid_MetadataPrimitive(item):
                return False
    return True


def _valid_CustomMetadataValue_any2_19(value: Any) -> bool:
    if not (isinstance(value, dict)):
        return False
    if isinstance(value, dict):
        for key, item in value.items():
            check = _T2.get(key)
            if check is not None:
                if not check(item):
                    return False
            elif not _valid_MetadataPrimitive(item):
                return False
    return True


def _valid_CustomMetadataValue_any3_20_extra_21(value: Any) -> bool:
    if not (isinstance(value, dict)):
        return False
    if isinstance(value, dict):
        for key, item in value.items():
            check = _T4.get(key)
            if check is not None:
                if not check(item):
                    return False
            elif not _valid_MetadataPrimitive(item):
                return False
    return True


def _valid_CustomMetadataValue_any3_20(value: Any) -> bool:
    if not (isinstance(value, dict)):
        return False
    if isinstance(value, dict):
        for key, item in value.items():
            check = _T3.get(key)
            if check is not None:
                if not check(item):
                    return False
            elif not _valid_CustomMetadataValue_any3_20_extra_21(item):
                return False
    return True


def _valid_CustomMetadataValue(value: Any) -> bool:
    if not (
        _valid_MetadataPrimitive(value)
        or _valid_CustomMetadataValue_any1_18(value)
        or _valid_CustomMetadataValue_any2_19(value)
        or _valid_CustomMetadataValue_any3_20(value)
    ):
        return False
    return True


def _valid_SpanType(value: Any) -> bool:
    if not (isinstance(value, str)):
        return False
    if not (isinstance(value, str) and value in _C5):
        return False
    return True


def _valid_Span(value: Any) -> bool:
    if not (_valid_LLMSpan(value) or _valid_RAGSpan(value) or _valid_BaseSpan(value)):
        return False
    return True


def _valid_BaseSpan_span_id_22(value: Any) -> bool:
    if not (isinstance(value, str)):
        return False
    return True


def _valid_BaseSpan_parent_id_23(value: Any) -> bool:
    if not (isinstance(value, str) or value is None):
        return False
    return True


def _valid_BaseSpan_trace_id_24(value: Any) -> bool:
    if not (isinstance(value, str) or value is None):
        return False
    return True


def _valid_BaseSpan_name_25(value: Any) -> bool:
    if not (isinstance(value, str) or value is None):
        return False
    return True


def _valid_BaseSpan_error_26(value: Any) -> bool:
    if value is not None and not _valid_ErrorCapture(value):
        return False
    return True


def _valid_BaseSpan_metrics_27(value: Any) -> bool:
    if value is not None and not _valid_SpanMetrics(value):
        return False
    return True


def _valid_BaseSpan_params_28(value: Any) -> bool:
    if value is not None and not _valid_SpanParams(value):
        return False
    return True


def _valid_BaseSpan(value: Any) -> bool:
    if not (isinstance(value, dict)):
        return False
    if isinstance(value, dict):
        if "span_id" not in value:
            return False
        if "type" not in value:
            return False
        if "timestamps" not in value:
            return False
        for key, item in value.items():
            check = _T6.get(key)
            if check is not None:
                if not check(item):
                    return False
    return True


def _valid_LLMSpan_all1_29_type_30(value: Any) -> bool:
    if not _same_json(value, _C7):
        return False
    return True


def _valid_LLMSpan_all1_29_vendor_31(value: Any) -> bool:
    if not (isinstance(value, str) or value is None):
        return False
    return True


def _valid_LLMSpan_all1_29_model_32(value: Any) -> bool:
    if not (isinstance(value, str) or value is None):
        return False
    return True


def _valid_LLMSpan_all1_29(value: Any) -> bool:
    if not (isinstance(value, dict)):
        return False
    if isinstance(value, dict):
        for key, item in value.items():
            check = _T8.get(key)
            if check is not None:
                if not check(item):
                    return False
    return True


def _valid_LLMSpan(value: Any) -> bool:
    if not _valid_BaseSpan(value):
        return False
    if not _valid_LLMSpan_all1_29(value):
        return False
    return True


def _valid_RAGSpan_all1_33_type_34(value: Any) -> bool:
    if not _same_json(value, _C9):
        return False
    return True


def _valid_RAGSpan_all1_33_contexts_35(value: Any) -> bool:
    if not (isinstance(value, (list, tuple))):
        return False
    if isinstance(value, (list, tuple)):
        for item in value:
            if not _valid_RAGChunk(item):
                return False
    return True


def _valid_RAGSpan_all1_33(value: Any) -> bool:
    if not (isinstance(value, dict)):
        return False
    if isinstance(value, dict):
        if "contexts" not in value:
            return False
        for key, item in value.items():
            check = _T10.get(key)
            if check is not None:
                if not check(item):
                    return False
    return True


def _valid_RAGSpan(value: Any) -> bool:
    if not _valid_BaseSpan(value):
        return False
    if not _valid_RAGSpan_all1_33(value):
        return False
    return True


def _valid_RAGChunk_document_id_36(value: Any) -> bool:
    if not (isinstance(value, str) or value is None):
        return False
    return True


def _valid_RAGChunk_chunk_id_37(value: Any) -> bool:
    if not (isinstance(value, str) or value is None):
        return False
    return True


def _valid_RAGChunk_content_38(value: Any) -> bool:
    if not (isinstance(value, str) or isinstance(value, dict) or isinstance(value, (list, tuple))):
        return False
    return True


def _valid_RAGChunk(value: Any) -> bool:
    if not (isinstance(value, dict)):
        return False
    if isinstance(value, dict):
        if "content" not in value:
            return False
        for key, item in value.items():
            check = _T11.get(key)
            if check is not None:
                if not check(item):
                    return False
    return True


def _valid_SpanTimestamps_first_token_at_39(value: Any) -> bool:
    if value is not None and not _valid_EpochMillis(value):
        return False
    return True


def _valid_SpanTimestamps_ignore_timestamps_on_write_40(value: Any) -> bool:
    if not (isinstance(value, bool) or value is None):
        return False
    return True


def _valid_SpanTimestamps(value: Any) -> bool:
    if not (isinstance(value, dict)):
        return False
    if isinstance(value, dict):
        if "started_at" not in value:
            return False
        if "finished_at" not in value:
            return False
        for key, item in value.items():
            check = _T12.get(key)
            if check is not None:
                if not check(item):
                    return False
    return True


def _valid_EpochMillis(value: Any) -> bool:
    if not (_is_number(value)):
        return False
    return True


def _valid_ErrorCapture_has_error_41(value: Any) -> bool:
    if not _same_json(value, _C13):
        return False
    return True


def _valid_ErrorCapture_message_42(value: Any) -> bool:
    if not (isinstance(value, str)):
        return False
    return True


def _valid_ErrorCapture_stacktrace_43_item_44(value: Any) -> bool:
    if not (isinstance(value, str)):
        return False
    return True


def _valid_ErrorCapture_stacktrace_43(value: Any) -> bool:
    if not (isinstance(value, (list, tuple))):
        return False
    if isinstance(value, (list, tuple)):
        for item in value:
            if not _valid_ErrorCapture_stacktrace_43_item_44(item):
                return False
    return True


def _valid_ErrorCapture(value: Any) -> bool:
    if not (isinstance(value, dict)):
        return False
    if isinstance(value, dict):
        if "message" not in value:
            return False
        if "stacktrace" not in value:
            return False
        for key, item in value.items():
            check = _T14.get(key)
            if check is not None:
                if not check(item):
                    return False
    return True


def _valid_SpanMetrics_prompt_tokens_45(value: Any) -> bool:
    if not (_is_number(value) or value is None):
        return False
    return True


def _valid_SpanMetrics_completion_tokens_46(value: Any) -> bool:
    if not (_is_number(value) or value is None):
        return False
    return True


def _valid_SpanMetrics_reasoning_tokens_47(value: Any) -> bool:
    if not (_is_number(value) or value is None):
        return False
    return True


def _valid_SpanMetrics_cache_read_input_tokens_48(value: Any) -> bool:
    if not (_is_number(value) or value is None):
        return False
    return True


def _valid_SpanMetrics_cache_creation_input_tokens_49(value: Any) -> bool:
    if not (_is_number(value) or value is None):
        return False
    return True


def _valid_SpanMetrics_cost_50(value: Any) -> bool:
    if not (_is_number(value) or value is None):
        return False
    return True


def _valid_SpanMetrics_tokens_estimated_51(value: Any) -> bool:
    if not (isinstance(value, bool) or value is None):
        return False
    return True


def _valid_SpanMetrics(value: Any) -> bool:
    if not (isinstance(value, dict)):
        return False
    if isinstance(value, dict):
        for key, item in value.items():
            check = _T15.get(key)
            if check is not None:
                if not check(item):
                    return False
    return True


def _valid_SpanParams_temperature_52(value: Any) -> bool:
    if not (_is_number(value) or value is None):
        return False
    return True


def _valid_SpanParams_top_p_53(value: Any) -> bool:
    if not (_is_number(value) or value is None):
        return False
    return True


def _valid_SpanParams_max_tokens_54(value: Any) -> bool:
    if not (_is_number(value) or value is None):
        return False
    return True


def _valid_SpanParams_n_55(value: Any) -> bool:
    if not (_is_number(value) or value is None):
        return False
    return True


def _valid_SpanParams_seed_56(value: Any) -> bool:
    if not (_is_number(value) or value is None):
        return False
    return True


def _valid_SpanParams_frequency_penalty_57(value: Any) -> bool:
    if not (_is_number(value) or value is None):
        return False
    return True


def _valid_SpanParams_presence_penalty_58(value: Any) -> bool:
    if not (_is_number(value) or value is None):
        return False
    return True


def _valid_SpanParams_logprobs_59(value: Any) -> bool:
    if not (isinstance(value, bool) or value is None):
        return False
    return True


def _valid_SpanParams_top_logprobs_60(value: Any) -> bool:
    if not (_is_number(value) or value is None):
        return False
    return True


def _valid_SpanParams_logit_bias_61_nullable_62_extra_63(value: Any) -> bool:
    if not (_is_number(value)):
        return False
    return True


def _valid_SpanParams_logit_bias_61_nullable_62(value: Any) -> bool:
    if not (isinstance(value, dict)):
        return False
    if isinstance(value, dict):
        for key, item in value.items():
            check = _T16.get(key)
            if check is not None:
                if not check(item):
                    return False
            elif not _valid_SpanParams_logit_bias_61_nullable_62_extra_63(item):
                return False
    return True


def _valid_SpanParams_logit_bias_61(value: Any) -> bool:
    if value is not None and not _valid_SpanParams_logit_bias_61_nullable_62(value):
        return False
    return True


def _valid_SpanParams_stop_64_any0_65(value: Any) -> bool:
    if not (isinstance(value, str)):
        return False
    return True


def _valid_SpanParams_stop_64_any1_66_item_67(value: Any) -> bool:
    if not (isinstance(value, str)):
        return False
    return True


def _valid_SpanParams_stop_64_any1_66(value: Any) -> bool:
    if not (isinstance(value, (list, tuple))):
        return False
    if isinstance(value, (list, tuple)):
        for item in value:
            if not _valid_SpanParams_stop_64_any1_66_item_67(item):
                return False
    return True


def _valid_SpanParams_stop_64_any2_68(value: Any) -> bool:
    if value is not None:
        return False
    return True


def _valid_SpanParams_stop_64(value: Any) -> bool:
    if not (
        _valid_SpanParams_stop_64_any0_65(value)
        or _valid_SpanParams_stop_64_any1_66(value)
        or _valid_SpanParams_stop_64_any2_68(value)
    ):
        return False
    return True


def _valid_SpanParams_stream_69(value: Any) -> bool:
    if not (isinstance(value, bool) or value is None):
        return False
    return True


def _valid_SpanParams_tools_70_item_71(value: Any) -> bool:
    if not (isinstance(value, dict)):
        return False
    return True


def _valid_SpanParams_tools_70(value: Any) -> bool:
    if not (isinstance(value, (list, tuple)) or value is None):
        return False
    if isinstance(value, (list, tuple)):
        for item in value:
            if not _valid_SpanParams_tools_70_item_71(item):
                return False
    return True


def _valid_SpanParams_functions_72_item_73(value: Any) -> bool:
    if not (isinstance(value, dict)):
        return False
    return True


def _valid_SpanParams_functions_72(value: Any) -> bool:
    if not (isinstance(value, (list, tuple)) or value is None):
        return False
    if isinstance(value, (list, tuple)):
        for item in value:
            if not _valid_SpanParams_functions_72_item_73(item):
                return False
    return True


def _valid_SpanParams_tool_choice_74(value: Any) -> bool:
    if not (isinstance(value, str) or isinstance(value, dict) or value is None):
        return False
    return True


def _valid_SpanParams_parallel_tool_calls_75(value: Any) -> bool:
    if not (isinstance(value, bool) or value is None):
        return False
    return True


def _valid_SpanParams_user_76(value: Any) -> bool:
    if not (isinstance(value, str) or value is None):
        return False
    return True


def _valid_SpanParams_reasoning_effort_77(value: Any) -> bool:
    if not (isinstance(value, str) or value is None):
        return False
    return True


def _valid_SpanParams(value: Any) -> bool:
    if not (isinstance(value, dict)):
        return False
    if isinstance(value, dict):
        for key, item in value.items():
            check = _T17.get(key)
            if check is not None:
                if not check(item):
                    return False
    return True


def _valid_NullableSpanInputOutput_one1_78(value: Any) -> bool:
    if value is not None:
        return False
    return True


def _valid_NullableSpanInputOutput(value: Any) -> bool:
    if (
        sum(
            1
            for check in (
                _valid_SpanInputOutput,
                _valid_NullableSpanInputOutput_one1_78,
            )
            if check(value)
        )
        != 1
    ):
        return False
    return True


def _valid_SpanInputOutput(value: Any) -> bool:
    if isinstance(value, dict):
        tag = value.get("type")
        check = _T18.get(tag) if isinstance(tag, str) else None
        if check is None or not check(value):
            return False
    elif (
        sum(
            1
            for check in (
                _valid_TypedValueText,
                _valid_TypedValueRaw,
                _valid_TypedValueJson,
                _valid_TypedValueChatMessages,
                _valid_TypedValueGuardrailResult,
                _valid_TypedValueEvaluationResult,
                _valid_TypedValueList,
            )
            if check(value)
        )
        != 1
    ):
        return False
    return True


def _valid_TypedValueText_type_79(value: Any) -> bool:
    if not _same_json(value, _C19):
        return False
    return True


def _valid_TypedValueText_value_80(value: Any) -> bool:
    if not (isinstance(value, str)):
        return False
    return True


def _valid_TypedValueText(value: Any) -> bool:
    if not (isinstance(value, dict)):
        return False
    if isinstance(value, dict):
        if "type" not in value:
            return False
        if "value" not in value:
            return False
        for key, item in value.items():
            check = _T20.get(key)
            if check is not None:
                if not check(item):
                    return False
    return True


def _valid_TypedValueRaw_type_81(value: Any) -> bool:
    if not _same_json(value, _C21):
        return False
    return True


def _valid_TypedValueRaw_value_82(value: Any) -> bool:
    if not (isinstance(value, str)):
        return False
    return True


def _valid_TypedValueRaw(value: Any) -> bool:
    if not (isinstance(value, dict)):
        return False
    if isinstance(value, dict):
        if "type" not in value:
            return False
        if "value" not in value:
            return False
        for key, item in value.items():
            check = _T22.get(key)
            if check is not None:
                if not check(item):
                    return False
    return True


def _valid_TypedValueJson_type_83(value: Any) -> bool:
    if not _same_json(value, _C23):
        return False
    return True


def _valid_TypedValueJson_value_84(value: Any) -> bool:
    return True


def _valid_TypedValueJson(value: Any) -> bool:
    if not (isinstance(value, dict)):
        return False
    if isinstance(value, dict):
        if "type" not in value:
            return False
        if "value" not in value:
            return False
        for key, item in value.items():
            check = _T24.get(key)
            if check is not None:
                if not check(item):
                    return False
    return True


def _valid_TypedValueChatMessages_type_85(value: Any) -> bool:
    if not _same_json(value, _C25):
        return False
    return True


def _valid_TypedValueChatMessages_value_86(value: Any) -> bool:
    if not (isinstance(value, (list, tuple))):
        return False
    if isinstance(value, (list, tuple)):
        for item in value:
            if not _valid_ChatMessage(item):
                return False
    return True


def _valid_TypedValueChatMessages(value: Any) -> bool:
    if not (isinstance(value, dict)):
        return False
    if isinstance(value, dict):
        if "type" not in value:
            return False
        if "value" not in value:
            return False
        for key, item in value.items():
            check = _T26.get(key)
            if check is not None:
                if not check(item):
                    return False
    return True


def _valid_TypedValueGuardrailResult_type_87(value: Any) -> bool:
    if not _same_json(value, _C27):
        return False
    return True


def _valid_TypedValueGuardrailResult(value: Any) -> bool:
    if not (isinstance(value, dict)):
        return False
    if isinstance(value, dict):
        if "type" not in value:
            return False
        if "value" not in value:
            return False
        for key, item in value.items():
            check = _T28.get(key)
            if check is not None:
                if not check(item):
                    return False
    return True


def _valid_TypedValueEvaluationResult_type_88(value: Any) -> bool:
    if not _same_json(value, _C29):
        return False
    return True


def _valid_TypedValueEvaluationResult(value: Any) -> bool:
    if not (isinstance(value, dict)):
        return False
    if isinstance(value, dict):
        if "type" not in value:
            return False
        if "value" not in value:
            return False
        for key, item in value.items():
            check = _T30.get(key)
            if check is not None:
                if not check(item):
                    return False
    return True


def _valid_TypedValueList_type_89(value: Any) -> bool:
    if not _same_json(value, _C31):
        return False
    return True


def _valid_TypedValueList_value_90(value: Any) -> bool:
    if not (isinstance(value, (list, tuple))):
        return False
    if isinstance(value, (list, tuple)):
        for item in value:
            if not _valid_SpanInputOutput(item):
                return False
    return True


def _valid_TypedValueList(value: Any) -> bool:
    if not (isinstance(value, dict)):
        return False
    if isinstance(value, dict):
        if "type" not in value:
            return False
        if "value" not in value:
            return False
        for key, item in value.items():
            check = _T32.get(key)
            if check is not None:
                if not check(item):
                    return False
    return True


def _valid_EvaluationResult_passed_91(value: Any) -> bool:
    if not (isinstance(value, bool) or value is None):
        return False
    return True


def _valid_EvaluationResult_score_92(value: Any) -> bool:
    if not (_is_number(value) or value is None):
        return False
    return True


def _valid_EvaluationResult_label_93(value: Any) -> bool:
    if not (isinstance(value, str) or value is None):
        return False
    return True


def _valid_EvaluationResult_details_94(value: Any) -> bool:
    if not (isinstance(value, str) or value is None):
        return False
    return True


def _valid_EvaluationResult_cost_95(value: Any) -> bool:
    if value is not None and not _valid_Money(value):
        return False
    return True


def _valid_EvaluationResult(value: Any) -> bool:
    if not (isinstance(value, dict)):
        return False
    if isinstance(value, dict):
        if "status" not in value:
            return False
        for key, item in value.items():
            check = _T33.get(key)
            if check is not None:
                if not check(item):
                    return False
    return True


def _valid_EvaluationStatus(value: Any) -> bool:
    if not (isinstance(value, str)):
        return False
    if not (isinstance(value, str) and value in _C34):
        return False
    return True


def _valid_Money_currency_96(value: Any) -> bool:
    if not (isinstance(value, str)):
        return False
    return True


def _valid_Money_amount_97(value: Any) -> bool:
    if not (_is_number(value)):
        return False
    return True


def _valid_Money(value: Any) -> bool:
    if not (isinstance(value, dict)):
        return False
    if isinstance(value, dict):
        if "currency" not in value:
            return False
        if "amount" not in value:
            return False
        for key, item in value.items():
            check = _T35.get(key)
            if check is not None:
                if not check(item):
                    return False
    return True


def _valid_ChatRole(value: Any) -> bool:
    if not (isinstance(value, str)):
        return False
    if not (isinstance(value, str) and value in _C36):
        return False
    return True


def _valid_ChatMessage_content_98_any0_99(value: Any) -> bool:
    if not (isinstance(value, str)):
        return False
    return True


def _valid_ChatMessage_content_98_any1_100(value: Any) -> bool:
    if not (isinstance(value, (list, tuple))):
        return False
    if isinstance(value, (list, tuple)):
        for item in value:
            if not _valid_ChatRichContent(item):
                return False
    return True


def _valid_ChatMessage_content_98_any2_101(value: Any) -> bool:
    if value is not None:
        return False
    return True


def _valid_ChatMessage_content_98(value: Any) -> bool:
    if not (
        _valid_ChatMessage_content_98_any0_99(value)
        or _valid_ChatMessage_content_98_any1_100(value)
        or _valid_ChatMessage_content_98_any2_101(value)
    ):
        return False
    return True


def _valid_ChatMessage_parts_102(value: Any) -> bool:
    if not (isinstance(value, (list, tuple))):
        return False
    if isinstance(value, (list, tuple)):
        for item in value:
            if not _valid_ChatRichContent(item):
                return False
    return True


def _valid_ChatMessage_function_call_103(value: Any) -> bool:
    if value is not None and not _valid_FunctionCall(value):
        return False
    return True


def _valid_ChatMessage_tool_calls_104(value: Any) -> bool:
    if not (isinstance(value, (list, tuple)) or value is None):
        return False
    if isinstance(value, (list, tuple)):
        for item in value:
            if not _valid_ToolCall(item):
                return False
    return True


def _valid_ChatMessage_tool_call_id_105(value: Any) -> bool:
    if not (isinstance(value, str) or value is None):
        return False
    return True


def _valid_ChatMessage_name_106(value: Any) -> bool:
    if not (isinstance(value, str) or value is None):
        return False
    return True


def _valid_ChatMessage_reasoning_content_107(value: Any) -> bool:
    if not (isinstance(value, str) or value is None):
        return False
    return True


def _valid_ChatMessage(value: Any) -> bool:
    if not (isinstance(value, dict)):
        return False
    if isinstance(value, dict):
        for key, item in value.items():
            check = _T37.get(key)
            if check is not None:
                if not check(item):
                    return False
    return True


def _valid_FunctionCall_name_108(value: Any) -> bool:
    if not (isinstance(value, str)):
        return False
    return True


def _valid_FunctionCall_arguments_109(value: Any) -> bool:
    if not (isinstance(value, str)):
        return False
    return True


def _valid_FunctionCall(value: Any) -> bool:
    if not (isinstance(value, dict)):
        return False
    if isinstance(value, dict):
        for key, item in value.items():
            check = _T38.get(key)
            if check is not None:
                if not check(item):
                    return False
    return True


def _valid_ToolCall_id_110(value: Any) -> bool:
    if not (isinstance(value, str)):
        return False
    return True


def _valid_ToolCall_type_111(value: Any) -> bool:
    if not (isinstance(value, str)):
        return False
    return True


def _valid_ToolCall(value: Any) -> bool:
    if not (isinstance(value, dict)):
        return False
    if isinstance(value, dict):
        if "id" not in value:
            return False
        if "type" not in value:
            return False
        if "function" not in value:
            return False
        for key, item in value.items():
            check = _T39.get(key)
            if check is not None:
                if not check(item):
                    return False
    return True


def _valid_ChatRichContent(value: Any) -> bool:
    if not (
        _valid_TextContentPart(value)
        or _valid_UntypedTextContentPart(value)
        or _valid_ImageUrlContentPart(value)
        or _valid_ToolCallContentPart(value)
        or _valid_ToolResultContentPart(value)
        or _valid_BinaryContentPart(value)
        or _valid_InputAudioContentPart(value)
        or _valid_AudioContentPart(value)
        or _valid_ImageContentPart(value)
        or _valid_FileContentPart(value)
        or _valid_FileReferenceContentPart(value)
    ):
        return False
    return True


def _valid_TextContentPart_type_112(value: Any) -> bool:
    if not _same_json(value, _C40):
        return False
    return True


def _valid_TextContentPart_text_113(value: Any) -> bool:
    if not (isinstance(value, str)):
        return False
    return True


def _valid_TextContentPart_content_114(value: Any) -> bool:
    if not (isinstance(value, str)):
        return False
    return True


def _valid_TextContentPart(value: Any) -> bool:
    if not (isinstance(value, dict)):
        return False
    if isinstance(value, dict):
        if "type" not in value:
            return False
        for key, item in value.items():
            check = _T41.get(key)
            if check is not None:
                if not check(item):
                    return False
    return True


def _valid_UntypedTextContentPart_text_115(value: Any) -> bool:
    if not (isinstance(value, str)):
        return False
    return True


def _valid_UntypedTextContentPart(value: Any) -> bool:
    if not (isinstance(value, dict)):
        return False
    if isinstance(value, dict):
        if "text" not in value:
            return False
        for key, item in value.items():
            check = _T42.get(key)
            if check is not None:
                if not check(item):
                    return False
    return True


def _valid_ImageUrlContentPart_type_116(value: Any) -> bool:
    if not _same_json(value, _C43):
        return False
    return True


def _valid_ImageUrlContentPart(value: Any) -> bool:
    if not (isinstance(value, dict)):
        return False
    if isinstance(value, dict):
        if "type" not in value:
            return False
        for key, item in value.items():
            check = _T44.get(key)
            if check is not None:
                if not check(item):
                    return False
    return True


def _valid_ImageUrl_url_117(value: Any) -> bool:
    if not (isinstance(value, str)):
        return False
    return True


def _valid_ImageUrl_detail_118(value: Any) -> bool:
    if not (isinstance(value, str)):
        return False
    if not (isinstance(value, str) and value in _C45):
        return False
    return True


def _valid_ImageUrl(value: Any) -> bool:
    if not (isinstance(value, dict)):
        return False
    if isinstance(value, dict):
        if "url" not in value:
            return False
        for key, item in value.items():
            check = _T46.get(key)
            if check is not None:
                if not check(item):
                    return False
    return True


def _valid_ToolCallContentPart_type_119(value: Any) -> bool:
    if not _same_json(value, _C47):
        return False
    return True


def _valid_ToolCallContentPart_toolName_120(value: Any) -> bool:
    if not (isinstance(value, str)):
        return False
    return True


def _valid_ToolCallContentPart_toolCallId_121(value: Any) -> bool:
    if not (isinstance(value, str)):
        return False
    return True


def _valid_ToolCallContentPart_args_122(value: Any) -> bool:
    if not (isinstance(value, str)):
        return False
    return True


def _valid_ToolCallContentPart(value: Any) -> bool:
    if not (isinstance(value, dict)):
        return False
    if isinstance(value, dict):
        if "type" not in value:
            return False
        for key, item in value.items():
            check = _T48.get(key)
            if check is not None:
                if not check(item):
                    return False
    return True


def _valid_ToolResultContentPart_type_123(value: Any) -> bool:
    if not _same_json(value, _C49):
        return False
    return True


def _valid_ToolResultContentPart_toolName_124(value: Any) -> bool:
    if not (isinstance(value, str)):
        return False
    return True


def _valid_ToolResultContentPart_toolCallId_125(value: Any) -> bool:
    if not (isinstance(value, str)):
        return False
    return True


def _valid_ToolResultContentPart_result_126(value: Any) -> bool:
    return True


def _valid_ToolResultContentPart(value: Any) -> bool:
    if not (isinstance(value, dict)):
        return False
    if isinstance(value, dict):
        if "type" not in value:
            return False
        for key, item in value.items():
            check = _T50.get(key)
            if check is not None:
                if not check(item):
                    return False
    return True


def _valid_BinaryContentPart_type_127(value: Any) -> bool:
    if not _same_json(value, _C51):
        return False
    return True


def _valid_BinaryContentPart_mimeType_128(value: Any) -> bool:
    if not (isinstance(value, str)):
        return False
    return True


def _valid_BinaryContentPart_data_129(value: Any) -> bool:
    if not (isinstance(value, str)):
        return False
    return True


def _valid_BinaryContentPart_url_130(value: Any) -> bool:
    if not (isinstance(value, str)):
        return False
    return True


def _valid_BinaryContentPart_id_131(value: Any) -> bool:
    if not (isinstance(value, str)):
        return False
    return True


def _valid_BinaryContentPart_filename_132(value: Any) -> bool:
    if not (isinstance(value, str)):
        return False
    return True


def _valid_BinaryContentPart(value: Any) -> bool:
    if not (isinstance(value, dict)):
        return False
    if isinstance(value, dict):
        if "type" not in value:
            return False
        if "mimeType" not in value:
            return False
        for key, item in value.items():
            check = _T52.get(key)
            if check is not None:
                if not check(item):
                    return False
    return True


def _valid_InputAudioContentPart_type_133(value: Any) -> bool:
    if not _same_json(value, _C53):
        return False
    return True


def _valid_InputAudioContentPart(value: Any) -> bool:
    if not (isinstance(value, dict)):
        return False
    if isinstance(value, dict):
        if "type" not in value:
            return False
        if "input_audio" not in value:
            return False
        for key, item in value.items():
            check = _T54.get(key)
            if check is not None:
                if not check(item):
                    return False
    return True


def _valid_InputAudio_data_134(value: Any) -> bool:
    if not (isinstance(value, str)):
        return False
    return True


def _valid_InputAudio_format_135(value: Any) -> bool:
    if not (isinstance(value, str)):
        return False
    return True


def _valid_InputAudio_url_136(value: Any) -> bool:
    if not (isinstance(value, str)):
        return False
    return True


def _valid_InputAudio_mimeType_137(value: Any) -> bool:
    if not (isinstance(value, str)):
        return False
    return True


def _valid_InputAudio_id_138(value: Any) -> bool:
    if not (isinstance(value, str)):
        return False
    return True


def _valid_InputAudio(value: Any) -> bool:
    if not (isinstance(value, dict)):
        return False
    if isinstance(value, dict):
        for key, item in value.items():
            check = _T55.get(key)
            if check is not None:
                if not check(item):
                    return False
    return True


def _valid_AudioContentPart_type_139(value: Any) -> bool:
    if not _same_json(value, _C56):
        return False
    return True


def _valid_AudioContentPart(value: Any) -> bool:
    if not (isinstance(value, dict)):
        return False
    if isinstance(value, dict):
        if "type" not in value:
            return False
        if "source" not in value:
            return False
        for key, item in value.items():
            check = _T57.get(key)
            if check is not None:
                if not check(item):
                    return False
    return True


def _valid_AudioSource_type_140(value: Any) -> bool:
    if not (isinstance(value, str)):
        return False
    if not (isinstance(value, str) and value in _C58):
        return False
    return True


def _valid_AudioSource_value_141(value: Any) -> bool:
    if not (isinstance(value, str)):
        return False
    return True


def _valid_AudioSource_mimeType_142(value: Any) -> bool:
    if not (isinstance(value, str)):
        return False
    return True


def _valid_AudioSource(value: Any) -> bool:
    if not (isinstance(value, dict)):
        return False
    if isinstance(value, dict):
        if "type" not in value:
            return False
        if "value" not in value:
            return False
        for key, item in value.items():
            check = _T59.get(key)
            if check is not None:
                if not check(item):
                    return False
    return True


def _valid_ImageContentPart_type_143(value: Any) -> bool:
    if not _same_json(value, _C60):
        return False
    return True


def _valid_ImageContentPart_image_144(value: Any) -> bool:
    if not (isinstance(value, str)):
        return False
    return True


def _valid_ImageContentPart_mediaType_145(value: Any) -> bool:
    if not (isinstance(value, str)):
        return False
    return True


def _valid_ImageContentPart(value: Any) -> bool:
    if not (isinstance(value, dict)):
        return False
    if isinstance(value, dict):
        if "type" not in value:
            return False
        if "image" not in value:
            return False
        for key, item in value.items():
            check = _T61.get(key)
            if check is not None:
                if not check(item):
                    return False
    return True


def _valid_FileContentPart_type_146(value: Any) -> bool:
    if not _same_json(value, _C62):
        return False
    return True


def _valid_FileContentPart_mediaType_147(value: Any) -> bool:
    if not (isinstance(value, str)):
        return False
    return True


def _valid_FileContentPart_data_148(value: Any) -> bool:
    if not (isinstance(value, str)):
        return False
    return True


def _valid_FileContentPart_url_149(value: Any) -> bool:
    if not (isinstance(value, str)):
        return False
    return True


def _valid_FileContentPart_filename_150(value: Any) -> bool:
    if not (isinstance(value, str)):
        return False
    return True


def _valid_FileContentPart(value: Any) -> bool:
    if not (isinstance(value, dict)):
        return False
    if isinstance(value, dict):
        if "type" not in value:
            return False
        if "mediaType" not in value:
            return False
        for key, item in value.items():
            check = _T63.get(key)
            if check is not None:
                if not check(item):
                    return False
    return True


def _valid_FileReferenceContentPart_type_151(value: Any) -> bool:
    if not _same_json(value, _C64):
        return False
    return True


def _valid_FileReferenceContentPart(value: Any) -> bool:
    if not (isinstance(value, dict)):
        return False
    if isinstance(value, dict):
        if "type" not in value:
            return False
        if "file" not in value:
            return False
        for key, item in value.items():
            check = _T65.get(key)
            if check is not None:
                if not check(item):
                    return False
    return True


def _valid_FileReference_file_data_152(value: Any) -> bool:
    if not (isinstance(value, str)):
        return False
    return True


def _valid_FileReference_file_id_153(value: Any) -> bool:
    if not (isinstance(value, str)):
        return False
    return True


def _valid_FileReference_filename_154(value: Any) -> bool:
    if not (isinstance(value, str)):
        return False
    return True


def _valid_FileReference(value: Any) -> bool:
    if not (isinstance(value, dict)):
        return False
    if isinstance(value, dict):
        for key, item in value.items():
            check = _T66.get(key)
            if check is not None:
                if not check(item):
                    return False
    return True


def _valid_RESTEvaluation_name_155(value: Any) -> bool:
    if not (isinstance(value, str)):
        return False
    return True


def _valid_RESTEvaluation_evaluation_id_156(value: Any) -> bool:
    if not (isinstance(value, str) or value is None):
        return False
    return True


def _valid_RESTEvaluation_evaluator_id_157(value: Any) -> bool:
    if not (isinstance(value, str) or value is None):
        return False
    return True


def _valid_RESTEvaluation_span_id_158(value: Any) -> bool:
    if not (isinstance(value, str) or value is None):
        return False
    return True


def _valid_RESTEvaluation_type_159(value: Any) -> bool:
    if not (isinstance(value, str) or value is None):
        return False
    return True


def _valid_RESTEvaluation_is_guardrail_160(value: Any) -> bool:
    if not (isinstance(value, bool) or value is None):
        return False
    return True


def _valid_RESTEvaluation_evaluation_thread_id_161(value: Any) -> bool:
    if not (isinstance(value, str) or value is None):
        return False
    return True


def _valid_RESTEvaluation_status_162(value: Any) -> bool:
    if value is not None and not _valid_EvaluationStatus(value):
        return False
    return True


def _valid_RESTEvaluation_passed_163(value: Any) -> bool:
    if not (isinstance(value, bool) or value is None):
        return False
    return True


def _valid_RESTEvaluation_score_164(value: Any) -> bool:
    if not (_is_number(value) or value is None):
        return False
    return True


def _valid_RESTEvaluation_label_165(value: Any) -> bool:
    if not (isinstance(value, str) or value is None):
        return False
    return True


def _valid_RESTEvaluation_details_166(value: Any) -> bool:
    if not (isinstance(value, str) or value is None):
        return False
    return True


def _valid_RESTEvaluation_inputs_167(value: Any) -> bool:
    if not (isinstance(value, dict) or value is None):
        return False
    return True


def _valid_RESTEvaluation_error_168(value: Any) -> bool:
    if value is not None and not _valid_ErrorCapture(value):
        return False
    return True


def _valid_RESTEvaluation_timestamps_169(value: Any) -> bool:
    if value is not None and not _valid_EvaluationTimestamps(value):
        return False
    return True


def _valid_RESTEvaluation(value: Any) -> bool:
    if not (isinstance(value, dict)):
        return False
    if isinstance(value, dict):
        if "name" not in value:
            return False
        for key, item in value.items():
            check = _T67.get(key)
            if check is not None:
                if not check(item):
                    return False
    return True


def _valid_EvaluationTimestamps_started_at_170(value: Any) -> bool:
    if value is not None and not _valid_EpochMillis(value):
        return False
    return True


def _valid_EvaluationTimestamps_finished_at_171(value: Any) -> bool:
    if value is not None and not _valid_EpochMillis(value):
        return False
    return True


def _valid_EvaluationTimestamps(value: Any) -> bool:
    if not (isinstance(value, dict)):
        return False
    if isinstance(value, dict):
        for key, item in value.items():
            check = _T68.get(key)
            if check is not None:
                if not check(item):
                    return False
    return True


def _valid_CollectorResponse_message_172(value: Any) -> bool:
    if not (isinstance(value, str)):
        return False
    return True


def _valid_CollectorResponse(value: Any) -> bool:
    if not (isinstance(value, dict)):
        return False
    if isinstance(value, dict):
        if "message" not in value:
            return False
        for key, item in value.items():
            check = _T69.get(key)
            if check is not None:
                if not check(item):
                    return False
    return True


def _valid_PartialSuccess_rejectedSpans_173(value: Any) -> bool:
    if not (_is_integer(value)):
        return False
    return True


def _valid_PartialSuccess_rejectedEvaluations_174(value: Any) -> bool:
    if not (_is_integer(value)):
        return False
    return True


def _valid_PartialSuccess_errorMessage_175(value: Any) -> bool:
    if not (isinstance(value, str)):
        return False
    return True


def _valid_PartialSuccess(value: Any) -> bool:
    if not (isinstance(value, dict)):
        return False
    if isinstance(value, dict):
        for key, item in value.items():
            check = _T70.get(key)
            if check is not None:
                if not check(item):
                    return False
    return True


def _valid_ErrorResponse_message_176(value: Any) -> bool:
    if not (isinstance(value, str)):
        return False
    return True


def _valid_ErrorResponse_error_177(value: Any) -> bool:
    if not (isinstance(value, str)):
        return False
    return True


def _valid_ErrorResponse(value: Any) -> bool:
    if not (isinstance(value, dict)):
        return False
    if isinstance(value, dict):
        for key, item in value.items():
            check = _T71.get(key)
            if check is not None:
                if not check(item):
                    return False
    return True


def _valid_PlanLimitErrorResponse_error_178(value: Any) -> bool:
    if not (isinstance(value, str)):
        return False
    return True


def _valid_PlanLimitErrorResponse_message_179(value: Any) -> bool:
    if not (isinstance(value, str)):
        return False
    return True


def _valid_PlanLimitErrorResponse_currentMonthMessagesCount_180(value: Any) -> bool:
    if not (_is_number(value)):
        return False
    return True


def _valid_PlanLimitErrorResponse_maxMessagesPerMonth_181(value: Any) -> bool:
    if not (_is_number(value)):
        return False
    return True


def _valid_PlanLimitErrorResponse_activePlanName_182(value: Any) -> bool:
    if not (isinstance(value, str)):
        return False
    return True


def _valid_PlanLimitErrorResponse_tips_183_item_184(value: Any) -> bool:
    return True


def _valid_PlanLimitErrorResponse_tips_183(value: Any) -> bool:
    if not (isinstance(value, (list, tuple))):
        return False
    if isinstance(value, (list, tuple)):
        for item in value:
            if not _valid_PlanLimitErrorResponse_tips_183_item_184(item):
                return False
    return True


def _valid_PlanLimitErrorResponse_fault_185(value: Any) -> bool:
    if not (isinstance(value, str)):
        return False
    return True


def _valid_PlanLimitErrorResponse(value: Any) -> bool:
    if not (isinstance(value, dict)):
        return False
    if isinstance(value, dict):
        if "message" not in value:
            return False
        for key, item in value.items():
            check = _T72.get(key)
            if check is not None:
                if not check(item):
                    return False
    return True


def _valid_PermissionDeniedErrorResponse_error_186(value: Any) -> bool:
    if not (isinstance(value, str)):
        return False
    return True


def _valid_PermissionDeniedErrorResponse_message_187(value: Any) -> bool:
    if not (isinstance(value, str)):
        return False
    return True


def _valid_PermissionDeniedErrorResponse_permission_188(value: Any) -> bool:
    if not (isinstance(value, str)):
        return False
    return True


def _valid_PermissionDeniedErrorResponse(value: Any) -> bool:
    if not (isinstance(value, dict)):
        return False
    if isinstance(value, dict):
        if "message" not in value:
            return False
        for key, item in value.items():
            check = _T73.get(key)
            if check is not None:
                if not check(item):
                    return False
    return True


def _valid_IngestFailureResponse_message_189(value: Any) -> bool:
    if not (isinstance(value, str)):
        return False
    return True


def _valid_IngestFailureResponse(value: Any) -> bool:
    if not (isinstance(value, dict)):
        return False
    if isinstance(value, dict):
        if "message" not in value:
            return False
        for key, item in value.items():
            check = _T74.get(key)
            if check is not None:
                if not check(item):
                    return False
    return True


_T0: dict[str, Callable[[Any], bool]] = {
    "trace_id": _valid_CollectorRequest_trace_id_1,
    "spans": _valid_CollectorRequest_spans_2,
    "metadata": _valid_CollectorRequest_metadata_3,
    "expected_output": _valid_CollectorRequest_expected_output_4,
    "evaluations": _valid_CollectorRequest_evaluations_5,
}
_T1: dict[str, Callable[[Any], bool]] = {
    "user_id": _valid_TraceMetadata_user_id_6,
    "thread_id": _valid_TraceMetadata_thread_id_7,
    "customer_id": _valid_TraceMetadata_customer_id_8,
    "labels": _valid_NullableStringList,
    "topic_id": _valid_TraceMetadata_topic_id_9,
    "subtopic_id": _valid_TraceMetadata_subtopic_id_10,
    "sdk_name": _valid_TraceMetadata_sdk_name_11,
    "sdk_version": _valid_TraceMetadata_sdk_version_12,
    "sdk_language": _valid_TraceMetadata_sdk_language_13,
    "telemetry_sdk_language": _valid_TraceMetadata_telemetry_sdk_language_14,
    "telemetry_sdk_name": _valid_TraceMetadata_telemetry_sdk_name_15,
    "telemetry_sdk_version": _valid_TraceMetadata_telemetry_sdk_version_16,
    "prompt_ids": _valid_NullableStringList,
    "prompt_version_ids": _valid_NullableStringList,
}
_T2: dict[str, Callable[[Any], bool]] = {}
_T3: dict[str, Callable[[Any], bool]] = {}
_T4: dict[str, Callable[[Any], bool]] = {}
_C5 = frozenset(
    [
        "agent",
        "chain",
        "client",
        "component",
        "consumer",
        "evaluation",
        "guardrail",
        "llm",
        "module",
        "producer",
        "rag",
        "server",
        "span",
        "task",
        "tool",
        "unknown",
        "workflow",
    ]
)
_T6: dict[str, Callable[[Any], bool]] = {
    "span_id": _valid_BaseSpan_span_id_22,
    "parent_id": _valid_BaseSpan_parent_id_23,
    "trace_id": _valid_BaseSpan_trace_id_24,
    "type": _valid_SpanType,
    "name": _valid_BaseSpan_name_25,
    "input": _valid_NullableSpanInputOutput,
    "output": _valid_NullableSpanInputOutput,
    "error": _valid_BaseSpan_error_26,
    "timestamps": _valid_SpanTimestamps,
    "metrics": _valid_BaseSpan_metrics_27,
    "params": _valid_BaseSpan_params_28,
}
_C7 = "llm"
_T8: dict[str, Callable[[Any], bool]] = {
    "type": _valid_LLMSpan_all1_29_type_30,
    "vendor": _valid_LLMSpan_all1_29_vendor_31,
    "model": _valid_LLMSpan_all1_29_model_32,
}
_C9 = "rag"
_T10: dict[str, Callable[[Any], bool]] = {
    "type": _valid_RAGSpan_all1_33_type_34,
    "contexts": _valid_RAGSpan_all1_33_contexts_35,
}
_T11: dict[str, Callable[[Any], bool]] = {
    "document_id": _valid_RAGChunk_document_id_36,
    "chunk_id": _valid_RAGChunk_chunk_id_37,
    "content": _valid_RAGChunk_content_38,
}
_T12: dict[str, Callable[[Any], bool]] = {
    "started_at": _valid_EpochMillis,
    "finished_at": _valid_EpochMillis,
    "first_token_at": _valid_SpanTimestamps_first_token_at_39,
    "ignore_timestamps_on_write": _valid_SpanTimestamps_ignore_timestamps_on_write_40,
}
_C13 = True
_T14: dict[str, Callable[[Any], bool]] = {
    "has_error": _valid_ErrorCapture_has_error_41,
    "message": _valid_ErrorCapture_message_42,
    "stacktrace": _valid_ErrorCapture_stacktrace_43,
}
_T15: dict[str, Callable[[Any], bool]] = {
    "prompt_tokens": _valid_SpanMetrics_prompt_tokens_45,
    "completion_tokens": _valid_SpanMetrics_completion_tokens_46,
    "reasoning_tokens": _valid_SpanMetrics_reasoning_tokens_47,
    "cache_read_input_tokens": _valid_SpanMetrics_cache_read_input_tokens_48,
    "cache_creation_input_tokens": _valid_SpanMetrics_cache_creation_input_tokens_49,
    "cost": _valid_SpanMetrics_cost_50,
    "tokens_estimated": _valid_SpanMetrics_tokens_estimated_51,
}
_T16: dict[str, Callable[[Any], bool]] = {}
_T17: dict[str, Callable[[Any], bool]] = {
    "temperature": _valid_SpanParams_temperature_52,
    "top_p": _valid_SpanParams_top_p_53,
    "max_tokens": _valid_SpanParams_max_tokens_54,
    "n": _valid_SpanParams_n_55,
    "seed": _valid_SpanParams_seed_56,
    "frequency_penalty": _valid_SpanParams_frequency_penalty_57,
    "presence_penalty": _valid_SpanParams_presence_penalty_58,
    "logprobs": _valid_SpanParams_logprobs_59,
    "top_logprobs": _valid_SpanParams_top_logprobs_60,
    "logit_bias": _valid_SpanParams_logit_bias_61,
    "stop": _valid_SpanParams_stop_64,
    "stream": _valid_SpanParams_stream_69,
    "tools": _valid_SpanParams_tools_70,
    "functions": _valid_SpanParams_functions_72,
    "tool_choice": _valid_SpanParams_tool_choice_74,
    "parallel_tool_calls": _valid_SpanParams_parallel_tool_calls_75,
    "user": _valid_SpanParams_user_76,
    "reasoning_effort": _valid_SpanParams_reasoning_effort_77,
}
_T18: dict[str, Callable[[Any], bool]] = {
    "text": _valid_TypedValueText,
    "raw": _valid_TypedValueRaw,
    "json": _valid_TypedValueJson,
    "chat_messages": _valid_TypedValueChatMessages,
    "guardrail_result": _valid_TypedValueGuardrailResult,
    "evaluation_result": _valid_TypedValueEvaluationResult,
    "list": _valid_TypedValueList,
}
_C19 = "text"
_T20: dict[str, Callable[[Any], bool]] = {
    "type": _valid_TypedValueText_type_79,
    "value": _valid_TypedValueText_value_80,
}
_C21 = "raw"
_T22: dict[str, Callable[[Any], bool]] = {"type": _valid_TypedValueRaw_type_81, "value": _valid_TypedValueRaw_value_82}
_C23 = "json"
_T24: dict[str, Callable[[Any], bool]] = {
    "type": _valid_TypedValueJson_type_83,
    "value": _valid_TypedValueJson_value_84,
}
_C25 = "chat_messages"
_T26: dict[str, Callable[[Any], bool]] = {
    "type": _valid_TypedValueChatMessages_type_85,
    "value": _valid_TypedValueChatMessages_value_86,
}
_C27 = "guardrail_result"
_T28: dict[str, Callable[[Any], bool]] = {
    "type": _valid_TypedValueGuardrailResult_type_87,
    "value": _valid_EvaluationResult,
}
_C29 = "evaluation_result"
_T30: dict[str, Callable[[Any], bool]] = {
    "type": _valid_TypedValueEvaluationResult_type_88,
    "value": _valid_EvaluationResult,
}
_C31 = "list"
_T32: dict[str, Callable[[Any], bool]] = {
    "type": _valid_TypedValueList_type_89,
    "value": _valid_TypedValueList_value_90,
}
_T33: dict[str, Callable[[Any], bool]] = {
    "status": _valid_EvaluationStatus,
    "passed": _valid_EvaluationResult_passed_91,
    "score": _valid_EvaluationResult_score_92,
    "label": _valid_EvaluationResult_label_93,
    "details": _valid_EvaluationResult_details_94,
    "cost": _valid_EvaluationResult_cost_95,
}
_C34 = frozenset(["error", "processed", "skipped"])
_T35: dict[str, Callable[[Any], bool]] = {"currency": _valid_Money_currency_96, "amount": _valid_Money_amount_97}
_C36 = frozenset(["assistant", "developer", "function", "system", "tool", "unknown", "user"])
_T37: dict[str, Callable[[Any], bool]] = {
    "role": _valid_ChatRole,
    "content": _valid_ChatMessage_content_98,
    "parts": _valid_ChatMessage_parts_102,
    "function_call": _valid_ChatMessage_function_call_103,
    "tool_calls": _valid_ChatMessage_tool_calls_104,
    "tool_call_id": _valid_ChatMessage_tool_call_id_105,
    "name": _valid_ChatMessage_name_106,
    "reasoning_content": _valid_ChatMessage_reasoning_content_107,
}
_T38: dict[str, Callable[[Any], bool]] = {
    "name": _valid_FunctionCall_name_108,
    "arguments": _valid_FunctionCall_arguments_109,
}
_T39: dict[str, Callable[[Any], bool]] = {
    "id": _valid_ToolCall_id_110,
    "type": _valid_ToolCall_type_111,
    "function": _valid_FunctionCall,
}
_C40 = "text"
_T41: dict[str, Callable[[Any], bool]] = {
    "type": _valid_TextContentPart_type_112,
    "text": _valid_TextContentPart_text_113,
    "content": _valid_TextContentPart_content_114,
}
_T42: dict[str, Callable[[Any], bool]] = {"text": _valid_UntypedTextContentPart_text_115}
_C43 = "image_url"
_T44: dict[str, Callable[[Any], bool]] = {"type": _valid_ImageUrlContentPart_type_116, "image_url": _valid_ImageUrl}
_C45 = frozenset(["auto", "high", "low"])
_T46: dict[str, Callable[[Any], bool]] = {"url": _valid_ImageUrl_url_117, "detail": _valid_ImageUrl_detail_118}
_C47 = "tool_call"
_T48: dict[str, Callable[[Any], bool]] = {
    "type": _valid_ToolCallContentPart_type_119,
    "toolName": _valid_ToolCallContentPart_toolName_120,
    "toolCallId": _valid_ToolCallContentPart_toolCallId_121,
    "args": _valid_ToolCallContentPart_args_122,
}
_C49 = "tool_result"
_T50: dict[str, Callable[[Any], bool]] = {
    "type": _valid_ToolResultContentPart_type_123,
    "toolName": _valid_ToolResultContentPart_toolName_124,
    "toolCallId": _valid_ToolResultContentPart_toolCallId_125,
    "result": _valid_ToolResultContentPart_result_126,
}
_C51 = "binary"
_T52: dict[str, Callable[[Any], bool]] = {
    "type": _valid_BinaryContentPart_type_127,
    "mimeType": _valid_BinaryContentPart_mimeType_128,
    "data": _valid_BinaryContentPart_data_129,
    "url": _valid_BinaryContentPart_url_130,
    "id": _valid_BinaryContentPart_id_131,
    "filename": _valid_BinaryContentPart_filename_132,
}
_C53 = "input_audio"
_T54: dict[str, Callable[[Any], bool]] = {
    "type": _valid_InputAudioContentPart_type_133,
    "input_audio": _valid_InputAudio,
}
_T55: dict[str, Callable[[Any], bool]] = {
    "data": _valid_InputAudio_data_134,
    "format": _valid_InputAudio_format_135,
    "url": _valid_InputAudio_url_136,
    "mimeType": _valid_InputAudio_mimeType_137,
    "id": _valid_InputAudio_id_138,
}
_C56 = "audio"
_T57: dict[str, Callable[[Any], bool]] = {"type": _valid_AudioContentPart_type_139, "source": _valid_AudioSource}
_C58 = frozenset(["data", "url"])
_T59: dict[str, Callable[[Any], bool]] = {
    "type": _valid_AudioSource_type_140,
    "value": _valid_AudioSource_value_141,
    "mimeType": _valid_AudioSource_mimeType_142,
}
_C60 = "image"
_T61: dict[str, Callable[[Any], bool]] = {
    "type": _valid_ImageContentPart_type_143,
    "image": _valid_ImageContentPart_image_144,
    "mediaType": _valid_ImageContentPart_mediaType_145,
}
_C62 = "file"
_T63: dict[str, Callable[[Any], bool]] = {
    "type": _valid_FileContentPart_type_146,
    "mediaType": _valid_FileContentPart_mediaType_147,
    "data": _valid_FileContentPart_data_148,
    "url": _valid_FileContentPart_url_149,
    "filename": _valid_FileContentPart_filename_150,
}
_C64 = "file"
_T65: dict[str, Callable[[Any], bool]] = {
    "type": _valid_FileReferenceContentPart_type_151,
    "file": _valid_FileReference,
}
_T66: dict[str, Callable[[Any], bool]] = {
    "file_data": _valid_FileReference_file_data_152,
    "file_id": _valid_FileReference_file_id_153,
    "filename": _valid_FileReference_filename_154,
}
_T67: dict[str, Callable[[Any], bool]] = {
    "name": _valid_RESTEvaluation_name_155,
    "evaluation_id": _valid_RESTEvaluation_evaluation_id_156,
    "evaluator_id": _valid_RESTEvaluation_evaluator_id_157,
    "span_id": _valid_RESTEvaluation_span_id_158,
    "type": _valid_RESTEvaluation_type_159,
    "is_guardrail": _valid_RESTEvaluation_is_guardrail_160,
    "evaluation_thread_id": _valid_RESTEvaluation_evaluation_thread_id_161,
    "status": _valid_RESTEvaluation_status_162,
    "passed": _valid_RESTEvaluation_passed_163,
    "score": _valid_RESTEvaluation_score_164,
    "label": _valid_RESTEvaluation_label_165,
    "details": _valid_RESTEvaluation_details_166,
    "inputs": _valid_RESTEvaluation_inputs_167,
    "error": _valid_RESTEvaluation_error_168,
    "timestamps": _valid_RESTEvaluation_timestamps_169,
}
_T68: dict[str, Callable[[Any], bool]] = {
    "started_at": _valid_EvaluationTimestamps_started_at_170,
    "finished_at": _valid_EvaluationTimestamps_finished_at_171,
}
_T69: dict[str, Callable[[Any], bool]] = {
    "message": _valid_CollectorResponse_message_172,
    "partialSuccess": _valid_PartialSuccess,
}
_T70: dict[str, Callable[[Any], bool]] = {
    "rejectedSpans": _valid_PartialSuccess_rejectedSpans_173,
    "rejectedEvaluations": _valid_PartialSuccess_rejectedEvaluations_174,
    "errorMessage": _valid_PartialSuccess_errorMessage_175,
}
_T71: dict[str, Callable[[Any], bool]] = {
    "message": _valid_ErrorResponse_message_176,
    "error": _valid_ErrorResponse_error_177,
}
_T72: dict[str, Callable[[Any], bool]] = {
    "error": _valid_PlanLimitErrorResponse_error_178,
    "message": _valid_PlanLimitErrorResponse_message_179,
    "currentMonthMessagesCount": _valid_PlanLimitErrorResponse_currentMonthMessagesCount_180,
    "maxMessagesPerMonth": _valid_PlanLimitErrorResponse_maxMessagesPerMonth_181,
    "activePlanName": _valid_PlanLimitErrorResponse_activePlanName_182,
    "tips": _valid_PlanLimitErrorResponse_tips_183,
    "fault": _valid_PlanLimitErrorResponse_fault_185,
}
_T73: dict[str, Callable[[Any], bool]] = {
    "error": _valid_PermissionDeniedErrorResponse_error_186,
    "message": _valid_PermissionDeniedErrorResponse_message_187,
    "permission": _valid_PermissionDeniedErrorResponse_permission_188,
}
_T74: dict[str, Callable[[Any], bool]] = {
    "message": _valid_IngestFailureResponse_message_189,
    "partialSuccess": _valid_PartialSuccess,
}


PREDICATES: dict[str, Callable[[Any], bool]] = {
    "CollectorRequest": _valid_CollectorRequest,
    "TraceMetadata": _valid_TraceMetadata,
    "NullableStringList": _valid_NullableStringList,
    "MetadataPrimitive": _valid_MetadataPrimitive,
    "CustomMetadataValue": _valid_CustomMetadataValue,
    "SpanType": _valid_SpanType,
    "Span": _valid_Span,
    "BaseSpan": _valid_BaseSpan,
    "LLMSpan": _valid_LLMSpan,
    "RAGSpan": _valid_RAGSpan,
    "RAGChunk": _valid_RAGChunk,
    "SpanTimestamps": _valid_SpanTimestamps,
    "EpochMillis": _valid_EpochMillis,
    "ErrorCapture": _valid_ErrorCapture,
    "SpanMetrics": _valid_SpanMetrics,
    "SpanParams": _valid_SpanParams,
    "NullableSpanInputOutput": _valid_NullableSpanInputOutput,
    "SpanInputOutput": _valid_SpanInputOutput,
    "TypedValueText": _valid_TypedValueText,
    "TypedValueRaw": _valid_TypedValueRaw,
    "TypedValueJson": _valid_TypedValueJson,
    "TypedValueChatMessages": _valid_TypedValueChatMessages,
    "TypedValueGuardrailResult": _valid_TypedValueGuardrailResult,
    "TypedValueEvaluationResult": _valid_TypedValueEvaluationResult,
    "TypedValueList": _valid_TypedValueList,
    "EvaluationResult": _valid_EvaluationResult,
    "EvaluationStatus": _valid_EvaluationStatus,
    "Money": _valid_Money,
    "ChatRole": _valid_ChatRole,
    "ChatMessage": _valid_ChatMessage,
    "FunctionCall": _valid_FunctionCall,
    "ToolCall": _valid_ToolCall,
    "ChatRichContent": _valid_ChatRichContent,
    "TextContentPart": _valid_TextContentPart,
    "UntypedTextContentPart": _valid_UntypedTextContentPart,
    "ImageUrlContentPart": _valid_ImageUrlContentPart,
    "ImageUrl": _valid_ImageUrl,
    "ToolCallContentPart": _valid_ToolCallContentPart,
    "ToolResultContentPart": _valid_ToolResultContentPart,
    "BinaryContentPart": _valid_BinaryContentPart,
    "InputAudioContentPart": _valid_InputAudioContentPart,
    "InputAudio": _valid_InputAudio,
    "AudioContentPart": _valid_AudioContentPart,
    "AudioSource": _valid_AudioSource,
    "ImageContentPart": _valid_ImageContentPart,
    "FileContentPart": _valid_FileContentPart,
    "FileReferenceContentPart": _valid_FileReferenceContentPart,
    "FileReference": _valid_FileReference,
    "RESTEvaluation": _valid_RESTEvaluation,
    "EvaluationTimestamps": _valid_EvaluationTimestamps,
    "CollectorResponse": _valid_CollectorResponse,
    "PartialSuccess": _valid_PartialSuccess,
    "ErrorResponse": _valid_ErrorResponse,
    "PlanLimitErrorResponse": _valid_PlanLimitErrorResponse,
    "PermissionDeniedErrorResponse": _valid_PermissionDeniedErrorResponse,
    "IngestFailureResponse": _valid_IngestFailureResponse,
}

VALIDATOR = Validator(SCHEMAS, PREDICATES)
