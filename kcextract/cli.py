"""The ``kcextract`` command: a thin click layer over the library (each command calls one function)."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from .errors import InputError, KcextractError


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


@click.group()
@click.version_option(package_name="kcextract")
def main() -> None:
    """Extract khuyến công facts from Vietnamese press articles, store them in SQLite, score them."""


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(["jsonl", "table", "records"]), default="jsonl", show_default=True,
              help="jsonl: one fact per line (FACTS.md); table: readable table; records: funding records as JSONL.")
@click.option("--strict", is_flag=True, help="Exit non-zero if any input could not be processed.")
def extract(paths: tuple[str, ...], fmt: str, strict: bool) -> None:
    """Print the facts of articles (files, folders, or - for stdin)."""
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
            article = analyse(raw.text, raw.doc, source=raw.source, title=raw.title)
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


def _open_for_ingest(db_path: str, create: bool = True):
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
@click.option("--db", "db_path", default="kcextract.db", show_default=True, help="SQLite database file.")
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
    """
    from .ingest import default_jobs, run

    if engine == "dask":
        _ingest_dask(ctx, paths, db_path, jobs, batch, scheduler, out_parquet)
        return
    if scheduler or out_parquet:
        raise click.UsageError("--scheduler and --out-parquet need --engine dask")
    db = _open_for_ingest(db_path)
    report = run(paths, db, jobs=jobs or default_jobs(), on_error=_warn, progress=progress, batch=batch)
    _print_report(db_path, report)
    _ingest_exit(report, strict)


def _ingest_exit(report, strict: bool) -> None:
    if report.stored + report.unchanged + report.repeated == 0 or (strict and report.failed):
        sys.exit(1)


def _ingest_dask(ctx: click.Context, paths: tuple[str, ...], db_path: str, jobs: int | None, batch: int,
                 scheduler: str | None, out_parquet: str | None) -> None:
    """``ingest --engine dask``: the same run on a Dask cluster (kcextract.distributed)."""
    from .distributed import run_dask

    if scheduler and jobs:
        raise click.UsageError("--jobs sizes a LocalCluster; with --scheduler the cluster's workers do the work")
    if out_parquet and ctx.get_parameter_source("db_path") is not click.core.ParameterSource.DEFAULT:
        raise click.UsageError("--out-parquet writes Parquet instead of the SQLite database; drop --db")
    db = None if out_parquet else _open_for_ingest(db_path)
    try:
        report = run_dask(paths, db, scheduler=scheduler, workers=jobs, out_parquet=out_parquet, on_error=_warn,
                          batch=batch)
    except KcextractError as exc:
        raise click.ClickException(str(exc)) from None
    _print_report(out_parquet or db_path, report)
    _ingest_exit(report, strict=ctx.params["strict"])


@main.command()
@click.option("--db", "db_path", default="kcextract.db", show_default=True, help="SQLite database file.")
@_jobs_option
@_progress_option
def reprocess(db_path: str, jobs: int | None, progress: bool | None) -> None:
    """Re-extract only the stored articles made by another extractor version (rules, gazetteers or code)."""
    from .ingest import default_jobs
    from .ingest import reprocess as run_reprocess

    db = _open_for_ingest(db_path, create=False)
    report = run_reprocess(db, jobs=jobs or default_jobs(), on_error=_warn, progress=progress)
    _print_report(db_path, report)
    if report.failed:
        sys.exit(1)


@main.command(name="eval")
@click.option("--gold", "gold_dir", required=True, type=click.Path(file_okay=False, path_type=Path),
              help="Folder of gold files <doc>.json (FACTS.md form).")
@click.argument("paths", nargs=-1, required=True)
@click.option("--misses", is_flag=True, help="List every missed and spurious fact with its sentence.")
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
def evaluate(gold_dir: Path, paths: tuple[str, ...], misses: bool, as_json: bool) -> None:
    """Score the extractor against gold files: precision, recall and F1 per fact type."""
    from .evaluate import Report, format_misses, format_table, load_gold, score_article
    from .pipeline import analyse
    from .readers import read_articles

    if not gold_dir.is_dir():
        raise click.ClickException(f"{gold_dir}: no such gold folder")
    gold = load_gold(gold_dir, _warn)
    report = Report()
    for raw in read_articles(paths, _warn):
        if raw.doc not in gold:
            report.unscored.append(raw.doc)
            continue
        score_article(report, gold[raw.doc], analyse(raw.text, raw.doc, source=raw.source, title=raw.title))
    if as_json:
        click.echo(json.dumps(report.to_dict(), ensure_ascii=False, indent=1))
    else:
        click.echo(format_table(report))
        if misses:
            click.echo("")
            click.echo(format_misses(report))
    if not report.scored:
        sys.exit(1)


if __name__ == "__main__":
    main()
