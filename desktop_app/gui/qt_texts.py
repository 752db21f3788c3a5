"""Qt's own texts that Hearth's screens show, in Hearth's catalogs too.

Standard buttons (OK, Cancel, Save…), the intake wizard's Back / Next / Finish and the
right-click menu of every text field come from Qt, not from Hearth's forms. Qt ships
its own catalogs (``qtbase_<lang>.qm``) for most of Hearth's staff languages, but none
for Greek, and for Portuguese only Brazil's ("Salvar" where Portugal says "Guardar").
Listing the texts here puts them, under Qt's own contexts, into ``hearth.pot``; the
catalog translator (:mod:`desktop_app.gui.qt_translator`) is searched before Qt's, so
every staff language shows them in its own words. Where Qt has a catalog of exactly
the language, Hearth's entries are Qt's own translations (a test keeps them equal).

Never imported at run time: only extraction (``scripts/update_catalogs``) reads it.
"""

from __future__ import annotations


def translate(context: str, text: str) -> tuple[str, str]:
    """Mark ``text`` for extraction under Qt's ``context`` (the keyword of uic forms)."""
    return context, text


#: (Qt's context, Qt's source text) of every Qt text Hearth's screens can show.
QT_TEXTS: tuple[tuple[str, str], ...] = (
    # Standard buttons of button boxes and message boxes.
    translate("QPlatformTheme", "OK"),
    translate("QPlatformTheme", "Save"),
    translate("QPlatformTheme", "Save All"),
    translate("QPlatformTheme", "Open"),
    translate("QPlatformTheme", "&Yes"),
    translate("QPlatformTheme", "Yes to &All"),
    translate("QPlatformTheme", "&No"),
    translate("QPlatformTheme", "N&o to All"),
    translate("QPlatformTheme", "Abort"),
    translate("QPlatformTheme", "Retry"),
    translate("QPlatformTheme", "Ignore"),
    translate("QPlatformTheme", "Close"),
    translate("QPlatformTheme", "Cancel"),
    translate("QPlatformTheme", "Discard"),
    translate("QPlatformTheme", "Help"),
    translate("QPlatformTheme", "Apply"),
    translate("QPlatformTheme", "Reset"),
    translate("QPlatformTheme", "Restore Defaults"),
    # The crash dialog's button that shows the redacted report.
    translate("QMessageBox", "Show Details..."),
    translate("QMessageBox", "Hide Details..."),
    # The intake wizard's buttons (Qt's classic and modern wizard styles).
    translate("QWizard", "< &Back"),
    translate("QWizard", "&Next >"),
    translate("QWizard", "Commit"),
    translate("QWizard", "&Finish"),
    translate("QWizard", "Cancel"),
    translate("QWizard", "&Help"),
    # The right-click menu of a one-line field.
    translate("QLineEdit", "&Undo"),
    translate("QLineEdit", "&Redo"),
    translate("QLineEdit", "Cu&t"),
    translate("QLineEdit", "&Copy"),
    translate("QLineEdit", "&Paste"),
    translate("QLineEdit", "Delete"),
    translate("QLineEdit", "Select All"),
    # The right-click menu of a note (multi-line) field.
    translate("QWidgetTextControl", "&Undo"),
    translate("QWidgetTextControl", "&Redo"),
    translate("QWidgetTextControl", "Cu&t"),
    translate("QWidgetTextControl", "&Copy"),
    translate("QWidgetTextControl", "&Paste"),
    translate("QWidgetTextControl", "Delete"),
    translate("QWidgetTextControl", "Select All"),
    # The right-click menu of a date or number field.
    translate("QAbstractSpinBox", "&Select All"),
    translate("QAbstractSpinBox", "&Step up"),
    translate("QAbstractSpinBox", "Step &down"),
)
