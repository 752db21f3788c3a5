# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'today_page.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QGridLayout, QGroupBox,
    QHBoxLayout, QLabel, QListWidget, QListWidgetItem,
    QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_TodayPage(object):
    def setupUi(self, TodayPage):
        if not TodayPage.objectName():
            TodayPage.setObjectName(u"TodayPage")
        self.today_layout = QVBoxLayout(TodayPage)
        self.today_layout.setObjectName(u"today_layout")
        self.header_layout = QHBoxLayout()
        self.header_layout.setObjectName(u"header_layout")
        self.title_label = QLabel(TodayPage)
        self.title_label.setObjectName(u"title_label")

        self.header_layout.addWidget(self.title_label)

        self.header_spacer = QSpacerItem(40, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.header_layout.addItem(self.header_spacer)

        self.refresh_button = QPushButton(TodayPage)
        self.refresh_button.setObjectName(u"refresh_button")

        self.header_layout.addWidget(self.refresh_button)


        self.today_layout.addLayout(self.header_layout)

        self.date_label = QLabel(TodayPage)
        self.date_label.setObjectName(u"date_label")
        self.date_label.setWordWrap(True)

        self.today_layout.addWidget(self.date_label)

        self.hint_label = QLabel(TodayPage)
        self.hint_label.setObjectName(u"hint_label")
        self.hint_label.setWordWrap(True)

        self.today_layout.addWidget(self.hint_label)

        self.actions_layout = QHBoxLayout()
        self.actions_layout.setObjectName(u"actions_layout")
        self.worker_label = QLabel(TodayPage)
        self.worker_label.setObjectName(u"worker_label")

        self.actions_layout.addWidget(self.worker_label)

        self.worker_combo = QComboBox(TodayPage)
        self.worker_combo.setObjectName(u"worker_combo")

        self.actions_layout.addWidget(self.worker_combo)

        self.worker_spacer = QSpacerItem(40, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actions_layout.addItem(self.worker_spacer)

        self.log_contact_button = QPushButton(TodayPage)
        self.log_contact_button.setObjectName(u"log_contact_button")

        self.actions_layout.addWidget(self.log_contact_button)

        self.done_button = QPushButton(TodayPage)
        self.done_button.setObjectName(u"done_button")

        self.actions_layout.addWidget(self.done_button)

        self.reschedule_button = QPushButton(TodayPage)
        self.reschedule_button.setObjectName(u"reschedule_button")

        self.actions_layout.addWidget(self.reschedule_button)


        self.today_layout.addLayout(self.actions_layout)

        self.feedback_label = QLabel(TodayPage)
        self.feedback_label.setObjectName(u"feedback_label")
        self.feedback_label.setWordWrap(True)

        self.today_layout.addWidget(self.feedback_label)

        self.lists_layout = QGridLayout()
        self.lists_layout.setObjectName(u"lists_layout")
        self.planned_group = QGroupBox(TodayPage)
        self.planned_group.setObjectName(u"planned_group")
        self.planned_layout = QVBoxLayout(self.planned_group)
        self.planned_layout.setObjectName(u"planned_layout")
        self.planned_list = QListWidget(self.planned_group)
        self.planned_list.setObjectName(u"planned_list")
        self.planned_list.setAlternatingRowColors(True)
        self.planned_list.setWordWrap(True)

        self.planned_layout.addWidget(self.planned_list)


        self.lists_layout.addWidget(self.planned_group, 0, 0, 1, 1)

        self.slipped_group = QGroupBox(TodayPage)
        self.slipped_group.setObjectName(u"slipped_group")
        self.slipped_layout = QVBoxLayout(self.slipped_group)
        self.slipped_layout.setObjectName(u"slipped_layout")
        self.slipped_list = QListWidget(self.slipped_group)
        self.slipped_list.setObjectName(u"slipped_list")
        self.slipped_list.setAlternatingRowColors(True)
        self.slipped_list.setWordWrap(True)

        self.slipped_layout.addWidget(self.slipped_list)


        self.lists_layout.addWidget(self.slipped_group, 0, 1, 1, 1)

        self.overdue_group = QGroupBox(TodayPage)
        self.overdue_group.setObjectName(u"overdue_group")
        self.overdue_layout = QVBoxLayout(self.overdue_group)
        self.overdue_layout.setObjectName(u"overdue_layout")
        self.overdue_list = QListWidget(self.overdue_group)
        self.overdue_list.setObjectName(u"overdue_list")
        self.overdue_list.setAlternatingRowColors(True)
        self.overdue_list.setWordWrap(True)

        self.overdue_layout.addWidget(self.overdue_list)


        self.lists_layout.addWidget(self.overdue_group, 1, 0, 1, 1)

        self.due_group = QGroupBox(TodayPage)
        self.due_group.setObjectName(u"due_group")
        self.due_layout = QVBoxLayout(self.due_group)
        self.due_layout.setObjectName(u"due_layout")
        self.due_list = QListWidget(self.due_group)
        self.due_list.setObjectName(u"due_list")
        self.due_list.setAlternatingRowColors(True)
        self.due_list.setWordWrap(True)

        self.due_layout.addWidget(self.due_list)


        self.lists_layout.addWidget(self.due_group, 1, 1, 1, 1)

        self.drafts_group = QGroupBox(TodayPage)
        self.drafts_group.setObjectName(u"drafts_group")
        self.drafts_layout = QVBoxLayout(self.drafts_group)
        self.drafts_layout.setObjectName(u"drafts_layout")
        self.drafts_list = QListWidget(self.drafts_group)
        self.drafts_list.setObjectName(u"drafts_list")
        self.drafts_list.setAlternatingRowColors(True)
        self.drafts_list.setWordWrap(True)

        self.drafts_layout.addWidget(self.drafts_list)


        self.lists_layout.addWidget(self.drafts_group, 2, 0, 1, 1)

        self.consent_group = QGroupBox(TodayPage)
        self.consent_group.setObjectName(u"consent_group")
        self.consent_layout = QVBoxLayout(self.consent_group)
        self.consent_layout.setObjectName(u"consent_layout")
        self.consent_list = QListWidget(self.consent_group)
        self.consent_list.setObjectName(u"consent_list")
        self.consent_list.setAlternatingRowColors(True)
        self.consent_list.setWordWrap(True)

        self.consent_layout.addWidget(self.consent_list)


        self.lists_layout.addWidget(self.consent_group, 2, 1, 1, 1)


        self.today_layout.addLayout(self.lists_layout)

#if QT_CONFIG(shortcut)
        self.worker_label.setBuddy(self.worker_combo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.worker_combo, self.planned_list)
        QWidget.setTabOrder(self.planned_list, self.slipped_list)
        QWidget.setTabOrder(self.slipped_list, self.overdue_list)
        QWidget.setTabOrder(self.overdue_list, self.due_list)
        QWidget.setTabOrder(self.due_list, self.drafts_list)
        QWidget.setTabOrder(self.drafts_list, self.consent_list)
        QWidget.setTabOrder(self.consent_list, self.log_contact_button)
        QWidget.setTabOrder(self.log_contact_button, self.done_button)
        QWidget.setTabOrder(self.done_button, self.reschedule_button)
        QWidget.setTabOrder(self.reschedule_button, self.refresh_button)

        self.retranslateUi(TodayPage)

        QMetaObject.connectSlotsByName(TodayPage)
    # setupUi

    def retranslateUi(self, TodayPage):
        TodayPage.setWindowTitle(QCoreApplication.translate("TodayPage", u"Today", None))
        self.title_label.setText(QCoreApplication.translate("TodayPage", u"Today", None))
        self.refresh_button.setText(QCoreApplication.translate("TodayPage", u"&Refresh", None))
        self.date_label.setText("")
        self.hint_label.setText(QCoreApplication.translate("TodayPage", u"Click a line, or press Enter on it, to open the family.", None))
        self.worker_label.setText(QCoreApplication.translate("TodayPage", u"&Visits of:", None))
#if QT_CONFIG(accessibility)
        self.worker_combo.setAccessibleName(QCoreApplication.translate("TodayPage", u"Whose visits to show", None))
#endif // QT_CONFIG(accessibility)
        self.log_contact_button.setText(QCoreApplication.translate("TodayPage", u"&Log contact\u2026", None))
        self.done_button.setText(QCoreApplication.translate("TodayPage", u"Mark &done", None))
        self.reschedule_button.setText(QCoreApplication.translate("TodayPage", u"Re&schedule\u2026", None))
        self.feedback_label.setText("")
        self.planned_group.setTitle(QCoreApplication.translate("TodayPage", u"This week's planned visits", None))
#if QT_CONFIG(accessibility)
        self.planned_list.setAccessibleName(QCoreApplication.translate("TodayPage", u"This week's planned visits", None))
#endif // QT_CONFIG(accessibility)
        self.slipped_group.setTitle(QCoreApplication.translate("TodayPage", u"Slipped visits", None))
#if QT_CONFIG(accessibility)
        self.slipped_list.setAccessibleName(QCoreApplication.translate("TodayPage", u"Families whose visits slipped", None))
#endif // QT_CONFIG(accessibility)
        self.overdue_group.setTitle(QCoreApplication.translate("TodayPage", u"Overdue", None))
#if QT_CONFIG(accessibility)
        self.overdue_list.setAccessibleName(QCoreApplication.translate("TodayPage", u"Overdue follow-ups", None))
#endif // QT_CONFIG(accessibility)
        self.due_group.setTitle(QCoreApplication.translate("TodayPage", u"Due this week", None))
#if QT_CONFIG(accessibility)
        self.due_list.setAccessibleName(QCoreApplication.translate("TodayPage", u"Follow-ups due this week", None))
#endif // QT_CONFIG(accessibility)
        self.drafts_group.setTitle(QCoreApplication.translate("TodayPage", u"Unfinished intakes", None))
#if QT_CONFIG(accessibility)
        self.drafts_list.setAccessibleName(QCoreApplication.translate("TodayPage", u"Unfinished intakes", None))
#endif // QT_CONFIG(accessibility)
        self.consent_group.setTitle(QCoreApplication.translate("TodayPage", u"Consent reviews due", None))
#if QT_CONFIG(accessibility)
        self.consent_list.setAccessibleName(QCoreApplication.translate("TodayPage", u"Consent reviews due", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

