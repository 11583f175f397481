"""Round 13 (issue 14): classes a review of the blind golds' dev splits found. A saying verb whose complement
condemns what someone else did is an accusation ("the organization said such action is inappropriate"), also in a
clause conjoined to the complement. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from dateline.model import Document, document_id

DCT = dt.date(2009, 4, 30)


def typed(pipeline, text: str) -> list[tuple[str, str]]:
    doc = pipeline.annotate(Document(id=document_id(text), text=text, date=DCT))
    return [(e.trigger, e.type) for e in doc.events]


def test_a_saying_verb_that_condemns_an_act_is_an_accusation(pipeline) -> None:
    assert ("said", "ACCUSE") in typed(
        pipeline, '"Closing the border will not stop the virus and such action is inappropriate," the agency said.')
    assert ("said", "ACCUSE") in typed(
        pipeline, "The senator said the governor's selection of judges was a shamelessly partisan and reckless "
                  "process.")
    assert ("said", "ACCUSE") in typed(pipeline, "The minister said the decision to expel the diplomats was a mistake.")


def test_a_plain_report_or_a_worry_is_no_accusation(pipeline) -> None:
    assert typed(pipeline, "The minister said the situation is troubling.") == []
    assert typed(pipeline, "The agency said the virus spread quickly in the capital.") == []
    assert typed(pipeline, "We were wrong to wait, the minister said.") == []


def test_a_second_attack_in_the_same_sentence_as_the_first_is_another_incident(pipeline) -> None:
    text = ("Gunmen attacked the embassy compound on Tuesday night. The email was sent more than three hours after "
            "the initial attack and about an hour after a second attack at an annex a mile away.")
    attacks = [e for e in pipeline.annotate(Document(id=document_id(text), text=text, date=DCT)).events
               if e.type == "ASSAULT"]
    assert [e.trigger for e in attacks] == ["attacked", "attack"]
    assert text[attacks[1].start - 7: attacks[1].start] == "second "


def test_criticism_in_a_reaction_story_is_an_accusation(pipeline) -> None:
    assert ("said", "ACCUSE") in typed(pipeline, "Marco Rubio said Obama failed to address public concerns.")
    assert ("said", "ACCUSE") in typed(pipeline, "Republicans said that the strategy is inadequate to the threat.")
    assert ("said", "ACCUSE") in typed(pipeline, "Lindsey Graham said Obama is overselling the successes of the war.")
    assert ("tweeted", "ACCUSE") in typed(pipeline, "Donald Trump tweeted that Obama lied about the attack.")
    assert ("critiqued", "ACCUSE") in typed(pipeline, "Republicans critiqued the speech.")
    assert typed(pipeline, "The army said the rocket failed to reach orbit.") == []


def test_an_act_beside_a_call_or_before_a_modal_clause_keeps_its_own_modality(pipeline) -> None:
    doc = pipeline.annotate(Document(
        id="conj", date=DCT,
        text="Bernie Sanders called him divisive and accused him of preventing Americans from being able to unite."))
    assert [(e.trigger, e.modality) for e in doc.events] == [("called", "asserted"), ("accused", "asserted")]
    text = ('President Obama rebuked critics who say he should condemn "radical Islamists," saying calling the '
            "Islamic State by another name will do nothing to defeat it.")
    doc = pipeline.annotate(Document(id=document_id(text), text=text, date=DCT))
    assert ("rebuked", "asserted") in [(e.trigger, e.modality) for e in doc.events]


def test_an_interviewers_question_is_no_request(pipeline) -> None:
    assert typed(pipeline, "Asked to describe the device, the police chief said it was crude.") == []
    assert ("asked", "REQUEST") in typed(pipeline, "The minister was asked to resign by the president.")


def test_a_repeated_word_with_a_year_of_its_own_is_another_incident_on_that_day(pipeline) -> None:
    text = ("The Aug. 7, 1998, bombings killed more than 200 people. Two former Libyan intelligence agents were "
            "charged in the Dec. 21, 1988, bombing of Pan Am Flight 103.")
    doc = pipeline.annotate(Document(id=document_id(text), text=text, date=dt.date(1999, 6, 7)))
    bombings = [(e.trigger, e.time_value, e.modality) for e in doc.events if e.type == "ASSAULT"]
    assert bombings == [("bombings", "1998-08-07", "historical"), ("bombing", "1988-12-21", "historical")]
    text = "A gunman shot a guard on Friday. The guard was shot twice and the shooting shocked the town."
    doc = pipeline.annotate(Document(id=document_id(text), text=text, date=dt.date(1999, 6, 7)))
    assert [e.trigger for e in doc.events if e.type == "ASSAULT"] == ["shot"]


def test_a_disease_that_strikes_and_a_passive_with_no_doer_are_no_events(pipeline) -> None:
    assert typed(pipeline, "He linked the disease to a new kind of swine flu that struck seven people in Texas.") == []
    assert typed(pipeline, "Laboratory tests are being carried out on 390 people, the health agency said.") == []
    assert ("said", "ACCUSE") in typed(pipeline, "The police said the attack was carried out by Hamas militants.")


def test_a_past_event_reported_in_a_clause_dated_long_ago_is_recalled(pipeline) -> None:
    text = 'Last month, the navy said it had sunk a pirate "mother vessel" off Somalia.'
    doc = pipeline.annotate(Document(id=document_id(text), text=text, date=dt.date(2009, 1, 20)))
    assert [(e.trigger, e.modality, e.time_value) for e in doc.events] == [("sunk", "historical", None)]
    text = "In 2006, the president said he would withdraw the troops."
    doc = pipeline.annotate(Document(id=document_id(text), text=text, date=dt.date(2009, 1, 20)))
    assert [(e.trigger, e.modality) for e in doc.events] == [("withdraw", "hypothetical")]


def test_conflict_wire_phrasings_fighting_exchanges_and_an_imagined_offensive(pipeline) -> None:
    assert ("fighting", "ASSAULT") in typed(pipeline, "The army evacuated 20 villages as fighting intensified.")
    assert typed(pipeline, "He has spent years fighting corruption in the ministry.") == []
    assert typed(pipeline, "The two sides exchanged prisoners for the first time in months.") == [
        ("exchanged", "RETREAT")]
    assert typed(pipeline, "The president launched a charm offensive in Washington.") == []
    text = "Egypt warned that an Israeli offensive in Rafah would threaten the peace treaty."
    doc = pipeline.annotate(Document(id=document_id(text), text=text, date=DCT))
    assert [(e.trigger, e.type, e.modality, e.time_value) for e in doc.events] == [
        ("offensive", "ASSAULT", "hypothetical", None)]
    text = "Iran says Turkey's criticism of its foreign policy could lead to worsening ties."
    doc = pipeline.annotate(Document(id=document_id(text), text=text, date=DCT))
    assert [(e.trigger, e.modality) for e in doc.events] == [("criticism", "asserted")]


def test_irregular_past_forms_of_trigger_verbs(pipeline) -> None:
    assert typed(pipeline, "A suicide bomber blew himself up at a checkpoint.") == [("blew", "ASSAULT")]
    assert typed(pipeline, "The rebels overran the town on Sunday.") == [("overran", "ASSAULT")]
    assert ("went", "ACCUSE") in typed(pipeline, "Donald Trump went after Hillary Clinton for her record on Libya.")
    assert typed(pipeline, "He went to Paris on Monday.") == []


def test_military_action_a_verbal_attack_a_task_and_a_failure_to_act(pipeline) -> None:
    text = 'Obama admits the 2011 U.S. military action against Libya "didn\'t work."'
    doc = pipeline.annotate(Document(id=document_id(text), text=text, date=dt.date(2016, 3, 10)))
    assert ("action", "ASSAULT", "2011", "historical") in [(e.trigger, e.type, e.time_value, e.modality)
                                                          for e in doc.events]
    assert typed(pipeline, "She followed up with a more frontal attack on Trump.") == [("attack", "ACCUSE")]
    assert typed(pipeline, "The agency charged with overseeing the transition has not succeeded.") == []
    assert typed(pipeline, "He was admitted to hospital with burns.") == []
    text = "Clinton blamed the fog of war for the failure of the U.S. to come to the aid of the employees."
    doc = pipeline.annotate(Document(id=document_id(text), text=text, date=DCT))
    assert ("aid", "negated") in [(e.trigger, e.modality) for e in doc.events]


def test_what_is_prepared_for_is_still_to_come(pipeline) -> None:
    text = "While making final preparations for his nuclear security summit, Obama spent Thursday in talks."
    doc = pipeline.annotate(Document(id=document_id(text), text=text, date=dt.date(2016, 4, 1)))
    assert ("summit", "planned", None) in [(e.trigger, e.modality, e.time_value) for e in doc.events]


def test_agreeing_with_an_opinion_and_goods_offered_for_sale_are_no_events(pipeline) -> None:
    assert typed(pipeline, "Veronica said she agreed with the newspapers' descriptions of the candidates.") == []
    assert typed(pipeline, '"I agree," Veronica said.') == []
    assert ("agreed", "AGREE") in typed(pipeline, "Israel and Hamas agreed on a four-day truce.")
    assert typed(pipeline, "The meat will be offered for sale to consumers, he said.") == []


def test_a_strike_in_a_labour_dispute_is_a_protest(pipeline) -> None:
    assert ("strike", "PROTEST") in typed(pipeline, "The union rejected the pay offer. They are threatening a strike.")
    assert typed(pipeline, "Aid workers were killed in an air strike on Tuesday.") == [("strike", "ASSAULT")]


def test_explosions_in_attack_reports_searches_and_fighting_an_army(pipeline) -> None:
    assert typed(pipeline, "One person was killed and 36 others were injured in two explosions near the hotel.") == [
        ("explosions", "ASSAULT")]
    assert typed(pipeline, "Three workers were killed in a gas explosion at a factory.") == []
    assert typed(pipeline, "Police searched apartment buildings for children seen throwing bottles at officers.") == [
        ("searched", "COERCE"), ("throwing", "ASSAULT")]
    assert typed(pipeline, "Rebels have been fighting Sudan's army since June.") == [("fighting", "ASSAULT")]
    assert typed(pipeline, "He has been fighting cancer for years.") == []
    assert ("capturing", "COERCE") in typed(
        pipeline, "An Indian warship foiled a pirate attack on Friday, capturing 26 Somali brigands.")


def test_a_consequence_of_a_condition_and_what_a_bill_would_do_are_hypothetical(pipeline) -> None:
    def modes(text: str) -> list[tuple[str, str]]:
        doc = pipeline.annotate(Document(id=document_id(text), text=text, date=DCT))
        return [(e.trigger, e.modality) for e in doc.events]
    assert ("recognize", "hypothetical") in modes(
        "Keir Starmer declares that the UK will formally recognize the State of Palestine should a ceasefire not be "
        "achieved by September.")
    assert modes("NATO warplanes are poised to intervene in Yugoslavia should peace efforts fail.") == [
        ("intervene", "hypothetical")]
    assert modes("The Senate votes to pass a bill imposing sanctions on Russia.") == [("sanctions", "hypothetical")]
    # the threat itself was made
    assert ("threatens", "asserted") in modes("Iran threatens to retaliate if Trump strikes its power plants.")


def test_a_strategy_described_is_no_occurrence_and_an_order_into_quarantine_restricts(pipeline) -> None:
    assert typed(pipeline, "Other Republicans echoed those comments, saying Obama's strategy -- airstrikes against "
                           "Islamic State positions in Iraq and Syria and training local ground forces -- is "
                           "inadequate to the threat.") == []
    assert typed(pipeline, "Singapore has ordered eight people who have just returned from Mexico into a "
                           "week-long home quarantine.") == [("ordered", "COERCE")]


def test_conflict_review_classes_targeting_seizures_executions_and_captures(pipeline) -> None:
    assert typed(pipeline, "The army targets militant positions in Idlib.") == [("targets", "ASSAULT")]
    assert typed(pipeline, "The campaign targets young voters.") == []
    assert typed(pipeline, "The Natanz facility has been destroyed by a bunker buster.") == [("destroyed", "ASSAULT")]
    assert typed(pipeline, "Police announce the seizure of 275,000 fentanyl pills.") == [("seizure", "COERCE")]
    assert ("executes", "ASSAULT") in typed(pipeline, "China executes the perpetrators of the 2024 car attack.")
    assert typed(pipeline, "The army executed the plan flawlessly.") == []
    assert typed(pipeline, "Special forces capture the recruitment chief of ISIS-Somalia.") == [("capture", "COERCE")]


def test_one_strike_wave_a_protest_that_denounces_and_what_is_lifted(pipeline) -> None:
    assert typed(pipeline, "The Navy launches a wave of missile strikes across Yemen.") == [("strikes", "ASSAULT")]
    assert typed(pipeline, "Thousands of protesters rally in Dhaka to denounce proposed legislation.") == [
        ("rally", "PROTEST")]
    assert typed(pipeline, "The UN Security Council votes to lift sanctions on the Syrian president.") == [
        ("lift", "CONCEDE")]
    assert typed(pipeline, "The EU imposed new sanctions on Russia.") == [("sanctions", "SANCTION")]


def test_harm_from_a_disaster_is_no_attack(pipeline) -> None:
    assert typed(pipeline, "Five people are killed following a fire at the Dos Bocas Refinery.") == []
    assert typed(pipeline, "Four people have been killed by flooding from thunderstorms.") == []
    assert typed(pipeline, "A bomb killed five people at a market in Kabul.") == [("killed", "ASSAULT")]


def test_pirates_nabbed_an_attack_broken_off_and_a_street_blocked(pipeline) -> None:
    assert ("nabbed", "COERCE") in typed(pipeline, "The warship nabbed 23 Somali and Yemeni sea brigands.")
    assert typed(pipeline, "The pirates broke off their attack and attempted to escape.") == [("broke", "RETREAT")]
    assert typed(pipeline, "Police blocked the street in the Mount Pleasant neighborhood.") == [("blocked", "COERCE")]
    assert typed(pipeline, "Israel pulled out its troops from Gaza.") == [("pulled", "RETREAT")]


def test_the_grounds_of_an_arrest_get_no_publication_date(pipeline) -> None:
    text = "The former minister is arrested over his alleged involvement in the crackdown on the 2025 protests."
    doc = pipeline.annotate(Document(id=document_id(text), text=text, date=dt.date(2026, 3, 28)))
    dated = {e.trigger: e.time_value for e in doc.events}
    assert dated["arrested"] == "2026-03-28" and dated["crackdown"] is None


def test_threatening_a_consequence_is_no_threat(pipeline) -> None:
    assert typed(pipeline, "A refugee camp was bombed on Thursday, officials said, threatening to raise tensions "
                           "with Sudan.") == [("bombed", "ASSAULT")]
    assert ("threatened", "THREATEN") in typed(pipeline, "Hamas threatened to kill the hostages.")


def test_a_harm_participle_after_an_attacker_is_the_attack_not_an_accident(pipeline) -> None:
    assert typed(pipeline, "A suicide bomber walked into a crowded market, killing 20 people.") == [
        ("killing", "ASSAULT")]
    assert typed(pipeline, "A car packed with explosives went off near a checkpoint, killing eight soldiers.") == [
        ("killing", "ASSAULT")]
    assert typed(pipeline, "A light aircraft crashed near the airport, killing the pilot.") == []


def test_a_persons_attacks_on_a_person_are_verbal(pipeline) -> None:
    assert typed(pipeline, "Cruz reboots his attacks on Donald Trump.") == [("attacks", "ACCUSE")]
    assert ("attack", "ASSAULT") in typed(pipeline, "The attack on Ambassador Chris Stevens killed four Americans.")


def test_a_when_clause_takes_the_time_it_hangs_on_and_an_apposition_keeps_its_own(pipeline) -> None:
    def dates(text: str) -> list[tuple[str, str | None]]:
        doc = pipeline.annotate(Document(id=document_id(text), text=text, date=dt.date(2016, 4, 8)))
        return [(e.trigger, e.time_value) for e in doc.events]
    assert dates("The frustration boiled over at a rally in Philadelphia on Wednesday night when Mr. Sanders "
                 "assailed Mrs. Clinton.") == [("assailed", "2016-04-06TNI")]
    assert dates("Jane Harman, now director of the Wilson Center, urged Obama last year not to close the "
                 "prison.") == [("urged", "2015")]


def test_what_something_is_able_to_do_is_no_occurrence(pipeline) -> None:
    assert typed(pipeline, "Russia keeps a nuclear triad able to deliver nuclear weapons through dropping bombs and "
                           "firing missiles.") == []
    assert typed(pipeline, "The militants are capable of launching attacks deep inside the country.") == []
    assert typed(pipeline, "Police were able to arrest the suspect.") == [("arrest", "COERCE")]


def test_poll_support_a_vow_and_weapons_given(pipeline) -> None:
    assert typed(pipeline, "Male troops backed Trump, 57 percent to 22 percent.") == []
    assert typed(pipeline, "Both vowed to be tougher on terrorism as president.") == [("vowed", "AGREE")]
    assert typed(pipeline, "The United States was giving weapons to the rebels.") == [("giving", "AID")]
    assert typed(pipeline, "She said she gave them false information about a weapons cache.") == []


def test_an_attack_characterized_in_a_free_relative_is_the_same_attack(pipeline) -> None:
    assert typed(pipeline, "Ukraine strikes targets in Russia, in what Ukraine says is its most massive attack "
                           "inside Russia so far.") == [("strikes", "ASSAULT")]


def test_opened_fire_is_one_trigger_over_both_words(pipeline) -> None:
    assert typed(pipeline, "Gunmen opened fire on a bar in El Empalme.") == [("opened fire", "ASSAULT")]
