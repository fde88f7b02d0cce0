"""Our Datasette plugin: links from a fact to its sentence, amounts in words, and an offline chart page.

Registered by ``kcextract serve`` only (not an entry point), so it never changes another Datasette.
The chart page uses the same plotly figures as the report, with plotly.js served from the plotly wheel,
so the browser needs no internet.
"""
from __future__ import annotations

from functools import lru_cache
from html import escape
from importlib import resources

from datasette import hookimpl
from datasette.utils import tilde_encode
from datasette.utils.asgi import Response
from markupsafe import Markup

from .. import charts
from ..format import QUALIFIER_WORDS, amount, vnd_full
from ..views import from_view

_SENTENCE_LINKS = {("facts", "sentence"), ("funding", "sentence"), ("facts_flat", "sentence_id")}


def _get(row, key: str):
    """A cell of the row being rendered; a foreign key arrives expanded as {'value', 'label'}."""
    try:
        value = row[key]
    except (IndexError, KeyError):
        return None
    return value.get("value") if isinstance(value, dict) else value


@hookimpl
def prepare_connection(conn):
    """No value larger than MAX_VALUE_BYTES: 'select randomblob(1000000000)' fails at once instead of
    building a gigabyte (the time limit cannot interrupt one function call). Pages are read through a
    memory map and a larger page cache (see reader.READ_PRAGMAS)."""
    import sqlite3

    from ..serve import MAX_VALUE_BYTES
    from ..reader import apply_read_pragmas

    conn.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, MAX_VALUE_BYTES)
    apply_read_pragmas(conn)
    # printf('%.*c', 2000000000, 'x') pads inside one C call that neither the length limit nor the time limit
    # stops for seconds: printf and format give NULL for a width or precision beyond the value bound (NULL, not an
    # exception: Datasette turns on callback tracebacks, so a raising function prints one for every such call)
    for name in ("printf", "format"):
        conn.create_function(name, -1, _bounded_printf, deterministic=True)


_PRINTF = None


def _bounded_printf(*args):
    import sqlite3

    from ..serve import MAX_VALUE_BYTES

    global _PRINTF
    if any(isinstance(a, int) and abs(a) > MAX_VALUE_BYTES for a in args[1:]):
        return None  # refused: a width or precision the value bound could never hold
    if _PRINTF is None:
        _PRINTF = sqlite3.connect(":memory:", check_same_thread=False)  # SQLite's own printf, unbounded args refused
    return _PRINTF.execute(f"SELECT printf({', '.join('?' * len(args))})", args).fetchone()[0] if args else None


@hookimpl
def render_cell(row, value, column, table, database, datasette):
    """Sentence numbers become links to the sentence row, with a second link to the fact marked in its
    sentence; money values get their amount in words."""
    if (table, column) in _SENTENCE_LINKS and value is not None:
        sentence_id = value if column == "sentence_id" else f"{_get(row, 'article_id')}:{value}"
        url = datasette.urls.row(database, "sentences", tilde_encode(str(sentence_id)))
        link = f'<a href="{escape(url)}" title="đọc câu / read the sentence">{escape(str(value))}</a>'
        fact_id = _get(row, "fact_id") if table == "facts_flat" else (_get(row, "id") if table == "facts" else None)
        if fact_id:
            marked = datasette.urls.path(f"/-/kcextract/fact/{tilde_encode(str(fact_id))}")
            link += f' <a class="kc-fact" href="{escape(marked)}" title="dữ kiện trong câu / the fact in its sentence">«»</a>'
        return Markup(link)
    if table in ("facts", "facts_flat") and column == "value" and _get(row, "type") == "money" and value is not None:
        words = amount(value, _get(row, "currency"))
        return Markup(f'{escape(str(value))}<br><small class="kc-amount">{escape(words)}</small>')
    if column.endswith("_vnd") and column != "precision_vnd" and isinstance(value, int) and not isinstance(value, bool):
        # tables and canned queries alike: '2.634,6 triệu đồng (2.634.600.000 đ)', exact, never rounded
        return Markup(f'<span class="kc-amount">{escape(vnd_full(value))}</span>')
    return None


async def _page(datasette, request, kind: str, title: str, body: str, links: list[tuple[str, str]] = (),
                scripts: list[str] = ()) -> Response:
    """One of our pages rendered in Datasette's own layout (header, breadcrumbs, stylesheet, footer)."""
    db = datasette.get_database()
    html = await datasette.render_template(
        "kcextract_page.html",
        {"database": db.name, "page_kind": kind, "page_title": title, "page_body": body, "page_links": list(links),
         "page_scripts": list(scripts)},
        request=request)
    return Response.html(html)


async def _fact(datasette, request):
    """One fact in its sentence, the fact marked: /-/kcextract/fact/<facts.id>."""
    from datasette.utils import tilde_decode

    from ..format import marked_html

    fact_id = tilde_decode(request.url_vars["fact_id"])
    db = datasette.get_database()
    result = await db.execute(
        "SELECT f.id, f.doc, f.type, f.text, f.value, f.currency, f.qualifier, f.start, f.\"end\", f.province, f.province_2025, "
        "f.year, s.text AS sentence, s.start AS sentence_start, s.id AS sentence_id, a.title "
        "FROM facts f JOIN sentences s ON s.article_id = f.article_id AND s.idx = f.sentence "
        "JOIN articles a ON a.id = f.article_id WHERE f.id = ?", [fact_id])
    rows = list(result.rows)
    if not rows:
        return Response.html("<p>No such fact.</p>", status=404)
    r = dict(rows[0])
    sentence = marked_html(r["sentence"], r["start"], r["end"], r["sentence_start"] or 0).replace(
        "<mark>", '<mark class="kc-fact">')
    if r["type"] == "money" and r["value"] is not None and r["currency"] in (None, "", "VND"):
        value = QUALIFIER_WORDS.get(r["qualifier"] or "", "") + vnd_full(r["value"])  # hơn 23,29 tỷ đồng (23.290...)
    elif r["type"] == "money" and r["value"] is not None:
        value = amount(r["value"], r["currency"])
    else:
        value = r["value"]
    where = " → ".join(dict.fromkeys(p for p in (r["province"], r["province_2025"]) if p))
    body = (f'<p>{escape(r["title"] or "")}</p><blockquote class="kc-sentence">{sentence}</blockquote>'
            f'<dl class="kc-fact-fields"><dt>type</dt><dd>{escape(r["type"])}</dd>'
            f'<dt>value</dt><dd>{escape(str(value if value is not None else ""))}</dd>'
            f'<dt>province</dt><dd>{escape(where)}</dd><dt>year</dt><dd>{escape(r["year"] or "")}</dd>'
            f'<dt>doc</dt><dd>{escape(r["doc"])}</dd></dl>')
    links = [("câu / sentence row", datasette.urls.row(db.name, "sentences", tilde_encode(r["sentence_id"]))),
             ("dữ kiện / fact row", datasette.urls.row(db.name, "facts", tilde_encode(str(r["id"]))))]
    return await _page(datasette, request, "fact", f"{r['type']}: {r['text']}", body, links)


async def _chart(datasette, request):
    db = datasette.get_database()
    result = await db.execute(f"SELECT * FROM {from_view('funding_by_province_year')} ORDER BY province, year")
    rows = charts.largest_cells([dict(r) for r in result.rows])
    figs = [charts.amounts_figure(rows), charts.scope_figure(rows), charts.projects_figure(rows)]
    body = "".join(f.to_html(full_html=False, include_plotlyjs=False, config={"displaylogo": False}) for f in figs)
    links = [("funding_by_province_year", datasette.urls.table(db.name, "funding_by_province_year")),
             ("Tin mới / digest", datasette.urls.path("/-/kcextract/digest"))]
    return await _page(datasette, request, "chart", "Kinh phí khuyến công theo tỉnh và năm / Funding by province and year",
                       body, links, [datasette.urls.path("/-/kcextract/plotly.min.js")])


async def _plotly_js(datasette, request):
    return Response(charts.plotly_js_path().read_bytes(), content_type="application/javascript",
                    headers={"cache-control": "max-age=86400"})


async def _css(datasette, request):
    return Response(_asset("kcextract.css"), content_type="text/css; charset=utf-8",
                    headers={"cache-control": "max-age=3600"})


async def _digest(datasette, request):
    """The morning digest as a page: /-/kcextract/digest?since=2026-11-30 (default: the last 24 hours)."""
    import datetime as _dt

    from ..digest import digest, to_html

    since = request.args.get("since") or (_dt.datetime.now(_dt.timezone.utc) - _dt.timedelta(days=1)).isoformat(
        timespec="seconds")
    db = datasette.get_database()
    body = await db.execute_fn(lambda conn: to_html(digest(conn, since)))
    links = [("Biểu đồ / chart", datasette.urls.path("/-/kcextract/chart"))]
    return await _page(datasette, request, "digest", f"Tin mới từ {since} / Digest since {since}", body, links)


@lru_cache(maxsize=None)
def _asset(name: str) -> str:
    """Our CSS or JS, read once per process (every table page asks for the script)."""
    return resources.files("kcextract.web").joinpath(name).read_text(encoding="utf-8")


@hookimpl
def extra_css_urls(datasette):
    return [datasette.urls.path("/-/kcextract/kcextract.css")]


@hookimpl
def extra_body_script(template, database, table, datasette):
    """Fold the column descriptions on table pages (see kcextract.js)."""
    return _asset("kcextract.js") if template == "table.html" else None


@hookimpl
def register_routes(datasette):
    return [(r"^/-/kcextract/chart$", _chart), (r"^/-/kcextract/plotly\.min\.js$", _plotly_js),
            (r"^/-/kcextract/kcextract\.css$", _css),
            (r"^/-/kcextract/digest$", _digest), (r"^/-/kcextract/fact/(?P<fact_id>[^/]+)$", _fact)]
