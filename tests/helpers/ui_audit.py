"""Checks over one window as a person (and a screen reader) meets it.

Each check takes a top-level window that is shown and laid out (a
:class:`desktop_app.gui.screen_walk.Screen`'s ``window``) and returns its violations
as short readable lines (``"save_button (QPushButton) 'Save': …"``); an empty list
means the window passes. They work in any language: run them after
``LanguageSwitcher.apply(...)``.

* :func:`unnamed_inputs` — focusable inputs a screen reader cannot name.
* :func:`unreachable_inputs` — inputs the Tab key never reaches, and keyboard traps.
* :func:`mnemonic_clashes` — two visible access keys (``&X``) on the same letter.
* :func:`shortcut_clashes` — two shortcuts of one key active in the same place.
* :func:`untranslated_texts` — under the pseudo-language, visible text in plain ASCII.
* :func:`clipped_texts` — text that does not fit its widget, or was cut off.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping
from functools import cache

from PySide6.QtCore import QModelIndex, QRect, Qt
from PySide6.QtGui import QAccessible, QAction, QKeySequence, QShortcut, QTextDocument
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QStyle,
    QStyleOptionComboBox,
    QTabBar,
    QTextEdit,
    QToolBar,
    QToolButton,
    QWidget,
    QWizard,
)

from desktop_app.gui.direction import without_arrows
from desktop_app.i18n.pseudo import END, START

#: The kinds of widget a person types into, picks from or presses.
INPUTS: tuple[type[QWidget], ...] = (
    QLineEdit,
    QAbstractSpinBox,
    QComboBox,
    QTextEdit,
    QPlainTextEdit,
    QAbstractItemView,
    QAbstractButton,
)


def describe(widget: QWidget, text: str = "") -> str:
    """``object_name (Class) 'text'`` — enough to find the widget in its form."""
    name = widget.objectName() or f"<{type(widget).__name__} in {_named_ancestor(widget)}>"
    shown = f" {text[:70]!r}" if text else ""
    return f"{name} ({type(widget).__name__}){shown}"


def _named_ancestor(widget: QWidget) -> str:
    parent = widget.parentWidget()
    while parent is not None and not parent.objectName():
        parent = parent.parentWidget()
    return parent.objectName() if parent is not None else "?"


def _is_internal(widget: QWidget) -> bool:
    """Parts of a composite widget, named and reached through their owner."""
    parent = widget.parentWidget()
    if isinstance(widget, QLineEdit) and isinstance(parent, QAbstractSpinBox | QComboBox):
        return True
    if isinstance(widget, QToolButton) and isinstance(parent, QTabBar | QLineEdit):
        return True  # a tab bar's scroll arrows, a line edit's clear button
    if isinstance(widget, QHeaderView):
        return True  # read out with its view's cells
    if isinstance(widget, QAbstractButton) and widget.objectName() == "qt_calendar_prevmonth":
        return True
    # The corner button of a table view (select all), never a stop of its own.
    return isinstance(widget, QAbstractButton) and isinstance(parent, QAbstractItemView)


def inputs(window: QWidget, *, visible_only: bool = True) -> Iterator[QWidget]:
    """The window's own inputs (not those of other windows), shown ones by default."""
    for widget in window.findChildren(QWidget):
        own = type(widget).__module__.startswith("desktop_app.") and bool(
            widget.focusPolicy() & Qt.FocusPolicy.TabFocus
        )  # a widget of Hearth's own that takes the focus (the signature pad)
        if not (isinstance(widget, INPUTS) or own) or _is_internal(widget):
            continue
        if widget.window() is not window:
            continue
        if visible_only and not widget.isVisible():
            continue
        yield widget


# ---------------------------------------------------------------- names
def accessible_name(widget: QWidget) -> str:
    """The name a screen reader announces for ``widget`` ("" when it has none).

    An explicit accessible name, else the label the widget is labelled by (a buddy),
    else what Qt's accessibility interface calls it — except for a combo box, whose
    interface "name" is only its current value.
    """
    if widget.accessibleName().strip():
        return widget.accessibleName().strip()
    interface = QAccessible.queryAccessibleInterface(widget)
    if not interface:  # (None for an object Qt does not know)
        return ""
    for label, _relation in interface.relations(QAccessible.RelationFlag.Label):
        text = label.text(QAccessible.Text.Name).strip()
        if text:
            return text
    if isinstance(widget, QComboBox):
        return ""
    return interface.text(QAccessible.Text.Name).strip()


def unnamed_inputs(window: QWidget) -> list[str]:
    """Visible inputs without an accessible name (a buddy label, a text, or a name)."""
    return [describe(w) for w in inputs(window) if not accessible_name(w)]


# ---------------------------------------------------------------- keyboard
def tab_stops(window: QWidget) -> list[QWidget]:
    """The widgets Tab visits in ``window``, in order, as Qt's focus chain has them."""
    stops: list[QWidget] = []
    widget: QWidget | None = window
    for _step in range(5000):
        assert widget is not None
        widget = widget.nextInFocusChain()
        if widget is window or widget is None:
            break
        if (
            widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            and widget.isVisibleTo(window)
            and widget.isEnabled()
            and widget.focusProxy() is None
            and widget.window() is window
        ):
            stops.append(widget)
    return stops


def _trap(widget: QWidget) -> str:
    """Why Tab can get stuck in ``widget`` ("" when it cannot)."""
    if isinstance(widget, QTextEdit | QPlainTextEdit):
        if not widget.isReadOnly() and not widget.tabChangesFocus():
            return "Tab types a tab character instead of moving on"
    if isinstance(widget, QAbstractItemView) and widget.tabKeyNavigation():
        triggers = widget.editTriggers()
        if triggers == QAbstractItemView.EditTrigger.NoEditTriggers:
            return "Tab walks every cell of a read-only view instead of moving on"
    return ""


def _in_menu(action: QAction | None) -> bool:
    return action is not None and any(isinstance(o, QMenu) for o in action.associatedObjects())


def unreachable_inputs(window: QWidget) -> list[str]:
    """Enabled inputs Tab never reaches from the first focus widget, and keyboard traps.

    A toolbar button is reached through the menu that holds the same action.
    """
    stops = set(tab_stops(window))
    problems = []
    for widget in inputs(window):
        if not widget.isEnabled():
            continue
        if isinstance(widget, QToolButton) and isinstance(widget.parentWidget(), QToolBar):
            if not _in_menu(widget.defaultAction()):
                problems.append(describe(widget, widget.text()) + ": only reachable by mouse")
            continue
        if widget not in stops:
            problems.append(describe(widget, widget.accessibleName()) + ": Tab never reaches it")
        elif reason := _trap(widget):
            problems.append(describe(widget) + ": " + reason)
    return problems


_ACCESS_KEY = re.compile(r"(?<!&)&(?!&)[^\s&]")


def _mnemonic(text: str) -> str:
    return QKeySequence.mnemonic(text).toString(QKeySequence.SequenceFormat.PortableText)


def mnemonics(window: QWidget) -> list[tuple[str, QWidget, str]]:
    """The access keys active in ``window``: ``(key, widget, text)``."""
    found: list[tuple[str, QWidget, str]] = []

    def add(widget: QWidget, text: str) -> None:
        key = _mnemonic(text)
        if key:
            found.append((key, widget, text))

    for widget in window.findChildren(QWidget):
        if widget.window() is not window or not widget.isVisible():
            continue
        if isinstance(widget, QAbstractButton) and not _is_internal(widget):
            if not isinstance(widget.parentWidget(), QToolBar):  # toolbars drop the &
                add(widget, widget.text())
        elif isinstance(widget, QLabel):
            buddy = widget.buddy()
            if buddy is not None and buddy.isVisible():
                add(widget, widget.text())
        elif isinstance(widget, QGroupBox):
            add(widget, widget.title())
        elif isinstance(widget, QTabBar):
            for index in range(widget.count()):
                if widget.isTabVisible(index):
                    add(widget, widget.tabText(index))
    if isinstance(window, QMainWindow) and window.menuBar().isVisible():
        for action in window.menuBar().actions():
            add(window.menuBar(), action.text())
    return found


def mnemonic_clashes(window: QWidget) -> list[str]:
    """Access keys used twice among the visible widgets, and twice inside one menu.

    Two widgets on ``Alt+S`` make the key jump between them instead of acting.
    """
    by_key: dict[str, list[str]] = defaultdict(list)
    for key, widget, text in mnemonics(window):
        by_key[key].append(describe(widget, text))
    problems = [f"{key}: " + " / ".join(users) for key, users in by_key.items() if len(users) > 1]
    if isinstance(window, QMainWindow):
        for menu in _menus(window):
            in_menu: dict[str, list[str]] = defaultdict(list)
            for action in menu.actions():
                if action.isVisible() and not action.isSeparator():
                    key = _mnemonic(action.text())
                    if key:
                        in_menu[key].append(action.text())
            problems += [
                f"{menu.objectName()} {key}: " + " / ".join(texts)
                for key, texts in in_menu.items()
                if len(texts) > 1
            ]
    # A label meant to have an access key ("&Name:") but no buddy shows the "&" itself.
    for widget in window.findChildren(QLabel):
        if widget.isVisible() and widget.buddy() is None and _ACCESS_KEY.search(widget.text()):
            if widget.textFormat() != Qt.TextFormat.RichText and "<" not in widget.text():
                problems.append(describe(widget, widget.text()) + ": shows its '&' (no buddy)")
    return problems


def _menus(window: QMainWindow) -> list[QMenu]:
    """The menu bar's menus (not Qt's own overflow menu, which repeats their titles)."""
    found = [action.menu() for action in window.menuBar().actions()]
    return [menu for menu in found if isinstance(menu, QMenu)]


def _scope(owner: QWidget, context: Qt.ShortcutContext) -> tuple[QWidget, bool]:
    """Where a shortcut is active: ``(widget, with_children)``."""
    if context in (Qt.ShortcutContext.WindowShortcut, Qt.ShortcutContext.ApplicationShortcut):
        return owner.window(), True
    return owner, context == Qt.ShortcutContext.WidgetWithChildrenShortcut


def shortcuts(window: QWidget) -> list[tuple[str, QWidget, bool, str, object]]:
    """Every action and shortcut of ``window``: ``(keys, scope, with_children, what, it)``."""
    found: list[tuple[str, QWidget, bool, str, object]] = []
    for action in window.findChildren(QAction):
        for sequence in action.shortcuts():
            keys = sequence.toString(QKeySequence.SequenceFormat.PortableText)
            owners = [o for o in action.associatedObjects() if isinstance(o, QWidget)]
            owners = [o for o in owners if not isinstance(o, QMenu | QToolButton)]
            for owner in owners:
                if owner.window() is window:
                    scope, children = _scope(owner, action.shortcutContext())
                    what = action.text() or action.objectName()
                    found.append((keys, scope, children, what, action))
    for shortcut in window.findChildren(QShortcut):
        parent = shortcut.parent()
        if isinstance(parent, QWidget) and parent.window() is window:
            keys = shortcut.key().toString(QKeySequence.SequenceFormat.PortableText)
            scope, children = _scope(parent, shortcut.context())
            found.append((keys, scope, children, f"shortcut on {describe(parent)}", shortcut))
    return [f for f in found if f[0]]


def _overlap(a: tuple[QWidget, bool], b: tuple[QWidget, bool]) -> bool:
    (wa, ca), (wb, cb) = a, b
    if wa is wb:
        return True
    return (ca and wa.isAncestorOf(wb)) or (cb and wb.isAncestorOf(wa))


def shortcut_clashes(window: QWidget) -> list[str]:
    """One key bound twice where both are active: Qt then runs neither."""
    found = shortcuts(window)
    problems = []
    for i, (keys, scope, children, what, one) in enumerate(found):
        for other_keys, other_scope, other_children, other, two in found[i + 1 :]:
            if one is two or keys != other_keys:
                continue
            if _overlap((scope, children), (other_scope, other_children)):
                problems.append(f"{keys}: {what!r} and {other!r}")
    return sorted(set(problems))


# ---------------------------------------------------------------- texts
def _plain(text: str) -> str:
    if "<" in text and ">" in text and GuiQt.mightBeRichText(text):
        document = QTextDocument()
        document.setHtml(text)
        return document.toPlainText()
    return text


def _qt_own(widget: QWidget) -> bool:
    """A standard button whose text comes from Qt's own translations (qtbase)."""
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QDialogButtonBox | QWizard):
        parent = parent.parentWidget() if not parent.isWindow() else None
    if isinstance(parent, QDialogButtonBox) and isinstance(widget, QPushButton):
        return parent.standardButton(widget) != QDialogButtonBox.StandardButton.NoButton
    if isinstance(parent, QWizard) and isinstance(widget, QAbstractButton):
        return widget.text() in _wizard_defaults(parent.wizardStyle())
    return False


def _wizard_defaults(style: QWizard.WizardStyle) -> set[str]:
    """Qt's own texts of a wizard's buttons, in the current language."""
    blank = QWizard()
    blank.setWizardStyle(style)
    try:
        texts = {blank.buttonText(which) for which in QWizard.WizardButton if which.value < 8}
    finally:
        blank.deleteLater()
    # Hearth shows Back and Next without their arrow characters (icons point instead).
    return texts | {without_arrows(text) for text in texts}


def _model_texts(view: QAbstractItemView, limit: int = 60) -> Iterator[tuple[str, str]]:
    """A view's cell texts and tooltips (its first ``limit`` rows, and their branches)."""
    model = view.model()
    if not model:
        return
    stack = [QModelIndex()]
    seen = 0
    while stack and seen < limit:
        parent = stack.pop()
        try:
            columns = model.columnCount(parent)
        except TypeError:  # a list model: one column (PySide keeps it private)
            columns = 1
        for row in range(min(model.rowCount(parent), limit)):
            for column in range(columns):
                index = model.index(row, column, parent)
                for role, kind in (
                    (Qt.ItemDataRole.DisplayRole, "item"),
                    (Qt.ItemDataRole.ToolTipRole, "tooltip"),
                ):
                    text = model.data(index, role)
                    if isinstance(text, str) and text:
                        yield f"{kind}@{column}", text
            seen += 1
            first = model.index(row, 0, parent)
            if columns > 1 and model.rowCount(first) > 0:  # a tree's branch
                stack.append(first)


def visible_texts(window: QWidget) -> Iterator[tuple[QWidget, str, str]]:
    """Every interface text on ``window`` a person can see or have read to them.

    Yields ``(widget, text, kind)``; kind is one of ``title``, ``text``, ``tooltip``,
    ``accessible``, ``placeholder``, ``item`` (a combo box's items), ``item@<column>``
    and ``tooltip@<column>`` (a list's, table's or tree's cells), ``header``, ``menu``
    and ``status``.
    """
    if window.windowTitle():
        yield window, window.windowTitle(), "title"
    for widget in [window, *window.findChildren(QWidget)]:
        if widget.window() is not window or not widget.isVisible():
            continue
        if widget.toolTip():
            yield widget, widget.toolTip(), "tooltip"
        if widget.accessibleName() and not isinstance(widget, QLabel):
            yield widget, widget.accessibleName(), "accessible"
        if isinstance(widget, QLabel):
            if widget.text():
                yield widget, _plain(widget.text()), "text"
        elif isinstance(widget, QAbstractButton):
            if widget.text() and not _qt_own(widget) and not _is_internal(widget):
                yield widget, widget.text(), "text"
        elif isinstance(widget, QGroupBox):
            if widget.title():
                yield widget, widget.title(), "title"
        elif isinstance(widget, QTabBar):
            for index in range(widget.count()):
                if widget.isTabVisible(index):
                    yield widget, widget.tabText(index), "title"
                    if widget.tabToolTip(index):
                        yield widget, widget.tabToolTip(index), "tooltip"
        elif isinstance(widget, QLineEdit):
            if widget.placeholderText() and not isinstance(widget.parentWidget(), QComboBox):
                yield widget, widget.placeholderText(), "placeholder"
        elif isinstance(widget, QTextEdit | QPlainTextEdit):
            if widget.placeholderText():
                yield widget, widget.placeholderText(), "placeholder"
        elif isinstance(widget, QComboBox):
            if widget.placeholderText():
                yield widget, widget.placeholderText(), "placeholder"
            for index in range(widget.count()):
                if widget.itemText(index):
                    yield widget, widget.itemText(index), "item"
        elif isinstance(widget, QAbstractSpinBox):
            for text in (
                getattr(widget, "prefix", lambda: "")(),
                getattr(widget, "suffix", lambda: "")(),
                widget.specialValueText(),
            ):
                if text.strip():
                    yield widget, text, "text"
        elif isinstance(widget, QHeaderView):
            model = widget.model()
            if model is not None:
                for section in range(widget.count()):
                    if not widget.isSectionHidden(section):
                        text = model.headerData(
                            section, widget.orientation(), Qt.ItemDataRole.DisplayRole
                        )
                        if isinstance(text, str) and text:
                            yield widget, text, "header"
        if isinstance(widget, QAbstractItemView) and not isinstance(widget, QHeaderView):
            for kind, text in _model_texts(widget):
                yield widget, text, kind
    if isinstance(window, QMainWindow):
        for menu in _menus(window):
            if menu.title():
                yield menu, menu.title(), "menu"
            for action in menu.actions():
                if action.text() and not action.isSeparator():
                    yield menu, action.text(), "menu"
        status = window.statusBar().currentMessage()
        if status:
            yield window.statusBar(), status, "status"


_FENCED = re.compile(f"{re.escape(START)}[^{re.escape(START)}{re.escape(END)}]*{re.escape(END)}")
_CODES = re.compile(
    r"""
      https?://\S+ | \S+@\S+                      # web and e-mail addresses
    | (?:[\w.-]*/)+[\w.-]+                        # file paths
    | \b[0-9a-f]{4}(?:-[0-9a-f]{4}){2,}\b         # key fingerprints (before the next:
                                                  # "ca3a-…-dfdf" must go whole)
    | \b[A-Za-z0-9]*\d[A-Za-z0-9]*\b              # codes with a digit (HH-7F3K, UIDs, hex)
    | \b[A-Z]{2,}(?:-[A-Z0-9]+)+\b                # hyphenated codes (BRK-01)
    | \b(?=\w*[a-z])(?=\w*[A-Z])[A-Za-z0-9]{11}\b  # DHIS2 identifiers
    """,
    re.VERBOSE,
)


@cache
def locale_words() -> frozenset[str]:
    """Words that come from CLDR locale data, not the catalog (English names and dates).

    The pseudo-language formats dates and names languages as English does.
    """
    from babel import Locale

    from desktop_app.i18n import available_languages
    from desktop_app.i18n.locales import FAMILY_LANGUAGES, native_name

    english = Locale("en")
    words: set[str] = set()
    names: list[str] = list(english.languages.values())
    names += [native_name(code) for code in (*FAMILY_LANGUAGES, *available_languages())]
    for width in ("wide", "abbreviated"):
        for context in ("format", "stand-alone"):
            names += list(english.months[context][width].values())
            names += list(english.days[context][width].values())
    names += list(english.periods.values())
    for name in names:
        words.update(re.findall(r"[A-Za-z]+", name))
    return frozenset(words)


def untranslated(text: str, allowed: Callable[[str], bool] = lambda word: False) -> list[str]:
    """The plain-ASCII words of ``text`` outside pseudo-translated messages."""
    rest = text
    while True:  # innermost first: a message inserted into another one
        stripped = _FENCED.sub(" ", rest)
        if stripped == rest:
            break
        rest = stripped
    rest = _CODES.sub(" ", rest)
    words = re.findall(r"[A-Za-z][A-Za-z']*", rest)
    known = locale_words()
    return [w for w in words if w not in known and len(w) > 1 and not allowed(w)]


@cache
def language_tags() -> frozenset[str]:
    """Every language tag Babel knows ("ar", "fa-AF", "kmr"): codes, shown as such."""
    from babel import Locale, localedata

    tags = set(Locale("en").languages) | set(localedata.locale_identifiers())
    return frozenset(tags | {tag.replace("_", "-") for tag in tags})


def untranslated_texts(
    window: QWidget, allowlist: Mapping[str, Collection[str]] | None = None
) -> list[str]:
    """Visible texts (under the pseudo-language) with words the catalog did not give.

    ``allowlist`` maps a widget's object name to the kinds of its texts (see
    :func:`visible_texts`; ``item`` stands for every column) that show nothing but
    data. A text that is only a
    language tag is a code (a tooltip saying which language a name stands for).
    """
    allowed = allowlist or {}
    problems = []
    for widget, text, kind in visible_texts(window):
        kinds = allowed.get(widget.objectName(), ())
        if kind in kinds or kind.split("@")[0] in kinds:
            continue
        if text.strip().strip("\u2068\u2069") in language_tags():
            continue
        words = untranslated(text)
        if words:
            problems.append(describe(widget, text) + f" [{kind}]: {' '.join(dict.fromkeys(words))}")
    return sorted(set(problems))


# ---------------------------------------------------------------- clipping
def _text_rect(label: QLabel) -> QRect:
    rect = label.contentsRect()
    margin = label.margin()
    return rect.adjusted(margin, margin, -margin, -margin)


def _label_problem(label: QLabel) -> str:
    text = label.text()
    if not text or not label.isVisible():
        return ""
    rect = _text_rect(label)
    rich = label.textFormat() == Qt.TextFormat.RichText or (
        label.textFormat() == Qt.TextFormat.AutoText and GuiQt.mightBeRichText(text)
    )
    if rich:
        document = QTextDocument()
        document.setDefaultFont(label.font())
        document.setDocumentMargin(0)
        document.setHtml(text)
        if label.wordWrap():
            document.setTextWidth(max(1, rect.width()))
            width, height = document.idealWidth(), document.size().height()
        else:
            width, height = document.idealWidth(), document.size().height()
    else:
        flags = int(label.alignment()) | int(Qt.TextFlag.TextShowMnemonic)
        if label.wordWrap():
            flags |= int(Qt.TextFlag.TextWordWrap)
        box = label.fontMetrics().boundingRect(
            QRect(0, 0, max(1, rect.width()) if label.wordWrap() else 100_000, 100_000),
            flags,
            text,
        )
        width, height = box.width(), box.height()
    if width > rect.width() + 1:
        return f"needs {int(width)} px wide, has {rect.width()}"
    if height > rect.height() + 1:
        return f"needs {int(height)} px high, has {rect.height()}"
    return ""


def _combo_problem(combo: QComboBox) -> str:
    if combo.isEditable() or not combo.currentText():
        return ""
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    field = combo.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, combo
    )
    needed = combo.fontMetrics().horizontalAdvance(combo.currentText())
    if not combo.itemIcon(combo.currentIndex()).isNull():
        needed += combo.iconSize().width() + 4
    if needed > field.width() + 1:
        return f"current item needs {needed} px, has {field.width()}"
    return ""


def _outside(widget: QWidget) -> str:
    """Whether an ancestor that does not scroll cuts ``widget`` off."""
    rect = QRect(widget.rect())
    current = widget
    while not current.isWindow():
        parent = current.parentWidget()
        if parent is None:
            break
        rect = rect.translated(current.pos())
        if isinstance(parent.parentWidget(), QAbstractScrollArea) and (
            parent is parent.parentWidget().viewport()  # type: ignore[union-attr]
        ):
            return ""  # it scrolls into view
        if isinstance(parent, QAbstractScrollArea):
            return ""
        if not parent.rect().contains(rect):
            shown = parent.rect().intersected(rect)
            if shown.width() < rect.width() - 1 or shown.height() < rect.height() - 1:
                return f"cut off by {describe(parent)}"
        current = parent
    return ""


def clipped_texts(window: QWidget, allowlist: Iterable[str] = ()) -> list[str]:
    """Text that does not fit the widget showing it, or that was elided or cut off.

    Labels that do not wrap must be as wide as their text; wrapped ones as tall;
    buttons, check boxes and group boxes at least their size hint; a combo box's
    field as wide as its current item; tabs and header sections as wide as their
    titles. Under the pseudo-language, a text that starts with the start marker but
    lacks the end marker was elided or cut. A widget pushed past the edge of an
    ancestor that does not scroll is cut off too.
    """
    allowed = set(allowlist)
    problems = []
    for widget in window.findChildren(QWidget):
        if widget.window() is not window or not widget.isVisible():
            continue
        if widget.objectName() in allowed or _is_internal(widget):
            continue
        problem = ""
        text = ""
        if isinstance(widget, QLabel):
            text = widget.text()
            problem = _label_problem(widget)
        elif isinstance(widget, QAbstractButton) and not isinstance(
            widget.parentWidget(), QToolBar
        ):
            text = widget.text()
            if text:
                hint = widget.sizeHint()
                if hint.width() > widget.width() + 1:
                    problem = f"needs {hint.width()} px wide, has {widget.width()}"
                elif isinstance(widget, QCheckBox | QRadioButton) and (
                    hint.height() > widget.height() + 1
                ):
                    problem = f"needs {hint.height()} px high, has {widget.height()}"
        elif isinstance(widget, QGroupBox):
            text = widget.title()
            metrics = widget.fontMetrics()
            needed = metrics.horizontalAdvance(text) + metrics.height() * (
                2 if widget.isCheckable() else 1
            )
            if text and needed > widget.width():
                problem = f"title needs {needed} px, has {widget.width()}"
        elif isinstance(widget, QComboBox):
            text = widget.currentText()
            problem = _combo_problem(widget)
        elif isinstance(widget, QTabBar):
            for index in range(widget.count()):
                tab = widget.tabText(index)
                if widget.isTabVisible(index) and widget.tabRect(index).width() + 1 < (
                    widget.tabSizeHint(index).width()
                ):
                    problems.append(describe(widget, tab) + ": tab narrower than its title")
                elif widget.isTabVisible(index) and widget.elideMode() != (
                    Qt.TextElideMode.ElideNone
                ):
                    shown = widget.fontMetrics().elidedText(
                        tab, widget.elideMode(), widget.tabRect(index).width()
                    )
                    if START in shown and END not in shown:
                        problems.append(describe(widget, tab) + ": title elided")
            continue
        elif isinstance(widget, QHeaderView):
            model = widget.model()
            if not model:
                continue
            for section in range(widget.count()):
                if widget.isSectionHidden(section) or widget.sectionSize(section) == 0:
                    continue
                title = model.headerData(section, widget.orientation(), Qt.ItemDataRole.DisplayRole)
                if not isinstance(title, str) or not title:
                    continue
                needed = widget.sectionSizeFromContents(section).width()
                if widget.orientation() == Qt.Orientation.Horizontal and needed > (
                    widget.sectionSize(section) + 1
                ):
                    problems.append(
                        describe(widget, title)
                        + f": column title needs {needed} px, has {widget.sectionSize(section)}"
                    )
            continue
        else:
            continue
        if not problem and START in text and END not in text:
            problem = "text was elided or cut"
        if not problem and text:
            problem = _outside(widget)
        if problem:
            problems.append(describe(widget, text) + ": " + problem)
    return sorted(set(problems))


# ---------------------------------------------------------------- direction
_ISOLATED = re.compile("[\u2066\u2067\u2068][^\u2066-\u2069]*\u2069")
# Letters of the demo's data: marked (Cyrillic) text and names in their own scripts.
_DATA_LETTERS = re.compile("[\u0400-\u052f\u0590-\u08ff\u1200-\u139f\ufb50-\ufdff\ufe70-\ufeff]+")


def unisolated_data(
    window: QWidget, allowlist: Mapping[str, Collection[str]] | None = None
) -> list[str]:
    """Data inside translated text (under the pseudo-language) without Unicode isolates.

    A name in another script dropped into a sentence can pull the punctuation and the
    words around it to the wrong side in a right-to-left language (and an Arabic name
    does in an English one) unless it is wrapped in an isolate (FSI … PDI). Data are
    recognised by their script: the walk's marked data are Cyrillic, names are in
    their own scripts, the pseudo-language's words are accented Latin. ``allowlist``
    as for :func:`untranslated_texts`.
    """
    allowed = allowlist or {}
    problems = []
    for widget, text, kind in visible_texts(window):
        if START not in text or kind.startswith("tooltip"):
            continue
        if kind in allowed.get(widget.objectName(), ()):
            continue
        # Line by line: a name on a line of its own needs no isolate.
        lines = [line for line in text.split("\n") if START in line or END in line]
        bare = _ISOLATED.sub(" ", "\n".join(lines))
        loose = _DATA_LETTERS.findall(bare)
        if loose:
            problems.append(describe(widget, text) + f" [{kind}]: {' '.join(loose)[:60]}")
    return sorted(set(problems))


def too_big(window: QWidget, screen: tuple[int, int]) -> list[str]:
    """A window that needs more room than the screen (``(width, height)``) has.

    Everything it shows must fit, or scroll: a window larger than the screen has its
    edges, and the buttons there, out of reach.
    """
    width, height = screen
    needed = window.minimumSizeHint().expandedTo(window.minimumSize())
    shown = window.size()
    problems = []
    if needed.width() > width or needed.height() > height:
        problems.append(f"needs at least {needed.width()}×{needed.height()} px")
    if shown.width() > width or shown.height() > height:
        problems.append(f"opens at {shown.width()}×{shown.height()} px")
    return [f"{describe(window)}: {p}, the screen has {width}×{height}" for p in problems]
