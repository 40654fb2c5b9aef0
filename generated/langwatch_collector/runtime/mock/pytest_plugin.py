"""The `mock_collector` pytest fixture, registered through the `pytest11` entry point."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from langwatch_collector.runtime.mock.server import MockCollector


@pytest.fixture
def mock_collector() -> Iterator[MockCollector]:
    """A started MockCollector on 127.0.0.1 (any non-empty API key is accepted); stopped after the test."""
    with MockCollector() as mock:
        yield mock
