"""Grammar as data: every grammar heading of every bundled language file does what it says, in
sentences of that language; and a new language file with those headings works without code.

One row per language and heading. Every sentence here was written for these tests; none is copied
from a news report.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from bot.classify import Classifier, default_classifier
from bot.classify.grammar import GRAMMAR_KEYS
from bot.classify.lexicon import bundled_paths, load_lexicon
from bot.domain import Document, Status, Tier

ON = date(2024, 5, 20)


def verdict(text: str, classifier: Classifier | None = None) -> Any:
    return (classifier or default_classifier()).classify(Document("g", "", text, date=ON))


def status(text: str) -> Status | None:
    return verdict(text).facts.status


def country(text: str) -> str | None:
    return verdict(text).facts.country


def people(text: str) -> int | None:
    return verdict(text).facts.people


def tier(text: str) -> Tier:
    return verdict(text).tier


def when(text: str) -> date | None:
    return default_classifier().readers.dates.read(text, ON)


def names(text: str) -> tuple[str, ...]:
    return verdict(text).facts.names  # type: ignore[no-any-return]


def place(text: str) -> str | None:
    return verdict(text).facts.place


def view(lang: str) -> Any:
    return default_classifier().grammar.view(frozenset({lang}))


def breaks(lang: str) -> Callable[[str], bool]:
    return lambda text: view(lang).breaks(text, 0, len(text))


def coordinated(lang: str) -> Callable[[str], bool]:
    return lambda text: view(lang).coordinated(text, 0, len(text))


def authority(lang: str) -> Callable[[str], bool]:
    def acting(text: str) -> bool:
        g = view(lang)
        return bool(g.authority_after.match(text) or g.authority_before.search(text))

    return acting


def numeral(text: str) -> int | None:
    return default_classifier().grammar.numeral(text)  # type: ignore[no-any-return]


def counts(text: str) -> list[int]:
    return [c.value for c in default_classifier().counts.read(text)]


def members(lang: str) -> Callable[[str], list[int]]:
    return lambda text: [c.value for c in default_classifier().counts.members(text, [lang])]


def noun_acts(lang: str) -> Callable[[str], bool]:
    def acts(text: str) -> bool:
        g = view(lang)
        return bool(g.noun_verbs and g.count_ahead.match(text))

    return acts


# (language, heading, reading, text, expected)
ROWS: list[tuple[str, str, Callable[[str], object], str, object]] = [
    # English
    ("en", "clause_breaks", breaks("en"), "were held, but", True),
    ("en", "source_openers", people,
     "Activists fear for four North Koreans in Laos.\nAccording to the activists, the four were "
     "detained near the border on Friday.", 4),
    ("en", "coordinators", people,
     "Police in Laos arrested two South Korean missionaries and eight North Korean defectors on "
     "Monday.", 8),
    ("en", "reach", status,
     "Eleven North Korean defectors held in Yanji were not sent back, police said on Monday.",
     Status.DETAINED),
    ("en", "toward", country,
     "Five North Korean defectors heading to Thailand were arrested in Laos on Monday.", "LA"),
    ("en", "sent_to", status,
     "Vietnamese police detained nine North Korean defectors on Monday and deported them to "
     "China.", Status.DETAINED),
    ("en", "origin", country,
     "Lao police arrested five North Korean defectors who had crossed from China on Monday.",
     "LA"),
    ("en", "authority", country,
     "Chinese activists said Lao police arrested five North Korean defectors on Monday.", "LA"),
    ("en", "border", country,
     "Near the Laos border, Chinese police arrested six North Korean defectors on Monday.",
     "CN"),
    ("en", "speakers", country,
     "China's foreign ministry said nine North Korean defectors were held in Laos.", "LA"),
    ("en", "relatives", status,
     "Police in Dandong caught nine North Korean defectors on Monday. A broker who drove them "
     "to the river was also detained.", Status.ARRESTED),
    # "them" a few words into a relative clause on another does not take the people up again.
    ("en", "relatives", status,
     "Police in Tumen detained four North Korean defectors on Sunday. A driver who carried them "
     "across the province was freed on Thursday.", Status.DETAINED),
    # After the status word "her" is the people; before another's noun it is its owner.
    ("en", "possessives", status,
     "Police in Hunchun arrested a North Korean woman on Sunday. Officers freed her brother on "
     "Thursday.", Status.ARRESTED),
    ("en", "possessives", status,
     "Police in Hunchun arrested a North Korean woman on Sunday. Officers freed her after two "
     "days.", Status.RELEASED),
    # The subject kept: another's status told next is not theirs; "both" takes them up again.
    ("en", "follow_on", status,
     "Police in Yanji detained six North Korean defectors on Monday. A Chinese diplomat was sent "
     "back to North Korea on Friday.", Status.DETAINED),
    ("en", "follow_on", status,
     "Police in Yanji detained two North Korean defectors on Monday. Both were sent back to North "
     "Korea on Friday.", Status.REPATRIATED),
    ("en", "spans", status,
     "Police in Yanji detained six North Korean defectors on Monday. Two days later, a Chinese "
     "official was released on bail.", Status.DETAINED),
    ("en", "release_datelines", country,
     "(Bangkok) – Nine North Korean defectors were arrested in Vientiane last week.", "LA"),
    ("en", "datelines", country,
     "SEOUL — Nine North Korean defectors were arrested in Shenyang last week, a group said.",
     "CN"),
    ("en", "denials", status,
     "China denied on Monday that it had repatriated eleven North Korean defectors from "
     "Dandong.", None),
    ("en", "names", names,
     "North Korean defector Choe Myong-bok was arrested in Shenyang on Monday.",
     ("Choe Myong-bok",)),
    ("en", "names.kin", people,
     "A North Korean defector in Busan is pleading for help. Her son, 21, was caught by police "
     "in Hunchun last week.", 1),
    ("en", "count_patterns", people,
     "Chinese police detained North Korean defectors, a family of five, in Kunming on Monday.",
     5),
    ("en", "range_words", people,
     "Between 15 and 20 North Korean defectors were held in Dandong on Monday.", None),
    ("en", "dates", when, "They were caught on Nov. 23, 2023 near the border.",
     date(2023, 11, 23)),
    ("en", "years", tier,
     "Nine North Korean defectors held in Shenyang since 2019 face repatriation, activists said "
     "on Monday.", Tier.ALERT),
    # Korean
    ("ko", "clause_breaks", breaks("ko"), "체포됐고, 이후", True),
    ("ko", "coordinators", people,
     "라오스 경찰이 한국인 선교사 2명과 탈북민 8명을 체포해 구금하고 있다.", 8),
    ("ko", "reach", status, "탈북민 5명이 지난주 선양에서 체포됐지만 북송되지 않았다.",
     Status.ARRESTED),
    # A negation after the rest of its verb (북송[되]지 않고) is that verb's, not the custody's.
    ("ko", "reach", status,
     "탈북민 4명이 지난달 투먼에서 붙잡혔다. 이들은 북송되지 않고 아직 구류소에 있다.",
     Status.DETAINED),
    ("ko", "toward", country, "라오스 경찰이 태국으로 가던 탈북민 5명을 지난주 체포했다.", "LA"),
    ("ko", "toward", country, "탈북민 5명이 태국 입국을 시도하다 라오스 경찰에 붙잡혔다.", "LA"),
    ("ko", "toward", country, "태국행 탈북민 5명, 지난주 라오스서 체포돼", "LA"),
    ("ko", "sent_to", status, "베트남 당국이 지난주 탈북민 9명을 중국으로 추방했다.",
     Status.ARRESTED),
    # 북송 names the North in the word: women held abroad and sent north are the people.
    ("ko", "sent_to", status, "단둥 구치소에 갇혀 있던 여성 5명이 지난주 북송됐다.",
     Status.REPATRIATED),
    ("ko", "origin", country, "베트남 공안이 지난주 중국에서 넘어온 탈북민 5명을 체포했다.",
     "VN"),
    ("ko", "authority", authority("ko"), " 당국이", True),
    ("ko", "border", country, "중국 공안이 지난주 라오스 접경에서 탈북민 6명을 체포했다.", "CN"),
    ("ko", "speakers", country, "중국 외교부는 탈북민 9명이 라오스에서 구금됐다고 밝혔다.", "LA"),
    ("ko", "release_datelines", country, "(방콕) – 탈북민 6명이 지난주 비엔티안에서 체포됐다.", "LA"),
    ("ko", "datelines", place,
     "(베이징=연합뉴스) 중국 공안이 지난주 선양에서 탈북민 6명을 체포했다.", "선양"),
    # Who told (the source alone, with its place, its day and its group) does not break the
    # follow-on.
    ("ko", "follow_on", status,
     "탈북민 일가족 6명이 지난주 라오스 경찰에 붙잡혔다. 서울의 인권단체가 3일 이같이 "
     "밝혔다. 현재는 비엔티안의 이민국 수용소에 구금돼 있다.", Status.DETAINED),
    # A line ending on a bare handover noun with no full stop (a headline's): no act told.
    ("ko", "headline_nouns", status,
     "탈북 여성 2명 북측에 인계\n허룽에서 붙잡힌 탈북 여성 2명이 지난주 투먼 구류소로 옮겨졌으며 곧 북측에 "
     "넘겨질 전망이다.", Status.FACING_REPATRIATION),
    ("ko", "genitive", tier, "탈북민의 탈북을 도운 브로커 2명이 지난주 중국 공안에 체포됐다.",
     Tier.RELATED),
    ("ko", "noun_verbs", noun_acts("ko"), " 5명", True),
    ("ko", "names", names, "탈북민 최명복(34) 씨가 지난주 선양에서 체포됐다.", ("최명복",)),
    ("ko", "names.kin", people,
     "탈북민 최모씨는 \"아들(24)이 지난주 중국 옌지에서 공안에 붙잡혔다\"고 말했다.", 1),
    ("ko", "count_patterns", people, "탈북민 모녀가 지난주 선양에서 공안에 체포됐다.", 2),
    ("ko", "range_words", people, "탈북민 10~15명이 지난주 선양에서 체포됐다.", None),
    ("ko", "counter_exceptions", counts, "탈북민 5명단", []),
    ("ko", "counter_exceptions", counts, "한 인권단체 관계자는 탈북민이 체포됐다고 밝혔다.", []),
    ("ko", "numerals", numeral, "이십", 20),
    ("ko", "dates", when, "지난 15일 체포됐다.", date(2024, 5, 15)),
    ("ko", "years", tier, "탈북민 5명이 2019년부터 선양에 구금돼 있다고 단체가 밝혔다.",
     Tier.ALERT),
    # Chinese
    ("zh", "clause_breaks", breaks("zh"), "被捕，随后", True),
    ("zh", "source_openers", status, "沈阳警方上月逮捕了三名脱北者。据一名牧师说，三人已于周一获释。",
     Status.RELEASED),
    ("zh", "counter_exceptions", counts, "日本一人权组织称，脱北者上周在沈阳被捕。", []),
    ("zh", "coordinators", people, "老挝警方上周逮捕了2名韩国传教士和8名脱北者。", 8),
    ("zh", "reach", status, "15名脱北者上周在沈阳被捕，但没有被遣返。", Status.ARRESTED),
    ("zh", "names", people, "脱北者金某说，她的妹妹上周在沈阳被中国公安带走。", 1),
    ("zh", "toward", country, "老挝警方上周逮捕了前往泰国的5名脱北者。", "LA"),
    ("zh", "sent_to", status, "越南上周把9名脱北者驱逐到中国。", Status.ARRESTED),
    ("zh", "origin", country, "老挝警方上周逮捕了从中国越境的5名脱北者。", "LA"),
    ("zh", "authority", authority("zh"), "警方", True),
    ("zh", "border", country, "中国公安上周在老挝边境逮捕了6名脱北者。", "CN"),
    ("zh", "speakers", country, "中国外交部表示，9名脱北者上周在老挝被捕。", "LA"),
    ("zh", "release_datelines", country, "（曼谷）— 6名脱北者上周在万象被捕。", "LA"),
    ("zh", "datelines", country, "新华社河内6月7日电 5名脱北者上周在昆明被捕。", "CN"),
    ("zh", "genitive", tier, "脱北者的牧师上周在延吉被捕。", Tier.RELATED),
    ("zh", "noun_verbs", status, "中国上周在沈阳强制遣返了10名脱北者。", Status.REPATRIATED),
    ("zh", "noun_verbs", status, "中国上周在沈阳强制遣返了约60名脱北者。", Status.REPATRIATED),
    ("zh", "noun_verbs", status, "8名脱北者上周在丹东被中国边防部门遣返。", Status.REPATRIATED),
    ("zh", "noun_verbs", status, "8名脫北者上週在丹東遭中國當局強制遣返。", Status.REPATRIATED),
    ("zh", "noun_verbs", status, "被捕的脱北者遣返问题在沈阳引发关注。", Status.ARRESTED),
    ("zh", "object_markers", status, "中国公安上周将5名脱北者遣返朝鲜。", Status.REPATRIATED),
    ("zh", "object_markers", status, "中国公安上周在丹东將約60名脫北者強制遣返。",
     Status.REPATRIATED),
    ("zh", "object_markers", status, "中国公安可能将5名在沈阳被捕的脱北者遣返朝鲜。",
     Status.FACING_REPATRIATION),
    ("zh", "object_markers", status, "中国公安将遣返这5名在沈阳被捕的脱北者。",
     Status.FACING_REPATRIATION),
    ("zh", "range_words", people, "10至15名脱北者上周在沈阳被捕。", None),
    ("zh", "count_patterns", people, "脱北者一家五口上周在沈阳被捕。", 5),
    ("zh", "numerals", numeral, "一百六十九", 169),
    ("zh", "dates", when, "2023年11月7日被捕。", date(2023, 11, 7)),
    ("zh", "years", tier, "二〇一六年，9名脱北者在沈阳被捕。", Tier.RELATED),
    # Who told (the source alone, with its country) does not break the follow-on.
    ("zh", "follow_on", status,
     "三名脱北者上周在丹东被公安抓获。据韩国一家救援团体说，三人此前住在一处民宅。"
     "三人可能很快被遣返朝鲜。", Status.FACING_REPATRIATION),
    # Japanese
    ("ja", "clause_breaks", breaks("ja"), "拘束され、その後", True),
    ("ja", "coordinators", people, "ラオス警察は先週、韓国人宣教師2人と脱北者8人を拘束した。", 8),
    ("ja", "range_words", people, "脱北者10〜15人が先週、瀋陽で拘束された。", None),
    ("ja", "reach", status, "先週瀋陽で拘束された脱北者5人は送還されていないという。",
     Status.ARRESTED),
    ("ja", "toward", country, "ラオス警察は先週、タイへ向かっていた脱北者5人を拘束した。", "LA"),
    ("ja", "authority", authority("ja"), "警察", True),
    ("ja", "border", country, "中国公安は先週、ラオス国境で脱北者6人を拘束した。", "CN"),
    ("ja", "speakers", country, "中国外務省は、ラオスで脱北者9人が拘束されたと述べた。", "LA"),
    ("ja", "sent_to", status, "ベトナム当局は先週、拘束した脱北者9人を中国に送還した。",
     Status.ARRESTED),
    ("ja", "origin", country, "中国から逃れた脱北者3人が先週ベトナムで拘束された。", "VN"),
    ("ja", "release_datelines", country, "（バンコク）― 脱北者6人が先週ビエンチャンで拘束された。", "LA"),
    ("ja", "datelines", country,
     "【ソウル=共同】中国公安は先週、瀋陽で脱北者6人を拘束した。", "CN"),
    # Who told (the source alone, with its country and day) does not break the follow-on.
    ("ja", "follow_on", status,
     "北朝鮮を脱出した家族5人が先週、ラオス警察に拘束された。韓国の支援団体が4日、明らかにした。"
     "現在は首都の入管施設に収容されている。", Status.DETAINED),
    ("ja", "genitive", tier, "脱北者の逃走を助けた牧師が先週、延吉で拘束された。", Tier.RELATED),
    ("ja", "noun_verbs", noun_acts("ja"), "5人", True),
    ("ja", "names", names, "脱北者のキム・ヨンホさんが先週、瀋陽で拘束された。",
     ("キム・ヨンホ",)),
    ("ja", "names.kin", people,
     "支援団体によると、韓国に住む脱北女性の息子（17）が今月1日、タイ北部で警察に拘束された。", 1),
    ("ja", "count_patterns", people, "中国公安は先週、瀋陽で脱北者の夫婦を拘束した。", 2),
    ("ja", "dates", when, "中国公安当局は15日、脱北者5人を拘束した。", date(2024, 5, 15)),
    ("ja", "years", tier, "脱北者5人が2019年から瀋陽の施設に収容されている。", Tier.ALERT),
    # Russian
    ("ru", "clause_breaks", breaks("ru"), "задержаны, но", True),
    ("ru", "source_openers", people,
     "Активисты тревожатся за четырех северокорейцев в Лаосе.\nПо словам активистов, эти четверо "
     "были задержаны у границы в пятницу.", 4),
    ("ru", "asides", breaks("ru"), "оба, как сообщили их знакомые, уже", False),
    ("ru", "reach", status,
     "Вероятно, обе северокорейские беглянки из Уссурийска к этому моменту уже выдворены на "
     "родину.", Status.FACING_REPATRIATION),
    ("ru", "asked_after", status,
     "Во Владивостоке в понедельник задержали двух граждан КНДР. Их жёны не знают, выслали ли "
     "их в КНДР.", Status.FACING_REPATRIATION),
    ("ru", "asked_before", status,
     "Во Владивостоке в понедельник задержали двух граждан КНДР. Их жёны не знают, были ли "
     "они высланы в КНДР.", Status.FACING_REPATRIATION),
    ("ru", "coordinators", people,
     "Во Владивостоке на прошлой неделе задержаны двое миссионеров и пятеро граждан КНДР.", 5),
    ("ru", "toward", country,
     "Пятеро северокорейцев пытались добраться до Таиланда, но были задержаны в Лаосе.", "LA"),
    ("ru", "sent_to", status,
     "Пятерых северокорейцев, задержанных во Владивостоке, депортировали в Китай.",
     Status.ARRESTED),
    ("ru", "origin", country,
     "Полиция Вьетнама задержала пятерых граждан КНДР, бежавших из Китая.", "VN"),
    ("ru", "authority", country,
     "Китайские СМИ сообщили, что вьетнамские пограничники задержали пятерых граждан КНДР.",
     "VN"),
    ("ru", "border", country,
     "У границы с Китаем российские пограничники задержали шестерых граждан КНДР.", "RU"),
    ("ru", "speakers", country,
     "Посольство Китая сообщило, что девять граждан КНДР задержаны во Вьетнаме.", "VN"),
    ("ru", "follow_on", status,
     "Полиция Яньцзи задержала шестерых беглецов из КНДР в понедельник. В пятницу китайский "
     "дипломат был депортирован в КНДР.", Status.ARRESTED),
    ("ru", "relatives", status,
     "Полиция Туманя задержала четырех беглецов из КНДР в воскресенье. Водитель, которая везла "
     "их через провинцию, была отпущена в четверг.", Status.ARRESTED),
    ("ru", "subject_relatives", status,
     "Полиция Хуньчуня задержала четырех беглецов из КНДР в воскресенье. Водитель, который их "
     "вез через провинцию, был отпущен в четверг.", Status.ARRESTED),
    ("ru", "possessives", status,
     "Полиция Хуньчуня задержала двух беглянок из КНДР в воскресенье. Их переводчик был отпущен "
     "в четверг.", Status.ARRESTED),
    # After a verb or a preposition the form is the object: the people.
    ("ru", "possessives", status,
     "Полиция Хуньчуня задержала двух беглянок из КНДР в воскресенье. Их отпустили в четверг.",
     Status.RELEASED),
    ("ru", "possessives", status,
     "Полиция Хуньчуня задержала двух беглянок из КНДР в воскресенье. Их тоже отпустили в "
     "четверг.", Status.RELEASED),
    ("ru", "follow_on", status,
     "Полиция Яньцзи задержала шестерых беглецов из КНДР в понедельник. В пятницу задержанных "
     "депортировали в КНДР.", Status.REPATRIATED),
    # The initial given with the birth year stands for that North Korean later on.
    ("ru", "names", tier,
     "Суд рассмотрел дело гражданина КНДР Л., 1991 г.р. В октябре 2026 г. Л. пересек границу "
     "у Хабаровска. Вскоре он был задержан.", Tier.ALERT),
    ("ru", "spans", status,
     "Полиция Яньцзи задержала шестерых беглецов из КНДР в понедельник. Через два дня китайский "
     "чиновник был освобожден под залог.", Status.ARRESTED),
    ("ru", "release_datelines", country,
     "(Бангкок) – Пятеро граждан КНДР задержаны во Вьентьяне.", "LA"),
    ("ru", "datelines", country,
     "ХАНОЙ, 7 июня (Синьхуа) -- Пятеро граждан КНДР задержаны в Шэньяне.", "CN"),
    ("ru", "count_patterns", people,
     "Во Владивостоке задержана семья из трех человек, бежавшая из КНДР.", 3),
    ("ru", "dates", when, "Их задержали 15 ноября 2023 года.", date(2023, 11, 15)),
    ("ru", "folds", status,
     "Северокорейский беглец, задержанный во Владивостоке, освобождён из-под стражи.",
     Status.RELEASED),
    ("ru", "years", tier,
     "Пятеро граждан КНДР с 2019 года содержатся в центре временного содержания во "
     "Владивостоке.", Tier.ALERT),
    # Vietnamese
    ("vi", "names", people,
     "Bà Choe, người đào tẩu Triều Tiên sống ở Seoul, cho biết con trai bà, 23 tuổi, bị công an "
     "bắt tại Lạng Sơn hôm thứ Hai.", 1),
    ("vi", "clause_breaks", breaks("vi"), "bị bắt, nhưng", True),
    ("vi", "source_openers", people,
     "Các nhà hoạt động lo ngại cho bốn người Triều Tiên ở Lào.\nTheo các nhà hoạt động, bốn "
     "người này bị bắt gần biên giới hôm thứ Sáu.", 4),
    ("vi", "reach", status,
     "Công an Trung Quốc đã đưa khoảng 50 người Triều Tiên đào tẩu về nước hôm thứ hai.",
     Status.REPATRIATED),
    ("vi", "coordinators", coordinated("vi"), "2 nhà truyền giáo và 8", True),
    ("vi", "toward", country,
     "Công an Lào đã bắt giữ 5 người Triều Tiên đang trên đường sang Thái Lan tuần trước.", "LA"),
    ("vi", "sent_to", status,
     "Việt Nam đã trục xuất 9 người Triều Tiên sang Trung Quốc hôm thứ Hai.", Status.ARRESTED),
    ("vi", "sent_to", status,
     "Biên phòng bắt 9 người Triều Tiên ở Lạng Sơn rồi trao trả họ cho phía Trung Quốc.",
     Status.ARRESTED),
    ("vi", "sent_to", status,
     "Biên phòng bắt 9 người Triều Tiên ở Lạng Sơn rồi trao trả họ cho lực lượng chức năng Trung "
     "Quốc.", Status.ARRESTED),
    # A handover marker after the people and what qualifies them: to the Chinese, not home.
    ("vi", "sent_to", status,
     "Biên phòng Lạng Sơn đã trao trả 6 người Triều Tiên xuất nhập cảnh trái phép cho nhà chức "
     "trách Trung Quốc hôm thứ Sáu.", Status.ARRESTED),
    ("vi", "sent_to", status,
     "Biên phòng Lạng Sơn đã trao trả 6 người Triều Tiên vượt biên trái phép cho lực lượng chức "
     "năng Trung Quốc hôm thứ Sáu.", Status.ARRESTED),
    ("vi", "origin", country,
     "Công an Việt Nam đã bắt giữ 5 người Triều Tiên vượt biên từ Trung Quốc tuần trước.", "VN"),
    ("vi", "authority", authority("vi"), "công an", True),
    ("vi", "noun_verbs", status,
     "Tuần trước Trung Quốc cưỡng chế hồi hương khoảng 40 người Triều Tiên bị giam ở Cát Lâm.",
     Status.REPATRIATED),
    # The passive bị before the return, its agent between them, tells the act; the agent may
    # run to the reach's `agent` characters.
    ("vi", "noun_verbs", status,
     "Bốn người đào tẩu Triều Tiên bị bắt ở Hồn Xuân đã bị Trung Quốc cưỡng chế hồi hương hôm "
     "thứ Tư.", Status.REPATRIATED),
    ("vi", "reach", status,
     "Bốn người đào tẩu Triều Tiên bị bắt ở Hồn Xuân đã bị nhà chức trách Trung Quốc cưỡng bức "
     "hồi hương.", Status.REPATRIATED),
    # Hedged, it is still only feared.
    ("vi", "noun_verbs", status,
     "Bốn người đào tẩu Triều Tiên bị bắt ở Hồn Xuân có thể bị Trung Quốc cưỡng chế hồi hương.",
     Status.FACING_REPATRIATION),
    # A return closed by hay chưa is asked, not told: feared.
    ("vi", "asked_after", status,
     "Sáu người đào tẩu Triều Tiên bị bắt ở Hồn Xuân tháng trước. Gia đình không biết họ đã bị "
     "đưa về Triều Tiên hay chưa.", Status.FACING_REPATRIATION),
    ("vi", "border", country,
     "Công an Trung Quốc đã bắt giữ 6 người Triều Tiên gần biên giới Lào tuần trước.", "CN"),
    ("vi", "speakers", country,
     "Đại sứ quán Trung Quốc cho biết 9 người Triều Tiên bị bắt tại Việt Nam tuần trước.", "VN"),
    ("vi", "possessives", status,
     "Công an Hồn Xuân bắt giữ hai phụ nữ Triều Tiên hôm Chủ nhật. Người phiên dịch của họ được "
     "thả hôm thứ Năm.", Status.ARRESTED),
    ("vi", "follow_on", status,
     "Công an Diên Cát bắt giữ sáu người đào tẩu Triều Tiên hôm thứ Hai. Một nhà ngoại giao Trung "
     "Quốc bị trục xuất về Triều Tiên hôm thứ Sáu.", Status.ARRESTED),
    ("vi", "follow_on", status,
     "Công an Diên Cát bắt giữ sáu người đào tẩu Triều Tiên hôm thứ Hai. Tất cả bị trục xuất về "
     "Triều Tiên hôm thứ Sáu.", Status.REPATRIATED),
    ("vi", "spans", status,
     "Công an Diên Cát bắt giữ sáu người đào tẩu Triều Tiên hôm thứ Hai. Hai ngày sau, một quan "
     "chức Trung Quốc được thả.", Status.ARRESTED),
    ("vi", "spans.tuổi", people,
     "Em gái và con trai 6 tuổi của một người đào tẩu Triều Tiên bị công an bắt ở Lào Cai hôm "
     "thứ Hai.", 2),
    ("vi", "release_datelines", country,
     "(Bangkok) – 5 người Triều Tiên bị bắt tại Viêng Chăn tuần trước.", "LA"),
    ("vi", "datelines", country,
     "HÀ NỘI (TTXVN) - 5 người Triều Tiên bị bắt tại Côn Minh tuần trước.", "CN"),
    ("vi", "count_patterns", people,
     "Ba mẹ con trốn khỏi Triều Tiên đã bị công an Trung Quốc bắt ở Diên Cát hôm thứ Hai.", 3),
    ("vi", "dates", when, "Họ bị bắt ngày 15 tháng 11 năm 2019.", date(2019, 11, 15)),
    ("vi", "years", tier,
     "9 người Triều Tiên bị giam giữ tại Lạng Sơn từ năm 2019, một tổ chức cho biết.",
     Tier.ALERT),
    # Thai
    ("th", "clause_breaks", breaks("th"), "จับกุม, จากนั้น", True),
    # A return closed by หรือยัง is asked, not told: feared.
    ("th", "asked_after", status,
     "ตำรวจหุนชุนจับผู้แปรพักตร์ชาวเกาหลีเหนือหกคนเมื่อเดือนที่แล้ว "
     "ครอบครัวไม่รู้ว่าพวกเขาถูกส่งกลับแล้วหรือยัง", Status.FACING_REPATRIATION),
    ("th", "source_openers", people,
     "นักเคลื่อนไหวห่วงชาวเกาหลีเหนือสี่คนในลาว\nตามข้อมูลของนักเคลื่อนไหว ทั้งสี่คนถูกจับใกล้ชายแดน"
     "เมื่อวันศุกร์", 4),
    ("th", "names", people,
     "ผู้แปรพักตร์ชาวเกาหลีเหนือในกรุงโซลเปิดเผยว่าน้องสาวของเธอ อายุ 27 ปี "
     "ถูกตำรวจจับกุมที่เชียงของเมื่อวันจันทร์", 1),
    ("th", "reach", status,
     "ทางการจีนส่งตัวผู้ลี้ภัยชาวเกาหลีเหนือ 6 คนซึ่งถูกจับได้ที่เมืองตานตงเมื่อเดือนก่อนกลับเกาหลีเหนือแล้ว",
     Status.REPATRIATED),
    ("th", "coordinators", coordinated("th"), "มิชชันนารี 2 คนและชาวเกาหลีเหนือ", True),
    ("th", "count_patterns", people, "ตำรวจจีนจับกุมสามแม่ลูกชาวเกาหลีเหนือที่เมืองเสิ่นหยางเมื่อสัปดาห์ที่แล้ว", 3),
    ("th", "toward", country,
     "ตำรวจลาวจับกุมชาวเกาหลีเหนือ 5 คน ที่กำลังเดินทางไปยังประเทศไทย เมื่อวันจันทร์", "LA"),
    ("th", "sent_to", status, "ชาวเกาหลีเหนือ 9 คนที่ถูกจับในลาวถูกเนรเทศไปยังจีน",
     Status.ARRESTED),
    ("th", "origin", country,
     "ตำรวจลาวจับกุมชาวเกาหลีเหนือ 5 คน ที่หลบหนีจากจีน เมื่อวันจันทร์", "LA"),
    ("th", "authority", authority("th"), "ตำรวจ", True),
    ("th", "border", country,
     "ตำรวจไทยจับกุมชาวเกาหลีเหนือ 6 คน ใกล้ชายแดนลาว เมื่อวันจันทร์", "TH"),
    ("th", "speakers", country,
     "สถานทูตจีนระบุว่าผู้แปรพักตร์เกาหลีเหนือ 9 คนถูกจับในลาวเมื่อสัปดาห์ที่แล้ว", "LA"),
    ("th", "release_datelines", country,
     "(กรุงเทพฯ) – ผู้แปรพักตร์เกาหลีเหนือ 5 คนถูกจับที่เวียงจันทน์", "LA"),
    ("th", "datelines", country,
     "เวียงจันทน์ (เอเอฟพี) - ผู้แปรพักตร์เกาหลีเหนือ 5 คนถูกจับที่คุนหมิง", "CN"),
    ("th", "dates", when, "เมื่อวันที่ 8 สิงหาคม 2567", date(2024, 8, 8)),
    ("th", "years", tier,
     "หญิงชาวเกาหลีเหนือที่หลบหนีออกจากเกาหลีเหนือเมื่อปี 2015 ถูกตำรวจจีนจับกุมที่เมืองเสิ่นหยาง "
     "สามีของเธอกล่าว", Tier.ALERT),
    # French, German, Spanish
    ("fr", "clause_breaks", breaks("fr"), "arrêtés, mais", True),
    ("fr", "coordinators", coordinated("fr"), "deux missionnaires et huit", True),
    ("fr", "toward", country,
     "La police laotienne a arrêté cinq réfugiés nord-coréens en route vers la Thaïlande lundi.",
     "LA"),
    ("fr", "sent_to", status,
     "Les autorités vietnamiennes ont expulsé neuf Nord-Coréens vers la Chine lundi.",
     Status.ARRESTED),
    ("fr", "origin", country,
     "La police laotienne a arrêté lundi cinq réfugiés nord-coréens qui avaient fui de Chine.",
     "LA"),
    ("fr", "authority", authority("fr"), "la police ", True),
    ("fr", "border", country,
     "La police chinoise a arrêté six Nord-Coréens près de la frontière avec le Laos lundi.",
     "CN"),
    ("fr", "subject_relatives", status,
     "La police de Hunchun a arrêté deux Nord-Coréennes dimanche. Un Chinois qui les avait "
     "hébergées a été libéré jeudi.", Status.ARRESTED),
    # Outside the relative clause the pronoun is theirs again.
    ("fr", "subject_relatives", status,
     "La police de Hunchun a arrêté deux Nord-Coréennes dimanche. Les policiers qui les avaient "
     "arrêtées les ont libérées jeudi.", Status.RELEASED),
    ("fr", "possessives", status,
     "La police de Hunchun a arrêté deux Nord-Coréennes dimanche. Leur interprète a été libéré "
     "jeudi.", Status.ARRESTED),
    ("fr", "follow_on", status,
     "La police de Yanji a arrêté six transfuges nord-coréens lundi. Un diplomate chinois a été "
     "renvoyé en Corée du Nord vendredi.", Status.ARRESTED),
    ("fr", "follow_on", status,
     "La police de Yanji a arrêté six transfuges nord-coréens lundi. Vendredi, la police les a "
     "renvoyés en Corée du Nord.", Status.REPATRIATED),
    # The people named again by who they are ("Les jeunes", "Den Jugendlichen").
    ("fr", "follow_on", status,
     "La police de Yanji a arrêté six jeunes Nord-Coréens lundi. Les jeunes risquent d'être "
     "renvoyés en Corée du Nord.", Status.FACING_REPATRIATION),
    ("fr", "spans", status,
     "La police de Yanji a arrêté six transfuges nord-coréens lundi. Deux jours plus tard, un "
     "fonctionnaire chinois a été libéré sous caution.", Status.ARRESTED),
    ("fr", "dates", when, "arrêtés le 3 mai 2023", date(2023, 5, 3)),
    ("fr", "years", tier,
     "Cinq réfugiés nord-coréens sont détenus à Vientiane depuis 2019, selon une ONG.",
     Tier.ALERT),
    ("de", "clause_breaks", breaks("de"), "festgenommen, aber", True),
    ("de", "coordinators", coordinated("de"), "zwei Missionare und acht", True),
    ("de", "toward", country,
     "Die laotische Polizei hat fünf nordkoreanische Flüchtlinge auf dem Weg nach Thailand "
     "festgenommen.", "LA"),
    ("de", "sent_to", status, "Vietnam hat neun Nordkoreaner nach China abgeschoben.",
     Status.ARRESTED),
    ("de", "origin", country,
     "Die laotische Polizei hat fünf Nordkoreaner festgenommen, die aus China geflohen waren.",
     "LA"),
    ("de", "authority", authority("de"), " polizei", True),
    ("de", "border", country,
     "Die chinesische Polizei hat sechs Nordkoreaner an der Grenze zu Laos festgenommen.", "CN"),
    ("de", "subject_relatives", status,
     "Die Polizei in Hunchun hat am Sonntag zwei Nordkoreanerinnen festgenommen. Ein Helfer, der "
     "sie begleitet hatte, wurde am Donnerstag freigelassen.", Status.ARRESTED),
    # Without its comma "die" is an article: the pronoun after it is theirs again.
    ("de", "subject_relatives", status,
     "Die Polizei in Hunchun hat am Sonntag zwei Nordkoreanerinnen festgenommen. Nach Angaben "
     "der Polizei wurden sie am Donnerstag freigelassen.", Status.RELEASED),
    ("de", "possessives", status,
     "Die Polizei in Hunchun hat am Sonntag zwei Nordkoreanerinnen festgenommen. Ihr Dolmetscher "
     "wurde am Donnerstag freigelassen.", Status.ARRESTED),
    ("de", "follow_on", status,
     "Die Polizei in Yanji hat am Montag sechs nordkoreanische Flüchtlinge festgenommen. Ein "
     "chinesischer Diplomat wurde am Freitag nach Nordkorea abgeschoben.", Status.ARRESTED),
    ("de", "follow_on", status,
     "Die Polizei in Yanji hat am Montag sechs nordkoreanische Flüchtlinge festgenommen. Am "
     "Freitag wurden alle nach Nordkorea abgeschoben.", Status.REPATRIATED),
    ("de", "follow_on", status,
     "Die Polizei in Yanji hat am Montag sechs junge Nordkoreaner festgenommen. Den "
     "Jugendlichen droht die Zwangsrückführung.", Status.FACING_REPATRIATION),
    ("de", "spans", status,
     "Die Polizei in Yanji hat am Montag sechs nordkoreanische Flüchtlinge festgenommen. Zwei "
     "Tage später wurde ein chinesischer Beamter freigelassen.", Status.ARRESTED),
    ("de", "count_patterns", people,
     "Sieben seit Wochen in Laos festgehaltene Nordkoreaner wurden am Montag abgeschoben.", 7),
    ("fr", "count_patterns", people,
     "Une famille nord-coréenne de cinq personnes a été arrêtée lundi à Yanji.", 5),
    ("es", "count_patterns", people,
     "Una familia norcoreana de cinco miembros fue detenida el lunes en Yanji.", 5),
    ("de", "dates", when, "am 3. Mai 2023 festgenommen", date(2023, 5, 3)),
    ("de", "years", tier,
     "Fünf nordkoreanische Flüchtlinge sind seit 2019 in Vientiane in Haft, so eine NGO.",
     Tier.ALERT),
    # A two-part arrival holds a day between its parts, not a clause on the way there.
    ("fr", "reach", status,
     "Cinq Nord-Coréens arrêtés à Dandong sont arrivés au Laos avant de passer en Corée du Sud.",
     Status.ARRESTED),
    ("de", "reach", status,
     "Fünf in Dandong festgenommene Nordkoreaner kamen in Laos nach langer Flucht vor der "
     "Weiterreise in Südkorea an.", Status.ARRESTED),
    ("es", "reach", status,
     "Cinco norcoreanos detenidos en Dandong llegaron a Laos antes de intentar pasar a Seúl.",
     Status.ARRESTED),
    ("es", "clause_breaks", breaks("es"), "detenidos, pero", True),
    ("es", "coordinators", coordinated("es"), "dos misioneros y ocho", True),
    ("es", "toward", country,
     "La policía de Laos detuvo a cinco norcoreanos que viajaban hacia Tailandia el lunes.", "LA"),
    ("es", "sent_to", status, "Vietnam deportó a nueve norcoreanos a China el lunes.",
     Status.ARRESTED),
    ("es", "origin", country,
     "La policía de Laos detuvo a cinco norcoreanos que huyeron de China el lunes.", "LA"),
    ("es", "authority", authority("es"), " policía", True),
    # Spanish drops its subject, but an owner's noun opening the sentence is its subject...
    ("es", "possessives", status,
     "La policía de Hunchun detuvo a dos norcoreanas el domingo. Su intérprete fue liberado el "
     "jueves.", Status.ARRESTED),
    # ... unless a clause of its own after it tells the status.
    ("es", "relatives", status,
     "La policía de Hunchun detuvo a dos norcoreanas el domingo. Sus familias dijeron que fueron "
     "liberadas el jueves.", Status.RELEASED),
    ("es", "border", country,
     "La policía china detuvo a seis norcoreanos cerca de la frontera con Laos el lunes.", "CN"),
    ("es", "dates", when, "detenidos el 3 de mayo de 2023", date(2023, 5, 3)),
    ("es", "years", tier,
     "Cinco norcoreanos están detenidos en Vientiane desde 2019, según una ONG.", Tier.ALERT),
    # People named without a figure: one each (members) or two (pairs)
    ("en", "members", members("en"), "two women and a seven-year-old boy", [1]),
    # A name with its age is one person, read by its capitals: "the house" is no name.
    ("en", "members", members("en"), "Kim Chol-Ho, 34, and his wife", [1, 1]),
    ("en", "members", members("en"), "police searched the house, 12, and the car", []),
    ("en", "pairs", members("en"), "a couple and their three children", [2]),
    ("ko", "members", members("ko"), "탈북민 어머니와 자녀 2명", [1]),
    ("ko", "pairs", members("ko"), "탈북민 부부와 자녀 2명", [2]),
    ("zh", "members", members("zh"), "两名妇女和一名男孩", [1]),
    ("zh", "pairs", members("zh"), "一对母女", [2]),
    ("ja", "members", members("ja"), "母親と子ども2人", [1]),
    ("ja", "pairs", members("ja"), "夫婦と子ども3人", [2]),
    ("ru", "members", members("ru"), "двух женщин и мальчика", [1]),
    ("ru", "pairs", members("ru"), "супружескую пару и троих детей", [2]),
    ("vi", "members", members("vi"), "hai phụ nữ và một bé trai", [1]),
    ("vi", "pairs", members("vi"), "một cặp vợ chồng và ba con", [2]),
    ("th", "members", members("th"), "ผู้หญิง 2 คนและเด็กชาย", [1]),
    ("th", "pairs", members("th"), "สามีภรรยาและลูก 3 คน", [2]),
    ("fr", "members", members("fr"), "une réfugiée avec ses deux enfants", [1]),
    ("es", "members", members("es"), "una desertora con sus dos hijos", [1]),
    ("de", "members", members("de"), "eine Frau mit ihren zwei Kindern", [1]),
    ("fr", "members", members("fr"), "une Nord-Coréenne et ses trois fils", [1]),
    ("es", "members", members("es"), "una norcoreana y sus tres hijos", [1]),
    ("de", "members", members("de"), "Nordkoreanerin mit drei Söhnen", [1]),
    # A release told as the earlier event, a custody after it: they are held.
    ("en", "sequence", status,
     "Seven North Korean defectors were arrested in Dandong after being freed by a court.",
     Status.ARRESTED),
    ("ko", "sequence", status, "단둥에서 탈북민 7명이 풀려난 뒤 공안에 체포됐다.",
     Status.ARRESTED),
    ("zh", "sequence", status, "7名脱北者在丹东获释后被公安逮捕。", Status.ARRESTED),
    ("ja", "sequence", status, "脱北者7人が丹東で釈放後に公安に拘束された。", Status.ARRESTED),
    ("ru", "sequence", status, "Семеро беглецов из КНДР задержаны в Уссурийске после освобождения.",
     Status.ARRESTED),
    ("vi", "sequence", status, "7 người Triều Tiên bị bắt ở Lào Cai sau khi được thả.",
     Status.ARRESTED),
    ("th", "sequence", status,
     "ผู้แปรพักตร์เกาหลีเหนือ 7 คนถูกจับกุมที่หนองคายหลังได้รับการปล่อยตัว", Status.ARRESTED),
    # An intention closed by a time word is its clause's own: the arrest after it is told.
    ("zh", "when", status, "7名脱北者在丹东准备上车时被公安逮捕。", Status.ARRESTED),
]  # fmt: skip


@pytest.mark.parametrize(
    ("reading", "text", "expected"),
    [row[2:] for row in ROWS],
    ids=[f"{lang}-{heading}" for lang, heading, *_rest in ROWS],
)
def test_each_grammar_heading_is_read_in_its_language(
    reading: Callable[[str], object], text: str, expected: object
) -> None:
    assert reading(text) == expected


@pytest.mark.parametrize("speaker", ["'s embassy", "'s foreign ministry", "'s consulate"])
def test_a_speaker_word_opening_on_an_apostrophe_is_read_after_the_country(speaker: str) -> None:
    # "China's embassy": the word follows the country's last letter, so it needs no word start.
    assert view("en").speaker_after.match(f"China{speaker} said", 5) is not None


SPOKEN = [
    # (language, sentence, the incident date it states): a day someone spoke on is not one.
    ("en", "Five defectors face return, a rescue group said on Tuesday.", None),
    ("en", "Police held five defectors on Sunday, a rescue group told reporters on Tuesday.",
     date(2024, 5, 19)),
    ("en", "A rescue group on Tuesday said five defectors face return.", None),
    ("en", "Five defectors were arrested on Tuesday, said a pastor who helped them.",
     date(2024, 5, 14)),
    ("ko", "탈북민 5명이 강제북송 위기에 처했다고 구호단체가 지난 14일 밝혔다.", None),
    ("ko", "탈북민 5명이 지난 12일 체포됐다고 구호단체가 지난 14일 기자회견에서 말했다.", date(2024, 5, 12)),
    ("ko", "구호단체는 탈북민 5명이 지난 12일 체포됐다고 밝혔다.", date(2024, 5, 12)),
    ("zh", "救援组织14日表示，五名脱北者面临遣返。", None),
    ("zh", "救援组织14日在记者会上称，五名脱北者于12日被捕。", date(2024, 5, 12)),
    ("ja", "支援団体は14日、脱北者5人が送還の危機にあると明らかにした。", None),
    ("ja", "支援団体は14日の記者会見で、脱北者5人が12日に拘束されたと述べた。", date(2024, 5, 12)),
    ("ru", "Правозащитники заявили во вторник, что пятерым беглецам грозит высылка.", None),
    ("ru", "Во вторник правозащитники сообщили, что беглецов задержали 12 мая.", date(2024, 5, 12)),
    ("vi", "Tổ chức cứu trợ cho biết hôm ngày 14/5 rằng năm người sắp bị trả về.", None),
    ("vi", "Tổ chức cứu trợ ngày 14/5 cho biết năm người bị bắt ngày 12/5.", date(2024, 5, 12)),
    ("th", "องค์กรช่วยเหลือเปิดเผยเมื่อวันอังคารว่าผู้หลบหนี 5 คนเสี่ยงถูกส่งกลับ", None),
    ("th", "องค์กรช่วยเหลือระบุว่า เมื่อวันอาทิตย์ ผู้หลบหนี 5 คนถูกจับ", date(2024, 5, 19)),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text", "expected"), SPOKEN, ids=[r[0] for r in SPOKEN])
def test_the_day_someone_spoke_on_is_not_read_as_the_incident_date(
    lang: str, text: str, expected: date | None
) -> None:
    dates = default_classifier().readers.dates
    assert dates.read(text, ON, frozenset({lang}), incident=True) == expected
    assert dates.read(text, ON, frozenset({lang})) is not None  # a date is still read as stated


def test_an_alert_dated_only_by_a_statement_gives_no_incident_date() -> None:
    spoken = verdict("Chinese police detained five North Korean defectors in Shenyang, a rescue "
                     "group said on Tuesday. They face forced repatriation.")  # fmt: skip
    stated = verdict("Chinese police detained five North Korean defectors in Shenyang on May 12, "
                     "a rescue group said on Tuesday. They face forced repatriation.")  # fmt: skip
    assert (spoken.tier, spoken.facts.date) == (Tier.ALERT, None)
    assert (stated.tier, stated.facts.date) == (Tier.ALERT, date(2024, 5, 12))


ESCAPED = [
    # (language, an arrest of someone the sentence says fled years ago): the year of the escape
    # does not make the arrest an old case.
    ("en", "A North Korean woman who fled the country in 2015 was arrested by Chinese police in "
           "Shenyang, her husband said."),
    ("en", "Kim, a North Korean defector who escaped in 2016, was detained in Yanji, her brother "
           "told reporters."),
    ("ko", "2015년 탈북한 여성 1명이 선양에서 중국 공안에 체포됐다고 남편이 전했다."),
    ("ko", "지난 2015년 북한을 탈출한 여성이 선양에서 공안에 붙잡혔다고 한 단체가 밝혔다."),
    ("ja", "2015年に脱北した女性が瀋陽で中国公安に拘束されたと夫が明らかにした。"),
    ("zh", "2015年脱北的一名妇女在沈阳被中国公安逮捕，她的丈夫说。"),
    ("ru", "Женщина, бежавшая из КНДР в 2015 году, задержана в Шэньяне, сообщил ее муж."),
    ("vi", "Một phụ nữ Triều Tiên đào tẩu năm 2015 đã bị công an Trung Quốc bắt tại Thẩm "
           "Dương, chồng bà cho biết."),
    ("th", "หญิงชาวเกาหลีเหนือที่หลบหนีออกจากเกาหลีเหนือเมื่อปี 2015 ถูกตำรวจจีนจับกุมที่เมืองเสิ่นหยาง "
           "สามีของเธอกล่าว"),
    # The year a defector in the South arrived there dates her, not the arrest she tells of.
    ("en", "Kim, a defector who arrived in South Korea in 2015, said three North Korean defectors "
           "including her brother were arrested in Shenyang."),
    ("ko", "2015년 한국에 입국한 탈북민 김모 씨는 동생 등 탈북민 3명이 선양에서 공안에 체포됐다고 "
           "밝혔다."),
    ("ja", "2015年に韓国に入国した脱北者の女性は、弟ら脱北者3人が瀋陽で公安に拘束されたと明らかにした。"),
    ("zh", "2015年来到韩国的脱北者金某说，她的弟弟等3名脱北者在沈阳被公安逮捕。"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("lang", "text"), ESCAPED, ids=[f"{r[0]}-{i}" for i, r in enumerate(ESCAPED)]
)
def test_the_year_someone_fled_in_does_not_make_their_arrest_an_old_case(
    lang: str, text: str
) -> None:
    assert tier(text) is Tier.ALERT


SPOKEN_OLD = [
    # (language, an arrest and return years back, told on a recent day): the day someone spoke
    # on (the `dates` headings' spoken_before and spoken_after) does not make the case recent.
    ("en", "Kim told a conference on Tuesday that in 2011 Chinese police arrested 30 North Korean "
           "defectors in Shenyang and sent them back."),
    ("ru", "Правозащитник заявил во вторник, что в 2012 году китайская полиция задержала 30 "
           "беглецов из КНДР и выслала их на родину."),
    ("vi", "Một nhà hoạt động cho biết hôm thứ Ba rằng năm 2012 công an Trung Quốc đã bắt 30 "
           "người đào tẩu Triều Tiên và trả họ về Triều Tiên."),
    ("zh", "人权活动人士周二表示，2012年中国公安在沈阳抓捕30名脱北者并将他们遣返朝鲜。"),
    ("th", "นักเคลื่อนไหวเปิดเผยเมื่อวันอังคารว่า ในปี 2555 ตำรวจจีนจับกุมผู้ลี้ภัยชาวเกาหลีเหนือ 30 คน"
           "ที่เสิ่นหยางและส่งกลับเกาหลีเหนือ"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text"), SPOKEN_OLD, ids=[r[0] for r in SPOKEN_OLD])
def test_the_day_someone_spoke_on_does_not_make_an_old_case_recent(lang: str, text: str) -> None:
    assert tier(text) is Tier.RELATED


def test_an_arrest_dated_years_back_is_still_an_old_case() -> None:
    assert tier("A North Korean woman was arrested by Chinese police in Shenyang in 2015, her "
                "husband said.") is Tier.RELATED  # fmt: skip
    assert tier("A North Korean woman who fled in 2009 told a UN panel she had been detained in "
                "Tumen and sent back.") is Tier.RELATED  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ผู้แปรพักตร์ชาวเกาหลีเหนือ 5 คนถูกจับที่เชียงรายเมื่อปี 2549 และถูกส่งไปเกาหลีใต้ในเวลาต่อมา",
         Tier.RELATED),
        ("ผู้แปรพักตร์ชาวเกาหลีเหนือ 5 คนถูกจับที่เชียงรายเมื่อปี ๒๕๔๙", Tier.RELATED),
        ("ผู้แปรพักตร์ชาวเกาหลีเหนือ 5 คนถูกจับที่เชียงรายเมื่อเดือนตุลาคม 2549", Tier.RELATED),
        # The year of the law the charge cites dates nothing.
        ("ตำรวจจับกุมชาวเกาหลีเหนือ 5 คนที่เชียงรายในความผิดตาม พ.ร.บ.คนเข้าเมือง พ.ศ. 2522",
         Tier.ALERT),
    ],
    ids=["be-year", "be-year-thai-digits", "be-month-year", "law-of-2522"],
)  # fmt: skip
def test_a_buddhist_era_year_long_past_makes_a_thai_arrest_an_old_case(
    text: str, expected: Tier
) -> None:
    assert tier(text) is expected


def test_every_heading_of_every_bundled_language_has_a_row_here() -> None:
    tested = {(lang, heading) for lang, heading, *_rest in ROWS}
    defined = {
        (g.language, heading)
        for g in load_lexicon(bundled_paths()).grammars
        for heading in GRAMMAR_KEYS
        if _defines(g, heading)
    }
    assert defined - tested == set()


def _defines(grammar: object, heading: str) -> bool:
    """Whether a language file filled in the heading (its value differs from the default)."""
    from bot.classify.grammar import LanguageGrammar

    empty = LanguageGrammar(language="", source="")
    return bool(getattr(grammar, heading) != getattr(empty, heading))


INDONESIAN = """
language: id
north: [korea utara, pyongyang]
concepts:
  subject: [warga korea utara, pembelot korea utara]
  subject_pron: [mereka]
  nk: [korea utara]
  arrest: [menangkap, ditangkap]
  detain: [ditahan, menahan]
  repat: [dideportasi, dipulangkan, 'dikirim kembali ke {north}']
  repat_topic: [deportasi, memulangkan]
  release: [dibebaskan]
  hedge: [akan, bisa, mungkin]
  negation: [tidak, belum]
count_nouns: [orang, warga korea utara]
numbers: {dua: 2, lima: 5, enam: 6, sembilan: 9}
approx: [sekitar]
clause_breaks: [",", ";", tetapi]
coordinators: [dan]
reach: {cue_before: 24}
toward:
  before: [menuju, ke arah]
sent_to:
  before: [ke]
sequence:
  before: [setelah]
origin:
  before: [dari]
  movement_before: [kabur, melarikan diri, menyeberang]
authority: [polisi, aparat, otoritas]
follow_on:
  subject: kept
  refer_back: [keduanya]
spans:
  after: [hari, minggu, bulan, tahun]
border: [perbatasan]
dates:
  months: {januari: 1, mei: 5, november: 11}
  weekdays: {senin: 0, selasa: 1}
  patterns: ['(?<!\\d){day}\\s+{monthname}(?:\\s+{year})?', '\\bpada\\s+hari\\s+{weekday}\\b']
years:
  since_before: [sejak]
  escaped_before: ['melarikan diri\\s+pada\\s+tahun']
"""


def test_a_new_language_file_with_the_grammar_headings_works_without_code_changes(
    tmp_path: Path,
) -> None:
    extra = tmp_path / "id.yaml"
    extra.write_text(INDONESIAN, encoding="utf-8")
    classifier = Classifier.from_lexicons([*bundled_paths(), extra])
    text = (
        "Polisi Laos menangkap lima warga Korea Utara yang melarikan diri dari China pada 3 Mei "
        "2024, dan mereka dideportasi ke China."
    )
    v = verdict(text, classifier)
    assert v.tier is Tier.ALERT
    assert (v.facts.country, v.facts.people, v.facts.date) == ("LA", 5, date(2024, 5, 3))
    # Sent to a neighbour, not home: the `sent_to` marker of the new language.
    assert v.facts.status is Status.ARRESTED
    assert verdict(text).tier is Tier.IGNORE  # the bundled lexicons alone do not read it
    # The year someone fled in (`years.escaped_before`) does not make the arrest an old case.
    fled = "Polisi China menangkap lima warga Korea Utara yang melarikan diri pada tahun 2015."
    assert verdict(fled, classifier).tier is Tier.ALERT
    # Held after being freed (`sequence`): the release came first, the people are held.
    held = "Polisi Laos menahan lima warga Korea Utara pada 3 Mei 2024 setelah dibebaskan."
    assert verdict(held, classifier).facts.status is Status.DETAINED
    # Sent back to any of the `north` names, through one `{north}` term.
    back = (
        "Polisi China menangkap lima warga Korea Utara, dan mereka dikirim kembali ke Pyongyang."
    )
    assert verdict(back, classifier).facts.status is Status.REPATRIATED
    # The subject kept (`follow_on`): another's return told next is not theirs; "keduanya"
    # (both of them) takes them up again.
    envoy = (
        "Polisi China menangkap dua warga Korea Utara pada 3 Mei 2024. Seorang diplomat China "
        "dikirim kembali ke Pyongyang."
    )
    assert verdict(envoy, classifier).facts.status is Status.ARRESTED
    both = "Polisi China menangkap dua warga Korea Utara pada 3 Mei 2024. Keduanya dideportasi."
    assert verdict(both, classifier).facts.status is Status.REPATRIATED
    # Two days (`spans`) take no one up again: the official's release is not theirs.
    later = (
        "Polisi China menangkap dua warga Korea Utara pada 3 Mei 2024. Dua hari kemudian seorang "
        "pejabat China dibebaskan."
    )
    assert verdict(later, classifier).facts.status is Status.ARRESTED


@pytest.mark.parametrize(
    ("lang", "text", "day"),
    [
        ("ko", "단체는 16일 중국 공안이 지난달 9일 훈춘에서 탈북민 4명을 체포했다고 밝혔다.",
         date(2024, 4, 9)),
        ("ja", "支援団体は16日、中国公安当局が先月9日に琿春で脱北者4人を拘束したと明らかにした。",
         date(2024, 4, 9)),
        ("zh", "该组织16日表示，中国警方上个月9日在珲春抓捕了4名脱北者。", date(2024, 4, 9)),
        # The month before a report of 20 May has no 31st: no day rather than a wrong one.
        ("ko", "단체는 중국 공안이 지난달 31일 탈북민 4명을 체포했다고 밝혔다.", None),
    ],
    ids=["ko-last-month", "ja-last-month", "zh-last-month", "ko-no-such-day"],
)  # fmt: skip
def test_a_day_of_last_month_is_dated_in_the_month_before_the_report(
    lang: str, text: str, day: date | None
) -> None:
    # Read with the sentence's own language, as the classifier does: another language's bare
    # day (日) must not answer first.
    assert default_classifier().readers.dates.read(text, ON, frozenset({lang})) == day


MONTHS_OF_YEARS = [
    ("ko", "해경은 2021년 8월 동해에서 탈북민 3명을 붙잡았다.", date(2021, 8, 1)),
    ("zh", "2021年8月，三名脱北者在丹东被捕。", date(2021, 8, 1)),
    ("ja", "2021年8月、脱北者3人が丹東で拘束された。", date(2021, 8, 1)),
    ("en", "Three defectors were caught in Dandong in August 2021.", date(2021, 8, 1)),
    ("ru", "Трое беглецов были задержаны в августе 2021 года.", date(2021, 8, 1)),
    ("vi", "Ba người bị bắt vào tháng 8 năm 2021.", date(2021, 8, 1)),
    ("th", "ผู้หลบหนี 3 คนถูกจับเมื่อสิงหาคม 2564", date(2021, 8, 1)),
]  # fmt: skip


@pytest.mark.parametrize(
    ("lang", "text", "first"), MONTHS_OF_YEARS, ids=[r[0] for r in MONTHS_OF_YEARS]
)
def test_a_month_of_a_year_without_its_day_is_read_as_only_that_month(
    lang: str, text: str, first: date
) -> None:
    reading = default_classifier().readers.dates.read_both(text, ON, frozenset({lang}))
    assert (reading.happened, reading.month_only) == (first, True)


@pytest.mark.parametrize(
    ("lang", "text", "day"),
    [
        ("ko", "해경은 2021년 8월 14일 동해에서 탈북민 3명을 붙잡았다.", date(2021, 8, 14)),
        ("en", "Three defectors were caught in Dandong on 14 August 2021.", date(2021, 8, 14)),
        ("zh", "2021年8月14日，三名脱北者在丹东被捕。", date(2021, 8, 14)),
    ],
    ids=["ko", "en", "zh"],
)  # fmt: skip
def test_a_date_with_its_day_is_read_as_that_day_not_as_its_month(
    lang: str, text: str, day: date
) -> None:
    reading = default_classifier().readers.dates.read_both(text, ON, frozenset({lang}))
    assert (reading.happened, reading.month_only) == (day, False)


def test_a_month_after_the_report_is_a_plan_not_when_it_happened() -> None:
    text = "The two are to be sent back in December 2024, the ministry said."
    assert default_classifier().readers.dates.read(text, ON, frozenset({"en"})) is None
