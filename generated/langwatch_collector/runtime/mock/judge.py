"""How LangWatch's collector judges a request, step by step in the server's own order.

The steps follow `platform/app/src/server/routes/collector.ts` (current server) and the older
Next.js route (`legacy=True`). Schema checks use `jsonschema` over the spec's own schemas, so
the mock and the generated client judge by one contract; only what the server does outside
its schemas (auth, content type, legacy field names, trace ids, limits) is written here.
"""

from __future__ import annotations

import base64
import hashlib
import json
import threading
import time
from collections.abc import Mapping
from typing import Any

import attrs
import jsonschema
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from langwatch_collector._openapi import DOCUMENT

MAX_BODY_BYTES = 10 * 1024 * 1024
MAX_ITEMS = 200
SPAN_MAX_AGE_MS = 31 * 24 * 3600 * 1000
DEDUP_WINDOW_MS = 3600 * 1000
ACCEPTED = "Trace received successfully."
_LEGACY_MISSING_TOKEN = "Authentication token is required. Use X-Auth-Token header or Authorization: Bearer token."
NOT_JSON = {"message": "Invalid body, expecting json"}


def _registry(document: Mapping[str, Any]) -> Registry[Any]:
    resource: Resource[Any] = Resource.from_contents(document, default_specification=DRAFT202012)
    registry: Registry[Any] = Registry().with_resource("urn:collector", resource)
    return registry


def _validator(schema: Mapping[str, Any], registry: Registry[Any] | None = None) -> jsonschema.Draft202012Validator:
    return jsonschema.Draft202012Validator(schema, registry=registry or _REGISTRY)


_REGISTRY = _registry(DOCUMENT)
# The server checks a span's shape first (its timestamps only as numbers) and then, with its
# own message, that each timestamp has 13 digits: the span is checked against a copy of the
# spec whose EpochMillis is any number, and the digits afterwards.
_SPAN_SHAPE_REGISTRY = _registry(
    {
        **DOCUMENT,
        "components": {
            **DOCUMENT["components"],
            "schemas": {**DOCUMENT["components"]["schemas"], "EpochMillis": {"type": "number"}},
        },
    }
)


def _ref(name: str) -> dict[str, str]:
    return {"$ref": f"urn:collector#/components/schemas/{name}"}


# The server validates the body without its spans, then each span on its own.
_BODY_VALIDATOR = _validator(_ref("CollectorRequest"))
_SPAN_VALIDATOR = _validator(_ref("Span"), _SPAN_SHAPE_REGISTRY)
# When no member of the span union fits, the base span (which admits every type) says why.
_BASE_SPAN_VALIDATOR = _validator(_ref("BaseSpan"), _SPAN_SHAPE_REGISTRY)
_SPAN_KEYS = frozenset(
    key
    for name in ("BaseSpan", "LLMSpan", "RAGSpan")
    for part in [DOCUMENT["components"]["schemas"][name], *DOCUMENT["components"]["schemas"][name].get("allOf", [])]
    for key in part.get("properties", {})
)
_METRIC_KEYS = frozenset(DOCUMENT["components"]["schemas"]["SpanMetrics"]["properties"])


@attrs.define
class Verdict:
    status: int
    body: Any
    headers: dict[str, str] = attrs.field(factory=dict)


def _error_path(error: jsonschema.ValidationError) -> str:
    path = ""
    for part in error.absolute_path:
        path += f"[{part}]" if isinstance(part, int) else (f".{part}" if path else str(part))
    return path


def _validation_message(errors: list[jsonschema.ValidationError], suffix: str = "") -> str:
    best = jsonschema.exceptions.best_match(errors)
    assert best is not None
    where = _error_path(best)
    return f"Validation error: {best.message}" + (f' at "{where}"' if where else "") + suffix


class CollectorJudge:
    """Judges requests and keeps what the server keeps between them (dedup, resends)."""

    def __init__(self, *, api_keys: frozenset[str] | None = None, legacy: bool = False) -> None:
        self.api_keys = api_keys
        self.legacy = legacy
        self._seen_spans: dict[tuple[str, str], int] = {}
        self._seen_bodies: set[str] = set()
        self._lock = threading.Lock()

    # -- step by step, as the server does ---------------------------------------------------

    def judge(self, headers: Mapping[str, str], body: bytes, now_ms: int | None = None) -> Verdict:
        now_ms = now_ms if now_ms is not None else int(time.time() * 1000)
        headers = {key.lower(): value for key, value in headers.items()}
        token = self._token(headers)
        if token is None:
            return self._unauthorized(missing=True)
        if len(body) > MAX_BODY_BYTES:
            return Verdict(413, {"message": "Payload Too Large"})
        content_type = headers.get("content-type", "")
        if (content_type != "application/json") if self.legacy else ("application/json" not in content_type):
            return Verdict(400, NOT_JSON)
        try:
            document = json.loads(body)
        except ValueError:
            return Verdict(400, NOT_JSON)
        if not isinstance(document, dict):
            return Verdict(400, NOT_JSON)
        if self.api_keys is not None and token not in self.api_keys:
            return self._unauthorized(missing=False)
        self._move_legacy_metadata(document)
        verdict = self._check_evaluations(document)
        if verdict is not None:
            return verdict
        without_spans = {key: value for key, value in document.items() if key != "spans"}
        errors = list(_BODY_VALIDATOR.iter_errors(without_spans))
        if errors:
            return Verdict(400, {"error": _validation_message(errors)})
        spans = document.get("spans")
        if spans is not None and not isinstance(spans, list):
            return Verdict(400, {"message": "Invalid 'spans' field, expecting array"})
        spans = spans or []
        if len(spans) > MAX_ITEMS:
            return Verdict(429, {"message": "Too many spans, maximum of 200 per trace"})
        if not self.legacy and len(document.get("evaluations") or []) > MAX_ITEMS:
            return Verdict(429, {"message": "Too many evaluations, maximum of 200 per trace"})
        top_trace_id = document.get("trace_id")
        for span in spans:
            if isinstance(span, dict):
                self._upgrade_legacy_span(span, top_trace_id)
        trace_id = top_trace_id if top_trace_id is not None else (spans[0].get("trace_id") if spans else None)
        if not trace_id:
            return Verdict(400, {"message": "Trace ID not defined"})
        span_trace_ids = {span.get("trace_id") for span in spans if isinstance(span, dict) and span.get("trace_id")}
        if span_trace_ids and (len(span_trace_ids) > 1 or trace_id not in span_trace_ids):
            return Verdict(400, {"message": "All spans must have the same trace id"})
        for index, span in enumerate(spans):
            verdict = self._check_span(index, span)
            if verdict is not None:
                return verdict
        return self._accept(document, body, spans, trace_id, now_ms)

    def _token(self, headers: Mapping[str, str]) -> str | None:
        token = headers.get("x-auth-token")
        if token:
            return token
        authorization = headers.get("authorization", "")
        scheme, _, value = authorization.partition(" ")
        if scheme.lower() == "bearer" and value:
            return value
        if scheme.lower() == "basic" and value and not self.legacy:
            try:
                _project, _, secret = base64.b64decode(value).decode().partition(":")
            except ValueError:
                return None
            return secret or None
        return None

    def _unauthorized(self, *, missing: bool) -> Verdict:
        if not self.legacy:
            return Verdict(401, {"error": "Unauthorized", "message": "Invalid credentials"})
        if missing:
            return Verdict(
                401,
                {"message": _LEGACY_MISSING_TOKEN},
            )
        return Verdict(401, {"message": "Invalid auth token."})

    @staticmethod
    def _move_legacy_metadata(document: dict[str, Any]) -> None:
        if not document.get("metadata"):
            metadata: dict[str, Any] = {
                key: document[key] for key in ("thread_id", "user_id", "customer_id") if key in document
            }
            if document.get("labels"):
                metadata["labels"] = document["labels"]
            document["metadata"] = metadata
        for key in ("thread_id", "user_id", "customer_id", "labels"):
            document.pop(key, None)
        metadata = document["metadata"]
        labels = metadata.get("labels") if isinstance(metadata, dict) else None
        if isinstance(labels, str):
            metadata["labels"] = [labels]
        elif isinstance(labels, dict):
            metadata["labels"] = [f"{key}: {value}" for key, value in labels.items()]

    def _check_evaluations(self, document: dict[str, Any]) -> Verdict | None:
        evaluations = document.get("evaluations")
        exempt = () if self.legacy else ("error", "skipped")  # the older server exempted no status
        for evaluation in evaluations if isinstance(evaluations, list) else []:
            if not isinstance(evaluation, dict):
                continue
            if evaluation.get("status") not in exempt and all(
                evaluation.get(key) is None for key in ("passed", "score", "label")
            ):
                return Verdict(
                    400, {"error": "Either `passed`, `score` or `label` field must be defined for evaluations"}
                )
            timestamps = evaluation.get("timestamps") or {}
            if isinstance(timestamps, dict) and any(
                timestamps.get(key) and len(_js_number(timestamps[key])) != 13 for key in ("started_at", "finished_at")
            ):
                return Verdict(
                    400,
                    {
                        "error": "Evaluation timestamps should be in milliseconds not in seconds, "
                        "please multiply it by 1000"
                    },
                )
        return None

    @staticmethod
    def _upgrade_legacy_span(span: dict[str, Any], top_trace_id: Any) -> None:
        if "id" in span:
            span["span_id"] = span["id"]
        if top_trace_id and not span.get("trace_id"):
            span["trace_id"] = top_trace_id
        if "output" not in span and isinstance(span.get("outputs"), list):
            outputs = span["outputs"]
            if len(outputs) > 1:
                span["output"] = {"type": "list", "value": outputs}
            else:
                span["output"] = outputs[0] if outputs else None
        if isinstance(span.get("contexts"), list):
            span["contexts"] = [_upgrade_context(context) for context in span["contexts"]]
        if isinstance(span.get("error"), dict):
            span["error"]["has_error"] = True
        metrics = span.get("metrics")
        if isinstance(metrics, dict):
            extra = {key: value for key, value in metrics.items() if key not in _METRIC_KEYS}
            if extra:
                span["params"] = {**(span.get("params") or {}), **extra}
                span["metrics"] = {key: value for key, value in metrics.items() if key in _METRIC_KEYS}
        for key in list(span):
            if key not in _SPAN_KEYS:
                del span[key]

    @staticmethod
    def _check_span(index: int, span: Any) -> Verdict | None:
        if not _SPAN_VALIDATOR.is_valid(span):
            errors = list(_BASE_SPAN_VALIDATOR.iter_errors(span)) or list(_SPAN_VALIDATOR.iter_errors(span))
            return Verdict(400, {"error": _validation_message(errors, f' at "spans[{index}]"')})
        timestamps = span["timestamps"]
        if any(
            timestamps.get(key) and len(_js_number(timestamps[key])) != 13
            for key in ("started_at", "finished_at", "first_token_at")
        ):
            return Verdict(
                400, {"error": "Timestamps should be in milliseconds not in seconds, please multiply it by 1000"}
            )
        return None

    def _accept(self, document: dict[str, Any], body: bytes, spans: list[Any], trace_id: str, now_ms: int) -> Verdict:
        with self._lock:
            if self.legacy:
                fingerprint = hashlib.sha256(body).hexdigest()
                if fingerprint in self._seen_bodies:
                    return Verdict(200, {"message": "No changes"})
                self._seen_bodies.add(fingerprint)
                return Verdict(200, {"message": ACCEPTED})
            too_old = 0
            for span in spans:
                if span["timestamps"]["started_at"] < now_ms - SPAN_MAX_AGE_MS:
                    too_old += 1
                    continue
                key = (trace_id, span["span_id"])
                seen = self._seen_spans.get(key)
                if seen is None or now_ms - seen > DEDUP_WINDOW_MS:
                    self._seen_spans[key] = now_ms  # a resend within the hour is skipped, as a success
        messages = [f"{too_old} span(s) dropped: start time is more than 31 days in the past"] if too_old else []
        return Verdict(
            200,
            {
                "message": ACCEPTED,
                "partialSuccess": {
                    "rejectedSpans": too_old,
                    "rejectedEvaluations": 0,
                    "errorMessage": "; ".join(messages),
                },
            },
        )


def _js_number(value: Any) -> str:
    """A number as JavaScript's toString() writes it: the server counts these digits."""
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e21:
        return str(int(value))
    return str(value)


def _upgrade_context(context: Any) -> Any:
    if isinstance(context, str):  # the server also gives such chunks ids; the mock keeps the text only
        return {"content": context}
    if not isinstance(context, dict):
        return context
    upgraded = dict(context)
    for key in ("document_id", "chunk_id"):
        if isinstance(upgraded.get(key), (int, float)) and not isinstance(upgraded.get(key), bool):
            upgraded[key] = _js_number(upgraded[key])
    if "content" in upgraded and not isinstance(upgraded["content"], str):
        upgraded["content"] = json.dumps(upgraded["content"], separators=(",", ":"))
    return upgraded
