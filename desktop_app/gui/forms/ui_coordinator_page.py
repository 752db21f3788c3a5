# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'coordinator_page.ui'
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
    QHeaderView, QLabel, QListWidget, QListWidgetItem,
    QProgressBar, QPushButton, QSizePolicy, QSpacerItem,
    QTabWidget, QTreeWidget, QTreeWidgetItem, QVBoxLayout,
    QWidget)

class Ui_CoordinatorPage(object):
    def setupUi(self, CoordinatorPage):
        if not CoordinatorPage.objectName():
            CoordinatorPage.setObjectName(u"CoordinatorPage")
        self.coordinator_layout = QVBoxLayout(CoordinatorPage)
        self.coordinator_layout.setObjectName(u"coordinator_layout")
        self.coordinator_intro_label = QLabel(CoordinatorPage)
        self.coordinator_intro_label.setObjectName(u"coordinator_intro_label")
        self.coordinator_intro_label.setWordWrap(True)

        self.coordinator_layout.addWidget(self.coordinator_intro_label)

        self.columns_layout = QHBoxLayout()
        self.columns_layout.setObjectName(u"columns_layout")
        self.left_layout = QVBoxLayout()
        self.left_layout.setObjectName(u"left_layout")
        self.key_group = QGroupBox(CoordinatorPage)
        self.key_group.setObjectName(u"key_group")
        self.key_layout = QVBoxLayout(self.key_group)
        self.key_layout.setObjectName(u"key_layout")
        self.key_hint_label = QLabel(self.key_group)
        self.key_hint_label.setObjectName(u"key_hint_label")
        self.key_hint_label.setWordWrap(True)

        self.key_layout.addWidget(self.key_hint_label)

        self.fingerprint_label = QLabel(self.key_group)
        self.fingerprint_label.setObjectName(u"fingerprint_label")
        self.fingerprint_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.key_layout.addWidget(self.fingerprint_label)

        self.key_buttons_layout = QHBoxLayout()
        self.key_buttons_layout.setObjectName(u"key_buttons_layout")
        self.make_key_button = QPushButton(self.key_group)
        self.make_key_button.setObjectName(u"make_key_button")

        self.key_buttons_layout.addWidget(self.make_key_button)

        self.export_key_button = QPushButton(self.key_group)
        self.export_key_button.setObjectName(u"export_key_button")

        self.key_buttons_layout.addWidget(self.export_key_button)

        self.key_spacer = QSpacerItem(40, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.key_buttons_layout.addItem(self.key_spacer)


        self.key_layout.addLayout(self.key_buttons_layout)


        self.left_layout.addWidget(self.key_group)

        self.devices_group = QGroupBox(CoordinatorPage)
        self.devices_group.setObjectName(u"devices_group")
        self.devices_layout = QVBoxLayout(self.devices_group)
        self.devices_layout.setObjectName(u"devices_layout")
        self.devices_list = QListWidget(self.devices_group)
        self.devices_list.setObjectName(u"devices_list")
        self.devices_list.setAlternatingRowColors(True)
        self.devices_list.setWordWrap(True)

        self.devices_layout.addWidget(self.devices_list)

        self.devices_buttons_layout = QHBoxLayout()
        self.devices_buttons_layout.setObjectName(u"devices_buttons_layout")
        self.enrol_button = QPushButton(self.devices_group)
        self.enrol_button.setObjectName(u"enrol_button")

        self.devices_buttons_layout.addWidget(self.enrol_button)

        self.devices_spacer = QSpacerItem(40, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.devices_buttons_layout.addItem(self.devices_spacer)


        self.devices_layout.addLayout(self.devices_buttons_layout)


        self.left_layout.addWidget(self.devices_group)

        self.import_group = QGroupBox(CoordinatorPage)
        self.import_group.setObjectName(u"import_group")
        self.import_layout = QVBoxLayout(self.import_group)
        self.import_layout.setObjectName(u"import_layout")
        self.import_buttons_layout = QHBoxLayout()
        self.import_buttons_layout.setObjectName(u"import_buttons_layout")
        self.import_button = QPushButton(self.import_group)
        self.import_button.setObjectName(u"import_button")

        self.import_buttons_layout.addWidget(self.import_button)

        self.import_busy_bar = QProgressBar(self.import_group)
        self.import_busy_bar.setObjectName(u"import_busy_bar")
        self.import_busy_bar.setMaximum(0)
        self.import_busy_bar.setTextVisible(False)

        self.import_buttons_layout.addWidget(self.import_busy_bar)

        self.import_spacer = QSpacerItem(40, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.import_buttons_layout.addItem(self.import_spacer)


        self.import_layout.addLayout(self.import_buttons_layout)

        self.import_summary_label = QLabel(self.import_group)
        self.import_summary_label.setObjectName(u"import_summary_label")
        self.import_summary_label.setWordWrap(True)

        self.import_layout.addWidget(self.import_summary_label)

        self.import_results_list = QListWidget(self.import_group)
        self.import_results_list.setObjectName(u"import_results_list")
        self.import_results_list.setAlternatingRowColors(True)
        self.import_results_list.setWordWrap(True)

        self.import_layout.addWidget(self.import_results_list)


        self.left_layout.addWidget(self.import_group)


        self.columns_layout.addLayout(self.left_layout)

        self.merged_group = QGroupBox(CoordinatorPage)
        self.merged_group.setObjectName(u"merged_group")
        self.merged_layout = QVBoxLayout(self.merged_group)
        self.merged_layout.setObjectName(u"merged_layout")
        self.merged_period_layout = QHBoxLayout()
        self.merged_period_layout.setObjectName(u"merged_period_layout")
        self.merged_period_label = QLabel(self.merged_group)
        self.merged_period_label.setObjectName(u"merged_period_label")

        self.merged_period_layout.addWidget(self.merged_period_label)

        self.merged_period_combo = QComboBox(self.merged_group)
        self.merged_period_combo.setObjectName(u"merged_period_combo")
        self.merged_period_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.merged_period_layout.addWidget(self.merged_period_combo)

        self.merged_period_spacer = QSpacerItem(40, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.merged_period_layout.addItem(self.merged_period_spacer)


        self.merged_layout.addLayout(self.merged_period_layout)

        self.merged_summary_label = QLabel(self.merged_group)
        self.merged_summary_label.setObjectName(u"merged_summary_label")
        self.merged_summary_label.setWordWrap(True)

        self.merged_layout.addWidget(self.merged_summary_label)

        self.merged_tabs = QTabWidget(self.merged_group)
        self.merged_tabs.setObjectName(u"merged_tabs")
        self.merged_table_tab = QWidget()
        self.merged_table_tab.setObjectName(u"merged_table_tab")
        self.merged_table_layout = QVBoxLayout(self.merged_table_tab)
        self.merged_table_layout.setObjectName(u"merged_table_layout")
        self.merged_tree = QTreeWidget(self.merged_table_tab)
        self.merged_tree.setObjectName(u"merged_tree")
        self.merged_tree.setAlternatingRowColors(True)
        self.merged_tree.setWordWrap(True)

        self.merged_table_layout.addWidget(self.merged_tree)

        self.merged_tabs.addTab(self.merged_table_tab, "")
        self.merged_chart_tab = QWidget()
        self.merged_chart_tab.setObjectName(u"merged_chart_tab")
        self.merged_chart_layout = QVBoxLayout(self.merged_chart_tab)
        self.merged_chart_layout.setObjectName(u"merged_chart_layout")
        self.chart_choice_layout = QHBoxLayout()
        self.chart_choice_layout.setObjectName(u"chart_choice_layout")
        self.chart_indicator_label = QLabel(self.merged_chart_tab)
        self.chart_indicator_label.setObjectName(u"chart_indicator_label")

        self.chart_choice_layout.addWidget(self.chart_indicator_label)

        self.chart_indicator_combo = QComboBox(self.merged_chart_tab)
        self.chart_indicator_combo.setObjectName(u"chart_indicator_combo")
        self.chart_indicator_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.chart_choice_layout.addWidget(self.chart_indicator_combo)

        self.chart_choice_spacer = QSpacerItem(40, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.chart_choice_layout.addItem(self.chart_choice_spacer)


        self.merged_chart_layout.addLayout(self.chart_choice_layout)

        self.merged_tabs.addTab(self.merged_chart_tab, "")

        self.merged_layout.addWidget(self.merged_tabs)

        self.export_layout = QHBoxLayout()
        self.export_layout.setObjectName(u"export_layout")
        self.export_format_label = QLabel(self.merged_group)
        self.export_format_label.setObjectName(u"export_format_label")

        self.export_layout.addWidget(self.export_format_label)

        self.export_format_combo = QComboBox(self.merged_group)
        self.export_format_combo.setObjectName(u"export_format_combo")
        self.export_format_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.export_layout.addWidget(self.export_format_combo)

        self.export_button = QPushButton(self.merged_group)
        self.export_button.setObjectName(u"export_button")

        self.export_layout.addWidget(self.export_button)

        self.export_spacer = QSpacerItem(40, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.export_layout.addItem(self.export_spacer)


        self.merged_layout.addLayout(self.export_layout)

        self.export_result_label = QLabel(self.merged_group)
        self.export_result_label.setObjectName(u"export_result_label")
        self.export_result_label.setWordWrap(True)
        self.export_result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.merged_layout.addWidget(self.export_result_label)


        self.columns_layout.addWidget(self.merged_group)


        self.coordinator_layout.addLayout(self.columns_layout)

#if QT_CONFIG(shortcut)
        self.merged_period_label.setBuddy(self.merged_period_combo)
        self.chart_indicator_label.setBuddy(self.chart_indicator_combo)
        self.export_format_label.setBuddy(self.export_format_combo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.make_key_button, self.export_key_button)
        QWidget.setTabOrder(self.export_key_button, self.devices_list)
        QWidget.setTabOrder(self.devices_list, self.enrol_button)
        QWidget.setTabOrder(self.enrol_button, self.import_button)
        QWidget.setTabOrder(self.import_button, self.import_results_list)
        QWidget.setTabOrder(self.import_results_list, self.merged_period_combo)
        QWidget.setTabOrder(self.merged_period_combo, self.merged_tabs)
        QWidget.setTabOrder(self.merged_tabs, self.merged_tree)
        QWidget.setTabOrder(self.merged_tree, self.chart_indicator_combo)
        QWidget.setTabOrder(self.chart_indicator_combo, self.export_format_combo)
        QWidget.setTabOrder(self.export_format_combo, self.export_button)

        self.retranslateUi(CoordinatorPage)

        self.merged_tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(CoordinatorPage)
    # setupUi

    def retranslateUi(self, CoordinatorPage):
        CoordinatorPage.setWindowTitle(QCoreApplication.translate("CoordinatorPage", u"Coordinator", None))
        self.coordinator_intro_label.setText(QCoreApplication.translate("CoordinatorPage", u"For a coordinator who receives other laptops' figures: they arrive sealed to your key, are added up here, and small numbers are hidden again before you export them. Nothing here uses the network.", None))
        self.key_group.setTitle(QCoreApplication.translate("CoordinatorPage", u"Your coordinator key", None))
        self.key_hint_label.setText("")
        self.fingerprint_label.setText("")
#if QT_CONFIG(accessibility)
        self.fingerprint_label.setAccessibleName(QCoreApplication.translate("CoordinatorPage", u"Coordinator key fingerprint", None))
#endif // QT_CONFIG(accessibility)
        self.make_key_button.setText(QCoreApplication.translate("CoordinatorPage", u"Set up this laptop as a &coordinator", None))
#if QT_CONFIG(tooltip)
        self.make_key_button.setToolTip(QCoreApplication.translate("CoordinatorPage", u"Make the key that other laptops seal their figures to. Only this vault can open them.", None))
#endif // QT_CONFIG(tooltip)
        self.export_key_button.setText(QCoreApplication.translate("CoordinatorPage", u"E&xport the key to a file\u2026", None))
#if QT_CONFIG(tooltip)
        self.export_key_button.setToolTip(QCoreApplication.translate("CoordinatorPage", u"Write the public key to a file to give to each laptop that reports to you.", None))
#endif // QT_CONFIG(tooltip)
        self.devices_group.setTitle(QCoreApplication.translate("CoordinatorPage", u"Laptops that report to you", None))
#if QT_CONFIG(accessibility)
        self.devices_list.setAccessibleName(QCoreApplication.translate("CoordinatorPage", u"Laptops that report to you", None))
#endif // QT_CONFIG(accessibility)
        self.enrol_button.setText(QCoreApplication.translate("CoordinatorPage", u"&Enrol a laptop from its key file\u2026", None))
#if QT_CONFIG(tooltip)
        self.enrol_button.setToolTip(QCoreApplication.translate("CoordinatorPage", u"Accept the figures of a laptop once you have checked its fingerprint with its user.", None))
#endif // QT_CONFIG(tooltip)
        self.import_group.setTitle(QCoreApplication.translate("CoordinatorPage", u"Receive figures", None))
        self.import_button.setText(QCoreApplication.translate("CoordinatorPage", u"&Import bundles from a folder\u2026", None))
#if QT_CONFIG(tooltip)
        self.import_button.setToolTip(QCoreApplication.translate("CoordinatorPage", u"Open every sealed bundle in a folder (a USB stick or a shared folder). Nothing is sent.", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.import_busy_bar.setAccessibleName(QCoreApplication.translate("CoordinatorPage", u"Importing", None))
#endif // QT_CONFIG(accessibility)
        self.import_summary_label.setText("")
#if QT_CONFIG(accessibility)
        self.import_results_list.setAccessibleName(QCoreApplication.translate("CoordinatorPage", u"What became of each bundle", None))
#endif // QT_CONFIG(accessibility)
        self.merged_group.setTitle(QCoreApplication.translate("CoordinatorPage", u"Figures added up (small numbers hidden again)", None))
        self.merged_period_label.setText(QCoreApplication.translate("CoordinatorPage", u"Pe&riod:", None))
#if QT_CONFIG(accessibility)
        self.merged_period_combo.setAccessibleName(QCoreApplication.translate("CoordinatorPage", u"Period of the added-up figures", None))
#endif // QT_CONFIG(accessibility)
        self.merged_summary_label.setText("")
        ___qtreewidgetitem = self.merged_tree.headerItem()
        ___qtreewidgetitem.setText(2, QCoreApplication.translate("CoordinatorPage", u"Note", None))
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("CoordinatorPage", u"Number", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("CoordinatorPage", u"Figure", None))
#if QT_CONFIG(accessibility)
        self.merged_tree.setAccessibleName(QCoreApplication.translate("CoordinatorPage", u"Added-up figures", None))
#endif // QT_CONFIG(accessibility)
        self.merged_tabs.setTabText(self.merged_tabs.indexOf(self.merged_table_tab), QCoreApplication.translate("CoordinatorPage", u"Table", None))
        self.chart_indicator_label.setText(QCoreApplication.translate("CoordinatorPage", u"Char&t of:", None))
#if QT_CONFIG(accessibility)
        self.chart_indicator_combo.setAccessibleName(QCoreApplication.translate("CoordinatorPage", u"Figure to chart", None))
#endif // QT_CONFIG(accessibility)
        self.merged_tabs.setTabText(self.merged_tabs.indexOf(self.merged_chart_tab), QCoreApplication.translate("CoordinatorPage", u"Chart", None))
        self.export_format_label.setText(QCoreApplication.translate("CoordinatorPage", u"For&mat:", None))
#if QT_CONFIG(accessibility)
        self.export_format_combo.setAccessibleName(QCoreApplication.translate("CoordinatorPage", u"Export format", None))
#endif // QT_CONFIG(accessibility)
        self.export_button.setText(QCoreApplication.translate("CoordinatorPage", u"Export to a fi&le\u2026", None))
        self.export_result_label.setText("")
    # retranslateUi

