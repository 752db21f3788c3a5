# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'champion_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QListView, QListWidget, QListWidgetItem, QSizePolicy,
    QSpinBox, QVBoxLayout, QWidget)

class Ui_ChampionDialog(object):
    def setupUi(self, ChampionDialog):
        if not ChampionDialog.objectName():
            ChampionDialog.setObjectName(u"ChampionDialog")
        ChampionDialog.resize(640, 720)
        self.dialog_layout = QVBoxLayout(ChampionDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.intro_label = QLabel(ChampionDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.intro_label)

        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.form_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.family_search_label = QLabel(ChampionDialog)
        self.family_search_label.setObjectName(u"family_search_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.family_search_label)

        self.family_layout = QVBoxLayout()
        self.family_layout.setObjectName(u"family_layout")
        self.family_search_edit = QLineEdit(ChampionDialog)
        self.family_search_edit.setObjectName(u"family_search_edit")
        self.family_search_edit.setClearButtonEnabled(True)

        self.family_layout.addWidget(self.family_search_edit)

        self.family_results_list = QListWidget(ChampionDialog)
        self.family_results_list.setObjectName(u"family_results_list")
        self.family_results_list.setMaximumSize(QSize(16777215, 110))

        self.family_layout.addWidget(self.family_results_list)

        self.family_label = QLabel(ChampionDialog)
        self.family_label.setObjectName(u"family_label")
        self.family_label.setWordWrap(True)

        self.family_layout.addWidget(self.family_label)

        self.consent_label = QLabel(ChampionDialog)
        self.consent_label.setObjectName(u"consent_label")
        self.consent_label.setWordWrap(True)

        self.family_layout.addWidget(self.consent_label)


        self.form_layout.setLayout(0, QFormLayout.ItemRole.FieldRole, self.family_layout)

        self.languages_label = QLabel(ChampionDialog)
        self.languages_label.setObjectName(u"languages_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.languages_label)

        self.languages_layout = QVBoxLayout()
        self.languages_layout.setObjectName(u"languages_layout")
        self.language_filter_edit = QLineEdit(ChampionDialog)
        self.language_filter_edit.setObjectName(u"language_filter_edit")
        self.language_filter_edit.setClearButtonEnabled(True)

        self.languages_layout.addWidget(self.language_filter_edit)

        self.language_list = QListWidget(ChampionDialog)
        self.language_list.setObjectName(u"language_list")
        self.language_list.setMinimumSize(QSize(0, 120))

        self.languages_layout.addWidget(self.language_list)


        self.form_layout.setLayout(1, QFormLayout.ItemRole.FieldRole, self.languages_layout)

        self.school_label = QLabel(ChampionDialog)
        self.school_label.setObjectName(u"school_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.school_label)

        self.school_combo = QComboBox(ChampionDialog)
        self.school_combo.setObjectName(u"school_combo")
        self.school_combo.setEditable(True)

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.school_combo)

        self.year_groups_label = QLabel(ChampionDialog)
        self.year_groups_label.setObjectName(u"year_groups_label")
        self.year_groups_label.setWordWrap(True)

        self.form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.year_groups_label)

        self.year_groups_list = QListWidget(ChampionDialog)
        self.year_groups_list.setObjectName(u"year_groups_list")
        self.year_groups_list.setFlow(QListView.Flow.LeftToRight)
        self.year_groups_list.setProperty(u"isWrapping", True)
        self.year_groups_list.setResizeMode(QListView.ResizeMode.Adjust)
        self.year_groups_list.setSpacing(4)
        self.year_groups_list.setMinimumSize(QSize(0, 90))

        self.form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.year_groups_list)

        self.availability_label = QLabel(ChampionDialog)
        self.availability_label.setObjectName(u"availability_label")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.availability_label)

        self.availability_edit = QLineEdit(ChampionDialog)
        self.availability_edit.setObjectName(u"availability_edit")
        self.availability_edit.setMaxLength(80)

        self.form_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.availability_edit)

        self.capacity_label = QLabel(ChampionDialog)
        self.capacity_label.setObjectName(u"capacity_label")

        self.form_layout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.capacity_label)

        self.capacity_spin = QSpinBox(ChampionDialog)
        self.capacity_spin.setObjectName(u"capacity_spin")
        self.capacity_spin.setMinimum(1)
        self.capacity_spin.setMaximum(10)
        self.capacity_spin.setValue(2)

        self.form_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.capacity_spin)


        self.dialog_layout.addLayout(self.form_layout)

        self.message_label = QLabel(ChampionDialog)
        self.message_label.setObjectName(u"message_label")
        self.message_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.message_label)

        self.button_box = QDialogButtonBox(ChampionDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialog_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.family_search_label.setBuddy(self.family_search_edit)
        self.languages_label.setBuddy(self.language_filter_edit)
        self.school_label.setBuddy(self.school_combo)
        self.year_groups_label.setBuddy(self.year_groups_list)
        self.availability_label.setBuddy(self.availability_edit)
        self.capacity_label.setBuddy(self.capacity_spin)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.family_search_edit, self.family_results_list)
        QWidget.setTabOrder(self.family_results_list, self.language_filter_edit)
        QWidget.setTabOrder(self.language_filter_edit, self.language_list)
        QWidget.setTabOrder(self.language_list, self.school_combo)
        QWidget.setTabOrder(self.school_combo, self.year_groups_list)
        QWidget.setTabOrder(self.year_groups_list, self.availability_edit)
        QWidget.setTabOrder(self.availability_edit, self.capacity_spin)

        self.retranslateUi(ChampionDialog)

        QMetaObject.connectSlotsByName(ChampionDialog)
    # setupUi

    def retranslateUi(self, ChampionDialog):
        ChampionDialog.setWindowTitle(QCoreApplication.translate("ChampionDialog", u"Parent champion", None))
        self.intro_label.setText(QCoreApplication.translate("ChampionDialog", u"A parent champion is an established family who greets a new family at school, at events and parents' evenings, and answers their questions.", None))
        self.family_search_label.setText(QCoreApplication.translate("ChampionDialog", u"&Family:", None))
#if QT_CONFIG(accessibility)
        self.family_search_edit.setAccessibleName(QCoreApplication.translate("ChampionDialog", u"Search for the champion family", None))
#endif // QT_CONFIG(accessibility)
        self.family_search_edit.setPlaceholderText(QCoreApplication.translate("ChampionDialog", u"Reference or name, for example HH-7F3K", None))
#if QT_CONFIG(accessibility)
        self.family_results_list.setAccessibleName(QCoreApplication.translate("ChampionDialog", u"Families found", None))
#endif // QT_CONFIG(accessibility)
        self.family_label.setText("")
        self.consent_label.setText("")
        self.languages_label.setText(QCoreApplication.translate("ChampionDialog", u"&Languages they speak:", None))
#if QT_CONFIG(accessibility)
        self.language_filter_edit.setAccessibleName(QCoreApplication.translate("ChampionDialog", u"Find a language", None))
#endif // QT_CONFIG(accessibility)
        self.language_filter_edit.setPlaceholderText(QCoreApplication.translate("ChampionDialog", u"Type to find a language", None))
#if QT_CONFIG(accessibility)
        self.language_list.setAccessibleName(QCoreApplication.translate("ChampionDialog", u"Languages they speak", None))
#endif // QT_CONFIG(accessibility)
        self.school_label.setText(QCoreApplication.translate("ChampionDialog", u"S&chool:", None))
#if QT_CONFIG(accessibility)
        self.school_combo.setAccessibleName(QCoreApplication.translate("ChampionDialog", u"School", None))
#endif // QT_CONFIG(accessibility)
        self.year_groups_label.setText(QCoreApplication.translate("ChampionDialog", u"Their children's &year groups:", None))
#if QT_CONFIG(accessibility)
        self.year_groups_list.setAccessibleName(QCoreApplication.translate("ChampionDialog", u"Their children's year groups", None))
#endif // QT_CONFIG(accessibility)
        self.availability_label.setText(QCoreApplication.translate("ChampionDialog", u"&Available:", None))
#if QT_CONFIG(accessibility)
        self.availability_edit.setAccessibleName(QCoreApplication.translate("ChampionDialog", u"When they are available", None))
#endif // QT_CONFIG(accessibility)
        self.availability_edit.setPlaceholderText(QCoreApplication.translate("ChampionDialog", u"For example: school drop-off, weekday mornings", None))
        self.capacity_label.setText(QCoreApplication.translate("ChampionDialog", u"Families they can &take:", None))
#if QT_CONFIG(accessibility)
        self.capacity_spin.setAccessibleName(QCoreApplication.translate("ChampionDialog", u"How many families they can take at once", None))
#endif // QT_CONFIG(accessibility)
        self.message_label.setText("")
    # retranslateUi

