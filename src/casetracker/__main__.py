"""``python -m casetracker`` runs the command line."""

import sys

from casetracker.cli import main

sys.exit(main())
