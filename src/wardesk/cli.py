"""The ``wardesk`` command. Each command hands its work to a stage; this file only wires options."""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Any, TextIO

import typer
from rich.console import Console
from rich.table import Table

from wardesk import __version__, settings
from wardesk.errors import WardeskError
from wardesk.record import ArticleEvents

app = typer.Typer(
    help="wardesk: read news reports of armed conflict into verified, geolocated event records.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
#: Messages, progress and summaries go to stderr, one line each: soft wrap, so a long failure reason
#: stays one line when the output is a file or a pipe (rich would cut it at 80 columns).
err = Console(stderr=True, soft_wrap=True)


def _tables(width: int = 160) -> Console:
    """Where tables go (stdout): the terminal's width, or ``width`` when stdout is a file or pipe."""
    return Console() if sys.stdout.isatty() else Console(width=width)


# CSV column options, shared by extract and ingest.
IdCol = Annotated[str | None, typer.Option("--id-col", help="CSV column holding the article id.")]
TextCol = Annotated[str | None, typer.Option("--text-col", help="CSV column holding the article text.")]
TitleCol = Annotated[str | None, typer.Option("--title-col", help="CSV column holding the headline.")]
SourceCol = Annotated[str | None, typer.Option("--source-col", help="CSV column holding the outlet.")]
DateCol = Annotated[str | None, typer.Option("--date-col", help="CSV column holding the publication date.")]
UrlCol = Annotated[str | None, typer.Option("--url-col", help="CSV column holding the URL.")]

FORMATS = ("jsonl", "json", "table")


def _version(value: bool) -> None:
    if value:
        typer.echo(f"wardesk {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version and exit.")
    ] = False,
) -> None:
    """wardesk turns conflict news into event records: what happened, where, when, who did it
    to whom, how many were killed, and who says so."""


def _write_table(out: ArticleEvents, console: Console) -> None:
    table = Table(
        title=f"{out.article_id}  (published {out.published or 'unknown'}, from {out.published_from})",
        show_lines=True,
    )
    for col in ("#", "kind / type", "date", "place", "who -> whom", "killed / injured", "sources", "conf"):
        table.add_column(col, overflow="fold")
    for i, ev in enumerate(out.events, 1):
        date = (
            "unknown"
            if ev.date.precision == "unknown"
            else f"{ev.date.start}..{ev.date.end} ({ev.date.precision})"
        )
        place = "; ".join(
            f"{loc.name} [{loc.admin1 or '-'}, {loc.country or '-'}] {loc.precision}" for loc in ev.locations
        )
        who = ", ".join(a.name for a in ev.initiators) or "?"
        whom = ", ".join(a.name for a in ev.targets) or "?"
        kill = f"{ev.fatalities.best if ev.fatalities.best is not None else '-'} / {ev.injuries.best if ev.injuries.best is not None else '-'}"
        srcs = "; ".join(f"{s.name} ({s.verb})" for s in ev.sources)
        kind = f"{ev.kind} / {ev.event_type}" + (" (background)" if ev.background else "")
        table.add_row(str(i), kind, date, place, f"{who} -> {whom}", kill, srcs, f"{ev.confidence:.2f}")
    console.print(table)


@app.command()
def extract(
    inputs: Annotated[
        list[str], typer.Argument(help="Files (.txt .html .jsonl .csv), folders of them, or - for stdin.")
    ],
    output: Annotated[
        Path | None, typer.Option("-o", "--output", help="Write here instead of stdout.")
    ] = None,
    fmt: Annotated[
        str,
        typer.Option(
            "--format",
            "-f",
            help="jsonl (one line per article, the schema), json (one array) or table (for people).",
        ),
    ] = "jsonl",
    published: Annotated[
        str | None,
        typer.Option(
            help="Publication date (YYYY-MM-DD) for articles that give none; relative dates resolve against it."
        ),
    ] = None,
    id_col: IdCol = None,
    text_col: TextCol = None,
    title_col: TitleCol = None,
    source_col: SourceCol = None,
    date_col: DateCol = None,
    url_col: UrlCol = None,
    workers: Annotated[
        int, typer.Option("--workers", min=1, help="Worker processes (each loads the pipeline once).")
    ] = 1,
    dask: Annotated[
        str | None,
        typer.Option(
            "--dask",
            help="Run on a Dask cluster: its scheduler ADDRESS, or 'local' for a LocalCluster "
            "(--format jsonl or parquet; a rerun skips finished partitions).",
        ),
    ] = None,
    progress: Annotated[bool, typer.Option(help="Show a progress bar on stderr.")] = True,
    debug: Annotated[bool, typer.Option(help="Show tracebacks of internal errors.")] = False,
) -> None:
    """Extract the events of articles and write one record per article (docs/event-schema.md).

    Bad inputs (empty, binary, not English, broken JSON lines, CSVs without the
    mapped columns) are reported one line each and skipped; the run ends with a
    summary and exits with status 1 if anything failed.
    """
    from wardesk.flows.extract import ExtractSummary, extract_inputs
    from wardesk.ingest import CsvColumns, count_inputs

    if fmt not in FORMATS and not (dask and fmt == "parquet"):
        err.print(f"[red]error:[/] --format must be one of {', '.join(FORMATS)}, not {fmt!r}")
        raise typer.Exit(2)
    columns = CsvColumns(
        id=id_col, text=text_col, title=title_col, source=source_col, published=date_col, url=url_col
    )
    if dask:
        from wardesk.scale.dask import cli_extract
        from wardesk.scale.partitions import ReadOptions

        try:
            code = cli_extract(
                inputs,
                address=dask,
                output=output,
                fmt=fmt,
                options=ReadOptions(columns, published),
                console=err,
            )
        except WardeskError as exc:
            raise _usage_exit(exc) from None
        raise typer.Exit(code)
    summary = ExtractSummary()
    show = progress and err.is_terminal
    advance: Callable[[], None] = lambda: None  # noqa: E731 - replaced by the progress bar's

    def failed(line: str) -> None:
        err.print(line, highlight=False, markup=False)
        advance()

    try:
        pipeline = _extracting_pipeline(workers)
        results = extract_inputs(
            inputs,
            columns=columns,
            published=published,
            pipeline=pipeline,
            summary=summary,
            on_failure=failed,
        )
    except WardeskError as exc:
        raise _usage_exit(exc) from None
    sink: TextIO = output.open("w", encoding="utf-8") if output else sys.stdout
    try:
        with _progress(
            "extracting", "items", show=show, total=count_inputs(inputs) if show else None
        ) as step:
            advance = step
            _write_events(_advancing(results, step), fmt, sink)
    except Exception as exc:
        if debug:
            raise
        err.print(f"[red]error:[/] {type(exc).__name__}: {exc} (run again with --debug for details)")
        raise typer.Exit(1) from None
    finally:
        if output:
            sink.close()
        if workers > 1:
            pipeline.close()
    err.print(summary.line(), highlight=False)
    if summary.failures:
        raise typer.Exit(1)


def _usage_exit(exc: WardeskError) -> typer.Exit:
    """Print a WardeskError in one line; usage errors (E9xx) exit with 2, the rest with 1."""
    err.print(f"[red]error:[/] {exc.render()}")
    return typer.Exit(2 if exc.code.startswith("E9") else 1)


def _extracting_pipeline(workers: int) -> Any:
    """The pipeline in this process, or a pool of ``workers`` processes (same output)."""
    if workers > 1:
        from wardesk.scale.workers import WorkerPool

        return WorkerPool(workers)
    from wardesk.flows.extract import Pipeline

    return Pipeline()


@contextmanager
def _progress(doing: str, unit: str, *, show: bool, total: int | None) -> Iterator[Callable[[], None]]:
    """A progress bar on stderr (when ``show``); yields the function that advances it by one."""
    from wardesk.flows.console import progress_bar

    with progress_bar(doing, unit, console=err, show=show) as bar:
        task = bar.add_task(doing, total=total)
        yield lambda: bar.advance(task)


def _advancing(items: Iterable[Any], advance: Callable[[], None]) -> Iterator[Any]:
    for item in items:
        advance()
        yield item


def _write_events(results: Iterable[ArticleEvents], fmt: str, sink: TextIO) -> None:
    """Write each article's record as JSONL, one JSON array, or tables for people."""
    table_console = Console(file=sink, width=160) if fmt == "table" else None
    first = True
    if fmt == "json":
        sink.write("[")
    for out in results:
        # validate what we write against the one definition of the record
        line = ArticleEvents.model_validate(out.model_dump()).model_dump_json()
        if fmt == "jsonl":
            sink.write(line + "\n")
        elif fmt == "json":
            sink.write(("" if first else ",\n") + line)
        else:
            _write_table(out, table_console)
        first = False
    if fmt == "json":
        sink.write("]\n")


@app.command()
def demo(
    corpus: Annotated[
        Path | None, typer.Option(help="The corpus to ingest (default: the bundled FA-KES CSV).")
    ] = None,
    db: Annotated[str, typer.Option("--db", help="Database URL or SQLite file.")] = "wardesk.db",
    progress: Annotated[bool, typer.Option(help="Show a progress bar on stderr.")] = True,
) -> None:
    """Build the event database from the bundled FA-KES corpus (ingest, link) and summarise it.

    Run again, it changes nothing (ingestion is idempotent) and prints the summary.
    """
    from wardesk.flows.console import run_ingest, stats_tables, story_tables, summary_line
    from wardesk.resources import demo_corpus
    from wardesk.store import Store

    corpus = corpus or demo_corpus()
    if not corpus.exists():
        err.print(f"[red]error:[/] {corpus} not found; check the path given to --corpus")
        raise typer.Exit(2)
    started = time.perf_counter()
    stats = run_ingest(
        [str(corpus)],
        db=db,
        allow_private=False,
        watch=None,
        columns=None,
        published=None,
        console=err,
        show_progress=progress and err.is_terminal,
    )
    err.print(summary_line(stats), highlight=False)
    console = _tables()
    with Store(db) as store:
        for table in stats_tables(store) + story_tables(store):
            console.print(table)
    console.print(
        f"[bold]wardesk demo[/]: {db} ready in {time.perf_counter() - started:.0f}s; "
        f"try `wardesk serve --db {db}` or `wardesk export --db {db} -f geojson`"
    )


def _db_error(exc: Exception, debug: bool) -> typer.Exit:
    if debug:
        raise exc
    if isinstance(exc, WardeskError):
        err.print(f"[red]error:[/] {exc.render()}", highlight=False)
        return typer.Exit(2 if exc.code.startswith("E9") else 1)
    err.print(
        f"[red]error:[/] {type(exc).__name__}: {exc} (run again with --debug for details)", highlight=False
    )
    return typer.Exit(1)


DbOption = Annotated[
    str | None,
    typer.Option("--db", help="Database URL or SQLite file (default: $WARDESK_DB, else ./wardesk.db)."),
]


@app.command()
def ingest(
    sources: Annotated[
        list[str],
        typer.Argument(help="Files, folders, - for stdin, http(s) URLs of pages or RSS/Atom feeds."),
    ],
    db: DbOption = None,
    allow_private: Annotated[
        bool,
        typer.Option("--allow-private", help="Fetch from private, loopback and link-local addresses too."),
    ] = False,
    watch: Annotated[
        float | None, typer.Option("--watch", help="Keep polling the feeds every SECONDS until Ctrl-C.")
    ] = None,
    published: Annotated[
        str | None, typer.Option(help="Publication date (YYYY-MM-DD) for articles that give none.")
    ] = None,
    id_col: IdCol = None,
    text_col: TextCol = None,
    title_col: TitleCol = None,
    source_col: SourceCol = None,
    date_col: DateCol = None,
    url_col: UrlCol = None,
    batch_size: Annotated[int, typer.Option("--batch-size", min=1, help="Articles per commit.")] = 16,
    workers: Annotated[
        int,
        typer.Option(
            "--workers", min=1, help="Worker processes extracting (this process alone writes the database)."
        ),
    ] = 1,
    dask: Annotated[
        str | None,
        typer.Option(
            "--dask",
            help="Extract on a Dask cluster (scheduler ADDRESS or 'local'); commits of at least 500 articles.",
        ),
    ] = None,
    progress: Annotated[bool, typer.Option(help="Show a progress bar on stderr.")] = True,
    debug: Annotated[bool, typer.Option(help="Show tracebacks of internal errors.")] = False,
) -> None:
    """Read articles into the event database: deduplicated (URL, content, near-copies), extracted, linked.

    Idempotent and resumable: each batch is committed, and a rerun skips what is
    stored. Every failure is kept with its reason (`wardesk failures`); the exit
    status is 1 when any input of this run failed.
    """
    from wardesk.flows.console import run_ingest, summary_line
    from wardesk.ingest import CsvColumns

    columns = CsvColumns(
        id=id_col, text=text_col, title=title_col, source=source_col, published=date_col, url=url_col
    )
    if dask or workers > 1:
        from functools import partial

        from wardesk.scale.ingest import run_ingest_dask, run_ingest_workers

        run_ingest = (  # noqa: F811
            partial(run_ingest_dask, address=dask) if dask else partial(run_ingest_workers, workers=workers)
        )
    try:
        stats = run_ingest(
            sources,
            db=db,
            allow_private=allow_private,
            watch=watch,
            columns=columns,
            published=published,
            console=err,
            show_progress=progress and err.is_terminal,
            batch_articles=batch_size,
        )
    except Exception as exc:
        raise _db_error(exc, debug) from None
    err.print(summary_line(stats), highlight=False)
    if stats.failed:
        raise typer.Exit(1)


@app.command("export")
def export_cmd(
    fmt: Annotated[
        str,
        typer.Option(
            "--format",
            "-f",
            help="jsonl, csv, acled (ACLED's 31 columns and codes), geojson, parquet (typed) or xlsx "
            "(a workbook: events, claims, stories).",
        ),
    ] = "jsonl",
    what: Annotated[
        str,
        typer.Option("--what", help="reports (one per event report) or stories (one per real-world event)."),
    ] = "reports",
    output: Annotated[
        Path | None, typer.Option("-o", "--output", help="Write here instead of stdout.")
    ] = None,
    db: DbOption = None,
    since: Annotated[
        str | None, typer.Option(help="Events ending on or after this date (YYYY-MM-DD).")
    ] = None,
    until: Annotated[
        str | None, typer.Option(help="Events starting on or before this date (YYYY-MM-DD).")
    ] = None,
    country: Annotated[
        str | None, typer.Option(help="A country as an ISO code (SY) or a name (Syria, Turkey).")
    ] = None,
    admin1: Annotated[
        str | None, typer.Option(help="First-level division (governorate, province), e.g. Aleppo.")
    ] = None,
    bbox: Annotated[str | None, typer.Option(help="Bounding box W,S,E,N in degrees.")] = None,
    event_type: Annotated[
        list[str] | None,
        typer.Option("--type", help="Event type or family (repeatable), e.g. air_strike, battles."),
    ] = None,
    actor: Annotated[
        str | None, typer.Option(help="An initiator or target, by name or alias (ISIS finds Islamic State).")
    ] = None,
    outlet: Annotated[str | None, typer.Option(help="The publishing outlet or a 'via' agency.")] = None,
    min_corroboration: Annotated[
        int | None,
        typer.Option(
            "--min-corroboration",
            help="Only stories (and their reports) with at least N independent outlets.",
        ),
    ] = None,
    query: Annotated[
        str | None,
        typer.Option("--query", "-q", help="Full-text search over the articles' titles and texts."),
    ] = None,
    include_background: Annotated[
        bool,
        typer.Option(
            "--include-background",
            help="Also export background events (earlier events an article recalls); left out by default.",
        ),
    ] = False,
    include_undated: Annotated[
        bool | None,
        typer.Option(
            "--include-undated/--exclude-undated",
            help="Export events without a date; by default yes, except with -f acled.",
            show_default=False,
        ),
    ] = None,
    bom: Annotated[
        bool,
        typer.Option(help="Start CSV with a UTF-8 byte order mark (Excel needs it to read accents)."),
    ] = True,
    debug: Annotated[bool, typer.Option(help="Show tracebacks of internal errors.")] = False,
) -> None:
    """Export stored reports or stories, filtered, as JSONL, CSV, ACLED CSV, GeoJSON, Parquet or Excel."""
    from wardesk.export import build_filters, export
    from wardesk.store import Store

    try:
        filters = build_filters(
            since=since,
            until=until,
            types=event_type,
            country=country,
            admin1=admin1,
            bbox=bbox,
            actor=actor,
            outlet=outlet,
            query=query,
            min_corroboration=min_corroboration,
            background=include_background,
            undated=include_undated,
            option_prefix="--",
        )
        with Store(db, write=False) as store:
            n = export(store, fmt, what, filters, output, bom=bom)
    except Exception as exc:
        raise _db_error(exc, debug) from None
    err.print(f"exported {n} {what}" + (f" to {output}" if output else ""), highlight=False)


@app.command()
def failures(
    db: DbOption = None,
    limit: Annotated[int | None, typer.Option(help="Only the newest N.")] = None,
    debug: Annotated[bool, typer.Option(help="Show tracebacks of internal errors.")] = False,
) -> None:
    """List the inputs that could not be ingested, with their reasons (feed entries wardesk will try
    again say so)."""
    from wardesk.flows.console import failures_table
    from wardesk.store import Store

    try:
        with Store(db, write=False) as store:
            _tables(200).print(failures_table(store, limit))
    except Exception as exc:
        raise _db_error(exc, debug) from None


@app.command()
def stats(
    db: DbOption = None,
    debug: Annotated[bool, typer.Option(help="Show tracebacks of internal errors.")] = False,
) -> None:
    """Counts of the database: articles, events, stories, failures; events by type, place, outlet, month."""
    from wardesk.flows.console import stats_tables
    from wardesk.store import Store

    try:
        with Store(db, write=False) as store:
            console = _tables()
            for table in stats_tables(store):
                console.print(table)
    except Exception as exc:
        raise _db_error(exc, debug) from None


@app.command()
def serve(
    db: DbOption = None,
    host: Annotated[
        str, typer.Option(help="Address to listen on (0.0.0.0 exposes it to the network).")
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=1, max=65535, help="TCP port.")] = 8000,
    allow_host: Annotated[
        list[str] | None,
        typer.Option(
            "--allow-host",
            help="Answer requests for this host name too (repeatable; * for any). By default only "
            "localhost, 127.0.0.1, ::1 and the --host address are answered, against DNS rebinding.",
        ),
    ] = None,
    cors_origin: Annotated[
        list[str] | None,
        typer.Option(
            "--cors-origin",
            help="An origin (https://example.org) whose pages may call the API from a browser; repeatable. "
            "Default: the cors_origins setting ($WARDESK_CORS_ORIGINS), else none: other sites cannot read the API.",
        ),
    ] = None,
    debug: Annotated[bool, typer.Option(help="Show tracebacks of internal errors.")] = False,
) -> None:
    """Serve the REST API (/api, docs at /docs) and the dashboard (/) over the event database.

    Writes (POST /api/articles) need a bearer token: set WARDESK_TOKEN before starting; without it they are off.
    """

    import uvicorn

    from wardesk.api import create_app
    from wardesk.api.guards import allowed_hosts

    try:
        now = settings.current()
        hosts = allowed_hosts(host, [*now.allow_hosts, *(allow_host or ())])
        application = create_app(db, hosts=hosts, cors_origins=tuple(cors_origin) if cors_origin else None)
    except Exception as exc:
        raise _db_error(exc, debug) from None
    if application.state.store.read_only:
        writes = "off (the database is read-only)"
    else:
        writes = "on (bearer token from $WARDESK_TOKEN)" if now.token else "off (set WARDESK_TOKEN)"
    err.print(
        f"wardesk: dashboard at http://{host}:{port}/ , API docs at /docs; writes {writes}; "
        f"answering host names {', '.join(hosts)}",
        highlight=False,
    )
    uvicorn.run(application, host=host, port=port, log_level="warning")


@app.command("settings")
def settings_cmd() -> None:
    """List every setting: its environment variable, its default and its value now.

    Values come from the defaults, then the TOML file named by $WARDESK_CONFIG
    (keys are the setting names), then the environment; command-line options win over all.
    """
    now = settings.current()
    table = Table(title="wardesk settings (defaults < $WARDESK_CONFIG file < environment < options)")
    for col in ("setting", "environment", "default", "now", "what it does"):
        table.add_column(col, overflow="fold")
    for name, env, default, help_text in settings.describe():
        value = getattr(now, name)
        shown = "(set)" if name == "token" and value else ("" if value is None else str(value))
        table.add_row(name, env, default, shown, help_text)
    _tables().print(table)


gazetteer_app = typer.Typer(
    help="The user's gazetteer additions: GeoNames country extracts that give village-level coverage offline.",
    no_args_is_help=True,
)
app.add_typer(gazetteer_app, name="gazetteer")
GazetteerDir = Annotated[
    Path | None,
    typer.Option("--dir", help="Folder of the user's gazetteer index (default: the gazetteer_dir setting)."),
]


def _gazetteer_dir(folder: Path | None) -> Path:
    return folder if folder is not None else settings.current().gazetteer_dir


@gazetteer_app.command("add")
def gazetteer_add(
    file: Annotated[Path, typer.Argument(help="A GeoNames country extract: XX.zip or the XX.txt inside it.")],
    folder: GazetteerDir = None,
) -> None:
    """Load a GeoNames country extract (https://download.geonames.org/export/dump/, e.g. ML.zip) into
    the user's gazetteer; extraction then knows its villages, districts and camps. Loading a file of
    the same name again replaces it. A file that cannot be read leaves the index as it was."""
    from wardesk.geo.additions import add_extract

    where = _gazetteer_dir(folder)
    try:
        source = add_extract(file, where)
    except WardeskError as exc:
        raise _usage_exit(exc) from None
    err.print(
        f"gazetteer: added {source.places} places from {file} as '{source.name}' to {where}", highlight=False
    )


@gazetteer_app.command("list")
def gazetteer_list(folder: GazetteerDir = None) -> None:
    """List the extracts loaded into the user's gazetteer."""
    from wardesk.geo.additions import list_sources

    where = _gazetteer_dir(folder)
    table = Table(title=f"user gazetteer ({where})")
    for col in ("name", "places", "added", "from"):
        table.add_column(col, overflow="fold")
    for s in list_sources(where):
        table.add_row(s.name, str(s.places), s.added, s.file)
    _tables().print(table)


@gazetteer_app.command("remove")
def gazetteer_remove(
    name: Annotated[
        str, typer.Argument(help="The extract's name as `wardesk gazetteer list` shows it ('ML').")
    ],
    folder: GazetteerDir = None,
) -> None:
    """Take an extract out of the user's gazetteer."""
    from wardesk.geo.additions import remove_source

    where = _gazetteer_dir(folder)
    try:
        source = remove_source(name, where)
    except WardeskError as exc:
        raise _usage_exit(exc) from None
    err.print(f"gazetteer: removed '{source.name}' ({source.places} places) from {where}", highlight=False)


def main() -> None:
    """Entry point of the ``wardesk`` command and ``python -m wardesk``."""
    try:
        app()
    except WardeskError as exc:
        err.print(f"[red]error:[/] {exc.render()}")
        sys.exit(1)


if __name__ == "__main__":
    main()
