"""Find the files shipped in ``resources/`` wherever the app runs from.

Three layouts are supported: a source checkout (``resources/`` beside ``src/``),
an installed wheel (the folder ships as the ``casetracker._resources`` package)
and a PyInstaller bundle (``resources/`` inside the bundle folder).
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path


class ResourceNotFoundError(FileNotFoundError):
    """A file that should ship with casetracker is missing."""


@cache
def resources_root() -> Path:
    """Return the folder holding casetracker's resources."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle is not None:
        candidate = Path(bundle) / "resources"
        if candidate.is_dir():
            return candidate
    checkout = Path(__file__).resolve().parents[2] / "resources"
    if checkout.is_dir() and (checkout.parent / "src" / "casetracker").is_dir():
        return checkout
    packaged = Path(__file__).resolve().parent / "_resources"
    if not packaged.is_dir():
        raise ResourceNotFoundError(f"casetracker's resources folder is missing ({packaged})")
    return packaged


def resource_path(*parts: str) -> Path:
    """Return the path of a shipped resource, e.g. ``resource_path("fonts", "x.ttf")``.

    Raises:
        ResourceNotFoundError: the file is not part of this installation.
    """
    path = resources_root().joinpath(*parts)
    if not path.exists():
        raise ResourceNotFoundError(f"resource not found: {'/'.join(parts)} (looked in {path})")
    return path
