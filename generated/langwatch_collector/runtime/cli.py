"""langwatch-collector: send, validate and upgrade traces, or run the mock collector.

Replaces the `curl` workflow of LangWatch's REST guide: every trace is validated against the
contract before it is sent, sent with retries and split to the server's limits.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO

from langwatch_collector import _client
from langwatch_collector.runtime import codec, errors, rules
from langwatch_collector.runtime.upgrade import upgrade

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2

EPILOG_MAIN = """examples:
  langwatch-collector validate trace.json
  langwatch-collector send trace.json traces.jsonl
  cat trace.json | langwatch-collector send --dry-run -
  langwatch-collector upgrade old-trace.json > trace.json
  langwatch-collector mock --port 5560

environment: LANGWATCH_API_KEY, LANGWATCH_ENDPOINT (default https://app.langwatch.ai), LANGWATCH_PROJECT_ID
exit codes: 0 all good, 1 some traces invalid or rejected, 2 usage error"""

EPILOG_SEND = """A FILE is one JSON trace, or JSON Lines (one trace per line; .jsonl/.ndjson, or any file
whose first line is a whole trace); `-` reads standard input.

examples:
  langwatch-collector send trace.json
  langwatch-collector send --endpoint http://localhost:5560 --continue-on-error traces.jsonl
  langwatch-collector send --dry-run trace.json     # print the exact request, key masked; send nothing"""

EPILOG_VALIDATE = """Prints every problem as `FILE:LINE TRACE_ID PATH: MESSAGE`; sends nothing.

examples:
  langwatch-collector validate trace.json traces.jsonl"""

EPILOG_UPGRADE = """Rewrites legacy payloads (like the REST guide's curl example) to the current shape: span
`id` to `span_id`, `outputs` to `output`, top-level user_id/thread_id/customer_id/labels into
`metadata`, timestamps in seconds to milliseconds, plain-string RAG contexts to chunks.
What changed is reported on standard error.

examples:
  langwatch-collector upgrade old.json > trace.json
  langwatch-collector upgrade --in-place old.json old-traces.jsonl"""


class UsageError(Exception):
    """A mistake in how the command was called (exit code 2)."""


@dataclass
class Trace:
    """One trace read from a file, with where it came from."""

    source: str
    line: int
    document: Any
    text: str  # as read, so a trace that cannot be rewritten is kept as it was
    problem: str | None = None  # the file could not be read as JSON here

    @property
    def where(self) -> str:
        return f"{self.source}:{self.line}"

    @property
    def trace_id(self) -> str:
        if isinstance(self.document, dict):
            return rules.trace_id_of(self.document) or "-"
        return "-"


def _read(path: str, stdin: TextIO) -> tuple[str, str]:
    if path == "-":
        return "<stdin>", stdin.read()
    try:
        return path, Path(path).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise UsageError(f"{path}: no such file") from None
    except (OSError, UnicodeDecodeError) as error:
        raise UsageError(f"{path}: cannot read: {error}") from None


def _is_json_lines(path: str, text: str) -> bool:
    if path.endswith((".jsonl", ".ndjson")):
        return True
    first = text.lstrip().split("\n", 1)[0]
    try:
        json.loads(first)
    except ValueError:
        return False
    return bool(text.strip().count("\n"))


def read_traces(paths: Sequence[str], stdin: TextIO) -> Iterator[Trace]:
    for path in paths:
        source, text = _read(path, stdin)
        yield from traces_in(source, text, json_lines=_is_json_lines(path, text))


def traces_in(source: str, text: str, *, json_lines: bool) -> Iterator[Trace]:
    if not json_lines:
        yield _decode(source, 1, text)
        return
    for number, line in enumerate(text.splitlines(), start=1):
        if line.strip():
            yield _decode(source, number, line)


def _decode(source: str, line: int, text: str) -> Trace:
    try:
        return Trace(source, line, json.loads(text), text)
    except json.JSONDecodeError as error:
        where = line + error.lineno - 1
        return Trace(source, where, None, text, f"not valid JSON: {error.msg} (column {error.colno})")


def _problems(trace: Trace) -> list[tuple[str, str]]:
    if trace.problem is not None:
        return [("", trace.problem)]
    try:
        codec.to_document(codec.parse(trace.document))  # both directions, as `send` does
    except errors.ValidationError as error:
        return error.errors
    return []


# -- commands --------------------------------------------------------------------------------


def command_validate(args: argparse.Namespace, out: TextIO, stdin: TextIO) -> int:
    failed = 0
    for trace in read_traces(args.files, stdin):
        problems = _problems(trace)
        failed += bool(problems)
        for path, message in problems:
            print(f"{trace.where} {trace.trace_id} {path or 'body'}: {message}", file=out)
        if not problems and args.verbose:
            print(f"{trace.where} {trace.trace_id} ok", file=out)
    return EXIT_FAILED if failed else EXIT_OK


def command_send(args: argparse.Namespace, out: TextIO, stdin: TextIO) -> int:
    api_key = args.api_key or os.environ.get("LANGWATCH_API_KEY")
    if not api_key and not args.dry_run:
        raise UsageError("no API key: pass --api-key or set LANGWATCH_API_KEY")
    client = _client.CollectorClient(api_key=api_key or "(not set)", endpoint=args.endpoint, project_id=args.project_id)
    traces = list(read_traces(args.files, stdin))
    progress = _Progress(len(traces)) if sys.stderr.isatty() and len(traces) > 1 and not args.dry_run else None
    failed = 0
    with client:
        for index, trace in enumerate(traces, start=1):
            ok = _send_one(client, trace, args, out)
            failed += not ok
            if progress is not None:
                progress.update(index, failed)
            if not ok and not args.continue_on_error:
                break
    if progress is not None:
        progress.finish()
    return EXIT_FAILED if failed else EXIT_OK


def _send_one(client: _client.CollectorClient, trace: Trace, args: argparse.Namespace, out: TextIO) -> bool:
    spans = len(trace.document.get("spans") or []) if isinstance(trace.document, dict) else 0
    head = f"{trace.where} {trace.trace_id} {spans} span{'s' if spans != 1 else ''}"
    if trace.problem is not None:
        print(f"{head} invalid: {trace.problem}", file=out)
        return False
    try:
        request = codec.parse(trace.document)
        if args.dry_run:
            for part in client.prepare_collect(request, force_sync=args.force_sync or None):
                print(part.describe(), file=out)
            print(f"{head} not sent (--dry-run)", file=out)
            return True
        result = client.collect(request, force_sync=args.force_sync or None)
    except errors.ValidationError as error:
        print(
            f"{head} invalid: " + "; ".join(f"{path or 'body'}: {message}" for path, message in error.errors), file=out
        )
        return False
    except errors.APIError as error:
        print(f"{head} failed: {error}", file=out)
        return False
    parts = len(result.responses)
    detail = f"{parts} request{'s' if parts != 1 else ''}"
    if result.rejected_spans or result.rejected_evaluations:
        detail += f", {result.rejected_spans} span(s) and {result.rejected_evaluations} evaluation(s) rejected"
    print(f"{head} sent ({detail})", file=out)
    return True


class _Progress:
    def __init__(self, total: int) -> None:
        self.total = total

    def update(self, done: int, failed: int) -> None:
        sys.stderr.write(f"\r{done}/{self.total} traces, {failed} failed")
        sys.stderr.flush()

    def finish(self) -> None:
        sys.stderr.write("\n")


def command_upgrade(args: argparse.Namespace, out: TextIO, stdin: TextIO) -> int:
    if args.in_place and "-" in args.files:
        raise UsageError("--in-place cannot rewrite standard input")
    failed = 0
    for path in args.files:
        source, text = _read(path, stdin)
        lines = _is_json_lines(path, text)
        rewritten = []
        for trace in traces_in(source, text, json_lines=lines):
            if trace.problem is not None or not isinstance(trace.document, dict):
                print(f"{trace.where}: {trace.problem or 'not a JSON object'}; left as it was", file=sys.stderr)
                failed += 1
                rewritten.append(trace.text.rstrip("\n"))
                continue
            document, changes = upgrade(trace.document)
            for change in changes:
                print(f"{trace.where}: {change}", file=sys.stderr)
            if not changes:
                print(f"{trace.where}: already in the current shape", file=sys.stderr)
            rewritten.append(
                json.dumps(document, ensure_ascii=False)
                if lines
                else json.dumps(document, indent=2, ensure_ascii=False)
            )
        result = "\n".join(rewritten) + "\n"
        if args.in_place:
            Path(source).write_text(result, encoding="utf-8")
        else:
            out.write(result)
    return EXIT_FAILED if failed else EXIT_OK


def command_mock(args: argparse.Namespace, out: TextIO, stdin: TextIO) -> int:
    try:
        from langwatch_collector.runtime.mock.__main__ import run
    except ImportError as error:
        raise UsageError(
            f"the mock needs the testing extra: pip install 'langwatch-collector[testing]' ({error})"
        ) from None
    return run(args)


# -- the parser ------------------------------------------------------------------------------


def _command(
    commands: Any, name: str, run: Any, summary: str, epilog: str, *, reads_files: bool = True
) -> argparse.ArgumentParser:
    parser: argparse.ArgumentParser = commands.add_parser(
        name,
        help=summary,
        description=summary[0].upper() + summary[1:] + ".",
        epilog=epilog,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    if reads_files:
        parser.add_argument(
            "files", nargs="+", metavar="FILE", help="JSON or JSON Lines files, or - for standard input"
        )
    parser.set_defaults(run=run)
    return parser


def build_parser() -> argparse.ArgumentParser:
    from langwatch_collector import __version__

    parser = argparse.ArgumentParser(
        prog="langwatch-collector",
        description="Send traces to LangWatch's collector, validated against its contract.",
        epilog=EPILOG_MAIN,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--debug", action="store_true", help="show tracebacks and debug logs (retries)")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    send = _command(commands, "send", command_send, "validate and send traces", EPILOG_SEND)
    send.add_argument("--endpoint", help="the collector (default: LANGWATCH_ENDPOINT or https://app.langwatch.ai)")
    send.add_argument("--api-key", help="the API key (default: LANGWATCH_API_KEY)")
    send.add_argument("--project-id", help="sent as X-Project-Id (default: LANGWATCH_PROJECT_ID)")
    send.add_argument("--force-sync", action="store_true", help="ask the server to process synchronously")
    send.add_argument("--dry-run", action="store_true", help="print the exact HTTP requests, key masked; send nothing")
    send.add_argument("--continue-on-error", action="store_true", help="go on after a trace fails")

    validate = _command(
        commands, "validate", command_validate, "check traces against the contract, offline", EPILOG_VALIDATE
    )
    validate.add_argument("-v", "--verbose", action="store_true", help="also list the valid traces")

    upgrade_parser = _command(
        commands, "upgrade", command_upgrade, "rewrite legacy payloads to the current shape", EPILOG_UPGRADE
    )
    upgrade_parser.add_argument("--in-place", action="store_true", help="rewrite the files instead of printing")

    mock = _command(
        commands,
        "mock",
        command_mock,
        "run the mock collector on 127.0.0.1 (prints its URL, logs each request it judges; Ctrl-C stops it)",
        "examples:\n  langwatch-collector mock --port 5560 --api-key test-key --record requests.jsonl",
        reads_files=False,
    )
    from langwatch_collector.runtime.mock.arguments import add_arguments

    add_arguments(mock)
    return parser


def _log_to_stderr(*, debug: bool) -> None:
    """The package's warnings (and, with --debug, each retry) as `warning: ...` lines on stderr."""
    log = logging.getLogger("langwatch_collector")
    for handler in [h for h in log.handlers if getattr(h, "_langwatch_cli", False)]:
        log.removeHandler(handler)
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(levelname)s: %(message)s"))
    handler._langwatch_cli = True  # type: ignore[attr-defined]
    log.addHandler(handler)
    log.setLevel(logging.DEBUG if debug else logging.WARNING)


def main(argv: Sequence[str] | None = None, out: TextIO | None = None, stdin: TextIO | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exit_:  # argparse has printed the help, the version, or a usage error
        return EXIT_OK if exit_.code in (0, None) else EXIT_USAGE
    _log_to_stderr(debug=args.debug)
    try:
        code: int = args.run(args, out or sys.stdout, stdin or sys.stdin)
        return code
    except UsageError as error:
        print(f"langwatch-collector: {error}", file=sys.stderr)
        return EXIT_USAGE
    except (errors.CollectorError, OSError) as error:
        if args.debug:
            raise
        print(f"langwatch-collector: {error}", file=sys.stderr)
        return EXIT_FAILED
    except KeyboardInterrupt:
        return 130
