# Generated from openapi/collector.yaml by codegen: do not edit, run scripts/generate.
"""The server's limits on one request: the `x-limits` of the spec's collect operation."""

MAX_SPANS = 200
MAX_EVALUATIONS = 200
MAX_BODY_BYTES = 10485760
SPAN_MAX_AGE_DAYS = 31
DEDUP_WINDOW_SECONDS = 3600
