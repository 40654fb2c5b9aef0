"""A typed client for the LangWatch trace collector, generated from openapi/collector.yaml.

The public names load on first use (PEP 562), so `import langwatch_collector` stays cheap: a
program that only builds models pays neither for the HTTP stack nor for the tracer.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from langwatch_collector import models
    from langwatch_collector._generated.converter import converter
    from langwatch_collector.base_client import CollectResult, InsecureEndpointWarning
    from langwatch_collector.client import CollectorClient
    from langwatch_collector.codec import parse, parse_with_warnings, serialize
    from langwatch_collector.errors import (
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
    from langwatch_collector.timestamps import epoch_millis, now_millis, span_timestamps
    from langwatch_collector.tracing.exporter import BackgroundExporter, ExporterStats
    from langwatch_collector.tracing.recording import RecordingExporter
    from langwatch_collector.tracing.tracer import Span, Trace, Tracer, current_span, current_trace
    from langwatch_collector.tracing.values import to_typed_value

__version__ = "0.1.0"

# Where each public name lives: loaded from there on first use.
_PUBLIC: dict[str, str] = {
    "APIConnectionError": ".errors",
    "APIError": ".errors",
    "APIResponseValidationError": ".errors",
    "APIStatusError": ".errors",
    "APITimeoutError": ".errors",
    "AuthenticationError": ".errors",
    "BackgroundExporter": ".tracing.exporter",
    "BadRequestError": ".errors",
    "CollectorClient": ".client",
    "CollectorError": ".errors",
    "CollectResult": ".base_client",
    "ConfigurationError": ".errors",
    "converter": "._generated.converter",
    "current_span": ".tracing.tracer",
    "current_trace": ".tracing.tracer",
    "epoch_millis": ".timestamps",
    "ExporterStats": ".tracing.exporter",
    "InsecureEndpointWarning": ".base_client",
    "InternalServerError": ".errors",
    "now_millis": ".timestamps",
    "parse": ".codec",
    "parse_with_warnings": ".codec",
    "PayloadTooLargeError": ".errors",
    "PermissionDeniedError": ".errors",
    "PlanLimitError": ".errors",
    "RateLimitError": ".errors",
    "RecordingExporter": ".tracing.recording",
    "ResponseTooLargeError": ".errors",
    "serialize": ".codec",
    "Span": ".tracing.tracer",
    "span_timestamps": ".timestamps",
    "to_typed_value": ".tracing.values",
    "Trace": ".tracing.tracer",
    "Tracer": ".tracing.tracer",
    "ValidationError": ".errors",
}


if not TYPE_CHECKING:  # type checkers read the imports above; a module __getattr__ would hide typos from them

    def __getattr__(name: str) -> Any:
        if name == "models":
            return importlib.import_module(".models", __name__)
        module = _PUBLIC.get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(module, __name__), name)
        globals()[name] = value  # the next access is a plain attribute
        return value

    def __dir__() -> list[str]:
        return sorted({*globals(), *__all__})


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
    "converter",
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
