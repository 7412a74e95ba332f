"""javith30: kinds found by the Japanese, Vietnamese and Thai blind set stress30_javith30.

Every sentence here was written for these tests; none is copied from a news report.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.classify import classify
from bot.domain import Document, Status

ON = date(2026, 12, 6)


def _read(title: str, text: str, lang: str):  # type: ignore[no-untyped-def]
    return classify(Document("q", title, f"{title}\n{text}", lang=lang, date=ON))


@pytest.mark.parametrize(
    ("title", "text", "people", "country"),
    [
        ("ラオスで拘束の脱北者5人、国境で中国側へ",
         "ラオスで捕まった脱北者5人が、中国の公安当局に引き渡されたと支援団体が明らかにした。",
         5, "LA"),
        ("脱北者2人の身柄、ラオスから中国へ",
         "ラオス北部で拘束された脱北者2人は、ボーテンで中国の国境警備隊に引き渡された。",
         2, "LA"),
    ],
    ids=["koan-tokyoku", "kokkyo-keibitai"],
)  # fmt: skip
def test_ja_handed_to_the_neighbours_police_is_no_return(
    title: str, text: str, people: int, country: str
) -> None:
    verdict = _read(title, text, "ja")
    assert verdict.alert
    assert verdict.facts.status is Status.ARRESTED
    assert verdict.facts.people == people
    assert verdict.facts.country == country


def test_ja_handed_to_the_neighbours_police_with_a_fear_is_a_threat() -> None:
    verdict = _read(
        "ラオスで拘束の脱北者4人、中国側へ　送還の恐れ",
        "ラオスで捕まった脱北者4人が、中国の公安当局に引き渡された。"
        "支援団体は北朝鮮に送り返される恐れがあるとしている。",
        "ja",
    )
    assert verdict.facts.status is Status.FACING_REPATRIATION
    assert verdict.facts.people == 4


@pytest.mark.parametrize(
    ("title", "text", "lang"),
    [
        ("LHQ quan ngại về 8 người Triều Tiên bị giam ở Lào Cai",
         "Tám người Triều Tiên bị bắt hồi tháng trước đang bị giam tại Lào Cai. "
         "Họ có nguy cơ bị trả về Trung Quốc rồi bị đưa về Triều Tiên.", "vi"),
        ("Tám người Triều Tiên bị bắt ở Lạng Sơn",
         "Tám người Triều Tiên bị bắt ở Lạng Sơn hôm thứ Hai. Nhóm này có thể bị giao cho "
         "phía Trung Quốc rồi bị cưỡng bức hồi hương.", "vi"),
        ("Tám người Triều Tiên bị bắt ở Lạng Sơn",
         "Tám người Triều Tiên bị bắt ở Lạng Sơn hôm thứ Hai. Họ đang đối mặt nguy cơ bị trục "
         "xuất sang Trung Quốc rồi bị trả về Triều Tiên.", "vi"),
        ("Eight North Koreans held in Lao Cai",
         "Eight North Koreans arrested last month are held in Lao Cai. They face deportation "
         "to China and then being sent back to North Korea.", "en"),
    ],
    ids=["vi-nguy-co-roi", "vi-co-the-roi", "vi-doi-mat-roi", "en-face-then"],
)  # fmt: skip
def test_a_return_after_a_threatened_handover_is_threatened_too(
    title: str, text: str, lang: str
) -> None:
    verdict = _read(title, text, lang)
    assert verdict.alert
    assert verdict.facts.status is Status.FACING_REPATRIATION
    assert verdict.facts.people == 8


def test_vi_then_after_a_done_handover_tells_a_return_done() -> None:
    verdict = _read(
        "Bốn người Triều Tiên bị trả về",
        "Bốn người Triều Tiên bị bắt ở Lạng Sơn hồi tháng 10 đã bị giao cho Trung Quốc "
        "rồi bị đưa về Triều Tiên tuần trước.",
        "vi",
    )
    assert verdict.facts.status is Status.REPATRIATED
    assert verdict.facts.people == 4


@pytest.mark.parametrize(
    ("title", "text", "lang"),
    [
        ("ศาลปรับชาวเกาหลีเหนือ 6 คน",
         "ชาวเกาหลีเหนือ 6 คนถูกจับที่หนองคายเมื่อสัปดาห์ก่อน หลังชำระค่าปรับ "
         "ทั้ง 6 คนถูกส่งตัวกลับไปควบคุมไว้ที่ห้องกัก ตม.", "th"),
        ("Court fines six North Koreans in Nong Khai",
         "Six North Koreans were caught in Nong Khai last week. After paying the fine, the six "
         "were sent back to the immigration detention centre.", "en"),
        ("Tòa phạt 6 người Triều Tiên",
         "Sáu người Triều Tiên bị bắt ở Lạng Sơn tuần trước. Sau khi nộp phạt, cả 6 người bị "
         "đưa trở lại trại tạm giam.", "vi"),
        ("脱北者6人に罰金刑",
         "先週ノンカイで拘束された脱北者6人は、罰金を支払った後、入管施設に送り返された。", "ja"),
        ("탈북민 6명 벌금형",
         "지난주 농카이에서 붙잡힌 탈북민 6명은 벌금을 낸 뒤 다시 이민국 구금시설로 "
         "돌려보내졌다.", "ko"),
    ],
    ids=["th", "en", "vi", "ja", "ko"],
)  # fmt: skip
def test_sent_back_to_a_detention_centre_is_held_not_returned(
    title: str, text: str, lang: str
) -> None:
    verdict = _read(title, text, lang)
    assert verdict.alert
    assert verdict.facts.status is Status.DETAINED
    assert verdict.facts.people == 6


@pytest.mark.parametrize(
    ("title", "text", "lang"),
    [
        ("Three North Koreans sent back",
         "Three North Koreans caught in Jilin last month were sent back to North Korea and "
         "taken to a detention centre in Hyesan.", "en"),
        ("脱北者3人送還",
         "先月吉林省で拘束された脱北者3人が北朝鮮に送り返され、恵山の収容施設に入れられた。", "ja"),
    ],
    ids=["en", "ja"],
)  # fmt: skip
def test_sent_back_to_the_north_and_held_there_is_a_return(
    title: str, text: str, lang: str
) -> None:
    assert _read(title, text, lang).facts.status is Status.REPATRIATED


@pytest.mark.parametrize(
    ("title", "text", "lang"),
    [
        ("Biên phòng Móng Cái bắt giữ hai người vượt sông",
         "Đồn Biên phòng Ka Long bắt giữ ông Kim (45 tuổi) và con trai khi họ vừa lội qua sông "
         "Ka Long từ Trung Quốc sang. Ông Kim khai mang quốc tịch Triều Tiên.", "vi"),
        ("Bắt người đàn ông Triều Tiên và con trai ở Móng Cái",
         "Đồn Biên phòng Ka Long bắt giữ ông Kim (45 tuổi) và con trai khi họ vừa lội qua sông "
         "Ka Long từ Trung Quốc sang.", "vi"),
        ("ตำรวจแม่สายจับกุมผู้ลักลอบเข้าเมือง",
         "ตำรวจ สภ.แม่สาย จ.เชียงราย จับกุมนายคิม อายุ 45 ปี และลูกชาย ชาวเกาหลีเหนือ "
         "ได้ที่ริมแม่น้ำสาย ขณะลุยน้ำข้ามมาจากฝั่งท่าขี้เหล็ก", "th"),
        ("ตำรวจเชียงแสนจับกุมผู้ลักลอบเข้าเมือง",
         "ตำรวจ สภ.เชียงแสน จับกุมนางลี อายุ 52 ปี พร้อมลูกสาว ชาวเกาหลีเหนือ ขณะขึ้นฝั่ง"
         "แม่น้ำโขง ที่บ้านสบรวก อ.เชียงแสน", "th"),
        ("ベトナム北東部で脱北の父子拘束",
         "ベトナム北東部クアンニン省で、北朝鮮出身のキム・ソンホさん（45）と息子が警察に"
         "拘束された。", "ja"),
    ],
    ids=["vi-ong", "vi-headline-man", "th-nai", "th-nang-phrom", "ja-san"],
)  # fmt: skip
def test_a_person_named_with_an_age_and_a_relative_are_two(
    title: str, text: str, lang: str
) -> None:
    verdict = _read(title, text, lang)
    assert verdict.alert
    assert verdict.facts.status is Status.ARRESTED
    assert verdict.facts.people == 2


@pytest.mark.parametrize(
    ("title", "text", "lang"),
    [
        ("Biên phòng Móng Cái bắt giữ một người vượt sông",
         "Đồn Biên phòng Ka Long bắt giữ ông Kim (45 tuổi) khi ông vừa lội qua sông Ka Long từ "
         "Trung Quốc sang. Ông Kim khai mang quốc tịch Triều Tiên.", "vi"),
        ("ベトナム北東部で拘束",
         "ベトナム北東部クアンニン省で、北朝鮮出身のキム・ソンホさん（45）が警察に拘束された。",
         "ja"),
    ],
    ids=["vi", "ja"],
)  # fmt: skip
def test_a_person_named_with_an_age_alone_is_one(title: str, text: str, lang: str) -> None:
    assert _read(title, text, lang).facts.people == 1


@pytest.mark.parametrize(
    "title",
    [
        "Lạng Sơn: bắt giữ người đàn ông Triều Tiên vượt biên trái phép",
        "Quảng Ninh: bắt giữ người đàn ông Bắc Hàn lội sông sang Móng Cái",
    ],
    ids=["trieu-tien", "bac-han"],
)
def test_vi_a_man_or_woman_named_by_the_nationality_is_a_north_korean(title: str) -> None:
    verdict = _read(
        title,
        "Ngày 3/12, Đồn Biên phòng Tân Thanh bắt giữ một người khi đang đi bộ qua đường mòn từ "
        "Trung Quốc sang. Người này không có giấy tờ tùy thân.",
        "vi",
    )
    assert verdict.alert
    assert verdict.facts.status is Status.ARRESTED
    assert verdict.facts.country == "VN"


@pytest.mark.parametrize(
    "text",
    [
        "ทางการลาวได้ส่งตัวชาวเกาหลีเหนือ 5 คน ซึ่งถูกจับกุมที่แขวงบ่อแก้วเมื่อเดือนที่แล้ว "
        "ให้ฝ่ายเกาหลีเหนือเมื่อสัปดาห์ที่ผ่านมา",
        "ทางการลาวได้ส่งตัวผู้หลบหนีชาวเกาหลีเหนือ 5 คนที่ถูกจับที่แขวงหลวงน้ำทาให้เกาหลีเหนือแล้ว",
        "ทางการลาวส่งมอบชาวเกาหลีเหนือ 5 คนที่ถูกจับกุมที่แขวงบ่อแก้วให้เจ้าหน้าที่เกาหลีเหนือเมื่อวันจันทร์",
    ],
    ids=["fai", "bare", "chaonathi"],
)
def test_th_handed_to_the_north_or_its_side_is_a_return(text: str) -> None:
    verdict = _read("ลาวส่งตัวชาวเกาหลีเหนือ 5 คน", text, "th")
    assert verdict.alert
    assert verdict.facts.status is Status.REPATRIATED
    assert verdict.facts.people == 5
    assert verdict.facts.country == "LA"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("中国遼寧省丹東市で今月初め、北朝鮮を脱出した30代の女性が公安当局に拘束された。"
         "ブローカーは罰金を支払って数日後に釈放されたが、女性は依然として丹東市公安局の施設に"
         "拘束されているという。", "ja"),
        ("中国遼寧省丹東市で今月初め、北朝鮮を脱出した30代の女性が公安当局に拘束された。"
         "仲介役の男は罰金を払って釈放されたが、女性は今も収容施設に収容されている。", "ja"),
        ("이달 초 랴오닝성 단둥에서 30대 탈북 여성이 공안에 체포됐다. 브로커는 벌금을 내고 "
         "며칠 뒤 풀려났지만, 여성은 여전히 단둥 공안국에 구금돼 있다.", "ko"),
    ],
    ids=["ja-izen", "ja-imamo", "ko-yeojeonhi"],
)  # fmt: skip
def test_a_helper_freed_and_the_woman_still_held_in_a_clause_of_her_own(
    text: str, lang: str
) -> None:
    verdict = _read("丹東" if lang == "ja" else "단둥", text, lang)
    assert verdict.alert
    assert verdict.facts.status is Status.DETAINED
    assert verdict.facts.country == "CN"


@pytest.mark.parametrize(
    ("title", "text", "lang"),
    [
        ("脱北者の大規模送還から半年　韓国の家族、今も消息待つ",
         "中国が吉林省などに収容していた脱北者約60人を北朝鮮に強制送還してから半年。韓国に住む"
         "家族らが7日、ソウル市内で記者会見を開き、親族の安否確認に協力するよう求めた。", "ja"),
        ("脱北者60人の強制送還から1年　家族ら会見",
         "中国が脱北者約60人を北朝鮮に強制送還してから1年となった7日、韓国に住む家族らが"
         "ソウル市内で記者会見を開いた。", "ja"),
        ("Nửa năm sau vụ Trung Quốc cưỡng bức hồi hương 60 người, gia đình vẫn chờ tin",
         "Nửa năm sau khi Trung Quốc cưỡng bức hồi hương khoảng 60 người Triều Tiên bị giam ở "
         "Cát Lâm, thân nhân của họ ở Seoul hôm thứ Hai đã họp báo kêu gọi chính phủ giúp đỡ.",
         "vi"),
        ("ครึ่งปีหลังจากจีนส่งกลับผู้แปรพักตร์ 60 คน ครอบครัวยังรอข่าว",
         "ครึ่งปีหลังจากทางการจีนส่งตัวผู้แปรพักตร์ชาวเกาหลีเหนือราว 60 คนกลับประเทศ "
         "ครอบครัวของพวกเขาในกรุงโซลจัดแถลงข่าวเมื่อวันจันทร์ เรียกร้องให้รัฐบาลช่วยเหลือ", "th"),
    ],
    ids=["ja-hantoshi", "ja-ichinen", "vi-nua-nam", "th-khrueng-pi"],
)  # fmt: skip
def test_a_headline_counting_half_a_year_since_a_return_is_an_anniversary(
    title: str, text: str, lang: str
) -> None:
    assert not _read(title, text, lang).alert


def test_ja_caught_half_a_year_after_a_return_is_news() -> None:
    verdict = _read(
        "送還から半年、丹東でまた脱北者3人拘束",
        "中国が脱北者約60人を強制送還してから半年、丹東で新たに脱北者3人が公安当局に拘束された。",
        "ja",
    )
    assert verdict.alert
    assert verdict.facts.status is Status.ARRESTED
    assert verdict.facts.people == 3


@pytest.mark.parametrize(
    ("title", "text", "lang", "people"),
    [
        ("Một năm sau khi bị trả về, người phụ nữ Triều Tiên lại bị bắt ở Lạng Sơn",
         "Một người phụ nữ Triều Tiên đã từng bị Trung Quốc trả về năm ngoái lại trốn ra và bị "
         "bắt ở Lạng Sơn hôm thứ Hai.", "vi", 1),
        ("ตำรวจเชียงรายจับชาวเกาหลีเหนือ 3 คน",
         "ตำรวจจับกุมชาวเกาหลีเหนือ 3 คนที่ อ.เชียงแสน เมื่อวันจันทร์ สองคนในจำนวนนี้"
         "เคยถูกส่งตัวกลับเกาหลีเหนือมาแล้ว", "th", 3),
    ],
    ids=["vi-tung", "th-khoei"],
)  # fmt: skip
def test_a_return_told_as_the_peoples_past_is_not_their_status(
    title: str, text: str, lang: str, people: int
) -> None:
    verdict = _read(title, text, lang)
    assert verdict.alert
    assert verdict.facts.status is Status.ARRESTED
    assert verdict.facts.people == people


@pytest.mark.parametrize(
    ("title", "text", "lang"),
    [
        ("ชาวเกาหลีเหนือหลบหนีเข้าไทยลดลงต่อเนื่อง",
         "ข้อมูลจากสำนักงานตรวจคนเข้าเมืองระบุว่า ในปี 2569 เจ้าหน้าที่จับกุมชาวเกาหลีเหนือที่"
         "เข้าเมืองโดยผิดกฎหมายได้ 41 คน ลดลงจาก 63 คนในปีก่อน ส่วนใหญ่ถูกจับที่ จ.เชียงราย", "th"),
        ("Số người Triều Tiên bị bắt ở Việt Nam giảm",
         "Năm 2026, lực lượng biên phòng đã bắt giữ 41 người Triều Tiên nhập cảnh trái phép, giảm "
         "so với 63 người của năm trước. Phần lớn bị bắt ở Lạng Sơn và Quảng Ninh.", "vi"),
        ("タイで拘束の北朝鮮出身者、減少続く",
         "タイ入管当局によると、2026年に不法入国で拘束された北朝鮮出身者は41人で、前年の63人から"
         "減少した。大半はチェンライ県とノンカイ県で拘束された。", "ja"),
    ],
    ids=["th", "vi", "ja"],
)  # fmt: skip
def test_a_yearly_count_compared_with_the_year_before_alerts_no_one(
    title: str, text: str, lang: str
) -> None:
    assert not _read(title, text, lang).alert
