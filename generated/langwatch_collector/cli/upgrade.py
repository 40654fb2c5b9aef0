"""Rewrites a legacy collector payload (like the REST guide's curl example) into today's shape.

Each change is reported with its path, so a user sees what was rewritten and why. With
`retime`, a trace the server would drop for age (spans started more than 31 days ago) is moved
to now: every span and evaluation timestamp shifts by one offset, so durations and order hold.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from langwatch_collector import javascript, rules, server_reading, trace_limits
from langwatch_collector.timestamps import apparent_unit, now_millis


def upgrade(
    document: dict[str, Any], *, retime: bool = False, now_ms: int | None = None
) -> tuple[dict[str, Any], list[str]]:
    """The document in the current shape, and a line per change made.

    With `retime`, a trace with spans too old for the server ends at `now_ms` (default: now).
    """
    result = _editable_copy(document)
    changes: list[str] = []
    _move_metadata(result, changes)
    spans = result.get("spans")
    for index, span in enumerate(spans if isinstance(spans, list) else []):
        if isinstance(span, dict):
            _upgrade_span(span, f"spans[{index}]", changes)
    evaluations = result.get("evaluations")
    for index, evaluation in enumerate(evaluations if isinstance(evaluations, list) else []):
        if isinstance(evaluation, dict) and isinstance(evaluation.get("timestamps"), dict):
            _to_milliseconds(evaluation["timestamps"], f"evaluations[{index}].timestamps", changes)
    if retime:
        _retime(result, now_millis() if now_ms is None else now_ms, changes)
    return result, changes


def _retime(document: dict[str, Any], now_ms: int, changes: list[str]) -> None:
    old = trace_limits.old_span_count(document, now_ms)
    moments = list(_moments(document))
    if not old or not moments:
        return
    offset = now_ms - max(timestamps[key] for timestamps, key in moments)
    for timestamps, key in moments:
        timestamps[key] += offset
    changes.append(
        f"timestamps: {old} span(s) started more than {trace_limits.SPAN_MAX_AGE_DAYS} days ago; "
        f"every timestamp moved {offset:,} ms"
        f" (about {offset / 86_400_000:,.0f} days) later, so the trace ends now, durations and order kept"
    )


def _moments(document: dict[str, Any]) -> Iterator[tuple[dict[str, Any], str]]:
    """Every numeric timestamp of the trace's spans and evaluations, as (timestamps, key)."""
    for collection in ("spans", "evaluations"):
        items = document.get(collection)
        for item in items if isinstance(items, list) else []:
            timestamps = item.get("timestamps") if isinstance(item, dict) else None
            if isinstance(timestamps, dict):
                for key in ("started_at", "finished_at", "first_token_at"):
                    value = timestamps.get(key)
                    if isinstance(value, (int, float)) and not isinstance(value, bool):
                        yield timestamps, key


def _editable_copy(document: dict[str, Any]) -> dict[str, Any]:
    """A copy of every container this module changes; the values inside (free JSON, deep or not) are shared."""
    result = dict(document)
    if isinstance(result.get("metadata"), dict):
        result["metadata"] = dict(result["metadata"])
    for collection in ("spans", "evaluations"):
        items = result.get(collection)
        if isinstance(items, list):
            result[collection] = [_editable_item(item) for item in items]
    return result


def _editable_item(item: Any) -> Any:
    if not isinstance(item, dict):
        return item
    copy = dict(item)
    if isinstance(copy.get("timestamps"), dict):
        copy["timestamps"] = dict(copy["timestamps"])
    if isinstance(copy.get("contexts"), list):
        copy["contexts"] = [dict(context) if isinstance(context, dict) else context for context in copy["contexts"]]
    return copy


def _move_metadata(document: dict[str, Any], changes: list[str]) -> None:
    """Legacy top-level fields and label shapes, written as the server reads them (server_reading)."""
    legacy = [key for key in rules.LEGACY_TOP_LEVEL if key in document]
    metadata = document.get("metadata")
    labels = metadata.get("labels") if isinstance(metadata, dict) else None
    if not legacy and (labels is None or isinstance(labels, list)):
        return
    probe = {"trace_id": "upgrade", **{key: document[key] for key in ("metadata", *legacy) if key in document}}
    reading = server_reading.read(probe)
    if reading.document is None:  # the server would refuse the metadata: left for `validate` to explain
        return
    given = javascript.truthy(metadata)
    for key in legacy:
        document.pop(key)
        if given:
            changes.append(f"{key}: dropped, the server ignores it when metadata is given")
        elif key == "labels" and not javascript.truthy(probe[key]):
            changes.append("labels: dropped, the server ignores labels that are empty")
        else:
            changes.append(f"{key}: moved to metadata.{key}")
    read = reading.document["metadata"]
    if labels is not None and not isinstance(labels, list):
        changes.append(
            f"metadata.labels: {javascript.stringify(labels)} became {javascript.stringify(read.get('labels', []))}"
        )
    if read or "metadata" in document:
        document["metadata"] = read


def _upgrade_span(span: dict[str, Any], path: str, changes: list[str]) -> None:
    legacy_id, span_id = rules.LEGACY_SPAN_ID, rules.LEGACY_SPAN[rules.LEGACY_SPAN_ID]
    if legacy_id in span:
        if span_id not in span:
            _replace_key(span, legacy_id, span_id, span[legacy_id])
            changes.append(f"{path}.{legacy_id}: renamed to {span_id}")
        else:
            del span[legacy_id]
            changes.append(f"{path}.{legacy_id}: dropped, {span_id} is already set")
    legacy_outputs, output = rules.LEGACY_OUTPUTS, rules.LEGACY_SPAN[rules.LEGACY_OUTPUTS]
    if legacy_outputs in span:
        outputs = span[legacy_outputs]
        where = f"{path}.{legacy_outputs}"
        if output in span:
            del span[legacy_outputs]
            changes.append(f"{where}: dropped, {output} is already set")
        elif isinstance(outputs, list) and len(outputs) == 1:
            _replace_key(span, legacy_outputs, output, outputs[0])
            changes.append(f"{where}: its one item became {output}")
        elif isinstance(outputs, list) and outputs:
            _replace_key(span, legacy_outputs, output, {"type": "list", "value": outputs})
            changes.append(f"{where}: {len(outputs)} items became an {output} of type list")
        else:
            del span[legacy_outputs]
            changes.append(f"{where}: empty, dropped")
    if isinstance(span.get("timestamps"), dict):
        _to_milliseconds(span["timestamps"], f"{path}.timestamps", changes)
    contexts = span.get("contexts")
    for index, context in enumerate(contexts if isinstance(contexts, list) else []):
        where = f"{path}.contexts[{index}]"
        if isinstance(context, str):
            contexts[index] = {"content": context}  # type: ignore[index]
            changes.append(f"{where}: a plain string became a chunk")
        elif isinstance(context, dict):
            for key in rules.CHUNK_IDS:
                value = context.get(key)
                if isinstance(value, (int, float)) and not isinstance(value, bool):
                    context[key] = javascript.number_text(value)  # as the server writes it
                    changes.append(f"{where}.{key}: a number became a string")


def _replace_key(mapping: dict[str, Any], old: str, new: str, value: Any) -> None:
    """Renames a key where it stands, so the rewritten file reads like the original."""
    items = [(new, value) if key == old else (key, item) for key, item in mapping.items()]
    mapping.clear()
    mapping.update(items)


def _to_milliseconds(timestamps: dict[str, Any], path: str, changes: list[str]) -> None:
    for key in ("started_at", "finished_at", "first_token_at"):
        value: Any = timestamps.get(key)
        if apparent_unit(value) == "seconds":
            timestamps[key] = round(value * 1000)
            changes.append(f"{path}.{key}: {value} seconds became {timestamps[key]} milliseconds")
