# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'person_editor.ui'
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
    QFormLayout, QGroupBox, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

class Ui_PersonEditor(object):
    def setupUi(self, PersonEditor):
        if not PersonEditor.objectName():
            PersonEditor.setObjectName(u"PersonEditor")
        self.person_editor_layout = QVBoxLayout(PersonEditor)
        self.person_editor_layout.setObjectName(u"person_editor_layout")
        self.person_editor_layout.setContentsMargins(0, 0, 0, 0)
        self.people_table = QTableWidget(PersonEditor)
        self.people_table.setObjectName(u"people_table")
        self.people_table.setMinimumSize(QSize(0, 140))
        self.people_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.people_table.setTabKeyNavigation(False)
        self.people_table.setAlternatingRowColors(True)
        self.people_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.people_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)

        self.person_editor_layout.addWidget(self.people_table)

        self.people_buttons_layout = QHBoxLayout()
        self.people_buttons_layout.setObjectName(u"people_buttons_layout")
        self.add_caregiver_button = QPushButton(PersonEditor)
        self.add_caregiver_button.setObjectName(u"add_caregiver_button")

        self.people_buttons_layout.addWidget(self.add_caregiver_button)

        self.add_child_button = QPushButton(PersonEditor)
        self.add_child_button.setObjectName(u"add_child_button")

        self.people_buttons_layout.addWidget(self.add_child_button)

        self.add_other_button = QPushButton(PersonEditor)
        self.add_other_button.setObjectName(u"add_other_button")

        self.people_buttons_layout.addWidget(self.add_other_button)

        self.people_buttons_spacer = QSpacerItem(40, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.people_buttons_layout.addItem(self.people_buttons_spacer)

        self.remove_person_button = QPushButton(PersonEditor)
        self.remove_person_button.setObjectName(u"remove_person_button")

        self.people_buttons_layout.addWidget(self.remove_person_button)


        self.person_editor_layout.addLayout(self.people_buttons_layout)

        self.removed_label = QLabel(PersonEditor)
        self.removed_label.setObjectName(u"removed_label")
        self.removed_label.setText(u"")
        self.removed_label.setWordWrap(True)

        self.person_editor_layout.addWidget(self.removed_label)

        self.person_group = QGroupBox(PersonEditor)
        self.person_group.setObjectName(u"person_group")
        self.person_form = QFormLayout(self.person_group)
        self.person_form.setObjectName(u"person_form")
        self.role_label = QLabel(self.person_group)
        self.role_label.setObjectName(u"role_label")

        self.person_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.role_label)

        self.role_combo = QComboBox(self.person_group)
        self.role_combo.setObjectName(u"role_combo")

        self.person_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.role_combo)

        self.given_name_label = QLabel(self.person_group)
        self.given_name_label.setObjectName(u"given_name_label")

        self.person_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.given_name_label)

        self.given_name_edit = QLineEdit(self.person_group)
        self.given_name_edit.setObjectName(u"given_name_edit")

        self.person_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.given_name_edit)

        self.given_name_message_label = QLabel(self.person_group)
        self.given_name_message_label.setObjectName(u"given_name_message_label")
        self.given_name_message_label.setText(u"")
        self.given_name_message_label.setWordWrap(True)

        self.person_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.given_name_message_label)

        self.age_band_label = QLabel(self.person_group)
        self.age_band_label.setObjectName(u"age_band_label")

        self.person_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.age_band_label)

        self.age_band_combo = QComboBox(self.person_group)
        self.age_band_combo.setObjectName(u"age_band_combo")

        self.person_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.age_band_combo)

        self.birth_year_label = QLabel(self.person_group)
        self.birth_year_label.setObjectName(u"birth_year_label")

        self.person_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.birth_year_label)

        self.birth_year_edit = QLineEdit(self.person_group)
        self.birth_year_edit.setObjectName(u"birth_year_edit")

        self.person_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.birth_year_edit)

        self.birth_year_message_label = QLabel(self.person_group)
        self.birth_year_message_label.setObjectName(u"birth_year_message_label")
        self.birth_year_message_label.setText(u"")
        self.birth_year_message_label.setWordWrap(True)

        self.person_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.birth_year_message_label)

        self.school_year_label = QLabel(self.person_group)
        self.school_year_label.setObjectName(u"school_year_label")

        self.person_form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.school_year_label)

        self.school_year_edit = QLineEdit(self.person_group)
        self.school_year_edit.setObjectName(u"school_year_edit")

        self.person_form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.school_year_edit)

        self.school_year_message_label = QLabel(self.person_group)
        self.school_year_message_label.setObjectName(u"school_year_message_label")
        self.school_year_message_label.setText(u"")
        self.school_year_message_label.setWordWrap(True)

        self.person_form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.school_year_message_label)

        self.class_name_label = QLabel(self.person_group)
        self.class_name_label.setObjectName(u"class_name_label")

        self.person_form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.class_name_label)

        self.class_name_edit = QLineEdit(self.person_group)
        self.class_name_edit.setObjectName(u"class_name_edit")

        self.person_form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.class_name_edit)

        self.class_name_message_label = QLabel(self.person_group)
        self.class_name_message_label.setObjectName(u"class_name_message_label")
        self.class_name_message_label.setText(u"")
        self.class_name_message_label.setWordWrap(True)

        self.person_form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.class_name_message_label)

        self.english_label = QLabel(self.person_group)
        self.english_label.setObjectName(u"english_label")

        self.person_form.setWidget(10, QFormLayout.ItemRole.LabelRole, self.english_label)

        self.english_combo = QComboBox(self.person_group)
        self.english_combo.setObjectName(u"english_combo")

        self.person_form.setWidget(10, QFormLayout.ItemRole.FieldRole, self.english_combo)

        self.prior_schooling_label = QLabel(self.person_group)
        self.prior_schooling_label.setObjectName(u"prior_schooling_label")

        self.person_form.setWidget(11, QFormLayout.ItemRole.LabelRole, self.prior_schooling_label)

        self.prior_schooling_combo = QComboBox(self.person_group)
        self.prior_schooling_combo.setObjectName(u"prior_schooling_combo")

        self.person_form.setWidget(11, QFormLayout.ItemRole.FieldRole, self.prior_schooling_combo)

        self.esol_label = QLabel(self.person_group)
        self.esol_label.setObjectName(u"esol_label")

        self.person_form.setWidget(12, QFormLayout.ItemRole.LabelRole, self.esol_label)

        self.esol_combo = QComboBox(self.person_group)
        self.esol_combo.setObjectName(u"esol_combo")

        self.person_form.setWidget(12, QFormLayout.ItemRole.FieldRole, self.esol_combo)

        self.wants_esol_check = QCheckBox(self.person_group)
        self.wants_esol_check.setObjectName(u"wants_esol_check")

        self.person_form.setWidget(13, QFormLayout.ItemRole.FieldRole, self.wants_esol_check)


        self.person_editor_layout.addWidget(self.person_group)

#if QT_CONFIG(shortcut)
        self.role_label.setBuddy(self.role_combo)
        self.given_name_label.setBuddy(self.given_name_edit)
        self.age_band_label.setBuddy(self.age_band_combo)
        self.birth_year_label.setBuddy(self.birth_year_edit)
        self.school_year_label.setBuddy(self.school_year_edit)
        self.class_name_label.setBuddy(self.class_name_edit)
        self.english_label.setBuddy(self.english_combo)
        self.prior_schooling_label.setBuddy(self.prior_schooling_combo)
        self.esol_label.setBuddy(self.esol_combo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.people_table, self.add_caregiver_button)
        QWidget.setTabOrder(self.add_caregiver_button, self.add_child_button)
        QWidget.setTabOrder(self.add_child_button, self.add_other_button)
        QWidget.setTabOrder(self.add_other_button, self.remove_person_button)
        QWidget.setTabOrder(self.remove_person_button, self.role_combo)
        QWidget.setTabOrder(self.role_combo, self.given_name_edit)
        QWidget.setTabOrder(self.given_name_edit, self.age_band_combo)
        QWidget.setTabOrder(self.age_band_combo, self.birth_year_edit)
        QWidget.setTabOrder(self.birth_year_edit, self.school_year_edit)
        QWidget.setTabOrder(self.school_year_edit, self.class_name_edit)
        QWidget.setTabOrder(self.class_name_edit, self.english_combo)
        QWidget.setTabOrder(self.english_combo, self.prior_schooling_combo)
        QWidget.setTabOrder(self.prior_schooling_combo, self.esol_combo)
        QWidget.setTabOrder(self.esol_combo, self.wants_esol_check)

        self.retranslateUi(PersonEditor)

        QMetaObject.connectSlotsByName(PersonEditor)
    # setupUi

    def retranslateUi(self, PersonEditor):
        PersonEditor.setWindowTitle(QCoreApplication.translate("PersonEditor", u"People", None))
#if QT_CONFIG(accessibility)
        self.people_table.setAccessibleName(QCoreApplication.translate("PersonEditor", u"People in the family", None))
#endif // QT_CONFIG(accessibility)
        self.add_caregiver_button.setText(QCoreApplication.translate("PersonEditor", u"Add a caregiver", None))
        self.add_child_button.setText(QCoreApplication.translate("PersonEditor", u"Add a child", None))
        self.add_other_button.setText(QCoreApplication.translate("PersonEditor", u"Add someone else", None))
        self.remove_person_button.setText(QCoreApplication.translate("PersonEditor", u"Re&move from the family", None))
        self.person_group.setTitle(QCoreApplication.translate("PersonEditor", u"About this person", None))
        self.role_label.setText(QCoreApplication.translate("PersonEditor", u"Role:", None))
#if QT_CONFIG(accessibility)
        self.role_combo.setAccessibleName(QCoreApplication.translate("PersonEditor", u"Role", None))
#endif // QT_CONFIG(accessibility)
        self.given_name_label.setText(QCoreApplication.translate("PersonEditor", u"&Given name (optional):", None))
#if QT_CONFIG(accessibility)
        self.given_name_edit.setAccessibleName(QCoreApplication.translate("PersonEditor", u"Given name (optional)", None))
#endif // QT_CONFIG(accessibility)
        self.age_band_label.setText(QCoreApplication.translate("PersonEditor", u"Age band:", None))
#if QT_CONFIG(accessibility)
        self.age_band_combo.setAccessibleName(QCoreApplication.translate("PersonEditor", u"Age band", None))
#endif // QT_CONFIG(accessibility)
        self.birth_year_label.setText(QCoreApplication.translate("PersonEditor", u"Birth &year:", None))
#if QT_CONFIG(accessibility)
        self.birth_year_edit.setAccessibleName(QCoreApplication.translate("PersonEditor", u"Birth year", None))
#endif // QT_CONFIG(accessibility)
        self.birth_year_edit.setPlaceholderText(QCoreApplication.translate("PersonEditor", u"optional, for example 2016", None))
        self.school_year_label.setText(QCoreApplication.translate("PersonEditor", u"Year gro&up:", None))
#if QT_CONFIG(accessibility)
        self.school_year_edit.setAccessibleName(QCoreApplication.translate("PersonEditor", u"Year group", None))
#endif // QT_CONFIG(accessibility)
        self.school_year_edit.setPlaceholderText(QCoreApplication.translate("PersonEditor", u"for example Year 4, Reception", None))
        self.class_name_label.setText(QCoreApplication.translate("PersonEditor", u"Class:", None))
#if QT_CONFIG(accessibility)
        self.class_name_edit.setAccessibleName(QCoreApplication.translate("PersonEditor", u"Class", None))
#endif // QT_CONFIG(accessibility)
        self.english_label.setText(QCoreApplication.translate("PersonEditor", u"English proficiency (A\u2013E):", None))
#if QT_CONFIG(accessibility)
        self.english_combo.setAccessibleName(QCoreApplication.translate("PersonEditor", u"English proficiency (A\u2013E)", None))
#endif // QT_CONFIG(accessibility)
        self.prior_schooling_label.setText(QCoreApplication.translate("PersonEditor", u"Prior schooling:", None))
#if QT_CONFIG(accessibility)
        self.prior_schooling_combo.setAccessibleName(QCoreApplication.translate("PersonEditor", u"Prior schooling", None))
#endif // QT_CONFIG(accessibility)
        self.esol_label.setText(QCoreApplication.translate("PersonEditor", u"ESOL level:", None))
#if QT_CONFIG(accessibility)
        self.esol_combo.setAccessibleName(QCoreApplication.translate("PersonEditor", u"ESOL level", None))
#endif // QT_CONFIG(accessibility)
        self.wants_esol_check.setText(QCoreApplication.translate("PersonEditor", u"Wo&uld like English classes", None))
    # retranslateUi

