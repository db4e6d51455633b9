"""Two placements of the same experience, their gap asked (assistant/placement.py ``_placement_asked``): a schooling
recognised anew whose rise is asked (« j'avais 16 ans … on me reconnaît 17 ans … Mon salaire monte de combien ? »,
Q1794), and the same schooling with and without a doctorate of two people (« elle a un doctorat de 3e cycle pis moi
non … combien de plus ? », Q1801): both placements, both pays, then « Écart »; nothing when no gap is asked."""

from __future__ import annotations

from .test_amount_doctorate_placement import RULE, _direct


def test_a_schooling_recognised_anew_gives_both_placements_and_the_rise():
    answer = _direct(RULE).answer("Au Collège, j'avais 16 ans de scolarité pis 2 ans d'expérience. En mai 2014, on me "
                                  "reconnaît 17 ans de scolarité. Mon salaire annuel monte de combien avec ça ?", [])
    assert answer is not None and answer.kind == "placement", answer and answer.text
    assert "**Classement (échelon), scolarité de 17 ans**" in answer.text, answer.text
    assert "Écart : **3 671 $** par année : 42 280 $ (échelon 3, scolarité de 16 ans) → 45 951 $ (échelon 5, " \
        "scolarité de 17 ans)" in answer.text, answer.text


def test_the_same_schooling_with_and_without_a_doctorate_gives_the_gap():
    answer = _direct(RULE).answer("Au Collège, ma collègue pis moi on a 19 ans de scolarité pis 3 ans d'expérience, mais "
                                  "elle a un doctorat de 3e cycle pis moi non. En mai 2014, elle gagne combien de plus "
                                  "que moi par année ?", [])
    assert answer is not None and answer.kind == "placement", answer and answer.text
    assert "**Classement (échelon), scolarité de 19 ans, sans doctorat**" in answer.text, answer.text
    assert "Écart : **4 922 $** par année : 61 517 $ (échelon 12, scolarité de 19 ans, avec doctorat) → 56 595 $ " \
        "(échelon 10, scolarité de 19 ans, sans doctorat)" in answer.text, answer.text


def test_no_second_placement_without_a_gap_asked():
    answer = _direct(RULE).answer("Au Collège, j'avais 16 ans de scolarité pis 2 ans d'expérience, on me reconnaît "
                                  "maintenant 17 ans de scolarité. C'est quoi mon salaire en mai 2014 ?", [])
    assert answer is not None and "Écart" not in answer.text, answer and answer.text
    held = _direct(RULE).answer("Au Collège, j'ai 19 ans de scolarité pis 3 ans d'expérience pis un doctorat de 3e "
                                "cycle. En mai 2014, je gagne combien ?", [])
    assert held is not None and "sans doctorat**" not in held.text and "Écart" not in held.text, held and held.text
