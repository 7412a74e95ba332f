"""A return feared in words the lists lacked: pushed back over the border to China, the same fate
as those sent back before, told of people taken up again as "the latest group".

Every sentence here was written for these tests; none is copied from a news report.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.classify import classify
from bot.domain import Document, Status, Tier

ON = date(2026, 6, 10)


@pytest.mark.parametrize(
    ("title", "text", "lang"),
    [
        ("Seven North Koreans caught in Laos",
         "Lao police arrested seven North Korean defectors near the border on Monday. Activists "
         "feared the seven could be pushed back across the border into China.", "en"),
        ("Five North Korean defectors held in Shenyang",
         "Chinese police detained five North Korean defectors in Shenyang on Monday. Activists "
         "say the latest group will face the same fate as those returned last year.", "en"),
        ("라오스서 탈북민 7명 체포",
         "라오스 경찰이 지난 월요일 국경 인근에서 탈북민 7명을 체포했다. 활동가들은 이들이 국경 너머 "
         "중국으로 다시 넘겨질 수 있다고 우려했다.", "ko"),
        ("ラオスで脱北者7人拘束",
         "ラオス警察は月曜日、国境付近で脱北者7人を拘束した。支援者らは、7人が国境を越えて中国に"
         "押し戻される可能性があると懸念している。", "ja"),
        ("瀋陽で脱北者5人拘束",
         "中国公安は月曜日、瀋陽で脱北者5人を拘束した。支援者らは、今回の5人も同じ運命をたどると"
         "みている。", "ja"),
        ("老挝逮捕7名脱北者",
         "老挝警方周一在边境附近逮捕了7名脱北者。活动人士担心这7人可能被推回边境另一侧的中国。",
         "zh"),
        ("寮國逮捕7名脫北者",
         "寮國警方週一在邊境附近逮捕了7名脫北者。人權人士擔心這7人可能被推回中國。", "zh"),
        ("Lào bắt 7 người Triều Tiên",
         "Cảnh sát Lào hôm thứ Hai đã bắt 7 người Triều Tiên đào tẩu gần biên giới. Các nhà hoạt "
         "động lo ngại 7 người này có thể bị đẩy trả qua biên giới về Trung Quốc.", "vi"),
    ],
    ids=["en-pushed-back", "en-latest-group", "ko-handed-back", "ja-pushed-back", "ja-same-fate",
         "zh-hans-pushed-back", "zh-hant-pushed-back", "vi-pushed-back"],
)  # fmt: skip
def test_a_feared_return_is_read(title: str, text: str, lang: str) -> None:
    verdict = classify(Document("f", title, text, lang=lang, date=ON))
    assert (verdict.tier, verdict.facts.status) == (Tier.ALERT, Status.FACING_REPATRIATION)


def test_a_hearing_pushed_back_threatens_no_one() -> None:
    title = "Three North Korean defectors held in Dandong"
    text = (
        "Three North Korean defectors are being held in a detention centre in Dandong, a pastor "
        "said on Monday. Their court hearing could be pushed back to July."
    )
    verdict = classify(Document("f", title, text, lang="en", date=ON))
    assert verdict.facts.status == Status.DETAINED


@pytest.mark.parametrize(
    ("title", "text", "lang"),
    [
        ("Three North Korean women held in Bangkok",
         "Thai police are holding three North Korean women at an immigration detention centre in "
         "Bangkok. An official said they will not be deported to North Korea.", "en"),
        ("バンコクで脱北女性3人収容",
         "タイ警察はバンコクの入管収容施設に脱北女性3人を収容している。当局者は、3人が北朝鮮に"
         "送還されることはないと述べた。", "ja"),
        ("В Бангкоке содержатся три беглянки из КНДР",
         "Полиция Таиланда содержит трех беглянок из КНДР в иммиграционном центре в Бангкоке. "
         "Чиновник заявил, что они не будут депортированы в КНДР.", "ru"),
    ],
    ids=["en-will-not", "ja-koto-wa-nai", "ru-ne-budut"],
)  # fmt: skip
def test_a_return_said_not_to_come_threatens_no_one(title: str, text: str, lang: str) -> None:
    verdict = classify(Document("f", title, text, lang=lang, date=ON))
    assert (verdict.tier, verdict.facts.status) == (Tier.ALERT, Status.DETAINED)


def test_a_return_urged_against_is_still_feared() -> None:
    title = "Three North Korean women held in Bangkok"
    text = (
        "Thai police are holding three North Korean women at an immigration detention centre in "
        "Bangkok. Activists urged Thailand not to deport them to North Korea."
    )
    verdict = classify(Document("f", title, text, lang="en", date=ON))
    assert verdict.facts.status == Status.FACING_REPATRIATION


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("泰国警方目前将3名脱北女性关押在曼谷移民拘留中心。一名官员表示，她们不会被遣返。",
         Status.DETAINED),
        ("泰國警方目前將3名脫北女性關押在曼谷移民拘留中心。一名官員表示，她們不會被遣返回北韓。",
         Status.DETAINED),
        ("中国公安目前将3名脱北女性关押在沈阳看守所。一名官员表示，她们不会被移交朝鲜。",
         Status.DETAINED),
        ("泰国警方目前将3名脱北女性关押在曼谷移民拘留中心。活动人士担心她们会不会被遣返回朝鲜。",
         Status.FACING_REPATRIATION),
    ],
    ids=["hans-not", "hant-not-north", "not-handed", "whether-feared"],
)  # fmt: skip
def test_zh_a_future_denied_is_no_threat_but_a_question_is(text: str, status: Status) -> None:
    verdict = classify(Document("f", "3名脱北女性被拘", text, lang="zh", date=ON))
    assert (verdict.tier, verdict.facts.status) == (Tier.ALERT, status)


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("泰国警方周一在清莱逮捕了3名脱北女性。她们将在罚款后被押往曼谷移民拘留中心。",
         Status.ARRESTED),
        ("泰國警方週一在清萊逮捕了3名脫北女性。她們將在罰款後被押往曼谷移民拘留中心。",
         Status.ARRESTED),
        ("泰国警方周一在清莱逮捕了3名脱北女性。她们在罚款后被押往曼谷移民拘留中心。",
         Status.DETAINED),
    ],
    ids=["hans-to-come", "hant-to-come", "hans-done"],
)  # fmt: skip
def test_zh_a_centre_the_people_will_be_taken_to_holds_no_one_yet(
    text: str, status: Status
) -> None:
    verdict = classify(Document("f", "泰国逮捕3名脱北女性", text, lang="zh", date=ON))
    assert (verdict.tier, verdict.facts.status) == (Tier.ALERT, status)
