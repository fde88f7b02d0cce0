"""Gazetteer goods in report wording: how many entries the extractor misses in each of eleven frames.

Every entry of gazetteers/products.tsv is put, as written, into eleven sentences shaped like khuyến công reports
(a machine that presses it, a maker of it, processing it for export, its OCOP rating, a list of specialties,
processing it into goods, making it for tourists, selling it to traders, exporting it,
packing it, taking it to market)
and the extractor must find the entry's value there. A miss is almost always underthesea joining the good's
syllables with a neighbouring word ('ép hành' | 'tím'); the figure shows where segmentation still hides goods.

Usage: python bench/gazetteer_frames.py [--show]
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kcextract import extract  # noqa: E402

FRAMES = [
    "Hỗ trợ máy ép {} cho cơ sở.",
    "Cơ sở sản xuất {} được hỗ trợ.",
    "Hỗ trợ chế biến {} xuất khẩu.",
    "Sản phẩm {} của HTX đạt 3 sao OCOP.",
    "Các đặc sản như chè, {} và mật ong được bày bán.",
    # (the word after the good is a verb underthesea may join to the good's last syllable: 'đinh' | 'lăng thành')
    "Hợp tác xã chế biến {} thành nhiều sản phẩm.",
    "Cơ sở làm {} phục vụ khách du lịch.",
    # (or a trade verb joined to the good's first syllable: 'bán chè', 'xuất khẩu nghệ', 'lựu sang')
    "Hợp tác xã bán {} cho thương lái.",
    "Doanh nghiệp xuất khẩu {} sang Nhật Bản.",
    # (or a preposition or adverb after it: 'lựu bằng', 'lựu ra')
    "Cơ sở đóng gói {} bằng máy hút chân không.",
    "Chị Lan mang {} ra chợ bán.",
]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--show", action="store_true", help="list the entries missed and in which frames")
    args = ap.parse_args()
    rows = [line.rstrip("\n").split("\t") for line in (ROOT / "gazetteers" / "products.tsv").open(encoding="utf-8")
            if not line.startswith("#") and "\t" in line][1:]
    missed: dict[str, list[int]] = {}
    per_frame = [0] * len(FRAMES)
    for name, value, _category in rows:
        for i, frame in enumerate(FRAMES):
            if value not in {f.value for f in extract("Tin\n" + frame.format(name)) if f.type == "product"}:
                missed.setdefault(name, []).append(i)
                per_frame[i] += 1
    print(f"{len(rows)} entries, {len(missed)} missed in at least one frame")
    for frame, n in zip(FRAMES, per_frame):
        print(f"  {n:4d}  {frame}")
    if args.show:
        for name, frames in missed.items():
            print(f"{name}\t{','.join(map(str, frames))}")


if __name__ == "__main__":
    main()
