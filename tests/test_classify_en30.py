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


# A future told of a first verb and carried by a coordinator to an arrival joined to it ("will be
# fined and deported to South Korea", an aside between allowed): still to come, and the people
# are in the police's hands.
DEPORTATION_JOINED_TO_A_FUTURE = [
    ("en", "The six will be tried for illegal entry and deported to South Korea, police said."),
    ("en", "The six will be charged with illegal entry and, as in past cases, deported to South "
           "Korea after paying a fine, police said."),
    ("en", "The group would be fined and, in line with past practice, flown to South Korea, an "
           "officer said."),
    ("vi", "Họ sẽ bị truy tố tội nhập cảnh trái phép và, như các trường hợp trước, bị trục xuất "
           "sang Hàn Quốc, cảnh sát cho biết."),
]  # fmt: skip


@pytest.mark.parametrize(
    ("lang", "text"),
    DEPORTATION_JOINED_TO_A_FUTURE,
    ids=[f"{r[0]}-{i}" for i, r in enumerate(DEPORTATION_JOINED_TO_A_FUTURE)],
)
def test_a_deportation_south_joined_to_a_future_is_still_to_come(lang: str, text: str) -> None:
    leads = {
        "en": "Thai police arrest six North Koreans in Chiang Saen\nPolice in Chiang Saen arrested "
        "six North Koreans on Monday after they crossed the Mekong from Laos.",
        "vi": "Cảnh sát Thái Lan bắt 6 người Triều Tiên\nCảnh sát Chiang Saen đã bắt 6 người "
        "Triều Tiên vượt sông Mekong.",
    }
    lead = leads[lang]
    verdict = classify(Document("s", lead.split("\n")[0], f"{lead} {text}", lang, date=ON))
    assert (verdict.tier, verdict.facts.status) == (Tier.ALERT, Status.ARRESTED)
    assert verdict.facts.people == 6


def test_an_arrival_joined_to_a_verb_of_another_clause_stands() -> None:
    title = "Four North Koreans flown to Seoul"
    text = (
        f"{title}\nFour North Koreans arrested in Nong Khai in October, who were expected to be "
        "fined, were instead freed and flown to Seoul on Friday, a church group said."
    )
    verdict = classify(Document("s", title, text, "en", date=ON))
    assert (verdict.tier, verdict.facts.status) == (Tier.ALERT, Status.REACHED_THIRD_COUNTRY)


# The police taking people away, the people after the verb or the police after it: an arrest.
TAKEN_AWAY = [
    ("en", "Police take away four North Koreans from house in Tumen",
     "Chinese police took away four North Koreans from a rented house in Tumen early on Sunday, a "
     "source said."),
    ("en", "Police lead away four North Korean women in Dandong",
     "Plainclothes police led away four North Korean women from a restaurant in Dandong on "
     "Friday, a source said."),
    ("en", "Four North Korean women dragged away by police in Dandong",
     "Four North Korean women were dragged away by police from a restaurant in Dandong on "
     "Friday, a witness said."),
    ("ko", "중국 공안, 투먼서 탈북민 4명 끌고 가",
     "중국 공안이 일요일 새벽 투먼의 한 셋집에서 탈북민 4명을 끌고 갔다고 소식통이 전했다."),
    ("vi", "Công an Trung Quốc đưa đi 4 người Triều Tiên ở Đồ Môn",
     "Công an Trung Quốc đã đưa đi 4 người Triều Tiên khỏi một căn nhà thuê ở Đồ Môn sáng Chủ "
     "nhật, một nguồn tin cho biết."),
]  # fmt: skip


@pytest.mark.parametrize(
    ("lang", "title", "text"), TAKEN_AWAY, ids=[f"{r[0]}-{i}" for i, r in enumerate(TAKEN_AWAY)]
)
def test_people_the_police_took_away_were_arrested(lang: str, title: str, text: str) -> None:
    verdict = classify(Document("s", title, f"{title}\n{text}", lang, date=ON))
    assert (verdict.tier, verdict.facts.status) == (Tier.ALERT, Status.ARRESTED)
    assert (verdict.facts.people, verdict.facts.country) == (4, "CN")


def test_things_the_police_took_away_are_no_arrest() -> None:
    text = "Police took away the passports of six North Korean workers at a garment factory in Dandong."
    verdict = classify(Document("s", "", text, "en", date=ON))
    assert verdict.tier is not Tier.ALERT


# A return in preparation ("their handover is being prepared", "preparing their deportation",
# Готовится их передача): threatened, not done; the custody told before it becomes a threat.
RETURN_IN_PREPARATION = [
    ("en", "Two North Korean workers who fled a sawmill are being held by border guards in "
           "Blagoveshchensk, and their handover to the North Korean consulate is being prepared, "
           "a source said."),
    ("en", "Two North Korean workers who fled a sawmill are being held by border guards in "
           "Blagoveshchensk. Their deportation to North Korea is being prepared, a source said."),
    ("en", "Two North Korean workers who fled a sawmill are being held by border guards in "
           "Blagoveshchensk. Russian officials are preparing their handover to the North Korean "
           "embassy, a source said."),
    ("ru", "Двое граждан КНДР, сбежавших с лесопилки, задержаны пограничниками в Благовещенске. "
           "Готовится их передача представителям КНДР, сообщил источник."),
]  # fmt: skip


@pytest.mark.parametrize(
    ("lang", "text"),
    RETURN_IN_PREPARATION,
    ids=[f"{r[0]}-{i}" for i, r in enumerate(RETURN_IN_PREPARATION)],
)
def test_a_return_in_preparation_is_threatened(lang: str, text: str) -> None:
    verdict = classify(Document("s", "", text, lang, date=ON))
    assert (verdict.tier, verdict.facts.status) == (Tier.ALERT, Status.FACING_REPATRIATION)
    assert (verdict.facts.people, verdict.facts.country) == (2, "RU")


# An injunction against returning people held ("China must not send them back", 中国不应遣返,
# Китай не должен депортировать): their return is threatened, not denied, and a headline so
# worded tells no return done.
MUST_NOT_RETURN = [
    ("en", "China: Free Two North Korean Women Held in Yanji",
     "Two North Korean women are being held at a detention facility in Yanji, relatives said. "
     "\"China should not send these two women back,\" a researcher said."),
    ("en", "Laos must not deport two North Korean women",
     "Two North Korean women are being held at a police station in Luang Namtha. Laos must not "
     "deport them to China, the group said."),
    ("zh", "中国不应遣返两名脱北妇女",
     "两名脱北妇女被关押在延吉的看守所。该组织表示，中国不应将她们遣返朝鲜。"),
    ("ru", "Китай не должен депортировать двух северокореянок",
     "Двух северокореянок содержат в изоляторе в Яньцзи. Китай не должен депортировать их в "
     "КНДР, заявили в организации."),
    ("vi", "Trung Quốc không nên trả 2 phụ nữ Triều Tiên về nước",
     "Hai phụ nữ Triều Tiên đang bị giam tại trại tạm giam ở Diên Cát. Trung Quốc không nên trả "
     "họ về Triều Tiên, tổ chức này nói."),
]  # fmt: skip


@pytest.mark.parametrize(
    ("lang", "title", "text"),
    MUST_NOT_RETURN,
    ids=[f"{r[0]}-{i}" for i, r in enumerate(MUST_NOT_RETURN)],
)
def test_an_injunction_against_a_return_threatens_it(lang: str, title: str, text: str) -> None:
    verdict = classify(Document("s", title, f"{title}\n{text}", lang, date=ON))
    assert (verdict.tier, verdict.facts.status) == (Tier.ALERT, Status.FACING_REPATRIATION)
    assert verdict.facts.people == 2


def test_a_ruling_that_they_should_not_be_sent_back_threatens_no_return() -> None:
    text = (
        "Three North Korean men are still held at a migration centre in Khabarovsk, although a "
        "judge ruled on Monday that they should not be sent back, their lawyer said."
    )
    verdict = classify(Document("s", "", text, "en", date=ON))
    assert (verdict.tier, verdict.facts.status) == (Tier.ALERT, Status.DETAINED)


# What befalls such people as a rule ("what happens to North Koreans forcibly returned"): a
# report's subject, no incident.
WHAT_HAPPENS_TO = [
    "Amnesty International released a report on Tuesday documenting what happens to North "
    "Koreans forcibly returned from China.",
    "The new study describes the treatment of North Koreans forcibly returned from China.",
    "Rights groups say they know what awaits North Koreans who are sent back from China.",
]


@pytest.mark.parametrize("text", WHAT_HAPPENS_TO)
def test_what_happens_to_people_returned_is_no_incident(text: str) -> None:
    verdict = classify(Document("s", "Report on North Korean returnees", text, "en", date=ON))
    assert verdict.tier is not Tier.ALERT


def test_people_put_on_a_plane_to_pyongyang_were_sent_back() -> None:
    verdict = classify(
        Document(
            "en30",
            "Russia flies North Korean students home",
            "Police at a Moscow airport put two North Korean students on a plane to Pyongyang on "
            "Friday, their friends said.",
            "en",
            date=ON,
        )
    )
    assert verdict.tier is Tier.ALERT
    assert verdict.facts.status is Status.REPATRIATED


def test_a_man_held_who_may_be_put_on_a_flight_to_pyongyang_faces_return() -> None:
    verdict = classify(
        Document(
            "en30",
            "North Korean held at Moscow airport",
            "A North Korean man was detained at a Moscow airport on Thursday, and his lawyer fears "
            "he will be put on a flight to Pyongyang.",
            "en",
            date=ON,
        )
    )
    assert verdict.tier is Tier.ALERT
    assert verdict.facts.status is Status.FACING_REPATRIATION
