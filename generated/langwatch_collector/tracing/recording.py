"""RecordingExporter: keeps what the span API produces, for a program's own tests.

It validates each trace exactly as the BackgroundExporter does before sending (the client's
check as it serializes, the same evaluation ids), then records the `models.CollectorRequest`
instead of sending it. Nothing leaves the process; `flush` has nothing to wait for.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from langwatch_collector import codec, models
from langwatch_collector.tracing.exporter import ErrorCallback, TraceBuilder, built_request, with_evaluation_ids

logger = logging.getLogger("langwatch_collector")


class RecordingExporter:
    """Records traces instead of sending them: `requests`, `spans`, `evaluations`, `errors`.

    A trace that fails validation is not recorded; its error goes to `errors` (and to
    `on_error`), as the BackgroundExporter would report it.
    """

    def __init__(self, *, on_error: ErrorCallback | None = None) -> None:
        self.on_error = on_error
        self.requests: list[models.CollectorRequest] = []
        self.errors: list[BaseException] = []
        self._lock = threading.Lock()

    def __repr__(self) -> str:
        return f"RecordingExporter(requests={len(self.requests)}, errors={len(self.errors)})"

    def submit(self, request: models.CollectorRequest) -> bool:
        return self._record(lambda: request, lambda: codec.parse(codec.to_document(request, validate=False)))

    def submit_deferred(self, build: TraceBuilder, approx_bytes: int) -> bool:
        built: list[Any] = []  # the request or document, once built: what on_error is given, as the exporter does

        def make() -> models.CollectorRequest:
            built.append(build())
            request = built_request(built[0])
            codec.to_document(request)  # the check the client makes as it serializes
            return request

        return self._record(lambda: built[0] if built else build, make)

    def _record(self, subject: Callable[[], Any], make: Callable[[], models.CollectorRequest]) -> bool:
        """Never raises into the traced code, as the BackgroundExporter never does. `subject` gives
        what `on_error` receives: the request, or the span API's document once built."""
        try:
            request = with_evaluation_ids(make())
        except Exception as error:
            with self._lock:
                self.errors.append(error)
            if self.on_error is not None:
                try:
                    self.on_error(subject(), error)
                except Exception:
                    logger.exception("the recording exporter's on_error callback raised")
            return False
        with self._lock:
            self.requests.append(request)
        return True

    def flush(self, timeout: float = 5.0) -> bool:
        return True

    async def aflush(self, timeout: float = 5.0) -> bool:
        return True

    def shutdown(self, timeout: float = 5.0) -> bool:
        return True

    @property
    def spans(self) -> list[models.Span]:
        """Every recorded span, in the order the requests were recorded."""
        with self._lock:
            return [span for request in self.requests for span in request.spans or ()]

    @property
    def evaluations(self) -> list[models.RESTEvaluation]:
        with self._lock:
            return [evaluation for request in self.requests for evaluation in request.evaluations or ()]

    def spans_named(self, name: str) -> list[models.Span]:
        return [span for span in self.spans if span.name == name]

    def clear(self) -> None:
        with self._lock:
            self.requests.clear()
            self.errors.clear()
