"""The family's leaflet: one printable page in their language, text extractable."""

from __future__ import annotations

import re
import shutil
import subprocess
import unicodedata
from datetime import date
from pathlib import Path

import pytest

from desktop_app.gui.leaflet import LeafletContent, LeafletService, write_leaflet_pdf
from desktop_app.i18n.family import family_texts

pytestmark = pytest.mark.usefixtures("qapp")
BIDI_CONTROLS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")

CONTENT = LeafletContent(
    language="en",
    key_contact="Ms Patel",
    next_meeting=date(2026, 3, 16),
    school="Riverside Primary School",
    services=(
        LeafletService(
            "Riverside Community Food Bank",
            phone="01632 960185",
            opening_times="Mon, Wed, Fri 11:00–14:00",
            referral=True,
            speaks_language=True,
        ),
        LeafletService("Brackenford School Uniform Exchange", phone="01632 960203"),
    ),
)


def pdftotext(path: Path, *args: str) -> str:
    exe = shutil.which("pdftotext")
    assert exe, "poppler-utils is missing: run scripts/system-deps --install"
    result = subprocess.run([exe, *args, str(path), "-"], capture_output=True, check=True)
    text = unicodedata.normalize("NFKC", result.stdout.decode("utf-8"))
    return BIDI_CONTROLS.sub("", text)  # pdftotext marks right-to-left runs with these


A4_WIDTH_PT = 595.0
A4_HEIGHT_PT = 842.0
MARGIN_PT = 16 / 25.4 * 72  # the leaflet's 16 mm margin
ARABIC = re.compile("[\u0600-\u06ff\ufb50-\ufdff\ufe70-\ufeff]")


def line_boxes(path: Path) -> list[tuple[float, float, str]]:
    """Return (xMin, xMax, words) of every text line, from ``pdftotext -bbox-layout``."""
    layout = pdftotext(path, "-bbox-layout")
    return [
        (float(x0), float(x1), words)
        for x0, x1, words in re.findall(
            r'<line xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">(.*?)</line>',
            layout,
            re.DOTALL,
        )
    ]


def pages(path: Path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, check=True, text=True)
    match = re.search(r"^Pages:\s+(\d+)", info.stdout, re.MULTILINE)
    assert match
    return int(match.group(1))


def test_english_leaflet_holds_contact_services_and_date(tmp_path: Path) -> None:
    path = tmp_path / "leaflet.pdf"
    assert write_leaflet_pdf(CONTENT, path) == "en"
    text = " ".join(pdftotext(path).split())
    assert "Ms Patel is your contact at school" in text
    assert "Riverside Community Food Bank" in text
    assert "Brackenford School Uniform Exchange" in text
    assert "Phone: 01632 960185" in text
    assert "We asked this service to contact you." in text
    assert "16 March 2026" in text
    assert pages(path) == 1


def test_arabic_leaflet_is_arabic_and_right_to_left(tmp_path: Path) -> None:
    path = tmp_path / "leaflet-ar.pdf"
    content = LeafletContent(
        language="ar",
        key_contact=CONTENT.key_contact,
        next_meeting=CONTENT.next_meeting,
        school=CONTENT.school,
        services=CONTENT.services,
    )
    assert write_leaflet_pdf(content, path) == "ar"
    heading = family_texts("ar").gettext("Your contact at school")
    assert heading != "Your contact at school", "the Arabic catalog lacks the leaflet texts"
    text = " ".join(pdftotext(path).split())
    assert heading in text
    assert "Ms Patel" in text
    assert "Riverside Community Food Bank" in text
    assert "01632 960185" in text
    assert "١٦" in text or "16" in text  # the date, in Arabic digits or Western ones
    assert "مارس" in text  # March, in Arabic
    assert pages(path) == 1

    # Right to left: every Arabic line ends at the right margin; short ones (headings)
    # start well inside the page.
    lines = line_boxes(path)
    arabic = [(x0, x1) for x0, x1, words in lines if ARABIC.search(words)]
    assert len(arabic) >= 10
    right_margin = A4_WIDTH_PT - MARGIN_PT
    assert all(x1 == pytest.approx(right_margin, abs=3) for _x0, x1 in arabic)
    assert any(x0 > A4_WIDTH_PT / 2 for x0, _x1 in arabic)


def test_english_leaflet_is_left_to_right(tmp_path: Path) -> None:
    path = tmp_path / "leaflet.pdf"
    write_leaflet_pdf(CONTENT, path)
    starts = [x0 for x0, _x1, _words in line_boxes(path)]
    assert all(x0 == pytest.approx(MARGIN_PT, abs=3) for x0 in starts)


def test_a_language_without_a_catalog_falls_back_to_english(tmp_path: Path) -> None:
    """Tigre has no family catalog yet: the leaflet is in English and says so (returns en)."""
    path = tmp_path / "leaflet-tig.pdf"
    content = LeafletContent(language="tig", key_contact="Ms Patel", next_meeting=date(2026, 3, 16))
    assert write_leaflet_pdf(content, path) == "en"
    text = " ".join(pdftotext(path).split())
    assert "Your next meeting" in text
    assert "Ask your contact at school if you need help with anything." in text


def test_a_tigrinya_leaflet_is_in_tigrinya(tmp_path: Path) -> None:
    from desktop_app.i18n.family import family_texts

    path = tmp_path / "leaflet-ti.pdf"
    content = LeafletContent(language="ti", key_contact="Ms Patel", next_meeting=date(2026, 3, 16))
    assert write_leaflet_pdf(content, path) == "ti"
    text = " ".join(pdftotext(path).split())
    heading = family_texts("ti").gettext("Your next meeting")
    assert heading != "Your next meeting"
    assert heading in text


def test_a_usual_list_fits_on_one_page_and_a_long_one_loses_nothing(tmp_path: Path) -> None:
    many = tuple(
        LeafletService(f"Service {n}", phone="01632 960000", address="1 High Street", email="a@b.c")
        for n in range(14)
    )
    for count, expected_pages in ((7, 1), (14, 2)):
        path = tmp_path / f"long-{count}.pdf"
        content = LeafletContent(
            language="en",
            key_contact="Ms Patel",
            next_meeting=date(2026, 3, 16),
            services=many[:count],
        )
        write_leaflet_pdf(content, path)
        assert pages(path) == expected_pages
        text = pdftotext(path)
        assert f"Service {count - 1}" in text
        # Every line stays inside the page's margins: too much text flows onto a second
        # page rather than running off the bottom of the first.
        layout = pdftotext(path, "-bbox-layout")
        bottoms = [
            float(y)
            for y in re.findall(
                r'<line xMin="[\d.]+" yMin="[\d.]+" xMax="[\d.]+" yMax="([\d.]+)"', layout
            )
        ]
        assert bottoms
        assert max(bottoms) <= A4_HEIGHT_PT - MARGIN_PT + 1
