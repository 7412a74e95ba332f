"""The classifier tells incidents from background and traps, in every language, with the facts.

Every sentence here was written for these tests; none is copied from a news report.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pytest

from bot.classify import Classifier, classify, default_classifier, explain
from bot.domain import Document, Status, Tier


@dataclass(frozen=True)
class Case:
    id: str
    title: str
    text: str
    country: str | None = None
    people: int | None = None
    status: Status | None = None
    groups: tuple[str, ...] = ()
    lang: str = "en"
    on: date = date(2024, 5, 20)


def doc(case: Case) -> Document:
    return Document(case.id, case.title, case.text, case.lang, date=case.on)


ALERTS = [
    Case(
        "en-arrested",
        "Chinese police arrest nine North Korean defectors in Shenyang",
        "Nine North Korean defectors, including two children, were arrested by Chinese police "
        "in Shenyang last week, a Seoul-based rights group said.",
        "CN", 9, Status.ARRESTED, ("children",),
    ),
    Case(
        "en-facing",
        "Five North Koreans held in Laos face repatriation",
        "Five North Korean refugees detained by police in Vientiane are at risk of being sent "
        "back, activists said on Monday.",
        "LA", 5, Status.FACING_REPATRIATION,
    ),
    Case(
        "en-hedged-may-be-repatriated",
        "Defectors caught near the Mongolian border",
        "Eight North Korean escapees caught by Mongolian border guards may be repatriated to the "
        "North, a church group in Seoul warned.",
        "MN", 8, Status.FACING_REPATRIATION,
    ),
    Case(
        "en-repatriated",
        "China sends back 40 North Korean escapees",
        "Chinese authorities forcibly repatriated about 40 North Korean escapees from Dandong on "
        "Tuesday, according to a human rights group.",
        "CN", 40, Status.REPATRIATED,
    ),
    Case(
        "en-released",
        "Vietnam frees six defectors",
        "Vietnamese authorities released six North Korean defectors who had been detained near "
        "Lang Son, an activist group said on Thursday.",
        "VN", 6, Status.RELEASED,
    ),
    Case(
        "en-reached-third-country",
        "Defectors held in Laos reach Seoul",
        "Seven North Korean defectors who had been held in a Laotian immigration jail arrived in "
        "Seoul on Sunday, the unification ministry said.",
        "LA", 7, Status.REACHED_THIRD_COUNTRY,
    ),
    Case(
        "en-missing",
        "Contact lost with refugees held in Yunnan",
        "Activists said they have lost contact with three North Korean refugees who were "
        "arrested in Kunming last month.",
        "CN", 3, Status.MISSING,
    ),
    Case(
        "en-detained-one-person",
        "Russia holds North Korean defector in Vladivostok",
        "Russian police are holding a North Korean defector in a detention centre in "
        "Vladivostok while a court considers his deportation order.",
        "RU", 1, Status.FACING_REPATRIATION,
    ),
    Case(
        "en-not-repatriated-still-held",
        "Eleven defectors remain in Lang Son",
        "The eleven North Korean defectors held in Lang Son were not repatriated, officials said "
        "on Monday.",
        "VN", 11, Status.DETAINED,
    ),
    Case(
        "en-family-of-five",
        "A family of five caught in Thailand",
        "Thai police detained a family of five North Koreans, among them a pregnant woman, in "
        "Chiang Rai on Saturday.",
        "TH", 5, Status.DETAINED, ("women", "pregnant", "family"),
    ),
    Case(
        "en-seoul-dateline-and-source",
        "",
        "SEOUL - Nine North Korean defectors were arrested in Shenyang last week, a Seoul-based "
        "group said.",
        "CN", 9, Status.ARRESTED,
    ),
    Case(
        "en-guides-who-helped-them",
        "Defectors and guides arrested",
        "Eleven North Korean defectors and two guides who helped them were arrested in Kunming.",
        "CN", 11, Status.ARRESTED,
    ),
    Case(
        "en-expelled-to-neighbour-then-third-country",
        "Defectors reach a third country",
        "Three North Korean defectors who were arrested in Vietnam and expelled to China last "
        "month have reached a third country, the ministry said.",
        "VN", 3, Status.REACHED_THIRD_COUNTRY,
    ),
    Case(
        "ko-headline-abbreviation",
        "中 공안, 탈북민 일가족 5명 체포…강제북송 위기",
        "",
        "CN", 5, Status.FACING_REPATRIATION, lang="ko",
    ),
    Case(
        "en-escaped-workers-are-not-a-sanctions-story",
        "Escaped North Korean workers detained in Vladivostok",
        "Four North Korean workers who fled a construction site were detained by police in "
        "Vladivostok and face deportation, a lawyer said.",
        "RU", 4, Status.FACING_REPATRIATION,
    ),
    Case(
        "en-workers-named-by-their-trade",
        "Runaway builders arrested in Vladivostok",
        "Police in Vladivostok arrested three North Korean construction workers who had fled "
        "their site in the spring.",
        "RU", 3, Status.ARRESTED,
    ),
    Case(
        "ko-arrested",
        "중국 공안, 선양서 탈북민 7명 체포",
        "중국 공안이 지난 15일 랴오닝성 선양에서 탈북민 7명을 체포했다고 대북 인권단체가 밝혔다.",
        "CN", 7, Status.ARRESTED, lang="ko",
    ),
    Case(
        "ko-facing-family",
        "라오스에서 붙잡힌 탈북민 일가족 5명 북송 위기",
        "라오스 북부에서 현지 경찰에 붙잡힌 탈북민 일가족 5명이 강제북송될 위기에 놓였다.",
        "LA", 5, Status.FACING_REPATRIATION, ("family",), lang="ko",
    ),
    Case(
        "ko-repatriated-approximate",
        "중국, 탈북민 20여 명 강제북송",
        "중국 당국이 지린성 투먼의 수용소에 구금돼 있던 탈북민 20여 명을 최근 강제북송한 것으로 "
        "알려졌다.",
        "CN", None, Status.REPATRIATED, lang="ko",
    ),
    Case(
        "ko-released-number-word",
        "베트남에 억류됐던 탈북민 열한 명 석방",
        "베트남 국경 지역에서 억류됐던 탈북민 열한 명이 모두 석방됐다고 단체 관계자가 전했다.",
        "VN", 11, Status.RELEASED, lang="ko",
    ),
    Case(
        "ko-third-country",
        "태국 수용소에 있던 탈북민 3명 한국에 입국",
        "방콕 이민국 수용소에 구금됐던 탈북민 3명이 어제 한국에 입국했다.",
        "TH", 3, Status.REACHED_THIRD_COUNTRY, lang="ko",
    ),
    Case(
        "zh-hans-facing",
        "中国公安在延吉抓获十一名脱北者",
        "据韩国人权团体称，中国公安上周在吉林省延吉市抓获十一名脱北者，他们可能被遣返朝鲜。",
        "CN", 11, Status.FACING_REPATRIATION, lang="zh-Hans",
    ),
    Case(
        "zh-hant-arrested",
        "七名脫北者在瀋陽被捕",
        "消息人士說，七名脫北者上週在瀋陽被捕，目前關押在當地看守所。",
        "CN", 7, Status.DETAINED, lang="zh-Hant",
    ),
    Case(
        "zh-repatriated",
        "五名脱北者已被遣返",
        "据悉，上月在丹东被抓的五名脱北者已被遣返回朝鲜。",
        "CN", 5, Status.REPATRIATED, lang="zh-Hans",
    ),
    Case(
        "ja-facing",
        "中国当局、脱北者5人を拘束",
        "中国当局は先週、遼寧省瀋陽市で脱北者5人を拘束した。北朝鮮に強制送還される恐れがある。",
        "CN", 5, Status.FACING_REPATRIATION, lang="ja",
    ),
    Case(
        "fr-facing",
        "Neuf réfugiés nord-coréens arrêtés en Chine",
        "Neuf réfugiés nord-coréens ont été arrêtés à Shenyang et risquent d'être rapatriés.",
        "CN", 9, Status.FACING_REPATRIATION, lang="fr",
    ),
    Case(
        "de-arrested",
        "Sieben nordkoreanische Flüchtlinge in Laos festgenommen",
        "Die Polizei in Vientiane hat sieben nordkoreanische Flüchtlinge festgenommen.",
        "LA", 7, Status.ARRESTED, lang="de",
    ),
    Case(
        "ru-facing",
        "Во Владивостоке задержаны северокорейские перебежчики",
        "Пограничники задержали во Владивостоке трех северокорейских перебежчиков, им грозит "
        "депортация в КНДР.",
        "RU", 3, Status.FACING_REPATRIATION, lang="ru",
    ),
]  # fmt: skip


@pytest.mark.parametrize("case", ALERTS, ids=[c.id for c in ALERTS])
def test_incident_reports_raise_an_alert_with_their_facts(case: Case) -> None:
    verdict = classify(doc(case))
    assert verdict.tier is Tier.ALERT, explain(doc(case), verdict)
    assert verdict.alert
    assert verdict.facts.country == case.country
    assert verdict.facts.people == case.people
    assert verdict.facts.status is case.status
    assert set(case.groups) <= set(verdict.facts.groups)


@pytest.mark.parametrize(
    ("lang", "title", "text", "group"),
    [
        ("en", "Held near the border",
         "Chinese police detained three North Korean women at a bus station in Yanji on Monday.",
         "women"),
        ("ko", "탈북 여성 체포", "중국 공안이 지난 2일 단둥에서 탈북 여성 3명을 붙잡았다.", "women"),
        ("zh", "脱北者被捕", "中国警方上周在延吉逮捕了三名朝鲜妇女。", "women"),
        ("vi", "Tạm giữ người Triều Tiên",
         "Công an Lào Cai tạm giữ bốn phụ nữ Triều Tiên vượt biên trái phép.", "women"),
        ("th", "จับกุมหญิงเกาหลีเหนือ",
         "ตำรวจไทยจับกุมหญิงเกาหลีเหนือ 3 คนที่อำเภอเชียงแสน จังหวัดเชียงราย", "women"),
    ],
    ids=["en-north-korean-women", "ko-defector-women", "zh-north-korean-women", "vi-women",
         "th-north-korean-women"],
)  # fmt: skip
def test_a_group_named_inside_the_term_for_the_people_is_listed(
    lang: str, title: str, text: str, group: str
) -> None:
    """ "North Korean women" is matched as one term for the people: the women in it still count
    as a group the alert names."""
    verdict = classify(Document("g", title, text, lang, date=date(2024, 5, 20)))
    assert verdict.tier is Tier.ALERT
    assert group in verdict.facts.groups


@pytest.mark.parametrize(
    "text",
    [
        "首尔一家人权组织周二说，三名脱北者上周在沈阳被中国公安逮捕。",
        "三名脱北者上周在丹东一家旅馆被中国公安逮捕。",
        "三名脫北者上週在丹東一家賓館被中國公安逮捕。",
    ],
    ids=["rights-group", "hotel", "hotel-traditional"],
)  # fmt: skip
def test_a_firm_or_a_group_counted_with_jia_is_no_family(text: str) -> None:
    verdict = classify(Document("g", "", text, "zh", date=date(2024, 5, 20)))
    assert (verdict.tier, verdict.facts.people) == (Tier.ALERT, 3)
    assert "family" not in verdict.facts.groups


def test_a_family_counted_with_jia_is_still_a_family() -> None:
    text = "脱北者一家四口上周在丹东一家旅馆被中国公安逮捕。"
    verdict = classify(Document("g", "", text, "zh", date=date(2024, 5, 20)))
    assert (verdict.facts.people, verdict.facts.groups) == (4, ("family",))


NOT_ALERTS = [
    Case("trap-profits", "Firms repatriate profits",
         "Chinese firms repatriated record profits from Vietnam after the new tax rules."),
    Case("trap-tax-holiday", "A repatriation tax holiday",
         "Lawmakers debated a tax holiday for companies that repatriate foreign earnings."),
    Case("trap-war-remains", "Remains of soldiers go home",
         "The remains of 55 soldiers killed in the Korean War were repatriated from North Korea "
         "on Friday."),
    Case("trap-pow", "Prisoners of war in Ukraine",
         "Kyiv holds two North Korean soldiers captured in Kursk who fear being repatriated."),
    Case("trap-artifacts", "Looted books return",
         "France returned looted royal books to Seoul, and more cultural property may be "
         "repatriated next year."),
    Case("trap-fishermen", "Seoul sends two fishermen home",
         "South Korea repatriated two North Koreans whose boat drifted across the sea border, "
         "after they said they wanted to return home."),
    Case("trap-workers-sanctions", "Workers to leave",
         "Moscow said 1,000 North Korean workers would be repatriated by December to comply with "
         "UN Security Council sanctions."),
    Case("trap-uyghurs", "Thailand deports 40 Uyghurs",
         "Thai authorities deported 40 Uyghur men detained in Bangkok for a decade, despite "
         "warnings from the UN refugee agency."),
    Case("trap-rohingya", "Rohingya fear return",
         "Bangladesh plans to repatriate Rohingya refugees to Myanmar next week, aid groups said."),
    Case("trap-us-migrants", "Deportation flight leaves Texas",
         "ICE deported 120 migrants detained in Texas on a charter flight on Tuesday."),
    Case("trap-nk-detains-american", "North Korea holds US citizen",
         "North Korea has arrested a US citizen for hostile acts, state media said on Monday."),
    Case("trap-missionary", "Missionary sentenced",
         "A South Korean missionary was arrested in Dandong last month for helping North Korean "
         "defectors, his church said."),
    Case("trap-life-in-south", "Defectors struggle to find work",
         "Many North Korean defectors who resettled in South Korea face discrimination at work."),
    Case("trap-spy-trial", "Defector arrested for spying",
         "Police in Seoul arrested a North Korean defector suspected of espionage for Pyongyang, "
         "prosecutors said on Monday."),
    Case("trap-group-arrival", "Twelve restaurant workers arrive in Seoul",
         "Twelve North Korean women who worked at a restaurant in China arrived in South Korea, "
         "the unification ministry said."),
    Case("trap-politics", "Defector lawmaker speaks",
         "Lawmaker Ji, who defected from North Korea, urged China to stop repatriating North "
         "Korean defectors."),
    Case("trap-missile", "Missile launch",
         "North Korea fired a ballistic missile into the sea, the joint chiefs said."),
    Case("trap-statistics", "Fewer defectors arrive",
         "The number of North Korean defectors who arrived in South Korea last year fell to 196, "
         "the ministry said."),
    Case("trap-memoir", "Review: a memoir of escape",
         "In her memoir, Kim recalls how Chinese police arrested her in Yanji and sent her back "
         "to North Korea."),
    Case("trap-old-case-profile", "The baker who came back",
         "Lee, a North Korean defector, was arrested by Chinese police in Tumen in 2003 and "
         "repatriated. She now runs a bakery in Seoul."),
    Case("trap-zainichi", "Returnees sue Pyongyang",
         "Former participants of the repatriation program who later became defectors sued North "
         "Korea in Tokyo, saying 93,000 people were lured to the North."),
    Case("negation-denied", "Beijing denies arrests",
         "China's foreign ministry denied reports that police had arrested 10 North Korean "
         "defectors in Dandong."),
    Case("negation-no-defectors", "Raid finds no refugees",
         "No North Korean defectors were detained in the raid in Chiang Rai, Thai police said."),
    Case("policy-generic", "UN urges China",
         "China usually repatriates North Korean defectors it catches, the report said."),
    Case("trap-crime-in-seoul", "Defector held for fraud",
         "A North Korean defector who fled via China was arrested in Seoul for fraud, police "
         "said."),
    Case("trap-broker-jailed", "Broker jailed",
         "A Chinese court jailed a broker who smuggled North Koreans across the border in "
         "Yanbian."),
    Case("trap-activist-held", "China detains activist",
         "Chinese police detained a South Korean activist in Dandong who helped North Korean "
         "defectors, his group said."),
    Case("trap-thousands-statistic", "A report on repatriations",
         "China holds about 2,000 North Korean defectors in border detention centres and sends "
         "them back every month, the report said."),
    Case("trap-testimony", "A defector speaks",
         "A North Korean defector testified at the UN that Chinese police arrested her in Tumen "
         "and sent her back."),
    Case("ko-trap-resolution-thousands", "결의안 채택",
         "국회는 중국에 억류된 탈북민 2,600여 명의 강제북송 중단을 촉구하는 결의안을 채택했다.",
         lang="ko"),
    Case("ko-trap-drugs-at-airport", "탈북민 마약 혐의 체포",
         "탈북민 B씨가 인천공항에서 마약 밀반입 혐의로 체포됐다.", lang="ko"),
    Case("ko-trap-fishermen", "北 어민 2명 송환",
         "정부는 동해에서 표류하다 구조된 북한 주민 2명을 본인들의 귀환 의사에 따라 판문점을 통해 "
         "송환했다고 밝혔다.", lang="ko"),
    Case("ko-trap-hanawon", "하나원 취업 교육",
         "하나원은 탈북민의 안정적인 정착과 취업을 돕기 위해 새 교육 과정을 열었다.", lang="ko"),
    Case("ko-negation", "탈북민 북송 보도 부인",
         "정부는 탈북민 5명이 라오스에서 체포되지 않았다고 밝혔다.", lang="ko"),
    Case("zh-trap-remains", "志愿军烈士遗骸回国",
         "第十批志愿军烈士遗骸今天从仁川被遣返回国。", lang="zh-Hans"),
    Case("zh-trap-politics", "脱北者参选议员",
         "一名脱北者宣布参加国会议员选举。", lang="zh-Hans"),
    Case("ja-trap-zainichi", "帰国事業訴訟",
         "帰国事業で北朝鮮に渡った脱北者が東京地裁で賠償を求めた。", lang="ja"),
]  # fmt: skip


@pytest.mark.parametrize("case", NOT_ALERTS, ids=[c.id for c in NOT_ALERTS])
def test_traps_and_background_do_not_alert(case: Case) -> None:
    verdict = classify(doc(case))
    assert verdict.tier is not Tier.ALERT, explain(doc(case), verdict)


RELATED = [
    Case("memoir", "Review: a memoir of escape",
         "In her memoir, Kim recalls how Chinese police arrested North Korean defectors in Yanji."),
    Case("policy", "UN urges China",
         "The UN rapporteur urged China to stop the forced repatriation of North Korean "
         "defectors."),
    Case("old-case", "The baker who came back",
         "Lee, a North Korean defector, was arrested by Chinese police in Tumen in 2003."),
]  # fmt: skip


@pytest.mark.parametrize("case", RELATED, ids=[c.id for c in RELATED])
def test_background_on_the_topic_is_related(case: Case) -> None:
    assert classify(doc(case)).tier is Tier.RELATED


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Nine North Korean defectors were arrested in Shenyang.", Status.ARRESTED),
        ("Nine North Korean defectors are being held in a detention center in Shenyang.",
         Status.DETAINED),
        ("Nine North Korean defectors arrested in Shenyang face forced repatriation.",
         Status.FACING_REPATRIATION),
        ("Nine North Korean defectors arrested in Shenyang were sent back to North Korea.",
         Status.REPATRIATED),
        ("Nine North Korean defectors arrested in Shenyang were freed on bail.", Status.RELEASED),
        ("Nine North Korean defectors arrested in Shenyang later reached a third country.",
         Status.REACHED_THIRD_COUNTRY),
        ("Nine North Korean defectors arrested in Shenyang went missing.", Status.MISSING),
        ("Nine North Korean defectors arrested in Shenyang were not repatriated.",
         Status.ARRESTED),
        ("Nine North Korean defectors arrested in Shenyang could be sent back.",
         Status.FACING_REPATRIATION),
        ("China intends to repatriate nine North Korean defectors arrested in Shenyang, but "
         "Pyongyang refused to accept them.", Status.DETAINED),
        ("Nine North Korean defectors arrested in Vietnam were deported to China.",
         Status.ARRESTED),
    ],
    ids=["arrested", "detained", "facing", "repatriated", "released", "third-country",
         "missing", "negated-repatriation", "hedged-repatriation", "refused-by-north",
         "expelled-to-neighbour"],
)  # fmt: skip
def test_status_is_the_most_advanced_state_asserted(text: str, status: Status) -> None:
    verdict = classify(Document("s", "", text, "en"))
    assert verdict.facts.status is status, explain(Document("s", "", text), verdict)


def test_reasons_point_at_the_matched_terms_and_name_the_rule() -> None:
    d = doc(ALERTS[0])
    verdict = classify(d)
    assert verdict.reasons[0].rule == "tier:alert.incident"
    for reason in verdict.reasons:
        source = d.title if reason.field == "title" else d.text
        assert source[reason.start : reason.end] == reason.term
    assert any(r.rule.startswith("country:CN") for r in verdict.reasons)


def test_explanation_names_tier_facts_and_evidence() -> None:
    d = doc(ALERTS[0])
    text = explain(d, classify(d))
    assert "Tier: alert" in text
    assert "Country of detention: CN" in text
    assert "People: 9" in text
    assert "tier:alert.incident" in text


def test_classification_is_deterministic_and_the_default_is_cached() -> None:
    d = doc(ALERTS[3])
    assert classify(d) == classify(d)
    assert default_classifier() is default_classifier()


def test_a_report_without_text_is_ignored() -> None:
    assert classify(Document("empty", "", "")).tier is Tier.IGNORE


def test_a_classifier_can_be_built_from_chosen_lexicon_files() -> None:
    from bot.classify.lexicon import BUNDLED_DIR

    english_only = Classifier.from_lexicons([BUNDLED_DIR / "en.yaml", BUNDLED_DIR / "places.yaml"])
    assert english_only.classify(doc(ALERTS[0])).alert
    korean = next(c for c in ALERTS if c.id == "ko-arrested")
    assert classify(doc(korean)).alert
    assert not english_only.classify(doc(korean)).alert  # Korean needs ko.yaml


def test_a_headline_repeated_as_the_first_line_of_the_text_still_counts_as_the_headline() -> None:
    title = "Thai police arrest 12 North Koreans"
    d = Document("r", title, title + "\nThe 12 North Koreans are being held in Chiang Saen.")
    verdict = classify(d)
    assert verdict.alert
    assert verdict.facts.status is Status.DETAINED  # "being held": a continuing custody
    title_reasons = [r for r in verdict.reasons if r.field == "title"]
    assert title_reasons
    assert all(title[r.start : r.end] == r.term for r in title_reasons)


def test_refugees_and_an_arrest_far_apart_are_not_an_incident() -> None:
    text = (
        "The ministry opened a job centre for defectors from North Korea. "
        + "Rain is expected across the south this weekend. " * 10
        + "Police in Shenyang arrested 12 people for fraud."
    )
    assert classify(Document("far", "", text)).tier is Tier.IGNORE


FILLER = (
    "The central bank left its rate unchanged. ",
    "Heavy rain is forecast for the weekend. ",
    "Police arrested a man suspected of burglary in Busan. ",
    "The unification ministry opened a job centre for defectors in Seoul. ",
    "North Korea fired two missiles into the sea. ",
    "A museum opened an exhibition of old maps. ",
)


def _surrounded(case: Case, before: int, after: int) -> Document:
    text = "".join(FILLER[:before]) + case.text + " " + "".join(FILLER[-after:] if after else ())
    return Document(case.id, case.title, text, case.lang, date=case.on)


SHORTCUT_DOCS = [
    *(doc(c) for c in ALERTS + NOT_ALERTS + RELATED),
    *(_surrounded(c, 3, 2) for c in ALERTS + NOT_ALERTS + RELATED),
    *(_surrounded(c, 0, 4) for c in ALERTS + RELATED),
    Document("weak-word-only", "Defectors from the Russian army", "Defectors crossed at night."),
    Document("nk-no-event", "North Korean defectors open a bakery", "They sell bread in Seoul."),
    Document(
        "memoir-headline-no-event",
        "A memoir by a North Korean defector",
        "She writes about her childhood in Hyesan.",
    ),
    Document(
        "subject-and-event-in-different-sentences",
        "",
        "Three North Korean defectors reached Seoul last year. Police arrested a thief in Yanji.",
    ),
    Document(
        "headline-repeated-in-text",
        "Chinese police arrest six North Korean defectors",
        "Chinese police arrest six North Korean defectors\nThey were caught in Dandong on Monday.",
    ),
    Document(
        "they-in-the-next-sentence",
        "",
        "Five North Korean defectors crossed into Yunnan in March. They were arrested in Kunming "
        "on Monday, a church group said.",
    ),
    Document(
        "named-with-age",
        "",
        "Pak Chol-min, 41, fled a North Korean logging camp. Pak was detained in Khabarovsk on "
        "Monday.",
    ),
    Document(
        "they-two-sentences-later",
        "",
        "Five North Korean defectors crossed into Yunnan in March. The weather was bad. They "
        "were arrested in Kunming on Monday.",
    ),
    Document(
        "crew-sent-home-at-their-wish",
        "",
        "South Korea sent three North Korean fishermen home across the sea border on Friday after "
        "they asked to return.",
    ),
    Document(
        "crew-sent-back-against-their-will",
        "",
        "Seoul forcibly repatriated two North Korean fishermen on Friday, though both had asked "
        "to stay in the South.",
    ),
    Document(
        "crew-and-a-forced-word-apart",
        "Rights group says return was forced",
        "The navy handed four North Korean fishermen back at the sea border on Friday.",
    ),
    Document(
        "anniversary-headline-no-event-in-the-text",
        "'강제북송' 3년, 가족들은 아직 기다린다",
        "탈북민 가족들이 4일 서울에서 작은 모임을 열었다.",
    ),
    Document(
        "a-figure-with-its-counter-after-the-agent",
        "",
        "脱北者6人が瀋陽市内のアパートで見つかった。公安当局は3日、6人を拘束した。",
    ),
    Document(
        "repeated-headline-that-the-text-splits",
        "Six North Korean defectors? Arrested in Shenyang, activists say",
        "Six North Korean defectors? Arrested in Shenyang, activists say\nNo names were given.",
    ),
]


@pytest.mark.parametrize("document", SHORTCUT_DOCS, ids=[d.id for d in SHORTCUT_DOCS])
def test_the_fast_path_gives_the_verdict_of_a_full_reading(document: Document) -> None:
    quick = classify(document)
    full = default_classifier().classify(document, thorough=True)
    assert (quick.tier, quick.facts) == (full.tier, full.facts), explain(document, full)
    if quick.tier is not Tier.IGNORE:
        assert (quick.score, quick.reasons) == (full.score, full.reasons)


def test_a_memoir_headline_makes_a_report_on_the_people_related_even_without_an_event() -> None:
    document = next(d for d in SHORTCUT_DOCS if d.id == "memoir-headline-no-event")
    assert classify(document).tier is Tier.RELATED


def test_an_explanation_of_an_ignored_report_still_shows_what_was_read() -> None:
    document = Document(
        "unrelated-negation",
        "North Korean defectors in Seoul",
        "North Korean defectors met the mayor. Police said no one was arrested at the rally.",
    )
    assert classify(document).tier is Tier.IGNORE
    full = default_classifier().classify(document, thorough=True)
    assert full.tier is Tier.IGNORE
    assert "named, but no sentence reports them arrested" in explain(document, full)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Russian police detained North Korean defector Choe Myong-bok in Khabarovsk on Monday.",
         ("Choe Myong-bok",)),
        ("A North Korean woman, Kim Ji-hye, 34, was arrested in Shenyang last week.",
         ("Kim Ji-hye",)),
        ("Ri Sun Hui, 41, a North Korean escapee, faces deportation from Vladivostok.",
         ("Ri Sun Hui",)),
        ("중국 공안이 선양에서 탈북민 최명복(34) 씨를 체포했다고 단체가 밝혔다.", ("최명복",)),
        ("ウラジオストクで脱北者のチェ・ミョンボクさんが拘束された。", ("チェ・ミョンボク",)),
        # Anonymised, or someone other than the people held: no name.
        ("중국 공안이 선양에서 탈북민 김모(34) 씨를 체포했다.", ()),
        ("Chinese police arrested nine North Korean defectors in Dandong, lawmaker Lee Jae-won "
         "said.", ()),
    ],
    ids=["en-after-subject", "en-apposition-age", "en-age-and-role", "ko-ssi", "ja-san",
         "ko-anonymised", "en-official-quoted"],
)  # fmt: skip
def test_the_people_held_are_named_when_the_report_names_them(
    text: str, names: tuple[str, ...]
) -> None:
    verdict = classify(Document("n", "", text, date=date(2024, 5, 20)))
    assert verdict.alert, explain(Document("n", "", text), verdict)
    assert verdict.facts.names == names


def test_a_named_person_is_specific_enough_to_alert() -> None:
    text = "탈북민 이순희(41) 씨가 라오스에서 구금됐다고 선교단체가 밝혔다."
    assert classify(Document("n", "", text, "ko")).alert


def test_a_headline_on_an_anniversary_makes_the_old_story_background() -> None:
    document = Document(
        "anniversary",
        "Ten years ago this week: the night police raided a church in Yanji",
        "It was ten years ago this week that police raided a church in Yanji during a Wednesday "
        "prayer meeting and took away the North Koreans sleeping there. In the weeks that "
        "followed, most of them were sent back to North Korea, rights groups said.",
        date=date(2026, 3, 2),
    )
    assert classify(document).tier is Tier.RELATED


@pytest.mark.parametrize(
    "text",
    [
        "VLADIVOSTOK — Russian police detained three North Korean defectors in Khabarovsk on "
        "Monday, a rights group said.",
        "【ウラジオストク=極東通信】ハバロフスクで脱北者3人がロシア警察に拘束された。",
    ],
    ids=["en-wire-dateline", "ja-bracket-dateline"],
)
def test_a_dateline_is_where_the_story_was_filed_not_where_they_are_held(text: str) -> None:
    verdict = classify(Document("d", "", text, date=date(2024, 5, 20)))
    assert verdict.alert
    assert verdict.facts.country == "RU"
    assert verdict.facts.place in ("Khabarovsk", "ハバロフスク")


FIRST_REPORTS = [
    ("en", "Police in Dandong detained three North Korean defectors on 4 May, activists said."),
    ("ko", "중국 공안이 지난 3일 선양에서 탈북민 5명을 체포했다고 NGO 관계자가 전했다."),
    ("zh", "据人权组织称，4名脱北者于5月2日在昆明被警方抓获，面临遣返。"),
    ("ja", "脱北者6人が5月1日に中国の瀋陽で拘束されたと支援団体が明らかにした。"),
    ("ru", "Четверо беглецов из КНДР задержаны 3 мая во Владивостоке, сообщили правозащитники."),
    ("vi", "Ngày 3/5, công an đã bắt giữ bốn người đào tẩu Triều Tiên tại Lạng Sơn."),
]


def test_the_first_reports_of_a_poll_compile_no_grammar() -> None:
    """The grammar views and date patterns the sentences of a report read (those of its
    languages) are built with the classifier, not by the first reports of a poll, which paid
    a tenth of a second for them."""
    classifier = Classifier.from_lexicons()
    views, dates = set(classifier.grammar._views), set(classifier.readers.dates._views)
    for lang, text in FIRST_REPORTS:
        classifier.classify(Document(lang, "", text, lang, date=date(2024, 5, 20)), thorough=True)
    assert set(classifier.grammar._views) == views
    assert set(classifier.readers.dates._views) == dates
