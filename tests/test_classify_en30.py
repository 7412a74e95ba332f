"""Reports written for stress30_en30: the mistakes its blind set showed, in new sentences."""

from __future__ import annotations

from datetime import date

import pytest

from bot.classify import classify
from bot.domain import Document, Status, Tier

ON = date(2026, 12, 5)

# Freed, then caught again; the earlier release told over after the new custody, as before the
# story's time ("She had been released on Nov. 2"): the release the custody ended, no all-clear.
RELEASE_TOLD_OVER = [
    ("en", "North Korean woman freed in Yanji arrested again",
     "A North Korean woman who was released by police in Yanji last month was arrested again on "
     "Monday and is held at a detention centre in the city, a source said. She had been "
     "released on Nov. 2 after a relative paid a fine."),
    ("en", "Defector freed in Laos arrested again in Thailand",
     "A North Korean woman who was freed from a jail in Vientiane has been detained again, this "
     "time in Nong Khai, and is held at the immigration office, Thai police said. She was first "
     "released in October after the South Korean embassy intervened."),
    ("ko", "선양서 풀려난 탈북 여성 다시 체포",
     "선양에서 풀려났던 탈북 여성이 다시 공안에 체포돼 구류장에 갇혀 있다고 소식통이 5일 전했다. "
     "이 여성은 지난달 친척이 벌금을 내 석방됐었다."),
    ("ja", "瀋陽で釈放された脱北女性、再び拘束",
     "瀋陽で釈放された脱北女性1人が再び公安に拘束され、拘置所に収容されていると関係者が明らかに"
     "した。女性は先月、親族が罰金を払って釈放されていた。"),
    ("zh", "在沈阳获释的脱北女性再次被捕",
     "一名上月在沈阳获释的脱北女性日前再次被中国公安抓捕，目前关押在看守所。她此前因亲属缴纳"
     "罚款而获释。"),
    ("ru", "Освобожденный в Хабаровске северокореец снова задержан",
     "Гражданина КНДР, которого суд в Хабаровске освободил в октябре, снова задержали сотрудники "
     "миграционной полиции, он находится в ЦВСИГ. Ранее его освободили по решению суда."),
]  # fmt: skip


@pytest.mark.parametrize(
    ("lang", "title", "text"),
    RELEASE_TOLD_OVER,
    ids=[f"{r[0]}-{i}" for i, r in enumerate(RELEASE_TOLD_OVER)],
)
def test_a_release_told_over_after_a_rearrest_is_no_all_clear(
    lang: str, title: str, text: str
) -> None:
    verdict = classify(Document("s", title, f"{title}\n{text}", lang, date=ON))
    assert verdict.tier is Tier.ALERT
    assert verdict.facts.status is Status.DETAINED


def test_a_new_release_told_after_a_rearrest_stands() -> None:
    title = "North Korean woman arrested again in Yanji is freed"
    text = (
        f"{title}\nA North Korean woman who was arrested again in Yanji last month was released "
        "on Friday after her relatives paid a second fine, a source said."
    )
    verdict = classify(Document("s", title, text, "en", date=ON))
    assert (verdict.tier, verdict.facts.status) == (Tier.ALERT, Status.RELEASED)
