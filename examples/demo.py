"""The main job: the spec's example traces sent to the embedded mock collector, by the CLI and by
the Python client, then what the mock recorded. Run with scripts/demo."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import langwatch_collector as lc
from examples import send_trace
from langwatch_collector._generated.spec import DOCUMENT
from langwatch_collector.testing import MockCollector


def example_traces(folder: Path) -> list[Path]:
    """The spec's request examples, their timestamps moved to now (the server drops 31-day-old spans)."""
    examples = DOCUMENT["paths"]["/api/collector"]["post"]["requestBody"]["content"]["application/json"]["examples"]
    now = lc.now_millis()
    paths = []
    for name, example in examples.items():
        trace = json.loads(json.dumps(example["value"]))
        for span in trace.get("spans", []):
            shift = now - 60_000 - span["timestamps"]["started_at"]
            for key in ("started_at", "finished_at", "first_token_at"):
                if key in span["timestamps"]:
                    span["timestamps"][key] += shift
        path = folder / f"{name}.json"
        path.write_text(json.dumps(trace, indent=2), encoding="utf-8")
        paths.append(path)
    return paths


def heading(text: str) -> None:
    print(f"\n== {text}", flush=True)


def main() -> int:
    with tempfile.TemporaryDirectory() as scratch, MockCollector() as mock:
        os.environ.update(LANGWATCH_ENDPOINT=mock.url, LANGWATCH_API_KEY="demo-key")
        heading(f"mock collector listening on {mock.url}")
        traces = example_traces(Path(scratch))
        heading(f"langwatch-collector send ({len(traces)} example traces from openapi/collector.yaml)")
        cli = [sys.executable, "-m", "langwatch_collector", "send", *(path.name for path in traces)]
        sent = subprocess.run(cli, cwd=scratch, check=False)
        heading("the Python client (examples/send_trace.py)")
        client_code = send_trace.main()
        heading("what the mock recorded")
        for request in mock.requests:
            body = request.body if isinstance(request.body, dict) else {}
            spans = len(body.get("spans") or [])
            evaluations = len(body.get("evaluations") or [])
            print(
                f"{request.method} {request.path} X-Auth-Token={request.headers.get('X-Auth-Token')} "
                f"trace={body.get('trace_id')} spans={spans} evaluations={evaluations} -> {request.status} "
                f"{json.dumps(request.response)}"
            )
        heading("mock collector stopped")
    return 0 if sent.returncode == 0 and client_code == 0 else 1


if __name__ == "__main__":
    raise SystemExit(main())
