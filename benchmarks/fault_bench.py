"""The standing fault-injection run (`tests/test_fault_injection.py`), larger: 10,000 traces from
four threads sharing one client here and from three processes that each fork after using their
client, against a loopback server that answers about a fifth of the requests with a fault.
Prints what happened; asserts nothing.
"""

from __future__ import annotations

import argparse

from tests.fault_run import Settings, figures, run, trace_ids

SLACK = 2.0  # how far past the retry budget a dripped answer lasts is twice this


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="1,000 traces instead of 10,000")
    args = parser.parse_args(argv)
    count = 1000 if args.quick else 10_000
    settings = Settings()
    outcomes, served, elapsed = run(trace_ids(count, 50), threads=4, processes=3, settings=settings, slack=SLACK)
    print(
        f"fault-injection run: {count:,} traces, 4 threads sharing one client here and in each of 3 processes "
        "and their forks, "
        f"read timeout {settings.read_timeout:g} s, retry budget {settings.retry_budget:g} s, "
        f"{settings.max_retries} retries"
    )
    for line in figures(outcomes, served, elapsed).lines():
        print(f"  {line}")


if __name__ == "__main__":
    main()
