# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'reports_page.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QGroupBox, QHBoxLayout,
    QHeaderView, QLabel, QPlainTextEdit, QProgressBar,
    QPushButton, QScrollArea, QSizePolicy, QSpacerItem,
    QTabWidget, QTreeWidget, QTreeWidgetItem, QVBoxLayout,
    QWidget)

class Ui_ReportsPage(object):
    def setupUi(self, ReportsPage):
        if not ReportsPage.objectName():
            ReportsPage.setObjectName(u"ReportsPage")
        self.reports_layout = QVBoxLayout(ReportsPage)
        self.reports_layout.setObjectName(u"reports_layout")
        self.title_label = QLabel(ReportsPage)
        self.title_label.setObjectName(u"title_label")

        self.reports_layout.addWidget(self.title_label)

        self.intro_label = QLabel(ReportsPage)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.reports_layout.addWidget(self.intro_label)

        self.reports_tabs = QTabWidget(ReportsPage)
        self.reports_tabs.setObjectName(u"reports_tabs")
        self.preview_tab = QWidget()
        self.preview_tab.setObjectName(u"preview_tab")
        self.preview_layout = QVBoxLayout(self.preview_tab)
        self.preview_layout.setObjectName(u"preview_layout")
        self.choose_layout = QHBoxLayout()
        self.choose_layout.setObjectName(u"choose_layout")
        self.period_kind_label = QLabel(self.preview_tab)
        self.period_kind_label.setObjectName(u"period_kind_label")

        self.choose_layout.addWidget(self.period_kind_label)

        self.period_kind_combo = QComboBox(self.preview_tab)
        self.period_kind_combo.addItem("")
        self.period_kind_combo.addItem("")
        self.period_kind_combo.setObjectName(u"period_kind_combo")

        self.choose_layout.addWidget(self.period_kind_combo)

        self.period_label = QLabel(self.preview_tab)
        self.period_label.setObjectName(u"period_label")

        self.choose_layout.addWidget(self.period_label)

        self.period_combo = QComboBox(self.preview_tab)
        self.period_combo.setObjectName(u"period_combo")
        self.period_combo.setMinimumContentsLength(18)
        self.period_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.choose_layout.addWidget(self.period_combo)

        self.area_label = QLabel(self.preview_tab)
        self.area_label.setObjectName(u"area_label")

        self.choose_layout.addWidget(self.area_label)

        self.area_combo = QComboBox(self.preview_tab)
        self.area_combo.setObjectName(u"area_combo")
        self.area_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.choose_layout.addWidget(self.area_combo)

        self.choose_spacer = QSpacerItem(40, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.choose_layout.addItem(self.choose_spacer)

        self.preview_button = QPushButton(self.preview_tab)
        self.preview_button.setObjectName(u"preview_button")

        self.choose_layout.addWidget(self.preview_button)


        self.preview_layout.addLayout(self.choose_layout)

        self.period_hint_label = QLabel(self.preview_tab)
        self.period_hint_label.setObjectName(u"period_hint_label")
        self.period_hint_label.setWordWrap(True)

        self.preview_layout.addWidget(self.period_hint_label)

        self.status_layout = QHBoxLayout()
        self.status_layout.setObjectName(u"status_layout")
        self.status_label = QLabel(self.preview_tab)
        self.status_label.setObjectName(u"status_label")
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.status_layout.addWidget(self.status_label)

        self.revise_button = QPushButton(self.preview_tab)
        self.revise_button.setObjectName(u"revise_button")

        self.status_layout.addWidget(self.revise_button)


        self.preview_layout.addLayout(self.status_layout)

        self.busy_layout = QHBoxLayout()
        self.busy_layout.setObjectName(u"busy_layout")
        self.busy_label = QLabel(self.preview_tab)
        self.busy_label.setObjectName(u"busy_label")

        self.busy_layout.addWidget(self.busy_label)

        self.busy_bar = QProgressBar(self.preview_tab)
        self.busy_bar.setObjectName(u"busy_bar")
        self.busy_bar.setMaximum(0)
        self.busy_bar.setTextVisible(False)

        self.busy_layout.addWidget(self.busy_bar)


        self.preview_layout.addLayout(self.busy_layout)

        self.figures_tabs = QTabWidget(self.preview_tab)
        self.figures_tabs.setObjectName(u"figures_tabs")
        self.tables_tab = QWidget()
        self.tables_tab.setObjectName(u"tables_tab")
        self.tables_layout = QVBoxLayout(self.tables_tab)
        self.tables_layout.setObjectName(u"tables_layout")
        self.summary_label = QLabel(self.tables_tab)
        self.summary_label.setObjectName(u"summary_label")
        self.summary_label.setWordWrap(True)

        self.tables_layout.addWidget(self.summary_label)

        self.figures_tree = QTreeWidget(self.tables_tab)
        self.figures_tree.setObjectName(u"figures_tree")
        self.figures_tree.setAlternatingRowColors(True)
        self.figures_tree.setUniformRowHeights(False)
        self.figures_tree.setWordWrap(True)

        self.tables_layout.addWidget(self.figures_tree)

        self.figures_tabs.addTab(self.tables_tab, "")
        self.text_tab = QWidget()
        self.text_tab.setObjectName(u"text_tab")
        self.text_layout = QVBoxLayout(self.text_tab)
        self.text_layout.setObjectName(u"text_layout")
        self.format_layout = QHBoxLayout()
        self.format_layout.setObjectName(u"format_layout")
        self.format_label = QLabel(self.text_tab)
        self.format_label.setObjectName(u"format_label")

        self.format_layout.addWidget(self.format_label)

        self.format_combo = QComboBox(self.text_tab)
        self.format_combo.setObjectName(u"format_combo")
        self.format_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.format_layout.addWidget(self.format_combo)

        self.format_spacer = QSpacerItem(40, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.format_layout.addItem(self.format_spacer)


        self.text_layout.addLayout(self.format_layout)

        self.payload_edit = QPlainTextEdit(self.text_tab)
        self.payload_edit.setObjectName(u"payload_edit")
        self.payload_edit.setReadOnly(True)
        self.payload_edit.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)

        self.text_layout.addWidget(self.payload_edit)

        self.text_note_label = QLabel(self.text_tab)
        self.text_note_label.setObjectName(u"text_note_label")
        self.text_note_label.setWordWrap(True)

        self.text_layout.addWidget(self.text_note_label)

        self.figures_tabs.addTab(self.text_tab, "")
        self.charts_tab = QWidget()
        self.charts_tab.setObjectName(u"charts_tab")
        self.local_layout = QVBoxLayout(self.charts_tab)
        self.local_layout.setObjectName(u"local_layout")
        self.local_note_label = QLabel(self.charts_tab)
        self.local_note_label.setObjectName(u"local_note_label")
        self.local_note_label.setWordWrap(True)

        self.local_layout.addWidget(self.local_note_label)

        self.charts_scroll = QScrollArea(self.charts_tab)
        self.charts_scroll.setObjectName(u"charts_scroll")
        self.charts_scroll.setWidgetResizable(True)

        self.local_layout.addWidget(self.charts_scroll)

        self.figures_tabs.addTab(self.charts_tab, "")

        self.preview_layout.addWidget(self.figures_tabs)

        self.send_group = QGroupBox(self.preview_tab)
        self.send_group.setObjectName(u"send_group")
        self.send_layout = QVBoxLayout(self.send_group)
        self.send_layout.setObjectName(u"send_layout")
        self.target_layout = QHBoxLayout()
        self.target_layout.setObjectName(u"target_layout")
        self.target_label = QLabel(self.send_group)
        self.target_label.setObjectName(u"target_label")

        self.target_layout.addWidget(self.target_label)

        self.target_combo = QComboBox(self.send_group)
        self.target_combo.setObjectName(u"target_combo")
        self.target_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.target_layout.addWidget(self.target_combo)

        self.send_button = QPushButton(self.send_group)
        self.send_button.setObjectName(u"send_button")

        self.target_layout.addWidget(self.send_button)

        self.target_spacer = QSpacerItem(40, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.target_layout.addItem(self.target_spacer)

        self.export_device_key_button = QPushButton(self.send_group)
        self.export_device_key_button.setObjectName(u"export_device_key_button")

        self.target_layout.addWidget(self.export_device_key_button)


        self.send_layout.addLayout(self.target_layout)

        self.target_hint_label = QLabel(self.send_group)
        self.target_hint_label.setObjectName(u"target_hint_label")
        self.target_hint_label.setWordWrap(True)

        self.send_layout.addWidget(self.target_hint_label)

        self.result_label = QLabel(self.send_group)
        self.result_label.setObjectName(u"result_label")
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.send_layout.addWidget(self.result_label)


        self.preview_layout.addWidget(self.send_group)

        self.reports_tabs.addTab(self.preview_tab, "")
        self.outbox_tab = QWidget()
        self.outbox_tab.setObjectName(u"outbox_tab")
        self.outbox_layout = QVBoxLayout(self.outbox_tab)
        self.outbox_layout.setObjectName(u"outbox_layout")
        self.outbox_intro_label = QLabel(self.outbox_tab)
        self.outbox_intro_label.setObjectName(u"outbox_intro_label")
        self.outbox_intro_label.setWordWrap(True)

        self.outbox_layout.addWidget(self.outbox_intro_label)

        self.outbox_tree = QTreeWidget(self.outbox_tab)
        self.outbox_tree.setObjectName(u"outbox_tree")
        self.outbox_tree.setAlternatingRowColors(True)
        self.outbox_tree.setRootIsDecorated(False)
        self.outbox_tree.setWordWrap(True)

        self.outbox_layout.addWidget(self.outbox_tree)

        self.outbox_buttons_layout = QHBoxLayout()
        self.outbox_buttons_layout.setObjectName(u"outbox_buttons_layout")
        self.retry_button = QPushButton(self.outbox_tab)
        self.retry_button.setObjectName(u"retry_button")

        self.outbox_buttons_layout.addWidget(self.retry_button)

        self.give_up_button = QPushButton(self.outbox_tab)
        self.give_up_button.setObjectName(u"give_up_button")

        self.outbox_buttons_layout.addWidget(self.give_up_button)

        self.outbox_spacer = QSpacerItem(40, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.outbox_buttons_layout.addItem(self.outbox_spacer)


        self.outbox_layout.addLayout(self.outbox_buttons_layout)

        self.outbox_result_label = QLabel(self.outbox_tab)
        self.outbox_result_label.setObjectName(u"outbox_result_label")
        self.outbox_result_label.setWordWrap(True)
        self.outbox_result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.outbox_layout.addWidget(self.outbox_result_label)

        self.reports_tabs.addTab(self.outbox_tab, "")

        self.reports_layout.addWidget(self.reports_tabs)

#if QT_CONFIG(shortcut)
        self.period_kind_label.setBuddy(self.period_kind_combo)
        self.period_label.setBuddy(self.period_combo)
        self.area_label.setBuddy(self.area_combo)
        self.format_label.setBuddy(self.format_combo)
        self.target_label.setBuddy(self.target_combo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.reports_tabs, self.period_kind_combo)
        QWidget.setTabOrder(self.period_kind_combo, self.period_combo)
        QWidget.setTabOrder(self.period_combo, self.area_combo)
        QWidget.setTabOrder(self.area_combo, self.preview_button)
        QWidget.setTabOrder(self.preview_button, self.revise_button)
        QWidget.setTabOrder(self.revise_button, self.figures_tabs)
        QWidget.setTabOrder(self.figures_tabs, self.figures_tree)
        QWidget.setTabOrder(self.figures_tree, self.format_combo)
        QWidget.setTabOrder(self.format_combo, self.payload_edit)
        QWidget.setTabOrder(self.payload_edit, self.charts_scroll)
        QWidget.setTabOrder(self.charts_scroll, self.target_combo)
        QWidget.setTabOrder(self.target_combo, self.send_button)
        QWidget.setTabOrder(self.send_button, self.export_device_key_button)
        QWidget.setTabOrder(self.export_device_key_button, self.outbox_tree)
        QWidget.setTabOrder(self.outbox_tree, self.retry_button)
        QWidget.setTabOrder(self.retry_button, self.give_up_button)

        self.retranslateUi(ReportsPage)

        self.reports_tabs.setCurrentIndex(0)
        self.figures_tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(ReportsPage)
    # setupUi

    def retranslateUi(self, ReportsPage):
        ReportsPage.setWindowTitle(QCoreApplication.translate("ReportsPage", u"Reports & Sync", None))
        self.title_label.setText(QCoreApplication.translate("ReportsPage", u"Reports & Sync", None))
        self.intro_label.setText(QCoreApplication.translate("ReportsPage", u"Anonymised figures about the families you support, counted only for families who agreed to statistics, with small numbers hidden. They leave this laptop only when you press Send and confirm; nothing is ever sent in the background.", None))
        self.period_kind_label.setText(QCoreApplication.translate("ReportsPage", u"Period &type:", None))
        self.period_kind_combo.setItemText(0, QCoreApplication.translate("ReportsPage", u"Month", None))
        self.period_kind_combo.setItemText(1, QCoreApplication.translate("ReportsPage", u"Quarter", None))

#if QT_CONFIG(accessibility)
        self.period_kind_combo.setAccessibleName(QCoreApplication.translate("ReportsPage", u"Period type", None))
#endif // QT_CONFIG(accessibility)
        self.period_label.setText(QCoreApplication.translate("ReportsPage", u"&Period:", None))
#if QT_CONFIG(accessibility)
        self.period_combo.setAccessibleName(QCoreApplication.translate("ReportsPage", u"Period", None))
#endif // QT_CONFIG(accessibility)
        self.area_label.setText(QCoreApplication.translate("ReportsPage", u"&Area:", None))
#if QT_CONFIG(accessibility)
        self.area_combo.setAccessibleName(QCoreApplication.translate("ReportsPage", u"Area", None))
#endif // QT_CONFIG(accessibility)
        self.preview_button.setText(QCoreApplication.translate("ReportsPage", u"Sho&w preview", None))
#if QT_CONFIG(tooltip)
        self.preview_button.setToolTip(QCoreApplication.translate("ReportsPage", u"Work out the figures for this period. Nothing is sent and nothing is changed.", None))
#endif // QT_CONFIG(tooltip)
        self.period_hint_label.setText("")
        self.status_label.setText("")
        self.revise_button.setText(QCoreApplication.translate("ReportsPage", u"Check for a &revision\u2026", None))
#if QT_CONFIG(tooltip)
        self.revise_button.setToolTip(QCoreApplication.translate("ReportsPage", u"See whether the figures of this released period can be revised from today's records.", None))
#endif // QT_CONFIG(tooltip)
        self.busy_label.setText("")
#if QT_CONFIG(accessibility)
        self.busy_bar.setAccessibleName(QCoreApplication.translate("ReportsPage", u"Working", None))
#endif // QT_CONFIG(accessibility)
        self.summary_label.setText("")
        ___qtreewidgetitem = self.figures_tree.headerItem()
        ___qtreewidgetitem.setText(2, QCoreApplication.translate("ReportsPage", u"Note", None))
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("ReportsPage", u"Number sent", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("ReportsPage", u"Figure", None))
#if QT_CONFIG(accessibility)
        self.figures_tree.setAccessibleName(QCoreApplication.translate("ReportsPage", u"Figures that would leave", None))
#endif // QT_CONFIG(accessibility)
        self.figures_tabs.setTabText(self.figures_tabs.indexOf(self.tables_tab), QCoreApplication.translate("ReportsPage", u"What would leave", None))
        self.format_label.setText(QCoreApplication.translate("ReportsPage", u"Sh&ow as:", None))
#if QT_CONFIG(accessibility)
        self.format_combo.setAccessibleName(QCoreApplication.translate("ReportsPage", u"Show the text as", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.payload_edit.setAccessibleName(QCoreApplication.translate("ReportsPage", u"Exact text that would be sent", None))
#endif // QT_CONFIG(accessibility)
        self.text_note_label.setText("")
        self.figures_tabs.setTabText(self.figures_tabs.indexOf(self.text_tab), QCoreApplication.translate("ReportsPage", u"Exact text", None))
        self.local_note_label.setText(QCoreApplication.translate("ReportsPage", u"For your own use only: these figures are never sent. Unlike the tables that would leave, small numbers are not hidden here, so do not copy them into a report.", None))
        self.figures_tabs.setTabText(self.figures_tabs.indexOf(self.charts_tab), QCoreApplication.translate("ReportsPage", u"Your figures (never sent)", None))
        self.send_group.setTitle(QCoreApplication.translate("ReportsPage", u"Send", None))
        self.target_label.setText(QCoreApplication.translate("ReportsPage", u"Sen&d to:", None))
#if QT_CONFIG(accessibility)
        self.target_combo.setAccessibleName(QCoreApplication.translate("ReportsPage", u"Where to send", None))
#endif // QT_CONFIG(accessibility)
        self.send_button.setText(QCoreApplication.translate("ReportsPage", u"&Send\u2026", None))
        self.export_device_key_button.setText(QCoreApplication.translate("ReportsPage", u"Export this laptop's &key\u2026", None))
#if QT_CONFIG(tooltip)
        self.export_device_key_button.setToolTip(QCoreApplication.translate("ReportsPage", u"Write this laptop's public key to a file, for the coordinator who receives its figures.", None))
#endif // QT_CONFIG(tooltip)
        self.target_hint_label.setText("")
        self.result_label.setText("")
        self.reports_tabs.setTabText(self.reports_tabs.indexOf(self.preview_tab), QCoreApplication.translate("ReportsPage", u"Preview and send", None))
        self.outbox_intro_label.setText(QCoreApplication.translate("ReportsPage", u"Releases that could not be delivered wait here. They are tried again only when you press Sync again, never by themselves, and nothing else ever leaves this laptop.", None))
        ___qtreewidgetitem1 = self.outbox_tree.headerItem()
        ___qtreewidgetitem1.setText(4, QCoreApplication.translate("ReportsPage", u"Last problem", None))
        ___qtreewidgetitem1.setText(3, QCoreApplication.translate("ReportsPage", u"Tries", None))
        ___qtreewidgetitem1.setText(2, QCoreApplication.translate("ReportsPage", u"Revision", None))
        ___qtreewidgetitem1.setText(1, QCoreApplication.translate("ReportsPage", u"Period", None))
        ___qtreewidgetitem1.setText(0, QCoreApplication.translate("ReportsPage", u"Where", None))
#if QT_CONFIG(accessibility)
        self.outbox_tree.setAccessibleName(QCoreApplication.translate("ReportsPage", u"Releases waiting to be sent", None))
#endif // QT_CONFIG(accessibility)
        self.retry_button.setText(QCoreApplication.translate("ReportsPage", u"Sync &again", None))
#if QT_CONFIG(tooltip)
        self.retry_button.setToolTip(QCoreApplication.translate("ReportsPage", u"Try again to deliver what waits for the chosen target.", None))
#endif // QT_CONFIG(tooltip)
        self.give_up_button.setText(QCoreApplication.translate("ReportsPage", u"&Give up on this release\u2026", None))
#if QT_CONFIG(tooltip)
        self.give_up_button.setToolTip(QCoreApplication.translate("ReportsPage", u"Stop trying to send the chosen release. Its figures stay frozen in this vault.", None))
#endif // QT_CONFIG(tooltip)
        self.outbox_result_label.setText("")
        self.reports_tabs.setTabText(self.reports_tabs.indexOf(self.outbox_tab), QCoreApplication.translate("ReportsPage", u"Outbox", None))
    # retranslateUi

