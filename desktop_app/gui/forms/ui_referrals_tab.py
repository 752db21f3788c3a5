# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'referrals_tab.ui'
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
    QFormLayout, QFrame, QGroupBox, QHBoxLayout,
    QLabel, QLineEdit, QListWidget, QListWidgetItem,
    QPushButton, QRadioButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_ReferralsTab(object):
    def setupUi(self, ReferralsTab):
        if not ReferralsTab.objectName():
            ReferralsTab.setObjectName(u"ReferralsTab")
        self.referrals_tab_layout = QVBoxLayout(ReferralsTab)
        self.referrals_tab_layout.setObjectName(u"referrals_tab_layout")
        self.referrals_tab_layout.setContentsMargins(0, 0, 0, 0)
        self.actions_layout = QHBoxLayout()
        self.actions_layout.setObjectName(u"actions_layout")
        self.make_referral_button = QPushButton(ReferralsTab)
        self.make_referral_button.setObjectName(u"make_referral_button")

        self.actions_layout.addWidget(self.make_referral_button)

        self.print_slip_button = QPushButton(ReferralsTab)
        self.print_slip_button.setObjectName(u"print_slip_button")

        self.actions_layout.addWidget(self.print_slip_button)

        self.actions_spacer = QSpacerItem(40, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actions_layout.addItem(self.actions_spacer)


        self.referrals_tab_layout.addLayout(self.actions_layout)

        self.consent_frame = QFrame(ReferralsTab)
        self.consent_frame.setObjectName(u"consent_frame")
        self.consent_frame.setFrameShape(QFrame.Shape.StyledPanel)
        self.consent_layout = QHBoxLayout(self.consent_frame)
        self.consent_layout.setObjectName(u"consent_layout")
        self.consent_message_label = QLabel(self.consent_frame)
        self.consent_message_label.setObjectName(u"consent_message_label")
        self.consent_message_label.setText(u"")
        self.consent_message_label.setWordWrap(True)

        self.consent_layout.addWidget(self.consent_message_label)

        self.review_consent_button = QPushButton(self.consent_frame)
        self.review_consent_button.setObjectName(u"review_consent_button")

        self.consent_layout.addWidget(self.review_consent_button)


        self.referrals_tab_layout.addWidget(self.consent_frame)

        self.new_referral_group = QGroupBox(ReferralsTab)
        self.new_referral_group.setObjectName(u"new_referral_group")
        self.new_referral_form = QFormLayout(self.new_referral_group)
        self.new_referral_form.setObjectName(u"new_referral_form")
        self.need_label = QLabel(self.new_referral_group)
        self.need_label.setObjectName(u"need_label")

        self.new_referral_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.need_label)

        self.need_combo = QComboBox(self.new_referral_group)
        self.need_combo.setObjectName(u"need_combo")

        self.new_referral_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.need_combo)

        self.service_label = QLabel(self.new_referral_group)
        self.service_label.setObjectName(u"service_label")

        self.new_referral_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.service_label)

        self.service_list = QListWidget(self.new_referral_group)
        self.service_list.setObjectName(u"service_list")
        self.service_list.setMinimumSize(QSize(0, 90))
        self.service_list.setMaximumSize(QSize(16777215, 150))

        self.new_referral_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.service_list)

        self.service_hint_label = QLabel(self.new_referral_group)
        self.service_hint_label.setObjectName(u"service_hint_label")
        self.service_hint_label.setText(u"")
        self.service_hint_label.setWordWrap(True)

        self.new_referral_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.service_hint_label)

        self.start_label = QLabel(self.new_referral_group)
        self.start_label.setObjectName(u"start_label")

        self.new_referral_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.start_label)

        self.start_layout = QVBoxLayout()
        self.start_layout.setObjectName(u"start_layout")
        self.referred_radio = QRadioButton(self.new_referral_group)
        self.referred_radio.setObjectName(u"referred_radio")
        self.referred_radio.setChecked(True)

        self.start_layout.addWidget(self.referred_radio)

        self.suggested_radio = QRadioButton(self.new_referral_group)
        self.suggested_radio.setObjectName(u"suggested_radio")

        self.start_layout.addWidget(self.suggested_radio)


        self.new_referral_form.setLayout(3, QFormLayout.ItemRole.FieldRole, self.start_layout)

        self.new_follow_up_check = QCheckBox(self.new_referral_group)
        self.new_follow_up_check.setObjectName(u"new_follow_up_check")
        self.new_follow_up_check.setChecked(True)

        self.new_referral_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.new_follow_up_check)

        self.new_follow_up_edit = QDateEdit(self.new_referral_group)
        self.new_follow_up_edit.setObjectName(u"new_follow_up_edit")
        self.new_follow_up_edit.setCalendarPopup(True)

        self.new_referral_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.new_follow_up_edit)

        self.new_message_label = QLabel(self.new_referral_group)
        self.new_message_label.setObjectName(u"new_message_label")
        self.new_message_label.setText(u"")
        self.new_message_label.setWordWrap(True)

        self.new_referral_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.new_message_label)

        self.new_buttons_layout = QHBoxLayout()
        self.new_buttons_layout.setObjectName(u"new_buttons_layout")
        self.save_referral_button = QPushButton(self.new_referral_group)
        self.save_referral_button.setObjectName(u"save_referral_button")

        self.new_buttons_layout.addWidget(self.save_referral_button)

        self.cancel_referral_button = QPushButton(self.new_referral_group)
        self.cancel_referral_button.setObjectName(u"cancel_referral_button")

        self.new_buttons_layout.addWidget(self.cancel_referral_button)

        self.new_buttons_spacer = QSpacerItem(40, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.new_buttons_layout.addItem(self.new_buttons_spacer)


        self.new_referral_form.setLayout(6, QFormLayout.ItemRole.FieldRole, self.new_buttons_layout)


        self.referrals_tab_layout.addWidget(self.new_referral_group)

        self.selected_group = QGroupBox(ReferralsTab)
        self.selected_group.setObjectName(u"selected_group")
        self.selected_layout = QVBoxLayout(self.selected_group)
        self.selected_layout.setObjectName(u"selected_layout")
        self.history_label = QLabel(self.selected_group)
        self.history_label.setObjectName(u"history_label")
        self.history_label.setText(u"")
        self.history_label.setWordWrap(True)
        self.history_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.selected_layout.addWidget(self.history_label)

        self.blocked_label = QLabel(self.selected_group)
        self.blocked_label.setObjectName(u"blocked_label")
        self.blocked_label.setText(u"")
        self.blocked_label.setWordWrap(True)

        self.selected_layout.addWidget(self.blocked_label)

        self.move_form = QFormLayout()
        self.move_form.setObjectName(u"move_form")
        self.status_label = QLabel(self.selected_group)
        self.status_label.setObjectName(u"status_label")

        self.move_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.status_label)

        self.status_combo = QComboBox(self.selected_group)
        self.status_combo.setObjectName(u"status_combo")

        self.move_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.status_combo)

        self.status_date_label = QLabel(self.selected_group)
        self.status_date_label.setObjectName(u"status_date_label")

        self.move_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.status_date_label)

        self.status_date_edit = QDateEdit(self.selected_group)
        self.status_date_edit.setObjectName(u"status_date_edit")
        self.status_date_edit.setCalendarPopup(True)

        self.move_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.status_date_edit)

        self.outcome_label = QLabel(self.selected_group)
        self.outcome_label.setObjectName(u"outcome_label")

        self.move_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.outcome_label)

        self.outcome_edit = QLineEdit(self.selected_group)
        self.outcome_edit.setObjectName(u"outcome_edit")

        self.move_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.outcome_edit)

        self.outcome_message = QLabel(self.selected_group)
        self.outcome_message.setObjectName(u"outcome_message")
        self.outcome_message.setText(u"")
        self.outcome_message.setWordWrap(True)

        self.move_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.outcome_message)

        self.follow_up_check = QCheckBox(self.selected_group)
        self.follow_up_check.setObjectName(u"follow_up_check")

        self.move_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.follow_up_check)

        self.follow_up_edit = QDateEdit(self.selected_group)
        self.follow_up_edit.setObjectName(u"follow_up_edit")
        self.follow_up_edit.setCalendarPopup(True)

        self.move_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.follow_up_edit)

        self.status_message_label = QLabel(self.selected_group)
        self.status_message_label.setObjectName(u"status_message_label")
        self.status_message_label.setText(u"")
        self.status_message_label.setWordWrap(True)

        self.move_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.status_message_label)

        self.record_layout = QHBoxLayout()
        self.record_layout.setObjectName(u"record_layout")
        self.record_button = QPushButton(self.selected_group)
        self.record_button.setObjectName(u"record_button")

        self.record_layout.addWidget(self.record_button)

        self.record_spacer = QSpacerItem(40, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.record_layout.addItem(self.record_spacer)


        self.move_form.setLayout(6, QFormLayout.ItemRole.FieldRole, self.record_layout)


        self.selected_layout.addLayout(self.move_form)


        self.referrals_tab_layout.addWidget(self.selected_group)

#if QT_CONFIG(shortcut)
        self.need_label.setBuddy(self.need_combo)
        self.service_label.setBuddy(self.service_list)
        self.start_label.setBuddy(self.referred_radio)
        self.status_label.setBuddy(self.status_combo)
        self.status_date_label.setBuddy(self.status_date_edit)
        self.outcome_label.setBuddy(self.outcome_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.make_referral_button, self.print_slip_button)
        QWidget.setTabOrder(self.print_slip_button, self.review_consent_button)
        QWidget.setTabOrder(self.review_consent_button, self.need_combo)
        QWidget.setTabOrder(self.need_combo, self.service_list)
        QWidget.setTabOrder(self.service_list, self.referred_radio)
        QWidget.setTabOrder(self.referred_radio, self.suggested_radio)
        QWidget.setTabOrder(self.suggested_radio, self.new_follow_up_check)
        QWidget.setTabOrder(self.new_follow_up_check, self.new_follow_up_edit)
        QWidget.setTabOrder(self.new_follow_up_edit, self.save_referral_button)
        QWidget.setTabOrder(self.save_referral_button, self.cancel_referral_button)
        QWidget.setTabOrder(self.cancel_referral_button, self.status_combo)
        QWidget.setTabOrder(self.status_combo, self.status_date_edit)
        QWidget.setTabOrder(self.status_date_edit, self.outcome_edit)
        QWidget.setTabOrder(self.outcome_edit, self.follow_up_check)
        QWidget.setTabOrder(self.follow_up_check, self.follow_up_edit)
        QWidget.setTabOrder(self.follow_up_edit, self.record_button)

        self.retranslateUi(ReferralsTab)

        QMetaObject.connectSlotsByName(ReferralsTab)
    # setupUi

    def retranslateUi(self, ReferralsTab):
        ReferralsTab.setWindowTitle(QCoreApplication.translate("ReferralsTab", u"Referrals", None))
        self.make_referral_button.setText(QCoreApplication.translate("ReferralsTab", u"&Make a referral\u2026", None))
        self.print_slip_button.setText(QCoreApplication.translate("ReferralsTab", u"Pr&int referral slip\u2026", None))
        self.review_consent_button.setText(QCoreApplication.translate("ReferralsTab", u"Revie&w consent\u2026", None))
        self.new_referral_group.setTitle(QCoreApplication.translate("ReferralsTab", u"New referral", None))
        self.need_label.setText(QCoreApplication.translate("ReferralsTab", u"F&or need:", None))
#if QT_CONFIG(accessibility)
        self.need_combo.setAccessibleName(QCoreApplication.translate("ReferralsTab", u"For need", None))
#endif // QT_CONFIG(accessibility)
        self.service_label.setText(QCoreApplication.translate("ReferralsTab", u"Ser&vice:", None))
#if QT_CONFIG(accessibility)
        self.service_list.setAccessibleName(QCoreApplication.translate("ReferralsTab", u"Service", None))
#endif // QT_CONFIG(accessibility)
        self.start_label.setText(QCoreApplication.translate("ReferralsTab", u"Start &as:", None))
        self.referred_radio.setText(QCoreApplication.translate("ReferralsTab", u"Referred: their details go to the service today", None))
        self.suggested_radio.setText(QCoreApplication.translate("ReferralsTab", u"Suggested: talk it over first, nothing is sent yet", None))
        self.new_follow_up_check.setText(QCoreApplication.translate("ReferralsTab", u"Follo&w up on:", None))
#if QT_CONFIG(accessibility)
        self.new_follow_up_edit.setAccessibleName(QCoreApplication.translate("ReferralsTab", u"Follow up on", None))
#endif // QT_CONFIG(accessibility)
        self.save_referral_button.setText(QCoreApplication.translate("ReferralsTab", u"Save the referra&l", None))
        self.cancel_referral_button.setText(QCoreApplication.translate("ReferralsTab", u"Cancel", None))
        self.selected_group.setTitle(QCoreApplication.translate("ReferralsTab", u"The referral chosen", None))
        self.status_label.setText(QCoreApplication.translate("ReferralsTab", u"Mo&ve to:", None))
#if QT_CONFIG(accessibility)
        self.status_combo.setAccessibleName(QCoreApplication.translate("ReferralsTab", u"Move to", None))
#endif // QT_CONFIG(accessibility)
        self.status_date_label.setText(QCoreApplication.translate("ReferralsTab", u"&On:", None))
#if QT_CONFIG(accessibility)
        self.status_date_edit.setAccessibleName(QCoreApplication.translate("ReferralsTab", u"On", None))
#endif // QT_CONFIG(accessibility)
        self.outcome_label.setText(QCoreApplication.translate("ReferralsTab", u"O&utcome:", None))
#if QT_CONFIG(accessibility)
        self.outcome_edit.setAccessibleName(QCoreApplication.translate("ReferralsTab", u"Outcome", None))
#endif // QT_CONFIG(accessibility)
        self.outcome_edit.setPlaceholderText(QCoreApplication.translate("ReferralsTab", u"A short note: what the service did, or why not", None))
        self.follow_up_check.setText(QCoreApplication.translate("ReferralsTab", u"Fo&llow up on:", None))
#if QT_CONFIG(accessibility)
        self.follow_up_edit.setAccessibleName(QCoreApplication.translate("ReferralsTab", u"Follow up on", None))
#endif // QT_CONFIG(accessibility)
        self.record_button.setText(QCoreApplication.translate("ReferralsTab", u"Record the chan&ge", None))
    # retranslateUi

