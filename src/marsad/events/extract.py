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
Triggers inside an actor's name (الحشد in الحشد الشعبي) are skipped, and two
triggers of one sentence with the same type and actors are one incident.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

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
    }
)  # fmt: skip
BEFORE_WINDOW = 6  # tokens between a preceding subject and the trigger, at most
BETWEEN_WINDOW = 6  # المعارك، ليلة السبت، بين ...
SPORT = frozenset(
    {
        "مباراه", "مباريات", "الدوري", "دوري", "نادي", "اندية", "لاعب", "لاعبين", "لاعبي",
        "مدرب", "المدرب", "منتخب", "هدف", "اهداف", "ملعب", "الملعب", "بطوله", "كاس",
        "الموسم", "فريق", "الفريق", "صفقه", "احتراف", "محترف", "انتقالات",
    }
)  # fmt: skip
TOPIC_TYPES = frozenset({"AGREE", "CONSULT", "COOPERATE", "SUPPORT", "AID"})
HARM = frozenset({"ASSAULT", "COERCE"})
LIGHT_VERB_WINDOW = 12  # التحالف العربي لدعم الشرعية في اليمن، والذي يقوم بشن غارات
NUMBER_WORDS = frozenset(
    {"عشرات", "مئات", "الاف", "اثنين", "ثلاثه", "اربعه", "خمسه", "سته", "سبعه", "ثمانيه",
     "تسعه", "عشره", "عدد", "عددا", "العشرات", "المئات"}
)  # fmt: skip
TARGET_WINDOW = 8
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
    passive_agent: bool  # after من قبل: the doer of a passive verb
    after_attribution: bool  # after حسب, قال ...: the speaker


def _mention(actor: Actor, tokens: list[Token], stems: list[str], starts: list[int]) -> _Mention:
    first = bisect.bisect_right(starts, actor.start) - 1
    before = stems[max(0, first - 2) : first]
    attached = any(
        s.kind == "preposition" and s.norm in ATTACHED_PREPOSITIONS for s in tokens[first].segments
    )
    return _Mention(
        actor,
        first,
        bisect.bisect_left(starts, actor.end),
        introduced=attached or any(word in TARGET_PREPOSITIONS for word in before),
        passive_agent=before == ["من", "قبل"],
        after_support_verb=any(word in SUPPORT_VERBS for word in before),
        after_attribution=any(word in ATTRIBUTION for word in stems[max(0, first - 3) : first]),
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
        found: list[Event] = []
        if SPORT.intersection(stems) and not mentions:
            continue  # خط الهجوم, نادي الاتفاق: sport news borrows the words of war and treaties
        for match in triggers.matches(stems):
            if any(m.first <= match.start and match.end <= m.after for m in mentions) or any(
                e.start <= starts[match.start] < e.end for e in names
            ):
                continue  # part of a name: الحشد الشعبي, مجلس التعاون, تدمر (not "destroys")
            trigger = _choose_trigger(match, tokens[match.start])
            if trigger is None:
                continue
            event = _event(
                doc, index, tokens, stems, starts, match, trigger, mentions, places, times
            )
            if event.source is None and event.target is None and _topic(trigger):
                continue
            if not any(_same_incident(event, other) for other in found):
                found.append(event)
        events.extend(found)
    doc.events = events
    return doc


def _topic(trigger: Trigger) -> bool:
    """A verbal noun of talks, deals or help with no party named (الاتفاق, التعاون,
    المشاركة, الزيارة) is nearly always a topic, not an event."""
    return trigger.type in TOPIC_TYPES and trigger.kind != "verb"


def _same_incident(one: Event, other: Event) -> bool:
    """Two triggers of one sentence naming one incident: مظاهرات ... هذه المظاهرات."""
    return (one.type, _code(one.source), _code(one.target), one.negated) == (
        other.type,
        _code(other.source),
        _code(other.target),
        other.negated,
    )


def _code(actor: Actor | None) -> str | None:
    return actor.code if actor else None


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
    mentions: list[_Mention],
    places: list[Place],
    times: list[TimeExpression],
) -> Event:
    source, target = _arguments(trigger, match, mentions, stems)
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
    return Event(
        type=trigger.type,  # type: ignore[arg-type]
        mode=_mode(trigger, stems, match),
        cameo=trigger.cameo,
        trigger=trigger_span,
        sentence=sentence,
        source=source.actor if source else None,
        target=target.actor if target else None,
        place=_place(places, actors_used, trigger_span, stems, starts),
        time=_time(doc, times, trigger_span),
        negated=modality.negated,
        modality=modality.modality,  # type: ignore[arg-type]
        confidence=round(min(confidence, 0.95), 3),
    )


def _arguments(
    trigger: Trigger, match: Match, mentions: list[_Mention], stems: list[str]
) -> tuple[_Mention | None, _Mention | None]:
    after = [m for m in mentions if m.first >= match.end]
    window = LIGHT_VERB_WINDOW if _after_light_verb(match, stems) else BEFORE_WINDOW
    before = [m for m in mentions if m.after <= match.start and match.start - m.after <= window]
    preceding = before[-1] if before and not before[-1].introduced else None
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
    if trigger.kind == "verb" and trigger.type in HARM and _counted_object(match, stems):
        # قتل 19 مسلحا من داعش: a number after a verb of harm starts its object
        # (but تظاهر آلاف: after an intransitive verb it is the subject).
        target = next((m for m in after if m.first - match.end <= TARGET_WINDOW), None)
        return preceding, target
    adjacent = after[0] if after and after[0].first - match.end <= IDAFA_WINDOW else None
    if adjacent is not None and adjacent.introduced:
        adjacent = None
    agent = next((m for m in after if m.passive_agent), None)
    source = target = None
    if trigger.kind == "noun-patient":
        source, target = agent or light_verb_doer, adjacent
    elif trigger.kind == "noun":
        source = agent or adjacent or light_verb_doer
    else:
        subject = next(
            (m for m in after if m.first - match.end <= SUBJECT_WINDOW and not m.introduced),
            None,
        )
        source = agent or subject or preceding
    if target is None:
        target = next(
            (
                m
                for m in after
                if m is not source
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


def _after_light_verb(match: Match, stems: list[str]) -> bool:
    """يقوم بشن غارات: the trigger is the object of a light verb right before it."""
    return match.start > 0 and stems[match.start - 1] in SUPPORT_VERBS


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
