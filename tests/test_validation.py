"""The validator reads an OpenAPI document as it is: references, annotations, units, laziness."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from typing import Any

import pytest

from langwatch_collector import contract, validation
from langwatch_collector.validation import Validator


def _document(**schemas: Any) -> dict[str, Any]:
    return {"openapi": "3.1.0", "components": {"schemas": schemas}}


def test_the_document_is_loaded_on_first_use_and_only_once() -> None:
    loads: list[int] = []

    def load() -> dict[str, Any]:
        loads.append(1)
        return _document(Name={"type": "string", "description": "a name"})

    validator = Validator(load)
    assert loads == []
    assert validator.is_valid("Name", "x")
    assert validator.errors("Name", 1, "name") == [("name", "expected str, got int")]
    assert loads == [1]


def test_importing_the_package_loads_neither_the_spec_document_nor_a_schema_copy() -> None:
    code = (
        "import sys, langwatch_collector\n"
        "print(sorted(name for name in sys.modules if name.startswith('langwatch_collector._')))"
    )
    loaded = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120)
    assert "langwatch_collector._generated.spec" not in loaded.stdout
    assert "langwatch_collector._generated.schemas" not in loaded.stdout


def test_references_are_json_pointers_into_the_document() -> None:
    document = _document(
        Pair={
            "type": "object",
            "required": ["left"],
            "properties": {
                "left": {"$ref": "#/components/schemas/Side"},
                "right": {"$ref": "#/x-shared/a~1b"},  # `~1` is `/` in a JSON pointer
            },
        },
        Side={"type": "integer"},
    )
    document["x-shared"] = {"a/b": {"type": "boolean"}}
    validator = Validator(document)
    assert validator.is_valid("Pair", {"left": 1, "right": True})
    assert validator.errors("Pair", {"left": "1", "right": 0}) == [
        ("left", "expected int, got str"),
        ("right", "expected bool, got int"),
    ]
    assert validator.resolve("#/components/schemas/Side") == {"type": "integer"}


def test_annotations_do_not_change_a_verdict_or_a_message() -> None:
    plain = Validator(_document(Maybe={"oneOf": [{"type": "string"}, {"type": "null"}]}))
    annotated = Validator(
        _document(
            Maybe={
                "title": "maybe",
                "description": "a string or nothing",
                "oneOf": [
                    {"type": "string", "examples": ["x"], "description": "the string"},
                    {"type": "null", "description": "nothing", "default": None},
                ],
            }
        )
    )
    values: list[Any] = ["x", None, 1, [], {}]
    for value in values:
        assert annotated.errors("Maybe", value, "m") == plain.errors("Maybe", value, "m")
        assert annotated.is_valid("Maybe", value) == plain.is_valid("Maybe", value)
    assert annotated.errors("Maybe", 1, "m") == [("m", "expected str or null, got int")]


def test_a_schema_that_refers_to_itself_validates_nested_values() -> None:
    tree = {
        "type": "object",
        "required": ["name"],
        "properties": {
            "name": {"type": "string"},
            "children": {"type": "array", "items": {"$ref": "#/components/schemas/Tree"}},
        },
    }
    validator = Validator(_document(Tree=tree))
    good = {"name": "a", "children": [{"name": "b", "children": [{"name": "c"}]}]}
    bad = {"name": "a", "children": [{"name": "b", "children": [{"name": 3}]}]}
    assert validator.is_valid("Tree", good)
    assert not validator.is_valid("Tree", bad)
    assert validator.errors("Tree", bad) == [("children[0].children[0].name", "expected str, got int")]


def test_a_unit_states_its_own_problem_through_the_given_words() -> None:
    document = _document(Stamp={"type": "number", "x-unit": "epoch-milliseconds"})
    nan = float("nan")
    assert Validator(document).errors("Stamp", nan) == [("", "expected number, got float")]
    worded = Validator(document, unit_problems={"epoch-milliseconds": lambda value: f"not a time: {value}"})
    assert worded.errors("Stamp", nan) == [("", "not a time: nan")]


def test_the_package_validator_words_epoch_milliseconds_as_the_servers_rule() -> None:
    problems = contract.VALIDATOR.errors("SpanTimestamps", {"started_at": float("nan"), "finished_at": 1})
    assert problems == [("started_at", "must be epoch milliseconds, written with 13 characters, got NaN")]


def test_the_boolean_mode_stops_at_the_first_problem() -> None:
    seen: list[object] = []

    class Probe(dict[str, Any]):
        def items(self) -> Any:
            seen.append("items")
            return super().items()

    validator = Validator(
        _document(Closed={"type": "object", "required": ["a"], "additionalProperties": False, "properties": {}})
    )
    assert not validator.is_valid("Closed", Probe(b=1))  # `a` is missing: the keys are never walked
    assert seen == []
    assert validator.errors("Closed", Probe(b=1)) == [("a", "missing (required)"), ("b", "unknown field")]
    assert seen == ["items"]


def test_the_generator_and_the_validator_share_one_annotation_list() -> None:
    assert {"description", "examples", "title"} <= validation.ANNOTATIONS
    assert not validation.ANNOTATIONS & validation.SUPPORTED_KEYWORDS


def _first_use_by_threads(good: Any, bad: Any, threads: int) -> list[object]:
    """What each of `threads` threads gets from a fresh validator they all call at once."""
    validator = Validator(contract.document())
    barrier = threading.Barrier(threads)
    outcomes: list[object] = []

    def check() -> None:
        barrier.wait(timeout=30)
        try:
            outcomes.append((validator.is_valid("CollectorRequest", good), validator.errors("CollectorRequest", bad)))
        except RecursionError as error:  # a half-built predicate calling itself
            outcomes.append(error)

    workers = [threading.Thread(target=check) for _ in range(threads)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(timeout=60)
    return outcomes


def test_threads_meeting_a_fresh_validator_get_the_same_verdicts_as_one_thread() -> None:
    """Plans and predicates are built on first use: threads arriving together (the exporter's
    workers) must never see one half built."""
    span = {"span_id": "s", "type": "llm", "timestamps": {"started_at": 1, "finished_at": 2}}
    good = {"trace_id": "t", "spans": [span]}
    bad = {"trace_id": "t", "spans": [{"span_id": 5, "type": "llm", "timestamps": {"started_at": 1}}]}
    expected = Validator(contract.document()).errors("CollectorRequest", bad)
    assert expected
    for _ in range(5):  # bounded: each round is a fresh validator met by 8 threads at once
        assert _first_use_by_threads(good, bad, 8) == [(True, expected)] * 8


FORK_DURING_FIRST_USE = """
import os, signal, threading
from langwatch_collector.validation import Validator

loading, release = threading.Event(), threading.Event()

def load():
    loading.set()
    release.wait(10)  # the first use is still loading the document when the process forks
    return {"components": {"schemas": {"Name": {"type": "string"}}}}

validator = Validator(load)
first_use = threading.Thread(target=validator.is_valid, args=("Name", "x"))
first_use.start()
loading.wait(10)
threading.Timer(0.3, release.set).start()
pid = os.fork()
if pid == 0:
    signal.alarm(10)  # a child stuck on a lock no thread holds dies instead of hanging
    os._exit(0 if validator.is_valid("Name", "y") and not validator.is_valid("Name", 1) else 1)
_, status = os.waitpid(pid, 0)
first_use.join(10)
print("child", os.waitstatus_to_exitcode(status))
"""


@pytest.mark.skipif(not hasattr(os, "fork"), reason="os.fork is POSIX only")
def test_a_fork_during_first_use_gives_the_child_a_working_validator() -> None:
    done = subprocess.run(
        [sys.executable, "-c", FORK_DURING_FIRST_USE], capture_output=True, text=True, timeout=60, check=False
    )
    assert done.stdout.strip().splitlines()[-1:] == ["child 0"], done.stderr
