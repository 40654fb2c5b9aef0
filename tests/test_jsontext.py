"""jsontext: the bytes the server's body decoder accepts, read the same with and without orjson."""

from __future__ import annotations

import contextlib
import math
from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from langwatch_collector import jsontext


@pytest.fixture(params=["orjson", "stdlib"])
def backend(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    if request.param == "stdlib":
        monkeypatch.setattr(jsontext, "orjson", None)
    else:
        assert jsontext.orjson is not None, "the dev environment installs orjson"
    yield request.param


def test_a_byte_order_mark_is_stripped(backend: str) -> None:
    assert jsontext.loads(b'\xef\xbb\xbf{"trace_id":"t"}') == {"trace_id": "t"}
    assert jsontext.loads('\ufeff{"trace_id":"t"}') == {"trace_id": "t"}


def test_invalid_utf8_is_replaced_as_text_decoder_does(backend: str) -> None:
    # TextDecoder: one U+FFFD per maximal invalid subpart; an encoded surrogate is three of them.
    assert jsontext.loads(b'"a\xffb\xed\xa0\x80c\xe2\x82"') == "a\ufffdb\ufffd\ufffd\ufffdc\ufffd"


def test_lone_surrogate_escapes_are_kept(backend: str) -> None:
    assert jsontext.loads(b'{"v":"\\ud800x"}') == {"v": "\ud800x"}


@pytest.mark.parametrize(
    ("text", "place"),
    [(b'{"a":NaN}', "line 1 column 6: NaN"), (b'{"a":\n -Infinity}', "line 2 column 2: -Infinity"), (b"Infinity", "")],
)
def test_nan_and_infinity_tokens_are_rejected_with_their_place(backend: str, text: bytes, place: str) -> None:
    with pytest.raises(jsontext.JSONTextError, match=f"{place}.* is not JSON"):
        jsontext.loads(text)


def test_nan_inside_a_string_is_text(backend: str) -> None:
    assert jsontext.loads(b'["NaN", "Infinity"]') == ["NaN", "Infinity"]


def test_numbers_beyond_a_double_are_infinite_as_in_javascript(backend: str) -> None:
    assert jsontext.loads(b"[1e400, -1e400]") == [math.inf, -math.inf]
    assert jsontext.loads(b"1" * 5000) == math.inf  # no 4,300-digit ValueError
    assert jsontext.loads(b"9223372036854775807") == 9223372036854775807
    assert jsontext.loads(b"18446744073709551616") == float(2**64)


def test_duplicate_keys_last_wins(backend: str) -> None:
    assert jsontext.loads(b'{"a":1,"a":2}') == {"a": 2}


@pytest.mark.parametrize("text", [b"", b"   ", b"{'a':1}", b'{"a":1} x', b"[1,]", b"nul"])
def test_what_json_parse_rejects_is_a_one_line_error(backend: str, text: bytes) -> None:
    with pytest.raises(jsontext.JSONTextError, match=r"^line \d+ column \d+: [^\n]+$"):
        jsontext.loads(text)


def test_deep_nesting_is_read_up_to_the_limit_and_refused_beyond(backend: str) -> None:
    depth = 800
    assert jsontext.loads(b"[" * depth + b"]" * depth) is not None
    limit = jsontext.MAX_DEPTH + 1
    with pytest.raises(jsontext.JSONTextError, match="nested deeper than 900 levels"):
        jsontext.loads(b"[" * limit + b"]" * limit)
    with pytest.raises(jsontext.JSONTextError, match="nested deeper"):
        jsontext.loads(b'{"a":' * 20000 + b"1" + b"}" * 20000)


def test_deep_values_are_written(backend: str) -> None:
    value: Any = []
    for _ in range(800):
        value = [value]
    assert jsontext.loads(jsontext.dumps(value)) == value


def test_infinity_is_written_as_a_number_the_server_reads_back(backend: str) -> None:
    encoded = jsontext.dumps({"a": math.inf, "b": [-math.inf, None]})
    assert encoded == b'{"a":1e400,"b":[-1e400,null]}'
    assert jsontext.loads(encoded) == {"a": math.inf, "b": [-math.inf, None]}


def test_nan_is_never_written(backend: str) -> None:
    with pytest.raises(jsontext.JSONTextError, match="NaN cannot be written"):
        jsontext.dumps({"a": [math.nan]})


def test_lone_surrogates_are_written_as_escapes(backend: str) -> None:
    assert jsontext.dumps({"v": "\ud800"}) == b'{"v":"\\ud800"}'


def test_big_integers_are_written(backend: str) -> None:
    assert jsontext.dumps([2**70]) == b"[1180591620717411303424]"


@contextlib.contextmanager
def _stdlib_only() -> Iterator[None]:
    """The standard library backend, as without the `fast` extra (a fixture cannot wrap each example)."""
    saved = jsontext.orjson
    assert saved is not None, "the dev environment installs orjson"
    jsontext.orjson = None  # type: ignore[assignment]
    try:
        yield
    finally:
        jsontext.orjson = saved


_json = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=5), inner, max_size=4),
    max_leaves=20,
)


def _without_nan(value: Any) -> bool:
    if isinstance(value, float):
        return not math.isnan(value)
    if isinstance(value, dict):
        return all(_without_nan(item) for item in value.values())
    if isinstance(value, list):
        return all(_without_nan(item) for item in value)
    return True


@settings(max_examples=300, deadline=None)
@given(value=_json.filter(_without_nan))
def test_both_backends_write_the_same_bytes_and_read_them_back(value: Any) -> None:
    fast = jsontext.dumps(value)
    with _stdlib_only():
        slow = jsontext.dumps(value)
        slow_read = jsontext.loads(fast)
    assert fast == slow
    assert jsontext.loads(fast) == slow_read == _as_read(value)


def _as_read(value: Any) -> Any:
    """What a value reads back as: integers beyond 64 bits are doubles, as in JavaScript."""
    if isinstance(value, int) and not isinstance(value, bool) and not -(2**63) <= value < 2**64:
        return float(value)
    if isinstance(value, dict):
        return {key: _as_read(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_as_read(item) for item in value]
    return value


@settings(max_examples=200, deadline=None)
@given(data=st.binary(max_size=40) | st.text(alphabet='{}[]",:0123456789.eE-+ntrufalsNIy\\', max_size=30))
def test_both_backends_give_the_same_verdict_on_any_bytes(data: bytes | str) -> None:
    def verdict() -> tuple[str, Any]:
        try:
            return ("ok", jsontext.loads(data))
        except jsontext.JSONTextError:
            return ("error", None)

    fast = verdict()
    with _stdlib_only():
        slow = verdict()
    assert fast[0] == slow[0]
    if fast[0] == "ok":
        assert jsontext.dumps(fast[1]) == jsontext.dumps(slow[1])


@pytest.mark.parametrize("levels", [900, 901, 3000])
def test_writing_has_the_same_depth_limit_as_reading_on_every_python(backend: str, levels: int) -> None:
    """The standard library's own limit moves with the Python version (3.13 writes ~9,000 levels)."""
    value: list[Any] = []
    inner = value
    for _ in range(levels - 1):
        inner.append([])
        inner = inner[0]
    if levels <= jsontext.MAX_DEPTH:
        assert jsontext.loads(jsontext.dumps(value)) == value
    else:
        with pytest.raises(jsontext.JSONTextError, match="nested deeper than 900 levels"):
            jsontext.dumps(value)


_EDGE_TEXTS = [
    b'\xef\xbb\xbf{"trace_id":"t"}',
    '\ufeff{"trace_id":"t"}',
    b'"a\xffb\xed\xa0\x80c\xe2\x82"',
    b'{"v":"\\ud800x"}',
    b'{"a":NaN}',
    b"[1e400, -1e400]",
    b"1" * 5000,
    b"18446744073709551616",
    b'{"a":1,"a":2}',
    b"[1,]",
    b'{"a":[{"b":"\xc3\xa9"}]}',
]


@pytest.mark.parametrize("data", _EDGE_TEXTS)
def test_reading_without_the_depth_limit_gives_the_same_verdict_on_edge_bytes(backend: str, data: bytes | str) -> None:
    """`loads_unbounded` hands valid UTF-8 to orjson as it is: the other bytes are read as `loads` reads them."""

    def verdict(read: Any) -> tuple[str, Any]:
        try:
            return ("ok", jsontext.dumps(read(data)))
        except jsontext.JSONTextError as error:
            return ("error", str(error))

    assert verdict(jsontext.loads_unbounded) == verdict(jsontext.loads)


@settings(max_examples=200, deadline=None)
@given(data=st.binary(max_size=40) | st.text(alphabet='{}[]",:0123456789.eE-+ntrufalsNIy\\', max_size=30))
def test_reading_without_the_depth_limit_agrees_with_loads_on_any_bytes(data: bytes | str) -> None:
    def verdict(read: Any) -> tuple[str, Any]:
        try:
            return ("ok", jsontext.dumps(read(data)))
        except jsontext.JSONTextError as error:
            return ("error", str(error))

    assert verdict(jsontext.loads_unbounded) == verdict(jsontext.loads)


def test_reading_without_the_depth_limit_reads_deeper_than_the_limit(backend: str) -> None:
    """Its caller (the codecs) bounds the depth: the value is read, `check_depth` refuses it."""
    levels = jsontext.MAX_DEPTH + 1
    value = jsontext.loads_unbounded(b"[" * levels + b"]" * levels)
    with pytest.raises(jsontext.JSONTextError, match="nested deeper than 900 levels"):
        jsontext.check_depth(value)
