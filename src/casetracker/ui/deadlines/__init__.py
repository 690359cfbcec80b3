"""Deadlines: proposals, reminders, rules, court closures and the agenda export."""
