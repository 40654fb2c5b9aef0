"""Runs a case with CollectorClient and captures what went over the wire, for recording and checking."""

from __future__ import annotations

import io
import json
from typing import Any
from urllib.parse import parse_qs, urlsplit

import urllib3

import langwatch_collector as lc
from langwatch_collector.testing import MockCollector
from tests.contract.cases import RECORDED_AT_MS, Case

API_KEY = "contract-test-key"
# The headers a request is judged by; the key is written masked, the User-Agent by product only.
HEADERS_THAT_MATTER = ("Content-Type", "Accept", "X-Auth-Token", "X-Project-Id", "Authorization")


class RecordingPool(urllib3.PoolManager):
    """A PoolManager that keeps every request it sends and the answer it got."""

    def __init__(self) -> None:
        super().__init__(retries=False)
        self.exchanges: list[dict[str, Any]] = []

    def urlopen(  # type: ignore[override]  # PoolManager's own signature, which differs from its base's
        self, method: str, url: str, redirect: bool = True, **kw: Any
    ) -> Any:
        response = super().urlopen(method, url, redirect=redirect, **kw)
        headers = dict(kw.get("headers") or {})
        parts = urlsplit(url)
        request = {
            "method": method,
            "path": parts.path,
            "query": parse_qs(parts.query),
            "headers": {
                name: ("***" if name in ("X-Auth-Token", "Authorization") else headers[name])
                for name in HEADERS_THAT_MATTER
                if name in headers
            },
            "user_agent": str(headers.get("User-Agent", "")).split("/", 1)[0],
            "body": json.loads(kw["body"]),
        }
        data = response.data
        response.release_conn()
        try:
            answer: Any = json.loads(data)
        except ValueError:
            answer = data.decode("utf-8", "replace")
        self.exchanges.append({"request": request, "response": {"status": response.status, "body": answer}})
        # The client reads the body itself, in chunks: hand it the bytes read here, already decoded.
        replay = io.BytesIO(data)
        return urllib3.HTTPResponse(
            replay, response.headers, response.status, preload_content=False, decode_content=False
        )


def outcome_of(call: Any) -> dict[str, Any]:
    try:
        result: lc.CollectResult = call()
    except lc.APIStatusError as error:
        return {"error": type(error).__name__, "status": error.status_code, "server_message": error.server_message}
    except lc.APIError as error:
        return {"error": type(error).__name__}
    return {
        "responses": [lc.models.CollectorResponse.__name__] * len(result.responses),
        "rejected_spans": result.rejected_spans,
        "rejected_evaluations": result.rejected_evaluations,
    }


def run_case(case: Case, endpoint: str | None = None, api_key: str = API_KEY) -> dict[str, Any]:
    """The recording of one case: against the mock (set up as the case says) or a live endpoint."""
    request = lc.parse(case.input)

    def send(url: str) -> tuple[dict[str, Any], list[dict[str, Any]]]:
        pool = RecordingPool()
        client = lc.CollectorClient(api_key=api_key, endpoint=url, max_retries=0, pool=pool, **case.client)
        outcome = outcome_of(lambda: client.collect(request, **case.call))
        return outcome, pool.exchanges

    if endpoint is None:
        with MockCollector(
            api_keys=case.mock.get("api_keys"), legacy=case.mock.get("legacy", False), clock=lambda: RECORDED_AT_MS
        ) as mock:
            if case.fault is not None:
                method, arguments = case.fault
                getattr(mock, method)(**arguments)
            outcome, exchanges = send(mock.url)
    else:
        outcome, exchanges = send(endpoint)
    return {
        "name": case.name,
        "description": case.description,
        "recorded_against": "mock" if endpoint is None else "live endpoint",
        "recorded_at_ms": RECORDED_AT_MS,
        "input": case.input,
        "call": case.call,
        "client": case.client,
        "mock": case.mock,
        "fault": list(case.fault) if case.fault else None,
        "exchanges": exchanges,
        "outcome": outcome,
    }
