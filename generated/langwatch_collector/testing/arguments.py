"""The mock collector's command-line options, shared by scripts/mock and `langwatch-collector mock`."""

from __future__ import annotations

import argparse
import math

from langwatch_collector.testing.bounds import DEDUP_WINDOW_MS, DEFAULT_IDLE_TIMEOUT, DEFAULT_MAX_RECORDED


def _count(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = -1
    if value < 0:
        raise argparse.ArgumentTypeError(f"expected a whole number, 0 or more, got {text!r}")
    return value


def _seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        value = math.nan
    if not (math.isfinite(value) and value > 0):
        raise argparse.ArgumentTypeError(f"expected a number of seconds above 0, got {text!r}")
    return value


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--port", type=int, default=5560, help="port to listen on, 0 for any (default %(default)s)")
    parser.add_argument(
        "--api-key",
        action="append",
        dest="api_keys",
        metavar="KEY",
        help="accept only this key (repeatable; default: any non-empty key)",
    )
    parser.add_argument("--legacy", action="store_true", help="answer as an older self-hosted server")
    parser.add_argument(
        "--record",
        metavar="FILE",
        help="append every request to this JSON Lines file (credential headers masked)",
    )
    parser.add_argument(
        "--max-recorded",
        type=_count,
        default=DEFAULT_MAX_RECORDED,
        metavar="N",
        help="keep only the N most recent requests in memory (default %(default)s; --record keeps every one on "
        "disk). With it memory stays bounded: the spans seen are remembered for "
        f"{DEDUP_WINDOW_MS // 60_000} minutes, the server's dedup window",
    )
    parser.add_argument(
        "--idle-timeout",
        type=_seconds,
        default=DEFAULT_IDLE_TIMEOUT,
        metavar="SECONDS",
        help="close a connection that sends nothing for this long (default %(default)g)",
    )
