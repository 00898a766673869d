"""A printed label with one character misread by OCR still names its field (``misread_label``)."""

from __future__ import annotations

import random

from dangan.extractors.layout import FUZZY_LABELS, PRINTED_LABELS, misread_label


def _one_by_one(text: str, labels: list[str]) -> str | None:
    """The plain definition: the first label whose length-prefix of ``text`` differs from it in exactly
    one character."""
    for word in labels:
        n = len(word)
        if len(text) >= n and sum(a != b for a, b in zip(text[:n], word, strict=True)) == 1:
            return word
    return None


def test_a_label_with_one_character_misread_is_named() -> None:
    assert misread_label("芳模类型非劳模") == "劳模类型"
    assert misread_label("劳模类型非劳模") is None  # printed as it is: the ordinary label match reads it
    assert misread_label("芳摸类型非劳模") is None  # two characters off: not this label


def test_the_index_finds_what_comparing_every_label_finds() -> None:
    """Random texts around the printed labels (1–2 characters replaced, tails added, cut short): the
    indexed lookup gives exactly the one-by-one answer, hits included."""
    long_labels = FUZZY_LABELS
    rng = random.Random(8)
    alphabet = "".join(sorted(set("".join(long_labels)))) + "张三男女0123：:（）"
    hits = 0
    for _ in range(20000):
        chars = list(rng.choice(long_labels) + "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 5))))
        for _ in range(rng.choice((0, 1, 1, 2))):
            chars[rng.randrange(len(chars))] = rng.choice(alphabet)
        text = "".join(chars[: rng.randint(0, len(chars))] if rng.random() < 0.2 else chars)
        printed = any(text.startswith(w) for w in PRINTED_LABELS)  # read by the ordinary label match
        want = None if len(text) < 4 or printed else _one_by_one(text, FUZZY_LABELS)
        hits += want is not None
        assert misread_label(text) == want, text
    assert hits > 2000
