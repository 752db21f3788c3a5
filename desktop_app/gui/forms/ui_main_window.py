# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'main_window.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QAction, QBrush, QColor, QConicalGradient,
    QCursor, QFont, QFontDatabase, QGradient,
    QIcon, QImage, QKeySequence, QLinearGradient,
    QPainter, QPalette, QPixmap, QRadialGradient,
    QTransform)
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QLabel, QListWidget,
    QListWidgetItem, QMainWindow, QMenu, QMenuBar,
    QSizePolicy, QSpacerItem, QStackedWidget, QStatusBar,
    QToolBar, QVBoxLayout, QWidget)

class Ui_MainWindow(object):
    def setupUi(self, MainWindow):
        if not MainWindow.objectName():
            MainWindow.setObjectName(u"MainWindow")
        MainWindow.resize(1000, 680)
        self.lock_action = QAction(MainWindow)
        self.lock_action.setObjectName(u"lock_action")
#if QT_CONFIG(shortcut)
        self.lock_action.setShortcut(u"Ctrl+L")
#endif // QT_CONFIG(shortcut)
        self.quit_action = QAction(MainWindow)
        self.quit_action.setObjectName(u"quit_action")
#if QT_CONFIG(shortcut)
        self.quit_action.setShortcut(u"Ctrl+Q")
#endif // QT_CONFIG(shortcut)
        self.about_action = QAction(MainWindow)
        self.about_action.setObjectName(u"about_action")
        self.central_widget = QWidget(MainWindow)
        self.central_widget.setObjectName(u"central_widget")
        self.central_layout = QHBoxLayout(self.central_widget)
        self.central_layout.setObjectName(u"central_layout")
        self.navigation_list = QListWidget(self.central_widget)
        QListWidgetItem(self.navigation_list)
        QListWidgetItem(self.navigation_list)
        QListWidgetItem(self.navigation_list)
        QListWidgetItem(self.navigation_list)
        QListWidgetItem(self.navigation_list)
        QListWidgetItem(self.navigation_list)
        QListWidgetItem(self.navigation_list)
        self.navigation_list.setObjectName(u"navigation_list")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Expanding)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.navigation_list.sizePolicy().hasHeightForWidth())
        self.navigation_list.setSizePolicy(sizePolicy)
        self.navigation_list.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)

        self.central_layout.addWidget(self.navigation_list)

        self.page_stack = QStackedWidget(self.central_widget)
        self.page_stack.setObjectName(u"page_stack")
        self.today_page = QWidget()
        self.today_page.setObjectName(u"today_page")
        self.today_page_layout = QVBoxLayout(self.today_page)
        self.today_page_layout.setObjectName(u"today_page_layout")
        self.today_title_label = QLabel(self.today_page)
        self.today_title_label.setObjectName(u"today_title_label")

        self.today_page_layout.addWidget(self.today_title_label)

        self.today_placeholder_label = QLabel(self.today_page)
        self.today_placeholder_label.setObjectName(u"today_placeholder_label")
        self.today_placeholder_label.setWordWrap(True)
        self.today_placeholder_label.setAlignment(Qt.AlignLeading|Qt.AlignTop)

        self.today_page_layout.addWidget(self.today_placeholder_label)

        self.today_page_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.today_page_layout.addItem(self.today_page_spacer)

        self.page_stack.addWidget(self.today_page)
        self.families_page = QWidget()
        self.families_page.setObjectName(u"families_page")
        self.families_page_layout = QVBoxLayout(self.families_page)
        self.families_page_layout.setObjectName(u"families_page_layout")
        self.families_title_label = QLabel(self.families_page)
        self.families_title_label.setObjectName(u"families_title_label")

        self.families_page_layout.addWidget(self.families_title_label)

        self.families_placeholder_label = QLabel(self.families_page)
        self.families_placeholder_label.setObjectName(u"families_placeholder_label")
        self.families_placeholder_label.setWordWrap(True)
        self.families_placeholder_label.setAlignment(Qt.AlignLeading|Qt.AlignTop)

        self.families_page_layout.addWidget(self.families_placeholder_label)

        self.families_page_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.families_page_layout.addItem(self.families_page_spacer)

        self.page_stack.addWidget(self.families_page)
        self.services_page = QWidget()
        self.services_page.setObjectName(u"services_page")
        self.services_page_layout = QVBoxLayout(self.services_page)
        self.services_page_layout.setObjectName(u"services_page_layout")
        self.services_title_label = QLabel(self.services_page)
        self.services_title_label.setObjectName(u"services_title_label")

        self.services_page_layout.addWidget(self.services_title_label)

        self.services_placeholder_label = QLabel(self.services_page)
        self.services_placeholder_label.setObjectName(u"services_placeholder_label")
        self.services_placeholder_label.setWordWrap(True)
        self.services_placeholder_label.setAlignment(Qt.AlignLeading|Qt.AlignTop)

        self.services_page_layout.addWidget(self.services_placeholder_label)

        self.services_page_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.services_page_layout.addItem(self.services_page_spacer)

        self.page_stack.addWidget(self.services_page)
        self.champions_page = QWidget()
        self.champions_page.setObjectName(u"champions_page")
        self.champions_page_layout = QVBoxLayout(self.champions_page)
        self.champions_page_layout.setObjectName(u"champions_page_layout")
        self.champions_title_label = QLabel(self.champions_page)
        self.champions_title_label.setObjectName(u"champions_title_label")

        self.champions_page_layout.addWidget(self.champions_title_label)

        self.champions_placeholder_label = QLabel(self.champions_page)
        self.champions_placeholder_label.setObjectName(u"champions_placeholder_label")
        self.champions_placeholder_label.setWordWrap(True)
        self.champions_placeholder_label.setAlignment(Qt.AlignLeading|Qt.AlignTop)

        self.champions_page_layout.addWidget(self.champions_placeholder_label)

        self.champions_page_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.champions_page_layout.addItem(self.champions_page_spacer)

        self.page_stack.addWidget(self.champions_page)
        self.events_page = QWidget()
        self.events_page.setObjectName(u"events_page")
        self.events_page_layout = QVBoxLayout(self.events_page)
        self.events_page_layout.setObjectName(u"events_page_layout")
        self.events_title_label = QLabel(self.events_page)
        self.events_title_label.setObjectName(u"events_title_label")

        self.events_page_layout.addWidget(self.events_title_label)

        self.events_placeholder_label = QLabel(self.events_page)
        self.events_placeholder_label.setObjectName(u"events_placeholder_label")
        self.events_placeholder_label.setWordWrap(True)
        self.events_placeholder_label.setAlignment(Qt.AlignLeading|Qt.AlignTop)

        self.events_page_layout.addWidget(self.events_placeholder_label)

        self.events_page_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.events_page_layout.addItem(self.events_page_spacer)

        self.page_stack.addWidget(self.events_page)
        self.reports_page = QWidget()
        self.reports_page.setObjectName(u"reports_page")
        self.reports_page_layout = QVBoxLayout(self.reports_page)
        self.reports_page_layout.setObjectName(u"reports_page_layout")
        self.reports_title_label = QLabel(self.reports_page)
        self.reports_title_label.setObjectName(u"reports_title_label")

        self.reports_page_layout.addWidget(self.reports_title_label)

        self.reports_placeholder_label = QLabel(self.reports_page)
        self.reports_placeholder_label.setObjectName(u"reports_placeholder_label")
        self.reports_placeholder_label.setWordWrap(True)
        self.reports_placeholder_label.setAlignment(Qt.AlignLeading|Qt.AlignTop)

        self.reports_page_layout.addWidget(self.reports_placeholder_label)

        self.reports_page_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.reports_page_layout.addItem(self.reports_page_spacer)

        self.page_stack.addWidget(self.reports_page)
        self.settings_page = QWidget()
        self.settings_page.setObjectName(u"settings_page")
        self.settings_page_layout = QVBoxLayout(self.settings_page)
        self.settings_page_layout.setObjectName(u"settings_page_layout")
        self.settings_title_label = QLabel(self.settings_page)
        self.settings_title_label.setObjectName(u"settings_title_label")

        self.settings_page_layout.addWidget(self.settings_title_label)

        self.settings_placeholder_label = QLabel(self.settings_page)
        self.settings_placeholder_label.setObjectName(u"settings_placeholder_label")
        self.settings_placeholder_label.setWordWrap(True)
        self.settings_placeholder_label.setAlignment(Qt.AlignLeading|Qt.AlignTop)

        self.settings_page_layout.addWidget(self.settings_placeholder_label)

        self.settings_page_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.settings_page_layout.addItem(self.settings_page_spacer)

        self.page_stack.addWidget(self.settings_page)

        self.central_layout.addWidget(self.page_stack)

        MainWindow.setCentralWidget(self.central_widget)
        self.menu_bar = QMenuBar(MainWindow)
        self.menu_bar.setObjectName(u"menu_bar")
        self.file_menu = QMenu(self.menu_bar)
        self.file_menu.setObjectName(u"file_menu")
        self.help_menu = QMenu(self.menu_bar)
        self.help_menu.setObjectName(u"help_menu")
        MainWindow.setMenuBar(self.menu_bar)
        self.main_toolbar = QToolBar(MainWindow)
        self.main_toolbar.setObjectName(u"main_toolbar")
        self.main_toolbar.setMovable(False)
        self.main_toolbar.setToolButtonStyle(Qt.ToolButtonTextOnly)
        MainWindow.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.main_toolbar)
        self.status_bar = QStatusBar(MainWindow)
        self.status_bar.setObjectName(u"status_bar")
        MainWindow.setStatusBar(self.status_bar)

        self.menu_bar.addAction(self.file_menu.menuAction())
        self.menu_bar.addAction(self.help_menu.menuAction())
        self.file_menu.addAction(self.lock_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.help_menu.addAction(self.about_action)
        self.main_toolbar.addAction(self.lock_action)

        self.retranslateUi(MainWindow)

        self.navigation_list.setCurrentRow(0)
        self.page_stack.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(MainWindow)
    # setupUi

    def retranslateUi(self, MainWindow):
        MainWindow.setWindowTitle(QCoreApplication.translate("MainWindow", u"Hearth", None))
        self.lock_action.setText(QCoreApplication.translate("MainWindow", u"&Lock", None))
#if QT_CONFIG(tooltip)
        self.lock_action.setToolTip(QCoreApplication.translate("MainWindow", u"Lock Hearth now (Ctrl+L). Your work is kept.", None))
#endif // QT_CONFIG(tooltip)
        self.quit_action.setText(QCoreApplication.translate("MainWindow", u"&Quit", None))
        self.about_action.setText(QCoreApplication.translate("MainWindow", u"&About Hearth", None))

        __sortingEnabled = self.navigation_list.isSortingEnabled()
        self.navigation_list.setSortingEnabled(False)
        ___qlistwidgetitem = self.navigation_list.item(0)
        ___qlistwidgetitem.setText(QCoreApplication.translate("MainWindow", u"Today", None))
        ___qlistwidgetitem1 = self.navigation_list.item(1)
        ___qlistwidgetitem1.setText(QCoreApplication.translate("MainWindow", u"Families", None))
        ___qlistwidgetitem2 = self.navigation_list.item(2)
        ___qlistwidgetitem2.setText(QCoreApplication.translate("MainWindow", u"Services", None))
        ___qlistwidgetitem3 = self.navigation_list.item(3)
        ___qlistwidgetitem3.setText(QCoreApplication.translate("MainWindow", u"Champions", None))
        ___qlistwidgetitem4 = self.navigation_list.item(4)
        ___qlistwidgetitem4.setText(QCoreApplication.translate("MainWindow", u"Events", None))
        ___qlistwidgetitem5 = self.navigation_list.item(5)
        ___qlistwidgetitem5.setText(QCoreApplication.translate("MainWindow", u"Reports & Sync", None))
        ___qlistwidgetitem6 = self.navigation_list.item(6)
        ___qlistwidgetitem6.setText(QCoreApplication.translate("MainWindow", u"Settings", None))
        self.navigation_list.setSortingEnabled(__sortingEnabled)

#if QT_CONFIG(accessibility)
        self.navigation_list.setAccessibleName(QCoreApplication.translate("MainWindow", u"Sections", None))
#endif // QT_CONFIG(accessibility)
        self.today_title_label.setText(QCoreApplication.translate("MainWindow", u"Today", None))
        self.today_placeholder_label.setText(QCoreApplication.translate("MainWindow", u"Follow-ups that are overdue or due this week, drafts to resume and consent reviews that are due will appear here.", None))
        self.families_title_label.setText(QCoreApplication.translate("MainWindow", u"Families", None))
        self.families_placeholder_label.setText(QCoreApplication.translate("MainWindow", u"Every household you support will be listed here, with search, filters and the Day-1 intake meeting.", None))
        self.services_title_label.setText(QCoreApplication.translate("MainWindow", u"Services", None))
        self.services_placeholder_label.setText(QCoreApplication.translate("MainWindow", u"The local services directory used for signposting will live here. It works without a network.", None))
        self.champions_title_label.setText(QCoreApplication.translate("MainWindow", u"Champions", None))
        self.champions_placeholder_label.setText(QCoreApplication.translate("MainWindow", u"Parent champions will be matched here with new families who share their school, class or language.", None))
        self.events_title_label.setText(QCoreApplication.translate("MainWindow", u"Events", None))
        self.events_placeholder_label.setText(QCoreApplication.translate("MainWindow", u"Coffee mornings, ESOL sessions, workshops and celebrations, and the families who came to them, will be listed here.", None))
        self.reports_title_label.setText(QCoreApplication.translate("MainWindow", u"Reports & Sync", None))
        self.reports_placeholder_label.setText(QCoreApplication.translate("MainWindow", u"Anonymised counts will be previewed here. They leave this laptop only when you press Sync.", None))
        self.settings_title_label.setText(QCoreApplication.translate("MainWindow", u"Settings", None))
        self.settings_placeholder_label.setText(QCoreApplication.translate("MainWindow", u"Language, auto-lock time and where reports are sent will be set here.", None))
        self.file_menu.setTitle(QCoreApplication.translate("MainWindow", u"&File", None))
        self.help_menu.setTitle(QCoreApplication.translate("MainWindow", u"&Help", None))
        self.main_toolbar.setWindowTitle(QCoreApplication.translate("MainWindow", u"Main toolbar", None))
    # retranslateUi

