# Generated from openapi/collector.yaml by codegen: do not edit, run scripts/generate.
"""The spec's component schemas, as the runtime validator reads them."""

from typing import Any

from langwatch_collector.runtime.validation import Validator

SCHEMAS: dict[str, Any] = {
    "AudioContentPart": {
        "properties": {"source": {"$ref": "AudioSource"}, "type": {"const": "audio"}},
        "required": ["type", "source"],
        "type": "object",
    },
    "AudioSource": {
        "properties": {
            "mimeType": {"type": "string"},
            "type": {"enum": ["url", "data"], "type": "string"},
            "value": {"type": "string"},
        },
        "required": ["type", "value"],
        "type": "object",
    },
    "BaseSpan": {
        "properties": {
            "error": {"oneOf": [{"$ref": "ErrorCapture"}, {"type": "null"}]},
            "input": {"$ref": "NullableSpanInputOutput"},
            "metrics": {"oneOf": [{"$ref": "SpanMetrics"}, {"type": "null"}]},
            "name": {"type": ["string", "null"]},
            "output": {"$ref": "NullableSpanInputOutput"},
            "params": {"oneOf": [{"$ref": "SpanParams"}, {"type": "null"}]},
            "parent_id": {"type": ["string", "null"]},
            "span_id": {"type": "string"},
            "timestamps": {"$ref": "SpanTimestamps"},
            "trace_id": {"type": ["string", "null"]},
            "type": {"$ref": "SpanType"},
        },
        "required": ["span_id", "type", "timestamps"],
        "type": "object",
    },
    "BinaryContentPart": {
        "properties": {
            "data": {"type": "string"},
            "filename": {"type": "string"},
            "id": {"type": "string"},
            "mimeType": {"type": "string"},
            "type": {"const": "binary"},
            "url": {"type": "string"},
        },
        "required": ["type", "mimeType"],
        "type": "object",
    },
    "ChatMessage": {
        "properties": {
            "content": {
                "anyOf": [{"type": "string"}, {"items": {"$ref": "ChatRichContent"}, "type": "array"}, {"type": "null"}]
            },
            "function_call": {"oneOf": [{"$ref": "FunctionCall"}, {"type": "null"}]},
            "name": {"type": ["string", "null"]},
            "parts": {"items": {"$ref": "ChatRichContent"}, "type": "array"},
            "reasoning_content": {"type": ["string", "null"]},
            "role": {"$ref": "ChatRole"},
            "tool_call_id": {"type": ["string", "null"]},
            "tool_calls": {"items": {"$ref": "ToolCall"}, "type": ["array", "null"]},
        },
        "type": "object",
    },
    "ChatRichContent": {
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
        "x-union-strategy": "first-match",
    },
    "ChatRole": {"enum": ["system", "developer", "user", "assistant", "function", "tool", "unknown"], "type": "string"},
    "CollectorRequest": {
        "properties": {
            "evaluations": {"items": {"$ref": "RESTEvaluation"}, "type": "array"},
            "expected_output": {"type": ["string", "null"]},
            "metadata": {"oneOf": [{"$ref": "TraceMetadata"}, {"type": "null"}]},
            "spans": {"items": {"$ref": "Span"}, "type": "array"},
            "trace_id": {"type": ["string", "null"]},
        },
        "type": "object",
    },
    "CollectorResponse": {
        "properties": {"message": {"type": "string"}, "partialSuccess": {"$ref": "PartialSuccess"}},
        "required": ["message"],
        "type": "object",
    },
    "CustomMetadataValue": {
        "anyOf": [
            {"$ref": "MetadataPrimitive"},
            {"items": {"$ref": "MetadataPrimitive"}, "type": "array"},
            {"additionalProperties": {"$ref": "MetadataPrimitive"}, "type": "object"},
            {
                "additionalProperties": {"additionalProperties": {"$ref": "MetadataPrimitive"}, "type": "object"},
                "type": "object",
            },
        ]
    },
    "EpochMillis": {
        "maximum": 9999999999999,
        "minimum": 1000000000000,
        "type": "integer",
        "x-unit": "epoch-milliseconds",
    },
    "ErrorCapture": {
        "properties": {
            "has_error": {"const": True},
            "message": {"type": "string"},
            "stacktrace": {"items": {"type": "string"}, "type": "array"},
        },
        "required": ["message", "stacktrace"],
        "type": "object",
    },
    "ErrorResponse": {"properties": {"error": {"type": "string"}, "message": {"type": "string"}}, "type": "object"},
    "EvaluationResult": {
        "properties": {
            "cost": {"oneOf": [{"$ref": "Money"}, {"type": "null"}]},
            "details": {"type": ["string", "null"]},
            "label": {"type": ["string", "null"]},
            "passed": {"type": ["boolean", "null"]},
            "score": {"type": ["number", "null"]},
            "status": {"$ref": "EvaluationStatus"},
        },
        "required": ["status"],
        "type": "object",
    },
    "EvaluationStatus": {"enum": ["processed", "skipped", "error"], "type": "string"},
    "EvaluationTimestamps": {
        "properties": {
            "finished_at": {"oneOf": [{"$ref": "EpochMillis"}, {"type": "null"}]},
            "started_at": {"oneOf": [{"$ref": "EpochMillis"}, {"type": "null"}]},
        },
        "type": "object",
    },
    "FileContentPart": {
        "properties": {
            "data": {"type": "string"},
            "filename": {"type": "string"},
            "mediaType": {"type": "string"},
            "type": {"const": "file"},
            "url": {"type": "string"},
        },
        "required": ["type", "mediaType"],
        "type": "object",
    },
    "FileReference": {
        "properties": {"file_data": {"type": "string"}, "file_id": {"type": "string"}, "filename": {"type": "string"}},
        "type": "object",
    },
    "FileReferenceContentPart": {
        "properties": {"file": {"$ref": "FileReference"}, "type": {"const": "file"}},
        "required": ["type", "file"],
        "type": "object",
    },
    "FunctionCall": {"properties": {"arguments": {"type": "string"}, "name": {"type": "string"}}, "type": "object"},
    "ImageContentPart": {
        "properties": {"image": {"type": "string"}, "mediaType": {"type": "string"}, "type": {"const": "image"}},
        "required": ["type", "image"],
        "type": "object",
    },
    "ImageUrl": {
        "properties": {"detail": {"enum": ["auto", "low", "high"], "type": "string"}, "url": {"type": "string"}},
        "required": ["url"],
        "type": "object",
    },
    "ImageUrlContentPart": {
        "properties": {"image_url": {"$ref": "ImageUrl"}, "type": {"const": "image_url"}},
        "required": ["type"],
        "type": "object",
    },
    "IngestFailureResponse": {
        "properties": {"message": {"type": "string"}, "partialSuccess": {"$ref": "PartialSuccess"}},
        "required": ["message"],
        "type": "object",
    },
    "InputAudio": {
        "properties": {
            "data": {"type": "string"},
            "format": {"type": "string"},
            "id": {"type": "string"},
            "mimeType": {"type": "string"},
            "url": {"type": "string"},
        },
        "type": "object",
    },
    "InputAudioContentPart": {
        "properties": {"input_audio": {"$ref": "InputAudio"}, "type": {"const": "input_audio"}},
        "required": ["type", "input_audio"],
        "type": "object",
    },
    "LLMSpan": {
        "allOf": [
            {"$ref": "BaseSpan"},
            {
                "properties": {
                    "model": {"type": ["string", "null"]},
                    "type": {"const": "llm"},
                    "vendor": {"type": ["string", "null"]},
                },
                "type": "object",
            },
        ]
    },
    "MetadataPrimitive": {"type": ["string", "number", "boolean", "null"]},
    "Money": {
        "properties": {"amount": {"type": "number"}, "currency": {"type": "string"}},
        "required": ["currency", "amount"],
        "type": "object",
    },
    "NullableSpanInputOutput": {"oneOf": [{"$ref": "SpanInputOutput"}, {"type": "null"}]},
    "NullableStringList": {"items": {"type": "string"}, "type": ["array", "null"]},
    "PartialSuccess": {
        "properties": {
            "errorMessage": {"type": "string"},
            "rejectedEvaluations": {"type": "integer"},
            "rejectedSpans": {"type": "integer"},
        },
        "type": "object",
    },
    "PermissionDeniedErrorResponse": {
        "properties": {"error": {"type": "string"}, "message": {"type": "string"}, "permission": {"type": "string"}},
        "required": ["message"],
        "type": "object",
    },
    "PlanLimitErrorResponse": {
        "properties": {
            "activePlanName": {"type": "string"},
            "currentMonthMessagesCount": {"type": "number"},
            "error": {"type": "string"},
            "fault": {"type": "string"},
            "maxMessagesPerMonth": {"type": "number"},
            "message": {"type": "string"},
            "tips": {"items": {}, "type": "array"},
        },
        "required": ["message"],
        "type": "object",
    },
    "RAGChunk": {
        "properties": {
            "chunk_id": {"type": ["string", "null"]},
            "content": {"type": ["string", "object", "array"]},
            "document_id": {"type": ["string", "null"]},
        },
        "required": ["content"],
        "type": "object",
    },
    "RAGSpan": {
        "allOf": [
            {"$ref": "BaseSpan"},
            {
                "properties": {"contexts": {"items": {"$ref": "RAGChunk"}, "type": "array"}, "type": {"const": "rag"}},
                "required": ["contexts"],
                "type": "object",
            },
        ]
    },
    "RESTEvaluation": {
        "anyOf": [
            {"properties": {"status": {"enum": ["error", "skipped"]}}, "required": ["status"]},
            {"properties": {"passed": {"type": "boolean"}}, "required": ["passed"]},
            {"properties": {"score": {"type": "number"}}, "required": ["score"]},
            {"properties": {"label": {"type": "string"}}, "required": ["label"]},
        ],
        "properties": {
            "details": {"type": ["string", "null"]},
            "error": {"oneOf": [{"$ref": "ErrorCapture"}, {"type": "null"}]},
            "evaluation_id": {"type": ["string", "null"]},
            "evaluation_thread_id": {"type": ["string", "null"]},
            "evaluator_id": {"type": ["string", "null"]},
            "inputs": {"type": ["object", "null"]},
            "is_guardrail": {"type": ["boolean", "null"]},
            "label": {"type": ["string", "null"]},
            "name": {"type": "string"},
            "passed": {"type": ["boolean", "null"]},
            "score": {"type": ["number", "null"]},
            "span_id": {"type": ["string", "null"]},
            "status": {"oneOf": [{"$ref": "EvaluationStatus"}, {"type": "null"}]},
            "timestamps": {"oneOf": [{"$ref": "EvaluationTimestamps"}, {"type": "null"}]},
            "type": {"type": ["string", "null"]},
        },
        "required": ["name"],
        "type": "object",
        "x-error-message": "needs a verdict: set `passed`, `score` or `label` (or status `error` or `skipped`)",
    },
    "Span": {
        "anyOf": [{"$ref": "LLMSpan"}, {"$ref": "RAGSpan"}, {"$ref": "BaseSpan"}],
        "x-union-strategy": "first-match",
    },
    "SpanInputOutput": {
        "discriminator": {
            "mapping": {
                "chat_messages": "TypedValueChatMessages",
                "evaluation_result": "TypedValueEvaluationResult",
                "guardrail_result": "TypedValueGuardrailResult",
                "json": "TypedValueJson",
                "list": "TypedValueList",
                "raw": "TypedValueRaw",
                "text": "TypedValueText",
            },
            "propertyName": "type",
        },
        "oneOf": [
            {"$ref": "TypedValueText"},
            {"$ref": "TypedValueRaw"},
            {"$ref": "TypedValueJson"},
            {"$ref": "TypedValueChatMessages"},
            {"$ref": "TypedValueGuardrailResult"},
            {"$ref": "TypedValueEvaluationResult"},
            {"$ref": "TypedValueList"},
        ],
    },
    "SpanMetrics": {
        "properties": {
            "cache_creation_input_tokens": {"type": ["number", "null"]},
            "cache_read_input_tokens": {"type": ["number", "null"]},
            "completion_tokens": {"type": ["number", "null"]},
            "cost": {"type": ["number", "null"]},
            "prompt_tokens": {"type": ["number", "null"]},
            "reasoning_tokens": {"type": ["number", "null"]},
            "tokens_estimated": {"type": ["boolean", "null"]},
        },
        "type": "object",
    },
    "SpanParams": {
        "additionalProperties": True,
        "properties": {
            "frequency_penalty": {"type": ["number", "null"]},
            "functions": {"items": {"type": "object"}, "type": ["array", "null"]},
            "logit_bias": {"additionalProperties": {"type": "number"}, "type": ["object", "null"]},
            "logprobs": {"type": ["boolean", "null"]},
            "max_tokens": {"type": ["number", "null"]},
            "n": {"type": ["number", "null"]},
            "parallel_tool_calls": {"type": ["boolean", "null"]},
            "presence_penalty": {"type": ["number", "null"]},
            "reasoning_effort": {"type": ["string", "null"]},
            "seed": {"type": ["number", "null"]},
            "stop": {"anyOf": [{"type": "string"}, {"items": {"type": "string"}, "type": "array"}, {"type": "null"}]},
            "stream": {"type": ["boolean", "null"]},
            "temperature": {"type": ["number", "null"]},
            "tool_choice": {"type": ["string", "object", "null"]},
            "tools": {"items": {"type": "object"}, "type": ["array", "null"]},
            "top_logprobs": {"type": ["number", "null"]},
            "top_p": {"type": ["number", "null"]},
            "user": {"type": ["string", "null"]},
        },
        "type": "object",
    },
    "SpanTimestamps": {
        "properties": {
            "finished_at": {"$ref": "EpochMillis"},
            "first_token_at": {"oneOf": [{"$ref": "EpochMillis"}, {"type": "null"}]},
            "ignore_timestamps_on_write": {"type": ["boolean", "null"]},
            "started_at": {"$ref": "EpochMillis"},
        },
        "required": ["started_at", "finished_at"],
        "type": "object",
    },
    "SpanType": {
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
        "type": "string",
    },
    "TextContentPart": {
        "properties": {"content": {"type": "string"}, "text": {"type": "string"}, "type": {"const": "text"}},
        "required": ["type"],
        "type": "object",
    },
    "ToolCall": {
        "properties": {"function": {"$ref": "FunctionCall"}, "id": {"type": "string"}, "type": {"type": "string"}},
        "required": ["id", "type", "function"],
        "type": "object",
    },
    "ToolCallContentPart": {
        "properties": {
            "args": {"type": "string"},
            "toolCallId": {"type": "string"},
            "toolName": {"type": "string"},
            "type": {"const": "tool_call"},
        },
        "required": ["type"],
        "type": "object",
    },
    "ToolResultContentPart": {
        "properties": {
            "result": {},
            "toolCallId": {"type": "string"},
            "toolName": {"type": "string"},
            "type": {"const": "tool_result"},
        },
        "required": ["type"],
        "type": "object",
    },
    "TraceMetadata": {
        "additionalProperties": {"$ref": "CustomMetadataValue"},
        "properties": {
            "customer_id": {"type": ["string", "null"]},
            "labels": {"$ref": "NullableStringList"},
            "prompt_ids": {"$ref": "NullableStringList"},
            "prompt_version_ids": {"$ref": "NullableStringList"},
            "sdk_language": {"type": ["string", "null"]},
            "sdk_name": {"type": ["string", "null"]},
            "sdk_version": {"type": ["string", "null"]},
            "subtopic_id": {"type": ["string", "null"]},
            "telemetry_sdk_language": {"type": ["string", "null"]},
            "telemetry_sdk_name": {"type": ["string", "null"]},
            "telemetry_sdk_version": {"type": ["string", "null"]},
            "thread_id": {"type": ["string", "null"]},
            "topic_id": {"type": ["string", "null"]},
            "user_id": {"type": ["string", "null"]},
        },
        "type": "object",
    },
    "TypedValueChatMessages": {
        "properties": {
            "type": {"const": "chat_messages"},
            "value": {"items": {"$ref": "ChatMessage"}, "type": "array"},
        },
        "required": ["type", "value"],
        "type": "object",
    },
    "TypedValueEvaluationResult": {
        "properties": {"type": {"const": "evaluation_result"}, "value": {"$ref": "EvaluationResult"}},
        "required": ["type", "value"],
        "type": "object",
    },
    "TypedValueGuardrailResult": {
        "properties": {"type": {"const": "guardrail_result"}, "value": {"$ref": "EvaluationResult"}},
        "required": ["type", "value"],
        "type": "object",
    },
    "TypedValueJson": {
        "properties": {"type": {"const": "json"}, "value": {}},
        "required": ["type", "value"],
        "type": "object",
    },
    "TypedValueList": {
        "properties": {"type": {"const": "list"}, "value": {"items": {"$ref": "SpanInputOutput"}, "type": "array"}},
        "required": ["type", "value"],
        "type": "object",
    },
    "TypedValueRaw": {
        "properties": {"type": {"const": "raw"}, "value": {"type": "string"}},
        "required": ["type", "value"],
        "type": "object",
    },
    "TypedValueText": {
        "properties": {"type": {"const": "text"}, "value": {"type": "string"}},
        "required": ["type", "value"],
        "type": "object",
    },
    "UntypedTextContentPart": {"properties": {"text": {"type": "string"}}, "required": ["text"], "type": "object"},
}

VALIDATOR = Validator(SCHEMAS)
