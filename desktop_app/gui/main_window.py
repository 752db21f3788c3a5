"""The main window: a coordinator of section pages, never a god object.

Pages are plugged in by the composition root with :meth:`MainWindow.set_section_widget`
and receive the unlocked session's services through :meth:`MainWindow.set_services`
(``None`` when the session locks). While locked, the window shows a cover instead of
its pages, so nothing about a family is visible behind the unlock dialog.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QFont, QFontMetrics, QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QMainWindow,
    QMessageBox,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app import __version__
from desktop_app.gui.display import FONT_FOLLOWS_OWNER, size_by_current_page
from desktop_app.gui.forms.ui_main_window import Ui_MainWindow
from desktop_app.i18n import _, isolate


class MainWindow(QMainWindow):
    """Navigation between Hearth's sections, a status area and the menus.

    The window title is fixed ("Hearth"): it is visible in task bars and screen shares,
    so it never names a family.
    """

    SECTION_KEYS = (
        "today",
        "families",
        "services",
        "champions",
        "events",
        "reports",
        "settings",
    )

    closing = Signal()
    """Emitted when the window closes: the session saves drafts and locks the vault."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.services: Any = None
        self._locked = False
        self._signed_in = ""
        self._demo_passphrase: str | None = None
        #: Asked before the window closes while unlocked; one False keeps it open
        #: (a page with unsaved changes asks Save / Discard / Cancel).
        self.close_guards: list[Callable[[], bool]] = []
        self._scroll_pages()
        self._build_lock_cover()
        self._build_toolbar_extras()
        self.demo_label = QLabel(self)
        self.demo_label.setObjectName("demo_label")
        self.demo_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.demo_label.setVisible(False)
        self.ui.status_bar.addPermanentWidget(self.demo_label, 1)
        self.status_label = QLabel(self)
        self.status_label.setObjectName("status_label")
        self.ui.status_bar.addPermanentWidget(self.status_label, 1)
        for label in (self.demo_label, self.status_label):
            # Long sentences: at large text they wrap onto a second line rather than
            # making the window wider than the screen.
            label.setWordWrap(True)
            label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            label.setMinimumWidth(label.fontMetrics().averageCharWidth() * 12)
        self._section_actions: list[QAction] = []
        for index in range(self.ui.navigation_list.count()):
            action = QAction(self)
            action.setShortcut(QKeySequence(f"Ctrl+{index + 1}"))
            action.triggered.connect(lambda _checked=False, row=index: self.show_section(row))
            self.addAction(action)
            self._section_actions.append(action)
        self.ui.navigation_list.currentRowChanged.connect(self.ui.page_stack.setCurrentIndex)
        self.ui.page_stack.currentChanged.connect(self._size_pages)
        self.ui.quit_action.triggered.connect(self.close)
        self.ui.about_action.triggered.connect(self.show_about)
        self._style_titles()
        self._style_navigation()
        self.locked_title_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.retranslate()

    def _scroll_pages(self) -> None:
        """Put the section pages in a scroll area, and size them by the page on screen.

        At large text a page can need more room than a laptop's screen; it scrolls
        instead of making the window larger than the screen. A stacked widget is as
        large as its largest page, shown or not: the hidden pages ask for nothing.
        """
        stack = self.ui.page_stack
        layout = self.ui.central_layout
        index = layout.indexOf(stack)
        layout.removeWidget(stack)
        self.page_scroll = QScrollArea(self.ui.central_widget)
        self.page_scroll.setObjectName("page_scroll")
        self.page_scroll.setWidgetResizable(True)
        self.page_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.page_scroll.setWidget(stack)
        layout.insertWidget(index, self.page_scroll, 1)
        self._size_pages()

    def _size_pages(self, *_args: object) -> None:
        size_by_current_page(self.ui.page_stack)

    def _build_lock_cover(self) -> None:
        """Put the pages and a "locked" cover in one stack that is the central widget."""
        content = self.takeCentralWidget()
        assert content is not None
        self.pages_widget = content
        self.content_stack = QStackedWidget(self)
        self.content_stack.setObjectName("content_stack")
        self.content_stack.addWidget(content)
        self.lock_cover = QWidget(self.content_stack)
        self.lock_cover.setObjectName("lock_cover")
        layout = QVBoxLayout(self.lock_cover)
        layout.addStretch(1)
        self.locked_title_label = QLabel(self.lock_cover)
        self.locked_title_label.setObjectName("locked_title_label")
        self.locked_title_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.locked_message_label = QLabel(self.lock_cover)
        self.locked_message_label.setObjectName("locked_message_label")
        self.locked_message_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.locked_message_label.setWordWrap(True)
        layout.addWidget(self.locked_title_label)
        layout.addWidget(self.locked_message_label)
        layout.addStretch(2)
        self.content_stack.addWidget(self.lock_cover)
        self.setCentralWidget(self.content_stack)

    def _build_toolbar_extras(self) -> None:
        """Show who is signed in at the trailing end of the toolbar."""
        spacer = QWidget(self.ui.main_toolbar)
        spacer.setObjectName("toolbar_spacer")
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.ui.main_toolbar.addWidget(spacer)
        self.signed_in_label = QLabel(self.ui.main_toolbar)
        self.signed_in_label.setObjectName("signed_in_label")
        self.ui.main_toolbar.addWidget(self.signed_in_label)

    # ------------------------------------------------------------ session
    def set_locked(self, locked: bool) -> None:
        """Cover every page while locked; nothing of the vault stays on screen."""
        self._locked = locked
        self.content_stack.setCurrentWidget(self.lock_cover if locked else self.pages_widget)
        self.ui.lock_action.setEnabled(not locked)
        for action in self._section_actions:
            action.setEnabled(not locked)
        if locked:
            self.set_signed_in(None)

    def is_locked(self) -> bool:
        """Return whether the pages are covered."""
        return self._locked

    def set_signed_in(self, name: str | None) -> None:
        """Show the staff member who unlocked the vault (never in the window title)."""
        self._signed_in = name or ""
        self._update_signed_in()

    def _update_signed_in(self) -> None:
        self.signed_in_label.setText(
            _("Signed in: {name}").format(name=isolate(self._signed_in)) if self._signed_in else ""
        )
        self.signed_in_label.setVisible(bool(self._signed_in))

    def set_demo(self, passphrase: str | None) -> None:
        """Say in the status bar that this is a demo vault, and how to unlock it again."""
        self._demo_passphrase = passphrase
        self._update_demo()

    def _update_demo(self) -> None:
        self.demo_label.setVisible(self._demo_passphrase is not None)
        if self._demo_passphrase is None:
            self.demo_label.clear()
            return
        self.demo_label.setText(
            _("Demo: made-up families only. Demo passphrase: {passphrase}").format(
                passphrase=isolate(self._demo_passphrase)
            )
        )

    def set_services(self, services: Any) -> None:
        """Give the unlocked session's services to every page that takes them (None: locked)."""
        self.services = services
        for index in range(self.ui.page_stack.count()):
            page = self.ui.page_stack.widget(index)
            setter = getattr(page, "set_services", None)
            if callable(setter):
                setter(services)

    def set_section_widget(self, key: str, widget: QWidget) -> None:
        """Replace the placeholder page of section ``key`` (today, families, …) by ``widget``.

        The widget receives the current services at once if it has ``set_services``.
        """
        if key not in self.SECTION_KEYS:
            raise KeyError(key)
        index = self.SECTION_KEYS.index(key)
        stack = self.ui.page_stack
        current = stack.currentIndex()
        old = stack.widget(index)
        stack.insertWidget(index, widget)
        if old is not None:
            stack.removeWidget(old)
            if old.objectName() == f"{key}_page":
                # The Designer placeholder stays, hidden: retranslateUi still sets its texts
                # on a language switch, and a deleted label would make that fail.
                old.setParent(self)
                old.hide()
            else:
                old.deleteLater()
        stack.setCurrentIndex(current)
        self._size_pages()
        setter = getattr(widget, "set_services", None)
        if callable(setter) and self.services is not None:
            setter(self.services)

    def section_widget(self, key: str) -> QWidget:
        """Return the page of section ``key``."""
        page = self.ui.page_stack.widget(self.SECTION_KEYS.index(key))
        assert page is not None
        return page

    def _style_navigation(self) -> None:
        """Larger section names with room between them, scaled from the user's font."""
        navigation = self.ui.navigation_list
        # Its font follows the application's (text size) at 115 %: set again on changes.
        navigation.setProperty(FONT_FOLLOWS_OWNER, True)
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.15)
        navigation.setFont(font)
        navigation.setSpacing(max(3, QFontMetrics(font).height() // 4))
        self._size_navigation()

    def _size_navigation(self) -> None:
        """As wide as the longest section name in this language and text size, no wider.

        Measured from the font, never fixed pixels: at 200 % text or in German the
        names need more room, and a fixed width would cut them off.
        """
        navigation = self.ui.navigation_list
        metrics = QFontMetrics(navigation.font())
        widest = max(
            (
                metrics.horizontalAdvance(navigation.item(i).text())
                for i in range(navigation.count())
            ),
            default=0,
        )
        em = metrics.horizontalAdvance("M")
        frame = 2 * navigation.frameWidth()
        # Room for the item's own padding and the selection, and a little air (1.5 em).
        width = widest + frame + int(em * 1.5) + 2 * navigation.spacing()
        navigation.setFixedWidth(max(width, em * 8))

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
            _("Move between sections with Ctrl+1 to Ctrl+{last}, or the arrow keys.").format(
                last=self.ui.navigation_list.count()
            )
        )
        self.locked_title_label.setText(_("Hearth is locked"))
        self.locked_message_label.setText(
            _("Unlock with your passphrase to carry on. Unsaved work was kept.")
        )
        self._update_signed_in()
        self._update_demo()

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

    def closeEvent(self, event: QCloseEvent) -> None:
        """Let the session keep drafts and drop the key before the window goes."""
        if not self._locked and not all(guard() for guard in list(self.close_guards)):
            event.ignore()
            return
        self.closing.emit()
        super().closeEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        """Retranslate every text when the application language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self.retranslate()
            self._size_navigation()
        elif event.type() == QEvent.Type.FontChange:
            self._style_navigation()
        super().changeEvent(event)
