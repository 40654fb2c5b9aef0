# Generated from openapi/collector.yaml by codegen: do not edit, run scripts/generate.
"""The fixed helpers of the generated codecs (`_codecs`): copied as they are by codegen.

`Unusual` is what a fast codec raises for anything it does not take as it is; the caller then
falls back to the exact reading. The lenient unstructuring below is the converter's behaviour for
values the fast codecs refuse (a wrong type written anyway, as `serialize(validate=False)` and
the tracer expect): cattrs' generated hooks, built on the first such value, not at import.
This module imports only the standard library, attrs and cattrs: it is generated code.
"""

from __future__ import annotations

import types
import typing
from collections.abc import Callable, Mapping
from typing import Any, Union

import attrs
import cattrs
from cattrs.fns import identity
from cattrs.gen import make_dict_unstructure_fn, override

NONE_TYPE = type(None)
# A model's instance before its slots are set: the decoders set every field themselves.
new = object.__new__
# Free JSON values deeper than this are left to the exact reading (its depth rules and messages).
MAX_FREE_DEPTH = 64


class Unusual(ValueError):
    """A value the fast codec does not take as it is: the exact (slow) reading must judge it."""


class Dispatch(dict[type, Callable[[Any], Any]]):
    """A union's encoders by member class: a class that is not a member is `Unusual` (a lookup
    and a call where `.get`, a test and a call took three steps)."""

    def __init__(self, union: str, encoders: dict[type, Callable[[Any], Any]]) -> None:
        super().__init__(encoders)
        self.union = union

    def __missing__(self, key: type) -> Callable[[Any], Any]:
        raise Unusual(self.union)


def is_json(value: Any, depth: int = 0) -> bool:
    """Whether `value` is plain JSON as the JSON reader builds it (finite numbers, str keys)."""
    kind = type(value)
    if kind is str or kind is int or kind is bool or value is None:
        return True
    if kind is float:
        return bool(value - value == 0.0)  # finite: inf - inf and nan - nan are nan
    if depth >= MAX_FREE_DEPTH:
        return False
    if kind is list:
        return all(is_json(item, depth + 1) for item in value)
    if kind is dict:
        return all(type(key) is str and is_json(item, depth + 1) for key, item in value.items())
    return False


def _identity(value: Any, _type: Any = None) -> Any:
    return value


def contains_model(tp: Any) -> bool:
    """Whether a type mentions an attrs class anywhere inside it (a forward reference, which the
    models use only for their own classes and unions, counts as one)."""
    if (isinstance(tp, type) and attrs.has(tp)) or isinstance(tp, typing.ForwardRef):
        return True
    return any(contains_model(arg) for arg in typing.get_args(tp))


def is_list(tp: Any) -> bool:
    origin: Any = typing.get_origin(tp)
    return origin is list


def is_union(tp: Any) -> bool:
    return typing.get_origin(tp) in (Union, types.UnionType)


def union_members(tp: Any) -> frozenset[Any]:
    """The members of a union other than None."""
    return frozenset(arg for arg in typing.get_args(tp) if arg is not NONE_TYPE)


def matches_union(tp: Any, members: frozenset[Any]) -> bool:
    """Whether `tp` is the union of `members`, with or without None."""
    return is_union(tp) and union_members(tp) == members


def _is_kind_union(tp: Any) -> bool:
    """A union whose members are told apart by JSON kind alone (at most one object member)."""
    members = union_members(tp)
    sequences = [arg for arg in members if is_list(arg)]
    objects = [arg for arg in members if contains_model(arg) and not is_list(arg)]
    return len(sequences) <= 1 and len(objects) <= 1 and bool(sequences)


def _structure_by_json_kind(converter: cattrs.Converter, tp: Any) -> Callable[[Any, Any], Any]:
    """A union of JSON kinds, e.g. `str | list[ChatRichContent] | None`: the kind decides."""
    sequence_member = next((arg for arg in union_members(tp) if is_list(arg)), None)
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
    """A converter that passes primitive and plain JSON values through as they are.

    cattrs' defaults would coerce (`float(100)` turns an integer token count into `100.0`,
    `str(5)` hides a type error); data is judged by the codecs or the exact reading instead.
    """
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


class LenientUnstructure:
    """Models to JSON-shaped dicts without judging values: absent optional fields (None) left
    out, `const` tags always written, additional properties merged (a clash with a declared
    field is a ValueError). The cattrs converter is built on first use."""

    def __init__(
        self,
        model_classes: frozenset[type],
        always_written: Mapping[type, tuple[str, ...]],
        declared_with_extras: Mapping[type, frozenset[str]],
        ill_typed_kept: frozenset[type],
    ) -> None:
        self._model_classes = model_classes
        self._always_written = always_written
        self._declared_with_extras = declared_with_extras
        self._ill_typed_kept = ill_typed_kept
        self._converter: cattrs.Converter | None = None

    @property
    def converter(self) -> cattrs.Converter:
        if self._converter is None:
            converter = new_converter()
            converter.register_unstructure_hook_factory(
                lambda cls: cls in self._model_classes, lambda cls: self._make_unstructure(converter, cls)
            )
            self._converter = converter
        return self._converter

    def unstructure(self, value: Any) -> Any:
        return self.converter.unstructure(value)

    def _make_unstructure(self, converter: cattrs.Converter, cls: type) -> Callable[[Any], dict[str, Any]]:
        overrides: dict[str, Any] = {
            name: override(omit_if_default=False) for name in self._always_written.get(cls, ())
        }
        known = self._declared_with_extras.get(cls)
        if known is None:
            return make_dict_unstructure_fn(cls, converter, _cattrs_omit_if_default=True, **overrides)
        named: Callable[[Any], dict[str, Any]] = make_dict_unstructure_fn(
            cls, converter, _cattrs_omit_if_default=True, additional_properties=override(omit=True), **overrides
        )
        keeps_ill_typed = cls in self._ill_typed_kept

        def unstructure(instance: Any) -> dict[str, Any]:
            result = named(instance)
            extra: Mapping[str, Any] = instance.additional_properties
            if extra:
                clashes = sorted(known & extra.keys())
                if keeps_ill_typed:  # an ill-typed value may stand in for a field left None
                    clashes = [name for name in clashes if getattr(instance, name) is not None]
                if clashes:
                    raise ValueError(f"additional_properties names declared fields {clashes}: set the fields instead")
                result.update(extra)
            return result

        return unstructure


def falling_back(encode: Callable[[Any], dict[str, Any]], lenient: LenientUnstructure) -> Callable[[Any], Any]:
    """An unstructure hook: the codec, else (a value it refuses) the lenient conversion."""

    def unstructure(value: Any) -> Any:
        try:
            return encode(value)
        except Unusual:
            return lenient.unstructure(value)

    return unstructure


def structuring_with(decode: Callable[[Any], Any], *, nullable: bool = False) -> Callable[[Any, Any], Any]:
    """A structure hook: the codec (which raises `Unusual` for what it refuses); None kept as None
    when the type is a nullable alias."""

    def structure(value: Any, _type: Any) -> Any:
        if value is None and nullable:
            return None
        return decode(value)

    return structure


def register_codecs(
    converter: cattrs.Converter,
    encoders: dict[type, Callable[[Any], dict[str, Any]]],
    decoders: dict[type, Callable[[Any], Any]],
    union_decoders: dict[Any, tuple[bool, Callable[[Any], Any]]],
    lenient: LenientUnstructure,
) -> None:
    """Makes the codecs a converter's hooks: for each model, and for each union the spec names.

    Unstructuring writes what the codec refuses leniently, as it is (the value is judged where
    it is validated); structuring validates: it raises `Unusual` for what the codec refuses.
    Nothing is built here: cattrs asks for a model's hook when it first meets the model. A union
    is structured as the server reads it (by its tag, or its first member that fits), not by
    cattrs' own disambiguation, which cannot tell the spec's content parts apart.
    """
    converter.register_unstructure_hook_factory(encoders.__contains__, lambda cls: falling_back(encoders[cls], lenient))
    converter.register_structure_hook_factory(decoders.__contains__, lambda cls: structuring_with(decoders[cls]))

    def named_union(tp: Any) -> tuple[bool, Callable[[Any], Any]] | None:
        """The union's decoder, for a union the spec names or that or None (`Span | None`)."""
        try:
            found = union_decoders.get(tp)
            if found is None and is_union(tp) and NONE_TYPE in typing.get_args(tp):
                given = tuple(arg for arg in typing.get_args(tp) if arg is not NONE_TYPE)
                inner = union_decoders.get(given[0] if len(given) == 1 else Union[given])  # noqa: UP007 - built at run time
                found = None if inner is None else (True, inner[1])
        except TypeError:  # an unhashable type (an annotation's metadata) is no union of the spec
            return None
        return found

    # a factory, registered last, so it comes before the pass-through of plain unions: a union
    # whose members are forward references looks plain to `contains_model`
    def structure_union(tp: Any) -> Callable[[Any, Any], Any]:
        found = named_union(tp)
        if found is None:  # pragma: no cover - cattrs asks only for what the predicate took
            raise TypeError(f"{tp!r} is not a union of the spec")
        return structuring_with(found[1], nullable=found[0])

    converter.register_structure_hook_factory(lambda tp: named_union(tp) is not None, structure_union)
