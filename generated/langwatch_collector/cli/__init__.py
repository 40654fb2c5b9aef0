"""The command line (`langwatch-collector`): validate, send, upgrade trace files; the tools, not the client."""
