"""The unit tier: tiny inline texts and fake embedders only.

No test here may use the real corpus, the real index, the network or a browser: the
fixtures that give them are replaced by ones that fail with a pointer to tests/integration/.
The whole tier runs in under two minutes (`make test-fast`).
"""

from __future__ import annotations

import pytest

_MOVE = "unit tests use tiny inline corpora; a test that needs {0} belongs in tests/integration/"


@pytest.fixture(scope="session")
def corpus_dir():
    pytest.fail(_MOVE.format("the real corpus"))


@pytest.fixture(scope="session")
def real_settings():
    pytest.fail(_MOVE.format("the real index"))


@pytest.fixture(scope="session")
def settings():
    pytest.fail(_MOVE.format("the real index"))


@pytest.fixture(scope="session")
def real_assistant():
    pytest.fail(_MOVE.format("the real index"))
