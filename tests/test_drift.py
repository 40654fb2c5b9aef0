"""The drift check: generated/ must be exactly what the spec and templates produce."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from codegen import __main__ as codegen_main

PACKAGE = codegen_main.PACKAGE


@pytest.fixture
def whole_package_copy(tmp_path: Path) -> Path:
    copy = tmp_path / "langwatch_collector"
    shutil.copytree(PACKAGE, copy, ignore=shutil.ignore_patterns("__pycache__"))
    return copy


@pytest.fixture
def package_copy(whole_package_copy: Path) -> Path:
    """The copy's generated folder: what the check compares."""
    return whole_package_copy / "_generated"


def test_committed_package_matches_a_fresh_generation(package_copy: Path) -> None:
    assert codegen_main.main(["--check", "--package", str(package_copy)]) == 0


def test_an_edited_generated_file_fails_the_check_by_name(
    package_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    models = package_copy / "models.py"
    models.write_text(models.read_text(encoding="utf-8") + "\n# hand edit\n", encoding="utf-8")
    assert codegen_main.main(["--check", "--package", str(package_copy)]) == 1
    assert "differs: models.py" in capsys.readouterr().err


def test_a_stray_or_missing_file_fails_the_check(package_copy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (package_copy / "extra.py").write_text("x = 1\n", encoding="utf-8")
    (package_copy / "spec.py").unlink()
    assert codegen_main.main(["--check", "--package", str(package_copy)]) == 1
    err = capsys.readouterr().err
    assert "not generated (stale): extra.py" in err
    assert "missing: spec.py" in err


def test_the_hand_written_layer_beside_the_generated_folder_is_ignored(whole_package_copy: Path) -> None:
    (whole_package_copy / "errors.py").write_text("# changed by hand, as it may be\n", encoding="utf-8")
    (whole_package_copy / "cli" / "new_tool.py").write_text("x = 1\n", encoding="utf-8")
    assert codegen_main.main(["--check", "--package", str(whole_package_copy / "_generated")]) == 0


def test_generation_is_deterministic_and_marks_every_file(tmp_path: Path) -> None:
    first, second = tmp_path / "a", tmp_path / "b"
    codegen_main.render_into(first)
    codegen_main.render_into(second)
    assert codegen_main.differences(first, second) == []
    for path in first.rglob("*.py"):
        assert path.read_text(encoding="utf-8").startswith("# Generated from openapi/collector.yaml by codegen")
    assert not any(str(tmp_path) in path.read_text(encoding="utf-8") for path in first.rglob("*.py"))


def test_a_spec_change_changes_the_models(tmp_path: Path) -> None:
    spec_text = codegen_main.SPEC.read_text(encoding="utf-8")
    changed = tmp_path / "collector.yaml"
    changed.write_text(
        spec_text.replace(
            'reasoning_effort: {type: [string, "null"]}',
            'reasoning_effort: {type: [string, "null"]}\n        verbosity: {type: [string, "null"]}',
        ),
        encoding="utf-8",
    )
    assert changed.read_text(encoding="utf-8") != spec_text
    package = tmp_path / "pkg"
    codegen_main.render_into(package, changed)
    assert "verbosity: str | None = None" in (package / "models.py").read_text(encoding="utf-8")
    assert codegen_main.main(["--check", "--spec", str(changed)]) == 1


@pytest.mark.parametrize("seed", ["1", "2"])
def test_generation_does_not_depend_on_the_hash_seed(seed: str) -> None:
    """Sets and dicts order by hash; a fresh process with another seed must write the same bytes."""
    result = subprocess.run(
        [sys.executable, "-m", "codegen", "--check"],
        cwd=codegen_main.ROOT,
        env={**os.environ, "PYTHONHASHSEED": seed},
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
