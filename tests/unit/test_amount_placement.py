"""Échelon placement and échelons named by their place, asked the way teachers write them (assistant/amount_answers.py,
assistant/tables.py), on tiny inline texts in the corpus's format: years of schooling and of experience in their
several wordings (« ma scolarité est évaluée à 17 ans », « 18 années de scolarité », « 10 années d'expérience
reconnues »); a placement asked of an agreement without any salary scale is said so, with its own definitions
quoted, never answered from another agreement's scale; « au dernier échelon » is the scale's last row."""

from __future__ import annotations

import pytest

from assistant.placement import _EXPERIENCE, _SCHOOLING, _in_digits, _years, holds_doctorate
from assistant.lookups import DirectAnswers
from assistant.tables import lookup, parse_amount_question
from ingest.tables import find_tables

from .inline_answers import table_answers

TEACHERS = """Annexe M Échelles annuelles de traitement des enseignants à temps complet ¹³

Échelons ¹⁴\tTraitement - 1er avril 2013\tTraitement - 1er avril 2014
1\t38 139\t38 902
2\t39 760\t40 555
3\t41 451\t42 280
4\t43 212\t44 076
5\t45 050\t45 951
6\t46 965\t47 904

¹³ Il est à noter qu'il faut lire au tableau le taux de traitement à compter du 141e jour de travail de l'année scolaire concernée au lieu du 1er avril d'une année visée.

¹⁴ L'enseignant se voit attribuer l'échelon correspondant à son expérience, augmenté de :

- 2 échelons dans le cas de celui dont la scolarité est évaluée à 17 ans ;
- 4 échelons dans le cas de celui dont la scolarité est évaluée à 18 ans ;
- 6 échelons dans le cas de celui dont la scolarité est évaluée à 19 ans ou plus sans doctorat de 3e cycle.
"""

EXPERIENCE_ECHELON = """1-2.28 Échelon d'expérience

Subdivision en ordonnée d'une échelle de traitement correspondant à l'année d'expérience que le salarié éducateur est en voie d'acquérir.
"""

PROFESSIONALS = """Annexe N Échelles annuelles

<i>Intervenant psychosocial (37,5 heures/semaine)</i>
Échelon\tÉchelle annuelle au 01-04-2012\tÉchelle annuelle au 01-04-2013
1\t39 268\t39 955
2\t40 578\t41 288
3\t41 983\t42 718
"""

NON_TEACHERS_PLACEMENT = """7-5.01 Tout nouveau salarié éducateur non-enseignant ou animateur est intégré dans l'échelle de traitement correspondant à sa classe d'emploi, à sa scolarité et à son expérience (rf. annexe N ou O).
"""

SALARY_DEFINITION = """1-1.46 Traitement

La rémunération en monnaie courante à laquelle l'échelon attribué à l'enseignante ou l'enseignant lui donne droit selon l'échelle de traitement prévue à l'article 6-5.00, laquelle comprend tous les jours de travail.
"""

DOCUMENTS = {
    "bourget": {"title": "Convention Collège Bourget", "aliases": ["Collège", "Bourget"], "kind": "convention collective"},
    "cris": {"title": "Accord de la Commission scolaire crie", "aliases": ["CS crie", "Cris"],
             "kind": "accord modifiant une convention"},
}


@pytest.fixture(scope="module")
def direct() -> DirectAnswers:
    return table_answers([("bourget", "Annexe M", TEACHERS), ("bourget", "1-2.28", EXPERIENCE_ECHELON),
                          ("bourget", "Annexe N", PROFESSIONALS), ("bourget", "7-5.01", NON_TEACHERS_PLACEMENT),
                          ("cris", "1-1.46", SALARY_DEFINITION)], DOCUMENTS)


@pytest.mark.parametrize("question, schooling, experience", [
    ("17 ans de scolarité et 5 ans d'expérience", 17, 5),
    ("ma scolarité est évaluée à 17 ans et j'ai 3 ans d'expérience", 17, 3),
    ("18 années de scolarité et 10 années d'expérience reconnues", 18, 10),
    ("scolarité de 19 ans sans doctorat et 14 ans d'expérience", 19, 14),
    ("une expérience de 4 ans, une scolarité reconnue de 18 ans", 18, 4),
    ("dix-sept ans de scolarité et cinq ans d'expérience", 17, 5),
    ("dix-neuf années de scolarité et vingt et un ans d'expérience", 19, 21),
    ("scolarité 18 ans, expérience 6 ans", 18, 6),
    ("scolarité : 17 ans ; expérience : 2 ans", 17, 2),
])
def test_years_of_schooling_and_experience_in_their_wordings(question, schooling, experience):
    digits = _in_digits(question)
    assert (_years(_SCHOOLING.search(digits)), _years(_EXPERIENCE.search(digits))) == (schooling, experience)


def test_another_job_class_is_not_placed_by_the_teachers_rule(direct):
    answer = direct.answer("Je suis intervenant psychosocial au Collège avec 4 ans d'expérience et 17 ans de "
                           "scolarité, je gagne combien ?", [])
    assert answer is not None and answer.kind == "placement"
    assert answer.text.startswith("Le tableau de traitement (Annexe N, Intervenant psychosocial (37,5 heures/semaine))"
                                  " ne donne pas de règle de classement")
    assert "échelons" not in answer.text and "$" not in answer.text  # not Annexe M's note 14, no amount
    assert "(rf. annexe N ou O)" in answer.text and {c.clause for c in answer.citations} == {"7-5.01"}


def test_a_schooling_evaluated_at_17_years_is_placed(direct):
    answer = direct.answer("Ma scolarité est évaluée à 17 ans et j'ai 3 ans d'expérience. Quel est mon salaire "
                           "annuel au Collège à compter du 1er avril 2014 ?", [])
    assert answer is not None and answer.kind == "placement", answer and answer.text
    assert "échelon d'expérience 4" in answer.text and "+ 2 échelons" in answer.text
    assert "**Traitement à l'échelon 6**" in answer.text and "**47 904 $**" in answer.text


def test_years_written_annees_and_a_school_year(direct):
    answer = direct.answer("Enseignant au Collège : 18 années de scolarité et 1 année d'expérience reconnue. "
                           "Combien je gagne pour l'année scolaire 2013-2014 ?", [])
    assert answer is not None and answer.kind == "placement"
    assert "**Traitement à l'échelon 6**" in answer.text  # 1 + 1 + 4
    assert "**46 965 $**" in answer.text and "**47 904 $**" in answer.text


def test_an_agreement_without_any_scale_says_so_and_quotes_its_own_definition(direct):
    answer = direct.answer("Je suis prof à la CS crie avec 18 ans de scolarité et 7 ans d'expérience : à quel "
                           "échelon je suis classé et quel est mon salaire ?", [])
    assert answer is not None and answer.kind == "placement"
    assert "ne contient aucune échelle de traitement" in answer.text
    assert answer.abstained  # the documents do not give it: counted (and shown) as a refusal
    assert "6-5.00" in answer.text and "$" not in answer.text  # no other agreement's amount
    assert {(c.doc, c.clause) for c in answer.citations} == {("cris", "1-1.46")}


def test_the_last_or_first_echelon_asked_by_its_place():
    tables = find_tables(PROFESSIONALS, "bourget", "Annexe N")
    classes = [t.job_class for t in tables]
    last = parse_amount_question("Je suis intervenante psychosociale, rendue au dernier échelon : mon salaire au "
                                 "1er avril 2012 ?", classes)
    assert last.echelon is None and last.echelon_end == "last"
    cells = lookup(tables, last)
    assert [(c.row.label, c.value) for c in cells] == [("3", "41 983")]
    assert cells[0].note.startswith("dernier échelon de cette échelle : 3")
    assert parse_amount_question("au sommet de l'échelle, combien ?").echelon_end == "last"
    first = parse_amount_question("un intervenant psychosocial au premier échelon en avril 2013, combien ?", classes)
    assert [c.value for c in lookup(tables, first)] == ["39 955"]
    assert parse_amount_question("à l'échelon 2, combien ?").echelon_end is None


def test_the_last_echelon_is_answered_not_asked_back(direct):
    answer = direct.answer("Une intervenante psychosociale au Collège au dernier échelon, c'est combien par année "
                           "au 1er avril 2013 ?", [])
    assert answer is not None and answer.kind == "amount"
    assert answer.text.startswith("**42 718 $** par année"), answer.text


def test_the_top_or_entry_salary_and_a_range_in_the_columns_of_the_year_asked(direct):
    top = direct.answer("C'est quoi le salaire max d'un intervenant psychosocial au Collège en avril 2012 ?", [])
    assert top is not None and top.text.startswith("**41 983 $** par année"), top and top.text
    entry = direct.answer("Quel est le salaire d'entrée d'un intervenant psychosocial au Collège en avril 2013 ?", [])
    assert entry is not None and entry.text.startswith("**39 955 $** par année")
    assert parse_amount_question("le salaire minimum s'applique-t-il ?").echelon_end is None
    ranged = direct.answer("Combien gagne un intervenant psychosocial au Collège en 2012 ?", [])
    assert ranged is not None and ranged.text.startswith("Le montant dépend de l'échelon : de **39 268 $** (échelon 1) "
                                                         "à **41 983 $** (échelon 3), colonne « 1er avril 2012 »")


def test_a_placement_asked_of_no_agreement_says_which_has_the_scale_and_which_has_none(direct):
    answer = direct.answer("17 ans de scolarité et 3 ans d'expérience, combien je gagne en avril 2014 ?", [])
    assert answer is not None and answer.kind == "placement"
    # the calculation's agreement in its own sentence, the other one after it, apart
    assert answer.text.startswith("Calcul selon **Convention Collège Bourget**. Le texte indexé de **Accord de la "
                                  "Commission scolaire crie** ne contient ni échelle de traitement ni règle de "
                                  "classement.")
    assert "**47 904 $**" in answer.text
    named = direct.answer("Au Collège, 17 ans de scolarité et 3 ans d'expérience, combien en avril 2014 ?", [])
    assert named.text.startswith("**Classement (échelon)**")


def test_a_short_follow_up_changes_the_schooling_or_the_year_of_a_placement(direct):
    from assistant.types import Answer

    history = []
    for question in ("Au Collège, 17 ans de scolarité et 1 an d'expérience, combien en avril 2013 ?",
                     "Et avec 18 ans de scolarité ?", "Et en avril 2014 ?"):
        answer = direct.answer(question, [], history=list(history))
        assert answer is not None and answer.kind == "placement", (question, answer and answer.text)
        history.append(Answer(question=question, text=answer.text, citations=answer.citations, kind=answer.kind))
    first, second, third = (a.text for a in history)
    assert "**Traitement à l'échelon 4**" in first and "**43 212 $**" in first
    assert second.startswith("Scolarité de 18 ans, 1 année(s) d'expérience, avril 2013 :")
    assert "**Traitement à l'échelon 6**" in second and "**46 965 $**" in second
    assert "**Traitement à l'échelon 6**" in third and "**47 904 $**" in third
    echelon = direct.answer("Et à l'échelon 2 ?", [], history=history)
    assert echelon is not None and echelon.kind == "amount"  # an échelon asked is an amount follow-up
    # in the scale the placement used (Annexe M), not every class with an échelon 2
    assert echelon.text.startswith("**40 555 $** par année — Annexe M, échelon 2"), echelon.text


def test_an_echelon_past_the_end_of_the_class_scale_is_said_not_taken_from_another_class(direct):
    answer = direct.answer("Un intervenant psychosocial au Collège à l'échelon 12, combien en avril 2013 ?", [])
    assert answer is not None and answer.text.startswith(
        "L'échelle (Annexe N, Intervenant psychosocial (37,5 heures/semaine)) s'arrête à l'échelon 3 : il n'y a pas "
        "d'échelon 12, et les textes indexés ne donnent pas de montant pour un échelon 12."), answer and answer.text
    assert answer.abstained and "42 718 $" not in answer.text  # no amount answers it: a plain no, no other row's pay


def test_a_date_before_the_scales_first_column_is_said_and_a_later_year_marks_the_last_column(direct):
    before = direct.answer("Au Collège, un enseignant à l'échelon 2 gagnait combien en 2011 ?", [])
    assert before is not None and before.text.startswith(
        "L'échelle (Annexe M) commence au 1er avril 2013 : elle ne donne pas de montant pour 2011."), \
        before and before.text
    day = direct.answer("Au Collège, un enseignant à l'échelon 2 gagne combien au 1er janvier 2012 ?", [])
    assert day.text.startswith("L'échelle (Annexe M) commence au 1er avril 2013 : elle ne donne pas de montant pour "
                               "le 1er janvier 2012.")
    later = direct.answer("Au Collège, un enseignant à l'échelon 2 gagne combien en 2016 ?", [])
    assert later.text.startswith("**40 555 $** par année") and "(dernière colonne du tableau : la période demandée vient " \
        "plus d'un an après elle ; les hausses qui ont pu suivre n'y figurent pas" in later.text, later.text
    next_year = direct.answer("Au Collège, un enseignant à l'échelon 2 gagne combien en 2015 ?", [])
    assert "(dernière colonne du tableau)" in next_year.text, next_year.text  # within a year of the column: no warning


def test_experience_without_schooling_gives_each_schoolings_echelon_and_asks_it_then_a_follow_up_places(direct):
    from assistant.types import Answer

    question = "J'ai 1 an d'expérience au Collège, je suis à quel échelon ?"
    first = direct.answer(question, [])
    assert first is not None and first.kind == "placement", first and first.text
    assert "échelon d'expérience 2" in first.text and "Votre scolarité n'est pas indiquée" in first.text
    assert "- 2 échelons dans le cas de celui dont la scolarité est évaluée à 17 ans : **échelon 4**" in first.text
    assert "sans doctorat de 3e cycle : **échelon 6**" in first.text  # 8, capped at the scale's last échelon
    assert "$" not in first.text  # no schooling assumed, no amount
    history = [Answer(question=question, text=first.text, citations=first.citations, kind=first.kind)]
    second = direct.answer("J'ai 18 ans de scolarité, combien en avril 2014 ?", [], history=history)
    assert second is not None and "**Traitement à l'échelon 6**" in second.text and "**47 904 $**" in second.text


@pytest.mark.parametrize("question, expected", [
    ("ma scolarité est évaluée à 19 ans (pas de doctorat)", False),
    ("19 ans de scolarité, mais j'ai jamais fait de doctorat", False),
    ("je n'ai pas de doctorat", False),
    ("mon doctorat est pas fini", False),
    ("doctorat en cours", False),
    ("19 ans de scolarité sans doctorat de 3e cycle", False),
    ("Scolarité : 19 ans. Doctorat : non. Expérience : 4 ans.", False),
    ("19 ans avec doctorat", True),
    ("j'ai un doctorat", True),
    ("Pas de maîtrise, mais un doctorat", True),
    ("Et si j'avais un doctorat ?", True),
])
def test_a_doctorate_said_absent_or_unfinished_is_not_held(question, expected):
    assert holds_doctorate(question) is expected


@pytest.mark.parametrize("question, years", [
    ("J'enseigne depuis 5 ans complets.", 5),
    ("ça fait 3 ans que j'enseigne", 3),
    ("10 ans d'enseignement", 10),
])
def test_years_of_teaching_told_as_a_span_are_the_experience(question, years):
    assert _years(_EXPERIENCE.search(_in_digits(question))) == years


@pytest.mark.parametrize("question, years", [
    ("une seule année d'expérience", 1),
    ("un seul an d'expérience", 1),
    ("2 petites années d'expérience", 2),
    ("trois bonnes années d'enseignement", 3),
])
def test_a_word_between_the_number_and_the_years_keeps_the_experience(question, years):
    assert _years(_EXPERIENCE.search(_in_digits(question))) == years
