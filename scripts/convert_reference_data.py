"""Convert the shared geodata into tukena's reference data file.

Run by hand when the classification changes (``make reference-data SHARED=...``); the
build and the tests only read the converted file inside the package.

Usage: python scripts/convert_reference_data.py SHARED_DATA_DIR
"""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

OUT_DIR = Path(__file__).resolve().parent.parent / "tukena" / "reference" / "data"
CLASSIFICATION_YEAR = 2021
POPULATION_AT = "2020-12-31"  # the population figures of the municipality layer
UUSIMAA = "01"
ALAND = "21"
# The City of Helsinki organises health and social services itself and is not a
# wellbeing services county; the source leaves its hva_id empty, as it does for Åland,
# which is outside the reform. We give Helsinki a county entry of its own.
HELSINKI_CODE = "091"
HELSINKI_COUNTY = {
    "code": "HKI",
    "name_fi": "Helsingin kaupunki",
    "name_sv": "Helsingfors stad",
    "name_en": "City of Helsinki",
    "short_name_fi": "Helsinki",
    "short_name_sv": "Helsingfors",
    "short_name_en": "Helsinki",
}
UUSIMAA_COUNTIES_EN = {
    "IU": "East Uusimaa",
    "KU": "Central Uusimaa",
    "LU": "West Uusimaa",
    "VK": "Vantaa and Kerava",
}
# The source names a few municipalities officially ("Pedersören kunta": the municipality of
# Pedersöre); the site says a municipality's name as people do, and as the Swedish name
# does, without the word for municipality or town.
COMMON_NAMES_FI = {"599": "Pedersöre"}
ATTRIBUTION = (
    "Municipalities, wellbeing services counties and regions: Yleisradio/geodata "
    "(finland-hva-2021.topo.json, finland-regions-2020.topo.json), derived from Statistics "
    "Finland and National Land Survey of Finland open data, CC BY 4.0."
)


def convert(shared: Path) -> dict:
    """Return the reference data as one JSON-ready mapping."""
    hva = json.loads((shared / "finland-hva-2021.topo.json").read_text("utf-8"))
    regions_topo = json.loads((shared / "finland-regions-2020.topo.json").read_text("utf-8"))

    regions = []
    region_by_name: dict[str, str] = {}
    for geometry in regions_topo["objects"]["landskap-2020"]["geometries"]:
        p = geometry["properties"]
        regions.append(
            {
                "code": p["maakunta"],
                "name_fi": p["nimi"],
                "name_sv": p["namn"],
                "name_en": p["name"],
            }
        )
        region_by_name[p["nimi"]] = p["maakunta"]
    regions.sort(key=lambda r: r["code"])
    region_en = {r["code"]: r["name_en"] for r in regions}

    counties = []
    for geometry in hva["objects"]["hva"]["geometries"]:
        p = geometry["properties"]
        if not p["hva_id"]:
            continue
        region = region_by_name.get(p["short_name_fi"], UUSIMAA)
        short_en = UUSIMAA_COUNTIES_EN.get(p["hva_id"], region_en[region])
        counties.append(
            {
                "code": p["hva_id"],
                "name_fi": p["name_fi"],
                "name_sv": p["name_sv"],
                "name_en": f"{short_en} Wellbeing Services County",
                "short_name_fi": p["short_name_fi"],
                "short_name_sv": p["short_name_sv"],
                "short_name_en": short_en,
                "region": region,
            }
        )
    counties.append({**HELSINKI_COUNTY, "region": UUSIMAA})
    counties.sort(key=lambda c: c["code"])
    county_region = {c["code"]: c["region"] for c in counties}

    municipalities = []
    for geometry in hva["objects"]["munis"]["geometries"]:
        p = geometry["properties"]
        if p["id"] == HELSINKI_CODE:
            county, region = "HKI", UUSIMAA
        elif not p["hva_id"]:
            county, region = None, ALAND
        else:
            county, region = p["hva_id"], county_region[p["hva_id"]]
        municipalities.append(
            {
                "code": p["id"],
                "name_fi": COMMON_NAMES_FI.get(p["id"], p["name_fi"]),
                "name_sv": p["name_sv"],
                "region": region,
                "county": county,
                "population": p["population"],
                # the official name still finds it: files written with it stay valid
                **({"aliases": [p["name_fi"]]} if p["id"] in COMMON_NAMES_FI else {}),
            }
        )
    municipalities.sort(key=lambda m: m["code"])
    return {
        "classification_year": CLASSIFICATION_YEAR,
        "population_at": POPULATION_AT,
        "attribution": ATTRIBUTION,
        "regions": regions,
        "counties": counties,
        "municipalities": municipalities,
    }


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    shared = Path(argv[1])
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    data = convert(shared)
    out = OUT_DIR / "municipalities.json"
    out.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", "utf-8")
    shutil.copyfile(shared / "finland-hva-2021.topo.json", OUT_DIR / "municipalities.topo.json")
    print(f"wrote {out} ({len(data['municipalities'])} municipalities)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
