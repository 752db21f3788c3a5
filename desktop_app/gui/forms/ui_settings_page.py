# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'settings_page.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QDoubleSpinBox,
    QFormLayout, QFrame, QGroupBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QProgressBar, QPushButton, QScrollArea,
    QSizePolicy, QSpacerItem, QSpinBox, QStackedWidget,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_SettingsPage(object):
    def setupUi(self, SettingsPage):
        if not SettingsPage.objectName():
            SettingsPage.setObjectName(u"SettingsPage")
        self.settings_layout = QVBoxLayout(SettingsPage)
        self.settings_layout.setObjectName(u"settings_layout")
        self.title_label = QLabel(SettingsPage)
        self.title_label.setObjectName(u"title_label")

        self.settings_layout.addWidget(self.title_label)

        self.body_layout = QHBoxLayout()
        self.body_layout.setObjectName(u"body_layout")
        self.section_list = QListWidget(SettingsPage)
        QListWidgetItem(self.section_list)
        QListWidgetItem(self.section_list)
        QListWidgetItem(self.section_list)
        QListWidgetItem(self.section_list)
        QListWidgetItem(self.section_list)
        QListWidgetItem(self.section_list)
        self.section_list.setObjectName(u"section_list")
        self.section_list.setWordWrap(True)

        self.body_layout.addWidget(self.section_list)

        self.section_stack = QStackedWidget(SettingsPage)
        self.section_stack.setObjectName(u"section_stack")
        self.display_section = QWidget()
        self.display_section.setObjectName(u"display_section")
        self.display_section_layout = QVBoxLayout(self.display_section)
        self.display_section_layout.setObjectName(u"display_section_layout")
        self.display_section_layout.setContentsMargins(0, 0, 0, 0)
        self.display_scroll = QScrollArea(self.display_section)
        self.display_scroll.setObjectName(u"display_scroll")
        self.display_scroll.setWidgetResizable(True)
        self.display_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.display_content = QWidget()
        self.display_content.setObjectName(u"display_content")
        self.display_content_layout = QVBoxLayout(self.display_content)
        self.display_content_layout.setObjectName(u"display_content_layout")
        self.language_group = QGroupBox(self.display_content)
        self.language_group.setObjectName(u"language_group")
        self.language_layout = QVBoxLayout(self.language_group)
        self.language_layout.setObjectName(u"language_layout")
        self.language_intro_label = QLabel(self.language_group)
        self.language_intro_label.setObjectName(u"language_intro_label")
        self.language_intro_label.setWordWrap(True)

        self.language_layout.addWidget(self.language_intro_label)

        self.language_label = QLabel(self.language_group)
        self.language_label.setObjectName(u"language_label")

        self.language_layout.addWidget(self.language_label)

        self.language_list = QListWidget(self.language_group)
        self.language_list.setObjectName(u"language_list")
        self.language_list.setMinimumSize(QSize(0, 60))

        self.language_layout.addWidget(self.language_list)


        self.display_content_layout.addWidget(self.language_group)

        self.text_group = QGroupBox(self.display_content)
        self.text_group.setObjectName(u"text_group")
        self.text_form_block = QVBoxLayout(self.text_group)
        self.text_form_block.setObjectName(u"text_form_block")
        self.text_form = QFormLayout()
        self.text_form.setObjectName(u"text_form")
        self.text_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.text_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.text_size_label = QLabel(self.text_group)
        self.text_size_label.setObjectName(u"text_size_label")

        self.text_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.text_size_label)

        self.text_size_combo = QComboBox(self.text_group)
        self.text_size_combo.setObjectName(u"text_size_combo")

        self.text_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.text_size_combo)

        self.high_contrast_check = QCheckBox(self.text_group)
        self.high_contrast_check.setObjectName(u"high_contrast_check")

        self.text_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.high_contrast_check)

        self.high_contrast_hint_label = QLabel(self.text_group)
        self.high_contrast_hint_label.setObjectName(u"high_contrast_hint_label")
        self.high_contrast_hint_label.setWordWrap(True)

        self.text_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.high_contrast_hint_label)


        self.text_form_block.addLayout(self.text_form)

        self.display_hint_label = QLabel(self.text_group)
        self.display_hint_label.setObjectName(u"display_hint_label")
        self.display_hint_label.setWordWrap(True)

        self.text_form_block.addWidget(self.display_hint_label)

        self.display_message_label = QLabel(self.text_group)
        self.display_message_label.setObjectName(u"display_message_label")
        self.display_message_label.setText(u"")
        self.display_message_label.setWordWrap(True)

        self.text_form_block.addWidget(self.display_message_label)


        self.display_content_layout.addWidget(self.text_group)

        self.display_end_spacer = QSpacerItem(0, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.display_content_layout.addItem(self.display_end_spacer)

        self.display_scroll.setWidget(self.display_content)

        self.display_section_layout.addWidget(self.display_scroll)

        self.section_stack.addWidget(self.display_section)
        self.session_section = QWidget()
        self.session_section.setObjectName(u"session_section")
        self.session_section_layout = QVBoxLayout(self.session_section)
        self.session_section_layout.setObjectName(u"session_section_layout")
        self.session_section_layout.setContentsMargins(0, 0, 0, 0)
        self.session_scroll = QScrollArea(self.session_section)
        self.session_scroll.setObjectName(u"session_scroll")
        self.session_scroll.setWidgetResizable(True)
        self.session_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.session_content = QWidget()
        self.session_content.setObjectName(u"session_content")
        self.session_content_layout = QVBoxLayout(self.session_content)
        self.session_content_layout.setObjectName(u"session_content_layout")
        self.auto_lock_group = QGroupBox(self.session_content)
        self.auto_lock_group.setObjectName(u"auto_lock_group")
        self.auto_lock_form_block = QVBoxLayout(self.auto_lock_group)
        self.auto_lock_form_block.setObjectName(u"auto_lock_form_block")
        self.auto_lock_form = QFormLayout()
        self.auto_lock_form.setObjectName(u"auto_lock_form")
        self.auto_lock_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.auto_lock_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.auto_lock_label = QLabel(self.auto_lock_group)
        self.auto_lock_label.setObjectName(u"auto_lock_label")
        self.auto_lock_label.setWordWrap(True)

        self.auto_lock_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.auto_lock_label)

        self.auto_lock_spin = QSpinBox(self.auto_lock_group)
        self.auto_lock_spin.setObjectName(u"auto_lock_spin")
        self.auto_lock_spin.setMinimum(1)
        self.auto_lock_spin.setMaximum(120)
        self.auto_lock_spin.setValue(5)

        self.auto_lock_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.auto_lock_spin)


        self.auto_lock_form_block.addLayout(self.auto_lock_form)

        self.auto_lock_hint_label = QLabel(self.auto_lock_group)
        self.auto_lock_hint_label.setObjectName(u"auto_lock_hint_label")
        self.auto_lock_hint_label.setWordWrap(True)

        self.auto_lock_form_block.addWidget(self.auto_lock_hint_label)

        self.auto_lock_message_label = QLabel(self.auto_lock_group)
        self.auto_lock_message_label.setObjectName(u"auto_lock_message_label")
        self.auto_lock_message_label.setText(u"")
        self.auto_lock_message_label.setWordWrap(True)

        self.auto_lock_form_block.addWidget(self.auto_lock_message_label)


        self.session_content_layout.addWidget(self.auto_lock_group)

        self.session_end_spacer = QSpacerItem(0, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.session_content_layout.addItem(self.session_end_spacer)

        self.session_scroll.setWidget(self.session_content)

        self.session_section_layout.addWidget(self.session_scroll)

        self.section_stack.addWidget(self.session_section)
        self.records_section = QWidget()
        self.records_section.setObjectName(u"records_section")
        self.records_section_layout = QVBoxLayout(self.records_section)
        self.records_section_layout.setObjectName(u"records_section_layout")
        self.records_section_layout.setContentsMargins(0, 0, 0, 0)
        self.records_scroll = QScrollArea(self.records_section)
        self.records_scroll.setObjectName(u"records_scroll")
        self.records_scroll.setWidgetResizable(True)
        self.records_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.records_content = QWidget()
        self.records_content.setObjectName(u"records_content")
        self.records_content_layout = QVBoxLayout(self.records_content)
        self.records_content_layout.setObjectName(u"records_content_layout")
        self.retention_group = QGroupBox(self.records_content)
        self.retention_group.setObjectName(u"retention_group")
        self.retention_form_block = QVBoxLayout(self.retention_group)
        self.retention_form_block.setObjectName(u"retention_form_block")
        self.retention_intro_label = QLabel(self.retention_group)
        self.retention_intro_label.setObjectName(u"retention_intro_label")
        self.retention_intro_label.setWordWrap(True)

        self.retention_form_block.addWidget(self.retention_intro_label)

        self.retention_form = QFormLayout()
        self.retention_form.setObjectName(u"retention_form")
        self.retention_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.retention_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.retention_label = QLabel(self.retention_group)
        self.retention_label.setObjectName(u"retention_label")
        self.retention_label.setWordWrap(True)

        self.retention_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.retention_label)

        self.retention_spin = QSpinBox(self.retention_group)
        self.retention_spin.setObjectName(u"retention_spin")
        self.retention_spin.setMinimum(1)
        self.retention_spin.setMaximum(240)
        self.retention_spin.setValue(24)

        self.retention_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.retention_spin)


        self.retention_form_block.addLayout(self.retention_form)

        self.retention_effect_label = QLabel(self.retention_group)
        self.retention_effect_label.setObjectName(u"retention_effect_label")
        self.retention_effect_label.setText(u"")
        self.retention_effect_label.setWordWrap(True)

        self.retention_form_block.addWidget(self.retention_effect_label)

        self.retention_buttons = QHBoxLayout()
        self.retention_buttons.setObjectName(u"retention_buttons")
        self.retention_save_button = QPushButton(self.retention_group)
        self.retention_save_button.setObjectName(u"retention_save_button")

        self.retention_buttons.addWidget(self.retention_save_button)

        self.retention_buttons_spacer = QSpacerItem(40, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.retention_buttons.addItem(self.retention_buttons_spacer)


        self.retention_form_block.addLayout(self.retention_buttons)

        self.retention_message_label = QLabel(self.retention_group)
        self.retention_message_label.setObjectName(u"retention_message_label")
        self.retention_message_label.setText(u"")
        self.retention_message_label.setWordWrap(True)

        self.retention_form_block.addWidget(self.retention_message_label)


        self.records_content_layout.addWidget(self.retention_group)

        self.records_end_spacer = QSpacerItem(0, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.records_content_layout.addItem(self.records_end_spacer)

        self.records_scroll.setWidget(self.records_content)

        self.records_section_layout.addWidget(self.records_scroll)

        self.section_stack.addWidget(self.records_section)
        self.statistics_section = QWidget()
        self.statistics_section.setObjectName(u"statistics_section")
        self.statistics_section_layout = QVBoxLayout(self.statistics_section)
        self.statistics_section_layout.setObjectName(u"statistics_section_layout")
        self.statistics_section_layout.setContentsMargins(0, 0, 0, 0)
        self.statistics_scroll = QScrollArea(self.statistics_section)
        self.statistics_scroll.setObjectName(u"statistics_scroll")
        self.statistics_scroll.setWidgetResizable(True)
        self.statistics_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.statistics_content = QWidget()
        self.statistics_content.setObjectName(u"statistics_content")
        self.statistics_content_layout = QVBoxLayout(self.statistics_content)
        self.statistics_content_layout.setObjectName(u"statistics_content_layout")
        self.stats_group = QGroupBox(self.statistics_content)
        self.stats_group.setObjectName(u"stats_group")
        self.stats_form_block = QVBoxLayout(self.stats_group)
        self.stats_form_block.setObjectName(u"stats_form_block")
        self.stats_intro_label = QLabel(self.stats_group)
        self.stats_intro_label.setObjectName(u"stats_intro_label")
        self.stats_intro_label.setWordWrap(True)

        self.stats_form_block.addWidget(self.stats_intro_label)

        self.stats_form = QFormLayout()
        self.stats_form.setObjectName(u"stats_form")
        self.stats_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.stats_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.area_label = QLabel(self.stats_group)
        self.area_label.setObjectName(u"area_label")
        self.area_label.setWordWrap(True)

        self.stats_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.area_label)

        self.area_edit = QLineEdit(self.stats_group)
        self.area_edit.setObjectName(u"area_edit")
        self.area_edit.setMaxLength(32)

        self.stats_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.area_edit)

        self.area_message_label = QLabel(self.stats_group)
        self.area_message_label.setObjectName(u"area_message_label")
        self.area_message_label.setText(u"")
        self.area_message_label.setWordWrap(True)

        self.stats_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.area_message_label)

        self.area_hint_label = QLabel(self.stats_group)
        self.area_hint_label.setObjectName(u"area_hint_label")
        self.area_hint_label.setWordWrap(True)

        self.stats_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.area_hint_label)

        self.threshold_label = QLabel(self.stats_group)
        self.threshold_label.setObjectName(u"threshold_label")
        self.threshold_label.setWordWrap(True)

        self.stats_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.threshold_label)

        self.threshold_spin = QSpinBox(self.stats_group)
        self.threshold_spin.setObjectName(u"threshold_spin")
        self.threshold_spin.setMinimum(3)
        self.threshold_spin.setMaximum(100)
        self.threshold_spin.setValue(5)

        self.stats_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.threshold_spin)

        self.threshold_hint_label = QLabel(self.stats_group)
        self.threshold_hint_label.setObjectName(u"threshold_hint_label")
        self.threshold_hint_label.setWordWrap(True)

        self.stats_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.threshold_hint_label)

        self.rounding_label = QLabel(self.stats_group)
        self.rounding_label.setObjectName(u"rounding_label")
        self.rounding_label.setWordWrap(True)

        self.stats_form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.rounding_label)

        self.rounding_combo = QComboBox(self.stats_group)
        self.rounding_combo.setObjectName(u"rounding_combo")

        self.stats_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.rounding_combo)

        self.noise_check = QCheckBox(self.stats_group)
        self.noise_check.setObjectName(u"noise_check")

        self.stats_form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.noise_check)

        self.epsilon_label = QLabel(self.stats_group)
        self.epsilon_label.setObjectName(u"epsilon_label")
        self.epsilon_label.setWordWrap(True)

        self.stats_form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.epsilon_label)

        self.epsilon_spin = QDoubleSpinBox(self.stats_group)
        self.epsilon_spin.setObjectName(u"epsilon_spin")
        self.epsilon_spin.setDecimals(2)
        self.epsilon_spin.setMinimum(0.010000000000000)
        self.epsilon_spin.setMaximum(10.000000000000000)
        self.epsilon_spin.setSingleStep(0.100000000000000)
        self.epsilon_spin.setValue(1.000000000000000)

        self.stats_form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.epsilon_spin)

        self.noise_hint_label = QLabel(self.stats_group)
        self.noise_hint_label.setObjectName(u"noise_hint_label")
        self.noise_hint_label.setWordWrap(True)

        self.stats_form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.noise_hint_label)


        self.stats_form_block.addLayout(self.stats_form)

        self.stats_buttons = QHBoxLayout()
        self.stats_buttons.setObjectName(u"stats_buttons")
        self.stats_save_button = QPushButton(self.stats_group)
        self.stats_save_button.setObjectName(u"stats_save_button")

        self.stats_buttons.addWidget(self.stats_save_button)

        self.stats_buttons_spacer = QSpacerItem(40, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.stats_buttons.addItem(self.stats_buttons_spacer)


        self.stats_form_block.addLayout(self.stats_buttons)

        self.stats_message_label = QLabel(self.stats_group)
        self.stats_message_label.setObjectName(u"stats_message_label")
        self.stats_message_label.setText(u"")
        self.stats_message_label.setWordWrap(True)

        self.stats_form_block.addWidget(self.stats_message_label)


        self.statistics_content_layout.addWidget(self.stats_group)

        self.statistics_end_spacer = QSpacerItem(0, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.statistics_content_layout.addItem(self.statistics_end_spacer)

        self.statistics_scroll.setWidget(self.statistics_content)

        self.statistics_section_layout.addWidget(self.statistics_scroll)

        self.section_stack.addWidget(self.statistics_section)
        self.sync_section = QWidget()
        self.sync_section.setObjectName(u"sync_section")
        self.sync_section_layout = QVBoxLayout(self.sync_section)
        self.sync_section_layout.setObjectName(u"sync_section_layout")
        self.sync_section_layout.setContentsMargins(0, 0, 0, 0)
        self.sync_scroll = QScrollArea(self.sync_section)
        self.sync_scroll.setObjectName(u"sync_scroll")
        self.sync_scroll.setWidgetResizable(True)
        self.sync_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.sync_content = QWidget()
        self.sync_content.setObjectName(u"sync_content")
        self.sync_content_layout = QVBoxLayout(self.sync_content)
        self.sync_content_layout.setObjectName(u"sync_content_layout")
        self.sync_intro_label = QLabel(self.sync_content)
        self.sync_intro_label.setObjectName(u"sync_intro_label")
        self.sync_intro_label.setWordWrap(True)

        self.sync_content_layout.addWidget(self.sync_intro_label)

        self.device_group = QGroupBox(self.sync_content)
        self.device_group.setObjectName(u"device_group")
        self.device_form_block = QVBoxLayout(self.device_group)
        self.device_form_block.setObjectName(u"device_form_block")
        self.device_form = QFormLayout()
        self.device_form.setObjectName(u"device_form")
        self.device_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.device_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.device_id_caption_label = QLabel(self.device_group)
        self.device_id_caption_label.setObjectName(u"device_id_caption_label")

        self.device_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.device_id_caption_label)

        self.device_id_label = QLabel(self.device_group)
        self.device_id_label.setObjectName(u"device_id_label")
        self.device_id_label.setText(u"")
        self.device_id_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse|Qt.TextInteractionFlag.TextSelectableByKeyboard)

        self.device_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.device_id_label)


        self.device_form_block.addLayout(self.device_form)

        self.device_hint_label = QLabel(self.device_group)
        self.device_hint_label.setObjectName(u"device_hint_label")
        self.device_hint_label.setWordWrap(True)

        self.device_form_block.addWidget(self.device_hint_label)

        self.device_buttons = QHBoxLayout()
        self.device_buttons.setObjectName(u"device_buttons")
        self.export_device_key_button = QPushButton(self.device_group)
        self.export_device_key_button.setObjectName(u"export_device_key_button")

        self.device_buttons.addWidget(self.export_device_key_button)

        self.device_buttons_spacer = QSpacerItem(40, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.device_buttons.addItem(self.device_buttons_spacer)


        self.device_form_block.addLayout(self.device_buttons)

        self.device_message_label = QLabel(self.device_group)
        self.device_message_label.setObjectName(u"device_message_label")
        self.device_message_label.setText(u"")
        self.device_message_label.setWordWrap(True)

        self.device_form_block.addWidget(self.device_message_label)


        self.sync_content_layout.addWidget(self.device_group)

        self.receivers_group = QGroupBox(self.sync_content)
        self.receivers_group.setObjectName(u"receivers_group")
        self.receivers_layout = QVBoxLayout(self.receivers_group)
        self.receivers_layout.setObjectName(u"receivers_layout")
        self.receivers_hint_label = QLabel(self.receivers_group)
        self.receivers_hint_label.setObjectName(u"receivers_hint_label")
        self.receivers_hint_label.setWordWrap(True)

        self.receivers_layout.addWidget(self.receivers_hint_label)

        self.receivers_label = QLabel(self.receivers_group)
        self.receivers_label.setObjectName(u"receivers_label")

        self.receivers_layout.addWidget(self.receivers_label)

        self.receiver_list = QListWidget(self.receivers_group)
        self.receiver_list.setObjectName(u"receiver_list")
        self.receiver_list.setMinimumSize(QSize(0, 70))

        self.receivers_layout.addWidget(self.receiver_list)

        self.receiver_buttons = QHBoxLayout()
        self.receiver_buttons.setObjectName(u"receiver_buttons")
        self.add_receiver_button = QPushButton(self.receivers_group)
        self.add_receiver_button.setObjectName(u"add_receiver_button")

        self.receiver_buttons.addWidget(self.add_receiver_button)

        self.remove_receiver_button = QPushButton(self.receivers_group)
        self.remove_receiver_button.setObjectName(u"remove_receiver_button")

        self.receiver_buttons.addWidget(self.remove_receiver_button)

        self.receiver_buttons_spacer = QSpacerItem(40, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.receiver_buttons.addItem(self.receiver_buttons_spacer)


        self.receivers_layout.addLayout(self.receiver_buttons)

        self.receiver_message_label = QLabel(self.receivers_group)
        self.receiver_message_label.setObjectName(u"receiver_message_label")
        self.receiver_message_label.setText(u"")
        self.receiver_message_label.setWordWrap(True)

        self.receivers_layout.addWidget(self.receiver_message_label)


        self.sync_content_layout.addWidget(self.receivers_group)

        self.targets_group = QGroupBox(self.sync_content)
        self.targets_group.setObjectName(u"targets_group")
        self.targets_layout = QVBoxLayout(self.targets_group)
        self.targets_layout.setObjectName(u"targets_layout")
        self.targets_label = QLabel(self.targets_group)
        self.targets_label.setObjectName(u"targets_label")

        self.targets_layout.addWidget(self.targets_label)

        self.target_list = QListWidget(self.targets_group)
        self.target_list.setObjectName(u"target_list")
        self.target_list.setMinimumSize(QSize(0, 80))

        self.targets_layout.addWidget(self.target_list)

        self.target_buttons = QHBoxLayout()
        self.target_buttons.setObjectName(u"target_buttons")
        self.add_target_button = QPushButton(self.targets_group)
        self.add_target_button.setObjectName(u"add_target_button")

        self.target_buttons.addWidget(self.add_target_button)

        self.edit_target_button = QPushButton(self.targets_group)
        self.edit_target_button.setObjectName(u"edit_target_button")

        self.target_buttons.addWidget(self.edit_target_button)

        self.remove_target_button = QPushButton(self.targets_group)
        self.remove_target_button.setObjectName(u"remove_target_button")

        self.target_buttons.addWidget(self.remove_target_button)

        self.target_buttons_spacer = QSpacerItem(40, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.target_buttons.addItem(self.target_buttons_spacer)


        self.targets_layout.addLayout(self.target_buttons)

        self.target_message_label = QLabel(self.targets_group)
        self.target_message_label.setObjectName(u"target_message_label")
        self.target_message_label.setText(u"")
        self.target_message_label.setWordWrap(True)

        self.targets_layout.addWidget(self.target_message_label)


        self.sync_content_layout.addWidget(self.targets_group)

        self.target_editor_group = QGroupBox(self.sync_content)
        self.target_editor_group.setObjectName(u"target_editor_group")
        self.target_editor_layout = QVBoxLayout(self.target_editor_group)
        self.target_editor_layout.setObjectName(u"target_editor_layout")
        self.target_name_form_block = QVBoxLayout()
        self.target_name_form_block.setObjectName(u"target_name_form_block")
        self.target_name_form = QFormLayout()
        self.target_name_form.setObjectName(u"target_name_form")
        self.target_name_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.target_name_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.target_name_label = QLabel(self.target_editor_group)
        self.target_name_label.setObjectName(u"target_name_label")

        self.target_name_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.target_name_label)

        self.target_name_edit = QLineEdit(self.target_editor_group)
        self.target_name_edit.setObjectName(u"target_name_edit")
        self.target_name_edit.setMaxLength(40)

        self.target_name_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.target_name_edit)

        self.target_name_message_label = QLabel(self.target_editor_group)
        self.target_name_message_label.setObjectName(u"target_name_message_label")
        self.target_name_message_label.setText(u"")
        self.target_name_message_label.setWordWrap(True)

        self.target_name_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.target_name_message_label)


        self.target_name_form_block.addLayout(self.target_name_form)


        self.target_editor_layout.addLayout(self.target_name_form_block)

        self.target_kind_stack = QStackedWidget(self.target_editor_group)
        self.target_kind_stack.setObjectName(u"target_kind_stack")
        self.folder_kind_page = QWidget()
        self.folder_kind_page.setObjectName(u"folder_kind_page")
        self.folder_form_block = QVBoxLayout(self.folder_kind_page)
        self.folder_form_block.setObjectName(u"folder_form_block")
        self.folder_intro_label = QLabel(self.folder_kind_page)
        self.folder_intro_label.setObjectName(u"folder_intro_label")
        self.folder_intro_label.setWordWrap(True)

        self.folder_form_block.addWidget(self.folder_intro_label)

        self.folder_form = QFormLayout()
        self.folder_form.setObjectName(u"folder_form")
        self.folder_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.folder_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.folder_label = QLabel(self.folder_kind_page)
        self.folder_label.setObjectName(u"folder_label")

        self.folder_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.folder_label)

        self.folder_row = QHBoxLayout()
        self.folder_row.setObjectName(u"folder_row")
        self.folder_edit = QLineEdit(self.folder_kind_page)
        self.folder_edit.setObjectName(u"folder_edit")

        self.folder_row.addWidget(self.folder_edit)

        self.folder_browse_button = QPushButton(self.folder_kind_page)
        self.folder_browse_button.setObjectName(u"folder_browse_button")

        self.folder_row.addWidget(self.folder_browse_button)


        self.folder_form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.folder_row)

        self.folder_message_label = QLabel(self.folder_kind_page)
        self.folder_message_label.setObjectName(u"folder_message_label")
        self.folder_message_label.setText(u"")
        self.folder_message_label.setWordWrap(True)

        self.folder_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.folder_message_label)

        self.receiver_label = QLabel(self.folder_kind_page)
        self.receiver_label.setObjectName(u"receiver_label")

        self.folder_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.receiver_label)

        self.receiver_combo = QComboBox(self.folder_kind_page)
        self.receiver_combo.setObjectName(u"receiver_combo")

        self.folder_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.receiver_combo)

        self.receiver_combo_message_label = QLabel(self.folder_kind_page)
        self.receiver_combo_message_label.setObjectName(u"receiver_combo_message_label")
        self.receiver_combo_message_label.setText(u"")
        self.receiver_combo_message_label.setWordWrap(True)

        self.folder_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.receiver_combo_message_label)


        self.folder_form_block.addLayout(self.folder_form)

        self.target_kind_stack.addWidget(self.folder_kind_page)
        self.adx_kind_page = QWidget()
        self.adx_kind_page.setObjectName(u"adx_kind_page")
        self.adx_form_block = QVBoxLayout(self.adx_kind_page)
        self.adx_form_block.setObjectName(u"adx_form_block")
        self.adx_intro_label = QLabel(self.adx_kind_page)
        self.adx_intro_label.setObjectName(u"adx_intro_label")
        self.adx_intro_label.setWordWrap(True)

        self.adx_form_block.addWidget(self.adx_intro_label)

        self.adx_form = QFormLayout()
        self.adx_form.setObjectName(u"adx_form")
        self.adx_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.adx_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.adx_folder_label = QLabel(self.adx_kind_page)
        self.adx_folder_label.setObjectName(u"adx_folder_label")

        self.adx_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.adx_folder_label)

        self.adx_folder_row = QHBoxLayout()
        self.adx_folder_row.setObjectName(u"adx_folder_row")
        self.adx_folder_edit = QLineEdit(self.adx_kind_page)
        self.adx_folder_edit.setObjectName(u"adx_folder_edit")

        self.adx_folder_row.addWidget(self.adx_folder_edit)

        self.adx_browse_button = QPushButton(self.adx_kind_page)
        self.adx_browse_button.setObjectName(u"adx_browse_button")

        self.adx_folder_row.addWidget(self.adx_browse_button)


        self.adx_form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.adx_folder_row)

        self.adx_folder_message_label = QLabel(self.adx_kind_page)
        self.adx_folder_message_label.setObjectName(u"adx_folder_message_label")
        self.adx_folder_message_label.setText(u"")
        self.adx_folder_message_label.setWordWrap(True)

        self.adx_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.adx_folder_message_label)

        self.adx_data_set_label = QLabel(self.adx_kind_page)
        self.adx_data_set_label.setObjectName(u"adx_data_set_label")

        self.adx_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.adx_data_set_label)

        self.adx_data_set_edit = QLineEdit(self.adx_kind_page)
        self.adx_data_set_edit.setObjectName(u"adx_data_set_edit")
        self.adx_data_set_edit.setMaxLength(64)

        self.adx_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.adx_data_set_edit)

        self.adx_data_set_message_label = QLabel(self.adx_kind_page)
        self.adx_data_set_message_label.setObjectName(u"adx_data_set_message_label")
        self.adx_data_set_message_label.setText(u"")
        self.adx_data_set_message_label.setWordWrap(True)

        self.adx_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.adx_data_set_message_label)


        self.adx_form_block.addLayout(self.adx_form)

        self.target_kind_stack.addWidget(self.adx_kind_page)
        self.dhis2_kind_page = QWidget()
        self.dhis2_kind_page.setObjectName(u"dhis2_kind_page")
        self.dhis2_form_block = QVBoxLayout(self.dhis2_kind_page)
        self.dhis2_form_block.setObjectName(u"dhis2_form_block")
        self.dhis2_intro_label = QLabel(self.dhis2_kind_page)
        self.dhis2_intro_label.setObjectName(u"dhis2_intro_label")
        self.dhis2_intro_label.setWordWrap(True)

        self.dhis2_form_block.addWidget(self.dhis2_intro_label)

        self.dhis2_form = QFormLayout()
        self.dhis2_form.setObjectName(u"dhis2_form")
        self.dhis2_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.dhis2_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.base_url_label = QLabel(self.dhis2_kind_page)
        self.base_url_label.setObjectName(u"base_url_label")

        self.dhis2_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.base_url_label)

        self.base_url_edit = QLineEdit(self.dhis2_kind_page)
        self.base_url_edit.setObjectName(u"base_url_edit")

        self.dhis2_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.base_url_edit)

        self.base_url_message_label = QLabel(self.dhis2_kind_page)
        self.base_url_message_label.setObjectName(u"base_url_message_label")
        self.base_url_message_label.setText(u"")
        self.base_url_message_label.setWordWrap(True)

        self.dhis2_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.base_url_message_label)

        self.token_label = QLabel(self.dhis2_kind_page)
        self.token_label.setObjectName(u"token_label")

        self.dhis2_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.token_label)

        self.token_edit = QLineEdit(self.dhis2_kind_page)
        self.token_edit.setObjectName(u"token_edit")
        self.token_edit.setEchoMode(QLineEdit.EchoMode.Password)

        self.dhis2_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.token_edit)

        self.token_state_label = QLabel(self.dhis2_kind_page)
        self.token_state_label.setObjectName(u"token_state_label")
        self.token_state_label.setText(u"")
        self.token_state_label.setWordWrap(True)

        self.dhis2_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.token_state_label)

        self.token_message_label = QLabel(self.dhis2_kind_page)
        self.token_message_label.setObjectName(u"token_message_label")
        self.token_message_label.setText(u"")
        self.token_message_label.setWordWrap(True)

        self.dhis2_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.token_message_label)

        self.data_set_label = QLabel(self.dhis2_kind_page)
        self.data_set_label.setObjectName(u"data_set_label")

        self.dhis2_form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.data_set_label)

        self.data_set_edit = QLineEdit(self.dhis2_kind_page)
        self.data_set_edit.setObjectName(u"data_set_edit")
        self.data_set_edit.setMaxLength(11)

        self.dhis2_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.data_set_edit)

        self.data_set_message_label = QLabel(self.dhis2_kind_page)
        self.data_set_message_label.setObjectName(u"data_set_message_label")
        self.data_set_message_label.setText(u"")
        self.data_set_message_label.setWordWrap(True)

        self.dhis2_form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.data_set_message_label)

        self.aoc_label = QLabel(self.dhis2_kind_page)
        self.aoc_label.setObjectName(u"aoc_label")
        self.aoc_label.setWordWrap(True)

        self.dhis2_form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.aoc_label)

        self.aoc_edit = QLineEdit(self.dhis2_kind_page)
        self.aoc_edit.setObjectName(u"aoc_edit")
        self.aoc_edit.setMaxLength(11)

        self.dhis2_form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.aoc_edit)

        self.aoc_message_label = QLabel(self.dhis2_kind_page)
        self.aoc_message_label.setObjectName(u"aoc_message_label")
        self.aoc_message_label.setText(u"")
        self.aoc_message_label.setWordWrap(True)

        self.dhis2_form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.aoc_message_label)


        self.dhis2_form_block.addLayout(self.dhis2_form)

        self.org_units_label = QLabel(self.dhis2_kind_page)
        self.org_units_label.setObjectName(u"org_units_label")

        self.dhis2_form_block.addWidget(self.org_units_label)

        self.org_units_table = QTableWidget(self.dhis2_kind_page)
        self.org_units_table.setObjectName(u"org_units_table")
        self.org_units_table.setMinimumSize(QSize(0, 110))

        self.dhis2_form_block.addWidget(self.org_units_table)

        self.org_unit_buttons = QHBoxLayout()
        self.org_unit_buttons.setObjectName(u"org_unit_buttons")
        self.add_org_unit_button = QPushButton(self.dhis2_kind_page)
        self.add_org_unit_button.setObjectName(u"add_org_unit_button")

        self.org_unit_buttons.addWidget(self.add_org_unit_button)

        self.remove_org_unit_button = QPushButton(self.dhis2_kind_page)
        self.remove_org_unit_button.setObjectName(u"remove_org_unit_button")

        self.org_unit_buttons.addWidget(self.remove_org_unit_button)

        self.org_unit_buttons_spacer = QSpacerItem(40, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.org_unit_buttons.addItem(self.org_unit_buttons_spacer)


        self.dhis2_form_block.addLayout(self.org_unit_buttons)

        self.org_units_message_label = QLabel(self.dhis2_kind_page)
        self.org_units_message_label.setObjectName(u"org_units_message_label")
        self.org_units_message_label.setText(u"")
        self.org_units_message_label.setWordWrap(True)

        self.dhis2_form_block.addWidget(self.org_units_message_label)

        self.mapping_label = QLabel(self.dhis2_kind_page)
        self.mapping_label.setObjectName(u"mapping_label")

        self.dhis2_form_block.addWidget(self.mapping_label)

        self.mapping_hint_label = QLabel(self.dhis2_kind_page)
        self.mapping_hint_label.setObjectName(u"mapping_hint_label")
        self.mapping_hint_label.setWordWrap(True)

        self.dhis2_form_block.addWidget(self.mapping_hint_label)

        self.mapping_table = QTableWidget(self.dhis2_kind_page)
        self.mapping_table.setObjectName(u"mapping_table")
        self.mapping_table.setMinimumSize(QSize(0, 260))

        self.dhis2_form_block.addWidget(self.mapping_table)

        self.mapping_buttons = QHBoxLayout()
        self.mapping_buttons.setObjectName(u"mapping_buttons")
        self.load_mapping_button = QPushButton(self.dhis2_kind_page)
        self.load_mapping_button.setObjectName(u"load_mapping_button")

        self.mapping_buttons.addWidget(self.load_mapping_button)

        self.mapping_buttons_spacer = QSpacerItem(40, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.mapping_buttons.addItem(self.mapping_buttons_spacer)


        self.dhis2_form_block.addLayout(self.mapping_buttons)

        self.skip_unmapped_check = QCheckBox(self.dhis2_kind_page)
        self.skip_unmapped_check.setObjectName(u"skip_unmapped_check")

        self.dhis2_form_block.addWidget(self.skip_unmapped_check)

        self.skip_unmapped_hint_label = QLabel(self.dhis2_kind_page)
        self.skip_unmapped_hint_label.setObjectName(u"skip_unmapped_hint_label")
        self.skip_unmapped_hint_label.setWordWrap(True)

        self.dhis2_form_block.addWidget(self.skip_unmapped_hint_label)

        self.mapping_message_label = QLabel(self.dhis2_kind_page)
        self.mapping_message_label.setObjectName(u"mapping_message_label")
        self.mapping_message_label.setText(u"")
        self.mapping_message_label.setWordWrap(True)

        self.dhis2_form_block.addWidget(self.mapping_message_label)

        self.dhis2_form_2 = QFormLayout()
        self.dhis2_form_2.setObjectName(u"dhis2_form_2")
        self.dhis2_form_2.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.dhis2_form_2.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.ca_file_label = QLabel(self.dhis2_kind_page)
        self.ca_file_label.setObjectName(u"ca_file_label")
        self.ca_file_label.setWordWrap(True)

        self.dhis2_form_2.setWidget(0, QFormLayout.ItemRole.LabelRole, self.ca_file_label)

        self.ca_row = QHBoxLayout()
        self.ca_row.setObjectName(u"ca_row")
        self.ca_file_edit = QLineEdit(self.dhis2_kind_page)
        self.ca_file_edit.setObjectName(u"ca_file_edit")

        self.ca_row.addWidget(self.ca_file_edit)

        self.ca_browse_button = QPushButton(self.dhis2_kind_page)
        self.ca_browse_button.setObjectName(u"ca_browse_button")

        self.ca_row.addWidget(self.ca_browse_button)


        self.dhis2_form_2.setLayout(0, QFormLayout.ItemRole.FieldRole, self.ca_row)

        self.ca_hint_label = QLabel(self.dhis2_kind_page)
        self.ca_hint_label.setObjectName(u"ca_hint_label")
        self.ca_hint_label.setWordWrap(True)

        self.dhis2_form_2.setWidget(1, QFormLayout.ItemRole.FieldRole, self.ca_hint_label)

        self.ca_file_message_label = QLabel(self.dhis2_kind_page)
        self.ca_file_message_label.setObjectName(u"ca_file_message_label")
        self.ca_file_message_label.setText(u"")
        self.ca_file_message_label.setWordWrap(True)

        self.dhis2_form_2.setWidget(2, QFormLayout.ItemRole.FieldRole, self.ca_file_message_label)


        self.dhis2_form_block.addLayout(self.dhis2_form_2)

        self.target_kind_stack.addWidget(self.dhis2_kind_page)

        self.target_editor_layout.addWidget(self.target_kind_stack)

        self.target_editor_message_label = QLabel(self.target_editor_group)
        self.target_editor_message_label.setObjectName(u"target_editor_message_label")
        self.target_editor_message_label.setText(u"")
        self.target_editor_message_label.setWordWrap(True)

        self.target_editor_layout.addWidget(self.target_editor_message_label)

        self.target_editor_buttons = QHBoxLayout()
        self.target_editor_buttons.setObjectName(u"target_editor_buttons")
        self.target_editor_buttons_spacer = QSpacerItem(40, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.target_editor_buttons.addItem(self.target_editor_buttons_spacer)

        self.cancel_target_button = QPushButton(self.target_editor_group)
        self.cancel_target_button.setObjectName(u"cancel_target_button")

        self.target_editor_buttons.addWidget(self.cancel_target_button)

        self.save_target_button = QPushButton(self.target_editor_group)
        self.save_target_button.setObjectName(u"save_target_button")

        self.target_editor_buttons.addWidget(self.save_target_button)


        self.target_editor_layout.addLayout(self.target_editor_buttons)


        self.sync_content_layout.addWidget(self.target_editor_group)

        self.sync_end_spacer = QSpacerItem(0, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.sync_content_layout.addItem(self.sync_end_spacer)

        self.sync_scroll.setWidget(self.sync_content)

        self.sync_section_layout.addWidget(self.sync_scroll)

        self.section_stack.addWidget(self.sync_section)
        self.staff_section = QWidget()
        self.staff_section.setObjectName(u"staff_section")
        self.staff_section_layout = QVBoxLayout(self.staff_section)
        self.staff_section_layout.setObjectName(u"staff_section_layout")
        self.staff_section_layout.setContentsMargins(0, 0, 0, 0)
        self.staff_scroll = QScrollArea(self.staff_section)
        self.staff_scroll.setObjectName(u"staff_scroll")
        self.staff_scroll.setWidgetResizable(True)
        self.staff_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.staff_content = QWidget()
        self.staff_content.setObjectName(u"staff_content")
        self.staff_content_layout = QVBoxLayout(self.staff_content)
        self.staff_content_layout.setObjectName(u"staff_content_layout")
        self.users_group = QGroupBox(self.staff_content)
        self.users_group.setObjectName(u"users_group")
        self.users_layout = QVBoxLayout(self.users_group)
        self.users_layout.setObjectName(u"users_layout")
        self.users_label = QLabel(self.users_group)
        self.users_label.setObjectName(u"users_label")

        self.users_layout.addWidget(self.users_label)

        self.user_list = QListWidget(self.users_group)
        self.user_list.setObjectName(u"user_list")
        self.user_list.setMinimumSize(QSize(0, 80))

        self.users_layout.addWidget(self.user_list)

        self.user_buttons = QHBoxLayout()
        self.user_buttons.setObjectName(u"user_buttons")
        self.remove_user_button = QPushButton(self.users_group)
        self.remove_user_button.setObjectName(u"remove_user_button")

        self.user_buttons.addWidget(self.remove_user_button)

        self.user_buttons_spacer = QSpacerItem(40, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.user_buttons.addItem(self.user_buttons_spacer)


        self.users_layout.addLayout(self.user_buttons)

        self.users_message_label = QLabel(self.users_group)
        self.users_message_label.setObjectName(u"users_message_label")
        self.users_message_label.setText(u"")
        self.users_message_label.setWordWrap(True)

        self.users_layout.addWidget(self.users_message_label)


        self.staff_content_layout.addWidget(self.users_group)

        self.add_user_group = QGroupBox(self.staff_content)
        self.add_user_group.setObjectName(u"add_user_group")
        self.add_user_form_block = QVBoxLayout(self.add_user_group)
        self.add_user_form_block.setObjectName(u"add_user_form_block")
        self.add_user_intro_label = QLabel(self.add_user_group)
        self.add_user_intro_label.setObjectName(u"add_user_intro_label")
        self.add_user_intro_label.setWordWrap(True)

        self.add_user_form_block.addWidget(self.add_user_intro_label)

        self.add_user_form = QFormLayout()
        self.add_user_form.setObjectName(u"add_user_form")
        self.add_user_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.add_user_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.add_user_name_label = QLabel(self.add_user_group)
        self.add_user_name_label.setObjectName(u"add_user_name_label")

        self.add_user_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.add_user_name_label)

        self.add_user_name_edit = QLineEdit(self.add_user_group)
        self.add_user_name_edit.setObjectName(u"add_user_name_edit")
        self.add_user_name_edit.setMaxLength(40)

        self.add_user_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.add_user_name_edit)

        self.add_user_passphrase_label = QLabel(self.add_user_group)
        self.add_user_passphrase_label.setObjectName(u"add_user_passphrase_label")

        self.add_user_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.add_user_passphrase_label)

        self.add_user_passphrase_edit = QLineEdit(self.add_user_group)
        self.add_user_passphrase_edit.setObjectName(u"add_user_passphrase_edit")
        self.add_user_passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)

        self.add_user_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.add_user_passphrase_edit)

        self.add_user_strength_bar = QProgressBar(self.add_user_group)
        self.add_user_strength_bar.setObjectName(u"add_user_strength_bar")
        self.add_user_strength_bar.setMaximum(4)
        self.add_user_strength_bar.setValue(0)
        self.add_user_strength_bar.setTextVisible(False)

        self.add_user_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.add_user_strength_bar)

        self.add_user_strength_label = QLabel(self.add_user_group)
        self.add_user_strength_label.setObjectName(u"add_user_strength_label")
        self.add_user_strength_label.setText(u"")
        self.add_user_strength_label.setWordWrap(True)

        self.add_user_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.add_user_strength_label)

        self.add_user_confirm_label = QLabel(self.add_user_group)
        self.add_user_confirm_label.setObjectName(u"add_user_confirm_label")

        self.add_user_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.add_user_confirm_label)

        self.add_user_confirm_edit = QLineEdit(self.add_user_group)
        self.add_user_confirm_edit.setObjectName(u"add_user_confirm_edit")
        self.add_user_confirm_edit.setEchoMode(QLineEdit.EchoMode.Password)

        self.add_user_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.add_user_confirm_edit)

        self.add_user_own_label = QLabel(self.add_user_group)
        self.add_user_own_label.setObjectName(u"add_user_own_label")

        self.add_user_form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.add_user_own_label)

        self.add_user_own_edit = QLineEdit(self.add_user_group)
        self.add_user_own_edit.setObjectName(u"add_user_own_edit")
        self.add_user_own_edit.setEchoMode(QLineEdit.EchoMode.Password)

        self.add_user_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.add_user_own_edit)


        self.add_user_form_block.addLayout(self.add_user_form)

        self.add_user_buttons = QHBoxLayout()
        self.add_user_buttons.setObjectName(u"add_user_buttons")
        self.add_user_button = QPushButton(self.add_user_group)
        self.add_user_button.setObjectName(u"add_user_button")

        self.add_user_buttons.addWidget(self.add_user_button)

        self.add_user_buttons_spacer = QSpacerItem(40, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.add_user_buttons.addItem(self.add_user_buttons_spacer)


        self.add_user_form_block.addLayout(self.add_user_buttons)

        self.add_user_message_label = QLabel(self.add_user_group)
        self.add_user_message_label.setObjectName(u"add_user_message_label")
        self.add_user_message_label.setText(u"")
        self.add_user_message_label.setWordWrap(True)

        self.add_user_form_block.addWidget(self.add_user_message_label)


        self.staff_content_layout.addWidget(self.add_user_group)

        self.passphrase_group = QGroupBox(self.staff_content)
        self.passphrase_group.setObjectName(u"passphrase_group")
        self.passphrase_form_block = QVBoxLayout(self.passphrase_group)
        self.passphrase_form_block.setObjectName(u"passphrase_form_block")
        self.passphrase_form = QFormLayout()
        self.passphrase_form.setObjectName(u"passphrase_form")
        self.passphrase_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.passphrase_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.current_passphrase_label = QLabel(self.passphrase_group)
        self.current_passphrase_label.setObjectName(u"current_passphrase_label")

        self.passphrase_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.current_passphrase_label)

        self.current_passphrase_edit = QLineEdit(self.passphrase_group)
        self.current_passphrase_edit.setObjectName(u"current_passphrase_edit")
        self.current_passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)

        self.passphrase_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.current_passphrase_edit)

        self.new_passphrase_label = QLabel(self.passphrase_group)
        self.new_passphrase_label.setObjectName(u"new_passphrase_label")

        self.passphrase_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.new_passphrase_label)

        self.new_passphrase_edit = QLineEdit(self.passphrase_group)
        self.new_passphrase_edit.setObjectName(u"new_passphrase_edit")
        self.new_passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)

        self.passphrase_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.new_passphrase_edit)

        self.new_strength_bar = QProgressBar(self.passphrase_group)
        self.new_strength_bar.setObjectName(u"new_strength_bar")
        self.new_strength_bar.setMaximum(4)
        self.new_strength_bar.setValue(0)
        self.new_strength_bar.setTextVisible(False)

        self.passphrase_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.new_strength_bar)

        self.new_strength_label = QLabel(self.passphrase_group)
        self.new_strength_label.setObjectName(u"new_strength_label")
        self.new_strength_label.setText(u"")
        self.new_strength_label.setWordWrap(True)

        self.passphrase_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.new_strength_label)

        self.confirm_passphrase_label = QLabel(self.passphrase_group)
        self.confirm_passphrase_label.setObjectName(u"confirm_passphrase_label")

        self.passphrase_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.confirm_passphrase_label)

        self.confirm_passphrase_edit = QLineEdit(self.passphrase_group)
        self.confirm_passphrase_edit.setObjectName(u"confirm_passphrase_edit")
        self.confirm_passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)

        self.passphrase_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.confirm_passphrase_edit)


        self.passphrase_form_block.addLayout(self.passphrase_form)

        self.passphrase_buttons = QHBoxLayout()
        self.passphrase_buttons.setObjectName(u"passphrase_buttons")
        self.change_passphrase_button = QPushButton(self.passphrase_group)
        self.change_passphrase_button.setObjectName(u"change_passphrase_button")

        self.passphrase_buttons.addWidget(self.change_passphrase_button)

        self.passphrase_buttons_spacer = QSpacerItem(40, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.passphrase_buttons.addItem(self.passphrase_buttons_spacer)


        self.passphrase_form_block.addLayout(self.passphrase_buttons)

        self.passphrase_message_label = QLabel(self.passphrase_group)
        self.passphrase_message_label.setObjectName(u"passphrase_message_label")
        self.passphrase_message_label.setText(u"")
        self.passphrase_message_label.setWordWrap(True)

        self.passphrase_form_block.addWidget(self.passphrase_message_label)


        self.staff_content_layout.addWidget(self.passphrase_group)

        self.recovery_group = QGroupBox(self.staff_content)
        self.recovery_group.setObjectName(u"recovery_group")
        self.recovery_form_block = QVBoxLayout(self.recovery_group)
        self.recovery_form_block.setObjectName(u"recovery_form_block")
        self.recovery_intro_label = QLabel(self.recovery_group)
        self.recovery_intro_label.setObjectName(u"recovery_intro_label")
        self.recovery_intro_label.setWordWrap(True)

        self.recovery_form_block.addWidget(self.recovery_intro_label)

        self.recovery_form = QFormLayout()
        self.recovery_form.setObjectName(u"recovery_form")
        self.recovery_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.recovery_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.recovery_own_label = QLabel(self.recovery_group)
        self.recovery_own_label.setObjectName(u"recovery_own_label")

        self.recovery_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.recovery_own_label)

        self.recovery_own_edit = QLineEdit(self.recovery_group)
        self.recovery_own_edit.setObjectName(u"recovery_own_edit")
        self.recovery_own_edit.setEchoMode(QLineEdit.EchoMode.Password)

        self.recovery_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.recovery_own_edit)


        self.recovery_form_block.addLayout(self.recovery_form)

        self.recovery_buttons = QHBoxLayout()
        self.recovery_buttons.setObjectName(u"recovery_buttons")
        self.new_recovery_button = QPushButton(self.recovery_group)
        self.new_recovery_button.setObjectName(u"new_recovery_button")

        self.recovery_buttons.addWidget(self.new_recovery_button)

        self.recovery_buttons_spacer = QSpacerItem(40, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.recovery_buttons.addItem(self.recovery_buttons_spacer)


        self.recovery_form_block.addLayout(self.recovery_buttons)

        self.recovery_code_label = QLabel(self.recovery_group)
        self.recovery_code_label.setObjectName(u"recovery_code_label")
        self.recovery_code_label.setText(u"")
        self.recovery_code_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse|Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.recovery_code_label.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.recovery_form_block.addWidget(self.recovery_code_label)

        self.recovery_code_hint_label = QLabel(self.recovery_group)
        self.recovery_code_hint_label.setObjectName(u"recovery_code_hint_label")
        self.recovery_code_hint_label.setWordWrap(True)

        self.recovery_form_block.addWidget(self.recovery_code_hint_label)

        self.recovery_code_buttons = QHBoxLayout()
        self.recovery_code_buttons.setObjectName(u"recovery_code_buttons")
        self.print_recovery_button = QPushButton(self.recovery_group)
        self.print_recovery_button.setObjectName(u"print_recovery_button")

        self.recovery_code_buttons.addWidget(self.print_recovery_button)

        self.save_recovery_button = QPushButton(self.recovery_group)
        self.save_recovery_button.setObjectName(u"save_recovery_button")

        self.recovery_code_buttons.addWidget(self.save_recovery_button)

        self.recovery_done_button = QPushButton(self.recovery_group)
        self.recovery_done_button.setObjectName(u"recovery_done_button")

        self.recovery_code_buttons.addWidget(self.recovery_done_button)

        self.recovery_code_buttons_spacer = QSpacerItem(40, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.recovery_code_buttons.addItem(self.recovery_code_buttons_spacer)


        self.recovery_form_block.addLayout(self.recovery_code_buttons)

        self.recovery_message_label = QLabel(self.recovery_group)
        self.recovery_message_label.setObjectName(u"recovery_message_label")
        self.recovery_message_label.setText(u"")
        self.recovery_message_label.setWordWrap(True)

        self.recovery_form_block.addWidget(self.recovery_message_label)


        self.staff_content_layout.addWidget(self.recovery_group)

        self.maintenance_group = QGroupBox(self.staff_content)
        self.maintenance_group.setObjectName(u"maintenance_group")
        self.maintenance_layout = QVBoxLayout(self.maintenance_group)
        self.maintenance_layout.setObjectName(u"maintenance_layout")
        self.maintenance_intro_label = QLabel(self.maintenance_group)
        self.maintenance_intro_label.setObjectName(u"maintenance_intro_label")
        self.maintenance_intro_label.setWordWrap(True)

        self.maintenance_layout.addWidget(self.maintenance_intro_label)

        self.maintenance_buttons = QHBoxLayout()
        self.maintenance_buttons.setObjectName(u"maintenance_buttons")
        self.backup_button = QPushButton(self.maintenance_group)
        self.backup_button.setObjectName(u"backup_button")

        self.maintenance_buttons.addWidget(self.backup_button)

        self.verify_button = QPushButton(self.maintenance_group)
        self.verify_button.setObjectName(u"verify_button")

        self.maintenance_buttons.addWidget(self.verify_button)

        self.maintenance_buttons_spacer = QSpacerItem(40, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.maintenance_buttons.addItem(self.maintenance_buttons_spacer)


        self.maintenance_layout.addLayout(self.maintenance_buttons)

        self.maintenance_progress = QProgressBar(self.maintenance_group)
        self.maintenance_progress.setObjectName(u"maintenance_progress")
        self.maintenance_progress.setMaximum(0)
        self.maintenance_progress.setTextVisible(False)

        self.maintenance_layout.addWidget(self.maintenance_progress)

        self.maintenance_message_label = QLabel(self.maintenance_group)
        self.maintenance_message_label.setObjectName(u"maintenance_message_label")
        self.maintenance_message_label.setText(u"")
        self.maintenance_message_label.setWordWrap(True)
        self.maintenance_message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.maintenance_layout.addWidget(self.maintenance_message_label)


        self.staff_content_layout.addWidget(self.maintenance_group)

        self.staff_end_spacer = QSpacerItem(0, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.staff_content_layout.addItem(self.staff_end_spacer)

        self.staff_scroll.setWidget(self.staff_content)

        self.staff_section_layout.addWidget(self.staff_scroll)

        self.section_stack.addWidget(self.staff_section)

        self.body_layout.addWidget(self.section_stack)


        self.settings_layout.addLayout(self.body_layout)

#if QT_CONFIG(shortcut)
        self.language_label.setBuddy(self.language_list)
        self.text_size_label.setBuddy(self.text_size_combo)
        self.auto_lock_label.setBuddy(self.auto_lock_spin)
        self.retention_label.setBuddy(self.retention_spin)
        self.area_label.setBuddy(self.area_edit)
        self.threshold_label.setBuddy(self.threshold_spin)
        self.rounding_label.setBuddy(self.rounding_combo)
        self.epsilon_label.setBuddy(self.epsilon_spin)
        self.receivers_label.setBuddy(self.receiver_list)
        self.targets_label.setBuddy(self.target_list)
        self.target_name_label.setBuddy(self.target_name_edit)
        self.folder_label.setBuddy(self.folder_edit)
        self.receiver_label.setBuddy(self.receiver_combo)
        self.adx_folder_label.setBuddy(self.adx_folder_edit)
        self.adx_data_set_label.setBuddy(self.adx_data_set_edit)
        self.base_url_label.setBuddy(self.base_url_edit)
        self.token_label.setBuddy(self.token_edit)
        self.data_set_label.setBuddy(self.data_set_edit)
        self.aoc_label.setBuddy(self.aoc_edit)
        self.org_units_label.setBuddy(self.org_units_table)
        self.mapping_label.setBuddy(self.mapping_table)
        self.ca_file_label.setBuddy(self.ca_file_edit)
        self.users_label.setBuddy(self.user_list)
        self.add_user_name_label.setBuddy(self.add_user_name_edit)
        self.add_user_passphrase_label.setBuddy(self.add_user_passphrase_edit)
        self.add_user_confirm_label.setBuddy(self.add_user_confirm_edit)
        self.add_user_own_label.setBuddy(self.add_user_own_edit)
        self.current_passphrase_label.setBuddy(self.current_passphrase_edit)
        self.new_passphrase_label.setBuddy(self.new_passphrase_edit)
        self.confirm_passphrase_label.setBuddy(self.confirm_passphrase_edit)
        self.recovery_own_label.setBuddy(self.recovery_own_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.section_list, self.language_list)
        QWidget.setTabOrder(self.language_list, self.text_size_combo)
        QWidget.setTabOrder(self.text_size_combo, self.high_contrast_check)
        QWidget.setTabOrder(self.high_contrast_check, self.auto_lock_spin)
        QWidget.setTabOrder(self.auto_lock_spin, self.retention_spin)
        QWidget.setTabOrder(self.retention_spin, self.retention_save_button)
        QWidget.setTabOrder(self.retention_save_button, self.area_edit)
        QWidget.setTabOrder(self.area_edit, self.threshold_spin)
        QWidget.setTabOrder(self.threshold_spin, self.rounding_combo)
        QWidget.setTabOrder(self.rounding_combo, self.noise_check)
        QWidget.setTabOrder(self.noise_check, self.epsilon_spin)
        QWidget.setTabOrder(self.epsilon_spin, self.stats_save_button)
        QWidget.setTabOrder(self.stats_save_button, self.export_device_key_button)
        QWidget.setTabOrder(self.export_device_key_button, self.receiver_list)
        QWidget.setTabOrder(self.receiver_list, self.add_receiver_button)
        QWidget.setTabOrder(self.add_receiver_button, self.remove_receiver_button)
        QWidget.setTabOrder(self.remove_receiver_button, self.target_list)
        QWidget.setTabOrder(self.target_list, self.add_target_button)
        QWidget.setTabOrder(self.add_target_button, self.edit_target_button)
        QWidget.setTabOrder(self.edit_target_button, self.remove_target_button)
        QWidget.setTabOrder(self.remove_target_button, self.target_name_edit)
        QWidget.setTabOrder(self.target_name_edit, self.folder_edit)
        QWidget.setTabOrder(self.folder_edit, self.folder_browse_button)
        QWidget.setTabOrder(self.folder_browse_button, self.receiver_combo)
        QWidget.setTabOrder(self.receiver_combo, self.adx_folder_edit)
        QWidget.setTabOrder(self.adx_folder_edit, self.adx_browse_button)
        QWidget.setTabOrder(self.adx_browse_button, self.adx_data_set_edit)
        QWidget.setTabOrder(self.adx_data_set_edit, self.base_url_edit)
        QWidget.setTabOrder(self.base_url_edit, self.token_edit)
        QWidget.setTabOrder(self.token_edit, self.data_set_edit)
        QWidget.setTabOrder(self.data_set_edit, self.aoc_edit)
        QWidget.setTabOrder(self.aoc_edit, self.org_units_table)
        QWidget.setTabOrder(self.org_units_table, self.add_org_unit_button)
        QWidget.setTabOrder(self.add_org_unit_button, self.remove_org_unit_button)
        QWidget.setTabOrder(self.remove_org_unit_button, self.mapping_table)
        QWidget.setTabOrder(self.mapping_table, self.load_mapping_button)
        QWidget.setTabOrder(self.load_mapping_button, self.skip_unmapped_check)
        QWidget.setTabOrder(self.skip_unmapped_check, self.ca_file_edit)
        QWidget.setTabOrder(self.ca_file_edit, self.ca_browse_button)
        QWidget.setTabOrder(self.ca_browse_button, self.cancel_target_button)
        QWidget.setTabOrder(self.cancel_target_button, self.save_target_button)
        QWidget.setTabOrder(self.save_target_button, self.user_list)
        QWidget.setTabOrder(self.user_list, self.remove_user_button)
        QWidget.setTabOrder(self.remove_user_button, self.add_user_name_edit)
        QWidget.setTabOrder(self.add_user_name_edit, self.add_user_passphrase_edit)
        QWidget.setTabOrder(self.add_user_passphrase_edit, self.add_user_confirm_edit)
        QWidget.setTabOrder(self.add_user_confirm_edit, self.add_user_own_edit)
        QWidget.setTabOrder(self.add_user_own_edit, self.add_user_button)
        QWidget.setTabOrder(self.add_user_button, self.current_passphrase_edit)
        QWidget.setTabOrder(self.current_passphrase_edit, self.new_passphrase_edit)
        QWidget.setTabOrder(self.new_passphrase_edit, self.confirm_passphrase_edit)
        QWidget.setTabOrder(self.confirm_passphrase_edit, self.change_passphrase_button)
        QWidget.setTabOrder(self.change_passphrase_button, self.recovery_own_edit)
        QWidget.setTabOrder(self.recovery_own_edit, self.new_recovery_button)
        QWidget.setTabOrder(self.new_recovery_button, self.print_recovery_button)
        QWidget.setTabOrder(self.print_recovery_button, self.save_recovery_button)
        QWidget.setTabOrder(self.save_recovery_button, self.recovery_done_button)
        QWidget.setTabOrder(self.recovery_done_button, self.backup_button)
        QWidget.setTabOrder(self.backup_button, self.verify_button)

        self.retranslateUi(SettingsPage)

        self.section_list.setCurrentRow(0)
        self.section_stack.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(SettingsPage)
    # setupUi

    def retranslateUi(self, SettingsPage):
        SettingsPage.setWindowTitle(QCoreApplication.translate("SettingsPage", u"Settings", None))
        self.title_label.setText(QCoreApplication.translate("SettingsPage", u"Settings", None))

        __sortingEnabled = self.section_list.isSortingEnabled()
        self.section_list.setSortingEnabled(False)
        ___qlistwidgetitem = self.section_list.item(0)
        ___qlistwidgetitem.setText(QCoreApplication.translate("SettingsPage", u"Language and display", None))
        ___qlistwidgetitem1 = self.section_list.item(1)
        ___qlistwidgetitem1.setText(QCoreApplication.translate("SettingsPage", u"Auto-lock", None))
        ___qlistwidgetitem2 = self.section_list.item(2)
        ___qlistwidgetitem2.setText(QCoreApplication.translate("SettingsPage", u"Records", None))
        ___qlistwidgetitem3 = self.section_list.item(3)
        ___qlistwidgetitem3.setText(QCoreApplication.translate("SettingsPage", u"Statistics", None))
        ___qlistwidgetitem4 = self.section_list.item(4)
        ___qlistwidgetitem4.setText(QCoreApplication.translate("SettingsPage", u"Sync and keys", None))
        ___qlistwidgetitem5 = self.section_list.item(5)
        ___qlistwidgetitem5.setText(QCoreApplication.translate("SettingsPage", u"Staff and vault", None))
        self.section_list.setSortingEnabled(__sortingEnabled)

#if QT_CONFIG(accessibility)
        self.section_list.setAccessibleName(QCoreApplication.translate("SettingsPage", u"Settings sections", None))
#endif // QT_CONFIG(accessibility)
        self.language_group.setTitle(QCoreApplication.translate("SettingsPage", u"Language", None))
        self.language_intro_label.setText(QCoreApplication.translate("SettingsPage", u"Hearth's screens change at once to the language you choose, and it is remembered on this laptop. Under each language: whether a native speaker has checked its texts.", None))
        self.language_label.setText(QCoreApplication.translate("SettingsPage", u"&Language of the screens", None))
#if QT_CONFIG(accessibility)
        self.language_list.setAccessibleName(QCoreApplication.translate("SettingsPage", u"Language of the screens", None))
#endif // QT_CONFIG(accessibility)
        self.text_group.setTitle(QCoreApplication.translate("SettingsPage", u"Text and contrast", None))
        self.text_size_label.setText(QCoreApplication.translate("SettingsPage", u"&Text size", None))
#if QT_CONFIG(accessibility)
        self.text_size_combo.setAccessibleName(QCoreApplication.translate("SettingsPage", u"Text size", None))
#endif // QT_CONFIG(accessibility)
        self.high_contrast_check.setText(QCoreApplication.translate("SettingsPage", u"High &contrast", None))
#if QT_CONFIG(accessibility)
        self.high_contrast_check.setAccessibleName(QCoreApplication.translate("SettingsPage", u"High contrast", None))
#endif // QT_CONFIG(accessibility)
        self.high_contrast_hint_label.setText(QCoreApplication.translate("SettingsPage", u"Black text on white with strong outlines and a clear focus, whatever the system's colours.", None))
        self.display_hint_label.setText(QCoreApplication.translate("SettingsPage", u"These choices are kept on this laptop, outside the vault, and hold nothing about families. They apply to every window, the unlock screen too.", None))
        self.auto_lock_group.setTitle(QCoreApplication.translate("SettingsPage", u"Auto-lock", None))
        self.auto_lock_label.setText(QCoreApplication.translate("SettingsPage", u"&Lock after this many minutes without use", None))
#if QT_CONFIG(accessibility)
        self.auto_lock_spin.setAccessibleName(QCoreApplication.translate("SettingsPage", u"Minutes without use before Hearth locks", None))
#endif // QT_CONFIG(accessibility)
        self.auto_lock_hint_label.setText(QCoreApplication.translate("SettingsPage", u"When nobody has touched the keyboard, mouse or screen for this long, Hearth locks itself and asks for a passphrase again. Unsaved work is kept in the vault. Lock at once at any time with the Lock button or Ctrl+L.", None))
        self.retention_group.setTitle(QCoreApplication.translate("SettingsPage", u"Closed family records", None))
        self.retention_intro_label.setText(QCoreApplication.translate("SettingsPage", u"When a family's case is closed, their record is kept for the period below, then erased for good the next time anyone unlocks Hearth. Many schools and charities keep closed records for 24 months: follow your organisation's retention policy.", None))
        self.retention_label.setText(QCoreApplication.translate("SettingsPage", u"&Keep closed records for (months)", None))
#if QT_CONFIG(accessibility)
        self.retention_spin.setAccessibleName(QCoreApplication.translate("SettingsPage", u"Months to keep closed records", None))
#endif // QT_CONFIG(accessibility)
        self.retention_save_button.setText(QCoreApplication.translate("SettingsPage", u"&Save the retention period", None))
        self.stats_group.setTitle(QCoreApplication.translate("SettingsPage", u"Anonymised statistics", None))
        self.stats_intro_label.setText(QCoreApplication.translate("SettingsPage", u"Only counts leave this laptop, and only when someone presses Sync after seeing exactly what will be sent. These rules protect small numbers so that nobody can pick out a family.", None))
        self.area_label.setText(QCoreApplication.translate("SettingsPage", u"&Area code of this laptop", None))
#if QT_CONFIG(accessibility)
        self.area_edit.setAccessibleName(QCoreApplication.translate("SettingsPage", u"Area code of this laptop", None))
#endif // QT_CONFIG(accessibility)
        self.area_edit.setPlaceholderText(QCoreApplication.translate("SettingsPage", u"BRK-01", None))
        self.area_hint_label.setText(QCoreApplication.translate("SettingsPage", u"A short code agreed with your coordinator, the same on every laptop of the area: never a school's or a family's name. Leave it empty when this laptop's figures are not split by area.", None))
        self.threshold_label.setText(QCoreApplication.translate("SettingsPage", u"Hi&de counts below", None))
#if QT_CONFIG(accessibility)
        self.threshold_spin.setAccessibleName(QCoreApplication.translate("SettingsPage", u"Hide counts below", None))
#endif // QT_CONFIG(accessibility)
        self.threshold_hint_label.setText(QCoreApplication.translate("SettingsPage", u"Counts from 1 up to one less than this number are hidden, and other counts too where needed, so that a hidden one cannot be worked out from totals. Never less than 3; 5 is usual.", None))
        self.rounding_label.setText(QCoreApplication.translate("SettingsPage", u"&Round published counts", None))
#if QT_CONFIG(accessibility)
        self.rounding_combo.setAccessibleName(QCoreApplication.translate("SettingsPage", u"Round published counts", None))
#endif // QT_CONFIG(accessibility)
        self.noise_check.setText(QCoreApplication.translate("SettingsPage", u"Add random &noise", None))
#if QT_CONFIG(accessibility)
        self.noise_check.setAccessibleName(QCoreApplication.translate("SettingsPage", u"Add random noise (differential privacy)", None))
#endif // QT_CONFIG(accessibility)
        self.epsilon_label.setText(QCoreApplication.translate("SettingsPage", u"&Privacy budget \u03b5 per number", None))
#if QT_CONFIG(accessibility)
        self.epsilon_spin.setAccessibleName(QCoreApplication.translate("SettingsPage", u"Privacy budget epsilon per number", None))
#endif // QT_CONFIG(accessibility)
        self.noise_hint_label.setText(QCoreApplication.translate("SettingsPage", u"Noise makes every published count a little uncertain. A smaller \u03b5 means more noise and stronger privacy; 1 is a common choice. Each release spends \u03b5 for every number it publishes, and Hearth records what was spent.", None))
        self.stats_save_button.setText(QCoreApplication.translate("SettingsPage", u"&Save the statistics rules", None))
        self.sync_intro_label.setText(QCoreApplication.translate("SettingsPage", u"Nothing is sent from this page. Figures leave only when someone presses Sync under Reports and confirms what will be sent.", None))
        self.device_group.setTitle(QCoreApplication.translate("SettingsPage", u"This laptop", None))
        self.device_id_caption_label.setText(QCoreApplication.translate("SettingsPage", u"Device id", None))
        self.device_hint_label.setText(QCoreApplication.translate("SettingsPage", u"Read this to your coordinator, or send them this laptop's key file, so that they can accept its figures.", None))
        self.export_device_key_button.setText(QCoreApplication.translate("SettingsPage", u"&Export this laptop's key\u2026", None))
        self.receivers_group.setTitle(QCoreApplication.translate("SettingsPage", u"Coordinator keys", None))
        self.receivers_hint_label.setText(QCoreApplication.translate("SettingsPage", u"Figures are sealed so that only your coordinator can open them. Add the key file your coordinator gave you, and compare its fingerprint with them by phone or in person.", None))
        self.receivers_label.setText(QCoreApplication.translate("SettingsPage", u"Trusted coordinator &keys", None))
#if QT_CONFIG(accessibility)
        self.receiver_list.setAccessibleName(QCoreApplication.translate("SettingsPage", u"Trusted coordinator keys", None))
#endif // QT_CONFIG(accessibility)
        self.add_receiver_button.setText(QCoreApplication.translate("SettingsPage", u"Add a &coordinator's key\u2026", None))
        self.remove_receiver_button.setText(QCoreApplication.translate("SettingsPage", u"Remo&ve the key", None))
        self.targets_group.setTitle(QCoreApplication.translate("SettingsPage", u"Where figures are sent", None))
        self.targets_label.setText(QCoreApplication.translate("SettingsPage", u"&Targets", None))
#if QT_CONFIG(accessibility)
        self.target_list.setAccessibleName(QCoreApplication.translate("SettingsPage", u"Targets", None))
#endif // QT_CONFIG(accessibility)
        self.add_target_button.setText(QCoreApplication.translate("SettingsPage", u"&Add a target", None))
        self.edit_target_button.setText(QCoreApplication.translate("SettingsPage", u"E&dit", None))
        self.remove_target_button.setText(QCoreApplication.translate("SettingsPage", u"&Remove", None))
        self.target_editor_group.setTitle(QCoreApplication.translate("SettingsPage", u"Target", None))
        self.target_name_label.setText(QCoreApplication.translate("SettingsPage", u"&Name", None))
#if QT_CONFIG(accessibility)
        self.target_name_edit.setAccessibleName(QCoreApplication.translate("SettingsPage", u"Target name", None))
#endif // QT_CONFIG(accessibility)
        self.folder_intro_label.setText(QCoreApplication.translate("SettingsPage", u"Each sync writes one sealed file into this folder, for example on a USB stick or a shared drive. Only the coordinator's key opens it.", None))
        self.folder_label.setText(QCoreApplication.translate("SettingsPage", u"F&older", None))
#if QT_CONFIG(accessibility)
        self.folder_edit.setAccessibleName(QCoreApplication.translate("SettingsPage", u"Folder", None))
#endif // QT_CONFIG(accessibility)
        self.folder_browse_button.setText(QCoreApplication.translate("SettingsPage", u"&Browse\u2026", None))
        self.receiver_label.setText(QCoreApplication.translate("SettingsPage", u"Sealed &for", None))
#if QT_CONFIG(accessibility)
        self.receiver_combo.setAccessibleName(QCoreApplication.translate("SettingsPage", u"Coordinator key the files are sealed for", None))
#endif // QT_CONFIG(accessibility)
        self.adx_intro_label.setText(QCoreApplication.translate("SettingsPage", u"Each sync writes an ADX XML file into this folder. It is not sealed: use it for a system that imports ADX, on a drive you trust.", None))
        self.adx_folder_label.setText(QCoreApplication.translate("SettingsPage", u"F&older", None))
#if QT_CONFIG(accessibility)
        self.adx_folder_edit.setAccessibleName(QCoreApplication.translate("SettingsPage", u"Folder for ADX files", None))
#endif // QT_CONFIG(accessibility)
        self.adx_browse_button.setText(QCoreApplication.translate("SettingsPage", u"&Browse\u2026", None))
        self.adx_data_set_label.setText(QCoreApplication.translate("SettingsPage", u"&Data set code", None))
#if QT_CONFIG(accessibility)
        self.adx_data_set_edit.setAccessibleName(QCoreApplication.translate("SettingsPage", u"ADX data set code", None))
#endif // QT_CONFIG(accessibility)
        self.dhis2_intro_label.setText(QCoreApplication.translate("SettingsPage", u"Figures are imported into a DHIS2 data set over verified HTTPS, with a personal access token. Hearth connects only when someone presses Sync.", None))
        self.base_url_label.setText(QCoreApplication.translate("SettingsPage", u"&Address", None))
#if QT_CONFIG(accessibility)
        self.base_url_edit.setAccessibleName(QCoreApplication.translate("SettingsPage", u"DHIS2 address", None))
#endif // QT_CONFIG(accessibility)
        self.base_url_edit.setPlaceholderText(QCoreApplication.translate("SettingsPage", u"https://dhis2.example.org", None))
        self.token_label.setText(QCoreApplication.translate("SettingsPage", u"Access &token", None))
#if QT_CONFIG(accessibility)
        self.token_edit.setAccessibleName(QCoreApplication.translate("SettingsPage", u"Personal access token", None))
#endif // QT_CONFIG(accessibility)
        self.data_set_label.setText(QCoreApplication.translate("SettingsPage", u"Data &set UID", None))
#if QT_CONFIG(accessibility)
        self.data_set_edit.setAccessibleName(QCoreApplication.translate("SettingsPage", u"Data set UID", None))
#endif // QT_CONFIG(accessibility)
        self.aoc_label.setText(QCoreApplication.translate("SettingsPage", u"Attribute option com&bo UID (optional)", None))
#if QT_CONFIG(accessibility)
        self.aoc_edit.setAccessibleName(QCoreApplication.translate("SettingsPage", u"Attribute option combo UID, optional", None))
#endif // QT_CONFIG(accessibility)
        self.org_units_label.setText(QCoreApplication.translate("SettingsPage", u"&Organisation unit of each area", None))
#if QT_CONFIG(accessibility)
        self.org_units_table.setAccessibleName(QCoreApplication.translate("SettingsPage", u"Organisation unit of each area", None))
#endif // QT_CONFIG(accessibility)
        self.add_org_unit_button.setText(QCoreApplication.translate("SettingsPage", u"Add an a&rea", None))
        self.remove_org_unit_button.setText(QCoreApplication.translate("SettingsPage", u"Remove the area", None))
        self.mapping_label.setText(QCoreApplication.translate("SettingsPage", u"Data &elements for each figure", None))
        self.mapping_hint_label.setText(QCoreApplication.translate("SettingsPage", u"For each figure DHIS2 should receive, fill in its data element and, when the data set uses one, its category option combo. Leave a line empty to send nothing for that figure.", None))
#if QT_CONFIG(accessibility)
        self.mapping_table.setAccessibleName(QCoreApplication.translate("SettingsPage", u"Data elements for each figure", None))
#endif // QT_CONFIG(accessibility)
        self.load_mapping_button.setText(QCoreApplication.translate("SettingsPage", u"&Load a mapping file\u2026", None))
        self.skip_unmapped_check.setText(QCoreApplication.translate("SettingsPage", u"Send only the &mapped figures", None))
#if QT_CONFIG(accessibility)
        self.skip_unmapped_check.setAccessibleName(QCoreApplication.translate("SettingsPage", u"Send only the figures that have a data element", None))
#endif // QT_CONFIG(accessibility)
        self.skip_unmapped_hint_label.setText(QCoreApplication.translate("SettingsPage", u"When this is not ticked, a sync stops if any figure has no data element, so that a forgotten line is noticed.", None))
        self.ca_file_label.setText(QCoreApplication.translate("SettingsPage", u"Organisation's certificate a&uthority (optional)", None))
#if QT_CONFIG(accessibility)
        self.ca_file_edit.setAccessibleName(QCoreApplication.translate("SettingsPage", u"Certificate authority file, optional", None))
#endif // QT_CONFIG(accessibility)
        self.ca_browse_button.setText(QCoreApplication.translate("SettingsPage", u"&Choose\u2026", None))
        self.ca_hint_label.setText(QCoreApplication.translate("SettingsPage", u"Only when your organisation's DHIS2 uses its own certificate authority. Hearth still checks the server's certificate.", None))
        self.cancel_target_button.setText(QCoreApplication.translate("SettingsPage", u"Cancel", None))
        self.save_target_button.setText(QCoreApplication.translate("SettingsPage", u"Sa&ve the target", None))
        self.users_group.setTitle(QCoreApplication.translate("SettingsPage", u"Who can unlock this vault", None))
        self.users_label.setText(QCoreApplication.translate("SettingsPage", u"&Staff members", None))
#if QT_CONFIG(accessibility)
        self.user_list.setAccessibleName(QCoreApplication.translate("SettingsPage", u"Staff members", None))
#endif // QT_CONFIG(accessibility)
        self.remove_user_button.setText(QCoreApplication.translate("SettingsPage", u"&Remove from the vault", None))
        self.add_user_group.setTitle(QCoreApplication.translate("SettingsPage", u"Add a staff member", None))
        self.add_user_intro_label.setText(QCoreApplication.translate("SettingsPage", u"The new staff member chooses their own passphrase and types it twice here. Type yours too, to show it is you who adds them.", None))
        self.add_user_name_label.setText(QCoreApplication.translate("SettingsPage", u"&Name or initials", None))
#if QT_CONFIG(accessibility)
        self.add_user_name_edit.setAccessibleName(QCoreApplication.translate("SettingsPage", u"Name or initials of the new staff member", None))
#endif // QT_CONFIG(accessibility)
        self.add_user_passphrase_label.setText(QCoreApplication.translate("SettingsPage", u"&Their passphrase", None))
#if QT_CONFIG(accessibility)
        self.add_user_passphrase_edit.setAccessibleName(QCoreApplication.translate("SettingsPage", u"Their passphrase", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.add_user_strength_bar.setAccessibleName(QCoreApplication.translate("SettingsPage", u"Strength of their passphrase", None))
#endif // QT_CONFIG(accessibility)
        self.add_user_confirm_label.setText(QCoreApplication.translate("SettingsPage", u"Their passphrase a&gain", None))
#if QT_CONFIG(accessibility)
        self.add_user_confirm_edit.setAccessibleName(QCoreApplication.translate("SettingsPage", u"Their passphrase again", None))
#endif // QT_CONFIG(accessibility)
        self.add_user_own_label.setText(QCoreApplication.translate("SettingsPage", u"Your &own passphrase", None))
#if QT_CONFIG(accessibility)
        self.add_user_own_edit.setAccessibleName(QCoreApplication.translate("SettingsPage", u"Your own passphrase", None))
#endif // QT_CONFIG(accessibility)
        self.add_user_button.setText(QCoreApplication.translate("SettingsPage", u"&Add the staff member", None))
        self.passphrase_group.setTitle(QCoreApplication.translate("SettingsPage", u"Change my passphrase", None))
        self.current_passphrase_label.setText(QCoreApplication.translate("SettingsPage", u"&Current passphrase", None))
#if QT_CONFIG(accessibility)
        self.current_passphrase_edit.setAccessibleName(QCoreApplication.translate("SettingsPage", u"Current passphrase", None))
#endif // QT_CONFIG(accessibility)
        self.new_passphrase_label.setText(QCoreApplication.translate("SettingsPage", u"N&ew passphrase", None))
#if QT_CONFIG(accessibility)
        self.new_passphrase_edit.setAccessibleName(QCoreApplication.translate("SettingsPage", u"New passphrase", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.new_strength_bar.setAccessibleName(QCoreApplication.translate("SettingsPage", u"Strength of the new passphrase", None))
#endif // QT_CONFIG(accessibility)
        self.confirm_passphrase_label.setText(QCoreApplication.translate("SettingsPage", u"New passphrase aga&in", None))
#if QT_CONFIG(accessibility)
        self.confirm_passphrase_edit.setAccessibleName(QCoreApplication.translate("SettingsPage", u"New passphrase again", None))
#endif // QT_CONFIG(accessibility)
        self.change_passphrase_button.setText(QCoreApplication.translate("SettingsPage", u"Change m&y passphrase", None))
        self.recovery_group.setTitle(QCoreApplication.translate("SettingsPage", u"Recovery code", None))
        self.recovery_intro_label.setText(QCoreApplication.translate("SettingsPage", u"The recovery code opens the vault when every passphrase is forgotten. A new code stops the old one from working: make one when the printed code was lost or seen by someone else.", None))
        self.recovery_own_label.setText(QCoreApplication.translate("SettingsPage", u"Yo&ur passphrase", None))
#if QT_CONFIG(accessibility)
        self.recovery_own_edit.setAccessibleName(QCoreApplication.translate("SettingsPage", u"Your passphrase, to make a new recovery code", None))
#endif // QT_CONFIG(accessibility)
        self.new_recovery_button.setText(QCoreApplication.translate("SettingsPage", u"&Make a new recovery code", None))
#if QT_CONFIG(accessibility)
        self.recovery_code_label.setAccessibleName(QCoreApplication.translate("SettingsPage", u"New recovery code", None))
#endif // QT_CONFIG(accessibility)
        self.recovery_code_hint_label.setText(QCoreApplication.translate("SettingsPage", u"Print it or save it to a file, then keep it locked away: anyone holding it can open the vault. It is shown only this once.", None))
        self.print_recovery_button.setText(QCoreApplication.translate("SettingsPage", u"&Print\u2026", None))
        self.save_recovery_button.setText(QCoreApplication.translate("SettingsPage", u"Sa&ve to a file\u2026", None))
        self.recovery_done_button.setText(QCoreApplication.translate("SettingsPage", u"I have put it a&way", None))
        self.maintenance_group.setTitle(QCoreApplication.translate("SettingsPage", u"Backup and checks", None))
        self.maintenance_intro_label.setText(QCoreApplication.translate("SettingsPage", u"A backup is an encrypted copy of the vault: the same passphrases and recovery code open it. Keep it on a drive stored somewhere else.", None))
        self.backup_button.setText(QCoreApplication.translate("SettingsPage", u"&Back up now\u2026", None))
        self.verify_button.setText(QCoreApplication.translate("SettingsPage", u"Chec&k the vault", None))
#if QT_CONFIG(accessibility)
        self.maintenance_progress.setAccessibleName(QCoreApplication.translate("SettingsPage", u"Working", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

