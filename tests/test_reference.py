"""The shared gazetteer: one list of countries and places that the classifier and linker both read."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.cases.places import resolve
from bot.classify.lexicon import GAZETTEER, load_lexicon
from bot.domain import ConfigError
from bot.reference import (
    country_code,
    country_name,
    gazetteer,
    load_gazetteer,
    load_orgs,
    offered_countries,
    orgs,
)

GOOD_COUNTRY = "  - {iso: CN, en: China, ko: 중국, names: [china]}\n"


def write(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "places.yaml"
    path.write_text(body, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ("countries: []\n", "two sections"),
        ("countries:\n  - {iso: cn, en: China, ko: 중국, names: []}\nplaces: []\n",
         "countries[0].iso"),
        (f"countries:\n{GOOD_COUNTRY}{GOOD_COUNTRY}places: []\n", "CN is listed twice"),
        (f"countries:\n{GOOD_COUNTRY}places:\n  - {{key: x, kind: town, country: CN, en: X, "
         "ko: 엑스, names: []}\n", "places[0] (x).kind"),
        (f"countries:\n{GOOD_COUNTRY}places:\n  - {{key: x, kind: city, country: RU, en: X, "
         "ko: 엑스, names: []}\n", "places[0] (x).country"),
        (f"countries:\n{GOOD_COUNTRY}places:\n  - {{key: x, kind: city, country: CN, in: y, "
         "en: X, ko: 엑스, names: []}\n", "no place has the key 'y'"),
        (f"countries:\n{GOOD_COUNTRY}places:\n  - {{key: x, kind: city, country: CN, en: X, "
         "ko: 엑스, at: [91, 0], names: []}\n", "places[0] (x).at"),
        (f"countries:\n{GOOD_COUNTRY}places:\n  - {{key: x, kind: city, country: CN, en: X, "
         "ko: 엑스, names: [China]}\n", "'China' names both CN and x"),
        (f"countries:\n{GOOD_COUNTRY}places:\n  - {{key: x, kind: city, country: CN, en: X, "
         "ko: 엑스, names: ['']}\n", "places[0] (x).names[0]"),
        (f"countries:\n{GOOD_COUNTRY}places:\n  - {{key: x, kind: city, country: CN, en: X, "
         "ko: 엑스, names: [], population: 3}\n", "unknown field(s) ['population']"),
        (f"countries:\n{GOOD_COUNTRY}places:\n  - {{key: x, kind: city, country: CN, en: X, "
         "ko: 엑스, names: ['нижн* новгород*']}\n", "a * may only end a spelling"),
    ],
    ids=["no-places-section", "bad-iso", "country-twice", "bad-kind", "unknown-country",
         "unknown-parent", "latitude-out-of-range", "spelling-twice", "empty-spelling",
         "unknown-field", "wildcard-mid-spelling"],
)  # fmt: skip
def test_a_broken_gazetteer_is_rejected_naming_file_and_entry(
    tmp_path: Path, body: str, message: str
) -> None:
    with pytest.raises(ConfigError) as caught:
        load_gazetteer(write(tmp_path, body))
    assert "places.yaml" in str(caught.value)
    assert message in str(caught.value)


@pytest.mark.parametrize(
    "written",
    ["Shenyang", "瀋陽", "沈阳", "선양", "심양", "Шэньяне", "シェンヤン", "Thẩm Dương"],
)
def test_one_city_written_in_six_scripts_is_one_place(written: str) -> None:
    assert resolve(f"arrested in {written}") == {"shenyang"}


@pytest.mark.parametrize(
    ("written", "key"),
    [("Хэйлунцзяне", "heilongjiang"), ("黒竜江省", "heilongjiang"),
     ("Внутренней Монголии", "inner_mongolia"), ("広西", "guangxi"), ("竜井", "longjing"),
     ("西双版納", "xishuangbanna"), ("ブラゴベシチェンスク", "blagoveshchensk"), ("ボケオ", "bokeo"),
     ("провинции Бокэо", "bokeo"), ("孟新", "muang_sing"), ("ルアンプラバン", "luang_prabang"),
     ("クアンニン", "quang_ninh"), ("ラオカイ", "lao_cai"), ("ノンカイ", "nong_khai"),
     ("美赛", "mae_sai"), ("Ханое", "hanoi"), ("Хошимине", "ho_chi_minh"), ("허커우", "hekou"),
     ("Шереметьево", "sheremetyevo_airport"), ("シェレメチェボ", "sheremetyevo_airport"),
     ("Дальнем Востоке", "russian_far_east"), ("Нижнем Новгороде", "nizhny_novgorod"),
     ("городе Артёме", "artyom"), ("TP.HCM", "ho_chi_minh"), ("TP HCM", "ho_chi_minh"),
     ("Sài Gòn", "ho_chi_minh"), ("HCMC", "ho_chi_minh"), ("กทม.", "bangkok"),
     ("Приморского края", "primorye"), ("Хабаровского края", "khabarovsk_krai"),
     ("Хасанском районе", "khasan"), ("Камчатского края", "kamchatka"), ("Бурятию", "buryatia"),
     ("Спасске-Дальнем", "spassk_dalny"), ("Лесозаводске", "lesozavodsk"),
     ("สนามบินสุวรรณภูมิ", "suvarnabhumi_airport"), ("sân bay Nội Bài", "noi_bai_airport"),
     ("Don Mueang", "don_mueang_airport"), ("Tân Sơn Nhất", "tan_son_nhat_airport"),
     ("Đông Hưng", "dongxing"), ("东兴", "dongxing"), ("Moskva", "moscow"),
     ("Matxcơva", "moscow"), ("U-lan Ba-to", "ulaanbaatar")],
)  # fmt: skip
def test_a_place_is_known_in_the_script_and_case_it_is_written_in(written: str, key: str) -> None:
    assert resolve(f"arrested in {written}") == {key}


@pytest.mark.parametrize(
    "written", ["Laos", "라오스", "老挝", "寮國", "ラオス", "Лаос", "Lào", "ลาว"]
)
def test_one_country_written_in_eight_scripts_is_one_code(written: str) -> None:
    assert country_code(written) == "LA"


def test_every_place_the_classifier_votes_for_is_a_place_the_linker_knows() -> None:
    unknown = [
        term.text
        for term in load_lexicon().terms
        if term.source == GAZETTEER and term.kind != "country" and not resolve(term.text)
    ]
    assert unknown == []


def test_an_everyday_word_names_a_place_only_where_a_place_is_expected() -> None:
    assert resolve("북한 선전 매체가 보도했다") == frozenset()
    assert resolve("중국 광둥성 선전", context=True) == {"shenzhen"}


def test_a_city_is_known_to_lie_in_its_province() -> None:
    assert gazetteer().places["yanji"].parent == "yanbian"
    assert resolve("연길, 연변") == {"yanji"}  # the province adds nothing once the city is named


def test_every_offered_country_has_a_name_in_english_and_korean() -> None:
    assert offered_countries()[:4] == ("CN", "RU", "LA", "VN")
    assert [country_name(c, "ko") for c in ("CN", "VN")] == ["중국", "베트남"]
    assert country_name("XX") == "XX"


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ("places: []\n", "one section, `orgs`"),
        ("orgs:\n  - {name: Harbour Aid, names: [harbour aid]}\n", "missing field(s) ['kind']"),
        ("orgs:\n  - {name: Harbour Aid, kind: charity, names: [harbour aid]}\n",
         "orgs[0] (Harbour Aid).kind"),
        ("orgs:\n  - {name: Harbour Aid, kind: ngo, names: [harbour aid]}\n"
         "  - {name: Harbour Aid, kind: ngo, names: [ha]}\n", "'Harbour Aid' is listed twice"),
        ("orgs:\n  - {name: Harbour Aid, kind: ngo, names: [aid]}\n"
         "  - {name: Harbour Court, kind: court, names: [Aid]}\n",
         "'Aid' names both 'Harbour Aid' and 'Harbour Court'"),
        ("orgs:\n  - {name: Harbour Board, kind: government, country: Korea, names: [hb]}\n",
         "orgs[0] (Harbour Board).country: must be two capital letters"),
    ],
    ids=["no-orgs-section", "no-kind", "bad-kind", "name-twice", "spelling-twice", "bad-country"],
)  # fmt: skip
def test_a_broken_organisations_file_is_rejected_naming_file_and_entry(
    tmp_path: Path, body: str, message: str
) -> None:
    path = tmp_path / "orgs.yaml"
    path.write_text(body, encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        load_orgs(path)
    assert "orgs.yaml" in str(caught.value)
    assert message in str(caught.value)


def test_the_classifier_names_the_organisations_of_the_shared_list() -> None:
    from bot.classify import classify
    from bot.domain import Document

    text = "Police in Yanji detained five North Koreans, the Caleb Mission and the UNHCR said."
    named = classify(Document("o1", text, text, "en")).facts.orgs
    assert set(named) == {"Caleb Mission", "UNHCR"}
    assert all(name in orgs() for name in named)
