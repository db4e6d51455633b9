"""evals.probe: a probe file's questions are read (comments, scoped lines) and two runs are compared by answer kind
and cited clauses."""

from __future__ import annotations

from types import SimpleNamespace

from evals.probe import ProbeAnswer, ProbeQuestion, ask_all, differences, main, read_probe


def test_a_probe_file_skips_comments_and_blank_lines_and_reads_scoped_questions():
    text = "# a comment\n\nJ'ai combien de temps ?\ndocs=bourget,cris|Qui paie l'arbitre ?\n"
    assert read_probe(text) == [ProbeQuestion("J'ai combien de temps ?"),
                                ProbeQuestion("Qui paie l'arbitre ?", ("bourget", "cris"))]


def test_two_runs_differ_where_the_kind_or_the_citations_changed_not_the_wording():
    before = [ProbeAnswer("a ?", None, "quoted", ("bourget 1-1.01",), "x"),
              ProbeAnswer("b ?", None, "quoted", ("cris 9-1.03",), "y")]
    after = [ProbeAnswer("a ?", None, "quoted", ("bourget 1-1.01",), "other words"),
             ProbeAnswer("b ?", None, "deadline", ("cris 9-1.03",), "y")]
    assert differences(before, after) == ["b ?\n  before: quoted cris 9-1.03\n  after:  deadline cris 9-1.03"]


def test_each_question_is_asked_with_its_scope():
    asked = []

    class Assistant:
        def ask(self, question, docs=None):
            asked.append((question, docs))
            citation = SimpleNamespace(doc="cris", clause="9-1.03")
            return SimpleNamespace(kind="quoted", citations=[citation, citation], text="Réponse")

    answers = ask_all(Assistant(), [ProbeQuestion("q ?", ("cris",))])
    assert asked == [("q ?", ["cris"])]
    assert answers == [ProbeAnswer("q ?", ("cris",), "quoted", ("cris 9-1.03",), "Réponse")]


def test_a_missing_probe_file_is_a_one_line_error(tmp_path, capsys):
    assert main([str(tmp_path / "nope.txt"), "--out", str(tmp_path / "out.json")]) == 2
    assert "file not found" in capsys.readouterr().err
