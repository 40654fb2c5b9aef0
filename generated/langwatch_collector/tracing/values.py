"""Plain Python values turned into the spec's typed span inputs and outputs.

The span API takes whatever a program has (a prompt string, OpenAI-style message dicts, a
tool's result) and writes it in the JSON form of `SpanInputOutput`:

- a typed model (`models.TypedValueText`, …) is kept as it is;
- a string becomes `text`;
- a non-empty list of message dicts (each with a known `role` and only `ChatMessage` keys), or
  of `models.ChatMessage`, becomes `chat_messages`;
- anything else becomes `json`, made JSON-safe: tuples and sets become lists, keys become
  strings, attrs classes and dataclasses become objects, pydantic models are dumped, and what
  JSON cannot hold (NaN, infinities, arbitrary objects) becomes its `repr`.

Hand-written: the mapping is a small heuristic of this package's own (no library knows the
spec's typed values); the validation that follows is the codec's.
"""

from __future__ import annotations

import dataclasses
import math
import typing
from collections.abc import Callable, Mapping
from typing import Any, cast

import attrs

from langwatch_collector import codec, models
from langwatch_collector._generated.converter import converter

TYPED_VALUES: tuple[type, ...] = (
    *(arg for arg in typing.get_args(models.SpanInputOutput) if isinstance(arg, type)),
    models.TypedValueList,  # named by a forward reference in the union
)
CHAT_ROLES = frozenset(typing.get_args(models.ChatRole))
CHAT_MESSAGE_KEYS = frozenset(field.name for field in attrs.fields(models.ChatMessage))
_MAX_DEPTH = 64  # deeper values are cut (as their repr) rather than recursing without bound


def to_document(value: Any) -> dict[str, Any] | None:
    """The JSON form of `value` as a span input or output (None stays None)."""
    if value is None:
        return None
    if isinstance(value, str):
        return {"type": "text", "value": value}
    if isinstance(value, TYPED_VALUES):
        document: dict[str, Any] = converter.unstructure(value)
        return document
    if _is_chat(value):
        messages = [
            converter.unstructure(item) if isinstance(item, models.ChatMessage) else dict(item) for item in value
        ]
        return {"type": "chat_messages", "value": messages}
    return {"type": "json", "value": jsonable(value)}


class NotDirect(Exception):
    """A value given as plain data that only a reading of the whole trace can make into models
    (rich chat content, keys a model does not name): the span API then builds the trace's JSON
    document instead, and the codec reads it."""


_PLAIN_MESSAGE_KEYS = frozenset({"role", "content", "name", "tool_call_id", "reasoning_content"})
"""ChatMessage keys whose values are plain JSON: a message with only these, its content a string,
becomes a model without a reading."""


def to_model(value: Any) -> models.SpanInputOutput | None:
    """`value` as the spec's typed model, built without a reading (the request it goes into is
    checked once, as it is serialized); NotDirect when only a reading can build it."""
    if value is None or isinstance(value, TYPED_VALUES):
        return cast("models.SpanInputOutput | None", value)
    if isinstance(value, str):
        return models.TypedValueText(value=value)
    if _is_chat(value):
        return models.TypedValueChatMessages(value=[_message(item) for item in value])
    return models.TypedValueJson(value=jsonable(value))


def _message(item: Any) -> models.ChatMessage:
    if isinstance(item, models.ChatMessage):
        return item
    content = item.get("content")
    if not _PLAIN_MESSAGE_KEYS.issuperset(item) or not (content is None or isinstance(content, str)):
        raise NotDirect("a chat message with rich content")
    return models.ChatMessage(**item)


def to_typed_value(value: Any) -> models.SpanInputOutput | None:
    """`value` as the spec's typed model (validated; ValidationError names what is wrong)."""
    if value is None or isinstance(value, TYPED_VALUES):
        return cast("models.SpanInputOutput | None", value)
    document = to_document(value)
    assert document is not None
    typed: models.SpanInputOutput = codec.parse(document, _BY_TAG[document["type"]])
    return typed


_BY_TAG: dict[str, type] = {attrs.fields(cls).type.default: cls for cls in TYPED_VALUES}


def _is_chat(value: Any) -> bool:
    if not isinstance(value, (list, tuple)) or not value:
        return False
    for item in value:
        if isinstance(item, models.ChatMessage):
            continue
        if not isinstance(item, Mapping) or item.get("role") not in CHAT_ROLES:
            return False
        if not CHAT_MESSAGE_KEYS.issuperset(item):
            return False
    return True


def jsonable(value: Any, depth: int = 0, _open: set[int] | None = None) -> Any:
    """`value` as something JSON can hold, without losing what it can keep (a container that
    holds itself is cut where it repeats)."""
    if value is None or isinstance(value, (str, bool, int)):
        return value
    if isinstance(value, float):
        return value if math.isfinite(value) else repr(value)
    if depth >= _MAX_DEPTH:
        return repr(value)
    if isinstance(value, (Mapping, list, tuple, set, frozenset)):
        opened = _open if _open is not None else set()
        if id(value) in opened:
            return "<cycle>"
        opened.add(id(value))
        try:
            if isinstance(value, Mapping):
                return {str(key): jsonable(item, depth + 1, opened) for key, item in value.items()}
            return [jsonable(item, depth + 1, opened) for item in value]
        finally:
            opened.discard(id(value))
    if attrs.has(type(value)):
        if type(value) in _MODEL_TYPES:
            return converter.unstructure(value)
        return jsonable(attrs.asdict(value, recurse=False), depth + 1)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return jsonable({field.name: getattr(value, field.name) for field in dataclasses.fields(value)}, depth + 1)
    dump = getattr(value, "model_dump", None)  # pydantic v2, without importing it
    if callable(dump):
        try:
            return jsonable(dump(mode="json"), depth + 1)
        except Exception:
            return repr(value)
    if isinstance(value, (bytes, bytearray)):
        return bytes(value).decode("utf-8", "replace")
    return repr(value)


_MODEL_TYPES = frozenset(value for value in vars(models).values() if isinstance(value, type) and attrs.has(value))


def approx_size(value: Any, depth: int = 0, _walk: _Walk | None = None) -> int:
    """About how many bytes `value` takes as JSON: what the exporter counts against its byte bound.

    Strings count their length, other scalars a few bytes; containers and attrs instances add
    their items and a little for keys and punctuation. Cheap rather than exact; a container that
    holds itself is counted once. It runs on the application's thread when a span ends, so the
    strings and scalars inside a container are counted in place, without a call each, and a part
    that appears many times (shared, not a cycle) is walked once and counted each time it appears,
    as JSON writes it: ten levels of `[part, part]` are 1,024 copies, not 1,024 walks.
    """
    kind = type(value)
    if kind is str:
        return len(value) + 2
    if value is None or kind in _SCALARS:
        return 8
    if isinstance(value, str):  # a str subclass, such as a str enum
        return len(value) + 2
    if depth >= _MAX_DEPTH:
        return 8
    walk, opened, cycles = _walk, False, 0
    if walk is not None:
        known = walk.sizes.get((id(value), depth))  # below the same depth, the same cut: the same size
        if known is not None:
            return known[1]
        if id(value) in walk.open:  # it holds itself
            walk.cycles += 1
            return 8
        cycles = walk.cycles
    if kind is dict or kind is list or kind is tuple or isinstance(value, (dict, list, tuple)):
        size = 2
        if isinstance(value, dict):
            for key, item in value.items():
                size += (len(key) if type(key) is str else 8) + 4
                item_kind = type(item)
                if item_kind is str:
                    size += len(item) + 2
                elif item is None or item_kind in _SCALARS:
                    size += 8
                else:
                    if not opened:
                        walk, opened = _opened(value, walk), True
                    size += approx_size(item, depth + 1, walk)
        else:
            for item in value:
                item_kind = type(item)
                if item_kind is str:
                    size += len(item) + 3
                elif item is None or item_kind in _SCALARS:
                    size += 9
                else:
                    if not opened:
                        walk, opened = _opened(value, walk), True
                    size += 1 + approx_size(item, depth + 1, walk)
    elif isinstance(value, (bool, int, float)):
        return 8
    elif (fields := getattr(kind, "__attrs_attrs__", None)) is not None:
        size = 2
        for field in fields:
            item = getattr(value, field.name)
            if item is not None:
                if not opened:
                    walk, opened = _opened(value, walk), True
                size += len(field.name) + 4 + approx_size(item, depth + 1, walk)
    elif isinstance(value, Mapping):  # a copy, counted in place of the value
        return approx_size(dict(value), depth, _walk)
    elif isinstance(value, (set, frozenset)):
        return approx_size(list(value), depth, _walk)
    else:
        return 16
    if opened and walk is not None:
        walk.open.discard(id(value))
        if _walk is not None and walk.cycles == cycles:  # no cycle cut below: its size wherever met
            walk.sizes[id(value), depth] = (value, size)
    return size


class _Walk:
    """What one estimate has met: the parts open on its path, the sizes of the parts walked that
    hold others (each kept alive, so that its id stays its own), and the cycles it cut. A part
    that holds only strings and scalars is counted again where met again: that is cheap, and its
    parent's size is kept."""

    __slots__ = ("cycles", "open", "sizes")

    def __init__(self) -> None:
        self.open: set[int] = set()
        self.sizes: dict[tuple[int, int], tuple[Any, int]] = {}
        self.cycles = 0


def _opened(value: Any, walk: _Walk | None) -> _Walk:
    """The walk (begun here if none is), with `value` open on its path."""
    walk = walk if walk is not None else _Walk()
    walk.open.add(id(value))
    return walk


_SCALARS = frozenset({int, float, bool})


# What a queued trace holds in memory beyond its large values, measured with tracemalloc on
# typical traces (Python objects weigh more than their JSON): the request and its lists; a span's
# objects (ids, timestamps, type, name, metrics, params); an evaluation; reserved metadata.
_REQUEST_ALLOWANCE = 300
_SPAN_ALLOWANCE = 1000
_EVALUATION_ALLOWANCE = 400
_METADATA_ALLOWANCE = 400
_STRING_OVERHEAD = 50  # a str object beyond its characters
_MESSAGE_ALLOWANCE = 150  # a ChatMessage object with its role


def approx_request_size(request: models.CollectorRequest) -> int:
    """About how many bytes a trace holds in memory, fast: the values that can be large (inputs,
    outputs, contexts, errors, details, custom metadata) are measured; the small fixed parts get
    an allowance. What the exporter counts against its byte bound."""
    size = _REQUEST_ALLOWANCE
    metadata = request.metadata
    if metadata is not None:  # reserved keys are short; custom ones can be anything
        size += _METADATA_ALLOWANCE
        if metadata.additional_properties:
            size += approx_size(metadata.additional_properties)
    for span in request.spans or ():
        size += _SPAN_ALLOWANCE
        value = span.input
        if value is not None:
            size += _SIZERS.get(type(value), approx_size)(value)
        value = span.output
        if value is not None:
            size += _SIZERS.get(type(value), approx_size)(value)
        if span.error is not None:
            size += approx_size(span.error.stacktrace) + len(span.error.message)
        if type(span) is models.RAGSpan:
            size += approx_size([chunk.content for chunk in span.contexts]) + 50 * len(span.contexts)
    for evaluation in request.evaluations or ():
        size += _EVALUATION_ALLOWANCE + len(evaluation.details or "")
        if evaluation.inputs:
            size += approx_size(evaluation.inputs)
    if request.expected_output:
        size += len(request.expected_output)
    return size


def _text_size(value: Any) -> int:
    return _STRING_OVERHEAD + 30 + len(value.value)


def _chat_size(value: models.TypedValueChatMessages) -> int:
    size = 30
    for message in value.value:
        content = message.content
        size += _MESSAGE_ALLOWANCE + (len(content) if type(content) is str else approx_size(message))
    return size


def _list_size(value: models.TypedValueList) -> int:
    return 30 + sum(_SIZERS.get(type(item), approx_size)(item) for item in value.value)


_SIZERS: dict[type, Callable[[Any], int]] = {
    models.TypedValueText: _text_size,
    models.TypedValueRaw: _text_size,
    models.TypedValueChatMessages: _chat_size,
    models.TypedValueJson: lambda value: 30 + approx_size(value.value),
    models.TypedValueList: _list_size,
}
