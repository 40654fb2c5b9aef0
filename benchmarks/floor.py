"""A hand-specialised floor for encoding: one function for one given trace's shape.

`encoder_for(model)` writes, for the exact shape of `model` (which fields are set, which types
they hold, how long each list is not: lists are looped), one Python function that does only what
any validating encoder of these attrs models must do: read every slot of every model (an absent
field must be seen to be None), compare each value's exact type, build the dicts. It checks less
than the codec (no `const` tag, enum, finiteness or int-or-float test, no free-JSON check, no
additional properties to merge) and has no call, no dispatch, no fallback: a floor, not a codec.
`codec_bench` times it with the route's rules and the same JSON writer, as `lc.serialize` runs,
so its ratio to the peer is as far as we know a pure-Python encoder of these models can go on
this interpreter.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import attrs

from langwatch_collector import models

_TYPES_STR = frozenset({str})


def encoder_for(model: Any) -> Callable[[Any], dict[str, Any]]:
    lines = ["def encode(obj0):"]
    names = iter(range(1, 10_000))

    def write(value: Any, variable: str, out: str, depth: int) -> None:
        indent = "    " * depth
        cls = type(value)
        lines.append(f"{indent}if type({variable}) is not models.{cls.__name__}: raise ValueError")
        lines.append(f"{indent}{out} = {{}}")
        for field in attrs.fields(cls):
            item = getattr(value, field.name)
            if field.name == "additional_properties":
                lines.append(f"{indent}if {variable}.additional_properties: raise ValueError")
                continue
            if item is None:
                lines.append(f"{indent}if {variable}.{field.name} is not None: raise ValueError")
                continue
            number = next(names)
            read = f"v{number}"
            lines.append(f"{indent}{read} = {variable}.{field.name}")
            if attrs.has(type(item)):
                write(item, read, f"o{number}", depth)
                lines.append(f"{indent}{out}[{field.name!r}] = o{number}")
            elif type(item) is list and item and attrs.has(type(item[0])):
                lines.append(f"{indent}if type({read}) is not list: raise ValueError")
                lines.append(f"{indent}l{number} = []")
                lines.append(f"{indent}for i{number} in {read}:")
                write(item[0], f"i{number}", f"o{number}", depth + 1)
                lines.append(f"{indent}    l{number}.append(o{number})")
                lines.append(f"{indent}{out}[{field.name!r}] = l{number}")
            elif type(item) is list:
                strings = f"type({read}) is list and STR.issuperset(map(type, {read}))"
                lines.append(f"{indent}if not ({strings}): raise ValueError")
                lines.append(f"{indent}{out}[{field.name!r}] = {read}")
            else:
                lines.append(f"{indent}if type({read}) is not {type(item).__name__}: raise ValueError")
                lines.append(f"{indent}{out}[{field.name!r}] = {read}")

    write(model, "obj0", "out", 1)
    lines.append("    return out")
    namespace: dict[str, Any] = {"models": models, "STR": _TYPES_STR}
    exec("\n".join(lines), namespace)  # our own text, from the model's shape
    encode: Callable[[Any], dict[str, Any]] = namespace["encode"]
    return encode
