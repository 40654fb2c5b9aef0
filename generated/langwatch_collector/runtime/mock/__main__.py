"""python -m langwatch_collector.runtime.mock: run the mock collector until stopped."""

from __future__ import annotations

import argparse
import logging
import signal
import sys
import threading

from langwatch_collector.runtime.mock.server import MockCollector


def build_parser(prog: str = "scripts/mock") -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog=prog, description="Run a mock LangWatch collector on 127.0.0.1.")
    add_arguments(parser)
    return parser


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--port", type=int, default=5560, help="port to listen on (0: any free one; default %(default)s)"
    )
    parser.add_argument(
        "--api-key",
        action="append",
        dest="api_keys",
        metavar="KEY",
        help="accept only this key (repeatable; default: any non-empty key)",
    )
    parser.add_argument("--legacy", action="store_true", help="answer as an older self-hosted server")
    parser.add_argument("--record", metavar="FILE", help="append every request to this JSON Lines file")


def run(args: argparse.Namespace) -> int:
    logging.basicConfig(level=logging.INFO, format="%(message)s", stream=sys.stderr)
    mock = MockCollector(port=args.port, api_keys=args.api_keys, legacy=args.legacy, record_to=args.record)
    try:
        mock.start()
    except OSError as error:
        print(f"mock: cannot listen on 127.0.0.1:{args.port}: {error.strerror}", file=sys.stderr)
        return 1
    print(mock.url, flush=True)
    stopped = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stopped.set())
    try:
        stopped.wait()
    except KeyboardInterrupt:
        pass
    finally:
        mock.stop()
    return 0


if __name__ == "__main__":
    sys.exit(run(build_parser().parse_args()))
