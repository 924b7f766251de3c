"""The pipeline: named stages run in order over one ``Document``.

A stage is a function ``(document, resources) -> document`` that adds its
annotations and touches nothing else; ``Resources`` holds the read-only data
(lexicons, gazetteer, models) loaded once and shared by every document, so the
same ``Pipeline`` serves one article in the CLI, a batch in the store, and a
shard on a Dask worker.

Normalisation is not a stage of its own: ``Document.normalised`` is derived
from the immutable text on first use, and every stage matches against it.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from marsad.actors.dictionary import (
    ActorDictionary,
    group_rows,
    known_actor_rows,
    sector_rows,
)
from marsad.actors.resolve import ActorModels, resolve_actors
from marsad.countries import iso3_codes
from marsad.document import Document
from marsad.entities.gazetteer import Gazetteer, read_names, read_nationalities
from marsad.entities.recognise import EntityModels, recognise_entities
from marsad.entities.tagger import EntityTagger
from marsad.events.extract import extract_events
from marsad.events.role_model import RoleModel
from marsad.events.triggers import load_triggers
from marsad.places.gazetteer import PlaceGazetteer
from marsad.places.stage import resolve_places
from marsad.text.clitics import CliticSplitter
from marsad.text.segment import segment
from marsad.times import find_times

Stage = Callable[[Document, "Resources"], Document]


class Resources:
    """Read-only resources, each loaded on first use and then shared."""

    @functools.cached_property
    def clitic_splitter(self) -> CliticSplitter:
        return CliticSplitter.load()

    @functools.cached_property
    def curated_entities(self) -> Gazetteer:
        return Gazetteer.from_names(read_names("curated_entities.tsv"), self.clitic_splitter)

    @functools.cached_property
    def known_places(self) -> Gazetteer:
        return Gazetteer.from_names(read_names("known_places.tsv"), self.clitic_splitter)

    @functools.cached_property
    def nationalities(self) -> Gazetteer:
        return Gazetteer.from_names(read_nationalities(), self.clitic_splitter)

    @functools.cached_property
    def entity_models(self) -> EntityModels:
        tagger = EntityTagger.load(self.clitic_splitter)
        return EntityModels(tagger, self.curated_entities, self.nationalities, self.known_places)

    @functools.cached_property
    def places(self) -> PlaceGazetteer:
        return PlaceGazetteer.load(self.clitic_splitter)

    @functools.cached_property
    def actor_models(self) -> ActorModels:
        splitter = self.clitic_splitter
        return ActorModels(
            names=ActorDictionary.build(known_actor_rows(), splitter),
            sectors=ActorDictionary.build(sector_rows(), splitter),
            groups=ActorDictionary.build(group_rows(), splitter),
            iso3=iso3_codes(),
        )

    @functools.cached_property
    def event_triggers(self) -> Gazetteer:
        return load_triggers(self.clitic_splitter)

    @functools.cached_property
    def role_model(self) -> RoleModel:
        return RoleModel.load()


def segment_stage(doc: Document, resources: Resources) -> Document:
    return segment(doc, resources.clitic_splitter)


def times_stage(doc: Document, resources: Resources) -> Document:
    doc.times = find_times(doc)
    return doc


def entities_stage(doc: Document, resources: Resources) -> Document:
    return recognise_entities(doc, resources.entity_models)


def places_stage(doc: Document, resources: Resources) -> Document:
    return resolve_places(doc, resources.places)


def actors_stage(doc: Document, resources: Resources) -> Document:
    return resolve_actors(doc, resources.actor_models)


def events_stage(doc: Document, resources: Resources) -> Document:
    return extract_events(doc, resources.event_triggers, resources.role_model)


DEFAULT_STAGES: tuple[tuple[str, Stage], ...] = (
    ("segment", segment_stage),
    ("times", times_stage),
    ("entities", entities_stage),
    ("places", places_stage),
    ("actors", actors_stage),
    ("events", events_stage),
)


@dataclass(frozen=True)
class Pipeline:
    stages: Sequence[tuple[str, Stage]] = DEFAULT_STAGES
    resources: Resources = field(default_factory=Resources)

    @property
    def stage_names(self) -> list[str]:
        return [name for name, _ in self.stages]

    def __call__(self, doc: Document) -> Document:
        for _, stage in self.stages:
            doc = stage(doc, self.resources)
        return doc
