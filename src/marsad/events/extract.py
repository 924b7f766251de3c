"""The events stage: triggers, their actors, place, time and modality, per sentence.

For each trigger found (by stem, so وقصفت and القصف both match قصف):
- words that name no event here are dropped (``senses``: another sense, an
  anaphor, a topic, the act a request, threat or agreement names);
- source and target come from the sentence's actor mentions by word-order rules
  (``arguments``); a target they leave empty is found by a learned model
  (``role_model``); a protest nobody is named holding gets inferred protesters;
- the place is the resolved place nearest after the trigger (else before it)
  that is not one of the actors; the time is the nearest time expression in the
  sentence, else the publication date;
- modality comes from the words before the trigger (لم, سوف, قد ...);
- the mode is refined by cue words near the trigger (جوية → aerial).
Triggers inside an actor's name (الحشد in الحشد الشعبي) are skipped. Triggers of one
sentence with the same type and compatible actors are one incident, coded with its
most specific trigger (بانفجار عبوة over قتل); a death told as an attack's outcome
(أسفر عن مقتل), the dead counted (15 قتيلا) and what an attack noun hit (الذي
استهدف) only fill in the sentence's attack; joint actors (الجيش والمقاومة) give one
event per code. See docs/coding-guide.md ("One incident, one event").
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass

import msgspec

from marsad.actors.resolve import make_actor, under_occupation
from marsad.countries import iso3_codes
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
from marsad.entities.gazetteer import Gazetteer, Match, definite, token_stem
from marsad.events.arguments import (
    CASUALTY,
    NUMBER_WORDS,
    TARGET_WINDOW,
    ActorMention,
    actor_mention,
    arguments,
    has_preposition,
    joint_parties,
    with_backers,
)
from marsad.events.modality import modality_of
from marsad.events.role_model import RoleChooser, RoleQuestion
from marsad.events.senses import (
    CLAUSE_WINDOW,
    an_outcome,
    content_clause,
    counted_dead,
    describes_an_attack,
    died_in_an_attack,
    introduced_act,
    known_deal,
    other_sense,
    topic,
    verbal_attack,
    verbal_protest,
)
from marsad.events.triggers import Trigger

NOT_VERBAL_NOUNS = frozenset({"حذر"})  # الحذر من: caution, not a warning given
# Prepositions a past verb never follows: في قصف, بعد قصف are verbal nouns.
NOUN_AFTER = frozenset(
    {"في", "من", "علي", "الي", "عن", "خلال", "اثر", "جراء", "بعد", "قبل", "منذ", "ضد", "عقب"}
)
PEOPLE = frozenset({"CVL", "LAB"})  # protesters and strikers, who get a country
# Sectors that rarely hold a protest: one named near a protest noun answered it (ردا
# على احتجاجات), policed it or reported it (حسب الوكالة).
NOT_PROTESTERS = frozenset({"GOV", "COP", "MIL", "JUD", "MED", "REB"})
VISIT = ("زار", "زيار", "يزور", "تزور")  # stems of a visit: زار, زيارة, يزور
HOST_WINDOW = 4  # tokens from a visit to the place visited: زيارة بلاتر الى سانت بطرسبرغ
# Interactions that are told of someone: with no one named they are mostly topics.
DYADIC = frozenset(
    {"AGREE", "COOPERATE", "AID", "REJECT", "SANCTION", "THREATEN", "MOBILIZE", "RETREAT"}
)
FIGHTERS = frozenset({"MIL", "REB", "IMG", "UAF", "COP"})  # who carry out attacks
ARMED = FIGHTERS - {"COP"}  # police also solve murders; these tell of fighting or terror
GROUPS = frozenset({"REB", "IMG"})  # armed groups, not states
STATE_FORCES = frozenset({"MIL", "COP", "GOV"})  # whose attacks are on armed groups
GROUP_MENTIONS = 3  # how often an article names its armed group, twice as often as any other
APPROVAL = re.compile(r"(ال)?(موافق|[يتن]?وافق)")  # وافق, وافقت, يوافق, الموافقة
AGREEMENTS = frozenset({"اتفاق", "اتفاقيه", "اتفاقيات", "مذكره", "معاهده", "اتفاقا"})
APPROVED_WINDOW = 10  # لم يوافق المجلس على موضوعين هما ... ومشروع اتفاق: to the deal
YIELD = "080"  # CAMEO: yield, not specified further
VERSE = re.compile(r"﴿[^﴾]*﴾?|\{[^}]*\}?")  # a verse in its own brackets, to its end
SCRIPTURE_CUE = re.compile(r"تعالى\s*:?\s*\(+")  # قال تعالى (, يقول تعالى: ((
# قتل, القتل, يقتل, قتلوا: a killing told as done, not the dead counted (القتلى, قتيلا)
MURDER = re.compile(r"(ال)?[يتن]?قتل(وا|ون|ت|ه|ها|هم|هما)?")
# A protest voiced, not held (معبرا عن الاحتجاج), or an attack in words (جدد هجومه على
# الإخوان قائلا): disapproval, CAMEO 111.
DISAPPROVAL = Trigger("ACCUSE", None, "111", "noun")
REQUESTED_WINDOW = 4  # tokens from a REQUEST or THREATEN verb to the act it names
AGREED_WINDOW = 15  # tokens from an agreement or request to the act agreed (senses)
SPORT = frozenset(
    {
        "مباراه", "مباريات", "الدوري", "دوري", "نادي", "اندية", "لاعب", "لاعبين", "لاعبي",
        "مدرب", "المدرب", "منتخب", "هدف", "اهداف", "ملعب", "الملعب", "بطوله", "كاس",
        "الموسم", "فريق", "الفريق", "صفقه", "احتراف", "محترف", "انتقالات",
    }
)  # fmt: skip
# Nouns of people protesting, and the event they tell when they act.
PROTESTERS = frozenset(
    {"متظاهرون", "متظاهرين", "متظاهر", "متظاهرات", "محتجون", "محتجين", "محتج", "محتجات",
     "معتصمون", "معتصمين", "معتصم"}
)  # fmt: skip
GATHER_VERBS = frozenset(
    {"تجمع", "تجمعوا", "تجمهر", "تجمهروا", "احتشد", "احتشدوا", "خرج", "خرجوا"}
)  # fmt: skip
PROTESTER_TRIGGER = Trigger("PROTEST", "demonstrate", "141", "noun")
# Words of accidents, disasters and disease: deaths there are no attack (حادث مروري, غرق).
ACCIDENT = frozenset(
    {"مروري", "مروريه", "تصادم", "اصطدام", "تحطم", "غرق", "سيول", "زلزال", "دهس", "صعقه",
     "فيضانات", "فيضان", "اعصار", "تدافع", "داء", "وباء", "تفشي", "صاعقه"}
)  # fmt: skip
# Animals (stems): a shark's or a bison's attack, or the killing of one, is no political
# event (أسد is left out: it is also al-Assad).
ANIMALS = frozenset(
    {"قرش", "ثور", "ثيران", "بيسون", "نطح", "حيوان", "حيوانات", "تمساح", "تماسيح",
     "نمر", "نمور", "ذئب", "ذئاب", "افعي", "ثعبان"}
)  # fmt: skip
# Sectors that make an actor a party to politics (not a player, a club, a company).
POLITICAL_SECTORS = frozenset(
    {"GOV", "MIL", "COP", "REB", "IMG", "IGO", "OPP", "UAF", "JUD", "SPY"}
)
DESTROY_PROPERTY = "1712"  # CAMEO: دمر, تدمير
BAN = "172"  # CAMEO: منع; with the mode "seize", مصادرة
MASSACRE = ("مجزر", "مجازر", "مذبح", "مذابح")  # مجزرة: the toll of the means that did it
CHARGE_VERBS = ("توجيه", "يواجه", "تواجه", "واجه")  # توجيه الاتهام, يواجهون اتهامات: charged
OCCUPY_TERRITORY = "192"  # CAMEO: سيطرت على, اجتاح, تطهير
OUSTER = "175"  # CAMEO: عزل الرئيس
CRITICISE = "111"  # CAMEO: أدان, ندد, استنكر, انتقد
# Words after a protest that name its grievance: احتجاجا على, ضد الفساد, للتنديد ب.
GRIEVANCE = frozenset({"ضد", "احتجاجا", "تنديدا", "للتنديد", "تنديد", "رفضا"})
GRIEVANCE_WINDOW = 6
# Of an actor inferred from the event, not read in the text.
IMPLIED_CONFIDENCE = 0.3
PRESUMED_CONFIDENCE = 0.2  # of an actor presumed by a coding convention alone
UNPRESUMED_MODES = frozenset({"clash", "aerial", "shelling"})  # fought against armed forces
# Military operations known by name (stems of the trigger), and who waged them on whom.
NAMED_OPERATIONS = {
    ("عاصفه", "حزم"): ("SAU MIL", "the Saudi-led coalition", "YEM REB", "the Houthis"),
    ("عاصفه", "حسم"): ("SAU MIL", "the Saudi-led coalition", "YEM REB", "the Houthis"),
}
MODE_CUES = {
    "aerial": frozenset({"جويه", "جوي", "طيران", "طائرات", "طائره", "مقاتلات", "مروحيات"}),
    "explosives": frozenset({"مفخخه", "ناسفه", "انتحاري", "انتحاريه", "تفجير"}),
    "shelling": frozenset({"صواريخ", "صاروخ", "قذائف", "مدفعي", "مدفعيه", "هاون"}),
    "firearms": frozenset({"رصاص", "النار", "قناص", "قنص"}),
}


def extract_events(
    doc: Document, triggers: Gazetteer, roles: RoleChooser | None = None
) -> Document:
    token_starts = [t.start for t in doc.tokens]
    all_actors, all_places = SpansByStart(doc.actors), SpansByStart(doc.places)
    all_names = SpansByStart(e for e in doc.entities if e.label != "MISC")
    all_times = SpansByStart(doc.times)
    events: list[Event] = []
    at_war = any(a.sector in ARMED for a in doc.actors)  # an article on fighting or terror
    group = _armed_group(doc)
    for index, sentence in enumerate(doc.sentences):
        first = bisect.bisect_left(token_starts, sentence.start)
        tokens = doc.tokens[first : bisect.bisect_left(token_starts, sentence.end)]
        stems = [token_stem(t) for t in tokens]
        starts = token_starts[first : first + len(tokens)]
        mentions = with_backers(
            [
                actor_mention(actor, tokens, stems, starts)
                for actor in all_actors.starting_in(sentence.start, sentence.end)
            ],
            stems,
        )
        if SPORT.intersection(stems) and not any(_political(m.actor) for m in mentions):
            continue  # خط الهجوم, نادي الاتفاق: sport news borrows the words of war and treaties
        places = all_places.starting_in(sentence.start, sentence.end)
        names = all_names.starting_in(sentence.start, sentence.end)
        here = _Sentence(
            doc,
            index,
            tokens,
            stems,
            starts,
            mentions,
            places,
            all_times.starting_in(sentence.start, sentence.end),
        )
        found: list[_Found] = []
        # what an attack led to or hit, told apart: أسفر عن مقتل ضابطين, الذي استهدف
        outcomes: list[Event] = []
        tolls: list[_Found] = []  # the dead counted: 15 قتيلا, آلاف القتلى
        request_end = -REQUESTED_WINDOW - 1
        content_end = -AGREED_WINDOW - 1
        readings = [
            (m, _choose_trigger(m, tokens[m.start], stems[m.start - 1] if m.start else ""))
            for m in triggers.matches(stems)
        ]
        verb_tokens = frozenset(
            i for m, t in readings if t and t.kind == "verb" for i in range(m.start, m.end)
        )
        attack_nouns = frozenset(
            i
            for m, t in readings
            if t and t.type == "ASSAULT" and t.kind != "verb"
            for i in range(m.start, m.end)
        )
        attacks = frozenset(  # the first words of attacks told, deaths aside
            m.start
            for m, t in readings
            if t and t.type == "ASSAULT" and not stems[m.start].startswith(CASUALTY)
        )
        verses = _verses(doc.text, sentence.start, sentence.end)
        animals = ANIMALS.intersection(stems) and not any(_political(m.actor) for m in mentions)
        for match, trigger in readings:
            if any(m.first <= match.start and match.end <= m.after for m in mentions) or any(
                e.start <= starts[match.start] < e.end for e in names
            ):
                continue  # part of a name: الحشد الشعبي, مجلس التعاون, تدمر (not "destroys")
            if any(start <= starts[match.start] < end for start, end in verses):
                continue  # قال تعالى (ومن يقتل مؤمنا متعمدا ...): scripture quoted
            if match.start - request_end <= REQUESTED_WINDOW and introduced_act(
                match, tokens, stems
            ):
                continue  # طالبوا بتوقيف, دعا إلى اعتقال: the act asked for is not an event
            if match.start - content_end <= AGREED_WINDOW and content_clause(
                stems, max(content_end, match.start - CLAUSE_WINDOW), match.start
            ):
                continue  # اتفقوا على أن يطهروا: the act agreed on is not an event
            if trigger is None or other_sense(trigger, match, tokens, stems, places):
                continue
            if verbal_protest(trigger, match, tokens, stems) or verbal_attack(
                trigger, match, stems
            ):
                trigger = DISAPPROVAL
            if trigger.type == "REQUEST" or (trigger.type == "THREATEN" and trigger.kind == "verb"):
                request_end = match.end  # what is asked or threatened follows
            if found and _why_done(stems[match.start], tokens[match.start]):
                # قدم شكوى ... احتجاجا على: why another act was done; تظاهروا احتجاجا على,
                # تظاهروا للاحتجاج على: why the protest told was held, no second one
                continue
            if known_deal(trigger, match, tokens, stems):
                continue
            rules = arguments(trigger, match, mentions, tokens, stems)
            if rules == (None, None) and topic(trigger, match, tokens, stems):
                continue
            question = RoleQuestion(trigger, match, mentions, tokens, stems, verb_tokens, rules)
            source, target = roles.choose(question) if roles else rules
            if (rules, target) == ((None, None), None) and source is not None:
                # a learned doer alone does not make a topic (الرفض, العقوبات) an event
                source = None if _uncoded(_event(here, match, trigger, rules)) else source
            if _expelling(trigger, stems[match.start]) and not _armed(target):
                continue  # طرد العمال, الطرد بالبطاقة الحمراء: not the driving out of fighters
            if trigger.type in ("REQUEST", "AGREE"):
                content_end = match.end
            specificity = _specificity(trigger, tokens[match.start])
            if specificity == 0 and ACCIDENT.intersection(stems):
                continue  # deaths in an accident
            if trigger.type == "ASSAULT" and animals:
                continue  # لقي غواص حتفه إثر تعرضه لهجوم من سمكة قرش
            for parties in joint_parties(trigger, match, source, target, mentions, stems):
                event = _event(here, match, trigger, parties)
                if _told_of_an_attack(trigger, match, stems, attack_nouns):
                    outcomes.append(event)
                elif counted_dead(trigger, match, stems) or died_in_an_attack(
                    trigger, match, tokens, stems, attacks
                ):
                    tolls.append(_Found(event, specificity))
                else:
                    _add_to_incidents(found, _Found(event, specificity))
        _fold_in(found, outcomes, tolls)
        found = _deaths_as_tolls(found)
        if not at_war and not any(_political(m.actor) for m in mentions):
            found = [f for f in found if not _ordinary_killing(f)]
        found = _aimed_at_the_doer(found, [starts[i] for i in attacks])
        found = [a for f in found if (a := _approval(f, here)) is not None]
        found = [f for f in found if not _uncoded(f.event)]
        if _has(found, "ASSAULT"):
            # دمرت مبان, تدمير نقطة تفتيش: damage told with an attack is part of it
            found = [f for f in found if f.event.cameo != DESTROY_PROPERTY]
        if not _has(found, "PROTEST"):
            protest = _protesters_event(here)
            if protest is not None:
                found.append(_Found(protest, 1))
        for f in found:  # each sees the attacks told before it, in this sentence too
            told = _doer_told_before(_as_told_before(f.event, events, doc), events)
            told = _presumed_group(_hit_as_told_before(told, events), group)
            events.append(_presumed_victims(told, doc))
    doc.events = events
    return doc


def _verses(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Where a sentence quotes scripture: inside ﴿ ﴾ or { }, or inside the brackets
    that follow تعالى (قال الله تعالى: ((ومن أظلم ممن منع مساجد الله))). Sermons and
    condolences quote verses of killing and banning; none is an event told."""
    spans = [(m.start(), m.end()) for m in VERSE.finditer(text, start, end)]
    for cue in SCRIPTURE_CUE.finditer(text, start, end):
        close = text.find(")", cue.end(), end)
        spans.append((cue.end(), close if close >= 0 else end))
    return spans


def _as_told_before(event: Event, earlier: list[Event], doc: Document) -> Event:
    """An attack named again with the article (التفجير, الهجوم) and no target of its
    own is the attack told before: it hit what that one hit."""
    if event.type != "ASSAULT" or event.target is not None:
        return event
    if doc.text[event.trigger.start : event.trigger.start + 2] != "ال":
        return event
    told = next((e for e in reversed(earlier) if e.type == "ASSAULT" and not e.negated), None)
    if told is None or told.target is None or _same(event.source, told.target):
        return event
    if event.source and event.source.code == told.target.code:
        return event
    return msgspec.structs.replace(event, target=told.target)


def _hit_as_told_before(event: Event, earlier: list[Event]) -> Event:
    """A bombing with no one named hit (حادث التفجير, تفجير عسير) hit whom the
    article's last bombing that names its target hit (مسجد قوات الطوارئ), unless
    placed in another country."""
    if event.type != "ASSAULT" or event.target is not None or event.mode != "explosives":
        return event
    told = next(
        (
            e
            for e in reversed(earlier)
            if e.type == "ASSAULT"
            and e.mode == event.mode
            and not e.negated
            and e.target is not None
            and e.target.confidence > PRESUMED_CONFIDENCE
            and not _elsewhere(e.place, event.place)
        ),
        None,
    )
    if told is None or (event.source and event.source.code == told.target.code):
        return event
    return msgspec.structs.replace(event, target=told.target)


def _elsewhere(earlier: Place | None, later: Place | None) -> bool:
    """Is a later event placed in a country the earlier one is not known to be in
    (تفجير المسجد في الكويت)?"""
    return bool(later and later.country and (earlier is None or earlier.country != later.country))


def _doer_told_before(event: Event, earlier: list[Event]) -> Event:
    """An attack on someone with no doer named (قتل عشرة حوثيين في هجوم) was done by
    the armed force the article last told attacking them; a reporter or an official
    told as an attack's doer is no evidence here."""
    if event.type != "ASSAULT" or event.source is not None or event.target is None:
        return event
    told = next(
        (
            e
            for e in reversed(earlier)
            if e.type == "ASSAULT"
            and not e.negated
            and e.source is not None
            and e.source.sector in FIGHTERS
            and e.target is not None
            and e.target.confidence > PRESUMED_CONFIDENCE  # read or implied, not presumed
            and e.target.code == event.target.code
        ),
        None,
    )
    return msgspec.structs.replace(event, source=told.source) if told else event


def _armed_group(doc: Document) -> Actor | None:
    """The armed group an article is about, named at least GROUP_MENTIONS times and
    twice as often as any other (الحوثيون in a report from Aden, داعش after a mosque
    bombing): its first mention, as an actor presumed where the article's attacks name
    no doer or no one hit."""
    counts = Counter(a.code for a in doc.actors if a.sector in GROUPS).most_common(2)
    if not counts or counts[0][1] < GROUP_MENTIONS:
        return None
    if len(counts) > 1 and counts[0][1] < 2 * counts[1][1]:
        return None
    first = next(a for a in doc.actors if a.code == counts[0][0])
    role = "armed group (presumed: the one the article tells of)"
    return make_actor(first.start, first.end, first.text, first.code or "", role,
                      PRESUMED_CONFIDENCE)  # fmt: skip


def _presumed_group(event: Event, group: Actor | None) -> Event:
    """An article about one armed group tells its attacks and the attacks on it, as
    the annotators, who read the article, code them. An attack with no doer named was
    done by the group: right for 52 of the 102 such attacks in the coded sets, against
    15 coded with no doer (the rest were coded with another doer, so were wrong before);
    not an air strike, which states fly, nor an attack on the group itself. An attack
    by a state's forces with no one named hit is on the group (5 of 9 right, none was
    before)."""
    if event.type != "ASSAULT" or group is None:
        return event
    if event.source is None:
        if event.mode == "aerial" or (event.target and event.target.code == group.code):
            return event
        return msgspec.structs.replace(event, source=group)
    if event.target is None and event.source.sector in STATE_FORCES:
        return msgspec.structs.replace(event, target=group)
    return event


def _presumed_victims(event: Event, doc: Document) -> Event:
    """A bombing, a shooting or a killing with no one named hit is presumed to have hit
    civilians of the country it happened in, as the annotators code most of them
    (47 of the 136 ASSAULTs the rules found no target for, 11 with none); not a clash,
    an air strike, shelling or ground taken, whose other side is an armed force."""
    fought = event.mode in UNPRESUMED_MODES or event.cameo == OCCUPY_TERRITORY
    if event.type != "ASSAULT" or event.target is not None or fought:
        return event
    country = _people_country(doc, event.sentence, _event_country(doc, event.place))
    victims = _presumed(event.trigger, country, "CVL", "civilians", "hit")
    return msgspec.structs.replace(event, target=victims) if victims else event


def _why_done(stem: str, token: Token) -> bool:
    """احتجاجا, للاحتجاج: a protest word telling the purpose of an act."""
    return stem == "احتجاجا" or (stem == "احتجاج" and has_preposition(token, "ل"))


def _has(found: list[_Found], type_: str) -> bool:
    return any(f.event.type == type_ for f in found)


def _protesters_event(here: _Sentence) -> Event | None:
    """Protesters named at an occasion report a protest when no protest word does:
    acting (هرع المتظاهرون, أطلق المتظاهرون هتافات), addressed (في كلمة أمام
    المتظاهرين) or acted upon (فتحت الشرطة النار على المتظاهرين, تفريق متظاهرين), as
    the coded sets code them; the other act is an event of its own."""
    stems, mentions = here.stems, here.mentions
    for mention in mentions:
        if stems[mention.first] not in PROTESTERS:
            continue
        if stems[mention.first + 1 : mention.first + 2] in (["بن"], ["بنت"], ["بالله"]):
            continue  # الأستاذ معتصم بن محمد, المعتصم بالله: a man's name, not a protester
        start = mention.first
        while start > 0 and (stems[start - 1] in NUMBER_WORDS or stems[start - 1].isdigit()):
            start -= 1
        # تجمع آلاف المتظاهرين: the gathering verb and the protesters are the evidence
        first = start - 1 if start > 0 and stems[start - 1] in GATHER_VERBS else mention.first
        match = Match(first, mention.first + 1, frozenset())
        target = next(
            (m for m in mentions if m.introduced and 0 <= m.first - match.end <= TARGET_WINDOW),
            None,
        )
        return _event(here, match, PROTESTER_TRIGGER, (mention, target))
    return None


@dataclass(frozen=True)
class _Sentence:
    """One sentence as the stage reads it: its tokens, their stems and offsets, and the
    actor mentions, places and times found in it."""

    doc: Document
    index: int  # into doc.sentences
    tokens: list[Token]
    stems: list[str]
    starts: list[int]
    mentions: list[ActorMention]
    places: list[Place]
    times: list[TimeExpression]


@dataclass
class _Found:
    event: Event
    specificity: int


def _specificity(trigger: Trigger, token: Token) -> int:
    """How precisely a trigger names the act: a means (غارات, قصف, مظاهرات) over a
    bare act (هجوم, احتجاج) or an instrument (بعبوة ناسفة) over a death (قتل, مقتل),
    which is the act's outcome."""
    stem = token_stem(token)
    if stem.startswith(CASUALTY):
        return 0
    if stem.startswith(MASSACRE):
        return 1  # ارتكبت الميليشيات مجزرة ... في قصف: the massacre is what the shelling did
    instrument = has_preposition(token, "ب")
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
        source = kept.event.source or dropped.event.source
        target = kept.event.target or dropped.event.target
        if _same(source, target) and dropped.specificity == 0 and kept.event.target is None:
            source = None  # قتل 12 شخصا عندما هاجم انتحاريان: the dead did not attack
        elif _same(source, target):  # the one killed in one word, the doer in another
            source = kept.event.source
            target = kept.event.target or (None if _same(source, dropped.event.target) else target)
        found[index] = _Found(
            msgspec.structs.replace(
                kept.event, source=source, target=target, mode=kept.event.mode or dropped.event.mode
            ),
            kept.specificity,
        )
        return
    found.append(new)


def _told_of_an_attack(
    trigger: Trigger, match: Match, stems: list[str], attack_nouns: frozenset[int]
) -> bool:
    """A death told as an attack's outcome (أسفر عن مقتل ضابطين) or what an attack
    noun hit (الهجوم الذي استهدف المصلين): part of that attack, not one of its own."""
    return trigger.type == "ASSAULT" and (
        an_outcome(trigger, match, stems) or describes_an_attack(match, stems, attack_nouns)
    )


def _fold_in(found: list[_Found], outcomes: list[Event], tolls: list[_Found]) -> None:
    """Outcomes join the sentence's attack; so does a toll (15 قتيلا), which is the
    killing itself when no attack is told."""
    for outcome in outcomes:
        _add_outcome(found, outcome)
    for toll in tolls:
        if _has(found, "ASSAULT"):
            _add_outcome(found, toll.event)
        else:
            _add_to_incidents(found, toll)


def _uncoded(event: Event) -> bool:
    """Is this no event PLOVER codes? A meeting with no counterpart named is a body's
    own (اجتماع اللجنة التنفيذية): CONSULT is between two actors. An interaction told
    with no one on either side (الرفض, العقوبات, الانسحاب) is a topic: across the coded
    sets such words were an event in 13 of 79 cases. So is a request with no one on
    either side told in the present (يدعو إلى الحوار, تطالب بحقوقها) or as the noun
    طلب (بناء على طلب): a stance or a procedure; none of the 25 found in those sets was
    coded. Told in the past (وطالب بـ), it is mostly a demand the article's speaker made.
    A ban or a destruction with no one on either side is a topic too (جهود منع التطرف,
    تدمير البنية التحتية): one of the 26 found in those sets was coded. Thanks within
    one country (رفع الشكر للقيادة, وشكر رئيس اللجنة إدارة المهرجان) are courtesy:
    3 of 28 found in those sets were coded; thanks across borders are support. So is
    coordination at home (بالتنسيق مع فرع الوزارة): 1 of the 10 found was coded."""
    if event.type == "CONSULT":
        return event.target is None
    if event.type == "SUPPORT" and "شكر" in event.trigger.text:
        return not _across_borders(event)
    if event.type == "COOPERATE" and "تنسيق" in event.trigger.text:
        return _at_home(event)
    partyless = event.source is None and event.target is None
    if event.type == "REQUEST":
        word = event.trigger.text
        return partyless and (word == "طلب" or word.startswith(("ي", "ت")))
    banned = event.cameo == BAN and event.mode is None  # not a seizure (مصادرة, ضبط)
    if banned or event.cameo == DESTROY_PROPERTY:
        return partyless
    return event.type in DYADIC and partyless


def _deaths_as_tolls(found: list[_Found]) -> list[_Found]:
    """A killing told in a sentence that names an attack by its means (قتل 12 شخصا
    عندما هاجم انتحاريان) is that attack's toll, not an attack of its own."""
    if not any(f.event.type == "ASSAULT" and f.specificity > 0 for f in found):
        return found
    deaths = [f for f in found if f.event.type == "ASSAULT" and f.specificity == 0]
    rest = [f for f in found if f not in deaths]
    for death in deaths:
        _not_by_the_dead(rest, death.event)
        _add_outcome(rest, death.event)
    return rest


def _aimed_at_the_doer(found: list[_Found], attack_starts: list[int]) -> list[_Found]:
    """Condemning an attack is aimed at whoever did it, not at whom it hit: in أدان
    البرلمان العربي التفجير الذي استهدف مسجد قوات الطوارئ the forces named after the
    attack word are the attack's target. The condemnation's target is the attack's
    doer, or no one when none is named (as the coded sets code it)."""
    attacks = [f.event for f in found if f.event.type == "ASSAULT"]
    aimed = []
    for f in found:
        event, target = f.event, f.event.target
        if event.type != "ACCUSE" or event.cameo != CRITICISE or target is None:
            aimed.append(f)
            continue
        after_trigger = range(event.trigger.end, target.start)
        attack = next((a for a in attacks if a.trigger.start in after_trigger), None)
        if attack is None and not any(start in after_trigger for start in attack_starts):
            aimed.append(f)
            continue
        # the condemners read as the attack's doers (خطباء الجمعة أبدوا إدانتهم
        # للتفجيرات) say nothing of who did it
        doer = attack.source if attack and not _same(attack.source, event.source) else None
        aimed.append(_Found(msgspec.structs.replace(event, target=doer), f.specificity))
    return aimed


def _approval(found: _Found, here: _Sentence) -> _Found | None:
    """وافق and موافقة are an agreement only when what is approved is one (وافق مجلس
    الوزراء على اتفاقية, لم يوافق المجلس على مشروع اتفاق); approving another state's
    wish is yielding to it (وافقت تركيا على استخدام الطائرات الأمريكية: CONCEDE); any
    other approval (صدرت موافقة الوزير على تأسيس جمعية, وافق المحافظ) is a procedure.
    In the coded sets 68 of 80 such words were no event."""
    event = found.event
    if event.type != "AGREE" or not APPROVAL.match(event.trigger.text):
        return found
    at = bisect.bisect_right(here.starts, event.trigger.start) - 1
    if AGREEMENTS.intersection(here.stems[at + 1 : at + 1 + APPROVED_WINDOW]):
        return found
    if not _across_borders(event):
        return None
    return _Found(msgspec.structs.replace(event, type="CONCEDE", cameo=YIELD), found.specificity)


def _across_borders(event: Event) -> bool:
    """Is the event between actors of two countries, or with an international body?"""
    source, target = event.source, event.target
    if source is None or target is None:
        return False
    if "IGO" in (source.sector, target.sector):
        return True
    return bool(source.country and target.country and source.country != target.country)


def _at_home(event: Event) -> bool:
    """Is the event within one country: its parties of one country, or its one party of
    the country it happened in (بالتنسيق مع فرع وزارة العمل بالمنطقة)?"""
    parties = [a for a in (event.source, event.target) if a is not None]
    if not parties:
        return True
    if any(a.sector == "IGO" for a in parties):
        return False
    countries = {a.country for a in parties}
    if len(parties) == 2:
        return len(countries) == 1
    where = iso3_codes().get(event.place.country or "") if event.place else None
    return where is not None and countries == {where}


def _ordinary_killing(found: _Found) -> bool:
    """A killing told by its outcome alone (قتل شخصان طعنا, أقدم شاب على قتل ثلاثة
    أشخاص) between private persons, in a sentence that names no political actor and
    an article that names no armed one, is ordinary crime, which PLOVER does not code
    (docs/coding-guide.md)."""
    event = found.event
    private = all(a is None or a.sector == "CVL" for a in (event.source, event.target))
    killed = MURDER.fullmatch(event.trigger.text) is not None
    return event.type == "ASSAULT" and killed and private


def _not_by_the_dead(found: list[_Found], death: Event) -> None:
    """Those a death names killed are no doer of the sentence's attack (مقتل 33 شخصا
    in تسببت ثلاثة تفجيرات ... إلى مقتل 33 شخصا)."""
    for index, old in enumerate(found):
        attack = old.event
        if attack.type != "ASSAULT" or attack.negated != death.negated:
            continue
        if _same(attack.source, death.target):
            found[index] = _Found(msgspec.structs.replace(attack, source=None), old.specificity)
        return


def _add_outcome(found: list[_Found], outcome: Event) -> None:
    """A death told as an outcome (هجوم ... أسفر عن مقتل ضابطين) is part of the
    sentence's attack: the one killed is its target if it has none. With no attack
    told (a riot, a fire), it is no event."""
    for index, old in enumerate(found):
        attack = old.event
        if attack.type != "ASSAULT" or attack.negated != outcome.negated:
            continue
        if attack.target is None and not _same(attack.source, outcome.target):
            found[index] = _Found(
                msgspec.structs.replace(attack, target=outcome.target), old.specificity
            )
        return


def _same(one: Actor | None, other: Actor | None) -> bool:
    return (
        one is not None and other is not None and (one.start, one.end) == (other.start, other.end)
    )


def _compatible(one: Actor | None, other: Actor | None) -> bool:
    return one is None or other is None or one.code == other.code


def _code(actor: Actor | None) -> str | None:
    return actor.code if actor else None


def _choose_trigger(match: Match, token: Token, previous: str) -> Trigger | None:
    """A noun reading after the article (القصف), else a verb reading if there is one.
    A verb never takes the article: with it, only a three-letter past form is read,
    as its verbal noun (القتل, الرفض); الطالب is a student, not طالب "demanded",
    التدين is piety, not تدين "condemns", and الحذر is caution, not a warning.
    Nor does a past verb follow a preposition: في قصف, بقصف are attacks told by a
    noun. (Other words keep their verb reading there: the rules read the requester in
    على طلب الرئيس as introduced by على, and lost him as a noun's doer.)"""
    readings = [Trigger.from_label(label) for label in sorted(match.labels)]
    has_article = definite(token)
    after_preposition = previous in NOUN_AFTER or any(has_preposition(token, p) for p in ("ب", "ل"))
    attack = all(r.type == "ASSAULT" for r in readings)
    nominal = has_article or (after_preposition and attack)
    preferred = [r for r in readings if (r.kind != "verb") == nominal]
    stem = token_stem(token)
    if has_article and not preferred and (len(stem) != 3 or stem in NOT_VERBAL_NOUNS):
        return None
    return (preferred or readings)[0]


def _event(
    here: _Sentence,
    match: Match,
    trigger: Trigger,
    parties: tuple[ActorMention | None, ActorMention | None],
) -> Event:
    doc, tokens, stems = here.doc, here.tokens, here.stems
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
    place = _place(here.places, actors_used, trigger_span, stems, here.starts)
    source_actor = source.actor if source else None
    if trigger.type == "PROTEST":
        country = _people_country(doc, here.index, _event_country(doc, place))
        if source_actor and trigger.kind != "verb" and source_actor.sector in NOT_PROTESTERS:
            # ردا على احتجاجات: the government answered the protest; its people held it
            country = source_actor.country or country
            source_actor = None
        if source_actor is None:
            source_actor = _implied_protesters(trigger_span, country, trigger.mode)
        elif source_actor.sector is None:
            source_actor = _protesting_people(source_actor, trigger.mode)
        elif source_actor.country is None and source_actor.sector in PEOPLE and country:
            source_actor = _with_country(source_actor, country)
    if source_actor is None and _an_arrest(trigger, stems, match):
        source_actor = _presumed(
            trigger_span, _event_country(doc, place), "COP", "police", "making the arrest"
        )
    elif source_actor is None and _a_charge(trigger, stems, match):
        source_actor = _presumed(
            trigger_span, _event_country(doc, place), "JUD", "judiciary", "bringing the charge"
        )
    target_actor = target.actor if target else None
    if target_actor is None and trigger.type == "PROTEST":
        target_actor = _implied_government(here, match, trigger_span, source_actor, place)
    if trigger.cameo == OUSTER and target_actor and target_actor.country and _former(target_actor):
        # عزل الرئيس السابق محمد مرسي: he held the office when he was ousted from it
        target_actor = make_actor(target_actor.start, target_actor.end, target_actor.text,
                                  f"{target_actor.country} GOV", target_actor.role or "",
                                  target_actor.confidence)  # fmt: skip
    if target_actor is None and trigger.type == "CONSULT" and stems[match.start].startswith(VISIT):
        target_actor = _host(here, match, source_actor)
    operation = NAMED_OPERATIONS.get(tuple(stems[match.start : match.end]))
    if operation:  # عاصفة الحزم: the coalition's campaign against the Houthis, whoever is named
        doer, doer_name, aim, aim_name = operation
        implied = f"(implied by the operation {trigger_span.text})"
        if _code(source_actor) != doer:
            source_actor = _implied(trigger_span, doer, f"{doer_name} {implied}")
        if _code(target_actor) != aim:
            target_actor = _implied(trigger_span, aim, f"{aim_name} {implied}")
    return Event(
        type=trigger.type,  # type: ignore[arg-type]
        mode=_mode(trigger, stems, match),
        cameo=trigger.cameo,
        trigger=trigger_span,
        sentence=here.index,
        source=source_actor,
        target=target_actor,
        place=place,
        time=_time(doc, here.times, trigger_span),
        negated=modality.negated,
        modality=modality.modality,  # type: ignore[arg-type]
        confidence=round(min(confidence, 0.95), 3),
    )


def _people_country(doc: Document, index: int, country: str | None) -> str | None:
    """The country of the people an event happened among (protesters, victims):
    Palestinians where sentence ``index`` tells of the occupation, though the place
    (القدس) is coded Israel."""
    return "PSE" if country == "ISR" and _told_under_occupation(doc, index) else country


def _told_under_occupation(doc: Document, index: int) -> bool:
    sentence = doc.sentences[index]
    return under_occupation(doc.text, sentence.start, sentence.end)


def _event_country(doc: Document, place: Place | None) -> str | None:
    """Where an event happened: its place's country, else the country the article is
    about (its focus), as ISO alpha-3."""
    where = place.country if place and place.country else (doc.focus.country if doc.focus else None)
    return iso3_codes().get(where or "")


def _expelling(trigger: Trigger, stem: str) -> bool:
    """طرد as ground taken (وطردت الحوثيين من آخر معاقلهم)."""
    return trigger.cameo == OCCUPY_TERRITORY and "طرد" in stem


def _armed(mention: ActorMention | None) -> bool:
    return mention is not None and mention.actor.sector in ARMED


def _an_arrest(trigger: Trigger, stems: list[str], match: Match) -> bool:
    """An arrest or a raid (not a sentence passed: حكم بالإعدام)."""
    return trigger.mode in ("arrest", "raid") and not any(
        stem.startswith(("حكم", "احكام")) for stem in stems[match.start : match.end]
    )


def _a_charge(trigger: Trigger, stems: list[str], match: Match) -> bool:
    """A charge or a trial (بتهمة التجسس, محاكمة, توجيه الاتهام إليه), not an accusation
    voiced (اتهم الوزير)."""
    stem = stems[match.start]
    return trigger.type == "ACCUSE" and (
        stem.startswith(("محاكم", "تهم"))
        or (
            stem in ("اتهام", "اتهامات")
            and match.start > 0
            and stems[match.start - 1].startswith(CHARGE_VERBS)
        )
    )


def _presumed(
    trigger: Span, country: str | None, sector: str, name: str, part: str
) -> Actor | None:
    """An actor of ``sector`` from the country the event happened in, presumed where
    no one is named doing the ``part``, so with the lowest confidence: the police of
    an arrest (31 of the 60 arrests in the coded sets with no doer found were COP),
    the judiciary of a charge, the civilians a bombing hit."""
    if country is None:
        return None
    role = f"{name} (presumed: no one is named {part})"
    return make_actor(trigger.start, trigger.end, trigger.text, f"{country} {sector}", role,
                      PRESUMED_CONFIDENCE)  # fmt: skip


def _former(actor: Actor) -> bool:
    return actor.sector is None and (actor.role or "").startswith("former")


def _with_country(people: Actor, country: str) -> Actor:
    """Protesters named with no country (المتظاهرون) are of the country they protest in."""
    code = f"{country} {people.sector}"
    return make_actor(people.start, people.end, people.text, code, people.role or "",
                      people.confidence)  # fmt: skip


def _host(here: _Sentence, match: Match, visitor: Actor | None) -> Actor | None:
    """The government of the country a visit goes to (يزور سلطنة عمان, زيارة بلاتر الى
    سانت بطرسبرغ): the place named right after the visit, as the annotators code it."""
    last = here.tokens[min(match.end + HOST_WINDOW, len(here.tokens)) - 1].end
    after = here.tokens[match.end - 1].end
    place = next((p for p in here.places if after <= p.start < last and p.country), None)
    country = iso3_codes().get(place.country or "") if place else None
    if place is None or country is None or (visitor and visitor.country == country):
        return None
    role = f"government of {place.name_en or place.text} (implied by the visit)"
    return _implied(place, f"{country} GOV", role)


def _implied(evidence: Span, code: str, role: str) -> Actor:
    """An actor inferred from the event's words, with them as its evidence."""
    return make_actor(evidence.start, evidence.end, evidence.text, code, role, IMPLIED_CONFIDENCE)


def _implied_protesters(trigger: Span, country: str | None, mode: str | None) -> Actor:
    """A protest with no one named doing it was done by civilians of the country where
    it was held, as ACLED codes "Protesters (Country)", and a strike by workers (LAB;
    but عصيان مدني, civil disobedience, by civilians); the trigger is the evidence, and
    the low confidence says the actor is inferred, not read."""
    strike = mode == "strike" and "عصيان" not in trigger.text
    sector = "LAB" if strike else "CVL"
    code = f"{country} {sector}" if country else sector
    return _implied(
        trigger, code, f"{'strikers' if strike else 'protesters'} (implied by the protest)"
    )


def _protesting_people(people: Actor, mode: str | None) -> Actor:
    """A people protesting (المظاهرات الفلسطينية, عمال فرنسيون مضربون) are its civilians,
    or its workers in a strike, as ACLED and CAMEO code protesters."""
    sector = "LAB" if mode == "strike" else "CVL"
    role = f"{'strikers' if sector == 'LAB' else 'protesters'} ({people.code})"
    return make_actor(
        people.start, people.end, people.text, f"{people.code} {sector}", role, people.confidence
    )


def _implied_government(
    here: _Sentence,
    match: Match,
    trigger: Span,
    protesters: Actor | None,
    place: Place | None,
) -> Actor | None:
    """A protest with no one named as its target is aimed at the government of the
    protesters' country: said so by a grievance (احتجاجا على انقطاع الكهرباء, مظاهرة
    ضد الفساد; coding guide, convention 24), else presumed, as the annotators code
    a protest whose article tells what it is against (خرج المتظاهرون إلى الشوارع
    during a government crisis), with a lower confidence still."""
    country = protesters.country if protesters and protesters.country else None
    if country is None and place is not None:
        country = iso3_codes().get(place.country or "")
    if country is None:
        return None
    if country == "PSE" and _told_under_occupation(here.doc, here.index):
        country = "ISR"  # Palestinians protesting the occupation protest Israel's government
    stems = here.stems
    cue = next(
        (i for i in range(match.end, min(match.end + GRIEVANCE_WINDOW, len(stems)))
         if stems[i] in GRIEVANCE),
        None,
    )  # fmt: skip
    if cue is None:  # the evidence: the protest itself
        return _presumed(trigger, country, "GOV", "government", "as the protest's target")
    token = here.tokens[cue]  # the evidence: the grievance word
    role = "government (implied by the protest's grievance)"
    return make_actor(
        token.start, token.end, token.text, f"{country} GOV", role, IMPLIED_CONFIDENCE
    )


def _political(actor: Actor) -> bool:
    return actor.sector in POLITICAL_SECTORS


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
