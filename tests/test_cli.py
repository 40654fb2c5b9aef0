"""The langwatch-collector command line."""

from __future__ import annotations

import io
import json
import logging
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import langwatch_collector as lc
from langwatch_collector.runtime import server_reading
from langwatch_collector.runtime.cli import main
from langwatch_collector.testing import MockCollector
from tests import spec_support
from tests.local_server import MockProcess

NOW_MS = lc.now_millis()
SEED_GUIDE = (spec_support.ROOT.parent / "shared" / "000_d7e814ce0e8fb90e.txt").read_text(encoding="utf-8")
SEED_BODY = SEED_GUIDE.split("<<EOF\n", 1)[1].split("\nEOF", 1)[0]


@pytest.fixture(autouse=True)
def _restore_logging() -> Iterator[None]:
    """main() attaches a stderr handler to the package logger, as a CLI process should; undo it."""
    log = logging.getLogger("langwatch_collector")
    handlers, level = list(log.handlers), log.level
    yield
    log.handlers[:] = handlers
    log.setLevel(level)


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
    # The legacy names are read by the server (warnings, not problems); the seconds are not.
    assert any(
        line.startswith(f"{seed}:1 trace-456 spans[0].timestamps.started_at: must be epoch milliseconds")
        for line in lines
    )
    many = str(files / "many.jsonl")
    assert [line for line in lines if line.startswith(many)] == [
        f"{many}:2 t-bad spans[0].timestamps.started_at: must be epoch milliseconds, written with 13 characters,"
        " got 1617981376 — looks like seconds: multiply by 1000"
    ]
    assert not any(str(files / "good.json") in line for line in lines)


def test_validate_passes_good_traces_and_reads_stdin(files: Path) -> None:
    assert run("validate", str(files / "good.json")) == (0, "")
    assert run("validate", "-v", "-", stdin=json.dumps(trace("t-in"))) == (0, "<stdin>:1 t-in ok\n")


def test_validate_reports_broken_json_with_its_line(tmp_path: Path) -> None:
    broken = tmp_path / "broken.json"
    broken.write_text('{\n  "trace_id": "t",\n  "spans": [,]\n}\n', encoding="utf-8")
    code, out = run("validate", str(broken))
    assert code == 1
    assert out.startswith(f"{broken}:3 - body: not valid JSON: Expecting value")


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
    assert run("validate", str(files / "upgraded.json")) == (0, "")


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
        '{"trace_id": "t", "metadata": {"user_id": "u"}}',
        "{broken",
    ]
    assert f"{path}:2: not valid JSON" in capsys.readouterr().err


# -- send --------------------------------------------------------------------------------------


def test_send_prints_a_line_per_trace_and_sends_them(files: Path, env: MockCollector) -> None:
    code, out = run("send", str(files / "good.json"))
    assert (code, out) == (0, f"{files / 'good.json'}:1 t-1 1 span sent (1 request)\n")
    assert env.requests[0].headers["X-Auth-Token"] == "***"
    read_sent, read_trace = (server_reading.read(body).document for body in (env.requests[0].body, trace()))
    assert read_sent == read_trace  # sent as the server reads the file


def test_send_stops_at_the_first_failure_unless_told_to_go_on(files: Path, env: MockCollector) -> None:
    code, out = run("send", str(files / "many.jsonl"))
    assert code == 1
    assert len(out.splitlines()) == 2 and "t-bad 1 span invalid: spans[0].timestamps.started_at" in out
    assert [r.body["trace_id"] for r in env.requests] == ["t-a"]
    code, out = run("send", "--continue-on-error", str(files / "many.jsonl"))
    assert code == 1
    assert out.splitlines()[-1] == f"{files / 'many.jsonl'}:4 t-c 3 spans sent (1 request)"
    assert [r.body["trace_id"] for r in env.requests] == ["t-a", "t-a", "t-c"]


def test_send_reports_rejections(files: Path, env: MockCollector) -> None:
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
    assert out.endswith("t-1 1 span not sent (--dry-run)\n")
    assert env.requests == []


def test_send_without_a_key_is_a_usage_error(
    files: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv("LANGWATCH_API_KEY", raising=False)
    assert run("send", str(files / "good.json")) == (2, "")
    assert capsys.readouterr().err == "langwatch-collector: no API key: pass --api-key or set LANGWATCH_API_KEY\n"


def test_progress_shows_on_a_terminal(
    files: Path, env: MockCollector, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    run("send", "--continue-on-error", str(files / "many.jsonl"))
    assert "\r3/3 traces, 1 failed\n" in capsys.readouterr().err
    monkeypatch.setattr(sys.stderr, "isatty", lambda: False)
    run("send", "--continue-on-error", str(files / "many.jsonl"))
    assert "traces," not in capsys.readouterr().err


# -- usage and help -------------------------------------------------------------------------------


@pytest.mark.parametrize("command", [[], ["send"], ["frobnicate"], ["validate", "--nope", "x"]])
def test_usage_errors_exit_2(command: list[str]) -> None:
    assert run(*command)[0] == 2


def test_a_missing_file_is_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    assert run("validate", "/no/such/file.json")[0] == 2
    assert capsys.readouterr().err == "langwatch-collector: /no/such/file.json: no such file\n"


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


def test_debug_shows_retries(files: Path, env: MockCollector, capsys: pytest.CaptureFixture[str]) -> None:
    env.fail_next(503, retry_after=0)
    assert run("--debug", "send", str(files / "good.json"))[0] == 0
    assert "retry 1 of 2" in capsys.readouterr().err


def test_mock_command_logs_each_request(tmp_path: Path) -> None:
    record = tmp_path / "requests.jsonl"
    with MockProcess("langwatch_collector", "mock", "--port", "0", "--api-key", "k", "--record", str(record)) as mock:
        lc.CollectorClient(api_key="k", endpoint=mock.url).collect(lc.parse(trace()))
    stderr = mock.stderr
    assert "POST /api/collector -> 200 (1 span(s), trace t-1)" in stderr
    assert json.loads(record.read_text(encoding="utf-8").splitlines()[0])["status"] == 200


def test_errors_are_one_line_unless_debug(files: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run("send", "--api-key", "k", "--endpoint", "ftp://nowhere", str(files / "good.json"))[0] == 1
    assert capsys.readouterr().err == ("langwatch-collector: endpoint must be an http(s) URL, got 'ftp://nowhere'\n")
    with pytest.raises(lc.ConfigurationError, match="endpoint must be an http"):
        run("--debug", "send", "--api-key", "k", "--endpoint", "ftp://nowhere", str(files / "good.json"))
