# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'champions_page.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QDateEdit,
    QGridLayout, QGroupBox, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QListWidget, QListWidgetItem,
    QPushButton, QSizePolicy, QSpacerItem, QTabWidget,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_ChampionsPage(object):
    def setupUi(self, ChampionsPage):
        if not ChampionsPage.objectName():
            ChampionsPage.setObjectName(u"ChampionsPage")
        self.champions_layout = QVBoxLayout(ChampionsPage)
        self.champions_layout.setObjectName(u"champions_layout")
        self.header_layout = QHBoxLayout()
        self.header_layout.setObjectName(u"header_layout")
        self.title_label = QLabel(ChampionsPage)
        self.title_label.setObjectName(u"title_label")

        self.header_layout.addWidget(self.title_label)

        self.header_spacer = QSpacerItem(40, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.header_layout.addItem(self.header_spacer)


        self.champions_layout.addLayout(self.header_layout)

        self.hint_label = QLabel(ChampionsPage)
        self.hint_label.setObjectName(u"hint_label")
        self.hint_label.setWordWrap(True)

        self.champions_layout.addWidget(self.hint_label)

        self.message_label = QLabel(ChampionsPage)
        self.message_label.setObjectName(u"message_label")
        self.message_label.setWordWrap(True)

        self.champions_layout.addWidget(self.message_label)

        self.champions_tabs = QTabWidget(ChampionsPage)
        self.champions_tabs.setObjectName(u"champions_tabs")
        self.champions_tab = QWidget()
        self.champions_tab.setObjectName(u"champions_tab")
        self.champions_tab_layout = QVBoxLayout(self.champions_tab)
        self.champions_tab_layout.setObjectName(u"champions_tab_layout")
        self.champions_toolbar_layout = QHBoxLayout()
        self.champions_toolbar_layout.setObjectName(u"champions_toolbar_layout")
        self.show_retired_check = QCheckBox(self.champions_tab)
        self.show_retired_check.setObjectName(u"show_retired_check")

        self.champions_toolbar_layout.addWidget(self.show_retired_check)

        self.champions_toolbar_spacer = QSpacerItem(40, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.champions_toolbar_layout.addItem(self.champions_toolbar_spacer)

        self.register_button = QPushButton(self.champions_tab)
        self.register_button.setObjectName(u"register_button")

        self.champions_toolbar_layout.addWidget(self.register_button)


        self.champions_tab_layout.addLayout(self.champions_toolbar_layout)

        self.champions_table = QTableWidget(self.champions_tab)
        self.champions_table.setObjectName(u"champions_table")
        self.champions_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.champions_table.setAlternatingRowColors(True)
        self.champions_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.champions_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.champions_table.setWordWrap(True)

        self.champions_tab_layout.addWidget(self.champions_table)

        self.champion_buttons_layout = QHBoxLayout()
        self.champion_buttons_layout.setObjectName(u"champion_buttons_layout")
        self.edit_button = QPushButton(self.champions_tab)
        self.edit_button.setObjectName(u"edit_button")

        self.champion_buttons_layout.addWidget(self.edit_button)

        self.pause_button = QPushButton(self.champions_tab)
        self.pause_button.setObjectName(u"pause_button")

        self.champion_buttons_layout.addWidget(self.pause_button)

        self.retire_button = QPushButton(self.champions_tab)
        self.retire_button.setObjectName(u"retire_button")

        self.champion_buttons_layout.addWidget(self.retire_button)

        self.champion_buttons_spacer = QSpacerItem(40, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.champion_buttons_layout.addItem(self.champion_buttons_spacer)

        self.show_introductions_button = QPushButton(self.champions_tab)
        self.show_introductions_button.setObjectName(u"show_introductions_button")

        self.champion_buttons_layout.addWidget(self.show_introductions_button)


        self.champions_tab_layout.addLayout(self.champion_buttons_layout)

        self.champions_tab_layout.setStretch(1, 1)
        self.champions_tabs.addTab(self.champions_tab, "")
        self.find_tab = QWidget()
        self.find_tab.setObjectName(u"find_tab")
        self.find_tab_layout = QVBoxLayout(self.find_tab)
        self.find_tab_layout.setObjectName(u"find_tab_layout")
        self.find_hint_label = QLabel(self.find_tab)
        self.find_hint_label.setObjectName(u"find_hint_label")
        self.find_hint_label.setWordWrap(True)

        self.find_tab_layout.addWidget(self.find_hint_label)

        self.family_search_layout = QHBoxLayout()
        self.family_search_layout.setObjectName(u"family_search_layout")
        self.family_search_label = QLabel(self.find_tab)
        self.family_search_label.setObjectName(u"family_search_label")

        self.family_search_layout.addWidget(self.family_search_label)

        self.family_search_edit = QLineEdit(self.find_tab)
        self.family_search_edit.setObjectName(u"family_search_edit")
        self.family_search_edit.setClearButtonEnabled(True)

        self.family_search_layout.addWidget(self.family_search_edit)

        self.suggest_button = QPushButton(self.find_tab)
        self.suggest_button.setObjectName(u"suggest_button")

        self.family_search_layout.addWidget(self.suggest_button)


        self.find_tab_layout.addLayout(self.family_search_layout)

        self.family_results_list = QListWidget(self.find_tab)
        self.family_results_list.setObjectName(u"family_results_list")
        self.family_results_list.setMaximumSize(QSize(16777215, 110))

        self.find_tab_layout.addWidget(self.family_results_list)

        self.chosen_family_label = QLabel(self.find_tab)
        self.chosen_family_label.setObjectName(u"chosen_family_label")
        self.chosen_family_label.setWordWrap(True)

        self.find_tab_layout.addWidget(self.chosen_family_label)

        self.consent_label = QLabel(self.find_tab)
        self.consent_label.setObjectName(u"consent_label")
        self.consent_label.setWordWrap(True)

        self.find_tab_layout.addWidget(self.consent_label)

        self.suggestions_table = QTableWidget(self.find_tab)
        self.suggestions_table.setObjectName(u"suggestions_table")
        self.suggestions_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.suggestions_table.setAlternatingRowColors(True)
        self.suggestions_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.suggestions_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.suggestions_table.setWordWrap(True)

        self.find_tab_layout.addWidget(self.suggestions_table)

        self.introduce_layout = QHBoxLayout()
        self.introduce_layout.setObjectName(u"introduce_layout")
        self.introduce_date_label = QLabel(self.find_tab)
        self.introduce_date_label.setObjectName(u"introduce_date_label")

        self.introduce_layout.addWidget(self.introduce_date_label)

        self.introduce_date_edit = QDateEdit(self.find_tab)
        self.introduce_date_edit.setObjectName(u"introduce_date_edit")
        self.introduce_date_edit.setCalendarPopup(True)

        self.introduce_layout.addWidget(self.introduce_date_edit)

        self.introduce_button = QPushButton(self.find_tab)
        self.introduce_button.setObjectName(u"introduce_button")

        self.introduce_layout.addWidget(self.introduce_button)

        self.introduce_spacer = QSpacerItem(40, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.introduce_layout.addItem(self.introduce_spacer)


        self.find_tab_layout.addLayout(self.introduce_layout)

        self.find_tab_layout.setStretch(5, 1)
        self.champions_tabs.addTab(self.find_tab, "")
        self.introductions_tab = QWidget()
        self.introductions_tab.setObjectName(u"introductions_tab")
        self.introductions_tab_layout = QVBoxLayout(self.introductions_tab)
        self.introductions_tab_layout.setObjectName(u"introductions_tab_layout")
        self.intro_filter_layout = QHBoxLayout()
        self.intro_filter_layout.setObjectName(u"intro_filter_layout")
        self.intro_filter_label = QLabel(self.introductions_tab)
        self.intro_filter_label.setObjectName(u"intro_filter_label")
        self.intro_filter_label.setWordWrap(True)

        self.intro_filter_layout.addWidget(self.intro_filter_label)

        self.intro_filter_spacer = QSpacerItem(40, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.intro_filter_layout.addItem(self.intro_filter_spacer)

        self.show_ended_check = QCheckBox(self.introductions_tab)
        self.show_ended_check.setObjectName(u"show_ended_check")

        self.intro_filter_layout.addWidget(self.show_ended_check)

        self.show_all_button = QPushButton(self.introductions_tab)
        self.show_all_button.setObjectName(u"show_all_button")

        self.intro_filter_layout.addWidget(self.show_all_button)


        self.introductions_tab_layout.addLayout(self.intro_filter_layout)

        self.introductions_table = QTableWidget(self.introductions_tab)
        self.introductions_table.setObjectName(u"introductions_table")
        self.introductions_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.introductions_table.setAlternatingRowColors(True)
        self.introductions_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.introductions_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.introductions_table.setWordWrap(True)

        self.introductions_tab_layout.addWidget(self.introductions_table)

        self.check_ins_group = QGroupBox(self.introductions_tab)
        self.check_ins_group.setObjectName(u"check_ins_group")
        self.check_ins_layout = QGridLayout(self.check_ins_group)
        self.check_ins_layout.setObjectName(u"check_ins_layout")
        self.check_ins_list = QListWidget(self.check_ins_group)
        self.check_ins_list.setObjectName(u"check_ins_list")
        self.check_ins_list.setMaximumSize(QSize(16777215, 130))
        self.check_ins_list.setWordWrap(True)

        self.check_ins_layout.addWidget(self.check_ins_list, 0, 0, 1, 6)

        self.checkin_date_label = QLabel(self.check_ins_group)
        self.checkin_date_label.setObjectName(u"checkin_date_label")

        self.check_ins_layout.addWidget(self.checkin_date_label, 1, 0, 1, 1)

        self.checkin_date_edit = QDateEdit(self.check_ins_group)
        self.checkin_date_edit.setObjectName(u"checkin_date_edit")
        self.checkin_date_edit.setCalendarPopup(True)

        self.check_ins_layout.addWidget(self.checkin_date_edit, 1, 1, 1, 1)

        self.checkin_note_label = QLabel(self.check_ins_group)
        self.checkin_note_label.setObjectName(u"checkin_note_label")

        self.check_ins_layout.addWidget(self.checkin_note_label, 1, 2, 1, 1)

        self.checkin_note_edit = QLineEdit(self.check_ins_group)
        self.checkin_note_edit.setObjectName(u"checkin_note_edit")
        self.checkin_note_edit.setClearButtonEnabled(True)
        self.checkin_note_edit.setMaxLength(200)

        self.check_ins_layout.addWidget(self.checkin_note_edit, 1, 3, 1, 1)

        self.add_checkin_button = QPushButton(self.check_ins_group)
        self.add_checkin_button.setObjectName(u"add_checkin_button")

        self.check_ins_layout.addWidget(self.add_checkin_button, 1, 4, 1, 1)


        self.introductions_tab_layout.addWidget(self.check_ins_group)

        self.match_buttons_layout = QHBoxLayout()
        self.match_buttons_layout.setObjectName(u"match_buttons_layout")
        self.end_button = QPushButton(self.introductions_tab)
        self.end_button.setObjectName(u"end_button")

        self.match_buttons_layout.addWidget(self.end_button)

        self.decline_button = QPushButton(self.introductions_tab)
        self.decline_button.setObjectName(u"decline_button")

        self.match_buttons_layout.addWidget(self.decline_button)

        self.match_buttons_spacer = QSpacerItem(40, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.match_buttons_layout.addItem(self.match_buttons_spacer)


        self.introductions_tab_layout.addLayout(self.match_buttons_layout)

        self.introductions_tab_layout.setStretch(1, 1)
        self.champions_tabs.addTab(self.introductions_tab, "")

        self.champions_layout.addWidget(self.champions_tabs)

#if QT_CONFIG(shortcut)
        self.family_search_label.setBuddy(self.family_search_edit)
        self.introduce_date_label.setBuddy(self.introduce_date_edit)
        self.checkin_date_label.setBuddy(self.checkin_date_edit)
        self.checkin_note_label.setBuddy(self.checkin_note_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.champions_tabs, self.show_retired_check)
        QWidget.setTabOrder(self.show_retired_check, self.register_button)
        QWidget.setTabOrder(self.register_button, self.champions_table)
        QWidget.setTabOrder(self.champions_table, self.edit_button)
        QWidget.setTabOrder(self.edit_button, self.pause_button)
        QWidget.setTabOrder(self.pause_button, self.retire_button)
        QWidget.setTabOrder(self.retire_button, self.show_introductions_button)
        QWidget.setTabOrder(self.show_introductions_button, self.family_search_edit)
        QWidget.setTabOrder(self.family_search_edit, self.suggest_button)
        QWidget.setTabOrder(self.suggest_button, self.family_results_list)
        QWidget.setTabOrder(self.family_results_list, self.suggestions_table)
        QWidget.setTabOrder(self.suggestions_table, self.introduce_date_edit)
        QWidget.setTabOrder(self.introduce_date_edit, self.introduce_button)
        QWidget.setTabOrder(self.introduce_button, self.show_ended_check)
        QWidget.setTabOrder(self.show_ended_check, self.show_all_button)
        QWidget.setTabOrder(self.show_all_button, self.introductions_table)
        QWidget.setTabOrder(self.introductions_table, self.check_ins_list)
        QWidget.setTabOrder(self.check_ins_list, self.checkin_date_edit)
        QWidget.setTabOrder(self.checkin_date_edit, self.checkin_note_edit)
        QWidget.setTabOrder(self.checkin_note_edit, self.add_checkin_button)
        QWidget.setTabOrder(self.add_checkin_button, self.end_button)
        QWidget.setTabOrder(self.end_button, self.decline_button)

        self.retranslateUi(ChampionsPage)

        self.champions_tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(ChampionsPage)
    # setupUi

    def retranslateUi(self, ChampionsPage):
        ChampionsPage.setWindowTitle(QCoreApplication.translate("ChampionsPage", u"Parent champions", None))
        self.title_label.setText(QCoreApplication.translate("ChampionsPage", u"Parent champions", None))
        self.hint_label.setText(QCoreApplication.translate("ChampionsPage", u"Established families who welcome new ones: they greet them at school, at events and parents' evenings, and answer their questions (the \u201cFriendly Faces\u201d scheme).", None))
        self.message_label.setText("")
        self.show_retired_check.setText(QCoreApplication.translate("ChampionsPage", u"Sho&w retired champions", None))
        self.register_button.setText(QCoreApplication.translate("ChampionsPage", u"&Register a champion\u2026", None))
#if QT_CONFIG(tooltip)
        self.register_button.setToolTip(QCoreApplication.translate("ChampionsPage", u"Register an established family who agreed to be a parent champion (Ctrl+Shift+N).", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.champions_table.setAccessibleName(QCoreApplication.translate("ChampionsPage", u"Parent champions", None))
#endif // QT_CONFIG(accessibility)
        self.edit_button.setText(QCoreApplication.translate("ChampionsPage", u"&Edit\u2026", None))
        self.pause_button.setText(QCoreApplication.translate("ChampionsPage", u"&Pause", None))
        self.retire_button.setText(QCoreApplication.translate("ChampionsPage", u"Re&tire\u2026", None))
        self.show_introductions_button.setText(QCoreApplication.translate("ChampionsPage", u"Show their i&ntroductions", None))
        self.champions_tabs.setTabText(self.champions_tabs.indexOf(self.champions_tab), QCoreApplication.translate("ChampionsPage", u"&Champions", None))
        self.find_hint_label.setText(QCoreApplication.translate("ChampionsPage", u"Search for the new family, then ask for suggestions. Champions at the same school and in the same class come first, and those who speak the family's language; children of a similar age count for less.", None))
        self.family_search_label.setText(QCoreApplication.translate("ChampionsPage", u"Famil&y:", None))
#if QT_CONFIG(accessibility)
        self.family_search_edit.setAccessibleName(QCoreApplication.translate("ChampionsPage", u"Search for the new family", None))
#endif // QT_CONFIG(accessibility)
        self.family_search_edit.setPlaceholderText(QCoreApplication.translate("ChampionsPage", u"Reference or name, for example HH-7F3K", None))
        self.suggest_button.setText(QCoreApplication.translate("ChampionsPage", u"&Suggest champions", None))
#if QT_CONFIG(tooltip)
        self.suggest_button.setToolTip(QCoreApplication.translate("ChampionsPage", u"Rank the champions who could welcome this family (Ctrl+Shift+F).", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.family_results_list.setAccessibleName(QCoreApplication.translate("ChampionsPage", u"Families found", None))
#endif // QT_CONFIG(accessibility)
        self.chosen_family_label.setText("")
        self.consent_label.setText("")
#if QT_CONFIG(accessibility)
        self.suggestions_table.setAccessibleName(QCoreApplication.translate("ChampionsPage", u"Suggested champions", None))
#endif // QT_CONFIG(accessibility)
        self.introduce_date_label.setText(QCoreApplication.translate("ChampionsPage", u"Introduced &on:", None))
#if QT_CONFIG(accessibility)
        self.introduce_date_edit.setAccessibleName(QCoreApplication.translate("ChampionsPage", u"Date of the introduction", None))
#endif // QT_CONFIG(accessibility)
        self.introduce_button.setText(QCoreApplication.translate("ChampionsPage", u"&Introduce to the selected champion", None))
        self.champions_tabs.setTabText(self.champions_tabs.indexOf(self.find_tab), QCoreApplication.translate("ChampionsPage", u"Find a cha&mpion", None))
        self.intro_filter_label.setText("")
        self.show_ended_check.setText(QCoreApplication.translate("ChampionsPage", u"Show &ended introductions", None))
        self.show_all_button.setText(QCoreApplication.translate("ChampionsPage", u"Show &all", None))
#if QT_CONFIG(accessibility)
        self.introductions_table.setAccessibleName(QCoreApplication.translate("ChampionsPage", u"Introductions", None))
#endif // QT_CONFIG(accessibility)
        self.check_ins_group.setTitle(QCoreApplication.translate("ChampionsPage", u"Check-ins", None))
#if QT_CONFIG(accessibility)
        self.check_ins_list.setAccessibleName(QCoreApplication.translate("ChampionsPage", u"Check-ins on this introduction", None))
#endif // QT_CONFIG(accessibility)
        self.checkin_date_label.setText(QCoreApplication.translate("ChampionsPage", u"&Date:", None))
#if QT_CONFIG(accessibility)
        self.checkin_date_edit.setAccessibleName(QCoreApplication.translate("ChampionsPage", u"Date of the check-in", None))
#endif // QT_CONFIG(accessibility)
        self.checkin_note_label.setText(QCoreApplication.translate("ChampionsPage", u"N&ote:", None))
#if QT_CONFIG(accessibility)
        self.checkin_note_edit.setAccessibleName(QCoreApplication.translate("ChampionsPage", u"Short note on how it is going", None))
#endif // QT_CONFIG(accessibility)
        self.checkin_note_edit.setPlaceholderText(QCoreApplication.translate("ChampionsPage", u"How is it going? A short note", None))
        self.add_checkin_button.setText(QCoreApplication.translate("ChampionsPage", u"Record check-&in", None))
        self.end_button.setText(QCoreApplication.translate("ChampionsPage", u"E&nd introduction", None))
#if QT_CONFIG(tooltip)
        self.end_button.setToolTip(QCoreApplication.translate("ChampionsPage", u"The introduction is over: the champion has a place again.", None))
#endif // QT_CONFIG(tooltip)
        self.decline_button.setText(QCoreApplication.translate("ChampionsPage", u"They dec&lined", None))
#if QT_CONFIG(tooltip)
        self.decline_button.setToolTip(QCoreApplication.translate("ChampionsPage", u"The family or the champion did not want this introduction.", None))
#endif // QT_CONFIG(tooltip)
        self.champions_tabs.setTabText(self.champions_tabs.indexOf(self.introductions_tab), QCoreApplication.translate("ChampionsPage", u"Introductions", None))
    # retranslateUi

