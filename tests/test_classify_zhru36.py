"""Kinds of mistakes a blind set of Chinese and Russian reports showed, each probed in every
language with sentences written for these tests; none is copied from a news report."""

from __future__ import annotations

from datetime import date

import pytest

from bot.classify import classify
from bot.domain import Document, Status, Tier, Verdict

ON = date(2026, 12, 5)  # a Saturday


def _verdict(lang: str, title: str, text: str) -> Verdict:
    return classify(Document("s", title, f"{title}\n{text}", lang, date=ON))


# Workers named first, their flight from the work site told after them: escapees, not workers
# sent home under sanctions.
WORKERS_WHO_FLED = [
    ("en", "North Korean workers flee site in Vladivostok, two caught",
     "Two North Korean workers fled a construction site in Vladivostok last month. Police "
     "caught them on Tuesday."),
    ("ko", "북한 노동자 2명 공사장 이탈…러시아 경찰에 체포",
     "북한 노동자 2명이 지난달 블라디보스토크의 공사장을 이탈했다. 러시아 경찰은 지난 1일 "
     "이들을 붙잡았다."),
    ("ja", "北朝鮮労働者2人が工事現場から逃走 ロシア警察が拘束",
     "北朝鮮労働者2人が先月、ウラジオストクの工事現場から逃走した。ロシア警察は1日、2人を拘束"
     "した。"),
    ("ru", "Северокорейские рабочие сбежали со стройки во Владивостоке, двое задержаны",
     "Двое северокорейских рабочих в ноябре сбежали со стройки во Владивостоке. Во вторник "
     "полиция их задержала."),
    ("zh", "朝鲜工人逃离海参崴工地 两人被抓",
     "两名朝鲜工人上月逃离海参崴一处工地。周二，警方将两人抓获。"),
    ("vi", "Lao động Triều Tiên bỏ trốn khỏi công trường, hai người bị bắt",
     "Hai lao động Triều Tiên đã bỏ trốn khỏi một công trường ở Vladivostok vào tháng trước. "
     "Cảnh sát Nga đã bắt giữ họ hôm thứ Ba."),
    ("th", "แรงงานเกาหลีเหนือหนีออกจากไซต์ก่อสร้าง ถูกจับ 2 คน",
     "แรงงานเกาหลีเหนือ 2 คนหนีออกจากไซต์ก่อสร้างในวลาดิวอสต็อกเมื่อเดือนที่แล้ว "
     "ตำรวจรัสเซียจับกุมพวกเขาได้เมื่อวันอังคาร"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("lang", "title", "text"), WORKERS_WHO_FLED, ids=[r[0] for r in WORKERS_WHO_FLED]
)
def test_workers_named_before_their_flight_are_escapees(lang: str, title: str, text: str) -> None:
    verdict = _verdict(lang, title, text)
    assert verdict.tier is Tier.ALERT
    assert verdict.facts.people == 2
    assert verdict.facts.country == "RU"


# One speaker counted ("one official of the group") in a sentence on the return: a source, not
# the people, whom a later sentence counts.
SPEAKER_COUNTED = [
    ("en", "Rights group condemns China's new forced returns",
     "\"This is a blatant violation,\" one official of the Seoul-based group said on Wednesday of "
     "China's latest forced repatriation. Chinese authorities sent about 50 North Korean "
     "defectors back across the bridge in Dandong on Sunday."),
    ("ko", "인권단체, 中 강제북송 규탄",
     "\"명백한 국제법 위반이다.\" 서울의 한 인권단체 관계자 한 명은 3일 중국의 최근 강제북송을 "
     "이렇게 비판했다. 중국 당국은 지난 1일 단둥에서 탈북민 약 50명을 북한으로 돌려보냈다."),
    ("ja", "人権団体、中国の強制送還を非難",
     "「明白な国際法違反だ」。ソウルの人権団体の幹部の一人は3日、中国による最新の強制送還を"
     "こう批判した。中国当局は1日、丹東で脱北者約50人を北朝鮮に送還した。"),
    ("ru", "Правозащитники осудили новую высылку беглецов из КНДР",
     "«Это грубое нарушение международного права», — так один из руководителей сеульской "
     "правозащитной группы в среду оценил очередную принудительную высылку из Китая. Власти "
     "Китая в воскресенье вернули в КНДР около 50 северокорейских беглецов из Даньдуна."),
    ("zh", "人权组织谴责中国再次遣返脱北者",
     "“这是公然违反国际法。”首尔一家人权组织的一名负责人周三这样评论中国最新一轮强制遣返。"
     "中国当局周日用大巴将约50名脱北者从丹东送回朝鲜。"),
    ("zh", "7名脱北者经泰国抵达韩国",
     "据一名协助他们的韩国牧师介绍，7名脱北者本周从曼谷移民拘留中心获释后抵达首尔。"),
    ("vi", "Tổ chức nhân quyền lên án Trung Quốc cưỡng chế hồi hương",
     "\"Đây là hành vi vi phạm trắng trợn luật quốc tế\", một lãnh đạo của tổ chức nhân quyền ở "
     "Seoul nói hôm thứ Tư về đợt cưỡng chế hồi hương mới nhất của Trung Quốc. Chính quyền Trung "
     "Quốc hôm Chủ nhật đã trả khoảng 50 người đào tẩu Triều Tiên về nước từ Đan Đông."),
    ("th", "องค์กรสิทธิมนุษยชนประณามจีนส่งตัวผู้แปรพักตร์กลับ",
     "\"นี่คือการละเมิดกฎหมายระหว่างประเทศอย่างชัดเจน\" ผู้บริหารคนหนึ่งขององค์กรสิทธิมนุษยชนใน"
     "กรุงโซลกล่าวเมื่อวันพุธถึงการบังคับส่งกลับครั้งล่าสุดของจีน ทางการจีนส่งผู้แปรพักตร์"
     "เกาหลีเหนือประมาณ 50 คนกลับเกาหลีเหนือจากตานตงเมื่อวันอาทิตย์"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("lang", "title", "text"),
    SPEAKER_COUNTED,
    ids=[f"{r[0]}-{i}" for i, r in enumerate(SPEAKER_COUNTED)],
)
def test_a_speaker_counted_is_not_the_people(lang: str, title: str, text: str) -> None:
    verdict = _verdict(lang, title, text)
    assert verdict.tier is Tier.ALERT
    assert verdict.facts.people in (50, 7)


# A group counted over a past period ("last year 14 were deported") beside one person held on a
# recent day: a past year's group, neither the status nor the count. (Thai runs these sentences
# into one, which this reading of whole sentences does not part.)
PAST_PERIOD_GROUP = [
    ("en", "North Korean man detained in Sakhalin",
     "Police in Korsakov detained a North Korean man on Tuesday who had left a fish plant two "
     "years ago. He is being held in a detention centre for foreigners. Last year 14 North "
     "Koreans were deported from the region."),
    ("ko", "사할린서 북한 남성 구금",
     "코르사코프 경찰은 지난 1일 2년 전 수산물 공장을 이탈한 북한 남성을 붙잡았다. 그는 외국인 "
     "수용소에 구금돼 있다. 지난해 이 지역에서는 북한 주민 14명이 추방됐다."),
    ("ja", "サハリンで北朝鮮の男性を拘束",
     "コルサコフの警察は1日、2年前に水産加工場から逃げた北朝鮮の男性を拘束した。男性は現在も"
     "警察に拘束されている。昨年、同地域からは北朝鮮人14人が国外追放された。"),
    ("ru", "На Сахалине задержан гражданин КНДР",
     "Полиция Корсакова во вторник задержала гражданина КНДР, который два года назад ушел с "
     "рыбзавода. Его поместили в центр временного содержания иностранных граждан. В прошлом "
     "году из области выдворили 14 граждан КНДР."),
    ("zh", "萨哈林一朝鲜男子被拘",
     "科尔萨科夫警方周二拘留了一名此前逃离鱼类加工厂的朝鲜男子。他目前被关押在外国人收容"
     "中心。去年，该地区共有14名朝鲜人被驱逐出境。"),
    ("vi", "Một người Triều Tiên bị tạm giữ ở Sakhalin",
     "Cảnh sát Korsakov hôm thứ Ba đã tạm giữ một người đàn ông Triều Tiên bỏ trốn khỏi nhà máy "
     "chế biến cá hai năm trước. Ông đang bị giam tại trung tâm tạm giữ người nước ngoài. Năm "
     "ngoái, 14 người Triều Tiên đã bị trục xuất khỏi khu vực này."),
]  # fmt: skip


@pytest.mark.parametrize(
    ("lang", "title", "text"), PAST_PERIOD_GROUP, ids=[r[0] for r in PAST_PERIOD_GROUP]
)
def test_a_group_counted_over_a_past_period_is_another_group(
    lang: str, title: str, text: str
) -> None:
    verdict = _verdict(lang, title, text)
    assert verdict.tier is Tier.ALERT
    assert verdict.facts.status in (Status.DETAINED, Status.ARRESTED)
    assert verdict.facts.people == 1


# The same beside the headline's people, whom no sentence dates: the news is theirs.
PAST_PERIOD_BESIDE_HEADLINE = [
    ("en", "Court orders deportation of three more North Koreans",
     "A court in Nakhodka ordered the deportation of three North Korean men who had left a "
     "shipyard. Last year 27 North Koreans were deported from the region."),
    ("ko", "법원, 북한 주민 3명 또 추방 결정",
     "나홋카 법원은 조선소를 이탈한 북한 남성 3명에 대해 북한으로의 추방 결정을 내렸다. 지난해 이 지역에서는 "
     "북한 주민 27명이 추방됐다."),
    ("ja", "裁判所、北朝鮮人3人の送還を決定",
     "ナホトカの裁判所は、造船所から逃げた北朝鮮の男性3人を北朝鮮へ送還すると決めた。昨年、同地域からは"
     "北朝鮮人27人が国外追放された。"),
    ("ru", "Суд выдворит еще троих граждан КНДР",
     "Суд Находки назначил выдворение троим гражданам КНДР, которые ушли с судоверфи. За весь "
     "прошлый год из края выдворили 27 граждан КНДР."),
    ("zh", "法院裁定将3名朝鲜人遣返朝鲜",
     "纳霍德卡法院裁定将3名逃离造船厂的朝鲜男子遣返朝鲜。去年，该地区共有27名朝鲜人被驱逐"
     "出境。"),
    ("vi", "Tòa án ra lệnh trục xuất thêm 3 người Triều Tiên",
     "Tòa án Nakhodka đã ra lệnh trục xuất 3 người đàn ông Triều Tiên bỏ trốn khỏi xưởng đóng "
     "tàu. Năm ngoái, 27 người Triều Tiên đã bị trục xuất khỏi khu vực này."),
]  # fmt: skip


@pytest.mark.parametrize(
    ("lang", "title", "text"),
    PAST_PERIOD_BESIDE_HEADLINE,
    ids=[r[0] for r in PAST_PERIOD_BESIDE_HEADLINE],
)
def test_a_past_periods_group_is_not_the_headlines_people(
    lang: str, title: str, text: str
) -> None:
    verdict = _verdict(lang, title, text)
    assert verdict.tier is Tier.ALERT
    assert verdict.facts.status is Status.FACING_REPATRIATION
    assert verdict.facts.people == 3


# A court's ruling or order to send them back, the people between it and the return: ordered,
# not done.
RULED_SENT_BACK = [
    ("en", "Court rules three North Koreans be sent back",
     "A court in Ussuriysk ruled on Wednesday that three North Korean men who left a building "
     "site be sent back to North Korea."),
    ("ko", "법원, 북한 남성 3명 북송 결정",
     "우수리스크 법원은 3일 건설 현장을 이탈한 북한 남성 3명을 북한으로 송환하기로 결정했다."),
    ("ja", "裁判所、北朝鮮の男性3人の送還を決定",
     "ウスリースクの裁判所は3日、建設現場から逃げた北朝鮮の男性3人を北朝鮮に送還すると決定した。"),
    ("ru", "Суд решил выслать троих граждан КНДР",
     "Суд Уссурийска в среду решил выслать в КНДР троих мужчин, которые ушли со стройки."),
    ("zh", "法院裁定将3名朝鲜男子遣返",
     "乌苏里斯克法院周三裁定将3名逃离工地的朝鲜男子遣返朝鲜。"),
    ("vi", "Tòa án quyết định trả 3 người Triều Tiên về nước",
     "Tòa án Ussuriysk hôm thứ Tư đã quyết định trả 3 người đàn ông Triều Tiên bỏ trốn khỏi công "
     "trường về Triều Tiên."),
    ("th", "ศาลสั่งส่งชายเกาหลีเหนือ 3 คนกลับประเทศ",
     "ศาลอุสซูรีสค์มีคำสั่งเมื่อวันพุธให้ส่งชายชาวเกาหลีเหนือ 3 คนที่หนีออกจากไซต์ก่อสร้างกลับ"
     "เกาหลีเหนือ"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("lang", "title", "text"), RULED_SENT_BACK, ids=[r[0] for r in RULED_SENT_BACK]
)
def test_a_ruling_to_send_them_back_is_only_a_threat(lang: str, title: str, text: str) -> None:
    verdict = _verdict(lang, title, text)
    assert verdict.facts.status is Status.FACING_REPATRIATION
    assert verdict.facts.people == 3


# 关进 (locked up) read across an authority and the verb after it (公安机关进一步审查): no custody.
@pytest.mark.parametrize(
    "text",
    [
        "12月2日，丹东边防民警在鸭绿江边查获3名非法越境的朝鲜籍男子。目前，3人已移交公安机关"
        "进一步审查。",
        "12月2日，丹东边防民警在鸭绿江边查获3名非法越境的朝鲜籍男子，有关机关进行调查。",
    ],
    ids=["further", "investigates"],
)
def test_an_authority_before_a_verb_locks_no_one_up(text: str) -> None:
    verdict = _verdict("zh", "丹东警方查获3名朝鲜籍男子", text)
    assert verdict.tier is Tier.ALERT
    assert verdict.facts.status is Status.ARRESTED
    assert verdict.facts.people == 3


# The border town on the way to Finland and the short name of its oblast (Ленобласть) are in
# Russia. (Vietnamese reads biên phòng beside them as Vietnam's border guards: left.)
VYBORG = [
    ("en", "Two North Koreans detained at Finnish border",
     "Border guards detained two North Korean men at a checkpoint near Vyborg on Tuesday as they "
     "tried to cross into Finland with false passports."),
    ("ru", "Двух граждан КНДР задержали у финской границы",
     "Пограничники во вторник задержали двух граждан КНДР на КПП в Выборгском районе Ленобласти "
     "при попытке выехать в Финляндию по чужим паспортам."),
    ("ja", "北朝鮮の男性2人、フィンランド国境で拘束",
     "北朝鮮の男性2人が1日、偽造旅券でヴィボルグ近くの検問所からフィンランドへ出国しようとして"
     "国境警備隊に拘束された。"),
    ("th", "ชายเกาหลีเหนือ 2 คนถูกจับที่ชายแดนฟินแลนด์",
     "ชายชาวเกาหลีเหนือ 2 คนถูกเจ้าหน้าที่รักษาชายแดนจับกุมเมื่อวันอังคารที่ด่านตรวจใกล้เมือง"
     "วีบอร์กขณะพยายามข้ามไปฟินแลนด์ด้วยหนังสือเดินทางปลอม"),
    ("zh", "两名朝鲜人在芬兰边境附近被拘",
     "两名朝鲜男子周二持假护照试图从维堡附近的口岸前往芬兰时被边防人员拘留。"),
    ("ko", "북한 남성 2명 핀란드 국경서 체포",
     "북한 남성 2명이 지난 1일 위조 여권으로 비보르크 인근 검문소를 통해 핀란드로 넘어가려다 "
     "국경수비대에 체포됐다."),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "title", "text"), VYBORG, ids=[r[0] for r in VYBORG])
def test_vyborg_is_in_russia(lang: str, title: str, text: str) -> None:
    verdict = _verdict(lang, title, text)
    assert verdict.tier is Tier.ALERT
    assert verdict.facts.country == "RU"
