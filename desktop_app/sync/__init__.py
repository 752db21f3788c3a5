"""sync layer of Hearth (no Qt widgets here; see ARCHITECTURE.md)."""
