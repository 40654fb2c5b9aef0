"""The spec, its examples and an independent JSON Schema validator over it, for the tests."""

from __future__ import annotations

import functools
import json
from pathlib import Path
from typing import Any

import jsonschema
import yaml
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

ROOT = Path(__file__).resolve().parent.parent
SPEC_PATH = ROOT / "openapi" / "collector.yaml"
SHARED_EXAMPLES = ROOT.parent / "shared" / "langwatch-examples"


@functools.cache
def spec() -> dict[str, Any]:
    document: dict[str, Any] = yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8"))
    return document


def operation() -> dict[str, Any]:
    result: dict[str, Any] = spec()["paths"]["/api/collector"]["post"]
    return result


def request_examples() -> dict[str, Any]:
    examples = operation()["requestBody"]["content"]["application/json"]["examples"]
    return {name: example["value"] for name, example in examples.items()}


def response_examples() -> list[tuple[str, str, str, Any]]:
    """(status, schema name, example name, body) for every response example."""
    result = []
    for status, response in operation()["responses"].items():
        content = response["content"]["application/json"]
        schema_name = content["schema"]["$ref"].rsplit("/", 1)[-1]
        for name, example in content["examples"].items():
            result.append((status, schema_name, name, example["value"]))
    return result


@functools.cache
def _registry() -> Registry[Any]:
    resource: Resource[Any] = Resource.from_contents(spec(), default_specification=DRAFT202012)
    registry: Registry[Any] = Registry().with_resource("urn:collector", resource)
    return registry


def jsonschema_validator(schema_name: str) -> jsonschema.Draft202012Validator:
    """jsonschema's own 2020-12 validator for one component: the independent reference."""
    schema = {"$ref": f"urn:collector#/components/schemas/{schema_name}"}
    return jsonschema.Draft202012Validator(schema, registry=_registry())


def shared_example(name: str) -> Any:
    return json.loads((SHARED_EXAMPLES / name).read_text(encoding="utf-8"))


def without_nulls(value: Any) -> Any:
    """A document with null object members dropped: absent and null mean the same here."""
    if isinstance(value, dict):
        return {key: without_nulls(item) for key, item in value.items() if item is not None}
    if isinstance(value, list):
        return [without_nulls(item) for item in value]
    return value
