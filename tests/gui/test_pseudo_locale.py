"""Every screen in the pseudo-language: nothing untranslatable, nothing cut off (issue 7, item 6).

One walk over every screen with ``x-pseudo`` (accented, ~40 % longer, fenced by ⟦ ⟧;
:mod:`desktop_app.i18n.pseudo`) and demo data written in Cyrillic
(:func:`desktop_app.core.demo_marks.non_latin`), so that plain ASCII words on screen
can only be interface text that bypassed the catalog, and a missing ⟧ can only be a
cut. The pseudo catalog is made from the template the sources give *now* (as
``scripts/update_catalogs`` would write it): this judges the code; whether the
template file is current is ``tests/unit/test_catalogs.py``'s business.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from babel.messages.pofile import write_po
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget

from desktop_app import i18n
from desktop_app.core.demo_marks import non_latin
from desktop_app.i18n import catalog
from desktop_app.i18n.maintenance import extract
from desktop_app.i18n.pseudo import PSEUDO_LANGUAGE, pseudo_mo, pseudo_text
from tests.helpers import ui_audit
from tests.helpers.walks import WalkResult, walk

#: Widgets that show data, not interface text, in the columns or roles named.
#: Kept minimal: each entry is a place where a code is the point.
ALLOWLIST: dict[str, set[str]] = {
    # A directory file's own names: the file (services.csv) and the column (email).
    "problems_table": {"item@0", "tooltip@0", "item@2", "tooltip@2"},
    # Each figure's key, as DHIS2 mapping files write it (households_supported|…).
    "mapping_table": {"tooltip@0"},
}
#: Interface text that itself quotes another script (an example of what to type).
ISOLATE_ALLOWLIST: dict[str, set[str]] = {"language_filter_edit": {"placeholder"}}

CHECKS = {
    "untranslated": lambda window: ui_audit.untranslated_texts(window, ALLOWLIST),
    "clipped": ui_audit.clipped_texts,
    "isolates": lambda window: ui_audit.unisolated_data(window, ISOLATE_ALLOWLIST),
    "access keys": ui_audit.mnemonic_clashes,
    "screen": lambda window: ui_audit.too_big(window, (1366, 768)),
}


@pytest.fixture(scope="module")
def walked(
    qapp: QApplication, tmp_path_factory: pytest.TempPathFactory, project_root_module: Path
) -> WalkResult:
    folder = tmp_path_factory.mktemp("pseudo")
    template = folder / "hearth.pot"
    with template.open("wb") as handle:
        write_po(handle, extract(project_root_module))
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(catalog, "pseudo_mo", lambda: pseudo_mo(template))
        return walk(qapp, folder, CHECKS, language=PSEUDO_LANGUAGE, mark=non_latin)


@pytest.fixture(scope="module")
def project_root_module() -> Path:
    return Path(__file__).resolve().parents[2]


def test_the_whole_walk_ran_in_the_pseudo_language(walked: WalkResult) -> None:
    assert len(walked.screens) > 60
    assert i18n.current_language() == "en"  # and English again afterwards


def test_every_visible_text_comes_from_the_catalog(walked: WalkResult) -> None:
    assert walked.failures("untranslated") == {}


def test_no_text_is_cut_off_when_forty_percent_longer(walked: WalkResult) -> None:
    assert walked.failures("clipped") == {}


def test_every_window_fits_a_small_laptops_screen(walked: WalkResult) -> None:
    assert walked.failures("screen") == {}


def test_data_inside_translated_text_is_isolated(walked: WalkResult) -> None:
    assert walked.failures("isolates") == {}


def test_access_keys_stay_unique_in_another_language(walked: WalkResult) -> None:
    assert walked.failures("access keys") == {}


def test_the_checks_catch_what_they_look_for(qtbot) -> None:
    """English text on screen, a cut pseudo text and a loose name are all found."""
    form = QWidget()
    qtbot.addWidget(form)
    layout = QVBoxLayout(form)
    plain = QLabel("Hard-coded words", form)
    plain.setObjectName("plain_label")
    fine = QLabel(pseudo_text("Saved {count} records").format(count=3), form)
    cut = QLabel(pseudo_text("A rather long sentence that will not fit"), form)
    cut.setObjectName("cut_label")
    cut.setMaximumWidth(60)
    loose = QLabel(pseudo_text("Signed in: {name}").format(name="Амал"), form)
    loose.setObjectName("loose_label")
    isolated = QLabel(pseudo_text("Signed in: {name}").format(name="\u2068Амал\u2069"), form)
    for label in (plain, fine, cut, loose, isolated):
        layout.addWidget(label)
    form.show()
    qtbot.waitExposed(form)
    untranslated = ui_audit.untranslated_texts(form)
    assert [p.split(" ")[0] for p in untranslated] == ["plain_label"]
    assert "Hard-coded words" in untranslated[0]
    assert [p.split(" ")[0] for p in ui_audit.clipped_texts(form)] == ["cut_label"]
    assert [p.split(" ")[0] for p in ui_audit.unisolated_data(form)] == ["loose_label"]
    # Elided text has lost its end marker: a cut too.
    cut.setMaximumWidth(10_000)
    cut.setText(cut.fontMetrics().elidedText(cut.text(), Qt.TextElideMode.ElideRight, 80))
    assert "cut_label" in " ".join(ui_audit.clipped_texts(form))


def test_a_key_fingerprint_is_data_even_when_a_group_has_no_digit() -> None:
    """A random fingerprint may end in letters only ("dfdf"): still a code, not English."""
    enrolled = pseudo_text("Enrolled {date}").format(date="Dec 2, 2026")
    assert ui_audit.untranslated(f"ca3a-f774-7ca1-9e11-dfdf\n{enrolled}") == []
    assert ui_audit.untranslated(f"ca3a-f774-7ca1-9e11-dfdf\nEnrolled {enrolled}") == ["Enrolled"]
