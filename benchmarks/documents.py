"""The trace every benchmark sends: a typical LLM span (chat messages in and out, metrics, params),
as a JSON document and built from model classes (the client's, or the pydantic peer's: both
name their classes after the spec's schemas, so one function builds either).
"""

from __future__ import annotations

from types import ModuleType
from typing import Any

import langwatch_collector as lc

NOW_MS = lc.now_millis()  # fresh timestamps: the client warns about spans older than 31 days
SYSTEM = "You are a helpful assistant."
QUESTION = "What is the capital of France? Answer in one word."
ANSWER = "Paris."


def typical_span(index: int = 0) -> dict[str, Any]:
    return {
        "type": "llm",
        "span_id": f"span-{index}",
        "parent_id": "span-root",
        "trace_id": "trace-1",
        "name": "chat-completion",
        "vendor": "openai",
        "model": "gpt-4o-mini",
        "input": {
            "type": "chat_messages",
            "value": [{"role": "system", "content": SYSTEM}, {"role": "user", "content": QUESTION}],
        },
        "output": {"type": "chat_messages", "value": [{"role": "assistant", "content": ANSWER}]},
        "timestamps": {"started_at": NOW_MS - 1000, "first_token_at": NOW_MS - 700, "finished_at": NOW_MS},
        "metrics": {"prompt_tokens": 31, "completion_tokens": 2, "cost": 0.000021},
        "params": {"temperature": 0.2, "max_tokens": 64, "stream": False},
    }


def trace(span_count: int) -> dict[str, Any]:
    return {
        "trace_id": "trace-1",
        "spans": [typical_span(index) for index in range(span_count)],
        "metadata": {"user_id": "user-1", "thread_id": "thread-1", "labels": ["bench"]},
    }


def build_trace(classes: ModuleType) -> Any:
    """`trace(1)` built from the model classes of `classes` (`langwatch_collector.models` or
    `benchmarks.peers`), field by field, as application code builds it."""
    span = classes.LLMSpan(
        type="llm",
        span_id="span-0",
        parent_id="span-root",
        trace_id="trace-1",
        name="chat-completion",
        vendor="openai",
        model="gpt-4o-mini",
        input=classes.TypedValueChatMessages(
            type="chat_messages",
            value=[
                classes.ChatMessage(role="system", content=SYSTEM),
                classes.ChatMessage(role="user", content=QUESTION),
            ],
        ),
        output=classes.TypedValueChatMessages(
            type="chat_messages", value=[classes.ChatMessage(role="assistant", content=ANSWER)]
        ),
        timestamps=classes.SpanTimestamps(started_at=NOW_MS - 1000, first_token_at=NOW_MS - 700, finished_at=NOW_MS),
        metrics=classes.SpanMetrics(prompt_tokens=31, completion_tokens=2, cost=0.000021),
        params=classes.SpanParams(temperature=0.2, max_tokens=64, stream=False),
    )
    return classes.CollectorRequest(
        trace_id="trace-1",
        spans=[span],
        metadata=classes.TraceMetadata(user_id="user-1", thread_id="thread-1", labels=["bench"]),
    )
