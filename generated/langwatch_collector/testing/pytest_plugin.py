"""The `mock_collector` and `recording_exporter` pytest fixtures, registered through the `pytest11` entry point.

pytest loads this module in every run of every environment where the package is installed, with
or without the `testing` extra: it imports nothing the extra brings, and the fixture reports a
missing extra as one line when a test asks for it.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest

from langwatch_collector.testing.extra import missing_testing_extra

if TYPE_CHECKING:
    from langwatch_collector.testing.server import MockCollector
    from langwatch_collector.tracing.recording import RecordingExporter


@pytest.fixture
def mock_collector() -> Iterator[MockCollector]:
    """A started MockCollector on 127.0.0.1 (any non-empty API key is accepted); stopped after the test."""
    clear_error: ImportError | None = None
    try:
        from langwatch_collector.testing.server import MockCollector
    except ModuleNotFoundError as error:
        clear_error = missing_testing_extra(error, "the mock_collector fixture")
        if clear_error is None:
            raise
    if clear_error is not None:  # failed outside the except block, so pytest shows this line alone
        pytest.fail(str(clear_error), pytrace=False)
    with MockCollector() as mock:
        yield mock


@pytest.fixture
def recording_exporter() -> RecordingExporter:
    """A RecordingExporter: give it to `lc.Tracer(...)` and read `.requests` / `.spans` in the test."""
    from langwatch_collector.tracing.recording import RecordingExporter  # only when a test asks for it

    return RecordingExporter()
