"""parse() and serialize(): JSON bytes in and out of the models, validated against the spec.

Both directions check the JSON form (the dict that is, or will be, on the wire) with the
spec's validator and the server's own rules, so a model built by hand with a wrong value
is caught before sending just as a wrong document is caught when parsed.
"""

from __future__ import annotations

import math
import typing
from collections.abc import Mapping
from typing import Any, TypeVar, overload

import attrs

from langwatch_collector import models
from langwatch_collector._converter import SCHEMA_NAMES, converter
from langwatch_collector._schemas import VALIDATOR
from langwatch_collector.runtime import jsontext, rules
from langwatch_collector.runtime.errors import ValidationError
from langwatch_collector.runtime.validation import child_path, json_type

JSON_BACKEND = "stdlib json" if jsontext.orjson is None else "orjson"

T = TypeVar("T")

# The package's one JSON reader and writer (see jsontext): the names kept for existing callers.
dumps = jsontext.dumps
loads = jsontext.loads


def _schema_name(type_: type) -> str:
    try:
        return SCHEMA_NAMES[type_]
    except KeyError:
        raise TypeError(f"{type_!r} is not a model of langwatch_collector.models") from None


def check(schema_name: str, document: Any) -> list[tuple[str, str]]:
    """Every problem of a JSON document against a schema and the server's rules."""
    if not isinstance(document, Mapping):
        return [("", f"expected a JSON object, got {json_type(document)}")]
    errors = VALIDATOR.errors(schema_name, document)
    if schema_name == "CollectorRequest":
        errors.extend(rules.check_request(document))
    return errors


@overload
def parse(data: bytes | str | Mapping[str, Any]) -> models.CollectorRequest: ...


@overload
def parse(data: bytes | str | Mapping[str, Any], type_: type[T]) -> T: ...


def parse(data: bytes | str | Mapping[str, Any], type_: type[Any] = models.CollectorRequest) -> Any:
    """Decodes and validates a document into a model; raises ValidationError listing every problem."""
    schema_name = _schema_name(type_)
    if isinstance(data, (bytes, bytearray, memoryview, str)):
        try:
            document = loads(bytes(data) if isinstance(data, memoryview) else data)
        except ValueError as error:
            raise ValidationError([("", f"not valid JSON: {error}")]) from None
    else:  # the validator reads plain dicts, as JSON decoding makes them
        document = dict(data) if isinstance(data, Mapping) and not isinstance(data, dict) else data
    errors = check(schema_name, document)
    if errors:
        raise ValidationError(errors)
    return converter.structure(document, type_)


def to_document(model: Any, *, validate: bool = True) -> dict[str, Any]:
    """The JSON form of a model, as a dict, checked unless `validate` is False."""
    schema_name = _schema_name(type(model))
    try:
        document: dict[str, Any] = converter.unstructure(model)
    except Exception as error:  # a value of the wrong kind where a model was expected
        problems = _locate(model, "") or [("", str(error))]
        raise ValidationError(problems) from error
    if validate:
        errors = check(schema_name, document)
        if errors:
            raise ValidationError(errors)
    return document


def serialize(model: Any, *, validate: bool = True) -> bytes:
    """Compact UTF-8 JSON of a model, with the spec's field names and absent fields left out."""
    return encode(to_document(model, validate=validate))


def encode(document: Any) -> bytes:
    """dumps(), with a ValidationError naming the field when a value cannot be encoded."""
    try:
        return dumps(document)
    except (TypeError, ValueError) as error:  # NaN in a free JSON value, or unchecked odd values
        problems = _unencodable(document, "") or [("", f"cannot be encoded as JSON: {error}")]
        raise ValidationError(problems) from error


def _unencodable(value: Any, path: str) -> list[tuple[str, str]]:
    if isinstance(value, float) and math.isnan(value):
        return [(path, "NaN is not JSON: the server would reject the body")]
    if isinstance(value, Mapping):
        return [problem for key, item in value.items() for problem in _unencodable(item, child_path(path, str(key)))]
    if isinstance(value, (list, tuple)):
        return [problem for index, item in enumerate(value) for problem in _unencodable(item, child_path(path, index))]
    return []


def _locate(value: Any, path: str) -> list[tuple[str, str]]:
    """Finds, for an error message, where a model holds something that is not JSON-shaped."""
    if attrs.has(type(value)):
        problems = []
        hints = typing.get_type_hints(type(value), vars(models))
        for field in attrs.fields(type(value)):
            item = getattr(value, field.name)
            if field.name == "additional_properties":
                declared = {other.name for other in attrs.fields(type(value))} - {field.name}
                for key in sorted(declared & set(item)):
                    problems.append((child_path(path, key), "set as an additional property; set the field instead"))
                continue
            problems.extend(_check_kind(item, hints[field.name], child_path(path, field.name)))
        return problems
    if isinstance(value, (list, tuple)):
        return [problem for index, item in enumerate(value) for problem in _locate(item, child_path(path, index))]
    return []


def _check_kind(item: Any, hint: Any, path: str) -> list[tuple[str, str]]:
    wanted = [arg for arg in _flatten(hint) if isinstance(arg, type) and attrs.has(arg)]
    if wanted and isinstance(item, Mapping):
        names = " or ".join(f"models.{cls.__name__}" for cls in wanted)
        return [(path, f"expected {names}, got a dict (build it with the model class)")]
    return _locate(item, path)


def _flatten(hint: Any) -> list[Any]:
    args = typing.get_args(hint)
    if not args:
        return [hint]
    return [hint, *[leaf for arg in args for leaf in _flatten(arg)]]
