"""Every command and code block of the README runs, as written, against the mock collector.

The blocks run in a copy of the project (so `scripts/record` or `upgrade` cannot touch the
real tree), with LANGWATCH_ENDPOINT and LANGWATCH_API_KEY pointing at a mock collector. Two
substitutions, both because of where this runs, not what the README says:
- `scripts/test` runs with `--collect-only`: every check but running the tests, since this
  test is one of them (running them all again from here would recurse);
- `https://app.langwatch.ai` becomes the mock's URL: this machine cannot reach LangWatch.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from langwatch_collector.testing import MockCollector
from tests import spec_support

README = spec_support.ROOT / "README.md"
BLOCK = re.compile(r"^```(\w+)([^\n]*)\n(.*?)^```", re.MULTILINE | re.DOTALL)


def blocks() -> list[tuple[str, str, str]]:
    """(language, info, code) of every fenced block, in order."""
    return [(m.group(1), m.group(2).strip(), m.group(3)) for m in BLOCK.finditer(README.read_text(encoding="utf-8"))]


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A copy of the checkout beside a link to shared/, sharing the real .venv and Prism install."""
    root = tmp_path_factory.mktemp("readme") / "work"
    copy = root / "main"
    listed = subprocess.run(
        ["git", "ls-files", "--cached", "--others", "--exclude-standard"],
        cwd=spec_support.ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.splitlines()
    for name in listed:
        source = spec_support.ROOT / name
        if source.is_file():
            (copy / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, copy / name)
    (copy / ".venv").symlink_to(Path(sys.prefix))
    prism_modules = spec_support.ROOT / "tools" / "prism" / "node_modules"
    if prism_modules.exists():
        (copy / "tools" / "prism" / "node_modules").symlink_to(prism_modules)
    (root / "shared").symlink_to(spec_support.ROOT.parent / "shared")
    git = ["git", "-c", "user.name=readme", "-c", "user.email=readme@localhost"]
    for step in (["init", "-q"], ["add", "-A"], ["commit", "-q", "-m", "copy"]):  # the README uses git too
        subprocess.run([*git, *step], cwd=copy, check=True, capture_output=True)
    yield copy


@pytest.fixture(scope="module")
def environment(project: Path) -> Iterator[dict[str, str]]:
    with MockCollector() as mock:
        env = dict(os.environ)
        env.update(
            PATH=f"{Path(sys.prefix) / 'bin'}{os.pathsep}{env.get('PATH', '')}",
            LANGWATCH_ENDPOINT=mock.url,
            LANGWATCH_API_KEY="readme-key",
        )
        env.pop("VENV", None)
        yield env


def _substituted(code: str, env: dict[str, str]) -> str:
    code = re.sub(r"^scripts/test(\s|$)", r"scripts/test --collect-only -q\1", code, flags=re.MULTILINE)
    return code.replace("https://app.langwatch.ai", env["LANGWATCH_ENDPOINT"])


def block(info: str) -> str:
    """The one block with this info string (`python quickstart`, …): other tests read it from here."""
    (code,) = [code for _, block_info, code in blocks() if block_info == info]
    return code


def test_the_readme_has_the_blocks_this_test_expects() -> None:
    languages = [language for language, _, _ in blocks()]
    assert languages.count("bash") >= 6 and languages.count("python") == 6
    bash = [code for language, _, code in blocks() if language == "bash"]
    set_ups = [[line.split("#")[0].strip() for line in code.splitlines()] for code in bash]
    assert ["scripts/demo", "scripts/test"] in set_ups  # the two set-up commands
    install = block("install").splitlines()
    assert install[0].startswith("python3 -m venv ") and '/bin/pip install --quiet ".[fast,testing]"' in install[1]
    assert "import langwatch_collector" in block("quickstart")


@pytest.mark.parametrize("index", range(len(blocks())), ids=[f"block{i}-{b[0]}" for i, b in enumerate(blocks())])
def test_readme_block_runs(index: int, project: Path, environment: dict[str, str]) -> None:
    language, info, code = blocks()[index]
    if language == "bash":  # the install block too: it installs the clone into a fresh environment beside it
        command = ["bash", "-euo", "pipefail", "-c", _substituted(code, environment)]
    elif language == "python" and info == "test":
        test_file = project / f"test_readme_block_{index}.py"
        test_file.write_text(code, encoding="utf-8")
        command = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(test_file)]
    elif language == "python":
        command = [sys.executable, "-c", code]
    else:
        pytest.fail(f"README block {index} is in {language!r}, which this test does not know how to run")
    result = subprocess.run(command, cwd=project, env=environment, capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, f"{code}\n--- stdout\n{result.stdout[-3000:]}\n--- stderr\n{result.stderr[-3000:]}"
