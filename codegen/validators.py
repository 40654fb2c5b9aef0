"""Compiles the spec's schemas into plain Python predicates: the validator's fast path.

Each component schema becomes `def _valid_<Name>(value) -> bool`, true exactly when the value
fits the schema. Valid data, the common case, is then accepted by straight-line code; only
data that fails goes through the runtime's interpreter, which says what is wrong and where.
The two agree by construction of the same JSON Schema subset, and the tests compare them (and
jsonschema) on generated data.
"""

from __future__ import annotations

import hashlib
import re
from typing import Any

from codegen import spec

# Generated names come from the spec alone, the schema's name and the path to the subschema
# (`_valid_LLMSpan__all1__vendor`, `_FIELDS_LLMSpan__all1`, `_TAGS_SpanInputOutput`): a spec change
# renames nothing outside what it changes, so the regenerated diff stays local. Path parts are
# joined by a double underscore, which keeps `a` then `b_c` apart from `a_b` then `c`; the parts
# of a path are a property's key or the place in the schema (`item`, `extra`, `nullable`,
# `all0`, `any1`, `one2`).
_SEPARATOR = "__"
_NOT_IN_IDENTIFIER = re.compile(r"[^0-9A-Za-z_]")

_TYPE_TESTS = {
    "string": "isinstance({v}, str)",
    "integer": "_is_integer({v})",
    "number": "_is_number({v})",
    "boolean": "isinstance({v}, bool)",
    "object": "isinstance({v}, dict)",
    "array": "isinstance({v}, (list, tuple))",
    "null": "{v} is None",
}


def _identifier(part: str) -> str:
    return _NOT_IN_IDENTIFIER.sub("_", part)


def _component_name(name: str) -> str:
    return f"_valid_{_identifier(name)}"


class _Compiler:
    def __init__(self, schemas: dict[str, spec.Schema]) -> None:
        self.schemas = schemas
        self.functions: list[str] = []
        self.constants: list[str] = []
        # Component predicates keep their plain names whatever the order of compilation.
        self._taken = {_component_name(name) for name in schemas}
        if len(self._taken) != len(schemas):
            raise ValueError("component schema names must stay distinct once made identifiers (`-` and `.` become `_`)")

    def _name(self, path: tuple[str, ...]) -> str:
        """A predicate's name from its place in the spec, the same however the rest of the spec changes."""
        name = "_valid_" + _SEPARATOR.join(_identifier(part) for part in path)
        if name in self._taken:  # a real collision (`a__b` against `a` then `b`, a key made safe)
            name += "_" + hashlib.sha256("\0".join(path).encode("utf-8")).hexdigest()[:8]
        if name in self._taken:
            raise ValueError(f"{'.'.join(path)}: no unique predicate name ({name})")
        self._taken.add(name)
        return name

    def _constant(self, kind: str, owner: str, value: Any) -> str:
        name = f"_{kind}_{owner.removeprefix('_valid_')}"
        # A set's repr follows hash order, which varies from process to process: sort it.
        text = f"frozenset({sorted(value)!r})" if isinstance(value, frozenset) else repr(value)
        self.constants.append(f"{name} = {text}")
        return name

    def function_for(self, schema: spec.Schema, path: tuple[str, ...]) -> str:
        """The name of a predicate for `schema` (a reference resolves to its component's)."""
        if set(schema) == {"$ref"}:
            return _component_name(spec.ref_name(schema["$ref"]))
        name = self._name(path)
        self.compile(schema, name, path)
        return name

    def compile(self, schema: spec.Schema, name: str, path: tuple[str, ...]) -> None:
        body: list[str] = []
        if "$ref" in schema:
            body.append(f"if not {_component_name(spec.ref_name(schema['$ref']))}(value):\n        return False")
        if "type" in schema:
            names = [schema["type"]] if isinstance(schema["type"], str) else schema["type"]
            test = " or ".join(_TYPE_TESTS[type_name].format(v="value") for type_name in names)
            body.append(f"if not ({test}):\n        return False")
        if "const" in schema:
            const = self._constant("CONST", name, schema["const"])
            body.append(f"if not _same_json(value, {const}):\n        return False")
        if "enum" in schema:
            options = schema["enum"]
            if all(isinstance(option, str) for option in options):
                strings = self._constant("ENUM", name, frozenset(options))
                body.append(f"if not (isinstance(value, str) and value in {strings}):\n        return False")
            else:
                body.append(
                    f"if not any(_same_json(value, option) for option in {self._constant('ENUM', name, options)}):\n"
                    "        return False"
                )
        if "minimum" in schema or "maximum" in schema:
            low, high = schema.get("minimum"), schema.get("maximum")
            bounds = []
            if low is not None:
                bounds.append(f"value < {low!r}")
            if high is not None:
                bounds.append(f"value > {high!r}")
            body.append(f"if _is_number(value) and ({' or '.join(bounds)}):\n        return False")
        object_lines = self._object(schema, name, path)
        if object_lines:
            body.append("if isinstance(value, dict):\n" + "\n".join(f"        {line}" for line in object_lines))
        if "items" in schema:
            item = self.function_for(schema["items"], (*path, "item"))
            body.append(
                "if isinstance(value, (list, tuple)):\n"
                f"        for item in value:\n            if not {item}(item):\n                return False"
            )
        for index, part in enumerate(schema.get("allOf", ())):
            body.append(f"if not {self.function_for(part, (*path, f'all{index}'))}(value):\n        return False")
        if "oneOf" in schema:
            body.append(self._one_of(schema, name, path))
        if "anyOf" in schema:
            branches = [self.function_for(part, (*path, f"any{i}")) for i, part in enumerate(schema["anyOf"])]
            body.append(f"if not ({' or '.join(f'{b}(value)' for b in branches)}):\n        return False")
        lines = [f"def {name}(value: Any) -> bool:"]
        lines += [f"    {statement}" for statement in body]
        lines.append("    return True")
        self.functions.append("\n".join(lines))

    def _object(self, schema: spec.Schema, name: str, path: tuple[str, ...]) -> list[str]:
        lines = [f"if {key!r} not in value:\n    return False" for key in schema.get("required", ())]
        properties = schema.get("properties", {})
        extra = schema.get("additionalProperties", True)
        if not properties and extra is True:
            return [line.replace("\n", "\n        ") for line in lines]
        table = self._constant_table(
            "FIELDS", name, {key: self.function_for(prop, (*path, key)) for key, prop in properties.items()}
        )
        loop = ["for key, item in value.items():", f"    check = {table}.get(key)", "    if check is not None:"]
        loop += ["        if not check(item):", "            return False"]
        if extra is False:
            loop += ["    else:", "        return False"]
        elif extra is not True:
            extra_check = self.function_for(extra, (*path, "extra"))
            loop += [f"    elif not {extra_check}(item):", "        return False"]
        statements = [*lines, *loop]
        return [line.replace("\n", "\n        ") for line in statements]

    def _constant_table(self, kind: str, owner: str, functions: dict[str, str]) -> str:
        name = f"_{kind}_{owner.removeprefix('_valid_')}"
        entries = ", ".join(f"{key!r}: {function}" for key, function in functions.items())
        self.constants.append(f"{name}: dict[str, Callable[[Any], bool]] = {{{entries}}}")
        return name

    def _excludes_null(self, schema: spec.Schema) -> bool:
        while set(schema) == {"$ref"}:
            schema = self.schemas[spec.ref_name(schema["$ref"])]
        types = schema.get("type")
        names = [types] if isinstance(types, str) else types
        return names is not None and "null" not in names

    def _one_of(self, schema: spec.Schema, name: str, path: tuple[str, ...]) -> str:
        options = schema["oneOf"]
        if len(options) == 2 and options[1] == {"type": "null"} and self._excludes_null(options[0]):
            inner = self.function_for(options[0], (*path, "nullable"))  # "X or null", exclusive by types
            return f"if value is not None and not {inner}(value):\n        return False"
        branches = [self.function_for(part, (*path, f"one{i}")) for i, part in enumerate(options)]
        count = f"sum(1 for check in ({', '.join(branches)},) if check(value)) != 1"
        discriminator = schema.get("discriminator")
        if discriminator is None:
            return f"if {count}:\n        return False"
        mapping = {tag: _component_name(spec.ref_name(ref)) for tag, ref in discriminator["mapping"].items()}
        table = self._constant_table("TAGS", name, mapping)
        tag = discriminator["propertyName"]
        return (
            "if isinstance(value, dict):\n"
            f"        tag = value.get({tag!r})\n"
            f"        check = {table}.get(tag) if isinstance(tag, str) else None\n"
            "        if check is None or not check(value):\n"
            "            return False\n"
            f"    elif {count}:\n"
            "        return False"
        )


def render(document: spec.Schema) -> tuple[str, str]:
    """(definitions, table): the predicate functions, then the name → predicate mapping."""
    schemas = spec.schemas(document)
    compiler = _Compiler(schemas)
    for name, schema in schemas.items():
        compiler.compile(schema, _component_name(name), (name,))
    table = "\n".join(f"    {name!r}: {_component_name(name)}," for name in schemas)
    # Functions first: the tables after them name them; the functions read the constants only when called.
    definitions = "\n\n\n".join(compiler.functions) + "\n\n\n" + "\n".join(compiler.constants)
    return definitions, "{\n" + table + "\n}"
