"""Error classes found on news nobody tuned to (issue 14), each checked on sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from dateline.model import Document, Event, document_id

DCT = dt.date(2024, 2, 6)  # a Tuesday


def events_of(pipeline, text: str, date: dt.date | None = DCT) -> dict[str, Event]:
    doc = Document(id=document_id(text), text=text, date=date)
    return {e.trigger: e for e in pipeline.annotate(doc).events}


RECALL = [
    # protest phrasings, multiword and verbal
    ("Hundreds of nurses took to the streets of Madrid.", "took", "PROTEST"),
    ("Students marched to the ministry.", "marched", "PROTEST"),
    ("Farmers rallied in front of parliament.", "rallied", "PROTEST"),
    ("Students staged a sit-in outside the ministry.", "sit-in", "PROTEST"),
    # "call on" is a request; criticism and condemnation accuse (PLOVER ACCUSE)
    ("The UN secretary-general called on both parties to respect the truce.", "called", "REQUEST"),
    ("The envoy drew sharp criticism from opposition lawmakers.", "criticism", "ACCUSE"),
    ("Rights groups voiced condemnation of the verdict.", "condemnation", "ACCUSE"),
    # nominalisations take their object through "of"
    ("The release of six prisoners was welcomed.", "release", "RETREAT"),
    # a headline verb the tagger reads as a plural noun
    ("The United Kingdom pledges £120 million in aid to Sudan.", "pledges", "AGREE"),
]


@pytest.mark.parametrize(("text", "trigger", "type_"), RECALL, ids=[r[1] for r in RECALL])
def test_common_news_phrasings_are_found(pipeline, text: str, trigger: str, type_: str) -> None:
    found = events_of(pipeline, text)
    assert trigger in found, found
    assert found[trigger].type == type_


NOT_EVENTS = [
    ("Stocks rallied after the announcement.", "rallied"),  # a market, not a crowd
    ("She runs the most visited news site in the country.", "visited"),  # a participle used as an adjective
    ("Negotiation remains the only path, the minister said.", "Negotiation"),  # a kind, not an occurrence
    ("An earthquake struck the region overnight.", "struck"),  # a disaster has no actor
    ("Eleven people were killed and nine injured when a bus collided with a truck.", "killed"),  # an accident
]


@pytest.mark.parametrize(("text", "word"), NOT_EVENTS, ids=[n[1] for n in NOT_EVENTS])
def test_words_that_name_no_event_are_skipped(pipeline, text: str, word: str) -> None:
    assert word not in events_of(pipeline, text)


def test_event_noun_modifying_a_noun_about_it_is_kept(pipeline) -> None:
    found = events_of(pipeline, "Prosecutors reopened the kidnapping case against two officers.")
    assert found["kidnapping"].type == "ASSAULT"


def test_support_verb_and_its_event_noun_are_one_event(pipeline) -> None:
    found = events_of(pipeline, "Qatar hosted talks between the two delegations.")
    assert list(found) == ["talks"]
    assert found["talks"].type == "CONSULT" and found["talks"].source_actor == "Qatar"


def test_a_definite_repeat_of_an_event_is_not_counted_again(pipeline) -> None:
    text = "Gunmen attacked a checkpoint near Mosul on Saturday. The attack left three soldiers dead."
    found = events_of(pipeline, text)
    assert list(found) == ["attacked"] and found["attacked"].time_value == "2024-02-03"


MODALITY = [
    ("Troops shelled the border villages with the exception of a ground assault.", "assault", "negated"),
    ("The rebels left the city without firing a shot.", "firing", "negated"),
    ("The cabinet ruled out an invasion of the island.", "invasion", "negated"),
    ("Moscow denied that its aircraft bombed the hospital.", "bombed", "negated"),
    ("The government chose sanctions rather than a military strike.", "strike", "negated"),
    ("The president refused to rule out an invasion.", "invasion", "hypothetical"),  # not excluded: possible
    ("The minister called for sanctions on the regime.", "sanctions", "hypothetical"),  # what a request asks for
    ("Turkey's criticism of the plan could strain ties.", "criticism", "asserted"),  # the subject of a modal
    ("Both sides agreed to a truce, with negotiations to begin immediately.", "negotiations", "planned"),
    ("Israel will expand the offensive if Hamas refuses to free the captives.", "free", "hypothetical"),
    ("The two armies agreed to a truce in the border region.", "truce", "planned"),  # what is agreed
]


@pytest.mark.parametrize(("text", "trigger", "modality"), MODALITY, ids=[m[1] + "-" + m[2] for m in MODALITY])
def test_excluded_and_possible_events_are_not_asserted(pipeline, text: str, trigger: str, modality: str) -> None:
    found = events_of(pipeline, text)
    assert found[trigger].modality == modality, found
    if modality != "asserted":
        assert found[trigger].time_value is None  # never the article's date


def test_conditional_event_takes_no_article_date(pipeline) -> None:
    found = events_of(pipeline, "If the rebels attack the capital, the army will respond.")
    assert found["attack"].modality == "hypothetical" and found["attack"].time_value is None


def test_recalled_event_takes_its_own_past_time(pipeline) -> None:
    found = events_of(pipeline, "Police arrested twelve activists in 2019.")
    assert found["arrested"].modality == "historical" and found["arrested"].time_value == "2019"


def test_event_in_an_after_clause_is_no_news_of_the_day(pipeline) -> None:
    found = events_of(pipeline, "Rwanda expelled the envoy after Belgium accused it of arming rebels.")
    assert found["expelled"].time_value == DCT.isoformat()
    assert found["accused"].time_value is None and found["accused"].modality == "asserted"


def test_past_weekend_is_the_one_before_the_article(pipeline) -> None:
    from dateline.nlp.events.component import week_before

    for day in range(5, 10):  # Monday to Friday
        found = events_of(pipeline, "Thousands of people marched through Lyon at the weekend.", dt.date(2024, 2, day))
        assert found["marched"].time_value == "2024-W05-WE"
    # a weekend or weekday the tagger resolved forward moves back for a past event; a plain date does not
    assert week_before("2024-W07-WE", "at the weekend", DCT) == "2024-W05-WE"
    assert week_before("2024-02-11", "on Sunday", DCT) == "2024-02-04"
    assert week_before("2024-02-11", "Feb 11", DCT) is None


def test_recalling_an_ambassador_is_a_sanction_not_a_retreat(pipeline) -> None:
    found = events_of(pipeline, "Ankara recalled its ambassador from Vienna.")
    assert found["recalled"].type == "SANCTION" and found["recalled"].mode == "withdraw"
    assert found["recalled"].modality == "asserted"  # "recalled" is not a historical marker here


def test_what_someone_is_accused_of_is_no_reported_event(pipeline) -> None:
    found = events_of(pipeline, "Warsaw accuses Moscow of plotting sabotage attacks on railways.")
    assert "accuses" in found and "attacks" not in found


def test_an_overnight_attack_takes_the_date_of_the_item(pipeline) -> None:
    found = events_of(pipeline, "An overnight drone attack hit Odesa, officials said.")
    assert found["attack"].time_value == DCT.isoformat()
