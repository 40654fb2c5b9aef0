"""The codec beside its peer, in issue 10's terms: one table, one run (scripts/bench).

Rows: encode one LLM span and 200 spans (validated: `lc.serialize` of a ready model; the peer's
models were validated when built, so it only writes), build the models and the validated bytes of
one span, decode and validate one span and 200 spans (`lc.parse` of the bytes), the cost of
`import langwatch_collector` in a fresh process, and the wall time of `scripts/generate --check`
(it renders the whole package, as `scripts/generate` does, without writing into the tree).

The peer is `benchmarks/peers.py`: pydantic v2 models that do the client's validation work
(tests/test_bench_peers.py proves it). Before timing, each row checks that both sides agree on
the bytes or the model, so a row never compares different work. The orjson column is the floor:
the same bytes written from a ready dict, or parsed without any validation.

No msgspec column: msgspec's Structs drop unknown keys (the spec keeps them in chat messages,
content parts, params and custom metadata) and have no first-match union of objects (spans,
content parts), so a msgspec model of this contract would be hand-written Python around msgspec,
and the column would time that glue. The narrow msgspec models this bench had did far less work
than the client.

Method: interleaved rounds (benchmarks/timing.py: medians over rounds, in CPU time, of samples
of about `--sample-ms` each); a ratio is the peer's time ÷ ours (higher is better for us), the
median of the ratios within each round. The import row runs the two imports in alternating fresh
processes and times each by its CPU time (user + system); the generate row is wall-clock time.
Only the package's public API is used (`lc.serialize`, `lc.parse`, `lc.models`), so the bench
outlives changes to the codec; the one exception is the floor row (benchmarks/floor.py: a
hand-specialised encoder for this trace's shape that does only the work no validating encoder
can skip), which runs the route's rules and the JSON writer as `lc.serialize` does.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import resource
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

import pydantic

import langwatch_collector as lc
from benchmarks import documents, floor, peers
from benchmarks.timing import Contestant, Operation, interleaved, median_ratio
from langwatch_collector import fast_reading, jsontext, models

ROOT = Path(__file__).resolve().parent.parent
PEER = "pydantic v2"
FLOOR = "orjson (floor)"


@dataclass
class Row:
    name: str
    target: str  # issue 10's target, in the table's terms (peer ÷ ours)
    minimum: float | None  # the ratio that meets it (None: a reference row, no target)
    ours: Operation
    others: dict[str, Operation] = field(default_factory=dict)


@dataclass
class Result:
    name: str
    target: str
    minimum: float | None
    ratio: float
    seconds: dict[str, float]  # contestant -> median time per call
    unit: str = "us"


# -- timing (benchmarks/timing.py) ---------------------------------------------------------------


def summarize(row: Row, samples: dict[str, list[float]], peer: str = PEER, unit: str = "us") -> Result:
    return Result(
        name=row.name,
        target=row.target,
        minimum=row.minimum,
        ratio=median_ratio(samples[peer], samples["ours"]),
        seconds={name: statistics.median(values) for name, values in samples.items()},
        unit=unit,
    )


# -- the rows ------------------------------------------------------------------------------------------


def _orjson() -> Any:
    if importlib.util.find_spec("orjson") is None:
        return None
    import orjson

    return orjson


def _comparable(data: bytes | str) -> Any:
    """JSON as the corpus compares it: numbers as doubles (the peer writes 31 as 31.0)."""
    return json.loads(data, parse_int=float)


def codec_rows() -> list[Row]:
    orjson = _orjson()
    rows = []
    for count in (1, 200):
        document = documents.trace(count)
        body = json.dumps(document, separators=(",", ":")).encode()
        ours_model = lc.parse(body)
        peer_model = peers.load_json(body)
        written = lc.serialize(ours_model)
        assert _comparable(written) == _comparable(peers.dump_json(peer_model)) == _comparable(body)
        what = "one LLM span" if count == 1 else f"{count} spans"
        encode = Row(
            f"encode {what}, validated",
            ">= 2.0x",
            2.0,
            ours=partial(lc.serialize, ours_model),
            others={PEER: partial(peers.dump_json, peer_model)},
        )
        decode = Row(
            f"decode + validate {what}",
            ">= 1.2x",
            1.2,
            ours=partial(lc.parse, body),
            others={PEER: partial(peers.load_json, body)},
        )
        if orjson is not None:
            encode.others[FLOOR] = partial(orjson.dumps, document)
            decode.others[FLOOR] = partial(orjson.loads, body)
        rows.append(encode)
        if count == 1:
            rows.append(
                Row(
                    "encode one LLM span, validate=False",
                    "(reference: unchecked)",
                    None,
                    ours=partial(lc.serialize, ours_model, validate=False),
                    others={PEER: partial(peers.dump_json, peer_model)},
                )
            )
            rows.append(_floor_row(ours_model, peer_model, written))
            ours_built, peer_built = documents.build_trace(models), documents.build_trace(peers)
            assert (
                _comparable(lc.serialize(ours_built)) == _comparable(peers.dump_json(peer_built)) == _comparable(body)
            )
            rows.append(
                Row(
                    "build the models + validated bytes, one span",
                    ">= 2.5x",
                    2.5,
                    ours=lambda: lc.serialize(documents.build_trace(models)),
                    others={PEER: lambda: peers.dump_json(documents.build_trace(peers))},
                )
            )
        rows.append(decode)
    return sorted(rows, key=lambda row: (not row.name.startswith("encode"), not row.name.startswith("build")))


def _floor_row(ours_model: Any, peer_model: Any, written: bytes) -> Row:
    """A hand-specialised floor (benchmarks/floor.py): one function for this trace's shape, the
    route's rules and the same JSON writer, as `lc.serialize` runs them."""
    encode = floor.encoder_for(ours_model)

    def floor_bytes() -> bytes:
        document = encode(ours_model)
        fast_reading.judge_request(document)
        return jsontext.dumps(document, known_finite=True)

    assert _comparable(floor_bytes()) == _comparable(written)  # the same document (its keys in field order)
    return Row(
        "encode one LLM span, pure-Python floor",
        "(reference: ceiling)",
        None,
        ours=floor_bytes,
        others={PEER: partial(peers.dump_json, peer_model)},
    )


# Bytecode is written and read as an installed wheel's is (pip compiles it at install), even
# where the environment says otherwise: else every import of our source would be a compile.
_WITH_BYTECODE = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}


def _child_cpu_seconds(command: list[str]) -> float:
    """User + system CPU time of one run of `command` (a fresh process, start to exit)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run(command, check=True, env=_WITH_BYTECODE)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


# What a program pays before it can send: the package's names load on first use, so the bare
# import is cheap by design and the row below it is the honest comparison with pydantic + httpx.
READY_TO_SEND = "import langwatch_collector as lc; lc.models.LLMSpan; lc.serialize; lc.parse; lc.CollectorClient"


def import_cost(runs: int) -> list[Result]:
    """`import langwatch_collector` (and the same, ready to build, check and send a trace) against
    `import pydantic, httpx`, each a whole fresh process, interleaved."""
    commands = {
        "ours": [sys.executable, "-c", "import langwatch_collector"],
        "ours, ready to send": [sys.executable, "-c", READY_TO_SEND],
        "pydantic, httpx": [sys.executable, "-c", "import pydantic, httpx"],
    }
    for command in commands.values():  # compile and cache the bytecode before timing
        subprocess.run(command, check=True, env=_WITH_BYTECODE)
    samples: dict[str, list[float]] = {name: [] for name in commands}
    names = list(commands)
    for run in range(runs):
        for name in names[run % len(names) :] + names[: run % len(names)]:
            samples[name].append(_child_cpu_seconds(commands[name]))
    target = ">= 1.25x (ours <= 0.8x)"
    bare = Row("import langwatch_collector, whole process", target, 1.25, ours=lambda: None)
    ready = Row("  ... and load what sending a trace needs", target, 1.25, ours=lambda: None)
    peer = samples["pydantic, httpx"]
    return [
        summarize(bare, {"ours": samples["ours"], "pydantic, httpx": peer}, peer="pydantic, httpx", unit="ms"),
        summarize(
            ready, {"ours": samples["ours, ready to send"], "pydantic, httpx": peer}, peer="pydantic, httpx", unit="ms"
        ),
    ]


def generate_time(runs: int) -> Result:
    """Wall-clock seconds of `scripts/generate --check` (the target's terms); its CPU time, which a
    busy machine does not inflate, is printed before the table."""
    command = [str(ROOT / "scripts" / "generate"), "--check"]
    walls, cpus = [], []
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        started = time.perf_counter()
        outcome = subprocess.run(command, cwd=ROOT, capture_output=True, env={**os.environ}, check=False)
        walls.append(time.perf_counter() - started)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpus.append((after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime))
        if outcome.returncode != 0:
            print(f"  (scripts/generate --check exited {outcome.returncode}: {outcome.stdout.decode()[-200:]})")
    median = statistics.median(walls)
    print(f"  (scripts/generate --check: {runs} runs, median wall {median:.2f} s, CPU {statistics.median(cpus):.2f} s)")
    name = "scripts/generate --check (renders everything)"
    return Result(name, "< 2 s wall", 1.0, 2.0 / median, {"ours": median}, "s")


# -- the table ---------------------------------------------------------------------------------------------

SCALE = {"us": 1e6, "ms": 1e3, "s": 1.0}


def _figure(seconds: float | None, unit: str) -> str:
    if seconds is None:
        return ""
    value = seconds * SCALE[unit]
    return f"{value:.3g} {unit}" if value < 100 else f"{value:.0f} {unit}"


def print_table(results: list[Result]) -> None:
    header = f"  {'':46s} {'ours':>10s} {'peer':>10s} {'floor':>10s}  {'peer/ours':>9s}  {'target':22s} met"
    print(header)
    for result in results:
        met: bool | None
        peer = next((seconds for name, seconds in result.seconds.items() if name not in ("ours", FLOOR)), None)
        if result.unit == "s":
            ratio, met = f"{result.seconds['ours']:.2f} s", result.seconds["ours"] < 2.0
        else:
            ratio, met = f"{result.ratio:8.2f}x", None if result.minimum is None else result.ratio >= result.minimum
        print(
            f"  {result.name:46s} {_figure(result.seconds['ours'], result.unit):>10s} {_figure(peer, result.unit):>10s}"
            f" {_figure(result.seconds.get(FLOOR), result.unit):>10s}  {ratio:>9s}  {result.target:22s} "
            f"{'' if met is None else 'yes' if met else 'no'}"
        )


def main(argv: list[str] | None = None) -> list[Result]:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="fewer rounds: a stable smoke run in about 20 s")
    parser.add_argument("--rounds", type=int, help="interleaved rounds per row (default 101, --quick 41)")
    parser.add_argument("--sample-ms", type=float, help="length of one sample in ms (default 5, --quick 2)")
    parser.add_argument("--import-runs", type=int, help="fresh processes per import (default 41, --quick 15)")
    parser.add_argument("--only-codec", action="store_true", help="skip the import and generate rows")
    args = parser.parse_args(argv)
    rounds = args.rounds or (41 if args.quick else 101)
    sample_seconds = (args.sample_ms or (2 if args.quick else 5)) / 1000
    import_runs = args.import_runs or (15 if args.quick else 41)
    print(
        f"codec vs {PEER} {pydantic.VERSION} full-fidelity models (benchmarks/peers.py); orjson "
        f"{'installed' if _orjson() else 'absent'}; medians of {rounds} interleaved rounds, "
        f"ratio = peer time / ours (higher is better)"
    )
    results = []
    for row in codec_rows():
        contestants: dict[str, Contestant | Operation] = {"ours": row.ours, **row.others}
        results.append(summarize(row, interleaved(contestants, rounds, sample_seconds)))
    if not args.only_codec:
        results.extend(import_cost(import_runs))
        results.append(generate_time(3 if args.quick else 5))
    print_table(results)
    return results


if __name__ == "__main__":
    main()
