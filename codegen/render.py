"""Renders the package's generated files from the spec."""

from __future__ import annotations

import importlib.util
import pprint
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jinja2

from codegen import models, render_codecs, spec

TEMPLATES = Path(__file__).parent / "templates" / "package"
# Fixed code the generated modules need, copied as it is: plain Python, not templates.
FIXED = Path(__file__).parent / "fixed"
# The runtime validator, hand-written, whose keyword set the spec must keep to.
VALIDATION_MODULE = Path("generated") / "langwatch_collector" / "validation.py"
HEADER = "# Generated from openapi/collector.yaml by codegen: do not edit, run scripts/generate."


@dataclass(frozen=True)
class ModelInfo:
    name: str
    fields: tuple[str, ...]
    tag_fields: tuple[str, ...]
    additional_properties: bool
    ill_typed_kept: bool


def _environment() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        keep_trailing_newline=True,
        undefined=jinja2.StrictUndefined,
        autoescape=False,
    )


def model_infos(document: spec.Schema) -> list[ModelInfo]:
    all_schemas = spec.schemas(document)
    extras = spec.additional_properties_types(document)
    result = []
    for name, schema in all_schemas.items():
        if "properties" not in schema and "allOf" not in schema:
            continue
        parts = spec.resolved_parts(all_schemas, schema)
        properties: dict[str, Any] = {}
        required: set[str] = set()
        for part in parts:
            properties.update(part.get("properties", {}))
            required.update(part.get("required", []))
        tags = tuple(sorted(key for key, value in properties.items() if "const" in value and key in required))
        kept = bool(schema.get("x-ill-typed-kept"))
        if kept and name not in extras:
            raise ValueError(f"{name}: x-ill-typed-kept needs additionalProperties")
        result.append(ModelInfo(name, tuple(sorted(properties)), tags, name in extras, kept))
    return sorted(result, key=lambda info: info.name)


def runtime_vocabulary(root: Path) -> tuple[frozenset[str], frozenset[str]]:
    """The JSON Schema keywords the runtime validator implements, and those it skips as annotations:
    its SUPPORTED_KEYWORDS and ANNOTATIONS.

    The module is loaded from its file, not imported as `langwatch_collector.validation`:
    that would first run the package's generated `__init__`, and the generator must work while a
    generated file is broken (a syntax error, merge markers), since regenerating is the repair.
    This holds because validation.py imports only the standard library.
    """
    path = root / VALIDATION_MODULE
    name = "_codegen_runtime_validation"  # private: never mistaken for the package's own module
    module_spec = importlib.util.spec_from_file_location(name, path)
    if module_spec is None or module_spec.loader is None:
        raise ValueError(f"{path}: cannot load the runtime validator")
    module = importlib.util.module_from_spec(module_spec)
    sys.modules[name] = module  # classes defined while it runs look their module up here
    try:
        module_spec.loader.exec_module(module)
    finally:
        del sys.modules[name]
    vocabulary = []
    for name in ("SUPPORTED_KEYWORDS", "ANNOTATIONS"):
        keywords = getattr(module, name, None)
        if not isinstance(keywords, frozenset):
            raise ValueError(f"{path}: {name} is missing or not a frozenset")
        vocabulary.append(frozenset(str(keyword) for keyword in keywords))
    return vocabulary[0], vocabulary[1]


def _check_keywords(value: Any, where: str, supported: frozenset[str]) -> None:
    """Fails on a JSON Schema keyword the runtime validator does not implement (nor skips)."""
    if isinstance(value, dict):
        for key, item in value.items():
            if key not in supported:
                raise ValueError(f"{where}: keyword {key!r} is not supported by the runtime validator")
            if key == "properties":
                for prop, prop_schema in item.items():
                    _check_keywords(prop_schema, f"{where}.properties.{prop}", supported)
            elif key in {"items", "additionalProperties"}:
                _check_keywords(item, f"{where}.{key}", supported)
            elif key in {"anyOf", "oneOf", "allOf"}:
                for index, branch in enumerate(item):
                    _check_keywords(branch, f"{where}.{key}[{index}]", supported)


@dataclass(frozen=True)
class QueryParameter:
    name: str
    type: str
    description: str


@dataclass(frozen=True)
class RetryInfo:
    idempotent: bool
    statuses: tuple[int, ...]
    server_errors: bool
    terminal_messages: tuple[str, ...]


@dataclass(frozen=True)
class OperationInfo:
    name: str
    method: str
    path: str
    summary: str
    description: str
    request_model: str
    response_model: str
    error_models: tuple[tuple[int, str], ...]
    query: tuple[QueryParameter, ...]
    retry: RetryInfo


_PYTHON_TYPES = {"boolean": "bool", "string": "str", "integer": "int", "number": "float"}
# Header parameters the runtime sets from the client's configuration, not per call.
_CLIENT_HEADERS = frozenset({"X-Project-Id"})
# The one request body the runtime knows how to send (validate, split to limits, send parts).
_TRACE_REQUEST = "CollectorRequest"


def _schema_ref(content: spec.Schema, where: str) -> str:
    try:
        return spec.ref_name(content["application/json"]["schema"]["$ref"])
    except KeyError:
        raise ValueError(f"{where}: expected an application/json body with a $ref schema") from None


def operation_infos(document: spec.Schema) -> list[OperationInfo]:
    """Every operation, or an error naming what the generator cannot render (never a partial client)."""
    result = []
    for path, item in document["paths"].items():
        for method, operation in item.items():
            where = f"{method.upper()} {path}"
            query = []
            for param in operation.get("parameters", []):
                if param["in"] == "header" and param["name"] in _CLIENT_HEADERS:
                    continue
                if param["in"] != "query" or param["schema"].get("type") not in _PYTHON_TYPES:
                    raise ValueError(f"{where}: parameter {param['name']!r} is not supported by the generator")
                python_type = _PYTHON_TYPES[param["schema"]["type"]]
                query.append(QueryParameter(param["name"], python_type, param.get("description", "").strip()))
            request_model = _schema_ref(operation["requestBody"]["content"], f"{where} request body")
            if request_model != _TRACE_REQUEST:
                raise ValueError(f"{where}: the runtime only sends {_TRACE_REQUEST} bodies, not {request_model}")
            responses = operation["responses"]
            success = [status for status in responses if status.startswith("2")]
            if len(success) != 1:
                raise ValueError(f"{where}: expected exactly one 2xx response")
            retry = operation.get("x-retry", {})
            result.append(
                OperationInfo(
                    name=re.sub(r"(?<!^)(?=[A-Z])", "_", operation["operationId"]).lower(),
                    method=method.upper(),
                    path=path,
                    summary=operation["summary"].strip(),
                    description=operation.get("description", "").strip() + "\n",
                    request_model=request_model,
                    response_model=_schema_ref(responses[success[0]]["content"], f"{where} {success[0]}"),
                    error_models=tuple(
                        (int(status), _schema_ref(response["content"], f"{where} {status}"))
                        for status, response in responses.items()
                        if not status.startswith("2") and "content" in response
                    ),
                    query=tuple(query),
                    retry=RetryInfo(
                        idempotent=bool(retry.get("idempotent", method.lower() in {"get", "put", "delete"})),
                        statuses=tuple(retry.get("statuses", ())),
                        server_errors=bool(retry.get("server-errors", False)),
                        terminal_messages=tuple(retry.get("terminal-messages", ())),
                    ),
                )
            )
    return result


def package_version(root: Path) -> str:
    match = re.search(r'^version = "([^"]+)"$', (root / "pyproject.toml").read_text(encoding="utf-8"), re.MULTILINE)
    if match is None:
        raise ValueError("pyproject.toml: no project version")
    return match.group(1)


def render_package(document: spec.Schema, root: Path) -> dict[str, str]:
    """Every generated file, by path relative to the package's `_generated/` folder."""
    keywords, annotations = runtime_vocabulary(root)
    for name, schema in spec.schemas(document).items():
        _check_keywords(schema, name, keywords | annotations)
    environment = _environment()
    context = {
        "header": HEADER,
        "models": model_infos(document),
        "tagged_unions": spec.tagged_unions(document),
        "first_match_unions": spec.first_match_unions(document),
        "version": package_version(root),
        "operations": operation_infos(document),
        "limits": spec.server_limits(document),
        "title": document["info"]["title"],
        "default_server": document["servers"][0]["url"],
        "document": pprint.pformat(document, width=100, sort_dicts=False),
    }
    model_source = models.render(document)
    files = {
        "__init__.py": f'{HEADER}\n"""What codegen writes from openapi/collector.yaml: the generator owns it."""\n',
        "models.py": f'{HEADER}\n"""The collector\'s schemas as attrs classes."""\n\n' + model_source,
    }
    files.update(render_codecs.render(document, model_source, HEADER))
    for template in ("converter.py", "client.py", "spec.py", "limits.py"):
        files[template] = environment.get_template(f"{template}.jinja2").render(context)
    for fixed in sorted(FIXED.glob("*.py")):
        files[fixed.name] = f"{HEADER}\n" + fixed.read_text(encoding="utf-8")
    return files
