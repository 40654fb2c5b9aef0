# Generated from openapi/collector.yaml by codegen: do not edit, run scripts/generate.
"""A typed client for the LangWatch trace collector, generated from openapi/collector.yaml."""

from langwatch_collector import models
from langwatch_collector._client import CollectorClient
from langwatch_collector.runtime.base_client import CollectResult, InsecureEndpointWarning
from langwatch_collector.runtime.codec import parse, parse_with_warnings, serialize
from langwatch_collector.runtime.errors import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    CollectorError,
    ConfigurationError,
    InternalServerError,
    PayloadTooLargeError,
    PermissionDeniedError,
    PlanLimitError,
    RateLimitError,
    ResponseTooLargeError,
    ValidationError,
)
from langwatch_collector.runtime.exporter import BackgroundExporter, ExporterStats
from langwatch_collector.runtime.recording import RecordingExporter
from langwatch_collector.runtime.timestamps import epoch_millis, now_millis, span_timestamps
from langwatch_collector.runtime.tracer import Span, Trace, Tracer, current_span, current_trace
from langwatch_collector.runtime.values import to_typed_value

__version__ = "0.1.0"

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BackgroundExporter",
    "BadRequestError",
    "CollectResult",
    "CollectorClient",
    "CollectorError",
    "ConfigurationError",
    "ExporterStats",
    "InsecureEndpointWarning",
    "InternalServerError",
    "PayloadTooLargeError",
    "PermissionDeniedError",
    "PlanLimitError",
    "RateLimitError",
    "RecordingExporter",
    "ResponseTooLargeError",
    "Span",
    "Trace",
    "Tracer",
    "ValidationError",
    "__version__",
    "current_span",
    "current_trace",
    "epoch_millis",
    "models",
    "now_millis",
    "parse",
    "parse_with_warnings",
    "serialize",
    "span_timestamps",
    "to_typed_value",
]
