"""Direct answers on the real index (e5): the three questions of issue 11, placement, a comparison,
tables stored in the generation, and every quote of every computed answer verbatim in its passage."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.integration

SALARY = "Combien gagne un enseignant à l'échelon 12 au 1er avril 2013 ?"
HOURLY = "Quel est le taux horaire d'un technicien en éducation spécialisée à l'échelon 5 au 1er avril 2013 ?"
DEADLINE = "J'ai pris connaissance des faits le 10 novembre 2025, jusqu'à quand pour déposer le grief ?"
PLACEMENT = "17 ans de scolarité et 5 ans d'expérience, combien je gagne ?"
COMPARISON = "Compare les congés de maladie de Bourget et de l'entente crie"


def assert_verbatim(assistant, answer) -> None:
    assert answer.citations and not answer.abstained
    for citation in answer.citations:
        chunk = assistant.chunk(citation.chunk_id)
        assert chunk is not None and citation.quote in chunk.text, citation
    for row in answer.support:
        if row.chunk_id is not None:
            assert row.quote in assistant.chunk(row.chunk_id).text


def test_the_generation_stores_every_salary_table(real_assistant):
    tables = real_assistant.index.tables
    assert (real_assistant.index.generation / "tables.jsonl").is_file()
    annexes = [t.annex_or_clause for t in tables if t.doc == "bourget"]
    assert annexes.count("Annexe M") == 1 and annexes.count("Annexe N") == 9
    (annex_m,) = [t for t in tables if t.annex_or_clause == "Annexe M"]
    assert annex_m.cell(12, "1er avril 2013").value == "60 293"


def test_teacher_salary_at_an_echelon_and_a_date(real_assistant):
    answer = real_assistant.ask(SALARY)
    assert answer.kind == "amount"
    assert answer.text.startswith("**60 293 $** par année — Annexe M, échelon 12, colonne « 1er avril 2013 »")
    assert "| **12** |" in answer.text and "**60 293 $**" in answer.text  # the row, the cell in bold
    assert "141e jour de travail" in answer.text  # the footnote
    assert {(c.doc, c.clause) for c in answer.citations} == {("bourget", "Annexe M")}
    assert any("60 293" in c.quote for c in answer.citations)
    assert_verbatim(real_assistant, answer)


def test_hourly_rate_from_annex_n(real_assistant):
    answer = real_assistant.ask(HOURLY)
    assert answer.kind == "amount"
    assert answer.text.startswith("**24,51 $** l'heure — Annexe N, A) Taux horaire, salarié éducateur de soutien technique, "
        "Technicien de en éducation spécialisée")
    assert any(c.clause == "Annexe N" and "24,51" in c.quote for c in answer.citations)
    assert_verbatim(real_assistant, answer)


def test_grievance_deadline_is_computed_with_assumptions_and_clauses(real_assistant):
    answer = real_assistant.ask(DEADLINE, docs=["bourget"])
    assert answer.kind == "deadline"
    assert answer.text.startswith("**Au plus tard le jeudi 15 janvier 2026**")
    assert "40 jours ouvrables à partir du 10 novembre 2025" in answer.text
    assert "Hypothèses" in answer.text and "déterminés par le Collège" in answer.text
    cited = {(c.doc, c.clause) for c in answer.citations}
    # what the count used, and nothing else: 8-16.01's holidays of that period fall inside the 8-16.02 break
    assert cited == {("bourget", "10-1.02"), ("bourget", "1-2.38"), ("bourget", "8-16.02")}
    assert_verbatim(real_assistant, answer)


def test_cris_deadline_counts_calendar_days(real_assistant):
    answer = real_assistant.ask("À la Commission scolaire crie, l'événement a eu lieu le 10 novembre 2025 : "
                                "jusqu'à quand pour déposer un grief ?")
    assert answer.kind == "deadline"
    assert answer.text.startswith("**Au plus tard le mardi 10 mars 2026**")
    assert ("cris", "9-1.03") in {(c.doc, c.clause) for c in answer.citations}
    assert_verbatim(real_assistant, answer)


def test_placement_then_salary(real_assistant):
    answer = real_assistant.ask(PLACEMENT)
    assert answer.kind == "placement"
    assert "+ 2 échelons" in answer.text and "**Traitement à l'échelon 8**" in answer.text
    assert {c.clause for c in answer.citations} >= {"1-2.28", "Annexe M"}
    assert_verbatim(real_assistant, answer)


def test_a_deadline_asked_of_no_agreement_is_counted_by_each(real_assistant):
    answer = real_assistant.ask(DEADLINE)
    assert answer.kind == "deadline"
    bourget, cris = answer.text.split("▸ ")[1:]
    assert bourget.startswith("**Convention Collège Bourget**") and "le jeudi 15 janvier 2026" in bourget
    assert cris.startswith("**Accord CPNCSC") and "le mardi 10 mars 2026" in cris and "120 jours" in cris
    assert {("bourget", "10-1.02"), ("cris", "9-1.03")} <= {(c.doc, c.clause) for c in answer.citations}
    assert_verbatim(real_assistant, answer)


def test_comparison_cites_both_agreements(real_assistant):
    answer = real_assistant.ask(COMPARISON)
    assert answer.kind == "comparison"
    assert {c.doc for c in answer.citations} == {"bourget", "cris"}
    table = [line for line in answer.text.splitlines() if line.startswith("|")]
    assert len(table) >= 3 and "dix (10) jours ouvrables" in "".join(table) and "« 7 jours" in "".join(table)
    assert "5-10.37" in answer.text and "« A-3.001" not in answer.text
    assert "« «" not in answer.text
    assert_verbatim(real_assistant, answer)


def test_a_salary_elsewhere_and_later_is_not_answered_from_bourget(real_assistant):
    answer = real_assistant.ask("C'est combien le salaire d'un prof au 10e échelon au CSS de Montréal en 2023-2024 ?")
    assert answer.kind in ("quoted", "refused")  # no table lookup: another employer, a year after the scales
    assert answer.abstained or not any(c.clause == "Annexe M" for c in answer.citations)


def test_a_yearly_date_from_today(real_assistant):
    answer = real_assistant.ask("À la CS crie, on est le 5 novembre 2026 : la Commission a jusqu'à quand pour "
                                "envoyer la liste d'ancienneté au syndicat ?")
    assert answer.kind == "deadline"
    # « avant le 30 novembre de chaque année » (5-2.08): the day before, a Sunday, said
    assert answer.text.startswith("**Au plus tard le dimanche 29 novembre 2026**")
    assert {(c.doc, c.clause) for c in answer.citations} == {("cris", "5-2.08")}
    assert_verbatim(real_assistant, answer)


def test_a_calendar_day_delay_carried_past_a_sunday(real_assistant):
    answer = real_assistant.ask("À la CS crie, le récépissé du dépôt de notre grief est daté du 14 janvier 2026. "
                                "Le syndicat a jusqu'à quand pour le déférer à l'arbitrage ?")
    # 9-2.02: 60 days: 17 in January, 28 in February, 15 March 2026 (a Sunday) -> Monday 16 March
    assert answer.text.startswith("**Au plus tard le lundi 16 mars 2026**")
    assert ("cris", "9-2.02") in {(c.doc, c.clause) for c in answer.citations}


def test_a_per_kilometre_rate_from_annex_w(real_assistant):
    answer = real_assistant.ask("Au Collège, quand je prends mon auto pour un mandat, on me rembourse combien par "
                                "kilomètre au-delà de 200 km ?")
    assert answer.kind == "amount"
    assert answer.text.startswith("**0,15 $ /km** — Annexe W")
    assert {(c.doc, c.clause) for c in answer.citations} == {("bourget", "Annexe W")}
    assert_verbatim(real_assistant, answer)


def test_a_cris_hourly_rate_by_school_year(real_assistant):
    answer = real_assistant.ask("À la CS crie, un enseignant à taux horaire est payé combien de l'heure à compter du "
                                "141e jour de travail de l'année scolaire 2008-2009 ?")
    assert answer.kind == "amount"
    assert answer.text.startswith("**46,52 $** l'heure — 13-2.03")
    assert_verbatim(real_assistant, answer)


def test_comparison_finds_the_cris_clause_of_the_topic(real_assistant):
    answer = real_assistant.ask("Compare le délai pour déposer un grief au Collège Bourget et à la Commission "
                                "scolaire crie.")
    assert answer.kind == "comparison"
    assert ("cris", "9-1.03") in {(c.doc, c.clause) for c in answer.citations}
    assert "120 jours" in answer.text
    # Bourget's side: the delay itself (10-1.02, not 10-1.06's « délais … de rigueur »), then its suspension
    # (10-1.07 names 10-1.02); no clause on another delay (10-1.05: two years to go to arbitration)
    assert [c.clause for c in answer.citations if c.doc == "bourget"][:2] == ["10-1.02", "10-1.07"]
    assert "quarante (40) jours ouvrables" in answer.text and "10-1.05" not in answer.text
    assert_verbatim(real_assistant, answer)


def test_which_agreement_gives_more_is_a_comparison_in_the_unit_asked(real_assistant):
    answer = real_assistant.ask("En cas de force majeure, le Collège Bourget ou la CS crie, lequel donne plus de jours ?")
    assert answer.kind == "comparison"
    assert {(c.doc, c.clause) for c in answer.citations} == {("bourget", "6-1.02"), ("cris", "5-14.02")}
    table = "".join(line for line in answer.text.splitlines() if line.startswith("|"))
    assert "« une (1) journée ouvrable »" in table and "« 3 jours ouvrables »" in table
    assert "**Le plus grand nombre : Accord CPNCSC" in answer.text  # 3 working days a year against 1
    assert_verbatim(real_assistant, answer)


def test_a_comparison_side_without_the_topic_says_so(real_assistant):
    answer = real_assistant.ask("Compare le Collège Bourget et l'entente crie : après combien de mois une mesure "
                                "disciplinaire est-elle retirée du dossier ?")
    assert answer.kind == "comparison"
    assert {(c.doc, c.clause) for c in answer.citations} >= {("bourget", "5-6.09")}
    assert {c.doc for c in answer.citations} == {"bourget"}  # the Cris list of names (13-3.04) is not quoted
    assert "Aucune clause de cet accord ne traite de « mesure disciplinaire" in answer.text
    assert_verbatim(real_assistant, answer)


def test_a_comparison_keeps_a_side_naming_the_topic_once(real_assistant):
    # « délai pour déposer un grief »: Cris 9-1.03 holds « grief » alone of the topic's words, still its rule
    answer = real_assistant.ask("Compare le délai pour déposer un grief au Collège Bourget et à la Commission "
                                "scolaire crie.")
    assert ("cris", "9-1.03") in {(c.doc, c.clause) for c in answer.citations}
    assert "Aucune clause" not in answer.text


def test_a_comparison_in_days_quotes_the_moving_day_and_its_exception(real_assistant):
    answer = real_assistant.ask("Je déménage : Bourget ou les Cris, lequel donne plus de jours de congé pour un "
                                "déménagement ?")
    assert {(c.doc, c.clause) for c in answer.citations} == {("bourget", "6-1.02"), ("cris", "5-14.02")}
    assert "porté à 2" in answer.text  # Cris 5-14.02 E)'s « Toutefois … porté à 2 lorsque … »
    assert_verbatim(real_assistant, answer)


def test_a_comparison_quotes_the_list_item_of_the_relative_asked(real_assistant):
    # Cris 5-14.02 A) « En cas de décès de sa conjointe ou son conjoint … : » then « 7 jours consécutifs … »
    answer = real_assistant.ask("Compare le congé pour le décès de mon conjoint au Collège Bourget et à la CS crie")
    table = [line for line in answer.text.splitlines() if line.startswith("|")]
    assert "« sept (7) jours consécutifs »" in table[2] and "« 7 jours consécutifs »" in table[2]
    assert_verbatim(real_assistant, answer)


def test_an_amount_table_gives_way_to_the_prose_clause_the_question_is_about(real_assistant):
    # Annexe W's « Dîner 12 $ » row was the answer; 8-11.07 (the animator's unpaid meal hour) is first
    answer = real_assistant.ask("Je suis animatrice au Collège. Mon heure de dîner, elle est-tu payée ?")
    assert answer.kind != "amount"
    assert ("bourget", "8-11.07") in {(c.doc, c.clause) for c in answer.citations}
    # an échelon named still asks the scale's cell
    assert real_assistant.ask("Je suis animateur au Collège, échelon 4 : c'est quoi mon salaire annuel depuis le 1er avril 2014 ?").kind == "amount"


def test_a_pay_set_at_the_last_echelon_of_another_annex_reads_that_cell(real_assistant):
    # 7-6.06: the répondant de niveau « reçoit … le dernier échelon de l'échelle … (rf. annexe M) »
    answer = real_assistant.ask("Je suis répondant de niveau au Collège : mon salaire en 2013, c'est combien ?")
    assert answer.kind == "amount" and "74 244" in answer.text.replace("\u00a0", " ")
    assert {("bourget", "7-6.06"), ("bourget", "Annexe M")} <= {(c.doc, c.clause) for c in answer.citations}
    assert_verbatim(real_assistant, answer)
