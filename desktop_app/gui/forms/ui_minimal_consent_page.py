# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'minimal_consent_page.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QFormLayout,
    QLabel, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget, QWizardPage)

class Ui_MinimalConsentPage(object):
    def setupUi(self, MinimalConsentPage):
        if not MinimalConsentPage.objectName():
            MinimalConsentPage.setObjectName(u"MinimalConsentPage")
        self.consent_layout = QVBoxLayout(MinimalConsentPage)
        self.consent_layout.setObjectName(u"consent_layout")
        self.minimal_note_label = QLabel(MinimalConsentPage)
        self.minimal_note_label.setObjectName(u"minimal_note_label")
        self.minimal_note_label.setWordWrap(True)

        self.consent_layout.addWidget(self.minimal_note_label)

        self.consent_explain_label = QLabel(MinimalConsentPage)
        self.consent_explain_label.setObjectName(u"consent_explain_label")
        self.consent_explain_label.setWordWrap(True)

        self.consent_layout.addWidget(self.consent_explain_label)

        self.case_record_check = QCheckBox(MinimalConsentPage)
        self.case_record_check.setObjectName(u"case_record_check")

        self.consent_layout.addWidget(self.case_record_check)

        self.sharing_check = QCheckBox(MinimalConsentPage)
        self.sharing_check.setObjectName(u"sharing_check")

        self.consent_layout.addWidget(self.sharing_check)

        self.consent_form = QFormLayout()
        self.consent_form.setObjectName(u"consent_form")
        self.method_label = QLabel(MinimalConsentPage)
        self.method_label.setObjectName(u"method_label")

        self.consent_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.method_label)

        self.method_combo = QComboBox(MinimalConsentPage)
        self.method_combo.setObjectName(u"method_combo")

        self.consent_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.method_combo)


        self.consent_layout.addLayout(self.consent_form)

        self.consent_message_label = QLabel(MinimalConsentPage)
        self.consent_message_label.setObjectName(u"consent_message_label")
        self.consent_message_label.setText(u"")
        self.consent_message_label.setWordWrap(True)

        self.consent_layout.addWidget(self.consent_message_label)

        self.consent_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.consent_layout.addItem(self.consent_spacer)

#if QT_CONFIG(shortcut)
        self.method_label.setBuddy(self.method_combo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.case_record_check, self.sharing_check)
        QWidget.setTabOrder(self.sharing_check, self.method_combo)

        self.retranslateUi(MinimalConsentPage)

        QMetaObject.connectSlotsByName(MinimalConsentPage)
    # setupUi

    def retranslateUi(self, MinimalConsentPage):
        MinimalConsentPage.setTitle(QCoreApplication.translate("MinimalConsentPage", u"Consent (minimal step)", None))
        MinimalConsentPage.setSubTitle(QCoreApplication.translate("MinimalConsentPage", u"Ask before you record anything about the family.", None))
        self.minimal_note_label.setText(QCoreApplication.translate("MinimalConsentPage", u"This is a minimal consent step. The full consent step (each purpose, the notice in the family's language, a printable receipt) comes with the consent feature.", None))
        self.consent_explain_label.setText(QCoreApplication.translate("MinimalConsentPage", u"Explain, through the interpreter if there is one, that Hearth keeps a short encrypted record on this laptop so the school can help the family, and that they can ask to see it or have it deleted at any time.", None))
        self.case_record_check.setText(QCoreApplication.translate("MinimalConsentPage", u"The family agreed to Hearth keeping this &record", None))
        self.sharing_check.setText(QCoreApplication.translate("MinimalConsentPage", u"The family agreed that we may share their &details with a service when we refer them", None))
        self.method_label.setText(QCoreApplication.translate("MinimalConsentPage", u"How they &agreed:", None))
#if QT_CONFIG(accessibility)
        self.method_combo.setAccessibleName(QCoreApplication.translate("MinimalConsentPage", u"How they agreed", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

