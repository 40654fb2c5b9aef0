"""The standing fault-injection run: 2,100 traces from threads sharing one client, and from two
processes that each fork after using their client (parent and child then share it, as an
application that makes its client before forking workers does), against a server that answers
about a fifth of the requests with a fault.

Run once for the module; each test checks one promise on what the client and the server saw
(`pytest -s` prints the run's figures).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

import pytest

import langwatch_collector as lc
from tests.fault_run import Figures, Outcome, Settings, by_trace, duplicates, figures, run, trace_ids
from tests.fault_server import FAULTS, REFUSALS, RETRY_AFTER, Served, refusal_of, retry_after_for

TRACES = 2100
REFUSE_EVERY = 50  # 42 refused traces, six of each refusal
SETTINGS = Settings()
SLACK = 2.0  # seconds a call may take beyond its retry budget: validation, scheduling on a busy machine

# The README's "Retries and errors" table: what each answer raises.
TRANSIENT_ERRORS = (lc.APIConnectionError, lc.APITimeoutError, lc.InternalServerError, lc.RateLimitError)
REFUSAL_ERRORS: dict[str, type[lc.APIStatusError]] = {
    "400": lc.BadRequestError,
    "401": lc.AuthenticationError,
    "402": lc.PlanLimitError,
    "403": lc.PermissionDeniedError,
    "413": lc.PayloadTooLargeError,
    "429-spans": lc.RateLimitError,
    "429-plan": lc.PlanLimitError,
}


def _name(error_type: type[BaseException]) -> str:
    return f"{error_type.__module__}.{error_type.__qualname__}"


@dataclass
class Run:
    outcomes: list[Outcome]
    served: list[Served]
    figures: Figures

    @functools.cached_property
    def _by_trace(self) -> dict[str, list[Served]]:
        return by_trace(self.served)

    def requests_of(self, trace: str) -> list[Served]:
        return self._by_trace.get(trace, [])


@pytest.fixture(scope="module")
def fault_run() -> Run:
    outcomes, served, elapsed = run(
        trace_ids(TRACES, REFUSE_EVERY), threads=4, processes=2, settings=SETTINGS, slack=SLACK
    )
    result = Run(outcomes, served, figures(outcomes, served, elapsed))
    print("\nfault-injection run:\n  " + "\n  ".join(result.figures.lines()))
    return result


def test_every_trace_was_sent_once_and_every_fault_injected(fault_run: Run) -> None:
    assert sorted(outcome.trace_id for outcome in fault_run.outcomes) == sorted(trace_ids(TRACES, REFUSE_EVERY))
    kinds = fault_run.figures.faults
    assert set(kinds) >= {kind for kind, _ in FAULTS} | {f"refuse-{mark}" for mark in REFUSALS}, kinds
    faults = sum(count for kind, count in kinds.items() if kind in dict(FAULTS))
    assert 0.15 < faults / len(fault_run.served) < 0.25, kinds
    waits = {retry_after_for(SETTINGS.seed, r.number) for r in fault_run.served if r.kind == "rate_limited"}
    assert waits == set(RETRY_AFTER)


def test_every_trace_reported_sent_was_stored_and_last_answered_200(fault_run: Run) -> None:
    stored = {request.trace_id for request in fault_run.served if request.stored}
    sent = [outcome.trace_id for outcome in fault_run.outcomes if outcome.error is None]
    assert [trace for trace in sent if trace not in stored] == []
    last_answers = {trace: fault_run.requests_of(trace)[-1].status for trace in sent}
    assert {trace: status for trace, status in last_answers.items() if status != 200} == {}


def test_a_trace_is_stored_twice_only_after_a_request_stored_without_an_answer(fault_run: Run) -> None:
    explained, unexplained = duplicates(fault_run.served)
    details = {
        trace: [(r.number, r.kind, r.status, r.stored) for r in fault_run.requests_of(trace)] for trace in unexplained
    }
    assert details == {}
    assert set(explained) <= {"reset_after_read", "drip"}


def test_non_retryable_answers_are_not_retried(fault_run: Run) -> None:
    first_refusals: dict[str, Served] = {}
    for request in fault_run.served:
        if request.kind.startswith("refuse-") and request.trace_id is not None:
            first_refusals.setdefault(request.trace_id, request)
    assert len(first_refusals) >= TRACES // REFUSE_EVERY * 0.8  # most refused traces reached the refusal
    retried = {
        trace: [later.kind for later in fault_run.requests_of(trace) if later.number > refusal.number]
        for trace, refusal in first_refusals.items()
    }
    assert {trace: kinds for trace, kinds in retried.items() if kinds} == {}


def test_refused_traces_raise_the_error_their_answer_documents(fault_run: Run) -> None:
    wrong = {}
    for outcome in fault_run.outcomes:
        mark = refusal_of(outcome.trace_id)
        if mark is None:
            continue
        refused = any(request.kind.startswith("refuse-") for request in fault_run.requests_of(outcome.trace_id))
        # A trace whose every attempt was reset before its body was read was never refused.
        expected = _name(REFUSAL_ERRORS[mark]) if refused else _name(lc.APIConnectionError)
        if outcome.error != expected:
            wrong[outcome.trace_id] = (outcome.error, expected)
    assert wrong == {}


def test_transient_faults_raise_only_the_documented_transient_errors(fault_run: Run) -> None:
    allowed = {_name(error_type) for error_type in TRANSIENT_ERRORS}
    raised = [
        (outcome.trace_id, outcome.error)
        for outcome in fault_run.outcomes
        if outcome.error is not None and refusal_of(outcome.trace_id) is None and outcome.error not in allowed
    ]
    assert raised == []


def test_no_call_outlasts_its_retry_budget(fault_run: Run) -> None:
    limit = SETTINGS.retry_budget + SLACK
    slow = {outcome.trace_id: round(outcome.seconds, 2) for outcome in fault_run.outcomes if outcome.seconds > limit}
    assert slow == {}, f"calls over the retry budget of {SETTINGS.retry_budget} s + {SLACK} s slack"


def test_each_attempt_the_client_counts_is_one_request_served(fault_run: Run) -> None:
    known = [outcome for outcome in fault_run.outcomes if outcome.retries is not None]
    unknown = len(fault_run.outcomes) - len(known)
    attempts = sum(outcome.retries + 1 for outcome in known if outcome.retries is not None)
    assert attempts <= len(fault_run.served) <= attempts + unknown * (SETTINGS.max_retries + 1)
    for outcome in known:  # the server read no more of a trace's requests than the client made
        assert len(fault_run.requests_of(outcome.trace_id)) <= (outcome.retries or 0) + 1, outcome


def test_retries_get_nearly_every_trace_through(fault_run: Run) -> None:
    ordinary = [outcome for outcome in fault_run.outcomes if refusal_of(outcome.trace_id) is None]
    sent = sum(outcome.error is None for outcome in ordinary)
    assert sent >= 0.97 * len(ordinary), fault_run.figures.failed
    assert fault_run.figures.retries >= 0.15 * len(fault_run.outcomes)
