"""Test against the collector contract without a LangWatch account.

`MockCollector` is a real HTTP server on 127.0.0.1 that judges requests as LangWatch's
collector does (see the README); `mock_collector` is its pytest fixture (the plugin is
registered on install). The mock needs the `testing` extra: `pip install 'langwatch-collector[testing]'`.
This package itself loads without it, so the pytest plugin (`testing.pytest_plugin`, loaded by
every pytest run where the package is installed) does too; the mock's names say what is missing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from langwatch_collector.testing.extra import missing_testing_extra

if TYPE_CHECKING:
    from langwatch_collector.testing.server import MockCollector, RecordedRequest

__all__ = ["MockCollector", "RecordedRequest"]


def __getattr__(name: str) -> Any:
    if name not in __all__:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    try:
        from langwatch_collector.testing import server
    except ModuleNotFoundError as error:
        clear_error = missing_testing_extra(error, __name__)
        if clear_error is None:
            raise
        raise clear_error from None
    return getattr(server, name)
