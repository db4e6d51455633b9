"""A payment asked of a thing by a pronoun (« … me les rembourse-tu ? », « c'est-tu moi qui les paie ? »), the thing set
before the asking clause with any determiner or told in the sentence before the question (scope._taken_up: DEV Q2256,
Q2257, answered from unrelated clauses): read as the benefit asked, by the rules that refuse a thing no document names
(unnamed_benefit) or that the passages name and never pay (benefit_unpaid). Paraphrases, not the DEV items."""

from __future__ import annotations

from assistant.scope import Vocabulary, _taken_up, benefit_unpaid, unnamed_benefit
from assistant.types import Hit
from ingest.types import Chunk

VOCABULARY = Vocabulary(("college commission rembourse paie payer frais verification antecedents judiciaires formulaire "
                         "engagement assurance collective examen cours langue stationnement nouvelles nouveau").split(),
                        names={"college", "commission", "bourget"})


def _hit(clause: str, text: str) -> Hit:
    chunk = Chunk(chunk_id=f"bourget:{clause}", doc="bourget", clause_id=clause, kind="clause", text=text, indexed_text=text)
    return Hit(chunk, score=1.0, why=("dense",))


FORM = [_hit("5-1.06", "5-1.06 Lors de l'engagement, le Collège remet un formulaire autorisant la vérification des "
                       "antécédents judiciaires.")]
PARKING = [_hit("Annexe W", "3. Les frais de stationnement sont remboursés sur présentation des pièces justificatives.")]


def test_the_thing_taken_up_is_read():
    assert _taken_up("Les frais de la vérification, c'est-tu moi qui les paie ou le Collège me les rembourse ?").group(
        "thing") == "Les frais de la vérification"
    assert _taken_up("J'ai besoin de nouvelles orthèses. L'assurance du Collège me les rembourse-tu ?").group(
        "thing") == "nouvelles orthèses"
    assert _taken_up("J'ai acheté un ordinateur pour mes cours. Le Collège me le rembourse-tu ?").group(
        "thing").startswith("un ordinateur")


def test_no_pronoun_payment_no_reading():
    for question in ("La paie, on la reçoit quand ?",  # the pay, not a payment asked
                     "Le Collège, y me les paie-tu mes orthèses ?",  # the payer set before
                     "J'ai besoin d'un ordinateur. C'est-tu permis au Collège ?",  # no payment asked
                     "Le Collège me rembourse-tu mes orthèses ?"):  # the thing after its verb (_BENEFIT's)
        assert _taken_up(question) is None, question


def test_a_thing_told_before_that_no_document_names_is_refused():
    found = unnamed_benefit("Au Collège, j'ai besoin de nouvelles orthèses. L'assurance collective me les rembourse-tu, "
                            "pis à combien ?", VOCABULARY)
    assert found is not None and found.words == ("orthèses",)
    # the documents' own words: left to the other rules
    assert unnamed_benefit("J'ai besoin d'un cours de langue. La Commission me le paie-tu ?", VOCABULARY) is None


def test_a_fronted_thing_the_passages_never_pay_is_refused():
    found = benefit_unpaid("Au Collège, on m'a demandé une vérification de mes antécédents judiciaires. Les frais de la "
                           "vérification, c'est-tu moi qui les paie ou le Collège me les rembourse ?", FORM, vocabulary=VOCABULARY)
    assert found is not None and found.clauses == ("5-1.06",)
    assert benefit_unpaid("Le stationnement, on me le rembourse-tu ?", PARKING, vocabulary=VOCABULARY) is None
