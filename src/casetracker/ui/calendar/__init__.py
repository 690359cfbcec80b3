"""The calendar page: a month grid and the agenda beside it."""
