# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'unlock_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QDialog,
    QGridLayout, QLabel, QLineEdit, QProgressBar,
    QPushButton, QSizePolicy, QSpacerItem, QStackedWidget,
    QVBoxLayout, QWidget)

class Ui_UnlockDialog(object):
    def setupUi(self, UnlockDialog):
        if not UnlockDialog.objectName():
            UnlockDialog.setObjectName(u"UnlockDialog")
        UnlockDialog.resize(560, 460)
        self.dialog_layout = QVBoxLayout(UnlockDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.title_label = QLabel(UnlockDialog)
        self.title_label.setObjectName(u"title_label")

        self.dialog_layout.addWidget(self.title_label)

        self.subtitle_label = QLabel(UnlockDialog)
        self.subtitle_label.setObjectName(u"subtitle_label")
        self.subtitle_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.subtitle_label)

        self.mode_stack = QStackedWidget(UnlockDialog)
        self.mode_stack.setObjectName(u"mode_stack")
        self.unlock_page = QWidget()
        self.unlock_page.setObjectName(u"unlock_page")
        self.unlock_layout = QGridLayout(self.unlock_page)
        self.unlock_layout.setObjectName(u"unlock_layout")
        self.user_label = QLabel(self.unlock_page)
        self.user_label.setObjectName(u"user_label")

        self.unlock_layout.addWidget(self.user_label, 0, 0, 1, 1)

        self.user_combo = QComboBox(self.unlock_page)
        self.user_combo.setObjectName(u"user_combo")

        self.unlock_layout.addWidget(self.user_combo, 0, 1, 1, 1)

        self.passphrase_label = QLabel(self.unlock_page)
        self.passphrase_label.setObjectName(u"passphrase_label")

        self.unlock_layout.addWidget(self.passphrase_label, 1, 0, 1, 1)

        self.passphrase_edit = QLineEdit(self.unlock_page)
        self.passphrase_edit.setObjectName(u"passphrase_edit")
        self.passphrase_edit.setEchoMode(QLineEdit.Password)

        self.unlock_layout.addWidget(self.passphrase_edit, 1, 1, 1, 1)

        self.unlock_message_label = QLabel(self.unlock_page)
        self.unlock_message_label.setObjectName(u"unlock_message_label")
        self.unlock_message_label.setText(u"")
        self.unlock_message_label.setWordWrap(True)
        self.unlock_message_label.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.unlock_layout.addWidget(self.unlock_message_label, 2, 0, 1, 2)

        self.unlock_button = QPushButton(self.unlock_page)
        self.unlock_button.setObjectName(u"unlock_button")

        self.unlock_layout.addWidget(self.unlock_button, 3, 1, 1, 1)

        self.forgot_button = QPushButton(self.unlock_page)
        self.forgot_button.setObjectName(u"forgot_button")
        self.forgot_button.setFlat(True)

        self.unlock_layout.addWidget(self.forgot_button, 4, 0, 1, 2)

        self.unlock_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.unlock_layout.addItem(self.unlock_spacer, 5, 0, 1, 1)

        self.mode_stack.addWidget(self.unlock_page)
        self.create_page = QWidget()
        self.create_page.setObjectName(u"create_page")
        self.create_layout = QGridLayout(self.create_page)
        self.create_layout.setObjectName(u"create_layout")
        self.create_intro_label = QLabel(self.create_page)
        self.create_intro_label.setObjectName(u"create_intro_label")
        self.create_intro_label.setWordWrap(True)

        self.create_layout.addWidget(self.create_intro_label, 0, 0, 1, 2)

        self.new_user_label = QLabel(self.create_page)
        self.new_user_label.setObjectName(u"new_user_label")

        self.create_layout.addWidget(self.new_user_label, 1, 0, 1, 1)

        self.new_user_edit = QLineEdit(self.create_page)
        self.new_user_edit.setObjectName(u"new_user_edit")
        self.new_user_edit.setMaxLength(40)

        self.create_layout.addWidget(self.new_user_edit, 1, 1, 1, 1)

        self.new_passphrase_label = QLabel(self.create_page)
        self.new_passphrase_label.setObjectName(u"new_passphrase_label")

        self.create_layout.addWidget(self.new_passphrase_label, 2, 0, 1, 1)

        self.new_passphrase_edit = QLineEdit(self.create_page)
        self.new_passphrase_edit.setObjectName(u"new_passphrase_edit")
        self.new_passphrase_edit.setEchoMode(QLineEdit.Password)

        self.create_layout.addWidget(self.new_passphrase_edit, 2, 1, 1, 1)

        self.confirm_label = QLabel(self.create_page)
        self.confirm_label.setObjectName(u"confirm_label")

        self.create_layout.addWidget(self.confirm_label, 3, 0, 1, 1)

        self.confirm_edit = QLineEdit(self.create_page)
        self.confirm_edit.setObjectName(u"confirm_edit")
        self.confirm_edit.setEchoMode(QLineEdit.Password)

        self.create_layout.addWidget(self.confirm_edit, 3, 1, 1, 1)

        self.create_strength_bar = QProgressBar(self.create_page)
        self.create_strength_bar.setObjectName(u"create_strength_bar")
        self.create_strength_bar.setMaximum(4)
        self.create_strength_bar.setValue(0)
        self.create_strength_bar.setTextVisible(False)

        self.create_layout.addWidget(self.create_strength_bar, 4, 1, 1, 1)

        self.create_strength_label = QLabel(self.create_page)
        self.create_strength_label.setObjectName(u"create_strength_label")
        self.create_strength_label.setText(u"")
        self.create_strength_label.setWordWrap(True)
        self.create_strength_label.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.create_layout.addWidget(self.create_strength_label, 5, 1, 1, 1)

        self.create_message_label = QLabel(self.create_page)
        self.create_message_label.setObjectName(u"create_message_label")
        self.create_message_label.setText(u"")
        self.create_message_label.setWordWrap(True)
        self.create_message_label.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.create_layout.addWidget(self.create_message_label, 6, 0, 1, 2)

        self.create_button = QPushButton(self.create_page)
        self.create_button.setObjectName(u"create_button")

        self.create_layout.addWidget(self.create_button, 7, 1, 1, 1)

        self.create_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.create_layout.addItem(self.create_spacer, 8, 0, 1, 1)

        self.mode_stack.addWidget(self.create_page)
        self.recover_page = QWidget()
        self.recover_page.setObjectName(u"recover_page")
        self.recover_layout = QGridLayout(self.recover_page)
        self.recover_layout.setObjectName(u"recover_layout")
        self.recover_intro_label = QLabel(self.recover_page)
        self.recover_intro_label.setObjectName(u"recover_intro_label")
        self.recover_intro_label.setWordWrap(True)

        self.recover_layout.addWidget(self.recover_intro_label, 0, 0, 1, 2)

        self.recovery_code_label = QLabel(self.recover_page)
        self.recovery_code_label.setObjectName(u"recovery_code_label")

        self.recover_layout.addWidget(self.recovery_code_label, 1, 0, 1, 1)

        self.recovery_code_edit = QLineEdit(self.recover_page)
        self.recovery_code_edit.setObjectName(u"recovery_code_edit")

        self.recover_layout.addWidget(self.recovery_code_edit, 1, 1, 1, 1)

        self.recover_user_label = QLabel(self.recover_page)
        self.recover_user_label.setObjectName(u"recover_user_label")

        self.recover_layout.addWidget(self.recover_user_label, 2, 0, 1, 1)

        self.recover_user_combo = QComboBox(self.recover_page)
        self.recover_user_combo.setObjectName(u"recover_user_combo")

        self.recover_layout.addWidget(self.recover_user_combo, 2, 1, 1, 1)

        self.recover_passphrase_label = QLabel(self.recover_page)
        self.recover_passphrase_label.setObjectName(u"recover_passphrase_label")

        self.recover_layout.addWidget(self.recover_passphrase_label, 3, 0, 1, 1)

        self.recover_passphrase_edit = QLineEdit(self.recover_page)
        self.recover_passphrase_edit.setObjectName(u"recover_passphrase_edit")
        self.recover_passphrase_edit.setEchoMode(QLineEdit.Password)

        self.recover_layout.addWidget(self.recover_passphrase_edit, 3, 1, 1, 1)

        self.recover_confirm_label = QLabel(self.recover_page)
        self.recover_confirm_label.setObjectName(u"recover_confirm_label")

        self.recover_layout.addWidget(self.recover_confirm_label, 4, 0, 1, 1)

        self.recover_confirm_edit = QLineEdit(self.recover_page)
        self.recover_confirm_edit.setObjectName(u"recover_confirm_edit")
        self.recover_confirm_edit.setEchoMode(QLineEdit.Password)

        self.recover_layout.addWidget(self.recover_confirm_edit, 4, 1, 1, 1)

        self.recover_strength_bar = QProgressBar(self.recover_page)
        self.recover_strength_bar.setObjectName(u"recover_strength_bar")
        self.recover_strength_bar.setMaximum(4)
        self.recover_strength_bar.setValue(0)
        self.recover_strength_bar.setTextVisible(False)

        self.recover_layout.addWidget(self.recover_strength_bar, 5, 1, 1, 1)

        self.recover_strength_label = QLabel(self.recover_page)
        self.recover_strength_label.setObjectName(u"recover_strength_label")
        self.recover_strength_label.setText(u"")
        self.recover_strength_label.setWordWrap(True)
        self.recover_strength_label.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.recover_layout.addWidget(self.recover_strength_label, 6, 1, 1, 1)

        self.recover_message_label = QLabel(self.recover_page)
        self.recover_message_label.setObjectName(u"recover_message_label")
        self.recover_message_label.setText(u"")
        self.recover_message_label.setWordWrap(True)
        self.recover_message_label.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.recover_layout.addWidget(self.recover_message_label, 7, 0, 1, 2)

        self.recover_submit_button = QPushButton(self.recover_page)
        self.recover_submit_button.setObjectName(u"recover_submit_button")

        self.recover_layout.addWidget(self.recover_submit_button, 8, 1, 1, 1)

        self.back_button = QPushButton(self.recover_page)
        self.back_button.setObjectName(u"back_button")
        self.back_button.setFlat(True)

        self.recover_layout.addWidget(self.back_button, 9, 0, 1, 1)

        self.recover_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.recover_layout.addItem(self.recover_spacer, 10, 0, 1, 1)

        self.mode_stack.addWidget(self.recover_page)
        self.recovery_code_page = QWidget()
        self.recovery_code_page.setObjectName(u"recovery_code_page")
        self.recovery_code_layout = QVBoxLayout(self.recovery_code_page)
        self.recovery_code_layout.setObjectName(u"recovery_code_layout")
        self.code_intro_label = QLabel(self.recovery_code_page)
        self.code_intro_label.setObjectName(u"code_intro_label")
        self.code_intro_label.setWordWrap(True)

        self.recovery_code_layout.addWidget(self.code_intro_label)

        self.code_display_label = QLabel(self.recovery_code_page)
        self.code_display_label.setObjectName(u"code_display_label")
        self.code_display_label.setText(u"")
        self.code_display_label.setAlignment(Qt.AlignCenter)
        self.code_display_label.setTextInteractionFlags(Qt.TextSelectableByMouse|Qt.TextSelectableByKeyboard)

        self.recovery_code_layout.addWidget(self.code_display_label)

        self.print_code_button = QPushButton(self.recovery_code_page)
        self.print_code_button.setObjectName(u"print_code_button")

        self.recovery_code_layout.addWidget(self.print_code_button)

        self.code_saved_check = QCheckBox(self.recovery_code_page)
        self.code_saved_check.setObjectName(u"code_saved_check")

        self.recovery_code_layout.addWidget(self.code_saved_check)

        self.continue_button = QPushButton(self.recovery_code_page)
        self.continue_button.setObjectName(u"continue_button")
        self.continue_button.setEnabled(False)

        self.recovery_code_layout.addWidget(self.continue_button)

        self.code_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.recovery_code_layout.addItem(self.code_spacer)

        self.mode_stack.addWidget(self.recovery_code_page)

        self.dialog_layout.addWidget(self.mode_stack)

        self.busy_bar = QProgressBar(UnlockDialog)
        self.busy_bar.setObjectName(u"busy_bar")
        self.busy_bar.setMaximum(0)
        self.busy_bar.setTextVisible(False)

        self.dialog_layout.addWidget(self.busy_bar)

#if QT_CONFIG(shortcut)
        self.user_label.setBuddy(self.user_combo)
        self.passphrase_label.setBuddy(self.passphrase_edit)
        self.new_user_label.setBuddy(self.new_user_edit)
        self.new_passphrase_label.setBuddy(self.new_passphrase_edit)
        self.confirm_label.setBuddy(self.confirm_edit)
        self.recovery_code_label.setBuddy(self.recovery_code_edit)
        self.recover_user_label.setBuddy(self.recover_user_combo)
        self.recover_passphrase_label.setBuddy(self.recover_passphrase_edit)
        self.recover_confirm_label.setBuddy(self.recover_confirm_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.user_combo, self.passphrase_edit)
        QWidget.setTabOrder(self.passphrase_edit, self.unlock_button)
        QWidget.setTabOrder(self.unlock_button, self.forgot_button)
        QWidget.setTabOrder(self.forgot_button, self.new_user_edit)
        QWidget.setTabOrder(self.new_user_edit, self.new_passphrase_edit)
        QWidget.setTabOrder(self.new_passphrase_edit, self.confirm_edit)
        QWidget.setTabOrder(self.confirm_edit, self.create_button)
        QWidget.setTabOrder(self.create_button, self.recovery_code_edit)
        QWidget.setTabOrder(self.recovery_code_edit, self.recover_user_combo)
        QWidget.setTabOrder(self.recover_user_combo, self.recover_passphrase_edit)
        QWidget.setTabOrder(self.recover_passphrase_edit, self.recover_confirm_edit)
        QWidget.setTabOrder(self.recover_confirm_edit, self.recover_submit_button)
        QWidget.setTabOrder(self.recover_submit_button, self.back_button)
        QWidget.setTabOrder(self.back_button, self.print_code_button)
        QWidget.setTabOrder(self.print_code_button, self.code_saved_check)
        QWidget.setTabOrder(self.code_saved_check, self.continue_button)

        self.retranslateUi(UnlockDialog)

        self.mode_stack.setCurrentIndex(0)
        self.unlock_button.setDefault(True)
        self.create_button.setDefault(True)
        self.recover_submit_button.setDefault(True)
        self.continue_button.setDefault(True)


        QMetaObject.connectSlotsByName(UnlockDialog)
    # setupUi

    def retranslateUi(self, UnlockDialog):
        UnlockDialog.setWindowTitle(QCoreApplication.translate("UnlockDialog", u"Hearth: unlock", None))
        self.title_label.setText(QCoreApplication.translate("UnlockDialog", u"Hearth", None))
        self.subtitle_label.setText(QCoreApplication.translate("UnlockDialog", u"Case records stay encrypted on this laptop.", None))
        self.user_label.setText(QCoreApplication.translate("UnlockDialog", u"&Staff member", None))
#if QT_CONFIG(accessibility)
        self.user_combo.setAccessibleName(QCoreApplication.translate("UnlockDialog", u"Staff member", None))
#endif // QT_CONFIG(accessibility)
        self.passphrase_label.setText(QCoreApplication.translate("UnlockDialog", u"&Passphrase", None))
#if QT_CONFIG(accessibility)
        self.passphrase_edit.setAccessibleName(QCoreApplication.translate("UnlockDialog", u"Passphrase", None))
#endif // QT_CONFIG(accessibility)
        self.unlock_button.setText(QCoreApplication.translate("UnlockDialog", u"&Unlock", None))
        self.forgot_button.setText(QCoreApplication.translate("UnlockDialog", u"&Forgot your passphrase? Use the recovery code", None))
        self.create_intro_label.setText(QCoreApplication.translate("UnlockDialog", u"This laptop has no Hearth vault yet. Create one: everything you record will be encrypted with a passphrase only you know.", None))
        self.new_user_label.setText(QCoreApplication.translate("UnlockDialog", u"Your &name or initials", None))
#if QT_CONFIG(accessibility)
        self.new_user_edit.setAccessibleName(QCoreApplication.translate("UnlockDialog", u"Your name or initials", None))
#endif // QT_CONFIG(accessibility)
        self.new_passphrase_label.setText(QCoreApplication.translate("UnlockDialog", u"&Passphrase", None))
#if QT_CONFIG(accessibility)
        self.new_passphrase_edit.setAccessibleName(QCoreApplication.translate("UnlockDialog", u"Passphrase", None))
#endif // QT_CONFIG(accessibility)
        self.confirm_label.setText(QCoreApplication.translate("UnlockDialog", u"T&ype it again", None))
#if QT_CONFIG(accessibility)
        self.confirm_edit.setAccessibleName(QCoreApplication.translate("UnlockDialog", u"Type the passphrase again", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.create_strength_bar.setAccessibleName(QCoreApplication.translate("UnlockDialog", u"Passphrase strength", None))
#endif // QT_CONFIG(accessibility)
        self.create_button.setText(QCoreApplication.translate("UnlockDialog", u"&Create the vault", None))
        self.recover_intro_label.setText(QCoreApplication.translate("UnlockDialog", u"Type the recovery code you were given when the vault was created, then choose a new passphrase.", None))
        self.recovery_code_label.setText(QCoreApplication.translate("UnlockDialog", u"&Recovery code", None))
#if QT_CONFIG(accessibility)
        self.recovery_code_edit.setAccessibleName(QCoreApplication.translate("UnlockDialog", u"Recovery code", None))
#endif // QT_CONFIG(accessibility)
        self.recover_user_label.setText(QCoreApplication.translate("UnlockDialog", u"&Staff member", None))
#if QT_CONFIG(accessibility)
        self.recover_user_combo.setAccessibleName(QCoreApplication.translate("UnlockDialog", u"Staff member", None))
#endif // QT_CONFIG(accessibility)
        self.recover_passphrase_label.setText(QCoreApplication.translate("UnlockDialog", u"&New passphrase", None))
#if QT_CONFIG(accessibility)
        self.recover_passphrase_edit.setAccessibleName(QCoreApplication.translate("UnlockDialog", u"New passphrase", None))
#endif // QT_CONFIG(accessibility)
        self.recover_confirm_label.setText(QCoreApplication.translate("UnlockDialog", u"T&ype it again", None))
#if QT_CONFIG(accessibility)
        self.recover_confirm_edit.setAccessibleName(QCoreApplication.translate("UnlockDialog", u"Type the new passphrase again", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.recover_strength_bar.setAccessibleName(QCoreApplication.translate("UnlockDialog", u"Passphrase strength", None))
#endif // QT_CONFIG(accessibility)
        self.recover_submit_button.setText(QCoreApplication.translate("UnlockDialog", u"&Unlock and set the new passphrase", None))
        self.back_button.setText(QCoreApplication.translate("UnlockDialog", u"&Back", None))
        self.code_intro_label.setText(QCoreApplication.translate("UnlockDialog", u"This is the vault's recovery code. It is shown only this once. Print it or write it down and keep it locked away: with it, anyone can open the vault, and without it a forgotten passphrase cannot be recovered.", None))
#if QT_CONFIG(accessibility)
        self.code_display_label.setAccessibleName(QCoreApplication.translate("UnlockDialog", u"Recovery code", None))
#endif // QT_CONFIG(accessibility)
        self.print_code_button.setText(QCoreApplication.translate("UnlockDialog", u"&Print the recovery code\u2026", None))
        self.code_saved_check.setText(QCoreApplication.translate("UnlockDialog", u"&I have printed or written down the recovery code", None))
        self.continue_button.setText(QCoreApplication.translate("UnlockDialog", u"C&ontinue", None))
#if QT_CONFIG(accessibility)
        self.busy_bar.setAccessibleName(QCoreApplication.translate("UnlockDialog", u"Working", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

