# Generated from openapi/collector.yaml by codegen: do not edit, run scripts/generate.
"""python -m langwatch_collector: the command line (see `langwatch-collector --help`)."""

import sys

from langwatch_collector.runtime.cli import main

sys.exit(main())
