# Generated from openapi/collector.yaml by codegen: do not edit, run scripts/generate.
"""Test against the collector contract without a LangWatch account.

`MockCollector` is a real HTTP server on 127.0.0.1 that judges requests as LangWatch's
collector does (see the README); `mock_collector` is its pytest fixture (the plugin is
registered on install). Needs the `testing` extra: `pip install 'langwatch-collector[testing]'`.
"""

from langwatch_collector.runtime.mock import missing_testing_extra

try:
    from langwatch_collector.runtime.mock.server import MockCollector, RecordedRequest
except ModuleNotFoundError as error:
    clear_error = missing_testing_extra(error, __name__)
    if clear_error is None:
        raise
    raise clear_error from None

__all__ = ["MockCollector", "RecordedRequest"]
