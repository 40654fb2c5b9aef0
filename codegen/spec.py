"""Reads the OpenAPI document and derives what the templates need from it."""

from __future__ import annotations

import copy
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

REF_PREFIX = "#/components/schemas/"
# libyaml's loader reads the spec ten times faster than the pure-Python one (0.01 s, not 0.1 s, of
# the generator's run) and builds the same document; PyYAML wheels ship it, builds without it fall back.
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

Schema = dict[str, Any]


def load(path: Path) -> Schema:
    with path.open(encoding="utf-8") as handle:
        document = yaml.load(handle, Loader=_YAML_LOADER)
    if not isinstance(document, dict):
        raise ValueError(f"{path}: not an OpenAPI document")
    return document


def schemas(document: Schema) -> dict[str, Schema]:
    result: dict[str, Schema] = document["components"]["schemas"]
    return result


def ref_name(ref: str) -> str:
    if not ref.startswith(REF_PREFIX):
        raise ValueError(f"only local component references are supported, got {ref!r}")
    return ref[len(REF_PREFIX) :]


def _is_constraint_only(schema: Any) -> bool:
    """A subschema that only restricts values (no $ref, no type of its own)."""
    return isinstance(schema, dict) and "$ref" not in schema and "type" not in schema


def for_model_generation(document: Schema) -> Schema:
    """The document as datamodel-code-generator should see it.

    An `anyOf` whose branches only add constraints (the verdict rule of an evaluation) is
    validation, not structure: left in, datamodel-code-generator would split the model into
    one class per branch. The runtime validator still enforces it from the full spec.
    """
    stripped = copy.deepcopy(document)
    for schema in schemas(stripped).values():
        branches = schema.get("anyOf")
        if "properties" in schema and branches and all(map(_is_constraint_only, branches)):
            del schema["anyOf"]
    return stripped


def additional_properties_types(document: Schema) -> dict[str, str]:
    """Models with named properties that also keep other keys, and the type of those values."""
    result: dict[str, str] = {}
    for name, schema in schemas(document).items():
        extra = schema.get("additionalProperties")
        if "properties" not in schema or extra in (None, False):
            continue
        if extra is True or extra == {}:
            result[name] = "Any"
        elif isinstance(extra, dict) and "$ref" in extra:
            result[name] = ref_name(extra["$ref"])
        else:
            raise ValueError(f"{name}: additionalProperties must be true or a $ref")
    return result


@dataclass(frozen=True)
class UnionMember:
    name: str
    tag: str | None
    # True when the member is `allOf: [$ref: <the union's last member>, ...]`: on data already
    # valid against the union, only its own additions need checking to tell whether it fits.
    extends_fallback: bool = False


@dataclass(frozen=True)
class TaggedUnion:
    """A oneOf with a discriminator: the tag alone chooses the class."""

    name: str
    tag_property: str
    members: tuple[UnionMember, ...]


@dataclass(frozen=True)
class FirstMatchUnion:
    """An anyOf that, like the server, takes the first member the value is valid against."""

    name: str
    tag_property: str
    members: tuple[UnionMember, ...]


def resolved_parts(all_schemas: dict[str, Schema], schema: Schema) -> list[Schema]:
    """A schema and, through `allOf` and its references, every schema it is made of."""
    parts = [schema]
    for part in schema.get("allOf", []):
        if "$ref" in part:
            parts.extend(resolved_parts(all_schemas, all_schemas[ref_name(part["$ref"])]))
        else:
            parts.append(part)
    return parts


def _const_tag(all_schemas: dict[str, Schema], name: str, prop: str) -> str | None:
    for part in reversed(resolved_parts(all_schemas, all_schemas[name])):  # the most derived part wins
        const = part.get("properties", {}).get(prop, {}).get("const")
        if isinstance(const, str):
            return const
    return None


def tagged_unions(document: Schema) -> list[TaggedUnion]:
    result = []
    for name, schema in schemas(document).items():
        discriminator = schema.get("discriminator")
        if not discriminator:
            continue
        members = tuple(
            UnionMember(name=ref_name(ref), tag=tag) for tag, ref in sorted(discriminator["mapping"].items())
        )
        result.append(TaggedUnion(name, discriminator["propertyName"], members))
    return result


def first_match_unions(document: Schema) -> list[FirstMatchUnion]:
    all_schemas = schemas(document)
    result = []
    for name, schema in all_schemas.items():
        if schema.get("x-union-strategy") != "first-match":
            continue
        names = [ref_name(branch["$ref"]) for branch in schema["anyOf"]]
        fallback = {"$ref": REF_PREFIX + names[-1]}
        members = tuple(
            UnionMember(
                name=member,
                tag=_const_tag(all_schemas, member, "type"),
                extends_fallback=fallback in all_schemas[member].get("allOf", []),
            )
            for member in names
        )
        result.append(FirstMatchUnion(name, "type", members))
    return result


# The server's limits on one request, as the collect operation's `x-limits` states them, and the
# name of the constant each becomes in the generated `_generated/limits.py`.
SERVER_LIMITS = {
    "max-spans": "MAX_SPANS",
    "max-evaluations": "MAX_EVALUATIONS",
    "max-body-bytes": "MAX_BODY_BYTES",
    "span-max-age-days": "SPAN_MAX_AGE_DAYS",
    "dedup-window-seconds": "DEDUP_WINDOW_SECONDS",
}


def server_limits(document: Schema) -> dict[str, int]:
    """The `x-limits` of the one operation that states them, by constant name; every one required."""
    stated = [
        (f"{method.upper()} {path}", operation["x-limits"])
        for path, item in document["paths"].items()
        for method, operation in item.items()
        if "x-limits" in operation
    ]
    if len(stated) != 1:
        raise ValueError(f"expected one operation with x-limits, found {len(stated)}")
    where, limits = stated[0]
    if not isinstance(limits, dict) or set(limits) != set(SERVER_LIMITS):
        raise ValueError(f"{where}: x-limits must state exactly {', '.join(SERVER_LIMITS)}")
    for key, value in limits.items():
        if type(value) is not int or value <= 0:
            raise ValueError(f"{where}: x-limits.{key} must be a positive integer, got {value!r}")
    return {SERVER_LIMITS[key]: limits[key] for key in SERVER_LIMITS}
