# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'families_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QFrame, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem,
    QTableView, QVBoxLayout, QWidget)

class Ui_FamiliesPage(object):
    def setupUi(self, FamiliesPage):
        if not FamiliesPage.objectName():
            FamiliesPage.setObjectName(u"FamiliesPage")
        self.families_layout = QVBoxLayout(FamiliesPage)
        self.families_layout.setObjectName(u"families_layout")
        self.header_layout = QHBoxLayout()
        self.header_layout.setObjectName(u"header_layout")
        self.title_label = QLabel(FamiliesPage)
        self.title_label.setObjectName(u"title_label")

        self.header_layout.addWidget(self.title_label)

        self.header_spacer = QSpacerItem(40, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.header_layout.addItem(self.header_spacer)

        self.new_intake_button = QPushButton(FamiliesPage)
        self.new_intake_button.setObjectName(u"new_intake_button")

        self.header_layout.addWidget(self.new_intake_button)


        self.families_layout.addLayout(self.header_layout)

        self.drafts_frame = QFrame(FamiliesPage)
        self.drafts_frame.setObjectName(u"drafts_frame")
        self.drafts_frame.setFrameShape(QFrame.Shape.StyledPanel)
        self.drafts_layout = QHBoxLayout(self.drafts_frame)
        self.drafts_layout.setObjectName(u"drafts_layout")
        self.drafts_label = QLabel(self.drafts_frame)
        self.drafts_label.setObjectName(u"drafts_label")
        self.drafts_label.setWordWrap(True)

        self.drafts_layout.addWidget(self.drafts_label)

        self.drafts_spacer = QSpacerItem(40, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.drafts_layout.addItem(self.drafts_spacer)

        self.resume_draft_button = QPushButton(self.drafts_frame)
        self.resume_draft_button.setObjectName(u"resume_draft_button")

        self.drafts_layout.addWidget(self.resume_draft_button)


        self.families_layout.addWidget(self.drafts_frame)

        self.search_layout = QHBoxLayout()
        self.search_layout.setObjectName(u"search_layout")
        self.search_label = QLabel(FamiliesPage)
        self.search_label.setObjectName(u"search_label")

        self.search_layout.addWidget(self.search_label)

        self.search_edit = QLineEdit(FamiliesPage)
        self.search_edit.setObjectName(u"search_edit")
        self.search_edit.setClearButtonEnabled(True)

        self.search_layout.addWidget(self.search_edit)


        self.families_layout.addLayout(self.search_layout)

        self.filters_layout = QHBoxLayout()
        self.filters_layout.setObjectName(u"filters_layout")
        self.school_label = QLabel(FamiliesPage)
        self.school_label.setObjectName(u"school_label")

        self.filters_layout.addWidget(self.school_label)

        self.school_combo = QComboBox(FamiliesPage)
        self.school_combo.setObjectName(u"school_combo")
        self.school_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.school_combo.setMinimumContentsLength(14)

        self.filters_layout.addWidget(self.school_combo)

        self.need_label = QLabel(FamiliesPage)
        self.need_label.setObjectName(u"need_label")

        self.filters_layout.addWidget(self.need_label)

        self.need_combo = QComboBox(FamiliesPage)
        self.need_combo.setObjectName(u"need_combo")
        self.need_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.need_combo.setMinimumContentsLength(14)

        self.filters_layout.addWidget(self.need_combo)

        self.status_filter_label = QLabel(FamiliesPage)
        self.status_filter_label.setObjectName(u"status_filter_label")

        self.filters_layout.addWidget(self.status_filter_label)

        self.status_combo = QComboBox(FamiliesPage)
        self.status_combo.setObjectName(u"status_combo")

        self.filters_layout.addWidget(self.status_combo)

        self.overdue_check = QCheckBox(FamiliesPage)
        self.overdue_check.setObjectName(u"overdue_check")

        self.filters_layout.addWidget(self.overdue_check)

        self.filters_spacer = QSpacerItem(40, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filters_layout.addItem(self.filters_spacer)


        self.families_layout.addLayout(self.filters_layout)

        self.families_table = QTableView(FamiliesPage)
        self.families_table.setObjectName(u"families_table")
        self.families_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.families_table.setAlternatingRowColors(True)
        self.families_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.families_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.families_table.setSortingEnabled(True)
        self.families_table.setWordWrap(False)

        self.families_layout.addWidget(self.families_table)

        self.count_label = QLabel(FamiliesPage)
        self.count_label.setObjectName(u"count_label")
        self.count_label.setWordWrap(True)

        self.families_layout.addWidget(self.count_label)

#if QT_CONFIG(shortcut)
        self.search_label.setBuddy(self.search_edit)
        self.school_label.setBuddy(self.school_combo)
        self.need_label.setBuddy(self.need_combo)
        self.status_filter_label.setBuddy(self.status_combo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.search_edit, self.school_combo)
        QWidget.setTabOrder(self.school_combo, self.need_combo)
        QWidget.setTabOrder(self.need_combo, self.status_combo)
        QWidget.setTabOrder(self.status_combo, self.overdue_check)
        QWidget.setTabOrder(self.overdue_check, self.families_table)
        QWidget.setTabOrder(self.families_table, self.new_intake_button)
        QWidget.setTabOrder(self.new_intake_button, self.resume_draft_button)

        self.retranslateUi(FamiliesPage)

        QMetaObject.connectSlotsByName(FamiliesPage)
    # setupUi

    def retranslateUi(self, FamiliesPage):
        FamiliesPage.setWindowTitle(QCoreApplication.translate("FamiliesPage", u"Families", None))
        self.title_label.setText(QCoreApplication.translate("FamiliesPage", u"Families", None))
        self.new_intake_button.setText(QCoreApplication.translate("FamiliesPage", u"&New intake", None))
#if QT_CONFIG(tooltip)
        self.new_intake_button.setToolTip(QCoreApplication.translate("FamiliesPage", u"Start the intake meeting for a new family (Ctrl+N).", None))
#endif // QT_CONFIG(tooltip)
        self.drafts_label.setText(QCoreApplication.translate("FamiliesPage", u"An intake was not finished.", None))
        self.resume_draft_button.setText(QCoreApplication.translate("FamiliesPage", u"&Resume intake", None))
        self.search_label.setText(QCoreApplication.translate("FamiliesPage", u"&Search:", None))
        self.search_edit.setPlaceholderText(QCoreApplication.translate("FamiliesPage", u"Reference or name, for example HH-7F3K", None))
        self.school_label.setText(QCoreApplication.translate("FamiliesPage", u"S&chool:", None))
        self.need_label.setText(QCoreApplication.translate("FamiliesPage", u"N&eed:", None))
        self.status_filter_label.setText(QCoreApplication.translate("FamiliesPage", u"S&tatus:", None))
        self.overdue_check.setText(QCoreApplication.translate("FamiliesPage", u"Only &overdue", None))
#if QT_CONFIG(accessibility)
        self.families_table.setAccessibleName(QCoreApplication.translate("FamiliesPage", u"Families", None))
#endif // QT_CONFIG(accessibility)
        self.count_label.setText("")
    # retranslateUi

