"""The few reads the web page needs that `dateline.query` has no function for yet: filter values, mapped places,
and the documents matching a facet (to narrow search hits). Parameterised SQL only; candidates to move into
`dateline.query` once the CLI wants them too.
"""

from __future__ import annotations

import datetime as dt

from dateline import query
from dateline.query.common import date_range, with_fold
from dateline.serve.models import Count, Facets, Place
from dateline.store import Store

PLACE_LABELS = ("GPE", "LOC", "FAC")


def facets(store: Store) -> Facets:
    conn = store.connection

    def counts(sql: str) -> list[Count]:
        return [Count(value=str(v), n=n) for v, n in conn.execute(sql) if v]

    lo, hi = conn.execute("SELECT MIN(date), MAX(date) FROM documents").fetchone()
    return Facets(
        date_min=lo,
        date_max=hi,
        outlets=counts(
            "SELECT publisher, COUNT(DISTINCT doc_id) n FROM sources WHERE publisher IS NOT NULL "
            "GROUP BY publisher ORDER BY n DESC, publisher LIMIT 200"
        ),
        event_types=counts("SELECT type, COUNT(*) n FROM events GROUP BY type ORDER BY n DESC, type"),
        figure_categories=counts(
            "SELECT category, COUNT(*) n FROM figures GROUP BY category ORDER BY n DESC, category"
        ),
        entity_labels=counts("SELECT label, COUNT(*) n FROM entities GROUP BY label ORDER BY n DESC, label"),
    )


_PLACES_SQL = f"""
SELECT MIN(e.name), e.label, AVG(e.lat), AVG(e.lon), MIN(e.country_code),
       COUNT(DISTINCT e.doc_id) AS n_documents, SUM(MAX(e.n_mentions, 1)) AS n_mentions
FROM entities e JOIN documents d ON d.id = e.doc_id
WHERE e.lat IS NOT NULL AND e.lon IS NOT NULL AND e.label IN ({", ".join(f"'{x}'" for x in PLACE_LABELS)})
  AND (:date_from IS NULL OR d.date >= :date_from)
  AND (:date_to IS NULL OR d.date <= :date_to)
GROUP BY dateline_fold(e.name), e.label
ORDER BY n_mentions DESC, n_documents DESC
LIMIT :limit
"""


def places(store: Store, *, date_from: dt.date | None, date_to: dt.date | None, limit: int) -> list[Place]:
    """Places with coordinates, most mentioned first: the corpus entities (`dateline entities`, one row per place
    across articles) once the corpus step has placed them; otherwise, or for a date range, each article's own."""
    if date_from is None and date_to is None:
        rows = [r for label in PLACE_LABELS for r in query.entities(store, label=label, limit=limit)]
        located = [r for r in rows if getattr(r, "lat", None) is not None and getattr(r, "lon", None) is not None]
        if located:
            located.sort(key=lambda r: (-r.n_mentions, -r.n_documents))
            return [
                Place(name=r.name, label=r.label, lat=r.lat, lon=r.lon, country_code=getattr(r, "country_code", None),
                      n_documents=r.n_documents, n_mentions=r.n_mentions)
                for r in located[:limit]
            ]
    lo, hi = date_range(date_from, date_to)
    rows = with_fold(store.connection).execute(_PLACES_SQL, {"date_from": lo, "date_to": hi, "limit": limit})
    return [
        Place(name=n, label=lab, lat=lat, lon=lon, country_code=cc, n_documents=nd, n_mentions=nm)
        for n, lab, lat, lon, cc, nd, nm in rows
    ]


def matching_documents(
    store: Store,
    *,
    entity: str | None = None,
    place: str | None = None,
    event_type: str | None = None,
    outlet: str | None = None,
) -> set[str] | None:
    """Ids of the documents passing every facet given (None when no facet is given: everything passes).

    `entity` and `place` match part of an entity's name or alias, any case; `outlet` is a publisher, any case.
    """
    conn = with_fold(store.connection)
    found: set[str] | None = None

    def narrow(sql: str, params: tuple[object, ...]) -> None:
        nonlocal found
        ids = {r[0] for r in conn.execute(sql, params)}
        found = ids if found is None else found & ids

    labels = ", ".join(f"'{x}'" for x in PLACE_LABELS)
    if entity and entity.strip():
        narrow(
            "SELECT DISTINCT doc_id FROM entities WHERE instr(dateline_fold(name || ' ' || aliases), ?) > 0",
            (entity.strip().casefold(),),
        )
    if place and place.strip():
        narrow(
            f"SELECT DISTINCT doc_id FROM entities WHERE label IN ({labels}) "
            "AND instr(dateline_fold(name || ' ' || aliases), ?) > 0",
            (place.strip().casefold(),),
        )
    if event_type and event_type.strip():
        narrow("SELECT DISTINCT doc_id FROM events WHERE type = ?", (event_type.strip().upper(),))
    if outlet and outlet.strip():
        narrow(
            "SELECT DISTINCT doc_id FROM sources WHERE dateline_fold(publisher) = ?", (outlet.strip().casefold(),)
        )
    return found
