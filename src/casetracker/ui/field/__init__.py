"""Field mode in the app: taking cases to the field, synchronising, resolving conflicts."""
