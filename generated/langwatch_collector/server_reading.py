"""The server's reading of a request body: the one home of what LangWatch's collector does to it.

API (stable; the client's `parse`/`serialize`, the CLI's `validate` and the mock's judge use it):

    reading = read(document, now_ms=None)      # document: the decoded JSON (jsontext.loads)
    read(document, keep_document=False)        # the same verdict, problems and warnings, without
                                               # building `document` (serialize only judges)
    reading.status     # what the server answers: 200, 400, 429 or 500 (a crash of the route)
    reading.answer     # the JSON body of that answer: the server's own, but for zod's 400s,
                       # whose `Validation error: ...` wording is approximated (path and gist)
    reading.accepted   # 200, or 429 for too many spans/evaluations with nothing else wrong
                       # (a client splits such a trace): the corpus' verdict
    reading.document   # the request as the server reads it (the corpus' `normalized`) when
                       # accepted, else None
    reading.problems   # [(path, message)]: why it is not accepted, path-precise
    reading.warnings   # [(path, message)]: each silent conversion or drop the server makes
    reading.old_spans  # spans the server drops (counted in partialSuccess) for being old

It follows `platform/app/src/server/routes/collector.ts` step by step, in its order (checked
against the conformance corpus, which wins where the two differ):

 1. a body that is not a JSON object: 400 `Invalid body, expecting json`;
 2. no or falsy `metadata` (JavaScript truthiness): the legacy top-level `thread_id`, `user_id`,
    `customer_id` and (truthy) `labels` move into it; labels as a string become `[label]`,
    an object `["key: value", ...]`, a number or `true` `[]`;
 3. each evaluation: a verdict (`passed`, `score` or `label`) unless its status is `error` or
    `skipped` (400); `error.has_error` set; its timestamps' 13-character rule (400);
 4. zod over `trace_id`, `metadata`, `expected_output` and `evaluations` (400);
 5. `spans` truthy but not an array: 400; more than 200 spans or evaluations (x-limits): 429;
 6. the reserved and custom metadata schemas (400);
 7. each span: `id` copied to `span_id`; `trace_id` filled from the top-level one only;
    `outputs` turned into `output`; RAG `contexts` rewritten (see `_rewrite_contexts`);
    `error.has_error` set; keys no span type knows dropped;
 8. no trace id: 400 `Trace ID not defined`; different span trace ids: 400;
 9. each span: unknown `metrics` keys moved into `params`; read as the first of LLM span, RAG
    span and base span that fits (400 if none); the 13-character timestamp rule (400);
10. evaluations: `status` defaults to `error` with an error, else `processed`; `passed`,
    `score` and `label` are kept only with status `processed` (the verdict gate).

Where the route itself throws on a body it has not rejected (a `null` span, `contexts: null`,
`error: "x"`, `evaluations: {}`, ...), the answer is the server's 500; the client never sends
such a body. The evaluation ids the server mints (`eval_md5_...`, `customeval_...`) are not
added: a client need not write them.

The reading is on every `parse` and `serialize`, so the common case takes shortcuts that reach
the general rule's result without its work: metrics with no unknown key are not moved, a span
is checked with its params set aside rather than copied, string trace ids are compared as
strings, metadata that fits as a whole is not checked again in part, objects are only rebuilt
when a document is kept, and paths and messages are only written for a problem or a warning.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Iterable
from typing import Any, Literal

import attrs

from langwatch_collector import javascript, rules
from langwatch_collector.contract import VALIDATOR
from langwatch_collector.timestamps import MILLIS_HIGH, MILLIS_LOW, epoch_millis_problem
from langwatch_collector.trace_limits import MAX_EVALUATIONS, MAX_SPANS, SPAN_MAX_AGE_DAYS, is_too_old
from langwatch_collector.validation import Schema, child_path, json_type

Problems = list[tuple[str, str]]

NOT_JSON = {"message": "Invalid body, expecting json"}
NO_TRACE_ID = {"message": "Trace ID not defined"}
MIXED_TRACE_IDS = {"message": "All spans must have the same trace id"}
SPANS_NOT_ARRAY = {"message": "Invalid 'spans' field, expecting array"}
TOO_MANY_SPANS = {"message": f"Too many spans, maximum of {MAX_SPANS} per trace"}
TOO_MANY_EVALUATIONS = {"message": f"Too many evaluations, maximum of {MAX_EVALUATIONS} per trace"}
NO_VERDICT = {"error": "Either `passed`, `score` or `label` field must be defined for evaluations"}
SECONDS_TIMESTAMPS = {"error": "Timestamps should be in milliseconds not in seconds, please multiply it by 1000"}
SECONDS_EVALUATION_TIMESTAMPS = {
    "error": "Evaluation timestamps should be in milliseconds not in seconds, please multiply it by 1000"
}
OLD_SPAN_WARNING = f"started more than {SPAN_MAX_AGE_DAYS} days ago: the server drops the span"
ROUTE_CRASH = {"error": "Internal server error", "message": "An unknown error occurred"}

VERDICT_FIELDS = ("passed", "score", "label")
# The metadata keys the first zod schema (the request's) types; the others only as custom values.
_FIRST_METADATA_KEYS = ("user_id", "thread_id", "customer_id", "labels", "sdk_version", "sdk_language")
_REQUEST_KEYS = ("trace_id", "spans", "metadata", "expected_output", "evaluations")
_CRASH_NOTE = "the server fails with a 500 on it"


# A schema's property names: in its order (what zod keeps, in that order) and hashed (to tell
# a known key from an unknown one at the cost of a lookup, not a scan).
Fields = dict[str, None]


def _properties(schema: Schema) -> Fields:
    names = list(schema.get("properties", {}))
    for part in schema.get("allOf", ()):
        names.extend(_properties(VALIDATOR.resolve(part["$ref"]) if "$ref" in part else part))
    return dict.fromkeys(names)


_TYPED_VALUE_KEYS: Fields = dict.fromkeys(("type", "value"))


@attrs.frozen
class _KnownKeys:
    """The keys zod keeps of each object, read from the spec's schemas on the first request."""

    base_span: Fields
    members: dict[str, Fields]  # "llm", "rag", "base"
    span: frozenset[str]
    reserved_metadata: Fields
    metrics: Fields
    chunk: Fields
    evaluation: Fields
    error: Fields
    evaluation_timestamps: Fields
    # A span's objects whose unknown keys zod drops, in the order the server's reading reaches them.
    span_parts: tuple[tuple[str, Fields], ...]


@functools.cache
def _known_keys() -> _KnownKeys:
    def of(name: str) -> Fields:
        return _properties(VALIDATOR.schema(name))

    base_span = of("BaseSpan")
    members = {"llm": of("LLMSpan"), "rag": of("RAGSpan"), "base": base_span}
    error = of("ErrorCapture")
    metrics = of("SpanMetrics")
    return _KnownKeys(
        base_span=base_span,
        members=members,
        span=frozenset(key for keys in members.values() for key in keys),
        reserved_metadata=of("TraceMetadata"),
        metrics=metrics,
        chunk=of("RAGChunk"),
        evaluation=of("RESTEvaluation"),
        error=error,
        evaluation_timestamps=of("EvaluationTimestamps"),
        span_parts=(
            ("timestamps", of("SpanTimestamps")),
            ("metrics", metrics),
            ("error", error),
            ("input", _TYPED_VALUE_KEYS),
            ("output", _TYPED_VALUE_KEYS),
        ),
    )


_STRINGS = frozenset({str})


@attrs.frozen
class ServerReading:
    """What the server does with one request body (see the module docstring)."""

    status: int
    answer: Any
    document: dict[str, Any] | None
    problems: Problems
    warnings: Problems
    old_spans: int = 0

    @property
    def accepted(self) -> bool:
        return self.status == 200 or (self.status == 429 and not self.problems)


def read(document: Any, *, now_ms: int | None = None, keep_document: bool = True) -> ServerReading:
    """The server's reading of a decoded JSON body (see the module docstring).

    With `keep_document=False` the request the server would store is not built (`document` is
    None): the verdict, problems and warnings are the same, for a caller who only judges a body.
    """
    return _Reader(now_ms, keep_document).read(document)


class _Reader:
    def __init__(self, now_ms: int | None, keep_document: bool = True) -> None:
        self.now_ms = now_ms
        self.keep_document = keep_document
        self.known = _known_keys()
        self.fitting_metadata: dict[str, Any] | None = None  # the request's metadata, once known to fit
        self.status = 200
        self.answer: Any = None
        self.problems: Problems = []
        self.warnings: Problems = []
        self.old_spans = 0

    # -- outcome -------------------------------------------------------------------------

    def fail(self, status: int, answer: Any, problems: Iterable[tuple[str, str]] = ()) -> None:
        """Records a problem; the first failing step decides the server's answer."""
        self.problems.extend(problems)
        if self.status == 200:
            self.status, self.answer = status, answer

    def zod_fail(self, problems: Problems, within: str = "", suffix: str = "") -> None:
        """A zod parse failing: its answer names paths relative to what it parsed (`within`)."""
        self.fail(400, {"error": _zod_message(problems, within) + suffix}, problems)

    def crash(self, path: str, message: str) -> None:
        self.fail(500, ROUTE_CRASH, [(path, f"{message} ({_CRASH_NOTE})")])

    def warn(self, path: str, message: str) -> None:
        self.warnings.append((path, message))

    def result(self, document: dict[str, Any] | None) -> ServerReading:
        accepted = self.status == 200 or (self.status == 429 and not self.problems)
        if self.status == 200:
            dropped = f"{self.old_spans} span(s) dropped: start time is more than {SPAN_MAX_AGE_DAYS} days in the past"
            self.answer = {
                "message": "Trace received successfully.",
                "partialSuccess": {
                    "rejectedSpans": self.old_spans,
                    "rejectedEvaluations": 0,
                    "errorMessage": dropped if self.old_spans else "",
                },
            }
        return ServerReading(
            status=self.status,
            answer=self.answer,
            document=document if accepted and self.keep_document else None,
            problems=_unique(self.problems),  # the route checks metadata twice: one problem is said once
            warnings=self.warnings,
            old_spans=self.old_spans,
        )

    # -- the route, in its order -----------------------------------------------------------

    def read(self, body: Any) -> ServerReading:
        if not isinstance(body, dict):
            self.fail(400, NOT_JSON, [("", f"expected a JSON object, got {json_type(body)}")])
            return self.result(None)
        body = dict(body)
        self.legacy_metadata(body)
        evaluations = self.evaluation_rules(body)
        self.request_schema(body, evaluations)
        spans = body.get("spans")
        if javascript.truthy(spans) and not isinstance(spans, list):
            self.fail(400, SPANS_NOT_ARRAY, [("spans", f"expected an array, got {json_type(spans)}")])
        if isinstance(spans, list) and len(spans) > MAX_SPANS:
            self.fail(429, TOO_MANY_SPANS)
        if isinstance(evaluations, list) and len(evaluations) > MAX_EVALUATIONS:
            self.fail(429, TOO_MANY_EVALUATIONS)
        metadata = self.metadata(body.get("metadata"))
        top_trace_id = body.get("trace_id") if isinstance(body.get("trace_id"), str) else None
        rewritten = self.rewrite_spans(spans, top_trace_id)
        trace_id = self.trace_id(top_trace_id, body.get("trace_id"), rewritten)
        read_spans = [self.read_span(index, span) for index, span in enumerate(rewritten)]
        if self.status not in (200, 429) or self.problems:
            return self.result(None)
        normalized: dict[str, Any] = {"trace_id": trace_id, "spans": read_spans, "metadata": metadata}
        if body.get("expected_output") is not None:
            normalized["expected_output"] = body["expected_output"]
        if isinstance(evaluations, list):
            normalized["evaluations"] = [self.read_evaluation(index, item) for index, item in enumerate(evaluations)]
        for key in body:
            if key not in _REQUEST_KEYS and key not in rules.LEGACY_TOP_LEVEL:
                self.warn(key, "unknown field: the server drops it")
        return self.result(normalized)

    def legacy_metadata(self, body: dict[str, Any]) -> None:
        metadata = body.get("metadata")
        if not javascript.truthy(metadata):
            if "metadata" in body and metadata is not None:
                self.warn("metadata", f"{javascript.stringify(metadata)} is falsy: the server reads it as no metadata")
            metadata = {}
            for key in rules.LEGACY_TOP_LEVEL:
                if key not in body:
                    continue
                if key == "labels" and not javascript.truthy(body[key]):
                    self.warn(key, "legacy field with a falsy value: the server ignores it")
                    continue
                metadata[key] = body[key]
                self.warn(key, f"legacy field: the server reads it as metadata.{key}")
            body["metadata"] = metadata
        else:
            for key in rules.LEGACY_TOP_LEVEL:
                if key in body:
                    self.warn(key, f"legacy field ignored by the server because metadata is given: set metadata.{key}")
        if isinstance(metadata, dict) and javascript.truthy(metadata.get("labels")):
            labels = metadata["labels"]
            converted = _labels(labels)
            if converted is not labels:
                body["metadata"] = {**metadata, "labels": converted}
                self.warn("metadata.labels", f"{json_type(labels)} labels read as {javascript.stringify(converted)}")

    def evaluation_rules(self, body: dict[str, Any]) -> Any:
        """The route's checks on evaluations before zod; returns them with `has_error` set."""
        evaluations = body.get("evaluations")
        if evaluations is None:
            return None
        if isinstance(evaluations, str):
            items: list[Any] = list(evaluations)  # for..of walks a string's characters
        elif isinstance(evaluations, list):
            items = list(evaluations)
        else:
            self.crash("evaluations", f"expected an array, got {json_type(evaluations)}")
            return evaluations
        for index, evaluation in enumerate(items):
            path = f"evaluations[{index}]"
            if evaluation is None:
                self.crash(path, "expected an object, got null")
                continue
            fields = evaluation if isinstance(evaluation, dict) else {}
            if fields.get("status") not in ("error", "skipped") and all(
                fields.get(name) is None for name in VERDICT_FIELDS
            ):
                message = "needs a verdict: set `passed`, `score` or `label` (or status `error` or `skipped`)"
                self.fail(400, NO_VERDICT, [(path, message)])
                continue
            error = fields.get("error")
            if javascript.truthy(error):
                if isinstance(error, dict):
                    items[index] = {**fields, "error": {**error, "has_error": True}}
                elif not isinstance(error, list):
                    self.crash(f"{path}.error", f"expected an object, got {json_type(error)}")
                    continue
            timestamps = fields.get("timestamps")
            if isinstance(timestamps, dict):
                for key in ("started_at", "finished_at"):
                    value = timestamps.get(key)
                    if javascript.truthy(value) and len(javascript.string_of(value)) != 13:
                        problem = (f"{path}.timestamps.{key}", epoch_millis_problem(value))
                        self.fail(400, SECONDS_EVALUATION_TIMESTAMPS, [problem])
                        break
        return items if isinstance(evaluations, list) else evaluations

    def request_schema(self, body: dict[str, Any], evaluations: Any) -> None:
        problems: Problems = []
        trace_id = body.get("trace_id")
        if trace_id is not None and not isinstance(trace_id, str):
            problems.append(("trace_id", f"expected str or null, got {json_type(trace_id)}"))
        expected = body.get("expected_output")
        if expected is not None and not isinstance(expected, str):
            problems.append(("expected_output", f"expected str or null, got {json_type(expected)}"))
        metadata = body.get("metadata")
        if not isinstance(metadata, dict):
            problems.append(("metadata", f"expected object, got {json_type(metadata)}"))
        else:
            # Metadata that fits its schema as a whole fits it in part (no key is required), and
            # its custom values fit CustomMetadataValue (the schema's additionalProperties).
            fits = VALIDATOR.is_valid("TraceMetadata", metadata)
            if fits:
                self.fitting_metadata = metadata
            else:
                first = {key: metadata[key] for key in _FIRST_METADATA_KEYS if key in metadata}
                problems.extend(VALIDATOR.errors("TraceMetadata", first, "metadata"))
            for key, value in metadata.items():
                if fits and key not in self.known.reserved_metadata:
                    continue
                if not VALIDATOR.is_valid("CustomMetadataValue", value):
                    problems.extend(VALIDATOR.errors("CustomMetadataValue", value, child_path("metadata", key)))
        if "evaluations" in body:
            if not isinstance(evaluations, list) or isinstance(body["evaluations"], str):
                problems.append(("evaluations", f"expected array, got {json_type(body['evaluations'])}"))
            else:
                for index, evaluation in enumerate(evaluations):
                    problems.extend(VALIDATOR.errors("RESTEvaluation", evaluation, f"evaluations[{index}]"))
        if problems:
            self.zod_fail(_unique(problems))

    def metadata(self, metadata: Any) -> dict[str, Any]:
        if not isinstance(metadata, dict):
            return {}
        problems = [] if metadata is self.fitting_metadata else VALIDATOR.errors("TraceMetadata", metadata, "metadata")
        if problems:
            self.zod_fail(problems, within="metadata")  # the route parses the metadata on its own here
        reserved = {key: metadata[key] for key in self.known.reserved_metadata if metadata.get(key) is not None}
        custom = {key: value for key, value in metadata.items() if key not in self.known.reserved_metadata}
        return {**reserved, **custom}

    def rewrite_spans(self, spans: Any, top_trace_id: str | None) -> list[Any]:
        if spans is None:
            return []
        if not isinstance(spans, list):
            if not javascript.truthy(spans):  # "", 0, false: `(spans ?? []).forEach` throws
                self.crash("spans", f"expected an array, got {json_type(spans)}")
            return []
        return [self.rewrite_span(index, span, top_trace_id) for index, span in enumerate(spans)]

    def rewrite_span(self, index: int, span: Any, top_trace_id: str | None) -> Any:
        path = f"spans[{index}]"
        if isinstance(span, list):
            return span  # an array is an object to JavaScript: zod rejects it later
        if not isinstance(span, dict):
            self.crash(path, f"expected an object, got {json_type(span)}")
            return None
        span = dict(span)
        if rules.LEGACY_SPAN_ID in span:
            new_name = rules.LEGACY_SPAN[rules.LEGACY_SPAN_ID]
            self.warn(f"{path}.{rules.LEGACY_SPAN_ID}", f"legacy field: the server reads it as {new_name}")
            span[new_name] = span[rules.LEGACY_SPAN_ID]
        if top_trace_id and not javascript.truthy(span.get("trace_id")):
            if span.get("trace_id") is not None:
                given = javascript.stringify(span["trace_id"])
                self.warn(f"{path}.trace_id", f"{given} is falsy: the server replaces it with the request's trace_id")
            span["trace_id"] = top_trace_id
        if rules.LEGACY_OUTPUTS in span:
            self.legacy_outputs(path, span)
        if "contexts" in span:
            span["contexts"] = self.rewrite_contexts(f"{path}.contexts", span["contexts"])
        error = span.get("error")
        if javascript.truthy(error):
            if isinstance(error, dict):
                if "has_error" in error and error["has_error"] is not True:
                    self.warn(f"{path}.error.has_error", "the server sets it to true")
                span["error"] = {**error, "has_error": True}
            elif not isinstance(error, list):
                self.crash(f"{path}.error", f"expected an object, got {json_type(error)}")
        if not self.known.span.issuperset(span):
            self.drop_unknown_span_keys(path, span)
        return span

    def drop_unknown_span_keys(self, path: str, span: dict[str, Any]) -> None:
        for key in list(span):
            if key not in self.known.span:
                if key not in rules.LEGACY_SPAN:
                    self.warn(child_path(path, key), "unknown span field: the server drops it")
                del span[key]

    def legacy_outputs(self, path: str, span: dict[str, Any]) -> None:
        where, output = f"{path}.{rules.LEGACY_OUTPUTS}", rules.LEGACY_SPAN[rules.LEGACY_OUTPUTS]
        outputs = span[rules.LEGACY_OUTPUTS]
        if output in span:
            self.warn(where, f"legacy field ignored by the server because {output} is given")
            return
        if outputs is None:
            self.crash(where, "expected an array, got null")
            return
        length = _js_length(outputs)
        if length == 0:
            span[output] = None
        elif length == 1:
            span[output] = outputs[0] if isinstance(outputs, (list, str)) else outputs.get("0")
        elif length is not None and length > 1:
            span[output] = {"type": "list", "value": outputs}
        else:
            self.warn(where, "legacy field the server cannot read: dropped")
            return
        self.warn(where, f"legacy field: the server reads it as {output}")

    def rewrite_contexts(self, path: str, contexts: Any) -> Any:
        """RAG contexts as the route rewrites them (its `maybeAddIdsToContextList`, then ids and content).

        When no chunk has a `document_id` key: empty entries are dropped, plain values become
        chunks, each gets the md5 of its text as `document_id` and loses any `chunk_id`. Then
        number ids become strings and a content that is not a string becomes its JSON text.
        """
        if not isinstance(contexts, list):
            self.crash(path, f"expected an array, got {json_type(contexts)}")
            return contexts
        chunks: list[Any] = contexts
        if all(not (isinstance(chunk, dict) and "document_id" in chunk) for chunk in contexts):
            chunks = []
            for index, chunk in enumerate(contexts):
                where = f"{path}[{index}]"
                if not javascript.truthy(chunk):
                    self.warn(where, "empty context: the server drops it")
                    continue
                has_content = isinstance(chunk, dict) and "content" in chunk
                content = chunk["content"] if has_content else chunk
                if not has_content:
                    self.warn(where, f"{json_type(chunk)} context: the server reads it as a chunk's content")
                if isinstance(chunk, dict) and "chunk_id" in chunk:
                    self.warn(f"{where}.chunk_id", "dropped by the server, as no chunk has a document_id")
                self.warn(f"{where}.document_id", "none given: the server sets the md5 of the chunk's text")
                try:
                    document_id = javascript.md5_hex(_chunk_text(chunk))
                except TypeError as error:  # only a Python caller can hand over such a value
                    self.fail(400, NOT_JSON, [(where, str(error))])
                    continue
                chunks.append({"document_id": document_id, "content": content})
        result: list[Any] = []
        for index, chunk in enumerate(chunks):
            where = f"{path}[{index}]"
            if chunk is None:
                self.crash(where, "expected an object, got null")
                result.append(chunk)
                continue
            rewritten = _spread(chunk)
            for key in rules.CHUNK_IDS:
                value = rewritten.get(key)
                if isinstance(value, (int, float)) and not isinstance(value, bool):
                    rewritten[key] = javascript.number_text(value)
                    self.warn(f"{where}.{key}", "number id: the server reads it as a string")
            if "content" in rewritten and not isinstance(rewritten["content"], str):
                try:
                    rewritten["content"] = javascript.stringify(rewritten["content"])
                except TypeError as error:  # only a Python caller can hand over such a value
                    self.fail(400, NOT_JSON, [(f"{where}.content", str(error))])
                    continue
                self.warn(f"{where}.content", "not a string: the server stores its JSON text")
            result.append(rewritten)
        return result

    def trace_id(self, top_trace_id: str | None, given: Any, spans: list[Any]) -> Any:
        first = spans[0] if spans and isinstance(spans[0], dict) else {}
        trace_id = given if given is not None else first.get("trace_id")
        if not javascript.truthy(trace_id):
            problems = [("trace_id", "no trace id: set the request's trace_id (or every span's)")]
            self.fail(400, NO_TRACE_ID, problems)
            return trace_id
        given_ids = [
            span["trace_id"] for span in spans if isinstance(span, dict) and javascript.truthy(span.get("trace_id"))
        ]
        if type(trace_id) is str and set(map(type, given_ids)) <= _STRINGS:
            # Strings only (the usual case): the Set and `==` of the route are string equality.
            mixed = given_ids.count(trace_id) != len(given_ids)
        else:
            distinct = javascript.distinct(given_ids)
            mixed = bool(distinct) and (len(distinct) > 1 or not javascript.loosely_equal(distinct[0], trace_id))
        if mixed:
            problems = [
                (
                    f"spans[{index}].trace_id",
                    f"{span['trace_id']!r} differs from the trace id {trace_id!r}: all spans must share one trace id",
                )
                for index, span in enumerate(spans)
                if isinstance(span, dict)
                and javascript.truthy(span.get("trace_id"))
                and not javascript.loosely_equal(span["trace_id"], trace_id)
            ]
            self.fail(400, MIXED_TRACE_IDS, problems)
        return trace_id

    def read_span(self, index: int, span: Any) -> Any:
        path = f"spans[{index}]"
        if span is None:
            return None  # the route crashed on it already
        if not isinstance(span, dict):
            self.zod_fail([(path, f"expected object, got {json_type(span)}")], within=path, suffix=f' at "{path}"')
            return None
        span = self.move_metrics(path, span)
        problems: Problems = []
        # The span is checked without its params (zod reads them as any object). `span` is the
        # reader's own copy (rewrite_span made it), so they are set aside and put back rather
        # than the span copied; nothing below depends on where the key sits.
        has_params = "params" in span
        params = span.pop("params", None)
        if params is not None and not isinstance(params, dict):
            problems.append((f"{path}.params", f"expected object or null, got {json_type(params)}"))
        member = _member(span)  # the LLM and RAG spans extend the base span: fitting one, it fits
        if member == "base":
            problems.extend(VALIDATOR.errors("BaseSpan", span, path))
        if has_params:
            span["params"] = params
        trace_id_path = f"{path}.trace_id"
        if not isinstance(span.get("trace_id"), str) and trace_id_path not in {problem[0] for problem in problems}:
            problems.append((trace_id_path, _missing_trace_id(span.get("trace_id"))))
        if problems:
            self.zod_fail(problems, within=path, suffix=f' at "{path}"')
            return None
        self.warn_dropped_member_keys(path, span, member)
        keep, member_keys = self.keep_document, self.known.members[member]
        read = {key: span[key] for key in member_keys if span.get(key) is not None} if keep else {}
        for key, fields in self.known.span_parts:  # `timestamps` is required: always there
            value = span.get(key)
            if value is not None and key in member_keys:
                self.warn_unknown(value, fields, path, key)
                if keep:
                    read[key] = _known(value, fields, keep_nulls=fields is _TYPED_VALUE_KEYS)
        contexts = span.get("contexts") if "contexts" in member_keys else None
        if contexts is not None:
            for number, chunk in enumerate(contexts):
                self.warn_unknown(chunk, self.known.chunk, path, f"contexts[{number}]")
            if keep:
                read["contexts"] = [_known(chunk, self.known.chunk) for chunk in contexts]
        self.timestamp_rule(path, span["timestamps"])  # the keys it reads are the schema's: kept as they are
        return read

    def move_metrics(self, path: str, span: dict[str, Any]) -> dict[str, Any]:
        metrics = span.get("metrics")
        if not isinstance(metrics, dict):
            return span  # not an object: zod rejects it with the span
        if isinstance(span.get("params"), dict) and metrics.keys() <= self.known.metrics.keys():
            return span  # nothing to move, params already an object: the move would copy the span as it is
        if not VALIDATOR.is_valid("SpanMetrics", metrics):
            return span  # zod rejects it with the span
        extra = {key: value for key, value in metrics.items() if key not in self.known.metrics}
        for key in extra:
            self.warn(f"{path}.metrics.{key}", f"unknown metric: the server moves it to params.{key}")
        known = {key: value for key, value in metrics.items() if key in self.known.metrics}
        return {**span, "metrics": known, "params": {**_spread(span.get("params")), **extra}}

    def warn_dropped_member_keys(self, path: str, span: dict[str, Any], member: str) -> None:
        for key in ("vendor", "model", "contexts"):
            if key in span and key not in self.known.members[member] and span[key] is not None:
                if span["type"] == "llm" and key != "contexts":
                    reason = "the span's vendor or model is not a string: the server reads it as a base span"
                elif span["type"] == "rag" and key == "contexts":
                    reason = "the contexts are not valid chunks: the server reads the span as a base span"
                else:
                    reason = f"only {'an llm' if key != 'contexts' else 'a rag'} span keeps it"
                self.warn(f"{path}.{key}", f"dropped by the server: {reason}")

    def pick(self, value: dict[str, Any], keys: Fields, path: str, field: str) -> dict[str, Any]:
        """The known keys of one of the collector's own objects, as zod keeps them; warns of the others."""
        self.warn_unknown(value, keys, path, field)
        return _known(value, keys)

    def warn_unknown(self, value: dict[str, Any], keys: Fields, path: str, field: str) -> None:
        """Warns of each key of the object at `path` + `field` that zod drops (the path is only
        written for a warning)."""
        if not value.keys() <= keys.keys():
            where = f"{path}{field}" if field.startswith("[") else f"{path}.{field}"
            for key in value:
                if key not in keys:
                    self.warn(child_path(where, key), "unknown field: the server drops it")

    def timestamp_rule(self, path: str, timestamps: dict[str, Any]) -> None:
        """The route's check on a span that zod accepted: its timestamps are numbers (or null)."""
        for key in ("started_at", "finished_at", "first_token_at"):
            value = timestamps.get(key)
            if type(value) is int and MILLIS_LOW <= value < MILLIS_HIGH:
                continue  # the common case, decided without writing the number out
            if value is not None and javascript.truthy(value) and len(javascript.number_text(value)) != 13:
                self.fail(400, SECONDS_TIMESTAMPS, [(f"{path}.timestamps.{key}", epoch_millis_problem(value))])
                return
        if is_too_old(timestamps.get("started_at"), self._now()):
            self.old_spans += 1
            self.warn(f"{path}.timestamps.started_at", OLD_SPAN_WARNING)

    def _now(self) -> float:
        if self.now_ms is None:
            import time

            self.now_ms = int(time.time() * 1000)
        return self.now_ms

    def read_evaluation(self, index: int, evaluation: dict[str, Any]) -> dict[str, Any]:
        path = f"evaluations[{index}]"
        read = self.pick(evaluation, self.known.evaluation, "evaluations", f"[{index}]")
        if "error" in read:
            read["error"] = self.pick(read["error"], self.known.error, path, "error")
        if "timestamps" in read:
            read["timestamps"] = self.pick(read["timestamps"], self.known.evaluation_timestamps, path, "timestamps")
        if "status" not in read:
            read["status"] = default_status(has_error="error" in read)
        if read["status"] != "processed":
            for key in VERDICT_FIELDS:
                if key in read:
                    del read[key]
                    self.warn(
                        f"{path}.{key}", f"discarded by the server: status is {read['status']!r}, not 'processed'"
                    )
        return read


def default_status(*, has_error: bool) -> Literal["error", "processed"]:
    """The status the route gives an evaluation that names none."""
    return "error" if has_error else "processed"


def _member(span: dict[str, Any]) -> str:
    """The first of LLM span and RAG span that the span fits, else "base" (which it may not fit)."""
    if span.get("type") == "llm" and VALIDATOR.is_valid("LLMSpan", span):
        return "llm"
    if span.get("type") == "rag" and VALIDATOR.is_valid("RAGSpan", span):
        return "rag"
    return "base"


def _known(value: dict[str, Any], keys: Fields, *, keep_nulls: bool = False) -> dict[str, Any]:
    """An object as zod keeps it: the schema's keys, in the schema's order, nulls dropped unless
    the schema types them (a typed value's `value`)."""
    if keep_nulls:
        return {key: value[key] for key in keys if key in value}
    return {key: value[key] for key in keys if value.get(key) is not None}


def _labels(labels: Any) -> Any:
    """Truthy labels as the route reads them; the same object when they are already a list."""
    if isinstance(labels, str):
        return [labels]
    if isinstance(labels, list):
        return labels
    if isinstance(labels, dict):
        return [f"{key}: {javascript.string_of(labels[key])}" for key in javascript.keys_in_order(labels)]
    return []  # Object.entries of a number or `true`


def _js_length(value: Any) -> float | None:
    if isinstance(value, (list, str)):
        return len(value.encode("utf-16-le", "surrogatepass")) // 2 if isinstance(value, str) else len(value)
    if isinstance(value, dict):
        length = value.get("length")
        if isinstance(length, (int, float)) and not isinstance(length, bool):
            return length
    return None


def _spread(value: Any) -> dict[str, Any]:
    """`{...value}`: an object's own keys; a string's characters (UTF-16 units) or an array's items by index."""
    if isinstance(value, dict):
        return dict(value)
    if isinstance(value, str):
        units = value.encode("utf-16-le", "surrogatepass")
        return {
            str(index): units[2 * index : 2 * index + 2].decode("utf-16-le", "surrogatepass")
            for index in range(len(units) // 2)
        }
    if isinstance(value, list):
        return {str(index): item for index, item in enumerate(value)}
    return {}


def _chunk_text(value: Any) -> str:
    """The route's `extractChunkTextualContent`: the text it hashes into a chunk's document id."""
    from langwatch_collector import jsontext

    content = value
    if isinstance(value, str):
        try:
            content = jsontext.parse_text(value)
        except ValueError:
            return javascript.trim(value)
    if isinstance(content, list):
        return javascript.trim("\n".join(text for text in map(_chunk_text, content) if text))
    if content is None or isinstance(content, dict):
        return javascript.stringify(content)
    return ""


def _unique(problems: Problems) -> Problems:
    return list(dict.fromkeys(problems))


def _zod_message(problems: Problems, within: str = "") -> str:
    shown = "; ".join(_zod_issue(path, message, within) for path, message in problems[:3])
    return f"Validation error: {shown}"


# The validator's words for JSON types, and zod's.
_ZOD_TYPES = {
    "str": "string",
    "int": "number",
    "float": "number",
    "number": "number",
    "bool": "boolean",
    "object": "object",
    "array": "array",
    "null": "null",
}
_TYPE_PROBLEM = re.compile(r"expected (\w+)(?: or [\w ]+)?, got (\w+)")
_LITERAL_PROBLEM = re.compile(r"expected ('[^']*'), got .*")


def _zod_issue(path: str, message: str, within: str) -> str:
    """One problem as zod-validation-error words it: `Expected string, received number at "a.b"`.

    The validator's own messages are translated where zod has a fixed phrase for them (a wrong
    type, a missing key, a wrong tag); zod names the path inside the value it parsed.
    """
    if within and (path == within or path.startswith((within + ".", within + "["))):
        path = path[len(within) :].lstrip(".")
    typed = _TYPE_PROBLEM.fullmatch(message)
    literal = _LITERAL_PROBLEM.fullmatch(message)
    if message == "missing (required)":
        message = "Required"
    elif typed and typed.group(1) in _ZOD_TYPES and typed.group(2) in _ZOD_TYPES:
        message = f"Expected {_ZOD_TYPES[typed.group(1)]}, received {_ZOD_TYPES[typed.group(2)]}"
    elif literal:
        message = f"Invalid literal value, expected {json.dumps(literal.group(1)[1:-1])}"
    return f'{message} at "{path}"' if path else message


def _missing_trace_id(value: Any) -> str:
    if value is None:
        return "missing: the server fills a span's trace_id only from the request's trace_id"
    return f"expected str, got {json_type(value)}"
