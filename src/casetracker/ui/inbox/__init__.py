"""The inbox in the window: court documents dropped or picked, proposed, confirmed one by one."""
