"""Reports written for carry33: the people carried from one sentence to the next, in new
sentences of every language."""

from __future__ import annotations

from datetime import date

import pytest

from bot.classify import classify
from bot.domain import Document, Status, Tier, Verdict

ON = date(2026, 12, 5)  # a Saturday: "Monday" is Nov. 30


def _verdict(lang: str, title: str, text: str) -> Verdict:
    return classify(Document("s", title, f"{title}\n{text}", lang, date=ON))


# One person taken up again by a singular pronoun over a sentence of their past: the threat
# in the third sentence is theirs.
ONE_PERSON_BY_PRONOUN = [
    ("en", "North Korean man held in Vladivostok",
     "A North Korean man was detained in Vladivostok on Monday. He entered Russia in 2023 on a "
     "work visa. He faces deportation to North Korea."),
    ("en", "North Korean woman held in Vladivostok",
     "A North Korean woman was detained in Vladivostok on Monday. She arrived in Russia last "
     "year. She could be deported to North Korea."),
    ("ja", "北朝鮮男性、ウラジオストクで拘束",
     "北朝鮮の男性が月曜日、ウラジオストクで拘束された。彼は2023年にロシアに入国した。"
     "彼は北朝鮮に送還される恐れがある。"),
    ("ja", "北朝鮮女性、ウラジオストクで拘束",
     "北朝鮮の女性が月曜日、ウラジオストクで拘束された。彼女は2023年にロシアに入国した。"
     "彼女は北朝鮮に送還される恐れがある。"),
    ("vi", "Một người Triều Tiên bị bắt ở Lạng Sơn",
     "Một người đàn ông Triều Tiên bị bắt tại Lạng Sơn hôm thứ Hai. Anh vượt biên vào Việt Nam "
     "năm ngoái. Anh có thể bị trục xuất về Triều Tiên."),
    ("vi", "Một người Triều Tiên bị bắt ở Lạng Sơn",
     "Một người đàn ông Triều Tiên bị bắt tại Lạng Sơn hôm thứ Hai. Ông vượt biên vào Việt Nam "
     "năm ngoái. Ông có thể bị trục xuất về Triều Tiên."),
    ("vi", "Một phụ nữ Triều Tiên bị bắt ở Lạng Sơn",
     "Một phụ nữ Triều Tiên bị bắt tại Lạng Sơn hôm thứ Hai. Bà vượt biên vào Việt Nam năm "
     "ngoái. Bà có thể bị trục xuất về Triều Tiên."),
    # Found right already: ko 그녀는, ru Она, th เขา/เธอ.
    ("ko", "탈북 여성 블라디보스토크서 구금",
     "탈북 여성이 월요일 블라디보스토크에서 구금됐다. 그녀는 2023년 러시아에 입국했다. "
     "그녀는 북한으로 추방될 위기에 놓였다."),
    ("ru", "Гражданку КНДР задержали во Владивостоке",
     "Гражданку КНДР задержали во Владивостоке в понедельник. Она въехала в Россию в 2023 году. "
     "Ей грозит выдворение в КНДР."),
    ("th", "หญิงเกาหลีเหนือถูกควบคุมตัวที่วลาดิวอสตอค",
     "หญิงชาวเกาหลีเหนือคนหนึ่งถูกควบคุมตัวที่วลาดิวอสตอคเมื่อวันจันทร์ "
     "เธอเดินทางเข้ารัสเซียเมื่อปี 2023 ด้วยวีซ่าทำงาน เธอเสี่ยงถูกเนรเทศกลับเกาหลีเหนือ"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "title", "text"), ONE_PERSON_BY_PRONOUN)
def test_one_person_carried_by_a_singular_pronoun(lang: str, title: str, text: str) -> None:
    verdict = _verdict(lang, title, text)
    assert verdict.tier is Tier.ALERT
    assert verdict.facts.status is Status.FACING_REPATRIATION
    assert verdict.facts.people == 1
    assert verdict.facts.country == "RU" or lang == "vi"


def test_handed_to_the_norths_consulate_abroad_is_no_return() -> None:
    """Carried to the third sentence by "She", a handover to the North's officials at its
    consulate in China is no all-clear: she is in their hands abroad, her return still ahead."""
    verdict = _verdict(
        "en",
        "North Korean worker caught in Dandong",
        "A North Korean woman was caught by Chinese police in Dandong on Monday. She had planned "
        "to travel to Shenyang. She was handed to North Korean officials at the consulate in "
        "Shenyang for questioning.",
    )
    assert verdict.tier is Tier.ALERT
    assert verdict.facts.status is Status.FACING_REPATRIATION
