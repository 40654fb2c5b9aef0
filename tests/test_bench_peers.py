"""The benchmark's pydantic peer (`benchmarks/peers.py`) does the client's validation work.

Issue 10's targets are ratios to this peer, so it must check what `lc.parse` checks, no less:
- it accepts every request `lc.parse` accepts without a conversion (the conformance corpus,
  generated requests, mutated requests) and writes it back as the same JSON;
- it rejects what `lc.parse` rejects (the corpus' refused bodies, mutated requests), but for
  what the route does beyond the spec's schemas, which a model of the spec does not do:
  legacy keys (`id`, `outputs`, `contexts` on a span that is not RAG, top-level `user_id`, ...),
  params that are not an object beside metrics (JavaScript's spread turns them into `{}`), and
  the JSON text itself (the cases given as raw bytes or about headers).
"""

from __future__ import annotations

import json
from typing import Any

import pydantic
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import langwatch_collector as lc
from benchmarks import peers
from tests import conformance_cases, strategies
from tests.conformance_cases import Case

REQUEST_KEYS = frozenset(peers.CollectorRequest.model_fields)
SPAN_KEYS = {
    "llm": frozenset(peers.LLMSpan.model_fields),
    "rag": frozenset(peers.RAGSpan.model_fields),
}
BASE_SPAN_KEYS = frozenset(peers.BaseSpan.model_fields)


def peer_verdict(body: bytes | str) -> tuple[bool, Any]:
    try:
        return True, peers.load_json(body)
    except pydantic.ValidationError as error:
        return False, error


def our_verdict(body: bytes | str) -> tuple[str, Any]:
    """'clean' (accepted, no conversion), 'converted' (accepted with warnings) or 'rejected'."""
    try:
        model, warnings = lc.parse_with_warnings(body)
    except lc.ValidationError as error:
        return "rejected", error
    return ("converted" if warnings else "clean"), model


def written_by_peer(model: peers.CollectorRequest) -> Any:
    return conformance_cases.comparable(json.loads(peers.dump_json(model)))


def beyond_the_schemas(document: Any) -> str | None:
    """Why the route reads this body otherwise than a model of the spec would, or None."""
    if not isinstance(document, dict):
        return None
    if not REQUEST_KEYS.issuperset(document):
        return "a top-level key the spec does not name (the route reads legacy ones)"
    spans = document.get("spans")
    for span in spans if isinstance(spans, list) else ():
        if not isinstance(span, dict):
            continue
        kind = span.get("type")
        known = SPAN_KEYS.get(kind, BASE_SPAN_KEYS) if isinstance(kind, str) else BASE_SPAN_KEYS
        if not known.issuperset(span):
            return "a span key its type does not name (the route reads legacy ones)"
        if "contexts" in span and not isinstance(span["contexts"], list):
            return "contexts that are not an array (the route's rewrite of them fails first)"
        if any(not isinstance(chunk, dict) for chunk in span.get("contexts") or ()):
            return "a context that is not an object (the route's rewrite reads, drops or fails on it first)"
        if isinstance(span.get("metrics"), dict) and not isinstance(span.get("params"), (dict, type(None))):
            return "params that are not an object beside metrics (the route spreads them)"
    return None


def judged_on_their_models(case: Case) -> bool:
    """Body cases written as JSON values: the raw-byte and header cases test the JSON reader."""
    hand_made = case.origin.startswith(("raw bytes:", "headers:"))
    return not case.about_transport and case.body_base64 is None and case.headers is None and not hand_made


# -- the conformance corpus -----------------------------------------------------------------------------


def test_the_peer_accepts_and_writes_back_every_corpus_body_parse_accepts_cleanly() -> None:
    checked = 0
    for case in filter(judged_on_their_models, conformance_cases.load_cases()):
        verdict, _ = our_verdict(case.raw)
        if verdict != "clean" or beyond_the_schemas(case.body):
            continue
        accepted, model = peer_verdict(case.raw)
        assert accepted, f"{case.id}: the peer rejects what parse accepts:\n{model}"
        assert written_by_peer(model) == conformance_cases.comparable(case.body), case.id
        checked += 1
    assert checked >= 300  # the corpus holds 381 such bodies today


def test_the_peer_rejects_every_corpus_body_parse_rejects() -> None:
    checked, wrong = 0, []
    for case in filter(judged_on_their_models, conformance_cases.load_cases()):
        verdict, _ = our_verdict(case.raw)
        if verdict != "rejected" or beyond_the_schemas(case.body):
            continue
        accepted, _ = peer_verdict(case.raw)
        if accepted:
            wrong.append(f"{case.id}: the peer accepts what parse rejects ({case.origin[:120]})")
        checked += 1
    assert not wrong, "\n".join(wrong)
    assert checked >= 900  # 928 today


def test_what_is_beyond_the_schemas_is_named_narrowly() -> None:
    """The exclusions above cover the legacy shapes and the spread, not ordinary bodies."""
    assert beyond_the_schemas({"trace_id": "t", "spans": [], "user_id": "u"})
    assert beyond_the_schemas({"spans": [{"type": "tool", "contexts": []}]})
    assert beyond_the_schemas({"spans": [{"type": "llm", "outputs": []}]})
    assert beyond_the_schemas({"spans": [{"type": "llm", "metrics": {}, "params": [1]}]})
    assert beyond_the_schemas({"spans": [{"type": "rag", "contexts": [], "vendor": "x"}]})
    assert beyond_the_schemas({"spans": [{"type": "rag", "contexts": None}]})
    assert beyond_the_schemas({"spans": [{"type": "rag", "contexts": [{"document_id": "d"}, None]}]})
    assert not beyond_the_schemas({"trace_id": "t", "spans": [{"type": "rag", "contexts": [], "params": 1}]})
    assert not beyond_the_schemas({"spans": [{"type": "llm", "vendor": "v", "model": "m", "metrics": {}}]})


# -- generated requests ----------------------------------------------------------------------------------


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
@given(strategies.NORMALIZED_REQUESTS)
def test_the_peer_accepts_and_writes_back_generated_requests(request: lc.models.CollectorRequest) -> None:
    body = lc.serialize(request)
    verdict, ours = our_verdict(body)
    assert verdict == "clean"
    accepted, model = peer_verdict(body)
    assert accepted, model
    expected = conformance_cases.comparable(json.loads(body))
    assert written_by_peer(model) == expected == conformance_cases.comparable(json.loads(lc.serialize(ours)))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
@given(strategies.REQUESTS)
def test_the_peer_agrees_with_parse_on_unnormalized_generated_requests(request: lc.models.CollectorRequest) -> None:
    body = lc.serialize(request, validate=False)
    verdict, _ = our_verdict(body)
    accepted, model = peer_verdict(body)
    if verdict == "clean":
        assert accepted, model
        assert written_by_peer(model) == conformance_cases.comparable(json.loads(body))
    elif verdict == "rejected":
        assert not accepted


# -- mutations -----------------------------------------------------------------------------------------------

REPLACEMENTS: tuple[Any, ...] = (None, 0, 1.5, 1_700_000_000, "x", "", True, [], [1], {}, {"a": {"b": {"c": 1}}})
DELETE = object()


def places(value: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every place in a JSON document: the paths of its objects' values and its arrays' items."""
    found = []
    if isinstance(value, dict):
        for key, item in value.items():
            found.append((*path, key))
            found.extend(places(item, (*path, key)))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found.append((*path, index))
            found.extend(places(item, (*path, index)))
    return found


def mutated(document: Any, path: tuple[Any, ...], replacement: Any) -> Any:
    copy = json.loads(json.dumps(document))
    parent = copy
    for step in path[:-1]:
        parent = parent[step]
    if replacement is DELETE:
        del parent[path[-1]]
    else:
        parent[path[-1]] = replacement
    return copy


# Derandomized: the peer is a benchmark's yardstick, so a gap in it found at random must not stop
# CI; each gap found so far is named in `beyond_the_schemas` (to look for more, run it with derandomize off).
@settings(
    max_examples=300,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)
@given(strategies.NORMALIZED_REQUESTS, st.data())
def test_the_peer_agrees_with_parse_on_mutated_requests(
    request: lc.models.CollectorRequest, data: st.DataObject
) -> None:
    document = json.loads(lc.serialize(request))
    where = places(document)
    if not where:
        return
    path = data.draw(st.sampled_from(where), label="path")
    replacement = data.draw(st.sampled_from((DELETE, *REPLACEMENTS)), label="replacement")
    changed = mutated(document, path, replacement)
    body = json.dumps(changed)
    verdict, ours = our_verdict(body)
    accepted, model = peer_verdict(body)
    if beyond_the_schemas(changed):
        return
    if verdict == "clean":
        assert accepted, f"the peer rejects what parse accepts:\n{model}"
        assert written_by_peer(model) == conformance_cases.comparable(changed)
    elif verdict == "rejected":
        assert not accepted, f"the peer accepts what parse rejects: {ours}"


@pytest.mark.parametrize(
    ("place", "replacement"),
    [
        (("spans", 0, "timestamps", "started_at"), 1_700_000_000),  # seconds
        (("spans", 0, "timestamps", "finished_at"), 1_700_000_000_000.5),  # fractional milliseconds
        (("spans", 0, "type"), "nope"),  # not a span type
        (("spans", 0, "span_id"), DELETE),  # required
        (("spans", 0, "trace_id"), "another-trace"),  # mixed trace ids
        (("spans", 0, "input", "value", 0, "role"), "robot"),  # not a chat role
        (("spans", 0, "input", "value", 0, "content"), [{"type": "audio"}]),  # a part that fits no shape
        (("spans", 0, "output", "type"), "video"),  # not a typed value
        (("spans", 0, "metrics", "cost"), "0.1"),  # a string for a number
        (("metadata", "user_id"), 42),  # a reserved key of the wrong type
        (("metadata", "plan"), {"a": {"b": {"c": 1}}}),  # custom metadata nested too deeply
        (("evaluations", 0, "passed"), DELETE),  # no verdict left
        (("evaluations", 0, "status"), "done"),  # not a status
    ],
)
def test_the_peer_rejects_representative_mistakes_parse_rejects(place: tuple[Any, ...], replacement: Any) -> None:
    document = {
        "trace_id": "trace-1",
        "spans": [
            {
                "type": "llm",
                "span_id": "span-1",
                "trace_id": "trace-1",
                "input": {"type": "chat_messages", "value": [{"role": "user", "content": "Hi"}]},
                "output": {"type": "text", "value": "Hello"},
                "timestamps": {"started_at": 1_795_971_600_000, "finished_at": 1_795_971_601_000},
                "metrics": {"prompt_tokens": 3, "cost": 0.001},
            }
        ],
        "metadata": {"user_id": "u1", "plan": "pro"},
        "evaluations": [{"name": "relevance", "passed": True}],
    }
    body = json.dumps(document)
    assert our_verdict(body)[0] == "clean" and peer_verdict(body)[0]
    changed = json.dumps(mutated(document, place, replacement))
    assert our_verdict(changed)[0] == "rejected"
    assert not peer_verdict(changed)[0]


def _one_span(**fields: Any) -> dict[str, Any]:
    span = {
        "type": "llm",
        "span_id": "s1",
        "timestamps": {"started_at": 1_795_971_600_000, "finished_at": 1_795_971_601_000},
    }
    return {"trace_id": "t1", "spans": [{**span, **fields}]}


def test_the_peer_keeps_an_ill_typed_param_as_parse_does() -> None:
    body = json.dumps(_one_span(params={"temperature": "NOT_GIVEN", "custom": [1]}))
    model = lc.parse(body)
    accepted, peer_model = peer_verdict(body)
    assert accepted, peer_model
    assert json.loads(peers.dump_json(peer_model))["spans"][0]["params"] == {"temperature": "NOT_GIVEN", "custom": [1]}
    assert json.loads(lc.serialize(model))["spans"][0]["params"] == {"temperature": "NOT_GIVEN", "custom": [1]}


def test_the_peer_reads_spans_in_the_servers_order_as_parse_does() -> None:
    """An `llm` span whose vendor is not a string is no LLM span: the server reads it as a base
    span and drops the vendor; a `tool` span's model is dropped the same way."""
    for fields, dropped in (({"vendor": 7}, "vendor"), ({"type": "tool", "model": "m"}, "model")):
        body = json.dumps(_one_span(**fields))
        accepted, peer_model = peer_verdict(body)
        assert accepted, peer_model
        assert type(peer_model.spans[0]) is peers.BaseSpan
        assert dropped not in json.loads(peers.dump_json(peer_model))["spans"][0]
        assert dropped not in json.loads(lc.serialize(lc.parse(body)))["spans"][0]
