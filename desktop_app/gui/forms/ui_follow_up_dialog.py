# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'follow_up_dialog.ui'
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
    QDialog, QDialogButtonBox, QGridLayout, QLabel,
    QLineEdit, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_FollowUpDialog(object):
    def setupUi(self, FollowUpDialog):
        if not FollowUpDialog.objectName():
            FollowUpDialog.setObjectName(u"FollowUpDialog")
        FollowUpDialog.resize(560, 300)
        self.dialog_layout = QVBoxLayout(FollowUpDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.family_label = QLabel(FollowUpDialog)
        self.family_label.setObjectName(u"family_label")
        self.family_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.family_label)

        self.form_layout = QGridLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.about_label = QLabel(FollowUpDialog)
        self.about_label.setObjectName(u"about_label")

        self.form_layout.addWidget(self.about_label, 0, 0, 1, 1)

        self.about_combo = QComboBox(FollowUpDialog)
        self.about_combo.setObjectName(u"about_combo")

        self.form_layout.addWidget(self.about_combo, 0, 1, 1, 1)

        self.what_label = QLabel(FollowUpDialog)
        self.what_label.setObjectName(u"what_label")

        self.form_layout.addWidget(self.what_label, 1, 0, 1, 1)

        self.what_edit = QLineEdit(FollowUpDialog)
        self.what_edit.setObjectName(u"what_edit")

        self.form_layout.addWidget(self.what_edit, 1, 1, 1, 1)

        self.what_message = QLabel(FollowUpDialog)
        self.what_message.setObjectName(u"what_message")
        self.what_message.setWordWrap(True)

        self.form_layout.addWidget(self.what_message, 2, 1, 1, 1)

        self.due_label = QLabel(FollowUpDialog)
        self.due_label.setObjectName(u"due_label")

        self.form_layout.addWidget(self.due_label, 3, 0, 1, 1)

        self.due_edit = QDateEdit(FollowUpDialog)
        self.due_edit.setObjectName(u"due_edit")
        self.due_edit.setCalendarPopup(True)

        self.form_layout.addWidget(self.due_edit, 3, 1, 1, 1)

        self.due_message = QLabel(FollowUpDialog)
        self.due_message.setObjectName(u"due_message")
        self.due_message.setWordWrap(True)

        self.form_layout.addWidget(self.due_message, 4, 1, 1, 1)


        self.dialog_layout.addLayout(self.form_layout)

        self.save_message_label = QLabel(FollowUpDialog)
        self.save_message_label.setObjectName(u"save_message_label")
        self.save_message_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.save_message_label)

        self.bottom_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialog_layout.addItem(self.bottom_spacer)

        self.button_box = QDialogButtonBox(FollowUpDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialog_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.about_label.setBuddy(self.about_combo)
        self.what_label.setBuddy(self.what_edit)
        self.due_label.setBuddy(self.due_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.about_combo, self.what_edit)
        QWidget.setTabOrder(self.what_edit, self.due_edit)
        QWidget.setTabOrder(self.due_edit, self.button_box)

        self.retranslateUi(FollowUpDialog)

        QMetaObject.connectSlotsByName(FollowUpDialog)
    # setupUi

    def retranslateUi(self, FollowUpDialog):
        FollowUpDialog.setWindowTitle(QCoreApplication.translate("FollowUpDialog", u"Follow-up", None))
        self.family_label.setText("")
        self.about_label.setText(QCoreApplication.translate("FollowUpDialog", u"&About:", None))
#if QT_CONFIG(accessibility)
        self.about_combo.setAccessibleName(QCoreApplication.translate("FollowUpDialog", u"What the follow-up is about", None))
#endif // QT_CONFIG(accessibility)
        self.what_label.setText(QCoreApplication.translate("FollowUpDialog", u"&What to do:", None))
#if QT_CONFIG(accessibility)
        self.what_edit.setAccessibleName(QCoreApplication.translate("FollowUpDialog", u"What to do", None))
#endif // QT_CONFIG(accessibility)
        self.what_message.setText("")
        self.due_label.setText(QCoreApplication.translate("FollowUpDialog", u"&Due:", None))
#if QT_CONFIG(accessibility)
        self.due_edit.setAccessibleName(QCoreApplication.translate("FollowUpDialog", u"Due", None))
#endif // QT_CONFIG(accessibility)
        self.due_message.setText("")
        self.save_message_label.setText("")
    # retranslateUi

