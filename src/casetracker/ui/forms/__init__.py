"""Create/edit dialogs: one per kind of record, on a shared form with inline errors."""
