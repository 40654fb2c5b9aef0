"""The seconds-versus-milliseconds heuristic: one rule (timestamps.py), the same for every user.

The server takes a timestamp that JavaScript writes with 13 characters: among positive whole
numbers, 10**12 to 10**13 - 1 (2001-09-09 to 2286-11-20 in milliseconds). The other units are
the same window scaled: 10 digits seconds, 16 microseconds, 19 nanoseconds.
"""

from __future__ import annotations

from typing import Any

import pytest

import langwatch_collector as lc
from langwatch_collector import javascript, server_reading, timestamps
from langwatch_collector.cli import upgrade

EDGES: list[tuple[Any, str | None]] = [
    (999_999_999, None),  # 9 digits: 1970s seconds, before the window
    (10**9, "seconds"),
    (1617981376, "seconds"),
    (1706628806.25, "seconds"),  # 13 characters: the server takes it (as a 1970 time); upgrade fixes it
    (10**10 - 1, "seconds"),
    (10**10, None),  # 11 digits: neither seconds nor milliseconds of the window
    (10**12 - 1, None),
    (10**12, "milliseconds"),
    (1706628806000.5, "milliseconds"),  # in the window, though the server refuses the fraction
    (10**13 - 1, "milliseconds"),
    (10**13, None),
    (10**15 - 1, None),
    (10**15, "microseconds"),
    (10**16 - 1, "microseconds"),
    (10**16, None),
    (10**18, "nanoseconds"),
    (10**19 - 1, "nanoseconds"),
    (10**19, None),
    (-1617981376, None),
    (0, None),
    (True, None),
    ("1617981376", None),
    (None, None),
]


@pytest.mark.parametrize(("value", "unit"), EDGES, ids=[repr(value) for value, _ in EDGES])
def test_the_apparent_unit_at_the_edges_of_each_window(value: Any, unit: str | None) -> None:
    assert timestamps.apparent_unit(value) == unit


@pytest.mark.parametrize("value", [10**12 - 1, 10**12, 10**13 - 1, 10**13, 1706628806000, 1617981376])
def test_milliseconds_are_exactly_the_whole_numbers_the_server_writes_with_13_characters(value: int) -> None:
    assert (timestamps.apparent_unit(value) == "milliseconds") == (len(javascript.number_text(value)) == 13)


@pytest.mark.parametrize(
    ("value", "hint"),
    [
        (1617981376, " — looks like seconds: multiply by 1000"),
        (1706628807000000, " — looks like microseconds: divide by 1000"),
        (1706628807000000000, " — looks like nanoseconds: divide by 1000000"),
        (17066288070, ""),
        (1706628807000.5, ""),
        ("soon", ""),
    ],
)
def test_the_problem_names_the_unit_and_its_conversion(value: Any, hint: str) -> None:
    expected = f"must be epoch milliseconds, written with 13 characters, got {javascript.string_of(value)}{hint}"
    assert timestamps.epoch_millis_problem(value) == expected


NUMBERS = [value for value, _ in EDGES if isinstance(value, (int, float)) and not isinstance(value, bool) and value]


@pytest.mark.parametrize("value", NUMBERS)
def test_the_servers_reading_upgrade_and_epoch_millis_draw_the_same_lines(value: float) -> None:
    unit = timestamps.apparent_unit(value)
    span = {"span_id": "s", "type": "span", "timestamps": {"started_at": value, "finished_at": 1706628807000}}
    reading = server_reading.read({"trace_id": "t", "spans": [span]}, now_ms=1706628808000)
    problems = [message for path, message in reading.problems if path == "spans[0].timestamps.started_at"]
    if len(javascript.number_text(value)) == 13:  # the server's rule, whatever the unit looks like
        assert problems == []
    else:
        assert problems == [timestamps.epoch_millis_problem(value)]
        assert ("looks like seconds" in problems[0]) == (unit == "seconds")

    upgraded, _ = upgrade.upgrade({"trace_id": "t", "spans": [span]})
    converted = upgraded["spans"][0]["timestamps"]["started_at"] != value
    assert converted == (unit == "seconds")

    if unit in ("milliseconds", "microseconds", "nanoseconds"):
        with pytest.raises(ValueError, match=f"looks like {unit} already"):
            lc.epoch_millis(value)
