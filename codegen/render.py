"""Renders the package's generated files from the spec."""

from __future__ import annotations

import pprint
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jinja2

from codegen import models, spec

TEMPLATES = Path(__file__).parent / "templates" / "package"
HEADER = "# Generated from openapi/collector.yaml by codegen: do not edit, run scripts/generate."
ANNOTATIONS = frozenset({"description", "examples", "example", "title", "summary", "default"})


@dataclass(frozen=True)
class ModelInfo:
    name: str
    fields: tuple[str, ...]
    tag_fields: tuple[str, ...]
    additional_properties: bool


def _environment() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        keep_trailing_newline=True,
        undefined=jinja2.StrictUndefined,
        autoescape=False,
    )


def _resolved_parts(all_schemas: dict[str, spec.Schema], schema: spec.Schema) -> list[spec.Schema]:
    parts = [schema]
    for part in schema.get("allOf", []):
        if "$ref" in part:
            parts.extend(_resolved_parts(all_schemas, all_schemas[spec.ref_name(part["$ref"])]))
        else:
            parts.append(part)
    return parts


def model_infos(document: spec.Schema) -> list[ModelInfo]:
    all_schemas = spec.schemas(document)
    extras = spec.additional_properties_types(document)
    result = []
    for name, schema in all_schemas.items():
        if "properties" not in schema and "allOf" not in schema:
            continue
        parts = _resolved_parts(all_schemas, schema)
        properties: dict[str, Any] = {}
        required: set[str] = set()
        for part in parts:
            properties.update(part.get("properties", {}))
            required.update(part.get("required", []))
        tags = tuple(sorted(key for key, value in properties.items() if "const" in value and key in required))
        result.append(ModelInfo(name, tuple(sorted(properties)), tags, name in extras))
    return sorted(result, key=lambda info: info.name)


def _check_keywords(value: Any, where: str, supported: frozenset[str]) -> None:
    """Fails on a JSON Schema keyword the runtime validator does not implement."""
    if isinstance(value, dict):
        for key, item in value.items():
            if key not in supported and key not in ANNOTATIONS:
                raise ValueError(f"{where}: keyword {key!r} is not supported by the runtime validator")
            if key == "properties":
                for prop, prop_schema in item.items():
                    _check_keywords(prop_schema, f"{where}.properties.{prop}", supported)
            elif key in {"items", "additionalProperties"}:
                _check_keywords(item, f"{where}.{key}", supported)
            elif key in {"anyOf", "oneOf", "allOf"}:
                for index, branch in enumerate(item):
                    _check_keywords(branch, f"{where}.{key}[{index}]", supported)


def _runtime_schema(value: Any) -> Any:
    """A schema without annotations, its references by bare component name."""
    if isinstance(value, dict):
        result: dict[str, Any] = {}
        for key, item in value.items():
            if key in ANNOTATIONS:
                continue
            if key == "$ref":
                result[key] = spec.ref_name(item)
            elif key == "properties":
                result[key] = {prop: _runtime_schema(schema) for prop, schema in item.items()}
            elif key == "discriminator":
                result[key] = {
                    "propertyName": item["propertyName"],
                    "mapping": {tag: spec.ref_name(ref) for tag, ref in item["mapping"].items()},
                }
            else:
                result[key] = _runtime_schema(item)
        return result
    if isinstance(value, list):
        return [_runtime_schema(item) for item in value]
    return value


def package_version(root: Path) -> str:
    match = re.search(r'^version = "([^"]+)"$', (root / "pyproject.toml").read_text(encoding="utf-8"), re.MULTILINE)
    if match is None:
        raise ValueError("pyproject.toml: no project version")
    return match.group(1)


def render_package(document: spec.Schema, root: Path) -> dict[str, str]:
    """Every generated file of the package, by path relative to the package folder."""
    from langwatch_collector.runtime.validation import SUPPORTED_KEYWORDS

    all_schemas = spec.schemas(document)
    for name, schema in all_schemas.items():
        _check_keywords(schema, name, SUPPORTED_KEYWORDS)
    environment = _environment()
    context = {
        "header": HEADER,
        "models": model_infos(document),
        "tagged_unions": spec.tagged_unions(document),
        "first_match_unions": spec.first_match_unions(document),
        "schemas": pprint.pformat(_runtime_schema(all_schemas), width=100, sort_dicts=False),
        "version": package_version(root),
    }
    files = {
        "models.py": f'{HEADER}\n"""The collector\'s schemas as attrs classes."""\n\n' + models.render(document),
    }
    files["py.typed"] = ""  # the PEP 561 marker: empty by definition, so it carries no header
    for template in ("__init__.py", "_schemas.py", "_converter.py"):
        files[template] = environment.get_template(f"{template}.jinja2").render(context)
    return files
