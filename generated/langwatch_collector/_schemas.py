# Generated from openapi/collector.yaml by codegen: do not edit, run scripts/generate.
"""The spec's component schemas, as the runtime validator reads them."""

from typing import Any

from langwatch_collector.runtime.validation import Validator

SCHEMAS: dict[str, Any] = {
    "CollectorRequest": {
        "type": "object",
        "properties": {
            "trace_id": {"type": ["string", "null"]},
            "spans": {"type": "array", "items": {"$ref": "Span"}},
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
    "EpochMillis": {
        "type": "integer",
        "minimum": 1000000000000,
        "maximum": 9999999999999,
        "x-unit": "epoch-milliseconds",
    },
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
    },
    "EvaluationStatus": {"type": "string", "enum": ["processed", "skipped", "error"]},
    "Money": {
        "type": "object",
        "required": ["currency", "amount"],
        "properties": {"currency": {"type": "string"}, "amount": {"type": "number"}},
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
    },
    "FunctionCall": {"type": "object", "properties": {"name": {"type": "string"}, "arguments": {"type": "string"}}},
    "ToolCall": {
        "type": "object",
        "required": ["id", "type", "function"],
        "properties": {"id": {"type": "string"}, "type": {"type": "string"}, "function": {"$ref": "FunctionCall"}},
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
    },
    "UntypedTextContentPart": {"type": "object", "required": ["text"], "properties": {"text": {"type": "string"}}},
    "ImageUrlContentPart": {
        "type": "object",
        "required": ["type"],
        "properties": {"type": {"const": "image_url"}, "image_url": {"$ref": "ImageUrl"}},
    },
    "ImageUrl": {
        "type": "object",
        "required": ["url"],
        "properties": {"url": {"type": "string"}, "detail": {"type": "string", "enum": ["auto", "low", "high"]}},
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
    },
    "InputAudioContentPart": {
        "type": "object",
        "required": ["type", "input_audio"],
        "properties": {"type": {"const": "input_audio"}, "input_audio": {"$ref": "InputAudio"}},
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
    },
    "AudioContentPart": {
        "type": "object",
        "required": ["type", "source"],
        "properties": {"type": {"const": "audio"}, "source": {"$ref": "AudioSource"}},
    },
    "AudioSource": {
        "type": "object",
        "required": ["type", "value"],
        "properties": {
            "type": {"type": "string", "enum": ["url", "data"]},
            "value": {"type": "string"},
            "mimeType": {"type": "string"},
        },
    },
    "ImageContentPart": {
        "type": "object",
        "required": ["type", "image"],
        "properties": {"type": {"const": "image"}, "image": {"type": "string"}, "mediaType": {"type": "string"}},
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
    },
    "FileReferenceContentPart": {
        "type": "object",
        "required": ["type", "file"],
        "properties": {"type": {"const": "file"}, "file": {"$ref": "FileReference"}},
    },
    "FileReference": {
        "type": "object",
        "properties": {"file_data": {"type": "string"}, "file_id": {"type": "string"}, "filename": {"type": "string"}},
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
        "anyOf": [
            {"required": ["status"], "properties": {"status": {"enum": ["error", "skipped"]}}},
            {"required": ["passed"], "properties": {"passed": {"type": "boolean"}}},
            {"required": ["score"], "properties": {"score": {"type": "number"}}},
            {"required": ["label"], "properties": {"label": {"type": "string"}}},
        ],
        "x-error-message": "needs a verdict: set `passed`, `score` or `label` (or status `error` or `skipped`)",
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

VALIDATOR = Validator(SCHEMAS)
