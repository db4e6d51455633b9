"""Refusals of one specific thing the best passages never state while they speak of its neighbour (task C, DEV
Q1356, Q1358, Q1450, Q1453, Q895, Q1052): a notice before an act none of them dates, a payment asked by its kind that no
sentence pays for the question's topic, a reimbursement of a thing their sentences name and never pay."""

from __future__ import annotations

from assistant.scope import benefit_off_topic, benefit_unpaid, missing_benefit, missing_date_act
from assistant.types import Hit
from ingest.types import Chunk


def _passages(*texts: str, doc: str = "doc") -> list[Hit]:
    return [Hit(Chunk(chunk_id=f"{doc}:{i}", doc=doc, clause_id=f"3-6.0{i}", kind="clause", text=t, indexed_text=t),
                score=1.0 - i / 10, why=("dense",)) for i, t in enumerate(texts, start=1)]


UNION_ABSENCE = _passages(
    "À moins de circonstances incontrôlables, cette autorisation de s'absenter est sujette à un préavis téléphonique "
    "soumis à la directrice ou au directeur d'école dans un délai de 48 heures.",
    "Le Syndicat doit acheminer un avis écrit à la direction du personnel de la Commission dans les 5 jours du début de "
    "l'absence.")


def test_a_notice_before_an_act_no_passage_dates_is_refused():
    # DEV Q1358: 3-6.06 gives the notice of a union absence, nothing of a strike
    question = ("Chez les Cris, le syndicat doit donner combien de jours de préavis à la Commission avant de déclencher "
                "une grève ?")
    assert missing_date_act(question, UNION_ABSENCE) == "déclencher une grève"
    assert missing_date_act("La Commission doit m'avertir combien de jours d'avance avant de modifier mon horaire de "
                            "travail ?", UNION_ABSENCE) == "modifier mon horaire de travail"
    strike = _passages("Le Syndicat donne à la Commission un préavis de sept (7) jours avant toute grève.")
    assert missing_date_act(question, UNION_ABSENCE + strike) == ""
    # the act named by a noun (« avant une grève »)
    assert missing_date_act("L'Association doit donner combien de jours de préavis avant une grève ?", UNION_ABSENCE) == "grève"


def test_a_notice_before_an_act_a_passage_dates_is_answered():
    schedule = _passages("Le Collège ne peut modifier l'horaire de travail d'un animateur sans un préavis de sept (7) jours "
                         "de calendrier, à moins du consentement de l'animateur concerné.")
    assert missing_date_act("Je suis animateur : combien de jours de préavis le Collège doit-il me donner avant de "
                            "modifier mon horaire ?", schedule) == ""
    # a notice asked with no act after it is not this check's (« … doit donner combien de temps de préavis ? »)
    assert missing_date_act("Un délégué syndical doit donner combien de temps de préavis à la direction ?", schedule) == ""


FIELDS = (_passages("Champ 4 - Ce champ comprend les enseignantes ou enseignants dispensant l'enseignement de la langue "
                    "crie.\nChamp 5 - Ce champ comprend les enseignantes ou enseignants dispensant l'enseignement de la "
                    "culture crie.")
          + _passages("La prime pour une période de paie est établie selon le tarif applicable à la participante ou au "
                      "participant au premier jour de cette période.", "L'enseignante ou l'enseignant permanent bénéficie "
                      "alors d'une prime de séparation équivalente à 2 mois de traitement.", doc="doc2"))


def test_a_premium_asked_that_no_sentence_pays_for_the_topic_is_refused():
    # DEV Q1356: the fields name the Cree language; the premiums are insurance's and a severance's
    question = "Chez les Cris, est-ce qu'un prof qui enseigne la langue crie reçoit une prime en argent pour ça ?"
    found = benefit_off_topic(question, FIELDS)
    assert found is not None and found.thing == "une prime"
    paid = _passages("L'enseignante ou l'enseignant qui enseigne la langue crie reçoit une prime annuelle de 500 $.",
                     doc="doc3")
    assert benefit_off_topic(question, FIELDS + paid) is None


def test_a_premium_asked_is_answered_when_the_best_passage_pays_it_under_another_name():
    # Q1455: « prime » asked, 6-6.01 pays a « supplément annuel »
    school = _passages("L'enseignante ou l'enseignant qui agit en tant que responsable dans une école reçoit, pour ses "
                       "responsabilités additionnelles : un supplément annuel de 1 383 $.")
    question = "Chez les Cris, un prof qui agit comme responsable d'école reçoit-il une prime pour ça ?"
    assert benefit_off_topic(question, school + FIELDS) is None
    assert missing_benefit(question, school) == ""


def test_a_premium_no_passage_names_is_refused():
    # DEV Q1450: 1-2.68 defines the specialist; no passage speaks of a premium
    specialist = _passages("Le spécialiste au primaire est l'enseignant qui n'est pas titulaire d'un groupe au secteur "
                           "primaire et qui enseigne l'une des matières suivantes : anglais, arts plastiques, musique.")
    question = ("Au Collège, un prof spécialiste en musique au primaire reçoit-il une prime en plus de son salaire pour "
                "cette spécialité ?")
    assert missing_benefit(question, specialist) == "une prime"


def test_an_allowance_for_a_thing_the_paying_sentences_do_not_name_is_refused():
    # DEV Q895: Annexe X lends clothes and runs sports; the only « allocation » is a teaching allocation norm
    clothes = (_passages("Animations sportives ; objets perdus et gestion du prêt de vêtements ; organisation du Gala "
                         "sportif.")
               + _passages("Changements dans les normes d'allocation pour l'enseignement.", doc="doc2"))
    question = "J'enseigne l'éduc au Collège : est-ce qu'ils me donnent une allocation pour mes vêtements de sport ?"
    assert benefit_off_topic(question, clothes) is not None


def test_a_reimbursement_of_a_thing_named_but_never_paid_is_refused():
    # DEV Q1052: « forfait » is a subcontract's (5-8.01), no sentence pays a phone plan
    contract = _passages("Le Collège ne peut faire effectuer de travail en sous-traitance ou à forfait si le travail a pour "
                         "effet de causer une mise à pied.")
    question = "Au Collège, le Collège me rembourse-tu une partie de mon forfait ?"
    found = benefit_unpaid(question, contract)
    assert found is not None and found.clauses == ("3-6.01",)
    paid = _passages("Les frais de forfait téléphonique sont remboursés sur présentation des pièces justificatives.",
                     doc="doc2")
    assert benefit_unpaid(question, contract + paid) is None


def test_a_reimbursement_paid_by_a_sentence_or_its_heading_is_answered():
    travel = [Hit(Chunk(chunk_id="w:1", doc="bourget", clause_id="Annexe W", kind="annex", indexed_text="",
                        title="Politique relative aux frais de déplacement",
                        text="Le coût réel du litre d'essence divisé par 10 ; le quotient étant multiplié par la suite par "
                             "le nombre de kilomètres effectivement parcourus.\nLes frais de stationnement sont remboursés "
                             "sur présentation des pièces justificatives."), score=1.0, why=("dense",))]
    assert benefit_unpaid("Le Collège me rembourse-tu l'essence ?", travel) is None
    assert benefit_unpaid("Le Collège me rembourse-tu mon stationnement quand je me déplace ?", travel) is None
    # « lors d'un déplacement » is the circumstance, not the thing (« lors » is in none of the passages)
    assert missing_benefit("Le Collège me paie-tu mes frais de stationnement lors d'un déplacement ?", travel) == ""
    # a thing given, not paid (DEV Q752: « me donner d'autres responsabilités »), is no reimbursement
    assert benefit_unpaid("On peut-tu me donner d'autres responsabilités ?", travel) is None
