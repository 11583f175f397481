"""Round 11 (issue 14): physical assaults, protesters occupying a place, figurative combat, deaths by disease,
campaign rallies, measures of public health and travel, verbs of criticism; and dating by the narrative: a past
clause of simultaneous time ("As X prepared to speak on Tuesday, ...") and "a day earlier". Sentences written for
these tests."""

from __future__ import annotations

import datetime as dt

from dateline.model import Document, Event, document_id

DCT = dt.date(2016, 3, 30)  # a Wednesday


def events_of(pipeline, text: str) -> list[Event]:
    return pipeline.annotate(Document(id=document_id(text), text=text, date=DCT)).events


def typed(pipeline, text: str, etype: str) -> list[str]:
    return [e.trigger for e in events_of(pipeline, text) if e.type == etype]


def test_blows_and_sprays_against_a_person_are_assaults(pipeline) -> None:
    assert typed(pipeline, "A 15-year-old girl was pepper-sprayed by a bystander.", "ASSAULT") == ["pepper-sprayed"]
    assert typed(pipeline, "A man punched a protester outside the venue.", "ASSAULT") == ["punched"]
    assert typed(pipeline, "Guards kicked the prisoners in the yard.", "ASSAULT") == ["kicked"]
    # a punch that hits no one is not
    assert typed(pipeline, "The team punched its ticket to the final.", "ASSAULT") == []


def test_protesters_occupying_or_filling_a_place_protest(pipeline) -> None:
    assert typed(pipeline, "Dozens of protesters occupied the hotel lobby.", "PROTEST") == ["occupied"]
    assert typed(pipeline, "Hundreds of protesters filled the arena.", "PROTEST") == ["filled"]
    # troops occupying a town still assault it
    assert typed(pipeline, "Troops occupied the town.", "ASSAULT") == ["occupied"]


def test_figurative_combat_is_no_assault(pipeline) -> None:
    assert typed(pipeline, "It is the latest public clash between the two brothers.", "ASSAULT") == []
    assert typed(pipeline, "The boy became a symbol of the government's ideological battle with exiles.",
                 "ASSAULT") == []
    assert typed(pipeline, "Critics called it an assault on the rule of law.", "ASSAULT") == []
    assert typed(pipeline, "Rebels and soldiers fought a fierce battle with heavy weapons near the airport.",
                 "ASSAULT") != []


def test_a_disease_that_kills_is_no_attack(pipeline) -> None:
    assert typed(pipeline, "The new flu strain has killed 79 people in Mexico.", "ASSAULT") == []
    assert typed(pipeline, "Gunmen killed 79 people in Mexico.", "ASSAULT") == ["killed"]


def test_a_candidates_rally_is_no_protest(pipeline) -> None:
    assert typed(pipeline, "Speaking at a campaign rally in Florida, Trump attacked the press.", "PROTEST") == []
    assert typed(pipeline, "A man was arrested at Donald Trump's rally in Fayetteville.", "PROTEST") == []
    assert typed(pipeline, "A protester was punched at a Bernie Sanders rally.", "PROTEST") == []
    assert typed(pipeline, "Thousands joined a rally against the war in London.", "PROTEST") == ["rally"]


def test_meeting_a_need_demonstrating_a_fact_deploying_a_spray(pipeline) -> None:
    assert typed(pipeline, "Smaller armies are capable of meeting a variety of contingencies.", "CONSULT") == []
    assert typed(pipeline, "The accession is a clear demonstration of the fact that Europe is united.",
                 "PROTEST") == []
    assert typed(pipeline, "She shoved a man before the pepper spray was deployed.", "MOBILIZE") == []
    assert typed(pipeline, "The army deployed troops to the border.", "MOBILIZE") == ["deployed"]


def test_measures_against_travellers_are_coercion(pipeline) -> None:
    assert typed(pipeline, "China isolated everyone in the traveller's hotel.", "COERCE") == ["isolated"]
    assert typed(pipeline, "Peru and Argentina cut flights to Mexico.", "COERCE") == ["cut"]
    assert typed(pipeline, "France proposed a suspension of flights to Mexico.", "COERCE") == ["suspension"]
    assert typed(pipeline, "The suspect is being held without charge in Paris.", "COERCE") == ["held"]


def test_verbs_of_criticism(pipeline) -> None:
    assert typed(pipeline, "Mexico objected to the quarantine of its citizens.", "ACCUSE") == ["objected"]
    assert typed(pipeline, "The report cited the administration for security lapses.", "ACCUSE") == ["cited"]
    assert typed(pipeline, "Trump dismissed Walker as an ineffective leader.", "ACCUSE") == ["dismissed"]
    assert typed(pipeline, "Comey called her handling of email extremely careless.", "ACCUSE") == ["called"]
    assert typed(pipeline, "She delivered a critique of the policy.", "ACCUSE") == ["critique"]


def dated(pipeline, text: str) -> dict[str, str | None]:
    return {e.trigger: e.time_value for e in events_of(pipeline, text)}


def test_a_past_clause_of_simultaneous_time_dates_the_main_event(pipeline) -> None:
    # the plan in a past "as" clause was carried out: Tuesday is the Tuesday before the article, not after
    assert dated(pipeline, "As Trump prepared to speak on Tuesday, a girl was pepper-sprayed outside the venue.") == {
        "pepper-sprayed": "2016-03-29"}
    assert dated(pipeline, "While the minister was visiting Kabul on Monday, a bomb exploded near the embassy.")[
        "exploded"] == "2016-03-28"
    assert dated(pipeline, "Protesters threw stones when police arrived on Sunday.")["threw"] == "2016-03-27"


def test_a_day_earlier_counts_from_the_day_the_narrative_is_at(pipeline) -> None:
    text = ("Police arrested two men on Sunday, ahead of next Tuesday's primary. "
            "A day earlier, six protesters were arrested at the venue.")
    assert [e.time_value for e in events_of(pipeline, text) if e.trigger == "arrested"] == [
        "2016-03-27", "2016-03-26"]
    # "ago" stays counted from the document date
    assert dated(pipeline, "Six protesters were arrested two days ago.")["arrested"] == "2016-03-28"


def test_more_verbs_of_conflict_protest_and_diplomacy(pipeline) -> None:
    assert typed(pipeline, "The pirates boarded a tanker in the Gulf of Aden.", "ASSAULT") == ["boarded"]
    assert typed(pipeline, "Hundreds of protesters blocked intersections in Miami.", "PROTEST") == ["blocked"]
    assert typed(pipeline, "The candidate was escorted off the premises by police.", "COERCE") == ["escorted"]
    assert typed(pipeline, "The air force scrambled jets on Monday.", "MOBILIZE") == ["scrambled"]
    assert typed(pipeline, "The president ruled out talks with the rebels.", "REJECT") == ["ruled"]
    assert typed(pipeline, "He called on her to quit her bid for president.", "RETREAT") == ["quit"]
    assert typed(pipeline, "Blair pledged to stand with the United States.", "SUPPORT") == ["stand"]
    assert typed(pipeline, "Kuchma assured Yeltsin that Ukraine would stay neutral.", "AGREE") == ["assured"]
    # providing information to a reporter is no cooperation between parties
    assert typed(pipeline, "Police asked for the public's help in providing information.", "COOPERATE") == []


def test_a_name_new_to_the_article_makes_a_definite_noun_another_incident(pipeline) -> None:
    text = ("A gunman attacked a nightclub in Orlando on Sunday. Trump has taken a hard line since the "
            "San Bernardino and Paris attacks.")
    assert typed(pipeline, text, "ASSAULT") == ["attacked", "attacks"]
    # a name the article already gave is the same incident told again
    text = ("Four Americans died in the attack in Benghazi. The report on the Benghazi attack cited "
            "security lapses.")
    assert typed(pipeline, text, "ASSAULT") == ["attack"]


def test_a_relative_clause_of_occurrence_dates_its_noun(pipeline) -> None:
    text = "He has taken a hard line since the Paris attacks, which occurred last year."
    assert dated(pipeline, text)["attacks"] == "2015"


def test_pleas_pressure_and_criticism_idioms(pipeline) -> None:
    assert typed(pipeline, "China warned North Korea to refrain from further actions.", "REQUEST") == ["warned"]
    assert typed(pipeline, "Rubio responded first, ripping into President Barack Obama.", "ACCUSE") == ["ripping"]
    assert typed(pipeline, "He lashed out at Turkey for shooting down the bomber.", "ACCUSE") == ["lashed"]
    assert typed(pipeline, "Japan branded North Korea an outlaw nation.", "ACCUSE") == ["branded"]
    assert typed(pipeline, "Thousands took to the capital's streets on Monday.", "PROTEST") == ["took"]
    # a stance is no act: agreeing that something is so, a camera capturing a scene
    assert typed(pipeline, "The judge agreed with Ivana Trump that there was no reason to intrude.", "AGREE") == []
    assert typed(pipeline, "One video was captured by a police dashboard camera.", "ASSAULT") == []


def test_police_restraint_and_curfews(pipeline) -> None:
    assert typed(pipeline, "Secret Service agents stopped a protester at the rally.", "COERCE") == ["stopped"]
    assert typed(pipeline, "The city announced a midnight curfew on Thursday.", "COERCE") == ["curfew"]
    # one event when a verb of its own already names the curfew
    assert typed(pipeline, "The mayor imposed a curfew on Thursday.", "COERCE") == ["imposed"]
    assert typed(pipeline, "National Guard members, called to service by the governor, patrolled the streets.",
                 "MOBILIZE") == ["called"]


def modality(pipeline, text: str) -> dict[str, str]:
    return {e.trigger: e.modality for e in events_of(pipeline, text)}


def test_unrealised_events_and_announced_deeds(pipeline) -> None:
    text = "Once a political agreement is reached, trade will resume."
    assert modality(pipeline, text)["agreement"] == "hypothetical"
    assert modality(pipeline, "We remain open to credible talks.")["talks"] == "hypothetical"
    assert modality(pipeline, "Police can detain protesters for 48 hours.")["detain"] == "hypothetical"
    # an announced arrest happened, and so did an announced offensive (round 22: nine of the golds' twelve announced
    # acts are done); a new one, a trip or talks are still to come
    assert modality(pipeline, "Authorities announced on Friday the arrest of a man.")["arrest"] == "asserted"
    assert modality(pipeline, "Israel announced an offensive in Gaza.")["offensive"] == "asserted"
    assert modality(pipeline, "Israel announced a new offensive in Gaza.")["offensive"] == "planned"


def test_todays_news_in_the_body_of_a_long_article_keeps_the_date(pipeline) -> None:
    body = " ".join(f"Officials met in the capital on day {n} of the crisis." for n in range(6))
    text = f"{body} Hillary Clinton is calling for a no-fly zone."
    assert dated(pipeline, text)["calling"] == "2016-03-30"
    text = f"{body} The council issued a statement condemning the test."
    assert dated(pipeline, text)["condemning"] == "2016-03-30"


def test_a_when_clause_takes_the_day_of_the_clause_it_hangs_from(pipeline) -> None:
    assert dated(pipeline, "On Sunday, protesters gathered when police arrested the leader.") == {
        "gathered": "2016-03-27", "arrested": "2016-03-27"}


def test_a_short_condition_word_is_a_whole_word_not_a_stem(pipeline) -> None:
    # "war" is no prefix of "warrant"
    assert events_of(pipeline, "AVON said it declared a dividend of one warrant for each three shares.") == []
    assert typed(pipeline, "Russia declared war on Ukraine.", "ASSAULT") == ["declared war"]


def test_a_word_of_a_name_is_no_event_and_a_called_meeting_is_convened(pipeline) -> None:
    assert events_of(pipeline, "A panel of the U.S. Court of Appeals for the Sixth Circuit ruled on Friday.") == []
    # a title-case headline keeps its events although its words look like names
    assert typed(pipeline, "Gaza Protests Spread As Police Arrest Dozens.", "PROTEST") == ["Protests"]
    assert modality(pipeline, "The Security Council called an emergency meeting on Wednesday.")["meeting"] == \
        "asserted"
    assert modality(pipeline, "Iran called for talks with the United States.")["talks"] == "hypothetical"


def test_threats_and_disruption(pipeline) -> None:
    assert typed(pipeline, "He dared the Turks to try it again.", "THREATEN") == ["dared"]
    assert typed(pipeline, "An officer was aiming a gun at the man.", "THREATEN") == ["aiming"]
    assert typed(pipeline, "Activists interrupted a Clinton rally in Las Vegas.", "PROTEST") == ["interrupted"]


def test_animals_are_no_victims_and_help_sought_is_a_request(pipeline) -> None:
    assert typed(pipeline, "Workers slaughtered herds of pigs on Thursday.", "ASSAULT") == []
    assert typed(pipeline, "A man set off explosives in the check-in area of the airport.", "ASSAULT") == ["set"]
    assert typed(pipeline, "The minister was seeking the army's help with the cull.", "REQUEST") == ["seeking"]


def test_seized_equipment_uprisings_and_allegations(pipeline) -> None:
    assert typed(pipeline, "Security forces seize four vehicles and twelve firearms.", "COERCE") == ["seize"]
    assert typed(pipeline, "Police locked up the protesters.", "COERCE") == ["locked"]
    assert typed(pipeline, "The Stonewall Inn is the site of an uprising in 1969.", "PROTEST") == ["uprising"]
    assert typed(pipeline, "The Times made these same allegations against the NRA in February.", "ACCUSE") == [
        "allegations"]


def test_a_thing_that_cannot_speak_makes_no_verbal_act(pipeline) -> None:
    assert typed(pipeline, "The footage and other evidence supports what we have heard.", "SUPPORT") == []
    text = "The recent spate of police shootings demands that all Americans engage in more listening."
    assert typed(pipeline, text, "REQUEST") == []
    assert typed(pipeline, "Officials supported the plan.", "SUPPORT") == ["supported"]


def test_review_of_the_round_people_and_agreements_stay_events(pipeline) -> None:
    # an animal word inside a people noun does not make them animals
    assert typed(pipeline, "Bandits killed two cattle herders.", "ASSAULT") == ["killed"]
    assert typed(pipeline, "A number of senators called for his resignation.", "REQUEST") == ["called"]
    assert modality(pipeline, "The two countries opened talks on Monday.")["talks"] == "asserted"
    # agreeing on what will happen is an agreement; agreeing that something is so is not
    assert typed(pipeline, "The two sides agreed that the ceasefire would begin on Friday.", "AGREE") == ["agreed"]
    # a nationality says whose strikes, not which: the same strikes told again
    assert typed(pipeline, "Israel struck Gaza on Monday. The Israeli strikes killed ten people.", "ASSAULT") == [
        "struck"]
    assert typed(pipeline, "The gunman fired gunshots into the air.", "ASSAULT") == ["fired"]
    assert typed(pipeline, "Thousands took to the city’s streets.", "PROTEST") == ["took"]


def test_a_day_earlier_after_only_a_future_day_counts_from_the_document_date(pipeline) -> None:
    text = "Voters go to the polls next Tuesday. A day earlier, six were arrested."
    assert dated(pipeline, text)["arrested"] == "2016-03-29"
    assert dated(pipeline, "When Trump prepared to speak on Tuesday, a girl was pepper-sprayed.")[
        "pepper-sprayed"] == "2016-03-29"


def test_a_tensed_conjunct_is_outside_the_modal_of_the_verb_before_it(pipeline) -> None:
    text = "Mr. Putin forecast that the economy would soon rebound and praised efforts by John Kerry."
    assert modality(pipeline, text)["praised"] == "asserted"
    assert modality(pipeline, "The army would attack the town on Monday.")["attack"] == "hypothetical"


def test_a_day_the_event_governs_wins_over_a_relative_anchor(pipeline) -> None:
    text = ("The decision came just three days after the Security Council condemned the launch, as Pyongyang "
            "fired three missiles into the sea Monday.")
    assert dated(pipeline, text) == {"condemned": "2016-03-27", "fired": "2016-03-28"}


def test_the_purpose_of_a_meeting_held_is_that_meeting(pipeline) -> None:
    assert typed(pipeline, "The council held an emergency meeting to discuss the test.", "CONSULT") == ["meeting"]
