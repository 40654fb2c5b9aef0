# Generated from openapi/collector.yaml by codegen: do not edit, run scripts/generate.
"""A typed client for the LangWatch trace collector, generated from openapi/collector.yaml."""

from langwatch_collector import models
from langwatch_collector.runtime.codec import parse, serialize
from langwatch_collector.runtime.errors import CollectorError, ValidationError

__version__ = "0.1.0"

__all__ = [
    "CollectorError",
    "ValidationError",
    "__version__",
    "models",
    "parse",
    "serialize",
]
