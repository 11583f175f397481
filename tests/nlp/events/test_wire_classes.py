"""Error classes of the third blind dev gold, whole wire articles (issue 14), checked on sentences written here:
name-calling is an accusation, a reward offered is no agreement, a plan that "calls for" asks nothing, a
pluperfect event is background (no publication date), "the two bombings" retell, and rows for signing,
ratification, warrants, pleas, charges, thrown grenades, reinforcements and cooperation."""

from __future__ import annotations

import datetime as dt

from dateline.model import Document, Event, document_id

DCT = dt.date(1998, 8, 21)


def by_trigger(pipeline, text: str) -> dict[str, Event]:
    return {e.trigger: e for e in pipeline.annotate(Document(id=document_id(text), text=text, date=DCT)).events}


def test_calling_someone_a_traitor_is_an_accusation_but_a_hero_is_not(pipeline) -> None:
    assert by_trigger(pipeline, "The settler leader called the defence minister a traitor.")["called"].type == "ACCUSE"
    assert "called" not in by_trigger(pipeline, "The crowd called the pilot a hero.")


def test_a_reward_offered_is_no_agreement(pipeline) -> None:
    found = by_trigger(pipeline, "The State Department offered a reward of $2 million for the bomber's arrest.")
    assert "offered" not in found, found
    found = by_trigger(pipeline, "A reward of $50,000 is being offered for information.")
    assert "offered" not in found, found


def test_a_document_that_calls_for_something_requests_nothing(pipeline) -> None:
    found = by_trigger(pipeline, "The two leaders signed the accord, which calls for a joint border commission.")
    assert found["signed"].type == "SUPPORT" and "calls" not in found, found


def test_an_event_told_in_the_pluperfect_gets_no_publication_date(pipeline) -> None:
    found = by_trigger(pipeline, "Police said the two men had been arrested in Mombasa.")
    assert found["arrested"].time_value is None, found["arrested"]
    found = by_trigger(pipeline, "Police arrested two men in Mombasa.")
    assert found["arrested"].time_value == DCT.isoformat()


def test_the_two_bombings_retell_the_incident_already_told(pipeline) -> None:
    text = ("A truck bomb exploded outside the embassy in Nairobi on Aug. 7. "
            "Investigators say the two bombings shook the whole city.")
    assault = [e.trigger for e in by_trigger(pipeline, text).values() if e.type == "ASSAULT"]
    assert assault == ["exploded"], assault


def test_rows_for_wire_phrasings(pipeline) -> None:
    cases = {
        "Parliament completed the ratification of the treaty on Tuesday.": ("ratification", "SUPPORT"),
        "A judge issued an arrest warrant for the former minister on Monday.": ("arrest warrant", "COERCE"),
        "The two suspects pleaded not guilty on Monday.": ("pleaded", "REJECT"),
        "The driver was charged in the bombing of the bus station.": ("charged", "ACCUSE"),
        "A man hurled a grenade at the guards on Monday.": ("hurled", "ASSAULT"),
        "The Pentagon is bolstering its military presence in the Gulf.": ("bolstering", "MOBILIZE"),
        "Kenya praised the cooperation between its police and the FBI.": ("cooperation", "COOPERATE"),
        "Britain backed the American threat of force against Iraq.": ("threat", "THREATEN"),
    }
    for text, (trigger, etype) in cases.items():
        found = by_trigger(pipeline, text)
        assert trigger in found and found[trigger].type == etype, (text, found)


def test_a_copula_describing_what_was_told_adds_no_event(pipeline) -> None:
    text = "Bombs exploded at the embassy on Friday. It was a terrorist attack, the minister said."
    assault = [e.trigger for e in by_trigger(pipeline, text).values() if e.type == "ASSAULT"]
    assert assault == ["exploded"], assault


def test_the_arrest_a_reward_asks_information_for_has_not_happened(pipeline) -> None:
    found = by_trigger(pipeline, "The FBI offers $5 million for information that leads to the arrest and "
                                 "conviction of the bomber.")
    assert found["arrest"].modality == "hypothetical" and found["conviction"].modality == "hypothetical", found
    assert by_trigger(pipeline, "The raid led to the arrest of 12 men.")["arrest"].modality == "asserted"


def test_a_participle_restating_a_verbal_act_is_the_same_act(pipeline) -> None:
    found = by_trigger(pipeline, "China condemned the bombings on Saturday, calling them an atrocious crime.")
    assert found["condemned"].type == "ACCUSE" and "calling" not in found, found
    # a material act after another is an event of its own
    found = by_trigger(pipeline, "Jets struck the town on Saturday, killing three, and shelled the port.")
    assert "struck" in found and "shelled" in found, found


def test_campaign_news_rows(pipeline) -> None:
    assert "threatens" not in by_trigger(pipeline, "The rise of terrorism threatens our way of life.")
    assert by_trigger(pipeline, "Police told the protesters to leave the square.")["told"].type == "REQUEST"
    assert "telling" not in by_trigger(pipeline, "It sounded like someone telling a dog to shut up.")
    found = by_trigger(pipeline, "The candidate was escorted off the premises by police on Monday.")
    assert found["escorted"].type == "COERCE", found
    assert by_trigger(pipeline, "The senator bashed the president's plan.")["bashed"].type == "ACCUSE"
