"""The extraction pipeline: a blank spaCy ``vi`` pipeline fed with underthesea's words, plus our components.

``extract(text, doc_id)`` is the library's front door; the pipeline is built once per process.
"""
from __future__ import annotations

from functools import lru_cache

from .lean import import_spacy_without_cli

import_spacy_without_cli()  # see lean.py

import spacy  # noqa: E402
from spacy.language import Language  # noqa: E402

from .facts import Article, Fact, Sentence  # noqa: E402
from .match import amounts, chrome, gazetteer, ocop, organization, period, place, product_open  # noqa: F401,E402  (registers factories)
from .match.context import Context  # noqa: E402
from .normalise import normalise  # noqa: E402
from .relate import FundingBuilder  # noqa: E402
from .subject import choose_subject, dateline_province, outlet_province  # noqa: E402
from .segment import UndertheseaTokenizer  # noqa: E402
from .version import CODE_VERSION, article_id, extractor_version  # noqa: F401,E402  (part of this module's API)

COMPONENTS = ("kc_chrome", "kc_ocop", "kc_amounts", "kc_period", "kc_province", "kc_place", "kc_product",
              "kc_organization", "kc_product_open")


@spacy.registry.tokenizers("kcextract.underthesea")
def create_underthesea_tokenizer():
    def make(nlp: Language) -> UndertheseaTokenizer:
        return UndertheseaTokenizer(nlp.vocab)

    return make


@lru_cache(maxsize=1)
def nlp() -> Language:
    """The pipeline (built once per process): underthesea tokenizer, then the fact matchers."""
    pipe = spacy.blank("vi", config={"nlp": {"tokenizer": {"@tokenizers": "kcextract.underthesea"}}})
    for name in COMPONENTS:
        pipe.add_pipe(name)
    return pipe


# spaCy interns every new word in the pipeline's vocabulary for good; news text keeps bringing new ones
# (names, numbers), so a long run would grow without end. A fresh pipeline every RENEW_AFTER articles
# (built in ~0.1 s from data already loaded) keeps memory flat.
RENEW_AFTER = 1000
_analysed = 0


@lru_cache(maxsize=1)
def _funding() -> FundingBuilder:
    return FundingBuilder()


def analyse(raw: str, doc_id: str = "doc", source: str | None = None, title: str | None = None,
            outlet: str | None = None, url: str | None = None) -> Article:
    """Run the whole extraction on one article's raw text; ``outlet`` (a JSONL 'source', an HTML site name)
    and ``url`` are evidence for its subject when they name a province's own newspaper."""
    global _analysed
    _analysed += 1
    if _analysed % RENEW_AFTER == 0:
        nlp.cache_clear()
    text = normalise(raw)
    doc = nlp()(text)
    ctx = Context.of(doc)
    sentences = [
        Sentence(i, s, e, text[s:e], chrome=ctx.in_chrome(s))
        for i, (s, e) in enumerate(zip(ctx.sentence_starts, ctx.sentence_ends))
    ]
    facts = sorted(ctx.facts, key=lambda f: (f.start, -f.end, f.type))
    facts = [f.with_(doc=doc_id, sentence=ctx.sentence_of(f.start)) for f in facts]
    provinces = [f for f in facts if f.type == "province"]
    subject = choose_subject(ctx, provinces, [f for f in facts if f.type == "place"],
                             outlet_province(outlet, url) or dateline_province(ctx))
    facts = [f.with_(role="subject") if f.type == "province" and f.value == subject else f for f in facts]
    funding = _funding().build(ctx, doc_id, facts, subject)
    if title is None:
        title = text[ctx.title[0]:ctx.title[1]].strip() if ctx.title else ""
    return Article(doc=doc_id, text=text, title=title, sentences=sentences, facts=facts, funding=funding,
                   subject=subject, source=source)


def extract(text: str, doc_id: str = "doc") -> list[Fact]:
    """The facts of one article, in document order (FACTS.md)."""
    return analyse(text, doc_id).facts
