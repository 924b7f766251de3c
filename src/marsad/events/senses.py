"""Trigger words that name no event here: another sense (تظاهر بـ "pretend",
تحرير الأسعار), an anaphor (هذه المظاهرة), a topic with no party (الاتفاق), or the
act a request, threat or agreement names (طالبوا بتوقيف, اتفقوا على أن يطهروا)."""

from __future__ import annotations

from marsad.document import Place, Token
from marsad.entities.gazetteer import Match, definite, token_stem
from marsad.events.arguments import (
    CASUALTY,
    DESCRIBING_VERBS,
    NUMBER_WORDS,
    QUOTES,
    RELATIVES,
    RESPONSIBILITY,
    has_preposition,
    has_suffix,
)
from marsad.events.triggers import Trigger

# Every word list here holds stems: normalised, without clitics or the article.
# Words of making an agreement: وقع الطرفان الاتفاق, توصلوا إلى الاتفاق, توقيع
# الاتفاق, تم الاتفاق على (it was agreed).
DEAL_VERBS = frozenset(
    {"وقع", "وقعت", "يوقع", "توقع", "وقعا", "ابرم", "ابرمت", "يبرم", "توصل", "توصلت",
     "توصلا", "توصلوا", "يتوصل", "التوصل", "توقيع", "ابرام", "اقر", "اقرت",
     "تم", "يتم", "جري"}
)  # fmt: skip
DEAL_WINDOW = 6  # ووقعت إيران والقوى الكبرى الاتفاق
LIGHT_NOUNS = frozenset({"شن", "تنفيذ", "قيام", "تسجيل"})  # هدد بشن هجمات, دعت لتسجيل احتجاج
# An act in a clause of أن after an agreement or a request is what was agreed or asked
# (تم الاتفاق على أن يطهر الأميركيون الرقة وأن يتولى الروس مهمة تطهير دير الزور),
# not an act that happened: أن at most CLAUSE_WINDOW tokens before the act, the
# agreement or request at most AGREED_WINDOW tokens before it.
CLAUSE_WINDOW = 5
NOT_CONTENT = frozenset({"بعد", "قبل", "منذ", "في", "رغم", "بسبب", "حين", "لمجرد"})
# Words after تظاهرة that make it a festival or show, not a demonstration; and, a few
# words around it, words of a festival's editions and audience (الدورة المقبلة من
# تظاهرة أيام قرطاج السينمائية, جمهور التظاهرة).
FESTIVAL = frozenset(
    {"ثقافيه", "اقتصاديه", "فنيه", "رياضيه", "سياحيه", "علميه", "تراثيه", "تسويقيه", "ادبيه",
     "اجتماعيه", "احتفاليه"}
)  # fmt: skip
FESTIVAL_AFTER = FESTIVAL | {"سينمائيه", "سينمائي", "مسرحيه", "موسيقيه", "مهرجان", "مهرجانات",
                              "معارض", "قمه"}  # fmt: skip
FESTIVAL_BEFORE = frozenset({"دوره", "جمهور", "مهرجان", "فعاليات"})
FESTIVAL_WINDOW = 3
SQUARES = frozenset({"ساحه", "ميدان", "دوار"})  # ساحة التحرير, ميدان التحرير: places
# Protest words that take another sense before ب + a thing: يتظاهر بالشجاعة (pretends),
# الاعتصام بحبل الله (holds fast to), الاحتجاج بالحديث (cites as proof).
PROTEST_WITH_BA = ("تظاهر", "تظاهرنا", "تظاهرون", "اعتصام", "احتج", "احتجاج")
# Where a protest is held: اعتصام بساحة التحرير, تظاهروا بميدان ...
LOCATIVES = frozenset({"ساحه", "ميدان", "شارع", "شوارع", "مدينه", "وسط", "محيط", "مقر"})
# Demonstratives before an event noun: an anaphor of an event already told.
ANAPHORS = frozenset({"هذه", "هذا", "تلك", "ذلك", "هاتين", "هذين"})
# Ground that is taken (تحرير مدينة عدن): without it تحرير is freeing prices or people.
TERRITORY = frozenset(
    {"مدينه", "مدن", "منطقه", "مناطق", "محافظه", "محافظات", "مديريه", "مديريات", "بلده",
     "بلدات", "قريه", "قري", "مواقع", "موقع", "حي", "احياء", "ريف", "مطار", "قاعده",
     "جبل", "جبهه", "ارض", "اراضي", "الاراضي", "مدينتي", "مديريتي", "ميناء", "معسكر"}
)  # fmt: skip
OBJECT_WINDOW = 20  # tokens after a verb in which its object is looked for
GRIP_WINDOW = 6  # تحرير محافظتي أبين ولحج من قبضة ...
# Taking ground told by a verb: سيطرت المقاومة على مدينة الحوطة, استعادت القوات عدن; in
# the imperfect (تسيطر على, التي يسيطر عليها) it tells who holds it, no event.
CONTROL_PAST = ("سيطر", "استعاد")
CONTROL_IMPERFECT = tuple(p + s for p in "يتن" for s in ("سيطر", "ستعيد"))
# The innocent in general, as the object of a killing no one is named doing.
GENERIC_VICTIMS = frozenset(
    {"نفس", "انفس", "ارواح", "ابرياء", "امنين", "معصومه", "بريئه", "بشر"}
)  # fmt: skip
GENERIC_WINDOW = 2
# هجوم/هاجم with words of speech near it and none of arms: a verbal attack.
ATTACK_WORDS = ("هجوم", "هجمات", "هاجم", "يهاجم", "تهاجم", "مهاجمه")
SPEECH = frozenset(
    {"قائلا", "قائله", "متهما", "متهمه", "واصفا", "واصفه", "تصريحات", "تصريحاته", "خطاب",
     "مقال", "مقاله", "قصيده", "تغريده", "تغريدات", "انتقاد", "انتقادات", "لفظي", "لاذع",
     "معتبرا", "معتبره", "العلني", "الشخصي", "الاعلامي", "سخر", "ساخرا", "تهكم", "متهكما"}
)  # fmt: skip
ARMS = frozenset(
    {"مسلح", "مسلحه", "مسلحون", "مسلحين", "صاروخي", "صواريخ", "قذائف", "انتحاري", "بسلاح",
     "سلاح", "اسلحه", "جوي", "جويه", "قوات", "جيش", "عسكري", "عسكريه", "ارهابي",
     "ارهابيه", "قنبله", "عبوه", "مفخخه", "رصاص", "نار", "جرحي", "اصابه", "مصابين"}
)  # fmt: skip
SPEECH_WINDOW = 10
# طالب is a student after a count (35 ألف طالب, كل طالب, مقتل طالب) or before these.
COUNTING = frozenset({"الف", "كل", "مقتل", "عدد", "اي", "حياته"})
STUDENT_NEXT = frozenset(
    {"وطالبه", "طالبه", "جامعي", "جامعيه", "مبتعث", "بكليه", "بجامعه", "دكتوراه",
     "ماجستير", "بكالوريوس", "دراسات"}
)  # fmt: skip
PRAYER_WINDOW = 4  # دعا إمام الجامع الله: the one prayed to, after the one praying
PLURALS_IN_I = frozenset({"اهالي", "مواطني", "اراضي", "ضواحي", "نواحي", "اغاني"})
# شارك and مشاركة take part in anything (a conference, a match, a festival); they
# tell cooperation only when what is joined is a common undertaking of arms or state.
JOINED_UNDERTAKINGS = frozenset(
    {"تحالف", "عمليات", "عمليه", "حرب", "غارات", "ضربات", "حمله", "جهود", "مفاوضات",
     "قوات", "مناورات", "تدريبات"}
)  # fmt: skip
JOINED_WINDOW = 3
# Words after a meeting noun that name whom it was with: اجتماعا مع, الاجتماع المشترك.
COUNTERPART_WORDS = frozenset(
    {"مع", "بين", "مشترك", "مشتركه", "ثنائي", "ثنائيا", "ثلاثي", "ثلاثيه", "ضم", "جمع", "حضر"}
)  # fmt: skip
# ب after a meeting that names no counterpart: برئاسة, بحضور, بمقر الوزارة, بشأن.
NOT_COUNTERPART = frozenset(
    {"رئاسه", "حضور", "مقر", "ديوان", "شان", "خصوص", "مشاركه", "مدينه", "قاعه"}
)  # fmt: skip
COUNTERPART_WINDOW = 6
# Words near عقوبات that make them a law's or a league's penalties: المخالفين, الغرامات.
OFFENDERS = frozenset(
    {"مخالفين", "مخالف", "مخالفه", "يخالف", "غرامات", "غرامه", "متسببين", "متورطين",
     "رادعه", "منصوص", "لاعبي", "لاعبين", "مروجين"}
)  # fmt: skip
PENALTY_WINDOW = 4
DEAL_NAMES = frozenset({"اتفاقيه", "اتفاقيات", "اتفاق", "مذكره", "بروتوكول", "برتوكول"})
# Words before an act named as what is fought or dried up, in general: مكافحة تمويل
# الإرهاب, تجفيف تمويله (not مصادر: مصادر القصف tells where shelling came from).
FOUGHT_AGAINST = frozenset({"مكافحه", "تجفيف"})
# What a danger, not a threat made, endangers: يهدد السلام والأمن, تهديد استقرار البلاد.
ENDANGERED = frozenset(
    {"امن", "سلام", "سلم", "استقرار", "مستوي", "مصداقيه", "دور", "صمود", "وحده",
     "اقتصاد", "مستقبل", "حياه", "سلامه", "مصالح"}
)  # fmt: skip
POSING = frozenset({"يشكل", "تشكل", "يمثل", "تمثل", "اكبر"})  # يشكل أكبر تهديد
BLAME_WINDOW = 6  # حمل المسؤول حزب العمال مسؤولية الهجوم: حمل blames when مسؤولية follows
# طلب after these is economic demand: تراجع الطلب, تلبية الطلب, حسب طلب الزبون.
DEMAND_BEFORE = frozenset({"تراجع", "ارتفاع", "انخفاض", "تلبيه", "زياده", "حسب", "نمو"})
# An application filed (تقديم طلب قبول, تسجيل طلب للحصول على البراءة), a demand for a
# product (طلب مرتفع, الأكثر طلبا): no one asks anyone to act.
APPLICATION_BEFORE = frozenset({"تقديم", "تسجيل", "اكثر"})
APPLICATION_AFTER = frozenset({"قبول", "ترخيص", "توظيف", "حصول", "لجوء", "مرتفع", "متزايد"})
# Killed that are no people: قتل الحيوانات المنوية, قتل أسد, قتل طموحهم, قتل الديمقراطية.
NOT_PEOPLE = frozenset(
    {"حيوانات", "حيوان", "اسد", "ثور", "خراف", "كلاب", "طيور", "بعوض", "حشرات", "وقت",
     "طموح", "ديمقراطيه", "فرحه", "امل", "ابداع", "روح", "حلم", "احلام"}
)  # fmt: skip
# وصف ... بأنه عمل إجرامي: describing (DESCRIBING_VERBS) is an accusation only in words
# of scorn: stems starting so, or the word شر (محور الشر).
SCORN = ("ارهاب", "اجرام", "مجرم", "جبان", "غادر", "همجي", "وحشي", "كارث", "فاشل", "مخادع",
         "غوغائ", "مفسد", "عدوان", "استفزاز", "عنصري", "خيان", "خائن", "متطرف", "ضال",
         "باغي", "منكر", "بربري", "خسيس", "ظالم", "طائفي", "كاذب", "اكاذيب", "مهزل")  # fmt: skip
EVIL = "شر"
SCORN_WINDOW = 8
# Words that name a crime or a penalty: a killing after them is its name, not an act.
CRIME_WORDS = frozenset({"جريمه", "جرائم", "تهمه", "تهم", "عقوبه", "عقوبات", "قصاصا"})
CRIME_WINDOW = 2
# How a death penalty is carried out, after it: حكم القتل قصاصا, القتل تعزيرا.
PENALTIES = frozenset({"قصاصا", "قصاص", "تعزيرا", "حدا"})
NAMED_CRIMES = (*CASUALTY, "اعدام", "اعتداء")  # the acts a charge or penalty names
# Words that voice a protest rather than hold one: معبرا عن الاحتجاج, صيحات احتجاج.
VOICING = frozenset(
    {"عبر", "عبرت", "معبرا", "معبره", "اعرب", "اعربت", "ابدي", "ابدت", "صيحات", "صيحه"}
)  # fmt: skip
VOICING_WINDOW = 2
# Concern is disapproval (ACCUSE) only when voiced: تعبر عن قلقها, تبدي المنظمات قلقا.
CONCERN_VOICING = VOICING | {"تعبر", "يعبر", "تبدي", "يبدي", "تعرب", "يعرب", "اعربوا", "عبروا"}
CONCERN_WINDOW = 3
GOD = frozenset({"الله", "المولي", "ربه", "الباري"})
# Tokens as normalised (ة kept): داعيا للشهداء بالرحمة, a prayer for them.
BLESSINGS = frozenset({"بالرحمة", "بالمغفرة", "بالشفاء", "بالتوفيق", "بالنصر"})
PROTEST_STEMS = ("تظاهر", "مظاهر", "احتجاج", "اعتصام", "متظاهر", "محتج", "مسيره", "مسيرات")
PRICE_BEFORE = frozenset({"ب", "اي", "دفع", "يدفع", "تدفع", "يدفعون", "ندفع"})
LEGAL = frozenset({"قانونيه", "قضائيه", "دبلوماسيه"})  # احتجاجات قانونية: in court
# Verbs that tell an outcome: أسفر الهجوم عن مقتل, ما أدى لمقتل. A death told as the
# outcome of something already told (an attack, a riot, a fire) is not an event of its own.
OUTCOME_VERBS = frozenset(
    {"اسفر", "اسفرت", "يسفر", "تسفر", "ادي", "ادت", "يؤدي", "تؤدي", "اوقع", "اوقعت", "يوقع",
     "خلف", "خلفت", "حصد", "حصدت", "تسبب", "تسببت", "نجم"}
)  # fmt: skip
OUTCOME_WINDOW = 2  # أسفر عن مقتل, أدى إلى مقتل
# Words that put a death in the attack it happened in: قتلوا في تفجير, نتيجة قصف.
CIRCUMSTANCE = frozenset({"في", "خلال", "جراء", "نتيجه", "اثر", "اثناء"})
DIED_IN_WINDOW = 6  # tokens from the death to the word that puts it in an attack
DEAD = ("قتيل", "قتلي")  # قتيلا, قتلى (ى folded to ي), القتلى without its article
# Words that count the dead before قتيلا, قتلى: a number, or these.
TOLLS = NUMBER_WORDS | {"الاف", "الف", "الفا", "عشرات", "مئات", "اثنين", "اربعه", "خمسه"}
# Words between an attack noun and the verb of targeting that describes it: الهجوم الذي
# استهدف ليلا مركز شرطة.
DESCRIBING = frozenset({"الذي", "التي", "الذين", "امس", "ليلا", "اليوم", "فجر", "صباح", "مساء"})
ADJECTIVES_WINDOW = 2
# Plans that aim at something: حملة تستهدف, مشروع يستهدف أداء النسك (not an attack).
AIMS = frozenset(
    {"حمله", "حملات", "مشروع", "خطه", "خطط", "برنامج", "برامج", "سياسه", "مبادره", "اجراءات",
     "مبادرات", "دراسه", "خطاب", "ورشه"}
)  # fmt: skip
# Goals aimed at, right after استهدف: تستهدف رفع معدل الادخار, يستهدف مراقبة المصلين.
GOALS = frozenset(
    {"رفع", "اشعال", "مراقبه", "زياره", "تعزيز", "تطوير", "تحقيق", "توفير", "تنميه", "زياده",
     "خفض", "تقليل", "ايجاد", "استقطاب"}
)  # fmt: skip
AIMED = AIMS | GOALS  # right after استهدف: تستهدف الحملة زيارة, تستهدف رفع معدل الادخار
TOPIC_TYPES = frozenset({"AGREE", "CONSULT", "COOPERATE", "SUPPORT", "AID"})


def introduced_act(match: Match, tokens: list[Token], stems: list[str]) -> bool:
    """Is the trigger the object of a preposition: بتوقيف, إلى اعتقال, تحرض على إحراق,
    or of a light verb's noun that is (بشن هجمات)?"""
    attached = any(s.kind == "preposition" for s in tokens[match.start].segments)
    if match.start > 0 and stems[match.start - 1] in LIGHT_NOUNS:
        attached = any(s.kind == "preposition" for s in tokens[match.start - 1].segments)
    return attached or (match.start > 0 and stems[match.start - 1] in ("الي", "علي"))


def content_clause(stems: list[str], start: int, end: int) -> bool:
    """Is there a أن between ``start`` and ``end`` that opens what was agreed or asked
    (على أن, وأن), not a time or a cause (بعد أن قتل, بسبب أن)?"""
    return any(
        stems[i] == "ان" and (i == 0 or stems[i - 1] not in NOT_CONTENT) for i in range(start, end)
    )


def topic(trigger: Trigger, match: Match, tokens: list[Token], stems: list[str]) -> bool:
    """Asked of a trigger with no party named: a verbal noun of talks, deals or help
    (الاتفاق, التعاون, المشاركة, الزيارة) is nearly always a topic, not an event; so is
    القتل, the name of a crime (اتهامات من بينها القتل, جرائم القتل); and so is killing
    told of the innocent in general, as sermons and statements do (قتل النفس البريئة,
    تمعن في قتل أنفس بريئة)."""
    if trigger.type in TOPIC_TYPES and trigger.kind in ("noun", "noun-patient"):
        return True
    if trigger.type != "ASSAULT":
        return False
    token = tokens[match.start]
    if definite(token) and token_stem(token) == "قتل":
        return True
    return bool(GENERIC_VICTIMS.intersection(stems[match.end : match.end + GENERIC_WINDOW]))


def verbal_attack(trigger: Trigger, match: Match, stems: list[str]) -> bool:
    """هجوم and هاجم said of words, not arms (جدد هجومه على جماعة الإخوان قائلا, شن
    هجوما قويا على اللاعب): disapproval, as the coded sets code it, told by words of
    speech around it and no word of arms or of the fallen."""
    if trigger.type != "ASSAULT" or not stems[match.start].startswith(ATTACK_WORDS):
        return False
    near = stems[max(0, match.start - SPEECH_WINDOW) : match.end + SPEECH_WINDOW]
    if not SPEECH.intersection(near) or ARMS.intersection(near):
        return False
    return not any(stem.startswith(CASUALTY) for stem in near)


def _crime_name(trigger: Trigger, match: Match, stems: list[str]) -> bool:
    """A killing or assault named as a crime or a penalty, not told as done: بجريمة قتل
    المبتعث, جرائم متراكبة قتل وزنى, بتهمة القتل, عقوبات تصل إلى الإعدام, تنفيذ حكم
    القتل قصاصا (a sentence carried out); not a bombing (جريمة التفجير حدثت ...), which
    is told."""
    if trigger.type != "ASSAULT" or not stems[match.start].startswith(NAMED_CRIMES):
        return False  # جريمة التفجير is a bombing told, as a crime
    before = stems[max(0, match.start - CRIME_WINDOW) : match.start]
    after = stems[match.end : match.end + 1]
    return bool(CRIME_WORDS.intersection(before) or PENALTIES.intersection(after))


def known_deal(trigger: Trigger, match: Match, tokens: list[Token], stems: list[str]) -> bool:
    """الاتفاق, الاتفاقية with the article and no verb of making one before it (وقع,
    أبرم, توصل إلى) is an agreement already known to the reader (الاتفاق النووي), a
    topic of the sentence, not one made now."""
    if trigger.type != "AGREE" or trigger.kind == "verb":
        return False
    made = any(
        stem in DEAL_VERBS for stem in stems[max(0, match.start - DEAL_WINDOW) : match.start]
    )
    return definite(tokens[match.start]) and not made


def _a_price(previous: str, token: Token) -> bool:
    """Is ثمن the noun "price": with the article or ب, or after paying or any?"""
    marked = any(s.kind in ("article", "preposition") for s in token.segments)
    return marked or previous in PRICE_BEFORE


def _to_prevent(stem: str, previous: str, token: Token) -> bool:
    """منعا ل, لمنع, ليمنع (ل attached, or apart as in the AFP text): in order to prevent."""
    attached = has_preposition(token, "ل")
    return stem == "منعا" or attached or token.text.startswith("لي") or previous == "ل"


def _a_duty(match: Match, tokens: list[Token], stems: list[str]) -> bool:
    """كتفريق المظاهرات: "such as dispersing protests", a duty listed, no protest held
    (the clitic lexicon may leave كتفريق whole)."""
    if match.start == 0 or stems[match.start - 1] not in ("تفريق", "كتفريق"):
        return False
    before = tokens[match.start - 1]
    return before.text.startswith("ك") or any(s.norm == "ك" for s in before.segments)


def other_sense(
    trigger: Trigger, match: Match, tokens: list[Token], stems: list[str], places: list[Place]
) -> bool:
    """A trigger word read in a sense that is no event, told by its neighbours:
    يتظاهر بالعلم (pretends), الاعتصام بحبل الله (holds fast to), الاحتجاج بالحديث
    (citing as proof), تقرير صادر عن (issued), شرطة مكافحة الشغب
    (riot police), التظاهرة الثقافية (a festival), تحرير الأسعار (freeing prices,
    not taking ground), طالب the student, الأسر the families, a killing named as a
    crime, an anaphor (هذه المظاهرة) of an event told before, and any event at all
    (أي احتجاجات)."""
    stem = stems[match.start]
    previous = stems[match.start - 1] if match.start > 0 else ""
    following = tokens[match.end] if match.end < len(tokens) else None
    next_stem = stems[match.end] if following else ""
    if trigger.kind != "verb" and previous in ANAPHORS:
        return True
    if trigger.kind != "verb" and previous == "اي":
        return True  # أي احتجاجات, أي اتفاق: any at all, none in particular
    if stem == "ثمن" and _a_price(previous, tokens[match.start]):
        return True  # يدفع الثمن, بثمن بخس, بأي ثمن: a price (ثَمَن), not valued (ثمّن)
    if stem.startswith("منع") and _to_prevent(stem, previous, tokens[match.start]):
        return True  # لمنع تكرار الكارثة, منعا للاستغلال: a purpose, nothing banned
    if trigger.type == "ACCUSE" and stem.startswith("قلق"):
        before = stems[max(match.start - CONCERN_WINDOW, 0) : match.start]
        return not CONCERN_VOICING.intersection(before)  # يعي القلق, يشعر بقلق: a feeling
    if trigger.type == "AGREE" and trigger.kind == "noun" and previous == "مشروع":
        return True  # مشروع اتفاقية: a draft, named by whoever approves or discusses it
    if trigger.type == "COOPERATE" and previous in DEAL_NAMES:
        return True  # اتفاقية تعاون, مذكرة تفاهم وتعاون: the deal's name, told by the deal
    if trigger.kind != "verb" and previous in FOUGHT_AGAINST:
        return True  # مكافحة تمويل الإرهاب: what is fought, in general
    if trigger.type == "THREATEN" and _a_danger(match, stems):
        return True  # يهدد السلام والأمن, التهديد الذي يمثله التنظيم: a danger, no threat made
    if trigger.type == "SANCTION" and trigger.kind == "noun" and _a_penalty(match, stems):
        return True  # العقوبات الرادعة بحق المخالفين: penalties for offenders, not sanctions
    if stem == "تهم" and previous in RELATIVES | {"ما"}:
        return True  # الأمور التي تهم الجانبين: matters that concern them (تَهُمّ), no charges
    if stem.startswith("اجتماع") and not _with_a_counterpart(match, tokens, stems):
        return True  # حضر الاجتماع, اجتماع اللجنة التنفيذية: a body's own session
    if stem == "صادر" and next_stem in ("عن", "من"):
        return True  # تقرير صادر عن الوزارة: issued, not confiscated
    if stem == "استدعاء" and trigger.type == "SANCTION" and not has_suffix(tokens[match.end - 1]):
        # استدعاء السفير الإيراني: another's envoy summoned, not one's own (سفيرها) recalled
        return True
    if _crime_name(trigger, match, stems):
        return True  # بجريمة قتل المبتعث
    if trigger.type == "ACCUSE" and stem.startswith(DESCRIBING_VERBS):
        ahead = stems[match.end : match.end + SCORN_WINDOW]
        return not any(s.startswith(SCORN) or s == EVIL for s in ahead)  # وصفها بالناجحة
    if stem.startswith(CASUALTY) and next_stem in NOT_PEOPLE:
        return True  # قتل الحيوانات, قتل طموحهم: no one was killed
    if "ستهدف" in stem and (stems[_noun_before(match, stems)] in AIMS or next_stem in AIMED):
        return True  # حملة تستهدف المحرضين, تستهدف الحملة زيارة 170 مشغلا: an aim, no attack
    if trigger.type == "REQUEST" and _a_protests_demand(stem, tokens[match.start], stems):
        return True  # خرج المتظاهرون للمطالبة بمحاسبة الفاعل: why the protest was held
    if trigger.type == "REQUEST" and _no_request(stem, previous, next_stem, tokens, match):
        return True
    if trigger.type == "COOPERATE" and "شارك" in stem:
        ahead = stems[match.end : match.end + JOINED_WINDOW]
        return not JOINED_UNDERTAKINGS.intersection(ahead)  # شارك في مؤتمر: attended
    if trigger.type == "ACCUSE" and stem.startswith(("حمل", "يحمل", "تحمل")):
        ahead = stems[match.end : match.end + BLAME_WINDOW]
        return not RESPONSIBILITY.intersection(ahead)  # حمل حقيبة: carried, no blame
    if stem == "اسر" and _families(tokens[match.start], following, next_stem):
        return True  # الأسر المنتجة, أسرهم, لأسر الشهداء: families (أُسَر), not a capture
    if trigger.type == "PROTEST":
        if stem.endswith(PROTEST_WITH_BA) and _with_a_thing(following, next_stem, places):
            return True
        if previous in ("مكافحه", "مقاومه") or _a_duty(match, tokens, stems):
            return True  # شرطة مكافحة الشغب, مقاومة الاعتصام: what a force is for
        return next_stem in FESTIVAL or _festival(match, stems)
    if stem.startswith(CONTROL_IMPERFECT):
        return True  # تسيطر على, يستعيد: control held, no ground taken
    if "حرر" in stem or "تحرير" in stem or stem.startswith(CONTROL_PAST):
        if previous in SQUARES:
            return True  # ساحة التحرير: Tahrir Square, a place
        # Ground taken: تحرير مدينة عدن; a verb's object follows its subject
        # (وحررت قوات الجيش مديريتي كرش).
        if _ground_taken_from(match, tokens, stems):
            return False
        reach = match.end + (OBJECT_WINDOW if trigger.kind == "verb" else 2)
        ahead = range(match.end, min(reach, len(tokens)))
        if not ahead:
            return True
        start, end = tokens[ahead[0]].start, tokens[ahead[-1]].end
        return not (
            any(stems[i] in TERRITORY for i in ahead) or any(start <= p.start < end for p in places)
        )
    return False


def _a_danger(match: Match, stems: list[str]) -> bool:
    """Is تهديد a danger to something abstract (يهدد السلام والأمن, تهديد الأمن القومي,
    يهددون مستوى المعيشة) or one posed (التهديد الذي يمثله التنظيمان, يشكل أكبر تهديد),
    not a threat someone made to act (هدد حزب العمال بقطع الهدنة)?"""
    following = stems[match.end : match.end + 2]
    endangered = bool(following) and following[0] in ENDANGERED
    posed = following[:1] in (["الذي"], ["التي"]) and following[1:2] in (["يمثل"], ["يشكل"])
    before = stems[max(0, match.start - 2) : match.start]
    return endangered or posed or any(stem in POSING for stem in before)


def _a_penalty(match: Match, stems: list[str]) -> bool:
    """Are عقوبات the penalties of a law or a league (تطبيق العقوبات الرادعة بحق
    المخالفين, فرض العقوبات والغرامات, عقوبات على لاعبي النصر), told by the offenders or
    fines named near them? Sanctions are one state's or body's measures on another."""
    near = stems[max(0, match.start - PENALTY_WINDOW) : match.end + PENALTY_WINDOW]
    return any(stem in OFFENDERS for stem in near)


def _with_a_counterpart(match: Match, tokens: list[Token], stems: list[str]) -> bool:
    """Does a meeting noun name whom it was with, just after it (اجتماعا مع, اجتماعه
    برئيس الوزراء, الاجتماع المشترك, اجتماع بين, اجتماع ضم)? Without, it is a body's
    own session or a topic: in the coded sets about 25 of 27 such meetings found were
    no event, against 19 of 40 with a counterpart."""
    for index in range(match.end, min(match.end + COUNTERPART_WINDOW, len(stems))):
        if stems[index] in COUNTERPART_WORDS:
            return True
        if has_preposition(tokens[index], "ب") and stems[index] not in NOT_COUNTERPART:
            return True
    return False


def _families(token: Token, following: Token | None, next_stem: str) -> bool:
    """Is أسر the families (أُسَر), not a capture (أَسْر)? It is with the article or a
    pronoun (الأسر المنتجة, أسرهم), after ل (تعازيه لأسر الشهداء), or before a definite
    noun or أخرى (أسر السجناء, أسر أخرى); a capture is told of a number or of
    whoever was taken (تم أسر 11 مسلحا, أسر مزيد من الرهائن)."""
    if any(s.kind in ("article", "suffix") for s in token.segments) or has_preposition(token, "ل"):
        return True
    return (following is not None and definite(following)) or next_stem == "اخري"


def _ground_taken_from(match: Match, tokens: list[Token], stems: list[str]) -> bool:
    """تحريرها من المليشيات, تحرير لحج من قبضة الحوثيين: a place (the feminine pronoun
    of a city or province) freed from someone's grip."""
    ahead = [s for s in stems[match.end : match.end + GRIP_WINDOW] if s not in QUOTES]
    city = any(s.kind == "suffix" and s.norm == "ها" for s in tokens[match.end - 1].segments)
    return "قبضه" in ahead or (city and ahead[:1] == ["من"])


def describes_an_attack(match: Match, stems: list[str], attack_tokens: frozenset[int]) -> bool:
    """Does استهدف follow an attack noun it describes (الهجوم الذي استهدف مركز شرطة,
    ضربات تستهدف متشددي داعش)? It tells what the attack hit, not another attack."""
    if "ستهدف" not in stems[match.start]:
        return False
    at = _noun_before(match, stems)  # past its adjectives: الهجوم الإرهابي الجبان الذي
    return any(i in attack_tokens for i in range(at - ADJECTIVES_WINDOW, at + 1))


def _noun_before(match: Match, stems: list[str]) -> int:
    """The token a clause at ``match`` describes: before it, past الذي and times."""
    at = match.start - 1
    while at >= 0 and stems[at] in DESCRIBING:
        at -= 1
    return at


def verbal_protest(trigger: Trigger, match: Match, tokens: list[Token], stems: list[str]) -> bool:
    """Is a protest (احتجاج) one voiced, not held: معبرا عن الاحتجاج, احتجاجه على (a
    person's), صيحات احتجاج, احتجاجات قانونية? That is disapproval (ACCUSE), as the
    coding guide's table says; a protest held has a crowd or a place."""
    if trigger.type != "PROTEST" or not stems[match.start].startswith("احتجاج"):
        return False
    before = stems[max(match.start - VOICING_WINDOW, 0) : match.start]
    after = stems[match.end : match.end + 1]
    possessed = any(s.kind == "suffix" for s in tokens[match.start].segments)
    return possessed or bool(VOICING.intersection(before) or LEGAL.intersection(after))


def counted_dead(trigger: Trigger, match: Match, stems: list[str]) -> bool:
    """Are these the dead counted (15 قتيلا, آلاف القتلى): an attack's toll where one is
    told, else the only word for the killing?"""
    counted = match.start > 0 and (
        stems[match.start - 1].isdigit() or stems[match.start - 1] in TOLLS
    )
    return trigger.type == "ASSAULT" and counted and stems[match.start].startswith(DEAD)


def died_in_an_attack(
    trigger: Trigger, match: Match, tokens: list[Token], stems: list[str], attacks: frozenset[int]
) -> bool:
    """Is a death told with the attack it happened in (قتلوا في تفجير قنبلة, مقتل جنديين
    في هجومين, الذين قتلوا نتيجة قصف, قتل بانفجار عبوة)? It is that attack's toll."""
    if trigger.type != "ASSAULT" or not stems[match.start].startswith(CASUALTY):
        return False
    for at in range(match.end, min(match.end + DIED_IN_WINDOW, len(stems))):
        if stems[at] in CIRCUMSTANCE and at + 1 in attacks:
            return True  # في هجوم, نتيجة قصف
        attached = any(s.kind == "preposition" for s in tokens[at].segments)
        if attached and at in attacks:
            return True  # بانفجار, بقصف
    return False


def an_outcome(trigger: Trigger, match: Match, stems: list[str]) -> bool:
    """Is a death told as the outcome of what came before (أسفر عن مقتل)?"""
    before = stems[max(match.start - OUTCOME_WINDOW, 0) : match.start]
    death = stems[match.start].startswith(CASUALTY)
    return trigger.type == "ASSAULT" and death and bool(OUTCOME_VERBS.intersection(before))


def _with_a_thing(following: Token | None, stem: str, places: list[Place]) -> bool:
    """Is the next word ب + a thing (بالشجاعة, بحبل الله), not a place (بساحة التحرير)
    or a crowd (بالآلاف)?"""
    if following is None or stem in LOCATIVES or stem in NUMBER_WORDS:
        return False
    if any(following.start <= p.start < following.end for p in places):
        return False
    return has_preposition(following, "ب")


def _festival(match: Match, stems: list[str]) -> bool:
    """Is a تظاهرة a festival: words of one a few words after or before it?"""
    if not stems[match.start].startswith("تظاهر"):
        return False
    after = stems[match.end : match.end + FESTIVAL_WINDOW]
    before = stems[max(0, match.start - FESTIVAL_WINDOW) : match.start]
    return bool(FESTIVAL_AFTER.intersection(after) or FESTIVAL_BEFORE.intersection(before))


def _a_protests_demand(stem: str, token: Token, stems: list[str]) -> bool:
    """للمطالبة in a sentence that tells a protest: the demand it was held for."""
    purpose = stem == "مطالبه" and (has_preposition(token, "ل") or token.text.startswith("لل"))
    return purpose and any(s.startswith(PROTEST_STEMS) for s in stems)


def _no_request(
    stem: str, previous: str, next_stem: str, tokens: list[Token], match: Match
) -> bool:
    """طالب and طلب in their other senses: a student (طالب سعودي, 35 ألف طالب وطالبة,
    مقتل طالب), economic demand (ارتفاع الطلب على الاسمنت, حسب طلب الزبون, طلب مرتفع),
    an application (تقديم طلب قبول), seeking (طلبا للحماية), and دعا as prayer (دعا
    الله أن ...)."""
    if stem in ("طالب", "طالبا"):
        counted = previous.isdigit() or previous in NUMBER_WORDS or previous in COUNTING
        following = tokens[match.end] if match.end < len(tokens) else None
        nisba = following is not None and _nationality_adjective(following, next_stem)
        return counted or next_stem in STUDENT_NEXT or nisba
    if stem in ("طلب", "طلبا") and (
        previous in APPLICATION_BEFORE or next_stem in APPLICATION_AFTER
    ):
        return True
    if stem == "طلبا" and match.end < len(tokens) and has_preposition(tokens[match.end], "ل"):
        return True  # هرع المتظاهرون طلبا للحماية: seeking it, a purpose
    if stem == "طلب":
        # ... and a source's wish to stay unnamed (المسؤول الذي طلب عدم نشر اسمه)
        unasked = previous in DEMAND_BEFORE or next_stem in ("علي", "مستهلكين", "عدم")
        return definite(tokens[match.start]) or unasked
    ahead = [t.norm for t in tokens[match.end : match.end + PRAYER_WINDOW]]
    # دعا إمام الجامع الله أن ..., داعيا الله تعالى, دعا المولى القدير, داعيا للشهداء
    # بالرحمة: a prayer
    prayer = GOD.intersection(ahead) or BLESSINGS.intersection(ahead)
    return stem.startswith(("دع", "داع")) and bool(prayer)


def _nationality_adjective(token: Token, stem: str) -> bool:
    """سعودي, أمريكي after an indefinite noun: a word of four letters or more ending in
    the nisba ي, without the article (الأهالي in طالب الأهالي is who demands)."""
    nisba = len(stem) >= 4 and stem.endswith("ي") and stem not in PLURALS_IN_I
    return nisba and not definite(token)
