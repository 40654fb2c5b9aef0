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
from pathlib import Path
from typing import Any

import pytest
import yaml

from codegen import __main__ as codegen_main
from codegen import render, spec
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
        pytest.param({"_generated/__init__.py": CONFLICT, "_generated/spec.py": GARBAGE}, id="conflict-and-garbage"),
        pytest.param({"_generated/__init__.py": GARBAGE, "_generated/spec.py": CONFLICT}, id="garbage-and-conflict"),
        pytest.param({"_generated/spec.py": None}, id="spec-deleted"),
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
    assert render.runtime_vocabulary(ROOT) == (validation.SUPPORTED_KEYWORDS, validation.ANNOTATIONS)


def test_a_keyword_the_runtime_validator_lacks_stops_generation_by_name() -> None:
    document = spec.load(ROOT / "openapi" / "collector.yaml")
    document["components"]["schemas"]["RAGChunk"]["properties"]["content"]["pattern"] = "^x"
    with pytest.raises(ValueError, match=r"RAGChunk\.properties\.content: keyword 'pattern' is not supported"):
        render.render_package(document, ROOT)


def test_a_field_name_that_would_clash_with_the_codecs_local_names_stops_generation_by_name() -> None:
    document = spec.load(ROOT / "openapi" / "collector.yaml")
    document["components"]["schemas"]["SpanTimestamps"]["properties"]["started__at"] = {"type": "integer"}
    with pytest.raises(ValueError, match=r"SpanTimestamps\.started__at: a field name with '__' is not supported"):
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


# Measured: 2 lines for this change now that the spec document is the only schema copy; 10 with
# path-derived predicate names; 1,176 with the old global counters.
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


def test_the_limits_are_generated_from_the_specs_x_limits() -> None:
    document = spec.load(ROOT / "openapi" / "collector.yaml")
    document["paths"]["/api/collector"]["post"]["x-limits"]["max-spans"] = 150
    files = render.render_package(document, ROOT)
    assert "MAX_SPANS = 150\n" in files["limits.py"]
    assert "of at most 150 spans" in files["client.py"]


def test_missing_or_malformed_limits_stop_generation_by_name() -> None:
    document = spec.load(ROOT / "openapi" / "collector.yaml")
    limits = document["paths"]["/api/collector"]["post"]["x-limits"]
    limits["max-body-bytes"] = "10 MiB"
    with pytest.raises(ValueError, match=r"POST /api/collector: x-limits\.max-body-bytes must be a positive integer"):
        render.render_package(document, ROOT)
    del limits["max-body-bytes"]
    with pytest.raises(ValueError, match=r"POST /api/collector: x-limits must state exactly"):
        render.render_package(document, ROOT)
