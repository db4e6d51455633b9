"""A doctorate held, said without years of schooling, beside years of experience (assistant/placement.py): placed at
the schooling of the one line of the scale's rule that names a doctorate held (Annexe M note 14: « 8 échelons … 19 ans
ou plus avec doctorat de 3e cycle »), the step saying so; a doctorate said absent, or a rule naming none, still lists
each schooling's échelon and asks it back, no amount."""

from __future__ import annotations

import pytest

from assistant.lookups import DirectAnswers

from .inline_answers import table_answers

RULE = """Annexe M Échelles annuelles de traitement des enseignants à temps complet

Échelons ¹⁴\tTraitement - 1er avril 2013\tTraitement - 1er avril 2014
1\t38 139\t38 902
2\t39 760\t40 555
3\t41 451\t42 280
4\t43 212\t44 076
5\t45 050\t45 951
6\t46 965\t47 904
7\t48 963\t49 942
8\t51 047\t52 068
9\t53 219\t54 283
10\t55 485\t56 595
11\t57 850\t59 007
12\t60 311\t61 517

¹⁴ L'enseignant se voit attribuer l'échelon correspondant à son expérience, augmenté de :

- 2 échelons dans le cas de celui dont la scolarité est évaluée à 17 ans ;
- 4 échelons dans le cas de celui dont la scolarité est évaluée à 18 ans ;
- 6 échelons dans le cas de celui dont la scolarité est évaluée à 19 ans ou plus sans doctorat de 3e cycle ;
- 8 échelons dans le cas de celui dont la scolarité est évaluée à 19 ans ou plus avec doctorat de 3e cycle.
"""

EXPERIENCE_ECHELON = """1-2.28 Échelon d'expérience

Subdivision en ordonnée d'une échelle de traitement correspondant à l'année d'expérience que le salarié éducateur est en voie d'acquérir.
"""

DOCUMENTS = {"bourget": {"title": "Convention Collège Bourget", "aliases": ["Collège", "Bourget"],
                         "kind": "convention collective"}}


def _direct(rule: str) -> DirectAnswers:
    return table_answers([("bourget", "Annexe M", rule), ("bourget", "1-2.28", EXPERIENCE_ECHELON)], DOCUMENTS)


@pytest.mark.parametrize("question", [
    "J'ai un doctorat de 3e cycle pis 2 années d'expérience. Prof au Collège en 2014, combien j'faisais par année ?",
    "Au Collège, avec mon doctorat et deux ans d'expérience, je gagne combien en 2014 ?",
])
def test_a_doctorate_without_years_of_schooling_is_placed_by_the_rules_doctorate_line(question):
    answer = _direct(RULE).answer(question, [])
    assert answer is not None and answer.kind == "placement", answer and answer.text
    assert "qu'à une scolarité de 19 ans ou plus" in answer.text and "+ 8 échelons" in answer.text, answer.text
    assert "**Traitement à l'échelon 11**" in answer.text and "**59 007 $**" in answer.text, answer.text
    assert "Votre scolarité n'est pas indiquée" not in answer.text


def test_a_doctorate_said_absent_or_a_rule_naming_none_still_asks_the_schooling_back():
    absent = _direct(RULE).answer("Au Collège, j'ai 2 ans d'expérience et pas de doctorat, je gagne combien ?", [])
    assert absent is not None and "Votre scolarité n'est pas indiquée" in absent.text and "$" not in absent.text, \
        absent and absent.text
    no_line = RULE.replace(" ;\n- 8 échelons dans le cas de celui dont la scolarité est évaluée à 19 ans ou plus avec "
                           "doctorat de 3e cycle.", ".")
    unruled = _direct(no_line).answer("Au Collège, j'ai un doctorat et 2 ans d'expérience, je gagne combien ?", [])
    assert unruled is not None and "Votre scolarité n'est pas indiquée" in unruled.text and "$" not in unruled.text, \
        unruled and unruled.text
