"""Round 17 (issue 14): a vehicle that strikes is an accident; a participle after a preposition labels a place; a
harm told in a relative clause of a disaster, or after being struck by a vehicle, is no attack; the offence a
trial is about, reached through "role in", is its content; "in the event of an attack" names no attack. Sentences
written for these tests (read on the events review sheet of news items no gold holds)."""

from __future__ import annotations

import datetime as dt

from dateline.model import Document, document_id

DCT = dt.date(2026, 2, 10)


def events(pipeline, text: str) -> list[tuple[str, str, str | None, str]]:
    doc = pipeline.annotate(Document(id=document_id(text), text=text, date=DCT))
    return [(e.trigger, e.type, e.time_value, e.modality) for e in doc.events]


def test_a_vehicle_that_strikes_is_an_accident(pipeline) -> None:
    assert events(pipeline, "Two people are killed when a freight train strikes a minibus near the border.") == []
    assert events(pipeline, "A delivery truck hit a crowd of pedestrians in the city centre, injuring five.") == []
    assert events(pipeline, "Three workers are killed after being struck by an express train.") == []
    # a missile or a gunman still strikes
    assert events(pipeline, "A missile strikes a school in the city, killing four people.") == [
        ("strikes", "ASSAULT", "2026-02-10", "asserted")]


def test_a_participle_after_a_preposition_labels_a_place(pipeline) -> None:
    text = "The minister says the military will keep troops in occupied Lebanon and Syria forever."
    assert events(pipeline, text) == []
    assert [e[1] for e in events(pipeline, "The army occupied three villages on Monday.")] == ["ASSAULT"]


def test_a_disaster_that_killed_in_a_joined_relative_clause_is_no_attack(pipeline) -> None:
    text = "The county sues the utility over the wildfire that destroyed 900 homes and killed 17 people."
    assert [e[1] for e in events(pipeline, text)] == ["ACCUSE"]


def test_an_offence_reached_through_a_role_in_it_is_a_trials_content(pipeline) -> None:
    text = "The trial of a former guard for his alleged role in the murder of a journalist begins in the capital."
    assert events(pipeline, text) == []


def test_an_attack_named_as_a_contingency_is_no_attack(pipeline) -> None:
    text = "The agency publishes a plan for citizens to keep food at home for use in the event of an attack or a flood."
    assert [e[1] for e in events(pipeline, text)] == []
    assert events(pipeline, "Shops stockpile water in case of war.") == []


def test_a_harm_beside_a_disaster_or_a_vehicle_is_an_accident(pipeline) -> None:
    text = "Five people are killed and three others are injured, including one critically, in a fire at a hotel."
    assert events(pipeline, text) == []
    assert events(pipeline, "Three people are killed amid power cuts and damage from flooding in the region.") == []
    assert events(pipeline, "A minibus overturned on a mountain road, killing 12 and injuring six.") == []
    # gunmen who open fire still attack
    text = "Gunmen on a motorcycle open fire outside a shop in the city, killing four people."
    assert [e[1] for e in events(pipeline, text)] == ["ASSAULT"]


def test_a_word_of_a_name_is_no_setting_of_a_labour_dispute(pipeline) -> None:
    text = ("The country repairs a pipeline damaged in a war-related strike, and links the work to a European Union "
            "aid package.")
    assert [e[1] for e in events(pipeline, text)] == ["ASSAULT"]


def test_a_joined_clause_with_a_modal_keeps_its_own_time(pipeline) -> None:
    text = "He is later released from a police station and will appear in court on February 20."
    assert events(pipeline, text)[0] == ("released", "RETREAT", "2026-02-10", "asserted")


def test_plural_disasters_cause_accidents(pipeline) -> None:
    text = "The government declares a national emergency after severe floods kill over fifty people."
    assert [e[1] for e in events(pipeline, text)] == ["COERCE"]
    text = "The toll from the wildfires in two counties increases to 24, with 19 others injured."
    assert events(pipeline, text) == []


def test_a_word_in_a_joined_clause_does_not_meet_the_first_verbs_condition(pipeline) -> None:
    text = ("The junta declares an end to joint operations with the French army and expels five diplomats, declaring "
            "them personae non gratae.")
    assert "declares" not in [e[0] for e in events(pipeline, text)]


def test_a_time_word_hyphened_into_an_adjective_dates_nothing(pipeline) -> None:
    text = "Prosecutors raid the residence of the recently-impeached president."
    assert events(pipeline, text) == [("raid", "COERCE", "2026-02-10", "asserted")]


def test_an_act_named_by_its_doers_possessive_is_what_the_news_answers(pipeline) -> None:
    text = "The president apologizes for his country's attacks on its neighbours."
    assert ("attacks", "ASSAULT", None, "asserted") in events(pipeline, text)
    # a light verb or a renewal makes the act itself the news
    assert events(pipeline, "The group carries out its first attack in the north, killing a soldier.") == [
        ("attack", "ASSAULT", "2026-02-10", "asserted")]
    text = "Protesters gather in the capital to reaffirm their calls for a new government."
    assert ("calls", "REQUEST", "2026-02-10", "asserted") in events(pipeline, text)


def test_a_generic_time_frame_tells_no_occurrence(pipeline) -> None:
    assert events(pipeline, "Air pollution kills about 4,000 people in the region in an average year.") == []
    # "normal" on the event itself is no frame
    assert [e[1] for e in events(pipeline, "Iran says it is ready for normal talks.")] == ["CONSULT"]


def test_idioms_and_boilerplate_are_no_events(pipeline) -> None:
    assert events(pipeline, "We welcome comments that advance the story through relevant opinion.") == []
    assert events(pipeline, "The announcement should be a wake-up call for the company's rivals.") == []
    assert events(pipeline, "The economic crisis slammed the brakes on car sales last year.") == []
    assert [e[1] for e in events(pipeline, "The minister slammed the opposition for its remarks.")] == ["ACCUSE"]


def test_a_recalled_frame_in_an_undated_article_reaches_its_after_clause(pipeline) -> None:
    text = ("Last month, the navy said it had sunk a pirate vessel in a battle that erupted after a patrol ship came "
            "under attack from gunmen.")
    doc = pipeline.annotate(Document(id=document_id(text), text=text, date=None))
    assert [(e.trigger, e.modality) for e in doc.events] == [("sunk", "historical"), ("attack", "historical")]


def test_a_named_person_who_fires_back_answers_in_words(pipeline) -> None:
    assert [e[1] for e in events(pipeline, "Clinton fired back at Sanders on Tuesday.")] == ["ACCUSE"]
    assert [e[1] for e in events(pipeline, "The soldiers fired back at the attackers.")] == ["ASSAULT"]


def test_advice_to_anyone_is_no_occurrence(pipeline) -> None:
    assert events(pipeline, "Members of the public can call the hotline for recorded information.") == []
    assert events(pipeline, "Anyone with symptoms should ask their doctor for advice.") == []
    # a named actor's possibility is still a hypothetical act
    assert [e[1:] for e in events(pipeline, "The minister can ask parliament to approve the deal.")] == [
        ("REQUEST", None, "hypothetical")]


def test_harm_in_an_article_that_opens_on_a_disaster_is_the_disasters(pipeline) -> None:
    text = ("A strong earthquake struck the province on Tuesday. Dozens of buildings collapsed in the town. At least "
            "five people were reportedly injured, an official said.")
    assert events(pipeline, text) == []
    # an attack named anywhere, or a disaster word in a figurative sense, leaves the harm an attack
    text = "The market crash worried investors on Monday. Police said two protesters were killed in the capital."
    assert [e[1] for e in events(pipeline, text)] == ["ASSAULT"]


def test_lexicon_rows_of_round_17(pipeline) -> None:
    for text in ("The governor visited the church on Saturday.",
                 "He had been planning a four-day ski tour of the area.",
                 "She had captured 1,944 delegates heading into the primaries.",
                 "The rivals hope to deny him a first-ballot victory at the convention.",
                 "The agency has ruled out any risk of infection from eating pork.",
                 "She won on Tuesday, in another demonstration of how hard it is for him to win.",
                 "The senator hosted a get out the vote event on Monday."):
        assert events(pipeline, text) == [], text
    assert [e[1] for e in events(pipeline, "He ruled out cutting taxes.")] == ["REJECT"]


def test_an_act_told_as_reported_is_the_news_itself(pipeline) -> None:
    text = "A heavy attack on civilians by the militia is reported in the border town, including on the main market."
    assert events(pipeline, text) == [("attack", "ASSAULT", "2026-02-10", "asserted")]
    # a report's object is still what the report answers
    text = "The ministry reported the attack on the market to the United Nations."
    assert ("attack", "ASSAULT", None, "asserted") in events(pipeline, text)


def test_a_participle_after_by_is_told_in_the_tense_of_its_verb(pipeline) -> None:
    body = " ".join(f"Sentence {n} of the story says nothing new." for n in range(1, 8))
    text = (f"The host spoke on Friday. {body} He began by crediting the senator for his instincts and urging him "
            "to keep following them.")
    found = {e[0]: e for e in events(pipeline, text)}
    assert found["urging"] == ("urging", "REQUEST", "2026-02-10", "asserted")


def test_a_shout_out_is_public_praise(pipeline) -> None:
    assert [e[1] for e in events(pipeline, "She gave a shout out to the vice president and his late son.")] == [
        "SUPPORT"]
