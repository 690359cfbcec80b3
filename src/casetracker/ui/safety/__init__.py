"""Keeping the data safe: backups, recovery, archives, the passphrase and auto-lock."""
