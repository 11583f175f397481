"""Who and where: the `dateline_entities` spaCy component and the helpers other annotators use.

`resolve_speaker(text, entities)` maps a name as written ("Mr Blinken") to one of a document's entities.
Importing `dateline.nlp.entities.component` registers the component with spaCy.
"""

from dateline.nlp.entities.cluster import entity_key, resolve_speaker

__all__ = ["entity_key", "resolve_speaker"]
