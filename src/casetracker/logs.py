"""Logging to a rotating file in the per-user log folder (never to the terminal).

Logs name records by id, not by content: case data is confidential.
"""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from platformdirs import user_log_dir

from casetracker import APP_NAME, ORG_NAME


def log_file() -> Path:
    return Path(user_log_dir(APP_NAME, ORG_NAME)) / "casetracker.log"


def setup_logging(level: int = logging.INFO) -> None:
    """Send casetracker's log records to the log file, once per process."""
    root = logging.getLogger("casetracker")
    if root.handlers:
        return
    root.setLevel(level)
    root.propagate = False
    try:
        path = log_file()
        path.parent.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=1_000_000, backupCount=3, encoding="utf-8"
        )
    except OSError:
        handler = logging.NullHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
