"""Who did it and to whom: the source and target of a trigger among the sentence's
actor mentions, by Arabic word order.

A verb's subject follows it (VSO: قصفت الطائرات الروسية ...) or, failing that,
precedes it (SVO); a verbal noun's doer is the actor in idafa right after it
(غارات الطيران الروسي), the pronoun on it (زيارته), or the subject of the light
verb before it (شن الطيران الروسي غارات); the target is the next actor introduced
by على/ضد/مع/إلى/ب... (على مواقع داعش) or the verb's object; an attribution (حسب
تعبير لافروف) supplies a missing source. Passive readings of an unvowelled قتل,
relative clauses, بين X و Y and joint actors are handled here too.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, replace

from marsad.document import Actor, Token
from marsad.entities.gazetteer import Match, definite
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
        "ارتكب", "ارتكبت", "يرتكب", "ترتكب", "ارتكبوا",  # ارتكبت الميليشيات مجزرة
    }
)  # fmt: skip
# Words before the doer of a passive act or an act named by its noun: من قبل, من جانب;
# and of a killing or an arrest: على يد, على أيدي.
PASSIVE_AGENT = (["من", "قبل"], ["من", "جانب"])
BY_THE_HAND_OF = (["علي", "يد"], ["علي", "ايدي"])
# Words before those ground is taken from: استعادت عدن من أيدي الحوثيين, من قبضة.
FROM_THE_GRIP_OF = (["من", "ايدي"], ["من", "يد"], ["من", "قبضه"])
# Quotation marks inside a name's idafa: هجوم تنظيم «داعش» عليها.
QUOTES = frozenset({"«", "»", '"', "“", "”"})
# Verbs of receiving: تلقى الملك اتصالا هاتفيا من أمير الكويت (the caller calls the king).
RECEIVING_VERBS = frozenset({"تلقي", "تلقت", "يتلقي", "تتلقي", "تلقيا"})
RECEIVED_WINDOW = 12  # tokens from the verb of receiving to the trigger, at most
# Verbs of describing: وصف البيت الأبيض حزب العمال بأنه منظمة إرهابية.
DESCRIBING_VERBS = ("وصف", "يصف", "تصف", "نصف", "واصف")
DESCRIBED_WINDOW = 6  # tokens from a verb of describing to the one described, at most
# Weapons named as what an attack is made with: غارات بطائرات من دون طيار.
WEAPONS = frozenset(
    {"طائرات", "طائره", "مروحيات", "مروحيه", "مقاتلات", "صواريخ", "صاروخ", "قذائف", "مدفعيه",
     "دبابات", "زوارق", "سفن"}
)  # fmt: skip
PRONOUNS = frozenset({"ه", "ها", "هم", "هما", "هن"})  # split off in AFP text: زيارة ه
RELATIVES = frozenset({"الذي", "التي", "الذين", "اللذين", "اللتين", "اللواتي"})
RELATIVE_ADJECTIVES = 3  # words between a verbal noun and its relative clause, at most
DOER_GAP = 2  # شنه تنظيم بوكو حرام: from a relative clause's verb to its subject, at most
NOT_ADJECTIVES = frozenset({"في", "علي", "من", "عن", "الي", "مع", "ضد", "بعد", "قبل", "عندما"})
# Words of quantity between a light verb and its noun: شنت سلسلة جديدة من الضربات.
QUANTITY_WORDS = frozenset(
    {"سلسله", "موجه", "جوله", "عدد", "عددا", "مزيد", "مزيدا", "المزيد", "جديده", "من"}
)
QUANTITY_WINDOW = 4
# Words of when between a light verb and its noun: شنت صباح امس غارة.
WHEN_WORDS = frozenset(
    {"امس", "اليوم", "صباح", "مساء", "ليله", "فجر", "ظهر", "ليلا", "السبت", "الاحد",
     "الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعه"}
)  # fmt: skip
BEFORE_WINDOW = 6  # tokens between a preceding subject and the trigger, at most
BETWEEN_WINDOW = 6  # المعارك، ليلة السبت، بين ...
# A clash is told with where it raged before its sides: معارك عنيفة تدور في عدد من
# المواقع بمديرية بيحان بين الجيش الوطني وميليشيات الحوثي.
CLASH_BETWEEN_WINDOW = 10
# Stems that tell a death, the outcome of an attack rather than the attack: قتل, مقتل,
# استشهاد, لقي حتفه.
CASUALTY = ("قتل", "مقتل", "قتيل", "استشهد", "استشهاد", "لقي", "لقوا")
# Words after an unvowelled قتل that make it passive (قُتل في ..., قُتلوا جراء ...).
DEATH_CIRCUMSTANCES = frozenset(
    {"في", "خلال", "جراء", "اثر", "نتيجه", "بعد", "امس", "اليوم", "برصاص", "بنيران", "عندما"}
)  # fmt: skip
ARMED_SECTORS = frozenset({"MIL", "REB", "IMG", "UAF", "COP"})
HARM = frozenset({"ASSAULT", "COERCE"})
LIGHT_VERB_WINDOW = 12  # التحالف العربي لدعم الشرعية في اليمن، والذي يقوم بشن غارات
NUMBER_WORDS = frozenset(
    {"عشرات", "مئات", "الاف", "اثنين", "ثلاثه", "اربعه", "خمسه", "سته", "سبعه", "ثمانيه",
     "تسعه", "عشره", "عدد", "عددا", "العشرات", "المئات"}
)  # fmt: skip
TARGET_WINDOW = 8
# Sites and holdings of an actor: the actor in idafa after one (مواقع تنظيم داعش) is its
# owner, part of a verb's object, not the verb's subject.
SITES = frozenset(
    {"مواقع", "موقع", "مقر", "مقرات", "معاقل", "معقل", "اهداف", "مراكز", "مخازن", "تجمعات",
     "ثكنه", "ثكنات", "قواعد", "معسكرات", "تحصينات", "مخابئ", "عناصر", "مقاتلي", "قاده"}
)  # fmt: skip
# Buildings an attack hits, owned by the actor in idafa after them: مسجد قوات الطوارئ.
BUILDINGS = frozenset(
    {"مسجد", "مبني", "مباني", "منزل", "منازل", "سفاره", "قنصليه", "موكب", "دوريه", "حافله"}
)  # fmt: skip
# Words that tell who an attack is claimed by or blamed on (_claimed_by).
RESPONSIBILITY = frozenset({"مسؤوليه", "مسئوليه", "مسووليه"})
ASCRIBED = frozenset({"نسب", "ينسب", "تنسب", "نسبه", "نسبها", "نسبت", "نسبته"})
CLAIMED = frozenset({"تبناه", "تبنته", "تبنت", "تبني", "تبنوه"})
# فجر انتحاري يعتقد أنه ينتمي إلى تنظيم داعش: the group an attacker belongs to did it.
BELONGS = frozenset({"ينتمي", "ينتمون", "تنتمي", "منتمي", "ينتميان"})
CLAIM_WINDOW = 4
# تنظيم داعش أعلن في بيان على موقع إلكتروني تابع له المسؤولية عن: from the claimant to
# the word of responsibility, at most.
CLAIMANT_WINDOW = 10
# Words that name the forces backing an attack's doer, who are its co-sources.
BACKING = frozenset({"مسنود", "مسنوده", "مدعوم", "مدعومه", "مسانده", "اسناد", "بمسانده"})
BACKING_WINDOW = 8
AGENT_WINDOW = 3  # هجوم واسع من قوات النظام: tokens from an attack to من + its doer
COUNTED_WINDOW = 3  # قتل 19 مسلحا من داعش: the counted noun, or the group it is part of
KILLED_WINDOW = 2  # قتل ثلاثة جنود في ...: tokens from قتل to the one killed


@dataclass(frozen=True)
class ActorMention:
    """An actor mention placed on the sentence's tokens."""

    actor: Actor
    first: int
    after: int
    introduced: bool  # by a preposition: على مواقع داعش, ضد, بالرقة
    after_support_verb: bool  # شن الطيران الروسي غارات
    passive_agent: bool  # after من قبل, من جانب: the doer of a passive verb
    by_the_hand_of: bool  # after على يد: the doer of a killing or an arrest
    after_from: bool  # after من: لهجوم واسع من قوات النظام
    after_attribution: bool  # after حسب, قال ...: the speaker
    conjoined: bool  # starts with و: والمقاومة
    attached_lam: bool  # ل on its first word: لطيران التحالف
    backing: bool  # after مسنودا ب, بمساندة ...: a force backing the doer, a co-source
    addressed: bool  # after إلى or لدى: to whom a complaint or note is handed
    instrument: bool  # بطائرات, بصواريخ: what an attack is made with, not on


def actor_mention(
    actor: Actor, tokens: list[Token], stems: list[str], starts: list[int]
) -> ActorMention:
    first = bisect.bisect_right(starts, actor.start) - 1
    before = stems[max(0, first - 2) : first]
    if before[-1:] in (["ان"], ["انه"]):
        before = before[-1:]  # إلى أن المقاومة: أن opens a clause; the preposition is not hers
    attached = any(
        s.kind == "preposition" and s.norm in ATTACHED_PREPOSITIONS for s in tokens[first].segments
    )
    return ActorMention(
        actor,
        first,
        bisect.bisect_left(starts, actor.end),
        introduced=attached
        or any(word in TARGET_PREPOSITIONS for word in before)
        or before in FROM_THE_GRIP_OF,
        passive_agent=before in PASSIVE_AGENT,
        by_the_hand_of=before in BY_THE_HAND_OF,
        after_from=before[-1:] == ["من"],
        after_support_verb=any(word in SUPPORT_VERBS for word in before),
        after_attribution=any(word in ATTRIBUTION for word in stems[max(0, first - 3) : first]),
        conjoined=any(s.kind == "conjunction" and s.norm == "و" for s in tokens[first].segments),
        attached_lam=has_preposition(tokens[first], "ل"),
        backing=_backing(stems, first - 1) or _backing(stems, first - 2),
        addressed=before[-1:] in (["الي"], ["لدي"]),
        instrument=stems[first] in WEAPONS and has_preposition(tokens[first], "ب"),
    )


def with_backers(mentions: list[ActorMention], stems: list[str]) -> list[ActorMention]:
    """The sentence's mentions, with the forces joined to a backing one marked as backing
    too: مسنودا بالمقاومة الشعبية وطيران التحالف."""
    backing: set[int] = set()
    for mention in mentions:
        if mention.backing:
            backing.update(id(m) for m in conjuncts(mention, mentions, stems) if m)
    return [replace(m, backing=True) if id(m) in backing else m for m in mentions]


def arguments(
    trigger: Trigger,
    match: Match,
    mentions: list[ActorMention],
    tokens: list[Token],
    stems: list[str],
) -> tuple[ActorMention | None, ActorMention | None]:
    """The source and target of the trigger at ``match`` among ``mentions``."""
    possessed = _possessed(match, tokens, stems)
    after = [m for m in mentions if m.first >= match.end]
    window = LIGHT_VERB_WINDOW if _after_light_verb(match, stems) else BEFORE_WINDOW
    before = [
        m
        for m in mentions
        if m.after <= match.start and match.start - m.after <= window and not m.backing
    ]
    while before and (earlier := next((m for m in mentions if _joined(m, before[0], stems)), None)):
        before.insert(0, earlier)  # a long conjunct: ميليشيات الحوثي وقوات الرئيس المخلوع ...
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
        else _backed_doer(match, before, mentions, stems)
    )
    reach = CLASH_BETWEEN_WINDOW if trigger.mode == "clash" else BETWEEN_WINDOW
    between = next(
        (i for i in range(match.end, min(match.end + reach, len(stems))) if stems[i] == "بين"),
        None,
    )
    if between is not None:  # معارك، ليلة السبت، بين المقاومة والحوثيين
        parties = [m for m in after if m.first > between][:2]
        if len(parties) == 2:
            return parties[0], parties[1]
    if trigger.kind == "noun" and (received := _received(match, mentions, stems)):
        return received
    if trigger.kind == "verb" and stems[match.start].startswith(DESCRIBING_VERBS):
        return _describer_and_described(match, mentions, tokens)
    if trigger.kind == "verb" and _passive_death(match, stems):
        return None, preceding  # ستة أشخاص قتلوا في الغارات: they were killed
    if trigger.kind == "verb" and (killed := _killed_after_death(match, after, stems)):
        return None, killed  # قتل جنديان في هجوم: they were killed
    if trigger.kind == "verb" and trigger.type in HARM and _counted_object(match, stems):
        # قتل 19 مسلحا من داعش: a number after a verb of harm starts its object
        # (but تظاهر آلاف: after an intransitive verb it is the subject).
        target = next((m for m in after if m.first - match.end <= COUNTED_WINDOW), None)
        return preceding, target
    adjacent = after[0] if after and _in_idafa_after(match.end, after[0], stems) else None
    if adjacent is not None and adjacent.introduced and not _owner(trigger, match, adjacent):
        adjacent = None
    agent = next(
        (m for m in after if m.passive_agent or (m.by_the_hand_of and trigger.type in HARM)),
        None,
    )
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
    elif trigger.kind == "noun" and adjacent and _owner_of_site(match, adjacent, stems):
        # تفجير مسجد قوات الطوارئ: the forces own the mosque that was hit
        source = agent or light_verb_doer or _relative_doer(match, after, tokens, stems)
        target = adjacent
    elif trigger.kind == "noun":
        source = agent or adjacent or light_verb_doer or _relative_doer(match, after, tokens, stems)
    elif trigger.kind == "participle":
        # أطلق المتظاهرون هتافات منددة بالغارات: a participle of manner is done by the
        # main clause's subject, before it
        earlier = [m for m in mentions if m.after <= match.start and not m.introduced]
        source = agent or (earlier[-1] if earlier else None)
    else:
        subject = next(
            (
                m
                for m in after
                if m.first - match.end <= SUBJECT_WINDOW
                and not m.introduced
                and stems[m.first - 1] not in SITES
            ),
            None,
        )
        if (preceding is not None and match.start - preceding.after <= 1) or antecedent:
            subject = None  # السلطات التركية سمحت بزيادة الحصة المصرية: SVO
        source = agent or antecedent or subject or preceding
    if source is None and trigger.type == "ASSAULT":
        source = _claimed_by(match, mentions, stems)
    partners = joined_to(source, mentions, stems)
    if target is None:
        target = next(
            (
                m
                for m in after
                if m not in partners
                and not m.backing
                and not m.instrument
                and not (trigger.type == "ACCUSE" and m.addressed)
                and not part_of(m, source, stems)
                and m.first - match.end <= TARGET_WINDOW
                and (
                    m.introduced
                    or source is not None
                    or (trigger.type in HARM and _at_site(m, tokens, stems))
                )
            ),
            None,
        )
    if source is None and trigger.type in SYMMETRIC:
        parties = [m for m in after if m.first - match.end <= SYMMETRIC_WINDOW]
        if len(parties) >= 2:
            return parties[0], parties[1]
    if source is None:
        speaker = _attributed(mentions, exclude=target)
        if speaker is not None and (
            trigger.type not in HARM or speaker.actor.sector in ARMED_SECTORS
        ):
            source = speaker  # an attack is not done by whoever reports it, unless armed
    return source, target


def joint_parties(
    trigger: Trigger,
    match: Match,
    source: ActorMention | None,
    target: ActorMention | None,
    mentions: list[ActorMention],
    stems: list[str],
) -> list[tuple[ActorMention | None, ActorMention | None]]:
    """Joint actors (الجيش الوطني والمقاومة) are one event per distinct code, and so
    are the forces backing the doer of an attack (convention 3: الجيش الوطني مسنودا
    بالمقاومة وطيران التحالف); but the two joint doers of a shared act (أبرمت باكو
    وطهران اتفاقا) are its two parties."""
    targets = conjuncts(target, mentions, stems)
    # بين الجيش الوطني وميليشيات الحوثي: the source's conjunct is the other side
    sources = [s for s in conjuncts(source, mentions, stems) if s is None or s not in targets]
    if trigger.type in SYMMETRIC:
        if target is None and len(sources) > 1:
            return [(sources[0], sources[1])]
        return [(source, target)]
    if trigger.type == "ASSAULT" and source is not None:
        codes = {s.actor.code for s in sources if s}
        for backer in _backers(source, match, mentions, stems):
            if backer.actor.code not in codes:
                codes.add(backer.actor.code)
                sources.append(backer)
    return [(s, t) for s in sources for t in targets]


def _received(
    match: Match, mentions: list[ActorMention], stems: list[str]
) -> tuple[ActorMention, ActorMention] | None:
    """تلقى الأمير اتصالا هاتفيا أمس من الشيخ الصباح: a call, a letter or an invitation
    received is done by whom it came from (after من), to the receiver (the subject)."""
    verb = next(
        (i for i in range(match.start - 1, max(match.start - RECEIVED_WINDOW, 0) - 1, -1)
         if stems[i] in RECEIVING_VERBS),
        None,
    )  # fmt: skip
    if verb is None:
        return None
    receiver = next((m for m in mentions if verb < m.first < match.start), None)
    sender = next(
        (
            m
            for m in mentions
            if 0 <= m.first - match.end <= RECEIVED_WINDOW
            and "من" in stems[max(match.end, m.first - 2) : m.first]  # من الشيخ محمد
        ),
        None,
    )
    if receiver is None or sender is None:
        return None
    return sender, receiver


def _describer_and_described(
    match: Match, mentions: list[ActorMention], tokens: list[Token]
) -> tuple[ActorMention | None, ActorMention | None]:
    """وصف الحزب الحكومة بالمخادعة: the one describing, then the one described. One
    actor after the verb is the one described if the description follows it (ووصف حزب
    العمال بأنه ..., the describer being the clause's subject before: رحب البيت الأبيض),
    else the describer (ووصف نتانياهو الهجوم بأنه عمل إرهابي)."""
    after = [m for m in mentions if 0 <= m.first - match.end <= DESCRIBED_WINDOW]
    if len(after) >= 2:
        return after[0], after[1]
    if after and not (
        after[0].after < len(tokens) and has_preposition(tokens[after[0].after], "ب")
    ):
        return after[0], None
    subject = next((m for m in mentions if m.after <= match.start and not m.introduced), None)
    return subject, after[0] if after else None


def _claimed_by(
    match: Match, mentions: list[ActorMention], stems: list[str]
) -> ActorMention | None:
    """Who an attack is claimed by or blamed on: أعلنت طالبان مسؤوليتها عن الهجوم,
    الهجوم الذي تبناه تنظيم داعش, هجوم ينسب إلى متمردين, نسب الهجوم لمتمردي الحزب,
    فجر انتحاري ينتمي إلى داعش."""
    at = match.start - 1
    if at >= 0 and stems[at] == "عن":
        at -= 1
    if at >= 0 and stems[at] in RESPONSIBILITY:
        return next(
            (
                m
                for m in reversed(mentions)
                if m.after <= at and at - m.after <= CLAIMANT_WINDOW and not m.introduced
            ),
            None,
        )
    if at >= 0 and stems[at] in ASCRIBED:  # نسب الهجوم لمتمردي حزب العمال
        start = match.end
    else:  # الهجوم الذي تبناه تنظيم داعش, هجوم ينسب إلى متمردين
        cue = next(
            (i for i in range(match.end, min(match.end + CLAIMANT_WINDOW, len(stems)))
             if stems[i] in ASCRIBED or stems[i] in CLAIMED or stems[i] in BELONGS),
            None,
        )  # fmt: skip
        if cue is None:
            return None
        start = cue + 1
    claimant = next(
        (
            m
            for m in mentions
            if m.first >= start and sum(1 for s in stems[start : m.first] if s not in QUOTES) <= 1
        ),
        None,
    )  # تبناه تنظيم «داعش»: quotation marks aside, the claimant follows the cue
    group = claimant and next((m for m in mentions if part_of(claimant, m, stems)), None)
    return group or claimant  # متمردين من حزب العمال: the rebels are the party's


def _backed_doer(
    match: Match, before: list[ActorMention], mentions: list[ActorMention], stems: list[str]
) -> ActorMention | None:
    """شنت القوات العراقية بمساندة الحشد الشعبي هجوما: the subject of a light verb is
    the doer of its noun across the forces backing it (who are co-sources)."""
    doer = next((m for m in reversed(before) if m.after_support_verb and not m.introduced), None)
    if doer is None:
        return None
    inside = {i for m in mentions for i in range(m.first, m.after)}
    gap = [
        stems[i]
        for i in range(doer.after, match.start)
        if i not in inside and stems[i] not in COMMAS
    ]
    return doer if gap and all(stem in BACKING or stem == "من" for stem in gap) else None


def _backers(
    source: ActorMention, match: Match, mentions: list[ActorMention], stems: list[str]
) -> list[ActorMention]:
    """The forces backing the doer, named after it and up to a few words past it and
    the trigger, with the forces joined to them: المقاومة تقترب من تحرير البيضاء
    بمساندة قوات التحالف; الجيش الوطني المسنود بالمقاومة الشعبية وطيران التحالف."""
    last = max(source.after, match.end) + BACKING_WINDOW
    first = next((m for m in mentions if m.backing and source.after <= m.first < last), None)
    return [m for m in conjuncts(first, mentions, stems) if m is not None]


def _backing(stems: list[str], index: int) -> bool:
    """Is the word at ``index`` one of backing (مسنودة ب, بمساندة, بدعم من)?"""
    if index < 0:
        return False
    following = stems[index + 1] if index + 1 < len(stems) else ""
    return stems[index] in BACKING or (stems[index] == "دعم" and following == "من")


def conjuncts(
    first: ActorMention | None, mentions: list[ActorMention], stems: list[str]
) -> list[ActorMention | None]:
    """An actor and the actors joined to it by و (الجيش الوطني والمقاومة, جبهة النصرة،
    وأحرار الشام), the first of each code."""
    if first is None:
        return [None]
    distinct: dict[str, ActorMention | None] = {}
    for mention in joined_to(first, mentions, stems):
        distinct.setdefault(mention.actor.code, mention)
    return list(distinct.values())


def joined_to(
    first: ActorMention | None, mentions: list[ActorMention], stems: list[str]
) -> list[ActorMention]:
    """An actor and every actor joined to it by و, of whatever code."""
    if first is None:
        return []
    joined = [first]
    for mention in (m for m in mentions if m.first >= first.after):
        if not _joined(joined[-1], mention, stems):
            break
        joined.append(mention)
    return joined


def part_of(mention: ActorMention, source: ActorMention | None, stems: list[str]) -> bool:
    """متمردين من حزب العمال, with the party the doer: the rebels are the doer too."""
    return source is not None and source.first == mention.after + 1 and stems[mention.after] == "من"


def _joined(first: ActorMention, second: ActorMention, stems: list[str]) -> bool:
    """Is ``second`` joined to ``first`` by و, with nothing else between but commas?"""
    gap = [stem for stem in stems[first.after : second.first] if stem not in COMMAS]
    located = second.conjoined and gap[:1] == ["في"] and len(gap) <= 3
    return first.after <= second.first and (
        (second.conjoined and not gap) or gap == ["و"] or located
    )


def _owner(trigger: Trigger, match: Match, mention: ActorMention) -> bool:
    """ل of possession right after an attack names whose it is: غارات لطيران التحالف,
    قصف لطائرات النظام, هجومين للأكراد (an armed actor, a government or a people; على,
    not ل, introduces what is hit; in ثكنة للجيش the ل belongs to the barracks)."""
    sector = mention.actor.sector
    owner = sector in ARMED_SECTORS or sector in ("GOV", None)
    right_after = mention.first == match.end and mention.attached_lam
    return trigger.type == "ASSAULT" and trigger.kind == "noun" and owner and right_after


def _relative_doer(
    match: Match, after: list[ActorMention], tokens: list[Token], stems: list[str]
) -> ActorMention | None:
    """العقوبات التي فرضتها الأمم المتحدة: the doer of a verbal noun is the subject of
    the relative clause right after it (the pronoun, then the verb, then the doer).
    Past the noun's adjectives the verb must be a light verb (الغارات الجوية التي
    تنفذها الطائرات التركية, not الهجوم الإرهابي الذي شهدته تونس, where it happened),
    and an indefinite noun takes the clause with no pronoun, its verb carrying the
    noun as a suffix (هجوم انتقامي شنه تنظيم بوكو حرام)."""
    noun_definite = definite(tokens[match.start])
    first_actor = after[0].first if after else len(stems)
    at = match.end
    while (
        at < min(first_actor, len(stems), match.end + RELATIVE_ADJECTIVES)
        and stems[at] not in RELATIVES
        and not _light_verb_with_object(tokens[at], stems[at])
        and _adjective_of(tokens[at], noun_definite)
        and stems[at] not in NOT_ADJECTIVES
    ):
        at += 1  # adjectives of the noun
    if at >= len(stems) - 1:
        return None
    adjectives = at > match.end
    if stems[at] in RELATIVES and (
        not adjectives or _light_verb_with_object(tokens[at + 1], stems[at + 1])
    ):
        verb = at + 1
    elif not noun_definite and _light_verb_with_object(tokens[at], stems[at]):
        verb = at
    else:
        return None
    return next((m for m in after if verb < m.first <= verb + DOER_GAP and not m.introduced), None)


def _adjective_of(token: Token, definite: bool) -> bool:
    """Could the word be an adjective of a noun so (in)definite? No preposition on it,
    and ال on it as on the noun."""
    kinds = {segment.kind for segment in token.segments}
    return "preposition" not in kinds and ("article" in kinds) == definite


def _light_verb_with_object(token: Token, stem: str) -> bool:
    """شنها, تنفذها, نفذه: a light verb with the pronoun of what it does (split off, or
    still on a verb the clitic splitter does not know)."""
    if stem in SUPPORT_VERBS:
        return has_suffix(token)
    return any(
        stem.endswith(pronoun) and stem[: -len(pronoun)] in SUPPORT_VERBS
        for pronoun in ("ه", "ها", "هما")
    )


def has_suffix(token: Token) -> bool:
    """زيارته, سفيرها, شنها: a word with a pronoun suffix (whose, or what is done)."""
    return any(segment.kind == "suffix" for segment in token.segments)


def has_preposition(token: Token, preposition: str) -> bool:
    """لطيران التحالف, بطائرات: a word with this preposition attached."""
    return any(s.kind == "preposition" and s.norm == preposition for s in token.segments)


def _after_light_verb(match: Match, stems: list[str]) -> bool:
    """يقوم بشن غارات, نفذ سلسلة من الغارات, شنت صباح امس غارة: the trigger is the object
    of a light verb right before it, or before the quantity or the time of it."""
    at = match.start - 1
    while (
        at >= 0
        and match.start - at <= QUANTITY_WINDOW
        and (stems[at] in QUANTITY_WORDS or stems[at] in WHEN_WORDS)
    ):
        at -= 1
    return at >= 0 and stems[at] in SUPPORT_VERBS


def _passive_death(match: Match, stems: list[str]) -> bool:
    """قتل with no object, followed by where, when or how (قتلوا في الغارات, قتل امس
    برصاص): read unvowelled, it is the passive قُتل, its subject the one killed."""
    if not stems[match.start].startswith(CASUALTY):
        return False
    following = stems[match.end] if match.end < len(stems) else ""
    return following in DEATH_CIRCUMSTANCES or following in COMMAS or not following


def _killed_after_death(
    match: Match, after: list[ActorMention], stems: list[str]
) -> ActorMention | None:
    """The actor right after a bare قتل when where, when or how follows it (قتل جنديان
    تركيان في هجوم, قتل ثلاثة جنود أمس): read unvowelled, قتل is then the passive قُتل
    and the actor the one killed; an active قتل goes on to its object (قتل مسلحون
    ثلاثة جنود)."""
    if stems[match.start] != "قتل" or not after or after[0].first - match.end > KILLED_WINDOW:
        return None
    following = stems[after[0].after] if after[0].after < len(stems) else ""
    passive = following in DEATH_CIRCUMSTANCES or following in COMMAS or not following
    return after[0] if passive else None


def _in_idafa_after(end: int, mention: ActorMention, stems: list[str]) -> bool:
    """Is ``mention`` in idafa right after a noun ending at ``end``, quotation marks
    aside (هجوم تنظيم «داعش»)?"""
    return sum(1 for stem in stems[end : mention.first] if stem not in QUOTES) <= IDAFA_WINDOW


def _owner_of_site(match: Match, mention: ActorMention, stems: list[str]) -> bool:
    """Is ``mention`` the owner of a site named between it and an attack noun (تفجير
    مسجد قوات الطوارئ, قصف مواقع داعش), so what the attack hit?"""
    return any(stem in SITES or stem in BUILDINGS for stem in stems[match.end : mention.first])


def _at_site(mention: ActorMention, tokens: list[Token], stems: list[str]) -> bool:
    """Is ``mention`` the owner of a site an attack was at (التفجير الغاشم بمسجد قوة
    الطوارئ, في مقر الشرطة), so what it hit?"""
    site = mention.first - 1
    return (
        site >= 0
        and (stems[site] in SITES or stems[site] in BUILDINGS)
        and (has_preposition(tokens[site], "ب") or (site > 0 and stems[site - 1] == "في"))
    )


def _counted_object(match: Match, stems: list[str]) -> bool:
    following = stems[match.end] if match.end < len(stems) else ""
    return following.isdigit() or following in NUMBER_WORDS


def _attributed(mentions: list[ActorMention], exclude: ActorMention | None) -> ActorMention | None:
    """The actor named after حسب/بحسب/قال ...: the speaker of a reported act."""
    return next(
        (m for m in mentions if m is not exclude and m.after_attribution),
        None,
    )


def _possessed(match: Match, tokens: list[Token], stems: list[str]) -> bool:
    """زيارته, or زيارة ه in clitic-split text: a noun with a possessive pronoun."""
    return has_suffix(tokens[match.end - 1]) or (
        match.end < len(stems) and stems[match.end] in PRONOUNS
    )
