"""CollectorClient against real HTTP servers on 127.0.0.1."""

from __future__ import annotations

import datetime
import email.utils
import json
import logging
import pickle
import time
from collections.abc import Iterator
from typing import Any

import pytest

import langwatch_collector as lc
from langwatch_collector import models, server_reading
from tests import spec_support
from tests.local_server import LocalServer, Reply, unused_port

API_KEY = "lw-secret-key-0123456789"
NOW_MS = lc.now_millis()


def make_client(endpoint: str, **options: Any) -> lc.CollectorClient:
    settings: dict[str, Any] = {"backoff_base": 0.001, "backoff_max": 0.01, "timeout": 5.0}
    settings.update(options)
    return lc.CollectorClient(api_key=API_KEY, endpoint=endpoint, **settings)


@pytest.fixture
def client(server: LocalServer) -> Iterator[lc.CollectorClient]:
    with make_client(server.url) as running:
        yield running


def span(index: int = 0, **fields: Any) -> models.BaseSpan:
    return models.BaseSpan(
        span_id=f"span-{index}",
        type="tool",
        timestamps=models.SpanTimestamps(started_at=NOW_MS - 1000, finished_at=NOW_MS),
        **fields,
    )


def trace(spans: int = 1, evaluations: int = 0) -> models.CollectorRequest:
    return models.CollectorRequest(
        trace_id="trace-1",
        spans=[span(index) for index in range(spans)],
        evaluations=[models.RESTEvaluation(name=f"eval-{i}", passed=True) for i in range(evaluations)] or None,
        metadata=models.TraceMetadata(user_id="user-1", additional_properties={"tier": "pro"}),
    )


# -- the request on the wire -------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(spec_support.request_examples()))
def test_every_spec_example_is_sent_exactly(name: str, server: LocalServer, client: lc.CollectorClient) -> None:
    example = spec_support.request_examples()[name]
    request = lc.parse(example)
    result = client.collect(request)
    assert [r.message for r in result.responses] == ["Trace received successfully."]
    (sent,) = server.received
    assert (sent.method, sent.path, sent.query) == ("POST", "/api/collector", {})
    assert sent.body == lc.serialize(request)
    # What was sent, the server reads as it reads the example (the client writes its reading).
    read_sent, read_example = (server_reading.read(body).document for body in (json.loads(sent.body), example))
    assert spec_support.without_nulls(read_sent) == spec_support.without_nulls(read_example)
    assert sent.headers["Content-Type"] == "application/json"
    assert sent.headers["X-Auth-Token"] == API_KEY
    assert sent.headers["Accept"] == "application/json"
    assert sent.headers["User-Agent"].startswith(f"langwatch-collector/{lc.__version__} (python ")
    assert "X-Project-Id" not in sent.headers
    assert "Authorization" not in sent.headers


def test_force_sync_and_project_id(server: LocalServer) -> None:
    with make_client(server.url, project_id="project-7") as client:
        client.collect(trace(), force_sync=True)
        client.collect(trace(), force_sync=False)
        client.collect(trace())
    assert [r.query for r in server.received] == [{"force_sync": ["true"]}, {"force_sync": ["false"]}, {}]
    assert {r.headers["X-Project-Id"] for r in server.received} == {"project-7"}


def test_configuration_from_the_environment(server: LocalServer, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LANGWATCH_API_KEY", "from-env")
    monkeypatch.setenv("LANGWATCH_ENDPOINT", server.url + "/")
    monkeypatch.setenv("LANGWATCH_PROJECT_ID", "project-env")
    with lc.CollectorClient() as client:
        assert client.endpoint == server.url
        client.collect(trace())
    assert server.received[0].headers["X-Auth-Token"] == "from-env"
    assert server.received[0].headers["X-Project-Id"] == "project-env"


def test_default_endpoint_is_langwatch_cloud(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("LANGWATCH_ENDPOINT", raising=False)
    assert lc.CollectorClient(api_key="k").endpoint == "https://app.langwatch.ai"


def test_a_missing_key_is_an_error_at_construction(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("LANGWATCH_API_KEY", raising=False)
    with pytest.raises(lc.ConfigurationError, match="LANGWATCH_API_KEY"):
        lc.CollectorClient()


def test_a_malformed_endpoint_is_an_error() -> None:
    with pytest.raises(lc.ConfigurationError, match="http"):
        lc.CollectorClient(api_key="k", endpoint="app.langwatch.ai")


# -- retries -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("status", "body"),
    [
        (408, {"message": "Request Timeout"}),
        (429, {"message": "Rate limit exceeded"}),
        (500, {"message": "Failed to ingest all 1 spans, please retry", "partialSuccess": {"rejectedSpans": 1}}),
        (502, "Bad Gateway"),
        (503, {"message": "Service Unavailable"}),
        (504, {"error": "Gateway Timeout"}),
    ],
)
def test_transient_statuses_are_retried(
    status: int, body: Any, server: LocalServer, client: lc.CollectorClient
) -> None:
    raw = body.encode() if isinstance(body, str) else body
    server.reply(Reply(status, raw), Reply(status, raw))
    result = client.collect(trace())
    assert len(server.received) == 3
    assert result.retries_taken == 2
    assert len({r.body for r in server.received}) == 1  # the same bytes each time


def test_retries_stop_at_max_retries(server: LocalServer) -> None:
    server.reply(*[Reply(500, {"message": "Failed to ingest all 1 spans, please retry"})] * 5)
    with make_client(server.url, max_retries=3) as client, pytest.raises(lc.InternalServerError) as raised:
        client.collect(trace())
    assert len(server.received) == 4
    assert raised.value.retries_taken == 3
    assert raised.value.status_code == 500
    assert raised.value.server_message == "Failed to ingest all 1 spans, please retry"
    assert isinstance(raised.value.error, models.IngestFailureResponse)


@pytest.mark.parametrize(
    ("status", "body", "error_class"),
    [
        (400, {"error": 'Validation error: Required at "timestamps"'}, lc.BadRequestError),
        (401, {"error": "Unauthorized", "message": "Invalid credentials"}, lc.AuthenticationError),
        (402, {"error": "ERR_PLAN_LIMIT", "message": "limit", "activePlanName": "free"}, lc.PlanLimitError),
        (403, {"error": "api_key_permission_denied", "message": "no traces:create"}, lc.PermissionDeniedError),
        (404, {"message": "Not Found"}, lc.APIStatusError),
        (405, {"message": "Method Not Allowed"}, lc.APIStatusError),
        (413, {"error": "An error occurred", "message": ""}, lc.PayloadTooLargeError),
        (429, {"message": "Too many spans, maximum of 200 per trace"}, lc.RateLimitError),
        (429, {"message": "Too many evaluations, maximum of 200 per trace"}, lc.RateLimitError),
        (429, {"message": "ERR_PLAN_LIMIT: You have reached the monthly limit"}, lc.PlanLimitError),
    ],
)
def test_answers_that_cannot_succeed_are_not_retried(
    status: int, body: dict[str, str], error_class: type[lc.APIStatusError], server: LocalServer
) -> None:
    server.reply(*[Reply(status, body)] * 3)
    with make_client(server.url) as client, pytest.raises(error_class) as raised:
        client.collect(trace())
    assert len(server.received) == 1
    assert type(raised.value) is error_class
    assert raised.value.status_code == status
    assert raised.value.body == body
    assert raised.value.retries_taken == 0
    assert str(status) in str(raised.value)
    said = [body[key] for key in ("message", "error") if body.get(key)]
    assert raised.value.server_message == said[0]  # what the server said, not an empty message


def test_the_plan_limit_error_carries_the_typed_body(server: LocalServer, client: lc.CollectorClient) -> None:
    server.reply(Reply(402, {"error": "ERR_PLAN_LIMIT", "message": "Limit reached", "activePlanName": "free"}))
    with pytest.raises(lc.PlanLimitError) as raised:
        client.collect(trace())
    assert raised.value.error == models.PlanLimitErrorResponse(
        error="ERR_PLAN_LIMIT", message="Limit reached", activePlanName="free"
    )
    assert "plan limit" in str(raised.value)


def test_retry_after_seconds_is_honoured(server: LocalServer, client: lc.CollectorClient) -> None:
    server.reply(Reply(429, {"message": "slow down"}, headers={"Retry-After": "0.3"}))
    started = time.monotonic()
    client.collect(trace())
    assert time.monotonic() - started >= 0.3
    assert len(server.received) == 2


def test_retry_after_ms_is_honoured(server: LocalServer, client: lc.CollectorClient) -> None:
    server.reply(Reply(503, {"message": "busy"}, headers={"retry-after-ms": "250"}))
    started = time.monotonic()
    client.collect(trace())
    assert time.monotonic() - started >= 0.25


def test_a_retry_after_longer_than_allowed_is_raised_not_waited(server: LocalServer) -> None:
    server.reply(Reply(429, {"message": "slow down"}, headers={"Retry-After": "120"}))
    with make_client(server.url, max_retry_after=5) as client, pytest.raises(lc.RateLimitError) as raised:
        client.collect(trace())
    assert len(server.received) == 1
    assert raised.value.retry_after == 120
    assert "asked to wait 120 s" in str(raised.value)


def test_the_retry_budget_bounds_the_whole_request(server: LocalServer) -> None:
    server.reply(*[Reply(503, {"message": "busy"}, headers={"Retry-After": "0.4"})] * 5)
    with (
        make_client(server.url, max_retries=10, retry_budget=1.0) as client,
        pytest.raises(lc.InternalServerError) as raised,
    ):
        client.collect(trace())
    assert len(server.received) == 3  # waits at 0.4 and 0.8 s; a third wait would pass 1.0 s
    assert "retry budget of 1 s is spent" in str(raised.value)


def test_read_timeouts_are_retried_then_raised(server: LocalServer) -> None:
    server.reply(Reply(delay=1.0), Reply(delay=1.0))
    with make_client(server.url, timeout=0.2, max_retries=1) as client, pytest.raises(lc.APITimeoutError):
        client.collect(trace())
    assert len(server.received) == 2


def test_a_dropped_connection_is_retried(server: LocalServer, client: lc.CollectorClient) -> None:
    server.reply(Reply(drop=True))
    result = client.collect(trace())
    assert len(server.received) == 2
    assert result.retries_taken == 1


def test_a_refused_connection_is_a_connection_error() -> None:
    with (
        make_client(f"http://127.0.0.1:{unused_port()}", max_retries=1) as client,
        pytest.raises(lc.APIConnectionError) as raised,
    ):
        client.collect(trace())
    assert raised.value.retries_taken == 1
    assert not isinstance(raised.value, lc.APITimeoutError)


def test_each_retry_is_logged_at_debug_with_attempt_and_reason(
    server: LocalServer, client: lc.CollectorClient, caplog: pytest.LogCaptureFixture
) -> None:
    server.reply(Reply(503, {"message": "busy"}), Reply(500, {"message": "Failed to ingest all 1 spans"}))
    with caplog.at_level(logging.DEBUG, logger="langwatch_collector"):
        client.collect(trace())
    retries = [record.getMessage() for record in caplog.records if "retry" in record.getMessage()]
    assert len(retries) == 2
    assert "retry 1 of 2" in retries[0] and "503: busy" in retries[0]
    assert "retry 2 of 2" in retries[1] and "500: Failed to ingest all 1 spans" in retries[1]


@pytest.mark.parametrize(
    ("failure", "evaluations", "warned"),
    [
        (Reply(503, {"message": "busy"}), 2, True),  # a gateway's 503: the route may have recorded them
        (Reply(429, {"message": "slow down"}, {"Retry-After": "0"}), 2, False),  # answered before recording
        (Reply(500, {"message": "Failed to ingest all 1 spans, please retry"}), 2, False),  # before evaluations
        (Reply(503, {"message": "busy"}), 0, False),  # spans alone: the server deduplicates them
    ],
    ids=["503 with evaluations", "429 rate limit", "ingest failure", "503 without evaluations"],
)
def test_resending_evaluations_the_server_may_have_recorded_is_a_warning(
    failure: Reply,
    evaluations: int,
    warned: bool,
    server: LocalServer,
    client: lc.CollectorClient,
    caplog: pytest.LogCaptureFixture,
) -> None:
    """The server does not deduplicate evaluations: the client still resends (nothing lost), and says so."""
    server.reply(failure)
    with caplog.at_level(logging.WARNING, logger="langwatch_collector"):
        assert client.collect(trace(evaluations=evaluations)).retries_taken == 1
    warnings = [record.getMessage() for record in caplog.records if "evaluation" in record.getMessage()]
    assert bool(warnings) is warned, warnings
    if warned:
        assert "resending 2 evaluation(s)" in warnings[0] and "may be stored twice" in warnings[0]


def test_a_success_body_that_breaks_the_spec_is_a_response_error(
    server: LocalServer, client: lc.CollectorClient
) -> None:
    server.reply(Reply(200, {"status": "ok"}))
    with pytest.raises(lc.APIResponseValidationError, match="message: missing"):
        client.collect(trace())


# -- the server's limits -------------------------------------------------------------------


def test_a_450_span_trace_is_sent_as_200_200_50(server: LocalServer, client: lc.CollectorClient) -> None:
    request = trace(spans=450, evaluations=250)
    request.trace_id = None  # the trace id then comes from the spans, and every part must carry it
    for item in request.spans or []:
        item.trace_id = "trace-1"
    result = client.collect(request)
    bodies = [r.json() for r in server.received]
    assert [len(b.get("spans", [])) for b in bodies] == [200, 200, 50]
    assert [len(b.get("evaluations", [])) for b in bodies] == [200, 50, 0]
    assert {b["trace_id"] for b in bodies} == {"trace-1"}
    assert all(b["metadata"] == {"user_id": "user-1", "tier": "pro"} for b in bodies)
    assert [s["span_id"] for b in bodies for s in b["spans"]] == [f"span-{i}" for i in range(450)]
    assert len(result.responses) == 3


def test_a_body_over_10_mib_is_refused_before_sending(server: LocalServer, client: lc.CollectorClient) -> None:
    big = trace()
    assert big.spans is not None
    big.spans[0].input = models.TypedValueText(value="x" * (10 * 1024 * 1024))
    with pytest.raises(lc.PayloadTooLargeError) as raised:
        client.collect(big)
    assert server.received == []
    size = len(lc.serialize(big))
    expected = f"the request body is {size:,} bytes, over the server's limit of 10,485,760 (10 MiB) for one body"
    assert expected in str(raised.value)


def test_the_body_limit_is_worded_from_the_spec_s_number(
    server: LocalServer, client: lc.CollectorClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The limit's words come from its one number (the spec's `x-limits`), in the client's error as in parse's."""
    from langwatch_collector import trace_limits

    monkeypatch.setattr(trace_limits, "MAX_BODY_BYTES", 2 * 1024 * 1024)
    big = trace()
    assert big.spans is not None
    big.spans[0].input = models.TypedValueText(value="x" * (3 * 1024 * 1024))
    with pytest.raises(lc.PayloadTooLargeError) as raised:
        client.collect(big)
    assert "over the server's limit of 2,097,152 (2 MiB)" in str(raised.value)
    with pytest.raises(lc.ValidationError) as invalid:
        lc.parse(lc.serialize(big))
    assert "over the server's limit of 2,097,152 (2 MiB)" in str(invalid.value)
    assert server.received == []


def test_invalid_data_is_never_sent(server: LocalServer, client: lc.CollectorClient) -> None:
    bad = trace(spans=300)
    assert bad.spans is not None
    bad.spans[250].timestamps.started_at = 1617981376
    with pytest.raises(lc.ValidationError, match=r"spans\[250\]\.timestamps\.started_at: .*looks like seconds"):
        client.collect(bad)
    assert server.received == []


def test_a_failure_midway_keeps_the_answers_already_received(server: LocalServer, client: lc.CollectorClient) -> None:
    server.reply(Reply(), Reply(401, {"error": "Unauthorized", "message": "Invalid credentials"}))
    with pytest.raises(lc.AuthenticationError) as raised:
        client.collect(trace(spans=300))
    assert [r.message for r in raised.value.responses] == ["Trace received successfully."]


def test_rejections_in_partial_success_are_logged(
    server: LocalServer, client: lc.CollectorClient, caplog: pytest.LogCaptureFixture
) -> None:
    server.reply(
        Reply(
            body={
                "message": "Trace received successfully.",
                "partialSuccess": {
                    "rejectedSpans": 1,
                    "rejectedEvaluations": 0,
                    "errorMessage": "1 span(s) dropped: too old",
                },
            }
        )
    )
    with caplog.at_level(logging.WARNING, logger="langwatch_collector"):
        result = client.collect(trace())
    assert result.rejected_spans == 1
    assert any("1 span(s) dropped: too old" in record.getMessage() for record in caplog.records)


def test_old_spans_are_warned_about_once_per_trace(
    server: LocalServer, client: lc.CollectorClient, caplog: pytest.LogCaptureFixture
) -> None:
    request = trace(spans=300)
    for item in (request.spans or [])[:250]:
        item.timestamps = models.SpanTimestamps(started_at=1706628806000, finished_at=1706628807000)
    with caplog.at_level(logging.WARNING, logger="langwatch_collector"):
        client.collect(request)
    warnings = [r.getMessage() for r in caplog.records if "31 days" in r.getMessage()]
    assert warnings == [
        "trace trace-1: 250 span(s) started more than 31 days ago; the server drops them (reported in partialSuccess)"
    ]


def test_legacy_servers_answers_parse(server: LocalServer, client: lc.CollectorClient) -> None:
    server.reply(Reply(body={"message": "No changes"}))
    result = client.collect(trace())
    assert result.responses[0].partialSuccess is None
    assert result.rejected_spans == 0


# -- security ------------------------------------------------------------------------------


def test_a_redirect_never_carries_the_key_elsewhere(server: LocalServer, client: lc.CollectorClient) -> None:
    elsewhere = LocalServer()
    try:
        server.reply(Reply(307, b"", headers={"Location": f"{elsewhere.url}/api/collector"}))
        with pytest.raises(lc.APIStatusError, match="redirects are not followed"):
            client.collect(trace())
        assert elsewhere.received == []
        assert len(server.received) == 1
    finally:
        elsewhere.close()


def test_the_key_never_shows_in_repr_errors_or_logs(server: LocalServer, caplog: pytest.LogCaptureFixture) -> None:
    server.reply(Reply(503, {"message": "busy"}), Reply(401, {"message": "Invalid auth token."}))
    with caplog.at_level(logging.DEBUG):
        client = make_client(server.url)
        with pytest.raises(lc.AuthenticationError) as raised:
            client.collect(trace())
        with pytest.raises(lc.APIConnectionError) as unreachable:
            make_client(f"http://127.0.0.1:{unused_port()}", max_retries=0).collect(trace())
    texts = [repr(client), str(client), str(raised.value), repr(raised.value), str(unreachable.value), caplog.text]
    assert caplog.text  # the retry was logged
    assert all(API_KEY not in text for text in texts)
    assert "api_key=<hidden>" in repr(client)
    with pytest.raises(TypeError, match="cannot be pickled"):
        pickle.dumps(client)


def test_plain_http_off_this_machine_warns() -> None:
    with pytest.warns(lc.InsecureEndpointWarning, match="unencrypted"):
        lc.CollectorClient(api_key="k", endpoint="http://collector.example.com")


@pytest.mark.filterwarnings("error::langwatch_collector.InsecureEndpointWarning")
def test_https_and_loopback_do_not_warn() -> None:
    for endpoint in (
        "https://collector.example.com",
        "http://127.0.0.1:5560",
        "http://localhost:5560",
        "http://[::1]:1",
    ):
        lc.CollectorClient(api_key="k", endpoint=endpoint)


def test_tls_verification_is_on() -> None:
    client = lc.CollectorClient(api_key="k")
    assert client._pool.connection_pool_kw["cert_reqs"] == "CERT_REQUIRED"


# -- timestamps --------------------------------------------------------------------------------


def test_timestamp_helpers() -> None:
    aware = datetime.datetime(2024, 1, 30, 15, 33, 26, 250000, tzinfo=datetime.timezone.utc)
    assert lc.epoch_millis(aware) == 1706628806250
    assert lc.epoch_millis(1706628806.25) == 1706628806250
    stamps = lc.span_timestamps(aware, 1706628807, first_token_at=aware + datetime.timedelta(milliseconds=5))
    assert stamps == models.SpanTimestamps(
        started_at=1706628806250, finished_at=1706628807000, first_token_at=1706628806255
    )
    with pytest.raises(ValueError, match="looks like milliseconds"):
        lc.epoch_millis(1706628806250)
    with pytest.raises(TypeError, match="datetime or seconds"):
        lc.epoch_millis("2024-01-30")  # type: ignore[arg-type]
    assert abs(lc.now_millis() - time.time() * 1000) < 5000


def test_retry_after_http_date_is_read() -> None:
    from langwatch_collector.retry import retry_after_seconds

    in_ten = email.utils.formatdate(time.time() + 10, usegmt=True)
    assert 8 <= (retry_after_seconds({"retry-after": in_ten}) or 0) <= 10
    assert retry_after_seconds({"retry-after": "soon"}) is None
    assert retry_after_seconds({}) is None


def test_one_client_serves_many_threads(server: LocalServer, client: lc.CollectorClient) -> None:
    from concurrent.futures import ThreadPoolExecutor

    def send(index: int) -> int:
        request = trace()
        request.trace_id = f"trace-{index}"
        return len(client.collect(request).responses)

    with ThreadPoolExecutor(max_workers=8) as pool:
        assert sum(pool.map(send, range(80))) == 80
    assert sorted(r.json()["trace_id"] for r in server.received) == sorted(f"trace-{i}" for i in range(80))
