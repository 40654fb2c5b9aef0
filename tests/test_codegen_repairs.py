"""The generator as a repair tool and a reviewable diff.

`python -m codegen` must bring back a generated file broken by hand or by a merge (it does not
import the package it writes), and a small spec change must give a small diff (generated names
come from schema and field paths, not from counters).
"""

from __future__ import annotations

import difflib
import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from codegen import __main__ as codegen_main
from codegen import render, spec, validators
from langwatch_collector import validation

ROOT = codegen_main.ROOT
PACKAGE = codegen_main.PACKAGE
# Generation runs datamodel-code-generator and ruff twice; the machine may be shared and slow.
GENERATE_TIMEOUT_SECONDS = 240

CONFLICT = "<<<<<<< HEAD\nimport this_module_does_not_exist\n=======\nfrom . import nowhere\n>>>>>>> theirs\n"
GARBAGE = "def (:\n    ))) not python\n"


@pytest.fixture
def checkout(tmp_path: Path) -> Path:
    """A copy of what the generator reads and writes, away from the real checkout."""
    copy = tmp_path / "checkout"
    ignore = shutil.ignore_patterns("__pycache__")
    for folder in ("openapi", "codegen", "generated"):
        shutil.copytree(ROOT / folder, copy / folder, ignore=ignore)
    shutil.copyfile(ROOT / "pyproject.toml", copy / "pyproject.toml")
    return copy


def _run_generator(checkout: Path) -> subprocess.CompletedProcess[str]:
    # The copy's package comes first on the path, as the real one does in a checkout, so that
    # importing it (which the generator must not do) would meet the broken files.
    environment = {**os.environ, "PYTHONPATH": str(checkout / "generated")}
    return subprocess.run(
        [sys.executable, "-m", "codegen"],
        cwd=checkout,
        env=environment,
        capture_output=True,
        text=True,
        timeout=GENERATE_TIMEOUT_SECONDS,
        check=False,
    )


def _package_files(package: Path) -> dict[str, bytes]:
    return {
        path.relative_to(package).as_posix(): path.read_bytes()
        for path in sorted(package.rglob("*"))
        if path.is_file() and "__pycache__" not in path.parts
    }


@pytest.mark.parametrize(
    "breakage",
    [
        pytest.param(
            {"_generated/__init__.py": CONFLICT, "_generated/converter.py": GARBAGE}, id="conflict-and-garbage"
        ),
        pytest.param(
            {"_generated/__init__.py": GARBAGE, "_generated/converter.py": CONFLICT}, id="garbage-and-conflict"
        ),
        pytest.param({"_generated/models.py": None}, id="models-deleted"),
    ],
)
def test_regenerating_repairs_broken_generated_files(checkout: Path, breakage: dict[str, str | None]) -> None:
    package = checkout / "generated" / "langwatch_collector"
    for name, text in breakage.items():
        if text is None:
            (package / name).unlink()
        else:
            (package / name).write_text(text, encoding="utf-8")

    result = _run_generator(checkout)

    assert result.returncode == 0, result.stderr
    assert _package_files(package) == _package_files(PACKAGE)


def test_the_generator_reads_the_runtime_validators_own_keyword_set() -> None:
    assert render.supported_keywords(ROOT) == validation.SUPPORTED_KEYWORDS


def test_a_keyword_the_runtime_validator_lacks_stops_generation_by_name() -> None:
    document = spec.load(ROOT / "openapi" / "collector.yaml")
    document["components"]["schemas"]["RAGChunk"]["properties"]["content"]["pattern"] = "^x"
    with pytest.raises(ValueError, match=r"RAGChunk\.properties\.content: keyword 'pattern' is not supported"):
        render.render_package(document, ROOT)


def _with_one_more_llm_span_field(document: dict[str, Any]) -> dict[str, Any]:
    llm_span = document["components"]["schemas"]["LLMSpan"]
    own_parts = [part for part in llm_span["allOf"] if "properties" in part]
    assert len(own_parts) == 1, "LLMSpan is expected to add its fields in one allOf part"
    assert "deployment_region" not in own_parts[0]["properties"]
    own_parts[0]["properties"]["deployment_region"] = {"type": "string"}
    return document


def _changed_lines(before: dict[str, bytes], after: dict[str, bytes]) -> dict[str, int]:
    """Per file, the lines a unified diff adds or removes (a changed line counts twice)."""
    counts: dict[str, int] = {}
    for name in sorted(before.keys() | after.keys()):
        old = before.get(name, b"").decode("utf-8").splitlines()
        new = after.get(name, b"").decode("utf-8").splitlines()
        diff = difflib.unified_diff(old, new, lineterm="", n=0)
        changed = sum(1 for line in diff if line[:1] in "+-" and not line.startswith(("+++", "---")))
        if changed:
            counts[name] = changed
    return counts


# Measured: 10 lines for this change with path-derived names, 1,176 with the old global counters.
MAX_CHANGED_LINES = 40


def test_one_added_field_gives_a_local_diff(tmp_path: Path) -> None:
    spec_path = tmp_path / "collector.yaml"
    document = _with_one_more_llm_span_field(yaml.safe_load((ROOT / "openapi" / "collector.yaml").read_text("utf-8")))
    spec_path.write_text(yaml.safe_dump(document, sort_keys=False, allow_unicode=True), encoding="utf-8")
    fresh = tmp_path / "_generated"

    codegen_main.render_into(fresh, spec_path)

    counts = _changed_lines(_package_files(codegen_main.GENERATED), _package_files(fresh))
    assert "deployment_region" in (fresh / "models.py").read_text(encoding="utf-8")
    assert "deployment_region" in (fresh / "spec.py").read_text(encoding="utf-8")
    assert sum(counts.values()) <= MAX_CHANGED_LINES, counts


def test_names_that_meet_get_a_suffix_from_their_path_and_check_what_they_should() -> None:
    # `a` then `b`, and a key `a__b`, both read `X__a__b`; `c-d` and `c_d` both read `X__c_d`.
    document = {
        "components": {
            "schemas": {
                "X": {
                    "type": "object",
                    "properties": {
                        "a": {"type": "object", "properties": {"b": {"type": "string"}}},
                        "a__b": {"type": "integer"},
                        "c-d": {"type": "boolean"},
                        "c_d": {"type": "null"},
                    },
                }
            }
        }
    }
    definitions, table = validators.render(document)
    names = [line.split("(")[0].removeprefix("def ") for line in definitions.splitlines() if line.startswith("def ")]
    assert len(names) == len(set(names)) == 6
    assert {"_valid_X", "_valid_X__a", "_valid_X__a__b", "_valid_X__c_d"} < set(names)
    suffixed = sorted(set(names) - {"_valid_X", "_valid_X__a", "_valid_X__a__b", "_valid_X__c_d"})
    assert [name.rsplit("_", 1)[0] for name in suffixed] == ["_valid_X__a__b", "_valid_X__c_d"]
    assert definitions == validators.render(document)[0], "names depend on the spec only"

    namespace: dict[str, Any] = {
        "Any": Any,
        "Callable": Callable,
        "_is_integer": validation.is_json_integer,
        "_is_number": validation.is_json_number,
        "_same_json": validation.same_json,
    }
    exec(f"{definitions}\n\nPREDICATES = {table}", namespace)
    check = namespace["PREDICATES"]["X"]
    assert check({"a": {"b": "text"}, "a__b": 1, "c-d": True, "c_d": None})
    assert not check({"a": {"b": 1}})
    assert not check({"a__b": "text"})
    assert not check({"c-d": None})
    assert not check({"c_d": True})
