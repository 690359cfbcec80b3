"""The drawn timeline of a case or a matter."""
