"""Documents handed to a family, in their language: one renderer, several documents.

* :mod:`.render` — blocks → a paged, right-to-left-aware PDF with embedded fonts;
* :mod:`.fonts` — the bundled Noto fonts and which one each language uses;
* :mod:`.receipts` — consent and withdrawal receipts (family copy + staff copy);
* :mod:`.referral_slip` — one service, how to get there, whom to ask;
* :mod:`.subject_access` — everything held about a household, readable;
* the intake leaflet is :mod:`desktop_app.gui.leaflet`, on the same renderer.

Fixed texts come from the ``family`` gettext domain (:mod:`desktop_app.i18n.family`).
"""

from __future__ import annotations

from desktop_app.gui.documents.common import WrittenDocument, language_note
from desktop_app.gui.documents.receipts import (
    ReceiptContent,
    consent_receipts,
    receipt_content,
    withdrawal_receipts,
    write_consent_receipt,
    write_withdrawal_receipt,
)
from desktop_app.gui.documents.referral_slip import write_referral_slip
from desktop_app.gui.documents.subject_access import write_subject_access_pdf

__all__ = [
    "ReceiptContent",
    "WrittenDocument",
    "consent_receipts",
    "language_note",
    "receipt_content",
    "withdrawal_receipts",
    "write_consent_receipt",
    "write_referral_slip",
    "write_subject_access_pdf",
    "write_withdrawal_receipt",
]
