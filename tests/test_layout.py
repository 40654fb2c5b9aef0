"""The package's layout: who owns a file shows in its path, and imports cross the seam one way."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

from codegen import __main__ as codegen_main
from codegen import render

PACKAGE = codegen_main.PACKAGE
GENERATED = codegen_main.GENERATED
# What a generated module may import besides its siblings: no hand-written code, nothing heavy.
GENERATED_MAY_IMPORT = frozenset({"attrs", "cattrs", "typing", "collections", "types", "__future__"})


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            found.add(node.module)
            if node.module == "langwatch_collector":  # `from langwatch_collector import x` imports x
                found.update(f"langwatch_collector.{alias.name}" for alias in node.names)
    return found


def _python_files(folder: Path) -> list[Path]:
    return sorted(path for path in folder.rglob("*.py") if "__pycache__" not in path.parts)


def test_generated_modules_import_only_each_other_and_the_allowed_libraries() -> None:
    crossing = {
        f"{path.relative_to(PACKAGE)}: {module}"
        for path in _python_files(GENERATED)
        for module in _imports(path)
        if not module.startswith("langwatch_collector._generated")
        and module.partition(".")[0] not in GENERATED_MAY_IMPORT
    }
    assert crossing == set()


def test_every_generated_file_says_so_and_no_hand_written_file_does() -> None:
    unmarked = [path for path in _python_files(GENERATED) if not path.read_text("utf-8").startswith(render.HEADER)]
    hand_written = [path for path in _python_files(PACKAGE) if GENERATED not in path.parents]
    mislabelled = [path for path in hand_written if path.read_text("utf-8").startswith(render.HEADER)]
    assert unmarked == []
    assert mislabelled == []
    assert hand_written  # the hand-written layer is beside the generated folder, not inside it


def test_the_tools_live_in_their_own_subpackages() -> None:
    for tool, module in (("cli", "main"), ("testing", "server"), ("testing", "pytest_plugin"), ("tracing", "exporter")):
        assert (PACKAGE / tool / f"{module}.py").is_file(), f"{tool}/{module}.py"
    assert not list((PACKAGE / "runtime").rglob("*.py"))  # the old mixed folder is gone


def test_importing_the_package_loads_neither_the_http_stack_nor_the_tracer() -> None:
    probe = (
        "import sys, langwatch_collector as lc\n"
        "heavy = sorted(m for m in ('urllib3', 'orjson', 'langwatch_collector.tracing.tracer', "
        "'langwatch_collector.base_client', 'langwatch_collector._generated.converter') if m in sys.modules)\n"
        "print(heavy)\n"
        "lc.CollectorClient\n"
        "print('urllib3' in sys.modules)\n"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=120, check=True)
    assert result.stdout.splitlines() == ["[]", "True"]


def test_every_public_name_resolves_and_is_listed() -> None:
    import langwatch_collector as lc

    missing = [name for name in lc.__all__ if getattr(lc, name, None) is None]
    assert missing == []
    assert set(lc.__all__) <= set(dir(lc))
