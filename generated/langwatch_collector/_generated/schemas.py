# Generated from openapi/collector.yaml by codegen: do not edit, run scripts/generate.
"""The spec's component schemas, as the runtime validator reads them, and their compiled predicates.

A document is accepted by the predicates (straight-line code, the fast path); only one they
reject is walked by the interpreter in validation.py, which reports every problem.
"""

from collections.abc import Callable
from typing import Any

from langwatch_collector.validation import Validator
from langwatch_collector.validation import is_json_integer as _is_integer
from langwatch_collector.validation import is_json_number as _is_number
from langwatch_collector.validation import same_json as _same_json

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


def _valid_CollectorRequest__trace_id(value: Any) -> bool:
    if not (isinstance(value, str) or value is None):
        return False
    return True


def _valid_CollectorRequest__spans(value: Any) -> bool:
    if not (isinstance(value, (list, tuple)) or value is None):
        return False
    if isinstance(value, (list, tuple)):
        for item in value:
            if not _valid_Span(item):
                return False
    return True


def _valid_CollectorRequest__metadata(value: Any) -> bool:
    if value is not None and not _valid_TraceMetadata(value):
        return False
    return True


def _valid_CollectorRequest__expected_output(value: Any) -> bool:
    if not (isinstance(value, str) or value is None):
        return False
    return True


def _valid_CollectorRequest__evaluations(value: Any) -> bool:
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
            check = _FIELDS_CollectorRequest.get(key)
            if check is not None:
                if not check(item):
                    return False
    return True


def _valid_TraceMetadata__user_id(value: Any) -> bool:
    if not (isinstance(value, str) or value is None):
        return False
    return True


def _valid_TraceMetadata__thread_id(value: Any) -> bool:
    if not (isinstance(value, str) or value is None):
        return False
    return True


def _valid_TraceMetadata__customer_id(value: Any) -> bool:
    if not (isinstance(value, str) or value is None):
        return False
    return True


def _valid_TraceMetadata__topic_id(value: Any) -> bool:
    if not (isinstance(value, str) or value is None):
        return False
    return True


def _valid_TraceMetadata__subtopic_id(value: Any) -> bool:
    if not (isinstance(value, str) or value is None):
        return False
    return True


def _valid_TraceMetadata__sdk_name(value: Any) -> bool:
    if not (isinstance(value, str) or value is None):
        return False
    return True


def _valid_TraceMetadata__sdk_version(value: Any) -> bool:
    if not (isinstance(value, str) or value is None):
        return False
    return True


def _valid_TraceMetadata__sdk_language(value: Any) -> bool:
    if not (isinstance(value, str) or value is None):
        return False
    return True


def _valid_TraceMetadata__telemetry_sdk_language(value: Any) -> bool:
    if not (isinstance(value, str) or value is None):
        return False
    return True


def _valid_TraceMetadata__telemetry_sdk_name(value: Any) -> bool:
    if not (isinstance(value, str) or value is None):
        return False
    return True


def _valid_TraceMetadata__telemetry_sdk_version(value: Any) -> bool:
    if not (isinstance(value, str) or value is None):
        return False
    return True


def _valid_TraceMetadata(value: Any) -> bool:
    if not (isinstance(value, dict)):
        return False
    if isinstance(value, dict):
        for key, item in value.items():
            check = _FIELDS_TraceMetadata.get(key)
            if check is not None:
                if not check(item):
                    return False
            elif not _valid_CustomMetadataValue(item):
                return False
    return True


def _valid_NullableStringList__item(value: Any) -> bool:
    if not (isinstance(value, str)):
        return False
    return True


def _valid_NullableStringList(value: Any) -> bool:
    if not (isinstance(value, (list, tuple)) or value is None):
        return False
    if isinstance(value, (list, tuple)):
        for item in value:
            if not _valid_NullableStringList__item(item):
                return False
    return True


def _valid_MetadataPrimitive(value: Any) -> bool:
    if not (isinstance(value, str) or _is_number(value) or isinstance(value, bool) or value is None):
        return False
    return True


def _valid_CustomMetadataValue__any1(value: Any) -> bool:
    if not (isinstance(value, (list, tuple))):
        return False
    if isinstance(value, (list, tuple)):
        for item in value:
            if not _valid_MetadataPrimitive(item):
                return False
    return True


def _valid_CustomMetadataValue__any2(value: Any) -> bool:
    if not (isinstance(value, dict)):
        return False
    if isinstance(value, dict):
        for key, item in value.items():
            check = _FIELDS_CustomMetadataValue__any2.get(key)
            if check is not None:
                if not check(item):
                    return False
            elif not _valid_MetadataPrimitive(item):
                return False
    return True


def _valid_CustomMetadataValue__any3__extra(value: Any) -> bool:
    if not (isinstance(value, dict)):
        return False
    if isinstance(value, dict):
        for key, item in value.items():
            check = _FIELDS_CustomMetadataValue__any3__extra.get(key)
            if check is not None:
                if not check(item):
                    return False
            elif not _valid_MetadataPrimitive(item):
                return False
    return True


def _valid_CustomMetadataValue__any3(value: Any) -> bool:
    if not (isinstance(value, dict)):
        return False
    if isinstance(value, dict):
        for key, item in value.items():
            check = _FIELDS_CustomMetadataValue__any3.get(key)
            if check is not None:
                if not check(item):
                    return False
            elif not _valid_CustomMetadataValue__any3__extra(item):
                return False
    return True


def _valid_CustomMetadataValue(value: Any) -> bool:
    if not (
        _valid_MetadataPrimitive(value)
        or _valid_CustomMetadataValue__any1(value)
        or _valid_CustomMetadataValue__any2(value)
        or _valid_CustomMetadataValue__any3(value)
    ):
        return False
    return True


def _valid_SpanType(value: Any) -> bool:
    if not (isinstance(value, str)):
        return False
    if not (isinstance(value, str) and value in _ENUM_SpanType):
        return False
    return True


def _valid_Span(value: Any) -> bool:
    if not (_valid_LLMSpan(value) or _valid_RAGSpan(value) or _valid_BaseSpan(value)):
        return False
    return True


def _valid_BaseSpan__span_id(value: Any) -> bool:
    if not (isinstance(value, str)):
        return False
    return True


def _valid_BaseSpan__parent_id(value: Any) -> bool:
    if not (isinstance(value, str) or value is None):
        return False
    return True


def _valid_BaseSpan__trace_id(value: Any) -> bool:
    if not (isinstance(value, str) or value is None):
        return False
    return True


def _valid_BaseSpan__name(value: Any) -> bool:
    if not (isinstance(value, str) or value is None):
        return False
    return True


def _valid_BaseSpan__error(value: Any) -> bool:
    if value is not None and not _valid_ErrorCapture(value):
        return False
    return True


def _valid_BaseSpan__metrics(value: Any) -> bool:
    if value is not None and not _valid_SpanMetrics(value):
        return False
    return True


def _valid_BaseSpan__params(value: Any) -> bool:
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
            check = _FIELDS_BaseSpan.get(key)
            if check is not None:
                if not check(item):
                    return False
    return True


def _valid_LLMSpan__all1__type(value: Any) -> bool:
    if not _same_json(value, _CONST_LLMSpan__all1__type):
        return False
    return True


def _valid_LLMSpan__all1__vendor(value: Any) -> bool:
    if not (isinstance(value, str) or value is None):
        return False
    return True


def _valid_LLMSpan__all1__model(value: Any) -> bool:
    if not (isinstance(value, str) or value is None):
        return False
    return True


def _valid_LLMSpan__all1(value: Any) -> bool:
    if not (isinstance(value, dict)):
        return False
    if isinstance(value, dict):
        for key, item in value.items():
            check = _FIELDS_LLMSpan__all1.get(key)
            if check is not None:
                if not check(item):
                    return False
    return True


def _valid_LLMSpan(value: Any) -> bool:
    if not _valid_BaseSpan(value):
        return False
    if not _valid_LLMSpan__all1(value):
        return False
    return True


def _valid_RAGSpan__all1__type(value: Any) -> bool:
    if not _same_json(value, _CONST_RAGSpan__all1__type):
        return False
    return True


def _valid_RAGSpan__all1__contexts(value: Any) -> bool:
    if not (isinstance(value, (list, tuple))):
        return False
    if isinstance(value, (list, tuple)):
        for item in value:
            if not _valid_RAGChunk(item):
                return False
    return True


def _valid_RAGSpan__all1(value: Any) -> bool:
    if not (isinstance(value, dict)):
        return False
    if isinstance(value, dict):
        if "contexts" not in value:
            return False
        for key, item in value.items():
            check = _FIELDS_RAGSpan__all1.get(key)
            if check is not None:
                if not check(item):
                    return False
    return True


def _valid_RAGSpan(value: Any) -> bool:
    if not _valid_BaseSpan(value):
        return False
    if not _valid_RAGSpan__all1(value):
        return False
    return True


def _valid_RAGChunk__document_id(value: Any) -> bool:
    if not (isinstance(value, str) or value is None):
        return False
    return True


def _valid_RAGChunk__chunk_id(value: Any) -> bool:
    if not (isinstance(value, str) or value is None):
        return False
    return True


def _valid_RAGChunk__content(value: Any) -> bool:
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
            check = _FIELDS_RAGChunk.get(key)
            if check is not None:
                if not check(item):
                    return False
    return True


def _valid_SpanTimestamps__first_token_at(value: Any) -> bool:
    if value is not None and not _valid_EpochMillis(value):
        return False
    return True


def _valid_SpanTimestamps__ignore_timestamps_on_write(value: Any) -> bool:
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
            check = _FIELDS_SpanTimestamps.get(key)
            if check is not None:
                if not check(item):
                    return False
    return True


def _valid_EpochMillis(value: Any) -> bool:
    if not (_is_number(value)):
        return False
    return True


def _valid_ErrorCapture__has_error(value: Any) -> bool:
    if not _same_json(value, _CONST_ErrorCapture__has_error):
        return False
    return True


def _valid_ErrorCapture__message(value: Any) -> bool:
    if not (isinstance(value, str)):
        return False
    return True


def _valid_ErrorCapture__stacktrace__item(value: Any) -> bool:
    if not (isinstance(value, str)):
        return False
    return True


def _valid_ErrorCapture__stacktrace(value: Any) -> bool:
    if not (isinstance(value, (list, tuple))):
        return False
    if isinstance(value, (list, tuple)):
        for item in value:
            if not _valid_ErrorCapture__stacktrace__item(item):
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
            check = _FIELDS_ErrorCapture.get(key)
            if check is not None:
                if not check(item):
                    return False
    return True


def _valid_SpanMetrics__prompt_tokens(value: Any) -> bool:
    if not (_is_number(value) or value is None):
        return False
    return True


def _valid_SpanMetrics__completion_tokens(value: Any) -> bool:
    if not (_is_number(value) or value is None):
        return False
    return True


def _valid_SpanMetrics__reasoning_tokens(value: Any) -> bool:
    if not (_is_number(value) or value is None):
        return False
    return True


def _valid_SpanMetrics__cache_read_input_tokens(value: Any) -> bool:
    if not (_is_number(value) or value is None):
        return False
    return True


def _valid_SpanMetrics__cache_creation_input_tokens(value: Any) -> bool:
    if not (_is_number(value) or value is None):
        return False
    return True


def _valid_SpanMetrics__cost(value: Any) -> bool:
    if not (_is_number(value) or value is None):
        return False
    return True


def _valid_SpanMetrics__tokens_estimated(value: Any) -> bool:
    if not (isinstance(value, bool) or value is None):
        return False
    return True


def _valid_SpanMetrics(value: Any) -> bool:
    if not (isinstance(value, dict)):
        return False
    if isinstance(value, dict):
        for key, item in value.items():
            check = _FIELDS_SpanMetrics.get(key)
            if check is not None:
                if not check(item):
                    return False
    return True


def _valid_SpanParams__temperature(value: Any) -> bool:
    if not (_is_number(value) or value is None):
        return False
    return True


def _valid_SpanParams__top_p(value: Any) -> bool:
    if not (_is_number(value) or value is None):
        return False
    return True


def _valid_SpanParams__max_tokens(value: Any) -> bool:
    if not (_is_number(value) or value is None):
        return False
    return True


def _valid_SpanParams__n(value: Any) -> bool:
    if not (_is_number(value) or value is None):
        return False
    return True


def _valid_SpanParams__seed(value: Any) -> bool:
    if not (_is_number(value) or value is None):
        return False
    return True


def _valid_SpanParams__frequency_penalty(value: Any) -> bool:
    if not (_is_number(value) or value is None):
        return False
    return True


def _valid_SpanParams__presence_penalty(value: Any) -> bool:
    if not (_is_number(value) or value is None):
        return False
    return True


def _valid_SpanParams__logprobs(value: Any) -> bool:
    if not (isinstance(value, bool) or value is None):
        return False
    return True


def _valid_SpanParams__top_logprobs(value: Any) -> bool:
    if not (_is_number(value) or value is None):
        return False
    return True


def _valid_SpanParams__logit_bias__nullable__extra(value: Any) -> bool:
    if not (_is_number(value)):
        return False
    return True


def _valid_SpanParams__logit_bias__nullable(value: Any) -> bool:
    if not (isinstance(value, dict)):
        return False
    if isinstance(value, dict):
        for key, item in value.items():
            check = _FIELDS_SpanParams__logit_bias__nullable.get(key)
            if check is not None:
                if not check(item):
                    return False
            elif not _valid_SpanParams__logit_bias__nullable__extra(item):
                return False
    return True


def _valid_SpanParams__logit_bias(value: Any) -> bool:
    if value is not None and not _valid_SpanParams__logit_bias__nullable(value):
        return False
    return True


def _valid_SpanParams__stop__any0(value: Any) -> bool:
    if not (isinstance(value, str)):
        return False
    return True


def _valid_SpanParams__stop__any1__item(value: Any) -> bool:
    if not (isinstance(value, str)):
        return False
    return True


def _valid_SpanParams__stop__any1(value: Any) -> bool:
    if not (isinstance(value, (list, tuple))):
        return False
    if isinstance(value, (list, tuple)):
        for item in value:
            if not _valid_SpanParams__stop__any1__item(item):
                return False
    return True


def _valid_SpanParams__stop__any2(value: Any) -> bool:
    if value is not None:
        return False
    return True


def _valid_SpanParams__stop(value: Any) -> bool:
    if not (
        _valid_SpanParams__stop__any0(value)
        or _valid_SpanParams__stop__any1(value)
        or _valid_SpanParams__stop__any2(value)
    ):
        return False
    return True


def _valid_SpanParams__stream(value: Any) -> bool:
    if not (isinstance(value, bool) or value is None):
        return False
    return True


def _valid_SpanParams__tools__item(value: Any) -> bool:
    if not (isinstance(value, dict)):
        return False
    return True


def _valid_SpanParams__tools(value: Any) -> bool:
    if not (isinstance(value, (list, tuple)) or value is None):
        return False
    if isinstance(value, (list, tuple)):
        for item in value:
            if not _valid_SpanParams__tools__item(item):
                return False
    return True


def _valid_SpanParams__functions__item(value: Any) -> bool:
    if not (isinstance(value, dict)):
        return False
    return True


def _valid_SpanParams__functions(value: Any) -> bool:
    if not (isinstance(value, (list, tuple)) or value is None):
        return False
    if isinstance(value, (list, tuple)):
        for item in value:
            if not _valid_SpanParams__functions__item(item):
                return False
    return True


def _valid_SpanParams__tool_choice(value: Any) -> bool:
    if not (isinstance(value, str) or isinstance(value, dict) or value is None):
        return False
    return True


def _valid_SpanParams__parallel_tool_calls(value: Any) -> bool:
    if not (isinstance(value, bool) or value is None):
        return False
    return True


def _valid_SpanParams__user(value: Any) -> bool:
    if not (isinstance(value, str) or value is None):
        return False
    return True


def _valid_SpanParams__reasoning_effort(value: Any) -> bool:
    if not (isinstance(value, str) or value is None):
        return False
    return True


def _valid_SpanParams(value: Any) -> bool:
    if not (isinstance(value, dict)):
        return False
    if isinstance(value, dict):
        for key, item in value.items():
            check = _FIELDS_SpanParams.get(key)
            if check is not None:
                if not check(item):
                    return False
    return True


def _valid_NullableSpanInputOutput__one1(value: Any) -> bool:
    if value is not None:
        return False
    return True


def _valid_NullableSpanInputOutput(value: Any) -> bool:
    if (
        sum(
            1
            for check in (
                _valid_SpanInputOutput,
                _valid_NullableSpanInputOutput__one1,
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
        check = _TAGS_SpanInputOutput.get(tag) if isinstance(tag, str) else None
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


def _valid_TypedValueText__type(value: Any) -> bool:
    if not _same_json(value, _CONST_TypedValueText__type):
        return False
    return True


def _valid_TypedValueText__value(value: Any) -> bool:
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
            check = _FIELDS_TypedValueText.get(key)
            if check is not None:
                if not check(item):
                    return False
    return True


def _valid_TypedValueRaw__type(value: Any) -> bool:
    if not _same_json(value, _CONST_TypedValueRaw__type):
        return False
    return True


def _valid_TypedValueRaw__value(value: Any) -> bool:
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
            check = _FIELDS_TypedValueRaw.get(key)
            if check is not None:
                if not check(item):
                    return False
    return True


def _valid_TypedValueJson__type(value: Any) -> bool:
    if not _same_json(value, _CONST_TypedValueJson__type):
        return False
    return True


def _valid_TypedValueJson__value(value: Any) -> bool:
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
            check = _FIELDS_TypedValueJson.get(key)
            if check is not None:
                if not check(item):
                    return False
    return True


def _valid_TypedValueChatMessages__type(value: Any) -> bool:
    if not _same_json(value, _CONST_TypedValueChatMessages__type):
        return False
    return True


def _valid_TypedValueChatMessages__value(value: Any) -> bool:
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
            check = _FIELDS_TypedValueChatMessages.get(key)
            if check is not None:
                if not check(item):
                    return False
    return True


def _valid_TypedValueGuardrailResult__type(value: Any) -> bool:
    if not _same_json(value, _CONST_TypedValueGuardrailResult__type):
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
            check = _FIELDS_TypedValueGuardrailResult.get(key)
            if check is not None:
                if not check(item):
                    return False
    return True


def _valid_TypedValueEvaluationResult__type(value: Any) -> bool:
    if not _same_json(value, _CONST_TypedValueEvaluationResult__type):
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
            check = _FIELDS_TypedValueEvaluationResult.get(key)
            if check is not None:
                if not check(item):
                    return False
    return True


def _valid_TypedValueList__type(value: Any) -> bool:
    if not _same_json(value, _CONST_TypedValueList__type):
        return False
    return True


def _valid_TypedValueList__value(value: Any) -> bool:
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
            check = _FIELDS_TypedValueList.get(key)
            if check is not None:
                if not check(item):
                    return False
    return True


def _valid_EvaluationResult__passed(value: Any) -> bool:
    if not (isinstance(value, bool) or value is None):
        return False
    return True


def _valid_EvaluationResult__score(value: Any) -> bool:
    if not (_is_number(value) or value is None):
        return False
    return True


def _valid_EvaluationResult__label(value: Any) -> bool:
    if not (isinstance(value, str) or value is None):
        return False
    return True


def _valid_EvaluationResult__details(value: Any) -> bool:
    if not (isinstance(value, str) or value is None):
        return False
    return True


def _valid_EvaluationResult__cost(value: Any) -> bool:
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
            check = _FIELDS_EvaluationResult.get(key)
            if check is not None:
                if not check(item):
                    return False
    return True


def _valid_EvaluationStatus(value: Any) -> bool:
    if not (isinstance(value, str)):
        return False
    if not (isinstance(value, str) and value in _ENUM_EvaluationStatus):
        return False
    return True


def _valid_Money__currency(value: Any) -> bool:
    if not (isinstance(value, str)):
        return False
    return True


def _valid_Money__amount(value: Any) -> bool:
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
            check = _FIELDS_Money.get(key)
            if check is not None:
                if not check(item):
                    return False
    return True


def _valid_ChatRole(value: Any) -> bool:
    if not (isinstance(value, str)):
        return False
    if not (isinstance(value, str) and value in _ENUM_ChatRole):
        return False
    return True


def _valid_ChatMessage__content__any0(value: Any) -> bool:
    if not (isinstance(value, str)):
        return False
    return True


def _valid_ChatMessage__content__any1(value: Any) -> bool:
    if not (isinstance(value, (list, tuple))):
        return False
    if isinstance(value, (list, tuple)):
        for item in value:
            if not _valid_ChatRichContent(item):
                return False
    return True


def _valid_ChatMessage__content__any2(value: Any) -> bool:
    if value is not None:
        return False
    return True


def _valid_ChatMessage__content(value: Any) -> bool:
    if not (
        _valid_ChatMessage__content__any0(value)
        or _valid_ChatMessage__content__any1(value)
        or _valid_ChatMessage__content__any2(value)
    ):
        return False
    return True


def _valid_ChatMessage__parts(value: Any) -> bool:
    if not (isinstance(value, (list, tuple))):
        return False
    if isinstance(value, (list, tuple)):
        for item in value:
            if not _valid_ChatRichContent(item):
                return False
    return True


def _valid_ChatMessage__function_call(value: Any) -> bool:
    if value is not None and not _valid_FunctionCall(value):
        return False
    return True


def _valid_ChatMessage__tool_calls(value: Any) -> bool:
    if not (isinstance(value, (list, tuple)) or value is None):
        return False
    if isinstance(value, (list, tuple)):
        for item in value:
            if not _valid_ToolCall(item):
                return False
    return True


def _valid_ChatMessage__tool_call_id(value: Any) -> bool:
    if not (isinstance(value, str) or value is None):
        return False
    return True


def _valid_ChatMessage__name(value: Any) -> bool:
    if not (isinstance(value, str) or value is None):
        return False
    return True


def _valid_ChatMessage__reasoning_content(value: Any) -> bool:
    if not (isinstance(value, str) or value is None):
        return False
    return True


def _valid_ChatMessage(value: Any) -> bool:
    if not (isinstance(value, dict)):
        return False
    if isinstance(value, dict):
        for key, item in value.items():
            check = _FIELDS_ChatMessage.get(key)
            if check is not None:
                if not check(item):
                    return False
    return True


def _valid_FunctionCall__name(value: Any) -> bool:
    if not (isinstance(value, str)):
        return False
    return True


def _valid_FunctionCall__arguments(value: Any) -> bool:
    if not (isinstance(value, str)):
        return False
    return True


def _valid_FunctionCall(value: Any) -> bool:
    if not (isinstance(value, dict)):
        return False
    if isinstance(value, dict):
        for key, item in value.items():
            check = _FIELDS_FunctionCall.get(key)
            if check is not None:
                if not check(item):
                    return False
    return True


def _valid_ToolCall__id(value: Any) -> bool:
    if not (isinstance(value, str)):
        return False
    return True


def _valid_ToolCall__type(value: Any) -> bool:
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
            check = _FIELDS_ToolCall.get(key)
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


def _valid_TextContentPart__type(value: Any) -> bool:
    if not _same_json(value, _CONST_TextContentPart__type):
        return False
    return True


def _valid_TextContentPart__text(value: Any) -> bool:
    if not (isinstance(value, str)):
        return False
    return True


def _valid_TextContentPart__content(value: Any) -> bool:
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
            check = _FIELDS_TextContentPart.get(key)
            if check is not None:
                if not check(item):
                    return False
    return True


def _valid_UntypedTextContentPart__text(value: Any) -> bool:
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
            check = _FIELDS_UntypedTextContentPart.get(key)
            if check is not None:
                if not check(item):
                    return False
    return True


def _valid_ImageUrlContentPart__type(value: Any) -> bool:
    if not _same_json(value, _CONST_ImageUrlContentPart__type):
        return False
    return True


def _valid_ImageUrlContentPart(value: Any) -> bool:
    if not (isinstance(value, dict)):
        return False
    if isinstance(value, dict):
        if "type" not in value:
            return False
        for key, item in value.items():
            check = _FIELDS_ImageUrlContentPart.get(key)
            if check is not None:
                if not check(item):
                    return False
    return True


def _valid_ImageUrl__url(value: Any) -> bool:
    if not (isinstance(value, str)):
        return False
    return True


def _valid_ImageUrl__detail(value: Any) -> bool:
    if not (isinstance(value, str)):
        return False
    if not (isinstance(value, str) and value in _ENUM_ImageUrl__detail):
        return False
    return True


def _valid_ImageUrl(value: Any) -> bool:
    if not (isinstance(value, dict)):
        return False
    if isinstance(value, dict):
        if "url" not in value:
            return False
        for key, item in value.items():
            check = _FIELDS_ImageUrl.get(key)
            if check is not None:
                if not check(item):
                    return False
    return True


def _valid_ToolCallContentPart__type(value: Any) -> bool:
    if not _same_json(value, _CONST_ToolCallContentPart__type):
        return False
    return True


def _valid_ToolCallContentPart__toolName(value: Any) -> bool:
    if not (isinstance(value, str)):
        return False
    return True


def _valid_ToolCallContentPart__toolCallId(value: Any) -> bool:
    if not (isinstance(value, str)):
        return False
    return True


def _valid_ToolCallContentPart__args(value: Any) -> bool:
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
            check = _FIELDS_ToolCallContentPart.get(key)
            if check is not None:
                if not check(item):
                    return False
    return True


def _valid_ToolResultContentPart__type(value: Any) -> bool:
    if not _same_json(value, _CONST_ToolResultContentPart__type):
        return False
    return True


def _valid_ToolResultContentPart__toolName(value: Any) -> bool:
    if not (isinstance(value, str)):
        return False
    return True


def _valid_ToolResultContentPart__toolCallId(value: Any) -> bool:
    if not (isinstance(value, str)):
        return False
    return True


def _valid_ToolResultContentPart__result(value: Any) -> bool:
    return True


def _valid_ToolResultContentPart(value: Any) -> bool:
    if not (isinstance(value, dict)):
        return False
    if isinstance(value, dict):
        if "type" not in value:
            return False
        for key, item in value.items():
            check = _FIELDS_ToolResultContentPart.get(key)
            if check is not None:
                if not check(item):
                    return False
    return True


def _valid_BinaryContentPart__type(value: Any) -> bool:
    if not _same_json(value, _CONST_BinaryContentPart__type):
        return False
    return True


def _valid_BinaryContentPart__mimeType(value: Any) -> bool:
    if not (isinstance(value, str)):
        return False
    return True


def _valid_BinaryContentPart__data(value: Any) -> bool:
    if not (isinstance(value, str)):
        return False
    return True


def _valid_BinaryContentPart__url(value: Any) -> bool:
    if not (isinstance(value, str)):
        return False
    return True


def _valid_BinaryContentPart__id(value: Any) -> bool:
    if not (isinstance(value, str)):
        return False
    return True


def _valid_BinaryContentPart__filename(value: Any) -> bool:
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
            check = _FIELDS_BinaryContentPart.get(key)
            if check is not None:
                if not check(item):
                    return False
    return True


def _valid_InputAudioContentPart__type(value: Any) -> bool:
    if not _same_json(value, _CONST_InputAudioContentPart__type):
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
            check = _FIELDS_InputAudioContentPart.get(key)
            if check is not None:
                if not check(item):
                    return False
    return True


def _valid_InputAudio__data(value: Any) -> bool:
    if not (isinstance(value, str)):
        return False
    return True


def _valid_InputAudio__format(value: Any) -> bool:
    if not (isinstance(value, str)):
        return False
    return True


def _valid_InputAudio__url(value: Any) -> bool:
    if not (isinstance(value, str)):
        return False
    return True


def _valid_InputAudio__mimeType(value: Any) -> bool:
    if not (isinstance(value, str)):
        return False
    return True


def _valid_InputAudio__id(value: Any) -> bool:
    if not (isinstance(value, str)):
        return False
    return True


def _valid_InputAudio(value: Any) -> bool:
    if not (isinstance(value, dict)):
        return False
    if isinstance(value, dict):
        for key, item in value.items():
            check = _FIELDS_InputAudio.get(key)
            if check is not None:
                if not check(item):
                    return False
    return True


def _valid_AudioContentPart__type(value: Any) -> bool:
    if not _same_json(value, _CONST_AudioContentPart__type):
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
            check = _FIELDS_AudioContentPart.get(key)
            if check is not None:
                if not check(item):
                    return False
    return True


def _valid_AudioSource__type(value: Any) -> bool:
    if not (isinstance(value, str)):
        return False
    if not (isinstance(value, str) and value in _ENUM_AudioSource__type):
        return False
    return True


def _valid_AudioSource__value(value: Any) -> bool:
    if not (isinstance(value, str)):
        return False
    return True


def _valid_AudioSource__mimeType(value: Any) -> bool:
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
            check = _FIELDS_AudioSource.get(key)
            if check is not None:
                if not check(item):
                    return False
    return True


def _valid_ImageContentPart__type(value: Any) -> bool:
    if not _same_json(value, _CONST_ImageContentPart__type):
        return False
    return True


def _valid_ImageContentPart__image(value: Any) -> bool:
    if not (isinstance(value, str)):
        return False
    return True


def _valid_ImageContentPart__mediaType(value: Any) -> bool:
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
            check = _FIELDS_ImageContentPart.get(key)
            if check is not None:
                if not check(item):
                    return False
    return True


def _valid_FileContentPart__type(value: Any) -> bool:
    if not _same_json(value, _CONST_FileContentPart__type):
        return False
    return True


def _valid_FileContentPart__mediaType(value: Any) -> bool:
    if not (isinstance(value, str)):
        return False
    return True


def _valid_FileContentPart__data(value: Any) -> bool:
    if not (isinstance(value, str)):
        return False
    return True


def _valid_FileContentPart__url(value: Any) -> bool:
    if not (isinstance(value, str)):
        return False
    return True


def _valid_FileContentPart__filename(value: Any) -> bool:
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
            check = _FIELDS_FileContentPart.get(key)
            if check is not None:
                if not check(item):
                    return False
    return True


def _valid_FileReferenceContentPart__type(value: Any) -> bool:
    if not _same_json(value, _CONST_FileReferenceContentPart__type):
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
            check = _FIELDS_FileReferenceContentPart.get(key)
            if check is not None:
                if not check(item):
                    return False
    return True


def _valid_FileReference__file_data(value: Any) -> bool:
    if not (isinstance(value, str)):
        return False
    return True


def _valid_FileReference__file_id(value: Any) -> bool:
    if not (isinstance(value, str)):
        return False
    return True


def _valid_FileReference__filename(value: Any) -> bool:
    if not (isinstance(value, str)):
        return False
    return True


def _valid_FileReference(value: Any) -> bool:
    if not (isinstance(value, dict)):
        return False
    if isinstance(value, dict):
        for key, item in value.items():
            check = _FIELDS_FileReference.get(key)
            if check is not None:
                if not check(item):
                    return False
    return True


def _valid_RESTEvaluation__name(value: Any) -> bool:
    if not (isinstance(value, str)):
        return False
    return True


def _valid_RESTEvaluation__evaluation_id(value: Any) -> bool:
    if not (isinstance(value, str) or value is None):
        return False
    return True


def _valid_RESTEvaluation__evaluator_id(value: Any) -> bool:
    if not (isinstance(value, str) or value is None):
        return False
    return True


def _valid_RESTEvaluation__span_id(value: Any) -> bool:
    if not (isinstance(value, str) or value is None):
        return False
    return True


def _valid_RESTEvaluation__type(value: Any) -> bool:
    if not (isinstance(value, str) or value is None):
        return False
    return True


def _valid_RESTEvaluation__is_guardrail(value: Any) -> bool:
    if not (isinstance(value, bool) or value is None):
        return False
    return True


def _valid_RESTEvaluation__evaluation_thread_id(value: Any) -> bool:
    if not (isinstance(value, str) or value is None):
        return False
    return True


def _valid_RESTEvaluation__status(value: Any) -> bool:
    if value is not None and not _valid_EvaluationStatus(value):
        return False
    return True


def _valid_RESTEvaluation__passed(value: Any) -> bool:
    if not (isinstance(value, bool) or value is None):
        return False
    return True


def _valid_RESTEvaluation__score(value: Any) -> bool:
    if not (_is_number(value) or value is None):
        return False
    return True


def _valid_RESTEvaluation__label(value: Any) -> bool:
    if not (isinstance(value, str) or value is None):
        return False
    return True


def _valid_RESTEvaluation__details(value: Any) -> bool:
    if not (isinstance(value, str) or value is None):
        return False
    return True


def _valid_RESTEvaluation__inputs(value: Any) -> bool:
    if not (isinstance(value, dict) or value is None):
        return False
    return True


def _valid_RESTEvaluation__error(value: Any) -> bool:
    if value is not None and not _valid_ErrorCapture(value):
        return False
    return True


def _valid_RESTEvaluation__timestamps(value: Any) -> bool:
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
            check = _FIELDS_RESTEvaluation.get(key)
            if check is not None:
                if not check(item):
                    return False
    return True


def _valid_EvaluationTimestamps__started_at(value: Any) -> bool:
    if value is not None and not _valid_EpochMillis(value):
        return False
    return True


def _valid_EvaluationTimestamps__finished_at(value: Any) -> bool:
    if value is not None and not _valid_EpochMillis(value):
        return False
    return True


def _valid_EvaluationTimestamps(value: Any) -> bool:
    if not (isinstance(value, dict)):
        return False
    if isinstance(value, dict):
        for key, item in value.items():
            check = _FIELDS_EvaluationTimestamps.get(key)
            if check is not None:
                if not check(item):
                    return False
    return True


def _valid_CollectorResponse__message(value: Any) -> bool:
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
            check = _FIELDS_CollectorResponse.get(key)
            if check is not None:
                if not check(item):
                    return False
    return True


def _valid_PartialSuccess__rejectedSpans(value: Any) -> bool:
    if not (_is_integer(value)):
        return False
    return True


def _valid_PartialSuccess__rejectedEvaluations(value: Any) -> bool:
    if not (_is_integer(value)):
        return False
    return True


def _valid_PartialSuccess__errorMessage(value: Any) -> bool:
    if not (isinstance(value, str)):
        return False
    return True


def _valid_PartialSuccess(value: Any) -> bool:
    if not (isinstance(value, dict)):
        return False
    if isinstance(value, dict):
        for key, item in value.items():
            check = _FIELDS_PartialSuccess.get(key)
            if check is not None:
                if not check(item):
                    return False
    return True


def _valid_ErrorResponse__message(value: Any) -> bool:
    if not (isinstance(value, str)):
        return False
    return True


def _valid_ErrorResponse__error(value: Any) -> bool:
    if not (isinstance(value, str)):
        return False
    return True


def _valid_ErrorResponse(value: Any) -> bool:
    if not (isinstance(value, dict)):
        return False
    if isinstance(value, dict):
        for key, item in value.items():
            check = _FIELDS_ErrorResponse.get(key)
            if check is not None:
                if not check(item):
                    return False
    return True


def _valid_PlanLimitErrorResponse__error(value: Any) -> bool:
    if not (isinstance(value, str)):
        return False
    return True


def _valid_PlanLimitErrorResponse__message(value: Any) -> bool:
    if not (isinstance(value, str)):
        return False
    return True


def _valid_PlanLimitErrorResponse__currentMonthMessagesCount(value: Any) -> bool:
    if not (_is_number(value)):
        return False
    return True


def _valid_PlanLimitErrorResponse__maxMessagesPerMonth(value: Any) -> bool:
    if not (_is_number(value)):
        return False
    return True


def _valid_PlanLimitErrorResponse__activePlanName(value: Any) -> bool:
    if not (isinstance(value, str)):
        return False
    return True


def _valid_PlanLimitErrorResponse__tips__item(value: Any) -> bool:
    return True


def _valid_PlanLimitErrorResponse__tips(value: Any) -> bool:
    if not (isinstance(value, (list, tuple))):
        return False
    if isinstance(value, (list, tuple)):
        for item in value:
            if not _valid_PlanLimitErrorResponse__tips__item(item):
                return False
    return True


def _valid_PlanLimitErrorResponse__fault(value: Any) -> bool:
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
            check = _FIELDS_PlanLimitErrorResponse.get(key)
            if check is not None:
                if not check(item):
                    return False
    return True


def _valid_PermissionDeniedErrorResponse__error(value: Any) -> bool:
    if not (isinstance(value, str)):
        return False
    return True


def _valid_PermissionDeniedErrorResponse__message(value: Any) -> bool:
    if not (isinstance(value, str)):
        return False
    return True


def _valid_PermissionDeniedErrorResponse__permission(value: Any) -> bool:
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
            check = _FIELDS_PermissionDeniedErrorResponse.get(key)
            if check is not None:
                if not check(item):
                    return False
    return True


def _valid_IngestFailureResponse__message(value: Any) -> bool:
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
            check = _FIELDS_IngestFailureResponse.get(key)
            if check is not None:
                if not check(item):
                    return False
    return True


_FIELDS_CollectorRequest: dict[str, Callable[[Any], bool]] = {
    "trace_id": _valid_CollectorRequest__trace_id,
    "spans": _valid_CollectorRequest__spans,
    "metadata": _valid_CollectorRequest__metadata,
    "expected_output": _valid_CollectorRequest__expected_output,
    "evaluations": _valid_CollectorRequest__evaluations,
}
_FIELDS_TraceMetadata: dict[str, Callable[[Any], bool]] = {
    "user_id": _valid_TraceMetadata__user_id,
    "thread_id": _valid_TraceMetadata__thread_id,
    "customer_id": _valid_TraceMetadata__customer_id,
    "labels": _valid_NullableStringList,
    "topic_id": _valid_TraceMetadata__topic_id,
    "subtopic_id": _valid_TraceMetadata__subtopic_id,
    "sdk_name": _valid_TraceMetadata__sdk_name,
    "sdk_version": _valid_TraceMetadata__sdk_version,
    "sdk_language": _valid_TraceMetadata__sdk_language,
    "telemetry_sdk_language": _valid_TraceMetadata__telemetry_sdk_language,
    "telemetry_sdk_name": _valid_TraceMetadata__telemetry_sdk_name,
    "telemetry_sdk_version": _valid_TraceMetadata__telemetry_sdk_version,
    "prompt_ids": _valid_NullableStringList,
    "prompt_version_ids": _valid_NullableStringList,
}
_FIELDS_CustomMetadataValue__any2: dict[str, Callable[[Any], bool]] = {}
_FIELDS_CustomMetadataValue__any3: dict[str, Callable[[Any], bool]] = {}
_FIELDS_CustomMetadataValue__any3__extra: dict[str, Callable[[Any], bool]] = {}
_ENUM_SpanType = frozenset(
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
_FIELDS_BaseSpan: dict[str, Callable[[Any], bool]] = {
    "span_id": _valid_BaseSpan__span_id,
    "parent_id": _valid_BaseSpan__parent_id,
    "trace_id": _valid_BaseSpan__trace_id,
    "type": _valid_SpanType,
    "name": _valid_BaseSpan__name,
    "input": _valid_NullableSpanInputOutput,
    "output": _valid_NullableSpanInputOutput,
    "error": _valid_BaseSpan__error,
    "timestamps": _valid_SpanTimestamps,
    "metrics": _valid_BaseSpan__metrics,
    "params": _valid_BaseSpan__params,
}
_CONST_LLMSpan__all1__type = "llm"
_FIELDS_LLMSpan__all1: dict[str, Callable[[Any], bool]] = {
    "type": _valid_LLMSpan__all1__type,
    "vendor": _valid_LLMSpan__all1__vendor,
    "model": _valid_LLMSpan__all1__model,
}
_CONST_RAGSpan__all1__type = "rag"
_FIELDS_RAGSpan__all1: dict[str, Callable[[Any], bool]] = {
    "type": _valid_RAGSpan__all1__type,
    "contexts": _valid_RAGSpan__all1__contexts,
}
_FIELDS_RAGChunk: dict[str, Callable[[Any], bool]] = {
    "document_id": _valid_RAGChunk__document_id,
    "chunk_id": _valid_RAGChunk__chunk_id,
    "content": _valid_RAGChunk__content,
}
_FIELDS_SpanTimestamps: dict[str, Callable[[Any], bool]] = {
    "started_at": _valid_EpochMillis,
    "finished_at": _valid_EpochMillis,
    "first_token_at": _valid_SpanTimestamps__first_token_at,
    "ignore_timestamps_on_write": _valid_SpanTimestamps__ignore_timestamps_on_write,
}
_CONST_ErrorCapture__has_error = True
_FIELDS_ErrorCapture: dict[str, Callable[[Any], bool]] = {
    "has_error": _valid_ErrorCapture__has_error,
    "message": _valid_ErrorCapture__message,
    "stacktrace": _valid_ErrorCapture__stacktrace,
}
_FIELDS_SpanMetrics: dict[str, Callable[[Any], bool]] = {
    "prompt_tokens": _valid_SpanMetrics__prompt_tokens,
    "completion_tokens": _valid_SpanMetrics__completion_tokens,
    "reasoning_tokens": _valid_SpanMetrics__reasoning_tokens,
    "cache_read_input_tokens": _valid_SpanMetrics__cache_read_input_tokens,
    "cache_creation_input_tokens": _valid_SpanMetrics__cache_creation_input_tokens,
    "cost": _valid_SpanMetrics__cost,
    "tokens_estimated": _valid_SpanMetrics__tokens_estimated,
}
_FIELDS_SpanParams__logit_bias__nullable: dict[str, Callable[[Any], bool]] = {}
_FIELDS_SpanParams: dict[str, Callable[[Any], bool]] = {
    "temperature": _valid_SpanParams__temperature,
    "top_p": _valid_SpanParams__top_p,
    "max_tokens": _valid_SpanParams__max_tokens,
    "n": _valid_SpanParams__n,
    "seed": _valid_SpanParams__seed,
    "frequency_penalty": _valid_SpanParams__frequency_penalty,
    "presence_penalty": _valid_SpanParams__presence_penalty,
    "logprobs": _valid_SpanParams__logprobs,
    "top_logprobs": _valid_SpanParams__top_logprobs,
    "logit_bias": _valid_SpanParams__logit_bias,
    "stop": _valid_SpanParams__stop,
    "stream": _valid_SpanParams__stream,
    "tools": _valid_SpanParams__tools,
    "functions": _valid_SpanParams__functions,
    "tool_choice": _valid_SpanParams__tool_choice,
    "parallel_tool_calls": _valid_SpanParams__parallel_tool_calls,
    "user": _valid_SpanParams__user,
    "reasoning_effort": _valid_SpanParams__reasoning_effort,
}
_TAGS_SpanInputOutput: dict[str, Callable[[Any], bool]] = {
    "text": _valid_TypedValueText,
    "raw": _valid_TypedValueRaw,
    "json": _valid_TypedValueJson,
    "chat_messages": _valid_TypedValueChatMessages,
    "guardrail_result": _valid_TypedValueGuardrailResult,
    "evaluation_result": _valid_TypedValueEvaluationResult,
    "list": _valid_TypedValueList,
}
_CONST_TypedValueText__type = "text"
_FIELDS_TypedValueText: dict[str, Callable[[Any], bool]] = {
    "type": _valid_TypedValueText__type,
    "value": _valid_TypedValueText__value,
}
_CONST_TypedValueRaw__type = "raw"
_FIELDS_TypedValueRaw: dict[str, Callable[[Any], bool]] = {
    "type": _valid_TypedValueRaw__type,
    "value": _valid_TypedValueRaw__value,
}
_CONST_TypedValueJson__type = "json"
_FIELDS_TypedValueJson: dict[str, Callable[[Any], bool]] = {
    "type": _valid_TypedValueJson__type,
    "value": _valid_TypedValueJson__value,
}
_CONST_TypedValueChatMessages__type = "chat_messages"
_FIELDS_TypedValueChatMessages: dict[str, Callable[[Any], bool]] = {
    "type": _valid_TypedValueChatMessages__type,
    "value": _valid_TypedValueChatMessages__value,
}
_CONST_TypedValueGuardrailResult__type = "guardrail_result"
_FIELDS_TypedValueGuardrailResult: dict[str, Callable[[Any], bool]] = {
    "type": _valid_TypedValueGuardrailResult__type,
    "value": _valid_EvaluationResult,
}
_CONST_TypedValueEvaluationResult__type = "evaluation_result"
_FIELDS_TypedValueEvaluationResult: dict[str, Callable[[Any], bool]] = {
    "type": _valid_TypedValueEvaluationResult__type,
    "value": _valid_EvaluationResult,
}
_CONST_TypedValueList__type = "list"
_FIELDS_TypedValueList: dict[str, Callable[[Any], bool]] = {
    "type": _valid_TypedValueList__type,
    "value": _valid_TypedValueList__value,
}
_FIELDS_EvaluationResult: dict[str, Callable[[Any], bool]] = {
    "status": _valid_EvaluationStatus,
    "passed": _valid_EvaluationResult__passed,
    "score": _valid_EvaluationResult__score,
    "label": _valid_EvaluationResult__label,
    "details": _valid_EvaluationResult__details,
    "cost": _valid_EvaluationResult__cost,
}
_ENUM_EvaluationStatus = frozenset(["error", "processed", "skipped"])
_FIELDS_Money: dict[str, Callable[[Any], bool]] = {"currency": _valid_Money__currency, "amount": _valid_Money__amount}
_ENUM_ChatRole = frozenset(["assistant", "developer", "function", "system", "tool", "unknown", "user"])
_FIELDS_ChatMessage: dict[str, Callable[[Any], bool]] = {
    "role": _valid_ChatRole,
    "content": _valid_ChatMessage__content,
    "parts": _valid_ChatMessage__parts,
    "function_call": _valid_ChatMessage__function_call,
    "tool_calls": _valid_ChatMessage__tool_calls,
    "tool_call_id": _valid_ChatMessage__tool_call_id,
    "name": _valid_ChatMessage__name,
    "reasoning_content": _valid_ChatMessage__reasoning_content,
}
_FIELDS_FunctionCall: dict[str, Callable[[Any], bool]] = {
    "name": _valid_FunctionCall__name,
    "arguments": _valid_FunctionCall__arguments,
}
_FIELDS_ToolCall: dict[str, Callable[[Any], bool]] = {
    "id": _valid_ToolCall__id,
    "type": _valid_ToolCall__type,
    "function": _valid_FunctionCall,
}
_CONST_TextContentPart__type = "text"
_FIELDS_TextContentPart: dict[str, Callable[[Any], bool]] = {
    "type": _valid_TextContentPart__type,
    "text": _valid_TextContentPart__text,
    "content": _valid_TextContentPart__content,
}
_FIELDS_UntypedTextContentPart: dict[str, Callable[[Any], bool]] = {"text": _valid_UntypedTextContentPart__text}
_CONST_ImageUrlContentPart__type = "image_url"
_FIELDS_ImageUrlContentPart: dict[str, Callable[[Any], bool]] = {
    "type": _valid_ImageUrlContentPart__type,
    "image_url": _valid_ImageUrl,
}
_ENUM_ImageUrl__detail = frozenset(["auto", "high", "low"])
_FIELDS_ImageUrl: dict[str, Callable[[Any], bool]] = {"url": _valid_ImageUrl__url, "detail": _valid_ImageUrl__detail}
_CONST_ToolCallContentPart__type = "tool_call"
_FIELDS_ToolCallContentPart: dict[str, Callable[[Any], bool]] = {
    "type": _valid_ToolCallContentPart__type,
    "toolName": _valid_ToolCallContentPart__toolName,
    "toolCallId": _valid_ToolCallContentPart__toolCallId,
    "args": _valid_ToolCallContentPart__args,
}
_CONST_ToolResultContentPart__type = "tool_result"
_FIELDS_ToolResultContentPart: dict[str, Callable[[Any], bool]] = {
    "type": _valid_ToolResultContentPart__type,
    "toolName": _valid_ToolResultContentPart__toolName,
    "toolCallId": _valid_ToolResultContentPart__toolCallId,
    "result": _valid_ToolResultContentPart__result,
}
_CONST_BinaryContentPart__type = "binary"
_FIELDS_BinaryContentPart: dict[str, Callable[[Any], bool]] = {
    "type": _valid_BinaryContentPart__type,
    "mimeType": _valid_BinaryContentPart__mimeType,
    "data": _valid_BinaryContentPart__data,
    "url": _valid_BinaryContentPart__url,
    "id": _valid_BinaryContentPart__id,
    "filename": _valid_BinaryContentPart__filename,
}
_CONST_InputAudioContentPart__type = "input_audio"
_FIELDS_InputAudioContentPart: dict[str, Callable[[Any], bool]] = {
    "type": _valid_InputAudioContentPart__type,
    "input_audio": _valid_InputAudio,
}
_FIELDS_InputAudio: dict[str, Callable[[Any], bool]] = {
    "data": _valid_InputAudio__data,
    "format": _valid_InputAudio__format,
    "url": _valid_InputAudio__url,
    "mimeType": _valid_InputAudio__mimeType,
    "id": _valid_InputAudio__id,
}
_CONST_AudioContentPart__type = "audio"
_FIELDS_AudioContentPart: dict[str, Callable[[Any], bool]] = {
    "type": _valid_AudioContentPart__type,
    "source": _valid_AudioSource,
}
_ENUM_AudioSource__type = frozenset(["data", "url"])
_FIELDS_AudioSource: dict[str, Callable[[Any], bool]] = {
    "type": _valid_AudioSource__type,
    "value": _valid_AudioSource__value,
    "mimeType": _valid_AudioSource__mimeType,
}
_CONST_ImageContentPart__type = "image"
_FIELDS_ImageContentPart: dict[str, Callable[[Any], bool]] = {
    "type": _valid_ImageContentPart__type,
    "image": _valid_ImageContentPart__image,
    "mediaType": _valid_ImageContentPart__mediaType,
}
_CONST_FileContentPart__type = "file"
_FIELDS_FileContentPart: dict[str, Callable[[Any], bool]] = {
    "type": _valid_FileContentPart__type,
    "mediaType": _valid_FileContentPart__mediaType,
    "data": _valid_FileContentPart__data,
    "url": _valid_FileContentPart__url,
    "filename": _valid_FileContentPart__filename,
}
_CONST_FileReferenceContentPart__type = "file"
_FIELDS_FileReferenceContentPart: dict[str, Callable[[Any], bool]] = {
    "type": _valid_FileReferenceContentPart__type,
    "file": _valid_FileReference,
}
_FIELDS_FileReference: dict[str, Callable[[Any], bool]] = {
    "file_data": _valid_FileReference__file_data,
    "file_id": _valid_FileReference__file_id,
    "filename": _valid_FileReference__filename,
}
_FIELDS_RESTEvaluation: dict[str, Callable[[Any], bool]] = {
    "name": _valid_RESTEvaluation__name,
    "evaluation_id": _valid_RESTEvaluation__evaluation_id,
    "evaluator_id": _valid_RESTEvaluation__evaluator_id,
    "span_id": _valid_RESTEvaluation__span_id,
    "type": _valid_RESTEvaluation__type,
    "is_guardrail": _valid_RESTEvaluation__is_guardrail,
    "evaluation_thread_id": _valid_RESTEvaluation__evaluation_thread_id,
    "status": _valid_RESTEvaluation__status,
    "passed": _valid_RESTEvaluation__passed,
    "score": _valid_RESTEvaluation__score,
    "label": _valid_RESTEvaluation__label,
    "details": _valid_RESTEvaluation__details,
    "inputs": _valid_RESTEvaluation__inputs,
    "error": _valid_RESTEvaluation__error,
    "timestamps": _valid_RESTEvaluation__timestamps,
}
_FIELDS_EvaluationTimestamps: dict[str, Callable[[Any], bool]] = {
    "started_at": _valid_EvaluationTimestamps__started_at,
    "finished_at": _valid_EvaluationTimestamps__finished_at,
}
_FIELDS_CollectorResponse: dict[str, Callable[[Any], bool]] = {
    "message": _valid_CollectorResponse__message,
    "partialSuccess": _valid_PartialSuccess,
}
_FIELDS_PartialSuccess: dict[str, Callable[[Any], bool]] = {
    "rejectedSpans": _valid_PartialSuccess__rejectedSpans,
    "rejectedEvaluations": _valid_PartialSuccess__rejectedEvaluations,
    "errorMessage": _valid_PartialSuccess__errorMessage,
}
_FIELDS_ErrorResponse: dict[str, Callable[[Any], bool]] = {
    "message": _valid_ErrorResponse__message,
    "error": _valid_ErrorResponse__error,
}
_FIELDS_PlanLimitErrorResponse: dict[str, Callable[[Any], bool]] = {
    "error": _valid_PlanLimitErrorResponse__error,
    "message": _valid_PlanLimitErrorResponse__message,
    "currentMonthMessagesCount": _valid_PlanLimitErrorResponse__currentMonthMessagesCount,
    "maxMessagesPerMonth": _valid_PlanLimitErrorResponse__maxMessagesPerMonth,
    "activePlanName": _valid_PlanLimitErrorResponse__activePlanName,
    "tips": _valid_PlanLimitErrorResponse__tips,
    "fault": _valid_PlanLimitErrorResponse__fault,
}
_FIELDS_PermissionDeniedErrorResponse: dict[str, Callable[[Any], bool]] = {
    "error": _valid_PermissionDeniedErrorResponse__error,
    "message": _valid_PermissionDeniedErrorResponse__message,
    "permission": _valid_PermissionDeniedErrorResponse__permission,
}
_FIELDS_IngestFailureResponse: dict[str, Callable[[Any], bool]] = {
    "message": _valid_IngestFailureResponse__message,
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
