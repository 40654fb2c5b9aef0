"""The collector's contract as the client reads it at run time: the spec document and its validator.

The generated `_generated/spec.py` holds openapi/collector.yaml as data, the package's one copy of the
contract. It is imported with this module, never on first use: the first check may run on a
worker thread, and a child forked while a thread is importing inherits a half-made module.
`VALIDATOR` interprets its schemas (validation.py), building what it needs on the first check,
with the timestamp unit's messages from timestamps.py.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from langwatch_collector import timestamps
from langwatch_collector._generated.spec import DOCUMENT
from langwatch_collector.validation import Validator


def document() -> Mapping[str, Any]:
    """openapi/collector.yaml, as data."""
    return DOCUMENT


VALIDATOR = Validator(document, unit_problems={"epoch-milliseconds": timestamps.epoch_millis_problem})
