# Generated from openapi/collector.yaml by codegen: do not edit, run scripts/generate.
"""The generic parts of the cattrs converter; the generated `_converter` adds the per-model hooks.

Data reaches `structure` only after the validator has accepted it, so primitive and plain
JSON values are passed through as they are: cattrs' defaults would coerce (`float(100)` turns
an integer token count into `100.0`, `str(5)` hides a type error).
"""

from __future__ import annotations

import types
import typing
from collections.abc import Callable, Mapping
from typing import Any, Union

import attrs
import cattrs
from cattrs.fns import identity

NONE_TYPE = type(None)


def _identity(value: Any, _type: Any = None) -> Any:
    return value


def contains_model(tp: Any) -> bool:
    """Whether a type mentions an attrs class anywhere inside it."""
    if isinstance(tp, type) and attrs.has(tp):
        return True
    return any(contains_model(arg) for arg in typing.get_args(tp))


def _is_list(tp: Any) -> bool:
    origin: Any = typing.get_origin(tp)
    return origin is list


def is_union(tp: Any) -> bool:
    return typing.get_origin(tp) in (Union, types.UnionType)


def union_members(tp: Any) -> frozenset[Any]:
    """The members of a union other than None."""
    return frozenset(arg for arg in typing.get_args(tp) if arg is not NONE_TYPE)


def _structure_by_json_kind(converter: cattrs.Converter, tp: Any) -> Callable[[Any, Any], Any]:
    """A union of JSON kinds, e.g. `str | list[ChatRichContent] | None`: the kind decides."""
    sequence_member = next((arg for arg in union_members(tp) if _is_list(arg)), None)
    mapping_members = [arg for arg in union_members(tp) if contains_model(arg) and arg is not sequence_member]
    mapping_member = mapping_members[0] if len(mapping_members) == 1 else None

    def structure(value: Any, _type: Any) -> Any:
        if isinstance(value, list) and sequence_member is not None:
            return converter.structure(value, sequence_member)
        if isinstance(value, Mapping) and mapping_member is not None:
            return converter.structure(value, mapping_member)
        return value

    return structure


def new_converter() -> cattrs.Converter:
    converter = cattrs.Converter()
    for primitive in (str, int, float, bool):
        converter.register_structure_hook(primitive, _identity)
        # cattrs' own `identity`: its generated functions then write the value inline, no call.
        converter.register_unstructure_hook(primitive, identity)

    def plain(tp: Any) -> bool:
        origin: Any = typing.get_origin(tp)
        return not contains_model(tp) and (is_union(tp) or origin in (list, dict))

    converter.register_structure_hook_func(plain, _identity)
    converter.register_unstructure_hook_func(plain, identity)
    # A free JSON value (`Any`) is passed through as it is: cattrs would walk it, item by item,
    # and a value nested hundreds of levels deep (which the server accepts) would exhaust the stack.
    converter.register_unstructure_hook_func(lambda tp: tp is Any, identity)
    converter.register_structure_hook_factory(
        lambda tp: is_union(tp) and contains_model(tp) and _is_kind_union(tp),
        lambda tp: _structure_by_json_kind(converter, tp),
    )
    return converter


def _is_kind_union(tp: Any) -> bool:
    """A union whose members are told apart by JSON kind alone (at most one object member)."""
    members = union_members(tp)
    sequences = [arg for arg in members if _is_list(arg)]
    objects = [arg for arg in members if contains_model(arg) and not _is_list(arg)]
    return len(sequences) <= 1 and len(objects) <= 1 and bool(sequences)


def matches_union(tp: Any, members: frozenset[Any]) -> bool:
    """Whether `tp` is the union of `members`, with or without None."""
    return is_union(tp) and union_members(tp) == members
