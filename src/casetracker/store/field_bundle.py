"""Bundles: field changes, or the office's answer, carried without a connection.

A bundle is a small SQLCipher database (the encryption the protected databases
already use; no other cryptography) keyed with the checkout's own random 256-bit key,
which only the office and that field copy hold. It holds one row: what it is (a push
or an answer) and the JSON, compressed. It is written under a temporary name and
renamed when complete, so a bundle is either whole or absent.
"""

from __future__ import annotations

import json
import os
import re
import zlib
from collections.abc import Iterable
from contextlib import closing
from pathlib import Path
from typing import Any

from casetracker.domain.errors import FieldCopyError
from casetracker.store.encryption import DATABASE_ERRORS, cipher_module

SUFFIX = ".ctbundle"
_KEY = re.compile("[0-9a-f]{64}")


def write_bundle(path: Path, key: str, payload: dict[str, Any]) -> None:
    """Write ``payload`` encrypted with ``key`` (64 hex digits) at ``path``.

    Raises:
        FieldCopyError: the file exists or cannot be written; nothing is left behind.
    """
    path = Path(path)
    if not _KEY.fullmatch(key):
        raise ValueError("a bundle key is 64 lowercase hex digits")
    if path.exists():
        raise FieldCopyError(f"{path} already exists; choose a new name for the bundle")
    temporary = path.with_name(path.name + ".part")
    temporary.unlink(missing_ok=True)
    body = zlib.compress(json.dumps(payload, ensure_ascii=False).encode(), 6)
    try:
        with closing(cipher_module(temporary).connect(str(temporary))) as connection:
            connection.execute(f"PRAGMA key = \"x'{key}'\"")
            connection.execute("PRAGMA journal_mode = DELETE")
            connection.execute("CREATE TABLE bundle (kind TEXT NOT NULL, body BLOB NOT NULL)")
            connection.execute("INSERT INTO bundle VALUES (?, ?)", (payload["kind"], body))
            connection.commit()
        with open(temporary, "rb") as written:
            os.fsync(written.fileno())
        os.replace(temporary, path)
    except OSError as error:
        temporary.unlink(missing_ok=True)
        raise FieldCopyError(
            f"{path}: the bundle could not be written ({error.strerror})"
        ) from error


def read_bundle(path: Path, keys: Iterable[str]) -> tuple[str, dict[str, Any]]:
    """The key that opens the bundle at ``path`` and its payload.

    Raises:
        FieldCopyError: no such file, or none of ``keys`` opens it (it is not a bundle,
            or it belongs to another field copy or office), or it is damaged.
    """
    path = Path(path)
    if not path.is_file():
        raise FieldCopyError(f"{path}: no such bundle; check the path")
    for key in keys:
        if not _KEY.fullmatch(key):
            continue
        try:
            with closing(
                cipher_module(path).connect(path.resolve().as_uri() + "?mode=ro", uri=True)
            ) as connection:
                connection.execute("PRAGMA cipher_log_level = NONE")  # other copies' keys fail
                connection.execute(f"PRAGMA key = \"x'{key}'\"")
                row = connection.execute("SELECT kind, body FROM bundle").fetchone()
        except DATABASE_ERRORS:
            continue
        if row is None:
            break
        try:
            payload = json.loads(zlib.decompress(row[1]))
        except (zlib.error, ValueError):
            break
        if isinstance(payload, dict) and payload.get("kind") == row[0]:
            return key, payload
        break
    raise FieldCopyError(
        f"{path}: not a field bundle of this database (it belongs to another field copy "
        "or office, or it is damaged; on a team server, only the user who took the copy "
        "or an admin may apply its bundles); nothing was changed"
    )
