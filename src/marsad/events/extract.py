"""The events stage: triggers, their actors, place, time and modality, per sentence.

For each trigger found (by stem, so وقصفت and القصف both match قصف):
- source and target come from the actor mentions of the sentence, by position:
  a verb's subject follows it (VSO: قصفت الطائرات الروسية ...) or, failing
  that, precedes it (SVO); a verbal noun's doer is the actor in idafa right
  after it (غارات الطيران الروسي) or the actor before it (شن الطيران الروسي
  غارات); the target is the next actor introduced by على/ضد/مع/إلى/ب... (على
  مواقع داعش) or the verb's object; an attribution (حسب تعبير لافروف) supplies a
  missing source;
- the place is the resolved place nearest after the trigger (else before it)
  that is not one of the actors; the time is the nearest time expression in the
  sentence, else the publication date;
- modality comes from the words before the trigger (لم, سوف, قد ...);
- the mode is refined by cue words near the trigger (جوية → aerial).
Triggers inside an actor's name (الحشد in الحشد الشعبي) are skipped, and so are
trigger words in another sense (تظاهر بـ "pretend", تحرير الأسعار), anaphors (هذه
المظاهرة) and the act a REQUEST asks for (طالبوا بتوقيف). Triggers of one sentence
with the same type and compatible actors are one incident, coded with its most
specific trigger (بانفجار عبوة over قتل); joint actors (الجيش والمقاومة) give one
event per code. See docs/coding-guide.md ("One incident, one event").
"""

from __future__ import annotations

import bisect
import functools
from dataclasses import dataclass

import msgspec

from marsad.actors.dictionary import iso3_codes
from marsad.document import (
    Actor,
    Document,
    Event,
    Place,
    Span,
    SpansByStart,
    TimeExpression,
    TimeRef,
    Token,
)
from marsad.entities.gazetteer import Gazetteer, Match, token_stem
from marsad.events.modality import modality_of
from marsad.events.triggers import Trigger

# Words that introduce the one acted upon (or with): على مواقع داعش, ضد, مع ...
TARGET_PREPOSITIONS = frozenset({"علي", "ضد", "مع", "الي", "عن", "بين", "تجاه"})
ATTACHED_PREPOSITIONS = frozenset({"ب", "ل"})  # بالرقة, لداعش
# Words before the speaker of a reported act: حسب تعبير لافروف, قال الوزير ...
ATTRIBUTION = frozenset({"حسب", "بحسب", "وفق", "وفقا", "تعبير", "قال", "قالت", "اكد", "اعلن"})
COMMAS = frozenset({"،", ","})
SUBJECT_WINDOW = 4  # tokens between a verb and its following subject, at most
IDAFA_WINDOW = 1  # tokens between a verbal noun and its doer: إطلاق صواريخ كاليبر الروسية
# Types whose two parties play the same part: with no subject, the first two
# actors after the trigger are the parties (تم الاتفاق على أن يطهر الأميركيون ... الروس).
SYMMETRIC = frozenset({"AGREE", "CONSULT", "COOPERATE"})
SYMMETRIC_WINDOW = 12
# Light verbs that make an actor before a verbal noun its doer: شن الطيران غارات,
# نفذ مسلحون هجوما, نظم العمال اعتصاما. Without one, the actor before a noun is
# usually the subject of another verb (أدانت الجامعة الهجوم), not the doer.
SUPPORT_VERBS = frozenset(
    {
        "شن", "شنت", "يشن", "تشن", "شنوا", "نفذ", "نفذت", "ينفذ", "تنفذ", "نفذوا",
        "قام", "قامت", "يقوم", "تقوم", "اطلق", "اطلقت", "يطلق", "تطلق",
        "نظم", "نظمت", "ينظم", "تنظم", "نظموا", "اجري", "اجرت", "يجري", "تجري",
        "عقد", "عقدت", "يعقد", "تعقد", "وقع", "وقعت", "يوقع", "توقع", "قدم", "قدمت",
        "فرض", "فرضت", "يفرض", "تفرض", "بدا", "بدات", "يبدا", "تبدا", "واصل", "واصلت",
        "اعرب", "اعربت", "يعرب", "تعرب", "ابدي", "ابدت", "يبدي", "تبدي",
        "خاض", "خاضت", "يخوض", "تخوض", "حاول", "حاولت", "يحاول", "تحاول",
        "تمكن", "تمكنت", "يتمكن", "تتمكن", "اعاد", "اعادت", "يعيد", "تعيد",
        "نصب", "نصبت", "ينصب", "تنصب", "نصبوا",  # نصب مسلحون كمينا
    }
)  # fmt: skip
HAMZA_SUFFIXES = ("ئه", "ئها", "ئهم", "ئهما")  # unsplit by the clitic splitter
PRONOUNS = frozenset({"ه", "ها", "هم", "هما", "هن"})  # split off in AFP text: زيارة ه
RELATIVES = frozenset({"الذي", "التي", "الذين", "اللذين", "اللتين", "اللواتي"})
REQUESTED_WINDOW = 4  # tokens from a REQUEST or THREATEN verb to the act it names
LIGHT_NOUNS = frozenset({"شن", "تنفيذ", "قيام", "القيام"})  # هدد بشن هجمات
# An act in a clause of أن after an agreement or a request is what was agreed or asked
# (تم الاتفاق على أن يطهر الأميركيون الرقة وأن يتولى الروس مهمة تطهير دير الزور),
# not an act that happened: أن at most CLAUSE_WINDOW tokens before the act, the
# agreement or request at most AGREED_WINDOW tokens before it.
CLAUSE_WINDOW = 5
NOT_CONTENT = frozenset({"بعد", "قبل", "منذ", "في", "رغم", "بسبب", "حين", "لمجرد"})
AGREED_WINDOW = 15
# Words of quantity between a light verb and its noun: شنت سلسلة جديدة من الضربات.
QUANTITY_WORDS = frozenset(
    {"سلسله", "موجه", "جوله", "عدد", "عددا", "مزيد", "مزيدا", "المزيد", "جديده", "من"}
)
QUANTITY_WINDOW = 4
BEFORE_WINDOW = 6  # tokens between a preceding subject and the trigger, at most
BETWEEN_WINDOW = 6  # المعارك، ليلة السبت، بين ...
SPORT = frozenset(
    {
        "مباراه", "مباريات", "الدوري", "دوري", "نادي", "اندية", "لاعب", "لاعبين", "لاعبي",
        "مدرب", "المدرب", "منتخب", "هدف", "اهداف", "ملعب", "الملعب", "بطوله", "كاس",
        "الموسم", "فريق", "الفريق", "صفقه", "احتراف", "محترف", "انتقالات",
    }
)  # fmt: skip
# Words after تظاهرة that make it a festival or show, not a demonstration.
FESTIVAL = frozenset(
    {"ثقافيه", "اقتصاديه", "فنيه", "رياضيه", "سياحيه", "علميه", "تراثيه", "تسويقيه", "ادبيه"}
)  # fmt: skip
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
# Stems that tell a death, the outcome of an attack rather than the attack: قتل, مقتل.
CASUALTY = ("قتل", "مقتل", "قتيل")
# Nouns of people protesting, and the event they tell when they act.
PROTESTERS = frozenset(
    {"متظاهرون", "متظاهرين", "متظاهر", "محتجون", "محتجين", "معتصمون", "معتصمين"}
)  # fmt: skip
GATHER_VERBS = frozenset(
    {"تجمع", "تجمعوا", "تجمهر", "تجمهروا", "احتشد", "احتشدوا", "خرج", "خرجوا"}
)  # fmt: skip
PROTESTER_TRIGGER = Trigger("PROTEST", "demonstrate", "141", "noun")
# Words of accidents and disasters: deaths there are no attack (حادث مروري, غرق).
ACCIDENT = frozenset(
    {"مروري", "مروريه", "تصادم", "اصطدام", "تحطم", "غرق", "سيول", "زلزال", "دهس", "صعقه"}
)  # fmt: skip
# Words after an unvowelled قتل that make it passive (قُتل في ..., قُتلوا جراء ...).
DEATH_CIRCUMSTANCES = frozenset(
    {"في", "خلال", "جراء", "اثر", "نتيجه", "بعد", "امس", "اليوم", "برصاص", "بنيران", "عندما"}
)  # fmt: skip
# Sectors that make an actor a party to politics (not a player, a club, a company).
POLITICAL_SECTORS = frozenset(
    {"GOV", "MIL", "COP", "REB", "IMG", "IGO", "OPP", "UAF", "JUD", "SPY"}
)
ARMED_SECTORS = frozenset({"MIL", "REB", "IMG", "UAF", "COP"})
DESTROY_PROPERTY = "1712"  # CAMEO: دمر, تدمير
# Of an actor inferred from the event, not read in the text.
IMPLIED_CONFIDENCE = 0.3
TOPIC_TYPES = frozenset({"AGREE", "CONSULT", "COOPERATE", "SUPPORT", "AID"})
HARM = frozenset({"ASSAULT", "COERCE"})
LIGHT_VERB_WINDOW = 12  # التحالف العربي لدعم الشرعية في اليمن، والذي يقوم بشن غارات
NUMBER_WORDS = frozenset(
    {"عشرات", "مئات", "الاف", "اثنين", "ثلاثه", "اربعه", "خمسه", "سته", "سبعه", "ثمانيه",
     "تسعه", "عشره", "عدد", "عددا", "العشرات", "المئات"}
)  # fmt: skip
TARGET_WINDOW = 8
AGENT_WINDOW = 3  # هجوم واسع من قوات النظام: tokens from an attack to من + its doer
COUNTED_WINDOW = 3  # قتل 19 مسلحا من داعش: the counted noun, or the group it is part of
KILLED_WINDOW = 2  # قتل ثلاثة جنود في ...: tokens from قتل to the one killed
MODE_CUES = {
    "aerial": frozenset({"جويه", "جوي", "طيران", "طائرات", "طائره", "مقاتلات", "مروحيات"}),
    "explosives": frozenset({"مفخخه", "ناسفه", "انتحاري", "انتحاريه", "تفجير"}),
    "shelling": frozenset({"صواريخ", "صاروخ", "قذائف", "مدفعي", "مدفعيه", "هاون"}),
    "firearms": frozenset({"رصاص", "النار", "قناص", "قنص"}),
}


@dataclass(frozen=True)
class _Mention:
    """An actor mention placed on the sentence's tokens."""

    actor: Actor
    first: int
    after: int
    introduced: bool  # by a preposition: على مواقع داعش, ضد, بالرقة
    after_support_verb: bool  # شن الطيران الروسي غارات
    passive_agent: bool  # after من قبل, من جانب: the doer of a passive verb
    after_from: bool  # after من: لهجوم واسع من قوات النظام
    after_attribution: bool  # after حسب, قال ...: the speaker
    conjoined: bool  # starts with و: والمقاومة
    attached_lam: bool  # ل on its first word: لطيران التحالف


def _mention(actor: Actor, tokens: list[Token], stems: list[str], starts: list[int]) -> _Mention:
    first = bisect.bisect_right(starts, actor.start) - 1
    before = stems[max(0, first - 2) : first]
    if before[-1:] in (["ان"], ["انه"]):
        before = before[-1:]  # إلى أن المقاومة: أن opens a clause; the preposition is not hers
    attached = any(
        s.kind == "preposition" and s.norm in ATTACHED_PREPOSITIONS for s in tokens[first].segments
    )
    return _Mention(
        actor,
        first,
        bisect.bisect_left(starts, actor.end),
        introduced=attached or any(word in TARGET_PREPOSITIONS for word in before),
        passive_agent=before in (["من", "قبل"], ["من", "جانب"]),
        after_from=before[-1:] == ["من"],
        after_support_verb=any(word in SUPPORT_VERBS for word in before),
        after_attribution=any(word in ATTRIBUTION for word in stems[max(0, first - 3) : first]),
        conjoined=any(s.kind == "conjunction" and s.norm == "و" for s in tokens[first].segments),
        attached_lam=any(s.kind == "preposition" and s.norm == "ل" for s in tokens[first].segments),
    )


def extract_events(doc: Document, triggers: Gazetteer) -> Document:
    token_starts = [t.start for t in doc.tokens]
    all_actors, all_places = SpansByStart(doc.actors), SpansByStart(doc.places)
    all_names = SpansByStart(e for e in doc.entities if e.label != "MISC")
    all_times = SpansByStart(doc.times)
    events: list[Event] = []
    for index, sentence in enumerate(doc.sentences):
        first = bisect.bisect_left(token_starts, sentence.start)
        tokens = doc.tokens[first : bisect.bisect_left(token_starts, sentence.end)]
        stems = [token_stem(t) for t in tokens]
        starts = token_starts[first : first + len(tokens)]
        mentions = [
            _mention(actor, tokens, stems, starts)
            for actor in all_actors.starting_in(sentence.start, sentence.end)
        ]
        places = all_places.starting_in(sentence.start, sentence.end)
        names = all_names.starting_in(sentence.start, sentence.end)
        times = all_times.starting_in(sentence.start, sentence.end)
        found: list[_Found] = []
        if SPORT.intersection(stems) and not any(_political(m.actor) for m in mentions):
            continue  # خط الهجوم, نادي الاتفاق: sport news borrows the words of war and treaties
        request_end = -REQUESTED_WINDOW - 1
        content_end = -AGREED_WINDOW - 1
        for match in triggers.matches(stems):
            if any(m.first <= match.start and match.end <= m.after for m in mentions) or any(
                e.start <= starts[match.start] < e.end for e in names
            ):
                continue  # part of a name: الحشد الشعبي, مجلس التعاون, تدمر (not "destroys")
            if match.start - request_end <= REQUESTED_WINDOW and _introduced(match, tokens, stems):
                continue  # طالبوا بتوقيف, دعا إلى اعتقال: the act asked for is not an event
            if match.start - content_end <= AGREED_WINDOW and _content_clause(
                stems, max(content_end, match.start - CLAUSE_WINDOW), match.start
            ):
                continue  # اتفقوا على أن يطهروا: the act agreed on is not an event
            trigger = _choose_trigger(match, tokens[match.start])
            if trigger is None or _other_sense(trigger, match, tokens, stems, places):
                continue
            if trigger.type == "REQUEST" or (trigger.type == "THREATEN" and trigger.kind == "verb"):
                request_end = match.end  # what is asked or threatened follows
            if stems[match.start] == "احتجاجا" and found and not _has(found, "PROTEST"):
                continue  # قدم شكوى ... احتجاجا على: why another act was done
            # زيارته, or زيارة ه in clitic-split text: a noun with a possessive pronoun
            possessed = (
                any(seg.kind == "suffix" for seg in tokens[match.end - 1].segments)
                or stems[match.end - 1].endswith(HAMZA_SUFFIXES)  # لقائه: ء+ه written ئه
                or (match.end < len(stems) and stems[match.end] in PRONOUNS)
            )
            source, target = _arguments(trigger, match, mentions, stems, possessed)
            if source is None and target is None and _topic(trigger):
                continue
            if trigger.type in ("REQUEST", "AGREE"):
                content_end = match.end
            specificity = _specificity(trigger, tokens[match.start])
            if specificity == 0 and ACCIDENT.intersection(stems):
                continue  # deaths in an accident
            for parties in _joint_parties(trigger, source, target, mentions, stems):
                event = _event(
                    doc,
                    index,
                    tokens,
                    stems,
                    starts,
                    match,
                    trigger,
                    parties,
                    places,
                    times,
                )
                _add_to_incidents(found, _Found(event, specificity))
        if _has(found, "ASSAULT"):
            # دمرت مبان, تدمير نقطة تفتيش: damage told with an attack is part of it
            found = [f for f in found if f.event.cameo != DESTROY_PROPERTY]
        if not _has(found, "PROTEST"):
            protest = _protesters_event(
                doc, index, tokens, stems, starts, mentions, found, places, times
            )
            if protest is not None:
                found.append(_Found(protest, 1))
        events.extend(f.event for f in found)
    doc.events = events
    return doc


def _has(found: list[_Found], type_: str) -> bool:
    return any(f.event.type == type_ for f in found)


def _introduced(match: Match, tokens: list[Token], stems: list[str]) -> bool:
    """Is the trigger the object of a preposition: بتوقيف, إلى اعتقال, or of a light
    verb's noun that is (بشن هجمات)?"""
    attached = any(s.kind == "preposition" for s in tokens[match.start].segments)
    if match.start > 0 and stems[match.start - 1] in LIGHT_NOUNS:
        attached = any(s.kind == "preposition" for s in tokens[match.start - 1].segments)
    return attached or (match.start > 0 and stems[match.start - 1] == "الي")


def _content_clause(stems: list[str], start: int, end: int) -> bool:
    """Is there a أن between ``start`` and ``end`` that opens what was agreed or asked
    (على أن, وأن), not a time or a cause (بعد أن قتل, بسبب أن)?"""
    return any(
        stems[i] == "ان" and (i == 0 or stems[i - 1] not in NOT_CONTENT) for i in range(start, end)
    )


def _protesters_event(
    doc: Document,
    sentence: int,
    tokens: list[Token],
    stems: list[str],
    starts: list[int],
    mentions: list[_Mention],
    found: list[_Found],
    places: list[Place],
    times: list[TimeExpression],
) -> Event | None:
    """Protesters doing something (هرع المتظاهرون, أطلق المتظاهرون هتافات) report a
    protest when no protest word does; not when they only undergo another act
    (اعتقلت الشرطة عشرات المتظاهرين) or follow a preposition (ضد متظاهرين)."""
    undergoing = {id(f.event.target) for f in found}
    for mention in mentions:
        if stems[mention.first] not in PROTESTERS or mention.introduced or mention.after_from:
            continue
        if id(mention.actor) in undergoing:
            continue
        start = mention.first
        while start > 0 and (stems[start - 1] in NUMBER_WORDS or stems[start - 1].isdigit()):
            start -= 1
        # تجمع آلاف المتظاهرين: the gathering verb is the act
        first = start - 1 if start > 0 and stems[start - 1] in GATHER_VERBS else mention.first
        match = Match(first, first + 1, frozenset())
        target = next(
            (m for m in mentions if m.introduced and 0 <= m.first - match.end <= TARGET_WINDOW),
            None,
        )
        return _event(
            doc,
            sentence,
            tokens,
            stems,
            starts,
            match,
            PROTESTER_TRIGGER,
            (mention, target),
            places,
            times,
        )
    return None


def _topic(trigger: Trigger) -> bool:
    """A verbal noun of talks, deals or help with no party named (الاتفاق, التعاون,
    المشاركة, الزيارة) is nearly always a topic, not an event."""
    return trigger.type in TOPIC_TYPES and trigger.kind in ("noun", "noun-patient")


@dataclass
class _Found:
    event: Event
    specificity: int


def _specificity(trigger: Trigger, token: Token) -> int:
    """How precisely a trigger names the act: a means (غارات, قصف, مظاهرات) over a
    bare act (هجوم, احتجاج) or an instrument (بعبوة ناسفة) over a death (قتل, مقتل),
    which is the act's outcome."""
    if token_stem(token).startswith(CASUALTY):
        return 0
    instrument = any(s.kind == "preposition" and s.norm == "ب" for s in token.segments)
    return 1 if trigger.mode is None or instrument else 2


def _add_to_incidents(found: list[_Found], new: _Found) -> None:
    """Triggers of one sentence with the same type and negation tell one incident
    when they name the same actors, or when one names the act more precisely and
    their actors do not clash (the same code, or one side unnamed): قتل ثلاثة جنود
    بانفجار عبوة. The incident keeps the more specific trigger and every actor found.
    """
    for index, old in enumerate(found):
        one, other = old.event, new.event
        if one.type != other.type or one.negated != other.negated:
            continue
        same = (_code(one.source), _code(one.target)) == (_code(other.source), _code(other.target))
        if not same and (
            old.specificity == new.specificity
            or not _compatible(one.source, other.source)
            or not _compatible(one.target, other.target)
        ):
            continue
        kept, dropped = (new, old) if new.specificity > old.specificity else (old, new)
        found[index] = _Found(
            msgspec.structs.replace(
                kept.event,
                source=kept.event.source or dropped.event.source,
                target=kept.event.target or dropped.event.target,
                mode=kept.event.mode or dropped.event.mode,
            ),
            kept.specificity,
        )
        return
    found.append(new)


def _compatible(one: Actor | None, other: Actor | None) -> bool:
    return one is None or other is None or one.code == other.code


def _code(actor: Actor | None) -> str | None:
    return actor.code if actor else None


def _other_sense(
    trigger: Trigger, match: Match, tokens: list[Token], stems: list[str], places: list[Place]
) -> bool:
    """A trigger word read in a sense that is no event, told by its neighbours:
    يتظاهر بالعلم (pretends), الاعتصام بحبل الله (holds fast to), الاحتجاج بالحديث
    (citing as proof), تقرير صادر عن (issued), شرطة مكافحة الشغب
    (riot police), التظاهرة الثقافية (a festival), تحرير الأسعار (freeing prices,
    not taking ground), and an anaphor (هذه المظاهرة) of an event told before."""
    stem = stems[match.start]
    previous = stems[match.start - 1] if match.start > 0 else ""
    following = tokens[match.end] if match.end < len(tokens) else None
    next_stem = stems[match.end] if following else ""
    if trigger.kind != "verb" and previous in ANAPHORS:
        return True
    if stem == "صادر" and next_stem in ("عن", "من"):
        return True  # تقرير صادر عن الوزارة: issued, not confiscated
    if trigger.type == "PROTEST":
        if stem.endswith(PROTEST_WITH_BA) and _with_a_thing(following, next_stem, places):
            return True
        return previous == "مكافحه" or next_stem in FESTIVAL
    if "حرر" in stem or "تحرير" in stem:
        # Ground taken: تحرير مدينة عدن; a verb's object follows its subject
        # (وحررت قوات الجيش مديريتي كرش).
        reach = match.end + (OBJECT_WINDOW if trigger.kind == "verb" else 2)
        ahead = range(match.end, min(reach, len(tokens)))
        if not ahead:
            return True
        start, end = tokens[ahead[0]].start, tokens[ahead[-1]].end
        return not (
            any(stems[i] in TERRITORY for i in ahead) or any(start <= p.start < end for p in places)
        )
    return False


def _with_a_thing(following: Token | None, stem: str, places: list[Place]) -> bool:
    """Is the next word ب + a thing (بالشجاعة, بحبل الله), not a place (بساحة التحرير)
    or a crowd (بالآلاف)?"""
    if following is None or stem in LOCATIVES or stem in NUMBER_WORDS:
        return False
    if any(following.start <= p.start < following.end for p in places):
        return False
    return any(s.kind == "preposition" and s.norm == "ب" for s in following.segments)


def _choose_trigger(match: Match, token: Token) -> Trigger | None:
    """A noun reading after the article (القصف), else a verb reading if there is one.
    A verb never takes the article: with it, only a three-letter past form is read,
    as its verbal noun (القتل, الرفض); الطالب is a student, not طالب "demanded", and
    التدين is piety, not تدين "condemns"."""
    readings = [Trigger.from_label(label) for label in sorted(match.labels)]
    has_article = any(s.kind == "article" for s in token.segments)
    preferred = [r for r in readings if (r.kind != "verb") == has_article]
    if has_article and not preferred and len(token_stem(token)) != 3:
        return None
    return (preferred or readings)[0]


def _event(
    doc: Document,
    sentence: int,
    tokens: list[Token],
    stems: list[str],
    starts: list[int],
    match: Match,
    trigger: Trigger,
    parties: tuple[_Mention | None, _Mention | None],
    places: list[Place],
    times: list[TimeExpression],
) -> Event:
    source, target = parties
    first_token, last_token = tokens[match.start], tokens[match.end - 1]
    trigger_start = next(
        (s.start for s in first_token.segments if s.kind in ("stem", "article")),
        first_token.start,
    )
    trigger_span = Span(
        start=trigger_start, end=last_token.end, text=doc.text[trigger_start : last_token.end]
    )
    modality = modality_of(tokens, match.start)
    actors_used = [m.actor for m in (source, target) if m is not None]
    confidence = 0.6 if trigger.kind == "verb" else 0.5
    confidence += 0.15 * (source is not None) + 0.15 * (target is not None)
    place = _place(places, actors_used, trigger_span, stems, starts)
    source_actor = source.actor if source else None
    if source_actor is None and trigger.type == "PROTEST":
        source_actor = _implied_protesters(trigger_span, place, trigger.mode)
    return Event(
        type=trigger.type,  # type: ignore[arg-type]
        mode=_mode(trigger, stems, match),
        cameo=trigger.cameo,
        trigger=trigger_span,
        sentence=sentence,
        source=source_actor,
        target=target.actor if target else None,
        place=place,
        time=_time(doc, times, trigger_span),
        negated=modality.negated,
        modality=modality.modality,  # type: ignore[arg-type]
        confidence=round(min(confidence, 0.95), 3),
    )


def _implied_protesters(trigger: Span, place: Place | None, mode: str | None) -> Actor:
    """A protest with no one named doing it was done by civilians of the country where
    it was held, as ACLED codes "Protesters (Country)", and a strike by workers (LAB;
    but عصيان مدني, civil disobedience, by civilians); the trigger is the evidence, and
    the low confidence says the actor is inferred, not read."""
    country = _iso3().get(place.country or "") if place else None
    strike = mode == "strike" and "عصيان" not in trigger.text
    sector = "LAB" if strike else "CVL"
    return Actor(
        start=trigger.start,
        end=trigger.end,
        text=trigger.text,
        code=f"{country} {sector}" if country else sector,
        country=country,
        sector=sector,
        role=f"{'strikers' if strike else 'protesters'} (implied by the protest)",
        confidence=IMPLIED_CONFIDENCE,
    )


@functools.cache
def _iso3() -> dict[str, str]:
    return iso3_codes()


def _arguments(
    trigger: Trigger,
    match: Match,
    mentions: list[_Mention],
    stems: list[str],
    possessed: bool = False,
) -> tuple[_Mention | None, _Mention | None]:
    after = [m for m in mentions if m.first >= match.end]
    window = LIGHT_VERB_WINDOW if _after_light_verb(match, stems) else BEFORE_WINDOW
    before = [m for m in mentions if m.after <= match.start and match.start - m.after <= window]
    while len(before) > 1 and _joined(before[-2], before[-1], stems):
        before.pop()  # شنت الطائرات الأميركية والبريطانية: the doer is the first conjunct
    preceding = before[-1] if before and not before[-1].introduced else None
    antecedent = None
    if trigger.kind == "verb" and match.start > 0 and stems[match.start - 1] in RELATIVES:
        # صالح الذي يزور مصر: a relative verb's subject is its antecedent, right before the
        # relative pronoun; what follows the verb is its object
        preceding = None
        antecedent = next((m for m in before if m.after == match.start - 1), None)
    light_verb_doer = (
        preceding
        if preceding and (preceding.after_support_verb or window == LIGHT_VERB_WINDOW)
        else None
    )
    between = next(
        (
            i
            for i in range(match.end, min(match.end + BETWEEN_WINDOW, len(stems)))
            if stems[i] == "بين"
        ),
        None,
    )
    if between is not None:  # معارك، ليلة السبت، بين المقاومة والحوثيين
        parties = [m for m in after if m.first > between][:2]
        if len(parties) == 2:
            return parties[0], parties[1]
    if trigger.kind == "verb" and _passive_death(match, stems):
        return None, preceding  # ستة أشخاص قتلوا في الغارات: they were killed
    if trigger.kind == "verb" and (killed := _killed_after_death(match, after, stems)):
        return None, killed  # قتل جنديان في هجوم: they were killed
    if trigger.kind == "verb" and trigger.type in HARM and _counted_object(match, stems):
        # قتل 19 مسلحا من داعش: a number after a verb of harm starts its object
        # (but تظاهر آلاف: after an intransitive verb it is the subject).
        target = next((m for m in after if m.first - match.end <= COUNTED_WINDOW), None)
        return preceding, target
    adjacent = after[0] if after and after[0].first - match.end <= IDAFA_WINDOW else None
    if adjacent is not None and adjacent.introduced and not _owner(trigger, match, adjacent):
        adjacent = None
    agent = next((m for m in after if m.passive_agent), None)
    if agent is None and trigger.kind == "noun" and trigger.type in HARM:
        # هجوم واسع من قوات النظام: من after an attack names its doer
        agent = next(
            (m for m in after if m.after_from and m.first - match.end <= AGENT_WINDOW), None
        )
    source = target = None
    if trigger.kind == "noun-patient":
        source, target = agent or light_verb_doer, adjacent
    elif trigger.kind == "noun" and trigger.type == "COERCE" and adjacent and preceding:
        # حاولت الشرطة تفريق المتظاهرين: after a doer, an arrest's genitive is its object
        source, target = agent or preceding, adjacent
    elif trigger.kind == "noun" and possessed:
        # لقاءه كارتر, زيارته لمصر: the pronoun is the doer, named before; what follows
        # the noun is its object
        earlier = [m for m in mentions if m.after <= match.start and not m.introduced]
        source, target = agent or (earlier[-1] if earlier else None), adjacent
    elif trigger.kind == "noun":
        source = agent or adjacent or light_verb_doer or _relative_doer(match, after, stems)
    elif trigger.kind == "participle":
        # أطلق المتظاهرون هتافات منددة بالغارات: a participle of manner is done by the
        # main clause's subject, before it
        earlier = [m for m in mentions if m.after <= match.start and not m.introduced]
        source = agent or (earlier[-1] if earlier else None)
    else:
        subject = next(
            (m for m in after if m.first - match.end <= SUBJECT_WINDOW and not m.introduced),
            None,
        )
        if (preceding is not None and match.start - preceding.after <= 1) or antecedent:
            subject = None  # السلطات التركية سمحت بزيادة الحصة المصرية: SVO
        source = agent or antecedent or subject or preceding
    partners = _conjuncts(source, mentions, stems)
    if target is None:
        target = next(
            (
                m
                for m in after
                if m not in partners
                and m.first - match.end <= TARGET_WINDOW
                and (m.introduced or source is not None)
            ),
            None,
        )
    if source is None and trigger.type in SYMMETRIC:
        parties = [m for m in after if m.first - match.end <= SYMMETRIC_WINDOW]
        if len(parties) >= 2:
            return parties[0], parties[1]
    return source or _attributed(mentions, exclude=target), target


def _joint_parties(
    trigger: Trigger,
    source: _Mention | None,
    target: _Mention | None,
    mentions: list[_Mention],
    stems: list[str],
) -> list[tuple[_Mention | None, _Mention | None]]:
    """Joint actors (الجيش الوطني والمقاومة) are one event per distinct code; but the
    two joint doers of a shared act (أبرمت باكو وطهران اتفاقا) are its two parties."""
    sources, targets = _conjuncts(source, mentions, stems), _conjuncts(target, mentions, stems)
    if trigger.type in SYMMETRIC:
        if target is None and len(sources) > 1:
            return [(sources[0], sources[1])]
        return [(source, target)]
    return [(s, t) for s in sources for t in targets]


def _conjuncts(
    first: _Mention | None, mentions: list[_Mention], stems: list[str]
) -> list[_Mention | None]:
    """An actor and the actors joined to it by و (الجيش الوطني والمقاومة, جبهة النصرة،
    وأحرار الشام), the first of each code."""
    if first is None:
        return [None]
    joined = [first]
    for mention in (m for m in mentions if m.first >= first.after):
        if not _joined(joined[-1], mention, stems):
            break
        joined.append(mention)
    distinct: dict[str, _Mention | None] = {}
    for mention in joined:
        distinct.setdefault(mention.actor.code, mention)
    return list(distinct.values())


def _joined(first: _Mention, second: _Mention, stems: list[str]) -> bool:
    """Is ``second`` joined to ``first`` by و, with nothing else between but commas?"""
    gap = [stem for stem in stems[first.after : second.first] if stem not in COMMAS]
    return first.after <= second.first and ((second.conjoined and not gap) or gap == ["و"])


def _owner(trigger: Trigger, match: Match, mention: _Mention) -> bool:
    """ل of possession right after an attack names whose it is: غارات لطيران التحالف,
    قصف لقوات النظام (an armed actor; على, not ل, introduces what is hit; in ثكنة
    للجيش the ل belongs to the barracks)."""
    armed = mention.actor.sector in ARMED_SECTORS and mention.first == match.end
    return trigger.type == "ASSAULT" and trigger.kind == "noun" and armed and mention.attached_lam


def _relative_doer(match: Match, after: list[_Mention], stems: list[str]) -> _Mention | None:
    """العقوبات التي فرضتها الأمم المتحدة: the doer of a verbal noun is the subject of
    the relative clause right after it (the pronoun, then the verb, then the doer)."""
    if match.end + 1 >= len(stems) or stems[match.end] not in RELATIVES:
        return None
    return next((m for m in after if m.first == match.end + 2 and not m.introduced), None)


def _after_light_verb(match: Match, stems: list[str]) -> bool:
    """يقوم بشن غارات, نفذ سلسلة من الغارات: the trigger is the object of a light verb
    right before it, or before the quantity of it."""
    at = match.start - 1
    while at >= 0 and match.start - at <= QUANTITY_WINDOW and stems[at] in QUANTITY_WORDS:
        at -= 1
    return at >= 0 and stems[at] in SUPPORT_VERBS


def _passive_death(match: Match, stems: list[str]) -> bool:
    """قتل with no object, followed by where, when or how (قتلوا في الغارات, قتل امس
    برصاص): read unvowelled, it is the passive قُتل, its subject the one killed."""
    if not stems[match.start].startswith(CASUALTY):
        return False
    following = stems[match.end] if match.end < len(stems) else ""
    return following in DEATH_CIRCUMSTANCES or following in COMMAS or not following


def _killed_after_death(match: Match, after: list[_Mention], stems: list[str]) -> _Mention | None:
    """The actor right after a bare قتل when where, when or how follows it (قتل جنديان
    تركيان في هجوم, قتل ثلاثة جنود أمس): read unvowelled, قتل is then the passive قُتل
    and the actor the one killed; an active قتل goes on to its object (قتل مسلحون
    ثلاثة جنود)."""
    if stems[match.start] != "قتل" or not after or after[0].first - match.end > KILLED_WINDOW:
        return None
    following = stems[after[0].after] if after[0].after < len(stems) else ""
    passive = following in DEATH_CIRCUMSTANCES or following in COMMAS or not following
    return after[0] if passive else None


def _political(actor: Actor) -> bool:
    return actor.code.partition(" ")[2] in POLITICAL_SECTORS


def _counted_object(match: Match, stems: list[str]) -> bool:
    following = stems[match.end] if match.end < len(stems) else ""
    return following.isdigit() or following in NUMBER_WORDS


def _attributed(mentions: list[_Mention], exclude: _Mention | None) -> _Mention | None:
    """The actor named after حسب/بحسب/قال ...: the speaker of a reported act."""
    return next(
        (m for m in mentions if m is not exclude and m.after_attribution),
        None,
    )


def _mode(trigger: Trigger, stems: list[str], match: Match) -> str | None:
    if trigger.type != "ASSAULT":
        return trigger.mode
    near = set(stems[max(0, match.start - 3) : match.end + 4])
    for mode, cues in MODE_CUES.items():
        if near & cues:
            return mode
    return trigger.mode


def _place(
    places: list[Place], actors: list[Actor], trigger: Span, stems: list[str], starts: list[int]
) -> Place | None:
    """Where: the nearest place after the trigger, else the nearest before it that is
    not an origin (من البحر المتوسط is where missiles came from, not where they hit)."""
    taken = [(a.start, a.end) for a in actors]
    resolved = [p for p in places if p.gazetteer_id and not any(s <= p.start < e for s, e in taken)]
    after = [p for p in resolved if trigger.end <= p.start]
    if after:
        return after[0]

    def origin(place: Place) -> bool:
        index = bisect.bisect_right(starts, place.start) - 1
        return index > 0 and stems[index - 1] == "من"

    before = [p for p in resolved if p.end <= trigger.start and not origin(p)]
    return before[-1] if before else None


def _time(doc: Document, times: list[TimeExpression], trigger: Span) -> TimeRef | None:
    """When: the nearest date in the sentence (not a duration such as منذ عامين),
    else the publication date."""
    dates = [t for t in times if t.type in ("DATE", "TIME") and t.value[:1].isdigit()]
    if dates:
        nearest = min(dates, key=lambda t: abs(t.start - trigger.start))
        return TimeRef(value=nearest.value, start=nearest.start, end=nearest.end)
    return TimeRef(value=doc.published) if doc.published else None
