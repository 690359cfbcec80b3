"""Entry point of the packaged app: the same command line as the ``casetracker`` script."""

import sys

from casetracker.cli import main

if __name__ == "__main__":
    sys.exit(main())
