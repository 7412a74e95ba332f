"""What the linker compares: places across scripts, name romanisations, counts, near-copy text."""

from __future__ import annotations

import hashlib
import random

import pytest

from bot.cases.matching import (
    counts_compatible,
    is_confirming_org,
    name_key,
    outlet_key,
    specific_orgs,
)
from bot.cases.minhash import (
    Signatures,
    best_similarity,
    compact,
    compact_signature,
    signature,
    similarity,
)
from bot.cases.places import related, resolve
from bot.domain import Facts


@pytest.mark.parametrize(
    ("written", "key"),
    [
        ("Shenyang", "shenyang"),
        ("near SHENYANG, Liaoning", "shenyang"),
        ("중국 선양에서", "shenyang"),
        ("심양", "shenyang"),
        ("沈阳市", "shenyang"),
        ("瀋陽", "shenyang"),
        ("Lạng Sơn", "lang_son"),
        ("량선 국경수비대", "lang_son"),
        ("Saint-Petersburg", "st_petersburg"),
        ("Владивосток", "vladivostok"),
        ("an immigration centre in Bangkok", "bangkok"),
    ],
    ids=lambda v: v,
)
def test_one_place_resolves_from_every_script_and_spelling(written: str, key: str) -> None:
    assert resolve(written) == {key}


@pytest.mark.parametrize(
    ("left", "right", "same"),
    [
        ("Kunming", "Yunnan province", True),
        ("Yanji", "Jilin", True),
        ("St. Petersburg", "Leningrad region", True),
        ("Shenyang", "Dandong", False),
        ("Dandong", "Kunming", False),
    ],
    ids=[
        "city-in-province",
        "city-in-prefecture-in-province",
        "city-in-region",
        "two-cities-one-province",
        "far-apart",
    ],
)
def test_places_are_related_when_one_contains_the_other(left: str, right: str, same: bool) -> None:
    assert related(resolve(left), resolve(right)) is same


def test_an_unknown_place_resolves_to_nothing() -> None:
    assert resolve("a farm outside an unnamed village") == frozenset()


@pytest.mark.parametrize(
    ("left", "right", "same"),
    [
        ("Choe Myong Bok", "Choi Myung-bok", True),
        ("Lee Sun-hee", "Ri Sun Hui", True),
        ("Park Chol", "Pak Chol", True),
        ("Kim Young-il", "Choi Young-il", False),
        ("Park Eun-ji", "Pak Un Ji", True),
        ("Ri Song Thaek", "Lee Seong-taek", True),
        ("Choi Myungbok", "Choe Myong-bok", True),
        ("Han Song-i", "Han Seong-yi", True),
        ("Kim Young-il", "Kim Yong Il", True),
        ("최명복", "Choe Myong-bok", True),
        ("리순희", "Lee Soon-hee", True),
        ("박철", "Pak Chol", True),
        ("김영일", "Choi Young-il", False),
    ],
    ids=[
        "choe-choi",
        "lee-ri",
        "park-pak",
        "other-surname",
        "eu-u",
        "aspirate-h",
        "given-name-in-one-word",
        "yi-i",
        "young-yong",
        "hangul-choe",
        "hangul-ri",
        "hangul-pak",
        "hangul-other-surname",
    ],
)
def test_romanisations_of_a_korean_name_fold_together(left: str, right: str, same: bool) -> None:
    assert (name_key(left) == name_key(right)) is same


@pytest.mark.parametrize(
    ("left", "right", "expected"),
    [
        (Facts(people=11), Facts(people=15), True),
        (Facts(people=10, people_approx=True), Facts(people=11), True),
        (Facts(people=15), Facts(people=30, people_approx=True), True),
        (Facts(people=4), Facts(people=40), False),
        (Facts(people=2), Facts(people=9), False),
        (Facts(people=1), Facts(people=5), False),
        (Facts(people=5), Facts(people=7), True),
        (Facts(people=None), Facts(people=9), None),
    ],
    ids=[
        "11-vs-15",
        "about-10-vs-11",
        "15-vs-dozens",
        "4-vs-40",
        "2-vs-9",
        "1-vs-5",
        "5-vs-7",
        "unknown",
    ],
)
def test_close_counts_are_compatible(left: Facts, right: Facts, expected: bool | None) -> None:
    assert counts_compatible(left, right) is expected


def test_outlet_qualifiers_do_not_make_a_second_outlet() -> None:
    assert outlet_key("Northwind Radio (Korean)", None) == outlet_key("Northwind Radio", None)
    assert outlet_key(None, "https://www.harbour.example/a/1") == "harbour.example"


@pytest.mark.parametrize(
    ("named", "confirms", "singles_out"),
    [
        ("Human Rights Watch", True, True),
        ("휴먼라이츠워치", True, True),  # the same group, written in Hangul
        ("Caleb Mission", True, True),  # a rescue group
        ("Human Rights Watch (Korea)", True, True),  # an outlet run by the group
        ("UNHCR", True, False),  # the UN speaks of many incidents
        ("유엔난민기구", True, False),
        ("Public Security Bureau (China)", True, False),
        ("Northwind Radio", False, False),  # an outlet, not an organisation we list
    ],
    ids=lambda v: str(v),
)
def test_an_organisation_is_known_by_any_spelling_and_weighed_by_its_kind(
    named: str, confirms: bool, singles_out: bool
) -> None:
    assert is_confirming_org(named) is confirms
    assert bool(specific_orgs((named,))) is singles_out


def test_two_spellings_of_one_group_are_one_organisation_cited() -> None:
    assert specific_orgs(("Amnesty International",)) == specific_orgs(("국제앰네스티",))


ORIGINAL = (
    "Rights workers said on Tuesday that police stopped a minibus carrying seven North Korean "
    "women near the border and took them to a holding centre pending their return."
)


def test_a_near_copy_scores_high_and_an_unrelated_text_low() -> None:
    copy = ORIGINAL.replace("on Tuesday", "late on Tuesday") + " The group has not been named."
    other = (
        "The central bank kept interest rates unchanged, citing slowing exports and weak demand."
    )
    assert similarity(signature(ORIGINAL), signature(copy)) >= 0.6
    assert similarity(signature(ORIGINAL), signature(other)) < 0.1


def _retold(seed: int) -> str:
    """ORIGINAL told again by another outlet: some of its words dropped, others moved."""
    rng = random.Random(seed)
    words = ORIGINAL.split()
    kept = [w for w in words if rng.random() < 0.85]
    cut = rng.randrange(len(kept))
    return " ".join(kept[cut:] + kept[:cut]) if rng.random() < 0.3 else " ".join(kept)


@pytest.mark.parametrize("seed", range(6))
def test_similarity_is_the_share_of_the_smallest_hashes_that_both_texts_have(seed: int) -> None:
    left, right = signature(_retold(seed)), signature(_retold(seed + 50))
    size = max(len(left), len(right))
    smallest = sorted(set(left) | set(right))[:size]
    expected = sum(h in left and h in right for h in smallest) / size
    assert similarity(left, right) == expected
    assert similarity(compact(left), compact(right)) == expected


@pytest.mark.parametrize("floor", [0.35, 0.8])
@pytest.mark.parametrize("seed", range(12))
def test_the_best_similarity_above_a_floor_is_the_highest_of_all_pairs(
    seed: int, floor: float
) -> None:
    mine = signature(_retold(seed))
    others = [signature(_retold(seed * 100 + n)) for n in range(8)] + [(), signature("x")]
    best = max(similarity(mine, other) for other in others)
    assert best_similarity(mine, others, floor=floor) == (best if best >= floor else 0.0)


@pytest.mark.parametrize("seed", range(6))
def test_a_text_compares_with_all_of_a_case_s_signatures_as_with_each_of_them(seed: int) -> None:
    """A case gathers its members' signatures one at a time, and a report is compared with all
    of them at once: the best similarity is the best of the pairs, however many there are."""
    others = [compact(signature(_retold(seed * 100 + n))) for n in range(20)]
    others[seed] = compact(signature("x"))  # a text too short to fill a signature
    mine = signature(_retold(seed))
    grown = Signatures.of(())
    for count, other in enumerate(others, start=1):
        grown = grown.plus(other)
        best = max(similarity(mine, o) for o in others[:count])
        assert grown.best(mine, floor=0.0) == best
        assert grown.best(mine, floor=0.5) == (best if best >= 0.5 else 0.0)
    assert grown == Signatures.of(others)


@pytest.mark.parametrize("count", [3, 20])
@pytest.mark.parametrize("as_bytes", [True, False])
def test_a_copy_of_one_of_a_case_s_texts_is_as_similar_as_can_be(
    count: int, as_bytes: bool
) -> None:
    """A story reposted word for word is found among few signatures and many, compact or not."""
    others = [compact(signature(_retold(n))) for n in range(count)]
    texts = Signatures.of(others)
    hashes = signature(_retold(count // 2))
    copy = compact(hashes) if as_bytes else hashes
    assert max(similarity(copy, o) for o in others) == 1.0
    for floor in (0.0, 0.35, 0.8, 1.0):
        assert texts.best(copy, floor=floor) == 1.0
    assert Signatures.of(()).best(copy, floor=0.0) == 0.0


def test_signatures_are_deterministic_and_empty_text_has_none() -> None:
    assert signature(ORIGINAL) == signature(ORIGINAL)
    assert signature("") == ()
    assert similarity((), signature(ORIGINAL)) == 0.0


@pytest.mark.parametrize(
    "text", [ORIGINAL, "", "abc", "据人权团体称，5名脱北者日前在丹东被当地警方逮捕。"]
)
def test_a_compact_signature_is_the_signature_s_bytes(text: str) -> None:
    assert compact_signature(text) == compact(signature(text))


@pytest.mark.parametrize(
    ("text", "size", "digest"),
    [
        ("Police stopped a minibus carrying seven North Korean women near the border.", 64,
         "7f73d85f91bf8be9"),
        ("据人权团体称，5名脱北者日前在丹东被当地警方逮捕。", 20, "510ecea519388235"),
        ("abc", 1, "9a1dc9ee488efb16"),
        ("la la la la la la la la la la la la", 3, "8eac881badf3a48d"),
        ("x" * 900, 1, "6a18571198ae315c"),
    ],
    ids=["english", "chinese", "shorter than a shingle", "repeated shingles", "one letter"],
)  # fmt: skip
def test_a_text_keeps_the_signature_stored_cases_were_compared_with(
    text: str, size: int, digest: str
) -> None:
    """Members' signatures are stored: a new version must give the same ones, or reposts of
    stored reports would no longer be recognised."""
    found = signature(text)
    assert len(found) == size
    assert hashlib.sha256(compact(found)).hexdigest()[:16] == digest


@pytest.mark.parametrize(
    ("written", "keys"),
    [
        ("ランソン省の国境警備隊", {"lang_son"}),
        ("瀋陽で拘束", {"shenyang"}),
        ("задержаны во Владивостоке", {"vladivostok"}),
        ("after crossing the Tumen River into Yanji", {"yanji"}),
        ("图们江边的延吉", {"yanji"}),
    ],
    ids=[
        "japanese-katakana",
        "japanese-kanji",
        "russian-inflected",
        "river-is-not-the-town",
        "river-in-chinese",
    ],
)
def test_japanese_russian_names_resolve_and_rivers_are_not_towns(
    written: str, keys: set[str]
) -> None:
    assert resolve(written) == keys
