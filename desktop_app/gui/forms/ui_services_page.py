# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'services_page.ui'
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
    QSplitter, QTableView, QVBoxLayout, QWidget)

class Ui_ServicesPage(object):
    def setupUi(self, ServicesPage):
        if not ServicesPage.objectName():
            ServicesPage.setObjectName(u"ServicesPage")
        self.services_layout = QVBoxLayout(ServicesPage)
        self.services_layout.setObjectName(u"services_layout")
        self.header_layout = QHBoxLayout()
        self.header_layout.setObjectName(u"header_layout")
        self.title_label = QLabel(ServicesPage)
        self.title_label.setObjectName(u"title_label")

        self.header_layout.addWidget(self.title_label)

        self.header_spacer = QSpacerItem(40, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.header_layout.addItem(self.header_spacer)

        self.add_button = QPushButton(ServicesPage)
        self.add_button.setObjectName(u"add_button")

        self.header_layout.addWidget(self.add_button)

        self.import_button = QPushButton(ServicesPage)
        self.import_button.setObjectName(u"import_button")

        self.header_layout.addWidget(self.import_button)

        self.export_button = QPushButton(ServicesPage)
        self.export_button.setObjectName(u"export_button")

        self.header_layout.addWidget(self.export_button)


        self.services_layout.addLayout(self.header_layout)

        self.intro_label = QLabel(ServicesPage)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.services_layout.addWidget(self.intro_label)

        self.search_layout = QHBoxLayout()
        self.search_layout.setObjectName(u"search_layout")
        self.search_label = QLabel(ServicesPage)
        self.search_label.setObjectName(u"search_label")

        self.search_layout.addWidget(self.search_label)

        self.search_edit = QLineEdit(ServicesPage)
        self.search_edit.setObjectName(u"search_edit")
        self.search_edit.setClearButtonEnabled(True)

        self.search_layout.addWidget(self.search_edit)


        self.services_layout.addLayout(self.search_layout)

        self.filters_layout = QHBoxLayout()
        self.filters_layout.setObjectName(u"filters_layout")
        self.need_label = QLabel(ServicesPage)
        self.need_label.setObjectName(u"need_label")

        self.filters_layout.addWidget(self.need_label)

        self.need_combo = QComboBox(ServicesPage)
        self.need_combo.setObjectName(u"need_combo")
        self.need_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.need_combo.setMinimumContentsLength(16)

        self.filters_layout.addWidget(self.need_combo)

        self.language_label = QLabel(ServicesPage)
        self.language_label.setObjectName(u"language_label")

        self.filters_layout.addWidget(self.language_label)

        self.language_combo = QComboBox(ServicesPage)
        self.language_combo.setObjectName(u"language_combo")
        self.language_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.language_combo.setMinimumContentsLength(12)

        self.filters_layout.addWidget(self.language_combo)

        self.archived_check = QCheckBox(ServicesPage)
        self.archived_check.setObjectName(u"archived_check")

        self.filters_layout.addWidget(self.archived_check)

        self.filters_spacer = QSpacerItem(40, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filters_layout.addItem(self.filters_spacer)

        self.count_label = QLabel(ServicesPage)
        self.count_label.setObjectName(u"count_label")

        self.filters_layout.addWidget(self.count_label)


        self.services_layout.addLayout(self.filters_layout)

        self.splitter = QSplitter(ServicesPage)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.services_table = QTableView(self.splitter)
        self.services_table.setObjectName(u"services_table")
        self.services_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.services_table.setAlternatingRowColors(True)
        self.services_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.services_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.services_table.setTabKeyNavigation(False)
        self.services_table.setWordWrap(False)
        self.splitter.addWidget(self.services_table)
        self.details_frame = QFrame(self.splitter)
        self.details_frame.setObjectName(u"details_frame")
        self.details_frame.setFrameShape(QFrame.Shape.StyledPanel)
        self.details_layout = QVBoxLayout(self.details_frame)
        self.details_layout.setObjectName(u"details_layout")
        self.details_label = QLabel(self.details_frame)
        self.details_label.setObjectName(u"details_label")
        self.details_label.setTextFormat(Qt.TextFormat.RichText)
        self.details_label.setWordWrap(True)
        self.details_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details_label.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)

        self.details_layout.addWidget(self.details_label)

        self.details_buttons_layout = QHBoxLayout()
        self.details_buttons_layout.setObjectName(u"details_buttons_layout")
        self.edit_button = QPushButton(self.details_frame)
        self.edit_button.setObjectName(u"edit_button")

        self.details_buttons_layout.addWidget(self.edit_button)

        self.archive_button = QPushButton(self.details_frame)
        self.archive_button.setObjectName(u"archive_button")

        self.details_buttons_layout.addWidget(self.archive_button)

        self.details_spacer = QSpacerItem(40, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.details_buttons_layout.addItem(self.details_spacer)


        self.details_layout.addLayout(self.details_buttons_layout)

        self.splitter.addWidget(self.details_frame)

        self.services_layout.addWidget(self.splitter)

        self.feedback_label = QLabel(ServicesPage)
        self.feedback_label.setObjectName(u"feedback_label")
        self.feedback_label.setWordWrap(True)

        self.services_layout.addWidget(self.feedback_label)

#if QT_CONFIG(shortcut)
        self.search_label.setBuddy(self.search_edit)
        self.need_label.setBuddy(self.need_combo)
        self.language_label.setBuddy(self.language_combo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.search_edit, self.need_combo)
        QWidget.setTabOrder(self.need_combo, self.language_combo)
        QWidget.setTabOrder(self.language_combo, self.archived_check)
        QWidget.setTabOrder(self.archived_check, self.services_table)
        QWidget.setTabOrder(self.services_table, self.edit_button)
        QWidget.setTabOrder(self.edit_button, self.archive_button)
        QWidget.setTabOrder(self.archive_button, self.add_button)
        QWidget.setTabOrder(self.add_button, self.import_button)
        QWidget.setTabOrder(self.import_button, self.export_button)

        self.retranslateUi(ServicesPage)

        QMetaObject.connectSlotsByName(ServicesPage)
    # setupUi

    def retranslateUi(self, ServicesPage):
        ServicesPage.setWindowTitle(QCoreApplication.translate("ServicesPage", u"Services", None))
        self.title_label.setText(QCoreApplication.translate("ServicesPage", u"Services directory", None))
        self.add_button.setText(QCoreApplication.translate("ServicesPage", u"&Add a service\u2026", None))
        self.import_button.setText(QCoreApplication.translate("ServicesPage", u"&Import a directory\u2026", None))
#if QT_CONFIG(tooltip)
        self.import_button.setToolTip(QCoreApplication.translate("ServicesPage", u"Import a council's directory (Open Referral HSDS: a data package folder or .zip, or a .json file)", None))
#endif // QT_CONFIG(tooltip)
        self.export_button.setText(QCoreApplication.translate("ServicesPage", u"E&xport\u2026", None))
#if QT_CONFIG(tooltip)
        self.export_button.setToolTip(QCoreApplication.translate("ServicesPage", u"Write the whole directory as Open Referral HSDS, for another Hearth or the council", None))
#endif // QT_CONFIG(tooltip)
        self.intro_label.setText(QCoreApplication.translate("ServicesPage", u"Local services families can be signposted or referred to. The directory is kept on this laptop and works without a network.", None))
        self.search_label.setText(QCoreApplication.translate("ServicesPage", u"&Search:", None))
#if QT_CONFIG(accessibility)
        self.search_edit.setAccessibleName(QCoreApplication.translate("ServicesPage", u"Search services", None))
#endif // QT_CONFIG(accessibility)
        self.search_edit.setPlaceholderText(QCoreApplication.translate("ServicesPage", u"Name, organisation, address or notes, for example food bank", None))
        self.need_label.setText(QCoreApplication.translate("ServicesPage", u"&Need:", None))
        self.language_label.setText(QCoreApplication.translate("ServicesPage", u"&Language offered:", None))
        self.archived_check.setText(QCoreApplication.translate("ServicesPage", u"Show a&rchived", None))
        self.count_label.setText("")
#if QT_CONFIG(accessibility)
        self.services_table.setAccessibleName(QCoreApplication.translate("ServicesPage", u"Services", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.details_label.setAccessibleName(QCoreApplication.translate("ServicesPage", u"The service chosen", None))
#endif // QT_CONFIG(accessibility)
        self.details_label.setText("")
        self.edit_button.setText(QCoreApplication.translate("ServicesPage", u"&Edit\u2026", None))
        self.archive_button.setText(QCoreApplication.translate("ServicesPage", u"Ar&chive", None))
        self.feedback_label.setText("")
    # retranslateUi

