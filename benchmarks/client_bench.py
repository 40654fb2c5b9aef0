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
from statistics import median

import urllib3

import langwatch_collector as lc
from benchmarks.documents import trace
from benchmarks.timing import median_ratio

CURL = "one curl process per trace"


def rates(senders: dict[str, Callable[[], object]], count: int, rounds: int = 20) -> dict[str, list[float]]:
    """Traces per second of each sender in each of `rounds` interleaved rounds (wall-clock: the
    sink is another process), in an order that rotates, so that a busy spell of this shared
    machine weighs on all of them alike."""
    per_round = max(1, count // rounds)
    names = list(senders)
    samples: dict[str, list[float]] = {name: [] for name in names}
    for round_index in range(rounds):
        shift = round_index % len(names)
        for name in names[shift:] + names[:shift]:
            send = senders[name]
            started = time.perf_counter()
            for _ in range(per_round):
                send()
            samples[name].append(per_round / (time.perf_counter() - started))
    return samples


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args(argv)
    count, curl_count = (600, 40) if args.quick else (3000, 200)
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
                curl = rates({CURL: lambda: subprocess.run(command, check=True)}, curl_count)
                figures.update(curl)
        floor = figures["raw urllib3, pre-encoded bytes"]
        print(f"one-span LLM traces to a local keep-alive sink, medians of {len(floor)} interleaved rounds")
        for name, per_second in figures.items():
            # curl has rounds of its own: its ratio is of the medians
            ratio = (
                median_ratio(per_second, floor) if len(per_second) == len(floor) else median(per_second) / median(floor)
            )
            print(f"  {name:34s} {median(per_second):9.0f} traces/s   {ratio:5.2f}x raw urllib3")
    finally:
        sink.terminate()
        sink.wait()


if __name__ == "__main__":
    main()
