"""The langwatch-collector command line."""

from __future__ import annotations

import io
import json
import os
import pty
import re
import select
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

import langwatch_collector as lc
from langwatch_collector.cli.main import main
from langwatch_collector.cli.progress import Progress
from langwatch_collector.testing import MockCollector
from tests import spec_support
from tests.local_server import MockProcess

NOW_MS = lc.now_millis()
SEED_GUIDE = (spec_support.ROOT.parent / "shared" / "000_d7e814ce0e8fb90e.txt").read_text(encoding="utf-8")
SEED_BODY = SEED_GUIDE.split("<<EOF\n", 1)[1].split("\nEOF", 1)[0]


pytestmark = pytest.mark.usefixtures("restore_logging")


def run(*argv: str, stdin: str = "") -> tuple[int, str]:
    out = io.StringIO()
    code = main(list(argv), out=out, stdin=io.StringIO(stdin))
    return code, out.getvalue()


def trace(trace_id: str = "t-1", spans: int = 1) -> dict[str, Any]:
    return {
        "trace_id": trace_id,
        "spans": [
            {"span_id": f"s-{i}", "type": "llm", "timestamps": {"started_at": NOW_MS - 10, "finished_at": NOW_MS}}
            for i in range(spans)
        ],
    }


@pytest.fixture
def files(tmp_path: Path) -> Path:
    (tmp_path / "seed.json").write_text(SEED_BODY, encoding="utf-8")
    (tmp_path / "good.json").write_text(json.dumps(trace(), indent=2), encoding="utf-8")
    bad = trace("t-bad")
    bad["spans"][0]["timestamps"]["started_at"] = 1617981376
    lines = [json.dumps(trace("t-a")), json.dumps(bad), "", json.dumps(trace("t-c", spans=3))]
    (tmp_path / "many.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return tmp_path


@pytest.fixture
def env(mock_collector: MockCollector, monkeypatch: pytest.MonkeyPatch) -> MockCollector:
    monkeypatch.setenv("LANGWATCH_API_KEY", "cli-key")
    monkeypatch.setenv("LANGWATCH_ENDPOINT", mock_collector.url)
    return mock_collector


# -- validate ----------------------------------------------------------------------------------


def test_validate_lists_every_problem_with_file_line_and_trace(files: Path) -> None:
    code, out = run("validate", str(files / "seed.json"), str(files / "good.json"), str(files / "many.jsonl"))
    assert code == 1
    lines = out.splitlines()
    seed = str(files / "seed.json")
    hint = "hint: `langwatch-collector upgrade {}` rewrites the legacy shapes and seconds timestamps"
    assert f"{seed}:1 trace-456 {hint.format(seed)}" in lines
    assert any(
        line.startswith(f"{seed}:1 trace-456 spans[0].timestamps.started_at: must be epoch milliseconds")
        for line in lines
    )
    many = str(files / "many.jsonl")
    problem, hinted = [line for line in lines if line.startswith(many)]
    assert problem.startswith(f"{many}:2 t-bad spans[0].timestamps.started_at: must be epoch milliseconds")
    assert problem.endswith("got 1617981376 — looks like seconds: multiply by 1000")
    assert hinted == f"{many}:2 t-bad {hint.format(many)}"
    assert not any(str(files / "good.json") in line for line in lines)
    assert lines[-1] == "3 traces valid, 2 invalid"


def test_validate_passes_good_traces_with_a_summary_and_reads_stdin(files: Path) -> None:
    assert run("validate", str(files / "good.json")) == (0, "1 trace valid\n")
    assert run("validate", "-q", str(files / "good.json"), str(files / "good.json")) == (0, "")
    assert run("validate", "-v", "-", stdin=json.dumps(trace("t-in"))) == (0, "<stdin>:1 t-in ok\n1 trace valid\n")


def test_validate_reports_broken_json_in_words_with_its_line_and_column(tmp_path: Path) -> None:
    broken = tmp_path / "broken.json"
    broken.write_text('{\n  "trace_id": "t",\n  "spans": [,]\n}\n', encoding="utf-8")
    mixed = tmp_path / "mixed.jsonl"
    mixed.write_text(json.dumps(trace("t-a")) + "\n\n" + '{"trace_id": }' + "\n", encoding="utf-8")
    code, out = run("validate", str(broken), str(mixed))
    assert code == 1
    first, second, summary = out.splitlines()
    assert re.fullmatch(rf"{re.escape(str(broken))}:3: not valid JSON \(line 3, column 13\): [a-z].+", first)
    assert re.fullmatch(rf"{re.escape(str(mixed))}:3: not valid JSON \(line 1, column 14\): [a-z].+", second)
    assert summary == "1 trace valid, 2 invalid"


# -- upgrade -------------------------------------------------------------------------------------


def test_upgrade_turns_the_seed_guide_into_a_valid_trace(files: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out = run("upgrade", str(files / "seed.json"))
    assert code == 0
    upgraded = json.loads(out)
    assert upgraded["metadata"] == {"user_id": "your_user_identifier", "thread_id": "your_thread_identifier"}
    assert upgraded["spans"][0]["span_id"] == "span-123"
    assert upgraded["spans"][0]["output"] == {"type": "text", "value": "Output from the LLM"}
    assert upgraded["spans"][0]["timestamps"] == {"started_at": 1617981376000, "finished_at": 1617981378000}
    assert list(upgraded["spans"][0])[:2] == ["type", "span_id"]  # renamed where it stood
    said = capsys.readouterr().err
    assert f"{files / 'seed.json'}:1: spans[0].id: renamed to span_id" in said
    assert "1617981376 seconds became 1617981376000 milliseconds" in said
    (files / "upgraded.json").write_text(out, encoding="utf-8")
    code, out = run("validate", str(files / "upgraded.json"))
    assert code == 0 and out.endswith("1 trace valid (1 with warnings)\n")


def test_upgrade_in_place_and_json_lines(files: Path) -> None:
    legacy = {
        "trace_id": "t",
        "user_id": "u",
        "labels": "one",
        "spans": [
            {
                "id": "s",
                "type": "rag",
                "contexts": ["text", {"document_id": 1, "content": "c"}],
                "outputs": [],
                "timestamps": {"started_at": 1706628806.5, "finished_at": 1706628807},
            }
        ],
    }
    path = files / "legacy.jsonl"
    path.write_text(json.dumps(legacy) + "\n" + json.dumps(trace()) + "\n", encoding="utf-8")
    assert run("upgrade", "--in-place", str(path)) == (0, "")
    first, second = (json.loads(line) for line in path.read_text(encoding="utf-8").splitlines())
    assert first["metadata"] == {"user_id": "u", "labels": ["one"]}
    assert first["spans"][0]["contexts"] == [{"content": "text"}, {"document_id": "1", "content": "c"}]
    assert first["spans"][0]["timestamps"] == {"started_at": 1706628806500, "finished_at": 1706628807000}
    assert "outputs" not in first["spans"][0]
    assert second == trace()
    assert run("upgrade", "--in-place", "-")[0] == 2


def test_upgrade_keeps_a_line_it_cannot_read(files: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = files / "mixed.jsonl"
    path.write_text('{"trace_id": "t", "user_id": "u"}\n{broken\n', encoding="utf-8")
    assert run("upgrade", "--in-place", str(path)) == (1, "")
    assert path.read_text(encoding="utf-8").splitlines() == [
        '{"trace_id":"t","metadata":{"user_id":"u"}}',
        "{broken",
    ]
    assert f"{path}:2: not valid JSON (line 1, column 2)" in capsys.readouterr().err


# -- send --------------------------------------------------------------------------------------


def test_send_prints_a_line_per_trace_and_sends_them(files: Path, env: MockCollector) -> None:
    code, out = run("send", str(files / "good.json"))
    assert (code, out) == (0, f"{files / 'good.json'}:1 t-1 1 span sent (1 request)\n1 trace: 1 sent\n")
    assert run("send", "-q", str(files / "good.json")) == (0, f"{files / 'good.json'}:1 t-1 1 span sent (1 request)\n")
    assert env.requests[0].headers["X-Auth-Token"] == "***"
    assert lc.parse(env.requests[0].body) == lc.parse(trace())  # the trace, as the client normalises it


def test_send_stops_at_the_first_failure_and_says_what_it_skipped(files: Path, env: MockCollector) -> None:
    many = files / "many.jsonl"
    code, out = run("send", str(many))
    assert code == 1
    lines = out.splitlines()
    assert lines[:2] == [f"{many}:1 t-a 1 span sent (1 request)", f"{many}:2 t-bad 1 span invalid, not sent:"]
    assert lines[2].startswith("  spans[0].timestamps.started_at: must be epoch milliseconds")
    assert lines[3:] == [
        f"  hint: `langwatch-collector upgrade {many}` rewrites the legacy shapes and seconds timestamps",
        "3 traces: 1 sent, 1 invalid, 1 not attempted: stopped at the first failure (--continue-on-error goes on)",
    ]
    assert [r.body["trace_id"] for r in env.requests] == ["t-a"]
    code, out = run("send", "--continue-on-error", str(many))
    assert code == 1
    assert out.splitlines()[-2:] == [f"{many}:4 t-c 3 spans sent (1 request)", "3 traces: 2 sent, 1 invalid"]
    assert [r.body["trace_id"] for r in env.requests] == ["t-a", "t-a", "t-c"]


def test_send_puts_each_problem_of_a_legacy_file_on_its_own_line_with_the_upgrade_hint(
    files: Path, env: MockCollector
) -> None:
    legacy = files / "legacy.json"
    seconds = {"started_at": 1617981376, "finished_at": 1617981378}
    spans = [{"id": "s", "type": "llm", "timestamps": seconds}, {"span_id": "s2", "type": "tool"}]
    legacy.write_text(json.dumps({"trace_id": "t-old", "user_id": "u", "spans": spans}), encoding="utf-8")
    code, out = run("send", str(legacy))
    assert code == 1
    lines = out.splitlines()
    assert lines[0] == f"{legacy}:1 t-old 2 spans invalid, not sent:"
    problems = [line for line in lines if line.startswith("  ") and not line.startswith(("  hint:", "  warning:"))]
    assert any(line.startswith("  spans[0].timestamps.started_at: must be epoch milliseconds") for line in problems)
    assert "  spans[1].timestamps: missing (required)" in problems
    assert all(re.fullmatch(r"  [\w.\[\]]+: [^;]+", line) for line in problems), problems  # one problem a line
    assert f"  hint: `langwatch-collector upgrade {legacy}` rewrites the legacy shapes and seconds timestamps" in lines
    assert env.requests == []


def test_send_reports_failures(files: Path, env: MockCollector) -> None:
    env.permission_denied_next()
    code, out = run("send", "--force-sync", str(files / "good.json"))
    assert code == 1
    assert "t-1 1 span failed: 403: API Key does not grant required permission: traces:create" in out
    assert env.requests[0].query == {"force_sync": ["true"]}


def test_dry_run_prints_the_request_and_sends_nothing(files: Path, env: MockCollector) -> None:
    code, out = run("send", "--dry-run", "--api-key", "visible-secret", str(files / "good.json"))
    assert code == 0
    assert out.startswith(f"POST {env.url}/api/collector\nContent-Type: application/json\n")
    assert "X-Auth-Token: ***\n" in out and "visible-secret" not in out
    assert "\n\n" + lc.serialize(lc.parse(trace())).decode() + "\n" in out
    assert out.endswith("t-1 1 span not sent (--dry-run)\n1 trace: 0 sent, 1 not sent (--dry-run)\n")
    assert env.requests == []


def test_dry_run_without_a_key_says_no_key_is_set(
    files: Path, env: MockCollector, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("LANGWATCH_API_KEY")
    code, out = run("send", "--dry-run", str(files / "good.json"))
    assert code == 0
    assert "X-Auth-Token: (no API key set: pass --api-key or set LANGWATCH_API_KEY)\n" in out
    assert "***" not in out


def test_send_without_a_key_is_a_usage_error(
    files: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv("LANGWATCH_API_KEY", raising=False)
    assert run("send", str(files / "good.json")) == (2, "")
    assert capsys.readouterr().err == "langwatch-collector: no API key: pass --api-key or set LANGWATCH_API_KEY\n"


# -- the REST guide's example, end to end ------------------------------------------------------------


def test_the_guides_example_validate_upgrade_retime_validate_send(
    files: Path, env: MockCollector, capsys: pytest.CaptureFixture[str]
) -> None:
    seed = files / "seed.json"
    assert run("validate", str(seed))[0] == 1

    code, upgraded = run("upgrade", str(seed))  # without --retime: the 2021 span would be dropped
    assert code == 0
    said = capsys.readouterr().err
    assert "span(s) started more than 31 days ago; the server drops them" in said
    assert "hint: --retime moves the trace to now, durations kept" in said
    (files / "old.json").write_text(upgraded, encoding="utf-8")
    code, out = run("validate", str(files / "old.json"))
    assert code == 0 and "trace-456 warning: trace trace-456: 1 span(s) started more than 31 days ago" in out
    assert f"hint: `langwatch-collector upgrade --retime {files / 'old.json'}` moves the trace to now" in out
    assert out.endswith("1 trace valid (1 with warnings)\n")

    before = lc.now_millis()
    code, retimed = run("upgrade", "--retime", str(seed))
    assert code == 0
    assert "every timestamp moved" in capsys.readouterr().err
    span = json.loads(retimed)["spans"][0]
    assert before <= span["timestamps"]["finished_at"] <= lc.now_millis()
    assert span["timestamps"]["finished_at"] - span["timestamps"]["started_at"] == 2000  # the duration kept
    (files / "trace.json").write_text(retimed, encoding="utf-8")
    assert run("validate", str(files / "trace.json")) == (0, "1 trace valid\n")

    assert run("send", str(files / "trace.json")) == (
        0,
        f"{files / 'trace.json'}:1 trace-456 1 span sent (1 request)\n1 trace: 1 sent\n",
    )
    assert env.requests[-1].body["spans"][0]["span_id"] == "span-123"


def test_send_exits_1_when_the_server_rejects_spans(files: Path, env: MockCollector) -> None:
    code, upgraded = run("upgrade", str(files / "seed.json"))
    (files / "old.json").write_text(upgraded, encoding="utf-8")
    code, out = run("send", str(files / "old.json"))
    assert code == 1
    lines = out.splitlines()
    assert (
        lines[0]
        == f"{files / 'old.json'}:1 trace-456 1 span sent (1 request), but the server rejected 1 span and 0 evaluations"
    )
    assert any(line.startswith("  warning: trace trace-456: 1 span(s) started more than 31 days ago") for line in lines)
    assert (
        f"  hint: `langwatch-collector upgrade --retime {files / 'old.json'}` moves the trace to now, durations kept"
        in lines
    )
    assert lines[-1] == "1 trace: 1 sent, 1 of them with spans or evaluations rejected by the server"


# -- progress ------------------------------------------------------------------------------------


def test_progress_shows_count_rate_and_time_left() -> None:
    stream = io.StringIO()
    now = [100.0]
    progress = Progress(4, stream, clock=lambda: now[0], interval=1.0)
    now[0] = 102.0
    progress.advance()
    assert stream.getvalue().endswith("[#####---------------] 1/4 traces, 0.5/s, 0:06 left")
    now[0] = 102.5
    progress.advance(failed=True)  # within the interval: not redrawn
    assert "2/4" not in stream.getvalue()
    now[0] = 104.0
    progress.advance()
    assert stream.getvalue().endswith("3/4 traces, 0.8/s, 0:01 left, 1 failed")
    progress.finish()
    assert stream.getvalue().endswith("\r\x1b[K[###############-----] 3/4 traces, 0.8/s, 0:01 left, 1 failed\n")


def _send_on_a_terminal(files: Path, env: MockCollector, *, stderr_is_a_terminal: bool) -> str:
    """Runs `send` in a process whose standard error is a pseudo-terminal, or a pipe; returns what it showed."""
    lines = "\n".join(json.dumps(trace(f"t-{i}")) for i in range(5))
    (files / "five.jsonl").write_text(lines + "\n", encoding="utf-8")
    command = [sys.executable, "-m", "langwatch_collector", "send", str(files / "five.jsonl")]
    environment = {**os.environ, "LANGWATCH_API_KEY": "cli-key", "LANGWATCH_ENDPOINT": env.url}
    if not stderr_is_a_terminal:
        result = subprocess.run(command, env=environment, capture_output=True, text=True, timeout=60)
        assert result.returncode == 0, result.stderr
        return result.stderr
    leader, follower = pty.openpty()
    process = subprocess.Popen(command, env=environment, stdout=subprocess.DEVNULL, stderr=follower)
    os.close(follower)
    shown = b""
    deadline = time.monotonic() + 60
    try:
        while time.monotonic() < deadline:  # until the process closes its end, or a minute
            if not select.select([leader], [], [], 1)[0]:
                continue
            try:
                chunk = os.read(leader, 4096)
            except OSError:  # EIO: the process has exited
                break
            if not chunk:
                break
            shown += chunk
        assert process.wait(timeout=10) == 0
    finally:
        process.kill()
        process.wait()
        os.close(leader)
    return shown.decode()


def test_progress_shows_on_a_terminal_only(files: Path, env: MockCollector) -> None:
    shown = _send_on_a_terminal(files, env, stderr_is_a_terminal=True)
    assert "5/5 traces" in shown and "/s" in shown and "left" in shown
    assert _send_on_a_terminal(files, env, stderr_is_a_terminal=False) == ""
    assert len(env.requests) == 10


# -- usage and help -------------------------------------------------------------------------------


@pytest.mark.parametrize("command", [[], ["send"], ["frobnicate"], ["validate", "--nope", "x"]])
def test_usage_errors_exit_2(command: list[str]) -> None:
    assert run(*command)[0] == 2


def test_a_missing_file_is_one_line_and_the_other_files_are_still_checked(
    files: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run("validate", "/no/such/file.json", str(files / "good.json")) == (2, "1 trace valid, 1 file not read\n")
    assert capsys.readouterr().err == "langwatch-collector: /no/such/file.json: no such file\n"


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    assert run("--version")[0] == 0
    assert capsys.readouterr().out == f"langwatch-collector {lc.__version__}\n"


@pytest.mark.parametrize("command", [[], ["send"], ["validate"], ["upgrade"], ["mock"]])
def test_help_at_every_level_has_examples(command: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert run(*command, "--help")[0] == 0
    assert "examples:" in capsys.readouterr().out


def test_the_console_script_and_python_m_agree(files: Path) -> None:
    script = Path(sys.executable).parent / "langwatch-collector"
    for command in ([str(script)], [sys.executable, "-m", "langwatch_collector"]):
        result = subprocess.run([*command, "validate", str(files / "seed.json")], capture_output=True, text=True)
        assert result.returncode == 1
        assert "spans[0].timestamps.started_at: must be epoch milliseconds" in result.stdout
        assert "Traceback" not in result.stderr


@pytest.mark.parametrize("where", ["before the command", "after the command"])
def test_debug_shows_retries(where: str, files: Path, env: MockCollector, capsys: pytest.CaptureFixture[str]) -> None:
    env.fail_next(503, retry_after=0)
    command = ["--debug", "send"] if where == "before the command" else ["send", "--debug"]
    assert run(*command, str(files / "good.json"))[0] == 0
    assert "retry 1 of 2" in capsys.readouterr().err


def test_mock_command_logs_each_request(tmp_path: Path) -> None:
    record = tmp_path / "requests.jsonl"
    with MockProcess("langwatch_collector", "mock", "--port", "0", "--api-key", "k", "--record", str(record)) as mock:
        lc.CollectorClient(api_key="k", endpoint=mock.url).collect(lc.parse(trace()))
    stderr = mock.stderr
    assert "POST /api/collector -> 200 (1 span(s), trace t-1)" in stderr
    assert json.loads(record.read_text(encoding="utf-8").splitlines()[0])["status"] == 200


def test_errors_are_one_line_unless_debug(files: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run("send", "--api-key", "k", "--endpoint", "ftp://nowhere", str(files / "good.json"))[0] == 2  # usage
    assert capsys.readouterr().err == ("langwatch-collector: endpoint must be an http(s) URL, got 'ftp://nowhere'\n")
    with pytest.raises(lc.ConfigurationError, match="endpoint must be an http"):
        run("--debug", "send", "--api-key", "k", "--endpoint", "ftp://nowhere", str(files / "good.json"))
    with pytest.raises(lc.ConfigurationError, match="endpoint must be an http"):
        run("send", "--api-key", "k", "--endpoint", "ftp://nowhere", "--debug", str(files / "good.json"))
