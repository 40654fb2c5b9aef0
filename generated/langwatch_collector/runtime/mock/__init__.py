"""The mock collector (needs the `testing` extra, for jsonschema).

Importing this package needs nothing beyond the runtime dependencies, so the pytest plugin
(`runtime.mock.pytest_plugin`, loaded by every pytest run where the package is installed) loads
without the extra; what needs the extra says so with `missing_testing_extra`.
"""

from __future__ import annotations

INSTALL_TESTING_EXTRA = "pip install 'langwatch-collector[testing]'"

# The modules the `testing` extra brings (jsonschema, and referencing, which it depends on).
TESTING_EXTRA_MODULES = frozenset({"jsonschema", "referencing"})


def missing_testing_extra(error: ModuleNotFoundError, feature: str) -> ImportError | None:
    """The one clear error for `feature` if `error` is a module of the testing extra missing, else None."""
    if (error.name or "").partition(".")[0] not in TESTING_EXTRA_MODULES:
        return None
    return ImportError(f"{feature} needs the testing extra ({error}): {INSTALL_TESTING_EXTRA}", name=error.name)
