"""The one JSON text reader and writer of the package: bytes as LangWatch's server reads them.

The collector's route decodes a body with hono's `c.req.json()`: a WHATWG `TextDecoder`
(UTF-8, a leading byte-order mark stripped, invalid bytes replaced by U+FFFD) and then
JavaScript's `JSON.parse`. `loads` gives the same verdict on the same bytes, with or without
orjson (the `fast` extra):

- a UTF-8 BOM is stripped; invalid UTF-8 becomes U+FFFD, one per maximal invalid subpart, as
  `TextDecoder` does (CPython's decoder follows the same Unicode practice);
- `\\ud800` (a lone surrogate escape) is kept as a lone surrogate, as JavaScript keeps it;
- `NaN`, `Infinity` and `-Infinity` are not JSON: `JSONTextError`, naming line and column;
- a number too large for a double (`1e400`, or an integer of 400 digits) is read as ±inf, as
  `JSON.parse` reads it; integers within 64 bits stay Python ints (JavaScript rounds those
  beyond 2^53 to doubles: compare them as doubles), larger ones are read as floats, as orjson
  reads them, so no 4,300-digit `ValueError` can escape;
- duplicate keys: the last one wins;
- nesting deeper than `MAX_DEPTH` (900) levels is a `JSONTextError`: the server reads deeper
  text, but Python cannot walk it reliably (a `RecursionError` would depend on the caller's
  stack). A deliberate client limit, far beyond what a trace needs (the corpus' deepest body
  that the server accepted is 604 levels).

`dumps` writes compact UTF-8 JSON, never a token that is not JSON: ±inf is written `1e400` /
`-1e400` (the server reads it back as ±inf), NaN raises `JSONTextError`; a lone surrogate is
written as its `\\uXXXX` escape (the server keeps it). With and without orjson it writes the
same bytes: the standard library's float spelling is adjusted to orjson's (`0.00001`, `1e-7`).

Hand-written because no JSON library reads text as `JSON.parse` does on all of these points;
both backends do the parsing itself, this module only decides the edges.
"""

from __future__ import annotations

import json
import math
import re
import threading
import uuid
from collections.abc import Callable
from typing import Any, TypeVar

try:  # orjson is optional (the `fast` extra): several times faster, same verdicts, same bytes.
    import orjson as orjson  # re-exported: tests switch the backend off through it
except ImportError:  # pragma: no cover - exercised by the stdlib-only test run
    orjson = None  # type: ignore[assignment]

MAX_DEPTH = 900
TOO_DEEP = f"nested deeper than {MAX_DEPTH} levels, the client's limit"
_BOM = "\ufeff"
_INT64_MIN = -(2**63)
_UINT64_MAX = 2**64 - 1
_NON_FINITE = {"NaN": "NaN", "Infinity": "Infinity", "-Infinity": "-Infinity"}
# A string token, or a NaN/Infinity token outside strings: finds where the first one is.
_NON_FINITE_TOKEN = re.compile(r'"(?:[^"\\]|\\.)*"|(-?Infinity|NaN)', re.DOTALL)
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")
# The standard library writes 1e-05 .. 9e-09 as `1e-05`; orjson writes `0.00001` .. `1e-9`.
_PADDED_EXPONENT = re.compile(r'"(?:[^"\\]|\\.)*"|(-?)(\d)(?:\.(\d+))?e-0([5-9])(?![0-9])', re.DOTALL)

T = TypeVar("T")


class JSONTextError(ValueError):
    """Text that is not JSON as the server reads it; the message is one line, with the place."""


def loads(data: bytes | bytearray | memoryview | str) -> Any:
    """The JSON value of `data` as LangWatch's server reads it; `JSONTextError` if it is not JSON."""
    return parse_text(decode(data))


def loads_unbounded(data: bytes | bytearray | memoryview | str) -> Any:
    """`loads` without the depth limit: for a caller whose own walk of the value is bounded
    (the codecs, `MAX_ACCEPTED_DEPTH`), which calls `check_depth` before anything else reads it."""
    if orjson is not None and type(data) is bytes:
        # orjson reads valid UTF-8 without a byte-order mark exactly as `decode` + `_parse` do, and
        # refuses the rest (a BOM, invalid bytes, a lone surrogate escape): those take the way below.
        try:
            return orjson.loads(data)
        except orjson.JSONDecodeError:
            pass
    return _parse(decode(data))


def parse_text(text: str) -> Any:
    """`JSON.parse(text)` on a string already decoded (no byte-order mark is stripped)."""
    value = _parse(text)
    if _might_be_deeper_than(text, MAX_DEPTH) and _depth_exceeds(value, MAX_DEPTH):
        raise JSONTextError(TOO_DEEP)
    return value


def decode(data: bytes | bytearray | memoryview | str) -> str:
    """The text of a body as the server's `TextDecoder` makes it (BOM stripped, U+FFFD for bad bytes)."""
    text = bytes(data).decode("utf-8", "replace") if not isinstance(data, str) else data
    return text[1:] if text.startswith(_BOM) else text


def _parse(text: str) -> Any:
    if orjson is not None:
        try:
            return orjson.loads(text)
        except (orjson.JSONDecodeError, TypeError):
            pass  # the standard library decides, and words the error
    try:
        return _stdlib_loads(text)
    except RecursionError:
        # Python's own call stack ran out before MAX_DEPTH: parse again from a fresh thread's stack.
        return _in_fresh_thread(_stdlib_loads, text)


def _stdlib_loads(text: str) -> Any:
    try:
        return json.loads(text, parse_constant=_reject_constant, parse_int=_read_int)
    except _NonFiniteToken:
        raise JSONTextError(_non_finite_message(text)) from None
    except json.JSONDecodeError as error:
        raise JSONTextError(f"line {error.lineno} column {error.colno}: {error.msg}") from None


class _NonFiniteToken(Exception):
    pass


def _reject_constant(token: str) -> Any:
    raise _NonFiniteToken(token)


def _non_finite_message(text: str) -> str:
    for match in _NON_FINITE_TOKEN.finditer(text):
        if match.group(1):
            line = text.count("\n", 0, match.start()) + 1
            column = match.start() - (text.rfind("\n", 0, match.start()) + 1) + 1
            return f"line {line} column {column}: {match.group(1)} is not JSON (the server's JSON.parse rejects it)"
    return "NaN or Infinity is not JSON (the server's JSON.parse rejects it)"  # pragma: no cover


def _read_int(digits: str) -> int | float:
    # Beyond 64 bits JavaScript (and orjson) hold a double; float() never hits the 4,300-digit limit.
    if len(digits) <= 20:
        number = int(digits)
        if _INT64_MIN <= number <= _UINT64_MAX:
            return number
    return float(digits)


def check_depth(value: Any) -> None:
    """A decoded value (or one a caller built) nested deeper than MAX_DEPTH: the same JSONTextError
    as the same text would get, so a dict and its JSON text get the same verdict."""
    if _depth_exceeds(value, MAX_DEPTH):
        raise JSONTextError(TOO_DEEP)


def _might_be_deeper_than(text: str, limit: int) -> bool:
    return text.count("[") + text.count("{") > limit


def _depth_exceeds(value: Any, limit: int) -> bool:
    """Whether a container sits deeper than `limit` (the top value is at depth 1). Walked level by
    level, one list per level: twice as fast as a stack of (item, depth) pairs on a 200-span body."""
    level = [value] if isinstance(value, (dict, list)) else []
    depth = 1
    while level:
        if depth > limit:
            return True
        children: list[Any] = []
        for item in level:
            children.extend(item.values() if isinstance(item, dict) else item)
        level = [child for child in children if isinstance(child, (dict, list))]
        depth += 1
    return False


def dumps(value: Any, *, known_finite: bool = False) -> bytes:
    """Compact UTF-8 JSON that the server reads back as `value`; `JSONTextError` for NaN.

    `known_finite`: the caller has checked that `value` holds no NaN or infinity (the generated
    codecs do), so orjson's bytes need no search for the non-finite floats it writes as null.
    """
    if orjson is not None:
        try:
            encoded = orjson.dumps(value)
        except (orjson.JSONEncodeError, TypeError):
            pass  # lone surrogates, integers beyond 64 bits, deep nesting: the standard library's way
        else:
            # orjson writes a non-finite float as null: only a body with a null can hide one.
            if known_finite or b"null" not in encoded or not _has_non_finite(value):
                return encoded
    return _stdlib_dumps(value)


def _stdlib_dumps(value: Any) -> bytes:
    try:
        encoded = _stdlib_dumps_here(value)
    except RecursionError:
        encoded = _in_fresh_thread(_stdlib_dumps_here, value)
    # The standard library's own depth limit moves with the Python version (3.13 writes ~9,000
    # levels): the client's limit is the same everywhere, for writing as for reading.
    if encoded.count(b"[") + encoded.count(b"{") > MAX_DEPTH:
        check_depth(value)
    return encoded


def _stdlib_dumps_here(value: Any) -> bytes:
    placeholder = None
    if _has_non_finite(value):
        placeholder = f"non-finite-{uuid.uuid4().hex}"
        value = _replace_non_finite(value, placeholder)
    text = json.dumps(value, separators=(",", ":"), ensure_ascii=False, allow_nan=False)
    if placeholder is not None:
        text = text.replace(f'"{placeholder}+"', "1e400").replace(f'"{placeholder}-"', "-1e400")
    if "e-0" in text:
        text = _PADDED_EXPONENT.sub(_orjson_float_spelling, text)
    if _LONE_SURROGATE.search(text):
        text = _LONE_SURROGATE.sub(lambda match: f"\\u{ord(match.group()):04x}", text)
    return text.encode("utf-8")


def _orjson_float_spelling(match: re.Match[str]) -> str:
    sign, whole, fraction, exponent = match.group(1, 2, 3, 4)
    if whole is None:
        return match.group()  # a string token: unchanged
    if exponent == "5":
        return f"{sign}0.0000{whole}{fraction or ''}"
    return f"{sign}{whole}{'.' + fraction if fraction else ''}e-{exponent}"


def _has_non_finite(value: Any) -> bool:
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, float):
            if not math.isfinite(item):
                if math.isnan(item):
                    raise JSONTextError("NaN cannot be written as JSON (the server would reject the body)")
                return True
        elif isinstance(item, dict):
            stack.extend(item.values())
        elif isinstance(item, (list, tuple)):
            stack.extend(item)
    return False


def _replace_non_finite(value: Any, placeholder: str) -> Any:
    if isinstance(value, float) and math.isinf(value):
        return f"{placeholder}{'+' if value > 0 else '-'}"
    if isinstance(value, dict):
        return {key: _replace_non_finite(item, placeholder) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [_replace_non_finite(item, placeholder) for item in value]
    return value


def _in_fresh_thread(function: Callable[[Any], T], argument: Any) -> T:
    """Runs `function` on a new thread, whose Python stack starts empty, and returns its result."""
    outcome: list[Any] = []

    def run() -> None:
        try:
            outcome.append((True, function(argument)))
        except BaseException as error:  # handed back to the caller's thread
            outcome.append((False, error))

    previous = threading.stack_size()
    threading.stack_size(64 * 1024 * 1024)
    try:
        worker = threading.Thread(target=run, name="langwatch-collector-json")
        worker.start()
    finally:
        threading.stack_size(previous)
    worker.join()
    succeeded, result = outcome[0]
    if succeeded:
        return result  # type: ignore[no-any-return]
    if isinstance(result, RecursionError):
        raise JSONTextError(TOO_DEEP) from None
    raise result
