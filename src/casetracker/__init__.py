"""casetracker: an offline case tracker for Peruvian public-interest litigation."""

__version__ = "0.1.0"
APP_NAME = "casetracker"
ORG_NAME = "casetracker"
