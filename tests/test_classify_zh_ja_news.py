"""Chinese (both scripts) and Japanese reports in the shapes news outlets give them: a headline and
a few sentences, the reaction first and the facts after. Every sentence was written for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.classify import classify
from bot.domain import Document, Status, Tier, Verdict

ON = date(2026, 11, 20)


def verdict_of(lang: str, title: str, text: str) -> Verdict:
    return classify(Document("z", title, text, lang, date=ON))


@pytest.mark.parametrize(
    ("lang", "title", "text", "status"),
    [
        (
            "zh-Hant",
            "國際特赦譴責中國",
            "國際特赦組織今天發表聲明，譴責中國上週將約50名脫北者強制北送。",
            Status.REPATRIATED,
        ),
        (
            "zh",
            "消息人士：脱北者已被北送",
            "消息人士说，上周在图们被捕的4名脱北者已被北送。",
            Status.REPATRIATED,
        ),
        (
            "zh-Hant",
            "南韓團體：脫北者遭強制北送",
            "南韓民間團體說，本月初在長白被捕的6名脫北者日前遭強制北送。",
            Status.REPATRIATED,
        ),
        (
            "ja",
            "中国、脱北者を強制北送",
            "韓国政府によると、中国当局は先週、丹東で拘束した脱北者約40人を強制北送した。",
            Status.REPATRIATED,
        ),
        (
            "ja",
            "脱北者6人が北送",
            "支援団体によると、今月上旬に延吉で拘束された脱北者6人が北送されたという。",
            Status.REPATRIATED,
        ),
        # Still to come: a threat, not a return.
        (
            "ja",
            "脱北者拘束",
            "関係者によると、先週瀋陽で脱北者3人が拘束された。3人は来週にも北送される。",
            Status.FACING_REPATRIATION,
        ),
        (
            "zh-Hant",
            "脫北者恐遭北送",
            "據報導，3名脫北者上週在吉林被公安抓獲，面臨被北送的危險。",
            Status.FACING_REPATRIATION,
        ),
    ],
    ids=[
        "zh-hant-jiang-forced",
        "zh-passive",
        "zh-hant-zao-forced",
        "ja-active",
        "ja-passive",
        "ja-to-come",
        "zh-hant-threat",
    ],
)
def test_sent_north_is_a_return_in_chinese_and_japanese(
    lang: str, title: str, text: str, status: Status
) -> None:
    v = verdict_of(lang, title, text)
    assert v.tier is Tier.ALERT
    assert v.facts.status is status


@pytest.mark.parametrize(
    ("lang", "title", "text"),
    [
        (
            "zh",
            "被捕脱北者或遭遣返 家属心急如焚",
            "在韩国的一名脱北者说，她的母亲和弟弟上月在吉林被公安抓获，至今音讯全无。",
        ),
        (
            "zh",
            "5名脱北者在沈阳被捕 或遭遣返回朝鲜",
            "据消息人士透露，5名脱北者上周在沈阳被公安抓获，目前被关押在看守所。",
        ),
        (
            "zh-Hant",
            "脫北母子被捕 或被遣送回北韓",
            "據消息人士透露，一對脫北母子上週在延吉被公安抓獲。",
        ),
        ("zh-Hant", "脫北者恐遭北送", "人權團體說，上週在丹東被捕的4名脫北者或被北送。"),
    ],
    ids=["zh-huo-zao", "zh-huo-zao-north", "zh-hant-huo-bei", "zh-hant-huo-bei-north"],
)
def test_a_return_that_may_happen_with_huo_is_a_threat_not_done(
    lang: str, title: str, text: str
) -> None:
    v = verdict_of(lang, title, text)
    assert v.tier is Tier.ALERT
    assert v.facts.status is Status.FACING_REPATRIATION


def test_a_headline_huo_leaves_a_return_the_text_tells_done() -> None:
    v = verdict_of(
        "zh", "脱北者或遭遣返", "消息人士说，上周在丹东被捕的5名脱北者已于周五被遣返朝鲜。"
    )
    assert v.facts.status is Status.REPATRIATED


@pytest.mark.parametrize(
    ("lang", "title", "text", "status"),
    [
        (
            "zh-Hant",
            "瀋陽公安截獲3名脫北者",
            "消息人士說，瀋陽公安上週在火車站截獲3名脫北者。",
            Status.ARRESTED,
        ),
        (
            "zh-Hant",
            "中國擬遣返5名脫北者",
            "消息人士說，上週在丹東被捕的5名脫北者，中國當局擬將他們遣返北韓。",
            Status.FACING_REPATRIATION,
        ),
        (
            "zh-Hant",
            "脫北者被判入獄",
            "一名脫北者上月在吉林被捕，近日被當地法院判處徒刑一年。",
            Status.DETAINED,
        ),
        (
            "zh-Hant",
            "兩名脫北者在延吉被拘",
            "據消息人士透露，兩名脫北者本週在延吉被公安抓獲。",
            Status.DETAINED,
        ),
    ],
    ids=["hant-intercepted", "hant-planned-return", "hant-sentenced", "short-detained"],
)
def test_chinese_status_words_read_alike_in_both_scripts(
    lang: str, title: str, text: str, status: Status
) -> None:
    v = verdict_of(lang, title, text)
    assert v.tier is Tier.ALERT
    assert v.facts.status is status


@pytest.mark.parametrize(
    ("lang", "title", "text"),
    [
        (
            "zh",
            "韩国政府关注脱北者被捕",
            "韩国统一部周四表示，正在确认近日在中国被拘的脱北者情况，但未透露具体人数。"
            "据人权团体说，这些人上周在图们被捕，共6人。",
        ),
        ("zh", "脱北者在延吉被捕", "本月初在延吉有脱北者被公安抓获，人数不详。"),
        ("zh-Hant", "脫北者在丹東被捕", "上週在丹東有脫北者遭公安逮捕，確切人數尚不清楚。"),
        (
            "ja",
            "脱北者が拘束",
            "今月初め、図們で脱北者が拘束されたが、詳しい人数は分かっていない。",
        ),
    ],
    ids=["zh-not-disclosed", "zh-unknown", "zh-hant-unclear", "ja-not-known"],
)
def test_a_count_withheld_is_no_statistic(lang: str, title: str, text: str) -> None:
    v = verdict_of(lang, title, text)
    assert v.tier is Tier.ALERT
    assert v.facts.status is Status.ARRESTED


@pytest.mark.parametrize(
    ("lang", "title", "text"),
    [
        ("zh", "去年抵韩脱北者人数创新低", "韩国统一部说，去年抵达韩国的脱北者人数为196人。"),
        ("ja", "脱北者の入国数が減少", "昨年韓国に入国した脱北者の人数は196人だった。"),
    ],
    ids=["zh", "ja"],
)
def test_a_yearly_count_of_arrivals_is_still_a_statistic(lang: str, title: str, text: str) -> None:
    assert verdict_of(lang, title, text).tier is not Tier.ALERT


@pytest.mark.parametrize(
    ("lang", "title", "text", "status"),
    [
        (
            "zh",
            "脱北者仍未获释",
            "中国当局至今没有释放本月初在图们被抓的4名脱北者。",
            Status.ARRESTED,
        ),
        (
            "zh-Hant",
            "脫北者命運未卜",
            "外界關注中方能否釋放上週在延吉被拘留的一家三口脫北者。",
            Status.DETAINED,
        ),
        (
            "zh",
            "脱北者命运未卜",
            "人权团体说，目前尚不清楚中国是否会遣返上月在丹东被捕的6名脱北者。",
            Status.FACING_REPATRIATION,
        ),
    ],
    ids=["zh-not-freed", "zh-hant-whether-freed", "zh-whether-returned"],
)
def test_an_arrest_told_before_the_people_is_not_the_mood_of_the_verb_before_it(
    lang: str, title: str, text: str, status: Status
) -> None:
    v = verdict_of(lang, title, text)
    assert v.tier is Tier.ALERT
    assert v.facts.status is status
    assert v.facts.people is not None


@pytest.mark.parametrize(
    ("lang", "title", "text", "status"),
    [
        ("zh", "中方拒绝释放脱北者", "中方拒绝释放本月初在延吉被捕的5名脱北者。", Status.ARRESTED),
        (
            "zh-Hant",
            "脫北者仍遭關押",
            "消息人士說，中國當局拒不釋放上週在琿春被抓的3名脫北者。",
            Status.DETAINED,
        ),
        (
            "ja",
            "中国、脱北者の釈放拒む",
            "中国当局は、今月初めに延吉で拘束した脱北者5人の釈放を拒んでいる。",
            Status.ARRESTED,
        ),
        (
            "ja",
            "脱北者の釈放拒否",
            "支援団体によると、中国は先週図們で拘束した脱北者3人の釈放を拒否した。",
            Status.ARRESTED,
        ),
    ],
    ids=["zh-refused", "zh-hant-refused", "ja-refusing", "ja-refused"],
)
def test_a_release_refused_frees_no_one(lang: str, title: str, text: str, status: Status) -> None:
    v = verdict_of(lang, title, text)
    assert v.tier is Tier.ALERT
    assert v.facts.status is status


@pytest.mark.parametrize(
    ("lang", "title", "text"),
    [
        ("zh", "脱北者未能抵达韩国", "5名脱北者上周在昆明被公安抓获，未能抵达韩国。"),
        ("zh-Hant", "脫北者沒能抵達南韓", "3名脫北者本月初在雲南被捕，沒能抵達南韓。"),
        ("ja", "脱北者、韓国入りできず", "脱北者5人が先週昆明で公安に拘束され、韓国入りできず。"),
    ],
    ids=["zh-failed-to", "zh-hant-could-not", "ja-could-not"],
)
def test_an_arrival_they_could_not_make_is_no_arrival(lang: str, title: str, text: str) -> None:
    v = verdict_of(lang, title, text)
    assert v.tier is Tier.ALERT
    assert v.facts.status is Status.ARRESTED


def test_a_release_they_cannot_obtain_is_no_release() -> None:
    v = verdict_of("zh", "脱北者无法获释", "上月在延吉被捕的6名脱北者至今仍无法获释。")
    assert v.tier is Tier.ALERT
    assert v.facts.status is Status.ARRESTED


def test_unable_to_escape_a_return_still_threatens_it() -> None:
    v = verdict_of("zh", "脱北者恐遭遣返", "上周在丹东被捕的4名脱北者恐怕无法逃脱被遣返的命运。")
    assert v.facts.status is Status.FACING_REPATRIATION


@pytest.mark.parametrize(
    ("lang", "title", "text", "status"),
    [
        (
            "zh",
            "中方就脱北者问题表态",
            "中方表示，只有在朝方同意后，才会释放本月初在延吉被捕的6名脱北者。",
            Status.ARRESTED,
        ),
        (
            "zh",
            "脱北者或前往韩国",
            "本月初在图们被捕的3名脱北者如果获释，将前往韩国。",
            Status.ARRESTED,
        ),
        (
            "zh-Hant",
            "脫北者或前往南韓",
            "據悉，若被釋放，上週在寮國被捕的4名脫北者將被送往南韓。",
            Status.ARRESTED,
        ),
        (
            "zh",
            "脱北者恐受酷刑",
            "人权团体说，本月初在图们被捕的3名脱北者一旦被遣返，将遭受酷刑。",
            Status.FACING_REPATRIATION,
        ),
        (
            "zh",
            "脱北者恐受酷刑",
            "本月初在图们被捕的3名脱北者若被遣返，可能被关进劳改营。",
            Status.FACING_REPATRIATION,
        ),
    ],
    ids=["zh-only-then", "zh-if-freed", "zh-hant-if-freed", "zh-once-returned", "zh-if-returned"],
)
def test_a_release_or_return_told_as_a_condition_is_not_done(
    lang: str, title: str, text: str, status: Status
) -> None:
    v = verdict_of(lang, title, text)
    assert v.tier is Tier.ALERT
    assert v.facts.status is status
    assert v.facts.people is not None


def test_a_condition_told_of_defectors_in_general_alerts_no_one() -> None:
    v = verdict_of("zh", "脱北者面临酷刑", "脱北者一旦被遣返，就会遭受酷刑。")
    assert v.tier is not Tier.ALERT


@pytest.mark.parametrize(
    "title",
    ["脱北者4人、北朝鮮に送還か", "脱北者4人、北朝鮮へ強制送還か", "脱北者4人、強制送還か"],
    ids=["ni", "he-forced", "forced"],
)
def test_a_japanese_headline_asking_whether_they_were_sent_back_sends_no_one(title: str) -> None:
    v = verdict_of(
        "ja", title, "今月初めに琿春で拘束された脱北者4人が、送還された可能性があるという。"
    )
    assert v.tier is Tier.ALERT
    assert v.facts.status is Status.FACING_REPATRIATION


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("zh-Hant", "據南韓團體透露，4名北韓偷渡客上週在丹東被中國邊防抓獲。"),
        ("zh-Hant", "據南韓團體透露，4名北韓越境者上週在丹東被中國邊防抓獲。"),
        ("zh-Hans", "据韩国团体透露，4名朝鲜出逃者上周在丹东被中国边防抓获。"),
        ("zh-Hant", "據南韓團體透露，4名北韓出逃者上週在丹東被中國邊防抓獲。"),
        ("zh-Hans", "据韩国团体透露，4名脱北难民上周在丹东被中国边防抓获。"),
    ],
    ids=["bei-han-tou-du-ke", "bei-han-yue-jing-zhe", "chao-xian-chu-tao-zhe",
         "bei-han-chu-tao-zhe", "tuo-bei-nan-min"],
)  # fmt: skip
def test_the_peoples_words_read_after_either_name_of_the_north(lang: str, text: str) -> None:
    """偷渡者, 越境者, 出逃者 after 北韩 as after 朝鲜: the people, wherever the outlet is."""
    v = verdict_of(lang, "", text)
    assert (v.tier, v.facts.people) == (Tier.ALERT, 4)


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("脱北した親子が先週、丹東で中国公安に拘束された。", 2),
        ("脱北者の兄弟が先週、丹東で中国公安に拘束された。", 2),
        ("脱北者の親子と男性1人が先週、丹東で中国公安に拘束された。", 3),
        ("脱北者の兄弟3人が先週、丹東で中国公安に拘束された。", 3),
    ],
    ids=["oyako", "kyoudai", "oyako-and-one", "kyoudai-three"],
)  # fmt: skip
def test_a_japanese_pair_word_counts_two_unless_a_figure_follows_it(
    text: str, people: int
) -> None:
    """親子 (a parent and a child) and 兄弟 (brothers), as 夫婦 and 母子: two people."""
    assert verdict_of("ja", "", text).facts.people == people


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("zh-Hant", "5名北韓人上週在寮國北部被捕，寮國當局考慮將他們遣返北韓。"),
        ("zh-Hans", "5名朝鲜人上周在老挝北部被捕，老挝当局打算将他们遣返朝鲜。"),
        ("zh-Hans", "5名朝鲜人上周在老挝北部被捕，老挝当局正在考虑将他们遣送中国。"),
        ("ja", "脱北者5人が先週ラオス北部で拘束された。ラオス当局は5人を北朝鮮に送還することを検討している。"),
    ],
    ids=["zh-hant-kao-lv", "zh-hans-da-suan", "zh-hans-kao-lv-to-china", "ja-kentou"],
)  # fmt: skip
def test_a_return_under_consideration_is_a_threat_not_done(lang: str, text: str) -> None:
    """考虑, 打算, 検討: the authorities weigh a return; the people face it."""
    assert verdict_of(lang, "", text).facts.status is Status.FACING_REPATRIATION


@pytest.mark.parametrize(
    ("lang", "text", "status"),
    [
        ("zh-Hans", "韩国议员呼吁中国不要遣返被关押在图们的9名脱北者。", Status.FACING_REPATRIATION),
        ("zh-Hant", "南韓議員呼籲中國不要遣返被關押在圖們的9名脫北者。", Status.FACING_REPATRIATION),
        ("zh-Hans", "中方至今没有释放被关押在图们的9名脱北者。", Status.DETAINED),
    ],
    ids=["zh-hans-urged-not-to-return", "zh-hant-urged-not-to-return", "zh-hans-not-freed"],
)  # fmt: skip
def test_a_custody_told_with_its_place_before_the_people_is_theirs_under_a_cue(
    lang: str, text: str, status: Status
) -> None:
    """被关押在图们的9名脱北者: the clause before the people says who they are, held in Tumen;
    the 不要 or 没有 before it governs the return or the release, not their custody."""
    v = verdict_of(lang, "", text)
    assert (v.tier, v.facts.status, v.facts.people) == (Tier.ALERT, status, 9)


def test_a_handover_to_china_under_consideration_is_a_threat() -> None:
    """中国に引き渡す: the plain active names a handover; 検討 makes it one weighed, not done."""
    text = "脱北者4人が先週ロシア極東で拘束された。ロシア当局は4人を中国に引き渡すことを検討している。"
    assert verdict_of("ja", "", text).facts.status is Status.FACING_REPATRIATION


def test_a_custody_told_without_its_people_after_a_handover_is_theirs() -> None:
    """7人随后被移交谅山省公安厅: handed to the provincial police, held there; the custody sentence
    after it, with its subject dropped, goes on about them."""
    text = "上周，7名脱北者在越南北部被捕。7人随后被移交谅山省公安厅。目前关押在谅山拘留所。"
    v = verdict_of("zh-Hans", "", text)
    assert (v.facts.status, v.facts.people) == (Status.DETAINED, 7)


@pytest.mark.parametrize(
    ("lang", "text", "status"),
    [
        (
            "zh-Hans",
            "辽宁丹东公安上月抓获4名脱北者。家属说，他们关押几周后就会被送回北韩。",
            Status.FACING_REPATRIATION,
        ),
        (
            "zh-Hant",
            "延吉警方逮捕3名北韓女子，知情人士說，她們很快會被押回北韓。",
            Status.FACING_REPATRIATION,
        ),
        (
            "zh-Hans",
            "图们公安上月抓获3名脱北者，他们会被遣返回朝鲜。",
            Status.FACING_REPATRIATION,
        ),
        # Guards: the return told as done stays done.
        (
            "zh-Hans",
            "教会人士证实，上月在图们被捕的6名脱北者已于上周被送回北韩。",
            Status.REPATRIATED,
        ),
        (
            "zh-Hant",
            "南韓人權委員會證實，上月在圖們被捕的6名脫北者已於上週被送回北韓。",
            Status.REPATRIATED,
        ),
    ],
    ids=[
        "zh-hans-will-be-sent",
        "zh-hant-will-be-sent",
        "zh-hans-will-be-returned",
        "zh-hans-done",
        "zh-hant-done",
    ],
)
def test_a_return_told_with_will_is_a_threat(lang: str, text: str, status: Status) -> None:
    """就会被送回北韩, 會被押回北韓: what will happen to them, not what happened (a false
    all-clear if read as done), though the done passive 被送回北韩 stands inside it."""
    v = verdict_of(lang, "", text)
    assert (v.tier, v.facts.status) == (Tier.ALERT, status)


@pytest.mark.parametrize(
    ("text", "status"),
    [
        (
            "瀋陽で脱北者の妻と娘が拘束された。夫は「送り返されたら、どんな目に遭うかわからない。早く会いたい」と話した。",
            Status.FACING_REPATRIATION,
        ),
        (
            "瀋陽で脱北者3人が拘束された。支援者は「北朝鮮に送還されたら、命はない。」と話した。",
            Status.FACING_REPATRIATION,
        ),
        # Guard: the done return, with no たら, stays done.
        (
            "先月瀋陽で拘束された脱北者3人が北朝鮮に送還されたことが分かった。",
            Status.REPATRIATED,
        ),
    ],
    ids=["ja-if-sent-back", "ja-if-forcibly-returned", "ja-done"],
)
def test_a_return_told_with_tara_is_a_condition(text: str, status: Status) -> None:
    """送り返されたら (if they are sent back): what would befall them, a threat, not a return
    done (a false all-clear if read as one)."""
    v = verdict_of("ja", "", text)
    assert (v.tier, v.facts.status) == (Tier.ALERT, status)


@pytest.mark.parametrize(
    ("text", "status"),
    [
        (
            "人権団体は、中国政府は拘束中の脱北者約60人を北朝鮮に強制送還してはならないと述べた。",
            Status.FACING_REPATRIATION,
        ),
        (
            "支援団体は、瀋陽で拘束された脱北者5人を北朝鮮に送還すべきではないと話した。",
            Status.FACING_REPATRIATION,
        ),
        # Guard: the return told as done stays done.
        (
            "人権団体によると、中国政府は拘束中の脱北者約60人を北朝鮮に強制送還した。",
            Status.REPATRIATED,
        ),
    ],
    ids=["ja-must-not-return", "ja-should-not-return", "ja-returned"],
)
def test_a_return_forbidden_is_a_threat(text: str, status: Status) -> None:
    """強制送還してはならない (must not be forcibly returned): a return a rights group forbids,
    threatened, not done (a false all-clear if read as done)."""
    v = verdict_of("ja", "", text)
    assert (v.tier, v.facts.status) == (Tier.ALERT, status)


@pytest.mark.parametrize(
    ("text", "status"),
    [
        (
            "人権団体によると、北朝鮮出身者約60人が吉林省の施設に収容されている。同団体の局長は「送還された人びとは拷問、性暴力、強制労働の深刻な危険にさらされる」と述べた。",
            Status.DETAINED,
        ),
        (
            "瀋陽で脱北者5人が拘束された。支援者によると、送り返された人々は、拷問、暴行、強制労働の危険にさらされる。",
            Status.ARRESTED,
        ),
        # Guard: those sent back, counted, are the incident's people.
        (
            "中国で拘束された脱北者12人が先週、北朝鮮に送還された。送還された12人は恵山の保衛部に収容されている。",
            Status.REPATRIATED,
        ),
    ],
    ids=["ja-returnees-in-general", "ja-returnees-often", "ja-the-twelve-returned"],
)
def test_what_befalls_returnees_in_general_is_no_return(text: str, status: Status) -> None:
    """送還された人びとは拷問の危険にさらされる: returnees in general, uncounted, not these
    people's return (a false all-clear): they stay held or arrested."""
    v = verdict_of("ja", "", text)
    assert (v.tier, v.facts.status) == (Tier.ALERT, status)


@pytest.mark.parametrize(
    ("lang", "text", "status"),
    [
        (
            "zh-Hans",
            "脱北者李某说，她的哥哥上周在图们越境后被边防抓走，现在关在拘留所里。她说：“被送回去的人都会被关进劳改营。”",
            Status.DETAINED,
        ),
        (
            "zh-Hant",
            "兩名脫北者本月在丹東遭公安逮捕。一名牧師說，被遣返的人會受到嚴厲懲罰。",
            Status.ARRESTED,
        ),
        # Guard: those sent back, counted, are the incident's people.
        (
            "zh-Hans",
            "上月在延吉被抓的3名脱北者已被遣返。被遣返的3人目前关押在保卫部。",
            Status.REPATRIATED,
        ),
    ],
    ids=["zh-returnees-all-will", "zht-returnees-will", "zh-the-three-returned"],
)
def test_what_befalls_returnees_in_general_is_no_return_in_chinese(
    lang: str, text: str, status: Status
) -> None:
    """被送回去的人都会被关进劳改营 (those sent back all end up in labour camps): returnees in
    general, as ja's 送還された人びと, not these people's return (a false all-clear)."""
    v = verdict_of(lang, "", text)
    assert (v.tier, v.facts.status) == (Tier.ALERT, status)


@pytest.mark.parametrize(
    ("lang", "title", "text", "status"),
    [
        (
            "zh-Hans",
            "团体呼吁停止遣返脱北者",
            "该团体表示，辽宁省丹东市公安上月抓获了7名北韩人。据该团体消息，这7人已于本周被移交北韩，下落不明。",
            Status.REPATRIATED,
        ),
        (
            "zh-Hant",
            "丹東公安抓獲3名北韓人",
            "消息人士說，上月在丹東被抓獲的3名北韓人日前已被移交北韓。",
            Status.REPATRIATED,
        ),
        # Guards: a handover still to come, or one urged against, is a threat.
        (
            "zh-Hans",
            "丹东公安抓获7名北韩人",
            "辽宁省丹东市公安上月抓获了7名北韩人，这7人可能将被移交北韩。",
            Status.FACING_REPATRIATION,
        ),
        (
            "zh-Hans",
            "丹东公安抓获7名北韩人",
            "辽宁省丹东市公安上月抓获了7名北韩人。人权团体呼吁中方不要把他们移交北韩。",
            Status.FACING_REPATRIATION,
        ),
    ],
)
def test_a_handover_to_the_north_named_as_beihan_is_a_return(
    lang: str, title: str, text: str, status: Status
) -> None:
    v = verdict_of(lang, title, text)
    assert (v.tier, v.facts.status) == (Tier.ALERT, status)


@pytest.mark.parametrize(
    ("lang", "title", "text", "status"),
    [
        # "Should free": a bare 应 before the verb in a headline is a demand, not a release.
        (
            "zh-Hans",
            "联合国工作组：中国应释放在丹东被关押的朝鲜女子",
            "工作组认定，这名朝鲜女子今年3月在丹东被公安带走。",
            Status.DETAINED,
        ),
        (
            "zh-Hant",
            "聯合國專家：中國應釋放在延吉被捕的北韓母子",
            "聯合國專家說，這對北韓母子上月在延吉被捕，目前關押在當地看守所。",
            Status.DETAINED,
        ),
        # Cantonese "very afraid" (好驚) before the return: a threat, not a return done.
        (
            "zh-Hant",
            "北韓男子廣州被捕 家人好驚佢俾人送返北韓",
            "一名北韓男子上週在廣州被公安拘捕，他在首爾的太太接受訪問。",
            Status.FACING_REPATRIATION,
        ),
        # Japanese "if sent back to the North" with れば: a threat.
        (
            "ja",
            "脱北女性、大連で拘束",
            "脱北した女性（30）が先月、遼寧省大連で公安当局に拘束された。支援団体の代表は「北朝鮮に送り返されれば命の保証はない」と話した。",
            Status.FACING_REPATRIATION,
        ),
        # Guards: shock is no fear, and a return done stays done.
        (
            "zh-Hans",
            "震惊：中国将五名脱北者遣返朝鲜",
            "韩国团体说，上周在丹东被捕的五名脱北者已于周五被遣返朝鲜。",
            Status.REPATRIATED,
        ),
        (
            "ja",
            "脱北者3人、北朝鮮に送り返される",
            "支援団体によると、先月大連で拘束された脱北者3人が先週、北朝鮮に送り返された。",
            Status.REPATRIATED,
        ),
    ],
    ids=["zh-should-free", "zht-should-free", "yue-afraid", "ja-if-sent-back-reba",
         "zh-shock-is-no-fear", "ja-sent-back-done"],
)  # fmt: skip
def test_a_release_demanded_and_a_return_feared_are_no_all_clear(
    lang: str, title: str, text: str, status: Status
) -> None:
    """中国应释放 (China should free), 好驚…送返 (Cantonese: afraid they are sent back) and 北朝鮮に
    送り返されれば (if sent back to the North): wanted or threatened, never a release or a return."""
    v = verdict_of(lang, title, text)
    assert (v.tier, v.facts.status) == (Tier.ALERT, status)


@pytest.mark.parametrize(
    ("lang", "title", "text", "status", "people"),
    [
        # A police notice counts border crossers, then says who they were.
        (
            "zh-Hans",
            "边境派出所查获非法入境人员",
            "丹东市一边境派出所民警日前在巡逻中查获非法入境人员3名。经审查，3人均为朝鲜籍。",
            Status.ARRESTED,
            3,
        ),
        (
            "zh-Hant",
            "邊防查獲偷渡人員",
            "邊防派出所上週在鴨綠江邊查獲偷渡人員4名。經查，4人均為北韓籍。",
            Status.ARRESTED,
            4,
        ),
        # A judgment names one defendant with the nationality in brackets, sentences him to
        # criminal detention and adds an expulsion: ordered, not done.
        (
            "zh-Hant",
            "法院審結偷越國境案",
            "圖們市法院以偷越國境罪判處被告人李某某（朝鮮籍）拘役四個月，附加驅逐出境。",
            Status.FACING_REPATRIATION,
            1,
        ),
        (
            "zh-Hans",
            "法院审结偷越国境案",
            "延吉市法院判处两名朝鲜籍被告人拘役五个月。",
            Status.DETAINED,
            2,
        ),
    ],
    ids=["zh-all-north-korean", "zht-all-north-korean", "zht-judgment-expulsion",
         "zh-judgment-detention"],
)  # fmt: skip
def test_official_notices_and_judgments_name_north_korean_border_crossers(
    lang: str, title: str, text: str, status: Status, people: int
) -> None:
    """Mainland police notices and court judgments: 查获非法入境人员3名。经审查，3人均为朝鲜籍;
    被告人李某某（朝鮮籍）; 判处…拘役, 附加驱逐出境."""
    v = verdict_of(lang, title, text)
    assert (v.tier, v.facts.status, v.facts.people) == (Tier.ALERT, status, people)


@pytest.mark.parametrize(
    "text",
    [
        "该厂现有工人200名，均为朝鲜籍，本月合同期满后陆续回国。",
        "今年口岸共接待旅游团30个，游客均为朝鲜籍，已全部返回。",
    ],
    ids=["workers-home", "tourists"],
)
def test_all_north_korean_workers_or_tourists_are_no_incident(text: str) -> None:
    """均为朝鲜籍 names the people only beside an arrest: workers going home or tourists are not."""
    assert verdict_of("zh-Hans", "", text).tier is not Tier.ALERT


@pytest.mark.parametrize(
    ("title", "text", "status", "people"),
    [
        # A headline's shortened immigration facility (入管施設) holds the people it counts.
        (
            "タイで脱北者5人に罰金 入管施設へ",
            "タイ東部の裁判所は4日、不法入国の罪で北朝鮮出身の5人に罰金刑を言い渡した。",
            Status.DETAINED,
            5,
        ),
        # A mother or a parent and child named by the North, in the last sentence of a report.
        (
            "国連報告者が懸念",
            "国連の特別報告者は、先月ラオスで拘束された北朝鮮の母親と子ども1人が、今もビエンチャンの施設に収容されていると明らかにした。",
            Status.DETAINED,
            2,
        ),
        (
            "北朝鮮の親子、雲南で拘束",
            "中国雲南省で先週、北朝鮮の親子が公安当局に拘束された。",
            Status.ARRESTED,
            2,
        ),
    ],
    ids=["ja-immigration-facility", "ja-mother-and-child", "ja-parent-and-child"],
)
def test_japanese_names_the_people_by_family_and_holds_them_in_an_immigration_facility(
    title: str, text: str, status: Status, people: int
) -> None:
    """入管施設 (immigration facility) is custody; 北朝鮮の母親, 北朝鮮の親子 name the people."""
    v = verdict_of("ja", title, text)
    assert (v.tier, v.facts.status, v.facts.people) == (Tier.ALERT, status, people)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "ベトナム人技能実習生3人、入管施設に収容",
            "不法残留の疑いで逮捕されたベトナム人技能実習生3人が、入管施設に移された。",
        ),
        ("北朝鮮の母親たち", "北朝鮮の母親たちは子どもの教育に熱心だという。"),
    ],
    ids=["ja-other-nationals-in-facility", "ja-mothers-in-the-north"],
)
def test_an_immigration_facility_or_a_mother_alone_is_no_incident(title: str, text: str) -> None:
    """Vietnamese trainees held, or mothers in the North at large: no alert."""
    assert verdict_of("ja", title, text).tier is not Tier.ALERT


@pytest.mark.parametrize(
    ("lang", "title", "text", "people"),
    [
        (
            "zh-Hant",
            "民眾抗議",
            "約兩百名民眾週六在中國駐首爾大使館前抗議，要求釋放上月在瀋陽被捕的四名北韓人。",
            4,
        ),
        # Guard: the people counted beside the crowd keep their own figure.
        (
            "zh-Hans",
            "首尔市民集会声援脱北者",
            "数百名首尔市民周日在光化门举行集会。主办方说，上周在丹东被抓的三名朝鲜妇女可能被遣返。",
            3,
        ),
    ],
    ids=["zht-protesters", "zh-rally-then-people"],
)
def test_a_rallys_crowd_is_never_the_people_counted(
    lang: str, title: str, text: str, people: int
) -> None:
    """约两百名民众 (some 200 members of the public) protest for the four held: four."""
    assert verdict_of(lang, title, text).facts.people == people


@pytest.mark.parametrize(
    ("title", "text", "tier"),
    [
        (
            "帰国事業の家族の孫、中国で拘束",
            "帰国事業で北朝鮮に渡った在日朝鮮人の孫にあたる脱北者の男性（30）が、今月上旬に"
            "中国吉林省延吉で公安当局に拘束された。東京の支援団体が明らかにした。",
            Tier.ALERT,
        ),
        # Guard: a returnee's lecture last week on her arrest in a year long past stays a
        # programme story.
        (
            "帰国事業で北朝鮮に渡った女性が講演",
            "帰国事業で北朝鮮に渡り、その後脱北した女性が先週、大阪市内で講演し、"
            "2005年に中国で拘束されて北朝鮮に送還された経験を語った。",
            Tier.RELATED,
        ),
    ],
    ids=["ja-arrest-this-month", "ja-lecture-on-2005"],
)
def test_the_zainichi_programme_yields_to_an_arrest_told_as_recent(
    title: str, text: str, tier: Tier
) -> None:
    """帰国事業 (the 1959-84 programme) beside an arrest in Yanji early this month: an alert."""
    assert verdict_of("ja", title, text).tier is tier


@pytest.mark.parametrize(
    ("lang", "title", "text"),
    [
        (
            "zh",
            "朝鲜渔船两名船员拒绝返回朝鲜",
            "消息人士说，俄方上周扣押的一艘朝鲜渔船上有两名船员拒绝回国。\n"
            "两人目前被关在符拉迪沃斯托克的拘留所，俄方准备把他们交给朝方。",
        ),
        (
            "ja",
            "北朝鮮の乗組員2人、帰国を拒否",
            "ロシア極東ナホトカの施設に収容されている北朝鮮漁船の乗組員のうち2人が、"
            "帰国を拒否していることが分かった。\n2人は近く北朝鮮側に引き渡される見通しだ。",
        ),
    ],
    ids=["zh-crew-refuse-to-go-home", "ja-crew-refuse-to-go-home"],
)
def test_crew_who_refuse_to_go_home_are_not_a_voluntary_return(
    lang: str, title: str, text: str
) -> None:
    verdict = verdict_of(lang, title, text)
    assert verdict.tier is Tier.ALERT
    assert verdict.facts.status is Status.FACING_REPATRIATION
    assert verdict.facts.people == 2


@pytest.mark.parametrize(
    ("title", "text", "people", "country"),
    [
        (
            "北朝鮮系料理店の従業員2人、瀋陽で身柄拘束",
            "中国瀋陽の北朝鮮系料理店から逃げ出した女性従業員2人が、市内のホテルで公安当局に"
            "拘束された。",
            2,
            "CN",
        ),
        (
            "北朝鮮料理店の従業員4人、タイで拘束",
            "タイ警察は3日、カンボジアの北朝鮮料理店から逃げ出した女性従業員4人をバンコク市内で"
            "拘束した。",
            4,
            "TH",
        ),
    ],
    ids=["shenyang", "bangkok"],
)
def test_restaurant_staff_who_ran_away_are_the_people(
    title: str, text: str, people: int, country: str
) -> None:
    verdict = verdict_of("ja", title, text)
    assert verdict.tier is Tier.ALERT
    assert verdict.facts.people == people
    assert verdict.facts.country == country


def test_staff_who_ran_from_a_fire_at_home_are_not_the_people() -> None:
    verdict = verdict_of(
        "ja",
        "工場火災で従業員2人を逮捕",
        "東京都内の工場で4日未明に火災があり、警視庁は現場から逃げ出した従業員2人を"
        "放火の疑いで逮捕した。",
    )
    assert verdict.tier is Tier.IGNORE


@pytest.mark.parametrize(
    ("lang", "title", "text", "status"),
    [
        (
            "zh",
            "和龙被抓脱北母子已被押回会宁",
            "消息人士说，本月初在和龙一处民宅被公安抓获的脱北母子，上周已被押回会宁。",
            Status.REPATRIATED,
        ),
        (
            "zh-Hant",
            "長白被捕的脫北者已遣送回茂山",
            "知情人士說，上月在長白被捕的4名脫北者日前已被遣送回茂山。",
            Status.REPATRIATED,
        ),
        (
            "zh",
            "图们边防抓获三名脱北者",
            "消息人士说，上周在图们被抓的3名脱北者即将被押回惠山。",
            Status.FACING_REPATRIATION,
        ),
    ],
    ids=["escorted-back-to-hoeryong", "sent-back-to-musan", "soon-escorted-back-to-hyesan"],
)
def test_a_return_to_a_town_of_the_north_is_a_return_to_the_north(
    lang: str, title: str, text: str, status: Status
) -> None:
    verdict = verdict_of(lang, title, text)
    assert verdict.tier is Tier.ALERT
    assert verdict.facts.status is status


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("zh", "越南警方在芒街抓获3名脱北者，越方可能会将他们交给中国。"),
        ("zh-Hant", "寮國警方在會曬抓獲3名脫北者，寮方表示可能把他們交還中方。"),
    ],
    ids=["may-be-given-to-china", "may-be-given-back-to-the-chinese-side"],
)
def test_a_handover_to_china_that_may_come_is_a_threat(lang: str, text: str) -> None:
    verdict = verdict_of(lang, "脱北者被捕", text)
    assert verdict.tier is Tier.ALERT
    assert verdict.facts.status is Status.FACING_REPATRIATION


@pytest.mark.parametrize(
    "text",
    [
        "ハバロフスクの地区裁判所は2日、不法就労の罪で北朝鮮出身の男性3人に国外退去を命じた。",
        "ハバロフスクの地区裁判所は2日、北朝鮮出身の男性3人について国外退去命令を出した。",
    ],
    ids=["ordered-to-leave", "order-issued"],
)
def test_a_japanese_expulsion_ordered_is_a_threat_not_done(text: str) -> None:
    verdict = verdict_of("ja", "脱北者に退去命令", text)
    assert verdict.tier is Tier.ALERT
    assert verdict.facts.status is Status.FACING_REPATRIATION


def test_a_yearly_figure_in_a_report_published_on_a_day_is_no_alert() -> None:
    verdict = verdict_of(
        "ja",
        "昨年の強制送還は推計400人",
        "ソウルの人権団体は5日、中国から北朝鮮に強制送還された脱北者が昨年1年間で約400人に"
        "上ったとする報告書を公表した。",
    )
    assert verdict.tier is not Tier.ALERT


def test_an_arrest_told_in_a_statement_published_on_a_day_is_still_news() -> None:
    verdict = verdict_of(
        "ja",
        "脱北者拘束",
        "支援団体は4日、先週瀋陽で脱北者5人が拘束されたとする声明を発表した。",
    )
    assert verdict.tier is Tier.ALERT
    assert verdict.facts.people == 5


@pytest.mark.parametrize(
    "wish",
    ["一日も早い解放を願っている", "無事な釈放を祈っている"],
    ids=["wishing", "praying"],
)
def test_a_japanese_wish_in_its_te_form_frees_nobody(wish: str) -> None:
    verdict = verdict_of(
        "ja",
        "脱北者の父親、拘束続く",
        f"吉林省で3月に拘束された脱北者の男性について、ソウルに住む娘は「{wish}」と話した。"
        "男性は長春の拘置所に収容されたままだ。",
    )
    assert verdict.tier is Tier.ALERT
    assert verdict.facts.status is Status.DETAINED


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "zh",
            "昆明警方本月2日在长途汽车站截获5名朝鲜籍人员。一名中国籍带路人同时被捕。"
            "人权组织担心5人将被遣返。",
        ),
        (
            "zh-Hant",
            "昆明警方本月2日在長途汽車站截獲5名北韓籍人員。一名中國籍帶路人同時被捕。"
            "人權組織擔心5人將被遣返。",
        ),
    ],
    ids=["simplified", "traditional"],
)
def test_a_guide_held_with_them_does_not_part_the_people_from_their_figure(
    lang: str, text: str
) -> None:
    verdict = verdict_of(lang, "昆明截获朝鲜人", text)
    assert verdict.tier is Tier.ALERT
    assert verdict.facts.status is Status.FACING_REPATRIATION
    assert verdict.facts.people == 5


def test_a_figure_of_a_day_is_not_the_people_named_again_past_a_guide() -> None:
    verdict = verdict_of(
        "zh",
        "昆明截获朝鲜人",
        "昆明警方本月2日在长途汽车站截获5名朝鲜籍人员。一名中国籍带路人同时被捕。"
        "人权组织担心2人将被遣返。",
    )
    assert verdict.facts.status is Status.ARRESTED


def test_people_kept_in_a_facility_are_held() -> None:
    verdict = verdict_of(
        "ja",
        "脱北者3人、国境で拘束",
        "ラオス警察は、中国側から国境を越えた脱北者の女性3人を拘束したと明らかにした。"
        "3人は現在、ビエンチャンの施設に留め置かれ、身元の確認が続いている。",
    )
    assert verdict.tier is Tier.ALERT
    assert verdict.facts.status is Status.DETAINED


@pytest.mark.parametrize(
    ("lang", "text", "people"),
    [
        (
            "zh",
            "一名律师周五举行记者会，展示了两名脱北者的照片。"
            "据她介绍，这两人上周在延吉被公安带走，目前关押在看守所。",
            2,
        ),
        (
            "zh",
            "人权团体在声明中提到四名脱北者。这4人本月初在珲春被边防人员抓获。",
            4,
        ),
        (
            "zh-Hant",
            "一名牧師週三出示了三名脫北者的照片。這三人上週在瀋陽被公安逮捕。",
            3,
        ),
    ],
    ids=["zh-liang", "zh-digit", "zh-hant-san"],
)
def test_these_n_people_take_up_the_people_named_before(lang: str, text: str, people: int) -> None:
    verdict = verdict_of(lang, "记者会", text)
    assert verdict.tier is Tier.ALERT
    assert verdict.facts.country == "CN"
    assert verdict.facts.people == people


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("边检站负责人表示，将对这3人依法处理，并按程序遣返。", Status.FACING_REPATRIATION),
        ("边检站负责人表示，这3人已按程序遣返。", Status.REPATRIATED),
    ],
    ids=["to-come", "done"],
)
def test_a_return_by_procedure_is_done_only_with_yi(text: str, status: Status) -> None:
    verdict = verdict_of("zh", "珲春边检站查获3名朝鲜籍非法入境人员", text)
    assert verdict.tier is Tier.ALERT
    assert verdict.facts.status is status


@pytest.mark.parametrize(
    "text",
    [
        "延吉で先月拘束された脱北者3人について、中国当局が今月初め、北朝鮮側に引き渡していたことが分かった。",
        "関係者によると、中国公安は丹東で捕まえた脱北者4人を既に北朝鮮に強制送還していた。",
        "中国当局は長白で拘束した脱北者2人を先週、北朝鮮へ送り返していたという。",
    ],
    ids=["hikiwatashi", "soukan", "okurikaeshi"],
)
def test_a_japanese_return_told_in_the_past_progressive_is_done(text: str) -> None:
    verdict = verdict_of("ja", "脱北者、北朝鮮へ", text)
    assert verdict.tier is Tier.ALERT
    assert verdict.facts.status is Status.REPATRIATED


def test_a_japanese_return_not_made_is_no_return() -> None:
    verdict = verdict_of(
        "ja",
        "脱北者拘束",
        "丹東で拘束された脱北者4人について、中国当局はまだ北朝鮮に送還していないという。",
    )
    assert verdict.facts.status is not Status.REPATRIATED


def test_a_helper_who_tells_of_the_arrest_is_its_source_not_one_held() -> None:
    verdict = verdict_of(
        "zh",
        "牧师谈长白江边一案",
        "一名帮助脱北者的韩国牧师向记者表示，四名朝鲜脱北者上周在长白县试图渡江时，被中国公安抓获。",
    )
    assert verdict.tier is Tier.ALERT
    assert verdict.facts.status is Status.ARRESTED
    assert verdict.facts.people == 4


def test_a_helper_arrested_before_speaking_of_it_is_still_the_helper() -> None:
    verdict = verdict_of(
        "zh",
        "韩国牧师在丹东被捕",
        "一名协助脱北者的韩国牧师上月在丹东被中国警方拘留，其家属表示正在寻求领事协助。",
    )
    assert verdict.tier is not Tier.ALERT


@pytest.mark.parametrize(
    ("lang", "title", "text", "people"),
    [
        ("zh", "两姐妹被抓", "一对朝鲜姐妹上月在长白县被边防部队抓获，目前关押在图们。", 2),
        ("zh-Hant", "父子被捕", "一對北韓父子本月初在丹東被公安拘捕，恐遭遣返。", 2),
        ("zh", "夫妇被拘", "警方上周在延吉拘留了一对朝鲜夫妇。", 2),
    ],
    ids=["sisters", "father-son-hant", "couple"],
)
def test_a_north_korean_pair_of_kin_are_the_people(
    lang: str, title: str, text: str, people: int
) -> None:
    verdict = verdict_of(lang, title, text)
    assert verdict.tier is Tier.ALERT
    assert verdict.facts.people == people


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "男女6人を入管が収容",
            "秋田県の海岸に着いた船に乗っていた北朝鮮から来たとみられる男女6人を、"
            "出入国在留管理庁が施設に収容した。",
        ),
        (
            "北朝鮮から来た家族4人、海上保安庁が保護",
            "海上保安庁は北朝鮮から来た家族4人を保護し、入管が施設に収容した。",
        ),
    ],
    ids=["believed-to-have-come", "family-coast-guard"],
)
def test_people_come_from_the_north_by_boat_are_held_in_japan(title: str, text: str) -> None:
    verdict = verdict_of("ja", title, text)
    assert verdict.tier is Tier.ALERT
    assert verdict.facts.country == "JP"


@pytest.mark.parametrize(
    ("lang", "title", "text"),
    [
        (
            "zh-Hant",
            "北韓女子寮國被捕",
            "一名北韓女子上月在寮國被警方逮捕，目前被拘押在警察局。"
            "報導指出，該女子經中國進入寮國。支援團體擔心，她恐遭遣返北韓。",
        ),
        (
            "zh",
            "朝鲜男子在越南被抓",
            "一名朝鲜男子本月在越南芒街被边防部队抓获，目前被关押。"
            "据悉，该男子经中国东兴进入越南。人权团体担心他可能被遣返朝鲜。",
        ),
    ],
    ids=["woman-hant", "man"],
)
def test_the_person_taken_up_by_gai_keeps_the_story_theirs(
    lang: str, title: str, text: str
) -> None:
    assert verdict_of(lang, title, text).facts.status is Status.FACING_REPATRIATION


@pytest.mark.parametrize(
    ("lang", "title", "text", "status"),
    [
        (
            "zh",
            "朝鲜女子在延吉被抓",
            "一名朝鲜女子上周在延吉被公安抓走。她的丈夫说：“她随时可能被送回去。”",
            Status.FACING_REPATRIATION,
        ),
        (
            "zh-Hant",
            "三名脫北者已被押回去",
            "消息人士說，上月在圖們被捕的三名脫北者本週已被押回去。",
            Status.REPATRIATED,
        ),
    ],
    ids=["may-be-sent-back", "taken-back-hant"],
)
def test_a_spoken_sent_back_with_qu_is_a_return(
    lang: str, title: str, text: str, status: Status
) -> None:
    assert verdict_of(lang, title, text).facts.status is status


@pytest.mark.parametrize(
    ("lang", "title", "text"),
    [
        (
            "zh-Hant",
            "3北韓人金邊遭逮捕",
            "柬埔寨警方本週在金邊逮捕3名北韓人。官員說，3人因非法入境遭逮捕。"
            "南韓駐柬埔寨大使館已派員了解。人權團體擔心3人被遣返。",
        ),
        (
            "en",
            "Three North Koreans held in Vientiane",
            "Police in Vientiane arrested three North Korean defectors on Monday. An official said "
            "the three had entered Laos illegally and were held. The South Korean embassy has "
            "sent staff to Laos. Rights groups fear the three will be sent back to China.",
        ),
    ],
    ids=["embassy-between-hant", "embassy-between-en"],
)
def test_the_people_named_again_by_their_figure_past_a_quiet_sentence_face_return(
    lang: str, title: str, text: str
) -> None:
    assert verdict_of(lang, title, text).facts.status is Status.FACING_REPATRIATION


def test_a_figure_the_sentence_between_gives_is_not_the_people_named_again() -> None:
    text = (
        "Police in Dandong arrested four North Korean defectors on Monday. The police also "
        "questioned four South Korean activists in the city. The four were flown to Seoul."
    )
    verdict = verdict_of("en", "Four North Koreans arrested in Dandong", text)
    assert verdict.facts.status is Status.ARRESTED


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "ja",
            "脱北者6人が瀋陽市内のアパートで見つかった。公安当局は3日、6人を拘束した。",
            (Tier.ALERT, Status.ARRESTED, 6),
        ),
        (
            "zh-Hans",
            "据悉，6名脱北者上月越境进入长白县。边防部门随后将6人关押在县看守所。",
            (Tier.ALERT, Status.DETAINED, 6),
        ),
        # Guard: another figure is others, not the people named again.
        (
            "ja",
            "脱北者6人が瀋陽市内のアパートで見つかった。公安当局は3日、女性2人を拘束した。",
            (Tier.IGNORE, None, None),
        ),
    ],
    ids=["ja-agent-first", "zh-agent-first", "ja-another-figure"],
)
def test_the_peoples_figure_anywhere_in_the_next_sentence_names_them_again(
    lang: str, text: str, expected: tuple[Tier, Status | None, int | None]
) -> None:
    """入管は6人を収容した after a sentence counting 6 defectors: where the subject is dropped, the
    agent may open the sentence, and the figure with its counter still names the people."""
    v = verdict_of(lang, "", text)
    assert (v.tier, v.facts.status, v.facts.people) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "石川県の海岸に木造船が漂着した。乗っていた男女4人は「北朝鮮から来た」と話しており、出入国在留管理庁が4人を施設に収容した。",
            (Tier.ALERT, Status.DETAINED, 4),
        ),
        (
            "石川県の海岸に木造船が漂着した。船には男女4人が乗っていた。4人は北朝鮮から来たと説明している。出入国在留管理庁は5日、4人を施設に収容した。",
            (Tier.ALERT, Status.DETAINED, 4),
        ),
        # Guard: the boat seen as come from the North names no one.
        (
            "石川県の海岸に木造船が漂着した。木造船は北朝鮮から来たとみられる。船内に人はいなかった。",
            (Tier.IGNORE, None, None),
        ),
    ],
    ids=["ja-quoted", "ja-told-then-held", "ja-empty-boat"],
)
def test_people_who_say_they_came_from_the_north_are_the_people(
    text: str, expected: tuple[Tier, Status | None, int | None]
) -> None:
    """男女4人は「北朝鮮から来た」と話している: a boat's passengers named by their own words on
    where they came from, as 北朝鮮から逃げてきた names them."""
    v = verdict_of("ja", "木造船が漂着", text)
    assert (v.tier, v.facts.status, v.facts.people) == expected


@pytest.mark.parametrize(
    ("title", "text", "people"),
    [
        (
            "長白で20代脱北女性が捕まる",
            "地元の情報筋によると、女性は先月、鴨緑江を渡った直後に拘束された。",
            1,
        ),
        ("", "瀋陽で30代の脱北男性が公安当局に拘束された。", 1),
        # Guard: a count after the ages counts them all.
        ("", "20代から40代の脱北女性3人が瀋陽で拘束された。", 3),
    ],
    ids=["ja-headline-age", "ja-age-with-no", "ja-ages-and-count"],
)
def test_one_escapee_told_by_her_age_before_the_word_is_one(
    title: str, text: str, people: int
) -> None:
    """20代の脱北女性 (a defector woman in her twenties): one of them, as 脱北者の女性 is."""
    v = verdict_of("ja", title, text)
    assert (v.tier, v.facts.people) == (Tier.ALERT, people)


@pytest.mark.parametrize(
    ("lang", "title", "text", "expected"),
    [
        (
            "zh",
            "越境男子被抓",
            "两名上周越过图们江的男子在图们市郊被边防人员抓获，目前关押在拘留所。",
            (Tier.ALERT, 2),
        ),
        (
            "zh",
            "妇女在临江被带走",
            "据消息人士透露，一名今年春天渡过鸭绿江进入中国的妇女本月在临江被公安带走。",
            (Tier.ALERT, 1),
        ),
        ("zh-Hant", "青年遭逮捕", "三名渡過圖們江的青年上週在琿春遭公安逮捕。", (Tier.ALERT, 3)),
        # Guard: the river only as where others were caught names no one who fled.
        (
            "zh",
            "走私嫌疑人落网",
            "丹东警方上周在鸭绿江边抓获两名走私嫌疑人，两人均已被刑事拘留。",
            (Tier.IGNORE, None),
        ),
    ],
    ids=["zh-tumen", "zh-yalu-into-china", "zh-hant-tumen", "zh-riverside-smugglers"],
)
def test_people_told_by_the_border_river_they_crossed_are_the_people(
    lang: str, title: str, text: str, expected: tuple[Tier, int | None]
) -> None:
    """越过图们江的男子: someone who crossed the river out of the North, as 逃离朝鲜的 is."""
    v = verdict_of(lang, title, text)
    assert (v.tier, v.facts.people) == expected


@pytest.mark.parametrize(
    ("lang", "text", "people"),
    [
        (
            "zh",
            "联合国一名特别报告员和另外三名特别报告员联名致函北京，"
            "对关押在图们市看守所的两名朝鲜妇女可能被遣返表示关切。",
            2,
        ),
        (
            "zh-Hant",
            "三名聯合國人權專家致函北京，對丹東看守所關押的5名北韓人恐遭遣返表示關切。",
            5,
        ),
        (
            "zh",
            "两名独立专家和一名研究员在日内瓦发表声明，称延吉看守所关押的4名朝鲜人面临遣返。",
            4,
        ),
    ],
    ids=["zh-other-rapporteurs", "zh-hant-three-experts", "zh-independent-experts"],
)
def test_un_experts_who_write_about_the_people_are_not_counted_among_them(
    lang: str, text: str, people: int
) -> None:
    """另外三名特别报告员: the experts who wrote the letter, not more people held."""
    v = verdict_of(lang, "联合国专家致函", text)
    assert (v.tier, v.facts.people) == (Tier.ALERT, people)


@pytest.mark.parametrize(
    ("lang", "title", "text", "people"),
    [
        (
            "zh",
            "朝鲜一家三口在图们被捕",
            "消息人士说，朝鲜一家三口上周在图们被边防警察抓获，现关押在边防收容所。",
            3,
        ),
        (
            "zh-Hant",
            "北韓一家五口遭公安拘留",
            "據知情人士透露，北韓一家五口本月初在延吉一處民宅遭公安拘留。",
            5,
        ),
    ],
    ids=["zh-family-of-three", "zh-hant-family-of-five"],
)
def test_a_family_named_by_the_north_and_its_size_is_the_people(
    lang: str, title: str, text: str, people: int
) -> None:
    """朝鲜一家三口: a North Korean family of three, counted three."""
    v = verdict_of(lang, title, text)
    assert (v.tier, v.facts.people) == (Tier.ALERT, people)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("zh", "在沈阳被公安扣押的一名脱北女子获释后进入韩国驻沈阳总领事馆，正等待出境许可。"),
        ("zh-Hant", "在大連被拘留的兩名脫北者已獲釋，並進入韓國駐華大使館等候安排。"),
    ],
    ids=["zh-consulate", "zh-hant-embassy"],
)
def test_entering_a_south_korean_mission_abroad_is_no_arrival_in_south_korea(
    lang: str, text: str
) -> None:
    """进入韩国驻沈阳总领事馆: a refuge in the country that held them; freed, not arrived."""
    v = verdict_of(lang, "外交部：脱北者获释", text)
    assert (v.tier, v.facts.status) == (Tier.ALERT, Status.RELEASED)


def test_a_feared_handover_to_china_after_a_comma_is_a_threatened_return() -> None:
    """担心，……按照惯例，把他们移交给中国: the fear governs the handover past the comma that
    closes an adverbial phrase; a handover to China sends people back, so it is feared return."""
    v = verdict_of(
        "zh",
        "越南拘留6名脱北者",
        "越南边防上周在芒街抓获6名脱北者。人权团体担忧，越方会依照惯例，把他们移交给中国。",
    )
    assert (v.tier, v.facts.status) == (Tier.ALERT, Status.FACING_REPATRIATION)


@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        (
            "ミャンマーで8人拘束",
            "ミャンマー東部シャン州の警察は、北朝鮮出身とみられる男女8人を不法入国の疑いで拘束した。"
            "8人は中国への送還を恐れている。",
            (Tier.ALERT, 8),
        ),
        (
            "カンボジアで女性2人を拘束",
            "カンボジア警察は、北朝鮮出身とみられる女性2人をプノンペンの民家で拘束した。",
            (Tier.ALERT, 2),
        ),
    ],
    ids=["ja-shan-eight", "ja-phnom-penh-two-women"],
)
def test_people_presumed_from_the_north_are_the_people(
    title: str, text: str, expected: tuple[Tier, int | None]
) -> None:
    """北朝鮮出身とみられる男女8人: people the police take for North Koreans, as 脱北者とみられる
    names them."""
    v = verdict_of("ja", title, text)
    assert (v.tier, v.facts.people) == expected


@pytest.mark.parametrize(
    ("title", "text", "status"),
    [
        (
            "北朝鮮の技術者、ロシアで亡命申請",
            "ロシア極東ハバロフスクで18日、北朝鮮の技術者の男性（34）が亡命を申請し、"
            "空港の収容施設に留め置かれている。",
            Status.DETAINED,
        ),
        (
            "北朝鮮留学生を拘束 送還の恐れ",
            "ロシア中部ノボシビルスクの警察は17日、寮を抜け出した北朝鮮留学生2人を拘束した。"
            "北朝鮮に戻される恐れがある。",
            Status.FACING_REPATRIATION,
        ),
    ],
    ids=["ja-khabarovsk-asylum", "ja-novosibirsk-student"],
)
def test_asylum_seekers_and_students_of_the_north_are_the_people(
    title: str, text: str, status: Status
) -> None:
    """亡命を申請した男性, 北朝鮮留学生: a North Korean who asked for asylum abroad or a student sent
    by the North, held there, is an alert like any escapee."""
    v = verdict_of("ja", title, text)
    assert (v.tier, v.facts.status) == (Tier.ALERT, status)


def _reaction_first(title: str, event: str) -> Verdict:
    """A headline naming the people, a reaction naming no one, then a sentence telling what
    happened to a group."""
    return verdict_of(
        "zh",
        title,
        f"{title}\n首尔一个教会团体周二发表声明，呼吁中方依照国际法保护当事人，不要强行遣返。{event}",
    )


@pytest.mark.parametrize(
    ("title", "event", "people"),
    [
        ("人权团体关注朝鲜一家五口安危",
         "据消息人士透露，本月初从图们江越境的一家五口，在延吉市一处出租屋被公安带走。", 5),
        ("人权团体关注朝鲜一家三口安危",
         "知情人士说，一家三口上周在丹东一处民宅被边防拘留。", 3),
    ],
    ids=["family-of-five", "family-of-three"],
)  # fmt: skip
def test_the_family_told_again_after_a_reaction_is_the_people(
    title: str, event: str, people: int
) -> None:
    """朝鲜一家五口 in the headline, a church's appeal, then 一家五口……被公安带走: the family
    named again by its size, past the reaction, is the people held."""
    v = _reaction_first(title, event)
    assert (v.tier, v.facts.country, v.facts.people) == (Tier.ALERT, "CN", people)


@pytest.mark.parametrize(
    "event",
    [
        "另有一家五口上周在延吉因走私被公安带走。",
        "一家三口上周在延吉因走私被公安带走。",
        "一家五口中国游客上周在延吉被公安带走。",
    ],
    ids=["another-family", "another-size", "others-named"],
)
def test_another_family_told_after_a_reaction_is_not_the_people(event: str) -> None:
    """Another family (另有), one of another size, or one of another nationality (中国游客) is
    not carried to the people."""
    v = _reaction_first("人权团体关注朝鲜一家五口安危", event)
    assert v.tier is not Tier.ALERT


@pytest.mark.parametrize(
    ("lang", "title", "text", "status"),
    [
        ("zh-Hant", "北韓女子老街落網",
         "一名北韓女子上週從雲南河口偷渡至越南老街，被越南邊防截獲。越方已於週一將她移交中國警方。",
         Status.ARRESTED),
        ("zh", "朝鲜男子在芒街被抓",
         "一名朝鲜男子日前在越南芒街被边防抓获，越方核实身份后已将他移交东兴警方。",
         Status.ARRESTED),
        ("zh", "脱北男子在图们被抓",
         "消息人士称，一名脱北男子上月在图们被公安抓获，公安已将他遣返朝鲜。",
         Status.REPATRIATED),
        ("zh-Hant", "脫北女子在丹東被捕",
         "一名脫北女子上月在丹東被公安抓獲，公安將於下週將她遣返北韓。",
         Status.FACING_REPATRIATION),
    ],
    ids=["hant-ta-handover", "hans-ta-handover", "hans-ta-returned", "hant-ta-next-week"],
)  # fmt: skip
def test_jiang_before_one_persons_pronoun_marks_the_object_not_the_future(
    lang: str, title: str, text: str, status: Status
) -> None:
    verdict = verdict_of(lang, title, text)
    assert (verdict.tier, verdict.facts.status) == (Tier.ALERT, status)


@pytest.mark.parametrize(
    ("lang", "title", "text", "status"),
    [
        ("zh", "朝鲜船员在纳霍德卡被捕",
         "上月，一名从朝鲜货轮上逃离的船员在纳霍德卡被俄罗斯警方逮捕，他面临被遣返的危险。",
         Status.FACING_REPATRIATION),
        ("zh-Hant", "朝鮮船員在海參崴被拘",
         "兩名朝鮮船員上月未返回船上，本月初在海參崴被俄羅斯移民局拘留。",
         Status.DETAINED),
    ],
    ids=["hans-fled-freighter", "hant-did-not-go-back"],
)  # fmt: skip
def test_a_chinese_told_sailor_who_left_his_ship_is_an_escapee(
    lang: str, title: str, text: str, status: Status
) -> None:
    verdict = verdict_of(lang, title, text)
    assert (verdict.tier, verdict.facts.status, verdict.facts.country) == (
        Tier.ALERT,
        status,
        "RU",
    )


def test_a_chinese_told_rescued_crew_sent_home_stays_no_alert() -> None:
    verdict = verdict_of(
        "zh",
        "俄罗斯移交获救船员",
        "上月，俄罗斯海警救起朝鲜渔船上的三名船员，他们已自愿返回朝鲜。",
    )
    assert verdict.tier is not Tier.ALERT
