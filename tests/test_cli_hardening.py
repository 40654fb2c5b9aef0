"""The command line under bad input and failed writes: one line, the right exit code, nothing lost."""

from __future__ import annotations

import json
import os
import resource
import shutil
import socket
import stat
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

import langwatch_collector as lc
from langwatch_collector import trace_limits
from langwatch_collector.cli import atomic_file
from langwatch_collector.cli.upgrade import upgrade as upgrade_document
from langwatch_collector.testing import MockCollector
from tests.contract import record
from tests.contract.cases import build_cases
from tests.local_server import LocalServer, Reply
from tests.test_cli import SEED_BODY, run

NOW_MS = lc.now_millis()
pytestmark = pytest.mark.usefixtures("restore_logging")


def trace(trace_id: str = "t-1", **span_fields: Any) -> dict[str, Any]:
    span = {"span_id": "s", "type": "span", "timestamps": {"started_at": NOW_MS - 10, "finished_at": NOW_MS}}
    return {"trace_id": trace_id, "spans": [{**span, **span_fields}]}


def cli(*argv: str, stdin: Any = subprocess.DEVNULL, **options: Any) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "langwatch_collector", *argv],
        stdin=stdin,
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"},
        **options,
    )


def leftovers(folder: Path) -> list[str]:
    return sorted(path.name for path in folder.iterdir() if path.name.endswith(".tmp"))


# -- upgrade --in-place: the original stays whole until the new file is complete -----------------


def test_a_failed_write_leaves_the_original_whole(tmp_path: Path) -> None:
    path = tmp_path / "seed.json"
    path.write_text(SEED_BODY, encoding="utf-8")
    limit = 200  # bytes a process may write to a file: far less than the upgraded trace

    def small_files() -> None:  # as `ulimit -f`; Python ignores SIGXFSZ, so a write fails with EFBIG
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    result = cli("upgrade", "--in-place", str(path), preexec_fn=small_files)
    assert result.returncode == 1
    assert path.read_text(encoding="utf-8") == SEED_BODY
    assert leftovers(tmp_path) == []
    assert f"langwatch-collector: {path}: not rewritten, left as it was: [Errno 27] File too large" in result.stderr
    assert "Traceback" not in result.stderr


def test_ctrl_c_during_the_write_leaves_the_original_whole(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "seed.json"
    path.write_text(SEED_BODY, encoding="utf-8")

    def interrupted(descriptor: int) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "fsync", interrupted)
    assert run("upgrade", "--in-place", str(path))[0] == 130
    assert path.read_text(encoding="utf-8") == SEED_BODY
    assert leftovers(tmp_path) == []


def test_in_place_keeps_the_file_mode_and_follows_links(tmp_path: Path) -> None:
    real = tmp_path / "real.json"
    real.write_text(SEED_BODY, encoding="utf-8")
    real.chmod(0o640)
    link = tmp_path / "link.json"
    link.symlink_to(real)
    assert run("upgrade", "--in-place", str(link))[0] == 0
    assert link.is_symlink()
    assert stat.S_IMODE(real.stat().st_mode) == 0o640
    assert json.loads(real.read_text(encoding="utf-8"))["spans"][0]["span_id"] == "span-123"
    assert leftovers(tmp_path) == []


def test_replace_file_never_leaves_half_a_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "data"
    path.write_bytes(b"old")

    def refused(source: str, target: str) -> None:
        raise OSError(28, "No space left on device")

    with monkeypatch.context() as patch:
        patch.setattr(os, "replace", refused)
        with pytest.raises(OSError, match="No space left"):
            atomic_file.replace_file(path, b"new contents")
    assert path.read_bytes() == b"old" and leftovers(tmp_path) == []
    atomic_file.replace_file(tmp_path / "fresh", b"new")  # a new file gets the umask's mode
    umask = os.umask(0)
    os.umask(umask)
    assert stat.S_IMODE((tmp_path / "fresh").stat().st_mode) == 0o666 & ~umask


def test_upgrade_leaves_an_unchanged_file_alone(tmp_path: Path) -> None:
    path = tmp_path / "trace.jsonl"
    text = json.dumps(trace()) + "\n"
    path.write_text(text, encoding="utf-8")
    before = path.stat().st_mtime_ns
    assert run("upgrade", "--in-place", str(path))[0] == 0
    assert path.read_text(encoding="utf-8") == text and path.stat().st_mtime_ns == before


# -- upgrade never writes a token that is not JSON -------------------------------------------------


def test_upgrade_never_writes_infinity_or_nan(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    huge = tmp_path / "huge.json"  # 1e400 is JSON; a reader makes it inf, which must not come back as Infinity
    huge.write_text(
        json.dumps(trace(input={"type": "json", "value": 0})).replace('"value": 0', '"value": 1e400'),
        encoding="utf-8",
    )
    nan = tmp_path / "nan.jsonl"  # NaN is not JSON: the server's JSON.parse refuses it
    nan.write_text('{"trace_id": "t", "user_id": "u", "spans": [], "x": NaN}\n', encoding="utf-8")
    code, out = run("upgrade", str(huge), str(nan))
    assert code == 1
    assert "Infinity" not in out and "NaN" not in out.replace('"x": NaN', "")  # only the line left as it was
    assert f"{nan}:1: " in capsys.readouterr().err
    assert run("upgrade", "--in-place", str(nan))[0] == 1
    assert "NaN" in nan.read_text(encoding="utf-8")  # a line that cannot be read is kept as it was


# -- bad input: one line naming file and line, the right exit code, the other files still read ----


BAD_INPUTS: dict[str, bytes | str] = {
    "deep.json": json.dumps(trace(input={"type": "json", "value": "DEEP"})).replace('"DEEP"', "[" * 1000 + "]" * 1000),
    "binary.json": bytes(range(256)) * 4,
    "digits.json": b'{"trace_id": ' + b"7" * 5000 + b', "spans": []}',  # over Python's 4,300-digit limit
    "broken.jsonl": json.dumps(trace()) + "\n" + '{"trace_id": "t-2", "spans": [}\n',
}


@pytest.mark.parametrize("name", sorted(BAD_INPUTS))
def test_bad_input_is_one_line_and_the_other_files_are_still_read(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    content = BAD_INPUTS[name]
    path.write_bytes(content if isinstance(content, bytes) else content.encode())
    good = tmp_path / "good.json"
    good.write_text(json.dumps(trace("t-good")), encoding="utf-8")
    for command in (["validate"], ["send", "--dry-run", "--continue-on-error"]):
        result = cli(*command, str(path), str(good))
        assert result.returncode == 1, result.stdout + result.stderr
        assert "Traceback" not in result.stderr, result.stderr
        expected = f"{path}:2: not valid JSON (line 1, column 31): " if name == "broken.jsonl" else f"{path}:1"
        assert any(line.startswith(expected) for line in result.stdout.splitlines()), result.stdout
        assert result.stdout.endswith(", 1 invalid\n"), result.stdout  # the good file is still read
        assert "t-good 1 span not sent (--dry-run)" in result.stdout or command == ["validate"]


def test_a_file_over_the_size_limit_is_refused_by_validate_as_by_send(tmp_path: Path) -> None:
    path = tmp_path / "big.json"
    text = "x" * (trace_limits.MAX_BODY_BYTES + 1)
    path.write_text(json.dumps(trace(input={"type": "text", "value": text})), encoding="utf-8")
    code, out = run("validate", str(path))
    assert code == 1
    assert f"{path}:1 t-1 body: the request body is " in out and "over the server's limit" in out


def test_closed_standard_input_is_one_line(tmp_path: Path) -> None:
    good = tmp_path / "good.json"
    good.write_text(json.dumps(trace()), encoding="utf-8")
    result = subprocess.run(
        ["bash", "-c", 'exec "$0" -m langwatch_collector validate - "$1" <&-', sys.executable, str(good)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 2
    assert result.stderr == "langwatch-collector: <stdin>: standard input is closed\n"
    assert result.stdout == "1 trace valid, 1 file not read\n"


def test_a_byte_order_mark_and_invalid_utf8_are_read_as_the_server_reads_them(tmp_path: Path) -> None:
    bom = tmp_path / "bom.json"
    bom.write_bytes(b"\xef\xbb\xbf" + json.dumps(trace("t-bom")).encode())
    latin = tmp_path / "latin.jsonl"  # a Latin-1 byte in a string: the server reads U+FFFD
    latin.write_bytes(json.dumps(trace("t-latin", name="caf\u00e9")).encode().replace(b"\\u00e9", b"\xe9") + b"\n")
    huge = tmp_path / "huge.json"  # JSON.parse reads an integer of 5,000 digits as a double (Infinity)
    huge.write_text(json.dumps(trace(input={"type": "json", "value": 0})).replace(": 0}", ": " + "9" * 5000 + "}"))
    assert run("validate", str(bom), str(latin), str(huge)) == (0, "3 traces valid\n")


# -- scripts/record: a run without real answers changes nothing ------------------------------------


@pytest.fixture
def recordings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the recordings for scripts/record to rewrite, instead of the real ones."""
    folder = tmp_path / "recordings"
    shutil.copytree(record.RECORDINGS, folder)
    monkeypatch.setattr(record, "RECORDINGS", folder)
    return folder


def _contents(folder: Path) -> dict[str, bytes]:
    return {path.name: path.read_bytes() for path in sorted(folder.iterdir())}


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def test_record_against_an_unreachable_endpoint_changes_nothing(
    recordings: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    before = _contents(recordings)
    monkeypatch.setenv("LANGWATCH_API_KEY", "record-key")
    assert record.main(["--endpoint", f"http://127.0.0.1:{_free_port()}"]) == 1
    assert _contents(recordings) == before
    err = capsys.readouterr().err
    assert "no answer: the connection failed" in err and "no recording changed" in err
    assert "record-key" not in err


def test_record_with_a_refused_key_changes_nothing_and_a_good_run_records(
    recordings: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    before = _contents(recordings)
    first = next(case.name for case in build_cases() if case.live)
    with MockCollector(api_keys=["the-right-key"]) as mock:
        monkeypatch.setenv("LANGWATCH_API_KEY", "a-wrong-key")
        assert record.main(["--endpoint", mock.url]) == 1
        assert _contents(recordings) == before
        assert f"scripts/record: {first}: the key was refused (401)" in capsys.readouterr().err
        (recordings / f"{first}.json").unlink()
        monkeypatch.setenv("LANGWATCH_API_KEY", "the-right-key")
        assert record.main(["--endpoint", mock.url, "--only", first]) == 0
    rewritten = json.loads((recordings / f"{first}.json").read_text(encoding="utf-8"))
    assert rewritten["recorded_against"] == "live endpoint" and rewritten["exchanges"][0]["response"]["status"] == 200


def test_record_against_a_server_that_is_not_a_collector_changes_nothing(
    recordings: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A gateway's 5xx, a wrong path's 404: not the server judging the trace, so nothing is recorded."""
    before = _contents(recordings)
    server = LocalServer()
    try:
        server.reply(*[Reply(501, {"message": "Unsupported method"})] * 50)
        monkeypatch.setenv("LANGWATCH_API_KEY", "k")  # a one-letter key: not looked for inside words
        assert record.main(["--endpoint", server.url]) == 1
    finally:
        server.close()
    assert _contents(recordings) == before
    err = capsys.readouterr().err
    assert "is the endpoint a LangWatch collector?" in err and "no recording changed" in err


def test_a_reader_that_goes_away_is_not_an_error_message(tmp_path: Path) -> None:
    many = tmp_path / "many.jsonl"
    many.write_text("".join(json.dumps(trace(f"t-{i}")) + "\n" for i in range(3000)), encoding="utf-8")
    process = subprocess.Popen(
        [sys.executable, "-m", "langwatch_collector", "validate", "-v", str(many)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert process.stdout is not None and process.stderr is not None
    assert process.stdout.readline().startswith(f"{many}:1 t-0 ok".encode())
    process.stdout.close()  # as `| head -1` does
    assert process.wait(timeout=120) == 1
    assert process.stderr.read() == b""


def test_a_key_with_a_line_end_in_the_environment_is_named_by_its_variable(tmp_path: Path) -> None:
    path = tmp_path / "trace.json"
    path.write_text(json.dumps(trace()), encoding="utf-8")
    secret = "sk-secret-value"
    result = subprocess.run(
        [sys.executable, "-m", "langwatch_collector", "send", str(path)],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "LANGWATCH_API_KEY": secret + "\r", "LANGWATCH_ENDPOINT": "http://127.0.0.1:9"},
    )
    assert result.returncode == 2  # a usage error: the configuration, not the trace
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "LANGWATCH_API_KEY" in lines[0], result.stderr
    assert secret not in result.stderr + result.stdout


def test_an_old_span_is_warned_about_once(tmp_path: Path) -> None:
    """The server's reading and the client's check before sending both know the 31-day rule: one warning."""
    old = NOW_MS - 40 * 24 * 3600 * 1000
    path = tmp_path / "old.json"
    path.write_text(json.dumps(trace(timestamps={"started_at": old, "finished_at": old + 10})), encoding="utf-8")
    code, out = run("validate", str(path))
    assert code == 0
    age_lines = [line for line in out.splitlines() if "31 days" in line]
    assert len(age_lines) == 1, out
    _, warnings = lc.parse_with_warnings(path.read_bytes())
    assert not [message for _, message in warnings if "31 days" in message]  # judged when it is sent


@pytest.mark.parametrize(
    "body",
    [
        {"trace_id": "t", "labels": {"a": [1, 2], "c": True, "d": None}},
        {"trace_id": "t", "labels": "a", "metadata": {}},
        {"trace_id": "t", "user_id": "u", "metadata": {"thread_id": "x"}},
        {"trace_id": "t", "customer_id": None, "labels": ""},
        {"trace_id": "t", "metadata": {"labels": 5}},
    ],
    ids=["object labels", "labels beside empty metadata", "user beside metadata", "null and empty", "number labels"],
)
def test_upgrade_writes_what_the_server_would_have_stored(body: dict[str, Any]) -> None:
    """Upgrading a file never changes what LangWatch stores for it."""
    upgraded, changes = upgrade_document(body)
    assert changes
    assert json.loads(lc.serialize(lc.parse(upgraded))) == json.loads(lc.serialize(lc.parse(body)))
