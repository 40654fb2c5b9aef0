"""The mock collector against the conformance corpus: the server's status and answer, case by case.

`../shared/conformance/cases.jsonl` holds what LangWatch's own route answered to each body
(its README says how it was made). The mock must answer every case with the same status, and
with an answer of the same shape: the same keys, the server's exact words for every fixed
message, and for a schema error zod-validation-error's `Validation error: …` with the span it
names, in zod's exact words where the server reports a single problem. (Where zod lists
several, or every branch of a union, the mock names the best-matching one.) Body cases go
straight to the mock's judge; the cases about headers and transfer go over HTTP, since that is
where they are decided.
"""

from __future__ import annotations

import base64
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import urllib3

from langwatch_collector.testing import MockCollector
from langwatch_collector.testing.judge import CollectorJudge
from tests import spec_support

CORPUS = spec_support.ROOT.parent / "shared" / "conformance" / "cases.jsonl"
SERVER_CLOCK_MS = 1795971600000  # the corpus README: the server's clock was fixed at 2026-11-29T17:00:00Z
DEFAULT_HEADERS = {"X-Auth-Token": "conformance-key", "Content-Type": "application/json"}
_SPAN_SUFFIX = re.compile(r' at "spans\[\d+\]"$')


def load_cases(path: Path = CORPUS) -> list[dict[str, Any]]:
    if not path.exists():
        pytest.fail(f"the conformance corpus is missing: {path} (../shared must sit beside the checkout)")
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


CASES = load_cases()


def request_bytes(case: dict[str, Any]) -> bytes:
    """The exact body: base64 where given, else the JSON text, padded with spaces to a larger Content-Length."""
    raw = base64.b64decode(case["body_base64"]) if case.get("body_base64") else json.dumps(case["body"]).encode()
    declared = {key.lower(): value for key, value in (case.get("headers") or {}).items()}.get("content-length")
    if declared is not None and int(declared) > len(raw):
        raw += b" " * (int(declared) - len(raw))
    return raw


def assert_same_answer(case: dict[str, Any], status: int, answer: Any) -> None:
    expected = case["response"]
    where = f"{case['id']} ({case['origin'][:100]})"
    assert status == case["status"], f"{where}: mock answered {status} {answer}, the server {case['status']} {expected}"
    if status == 200:
        assert answer["message"] == expected["message"], where
        assert answer["partialSuccess"] == expected["partialSuccess"], where
        return
    assert isinstance(answer, dict) and set(answer) == set(expected), f"{where}: {answer} vs {expected}"
    server_error = expected.get("error")
    if isinstance(server_error, str) and server_error.startswith("Validation error: "):
        assert answer["error"].startswith("Validation error: "), f"{where}: {answer}"
        server_span = _SPAN_SUFFIX.search(server_error)
        mock_span = _SPAN_SUFFIX.search(answer["error"])
        assert (server_span and server_span.group()) == (mock_span and mock_span.group()), f"{where}: {answer}"
        if not any(joiner in server_error for joiner in ("; ", ", or ")):  # one problem: zod's exact words
            assert answer["error"] == server_error, where
    else:
        assert answer == expected, where


BODY_CASES = [case for case in CASES if not case.get("headers")]
HEADER_CASES = [case for case in CASES if case.get("headers")]


@pytest.mark.parametrize("case", BODY_CASES, ids=[case["id"] for case in BODY_CASES])
def test_the_mock_judges_each_body_as_the_server(case: dict[str, Any]) -> None:
    verdict = CollectorJudge().judge(DEFAULT_HEADERS, request_bytes(case), SERVER_CLOCK_MS)
    assert_same_answer(case, verdict.status, verdict.body)


@pytest.fixture(scope="module")
def clocked_mock() -> Iterator[MockCollector]:
    with MockCollector(clock=lambda: SERVER_CLOCK_MS) as mock:
        yield mock


@pytest.mark.parametrize("case", HEADER_CASES, ids=[case["id"] for case in HEADER_CASES])
def test_the_mock_answers_each_transport_case_as_the_server(case: dict[str, Any], clocked_mock: MockCollector) -> None:
    headers = dict(case["headers"])
    chunked = headers.get("Transfer-Encoding") == "chunked"
    if chunked:
        del headers["Transfer-Encoding"]
    with urllib3.PoolManager(retries=False) as pool:
        response = pool.request(
            "POST",
            clocked_mock.url + "/api/collector",
            body=request_bytes(case),
            headers=headers,
            chunked=chunked,
            timeout=30,
        )
    assert_same_answer(case, response.status, json.loads(response.data))


def test_the_corpus_is_whole() -> None:
    """The figures in the corpus README: a smaller file would quietly test less."""
    assert len(CASES) == 1873
    assert len(HEADER_CASES) == 14
