"""An independent check of the mock: Stoplight Prism validates the same spec; they must agree.

Prism (installed by scripts/bootstrap from tools/prism when node exists) judges a request by
the spec alone; the mock judges as the server does. Both must accept or reject every payload
here, except where the server goes beyond its schemas (listed, with the reason, below).
"""

from __future__ import annotations

import json
import shutil
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import urllib3

from langwatch_collector.testing import MockCollector
from tests import spec_support
from tests.contract.check import RECORDINGS
from tests.local_server import unused_port
from tests.test_invalid import CASES, ROUTE_RULES

PRISM = spec_support.ROOT / "tools" / "prism" / "node_modules" / ".bin" / "prism"
POOL = urllib3.PoolManager(retries=False)

# Rules of the route that no JSON Schema states (trace ids, the 13-character timestamps, the
# evaluation verdict; tests/test_invalid.py lists them): the mock rejects, Prism accepts.
BEYOND_THE_SCHEMA = {
    f"invalid: {name}": "a rule of the route, not of the schema (server_reading.py)"
    for name in ROUTE_RULES - {"not a number"}
}


def _payloads() -> dict[str, bytes]:
    payloads: dict[str, bytes] = {}
    for path in sorted(RECORDINGS.glob("*.json")):
        for index, exchange in enumerate(json.loads(path.read_text(encoding="utf-8"))["exchanges"]):
            payloads[f"recording: {path.stem}[{index}]"] = json.dumps(exchange["request"]["body"]).encode()
    for name, document, *_ in CASES:
        if name != "not a number":  # NaN is not JSON: no JSON text carries it
            payloads[f"invalid: {name}"] = json.dumps(document).encode()
    for path in sorted(spec_support.SHARED_EXAMPLES.glob("0*.json")):
        payloads[f"shared: {path.name}"] = path.read_bytes()
    return payloads


PAYLOADS = _payloads()


@pytest.fixture(scope="module")
def prism() -> Iterator[str]:
    if not PRISM.exists():
        if shutil.which("node") is None:
            pytest.skip("NOTICE: node is not installed, so the Prism agreement check cannot run here (it runs in CI)")
        pytest.fail(f"{PRISM} is missing although node exists: run scripts/bootstrap")
    port = unused_port()
    process = subprocess.Popen(
        [str(PRISM), "mock", "-h", "127.0.0.1", "-p", str(port), str(spec_support.SPEC_PATH)],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    assert process.stdout is not None
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        line = process.stdout.readline()
        if "Prism is listening" in line:
            break
        if not line and process.poll() is not None:
            pytest.fail("Prism exited before listening")
    else:
        process.kill()
        pytest.fail("Prism did not start within 60 s")
    yield f"http://127.0.0.1:{port}"
    process.terminate()
    process.wait(timeout=10)


@pytest.fixture(scope="module")
def mock() -> Iterator[MockCollector]:
    # Recordings carry timestamps from their recording clock; the mock reads them with that clock.
    with MockCollector(clock=lambda: 1_795_000_000_000) as running:
        yield running


def _send(url: str, body: bytes) -> urllib3.BaseHTTPResponse:
    headers = {"X-Auth-Token": "key", "Content-Type": "application/json"}
    return POOL.request("POST", url + "/api/collector", body=body, headers=headers)


def _prism_accepts(response: urllib3.BaseHTTPResponse) -> bool:
    header = response.headers.get("sl-violations", "[]")
    if header.startswith("Too many violations!"):  # Prism's own shorthand, then a truncated list
        return False
    violations: list[dict[str, Any]] = json.loads(header)
    return not any(violation.get("severity") == "Error" for violation in violations) and response.status < 400


@pytest.mark.parametrize("name", sorted(PAYLOADS))
def test_mock_and_prism_agree(name: str, prism: str, mock: MockCollector) -> None:
    mock_accepts = _send(mock.url, PAYLOADS[name]).status == 200
    prism_response = _send(prism, PAYLOADS[name])
    prism_accepts = _prism_accepts(prism_response)
    if name in BEYOND_THE_SCHEMA:
        assert (mock_accepts, prism_accepts) == (False, True), BEYOND_THE_SCHEMA[name]
    else:
        assert mock_accepts == prism_accepts, prism_response.headers.get("sl-violations")


def test_every_recording_is_accepted_by_prism_unless_it_is_an_injected_error(prism: str) -> None:
    for path in sorted(RECORDINGS.glob("*.json")):
        recording = json.loads(Path(path).read_text(encoding="utf-8"))
        for exchange in recording["exchanges"]:
            response = _send(prism, json.dumps(exchange["request"]["body"]).encode())
            assert _prism_accepts(response), (path.name, response.headers.get("sl-violations"))
