"""python -m langwatch_collector: the command line (see `langwatch-collector --help`)."""

import sys

from langwatch_collector.cli.main import main

sys.exit(main())
