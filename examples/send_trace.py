"""Send one LLM trace with the typed client: `python -m examples.send_trace`.

Reads LANGWATCH_API_KEY and LANGWATCH_ENDPOINT, like the client itself.
"""

from __future__ import annotations

import time
import uuid

import langwatch_collector as lc
from langwatch_collector import models


def build_trace() -> models.CollectorRequest:
    started = time.time()
    answer = "Paris."  # ... call your model here ...
    trace_id = f"trace-{uuid.uuid4().hex[:12]}"
    return models.CollectorRequest(
        trace_id=trace_id,
        spans=[
            models.LLMSpan(
                span_id=f"span-{uuid.uuid4().hex[:12]}",
                vendor="openai",
                model="gpt-4o-mini",
                input=models.TypedValueChatMessages(
                    value=[models.ChatMessage(role="user", content="What is the capital of France?")]
                ),
                output=models.TypedValueText(value=answer),
                metrics=models.SpanMetrics(prompt_tokens=14, completion_tokens=2),
                timestamps=lc.span_timestamps(started, time.time()),
            )
        ],
        metadata=models.TraceMetadata(user_id="user-1", labels=["demo"], additional_properties={"plan": "pro"}),
        evaluations=[models.RESTEvaluation(name="answer is a city", passed=True)],
    )


def main() -> int:
    request = build_trace()
    with lc.CollectorClient() as client:
        try:
            result = client.collect(request)
        except lc.ValidationError as error:
            print(f"not sent, the trace is invalid:\n{error}")
            return 1
        except lc.APIError as error:
            print(f"not accepted: {error}")
            return 1
    print(f"{request.trace_id}: {result.responses[0].message} (rejected spans: {result.rejected_spans})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
