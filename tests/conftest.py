"""Fixtures shared by the test modules."""

from __future__ import annotations

import logging
from collections.abc import Iterator

import pytest

from tests.local_server import LocalServer


@pytest.fixture
def server() -> Iterator[LocalServer]:
    """A loopback HTTP server that answers what a test tells it to and records what it received."""
    running = LocalServer()
    yield running
    running.close()


@pytest.fixture
def restore_logging() -> Iterator[None]:
    """The CLI's main() attaches a stderr handler to the package logger, as a CLI process should; undo it."""
    log = logging.getLogger("langwatch_collector")
    handlers, level = list(log.handlers), log.level
    yield
    log.handlers[:] = handlers
    log.setLevel(level)
