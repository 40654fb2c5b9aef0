"""langwatch-collector: send, validate and upgrade traces, or run the mock collector.

Replaces the `curl` workflow of LangWatch's REST guide: every trace is validated against the
contract before it is sent, sent with retries and split to the server's limits.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import logging
import os
import shlex
import sys
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import IO, Any, TextIO

from langwatch_collector import client as _client
from langwatch_collector import codec, errors, jsontext, redaction, trace_limits
from langwatch_collector.base_client import CollectResult
from langwatch_collector.cli.atomic_file import replace_file
from langwatch_collector.cli.progress import Progress
from langwatch_collector.cli.trace_files import (
    Trace,
    UnreadableFile,
    is_json_lines,
    read_file,
    read_traces,
    traces_in,
)
from langwatch_collector.cli.upgrade import upgrade

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2

EPILOG_MAIN = """examples:
  langwatch-collector validate trace.json
  langwatch-collector send trace.json traces.jsonl
  cat trace.json | langwatch-collector send --dry-run -
  langwatch-collector upgrade --retime old-trace.json > trace.json
  langwatch-collector mock --port 5560

environment: LANGWATCH_API_KEY, LANGWATCH_ENDPOINT (default https://app.langwatch.ai), LANGWATCH_PROJECT_ID
exit codes: 0 all good; 1 a trace invalid, not sent, or partly rejected by the server;
2 a usage error (a wrong option, a file that cannot be opened)"""

EPILOG_SEND = """A FILE is one JSON trace, or JSON Lines (one trace per line; .jsonl/.ndjson, or any file
whose first line is a whole trace); `-` reads standard input. Prints one line per trace, then a
summary. Stops at the first trace that is invalid or fails, unless --continue-on-error. Exit
code 1 when a trace was not sent, or the server rejected some of its spans or evaluations (spans
that started more than 31 days ago: `upgrade --retime` moves a trace to now). A progress bar
shows on a terminal.

examples:
  langwatch-collector send trace.json
  langwatch-collector send --endpoint http://localhost:5560 --continue-on-error traces.jsonl
  langwatch-collector send --dry-run trace.json     # print the exact request, key masked; send nothing"""

EPILOG_VALIDATE = """Prints every problem as `FILE:LINE TRACE_ID PATH: MESSAGE`, every warning (such as spans the
server will drop for age) as `FILE:LINE TRACE_ID warning: MESSAGE`, then a summary; sends nothing.
It checks what `send` checks before sending, the 10 MiB body limit included.

examples:
  langwatch-collector validate trace.json traces.jsonl
  langwatch-collector validate -q trace.json && echo valid"""

EPILOG_UPGRADE = """Rewrites legacy payloads (like the REST guide's curl example) to the current shape: span
`id` to `span_id`, `outputs` to `output`, top-level user_id/thread_id/customer_id/labels into
`metadata`, timestamps in seconds to milliseconds, plain-string RAG contexts to chunks.
With --retime, a trace with spans that started more than 31 days ago (which the server drops)
is moved to now: every timestamp shifts by the same amount, so durations and order are kept.
What changed, and what is still wrong, is reported on standard error. --in-place replaces a
file only once its new contents are completely written.

examples:
  langwatch-collector upgrade old.json > trace.json
  langwatch-collector upgrade --retime --in-place old.json old-traces.jsonl"""


class UsageError(Exception):
    """A mistake in how the command was called (exit code 2)."""


# -- the package's warnings, shown beside the trace they concern ------------------------------


class _HoldWarnings(logging.Filter):
    """Keeps warnings off the stderr handler while a command collects them for a trace."""

    holding = False

    def filter(self, record: logging.LogRecord) -> bool:
        return not (self.holding and record.levelno >= logging.WARNING)


_HOLD = _HoldWarnings()


class _Collect(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


@contextlib.contextmanager
def captured_warnings() -> Iterator[list[str]]:
    """The warnings the package logs inside the block (legacy shapes, old spans, rejections)."""
    log = logging.getLogger("langwatch_collector")
    collect, level = _Collect(), log.level
    log.addHandler(collect)
    if log.getEffectiveLevel() > logging.WARNING:
        log.setLevel(logging.WARNING)
    _HOLD.holding = True
    try:
        yield collect.messages
    finally:
        _HOLD.holding = False
        log.removeHandler(collect)
        log.setLevel(level)


# -- checking a trace as `send` would, offline -------------------------------------------------


@dataclass
class Verdict:
    problems: list[tuple[str, str]] = field(default_factory=list)  # (path, message)
    warnings: list[str] = field(default_factory=list)
    old_spans: int = 0  # spans the server will drop for age


def problems_of(error: BaseException) -> list[tuple[str, str]]:
    """The problems a failed parse or preparation reports, as (path, message)."""
    if isinstance(error, errors.ValidationError):
        return error.errors
    if isinstance(error, RecursionError):
        return [("", "nested too deeply to check")]
    return [("", str(error))]


class OfflineCheck:
    """What `send` does to a trace before sending it (parse, split, encode, size limit), offline.

    It runs the client's own preparation, so `validate` refuses exactly what `send` would
    refuse without asking the server; the client here never opens a connection.
    """

    def __init__(self) -> None:
        self._client = _client.CollectorClient(api_key="offline-check", endpoint="http://127.0.0.1")

    def examine(self, document: Any) -> Verdict:
        verdict = Verdict()
        with captured_warnings() as verdict.warnings:
            try:
                self._client.prepare_collect(codec.parse(document))
            except (errors.ValidationError, errors.PayloadTooLargeError, RecursionError) as error:
                verdict.problems = problems_of(error)
        if not verdict.problems:
            verdict.old_spans = trace_limits.old_span_count(document)
        return verdict


def hints(trace: Trace, old_spans: int) -> list[str]:
    """What to run when the trace holds what `upgrade` rewrites, or spans the server drops."""
    found = []
    name = "-" if trace.source == "<stdin>" else shlex.quote(trace.source)
    if isinstance(trace.document, dict) and upgrade(trace.document)[1]:
        found.append(f"`langwatch-collector upgrade {name}` rewrites the legacy shapes and seconds timestamps")
    if old_spans:
        found.append(f"`langwatch-collector upgrade --retime {name}` moves the trace to now, durations kept")
    return found


def _readable_files(
    paths: Sequence[str], stdin: IO[Any] | None, unreadable: list[str]
) -> Iterator[tuple[str, str, bytes]]:
    """(path, source, bytes) of each file that can be read; the others are reported and listed in `unreadable`."""
    for path in paths:
        try:
            source, data = read_file(path, stdin)
        except UnreadableFile as error:
            print(f"langwatch-collector: {error}", file=sys.stderr)
            unreadable.append(path)
            continue
        yield path, source, data


def _each_trace(paths: Sequence[str], stdin: IO[Any] | None, unreadable: list[str]) -> Iterator[Trace]:
    """Every trace of the files that can be read; the others are reported and listed in `unreadable`."""
    for path, source, data in _readable_files(paths, stdin, unreadable):
        yield from traces_in(source, data, json_lines=is_json_lines(path, data))


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


# -- commands --------------------------------------------------------------------------------


def command_validate(args: argparse.Namespace, out: TextIO, stdin: IO[Any] | None) -> int:
    valid = invalid = warned = 0
    unreadable: list[str] = []
    check = OfflineCheck()
    for trace in _each_trace(args.files, stdin, unreadable):
        if trace.problem is not None:
            print(f"{trace.where}: {trace.problem}", file=out)
            invalid += 1
            continue
        verdict = check.examine(trace.document)
        prefix = f"{trace.where} {trace.trace_id}"
        for path, message in verdict.problems:
            print(f"{prefix} {path or 'body'}: {message}", file=out)
        for warning in verdict.warnings:
            print(f"{prefix} warning: {warning}", file=out)
        if verdict.problems or verdict.warnings:
            for hint in hints(trace, verdict.old_spans):
                print(f"{prefix} hint: {hint}", file=out)
        invalid += bool(verdict.problems)
        valid += not verdict.problems
        warned += bool(verdict.warnings) and not verdict.problems
        if not verdict.problems and args.verbose:
            print(f"{prefix} ok", file=out)
    if not args.quiet:
        summary = [_plural(valid, "trace") + " valid" + (f" ({warned} with warnings)" if warned else "")]
        summary += [f"{invalid} invalid"] if invalid else []
        summary += [_plural(len(unreadable), "file") + " not read"] if unreadable else []
        print(", ".join(summary), file=out)
    return EXIT_USAGE if unreadable else EXIT_FAILED if invalid else EXIT_OK


SENT, REJECTED, DRY_RUN, INVALID, FAILED = "sent", "rejected", "dry-run", "invalid", "failed"


def command_send(args: argparse.Namespace, out: TextIO, stdin: IO[Any] | None) -> int:
    api_key = args.api_key or os.environ.get("LANGWATCH_API_KEY")
    if not api_key and not args.dry_run:
        raise UsageError("no API key: pass --api-key or set LANGWATCH_API_KEY")
    try:
        traces = list(read_traces(args.files, stdin))
    except UnreadableFile as error:  # before anything is sent
        raise UsageError(str(error)) from None
    # A key from the environment is read by the client itself, so a bad one is reported by its variable's name.
    client = _client.CollectorClient(
        api_key=args.api_key or (None if api_key else _NO_KEY), endpoint=args.endpoint, project_id=args.project_id
    )
    outcomes: Counter[str] = Counter()
    progress = Progress(len(traces), sys.stderr) if sys.stderr.isatty() and len(traces) > 1 else None
    with client:
        for trace in traces:
            lines, outcome = _send_one(client, trace, args, has_key=bool(api_key))
            if progress is not None:
                progress.clear()
            print("\n".join(lines), file=out, flush=progress is not None)
            outcomes[outcome] += 1
            if progress is not None:
                progress.advance(failed=outcome in (INVALID, FAILED))
            if outcome in (INVALID, FAILED) and not args.continue_on_error:
                break
    if progress is not None:
        progress.finish()
    not_attempted = len(traces) - sum(outcomes.values())
    if not args.quiet:
        print(_send_summary(outcomes, not_attempted), file=out)
    return EXIT_OK if outcomes[SENT] + outcomes[DRY_RUN] == len(traces) else EXIT_FAILED


_NO_KEY = "no-key-set"  # a dry run without a key: shown as "not set", never as a masked key


def _send_summary(outcomes: Counter[str], not_attempted: int) -> str:
    parts = [f"{outcomes[SENT] + outcomes[REJECTED]} sent"]
    if outcomes[REJECTED]:
        parts.append(f"{outcomes[REJECTED]} of them with spans or evaluations rejected by the server")
    parts += [f"{outcomes[DRY_RUN]} not sent (--dry-run)"] if outcomes[DRY_RUN] else []
    parts += [f"{outcomes[INVALID]} invalid"] if outcomes[INVALID] else []
    parts += [f"{outcomes[FAILED]} failed"] if outcomes[FAILED] else []
    total = sum(outcomes.values()) + not_attempted
    summary = f"{_plural(total, 'trace')}: " + ", ".join(parts)
    if not_attempted:
        summary += f", {not_attempted} not attempted: stopped at the first failure (--continue-on-error goes on)"
    return summary


def _send_one(
    client: _client.CollectorClient, trace: Trace, args: argparse.Namespace, *, has_key: bool
) -> tuple[list[str], str]:
    """The lines to print for one trace, and how it went."""
    if trace.problem is not None:
        return [f"{trace.where}: {trace.problem}"], INVALID
    spans = trace.document.get("spans") if isinstance(trace.document, dict) else None
    head = f"{trace.where} {trace.trace_id} {_plural(len(spans) if isinstance(spans, list) else 0, 'span')}"
    requests: list[str] = []
    with captured_warnings() as warnings:
        try:
            request = codec.parse(trace.document)
            if args.dry_run:
                parts = client.prepare_collect(request, force_sync=args.force_sync or None)
                requests = [part.describe() if has_key else _without_key(part.describe()) for part in parts]
                outcome, status = DRY_RUN, "not sent (--dry-run)"
            else:
                outcome, status = _sent(client.collect(request, force_sync=args.force_sync or None))
        except (errors.ValidationError, RecursionError) as error:
            problems = [f"  {path or 'body'}: {message}" for path, message in problems_of(error)]
            warned = [f"  warning: {warning}" for warning in warnings]
            return [f"{head} invalid, not sent:", *problems, *warned, *_hint_lines(trace, 0)], INVALID
        except errors.APIError as error:
            outcome, status = FAILED, f"failed: {error}"
    lines = [*requests, f"{head} {status}", *(f"  warning: {warning}" for warning in warnings)]
    if warnings:
        lines += _hint_lines(trace, trace_limits.old_span_count(trace.document))
    return lines, outcome


def _sent(result: CollectResult) -> tuple[str, str]:
    detail = _plural(len(result.responses), "request")
    if not (result.rejected_spans or result.rejected_evaluations):
        return SENT, f"sent ({detail})"
    rejected = f"{_plural(result.rejected_spans, 'span')} and {_plural(result.rejected_evaluations, 'evaluation')}"
    return REJECTED, f"sent ({detail}), but the server rejected {rejected}"


def _hint_lines(trace: Trace, old_spans: int) -> list[str]:
    return [f"  hint: {hint}" for hint in hints(trace, old_spans)]


def _without_key(described: str) -> str:
    return described.replace(
        f"X-Auth-Token: {redaction.MASK}", "X-Auth-Token: (no API key set: pass --api-key or set LANGWATCH_API_KEY)"
    )


def command_upgrade(args: argparse.Namespace, out: TextIO, stdin: IO[Any] | None) -> int:
    if args.in_place and "-" in args.files:
        raise UsageError("--in-place cannot rewrite standard input")
    failed = 0
    unreadable: list[str] = []
    check = OfflineCheck()
    for path, source, data in _readable_files(args.files, stdin, unreadable):
        lines = is_json_lines(path, data)
        rewritten = []
        changed = False
        for trace in traces_in(source, data, json_lines=lines):
            text = _upgraded(trace, check, args, pretty=not lines)
            failed += text is False
            changed |= isinstance(text, bytes)
            rewritten.append(text if isinstance(text, bytes) else trace.raw.rstrip(b"\r\n"))
        result = b"\n".join(rewritten) + b"\n"
        if not args.in_place:
            _write(out, result)
        elif changed:
            try:
                replace_file(source, result)
            except OSError as error:
                print(f"langwatch-collector: {source}: not rewritten, left as it was: {error}", file=sys.stderr)
                failed += 1
    return EXIT_USAGE if unreadable else EXIT_FAILED if failed else EXIT_OK


def _upgraded(trace: Trace, check: OfflineCheck, args: argparse.Namespace, *, pretty: bool) -> bytes | bool:
    """The trace rewritten, with what changed and what is still wrong said on stderr.

    True: nothing to change; False: it cannot be read or written (both are kept as they were).
    """
    if trace.problem is not None or not isinstance(trace.document, dict):
        print(f"{trace.where}: {trace.problem or 'not a JSON object'}; left as it was", file=sys.stderr)
        return False
    document, changes = upgrade(trace.document, retime=args.retime)
    for change in changes:
        print(f"{trace.where}: {change}", file=sys.stderr)
    verdict = check.examine(document)
    for path, message in verdict.problems:
        print(f"{trace.where}: still invalid: {path or 'body'}: {message}", file=sys.stderr)
    for warning in verdict.warnings:
        print(f"{trace.where}: warning: {warning}", file=sys.stderr)
    if verdict.old_spans:
        print(f"{trace.where}: hint: --retime moves the trace to now, durations kept", file=sys.stderr)
    if not changes:
        if not verdict.problems:
            print(f"{trace.where}: already in the current shape", file=sys.stderr)
        return True
    try:
        return _render(document, pretty=pretty)
    except (TypeError, ValueError, RecursionError) as error:  # NaN, which JSON cannot hold; deep nesting
        print(f"{trace.where}: cannot be written as JSON ({error}); left as it was", file=sys.stderr)
        return False


def _render(document: Any, *, pretty: bool) -> bytes:
    """The document through the package's JSON writer, which never writes `NaN` or `Infinity`."""
    compact = jsontext.dumps(document)
    if not pretty:
        return compact
    try:  # the same values laid out for people, when the standard library can spell them all
        return json.dumps(document, indent=2, ensure_ascii=False, allow_nan=False).encode()
    except (ValueError, RecursionError):  # ±inf, a lone surrogate: only the package's writer spells them
        return compact


def _write(out: TextIO, data: bytes) -> None:
    buffer = getattr(out, "buffer", None)
    if buffer is None:
        out.write(data.decode("utf-8", "replace"))
        return
    out.flush()
    buffer.write(data)
    buffer.flush()


def command_mock(args: argparse.Namespace, out: TextIO, stdin: IO[Any] | None) -> int:
    from langwatch_collector.testing.__main__ import run  # says itself when the testing extra is missing

    return run(args)


# -- the parser ------------------------------------------------------------------------------


def _command(
    commands: Any, name: str, run: Any, summary: str, epilog: str, *, reads_files: bool = True
) -> argparse.ArgumentParser:
    parser: argparse.ArgumentParser = commands.add_parser(
        name,
        parents=[_debug_option(default=argparse.SUPPRESS)],  # --debug after the command too
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


def _debug_option(*, default: Any) -> argparse.ArgumentParser:
    parent = argparse.ArgumentParser(add_help=False)
    parent.add_argument(
        "--debug", action="store_true", default=default, help="show tracebacks and debug logs (retries)"
    )
    return parent


def build_parser() -> argparse.ArgumentParser:
    from langwatch_collector import __version__

    parser = argparse.ArgumentParser(
        prog="langwatch-collector",
        description="Send traces to LangWatch's collector, validated against its contract.",
        epilog=EPILOG_MAIN,
        formatter_class=argparse.RawDescriptionHelpFormatter,
        parents=[_debug_option(default=False)],
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    send = _command(commands, "send", command_send, "validate and send traces", EPILOG_SEND)
    send.add_argument("--endpoint", help="the collector (default: LANGWATCH_ENDPOINT or https://app.langwatch.ai)")
    send.add_argument("--api-key", help="the API key (default: LANGWATCH_API_KEY)")
    send.add_argument("--project-id", help="sent as X-Project-Id (default: LANGWATCH_PROJECT_ID)")
    send.add_argument("--force-sync", action="store_true", help="ask the server to process synchronously")
    send.add_argument("--dry-run", action="store_true", help="print the exact HTTP requests, key masked; send nothing")
    send.add_argument("--continue-on-error", action="store_true", help="go on after a trace fails")
    send.add_argument("-q", "--quiet", action="store_true", help="no summary line")

    validate = _command(
        commands, "validate", command_validate, "check traces against the contract, offline", EPILOG_VALIDATE
    )
    validate.add_argument("-v", "--verbose", action="store_true", help="also list the valid traces")
    validate.add_argument("-q", "--quiet", action="store_true", help="no summary line")

    upgrade_parser = _command(
        commands, "upgrade", command_upgrade, "rewrite legacy payloads to the current shape", EPILOG_UPGRADE
    )
    upgrade_parser.add_argument("--in-place", action="store_true", help="rewrite the files instead of printing")
    upgrade_parser.add_argument(
        "--retime",
        action="store_true",
        help=f"move a trace with spans older than {trace_limits.SPAN_MAX_AGE_DAYS} days to now, durations kept",
    )

    mock = _command(
        commands,
        "mock",
        command_mock,
        "run the mock collector on 127.0.0.1 (prints its URL, logs each request it judges; Ctrl-C stops it)",
        "examples:\n  langwatch-collector mock --port 5560 --api-key test-key --record requests.jsonl",
        reads_files=False,
    )
    from langwatch_collector.testing.arguments import add_arguments

    add_arguments(mock)
    return parser


def _log_to_stderr(*, debug: bool) -> None:
    """The package's warnings (and, with --debug, each retry) as `warning: ...` lines on stderr."""
    log = logging.getLogger("langwatch_collector")
    for handler in [h for h in log.handlers if getattr(h, "_langwatch_cli", False)]:
        log.removeHandler(handler)
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(levelname)s: %(message)s"))
    handler.addFilter(_HOLD)
    handler._langwatch_cli = True  # type: ignore[attr-defined]
    log.addHandler(handler)
    log.setLevel(logging.DEBUG if debug else logging.WARNING)


def main(argv: Sequence[str] | None = None, out: TextIO | None = None, stdin: IO[Any] | None = None) -> int:
    """Runs the command line; `stdin` defaults to the process's (None when it is closed)."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exit_:  # argparse has printed the help, the version, or a usage error
        return EXIT_OK if exit_.code in (0, None) else EXIT_USAGE
    _log_to_stderr(debug=args.debug)
    try:
        code: int = args.run(args, out or sys.stdout, sys.stdin if stdin is None else stdin)
        return code
    except (UsageError, errors.ConfigurationError) as error:  # a wrong option, key or endpoint
        if args.debug and isinstance(error, errors.ConfigurationError):
            raise
        print(f"langwatch-collector: {error}", file=sys.stderr)
        return EXIT_USAGE
    except BrokenPipeError:  # the reader went away (`| head`): stop quietly, as other commands do
        with contextlib.suppress(OSError, ValueError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # so exit's flush cannot fail again
        return EXIT_FAILED
    except (errors.CollectorError, OSError) as error:
        if args.debug:
            raise
        print(f"langwatch-collector: {error}", file=sys.stderr)
        return EXIT_FAILED
    except KeyboardInterrupt:
        print("langwatch-collector: interrupted", file=sys.stderr)
        return 130
