"""The history window: every change ever made, by whom."""
