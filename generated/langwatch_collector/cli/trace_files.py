"""The traces in the command line's files: one JSON document per file, or JSON Lines.

Files are read as bytes and every document goes through one reader (`read_document`), so the
command line gives a file the verdict the server gives the same bytes. Whatever a file holds
(broken JSON, binary data, deep nesting, huge numbers), each trace comes out either as a
document or with a one-line problem naming where it is.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from langwatch_collector import jsontext, rules

JSON_LINES_SUFFIXES = (".jsonl", ".ndjson")
_PLACED_MESSAGE = re.compile(r"^line (\d+),? column (\d+): (.*)$", re.DOTALL)


class UnreadableFile(Exception):
    """A file named on the command line that cannot be opened or read (a usage error)."""


@dataclass
class Trace:
    """One trace read from a file, with where it came from."""

    source: str
    line: int
    document: Any
    raw: bytes  # as read, so a trace that cannot be rewritten is kept as it was
    problem: str | None = None  # what made the text unreadable as JSON, where `line` says

    @property
    def where(self) -> str:
        return f"{self.source}:{self.line}"

    @property
    def trace_id(self) -> str:
        if isinstance(self.document, dict):
            return rules.trace_id_of(self.document) or "-"
        return "-"


def read_document(data: bytes) -> Any:
    """The JSON value of a document: the one reader of every input of the command line."""
    return jsontext.loads(data)


def read_file(path: str, stdin: IO[Any] | None) -> tuple[str, bytes]:
    """The name to report and the bytes of a file, or of standard input for `-`."""
    if path == "-":
        if stdin is None or stdin.closed:
            raise UnreadableFile("<stdin>: standard input is closed")
        try:
            data = getattr(stdin, "buffer", stdin).read()
        except (OSError, ValueError) as error:
            raise UnreadableFile(f"<stdin>: cannot read: {error}") from None
        return "<stdin>", data.encode("utf-8", "surrogateescape") if isinstance(data, str) else data
    try:
        return path, Path(path).read_bytes()
    except FileNotFoundError:
        raise UnreadableFile(f"{path}: no such file") from None
    except IsADirectoryError:
        raise UnreadableFile(f"{path}: is a directory") from None
    except OSError as error:
        raise UnreadableFile(f"{path}: cannot read: {error.strerror or error}") from None


def is_json_lines(path: str, data: bytes) -> bool:
    """JSON Lines by name, or when the first of several lines is a whole document."""
    if path.endswith(JSON_LINES_SUFFIXES):
        return True
    lines = data.strip().splitlines()
    if len(lines) < 2:
        return False
    try:
        read_document(lines[0])
    except (ValueError, RecursionError):
        return False
    return True


def read_traces(paths: Sequence[str], stdin: IO[Any] | None) -> Iterator[Trace]:
    """Every trace of every file, in order; `UnreadableFile` for a file that cannot be read."""
    for path in paths:
        source, data = read_file(path, stdin)
        yield from traces_in(source, data, json_lines=is_json_lines(path, data))


def traces_in(source: str, data: bytes, *, json_lines: bool) -> Iterator[Trace]:
    if not json_lines:
        yield decode(source, 1, data)
        return
    for number, line in enumerate(data.splitlines(), start=1):
        if line.strip():
            yield decode(source, number, line)


def decode(source: str, line: int, raw: bytes) -> Trace:
    try:
        return Trace(source, line, read_document(raw), raw)
    except (ValueError, RecursionError) as error:
        offset, problem = describe_unreadable(error)
        return Trace(source, line + offset - 1, None, raw, problem)


def describe_unreadable(error: BaseException) -> tuple[int, str]:
    """The line (within the document) and the words for why a document could not be read."""
    if isinstance(error, RecursionError):
        return 1, "cannot be read: nested too deeply"
    if isinstance(error, UnicodeDecodeError):
        return 1, f"not valid UTF-8 (byte {error.start + 1}: {error.reason})"
    line, column = getattr(error, "lineno", None), getattr(error, "colno", None)
    message = str(getattr(error, "msg", error))
    placed = _PLACED_MESSAGE.match(message) if line is None else None
    if placed is not None:
        line, column, message = int(placed[1]), int(placed[2]), placed[3]
    if line is None or column is None:
        return 1, f"cannot be read: {_sentence(message)}"
    return line, f"not valid JSON (line {line}, column {column}): {_sentence(message)}"


def _sentence(message: str) -> str:
    """`Expecting value` as `expecting value`, leaving `NaN` and `JSON` alone."""
    first = message.split(" ", 1)[0]
    return message[0].lower() + message[1:] if first.istitle() else message
