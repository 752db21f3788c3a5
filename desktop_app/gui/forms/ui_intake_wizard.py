# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'intake_wizard.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QDateEdit,
    QFormLayout, QFrame, QGridLayout, QGroupBox,
    QHBoxLayout, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QPushButton, QRadioButton, QScrollArea,
    QSizePolicy, QSpacerItem, QTextBrowser, QVBoxLayout,
    QWidget, QWizard, QWizardPage)

class Ui_IntakeWizard(object):
    def setupUi(self, IntakeWizard):
        if not IntakeWizard.objectName():
            IntakeWizard.setObjectName(u"IntakeWizard")
        IntakeWizard.resize(860, 680)
        IntakeWizard.setWizardStyle(QWizard.ClassicStyle)
        IntakeWizard.setOptions(QWizard.NoBackButtonOnStartPage|QWizard.HaveCustomButton1)
        self.language_page = QWizardPage()
        self.language_page.setObjectName(u"language_page")
        self.language_layout = QVBoxLayout(self.language_page)
        self.language_layout.setObjectName(u"language_layout")
        self.language_label = QLabel(self.language_page)
        self.language_label.setObjectName(u"language_label")

        self.language_layout.addWidget(self.language_label)

        self.language_filter_edit = QLineEdit(self.language_page)
        self.language_filter_edit.setObjectName(u"language_filter_edit")

        self.language_layout.addWidget(self.language_filter_edit)

        self.language_list = QListWidget(self.language_page)
        self.language_list.setObjectName(u"language_list")

        self.language_layout.addWidget(self.language_list)

        self.language_message_label = QLabel(self.language_page)
        self.language_message_label.setObjectName(u"language_message_label")
        self.language_message_label.setText(u"")
        self.language_message_label.setWordWrap(True)

        self.language_layout.addWidget(self.language_message_label)

        self.interpreter_label = QLabel(self.language_page)
        self.interpreter_label.setObjectName(u"interpreter_label")

        self.language_layout.addWidget(self.interpreter_label)

        self.interpreter_combo = QComboBox(self.language_page)
        self.interpreter_combo.setObjectName(u"interpreter_combo")

        self.language_layout.addWidget(self.interpreter_combo)

        self.child_warning_label = QLabel(self.language_page)
        self.child_warning_label.setObjectName(u"child_warning_label")
        self.child_warning_label.setText(u"")
        self.child_warning_label.setWordWrap(True)

        self.language_layout.addWidget(self.child_warning_label)

        self.interpreter_name_label = QLabel(self.language_page)
        self.interpreter_name_label.setObjectName(u"interpreter_name_label")

        self.language_layout.addWidget(self.interpreter_name_label)

        self.interpreter_name_edit = QLineEdit(self.language_page)
        self.interpreter_name_edit.setObjectName(u"interpreter_name_edit")

        self.language_layout.addWidget(self.interpreter_name_edit)

        self.interpreter_name_message_label = QLabel(self.language_page)
        self.interpreter_name_message_label.setObjectName(u"interpreter_name_message_label")
        self.interpreter_name_message_label.setText(u"")
        self.interpreter_name_message_label.setWordWrap(True)

        self.language_layout.addWidget(self.interpreter_name_message_label)

        IntakeWizard.addPage(self.language_page)
        self.family_page = QWizardPage()
        self.family_page.setObjectName(u"family_page")
        self.family_page_layout = QVBoxLayout(self.family_page)
        self.family_page_layout.setObjectName(u"family_page_layout")
        self.family_scroll = QScrollArea(self.family_page)
        self.family_scroll.setObjectName(u"family_scroll")
        self.family_scroll.setWidgetResizable(True)
        self.family_scroll.setFrameShape(QFrame.NoFrame)
        self.family_scroll_contents = QWidget()
        self.family_scroll_contents.setObjectName(u"family_scroll_contents")
        self.family_layout = QVBoxLayout(self.family_scroll_contents)
        self.family_layout.setObjectName(u"family_layout")
        self.household_group = QGroupBox(self.family_scroll_contents)
        self.household_group.setObjectName(u"household_group")
        self.household_form = QFormLayout(self.household_group)
        self.household_form.setObjectName(u"household_form")
        self.alias_label = QLabel(self.household_group)
        self.alias_label.setObjectName(u"alias_label")

        self.household_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.alias_label)

        self.alias_edit = QLineEdit(self.household_group)
        self.alias_edit.setObjectName(u"alias_edit")

        self.household_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.alias_edit)

        self.alias_message_label = QLabel(self.household_group)
        self.alias_message_label.setObjectName(u"alias_message_label")
        self.alias_message_label.setText(u"")
        self.alias_message_label.setWordWrap(True)

        self.household_form.setWidget(1, QFormLayout.ItemRole.SpanningRole, self.alias_message_label)

        self.school_label = QLabel(self.household_group)
        self.school_label.setObjectName(u"school_label")

        self.household_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.school_label)

        self.school_edit = QLineEdit(self.household_group)
        self.school_edit.setObjectName(u"school_edit")

        self.household_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.school_edit)

        self.school_message_label = QLabel(self.household_group)
        self.school_message_label.setObjectName(u"school_message_label")
        self.school_message_label.setText(u"")
        self.school_message_label.setWordWrap(True)

        self.household_form.setWidget(3, QFormLayout.ItemRole.SpanningRole, self.school_message_label)

        self.arrival_label = QLabel(self.household_group)
        self.arrival_label.setObjectName(u"arrival_label")

        self.household_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.arrival_label)

        self.arrival_layout = QHBoxLayout()
        self.arrival_layout.setObjectName(u"arrival_layout")
        self.arrival_known_check = QCheckBox(self.household_group)
        self.arrival_known_check.setObjectName(u"arrival_known_check")

        self.arrival_layout.addWidget(self.arrival_known_check)

        self.arrival_month_edit = QDateEdit(self.household_group)
        self.arrival_month_edit.setObjectName(u"arrival_month_edit")
        self.arrival_month_edit.setDisplayFormat(u"MM/yyyy")

        self.arrival_layout.addWidget(self.arrival_month_edit)

        self.arrival_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.arrival_layout.addItem(self.arrival_spacer)


        self.household_form.setLayout(4, QFormLayout.ItemRole.FieldRole, self.arrival_layout)

        self.channel_label = QLabel(self.household_group)
        self.channel_label.setObjectName(u"channel_label")

        self.household_form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.channel_label)

        self.channel_combo = QComboBox(self.household_group)
        self.channel_combo.setObjectName(u"channel_combo")

        self.household_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.channel_combo)

        self.platform_label = QLabel(self.household_group)
        self.platform_label.setObjectName(u"platform_label")

        self.household_form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.platform_label)

        self.platform_combo = QComboBox(self.household_group)
        self.platform_combo.setObjectName(u"platform_combo")

        self.household_form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.platform_combo)


        self.family_layout.addWidget(self.household_group)

        self.people_group = QGroupBox(self.family_scroll_contents)
        self.people_group.setObjectName(u"people_group")
        self.people_layout = QVBoxLayout(self.people_group)
        self.people_layout.setObjectName(u"people_layout")
        self.people_columns = QHBoxLayout()
        self.people_columns.setObjectName(u"people_columns")
        self.people_list_layout = QVBoxLayout()
        self.people_list_layout.setObjectName(u"people_list_layout")
        self.people_list = QListWidget(self.people_group)
        self.people_list.setObjectName(u"people_list")

        self.people_list_layout.addWidget(self.people_list)

        self.people_buttons = QHBoxLayout()
        self.people_buttons.setObjectName(u"people_buttons")
        self.add_caregiver_button = QPushButton(self.people_group)
        self.add_caregiver_button.setObjectName(u"add_caregiver_button")

        self.people_buttons.addWidget(self.add_caregiver_button)

        self.add_child_button = QPushButton(self.people_group)
        self.add_child_button.setObjectName(u"add_child_button")

        self.people_buttons.addWidget(self.add_child_button)

        self.remove_person_button = QPushButton(self.people_group)
        self.remove_person_button.setObjectName(u"remove_person_button")

        self.people_buttons.addWidget(self.remove_person_button)


        self.people_list_layout.addLayout(self.people_buttons)


        self.people_columns.addLayout(self.people_list_layout)

        self.person_editor = QWidget(self.people_group)
        self.person_editor.setObjectName(u"person_editor")
        self.person_form = QFormLayout(self.person_editor)
        self.person_form.setObjectName(u"person_form")
        self.person_form.setContentsMargins(0, 0, 0, 0)
        self.role_label = QLabel(self.person_editor)
        self.role_label.setObjectName(u"role_label")

        self.person_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.role_label)

        self.role_combo = QComboBox(self.person_editor)
        self.role_combo.setObjectName(u"role_combo")

        self.person_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.role_combo)

        self.given_name_label = QLabel(self.person_editor)
        self.given_name_label.setObjectName(u"given_name_label")

        self.person_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.given_name_label)

        self.given_name_edit = QLineEdit(self.person_editor)
        self.given_name_edit.setObjectName(u"given_name_edit")

        self.person_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.given_name_edit)

        self.given_name_message_label = QLabel(self.person_editor)
        self.given_name_message_label.setObjectName(u"given_name_message_label")
        self.given_name_message_label.setText(u"")
        self.given_name_message_label.setWordWrap(True)

        self.person_form.setWidget(2, QFormLayout.ItemRole.SpanningRole, self.given_name_message_label)

        self.age_band_label = QLabel(self.person_editor)
        self.age_band_label.setObjectName(u"age_band_label")

        self.person_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.age_band_label)

        self.age_band_combo = QComboBox(self.person_editor)
        self.age_band_combo.setObjectName(u"age_band_combo")

        self.person_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.age_band_combo)

        self.birth_year_label = QLabel(self.person_editor)
        self.birth_year_label.setObjectName(u"birth_year_label")

        self.person_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.birth_year_label)

        self.birth_year_edit = QLineEdit(self.person_editor)
        self.birth_year_edit.setObjectName(u"birth_year_edit")

        self.person_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.birth_year_edit)

        self.birth_year_message_label = QLabel(self.person_editor)
        self.birth_year_message_label.setObjectName(u"birth_year_message_label")
        self.birth_year_message_label.setText(u"")
        self.birth_year_message_label.setWordWrap(True)

        self.person_form.setWidget(5, QFormLayout.ItemRole.SpanningRole, self.birth_year_message_label)

        self.school_year_label = QLabel(self.person_editor)
        self.school_year_label.setObjectName(u"school_year_label")

        self.person_form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.school_year_label)

        self.school_year_edit = QLineEdit(self.person_editor)
        self.school_year_edit.setObjectName(u"school_year_edit")

        self.person_form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.school_year_edit)

        self.school_year_message_label = QLabel(self.person_editor)
        self.school_year_message_label.setObjectName(u"school_year_message_label")
        self.school_year_message_label.setText(u"")
        self.school_year_message_label.setWordWrap(True)

        self.person_form.setWidget(7, QFormLayout.ItemRole.SpanningRole, self.school_year_message_label)

        self.class_name_label = QLabel(self.person_editor)
        self.class_name_label.setObjectName(u"class_name_label")

        self.person_form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.class_name_label)

        self.class_name_edit = QLineEdit(self.person_editor)
        self.class_name_edit.setObjectName(u"class_name_edit")

        self.person_form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.class_name_edit)

        self.class_name_message_label = QLabel(self.person_editor)
        self.class_name_message_label.setObjectName(u"class_name_message_label")
        self.class_name_message_label.setText(u"")
        self.class_name_message_label.setWordWrap(True)

        self.person_form.setWidget(9, QFormLayout.ItemRole.SpanningRole, self.class_name_message_label)

        self.english_label = QLabel(self.person_editor)
        self.english_label.setObjectName(u"english_label")

        self.person_form.setWidget(10, QFormLayout.ItemRole.LabelRole, self.english_label)

        self.english_combo = QComboBox(self.person_editor)
        self.english_combo.setObjectName(u"english_combo")

        self.person_form.setWidget(10, QFormLayout.ItemRole.FieldRole, self.english_combo)

        self.prior_schooling_label = QLabel(self.person_editor)
        self.prior_schooling_label.setObjectName(u"prior_schooling_label")

        self.person_form.setWidget(11, QFormLayout.ItemRole.LabelRole, self.prior_schooling_label)

        self.prior_schooling_combo = QComboBox(self.person_editor)
        self.prior_schooling_combo.setObjectName(u"prior_schooling_combo")

        self.person_form.setWidget(11, QFormLayout.ItemRole.FieldRole, self.prior_schooling_combo)

        self.esol_label = QLabel(self.person_editor)
        self.esol_label.setObjectName(u"esol_label")

        self.person_form.setWidget(12, QFormLayout.ItemRole.LabelRole, self.esol_label)

        self.esol_combo = QComboBox(self.person_editor)
        self.esol_combo.setObjectName(u"esol_combo")

        self.person_form.setWidget(12, QFormLayout.ItemRole.FieldRole, self.esol_combo)

        self.wants_esol_check = QCheckBox(self.person_editor)
        self.wants_esol_check.setObjectName(u"wants_esol_check")

        self.person_form.setWidget(13, QFormLayout.ItemRole.SpanningRole, self.wants_esol_check)


        self.people_columns.addWidget(self.person_editor)


        self.people_layout.addLayout(self.people_columns)

        self.people_message_label = QLabel(self.people_group)
        self.people_message_label.setObjectName(u"people_message_label")
        self.people_message_label.setText(u"")
        self.people_message_label.setWordWrap(True)

        self.people_layout.addWidget(self.people_message_label)


        self.family_layout.addWidget(self.people_group)

        self.family_scroll.setWidget(self.family_scroll_contents)

        self.family_page_layout.addWidget(self.family_scroll)

        IntakeWizard.addPage(self.family_page)
        self.needs_page = QWizardPage()
        self.needs_page.setObjectName(u"needs_page")
        self.needs_layout = QVBoxLayout(self.needs_page)
        self.needs_layout.setObjectName(u"needs_layout")
        self.needs_reminder_label = QLabel(self.needs_page)
        self.needs_reminder_label.setObjectName(u"needs_reminder_label")
        self.needs_reminder_label.setText(u"")
        self.needs_reminder_label.setWordWrap(True)

        self.needs_layout.addWidget(self.needs_reminder_label)

        self.needs_scroll = QScrollArea(self.needs_page)
        self.needs_scroll.setObjectName(u"needs_scroll")
        self.needs_scroll.setWidgetResizable(True)
        self.needs_scroll.setFrameShape(QFrame.NoFrame)
        self.needs_container = QWidget()
        self.needs_container.setObjectName(u"needs_container")
        self.needs_grid = QGridLayout(self.needs_container)
        self.needs_grid.setObjectName(u"needs_grid")
        self.needs_scroll.setWidget(self.needs_container)

        self.needs_layout.addWidget(self.needs_scroll)

        self.needs_message_label = QLabel(self.needs_page)
        self.needs_message_label.setObjectName(u"needs_message_label")
        self.needs_message_label.setText(u"")
        self.needs_message_label.setWordWrap(True)

        self.needs_layout.addWidget(self.needs_message_label)

        IntakeWizard.addPage(self.needs_page)
        self.signposting_page = QWizardPage()
        self.signposting_page.setObjectName(u"signposting_page")
        self.signposting_layout = QVBoxLayout(self.signposting_page)
        self.signposting_layout.setObjectName(u"signposting_layout")
        self.signposting_columns = QHBoxLayout()
        self.signposting_columns.setObjectName(u"signposting_columns")
        self.signpost_needs_layout = QVBoxLayout()
        self.signpost_needs_layout.setObjectName(u"signpost_needs_layout")
        self.signpost_need_label = QLabel(self.signposting_page)
        self.signpost_need_label.setObjectName(u"signpost_need_label")

        self.signpost_needs_layout.addWidget(self.signpost_need_label)

        self.signpost_need_list = QListWidget(self.signposting_page)
        self.signpost_need_list.setObjectName(u"signpost_need_list")

        self.signpost_needs_layout.addWidget(self.signpost_need_list)


        self.signposting_columns.addLayout(self.signpost_needs_layout)

        self.services_layout = QVBoxLayout()
        self.services_layout.setObjectName(u"services_layout")
        self.service_label = QLabel(self.signposting_page)
        self.service_label.setObjectName(u"service_label")

        self.services_layout.addWidget(self.service_label)

        self.service_list = QListWidget(self.signposting_page)
        self.service_list.setObjectName(u"service_list")

        self.services_layout.addWidget(self.service_list)

        self.service_details_label = QLabel(self.signposting_page)
        self.service_details_label.setObjectName(u"service_details_label")
        self.service_details_label.setText(u"")
        self.service_details_label.setWordWrap(True)

        self.services_layout.addWidget(self.service_details_label)

        self.service_action_layout = QHBoxLayout()
        self.service_action_layout.setObjectName(u"service_action_layout")
        self.signpost_radio = QRadioButton(self.signposting_page)
        self.signpost_radio.setObjectName(u"signpost_radio")

        self.service_action_layout.addWidget(self.signpost_radio)

        self.referral_radio = QRadioButton(self.signposting_page)
        self.referral_radio.setObjectName(u"referral_radio")

        self.service_action_layout.addWidget(self.referral_radio)


        self.services_layout.addLayout(self.service_action_layout)

        self.signpost_message_label = QLabel(self.signposting_page)
        self.signpost_message_label.setObjectName(u"signpost_message_label")
        self.signpost_message_label.setText(u"")
        self.signpost_message_label.setWordWrap(True)

        self.services_layout.addWidget(self.signpost_message_label)


        self.signposting_columns.addLayout(self.services_layout)


        self.signposting_layout.addLayout(self.signposting_columns)

        IntakeWizard.addPage(self.signposting_page)
        self.summary_page = QWizardPage()
        self.summary_page.setObjectName(u"summary_page")
        self.summary_layout = QVBoxLayout(self.summary_page)
        self.summary_layout.setObjectName(u"summary_layout")
        self.summary_browser = QTextBrowser(self.summary_page)
        self.summary_browser.setObjectName(u"summary_browser")

        self.summary_layout.addWidget(self.summary_browser)

        self.next_steps_form = QFormLayout()
        self.next_steps_form.setObjectName(u"next_steps_form")
        self.key_contact_label = QLabel(self.summary_page)
        self.key_contact_label.setObjectName(u"key_contact_label")

        self.next_steps_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.key_contact_label)

        self.key_contact_edit = QLineEdit(self.summary_page)
        self.key_contact_edit.setObjectName(u"key_contact_edit")

        self.next_steps_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.key_contact_edit)

        self.key_contact_message_label = QLabel(self.summary_page)
        self.key_contact_message_label.setObjectName(u"key_contact_message_label")
        self.key_contact_message_label.setText(u"")
        self.key_contact_message_label.setWordWrap(True)

        self.next_steps_form.setWidget(1, QFormLayout.ItemRole.SpanningRole, self.key_contact_message_label)

        self.check_in_label = QLabel(self.summary_page)
        self.check_in_label.setObjectName(u"check_in_label")

        self.next_steps_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.check_in_label)

        self.check_in_edit = QDateEdit(self.summary_page)
        self.check_in_edit.setObjectName(u"check_in_edit")
        self.check_in_edit.setCalendarPopup(True)

        self.next_steps_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.check_in_edit)

        self.check_in_message_label = QLabel(self.summary_page)
        self.check_in_message_label.setObjectName(u"check_in_message_label")
        self.check_in_message_label.setText(u"")
        self.check_in_message_label.setWordWrap(True)

        self.next_steps_form.setWidget(3, QFormLayout.ItemRole.SpanningRole, self.check_in_message_label)


        self.summary_layout.addLayout(self.next_steps_form)

        self.save_message_label = QLabel(self.summary_page)
        self.save_message_label.setObjectName(u"save_message_label")
        self.save_message_label.setText(u"")
        self.save_message_label.setWordWrap(True)

        self.summary_layout.addWidget(self.save_message_label)

        IntakeWizard.addPage(self.summary_page)
        self.done_page = QWizardPage()
        self.done_page.setObjectName(u"done_page")
        self.done_layout = QVBoxLayout(self.done_page)
        self.done_layout.setObjectName(u"done_layout")
        self.saved_label = QLabel(self.done_page)
        self.saved_label.setObjectName(u"saved_label")
        self.saved_label.setText(u"")
        self.saved_label.setWordWrap(True)

        self.done_layout.addWidget(self.saved_label)

        self.leaflet_intro_label = QLabel(self.done_page)
        self.leaflet_intro_label.setObjectName(u"leaflet_intro_label")
        self.leaflet_intro_label.setWordWrap(True)

        self.done_layout.addWidget(self.leaflet_intro_label)

        self.leaflet_language_label = QLabel(self.done_page)
        self.leaflet_language_label.setObjectName(u"leaflet_language_label")
        self.leaflet_language_label.setText(u"")
        self.leaflet_language_label.setWordWrap(True)

        self.done_layout.addWidget(self.leaflet_language_label)

        self.leaflet_buttons = QHBoxLayout()
        self.leaflet_buttons.setObjectName(u"leaflet_buttons")
        self.save_leaflet_button = QPushButton(self.done_page)
        self.save_leaflet_button.setObjectName(u"save_leaflet_button")

        self.leaflet_buttons.addWidget(self.save_leaflet_button)

        self.print_leaflet_button = QPushButton(self.done_page)
        self.print_leaflet_button.setObjectName(u"print_leaflet_button")

        self.leaflet_buttons.addWidget(self.print_leaflet_button)

        self.leaflet_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.leaflet_buttons.addItem(self.leaflet_spacer)


        self.done_layout.addLayout(self.leaflet_buttons)

        self.leaflet_message_label = QLabel(self.done_page)
        self.leaflet_message_label.setObjectName(u"leaflet_message_label")
        self.leaflet_message_label.setText(u"")
        self.leaflet_message_label.setWordWrap(True)

        self.done_layout.addWidget(self.leaflet_message_label)

        self.done_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.done_layout.addItem(self.done_spacer)

        IntakeWizard.addPage(self.done_page)
#if QT_CONFIG(shortcut)
        self.language_label.setBuddy(self.language_filter_edit)
        self.interpreter_label.setBuddy(self.interpreter_combo)
        self.interpreter_name_label.setBuddy(self.interpreter_name_edit)
        self.alias_label.setBuddy(self.alias_edit)
        self.school_label.setBuddy(self.school_edit)
        self.arrival_label.setBuddy(self.arrival_known_check)
        self.channel_label.setBuddy(self.channel_combo)
        self.platform_label.setBuddy(self.platform_combo)
        self.role_label.setBuddy(self.role_combo)
        self.given_name_label.setBuddy(self.given_name_edit)
        self.age_band_label.setBuddy(self.age_band_combo)
        self.birth_year_label.setBuddy(self.birth_year_edit)
        self.school_year_label.setBuddy(self.school_year_edit)
        self.class_name_label.setBuddy(self.class_name_edit)
        self.english_label.setBuddy(self.english_combo)
        self.prior_schooling_label.setBuddy(self.prior_schooling_combo)
        self.esol_label.setBuddy(self.esol_combo)
        self.signpost_need_label.setBuddy(self.signpost_need_list)
        self.service_label.setBuddy(self.service_list)
        self.key_contact_label.setBuddy(self.key_contact_edit)
        self.check_in_label.setBuddy(self.check_in_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.language_filter_edit, self.language_list)
        QWidget.setTabOrder(self.language_list, self.interpreter_combo)
        QWidget.setTabOrder(self.interpreter_combo, self.interpreter_name_edit)
        QWidget.setTabOrder(self.interpreter_name_edit, self.alias_edit)
        QWidget.setTabOrder(self.alias_edit, self.school_edit)
        QWidget.setTabOrder(self.school_edit, self.arrival_known_check)
        QWidget.setTabOrder(self.arrival_known_check, self.arrival_month_edit)
        QWidget.setTabOrder(self.arrival_month_edit, self.channel_combo)
        QWidget.setTabOrder(self.channel_combo, self.platform_combo)
        QWidget.setTabOrder(self.platform_combo, self.people_list)
        QWidget.setTabOrder(self.people_list, self.add_caregiver_button)
        QWidget.setTabOrder(self.add_caregiver_button, self.add_child_button)
        QWidget.setTabOrder(self.add_child_button, self.remove_person_button)
        QWidget.setTabOrder(self.remove_person_button, self.role_combo)
        QWidget.setTabOrder(self.role_combo, self.given_name_edit)
        QWidget.setTabOrder(self.given_name_edit, self.age_band_combo)
        QWidget.setTabOrder(self.age_band_combo, self.birth_year_edit)
        QWidget.setTabOrder(self.birth_year_edit, self.school_year_edit)
        QWidget.setTabOrder(self.school_year_edit, self.class_name_edit)
        QWidget.setTabOrder(self.class_name_edit, self.english_combo)
        QWidget.setTabOrder(self.english_combo, self.prior_schooling_combo)
        QWidget.setTabOrder(self.prior_schooling_combo, self.esol_combo)
        QWidget.setTabOrder(self.esol_combo, self.wants_esol_check)
        QWidget.setTabOrder(self.wants_esol_check, self.signpost_need_list)
        QWidget.setTabOrder(self.signpost_need_list, self.service_list)
        QWidget.setTabOrder(self.service_list, self.signpost_radio)
        QWidget.setTabOrder(self.signpost_radio, self.referral_radio)
        QWidget.setTabOrder(self.referral_radio, self.summary_browser)
        QWidget.setTabOrder(self.summary_browser, self.key_contact_edit)
        QWidget.setTabOrder(self.key_contact_edit, self.check_in_edit)
        QWidget.setTabOrder(self.check_in_edit, self.save_leaflet_button)
        QWidget.setTabOrder(self.save_leaflet_button, self.print_leaflet_button)

        self.retranslateUi(IntakeWizard)

        QMetaObject.connectSlotsByName(IntakeWizard)
    # setupUi

    def retranslateUi(self, IntakeWizard):
        IntakeWizard.setWindowTitle(QCoreApplication.translate("IntakeWizard", u"Hearth: new intake meeting", None))
        self.language_page.setTitle(QCoreApplication.translate("IntakeWizard", u"Language and interpreter", None))
        self.language_page.setSubTitle(QCoreApplication.translate("IntakeWizard", u"Start with the family's language and how you are talking together today.", None))
        self.language_label.setText(QCoreApplication.translate("IntakeWizard", u"Family's &language:", None))
        self.language_filter_edit.setPlaceholderText(QCoreApplication.translate("IntakeWizard", u"Type to search: Arabic, \u0627\u0644\u0639\u0631\u0628\u064a\u0629, ar\u2026", None))
#if QT_CONFIG(accessibility)
        self.language_filter_edit.setAccessibleName(QCoreApplication.translate("IntakeWizard", u"Search languages", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.language_list.setAccessibleName(QCoreApplication.translate("IntakeWizard", u"Family's language", None))
#endif // QT_CONFIG(accessibility)
        self.interpreter_label.setText(QCoreApplication.translate("IntakeWizard", u"&Interpreter used in this meeting:", None))
#if QT_CONFIG(accessibility)
        self.interpreter_combo.setAccessibleName(QCoreApplication.translate("IntakeWizard", u"Interpreter used in this meeting", None))
#endif // QT_CONFIG(accessibility)
        self.interpreter_name_label.setText(QCoreApplication.translate("IntakeWizard", u"Interpreter's name or a&gency:", None))
#if QT_CONFIG(accessibility)
        self.interpreter_name_edit.setAccessibleName(QCoreApplication.translate("IntakeWizard", u"Interpreter's name or agency", None))
#endif // QT_CONFIG(accessibility)
        self.family_page.setTitle(QCoreApplication.translate("IntakeWizard", u"The family", None))
        self.family_page.setSubTitle(QCoreApplication.translate("IntakeWizard", u"Only what helps: the household, then each caregiver and child.", None))
        self.household_group.setTitle(QCoreApplication.translate("IntakeWizard", u"Household", None))
        self.alias_label.setText(QCoreApplication.translate("IntakeWizard", u"Al&ias or name (optional):", None))
#if QT_CONFIG(accessibility)
        self.alias_edit.setAccessibleName(QCoreApplication.translate("IntakeWizard", u"Alias or name (optional)", None))
#endif // QT_CONFIG(accessibility)
        self.school_label.setText(QCoreApplication.translate("IntakeWizard", u"Sc&hool:", None))
#if QT_CONFIG(accessibility)
        self.school_edit.setAccessibleName(QCoreApplication.translate("IntakeWizard", u"School", None))
#endif // QT_CONFIG(accessibility)
        self.arrival_label.setText(QCoreApplication.translate("IntakeWizard", u"Arrival &month:", None))
        self.arrival_known_check.setText(QCoreApplication.translate("IntakeWizard", u"Known", None))
#if QT_CONFIG(accessibility)
        self.arrival_month_edit.setAccessibleName(QCoreApplication.translate("IntakeWizard", u"Arrival month", None))
#endif // QT_CONFIG(accessibility)
        self.channel_label.setText(QCoreApplication.translate("IntakeWizard", u"Preferred con&tact:", None))
#if QT_CONFIG(accessibility)
        self.channel_combo.setAccessibleName(QCoreApplication.translate("IntakeWizard", u"Preferred contact", None))
#endif // QT_CONFIG(accessibility)
        self.platform_label.setText(QCoreApplication.translate("IntakeWizard", u"Confidence with &online school platforms:", None))
#if QT_CONFIG(accessibility)
        self.platform_combo.setAccessibleName(QCoreApplication.translate("IntakeWizard", u"Confidence with online school platforms", None))
#endif // QT_CONFIG(accessibility)
        self.people_group.setTitle(QCoreApplication.translate("IntakeWizard", u"Caregivers and children", None))
#if QT_CONFIG(accessibility)
        self.people_list.setAccessibleName(QCoreApplication.translate("IntakeWizard", u"People in the household", None))
#endif // QT_CONFIG(accessibility)
        self.add_caregiver_button.setText(QCoreApplication.translate("IntakeWizard", u"Add &caregiver", None))
        self.add_child_button.setText(QCoreApplication.translate("IntakeWizard", u"Add chil&d", None))
        self.remove_person_button.setText(QCoreApplication.translate("IntakeWizard", u"Remo&ve", None))
        self.role_label.setText(QCoreApplication.translate("IntakeWizard", u"&Role:", None))
#if QT_CONFIG(accessibility)
        self.role_combo.setAccessibleName(QCoreApplication.translate("IntakeWizard", u"Role", None))
#endif // QT_CONFIG(accessibility)
        self.given_name_label.setText(QCoreApplication.translate("IntakeWizard", u"&Given name (optional):", None))
#if QT_CONFIG(accessibility)
        self.given_name_edit.setAccessibleName(QCoreApplication.translate("IntakeWizard", u"Given name (optional)", None))
#endif // QT_CONFIG(accessibility)
        self.age_band_label.setText(QCoreApplication.translate("IntakeWizard", u"&Age band:", None))
#if QT_CONFIG(accessibility)
        self.age_band_combo.setAccessibleName(QCoreApplication.translate("IntakeWizard", u"Age band", None))
#endif // QT_CONFIG(accessibility)
        self.birth_year_label.setText(QCoreApplication.translate("IntakeWizard", u"Birth &year:", None))
        self.birth_year_edit.setPlaceholderText(QCoreApplication.translate("IntakeWizard", u"optional, e.g. 2016", None))
#if QT_CONFIG(accessibility)
        self.birth_year_edit.setAccessibleName(QCoreApplication.translate("IntakeWizard", u"Birth year", None))
#endif // QT_CONFIG(accessibility)
        self.school_year_label.setText(QCoreApplication.translate("IntakeWizard", u"Year gro&up:", None))
        self.school_year_edit.setPlaceholderText(QCoreApplication.translate("IntakeWizard", u"e.g. Year 4, Reception", None))
#if QT_CONFIG(accessibility)
        self.school_year_edit.setAccessibleName(QCoreApplication.translate("IntakeWizard", u"Year group", None))
#endif // QT_CONFIG(accessibility)
        self.class_name_label.setText(QCoreApplication.translate("IntakeWizard", u"C&lass:", None))
#if QT_CONFIG(accessibility)
        self.class_name_edit.setAccessibleName(QCoreApplication.translate("IntakeWizard", u"Class", None))
#endif // QT_CONFIG(accessibility)
        self.english_label.setText(QCoreApplication.translate("IntakeWizard", u"&English proficiency (A\u2013E):", None))
#if QT_CONFIG(accessibility)
        self.english_combo.setAccessibleName(QCoreApplication.translate("IntakeWizard", u"English proficiency", None))
#endif // QT_CONFIG(accessibility)
        self.prior_schooling_label.setText(QCoreApplication.translate("IntakeWizard", u"&Prior schooling:", None))
#if QT_CONFIG(accessibility)
        self.prior_schooling_combo.setAccessibleName(QCoreApplication.translate("IntakeWizard", u"Prior schooling", None))
#endif // QT_CONFIG(accessibility)
        self.esol_label.setText(QCoreApplication.translate("IntakeWizard", u"E&SOL level:", None))
#if QT_CONFIG(accessibility)
        self.esol_combo.setAccessibleName(QCoreApplication.translate("IntakeWizard", u"ESOL level", None))
#endif // QT_CONFIG(accessibility)
        self.wants_esol_check.setText(QCoreApplication.translate("IntakeWizard", u"&Would like English classes", None))
        self.needs_page.setTitle(QCoreApplication.translate("IntakeWizard", u"Wider needs", None))
        self.needs_page.setSubTitle(QCoreApplication.translate("IntakeWizard", u"Ask what would help at home as well as at school. Tick each need the family mentions.", None))
        self.signposting_page.setTitle(QCoreApplication.translate("IntakeWizard", u"Signposting", None))
        self.signposting_page.setSubTitle(QCoreApplication.translate("IntakeWizard", u"For each need, pick services from the directory. Services in the family's language come first.", None))
        self.signpost_need_label.setText(QCoreApplication.translate("IntakeWizard", u"Ne&ed:", None))
#if QT_CONFIG(accessibility)
        self.signpost_need_list.setAccessibleName(QCoreApplication.translate("IntakeWizard", u"Need", None))
#endif // QT_CONFIG(accessibility)
        self.service_label.setText(QCoreApplication.translate("IntakeWizard", u"Ser&vices (tick to pick):", None))
#if QT_CONFIG(accessibility)
        self.service_list.setAccessibleName(QCoreApplication.translate("IntakeWizard", u"Services", None))
#endif // QT_CONFIG(accessibility)
        self.signpost_radio.setText(QCoreApplication.translate("IntakeWizard", u"&Signposted: give the family the details", None))
        self.referral_radio.setText(QCoreApplication.translate("IntakeWizard", u"&Referral: we contact the service for them", None))
        self.summary_page.setTitle(QCoreApplication.translate("IntakeWizard", u"Summary and next steps", None))
        self.summary_page.setSubTitle(QCoreApplication.translate("IntakeWizard", u"Check what will be saved, agree the next check-in, and save.", None))
#if QT_CONFIG(accessibility)
        self.summary_browser.setAccessibleName(QCoreApplication.translate("IntakeWizard", u"Summary of the intake", None))
#endif // QT_CONFIG(accessibility)
        self.key_contact_label.setText(QCoreApplication.translate("IntakeWizard", u"&Key contact at school:", None))
#if QT_CONFIG(accessibility)
        self.key_contact_edit.setAccessibleName(QCoreApplication.translate("IntakeWizard", u"Key contact at school", None))
#endif // QT_CONFIG(accessibility)
        self.check_in_label.setText(QCoreApplication.translate("IntakeWizard", u"Next check-&in:", None))
#if QT_CONFIG(accessibility)
        self.check_in_edit.setAccessibleName(QCoreApplication.translate("IntakeWizard", u"Next check-in", None))
#endif // QT_CONFIG(accessibility)
        self.done_page.setTitle(QCoreApplication.translate("IntakeWizard", u"Saved", None))
        self.done_page.setSubTitle(QCoreApplication.translate("IntakeWizard", u"The intake is saved in the encrypted vault.", None))
        self.leaflet_intro_label.setText(QCoreApplication.translate("IntakeWizard", u"Give the family a one-page leaflet in their language: their key contact, the services they were signposted to and how to reach them, and the next meeting.", None))
        self.save_leaflet_button.setText(QCoreApplication.translate("IntakeWizard", u"&Save the leaflet as PDF\u2026", None))
        self.print_leaflet_button.setText(QCoreApplication.translate("IntakeWizard", u"&Print the leaflet\u2026", None))
    # retranslateUi

