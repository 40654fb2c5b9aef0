"""The mock collector's command-line options, shared by scripts/mock and `langwatch-collector mock`."""

from __future__ import annotations

import argparse


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
    parser.add_argument("--record", metavar="FILE", help="append every request to this JSON Lines file")
