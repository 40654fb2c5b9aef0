"""The mock collector: it must judge requests as LangWatch's server does."""

from __future__ import annotations

import base64
import json
from pathlib import Path
from typing import Any

import pytest
import urllib3

import langwatch_collector as lc
from langwatch_collector import redaction
from langwatch_collector.testing import MockCollector, bounds
from langwatch_collector.testing import judge as judge_module
from langwatch_collector.testing.judge import CollectorJudge
from tests import spec_support
from tests.local_server import MockProcess

NOW_MS = lc.now_millis()
POOL = urllib3.PoolManager(retries=False)
SEED_GUIDE = (spec_support.ROOT.parent / "shared" / "000_d7e814ce0e8fb90e.txt").read_text(encoding="utf-8")


def post(
    mock: MockCollector, body: Any, headers: dict[str, str] | None = None, path: str = "/api/collector"
) -> tuple[int, Any]:
    data = body if isinstance(body, bytes) else json.dumps(body).encode()
    sent = {"X-Auth-Token": "key", "Content-Type": "application/json"} if headers is None else headers
    response = POOL.request("POST", mock.url + path, body=data, headers=sent)
    return response.status, json.loads(response.data)


def fresh_trace(spans: int = 1, **extra: Any) -> dict[str, Any]:
    return {
        "trace_id": "t-1",
        "spans": [
            {"span_id": f"s-{i}", "type": "span", "timestamps": {"started_at": NOW_MS - 10, "finished_at": NOW_MS}}
            for i in range(spans)
        ],
        **extra,
    }


def seed_guide_body() -> dict[str, Any]:
    body: dict[str, Any] = json.loads(SEED_GUIDE.split("<<EOF\n", 1)[1].split("\nEOF", 1)[0])
    return body


# -- LangWatch's own examples, judged as SOURCES.md says the server judges them -----------


@pytest.mark.parametrize(
    ("name", "status", "expected"),
    [
        ("01_llm_chat_messages_params_metrics_metadata.json", 200, {"rejectedSpans": 1}),
        ("02_llm_text_io_reserved_and_custom_metadata.json", 200, {"rejectedSpans": 1}),
        ("03_evaluations_only_no_spans.json", 200, {"rejectedSpans": 0}),
        ("04_minimal_llm_span_with_span_trace_id.json", 200, {"rejectedSpans": 1}),
        ("05_invalid_unknown_span_type_no_trace_id.json", 400, {"message": "Trace ID not defined"}),
        ("06_invalid_nested_rag_payload_without_timestamps.json", 400, {"error": 'at "spans[0]"'}),
        ("07_invalid_json_array_body.json", 400, {"message": "Invalid body, expecting json"}),
        ("08_invalid_rag_trace_missing_span_timestamps.json", 400, {"error": 'Required at "timestamps" at "spans[0]"'}),
    ],
)
def test_langwatch_examples_are_judged_as_the_server_does(
    name: str, status: int, expected: dict[str, Any], mock_collector: MockCollector
) -> None:
    got_status, body = post(mock_collector, (spec_support.SHARED_EXAMPLES / name).read_bytes())
    assert got_status == status
    for key, value in expected.items():
        if key in ("rejectedSpans",):
            assert body["message"] == "Trace received successfully."
            assert body["partialSuccess"][key] == value
        elif isinstance(value, str) and key == "error":
            assert body[key].startswith("Validation error: ") and value in body[key]
        else:
            assert body[key] == value


def test_the_seed_guides_payload_is_rejected_for_its_seconds(mock_collector: MockCollector) -> None:
    assert post(mock_collector, seed_guide_body()) == (
        400,
        {"error": "Timestamps should be in milliseconds not in seconds, please multiply it by 1000"},
    )


def test_legacy_shapes_are_accepted(mock_collector: MockCollector) -> None:
    body = seed_guide_body()
    body["spans"][0]["timestamps"] = {"started_at": NOW_MS - 10, "finished_at": NOW_MS}
    body["labels"] = "one-label"
    body["spans"].append(
        {
            "type": "rag",
            "id": "span-rag",
            "trace_id": "trace-456",
            "contexts": ["a plain string", {"document_id": 7, "chunk_id": 1, "content": {"k": "v"}}],
            "outputs": [],
            "timestamps": {"started_at": NOW_MS - 10, "finished_at": NOW_MS},
            "unknown_key": True,
        }
    )
    status, answer = post(mock_collector, body)
    assert (status, answer["partialSuccess"]["rejectedSpans"]) == (200, 0)


# -- the server's own checks ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("headers", "status"),
    [
        ({"Content-Type": "application/json"}, 401),
        ({"Content-Type": "application/json", "Authorization": "Bearer key"}, 200),
        ({"Content-Type": "application/json", "Authorization": "Basic " + base64.b64encode(b"p:key").decode()}, 200),
        ({"Content-Type": "application/json; charset=utf-8", "X-Auth-Token": "key"}, 200),
        ({"Content-Type": "text/plain", "X-Auth-Token": "key"}, 400),
    ],
)
def test_auth_and_content_type(headers: dict[str, str], status: int, mock_collector: MockCollector) -> None:
    got, body = post(mock_collector, fresh_trace(), headers)
    assert got == status
    if status == 401:
        assert body == {"error": "Unauthorized", "message": "Invalid credentials"}
    if status == 400:
        assert body == {"message": "Invalid body, expecting json"}


def test_only_the_configured_keys_are_accepted() -> None:
    with MockCollector(api_keys=["right"]) as mock:
        assert post(mock, fresh_trace(), {"X-Auth-Token": "wrong", "Content-Type": "application/json"})[0] == 401
        assert post(mock, fresh_trace(), {"X-Auth-Token": "right", "Content-Type": "application/json"})[0] == 200


@pytest.mark.parametrize("raw", [b"{not json", b"null", b"[1]", b'"text"'])
def test_a_body_that_is_not_a_json_object_is_400(raw: bytes, mock_collector: MockCollector) -> None:
    assert post(mock_collector, raw) == (400, {"message": "Invalid body, expecting json"})


def test_the_limits(mock_collector: MockCollector) -> None:
    assert post(mock_collector, fresh_trace(201)) == (429, {"message": "Too many spans, maximum of 200 per trace"})
    evaluations = [{"name": f"e{i}", "passed": True} for i in range(201)]
    assert post(mock_collector, fresh_trace(evaluations=evaluations)) == (
        429,
        {"message": "Too many evaluations, maximum of 200 per trace"},
    )
    huge = fresh_trace()
    huge["spans"][0]["input"] = {"type": "text", "value": "x" * (10 * 1024 * 1024)}
    assert post(mock_collector, huge)[0] == 413


@pytest.mark.parametrize(
    ("change", "answer"),
    [
        (
            {"evaluations": [{"name": "e"}]},
            {"error": "Either `passed`, `score` or `label` field must be defined for evaluations"},
        ),
        (
            {"evaluations": [{"name": "e", "score": 1, "timestamps": {"started_at": 1706628806}}]},
            {"error": "Evaluation timestamps should be in milliseconds not in seconds, please multiply it by 1000"},
        ),
        (
            {
                "spans": [
                    {
                        "span_id": "s",
                        "trace_id": "other",
                        "type": "span",
                        "timestamps": {"started_at": NOW_MS, "finished_at": NOW_MS},
                    }
                ]
            },
            {"message": "All spans must have the same trace id"},
        ),
        ({"spans": {"span_id": "s"}}, {"message": "Invalid 'spans' field, expecting array"}),
        ({"trace_id": None, "spans": []}, {"message": "Trace ID not defined"}),
    ],
)
def test_server_rules(change: dict[str, Any], answer: dict[str, str], mock_collector: MockCollector) -> None:
    assert post(mock_collector, {**fresh_trace(), **change}) == (400, answer)


def test_old_spans_are_counted_and_resends_are_skipped(mock_collector: MockCollector) -> None:
    body = fresh_trace(2)
    body["spans"][1]["timestamps"] = {"started_at": 1706628806000, "finished_at": 1706628807000}
    first = post(mock_collector, body)[1]
    again = post(mock_collector, body)[1]
    expected = {
        "rejectedSpans": 1,
        "rejectedEvaluations": 0,
        "errorMessage": "1 span(s) dropped: start time is more than 31 days in the past",
    }
    assert first["partialSuccess"] == expected
    assert again["partialSuccess"] == expected  # the resent fresh span is skipped as a success, as the server does


# -- the older server ------------------------------------------------------------------------


def test_legacy_mode_answers_as_the_older_server() -> None:
    with MockCollector(legacy=True) as mock:
        assert post(mock, fresh_trace(), {"Content-Type": "application/json; charset=utf-8", "X-Auth-Token": "k"}) == (
            400,
            {"message": "Invalid body, expecting json"},
        )
        assert post(mock, fresh_trace()) == (200, {"message": "Trace received successfully."})
        assert post(mock, fresh_trace()) == (200, {"message": "No changes"})
        assert post(mock, fresh_trace(), {"Content-Type": "application/json"})[1]["message"].startswith(
            "Authentication token is required"
        )
        # At its last release the older server exempted skipped and errored evaluations from the
        # verdict rule (since 2025-04-12), and knew no role added later, such as `developer`.
        skipped = fresh_trace(evaluations=[{"name": "e", "status": "skipped"}])
        assert post(mock, skipped)[0] == 200
        developer = fresh_trace()
        developer["trace_id"] = "t-developer"
        developer["spans"][0]["input"] = {"type": "chat_messages", "value": [{"role": "developer", "content": "hi"}]}
        status, answer = post(mock, developer)
        assert status == 400 and 'at "spans[0]"' in answer["error"]
        developer["spans"][0]["input"]["value"][0]["role"] = "system"
        assert post(mock, developer)[0] == 200
        mock.plan_limit_next()
        assert post(mock, fresh_trace(3))[0] == 429


# -- faults, records, and the ways to start it ----------------------------------------------


def test_faults_drive_the_clients_retries(mock_collector: MockCollector) -> None:
    client = lc.CollectorClient(api_key="key", endpoint=mock_collector.url, backoff_base=0.001)
    mock_collector.fail_next(503, times=2, retry_after=0)
    mock_collector.reset_next()
    mock_collector.delay_next(0.05)
    with pytest.raises(lc.APIConnectionError, match="closed connection"):  # the third attempt met the reset
        client.collect(lc.parse(fresh_trace()))
    assert [r.status for r in mock_collector.requests] == [503, 503, 0]
    result = client.collect(lc.parse(fresh_trace()))
    assert result.retries_taken == 0 and mock_collector.requests[-1].status == 200
    mock_collector.plan_limit_next()
    with pytest.raises(lc.PlanLimitError):
        client.collect(lc.parse(fresh_trace()))
    mock_collector.permission_denied_next()
    with pytest.raises(lc.PermissionDeniedError, match="traces:create"):
        client.collect(lc.parse(fresh_trace()))
    mock_collector.ingest_failure_next(times=2)
    assert client.collect(lc.parse(fresh_trace())).retries_taken == 2


def test_requests_are_recorded_with_the_key_masked(tmp_path: Path) -> None:
    record = tmp_path / "requests.jsonl"
    with MockCollector(record_to=record) as mock:
        post(mock, fresh_trace(), {"X-Auth-Token": "secret", "Content-Type": "application/json"})
        post(mock, fresh_trace(), {"Authorization": "Bearer secret", "Content-Type": "application/json"})
        post(mock, {}, path="/other")
    lines = [json.loads(line) for line in record.read_text(encoding="utf-8").splitlines()]
    assert [line["status"] for line in lines] == [200, 200, 404]
    assert lines[0]["headers"]["X-Auth-Token"] == "***"
    assert lines[1]["headers"]["Authorization"] == "Bearer ***"
    assert "secret" not in record.read_text(encoding="utf-8")
    assert lines[0]["body"] == fresh_trace() | {"spans": lines[0]["body"]["spans"]}
    assert mock.requests[0].method == "POST" and mock.requests[0].path == "/api/collector"


def test_scripts_mock_prints_its_url_and_serves() -> None:
    with MockProcess("langwatch_collector.testing", "--port", "0") as mock:
        assert mock.url.startswith("http://127.0.0.1:")
        response = POOL.request(
            "POST",
            mock.url + "/api/collector",
            body=json.dumps(fresh_trace()).encode(),
            headers={"X-Auth-Token": "k", "Content-Type": "application/json"},
        )
        assert response.status == 200
    stderr = mock.stderr
    assert mock.returncode == 0
    assert "POST /api/collector -> 200 (1 span(s), trace t-1)" in stderr


def test_api_key_is_repeatable() -> None:
    from langwatch_collector.testing.__main__ import build_parser

    args = build_parser().parse_args(["--api-key", "first", "--api-key", "second", "--port", "0"])
    with MockCollector(api_keys=args.api_keys) as mock:
        for key, status in (("first", 200), ("second", 200), ("third", 401)):
            assert post(mock, fresh_trace(), {"X-Auth-Token": key, "Content-Type": "application/json"})[0] == status


def test_the_dedup_memory_is_bounded_by_the_servers_window() -> None:
    """Spans older than the hour count as new anyway, so the judge forgets them instead of growing."""
    judge = CollectorJudge()
    headers = {"X-Auth-Token": "key", "Content-Type": "application/json"}
    hour = bounds.DEDUP_WINDOW_MS
    for minute in range(240):  # four hours of traffic, one new span a minute
        now = NOW_MS + minute * 60_000
        trace = fresh_trace()
        trace["trace_id"] = f"t-{minute}"
        for span in trace["spans"]:
            span["timestamps"] = {"started_at": now - 10, "finished_at": now}
        assert judge.judge(headers, json.dumps(trace).encode(), now).status == 200
    assert len(judge._seen_spans) <= hour // 60_000 + 1
    # A resend within the hour is still recognised (the server answers it as a success).
    assert ("t-239", "s-0") in judge._seen_spans


def test_the_older_servers_resend_memory_is_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(judge_module, "MAX_REMEMBERED_BODIES", 3)
    judge = CollectorJudge(legacy=True)
    headers = {"X-Auth-Token": "key", "Content-Type": "application/json"}
    bodies = [json.dumps({**fresh_trace(), "trace_id": f"t-{index}"}).encode() for index in range(5)]
    for body in bodies:
        assert judge.judge(headers, body, NOW_MS).body == {"message": "Trace received successfully."}
    assert judge.judge(headers, bodies[-1], NOW_MS).body == {"message": "No changes"}
    assert judge.judge(headers, bodies[0], NOW_MS).body == {"message": "Trace received successfully."}  # forgotten
    assert len(judge._seen_bodies) == 3


def test_the_mock_command_stops_cleanly_the_moment_it_has_printed_its_url() -> None:
    """Whoever reads the URL may stop the mock at once: SIGTERM is handled before the URL is printed."""
    for _ in range(5):
        with MockProcess("langwatch_collector.testing", "--port", "0") as mock:
            assert mock.url.startswith("http://127.0.0.1:")
        assert mock.returncode == 0, mock.stderr


def test_the_clients_dry_run_and_the_mocks_recording_mask_credentials_by_one_rule() -> None:
    with MockCollector() as mock, lc.CollectorClient(api_key="secret-key-1", endpoint=mock.url) as client:
        request = lc.parse(fresh_trace())
        [prepared] = client.prepare_collect(request)
        client.collect(request)
        recorded = mock.requests[0].headers
    described = prepared.describe()
    assert "secret-key-1" not in described and "secret-key-1" not in json.dumps(recorded)
    credentials = [name for name in prepared.headers if redaction.is_credential_header(name)]
    assert credentials, prepared.headers
    for name in credentials:
        shown = redaction.mask_header(name, prepared.headers[name])
        assert f"\n{name}: {shown}\n" in described
        assert recorded[name] == shown
