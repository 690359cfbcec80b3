"""The case list, its table model, picking a case by number or title, and fast entry."""
