"""Traces per second sent to a local keep-alive sink, side by side in one run:

- CollectorClient.collect (validate, serialise, send, parse the answer);
- raw urllib3 posting pre-encoded bytes (the floor: no validation, no parsing);
- one `curl` process per trace (the REST guide's way).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import urllib3

import langwatch_collector as lc
from benchmarks.documents import trace


def rates(senders: dict[str, Callable[[], object]], count: int, rounds: int = 10) -> dict[str, float]:
    """Traces per second for each sender, measured in interleaved rounds so that a busy spell
    of this shared machine weighs on all of them alike."""
    spent = dict.fromkeys(senders, 0.0)
    per_round = max(1, count // rounds)
    for _ in range(rounds):
        for name, send in senders.items():
            started = time.perf_counter()
            for _ in range(per_round):
                send()
            spent[name] += time.perf_counter() - started
    return {name: per_round * rounds / seconds for name, seconds in spent.items()}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args(argv)
    count, curl_count = (200, 20) if args.quick else (3000, 200)
    sink = subprocess.Popen([sys.executable, "-m", "benchmarks.sink"], stdout=subprocess.PIPE, text=True)
    try:
        assert sink.stdout is not None
        url = f"http://127.0.0.1:{sink.stdout.readline().strip()}"
        document = trace(1)
        request = lc.parse(document)
        body = lc.serialize(request)
        headers = {"Content-Type": "application/json", "X-Auth-Token": "bench-key"}
        pool = urllib3.PoolManager(retries=False)
        target = url + "/api/collector"
        client = lc.CollectorClient(api_key="bench-key", endpoint=url)
        for _ in range(50):  # warm both connections
            pool.request("POST", target, body=body, headers=headers)
            client.collect(request)
        figures = rates(
            {
                "raw urllib3, pre-encoded bytes": lambda: pool.request("POST", target, body=body, headers=headers),
                "CollectorClient.collect": lambda: client.collect(request),
            },
            count,
        )
        if shutil.which("curl"):
            with tempfile.TemporaryDirectory() as scratch:
                path = Path(scratch) / "trace.json"
                path.write_bytes(body)
                command = [
                    "curl",
                    "-s",
                    "-o",
                    os.devnull,
                    "-X",
                    "POST",
                    target,
                    "-H",
                    "Content-Type: application/json",
                    "-H",
                    "X-Auth-Token: bench-key",
                    "--data-binary",
                    f"@{path}",
                ]
                curl = rates({"one curl process per trace": lambda: subprocess.run(command, check=True)}, curl_count)
                figures.update(curl)
        floor = figures["raw urllib3, pre-encoded bytes"]
        print("one-span LLM traces to a local keep-alive sink")
        for name, per_second in figures.items():
            print(f"  {name:34s} {per_second:9.0f} traces/s   {per_second / floor:5.2f}x raw urllib3")
    finally:
        sink.terminate()
        sink.wait()


if __name__ == "__main__":
    main()
