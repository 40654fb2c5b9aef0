"""The mock collector (needs the `testing` extra, for jsonschema)."""
