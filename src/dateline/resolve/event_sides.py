"""The country an attack is launched from, read off its source actor: "Israeli forces", "Iran", "U.S. warplanes".

Two attacks of one war reported the same day are two events when different sides launched them ("Iran fires
missiles at Bahrain" / "Israeli jets strike Tehran"); the event linker uses this to keep them apart. Only a country
is a side: an organisation ("IRGC", "Hamas") names none, so it never conflicts with its own country. The tables are
the entity annotator's own files (read as files: importing its package would load spaCy).
"""

from __future__ import annotations

from functools import lru_cache

from dateline.resolve.entity_names import demonyms, entity_annotator_rows, fold


@lru_cache(maxsize=1)
def country_codes() -> dict[str, str]:
    """Folded country name, alias or nationality word -> ISO code ("u.s." -> US, "israeli" -> IL)."""
    by_name = {fold(row[1]): row[0].strip() for row in entity_annotator_rows("country_coords.tsv") if len(row) > 1}
    out = dict(by_name)
    for row in entity_annotator_rows("canonical_names.tsv"):  # "U.S." -> "United States" -> US
        if len(row) > 2 and row[2].strip() == "GPE" and fold(row[1]) in by_name:
            out.setdefault(fold(row[0]), by_name[fold(row[1])])
    for word, code in demonyms().items():
        out.setdefault(word, code)
    return out


def side_of(source: str | None, entity_country: str | None = None) -> str | None:
    """ISO code of the country behind a source actor, or None when it names no country.

    `entity_country`: the country code of the source's linked place entity, when it has one. Otherwise the phrase's
    words are read: the whole phrase ("United States"), then its first word ("Israeli forces", "U.S. warplanes").
    """
    if entity_country:
        return entity_country.upper()
    if not source:
        return None
    codes = country_codes()
    phrase = fold(source.removeprefix("the ").removeprefix("The "))
    if phrase in codes:
        return codes[phrase]
    words = phrase.split()
    for n in (3, 2, 1):  # "the United States military", "Saudi-led coalition" is no side of its own
        if len(words) > n and " ".join(words[:n]) in codes:
            return codes[" ".join(words[:n])]
    return None
