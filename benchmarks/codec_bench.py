"""Encode and decode speed of the generated codec, side by side with pydantic v2 and msgspec.

Run with scripts/bench. Each figure is the best of several repeats, in microseconds per
operation; ratios compare figures from this one run (the machine is shared and noisy).
"""

from __future__ import annotations

import argparse
import timeit
from collections.abc import Callable
from typing import Any

import msgspec

import langwatch_collector as lc
from benchmarks import peers
from langwatch_collector import codec, models

NOW_MS = lc.now_millis()  # fresh timestamps: the client warns about spans older than 31 days


def typical_span(index: int = 0) -> dict[str, Any]:
    return {
        "type": "llm",
        "span_id": f"span-{index}",
        "parent_id": "span-root",
        "trace_id": "trace-1",
        "name": "chat-completion",
        "vendor": "openai",
        "model": "gpt-4o-mini",
        "input": {
            "type": "chat_messages",
            "value": [
                {"role": "system", "content": "You are a helpful assistant."},
                {"role": "user", "content": "What is the capital of France? Answer in one word."},
            ],
        },
        "output": {"type": "chat_messages", "value": [{"role": "assistant", "content": "Paris."}]},
        "timestamps": {"started_at": NOW_MS - 1000, "first_token_at": NOW_MS - 700, "finished_at": NOW_MS},
        "metrics": {"prompt_tokens": 31, "completion_tokens": 2, "cost": 0.000021},
        "params": {"temperature": 0.2, "max_tokens": 64, "stream": False},
    }


def trace(span_count: int) -> dict[str, Any]:
    return {
        "trace_id": "trace-1",
        "spans": [typical_span(index) for index in range(span_count)],
        "metadata": {"user_id": "user-1", "thread_id": "thread-1", "labels": ["bench"]},
    }


def best_microseconds(operation: Callable[[], object], number: int, repeat: int) -> float:
    return min(timeit.repeat(operation, number=number, repeat=repeat)) / number * 1e6


def measure(document: dict[str, Any], number: int, repeat: int) -> dict[str, float]:
    encoded = codec.dumps(document)
    ours = lc.parse(encoded)
    theirs = peers.PRequest.model_validate_json(encoded)
    struct = msgspec.json.decode(encoded, type=peers.MRequest)
    operations: dict[str, Callable[[], object]] = {
        "encode: langwatch_collector.serialize (validated)": lambda: lc.serialize(ours),
        "encode: langwatch_collector.serialize(validate=False)": lambda: lc.serialize(ours, validate=False),
        "encode: pydantic v2 model_dump_json": lambda: theirs.model_dump_json(exclude_none=True),
        "encode: msgspec": lambda: msgspec.json.encode(struct),
        "decode: langwatch_collector.parse": lambda: lc.parse(encoded),
        "decode: pydantic v2 model_validate_json": lambda: peers.PRequest.model_validate_json(encoded),
        "decode: msgspec": lambda: msgspec.json.decode(encoded, type=peers.MRequest),
    }
    return {name: best_microseconds(operation, number, repeat) for name, operation in operations.items()}


def report(title: str, figures: dict[str, float]) -> None:
    print(f"\n{title}")
    for direction in ("encode", "decode"):
        pydantic_figure = next(v for k, v in figures.items() if k.startswith(f"{direction}: pydantic"))
        for name, micros in figures.items():
            if name.startswith(direction):
                ratio = pydantic_figure / micros
                print(f"  {name:58s} {micros:10.2f} µs   {ratio:5.2f}x pydantic's speed")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="fewer repeats (for a smoke run)")
    args = parser.parse_args(argv)
    repeat = 2 if args.quick else 7
    print(f"JSON backend: {codec.JSON_BACKEND}")
    assert isinstance(lc.parse(codec.dumps(trace(1))), models.CollectorRequest)
    report("one typical LLM span", measure(trace(1), number=200 if args.quick else 2000, repeat=repeat))
    report("a 200-span trace", measure(trace(200), number=2 if args.quick else 20, repeat=repeat))


if __name__ == "__main__":
    main()
