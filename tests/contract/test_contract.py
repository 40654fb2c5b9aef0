"""Contract tests: every recording still holds, against the mock, with the generated client."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from codegen import __main__ as codegen_main
from tests.contract.cases import build_cases
from tests.contract.check import RECORDINGS, differences
from tests.contract.exchange import API_KEY

RECORDING_PATHS = sorted(RECORDINGS.glob("*.json"))


@pytest.mark.parametrize("path", RECORDING_PATHS, ids=[path.stem for path in RECORDING_PATHS])
def test_recording_still_holds(path: Path) -> None:
    assert differences(path) == []


def test_every_case_is_recorded_and_every_recording_is_a_case() -> None:
    assert {case.name for case in build_cases()} == {path.stem for path in RECORDING_PATHS}


def test_recordings_never_hold_the_api_key() -> None:
    for path in RECORDING_PATHS:
        text = path.read_text(encoding="utf-8")
        assert API_KEY not in text
        assert '"X-Auth-Token": "***"' in text or "X-Auth-Token" not in text


def test_the_recordings_cover_every_answer_the_client_distinguishes() -> None:
    outcomes = {path.stem: path.read_text(encoding="utf-8") for path in RECORDING_PATHS}
    for error in (
        "AuthenticationError",
        "PlanLimitError",
        "PermissionDeniedError",
        "BadRequestError",
        "PayloadTooLargeError",
        "RateLimitError",
        "InternalServerError",
    ):
        assert any(f'"error": "{error}"' in text for text in outcomes.values()), error


def _check_with_package_from(spec_path: Path, folder: Path) -> subprocess.CompletedProcess[str]:
    """Runs the contract check with a package generated from `spec_path` instead of the committed one."""
    package = folder / "langwatch_collector"
    shutil.copytree(codegen_main.PACKAGE, package, ignore=shutil.ignore_patterns("__pycache__", "_generated"))
    codegen_main.render_into(package / "_generated", spec_path)
    return subprocess.run(
        [sys.executable, "-m", "tests.contract.check"],
        cwd=codegen_main.ROOT,
        env={"PYTHONPATH": str(folder), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_a_wire_format_change_in_the_spec_fails_the_contract(tmp_path: Path) -> None:
    unchanged = _check_with_package_from(codegen_main.SPEC, tmp_path / "unchanged")
    assert unchanged.returncode == 0, unchanged.stdout + unchanged.stderr  # the harness itself passes
    spec = codegen_main.SPEC.read_text(encoding="utf-8")
    changed = tmp_path / "collector.yaml"
    changed.write_text(spec.replace("        expected_output:\n", "        expected_answer:\n", 1), encoding="utf-8")
    assert changed.read_text(encoding="utf-8") != spec
    result = _check_with_package_from(changed, tmp_path / "changed")
    assert result.returncode == 1, result.stdout + result.stderr
    assert "spec_example_rag_with_nested_spans.json: exchange 0 request body" in result.stdout
    assert "recordings differ" in result.stdout
