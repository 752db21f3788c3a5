"""Text size and contrast for the whole application, applied live and at start-up.

Both are pre-unlock preferences (:mod:`desktop_app.core.preferences`): the unlock
dialog must already be readable for someone who needs 200 % text.

* **Text size** scales the application font from the system's size (100 %). Qt
  hands a new application font to every widget that did not choose its own; widgets
  that did (page titles, the recovery code) keep their proportion because their point
  size is scaled by the same factor.
* **High contrast** is black text on white with strong black outlines and a dark
  selection, on Qt's Fusion style (native styles may ignore a palette). Light rather
  than dark, so the warning colours the forms use (dark red, green, amber on white)
  keep their contrast.

Qt only broadcasts font and palette changes itself once the event loop runs, so they
are also sent explicitly: the change is the same before ``exec()`` (start-up, tests).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QBoxLayout,
    QFrame,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.preferences import DEFAULT_TEXT_SCALE, TEXT_SCALES, Preferences
from desktop_app.gui import style

_BASE_SIZE = "hearth_base_point_size"
_BASE_PIXELS = "hearth_base_pixel_size"
_SCALE = "hearth_text_scale"
_CONTRAST = "hearth_high_contrast"
_ORIGINAL_STYLE = "hearth_original_style"
_ORIGINAL_PALETTE = "hearth_original_palette"
#: A widget property: its owner sets its font again on every font change (leave it be).
FONT_FOLLOWS_OWNER = "hearth_font_follows_owner"
# QFont's "size was set explicitly" bit (QFont::SizeResolved); PySide6 exposes no enum.
_SIZE_RESOLVED = 0x0002

#: Extra rules in high contrast: outlines that can be seen, and a focus that stands out.
HIGH_CONTRAST_SHEET = """
QLineEdit, QPlainTextEdit, QTextEdit, QAbstractSpinBox, QComboBox,
QListView, QTreeView, QTableView {
    border: 2px solid #000000;
}
QLineEdit:focus, QPlainTextEdit:focus, QTextEdit:focus, QAbstractSpinBox:focus,
QComboBox:focus, QListView:focus, QTreeView:focus, QTableView:focus {
    border: 3px solid #00007a;
}
QPushButton, QToolButton {
    border: 2px solid #000000; border-radius: 3px; padding: 0.25em 0.8em;
    background: #ffffff; color: #000000;
}
QPushButton:focus, QToolButton:focus { border: 3px solid #00007a; }
QPushButton:pressed, QToolButton:pressed, QToolButton:checked { background: #d6d6ff; }
QPushButton:disabled, QToolButton:disabled { border-color: #595959; color: #595959; }
QGroupBox { border: 2px solid #000000; margin-top: 1.2em; padding-top: 0.4em; }
QGroupBox::title { subcontrol-origin: margin; padding: 0 0.3em; }
"""


def high_contrast_palette() -> QPalette:
    """Black on white, a navy selection, and disabled text still at 7:1 contrast."""
    palette = QPalette()
    black, white = QColor("#000000"), QColor("#ffffff")
    navy, grey, pale = QColor("#00007a"), QColor("#595959"), QColor("#f0f0f0")
    roles = {
        QPalette.ColorRole.Window: white,
        QPalette.ColorRole.WindowText: black,
        QPalette.ColorRole.Base: white,
        QPalette.ColorRole.AlternateBase: pale,
        QPalette.ColorRole.Text: black,
        QPalette.ColorRole.Button: white,
        QPalette.ColorRole.ButtonText: black,
        QPalette.ColorRole.BrightText: black,
        QPalette.ColorRole.Light: white,
        QPalette.ColorRole.Midlight: pale,
        QPalette.ColorRole.Mid: black,
        QPalette.ColorRole.Dark: black,
        QPalette.ColorRole.Shadow: black,
        QPalette.ColorRole.Highlight: navy,
        QPalette.ColorRole.HighlightedText: white,
        QPalette.ColorRole.Link: navy,
        QPalette.ColorRole.LinkVisited: QColor("#4b0082"),
        QPalette.ColorRole.ToolTipBase: white,
        QPalette.ColorRole.ToolTipText: black,
        QPalette.ColorRole.PlaceholderText: QColor("#4a4a4a"),
        QPalette.ColorRole.Accent: navy,
    }
    for role, colour in roles.items():
        palette.setColor(role, colour)
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
        QPalette.ColorRole.PlaceholderText,
    ):
        palette.setColor(QPalette.ColorGroup.Disabled, role, grey)
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Highlight, grey)
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Base, pale)
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Button, pale)
    return palette


def _broadcast(app: QApplication, kind: QEvent.Type) -> None:
    for widget in app.allWidgets():
        QApplication.sendEvent(widget, QEvent(kind))


def _remember_base(app: QApplication) -> None:
    if app.property(_BASE_SIZE) is None:
        font = app.font()
        app.setProperty(_BASE_SIZE, float(font.pointSizeF()))
        app.setProperty(_BASE_PIXELS, int(font.pixelSize()))


def text_scale(app: QApplication) -> int:
    """Return the text size in force, in percent."""
    value = app.property(_SCALE)
    return int(value) if value is not None else DEFAULT_TEXT_SCALE


def apply_text_scale(app: QApplication, percent: int) -> None:
    """Make all text ``percent`` % of the system's size, in every open window."""
    if percent not in TEXT_SCALES:
        raise ValueError(f"text size must be one of {TEXT_SCALES}")
    _remember_base(app)
    old = text_scale(app)
    if percent == old:
        return
    ratio = percent / old
    # Widgets that chose their own size keep it unless scaled here too; note them first.
    explicit: list[tuple[QWidget, QFont]] = []
    for widget in app.allWidgets():
        font = widget.font()
        if (
            widget.testAttribute(Qt.WidgetAttribute.WA_SetFont)
            and font.resolveMask() & _SIZE_RESOLVED
            and not widget.property(FONT_FOLLOWS_OWNER)
        ):
            explicit.append((widget, QFont(font)))
    font = QFont(app.font())
    base_points = float(app.property(_BASE_SIZE))
    if base_points > 0:
        font.setPointSizeF(base_points * percent / 100)
    else:
        font.setPixelSize(max(1, round(int(app.property(_BASE_PIXELS)) * percent / 100)))
    app.setFont(font)
    for widget, own in explicit:
        if own.pointSizeF() > 0:
            own.setPointSizeF(own.pointSizeF() * ratio)
        elif own.pixelSize() > 0:
            own.setPixelSize(max(1, round(own.pixelSize() * ratio)))
        widget.setFont(own)
    app.setProperty(_SCALE, percent)
    _broadcast(app, QEvent.Type.ApplicationFontChange)


def high_contrast(app: QApplication) -> bool:
    """Return whether high contrast is in force."""
    return bool(app.property(_CONTRAST))


def apply_high_contrast(app: QApplication, on: bool) -> None:
    """Switch high contrast on or off in every open window."""
    if on == high_contrast(app):
        return
    if on:
        app.setProperty(_ORIGINAL_STYLE, app.style().name())
        app.setProperty(_ORIGINAL_PALETTE, QPalette(app.palette()))
        if app.style().name().lower() != "fusion":
            app.setStyle("Fusion")
        app.setPalette(high_contrast_palette())
        app.setStyleSheet(style.STYLE_SHEET + HIGH_CONTRAST_SHEET)
    else:
        original = app.property(_ORIGINAL_STYLE)
        if original and str(original).lower() != app.style().name().lower():
            app.setStyle(str(original))
        palette = app.property(_ORIGINAL_PALETTE)
        app.setPalette(palette if isinstance(palette, QPalette) else app.style().standardPalette())
        app.setStyleSheet(style.STYLE_SHEET)
    app.setProperty(_CONTRAST, on)
    _broadcast(app, QEvent.Type.ApplicationPaletteChange)


def apply_display(app: QApplication, preferences: Preferences) -> None:
    """Apply the saved text size and contrast (at start-up, before any window shows)."""
    apply_text_scale(app, preferences.text_scale)
    apply_high_contrast(app, preferences.high_contrast)


def resize_within_screen(window: QWidget, width: int, height: int) -> None:
    """Open ``window`` at ``width`` × ``height``, or smaller if its screen is smaller.

    Sizes measured in lines of text grow with the text size; at 200 % a dialog 34
    lines tall would be taller than a laptop's screen, its buttons out of reach.
    """
    screen = window.screen() or QApplication.primaryScreen()
    if screen is not None:
        available = screen.availableGeometry()
        width = min(width, available.width())
        height = min(height, int(available.height() * 0.92))
    window.resize(width, height)


def scroll_body(window: QWidget, layout: QBoxLayout, keep: int = 1) -> QScrollArea:
    """Move all of ``layout`` but its last ``keep`` items (the buttons) into a scroll area.

    A form as tall as a laptop's screen at 100 % cannot grow at 200 %: its fields
    scroll, and the buttons stay in view.
    """
    body = QWidget(window)
    body.setObjectName(f"{window.objectName() or 'window'}_body")
    inner = QVBoxLayout(body)
    inner.setContentsMargins(0, 0, 0, 0)
    while layout.count() > keep:
        item = layout.takeAt(0)
        if item is None:
            break
        widget, sublayout, spacer = item.widget(), item.layout(), item.spacerItem()
        if widget is not None:
            inner.addWidget(widget)
        elif sublayout is not None:
            inner.addLayout(sublayout)
        elif spacer is not None:
            inner.addItem(spacer)
    area = QScrollArea(window)
    area.setObjectName(f"{body.objectName()}_scroll")
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(body)
    layout.insertWidget(0, area, 1)
    return area


# A hidden page's own size policy, kept while it asks its stack for no room.
_PAGE_POLICY = "hearth_page_size_policy"


def size_by_current_page(stack: QStackedWidget) -> None:
    """Make ``stack`` as large as the page it shows, not as its largest page.

    A stacked widget asks for the room of its largest page, shown or not: at 200 %
    text one wide hidden page would make every page scroll sideways. Hidden pages ask
    for nothing until shown (call this whenever the current page changes).
    """
    for index in range(stack.count()):
        page = stack.widget(index)
        if page is None:
            continue
        if index == stack.currentIndex():
            saved = page.property(_PAGE_POLICY)
            if isinstance(saved, QSizePolicy):
                page.setSizePolicy(saved)
                page.setProperty(_PAGE_POLICY, None)
        elif page.property(_PAGE_POLICY) is None:
            page.setProperty(_PAGE_POLICY, page.sizePolicy())
            page.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
    stack.updateGeometry()
