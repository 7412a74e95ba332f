"""Freed and held at once: a custody told straight after a release (随即, 곧바로, 直後, сразу после,
ngay sau khi, ทันที) ends that release, so the people are held, not free.

Every sentence here was written for these tests; none is copied from a news report.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.classify import classify
from bot.domain import Document, Status, Tier

ON = date(2026, 12, 6)


@pytest.mark.parametrize(
    ("title", "text", "lang"),
    [
        ("柬埔寨法院对2名朝鲜人处以罚款",
         "金边市法院4日判处2名朝鲜男子各罚款100万瑞尔，并当庭释放。但两人走出法院后随即被移民"
         "总局人员带走，目前关押在金边的移民拘留中心。", "zh-Hans"),
        ("柬埔寨法院对2名朝鲜人处以罚款",
         "金边市法院4日判处2名朝鲜男子各罚款100万瑞尔，并当庭释放。但两人走出法院时立即被移民"
         "总局人员带走，目前关押在金边的移民拘留中心。", "zh-Hans"),
        ("柬埔寨法院對2名北韓人處以罰款",
         "金邊市法院4日判處2名北韓男子各罰款100萬瑞爾，並當庭釋放。不過兩人走出法院後隨即被移民"
         "總局人員帶走，目前關押在金邊的移民拘留中心。", "zh-Hant"),
        ("캄보디아 법원, 북한 남성 2명에 벌금형",
         "프놈펜 법원은 4일 불법 입국 혐의로 북한 남성 2명에게 벌금형을 선고하고 석방했다. 그러나 "
         "두 사람은 법원을 나서자마자 이민국 직원들에게 연행돼 현재 이민구금센터에 수용돼 있다.", "ko"),
        ("캄보디아 법원, 북한 남성 2명에 벌금형",
         "프놈펜 법원은 4일 불법 입국 혐의로 북한 남성 2명에게 벌금형을 선고하고 석방했다. 그러나 "
         "두 사람은 곧바로 이민국 직원들에게 연행돼 현재 이민구금센터에 수용돼 있다.", "ko"),
        ("カンボジアの裁判所、北朝鮮の男性2人に罰金",
         "プノンペンの裁判所は4日、不法入国の罪で北朝鮮の男性2人に罰金を科し、釈放した。しかし2人は"
         "法廷を出た直後に入管職員に連行され、現在プノンペンの収容施設に収容されている。", "ja"),
        ("Суд в Камбодже оштрафовал двух граждан КНДР",
         "Суд Пномпеня в пятницу оштрафовал двух мужчин из КНДР за незаконный въезд и освободил их "
         "в зале суда. Однако сразу после выхода из суда они были задержаны сотрудниками "
         "миграционной службы и сейчас содержатся в центре временного содержания.", "ru"),
        ("Tòa án Campuchia phạt tiền hai người Triều Tiên",
         "Tòa án Phnom Penh ngày 4/12 phạt tiền hai người đàn ông Triều Tiên vì nhập cảnh trái phép "
         "và trả tự do cho họ tại tòa. Tuy nhiên, ngay sau khi rời tòa, hai người đã bị nhân viên "
         "di trú bắt đi và hiện bị giam tại trung tâm tạm giữ.", "vi"),
        ("ศาลกัมพูชาสั่งปรับชาวเกาหลีเหนือ 2 คน",
         "ศาลกรุงพนมเปญสั่งปรับชายชาวเกาหลีเหนือ 2 คนฐานเข้าเมืองผิดกฎหมายและปล่อยตัวในวันที่ 4 "
         "ธันวาคม แต่ทั้งสองถูกเจ้าหน้าที่ตรวจคนเข้าเมืองควบคุมตัวทันทีหลังออกจากศาล "
         "และขณะนี้ถูกกักตัวอยู่ที่ศูนย์กักกัน", "th"),
    ],
    ids=["zh-hans-suiji", "zh-hans-liji", "zh-hant-suiji", "ko-jamaja", "ko-gotbaro", "ja-chokugo",
         "ru-srazu-posle", "vi-ngay-sau-khi", "th-thanthi"],
)  # fmt: skip
def test_a_custody_at_once_after_a_release_ends_it(title: str, text: str, lang: str) -> None:
    verdict = classify(Document("h", title, text, lang=lang, date=ON))
    assert verdict.tier is Tier.ALERT
    assert verdict.facts.status is Status.DETAINED
    assert verdict.facts.people == 2


def test_zh_suiji_then_jiang_is_no_imminent_cue() -> None:
    # 隨即將其收押 (at once took them into custody): 即將 (about to) spans two words here.
    verdict = classify(Document("h", "移民局隨即將2名北韓人收押", "", lang="zh-Hant", date=ON))
    assert verdict.facts.status is Status.DETAINED
