"""The only package that imports Qt widgets: windows, dialogs, item models."""
