"""People told of in quotes: who they are said only in their own words or a relative's, and
the words in and around a quote that govern a return (an order, a fear, a wish).

Every sentence here was written for these tests; none is copied from a news report.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.classify import classify
from bot.domain import Document, Status, Tier

ON = date(2026, 12, 12)


def verdict_of(title: str, text: str, lang: str) -> tuple[Tier, Status | None]:
    verdict = classify(Document("q", title, f"{title}\n{text}", lang=lang, date=ON))
    return verdict.tier, verdict.facts.status


@pytest.mark.parametrize(
    ("title", "text", "lang", "status"),
    [
        ("Court orders three North Korean defectors deported",
         "A court in Khabarovsk on Tuesday ordered the expulsion of three North Korean "
         "defectors held since October.", "en", Status.FACING_REPATRIATION),
        ("Judge orders two North Korean women freed",
         "A judge in Bangkok on Friday ordered the release of two North Korean women held at "
         "the immigration centre since August.", "en", Status.DETAINED),
        ("脱北女子在丹东被抓",
         "一名脱北女子上周在丹东被公安抓走，目前关在看守所。她姐姐说：“我很怕她被送回朝鲜。”",
         "zh-Hans", Status.FACING_REPATRIATION),
        ("หญิงชาวเกาหลีเหนือ 2 คนถูกกักตัวที่เชียงราย",
         "หญิงชาวเกาหลีเหนือ 2 คนถูกกักตัวที่ ตม.เชียงราย ตั้งแต่สัปดาห์ก่อน ทั้งสองอยากเดินทางไปเกาหลีใต้",
         "th", Status.DETAINED),
    ],
    ids=["en-orders-deported", "en-orders-freed", "zh-afraid-sent-back", "th-want-to-go-south"],
)  # fmt: skip
def test_what_an_order_a_fear_or_a_wish_governs_is_not_done(
    title: str, text: str, lang: str, status: Status
) -> None:
    assert verdict_of(title, text, lang) == (Tier.ALERT, status)


@pytest.mark.parametrize(
    ("title", "text", "lang", "country", "people"),
    [
        ("Police hold four men at Laos border crossing",
         "Lao police detained four men at the Boten crossing on Sunday. \"We escaped from North "
         "Korea,\" one of them told a local reporter.", "en", "LA", 4),
        ("Lawyer says clients face return after arrest in Irkutsk",
         "Police in Irkutsk arrested two women at a bus station last Monday. \"My clients fled "
         "North Korea. They will be punished if they are sent back,\" their lawyer said.", "en",
         "RU", 2),
        ("베트남 국경서 여성 3명 붙잡혀",
         "베트남 북부 라오까이에서 여성 3명이 지난 9일 국경수비대에 붙잡혔다. 이들은 \"우리는 북에서 "
         "왔다\"고 말했다.", "ko", "VN", 3),
        ("蒙古边防拘留两名男子",
         "蒙古国边防部门10日在扎门乌德拘留两名男子。其中一人说：“我们是从朝鲜逃出来的。”",
         "zh-Hans", "MN", 2),
        ("В Хабаровске задержаны три женщины",
         "Полиция задержала трёх женщин на вокзале Хабаровска во вторник. «Мы из КНДР», — "
         "сказала одна из них.", "ru", "RU", 3),
        ("Ba người phụ nữ bị bắt ở Lào Cai",
         "Bộ đội biên phòng Lào Cai ngày 8/12 đã bắt giữ ba người phụ nữ nhập cảnh trái phép. "
         "\"Chúng tôi trốn khỏi Triều Tiên\", một người nói.", "vi", "VN", 3),
        ("ตม.หนองคายจับหญิง 2 คน",
         "เจ้าหน้าที่ ตม.หนองคาย จับกุมหญิง 2 คนที่ลักลอบข้ามแม่น้ำโขงเมื่อวันที่ 9 ธ.ค. ทั้งสองบอกว่า "
         "\"เราหนีมาจากเกาหลีเหนือ\"", "th", "TH", 2),
        ("캄보디아서 남성 3명 체포",
         "캄보디아 바탐방에서 남성 3명이 지난 10일 경찰에 체포됐다. 현지 목사는 \"세 사람 모두 "
         "양강도 혜산 출신이다\"라고 말했다.", "ko", "KH", 3),
        ("云南河口警方查获两名女子",
         "云南河口警方12月9日在一辆大巴上查获两名女子。其中一人说：“我们是从朝鲜过来的。”",
         "zh-Hans", "CN", 2),
        ("寮國警方逮捕三名男子",
         "寮國警方上週在琅南塔逮捕三名男子。一名志工轉述他們的話說：「我們是北韓人。」", "zh-Hant",
         "LA", 3),
        ("Bốn người bị bắt ở Quảng Ninh",
         "Công an Quảng Ninh ngày 10/12 đã bắt giữ 4 người nước ngoài. Một người khai: \"Chúng tôi "
         "là người Triều Tiên.\"", "vi", "VN", 4),
    ],
    ids=["en-we-escaped", "en-my-clients", "ko", "zh", "ru", "vi", "th", "ko-from-a-town",
         "zh-came-from", "zht-we-are", "vi-we-are"],
)  # fmt: skip
def test_people_who_say_in_a_quote_that_they_fled_the_north_are_the_people_held(
    title: str, text: str, lang: str, country: str, people: int
) -> None:
    verdict = classify(Document("q", title, f"{title}\n{text}", lang=lang, date=ON))
    assert verdict.tier is Tier.ALERT
    assert (verdict.facts.country, verdict.facts.people) == (country, people)


@pytest.mark.parametrize(
    ("title", "text", "lang"),
    [
        ("Defector urges Beijing to change course",
         "\"I fled North Korea in 2008,\" said Lee, who now runs a bakery in Seoul. She urged "
         "China to stop sending escapees back.", "en"),
        ("脱北女子在首尔讲述经历",
         "她说：“我2005年从朝鲜逃出来，2006年在延吉被抓回去过一次。”她现在住在首尔。", "zh-Hans"),
        ("Bà Kim kể chuyện ở Seoul",
         "Bà Kim, người trốn khỏi Triều Tiên năm 1998, phát biểu tại một hội thảo ở Seoul hôm "
         "thứ Năm.", "vi"),
    ],
    ids=["en-defector-in-seoul", "zh-memory-long-past", "vi-speaker-in-seoul"],
)  # fmt: skip
def test_a_quoted_escape_with_no_custody_now_is_no_alert(title: str, text: str, lang: str) -> None:
    verdict = classify(Document("q", title, f"{title}\n{text}", lang=lang, date=ON))
    assert verdict.tier is not Tier.ALERT


def test_people_moved_to_an_immigration_centre_are_held() -> None:
    title = "佐渡沖の木造船 男性3人を入国管理センターに移送"
    text = (
        "新潟県佐渡市の沖合で男性3人が乗った木造船が見つかった。3人は「北朝鮮から逃げてきた」と"
        "話している。入管は3人を東日本入国管理センターに移送した。"
    )
    verdict = classify(Document("q", title, f"{title}\n{text}", lang="ja", date=ON))
    assert (verdict.tier, verdict.facts.status) == (Tier.ALERT, Status.DETAINED)
    assert (verdict.facts.country, verdict.facts.people) == ("JP", 3)


def test_the_whole_group_goes_on_about_the_people_named_before() -> None:
    title = "Năm người nước ngoài bị bắt ở Hà Giang"
    text = (
        "Công an Hà Giang ngày 5/12 bắt giữ 5 người nước ngoài nhập cảnh trái phép. Một người "
        'khai: "Chúng tôi là người Triều Tiên." Cả nhóm đang bị tạm giữ và có thể bị trả về '
        "Trung Quốc."
    )
    verdict = classify(Document("q", title, f"{title}\n{text}", lang="vi", date=ON))
    assert (verdict.tier, verdict.facts.status) == (Tier.ALERT, Status.FACING_REPATRIATION)


@pytest.mark.parametrize(
    ("title", "text", "lang"),
    [
        ("탈북민 5명 선양서 체포…북송 위기",
         "중국 선양에서 탈북민 5명이 공안에 체포돼 북송을 앞두고 있다. 김씨는 \"저만 석방돼 다섯 "
         "명에게 미안하다\"고 말했다.", "ko"),
        ("탈북민 4명 옌지서 체포…북송 위기",
         "중국 옌지에서 탈북민 4명이 붙잡혀 북송될 위기다. 이씨는 \"나만 풀려나 네 명 볼 낯이 "
         "없다\"고 했다.", "ko"),
        ("瀋陽で脱北者5人拘束、送還の恐れ",
         "瀋陽で脱北者5人が公安に拘束され、送還の恐れがある。金さんは「私だけが釈放されて申し訳"
         "ない」と語り、5人のうち2人は10代の少女だと明かした。", "ja"),
        ("5名脱北者在沈阳被抓 面临遣返",
         "5名脱北者在沈阳被公安抓获，面临被遣返。金某说，只有我被释放了，5人中有两人是少女。",
         "zh"),
    ],
    ids=["ko-jeoman", "ko-naman", "ja-watashi-dake", "zh-zhiyou-wo"],
)  # fmt: skip
def test_a_speaker_freed_alone_frees_none_of_the_people(title: str, text: str, lang: str) -> None:
    """ "Only I was freed": the speaker's release, not the people's counted beside it."""
    assert verdict_of(title, text, lang) == (Tier.ALERT, Status.FACING_REPATRIATION)
