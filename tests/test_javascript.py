"""JavaScript's readings of JSON values, as the collector's route makes them."""

from __future__ import annotations

from typing import Any

import pytest

from langwatch_collector import javascript


@pytest.mark.parametrize(
    ("number", "text"),
    [
        (1.0, "1"),
        (-0.0, "0"),
        (1795971600000.0, "1795971600000"),
        (1e21, "1e+21"),
        (1e20, "100000000000000000000"),
        (1.5e-7, "1.5e-7"),
        (1e-6, "0.000001"),
        (0.1 + 0.2, "0.30000000000000004"),
        (2**63, "9223372036854776000"),
        (12345678901.5, "12345678901.5"),
        (float("inf"), "Infinity"),
    ],
)
def test_numbers_print_as_javascript_prints_them(number: float, text: str) -> None:
    assert javascript.number_text(number) == text


def test_string_of_follows_string_conversion() -> None:
    assert javascript.string_of([[1, 2], None, {"a": 1}, 3.0, True]) == "1,2,,[object Object],3,true"


def test_stringify_orders_keys_as_javascript_and_escapes_lone_surrogates() -> None:
    value = {"b": [1.0, None, "\ud800\n"], "10": True, "2": {"x": 2.5e30}}
    assert javascript.stringify(value) == '{"2":{"x":2.5e+30},"10":true,"b":[1,null,"\\ud800\\n"]}'


@pytest.mark.parametrize(
    ("value", "truthy"), [(None, False), (0, False), (0.0, False), ("", False), ([], True), ({}, True), ("0", True)]
)
def test_truthiness(value: Any, truthy: bool) -> None:
    assert javascript.truthy(value) is truthy


def test_loose_equality_and_set_semantics() -> None:
    assert javascript.loosely_equal("5", 5) and not javascript.loosely_equal({}, "t")
    assert javascript.distinct(["a", "a", 1, 1.0, {}, {}]) == ["a", 1, {}, {}]


def test_md5_hashes_utf8_with_lone_surrogates_replaced() -> None:
    assert javascript.md5_hex("\ud800") == javascript.md5_hex("\ufffd")
    assert javascript.md5_hex("") == "d41d8cd98f00b204e9800998ecf8427e"


def test_an_int_too_large_for_a_double_is_the_infinity_javascript_reads() -> None:
    assert javascript.number_text(10**400) == "Infinity"
    assert javascript.number_text(-(10**400)) == "-Infinity"
    assert javascript.stringify([10**400, 1]) == "[null,1]"
