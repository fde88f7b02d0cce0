"""Metamorphic check: rewrite texts in ways that keep their meaning and count those whose reading changes.

A rewrite changes only how a statement is typed or laid out (``tỷ`` as ``tỉ``, a no-break space before a unit, CRLF
line ends, a title set in capitals ...), so a text's funding records (scope, status, projects, amount, period,
province, qualifier, purpose, whole, headline), product values and subject should not move. Each text whose reading
does move is printed with what changed, for a person to judge: a change is a rule that holds by how a page was typed.

By default the dev split of ../shared/corpus-ontopic and ../shared/corpus-real and the embedded corpus/ are read
(the frozen test split, corpus/splits.tsv, never). The earlier rounds' rewrites are in docs/accuracy.md.

Usage: python bench/metamorphic.py [--list] [REWRITE ...] [--paths PATH ...]
"""
from __future__ import annotations

import argparse
import sys
import textwrap
import unicodedata
from collections.abc import Callable
from pathlib import Path

import regex

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kcextract.evaluate import load_splits  # noqa: E402
from kcextract.facts import Article  # noqa: E402
from kcextract.pipeline import analyse  # noqa: E402
from kcextract.readers import RawArticle, read_articles  # noqa: E402


def _sub(pattern: str, replacement: str) -> Callable[[str], str]:
    compiled = regex.compile(pattern)
    return lambda text: compiled.sub(replacement, text)


_YEAR_OPENS_SENTENCE = regex.compile(r"(?m)(?:^|(?<=[.!?] ))Năm (?P<y>20\d\d), "
                                     r"(?P<rest>(?:[^.!?;\n]|(?<=\d)\.(?=\d))+?)(?P<stop>[.!?])(?= |$)")


def _year_at_end(text: str) -> str:
    """A sentence's opening 'Năm 2023, ...' said at its end instead ('... trong năm 2023.'); only in a sentence of one
    clause run (no ';') that names no other year, whose first letter then opens it."""
    def moved(m: regex.Match) -> str:
        rest = m["rest"]
        if regex.search(r"(?<!\d)(?:19|20)\d\d(?!\d)", rest):
            return m[0]
        return rest[:1].upper() + rest[1:] + f" trong năm {m['y']}" + m["stop"]
    title, newline, body = text.partition("\n")
    return title + newline + _YEAR_OPENS_SENTENCE.sub(moved, body)


def _capital_title(text: str) -> str:
    first, newline, rest = text.partition("\n")
    return first.upper() + newline + rest


_TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}  # grave, acute, tilde, hook, dot below


def _old_tones(text: str) -> str:
    """Old tone-mark placement on an open 'oa', 'oe', 'uy' ('hòa' as 'hoà', 'thủy' as 'thuỷ', 'khỏe' as 'khoẻ')."""
    def move(first: str, second: str) -> str:
        first = unicodedata.normalize("NFD", first)
        tone = "".join(c for c in first if c in _TONES)
        bare = "".join(c for c in first if c not in _TONES)
        return unicodedata.normalize("NFC", bare + second + tone)
    return regex.sub(r"(?i)(?:[òóỏõọ][ae]|(?<!q)[ùúủũụ]y)(?!\p{L})", lambda m: move(m[0][0], m[0][1]), text)


_WORDS = {2: "hai", 3: "ba", 4: "bốn", 5: "năm", 6: "sáu", 7: "bảy", 8: "tám", 9: "chín", 10: "mười"}


def _count_words(text: str) -> str:
    """A count of 2 to 10 projects written in words ('5 đề án' -> 'năm đề án')."""
    return regex.sub(r"(?<![\d.,/]\s?)\b(\d+) (?=(?:đề án|dự án)(?!\p{L}))",
                     lambda m: _WORDS[int(m[1])] + " " if int(m[1]) in _WORDS else m[0], text)


# (not the second figure of a pair that shares its scale word, '1,45/2,63 tỷ', '1,3 - 1,5 tỷ': rewritten alone, the
# first would be read in another scale, which no writer means)
_PAIRED = r"(?<![/–-]\s?)(?<![/–-])"
_BILLIONS = regex.compile(rf"(?<![\d.,]){_PAIRED}(\d{{1,3}}),(\d+) tỷ(?!\p{{L}})")  # '23,29 tỷ'


def _billion_split(m: regex.Match) -> tuple[int, int, str]:
    """A matched '23,29 tỷ' as its whole billions (23), the millions of its first three decimals (290) and the
    decimals beyond them as a decimal part of the millions ('' here; ',5' for '1,2345 tỷ')."""
    frac = m[2]
    return int(m[1]), int((frac + "000")[:3]), "," + frac[3:] if len(frac) > 3 else ""


def _billion_parts(text: str) -> str:
    """'23,29 tỷ' as '23 tỷ 290 triệu' (a whole billion and its millions, as many pages write it)."""
    def parts(m: regex.Match) -> str:
        whole, millions, rest = _billion_split(m)
        said = f"{millions}{rest} triệu"
        return f"{whole} tỷ {said}" if whole else said
    return _BILLIONS.sub(parts, text)


def _billion_as_millions(text: str) -> str:
    """'23,29 tỷ' as '23.290 triệu'."""
    def millions(m: regex.Match) -> str:
        whole, part, rest = _billion_split(m)
        return f"{whole * 1000 + part:,}".replace(",", ".") + rest + " triệu"
    return _BILLIONS.sub(millions, text)


def _millions_as_billion(text: str) -> str:
    """'2.634,6 triệu' as '2,6346 tỷ'."""
    def billion(m: regex.Match) -> str:
        digits = (m[2] + (m[3] or "")).rstrip("0")
        return f"{m[1]},{digits} tỷ" if digits else f"{m[1]} tỷ"
    return regex.sub(r"(?<![\d.,])(\d{1,3})\.(\d{3})(?:,(\d+))? triệu(?!\p{L})", billion, text)


def _full_digits(text: str) -> str:
    """'300 triệu đồng' as '300.000.000 đồng', '1,2 tỷ đồng' as '1.200.000.000 đồng' (an amount of whole đồng)."""
    def digits(m: regex.Match) -> str:
        whole, frac = m[1].replace(".", ""), m[2] or ""
        scale = 9 if m[3] == "tỷ" else 6
        if len(frac) > scale:
            return m[0]
        value = int(whole + frac.ljust(scale, "0"))
        return f"{value:,}".replace(",", ".") + " đồng"
    # (not the millions after a billion: '1 tỷ 250 triệu đồng' stays as it is written; nor a number grouped by
    # spaces: '1 250 triệu đồng')
    return regex.sub(rf"(?<![\d.,])(?<!(?:tỷ|tỉ) )(?<!\d ){_PAIRED}(\d{{1,3}}(?:\.\d{{3}})*)(?:,(\d+))? (tỷ|triệu) đồng"
                     r"(?!\p{L})", digits, text)


def _numbered_items(text: str) -> str:
    """Each run of '- ' list items numbered from 1 instead ('1. ...', '2. ...')."""
    out, n = [], 0
    for line in text.split("\n"):
        n = n + 1 if line.startswith("- ") else 0
        out.append(f"{n}. {line[2:]}" if n else line)
    return "\n".join(out)


def _one_paragraph(text: str) -> str:
    """The body's lines run together into one paragraph after the title; a text with list items or table rows stays as
    it is, and a caption line (ending ' |') stays a line of its own."""
    title, sep, body = text.partition("\n")
    if not sep or regex.search(r"(?m)^\s*(?:[-+•|]|\d{1,2}[.)])", body):
        return text
    out: list[str] = []
    for line in (line.strip() for line in body.split("\n") if line.strip()):
        if line.endswith("|") or not out or out[-1].endswith("|"):
            out.append(line)
        else:
            out[-1] += " " + line
    return title + "\n\n" + "\n".join(out)


# name -> (what it does, the rewrite)
def _after_first_paragraph(line: str) -> Callable[[str], str]:
    """A line of page furniture (a photo's caption, a byline) put after the text's first paragraph."""
    def rewrite(text: str) -> str:
        head, sep, rest = text.partition("\n")
        return f"{head}\n{line}\n{rest}" if sep and rest.strip() else text
    return rewrite


REWRITES: dict[str, tuple[str, Callable[[str], str]]] = {
    "ti": ("'tỷ' after a number as 'tỉ'", _sub(r"(?<=\d\s?)tỷ", "tỉ")),
    "nbsp": ("a no-break space between a number and its unit or counted noun",
             _sub(r"(?<=\d) (?=(?:tỷ|triệu|nghìn|đề án|sản phẩm|cơ sở)(?!\p{L}))", "\u00a0")),
    "soft-hyphen": ("a soft hyphen inside 'khuyến công'", _sub(r"(?<=khuyến) (?=công)", " \u00ad")),
    "cong-thuong": ("'Sở Công thương' for 'Sở Công Thương'", _sub(r"Sở Công Thương", "Sở Công thương")),
    "level-capitals": ("'Quốc gia', 'Địa phương' capitalised after 'khuyến công'",
                       lambda t: t.replace("khuyến công quốc gia", "khuyến công Quốc gia")
                       .replace("khuyến công địa phương", "khuyến công Địa phương")),
    "crlf": ("CRLF line ends", lambda t: t.replace("\n", "\r\n")),
    "vnd": ("'VND' for 'đồng' after a scale word", _sub(r"(?<=\d) (tỷ|triệu) đồng", r" \1 VND")),
    "quotes": ("typographic quotes", lambda t: t.replace('"', "“")),
    "en-dash": ("an en dash between a span's years", _sub(r"(?<=20\d\d)-(?=20\d\d)", "–")),
    "spaced-dash": ("a spaced hyphen between a span's years", _sub(r"(?<=20\d\d)-(?=20\d\d)", " - ")),
    "capital-title": ("the title set in capitals", _capital_title),
    # wording: the same statement in another of the forms press uses
    "abbreviate": ("'khuyến công quốc gia / địa phương' as 'KCQG / KCĐP'",
                   lambda t: t.replace("khuyến công quốc gia", "KCQG").replace("khuyến công địa phương", "KCĐP")),
    "spell-out": ("'KCQG / KCĐP' spelled out",
                  lambda t: t.replace("KCQG", "khuyến công quốc gia").replace("KCĐP", "khuyến công địa phương")),
    "billion-parts": ("'23,29 tỷ' as '23 tỷ 290 triệu'", _billion_parts),
    "billion-millions": ("'23,29 tỷ' as '23.290 triệu'", _billion_as_millions),
    "millions-billion": ("'2.634,6 triệu' as '2,6346 tỷ'", _millions_as_billion),
    "count-words": ("a count of 2-10 projects in words", _count_words),
    "over-tren": ("'trên' for 'hơn' before a number (both: over)", _sub(r"(?<!\p{L})hơn (?=\d)", "trên ")),
    "vnd-sign": ("'VNĐ' for 'đồng' after a scale word", _sub(r"(?<=\d) (tỷ|triệu) đồng", r" \1 VNĐ")),
    "from-to-years": ("'giai đoạn 2016-2020' as 'giai đoạn từ năm 2016 đến năm 2020'",
                      _sub(r"giai đoạn (20\d\d) ?[-–] ?(20\d\d)", r"giai đoạn từ năm \1 đến năm \2")),
    "blank-lines": ("a blank line between paragraphs", lambda t: regex.sub(r"\n+", "\n\n", t)),
    "caption": ("a photo's caption line after the first paragraph",
                _after_first_paragraph("Các đại biểu tham quan gian hàng trưng bày sản phẩm. Ảnh: Minh Anh")),
    "caption-bare": ("an 'Ảnh minh họa' line after the first paragraph", _after_first_paragraph("Ảnh minh họa")),
    "caption-label": ("a caption that opens with 'Ảnh:' after the first paragraph",
                      _after_first_paragraph("Ảnh: Các đại biểu tham quan gian hàng trưng bày sản phẩm.")),
    "byline": ("an author's byline and the outlet at the end", lambda t: t.rstrip() + "\nMinh Anh (Báo Công Thương)\n"),
    "in-year": ("a sentence's opening 'Năm 2023,' as 'Trong năm 2023,'", _sub(r"(?<=^|[.!?]\s|\n)Năm (20\d\d),", r"Trong năm \1,")),
    "hard-wrap": ("every paragraph cut into lines of 78 columns, blank lines between (a PDF's clipping)",
                  lambda t: "\n\n".join("\n".join(textwrap.wrap(p, 78)) for p in t.split("\n") if p.strip())),
    # (sixty-ninth round)
    "trd": ("'triệu đồng' after a number as 'trđ'", _sub(r"(?<=\d) triệu đồng(?!\p{L})", " trđ")),
    "bare-scale": ("'tỷ đồng', 'triệu đồng' after a number without 'đồng'",
                   _sub(r"(?<=\d) (tỷ|triệu) đồng(?!\p{L})", r" \1")),
    "split-trong-do": ("', trong đó' after an amount as a sentence of its own ('. Trong đó,')",
                       _sub(r"(?<=(?:đồng|đề án)), trong đó,? ", ". Trong đó, ")),
    "htx": ("'Hợp tác xã' as 'HTX'", _sub(r"[Hh]ợp tác xã(?!\p{L})", "HTX")),
    "full-digits": ("'300 triệu đồng', '1,2 tỷ đồng' written out in đồng ('300.000.000 đồng')",
                    _full_digits),
    "zero-pad": ("a count of 1-9 projects with a leading zero ('05 đề án')",
                 _sub(r"(?<![\d.,/]\s?)\b([1-9]) (?=(?:đề án|dự án)(?!\p{L}))", r"0\1 ")),
    "bullet-plus": ("list items marked '+' for '-'", _sub(r"(?m)^- ", "+ ")),
    "title-stop": ("a full stop after the title", lambda t: regex.sub(r"^([^\n]*[^\s.!?:])\n", r"\1.\n", t, count=1)),
    "numbered-items": ("list items numbered '1.', '2.' ... for '-'", _numbered_items),
    "ttkc": ("'Trung tâm Khuyến công' as 'TTKC'", _sub(r"Trung tâm [Kk]huyến công(?!\p{L})", "TTKC")),
    "one-paragraph": ("the body's paragraphs run together into one (a scraper that drops paragraph breaks)",
                      _one_paragraph),
    "dateline": ("an outlet's dateline before the body's first paragraph ('(Báo Tin tức) - ')",
                 lambda t: regex.sub(r"^([^\n]*\n+)", r"\1(Báo Tin tức) - ", t, count=1)),
    "nhu-gom": ("a list of goods announced with 'gồm' for 'như' ('các sản phẩm gồm ...')",
                _sub(r"(?<=(?:sản phẩm|mặt hàng|đặc sản)(?:\s+\p{Ll}+){0,3})\s+như(?=\s)", " gồm")),
    "list-colon": ("a list of goods announced with a colon after 'như' ('như: ...')",
                   _sub(r"(?<=(?:sản phẩm|mặt hàng|đặc sản)(?:\s+\p{Ll}+){0,3}\s+như)(?=\s\p{L})", ":")),
    "trong-do-colon": ("', trong đó' with a colon after it (', trong đó: ...')",
                       _sub(r", trong đó,? (?=\p{L})", ", trong đó: ")),
    "dong-d": ("'đồng' after a scale word as 'đ' ('1,2 tỷ đ')", _sub(r"(?<=\d) (tỷ|triệu) đồng(?!\p{L})", r" \1 đ")),
    "bullet-dot": ("list items marked '•' for '-'", _sub(r"(?m)^- ", "• ")),
    "year-no-comma": ("a sentence's opening 'Năm 2023,' without its comma",
                      _sub(r"(?<=^|[.!?]\s|\n)Năm (20\d\d), ", r"Năm \1 ")),
    # (seventieth round)
    "nfd": ("the text in decomposed Unicode (NFD: a letter and its marks as separate code points)",
            lambda t: unicodedata.normalize("NFD", t)),
    "old-tones": ("old tone-mark placement on an open 'oa', 'oe', 'uy' ('hoà', 'thuỷ', 'khoẻ')", _old_tones),
    "double-space": ("two spaces between words", _sub(r"(?<=\S) (?=\S)", "  ")),
    "zwsp": ("a zero-width space after each comma (a web page's copy)", lambda t: t.replace(",", ",\u200b")),
    "dot-decimal": ("'2,5 tỷ' with a decimal point ('2.5 tỷ'), one or two decimals",
                    _sub(r"(?<![\d.,])(\d{1,3}),(\d{1,2}) tỷ(?!\p{L})", r"\1.\2 tỷ")),
    "tr-dot-d": ("'triệu đồng' after a number as 'tr.đ'", _sub(r"(?<=\d) triệu đồng(?!\p{L})", " tr.đ")),
    "indent": ("each paragraph indented by a tab", _sub(r"(?m)^(?=\S)", "\t")),
    "no-final-stop": ("no full stop at a paragraph's end", _sub(r"(?m)\.[ \t]*$", "")),
    "sentence-lines": ("each sentence of the body on a line of its own (a CMS export)",
                       lambda t: regex.sub(r"(?<=\p{Ll}[.!?]) (?=\p{Lu})", "\n", t)),
    "nbsp-comma": ("a no-break space after each comma", lambda t: t.replace(", ", ",\u00a0")),
    "eth": ("'Ð' (U+00D0, the Icelandic eth) for the capital 'Đ'", lambda t: t.replace("Đ", "\u00d0")),
    # (seventy-first round)
    "du-an": ("a count of 'đề án' as one of 'dự án' (ANNOTATION.md counts both)",
              _sub(r"(?<=\d) đề án(?!\p{L})", " dự án")),
    "no-tinh": ("'tỉnh' dropped before a province's name after an agency ('Sở Công Thương Hà Giang')",
                _sub(r"(?<=(?:Sở Công Thương|UBND|Trung tâm Khuyến công)) tỉnh (?=\p{Lu})", " ")),
    "centre-long": ("'Trung tâm Khuyến công' named in full ('... và Xúc tiến thương mại')",
                    _sub(r"Trung tâm Khuyến công(?! và| -| –)(?!\p{L})", "Trung tâm Khuyến công và Xúc tiến thương mại")),
    "nhiem-vu": ("a count of 'đề án' as one of 'nhiệm vụ' (ANNOTATION.md counts both)",
                 _sub(r"(?<=\d) đề án(?!\p{L})", " nhiệm vụ")),
    "kinh-phi-la": ("'kinh phí 2,1 tỷ' as 'kinh phí là 2,1 tỷ'", _sub(r"(?<=kinh phí) (?=\d)", " là ")),
    "level-bracket": ("a level spelled out with its short name after it ('khuyến công địa phương (KCĐP)')",
                      _sub(r"khuyến công (quốc gia|địa phương)(?! \()(?!\p{L})",
                           lambda m: f"{m.group(0)} ({'KCQG' if m.group(1) == 'quốc gia' else 'KCĐP'})")),
    "tinh-after": ("a province's name after its agency set in brackets ('Sở Công Thương (tỉnh Hà Giang)')",
                   _sub(r"(?<=Sở Công Thương) (tỉnh \p{Lu}\p{Ll}*(?: \p{Lu}\p{Ll}*)*)", r" (\1)")),
    # (seventy-second round)
    "label-colon": ("a numbered section heading as a dash label its colon closes ('1. Khuyến công quốc gia' as '- "
                    "Khuyến công quốc gia:')",
                    _sub(r"(?m)^(?:\d{1,2}|[IVX]{1,4}|[a-d])[.)] ([^.!?:;\n]{3,80})$", r"- \1:")),
    "year-end": ("a sentence's opening 'Năm 2023, ...' said at its end ('... trong năm 2023.')", _year_at_end),
    "ubnd": ("'UBND' spelled out ('Ủy ban nhân dân')", _sub(r"UBND", "Ủy ban nhân dân")),
    "kinh-phi-colon": ("'kinh phí 2,1 tỷ' as 'kinh phí: 2,1 tỷ'", _sub(r"(?<=kinh phí) (?=\d)", ": ")),
    "tong-so": ("'tổng kinh phí' as 'tổng số kinh phí'", _sub(r"(?<=[Tt]ổng) (?=kinh phí)", " số ")),
    "status-aside": ("how the work stands after its amount set in brackets ('..., 1,2 tỷ đồng, đã hoàn thành' as '..., "
                     "1,2 tỷ đồng (đã hoàn thành)')",
                     _sub(r"(?<=đồng), ((?:đã|đang) (?:hoàn thành|triển khai|nghiệm thu))(?=[.;])", r" (\1)")),
}


def reading(article: Article) -> tuple:
    """What a rewrite must not move: the funding records, the product values and the subject."""
    index = {r.id: i for i, r in enumerate(article.funding)}
    records = [(r.scope, r.status, r.projects, r.amount_vnd, r.period, r.province, r.qualifier, r.purpose,
                index.get(r.part_of), r.headline) for r in article.funding]
    return records, sorted({f.value for f in article.facts if f.type == "product"}), article.subject


def _analyse(raw: RawArticle, text: str) -> Article:
    return analyse(text, raw.doc, source=raw.source, title=raw.title, outlet=raw.outlet, url=raw.url)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("rewrites", nargs="*", help="names of rewrites (default: all)")
    ap.add_argument("--list", action="store_true", help="list the rewrites and stop")
    ap.add_argument("--paths", nargs="+", default=[str(ROOT.parent / "shared" / "corpus-ontopic"),
                                                    str(ROOT.parent / "shared" / "corpus-real"), str(ROOT / "corpus")])
    args = ap.parse_args()
    if args.list:
        for name, (what, _) in REWRITES.items():
            print(f"{name:16} {what}")
        return
    unknown = [n for n in args.rewrites if n not in REWRITES]
    if unknown:
        ap.error(f"no such rewrite: {', '.join(unknown)} (see --list)")
    test = load_splits()
    raws = [r for r in read_articles(args.paths, lambda e: print(e, file=sys.stderr)) if r.doc not in test]
    before = {r.doc: reading(_analyse(r, r.text)) for r in raws}
    print(f"{len(raws)} texts (dev split and embedded corpus)")
    for name in args.rewrites or list(REWRITES):
        rewritten = moved = 0
        for raw in raws:
            text = REWRITES[name][1](raw.text)
            if text == raw.text:
                continue
            rewritten += 1
            after = reading(_analyse(raw, text))
            if after != before[raw.doc]:
                moved += 1
                old = before[raw.doc]
                for record in sorted(set(old[0]) ^ set(after[0]), key=str):
                    print(f"  {name} {raw.doc[:40]} {'before' if record in old[0] else 'after '} {record}")
                if old[1] != after[1]:
                    print(f"  {name} {raw.doc[:40]} products {old[1]} -> {after[1]}")
                if old[2] != after[2]:
                    print(f"  {name} {raw.doc[:40]} subject {old[2]} -> {after[2]}")
        print(f"{name}: {rewritten} texts rewritten, {moved} read differently", flush=True)


if __name__ == "__main__":
    main()
