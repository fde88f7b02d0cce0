"""Our Datasette plugin: links from a fact to its sentence, amounts in words, and an offline chart page.

Registered by ``kcextract serve`` only (not an entry point), so it never changes another Datasette.
The chart page uses the same plotly figures as the report, with plotly.js served from the plotly wheel,
so the browser needs no internet.
"""
from __future__ import annotations

from html import escape

from datasette import hookimpl
from datasette.utils import tilde_encode
from datasette.utils.asgi import Response
from markupsafe import Markup

from .. import charts
from ..format import amount, vnd_full
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
    building a gigabyte (the time limit cannot interrupt one function call)."""
    import sqlite3

    from ..serve import MAX_VALUE_BYTES

    conn.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, MAX_VALUE_BYTES)
    # printf('%.*c', 2000000000, 'x') pads inside one C call that neither the length limit nor the time limit
    # stops for seconds: printf and format refuse a width or precision beyond the value bound
    for name in ("printf", "format"):
        conn.create_function(name, -1, _bounded_printf, deterministic=True)


_PRINTF = None


def _bounded_printf(*args):
    import sqlite3

    from ..serve import MAX_VALUE_BYTES

    global _PRINTF
    if any(isinstance(a, int) and abs(a) > MAX_VALUE_BYTES for a in args[1:]):
        raise ValueError("printf width or precision too large")
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


async def _fact(datasette, request):
    """One fact in its sentence, the fact marked: /-/kcextract/fact/<facts.id>."""
    from datasette.utils import tilde_decode

    from ..format import marked_html

    fact_id = tilde_decode(request.url_vars["fact_id"])
    db = datasette.get_database()
    result = await db.execute(
        "SELECT f.id, f.doc, f.type, f.text, f.value, f.start, f.\"end\", f.province, f.province_2025, f.year, "
        "s.text AS sentence, s.start AS sentence_start, s.id AS sentence_id, a.title "
        "FROM facts f JOIN sentences s ON s.article_id = f.article_id AND s.idx = f.sentence "
        "JOIN articles a ON a.id = f.article_id WHERE f.id = ?", [fact_id])
    rows = list(result.rows)
    if not rows:
        return Response.html("<p>No such fact.</p>", status=404)
    r = dict(rows[0])
    sentence = marked_html(r["sentence"], r["start"], r["end"], r["sentence_start"] or 0)
    home = datasette.urls.instance()
    row_url = datasette.urls.row(db.name, "sentences", tilde_encode(r["sentence_id"]))
    return Response.html(f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><link rel="icon" href="data:,">
<title>{escape(r['text'])}</title><style>body {{ font-family: system-ui, sans-serif; margin: 1em 2em; max-width: 60em; }}
mark {{ background: #ffe066; font-weight: 600; }}</style></head>
<body><p><a href="{escape(home)}">← kcextract</a> · <a href="{escape(row_url)}">câu / sentence row</a></p>
<h1>{escape(r['type'])}: {escape(r['text'])}</h1>
<p>{escape(r['title'] or '')} <small>({escape(r['doc'])}; {escape(r['province'] or '')} → {escape(r['province_2025'] or '')},
{escape(r['year'] or '')})</small></p><blockquote>{sentence}</blockquote></body></html>""")


async def _chart(datasette, request):
    db = datasette.get_database()
    result = await db.execute(f"SELECT * FROM {from_view('funding_by_province_year')} ORDER BY province, year")
    rows = [dict(r) for r in result.rows]
    figs = [charts.amounts_figure(rows), charts.scope_figure(rows), charts.projects_figure(rows)]
    body = "".join(f.to_html(full_html=False, include_plotlyjs=False, config={"displaylogo": False}) for f in figs)
    home = datasette.urls.instance()
    table = datasette.urls.table(db.name, "funding_by_province_year")
    js = datasette.urls.path("/-/kcextract/plotly.min.js")
    return Response.html(
        f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><link rel="icon" href="data:,">
<title>Biểu đồ kinh phí / Funding chart</title><script src="{escape(js)}"></script>
<style>body {{ font-family: system-ui, sans-serif; margin: 1em 2em; }}</style></head>
<body><p><a href="{escape(home)}">← kcextract</a> · <a href="{escape(table)}">funding_by_province_year</a></p>
<h1>Kinh phí khuyến công theo tỉnh và năm / Funding by province and year</h1>{body}</body></html>""")


async def _plotly_js(datasette, request):
    return Response(charts.plotly_js_path().read_bytes(), content_type="application/javascript",
                    headers={"cache-control": "max-age=86400"})


async def _digest(datasette, request):
    """The morning digest as a page: /-/kcextract/digest?since=2026-11-30 (default: the last 24 hours)."""
    import datetime as _dt

    from ..digest import digest, to_html

    since = request.args.get("since") or (_dt.datetime.now(_dt.timezone.utc) - _dt.timedelta(days=1)).isoformat(
        timespec="seconds")
    db = datasette.get_database()
    body = await db.execute_fn(lambda conn: to_html(digest(conn, since)))
    home = datasette.urls.instance()
    return Response.html(f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><link rel="icon" href="data:,">
<title>Tin mới / Digest</title><style>body {{ font-family: system-ui, sans-serif; margin: 1em 2em; }}</style></head>
<body><p><a href="{escape(home)}">← kcextract</a></p>{body}</body></html>""")


@hookimpl
def register_routes(datasette):
    return [(r"^/-/kcextract/chart$", _chart), (r"^/-/kcextract/plotly\.min\.js$", _plotly_js),
            (r"^/-/kcextract/digest$", _digest), (r"^/-/kcextract/fact/(?P<fact_id>[^/]+)$", _fact)]
