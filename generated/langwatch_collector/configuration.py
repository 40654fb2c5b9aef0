"""Checks on what configures a client (endpoint, API key, project id), made when it is built.

Each check names the setting (`LANGWATCH_API_KEY`, or `api_key` when passed as an argument) and
the problem, never the value: a key with a stray line end would otherwise surface later, in
full, in a traceback from http.client. Nothing is raised from inside an `except` block, so no
chained exception carries the value either.

Hand-written: urllib3 and http.client only refuse a bad header value when sending (with a
ValueError that quotes it), and `urlsplit` accepts ports, queries, fragments and user info that
make no sense for an endpoint.
"""

from __future__ import annotations

from urllib.parse import SplitResult, urlsplit

from langwatch_collector.errors import ConfigurationError


def check_header_value(value: object, setting: str) -> None:
    """Refuses a value that cannot travel as an HTTP header as it is (a key, a project id)."""
    if not isinstance(value, str):
        raise ConfigurationError(f"{setting} must be a str, got {type(value).__name__}")
    problem = _header_value_problem(value)
    if problem is not None:
        raise ConfigurationError(f"{setting} {problem}")


def _header_value_problem(value: str) -> str | None:
    if "\r" in value or "\n" in value:
        return "contains a line break (\\r or \\n): was it read from a file, or a .env with Windows line ends? Strip it"
    if any((char < " " and char != "\t") or char == "\x7f" for char in value):
        return "contains a control character: copy it again from your LangWatch project settings"
    if not value.isascii():
        return "contains a non-ASCII character (a non-breaking space or a typographic quote?): copy it again"
    if "\t" in value or value != value.strip():
        return "contains a tab, or whitespace at its start or end: strip it"
    return None


def checked_endpoint(endpoint: str, setting: str) -> SplitResult:
    """The parts of the endpoint, if it is an http(s) URL the client can append its paths to.

    A path prefix (a server behind a reverse proxy) and a trailing slash are fine.
    """
    if any(char.isspace() or not char.isprintable() for char in endpoint):
        raise ConfigurationError(f"{setting} contains whitespace or control characters (a line end from a .env file?)")
    if "@" in _authority(endpoint):  # checked first: every later message quotes the endpoint
        raise ConfigurationError(
            f"{setting} contains a user name or password (user:pass@): remove it; the API key is the only credential"
        )
    parts, problem = _split(endpoint)
    if parts is not None:
        problem = _endpoint_problem(endpoint, parts)
    if problem is not None:
        raise ConfigurationError(f"{setting} {problem}, got {endpoint!r}")
    assert parts is not None
    return parts


def _authority(endpoint: str) -> str:
    after_scheme = endpoint.split("//", 1)[1] if "//" in endpoint else endpoint
    return after_scheme.split("/", 1)[0]


def _split(endpoint: str) -> tuple[SplitResult | None, str | None]:
    try:
        return urlsplit(endpoint), None
    except ValueError as error:  # an unclosed IPv6 literal
        return None, f"is not a valid URL ({error})"


def _endpoint_problem(endpoint: str, parts: SplitResult) -> str | None:
    if parts.scheme not in ("http", "https"):
        return "must be an http(s) URL"
    if not parts.hostname:
        return "has no host"
    if not _has_valid_port(parts):
        return "has an invalid port: it must be a number from 1 to 65535"
    if "?" in endpoint:
        return "has a query (?...); the client appends its own path and query"
    if "#" in endpoint:
        return "has a fragment (#...), after which the path the client appends would be lost"
    return None


def _has_valid_port(parts: SplitResult) -> bool:
    try:
        return parts.port != 0  # None (the scheme's default) is fine
    except ValueError:  # not a number, or over 65535
        return False
