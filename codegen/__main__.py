"""python -m codegen [--check]: writes generated/langwatch_collector/_generated/ from openapi/collector.yaml.

The generator owns that folder outright (files it no longer writes are removed); the rest of
the package is hand-written and never touched.

With --check nothing is written: the package is rendered into a temporary folder and compared,
file by file, with what is committed (added, changed and stale files all count).
"""

from __future__ import annotations

import argparse
import filecmp
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from codegen import render, spec

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "openapi" / "collector.yaml"
PACKAGE = ROOT / "generated" / "langwatch_collector"
GENERATED = PACKAGE / "_generated"


def _generated_files(folder: Path) -> set[str]:
    return {
        path.relative_to(folder).as_posix()
        for path in folder.rglob("*")
        if path.is_file() and "__pycache__" not in path.parts
    }


def _format(folder: Path) -> None:
    """ruff makes the output tidy; its pinned version keeps the bytes stable."""
    ruff = [sys.executable, "-m", "ruff"]
    config = ["--config", str(ROOT / "pyproject.toml")]
    subprocess.run([*ruff, "check", *config, "--fix-only", "--quiet", str(folder)], check=True)
    subprocess.run([*ruff, "format", *config, "--quiet", str(folder)], check=True)


def render_into(folder: Path, spec_path: Path = SPEC) -> None:
    document = spec.load(spec_path)
    for name, text in render.render_package(document, ROOT).items():
        target = folder / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
    _format(folder)


def differences(expected: Path, actual: Path) -> list[str]:
    wanted, present = _generated_files(expected), _generated_files(actual)
    problems = [f"missing: {name}" for name in sorted(wanted - present)]
    problems += [f"not generated (stale): {name}" for name in sorted(present - wanted)]
    problems += [
        f"differs: {name}"
        for name in sorted(wanted & present)
        if not filecmp.cmp(expected / name, actual / name, shallow=False)
    ]
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="scripts/generate", description=__doc__)
    parser.add_argument("--check", action="store_true", help="fail if generated/ differs from a fresh generation")
    parser.add_argument("--spec", type=Path, default=SPEC, help="the OpenAPI document (default: %(default)s)")
    parser.add_argument("--package", type=Path, default=GENERATED, help="the generated folder (default: %(default)s)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as scratch:
        fresh = Path(scratch) / "_generated"
        render_into(fresh, args.spec)
        problems = differences(fresh, args.package)
        if args.check:
            if problems:
                print(f"{args.package} is out of date with the spec and templates:", file=sys.stderr)
                for problem in problems:
                    print(f"  {problem}", file=sys.stderr)
                print("run scripts/generate and commit the result", file=sys.stderr)
                return 1
            print("generated/ matches the spec")
            return 0
        for name in _generated_files(args.package) - _generated_files(fresh):
            (args.package / name).unlink()
        for name in _generated_files(fresh):
            target = args.package / name
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(fresh / name, target)
        print(
            f"wrote {len(_generated_files(fresh))} files to {args.package}"
            + (f" ({len(problems)} changed)" if problems else " (unchanged)")
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
