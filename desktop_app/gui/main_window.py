"""The main window: a coordinator of section pages, never a god object."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QWidget

from desktop_app import __version__
from desktop_app.gui.forms.ui_main_window import Ui_MainWindow
from desktop_app.i18n import _


class MainWindow(QMainWindow):
    """Navigation between Hearth's sections, a status area and the menus.

    The window title is fixed ("Hearth"): it is visible in task bars and screen shares,
    so it never names a family.
    """

    quit_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.status_label = QLabel(self)
        self.status_label.setObjectName("status_label")
        self.ui.status_bar.addPermanentWidget(self.status_label, 1)
        self._section_actions: list[QAction] = []
        for index in range(self.ui.navigation_list.count()):
            action = QAction(self)
            action.setShortcut(QKeySequence(f"Ctrl+{index + 1}"))
            action.triggered.connect(lambda _checked=False, row=index: self.show_section(row))
            self.addAction(action)
            self._section_actions.append(action)
        self.ui.navigation_list.currentRowChanged.connect(self.ui.page_stack.setCurrentIndex)
        self.ui.quit_action.triggered.connect(self.close)
        self.ui.about_action.triggered.connect(self.show_about)
        self._style_titles()
        self.retranslate()

    def _style_titles(self) -> None:
        for label in self.findChildren(QLabel):
            if label.objectName().endswith("_title_label"):
                font = QFont(label.font())
                font.setPointSizeF(font.pointSizeF() * 1.6)
                font.setBold(True)
                label.setFont(font)
                label.setAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)

    def show_section(self, row: int) -> None:
        """Show the section at ``row`` in the navigation list."""
        self.ui.navigation_list.setCurrentRow(row)

    def current_section(self) -> int:
        """Return the index of the section on screen."""
        return self.ui.page_stack.currentIndex()

    def retranslate(self) -> None:
        """Set the texts that come from Python rather than the Designer form."""
        self.status_label.setText(_("Offline: nothing leaves this laptop until you press Sync."))
        self.ui.navigation_list.setToolTip(
            _("Move between sections with Ctrl+1 to Ctrl+6, or the arrow keys.")
        )

    def show_about(self) -> None:
        """Show the version and what Hearth is for."""
        QMessageBox.about(
            self,
            _("About Hearth"),
            _(
                "Hearth {version}\n\nA private, offline casebook for people who welcome "
                "refugee and migrant families. Case records stay encrypted on this laptop."
            ).format(version=__version__),
        )

    def changeEvent(self, event: QEvent) -> None:
        """Retranslate every text when the application language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self.retranslate()
        super().changeEvent(event)
