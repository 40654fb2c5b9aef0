"""Replays each recording against the mock with CollectorClient and lists every difference.

`python -m tests.contract.check` exits 1 when any recording no longer holds: the wire format,
the mock's answers or the client's outcome changed. Re-record (scripts/record) and review.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from tests.contract.cases import Case
from tests.contract.exchange import run_case

RECORDINGS = Path(__file__).parent / "recordings"


def case_of(recording: dict[str, Any]) -> Case:
    fault = recording.get("fault")
    return Case(
        name=recording["name"],
        description=recording["description"],
        input=recording["input"],
        call=recording["call"],
        client=recording["client"],
        mock=recording["mock"],
        fault=(fault[0], fault[1]) if fault else None,
    )


def differences(path: Path) -> list[str]:
    recording = json.loads(path.read_text(encoding="utf-8"))
    replayed = run_case(case_of(recording))
    problems = []
    recorded_exchanges, replayed_exchanges = recording["exchanges"], replayed["exchanges"]
    if len(recorded_exchanges) != len(replayed_exchanges):
        problems.append(f"{len(replayed_exchanges)} requests sent, {len(recorded_exchanges)} recorded")
    pairs = zip(recorded_exchanges, replayed_exchanges, strict=False)  # a count mismatch is reported above
    for index, (want, got) in enumerate(pairs):
        for part in ("request", "response"):
            for key in want[part]:
                if want[part][key] != got[part].get(key):
                    problems.append(
                        f"exchange {index} {part} {key}: "
                        f"recorded {want[part][key]!r:.200}, got {got[part].get(key)!r:.200}"
                    )
    if recording["outcome"] != replayed["outcome"]:
        problems.append(f"outcome: recorded {recording['outcome']}, got {replayed['outcome']}")
    return problems


def main() -> int:
    failed = 0
    for path in sorted(RECORDINGS.glob("*.json")):
        try:
            problems = differences(path)
        except Exception as error:  # a recording the current code cannot even replay also fails
            problems = [f"cannot replay: {type(error).__name__}: {error}"]
        for problem in problems:
            print(f"{path.name}: {problem}")
        failed += bool(problems)
    print(f"{failed} of {len(list(RECORDINGS.glob('*.json')))} recordings differ")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
