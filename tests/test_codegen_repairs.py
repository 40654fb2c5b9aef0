"""The generator as a repair tool.

`python -m codegen` must bring back a generated file broken by hand or by a merge: it does not
import the package it writes.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from codegen import __main__ as codegen_main
from codegen import render, spec
from langwatch_collector.runtime import validation

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
    {
        "conflict markers in __init__, garbage in _schemas": {"__init__.py": CONFLICT, "_schemas.py": GARBAGE},
        "garbage in __init__, conflict markers in _schemas": {"__init__.py": GARBAGE, "_schemas.py": CONFLICT},
        "_schemas deleted": {"_schemas.py": None},
    }.values(),
    ids=["conflict-init-garbage-schemas", "garbage-init-conflict-schemas", "schemas-deleted"],
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
