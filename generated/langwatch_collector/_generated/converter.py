# Generated from openapi/collector.yaml by codegen: do not edit, run scripts/generate.
"""The cattrs converter for the models.

Absent optional fields (None) are left out on output; a `const` tag such as `type` is always
written. Tagged unions dispatch on their discriminator; first-match unions take, as the
server does, the first member the value is valid against. Structuring runs only on data the
validator has accepted as a whole, which is what lets a member that extends the union's last
one be recognised by its own additions alone.
"""

from collections.abc import Callable, Mapping
from typing import Any, Union

import cattrs
from cattrs.gen import make_dict_structure_fn, make_dict_unstructure_fn, override
from cattrs.strategies import configure_tagged_union

from langwatch_collector._generated import models
from langwatch_collector._generated.converter_support import matches_union, new_converter
from langwatch_collector.contract import VALIDATOR

converter: cattrs.Converter = new_converter()

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

_ALWAYS_WRITTEN: dict[type, tuple[str, ...]] = {
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

_ADDITIONAL_PROPERTIES: dict[type, frozenset[str]] = {
    models.AudioContentPart: frozenset(
        {
            "source",
            "type",
        }
    ),
    models.AudioSource: frozenset(
        {
            "mimeType",
            "type",
            "value",
        }
    ),
    models.BinaryContentPart: frozenset(
        {
            "data",
            "filename",
            "id",
            "mimeType",
            "type",
            "url",
        }
    ),
    models.ChatMessage: frozenset(
        {
            "content",
            "function_call",
            "name",
            "parts",
            "reasoning_content",
            "role",
            "tool_call_id",
            "tool_calls",
        }
    ),
    models.EvaluationResult: frozenset(
        {
            "cost",
            "details",
            "label",
            "passed",
            "score",
            "status",
        }
    ),
    models.FileContentPart: frozenset(
        {
            "data",
            "filename",
            "mediaType",
            "type",
            "url",
        }
    ),
    models.FileReference: frozenset(
        {
            "file_data",
            "file_id",
            "filename",
        }
    ),
    models.FileReferenceContentPart: frozenset(
        {
            "file",
            "type",
        }
    ),
    models.FunctionCall: frozenset(
        {
            "arguments",
            "name",
        }
    ),
    models.ImageContentPart: frozenset(
        {
            "image",
            "mediaType",
            "type",
        }
    ),
    models.ImageUrl: frozenset(
        {
            "detail",
            "url",
        }
    ),
    models.ImageUrlContentPart: frozenset(
        {
            "image_url",
            "type",
        }
    ),
    models.InputAudio: frozenset(
        {
            "data",
            "format",
            "id",
            "mimeType",
            "url",
        }
    ),
    models.InputAudioContentPart: frozenset(
        {
            "input_audio",
            "type",
        }
    ),
    models.Money: frozenset(
        {
            "amount",
            "currency",
        }
    ),
    models.SpanParams: frozenset(
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
    ),
    models.TextContentPart: frozenset(
        {
            "content",
            "text",
            "type",
        }
    ),
    models.ToolCall: frozenset(
        {
            "function",
            "id",
            "type",
        }
    ),
    models.ToolCallContentPart: frozenset(
        {
            "args",
            "toolCallId",
            "toolName",
            "type",
        }
    ),
    models.ToolResultContentPart: frozenset(
        {
            "result",
            "toolCallId",
            "toolName",
            "type",
        }
    ),
    models.TraceMetadata: frozenset(
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
    ),
    models.UntypedTextContentPart: frozenset(
        {
            "text",
        }
    ),
}

# Models that keep, under a declared name, a value of another type in `additional_properties`
# (`x-ill-typed-kept`): the server stores it, so the model keeps it and the typed field stays None.
ILL_TYPED_KEPT: frozenset[type] = frozenset(
    {
        models.SpanParams,
    }
)


def _make_unstructure(cls: type) -> Callable[[Any], dict[str, Any]]:
    overrides: dict[str, Any] = {name: override(omit_if_default=False) for name in _ALWAYS_WRITTEN.get(cls, ())}
    known = _ADDITIONAL_PROPERTIES.get(cls)
    if known is None:
        return make_dict_unstructure_fn(cls, converter, _cattrs_omit_if_default=True, **overrides)
    named: Callable[[Any], dict[str, Any]] = make_dict_unstructure_fn(
        cls, converter, _cattrs_omit_if_default=True, additional_properties=override(omit=True), **overrides
    )

    def unstructure(instance: Any) -> dict[str, Any]:
        result = named(instance)
        extra: Mapping[str, Any] = instance.additional_properties
        if extra:
            clashes = sorted(known & extra.keys())
            if cls in ILL_TYPED_KEPT:  # an ill-typed value may stand in for a field left None
                clashes = [name for name in clashes if getattr(instance, name) is not None]
            if clashes:
                raise ValueError(f"additional_properties names declared fields {clashes}: set the fields instead")
            result.update(extra)
        return result

    return unstructure


def _make_structure(cls: type) -> Callable[[Any, Any], Any]:
    known = _ADDITIONAL_PROPERTIES.get(cls)
    if known is None:
        return make_dict_structure_fn(cls, converter)
    named: Callable[[Any, Any], Any] = make_dict_structure_fn(cls, converter, additional_properties=override(omit=True))

    schema_name = SCHEMA_NAMES[cls]
    keeps_ill_typed = cls in ILL_TYPED_KEPT

    def structure(value: Mapping[str, Any], _type: Any) -> Any:
        ill_typed: set[str] = set()
        if keeps_ill_typed:
            ill_typed = {key for key in known & value.keys() if not VALIDATOR.is_valid(schema_name, {key: value[key]})}
        typed = {key: item for key, item in value.items() if key not in ill_typed} if ill_typed else value
        instance = named(typed, cls)
        instance.additional_properties = {
            key: item for key, item in value.items() if key not in known or key in ill_typed
        }
        return instance

    return structure


converter.register_unstructure_hook_factory(lambda cls: cls in SCHEMA_NAMES, _make_unstructure)
converter.register_structure_hook_factory(lambda cls: cls in SCHEMA_NAMES, _make_structure)


SpanInputOutput = Union[
    models.TypedValueChatMessages,
    models.TypedValueEvaluationResult,
    models.TypedValueGuardrailResult,
    models.TypedValueJson,
    models.TypedValueList,
    models.TypedValueRaw,
    models.TypedValueText,
]
_SpanInputOutput_TAGS: dict[type, str] = {
    models.TypedValueChatMessages: "chat_messages",
    models.TypedValueEvaluationResult: "evaluation_result",
    models.TypedValueGuardrailResult: "guardrail_result",
    models.TypedValueJson: "json",
    models.TypedValueList: "list",
    models.TypedValueRaw: "raw",
    models.TypedValueText: "text",
}
configure_tagged_union(
    SpanInputOutput,
    converter,
    tag_generator=_SpanInputOutput_TAGS.__getitem__,
    tag_name="type",
)


_Span_MEMBERS = frozenset(
    {
        models.LLMSpan,
        models.RAGSpan,
        models.BaseSpan,
    }
)


def _structure_Span(value: Mapping[str, Any], _type: Any) -> Any:
    tag = value.get("type")
    if tag == "llm" and VALIDATOR.extension_is_valid("LLMSpan", value):
        return converter.structure(value, models.LLMSpan)
    if tag == "rag" and VALIDATOR.extension_is_valid("RAGSpan", value):
        return converter.structure(value, models.RAGSpan)
    return converter.structure(value, models.BaseSpan)


converter.register_structure_hook_func(lambda tp: matches_union(tp, _Span_MEMBERS), _structure_Span)

_ChatRichContent_MEMBERS = frozenset(
    {
        models.TextContentPart,
        models.UntypedTextContentPart,
        models.ImageUrlContentPart,
        models.ToolCallContentPart,
        models.ToolResultContentPart,
        models.BinaryContentPart,
        models.InputAudioContentPart,
        models.AudioContentPart,
        models.ImageContentPart,
        models.FileContentPart,
        models.FileReferenceContentPart,
    }
)


def _structure_ChatRichContent(value: Mapping[str, Any], _type: Any) -> Any:
    tag = value.get("type")
    if tag == "text" and VALIDATOR.is_valid("TextContentPart", value):
        return converter.structure(value, models.TextContentPart)
    if VALIDATOR.is_valid("UntypedTextContentPart", value):
        return converter.structure(value, models.UntypedTextContentPart)
    if tag == "image_url" and VALIDATOR.is_valid("ImageUrlContentPart", value):
        return converter.structure(value, models.ImageUrlContentPart)
    if tag == "tool_call" and VALIDATOR.is_valid("ToolCallContentPart", value):
        return converter.structure(value, models.ToolCallContentPart)
    if tag == "tool_result" and VALIDATOR.is_valid("ToolResultContentPart", value):
        return converter.structure(value, models.ToolResultContentPart)
    if tag == "binary" and VALIDATOR.is_valid("BinaryContentPart", value):
        return converter.structure(value, models.BinaryContentPart)
    if tag == "input_audio" and VALIDATOR.is_valid("InputAudioContentPart", value):
        return converter.structure(value, models.InputAudioContentPart)
    if tag == "audio" and VALIDATOR.is_valid("AudioContentPart", value):
        return converter.structure(value, models.AudioContentPart)
    if tag == "image" and VALIDATOR.is_valid("ImageContentPart", value):
        return converter.structure(value, models.ImageContentPart)
    if tag == "file" and VALIDATOR.is_valid("FileContentPart", value):
        return converter.structure(value, models.FileContentPart)
    return converter.structure(value, models.FileReferenceContentPart)


converter.register_structure_hook_func(
    lambda tp: matches_union(tp, _ChatRichContent_MEMBERS), _structure_ChatRichContent
)


def _prepare() -> None:
    """Builds every hook once, at import, rather than on a first request."""
    for cls in SCHEMA_NAMES:
        converter.get_unstructure_hook(cls)
        converter.get_structure_hook(cls)


_prepare()
