"""A benefit asked of the employer none of whose words any document uses is refused, however close the passages about
the rest of the question come (blind DEV Q1617: « la Commission me paie-tu mes vaccins ? » was answered with Annexe
III-e's medical certificates)."""

from __future__ import annotations

from assistant.scope import ScopeParams, Vocabulary, unnamed_benefit

VOCABULARY = Vocabulary("la commission rembourse les frais de stationnement deplacement certificats medicaux billets avion "
                        "transport effets personnels partie".split())


def test_a_benefit_no_document_names_is_refused():
    assert unnamed_benefit("Avant de partir dans une communauté crie, la Commission me paie-tu mes vaccins ?",
                           VOCABULARY).thing == "mes vaccins"
    # a payment's own words and a share name no thing: the thing is still named nowhere
    assert unnamed_benefit("Le Collège me rembourse-tu une partie de mes frais de gardienne ?", VOCABULARY).words == (
        "gardienne",)


def test_a_benefit_a_document_names_or_no_benefit_asked_is_left_alone():
    assert unnamed_benefit("La Commission me rembourse-tu mes frais de stationnement ?", VOCABULARY) is None
    # every word of it a document's: left to the checks that read the passages
    assert unnamed_benefit("La Commission me paie-tu mes billets d'avion ?", VOCABULARY) is None
    assert unnamed_benefit("La Commission me paie-tu mes billets de motoneige ?", VOCABULARY).words == ("motoneige",)
    assert unnamed_benefit("C'est quoi les vaccins obligatoires ?", VOCABULARY) is None
    assert unnamed_benefit("La Commission me paie-tu mes vaccins ?", VOCABULARY,
                           ScopeParams(unnamed_benefit=False)) is None


def test_the_unknown_word_is_shown_as_the_teacher_wrote_it():
    # the refusal quotes it: « péage », not the folded « peage »
    assert unnamed_benefit("Le Collège me rembourse-tu mes frais de péage ?", VOCABULARY).words == ("péage",)
