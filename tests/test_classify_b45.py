"""Round-45 kinds from reports that open on background and count groups in parts, probed in
every language.

Every sentence here was written for these tests; none is copied from a news report.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.classify import classify
from bot.domain import Document, Status, Verdict

ON = date(2026, 12, 7)


def verdict_of(lang: str, text: str) -> Verdict:
    return classify(Document("b45", "", text, lang, date=ON))


# A return the report estimates or guesses (估计已被遣返, と推測される, 아마 이미 북송됐을 것이다):
# inferred, so only feared.
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "ko",
            "이달 초 옌지에서 공안에 체포된 탈북 여성 5명은 아마 이미 북송됐을 것이다.",
        ),
        (
            "ja",
            "今月初めに延吉で公安に拘束された脱北女性5人は、すでに送還されたと推測される。",
        ),
        (
            "ja",
            "今月初めに延吉で公安に拘束された脱北女性5人は、おそらくすでに送還されただろう。",
        ),
        ("zh-Hans", "本月初在延吉被公安带走的五名朝鲜女子，估计已被遣返。"),
        ("zh-Hans", "本月初在延吉被公安带走的五名朝鲜女子，推测已被遣返。"),
        ("zh-Hant", "本月初在延吉被公安帶走的五名北韓女子，估計已被遣返。"),
        (
            "en",
            "Five North Korean women were arrested by police in Yanji early this month. Their "
            "broker estimates they have probably already been repatriated.",
        ),
        (
            "ru",
            "Пять северокорейских женщин, задержанных полицией в Яньцзи в начале месяца, по всей "
            "видимости, уже депортированы в КНДР.",
        ),
        (
            "vi",
            "Năm phụ nữ Triều Tiên bị công an bắt ở Diên Cát đầu tháng này có lẽ đã bị trả về.",
        ),
        (
            "th",
            "หญิงชาวเกาหลีเหนือ 5 คนที่ถูกตำรวจจับกุมที่เมืองหยานจีเมื่อต้นเดือน คาดว่าถูกส่งตัวกลับแล้ว",
        ),
    ],
)
def test_an_estimated_return_is_only_feared(lang: str, text: str) -> None:
    verdict = verdict_of(lang, text)
    assert verdict.alert
    assert verdict.facts.status is Status.FACING_REPATRIATION


_SENT_BACK = {
    "en": "Three North Korean women arrested in Dandong in October were sent back to North "
    "Korea last week. ",
    "ko": "10월 단둥에서 체포된 탈북 여성 3명이 지난주 북한으로 강제송환됐다. ",
    "ja": "10月に丹東で拘束された脱北女性3人が先週、北朝鮮に送還された。",
    "zh-Hans": "10月在丹东被捕的三名朝鲜女子上周已被遣返朝鲜。",
    "zh-Hant": "10月在丹東被捕的三名北韓女子上週已被遣返北韓。",
    "ru": "Три северокорейские женщины, задержанные в Даньдуне в октябре, на прошлой неделе "
    "были отправлены обратно в КНДР. ",
    "vi": "Ba phụ nữ Triều Tiên bị bắt ở Đan Đông hồi tháng 10 đã bị trả về Triều Tiên tuần "
    "trước. ",
    "th": "หญิงชาวเกาหลีเหนือ 3 คนที่ถูกจับกุมที่ตานตงเมื่อเดือนตุลาคม ถูกส่งตัวกลับเกาหลีเหนือแล้วเมื่อสัปดาห์ที่แล้ว ",
}


# A relative's arrival long ago, unnumbered (早年, 오래전, ずっと前, vài năm trước,
# เมื่อนานมาแล้ว): the relative's past, not the people's all-clear.
@pytest.mark.parametrize(
    ("lang", "tail"),
    [
        ("en", "Her sister, who reached South Korea long ago, said she was devastated."),
        ("ko", "그의 여동생은 오래전 한국에 도착했으며 충격에 빠졌다고 말했다."),
        ("ja", "妹はずっと前に韓国に到着しており、知らせに打ちのめされたと語った。"),
        ("zh-Hans", "她的妹妹早年抵达韩国，她说得知消息后整个人都崩溃了。"),
        ("zh-Hans", "她的妹妹前些年抵达韩国，她说得知消息后整个人都崩溃了。"),
        ("zh-Hant", "她的妹妹很久以前抵達南韓，她說得知消息後整個人都崩潰了。"),
        ("ru", "Её сестра, которая давно прибыла в Южную Корею, сказала, что потрясена."),
        ("vi", "Em gái cô, đã đến Hàn Quốc vài năm trước, nói rằng cô rất đau đớn."),
        ("th", "น้องสาวของเธอซึ่งเดินทางถึงเกาหลีใต้เมื่อนานมาแล้วกล่าวว่าเสียใจมาก"),
    ],
)
def test_an_arrival_long_ago_is_not_the_peoples(lang: str, tail: str) -> None:
    verdict = verdict_of(lang, _SENT_BACK[lang] + tail)
    assert verdict.facts.status is Status.REPATRIATED


# The relative of one of the people (其中一人的妹妹, 이들 중 한 명의 여동생, sister of one of
# them): someone else, whose arrival is not the people's.
@pytest.mark.parametrize(
    ("lang", "tail"),
    [
        ("en", "The sister of one of them, who reached South Korea, said she was devastated."),
        ("ko", "이들 중 한 명의 여동생은 한국에 도착했으며 충격에 빠졌다고 말했다."),
        ("ja", "そのうち1人の妹は韓国に到着しており、知らせに打ちのめされたと語った。"),
        ("zh-Hans", "其中一人的妹妹抵达韩国，她说得知消息后整个人都崩溃了。"),
        ("zh-Hant", "其中一人的妹妹抵達南韓，她說得知消息後整個人都崩潰了。"),
        ("ru", "Сестра одной из них, которая прибыла в Южную Корею, сказала, что потрясена."),
        ("vi", "Em gái của một người trong số họ, đã đến Hàn Quốc, nói rằng cô rất đau đớn."),
        ("th", "น้องสาวของหนึ่งในนั้นซึ่งเดินทางถึงเกาหลีใต้กล่าวว่าเสียใจมาก"),
    ],
)
def test_the_relative_of_one_of_them_is_someone_else(lang: str, tail: str) -> None:
    verdict = verdict_of(lang, _SENT_BACK[lang] + tail)
    assert verdict.facts.status is Status.REPATRIATED


# An earlier group's release and arrival told as background, then "a new group" held: the
# incident is the new group's, facing a handover.
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "In September Laos freed three North Koreans held in Vientiane since the summer, "
            "and in October they arrived in Seoul.\nBut last week police in Bokeo detained a new "
            "group of three men and two women who had crossed the Mekong. All five were taken to "
            "Vientiane and could be handed over to China.",
        ),
        (
            "ko",
            "9월 라오스는 여름부터 비엔티안에 구금돼 있던 북한 주민 3명을 석방했고, 이들은 10월 "
            "서울에 도착했다.\n그러나 지난주 보케오주 경찰이 메콩강을 건넌 남성 3명과 여성 2명 등 "
            "새로운 일행을 붙잡았다. 5명은 비엔티안으로 옮겨졌으며 중국에 넘겨질 수 있다.",
        ),
        (
            "ja",
            "9月、ラオス当局は夏からビエンチャンで拘束していた北朝鮮の人3人を釈放し、3人は10月に"
            "ソウルに到着した。\nしかし先週、ボケオ県の警察がメコン川を渡った男性3人と女性2人の"
            "新たなグループを拘束した。5人はビエンチャンに移送され、中国に引き渡される可能性がある。",
        ),
        (
            "zh-Hans",
            "9月，老挝当局释放了自夏天起被关押在万象的3名朝鲜人，他们10月抵达首尔。\n但上周，"
            "博胶省警方又抓获了渡过湄公河的新一批人，包括3名男子和2名女子。5人已被移送万象，"
            "可能被移交中国。",
        ),
        (
            "zh-Hant",
            "9月，寮國當局釋放了自夏天起被關押在永珍的3名北韓人，他們10月抵達首爾。\n但上週，"
            "博膠省警方又抓獲了渡過湄公河的新一批人，包括3名男子和2名女子。5人已被移送永珍，"
            "可能被移交中國。",
        ),
        (
            "ru",
            "В сентябре власти Лаоса освободили троих северокорейцев, которых с лета держали во "
            "Вьентьяне; в октябре они прибыли в Сеул.\nОднако на прошлой неделе полиция провинции "
            "Бокео задержала новую группу — троих мужчин и двух женщин, переправившихся через "
            "Меконг. Всех пятерых перевезли во Вьентьян, и их могут передать Китаю.",
        ),
        (
            "vi",
            "Tháng 9, chính quyền Lào đã thả 3 người Triều Tiên bị giam ở Viêng Chăn từ mùa hè, "
            "và họ đã đến Seoul vào tháng 10.\nNhưng tuần trước, cảnh sát tỉnh Bokeo đã bắt giữ "
            "một nhóm mới gồm 5 người Triều Tiên vượt sông Mê Kông. Cả 5 người đã bị đưa về "
            "Viêng Chăn và có thể bị trao cho Trung Quốc.",
        ),
        (
            "th",
            "เมื่อเดือนกันยายน ทางการลาวปล่อยตัวชาวเกาหลีเหนือ 3 คนที่ถูกควบคุมตัวที่เวียงจันทน์"
            "ตั้งแต่ฤดูร้อน และทั้งสามเดินทางถึงกรุงโซลในเดือนตุลาคม\nแต่เมื่อสัปดาห์ที่แล้ว "
            "ตำรวจแขวงบ่อแก้วจับกุมกลุ่มใหม่ซึ่งเป็นชาย 3 คนและหญิง 2 คนที่ข้ามแม่น้ำโขงมา "
            "ทั้ง 5 คนถูกนำตัวไปเวียงจันทน์และอาจถูกส่งตัวให้จีน",
        ),
    ],
)
def test_a_new_group_held_after_an_earlier_release(lang: str, text: str) -> None:
    verdict = verdict_of(lang, text)
    assert verdict.alert
    assert verdict.facts.status is Status.FACING_REPATRIATION


# A memorial on an anniversary of a return long past (追悼式, lễ tưởng niệm, พิธีรำลึก,
# ครบรอบ 20 ปี), its day told beside it: an old case remembered, no alert.
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "On the 20th anniversary of the return of twelve North Korean refugees from the "
            "Chinese border, rights groups held a memorial in Seoul on Saturday.",
        ),
        (
            "ko",
            "중국 국경에서 탈북민 12명이 강제북송된 지 20주년을 맞아 인권단체들이 토요일 서울에서 "
            "추모식을 열었다.",
        ),
        (
            "ja",
            "中国国境で脱北者12人が強制送還されてから20周年を迎え、人権団体が土曜日にソウルで"
            "追悼式を開いた。",
        ),
        ("zh-Hans", "12名脱北者在中国边境被强制遣返20周年之际，人权团体周六在首尔举行悼念活动。"),
        ("zh-Hant", "12名脫北者在中國邊境被強制遣返20週年之際，人權團體週六在首爾舉行悼念活動。"),
        (
            "ru",
            "В 20-ю годовщину высылки двенадцати беглецов из КНДР с китайской границы "
            "правозащитники в субботу провели в Сеуле траурную акцию.",
        ),
        (
            "vi",
            "Nhân kỷ niệm 20 năm ngày 12 người tị nạn Triều Tiên bị trả về từ biên giới Trung "
            "Quốc, các tổ chức nhân quyền đã tổ chức lễ tưởng niệm tại Seoul hôm thứ Bảy.",
        ),
        (
            "th",
            "ครบรอบ 20 ปี เหตุการณ์ที่ผู้ลี้ภัยเกาหลีเหนือ 12 คนถูกส่งตัวกลับจากชายแดนจีน "
            "องค์กรสิทธิมนุษยชนจัดพิธีรำลึกที่กรุงโซลเมื่อวันเสาร์",
        ),
    ],
)
def test_a_memorial_on_an_anniversary_is_no_alert(lang: str, text: str) -> None:
    assert not verdict_of(lang, text).alert


# A custody told now stays an alert when a memorial mentions it after.
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "ja",
            "丹東の公安は先週、脱北者5人を拘束した。5人は看守所に収容されており、送還される恐れが"
            "ある。支援団体は土曜日、ソウルで開いた追悼式でこの事件に触れた。",
        ),
        (
            "vi",
            "Công an Đan Đông tuần trước đã bắt 5 người Triều Tiên đào tẩu. Họ đang bị giam và có "
            "nguy cơ bị trả về. Các nhà hoạt động nhắc đến vụ việc tại lễ tưởng niệm ở Seoul hôm "
            "thứ Bảy.",
        ),
        (
            "th",
            "ตำรวจตานตงจับกุมผู้หลบหนีชาวเกาหลีเหนือ 5 คนเมื่อสัปดาห์ที่แล้ว "
            "ขณะนี้ทั้ง 5 คนถูกควบคุมตัวและเสี่ยงถูกส่งกลับ\n"
            "นักเคลื่อนไหวกล่าวถึงเหตุการณ์นี้ในพิธีรำลึกที่กรุงโซลเมื่อวันเสาร์",
        ),
    ],
)
def test_a_custody_a_memorial_mentions_stays_an_alert(lang: str, text: str) -> None:
    verdict = verdict_of(lang, text)
    assert verdict.alert
    assert verdict.facts.status is Status.FACING_REPATRIATION
