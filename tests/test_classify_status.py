"""A status is said only as strongly as the report asserts it about the people it is about, and
the verdict quotes the sentence it was read from.

The worst mistake is an all-clear (released, reached a third country, sent back) said while the
people are still held or facing return. Every sentence here was written for these tests; none is
copied from a news report.
"""

from __future__ import annotations

import json
from datetime import date
from io import StringIO

import pytest

from bot.classify import classify, default_classifier
from bot.commands.classify import classify_lines
from bot.domain import Document, Status, Tier

ON = date(2024, 5, 20)


def status_of(text: str, title: str = "") -> Status | None:
    return classify(Document("s", title, text, date=ON)).facts.status


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("탈북민 3명 북송설",
         "지난 13일 선양에서 체포된 탈북민 3명이 북송됐다는 소문이 돌았으나 사실로 확인되지 "
         "않았다."),
        ("Defectors rumoured returned",
         "Five North Korean defectors arrested in Shenyang last week are rumoured to have been "
         "sent back to North Korea."),
        ("延吉の脱北者", "先週延吉で拘束された脱北者4人が北朝鮮に送還されたとのうわさが出ている。"),
    ],
    ids=["ko-rumour", "en-rumoured", "ja-rumour"],
)  # fmt: skip
def test_a_rumoured_return_is_only_a_threat(title: str, text: str) -> None:
    assert status_of(text, title) is Status.FACING_REPATRIATION


@pytest.mark.parametrize(
    ("title", "text", "status"),
    [
        ("Defectors make it to Thailand",
         "Four North Korean defectors held by Lao police for three weeks made it to Thailand on "
         "Sunday after their release, activists said.", Status.REACHED_THIRD_COUNTRY),
        ("Defectors vanish after raid",
         "Five North Korean defectors vanished after Chinese police raided their hideout in Yanji "
         "on Monday, a pastor said.", Status.MISSING),
        ("Defectors face return",
         "Chinese police arrested six North Korean defectors in Yanji on Monday and are preparing "
         "to send them back, a source said.", Status.FACING_REPATRIATION),
        ("Defectors could be returned within days",
         "Eight North Korean defectors held in Tumen could be returned to the North within days, "
         "a rights group warned on Tuesday.", Status.FACING_REPATRIATION),
        ("Defectors sent home",
         "Chinese police arrested four North Korean defectors in Dandong on May 2 and sent them "
         "back across the river a week later, a source said.", Status.REPATRIATED),
    ],
    ids=["made-it-to-thailand", "vanished", "preparing-to-send-back", "could-be-returned",
         "sent-them-back"],
)  # fmt: skip
def test_english_wordings_of_each_status(title: str, text: str, status: Status) -> None:
    assert status_of(text, title) is status


@pytest.mark.parametrize(
    ("title", "text", "status"),
    [
        ("North Korean woman held in Khabarovsk deportation centre",
         "A North Korean woman has been held in a deportation centre outside Khabarovsk since "
         "August, her lawyer said on Monday.", Status.DETAINED),
        ("Two North Koreans in Moscow deportation center ask for refugee status",
         "The men, both in their 30s, were picked up in a document check in September, a rights "
         "group said.", Status.DETAINED),
        # Guard: the return itself told beside the centre.
        ("North Korean woman in Khabarovsk deportation centre awaits deportation",
         "A North Korean woman has been held in a deportation centre outside Khabarovsk since "
         "August, her lawyer said on Monday.", Status.FACING_REPATRIATION),
    ],
    ids=["centre", "center", "awaiting-guard"],
)  # fmt: skip
def test_people_held_in_a_deportation_centre_are_held(
    title: str, text: str, status: Status
) -> None:
    """A centre named by the deportation it holds people for is a place of custody, as a
    detention centre is; a return still needs its own words."""
    assert status_of(text, title) is status


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("五名脱北者在越南被判刑", "越南一家法院以非法入境罪判处五名脱北者一年有期徒刑。"),
        ("脱北者5人に実刑", "ベトナムの裁判所は不法入国の罪で脱北者5人に禁錮1年の判決を言い渡した。"),
        ("Граждане КНДР осуждены",
         "Суд в Уссурийске приговорил пятерых граждан КНДР, бежавших со стройки, к году лишения "
         "свободы."),
        ("5 người Triều Tiên lĩnh án",
         "Tòa án Hà Nội đã tuyên phạt 5 người Triều Tiên 1 năm tù về tội nhập cảnh trái phép."),
    ],
    ids=["zh", "ja", "ru", "vi"],
)  # fmt: skip
def test_people_sentenced_to_prison_abroad_are_held(title: str, text: str) -> None:
    verdict = classify(Document("p", title, text, date=ON))
    assert verdict.tier is Tier.ALERT
    assert verdict.facts.status is Status.DETAINED


@pytest.mark.parametrize(
    ("title", "text", "status"),
    [
        ("Defectors in Hanoi still not freed",
         "Four North Korean defectors held at an immigration centre in Hanoi have yet to be "
         "released two months after their arrest, a pastor said.", Status.DETAINED),
        ("North Koreans held in Vladivostok",
         "Two North Korean men detained in Vladivostok last week are awaiting deportation to "
         "the North, their lawyer said.", Status.FACING_REPATRIATION),
        ("라오스 억류 탈북민 4명 석방 안돼",
         "라오스 이민국 수용소에 억류된 탈북민 4명이 두 달째 수용소에 갇혀 있다.",
         Status.DETAINED),
        ("탈북민 석방 또 무산",
         "베트남 공안에 구금된 탈북민 5명의 석방이 또 무산됐다고 지원단체가 밝혔다.",
         Status.DETAINED),
        ("\"탈북민 강제북송 안 돼\"",
         "지난주 중국 옌지에서 공안에 체포된 탈북민 6명의 가족이 기자회견을 열었다.",
         Status.FACING_REPATRIATION),
        ("中 공안, 탈북민 7명 체포",
         "단둥에서 체포된 탈북민 7명은 곧 북한으로 넘겨질 것으로 알려졌다.",
         Status.FACING_REPATRIATION),
        ("ハノイの脱北者4人、釈放されず",
         "ハノイの入管施設に収容された脱北者4人は、2カ月たった今も施設にとどまっている。",
         Status.DETAINED),
        ("瀋陽の脱北者5人",
         "先月瀋陽で拘束された脱北者5人は解放されないまま、取り調べを受けている。",
         Status.ARRESTED),
    ],
    ids=["en-yet-to-be-released", "en-awaiting-deportation", "ko-not-released-headline",
         "ko-release-fell-through", "ko-must-not-be-returned", "ko-will-be-handed-over",
         "ja-not-released-headline", "ja-still-not-freed"],
)  # fmt: skip
def test_a_release_or_return_still_to_come_is_not_said_done(
    title: str, text: str, status: Status
) -> None:
    assert status_of(text, title) is status


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # Another sense of the word: a document released, an organisation's name.
        ("Nine North Korean defectors were detained in Shenyang last week, according to a "
         "statement released on Monday by a Seoul-based group.", Status.DETAINED),
        ("Six North Koreans are held at an immigration centre in Bangkok, the report released "
         "by the rights group said on Tuesday.", Status.DETAINED),
        ("탈북민 구출 단체 관계자는 중국 공안에 붙잡힌 탈북민 3명이 곧 북송될 것이라고 말했다.",
         Status.FACING_REPATRIATION),
        # Wanted, not done: hope, call for, demand, strive for.
        ("Eleven North Korean refugees have been held in Kunming since May, and their families "
         "hope to see them released.", Status.DETAINED),
        ("Police in Dandong are holding eight North Korean defectors; rights groups urged "
         "Beijing to free them rather than send them back.", Status.FACING_REPATRIATION),
        ("라오스에서 붙잡힌 탈북민 4명이 이민국 수용소에 억류돼 있으며 단체들은 이들의 석방을 "
         "촉구했다.", Status.DETAINED),
        ("中国公安上周在沈阳抓获8名脱北者，韩国政府正在争取他们获释。", Status.ARRESTED),
        ("脱北者5人が先月、昆明で収容された。家族は彼らの釈放を求めている。", Status.DETAINED),
        ("Пятеро северокорейцев задержаны во Владивостоке; правозащитники просят их отпустить.",
         Status.ARRESTED),
        # Feared, in danger of: a return threatened, not done.
        ("Five North Korean escapees arrested near Dandong are in danger of being forcibly "
         "repatriated, activists warned on Friday.", Status.FACING_REPATRIATION),
        ("瀋陽で先週、脱北者8人が中国公安に拘束され、北朝鮮に強制送還される危機に直面している。",
         Status.FACING_REPATRIATION),
        ("十五名脱北者在云南被公安逮捕，面临被强制遣返的结局。", Status.FACING_REPATRIATION),
        # A question still open is no release.
        ("탈북민 9명이 지난 3일 쿤밍에서 체포돼 구금됐다. 이들의 석방 여부는 아직 알려지지 "
         "않았다.", Status.DETAINED),
        ("중국 공안이 지난달 탈북민 5명을 체포해 구금 중이며, 정부는 이들의 석방 문제를 놓고 "
         "협의하고 있다.", Status.DETAINED),
        # Held in a third country's immigration shelter is custody, not safety.
        ("태국 경찰에 체포된 탈북민 6명은 현재 방콕 이민국 보호소에서 보호를 받고 있다.",
         Status.DETAINED),
        # Sent to a neighbouring country is not sent home, in Russian as in English.
        ("Пятерых северокорейцев, задержанных во Владивостоке, депортировали в Китай.",
         Status.ARRESTED),
        ("Russian police detained five North Koreans in Vladivostok and deported them to China.",
         Status.DETAINED),
        # A court that orders a return has not carried it out.
        ("В Хабаровске задержали северокорейца; суд постановил выдворить его из России.",
         Status.FACING_REPATRIATION),
        # The return named as a noun is one still to come; only the participle says it happened.
        ("Северокорейца задержали в Уссурийске; в суде решается вопрос о его выдворении.",
         Status.FACING_REPATRIATION),
        ("Трое граждан КНДР содержатся в изоляторе в Находке в ожидании выдворения.",
         Status.FACING_REPATRIATION),
        ("Гражданин КНДР, задержанный в Хабаровске, выдворен из России.", Status.REPATRIATED),
        # Counted on, not won; and freed only to be held at once for expulsion.
        ("Адвокаты гражданина КНДР, задержанного в Хабаровске, рассчитывают добиться его "
         "освобождения.", Status.ARRESTED),
        ("Отсидевший три года гражданин КНДР вышел на свободу в Хабаровском крае и тут же был "
         "помещен в спецучреждение.", Status.DETAINED),
    ],
    ids=["statement-released", "report-released", "ko-rescue-group", "hope-released",
         "urged-to-free", "ko-urged-release", "zh-striving-for-release", "ja-seeking-release",
         "ru-asking-release", "in-danger-of", "ja-crisis-of-return", "zh-facing-return",
         "ko-whether-released", "ko-release-issue", "ko-immigration-shelter",
         "ru-deported-to-china", "en-deported-to-china", "ru-court-ordered",
         "ru-question-of-expulsion", "ru-awaiting-expulsion", "ru-expelled-participle",
         "ru-counting-on-release", "ru-freed-and-held-at-once"],
)  # fmt: skip
def test_an_all_clear_needs_an_asserted_event(text: str, status: Status) -> None:
    assert status_of(text) is status


@pytest.mark.parametrize(
    "text",
    [
        "Трое беглецов из КНДР задержаны в Уссурийске; правозащитники призвали власти не "
        "депортировать их.",
        "Пятеро северокорейцев задержаны в Находке. Правозащитники просят власти не высылать их в "
        "КНДР.",
        "ชาวเกาหลีเหนือ 6 คนถูกควบคุมตัวที่เชียงราย องค์กรสิทธิมนุษยชนเรียกร้องให้ทางการไทยไม่เนรเทศพวกเขา",
    ],
    ids=["ru-urged-not-to-deport", "ru-asked-not-to-expel", "th-called-for-no-deportation"],
)
def test_a_return_a_demand_says_must_not_happen_is_threatened_not_denied(text: str) -> None:
    assert status_of(text) is Status.FACING_REPATRIATION


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("\"허룽 탈북민 4명 즉각 석방하라\"",
         "중국 공안이 지난주 허룽에서 탈북민 4명을 체포했다고 인권단체가 밝혔다."),
        ("탈북민 4명 체포",
         "중국 공안이 지난주 허룽에서 탈북민 4명을 체포했다. 단체는 이들이 당장 석방돼야 한다고 했다."),
        ("「脱北者4人を釈放せよ」", "中国公安が先週和龍で脱北者4人を拘束したと人権団体が発表した。"),
        ("脱北者4人拘束",
         "中国公安が先週和龍で脱北者4人を拘束した。団体は4人をすぐに釈放すべきだと述べた。"),
        ("团体：中方应当立即释放四名脱北者", "中国公安上周在和龙抓获四名脱北者。"),
        ("四名脫北者被捕", "中國公安上週在和龍抓獲四名脫北者。團體表示，中方必須立即釋放他們。"),
        # Headlines shorten the demand (籲, 促), families hope (盼).
        ("南韓籲中國釋放4名脫北者", "中國公安上週在和龍抓獲四名脫北者，人權團體今天說。"),
        ("韩国促中方释放4名脱北者", "中国公安上周在和龙抓获四名脱北者，人权团体今天说。"),
        ("四名脫北者被捕", "中國公安上週在和龍抓獲四名脫北者，家屬盼他們早日獲釋。"),
    ],
    ids=["ko-command", "ko-must", "ja-command", "ja-beki", "zh-should", "zh-hant-must",
         "zh-hant-headline-urges", "zh-headline-presses", "zh-hant-family-hopes"],
)  # fmt: skip
def test_a_release_a_headline_commands_or_a_group_says_must_happen_frees_nobody(
    title: str, text: str
) -> None:
    assert status_of(text, title) is Status.ARRESTED


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("นักศึกษารณรงค์ให้ปล่อยตัวชาวเกาหลีเหนือ 4 คนที่ถูกจับที่หนองคายเมื่อเดือนที่แล้ว",
         Status.ARRESTED),
        ("แคมเปญรณรงค์ปล่อยตัวชาวเกาหลีเหนือ 4 คนที่ถูกจับที่หนองคายเริ่มขึ้นเมื่อวันจันทร์",
         Status.ARRESTED),
        ("ชาวเกาหลีเหนือ 4 คนยังไม่ได้รับการปล่อยตัวจากห้องกักตม.", Status.DETAINED),
        # A release the foundation reports is still a release.
        ("มูลนิธิระบุว่าชาวเกาหลีเหนือ 3 คนที่ถูกจับที่หนองคายได้รับการปล่อยตัวแล้วเมื่อวันจันทร์",
         Status.RELEASED),
        ("ชาวเกาหลีเหนือ 3 คนที่ถูกจับที่หนองคายได้รับการปล่อยตัวแล้ว มูลนิธิเพื่อผู้ลี้ภัยระบุ",
         Status.RELEASED),
    ],
    ids=["th-students-campaign", "th-campaign-name", "th-not-yet-released", "th-foundation-said",
         "th-foundation-said-after"],
)  # fmt: skip
def test_a_thai_campaign_for_a_release_or_a_release_not_yet_frees_nobody(
    text: str, status: Status
) -> None:
    assert status_of(text, "ข่าว") is status


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("After five months in detention, Lao police on Friday allowed the two North Korean "
         "teenagers to leave for Bangkok.", Status.RELEASED),
        ("Lao police on Friday let the two North Korean teenagers leave for Bangkok after four "
         "months in a Vientiane cell.", Status.RELEASED),
        ("Lao police freed the two North Korean teenagers on Friday, ending four months in "
         "detention.", Status.RELEASED),
        ("The two North Korean teenagers were set free on Friday, ending their detention in "
         "Vientiane.", Status.RELEASED),
        # Not allowed, or only asked for: still held.
        ("Lao police have not allowed the two North Korean teenagers held in Vientiane to leave.",
         Status.DETAINED),
        ("A church group urged Lao police to allow the two North Korean teenagers held in "
         "Vientiane to leave.", Status.DETAINED),
    ],
    ids=["allowed", "let", "ending-months", "ending-their", "not-allowed", "urged"],
)  # fmt: skip
def test_people_held_whom_the_police_let_leave_or_whose_detention_ended_are_released(
    text: str, status: Status
) -> None:
    assert status_of(text, "") is status


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Three North Korean women who slipped out of a holding cell in Hunchun have reached "
         "safety in Thailand, a pastor said.", Status.REACHED_THIRD_COUNTRY),
        ("A North Korean teenager held in Laos since May has found safety, his mother said.",
         Status.REACHED_THIRD_COUNTRY),
        # Only sought: still held.
        ("Three North Korean women detained in Hunchun had hoped to reach safety in Thailand.",
         Status.DETAINED),
    ],
    ids=["reached-safety", "found-safety", "hoped-for"],
)  # fmt: skip
def test_people_held_who_reached_safety_reached_a_third_country(text: str, status: Status) -> None:
    assert status_of(text, "") is status


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Four North Korean defectors who were held in Laos last month are now in the care of "
         "the UN refugee agency in Bangkok.", Status.REACHED_THIRD_COUNTRY),
        # The arrival describes the people a custody after it is about: held.
        ("ラオスからメコン川を渡ってタイに到着した脱北者5人が、チェンライで警察に拘束された。",
         Status.ARRESTED),
        ("라오스에서 메콩강을 건너 태국에 도착한 탈북민 5명이 치앙라이에서 경찰에 체포됐다.",
         Status.ARRESTED),
    ],
    ids=["en-unhcr-care", "ja-arrived-then-held", "ko-arrived-then-held"],
)  # fmt: skip
def test_people_in_unhcr_care_reached_a_third_country_unless_held_there(
    text: str, status: Status
) -> None:
    assert status_of(text, "") is status


@pytest.mark.parametrize(
    "text",
    [
        "Three North Korean women who arrived in Bangkok were held by immigration police on Friday.",
        "バンコクに到着した脱北者3人が入管に拘束された。",
        "Ba phụ nữ Triều Tiên đã đến Bangkok bị cảnh sát di trú bắt giữ hôm thứ Sáu.",
    ],
    ids=["en", "ja", "vi"],
)  # fmt: skip
def test_people_held_in_the_city_they_arrived_in_are_an_alert_there(text: str) -> None:
    # An all-clear term naming the city took its place name with it: the report lost its
    # country and its alert. Where they are held is the news.
    verdict = classify(Document("s", text[:40], text, date=ON))
    assert (verdict.tier, verdict.facts.country) == (Tier.ALERT, "TH")
    assert verdict.facts.status not in (Status.REACHED_THIRD_COUNTRY, Status.RELEASED)


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("ตม.ส่งตัวชาวเกาหลีเหนือ 5 คนที่ถูกจับที่เชียงแสนไปเกาหลีใต้แล้วเมื่อวันจันทร์",
         Status.REACHED_THIRD_COUNTRY),
        ("ชาวเกาหลีเหนือ 5 คนที่ถูกจับที่เชียงแสนถูกส่งตัวไปยังเกาหลีใต้เมื่อวันจันทร์",
         Status.REACHED_THIRD_COUNTRY),
        # Still to come: prepared, awaited or called for.
        ("ทางการไทยเตรียมส่งตัวชาวเกาหลีเหนือ 9 คนที่ถูกควบคุมตัวที่ห้องกักตม. ไปยังเกาหลีใต้",
         Status.DETAINED),
        ("ชาวเกาหลีเหนือ 9 คนถูกควบคุมตัวที่ห้องกักตม. เพื่อรอการส่งตัวไปยังเกาหลีใต้", Status.DETAINED),
        ("องค์กรสิทธิฯ เรียกร้องให้ทางการไทยส่งตัวชาวเกาหลีเหนือ 9 คนที่ถูกควบคุมตัวที่หนองคาย"
         "ไปยังเกาหลีใต้", Status.DETAINED),
    ],
    ids=["th-sent-on", "th-sent-on-passive", "th-prepared", "th-awaited", "th-called-for"],
)  # fmt: skip
def test_people_thailand_sent_on_to_the_south_reached_a_third_country(
    text: str, status: Status
) -> None:
    assert status_of(text, "ข่าว") is status


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("จีนบังคับส่งกลับผู้ลี้ภัยเกาหลีเหนือ 8 คนที่ถูกจับในเหยียนจี๋เมื่อวันเสาร์", Status.REPATRIATED),
        ("ผู้ลี้ภัยเกาหลีเหนือ 8 คนที่ถูกจับในเหยียนจี๋ถูกบังคับส่งตัวกลับเมื่อวันเสาร์", Status.REPATRIATED),
        ("ผู้ลี้ภัยเกาหลีเหนือ 8 คนถูกจับในเหยียนจี๋ และกำลังเผชิญการบังคับส่งกลับ",
         Status.FACING_REPATRIATION),
        ("ผู้ลี้ภัยเกาหลีเหนือ 8 คนถูกจับในเหยียนจี๋ องค์กรสิทธิฯ ต่อต้านการบังคับส่งกลับ",
         Status.FACING_REPATRIATION),
    ],
    ids=["th-forced-back", "th-forced-back-passive", "th-facing-forced-return", "th-opposed"],
)  # fmt: skip
def test_a_thai_forced_return_is_done_as_a_verb_and_threatened_as_a_noun(
    text: str, status: Status
) -> None:
    assert status_of(text, "ข่าว") is status


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("北朝鮮人権解放ネットワークは、中国・瀋陽で脱北者4人が拘束されたと明らかにした。",
         Status.ARRESTED),
        ("中国で拘束された脱北者4人の解放運動が広がっている。", Status.ARRESTED),
        # A release the group reports is still a release.
        ("中国で拘束されていた脱北者4人が解放されたと団体が明らかにした。", Status.RELEASED),
    ],
    ids=["ja-network-name", "ja-campaign", "ja-group-said"],
)  # fmt: skip
def test_a_japanese_group_or_campaign_named_for_a_release_frees_nobody(
    text: str, status: Status
) -> None:
    assert status_of(text, "ニュース") is status


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("중국 공안에 체포됐던 탈북민 4명이 지난 18일 풀려났다고 단체가 밝혔다.", Status.RELEASED),
        ("라오스 경찰에 구금됐던 탈북민 4명이 석방됐다고 구호단체가 전했다.", Status.RELEASED),
        # The group's name right after the word still names a group.
        ("탈북민 4명이 지난 18일 선양에서 체포됐다고 탈북민 구출 단체가 밝혔다.", Status.ARRESTED),
    ],
    ids=["ko-freed-the-group-said", "ko-released-the-group-said", "ko-rescue-group-said"],
)  # fmt: skip
def test_a_release_the_group_reports_is_not_read_as_the_groups_name(
    text: str, status: Status
) -> None:
    assert status_of(text, "탈북민 소식") is status


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # The release is the helpers'; the people are still held.
        ("Two South Korean missionaries were released on Friday, but the eight North Korean "
         "defectors arrested with them remain in custody in Vientiane.", Status.DETAINED),
        # The arrival in the South is the speaker's, years ago; the arrest is her sister's, now.
        ("2015년 한국에 입국한 탈북민 김모 씨는 동생 등 탈북민 3명이 지난주 선양에서 공안에 "
         "체포됐다고 밝혔다.", Status.ARRESTED),
        # Others, last year: a return that only threatens the people arrested this week.
        ("中国公安上周在昆明抓获5名脱北者，他们面临遣返。去年，同一路线上被抓的20人已被遣返朝鲜。",
         Status.FACING_REPATRIATION),
        # The speaker's own release, last year, told beside an arrest dated to the report's days.
        ("중국 선양에서 탈북민 5명이 공안에 체포돼 북송 위기에 처했다고 구호단체가 20일 밝혔다. "
         "단체 대표는 지난해 중국 감옥에서 석방된 뒤 한국에 왔다.", Status.FACING_REPATRIATION),
        ("救援团体20日表示，五名脱北者在沈阳被捕，面临遣返。该团体负责人去年从中国监狱获释后抵达韩国。",
         Status.FACING_REPATRIATION),
        ("支援団体は20日、瀋陽で脱北者5人が拘束され、送還の恐れがあると明らかにした。"
         "同団体の代表は昨年、中国の刑務所から釈放され、韓国に入国した。", Status.FACING_REPATRIATION),
        # Others of the group got away: their arrival is not the arrested people's.
        ("Seven North Korean defectors were arrested in Kunming; two others escaped and reached "
         "Thailand.", Status.ARRESTED),
        ("Police in Shenyang are holding nine North Korean defectors, while two other defectors "
         "were freed on Monday.", Status.DETAINED),
        ("탈북민 7명이 쿤밍에서 체포됐고, 나머지 2명은 태국에 도착했다.", Status.ARRESTED),
        ("7名脱北者在昆明被捕，其余2人已抵达泰国。", Status.ARRESTED),
        ("Семеро беглецов из КНДР задержаны в Куньмине, остальные добрались до Таиланда.",
         Status.ARRESTED),
        ("Bảy người Triều Tiên bị bắt tại Côn Minh, 2 người khác đã đến Thái Lan.",
         Status.ARRESTED),
    ],
    ids=["helpers-released", "speaker-arrived-years-ago", "others-last-year",
         "ko-speaker-freed-last-year", "zh-speaker-freed-last-year", "ja-speaker-freed-last-year",
         "en-two-others",
         "en-two-other-defectors", "ko-the-rest", "zh-the-rest", "ru-the-rest", "vi-others"],
)  # fmt: skip
def test_an_all_clear_about_someone_else_is_not_theirs(text: str, status: Status) -> None:
    assert status_of(text) is status


@pytest.mark.parametrize(
    "text",
    [
        "Border police in Hunchun arrested six North Korean defectors on Tuesday. Another group of "
        "defectors caught near Yanji in April was sent back in May.",
        "Пограничники задержали в Хуньчуне шестерых беглецов из КНДР. Другая группа беглецов, "
        "пойманная у Яньцзи в апреле, была выслана в КНДР в мае.",
        "중국 공안이 화요일 훈춘에서 탈북민 6명을 체포했다. 4월 옌지 인근에서 붙잡힌 다른 탈북민 "
        "일행은 5월에 북송됐다.",
        "边防警察周二在珲春抓获6名脱北者。另一批脱北者已于5月被遣返朝鲜。",
        "边防警察周二在珲春抓获6名脱北者。另一批5月在延吉被抓的脱北者已被遣返。",
        "邊防警察週二在琿春抓獲6名脫北者。另外一批4月被捕的3名脫北者已被遣返北韓。",
        "珲春边防周二抓获6名脱北者。5月被抓的另一批脱北者已被遣返。",
    ],
    ids=[
        "en-another-group-of",
        "ru-another-group",
        "ko-other-defectors-party",
        "zh-another-batch",
        "zh-another-batch-caught-in-may",
        "zh-hant-another-batch-of-three-caught-in-april",
        "zh-caught-in-may-another-batch",
    ],
)
def test_another_group_sent_back_before_leaves_the_people_held(text: str) -> None:
    assert status_of(text) is Status.ARRESTED


@pytest.mark.parametrize(
    ("lang", "text", "status"),
    [
        ("en", "Police in Jilin detained three North Korean defectors this month. Another seven "
               "defectors caught in May have already been sent back.", Status.DETAINED),
        ("zh-Hans", "本月吉林有3名脱北者被公安拘留。5月被抓的另外7名脱北者已被遣返。",
         Status.DETAINED),
        ("zh-Hans", "本月吉林有3名脱北者被公安拘留，另有7名脱北者已于5月被遣返。", Status.DETAINED),
    ],
    ids=["en-another-seven", "zh-another-seven-caught-in-may", "zh-seven-more-sent-back-in-may"],
)  # fmt: skip
def test_others_whose_return_is_told_apart_are_not_added_to_the_people(
    lang: str, text: str, status: Status
) -> None:
    facts = classify(Document("s", "", text, lang, date=date(2026, 6, 10))).facts
    assert (facts.people, facts.status) == (3, status)


@pytest.mark.parametrize(
    "text",
    [
        "Полиция задержала во Владивостоке пятерых беглецов из КНДР. Их проводника отпустили "
        "через два дня.",
        "Công an Quảng Ninh bắt giữ năm người Triều Tiên đào tẩu hôm thứ Ba. Người môi giới của họ "
        "đã được thả hai ngày sau đó.",
    ],
    ids=["ru-their-guide", "vi-their-broker"],
)
def test_their_guide_set_free_is_not_them_set_free(text: str) -> None:
    assert status_of(text) is Status.ARRESTED


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Five North Korean defectors remain in custody in Shenyang, two weeks after a pastor who "
         "helped them was released.", Status.DETAINED),
        ("Five North Korean defectors remain in custody in Shenyang after a South Korean pastor "
         "was released.", Status.DETAINED),
        ("탈북민 5명은 여전히 선양에 구금돼 있으며, 이들을 도운 목사는 석방됐다.", Status.DETAINED),
        ("5名脱北者仍被关押在沈阳，帮助他们的牧师已获释。", Status.DETAINED),
        # Who was with them (이들과 함께 있던): the helper's release, told before its noun.
        ("탈북민 5명이 훈춘에서 공안에 붙잡혔다. 이들과 함께 있던 안내인은 이튿날 풀려났다.",
         Status.ARRESTED),
        # The helper's relative clause set off by commas is inside the helper's phrase.
        ("Пятеро беглецов из КНДР по-прежнему под стражей в Яньцзи, а миссионер, который их "
         "прятал, освобожден.", Status.DETAINED),
        ("Шестеро северокорейцев арестованы в Даньдуне, а миссионер, с которым они шли к "
         "границе, отпущен под залог.", Status.ARRESTED),
        ("Six North Korean defectors were arrested in Yanji, and a missionary, with whom they "
         "travelled, was released on bail.", Status.ARRESTED),
        # Named with the helper, the people share its release.
        ("Eight North Korean defectors and a Chinese broker were released in Yanji on Friday.",
         Status.RELEASED),
    ],
    ids=["en-helper-in-relative", "en-helper-after", "ko-helper-after", "zh-helper-after",
         "ko-who-was-with-them", "ru-helper-relative-in-commas", "ru-helper-relative-with-preposition",
         "en-helper-relative-in-commas", "en-freed-with-the-helper"],
)  # fmt: skip
def test_a_helpers_release_told_after_the_people_is_not_theirs(text: str, status: Status) -> None:
    assert status_of(text) is status


@pytest.mark.parametrize(
    ("title", "text", "status"),
    [
        ("ชาวเกาหลีเหนือ 4 คนยังถูกคุมขังที่แม่สาย",
         "ชาวเกาหลีเหนือ 4 คนยังถูกควบคุมตัวอยู่ที่สถานีตำรวจแม่สาย ส่วนนายหน้าชาวลาวได้รับการ"
         "ปล่อยตัวแล้ว", Status.DETAINED),
        ("คนนำทางได้รับการปล่อยตัว ชาวเกาหลีเหนือยังถูกคุมขัง",
         "ชาวเกาหลีเหนือ 3 คนยังถูกควบคุมตัวอยู่ที่สถานีตำรวจเชียงของ", Status.DETAINED),
        # Named with the people, the helper shares their release.
        ("ชาวเกาหลีเหนือได้รับการปล่อยตัว",
         "ชาวเกาหลีเหนือ 6 คนและนายหน้า 1 คนได้รับการปล่อยตัวจากสถานีตำรวจเชียงแสนแล้ว",
         Status.RELEASED),
    ],
    ids=["th-broker-freed", "th-headline-guide-freed", "th-freed-with-the-broker"],
)  # fmt: skip
def test_a_thai_broker_or_guides_release_is_not_the_peoples(
    title: str, text: str, status: Status
) -> None:
    assert status_of(text, title) is status


@pytest.mark.parametrize(
    ("title", "text", "status"),
    [
        # Korean tells the relative clause on the helper before the helper's noun (이들을 안내한
        # 운전기사: the driver who guided them), so "them" stands first; the release or arrival
        # told of that noun is the helper's, whatever word names the helper.
        ("탈북민 4명 창바이서 체포",
         "탈북민 4명이 지난 9일 지린성 창바이에서 공안에 붙잡혔다. 이들을 안내한 중국인 "
         "운전기사는 나흘 만에 풀려났다.", Status.ARRESTED),
        ("탈북민 5명 룽징서 체포",
         "지난 3일 룽징에서 탈북민 5명이 체포됐다. 이들과 동행하던 브로커는 단속을 피해 "
         "라오스를 거쳐 한국에 도착했다.", Status.ARRESTED),
        ("탈북민 3명 붙잡혀",
         "탈북민 3명이 지난주 허룽에서 공안에 붙잡혔다. 이들의 탈북을 도운 남성은 벌금을 "
         "내고 석방됐다.", Status.ARRESTED),
        # The guide (안내인) named in a headline after the people's arrest.
        ("탈북민 3명 지안서 체포…안내인은 석방",
         "탈북민 3명이 지난 6일 지린성 지안에서 공안에 체포됐다.", Status.ARRESTED),
        # Named with the people, the helper shares their release.
        ("라오스 탈북민 소식",
         "라오스 경찰에 체포됐던 탈북민 6명과 이들을 안내한 브로커가 함께 석방됐다.",
         Status.RELEASED),
    ],
    ids=["ko-driver-who-guided-them", "ko-broker-who-went-with-them",
         "ko-man-who-helped-them-escape", "ko-headline-guide-freed", "ko-freed-with-the-guide"],
)  # fmt: skip
def test_a_korean_helper_told_by_a_relative_clause_on_them_is_not_them(
    title: str, text: str, status: Status
) -> None:
    assert status_of(text, title) is status


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # The guide's detention is the guide's: the people inside his relative clause are its
        # object, and their own status is the arrest told before.
        ("Lao police caught six North Korean defectors in Luang Namtha on Friday. A guide who "
         "brought them over the Mekong was also detained.", Status.ARRESTED),
        # The people named again after the relative clause are the ones the verb happens to.
        ("A pastor who sheltered them in Yanji said six North Korean defectors were detained "
         "there on Friday.", Status.DETAINED),
    ],
    ids=["guide-detained", "pastor-says-they-were-held"],
)  # fmt: skip
def test_a_helpers_own_custody_sets_no_status_for_the_people(text: str, status: Status) -> None:
    assert status_of(text) is status


def test_a_korean_defector_who_came_to_the_south_telling_of_an_arrest_frees_nobody() -> None:
    text = (
        '한국에 입국한 탈북민 박모씨는 기자회견에서 "허룽에서 체포된 언니 2명이 북송 위기에 '
        '처했다"고 말했다.'
    )
    assert status_of(text, "탈북민 언니 2명 체포") is Status.FACING_REPATRIATION


def test_people_told_as_having_entered_the_south_reached_a_third_country() -> None:
    text = "허룽에서 체포됐다 풀려난 탈북민 2명이 최근 한국에 입국한 것으로 확인됐다."
    assert status_of(text, "탈북민 2명 입국") is Status.REACHED_THIRD_COUNTRY


def test_a_crackdown_in_general_does_not_say_these_people_were_sent_back() -> None:
    text = (
        "Fifteen North Korean defectors were arrested in Kunming last week and face "
        "repatriation. Seoul said China had recently stepped up arrests and forced returns of "
        "defectors."
    )
    assert status_of(text) is Status.FACING_REPATRIATION


def test_a_return_said_of_the_people_counted_is_an_all_clear() -> None:
    text = (
        "Chinese police arrested nine North Korean defectors in Shenyang last month. The nine "
        "were repatriated on Friday, a church group said."
    )
    assert status_of(text) is Status.REPATRIATED


def test_a_bare_return_noun_in_a_headline_is_read_as_the_weaker_threat() -> None:
    assert status_of("선양에서 탈북민 11명 체포", title="中, 탈북민 11명 강제북송") is (
        Status.FACING_REPATRIATION
    )
    assert status_of(
        "탈북민 11명이 선양에서 체포돼 강제북송됐다.", title="탈북민 11명 강제북송"
    ) is (Status.REPATRIATED)


def test_the_verdict_quotes_the_sentence_the_status_was_read_from() -> None:
    text = (
        "Activists met in Seoul on Monday. Police in Yanji detained six North Korean refugees "
        "on Sunday, and relatives fear they will be sent back."
    )
    facts = classify(Document("s", "", text, date=ON)).facts
    assert facts.status is Status.FACING_REPATRIATION
    assert facts.evidence == (
        "Police in Yanji detained six North Korean refugees on Sunday, and relatives fear they "
        "will be sent back."
    )


def test_long_evidence_is_cut_around_the_status_word() -> None:
    filler = "a long account of the journey across three provinces and two rivers " * 4
    text = f"Nine North Korean defectors, after {filler}, were arrested in Kunming on Friday."
    evidence = classify(Document("s", "", text, date=ON)).facts.evidence
    assert evidence is not None
    assert len(evidence) <= 202
    assert evidence.startswith("…")
    assert "arrested in Kunming" in evidence


def test_the_classify_command_prints_the_evidence() -> None:
    line = json.dumps(
        {
            "id": "e1",
            "title": "",
            "text": "Thai police detained seven North Koreans in Chiang Rai.",
        }
    )
    out = StringIO()
    classify_lines(default_classifier(), [line], out, StringIO())
    record = json.loads(out.getvalue())
    assert record["status"] == "detained"
    assert record["evidence"] == "Thai police detained seven North Koreans in Chiang Rai."


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # The place belongs to the clause after the comma: where they were held, not sent.
        ("Китайские власти на прошлой неделе депортировали пятерых беженцев из КНДР, "
         "задержанных в Шэньяне.", Status.REPATRIATED),
        ("Вьетнам на прошлой неделе депортировал в Китай пятерых беженцев из КНДР, задержанных "
         "в Ханое.", Status.ARRESTED),
        # The place qualifies the people named after it: where they were caught, not sent.
        ("Задержанных в Китае пятерых беглецов из КНДР депортировали на прошлой неделе.",
         Status.REPATRIATED),
        ("Пойманных в Лаосе троих северокорейцев выдали Пхеньяну в понедельник.",
         Status.REPATRIATED),
    ],
    ids=["held-in-a-later-clause", "sent-to-a-neighbour", "caught-there-before-the-people",
         "caught-in-laos-handed-to-pyongyang"],
)  # fmt: skip
def test_a_place_in_another_clause_is_not_where_they_were_sent(text: str, status: Status) -> None:
    assert status_of(text) is status


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Шестерым северокорейским беженцам, задержанным в Шэньяне на прошлой неделе, грозит "
         "принудительная репатриация.", Status.FACING_REPATRIATION),
        ("Двое северокорейцев, задержанных во Владивостоке на прошлой неделе, выданы КНДР.",
         Status.REPATRIATED),
        ("Девятерых северокорейцев, задержанных в Яньцзи, передали северокорейским "
         "пограничникам в пятницу.", Status.REPATRIATED),
        ("По данным активистов, Китай отправил обратно в КНДР пятерых северокорейцев, "
         "задержанных в Тумэне.", Status.REPATRIATED),
        ("Четверо северокорейцев, задержанных в Даньдуне, находятся под угрозой "
         "принудительной репатриации.", Status.FACING_REPATRIATION),
        ("Китай на прошлой неделе вернул в КНДР пятерых северокорейцев, задержанных в Тумэне.",
         Status.REPATRIATED),
        ("Гражданина КНДР, задержанного в Хабаровске, посадили на рейс до Пхеньяна.",
         Status.REPATRIATED),
        ("Северокорейца, задержанного в Находке, под конвоем вывезли в Пхеньян.",
         Status.REPATRIATED),
        ("Четверых беглецов из КНДР, пойманных полицией в Даньдуне, переправили в Синыйджу.",
         Status.REPATRIATED),
        ("Гражданина КНДР, задержанного в Хабаровске, могут отправить рейсом в Пхеньян.",
         Status.FACING_REPATRIATION),
        ("Двух граждан КНДР, задержанных в Хабаровске, передадут властям КНДР.",
         Status.FACING_REPATRIATION),
        ("Беглеца из КНДР, задержанного в Находке, выдадут властям Северной Кореи.",
         Status.FACING_REPATRIATION),
    ],
    ids=["threatened", "handed-over", "handed-to-border-guards", "sent-back", "under-threat",
         "returned", "flight-to-pyongyang", "taken-to-pyongyang", "to-a-border-city",
         "flight-feared", "to-be-handed-to-the-authorities", "to-be-extradited-to-the-authorities"],
)  # fmt: skip
def test_russian_threatened_repatriations_and_handovers_to_the_dprk(
    text: str, status: Status
) -> None:
    assert status_of(text) is status


@pytest.mark.parametrize(
    "text",
    [
        "Суд в Хабаровске назначил гражданину КНДР штраф с административным выдворением за "
        "пределы России.",
        "Правозащитники опасаются, что задержанных в Яньцзи пятерых северокорейцев вернут в КНДР.",
        "Пятерых граждан КНДР, задержанных в Шэньяне на прошлой неделе, выдадут Пхеньяну.",
    ],
    ids=["fine-with-expulsion", "will-return-feared", "will-hand-over"],
)
def test_a_russian_court_penalty_of_expulsion_or_a_return_in_the_future_tense_is_a_threat(
    text: str,
) -> None:
    assert status_of(text) is Status.FACING_REPATRIATION


@pytest.mark.parametrize(
    "text",
    [
        "Полиция Уссурийска задержала троих граждан КНДР. Об этом сообщил источник. Сейчас все "
        "трое помещены в центр временного содержания.",
        "Полиция Хабаровска задержала двух гражданок КНДР. По словам правозащитников, они "
        "скрывались полгода. Обе содержатся в спецприемнике.",
    ],
    ids=["all-three", "both-women"],
)
def test_russian_people_taken_up_again_by_their_number_are_the_ones_held(text: str) -> None:
    assert status_of(text) is Status.DETAINED


def test_people_a_russian_report_says_someone_is_holding_are_detained() -> None:
    text = (
        "Две северокореянки задержаны в Даньдуне на прошлой неделе. Женщины пытались сесть на "
        "поезд. Где их содержат сейчас, неизвестно."
    )
    assert status_of(text, "Задержаны северокореянки") is Status.DETAINED


@pytest.mark.parametrize(
    "text",
    [
        "越南边防部队上周在谅山查获5名朝鲜籍人员。这些人称，他们打算前往第三国。越方已对其采取羁押措施。",
        "老挝警方上周在琅南塔查获6名朝鲜人。据悉，这些人打算前往泰国。警方随后将其关押在边境看守所。",
    ],
    ids=["dui-qi", "jiang-qi"],
)
def test_chinese_qi_after_the_authority_is_the_people_it_holds(text: str) -> None:
    assert status_of(text) is Status.DETAINED


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Defectors may have been sent back",
         "Five North Korean defectors arrested in Shenyang last week are believed to have been "
         "repatriated, a source said."),
        ("탈북민 5명 북송된 듯",
         "지난주 선양에서 체포된 탈북민 5명이 북송된 것으로 추정된다고 소식통이 전했다."),
        ("脱北者或已被遣返",
         "消息人士称，上周在沈阳被捕的5名脱北者据信已被遣返朝鲜。"),
        ("脱北者、送還か",
         "先週瀋陽で拘束された脱北者5人は、北朝鮮に送還されたとみられる。"),
        ("Беженцев, вероятно, депортировали",
         "Пятерых беженцев из КНДР, задержанных в Шэньяне на прошлой неделе, вероятно, уже "
         "депортировали."),
        ("Có lẽ đã bị trả về",
         "5 người tị nạn Triều Tiên bị bắt ở Thẩm Dương tuần trước được cho là đã bị trả về "
         "Triều Tiên."),
    ],
    ids=["en", "ko", "zh", "ja", "ru", "vi"],
)  # fmt: skip
def test_a_return_that_is_only_believed_is_the_weaker_threat(title: str, text: str) -> None:
    assert status_of(text, title) is Status.FACING_REPATRIATION


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Escapees in Laos",
         "It is believed that seven North Korean escapees detained by Lao police near the border "
         "in early May were sent back to North Korea."),
        ("ผู้หลบหนีในลาว",
         "เชื่อว่าชาวเกาหลีเหนือเจ็ดคนที่ถูกตำรวจลาวจับกุมใกล้ชายแดนเมื่อต้นเดือนถูกส่งกลับเกาหลีเหนือแล้ว"),
        ("Người Triều Tiên ở Lào",
         "Nhiều khả năng bảy người Triều Tiên bị cảnh sát Lào bắt gần biên giới hồi đầu tháng đã "
         "bị trả về Triều Tiên."),
    ],
    ids=["en", "th", "vi"],
)  # fmt: skip
def test_a_belief_opening_the_clause_governs_its_distant_verb(title: str, text: str) -> None:
    """A belief that opens its clause, the people and their arrest between it and the verb,
    still makes the return an inference (`reach.likely`), not a return told."""
    assert status_of(text, title) is Status.FACING_REPATRIATION


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("탈북민 4명 체포된 듯",
         "지린성 허룽에서 탈북민 4명이 공안에 붙잡힌 것으로 보인다고 현지 소식통이 말했다."),
        ("탈북민 4명 체포 추정",
         "지린성 허룽에서 탈북민 4명이 공안에 체포된 것으로 추정된다."),
        ("脱北者4人を拘束か",
         "吉林省和龍で脱北者4人が公安に拘束された模様だ。"),
        ("脱北者4人、拘束か",
         "吉林省和龍で脱北者4人が公安当局に拘束されたとみられる。"),
        ("4名脱北者疑被捕",
         "4名脱北者据信已在吉林省和龙被公安抓获。"),
        ("Four defectors believed arrested",
         "Four North Korean defectors are believed to have been arrested by police in Helong, "
         "Jilin province, a local source said."),
        ("Four defectors thought arrested",
         "Four North Korean defectors are thought to have been caught by police in Helong, "
         "Jilin province."),
    ],
    ids=["ko-boinda", "ko-chujeong", "ja-moyou", "ja-tomirareru", "zh-juxin", "en-believed",
         "en-thought"],
)  # fmt: skip
def test_an_arrest_the_report_infers_is_still_an_arrest_in_china(title: str, text: str) -> None:
    verdict = classify(Document("s", title, text, date=ON))
    assert (verdict.alert, verdict.facts.status, verdict.facts.country) == (
        True,
        Status.ARRESTED,
        "CN",
    )


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Seven defectors believed sent back",
         "Seven North Korean refugees were taken from a detention centre in Tumen to the border "
         "crossing, a church group said."),
        ("", "The seven North Korean refugees held in Tumen since March appear to have been "
             "repatriated, a church group said."),
        ("", "The seven North Korean refugees held in Tumen since March seem to have been handed "
             "over to North Korea."),
        ("", "The seven North Korean refugees held in Tumen since March were apparently sent back "
             "to North Korea on Thursday."),
        ("", "The seven North Korean refugees held in Tumen since March were allegedly deported "
             "to North Korea, a church group said."),
        ("", "Die sieben in Tumen inhaftierten Nordkoreaner sind vermutlich nach Nordkorea "
             "abgeschoben worden."),
        ("", "Die sieben in Tumen inhaftierten Nordkoreaner sollen am Donnerstag nach Nordkorea "
             "zurückgeschickt worden sein."),
        ("", "Les sept Nord-Coréens détenus à Tumen auraient été rapatriés de force jeudi, selon "
             "une église."),
        ("", "Les sept Nord-Coréens détenus à Tumen ont vraisemblablement été renvoyés en Corée "
             "du Nord."),
        ("", "Los siete norcoreanos detenidos en Tumen habrían sido repatriados a la fuerza el "
             "jueves, según una iglesia."),
        ("", "Los siete norcoreanos detenidos en Tumen al parecer fueron deportados a Corea del "
             "Norte."),
    ],
    ids=["en-headline-believed", "en-appear", "en-seem", "en-apparently", "en-allegedly",
         "de-vermutlich", "de-sollen", "fr-conditional", "fr-vraisemblablement",
         "es-conditional", "es-al-parecer"],
)  # fmt: skip
def test_a_return_inferred_or_only_alleged_is_a_threat_in_every_language(
    title: str, text: str
) -> None:
    assert status_of(text, title) is Status.FACING_REPATRIATION


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Die Polizei hat in Tumen vermutlich sieben Nordkoreaner festgenommen.",
         Status.ARRESTED),
        ("Sieben Nordkoreaner sollen in Tumen festgenommen worden sein.", Status.ARRESTED),
        ("Sept Nord-Coréens auraient été arrêtés à Tumen la semaine dernière.", Status.ARRESTED),
        ("Siete norcoreanos habrían sido detenidos en Tumen la semana pasada.", Status.ARRESTED),
        ("The seven North Korean refugees detained in Vientiane last month appear to have been "
         "released.", Status.DETAINED),
        ("Sept Nord-Coréens arrêtés au Laos le mois dernier auraient été libérés.",
         Status.ARRESTED),
        ("Siete norcoreanos detenidos en Laos el mes pasado habrían sido liberados.",
         Status.ARRESTED),
        ("Sieben Nordkoreaner, die im April in Laos festgenommen wurden, sollen freigelassen "
         "worden sein.", Status.ARRESTED),
    ],
    ids=["de-arrest-vermutlich", "de-arrest-sollen", "fr-arrest-conditional",
         "es-arrest-conditional", "en-release-appear", "fr-release-conditional",
         "es-release-conditional", "de-release-sollen"],
)  # fmt: skip
def test_an_inferred_arrest_stands_and_an_inferred_release_frees_nobody(
    text: str, status: Status
) -> None:
    assert status_of(text) is status


@pytest.mark.parametrize(
    ("lang", "title", "text", "country"),
    [
        ("ru", "Беглецов, вероятно, задержали",
         "Четверых беглецов из КНДР, вероятно, задержали пограничники под Хабаровском.", "RU"),
        ("ru", "Северокорейцы задержаны?",
         "Двое граждан КНДР, предположительно, задержаны полицией в Уссурийске, пишут местные СМИ.",
         "RU"),
        ("ru", "Беглецы из КНДР",
         "Судя по всему, трое северокорейцев задержаны в Находке сотрудниками миграционной службы.",
         "RU"),
        ("vi", "Người Triều Tiên bị bắt?",
         "Sáu người Triều Tiên được cho là đã bị công an tỉnh Cao Bằng bắt giữ hôm thứ Ba.", "VN"),
        ("vi", "Người Triều Tiên bị bắt?",
         "Bốn người đào tẩu Triều Tiên nhiều khả năng đã bị bắt ở Móng Cái, một nhà hoạt động nói.",
         "VN"),
        ("th", "จับชาวเกาหลีเหนือ",
         "คาดว่าชาวเกาหลีเหนือ 6 คนถูกตำรวจจับกุมที่อำเภอแม่สาย จังหวัดเชียงราย", "TH"),
    ],
    ids=["ru-veroyatno", "ru-predpolozhitelno", "ru-sudya-po-vsemu", "vi-duoc-cho-la",
         "vi-nhieu-kha-nang", "th-khat-wa"],
)  # fmt: skip
def test_an_arrest_the_report_infers_is_still_an_arrest_elsewhere(
    lang: str, title: str, text: str, country: str
) -> None:
    verdict = classify(Document("s", title, text, lang, date=ON))
    assert (verdict.alert, verdict.facts.status, verdict.facts.country) == (
        True,
        Status.ARRESTED,
        country,
    )


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("탈북민 석방된 듯", "허룽에서 붙잡힌 탈북민 4명이 석방된 것으로 보인다."),
        ("脱北者釈放か", "和龍で拘束された脱北者4人が釈放された模様だ。"),
    ],
    ids=["ko", "ja"],
)  # fmt: skip
def test_a_release_the_report_only_infers_frees_nobody(title: str, text: str) -> None:
    assert status_of(text, title) is Status.ARRESTED


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Release expected",
         "Five North Korean defectors held in Laos since last week are expected to be released "
         "soon."),
        ("釈放を期待",
         "ラオスで先週拘束された脱北者5人の釈放が期待されている。"),
    ],
    ids=["en", "ja"],
)  # fmt: skip
def test_an_expected_release_frees_nobody(title: str, text: str) -> None:
    assert status_of(text, title) is not Status.RELEASED


def test_a_chinese_handover_to_the_north_korean_side_is_a_repatriation() -> None:
    text = "中方上周把在沈阳抓获的5名脱北者移交给朝方。"
    assert status_of(text, "新闻") is Status.REPATRIATED


def test_a_chinese_handover_to_the_north_korean_side_without_gei_is_a_repatriation() -> None:
    text = "中方已将上月在长白抓获的3名朝鲜越境者移交朝方。"
    assert status_of(text, "新闻") is Status.REPATRIATED


@pytest.mark.parametrize(
    ("text", "status"),
    [
        (
            "Lao police handed six North Korean defectors over to Chinese border police on"
            " Monday, a rights group said.",
            Status.ARRESTED,
        ),
        (
            "Lao police handed six North Korean defectors over to Chinese border police on"
            " Monday. Rights groups fear they will be sent back to North Korea.",
            Status.FACING_REPATRIATION,
        ),
        (
            "Ngày 3/12, Đồn Biên phòng Móng Cái đã bàn giao 6 người Triều Tiên nhập cảnh trái"
            " phép cho công an Trung Quốc.",
            Status.ARRESTED,
        ),
        (
            "Ngày 3/12, Đồn Biên phòng Móng Cái đã bàn giao 6 người Triều Tiên nhập cảnh trái"
            " phép cho công an Trung Quốc. Các tổ chức nhân quyền lo ngại họ sẽ bị trả về"
            " Triều Tiên.",
            Status.FACING_REPATRIATION,
        ),
    ],
    ids=["en-done", "en-done-feared", "vi-done", "vi-done-feared"],
)
def test_a_handover_done_to_a_neighbour_is_no_return(text: str, status: Status) -> None:
    """Laos or Vietnam handing people to the Chinese police: in the police's hands, not sent back
    (README, "How a status is read"), and facing return when the report fears it."""
    assert status_of(text) is status


@pytest.mark.parametrize(
    "text",
    [
        "上週在和龍被捕的四名脫北者已被送回北韓。",
        "中國上週將在和龍抓獲的四名北韓人強制遣返回北韓。",
    ],
    ids=["sent-back", "forcibly-returned-to"],
)
def test_people_sent_back_to_north_korea_in_taiwanese_wording_were_repatriated(text: str) -> None:
    assert status_of(text, "新聞") is Status.REPATRIATED


@pytest.mark.parametrize(
    "text",
    [
        "지난주 투먼에서 붙잡힌 탈북민 3명이 혜산으로 넘겨졌다고 소식통이 전했다.",
        "창바이에서 체포된 탈북민 4명이 북한 보위부에 인계된 것으로 전해졌다.",
        "Border police in Dandong handed over seven North Korean defectors to the North on Monday.",
        "중국 공안은 허룽에서 붙잡은 탈북민 4명을 지난주 북한에 넘겼다.",
        "중국 당국이 창바이에서 붙잡은 탈북민 4명을 북측에 넘긴 것으로 파악됐다.",
        "중국 공안은 허룽에서 붙잡은 탈북민 4명을 사흘 뒤 북한 측에 넘겼다.",
        "허룽에서 붙잡힌 탈북민 4명은 북한 측 국경경비대에 인계된 것으로 전해졌다.",
    ],
    ids=[
        "ko-border-city",
        "ko-security-ministry",
        "en-the-north",
        "ko-past",
        "ko-participle",
        "ko-the-north-side",
        "ko-the-north-side-guards",
    ],
)
def test_people_handed_to_a_north_korean_city_or_its_officials_were_sent_back(text: str) -> None:
    assert status_of(text, "") is Status.REPATRIATED


def test_a_handover_to_a_north_korean_city_still_to_come_is_a_threat() -> None:
    text = "지난주 투먼에서 붙잡힌 탈북민 3명이 조만간 혜산으로 넘겨질 것으로 보인다."
    assert status_of(text, "") is Status.FACING_REPATRIATION


@pytest.mark.parametrize(
    "text",
    [
        "허룽에서 붙잡힌 탈북민 4명은 북송이 결정돼 변방대 구류장으로 옮겨졌다.",
        "허룽에서 붙잡힌 탈북민 4명의 강제송환이 확정된 것으로 전해졌다.",
        "허룽에서 붙잡힌 탈북민 4명은 구류장에서 북송 날짜만 기다리고 있다.",
        "허룽에서 붙잡힌 탈북민 4명은 이번 달 송환 대상자에 포함됐다.",
    ],
    ids=["ko-decided", "ko-confirmed", "ko-awaited", "ko-listed"],
)
def test_a_korean_return_decided_awaited_or_listed_for_is_a_threat(text: str) -> None:
    assert status_of(text, "") is Status.FACING_REPATRIATION


def test_a_handover_to_the_north_side_still_to_come_is_a_threat() -> None:
    text = "중국 공안은 허룽에서 붙잡은 탈북민 4명을 북한 측에 넘길 방침이라고 소식통이 전했다."
    assert status_of(text, "") is Status.FACING_REPATRIATION


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("脱北者4人、送還せず", "和龍で拘束された脱北者4人について、中国は北朝鮮に送還せず調査を続けている。"),
        ("脱北者4人", "和龍で拘束された脱北者4人は、まだ北朝鮮に送還されておらず、公安が調べている。"),
    ],
    ids=["sezu", "teorazu"],
)  # fmt: skip
def test_a_japanese_return_told_as_not_done_is_no_return(title: str, text: str) -> None:
    assert status_of(text, title) is Status.ARRESTED


def test_a_japanese_return_the_authorities_mean_to_carry_out_is_a_threat() -> None:
    text = "中国当局は和龍で拘束した脱北者4人を近く北朝鮮に送還する方針だ。"
    assert status_of(text, "脱北者4人") is Status.FACING_REPATRIATION


def test_a_korean_handover_to_the_north_still_to_come_is_a_threat() -> None:
    text = "중국 공안은 허룽에서 붙잡은 탈북민 4명을 다음 주 북측에 넘길 계획이다."
    assert status_of(text, "") is Status.FACING_REPATRIATION


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Các nhà hoạt động thúc giục Việt Nam trả tự do cho 5 người Triều Tiên bị bắt ở Lạng Sơn.",
         Status.ARRESTED),
        ("Đại sứ quán Hàn Quốc đang nỗ lực để 3 người Triều Tiên bị bắt ở Hà Nội được đưa sang Hàn "
         "Quốc.", Status.ARRESTED),
        ("Các tổ chức nhân quyền đang vận động để 4 người Triều Tiên bị giam ở Cao Bằng được thả.",
         Status.DETAINED),
        ("Правозащитники настаивают на освобождении двух граждан КНДР, задержанных в Хабаровске.",
         Status.ARRESTED),
        ("สถานทูตเกาหลีใต้กำลังดำเนินการเพื่อให้ชาวเกาหลีเหนือ 5 คนที่ถูกจับในเชียงรายได้รับการปล่อยตัว",
         Status.ARRESTED),
    ],
    ids=["vi-urge", "vi-strive", "vi-lobby", "ru-insist", "th-work-for"],
)  # fmt: skip
def test_a_release_or_passage_urged_or_worked_for_is_not_done(text: str, status: Status) -> None:
    assert status_of(text, "") is status


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("ศาลจังหวัดเชียงรายพิพากษาปรับชาวเกาหลีเหนือ 5 คน ฐานเข้าเมืองผิดกฎหมาย", Status.ARRESTED),
        ("ชาวเกาหลีเหนือ 4 คนถูกดำเนินคดีฐานเข้าเมืองผิดกฎหมายที่อำเภอเชียงของ", Status.ARRESTED),
        ("ตำรวจภูธรเชียงรายจับกุมชาวเกาหลีเหนือ 4 คนที่แม่สายแล้วส่งตัวให้ ตม.", Status.DETAINED),
    ],
    ids=["th-fined-by-a-court", "th-charged", "th-handed-to-immigration"],
)  # fmt: skip
def test_thai_charges_fines_and_immigration_custody_are_in_the_hands_of_the_law(
    text: str, status: Status
) -> None:
    verdict = classify(Document("s", "ข่าว", text, date=ON))
    assert (verdict.alert, verdict.facts.status) == (True, status)


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("ตำรวจควบคุมตัวชาวเกาหลีเหนือ 4 คนที่เชียงรายไว้เพื่อดำเนินการส่งตัวไปเกาหลีใต้",
         Status.DETAINED),
        ("ชาวเกาหลีเหนือ 6 คนถูกจับที่หนองคายและถูกนำตัวไปสถานกักตัวเพื่อส่งตัวไปยังเกาหลีใต้",
         Status.DETAINED),
        ("ชาวเกาหลีเหนือ 4 คนที่ถูกจับในเชียงรายได้รับการปล่อยตัวเพื่อเดินทางไปเกาหลีใต้",
         Status.RELEASED),
    ],
    ids=["th-held-to-be-sent-on", "th-taken-to-centre-to-be-sent-on", "th-freed-to-travel-on"],
)  # fmt: skip
def test_a_thai_passage_to_the_south_that_a_custody_is_for_is_no_arrival(
    text: str, status: Status
) -> None:
    assert status_of(text, "ข่าว") is status


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("ตำรวจลาวส่งผู้ลี้ภัยเกาหลีเหนือ 5 คนที่ถูกจับที่บ่อแก้วกลับประเทศเมื่อวันศุกร์",
         Status.REPATRIATED),
        ("ทางการลาวถูกกดดันไม่ให้ส่งผู้ลี้ภัยเกาหลีเหนือ 5 คนที่ถูกจับที่บ่อแก้วกลับประเทศ",
         Status.FACING_REPATRIATION),
    ],
    ids=["th-sent-back-home", "th-pressed-not-to-send"],
)  # fmt: skip
def test_thai_sent_back_to_their_country_with_bare_song(text: str, status: Status) -> None:
    assert status_of(text, "ข่าว") is status


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Ba người Triều Tiên bị bắt ở Lào Cai tháng trước đã được tại ngoại.", Status.RELEASED),
        ("Tòa án tỉnh cho tại ngoại hai người Triều Tiên bị bắt ở Móng Cái.", Status.RELEASED),
        ("Ba người Triều Tiên bị bắt ở Lào Cai tháng trước đã về tới Seoul hôm thứ Hai.",
         Status.REACHED_THIRD_COUNTRY),
        ("Ba người Triều Tiên bị bắt ở Lào Cai tháng trước đã bị cưỡng chế về Triều Tiên.",
         Status.REPATRIATED),
    ],
    ids=["vi-bail", "vi-granted-bail", "vi-came-home-to-seoul", "vi-forced-back-to-the-north"],
)  # fmt: skip
def test_vietnamese_bail_arrival_and_forced_return_in_the_words_outlets_use(
    text: str, status: Status
) -> None:
    assert status_of(text, "Người Triều Tiên") is status


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Mười người Triều Tiên bị bắt ở Đồ Môn đang chờ bị trả về Triều Tiên.",
         Status.FACING_REPATRIATION),
        ("Tám người đào tẩu Triều Tiên bị giam ở Diên Cát sắp bị đưa về Triều Tiên.",
         Status.FACING_REPATRIATION),
        ("Liên Hợp Quốc kêu gọi Trung Quốc không trục xuất bảy người Triều Tiên bị bắt ở Diên Cát "
         "hôm thứ Hai.", Status.FACING_REPATRIATION),
        ("Trung Quốc không trục xuất bảy người Triều Tiên bị bắt ở Diên Cát hôm thứ Hai.",
         Status.ARRESTED),
    ],
    ids=["vi-waiting", "vi-about-to", "vi-urged-not-to", "vi-did-not"],
)  # fmt: skip
def test_vietnamese_returns_awaited_or_urged_against_are_threats(
    text: str, status: Status
) -> None:
    assert status_of(text, "Người Triều Tiên") is status


@pytest.mark.parametrize(
    "text",
    [
        "Sáu thanh niên Triều Tiên bị bắt ở Côn Minh đã bị đưa trở lại Triều Tiên.",
        "Bốn người Bắc Hàn bị công an Trung Quốc bắt hồi tháng Tư đã bị trả lại cho Bắc Hàn.",
        "Công an Trung Quốc đã trả 6 người đào tẩu về Triều Tiên sau khi bắt họ ở Trường Bạch.",
        "Hai mẹ con người Triều Tiên bị bắt ở Diên Cát đã bị chính quyền Trung Quốc đưa về Triều "
        "Tiên.",
        "Công an Trung Quốc bắt 6 người đào tẩu ở Trường Bạch rồi đưa họ về nước.",
        "Công an Trung Quốc đã bàn giao 6 người Triều Tiên cho phía Triều Tiên hôm thứ Hai.",
    ],
    ids=["vi-brought-back", "vi-given-back", "vi-people-between", "vi-authority-between",
         "vi-brought-home", "vi-handed-to-the-north"],
)  # fmt: skip
def test_vietnamese_people_brought_or_given_back_to_the_north_were_sent_back(text: str) -> None:
    assert status_of(text, "Người Triều Tiên") is Status.REPATRIATED


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Năm người Triều Tiên từng bị giam ở Côn Minh đã đặt chân tới Seoul hôm thứ Ba.",
         Status.REACHED_THIRD_COUNTRY),
        ("Chính quyền Trung Quốc đã thả bốn người Triều Tiên bị bắt ở Côn Minh.",
         Status.RELEASED),
        ("Bốn người Triều Tiên bị bắt ở Côn Minh đã được thả và được phép sang nước thứ ba.",
         Status.RELEASED),
        ("Bốn người Triều Tiên bị bắt ở Móng Cái đã xuất cảnh sang Hàn Quốc hôm thứ Hai.",
         Status.REACHED_THIRD_COUNTRY),
        ("Năm người Triều Tiên bị bắt ở Lào tháng trước đã tới được Thái Lan.",
         Status.REACHED_THIRD_COUNTRY),
        ("Năm người Triều Tiên bị giam ở Lào hy vọng sẽ đến được Hàn Quốc.", Status.DETAINED),
        ("Bốn người Triều Tiên bị bắt ở Lào hồi tháng Ba đã được đưa tới Thái Lan an toàn.",
         Status.REACHED_THIRD_COUNTRY),
        ("Bốn người Triều Tiên bị bắt ở Lào hồi tháng Ba sẽ được đưa đến Hàn Quốc.",
         Status.ARRESTED),
        ("Ba người Triều Tiên bị tạm giữ ở Móng Cái đã được thả và được phép tự rời Việt Nam.",
         Status.RELEASED),
    ],
    ids=["vi-set-foot-in-seoul", "vi-authority-freed", "vi-allowed-to-leave",
         "vi-left-for-south-korea", "vi-managed-to-reach", "vi-hopes-to-manage-to-reach",
         "vi-taken-to-thailand", "vi-will-be-taken-to-the-south", "vi-allowed-to-leave-vietnam"],
)  # fmt: skip
def test_vietnamese_releases_and_arrivals_told_with_the_authority_or_as_setting_foot(
    text: str, status: Status
) -> None:
    assert status_of(text, "Người Triều Tiên") is status


@pytest.mark.parametrize(
    "text",
    [
        "Năm người đào tẩu Triều Tiên được thả ở Lào tuần trước đã đến Thái Lan an toàn.",
        "Пятеро северокорейцев, освобожденных в Лаосе, на прошлой неделе добрались до Таиланда.",
    ],
    ids=["vi", "ru"],
)
def test_people_freed_on_the_way_who_reached_thailand_reached_a_third_country(text: str) -> None:
    assert status_of(text, "") is Status.REACHED_THIRD_COUNTRY


@pytest.mark.parametrize(
    "text",
    [
        "Nine North Korean defectors held in a Laotian detention centre since March were brought "
        "from a neighbouring country to Seoul on Thursday.",
        "Four North Korean women detained in Vietnam last year have been taken to South Korea.",
        "Seven North Koreans arrested near the Mekong were flown from Bangkok to Seoul last week.",
        "캄보디아에서 구금됐던 탈북민 6명이 지난 주말 서울로 이송됐다.",
        "베트남 공안에 붙잡혔던 탈북민 가족 4명을 정부가 국내로 데려왔다.",
        "라오스에서 붙잡혔다 풀려난 탈북민 4명이 지난달 한국행에 성공했다.",
    ],
    ids=[
        "brought-from-to",
        "taken-to",
        "flown-from-to",
        "ko-moved-to-seoul",
        "ko-brought-home",
        "ko-made-it-to-korea",
    ],
)
def test_people_held_abroad_then_brought_to_seoul_reached_a_third_country(text: str) -> None:
    assert status_of(text, "") is Status.REACHED_THIRD_COUNTRY


@pytest.mark.parametrize(
    "text",
    [
        "Nine North Korean defectors detained in Laos could be flown from Vientiane to Seoul "
        "next month, their lawyer said.",
        "라오스에 억류된 탈북민 9명은 다음 달 서울로 이송될 예정이다.",
        "Chín người Triều Tiên bị giam ở Lào sẽ bị chuyển tới Viêng Chăn trước khi được phép tới "
        "Hàn Quốc.",
    ],
    ids=["en", "ko", "vi-only-allowed-to-go"],
)
def test_people_who_may_yet_be_flown_to_seoul_have_not_arrived(text: str) -> None:
    assert status_of(text, "") is Status.DETAINED


@pytest.mark.parametrize(
    "text",
    [
        "China did not deport the seven North Koreans arrested in Yanji on Monday.",
        "Власти не выслали семерых северокорейцев, задержанных в Яньцзи в понедельник.",
    ],
    ids=["en", "ru"],
)
def test_a_negated_return_does_not_negate_the_arrest_told_of_its_people(text: str) -> None:
    """The negation governs the verb it stands before; the people after it and their arrest
    are another event."""
    assert status_of(text, "North Koreans") is Status.ARRESTED


def test_a_negated_verb_of_no_status_does_not_negate_its_peoples_participle() -> None:
    """A handover told by a verb that is no status word of its own ("handed ... to China", its
    people too far from its end to make one term): the negation still governs only it, not the
    arrest the participle right after the people tells."""
    text = (
        "Vietnam has not handed eight North Koreans arrested in Cao Bang last week to China, a "
        "spokeswoman said on Thursday."
    )
    assert status_of(text, "North Koreans") is Status.ARRESTED


def test_a_negation_before_two_joined_verbs_negates_both() -> None:
    text = "Seven North Korean defectors were not arrested or detained in Yanji on Monday."
    assert status_of(text, "North Koreans") is None


def test_a_negation_ending_one_verb_leaves_the_detention_after_it() -> None:
    text = "허룽에서 체포된 탈북민 4명이 두 달째 풀려나지 못하고 구금돼 있다."
    assert status_of(text, "") is Status.DETAINED


@pytest.mark.parametrize(
    ("title", "text", "status"),
    [
        ("四名脱北者尚未被遣返", "上周在和龙被捕的四名脱北者目前尚未被遣返。", Status.ARRESTED),
        ("四名脱北者没被遣返", "上周在和龙被捕的四名脱北者至今没被遣返。", Status.ARRESTED),
        ("四名脫北者未遭遣返", "上週在和龍被捕的四名脫北者目前仍未遭遣返。", Status.ARRESTED),
        ("脱北者4人", "和龍で拘束された脱北者4人は釈放されず収容所に収容されている。", Status.DETAINED),
    ],
    ids=["zh-not-yet", "zh-mei-bei", "zh-hant-wei-zao", "ja-not-released-still-held"],
)  # fmt: skip
def test_a_verb_negated_whole_is_no_event_and_leaves_the_arrest_told_before_it(
    title: str, text: str, status: Status
) -> None:
    verdict = classify(Document("s", title, text, date=ON))
    assert (verdict.alert, verdict.facts.status) == (True, status)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("四名脱北者仍被关押", "上周在和龙被捕的四名脱北者至今仍被关押，尚未获释。"),
        ("四名脫北者仍遭關押", "上週在和龍被捕的四名脫北者至今仍遭關押，仍未獲釋。"),
        ("四名脱北者", "上周在和龙被捕的四名脱北者被关押在看守所，尚未释放。"),
        ("脱北者4人、今も拘束", "先週和龍で拘束された脱北者4人は、今も釈放されていない。"),
    ],
    ids=["zh-not-yet-freed", "zh-hant-still-not-freed", "zh-not-yet-released", "ja-still-held"],
)  # fmt: skip
def test_people_not_yet_freed_are_still_held(title: str, text: str) -> None:
    assert status_of(text, title) is Status.DETAINED


def test_a_custody_said_to_go_on_is_detention_and_hope_held_out_is_none() -> None:
    held = (
        "A North Korean man was arrested in Mong Cai on 27 October. He is still held by "
        "Vietnamese border guards."
    )
    assert status_of(held, "") is Status.DETAINED
    hoping = (
        "Three North Koreans were arrested in Hekou on Monday. Their relatives still held out "
        "hope for a quick release."
    )
    assert status_of(hoping, "") is Status.ARRESTED


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Six North Korean defectors held in Hunchun have been sent back to the North, according "
         "to unconfirmed reports from a Seoul-based group.", Status.FACING_REPATRIATION),
        ("Eight North Korean escapees caught in Tumen were forcibly returned, activists said, "
         "though this could not be independently verified.", Status.FACING_REPATRIATION),
        ("Two North Korean women held in a Vientiane detention centre were freed on Friday, a "
         "pastor said, but the claim could not be confirmed.", Status.DETAINED),
        ("훈춘에서 붙잡힌 탈북민 6명이 북한으로 넘겨진 것으로 전해졌으나, 사실 여부는 확인되지 "
         "않았다.", Status.FACING_REPATRIATION),
        ("琿春で拘束された脱北者6人が北朝鮮に送還されたと伝えられたが、真偽は確認されていない。",
         Status.FACING_REPATRIATION),
        # An unverified identity leaves an asserted return asserted.
        ("Chinese police sent back six North Korean defectors caught in Hunchun on Friday; their "
         "names could not be verified.", Status.REPATRIATED),
        ("훈춘에서 붙잡힌 탈북민 6명이 지난 3일 강제북송됐다. 이들의 신원은 확인되지 않았다.",
         Status.REPATRIATED),
    ],
    ids=["en-unconfirmed-reports", "en-not-independently-verified", "en-release-unconfirmed",
         "ko-unverified", "ja-unverified", "en-identity-unverified", "ko-identity-unverified"],
)  # fmt: skip
def test_an_all_clear_the_sentence_calls_unconfirmed_is_not_asserted(
    text: str, status: Status | None
) -> None:
    assert status_of(text) == status


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("中国当局は先週、琿春で拘束していた脱北者7人を北朝鮮に強制送還した。", Status.REPATRIATED),
        ("中国の公安は今月初め、延吉で捕まえた脱北者3人を北朝鮮側に引き渡した。",
         Status.REPATRIATED),
        ("中国当局が琿春で拘束した脱北者7人を北朝鮮に送還したとみられる。",
         Status.FACING_REPATRIATION),
        # The demand not to return them: "送還" stays a return word beside しないよう.
        ("韓国政府は、琿春で拘束された脱北者7人を北朝鮮に送還しないよう中国に求めた。",
         Status.FACING_REPATRIATION),
    ],
    ids=["ja-authorities-returned", "ja-handed-over", "ja-believed-returned", "ja-urged-not-to"],
)  # fmt: skip
def test_japanese_returns_told_as_the_authorities_act(text: str, status: Status) -> None:
    assert status_of(text) == status


@pytest.mark.parametrize(
    "text",
    [
        "据报道，中国公安上周在图们逮捕了4名脱北者，并将他们关押在当地。",
        "據報導，中國警方上週在琿春抓獲3名脫北女性，並將她們關押在邊防站。",
    ],
    ids=["zh-Hans", "zh-Hant"],
)
def test_chinese_jiang_before_its_object_marks_the_object_not_the_future(text: str) -> None:
    """将 (將) before 他们 is the object marker (like 把): the custody is done, not to come."""
    assert status_of(text, "脱北者被捕") is Status.DETAINED


@pytest.mark.parametrize(
    "text",
    [
        "ผู้ลี้ภัยเกาหลีเหนือ 9 คนที่ถูกจับที่เชียงรายกำลังรอการส่งกลับเกาหลีเหนือ",
        "ผู้ลี้ภัยเกาหลีเหนือ 9 คนที่ถูกจับที่เชียงแสนรอส่งกลับเกาหลีเหนือ",
        "ทางการจีนเตรียมส่งกลับเกาหลีเหนือ ผู้ลี้ภัยเกาหลีเหนือ 9 คนที่ถูกจับที่เมืองเสิ่นหยาง",
    ],
    ids=["th-waiting", "th-waiting-short", "th-prepared"],
)
def test_thai_people_waiting_or_prepared_to_be_sent_back_are_not_sent_back_yet(text: str) -> None:
    assert status_of(text, "ข่าว") is Status.FACING_REPATRIATION


@pytest.mark.parametrize(
    "text",
    [
        "ทางการจีนส่งตัวผู้ลี้ภัยชาวเกาหลีเหนือ 6 คนซึ่งถูกจับได้ที่เมืองตานตงเมื่อเดือนก่อนกลับไปยัง"
        "เกาหลีเหนือแล้ว",
        "ตำรวจจีนส่งผู้หญิงชาวเกาหลีเหนือ 3 คนที่ถูกจับกุมในมณฑลจี๋หลินกลับไปเกาหลีเหนือเมื่อวันศุกร์",
    ],
    ids=["th-relative-clause", "th-sent-to"],
)  # fmt: skip
def test_thai_sent_back_with_a_relative_clause_about_the_people_is_a_return(text: str) -> None:
    assert status_of(text, "ข่าว") is Status.REPATRIATED


def test_thai_sent_back_with_the_people_between_the_verb_and_home_is_a_return() -> None:
    text = "ทางการจีนส่งตัวพวกเขากลับเกาหลีเหนือเมื่อวันจันทร์ หลังถูกจับกุมที่เมืองตานตง"
    title = "ผู้ลี้ภัยเกาหลีเหนือ 5 คนถูกจับ"
    assert status_of(text, title) is Status.REPATRIATED


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("上周在珲春被捕的6名脱北者已被遣返回朝鲜，但这一消息尚未得到证实。",
         Status.FACING_REPATRIATION),
        ("上週在琿春被捕的6名脫北者已被遣返回朝鮮，消息無法獨立核實。", Status.FACING_REPATRIATION),
        ("Шестерых северокорейцев, задержанных в Хуньчуне, передали властям КНДР, однако эти "
         "сведения не удалось проверить.", Status.FACING_REPATRIATION),
        ("Sáu người đào tẩu Triều Tiên bị bắt ở Hồn Xuân đã được thả, nhưng thông tin này chưa "
         "thể xác minh.", Status.ARRESTED),
        ("ผู้ลี้ภัยเกาหลีเหนือ 6 คนที่ถูกจับที่หุนชุนถูกส่งกลับเกาหลีเหนือแล้ว แต่ยังไม่ได้รับการยืนยัน",
         Status.FACING_REPATRIATION),
        # Their identity unconfirmed leaves the asserted return asserted.
        ("上周在珲春被捕的6名脱北者已被遣返回朝鲜，但他们的身份尚未确认。", Status.REPATRIATED),
    ],
    ids=["zh-Hans", "zh-Hant", "ru", "vi", "th", "zh-identity-unconfirmed"],
)  # fmt: skip
def test_an_all_clear_called_unconfirmed_is_not_asserted_in_chinese_russian_vietnamese_thai(
    text: str, status: Status
) -> None:
    assert status_of(text, "新闻") is status


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Chinese police handed over four North Korean defectors to North Korean border guards "
         "at the Tumen crossing on Friday.", Status.REPATRIATED),
        ("Chinese police turned the four North Korean women over to North Korean state security "
         "agents at the Tumen crossing on Friday.", Status.REPATRIATED),
        ("Chinese police handed the four North Korean women to North Korean agents at the Tumen "
         "crossing on Friday.", Status.REPATRIATED),
        ("Chinese police arrested four North Korean defectors in Tumen on Friday and handed over "
         "a letter to North Korean diplomats.", Status.ARRESTED),
        ("Chinese police sent over seven North Korean women to North Korean border guards at the "
         "Tumen crossing on Friday.", Status.REPATRIATED),
        ("Chinese police arrested four North Korean defectors in Tumen on Friday and sent over "
         "a report to North Korean diplomats.", Status.ARRESTED),
        # To the North's embassy in the country that held them: sent back as well.
        ("라오스 경찰에 구금됐던 탈북민 4명이 지난 3일 북한 대사관에 넘겨졌다.", Status.REPATRIATED),
        ("Четверых граждан КНДР, задержанных в Лаосе, передали посольству КНДР.",
         Status.REPATRIATED),
        ("4 người Triều Tiên bị bắt ở Lào đã bị giao cho đại sứ quán Triều Tiên.",
         Status.REPATRIATED),
    ],
    ids=["en-handed-over-to-officials", "en-turned-over", "en-handed-to-agents",
         "en-letter-handed-over", "en-sent-over", "en-report-sent-over", "ko-embassy",
         "ru-embassy", "vi-embassy"],
)  # fmt: skip
def test_people_handed_over_to_north_korean_officials_are_sent_back(
    text: str, status: Status
) -> None:
    assert status_of(text) == status


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Four defectors held in Tumen",
         "Chinese police arrested four North Korean defectors, who face prison if sent back, in "
         "Tumen on Friday."),
        ("탈북민 4명 체포",
         "중국 공안이 지난 3일 투먼에서 체포한 탈북민 4명은 북송되면 노동교화형을 받게 된다."),
        ("脱北者4人拘束",
         "中国公安は3日、図們で脱北者4人を拘束した。送還されれば重い処罰を受けるとみられる。"),
    ],
    ids=["en-if-sent-back", "ko-if-sent-back", "ja-if-sent-back"],
)  # fmt: skip
def test_what_awaits_the_people_if_sent_back_is_a_threatened_return(title: str, text: str) -> None:
    verdict = classify(Document("c", title, text, date=ON))
    assert (verdict.tier.value, verdict.facts.status) == ("alert", Status.FACING_REPATRIATION)


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("정부는 훈춘에서 체포된 탈북민 3명이 북송되지 않도록 중국 측과 협의하고 있다고 밝혔다.",
         Status.FACING_REPATRIATION),
        ("정부는 훈춘에서 체포된 탈북민 3명이 강제송환되지 않게 중국을 설득하고 있다.",
         Status.FACING_REPATRIATION),
        ("훈춘에서 체포된 탈북민 3명에 대한 북송 절차가 시작된 것으로 알려졌다.",
         Status.FACING_REPATRIATION),
        ("琿春で拘束された脱北者3人の送還手続きが進められているという。",
         Status.FACING_REPATRIATION),
        # Held until they are sent back: a return still to come.
        ("탈북민 3명이 비엔티안의 수용소에서 추방을 기다리고 있다.", Status.FACING_REPATRIATION),
        ("Трое граждан КНДР помещены в центр временного содержания в Хабаровске до "
         "депортации.", Status.FACING_REPATRIATION),
        # A plain negation still denies the return: they are held, not threatened with it here.
        ("훈춘에서 체포된 탈북민 3명은 아직 북송되지 않았다.", Status.ARRESTED),
    ],
    ids=["ko-so-that-not-returned", "ko-so-that-not-returned-ge", "ko-return-procedure",
         "ja-return-procedure", "ko-awaiting-expulsion", "ru-held-until-deported",
         "ko-not-yet-returned"],
)  # fmt: skip
def test_a_return_to_be_prevented_or_under_way_is_a_threat(text: str, status: Status) -> None:
    assert status_of(text) == status


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Defectors deported",
         "Laos deported five North Korean defectors to China last week, a rescue group said."),
        ("Trao trả 5 người Triều Tiên",
         "Lào đã trao trả 5 người Triều Tiên bị bắt ở Bokeo cho Trung Quốc tuần trước."),
        ("5名脱北者被遣返",
         "老挝当局上周将在博胶省抓获的5名脱北者驱逐到中国。"),
    ],
    ids=["en", "vi", "zh"],
)  # fmt: skip
def test_a_headline_return_the_text_sends_to_a_neighbour_is_no_return_home(
    title: str, text: str
) -> None:
    assert status_of(text, title) not in (Status.REPATRIATED, Status.RELEASED, None)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Defectors deported",
         "Thai immigration police deported eight North Korean defectors to South Korea on Friday."),
        ("Беглецы депортированы",
         "Власти Таиланда в пятницу депортировали восьмерых северокорейцев в Южную Корею после "
         "того, как они отбыли срок за незаконный въезд."),
    ],
    ids=["en", "ru"],
)  # fmt: skip
def test_a_headline_return_the_text_sends_to_the_south_is_no_return_to_the_north(
    title: str, text: str
) -> None:
    assert status_of(text, title) is Status.REACHED_THIRD_COUNTRY


@pytest.mark.parametrize(
    "text",
    [
        "Thai immigration police deported eight North Korean defectors to South Korea on Friday.",
        "Власти Таиланда в пятницу депортировали восьмерых северокорейцев в Южную Корею.",
        "Nhà chức trách Thái Lan hôm thứ Sáu đã trục xuất 8 người Triều Tiên đào tẩu sang Hàn "
        "Quốc.",
        "태국 이민국이 지난 5일 탈북민 8명을 한국으로 추방했다.",
    ],
    ids=["en", "ru", "vi", "ko"],
)  # fmt: skip
def test_a_deportation_to_the_south_is_an_alert_that_they_reached_it(text: str) -> None:
    verdict = classify(Document("south", "", text, date=ON))
    assert (verdict.tier, verdict.facts.status) == (Tier.ALERT, Status.REACHED_THIRD_COUNTRY)


@pytest.mark.parametrize(
    "text",
    [
        "Thai police plan to deport the six North Korean defectors to South Korea next month.",
        "Власти Таиланда планируют депортировать шестерых северокорейцев в Южную Корею.",
        "태국 이민국은 탈북민 6명을 다음 달 한국으로 추방할 예정이다.",
    ],
    ids=["en", "ru", "ko"],
)  # fmt: skip
def test_a_deportation_to_the_south_still_to_come_holds_the_people_until_then(text: str) -> None:
    verdict = classify(Document("south", "", text, date=ON))
    assert (verdict.tier, verdict.facts.status) == (Tier.ALERT, Status.ARRESTED)


@pytest.mark.parametrize(
    ("text", "status", "country"),
    [
        ("Lao police deported the five North Korean defectors to China on Monday.",
         Status.ARRESTED, "LA"),
        ("Thai police deported the eight North Korean defectors to South Korea on Friday.",
         Status.REACHED_THIRD_COUNTRY, "TH"),
        ("La police laotienne a expulsé les cinq transfuges nord-coréens vers la Chine lundi.",
         Status.ARRESTED, "LA"),
    ],
    ids=["to-china", "to-south-korea", "fr-vers-la-chine"],
)  # fmt: skip
def test_an_article_before_the_people_leaves_where_they_were_sent(
    text: str, status: Status, country: str
) -> None:
    verdict = classify(Document("article", "", text, date=ON))
    assert (verdict.facts.status, verdict.facts.country) == (status, country)


# Freed, then taken again: the later event wins, and the people are held.
REARRESTS = [
    ("en", "Police in Dandong freed four North Korean women on Monday, but they were arrested "
           "again on Wednesday as they boarded a bus."),
    ("en", "Two North Korean defectors released in Kunming last month have been re-arrested."),
    ("ko", "단둥에서 풀려난 탈북 여성 4명이 사흘 만에 공안에 다시 체포됐다."),
    ("ko", "옌지에서 석방된 탈북민 2명이 최근 재체포된 것으로 확인됐다."),
    ("ja", "丹東で釈放された脱北女性4人が、その後再び公安に拘束された。"),
    ("zh", "在丹东获释的4名脱北妇女，几天后又被当地公安抓走。"),
    ("zh", "在昆明获释的两名脱北者上周再次被捕。"),
    ("ru", "Четырёх беглецов из КНДР отпустили в Хабаровске, но через неделю их снова задержали."),
    ("vi", "Bốn phụ nữ Triều Tiên được thả ở Lạng Sơn đã lại bị bắt sau hai ngày."),
    ("vi", "Ba người Triều Tiên được công an Hà Tĩnh thả hôm thứ Ba, nhưng hai ngày sau đã bị "
           "công an Quảng Bình bắt lại ở Đồng Hới."),
    ("th", "หญิงเกาหลีเหนือ 4 คนที่ได้รับการปล่อยตัวที่หนองคายถูกจับกุมอีกครั้งเมื่อวานนี้"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("lang", "text"), REARRESTS, ids=[f"{r[0]}-{i}" for i, r in enumerate(REARRESTS)]
)
def test_people_freed_and_then_arrested_again_are_held_not_released(lang: str, text: str) -> None:
    verdict = classify(Document("s", "", text, lang, date=ON))
    assert verdict.alert
    assert verdict.facts.status == Status.ARRESTED


def test_people_said_freed_who_are_still_held_are_held_in_korean() -> None:
    text = (
        "지난주 풀려난 것으로 알려졌던 탈북민 2명이 여전히 비엔티안 이민국 수용소에 구금돼 있다."
    )
    verdict = classify(Document("s", "", text, "ko", date=ON))
    assert (verdict.tier, verdict.facts.status) == (Tier.ALERT, Status.DETAINED)


# A release told before a custody said to go on (остается, по-прежнему, все еще) never freed
# them: a court that cancelled the expulsion sent the case back, and they are still held.
@pytest.mark.parametrize(
    ("title", "text", "want"),
    [
        ("Суд отменил решение о выдворении беглеца из КНДР",
         "Краевой суд отменил решение о выдворении гражданина КНДР, задержанного в Уссурийске, и "
         "направил дело на пересмотр. Мужчина по-прежнему находится в ЦВСИГ.", Status.DETAINED),
        ("Двоих граждан КНДР освободили из-под стражи",
         "Двое граждан КНДР, задержанных в Хабаровске, освобождены из-под стражи, сообщил "
         "адвокат. Однако оба остаются в спецприемнике до решения миграционной службы.",
         Status.DETAINED),
        # The time before the release (оставался: past) and a release told after the custody
        # that went on stand.
        ("", "Гражданин КНДР, который оставался в ЦВСИГ пять месяцев, освобожден в пятницу по "
             "решению суда.", Status.RELEASED),
        ("", "Беглец из КНДР все еще содержится в ЦВСИГ в Артёме, сообщил адвокат. В пятницу суд "
             "отменил решение о его выдворении и освободил его.", Status.RELEASED),
    ],
    ids=["ru-order-cancelled-still-in-centre", "ru-freed-but-both-remain", "ru-remained-then-freed",
         "ru-still-held-then-freed"],
)  # fmt: skip
def test_a_release_told_before_a_custody_that_goes_on_frees_no_one(
    title: str, text: str, want: Status
) -> None:
    verdict = classify(Document("s", title, text, "ru", date=ON))
    assert (verdict.tier, verdict.facts.status) == (Tier.ALERT, want)


@pytest.mark.parametrize(
    ("held", "freed"),
    [
        ("Two North Korean defectors freed in Dandong last month were arrested again on Friday.",
         "Two North Korean defectors arrested again in Dandong last month were freed on Friday."),
        ("Трое беглецов из КНДР освобождены в Хабаровске, но через день их снова задержали.",
         "Трое беглецов из КНДР освобождены в Хабаровске; правозащитники опасаются, что их "
         "могут снова задержать."),
    ],
    ids=["en-which-came-last", "ru-rearrest-only-feared"],
)  # fmt: skip
def test_only_a_rearrest_told_after_the_release_and_asserted_ends_it(
    held: str, freed: str
) -> None:
    assert (status_of(held), status_of(freed)) == (Status.ARRESTED, Status.RELEASED)


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Công an Cao Bằng bắt giữ năm người Triều Tiên; họ khai định tìm đường sang nước thứ ba.",
         Status.ARRESTED),
        ("Năm người Triều Tiên bị bắt ở Lào tháng trước đã sang nước thứ ba an toàn.",
         Status.REACHED_THIRD_COUNTRY),
        ("Пятеро граждан КНДР задержаны в Лаосе; они пытались пробраться в третью страну.",
         Status.ARRESTED),
        ("Пятерых граждан КНДР, задержанных в Лаосе в мае, переправили в третью страну.",
         Status.REACHED_THIRD_COUNTRY),
    ],
    ids=["vi-meant-to-go-on", "vi-went-on", "ru-tried-to-get-to", "ru-taken-on"],
)  # fmt: skip
def test_a_third_country_the_people_meant_to_reach_is_no_arrival(
    text: str, status: Status
) -> None:
    assert status_of(text, "Người Triều Tiên") is status


@pytest.mark.parametrize(
    "text",
    [
        "Hai người Triều Tiên bị cảnh sát Nga bắt ở Vladivostok hôm thứ Hai. Tòa án đã quyết định "
        "trục xuất họ, và các nhóm nhân quyền lo ngại họ sẽ bị trừng phạt.",
        "Ba người đào tẩu Triều Tiên bị bắt ở Đan Đông hôm thứ Hai. Họ có thể bị trả về Triều Tiên "
        "và sẽ chịu sự trừng phạt nghiêm khắc.",
    ],
    ids=["vi-will-be-punished", "vi-will-suffer-punishment"],
)
def test_a_vietnamese_punishment_feared_for_the_people_is_no_sanctions_trap(text: str) -> None:
    assert status_of(text, "Người Triều Tiên") is Status.FACING_REPATRIATION


@pytest.mark.parametrize(
    ("title", "text", "status"),
    [
        ("脫北者", "曾在寮國被拘留的6名脫北者，已於上週安全入境南韓。", Status.REACHED_THIRD_COUNTRY),
        ("脱北者", "曾在老挝被关押的3名脱北者已进入南韩。", Status.REACHED_THIRD_COUNTRY),
        ("脫北者", "在寮國被捕的6名脫北者希望能進入南韓。", Status.ARRESTED),
    ],
    ids=["zh-hant-entered-the-south", "zh-entered-namhan", "zh-hant-hope-to-enter"],
)  # fmt: skip
def test_chinese_people_who_entered_the_south_under_either_name_reached_a_third_country(
    title: str, text: str, status: Status
) -> None:
    assert status_of(text, title) is status


@pytest.mark.parametrize(
    "text",
    [
        "A North Korean defector held in Khabarovsk was freed from the migrant centre on Friday and "
        "handed over to North Korean embassy officials that evening.",
        "중국 옌지에서 체포된 탈북민 3명이 구류소에서 석방된 뒤 북한으로 압송됐다고 소식통이 밝혔다.",
        "Задержанного в Хабаровске гражданина КНДР освободили из центра содержания и вечером "
        "передали посольству КНДР.",
        "在延吉被捕的三名脱北者从看守所获释后被遣返朝鲜。",
        "延吉で拘束された脱北者3人が、収容施設から釈放された後、北朝鮮に送還された。",
    ],
    ids=["en", "ko", "ru", "zh", "ja"],
)
def test_a_release_that_ends_in_a_return_is_a_return(text: str) -> None:
    assert status_of(text) is Status.REPATRIATED


@pytest.mark.parametrize(
    "text",
    [
        "Four North Korean teenagers were freed from a jail in Luang Namtha on Tuesday and deported "
        "to China the same afternoon, a missionary said.",
        "Công an Hà Giang thả 4 người Triều Tiên hôm thứ Ba rồi trao trả họ cho phía Trung Quốc.",
        "라오스 경찰은 탈북 청소년 4명을 석방한 뒤 곧바로 중국 공안에 넘겼다.",
    ],
    ids=["en", "vi", "ko"],
)  # fmt: skip
def test_a_release_that_ends_in_a_handover_to_china_is_no_release(text: str) -> None:
    # Expelled to a neighbour: still in the hands of the police, by the README's convention.
    assert status_of(text) is Status.ARRESTED


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("두만강을 건넌 탈북민 2명이 지난 4일 중국 변방대에 붙잡혔다고 현지 소식통이 전했다.",
         Status.ARRESTED),
        ("지난주 투먼 인근에서 탈북민 일가족 3명이 중국 변방대에 체포됐다.", Status.ARRESTED),
        ("지난주 투먼에서 붙잡힌 탈북민 3명은 현재 변방대에 구금돼 있다.", Status.DETAINED),
    ],
    ids=["caught-by-the-unit", "arrested-by-the-unit", "held-at-the-unit"],
)  # fmt: skip
def test_a_korean_arrest_by_the_border_unit_is_an_arrest_not_a_custody(
    text: str, status: Status
) -> None:
    assert status_of(text, "탈북민 중국서 체포") is status


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Police in Dandong detained three North Korean women on Tuesday. A local official was "
         "released on bail hours later.", Status.DETAINED),
        ("Police in Yanji detained six North Korean defectors on Monday. A Chinese diplomat was "
         "sent back to North Korea on Friday.", Status.DETAINED),
        ("Chinese police arrested a North Korean woman in Yanji on Monday. Her lawyer was later "
         "released on bail.", Status.ARRESTED),
        ("Полиция Даньдуна задержала трех северокорейских женщин во вторник. Местный чиновник был "
         "освобожден под залог.", Status.ARRESTED),
        ("Công an Đan Đông bắt giữ ba phụ nữ Triều Tiên hôm thứ Ba. Một quan chức địa phương đã "
         "được thả sau đó.", Status.ARRESTED),
        ("La police de Dandong a arrêté trois Nord-Coréennes mardi. Un fonctionnaire local a été "
         "libéré sous caution.", Status.ARRESTED),
        ("Die Polizei in Dandong hat am Dienstag drei Nordkoreanerinnen festgenommen. Ein "
         "chinesischer Diplomat wurde am Freitag nach Nordkorea abgeschoben.", Status.ARRESTED),
        ("Chinese police arrested five North Korean defectors in Yanji on Monday. A Chinese man "
         "who sheltered them was released on Friday.", Status.ARRESTED),
        ("Полиция Даньдуна задержала трех северокореянок во вторник. Ее адвокат был освобожден "
         "под залог.", Status.ARRESTED),
        ("Полиция Даньдуна задержала трех северокореянок во вторник. Китаец, который укрывал их, "
         "был освобожден в пятницу.", Status.ARRESTED),
        ("Chinese police arrested a North Korean woman in Yanji on Monday. Police released her "
         "lawyer on Friday.", Status.ARRESTED),
        ("Công an Đan Đông bắt giữ ba phụ nữ Triều Tiên hôm thứ Ba. Luật sư của họ đã được thả.",
         Status.ARRESTED),
        ("La policía de Dandong detuvo a tres norcoreanas el martes. Su abogado fue liberado bajo "
         "fianza.", Status.ARRESTED),
    ],
    ids=["en-official-freed", "en-envoy-sent", "en-her-lawyer-freed", "ru-official-freed", "vi-official-freed",
         "fr-official-freed", "de-envoy-sent", "en-them-in-a-helpers-clause", "ru-her-lawyer",
         "ru-them-in-a-helpers-clause", "en-her-lawyer-after-the-status-word", "vi-their-lawyer",
         "es-her-lawyer"],
)  # fmt: skip
def test_another_actors_status_told_next_is_not_the_peoples_where_the_subject_is_kept(
    text: str, status: Status
) -> None:
    assert status_of(text) is status


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("A North Korean woman was arrested in Kunming on Monday. She was sent back to North "
         "Korea on Friday.", Status.REPATRIATED),
        ("Chinese police arrested six North Korean defectors in Kunming on Monday. Police later "
         "sent them back to North Korea.", Status.REPATRIATED),
        ("Chinese police arrested a North Korean woman in Yanji on Monday. Police released her on "
         "Friday.", Status.RELEASED),
        ("Chinese police arrested six North Korean defectors in Kunming on Monday. Four were "
         "released on Friday.", Status.RELEASED),
        ("Chinese police arrested five North Korean defectors in Yanji on Monday. Rights groups "
         "fear the five will be sent back.", Status.FACING_REPATRIATION),
        ("Dozens of North Korean defectors were rounded up in Yanji on Monday. Those caught are "
         "being held at a detention centre.", Status.DETAINED),
        ("Chinese police arrested six North Korean defectors in Yanji on Monday. The defectors "
         "were later sent back to North Korea.", Status.REPATRIATED),
        ("Thai police detained eight North Korean refugees in Chiang Rai on Monday. The refugees "
         "were later released to the South Korean embassy.", Status.RELEASED),
        ("Полиция Хабаровска задержала двух граждан КНДР в понедельник. Решается вопрос об их "
         "выдворении.", Status.FACING_REPATRIATION),
        ("Công an Nga bắt giữ một công nhân Triều Tiên bỏ trốn ở Vladivostok hôm thứ Hai. Tòa án "
         "đã quyết định trục xuất anh về nước.", Status.FACING_REPATRIATION),
        # "Her family" is another's noun, but "she" is the woman: the release is hers.
        ("Chinese police arrested a North Korean woman in Yanji on Monday. Her family said she "
         "was released.", Status.RELEASED),
        ("Chinese police arrested five North Korean defectors in Yanji on Monday. Officials said "
         "that they were released on Friday.", Status.RELEASED),
        ("Chinese police arrested five North Korean defectors in Yanji on Monday. A broker who "
         "guided them said they were released on Friday.", Status.RELEASED),
        ("Полиция Даньдуна задержала трех северокореянок во вторник. Их освободили в пятницу.",
         Status.RELEASED),
        ("Полиция Даньдуна задержала трех северокореянок во вторник. В пятницу полиция "
         "освободила их.", Status.RELEASED),
    ],
    ids=["en-she", "en-them-inside-a-split-term", "en-her-after-the-status-word",
         "en-opening-figure", "en-the-five-again", "en-those-caught", "en-the-defectors",
         "en-the-refugees", "ru-their-inside-a-term", "vi-him", "en-her-family-said-she",
         "en-said-that-they", "en-a-helper-said-they", "ru-them-object-first",
         "ru-them-at-the-end"],
)  # fmt: skip
def test_a_sentence_taking_the_people_up_again_carries_their_status(
    text: str, status: Status
) -> None:
    assert status_of(text) is status


@pytest.mark.parametrize(
    "text",
    [
        "La policía de Yanji detuvo el lunes a seis desertores norcoreanos. El viernes fueron "
        "deportados a Corea del Norte.",
        "ตำรวจเมืองหยานจี๋จับกุมผู้แปรพักตร์ชาวเกาหลีเหนือหกคนเมื่อวันจันทร์\nต่อมาถูกส่งตัวกลับเกาหลีเหนือเมื่อวันศุกร์",
        "延吉の公安は月曜日、脱北者6人を拘束した。金曜日には北朝鮮に送還された。",
        "옌지 공안은 월요일 탈북민 6명을 체포했다. 금요일에는 북한으로 강제북송됐다.",
        "延吉公安周一抓捕了6名脱北者。周五被遣返朝鲜。",
    ],
    ids=["es", "th", "ja", "ko", "zh"],
)
def test_a_sentence_without_a_subject_carries_their_status_where_the_subject_is_dropped(
    text: str,
) -> None:
    assert status_of(text) is Status.REPATRIATED


def test_the_lead_under_a_headline_tells_its_people_in_words_of_its_own() -> None:
    verdict = classify(
        Document(
            "s",
            "North Korean defectors arrested in Yanji",
            "Chinese police arrested 12 people in Yanji on Monday, an aid group said.",
            date=ON,
        )
    )
    assert (verdict.facts.people, verdict.facts.status) == (12, Status.ARRESTED)


def test_a_figure_told_next_of_another_actor_is_not_the_peoples_count() -> None:
    verdict = classify(
        Document(
            "s",
            "",
            "Chinese police detained North Korean defectors in Shenyang on Monday. A Chinese "
            "delegation of 12 people was sent to North Korea last week.",
            date=ON,
        )
    )
    assert (verdict.facts.people, verdict.facts.status) == (None, Status.DETAINED)


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Activists rallied outside the Chinese consulate in Busan on Tuesday to protest the "
         "arrest of six North Korean women in Hunchun.", Status.ARRESTED),
        ("Rights groups in Seoul protested against the detention of six North Korean women in "
         "Hunchun last week.", Status.DETAINED),
        ("Seoul opposes the detention of six North Korean women held in Hunchun since March.",
         Status.DETAINED),
        ("Rights groups in Seoul protested against the forced repatriation of six North Korean "
         "women arrested in Hunchun last week.", Status.FACING_REPATRIATION),
        ("Chinese police launched a crackdown against North Korean escapees in Hunchun last "
         "week and arrested six women.", Status.ARRESTED),
        ("Des militants ont manifesté à Busan contre l'arrestation de six Nord-Coréennes à "
         "Hunchun.", Status.ARRESTED),
        ("Activistas protestaron en Busan contra la detención de seis norcoreanas en Hunchun.",
         Status.ARRESTED),
        ("Aktivisten protestierten in Busan gegen die Abschiebung der sechs in Hunchun "
         "festgehaltenen Nordkoreanerinnen.", Status.FACING_REPATRIATION),
    ],
    ids=["en-protest-arrest", "en-protested-against-detention", "en-opposes-detention",
         "en-protested-return", "en-crackdown-against", "fr-contre-arrestation",
         "es-contra-detencion", "de-gegen-abschiebung"],
)  # fmt: skip
def test_a_protest_presupposes_the_arrest_it_protests_and_fears_the_return(
    text: str, status: Status
) -> None:
    verdict = classify(Document("s", "", text, date=ON))
    assert (verdict.alert, verdict.facts.status) == (True, status)


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("UN rights experts on Monday urged Laos not to forcibly return six North Korean women "
         "held in Vientiane since March.", Status.FACING_REPATRIATION),
        ("Beijing is preparing to forcibly return six North Korean women arrested in Hunchun, "
         "a church group said.", Status.FACING_REPATRIATION),
        ("Six North Korean women held in Hunchun since March were forcibly returned on Friday, "
         "a church group said.", Status.REPATRIATED),
        ("Six North Korean women arrested in Hunchun last week had planned to return to their "
         "shelter in Yanji, a church group said.", Status.ARRESTED),
    ],
    ids=["urged-not-to-forcibly-return", "preparing-to-forcibly-return", "forcibly-returned",
         "plain-return-is-no-return"],
)  # fmt: skip
def test_the_plain_verb_return_is_a_return_to_the_north_only_when_forced(
    text: str, status: Status
) -> None:
    assert status_of(text) is status


@pytest.mark.parametrize(
    "text",
    [
        "Six North Korean women arrested in Hunchun last week will return to their shelter in "
        "Yanji once freed, a church group said.",
        "Six North Korean women arrested in Hunchun last week will stay in a police cell until "
        "released, a church group said.",
        "Six North Korean women arrested in Hunchun last week will be flown to Seoul when "
        "released, a church group said.",
    ],
    ids=["once-freed", "until-released", "when-released"],
)
def test_a_release_told_as_a_condition_frees_nobody(text: str) -> None:
    assert status_of(text) is Status.ARRESTED


def test_a_release_followed_by_a_threat_in_its_sentence_is_no_all_clear() -> None:
    text = (
        "Two of the nine North Korean defectors arrested in Shenyang were released on Friday; "
        "the other seven face repatriation."
    )
    assert status_of(text, "Update on the Shenyang defectors") is Status.FACING_REPATRIATION


def test_others_released_with_them_are_not_the_people_released() -> None:
    text = (
        "Seven North Korean defectors remain in custody in Shenyang, while two others arrested "
        "with them were released on Friday."
    )
    assert status_of(text, "Update on the Shenyang defectors") not in (
        Status.RELEASED,
        Status.REACHED_THIRD_COUNTRY,
    )


def facts_of(text: str, title: str, lang: str) -> tuple[Status | None, int | None]:
    facts = classify(Document("s", title, text, lang, date=ON)).facts
    return facts.status, facts.people


@pytest.mark.parametrize(
    ("lang", "title", "text", "status"),
    [
        ("en", "Nine defectors held in Dandong",
         "Border police detained nine North Korean defectors in Dandong on May 12. Three of the "
         "nine were freed on Saturday. The other six face deportation.",
         Status.FACING_REPATRIATION),
        ("en", "Nine defectors held in Dandong",
         "Border police detained nine North Korean defectors in Dandong on May 12. Three of them "
         "were let go to relatives on Saturday. The rest remain in custody.", Status.DETAINED),
        ("ko", "단둥서 탈북민 체포",
         "중국 변방대가 지난 12일 단둥에서 탈북민 9명을 붙잡았다. 이 가운데 3명은 18일 석방됐다. "
         "나머지 6명은 강제북송 위기에 놓여 있다.", Status.FACING_REPATRIATION),
        ("zh-Hans", "丹东抓捕脱北者",
         "中国边防本月12日在丹东抓获9名脱北者。其中3人已于18日获释。其余6人仍被拘押，随时可能被遣返。",
         Status.FACING_REPATRIATION),
        ("ja", "丹東で脱北者拘束",
         "中国の国境警備隊は12日、丹東で脱北者9人を拘束した。このうち3人は18日に釈放された。"
         "残りの6人は北朝鮮に送還される恐れがある。", Status.FACING_REPATRIATION),
        ("ru", "В Находке задержаны граждане КНДР",
         "В Находке 12 мая задержали девять граждан КНДР. Троих из них в субботу отпустили. "
         "Остальные шестеро находятся в спецприемнике.", Status.DETAINED),
        # 残る, 剩余 without 的: the rest too.
        ("ja", "チェンライで脱北者拘束",
         "タイ警察は先月、チェンライで脱北者9人を拘束した。うち女性3人が月曜日に釈放された。"
         "残る6人は入管施設に収容されたままだ。", Status.DETAINED),
        ("zh-Hant", "清萊逮捕北韓人",
         "泰國警方上月在清萊逮捕9名北韓脫北者，其中3名婦女已於週一獲釋。剩餘6人仍被關押在移民拘留中心。",
         Status.DETAINED),
    ],
    ids=["en-other-six", "en-the-rest", "ko-나머지", "zh-其余", "ja-残り", "ru-остальные",
         "ja-残る", "zh-hant-剩餘"],
)  # fmt: skip
def test_a_part_freed_while_the_rest_stay_held_is_no_all_clear(
    lang: str, title: str, text: str, status: Status
) -> None:
    assert facts_of(text, title, lang) == (status, 9)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Of the six North Korean defectors arrested in Shenyang in April by border police, "
         "two reached Seoul last week. Four men are still held in a detention centre."),
        ("ru", "Из шести беглецов из КНДР, задержанных в апреле в Шэньяне пограничниками, двое на "
         "прошлой неделе добрались до Сеула. Четверо мужчин по-прежнему содержатся в изоляторе."),
        ("vi", "Trong số 6 người Triều Tiên bị biên phòng bắt ở Thẩm Dương hồi tháng 4, 2 người đã "
         "đến Seoul tuần trước. Bốn người đàn ông vẫn đang bị tạm giữ."),
    ],
    ids=["en", "ru", "vi"],
)  # fmt: skip
def test_a_part_arrived_after_a_long_clause_on_its_group_leaves_the_group_held(
    lang: str, text: str
) -> None:
    """ "Of the six ... arrested in Shenyang in April by border police, two": the clause saying
    who the group were keeps the two a part of it, so their arrival is no all-clear."""
    assert facts_of(text, "Defectors", lang) == (Status.DETAINED, 6)


@pytest.mark.parametrize(
    "text",
    [
        "Из шести беглецов из КНДР, задержанных в апреле в Шэньяне, двое на прошлой неделе "
        "добрались до Сеула. Остальным четверым грозит депортация.",
        "Двоих из шести граждан КНДР, задержанных в Благовещенске, в понедельник отпустили. "
        "Оставшимся четверым грозит выдворение.",
    ],
    ids=["остальным", "оставшимся"],
)  # fmt: skip
def test_the_rest_named_in_the_dative_are_still_the_rest(text: str) -> None:
    """остальным, оставшимся (the rest, to whom a return is a threat) are the `remainder` too."""
    assert facts_of(text, "Беглецы из КНДР", "ru") == (Status.FACING_REPATRIATION, 6)


@pytest.mark.parametrize(
    ("lang", "title", "text"),
    [
        ("en", "Cambodia lets four North Koreans go",
         "Cambodian police on Monday freed four of ten North Korean defectors arrested in Kampot "
         "last month. The remaining six are still being held in Phnom Penh."),
        ("ru", "В Хабаровске отпустили северокорейцев",
         "Полиция Хабаровска отпустила четверых из десяти граждан КНДР, задержанных на стройке. "
         "Остальные шестеро по-прежнему находятся в спецприемнике."),
        ("vi", "Công an thả người Triều Tiên",
         "Công an tỉnh Hà Giang đã thả 4 trong số 10 người Triều Tiên bị bắt hôm thứ Hai. "
         "6 người còn lại vẫn đang bị tạm giữ."),
    ],
    ids=["en-four-of-ten", "ru-четверых-из-десяти", "vi-4-trong-so-10"],
)  # fmt: skip
def test_a_part_freed_of_a_group_it_names_counts_the_group_when_the_rest_stay_held(
    lang: str, title: str, text: str
) -> None:
    assert facts_of(text, title, lang) == (Status.DETAINED, 10)


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("Border police in Hunchun released three of four North Korean men caught at a farm last "
         "week, while the fourth man remains in custody, a church worker said.", 4),
        ("Thai police freed two of five North Korean defectors arrested in Nong Khai on Sunday, "
         "while the others are still detained at the immigration center.", 5),
    ],
    ids=["the-fourth-man", "the-others"],
)  # fmt: skip
def test_a_part_freed_while_the_rest_remain_held_in_its_sentence_counts_the_group(
    text: str, people: int
) -> None:
    assert facts_of(text, "", "en")[1] == people


@pytest.mark.parametrize(
    ("title", "text", "status"),
    [
        ("Laos frees two of three North Koreans",
         "Lao police released two of the three North Korean defectors they arrested in Vientiane "
         "on May 3, while the third is still being held at an immigration jail.", Status.DETAINED),
        ("Laos frees two North Koreans",
         "Lao police arrested three North Korean men in Vientiane on May 3. Two were released on "
         "Friday; the third man faces deportation to China.", Status.FACING_REPATRIATION),
    ],
    ids=["the-third", "the-third-man"],
)  # fmt: skip
def test_the_one_left_after_the_others_went_free_keeps_the_incident_held(
    title: str, text: str, status: Status
) -> None:
    assert facts_of(text, title, "en")[0] == status


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Woman held in Hunchun", "Chinese police arrested a North Korean woman in Hunchun on "
         "May 2. She is being held at the city's detention center pending handover to the North."),
        ("Three defectors caught in Longjing", "Three North Korean defectors were arrested in "
         "Longjing on May 2 and taken to Tumen for handover to North Korean border guards."),
        ("Defector caught in Hunchun set to be handed to North's police", "Chinese police "
         "arrested a North Korean defector in Hunchun on May 2."),
    ],
    ids=["pending-handover", "for-handover", "north-s"],
)  # fmt: skip
def test_a_handover_named_by_its_noun_or_to_the_north_s_police_is_still_to_come(
    title: str, text: str
) -> None:
    assert facts_of(text, title, "en")[0] == Status.FACING_REPATRIATION


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("The UN human rights office said it was deeply concerned by reports that Chinese police "
         "forcibly returned six North Korean women from Hunchun on May 2.", Status.REPATRIATED),
        ("The UN human rights office said it was concerned at credible reports that Chinese "
         "police sent six North Korean women back from Hunchun on May 2.", Status.REPATRIATED),
        ("The UN human rights office said it was concerned by reports that six North Korean women "
         "held in Hunchun could be sent back.", Status.FACING_REPATRIATION),
    ],
    ids=["returned", "sent-back", "could-be"],
)  # fmt: skip
def test_concern_at_reports_that_a_return_was_done_does_not_make_it_feared(
    text: str, status: Status
) -> None:
    assert facts_of(text, "UN concerned over returns from Hunchun", "en")[0] == status


@pytest.mark.parametrize(
    ("lang", "title", "text"),
    [
        ("en", "Defectors sent back from Yanji",
         "Six of the nine North Korean defectors arrested in Yanji last month were sent back to "
         "North Korea on Friday. The other three are still held in a detention centre in Tumen."),
        ("ko", "옌지 탈북민 북송",
         "지난달 옌지에서 체포된 탈북민 9명 가운데 6명이 지난 1일 투먼을 거쳐 북한으로 송환됐다. "
         "나머지 3명은 아직 옌지 구류소에 갇혀 있다."),
        ("zh-Hans", "延吉脱北者被遣返",
         "上月在延吉被抓的9名脱北者中，6人已于上周五被遣返回朝鲜。其余3人仍被关押在图们看守所。"),
    ],
    ids=["en-other-three", "ko-나머지", "zh-其余"],
)  # fmt: skip
def test_a_part_sent_back_while_the_rest_stay_held_is_a_return_of_the_group(
    lang: str, title: str, text: str
) -> None:
    """Unlike a part's release, a part's return is news of its own: the rest still held do
    not make it a threat."""
    assert facts_of(text, title, lang) == (Status.REPATRIATED, 9)


@pytest.mark.parametrize(
    ("lang", "title", "text"),
    [
        ("en", "Defectors sent back from Shenyang",
         "Three of the six North Korean defectors arrested in Shenyang in April were sent back "
         "last week. Three men are still held in a detention centre."),
        ("ko", "선양 탈북민 북송",
         "지난 4월 선양에서 체포된 탈북민 6명 가운데 3명이 지난주 북한으로 송환됐다. 남성 3명은 "
         "넘겨졌고 여성 3명은 아직 구류장에 남아 있다."),
        ("ja", "瀋陽の脱北者送還",
         "4月に瀋陽で拘束された脱北者6人のうち3人が先週北朝鮮に送還された。男性3人は今も収容所に拘束"
         "されている。"),
        ("ru", "Беглецов из КНДР вернули на родину",
         "Трое из шести беглецов из КНДР, задержанных в апреле в Шэньяне, отправлены на родину. "
         "Трое мужчин по-прежнему содержатся в изоляторе."),
        ("th", "ส่งชาวเกาหลีเหนือกลับ",
         "ชาวเกาหลีเหนือ 3 คน จากทั้งหมด 6 คนที่ถูกจับกุมที่เชียงรายเมื่อเดือนเมษายน "
         "ถูกส่งกลับเกาหลีเหนือแล้ว ชายอีก 3 คน ยังถูกกักตัวอยู่ที่ห้องกัก ตม."),
    ],
    ids=["en", "ko", "ja", "ru", "th"],
)  # fmt: skip
def test_a_part_sent_back_counts_the_group_when_others_are_told_still_held(
    lang: str, title: str, text: str
) -> None:
    """No word for "the rest": people told still held after a part's return are its rest."""
    assert facts_of(text, title, lang) == (Status.REPATRIATED, 6)


def test_a_part_sent_back_over_the_groups_own_arrest_counts_the_part() -> None:
    """The group's arrest told after a headline's part is no rest still held."""
    title = "Five of nine defectors sent back"
    text = (
        f"{title}\nBorder police held nine North Korean defectors in Hunchun in March. Five of them "
        "were sent back to North Korea on Friday, an aid group said."
    )
    assert facts_of(text, title, "en") == (Status.REPATRIATED, 5)


def test_a_part_sent_back_with_nothing_told_of_the_rest_counts_the_part() -> None:
    text = (
        "Three of the six North Korean defectors arrested in Shenyang in April were sent back "
        "last week."
    )
    assert facts_of(text, "Defectors sent back from Shenyang", "en") == (Status.REPATRIATED, 3)


@pytest.mark.parametrize(
    ("lang", "title", "text", "status"),
    [
        ("en", "Escapees held in Tumen",
         "Two of the eight North Korean escapees held in Tumen were let go on Monday. The other "
         "six face return.", Status.FACING_REPATRIATION),
        ("vi", "Người Triều Tiên bị bắt ở Đồ Môn",
         "Hai trong số tám người Triều Tiên bị bắt ở Đồ Môn đã được thả hôm thứ Hai. Sáu người "
         "còn lại vẫn bị giam.", Status.DETAINED),
    ],
    ids=["en", "vi"],
)  # fmt: skip
def test_a_part_freed_of_a_group_counted_with_it_counts_the_group(
    lang: str, title: str, text: str, status: Status
) -> None:
    """The part's sentence names its group ("two of the eight"); the rest told in a later
    sentence make the group the incident's people, not the part that went free."""
    assert facts_of(text, title, lang) == (status, 8)


@pytest.mark.parametrize(
    ("lang", "title", "text"),
    [
        ("ko", "옌지 구금 탈북민 8명 중 2명만 석방…나머지 6명 북송 위기",
         "지난달 옌지에서 체포된 탈북민 8명 가운데 2명은 풀려났지만 나머지 6명은 송환 위기에 처했다."),
        ("ko", "훈춘 탈북민 8명 가운데 2명 풀려나, 나머지 6명은 여전히 구금",
         "중국 공안은 지난 10일 훈춘에서 탈북민 8명을 붙잡았다."),
    ],
    ids=["ko-headline-and-text", "ko-headline-held"],
)  # fmt: skip
def test_a_part_freed_beside_the_rest_in_one_sentence_counts_the_whole_group(
    lang: str, title: str, text: str
) -> None:
    assert facts_of(text, title, lang)[1] == 8


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("중국 허룽에 있던 탈북민 정모(27)씨가 지난 2일 공안에 붙잡혔다. 어머니는 \"브로커에게서 딸이 "
         "투먼 구류소로 옮겨져 곧 북송된다는 말을 들었다\"고 했다.", Status.FACING_REPATRIATION),
        ("중국 허룽에 있던 탈북민 정모(27)씨가 지난 2일 공안에 붙잡혔다. 어머니는 \"선교사로부터 딸이 "
         "투먼 구류소에 갇혀 있다는 말을 들었다\"고 했다.", Status.DETAINED),
    ],
    ids=["브로커에게서", "선교사로부터"],
)  # fmt: skip
def test_a_helper_who_tells_the_news_is_its_source_not_its_subject(
    text: str, status: Status
) -> None:
    assert status_of(text, "탈북민 어머니의 호소") is status


@pytest.mark.parametrize(
    "text",
    [
        "라오스 경찰에 붙잡혔다 풀려난 탈북민 4명이 지난 2일 태국 방콕에 도착했다.",
        "몽골 국경수비대에 붙잡혔던 탈북 여성 3명이 석방돼 지난 2일 울란바토르에 도착했다.",
    ],
    ids=["방콕에-도착", "울란바토르에-도착"],
)
def test_an_arrival_in_the_safe_countrys_city_after_release_is_the_third_country(
    text: str,
) -> None:
    assert status_of(text, "탈북민 소식") is Status.REACHED_THIRD_COUNTRY


@pytest.mark.parametrize(
    "title",
    ["라오스서 탈북민 4명 붙잡혀…한국 송환 절차", "라오스서 탈북민 4명 붙잡혀…한국행 절차 밟아"],
    ids=["한국-송환-절차", "한국행-절차"],
)
def test_a_way_to_the_south_with_the_particle_dropped_is_no_return_north(title: str) -> None:
    text = "라오스 경찰이 지난 4일 비엔티안에서 탈북민 4명을 붙잡았다."
    assert status_of(text, title) is Status.ARRESTED


@pytest.mark.parametrize(
    "text",
    [
        "훈춘 변방구류소에 갇혀 있는 탈북민 5명이 곧 북송된다.",
        "지난달 단둥에서 붙잡힌 탈북 여성 2명이 이르면 모레 북한으로 송환된다.",
        "옌지 구류소에 수감된 탈북민 3명이 이번 주 북측에 넘겨진다고 인권단체가 밝혔다.",
    ],
    ids=["곧-북송된다", "이르면-송환된다", "북측에-넘겨진다"],
)
def test_a_return_told_in_the_plain_present_is_still_to_come(text: str) -> None:
    assert status_of(text, "탈북민 소식") is Status.FACING_REPATRIATION


@pytest.mark.parametrize(
    ("lang", "title", "text", "status"),
    [
        ("ko", "창바이서 탈북민 4명 체포",
         "중국 공안이 지난 5일 창바이에서 탈북민 4명을 붙잡아 구금했다. 일행 가운데는 여성 2명과 "
         "10대 소년도 있다. 현지 소식통은 \"이르면 이번 주 북한으로 넘겨질 수 있다\"고 전했다.",
         Status.FACING_REPATRIATION),
        ("en", "Four defectors held in Changbai",
         "Chinese police detained four North Korean defectors in Changbai on May 5. Two of them "
         "are women. A Chinese envoy was sent to North Korea last week.", Status.DETAINED),
    ],
    ids=["ko-who-they-are-then-the-threat", "en-who-they-are-then-others"],
)  # fmt: skip
def test_a_sentence_saying_who_they_are_keeps_the_story_on_them_where_the_subject_drops(
    lang: str, title: str, text: str, status: Status
) -> None:
    assert facts_of(text, title, lang)[0] is status


@pytest.mark.parametrize(
    ("lang", "title", "text"),
    [
        ("ja", "ラオス、脱北者2人を釈放　残る5人は収容続く",
         "ラオス当局は今月、先月ルアンナムタで拘束した脱北者7人のうち女性2人を釈放した。"),
        ("zh-Hant", "寮國釋放2名北韓女性 其餘5人仍遭拘留",
         "寮國當局本月釋放上月在琅南塔被捕的7名北韓人中的2名婦女。"),
        ("zh-Hans", "老挝释放2名朝鲜妇女 其余5人仍被关押",
         "老挝当局本月释放了上月在琅南塔被捕的7名朝鲜人中的2名妇女。"),
    ],
    ids=["ja-残る-headline", "zh-hant-其餘-headline", "zh-hans-其余-headline"],
)  # fmt: skip
def test_a_headline_saying_the_rest_are_still_held_parts_a_release_told_below_it(
    lang: str, title: str, text: str
) -> None:
    """The headline sums the report up: its "the other five still held" makes the release the
    text tells a part's, wherever the text tells it; the incident counts the whole group."""
    assert facts_of(text, title, lang) == (Status.DETAINED, 7)


@pytest.mark.parametrize(
    ("lang", "title", "text"),
    [
        ("en", "China frees two children, six adults still held",
         "Police in Tumen on Tuesday released two North Korean children to a church shelter, a "
         "pastor said."),
        ("vi", "Trung Quốc thả 2 trẻ em Triều Tiên, 6 người lớn vẫn bị giam",
         "Công an Đồ Môn hôm thứ Ba đã thả hai em nhỏ người Triều Tiên cho một nhà thờ, một mục "
         "sư cho biết."),
    ],
    ids=["en-six-adults-still-held", "vi-6-nguoi-lon-van-bi-giam"],
)  # fmt: skip
def test_a_headline_counting_its_own_people_still_held_after_a_release_parts_it(
    lang: str, title: str, text: str
) -> None:
    """ "frees two, six adults still held": the clause after the release counts the rest still
    held without a word for "the rest"; the people are held, all eight of them, not freed."""
    assert facts_of(text, title, lang) == (Status.DETAINED, 8)


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Three North Korean defectors held in Vientiane were freed on Monday and flown to "
         "Seoul. Other defectors are still held in Chinese prisons, activists said.",
         Status.REACHED_THIRD_COUNTRY),
        ("Three North Korean defectors held in Vientiane were freed on Monday. Thousands of "
         "others remain in detention across China, activists said.", Status.RELEASED),
    ],
    ids=["other-defectors-named", "thousands-of-others"],
)  # fmt: skip
def test_other_people_held_elsewhere_leave_the_peoples_release_standing(
    text: str, status: Status
) -> None:
    assert status_of(text, "Defectors freed in Laos") is status


@pytest.mark.parametrize(
    ("lang", "title", "text"),
    [
        ("en", "Six caught in Hunchun",
         "Border police arrested six North Korean escapees in Hunchun on May 14. Two of them had "
         "previously been sent back and fled again, a pastor said."),
        ("ko", "훈춘서 탈북민 6명 체포",
         "중국 변방대가 지난 14일 훈춘에서 탈북민 6명을 붙잡았다. 이 중 2명은 과거에 강제북송된 "
         "적이 있는 것으로 알려졌다."),
        ("zh-Hans", "珲春6名脱北者被抓",
         "中国边防本月14日在珲春抓获6名脱北者。据悉，其中2人曾被强制遣返，后再次出逃。"),
        ("ja", "琿春で脱北者6人拘束",
         "中国の国境警備隊は14日、琿春で脱北者6人を拘束した。うち2人はかつて北朝鮮に送還された"
         "ことがあるという。"),
    ],
    ids=["en-previously", "ko-과거에-적이-있다", "zh-曾被", "ja-かつて-ことがある"],
)  # fmt: skip
def test_an_all_clear_of_the_peoples_past_is_not_the_incidents(
    lang: str, title: str, text: str
) -> None:
    assert facts_of(text, title, lang)[0] is Status.ARRESTED


@pytest.mark.parametrize(
    ("title", "text", "status"),
    [
        ("탈북민 4명 북송설",
         "중국에서 체포된 탈북민 4명이 북송된 것으로 알려졌으나 아직 확인되지 않았다.",
         Status.FACING_REPATRIATION),
        ("탈북민 4명 북송설",
         "중국에서 체포된 탈북민 4명이 지난주 북송됐다는 소식이 전해졌으나 정부는 확인해 줄 수 "
         "없다고 밝혔다.", Status.FACING_REPATRIATION),
        ("탈북민 4명 석방설",
         "중국 공안에 체포된 탈북민 4명이 풀려났다는 얘기가 있지만 확인되지 않았다.",
         Status.ARRESTED),
        ("Người đào tẩu được thả?",
         "Có tin 4 người đào tẩu Triều Tiên bị bắt ở Thẩm Dương đã được thả, tuy nhiên chính quyền "
         "chưa xác nhận.", Status.ARRESTED),
    ],
    ids=["ko-return-contrast", "ko-return-declined", "ko-release-contrast", "vi-release"],
)  # fmt: skip
def test_an_all_clear_told_then_doubted_is_not_asserted(
    title: str, text: str, status: Status
) -> None:
    assert status_of(text, title) is status


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Four defectors deported to North Korea",
         "Four North Korean defectors arrested in Shenyang have been deported to North Korea, "
         "according to unconfirmed reports."),
        ("4 người đào tẩu bị trục xuất về Triều Tiên",
         "4 người đào tẩu Triều Tiên bị bắt ở Thẩm Dương đã bị trục xuất về Triều Tiên, theo "
         "nguồn tin chưa được kiểm chứng."),
        ("ผู้ลี้ภัยเกาหลีเหนือ 4 คนถูกส่งกลับ",
         "มีรายงานว่าผู้ลี้ภัยเกาหลีเหนือ 4 คนที่ถูกจับในจีนถูกส่งกลับไปเกาหลีเหนือแล้ว "
         "แต่ยังไม่ได้รับการยืนยัน"),
    ],
    ids=["en", "vi", "th"],
)  # fmt: skip
def test_a_headline_return_the_text_calls_unconfirmed_is_only_feared(
    title: str, text: str
) -> None:
    assert status_of(text, title) is Status.FACING_REPATRIATION


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("중국 선양에서 체포된 탈북민 4명이 지난주 북송됐다고 대북소식통이 전했다. 사실 여부는 "
         "확인되지 않았다.", Status.FACING_REPATRIATION),
        ("중국 선양에서 체포된 탈북민 4명이 지난주 석방됐다고 대북소식통이 전했다. 다만 사실 "
         "여부는 아직 확인되지 않았다.", Status.ARRESTED),
        ("4 người đào tẩu Triều Tiên bị bắt ở Thẩm Dương đã được thả. Tuy nhiên, thông tin này vẫn "
         "chưa được xác nhận.", Status.ARRESTED),
        ("Four North Korean defectors arrested in Shenyang have been released, a source said. "
         "The report could not be independently verified.", Status.ARRESTED),
        ("ผู้ลี้ภัยเกาหลีเหนือ 4 คนที่ถูกจับในจีนได้รับการปล่อยตัวแล้ว. อย่างไรก็ตาม "
         "ข่าวนี้ยังไม่ได้รับการยืนยัน", Status.ARRESTED),
    ],
    ids=["ko-return", "ko-release", "vi-release", "en-release", "th-release"],
)  # fmt: skip
def test_an_all_clear_the_next_sentence_calls_unconfirmed_is_not_asserted(
    text: str, status: Status
) -> None:
    assert status_of(text) is status


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Four North Korean defectors arrested in Shenyang were deported to North Korea last "
         "week. Their identities could not be verified.", Status.REPATRIATED),
        ("중국 선양에서 체포된 탈북민 4명이 지난주 북송됐다. 이들의 신원은 확인되지 않았다.",
         Status.REPATRIATED),
        ("4 người đào tẩu Triều Tiên bị bắt ở Thẩm Dương đã được thả hôm thứ Sáu. Danh tính của "
         "họ chưa được xác nhận.", Status.RELEASED),
        ("Four North Korean defectors arrested in Shenyang were released on Friday. Will they "
         "reach Seoul?", Status.RELEASED),
    ],
    ids=["en-identity", "ko-identity", "vi-identity", "en-question"],
)  # fmt: skip
def test_a_doubt_about_who_they_are_leaves_the_all_clear_standing(
    text: str, status: Status
) -> None:
    assert status_of(text) is status


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Defectors freed in Laos",
         "Two North Korean defectors held in Vientiane were freed on Monday but deported to "
         "China."),
        ("탈북민 2명 석방",
         "라오스 경찰에 체포된 탈북민 2명이 석방됐지만 곧바로 중국으로 추방됐다."),
        ("2 người đào tẩu được thả",
         "2 người đào tẩu Triều Tiên bị cảnh sát Lào bắt giữ đã được thả nhưng bị trao trả cho phía "
         "Trung Quốc."),
        ("ผู้ลี้ภัยถูกปล่อยตัว",
         "ผู้ลี้ภัยเกาหลีเหนือ 2 คนที่ถูกตำรวจลาวจับกุมได้รับการปล่อยตัวแล้ว "
         "แต่ถูกส่งตัวไปให้ทางการจีน"),
    ],
    ids=["en", "ko", "vi", "th"],
)  # fmt: skip
def test_a_headline_release_the_text_ends_in_a_handover_to_china_frees_nobody(
    title: str, text: str
) -> None:
    assert status_of(text, title) not in (Status.RELEASED, Status.REACHED_THIRD_COUNTRY)


def test_a_headline_release_stands_beside_an_old_handover_told_apart() -> None:
    text = (
        "Two North Korean defectors held in Vientiane were freed on Monday. Last year, Laos "
        "deported nine defectors to China."
    )
    assert status_of(text, "Defectors freed in Laos") is Status.RELEASED


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("태국 이민국에 구금된 탈북민 3명이 다음 주 석방돼 한국으로 보내질 예정이다.",
         Status.DETAINED),
        ("태국 이민국에 구금된 탈북민 3명이 다음 달 석방돼 한국으로 갈 것으로 보인다.",
         Status.DETAINED),
        ("태국 이민국에 구금됐던 탈북민 3명이 지난주 석방됐다. 이들은 다음 주 한국에 도착할 "
         "예정이다.", Status.RELEASED),
    ],
    ids=["next-week", "next-month", "freed-last-week"],
)  # fmt: skip
def test_a_korean_release_told_for_a_day_to_come_is_not_done(text: str, status: Status) -> None:
    assert status_of(text) is status


@pytest.mark.parametrize(
    ("title", "text", "status"),
    [
        ("9 người bị bắt, 2 người được thả",
         "Chín người đào tẩu Triều Tiên bị bắt ở Vân Nam tháng trước. Hai người trong số đó đã "
         "được thả. Bảy người còn lại có nguy cơ bị trả về Triều Tiên.",
         Status.FACING_REPATRIATION),
        ("ผู้ลี้ภัยเกาหลีเหนือ 9 คน",
         "ผู้ลี้ภัยเกาหลีเหนือ 9 คนถูกจับกุมที่มณฑลยูนนานเมื่อเดือนที่แล้ว ในจำนวนนี้ 2 "
         "คนได้รับการปล่อยตัวแล้ว ส่วนอีก 7 คนที่เหลือเสี่ยงถูกส่งกลับไปเกาหลีเหนือ",
         Status.FACING_REPATRIATION),
        ("탈북민 5명 석방",
         "라오스에서 체포된 탈북민 5명이 지난 금요일 석방됐다. 다른 탈북민들은 여전히 북송 위기에 "
         "처해 있다고 인권단체가 밝혔다.", Status.RELEASED),
        ("5 người được thả",
         "5 người đào tẩu Triều Tiên bị bắt ở Lào đã được thả hôm thứ Sáu. Những người Triều Tiên "
         "khác ở Trung Quốc vẫn có nguy cơ bị cưỡng bức hồi hương.", Status.RELEASED),
    ],
    ids=["vi-còn-lại", "th-ที่เหลือ-one-sentence", "ko-other-defectors", "vi-other-defectors"],
)  # fmt: skip
def test_the_rest_still_facing_return_end_a_partial_release_in_vietnamese_and_thai(
    title: str, text: str, status: Status
) -> None:
    assert status_of(text, title) is status


@pytest.mark.parametrize(
    "text",
    [
        "중국 당국은 지난주 단둥에서 붙잡은 탈북민 4명의 석방을 거부하고 있다고 한 인권단체가 "
        "밝혔다.",
        "중국은 단둥에서 체포된 탈북민 4명에 대한 석방 요구를 거부했다.",
    ],
    ids=["석방을-거부", "석방-요구를-거부"],
)
def test_a_release_refused_in_korean_frees_no_one(text: str) -> None:
    assert status_of(text, "탈북민 4명 석방 거부") is Status.ARRESTED


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Bộ Ngoại giao bác tin đã trao trả ba người Triều Tiên",
         "Ba người Triều Tiên bị bắt ở Điện Biên hôm thứ Ba."),
        ("Công an tỉnh bác thông tin đã trục xuất bốn người Triều Tiên",
         "Bốn người Triều Tiên bị bắt ở Lạng Sơn hôm thứ Ba."),
    ],
    ids=["bác-tin", "bác-thông-tin"],
)  # fmt: skip
def test_a_return_a_vietnamese_headline_denies_is_no_return(title: str, text: str) -> None:
    assert status_of(text, title) is Status.ARRESTED


def status_and_people(text: str) -> tuple[Status | None, int | None]:
    facts = classify(Document("s", "", text, date=ON)).facts
    return facts.status, facts.people


@pytest.mark.parametrize(
    "text",
    [
        "Police in Dandong detained nine North Koreans last week. Three of the nine were "
        "released on Monday.",
        "Police in Dandong detained 9 North Koreans last week. 3 of the 9 were released on "
        "Monday.",
        "Thai police detained nine North Koreans in Chiang Rai. Two of them, both children, "
        "were freed on Monday.",
        "중국 공안이 지난주 단둥에서 탈북민 9명을 체포했다. 9명 중 3명은 석방됐다.",
        "中国公安上周在丹东抓获9名脱北者。9人中3人获释。",
        "Police detained nine North Koreans in Dandong last week. On Monday they released "
        "three of them.",
    ],
    ids=[
        "three-of-the-nine",
        "digits",
        "two-of-them",
        "ko-9명-중-3명",
        "zh-9人中3人",
        "released-three-of-them",
    ],
)
def test_a_part_freed_leaves_the_group_held(text: str) -> None:
    """The rest of the group are still held though the report says no more of them: a release
    of some is no all-clear for the incident, which counts the whole group."""
    status, people = status_and_people(text)
    assert status in (Status.ARRESTED, Status.DETAINED)
    assert people == 9


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Police in Dandong detained nine North Koreans. All nine were released on Monday.",
         Status.RELEASED),
        ("Police detained two North Koreans in Dandong. Both of them were freed on Monday.",
         Status.RELEASED),
        ("Police detained nine North Koreans in Dandong. Police released all nine on Monday.",
         Status.RELEASED),
        ("Police detained nine North Koreans in Dandong. Three of the nine were released on "
         "Monday. The other six were freed a day later.", Status.RELEASED),
        ("Police in Tumen held eleven North Koreans in May. Six of them were sent back to North "
         "Korea on Wednesday.", Status.REPATRIATED),
    ],
    ids=["all-nine", "both-of-them", "released-all-nine", "the-rest-freed-too", "a-part-sent-back"],
)  # fmt: skip
def test_a_release_of_all_of_them_or_a_part_sent_back_stands(text: str, status: Status) -> None:
    assert status_and_people(text)[0] is status


@pytest.mark.parametrize(
    "text",
    [
        "Two of the six North Koreans arrested in Laos last month, both children, have been freed. "
        "They were handed to a church charity on Monday. The other four remain in custody.",
        "Von den sechs in Laos festgenommenen Nordkoreanern sind zwei Kinder freigekommen. Sie "
        "wurden einem kirchlichen Hilfswerk übergeben. Die übrigen vier bleiben in Haft.",
        "Из шести граждан КНДР, задержанных в Лаосе в ноябре, освобождены двое детей. Они "
        "переданы благотворительной организации. Остальные четверо по-прежнему находятся под "
        "стражей.",
        "Sur les six Nord-Coréens arrêtés au Laos en novembre, deux enfants ont été libérés. Ils "
        "ont été confiés à une association caritative lundi. Les quatre autres restent en "
        "détention.",
        "De los seis norcoreanos detenidos en Laos en noviembre, dos niños han sido liberados. "
        "Fueron entregados a una organización benéfica el lunes. Los otros cuatro siguen "
        "detenidos.",
    ],
    ids=["en", "de", "ru", "fr", "es"],
)
def test_the_rest_held_after_a_sentence_about_the_part_freed_is_no_all_clear(text: str) -> None:
    """A sentence opening on "they" and telling nothing new ("They were handed to a church
    charity") does not end the story about the people: the rest's custody told after it counts."""
    assert status_and_people(text)[0] is Status.DETAINED


def test_a_pronoun_inside_a_sentence_about_others_does_not_carry_the_people() -> None:
    """ "refugees they had met" names the refugees, but the sentence is the activists': "The
    four" after it are the activists, flown home, not the refugees reaching a third country."""
    status, people = status_and_people(
        "A North Korean held in a Vladivostok detention centre for five months was released by "
        "a court on Friday. Police in Dandong questioned four South Korean activists about North "
        "Korean refugees they had met. The four were detained overnight and flown to Seoul."
    )
    assert (status, people) == (Status.RELEASED, 1)


def test_a_part_freed_after_the_verb_leaves_the_group_held() -> None:
    status, _people = status_and_people(
        "Police released three of the nine North Koreans detained in Dandong last week."
    )
    assert status is Status.DETAINED


@pytest.mark.parametrize(
    ("title", "text", "status"),
    [
        ("Nine North Koreans held in Mong Cai go free",
         "The nine North Koreans, five of them women, detained by Vietnamese police in Mong Cai "
         "last month were released on Friday and have left for Hanoi, their lawyer said.",
         Status.RELEASED),
        # A part told before its aside is still a part: the rest stay held.
        ("Two of nine North Koreans freed in Laos",
         "Police in Vientiane arrested nine North Koreans last month. Two of them, both women, "
         "were released on Friday, a church group said.", Status.ARRESTED),
    ],
    ids=["five-of-them-women", "two-of-them-both-women"],
)  # fmt: skip
def test_an_aside_on_what_the_group_is_made_of_is_no_part_of_it(
    title: str, text: str, status: Status
) -> None:
    assert facts_of(text, title, "en") == (status, 9)


@pytest.mark.parametrize(
    ("lang", "title", "text", "status"),
    [
        ("ru", "Пропавший студент из КНДР задержан в Благовещенске",
         "Студент из КНДР, пропавший из общежития неделю назад, задержан полицией на вокзале.",
         Status.ARRESTED),
        ("ru", "Студент из КНДР найден",
         "Студент из КНДР пропал из общежития во Владивостоке в понедельник. В среду его "
         "задержали сотрудники полиции на вокзале.", Status.ARRESTED),
        ("en", "Missing North Korean student detained",
         "A North Korean student who went missing from his dormitory in Vladivostok was "
         "detained at the station on Friday.", Status.DETAINED),
        # Gone after the arrest: the later event stands.
        ("ru", "Беглецы пропали",
         "Трое беглецов из КНДР были задержаны в Шэньяне в марте. В апреле они пропали из "
         "изолятора.", Status.MISSING),
    ],
    ids=["ru-missing-student-detained", "ru-missing-then-arrested", "en-went-missing-detained",
         "ru-arrested-then-gone"],
)  # fmt: skip
def test_people_missing_and_then_caught_are_in_custody_not_missing(
    lang: str, title: str, text: str, status: Status
) -> None:
    """A disappearance told before an arrest of the people (the student who vanished from his
    dormitory was detained) ended in it; one told after the arrest is their news."""
    verdict = classify(Document("r", title, text, lang, date=ON))
    assert (verdict.tier, verdict.facts.status) == (Tier.ALERT, status)


@pytest.mark.parametrize(
    ("lang", "title", "text"),
    [
        ("en", "Four of seven defectors freed in Laos",
         "Four of the seven North Korean defectors arrested in Vientiane last week were "
         "released on Friday. The other three are missing, the group said."),
        ("ko", "창바이서 붙잡힌 탈북민 7명 중 4명 석방",
         "지난달 창바이에서 붙잡힌 탈북민 7명 가운데 4명이 풀려났다. 나머지 3명은 행방 묘연이라고 "
         "단체가 밝혔다."),
    ],
    ids=["en", "ko"],
)  # fmt: skip
def test_a_part_freed_while_the_rest_are_missing_is_no_all_clear(
    lang: str, title: str, text: str
) -> None:
    verdict = classify(Document("r", title, text, lang, date=date(2026, 12, 5)))
    assert (verdict.facts.status, verdict.facts.people) == (Status.MISSING, 7)


def test_a_headline_s_part_sent_back_counts_the_group_the_text_tells_the_rest_of() -> None:
    verdict = classify(
        Document(
            "r",
            "투먼서 체포된 탈북민 8명 중 5명 북송",
            "탈북민 8명 가운데 5명이 강제북송됐다. 나머지 3명은 아직 구금돼 있다.",
            "ko",
            date=date(2026, 12, 5),
        )
    )
    assert (verdict.facts.status, verdict.facts.people) == (Status.REPATRIATED, 8)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("탈북민 가족 \"아버지와 여동생 붙잡혀\"",
         "부산에 사는 탈북민 박모씨의 아버지와 여동생이 지난 2일 중국 훈춘에서 공안에 체포됐다. "
         "박씨에 따르면 두 사람은 브로커와 함께 기차역에서 붙잡혔다. "
         "인권단체 관계자는 \"두 사람은 곧 북송될 가능성이 높다\"고 말했다."),
    ],
    ids=["ko-two-after-a-helper"],
)  # fmt: skip
def test_relatives_named_again_by_their_number_face_the_return_told_later(
    title: str, text: str
) -> None:
    assert status_of(text, title) is Status.FACING_REPATRIATION


@pytest.mark.parametrize(
    ("title", "text", "status"),
    [
        ("Thai police hold defectors from Laos",
         "Six North Korean defectors were arrested by Thai police in Chiang Khong soon after they "
         "arrived in Thailand by boat, a pastor said on Monday.", Status.ARRESTED),
        ("탈북민 4명 태국 경찰에 붙잡혀",
         "탈북민 4명이 메콩강을 건너 태국에 도착한 뒤 치앙라이에서 현지 경찰에 체포됐다고 "
         "선교사가 7일 전했다.", Status.ARRESTED),
        ("Bốn người Triều Tiên bị bắt tại Thái Lan",
         "Bốn người Triều Tiên đã bị cảnh sát Thái Lan bắt giữ tại Chiang Rai hôm thứ Hai sau khi "
         "đến được Thái Lan từ Lào.", Status.ARRESTED),
    ],
    ids=["en-arrested-after-arriving", "ko-caught-after-arriving", "vi-bat-sau-khi-den"],
)  # fmt: skip
def test_people_arrested_after_they_reached_a_third_country_are_held_there(
    title: str, text: str, status: Status
) -> None:
    assert status_of(text, title) is status


@pytest.mark.parametrize(
    "text",
    [
        "Thai police arrested five North Korean defectors who had arrived in Thailand from Laos on "
        "Monday.",
        "Police in Chiang Rai detained three North Korean women who had reached Thailand by boat, "
        "officials said on Tuesday.",
        "Полиция Таиланда задержала пятерых беглецов из КНДР, которые прибыли в Таиланд из Лаоса.",
    ],
    ids=["en-arrived", "en-reached", "ru-arrived"],
)  # fmt: skip
def test_an_arrival_told_of_people_a_custody_took_is_how_they_came_not_safety(text: str) -> None:
    assert status_of(text) in (Status.ARRESTED, Status.DETAINED)


def test_people_held_before_who_have_since_arrived_reached_a_third_country() -> None:
    text = (
        "Five North Korean defectors who were detained in Laos last month have arrived in "
        "Thailand, an aid worker said on Monday."
    )
    assert status_of(text) is Status.REACHED_THIRD_COUNTRY


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Laos frees three of eight North Koreans; five face handover to China",
         "Police in Laos released three of the eight North Korean defectors arrested in Vientiane "
         "last week, a missionary said."),
        ("Laos frees three North Korean defectors",
         "Police in Laos released three of the eight North Korean defectors arrested in Vientiane "
         "last week. The remaining five are still held in a police cell, and officials said they "
         "could be sent across the border to China within days."),
        ("Four North Korean defectors moved to Tumen",
         "Four North Korean defectors arrested in Yanji have been moved to a detention centre in "
         "the border town of Tumen, a pastor said on Monday."),
        ("Defectors moved within China, activists fear return",
         "Four North Korean defectors arrested in Yanji last month were moved on Monday to another "
         "jail, a pastor said."),
        ("Runaway North Korean loggers caught in Russia",
         "Police in Khabarovsk have detained three North Korean loggers who ran away from their "
         "camp, a source said. \"The North Korean embassy is pushing hard to get the three back,\" "
         "the source said."),
    ],
    ids=["en-face-handover", "en-sent-across-the-border", "en-border-town-centre", "en-fear-return",
         "en-embassy-wants-them-back"],
)  # fmt: skip
def test_a_handover_a_move_or_an_envoy_foretells_is_a_threat_of_return(
    title: str, text: str
) -> None:
    assert status_of(text, title) is Status.FACING_REPATRIATION


def test_people_who_will_remain_in_detention_until_deported_are_held() -> None:
    text = (
        "Four North Korean defectors will remain in immigration detention until their "
        "deportation, a Thai official said. The four were arrested last week after crossing the "
        "Mekong from Laos."
    )
    assert status_of(text, "Thai police hold four North Koreans") is Status.DETAINED


@pytest.mark.parametrize(
    ("title", "text", "status"),
    [
        ("Defector held in Ussuriysk",
         "A North Korean construction worker was detained in Ussuriysk on Sunday. Activists said "
         "Moscow has sent defectors back to Pyongyang in the past.", Status.DETAINED),
        ("Two defectors held in Laos",
         "Two North Korean women are being held at a police station in Luang Namtha, a pastor "
         "said. Vientiane repatriated North Koreans in the past, he said.", Status.DETAINED),
        ("Three sent back",
         "Chinese police sent back three North Korean defectors through Tumen in the past week, "
         "a source said.", Status.REPATRIATED),
    ],
    ids=["en-russia-in-the-past", "en-laos-in-the-past", "en-in-the-past-week-is-recent"],
)  # fmt: skip
def test_a_states_returns_in_the_past_are_not_the_peoples(
    title: str, text: str, status: Status
) -> None:
    assert facts_of(text, title, "en")[0] is status


@pytest.mark.parametrize(
    ("title", "text", "status"),
    [
        ("Three N. Korean defectors held in Cambodia leave for third country",
         "Three North Korean defectors detained in Phnom Penh since August have gone, an official "
         "said on Tuesday.", Status.REACHED_THIRD_COUNTRY),
        ("Defectors freed",
         "Four North Koreans who had been held in Vientiane since June have left Laos for a third "
         "country, a diplomat said on Tuesday.", Status.REACHED_THIRD_COUNTRY),
        ("Defectors wait",
         "Four North Koreans held in Vientiane since June must wait months before they leave for "
         "a third country, a diplomat said on Tuesday.", Status.DETAINED),
        ("Defectors caught",
         "Four North Koreans were arrested in Bokeo on Tuesday while trying to leave for a third "
         "country.", Status.ARRESTED),
    ],
    ids=["headline-leave-for", "left-laos-for", "before-they-leave", "trying-to-leave"],
)  # fmt: skip
def test_people_who_left_for_a_third_country_reached_it(
    title: str, text: str, status: Status
) -> None:
    assert facts_of(text, title, "en")[0] is status
