"""Checks JSON data against the spec's schemas and reports every problem with its path.

Written by hand because the package's runtime dependencies are attrs, cattrs and urllib3
only: `jsonschema` would bring four more (one of them compiled). It interprets the subset
of JSON Schema 2020-12 that `openapi/collector.yaml` uses, which the generator checks, and
the test suite checks it against `jsonschema` on generated data. Its messages are written
for people: `spans[2].timestamps.started_at: expected int, got str`.

It reads the OpenAPI document itself (the package's one copy of the contract, `_generated/spec.py`):
references are JSON pointers into it, annotations are skipped. Each schema is prepared on
first use, so building a `Validator` costs nothing. Two modes share the prepared schemas:
`errors` walks a value and reports every problem, `is_valid` runs a predicate built once per
schema from closures (no dict lookups of keywords, no paths written) that stops at the first
problem; `errors` runs it first, so valid data, the common case, is never walked twice.

Only the standard library is imported: the generator loads this module from its file (for
SUPPORTED_KEYWORDS and ANNOTATIONS) without importing the package it writes.
"""

from __future__ import annotations

import math
import os
import threading
import weakref
from collections.abc import Callable, Mapping
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
        "x-ill-typed-kept",
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


def is_json_integer(value: Any) -> bool:
    """A JSON integer: an int (not a bool), or a float with no fractional part."""
    if type(value) is int:  # what JSON decoding gives: decided before the general tests
        return True
    if isinstance(value, bool):
        return False
    return isinstance(value, int) or (isinstance(value, float) and value.is_integer())


_PLAIN_NUMBERS = frozenset({int, float})


def is_json_number(value: Any) -> bool:
    """A JSON number as the server reads it: not a bool, not NaN (`1e400` is read as Infinity)."""
    # An int is never NaN, and one too large for a double (which `math.isnan` refuses with
    # OverflowError) is read by the server as Infinity, a number it keeps.
    if type(value) in _PLAIN_NUMBERS:  # what JSON decoding gives: no bool to rule out
        return type(value) is int or not math.isnan(value)
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return False
    return isinstance(value, int) or not math.isnan(value)


def _has_type(value: Any, name: str) -> bool:
    if name == "string":
        return isinstance(value, str)
    if name == "integer":
        return is_json_integer(value)
    if name == "number":
        return is_json_number(value)
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


class _Plan:
    """One schema, prepared once: what `Validator._check` reads instead of the schema dict."""

    __slots__ = (
        "all_of",
        "any_of",
        "classes",
        "const",
        "const_only",
        "discriminator",
        "enum",
        "error_message",
        "extra",
        "has_const",
        "high",
        "items",
        "low",
        "nullable",
        "one_of",
        "predicate",
        "properties",
        "ref",
        "required",
        "schema",
        "simple",
        "type_names",
        "type_test",
        "unit",
    )

    def __init__(self, schema: Schema) -> None:
        self.schema = schema
        self.ref: _Plan | None = None
        self.type_names: list[str] | None = _types(schema) if "type" in schema else None
        self.type_test: Callable[[Any], bool] | None = None
        if self.type_names is not None:
            self.type_test = _type_test(self.type_names)
        self.has_const = "const" in schema
        self.const = schema.get("const")
        self.enum: list[Any] | None = schema.get("enum")
        self.low, self.high = schema.get("minimum"), schema.get("maximum")
        self.unit: str | None = schema.get("x-unit")
        self.error_message: str | None = schema.get("x-error-message")
        self.required: tuple[str, ...] = tuple(schema.get("required", ()))
        self.properties: dict[str, _Plan] = {}
        self.extra: _Plan | bool = True
        self.items: _Plan | None = None
        self.all_of: list[_Plan] = []
        self.one_of: list[_Plan] = []
        self.any_of: list[_Plan] = []
        self.discriminator: tuple[str, dict[str, _Plan], str] | None = None
        # `oneOf: [X, {type: null}]`, the spec's way to write "X or null", when X excludes null.
        self.nullable: _Plan | None = None
        self.predicate: Callable[[Any], bool] | None = None  # built by `Validator._predicate` on first use
        keywords = _keywords(schema)
        # A schema that only names a type (most leaves): checked inline, without a call.
        self.simple = self.type_test is not None and keywords <= {"type"}
        # A simple schema whose types Python classes decide alone (no integer or number): its test.
        self.classes: tuple[type, ...] | None = None
        if self.simple and self.type_names is not None and not _NUMERIC_TESTS & set(self.type_names):
            self.classes = tuple(cls for name in self.type_names for cls in _CLASSES[name])
        self.const_only = self.has_const and keywords <= {"const"}


# Keywords that describe a schema without constraining values: skipped wherever keywords are read.
ANNOTATIONS = frozenset({"description", "examples", "example", "title", "summary", "default"})
# Extensions that guide the generated models, not what a value may be.
_MODEL_ONLY = frozenset({"x-union-strategy", "x-ill-typed-kept"})


def _keywords(schema: Schema) -> set[str]:
    return set(schema) - ANNOTATIONS - _MODEL_ONLY


# The JSON types a Python class test decides alone; integer and number need a function (a bool
# is an int to Python, NaN is a float). Checking all of a list of types with one `isinstance`
# keeps the most common leaf, `[string, "null"]`, a single call.
_CLASSES: dict[str, tuple[type, ...]] = {
    "string": (str,),
    "boolean": (bool,),
    "object": (dict,),
    "array": (list, tuple),
    "null": (type(None),),
}
_NUMERIC_TESTS = frozenset({"integer", "number"})


def _type_test(names: list[str]) -> Callable[[Any], bool]:
    """One function that tells whether a value has one of the JSON types `names`."""
    classes = tuple(cls for name in names for cls in _CLASSES.get(name, ()))
    numeric = [name for name in names if name in _NUMERIC_TESTS]
    unknown = [name for name in names if name not in _CLASSES and name not in _NUMERIC_TESTS]
    if unknown:
        raise ValueError(f"unsupported JSON type {unknown[0]!r}")
    if not numeric:
        return lambda value: isinstance(value, classes)
    number = is_json_number if "number" in names else is_json_integer  # a number admits every integer
    if not classes:
        return number
    return lambda value: isinstance(value, classes) or number(value)


REF_PREFIX = "#/"
COMPONENTS = "#/components/schemas/"
Document = Mapping[str, Any]
# A unit's (x-unit) message for a number of the wrong kind: the package's home of that knowledge
# supplies it (epoch milliseconds: timestamps.py), so this module stays standard-library only.
UnitProblems = Mapping[str, Callable[[Any], str]]


class Validator:
    """Validates values against the named component schemas of an OpenAPI document.

    `document` is the document or a function that returns it, called on first use (so that
    creating a validator at import loads nothing). Each schema is prepared once into a `_Plan`
    (its keywords read, its references resolved, its subschemas linked), so validating a value
    walks plans rather than looking keywords up in dicts.
    """

    def __init__(
        self, document: Document | Callable[[], Document], *, unit_problems: UnitProblems | None = None
    ) -> None:
        self._source = document
        self._document: Document | None = None
        self._unit_problems: UnitProblems = unit_problems or {}
        # Keyed by id(): the document is loaded once and never changes or goes away.
        self._plans: dict[int, _Plan] = {}
        self._named: dict[str, _Plan] = {}
        self._tag_cache: dict[int, list[tuple[str, Any, bool]]] = {}
        self._extensions: dict[str, Callable[[Any], bool]] = {}
        self._named_predicates: dict[str, Callable[[Any], bool]] = {}
        # Plans and predicates are built on first use, maybe by several threads at once (the
        # exporter's workers): one builds at a time, and a plan or predicate is published under
        # its name only once complete, so no thread ever walks one half built.
        self._building = threading.RLock()
        _LIVE.add(self)

    @property
    def document(self) -> Document:
        document = self._document
        if document is None:
            with self._building:  # loading (an import) counts as building: see _hold_builds_over_fork
                if self._document is None:
                    self._document = self._source() if callable(self._source) else self._source
                document = self._document
        return document

    def schema(self, name: str) -> Schema:
        """The component schema `name`, as the document states it."""
        schema: Schema = self.document["components"]["schemas"][name]
        return schema

    def errors(self, name: str, value: Any, path: str = "") -> Errors:
        """Every problem of `value` against the schema `name`; [] when it fits."""
        if self.is_valid(name, value):
            return []
        return self.interpreted_errors(name, value, path)

    def interpreted_errors(self, name: str, value: Any, path: str = "") -> Errors:
        """The problems found by walking the schema, without the boolean fast path first."""
        found: Errors = []
        self._check(self._named_plan(name), value, path, found)
        return found

    def is_valid(self, name: str, value: Any) -> bool:
        """Whether `value` fits the schema `name`: stops at the first problem, writes no message."""
        predicate = self._named_predicates.get(name)
        if predicate is None:
            with self._building:
                predicate = self._predicate(self._named_plan(name))
                self._named_predicates[name] = predicate
        return predicate(value)

    def extension_is_valid(self, name: str, value: Any) -> bool:
        """Whether `value` fits the parts of an `allOf` schema that are not references.

        For a schema that extends another (LLMSpan: BaseSpan plus its own fields) and a value
        already known to fit the other, this says whether it fits the whole, at a fraction of
        the cost of checking it all again.
        """
        check = self._extensions.get(name)
        if check is None:
            with self._building:
                parts = [self._predicate(part) for part in self._named_plan(name).all_of if part.ref is None]
                check = self._extensions[name] = _all(parts)
        return check(value)

    def _named_plan(self, name: str) -> _Plan:
        plan = self._named.get(name)
        if plan is None:
            with self._building:
                plan = self._plan(self.schema(name))
                self._named[name] = plan
        return plan

    def resolve(self, ref: str) -> Schema:
        """The schema a local reference (`#/components/schemas/Span`, any JSON pointer) points to."""
        if not ref.startswith(REF_PREFIX):
            raise ValueError(f"only local references are supported, got {ref!r}")
        target: Any = self.document
        for part in ref[len(REF_PREFIX) :].split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        result: Schema = target
        return result

    def _plan(self, schema: Schema) -> _Plan:
        plan = self._plans.get(id(schema))
        if plan is not None:
            return plan
        plan = self._plans[id(schema)] = _Plan(schema)  # stored first: schemas refer to themselves
        if "$ref" in schema:
            plan.ref = self._plan(self.resolve(schema["$ref"]))
        plan.properties = {key: self._plan(value) for key, value in schema.get("properties", {}).items()}
        extra = schema.get("additionalProperties", True)
        plan.extra = extra if isinstance(extra, bool) else self._plan(extra)
        if "items" in schema:
            plan.items = self._plan(schema["items"])
        plan.all_of = [self._plan(part) for part in schema.get("allOf", ())]
        plan.one_of = [self._plan(part) for part in schema.get("oneOf", ())]
        plan.any_of = [self._plan(part) for part in schema.get("anyOf", ())]
        if len(plan.one_of) == 2 and _is_just_null(plan.one_of[1]):
            types = self._through_refs(plan.one_of[0]).type_names
            if types is not None and "null" not in types:
                plan.nullable = plan.one_of[0]
        discriminator = schema.get("discriminator")
        if discriminator is not None:
            mapping = {tag: self._plan(self.resolve(ref)) for tag, ref in discriminator["mapping"].items()}
            options = ", ".join(repr(option) for option in mapping)
            plan.discriminator = (discriminator["propertyName"], mapping, options)
        return plan

    # -- the boolean mode ----------------------------------------------------------------------

    def _predicate(self, plan: _Plan) -> Callable[[Any], bool]:
        """A function true exactly when `_check` finds no problem, built once per plan."""
        if plan.predicate is not None:
            return plan.predicate
        # A schema that refers to itself, through others, meets this placeholder: it calls the
        # finished predicate, which replaces it before any value is checked.
        plan.predicate = lambda value: plan.predicate(value)  # type: ignore[misc]  # set below
        checks: list[Callable[[Any], bool]] = []
        if plan.ref is not None:
            checks.append(self._predicate(plan.ref))
        has_object_test = bool(plan.properties or plan.required or plan.extra is not True)
        # An object's (an array's) own test checks the class too: one call, not two.
        only_objects = plan.type_names == ["object"] and has_object_test
        only_arrays = plan.type_names == ["array"] and plan.items is not None and not has_object_test
        if plan.type_test is not None and not only_objects and not only_arrays:
            checks.append(plan.type_test)
        if plan.has_const:
            checks.append(_const_test(plan.const))
        if plan.enum is not None:
            checks.append(_enum_test(plan.enum))
        if plan.low is not None or plan.high is not None:
            checks.append(_range_test(plan.low, plan.high))
        if has_object_test:
            checks.append(self._object_test(plan, only_objects))
        if plan.items is not None:
            checks.append(_items_test(self._predicate(plan.items), only_arrays))
        checks.extend(self._predicate(part) for part in plan.all_of)
        if plan.nullable is not None:
            inner = self._predicate(plan.nullable)
            checks.append(lambda value: value is None or inner(value))
        elif plan.one_of:
            checks.append(self._one_of_test(plan))
        if plan.any_of:
            checks.append(_any([self._predicate(branch) for branch in plan.any_of]))
        plan.predicate = _all(checks)
        return plan.predicate

    def _object_test(self, plan: _Plan, only_objects: bool) -> Callable[[Any], bool]:
        """The object keywords' test; with `only_objects`, also the type's (anything else fails)."""
        otherwise = not only_objects
        required = plan.required
        # A property that only names types is tested inline by class (no call): most leaves are.
        properties: dict[str, Callable[[Any], bool] | tuple[type, ...]] = {
            key: sub.classes if sub.classes is not None else self._predicate(sub)
            for key, sub in plan.properties.items()
        }
        open_ = plan.extra is True  # other keys allowed, whatever their value
        extra = None if isinstance(plan.extra, bool) else self._predicate(plan.extra)

        def test(value: Any) -> bool:
            if not isinstance(value, dict):
                return otherwise
            for key in required:
                if key not in value:
                    return False
            if open_ and len(properties) < len(value):
                # Other keys are free: only the named properties need a look, and they are fewer.
                for key, named in properties.items():
                    if key in value:
                        if type(named) is tuple:
                            if not isinstance(value[key], named):
                                return False
                        elif not named(value[key]):  # type: ignore[operator]  # not a tuple: a test
                            return False
                return True
            for key, item in value.items():
                check = properties.get(key)
                if check is not None:
                    if type(check) is tuple:
                        if not isinstance(item, check):
                            return False
                    elif not check(item):  # type: ignore[operator]  # not a tuple: a test
                        return False
                elif not open_ and (extra is None or not extra(item)):
                    return False
            return True

        return test

    def _one_of_test(self, plan: _Plan) -> Callable[[Any], bool]:
        branches = [self._predicate(branch) for branch in plan.one_of]
        if len(branches) == 2 and _is_just_null(plan.one_of[1]) and self._rejects_null(plan.one_of[0]):
            # "X or null" where X never takes null: exactly one fits when X does or the value is null.
            inner = branches[0]
            return lambda value: value is None or inner(value)

        def exactly_one(value: Any) -> bool:
            return sum(1 for branch in branches if branch(value)) == 1

        if plan.discriminator is None:
            return exactly_one
        tag_name, mapping, _ = plan.discriminator
        targets = {tag: self._predicate(target) for tag, target in mapping.items()}

        def tagged(value: Any) -> bool:
            if not isinstance(value, dict):
                return exactly_one(value)
            tag = value.get(tag_name)
            target = targets.get(tag) if isinstance(tag, str) else None
            return target is not None and target(value)

        return tagged

    def _rejects_null(self, plan: _Plan, depth: int = 0) -> bool:
        """Whether no null fits the schema, as its types (or all its branches') say; False when unsure."""
        plan = self._through_refs(plan)
        if depth > 20:  # a schema nested through itself this deep: give up, the general test is right
            return False
        if plan.type_names is not None and "null" not in plan.type_names:
            return True
        if plan.discriminator is not None:
            return all(self._rejects_null(target, depth + 1) for target in plan.discriminator[1].values())
        for branches in (plan.one_of, plan.any_of):
            if branches and all(self._rejects_null(branch, depth + 1) for branch in branches):
                return True
        return any(self._rejects_null(part, depth + 1) for part in plan.all_of)

    # -- the walk that reports ----------------------------------------------------------------

    def _check(self, plan: _Plan, value: Any, path: str, found: Errors) -> None:
        if plan.ref is not None:
            self._check(plan.ref, value, path, found)
        if plan.type_test is not None and not plan.type_test(value):
            self._type_error(plan, value, path, found)
            return
        if plan.has_const and not same_json(value, plan.const):
            found.append((path, f"expected {plan.const!r}, got {_short(value)}"))
            return
        if plan.enum is not None and not any(same_json(value, option) for option in plan.enum):
            options = ", ".join(repr(option) for option in plan.enum)
            found.append((path, f"expected one of {options}, got {_short(value)}"))
            return
        if plan.low is not None or plan.high is not None:
            self._check_range(plan, value, path, found)
        if isinstance(value, dict):
            if plan.properties or plan.required or plan.extra is not True:
                self._check_object(plan, value, path, found)
        elif plan.items is not None and isinstance(value, (list, tuple)):
            items = plan.items
            for index, item in enumerate(value):
                self._check(items, item, f"{path}[{index}]", found)
        for part in plan.all_of:
            self._check(part, value, path, found)
        if plan.nullable is not None:
            self._check_nullable(plan.nullable, value, path, found)
        elif plan.one_of:
            self._check_one_of(plan, value, path, found)
        if plan.any_of:
            self._check_any_of(plan, value, path, found)

    def _unit_problem(self, plan: _Plan, value: Any) -> str | None:
        """The unit's own words for a number that is not one of its values (see UnitProblems)."""
        if plan.unit is None or not isinstance(value, (int, float)) or isinstance(value, bool):
            return None
        describe = self._unit_problems.get(plan.unit)
        return None if describe is None else describe(value)

    def _type_error(self, plan: _Plan, value: Any, path: str, found: Errors) -> None:
        problem = self._unit_problem(plan, value)
        if problem is not None:
            found.append((path, problem))
            return
        assert plan.type_names is not None
        found.append((path, f"expected {_expected(plan.type_names)}, got {json_type(value)}"))

    def _check_range(self, plan: _Plan, value: Any, path: str, found: Errors) -> None:
        if not _has_type(value, "number"):
            return
        low, high = plan.low, plan.high
        if (low is None or value >= low) and (high is None or value <= high):
            return
        problem = self._unit_problem(plan, value)
        if problem is not None:
            found.append((path, problem))
        elif low is not None and value < low:
            found.append((path, f"must be at least {low}, got {value}"))
        else:
            found.append((path, f"must be at most {high}, got {value}"))

    def _check_object(self, plan: _Plan, value: Mapping[str, Any], path: str, found: Errors) -> None:
        for key in plan.required:
            if key not in value:
                found.append((child_path(path, key), "missing (required)"))
        properties, extra = plan.properties, plan.extra
        for key, item in value.items():
            sub = properties.get(key)
            if sub is not None:
                if not sub.simple:
                    self._check(sub, item, child_path(path, key), found)
                elif not sub.type_test(item):  # type: ignore[misc]  # simple implies a type test
                    self._type_error(sub, item, child_path(path, key), found)
            elif extra is False:
                found.append((child_path(path, key), "unknown field"))
            elif extra is not True:
                self._check(extra, item, child_path(path, key), found)

    def _branch_errors(self, branches: list[_Plan], any_of: bool, value: Any, path: str) -> list[Errors]:
        """Each branch's problems. For anyOf, stops at the first branch that fits."""
        results = []
        for branch in branches:
            branch_found: Errors = []
            if not self._quick_reject(branch, value, path, branch_found):
                self._check(branch, value, path, branch_found)
            results.append(branch_found)
            if any_of and not branch_found:
                break
        return results

    def _quick_reject(self, branch: _Plan, value: Any, path: str, found: Errors) -> bool:
        """Rejects, without walking it, a branch of the wrong type or with a tag the value lacks."""
        if branch.type_names == ["null"] and value is not None:
            found.append((path, f"expected null, got {json_type(value)}"))
            return True
        if value is None and branch.ref is not None:
            types = self._through_refs(branch).type_names
            if types and "null" not in types:
                found.append((path, f"expected {_expected(types)}, got null"))
                return True
        if self._tag_mismatch(branch, value):
            found.append((path, "tag does not match"))
            return True
        return False

    def _check_one_of(self, plan: _Plan, value: Any, path: str, found: Errors) -> None:
        if plan.discriminator is not None and isinstance(value, dict):
            tag_name, mapping, options = plan.discriminator
            tag = value.get(tag_name)
            target = mapping.get(tag) if isinstance(tag, str) else None
            if target is None:
                got = "nothing" if tag_name not in value else _short(tag)
                found.append((child_path(path, tag_name), f"expected one of {options}, got {got}"))
                return
            self._check(target, value, path, found)
            return
        results = self._branch_errors(plan.one_of, False, value, path)
        passed = sum(1 for branch_found in results if not branch_found)
        if passed == 1:
            return
        if passed > 1:
            found.append((path, "matches more than one of the allowed shapes"))
            return
        self._report_best(plan, plan.one_of, results, value, path, found)

    def _check_nullable(self, inner: _Plan, value: Any, path: str, found: Errors) -> None:
        """`X or null`: what the general oneOf check concludes, without building its branch lists."""
        if value is None:
            return
        inner_found: Errors = []
        self._check(inner, value, path, inner_found)
        if inner_found and _root_type_error(inner_found, path, value):
            found.append((path, f"expected {self._describe_branch(inner)} or null, got {json_type(value)}"))
        else:
            found.extend(inner_found)

    def _check_any_of(self, plan: _Plan, value: Any, path: str, found: Errors) -> None:
        results = self._branch_errors(plan.any_of, True, value, path)
        if results and not results[-1]:
            return
        self._report_best(plan, plan.any_of, results, value, path, found)

    def _report_best(
        self, plan: _Plan, branches: list[_Plan], results: list[Errors], value: Any, path: str, found: Errors
    ) -> None:
        if plan.error_message is not None:
            found.append((path, plan.error_message))
            return
        # A branch that failed on the value's own type, or whose tag (a `const` property)
        # the value does not carry, says little. Among the rest, the one with the fewest
        # problems is what the user most likely meant; ties go to the last branch, the most
        # general one in a first-match union (BaseSpan).
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

    @staticmethod
    def _through_refs(plan: _Plan) -> _Plan:
        while plan.ref is not None:
            plan = plan.ref
        return plan

    def _tag_mismatch(self, branch: _Plan, value: Any) -> bool:
        if not isinstance(value, dict):
            return False
        for key, const, required in self._tags(branch):
            if key in value:
                if not same_json(value[key], const):
                    return True
            elif required:
                return True
        return False

    def _tags(self, branch: _Plan) -> list[tuple[str, Any, bool]]:
        """The `const` properties of a branch (through $ref and allOf): (key, value, required)."""
        cached = self._tag_cache.get(id(branch))
        if cached is not None:
            return cached
        resolved = self._through_refs(branch)
        parts = [resolved, *(self._through_refs(part) for part in resolved.all_of)]
        required = {key for part in parts for key in part.required}
        tags = [
            (key, prop.const, key in required)
            for part in parts
            for key, prop in part.properties.items()
            if prop.has_const
        ]
        self._tag_cache[id(branch)] = tags
        return tags

    def _describe_branch(self, branch: _Plan) -> str:
        resolved = self._through_refs(branch)
        if resolved.type_names is None:
            return "object" if resolved.properties or resolved.all_of else "value"
        return _expected(resolved.type_names)


# A process that forks while another thread builds (or imports the document) would hand its child
# a lock held by no thread, or a half-imported module: the fork waits for builds to finish.
_LIVE: weakref.WeakSet[Validator] = weakref.WeakSet()
_HELD_OVER_FORK: list[Validator] = []


def _hold_builds_over_fork() -> None:
    for validator in list(_LIVE):
        validator._building.acquire()
        _HELD_OVER_FORK.append(validator)


def _release_builds_after_fork() -> None:
    while _HELD_OVER_FORK:
        _HELD_OVER_FORK.pop()._building.release()


if hasattr(os, "register_at_fork"):  # POSIX
    os.register_at_fork(
        before=_hold_builds_over_fork,
        after_in_parent=_release_builds_after_fork,
        after_in_child=_release_builds_after_fork,
    )


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


def same_json(left: Any, right: Any) -> bool:
    """JSON equality: true is not 1, and 1 equals 1.0."""
    if isinstance(left, bool) or isinstance(right, bool):
        return isinstance(left, bool) and isinstance(right, bool) and left == right
    result: bool = left == right
    return result


def _all(checks: list[Callable[[Any], bool]]) -> Callable[[Any], bool]:
    """One test made of several, each run only while the others pass; one test stays itself."""
    if not checks:
        return lambda value: True
    if len(checks) == 1:
        return checks[0]
    if len(checks) == 2:
        first, second = checks
        return lambda value: first(value) and second(value)
    frozen = tuple(checks)

    def every(value: Any) -> bool:
        for check in frozen:  # noqa: SIM110  # a loop: no generator to run
            if not check(value):
                return False
        return True

    return every


def _is_just_null(plan: _Plan) -> bool:
    return plan.type_names == ["null"] and _keywords(plan.schema) == {"type"}


def _enum_test(options: list[Any]) -> Callable[[Any], bool]:
    if all(isinstance(option, str) for option in options):
        strings = frozenset(options)  # strings compare as JSON does: a set lookup decides
        return lambda value: isinstance(value, str) and value in strings
    return lambda value: any(same_json(value, option) for option in options)


def _range_test(low: float | None, high: float | None) -> Callable[[Any], bool]:
    def test(value: Any) -> bool:
        if not is_json_number(value):
            return True
        return (low is None or value >= low) and (high is None or value <= high)

    return test


def _items_test(item: Callable[[Any], bool], only_arrays: bool) -> Callable[[Any], bool]:
    """The items' test; with `only_arrays`, also the type's (anything else fails)."""
    otherwise = not only_arrays

    def test(value: Any) -> bool:
        if not isinstance(value, (list, tuple)):
            return otherwise
        for element in value:  # noqa: SIM110  # a loop: no generator to run
            if not item(element):
                return False
        return True

    return test


def _any(branches: list[Callable[[Any], bool]]) -> Callable[[Any], bool]:
    """Passes when one of `branches` does, trying them in order (the server's first match)."""
    if len(branches) == 2:
        first, second = branches
        return lambda value: first(value) or second(value)
    if len(branches) == 3:
        first, second, third = branches
        return lambda value: first(value) or second(value) or third(value)
    frozen = tuple(branches)

    def some(value: Any) -> bool:
        for branch in frozen:  # noqa: SIM110  # a loop: no generator to run
            if branch(value):
                return True
        return False

    return some


def _const_test(const: Any) -> Callable[[Any], bool]:
    if isinstance(const, str):  # a tag, the usual const: equal strings are the same JSON
        return lambda value: value == const and isinstance(value, str)
    return lambda value: same_json(value, const)
