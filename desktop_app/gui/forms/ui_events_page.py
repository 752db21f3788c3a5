# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'events_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QGridLayout, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QListWidget, QListWidgetItem, QPushButton, QSizePolicy,
    QSpacerItem, QSpinBox, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget)

class Ui_EventsPage(object):
    def setupUi(self, EventsPage):
        if not EventsPage.objectName():
            EventsPage.setObjectName(u"EventsPage")
        self.events_layout = QVBoxLayout(EventsPage)
        self.events_layout.setObjectName(u"events_layout")
        self.header_layout = QHBoxLayout()
        self.header_layout.setObjectName(u"header_layout")
        self.title_label = QLabel(EventsPage)
        self.title_label.setObjectName(u"title_label")

        self.header_layout.addWidget(self.title_label)

        self.header_spacer = QSpacerItem(40, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.header_layout.addItem(self.header_spacer)

        self.new_event_button = QPushButton(EventsPage)
        self.new_event_button.setObjectName(u"new_event_button")

        self.header_layout.addWidget(self.new_event_button)


        self.events_layout.addLayout(self.header_layout)

        self.hint_label = QLabel(EventsPage)
        self.hint_label.setObjectName(u"hint_label")
        self.hint_label.setWordWrap(True)

        self.events_layout.addWidget(self.hint_label)

        self.message_label = QLabel(EventsPage)
        self.message_label.setObjectName(u"message_label")
        self.message_label.setWordWrap(True)

        self.events_layout.addWidget(self.message_label)

        self.content_layout = QHBoxLayout()
        self.content_layout.setObjectName(u"content_layout")
        self.lists_layout = QVBoxLayout()
        self.lists_layout.setObjectName(u"lists_layout")
        self.upcoming_group = QGroupBox(EventsPage)
        self.upcoming_group.setObjectName(u"upcoming_group")
        self.upcoming_layout = QVBoxLayout(self.upcoming_group)
        self.upcoming_layout.setObjectName(u"upcoming_layout")
        self.upcoming_table = QTableWidget(self.upcoming_group)
        self.upcoming_table.setObjectName(u"upcoming_table")
        self.upcoming_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.upcoming_table.setAlternatingRowColors(True)
        self.upcoming_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.upcoming_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.upcoming_table.setWordWrap(True)

        self.upcoming_layout.addWidget(self.upcoming_table)


        self.lists_layout.addWidget(self.upcoming_group)

        self.past_group = QGroupBox(EventsPage)
        self.past_group.setObjectName(u"past_group")
        self.past_layout = QVBoxLayout(self.past_group)
        self.past_layout.setObjectName(u"past_layout")
        self.past_table = QTableWidget(self.past_group)
        self.past_table.setObjectName(u"past_table")
        self.past_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.past_table.setAlternatingRowColors(True)
        self.past_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.past_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.past_table.setWordWrap(True)

        self.past_layout.addWidget(self.past_table)


        self.lists_layout.addWidget(self.past_group)


        self.content_layout.addLayout(self.lists_layout)

        self.attendance_group = QGroupBox(EventsPage)
        self.attendance_group.setObjectName(u"attendance_group")
        self.attendance_layout = QVBoxLayout(self.attendance_group)
        self.attendance_layout.setObjectName(u"attendance_layout")
        self.event_label = QLabel(self.attendance_group)
        self.event_label.setObjectName(u"event_label")
        self.event_label.setWordWrap(True)

        self.attendance_layout.addWidget(self.event_label)

        self.event_buttons_layout = QHBoxLayout()
        self.event_buttons_layout.setObjectName(u"event_buttons_layout")
        self.edit_event_button = QPushButton(self.attendance_group)
        self.edit_event_button.setObjectName(u"edit_event_button")

        self.event_buttons_layout.addWidget(self.edit_event_button)

        self.delete_event_button = QPushButton(self.attendance_group)
        self.delete_event_button.setObjectName(u"delete_event_button")

        self.event_buttons_layout.addWidget(self.delete_event_button)

        self.event_buttons_spacer = QSpacerItem(40, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.event_buttons_layout.addItem(self.event_buttons_spacer)


        self.attendance_layout.addLayout(self.event_buttons_layout)

        self.attendance_table = QTableWidget(self.attendance_group)
        self.attendance_table.setObjectName(u"attendance_table")
        self.attendance_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.attendance_table.setAlternatingRowColors(True)
        self.attendance_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.attendance_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.attendance_table.setWordWrap(True)

        self.attendance_layout.addWidget(self.attendance_table)

        self.attendance_total_layout = QHBoxLayout()
        self.attendance_total_layout.setObjectName(u"attendance_total_layout")
        self.attendance_total_label = QLabel(self.attendance_group)
        self.attendance_total_label.setObjectName(u"attendance_total_label")
        self.attendance_total_label.setWordWrap(True)

        self.attendance_total_layout.addWidget(self.attendance_total_label)

        self.attendance_total_spacer = QSpacerItem(40, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.attendance_total_layout.addItem(self.attendance_total_spacer)

        self.remove_attendance_button = QPushButton(self.attendance_group)
        self.remove_attendance_button.setObjectName(u"remove_attendance_button")

        self.attendance_total_layout.addWidget(self.remove_attendance_button)


        self.attendance_layout.addLayout(self.attendance_total_layout)

        self.add_attendance_layout = QGridLayout()
        self.add_attendance_layout.setObjectName(u"add_attendance_layout")
        self.attendee_search_label = QLabel(self.attendance_group)
        self.attendee_search_label.setObjectName(u"attendee_search_label")

        self.add_attendance_layout.addWidget(self.attendee_search_label, 0, 0, 1, 1)

        self.attendee_search_edit = QLineEdit(self.attendance_group)
        self.attendee_search_edit.setObjectName(u"attendee_search_edit")
        self.attendee_search_edit.setClearButtonEnabled(True)

        self.add_attendance_layout.addWidget(self.attendee_search_edit, 0, 1, 1, 3)

        self.attendee_results_list = QListWidget(self.attendance_group)
        self.attendee_results_list.setObjectName(u"attendee_results_list")
        self.attendee_results_list.setMaximumSize(QSize(16777215, 120))

        self.add_attendance_layout.addWidget(self.attendee_results_list, 1, 1, 1, 3)

        self.people_label = QLabel(self.attendance_group)
        self.people_label.setObjectName(u"people_label")

        self.add_attendance_layout.addWidget(self.people_label, 2, 0, 1, 1)

        self.people_spin = QSpinBox(self.attendance_group)
        self.people_spin.setObjectName(u"people_spin")
        self.people_spin.setMinimum(1)
        self.people_spin.setMaximum(30)
        self.people_spin.setValue(1)

        self.add_attendance_layout.addWidget(self.people_spin, 2, 1, 1, 1)

        self.add_attendance_button = QPushButton(self.attendance_group)
        self.add_attendance_button.setObjectName(u"add_attendance_button")

        self.add_attendance_layout.addWidget(self.add_attendance_button, 2, 2, 1, 1)

        self.add_attendance_spacer = QSpacerItem(40, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.add_attendance_layout.addItem(self.add_attendance_spacer, 2, 3, 1, 1)


        self.attendance_layout.addLayout(self.add_attendance_layout)


        self.content_layout.addWidget(self.attendance_group)

        self.content_layout.setStretch(0, 3)
        self.content_layout.setStretch(1, 2)

        self.events_layout.addLayout(self.content_layout)

#if QT_CONFIG(shortcut)
        self.attendee_search_label.setBuddy(self.attendee_search_edit)
        self.people_label.setBuddy(self.people_spin)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.new_event_button, self.upcoming_table)
        QWidget.setTabOrder(self.upcoming_table, self.past_table)
        QWidget.setTabOrder(self.past_table, self.edit_event_button)
        QWidget.setTabOrder(self.edit_event_button, self.delete_event_button)
        QWidget.setTabOrder(self.delete_event_button, self.attendance_table)
        QWidget.setTabOrder(self.attendance_table, self.remove_attendance_button)
        QWidget.setTabOrder(self.remove_attendance_button, self.attendee_search_edit)
        QWidget.setTabOrder(self.attendee_search_edit, self.attendee_results_list)
        QWidget.setTabOrder(self.attendee_results_list, self.people_spin)
        QWidget.setTabOrder(self.people_spin, self.add_attendance_button)

        self.retranslateUi(EventsPage)

        QMetaObject.connectSlotsByName(EventsPage)
    # setupUi

    def retranslateUi(self, EventsPage):
        EventsPage.setWindowTitle(QCoreApplication.translate("EventsPage", u"Events", None))
        self.title_label.setText(QCoreApplication.translate("EventsPage", u"Events", None))
        self.new_event_button.setText(QCoreApplication.translate("EventsPage", u"&New event\u2026", None))
#if QT_CONFIG(tooltip)
        self.new_event_button.setToolTip(QCoreApplication.translate("EventsPage", u"Add a coffee morning, ESOL session, workshop or celebration (Ctrl+Shift+N).", None))
#endif // QT_CONFIG(tooltip)
        self.hint_label.setText(QCoreApplication.translate("EventsPage", u"Coffee mornings, ESOL sessions for parents, workshops and celebrations that bring families together. Who came is counted in the anonymised statistics of families who agreed to them.", None))
        self.message_label.setText("")
        self.upcoming_group.setTitle(QCoreApplication.translate("EventsPage", u"Today and upcoming", None))
#if QT_CONFIG(accessibility)
        self.upcoming_table.setAccessibleName(QCoreApplication.translate("EventsPage", u"Upcoming events", None))
#endif // QT_CONFIG(accessibility)
        self.past_group.setTitle(QCoreApplication.translate("EventsPage", u"Past", None))
#if QT_CONFIG(accessibility)
        self.past_table.setAccessibleName(QCoreApplication.translate("EventsPage", u"Past events", None))
#endif // QT_CONFIG(accessibility)
        self.attendance_group.setTitle(QCoreApplication.translate("EventsPage", u"Attendance", None))
        self.event_label.setText("")
        self.edit_event_button.setText(QCoreApplication.translate("EventsPage", u"&Edit event\u2026", None))
        self.delete_event_button.setText(QCoreApplication.translate("EventsPage", u"De&lete event\u2026", None))
#if QT_CONFIG(accessibility)
        self.attendance_table.setAccessibleName(QCoreApplication.translate("EventsPage", u"Families who came", None))
#endif // QT_CONFIG(accessibility)
        self.attendance_total_label.setText("")
        self.remove_attendance_button.setText(QCoreApplication.translate("EventsPage", u"&Remove from the event", None))
        self.attendee_search_label.setText(QCoreApplication.translate("EventsPage", u"Add a fa&mily:", None))
#if QT_CONFIG(accessibility)
        self.attendee_search_edit.setAccessibleName(QCoreApplication.translate("EventsPage", u"Search for a family who came", None))
#endif // QT_CONFIG(accessibility)
        self.attendee_search_edit.setPlaceholderText(QCoreApplication.translate("EventsPage", u"Reference or name, for example HH-7F3K", None))
#if QT_CONFIG(accessibility)
        self.attendee_results_list.setAccessibleName(QCoreApplication.translate("EventsPage", u"Families found", None))
#endif // QT_CONFIG(accessibility)
        self.people_label.setText(QCoreApplication.translate("EventsPage", u"&People who came:", None))
#if QT_CONFIG(accessibility)
        self.people_spin.setAccessibleName(QCoreApplication.translate("EventsPage", u"How many people from the family came", None))
#endif // QT_CONFIG(accessibility)
        self.add_attendance_button.setText(QCoreApplication.translate("EventsPage", u"&Add to the event", None))
    # retranslateUi

