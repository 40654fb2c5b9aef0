"""How LangWatch's collector judges a request, step by step in the server's own order.

The steps follow `platform/app/src/server/routes/collector.ts` (current server) and the older
Next.js route (`legacy=True`), checked against the conformance corpus (`../shared/conformance`).
Schema checks use `jsonschema` over the spec's own schemas, so the mock and the generated client
judge by one contract; what the route does outside its schemas (auth, content type, legacy
shapes, trace ids, limits, the evaluation rules) is written here.

The route is JavaScript, and some answers follow from that: truthiness decides (`metadata: []`
is kept and then rejected, `labels: ""` is ignored), and on some malformed bodies the route
throws before any check rejects them (`spans: ""`, a span that is `null`, `error: "x"`, RAG
`contexts: null`) and the server answers 500. The mock answers those 500s too, as server
quirks; the client never sends such bodies. `_js` holds the few JavaScript rules involved.
"""

from __future__ import annotations

import base64
import hashlib
import json
import threading
import time
from collections import OrderedDict
from collections.abc import Iterable, Mapping
from typing import Any

import attrs
import jsonschema
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from langwatch_collector._openapi import DOCUMENT
from langwatch_collector.runtime import jsontext
from langwatch_collector.runtime.mock import _js
from langwatch_collector.runtime.mock.bounds import DEDUP_WINDOW_MS, MAX_REMEMBERED_BODIES
from langwatch_collector.runtime.mock.transport import PAYLOAD_TOO_LARGE
from langwatch_collector.runtime.trace_limits import MAX_BODY_BYTES, MAX_EVALUATIONS, MAX_SPANS, SPAN_MAX_AGE_MS

ACCEPTED = "Trace received successfully."
_LEGACY_MISSING_TOKEN = "Authentication token is required. Use X-Auth-Token header or Authorization: Bearer token."
NOT_JSON = {"message": "Invalid body, expecting json"}
SERVER_CRASH = {"error": "Internal server error", "message": "An unknown error occurred"}
NO_VERDICT = {"error": "Either `passed`, `score` or `label` field must be defined for evaluations"}
EVALUATION_SECONDS = {
    "error": "Evaluation timestamps should be in milliseconds not in seconds, please multiply it by 1000"
}
SPAN_SECONDS = {"error": "Timestamps should be in milliseconds not in seconds, please multiply it by 1000"}
# Roles the current schema added after the older server's last release.
_ROLES_UNKNOWN_TO_LEGACY = frozenset({"developer"})


def _registry(document: Mapping[str, Any]) -> Registry[Any]:
    resource: Resource[Any] = Resource.from_contents(document, default_specification=DRAFT202012)
    registry: Registry[Any] = Registry().with_resource("urn:collector", resource)
    return registry


def _with_schemas(**replaced: Any) -> dict[str, Any]:
    return {
        **DOCUMENT,
        "components": {**DOCUMENT["components"], "schemas": {**DOCUMENT["components"]["schemas"], **replaced}},
    }


def _ref(name: str) -> dict[str, str]:
    return {"$ref": f"urn:collector#/components/schemas/{name}"}


@attrs.frozen
class _Validators:
    """The schema checks of one server generation."""

    body: jsonschema.Draft202012Validator  # the body without its spans and metadata
    metadata: jsonschema.Draft202012Validator
    span: jsonschema.Draft202012Validator  # a span, its timestamps only as numbers (their digits come after)
    base_span: jsonschema.Draft202012Validator  # says why, when no member of the span union fits
    metrics: jsonschema.Draft202012Validator

    @classmethod
    def of(cls, document: Mapping[str, Any]) -> _Validators:
        registry = _registry(document)
        # The server checks a span's shape first (timestamps only as numbers) and then, with
        # its own message, that each timestamp has 13 digits.
        schemas = document["components"]["schemas"]
        span_registry = _registry(
            {
                **document,
                "components": {**document["components"], "schemas": {**schemas, "EpochMillis": {"type": "number"}}},
            }
        )

        def validator(name: str, reg: Registry[Any]) -> jsonschema.Draft202012Validator:
            return jsonschema.Draft202012Validator(_ref(name), registry=reg)

        metadata = {"oneOf": [_ref("TraceMetadata"), {"type": "null"}]}
        return cls(
            body=validator("CollectorRequest", registry),
            metadata=jsonschema.Draft202012Validator(metadata, registry=registry),
            span=validator("Span", span_registry),
            base_span=validator("BaseSpan", span_registry),
            metrics=validator("SpanMetrics", registry),
        )


def _legacy_document() -> dict[str, Any]:
    role = DOCUMENT["components"]["schemas"]["ChatRole"]
    return _with_schemas(
        ChatRole={**role, "enum": [value for value in role["enum"] if value not in _ROLES_UNKNOWN_TO_LEGACY]}
    )


_CURRENT = _Validators.of(DOCUMENT)
_LEGACY: _Validators | None = None
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


class _Rejected(Exception):
    """The route returned an answer before the end."""

    def __init__(self, status: int, body: Any) -> None:
        super().__init__(status)
        self.verdict = Verdict(status, body)


def _zod_path(parts: Iterable[Any]) -> str:
    path = ""
    for part in parts:
        path += f"[{part}]" if isinstance(part, int) else (f".{part}" if path else str(part))
    return path


def _zod_issue(error: jsonschema.ValidationError) -> str:
    """One problem in zod's words (`Expected string, received number at "metadata.user_id"`).

    zod names the type it expected and the one it got, says `Required` at the missing key, and
    `Invalid literal value` for a wrong tag; anything else keeps jsonschema's message. (Where
    zod reports a union's every branch, the mock names the best-matching one only.)
    """
    path = list(error.absolute_path)
    if error.validator in ("anyOf", "oneOf") and error.context:
        # `X or null`: zod's nullable() reports X's own problem.
        branches = {sub.relative_schema_path[0] for sub in error.context}
        not_null = [
            index for index in branches if isinstance(index, int) and error.validator_value[index] != {"type": "null"}
        ]
        if len(not_null) == 1 and error.instance is not None:
            chosen = jsonschema.exceptions.best_match(
                sub for sub in error.context if sub.relative_schema_path[0] == not_null[0]
            )
            if chosen is not None:
                return _zod_issue(chosen)
    if error.validator == "type":
        wanted = error.validator_value if isinstance(error.validator_value, list) else [error.validator_value]
        expected = next((kind for kind in wanted if kind != "null"), "null")
        message = f"Expected {_ZOD_TYPE_NAMES.get(expected, expected)}, received {_js.type_name(error.instance)}"
    elif error.validator == "required" and isinstance(error.instance, dict):
        missing = next((key for key in error.validator_value if key not in error.instance), None)
        path.append(missing)
        message = "Required"
    elif error.validator == "const":
        message = f"Invalid literal value, expected {json.dumps(error.validator_value)}"
    elif error.validator == "enum":
        options = " | ".join(f"'{option}'" for option in error.validator_value if option is not None)
        message = f"Invalid enum value. Expected {options}, received '{_js.to_string(error.instance)}'"
    else:
        message = error.message
    where = _zod_path(path)
    return message + (f' at "{where}"' if where else "")


_ZOD_TYPE_NAMES = {"integer": "number"}


def _validation_error(errors: list[jsonschema.ValidationError], suffix: str = "") -> _Rejected:
    """A 400 in zod-validation-error's shape: `Validation error: <issue> at "<path>"`."""
    best = jsonschema.exceptions.best_match(errors)
    assert best is not None
    return _Rejected(400, {"error": f"Validation error: {_zod_issue(best)}{suffix}"})


def _check(validator: jsonschema.Draft202012Validator, value: Any, suffix: str = "") -> None:
    errors = list(validator.iter_errors(value))
    if errors:
        raise _validation_error(errors, suffix)


class CollectorJudge:
    """Judges requests and keeps what the server keeps between them (dedup, resends)."""

    def __init__(self, *, api_keys: frozenset[str] | None = None, legacy: bool = False) -> None:
        self.api_keys = api_keys
        self.legacy = legacy
        # Both in the order first seen, so the oldest can be forgotten from the front.
        self._seen_spans: OrderedDict[tuple[str, str], int] = OrderedDict()
        self._seen_bodies: OrderedDict[str, None] = OrderedDict()
        self._lock = threading.Lock()

    @property
    def _validators(self) -> _Validators:
        global _LEGACY
        if not self.legacy:
            return _CURRENT
        if _LEGACY is None:
            _LEGACY = _Validators.of(_legacy_document())
        return _LEGACY

    # -- step by step, as the server does ---------------------------------------------------

    def judge(self, headers: Mapping[str, str], body: bytes, now_ms: int | None = None) -> Verdict:
        now_ms = now_ms if now_ms is not None else int(time.time() * 1000)
        headers = {key.lower(): value for key, value in headers.items()}
        try:
            return self._judge(headers, body, now_ms)
        except _Rejected as rejected:
            return rejected.verdict
        except _js.ThrownTypeError:
            return Verdict(500, dict(SERVER_CRASH))

    def _judge(self, headers: Mapping[str, str], body: bytes, now_ms: int) -> Verdict:
        if len(body) > MAX_BODY_BYTES:  # the body limit runs before the route
            return Verdict(413, dict(PAYLOAD_TOO_LARGE))
        token = self._token(headers)
        if token is None:
            return self._unauthorized(missing=True)
        content_type = headers.get("content-type", "")
        if (content_type != "application/json") if self.legacy else ("application/json" not in content_type):
            return Verdict(400, NOT_JSON)
        try:
            document = jsontext.loads(body)
        except ValueError:
            return Verdict(400, NOT_JSON)
        if not isinstance(document, dict):
            return Verdict(400, NOT_JSON)
        if self.api_keys is not None and token not in self.api_keys:
            return self._unauthorized(missing=False)
        self._move_legacy_metadata(document)
        self._check_evaluations(document)
        validators = self._validators
        _check(validators.body, {key: value for key, value in document.items() if key not in ("spans", "metadata")})
        spans_field = document.get("spans")
        if _js.truthy(spans_field) and not isinstance(spans_field, list):
            return Verdict(400, {"message": "Invalid 'spans' field, expecting array"})
        if isinstance(spans_field, (list, str)) and len(spans_field) > MAX_SPANS:
            return Verdict(429, {"message": "Too many spans, maximum of 200 per trace"})
        if not self.legacy and len(document.get("evaluations") or []) > MAX_EVALUATIONS:
            return Verdict(429, {"message": "Too many evaluations, maximum of 200 per trace"})
        _check(validators.metadata, document.get("metadata"))
        spans = [] if spans_field is None else spans_field
        if not isinstance(spans, list):  # "", 0 or false: the route calls forEach on it
            raise _js.ThrownTypeError("spans.forEach is not a function")
        top_trace_id = document.get("trace_id")
        for span in spans:
            self._upgrade_span(span, top_trace_id)
        first = spans[0] if spans and isinstance(spans[0], dict) else {}
        trace_id = top_trace_id if top_trace_id is not None else first.get("trace_id")
        if not _js.truthy(trace_id):
            return Verdict(400, {"message": "Trace ID not defined"})
        span_trace_ids = _distinct(
            span.get("trace_id") for span in spans if isinstance(span, dict) and _js.truthy(span.get("trace_id"))
        )
        if span_trace_ids and (len(span_trace_ids) > 1 or not _js.loosely_equal(span_trace_ids[0], trace_id)):
            return Verdict(400, {"message": "All spans must have the same trace id"})
        for index, span in enumerate(spans):
            self._check_span(index, span)
        return self._accept(body, spans, str(trace_id), now_ms)

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
            return Verdict(401, {"message": _LEGACY_MISSING_TOKEN})
        return Verdict(401, {"message": "Invalid auth token."})

    @staticmethod
    def _move_legacy_metadata(document: dict[str, Any]) -> None:
        """Top-level thread/user/customer ids and labels move into metadata when it is absent or falsy."""
        if not _js.truthy(document.get("metadata")):
            metadata: dict[str, Any] = {
                key: document[key] for key in ("thread_id", "user_id", "customer_id") if key in document
            }
            if _js.truthy(document.get("labels")):
                metadata["labels"] = document["labels"]
            document["metadata"] = metadata
        metadata = document["metadata"]
        labels = metadata.get("labels") if isinstance(metadata, dict) else None
        if _js.truthy(labels):
            if isinstance(labels, str):
                metadata["labels"] = [labels]
            elif not isinstance(labels, list):  # an object's entries as "key: value"; a number or true has none
                metadata["labels"] = [f"{key}: {_js.to_string(value)}" for key, value in _js.entries(labels)]

    @staticmethod
    def _check_evaluations(document: dict[str, Any]) -> None:
        """The verdict and timestamp rules, checked before the schema (older and current server alike)."""
        for evaluation in _js.iterate(document.get("evaluations")):
            status = _js.get(evaluation, "status")
            if status not in ("error", "skipped") and all(
                _js.get(evaluation, key) is None for key in ("passed", "score", "label")
            ):
                raise _Rejected(400, dict(NO_VERDICT))
            error = _js.get(evaluation, "error")
            if _js.truthy(error):
                _js.set_property(error, "has_error", True)
            timestamps = _js.get(evaluation, "timestamps")
            for key in ("started_at", "finished_at"):
                value = _js.get(timestamps, key) if timestamps is not None else None
                if _js.truthy(value) and len(_js.to_string(value)) != 13:
                    raise _Rejected(400, dict(EVALUATION_SECONDS))

    @staticmethod
    def _upgrade_span(span: Any, top_trace_id: Any) -> None:
        """What the route does to each span before it validates any: legacy shapes, ids, unknown keys."""
        if _js.has(span, "id"):
            _js.set_property(span, "span_id", span["id"])
        if not isinstance(span, dict):
            return  # an array: nothing below applies, and its schema check fails
        if _js.truthy(top_trace_id) and not _js.truthy(span.get("trace_id")):
            span["trace_id"] = top_trace_id
        if "output" not in span and "outputs" in span:
            outputs = span["outputs"]
            length = _js.length(outputs)
            if length == 0:
                span["output"] = None
            elif length == 1:
                span["output"] = outputs[0]
            elif length is not None and length > 1:
                span["output"] = {"type": "list", "value": outputs}
        if "contexts" in span:
            span["contexts"] = [_upgrade_context(context) for context in _with_ids(span["contexts"])]
        if _js.truthy(span.get("error")):
            _js.set_property(span["error"], "has_error", True)
        for key in list(span):
            if key not in _SPAN_KEYS:
                del span[key]

    def _check_span(self, index: int, span: Any) -> None:
        validators = self._validators
        metrics = span.get("metrics") if isinstance(span, dict) else None
        if isinstance(metrics, dict) and validators.metrics.is_valid(metrics):
            # Metrics the schema does not know move into params (the server's retro-compatibility).
            extra = {key: value for key, value in metrics.items() if key not in _METRIC_KEYS}
            span["params"] = {**_js.spread(span.get("params")), **extra}
            span["metrics"] = {key: value for key, value in metrics.items() if key in _METRIC_KEYS}
        if isinstance(span, dict) and span.get("trace_id") is None:
            # Filled in only from the body's trace id: without one, every span must carry its own.
            raise _Rejected(400, {"error": f'Validation error: Required at "trace_id" at "spans[{index}]"'})
        if not validators.span.is_valid(span):
            errors = list(validators.base_span.iter_errors(span)) or list(validators.span.iter_errors(span))
            raise _validation_error(errors, f' at "spans[{index}]"')
        timestamps = span["timestamps"]
        if any(
            _js.truthy(timestamps.get(key)) and len(_js.to_string(timestamps[key])) != 13
            for key in ("started_at", "finished_at", "first_token_at")
        ):
            raise _Rejected(400, dict(SPAN_SECONDS))

    def _forget_spans_seen_before(self, cutoff_ms: int) -> None:
        """Spans seen before the dedup window count as new anyway: keep memory bounded by time."""
        while self._seen_spans:
            oldest = next(iter(self._seen_spans.values()))
            if oldest >= cutoff_ms:
                break
            self._seen_spans.popitem(last=False)

    def _accept(self, body: bytes, spans: list[Any], trace_id: str, now_ms: int) -> Verdict:
        with self._lock:
            if self.legacy:
                fingerprint = hashlib.sha256(body).hexdigest()
                if fingerprint in self._seen_bodies:
                    return Verdict(200, {"message": "No changes"})
                self._seen_bodies[fingerprint] = None
                if len(self._seen_bodies) > MAX_REMEMBERED_BODIES:
                    self._seen_bodies.popitem(last=False)
                return Verdict(200, {"message": ACCEPTED})
            self._forget_spans_seen_before(now_ms - DEDUP_WINDOW_MS)
            too_old = 0
            for span in spans:
                started_at = span["timestamps"]["started_at"]
                if _js.truthy(started_at) and started_at < now_ms - SPAN_MAX_AGE_MS:
                    too_old += 1
                    continue
                key = (trace_id, span["span_id"])
                seen = self._seen_spans.get(key)
                if seen is None or now_ms - seen > DEDUP_WINDOW_MS:
                    self._seen_spans[key] = now_ms  # a resend within the hour is skipped, as a success
                    self._seen_spans.move_to_end(key)
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


def _with_ids(contexts: Any) -> list[Any]:
    """RAG contexts as the server's `maybeAddIdsToContextList` leaves them (a list, or it throws).

    When no chunk has a `document_id` key, empty entries are dropped and each entry becomes a
    chunk (the server also gives it an md5 document id; the mock only judges, so it keeps none).
    """
    if isinstance(contexts, list) and all(not isinstance(c, dict) or "document_id" not in c for c in contexts):
        return [
            {"content": context["content"]}
            if isinstance(context, dict) and "content" in context
            else {"content": context}
            for context in contexts
            if _js.truthy(context)
        ]
    if not isinstance(contexts, list):
        raise _js.ThrownTypeError("contexts.map is not a function")
    return contexts


def _upgrade_context(context: Any) -> Any:
    """`{...context, document_id/chunk_id as strings when numbers, content as JSON text unless a string}`."""
    upgraded = _js.spread(context) if context is not None else None
    if upgraded is None:
        raise _js.ThrownTypeError("Cannot read properties of null (reading 'document_id')")
    for key in ("document_id", "chunk_id"):
        value = upgraded.get(key)
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            upgraded[key] = _js.number_to_string(value)
    content = upgraded.get("content")
    if not isinstance(content, str):
        if content is None and "content" not in upgraded:
            upgraded.pop("content", None)  # JSON.stringify(undefined) is undefined: the key is gone
        else:
            upgraded["content"] = jsontext.dumps(content).decode()
    return upgraded


def _distinct(values: Iterable[Any]) -> list[Any]:
    """`Array.from(new Set(values))`: equal strings and numbers once, every object on its own."""
    result: list[Any] = []
    for value in values:
        if isinstance(value, (dict, list)) or all(value != seen or isinstance(seen, (dict, list)) for seen in result):
            result.append(value)
    return result
