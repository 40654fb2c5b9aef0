"""Rewrites a legacy collector payload (like the REST guide's curl example) into today's shape.

Each change is reported with its path, so a user sees what was rewritten and why.
"""

from __future__ import annotations

import copy
from typing import Any

LEGACY_TOP_LEVEL = ("user_id", "thread_id", "customer_id", "labels")
_SECONDS = (1e9, 1e10)  # 2001 to 2286 in seconds: far too small to be milliseconds


def upgrade(document: dict[str, Any]) -> tuple[dict[str, Any], list[str]]:
    """The document in the current shape, and a line per change made."""
    result = copy.deepcopy(document)
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
    return result, changes


def _move_metadata(document: dict[str, Any], changes: list[str]) -> None:
    metadata = document.get("metadata")
    if not isinstance(metadata, dict):
        metadata = {}
    for key in LEGACY_TOP_LEVEL:
        if key not in document:
            continue
        value = document.pop(key)
        if key in metadata:
            changes.append(f"{key}: dropped, metadata.{key} is already set")
            continue
        metadata[key] = value
        changes.append(f"{key}: moved to metadata.{key}")
    labels = metadata.get("labels")
    if isinstance(labels, str):
        metadata["labels"] = [labels]
        changes.append("metadata.labels: a single string became a list")
    elif isinstance(labels, dict):
        metadata["labels"] = [f"{key}: {value}" for key, value in labels.items()]
        changes.append("metadata.labels: an object became a list of 'key: value' labels")
    if metadata:
        document["metadata"] = metadata


def _upgrade_span(span: dict[str, Any], path: str, changes: list[str]) -> None:
    if "id" in span:
        if "span_id" not in span:
            _replace_key(span, "id", "span_id", span["id"])
            changes.append(f"{path}.id: renamed to span_id")
        else:
            del span["id"]
            changes.append(f"{path}.id: dropped, span_id is already set")
    if "outputs" in span:
        outputs = span["outputs"]
        if "output" in span:
            del span["outputs"]
            changes.append(f"{path}.outputs: dropped, output is already set")
        elif isinstance(outputs, list) and len(outputs) == 1:
            _replace_key(span, "outputs", "output", outputs[0])
            changes.append(f"{path}.outputs: its one item became output")
        elif isinstance(outputs, list) and outputs:
            _replace_key(span, "outputs", "output", {"type": "list", "value": outputs})
            changes.append(f"{path}.outputs: {len(outputs)} items became an output of type list")
        else:
            del span["outputs"]
            changes.append(f"{path}.outputs: empty, dropped")
    if isinstance(span.get("timestamps"), dict):
        _to_milliseconds(span["timestamps"], f"{path}.timestamps", changes)
    contexts = span.get("contexts")
    for index, context in enumerate(contexts if isinstance(contexts, list) else []):
        where = f"{path}.contexts[{index}]"
        if isinstance(context, str):
            contexts[index] = {"content": context}  # type: ignore[index]
            changes.append(f"{where}: a plain string became a chunk")
        elif isinstance(context, dict):
            for key in ("document_id", "chunk_id"):
                value = context.get(key)
                if isinstance(value, (int, float)) and not isinstance(value, bool):
                    context[key] = str(int(value)) if float(value).is_integer() else str(value)
                    changes.append(f"{where}.{key}: a number became a string")


def _replace_key(mapping: dict[str, Any], old: str, new: str, value: Any) -> None:
    """Renames a key where it stands, so the rewritten file reads like the original."""
    items = [(new, value) if key == old else (key, item) for key, item in mapping.items()]
    mapping.clear()
    mapping.update(items)


def _to_milliseconds(timestamps: dict[str, Any], path: str, changes: list[str]) -> None:
    for key in ("started_at", "finished_at", "first_token_at"):
        value = timestamps.get(key)
        if isinstance(value, (int, float)) and not isinstance(value, bool) and _SECONDS[0] <= value < _SECONDS[1]:
            timestamps[key] = round(value * 1000)
            changes.append(f"{path}.{key}: {value} seconds became {timestamps[key]} milliseconds")
