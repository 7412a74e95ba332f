"""People listed one by one, by kin or by groups, are each counted, in every language."""

from __future__ import annotations

from datetime import date

import pytest

from bot.classify import classify
from bot.domain import Document


def _people(title: str, text: str, lang: str | None = None) -> int | None:
    return classify(Document("l", title, text, lang=lang, date=date(2026, 5, 20))).facts.people


@pytest.mark.parametrize(
    ("text", "lang", "count"),
    [
        ("Police in Hunchun detained a North Korean woman, her adult son and her granddaughter "
         "on Monday.", "en", 3),
        ("Lao police arrested three North Korean women and the young daughter of one of them "
         "near the Thai border on Friday.", "en", 4),
        ("중국 공안이 지난 3일 훈춘에서 탈북민 어머니 박모(61)씨와 딸 최모(30)씨, 외손녀(6)를 "
         "체포했다.", "ko", 3),
        ("Công an tỉnh Hà Giang bắt giữ một phụ nữ mang quốc tịch Triều Tiên, con trai và cháu "
         "nội của bà.", "vi", 3),
        ("ตำรวจจับกุมชายชาวเกาหลีเหนือพร้อมลูกชายและหลานสาว ที่อำเภอแม่สาย", "th", 3),
        ("Полиция задержала в Уссурийске супругов из КНДР и их двоих детей.", "ru", 4),
        ("Суд назначил выдворение гражданке КНДР и ее дочери, задержанным в Уссурийске.", "ru", 2),
        ("МВД отказало в убежище семье из КНДР — супругам и их десятилетнему сыну.", "ru", 3),
    ],
    ids=["en-adult-son-granddaughter", "en-daughter-of-one-of-them", "ko-grandchild",
         "vi-nationality-and-grandchild", "th-grandchild", "ru-spouses-and-children",
         "ru-dative-woman-and-daughter", "ru-dative-spouses-and-son"],
)  # fmt: skip
def test_grandchildren_grown_children_and_spouses_are_each_counted(
    text: str, lang: str, count: int
) -> None:
    assert _people("Defector family held", text, lang) == count


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("ตำรวจจับกุมหญิงชาวเกาหลีเหนือ 2 คน และชายชาวเกาหลีเหนืออีก 3 คน ที่จังหวัดหนองคาย", 5),
        ("ศาลปล่อยตัวชาวเกาหลีเหนือ 3 ใน 5 คน ส่วนอีก 2 คนที่เหลือยังถูกควบคุมตัว", 5),
    ],
    ids=["th-more-women", "th-the-other-two"],
)  # fmt: skip
def test_thai_people_told_as_more_are_added_and_the_rest_are_not(text: str, count: int) -> None:
    assert _people("ข่าว", text, "th") == count


@pytest.mark.parametrize(
    ("title", "text", "lang", "count"),
    [
        ("Two North Korean women held in Yanji",
         "Police in Yanji detained two North Korean women and a teenage boy on Friday.", "en", 3),
        ("Bắt giữ mẹ con người Triều Tiên ở Hà Giang",
         "Công an tỉnh Hà Giang bắt giữ một phụ nữ Triều Tiên, con gái và con trai của bà.",
         "vi", 3),
        ("脱北者の夫婦と子ども、延吉で拘束",
         "中国公安は延吉で、北朝鮮から逃れてきた夫婦と幼い子ども2人を拘束した。", "ja", 4),
        ("จับแม่ลูกชาวเกาหลีเหนือที่แม่สาย",
         "ตำรวจจับกุมแม่ชาวเกาหลีเหนือและลูกสาว 2 คน ที่อำเภอแม่สาย", "th", 3),
        # The lead names the headline's people again, or a part of them: no one more.
        ("Sept Nord-Coréens arrêtés à Dalian",
         "Sept Nord-Coréens, dont deux femmes et un enfant, ont été arrêtés à Dalian.", "fr", 7),
        ("В Даньдуне задержаны мать и дочь из КНДР",
         "Две северокореянки — мать и её дочь — задержаны в Даньдуне.", "ru", 2),
        ("ครอบครัวชาวเกาหลีเหนือ 3 คน ถูกจับที่เชียงของ",
         "ตำรวจจับกุมครอบครัวชาวเกาหลีเหนือ 3 คน พ่อ แม่ และลูกชาย ที่อำเภอเชียงของ", "th", 3),
        ("Eight North Koreans held in Vientiane",
         "Lao police detained eight North Koreans and six Cambodian workers at a checkpoint.",
         "en", 8),
    ],
    ids=["en-two-women-and-a-boy", "vi-mother-and-child", "ja-couple-and-child",
         "th-mother-and-child", "fr-part-of-the-seven", "ru-the-two-named-again",
         "th-the-family-named-again", "en-others-listed"],
)  # fmt: skip
def test_a_lead_listing_more_people_than_its_headline_counts_them_all(
    title: str, text: str, lang: str, count: int
) -> None:
    assert _people(title, f"{title}\n{text}", lang) == count


@pytest.mark.parametrize(
    ("text", "lang", "count"),
    [
        ("广西警方在东兴抓获三名朝鲜妇女，以及其中一人的两名子女。", "zh-Hans", 5),
        ("寮國警方逮捕兩名北韓婦女以及其中一人的三名年幼子女。", "zh-Hant", 5),
        ("警方在丹东抓获5名脱北者，以及2名中国籍向导。", "zh-Hans", 5),
    ],
    ids=["zh-hans-after-a-comma", "zh-hant-children-of-one", "zh-guides-beside-them"],
)  # fmt: skip
def test_chinese_children_of_one_of_them_are_added_to_the_women(
    text: str, lang: str, count: int
) -> None:
    assert _people("消息", text, lang) == count


@pytest.mark.parametrize(
    ("text", "lang", "count"),
    [
        ("라오스 경찰이 탈북 여성 2명과 그중 한 명의 10대 아들을 체포했다.", "ko", 3),
        ("중국 공안이 탈북민 3명과 이들 중 1명의 어린 딸을 붙잡았다.", "ko", 4),
        ("태국 경찰이 탈북 여성 2명과 그중 한 명의 아들 2명을 붙잡았다.", "ko", 4),
    ],
    ids=["ko-teenage-son-of-one", "ko-young-daughter-of-one", "ko-two-sons-of-one"],
)  # fmt: skip
def test_korean_kin_of_one_of_them_are_added_to_them(text: str, lang: str, count: int) -> None:
    assert _people("소식", text, lang) == count


@pytest.mark.parametrize(
    ("text", "lang", "count"),
    [
        ("Пограничники задержали в Приморье семью из КНДР — мужчину, женщину и троих детей.",
         "ru", 5),
        ("В Хабаровске задержаны гражданка КНДР и мужчина с ребенком.", "ru", 3),
        ("Полиция задержала в Уссурийске троих мужчин и женщину из КНДР.", "ru", 4),
    ],
    ids=["ru-man-woman-children", "ru-woman-man-child", "ru-men-plural-counted-once"],
)  # fmt: skip
def test_a_russian_man_named_without_a_figure_is_one_of_them(
    text: str, lang: str, count: int
) -> None:
    assert _people("Задержание", text, lang) == count
