"""The package as users get it: the built wheel and sdist, installed in fresh virtual environments.

The wheel and sdist are built once per session from a copy of the checkout (`python -m build`
without isolation, so no download: setuptools and build are pinned in the `dev` dependency
group); the sdist is built first and the wheel from it, so the sdist is shown to build. Each
fresh virtual environment lives in a temporary folder, outside this project, and gets the wheel
and what the test names from PyPI or pip's cache. These tests are marked `packaging`
(`pytest -m "not packaging"` leaves them out while iterating); `scripts/test` runs them.
"""

from __future__ import annotations

import email.message
import email.parser
import os
import shutil
import subprocess
import sys
import tarfile
import zipfile
from collections.abc import Sequence
from pathlib import Path

import attrs
import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

from tests import spec_support
from tests.test_readme import block as readme_block
from tests.test_readme import blocks as readme_blocks

if sys.version_info >= (3, 11):
    import tomllib
else:  # pytest's own dependency before 3.11
    import tomli as tomllib

pytestmark = pytest.mark.packaging

ROOT = spec_support.ROOT
INSTALL_TESTING_EXTRA = "pip install 'langwatch-collector[testing]'"

# The README's quickstart and its fixture test, read from the README itself (tests/test_readme.py
# runs them in this checkout); run here in a fresh environment in another folder, as a user
# would paste them.
README_QUICKSTART = readme_block("quickstart")
README_FIXTURE_TEST = next(code for _, info, code in readme_blocks() if info == "test" and "mock_collector" in code)


@attrs.frozen
class Built:
    wheel: Path
    sdist: Path


def _clean_environment() -> dict[str, str]:
    """This process's environment without what ties a child to this project's .venv."""
    env = {key: value for key, value in os.environ.items() if key not in {"VIRTUAL_ENV", "PYTHONPATH", "VENV"}}
    venv_bin = str(Path(sys.prefix) / "bin")
    env["PATH"] = os.pathsep.join(entry for entry in env.get("PATH", "").split(os.pathsep) if entry != venv_bin)
    return env


def _run(command: Sequence[str | Path], cwd: Path, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(part) for part in command],
        cwd=cwd,
        env=_clean_environment(),
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def _ok(result: subprocess.CompletedProcess[str]) -> subprocess.CompletedProcess[str]:
    output = f"--- stdout\n{result.stdout[-3000:]}\n--- stderr\n{result.stderr[-3000:]}"
    assert result.returncode == 0, f"{result.args}\n{output}"
    return result


def copy_of_checkout(destination: Path) -> Path:
    """The files a fresh clone would have (tracked, plus new files not ignored), copied to destination."""
    listed = subprocess.run(
        ["git", "ls-files", "--cached", "--others", "--exclude-standard"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.splitlines()
    for name in listed:
        source = ROOT / name
        if source.is_file():
            (destination / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, destination / name)
    return destination


@pytest.fixture(scope="session")
def built(tmp_path_factory: pytest.TempPathFactory) -> Built:
    source = copy_of_checkout(tmp_path_factory.mktemp("source"))
    dist = tmp_path_factory.mktemp("dist")
    _ok(_run([sys.executable, "-m", "build", "--no-isolation", "--outdir", dist, source], cwd=source))
    (wheel,) = dist.glob("*.whl")
    (sdist,) = dist.glob("*.tar.gz")
    return Built(wheel=wheel, sdist=sdist)


def fresh_environment(folder: Path, *requirements: str) -> Path:
    """A virtual environment in folder with only the requirements installed; returns its python."""
    _ok(_run([sys.executable, "-m", "venv", "--without-pip", folder / "venv"], cwd=folder))
    python = folder / "venv" / "bin" / "python"
    pip_options = ["install", "--quiet", "--disable-pip-version-check"]
    _ok(_run([sys.executable, "-m", "pip", "--python", python, *pip_options, *requirements], cwd=folder))
    return python


def _wheel_metadata(wheel_path: Path) -> email.message.Message:
    with zipfile.ZipFile(wheel_path) as wheel:
        (metadata_name,) = [name for name in wheel.namelist() if name.endswith(".dist-info/METADATA")]
        return email.parser.Parser().parsestr(wheel.read(metadata_name).decode())


def test_the_published_metadata_lists_only_runtime_dependencies_and_the_user_extras(built: Built) -> None:
    metadata = _wheel_metadata(built.wheel)
    requirements = metadata.get_all("Requires-Dist") or []
    assert set(metadata.get_all("Provides-Extra") or []) == {"fast", "testing"}
    assert sorted(requirements) == sorted(
        [
            "attrs>=23.1",
            "cattrs>=24.1",
            "urllib3>=2.0",
            'jsonschema>=4.18; extra == "testing"',
            'orjson>=3.9; extra == "fast"',
        ]
    )
    assert metadata["License-Expression"] == "MIT"
    assert metadata.get_all("License-File") == ["LICENSE"]


def test_the_long_description_is_the_readme(built: Built) -> None:
    metadata = _wheel_metadata(built.wheel)
    assert metadata["Description-Content-Type"] == "text/markdown"
    assert str(metadata.get_payload()).strip() == (ROOT / "README.md").read_text(encoding="utf-8").strip()


def test_the_license_is_mit_and_ships_in_both_distributions(built: Built) -> None:
    license_text = (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert license_text.startswith("MIT License\n\nCopyright (c) 2026 langwatch-collector contributors\n")
    with zipfile.ZipFile(built.wheel) as wheel:
        (shipped,) = [name for name in wheel.namelist() if name.endswith(".dist-info/licenses/LICENSE")]
        assert wheel.read(shipped).decode() == license_text
    with tarfile.open(built.sdist) as sdist:
        member = sdist.extractfile(f"{built.sdist.name.removesuffix('.tar.gz')}/LICENSE")
        assert member is not None and member.read().decode() == license_text


def test_the_sdist_carries_the_package_readme_license_and_pyproject_and_no_tests(built: Built) -> None:
    top = built.sdist.name.removesuffix(".tar.gz")
    with tarfile.open(built.sdist) as sdist:
        names = {member.name.removeprefix(f"{top}/") for member in sdist.getmembers() if member.isfile()}
    package = {name for name in names if name.startswith("generated/langwatch_collector/")}
    build_metadata = {name for name in names if name.startswith("generated/langwatch_collector.egg-info/")}
    assert names - package - build_metadata == {
        "PKG-INFO",
        "README.md",
        "LICENSE",
        "pyproject.toml",
        "MANIFEST.in",
        "setup.cfg",
    }
    source = ROOT / "generated" / "langwatch_collector"
    expected = {
        f"generated/langwatch_collector/{path.relative_to(source).as_posix()}"
        for path in source.rglob("*")
        if path.is_file() and "__pycache__" not in path.parts
    }
    assert package == expected


def test_the_wheel_built_from_the_sdist_carries_every_module_of_the_package(built: Built) -> None:
    with zipfile.ZipFile(built.wheel) as wheel:
        modules = {name for name in wheel.namelist() if name.startswith("langwatch_collector/")}
    source = ROOT / "generated" / "langwatch_collector"
    expected = {
        f"langwatch_collector/{path.relative_to(source).as_posix()}"
        for path in source.rglob("*")
        if path.is_file() and "__pycache__" not in path.parts
    }
    assert modules == expected


def test_the_pytest_plugin_loads_without_the_testing_extra(
    built: Built, tmp_path_factory: pytest.TempPathFactory
) -> None:
    folder = tmp_path_factory.mktemp("plugin-without-extra")
    python = fresh_environment(folder, str(built.wheel), f"pytest=={pytest.__version__}")
    find_jsonschema = "import importlib.util; print(importlib.util.find_spec('jsonschema'))"
    assert _ok(_run([python, "-c", find_jsonschema], folder)).stdout.strip() == "None"  # what this test is about
    (folder / "test_plain.py").write_text("def test_arithmetic():\n    assert 1 + 1 == 2\n", encoding="utf-8")
    (folder / "test_fixture.py").write_text("def test_uses_the_mock(mock_collector):\n    pass\n", encoding="utf-8")
    pytest_command: list[str | Path] = [python, "-m", "pytest", "-p", "no:cacheprovider"]

    plain = _ok(_run([*pytest_command, "test_plain.py"], folder))
    assert "1 passed" in plain.stdout

    # -rN: no short summary, whose copy of the message is cut or not depending on the terminal's width
    fixture = _run([*pytest_command, "-rN", "test_fixture.py"], folder)
    output = fixture.stdout + fixture.stderr
    assert fixture.returncode == 1, output
    assert "1 error" in output
    assert output.count(INSTALL_TESTING_EXTRA) == 1, output  # the error line
    assert output.count("jsonschema") == 1, output  # no chained error, no traceback: the one line


def test_importing_the_mock_without_the_extra_names_the_install_command(
    built: Built, tmp_path_factory: pytest.TempPathFactory
) -> None:
    folder = tmp_path_factory.mktemp("testing-without-extra")
    python = fresh_environment(folder, str(built.wheel))
    result = _run([python, "-c", "from langwatch_collector.testing import MockCollector"], folder)
    assert result.returncode == 1
    last_line = result.stderr.strip().splitlines()[-1]
    assert last_line == (
        "ImportError: langwatch_collector.testing needs the testing extra "
        f"(No module named 'jsonschema'): {INSTALL_TESTING_EXTRA}"
    )
    assert result.stderr.count("Error") == 1, result.stderr  # one error, not a chain of two

    # The command line's mock says the same in one line, with the usage error's exit code.
    command = python.parent / "langwatch-collector"
    mock = _run([command, "mock", "--port", "0"], folder, timeout=60)
    assert mock.returncode == 2, mock.stderr
    assert mock.stderr.strip().splitlines() == [
        "mock: the mock collector needs the testing extra (No module named 'jsonschema'): " + INSTALL_TESTING_EXTRA
    ]


def test_the_readme_quickstart_runs_in_another_project_from_the_built_wheel(
    built: Built, tmp_path_factory: pytest.TempPathFactory
) -> None:
    folder = tmp_path_factory.mktemp("another-project")
    # The README's line installs from git; this is the same requirement pointing at the wheel.
    requirement = f"langwatch-collector[fast,testing] @ {built.wheel.as_uri()}"
    python = fresh_environment(folder, requirement, f"pytest=={pytest.__version__}")
    (folder / "quickstart.py").write_text(README_QUICKSTART, encoding="utf-8")
    (folder / "test_my_exporter.py").write_text(README_FIXTURE_TEST, encoding="utf-8")

    quickstart = _ok(_run([python, "quickstart.py"], folder))
    assert quickstart.stdout.splitlines() == ["Trace received successfully.", "gpt-4o-mini"]

    tests = _ok(_run([python, "-m", "pytest", "-p", "no:cacheprovider", "test_my_exporter.py"], folder))
    assert "1 passed" in tests.stdout

    command_line = _ok(_run([folder / "venv" / "bin" / "langwatch-collector", "--help"], folder))
    assert "usage: langwatch-collector" in command_line.stdout


def _installed_distributions(python: Path, cwd: Path) -> set[str]:
    list_names = "import importlib.metadata as m\nfor d in m.distributions(): print(d.metadata['Name'])"
    listing = _ok(_run([python, "-c", list_names], cwd))
    return {canonicalize_name(name) for name in listing.stdout.split()}


def _names(requirements: list[str]) -> set[str]:
    return {canonicalize_name(Requirement(requirement).name) for requirement in requirements}


def test_the_demo_on_a_fresh_clone_installs_only_what_it_runs(tmp_path_factory: pytest.TempPathFactory) -> None:
    clone = copy_of_checkout(tmp_path_factory.mktemp("fresh-clone"))
    result = _ok(_run([clone / "scripts" / "demo"], clone, timeout=600))
    assert "== mock collector stopped" in result.stdout
    assert not (clone / ".venv").exists(), "the demo ran the full development bootstrap"
    assert not (clone / "tools" / "prism" / "node_modules").exists(), "the demo installed Prism"
    project = tomllib.loads((clone / "pyproject.toml").read_text(encoding="utf-8"))
    development_only = _names(project["dependency-groups"]["dev"]) - _names(
        project["project"]["optional-dependencies"]["testing"]
    )
    demo_python = clone / ".venv-demo" / "bin" / "python"
    assert _installed_distributions(demo_python, clone) & development_only == set()
    where = _ok(_run([demo_python, "-c", "import langwatch_collector; print(langwatch_collector.__file__)"], clone))
    assert Path(where.stdout.strip()) == clone / "generated" / "langwatch_collector" / "__init__.py"
