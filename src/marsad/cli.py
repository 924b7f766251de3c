"""The ``marsad`` command line. It parses arguments and calls the library, nothing more."""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, NoReturn, TextIO

import typer

from marsad import __version__
from marsad.document import Actor, Document, Event, to_json
from marsad.inputs import MAX_DOCUMENT_BYTES, MB, InputError, iter_documents, validate_published

if TYPE_CHECKING:
    from rich.console import RenderableType

SUMMARY_SENTENCES = 3

app = typer.Typer(
    name="marsad",
    help="Marsad turns Arabic news into structured event data (JSON).",
    add_completion=False,
    no_args_is_help=True,
    rich_markup_mode="markdown",
)


def _say(message: str) -> None:
    typer.echo(f"marsad: {message}", err=True)


def _usage_error(message: str) -> NoReturn:
    _say(message)
    raise typer.Exit(2)


PublishedOption = Annotated[
    str | None,
    typer.Option(
        metavar="YYYY-MM-DD",
        help="Publication date of the articles (and JSON lines) that do not give one, "
        "e.g. 2017-09-06.",
        show_default=False,
    ),
]


def _check_published(published: str | None) -> None:
    try:
        validate_published(published, source="marsad", name="--published")
    except InputError as err:
        _usage_error(err.message)


def _show_version(value: bool) -> None:
    if value:
        typer.echo(f"marsad {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_show_version, is_eager=True, help="Show the version and exit."
        ),
    ] = False,
) -> None:
    """Marsad turns Arabic news into structured event data (JSON).

    Start with: `marsad extract article.txt --published 2017-09-06 --summary`
    """


@app.command()
def extract(
    files: Annotated[
        list[str] | None,
        typer.Argument(
            metavar="FILES",
            help="Articles to read: UTF-8 (or cp1256) .txt or .html files; `-` reads stdin. "
            "Each file is one document whose id is the file name without its extension; "
            "a .jsonl file is read as JSON Lines, as with --jsonl.",
            show_default=False,
        ),
    ] = None,
    jsonl: Annotated[
        list[Path] | None,
        typer.Option(
            "--jsonl",
            metavar="FILE",
            help='JSON Lines file, one article per line: `{"id": ..., "text": ..., '
            '"published": "YYYY-MM-DD", "title": ..., "source": ..., "url": ...}`; only '
            "`text` is required. Repeat for several files.",
            show_default=False,
        ),
    ] = None,
    published: PublishedOption = None,
    output: Annotated[
        Path | None,
        typer.Option(
            "-o",
            "--output",
            metavar="OUT",
            help="Write to this file instead of stdout.",
            show_default=False,
        ),
    ] = None,
    pretty: Annotated[
        bool,
        typer.Option(
            "--pretty", help="Indent the JSON; documents are then separated by a blank line."
        ),
    ] = False,
    summary: Annotated[
        bool,
        typer.Option(
            "--summary", help="Print a readable summary of each document instead of JSON."
        ),
    ] = False,
    max_mb: Annotated[
        float,
        typer.Option(
            "--max-mb",
            metavar="N",
            min=0.001,
            help="Refuse documents larger than N megabytes.",
        ),
    ] = MAX_DOCUMENT_BYTES / MB,
) -> None:
    """Read Arabic articles and write one JSON document per line.

    Inputs that cannot be read are reported on stderr, one line each, and skipped; the
    rest are still written. Exit status: 0 all written, 1 some skipped, 2 usage error.

    Examples:

    - `marsad extract examples/deir-ez-zor-op-ed.txt --published 2017-09-06 --summary`
    - `marsad extract news/*.txt --published 2017-09-06 -o events.jsonl`
    - `cat article.txt | marsad extract - --pretty`
    - `marsad extract --jsonl feed.jsonl -o out.jsonl`
    """
    files, jsonl = files or [], jsonl or []
    # a feed given as an argument is still a feed, not one article made of JSON
    jsonl += [Path(f) for f in files if f.endswith(".jsonl")]
    files = [f for f in files if not f.endswith(".jsonl")]
    if not files and not jsonl:
        _usage_error(
            "no inputs; pass article files, - for stdin, or --jsonl FILE "
            "(see marsad extract --help)"
        )
    if pretty and summary:
        _usage_error("--pretty and --summary cannot be combined; pick one")
    _check_published(published)

    # Imported here so that --help and --version do not load the pipeline.
    from marsad.pipeline import Pipeline

    pipeline = Pipeline()
    written = skipped = 0
    inputs = iter_documents(files, jsonl=jsonl, published=published, max_bytes=round(max_mb * MB))
    with _open_output(output) as out:
        for item in inputs:
            if isinstance(item, InputError):
                _say(str(item))
                skipped += 1
                continue
            try:
                doc = pipeline(item)
            except Exception as exc:  # one bad document must not sink the batch
                _say(
                    f"{item.id}: pipeline failed ({type(exc).__name__}: {exc}); this is a bug "
                    "in marsad, please report it with the input"
                )
                skipped += 1
                continue
            if summary:
                _print_summary(doc, out)
            else:
                if pretty and written:
                    out.write("\n")
                out.write(to_json(doc, pretty=pretty) + "\n")
            written += 1
    if skipped:
        _say(f"wrote {written} documents, skipped {skipped} inputs")
        raise typer.Exit(1)


@app.command("eval-ner")
def eval_ner(
    files: Annotated[
        list[Path],
        typer.Argument(
            metavar="FILE",
            help="BIO files: ANERcorp style (`token TAG`) or Wojood style "
            "(`token TAG [TAG ...]`, its outer layer mapped to PER/ORG/LOC/MISC).",
            show_default=False,
        ),
    ],
) -> None:
    """Score the entity tagger on BIO files: CoNLL exact-span precision, recall, F1.

    Each sentence is rebuilt as text and run through the pipeline; predicted spans are
    mapped back to the file's tokens. Prints per type and micro-averaged (PER/ORG/LOC,
    and with MISC).

    Example: `marsad eval-ner ../shared/data/anercorp/dev.txt`
    """
    from marsad.entities.bio import read_bio
    from marsad.entities.evaluation import evaluate
    from marsad.pipeline import DEFAULT_STAGES, Pipeline

    pipeline = Pipeline([stage for stage in DEFAULT_STAGES if stage[0] in ("segment", "entities")])
    for path in files:
        try:
            sentences = read_bio(path)
        except (OSError, UnicodeDecodeError) as err:
            _usage_error(f"{path}: cannot read it as a UTF-8 BIO file ({err}); check the path")
        if not sentences:
            _usage_error(f"{path}: no tagged tokens found; expected `token TAG` lines")
        typer.echo(f"{path}: {len(sentences):,} sentences")
        typer.echo(evaluate(sentences, pipeline).table())


@app.command("eval-events")
def eval_events(
    file: Annotated[
        Path,
        typer.Argument(
            metavar="FILE",
            help="Hand-annotated sentences, JSON Lines as in tests/data/events-dev.jsonl "
            "(see docs/coding-guide.md).",
            show_default=False,
        ),
    ],
    part: Annotated[
        str | None,
        typer.Option(help="Only sentences of this part, e.g. heldout or tuning."),
    ] = None,
) -> None:
    """Score the event coder: per-type precision/recall/F1 and actor-code accuracy.

    Example: `marsad eval-events tests/data/events-dev.jsonl --part heldout`
    """
    from marsad.events.evaluation import evaluate, read_gold
    from marsad.pipeline import Pipeline

    try:
        sentences = read_gold(file, part)
    except (OSError, ValueError, KeyError) as err:
        _usage_error(f"{file}: cannot read annotated sentences ({err}); see docs/coding-guide.md")
    if not sentences:
        _usage_error(f"{file}: no sentences{f' in part {part}' if part else ''}")
    typer.echo(f"{file}: {len(sentences)} sentences{f' (part {part})' if part else ''}")
    typer.echo(evaluate(sentences, Pipeline()).table())


@app.command()
def geocode(
    text: Annotated[
        str,
        typer.Argument(
            metavar="TEXT",
            help="A place name or a short Arabic text, e.g. `موسكو` or "
            "`قصفت الطائرات مدينة الرقة شمال سوريا`.",
            show_default=False,
        ),
    ],
) -> None:
    """Show what a place name, or each place in a short text, resolves to, and why.

    For every mention: the chosen gazetteer entry (id, names, kind, country,
    coordinates, confidence) and the best candidates with the points each got.

    Example: `marsad geocode "فازت موسكو بالسباق في دير الزور"`
    """
    from marsad.pipeline import Resources
    from marsad.places.explain import describe
    from marsad.places.explain import geocode as geocode_text

    geocoded = geocode_text(text, Resources())
    if not geocoded.resolutions:
        _usage_error("no words in TEXT; pass a place name or a short Arabic text")
    for line in describe(geocoded):
        typer.echo(line)


_DB_HELP = "The store, an embedded DuckDB file; its search index sits beside it (FILE.search)."
DbOption = Annotated[Path, typer.Option("--db", metavar="FILE", help=_DB_HELP)]
TypeOption = Annotated[
    str | None,
    typer.Option(
        "--type", metavar="TYPE", help="PLOVER event type, e.g. ASSAULT.", show_default=False
    ),
]
ActorOption = Annotated[
    str | None,
    typer.Option(
        "--actor",
        metavar="CODE",
        help="Actor code, as source or target; RUS matches RUS and RUS GOV.",
        show_default=False,
    ),
]
CountryOption = Annotated[
    str | None,
    typer.Option(
        "--country",
        metavar="CODE",
        help="Country the event happened in: ISO alpha-3 or alpha-2 (SYR or SY).",
        show_default=False,
    ),
]
PlaceOption = Annotated[
    str | None,
    typer.Option(
        "--place",
        metavar="PLACE",
        help="Gazetteer id (geonames:170794) or exact place name (الرقة, Raqqa).",
        show_default=False,
    ),
]
FromOption = Annotated[
    str | None,
    typer.Option("--from", metavar="YYYY-MM-DD", help="Events on or after.", show_default=False),
]
ToOption = Annotated[
    str | None,
    typer.Option("--to", metavar="YYYY-MM-DD", help="Events on or before.", show_default=False),
]


@app.command()
def ingest(
    sources: Annotated[
        list[Path],
        typer.Argument(
            metavar="SOURCE",
            help="Article files (.txt, .html), JSON Lines files, SaudiNewsNet zips, or folders "
            "holding them (searched recursively).",
            show_default=False,
        ),
    ],
    db: DbOption = Path("marsad.duckdb"),
    workers: Annotated[
        int,
        typer.Option(
            "--workers",
            metavar="N",
            min=0,
            help="Process on a local Dask cluster of N worker processes (0: in this process).",
        ),
    ] = 0,
    scheduler: Annotated[
        str | None,
        typer.Option(
            "--scheduler",
            metavar="ADDRESS",
            help="Process on an existing Dask cluster, e.g. tcp://127.0.0.1:8786.",
            show_default=False,
        ),
    ] = None,
    published: PublishedOption = None,
) -> None:
    """Run the pipeline over a corpus and store everything in an embedded DuckDB database.

    Repeatable and resumable: a text already stored is not stored again, and an ingest
    that was stopped (even killed) finishes the rest when run again. Records that cannot
    be read are reported on stderr with file and position, kept in the `skipped` table,
    and the ingest goes on. Exit status: 0 all stored, 1 some skipped, 2 usage error.

    Examples:

    - `marsad ingest ../shared/data/saudinewsnet`
    - `marsad ingest news/ feed.jsonl --db news.duckdb --workers 2`
    """
    if workers and scheduler:
        _usage_error("--workers and --scheduler cannot be combined; pick one")
    _check_published(published)
    from marsad.scale.cluster import ClusterError
    from marsad.store.database import StoreError
    from marsad.store.ingest import ingest as ingest_corpus

    try:
        report = ingest_corpus(
            sources,
            db,
            workers=workers,
            scheduler=scheduler,
            published=published,
            on_skip=lambda skip: _say(str(skip)),
        )
    except (StoreError, ClusterError) as err:
        _usage_error(str(err))
    for path in report.missing:
        _say(f"{path}: no such file or folder; check the path")
    _say(report.summary())
    if report.written.skipped or report.missing:
        raise typer.Exit(1)


@app.command()
def search(
    query: Annotated[
        str,
        typer.Argument(
            help='Arabic words, all of which must occur; "quoted words" must occur together. '
            "Tashkeel, alef forms and clitics (و ب ال ...) do not matter.",
            show_default=False,
        ),
    ],
    db: DbOption = Path("marsad.duckdb"),
    type_: TypeOption = None,
    actor: ActorOption = None,
    country: CountryOption = None,
    place: PlaceOption = None,
    since: FromOption = None,
    until: ToOption = None,
    limit: Annotated[int, typer.Option("--limit", min=1, help="Show at most N articles.")] = 20,
) -> None:
    """Full-text search over the stored articles, best match first.

    Event options keep the articles that report a matching event.

    Example: `marsad search "غارات جوية" --type ASSAULT --country SYR --from 2015-07-01`
    """
    from marsad.store.database import StoreError
    from marsad.store.query import FilterError, parse_filter
    from marsad.store.search import search as search_store

    try:
        event_filter = parse_filter(
            type_=type_, actor=actor, country=country, place=place, since=since, until=until
        )
        hits = search_store(db, query, event_filter, limit=limit)
    except (FilterError, StoreError) as err:
        _usage_error(str(err))
    if not hits:
        _say("no article matches")
    for hit in hits:
        published = hit.published.isoformat() if hit.published else "----------"
        heading = " ".join((hit.title or hit.lead).split())
        typer.echo(f"{hit.score:6.2f}  {published}  {hit.source or '-'}  {heading}")
        typer.echo(f"        {hit.url or hit.doc_id}")


@app.command()
def events(
    db: DbOption = Path("marsad.duckdb"),
    type_: TypeOption = None,
    actor: ActorOption = None,
    country: CountryOption = None,
    place: PlaceOption = None,
    since: FromOption = None,
    until: ToOption = None,
    include_negated: Annotated[
        bool, typer.Option("--include-negated", help="Also events reported as not happening.")
    ] = False,
    fmt: Annotated[
        str,
        typer.Option(
            "--format",
            metavar="FORMAT",
            help="text (one line each), csv (ACLED-like columns), plover (JSON Lines) or "
            "geojson (events with coordinates).",
        ),
    ] = "text",
    output: Annotated[
        Path | None,
        typer.Option(
            "-o", "--output", metavar="OUT", help="Write to this file.", show_default=False
        ),
    ] = None,
    limit: Annotated[
        int | None,
        typer.Option("--limit", min=1, metavar="N", help="At most N events.", show_default=False),
    ] = None,
) -> None:
    """Query the stored events (reports of one event by several outlets are one event).

    Examples:

    - `marsad events --type ASSAULT --country SYR --from 2015-07-01`
    - `marsad events --format csv -o events.csv`
    - `marsad events --format geojson -o events.geojson`
    """
    from marsad.store.database import StoreError
    from marsad.store.export import EVENT_WRITERS, load_events
    from marsad.store.query import FilterError, parse_filter

    if fmt not in EVENT_WRITERS:
        _usage_error(f"unknown --format {fmt!r}; use one of {', '.join(EVENT_WRITERS)}")
    try:
        event_filter = parse_filter(
            type_=type_,
            actor=actor,
            country=country,
            place=place,
            since=since,
            until=until,
            include_negated=include_negated,
        )
        found = load_events(db, event_filter, fmt, limit=limit)
    except (FilterError, StoreError) as err:
        _usage_error(str(err))
    with _open_output(output) as out:
        count = EVENT_WRITERS[fmt](found, out)
    if output is not None:
        _say(f"wrote {count:,} events to {output}")


@app.command()
def export(
    parquet: Annotated[
        Path,
        typer.Option(
            "--parquet",
            metavar="DIR",
            help="Write every table (and the collapsed events) as DIR/<table>.parquet.",
            show_default=False,
        ),
    ],
    db: DbOption = Path("marsad.duckdb"),
) -> None:
    """Export the store as Parquet files, one per table.

    Example: `marsad export --parquet out/parquet`
    """
    from marsad.store.database import StoreError
    from marsad.store.export import export_parquet

    try:
        written = export_parquet(db, parquet)
    except StoreError as err:
        _usage_error(str(err))
    _say(f"wrote {len(written)} Parquet files to {parquet}")


@app.command()
def serve(
    db: DbOption = Path("marsad.duckdb"),
    host: Annotated[
        str, typer.Option("--host", help="Address to listen on; keep 127.0.0.1 (local only).")
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", min=1, max=65535, help="Port.")] = 8000,
) -> None:
    """Serve the web app (map, timeline, actor graph, articles) and its API, read-only.

    Example: `marsad serve --db marsad.duckdb`, then open http://127.0.0.1:8000
    """
    import uvicorn

    from marsad.store.database import StoreError
    from marsad.web.app import create_app

    try:
        web_app = create_app(db)
    except StoreError as err:
        _usage_error(str(err))
    _say(f"serving {db} at http://{host}:{port} (Ctrl+C stops)")
    uvicorn.run(web_app, host=host, port=port, log_level="warning")


@contextlib.contextmanager
def _open_output(path: Path | None) -> Iterator[TextIO]:
    if path is None or str(path) == "-":
        yield sys.stdout
        sys.stdout.flush()
        return
    try:
        f = open(path, "w", encoding="utf-8")  # noqa: SIM115 - closed below
    except OSError as err:
        _usage_error(f"{path}: cannot write the output ({err.strerror or err}); check -o")
    with f:
        yield f


def _print_summary(doc: Document, out: TextIO) -> None:
    from rich.console import Console

    Console(file=out, soft_wrap=False).print(_summary(doc), "")


def _summary(doc: Document) -> RenderableType:
    from rich.table import Table
    from rich.text import Text

    # Text() everywhere: article text may contain [brackets] that rich would read as markup.
    table = Table.grid(padding=(0, 2))
    table.add_column(style="bold", no_wrap=True)
    table.add_column()
    table.add_row("id", Text(doc.id))
    for label, value in (("title", doc.title), ("source", doc.source), ("url", doc.url)):
        if value:
            table.add_row(label, Text(value))
    table.add_row("published", Text(doc.published or "unknown"))
    if doc.notes:
        table.add_row("notes", Text("; ".join(doc.notes)))
    table.add_row("sentences", str(len(doc.sentences)))
    table.add_row("tokens", str(len(doc.tokens)))
    for name in ("entities", "times", "places", "actors", "events"):
        table.add_row(name, str(len(getattr(doc, name))))
    if doc.focus:
        table.add_row("focus", Text(f"{doc.focus.name} ({doc.focus.country})"))
    for number, sentence in enumerate(doc.sentences[:SUMMARY_SENTENCES], start=1):
        table.add_row(f"sentence {number}", Text(sentence.text))
    for event in doc.events:
        table.add_row(event.type, Text(_event_line(event)))
    return table


def _event_line(event: Event) -> str:
    """ASSAULT row: "aerial: RUS MIL → ISIS IMG at دير الزور on 2017-09-06 «غارات» 0.8"."""
    parts = [f"{event.mode}:" if event.mode else ""]
    parts.append(f"{_who(event.source)} → {_who(event.target)}")
    if event.place:
        parts.append(f"at {event.place.name or event.place.text}")
    if event.time:
        parts.append(f"on {event.time.value}")
    flags = ["negated"] * event.negated + ([event.modality] if event.modality else [])
    parts.append(f"«{event.trigger.text}»" + (f" ({', '.join(flags)})" if flags else ""))
    parts.append(f"{event.confidence:.2f}")
    return " ".join(part for part in parts if part)


def _who(actor: Actor | None) -> str:
    return f"{actor.code or '?'} ({actor.text})" if actor else "—"
