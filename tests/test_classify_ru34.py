"""Reports written for stress34_ru34: the mistakes its blind set showed, in new sentences of
every language where they failed."""

from __future__ import annotations

from datetime import date

import pytest

from bot.classify import classify
from bot.domain import Document, Status, Tier, Verdict

ON = date(2026, 12, 5)  # a Saturday: "Monday" is Nov. 30


def _verdict(lang: str, title: str, text: str) -> Verdict:
    return classify(Document("s", title, f"{title}\n{text}", lang, date=ON))


# South Korea by its formal name (Республика Корея, 大韩民国, 大韓民国, Đại Hàn Dân Quốc,
# สาธารณรัฐเกาหลี): a deportation there is the end of the journey, never a return home.
DEPORTED_TO_THE_REPUBLIC = [
    ("ru", "Монголия выслала двоих беглецов из КНДР в Республику Корея",
     "Двух граждан КНДР, задержанных в среду у границы, в понедельник депортировали в "
     "Республику Корея."),
    ("zh", "两名脱北者被遣送大韩民国", "上月在蒙古被捕的两名朝鲜人周一已被遣送大韩民国。"),
    ("ja", "脱北者2人、大韓民国へ送還", "先月モンゴルで拘束された脱北者2人が月曜日、大韓民国へ送還された。"),
    ("th", "ชาวเกาหลีเหนือ 2 คนถูกเนรเทศไปสาธารณรัฐเกาหลี",
     "ชาวเกาหลีเหนือ 2 คนที่ถูกจับในมองโกเลียเดือนที่แล้ว ถูกเนรเทศไปสาธารณรัฐเกาหลีเมื่อวันจันทร์"),
    ("vi", "Mông Cổ trục xuất 2 người Triều Tiên sang Đại Hàn Dân Quốc",
     "2 người Triều Tiên bị bắt ở Mông Cổ tháng trước đã bị trục xuất sang Đại Hàn Dân Quốc hôm "
     "thứ Hai."),
]  # fmt: skip


@pytest.mark.parametrize(
    ("lang", "title", "text"),
    DEPORTED_TO_THE_REPUBLIC,
    ids=[f"{r[0]}-{i}" for i, r in enumerate(DEPORTED_TO_THE_REPUBLIC)],
)
def test_deported_to_the_republic_of_korea_reached_it(lang: str, title: str, text: str) -> None:
    verdict = _verdict(lang, title, text)
    assert verdict.tier is Tier.ALERT
    assert verdict.facts.status is Status.REACHED_THIRD_COUNTRY
    assert verdict.facts.people == 2


# Still to be sent to the Republic of Korea: in the hands of the border police, no threat.
TO_BE_SENT_TO_THE_REPUBLIC = [
    ("ru", "В Монголии задержаны двое беглецов из КНДР",
     "Пограничники в среду задержали двух граждан КНДР у границы. Их планируют депортировать в "
     "Республику Корея на следующей неделе."),
    ("zh", "蒙古抓获两名脱北者", "蒙古边防周三抓获两名朝鲜人。当局计划下周将他们遣送大韩民国。"),
    ("vi", "Mông Cổ bắt 2 người Triều Tiên",
     "Lính biên phòng Mông Cổ hôm thứ Tư đã bắt 2 người Triều Tiên. Nhà chức trách dự kiến trục "
     "xuất họ sang Đại Hàn Dân Quốc vào tuần tới."),
    ("th", "มองโกเลียจับชาวเกาหลีเหนือ 2 คน",
     "ทหารพรานมองโกเลียจับชาวเกาหลีเหนือ 2 คนเมื่อวันพุธ "
     "เจ้าหน้าที่มีแผนจะเนรเทศพวกเขาไปสาธารณรัฐเกาหลีในสัปดาห์หน้า"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("lang", "title", "text"),
    TO_BE_SENT_TO_THE_REPUBLIC,
    ids=[f"{r[0]}-{i}" for i, r in enumerate(TO_BE_SENT_TO_THE_REPUBLIC)],
)
def test_still_to_be_sent_to_the_republic_of_korea_is_an_arrest(
    lang: str, title: str, text: str
) -> None:
    verdict = _verdict(lang, title, text)
    assert verdict.tier is Tier.ALERT
    assert verdict.facts.status is Status.ARRESTED
    assert verdict.facts.country == "MN"


# Another group's return told in the participial aside Russian sets off by commas ("семеро,
# высланных в октябре,"), beside the people caught on a recent day: theirs is only the threat.
LIKE_THOSE_SENT_BACK = [
    "Как и семеро, высланных в октябре, трое граждан КНДР, задержанных в понедельник в "
    "Хабаровске, могут быть выдворены на родину.",
    "Подобно семи гражданам КНДР, высланным в октябре, трое беглецов, задержанных в "
    "понедельник в Хабаровске, могут быть выдворены.",
]


@pytest.mark.parametrize("text", LIKE_THOSE_SENT_BACK, ids=["kak-i", "podobno"])
def test_another_groups_return_in_a_russian_aside_is_not_theirs(text: str) -> None:
    verdict = _verdict("ru", "В Хабаровске задержаны трое беглецов из КНДР", text)
    assert verdict.facts.status is Status.FACING_REPATRIATION
    assert verdict.facts.people == 3
