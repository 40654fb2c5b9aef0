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
from langwatch_collector.runtime.timestamps import epoch_millis, now_millis, span_timestamps

__version__ = "0.1.0"

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "CollectResult",
    "CollectorClient",
    "CollectorError",
    "ConfigurationError",
    "InsecureEndpointWarning",
    "InternalServerError",
    "PayloadTooLargeError",
    "PermissionDeniedError",
    "PlanLimitError",
    "RateLimitError",
    "ResponseTooLargeError",
    "ValidationError",
    "__version__",
    "epoch_millis",
    "models",
    "now_millis",
    "parse",
    "parse_with_warnings",
    "serialize",
    "span_timestamps",
]
