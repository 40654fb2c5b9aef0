"""JavaScript's readings of JSON values, where the collector's route relies on them.

The route is TypeScript: it tests values for truthiness, prints numbers and labels with
`String(...)`, writes RAG chunk contents with `JSON.stringify` and hashes them with md5. These
functions give the same results in Python, so the client reads a body as the server does.
Hand-written: no library mirrors ECMAScript's number printing and property order.
"""

from __future__ import annotations

import hashlib
import json
import math
import re
from typing import Any

_LONE_SURROGATE = re.compile("[\ud800-\udfff]")
_ARRAY_INDEX = re.compile(r"0|[1-9][0-9]*")
# ECMAScript's WhiteSpace and LineTerminator code points, which String.prototype.trim removes.
_JS_WHITESPACE = "\t\n\v\f\r \u00a0\u1680\u2028\u2029\u202f\u205f\u3000\ufeff" + "".join(
    map(chr, range(0x2000, 0x200B))
)


def truthy(value: Any) -> bool:
    """JavaScript's truthiness of a JSON value: null, false, 0 and "" are falsy; [] and {} are not."""
    if value is None or value is False:
        return False
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return value != 0 and not (isinstance(value, float) and math.isnan(value))
    if isinstance(value, str):
        return value != ""
    return True


def distinct(values: list[Any]) -> list[Any]:
    """`Array.from(new Set(values))`: primitives once each; every object or array is its own."""
    result: list[Any] = []
    for value in values:
        if isinstance(value, (dict, list)) or not any(same_value_zero(value, seen) for seen in result):
            result.append(value)
    return result


def same_value_zero(left: Any, right: Any) -> bool:
    if isinstance(left, (dict, list)) or isinstance(right, (dict, list)):
        return left is right
    if isinstance(left, bool) or isinstance(right, bool):
        return left is right
    if isinstance(left, (int, float)) and isinstance(right, (int, float)):
        return left == right
    return type(left) is type(right) and left == right


def loosely_equal(left: Any, right: Any) -> bool:
    """`left == right` for JSON values (abstract equality): an object compares as its string."""
    if left is None or right is None:
        return left is None and right is None
    if isinstance(left, (dict, list)) and isinstance(right, (dict, list)):
        return left is right
    left = string_of(left) if isinstance(left, (dict, list)) else left
    right = string_of(right) if isinstance(right, (dict, list)) else right
    if isinstance(left, str) and isinstance(right, str):
        return left == right
    return _to_number(left) == _to_number(right)


def _to_number(value: Any) -> float:
    if isinstance(value, bool):
        return 1.0 if value else 0.0
    if isinstance(value, (int, float)):
        return float(value)
    text = trim(value)
    if not text:
        return 0.0
    try:
        return float(text) if not text.lower().lstrip("+-").startswith(("inf", "nan")) else math.nan
    except ValueError:
        return math.nan


def as_double(value: float) -> float:
    """A number as JavaScript holds it: an int too large for a double is +-Infinity, as JSON.parse reads it."""
    try:
        return float(value)
    except OverflowError:
        return math.inf if value > 0 else -math.inf


def number_text(value: float) -> str:
    """`String(n)` for a number: shortest digits, `1e+21`, `1e-7`, integers without `.0`."""
    if isinstance(value, int) and abs(value) < 2**53:
        return str(value)
    number = as_double(value)
    if math.isnan(number):
        return "NaN"
    if math.isinf(number):
        return "Infinity" if number > 0 else "-Infinity"
    if number == 0:
        return "0"
    sign = "-" if number < 0 else ""
    mantissa, _, exponent = repr(abs(number)).partition("e")
    whole, _, fraction = mantissa.partition(".")
    digits = (whole + fraction).lstrip("0")
    point = (
        len(whole) + (int(exponent) if exponent else 0) - (len(whole + fraction) - len((whole + fraction).lstrip("0")))
    )
    digits = digits.rstrip("0") or "0"
    count = len(digits)
    if count <= point <= 21:
        return sign + digits + "0" * (point - count)
    if 0 < point <= 21:
        return sign + digits[:point] + "." + digits[point:]
    if -6 < point <= 0:
        return sign + "0." + "0" * -point + digits
    shown = digits[0] + ("." + digits[1:] if count > 1 else "")
    power = point - 1
    return f"{sign}{shown}e{'+' if power > 0 else '-'}{abs(power)}"


def string_of(value: Any) -> str:
    """`String(value)` (and template literals) for a JSON value."""
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, (int, float)):
        return number_text(value)
    if isinstance(value, str):
        return value
    if isinstance(value, list):
        return ",".join("" if item is None else string_of(item) for item in value)
    return "[object Object]"


def keys_in_order(value: dict[str, Any]) -> list[str]:
    """An object's own keys in ECMAScript order: array indices ascending, then insertion order."""
    indices = [key for key in value if _ARRAY_INDEX.fullmatch(key) and int(key) < 2**32 - 1]
    if not indices:
        return list(value)
    index_set = set(indices)
    return sorted(indices, key=int) + [key for key in value if key not in index_set]


def stringify(value: Any) -> str:
    """`JSON.stringify(value)` for a JSON value (non-finite numbers are `null`, as in JavaScript)."""
    parts: list[str] = []
    stack: list[Any] = [value]
    while stack:  # iterative: chunk contents may be deeply nested
        item = stack.pop()
        if isinstance(item, _Text):
            parts.append(item.text)
        elif item is None or item is True or item is False:
            parts.append(json.dumps(item))
        elif isinstance(item, (int, float)):
            parts.append(number_text(item) if math.isfinite(as_double(item)) else "null")
        elif isinstance(item, str):
            parts.append(quote(item))
        elif isinstance(item, list):
            pending: list[Any] = [_Text("[")]
            for index, element in enumerate(item):
                if index:
                    pending.append(_Text(","))
                pending.append(element)
            pending.append(_Text("]"))
            stack.extend(reversed(pending))
        elif isinstance(item, dict):
            pending = [_Text("{")]
            for index, key in enumerate(keys_in_order(item)):
                pending.append(_Text(("," if index else "") + quote(key) + ":"))
                pending.append(item[key])
            pending.append(_Text("}"))
            stack.extend(reversed(pending))
        else:
            raise TypeError(f"{type(item).__name__} is not a JSON value")
    return "".join(parts)


class _Text:
    __slots__ = ("text",)

    def __init__(self, text: str) -> None:
        self.text = text


def quote(text: str) -> str:
    """A JSON string literal as `JSON.stringify` writes it (lone surrogates as lowercase escapes)."""
    quoted = json.dumps(text, ensure_ascii=False)
    return _LONE_SURROGATE.sub(lambda match: f"\\u{ord(match.group()):04x}", quoted)


def trim(text: str) -> str:
    """`String.prototype.trim`."""
    return text.strip(_JS_WHITESPACE)


def md5_hex(text: str) -> str:
    """Node's `createHash("md5").update(text).digest("hex")`: UTF-8, a lone surrogate as U+FFFD."""
    return hashlib.md5(_LONE_SURROGATE.sub("\ufffd", text).encode("utf-8")).hexdigest()
