# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'consent_step.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QDateEdit, QFormLayout,
    QGroupBox, QHBoxLayout, QLabel, QLineEdit,
    QListWidget, QListWidgetItem, QPushButton, QRadioButton,
    QSizePolicy, QSpacerItem, QTextBrowser, QVBoxLayout,
    QWidget)

from desktop_app.gui.signature_pad import SignaturePad

class Ui_ConsentStep(object):
    def setupUi(self, ConsentStep):
        if not ConsentStep.objectName():
            ConsentStep.setObjectName(u"ConsentStep")
        self.consent_step_layout = QVBoxLayout(ConsentStep)
        self.consent_step_layout.setObjectName(u"consent_step_layout")
        self.intro_label = QLabel(ConsentStep)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.consent_step_layout.addWidget(self.intro_label)

        self.language_layout = QHBoxLayout()
        self.language_layout.setObjectName(u"language_layout")
        self.language_label = QLabel(ConsentStep)
        self.language_label.setObjectName(u"language_label")

        self.language_layout.addWidget(self.language_label)

        self.language_combo = QComboBox(ConsentStep)
        self.language_combo.setObjectName(u"language_combo")

        self.language_layout.addWidget(self.language_combo)

        self.language_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.language_layout.addItem(self.language_spacer)


        self.consent_step_layout.addLayout(self.language_layout)

        self.purposes_layout = QHBoxLayout()
        self.purposes_layout.setObjectName(u"purposes_layout")
        self.purpose_list = QListWidget(ConsentStep)
        self.purpose_list.setObjectName(u"purpose_list")
        self.purpose_list.setMaximumSize(QSize(300, 16777215))

        self.purposes_layout.addWidget(self.purpose_list)

        self.notice_layout = QVBoxLayout()
        self.notice_layout.setObjectName(u"notice_layout")
        self.purpose_title_label = QLabel(ConsentStep)
        self.purpose_title_label.setObjectName(u"purpose_title_label")
        self.purpose_title_label.setText(u"")
        self.purpose_title_label.setWordWrap(True)

        self.notice_layout.addWidget(self.purpose_title_label)

        self.notices_layout = QHBoxLayout()
        self.notices_layout.setObjectName(u"notices_layout")
        self.family_notice_layout = QVBoxLayout()
        self.family_notice_layout.setObjectName(u"family_notice_layout")
        self.family_notice_label = QLabel(ConsentStep)
        self.family_notice_label.setObjectName(u"family_notice_label")

        self.family_notice_layout.addWidget(self.family_notice_label)

        self.family_notice_view = QTextBrowser(ConsentStep)
        self.family_notice_view.setObjectName(u"family_notice_view")
        self.family_notice_view.setOpenExternalLinks(False)

        self.family_notice_layout.addWidget(self.family_notice_view)


        self.notices_layout.addLayout(self.family_notice_layout)

        self.staff_notice_layout = QVBoxLayout()
        self.staff_notice_layout.setObjectName(u"staff_notice_layout")
        self.staff_notice_label = QLabel(ConsentStep)
        self.staff_notice_label.setObjectName(u"staff_notice_label")

        self.staff_notice_layout.addWidget(self.staff_notice_label)

        self.staff_notice_view = QTextBrowser(ConsentStep)
        self.staff_notice_view.setObjectName(u"staff_notice_view")
        self.staff_notice_view.setOpenExternalLinks(False)

        self.staff_notice_layout.addWidget(self.staff_notice_view)


        self.notices_layout.addLayout(self.staff_notice_layout)


        self.notice_layout.addLayout(self.notices_layout)

        self.review_note_label = QLabel(ConsentStep)
        self.review_note_label.setObjectName(u"review_note_label")
        self.review_note_label.setText(u"")
        self.review_note_label.setWordWrap(True)

        self.notice_layout.addWidget(self.review_note_label)

        self.decision_layout = QHBoxLayout()
        self.decision_layout.setObjectName(u"decision_layout")
        self.decision_label = QLabel(ConsentStep)
        self.decision_label.setObjectName(u"decision_label")

        self.decision_layout.addWidget(self.decision_label)

        self.given_radio = QRadioButton(ConsentStep)
        self.given_radio.setObjectName(u"given_radio")

        self.decision_layout.addWidget(self.given_radio)

        self.refused_radio = QRadioButton(ConsentStep)
        self.refused_radio.setObjectName(u"refused_radio")

        self.decision_layout.addWidget(self.refused_radio)

        self.decision_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.decision_layout.addItem(self.decision_spacer)

        self.next_purpose_button = QPushButton(ConsentStep)
        self.next_purpose_button.setObjectName(u"next_purpose_button")

        self.decision_layout.addWidget(self.next_purpose_button)


        self.notice_layout.addLayout(self.decision_layout)


        self.purposes_layout.addLayout(self.notice_layout)


        self.consent_step_layout.addLayout(self.purposes_layout)

        self.lower_layout = QHBoxLayout()
        self.lower_layout.setObjectName(u"lower_layout")
        self.details_layout = QVBoxLayout()
        self.details_layout.setObjectName(u"details_layout")
        self.record_group = QGroupBox(ConsentStep)
        self.record_group.setObjectName(u"record_group")
        self.record_form = QFormLayout(self.record_group)
        self.record_form.setObjectName(u"record_form")
        self.method_label = QLabel(self.record_group)
        self.method_label.setObjectName(u"method_label")

        self.record_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.method_label)

        self.method_combo = QComboBox(self.record_group)
        self.method_combo.setObjectName(u"method_combo")

        self.record_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.method_combo)

        self.paper_reference_label = QLabel(self.record_group)
        self.paper_reference_label.setObjectName(u"paper_reference_label")

        self.record_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.paper_reference_label)

        self.paper_reference_edit = QLineEdit(self.record_group)
        self.paper_reference_edit.setObjectName(u"paper_reference_edit")
        self.paper_reference_edit.setMaxLength(60)

        self.record_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.paper_reference_edit)

        self.signature_label = QLabel(self.record_group)
        self.signature_label.setObjectName(u"signature_label")

        self.record_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.signature_label)

        self.signature_layout = QVBoxLayout()
        self.signature_layout.setObjectName(u"signature_layout")
        self.signature_pad = SignaturePad(self.record_group)
        self.signature_pad.setObjectName(u"signature_pad")

        self.signature_layout.addWidget(self.signature_pad)

        self.signature_buttons_layout = QHBoxLayout()
        self.signature_buttons_layout.setObjectName(u"signature_buttons_layout")
        self.signature_hint_label = QLabel(self.record_group)
        self.signature_hint_label.setObjectName(u"signature_hint_label")
        self.signature_hint_label.setWordWrap(True)

        self.signature_buttons_layout.addWidget(self.signature_hint_label)

        self.clear_signature_button = QPushButton(self.record_group)
        self.clear_signature_button.setObjectName(u"clear_signature_button")

        self.signature_buttons_layout.addWidget(self.clear_signature_button)


        self.signature_layout.addLayout(self.signature_buttons_layout)


        self.record_form.setLayout(2, QFormLayout.ItemRole.FieldRole, self.signature_layout)

        self.decided_by_label = QLabel(self.record_group)
        self.decided_by_label.setObjectName(u"decided_by_label")

        self.record_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.decided_by_label)

        self.decided_by_combo = QComboBox(self.record_group)
        self.decided_by_combo.setObjectName(u"decided_by_combo")

        self.record_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.decided_by_combo)

        self.review_label = QLabel(self.record_group)
        self.review_label.setObjectName(u"review_label")

        self.record_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.review_label)

        self.review_date_edit = QDateEdit(self.record_group)
        self.review_date_edit.setObjectName(u"review_date_edit")
        self.review_date_edit.setCalendarPopup(True)

        self.record_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.review_date_edit)


        self.details_layout.addWidget(self.record_group)

        self.interpreter_group = QGroupBox(ConsentStep)
        self.interpreter_group.setObjectName(u"interpreter_group")
        self.interpreter_form = QFormLayout(self.interpreter_group)
        self.interpreter_form.setObjectName(u"interpreter_form")
        self.interpreter_mode_label = QLabel(self.interpreter_group)
        self.interpreter_mode_label.setObjectName(u"interpreter_mode_label")

        self.interpreter_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.interpreter_mode_label)

        self.interpreter_mode_combo = QComboBox(self.interpreter_group)
        self.interpreter_mode_combo.setObjectName(u"interpreter_mode_combo")

        self.interpreter_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.interpreter_mode_combo)

        self.interpreter_name_label = QLabel(self.interpreter_group)
        self.interpreter_name_label.setObjectName(u"interpreter_name_label")

        self.interpreter_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.interpreter_name_label)

        self.interpreter_name_edit = QLineEdit(self.interpreter_group)
        self.interpreter_name_edit.setObjectName(u"interpreter_name_edit")
        self.interpreter_name_edit.setMaxLength(80)

        self.interpreter_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.interpreter_name_edit)

        self.interpreter_language_label = QLabel(self.interpreter_group)
        self.interpreter_language_label.setObjectName(u"interpreter_language_label")

        self.interpreter_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.interpreter_language_label)

        self.interpreter_language_combo = QComboBox(self.interpreter_group)
        self.interpreter_language_combo.setObjectName(u"interpreter_language_combo")

        self.interpreter_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.interpreter_language_combo)


        self.details_layout.addWidget(self.interpreter_group)


        self.lower_layout.addLayout(self.details_layout)

        self.storage_group = QGroupBox(ConsentStep)
        self.storage_group.setObjectName(u"storage_group")
        self.storage_layout = QVBoxLayout(self.storage_group)
        self.storage_layout.setObjectName(u"storage_layout")
        self.storage_label = QLabel(self.storage_group)
        self.storage_label.setObjectName(u"storage_label")
        self.storage_label.setText(u"")
        self.storage_label.setWordWrap(True)
        self.storage_label.setTextFormat(Qt.RichText)
        self.storage_label.setAlignment(Qt.AlignLeading|Qt.AlignTop)

        self.storage_layout.addWidget(self.storage_label)


        self.lower_layout.addWidget(self.storage_group)


        self.consent_step_layout.addLayout(self.lower_layout)

        self.message_label = QLabel(ConsentStep)
        self.message_label.setObjectName(u"message_label")
        self.message_label.setText(u"")
        self.message_label.setWordWrap(True)

        self.consent_step_layout.addWidget(self.message_label)

#if QT_CONFIG(shortcut)
        self.language_label.setBuddy(self.language_combo)
        self.family_notice_label.setBuddy(self.family_notice_view)
        self.staff_notice_label.setBuddy(self.staff_notice_view)
        self.method_label.setBuddy(self.method_combo)
        self.paper_reference_label.setBuddy(self.paper_reference_edit)
        self.signature_label.setBuddy(self.signature_pad)
        self.decided_by_label.setBuddy(self.decided_by_combo)
        self.review_label.setBuddy(self.review_date_edit)
        self.interpreter_mode_label.setBuddy(self.interpreter_mode_combo)
        self.interpreter_name_label.setBuddy(self.interpreter_name_edit)
        self.interpreter_language_label.setBuddy(self.interpreter_language_combo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.language_combo, self.purpose_list)
        QWidget.setTabOrder(self.purpose_list, self.family_notice_view)
        QWidget.setTabOrder(self.family_notice_view, self.staff_notice_view)
        QWidget.setTabOrder(self.staff_notice_view, self.given_radio)
        QWidget.setTabOrder(self.given_radio, self.refused_radio)
        QWidget.setTabOrder(self.refused_radio, self.next_purpose_button)
        QWidget.setTabOrder(self.next_purpose_button, self.method_combo)
        QWidget.setTabOrder(self.method_combo, self.paper_reference_edit)
        QWidget.setTabOrder(self.paper_reference_edit, self.signature_pad)
        QWidget.setTabOrder(self.signature_pad, self.clear_signature_button)
        QWidget.setTabOrder(self.clear_signature_button, self.decided_by_combo)
        QWidget.setTabOrder(self.decided_by_combo, self.review_date_edit)
        QWidget.setTabOrder(self.review_date_edit, self.interpreter_mode_combo)
        QWidget.setTabOrder(self.interpreter_mode_combo, self.interpreter_name_edit)
        QWidget.setTabOrder(self.interpreter_name_edit, self.interpreter_language_combo)

        self.retranslateUi(ConsentStep)

        QMetaObject.connectSlotsByName(ConsentStep)
    # setupUi

    def retranslateUi(self, ConsentStep):
        ConsentStep.setWindowTitle(QCoreApplication.translate("ConsentStep", u"Consent", None))
        self.intro_label.setText(QCoreApplication.translate("ConsentStep", u"Go through each purpose with the family in their language: read the notice aloud, or ask the interpreter to, and record their decision. Saying no to one purpose does not stop the others, and they can change their mind at any time.", None))
        self.language_label.setText(QCoreApplication.translate("ConsentStep", u"Notice &language:", None))
#if QT_CONFIG(accessibility)
        self.language_combo.setAccessibleName(QCoreApplication.translate("ConsentStep", u"Notice language", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.purpose_list.setAccessibleName(QCoreApplication.translate("ConsentStep", u"Purposes", None))
#endif // QT_CONFIG(accessibility)
        self.family_notice_label.setText(QCoreApplication.translate("ConsentStep", u"In the family's language", None))
#if QT_CONFIG(accessibility)
        self.family_notice_view.setAccessibleName(QCoreApplication.translate("ConsentStep", u"Notice in the family's language", None))
#endif // QT_CONFIG(accessibility)
        self.staff_notice_label.setText(QCoreApplication.translate("ConsentStep", u"In your language", None))
#if QT_CONFIG(accessibility)
        self.staff_notice_view.setAccessibleName(QCoreApplication.translate("ConsentStep", u"Notice in your language", None))
#endif // QT_CONFIG(accessibility)
        self.decision_label.setText(QCoreApplication.translate("ConsentStep", u"Their decision:", None))
        self.given_radio.setText(QCoreApplication.translate("ConsentStep", u"They &agree", None))
        self.refused_radio.setText(QCoreApplication.translate("ConsentStep", u"They do not a&gree", None))
        self.next_purpose_button.setText(QCoreApplication.translate("ConsentStep", u"Ne&xt purpose", None))
        self.record_group.setTitle(QCoreApplication.translate("ConsentStep", u"How the decision was recorded", None))
        self.method_label.setText(QCoreApplication.translate("ConsentStep", u"&How it was recorded:", None))
#if QT_CONFIG(accessibility)
        self.method_combo.setAccessibleName(QCoreApplication.translate("ConsentStep", u"How it was recorded", None))
#endif // QT_CONFIG(accessibility)
        self.paper_reference_label.setText(QCoreApplication.translate("ConsentStep", u"&Paper form reference:", None))
#if QT_CONFIG(accessibility)
        self.paper_reference_edit.setAccessibleName(QCoreApplication.translate("ConsentStep", u"Paper form reference", None))
#endif // QT_CONFIG(accessibility)
        self.signature_label.setText(QCoreApplication.translate("ConsentStep", u"Signature:", None))
#if QT_CONFIG(accessibility)
        self.signature_pad.setAccessibleName(QCoreApplication.translate("ConsentStep", u"Signature", None))
#endif // QT_CONFIG(accessibility)
        self.signature_hint_label.setText(QCoreApplication.translate("ConsentStep", u"Sign with a finger, pen or mouse.", None))
        self.clear_signature_button.setText(QCoreApplication.translate("ConsentStep", u"C&lear signature", None))
        self.decided_by_label.setText(QCoreApplication.translate("ConsentStep", u"&Who decided:", None))
#if QT_CONFIG(accessibility)
        self.decided_by_combo.setAccessibleName(QCoreApplication.translate("ConsentStep", u"Who decided", None))
#endif // QT_CONFIG(accessibility)
        self.review_label.setText(QCoreApplication.translate("ConsentStep", u"Re&view by:", None))
#if QT_CONFIG(accessibility)
        self.review_date_edit.setAccessibleName(QCoreApplication.translate("ConsentStep", u"Review by", None))
#endif // QT_CONFIG(accessibility)
        self.interpreter_group.setTitle(QCoreApplication.translate("ConsentStep", u"Interpreter", None))
        self.interpreter_mode_label.setText(QCoreApplication.translate("ConsentStep", u"&Interpreter:", None))
#if QT_CONFIG(accessibility)
        self.interpreter_mode_combo.setAccessibleName(QCoreApplication.translate("ConsentStep", u"Interpreter", None))
#endif // QT_CONFIG(accessibility)
        self.interpreter_name_label.setText(QCoreApplication.translate("ConsentStep", u"Interpreter's na&me or agency:", None))
#if QT_CONFIG(accessibility)
        self.interpreter_name_edit.setAccessibleName(QCoreApplication.translate("ConsentStep", u"Interpreter's name or agency", None))
#endif // QT_CONFIG(accessibility)
        self.interpreter_language_label.setText(QCoreApplication.translate("ConsentStep", u"Interpreted lang&uage:", None))
#if QT_CONFIG(accessibility)
        self.interpreter_language_combo.setAccessibleName(QCoreApplication.translate("ConsentStep", u"Interpreted language", None))
#endif // QT_CONFIG(accessibility)
        self.storage_group.setTitle(QCoreApplication.translate("ConsentStep", u"What we will store", None))
#if QT_CONFIG(accessibility)
        self.storage_label.setAccessibleName(QCoreApplication.translate("ConsentStep", u"What we will store", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

