# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'contact_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDateEdit, QDialog, QDialogButtonBox, QFrame,
    QGridLayout, QGroupBox, QHBoxLayout, QLabel,
    QLineEdit, QListWidget, QListWidgetItem, QPlainTextEdit,
    QScrollArea, QSizePolicy, QSpacerItem, QSpinBox,
    QVBoxLayout, QWidget)

class Ui_ContactDialog(object):
    def setupUi(self, ContactDialog):
        if not ContactDialog.objectName():
            ContactDialog.setObjectName(u"ContactDialog")
        ContactDialog.resize(880, 620)
        self.dialog_layout = QVBoxLayout(ContactDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.family_label = QLabel(ContactDialog)
        self.family_label.setObjectName(u"family_label")
        self.family_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.family_label)

        self.form_scroll = QScrollArea(ContactDialog)
        self.form_scroll.setObjectName(u"form_scroll")
        self.form_scroll.setWidgetResizable(True)
        self.form_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.form_content = QWidget()
        self.form_content.setObjectName(u"form_content")
        self.form_layout = QVBoxLayout(self.form_content)
        self.form_layout.setObjectName(u"form_layout")
        self.columns_layout = QHBoxLayout()
        self.columns_layout.setObjectName(u"columns_layout")
        self.details_layout = QGridLayout()
        self.details_layout.setObjectName(u"details_layout")
        self.kind_label = QLabel(self.form_content)
        self.kind_label.setObjectName(u"kind_label")

        self.details_layout.addWidget(self.kind_label, 0, 0, 1, 1)

        self.kind_combo = QComboBox(self.form_content)
        self.kind_combo.setObjectName(u"kind_combo")

        self.details_layout.addWidget(self.kind_combo, 0, 1, 1, 1)

        self.date_label = QLabel(self.form_content)
        self.date_label.setObjectName(u"date_label")

        self.details_layout.addWidget(self.date_label, 1, 0, 1, 1)

        self.date_edit = QDateEdit(self.form_content)
        self.date_edit.setObjectName(u"date_edit")
        self.date_edit.setCalendarPopup(True)

        self.details_layout.addWidget(self.date_edit, 1, 1, 1, 1)

        self.date_message = QLabel(self.form_content)
        self.date_message.setObjectName(u"date_message")
        self.date_message.setWordWrap(True)

        self.details_layout.addWidget(self.date_message, 2, 1, 1, 1)

        self.duration_label = QLabel(self.form_content)
        self.duration_label.setObjectName(u"duration_label")

        self.details_layout.addWidget(self.duration_label, 3, 0, 1, 1)

        self.duration_spin = QSpinBox(self.form_content)
        self.duration_spin.setObjectName(u"duration_spin")
        self.duration_spin.setMaximum(600)
        self.duration_spin.setSingleStep(5)

        self.details_layout.addWidget(self.duration_spin, 3, 1, 1, 1)

        self.language_label = QLabel(self.form_content)
        self.language_label.setObjectName(u"language_label")

        self.details_layout.addWidget(self.language_label, 4, 0, 1, 1)

        self.language_combo = QComboBox(self.form_content)
        self.language_combo.setObjectName(u"language_combo")

        self.details_layout.addWidget(self.language_combo, 4, 1, 1, 1)

        self.interpreter_label = QLabel(self.form_content)
        self.interpreter_label.setObjectName(u"interpreter_label")

        self.details_layout.addWidget(self.interpreter_label, 5, 0, 1, 1)

        self.interpreter_combo = QComboBox(self.form_content)
        self.interpreter_combo.setObjectName(u"interpreter_combo")

        self.details_layout.addWidget(self.interpreter_combo, 5, 1, 1, 1)

        self.child_warning_label = QLabel(self.form_content)
        self.child_warning_label.setObjectName(u"child_warning_label")
        self.child_warning_label.setWordWrap(True)

        self.details_layout.addWidget(self.child_warning_label, 6, 0, 1, 2)

        self.interpreter_name_label = QLabel(self.form_content)
        self.interpreter_name_label.setObjectName(u"interpreter_name_label")
        self.interpreter_name_label.setWordWrap(True)

        self.details_layout.addWidget(self.interpreter_name_label, 7, 0, 1, 1)

        self.interpreter_name_edit = QLineEdit(self.form_content)
        self.interpreter_name_edit.setObjectName(u"interpreter_name_edit")

        self.details_layout.addWidget(self.interpreter_name_edit, 7, 1, 1, 1)

        self.interpreter_name_message = QLabel(self.form_content)
        self.interpreter_name_message.setObjectName(u"interpreter_name_message")
        self.interpreter_name_message.setWordWrap(True)

        self.details_layout.addWidget(self.interpreter_name_message, 8, 1, 1, 1)

        self.next_due_check = QCheckBox(self.form_content)
        self.next_due_check.setObjectName(u"next_due_check")

        self.details_layout.addWidget(self.next_due_check, 9, 0, 1, 1)

        self.next_due_edit = QDateEdit(self.form_content)
        self.next_due_edit.setObjectName(u"next_due_edit")
        self.next_due_edit.setCalendarPopup(True)

        self.details_layout.addWidget(self.next_due_edit, 9, 1, 1, 1)

        self.rhythm_label = QLabel(self.form_content)
        self.rhythm_label.setObjectName(u"rhythm_label")
        self.rhythm_label.setWordWrap(True)

        self.details_layout.addWidget(self.rhythm_label, 10, 1, 1, 1)

        self.next_due_message = QLabel(self.form_content)
        self.next_due_message.setObjectName(u"next_due_message")
        self.next_due_message.setWordWrap(True)

        self.details_layout.addWidget(self.next_due_message, 11, 1, 1, 1)

        self.follow_up_group = QGroupBox(self.form_content)
        self.follow_up_group.setObjectName(u"follow_up_group")
        self.follow_up_group.setCheckable(True)
        self.follow_up_group.setChecked(False)
        self.follow_up_layout = QGridLayout(self.follow_up_group)
        self.follow_up_layout.setObjectName(u"follow_up_layout")
        self.follow_up_what_label = QLabel(self.follow_up_group)
        self.follow_up_what_label.setObjectName(u"follow_up_what_label")

        self.follow_up_layout.addWidget(self.follow_up_what_label, 0, 0, 1, 1)

        self.follow_up_what_edit = QLineEdit(self.follow_up_group)
        self.follow_up_what_edit.setObjectName(u"follow_up_what_edit")

        self.follow_up_layout.addWidget(self.follow_up_what_edit, 0, 1, 1, 1)

        self.follow_up_what_message = QLabel(self.follow_up_group)
        self.follow_up_what_message.setObjectName(u"follow_up_what_message")
        self.follow_up_what_message.setWordWrap(True)

        self.follow_up_layout.addWidget(self.follow_up_what_message, 1, 1, 1, 1)

        self.follow_up_due_label = QLabel(self.follow_up_group)
        self.follow_up_due_label.setObjectName(u"follow_up_due_label")

        self.follow_up_layout.addWidget(self.follow_up_due_label, 2, 0, 1, 1)

        self.follow_up_due_edit = QDateEdit(self.follow_up_group)
        self.follow_up_due_edit.setObjectName(u"follow_up_due_edit")
        self.follow_up_due_edit.setCalendarPopup(True)

        self.follow_up_layout.addWidget(self.follow_up_due_edit, 2, 1, 1, 1)

        self.follow_up_due_message = QLabel(self.follow_up_group)
        self.follow_up_due_message.setObjectName(u"follow_up_due_message")
        self.follow_up_due_message.setWordWrap(True)

        self.follow_up_layout.addWidget(self.follow_up_due_message, 3, 1, 1, 1)


        self.details_layout.addWidget(self.follow_up_group, 12, 0, 1, 2)

        self.details_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.details_layout.addItem(self.details_spacer, 13, 0, 1, 2)


        self.columns_layout.addLayout(self.details_layout)

        self.notes_layout = QVBoxLayout()
        self.notes_layout.setObjectName(u"notes_layout")
        self.topics_label = QLabel(self.form_content)
        self.topics_label.setObjectName(u"topics_label")

        self.notes_layout.addWidget(self.topics_label)

        self.topics_list = QListWidget(self.form_content)
        self.topics_list.setObjectName(u"topics_list")
        self.topics_list.setAlternatingRowColors(True)

        self.notes_layout.addWidget(self.topics_list)

        self.note_label = QLabel(self.form_content)
        self.note_label.setObjectName(u"note_label")

        self.notes_layout.addWidget(self.note_label)

        self.note_edit = QPlainTextEdit(self.form_content)
        self.note_edit.setObjectName(u"note_edit")
        self.note_edit.setTabChangesFocus(True)

        self.notes_layout.addWidget(self.note_edit)

        self.note_message = QLabel(self.form_content)
        self.note_message.setObjectName(u"note_message")
        self.note_message.setWordWrap(True)

        self.notes_layout.addWidget(self.note_message)

        self.note_reminder = QLabel(self.form_content)
        self.note_reminder.setObjectName(u"note_reminder")
        self.note_reminder.setWordWrap(True)

        self.notes_layout.addWidget(self.note_reminder)


        self.columns_layout.addLayout(self.notes_layout)


        self.form_layout.addLayout(self.columns_layout)

        self.form_scroll.setWidget(self.form_content)

        self.dialog_layout.addWidget(self.form_scroll)

        self.save_message_label = QLabel(ContactDialog)
        self.save_message_label.setObjectName(u"save_message_label")
        self.save_message_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.save_message_label)

        self.button_box = QDialogButtonBox(ContactDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialog_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.kind_label.setBuddy(self.kind_combo)
        self.date_label.setBuddy(self.date_edit)
        self.duration_label.setBuddy(self.duration_spin)
        self.language_label.setBuddy(self.language_combo)
        self.interpreter_label.setBuddy(self.interpreter_combo)
        self.interpreter_name_label.setBuddy(self.interpreter_name_edit)
        self.follow_up_what_label.setBuddy(self.follow_up_what_edit)
        self.follow_up_due_label.setBuddy(self.follow_up_due_edit)
        self.topics_label.setBuddy(self.topics_list)
        self.note_label.setBuddy(self.note_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.kind_combo, self.date_edit)
        QWidget.setTabOrder(self.date_edit, self.duration_spin)
        QWidget.setTabOrder(self.duration_spin, self.language_combo)
        QWidget.setTabOrder(self.language_combo, self.interpreter_combo)
        QWidget.setTabOrder(self.interpreter_combo, self.interpreter_name_edit)
        QWidget.setTabOrder(self.interpreter_name_edit, self.topics_list)
        QWidget.setTabOrder(self.topics_list, self.note_edit)
        QWidget.setTabOrder(self.note_edit, self.next_due_check)
        QWidget.setTabOrder(self.next_due_check, self.next_due_edit)
        QWidget.setTabOrder(self.next_due_edit, self.follow_up_group)
        QWidget.setTabOrder(self.follow_up_group, self.follow_up_what_edit)
        QWidget.setTabOrder(self.follow_up_what_edit, self.follow_up_due_edit)
        QWidget.setTabOrder(self.follow_up_due_edit, self.button_box)

        self.retranslateUi(ContactDialog)

        QMetaObject.connectSlotsByName(ContactDialog)
    # setupUi

    def retranslateUi(self, ContactDialog):
        ContactDialog.setWindowTitle(QCoreApplication.translate("ContactDialog", u"Log a contact", None))
        self.family_label.setText("")
        self.kind_label.setText(QCoreApplication.translate("ContactDialog", u"&Kind:", None))
#if QT_CONFIG(accessibility)
        self.kind_combo.setAccessibleName(QCoreApplication.translate("ContactDialog", u"Kind of contact", None))
#endif // QT_CONFIG(accessibility)
        self.date_label.setText(QCoreApplication.translate("ContactDialog", u"&Date:", None))
#if QT_CONFIG(accessibility)
        self.date_edit.setAccessibleName(QCoreApplication.translate("ContactDialog", u"Date of the contact", None))
#endif // QT_CONFIG(accessibility)
        self.date_message.setText("")
        self.duration_label.setText(QCoreApplication.translate("ContactDialog", u"D&uration (minutes):", None))
#if QT_CONFIG(accessibility)
        self.duration_spin.setAccessibleName(QCoreApplication.translate("ContactDialog", u"Duration in minutes", None))
#endif // QT_CONFIG(accessibility)
        self.duration_spin.setSpecialValueText(QCoreApplication.translate("ContactDialog", u"Not recorded", None))
        self.language_label.setText(QCoreApplication.translate("ContactDialog", u"&Language:", None))
#if QT_CONFIG(accessibility)
        self.language_combo.setAccessibleName(QCoreApplication.translate("ContactDialog", u"Language of the contact", None))
#endif // QT_CONFIG(accessibility)
        self.interpreter_label.setText(QCoreApplication.translate("ContactDialog", u"&Interpreter:", None))
#if QT_CONFIG(accessibility)
        self.interpreter_combo.setAccessibleName(QCoreApplication.translate("ContactDialog", u"Interpreter", None))
#endif // QT_CONFIG(accessibility)
        self.child_warning_label.setText("")
        self.interpreter_name_label.setText(QCoreApplication.translate("ContactDialog", u"Interpreter's na&me or agency:", None))
#if QT_CONFIG(accessibility)
        self.interpreter_name_edit.setAccessibleName(QCoreApplication.translate("ContactDialog", u"Interpreter's name or agency", None))
#endif // QT_CONFIG(accessibility)
        self.interpreter_name_message.setText("")
        self.next_due_check.setText(QCoreApplication.translate("ContactDialog", u"Ne&xt contact due:", None))
#if QT_CONFIG(accessibility)
        self.next_due_edit.setAccessibleName(QCoreApplication.translate("ContactDialog", u"Next contact due", None))
#endif // QT_CONFIG(accessibility)
        self.rhythm_label.setText("")
        self.next_due_message.setText("")
        self.follow_up_group.setTitle(QCoreApplication.translate("ContactDialog", u"Add a &follow-up", None))
        self.follow_up_what_label.setText(QCoreApplication.translate("ContactDialog", u"&What to do:", None))
#if QT_CONFIG(accessibility)
        self.follow_up_what_edit.setAccessibleName(QCoreApplication.translate("ContactDialog", u"What to do", None))
#endif // QT_CONFIG(accessibility)
        self.follow_up_what_message.setText("")
        self.follow_up_due_label.setText(QCoreApplication.translate("ContactDialog", u"Du&e:", None))
#if QT_CONFIG(accessibility)
        self.follow_up_due_edit.setAccessibleName(QCoreApplication.translate("ContactDialog", u"Follow-up due", None))
#endif // QT_CONFIG(accessibility)
        self.follow_up_due_message.setText("")
        self.topics_label.setText(QCoreApplication.translate("ContactDialog", u"&Topics talked about:", None))
#if QT_CONFIG(accessibility)
        self.topics_list.setAccessibleName(QCoreApplication.translate("ContactDialog", u"Topics talked about", None))
#endif // QT_CONFIG(accessibility)
        self.note_label.setText(QCoreApplication.translate("ContactDialog", u"&Note:", None))
#if QT_CONFIG(accessibility)
        self.note_edit.setAccessibleName(QCoreApplication.translate("ContactDialog", u"Note", None))
#endif // QT_CONFIG(accessibility)
        self.note_message.setText("")
        self.note_reminder.setText("")
        self.save_message_label.setText("")
    # retranslateUi

