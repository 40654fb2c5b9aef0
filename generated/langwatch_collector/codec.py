"""parse() and serialize(): JSON bytes in and out of the models, read as the server reads them.

A request (`CollectorRequest`) is judged by `server_reading`, the server's own reading of a
body: `parse` accepts exactly what the server accepts and returns what the server keeps (its
normalized form, legacy shapes converted), and logs each conversion or drop the server makes
as a warning on the `langwatch_collector` logger (`parse_with_warnings` returns them). Other
models are checked against their schema. `serialize` checks the JSON form the same way, so a
model built by hand with a wrong value is caught before sending.

Both directions first try the generated codecs (`_codecs`, which check while they convert) and,
for a request, the route's rules on clean data (`fast_reading`); anything they do not take as it
is (`Unusual`) is read by the exact path above, which gives the same result whenever both apply
and alone writes path-precise problems and warnings.
"""

from __future__ import annotations

import logging
import math
import typing
from collections.abc import Mapping
from typing import Any, TypeVar, overload

import attrs

from langwatch_collector import fast_reading, jsontext, models, server_reading, trace_limits
from langwatch_collector._generated import codecs as _codecs
from langwatch_collector._generated.codec_support import Unusual
from langwatch_collector._generated.codecs import ILL_TYPED_KEPT, SCHEMA_NAMES
from langwatch_collector.contract import VALIDATOR
from langwatch_collector.converter_support import lenient_structure, lenient_unstructure
from langwatch_collector.errors import ValidationError
from langwatch_collector.validation import child_path, json_type

JSON_BACKEND = "stdlib json" if jsontext.orjson is None else "orjson"

T = TypeVar("T")
Problems = list[tuple[str, str]]

logger = logging.getLogger("langwatch_collector")

# The package's one JSON reader and writer (see jsontext): the names kept for existing callers.
dumps = jsontext.dumps
loads = jsontext.loads


def _model_type(model: Any) -> type:
    """The model's class, or the TypeError `_schema_name` gives for anything else."""
    type_ = type(model)
    if type_ not in _codecs.ENCODERS:
        _schema_name(type_)
    return type_


def _schema_name(type_: type) -> str:
    try:
        return SCHEMA_NAMES[type_]
    except KeyError:
        raise TypeError(f"{type_!r} is not a model of langwatch_collector.models") from None


def check(schema_name: str, document: Any) -> Problems:
    """Every problem of a JSON document against a schema (a request: as the server reads it)."""
    if not isinstance(document, Mapping):
        return [("", f"expected a JSON object, got {json_type(document)}")]
    if schema_name == "CollectorRequest":
        return _read_request(document, keep_document=False).problems
    return VALIDATOR.errors(schema_name, document)


def _read_request(document: Any, *, keep_document: bool = True) -> server_reading.ServerReading:
    try:
        reading = server_reading.read(document, keep_document=keep_document)
    except RecursionError:  # a value nested deeper than Python's stack, built in Python
        raise ValidationError([("", "nested too deeply to be read")]) from None
    if not reading.accepted and not reading.problems:  # pragma: no cover - every refusal names a problem
        return attrs.evolve(reading, problems=[("", f"the server would answer {reading.status}: {reading.answer}")])
    return reading


@overload
def parse(data: bytes | str | Mapping[str, Any]) -> models.CollectorRequest: ...


@overload
def parse(data: bytes | str | Mapping[str, Any], type_: type[T]) -> T: ...


def parse(data: bytes | str | Mapping[str, Any], type_: type[Any] = models.CollectorRequest) -> Any:
    """Decodes and validates a document into a model; raises ValidationError listing every problem.

    A request is read as the server reads it (legacy shapes converted, unknown keys dropped),
    and each conversion is logged as a warning (logger `langwatch_collector`).
    """
    value, warnings = parse_with_warnings(data, type_)
    for path, message in warnings:
        logger.warning("%s: %s", path or "body", message)
    return value


@overload
def parse_with_warnings(data: bytes | str | Mapping[str, Any]) -> tuple[models.CollectorRequest, Problems]: ...


@overload
def parse_with_warnings(data: bytes | str | Mapping[str, Any], type_: type[T]) -> tuple[T, Problems]: ...


def parse_with_warnings(
    data: bytes | str | Mapping[str, Any], type_: type[Any] = models.CollectorRequest
) -> tuple[Any, Problems]:
    """`parse`, returning the server's silent conversions and drops as (path, message) instead of logging them."""
    if type(data) is bytes and type_ is models.CollectorRequest and len(data) <= trace_limits.MAX_BODY_BYTES:
        document = _loaded(data, check_depth=not _CODECS_BOUND_DEPTH)  # the common case, without `_decoded`'s tests
    else:
        document = _decoded(data, _schema_name(type_), check_depth=not _CODECS_BOUND_DEPTH)
    try:
        if type_ is models.CollectorRequest:
            return fast_reading.read_request(document), []
        return _codecs.DECODERS[type_](document), []
    except (Unusual, RecursionError):
        if _CODECS_BOUND_DEPTH:
            _check_depth(document)
        return _parse_exactly(document, type_)


# The codecs take no value deeper than this, far within the client's limit, so a value they take
# needs no walk of its own for depth (most of reading a 200-span body); what they refuse gets it.
_CODECS_BOUND_DEPTH = _codecs.MAX_ACCEPTED_DEPTH is not None and _codecs.MAX_ACCEPTED_DEPTH < jsontext.MAX_DEPTH


def _decoded(data: bytes | str | Mapping[str, Any], schema_name: str, *, check_depth: bool = True) -> Any:
    """The JSON value of `data` (a request within the server's size limit), as plain dicts; its
    depth within the client's limit unless `check_depth` is False (the caller checks it later)."""
    if isinstance(data, (bytes, bytearray, memoryview, str)):
        if type(data) is bytes:
            size = len(data)
        else:
            size = len(data.encode("utf-8", "surrogatepass")) if isinstance(data, str) else len(bytes(data))
        if schema_name == "CollectorRequest" and size > trace_limits.MAX_BODY_BYTES:
            raise ValidationError([("", trace_limits.over_body_limit(size))])
        return _loaded(data, check_depth=check_depth)
    # the validator reads plain dicts, as JSON decoding makes them
    document = dict(data) if isinstance(data, Mapping) and not isinstance(data, dict) else data
    if check_depth:
        _check_depth(document)
    return document


def _loaded(data: bytes | bytearray | memoryview | str, *, check_depth: bool) -> Any:
    try:
        return loads(data) if check_depth else jsontext.loads_unbounded(data)
    except ValueError as error:
        raise ValidationError([("", f"not valid JSON: {error}")]) from None


def _check_depth(document: Any) -> None:
    try:
        jsontext.check_depth(document)
    except ValueError as error:
        raise ValidationError([("", f"not valid JSON: {error}")]) from None


def _parse_exactly(document: Any, type_: type[Any]) -> tuple[Any, Problems]:
    """A decoded document read exactly: the server's reading for a request, else the validator."""
    schema_name = _schema_name(type_)
    if schema_name != "CollectorRequest":
        errors = check(schema_name, document)
        if errors:
            raise ValidationError(errors)
        return lenient_structure(document, type_), []
    reading = _read_request(document)  # a value that is not an object is refused there
    if not reading.accepted or reading.document is None:
        raise ValidationError(reading.problems)
    model = lenient_structure(_without_what_the_server_adds(document, reading.document), type_)
    return model, _reported(reading.warnings)


def _reported(warnings: Problems) -> Problems:
    """The reading's warnings, less the age of spans: that depends on when the trace is sent, so
    the client judges it when it prepares the trace, once per trace (trace_limits.warn_about_old_spans)."""
    return [(path, message) for path, message in warnings if message != server_reading.OLD_SPAN_WARNING]


def _without_what_the_server_adds(original: Mapping[str, Any], normalized: dict[str, Any]) -> dict[str, Any]:
    """The normalized form minus an empty `metadata` or `spans` the body did not give: the
    server adds those itself, so the model (and what it writes) need not carry them."""
    result = dict(normalized)
    for key, empty in (("metadata", {}), ("spans", [])):
        if result.get(key) == empty and original.get(key) is None:
            del result[key]
    return result


def to_document(model: Any, *, validate: bool = True) -> dict[str, Any]:
    """The JSON form of a model, as a dict, checked unless `validate` is False."""
    try:
        return _document_fast(model, validate=validate)
    except (Unusual, RecursionError):
        return _to_document_exactly(model, validate=validate)


def _document_fast(model: Any, *, validate: bool) -> dict[str, Any]:
    """The codec's JSON form of a model (and, for a request, the route's rules on it); `Unusual`
    for anything the exact path must write or judge."""
    document: dict[str, Any]
    if type(model) is models.CollectorRequest:  # the common case first: no table to look up
        document = _codecs.encode_CollectorRequest(model)
        if validate:
            fast_reading.judge_request(document)
        return document
    document = _codecs.ENCODERS[_model_type(model)](model)
    return document


def _to_document_exactly(model: Any, *, validate: bool) -> dict[str, Any]:
    """A model written as it is, then judged exactly: the server's reading for a request."""
    schema_name = _schema_name(type(model))
    try:
        document: dict[str, Any] = lenient_unstructure(model)
    except Exception as error:  # a value of the wrong kind where a model was expected
        problems = _locate(model, "") or [("", str(error))]
        raise ValidationError(problems) from error
    if not validate:
        return document
    if schema_name != "CollectorRequest":
        errors = check(schema_name, document)
        if errors:
            raise ValidationError(errors)
        return document
    reading = _read_request(document, keep_document=False)  # only judged: the document is ours
    if not reading.accepted:
        raise ValidationError(reading.problems)
    for path, message in _reported(reading.warnings):
        logger.warning("%s: %s", path or "body", message)
    return document


def serialize(model: Any, *, validate: bool = True) -> bytes:
    """Compact UTF-8 JSON of a model, with the spec's field names and absent fields left out."""
    try:
        document = _document_fast(model, validate=validate)
    except (Unusual, RecursionError):
        return encode(_to_document_exactly(model, validate=validate))
    return encode(document, known_finite=True)  # the codecs let no NaN or infinity through


def encode(document: Any, *, known_finite: bool = False) -> bytes:
    """dumps(), with a ValidationError naming the field when a value cannot be encoded."""
    try:
        return dumps(document, known_finite=known_finite)
    except (TypeError, ValueError, RecursionError) as error:  # NaN, too deep, or unchecked odd values
        try:
            jsontext.check_depth(document)
            problems = _unencodable(document, "") or [("", f"cannot be encoded as JSON: {error}")]
        except ValueError as too_deep:
            problems = [("", f"cannot be encoded as JSON: {too_deep}")]
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
                if type(value) in ILL_TYPED_KEPT:  # may stand in for a field left None
                    declared = {name for name in declared if getattr(value, name) is not None}
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
