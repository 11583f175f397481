"""spaCy component `dateline_entities`: who and where, one entity per real-world thing in a document.

Reads the model's NER spans, corrects their types (shipped lists, gazetteer, one name = one type),
separates titles from names, groups mentions into entities and locates places offline. Writes
`doc._.dateline["mentions"]` (Mention records, each with the key of its entity) and
`doc._.dateline["entities"]` (Entity records).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from dateline.model import Entity, Mention
from dateline.nlp.entities import consistency, locative, placetypes, rules
from dateline.nlp.entities.cluster import PLACE_LABELS, Group, group_mentions, to_entity
from dateline.nlp.entities.gazetteer import DEFAULT_MIN_CITY_POPULATION, Gazetteer, get_gazetteer, locate_all
from dateline.nlp.entities.lexicon import Lexicon, load_lexicon
from dateline.nlp.entities.names import NAME_LABELS, Cand, clean_span
from dateline.nlp.entities.spanfix import repair_spans
from dateline.nlp.entities.titles import person_titles
from dateline.nlp.extensions import register_extensions
from dateline.nlp.spans import SentenceIndex

# Labels kept as mentions (the same set the pipeline keeps when no entity annotator runs).
MENTION_LABELS = NAME_LABELS | {"DATE", "TIME"}


class EntitiesComponent:
    """Corrects, groups and locates the named entities of a Doc."""

    def __init__(self, *, use_gazetteer: bool = True, min_city_population: int = DEFAULT_MIN_CITY_POPULATION,
                 fix_types: bool = True) -> None:
        self.use_gazetteer = use_gazetteer
        self.min_city_population = min_city_population
        self.fix_types = fix_types
        self.lexicon: Lexicon = load_lexicon()

    @property
    def gazetteer(self) -> Gazetteer | None:
        return get_gazetteer(self.min_city_population) if self.use_gazetteer else None

    def __call__(self, doc: Doc) -> Doc:
        cands = self.find_mentions(doc)
        mentions, entities = self.build_records(doc, cands)
        results = doc._.dateline
        results["mentions"].extend(mentions)
        results["entities"].extend(entities)
        return doc

    def find_mentions(self, doc: Doc) -> list[Cand]:
        """The document's mentions with corrected spans and labels (titles words removed)."""
        lex = self.lexicon
        cands: list[Cand] = []
        for ent in doc.ents:
            if ent.label_ not in MENTION_LABELS:
                continue
            if ent.label_ in NAME_LABELS:
                span = clean_span(doc, ent.start, ent.end, ent.label_, lex)
                if span is None:
                    continue
                cands.append(Cand(span[0], span[1], ent.label_))
            else:
                cands.append(Cand(ent.start, ent.end, ent.label_))
        if not self.fix_types:
            return cands
        gaz = self.gazetteer
        cands = repair_spans(doc, cands, lex)
        cands = placetypes.drop_zone_words(doc, cands, lex)
        cands = rules.dateline_place(doc, cands, gaz)
        rules.join_city(doc, cands, gaz)
        cands = locative.join_facilities(doc, cands, lex, gaz)
        cands = consistency.apply_overrides(doc, cands, lex)
        cands = rules.fix_date_spans(doc, cands, lex)
        cands = consistency.drop_common_nouns(doc, cands, lex)
        locative.place_suffix_to_gpe(doc, cands, lex)
        cands = consistency.drop_title_words(doc, cands, lex)
        rules.demonyms_to_norp(doc, cands, lex)
        rules.org_words_to_org(doc, cands, lex, gaz)
        forms = consistency.person_forms(doc, cands, gaz)
        consistency.claim_persons(doc, cands, forms)
        if gaz is not None:
            consistency.retype_places(doc, cands, forms, gaz)
            placetypes.retype_by_name(doc, cands, lex, gaz)
            placetypes.appositive_places(doc, cands, lex, gaz)
            placetypes.coordinated_places(doc, cands, lex, gaz)
        placetypes.spatial_objects(doc, cands, lex)
        consistency.majority_labels(doc, cands)
        return consistency.add_untagged(doc, cands, lex, forms)

    def build_records(self, doc: Doc, cands: list[Cand]) -> tuple[list[Mention], list[Entity]]:
        """Mention and Entity records: titles read around people, places located together."""
        lex = self.lexicon
        doc_id = doc._.dateline_doc_id
        named = [c for c in cands if c.label in NAME_LABELS]
        info = {id(c): person_titles(doc, c.start, c.end, lex) for c in named if c.label == "PERSON"}
        inside_titles = {i for t in info.values() for lo, hi in t.title_spans for i in range(lo, hi)}
        named = [
            c for c in named
            if not (c.start in inside_titles and doc[c.start : c.end].text.lower() in lex.title_words)
            and not (c.label == "PERSON" and c.start in inside_titles)
        ]
        texts = [(doc[c.start : c.end].text, c.label) for c in named]
        gaz = self.gazetteer
        place_names = [t for t, lab in texts if lab in PLACE_LABELS]
        places = locate_all(place_names, gaz) if gaz is not None else {}
        groups, owner = group_mentions(texts, places, lex.canonical_names)
        for c, g in zip(named, owner, strict=True):
            if g is not None and id(c) in info:
                _learn(groups[g], info[id(c)].titles, info[id(c)].affiliation)
        entities: dict[str, Entity] = {}
        keys: list[str] = []
        for g in groups:
            entity = to_entity(g, doc_id)
            if entity.key in entities:  # two groups that end up with one name are one entity
                kept = entities[entity.key]
                kept.aliases = sorted(set(kept.aliases) | set(entity.aliases))
                kept.n_mentions += entity.n_mentions
            else:
                entities[entity.key] = entity
            keys.append(entity.key)
        sent_index = SentenceIndex.from_doc(doc)
        entity_of = {id(c): keys[g] for c, g in zip(named, owner, strict=True) if g is not None}
        kept_ids = {id(c) for c in named}
        mentions = []
        for c in cands:
            if c.label in NAME_LABELS and id(c) not in kept_ids:
                continue
            span = doc[c.start : c.end]
            label = entities[entity_of[id(c)]].label if id(c) in entity_of else c.label
            mentions.append(Mention(
                doc_id=doc_id, sentence=sent_index(span.start_char), start=span.start_char,
                end=span.end_char, text=span.text, label=label, entity=entity_of.get(id(c)),
            ))
        return mentions, list(entities.values())


def _learn(group: Group, titles: list[str], affiliation: str | None) -> None:
    for t in titles:
        if t not in group.titles:
            group.titles.append(t)
    if affiliation and not group.affiliation:
        group.affiliation = affiliation


@Language.factory(
    "dateline_entities",
    assigns=["doc._.dateline"],
    requires=["doc.ents", "token.dep"],
    default_config={"use_gazetteer": True, "min_city_population": DEFAULT_MIN_CITY_POPULATION, "fix_types": True},
)
def make_entities_component(
    nlp: Language, name: str, *, use_gazetteer: bool, min_city_population: int, fix_types: bool
) -> EntitiesComponent:
    """Factory: `use_gazetteer` locates places offline; `fix_types=False` keeps the model's labels (baseline)."""
    register_extensions()
    return EntitiesComponent(
        use_gazetteer=use_gazetteer, min_city_population=min_city_population, fix_types=fix_types
    )
