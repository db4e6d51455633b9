"""Numbers of a question that are no delay to count alone (assistant/deadline_answers.py ``_LENGTH_OF``,
``_asked_delay``, ``_question_extra``): a person's age (« mon garçon de 9 ans »), the clause's own delay counted; a
length the parties added (« une entente pour donner 10 jours de plus à l'arbitre »), added to the clause's delay when
its sentence provides for more time. Checked by hand: 104 weeks after Monday 14 September 2026 is Monday 11 September
2028 (728 days); 40 days after Friday 30 April 2027 is Wednesday 9 June 2027."""

from __future__ import annotations

from assistant.deadline_answers import _asked_delay, _question_extra

from .inline_answers import answered, direct_answers

SICK_CHILD = ("6-4.37 Toutefois, si l'enfant mineur du salarié éducateur est atteint d'une maladie grave, potentiellement "
              "mortelle, attestée par un certificat médical, le salarié éducateur a droit à une prolongation de son "
              "absence, laquelle se termine au plus tard cent quatre (104) semaines après le début de celle-ci.")


def test_an_age_is_no_delay_asked():
    assert _asked_delay("Mon garçon de 9 ans est malade, jusqu'à quand ?") is None
    assert _asked_delay("Ma mère, âgée de 80 ans, est malade, jusqu'à quand ?") is None
    assert _asked_delay("Ma fille de 2 ans est malade et on m'a donné 20 jours, jusqu'à quand ?").amount == 20


def test_the_clause_delay_is_counted_for_a_question_giving_an_age():
    direct, hits = direct_answers({"6-4.37": SICK_CHILD})
    answer = answered(direct, "Mon garçon de 9 ans a une maladie grave, potentiellement mortelle. Je suis absent du "
                              "Collège depuis le lundi 14 septembre 2026. Avec la prolongation, mon absence peut durer "
                              "jusqu'à quand au maximum ?", hits)
    assert answer.text.startswith("**Au plus tard le lundi 11 septembre 2028**")
    assert [c.clause for c in answer.citations][:1] == ["6-4.37"]


AWARD = ("10-2.08 L'arbitre doit rendre sa décision dans les trente (30) jours de la fin de l'audition à moins que les "
         "parties ne consentent, par écrit, avant l'expiration de ce délai à accorder un délai supplémentaire d'un "
         "nombre de jours précis.")


def test_a_length_added_is_no_delay_asked():
    assert _asked_delay("une entente pour donner 10 jours de plus à l'arbitre, jusqu'à quand ?") is None
    assert _question_extra("une entente pour donner 10 jours de plus à l'arbitre").amount == 10
    assert _question_extra("un délai supplémentaire de 15 jours").amount == 15
    assert _question_extra("on m'a donné 10 jours ouvrables") is None


def test_a_length_the_parties_added_is_added_to_the_clause_delay():
    direct, hits = direct_answers({"10-2.08": AWARD})
    answer = answered(direct, "Au Collège, l'audition de mon grief a fini le vendredi 30 avril 2027. Le 20 mai, le "
                              "Collège pis l'Association ont signé une entente pour donner 10 jours de plus à "
                              "l'arbitre. Il a maintenant jusqu'à quand pour rendre sa décision ?", hits)
    assert answer.text.startswith("**Au plus tard le mercredi 9 juin 2027**")
    assert "Délai supplémentaire indiqué dans votre question : 10 jours" in answer.text
