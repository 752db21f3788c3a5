# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'service_import_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QDialog, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QProgressBar, QPushButton, QSizePolicy,
    QSpacerItem, QTableView, QVBoxLayout, QWidget)

class Ui_ServiceImportDialog(object):
    def setupUi(self, ServiceImportDialog):
        if not ServiceImportDialog.objectName():
            ServiceImportDialog.setObjectName(u"ServiceImportDialog")
        ServiceImportDialog.resize(900, 620)
        self.dialog_layout = QVBoxLayout(ServiceImportDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.intro_label = QLabel(ServiceImportDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.intro_label)

        self.source_layout = QHBoxLayout()
        self.source_layout.setObjectName(u"source_layout")
        self.source_label = QLabel(ServiceImportDialog)
        self.source_label.setObjectName(u"source_label")

        self.source_layout.addWidget(self.source_label)

        self.source_edit = QLineEdit(ServiceImportDialog)
        self.source_edit.setObjectName(u"source_edit")
        self.source_edit.setReadOnly(True)

        self.source_layout.addWidget(self.source_edit)

        self.choose_file_button = QPushButton(ServiceImportDialog)
        self.choose_file_button.setObjectName(u"choose_file_button")

        self.source_layout.addWidget(self.choose_file_button)

        self.choose_folder_button = QPushButton(ServiceImportDialog)
        self.choose_folder_button.setObjectName(u"choose_folder_button")

        self.source_layout.addWidget(self.choose_folder_button)


        self.dialog_layout.addLayout(self.source_layout)

        self.progress_bar = QProgressBar(ServiceImportDialog)
        self.progress_bar.setObjectName(u"progress_bar")
        self.progress_bar.setValue(0)
        self.progress_bar.setTextVisible(True)

        self.dialog_layout.addWidget(self.progress_bar)

        self.summary_label = QLabel(ServiceImportDialog)
        self.summary_label.setObjectName(u"summary_label")
        self.summary_label.setText(u"")
        self.summary_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.summary_label)

        self.problems_label = QLabel(ServiceImportDialog)
        self.problems_label.setObjectName(u"problems_label")

        self.dialog_layout.addWidget(self.problems_label)

        self.problems_table = QTableView(ServiceImportDialog)
        self.problems_table.setObjectName(u"problems_table")
        self.problems_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.problems_table.setAlternatingRowColors(True)
        self.problems_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.problems_table.setTabKeyNavigation(False)
        self.problems_table.setWordWrap(True)

        self.dialog_layout.addWidget(self.problems_table)

        self.unmapped_label = QLabel(ServiceImportDialog)
        self.unmapped_label.setObjectName(u"unmapped_label")
        self.unmapped_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.unmapped_label)

        self.unmapped_list = QListWidget(ServiceImportDialog)
        self.unmapped_list.setObjectName(u"unmapped_list")
        self.unmapped_list.setMaximumSize(QSize(16777215, 120))

        self.dialog_layout.addWidget(self.unmapped_list)

        self.notes_label = QLabel(ServiceImportDialog)
        self.notes_label.setObjectName(u"notes_label")
        self.notes_label.setText(u"")
        self.notes_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.notes_label)

        self.buttons_layout = QHBoxLayout()
        self.buttons_layout.setObjectName(u"buttons_layout")
        self.save_report_button = QPushButton(ServiceImportDialog)
        self.save_report_button.setObjectName(u"save_report_button")

        self.buttons_layout.addWidget(self.save_report_button)

        self.buttons_spacer = QSpacerItem(40, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons_layout.addItem(self.buttons_spacer)

        self.import_button = QPushButton(ServiceImportDialog)
        self.import_button.setObjectName(u"import_button")

        self.buttons_layout.addWidget(self.import_button)

        self.close_button = QPushButton(ServiceImportDialog)
        self.close_button.setObjectName(u"close_button")

        self.buttons_layout.addWidget(self.close_button)


        self.dialog_layout.addLayout(self.buttons_layout)

#if QT_CONFIG(shortcut)
        self.source_label.setBuddy(self.source_edit)
        self.problems_label.setBuddy(self.problems_table)
        self.unmapped_label.setBuddy(self.unmapped_list)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.choose_file_button, self.choose_folder_button)
        QWidget.setTabOrder(self.choose_folder_button, self.problems_table)
        QWidget.setTabOrder(self.problems_table, self.unmapped_list)
        QWidget.setTabOrder(self.unmapped_list, self.save_report_button)
        QWidget.setTabOrder(self.save_report_button, self.import_button)
        QWidget.setTabOrder(self.import_button, self.close_button)

        self.retranslateUi(ServiceImportDialog)

        QMetaObject.connectSlotsByName(ServiceImportDialog)
    # setupUi

    def retranslateUi(self, ServiceImportDialog):
        ServiceImportDialog.setWindowTitle(QCoreApplication.translate("ServiceImportDialog", u"Import a services directory", None))
        self.intro_label.setText(QCoreApplication.translate("ServiceImportDialog", u"Import a services directory in the Open Referral (HSDS) format: a data package folder or .zip with datapackage.json and CSV files, or a .json file. Every row is checked first; if anything is wrong, nothing is imported.", None))
        self.source_label.setText(QCoreApplication.translate("ServiceImportDialog", u"&From:", None))
#if QT_CONFIG(accessibility)
        self.source_edit.setAccessibleName(QCoreApplication.translate("ServiceImportDialog", u"The directory to import", None))
#endif // QT_CONFIG(accessibility)
        self.source_edit.setPlaceholderText(QCoreApplication.translate("ServiceImportDialog", u"Choose the council's file or folder", None))
        self.choose_file_button.setText(QCoreApplication.translate("ServiceImportDialog", u"Choose a fi&le\u2026", None))
        self.choose_folder_button.setText(QCoreApplication.translate("ServiceImportDialog", u"Choose a f&older\u2026", None))
#if QT_CONFIG(accessibility)
        self.progress_bar.setAccessibleName(QCoreApplication.translate("ServiceImportDialog", u"Progress", None))
#endif // QT_CONFIG(accessibility)
        self.problems_label.setText(QCoreApplication.translate("ServiceImportDialog", u"&Problems found:", None))
#if QT_CONFIG(accessibility)
        self.problems_table.setAccessibleName(QCoreApplication.translate("ServiceImportDialog", u"Problems found", None))
#endif // QT_CONFIG(accessibility)
        self.unmapped_label.setText(QCoreApplication.translate("ServiceImportDialog", u"Services that match none of Hearth's &needs (they come in without one):", None))
#if QT_CONFIG(accessibility)
        self.unmapped_list.setAccessibleName(QCoreApplication.translate("ServiceImportDialog", u"Services without a need category", None))
#endif // QT_CONFIG(accessibility)
        self.save_report_button.setText(QCoreApplication.translate("ServiceImportDialog", u"&Save the report\u2026", None))
        self.import_button.setText(QCoreApplication.translate("ServiceImportDialog", u"&Import", None))
        self.close_button.setText(QCoreApplication.translate("ServiceImportDialog", u"&Close", None))
    # retranslateUi

