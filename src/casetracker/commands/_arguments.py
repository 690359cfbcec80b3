"""Argument types shared by the commands: bounded where the database has bounds."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from casetracker.domain.errors import echo

LARGEST_ID = 2**63 - 1
"""SQLite's largest integer: a bigger number cannot even be looked up."""


def whole_number(minimum: int, maximum: int = LARGEST_ID) -> Callable[[str], int]:
    """An argparse ``type`` accepting ASCII digits between ``minimum`` and ``maximum``.

    ``int`` alone takes "١٢", "1_000" and numbers SQLite cannot hold; a wrong value
    becomes argparse's one-line usage error (exit status 2).
    """

    def parse(text: str) -> int:
        digits = text.strip()
        negative = digits.startswith("-")
        digits = digits.removeprefix("-")
        if not (digits.isascii() and digits.isdigit()):
            raise argparse.ArgumentTypeError(f"{echo(text)} is not a whole number")
        # More digits than any bound here has (int() refuses thousands of them).
        too_long = len(digits.lstrip("0")) > len(str(LARGEST_ID))
        value = 0 if too_long else int(digits) * (-1 if negative else 1)
        if too_long or not minimum <= value <= maximum:
            raise argparse.ArgumentTypeError(f"must be between {minimum:,} and {maximum:,}")
        return value

    return parse


def file_name(text: str) -> Path:
    """An argparse ``type`` for a file to read or write; an empty name is refused.

    ``Path("")`` is the current folder, which would turn a forgotten name into a
    puzzling error about a folder.
    """
    if not text.strip():
        raise argparse.ArgumentTypeError("no file name given; name the file")
    return Path(text)
