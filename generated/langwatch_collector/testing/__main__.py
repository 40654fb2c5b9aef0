"""python -m langwatch_collector.testing: run the mock collector until stopped."""

from __future__ import annotations

import argparse
import logging
import signal
import sys
import threading

from langwatch_collector.testing.arguments import add_arguments
from langwatch_collector.testing.extra import missing_testing_extra


def build_parser(prog: str = "scripts/mock") -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog=prog, description="Run a mock LangWatch collector on 127.0.0.1.")
    add_arguments(parser)
    return parser


def run(args: argparse.Namespace) -> int:
    try:
        from langwatch_collector.testing.server import MockCollector
    except ModuleNotFoundError as error:
        problem = missing_testing_extra(error, "the mock collector")
        if problem is None:
            raise
        print(f"mock: {problem}", file=sys.stderr)
        return 2
    log = logging.getLogger("langwatch_collector.mock")  # one line per judged request, on stderr
    log.setLevel(logging.INFO)
    if not log.handlers:
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(logging.Formatter("%(message)s"))
        log.addHandler(handler)
        log.propagate = False
    mock = MockCollector(
        port=args.port,
        api_keys=args.api_keys,
        legacy=args.legacy,
        record_to=args.record,
        max_recorded=args.max_recorded,
        idle_timeout=args.idle_timeout,
    )
    stopped = threading.Event()
    # Before the URL is printed: whoever reads it may stop the mock at once, and must get a clean stop.
    signal.signal(signal.SIGTERM, lambda *_: stopped.set())
    try:
        mock.start()
    except OSError as error:
        print(f"mock: cannot listen on 127.0.0.1:{args.port}: {error.strerror}", file=sys.stderr)
        return 1
    print(mock.url, flush=True)
    try:
        stopped.wait()
    except KeyboardInterrupt:
        pass
    finally:
        mock.stop()
    return 0


if __name__ == "__main__":
    sys.exit(run(build_parser().parse_args()))
