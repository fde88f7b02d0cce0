"""The morning digest (issue 15): what the ingests since a date added, on two ingests of the embedded corpus."""
from __future__ import annotations

import asyncio
import shutil
import sqlite3
import time
from datetime import datetime, timezone
from pathlib import Path

from kcextract.digest import digest, to_html, to_markdown
from kcextract.store import ingest, open_db

ROOT = Path(__file__).resolve().parent.parent
CONFLICT = ("Hà Giang: kinh phí khuyến công năm 2023\n"
            "Năm 2023, tỉnh Hà Giang được phê duyệt kế hoạch khuyến công với tổng kinh phí 3,1 tỷ đồng cho 15 đề án.\n")


def test_a_digest_lists_new_figures_new_conflicts_and_changed_articles(tmp_path, run_cli):
    corpus = tmp_path / "corpus"
    shutil.copytree(ROOT / "corpus", corpus)
    db_path = tmp_path / "d.db"
    db = open_db(db_path)
    ingest([str(corpus)], db)
    time.sleep(1.1)
    since = datetime.now(timezone.utc).isoformat(timespec="seconds")
    time.sleep(1.1)
    # second ingest: a repeated figure, a conflicting one, and an edited article
    (corpus / "zz_conflict.txt").write_text(CONFLICT, encoding="utf-8")
    seed = corpus / "003_85b55b1df421f973.txt"
    seed.write_text(seed.read_text(encoding="utf-8") + "\nBài viết được cập nhật.\n", encoding="utf-8")
    ingest([str(corpus), str(ROOT / "examples")], db)
    d = digest(db.conn, since)
    assert d.articles == 3
    assert {(r["doc"], r["amount_vnd"]) for r in d.figures} >= {("zz_conflict", 3100000000),
                                                                 ("hagiang-2023-brief", 2634600000)}
    assert ("Hà Giang", "2023", "total", "planned") in {(r["province"], r["year"], r["scope"], r["status"])
                                                        for r in d.conflicts}
    assert [r["doc"] for r in d.changed] == ["003_85b55b1df421f973"]
    md = to_markdown(d)
    assert "3,1 tỷ đồng" in md and "New conflicts" in md and "003_85b55b1df421f973" in md
    assert len(md.splitlines()) < 40  # short enough to paste into a chat
    assert "<h3>New conflicts</h3>" in to_html(d)
    out = run_cli("digest", "-d", db_path, "--since", since)
    assert out.exit_code == 0 and out.stdout == md
    assert "Nothing new" in to_markdown(digest(db.conn, "2999-01-01"))
    from kcextract.serve import make_datasette, prepare

    db.conn.close()
    prepare(db_path)
    page = asyncio.run(make_datasette(db_path).client.get(f"/-/kcextract/digest?since={since}"))
    assert page.status_code == 200 and "3,1 tỷ đồng" in page.text


def test_a_bad_since_is_a_usage_error(run_cli, seed_db):
    result = run_cli("digest", "-d", seed_db.path, "--since", "yesterday")
    assert result.exit_code == 2 and "ISO date" in result.stderr
