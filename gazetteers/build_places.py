# Builds gazetteers/places.tsv from a pinned public data set (see the docstring); run by hand, not at run time.
"""Build gazetteers/places.tsv: districts, towns and communes with their province, before and after 2025.

Source: the MIT-licensed PyPI package ``vietnamadminunits`` 1.0.4 (github.com/tranngocminhhieu/vietnamadminunits,
data released 2025-10), whose ``dataset.db`` holds Vietnam's administrative units before the 1 July 2025 reform
(63 provinces, 681 districts, 10,040 communes/wards: table ``admin_units_legacy``) and after it (34 provinces,
3,321 communes/wards: table ``admin_units``). Only the names, levels and provinces are taken (facts, not code).
It is a build-time tool, not a dependency: ``pip install vietnamadminunits==1.0.4`` then
``python gazetteers/build_places.py``; the output is committed and reviewed like every gazetteer.
"""
from __future__ import annotations

import csv
import json
import re
import sqlite3
import sys
import unicodedata
import importlib.util
from pathlib import Path

HERE = Path(__file__).resolve().parent
# (a special zone, 'đặc khu', is a commune-level unit of the 2025 two-tier system: FACTS.md's levels have no other)
LEVELS = {"Quận": "district", "Huyện": "district", "Thị xã": "town", "Thành phố": "city", "Phường": "ward",
          "Thị trấn": "town", "Xã": "commune", "Đặc khu": "commune"}


# the package's short names tell apart a district and a town (or a town and a commune) of one name in one province
# by their level in brackets ('Cai Lậy (Huyện)', 'Cai Lậy (Thị xã)'); a text names them without it
_LEVEL_SUFFIX = re.compile(r"\s*\((?:Quận|Huyện|Thị xã|Thành phố|Phường|Thị trấn|Xã|Đặc khu)\)$")


def _short(name: str) -> str:
    """The unit's name as a text writes it: 'Cai Lậy (Huyện)' -> 'Cai Lậy'."""
    return _LEVEL_SUFFIX.sub("", name)


def _key(name: str) -> str:
    """The package's key of a unit's full name: letters only, no tone marks, lower case ('Tỉnh Hà Giang' ->
    'tinhhagiang')."""
    folded = unicodedata.normalize("NFD", name.replace("Đ", "D").replace("đ", "d"))
    return "".join(c for c in folded.lower() if c.isascii() and c.isalnum())


def _made_from(path: Path) -> dict[tuple[str, str], set[str]]:
    """(new province key, new ward key) -> the keys of the pre-2025 provinces of the units it was made from, from
    the conversion table's wards taken whole and wards divided among several new ones."""
    table = json.loads(path.read_text(encoding="utf-8"))
    out: dict[tuple[str, str], set[str]] = {}
    for pkey, wards in table["DICT_PROVINCE_WARD_NO_DIVIDED"].items():
        for wkey, olds in wards.items():
            out.setdefault((pkey, wkey), set()).update(o.split("_", 1)[0] for o in olds)
    for pkey, olds in table["DICT_PROVINCE_WARD_DIVIDED"].items():
        for old, news in olds.items():
            for new in news:
                out.setdefault((pkey, new["newWardKey"]), set()).add(old.split("_", 1)[0])
    return out


def main() -> None:
    # the data file only: importing the package would pull in its geometry dependencies
    spec = importlib.util.find_spec("vietnamadminunits")
    if spec is None or not spec.submodule_search_locations:
        sys.exit("pip install vietnamadminunits==1.0.4 first (a build-time tool only)")
    db = Path(list(spec.submodule_search_locations)[0]) / "data" / "dataset.db"
    conn = sqlite3.connect(db)
    provinces = {}
    with open(HERE / "provinces.tsv", encoding="utf-8") as fh:
        for row in csv.DictReader((l for l in fh if not l.startswith("#")), delimiter="\t"):
            provinces[row["province"]] = row["province_2025"]
    aliases = {"Huế": "Thừa Thiên Huế", "Hồ Chí Minh": "Hồ Chí Minh"}
    new_names = set(provinces.values())
    new_aliases = {"Huế": next(n for n in new_names if "Huế" in n)}
    rows: set[tuple[str, str, str, str, str]] = set()
    for prov, dist, dtype, ward, wtype in conn.execute(
            "SELECT provinceShort, districtShort, districtType, wardShort, wardType FROM admin_units_legacy"):
        prov = aliases.get(prov, prov)
        if prov not in provinces:
            sys.exit(f"unknown pre-2025 province {prov!r}")
        rows.add((_short(dist), LEVELS[dtype], prov, provinces[prov], "pre2025"))
        if ward and wtype:
            rows.add((_short(ward), LEVELS[wtype], prov, provinces[prov], "pre2025"))
    # the pre-2025 provinces each 2025 unit was made from (the package's conversion table, old unit -> new): a unit
    # made only of one old province's units lies in that province as it was
    old_short = {_key(full): aliases.get(short, short) for full, short in
                 conn.execute("SELECT DISTINCT province, provinceShort FROM admin_units_legacy")}
    made_from = _made_from(Path(db).with_name("converter_2025.json"))
    for prov, ward, wtype, pkey, wkey in conn.execute(
            "SELECT provinceShort, wardShort, wardType, provinceKey, wardKey FROM admin_units"):
        prov = new_aliases.get(prov, prov)
        if prov not in new_names:
            sys.exit(f"unknown 2025 province {prov!r}")
        olds = {old_short[k] for k in made_from.get((pkey, wkey), ()) if k in old_short}
        rows.add((_short(ward), LEVELS[wtype], olds.pop() if len(olds) == 1 else "", prov, "2025"))
    out = HERE / "places.tsv"
    with open(out, "w", encoding="utf-8", newline="") as fh:
        fh.write("# Places below the province: districts, towns, cities and communes/wards, each with its province.\n"
                 "# Generated by gazetteers/build_places.py from the vietnamadminunits 1.0.4 data set (MIT licence,\n"
                 "# 2025-10): units before the 1 July 2025 reform (era pre2025: province = pre-2025 province) and after\n"
                 "# it (era 2025: two levels only, province_2025 = the merged province; province = the pre-2025 province\n"
                 "# when every unit it was made from lay in that one, from the package's conversion table\n"
                 "# converter_2025.json, else empty).\n")
        w = csv.writer(fh, delimiter="\t", lineterminator="\n")
        w.writerow(["name", "level", "province", "province_2025", "era"])
        for r in sorted(rows):
            w.writerow(r)
    print(f"{out}: {len(rows)} places")


if __name__ == "__main__":
    main()
