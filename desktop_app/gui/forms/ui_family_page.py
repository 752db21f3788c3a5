# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'family_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QDateEdit, QFrame, QGridLayout, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPushButton, QScrollArea, QSizePolicy, QSpacerItem,
    QTabWidget, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

from desktop_app.gui.person_editor import PersonEditor

class Ui_FamilyPage(object):
    def setupUi(self, FamilyPage):
        if not FamilyPage.objectName():
            FamilyPage.setObjectName(u"FamilyPage")
        self.family_layout = QVBoxLayout(FamilyPage)
        self.family_layout.setObjectName(u"family_layout")
        self.header_layout = QHBoxLayout()
        self.header_layout.setObjectName(u"header_layout")
        self.back_button = QPushButton(FamilyPage)
        self.back_button.setObjectName(u"back_button")

        self.header_layout.addWidget(self.back_button)

        self.reference_label = QLabel(FamilyPage)
        self.reference_label.setObjectName(u"reference_label")

        self.header_layout.addWidget(self.reference_label)

        self.header_spacer = QSpacerItem(40, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.header_layout.addItem(self.header_spacer)

        self.find_champion_button = QPushButton(FamilyPage)
        self.find_champion_button.setObjectName(u"find_champion_button")

        self.header_layout.addWidget(self.find_champion_button)

        self.close_case_button = QPushButton(FamilyPage)
        self.close_case_button.setObjectName(u"close_case_button")

        self.header_layout.addWidget(self.close_case_button)

        self.reopen_button = QPushButton(FamilyPage)
        self.reopen_button.setObjectName(u"reopen_button")

        self.header_layout.addWidget(self.reopen_button)


        self.family_layout.addLayout(self.header_layout)

        self.summary_label = QLabel(FamilyPage)
        self.summary_label.setObjectName(u"summary_label")
        self.summary_label.setWordWrap(True)

        self.family_layout.addWidget(self.summary_label)

        self.close_frame = QFrame(FamilyPage)
        self.close_frame.setObjectName(u"close_frame")
        self.close_frame.setFrameShape(QFrame.Shape.StyledPanel)
        self.close_layout = QHBoxLayout(self.close_frame)
        self.close_layout.setObjectName(u"close_layout")
        self.close_reason_label = QLabel(self.close_frame)
        self.close_reason_label.setObjectName(u"close_reason_label")

        self.close_layout.addWidget(self.close_reason_label)

        self.close_reason_combo = QComboBox(self.close_frame)
        self.close_reason_combo.setObjectName(u"close_reason_combo")

        self.close_layout.addWidget(self.close_reason_combo)

        self.close_date_label = QLabel(self.close_frame)
        self.close_date_label.setObjectName(u"close_date_label")

        self.close_layout.addWidget(self.close_date_label)

        self.close_date_edit = QDateEdit(self.close_frame)
        self.close_date_edit.setObjectName(u"close_date_edit")
        self.close_date_edit.setCalendarPopup(True)

        self.close_layout.addWidget(self.close_date_edit)

        self.confirm_close_button = QPushButton(self.close_frame)
        self.confirm_close_button.setObjectName(u"confirm_close_button")

        self.close_layout.addWidget(self.confirm_close_button)

        self.cancel_close_button = QPushButton(self.close_frame)
        self.cancel_close_button.setObjectName(u"cancel_close_button")

        self.close_layout.addWidget(self.cancel_close_button)

        self.close_spacer = QSpacerItem(40, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.close_layout.addItem(self.close_spacer)


        self.family_layout.addWidget(self.close_frame)

        self.close_message = QLabel(FamilyPage)
        self.close_message.setObjectName(u"close_message")
        self.close_message.setText(u"")
        self.close_message.setWordWrap(True)

        self.family_layout.addWidget(self.close_message)

        self.edit_bar_layout = QHBoxLayout()
        self.edit_bar_layout.setObjectName(u"edit_bar_layout")
        self.unsaved_label = QLabel(FamilyPage)
        self.unsaved_label.setObjectName(u"unsaved_label")
        self.unsaved_label.setText(u"")
        self.unsaved_label.setWordWrap(True)

        self.edit_bar_layout.addWidget(self.unsaved_label)

        self.edit_bar_spacer = QSpacerItem(40, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.edit_bar_layout.addItem(self.edit_bar_spacer)

        self.discard_button = QPushButton(FamilyPage)
        self.discard_button.setObjectName(u"discard_button")

        self.edit_bar_layout.addWidget(self.discard_button)

        self.save_button = QPushButton(FamilyPage)
        self.save_button.setObjectName(u"save_button")

        self.edit_bar_layout.addWidget(self.save_button)


        self.family_layout.addLayout(self.edit_bar_layout)

        self.feedback_label = QLabel(FamilyPage)
        self.feedback_label.setObjectName(u"feedback_label")
        self.feedback_label.setWordWrap(True)

        self.family_layout.addWidget(self.feedback_label)

        self.family_tabs = QTabWidget(FamilyPage)
        self.family_tabs.setObjectName(u"family_tabs")
        self.people_tab = QWidget()
        self.people_tab.setObjectName(u"people_tab")
        self.people_tab_layout = QVBoxLayout(self.people_tab)
        self.people_tab_layout.setObjectName(u"people_tab_layout")
        self.people_tab_layout.setContentsMargins(0, 0, 0, 0)
        self.people_scroll = QScrollArea(self.people_tab)
        self.people_scroll.setObjectName(u"people_scroll")
        self.people_scroll.setWidgetResizable(True)
        self.people_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.people_content = QWidget()
        self.people_content.setObjectName(u"people_content")
        self.people_layout = QVBoxLayout(self.people_content)
        self.people_layout.setObjectName(u"people_layout")
        self.details_group = QGroupBox(self.people_content)
        self.details_group.setObjectName(u"details_group")
        self.details_layout = QGridLayout(self.details_group)
        self.details_layout.setObjectName(u"details_layout")
        self.alias_label = QLabel(self.details_group)
        self.alias_label.setObjectName(u"alias_label")

        self.details_layout.addWidget(self.alias_label, 0, 0, 1, 1)

        self.alias_edit = QLineEdit(self.details_group)
        self.alias_edit.setObjectName(u"alias_edit")

        self.details_layout.addWidget(self.alias_edit, 0, 1, 1, 1)

        self.alias_message = QLabel(self.details_group)
        self.alias_message.setObjectName(u"alias_message")
        self.alias_message.setText(u"")
        self.alias_message.setWordWrap(True)

        self.details_layout.addWidget(self.alias_message, 1, 1, 1, 1)

        self.school_label = QLabel(self.details_group)
        self.school_label.setObjectName(u"school_label")

        self.details_layout.addWidget(self.school_label, 2, 0, 1, 1)

        self.school_edit = QLineEdit(self.details_group)
        self.school_edit.setObjectName(u"school_edit")

        self.details_layout.addWidget(self.school_edit, 2, 1, 1, 1)

        self.school_message = QLabel(self.details_group)
        self.school_message.setObjectName(u"school_message")
        self.school_message.setText(u"")
        self.school_message.setWordWrap(True)

        self.details_layout.addWidget(self.school_message, 3, 1, 1, 1)

        self.area_label = QLabel(self.details_group)
        self.area_label.setObjectName(u"area_label")

        self.details_layout.addWidget(self.area_label, 4, 0, 1, 1)

        self.area_edit = QLineEdit(self.details_group)
        self.area_edit.setObjectName(u"area_edit")

        self.details_layout.addWidget(self.area_edit, 4, 1, 1, 1)

        self.area_message = QLabel(self.details_group)
        self.area_message.setObjectName(u"area_message")
        self.area_message.setText(u"")
        self.area_message.setWordWrap(True)

        self.details_layout.addWidget(self.area_message, 5, 1, 1, 1)

        self.key_contact_label = QLabel(self.details_group)
        self.key_contact_label.setObjectName(u"key_contact_label")

        self.details_layout.addWidget(self.key_contact_label, 6, 0, 1, 1)

        self.key_contact_edit = QLineEdit(self.details_group)
        self.key_contact_edit.setObjectName(u"key_contact_edit")

        self.details_layout.addWidget(self.key_contact_edit, 6, 1, 1, 1)

        self.key_contact_message = QLabel(self.details_group)
        self.key_contact_message.setObjectName(u"key_contact_message")
        self.key_contact_message.setText(u"")
        self.key_contact_message.setWordWrap(True)

        self.details_layout.addWidget(self.key_contact_message, 7, 1, 1, 1)

        self.language_label = QLabel(self.details_group)
        self.language_label.setObjectName(u"language_label")

        self.details_layout.addWidget(self.language_label, 8, 0, 1, 1)

        self.language_combo = QComboBox(self.details_group)
        self.language_combo.setObjectName(u"language_combo")

        self.details_layout.addWidget(self.language_combo, 8, 1, 1, 1)

        self.interpreter_label = QLabel(self.details_group)
        self.interpreter_label.setObjectName(u"interpreter_label")

        self.details_layout.addWidget(self.interpreter_label, 9, 0, 1, 1)

        self.interpreter_layout = QHBoxLayout()
        self.interpreter_layout.setObjectName(u"interpreter_layout")
        self.interpreter_check = QCheckBox(self.details_group)
        self.interpreter_check.setObjectName(u"interpreter_check")

        self.interpreter_layout.addWidget(self.interpreter_check)

        self.interpreter_language_combo = QComboBox(self.details_group)
        self.interpreter_language_combo.setObjectName(u"interpreter_language_combo")

        self.interpreter_layout.addWidget(self.interpreter_language_combo)

        self.interpreter_spacer = QSpacerItem(40, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.interpreter_layout.addItem(self.interpreter_spacer)


        self.details_layout.addLayout(self.interpreter_layout, 9, 1, 1, 1)

        self.channel_label = QLabel(self.details_group)
        self.channel_label.setObjectName(u"channel_label")

        self.details_layout.addWidget(self.channel_label, 10, 0, 1, 1)

        self.channel_combo = QComboBox(self.details_group)
        self.channel_combo.setObjectName(u"channel_combo")

        self.details_layout.addWidget(self.channel_combo, 10, 1, 1, 1)

        self.channel_note_label = QLabel(self.details_group)
        self.channel_note_label.setObjectName(u"channel_note_label")
        self.channel_note_label.setText(u"")
        self.channel_note_label.setWordWrap(True)

        self.details_layout.addWidget(self.channel_note_label, 11, 1, 1, 1)

        self.arrival_label = QLabel(self.details_group)
        self.arrival_label.setObjectName(u"arrival_label")

        self.details_layout.addWidget(self.arrival_label, 12, 0, 1, 1)

        self.arrival_layout = QHBoxLayout()
        self.arrival_layout.setObjectName(u"arrival_layout")
        self.arrival_known_check = QCheckBox(self.details_group)
        self.arrival_known_check.setObjectName(u"arrival_known_check")

        self.arrival_layout.addWidget(self.arrival_known_check)

        self.arrival_month_edit = QDateEdit(self.details_group)
        self.arrival_month_edit.setObjectName(u"arrival_month_edit")
        self.arrival_month_edit.setDisplayFormat(u"MMMM yyyy")

        self.arrival_layout.addWidget(self.arrival_month_edit)

        self.arrival_spacer = QSpacerItem(40, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.arrival_layout.addItem(self.arrival_spacer)


        self.details_layout.addLayout(self.arrival_layout, 12, 1, 1, 1)

        self.platform_label = QLabel(self.details_group)
        self.platform_label.setObjectName(u"platform_label")

        self.details_layout.addWidget(self.platform_label, 13, 0, 1, 1)

        self.platform_combo = QComboBox(self.details_group)
        self.platform_combo.setObjectName(u"platform_combo")

        self.details_layout.addWidget(self.platform_combo, 13, 1, 1, 1)


        self.people_layout.addWidget(self.details_group)

        self.person_editor = PersonEditor(self.people_content)
        self.person_editor.setObjectName(u"person_editor")

        self.people_layout.addWidget(self.person_editor)

        self.people_scroll.setWidget(self.people_content)

        self.people_tab_layout.addWidget(self.people_scroll)

        self.family_tabs.addTab(self.people_tab, "")
        self.needs_tab = QWidget()
        self.needs_tab.setObjectName(u"needs_tab")
        self.needs_tab_layout = QVBoxLayout(self.needs_tab)
        self.needs_tab_layout.setObjectName(u"needs_tab_layout")
        self.needs_tab_layout.setContentsMargins(0, 0, 0, 0)
        self.needs_scroll = QScrollArea(self.needs_tab)
        self.needs_scroll.setObjectName(u"needs_scroll")
        self.needs_scroll.setWidgetResizable(True)
        self.needs_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.needs_content = QWidget()
        self.needs_content.setObjectName(u"needs_content")
        self.needs_layout = QVBoxLayout(self.needs_content)
        self.needs_layout.setObjectName(u"needs_layout")
        self.needs_table = QTableWidget(self.needs_content)
        self.needs_table.setObjectName(u"needs_table")
        self.needs_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.needs_table.setAlternatingRowColors(True)
        self.needs_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.needs_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.needs_table.setTabKeyNavigation(False)

        self.needs_layout.addWidget(self.needs_table)

        self.history_label = QLabel(self.needs_content)
        self.history_label.setObjectName(u"history_label")
        self.history_label.setWordWrap(True)

        self.needs_layout.addWidget(self.history_label)

        self.status_layout = QHBoxLayout()
        self.status_layout.setObjectName(u"status_layout")
        self.new_status_label = QLabel(self.needs_content)
        self.new_status_label.setObjectName(u"new_status_label")

        self.status_layout.addWidget(self.new_status_label)

        self.new_status_combo = QComboBox(self.needs_content)
        self.new_status_combo.setObjectName(u"new_status_combo")

        self.status_layout.addWidget(self.new_status_combo)

        self.status_date_label = QLabel(self.needs_content)
        self.status_date_label.setObjectName(u"status_date_label")

        self.status_layout.addWidget(self.status_date_label)

        self.status_date_edit = QDateEdit(self.needs_content)
        self.status_date_edit.setObjectName(u"status_date_edit")
        self.status_date_edit.setCalendarPopup(True)

        self.status_layout.addWidget(self.status_date_edit)

        self.record_status_button = QPushButton(self.needs_content)
        self.record_status_button.setObjectName(u"record_status_button")

        self.status_layout.addWidget(self.record_status_button)

        self.status_spacer = QSpacerItem(40, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.status_layout.addItem(self.status_spacer)


        self.needs_layout.addLayout(self.status_layout)

        self.status_message = QLabel(self.needs_content)
        self.status_message.setObjectName(u"status_message")
        self.status_message.setWordWrap(True)

        self.needs_layout.addWidget(self.status_message)

        self.need_edit_group = QGroupBox(self.needs_content)
        self.need_edit_group.setObjectName(u"need_edit_group")
        self.need_edit_layout = QGridLayout(self.need_edit_group)
        self.need_edit_layout.setObjectName(u"need_edit_layout")
        self.need_edit_note_label = QLabel(self.need_edit_group)
        self.need_edit_note_label.setObjectName(u"need_edit_note_label")

        self.need_edit_layout.addWidget(self.need_edit_note_label, 0, 0, 1, 1)

        self.need_edit_note_edit = QLineEdit(self.need_edit_group)
        self.need_edit_note_edit.setObjectName(u"need_edit_note_edit")

        self.need_edit_layout.addWidget(self.need_edit_note_edit, 0, 1, 1, 1)

        self.need_edit_note_message = QLabel(self.need_edit_group)
        self.need_edit_note_message.setObjectName(u"need_edit_note_message")
        self.need_edit_note_message.setText(u"")
        self.need_edit_note_message.setWordWrap(True)

        self.need_edit_layout.addWidget(self.need_edit_note_message, 1, 1, 1, 1)

        self.need_edit_hint_label = QLabel(self.need_edit_group)
        self.need_edit_hint_label.setObjectName(u"need_edit_hint_label")
        self.need_edit_hint_label.setText(u"")
        self.need_edit_hint_label.setWordWrap(True)

        self.need_edit_layout.addWidget(self.need_edit_hint_label, 2, 1, 1, 1)

        self.need_edit_reminder = QLabel(self.need_edit_group)
        self.need_edit_reminder.setObjectName(u"need_edit_reminder")
        self.need_edit_reminder.setText(u"")
        self.need_edit_reminder.setWordWrap(True)

        self.need_edit_layout.addWidget(self.need_edit_reminder, 3, 1, 1, 1)


        self.needs_layout.addWidget(self.need_edit_group)

        self.add_need_group = QGroupBox(self.needs_content)
        self.add_need_group.setObjectName(u"add_need_group")
        self.add_need_layout = QGridLayout(self.add_need_group)
        self.add_need_layout.setObjectName(u"add_need_layout")
        self.need_category_label = QLabel(self.add_need_group)
        self.need_category_label.setObjectName(u"need_category_label")

        self.add_need_layout.addWidget(self.need_category_label, 0, 0, 1, 1)

        self.need_category_combo = QComboBox(self.add_need_group)
        self.need_category_combo.setObjectName(u"need_category_combo")

        self.add_need_layout.addWidget(self.need_category_combo, 0, 1, 1, 1)

        self.need_note_label = QLabel(self.add_need_group)
        self.need_note_label.setObjectName(u"need_note_label")

        self.add_need_layout.addWidget(self.need_note_label, 1, 0, 1, 1)

        self.need_note_edit = QLineEdit(self.add_need_group)
        self.need_note_edit.setObjectName(u"need_note_edit")

        self.add_need_layout.addWidget(self.need_note_edit, 1, 1, 1, 1)

        self.need_note_message = QLabel(self.add_need_group)
        self.need_note_message.setObjectName(u"need_note_message")
        self.need_note_message.setWordWrap(True)

        self.add_need_layout.addWidget(self.need_note_message, 2, 1, 1, 1)


        self.needs_layout.addWidget(self.add_need_group)

        self.need_note_reminder = QLabel(self.needs_content)
        self.need_note_reminder.setObjectName(u"need_note_reminder")
        self.need_note_reminder.setWordWrap(True)

        self.needs_layout.addWidget(self.need_note_reminder)

        self.add_need_button_layout = QHBoxLayout()
        self.add_need_button_layout.setObjectName(u"add_need_button_layout")
        self.add_need_spacer = QSpacerItem(40, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.add_need_button_layout.addItem(self.add_need_spacer)

        self.add_need_button = QPushButton(self.needs_content)
        self.add_need_button.setObjectName(u"add_need_button")

        self.add_need_button_layout.addWidget(self.add_need_button)


        self.needs_layout.addLayout(self.add_need_button_layout)

        self.needs_scroll.setWidget(self.needs_content)

        self.needs_tab_layout.addWidget(self.needs_scroll)

        self.family_tabs.addTab(self.needs_tab, "")
        self.contacts_tab = QWidget()
        self.contacts_tab.setObjectName(u"contacts_tab")
        self.contacts_tab_layout = QVBoxLayout(self.contacts_tab)
        self.contacts_tab_layout.setObjectName(u"contacts_tab_layout")
        self.contacts_tab_layout.setContentsMargins(0, 0, 0, 0)
        self.contacts_scroll = QScrollArea(self.contacts_tab)
        self.contacts_scroll.setObjectName(u"contacts_scroll")
        self.contacts_scroll.setWidgetResizable(True)
        self.contacts_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.contacts_content = QWidget()
        self.contacts_content.setObjectName(u"contacts_content")
        self.contacts_layout = QVBoxLayout(self.contacts_content)
        self.contacts_layout.setObjectName(u"contacts_layout")
        self.contacts_table = QTableWidget(self.contacts_content)
        self.contacts_table.setObjectName(u"contacts_table")
        self.contacts_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.contacts_table.setAlternatingRowColors(True)
        self.contacts_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.contacts_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.contacts_table.setTabKeyNavigation(False)

        self.contacts_layout.addWidget(self.contacts_table)

        self.contacts_scroll.setWidget(self.contacts_content)

        self.contacts_tab_layout.addWidget(self.contacts_scroll)

        self.family_tabs.addTab(self.contacts_tab, "")
        self.referrals_tab = QWidget()
        self.referrals_tab.setObjectName(u"referrals_tab")
        self.referrals_layout = QVBoxLayout(self.referrals_tab)
        self.referrals_layout.setObjectName(u"referrals_layout")
        self.referrals_table = QTableWidget(self.referrals_tab)
        self.referrals_table.setObjectName(u"referrals_table")
        self.referrals_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.referrals_table.setAlternatingRowColors(True)
        self.referrals_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.referrals_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.referrals_table.setTabKeyNavigation(False)

        self.referrals_layout.addWidget(self.referrals_table)

        self.family_tabs.addTab(self.referrals_tab, "")
        self.consent_tab = QWidget()
        self.consent_tab.setObjectName(u"consent_tab")
        self.consent_layout = QVBoxLayout(self.consent_tab)
        self.consent_layout.setObjectName(u"consent_layout")
        self.consent_note_label = QLabel(self.consent_tab)
        self.consent_note_label.setObjectName(u"consent_note_label")
        self.consent_note_label.setWordWrap(True)

        self.consent_layout.addWidget(self.consent_note_label)

        self.consent_table = QTableWidget(self.consent_tab)
        self.consent_table.setObjectName(u"consent_table")
        self.consent_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.consent_table.setAlternatingRowColors(True)
        self.consent_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.consent_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.consent_table.setTabKeyNavigation(False)

        self.consent_layout.addWidget(self.consent_table)

        self.family_tabs.addTab(self.consent_tab, "")
        self.notes_tab = QWidget()
        self.notes_tab.setObjectName(u"notes_tab")
        self.notes_layout = QVBoxLayout(self.notes_tab)
        self.notes_layout.setObjectName(u"notes_layout")
        self.notes_reminder_label = QLabel(self.notes_tab)
        self.notes_reminder_label.setObjectName(u"notes_reminder_label")
        self.notes_reminder_label.setWordWrap(True)

        self.notes_layout.addWidget(self.notes_reminder_label)

        self.notes_table = QTableWidget(self.notes_tab)
        self.notes_table.setObjectName(u"notes_table")
        self.notes_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.notes_table.setAlternatingRowColors(True)
        self.notes_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.notes_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.notes_table.setTabKeyNavigation(False)

        self.notes_layout.addWidget(self.notes_table)

        self.family_tabs.addTab(self.notes_tab, "")

        self.family_layout.addWidget(self.family_tabs)

#if QT_CONFIG(shortcut)
        self.close_reason_label.setBuddy(self.close_reason_combo)
        self.close_date_label.setBuddy(self.close_date_edit)
        self.alias_label.setBuddy(self.alias_edit)
        self.school_label.setBuddy(self.school_edit)
        self.area_label.setBuddy(self.area_edit)
        self.key_contact_label.setBuddy(self.key_contact_edit)
        self.language_label.setBuddy(self.language_combo)
        self.interpreter_label.setBuddy(self.interpreter_check)
        self.channel_label.setBuddy(self.channel_combo)
        self.arrival_label.setBuddy(self.arrival_known_check)
        self.platform_label.setBuddy(self.platform_combo)
        self.new_status_label.setBuddy(self.new_status_combo)
        self.status_date_label.setBuddy(self.status_date_edit)
        self.need_edit_note_label.setBuddy(self.need_edit_note_edit)
        self.need_category_label.setBuddy(self.need_category_combo)
        self.need_note_label.setBuddy(self.need_note_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.back_button, self.discard_button)
        QWidget.setTabOrder(self.discard_button, self.save_button)
        QWidget.setTabOrder(self.save_button, self.find_champion_button)
        QWidget.setTabOrder(self.find_champion_button, self.close_case_button)
        QWidget.setTabOrder(self.close_case_button, self.reopen_button)
        QWidget.setTabOrder(self.reopen_button, self.close_reason_combo)
        QWidget.setTabOrder(self.close_reason_combo, self.close_date_edit)
        QWidget.setTabOrder(self.close_date_edit, self.confirm_close_button)
        QWidget.setTabOrder(self.confirm_close_button, self.cancel_close_button)
        QWidget.setTabOrder(self.cancel_close_button, self.family_tabs)
        QWidget.setTabOrder(self.family_tabs, self.alias_edit)
        QWidget.setTabOrder(self.alias_edit, self.school_edit)
        QWidget.setTabOrder(self.school_edit, self.area_edit)
        QWidget.setTabOrder(self.area_edit, self.key_contact_edit)
        QWidget.setTabOrder(self.key_contact_edit, self.language_combo)
        QWidget.setTabOrder(self.language_combo, self.interpreter_check)
        QWidget.setTabOrder(self.interpreter_check, self.interpreter_language_combo)
        QWidget.setTabOrder(self.interpreter_language_combo, self.channel_combo)
        QWidget.setTabOrder(self.channel_combo, self.arrival_known_check)
        QWidget.setTabOrder(self.arrival_known_check, self.arrival_month_edit)
        QWidget.setTabOrder(self.arrival_month_edit, self.platform_combo)
        QWidget.setTabOrder(self.platform_combo, self.person_editor)
        QWidget.setTabOrder(self.person_editor, self.needs_table)
        QWidget.setTabOrder(self.needs_table, self.new_status_combo)
        QWidget.setTabOrder(self.new_status_combo, self.status_date_edit)
        QWidget.setTabOrder(self.status_date_edit, self.record_status_button)
        QWidget.setTabOrder(self.record_status_button, self.need_edit_note_edit)
        QWidget.setTabOrder(self.need_edit_note_edit, self.need_category_combo)
        QWidget.setTabOrder(self.need_category_combo, self.need_note_edit)
        QWidget.setTabOrder(self.need_note_edit, self.add_need_button)
        QWidget.setTabOrder(self.add_need_button, self.contacts_table)
        QWidget.setTabOrder(self.contacts_table, self.referrals_table)
        QWidget.setTabOrder(self.referrals_table, self.consent_table)
        QWidget.setTabOrder(self.consent_table, self.notes_table)

        self.retranslateUi(FamilyPage)

        self.family_tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(FamilyPage)
    # setupUi

    def retranslateUi(self, FamilyPage):
        FamilyPage.setWindowTitle(QCoreApplication.translate("FamilyPage", u"Family", None))
        self.back_button.setText(QCoreApplication.translate("FamilyPage", u"&Back to families", None))
        self.reference_label.setText("")
#if QT_CONFIG(tooltip)
        self.find_champion_button.setToolTip(QCoreApplication.translate("FamilyPage", u"Suggest parent champions who could welcome this family", None))
#endif // QT_CONFIG(tooltip)
        self.find_champion_button.setText(QCoreApplication.translate("FamilyPage", u"Find a parent champion\u2026", None))
        self.close_case_button.setText(QCoreApplication.translate("FamilyPage", u"Close case\u2026", None))
        self.reopen_button.setText(QCoreApplication.translate("FamilyPage", u"Re&open case", None))
        self.summary_label.setText("")
        self.close_reason_label.setText(QCoreApplication.translate("FamilyPage", u"Reason for closing:", None))
        self.close_date_label.setText(QCoreApplication.translate("FamilyPage", u"Closed on:", None))
        self.confirm_close_button.setText(QCoreApplication.translate("FamilyPage", u"Close the case", None))
        self.cancel_close_button.setText(QCoreApplication.translate("FamilyPage", u"Keep it open", None))
        self.discard_button.setText(QCoreApplication.translate("FamilyPage", u"&Discard changes", None))
        self.save_button.setText(QCoreApplication.translate("FamilyPage", u"&Save changes", None))
        self.feedback_label.setText("")
#if QT_CONFIG(accessibility)
        self.feedback_label.setAccessibleName(QCoreApplication.translate("FamilyPage", u"Save status", None))
#endif // QT_CONFIG(accessibility)
        self.details_group.setTitle(QCoreApplication.translate("FamilyPage", u"Family details", None))
        self.alias_label.setText(QCoreApplication.translate("FamilyPage", u"Name or &alias:", None))
        self.alias_edit.setPlaceholderText(QCoreApplication.translate("FamilyPage", u"Optional: how staff know the family", None))
        self.school_label.setText(QCoreApplication.translate("FamilyPage", u"Sch&ool:", None))
        self.area_label.setText(QCoreApplication.translate("FamilyPage", u"Area:", None))
        self.area_edit.setPlaceholderText(QCoreApplication.translate("FamilyPage", u"Optional: the part of town, for local services", None))
        self.key_contact_label.setText(QCoreApplication.translate("FamilyPage", u"&Key contact at school:", None))
        self.language_label.setText(QCoreApplication.translate("FamilyPage", u"&Language for contact:", None))
        self.interpreter_label.setText(QCoreApplication.translate("FamilyPage", u"&Interpreter:", None))
        self.interpreter_check.setText(QCoreApplication.translate("FamilyPage", u"Needs an interpreter in", None))
#if QT_CONFIG(accessibility)
        self.interpreter_language_combo.setAccessibleName(QCoreApplication.translate("FamilyPage", u"Interpreter's language", None))
#endif // QT_CONFIG(accessibility)
        self.channel_label.setText(QCoreApplication.translate("FamilyPage", u"Best &way to reach them:", None))
        self.arrival_label.setText(QCoreApplication.translate("FamilyPage", u"Arri&ved in:", None))
        self.arrival_known_check.setText(QCoreApplication.translate("FamilyPage", u"Known:", None))
#if QT_CONFIG(accessibility)
        self.arrival_month_edit.setAccessibleName(QCoreApplication.translate("FamilyPage", u"Month of arrival", None))
#endif // QT_CONFIG(accessibility)
        self.platform_label.setText(QCoreApplication.translate("FamilyPage", u"Confidence with online school platforms:", None))
        self.family_tabs.setTabText(self.family_tabs.indexOf(self.people_tab), QCoreApplication.translate("FamilyPage", u"&People", None))
#if QT_CONFIG(accessibility)
        self.needs_table.setAccessibleName(QCoreApplication.translate("FamilyPage", u"Needs", None))
#endif // QT_CONFIG(accessibility)
        self.history_label.setText("")
        self.new_status_label.setText(QCoreApplication.translate("FamilyPage", u"&Move to:", None))
        self.status_date_label.setText(QCoreApplication.translate("FamilyPage", u"On:", None))
        self.record_status_button.setText(QCoreApplication.translate("FamilyPage", u"Record stat&us", None))
        self.status_message.setText("")
        self.need_edit_group.setTitle(QCoreApplication.translate("FamilyPage", u"About this need", None))
        self.need_edit_note_label.setText(QCoreApplication.translate("FamilyPage", u"Note on th&is need:", None))
        self.add_need_group.setTitle(QCoreApplication.translate("FamilyPage", u"Add a need", None))
        self.need_category_label.setText(QCoreApplication.translate("FamilyPage", u"Need:", None))
        self.need_note_label.setText(QCoreApplication.translate("FamilyPage", u"Short n&ote:", None))
        self.need_note_message.setText("")
        self.need_note_reminder.setText("")
        self.add_need_button.setText(QCoreApplication.translate("FamilyPage", u"&Add need", None))
        self.family_tabs.setTabText(self.family_tabs.indexOf(self.needs_tab), QCoreApplication.translate("FamilyPage", u"N&eeds", None))
#if QT_CONFIG(accessibility)
        self.contacts_table.setAccessibleName(QCoreApplication.translate("FamilyPage", u"Contacts, newest first", None))
#endif // QT_CONFIG(accessibility)
        self.family_tabs.setTabText(self.family_tabs.indexOf(self.contacts_tab), QCoreApplication.translate("FamilyPage", u"&Contacts", None))
#if QT_CONFIG(accessibility)
        self.referrals_table.setAccessibleName(QCoreApplication.translate("FamilyPage", u"Referrals", None))
#endif // QT_CONFIG(accessibility)
        self.family_tabs.setTabText(self.family_tabs.indexOf(self.referrals_tab), QCoreApplication.translate("FamilyPage", u"&Referrals", None))
        self.consent_note_label.setText(QCoreApplication.translate("FamilyPage", u"The family's consent decisions, oldest first. Recording a new decision or a withdrawal arrives with the consent step.", None))
#if QT_CONFIG(accessibility)
        self.consent_table.setAccessibleName(QCoreApplication.translate("FamilyPage", u"Consent decisions", None))
#endif // QT_CONFIG(accessibility)
        self.family_tabs.setTabText(self.family_tabs.indexOf(self.consent_tab), QCoreApplication.translate("FamilyPage", u"Co&nsent", None))
        self.notes_reminder_label.setText("")
#if QT_CONFIG(accessibility)
        self.notes_table.setAccessibleName(QCoreApplication.translate("FamilyPage", u"Notes on needs and contacts", None))
#endif // QT_CONFIG(accessibility)
        self.family_tabs.setTabText(self.family_tabs.indexOf(self.notes_tab), QCoreApplication.translate("FamilyPage", u"No&tes", None))
    # retranslateUi

