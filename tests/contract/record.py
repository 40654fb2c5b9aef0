"""scripts/record: rewrite tests/contract/recordings/ from the mock, or from a live LangWatch server.

    scripts/record                                   # against the embedded mock
    LANGWATCH_API_KEY=... scripts/record --endpoint https://app.langwatch.ai

Against a live endpoint, cases that need the mock (injected faults, wrong keys) are skipped.
Every case is recorded in memory first; the files are replaced (each atomically) only when
every case got a real answer, so an unreachable endpoint or a refused key changes nothing and
exits 1, naming the case and what went wrong. Recordings never contain the API key. Review the
diff before committing it.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import Any

from langwatch_collector.cli.atomic_file import replace_file
from tests.contract.cases import Case, build_cases
from tests.contract.exchange import API_KEY, run_case

RECORDINGS = Path(__file__).parent / "recordings"

# Outcomes that mean the server never judged the trace, unless the case injects them on purpose.
NO_REAL_ANSWER = {
    "APIConnectionError": "no answer: the connection failed",
    "APITimeoutError": "no answer in time",
    "AuthenticationError": "the key was refused (401): check LANGWATCH_API_KEY",
    "PermissionDeniedError": "the key lacks a permission (403): check LANGWATCH_API_KEY",
}


def write(recording: dict[str, Any], folder: Path | None = None) -> Path:
    path = (folder or RECORDINGS) / f"{recording['name']}.json"
    replace_file(path, (json.dumps(recording, indent=2, ensure_ascii=False) + "\n").encode())
    return path


def unusable(case: Case, recording: dict[str, Any]) -> str | None:
    """Why a recording holds no real answer from the server, or None when it does."""
    if case.fault is not None or case.mock.get("api_keys"):
        return None  # the case asks for this answer
    outcome = recording["outcome"]
    if outcome.get("error") in NO_REAL_ANSWER:
        return f"{NO_REAL_ANSWER[outcome['error']]} ({outcome.get('server_message') or outcome['error']})"
    if not recording["exchanges"]:
        return "no request was answered"
    if "error" in outcome:  # every case without an injected answer is a trace a collector accepts
        said = outcome.get("server_message") or "no message"
        return f"{outcome['error']} {outcome.get('status', '')} ({said}): is the endpoint a LangWatch collector?"
    return None


def holds_key(text: str, api_key: str) -> bool:
    """Whether the key stands in the text as a value (a header's, alone or after its scheme); a
    short key is not looked for inside other words."""
    return json.dumps(api_key) in text or f' {api_key}"' in text


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
    recordings = []
    for case in build_cases():
        if args.only and case.name not in args.only:
            continue
        if args.endpoint and not case.live:
            print(f"skipped {case.name} (needs the mock)")
            continue
        recording = run_case(case, args.endpoint, api_key)
        problem = unusable(case, recording)
        if problem is not None:
            where = args.endpoint or "the mock"
            print(f"scripts/record: {case.name}: {problem} from {where}; no recording changed", file=sys.stderr)
            return 1
        if holds_key(json.dumps(recording), api_key):  # never: the pool masks it; checked so a change cannot leak it
            print(f"scripts/record: {case.name}: the API key would be written; no recording changed", file=sys.stderr)
            return 1
        recordings.append(recording)
    RECORDINGS.mkdir(exist_ok=True)
    for recording in recordings:
        print(f"recorded {write(recording).name}: {recording['outcome']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
