"""The exact (slow) path's structuring: a request as the server has read it, into the models.

The generated codecs (`_codecs`) take the common, clean data; what they refuse is read by
`server_reading`, and its result structured here as it always was: cattrs' generated hooks (built
on first use, not at import), first-match unions decided by the validator, a value of another
type under a declared name of an `x-ill-typed-kept` model kept in `additional_properties`. It
is hand-written because it uses the validator, which generated code may not import.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping
from typing import Any, Union

import cattrs
from cattrs.gen import make_dict_structure_fn, override
from cattrs.strategies import configure_tagged_union

from langwatch_collector._generated import codecs as _codecs
from langwatch_collector._generated.codec_support import matches_union, new_converter
from langwatch_collector.contract import VALIDATOR


def lenient_structure(document: Any, type_: type[Any]) -> Any:
    """A document the exact reading has accepted, as a model (no value is judged here)."""
    return _lenient_converter().structure(document, type_)


def lenient_unstructure(model: Any) -> Any:
    """A model as a JSON-shaped dict, values written as they are (see `_codecs.LENIENT`)."""
    return _codecs.LENIENT.unstructure(model)


@functools.cache
def _lenient_converter() -> cattrs.Converter:
    converter = new_converter()
    converter.register_structure_hook_factory(
        lambda cls: cls in _codecs.SCHEMA_NAMES, lambda cls: _make_structure(converter, cls)
    )
    for tag_property, classes in _codecs.TAGGED_UNIONS.values():
        tags = {cls: tag for tag, cls in classes.items()}
        union: Any = Union[tuple(classes.values())]  # noqa: UP007 - a union built at run time
        configure_tagged_union(union, converter, tag_generator=tags.__getitem__, tag_name=tag_property)
    for members in _codecs.FIRST_MATCH_UNIONS.values():
        member_classes = frozenset(cls for cls, _tag, _extends in members)
        converter.register_structure_hook_func(
            functools.partial(_is_union_of, member_classes), _first_match_structure(converter, members)
        )
    return converter


def _is_union_of(classes: frozenset[Any], tp: Any) -> bool:
    return matches_union(tp, classes)


def _first_match_structure(
    converter: cattrs.Converter, members: tuple[tuple[type, str | None, bool], ...]
) -> Callable[[Mapping[str, Any], Any], Any]:
    """The first member the value is valid against, as the server takes it; the last member
    takes what no other fits. A member extending the last one is told by its own additions
    alone: the data was accepted as a whole already."""
    *tried, (fallback, _tag, _extends) = members

    def structure(value: Mapping[str, Any], _type: Any) -> Any:
        tag = value.get("type")
        for cls, member_tag, extends_fallback in tried:
            if member_tag is not None and tag != member_tag:
                continue
            name = _codecs.SCHEMA_NAMES[cls]
            fits = VALIDATOR.extension_is_valid(name, value) if extends_fallback else VALIDATOR.is_valid(name, value)
            if fits:
                return converter.structure(value, cls)
        return converter.structure(value, fallback)

    return structure


def _make_structure(converter: cattrs.Converter, cls: type) -> Callable[[Any, Any], Any]:
    known = _codecs.DECLARED_WITH_EXTRAS.get(cls)
    if known is None:
        return make_dict_structure_fn(cls, converter)
    named: Callable[[Any, Any], Any] = make_dict_structure_fn(cls, converter, additional_properties=override(omit=True))
    schema_name = _codecs.SCHEMA_NAMES[cls]
    keeps_ill_typed = cls in _codecs.ILL_TYPED_KEPT

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
