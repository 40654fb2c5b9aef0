"""The shared conformance corpus (`../shared/conformance/cases.jsonl`), loaded for tests.

A hook for every test that measures the package against the server's recorded answers: the
client's parse verdict and lossless round trip (tests/test_conformance.py) and the mock's
status (its own test). The corpus README defines the measures; they are implemented here once.
"""

from __future__ import annotations

import base64
import functools
import json
import math
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

CASES_PATH = Path(__file__).resolve().parents[2] / "shared" / "conformance" / "cases.jsonl"
ALL_CASES = 1873


@dataclass(frozen=True)
class Case:
    id: str
    source: str
    origin: str
    body: Any
    body_base64: str | None
    headers: dict[str, str] | None
    status: int
    response: Any
    normalized: dict[str, Any] | None

    @property
    def raw(self) -> bytes:
        """The request's exact bytes (a larger Content-Length means trailing spaces)."""
        data = base64.b64decode(self.body_base64) if self.body_base64 is not None else json.dumps(self.body).encode()
        length = int((self.headers or {}).get("Content-Length", len(data)))
        return data + b" " * max(0, length - len(data))

    @property
    def about_transport(self) -> bool:
        """Headers decide the answer before the body is read: no usable credentials, or not JSON."""
        if self.status == 401:
            return True
        headers = self.headers
        return headers is not None and "application/json" not in headers.get("Content-Type", "")

    @property
    def server_accepts(self) -> bool:
        """The corpus' verdict: 200, or a 429 for too many spans/evaluations (a client splits)."""
        if self.status == 200:
            return True
        message = self.response.get("message", "") if isinstance(self.response, dict) else ""
        return self.status == 429 and message.startswith(("Too many spans", "Too many evaluations"))


@functools.lru_cache(maxsize=1)
def load_cases() -> tuple[Case, ...]:
    """Every case of the corpus; the test fails (not skips) when the file is missing."""
    if not CASES_PATH.is_file():
        pytest.fail(f"the conformance corpus is missing: expected {CASES_PATH} (the shared checkout beside this repo)")
    cases = []
    with CASES_PATH.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                item = json.loads(line)
                cases.append(
                    Case(
                        id=item["id"],
                        source=item["source"],
                        origin=item["origin"],
                        body=item["body"],
                        body_base64=item.get("body_base64"),
                        headers=item.get("headers"),
                        status=item["status"],
                        response=item["response"],
                        normalized=item.get("normalized"),
                    )
                )
    return tuple(cases)


def body_cases() -> list[Case]:
    """The cases judged on their body (the parse verdict's denominator)."""
    return [case for case in load_cases() if not case.about_transport]


def comparable(value: Any) -> Any:
    """A JSON value as the corpus compares it: null-valued keys dropped, numbers as doubles.

    Iterative: the corpus holds a value nested 604 levels deep, which the server accepts.
    """
    root: list[Any] = [None]
    stack: list[tuple[Any, Any, Any]] = [(value, root, 0)]
    while stack:
        item, parent, key = stack.pop()
        if isinstance(item, dict):
            copy: dict[str, Any] = {}
            parent[key] = copy
            for name, child in item.items():
                if child is not None:
                    stack.append((child, copy, name))
        elif isinstance(item, list):
            items: list[Any] = [None] * len(item)
            parent[key] = items
            stack.extend((child, items, index) for index, child in enumerate(item))
        else:
            parent[key] = _comparable_leaf(item)
    return root[0]


def _comparable_leaf(value: Any) -> Any:
    if isinstance(value, bool) or value is None or isinstance(value, str):
        return value
    if isinstance(value, (int, float)):
        number = float(value)
        return "NaN" if math.isnan(number) else number
    return value


def expected_round_trip(case: Case, *, written: dict[str, Any]) -> tuple[Any, Any]:
    """(what the client wrote, `normalized`), both comparable, minus what the server adds itself."""
    assert case.normalized is not None
    expected = dict(case.normalized)
    actual = dict(written)
    for key, empty in (("metadata", {}), ("spans", [])):
        if expected.get(key) == empty and key not in actual:
            del expected[key]
    original = _original_evaluations(case)
    if "evaluations" in expected and original is not None:
        expected["evaluations"] = [
            {
                key: item
                for key, item in evaluation.items()
                if not (key in ("evaluation_id", "evaluator_id") and _lacks(original, index, key))
            }
            for index, evaluation in enumerate(expected["evaluations"])
        ]
    return comparable(actual), comparable(expected)


def _original_evaluations(case: Case) -> list[Any] | None:
    body = case.body
    if body is None:
        try:
            body = json.loads(case.raw.decode("utf-8", "replace").lstrip("\ufeff"))
        except ValueError:
            return None
    evaluations = body.get("evaluations") if isinstance(body, dict) else None
    return evaluations if isinstance(evaluations, list) else None


def _lacks(evaluations: list[Any], index: int, key: str) -> bool:
    evaluation = evaluations[index] if index < len(evaluations) else None
    return not isinstance(evaluation, dict) or evaluation.get(key) is None
