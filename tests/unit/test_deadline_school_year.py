"""A deadline asked for a school year, without a date (assistant/deadline_answers.py ``_school_year``,
assistant/deadlines.py ``school_years``, ``compute_school_year_date``), on tiny inline clauses: the yearly date falls
in the school year named (1 July to 30 June), or in the one before when its sentence sets it for the year after
(Cris 5-8.06 « … pour l'année scolaire suivante »); a date set as one condition of a list is quoted with the
others (6-3.01 D) « - si, au 31 janvier … », « - et », « - si … avant le 1er avril … »). Weekdays checked by hand: 2027-05-31 Monday, 2027-03-31 Wednesday,
2026-10-15 Thursday."""

from __future__ import annotations

from datetime import date

from assistant.deadlines import FixedDate, compute_school_year_date, format_fixed_answer, school_years

from .inline_answers import answered, direct_answers

NOT_RENEWED = ("5-8.06 À moins d'entente entre le Syndicat et la Commission, cette dernière doit, avant le 1er juin de "
               "l'année scolaire en cours, aviser par courrier recommandé l'enseignante ou l'enseignant concerné et le "
               "Syndicat, de sa décision de ne pas renouveler l'engagement de cette enseignante ou cet enseignant pour "
               "l'année scolaire suivante.")
RECLASSED = ("6-3.01\n- D) Le rajustement du traitement faisant suite au reclassement provisoire prend effet "
             "rétroactivement au milieu de l'année de travail en cours :\n - si, au 31 janvier de cette année scolaire "
             "en cours, cette enseignante ou cet enseignant avait complété les études nécessaires,\n - et\n - si elle "
             "ou il a fourni, avant le 1er avril de cette année scolaire en cours, les documents requis.")
GRIEVANCE = ("9-1.03 L'avis de grief doit être remis dans les 120 jours de la date de l'événement qui a donné naissance "
             "au grief.")


def test_school_years_named():
    assert school_years("pour 2027-2028, (2028-2029), l'année 2026–27, 2026/2027") == [2027, 2028, 2026, 2026]
    assert school_years("le 2026-03-09, l'entente 2023-2028, de 2014 à 2019") == []


def test_a_yearly_date_in_the_school_year_named_or_the_one_before_for_the_following_year():
    rule = FixedDate(month=6, day=1, kind="before", phrase="avant le 1er juin", source_clause="5-8.06")
    result = compute_school_year_date(2027, rule, for_next=True)
    assert result.end_date == date(2027, 5, 31)
    assert "(année scolaire 2027-2028)" in format_fixed_answer(result)
    assert compute_school_year_date(2027, rule).end_date == date(2028, 5, 31)
    assert compute_school_year_date(2026, FixedDate(10, 15, "by")).end_date == date(2026, 10, 15)
    assert compute_school_year_date(2026, FixedDate(4, 1, "before")).end_date == date(2027, 3, 31)


def test_a_school_year_asked_without_a_date_gets_the_yearly_date_of_its_clause():
    direct, hits = direct_answers({"9-1.03": GRIEVANCE, "5-8.06": NOT_RENEWED, "6-3.01": RECLASSED}, doc="cris")
    answer = answered(direct, "À la CS crie, si la Commission décide de pas renouveler mon engagement pour 2027-2028, "
                              "elle a jusqu'à quand pour m'en aviser ?", hits)
    assert answer.text.startswith("**Au plus tard le lundi 31 mai 2027**")
    assert [c.clause for c in answer.citations][:1] == ["5-8.06"]
    answer = answered(direct, "Chez les Cris, pour que mon rajustement de traitement soit rétroactif au milieu de "
                              "l'année 2026-2027, je dois fournir mes documents avant quelle date ?", hits)
    assert answer.text.startswith("**Au plus tard le mercredi 31 mars 2027**")
    assert "au 31 janvier de cette année scolaire" in answer.text  # the other condition of its list, quoted with it


def test_a_school_year_asked_of_a_delay_gets_no_date():
    direct, hits = direct_answers({"9-1.03": GRIEVANCE}, doc="cris")
    answer = direct.answer("Chez les Cris, pour 2027-2028, jusqu'à quand pour déposer un grief ?", hits)
    assert answer is None or "Au plus tard le" not in answer.text
