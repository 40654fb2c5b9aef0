"""The few JavaScript rules the collector route's answers depend on.

LangWatch's route is JavaScript: whether a field counts as given is its truthiness, a label is
written with `String()`, `for … of` walks a string's characters, and reading or setting a
property of `null` or of a string throws — which the server answers with a 500. Python's own
operators differ on each point, so the mock judge asks here. Hand-written: no library models
these semantics for JSON values.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from decimal import Decimal
from typing import Any


class ThrownTypeError(Exception):
    """What JavaScript throws where the route reads or writes a property of a value without any."""


def truthy(value: Any) -> bool:
    """JavaScript's truthiness of a JSON value: `[]` and `{}` are truthy, `""`, `0` and `null` are not."""
    if value is None or value is False:
        return False
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return value != 0 and not math.isnan(value)
    if isinstance(value, str):
        return value != ""
    return True


def number_to_string(value: float) -> str:
    """`String(number)`: integers without a fraction, exponents from 1e21 and below 1e-6."""
    if math.isnan(value):
        return "NaN"
    if math.isinf(value):
        return "Infinity" if value > 0 else "-Infinity"
    if value == 0:
        return "0"
    if isinstance(value, int) and abs(value) < 10**21:
        return str(value)
    magnitude = abs(float(value))
    if 1e-6 <= magnitude < 1e21:
        text = format(Decimal(repr(float(value))), "f")
        return text[:-2] if text.endswith(".0") else text
    mantissa, _, exponent = repr(float(value)).partition("e")
    if not exponent:  # repr() wrote it positionally; JavaScript writes the exponent form here
        digits = Decimal(repr(float(value))).normalize()
        mantissa, _, exponent = f"{digits:e}".partition("e")
    mantissa = mantissa[:-2] if mantissa.endswith(".0") else mantissa
    power = int(exponent)
    return f"{mantissa}e{'+' if power > 0 else '-'}{abs(power)}"


def to_string(value: Any) -> str:
    """`String(value)` for a JSON value."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return number_to_string(value)
    if isinstance(value, str):
        return value
    if isinstance(value, list):
        return ",".join("" if item is None else to_string(item) for item in value)
    return "[object Object]"


def entries(value: Any) -> list[tuple[str, Any]]:
    """`Object.entries(value)`: an object's pairs, an array's or a string's by index, nothing for the rest."""
    if isinstance(value, dict):
        return list(value.items())
    if isinstance(value, (list, str)):
        return [(str(index), item) for index, item in enumerate(value)]
    if value is None:
        raise ThrownTypeError("Cannot convert undefined or null to object")
    return []


def spread(value: Any) -> dict[str, Any]:
    """`{...value}`: like entries(), but spreading `null` gives nothing instead of throwing."""
    return {} if value is None else dict(entries(value))


def iterate(value: Any) -> Iterable[Any]:
    """`for (const item of value ?? [])`: an array's items, a string's characters; anything else throws."""
    if value is None:
        return []
    if isinstance(value, (list, str)):
        return value
    raise ThrownTypeError("value is not iterable")


def get(value: Any, key: str) -> Any:
    """`value[key]` for a property name: `None` where JavaScript gives undefined; throws on null."""
    if value is None:
        raise ThrownTypeError(f"Cannot read properties of null (reading '{key}')")
    if isinstance(value, dict):
        return value.get(key)
    if isinstance(value, (list, str)) and key == "length":
        return len(value)
    return None


def has(value: Any, key: str) -> bool:
    """`key in value`: only objects and arrays answer; a primitive or null throws."""
    if isinstance(value, dict):
        return key in value
    if isinstance(value, list):
        return key == "length" or (key.isdigit() and int(key) < len(value))
    raise ThrownTypeError(f"Cannot use 'in' operator to search for '{key}'")


def set_property(value: Any, key: str, item: Any) -> None:
    """`value[key] = item` in strict mode: throws on a primitive or null; an array keeps it out of JSON."""
    if isinstance(value, dict):
        value[key] = item
    elif not isinstance(value, list):
        raise ThrownTypeError(f"Cannot create property '{key}' on {to_string(value)}")


def length(value: Any) -> Any:
    """`value.length`: an array's or a string's; an object's `length` key; undefined (None) otherwise."""
    return get(value, "length")


def loosely_equal(left: Any, right: Any) -> bool:
    """`left == right` between a span's trace id and the trace's (strings or numbers, as JSON has them)."""
    if isinstance(left, str) and isinstance(right, (int, float)) and not isinstance(right, bool):
        left, right = right, left
    if isinstance(left, (int, float)) and not isinstance(left, bool) and isinstance(right, str):
        try:
            return float(left) == float(right.strip() or 0)
        except ValueError:
            return False
    return bool(left == right)


def type_name(value: Any) -> str:
    """The type name zod reports for a JSON value it received."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, (int, float)):
        return "nan" if isinstance(value, float) and math.isnan(value) else "number"
    if isinstance(value, str):
        return "string"
    return "array" if isinstance(value, list) else "object"
