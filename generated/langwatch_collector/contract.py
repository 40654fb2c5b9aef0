"""The collector's contract as the client reads it at run time: the spec document and its validator.

The generated `_generated/spec.py` holds openapi/collector.yaml as data, the package's one copy of the
contract. It is loaded on the first check, not at import, and `VALIDATOR` interprets its
schemas (validation.py), with the timestamp unit's messages from timestamps.py.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from langwatch_collector import timestamps
from langwatch_collector.validation import Validator


def document() -> Mapping[str, Any]:
    """openapi/collector.yaml, as data."""
    from langwatch_collector._generated.spec import DOCUMENT  # on first use: nothing to load at import

    return DOCUMENT


VALIDATOR = Validator(document, unit_problems={"epoch-milliseconds": timestamps.epoch_millis_problem})
