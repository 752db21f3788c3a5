"""Realistic, obviously made-up households for trying Hearth and for its benchmarks.

Pure Python: no SQL, no Qt. :func:`generate_households` yields
:class:`~desktop_app.core.models.HouseholdAggregate` records that the vault can store;
``hearth demo`` and the GUI's ``--demo`` mode use it.

What it models (DESIGN §4, the seeds in ``/work/shared/seeds``):

* Families from Ukraine, Afghanistan (Dari and Pashto speakers), Syria, Sudan, Eritrea,
  Iraq, Iraqi Kurdistan (Sorani), Somalia and Pakistan, with names in the scripts they
  really use (Arabic, Persian and Pashto letters, Cyrillic, Ethiopic, Urdu's Nastaliq
  letters, Latin) and, for some households, as a Latin transliteration staff typed in.
* 1–3 caregivers and 1–5 children with consistent ages, birth years, English school
  years, DfE English proficiency skewed to A/B for recent arrivals, prior schooling.
* Arrival months over the two years before ``today``; the Day-1 intake meeting with a
  qualified interpreter; then home visits and check-in calls at a cadence that loosens
  after the first months, occasional coffee mornings and workshops; short templated
  English notes that say nothing sensitive.
* Needs with realistic frequencies whose status moves identified → signposted →
  referred → met / declined / no longer needed over time, referrals to the fictional
  town's services directory (``resources/demo/hsds``, an Open Referral HSDS data
  package read by :mod:`desktop_app.core.hsds`), follow-ups (some overdue),
  consent events, and some closed households.

Everything is fictional: the town (Brackenford), schools, staff and services are made
up; phone numbers are in Ofcom's drama ranges; e-mail domains end in ``.example``.

Determinism: one ``random.Random(seed)`` drives everything and the only clock is the
``today`` argument, so the same ``(n, seed, today)`` always gives identical households,
and the first *k* households of a larger run equal a run of *k*.
"""

from __future__ import annotations

import bisect
import itertools
import random
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta
from functools import cache
from typing import Generic, TypeVar

from desktop_app.core.consent import REMOTE_CHANNELS
from desktop_app.core.models import (
    REFERENCE_ALPHABET,
    REFERENCE_PREFIX,
    AgeBand,
    Channel,
    ClosedReason,
    ConsentDecision,
    ConsentEvent,
    ConsentMethod,
    ConsentNotice,
    ConsentPurpose,
    Contact,
    ContactKind,
    DecidedBy,
    EnglishProficiency,
    EsolLevel,
    FollowUp,
    FollowUpSource,
    Household,
    HouseholdAggregate,
    HouseholdStatus,
    InterpreterMode,
    Need,
    NeedCategory,
    NeedStatus,
    NeedStatusChange,
    Person,
    PlatformConfidence,
    PriorSchooling,
    Referral,
    ReferralStatus,
    Role,
    Service,
    YearMonth,
    consent_notice_hash,
)
from desktop_app.core.resources import resource_dir

__all__ = [
    "DEFAULT_SEED",
    "DEFAULT_TODAY",
    "DEMO_STAFF",
    "SCHOOLS",
    "demo_consent_notice_text",
    "demo_consent_notices",
    "demo_services",
    "generate_households",
]

DEFAULT_TODAY = date(2026, 11, 1)
"""The fixed "today" of the demo world (never the real clock: output must not drift)."""

DEFAULT_SEED = 2026

T = TypeVar("T")

# ------------------------------------------------------------------------ small helpers


class _Weighted(Generic[T]):
    """A weighted choice with the cumulative table built once (``rng.choices`` rebuilds it)."""

    __slots__ = ("_cumulative", "_items", "_total")

    def __init__(self, pairs: Sequence[tuple[T, float]]) -> None:
        self._items = [item for item, _ in pairs]
        self._cumulative = list(itertools.accumulate(weight for _, weight in pairs))
        self._total = self._cumulative[-1]

    def pick(self, rng: random.Random) -> T:
        index = bisect.bisect_right(self._cumulative, rng.random() * self._total)
        return self._items[min(index, len(self._items) - 1)]


# ``random.Random.randint``/``choice`` go through ``_randbelow`` (several calls per draw);
# one ``random()`` per draw is three times faster and just as deterministic.
def _below(rng: random.Random, n: int) -> int:
    return int(rng.random() * n)


def _randint(rng: random.Random, low: int, high: int) -> int:
    return low + int(rng.random() * (high - low + 1))


def _choice(rng: random.Random, items: Sequence[T]) -> T:
    return items[int(rng.random() * len(items))]


def _pairs(text: str) -> tuple[tuple[str, str], ...]:
    """Parse ``"native=Latin, native=Latin"``; a bare name is its own transliteration."""
    result = []
    for chunk in text.split(","):
        chunk = chunk.strip()
        if not chunk:
            continue
        native, _, latin = chunk.partition("=")
        result.append((native.strip(), (latin or native).strip()))
    return tuple(result)


def _weekday(day: date) -> date:
    """Move a Saturday or Sunday to the next Monday (staff work weekdays)."""
    weekday = day.weekday()
    return day + timedelta(days=7 - weekday) if weekday >= 5 else day


def _at(day: date, rng: random.Random) -> datetime:
    """A plausible working-hours instant on ``day`` (UTC, whole minutes)."""
    return datetime.combine(day, time(8 + _randint(rng, 0, 8), _randint(rng, 0, 59)), tzinfo=UTC)


# ------------------------------------------------------------------------------ origins


@dataclass(frozen=True, slots=True)
class _Origin:
    """Where a family comes from, which language and script its names are in."""

    key: str
    weight: float
    language: str  # BCP 47: preferred language for contact
    family: tuple[tuple[str, str], ...]
    male: tuple[tuple[str, str], ...]
    female: tuple[tuple[str, str], ...]
    latin_share: float  # households whose names staff typed in Latin transliteration
    interpreter_share: float  # households needing an interpreter
    continuous_schooling: float  # children whose schooling was not interrupted
    adult_english: str  # "low", "mid" or "high": ESOL level profile
    channels: _Weighted[Channel]


_CHANNELS_DEFAULT = _Weighted(
    [
        (Channel.IN_PERSON, 34),
        (Channel.PHONE, 22),
        (Channel.SMS, 10),
        (Channel.MESSAGING, 28),
        (Channel.LETTER_HOME_LANGUAGE, 6),
    ]
)
_CHANNELS_ONLINE = _Weighted(
    [
        (Channel.IN_PERSON, 18),
        (Channel.PHONE, 14),
        (Channel.SMS, 8),
        (Channel.MESSAGING, 56),
        (Channel.LETTER_HOME_LANGUAGE, 4),
    ]
)
_CHANNELS_IN_PERSON = _Weighted(
    [
        (Channel.IN_PERSON, 48),
        (Channel.PHONE, 24),
        (Channel.SMS, 6),
        (Channel.MESSAGING, 14),
        (Channel.LETTER_HOME_LANGUAGE, 8),
    ]
)

_ORIGINS: tuple[_Origin, ...] = (
    _Origin(
        key="ukraine",
        weight=20,
        language="uk",
        family=_pairs(
            "Шевченко=Shevchenko, Коваленко=Kovalenko, Бондаренко=Bondarenko, "
            "Ткаченко=Tkachenko, Кравченко=Kravchenko, Мельник=Melnyk, Бойко=Boiko, "
            "Поліщук=Polishchuk, Савчук=Savchuk, Гончаренко=Honcharenko, Лисенко=Lysenko, "
            "Руденко=Rudenko, Марченко=Marchenko, Олійник=Oliinyk, Кушнір=Kushnir, "
            "Павленко=Pavlenko"
        ),
        male=_pairs(
            "Олександр=Oleksandr, Андрій=Andrii, Дмитро=Dmytro, Максим=Maksym, Іван=Ivan, "
            "Богдан=Bohdan, Тарас=Taras, Микола=Mykola, Сергій=Serhii, Юрій=Yurii, "
            "Артем=Artem, Матвій=Matvii, Назар=Nazar, Остап=Ostap, Денис=Denys, Марко=Marko"
        ),
        female=_pairs(
            "Олена=Olena, Оксана=Oksana, Наталія=Nataliia, Ірина=Iryna, Софія=Sofiia, "
            "Анастасія=Anastasiia, Марія=Mariia, Вікторія=Viktoriia, Дарина=Daryna, "
            "Злата=Zlata, Соломія=Solomiia, Тетяна=Tetiana, Юлія=Yuliia, Катерина=Kateryna, "
            "Ганна=Hanna, Мілана=Milana"
        ),
        latin_share=0.3,
        interpreter_share=0.55,
        continuous_schooling=0.85,
        adult_english="high",
        channels=_CHANNELS_ONLINE,
    ),
    _Origin(
        key="afghanistan_dari",
        weight=13,
        language="fa-AF",
        family=_pairs(
            "احمدی=Ahmadi, رحیمی=Rahimi, حسینی=Hosseini, محمدی=Mohammadi, نوری=Noori, "
            "کریمی=Karimi, صدیقی=Sediqi, عزیزی=Azizi, هاشمی=Hashimi, رسولی=Rasuli, "
            "قادری=Qaderi, سلطانی=Sultani, جعفری=Jafari, نظری=Nazari, امیری=Amiri"
        ),
        male=_pairs(
            "احمد=Ahmad, محمود=Mahmood, فرید=Farid, نصیر=Nasir, جاوید=Javid, مسعود=Masood, "
            "حامد=Hamid, مصطفی=Mustafa, سهراب=Sohrab, امید=Omid, عارف=Arif, بصیر=Basir, "
            "مرتضی=Morteza, یاسین=Yasin, علی=Ali, رحمت=Rahmat"
        ),
        female=_pairs(
            "فرشته=Fereshta, زهره=Zohra, شبنم=Shabnam, نرگس=Nargis, پروانه=Parwana, "
            "مریم=Maryam, مژگان=Mozhgan, لیلا=Laila, سحر=Sahar, ستاره=Setara, فاطمه=Fatema, "
            "نازنین=Nazanin, هدیه=Hadia, کبری=Kubra, آرزو=Arezo, ماهرخ=Mahrokh"
        ),
        latin_share=0.35,
        interpreter_share=0.85,
        continuous_schooling=0.25,
        adult_english="low",
        channels=_CHANNELS_IN_PERSON,
    ),
    _Origin(
        key="afghanistan_pashto",
        weight=7,
        language="ps",
        family=_pairs(
            "یوسفزی=Yousafzai, افریدی=Afridi, ځدراڼ=Zadran, وزیر=Wazir, شینواری=Shinwari, "
            "مومند=Mohmand, ستانکزی=Stanikzai, احمدزی=Ahmadzai, پوپلزی=Popalzai, "
            "خروټی=Kharoti, صافي=Safi, نورزی=Noorzai"
        ),
        male=_pairs(
            "ګل اکبر=Gul Akbar, اجمل=Ajmal, نجیب الله=Najibullah, ذبیح الله=Zabihullah, "
            "اسدالله=Asadullah, خان محمد=Khan Mohammad, شاه ولي=Shah Wali, وحید=Waheed, "
            "زلمی=Zalmai, میرویس=Mirwais, ننګیالی=Nangyalai, احمد شاه=Ahmad Shah, "
            "ایمل=Aimal"
        ),
        female=_pairs(
            "ملالۍ=Malalai, ګلالۍ=Gulalai, زرمینه=Zarmina, وږمه=Wagma, شکریه=Shukria, "
            "نازو=Nazo, پلوشه=Palwasha, ښکلا=Shkula, مینه=Mina, زرغونه=Zarghuna, "
            "سپوږمۍ=Spogmai, ناجیه=Najia, روشنه=Roshana"
        ),
        latin_share=0.4,
        interpreter_share=0.9,
        continuous_schooling=0.2,
        adult_english="low",
        channels=_CHANNELS_IN_PERSON,
    ),
    _Origin(
        key="syria",
        weight=14,
        language="ar",
        family=_pairs(
            "الحلبي=Al-Halabi, الخطيب=Al-Khatib, الأحمد=Al-Ahmad, العلي=Al-Ali, "
            "الحمصي=Al-Homsi, الشامي=Al-Shami, درويش=Darwish, حداد=Haddad, قاسم=Kassem, "
            "النجار=Al-Najjar, الإدلبي=Al-Idlibi, السيد=Al-Sayed, الحسين=Al-Hussein, "
            "زيدان=Zeidan, العمر=Al-Omar"
        ),
        male=_pairs(
            "محمد=Mohammad, أحمد=Ahmad, خالد=Khaled, عمر=Omar, يوسف=Youssef, "
            "إبراهيم=Ibrahim, حسن=Hassan, سامر=Samer, مازن=Mazen, وسيم=Wassim, رامي=Rami, "
            "كريم=Karim, آدم=Adam, زين=Zain, ليث=Laith, تيم=Taim"
        ),
        female=_pairs(
            "فاطمة=Fatima, مريم=Mariam, نور=Nour, ريم=Reem, هبة=Heba, سلمى=Salma, آية=Aya, "
            "لين=Lin, جنى=Jana, رهف=Rahaf, رغد=Raghad, سارة=Sara, ياسمين=Yasmin, دعاء=Doaa, "
            "لمى=Lama, شهد=Shahd"
        ),
        latin_share=0.3,
        interpreter_share=0.8,
        continuous_schooling=0.35,
        adult_english="low",
        channels=_CHANNELS_DEFAULT,
    ),
    _Origin(
        key="sudan",
        weight=10,
        language="ar",
        family=_pairs(
            "عثمان=Osman, الطيب=Eltayeb, آدم=Adam, إسماعيل=Ismail, محجوب=Mahgoub, "
            "عوض=Awad, الأمين=Elamin, بشير=Bashir, عبد الله=Abdalla, حامد=Hamid, موسى=Musa, "
            "يعقوب=Yagoub, إدريس=Idris, الفاضل=Elfadil"
        ),
        male=_pairs(
            "محمد=Mohamed, أحمد=Ahmed, عمر=Omer, مصطفى=Mustafa, حسن=Hassan, "
            "الطاهر=Eltahir, معتز=Mutaz, مجتبى=Mujtaba, عبد الرحمن=Abdelrahman, ياسر=Yasir, "
            "منتصر=Muntasir, أيمن=Ayman, حمزة=Hamza, يوسف=Yousif"
        ),
        female=_pairs(
            "آمنة=Amna, إخلاص=Ikhlas, سارة=Sara, هدى=Huda, نفيسة=Nafisa, سمية=Sumaya, "
            "مناهل=Manahil, رؤى=Ruaa, تسنيم=Tasneem, ملاذ=Malaz, إسراء=Israa, أبرار=Abrar, "
            "مي=May, وعد=Waad"
        ),
        latin_share=0.35,
        interpreter_share=0.7,
        continuous_schooling=0.3,
        adult_english="mid",
        channels=_CHANNELS_DEFAULT,
    ),
    _Origin(
        key="eritrea",
        weight=9,
        language="ti",
        family=_pairs(
            "ተኽለ=Tekle, ገብረሂወት=Gebrehiwet, ሃብተ=Habte, ወልደሚካኤል=Weldemichael, "
            "ተወልደ=Tewelde, ገብረመድህን=Gebremedhin, ኪዳነ=Kidane, ሃይለ=Haile, ብርሃነ=Berhane, "
            "ዮውሃንስ=Yohannes, ሰሎሞን=Solomon, ተስፋማርያም=Tesfamariam"
        ),
        male=_pairs(
            "ዳዊት=Dawit, ተስፋይ=Tesfay, ሰለሙን=Selemun, ዮናስ=Yonas, ሚካኤል=Michael, "
            "ኣማኑኤል=Amanuel, ሄኖክ=Henok, ሓጎስ=Hagos, ፊልሞን=Filmon, ኣሮን=Aron, "
            "ናትናኤል=Natnael, ሳምሶን=Samson, ያፌት=Yafet, ብሩኽ=Biruk"
        ),
        female=_pairs(
            "ሳባ=Saba, ሉላ=Lula, ኤልሳ=Elsa, ሰላም=Selam, ሄለን=Helen, ሩታ=Ruta, ሚልካ=Milka, "
            "ኣስቴር=Aster, ትርሓስ=Tirhas, ፍዮሪ=Fiyori, ሳራ=Sara, ሊያ=Lia, ቤተልሄም=Betelhem, "
            "ህሊና=Hilina"
        ),
        latin_share=0.4,
        interpreter_share=0.85,
        continuous_schooling=0.3,
        adult_english="low",
        channels=_CHANNELS_IN_PERSON,
    ),
    _Origin(
        key="iraq",
        weight=6,
        language="ar",
        family=_pairs(
            "الجبوري=Al-Jubouri, العبيدي=Al-Obaidi, الموسوي=Al-Mousawi, الربيعي=Al-Rubaie, "
            "التميمي=Al-Tamimi, الدليمي=Al-Dulaimi, الساعدي=Al-Saadi, الكعبي=Al-Kaabi, "
            "الشمري=Al-Shammari, البياتي=Al-Bayati, الزبيدي=Al-Zubaidi, الخفاجي=Al-Khafaji"
        ),
        male=_pairs(
            "علي=Ali, حسين=Hussein, عباس=Abbas, مصطفى=Mustafa, حيدر=Haider, "
            "مرتضى=Murtadha, محمد=Mohammed, أحمد=Ahmed, سجاد=Sajjad, منتظر=Muntadhar, "
            "يوسف=Yousif, كرار=Karrar, عمار=Ammar, زيد=Zaid"
        ),
        female=_pairs(
            "زينب=Zainab, زهراء=Zahraa, رقية=Ruqaya, فاطمة=Fatima, نور=Noor, مريم=Maryam, "
            "رسل=Rusul, دعاء=Duaa, شيماء=Shaimaa, بنين=Baneen, هبة=Hiba, سرى=Sura, "
            "غدير=Ghadeer, آيات=Ayat"
        ),
        latin_share=0.3,
        interpreter_share=0.75,
        continuous_schooling=0.45,
        adult_english="mid",
        channels=_CHANNELS_DEFAULT,
    ),
    _Origin(
        key="kurdistan_sorani",
        weight=7,
        language="ckb",
        family=_pairs(
            "کەریم=Karim, ئەحمەد=Ahmed, مەحمود=Mahmood, عەزیز=Aziz, ڕەسوڵ=Rasul, "
            "قادر=Qadir, حەسەن=Hassan, عەلی=Ali, ئیبراهیم=Ibrahim, سەعید=Saeed, "
            "جەلال=Jalal, فەتاح=Fattah"
        ),
        male=_pairs(
            "ئارام=Aram, هێمن=Hemin, ڕێبوار=Rebwar, کاروان=Karwan, شاخەوان=Shaxawan, "
            "دلێر=Diler, ئاسۆ=Aso, بەختیار=Bakhtiyar, هاوڕێ=Hawre, سامان=Saman, "
            "ڕێکەوت=Rekawt, ئازاد=Azad, کۆسار=Kosar, ئاکام=Akam"
        ),
        female=_pairs(
            "شیلان=Shilan, ژیلا=Zhila, ڕۆژان=Rozhan, نیگار=Nigar, تارا=Tara, "
            "گوڵاڵە=Gulala, هاوژین=Hawzhin, ئەڤین=Avin, شنۆ=Shno, ڤیان=Vian, ڕێژنە=Rezhna, "
            "دیمەن=Diman, بەفرین=Bafrin, ژینۆ=Zhino"
        ),
        latin_share=0.35,
        interpreter_share=0.8,
        continuous_schooling=0.45,
        adult_english="mid",
        channels=_CHANNELS_DEFAULT,
    ),
    _Origin(
        key="somalia",
        weight=7,
        language="so",
        family=_pairs(
            "Warsame, Farah, Jama, Omar, Hirsi, Guled, Abdi, Osman, Nur, Yusuf, Aden, Ali, "
            "Egal, Duale, Ismail, Mohamud"
        ),
        male=_pairs(
            "Abdirahman, Mohamed, Abdullahi, Ahmed, Hassan, Abdi, Yusuf, Liban, Mahad, "
            "Guled, Khalid, Mustafe, Sharmarke, Bashir, Ayanle, Zakariye"
        ),
        female=_pairs(
            "Hodan, Amina, Sahra, Faadumo, Ifrah, Nimco, Hibaaq, Ayaan, Ubah, Sagal, Hamdi, "
            "Khadra, Fartun, Naima, Ikran, Deeqa"
        ),
        latin_share=1.0,  # Somali is written in Latin letters
        interpreter_share=0.7,
        continuous_schooling=0.3,
        adult_english="mid",
        channels=_CHANNELS_DEFAULT,
    ),
    _Origin(
        key="pakistan_urdu",
        weight=7,
        language="ur",
        family=_pairs(
            "خان=Khan, قریشی=Qureshi, ملک=Malik, چوہدری=Chaudhry, بٹ=Butt, شیخ=Sheikh, "
            "اعوان=Awan, مرزا=Mirza, صدیقی=Siddiqui, ہاشمی=Hashmi, رانا=Rana, عباسی=Abbasi"
        ),
        male=_pairs(
            "عمران=Imran, فیصل=Faisal, بلال=Bilal, حمزہ=Hamza, عثمان=Usman, زبیر=Zubair, "
            "علی=Ali, احمد=Ahmed, حسن=Hassan, ارسلان=Arsalan, دانیال=Daniyal, "
            "ابراہیم=Ibrahim, شعیب=Shoaib, سعد=Saad"
        ),
        female=_pairs(
            "عائشہ=Ayesha, فاطمہ=Fatima, صائمہ=Saima, نادیہ=Nadia, حنا=Hina, مہوش=Mehwish, "
            "ثنا=Sana, زینب=Zainab, مریم=Maryam, سدرہ=Sidra, انعم=Anam, علیزہ=Aliza, "
            "حریم=Hareem, عنایہ=Inaya"
        ),
        latin_share=0.35,
        interpreter_share=0.55,
        continuous_schooling=0.7,
        adult_english="mid",
        channels=_CHANNELS_DEFAULT,
    ),
)
_ORIGIN_PICK = _Weighted([(origin, origin.weight) for origin in _ORIGINS])

_ESOL_PROFILES: dict[str, _Weighted[EsolLevel]] = {
    "low": _Weighted(
        [
            (EsolLevel.PRE_ENTRY, 34),
            (EsolLevel.ENTRY_1, 30),
            (EsolLevel.ENTRY_2, 14),
            (EsolLevel.ENTRY_3, 7),
            (EsolLevel.LEVEL_1, 4),
            (EsolLevel.LEVEL_2, 2),
            (EsolLevel.UNKNOWN, 9),
        ]
    ),
    "mid": _Weighted(
        [
            (EsolLevel.PRE_ENTRY, 18),
            (EsolLevel.ENTRY_1, 24),
            (EsolLevel.ENTRY_2, 20),
            (EsolLevel.ENTRY_3, 13),
            (EsolLevel.LEVEL_1, 9),
            (EsolLevel.LEVEL_2, 7),
            (EsolLevel.UNKNOWN, 9),
        ]
    ),
    "high": _Weighted(
        [
            (EsolLevel.PRE_ENTRY, 6),
            (EsolLevel.ENTRY_1, 14),
            (EsolLevel.ENTRY_2, 22),
            (EsolLevel.ENTRY_3, 22),
            (EsolLevel.LEVEL_1, 16),
            (EsolLevel.LEVEL_2, 11),
            (EsolLevel.UNKNOWN, 9),
        ]
    ),
}
_LOW_ESOL = (EsolLevel.PRE_ENTRY, EsolLevel.ENTRY_1, EsolLevel.ENTRY_2, EsolLevel.ENTRY_3)

# ------------------------------------------------------------- schools, staff, the town


@dataclass(frozen=True, slots=True)
class _School:
    name: str
    area: str
    secondary: bool
    key_contacts: tuple[str, ...]


SCHOOLS: tuple[str, ...] = (
    "Riverside Primary School",
    "Hollybank Primary School",
    "St Brigid's Catholic Primary School",
    "Elmwood Infant and Junior School",
    "Canal Side Primary Academy",
    "Millbrook Primary School",
    "Northgate High School",
    "Larkfield Academy",
    "Brackenford Community College",
)
"""The fictional schools of the demo town, Brackenford."""

_SCHOOLS = (
    _School(SCHOOLS[0], "Riverside", False, ("Ms Rowan (EAL lead)", "Mr Finch (family liaison)")),
    _School(
        SCHOOLS[1], "Hollybank", False, ("Mrs Alder (admissions)", "Ms Heron (inclusion lead)")
    ),
    _School(SCHOOLS[2], "Old Town", False, ("Mr Linden (pastoral lead)", "Ms Wren (EAL lead)")),
    _School(SCHOOLS[3], "Elmwood", False, ("Ms Hazel (family liaison)", "Mr Marsh (admissions)")),
    _School(SCHOOLS[4], "Canal Side", False, ("Ms Ashby (EAL lead)", "Mr Lark (inclusion lead)")),
    _School(SCHOOLS[5], "Millbrook", False, ("Mrs Thorn (family liaison)", "Ms Brook (EAL lead)")),
    _School(SCHOOLS[6], "Northgate", True, ("Mr Holt (EAL coordinator)", "Ms Fern (pastoral)")),
    _School(SCHOOLS[7], "Larkfield", True, ("Ms Moss (admissions)", "Mr Reed (EAL coordinator)")),
    _School(SCHOOLS[8], "Old Town", True, ("Ms Sorrel (inclusion lead)", "Mr Birch (pastoral)")),
)
_PRIMARY_PICK = _Weighted(
    [(s, w) for s, w in zip(_SCHOOLS[:6], (22, 18, 14, 16, 18, 12), strict=True)]
)
_SECONDARY_FOR_AREA = {
    "Riverside": _SCHOOLS[6],
    "Hollybank": _SCHOOLS[7],
    "Old Town": _SCHOOLS[8],
    "Elmwood": _SCHOOLS[7],
    "Canal Side": _SCHOOLS[6],
    "Millbrook": _SCHOOLS[8],
}

DEMO_STAFF: tuple[str, ...] = (
    "Jo Rowan",
    "Amira Heron",
    "Sam Finch",
    "Petro Linden",
    "Kidist Wren",
    "Sara Alder",
    "Omar Hazel",
    "Nadia Marsh",
)
"""Fictional outreach workers who record the demo contacts."""

_STAFF_FOR_AREA = {
    "Riverside": DEMO_STAFF[0:2],
    "Hollybank": DEMO_STAFF[2:4],
    "Old Town": DEMO_STAFF[4:6],
    "Elmwood": DEMO_STAFF[6:8],
    "Canal Side": DEMO_STAFF[1:3],
    "Millbrook": DEMO_STAFF[5:7],
}

_PRIMARY_CLASSES = ("Willow", "Oak", "Maple", "Birch", "Hazel", "Cedar", "Rowan", "Elm")
_NURSERY_CLASSES = ("Ladybirds", "Caterpillars", "Bumblebees")
_FORM_LETTERS = "ABCDEFGHK"

# ----------------------------------------------------------------- needs and contacts

# Base yearly frequency of each need in a household, before adjustments.
_NEED_BASE: dict[NeedCategory, float] = {
    NeedCategory.SCHOOL_UNIFORM: 0.45,
    NeedCategory.DIGITAL_DEVICE_INTERNET: 0.38,
    NeedCategory.ESOL_FOR_PARENTS: 0.0,  # from the adults' ESOL wishes
    NeedCategory.EDUCATION_SYSTEM_GUIDANCE: 0.35,
    NeedCategory.HOUSING: 0.33,
    NeedCategory.IMMIGRATION_LEGAL_ADVICE: 0.3,
    NeedCategory.SOCIAL_CONNECTION: 0.28,
    NeedCategory.FOOD: 0.24,
    NeedCategory.MENTAL_HEALTH_WELLBEING: 0.2,
    NeedCategory.EMPLOYMENT_TRAINING: 0.18,
    NeedCategory.PHYSICAL_HEALTH: 0.15,
    NeedCategory.TUTORING: 0.12,
    NeedCategory.TRANSPORT: 0.12,
    NeedCategory.CHILDCARE_YOUNGER_SIBLINGS: 0.03,  # raised when there is an under-5
    NeedCategory.SAFETY: 0.03,
}
# How often a signposted need goes on to a formal referral (consent permitting).
_REFERRAL_SHARE: dict[NeedCategory, float] = {
    NeedCategory.SCHOOL_UNIFORM: 0.35,
    NeedCategory.DIGITAL_DEVICE_INTERNET: 0.55,
    NeedCategory.ESOL_FOR_PARENTS: 0.5,
    NeedCategory.EDUCATION_SYSTEM_GUIDANCE: 0.15,
    NeedCategory.HOUSING: 0.6,
    NeedCategory.IMMIGRATION_LEGAL_ADVICE: 0.7,
    NeedCategory.SOCIAL_CONNECTION: 0.25,
    NeedCategory.FOOD: 0.65,
    NeedCategory.MENTAL_HEALTH_WELLBEING: 0.7,
    NeedCategory.EMPLOYMENT_TRAINING: 0.4,
    NeedCategory.PHYSICAL_HEALTH: 0.45,
    NeedCategory.TUTORING: 0.5,
    NeedCategory.TRANSPORT: 0.4,
    NeedCategory.CHILDCARE_YOUNGER_SIBLINGS: 0.5,
    NeedCategory.SAFETY: 0.9,
}

_TOPIC_PHRASES: dict[NeedCategory, str] = {
    NeedCategory.SCHOOL_UNIFORM: "uniform",
    NeedCategory.DIGITAL_DEVICE_INTERNET: "a device for homework",
    NeedCategory.ESOL_FOR_PARENTS: "English classes for the parents",
    NeedCategory.EDUCATION_SYSTEM_GUIDANCE: "how school works here",
    NeedCategory.HOUSING: "the housing question",
    NeedCategory.IMMIGRATION_LEGAL_ADVICE: "where to get independent advice",
    NeedCategory.SOCIAL_CONNECTION: "meeting other families",
    NeedCategory.FOOD: "food support",
    NeedCategory.MENTAL_HEALTH_WELLBEING: "how the children are settling",
    NeedCategory.EMPLOYMENT_TRAINING: "work and training",
    NeedCategory.PHYSICAL_HEALTH: "registering with a GP",
    NeedCategory.TUTORING: "extra help with reading",
    NeedCategory.TRANSPORT: "getting to school",
    NeedCategory.CHILDCARE_YOUNGER_SIBLINGS: "places for the younger children",
    NeedCategory.SAFETY: "the agreed support plan",
}

_NOTES: dict[ContactKind, tuple[str, ...]] = {
    ContactKind.INTAKE_MEETING: (
        "Day 1 admissions meeting. Went through the school day, uniform and lunches.",
        "Intake meeting. Agreed how the family prefers to be contacted.",
        "Welcome meeting; tour of the school. Key contact introduced.",
        "Admissions meeting. Explained term dates and who to ask about what.",
    ),
    ContactKind.HOME_VISIT: (
        "Home visit. Talked about {topics}.",
        "Home visit; family settling in. Followed up on {topics}.",
        "Short visit. Checked in on {topics}; next steps agreed.",
        "Home visit with the caregivers. Went over {topics}.",
    ),
    ContactKind.CHECK_IN_CALL: (
        "Check-in call. Discussed {topics}.",
        "Call to follow up on {topics}.",
        "Brief call. Reminded about {topics}.",
    ),
    ContactKind.SCHOOL_EVENT: (
        "Came to the coffee morning.",
        "Came to the coffee morning with the youngest.",
        "Came to the welcome afternoon for new families.",
        "Came to the class celebration afternoon.",
    ),
    ContactKind.WORKSHOP: (
        "Attended the workshop on {workshop}.",
        "Came to the parents' workshop on {workshop}.",
    ),
}
_NO_TOPIC_NOTES: dict[ContactKind, tuple[str, ...]] = {
    ContactKind.HOME_VISIT: (
        "Home visit. All well; nothing new.",
        "Home visit. Family settling in; no new questions.",
    ),
    ContactKind.CHECK_IN_CALL: (
        "Check-in call; all well, nothing new.",
        "Brief call. No new questions this time.",
    ),
}
_WORKSHOPS = (
    "how the school day works",
    "using the school app",
    "reading at home",
    "secondary school applications",
    "staying safe online",
    "healthy packed lunches",
)
_CLOSING_NOTES: dict[ClosedReason, str] = {
    ClosedReason.NEEDS_MET: "Closing contact: support in place, family confident to ask school.",
    ClosedReason.MOVED_AWAY: "Closing contact: family moving to another area.",
    ClosedReason.FAMILY_REQUEST: "Closing contact: family asked to close; door left open.",
    ClosedReason.LOST_CONTACT: "Last attempt to reach the family; closing after no reply.",
    ClosedReason.OTHER: "Closing contact.",
}
_CLOSED_REASON_PICK = _Weighted(
    [
        (ClosedReason.NEEDS_MET, 52),
        (ClosedReason.MOVED_AWAY, 24),
        (ClosedReason.FAMILY_REQUEST, 8),
        (ClosedReason.LOST_CONTACT, 12),
        (ClosedReason.OTHER, 4),
    ]
)
_REFERRAL_OUTCOMES = (
    "Support in place.",
    "Family attending.",
    "Place offered and taken up.",
    "Service confirmed help given.",
)
_MANUAL_FOLLOW_UPS = (
    "Send the next letter home in the family's language",
    "Book an interpreter for parents' evening",
    "Share the uniform list",
    "Invite to the next coffee morning",
    "Check free school meals registration",
    "Pass on the term dates",
    "Ask the class teacher how the first weeks went",
)

_LATER_KINDS_DEFAULT = _Weighted(
    [
        (ContactKind.HOME_VISIT, 45),
        (ContactKind.CHECK_IN_CALL, 38),
        (ContactKind.SCHOOL_EVENT, 11),
        (ContactKind.WORKSHOP, 6),
    ]
)
_LATER_KINDS_REMOTE = _Weighted(
    [
        (ContactKind.HOME_VISIT, 30),
        (ContactKind.CHECK_IN_CALL, 55),
        (ContactKind.SCHOOL_EVENT, 10),
        (ContactKind.WORKSHOP, 5),
    ]
)
_CADENCE_PICK = _Weighted([(14, 20), (21, 30), (28, 32), (42, 18)])

_I = InterpreterMode
_MODES: dict[ContactKind, _Weighted[InterpreterMode]] = {
    ContactKind.INTAKE_MEETING: _Weighted(
        [
            (_I.QUALIFIED_IN_PERSON, 60),
            (_I.QUALIFIED_PHONE, 24),
            (_I.QUALIFIED_VIDEO, 12),
            (_I.FAMILY_MEMBER, 3),
            (_I.CHILD, 1),
        ]
    ),
    ContactKind.HOME_VISIT: _Weighted(
        [
            (_I.QUALIFIED_IN_PERSON, 30),
            (_I.QUALIFIED_PHONE, 34),
            (_I.QUALIFIED_VIDEO, 12),
            (_I.FAMILY_MEMBER, 14),
            (_I.CHILD, 3),
            (_I.NONE, 7),
        ]
    ),
    ContactKind.CHECK_IN_CALL: _Weighted(
        [
            (_I.QUALIFIED_PHONE, 64),
            (_I.QUALIFIED_VIDEO, 6),
            (_I.FAMILY_MEMBER, 16),
            (_I.CHILD, 3),
            (_I.NONE, 11),
        ]
    ),
    ContactKind.SCHOOL_EVENT: _Weighted(
        [(_I.NONE, 50), (_I.QUALIFIED_IN_PERSON, 25), (_I.FAMILY_MEMBER, 21), (_I.CHILD, 4)]
    ),
    ContactKind.WORKSHOP: _Weighted(
        [(_I.QUALIFIED_IN_PERSON, 60), (_I.NONE, 30), (_I.FAMILY_MEMBER, 10)]
    ),
}
_DURATIONS: dict[ContactKind, tuple[int, int]] = {
    ContactKind.INTAKE_MEETING: (45, 90),
    ContactKind.HOME_VISIT: (30, 75),
    ContactKind.CHECK_IN_CALL: (8, 25),
    ContactKind.SCHOOL_EVENT: (45, 90),
    ContactKind.WORKSHOP: (60, 120),
}

_PROFICIENCY_BY_STAY: tuple[tuple[int, _Weighted[EnglishProficiency]], ...] = (
    (
        6,
        _Weighted(
            [
                (EnglishProficiency.A, 62),
                (EnglishProficiency.B, 28),
                (EnglishProficiency.C, 8),
                (EnglishProficiency.D, 2),
            ]
        ),
    ),
    (
        12,
        _Weighted(
            [
                (EnglishProficiency.A, 32),
                (EnglishProficiency.B, 43),
                (EnglishProficiency.C, 19),
                (EnglishProficiency.D, 5),
                (EnglishProficiency.E, 1),
            ]
        ),
    ),
    (
        10_000,
        _Weighted(
            [
                (EnglishProficiency.A, 12),
                (EnglishProficiency.B, 40),
                (EnglishProficiency.C, 33),
                (EnglishProficiency.D, 12),
                (EnglishProficiency.E, 3),
            ]
        ),
    ),
)
_PLATFORM_PICK = _Weighted(
    [
        (PlatformConfidence.NONE, 30),
        (PlatformConfidence.WITH_HELP, 40),
        (PlatformConfidence.CONFIDENT, 15),
        (PlatformConfidence.UNKNOWN, 15),
    ]
)
_PLATFORM_PICK_HIGH = _Weighted(
    [
        (PlatformConfidence.NONE, 8),
        (PlatformConfidence.WITH_HELP, 37),
        (PlatformConfidence.CONFIDENT, 45),
        (PlatformConfidence.UNKNOWN, 10),
    ]
)
_CHILDREN_COUNT = _Weighted([(1, 30), (2, 33), (3, 22), (4, 10), (5, 5)])
# eldest child's age: most families the school meets have primary-age children
_ELDEST_AGE = _Weighted(
    [
        (age, w)
        for age, w in zip(range(4, 18), (5, 7, 8, 9, 9, 9, 9, 9, 8, 8, 7, 6, 4, 2), strict=True)
    ]
)

# ------------------------------------------------------------------------ the directory


@cache
def demo_services() -> tuple[Service, ...]:
    """Return the fictional signposting directory of the demo town (ids not set).

    It is read from ``resources/demo/hsds``, an Open Referral HSDS data package shaped
    like a council's family directory (its own taxonomy, ISO 639-3 language codes,
    structured opening hours), through the same reader as any imported directory.
    Stored in this order into an empty vault, the services get ids 1, 2, 3, …, which is
    what :func:`generate_households` assumes when it is given no ``services``.

    Raises:
        ValueError: the demo package has problems (a broken checkout).
    """
    from desktop_app.core.hsds import read_directory

    read = read_directory(resource_dir() / "demo" / "hsds")
    if not read.ok:
        problems = "; ".join(p.describe() for p in read.problems[:5])
        raise ValueError(f"the demo services directory cannot be read: {problems}")
    return read.services


def demo_consent_notice_text(purpose: ConsentPurpose, language: str) -> str:
    """Return the placeholder notice text whose hash the demo consent events carry."""
    return f"Hearth demo consent notice, version 1: {purpose.value} ({language})."


def demo_consent_notices() -> tuple[ConsentNotice, ...]:
    """Return every notice the demo consent events refer to (store them first)."""
    languages = sorted({origin.language for origin in _ORIGINS})
    return tuple(
        ConsentNotice(purpose, language, demo_consent_notice_text(purpose, language))
        for language in languages
        for purpose in ConsentPurpose
    )


# ---------------------------------------------------------------------------- generator


@dataclass(slots=True)
class _Child:
    age: int
    birth_year: int
    birth_month: int  # kept only to derive a consistent school year; never stored


def _age_band(age: int) -> AgeBand:
    if age < 5:
        return AgeBand.UNDER_5
    if age <= 10:
        return AgeBand.AGE_5_10
    if age <= 15:
        return AgeBand.AGE_11_15
    if age <= 17:
        return AgeBand.AGE_16_17
    if age <= 24:
        return AgeBand.AGE_18_24
    if age <= 39:
        return AgeBand.AGE_25_39
    if age <= 59:
        return AgeBand.AGE_40_59
    return AgeBand.AGE_60_PLUS


def _months_between(earlier: date, later: date) -> int:
    return (later.year - earlier.year) * 12 + later.month - earlier.month


class _Generator:
    """The state of one generation run (one ``random.Random``, the references used)."""

    def __init__(self, seed: int, today: date, services: Sequence[Service]) -> None:
        self.rng = random.Random(seed)
        self.today = today
        self.academic_year = today.year if today.month >= 9 else today.year - 1
        self.used_references: set[str] = set()
        self.services_by_category: dict[NeedCategory, list[Service]] = {}
        for service in services:
            if service.id is None:
                raise ValueError("demo services must have ids (store them first)")
            if service.archived:
                continue
            for category in service.categories:
                self.services_by_category.setdefault(category, []).append(service)
        first = date(today.year, today.month, 1)
        self.arrival_months = [
            YearMonth(y, m)
            for y, m in (
                (
                    (first.year * 12 + first.month - 1 - back) // 12,
                    (first.year * 12 + first.month - 1 - back) % 12 + 1,
                )
                for back in range(24, 0, -1)
            )
        ]

    # --- small pieces

    def reference(self) -> str:
        rng = self.rng
        length = 4
        attempts = 0
        while True:
            code = REFERENCE_PREFIX + "".join(
                REFERENCE_ALPHABET[_below(rng, len(REFERENCE_ALPHABET))] for _ in range(length)
            )
            if code not in self.used_references:
                self.used_references.add(code)
                return code
            attempts += 1
            if attempts % 8 == 0:
                length += 1  # crowded: lengthen, as the vault does on collision

    def school_year(self, child: _Child) -> tuple[str, str, int | None]:
        """Return (school year, class name, year index) for a child today."""
        entry = child.birth_year + (4 if child.birth_month <= 8 else 5)
        index = self.academic_year - entry
        rng = self.rng
        if index < -1:
            return "", "", None
        if index == -1:
            return "Nursery", _choice(rng, _NURSERY_CLASSES), -1
        if index == 0:
            return "Reception", _choice(rng, _PRIMARY_CLASSES[:3]), 0
        if index <= 6:
            return f"Year {index}", _choice(rng, _PRIMARY_CLASSES), index
        if index <= 13:
            return f"Year {index}", f"{index}{_choice(rng, _FORM_LETTERS)}", index
        return "", "", None

    def children(self, count: int) -> list[_Child]:
        rng = self.rng
        ages = [_ELDEST_AGE.pick(rng)]
        for _ in range(count - 1):
            younger = ages[-1] - _randint(rng, 1, 4)
            if younger < 0:
                break
            ages.append(younger)
        result = []
        for age in ages:
            month = _randint(rng, 1, 12)
            # born later in the year than "today": the birthday has not come round yet
            year = self.today.year - age - (1 if month > self.today.month else 0)
            result.append(_Child(age=age, birth_year=year, birth_month=month))
        return result

    # --- one household

    def household(self) -> HouseholdAggregate:
        rng = self.rng
        today = self.today
        origin = _ORIGIN_PICK.pick(rng)
        latin = rng.random() < origin.latin_share
        script = 1 if latin else 0

        # arrival and Day-1 intake
        arrival = self.arrival_months[_below(rng, len(self.arrival_months))]
        arrival_day = date(arrival.year, arrival.month, 1) + timedelta(days=_randint(rng, 0, 27))
        intake = _weekday(arrival_day + timedelta(days=3 + int(rng.expovariate(1 / 18))))
        last_day = today - timedelta(days=1)
        if intake > last_day:
            intake = last_day
        if arrival_day > intake:
            arrival_day = intake
            arrival = YearMonth(intake.year, intake.month)

        # people
        kids = self.children(_CHILDREN_COUNT.pick(rng))
        eldest = kids[0].age
        mother_age = min(55, eldest + _randint(rng, 19, 32))
        shape = rng.random()
        adults: list[tuple[Role, int, bool]] = []  # role, age, female
        if shape < 0.62:
            adults = [
                (Role.CAREGIVER, mother_age, True),
                (Role.CAREGIVER, min(62, mother_age + _randint(rng, -2, 9)), False),
            ]
        elif shape < 0.84:
            adults = [(Role.CAREGIVER, mother_age, True)]
        elif shape < 0.88:
            adults = [(Role.CAREGIVER, min(62, mother_age + _randint(rng, 0, 8)), False)]
        elif shape < 0.96:
            adults = [
                (Role.CAREGIVER, mother_age, True),
                (Role.CAREGIVER, min(62, mother_age + _randint(rng, -2, 9)), False),
                (Role.CAREGIVER, min(85, mother_age + _randint(rng, 20, 30)), True),
            ]
        else:
            adults = [
                (Role.CAREGIVER, mother_age, True),
                (Role.CAREGIVER, min(85, mother_age + _randint(rng, 20, 30)), True),
            ]
        if mother_age >= 40 and rng.random() < 0.25:
            adults.append((Role.OTHER, _randint(rng, 18, 22), rng.random() < 0.5))

        family_name = origin.family[_below(rng, len(origin.family))][script]
        alias = f"{family_name} family" if latin else family_name
        used_names: list[str] = []

        def given(female: bool) -> str:
            if rng.random() < 0.08:
                return ""  # the family did not give one, or staff did not note it
            names = origin.female if female else origin.male
            for _ in range(4):
                name = names[_below(rng, len(names))][script]
                if name not in used_names:
                    used_names.append(name)
                    return name
            return ""

        stay_months = _months_between(arrival_day, today)
        proficiency = next(p for limit, p in _PROFICIENCY_BY_STAY if stay_months < limit)
        esol_profile = _ESOL_PROFILES[origin.adult_english]
        people: list[Person] = []
        wants_esol_count = 0
        for role, age, female in adults:
            level = esol_profile.pick(rng)
            wants: bool | None
            if level is EsolLevel.UNKNOWN:
                wants = None
            elif level in _LOW_ESOL:
                wants = rng.random() < (0.45 if age >= 60 else 0.75)
            else:
                wants = rng.random() < 0.2
            wants_esol_count += bool(wants)
            people.append(
                Person(
                    role=role,
                    given_name=given(female),
                    age_band=_age_band(age),
                    esol_level=level,
                    wants_esol=wants,
                )
            )
        has_under_five = False
        has_gap_in_schooling = False
        year_indexes: list[int] = []
        for kid in kids:
            school_year, class_name, index = self.school_year(kid)
            english: EnglishProficiency | None = None
            prior: PriorSchooling | None = None
            if index is not None and index >= 0:
                english = proficiency.pick(rng)
                if (
                    origin.key == "ukraine"
                    and english is EnglishProficiency.A
                    and rng.random() < 0.3
                ):
                    english = EnglishProficiency.B  # many arrived with school English
                year_indexes.append(index)
            if index is not None and index >= 1:
                roll = rng.random()
                if roll < origin.continuous_schooling:
                    prior = PriorSchooling.CONTINUOUS
                elif roll < origin.continuous_schooling + (1 - origin.continuous_schooling) * 0.7:
                    prior = PriorSchooling.INTERRUPTED
                elif roll < 0.97:
                    prior = PriorSchooling.NONE
                else:
                    prior = PriorSchooling.UNKNOWN
                if prior in (PriorSchooling.INTERRUPTED, PriorSchooling.NONE):
                    has_gap_in_schooling = True
            if kid.age < 5:
                has_under_five = True
            people.append(
                Person(
                    role=Role.CHILD,
                    given_name=given(rng.random() < 0.5),
                    age_band=_age_band(kid.age),
                    birth_year=kid.birth_year,
                    school_year=school_year,
                    class_name=class_name,
                    english_proficiency=english,
                    prior_schooling=prior,
                )
            )

        # school, area, staff
        primary = _PRIMARY_PICK.pick(rng)
        area = primary.area
        in_primary = any(-1 <= i <= 6 for i in year_indexes) or not year_indexes
        school = primary if in_primary else _SECONDARY_FOR_AREA[area]
        key_contact = school.key_contacts[_below(rng, len(school.key_contacts))]
        area_staff = _STAFF_FOR_AREA[area]
        worker = area_staff[_below(rng, len(area_staff))]

        # preferences
        needs_interpreter = rng.random() < origin.interpreter_share
        interpreter_language: str | None = origin.language if needs_interpreter else None
        if needs_interpreter and origin.key == "kurdistan_sorani" and rng.random() < 0.1:
            interpreter_language = "ar"  # no Sorani interpreter; the family accepts Arabic
        channel = origin.channels.pick(rng)
        platform = (_PLATFORM_PICK_HIGH if origin.adult_english == "high" else _PLATFORM_PICK).pick(
            rng
        )
        cadence = _CADENCE_PICK.pick(rng)

        # closure
        days_open = (today - intake).days
        closed_on: date | None = None
        closed_reason: ClosedReason | None = None
        if days_open > 150 and rng.random() < min(0.5, (days_open - 150) / 1100):
            closed_on = _weekday(intake + timedelta(days=_randint(rng, 150, days_open)))
            if closed_on > last_day:
                closed_on = last_day
            closed_reason = _CLOSED_REASON_PICK.pick(rng)
        end = closed_on or today
        slipping = closed_on is None and rng.random() < 0.1

        # contact dates and kinds
        later_kinds = (
            _LATER_KINDS_REMOTE
            if channel in (Channel.PHONE, Channel.MESSAGING, Channel.SMS)
            else _LATER_KINDS_DEFAULT
        )
        stop = end - timedelta(days=_randint(rng, 20, 70)) if slipping else end
        visits: list[tuple[date, ContactKind]] = [(intake, ContactKind.INTAKE_MEETING)]
        day = intake
        while True:
            settled = (day - intake).days >= 120
            step = cadence * (1.6 if settled else 1.0)
            day = _weekday(day + timedelta(days=max(3, round(step * rng.uniform(0.6, 1.4)))))
            if day >= stop:
                break
            visits.append((day, later_kinds.pick(rng)))
        if closed_on is not None and visits[-1][0] < closed_on:
            visits.append(
                (
                    closed_on,
                    ContactKind.CHECK_IN_CALL
                    if closed_reason is ClosedReason.LOST_CONTACT
                    else ContactKind.HOME_VISIT,
                )
            )
        visit_days = [d for d, _ in visits]

        # consent (at intake), which gates referrals
        decisions = {
            ConsentPurpose.CASE_RECORD: True,
            ConsentPurpose.STATISTICS: rng.random() < 0.92,
            ConsentPurpose.REFERRAL_SHARING: rng.random() < 0.86,
            # A family who asked to be phoned or messaged agreed to it (minimal data:
            # the vault refuses a phone/SMS/messaging channel without this consent).
            ConsentPurpose.CONTACT_CHANNELS: rng.random() < 0.9 or channel in REMOTE_CHANNELS,
            ConsentPurpose.CHAMPION_INTRODUCTION: rng.random() < 0.45,
        }
        sharing = decisions[ConsentPurpose.REFERRAL_SHARING]

        # needs
        needs: list[Need] = []
        referrals: list[Referral] = []
        follow_ups: list[FollowUp] = []
        for category, base in _NEED_BASE.items():
            chance = base
            if category is NeedCategory.ESOL_FOR_PARENTS:
                chance = 0.65 if wants_esol_count else 0.08
            elif category is NeedCategory.CHILDCARE_YOUNGER_SIBLINGS and has_under_five:
                chance = 0.5
            elif category is NeedCategory.TUTORING and has_gap_in_schooling:
                chance = 0.3
            elif (
                category is NeedCategory.DIGITAL_DEVICE_INTERNET
                and platform is PlatformConfidence.NONE
            ):
                chance = 0.55
            elif category is NeedCategory.IMMIGRATION_LEGAL_ADVICE and origin.key == "ukraine":
                chance = 0.2
            elif category is NeedCategory.EMPLOYMENT_TRAINING and origin.adult_english == "high":
                chance = 0.3
            if rng.random() >= chance:
                continue
            identified = (
                intake
                if rng.random() < 0.7 or len(visit_days) == 1
                else _choice(rng, visit_days[1:])
            )
            need, referral = self.progress_need(
                category, identified, end, sharing, len(needs), origin.language
            )
            if closed_on is not None and need.status.is_open:
                final = (
                    NeedStatus.MET
                    if closed_reason is ClosedReason.NEEDS_MET
                    else NeedStatus.NO_LONGER_NEEDED
                )
                need = replace(
                    need,
                    status=final,
                    status_changed_on=closed_on,
                    history=(*need.history, NeedStatusChange(final, closed_on)),
                )
                if referral is not None and referral.status in (
                    ReferralStatus.REFERRED,
                    ReferralStatus.ACCEPTED,
                ):
                    referral = replace(
                        referral,
                        status=ReferralStatus.COMPLETED
                        if final is NeedStatus.MET
                        else ReferralStatus.NO_RESPONSE,
                        status_changed_on=closed_on,
                    )
            needs.append(need)
            if referral is not None:
                referrals.append(referral)
                if referral.follow_up_on is not None:
                    in_progress = referral.status in (
                        ReferralStatus.REFERRED,
                        ReferralStatus.ACCEPTED,
                    )
                    follow_ups.append(
                        FollowUp(
                            what="Check how the referral is going",
                            due_on=referral.follow_up_on,
                            done_on=None
                            if in_progress
                            else min(referral.status_changed_on or referral.follow_up_on, end),
                            source=FollowUpSource.REFERRAL,
                        )
                    )

        # contacts, with topics drawn from the needs open on the day
        contacts: list[Contact] = []
        settled_cadence = round(cadence * 1.6)
        for index, (day, kind) in enumerate(visits):
            if needs_interpreter:
                mode = _MODES[kind].pick(rng)
                language = interpreter_language if mode is not InterpreterMode.NONE else "en"
                assert language is not None
            else:
                mode = InterpreterMode.NONE
                language = "en"
            open_now = [
                n.category
                for n in needs
                if n.identified_on <= day
                and (n.status.is_open or (n.status_changed_on or n.identified_on) >= day)
            ]
            topics: tuple[NeedCategory, ...] = ()
            if kind in (ContactKind.HOME_VISIT, ContactKind.CHECK_IN_CALL) and open_now:
                topics = tuple(rng.sample(open_now, min(len(open_now), _randint(rng, 0, 2))))
            elif kind is ContactKind.INTAKE_MEETING:
                topics = tuple(open_now[:3])
            if closed_reason is not None and day == closed_on:
                note = _CLOSING_NOTES.get(closed_reason, "Closing contact.")
            elif kind is ContactKind.WORKSHOP:
                note = _choice(rng, _NOTES[kind]).format(workshop=_choice(rng, _WORKSHOPS))
            elif kind in _NO_TOPIC_NOTES and not topics:
                note = _choice(rng, _NO_TOPIC_NOTES[kind])
            else:
                phrase = " and ".join(_TOPIC_PHRASES[t] for t in topics[:2])
                note = _choice(rng, _NOTES[kind]).format(topics=phrase)
            settled = (day - intake).days >= 120
            due: date | None = None
            if closed_on is None or day < closed_on:
                due = day + timedelta(days=settled_cadence if settled else cadence)
            low, high = _DURATIONS[kind]
            contacts.append(
                Contact(
                    kind=kind,
                    contact_on=day,
                    duration_minutes=max(5, _randint(rng, low, high) // 5 * 5),
                    language=language,
                    interpreter_mode=mode,
                    topics=topics,
                    note=note,
                    next_contact_due=due,
                    staff_member=worker
                    if index == 0 or rng.random() < 0.9
                    else _choice(rng, DEMO_STAFF),
                )
            )
        last_contact = contacts[-1]
        if closed_on is None and last_contact.next_contact_due is not None:
            follow_ups.append(
                FollowUp(
                    what="Next contact with the family",
                    due_on=last_contact.next_contact_due,
                    source=FollowUpSource.CONTACT,
                )
            )
        if rng.random() < 0.3:
            due_on = intake + timedelta(days=_randint(rng, 3, max(3, (end - intake).days + 30)))
            done = due_on < end - timedelta(days=7) and rng.random() < 0.85
            follow_ups.append(
                FollowUp(
                    what=_choice(rng, _MANUAL_FOLLOW_UPS),
                    due_on=due_on,
                    done_on=min(due_on + timedelta(days=_randint(rng, 0, 6)), end)
                    if done
                    else None,
                    source=FollowUpSource.MANUAL,
                )
            )

        # consent events: at intake, then a renewal or a pending review after a year
        consent_language = origin.language
        method = (
            ConsentMethod.VERBAL_VIA_INTERPRETER
            if needs_interpreter
            else (
                ConsentMethod.PAPER_FORM if rng.random() < 0.15 else ConsentMethod.SIGNED_ON_SCREEN
            )
        )
        paper = f"PF-{_randint(rng, 1000, 9999)}" if method is ConsentMethod.PAPER_FORM else ""
        intake_mode = contacts[0].interpreter_mode
        decided_at = _at(intake, rng)
        review_on = intake + timedelta(days=365)
        consents: list[ConsentEvent] = []
        for purpose, given_it in decisions.items():
            consents.append(
                ConsentEvent(
                    purpose=purpose,
                    decision=ConsentDecision.GIVEN if given_it else ConsentDecision.REFUSED,
                    notice_hash=_notice_hash(purpose, consent_language),
                    language=consent_language,
                    method=method,
                    decided_by=DecidedBy.CAREGIVER,
                    staff_member=worker,
                    decided_at=decided_at,
                    paper_reference=paper,
                    interpreter_language=interpreter_language or "",
                    interpreter_mode=intake_mode,
                    review_on=review_on if given_it else None,
                )
            )
        # Open cases renew every year at a visit near the review date; a few reviews are
        # missed, which leaves the case read-only (expired case-record consent) until
        # someone renews it — the Today view lists them.
        review = review_on
        while closed_on is None and review <= today:
            renewal_day = next((d for d in visit_days if d >= review - timedelta(days=14)), None)
            if renewal_day is None or rng.random() >= 0.93:
                follow_ups.append(
                    FollowUp(
                        what="Review consent with the family",
                        due_on=review,
                        source=FollowUpSource.CONSENT_REVIEW,
                    )
                )
                break
            renewed_at = _at(renewal_day, rng)
            review = renewal_day + timedelta(days=365)
            for purpose, given_it in decisions.items():
                if given_it:
                    consents.append(
                        ConsentEvent(
                            purpose=purpose,
                            decision=ConsentDecision.RENEWED,
                            notice_hash=_notice_hash(purpose, consent_language),
                            language=consent_language,
                            method=method,
                            decided_by=DecidedBy.CAREGIVER,
                            staff_member=worker,
                            decided_at=renewed_at,
                            paper_reference=paper,
                            interpreter_language=interpreter_language or "",
                            interpreter_mode=InterpreterMode.QUALIFIED_PHONE
                            if needs_interpreter
                            else InterpreterMode.NONE,
                            review_on=review,
                        )
                    )
        if decisions[ConsentPurpose.STATISTICS] and closed_on is None and rng.random() < 0.01:
            withdrawn_on = visit_days[-1]
            consents.append(
                ConsentEvent(
                    purpose=ConsentPurpose.STATISTICS,
                    decision=ConsentDecision.WITHDRAWN,
                    notice_hash=_notice_hash(ConsentPurpose.STATISTICS, consent_language),
                    language=consent_language,
                    method=method,
                    decided_by=DecidedBy.CAREGIVER,
                    staff_member=worker,
                    decided_at=_at(withdrawn_on, rng),
                    review_on=None,
                )
            )

        last_activity = max(
            [c.contact_on for c in contacts]
            + [n.status_changed_on or n.identified_on for n in needs]
        )
        household = Household(
            reference=self.reference(),
            alias=alias,
            school=school.name,
            area=area,
            arrival_month=arrival,
            preferred_language=origin.language,
            interpreter_language=interpreter_language,
            preferred_channel=channel,
            online_platform_confidence=platform,
            key_contact=key_contact,
            status=HouseholdStatus.CLOSED if closed_on else HouseholdStatus.OPEN,
            closed_reason=closed_reason,
            closed_on=closed_on,
            visit_cadence_days=cadence,
            created_at=decided_at,
            updated_at=_at(last_activity, rng),
        )
        return HouseholdAggregate(
            household=household,
            people=tuple(people),
            needs=tuple(needs),
            contacts=tuple(contacts),
            follow_ups=tuple(follow_ups),
            referrals=tuple(referrals),
            consents=tuple(consents),
        )

    def progress_need(
        self,
        category: NeedCategory,
        identified: date,
        end: date,
        sharing: bool,
        position: int,
        language: str,
    ) -> tuple[Need, Referral | None]:
        """Move one need along its statuses until ``end``; maybe refer it to a service."""
        rng = self.rng
        history = [NeedStatusChange(NeedStatus.IDENTIFIED, identified)]
        day = identified
        referral: Referral | None = None

        def step(low: int, high: int) -> date | None:
            nonlocal day
            nxt = day + timedelta(days=_randint(rng, low, high))
            if nxt >= end:
                return None
            day = nxt
            return nxt

        roll = rng.random()
        if roll < 0.78:
            signposted = step(0, 21)
            if signposted is not None:
                history.append(NeedStatusChange(NeedStatus.SIGNPOSTED, signposted))
                service = self.pick_service(category, language)
                refer = sharing and service is not None and rng.random() < _REFERRAL_SHARE[category]
                if refer and service is not None:
                    referred = step(1, 28)
                    if referred is not None:
                        history.append(NeedStatusChange(NeedStatus.REFERRED, referred))
                        accepted_on = step(3, 21) if rng.random() < 0.8 else None
                        outcome_on = step(14, 120)
                        result = rng.random()
                        if outcome_on is not None and result < 0.82:
                            if result < 0.66 or (accepted_on is not None and result < 0.74):
                                final, ref_status, outcome = (
                                    NeedStatus.MET,
                                    ReferralStatus.COMPLETED,
                                    _choice(rng, _REFERRAL_OUTCOMES),
                                )
                            elif result < 0.74:
                                final, ref_status, outcome = (
                                    NeedStatus.DECLINED,
                                    ReferralStatus.DECLINED,
                                    "",
                                )
                            else:
                                final, ref_status, outcome = (
                                    NeedStatus.NO_LONGER_NEEDED,
                                    ReferralStatus.NO_RESPONSE,
                                    "",
                                )
                            history.append(NeedStatusChange(final, outcome_on))
                            status_on: date = outcome_on
                        else:
                            ref_status = (
                                ReferralStatus.ACCEPTED if accepted_on else ReferralStatus.REFERRED
                            )
                            outcome = ""
                            status_on = accepted_on or referred
                        assert service.id is not None
                        referral = Referral(
                            need_id=position,
                            service_id=service.id,
                            consent_to_share=True,
                            status=ref_status,
                            outcome=outcome,
                            referred_on=referred,
                            status_changed_on=status_on,
                            follow_up_on=referred + timedelta(days=14),
                        )
                elif service is not None and rng.random() < 0.3:
                    # signposting only: the family was given the service's details
                    assert service.id is not None
                    referral = Referral(
                        need_id=position,
                        service_id=service.id,
                        consent_to_share=False,
                        status=ReferralStatus.SUGGESTED,
                        status_changed_on=signposted,
                    )
                if history[-1].status is NeedStatus.SIGNPOSTED:
                    resolved_on = step(14, 150)
                    if resolved_on is not None and rng.random() < 0.75:
                        final = (
                            NeedStatus.MET if rng.random() < 0.75 else NeedStatus.NO_LONGER_NEEDED
                        )
                        history.append(NeedStatusChange(final, resolved_on))
        elif roll < 0.93:
            # sorted in school the same week (spare uniform, a loan laptop) or went away
            resolved_on = step(0, 30)
            if resolved_on is not None:
                final = NeedStatus.MET if rng.random() < 0.8 else NeedStatus.NO_LONGER_NEEDED
                history.append(NeedStatusChange(final, resolved_on))
        elif roll < 0.97:
            declined_on = step(0, 21)
            if declined_on is not None:
                history.append(NeedStatusChange(NeedStatus.DECLINED, declined_on))
        last = history[-1]
        need = Need(
            category=category,
            status=last.status,
            note="Mentioned at intake."
            if identified == history[0].changed_on and position % 3 == 0
            else "",
            identified_on=identified,
            status_changed_on=last.changed_on if len(history) > 1 else None,
            history=tuple(history),
        )
        return need, referral

    def pick_service(self, category: NeedCategory, language: str) -> Service | None:
        candidates = self.services_by_category.get(category)
        if not candidates:
            return None
        speaking = [s for s in candidates if language in s.languages]
        pool = speaking if speaking and self.rng.random() < 0.7 else candidates
        return pool[_below(self.rng, len(pool))]


@cache
def _notice_hash(purpose: ConsentPurpose, language: str) -> str:
    return consent_notice_hash(purpose, language, demo_consent_notice_text(purpose, language))


def generate_households(
    n: int,
    seed: int = DEFAULT_SEED,
    *,
    today: date = DEFAULT_TODAY,
    services: Sequence[Service] | None = None,
) -> Iterator[HouseholdAggregate]:
    """Yield ``n`` made-up households, the same ones for the same arguments.

    Args:
        n: how many households.
        seed: the only source of randomness (``random.Random(seed)``).
        today: the demo world's today; arrivals fall in the 24 months before it and
            nothing happens on or after it.
        services: the stored directory referrals point at (each with an ``id``). By
            default :func:`demo_services` with ids 1, 2, … in file order.

    Yields:
        New aggregates (no ids). Referrals carry ``need_id`` as the position of the
        need in ``needs`` and ``service_id`` from ``services``.
    """
    if n < 0:
        raise ValueError("n must not be negative")
    if services is None:
        services = [replace(s, id=i) for i, s in enumerate(demo_services(), start=1)]
    generator = _Generator(seed, today, services)
    for _ in range(n):
        yield generator.household()
