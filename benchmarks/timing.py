"""Interleaved rounds: the one timing method of the benchmarks' in-process figures.

In each round every contestant runs one sample (a batch of calls lasting about `sample_seconds`,
inside its context if it has one, with the garbage collector paused as timeit does), in an order
that rotates from round to round. A figure is the median over rounds of the time per call; a
ratio is the median over rounds of the ratio within the round, so a busy spell of the shared
machine weighs on both sides of it alike. Times are the calling thread's CPU time
(`time.thread_time`): the time the machine gives other processes in the middle of a sample is not
counted (wall-clock samples cannot avoid that on two cores shared by several jobs), nor is the
work of background threads (an exporter's workers, OpenTelemetry's batch processor), which the
app-thread figures must leave out.
"""

from __future__ import annotations

import gc
import statistics
import time
from collections.abc import Callable
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass

Operation = Callable[[], object]


@dataclass(frozen=True)
class Contestant:
    operation: Operation
    within: Callable[[], AbstractContextManager[object]] = nullcontext  # entered around each sample


def per_call(contestant: Contestant, number: int) -> float:
    """CPU seconds of this thread per call, over `number` calls."""
    operation = contestant.operation
    with contestant.within():
        enabled = gc.isenabled()
        gc.disable()
        try:
            started = time.thread_time()
            for _ in range(number):
                operation()
            return (time.thread_time() - started) / number
        finally:
            if enabled:
                gc.enable()


def calls_per_sample(contestant: Contestant, sample_seconds: float) -> int:
    """How many calls make one sample of about `sample_seconds` (at least one)."""
    number = 1
    while True:
        spent = per_call(contestant, number) * number
        if spent >= sample_seconds / 4 or number >= 1_000_000:
            return max(1, round(number * sample_seconds / max(spent, 1e-9)))
        number *= 4


def interleaved(
    contestants: dict[str, Contestant | Operation], rounds: int, sample_seconds: float
) -> dict[str, list[float]]:
    """Time per call of each contestant, one sample per round each, in a rotating order."""
    given = {name: c if isinstance(c, Contestant) else Contestant(c) for name, c in contestants.items()}
    for contestant in given.values():  # warm up: caches, lazy imports
        per_call(contestant, 3)
    numbers = {name: calls_per_sample(contestant, sample_seconds) for name, contestant in given.items()}
    names = list(given)
    samples: dict[str, list[float]] = {name: [] for name in names}
    for round_index in range(rounds):
        shift = round_index % len(names)
        for name in names[shift:] + names[:shift]:
            samples[name].append(per_call(given[name], numbers[name]))
    return samples


def median_ratio(numerators: list[float], denominators: list[float]) -> float:
    """The median over rounds of numerator ÷ denominator within each round."""
    return statistics.median(top / bottom for top, bottom in zip(numerators, denominators, strict=True))
