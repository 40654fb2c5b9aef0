"""The client users construct: the generated operations over the hand-written transport."""

from __future__ import annotations

from langwatch_collector._generated.client import CollectorOperations
from langwatch_collector.base_client import BaseClient, CollectResult, PreparedRequest


class CollectorClient(BaseClient, CollectorOperations[CollectResult, PreparedRequest]):
    """LangWatch trace collector.

    `CollectorClient(api_key=None, endpoint=None, *, project_id=None, timeout=..., max_retries=2, ...)`:
    the API key comes from LANGWATCH_API_KEY, the endpoint from LANGWATCH_ENDPOINT (default
    https://app.langwatch.ai) and the project id, sent as X-Project-Id when set, from LANGWATCH_PROJECT_ID.
    """
