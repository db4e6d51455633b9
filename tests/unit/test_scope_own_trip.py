"""Whose trip a trip's cost is asked for: the employer's errand, or an occasion of the asker's own.

Bourget pays a trip's costs (Annexe W: kilometres, fuel, parking, meals) for a trip made « à la demande du Collège … dans
le cadre de ses fonctions » by « le salarié éducateur mandaté » (6-11.02). A question asking those costs for a trip it says
is for something else (« les funérailles de ma sœur », « le BEM … pour mon accident de travail ») is not answered with
Annexe W's rates (DEV Q1269, Q668): :func:`assistant.scope.own_trip`. The employer's errand or the work said in any words
(« le Collège m'envoie », « un mandat », « une formation », « avec mes élèves »), nothing told of the trip, or a passage
paying the cost with no errand condition (Cris 5-10.51: an injured teacher's transport) leaves the question alone.
Paraphrases with other occasions, costs and sentence shapes than the DEV items."""

from __future__ import annotations

import pytest

from assistant.scope import ScopeParams, Vocabulary, own_trip, unpaid_trip
from assistant.types import Hit
from ingest.types import Chunk

ANNEX_W = ("1. Conformément aux dispositions prévues au paragraphe 3 de la clause 6-11.02, les frais de déplacement sont "
           "calculés selon les règles indiquées au tableau suivant : Tarif de base pour les premiers 200 kilomètres 35 $. "
           "Le coût réel du litre d'essence divisé par 10. 3. Les frais de stationnement sont remboursés sur présentation "
           "des pièces justificatives. 4. Les frais de repas sont remboursés, avec pièces justificatives : Dîner 12 $. "
           "Les kilomètres effectivement parcourus, aller et retour, entre le Collège et le lieu où il doit accomplir son "
           "mandat.")
ERRAND = ("6-11.02 À la demande du Collège, lorsque le salarié éducateur est appelé à l'extérieur de l'établissement dans "
          "le cadre de ses fonctions, les déplacements du salarié éducateur mandaté s'effectuent selon l'ordre suivant : "
          "utilisation du véhicule personnel avec remboursement des frais selon l'annexe W.")
LEAVES = "6-1.02 a) En cas de décès de sa sœur : trois (3) jours ; e) le mariage de son frère : le jour de l'événement."
INJURY = ("5-10.51 B) Les frais de transport de la victime d'une lésion professionnelle, le billet d'avion et l'essence de l'enseignante ou l'enseignant sont assumés "
          "par la Commission, le cas échéant, dans la mesure où ils ne sont pas assumés par un autre organisme.")

VOCABULARY = Vocabulary([], names={"college", "bourget", "cris", "commission"})


def _hit(clause: str, text: str, doc: str = "bourget", heading: str = "") -> Hit:
    chunk = Chunk(chunk_id=f"{doc}:{clause}", doc=doc, clause_id=clause, kind="clause", text=text, indexed_text=text,
                  heading_path=(heading,) if heading else ())
    return Hit(chunk, score=1.0, why=("dense",))


BOURGET = [_hit("Annexe W", ANNEX_W, heading="Annexe W Politique relative aux frais de déplacement"),
           _hit("6-11.02", ERRAND, heading="6-11.00 Frais de séjour et déplacement"),
           _hit("6-1.02", LEAVES, heading="6-1.00 Congés spéciaux")]


@pytest.mark.parametrize("question, occasion", [
    ("Au Collège, l'enterrement de mon grand-père est à Rimouski samedi. Le Collège me paie-tu l'essence pour m'y rendre ?",
     "enterrement"),
    ("Mon frère se marie en Gaspésie pis j'y vais en auto. Est-ce que le Collège me rembourse mes kilomètres ?", "marie"),
    ("Au Collège, j'ai un rendez-vous chez l'ophtalmologiste à Québec. Le Collège me rembourse-tu le stationnement ?",
     "ophtalmologiste"),
    ("Je suis assignée comme témoin au procès de mon voisin. Le Collège me paie-tu mes repas pis mon essence ?", "témoin"),
    ("Les obsèques de ma tante ont lieu loin d'ici. Mes frais de déplacement sont-tu remboursés par le Collège ?",
     "obsèques"),
])
def test_a_trips_cost_asked_for_an_occasion_of_ones_own_is_not_the_errand_paid(question, occasion):
    found = own_trip(question, BOURGET, ScopeParams(), VOCABULARY)
    assert found is not None and occasion in found.occasion, question
    assert "Annexe W" in found.clauses


@pytest.mark.parametrize("question", [
    # the employer's errand or the work, said in other words
    "La direction m'a demandé d'aller chercher du matériel à Montréal. Le Collège me rembourse-tu l'essence ?",
    "Je dois accompagner mes élèves au musée avec mon char. Le Collège me paie-tu le stationnement ?",
    "Le Collège m'inscrit à un colloque à Sherbrooke : il me rembourse-tu l'hôtel pis les repas ?",
    "Au Collège, je vais donner une formation aux profs d'une autre école. Le Collège me paie-tu mes kilomètres ?",
    "Pour mon mandat à Trois-Rivières, le Collège me rembourse-tu le stationnement ?",
    # nothing told of what the trip is for
    "Au Collège, quand je prends mon auto, le Collège me rembourse-tu l'essence ?",
    # another person's trip: a spouse may use the teacher's trips out (Cris 12-4.05), whose costs the question asks
    "Ma blonde vient me visiter pour ma fête. Le Collège me paie-tu le billet d'avion de ma blonde ?",
    "Mon fils vient aux funérailles de sa grand-mère avec moi. Le Collège me rembourse-tu ses repas ?",
    # no trip's cost asked: a day of leave, a thing said free
    "Les funérailles de ma sœur sont à 500 km : le Collège me paie-tu une journée de plus ?",
    "Le stationnement est-tu gratuit pour les profs sur le terrain du Collège ?",
])
def test_the_employers_errand_the_work_or_no_occasion_told_is_left_alone(question):
    assert own_trip(question, BOURGET, ScopeParams(), VOCABULARY) is None, question


def test_a_cost_paid_with_no_errand_condition_is_left_alone():
    """Cris 5-10.51 pays an injured teacher's transport whatever the trip: the question is the answerer's."""
    cris = [_hit("5-10.51", INJURY, doc="cris", heading="5-10.00 Droits parentaux et lésions professionnelles")]
    question = "Chez les Cris, je me suis blessé pis j'ai dû aller à l'hôpital de Chibougamau. La Commission me paie-tu le billet d'avion ?"
    assert own_trip(question, cris, ScopeParams(), VOCABULARY) is None
    # nor when a passage paying the cost speaks of the occasion asked
    told = [_hit("Annexe W", ANNEX_W + " Le déplacement pour les funérailles d'une sœur est remboursé.")]
    assert own_trip("Les funérailles de ma sœur sont loin. Le Collège me rembourse-tu l'essence ?", told,
                    ScopeParams(), VOCABULARY) is None


def _vocabulary(*texts: str) -> Vocabulary:
    """The vocabulary of passages, as the index builds it (what pays a trip included)."""
    chunks = [Chunk(chunk_id=f"x:{i}", doc="bourget", clause_id=f"c{i}", kind="clause", text=t, indexed_text=t)
              for i, t in enumerate(texts)]
    return Vocabulary.from_chunks(chunks, {"bourget": {"title": "Convention Collège Bourget", "aliases": ["Collège"]}})


def test_the_vocabulary_keeps_the_passages_that_pay_a_trip():
    vocabulary = _vocabulary(ANNEX_W, ERRAND, LEAVES, INJURY)
    # Annexe W and 5-10.51; not the leaves, nor 6-11.02, whose trips (« les déplacements … s'effectuent ») and payment
    # (« avec remboursement des frais ») are in two sentences
    assert len(vocabulary.trip_paid) == 2


@pytest.mark.parametrize("question", [
    "Mon père se remarie à Gatineau pis j'y vais en char. Le Collège me rembourse-tu le millage ?",
    "Au Collège, l'Association m'envoie à un congrès à Québec. Le Collège me paie-tu l'hôtel pis les repas ?",
    "Ma grand-mère est décédée à Matane ; est-ce que le Collège me rembourse le billet d'avion pour les funérailles ?",
])
def test_no_passage_of_the_documents_pays_a_trip_for_that_occasion(question):
    """Asked before the computed answers, which would quote Annexe W's rates (DEV Q668's « 125 $ pour 800 km »)."""
    assert unpaid_trip(question, _vocabulary(ANNEX_W, ERRAND, LEAVES, INJURY)) is not None, question


@pytest.mark.parametrize("question", [
    # an occasion a passage paying a trip names (Cris 5-10.51: a « lésion professionnelle »)
    "Chez les Cris, j'ai eu une lésion professionnelle pis j'ai dû aller à Chibougamau. La Commission me paie-tu le "
    "billet d'avion ?",
    "Le Collège m'envoie à une formation à Québec avec mon auto : on me rembourse-tu les kilomètres ?",
    "Quand je prends mon auto, le Collège me rembourse-tu l'essence ?",
])
def test_a_trip_the_documents_pay_or_nothing_told_is_left_to_the_passages(question):
    assert unpaid_trip(question, _vocabulary(ANNEX_W, ERRAND, LEAVES, INJURY)) is None, question
    # and a vocabulary built without passages knows of no trip paid: nothing is refused for it
    assert unpaid_trip("Mon père se remarie. Le Collège me rembourse-tu le millage ?", VOCABULARY) is None
