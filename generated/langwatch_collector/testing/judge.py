"""How LangWatch's collector judges a request, step by step in the server's own order.

The transport and the credentials are judged here, as the route does before it reads the body
(`platform/app/src/server/routes/collector.ts`): the 10 MiB limit first, then the credentials,
the content type, the JSON text (`jsontext`, the server's decoder) and the key. The
body itself is judged by `server_reading`, the one home of what the route does to a
body, which the client's `parse` uses too; the mock adds what only a server keeps between
requests (spans seen within the hour, the older server's resends) and the older server's
differences (`legacy=True`).

Every body the mock accepts is then checked against the spec's own schemas with `jsonschema`
(the `testing` extra): what the server stores must fit the contract, and a reading that does
not is the mock's own failure, answered as a 500 naming it, never passed off as the server's.
"""

from __future__ import annotations

import base64
import hashlib
import threading
import time
from collections import OrderedDict
from collections.abc import Iterator, Mapping
from typing import Any

import attrs
import jsonschema
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from langwatch_collector import jsontext, server_reading
from langwatch_collector._generated.spec import DOCUMENT
from langwatch_collector.testing.bounds import DEDUP_WINDOW_MS, MAX_REMEMBERED_BODIES
from langwatch_collector.testing.transport import MOCK_FAILURE, PAYLOAD_TOO_LARGE
from langwatch_collector.trace_limits import MAX_BODY_BYTES, MAX_EVALUATIONS

ACCEPTED = "Trace received successfully."
_LEGACY_MISSING_TOKEN = "Authentication token is required. Use X-Auth-Token header or Authorization: Bearer token."
NOT_JSON = server_reading.NOT_JSON
# Chat roles the current schema added after the older server's last release.
ROLES_UNKNOWN_TO_LEGACY = frozenset({"developer"})


def _stored_form_validator() -> jsonschema.Draft202012Validator:
    """The spec's request schema, as it describes what the server keeps.

    A schema marked `x-ill-typed-kept` keeps a reserved key's value of any type (the server
    does not type-check them), so those keys admit any JSON value here.
    """
    schemas = {
        name: {**schema, "properties": {key: {} for key in schema.get("properties", {})}}
        if schema.get("x-ill-typed-kept")
        else schema
        for name, schema in DOCUMENT["components"]["schemas"].items()
    }
    document = {**DOCUMENT, "components": {**DOCUMENT["components"], "schemas": schemas}}
    resource: Resource[Any] = Resource.from_contents(document, default_specification=DRAFT202012)
    registry: Registry[Any] = Registry().with_resource("urn:collector", resource)
    return jsonschema.Draft202012Validator(
        {"$ref": "urn:collector#/components/schemas/CollectorRequest"}, registry=registry
    )


_STORED_FORM = _stored_form_validator()


@attrs.define
class Verdict:
    status: int
    body: Any
    headers: dict[str, str] = attrs.field(factory=dict)


class CollectorJudge:
    """Judges requests and keeps what the server keeps between them (dedup, resends)."""

    def __init__(self, *, api_keys: frozenset[str] | None = None, legacy: bool = False) -> None:
        self.api_keys = api_keys
        self.legacy = legacy
        # Both in the order first seen, so the oldest can be forgotten from the front.
        self._seen_spans: OrderedDict[tuple[str, str], int] = OrderedDict()
        self._seen_bodies: OrderedDict[str, None] = OrderedDict()
        self._lock = threading.Lock()

    # -- step by step, as the server does ---------------------------------------------------

    def judge(self, headers: Mapping[str, str], body: bytes, now_ms: int | None = None) -> Verdict:
        now_ms = now_ms if now_ms is not None else int(time.time() * 1000)
        headers = {key.lower(): value for key, value in headers.items()}
        if len(body) > MAX_BODY_BYTES:  # the body limit runs before the route
            return Verdict(413, dict(PAYLOAD_TOO_LARGE))
        token = self._token(headers)
        if token is None:
            return self._unauthorized(missing=True)
        content_type = headers.get("content-type", "")
        if (content_type != "application/json") if self.legacy else ("application/json" not in content_type):
            return Verdict(400, dict(NOT_JSON))
        try:
            document = jsontext.loads(body)
        except ValueError:
            return Verdict(400, dict(NOT_JSON))
        if not isinstance(document, dict):
            return Verdict(400, dict(NOT_JSON))
        if self.api_keys is not None and token not in self.api_keys:
            return self._unauthorized(missing=False)
        reading = self._read(document, now_ms)
        if reading.status != 200:
            return Verdict(reading.status, reading.answer)
        assert reading.document is not None
        unfit = jsonschema.exceptions.best_match(_STORED_FORM.iter_errors(reading.document))
        if unfit is not None:
            where = unfit.json_path
            return Verdict(500, {"error": MOCK_FAILURE, "message": f"its reading does not fit the spec at {where}"})
        return self._accept(body, reading, now_ms)

    def _read(self, document: dict[str, Any], now_ms: int) -> server_reading.ServerReading:
        if not self.legacy:
            return server_reading.read(document, now_ms=now_ms)
        role = _first_role_unknown_to_legacy(document)
        if role is not None:
            path, value = role
            problem = f"Invalid enum value. Expected {_legacy_roles()}, received '{value}' at \"{path}\""
            return server_reading.ServerReading(400, {"error": f"Validation error: {problem}"}, None, [], [])
        evaluations = document.get("evaluations")
        if isinstance(evaluations, list) and len(evaluations) > MAX_EVALUATIONS:
            # The older server had no limit on evaluations: judge them in parts as one trace.
            for start in range(MAX_EVALUATIONS, len(evaluations), MAX_EVALUATIONS):
                part = {**document, "spans": [], "evaluations": evaluations[start : start + MAX_EVALUATIONS]}
                reading = server_reading.read(part, now_ms=now_ms)
                if reading.status != 200:
                    return reading
            document = {**document, "evaluations": evaluations[:MAX_EVALUATIONS]}
        return server_reading.read(document, now_ms=now_ms)

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

    def _accept(self, body: bytes, reading: server_reading.ServerReading, now_ms: int) -> Verdict:
        assert reading.document is not None
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
            trace_id = str(reading.document["trace_id"])
            for span in reading.document["spans"]:
                key = (trace_id, span["span_id"])
                seen = self._seen_spans.get(key)
                if seen is None or now_ms - seen > DEDUP_WINDOW_MS:
                    self._seen_spans[key] = now_ms  # a resend within the hour is skipped, as a success
                    self._seen_spans.move_to_end(key)
        return Verdict(200, reading.answer)

    def _forget_spans_seen_before(self, cutoff_ms: int) -> None:
        """Spans seen before the dedup window count as new anyway: keep memory bounded by time."""
        while self._seen_spans:
            oldest = next(iter(self._seen_spans.values()))
            if oldest >= cutoff_ms:
                break
            self._seen_spans.popitem(last=False)


def _legacy_roles() -> str:
    roles = DOCUMENT["components"]["schemas"]["ChatRole"]["enum"]
    return " | ".join(f"'{role}'" for role in roles if role not in ROLES_UNKNOWN_TO_LEGACY)


def _first_role_unknown_to_legacy(document: Mapping[str, Any]) -> tuple[str, str] | None:
    """The first chat message whose role the older server's schema did not have, with its path."""
    spans = document.get("spans")
    for index, span in enumerate(spans if isinstance(spans, list) else []):
        for key in ("input", "output"):
            value = span.get(key) if isinstance(span, dict) else None
            for path, role in _roles(value, f"{key}"):
                if role in ROLES_UNKNOWN_TO_LEGACY:
                    return f'{path}" at "spans[{index}]', role
    return None


def _roles(value: Any, path: str) -> Iterator[tuple[str, Any]]:
    if not isinstance(value, dict):
        return
    items = value.get("value")
    if value.get("type") == "chat_messages" and isinstance(items, list):
        for number, message in enumerate(items):
            if isinstance(message, dict):
                yield f"{path}.value[{number}].role", message.get("role")
    elif value.get("type") == "list" and isinstance(items, list):
        for number, item in enumerate(items):
            yield from _roles(item, f"{path}.value[{number}]")
