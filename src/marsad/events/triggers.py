"""Event triggers: words and phrases that name a PLOVER event, in all their forms."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from marsad.entities.gazetteer import Gazetteer
from marsad.resources import read_rows
from marsad.text.clitics import CliticSplitter

PAST_ENDINGS = ("", "ت", "تا", "وا", "ا", "ن", "نا", "تم")
IMPERFECT_PREFIXES = ("ي", "ت", "ن", "ا")
IMPERFECT_ENDINGS = ("", "ون", "ان", "ين", "وا", "ن")
ACCUSATIVE_TYPES = frozenset({"ASSAULT", "PROTEST", "CONSULT", "AGREE", "COOPERATE", "AID"})


@dataclass(frozen=True)
class Trigger:
    type: str
    mode: str | None
    cameo: str
    kind: str  # verb or noun

    def label(self) -> str:
        return "|".join((self.type, self.mode or "", self.cameo, self.kind))

    @classmethod
    def from_label(cls, label: str) -> Trigger:
        type_, mode, cameo, kind = label.split("|")
        return cls(type_, mode or None, cameo, kind)


def verb_forms(past: str, imperfect: str) -> Iterator[str]:
    """Past and imperfect forms of a verb (or a phrase headed by one: شن غارات)."""
    past_head, _, past_rest = past.partition(" ")
    imperfect_head, _, imperfect_rest = imperfect.partition(" ")
    heads = {past_head + ending for ending in PAST_ENDINGS}
    if past_head.endswith(("ا", "ي")):  # دعا → دعت, دعوا; التقى → التقت
        heads.update(past_head[:-1] + ending for ending in ("ت", "تا", "وا"))
    heads.update(
        prefix + imperfect_head + ending
        for prefix in IMPERFECT_PREFIXES
        for ending in IMPERFECT_ENDINGS
    )
    for head in sorted(heads):
        yield f"{head} {past_rest}".strip() if past_rest else head
        if imperfect_rest and imperfect_rest != past_rest:
            yield f"{head} {imperfect_rest}"


def lexicon_rows(splitter: CliticSplitter) -> Iterator[tuple[str, str]]:
    """(form, trigger label) for every form in ``event_triggers.tsv``."""
    for type_, mode, cameo, kind, forms in read_rows("event_triggers.tsv"):
        label = Trigger(type_, mode or None, cameo, kind).label()
        if kind == "verb":
            past, imperfect = forms.split("|")
            for form in verb_forms(past, imperfect):
                if form == past or not _cut_by_splitter(form, splitter):
                    yield form, label
        else:
            for form in forms.split(","):
                yield form, label
                if type_ in ACCUSATIVE_TYPES and (accusative := _accusative(form)):
                    yield accusative, label


def _accusative(form: str) -> str | None:
    """The indefinite accusative of a one-word noun, which writes an alif after it
    (عقد اجتماعًا, نظموا اعتصامًا): اجتماعا. Not after ة, ا, ى, ء (no alif is written)
    nor for a plural in ات. Only for acts a light verb takes as its object
    (``ACCUSATIVE_TYPES``): an accusative threat or alert is mostly an adverb (تشكل
    تهديدًا, تأهبًا)."""
    if " " in form or form.endswith(("ة", "ه", "ا", "ى", "ء", "ات", "ين", "ون")):
        return None
    return form + "ا"


def _cut_by_splitter(form: str, splitter: CliticSplitter) -> bool:
    """Would the clitic splitter cut a generated form? Then its stem is another word:
    فجّرت read as ف + جرت would match جرت ("took place"), اشارك as اشار + ك would
    match أشار ("pointed out")."""
    return splitter.split(form.split(" ")[0]) is not None


def load_triggers(splitter: CliticSplitter) -> Gazetteer:
    return Gazetteer.from_names(lexicon_rows(splitter), splitter)
