# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'service_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QFrame, QHBoxLayout, QLabel,
    QLineEdit, QListWidget, QListWidgetItem, QPlainTextEdit,
    QPushButton, QRadioButton, QScrollArea, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_ServiceDialog(object):
    def setupUi(self, ServiceDialog):
        if not ServiceDialog.objectName():
            ServiceDialog.setObjectName(u"ServiceDialog")
        ServiceDialog.resize(960, 720)
        self.dialog_layout = QVBoxLayout(ServiceDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.intro_label = QLabel(ServiceDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.intro_label)

        self.form_scroll = QScrollArea(ServiceDialog)
        self.form_scroll.setObjectName(u"form_scroll")
        self.form_scroll.setWidgetResizable(True)
        self.form_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.form_widget = QWidget()
        self.form_widget.setObjectName(u"form_widget")
        self.columns_layout = QHBoxLayout(self.form_widget)
        self.columns_layout.setSpacing(18)
        self.columns_layout.setObjectName(u"columns_layout")
        self.left_layout = QVBoxLayout()
        self.left_layout.setObjectName(u"left_layout")
        self.details_form = QFormLayout()
        self.details_form.setObjectName(u"details_form")
        self.details_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.name_label = QLabel(self.form_widget)
        self.name_label.setObjectName(u"name_label")

        self.details_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.name_label)

        self.name_edit = QLineEdit(self.form_widget)
        self.name_edit.setObjectName(u"name_edit")

        self.details_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name_edit)

        self.name_message = QLabel(self.form_widget)
        self.name_message.setObjectName(u"name_message")
        self.name_message.setText(u"")
        self.name_message.setWordWrap(True)

        self.details_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.name_message)

        self.organization_label = QLabel(self.form_widget)
        self.organization_label.setObjectName(u"organization_label")

        self.details_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.organization_label)

        self.organization_edit = QLineEdit(self.form_widget)
        self.organization_edit.setObjectName(u"organization_edit")

        self.details_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.organization_edit)

        self.organization_message = QLabel(self.form_widget)
        self.organization_message.setObjectName(u"organization_message")
        self.organization_message.setText(u"")
        self.organization_message.setWordWrap(True)

        self.details_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.organization_message)

        self.phone_label = QLabel(self.form_widget)
        self.phone_label.setObjectName(u"phone_label")

        self.details_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.phone_label)

        self.phone_edit = QLineEdit(self.form_widget)
        self.phone_edit.setObjectName(u"phone_edit")

        self.details_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.phone_edit)

        self.phone_message = QLabel(self.form_widget)
        self.phone_message.setObjectName(u"phone_message")
        self.phone_message.setText(u"")
        self.phone_message.setWordWrap(True)

        self.details_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.phone_message)

        self.email_label = QLabel(self.form_widget)
        self.email_label.setObjectName(u"email_label")

        self.details_form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.email_label)

        self.email_edit = QLineEdit(self.form_widget)
        self.email_edit.setObjectName(u"email_edit")

        self.details_form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.email_edit)

        self.email_message = QLabel(self.form_widget)
        self.email_message.setObjectName(u"email_message")
        self.email_message.setText(u"")
        self.email_message.setWordWrap(True)

        self.details_form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.email_message)

        self.website_label = QLabel(self.form_widget)
        self.website_label.setObjectName(u"website_label")

        self.details_form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.website_label)

        self.website_edit = QLineEdit(self.form_widget)
        self.website_edit.setObjectName(u"website_edit")

        self.details_form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.website_edit)

        self.website_message = QLabel(self.form_widget)
        self.website_message.setObjectName(u"website_message")
        self.website_message.setText(u"")
        self.website_message.setWordWrap(True)

        self.details_form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.website_message)

        self.address_label = QLabel(self.form_widget)
        self.address_label.setObjectName(u"address_label")

        self.details_form.setWidget(10, QFormLayout.ItemRole.LabelRole, self.address_label)

        self.address_edit = QPlainTextEdit(self.form_widget)
        self.address_edit.setObjectName(u"address_edit")
        self.address_edit.setTabChangesFocus(True)
        self.address_edit.setMaximumSize(QSize(16777215, 70))

        self.details_form.setWidget(10, QFormLayout.ItemRole.FieldRole, self.address_edit)

        self.address_message = QLabel(self.form_widget)
        self.address_message.setObjectName(u"address_message")
        self.address_message.setText(u"")
        self.address_message.setWordWrap(True)

        self.details_form.setWidget(11, QFormLayout.ItemRole.FieldRole, self.address_message)

        self.opening_times_label = QLabel(self.form_widget)
        self.opening_times_label.setObjectName(u"opening_times_label")

        self.details_form.setWidget(12, QFormLayout.ItemRole.LabelRole, self.opening_times_label)

        self.opening_times_edit = QLineEdit(self.form_widget)
        self.opening_times_edit.setObjectName(u"opening_times_edit")

        self.details_form.setWidget(12, QFormLayout.ItemRole.FieldRole, self.opening_times_edit)

        self.opening_times_message = QLabel(self.form_widget)
        self.opening_times_message.setObjectName(u"opening_times_message")
        self.opening_times_message.setText(u"")
        self.opening_times_message.setWordWrap(True)

        self.details_form.setWidget(13, QFormLayout.ItemRole.FieldRole, self.opening_times_message)

        self.access_label = QLabel(self.form_widget)
        self.access_label.setObjectName(u"access_label")

        self.details_form.setWidget(14, QFormLayout.ItemRole.LabelRole, self.access_label)

        self.access_layout = QVBoxLayout()
        self.access_layout.setObjectName(u"access_layout")
        self.walk_in_radio = QRadioButton(self.form_widget)
        self.walk_in_radio.setObjectName(u"walk_in_radio")

        self.access_layout.addWidget(self.walk_in_radio)

        self.referral_radio = QRadioButton(self.form_widget)
        self.referral_radio.setObjectName(u"referral_radio")

        self.access_layout.addWidget(self.referral_radio)

        self.either_radio = QRadioButton(self.form_widget)
        self.either_radio.setObjectName(u"either_radio")
        self.either_radio.setChecked(True)

        self.access_layout.addWidget(self.either_radio)


        self.details_form.setLayout(14, QFormLayout.ItemRole.FieldRole, self.access_layout)


        self.left_layout.addLayout(self.details_form)

        self.left_spacer = QSpacerItem(0, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.left_layout.addItem(self.left_spacer)


        self.columns_layout.addLayout(self.left_layout)

        self.right_layout = QVBoxLayout()
        self.right_layout.setObjectName(u"right_layout")
        self.categories_label = QLabel(self.form_widget)
        self.categories_label.setObjectName(u"categories_label")

        self.right_layout.addWidget(self.categories_label)

        self.categories_list = QListWidget(self.form_widget)
        self.categories_list.setObjectName(u"categories_list")
        self.categories_list.setMinimumSize(QSize(0, 110))

        self.right_layout.addWidget(self.categories_list)

        self.categories_message = QLabel(self.form_widget)
        self.categories_message.setObjectName(u"categories_message")
        self.categories_message.setText(u"")
        self.categories_message.setWordWrap(True)

        self.right_layout.addWidget(self.categories_message)

        self.languages_label = QLabel(self.form_widget)
        self.languages_label.setObjectName(u"languages_label")

        self.right_layout.addWidget(self.languages_label)

        self.languages_list = QListWidget(self.form_widget)
        self.languages_list.setObjectName(u"languages_list")
        self.languages_list.setMinimumSize(QSize(0, 110))

        self.right_layout.addWidget(self.languages_list)

        self.other_language_layout = QHBoxLayout()
        self.other_language_layout.setObjectName(u"other_language_layout")
        self.other_language_label = QLabel(self.form_widget)
        self.other_language_label.setObjectName(u"other_language_label")

        self.other_language_layout.addWidget(self.other_language_label)

        self.other_language_edit = QLineEdit(self.form_widget)
        self.other_language_edit.setObjectName(u"other_language_edit")
        self.other_language_edit.setMaxLength(12)

        self.other_language_layout.addWidget(self.other_language_edit)

        self.add_language_button = QPushButton(self.form_widget)
        self.add_language_button.setObjectName(u"add_language_button")

        self.other_language_layout.addWidget(self.add_language_button)


        self.right_layout.addLayout(self.other_language_layout)

        self.languages_message = QLabel(self.form_widget)
        self.languages_message.setObjectName(u"languages_message")
        self.languages_message.setText(u"")
        self.languages_message.setWordWrap(True)

        self.right_layout.addWidget(self.languages_message)

        self.what_to_bring_label = QLabel(self.form_widget)
        self.what_to_bring_label.setObjectName(u"what_to_bring_label")
        self.what_to_bring_label.setWordWrap(True)

        self.right_layout.addWidget(self.what_to_bring_label)

        self.what_to_bring_edit = QPlainTextEdit(self.form_widget)
        self.what_to_bring_edit.setObjectName(u"what_to_bring_edit")
        self.what_to_bring_edit.setTabChangesFocus(True)
        self.what_to_bring_edit.setMaximumSize(QSize(16777215, 70))

        self.right_layout.addWidget(self.what_to_bring_edit)

        self.what_to_bring_message = QLabel(self.form_widget)
        self.what_to_bring_message.setObjectName(u"what_to_bring_message")
        self.what_to_bring_message.setText(u"")
        self.what_to_bring_message.setWordWrap(True)

        self.right_layout.addWidget(self.what_to_bring_message)

        self.notes_label = QLabel(self.form_widget)
        self.notes_label.setObjectName(u"notes_label")

        self.right_layout.addWidget(self.notes_label)

        self.notes_edit = QPlainTextEdit(self.form_widget)
        self.notes_edit.setObjectName(u"notes_edit")
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setMaximumSize(QSize(16777215, 90))

        self.right_layout.addWidget(self.notes_edit)

        self.notes_message = QLabel(self.form_widget)
        self.notes_message.setObjectName(u"notes_message")
        self.notes_message.setText(u"")
        self.notes_message.setWordWrap(True)

        self.right_layout.addWidget(self.notes_message)

        self.right_spacer = QSpacerItem(0, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.right_layout.addItem(self.right_spacer)


        self.columns_layout.addLayout(self.right_layout)

        self.form_scroll.setWidget(self.form_widget)

        self.dialog_layout.addWidget(self.form_scroll)

        self.save_message_label = QLabel(ServiceDialog)
        self.save_message_label.setObjectName(u"save_message_label")
        self.save_message_label.setText(u"")
        self.save_message_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.save_message_label)

        self.button_box = QDialogButtonBox(ServiceDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialog_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.name_label.setBuddy(self.name_edit)
        self.organization_label.setBuddy(self.organization_edit)
        self.phone_label.setBuddy(self.phone_edit)
        self.email_label.setBuddy(self.email_edit)
        self.website_label.setBuddy(self.website_edit)
        self.address_label.setBuddy(self.address_edit)
        self.opening_times_label.setBuddy(self.opening_times_edit)
        self.access_label.setBuddy(self.walk_in_radio)
        self.categories_label.setBuddy(self.categories_list)
        self.languages_label.setBuddy(self.languages_list)
        self.other_language_label.setBuddy(self.other_language_edit)
        self.what_to_bring_label.setBuddy(self.what_to_bring_edit)
        self.notes_label.setBuddy(self.notes_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.name_edit, self.organization_edit)
        QWidget.setTabOrder(self.organization_edit, self.phone_edit)
        QWidget.setTabOrder(self.phone_edit, self.email_edit)
        QWidget.setTabOrder(self.email_edit, self.website_edit)
        QWidget.setTabOrder(self.website_edit, self.address_edit)
        QWidget.setTabOrder(self.address_edit, self.opening_times_edit)
        QWidget.setTabOrder(self.opening_times_edit, self.walk_in_radio)
        QWidget.setTabOrder(self.walk_in_radio, self.referral_radio)
        QWidget.setTabOrder(self.referral_radio, self.either_radio)
        QWidget.setTabOrder(self.either_radio, self.categories_list)
        QWidget.setTabOrder(self.categories_list, self.languages_list)
        QWidget.setTabOrder(self.languages_list, self.other_language_edit)
        QWidget.setTabOrder(self.other_language_edit, self.add_language_button)
        QWidget.setTabOrder(self.add_language_button, self.what_to_bring_edit)
        QWidget.setTabOrder(self.what_to_bring_edit, self.notes_edit)
        QWidget.setTabOrder(self.notes_edit, self.button_box)

        self.retranslateUi(ServiceDialog)

        QMetaObject.connectSlotsByName(ServiceDialog)
    # setupUi

    def retranslateUi(self, ServiceDialog):
        ServiceDialog.setWindowTitle(QCoreApplication.translate("ServiceDialog", u"Service", None))
        self.intro_label.setText(QCoreApplication.translate("ServiceDialog", u"What families need to find and reach the service. Only the name and at least one need are required.", None))
        self.name_label.setText(QCoreApplication.translate("ServiceDialog", u"&Name:", None))
#if QT_CONFIG(accessibility)
        self.name_edit.setAccessibleName(QCoreApplication.translate("ServiceDialog", u"Name", None))
#endif // QT_CONFIG(accessibility)
        self.name_edit.setPlaceholderText(QCoreApplication.translate("ServiceDialog", u"For example Riverside Community Food Bank", None))
        self.organization_label.setText(QCoreApplication.translate("ServiceDialog", u"Run &by:", None))
#if QT_CONFIG(accessibility)
        self.organization_edit.setAccessibleName(QCoreApplication.translate("ServiceDialog", u"Run by", None))
#endif // QT_CONFIG(accessibility)
        self.organization_edit.setPlaceholderText(QCoreApplication.translate("ServiceDialog", u"The organisation, if the name does not say", None))
        self.phone_label.setText(QCoreApplication.translate("ServiceDialog", u"&Phone:", None))
#if QT_CONFIG(accessibility)
        self.phone_edit.setAccessibleName(QCoreApplication.translate("ServiceDialog", u"Phone", None))
#endif // QT_CONFIG(accessibility)
        self.phone_edit.setPlaceholderText(QCoreApplication.translate("ServiceDialog", u"For example 01632 960123", None))
        self.email_label.setText(QCoreApplication.translate("ServiceDialog", u"E-&mail:", None))
#if QT_CONFIG(accessibility)
        self.email_edit.setAccessibleName(QCoreApplication.translate("ServiceDialog", u"E-mail", None))
#endif // QT_CONFIG(accessibility)
        self.email_edit.setPlaceholderText(QCoreApplication.translate("ServiceDialog", u"For example help@example.org", None))
        self.website_label.setText(QCoreApplication.translate("ServiceDialog", u"&Website:", None))
#if QT_CONFIG(accessibility)
        self.website_edit.setAccessibleName(QCoreApplication.translate("ServiceDialog", u"Website", None))
#endif // QT_CONFIG(accessibility)
        self.website_edit.setPlaceholderText(QCoreApplication.translate("ServiceDialog", u"For example https://example.org", None))
        self.address_label.setText(QCoreApplication.translate("ServiceDialog", u"A&ddress:", None))
#if QT_CONFIG(accessibility)
        self.address_edit.setAccessibleName(QCoreApplication.translate("ServiceDialog", u"Address", None))
#endif // QT_CONFIG(accessibility)
        self.address_edit.setPlaceholderText(QCoreApplication.translate("ServiceDialog", u"Where families go", None))
        self.opening_times_label.setText(QCoreApplication.translate("ServiceDialog", u"Opening &times:", None))
#if QT_CONFIG(accessibility)
        self.opening_times_edit.setAccessibleName(QCoreApplication.translate("ServiceDialog", u"Opening times", None))
#endif // QT_CONFIG(accessibility)
        self.opening_times_edit.setPlaceholderText(QCoreApplication.translate("ServiceDialog", u"For example Mon\u2013Fri 09:00\u201317:00", None))
        self.access_label.setText(QCoreApplication.translate("ServiceDialog", u"How families &get there:", None))
        self.walk_in_radio.setText(QCoreApplication.translate("ServiceDialog", u"Walk in: no referral needed", None))
        self.referral_radio.setText(QCoreApplication.translate("ServiceDialog", u"By referral only", None))
        self.either_radio.setText(QCoreApplication.translate("ServiceDialog", u"Walk in, or by referral", None))
        self.categories_label.setText(QCoreApplication.translate("ServiceDialog", u"Needs it &helps with:", None))
#if QT_CONFIG(accessibility)
        self.categories_list.setAccessibleName(QCoreApplication.translate("ServiceDialog", u"Needs it helps with", None))
#endif // QT_CONFIG(accessibility)
        self.languages_label.setText(QCoreApplication.translate("ServiceDialog", u"&Languages spoken there:", None))
#if QT_CONFIG(accessibility)
        self.languages_list.setAccessibleName(QCoreApplication.translate("ServiceDialog", u"Languages spoken there", None))
#endif // QT_CONFIG(accessibility)
        self.other_language_label.setText(QCoreApplication.translate("ServiceDialog", u"Add a language by its &code:", None))
#if QT_CONFIG(accessibility)
        self.other_language_edit.setAccessibleName(QCoreApplication.translate("ServiceDialog", u"Add a language by its code", None))
#endif // QT_CONFIG(accessibility)
        self.other_language_edit.setPlaceholderText(QCoreApplication.translate("ServiceDialog", u"for example bfi", None))
        self.add_language_button.setText(QCoreApplication.translate("ServiceDialog", u"Add", None))
        self.what_to_bring_label.setText(QCoreApplication.translate("ServiceDialog", u"What to b&ring (printed on the referral slip):", None))
#if QT_CONFIG(accessibility)
        self.what_to_bring_edit.setAccessibleName(QCoreApplication.translate("ServiceDialog", u"What to bring", None))
#endif // QT_CONFIG(accessibility)
        self.what_to_bring_edit.setPlaceholderText(QCoreApplication.translate("ServiceDialog", u"For example proof of address, a food bank voucher", None))
        self.notes_label.setText(QCoreApplication.translate("ServiceDialog", u"Notes for &staff:", None))
#if QT_CONFIG(accessibility)
        self.notes_edit.setAccessibleName(QCoreApplication.translate("ServiceDialog", u"Notes for staff", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

