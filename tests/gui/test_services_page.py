"""The Services page through its real widgets: add, edit, archive, filters, import, export."""

from __future__ import annotations

import dataclasses
import shutil
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from desktop_app.core import models as m
from desktop_app.core.hsds import read_directory
from desktop_app.core.resources import resource_dir
from desktop_app.gui.service_dialog import ServiceDialog
from desktop_app.gui.services_page import ServicesPage
from desktop_app.vault.services import VaultServices
from tests.helpers.vaults import vault_services

C = m.NeedCategory
DEMO = resource_dir() / "demo" / "hsds"


@pytest.fixture
def services(tmp_path: Path) -> Iterator[VaultServices]:
    with vault_services(tmp_path / "vault") as opened:
        yield opened


@pytest.fixture
def page(qtbot, services: VaultServices) -> ServicesPage:
    widget = ServicesPage()
    qtbot.addWidget(widget)
    widget.resize(1000, 700)
    widget.show()
    qtbot.waitExposed(widget)
    widget.set_services(services)
    return widget


def names(page: ServicesPage) -> list[str]:
    return [page.model.service(r).name for r in range(page.model.rowCount())]  # type: ignore[union-attr]


def tick(list_widget, text: str) -> None:
    for row in range(list_widget.count()):
        item = list_widget.item(row)
        if item.text() == text:
            item.setCheckState(Qt.CheckState.Checked)
            return
    raise AssertionError(f"no item {text!r}")


def save_button(dialog: ServiceDialog):
    return dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Save)


def open_add(qtbot, page: ServicesPage) -> ServiceDialog:
    qtbot.mouseClick(page.ui.add_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert dialog is not None
    assert dialog.isVisible()
    return dialog


def test_add_a_service_through_the_form(qtbot, page: ServicesPage, services) -> None:
    dialog = open_add(qtbot, page)
    ui = dialog.ui
    qtbot.keyClicks(ui.name_edit, "Riverside Food Bank")
    qtbot.keyClicks(ui.organization_edit, "Riverside Trust")
    qtbot.keyClicks(ui.phone_edit, "01632 960171")
    qtbot.keyClicks(ui.email_edit, "food@riverside.example")
    qtbot.keyClicks(ui.website_edit, "www.riverside.example")
    qtbot.keyClicks(ui.address_edit, "12 Water Lane, Brackenford")
    qtbot.keyClicks(ui.opening_times_edit, "Mon, Wed, Fri 11:00-14:00")
    ui.referral_radio.click()
    tick(ui.categories_list, "Food")
    tick(ui.languages_list, "العربية")
    qtbot.keyClicks(ui.other_language_edit, "tir")
    qtbot.mouseClick(ui.add_language_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(ui.what_to_bring_edit, "A food bank voucher")
    qtbot.keyClicks(ui.notes_edit, "Halal parcels")
    with qtbot.waitSignal(dialog.saved) as saved:
        qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    (stored,) = services.services.list()
    assert saved.args == [stored]
    assert stored == m.Service(
        name="Riverside Food Bank",
        categories=(C.FOOD,),
        languages=("ar", "ti"),
        phone="01632 960171",
        email="food@riverside.example",
        website="https://www.riverside.example",
        address="12 Water Lane, Brackenford",
        opening_times="Mon, Wed, Fri 11:00-14:00",
        access=m.ServiceAccess.REFERRAL,
        notes="Halal parcels",
        organization="Riverside Trust",
        what_to_bring="A food bank voucher",
        hsds_id=stored.hsds_id,
        id=stored.id,
    )
    assert names(page) == ["Riverside Food Bank"]
    assert page.current_service() == stored
    assert "Saved" in page.feedback()
    assert "A food bank voucher" in page.ui.details_label.text()


def test_the_form_refuses_bad_shapes_inline_and_keeps_what_was_typed(
    qtbot, page: ServicesPage, services
) -> None:
    dialog = open_add(qtbot, page)
    ui = dialog.ui
    qtbot.keyClicks(ui.phone_edit, "call us")
    qtbot.keyClicks(ui.email_edit, "food@")
    qtbot.keyClicks(ui.website_edit, "not a site")
    qtbot.keyClicks(ui.what_to_bring_edit, "x" * 301)
    qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert services.services.list(include_archived=True) == []
    shown = {
        name: getattr(ui, f"{name}_message").text()
        for name in ("name", "phone", "email", "website", "what_to_bring", "categories")
    }
    assert all(shown.values()), shown
    assert "name@example.org" in shown["email"]
    assert "300" in shown["what_to_bring"]
    assert "at least one need" in shown["categories"]
    assert "fix the fields" in ui.save_message_label.text()
    assert dialog.focusWidget() is ui.name_edit  # the first field with a problem
    assert ui.phone_edit.text() == "call us"
    # Fixing a field clears its message as you type; ticking a need clears that one.
    ui.email_edit.clear()
    qtbot.keyClicks(ui.email_edit, "food@riverside.example")
    assert not ui.email_message.isVisible()
    tick(ui.categories_list, "Food")
    assert not ui.categories_message.isVisible()
    qtbot.keyClicks(ui.other_language_edit, "elvish")
    qtbot.mouseClick(ui.add_language_button, Qt.MouseButton.LeftButton)
    assert "elvish" in ui.languages_message.text()


def test_edit_keeps_the_service_and_its_exchange_id(qtbot, page: ServicesPage, services) -> None:
    added = services.services.add(m.Service("Uniform swap", categories=(C.SCHOOL_UNIFORM,)))
    page.refresh()
    page.ui.services_table.setFocus()
    page.select_service(added.id or 0)
    qtbot.keyClick(page.ui.services_table, Qt.Key.Key_Return)
    dialog = page.dialog
    assert dialog is not None
    assert dialog.ui.name_edit.text() == "Uniform swap"
    dialog.ui.opening_times_edit.setText("Sat 10:00–12:00")
    tick(dialog.ui.categories_list, "Transport")
    assert dialog.save()
    again = services.services.get(added.id or 0)
    assert again is not None
    assert again.hsds_id == added.hsds_id
    assert again.opening_times == "Sat 10:00–12:00"
    assert again.categories == (C.SCHOOL_UNIFORM, C.TRANSPORT)


def test_archive_hides_and_bring_back_shows(qtbot, page: ServicesPage, services) -> None:
    food = services.services.add(m.Service("Food bank", categories=(C.FOOD,)))
    services.services.add(m.Service("ESOL classes", categories=(C.ESOL_FOR_PARENTS,)))
    page.refresh()
    page.select_service(food.id or 0)
    qtbot.mouseClick(page.ui.archive_button, Qt.MouseButton.LeftButton)
    assert services.services.get(food.id or 0).archived
    assert names(page) == ["ESOL classes"]
    assert "Archived" in page.feedback()
    page.ui.archived_check.click()
    assert names(page) == ["ESOL classes", "Food bank"]
    page.select_service(food.id or 0)
    assert "archived" in page.model.data(page.model.index(1, 0))
    assert page.ui.archive_button.text().replace("&", "") == "Bring back"
    qtbot.mouseClick(page.ui.archive_button, Qt.MouseButton.LeftButton)
    assert not services.services.get(food.id or 0).archived
    assert "back in the directory" in page.feedback()


def test_search_as_you_type_and_filters(qtbot, page: ServicesPage, services) -> None:
    services.services.import_directory(read_directory(DEMO).services)
    page.refresh()
    assert page.model.rowCount() == 28
    qtbot.keyClicks(page.ui.search_edit, "food")
    assert set(names(page)) == {"Riverside Community Food Bank", "Millbrook Community Pantry"}
    page.ui.search_edit.clear()
    qtbot.keyClicks(page.ui.search_edit, "canal works")  # the address
    assert set(names(page)) == {"Connect Brackenford Device Bank", "Pedal Forward Bike Library"}
    page.ui.search_edit.clear()
    qtbot.keyClicks(page.ui.search_edit, "tigrinya")  # a language, by its English name
    tigrinya = set(names(page))
    assert tigrinya
    assert all("ti" in s.languages for s in services.services.list() if s.name in tigrinya)
    page.ui.search_edit.clear()
    combo = page.ui.need_combo
    combo.setCurrentIndex(combo.findData(C.IMMIGRATION_LEGAL_ADVICE.value))
    combo.activated.emit(combo.currentIndex())
    assert set(names(page)) == {"Northgate Immigration Advice Clinic", "Brackenford Law Centre"}
    languages = page.ui.language_combo
    languages.setCurrentIndex(languages.findData("ps"))
    assert languages.currentText() == "پښتو"  # in its own script
    languages.activated.emit(languages.currentIndex())
    assert names(page) == ["Northgate Immigration Advice Clinic"]
    assert "1 of 28" in page.ui.count_label.text()


def test_import_report_names_every_problem_then_imports_a_good_file(
    qtbot, page: ServicesPage, services, tmp_path: Path
) -> None:
    broken = tmp_path / "broken"
    shutil.copytree(DEMO, broken)
    lines = (broken / "services.csv").read_text(encoding="utf-8").splitlines()
    lines[1] = lines[1].replace("hello@welcome-hub.example", "hello@")
    lines[4] = lines[4].replace(",active,", ",open,")
    (broken / "services.csv").write_text("\r\n".join(lines) + "\r\n", encoding="utf-8")
    qtbot.mouseClick(page.ui.import_button, Qt.MouseButton.LeftButton)
    dialog = page.import_dialog
    assert dialog is not None
    dialog.ask_folder = lambda: broken  # type: ignore[method-assign]
    with qtbot.waitSignal(dialog.checked, timeout=20000):
        qtbot.mouseClick(dialog.ui.choose_folder_button, Qt.MouseButton.LeftButton)
    problems = dialog.problems_model
    rows = [
        [problems.data(problems.index(r, c)) for c in range(4)] for r in range(problems.rowCount())
    ]
    assert [r[:3] for r in rows] == [
        ["services.csv", "2", "email"],
        ["services.csv", "5", "status"],
    ]
    assert "2 problems" in dialog.summary()
    assert not dialog.ui.import_button.isEnabled()
    assert dialog.ui.problems_table.isVisible()
    report = tmp_path / "report.csv"
    dialog.ask_report_path = lambda: report  # type: ignore[method-assign]
    qtbot.mouseClick(dialog.ui.save_report_button, Qt.MouseButton.LeftButton)
    assert "services.csv,5,status" in report.read_text(encoding="utf-8-sig")
    assert services.services.list(include_archived=True) == []

    packed = tmp_path / "council.zip"
    with zipfile.ZipFile(packed, "w") as archive:
        for path in DEMO.iterdir():
            archive.write(path, path.name)
    dialog.ask_file = lambda: packed  # type: ignore[method-assign]
    with qtbot.waitSignal(dialog.checked, timeout=20000):
        qtbot.mouseClick(dialog.ui.choose_file_button, Qt.MouseButton.LeftButton)
    assert "28 services are ready to import (28 new, 0 updated)" in dialog.summary()
    assert dialog.ui.import_button.isEnabled()
    assert dialog.ui.import_button.text().replace("&", "") == "Import 28 services"
    with qtbot.waitSignal(dialog.imported, timeout=20000):
        qtbot.mouseClick(dialog.ui.import_button, Qt.MouseButton.LeftButton)
    assert "Imported 28 services" in dialog.summary()
    assert len(services.services.list()) == 28
    assert page.model.rowCount() == 28  # the page refreshed itself
    assert not dialog.ui.import_button.isEnabled()


def test_export_writes_a_package_another_hearth_reads_whole(
    qtbot, page: ServicesPage, services, tmp_path: Path
) -> None:
    services.services.import_directory(read_directory(DEMO).services)
    page.refresh()
    target = tmp_path / "out"  # the page adds .zip
    page.ask_export_path = lambda shape: target  # type: ignore[method-assign]
    task = page.export("csv")
    with qtbot.waitSignal(task.finished, timeout=20000):
        pass
    assert "Exported 28 services to out.zip" in page.feedback()
    read = read_directory(tmp_path / "out.zip")
    assert read.problems == ()
    stored = {s.hsds_id: s for s in services.services.list(include_archived=True)}
    assert {s.hsds_id: s for s in read.services} == {
        k: dataclasses.replace(v, id=None) for k, v in stored.items()
    }
    task = page.export("csv")  # the same name again: refused, said so
    with qtbot.waitSignal(task.finished, timeout=20000):
        pass
    assert "there already" in page.feedback()


def test_locking_empties_the_page_and_closes_its_dialogs(qtbot, page: ServicesPage, services):
    services.services.add(m.Service("Food bank", categories=(C.FOOD,)))
    page.refresh()
    dialog = open_add(qtbot, page)
    qtbot.keyClicks(dialog.ui.name_edit, "half typed")
    page.set_services(None)
    assert page.model.rowCount() == 0
    assert page.ui.details_label.text() == ""
    assert page.dialog is None
    assert not dialog.isVisible()
    assert not page.ui.add_button.isEnabled()


def test_right_to_left_the_first_service_is_chosen_and_numbers_keep_their_order(
    qtbot, switcher, services
) -> None:
    switcher.apply("ar")
    services.services.import_directory(read_directory(DEMO).services)
    widget = ServicesPage()
    qtbot.addWidget(widget)
    widget.set_services(services)  # before it was ever shown or laid out
    widget.ui.search_edit.setText("food bank")
    chosen = widget.current_service()
    assert chosen is not None
    assert chosen.name == "Riverside Community Food Bank"
    assert widget.ui.edit_button.isEnabled()
    phone = widget.model.data(widget.model.index(0, 4))
    assert phone == "\u2068" + chosen.phone + "\u2069"  # isolated: read left to right
    widget.set_services(None)
