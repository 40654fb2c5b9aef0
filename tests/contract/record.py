"""scripts/record: rewrite tests/contract/recordings/ from the mock, or from a live LangWatch server.

    scripts/record                                   # against the embedded mock
    LANGWATCH_API_KEY=... scripts/record --endpoint https://app.langwatch.ai

Against a live endpoint, cases that need the mock (injected faults, wrong keys) are skipped.
Recordings never contain the API key. Review the diff before committing it.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from tests.contract.cases import build_cases
from tests.contract.exchange import API_KEY, run_case

RECORDINGS = Path(__file__).parent / "recordings"


def write(recording: dict[str, object], folder: Path = RECORDINGS) -> Path:
    path = folder / f"{recording['name']}.json"
    path.write_text(json.dumps(recording, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="scripts/record", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--endpoint", help="a live collector (default: the embedded mock); needs LANGWATCH_API_KEY")
    parser.add_argument("--only", action="append", metavar="NAME", help="record only this case (repeatable)")
    args = parser.parse_args(argv)
    api_key = API_KEY
    if args.endpoint:
        api_key = os.environ.get("LANGWATCH_API_KEY", "")
        if not api_key:
            print("scripts/record: --endpoint needs LANGWATCH_API_KEY", file=sys.stderr)
            return 2
    RECORDINGS.mkdir(exist_ok=True)
    for case in build_cases():
        if args.only and case.name not in args.only:
            continue
        if args.endpoint and not case.live:
            print(f"skipped {case.name} (needs the mock)")
            continue
        recording = run_case(case, args.endpoint, api_key)
        text = json.dumps(recording)
        if api_key in text:  # never: the pool masks it; checked so a future change cannot leak it
            raise SystemExit(f"{case.name}: the API key would be written to the recording")
        print(f"recorded {write(recording).name}: {recording['outcome']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
