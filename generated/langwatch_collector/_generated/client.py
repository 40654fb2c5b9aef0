# Generated from openapi/collector.yaml by codegen: do not edit, run scripts/generate.
"""The spec's operations: what each sends and answers, and a typed method for each.

`CollectorOperations` leaves the sending to the class it is mixed into (the hand-written
`langwatch_collector.client.CollectorClient`): this module needs nothing from the hand-written layer.
"""

from collections.abc import Mapping
from typing import Generic, TypeVar

from langwatch_collector._generated import models
from langwatch_collector._generated.operation import Operation, RetryRule

ResultT = TypeVar("ResultT")
PreparedT = TypeVar("PreparedT")

COLLECT = Operation(
    method="POST",
    path="/api/collector",
    response_model=models.CollectorResponse,
    error_models={
        400: models.ErrorResponse,
        401: models.ErrorResponse,
        402: models.PlanLimitErrorResponse,
        403: models.PermissionDeniedErrorResponse,
        413: models.ErrorResponse,
        429: models.ErrorResponse,
        500: models.IngestFailureResponse,
    },
    retry=RetryRule(
        idempotent=True,
        statuses=frozenset((408, 429)),
        server_errors=True,
        terminal_messages=("Too many spans", "Too many evaluations", "ERR_PLAN_LIMIT"),
    ),
)


def _collect_query(force_sync: bool | None) -> dict[str, str]:
    query: dict[str, str] = {}
    if force_sync is not None:
        query["force_sync"] = "true" if force_sync else "false"
    return query


class CollectorOperations(Generic[ResultT, PreparedT]):
    """LangWatch trace collector: one method per operation of the spec (default server https://app.langwatch.ai)."""

    def _send_trace(self, operation: Operation, request: models.CollectorRequest, query: Mapping[str, str]) -> ResultT:
        raise NotImplementedError  # the client this is mixed into sends

    def _prepare_trace(
        self, operation: Operation, request: models.CollectorRequest, query: Mapping[str, str]
    ) -> list[PreparedT]:
        raise NotImplementedError  # the client this is mixed into prepares

    def collect(
        self,
        request: models.CollectorRequest,
        *,
        force_sync: bool | None = None,
    ) -> ResultT:
        """Send one trace (its spans, metadata and evaluations).

        Sends one trace: up to 200 spans and up to 200 evaluations that share one trace id.
        Resending spans is safe: the server skips a (trace_id, span_id) it received within the
        last hour. Evaluations are not deduplicated: a resent body stores its evaluations again
        (under the same id: the given `evaluation_id`, else an md5 of the trace id and the
        evaluation, so an id chosen by the client does not make a resend idempotent). A request
        that carries evaluations is safe to retry only after an answer that proves nothing was
        recorded: 408, a 429 rate limit, or the route's 500 `Failed to ingest all N spans`
        (returned before any evaluation is dispatched). Spans that started more than 31 days
        ago are dropped and counted in `partialSuccess.rejectedSpans`.

        The server reads a body with its own conversions (legacy `id` and `outputs`, top-level
        `user_id`/`thread_id`/`customer_id`/`labels`, RAG contexts given as strings, unknown
        metrics moved into `params`, unknown keys dropped): the client's
        `server_reading.py` states them, and the conformance corpus checks them.

        The trace is validated first (ValidationError, nothing sent) and split into requests
        of at most 200 spans and 200 evaluations; the result holds every answer.

        Args:
            force_sync: Process the trace synchronously (honoured by older self-hosted servers).
        """
        return self._send_trace(COLLECT, request, _collect_query(force_sync))

    def prepare_collect(
        self,
        request: models.CollectorRequest,
        *,
        force_sync: bool | None = None,
    ) -> list[PreparedT]:
        """The requests `collect` would send (validated and split), without sending them."""
        return self._prepare_trace(COLLECT, request, _collect_query(force_sync))
