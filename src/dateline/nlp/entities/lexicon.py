"""Word lists and tables of the entity annotator, read once from the data files shipped beside it."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from dateline.errors import RuleFileError

DATA_PACKAGE = "dateline.nlp.entities"


def _lines(name: str) -> list[tuple[int, str]]:
    """Non-comment, non-empty lines of a data file with their 1-based numbers; a missing file is an error."""
    path = resources.files(DATA_PACKAGE) / "data" / name
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise RuleFileError("entity data file is missing; reinstall dateline", where=str(path)) from exc
    rows = [(i, line.rstrip("\n")) for i, line in enumerate(text.splitlines(), 1)]
    rows = [(i, line) for i, line in rows if line.strip() and not line.startswith("#")]
    if not rows:
        raise RuleFileError("entity data file is empty", where=str(path))
    return rows


def _words(name: str) -> frozenset[str]:
    return frozenset(line.strip().lower() for _, line in _lines(name))


def _table(name: str, n_columns: int) -> list[list[str]]:
    rows = []
    for number, line in _lines(name):
        cells = line.split("\t")
        while len(cells) > n_columns and not cells[-1].strip():
            cells.pop()
        if len(cells) < n_columns:
            cells += [""] * (n_columns - len(cells))
        if len(cells) != n_columns or not cells[0].strip():
            raise RuleFileError(f"expected {n_columns} tab-separated columns", where=f"{name}:{number}")
        rows.append([c.strip() for c in cells])
    return rows


@dataclass(frozen=True)
class Region:
    """A region or territory from regions.tsv; coordinates only where the file states a source."""

    name: str
    label: str
    kind: str
    country_code: str | None
    lat: float | None
    lon: float | None
    source: str | None


@dataclass(frozen=True)
class LocalPlace:
    """A small place of the corpus's region from local_places.tsv: typed a place only in locative context."""

    names: tuple[str, ...]  # spellings, the usual one first
    label: str
    kind: str
    country_code: str | None
    admin1: str | None
    geonames_id: int | None
    lat: float | None
    lon: float | None


@dataclass(frozen=True)
class Lexicon:
    """All entity word lists, keyed the way the annotator looks them up (lower case unless stated)."""

    courtesy: frozenset[str]  # honorifics dropped from names: mr, mrs
    title_honorifics: frozenset[str]  # honorifics kept as titles: president, dr
    roles: frozenset[str]
    title_words: frozenset[str]
    org_suffixes: frozenset[str]
    place_cues: frozenset[str]
    person_cue_verbs: frozenset[str]
    demonyms: dict[str, str]  # lower-case demonym -> country code
    place_aliases: dict[str, tuple[str, str | None]]  # lower-case alias -> (gazetteer name, country code)
    regions: dict[str, Region]  # lower-case name -> region
    type_overrides: dict[str, str]  # exact text -> label or "DROP"
    canonical_names: dict[str, tuple[str, str]]  # exact form ("U.S.") -> (canonical name, label)
    country_coords: dict[str, tuple[float, float]]  # ISO code -> the capital's (lat, lon)
    date_words: dict[str, str]  # month/weekday names and abbreviations, range words -> month, weekday, range
    name_particles: frozenset[str]  # "al", "of": lower case inside a title-cased name
    local_places: tuple[LocalPlace, ...] = ()
    place_heads: dict[tuple[str, ...], str] | None = None  # words after a name -> "FAC" (joins it) or "cue"
    org_prefixes: frozenset[str] = frozenset()  # "jaish": a name opening with it is an organisation
    person_particles: frozenset[str] = frozenset()  # "bin", "al": a person's name goes on through them
    place_suffixes: frozenset[str] = frozenset()  # "governorate": a name ending in it is a place
    common_words: frozenset[str] = frozenset()  # "humanitarian": never a name on its own
    time_zones: frozenset[str] = frozenset()  # "ET", "GMT": upper case as written; not names after a clock time
    facility_heads: frozenset[str] = frozenset()  # "airport", "street": a facility's name ends in one
    geo_features: dict[str, frozenset[str]] | None = None  # "mount" -> {"first"}: natural features are LOC

    def is_honorific(self, word: str) -> bool:
        w = word.lower().rstrip(".")
        return w in self.courtesy or w in self.title_honorifics

    def is_role(self, word: str) -> bool:
        w = word.lower().rstrip(".")
        return w in self.roles or any(part in self.roles for part in w.split("-") if part)


def _float(cell: str) -> float | None:
    return float(cell) if cell else None


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """Read every data file once per process; a malformed line fails loudly naming file:line."""
    honorifics = _table("honorifics.tsv", 2)
    regions = {}
    for name, label, kind, cc, lat, lon, source in _table("regions.tsv", 7):
        if (lat or lon) and not source:
            raise RuleFileError(f"coordinates without a source for {name!r}", where="regions.tsv")
        regions[name.lower()] = Region(name, label, kind, cc or None, _float(lat), _float(lon), source or None)
    return Lexicon(
        courtesy=frozenset(w.lower() for w, k in honorifics if k == "courtesy"),
        title_honorifics=frozenset(w.lower() for w, k in honorifics if k == "title"),
        roles=_words("roles.txt"),
        title_words=_words("title_words.txt"),
        org_suffixes=_words("org_suffixes.txt"),
        place_cues=_words("place_cues.txt"),
        person_cue_verbs=_words("person_cue_verbs.txt"),
        demonyms={d.lower(): cc for d, cc in _table("demonyms.tsv", 2)},
        place_aliases={a.lower(): (n, cc or None) for a, n, cc in _table("place_aliases.tsv", 3)},
        regions=regions,
        type_overrides={t: label for t, label in _table("type_overrides.tsv", 2)},
        canonical_names={form: (name, label) for form, name, label in _table("canonical_names.tsv", 3)},
        country_coords=_country_coords(),
        date_words={w.lower(): kind for w, kind in _table("date_words.tsv", 2)},
        name_particles=_words("name_particles.txt"),
        local_places=_local_places(),
        place_heads=_place_heads(),
        org_prefixes=_words("org_prefixes.txt"),
        person_particles=_words("person_particles.txt"),
        place_suffixes=_words("place_suffixes.txt"),
        common_words=_words("common_words.txt"),
        time_zones=frozenset(line.strip() for _, line in _lines("time_zones.txt")),
        facility_heads=_words("facility_heads.txt"),
        geo_features=_geo_features(),
    )


def _geo_features() -> dict[str, frozenset[str]]:
    """Natural-feature words -> where they stand in a name ("first": Mount X, "last": X River)."""
    found: dict[str, set[str]] = {}
    for word, position in _table("geo_features.txt", 2):
        if position not in {"first", "last"}:
            raise RuleFileError(f"position must be first or last for {word!r}", where="geo_features.txt")
        found.setdefault(word.lower(), set()).add(position)
    return {w: frozenset(p) for w, p in found.items()}


def _place_heads() -> dict[tuple[str, ...], str]:
    """Place words after a name, longest first (so "border crossing" is tried before "border")."""
    heads = {tuple(w.lower().split()): kind for w, kind in _table("place_heads.tsv", 2)}
    return dict(sorted(heads.items(), key=lambda kv: -len(kv[0])))


def _local_places() -> tuple[LocalPlace, ...]:
    places = []
    for names, label, kind, cc, admin1, gid, lat, lon, source in _table("local_places.tsv", 9):
        name = names.split("|")[0]
        if (lat or lon) and not source:
            raise RuleFileError(f"coordinates without a source for {name!r}", where="local_places.tsv")
        if label not in {"GPE", "LOC", "FAC"}:
            raise RuleFileError(f"place label must be GPE, LOC or FAC for {name!r}", where="local_places.tsv")
        places.append(LocalPlace(
            tuple(n.strip() for n in names.split("|")), label, kind, cc or None, admin1 or None,
            int(gid) if gid else None, _float(lat), _float(lon),
        ))
    return tuple(places)


def _country_coords() -> dict[str, tuple[float, float]]:
    coords = {}
    for iso, _country, _capital, lat, lon, _gid in _table("country_coords.tsv", 6):
        try:
            coords[iso] = (float(lat), float(lon))
        except ValueError as exc:
            raise RuleFileError(f"bad coordinates for {iso!r}", where="country_coords.tsv") from exc
    return coords
