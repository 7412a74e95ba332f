"""North Korean workers caught abroad: restaurant staff and workers posted abroad, named by their
trade or posting, are the people when the police hold them; a business named by the workers it
employs is not, nor are workers sent home under sanctions.

Every sentence here was written for these tests; none is copied from a news report.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.classify import classify
from bot.domain import Document, Tier

ON = date(2026, 3, 20)


def tier_of(text: str, lang: str, headed: bool) -> Tier:
    title = text[:40] if headed else ""
    return classify(Document("s", title, text, lang=lang, date=ON)).tier


@pytest.mark.parametrize("headed", [True, False], ids=["headed", "headless"])
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Two North Korean restaurant staff were detained by local police at their lodging in "
         "Hanoi last week.", "en"),
        ("Two North Korean overseas workers were arrested by police in Vladivostok on Monday.",
         "en"),
        ("북한 식당 여종업원 3명이 지난주 라오스 비엔티안의 숙소에서 현지 경찰에 붙잡혔다.", "ko"),
        ("북한 해외 파견 노동자 2명이 지난달 블라디보스토크에서 러시아 경찰에 체포됐다.", "ko"),
        ("三名朝鲜餐厅女服务员上周在老挝万象的住处被当地警方拘留。", "zh-Hans"),
        ("两名朝鲜海外劳工周一在海参崴被俄罗斯警方逮捕。", "zh-Hans"),
        ("北朝鮮レストランの女性従業員3人が先週、ラオスの首都ビエンチャンで地元警察に拘束された。",
         "ja"),
        ("北朝鮮の海外派遣労働者2人が月曜日、ウラジオストクで警察に逮捕された。", "ja"),
        ("Три официантки северокорейского ресторана были задержаны полицией во Вьентьяне.", "ru"),
        ("Ba nữ nhân viên nhà hàng Triều Tiên đã bị cảnh sát Lào bắt giữ tại Viêng Chăn tuần "
         "trước.", "vi"),
        ("Hai lao động Triều Tiên ở nước ngoài đã bị cảnh sát Nga bắt giữ tại Vladivostok.", "vi"),
        ("พนักงานร้านอาหารเกาหลีเหนือ 3 คนถูกตำรวจลาวควบคุมตัวที่นครเวียงจันทน์"
         "เมื่อสัปดาห์ที่แล้ว", "th"),
        ("แรงงานเกาหลีเหนือในต่างประเทศ 2 คนถูกตำรวจรัสเซียจับกุมที่วลาดิวอสต็อก", "th"),
    ],
    ids=["en-restaurant", "en-overseas", "ko-restaurant", "ko-overseas", "zh-restaurant",
         "zh-overseas", "ja-restaurant", "ja-overseas", "ru-restaurant", "vi-restaurant",
         "vi-overseas", "th-restaurant", "th-overseas"],
)  # fmt: skip
def test_restaurant_staff_and_posted_workers_held_abroad_alert(
    text: str, lang: str, headed: bool
) -> None:
    assert tier_of(text, lang, headed) is Tier.ALERT


@pytest.mark.parametrize("headed", [True, False], ids=["headed", "headless"])
def test_workers_caught_by_police_abroad_are_the_people(headed: bool) -> None:
    # No figure and no town: a custody told, of the people, though not yet specific.
    text = "북한 근로자들이 지난 주말 몽골 경찰에 연행돼 아직 구금돼 있다."
    assert tier_of(text, "ko", headed) is Tier.RELATED


@pytest.mark.parametrize("headed", [True, False], ids=["headed", "headless"])
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Three Chinese owners of a sawmill employing North Korean workers near Hunchun were "
         "detained on Friday.", "en"),
        ("Police in Vientiane arrested a Lao businessman employing North Korean restaurant staff.",
         "en"),
        ("비엔티안 경찰이 북한 식당 종업원들을 고용한 라오스인 사업가를 체포했다.", "ko"),
    ],
    ids=["en-employing-workers", "en-employing-staff", "ko-employing-staff"],
)  # fmt: skip
def test_a_business_named_by_the_workers_it_employs_holds_none_of_them(
    text: str, lang: str, headed: bool
) -> None:
    assert tier_of(text, lang, headed) is not Tier.ALERT


@pytest.mark.parametrize("headed", [True, False], ids=["headed", "headless"])
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Three North Korean restaurant staff were sent home under UN sanctions last month.",
         "en"),
        ("유엔 제재에 따라 북한 해외 노동자들이 지난달 본국으로 송환됐다.", "ko"),
        ("根据联合国制裁，朝鲜餐厅服务员上月被遣返回国。", "zh-Hans"),
        ("国連制裁を受け、北朝鮮レストランの従業員が先月本国に送還された。", "ja"),
        ("Официантки северокорейского ресторана были отправлены на родину из-за санкций ООН.",
         "ru"),
        ("Nhân viên nhà hàng Triều Tiên đã bị đưa về nước theo lệnh trừng phạt của Liên Hợp Quốc.",
         "vi"),
        ("พนักงานร้านอาหารเกาหลีเหนือถูกส่งกลับประเทศตามมาตรการคว่ำบาตรของสหประชาชาติ", "th"),
    ],
    ids=["en", "ko", "zh", "ja", "ru", "vi", "th"],
)  # fmt: skip
def test_staff_sent_home_under_sanctions_stay_a_trap(text: str, lang: str, headed: bool) -> None:
    assert tier_of(text, lang, headed) is not Tier.ALERT


@pytest.mark.parametrize("headed", [True, False], ids=["headed", "headless"])
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("제재소의 북한 노동자들은 러시아인 관리자 3명이 체포됐다고 전했다.", "ko"),
        ("製材所の北朝鮮労働者は、ロシア人の管理者3人が逮捕されたと語った。", "ja"),
    ],
    ids=["ko", "ja"],
)  # fmt: skip
def test_workers_telling_of_their_bosses_arrest_are_not_the_ones_held(
    text: str, lang: str, headed: bool
) -> None:
    assert tier_of(text, lang, headed) is not Tier.ALERT
