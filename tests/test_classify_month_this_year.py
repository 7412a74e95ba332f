"""A month of this year (올해 4월, 今年7月, "in April this year") dates one incident: a figure
over it, approximate or a total, counts the people of that incident, not a yearly statistic,
while a span of months of this year ("from January to April this year") is still summed over.
Every sentence here was written for these tests; none is copied from a news report."""

from __future__ import annotations

from datetime import date

import pytest

from bot.classify import classify, default_classifier
from bot.domain import Document, Status, Tier

ON = date(2026, 12, 5)

ONE_MONTH = [
    ("en", "China returned North Koreans, groups say",
     "Some 45 North Korean defectors were sent back to North Korea by China in May this year, "
     "two aid groups said."),
    ("en", "China returned North Koreans, groups say",
     "A total of 45 North Korean defectors were sent back to North Korea by China in May of this "
     "year."),
    ("ko", "중국, 탈북민 강제북송",
     "중국 당국이 올해 5월 탈북민 약 45명을 강제북송했다고 지원단체가 전했다."),
    ("zh", "中国遣返脱北者",
     "今年5月，中国将约45名脱北者强制遣返朝鲜，援助团体称。"),
    ("ja", "中国、脱北者を強制送還",
     "中国当局は今年5月、脱北者約45人を北朝鮮に強制送還した。"),
    ("ru", "Китай выслал беглецов из КНДР",
     "По данным правозащитников, в мае этого года Китай принудительно вернул в КНДР около 45 "
     "беглецов из Северной Кореи."),
    ("vi", "Trung Quốc cưỡng bức hồi hương người Triều Tiên",
     "Theo các nhóm nhân quyền, vào tháng 5 năm nay Trung Quốc đã cưỡng bức hồi hương khoảng 45 "
     "người Triều Tiên."),
    ("th", "จีนส่งตัวชาวเกาหลีเหนือกลับ",
     "กลุ่มช่วยเหลือระบุว่าเมื่อเดือนพฤษภาคมปีนี้ จีนส่งตัวชาวเกาหลีเหนือประมาณ 45 คนกลับเกาหลีเหนือ"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("lang", "title", "text"),
    ONE_MONTH,
    ids=["en-some", "en-total", "ko", "zh", "ja", "ru", "vi", "th"],
)
def test_a_figure_in_a_month_of_this_year_is_an_incident(lang: str, title: str, text: str) -> None:
    verdict = classify(Document("r", title, text, lang, date=ON))
    assert verdict.tier is Tier.ALERT
    assert (verdict.facts.status, verdict.facts.people) == (Status.REPATRIATED, 45)


def test_a_part_of_a_group_held_in_a_month_of_this_year_is_an_incident() -> None:
    text = "今年8月に大連で公安に拘束された脱北者5人のうち、3人は北朝鮮に送還される恐れがある。"
    verdict = classify(Document("r", "大連で脱北者拘束", text, "ja", date=ON))
    assert verdict.tier is Tier.ALERT
    assert verdict.facts.status is Status.FACING_REPATRIATION


SPANS = [
    ("en", "From February to May this year, about 45 North Korean defectors were sent back to "
           "North Korea by China, a report said."),
    ("en", "Since May this year, about 45 North Korean defectors have been sent back to North "
           "Korea by China."),
    ("ko", "올해 2월부터 5월까지 중국에서 강제북송된 탈북민은 약 45명으로 집계됐다."),
    ("zh", "今年2月至5月，中国共将约45名脱北者强制遣返朝鲜。"),
    ("ja", "今年2月から5月までに中国から北朝鮮に強制送還された脱北者は約45人に上る。"),
    ("ru", "С февраля по май этого года Китай принудительно вернул в КНДР около 45 беглецов из "
           "Северной Кореи."),
    ("vi", "Từ tháng 2 đến tháng 5 năm nay, Trung Quốc đã cưỡng bức hồi hương khoảng 45 người "
           "Triều Tiên."),
    ("th", "ตั้งแต่เดือนกุมภาพันธ์ถึงพฤษภาคมปีนี้ จีนส่งตัวชาวเกาหลีเหนือประมาณ 45 คนกลับเกาหลีเหนือ"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("lang", "text"), SPANS, ids=["en-to", "en-since", "ko", "zh", "ja", "ru", "vi", "th"]
)
def test_a_figure_over_months_of_this_year_is_still_a_statistic(lang: str, text: str) -> None:
    verdict = classify(Document("r", "Returns so far this year", text, lang, date=ON))
    assert verdict.tier is not Tier.ALERT


MONTHS = [
    ("en", "They were caught in Dandong in March this year.", date(2026, 3, 1)),
    ("ko", "이들은 올해 3월 단둥에서 붙잡혔다.", date(2026, 3, 1)),
    ("ko", "이들은 올 3월 단둥에서 붙잡혔다.", date(2026, 3, 1)),
    ("zh", "他们今年3月在丹东被捕。", date(2026, 3, 1)),
    ("ja", "3人は今年3月に丹東で拘束された。", date(2026, 3, 1)),
    ("ru", "Их задержали в марте этого года.", date(2026, 3, 1)),
    ("vi", "Họ bị bắt vào tháng 3 năm nay.", date(2026, 3, 1)),
    ("th", "พวกเขาถูกจับเมื่อมีนาคมปีนี้", date(2026, 3, 1)),
]  # fmt: skip


@pytest.mark.parametrize(
    ("lang", "text", "first"),
    MONTHS,
    ids=["en", "ko", "ko-short", "zh", "ja", "ru", "vi", "th"],
)
def test_a_month_of_this_year_is_read_as_that_month_of_the_report_year(
    lang: str, text: str, first: date
) -> None:
    reading = default_classifier().readers.dates.read_both(text, ON, frozenset({lang}))
    assert (reading.happened, reading.month_only) == (first, True)


def test_a_month_of_this_year_after_the_reports_is_no_date_of_what_happened() -> None:
    text = "They are due to be moved to Dandong in December this year."
    early = date(2026, 6, 10)
    assert (
        default_classifier().readers.dates.read_both(text, early, frozenset({"en"})).happened
        is None
    )
