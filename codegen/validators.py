"""Compiles the spec's schemas into plain Python predicates: the validator's fast path.

Each component schema becomes `def _valid_<Name>(value) -> bool`, true exactly when the value
fits the schema. Valid data, the common case, is then accepted by straight-line code; only
data that fails goes through the runtime's interpreter, which says what is wrong and where.
The two agree by construction of the same JSON Schema subset, and the tests compare them (and
jsonschema) on generated data.
"""

from __future__ import annotations

from typing import Any

from codegen import spec

_TYPE_TESTS = {
    "string": "isinstance({v}, str)",
    "integer": "_is_integer({v})",
    "number": "_is_number({v})",
    "boolean": "isinstance({v}, bool)",
    "object": "isinstance({v}, dict)",
    "array": "isinstance({v}, (list, tuple))",
    "null": "{v} is None",
}


class _Compiler:
    def __init__(self, schemas: dict[str, spec.Schema]) -> None:
        self.schemas = schemas
        self.functions: list[str] = []
        self.constants: list[str] = []
        self._counter = 0

    def _name(self, hint: str) -> str:
        self._counter += 1
        return f"_valid_{hint}_{self._counter}"

    def _constant(self, value: Any) -> str:
        name = f"_C{len(self.constants)}"
        # A set's repr follows hash order, which varies from process to process: sort it.
        text = f"frozenset({sorted(value)!r})" if isinstance(value, frozenset) else repr(value)
        self.constants.append(f"{name} = {text}")
        return name

    def function_for(self, schema: spec.Schema, hint: str) -> str:
        """The name of a predicate for `schema` (a reference resolves to its component's)."""
        if set(schema) == {"$ref"}:
            return f"_valid_{spec.ref_name(schema['$ref'])}"
        name = self._name(hint)
        self.compile(schema, name)
        return name

    def compile(self, schema: spec.Schema, name: str) -> None:
        body: list[str] = []
        if "$ref" in schema:
            body.append(f"if not _valid_{spec.ref_name(schema['$ref'])}(value):\n        return False")
        if "type" in schema:
            names = [schema["type"]] if isinstance(schema["type"], str) else schema["type"]
            test = " or ".join(_TYPE_TESTS[type_name].format(v="value") for type_name in names)
            body.append(f"if not ({test}):\n        return False")
        if "const" in schema:
            body.append(f"if not _same_json(value, {self._constant(schema['const'])}):\n        return False")
        if "enum" in schema:
            options = schema["enum"]
            if all(isinstance(option, str) for option in options):
                body.append(
                    f"if not (isinstance(value, str) and value in {self._constant(frozenset(options))}):\n"
                    "        return False"
                )
            else:
                body.append(
                    f"if not any(_same_json(value, option) for option in {self._constant(options)}):\n"
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
        object_lines = self._object(schema, name)
        if object_lines:
            body.append("if isinstance(value, dict):\n" + "\n".join(f"        {line}" for line in object_lines))
        if "items" in schema:
            item = self.function_for(schema["items"], f"{name[7:]}_item")
            body.append(
                "if isinstance(value, (list, tuple)):\n"
                f"        for item in value:\n            if not {item}(item):\n                return False"
            )
        for index, part in enumerate(schema.get("allOf", ())):
            body.append(f"if not {self.function_for(part, f'{name[7:]}_all{index}')}(value):\n        return False")
        if "oneOf" in schema:
            body.append(self._one_of(schema, name))
        if "anyOf" in schema:
            branches = [self.function_for(part, f"{name[7:]}_any{i}") for i, part in enumerate(schema["anyOf"])]
            body.append(f"if not ({' or '.join(f'{b}(value)' for b in branches)}):\n        return False")
        lines = [f"def {name}(value: Any) -> bool:"]
        lines += [f"    {statement}" for statement in body]
        lines.append("    return True")
        self.functions.append("\n".join(lines))

    def _object(self, schema: spec.Schema, name: str) -> list[str]:
        lines = [f"if {key!r} not in value:\n    return False" for key in schema.get("required", ())]
        properties = schema.get("properties", {})
        extra = schema.get("additionalProperties", True)
        if not properties and extra is True:
            return [line.replace("\n", "\n        ") for line in lines]
        table = self._constant_table(
            {key: self.function_for(prop, f"{name[7:]}_{key}") for key, prop in properties.items()}
        )
        loop = ["for key, item in value.items():", f"    check = {table}.get(key)", "    if check is not None:"]
        loop += ["        if not check(item):", "            return False"]
        if extra is False:
            loop += ["    else:", "        return False"]
        elif extra is not True:
            extra_check = self.function_for(extra, f"{name[7:]}_extra")
            loop += [f"    elif not {extra_check}(item):", "        return False"]
        statements = [*lines, *loop]
        return [line.replace("\n", "\n        ") for line in statements]

    def _constant_table(self, functions: dict[str, str]) -> str:
        name = f"_T{len(self.constants)}"
        entries = ", ".join(f"{key!r}: {function}" for key, function in functions.items())
        self.constants.append(f"{name}: dict[str, Callable[[Any], bool]] = {{{entries}}}")
        return name

    def _excludes_null(self, schema: spec.Schema) -> bool:
        while set(schema) == {"$ref"}:
            schema = self.schemas[spec.ref_name(schema["$ref"])]
        types = schema.get("type")
        names = [types] if isinstance(types, str) else types
        return names is not None and "null" not in names

    def _one_of(self, schema: spec.Schema, name: str) -> str:
        options = schema["oneOf"]
        if len(options) == 2 and options[1] == {"type": "null"} and self._excludes_null(options[0]):
            inner = self.function_for(options[0], f"{name[7:]}_nullable")  # "X or null", exclusive by types
            return f"if value is not None and not {inner}(value):\n        return False"
        branches = [self.function_for(part, f"{name[7:]}_one{i}") for i, part in enumerate(options)]
        count = f"sum(1 for check in ({', '.join(branches)},) if check(value)) != 1"
        discriminator = schema.get("discriminator")
        if discriminator is None:
            return f"if {count}:\n        return False"
        mapping = {tag: f"_valid_{spec.ref_name(ref)}" for tag, ref in discriminator["mapping"].items()}
        table = self._constant_table(mapping)
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
        compiler.compile(schema, f"_valid_{name}")
    table = "\n".join(f"    {name!r}: _valid_{name}," for name in schemas)
    # Functions first: the tables after them name them; the functions read the constants only when called.
    definitions = "\n\n\n".join(compiler.functions) + "\n\n\n" + "\n".join(compiler.constants)
    return definitions, "{\n" + table + "\n}"
