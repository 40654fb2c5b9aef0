"""The hand-written layer: transport, auth, retries, errors and the JSON codec.

The generator never writes here; everything else in the package is generated.
"""
