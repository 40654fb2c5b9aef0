"""What the `testing` extra brings (jsonschema), and the one clear error when it is missing.

Nothing here needs the extra, so the pytest plugin can say what is missing rather than fail.
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
