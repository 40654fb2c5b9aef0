"""What the recordings exercise: one case per file in recordings/.

A case is the trace given to `CollectorClient.collect`, the call's options, and how the mock
is set up to answer (a key list, the older server, an injected fault). Cases marked
`live=False` need the mock (a fault, a wrong key) and are skipped against a real endpoint.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from langwatch_collector.cli.upgrade import upgrade
from tests import spec_support

# The mock's clock during recording and checking: timestamps below are a few seconds before it.
RECORDED_AT_MS = 1_795_000_000_000
START, END = RECORDED_AT_MS - 5000, RECORDED_AT_MS - 4000
TIMESTAMPS = {"started_at": START, "finished_at": END}


@dataclass(frozen=True)
class Case:
    name: str
    description: str
    input: dict[str, Any]
    call: dict[str, Any] = field(default_factory=dict)
    client: dict[str, Any] = field(default_factory=dict)
    mock: dict[str, Any] = field(default_factory=dict)  # api_keys, legacy
    fault: tuple[str, dict[str, Any]] | None = None  # a MockCollector method and its arguments
    live: bool = True


def _span(span_type: str, index: int, **fields: Any) -> dict[str, Any]:
    return {"span_id": f"span-{span_type}-{index}", "type": span_type, "timestamps": dict(TIMESTAMPS), **fields}


SPAN_TYPES = spec_support.spec()["components"]["schemas"]["SpanType"]["enum"]

IO_VARIANTS: list[dict[str, Any]] = [
    {"type": "text", "value": "plain text"},
    {"type": "raw", "value": "<html>raw</html>"},
    {"type": "json", "value": {"nested": [1, 2.5, True, None, "x"]}},
    {"type": "chat_messages", "value": [{"role": "user", "content": "hi"}, {"role": "assistant", "content": "hello"}]},
    {"type": "guardrail_result", "value": {"status": "processed", "passed": True, "score": 1}},
    {
        "type": "evaluation_result",
        "value": {"status": "error", "details": "timeout", "cost": {"currency": "USD", "amount": 0.01}},
    },
    {
        "type": "list",
        "value": [{"type": "text", "value": "a"}, {"type": "list", "value": [{"type": "raw", "value": "b"}]}],
    },
]

RICH_CONTENT: list[dict[str, Any]] = [
    {"type": "text", "text": "typed text"},
    {"text": "untyped text"},
    {"type": "image_url", "image_url": {"url": "https://example.com/a.png", "detail": "high"}},
    {"type": "tool_call", "toolName": "search", "toolCallId": "c1", "args": "{}"},
    {"type": "tool_result", "toolName": "search", "toolCallId": "c1", "result": {"hits": 3}},
    {"type": "binary", "mimeType": "audio/wav", "url": "https://example.com/a.wav", "filename": "a.wav"},
    {"type": "input_audio", "input_audio": {"data": "UklGRg==", "format": "wav"}},
    {"type": "audio", "source": {"type": "url", "value": "https://example.com/b.mp3", "mimeType": "audio/mpeg"}},
    {"type": "image", "image": "data:image/png;base64,iVBORw0KGgo=", "mediaType": "image/png"},
    {"type": "file", "mediaType": "application/pdf", "data": "JVBERi0=", "filename": "doc.pdf"},
    {"type": "file", "file": {"file_id": "file-1", "filename": "doc.pdf"}},
]


def _fresh(document: dict[str, Any]) -> dict[str, Any]:
    """A spec example with its timestamps moved to just before the recording clock."""
    copy: dict[str, Any] = json.loads(json.dumps(document))
    for span in copy.get("spans", []):
        offset = span["timestamps"]["started_at"] - START
        for key in ("started_at", "finished_at", "first_token_at"):
            if key in span["timestamps"]:
                span["timestamps"][key] -= offset
    for evaluation in copy.get("evaluations", []):
        timestamps = evaluation.get("timestamps") or {}
        for key in ("started_at", "finished_at"):
            if timestamps.get(key):
                timestamps[key] = START
    return copy


def _seed_guide_upgraded() -> dict[str, Any]:
    text = (spec_support.ROOT.parent / "shared" / "000_d7e814ce0e8fb90e.txt").read_text(encoding="utf-8")
    legacy = json.loads(text.split("<<EOF\n", 1)[1].split("\nEOF", 1)[0])
    upgraded, _ = upgrade(legacy)
    upgraded["trace_id"] = upgraded["spans"][0]["trace_id"]
    return upgraded


def _one_span_trace(name: str) -> dict[str, Any]:
    return {"trace_id": f"trace-{name}", "spans": [_span("llm", 0, model="gpt-4o-mini")]}


def build_cases() -> list[Case]:
    cases = [
        Case(f"spec_example_{name}", f"The spec's request example `{name}`.", _fresh(example))
        for name, example in spec_support.request_examples().items()
    ]
    cases += [
        Case(
            "every_span_type",
            "One span of each of the 17 types (a RAG span with contexts, an LLM span with a model).",
            {
                "trace_id": "trace-types",
                "spans": [
                    _span(
                        t,
                        i,
                        **({"contexts": [{"content": "c"}]} if t == "rag" else {"model": "m"} if t == "llm" else {}),
                    )
                    for i, t in enumerate(SPAN_TYPES)
                ],
            },
        ),
        Case(
            "every_io_variant",
            "Every input/output variant, the recursive list included.",
            {"trace_id": "trace-io", "spans": [_span("span", i, input=v, output=v) for i, v in enumerate(IO_VARIANTS)]},
        ),
        Case(
            "every_rich_content_part",
            "Chat messages with every rich content part shape.",
            {
                "trace_id": "trace-parts",
                "spans": [
                    _span(
                        "llm", 0, input={"type": "chat_messages", "value": [{"role": "user", "content": RICH_CONTENT}]}
                    )
                ],
            },
        ),
        Case(
            "seed_guide_upgraded",
            "The REST guide's curl payload after `upgrade` (its 2021 span is older than 31 days: dropped).",
            _seed_guide_upgraded(),
        ),
        Case(
            "force_sync_and_project_id",
            "The force_sync query parameter and the X-Project-Id header.",
            _one_span_trace("sync"),
            call={"force_sync": True},
            client={"project_id": "project-1"},
        ),
        Case(
            "split_450_spans",
            "A 450-span trace with 250 evaluations, sent as three requests.",
            {
                "trace_id": "trace-split",
                "metadata": {"user_id": "user-1"},
                "spans": [_span("span", i) for i in range(450)],
                "evaluations": [{"name": f"eval-{i}", "score": i / 250} for i in range(250)],
            },
        ),
        Case(
            "error_401_unknown_key",
            "A key the server does not know.",
            _one_span_trace("401"),
            mock={"api_keys": ["another-key"]},
            live=False,
        ),
        Case(
            "error_402_plan_limit",
            "The monthly plan limit.",
            _one_span_trace("402"),
            fault=("plan_limit_next", {}),
            live=False,
        ),
        Case(
            "error_403_permission_denied",
            "A key without traces:create.",
            _one_span_trace("403"),
            fault=("permission_denied_next", {}),
            live=False,
        ),
        Case(
            "error_400_validation",
            "A validation error answer (the client never sends such a body; injected).",
            _one_span_trace("400"),
            fault=(
                "fail_next",
                {"status": 400, "body": {"error": 'Validation error: Required at "timestamps" at "spans[0]"'}},
            ),
            live=False,
        ),
        Case(
            "error_413_too_large",
            "The server's body limit (injected: the client refuses such bodies before sending).",
            _one_span_trace("413"),
            fault=("fail_next", {"status": 413, "body": {"error": "An error occurred", "message": ""}}),
            live=False,
        ),
        Case(
            "error_429_too_many_spans",
            "The span limit answer (injected: the client splits traces first).",
            _one_span_trace("429"),
            fault=("fail_next", {"status": 429, "body": {"message": "Too many spans, maximum of 200 per trace"}}),
            live=False,
        ),
        Case(
            "error_429_rate_limited",
            "A transient rate limit with Retry-After, with retries off in the contract client.",
            _one_span_trace("429-rate"),
            fault=("fail_next", {"status": 429, "retry_after": 1, "body": {"message": "Rate limit exceeded"}}),
            live=False,
        ),
        Case(
            "error_500_ingest_failure",
            "Every span failed to ingest: retry (retries off in the contract client).",
            _one_span_trace("500"),
            fault=("ingest_failure_next", {}),
            live=False,
        ),
        Case(
            "legacy_server_accepted",
            "An older self-hosted server: no partialSuccess.",
            _one_span_trace("legacy"),
            mock={"legacy": True},
            live=False,
        ),
        Case(
            "legacy_server_plan_limit",
            "An older self-hosted server's plan limit: 429 ERR_PLAN_LIMIT, not retried.",
            _one_span_trace("legacy-402"),
            mock={"legacy": True},
            fault=("plan_limit_next", {}),
            live=False,
        ),
        Case(
            "legacy_server_unknown_key",
            "An older self-hosted server's answer to an unknown key.",
            _one_span_trace("legacy-401"),
            mock={"legacy": True, "api_keys": ["another-key"]},
            live=False,
        ),
    ]
    return cases
