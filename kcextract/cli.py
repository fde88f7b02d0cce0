"""The ``kcextract`` command: a thin click layer over the library (each command calls one function)."""
from __future__ import annotations

import json
from contextlib import contextmanager
import sys
from pathlib import Path

import click

from .errors import InputError, KcextractError
from .facts import FACT_TYPES, SCOPES

FACT_TYPE_CHOICES = list(FACT_TYPES)
SCOPE_CHOICES = list(SCOPES)


def _warn(exc: KcextractError) -> None:
    click.echo(f"kcextract: {exc}", err=True)


def _fact_table(rows: list[dict]) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(show_lines=False)
    for col in ("doc", "sent", "type", "text", "value", "details"):
        table.add_column(col, overflow="fold")
    for r in rows:
        details = ", ".join(f"{k}={r[k]}" for k in r if k not in ("doc", "sentence", "type", "text", "value", "start", "end")
                            and r[k] is not None)
        table.add_row(r["doc"], str(r["sentence"]), r["type"], r["text"], str(r["value"]), details)
    Console(width=160).print(table)


class _Group(click.Group):
    """Faults of the machine or the database file (disk full, a corrupted page, an unreadable file) end a
    command with one line naming the problem and a non-zero exit, never a traceback."""

    def invoke(self, ctx: click.Context):
        import sqlite3

        try:
            return super().invoke(ctx)
        except sqlite3.DatabaseError as exc:
            hint = "; is the disk full?" if "disk" in str(exc) or "full" in str(exc) else ""
            raise click.ClickException(f"database error: {exc}{hint}") from None
        except KcextractError as exc:  # e.g. a damaged database found at a writer's first write
            raise click.ClickException(str(exc)) from None
        except OSError as exc:
            where = f"{exc.filename}: " if getattr(exc, "filename", None) else ""
            raise click.ClickException(f"{where}{exc.strerror or exc}") from None


@click.group(cls=_Group)
@click.version_option(package_name="kcextract")
def main() -> None:
    """Extract khuyến công facts from Vietnamese press articles, store them in SQLite, score them."""


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(["jsonl", "table", "records"]), default="jsonl", show_default=True,
              help="jsonl: one fact per line (FACTS.md); table: readable table; records: funding records as JSONL.")
@click.option("--strict", is_flag=True, help="Exit non-zero if any input could not be processed.")
def extract(paths: tuple[str, ...], fmt: str, strict: bool) -> None:
    """Print the facts of articles (files, folders, or - for stdin).

    \b
    Examples:
      kcextract extract corpus/000_512778a395cff797.txt
      kcextract extract corpus/ --format table
      cat article.txt | kcextract extract - --format records
    """
    from .pipeline import analyse
    from .readers import read_articles

    errors: list[InputError] = []

    def on_error(exc: InputError) -> None:
        errors.append(exc)
        _warn(exc)

    done = 0
    rows: list[dict] = []
    for raw in read_articles(paths, on_error):
        try:
            article = analyse(raw.text, raw.doc, source=raw.source, title=raw.title, outlet=raw.outlet, url=raw.url)
        except Exception as exc:  # noqa: BLE001 - report and go on with the batch
            on_error(InputError(raw.source, f"extraction failed: {type(exc).__name__}: {exc}"))
            continue
        done += 1
        if fmt == "jsonl":
            for f in article.facts:
                click.echo(json.dumps(f.to_dict(), ensure_ascii=False))
        elif fmt == "records":
            for r in article.funding:
                click.echo(json.dumps(r.to_dict(), ensure_ascii=False))
        else:
            rows += [f.to_dict() for f in article.facts]
    if fmt == "table" and rows:
        _fact_table(rows)
    if done == 0 or (strict and errors):
        sys.exit(1)


def _jobs_option(f):
    return click.option("--jobs", "-j", type=click.IntRange(min=1), default=None,
                        help="Worker processes that extract (default: all cores); one process writes.")(f)


def _progress_option(f):
    return click.option("--progress/--no-progress", default=None,
                        help="Progress bar with articles/s and ETA (default: only when stderr is a terminal).")(f)


def _read(db_path: str):
    """A read-only command's connection (no sqlite-utils import; see reader.py)."""
    from .reader import open_reader

    try:
        return open_reader(db_path)
    except KcextractError as exc:
        raise click.ClickException(str(exc)) from None


def _open(db_path: str, create: bool = False):
    """Open (``create``: or create) a kcextract database; a clear error otherwise, never an empty success."""
    from .store import open_db

    try:
        return open_db(db_path, create=create)
    except KcextractError as exc:
        raise click.ClickException(str(exc)) from None


def _print_report(db_path: str, report) -> None:
    facts = sum(report.facts.values())
    by_type = ", ".join(f"{t} {n}" for t, n in sorted(report.facts.items()))
    copies = f" ({report.duplicates} syndicated copies linked to their first copy)" if report.duplicates else ""
    repeated = f"; {report.repeated} repeated in this run" if report.repeated else ""
    click.echo(f"{db_path}: stored {report.stored} articles{copies} ({facts} facts: {by_type or 'none'}; "
               f"{report.funding} funding records); {report.unchanged} unchanged{repeated}; {report.failed} failed")


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("-d", "--db", "db_path", default="kcextract.db", show_default=True, help="SQLite database file.")
@_jobs_option
@_progress_option
@click.option("--batch", type=click.IntRange(min=1), default=64, show_default=True,
              help="Articles stored per transaction (a killed run loses at most one batch, redone next run).")
@click.option("--strict", is_flag=True, help="Exit non-zero if any input could not be processed.")
@click.option("--engine", type=click.Choice(["local", "dask"]), default="local", show_default=True,
              help="local: worker processes on this machine; dask: a Dask cluster (a LocalCluster of --jobs "
                   "workers, or --scheduler's).")
@click.option("--scheduler", metavar="tcp://HOST:PORT", help="With --engine dask: use this running Dask scheduler.")
@click.option("--out-parquet", type=click.Path(file_okay=False), metavar="DIR",
              help="With --engine dask: workers write facts, funding, articles, errors as Parquet under DIR "
                   "(instead of the SQLite database).")
@click.pass_context
def ingest(ctx: click.Context, paths: tuple[str, ...], db_path: str, jobs: int | None, progress: bool | None,
           batch: int, strict: bool, engine: str, scheduler: str | None, out_parquet: str | None) -> None:
    """Extract articles (.txt, .html, .jsonl, gzipped, folders, - for stdin) and store their facts.

    Articles already stored with the same text and extractor version are skipped; syndicated copies are
    stored but linked to their first copy; a bad input is recorded in the errors table and retried next run.

    \b
    Examples:
      kcextract ingest corpus/
      kcextract ingest clippings/ -d news.db --jobs 2
      kcextract ingest archive/ -d news.db --engine dask
    """
    from .ingest import default_jobs, run

    if engine == "dask":
        _ingest_dask(ctx, paths, db_path, jobs, batch, scheduler, out_parquet)
        return
    if scheduler or out_parquet:
        raise click.UsageError("--scheduler and --out-parquet need --engine dask")
    with _writing(db_path):
        db = _open(db_path, create=True)
        report = run(paths, db, jobs=jobs or default_jobs(), on_error=_warn, progress=progress, batch=batch)
    _print_report(db_path, report)
    _ingest_exit(report, strict)


@contextmanager
def _writing(db_path: str):
    """The writer's lock on ``db_path`` for the block, and a clean stop on SIGINT or SIGTERM: what was committed
    stays, the batch in flight is rolled back, and the same command carries on from there."""
    import signal

    from .locking import writer_lock

    def on_term(signum, frame):  # noqa: ARG001
        raise KeyboardInterrupt

    previous = signal.signal(signal.SIGTERM, on_term)
    try:
        with writer_lock(db_path, on_wait=lambda msg: click.echo(f"kcextract: {msg}", err=True)):
            yield
    except KeyboardInterrupt:
        click.echo("kcextract: interrupted; every committed batch is kept and the one in flight was rolled back: "
                   "run the same command again to continue", err=True)
        sys.exit(130)
    finally:
        signal.signal(signal.SIGTERM, previous)


def _ingest_exit(report, strict: bool) -> None:
    if report.stored + report.unchanged + report.repeated == 0 or (strict and report.failed):
        sys.exit(1)


def _ingest_dask(ctx: click.Context, paths: tuple[str, ...], db_path: str, jobs: int | None, batch: int,
                 scheduler: str | None, out_parquet: str | None) -> None:
    """``ingest --engine dask``: the same run on a Dask cluster (kcextract.distributed)."""
    _needs("dask", "distributed", "pyarrow")
    from .distributed import run_dask

    if scheduler and jobs:
        raise click.UsageError("--jobs sizes a LocalCluster; with --scheduler the cluster's workers do the work")
    if out_parquet and ctx.get_parameter_source("db_path") is not click.core.ParameterSource.DEFAULT:
        raise click.UsageError("--out-parquet writes Parquet instead of the SQLite database; drop --db")
    with _writing(out_parquet or db_path):
        db = None if out_parquet else _open(db_path, create=True)
        try:
            report = run_dask(paths, db, scheduler=scheduler, workers=jobs, out_parquet=out_parquet, on_error=_warn,
                              batch=batch)
        except KcextractError as exc:
            raise click.ClickException(str(exc)) from None
    _print_report(out_parquet or db_path, report)
    _ingest_exit(report, strict=ctx.params["strict"])


@main.command()
@click.option("-d", "--db", "db_path", default="kcextract.db", show_default=True, help="SQLite database file.")
@_jobs_option
@_progress_option
def reprocess(db_path: str, jobs: int | None, progress: bool | None) -> None:
    """Re-extract only the stored articles made by another extractor version (rules, gazetteers or code).

    \b
    Examples:
      kcextract reprocess -d news.db
    """
    from .ingest import default_jobs
    from .ingest import reprocess as run_reprocess

    with _writing(db_path):
        db = _open(db_path)
        report = run_reprocess(db, jobs=jobs or default_jobs(), on_error=_warn, progress=progress)
    _print_report(db_path, report)
    if report.failed:
        sys.exit(1)


@main.command(name="eval")
@click.option("--gold", "gold_dirs", required=True, multiple=True, type=click.Path(file_okay=False, path_type=Path),
              help="Folder of gold files <doc>.json (FACTS.md form); give it more than once to pool folders.")
@click.argument("paths", nargs=-1, required=True)
@click.option("--split", type=click.Choice(["all", "dev", "test", "both"]), default="all", show_default=True,
              help="Score only the dev or the frozen test split (corpus/splits.tsv), or both side by side.")
@click.option("--splits", "splits_file", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="The split list (default: corpus/splits.tsv of the project).")
@click.option("--misses", is_flag=True, help="List every missed and spurious fact with its sentence.")
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
def evaluate(gold_dirs: tuple[Path, ...], paths: tuple[str, ...], split: str, splits_file: Path | None,
             misses: bool, as_json: bool) -> None:
    """Score the extractor against gold files: precision, recall and F1 per fact type.

    \b
    Examples:
      kcextract eval --gold corpus/gold corpus/*.txt
      kcextract eval --gold corpus/gold-real --gold ../shared/corpus-ontopic/gold \\
          ../shared/corpus-real ../shared/corpus-ontopic --split both
    """
    from .evaluate import Report, format_misses, format_table, load_gold, load_splits, score_article
    from .pipeline import analyse
    from .readers import read_articles

    gold: dict[str, dict] = {}
    for gold_dir in gold_dirs:
        if not gold_dir.is_dir():
            raise click.ClickException(f"{gold_dir}: no such gold folder")
        gold.update(load_gold(gold_dir, _warn))
    test_docs = load_splits(splits_file) if split != "all" else set()
    names = ["dev", "test"] if split == "both" else [split]
    reports = {name: Report() for name in names}
    for raw in read_articles(paths, _warn):
        which = "all" if split == "all" else ("test" if raw.doc in test_docs else "dev")
        if raw.doc not in gold:
            next(iter(reports.values())).unscored.append(raw.doc)
            continue
        if which not in reports:  # gold exists, but the doc belongs to the split not asked for
            continue
        score_article(reports[which], gold[raw.doc], analyse(raw.text, raw.doc, source=raw.source, title=raw.title,
                                                             outlet=raw.outlet, url=raw.url))
    if as_json:
        out = {n: r.to_dict() for n, r in reports.items()}
        click.echo(json.dumps(out if split == "both" else out[names[0]], ensure_ascii=False, indent=1))
    else:
        for name, report in reports.items():
            if len(reports) > 1 or split != "all":
                click.echo(f"== {name} split ==")
            click.echo(format_table(report))
            if misses:
                click.echo("")
                click.echo(format_misses(report))
    if not any(r.scored for r in reports.values()):
        sys.exit(1)


# --- Reading the database: query, summary, export, report, serve -------------------------------------------

def _via(parser: str):
    """A click callback that parses an option with ``kcextract.query.<parser>``; a bad value is a usage error."""

    def callback(ctx: click.Context, param: click.Parameter, value: str | None):
        from . import query

        if value is None:
            return None
        try:
            return getattr(query, parser)(value)
        except query.QueryError as exc:
            raise click.BadParameter(str(exc), ctx=ctx, param=param) from None

    return callback


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def _output_options(f):
    """--csv, --tsv, --json (an array), --nl (one JSON object per line): sqlite-utils' output conventions."""
    for flag, help_ in (("--nl", "One JSON object per line."), ("--json", "A JSON array."),
                        ("--tsv", "Tab-separated values."), ("--csv", "Comma-separated values.")):
        f = click.option(flag, flag.lstrip("-") + "_out", is_flag=True, help=help_)(f)
    return f


def _output_format(kw: dict) -> str | None:
    """The one output format the flags ask for (None: the readable table); two at once is a usage error."""
    chosen = [name for name in ("csv", "tsv", "json", "nl") if kw.pop(f"{name}_out", False)]
    if len(chosen) > 1:
        raise click.UsageError(f"--{chosen[0]} and --{chosen[1]} are exclusive: choose one output format")
    return chosen[0] if chosen else None


def _emit_rows(rows: list[dict], fmt: str, header: list[str] | None = None) -> None:
    """Rows as CSV/TSV (spreadsheet-safe cells), a JSON array or JSON lines on standard output."""
    from .export import csv_safe

    if fmt == "json":
        click.echo(json.dumps(rows, ensure_ascii=False, indent=1))
        return
    if fmt == "nl":
        for r in rows:
            click.echo(json.dumps(r, ensure_ascii=False))
        return
    import csv

    out = csv.writer(sys.stdout, lineterminator="\n", delimiter="\t" if fmt == "tsv" else ",")
    cols = list(rows[0]) if rows else (list(header) if header else [])
    out.writerow(cols)
    for r in rows:
        out.writerow([csv_safe(r[c]) for c in cols])


_EXTRA_OF = {"datasette": "web", "yaml": "web", "plotly": "web", "pyarrow": "parquet", "dask": "dask",
             "distributed": "dask"}


def _needs(*modules: str) -> None:
    """A clear error naming the extra to install when an optional dependency is missing."""
    import importlib

    for name in modules:
        try:
            importlib.import_module(name)
        except ImportError:
            extra = _EXTRA_OF.get(name, "all")
            raise click.ClickException(f"this needs {name}, part of the '{extra}' extra: "
                                       f"pip install 'kcextract[{extra}]'") from None


def _db_option(f):
    return click.option("-d", "--db", "db_path", default="kcextract.db", show_default=True,
                        help="kcextract SQLite database (made by 'kcextract ingest').")(f)


TABLE_ROWS = 200  # rows of summary's and conflicts' terminal output (every row with --csv or --json)
QUERY_ROWS = 20   # facts in query's terminal table unless --limit says otherwise: each is a tall, drawn row


def _query_table(rows: list[dict]) -> None:
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    table = Table(show_lines=True)
    for col in ("article", "province", "year", "type", "value", "scope", "sentence"):
        table.add_column(col, overflow="fold")
    for r in rows:
        sent = Text(r["sentence_marked"])
        sent.highlight_regex(r"«[^»]*»", "bold black on yellow")
        province = r["province"] or ""
        if r["province_2025"] and r["province_2025"] != province:
            province += f" → {r['province_2025']}"
        table.add_row(f"{r['doc']}\n{r['title'] or ''}", province, r["year"] or "", r["type"],
                      f"{r['value_text']}\n({r['text']})", r["scope"] or "", sent)
    Console(width=180).print(table)


@main.command()
@_db_option
@click.option("--province", "provinces", callback=_via("resolve_province"),
              help="Pre-2025 or 2025 province, any accents: 'Hà Giang', 'ha giang', 'Tuyên Quang'.")
@click.option("--type", "fact_type", type=click.Choice(FACT_TYPE_CHOICES, case_sensitive=False), help="Fact type.")
@click.option("--year", "--period", "period", callback=_via("normalise_period"),
              help="Period governing the sentence: 2023 or 2016-2020.")
@click.option("--scope", type=click.Choice(SCOPE_CHOICES, case_sensitive=False),
              help="Funding scope of the record the fact belongs to.")
@click.option("--min", "min_vnd", callback=_via("parse_amount"), help="Smallest amount in đồng: 2000000000, '2 tỷ'.")
@click.option("--max", "max_vnd", callback=_via("parse_amount"), help="Largest amount in đồng: '900 triệu'.")
@click.option("--product", help="Only facts in sentences naming this product (chè, mật ong, ...).")
@click.option("--ocop", is_flag=True, help="Only facts in sentences that mention OCOP.")
@click.option("--stars", type=click.IntRange(1, 5), help="Only facts in sentences with an OCOP rating of this many stars.")
@click.option("--text", help="Full-text search in sentences (tone placement and case ignored; taken literally).")
@click.option("--include-duplicates", is_flag=True, help="Also show syndicated near-copies (never counted in totals).")
@click.option("--limit", type=click.IntRange(1), help="At most this many rows.")
@_output_options
def query(db_path: str, provinces: list[str] | None, fact_type: str | None, period: str | None, scope: str | None,
          min_vnd: int | None, max_vnd: int | None, product: str | None, ocop: bool, stars: int | None,
          text: str | None, include_duplicates: bool, limit: int | None, **out: bool) -> None:
    """Find stored facts: each with its value in words, its article and its sentence (fact marked «»).

    \b
    Examples:
      kcextract query --province "Tuyên Quang" --year 2023 --type money
      kcextract query -d news.db --min "2 tỷ" --scope national --csv
      kcextract query --text "khuyến công quốc gia" --nl
    """
    from .query import OUTPUT_COLUMNS, Filters, QueryError, first_and_count, run_query

    fmt = _output_format(out)
    filters = Filters(provinces=provinces, type=fact_type and fact_type.lower(), period=period,
                      scope=scope and scope.lower(), min_vnd=min_vnd, max_vnd=max_vnd, product=product, ocop=ocop,
                      stars=stars, text=text, include_duplicates=include_duplicates, limit=limit)
    conn = _read(db_path)
    # a terminal table is for reading: the first QUERY_ROWS facts, and a count of all (every row with --limit
    # or a machine format); only the rows shown are built
    try:
        if fmt or limit:
            rows = run_query(conn, filters)
            n_facts, n_articles = len(rows), len({r["article_id"] for r in rows})
        else:
            rows, n_facts, n_articles = first_and_count(conn, filters, QUERY_ROWS)
    except QueryError as exc:
        raise click.ClickException(str(exc)) from None
    if fmt:
        _emit_rows([{k: r[k] for k in OUTPUT_COLUMNS} for r in rows], fmt, list(OUTPUT_COLUMNS))
    else:
        if rows:
            _query_table(rows)
        shown = f"; the first {QUERY_ROWS} shown (all of them: --csv, --json, --nl or --limit N)" \
            if n_facts > len(rows) else ""
        click.echo(f"{_plural(n_facts, 'fact')} from {_plural(n_articles, 'article')}" + shown)


def _figure(row: dict) -> str:
    """'hơn 23,29 tỷ đồng': a cell's amount with its qualifier, as a reader says it."""
    from .format import figure

    return figure(row.get("amount_vnd"), row.get("qualifier"))


@main.command()
@_db_option
@click.option("--province", "provinces", callback=_via("resolve_province"),
              help="Only this province (pre-2025 or 2025 name, any accents).")
@click.option("--year", "--period", "period", callback=_via("normalise_period"), help="Only this period: 2023 or 2016-2020.")
@click.option("--breakdown", is_flag=True, help="Also list the parts of each whole (not added to the totals).")
@_output_options
def summary(db_path: str, provinces: list[str] | None, period: str | None, breakdown: bool, **out: bool) -> None:
    """Funding per province × period × scope × status: one headline figure per cell, counted once.

    A cell's figure is each article's whole (never a whole plus its parts); the same figure reported by several
    articles counts once, with every source listed; different figures make the cell a conflict (marked !),
    which reports the most recently published figure: see 'kcextract conflicts'.

    \b
    Examples:
      kcextract summary --province "Hà Tĩnh"
      kcextract summary --province "Tuyên Quang" --year 2023 --breakdown
      kcextract summary --csv > cells.csv      # --tsv, --nl: the cells; --json: everything
    """
    from rich.console import Console
    from rich.table import Table

    from .format import number
    from .summary import summarise

    fmt = _output_format(out)
    # the terminal shows cells and, for a province or a period, quantities; conflicts have their own command
    filtered = bool(provinces or period)
    result = summarise(_read(db_path), provinces, period, quantities=fmt == "json" or filtered,
                       conflicts=fmt == "json")
    if fmt == "json":
        click.echo(json.dumps(result.to_dict(), ensure_ascii=False, indent=1))
        return
    if fmt:
        _emit_rows(result.funding, fmt)  # the funding cells, one row each
        return
    console = Console(width=170)
    money = Table(title="Funding (khuyến công) by province, period, scope and status: headline figures")
    for col in ("province", "2025", "period", "scope", "status", "amount", "amount (VND)", "projects", "articles",
                "sources"):
        money.add_column(col, justify="right" if col in ("amount (VND)", "projects", "articles") else "left")
    for r in result.funding[:TABLE_ROWS]:
        mark = " !" if r["conflict"] else ""
        money.add_row(r["province"] or "", r["province_2025"] or "", r["year"] or "", r["scope"], r["status"],
                      _figure(r) + mark, number(r["amount_vnd"], 0) if r["amount_vnd"] is not None else "",
                      str(r["projects"] or ""), str(r["articles"]), r["sources"] or "")
    console.print(money)
    if len(result.funding) > TABLE_ROWS:
        click.echo(f"{len(result.funding):,} cells; the first {TABLE_ROWS} shown (all of them: --csv or --json; "
                   "or narrow with --province, --year)")
    if any(r["conflict"] for r in result.funding):
        click.echo("! articles report different figures for this cell; it shows the most recently published one. "
                   "See 'kcextract conflicts'.")
    if breakdown and result.breakdown:
        parts = Table(title="Breakdowns (parts of a whole; never added to the totals)")
        for col in ("province", "period", "scope", "status", "purpose", "amount", "projects", "part of", "doc"):
            parts.add_column(col)
        for r in result.breakdown:
            whole = f"{r['whole_scope']} {_figure({'amount_vnd': r['whole_amount_vnd']})}".strip() if r["part_of"] else ""
            parts.add_row(r["province"] or "", r["year"] or "", r["scope"], r["status"], r["purpose"] or "",
                          _figure(r), str(r["projects"] or ""), whole, r["doc"])
        console.print(parts)
    if not filtered:
        click.echo("Quantities (people trained, machines, products...): give --province or --year, or see --json.")
    if result.quantities:
        qty = Table(title="Quantities by province, period and unit")
        for col in ("province", "period", "unit", "total", "facts", "articles"):
            qty.add_column(col, justify="right" if col in ("total", "facts", "articles") else "left")
        for r in result.quantities[:TABLE_ROWS]:
            qty.add_row(r["province"], r["year"] or "", r["unit"] or "", number(r["total"], 0), str(r["facts"]),
                        str(r["articles"]))
        console.print(qty)


@main.command()
@_db_option
@click.option("--province", "provinces", callback=_via("resolve_province"),
              help="Only this province (pre-2025 or 2025 name, any accents).")
@click.option("--year", "--period", "period", callback=_via("normalise_period"), help="Only this period: 2023 or 2016-2020.")
@_output_options
def conflicts(db_path: str, provinces: list[str] | None, period: str | None, **out: bool) -> None:
    """Cells that articles report with different figures: each figure with its article and sentence.

    \b
    Examples:
      kcextract conflicts
      kcextract conflicts --province "Hà Giang" --json
    """
    from .summary import conflicts_of

    fmt = _output_format(out)
    rows = conflicts_of(_read(db_path), provinces, period, limit=None if fmt else TABLE_ROWS + 1)
    if fmt:
        _emit_rows(rows, fmt)
        return
    if not rows:
        click.echo("No conflicts: every cell reported by several articles has one figure.")
        return
    more = len(rows) > TABLE_ROWS
    rows = rows[:TABLE_ROWS]
    cell = None
    for r in rows:
        here = (r["province"], r["year"], r["scope"], r["status"])
        if here != cell:
            cell = here
            click.echo(f"\n{r['province']} ({r['province_2025']}) · {r['year'] or 'no period'} · {r['scope']} · {r['status']}")
        projects = f", {r['projects']} projects" if r["projects"] is not None else ""
        click.echo(f"  {_figure(r) or '(no amount)'}{projects}  [{r['doc']}, {r['reported_at']}]")
        click.echo(f"      » {(r['sentence_text'] or '').strip()[:240]}")
    if more:
        click.echo(f"\nThe first {TABLE_ROWS} figures shown (all of them: --csv or --json; or narrow with "
                   "--province, --year)")


@main.command()
@_db_option
@click.option("--since", required=True, help="Date or time (UTC, ISO: 2026-11-30 or 2026-11-30T06:00).")
@click.option("--format", "fmt", type=click.Choice(["md", "html"]), default="md", show_default=True,
              help="md for a chat message, html for an email.")
def digest(db_path: str, since: str, fmt: str) -> None:
    """What the ingests since a date added: new funding figures by province, new conflicts, changed articles.

    \b
    Examples:
      kcextract digest --since 2026-11-30
      kcextract digest -d news.db --since "$(date -u -d yesterday +%F)" --format html > digest.html
    """
    import datetime as _dt

    from .digest import digest as make_digest
    from .digest import to_html, to_markdown

    try:
        _dt.datetime.fromisoformat(since)
    except ValueError:
        raise click.BadParameter(f"{since!r}: expected an ISO date or time such as 2026-11-30", param_hint="--since")
    d = make_digest(_read(db_path), since)
    click.echo(to_markdown(d) if fmt == "md" else to_html(d), nl=fmt == "html")


@main.command()
@_db_option
@_output_options
def provinces(db_path: str, **out: bool) -> None:
    """The provinces the stored facts are about, by 2025 name, with the pre-2025 provinces merged into each.

    \b
    Examples:
      kcextract provinces
      kcextract provinces -d news.db --csv
    """
    from .summary import province_counts

    fmt = _output_format(out)
    rows = province_counts(_read(db_path))
    if fmt:
        _emit_rows(rows, fmt, ["province_2025", "provinces", "articles", "facts", "funding_records"])
        return
    from rich.console import Console
    from rich.table import Table

    table = Table(title="Provinces (2025 names) with stored facts")
    for col in ("province (2025)", "pre-2025 provinces", "articles", "facts", "funding records"):
        table.add_column(col, justify="right" if col in ("articles", "facts", "funding records") else "left")
    for r in rows:
        table.add_row(r["province_2025"], r["provinces"], str(r["articles"]), str(r["facts"]), str(r["funding_records"]))
    Console(width=140).print(table)


@main.command()
@_db_option
@click.option("--format", "fmt", type=click.Choice(["csv", "json", "parquet"], case_sensitive=False), required=True,
              help="Output format.")
@click.option("--table", type=click.Choice(["facts", "funding", "articles", "funding_by_province_year",
                                           "funding_conflicts"]),
              default="facts", show_default=True, help="What to export (columns: docs/schema.md).")
@click.option("--out", "out_path", type=click.Path(dir_okay=False, writable=True),
              help="Output file (default: standard output; parquet needs a file or a pipe).")
def export(db_path: str, fmt: str, table: str, out_path: str | None) -> None:
    """Export a table in the versioned export schema, for dashboards (syndicated copies left out).

    \b
    Examples:
      kcextract export --format csv --table funding_by_province_year > totals.csv
      kcextract export --format parquet --out facts.parquet
    """
    from .export import export as run_export
    from .export import export_to

    fmt = fmt.lower()
    if fmt == "parquet":
        _needs("pyarrow")
    conn = _read(db_path)
    if out_path:
        n = export_to(conn, table, fmt, out_path)
        click.echo(f"{out_path}: {_plural(n, 'row')} of {table} ({fmt})", err=True)
        return
    sys.stdout.flush()
    stream = sys.stdout.buffer
    if fmt == "parquet" and stream.isatty():
        raise click.UsageError("parquet is binary: give --out FILE or pipe the output")
    run_export(conn, table, fmt, stream)


@main.command()
@_db_option
@click.option("--out", "out_path", default="report.html", show_default=True, type=click.Path(dir_okay=False),
              help="HTML file to write (self-contained: opens without a server or the internet).")
def report(db_path: str, out_path: str) -> None:
    """Write one static HTML report: charts by province and period, national vs local, products, OCOP, facts.

    \b
    Examples:
      kcextract report --out report.html
    """
    _needs("plotly")
    from .report import write_report

    path = write_report(_read(db_path), out_path)
    click.echo(f"{path}: report written ({path.stat().st_size // 1024} KB)")


@main.command()
@_db_option
@click.option("-h", "--host", default="127.0.0.1", show_default=True,
              help="Address to listen on (0.0.0.0 exposes it).")
@click.option("-p", "--port", default=8001, show_default=True, type=click.IntRange(0, 65535), help="Port.")
@click.option("-o", "--open", "open_browser", is_flag=True, help="Open the browser at the server's address.")
@click.option("--allow-sql", is_flag=True,
              help="Let visitors run their own SQL (a trusted desk only; results stay bounded in time, rows and size).")
def serve(db_path: str, host: str, port: int, open_browser: bool, allow_sql: bool) -> None:
    """Browse the database in Datasette (read-only): facets, full-text search, canned queries, a chart.

    \b
    Examples:
      kcextract serve -o                       # http://127.0.0.1:8001/ in the browser
      kcextract serve -d news.db -p 8080
    """
    _needs("datasette", "yaml", "plotly")
    from .serve import prepare
    from .serve import serve as run_serve

    try:
        warnings = prepare(db_path)
    except KcextractError as exc:
        raise click.ClickException(str(exc)) from None
    for w in warnings:
        click.echo(f"kcextract: warning: {w}", err=True)
    click.echo(f"Serving {db_path} read-only at http://{host}:{port}/ (Ctrl-C stops)", err=True)
    if open_browser:
        import threading
        import webbrowser

        threading.Timer(1.0, webbrowser.open, [f"http://{host}:{port}/"]).start()
    run_serve(db_path, host, port, allow_sql)


if __name__ == "__main__":
    main()
