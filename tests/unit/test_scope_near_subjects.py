"""Questions near a subject the agreements cover, asking another thing of it (fresh DEV Q1690–Q1692, Q1778, Q1779,
written before these rules; their answerable neighbours Q1780, Q1781): a body no document names (« le conseil de bande »),
a thing asked to be paid by « qui paie … ? » or in the passive (« les frais du service de garde sont-ils réduits ? »), a
share of a thing asked of the employer by its full name (« la Commission scolaire crie paie-t-elle une partie du prix des
aliments ? »), a count of people asked of one side that the passages give the other side (« combien de représentants le
Collège y nomme-t-il ? »); and « quel » asking another thing than the money the question names (« le loyer est retenu à
quelle fréquence ? », Q1781, refused before as asking dollars). Each rule is tried on paraphrases with other words, other
clauses and other sentence shapes, and on look-alikes the passages do answer."""

from __future__ import annotations

import pytest

from assistant.scope import (ScopeParams, Vocabulary, benefit_unpaid, missing_benefit, missing_value, other_side_count,
                             out_of_corpus, unnamed_benefit, unnamed_body)
from assistant.types import Hit
from tests.unit.builders import chunk


def hits(*chunks) -> list[Hit]:
    return [Hit(c, 1.0 - 0.01 * rank, ("dense", "bm25")) for rank, c in enumerate(chunks)]


# -- a body no document names ----------------------------------------------------------------

VOCABULARY = Vocabulary("la commission doit consulter le comite de la commission sur la politique concernant le logement "
                        "sante securite travail relations ordre professionnel etablissement parents ecole enseignant "
                        "obtenir accord avant adopter communaute intervenir grief".split())


@pytest.mark.parametrize("question, name, word", [
    ("Avant d'adopter sa politique sur le logement des enseignants, la Commission scolaire crie doit-elle obtenir "
     "l'accord du conseil de bande de la communauté ?", "conseil de bande", "bande"),
    ("Le conseil de bande de ma communauté peut-il décider qui a un logement ?", "conseil de bande", "bande"),
    ("Est-ce que l'ordre des psychoéducateurs peut exiger que je suive une formation ?", "ordre des psychoéducateurs",
     "psychoéducateurs"),
    ("Le protecteur du citoyen peut-il intervenir dans mon grief ?", "protecteur du citoyen", "citoyen"),
])
def test_a_body_no_document_names_is_refused(question, name, word):
    body = unnamed_body(question, VOCABULARY)
    assert body is not None and body.name == name and body.words == (word,)
    refusal = out_of_corpus(question, hits(chunk("4-3.11 La Commission doit consulter le comité de la Commission sur "
                                                 "la politique concernant le logement.", "4-3.11", 1)), VOCABULARY)
    assert refusal is not None and f"« {name} »" in refusal.text


@pytest.mark.parametrize("question", [
    "La Commission doit-elle consulter le comité de la Commission sur la politique de logement ?",
    "Au comité de santé et de sécurité du travail, qui siège ?",  # every word a document's
    "Le conseil d'établissement de mon école peut-il changer mon horaire ?",
    "Mon ordre professionnel peut-il m'obliger à suivre une formation ?",  # no « de » after the kind: a document's words
    "Le comité de relations du travail se réunit quand ?",
])
def test_a_body_the_documents_name_or_none_is_left_alone(question):
    assert unnamed_body(question, VOCABULARY) is None


# -- a thing asked to be paid by « qui paie » or in the passive ------------------------------------

HOUSING = chunk("13-13.03 La Commission assume le logement dans la localité d'affectation; le loyer est déduit à toutes "
                "les 2 semaines sur chaque versement de la paie.", "13-13.03", 1)
FOOD = chunk("12-8.01 L'enseignant bénéficie du remboursement des frais de transport de cette nourriture jusqu'à "
             "concurrence de 727 kilogrammes par année.", "12-8.01", 2)
ARBITRATION = chunk("9-2.20 Les honoraires et les frais de l'arbitre sont payés à parts égales par les parties.", "9-2.20", 3)


@pytest.mark.parametrize("question, thing", [
    ("Dans le logement que la Commission scolaire crie fournit aux profs venus du Sud, qui paie l'électricité pis le "
     "chauffage : moi ou la Commission ?", "l'électricité pis le chauffage"),
    ("Mon appartement fourni par la Commission, c'est qui qui paie le déneigement ?", "le déneigement"),
    ("Qui rembourse mes frais de téléphone, moi ou l'employeur ?", "mes frais de téléphone"),
])
def test_who_pays_a_thing_no_passage_names_is_refused(question, thing):
    assert missing_benefit(question, hits(HOUSING, FOOD, ARBITRATION)) == thing


@pytest.mark.parametrize("question", [
    "Qui paie le billet d'avion ?",  # no asker: which party pays is the answerer's
    "Quand je vais en arbitrage, qui paie les frais de l'arbitre ?",  # a passage names them
    "Mon loyer, qui le paie ?",  # no thing after the verb
])
def test_who_pays_a_thing_the_passages_name_or_no_asker_is_left_alone(question):
    assert missing_benefit(question, hits(HOUSING, FOOD, ARBITRATION)) == ""


TUITION = chunk("11-5.01 Le Collège octroie une réduction des frais de scolarité pour chaque enfant qui fréquente le Collège "
                "Bourget des salariés éducateurs.", "11-5.01", 4)
DAYCARE = chunk("8-13.05 Le service de garde est un service d'animation offert aux élèves du niveau primaire, à la fin de "
                "la journée de classe.", "8-13.05", 5)
CAFETERIA = chunk("8-11.02 L'animateur assure la surveillance de la cafétéria pendant la période du dîner.", "8-11.02", 6)
PARKING = chunk("Annexe W 3. Les frais de stationnement sont remboursés sur présentation des pièces justificatives.",
                "Annexe W", 7)


@pytest.mark.parametrize("question, thing", [
    ("Ma fille reste au service de garde après les classes. Vu que je travaille à temps plein au Collège, les frais du "
     "service de garde sont-ils réduits pour moi aussi ?", "les frais du service de garde"),
    ("Au Collège, mes surveillances de cafétéria sont-tu payées en plus ?", "mes surveillances de cafétéria"),
    ("Le service de garde de mon gars est-il gratuit pour le personnel ?", "Le service de garde de mon gars"),
])
def test_a_thing_asked_in_the_passive_that_no_naming_sentence_pays_is_refused(question, thing):
    unpaid = benefit_unpaid(question, hits(TUITION, DAYCARE, CAFETERIA, PARKING))
    assert unpaid is not None and unpaid.thing == thing


@pytest.mark.parametrize("question", [
    "En mandat, les frais de stationnement sont-ils remboursés ?",  # Annexe W pays them
    "Les frais de scolarité de mon enfant au Collège sont-ils réduits ?",  # 11-5.01 grants the reduction
    "Le service de garde est-il offert les journées pédagogiques ?",  # no payment asked
])
def test_a_thing_asked_in_the_passive_that_a_sentence_pays_or_no_payment_is_left_alone(question):
    assert benefit_unpaid(question, hits(TUITION, DAYCARE, CAFETERIA, PARKING)) is None


# -- a share of a thing asked of the employer by its full name ----------------------------------------

@pytest.mark.parametrize("question, thing", [
    ("À Wemindji, le panier d'épicerie coûte presque le double. À part le transport, la Commission scolaire crie "
     "paie-t-elle une partie du prix des aliments eux-mêmes ?", "prix des aliments eux-mêmes"),
    ("La Commission scolaire crie rembourse-t-elle le reste de la facture du vétérinaire ?", "la facture du vétérinaire"),
    ("Le Collège Bourget paie-tu une partie de l'abonnement au gym ?", "l'abonnement"),
])
def test_a_share_asked_of_the_employer_by_name_is_read_at_its_head(question, thing):
    assert missing_benefit(question, hits(HOUSING, FOOD, ARBITRATION)) == thing


def test_a_share_of_a_thing_with_a_word_no_document_uses_is_said_as_such():
    # DEV Q722: « cellulaire » is in no document; unnamed_benefit says so, rather than « mon forfait » left out
    question = "Au Collège, le Collège paie-tu une partie de mon forfait de cellulaire quand je texte les parents ?"
    words = Vocabulary("le college paie une partie de mon forfait transport nourriture logement".split())
    assert missing_benefit(question, hits(HOUSING, FOOD), vocabulary=words) == ""
    assert unnamed_benefit(question, words).words == ("cellulaire",)


def test_a_share_of_a_thing_the_passages_pay_is_left_alone():
    assert missing_benefit("La Commission scolaire crie paie-t-elle une partie du transport de ma nourriture ?",
                           hits(HOUSING, FOOD, ARBITRATION)) == ""


# -- a count of people asked of one side ---------------------------------------------------------

HEALTH = chunk("9-1.01 L'Association désigne deux (2) représentants qui siègent au comité de santé et de sécurité du "
               "travail du Collège pour maintenir des conditions de travail qui respectent la santé.", "9-1.01", 8)
LABOUR = chunk("4-2.01 Le comité de relations du travail (CRT) est un comité permanent composé de trois (3) représentants "
               "du Collège et de trois (3) représentants de l'Association qui sont membres de l'unité d'accréditation.",
               "4-2.01", 9)
CONSULTATIVE = chunk("4-3.02 Au niveau de la Commission, un organisme consultatif sera formé, composé d'une part d'un "
                     "maximum de 4 représentantes ou représentants des enseignantes et enseignants désignés par le Syndicat "
                     "et d'autre part d'un maximum de 4 représentantes ou représentants de la Commission.", "4-3.02", 10)
UNION_COMMITTEE = chunk("5-9.02 Le Syndicat nomme trois (3) membres au comité de perfectionnement des enseignants.",
                        "5-9.02", 11)


@pytest.mark.parametrize("question", [
    "Au comité de santé et de sécurité du travail du Collège Bourget, combien de représentants le Collège y nomme-t-il "
    "de son côté ?",
    "Combien de représentants du Collège siègent au comité de santé et de sécurité du travail ?",
    "Pour le comité de perfectionnement, la Commission désigne combien de membres ?",
])
def test_a_count_the_passages_give_the_other_side_only_is_refused(question):
    found = other_side_count(question, hits(HEALTH, LABOUR, UNION_COMMITTEE))
    assert found is not None and found.side == "employer" and found.clauses


@pytest.mark.parametrize("question, passages", [
    ("Au Collège Bourget, l'Association a droit à combien de représentants au comité de santé et de sécurité du travail ?",
     (HEALTH, LABOUR)),  # the union's count, asked of the union
    ("Au comité de relations du travail, combien de représentants le Collège nomme-t-il ?", (HEALTH, LABOUR)),
    ("Le Syndicat désigne combien de représentants à l'organisme consultatif de la Commission ?", (CONSULTATIVE,)),
    ("Combien de représentants siègent au comité de santé et de sécurité du travail ?", (HEALTH,)),  # no side asked
])
def test_a_count_given_to_the_side_asked_or_no_side_asked_is_left_alone(question, passages):
    assert other_side_count(question, hits(*passages)) is None


def test_zero_value_hits_turns_the_side_check_off():
    question = "Combien de représentants du Collège siègent au comité de santé et de sécurité du travail ?"
    assert other_side_count(question, hits(HEALTH), ScopeParams(value_hits=0)) is None


# -- « quel » asking another thing than the money it names ------------------------------------------

@pytest.mark.parametrize("question", [
    "Chez les Cris, je loge dans le logement fourni par la Commission. Le loyer est retenu sur ma paie à quelle fréquence ?",
    "Mon loyer, on me le prélève à quel moment de l'année ?",
    "Le montant de la prime d'isolement est ajusté selon quel nombre de jours ?",
])
def test_quel_asking_another_thing_than_the_money_is_no_dollar_question(question):
    assert missing_value(question, hits(HOUSING)) == ""


@pytest.mark.parametrize("question", [
    "Chez les Cris, quel est le loyer de mon logement ?",
    "Le loyer de mon logement, c'est quel montant par mois ?",
    "Quels sont les coûts du logement pour moi ?",
])
def test_quel_asking_the_money_still_needs_an_amount_stated(question):
    assert missing_value(question, hits(HOUSING)) != ""
