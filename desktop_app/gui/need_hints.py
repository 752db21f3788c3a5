"""What is worth noting about each kind of need, in a line under its note.

A need is a category and a short note (DESIGN §4: minimal data); what the note should
hold differs by category — sizes for a uniform, which parent for English classes — and
for some categories so does what it must never hold (no diagnoses, no immigration
case details). The intake's needs step and the Family page show the same hint.
"""

from __future__ import annotations

from desktop_app.core.models import NeedCategory
from desktop_app.i18n import N_, _

_HINTS: dict[NeedCategory, str] = {
    NeedCategory.HOUSING: N_(
        "For example: in temporary accommodation, on the council list, who their housing "
        "officer is. No addresses."
    ),
    NeedCategory.ESOL_FOR_PARENTS: N_(
        "For example: which parent, their level if known, and when they could go to a class."
    ),
    NeedCategory.IMMIGRATION_LEGAL_ADVICE: N_(
        "Only that advice is needed and where they were signposted. Never details of their "
        "immigration case."
    ),
    NeedCategory.FOOD: N_("For example: free school meals applied for, a food bank referral."),
    NeedCategory.SCHOOL_UNIFORM: N_(
        "For example: which items and sizes, and whether the uniform grant was applied for."
    ),
    NeedCategory.DIGITAL_DEVICE_INTERNET: N_(
        "For example: a device for homework, internet at home, help with the school app."
    ),
    NeedCategory.PHYSICAL_HEALTH: N_(
        "Only what helps signposting, for example registering with a GP. No diagnoses."
    ),
    NeedCategory.MENTAL_HEALTH_WELLBEING: N_(
        "Only what helps signposting. No diagnoses, and nothing about what happened to them."
    ),
    NeedCategory.EMPLOYMENT_TRAINING: N_(
        "For example: which parent, and the kind of work or course they are looking for."
    ),
    NeedCategory.EDUCATION_SYSTEM_GUIDANCE: N_(
        "For example: admissions, the school day, homework, parents' evenings, phonics."
    ),
    NeedCategory.TUTORING: N_("For example: which child, and which subject."),
    NeedCategory.TRANSPORT: N_("For example: a bus pass, or the journey to school."),
    NeedCategory.CHILDCARE_YOUNGER_SIBLINGS: N_(
        "For example: how old the younger children are, and when care is needed."
    ),
    NeedCategory.SOCIAL_CONNECTION: N_(
        "For example: coffee mornings, a parent champion, groups in their language."
    ),
    NeedCategory.SAFETY: N_(
        "Follow your safeguarding procedure first. Record here only that it was followed."
    ),
}


def need_note_hint(category: NeedCategory) -> str:
    """Return, in the staff language, what a note on this kind of need should say."""
    text = _HINTS.get(NeedCategory(category))
    return _(text) if text else ""
