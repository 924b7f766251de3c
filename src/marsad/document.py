"""The document model: original text, metadata, and annotations as spans.

Every annotation carries ``start``/``end`` character offsets (Unicode code
points, end exclusive) into ``Document.text``, which is never modified, and the
``text`` of that slice, so ``doc.text[span.start:span.end] == span.text``.
The JSON form is versioned by ``SCHEMA_VERSION``; ``schema/document.schema.json``
is generated from these types by ``scripts/write_json_schema.py``.
"""

from __future__ import annotations

import bisect
import functools
from collections.abc import Iterable
from typing import TYPE_CHECKING, Generic, Literal, TypeVar

import msgspec

if TYPE_CHECKING:
    from marsad.text.normalise import NormalisedText

SCHEMA_VERSION = "1.3"

EntityLabel = Literal["PER", "ORG", "LOC", "MISC"]
TimeType = Literal["DATE", "TIME", "DURATION", "SET"]
# TIMEX3 mod: which part of the value is meant (نهاية العام → END) or how near
# (نحو عامين → APPROX, أكثر من عامين → MORE_THAN); "" for none.
TimeMod = Literal[
    "", "START", "MID", "END", "APPROX", "MORE_THAN", "LESS_THAN", "EQUAL_OR_MORE",
    "EQUAL_OR_LESS", "BEFORE", "AFTER", "ON_OR_BEFORE", "ON_OR_AFTER",
]  # fmt: skip
SegmentKind = Literal["conjunction", "preposition", "future", "article", "stem", "suffix"]
PloverType = Literal[
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
]  # fmt: skip


class Span(msgspec.Struct, kw_only=True, omit_defaults=True, gc=False):
    """A slice of the original text."""

    start: int
    end: int
    text: str


SpanT = TypeVar("SpanT", bound=Span)


class SpansByStart(Generic[SpanT]):
    """Spans sorted by start, to take those that start inside a sentence by bisection
    (filtering every span for every sentence is quadratic in article length)."""

    def __init__(self, spans: Iterable[SpanT]) -> None:
        self._spans = sorted(spans, key=lambda span: span.start)
        self._starts = [span.start for span in self._spans]

    def starting_in(self, start: int, end: int) -> list[SpanT]:
        """The spans with ``start <= span.start < end``, in order."""
        lo = bisect.bisect_left(self._starts, start)
        return self._spans[lo : bisect.bisect_left(self._starts, end, lo)]


class Sentence(Span, kw_only=True, omit_defaults=True):
    pass


class Segment(Span, kw_only=True, omit_defaults=True):
    """One morpheme of a token after clitic splitting, e.g. the ``ب`` of ``بالرقة``.

    ``norm`` is the normalised form used for matching; it can differ from the
    slice, e.g. the article inside ``للرئيس`` is the slice ``ل`` with norm ``ال``.
    """

    norm: str
    kind: SegmentKind


class Token(Span, kw_only=True, omit_defaults=True):
    """A word, number or punctuation mark.

    ``norm`` is the normalised form; ``segments`` is empty unless the token was
    split into clitics and a stem.
    """

    norm: str
    segments: list[Segment] = []

    @property
    def stem(self) -> str:
        """Normalised stem without clitics (the whole token if it was not split)."""
        for segment in self.segments:
            if segment.kind == "stem":
                return segment.norm
        return self.norm


class Entity(Span, kw_only=True, omit_defaults=True):
    label: EntityLabel
    confidence: float = 1.0
    # Extra typed facts, e.g. {"nationality": "RUS"} for الروسي.
    attributes: dict[str, str] = {}


class TimeExpression(Span, kw_only=True, omit_defaults=True):
    type: TimeType
    value: str  # ISO-8601 / TIMEX3, e.g. 2017-09-25, 2017-W36, P2Y, PAST_REF
    confidence: float = 1.0
    mod: TimeMod = ""


class Place(Span, kw_only=True, omit_defaults=True):
    """A place mention resolved to a gazetteer entry (or kept with ``reason``)."""

    gazetteer_id: str | None = None  # e.g. "geonames:170794"
    name: str | None = None  # canonical Arabic name
    name_en: str | None = None
    lat: float | None = None
    lon: float | None = None
    feature: Literal["country", "admin", "city", "water", "region"] | None = None
    country: str | None = None  # ISO 3166-1 alpha-2
    confidence: float = 0.0
    reason: str | None = None  # why this entry, or why unresolved


class Actor(Span, kw_only=True, omit_defaults=True):
    """An actor mention resolved to a CAMEO-style code such as ``RUS GOV``."""

    code: str | None = None
    country: str | None = None  # ISO 3166-1 alpha-3
    sector: str | None = None  # GOV, MIL, REB, IGO, ...
    name: str | None = None  # canonical name, e.g. "سيرغي لافروف"
    role: str | None = None  # e.g. "foreign minister"
    confidence: float = 0.0


class TimeRef(msgspec.Struct, kw_only=True, omit_defaults=True):
    """When an event happened: a time expression's value, else the publication date."""

    value: str
    start: int | None = None
    end: int | None = None


class Event(msgspec.Struct, kw_only=True, omit_defaults=True):
    type: PloverType
    mode: str | None = None  # PLOVER mode, e.g. "aerial" for ASSAULT
    cameo: str | None = None  # nearest CAMEO code, e.g. "195"
    trigger: Span
    sentence: int  # index into Document.sentences
    source: Actor | None = None
    target: Actor | None = None
    place: Place | None = None
    time: TimeRef | None = None
    negated: bool = False  # لم يقصف, نفى أن يكون قد قصف: reported as not having happened
    modality: Literal["future", "hypothetical"] | None = None  # سيزور, قد, إذا; None = asserted
    confidence: float = 0.0


class Focus(msgspec.Struct, kw_only=True, omit_defaults=True):
    """What the article is about, as CLIFF computes it: its main country and place."""

    country: str  # ISO 3166-1 alpha-2
    place_id: str  # gazetteer id of the main place (a city or region, else the country)
    name: str  # its canonical Arabic name


class Document(msgspec.Struct, kw_only=True, omit_defaults=True, dict=True):
    """One article and everything Marsad found in it."""

    id: str
    text: str
    title: str | None = None
    source: str | None = None
    url: str | None = None
    published: str | None = None  # YYYY-MM-DD
    schema_version: str = SCHEMA_VERSION
    # What was done to the input to get ``text`` (cp1256 decoding, HTML stripped, ...).
    notes: list[str] = []
    sentences: list[Sentence] = []
    tokens: list[Token] = []
    entities: list[Entity] = []
    times: list[TimeExpression] = []
    places: list[Place] = []
    actors: list[Actor] = []
    events: list[Event] = []
    focus: Focus | None = None

    @functools.cached_property
    def normalised(self) -> NormalisedText:
        """The matching form of ``text`` with its map back to original offsets.

        Derived from the immutable ``text``, computed once, never serialised.
        """
        from marsad.text.normalise import normalise

        return normalise(self.text)


_encoder = msgspec.json.Encoder()
_decoder = msgspec.json.Decoder(Document)


def to_json(doc: Document, *, pretty: bool = False) -> str:
    data = _encoder.encode(doc)
    if pretty:
        data = msgspec.json.format(data, indent=2)
    return data.decode("utf-8")


def from_json(data: str | bytes) -> Document:
    """Parse one JSON document; raises ``msgspec.ValidationError`` on a bad shape."""
    return _decoder.decode(data)


def json_schema() -> dict:
    schema = msgspec.json.schema(Document)
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = f"https://marsad.invalid/schema/document-{SCHEMA_VERSION}.json"
    schema["title"] = f"Marsad document, schema version {SCHEMA_VERSION}"
    return schema
