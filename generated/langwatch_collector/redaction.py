"""The one rule that keeps credentials out of output: which headers carry them, and how they are masked.

Everything that shows or keeps HTTP headers (the mock's recordings and logs, the client's
`--dry-run`) masks them here. Names compare case-insensitively. An authorization header keeps
its scheme when it is a known one (`Bearer ***`), so a reader still sees how the client
authenticated; anything else in a credential header becomes `***` whole.

`X-Project-Id` is not masked: a project id names a project and grants nothing on its own (the
client shows it in its repr too), and seeing it tells which project a request was meant for.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

MASK = "***"
CREDENTIAL_HEADERS = frozenset(
    {"authorization", "proxy-authorization", "x-auth-token", "x-api-key", "cookie", "set-cookie"}
)
_SCHEMED_HEADERS = frozenset({"authorization", "proxy-authorization"})
_KNOWN_SCHEMES = frozenset({"basic", "bearer", "digest", "negotiate", "ntlm", "token"})


def is_credential_header(name: str) -> bool:
    return name.strip().lower() in CREDENTIAL_HEADERS


def mask_header(name: str, value: str) -> str:
    """The value as it may be shown: masked if the header carries a credential, else unchanged."""
    lowered = name.strip().lower()
    if lowered not in CREDENTIAL_HEADERS:
        return value
    if lowered in _SCHEMED_HEADERS:
        scheme, _, credentials = value.strip().partition(" ")
        if credentials and scheme.lower() in _KNOWN_SCHEMES:
            return f"{scheme} {MASK}"
    return MASK


def mask_headers(headers: Mapping[str, str] | Iterable[tuple[str, str]]) -> dict[str, str]:
    """The headers with every credential masked, names and order kept."""
    pairs = headers.items() if isinstance(headers, Mapping) else headers
    return {name: mask_header(name, value) for name, value in pairs}
