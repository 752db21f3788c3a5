"""Qt Designer forms compiled by pyside6-uic (generated: do not edit; run scripts/compile_ui)."""
