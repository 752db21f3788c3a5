# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'event_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDateEdit,
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QLineEdit, QListWidget, QListWidgetItem, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_EventDialog(object):
    def setupUi(self, EventDialog):
        if not EventDialog.objectName():
            EventDialog.setObjectName(u"EventDialog")
        self.dialog_layout = QVBoxLayout(EventDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.form_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.title_label = QLabel(EventDialog)
        self.title_label.setObjectName(u"title_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.title_label)

        self.title_edit = QLineEdit(EventDialog)
        self.title_edit.setObjectName(u"title_edit")
        self.title_edit.setClearButtonEnabled(True)
        self.title_edit.setMaxLength(80)

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.title_edit)

        self.kind_label = QLabel(EventDialog)
        self.kind_label.setObjectName(u"kind_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.kind_label)

        self.kind_combo = QComboBox(EventDialog)
        self.kind_combo.setObjectName(u"kind_combo")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.kind_combo)

        self.date_label = QLabel(EventDialog)
        self.date_label.setObjectName(u"date_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.date_label)

        self.date_edit = QDateEdit(EventDialog)
        self.date_edit.setObjectName(u"date_edit")
        self.date_edit.setCalendarPopup(True)

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.date_edit)

        self.school_label = QLabel(EventDialog)
        self.school_label.setObjectName(u"school_label")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.school_label)

        self.school_combo = QComboBox(EventDialog)
        self.school_combo.setObjectName(u"school_combo")
        self.school_combo.setEditable(True)

        self.form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.school_combo)

        self.languages_label = QLabel(EventDialog)
        self.languages_label.setObjectName(u"languages_label")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.languages_label)

        self.languages_layout = QVBoxLayout()
        self.languages_layout.setObjectName(u"languages_layout")
        self.language_filter_edit = QLineEdit(EventDialog)
        self.language_filter_edit.setObjectName(u"language_filter_edit")
        self.language_filter_edit.setClearButtonEnabled(True)

        self.languages_layout.addWidget(self.language_filter_edit)

        self.language_list = QListWidget(EventDialog)
        self.language_list.setObjectName(u"language_list")
        self.language_list.setMinimumSize(QSize(0, 140))

        self.languages_layout.addWidget(self.language_list)


        self.form_layout.setLayout(4, QFormLayout.ItemRole.FieldRole, self.languages_layout)


        self.dialog_layout.addLayout(self.form_layout)

        self.message_label = QLabel(EventDialog)
        self.message_label.setObjectName(u"message_label")
        self.message_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.message_label)

        self.button_box = QDialogButtonBox(EventDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialog_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.title_label.setBuddy(self.title_edit)
        self.kind_label.setBuddy(self.kind_combo)
        self.date_label.setBuddy(self.date_edit)
        self.school_label.setBuddy(self.school_combo)
        self.languages_label.setBuddy(self.language_filter_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.title_edit, self.kind_combo)
        QWidget.setTabOrder(self.kind_combo, self.date_edit)
        QWidget.setTabOrder(self.date_edit, self.school_combo)
        QWidget.setTabOrder(self.school_combo, self.language_filter_edit)
        QWidget.setTabOrder(self.language_filter_edit, self.language_list)

        self.retranslateUi(EventDialog)

        QMetaObject.connectSlotsByName(EventDialog)
    # setupUi

    def retranslateUi(self, EventDialog):
        EventDialog.setWindowTitle(QCoreApplication.translate("EventDialog", u"Event", None))
        self.title_label.setText(QCoreApplication.translate("EventDialog", u"&Title:", None))
#if QT_CONFIG(accessibility)
        self.title_edit.setAccessibleName(QCoreApplication.translate("EventDialog", u"Title of the event", None))
#endif // QT_CONFIG(accessibility)
        self.title_edit.setPlaceholderText(QCoreApplication.translate("EventDialog", u"For example: Welcome coffee morning", None))
        self.kind_label.setText(QCoreApplication.translate("EventDialog", u"&Kind:", None))
#if QT_CONFIG(accessibility)
        self.kind_combo.setAccessibleName(QCoreApplication.translate("EventDialog", u"Kind of event", None))
#endif // QT_CONFIG(accessibility)
        self.date_label.setText(QCoreApplication.translate("EventDialog", u"&Date:", None))
#if QT_CONFIG(accessibility)
        self.date_edit.setAccessibleName(QCoreApplication.translate("EventDialog", u"Date of the event", None))
#endif // QT_CONFIG(accessibility)
        self.school_label.setText(QCoreApplication.translate("EventDialog", u"S&chool:", None))
#if QT_CONFIG(accessibility)
        self.school_combo.setAccessibleName(QCoreApplication.translate("EventDialog", u"School", None))
#endif // QT_CONFIG(accessibility)
        self.languages_label.setText(QCoreApplication.translate("EventDialog", u"&Languages offered:", None))
#if QT_CONFIG(accessibility)
        self.language_filter_edit.setAccessibleName(QCoreApplication.translate("EventDialog", u"Find a language", None))
#endif // QT_CONFIG(accessibility)
        self.language_filter_edit.setPlaceholderText(QCoreApplication.translate("EventDialog", u"Type to find a language", None))
#if QT_CONFIG(accessibility)
        self.language_list.setAccessibleName(QCoreApplication.translate("EventDialog", u"Languages offered (interpreting or materials)", None))
#endif // QT_CONFIG(accessibility)
        self.message_label.setText("")
    # retranslateUi

