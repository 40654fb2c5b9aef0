"""The collector's schemas as attrs classes (generated: `langwatch_collector._generated.models`)."""

from langwatch_collector._generated.models import *  # noqa: F403 - the generated models are this module's API
