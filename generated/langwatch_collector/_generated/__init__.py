# Generated from openapi/collector.yaml by codegen: do not edit, run scripts/generate.
"""What codegen writes from openapi/collector.yaml: the generator owns it."""
