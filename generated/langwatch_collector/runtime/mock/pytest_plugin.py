"""The `mock_collector` and `recording_exporter` pytest fixtures, registered through the `pytest11` entry point."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from langwatch_collector.runtime.mock.server import MockCollector
from langwatch_collector.runtime.recording import RecordingExporter


@pytest.fixture
def mock_collector() -> Iterator[MockCollector]:
    """A started MockCollector on 127.0.0.1 (any non-empty API key is accepted); stopped after the test."""
    with MockCollector() as mock:
        yield mock


@pytest.fixture
def recording_exporter() -> RecordingExporter:
    """A RecordingExporter: give it to `lc.Tracer(...)` and read `.requests` / `.spans` in the test."""
    return RecordingExporter()
