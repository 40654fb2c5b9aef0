"""Checks JSON data against the spec's schemas and reports every problem with its path.

Written by hand because the package's runtime dependencies are attrs, cattrs and urllib3
only: `jsonschema` would bring four more (one of them compiled). It interprets the subset
of JSON Schema 2020-12 that `openapi/collector.yaml` uses, which the generator checks, and
the test suite checks it against `jsonschema` on generated data. Its messages are written
for people: `spans[2].timestamps.started_at: expected int, got str`.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any

Schema = Mapping[str, Any]
Errors = list[tuple[str, str]]

SUPPORTED_KEYWORDS = frozenset(
    {
        "$ref",
        "type",
        "enum",
        "const",
        "properties",
        "required",
        "additionalProperties",
        "items",
        "anyOf",
        "oneOf",
        "allOf",
        "minimum",
        "maximum",
        "discriminator",
        "x-unit",
        "x-error-message",
        "x-union-strategy",
    }
)

_PYTHON_NAMES = {
    "string": "str",
    "integer": "int",
    "number": "number",
    "boolean": "bool",
    "object": "object",
    "array": "array",
    "null": "null",
}


def json_type(value: Any) -> str:
    """The JSON type name of a decoded value, in the words the messages use."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "bool"
    if isinstance(value, int):
        return "int"
    if isinstance(value, float):
        return "float"
    if isinstance(value, str):
        return "str"
    if isinstance(value, dict):
        return "object"
    if isinstance(value, (list, tuple)):
        return "array"
    return type(value).__name__


def _has_type(value: Any, name: str) -> bool:
    if name == "string":
        return isinstance(value, str)
    if name == "integer":
        if isinstance(value, bool):
            return False
        return isinstance(value, int) or (isinstance(value, float) and value.is_integer())
    if name == "number":
        return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)
    if name == "boolean":
        return isinstance(value, bool)
    if name == "object":
        return isinstance(value, dict)
    if name == "array":
        return isinstance(value, (list, tuple))
    if name == "null":
        return value is None
    raise ValueError(f"unsupported JSON type {name!r}")


def child_path(path: str, key: str | int) -> str:
    if isinstance(key, int):
        return f"{path}[{key}]"
    if not key.isidentifier():
        return f"{path}[{key!r}]"
    return f"{path}.{key}" if path else key


def _short(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


class Validator:
    """Validates values against named component schemas."""

    def __init__(self, schemas: Mapping[str, Schema]) -> None:
        self._schemas = schemas
        # Keyed by id(): the schema table is built once and never changes or goes away.
        self._tag_cache: dict[int, list[tuple[str, Any, bool]]] = {}

    def errors(self, name: str, value: Any, path: str = "") -> Errors:
        found: Errors = []
        self._check(self._schemas[name], value, path, found)
        return found

    def is_valid(self, name: str, value: Any) -> bool:
        return not self.errors(name, value)

    def _check(self, schema: Schema, value: Any, path: str, found: Errors) -> None:
        ref = schema.get("$ref")
        if ref is not None:
            self._check(self._schemas[ref], value, path, found)
        if "type" in schema:
            names = _types(schema)
            if not any(_has_type(value, name) for name in names):
                self._type_error(schema, names, value, path, found)
                return
        if "const" in schema and not _same_json(value, schema["const"]):
            found.append((path, f"expected {schema['const']!r}, got {_short(value)}"))
            return
        if "enum" in schema and not any(_same_json(value, option) for option in schema["enum"]):
            options = ", ".join(repr(option) for option in schema["enum"])
            found.append((path, f"expected one of {options}, got {_short(value)}"))
            return
        if "minimum" in schema or "maximum" in schema:
            self._check_range(schema, value, path, found)
        if isinstance(value, dict):
            self._check_object(schema, value, path, found)
        elif isinstance(value, (list, tuple)) and "items" in schema:
            for index, item in enumerate(value):
                self._check(schema["items"], item, child_path(path, index), found)
        for part in schema.get("allOf", ()):
            self._check(part, value, path, found)
        if "oneOf" in schema:
            self._check_one_of(schema, value, path, found)
        if "anyOf" in schema:
            self._check_any_of(schema, value, path, found)

    def _type_error(self, schema: Schema, names: list[str], value: Any, path: str, found: Errors) -> None:
        if schema.get("x-unit") == "epoch-milliseconds" and isinstance(value, (int, float)):
            found.append((path, _epoch_millis_problem(value)))
            return
        found.append((path, f"expected {_expected(names)}, got {json_type(value)}"))

    def _check_range(self, schema: Schema, value: Any, path: str, found: Errors) -> None:
        if not _has_type(value, "number"):
            return
        low, high = schema.get("minimum"), schema.get("maximum")
        if (low is None or value >= low) and (high is None or value <= high):
            return
        if schema.get("x-unit") == "epoch-milliseconds":
            found.append((path, _epoch_millis_problem(value)))
        elif low is not None and value < low:
            found.append((path, f"must be at least {low}, got {value}"))
        else:
            found.append((path, f"must be at most {high}, got {value}"))

    def _check_object(self, schema: Schema, value: Mapping[str, Any], path: str, found: Errors) -> None:
        properties: Mapping[str, Schema] = schema.get("properties", {})
        for key in schema.get("required", ()):
            if key not in value:
                found.append((child_path(path, key), "missing (required)"))
        extra = schema.get("additionalProperties", True)
        for key, item in value.items():
            if key in properties:
                self._check(properties[key], item, child_path(path, key), found)
            elif extra is False:
                found.append((child_path(path, key), "unknown field"))
            elif extra is not True:
                self._check(extra, item, child_path(path, key), found)

    def _branch_errors(self, schema: Schema, keyword: str, value: Any, path: str) -> list[Errors]:
        """Each branch's problems. For anyOf, stops at the first branch that fits."""
        results = []
        for branch in schema[keyword]:
            branch_found: Errors = []
            if not self._quick_reject(branch, value, path, branch_found):
                self._check(branch, value, path, branch_found)
            results.append(branch_found)
            if keyword == "anyOf" and not branch_found:
                break
        return results

    def _quick_reject(self, branch: Schema, value: Any, path: str, found: Errors) -> bool:
        """Rejects, without walking it, a branch of the wrong type or with a tag the value lacks."""
        if branch.get("type") == "null" and value is not None:
            found.append((path, f"expected null, got {json_type(value)}"))
            return True
        if value is None and "$ref" in branch:
            types = _types(self._resolve(branch))
            if types and "null" not in types:
                found.append((path, f"expected {_expected(types)}, got null"))
                return True
        if self._tag_mismatch(branch, value):
            found.append((path, "tag does not match"))
            return True
        return False

    def _check_one_of(self, schema: Schema, value: Any, path: str, found: Errors) -> None:
        discriminator = schema.get("discriminator")
        if discriminator is not None and isinstance(value, dict):
            tag_name = discriminator["propertyName"]
            mapping: Mapping[str, str] = discriminator["mapping"]
            tag = value.get(tag_name)
            if not isinstance(tag, str) or tag not in mapping:
                options = ", ".join(repr(option) for option in mapping)
                got = "nothing" if tag_name not in value else _short(tag)
                found.append((child_path(path, tag_name), f"expected one of {options}, got {got}"))
                return
            self._check(self._schemas[mapping[tag]], value, path, found)
            return
        results = self._branch_errors(schema, "oneOf", value, path)
        passed = sum(1 for branch_found in results if not branch_found)
        if passed == 1:
            return
        if passed > 1:
            found.append((path, "matches more than one of the allowed shapes"))
            return
        self._report_best(schema, results, value, path, found)

    def _check_any_of(self, schema: Schema, value: Any, path: str, found: Errors) -> None:
        results = self._branch_errors(schema, "anyOf", value, path)
        if results and not results[-1]:
            return
        self._report_best(schema, results, value, path, found)

    def _report_best(self, schema: Schema, results: list[Errors], value: Any, path: str, found: Errors) -> None:
        message = schema.get("x-error-message")
        if message is not None:
            found.append((path, message))
            return
        # A branch that failed on the value's own type, or whose tag (a `const` property)
        # the value does not carry, says little. Among the rest, the one with the fewest
        # problems is what the user most likely meant; ties go to the last branch, the most
        # general one in a first-match union (BaseSpan).
        branches = _branches(schema)
        candidates = [
            (self._tag_mismatch(branch, value), len(branch_found), index)
            for index, (branch, branch_found) in enumerate(zip(branches, results, strict=True))
            if not _root_type_error(branch_found, path, value)
        ]
        if not candidates:
            expected = " or ".join(self._describe_branch(branch) for branch in branches)
            found.append((path, f"expected {expected}, got {json_type(value)}"))
            return
        best = min(candidates, key=lambda candidate: (candidate[0], candidate[1], -candidate[2]))
        found.extend(results[best[2]])

    def _resolve(self, schema: Schema) -> Schema:
        while "$ref" in schema:
            schema = self._schemas[schema["$ref"]]
        return schema

    def _tag_mismatch(self, branch: Schema, value: Any) -> bool:
        if not isinstance(value, dict):
            return False
        for key, const, required in self._tags(branch):
            if key in value:
                if not _same_json(value[key], const):
                    return True
            elif required:
                return True
        return False

    def _tags(self, branch: Schema) -> list[tuple[str, Any, bool]]:
        """The `const` properties of a branch (through $ref and allOf): (key, value, required)."""
        cached = self._tag_cache.get(id(branch))
        if cached is not None:
            return cached
        resolved = self._resolve(branch)
        parts = [resolved, *(self._resolve(part) for part in resolved.get("allOf", ()))]
        required = {key for part in parts for key in part.get("required", ())}
        tags = [
            (key, prop["const"], key in required)
            for part in parts
            for key, prop in part.get("properties", {}).items()
            if "const" in prop
        ]
        self._tag_cache[id(branch)] = tags
        return tags

    def _describe_branch(self, branch: Schema) -> str:
        branch = self._resolve(branch)
        if "type" not in branch:
            return "object" if "properties" in branch or "allOf" in branch else "value"
        return _expected(_types(branch))


def _branches(schema: Schema) -> list[Schema]:
    return list(schema.get("oneOf", ())) + list(schema.get("anyOf", ()))


def _expected(names: list[str]) -> str:
    return " or ".join(_PYTHON_NAMES[name] for name in names)


def _types(schema: Schema) -> list[str]:
    types = schema.get("type", [])
    return [types] if isinstance(types, str) else list(types)


def _root_type_error(branch_found: Errors, path: str, value: Any) -> bool:
    suffix = f", got {json_type(value)}"
    return any(
        error_path == path and message.startswith("expected ") and message.endswith(suffix)
        for error_path, message in branch_found
    )


def _same_json(left: Any, right: Any) -> bool:
    """JSON equality: true is not 1, and 1 equals 1.0."""
    if isinstance(left, bool) or isinstance(right, bool):
        return isinstance(left, bool) and isinstance(right, bool) and left == right
    result: bool = left == right
    return result


def _epoch_millis_problem(value: float) -> str:
    whole = isinstance(value, int) or (isinstance(value, float) and value.is_integer())
    if not whole:
        return f"must be whole epoch milliseconds (13 digits), got {value}"
    hint = ""
    if 1e9 <= value < 1e10:
        hint = " — looks like seconds: multiply by 1000"
    elif 1e15 <= value < 1e17:
        hint = " — looks like microseconds: divide by 1000"
    elif 1e18 <= value < 1e20:
        hint = " — looks like nanoseconds: divide by 1000000"
    return f"must be epoch milliseconds (13 digits), got {int(value)}{hint}"
