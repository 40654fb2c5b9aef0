"""Renders `_generated/codecs.py`: one straight-line encode and decode function per model, from the spec.

Each function converts and checks at once (slots read directly, types compared with `type(v) is
...`, enums as frozensets, `const` tags, nested models through their own function or in place:
see `_conversion` and `_decode_conversion`) and raises `Unusual` for anything it does not take
as it is; the hand-written layer then falls back to the exact reading. Plain Python
builds the text: the code is small, and its names come from schema and field names only (no
counters), so one spec change gives a local diff.

Encoding and decoding are CPython bytecode bound (about 75 ns per value written on the reference
machine, 150 ns per call of a decoder): the functions are shaped to run few instructions and
calls, not to read like hand-written code.

The models' field order (which is the order of the keys written) is read from the rendered
`models.py` text, executed in a private namespace: the generator never imports the package.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import attrs

from codegen import spec

# Keywords that only describe a value (or were dealt with where the schema is named).
_IGNORED = frozenset({"description", "examples", "example", "title", "summary", "default", "x-unit", "x-error-message"})
_EXACT_TYPES = {"string": "str", "boolean": "bool", "integer": "int"}
_SUPPORTED = frozenset({"$ref", "type", "enum", "const", "items", "additionalProperties", "anyOf", "oneOf"})


@dataclass
class _Model:
    name: str
    fields: list[tuple[str, Any]]  # (name, attrs default) in the class' order, without additional_properties
    properties: dict[str, Any]
    required: set[str]
    extras: Any  # the additionalProperties schema, or None
    always_written: tuple[str, ...]
    ill_typed_kept: bool


@dataclass
class _Context:
    schemas: dict[str, Any]
    models: dict[str, _Model]
    unions: set[str]
    tag_properties: dict[str, str] = field(default_factory=dict)  # a tagged union's tag property
    first_match: dict[str, spec.FirstMatchUnion] = field(default_factory=dict)
    constants: dict[str, str] = field(default_factory=dict)
    helpers: dict[str, str] = field(default_factory=dict)

    # -- schema facts ------------------------------------------------------------------------

    def target(self, schema: Any) -> str | None:
        return spec.ref_name(schema["$ref"]) if isinstance(schema, dict) and "$ref" in schema else None

    def is_structured(self, name: str) -> bool:
        return name in self.models or name in self.unions

    def contains_model(self, schema: Any) -> bool:
        name = self.target(schema)
        if name is not None:
            return self.is_structured(name) or self.contains_model(self.schemas[name])
        if not isinstance(schema, dict):
            return False
        branches = [*schema.get("anyOf", ()), *schema.get("oneOf", ())]
        return any(map(self.contains_model, branches)) or self.contains_model(schema.get("items"))

    def accepts_none(self, schema: Any) -> bool:
        name = self.target(schema)
        if name is not None:
            return not self.is_structured(name) and self.accepts_none(self.schemas[name])
        schema = _plain(schema)
        if schema == {} or schema is True:
            return True
        types = schema.get("type")
        if types == "null" or (isinstance(types, list) and "null" in types):
            return True
        return any(self.accepts_none(branch) for branch in [*schema.get("anyOf", ()), *schema.get("oneOf", ())])

    def alternatives(self, schema: Any) -> list[Any]:
        """The schema's branches, through anyOf/oneOf and references to unnamed-model aliases."""
        name = self.target(schema)
        if name is not None and not self.is_structured(name):
            return self.alternatives(self.schemas[name])
        if isinstance(schema, dict) and ("anyOf" in schema or "oneOf" in schema):
            return [
                alt
                for branch in [*schema.get("anyOf", ()), *schema.get("oneOf", ())]
                for alt in self.alternatives(branch)
            ]
        return [schema]

    # -- pure JSON values: one boolean expression ----------------------------------------------

    def check(self, schema: Any, value: str, where: str, depth: int = 0, *, non_null: bool = False) -> str:
        """An expression that is true when `value` fits `schema` (no model inside it); with
        `non_null`, for a value known not to be None (its null branches left out)."""
        schema = _plain(schema)
        if schema is True or schema == {}:
            return f"is_json({value})"
        unknown = set(schema) - _SUPPORTED - _IGNORED
        if unknown:
            raise ValueError(f"codecs: {where}: keyword {sorted(unknown)[0]!r} is not supported by the codec renderer")
        name = self.target(schema)
        if name is not None:
            target = self.schemas[name]
            if self.is_structured(name):
                raise ValueError(f"codecs: {where}: {name} is a model, not a plain value")
            if "anyOf" in target or "oneOf" in target or "items" in target or "additionalProperties" in target:
                helper = f"fits_{name}"
                if helper not in self.helpers:
                    self.helpers[helper] = ""  # reserved first: a schema may refer to itself
                    body = self.check(target, "value", name)
                    # every check is a comparison, `and`/`or` of them, or a bool-valued call
                    self.helpers[helper] = f"def {helper}(value: Any) -> bool:\n    return {body}\n"
                return f"{helper}({value})"
            return self.check(target, value, name, depth, non_null=non_null)
        if "const" in schema:
            const = schema["const"]
            if isinstance(const, bool):
                return f"{value} is {const}"
            if isinstance(const, str):
                return f"({value} == {const!r} and type({value}) is str)"
            raise ValueError(f"codecs: {where}: const {const!r} is not supported")
        if "enum" in schema:
            values = schema["enum"]
            if schema.get("type") != "string" and not all(isinstance(item, str) for item in values):
                raise ValueError(f"codecs: {where}: only enums of strings are supported")
            constant = "ENUM_" + where.replace(".", "__")
            self.constants[constant] = "frozenset({" + ", ".join(repr(item) for item in values) + "})"
            return f"(type({value}) is str and {value} in {constant})"
        if "anyOf" in schema or "oneOf" in schema:
            branches = [*schema.get("anyOf", ()), *schema.get("oneOf", ())]
            if non_null:
                branches = [branch for branch in branches if _plain(branch) != {"type": "null"}]
            tests = [self.check(branch, value, where, depth, non_null=non_null) for branch in branches]
            return tests[0] if len(tests) == 1 else "(" + " or ".join(tests) + ")"
        types = schema.get("type")
        if types is None:
            raise ValueError(f"codecs: {where}: a schema without a type is not supported")
        if non_null and isinstance(types, list):
            types = [kind for kind in types if kind != "null"]
        tests = [
            self._type_check(kind, schema, value, where, depth)
            for kind in ([types] if isinstance(types, str) else types)
        ]
        return tests[0] if len(tests) == 1 else "(" + " or ".join(tests) + ")"

    def _type_check(self, kind: str, schema: Any, value: str, where: str, depth: int) -> str:
        if kind == "string":
            return f"type({value}) is str"
        if kind == "number":
            return f"(type({value}) is int or (type({value}) is float and {value} - {value} == 0.0))"
        if kind == "integer":
            return f"type({value}) is int"
        if kind == "boolean":
            return f"type({value}) is bool"
        if kind == "null":
            return f"{value} is None"
        if kind == "array":
            items = schema.get("items")
            if items is None or items == {}:
                return f"(type({value}) is list and is_json({value}))"
            plain_items = _plain(items)
            if plain_items.get("type") in _EXACT_TYPES and len(plain_items) == 1:
                # items of one exact type: their types looked up in C, no set built
                exact = _EXACT_TYPES[plain_items["type"]]
                self.constants[f"TYPES_{exact}"] = f"frozenset({{{exact}}})"
                return f"(type({value}) is list and TYPES_{exact}.issuperset(map(type, {value})))"
            item = f"i{depth}"
            inner = self.check(items, item, where + "__items", depth + 1)
            return f"(type({value}) is list and all({inner} for {item} in {value}))"
        if kind == "object":
            if "properties" in schema:
                raise ValueError(f"codecs: {where}: an inline object with properties is not supported; name it")
            extra = schema.get("additionalProperties")
            if extra is None or extra is True or extra == {}:
                return f"(type({value}) is dict and is_json({value}))"
            key, item = f"k{depth}", f"x{depth}"
            inner = self.check(extra, item, where + "__values", depth + 1)
            return (
                f"(type({value}) is dict and all(type({key}) is str and {inner} for {key}, {item} in {value}.items()))"
            )
        raise ValueError(f"codecs: {where}: type {kind!r} is not supported")

    # -- how deep an accepted value can be -------------------------------------------------------

    def levels(self, schema: Any, within: frozenset[str] = frozenset()) -> int | None:
        """The most container levels (the value's own included) of a value the decoders accept
        under `schema`, not counting free JSON values (`is_json`, bounded by MAX_FREE_DEPTH at
        run time); None when unbounded (a schema that holds itself)."""
        name = self.target(schema)
        if name is not None:
            if name in within:
                return None
            if name in self.self_holding:
                return 0  # its decoder reads it only within is_json's bound
            inner = within | {name}
            model = self.models.get(name)
            if model is None:
                return self.levels(self.schemas[name], inner)
            parts = [*model.properties.values(), *([model.extras] if model.extras not in (None, True) else [])]
            deepest = self.deepest(parts, inner)
            return None if deepest is None else 1 + deepest
        schema = _plain(schema)
        if not isinstance(schema, dict):
            return 0
        if "anyOf" in schema or "oneOf" in schema:
            return self.deepest([*schema.get("anyOf", ()), *schema.get("oneOf", ())], within)
        types = schema.get("type")
        kinds = [types] if isinstance(types, str) else list(types or ())
        nested = []
        if "array" in kinds and schema.get("items") not in (None, {}):
            nested.append(schema["items"])
        extra = schema.get("additionalProperties")
        if "object" in kinds and extra not in (None, True, {}):
            nested.append(extra)
        if not nested:
            return 0  # a scalar, or a free container: is_json bounds it
        deepest = self.deepest(nested, within)
        return None if deepest is None else 1 + deepest

    @functools.cached_property
    def self_holding(self) -> frozenset[str]:
        """The models that can hold themselves (a list of inputs and outputs holding a list):
        their decoders take only a value within is_json's bound, which keeps `levels` finite."""
        direct = {name: self._references(self.schemas[name]) for name in self.schemas}
        found = set()
        for name in self.models:
            seen, todo = set(), list(direct[name])
            while todo:
                item = todo.pop()
                if item not in seen:
                    seen.add(item)
                    todo.extend(direct.get(item, ()))
            if name in seen:
                found.add(name)
        return frozenset(found)

    def _references(self, schema: Any) -> set[str]:
        name = self.target(schema)
        if name is not None:
            return {name}
        if not isinstance(schema, dict):
            return set()
        parts = [*schema.get("anyOf", ()), *schema.get("oneOf", ()), *schema.get("allOf", ())]
        parts += [*schema.get("properties", {}).values(), schema.get("items"), schema.get("additionalProperties")]
        return {found for part in parts for found in self._references(part)}

    def deepest(self, schemas: list[Any], within: frozenset[str]) -> int | None:
        found = [self.levels(item, within) for item in schemas]
        return None if None in found else max([0, *(item for item in found if item is not None)])

    # -- values holding models: statements and an expression -----------------------------------

    def convert(self, schema: Any, value: str, where: str, direction: str) -> tuple[list[str], str]:
        """Statements checking a value that is not None, and the expression of its JSON (encode)
        or model (decode) form."""
        alternatives = [alt for alt in map(_plain, self.alternatives(schema)) if alt != {"type": "null"}]
        structured = [alt for alt in alternatives if self.contains_model(alt)]
        plain = [alt for alt in alternatives if not self.contains_model(alt)]
        if not structured:
            return [
                f"if not {self.check(schema, value, where, non_null=True)}:",
                f"    raise Unusual({where!r})",
            ], value
        if len(structured) > 1:
            raise ValueError(f"codecs: {where}: more than one model-holding branch; name the union")
        name = self.target(structured[0])
        if not plain and direction == "decode" and name in self.tag_properties:
            # the tag's decoder found in place: one call per value rather than two
            tag, decode = f"t_{value}", f"d_{value}"
            return [
                f"{tag}: Any = {value}.get({self.tag_properties[name]!r}) if type({value}) is dict else None",
                f"{decode} = DECODERS_{name}.get({tag}) if type({tag}) is str else None",
                f"if {decode} is None:",
                f"    raise Unusual({name + ': tag'!r})",
            ], f"{decode}({value})"
        test, expression = self._structured(structured[0], value, where, direction)
        if not plain:  # a model's own function checks its value; a list must be a list
            needed = test.startswith(f"type({value}) is list")
            return ([f"if not {test}:", f"    raise Unusual({where!r})"] if needed else []), expression
        result = f"c_{value}"
        plain_test = " or ".join(self.check(alt, value, where, non_null=True) for alt in plain)
        lines = [
            f"{result}: Any",
            f"if {test or 'True'}:",
            f"    {result} = {expression}",
            f"elif {plain_test}:",
            f"    {result} = {value}",
            "else:",
            f"    raise Unusual({where!r})",
        ]
        return lines, result

    def _structured(self, schema: Any, value: str, where: str, direction: str) -> tuple[str, str]:
        """(a test of the value's kind, or "" when the function called checks it; the expression)."""
        name = self.target(schema)
        if name is not None:
            kind = f"type({value}) is dict" if direction == "decode" else ""
            return kind, f"{direction}_{name}({value})"
        if isinstance(schema, dict) and "items" in schema:
            item_name = self.target(schema["items"])
            if item_name is None or not self.is_structured(item_name):
                raise ValueError(f"codecs: {where}: a list of models must name its item schema")
            # a comprehension's calls are Python to Python: cheaper than map()'s from C (and on
            # CPython 3.12+ the comprehension has no frame of its own)
            return f"type({value}) is list", f"[{direction}_{item_name}(item) for item in {value}]"
        raise ValueError(f"codecs: {where}: this model-holding schema is not supported")


def _plain(schema: Any) -> Any:
    """The schema without the keywords that only describe."""
    if isinstance(schema, dict):
        return {key: value for key, value in schema.items() if key not in _IGNORED}
    return schema


def _indent(lines: list[str], levels: int = 1) -> list[str]:
    return ["    " * levels + line for line in lines]


def _models(document: spec.Schema, models_source: str) -> dict[str, _Model]:
    namespace: dict[str, Any] = {"__name__": "_codegen_rendered_models"}
    exec(compile(models_source, "<rendered models.py>", "exec"), namespace)  # our own rendered text, not the package
    all_schemas = spec.schemas(document)
    extras_types = spec.additional_properties_types(document)
    result = {}
    for name, schema in all_schemas.items():
        if "properties" not in schema and "allOf" not in schema:
            continue
        properties: dict[str, Any] = {}
        required: set[str] = set()
        for part in spec.resolved_parts(all_schemas, schema):
            properties.update(part.get("properties", {}))
            required.update(part.get("required", []))
        cls = namespace[name]
        if hasattr(cls, "__attrs_post_init__") or any(
            item.validator is not None or item.converter is not None for item in attrs.fields(cls)
        ):
            raise ValueError(f"codecs: {name}: the decoders set the slots; the model must have no hooks")
        fields = [(item.name, item.default) for item in attrs.fields(cls) if item.name != "additional_properties"]
        clashing = [item for item, _ in fields if "__" in item]  # `__` joins a nested model's local names
        if clashing:
            raise ValueError(f"codecs: {name}.{clashing[0]}: a field name with '__' is not supported")
        if {item for item, _ in fields} != set(properties):
            raise ValueError(f"codecs: {name}: the model's fields differ from the schema's properties")
        always = tuple(sorted(key for key, value in properties.items() if "const" in value and key in required))
        for item, default in fields:
            if default not in (attrs.NOTHING, None) and item not in always:
                raise ValueError(f"codecs: {name}.{item}: a default other than None is not supported")
        extras = schema.get("additionalProperties") if name in extras_types else None
        result[name] = _Model(name, fields, properties, required, extras, always, bool(schema.get("x-ill-typed-kept")))
    return result


# A nested model is written inside its parent's encoder (one call and one frame fewer per
# object) when it is small, plain and fixed: at most this many fields, none holding a model,
# no additional properties. A change to it then shows in each parent: a few lines each.
_MAX_INLINED_FIELDS = 8


def _inlined(schema: Any, context: _Context) -> _Model | None:
    """The model a field's value is written as, inside the parent's encoder, if it qualifies."""
    alternatives = [alt for alt in map(_plain, context.alternatives(schema)) if alt != {"type": "null"}]
    name = context.target(alternatives[0]) if len(alternatives) == 1 else None
    model = context.models.get(name) if name is not None else None
    if model is None or model.extras is not None or len(model.fields) > _MAX_INLINED_FIELDS:
        return None
    if any(context.contains_model(model.properties[field_name]) for field_name, _ in model.fields):
        return None
    return model


def _encoder(model: _Model, context: _Context) -> Iterator[str]:
    name = model.name
    yield f"def encode_{name}(obj: Any) -> dict[str, Any]:"
    yield from _indent(list(_encoding(model, context, "obj", "")))
    yield "    return out"


def _encoding(model: _Model, context: _Context, obj: str, prefix: str) -> Iterator[str]:
    """Statements that check `obj` and leave its JSON form in `out` (`o_<prefix>` when inlined).

    The fields always written come first, then the others when not None: the order of
    cattrs' generated unstructuring, which the lenient path keeps."""
    name = model.name
    out = f"o_{prefix[:-2]}" if prefix else "out"
    yield f"if type({obj}) is not models.{name}:"
    yield f"    raise Unusual({name!r})"
    always = [(field_name, default) for field_name, default in model.fields if default is not None]
    optional = [(field_name, default) for field_name, default in model.fields if default is None]
    written = []
    for field_name, _default in always:
        schema = model.properties[field_name]
        value = f"v_{prefix}{field_name}"
        checks, expression = _conversion(schema, value, f"{name}.{field_name}", context, f"{prefix}{field_name}__")
        yield f"{value}: Any = {obj}.{field_name}"
        if expression != value:
            checks = [*checks, f"{value} = {expression}"]
        if context.accepts_none(schema):
            yield f"if {value} is not None:"
            yield from _indent(checks)
        else:
            yield from checks
        written.append(f"{field_name!r}: {value}")
    yield f"{out}: dict[str, Any] = {{{', '.join(written)}}}"
    for field_name, _default in optional:  # left out when None, as they are absent
        schema = model.properties[field_name]
        value = f"v_{prefix}{field_name}"
        checks, expression = _conversion(schema, value, f"{name}.{field_name}", context, f"{prefix}{field_name}__")
        # Most optional fields are absent: the slot is read again when set, not stored when not.
        yield f"if {obj}.{field_name} is not None:"
        yield f"    {value}: Any = {obj}.{field_name}"
        yield from _indent([*checks, f"{out}[{field_name!r}] = {expression}"])
    if model.extras is not None:
        extra_check = context.check(model.extras if model.extras is not True else {}, "value", f"{name}__extra")
        yield f"extra = {obj}.additional_properties"
        yield "if extra:"
        yield f"    if type(extra) is not dict or not KEYS_{name}.isdisjoint(extra):"
        yield f"        raise Unusual({name + '.additional_properties'!r})"
        yield "    for key, value in extra.items():"
        yield f"        if type(key) is not str or not {extra_check}:"
        yield f"            raise Unusual({name + '.additional_properties'!r})"
        yield f"    {out}.update(extra)"


def _conversion(schema: Any, value: str, where: str, context: _Context, prefix: str) -> tuple[list[str], str]:
    """`context.convert` for encoding, in fewer calls: a small fixed model written in place, a
    union's member encoder found by the value's class, a list of models written by a loop in the
    parent (calls from the loop are cheaper than from `map()` or a comprehension's frame on
    CPython 3.11), a plain alternative (a message's text) tested first."""
    inlined = _inlined(schema, context)
    if inlined is not None:
        return list(_encoding(inlined, context, value, prefix)), f"o_{prefix[:-2]}"
    alternatives = [alt for alt in map(_plain, context.alternatives(schema)) if alt != {"type": "null"}]
    structured = [alt for alt in alternatives if context.contains_model(alt)]
    plain = [alt for alt in alternatives if not context.contains_model(alt)]
    if len(structured) != 1:
        return context.convert(schema, value, where, "encode")
    name = context.target(structured[0])
    if name is not None and name in context.unions and not plain:
        return [], f"ENCODERS_{name}[type({value})]({value})"
    item_name = context.target(structured[0].get("items")) if "items" in structured[0] else None
    if item_name is None or not context.is_structured(item_name):
        return context.convert(schema, value, where, "encode")
    call = f"ENCODERS_{item_name}[type(item)](item)" if item_name in context.unions else f"encode_{item_name}(item)"
    result = f"o_{prefix[:-2]}"
    if not plain:
        return [
            f"if type({value}) is not list:",
            f"    raise Unusual({where!r})",
            f"{result}: list[Any] = []",
            f"for item in {value}:",
            f"    {result}.append({call})",
        ], result
    plain_test = " or ".join(context.check(alt, value, where, non_null=True) for alt in plain)
    return [
        f"{result}: Any",
        f"if {plain_test}:",
        f"    {result} = {value}",
        f"elif type({value}) is list:",
        f"    {result} = []",
        f"    for item in {value}:",
        f"        {result}.append({call})",
        "else:",
        f"    raise Unusual({where!r})",
    ], result


# A model of this many fields or more, none of them required, is usually given a few of them
# (a chat message's role and content, three of twenty parameters): its decoder reads the keys
# given, one branch each, rather than looking every field up (most of them absent).
_READ_BY_KEYS_FROM = 6


def _decoder(model: _Model, context: _Context) -> Iterator[str]:
    name = model.name
    yield f"def decode_{name}(doc: Any) -> models.{name}:"
    yield from _indent(list(_decoding(model, context, "doc", "instance", "")))
    yield "    return instance"


def _decoding(model: _Model, context: _Context, doc: str, result: str, prefix: str) -> Iterator[str]:
    """Statements that check the JSON value in `doc` and leave its model in `result`. `prefix`
    names the locals of a model decoded in place, inside its parent's decoder (empty at the top)."""
    name = model.name
    yield f"if type({doc}) is not dict:"
    yield f"    raise Unusual({name!r})"
    if name in context.self_holding:  # the bound that keeps MAX_ACCEPTED_DEPTH finite
        yield f"if not is_json({doc}):"
        yield f"    raise Unusual({name + ': deeper than the codecs read, or not JSON'!r})"
    if not model.required and len(model.fields) >= _READ_BY_KEYS_FROM:
        yield from _decoding_by_keys(model, context, doc, result, prefix)
        return
    local = _Locals(prefix)
    if model.extras is None:
        yield f"if not KEYS_{name}.issuperset({doc}):"
        yield f"    raise Unusual({name + ': unknown key'!r})"
    else:
        extra_check = context.check(model.extras if model.extras is not True else {}, local.value, f"{name}__extra")
        yield f"{local.extra}: dict[str, Any] = {{}}"
        yield f"if not KEYS_{name}.issuperset({doc}):"
        yield f"    {local.extra} = {{{local.key}: {local.value} for {local.key}, {local.value} in {doc}.items()"
        yield f"        if {local.key} not in KEYS_{name}}}"
        yield f"    for {local.key}, {local.value} in {local.extra}.items():"
        yield f"        if type({local.key}) is not str or not {extra_check}:"
        yield f"            raise Unusual({name + '.additional_properties'!r})"
    yield f"{local.get} = {doc}.get"
    stores = []
    for field_name, _default in model.fields:
        schema = model.properties[field_name]
        where = f"{name}.{field_name}"
        value = f"v_{prefix}{field_name}"
        checks, expression = _decode_conversion(schema, value, where, context, prefix, field_name)
        nullable = context.accepts_none(schema)
        required = field_name in model.required
        yield f"{value}: Any = {local.get}({field_name!r})"
        if required and not nullable:
            yield from [*checks, *([f"{value} = {expression}"] if expression != value else [])]
        else:
            if required:
                yield f"if {field_name!r} not in {doc}:"
                yield f"    raise Unusual({where + ': missing'!r})"
            converted = [*checks, *([f"{value} = {expression}"] if expression != value else [])]
            if nullable and converted == checks and len(checks) == 2 and checks[0].startswith("if not "):
                yield f"if {value} is not None and {checks[0][3:]}"  # one check, on a value given
                yield f"{checks[1]}"
            else:
                yield f"if {value} is not None:"
                yield from _indent(converted)
            if not nullable:  # null where the schema does not allow it
                yield f"elif {field_name!r} in {doc}:"
                yield f"    raise Unusual({where!r})"
        stores.append(f"{result}.{field_name} = {_argument(schema, value, context)}")
    # attrs' __init__ costs more than all the checks (keyword matching, the factory default);
    # the models have no validators, converters or hooks (checked when rendering): set the slots.
    yield f"{result}: models.{name} = new(models.{name})"
    yield from stores
    if model.extras is not None:
        yield f"{result}.additional_properties = {local.extra}"


def _decoding_by_keys(model: _Model, context: _Context, doc: str, result: str, prefix: str) -> Iterator[str]:
    """The same checks and result as `_decoding`'s, for a model without required fields: every
    field None first, then one branch per key given."""
    name = model.name
    local = _Locals(prefix)
    yield f"{result}: models.{name} = new(models.{name})"
    for field_name, _default in model.fields:
        yield f"{result}.{field_name} = None"
    if model.extras is not None:
        yield f"{local.extra}: dict[str, Any] = {{}}"
    yield f"for {local.key}, {local.value} in {doc}.items():"
    for index, (field_name, _default) in enumerate(model.fields):
        schema = model.properties[field_name]
        where = f"{name}.{field_name}"
        value = f"v_{prefix}{field_name}"
        checks, expression = _decode_conversion(schema, value, where, context, prefix, field_name)
        converted = [*checks, *([f"{value} = {expression}"] if expression != value else [])]
        argument = _argument(schema, value, context)
        if argument.startswith("cast(") and expression == value:
            argument = local.value  # the value checked, not narrowed by the checks: no cast() call
        store = f"{result}.{field_name} = {argument}"
        yield f"    {'if' if index == 0 else 'elif'} {local.key} == {field_name!r}:"
        if context.accepts_none(schema):
            yield f"        if {local.value} is not None:"
            yield from _indent([f"{value}: Any = {local.value}", *converted, store], 3)
        else:  # null where the schema does not allow it
            yield f"        if {local.value} is None:"
            yield f"            raise Unusual({where!r})"
            yield from _indent([f"{value}: Any = {local.value}", *converted, store], 2)
    yield "    else:"
    if model.extras is None:
        yield f"        raise Unusual({name + ': unknown key'!r})"
    else:
        extra_check = context.check(model.extras if model.extras is not True else {}, local.value, f"{name}__extra")
        yield f"        if type({local.key}) is not str or not {extra_check}:"
        yield f"            raise Unusual({name + '.additional_properties'!r})"
        yield f"        {local.extra}[{local.key}] = {local.value}"
        yield f"{result}.additional_properties = {local.extra}"


@dataclass
class _Locals:
    """The names of a decoding's own locals: plain at the top of a decoder, prefixed in place."""

    prefix: str

    def _named(self, plain: str) -> str:
        return f"{plain}_{self.prefix[:-2]}" if self.prefix else plain

    @property
    def get(self) -> str:
        return self._named("get")

    @property
    def extra(self) -> str:
        return self._named("extra")

    @property
    def key(self) -> str:
        return f"k_{self.prefix[:-2]}" if self.prefix else "key"

    @property
    def value(self) -> str:
        return f"x_{self.prefix[:-2]}" if self.prefix else "value"


def _decode_conversion(
    schema: Any, value: str, where: str, context: _Context, prefix: str, field_name: str
) -> tuple[list[str], str]:
    """`context.convert` for decoding, in fewer calls (about 150 ns each on CPython 3.11): at the
    top of a decoder, a nested model (or each model of a list) is decoded in place, and a list of
    a first-match union finds each item's member in the loop."""
    if prefix:  # one level in place: the parent's code stays a size a reader can follow
        return context.convert(schema, value, where, "decode")
    alternatives = [alt for alt in map(_plain, context.alternatives(schema)) if alt != {"type": "null"}]
    if len(alternatives) != 1:
        return context.convert(schema, value, where, "decode")
    only = alternatives[0]
    inner = f"{prefix}{field_name}__"
    decoded = f"m_{field_name}"  # the model, apart from the JSON value it is read from
    model = _decoded_in_place(context.target(only), context)
    if model is not None:
        return list(_decoding(model, context, value, decoded, inner)), decoded
    item_name = context.target(only.get("items")) if isinstance(only, dict) and "items" in only else None
    if item_name is None:
        return context.convert(schema, value, where, "decode")
    item = f"item_{field_name}"
    result = f"o_{field_name}"
    model = _decoded_in_place(item_name, context)
    if model is not None:
        body = [*_decoding(model, context, item, decoded, inner), f"{result}.append({decoded})"]
    elif item_name in context.first_match:
        body = list(_first_match_dispatch(context.first_match[item_name], context, item, result))
    else:
        return context.convert(schema, value, where, "decode")
    return [
        f"if type({value}) is not list:",
        f"    raise Unusual({where!r})",
        f"{result}: list[Any] = []",
        f"for {item} in {value}:",
        *_indent(body),
    ], result


def _decoded_in_place(name: str | None, context: _Context) -> _Model | None:
    """The model decoded inside its parent's decoder, if it is one (a union member keeps its call)."""
    model = context.models.get(name) if name is not None else None
    if model is None or model.name in context.self_holding:
        return None
    return model


def _first_match_dispatch(union: spec.FirstMatchUnion, context: _Context, doc: str, result: str) -> Iterator[str]:
    """Appends to `result` the member `doc` is read as (the first that may fit, in the server's order)."""
    yield f"if type({doc}) is not dict:"
    yield f"    raise Unusual({union.name!r})"
    tag = f"tag_{doc}"
    yield f"{tag} = {doc}.get({union.tag_property!r})"
    for index, (member, conditions) in enumerate(_member_conditions(union, context.models, doc, tag)):
        append = f"{result}.append(decode_{member}({doc}))"
        if not conditions:  # the rest: this member decides
            yield from ["else:", f"    {append}"] if index else [append]
            return
        yield f"{'elif' if index else 'if'} {' and '.join(conditions)}:"
        yield f"    {append}"
    yield "else:"
    yield f"    raise Unusual({union.name + ': no member fits'!r})"


def _argument(schema: Any, value: str, context: _Context) -> str:
    """A checked value as the model's field. A checked enum value is narrowed to `str` for the
    type checker, where the model wants a Literal: a `const` is written as itself, an enum's
    value is cast to the models' alias of that enum (or its Literal)."""
    plain = _plain(schema)
    if "const" in plain:
        return repr(plain["const"])
    branches = [_plain(branch) for branch in [*plain.get("anyOf", ()), *plain.get("oneOf", ())]]
    named = [context.target(branch) for branch in branches if context.target(branch) is not None]
    if branches and len(named) == 1 and all(b == {"type": "null"} for b in branches if "$ref" not in b):
        target = context.schemas[str(named[0])]
        if "enum" in target:  # a named enum or null
            return f'cast("models.{named[0]} | None", {value})'
    name = context.target(plain)
    if name is not None and "enum" in context.schemas[name]:
        return f'cast("models.{name}", {value})'
    if "enum" in plain:
        return f'cast("Literal[{", ".join(map(repr, plain["enum"]))}]", {value})'
    return value


def _tagged_union(union: spec.TaggedUnion) -> Iterator[str]:
    name = union.name
    yield f"def encode_{name}(obj: Any) -> dict[str, Any]:"
    yield f"    return ENCODERS_{name}[type(obj)](obj)"
    yield ""
    yield ""
    yield f"def decode_{name}(doc: Any) -> Any:"
    yield "    if type(doc) is not dict:"
    yield f"        raise Unusual({name!r})"
    yield f"    tag = doc.get({union.tag_property!r})"
    yield f"    decode = DECODERS_{name}.get(tag) if type(tag) is str else None"
    yield "    if decode is None:"
    yield f"        raise Unusual({name + ': tag'!r})"
    yield "    return decode(doc)"


def _first_match_union(union: spec.FirstMatchUnion, models_by_name: dict[str, _Model]) -> Iterator[str]:
    """Decoding tries the members in the server's order; a member is passed over only when it
    certainly does not fit (another tag, a required key missing): one that may fit decides."""
    name = union.name
    yield f"def encode_{name}(obj: Any) -> dict[str, Any]:"
    yield f"    return ENCODERS_{name}[type(obj)](obj)"
    yield ""
    yield ""
    yield f"def decode_{name}(doc: Any) -> Any:"
    yield "    if type(doc) is not dict:"
    yield f"        raise Unusual({name!r})"
    yield f"    tag = doc.get({union.tag_property!r})"
    for member, conditions in _member_conditions(union, models_by_name, "doc", "tag"):
        if not conditions:
            yield f"    return decode_{member}(doc)"
            return
        yield f"    if {' and '.join(conditions)}:"
        yield f"        return decode_{member}(doc)"
    yield f"    raise Unusual({name + ': no member fits'!r})"


def _member_conditions(
    union: spec.FirstMatchUnion, models_by_name: dict[str, _Model], doc: str, tag: str
) -> Iterator[tuple[str, list[str]]]:
    """Each member with the tests that `doc` may be it, in the server's order (no tests: the rest)."""
    for member in union.members:
        model = models_by_name[member.name]
        conditions = []
        required = set(model.required)
        if member.tag is not None:
            if union.tag_property not in model.required:
                raise ValueError(f"codecs: {member.name}: a union member's tag must be required")
            conditions.append(f"{tag} == {member.tag!r}")
            required.discard(union.tag_property)  # present: it equals the tag
        # a few `in` tests: several times faster than a set comparison with the keys' view
        conditions += [f"{key!r} in {doc}" for key in sorted(required)]
        yield member.name, conditions
        if not conditions:
            return


def render(document: spec.Schema, models_source: str, header: str) -> dict[str, str]:
    """`codecs.py` (its fixed helpers, `codec_support.py`, are copied from codegen/fixed/)."""
    all_schemas = spec.schemas(document)
    models_by_name = _models(document, models_source)
    tagged = spec.tagged_unions(document)
    first_match = spec.first_match_unions(document)
    union_names = {union.name for union in tagged} | {union.name for union in first_match}
    context = _Context(
        all_schemas,
        models_by_name,
        union_names,
        {union.name: union.tag_property for union in tagged},
        {union.name: union for union in first_match},
    )
    functions: list[str] = []
    for name in sorted(models_by_name):
        functions.append("\n".join(_encoder(models_by_name[name], context)))
        functions.append("\n".join(_decoder(models_by_name[name], context)))
    for union in sorted(tagged, key=lambda item: item.name):
        functions.append("\n".join(_tagged_union(union)))
    for first in sorted(first_match, key=lambda item: item.name):
        functions.append("\n".join(_first_match_union(first, models_by_name)))

    def keys(names: Any) -> str:
        return "frozenset({" + ", ".join(repr(item) for item in sorted(names)) + "})"

    constants = [f"{name} = {value}" for name, value in sorted(context.constants.items())]
    constants += [f"KEYS_{name} = {keys(model.properties)}" for name, model in sorted(models_by_name.items())]
    typed_levels = context.deepest([{"$ref": spec.REF_PREFIX + name} for name in sorted(models_by_name)], frozenset())
    constants.append(
        "# The deepest value any decoder accepts: its models' levels plus free JSON's (is_json's bound);\n"
        "# None when unbounded. A caller may leave the client's depth limit to the path it falls back to.\n"
        + (
            "MAX_ACCEPTED_DEPTH: int | None = None"
            if typed_levels is None
            else f"MAX_ACCEPTED_DEPTH: int | None = {typed_levels} + MAX_FREE_DEPTH"
        )
    )
    names = sorted(models_by_name)
    tables = [
        "# Every model's schema name.",
        "SCHEMA_NAMES: dict[type, str] = {" + "".join(f"\n    models.{n}: {n!r}," for n in names) + "\n}",
        "# The `const` tags written even when they are the default.",
        "ALWAYS_WRITTEN: dict[type, tuple[str, ...]] = {"
        + "".join(
            f"\n    models.{n}: {models_by_name[n].always_written!r},"
            for n in names
            if models_by_name[n].always_written
        )
        + "\n}",
        "# The declared fields of the models that also keep other keys (additional_properties).",
        "DECLARED_WITH_EXTRAS: dict[type, frozenset[str]] = {"
        + "".join(f"\n    models.{n}: KEYS_{n}," for n in names if models_by_name[n].extras is not None)
        + "\n}",
        "# Models that keep, under a declared name, a value of another type in `additional_properties`",
        "# (`x-ill-typed-kept`): the server stores it, so the model keeps it and the typed field stays None.",
        "ILL_TYPED_KEPT: frozenset[type] = frozenset({"
        + "".join(f"\n    models.{n}," for n in names if models_by_name[n].ill_typed_kept)
        + "\n})",
        "ENCODERS: dict[type, Callable[[Any], dict[str, Any]]] = {"
        + "".join(f"\n    models.{n}: encode_{n}," for n in names)
        + "\n}",
        "DECODERS: dict[type, Callable[[Any], Any]] = {"
        + "".join(f"\n    models.{n}: decode_{n}," for n in names)
        + "\n}",
    ]
    for union in sorted(tagged, key=lambda item: item.name):
        tables.append(
            f"ENCODERS_{union.name}: dict[type, Callable[[Any], dict[str, Any]]] = Dispatch({union.name!r}, {{"
            + "".join(f"\n    models.{m.name}: encode_{m.name}," for m in union.members)
            + "\n})"
        )
        tables.append(
            f"DECODERS_{union.name}: dict[str, Callable[[Any], Any]] = {{"
            + "".join(f"\n    {m.tag!r}: decode_{m.name}," for m in union.members)
            + "\n}"
        )
    for first in sorted(first_match, key=lambda item: item.name):
        tables.append(
            f"ENCODERS_{first.name}: dict[type, Callable[[Any], dict[str, Any]]] = Dispatch({first.name!r}, {{"
            + "".join(f"\n    models.{m.name}: encode_{m.name}," for m in first.members)
            + "\n})"
        )
    # The spec's unions (and a nullable alias of one) as types to structure into, like the models.
    nullable = _nullable_unions(all_schemas, context)
    tables.append(
        "# The unions the spec names, as types: (is None accepted, the decoder).\n"
        "UNION_DECODERS: dict[Any, tuple[bool, Callable[[Any], Any]]] = {"
        + "".join(f"\n    models.{n}: (False, decode_{n})," for n in sorted(union_names))
        + "".join(f"\n    models.{n}: (True, decode_{target})," for n, target in nullable.items())
        + "\n}"
    )
    tables.append(
        "# Tagged unions: the tag's property and the class of each tag.\n"
        "TAGGED_UNIONS: dict[str, tuple[str, dict[str, type]]] = {"
        + "".join(
            f"\n    {u.name!r}: ({u.tag_property!r}, {{"
            + "".join(f"{m.tag!r}: models.{m.name}, " for m in u.members)
            + "}),"
            for u in sorted(tagged, key=lambda item: item.name)
        )
        + "\n}"
    )
    tables.append(
        "# First-match unions, members in the server's order: (class, tag, extends the last member).\n"
        "FIRST_MATCH_UNIONS: dict[str, tuple[tuple[type, str | None, bool], ...]] = {"
        + "".join(
            f"\n    {u.name!r}: ("
            + "".join(f"(models.{m.name}, {m.tag!r}, {m.extends_fallback!r}), " for m in u.members)
            + "),"
            for u in sorted(first_match, key=lambda item: item.name)
        )
        + "\n}"
    )
    helpers = [text for _, text in sorted(context.helpers.items())]
    codecs = "\n\n\n".join(
        [
            f'{header}\n"""{_CODECS_DOCSTRING}"""\n\n{_CODECS_IMPORTS}\n\n' + "\n".join(constants),
            *helpers,
            *functions,
            "\n\n".join(tables),
            _REGISTER,
        ]
    )
    return {"codecs.py": codecs + "\n"}


def _nullable_unions(all_schemas: dict[str, Any], context: _Context) -> dict[str, str]:
    """The schemas that are a union or null, each with its union's name."""
    found = {}
    for name, schema in sorted(all_schemas.items()):
        alternatives = context.alternatives(schema) if isinstance(schema, dict) else []
        given = [alt for alt in alternatives if _plain(alt) != {"type": "null"}]
        target = context.target(given[0]) if len(given) == 1 and len(given) < len(alternatives) else None
        if target in context.unions:
            found[name] = str(target)
    return found


_CODECS_DOCSTRING = """The models' codecs: for each schema, `encode_<Model>(obj) -> dict` and `decode_<Model>(doc)
-> Model`, which check values while they convert and raise `Unusual` for anything they do not
take as it is (a wrong type, an unknown key, a clash of additional properties with declared
fields); the caller then falls back to the exact reading. Whenever they succeed, their result is
the one the lenient conversion gives. `register(converter)` makes them a cattrs converter's hooks.
"""
_CODECS_IMPORTS = """from collections.abc import Callable
from typing import Any, Literal, cast

import cattrs

from langwatch_collector._generated import models
from langwatch_collector._generated.codec_support import (
    Dispatch,
    MAX_FREE_DEPTH,
    LenientUnstructure,
    Unusual,
    falling_back,
    is_json,
    new,
    register_codecs,
)
"""
_REGISTER = '''# The converter's behaviour for what the codecs refuse: cattrs hooks built on first use.
LENIENT = LenientUnstructure(frozenset(SCHEMA_NAMES), ALWAYS_WRITTEN, DECLARED_WITH_EXTRAS, ILL_TYPED_KEPT)


def register(converter: cattrs.Converter) -> None:
    """Makes the codecs the converter's hooks for every model and every union the spec names."""
    register_codecs(converter, ENCODERS, DECODERS, UNION_DECODERS, LENIENT)
'''
