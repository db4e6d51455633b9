"""Each side of a comparison cites its right clause (assistant/comparisons.py): the topic's words read without the
spoken « -tu » particle (« on peut-tu me reconnaître »), a side said to lack the topic's rarest word on its clauses read
whole, « L'année scolaire » kept whole as the topic, a term quoted in one side's part defined on the side asking it
unquoted, a side asked a rule not led by a definition; inline passages, no index."""

from __future__ import annotations

from assistant.comparisons import SidePick, _meant, topic_of, topic_words
from tests.unit.test_compare_terms import CHUNKS as TERMS
from tests.unit.test_compare_terms import _defined
from tests.unit.test_comparison_topics import _answers, _in_order
from tests.unit.test_comparisons import clause as _clause


def test_the_tu_particle_is_no_topic_word():
    # « peut-tu » was one token « peuttu » that no passage holds, a share of every clause lost (DEV Q1543)
    assert topic_words("l'arbitre peut-tu ajouter son opinion") == topic_words("l'arbitre peut ajouter son opinion")
    assert "beaufrer" in topic_words("le décès de mon beau-frère")  # a compound word is still one


# the other agreement's rule on experience first, as the real retriever ranked Cris 6-4.07, then a clause on one
# leaving for another board holding a form of « reconnaître » too (Cris 5-3.19 F)
EXPERIENCE = [
    _clause("conv", "7-3.06", "7-3.06 En aucun temps, il n'est reconnu plus d'une (1) année d'expérience pour toute "
                              "année de travail.", 1),
    _clause("autre", "6-4.07", "6-4.07 En aucun temps, il n'est reconnu plus d'une année d'expérience pour toute "
                               "année scolaire.", 1),
    _clause("autre", "5-3.19", "5-3.19 Au moment de l'engagement d'une enseignante en disponibilité par une autre "
                               "commission, cette commission lui reconnaît les années d'expérience que lui avait "
                               "reconnues la Commission.", 2),
] + [_clause("conv", f"9-1.0{i}", f"9-1.0{i} Le grief est soumis par écrit à l'arbitre.", 10 + i) for i in range(1, 4)]
# (more passages: « reconnaître », held by one, is an uncommon word of the index, as in the real one)


def test_a_side_s_first_clause_is_not_weakened_by_the_tu_particle():
    answer = _answers(EXPERIENCE, _in_order(EXPERIENCE)).answer(
        "J'ai enseigné pis travaillé dans mon métier la même année : on peut-tu me reconnaître deux années "
        "d'expérience ? Au Collège pis dans l'entente autre ?", [])
    cited = {(c.doc, c.clause) for c in answer.citations}
    assert ("autre", "6-4.07") in cited and ("autre", "5-3.19") not in cited


def test_l_annee_scolaire_is_the_topic_not_l_annee():
    # « année scolaire » is a term both agreements define (Bourget 1-2.07, Cris 1-1.05); its elided article kept
    # « scolaire » off the topic (DEV Q1538: « L'année », Bourget 8-3.01 « L'année de travail … » quoted)
    names = ["Collège", "Cris"]
    assert topic_of("L'année scolaire, ça va de quand à quand chez les Cris ? Pis au Collège ?",
                    names) == "L'année scolaire"
    assert topic_of("L'année scolaire, elle commence pis finit quand au Collège ? Chez les Cris, c'est défini selon "
                    "quelle loi ?", names) == "L'année scolaire"


def test_a_term_quoted_in_one_side_s_part_is_defined_on_the_side_asking_it_unquoted():
    # the Bourget part says « régulier » without quotes: its definition (1-2.64), not the animator's rule ranked
    # first (DEV Q1540 « à temps partiel »: Bourget 1-2.61 « Salarié éducateur à temps partiel » instead of 1-2.33)
    answer = _answers(TERMS, _in_order(TERMS)).answer(
        "Dans l'entente autre, c'est qui un enseignant « régulier » ? Pis au Collège, un salarié régulier, ça veut "
        "dire quoi ?", [])
    cited = {(c.doc, c.clause) for c in answer.citations}
    assert ("conv", "1-2.64") in cited and ("autre", "1-1.27") in cited
    assert ("conv", "8-11.02") not in cited


# Bourget 3-2.03 says « sans frais », not « gratuitement »: its quoted sentence alone holds one word of five
LOCALS = [
    _clause("conv", "3-2.03", "3-2.03 Le Collège autorise l'Association à tenir des réunions dans les locaux du "
                              "Collège. Cette utilisation est sans frais.", 1),
    _clause("autre", "3-2.01", "3-2.01 La Commission fournit gratuitement au syndicat un local pour utiliser aux fins "
                               "d'une réunion.", 1),
] + [_clause("autre", f"9-1.{i:02d}", f"9-1.{i:02d} Le grief est soumis par écrit à l'arbitre.", 10 + i)
     for i in range(1, 25)]  # (more passages: « gratuitement », held by one, is a rare word of the index)


def test_a_side_lacks_the_rarest_word_only_when_its_clause_whole_holds_too_little():
    direct = _answers(LOCALS, _in_order(LOCALS))
    conv, autre = LOCALS[0], LOCALS[1]
    picks = {"conv": [SidePick(conv, "Cette utilisation est sans frais.", 0.2, False)],
             "autre": [SidePick(autre, autre.text, 0.6, False)]}
    topic = "syndicat peut-tu utiliser les locaux gratuitement"
    wanted = frozenset(topic_words(topic))
    also = {doc: [_meant(topic)] for doc in picks}  # « syndicat » as « Association »
    assert direct._lacking(picks, wanted, also) == set()  # its clause: « Association », « locaux », « utilisation »
    picks["conv"] = [SidePick(LOCALS[2], "Le grief est soumis par écrit à l'arbitre.", 0.0, False)]
    assert direct._lacking(picks, wanted, also) == {"conv"}  # a clause on something else


# the other agreement's definition of « Convention » first, as the real retriever ranked Cris 1-1.13, then its rule
PRINTING = [
    _clause("conv", "11-6.01", "11-6.01 La présente convention collective est imprimée par la Centrale aux frais du "
                               "Collège.", 1),
    _defined("autre", "1-1.13", "Convention", "La présente convention collective constituée des stipulations "
                                              "négociées.", 13),
    _clause("autre", "10-6.01", "10-6.01 Le texte de la convention est imprimé aux frais du Comité patronal.", 60),
]


def test_a_side_asked_a_rule_is_not_led_by_a_definition_holding_no_more():
    answer = _answers(PRINTING, _in_order(PRINTING)).answer(
        "L'impression de la convention collective, c'est payé par qui : le Collège ou l'entente autre ?", [])
    cited = {(c.doc, c.clause) for c in answer.citations}
    assert ("autre", "10-6.01") in cited and ("autre", "1-1.13") not in cited  # DEV Q805


def test_a_count_or_a_definition_asked_keeps_the_definition_first():
    for question in ("Une « convention », c'est quoi au Collège, pis dans l'entente autre ?",
                     "La convention collective, ça veut dire quoi au Collège comparé à l'entente autre ?"):
        cited = {(c.doc, c.clause) for c in _answers(PRINTING, _in_order(PRINTING)).answer(question, []).citations}
        assert ("autre", "1-1.13") in cited, question
