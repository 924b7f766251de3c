"""Words of Arabic time expressions, in normalised form (أ إ آ → ا, ى → ي).

Month names come from ``resources/time_months.tsv`` (CLDR names for every
Arabic region plus newspaper spellings and the Hijri months, rebuilt by
``scripts/build_month_lexicon.py``); everything else is small enough to list here.
"""

from __future__ import annotations

from functools import cache
from importlib import resources

# Units: Y year, M month, W week, D day, H hour, MIN minute, S second, DE decade, CE century.
SINGULAR_UNITS = {
    "يوم": "D", "يوما": "D", "اسبوع": "W", "اسبوعا": "W", "شهر": "M", "شهرا": "M",
    "عام": "Y", "عاما": "Y", "سنة": "Y", "سنه": "Y", "ساعة": "H", "ساعه": "H",
    "دقيقة": "MIN", "دقيقه": "MIN", "قرن": "CE", "قرنا": "CE",
}  # fmt: skip
# Only after a number: alone they mostly mean something else (عقد contract, ثانية second/2nd,
# ليلة tonight); 23 ليلة counts days.
COUNTED_ONLY_UNITS = {
    "عقد": "DE", "عقدا": "DE", "ثانية": "S", "ثانيه": "S", "ليلة": "D", "ليله": "D",
}  # fmt: skip
# Accusative units that are a duration alone, without a number or a lead word: مكثت شهرا.
# Not عاما (مديرا عاما, general) or يوما (يوما ما, someday).
ADVERBIAL_UNITS = {"شهرا": "M", "اسبوعا": "W"}
# A word that narrows a counted unit and stays in: 24 يوم عمل.
UNIT_QUALIFIERS = {"عمل"}
DUAL_UNITS = {
    "يومين": "D", "يومان": "D", "اسبوعين": "W", "اسبوعان": "W", "شهرين": "M", "شهران": "M",
    "عامين": "Y", "عامان": "Y", "سنتين": "Y", "سنتان": "Y", "ساعتين": "H", "ساعتان": "H",
    "دقيقتين": "MIN", "دقيقتان": "MIN", "عقدين": "DE", "عقدان": "DE", "قرنين": "CE",
    "قرنان": "CE",
}  # fmt: skip
PLURAL_UNITS = {
    "ايام": "D", "اسابيع": "W", "اشهر": "M", "شهور": "M", "اعوام": "Y", "سنوات": "Y",
    "سنين": "Y", "ساعات": "H", "دقائق": "MIN", "ثوان": "S", "ثواني": "S", "عقود": "DE",
    "قرون": "CE",
}  # fmt: skip
# The same units with the article, as in العام الماضي, الأيام المقبلة, العامين الماضيين.
# Not اليوم (today) and not العقد (also "the contract").
DEFINITE_UNITS = {
    "ال" + word: unit
    for table in (SINGULAR_UNITS, DUAL_UNITS, PLURAL_UNITS)
    for word, unit in table.items()
    if not word.endswith("ا") and word != "يوم"
}
# Periods of no set length: الفترة الماضية, الآونة الأخيرة.
VAGUE_PERIODS = {"الفترة", "الفترات", "الاونة"}
SEASONS = {"الصيف": "SU", "الشتاء": "WI", "الربيع": "SP", "الخريف": "FA"}

# Definite units that are also ordinary words (المديرين العامين, general managers; العقود,
# contracts): only a period with a relative word after them (العامين الماضيين, العقود
# الثلاثة الماضية).
AMBIGUOUS_DUALS = {"العامين", "العامان", "العقود", "العقدين", "العقدان"}
# After a counted عقد/عقود, words that make it contracts: خمسة عقود لمشاريع, عقدين مع.
CONTRACT_AFTER = {"مع", "بقيمة", "بمبلغ", "بين", "قيمتها", "بتكلفة"}
# Words after a counted period that say which of them (الأشهر الثلاثة الأولى, الأشهر
# التسعة المتبقية): they stay in, as the relative word does.
WHICH_OF_THEM = {"الاولي", "الاول", "الاوليين", "الاولين", "الاخيرة", "الاخير", "المتبقية",
                 "المتبقي", "الباقية", "الباقي", "المتبقيه", "الباقيه"}  # fmt: skip
# Halves of a year: النصف الأول من العام → 2015-H1.
HALF = "النصف"
HALVES = {"الاول": 1, "الثاني": 2}
# Quarters of a year: الربع الثالث (من العام).
QUARTER = "الربع"
QUARTERS = {"الاول": 1, "الثاني": 2, "الثالث": 3, "الرابع": 4, "الاخير": 4}

# Relative adjectives: -1 past, 0 current, +1 next. الأخيرة only for plurals (الآونة الأخيرة).
RELATIVE = {
    **dict.fromkeys(("الماضي", "الماضية", "الماضيين", "الماضيتين", "المنصرم", "المنصرمة",
                     "الفائت", "الفائتة", "السابق", "السابقة", "السابقين", "المنقضي",
                     "المنقضية"), -1),
    **dict.fromkeys(("الحالي", "الحالية", "الجاري", "الجارية", "الراهن", "الراهنة"), 0),
    **dict.fromkeys(("المقبل", "المقبلة", "المقبلين", "القادم", "القادمة", "القادمين"), 1),
}  # fmt: skip
PLURAL_RECENT = {"الاخيرة", "الاخيرين"}
# Indefinite forms after a counted duration: خمسة عشر عاما ماضية, أيام مضت, عقود خلت.
INDEFINITE_RELATIVE = {"ماضية", "الماضية", "سابقة", "مقبلة", "قادمة", "ماض", "مضت", "خلت"}
THIS = {"هذا", "هذه"}

WEEKDAYS = {
    "الاثنين": 0, "الثلاثاء": 1, "الاربعاء": 2, "الخميس": 3, "الجمعة": 4, "السبت": 5,
    "الاحد": 6,
}  # fmt: skip
# الجمعة after these is the Friday prayer, الاثنين after these means "the two".
WEEKDAY_BLOCKERS = {"صلاة", "صلاه", "خطبة", "خطبه", "خطب", "خطيب", "بين", "كلا", "هذين",
                    "هذان"}  # fmt: skip

# اليوم followed by these is not today: اليوم الوطني, اليوم التالي, اليوم الذي, اليوم
# الآخر (the Last Day).
NOT_TODAY_AFTER = {
    "الوطني", "العالمي", "التالي", "السابق", "الاول", "الثاني", "الثالث", "الرابع",
    "الخامس", "السادس", "السابع", "الاخير", "الواحد", "نفسه", "ذاته", "الذي", "الدراسي",
    "المفتوح", "الموعود", "الختامي", "الافتتاحي", "العربي", "الخليجي", "الاخر",
}  # fmt: skip
# اليوم after these is part of a name (the newspapers عين اليوم and جريدة اليوم, the
# channel روسيا اليوم), a day named before (نفس اليوم, ذلك اليوم: anaphoric), a rate (500
# ريال في اليوم) or all day (على مدار اليوم); so is اليوم between quotes (لـ"اليوم").
NOT_TODAY_BEFORE = {"عين", "“عين", "ل”عين", "روسيا", "جريدة", "صحيفة", "نفس", "ذلك", "ذات",
                    "في", "فى", "مدار", "طوال", "طيلة"}  # fmt: skip
QUOTES = {'"', "“", "”", "«", "»", "'"}

# Parts of the day and their TIMEX3 codes.
PARTS_OF_DAY = {
    "صباح": "MO", "فجر": "MO", "ضحي": "MO", "ظهر": "MI", "ظهيرة": "MI", "عصر": "AF",
    "مساء": "EV", "ليل": "NI", "ليلة": "NI", "منتصف ليل": "NI", "بعد ظهر": "AF",
}  # fmt: skip
# Parts of the day that stand without a day (then the publication date's): منتصف الليل,
# بعيد الظهر. A day may still follow (منتصف الليل من يوم السبت).
DEFINITE_PARTS_OF_DAY = {
    "منتصف الليل": "NI", "بعد الظهر": "AF", "بعيد الظهر": "AF",
}  # fmt: skip
# Adverbs after a clock time (الساعة العاشرة صباحا) and the part of the day they name.
CLOCK_PARTS = {
    "صباحا": "MO", "فجرا": "MO", "ظهرا": "MI", "عصرا": "AF", "مساء": "EV", "ليلا": "NI",
}  # fmt: skip

# Part of a period: نهاية العام, مطلع الشهر, منتصف 2015; and its TIMEX3 mod.
PERIOD_PARTS = {
    **dict.fromkeys(("بداية", "بدايه", "مطلع", "اوائل", "مستهل"), "START"),
    **dict.fromkeys(("منتصف", "اواسط", "وسط"), "MID"),
    **dict.fromkeys(("نهاية", "نهايه", "اواخر", "ختام", "اخر"), "END"),
}

# Words that start with ال but are no noun: after بداية العام, منذ بداية الأسبوع إلى.
NOT_NOUNS = {"الي", "الا", "التي", "الذي", "الذين", "اللتين", "اللذين"}
# A four-digit clock time (الساعة 0621) needs its time zone after it.
CLOCK_ZONE = ("بتوقيت", "ت.غ", "جرينتش", "غرينتش", "جمت", "GMT")

# Prepositions that make a quantity of time an expression, and how.
SINCE, AGO, AFTER, WITHIN = "منذ", "قبل", "بعد", "خلال"
# Words before a bare quantity that make it a duration: لمدة أسابيع, على مدى سنوات.
# Also the verbs of time passing: لم تمض ساعات, لم يبق سوى أيام.
DURATION_LEADS = {"مدة", "مده", "مدته", "مدتها", "طوال", "طيلة", "مدي", "عبر", "لفترة", "تمض",
                  "يمض", "مضت", "مضي", "سوي"}  # fmt: skip
# Before ب + a quantity, the quantity is how long before or after: وبعده بعام, ومات
# بعدها بيوم, وقبل أن تنتهي المباراة بدقيقة (looked for a few words back).
BEFORE_AFTER = {"بعد", "بعده", "بعدها", "بعدهم", "بعدهما", "قبل", "قبله", "قبلها", "قبلهم",
                "قبلهما", "قبيل", "بعيد"}  # fmt: skip
# A single unit with these after it is counted: لعام واحد, عام كامل.
ONE = {"واحد", "واحدة", "واحدا", "كامل", "كاملا", "كاملة"}
# Approximations before a quantity: أكثر من عامين, نحو ثلاث سنوات.
APPROXIMATIONS = {
    "اكثر من", "اقل من", "نحو", "حوالي", "حوالى", "قرابة", "زهاء", "ما يقارب", "ما يزيد عن",
    "ما يزيد علي", "ما لا يقل عن", "لا يقل عن", "لا تقل عن",
}  # fmt: skip
# Approximations after a quantity: قبل عام تقريبا, قبل عشرين سنة وأكثر.
TRAILING_APPROXIMATIONS = {"تقريبا", "واكثر"}
# The TIMEX3 mod of an approximation; the rest (نحو, حوالي, قرابة, تقريبا) are APPROX.
APPROXIMATION_MODS = {
    "اكثر من": "MORE_THAN", "ما يزيد عن": "MORE_THAN", "ما يزيد علي": "MORE_THAN",
    "اقل من": "LESS_THAN", "ما لا يقل عن": "EQUAL_OR_MORE", "لا يقل عن": "EQUAL_OR_MORE",
    "لا تقل عن": "EQUAL_OR_MORE", "واكثر": "EQUAL_OR_MORE",
}  # fmt: skip
# Before بعد + a quantity, the quantity counts from another event: ثم بعد أسبوعين قام.
NARRATIVE_THEN = {"ثم"}
# A verb with these is in the future (سنخوض, سيتم): وبعد يوم سنخوض counts from now.
FUTURE_PREFIXES = ("سي", "ست", "سن", "سا")
# A year or month of these is a named period, not a length of time: سنة دراسية, عام مالي.
NAMED_PERIODS = {"دراسي", "دراسية", "مالي", "مالية", "هجري", "هجرية", "ميلادي", "ميلادية"}
VAGUE_COUNTS = {"عدة", "بضعة", "بضع"}
VAGUE_ADJECTIVES = {"قليلة", "قليله", "معدودة", "معدوده", "طويلة", "طويله", "عديدة", "عديده",
                    "كثيرة", "قليلا", "معدودات", "القليلة", "عدة", "قلائل"}  # fmt: skip

SET_ADVERBS = {
    "سنويا": "P1Y", "شهريا": "P1M", "اسبوعيا": "P1W", "يوميا": "P1D", "ساعيا": "PT1H",
}  # fmt: skip
EVERY = "كل"
# كل عام وأنتم بخير is a greeting, not a frequency.
GREETING_AFTER = {"وانتم", "وانت", "وانتن", "وانتما", "وانتي", "وهم"}
# سنة تلو الأخرى, عاما بعد آخر.
ONE_AFTER_ANOTHER = {"تلو", "بعد"}
ANOTHER = {"الاخري", "الاخر", "اخر", "اخري"}

VAGUE_ADVERBS = {
    "الان": "PRESENT_REF", "حاليا": "PRESENT_REF", "مؤخرا": "PAST_REF", "سابقا": "PAST_REF",
    "لاحقا": "FUTURE_REF", "قريبا": "FUTURE_REF", "اخيرا": "PAST_REF",
    "مستقبلا": "FUTURE_REF",
}  # fmt: skip
# وقت سابق, الوقت الحالي, المستقبل القريب, الماضي (the noun).
VAGUE_PHRASES = {
    "وقت سابق": "PAST_REF", "وقت لاحق": "FUTURE_REF", "الوقت الحالي": "PRESENT_REF",
    "الوقت الراهن": "PRESENT_REF", "الوقت الحاضر": "PRESENT_REF", "المستقبل": "FUTURE_REF",
    "المستقبل القريب": "FUTURE_REF", "المستقبل البعيد": "FUTURE_REF", "الماضي": "PAST_REF",
    "القريب العاجل": "FUTURE_REF", "قبل قليل": "PAST_REF", "بعد قليل": "FUTURE_REF",
    "اوقات سابقة": "PAST_REF", "قادم الايام": "FUTURE_REF",
}  # fmt: skip
# Nouns for the past, present and future: in في/من/إلى الماضي, or two or more joined by و
# (آفاق الماضي والحاضر والمستقبل). في السابق is "previously".
TIME_NOUNS = {"الماضي": "PAST_REF", "الحاضر": "PRESENT_REF", "المستقبل": "FUTURE_REF"}
TIME_NOUN_LEADS = {"في", "من", "الي"}
# An indefinite فترة: منذ فترة, قبل فترة (PAST_REF), لفترة مقبلة (FUTURE_REF).
SOME_TIME = {"فترة", "فتره"}
SOME_TIME_LENGTHS = {"طويلة", "طويله", "قصيرة", "قصيره", "وجيزة", "وجيزه", "ليست"}
# Words that put a plain weekday later in the sentence in the future:
# من المقرر أن يبحث … يوم الثلاثاء, سيتم الرصد … فجر يوم الخميس.
FUTURE_MARKERS = {"سوف", "المقرر", "المزمع", "سيتم", "ستتم", "سيقام", "ستقام", "سيعقد",
                  "ستعقد"}  # fmt: skip
SENTENCE_ENDS = {".", "؟", "!", "؛"}

YEAR_NOUNS = {"عام", "العام", "سنة", "السنة", "عامي", "سنتي"}
GREGORIAN_ERA = {"م", "ميلادي", "ميلادية", "للميلاد"}
HIJRI_ERA = {"ه", "هجري", "هجرية", "للهجرة"}
# A bare year is a model, not a time, right after these (موديل 2011) or a few words after
# a car (سيارة ميتسوبيشي لانسر 2011) with no preposition between.
MODEL_BEFORE = {"موديل", "طراز", "موديلات"}
CARS = {"سيارة", "سياره", "سيارته", "سيارتها", "مركبة", "مركبه"}
# A clock hour after these is a watch or an hour's price: سعر الساعة الواحدة.
NOT_CLOCK_BEFORE = {"سعر", "ثمن", "قيمة", "تكلفة", "اسعار"}
# A quantity or date after these is part of a name: أبو قرنين.
NAME_BEFORE = {"ابو"}
# Duals that are mostly names alone (the tribe شهران): a duration only after a lead word.
NAME_DUALS = {"شهران"}
# A bare four-digit number followed by these counts things, it is not a year.
COUNTED_AFTER = {
    "ريال", "ريالا", "دولار", "دولارا", "يورو", "جنيه", "درهم", "دينار", "شخص", "شخصا",
    "طن", "متر", "مترا", "كيلو", "كيلومتر", "حالة", "طالب", "طالبة", "موظف", "عامل",
    "جندي", "مقاتل", "وحدة", "سيارة", "منزل", "مريض", "حاج", "حاجا", "مشارك", "لاعب",
    "نقطة", "مشروع", "وظيفة", "الف", "مليون", "مليار", "عام", "عاما", "سنة", "يوم", "يوما",
    "ساعة", "دقيقة", "صوت", "صوتا", "مرة", "ضعف",
}  # fmt: skip
# Words that license an ambiguous month name on its own: في مارس, منذ أيار.
MONTH_LEADS = {"في", "منذ", "حتي", "خلال", "شهر", "شهري", "اواخر", "اوائل", "مطلع", "منتصف",
               "نهاية", "بداية", "الي", "قبل", "بعد", "مستهل", "اواسط"}  # fmt: skip
# Month names that are also common words or names (آب father, مارس practised, رمضان a name).
# يوليه is also a verb (يوليه اهتمامه, gives it attention).
AMBIGUOUS_MONTHS = {"مارس", "ماي", "اب", "ايار", "نيسان", "جوان", "اوت", "تموز", "مايس", "يوليه"}

LINKS = {"الموافق", "الموافقة", "والموافق"}


@cache
def months() -> dict[tuple[str, str], int]:
    """(normalised name, calendar) → month number; calendar is gregorian or hijri."""
    text = resources.files("marsad.resources").joinpath("time_months.tsv").read_text("utf-8")
    table = {}
    for line in text.splitlines():
        if line and not line.startswith("#"):
            name, number, calendar = line.split("\t")
            table[(name, calendar)] = int(number)
    return table
