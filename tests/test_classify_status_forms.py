"""Status verbs in the forms real outlets use: imperfective and perfective, passive, infinitives a
hedge governs, decisions and handovers. One row per language and lexicon heading; every sentence
was written for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.classify import classify
from bot.domain import Document, Status, Tier, Verdict

ON = date(2026, 6, 10)


def verdict_of(title: str, text: str, lang: str) -> Verdict:
    return classify(Document("f", title, text, lang, date=ON))


@pytest.mark.parametrize(
    ("lang", "title", "text", "status"),
    [
        # ru arrest: the imperfective, an arrest told as it goes on.
        ("ru", "Беглецы из КНДР",
         "В Уссурийске задерживают двух граждан КНДР, которые сбежали со стройки.",
         Status.ARRESTED),
        # ru custody: the temporary holding point for foreigners.
        ("ru", "Беглецы из КНДР",
         "Трое северокорейцев, задержанные в Находке, находятся в пункте временного содержания.",
         Status.DETAINED),
        # ru facing: the present imperfective, a court's decision, waiting to be sent.
        ("ru", "Беглецы из КНДР",
         "Четверых граждан КНДР, задержанных в Благовещенске, выдворяют из России.",
         Status.FACING_REPATRIATION),
        ("ru", "Беглецы из КНДР",
         "Суд Уссурийска принял решение выдворить двух граждан КНДР, бежавших с лесозаготовок.",
         Status.FACING_REPATRIATION),
        ("ru", "Беглецы из КНДР",
         "Пятеро северокорейцев, задержанных в Хабаровске, ожидают отправки на родину.",
         Status.FACING_REPATRIATION),
        # ru repat: extradited with its destination, handed to the North's representatives.
        ("ru", "Беглецы из КНДР",
         "Двое граждан КНДР, задержанные в Иркутске, экстрадированы в Северную Корею.",
         Status.REPATRIATED),
        ("ru", "Беглецы из КНДР",
         "Троих северокорейцев, задержанных в Находке, передали представителям КНДР.",
         Status.REPATRIATED),
        # ru repat_topic: an infinitive a hedge governs.
        ("ru", "Беглецы из КНДР",
         "Семью из КНДР, задержанную в Хабаровске, могут передать северокорейской стороне.",
         Status.FACING_REPATRIATION),
        # ru custody: held in the centre for foreigners, in its prepositional case, outranks the
        # headline's arrest.
        ("ru", "В Артеме задержаны граждане КНДР",
         "Двое граждан КНДР, задержанные в Артеме, содержатся в центре временного содержания.",
         Status.DETAINED),
        # ru arrest: the noun in the instrumental, concern for those arrested.
        ("ru", "Беглецы из КНДР",
         "Активисты обеспокоены арестом пяти беглецов из КНДР в Яньцзи на прошлой неделе.",
         Status.ARRESTED),
        # ru repat: sent back to North Korea spelled out, handed to Pyongyang, taken away.
        ("ru", "Беглецы из КНДР",
         "Трое граждан КНДР, задержанные в Тюмени, отправлены обратно в Северную Корею.",
         Status.REPATRIATED),
        ("ru", "Беглецы из КНДР",
         "Власти Казахстана выдали Пхеньяну беглеца из КНДР, задержанного в Алматы.",
         Status.REPATRIATED),
        # ru repat_topic: a return home the authorities intend.
        ("ru", "Беглецы из КНДР",
         "Троих граждан КНДР, задержанных в Находке, собираются вернуть на родину.",
         Status.FACING_REPATRIATION),
        # ru likely: a return the report only infers is feared, not done.
        ("ru", "Беглецы из КНДР",
         "Гражданин КНДР, задержанный в Томске, исчез; друзья полагают, что его вывезли в КНДР.",
         Status.FACING_REPATRIATION),
        # ru subject_pron: "a citizen of that country" after the headline names him.
        ("ru", "Правозащитники просят не выдавать северокорейца",
         "Правозащитники просят не передавать КНДР гражданина этой страны, который находится в "
         "изоляторе в Хабаровске.",
         Status.FACING_REPATRIATION),
        # vi facing: a decision to expel.
        ("vi", "Người Triều Tiên",
         "Tòa án tỉnh Cao Bằng quyết định trục xuất 3 người Triều Tiên nhập cảnh trái phép.",
         Status.FACING_REPATRIATION),
        # vi repat: extradited, handed over to the North's side, made to go home.
        ("vi", "Người Triều Tiên",
         "4 người Triều Tiên bị bắt ở Móng Cái đã bị dẫn độ về Triều Tiên.",
         Status.REPATRIATED),
        ("vi", "Người Triều Tiên",
         "6 người Triều Tiên bị bắt ở Hà Giang đã bị bàn giao cho phía Triều Tiên.",
         Status.REPATRIATED),
        ("vi", "Người Triều Tiên",
         "2 phụ nữ Triều Tiên bị bắt ở Lào Cai bị buộc phải hồi hương.",
         Status.REPATRIATED),
        # vi repat_topic: extradition a hedge governs.
        ("vi", "Người Triều Tiên",
         "3 người Triều Tiên bị bắt ở Lạng Sơn có thể bị dẫn độ trong tuần tới.",
         Status.FACING_REPATRIATION),
        # zh repat: escorted home with the country left unsaid; hedged, only a threat.
        ("zh-Hans", "脱北者被押送回国",
         "上月在图们被抓的3名脱北者已被中国边防押送回国。",
         Status.REPATRIATED),
        ("zh-Hant", "脫北者下落不明",
         "上週在延吉被捕的兩名脫北者目前下落不明，可能已被押送回國。",
         Status.FACING_REPATRIATION),
        # zh fear: in danger of being sent back.
        ("zh-Hans", "脱北者被扣押",
         "在丹东被扣押的6名脱北者有被遣返回朝鲜的危险。",
         Status.FACING_REPATRIATION),
        # ja facing: a deportation order.
        ("ja", "脱北者", "瀋陽で拘束された脱北者3人は国外退去処分となった。",
         Status.FACING_REPATRIATION),
        # ja hedge: what may happen, what was decided.
        ("ja", "脱北者", "延吉で拘束された脱北者4人は北朝鮮に送還されかねない。",
         Status.FACING_REPATRIATION),
        ("ja", "脱北者", "丹東で拘束された脱北者2人が、北朝鮮へ送還されることが決まった。",
         Status.FACING_REPATRIATION),
        # ko repat: handed over to the North.
        ("ko", "탈북민", "중국 공안은 옌지에서 체포한 탈북민 4명을 북한에 인도했다.",
         Status.REPATRIATED),
        # ko repat and facing: the North written as one Hanja (北으로, 北에, 北송).
        ("ko", "탈북민 4명 北으로 압송", "옌지에서 붙잡힌 탈북민 4명이 지난주 北으로 압송됐다.",
         Status.REPATRIATED),
        ("ko", "탈북민", "공안은 지난달 체포한 탈북민 5명을 北에 넘겼다고 소식통이 전했다.",
         Status.REPATRIATED),
        ("ko", "탈북 모녀 北송", "투먼에서 체포된 탈북 모녀가 지난 3일 北송됐다.",
         Status.REPATRIATED),
        ("ko", "탈북민", "훈춘에서 붙잡힌 탈북민 3명이 北송될 위기에 놓였다.",
         Status.FACING_REPATRIATION),
        # ko repat: a forced handover in the past tense, told as it went on (넘기던, 넘길 때: the
        # scene of a handover made), and made in secret (비밀리에).
        ("ko", "북한 선원 3명 북송", "통일부는 나포한 북한 선원 3명을 북측에 강제로 넘겼다고 밝혔다.",
         Status.REPATRIATED),
        ("ko", "귀순 어민", "통일부는 귀순 의사를 밝힌 북한 어민 2명을 북측에 넘기던 장면을 공개했다.",
         Status.REPATRIATED),
        ("ko", "귀순 어민", "통일부가 귀순 의사를 밝힌 북한 어민 2명을 북측에 넘길 때 찍은 사진이 공개됐다.",
         Status.REPATRIATED),
        ("ko", "귀순 어민", "국정원은 귀순 어민 2명을 조사 사흘 만에 북측에 비밀리에 인계했다.",
         Status.REPATRIATED),
        # ko repat and forced: a handover to the North's authorities made in secret or by force
        # (북한 당국에 비밀리에 인계), and one a sentence calls unjust (부당한 북송) or in which a
        # man is dragged (강제로 끌려갔다): not a crew's return at its wish.
        ("ko", "어민 북송 보고",
         "통일부는 2019년 11월 탈북 어민 2명을 판문점을 통해 북한 당국에 비밀리에 인계했다고 보고했다.",
         Status.REPATRIATED),
        ("ko", "어민 북송 수사",
         "검찰은 당시 정부가 귀순 의사를 밝힌 북한 어민 2명을 북한 당국에 강제로 넘겼다고 본다.",
         Status.REPATRIATED),
        ("ko", "어민 북송 판결",
         "정부가 2019년 북한 어민 2명을 판문점을 통해 북한에 인계한 것은 부당한 북송이라는 판결이 나왔다.",
         Status.REPATRIATED),
        ("ko", "어민 북송 영상",
         "정부는 2019년 11월 북한 어민 2명을 북측에 인계했으며, 한 명은 판문점에서 강제로 끌려갔다.",
         Status.REPATRIATED),
        # ko forced: fishermen who asked to defect (귀순 어민) are sent back against their will.
        ("ko", "귀순 어민 송환", "통일부는 귀순 어민 2명을 북한으로 돌려보냈다.", Status.REPATRIATED),
        # vi repat: the North as Bắc Triều Tiên or CHDCND Triều Tiên after the return verb; a
        # hedge before it still makes it a threat.
        ("vi", "Người đào tẩu",
         "Bốn người đào tẩu bị bắt ở Trường Bạch đã bị đưa về Bắc Triều Tiên hôm thứ Năm.",
         Status.REPATRIATED),
        ("vi", "Người đào tẩu",
         "Sáu người Triều Tiên bị bắt ở Đan Đông đã bị trả về CHDCND Triều Tiên.",
         Status.REPATRIATED),
        ("vi", "Người đào tẩu",
         "Công an Trung Quốc đã giao hai người tị nạn cho Bắc Triều Tiên sau khi bắt họ ở Hồn Xuân.",
         Status.REPATRIATED),
        ("vi", "Người đào tẩu",
         "Ba phụ nữ Bắc Triều Tiên bị bắt ở Diên Cát có thể bị trả về Bắc Triều Tiên.",
         Status.FACING_REPATRIATION),
        # vi repat: cưỡng bức hồi hương, the forced return with its words the other way round.
        ("vi", "Người đào tẩu",
         "Ba người đào tẩu Triều Tiên bị bắt ở Đan Đông đã bị cưỡng bức hồi hương.",
         Status.REPATRIATED),
        ("vi", "Người đào tẩu",
         "Trung Quốc đã cưỡng bức hồi hương năm người tị nạn Triều Tiên bị bắt ở Diên Cát.",
         Status.REPATRIATED),
        ("vi", "Người đào tẩu",
         "Năm người tị nạn Triều Tiên bị bắt ở Diên Cát có nguy cơ bị cưỡng bức hồi hương.",
         Status.FACING_REPATRIATION),
        # vi repat: the adverse passive bị hồi hương is a return, a hedge before it a threat.
        ("vi", "Người đào tẩu", "Bảy người Triều Tiên bị bắt ở Hồn Xuân hôm thứ Hai đã bị hồi hương.",
         Status.REPATRIATED),
        # vi repat, detain, third: made to go back to the North, imprisoned, got across (đã sang
        # được) to Thailand after a custody.
        ("vi", "Người đào tẩu",
         "Bốn người đào tẩu bị bắt ở Trường Bạch đã bị buộc phải trở về Bắc Triều Tiên.",
         Status.REPATRIATED),
        ("vi", "Người đào tẩu", "Bốn người đào tẩu Bắc Triều Tiên đang bị cầm tù ở Diên Cát.",
         Status.DETAINED),
        ("vi", "Người tị nạn",
         "Bốn người tị nạn Bắc Triều Tiên từng bị giam ở Lào đã sang được Thái Lan hôm thứ Bảy.",
         Status.REACHED_THIRD_COUNTRY),
        # vi facing: the procedure of a return, an order to leave the country; a handover under
        # way (đang làm thủ tục) is still to come.
        ("vi", "Người Triều Tiên",
         "Công an tỉnh Hà Giang đang làm thủ tục trục xuất bảy công dân Triều Tiên vượt biên trái "
         "phép.", Status.FACING_REPATRIATION),
        ("vi", "Người Triều Tiên",
         "Công an tỉnh Quảng Ninh đã quyết định buộc xuất cảnh đối với sáu công dân Triều Tiên "
         "nhập cảnh trái phép.", Status.FACING_REPATRIATION),
        ("vi", "Người Triều Tiên",
         "Biên phòng Quảng Ninh đang tiến hành thủ tục bàn giao sáu công dân Triều Tiên cho phía "
         "Trung Quốc.", Status.FACING_REPATRIATION),
        # zh custody: still in custody (仍在押).
        ("zh-Hans", "脱北者", "本月初在图们被捕的3名脱北者仍在押。", Status.DETAINED),
        # zh repat: taken, sent or given back to the North (押往, 送往, 交还 + the North).
        ("zh-Hant", "脫北者", "在丹東被捕的5名脫北者已被送往北韓。", Status.REPATRIATED),
        ("zh-Hans", "脱北者", "在丹东被捕的5名脱北者已被押往朝鲜新义州。", Status.REPATRIATED),
        ("zh-Hans", "脱北者", "在丹东被捕的5名脱北者已被交还朝鲜。", Status.REPATRIATED),
        ("zh-Hans", "脱北者", "在丹东被捕的5名脱北者即将被押往朝鲜。", Status.FACING_REPATRIATION),
    ],
    ids=["ru-arrest-imperfective", "ru-custody-holding-point", "ru-facing-imperfective",
         "ru-facing-decision", "ru-facing-awaiting-sending", "ru-repat-extradited",
         "ru-repat-representatives", "ru-topic-may-hand-over",
         "ru-custody-centre-prepositional", "ru-arrest-instrumental", "ru-repat-sent-back",
         "ru-repat-to-pyongyang", "ru-topic-home", "ru-likely-taken-away",
         "ru-pron-citizen-of-that-country", "vi-facing-decision",
         "vi-repat-extradited", "vi-repat-handed-over", "vi-repat-made-to-go-home",
         "vi-topic-may-be-extradited", "zh-repat-escorted-home",
         "zh-hant-hedge-may-have-been-escorted", "zh-fear-danger", "ja-facing-order", "ja-hedge-may",
         "ja-hedge-decided", "ko-repat-handed-over", "ko-repat-hanja-escorted",
         "ko-repat-hanja-handed", "ko-repat-hanja-sent", "ko-facing-hanja",
         "ko-repat-forced-past", "ko-repat-handing-over", "ko-repat-when-handing-over",
         "ko-repat-in-secret", "ko-repat-authorities-in-secret", "ko-repat-authorities-by-force",
         "ko-forced-unjust", "ko-forced-dragged", "ko-forced-defecting-fishermen", "vi-repat-bac-trieu-tien",
         "vi-repat-chdcnd", "vi-repat-handed-to-bac-trieu-tien", "vi-facing-bac-trieu-tien",
         "vi-repat-cuong-buc", "vi-repat-china-cuong-buc", "vi-facing-cuong-buc", "vi-repat-bi-hoi-huong",
         "vi-repat-made-to-go-back", "vi-detain-imprisoned", "vi-third-got-across",
         "vi-facing-procedure", "vi-facing-ordered-to-leave", "vi-hedge-handover-under-way",
         "zh-custody-still-held",
         "zh-hant-repat-sent-to", "zh-repat-taken-to", "zh-repat-given-back", "zh-facing-taken-to"],
)  # fmt: skip
def test_status_verbs_in_the_forms_outlets_write_them(
    lang: str, title: str, text: str, status: Status
) -> None:
    verdict = verdict_of(title, text, lang)
    assert verdict.tier is Tier.ALERT
    assert verdict.facts.status is status


@pytest.mark.parametrize(
    "text",
    [
        "在延吉被抓的4名脱北者将于本周移送至图们边防拘留所。",
        "在丹东被捕的3名脱北者可能获释。",
        "上月在昆明被抓的两名脱北妇女预计将于下周获释。",
    ],
    ids=["zh-to-be-moved", "zh-may-be-freed", "zh-expected-to-be-freed"],
)
def test_a_future_told_of_the_people_leaves_the_arrest_that_names_them(text: str) -> None:
    verdict = verdict_of("脱北者", text, "zh-Hans")
    assert verdict.tier is Tier.ALERT
    assert verdict.facts.status is Status.ARRESTED


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("中国当局已将在沈阳被捕的5名脱北者遣返朝鲜。", Status.REPATRIATED),
        ("中国当局正准备将在沈阳被捕的5名脱北者遣返朝鲜。", Status.FACING_REPATRIATION),
        ("中国当局可能将上周在丹东被抓的3名脱北者强制遣返。", Status.FACING_REPATRIATION),
        ("中国公安将遣返这5名在沈阳被捕的脱北者。", Status.FACING_REPATRIATION),
    ],
    ids=["zh-done", "zh-preparing", "zh-may", "zh-will-send-back-these"],
)
def test_chinese_jiang_before_a_clause_about_its_object_still_marks_the_object(
    text: str, status: Status
) -> None:
    assert verdict_of("脱北者", text, "zh-Hans").facts.status is status


@pytest.mark.parametrize(
    ("lang", "title", "text", "status"),
    [
        # ru hedge: a return called possible.
        ("ru", "Сеул выразил озабоченность",
         "МИД Республики Корея сообщил о возможной высылке двух граждан КНДР, задержанных в "
         "Приморье на прошлой неделе.", Status.FACING_REPATRIATION),
        # ru wish: a request not to send them back.
        ("ru", "УВКБ ООН обратилось к России",
         "Управление ООН по делам беженцев обратилось к властям с просьбой не высылать "
         "северокорейца, которого задержали в аэропорту Владивостока.",
         Status.FACING_REPATRIATION),
        # zh hedge: a headline's "may be freed".
        ("zh-Hans", "3名脱北者或获释", "上月在丹东被捕的3名脱北者目前仍被关押在看守所。",
         Status.DETAINED),
        # ja negation: a future denied (釈放されることはない, 到着することはない).
        ("ja", "中国当局者が発言",
         "延吉で拘束されている脱北者4人が釈放されることはないと、中国当局者が語った。",
         Status.DETAINED),
        ("ja", "ラオスの脱北者",
         "ビエンチャンで拘束されている脱北者4人が、年内に韓国に到着することはありません。",
         Status.DETAINED),
        # vi noise: an arrival people strove for (để tới được, tìm cách tới) is no arrival.
        ("vi", "Người tị nạn",
         "Sáu người tị nạn Bắc Triều Tiên bị bắt ở Bokeo khi vượt sông Mê Kông để tới được Thái "
         "Lan.", Status.ARRESTED),
        ("vi", "Người tị nạn",
         "Sáu người tị nạn Bắc Triều Tiên bị bắt ở Viêng Chăn khi đang tìm cách tới Hàn Quốc.",
         Status.ARRESTED),
        # ja facing: the plain non-past passive is a return to come, to the North or to China;
        # the past stays done.
        ("ja", "脱北者の送還", "図們で拘束された脱北者6人は来週、北朝鮮に送還される。",
         Status.FACING_REPATRIATION),
        ("ja", "脱北者の引き渡し", "図們で拘束された脱北者6人は、近く北朝鮮側に引き渡される。",
         Status.FACING_REPATRIATION),
        ("ja", "ベトナムの脱北者", "ハノイで拘束された脱北者6人は来週、中国側に引き渡される。",
         Status.FACING_REPATRIATION),
        ("ja", "脱北者の送還", "図們で拘束された脱北者6人は先週、北朝鮮側に引き渡されていた。",
         Status.REPATRIATED),
    ],
    ids=["ru-hedge-possible", "ru-wish-request", "zh-hedge-headline-may-be-freed",
         "ja-negation-will-not-be-freed", "ja-negation-will-not-arrive",
         "vi-noise-strove-to-reach-thailand", "vi-noise-sought-to-reach-the-south",
         "ja-future-sent-back", "ja-future-handed-to-the-north", "ja-future-handed-to-china",
         "ja-past-handed-over"],
)  # fmt: skip
def test_a_return_or_release_told_as_possible_or_asked_against_is_not_done(
    lang: str, title: str, text: str, status: Status
) -> None:
    assert verdict_of(title, text, lang).facts.status is status


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Defectors freed in Laos",
         "Three North Korean defectors were released from a Vientiane jail on Friday and handed "
         "to immigration police, who are holding them at a detention centre."),
        ("脱北者4人、釈放", "タイで逮捕された脱北者4人は、釈放後、入管施設に収容された。"),
        ("4名脱北者获释", "在泰国被捕的4名脱北者获释后被移交移民局，目前关押在移民拘留中心。"),
        ("탈북민 4명 석방",
         "태국에서 체포된 탈북민 4명이 석방된 뒤 이민국에 넘겨져 수용소에 구금돼 있다."),
    ],
    ids=["en", "ja", "zh", "ko"],
)  # fmt: skip
def test_a_headline_release_the_text_ends_in_custody_is_no_all_clear(
    title: str, text: str
) -> None:
    verdict = classify(Document("h", title, text, date=ON))
    assert verdict.tier is Tier.ALERT
    assert verdict.facts.status is Status.DETAINED


def test_a_headline_release_the_text_confirms_stays_a_release() -> None:
    verdict = classify(
        Document(
            "h",
            "Defectors freed",
            "Four North Korean defectors held in Vientiane were released on Friday and have "
            "left for a church shelter.",
            date=ON,
        )
    )
    assert verdict.facts.status is Status.RELEASED


@pytest.mark.parametrize(
    ("lang", "title", "text"),
    [
        ("vi", "Liên Hợp Quốc kêu gọi",
         "Báo cáo viên đặc biệt của Liên Hợp Quốc kêu gọi Việt Nam không trả 11 người Triều Tiên "
         "đang bị giam giữ về Trung Quốc."),
        ("vi", "Hàn Quốc đề nghị",
         "Hàn Quốc đề nghị Lào không đưa 4 người Triều Tiên bị bắt ở Viêng Chăn sang Trung Quốc."),
        ("en", "UN urges Vietnam",
         "The UN special rapporteur urged Vietnam not to hand the 11 North Koreans held in Lang "
         "Son over to China."),
    ],
    ids=["vi-urges-not-to-return", "vi-asks-not-to-take", "en-urged-not-to-hand-over"],
)  # fmt: skip
def test_a_demand_not_to_move_the_people_leaves_the_custody_that_names_them(
    lang: str, title: str, text: str
) -> None:
    verdict = verdict_of(title, text, lang)
    assert verdict.tier is Tier.ALERT
    assert verdict.facts.status in (Status.ARRESTED, Status.DETAINED)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Police said no North Korean defectors were arrested in the raid on Monday."),
        ("vi", "Công an cho biết không có người Triều Tiên nào bị bắt trong đợt kiểm tra."),
    ],
    ids=["en", "vi"],
)
def test_a_plain_negation_before_the_people_still_denies_the_arrest(lang: str, text: str) -> None:
    assert verdict_of("Raid", text, lang).tier is not Tier.ALERT


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # ja likely: the inference written in kana.
        ("ja", "丹東で拘束された脱北者2人が北朝鮮に送還されたもようだ。"),
        # ru hedge: "apparently" before the act.
        ("ru", "Двоих граждан КНДР, задержанных в Уссурийске, по всей видимости, уже выдворили."),
    ],
    ids=["ja-likely-kana", "ru-hedge-apparently"],
)
def test_a_return_the_report_only_infers_is_a_threat(lang: str, text: str) -> None:
    assert verdict_of("脱北者" if lang == "ja" else "Беглецы", text, lang).facts.status is (
        Status.FACING_REPATRIATION
    )


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # third: the South by its official name.
        ("Двое граждан КНДР, задержанных в Монголии в прошлом месяце, вылетели в Республику "
         "Корея.", Status.REACHED_THIRD_COUNTRY),
        # release: let out of the centre (not a report let out).
        ("Гражданина КНДР, задержанного в Артеме, в пятницу выпустили из спецучреждения.",
         Status.RELEASED),
        ("Правозащитники выпустили доклад о гражданине КНДР, задержанном в Артеме.",
         Status.ARRESTED),
        # apprehend: taken off a train; brought to the police station.
        ("Транспортные полицейские в Чите сняли с поезда трех граждан КНДР без документов.",
         Status.ARRESTED),
        ("Гражданку КНДР, скрывавшуюся у знакомых в Находке, доставили в отдел полиции.",
         Status.ARRESTED),
        # custody: an immigration centre abroad; an airport's transit zone.
        ("Девять граждан КНДР, задержанных тайской полицией за незаконный въезд, поместили в "
         "иммиграционный центр в Бангкоке.", Status.DETAINED),
        ("Гражданин КНДР третью неделю живет в транзитной зоне аэропорта Владивостока.",
         Status.DETAINED),
        # facing: an expulsion order upheld, asylum refused, a plea against sending back.
        ("Краевой суд оставил в силе постановление о выдворении гражданина КНДР, задержанного в "
         "Артеме.", Status.FACING_REPATRIATION),
        ("МВД отказало во временном убежище гражданину КНДР, задержанному в Находке.",
         Status.FACING_REPATRIATION),
        ("Правозащитники призвали Китай не отправлять обратно пятерых граждан КНДР, задержанных "
         "в Яньцзи.", Status.FACING_REPATRIATION),
        # detain: sentenced to years in a penal colony.
        ("Суд в Хабаровске приговорил гражданина КНДР к двум годам колонии общего режима за "
         "незаконное пересечение границы.", Status.DETAINED),
    ],
    ids=["third-republic-of-korea", "release-let-out", "release-report-let-out",
         "apprehend-off-a-train", "apprehend-brought-to-the-station",
         "custody-immigration-centre", "custody-transit-zone", "facing-order-upheld",
         "facing-asylum-refused", "topic-urged-not-to-send-back", "detain-years-of-colony"],
)  # fmt: skip
def test_russian_status_words_of_wire_and_police_desks(text: str, status: Status) -> None:
    verdict = verdict_of("", text, "ru")
    assert (verdict.tier, verdict.facts.status) == (Tier.ALERT, status)


def test_people_handed_to_the_north_korean_side_in_vietnamese_were_sent_back() -> None:
    text = "Công an Trung Quốc bắt 3 phụ nữ Triều Tiên ở Diên Cát rồi giao họ cho phía Triều Tiên."
    verdict = verdict_of("Ba phụ nữ Triều Tiên", text, "vi")
    assert (verdict.tier, verdict.facts.status) == (Tier.ALERT, Status.REPATRIATED)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("탈북민 실형", "중국 지린성 법원은 지난달 투먼에서 체포된 탈북민 3명에게 징역 1년의 실형을 "
         "선고했다."),
        ("탈북민 징역형", "중국 법원은 훈춘에서 붙잡힌 탈북 여성 2명에게 징역 2년을 선고했다고 단체가 "
         "전했다."),
    ],
    ids=["prison-term-served", "years-in-prison"],
)  # fmt: skip
def test_a_korean_prison_term_given_abroad_holds_the_people(title: str, text: str) -> None:
    verdict = verdict_of(title, text, "ko")
    assert (verdict.tier, verdict.facts.status) == (Tier.ALERT, Status.DETAINED)


@pytest.mark.parametrize(
    ("title", "text", "status"),
    [
        ("ส่งตัวชาวเกาหลีเหนือหลังรับโทษครบ",
         "ตม.หนองคายส่งตัวชาวเกาหลีเหนือ 4 คนหลังรับโทษครบตามคำพิพากษาของศาล", Status.DETAINED),
        # A release after the term stays a release.
        ("ปล่อยตัวชาวเกาหลีเหนือ",
         "ชาวเกาหลีเหนือ 4 คนที่ถูกจับที่หนองคายได้รับการปล่อยตัวหลังรับโทษครบเมื่อวันอังคาร",
         Status.RELEASED),
    ],
    ids=["handed-on-after-the-term", "freed-after-the-term"],
)  # fmt: skip
def test_a_thai_prison_term_served_held_the_people(title: str, text: str, status: Status) -> None:
    verdict = verdict_of(title, text, "th")
    assert (verdict.tier, verdict.facts.status) == (Tier.ALERT, status)


def test_a_korean_prison_term_given_in_the_south_alerts_no_one() -> None:
    text = "인천지법은 마약 투약 혐의로 기소된 탈북민 2명에게 징역 1년의 실형을 선고했다."
    assert verdict_of("탈북민 실형", text, "ko").tier is not Tier.ALERT


@pytest.mark.parametrize(
    "text",
    [
        "Bảy người Triều Tiên đào tẩu đang bị nhà chức trách Lào giữ tại Viêng Chăn.",
        "Ba người đào tẩu Triều Tiên bị công an giữ ở Móng Cái từ hôm thứ Hai.",
    ],
    ids=["authority-between-held-at", "police-between-held-in"],
)
def test_vietnamese_people_held_by_an_authority_told_between_are_held(text: str) -> None:
    verdict = verdict_of("Người Triều Tiên", text, "vi")
    assert (verdict.tier, verdict.facts.status) == (Tier.ALERT, Status.DETAINED)


def test_a_vietnamese_figure_kept_at_a_level_holds_no_one() -> None:
    text = "Số người đào tẩu Triều Tiên đến Hàn Quốc năm nay được giữ ở mức thấp."
    assert verdict_of("Chính sách", text, "vi").tier is not Tier.ALERT


@pytest.mark.parametrize(
    ("title", "text", "people"),
    [
        ("Lao động Triều Tiên bị trục xuất",
         "Một lao động Triều Tiên bỏ trốn khỏi công trường ở Khabarovsk đã bị Nga trục xuất về "
         "nước hôm thứ Tư.", 1),
        ("Nga trục xuất ba người Triều Tiên",
         "Ba công dân Triều Tiên bị bắt ở Ussuriysk đã bị cảnh sát Nga trục xuất về nước hôm "
         "thứ Năm.", 3),
    ],
    ids=["one-worker-deported-home", "three-deported-home-by-the-police"],
)  # fmt: skip
def test_north_koreans_deported_home_in_vietnamese_were_sent_back(
    title: str, text: str, people: int
) -> None:
    verdict = verdict_of(title, text, "vi")
    assert (verdict.tier, verdict.facts.status, verdict.facts.people) == (
        Tier.ALERT,
        Status.REPATRIATED,
        people,
    )


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ru", "Пограничная полиция Хуньчуня передала четырех беглянок из КНДР северокорейским "
               "пограничникам в субботу."),
        ("ru", "Власти Лаоса выдали семерых беглецов из КНДР северокорейской стороне в пятницу."),
        ("ja", "中国の公安当局は先週、図們で拘束した脱北者の女性4人を北朝鮮当局に引き渡した。"),
        ("ja", "ラオス当局が脱北者7人を北朝鮮の治安当局に引き渡したことが分かった。"),
    ],
    ids=["ru-people-between-verb-and-side", "ru-extradited-to-side", "ja-to-authorities",
         "ja-to-security-organs"],
)  # fmt: skip
def test_people_handed_to_the_north_korean_authorities_were_sent_back(
    lang: str, text: str
) -> None:
    verdict = verdict_of("脱北者" if lang == "ja" else "Беглецы из КНДР", text, lang)
    assert (verdict.tier, verdict.facts.status) == (Tier.ALERT, Status.REPATRIATED)


def test_a_correspondent_passing_on_news_hands_nobody_over() -> None:
    text = (
        "Как передал корреспондент агентства, трое беглецов из КНДР задержаны полицией Яньцзи "
        "во вторник."
    )
    verdict = verdict_of("Беглецы из КНДР", text, "ru")
    assert (verdict.tier, verdict.facts.status) == (Tier.ALERT, Status.ARRESTED)


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Police in Yanji detained three North Korean women in March. The three were flown back "
         "to Pyongyang on Thursday, a church group said.", Status.REPATRIATED),
        ("Guards in Hunchun arrested a North Korean defector on Monday, and he was taken back to "
         "the North two days later.", Status.REPATRIATED),
        ("Russian police held two North Korean defectors in Nakhodka and escorted them back to "
         "the DPRK, activists said.", Status.REPATRIATED),
        ("Five North Korean defectors held in Dandong could be taken back to Pyongyang within "
         "days, a rights group warned.", Status.FACING_REPATRIATION),
        ("Police in Laos arrested nine North Korean defectors and handed them over to Pyongyang "
         "last week.", Status.REPATRIATED),
    ],
    ids=["flown-back-to-the-capital", "taken-back-to-the-north", "escorted-back-to-the-dprk",
         "may-be-taken-back", "handed-over-to-the-capital"],
)  # fmt: skip
def test_a_verb_of_going_back_to_any_name_of_the_north_is_a_return(
    text: str, status: Status
) -> None:
    verdict = verdict_of("North Korean defectors", text, "en")
    assert (verdict.tier, verdict.facts.status) == (Tier.ALERT, status)


@pytest.mark.parametrize(
    "text",
    [
        "Police in Yanji detained three North Korean defectors in March. Separately, the leader "
        "returned to Pyongyang on Thursday.",
        "Police in Yanji detained three North Korean defectors in March. A Chinese envoy was sent "
        "to Pyongyang on Thursday.",
    ],
    ids=["a-leader-returning", "an-envoy-sent"],
)
def test_the_capital_as_where_someone_else_goes_returns_nobody(text: str) -> None:
    verdict = verdict_of("North Korean defectors", text, "en")
    assert (verdict.tier, verdict.facts.status) == (Tier.ALERT, Status.DETAINED)


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("단둥에서 체포된 탈북민 3명이 지난주 평양으로 압송됐다고 대북 단체가 전했다.",
         Status.REPATRIATED),
        ("라오스 당국은 붙잡은 탈북민 6명을 평양 당국에 넘겼다고 소식통이 밝혔다.", Status.REPATRIATED),
        ("중국 공안은 투먼에서 붙잡은 탈북 여성 2명을 평양에 인도했다고 단체가 밝혔다.",
         Status.REPATRIATED),
        ("공안이 훈춘에서 체포한 탈북민 4명을 北에 몰래 넘겼다고 소식통이 전했다.", Status.REPATRIATED),
    ],
    ids=["taken-to-the-capital", "handed-to-the-capitals-authorities", "handed-to-the-capital",
         "handed-in-secret-to-the-north-in-hanja"],
)  # fmt: skip
def test_korean_handovers_reach_every_name_of_the_north(text: str, status: Status) -> None:
    verdict = verdict_of("탈북민", text, "ko")
    assert (verdict.tier, verdict.facts.status) == (Tier.ALERT, status)


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("옌지에서 붙잡힌 탈북 여성 5명이 지난달 북한으로 보내졌다고 단체가 밝혔다.",
         Status.REPATRIATED),
        ("블라디보스토크에서 체포된 탈북민 2명이 평양으로 끌려갔다고 소식통이 전했다.",
         Status.REPATRIATED),
        ("라오스에서 잡힌 탈북민 7명이 북측으로 이송됐다고 인권단체가 밝혔다.", Status.REPATRIATED),
        ("하노이에서 붙잡힌 탈북민 3명이 곧 북한으로 보내질 것으로 우려된다.",
         Status.FACING_REPATRIATION),
        ("서울에 정착한 탈북민들이 북한으로 보낸 돈이 늘었다고 통일부가 밝혔다.", None),
    ],
    ids=["sent", "dragged-to-the-capital", "moved-to-the-north-side", "to-be-sent",
         "money-sent-returns-nobody"],
)  # fmt: skip
def test_korean_passives_of_going_to_the_north_are_a_return(
    text: str, status: Status | None
) -> None:
    verdict = verdict_of("탈북민", text, "ko")
    assert verdict.facts.status is status
    assert verdict.alert is (status is not None)


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Hai người Bắc Hàn đào tẩu bị công an bắt ở Móng Cái tháng trước đã bị giao trả cho Bình "
         "Nhưỡng, một mục sư cho biết.", Status.REPATRIATED),
        ("Công an Lạng Sơn đã bàn giao ba người tị nạn Triều Tiên cho phía CHDCND Triều Tiên hôm "
         "thứ Hai, một nhà hoạt động nói.", Status.REPATRIATED),
        ("Bốn người Triều Tiên đào tẩu đang bị giam ở Lào Cai có nguy cơ bị đưa về Bắc Hàn, một tổ "
         "chức nhân quyền cảnh báo.", Status.FACING_REPATRIATION),
    ],
    ids=["handed-back-to-the-capital", "handed-to-the-official-name", "may-be-taken-to-bac-han"],
)  # fmt: skip
def test_a_vietnamese_return_reaches_every_name_of_the_north(text: str, status: Status) -> None:
    verdict = verdict_of("Người Triều Tiên đào tẩu", text, "vi")
    assert (verdict.tier, verdict.facts.status) == (Tier.ALERT, status)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Three North Korean defectors held in Vientiane were turned over to North Korean embassy "
         "staff on Sunday, a pastor said.", "en"),
        ("Полиция Владивостока передала задержанного гражданина КНДР сотрудникам консульства "
         "КНДР. Беглец был передан сотрудникам консульства КНДР в понедельник.", "ru"),
        ("블라디보스토크에서 붙잡힌 탈북민 1명이 지난주 북한 영사관 직원들에게 넘겨졌다.", "ko"),
        ("Ba người Triều Tiên đào tẩu bị giam ở Vientiane đã bị giao cho nhân viên đại sứ quán "
         "Triều Tiên.", "vi"),
    ],
    ids=["en-embassy-staff", "ru-consulate-staff", "ko-consulate-staff", "vi-embassy-staff"],
)  # fmt: skip
def test_people_handed_to_the_norths_consulate_or_embassy_staff_were_sent_back(
    text: str, lang: str
) -> None:
    verdict = verdict_of("North Korean defectors", text, lang)
    assert (verdict.tier, verdict.facts.status) == (Tier.ALERT, Status.REPATRIATED)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Four North Korean defectors were given prison terms for illegal entry by a court in "
         "Nong Khai on Monday.", "en"),
        ("A court in Nong Khai sentenced four North Korean defectors to jail for illegal entry.",
         "en"),
        ("О четверых беглецах из КНДР, удерживавшихся в Уссурийске с весны, ничего не известно.",
         "ru"),
        ("О четверых беглецах из КНДР, удерживаемых в Уссурийске, ничего не известно.", "ru"),
    ],
    ids=["en-prison-terms", "en-sentenced-to-jail", "ru-were-held", "ru-being-held"],
)  # fmt: skip
def test_people_sentenced_to_prison_or_described_as_held_are_held(text: str, lang: str) -> None:
    verdict = verdict_of("North Korean defectors", text, lang)
    assert (verdict.tier, verdict.facts.status) == (Tier.ALERT, Status.DETAINED)


@pytest.mark.parametrize(
    ("title", "text", "status"),
    [
        ("脱北者、送還免れる", "中国で拘束された脱北者3人が、送還を免れ、韓国に向かった。",
         Status.RELEASED),
        ("脱北者", "脱北者4人は先週中国で拘束されたが、国際社会の働きかけで強制送還を免れた。",
         Status.RELEASED),
        ("脱北者", "ラオスで拘束された脱北者5人が北朝鮮への送還を免れ、韓国に到着した。",
         Status.REACHED_THIRD_COUNTRY),
        ("脱北者", "先週中国で拘束された脱北者4人が送還を免れるよう、韓国政府は中国に求めた。",
         Status.FACING_REPATRIATION),
        ("脱北者", "先週中国で拘束された脱北者4人は、強制送還を免れない見通しだ。",
         Status.FACING_REPATRIATION),
    ],
    ids=["spared-headed-south", "spared-after-pressure", "spared-and-arrived", "asked-to-spare",
         "cannot-escape"],
)  # fmt: skip
def test_a_japanese_return_escaped_is_a_release_and_one_still_to_escape_a_threat(
    title: str, text: str, status: Status
) -> None:
    verdict = verdict_of(title, text, "ja")
    assert verdict.tier is Tier.ALERT
    assert verdict.facts.status is status


@pytest.mark.parametrize(
    "text",
    [
        "Двое граждан КНДР, задержанных в Уссурийске, приговорены к штрафу и выдворению.",
        "Суд Хабаровска приговорил гражданина КНДР к административному выдворению из России.",
        "Суд в Находке приговорил гражданку КНДР к штрафу и принудительному выдворению.",
    ],
    ids=["fine-and-expulsion", "administrative-expulsion", "fine-and-forced-expulsion"],
)
def test_a_russian_sentence_of_expulsion_is_a_threatened_return(text: str) -> None:
    verdict = verdict_of("Суд над беглецами", text, "ru")
    assert (verdict.tier, verdict.facts.status) == (Tier.ALERT, Status.FACING_REPATRIATION)


@pytest.mark.parametrize(
    "text",
    [
        "Гражданин КНДР, задержанный в Хабаровске в мае, выдан северокорейской стороне.",
        "Две гражданки КНДР, задержанные в Находке, выданы северокорейским властям.",
        "Беглец из КНДР, задержанный в Иркутске, выдан властям КНДР.",
    ],
    ids=["to-the-side", "to-the-authorities", "to-the-dprk-authorities"],
)
def test_a_russian_short_passive_handover_to_the_north_is_a_return(text: str) -> None:
    verdict = verdict_of("Беглецы из КНДР", text, "ru")
    assert (verdict.tier, verdict.facts.status) == (Tier.ALERT, Status.REPATRIATED)


@pytest.mark.parametrize(
    "text",
    [
        "Китайские власти в понедельник отправили 20 беглецов из КНДР в Северную Корею.",
        "По данным источника, полиция Яньцзи вернула пятерых северокорейских женщин в КНДР.",
        "Пограничники задержали семерых северокорейцев в Хуньчуне и через неделю вывезли их в "
        "Пхеньян.",
        "Власти Лаоса задержали троих беглецов из КНДР и на прошлой неделе отправили их на родину.",
    ],
    ids=["sent-twenty-to-the-north", "returned-five-women", "taken-them-to-the-capital",
         "sent-them-home"],
)  # fmt: skip
def test_a_russian_return_with_the_people_between_verb_and_north_is_a_return(text: str) -> None:
    verdict = verdict_of("Беглецы из КНДР", text, "ru")
    assert (verdict.tier, verdict.facts.status) == (Tier.ALERT, Status.REPATRIATED)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Помощь Пхеньяну", "Россия отправила гуманитарную помощь и лекарства в КНДР."),
        ("Рабочие из КНДР", "Россия по санкциям ООН отправила северокорейских рабочих на родину."),
    ],
    ids=["aid-sent", "workers-sent-home"],
)
def test_a_russian_return_of_goods_or_workers_alerts_no_one(title: str, text: str) -> None:
    assert verdict_of(title, text, "ru").tier is not Tier.ALERT


def test_a_russian_handover_to_china_of_citizens_of_the_north_is_no_return() -> None:
    text = "Пограничники Вьетнама передали китайской стороне шестерых граждан КНДР в среду."
    verdict = verdict_of("Беглецы из КНДР", text, "ru")
    assert verdict.facts.status is not Status.REPATRIATED


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Полиция Уссурийска задержала троих граждан КНДР. Суд постановил принудительно выдворить "
         "их в КНДР.", Status.FACING_REPATRIATION),
        ("Гражданина КНДР задержали в Находке в мае. Суд вынес решение о его выдворении.",
         Status.FACING_REPATRIATION),
        ("Двоих граждан КНДР задержали в Артеме. Им назначено административное выдворение.",
         Status.FACING_REPATRIATION),
        ("Гражданку КНДР задержали в Находке в мае. Краевой суд отменил решение о ее выдворении.",
         Status.RELEASED),
        ("Гражданина КНДР задержали в Находке в мае. Суд отменил административное выдворение "
         "северокорейца.", Status.RELEASED),
    ],
    ids=["ordered-with-adverb", "decision-with-pronoun", "administrative-expulsion",
         "decision-cancelled", "administrative-expulsion-cancelled"],
)  # fmt: skip
def test_a_russian_court_order_to_expel_with_words_inside_is_a_threat_and_its_cancelling_a_release(
    text: str, status: Status
) -> None:
    verdict = verdict_of("Беглецы из КНДР", text, "ru")
    assert (verdict.tier, verdict.facts.status) == (Tier.ALERT, status)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "A district court in Khabarovsk on Monday ordered the expulsion of two North Korean "
               "defectors who had asked for asylum, their lawyer said."),
        ("en", "A judge in Nakhodka ordered the deportation of a North Korean defector found "
               "hiding at a fish plant, a rights group said."),
        ("fr", "Un tribunal de Khabarovsk a ordonné l'expulsion de deux transfuges nord-coréens qui "
               "avaient demandé l'asile, selon leur avocat."),
        ("de", "Ein Gericht in Chabarowsk ordnete die Abschiebung eines nordkoreanischen "
               "Überläufers an, der Asyl beantragt hatte."),
        ("es", "Un juez de Jabárovsk ordenó la deportación de dos desertores norcoreanos que "
               "habían pedido asilo, según su abogado."),
    ],
    ids=["en-expulsion", "en-deportation", "fr", "de", "es"],
)  # fmt: skip
def test_a_court_that_orders_the_return_told_with_the_noun_makes_it_a_threat(
    lang: str, text: str
) -> None:
    verdict = verdict_of("", text, lang)
    assert (verdict.tier, verdict.facts.status) == (Tier.ALERT, Status.FACING_REPATRIATION)


@pytest.mark.parametrize(
    ("lang", "title", "text"),
    [
        ("en", "Forcibly repatriated",
         "Rights groups warned that five North Koreans arrested in Vietnam are at risk of forced "
         "repatriation."),
        ("ru", "Принудительно возвращены",
         "Правозащитники предупредили, что пятерым северокорейцам, задержанным во Вьетнаме, "
         "грозит принудительная репатриация."),
        ("th", "บังคับส่งกลับ",
         "กลุ่มสิทธิมนุษยชนเตือนว่าชาวเกาหลีเหนือ 5 คนที่ถูกจับในเวียดนามมีความเสี่ยงที่จะถูก"
         "บังคับส่งกลับ"),
    ],
    ids=["en", "ru", "th"],
)  # fmt: skip
def test_a_headline_return_naming_no_one_that_the_text_only_fears_is_no_all_clear(
    lang: str, title: str, text: str
) -> None:
    for body in (text, f"{title}\n{text}"):  # also with the headline repeated as the first line
        verdict = verdict_of(title, body, lang)
        assert (verdict.tier, verdict.facts.status) == (Tier.ALERT, Status.FACING_REPATRIATION)


def test_a_headline_return_that_counts_the_people_stands_beside_a_fear_in_the_text() -> None:
    verdict = verdict_of(
        "China sends five North Korean defectors back",
        "Police in Dandong arrested the five in May. Activists fear they face torture.",
        "en",
    )
    assert (verdict.tier, verdict.facts.status) == (Tier.ALERT, Status.REPATRIATED)


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("ทางการไทยเนรเทศชาวเกาหลีเหนือสองคนกลับเกาหลีเหนือเมื่อวันศุกร์", Status.REPATRIATED),
        ("จีนเนรเทศผู้หลบหนีชาวเกาหลีเหนือ 7 คนกลับประเทศเมื่อวันศุกร์", Status.REPATRIATED),
        ("ทางการจีนอาจเนรเทศผู้หลบหนีชาวเกาหลีเหนือ 7 คนกลับเกาหลีเหนือภายในสัปดาห์นี้",
         Status.FACING_REPATRIATION),
    ],
    ids=["deported-home-by-thailand", "deported-to-their-country", "may-deport"],
)  # fmt: skip
def test_a_thai_deportation_with_the_people_before_home_is_a_return(
    text: str, status: Status
) -> None:
    verdict = verdict_of("ผู้หลบหนีชาวเกาหลีเหนือ", text, "th")
    assert (verdict.tier, verdict.facts.status) == (Tier.ALERT, status)


@pytest.mark.parametrize(
    ("lang", "text", "status"),
    [
        ("en", "A North Korean defector who was released by Chinese police last year was arrested "
               "in Shenyang on Monday.", Status.ARRESTED),
        ("ru", "Гражданин КНДР, который получил временное убежище в России, задержан в Москве в "
               "понедельник.", Status.ARRESTED),
        ("en", "Eleven North Korean defectors who were released on Friday after being held for two "
               "months flew to Seoul.", Status.RELEASED),
    ],
    ids=["en-freed-last-year-arrested-now", "ru-asylum-then-arrested", "en-held-before-freed"],
)  # fmt: skip
def test_an_all_clear_in_a_relative_clause_before_the_sentences_own_custody_is_no_all_clear(
    lang: str, text: str, status: Status
) -> None:
    assert verdict_of("", text, lang).facts.status is status


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Гражданин КНДР, задержанный во Владивостоке в мае, получил статус беженца.",
         Status.RELEASED),
        ("Северокорейцу, задержанному в Хабаровске, предоставили временное убежище в России.",
         Status.RELEASED),
        ("Гражданин КНДР, задержанный во Владивостоке в мае, не признан беженцем.",
         Status.ARRESTED),
        ("Перебежчик из КНДР, который ранее получил статус беженца в Великобритании, задержан "
         "в Москве в понедельник.", Status.ARRESTED),
    ],
    ids=["refugee-status", "asylum-granted", "not-recognised", "status-before-the-arrest"],
)  # fmt: skip
def test_russian_refugee_status_granted_to_the_people_held_frees_them(
    text: str, status: Status
) -> None:
    verdict = verdict_of("Беглецы из КНДР", text, "ru")
    assert (verdict.tier, verdict.facts.status) == (Tier.ALERT, status)


@pytest.mark.parametrize(
    ("lang", "title", "text"),
    [
        ("ko", "탈북민 4명 창바이서 체포",
         "탈북민 4명이 지난 2일 창바이에서 공안에 붙잡혔다. 이들은 현재 창바이 구류소에 갇혀 있다."),
        ("ko", "탈북민 3명 지안서 체포",
         "지린성 지안에서 탈북민 3명이 지난 5일 체포됐다. 소식통은 \"세 사람은 지안 공안국 "
         "유치장에 수감돼 있다\"고 전했다."),
        ("ko", "탈북 모녀 허룽서 체포",
         "탈북 모녀가 지난 1일 허룽에서 공안에 체포됐다. 모녀는 허룽 변방 간수소에 구류돼 있는 "
         "것으로 알려졌다."),
        ("vi", "Bắt 3 người Triều Tiên ở Cao Bằng",
         "Công an Cao Bằng bắt giữ 3 người Triều Tiên nhập cảnh trái phép hôm thứ Tư. Hiện họ "
         "đang bị giữ tại đồn biên phòng."),
        ("vi", "Bắt 5 người Triều Tiên ở Hà Giang",
         "Biên phòng Hà Giang bắt 5 người Triều Tiên vượt biên trái phép hôm 2/6. Cả nhóm hiện bị "
         "tạm giam tại Hà Giang."),
    ],
    ids=["ko-shut-in-a-detention-house", "ko-jailed-in-a-lockup", "ko-held-in-a-border-jail",
         "vi-now-held-at-a-post", "vi-now-in-custody"],
)  # fmt: skip
def test_people_arrested_and_said_to_be_still_held_are_held(
    lang: str, title: str, text: str
) -> None:
    assert verdict_of(title, text, lang).facts.status is Status.DETAINED


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Bắt 4 người Triều Tiên vượt biên ở Lạng Sơn",
         "Đồn Biên phòng Chi Ma bắt giữ 4 người Triều Tiên nhập cảnh trái phép hôm thứ Ba. Đơn vị "
         "đã lập biên bản, xử phạt hành chính và làm thủ tục trao trả 4 người này cho phía Trung "
         "Quốc theo quy định."),
        ("Bắt 2 người Triều Tiên ở Hà Giang",
         "Công an Hà Giang bắt 2 người Triều Tiên nhập cảnh trái phép hôm 4/6. Sau khi xử lý vi "
         "phạm, công an tiến hành thủ tục trục xuất họ về Trung Quốc."),
    ],
    ids=["vi-procedure-to-hand-over-to-china", "vi-procedure-to-expel-to-china"],
)  # fmt: skip
def test_a_vietnamese_handover_whose_procedure_is_under_way_is_still_to_come(
    title: str, text: str
) -> None:
    assert verdict_of(title, text, "vi").facts.status is Status.FACING_REPATRIATION


@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        # An arrest escaped (단속을 피한, 체포를 피해) is no arrest: no incident.
        ("탈북민 4명, 공안 단속 피해 라오스로",
         "중국 공안의 단속을 피한 탈북민 4명이 라오스 국경을 넘었다고 한 선교단체가 전했다.",
         (Tier.IGNORE, None)),
        # Handed over to the border guards of the country reached: held there.
        ("탈북민 2명 몽골 국경수비대에 인계",
         "중국에서 체포를 피해 몽골로 넘어간 탈북민 2명이 지난 3일 몽골 국경수비대에 신병이 "
         "인도됐다.", (Tier.ALERT, Status.ARRESTED)),
    ],
    ids=["ko-arrest-escaped", "ko-handed-to-border-guards"],
)  # fmt: skip
def test_a_korean_arrest_escaped_is_none_and_a_handover_to_guards_holds_them(
    title: str, text: str, expected: tuple[Tier, Status | None]
) -> None:
    verdict = verdict_of(title, text, "ko")
    assert (verdict.tier, verdict.facts.status) == expected


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Biên phòng Hà Giang bắt 4 người Triều Tiên hôm 3/6. Những người trên đang bị tạm giữ "
         "tại đồn biên phòng.", Status.DETAINED),
        ("Đồn Biên phòng Lào Cai phát hiện 3 công dân Triều Tiên nhập cảnh trái phép hôm 2/6. Đơn "
         "vị đang làm thủ tục bàn giao số người trên cho phía Trung Quốc.",
         Status.FACING_REPATRIATION),
        ("Công an Cao Bằng bắt 5 người Triều Tiên hôm 1/6. Các công dân trên bị tạm giam tại "
         "trại tạm giam tỉnh.", Status.DETAINED),
    ],
    ids=["vi-those-above-held", "vi-those-above-handed-over", "vi-citizens-above-held"],
)  # fmt: skip
def test_a_vietnamese_report_takes_the_people_up_as_those_above(text: str, status: Status) -> None:
    assert verdict_of("Người Triều Tiên bị bắt", text, "vi").facts.status is status


@pytest.mark.parametrize(
    "text",
    [
        "ทางการลาวส่งตัวผู้ลี้ภัยเกาหลีเหนือ 5 คนกลับเปียงยางเมื่อวันศุกร์",
        "ทางการลาวส่งตัวผู้ลี้ภัยเกาหลีเหนือ 5 คน กลับไปยังกรุงเปียงยางแล้วเมื่อวันศุกร์",
    ],
    ids=["กลับเปียงยาง", "กลับไปยังกรุงเปียงยาง"],
)
def test_people_sent_back_to_pyongyang_in_thai_were_sent_back(text: str) -> None:
    verdict = verdict_of("ลาวส่งผู้ลี้ภัยกลับ", text, "th")
    assert (verdict.tier, verdict.facts.status) == (Tier.ALERT, Status.REPATRIATED)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("นักเคลื่อนไหวค้านส่งผู้แปรพักตร์กลับเกาหลีเหนือ",
         "ผู้แปรพักตร์ชาวเกาหลีเหนือ 6 คนถูกตำรวจจีนจับกุมที่เมืองหยานจีเมื่อวันอังคาร"),
        ("ผู้ชุมนุมชูป้ายยุติการส่งตัวผู้แปรพักตร์กลับเกาหลีเหนือ",
         "ผู้แปรพักตร์ชาวเกาหลีเหนือ 6 คนถูกตำรวจจีนจับกุมที่เมืองหยานจีเมื่อวันอังคาร"),
    ],
    ids=["ค้าน", "ยุติ"],
)  # fmt: skip
def test_a_return_opposed_or_asked_to_stop_in_thai_is_no_return(title: str, text: str) -> None:
    verdict = verdict_of(title, text, "th")
    assert (verdict.tier, verdict.facts.status) == (Tier.ALERT, Status.FACING_REPATRIATION)


@pytest.mark.parametrize(
    ("title", "text", "status"),
    [
        ("ชาวเกาหลีเหนือถูกจับ",
         "ชาวเกาหลีเหนือ 5 คนที่เข้าเมืองโดยไม่ได้รับอนุญาตถูกจับกุมที่อำเภอเชียงแสนเมื่อวันอังคาร",
         Status.ARRESTED),
        ("ศาลสั่งปรับชาวเกาหลีเหนือ",
         "ชาวเกาหลีเหนือ 5 คนไม่มีเงินชำระค่าปรับ จึงถูกคุมขังที่เรือนจำเชียงราย", Status.DETAINED),
    ],
    ids=["ไม่ได้รับอนุญาต", "ไม่มีเงิน"],
)  # fmt: skip
def test_thai_without_permission_or_money_negates_no_custody(
    title: str, text: str, status: Status
) -> None:
    verdict = verdict_of(title, text, "th")
    assert (verdict.tier, verdict.facts.status) == (Tier.ALERT, status)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("ชาวเกาหลีเหนือ 3 คนถูกจับที่เชียงของ",
         "ชาวเกาหลีเหนือ 3 คนถูกจับกุมที่อำเภอเชียงของเมื่อวันอังคาร "
         "ขณะนี้ทั้งสามคนยังอยู่ในความดูแลของ ตม."),
        ("ศาลสั่งปรับชาวเกาหลีเหนือ 8 คน",
         "ชาวเกาหลีเหนือ 8 คนถูกจับกุมที่อำเภอแม่สาย ต่อมาถูกกักขังแทนค่าปรับที่เรือนจำเชียงราย"),
        ("ชาวเกาหลีเหนือ 4 คนถูกจับที่หนองคาย",
         "ชาวเกาหลีเหนือ 4 คนถูกจับกุมที่หนองคาย "
         "ปัจจุบันอยู่ในความควบคุมของเจ้าหน้าที่ตรวจคนเข้าเมือง"),
    ],
    ids=["ในความดูแลของ-ตม", "กักขังแทนค่าปรับ", "ในความควบคุมของ"],
)  # fmt: skip
def test_thai_custody_of_immigration_or_in_place_of_a_fine_holds_the_people(
    title: str, text: str
) -> None:
    verdict = verdict_of(title, text, "th")
    assert (verdict.tier, verdict.facts.status) == (Tier.ALERT, Status.DETAINED)


@pytest.mark.parametrize(
    "text",
    [
        "Hai người Triều Tiên bị bắt ở Móng Cái. Hai người này hiện đang bị công an tạm giữ.",
        "Bốn người Triều Tiên bị bắt tại Lạng Sơn. Họ đang được cơ quan chức năng tạm giữ để "
        "điều tra.",
        "Bốn người Triều Tiên bị bắt tại Lạng Sơn. Cả bốn người vẫn đang bị biên phòng giam giữ "
        "tại đồn.",
    ],
    ids=["đang-bị-công-an-tạm-giữ", "đang-được-tạm-giữ", "vẫn-đang-bị-biên-phòng-giam-giữ"],
)
def test_vietnamese_custody_told_now_with_the_authority_holds_the_people(text: str) -> None:
    verdict = verdict_of("Người Triều Tiên bị bắt", text, "vi")
    assert (verdict.tier, verdict.facts.status) == (Tier.ALERT, Status.DETAINED)


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("ทางการจีนส่งผู้แปรพักตร์เกาหลีเหนือ 6 คนคืนให้เกาหลีเหนือเมื่อวันศุกร์",
         Status.REPATRIATED),
        ("ทางการลาวส่งมอบผู้ลี้ภัยเกาหลีเหนือ 9 คนให้ทางการเกาหลีเหนือเมื่อวันศุกร์",
         Status.REPATRIATED),
        ("ทางการลาวส่งตัวผู้ลี้ภัยเกาหลีเหนือ 9 คนให้สถานทูตเกาหลีเหนือเมื่อวันศุกร์",
         Status.REPATRIATED),
        ("ทางการลาวอาจส่งมอบผู้ลี้ภัยเกาหลีเหนือ 9 คนให้ทางการเกาหลีเหนือ",
         Status.FACING_REPATRIATION),
    ],
    ids=["คืนให้", "ส่งมอบ-ให้ทางการ", "ให้สถานทูต", "อาจส่งมอบ"],
)  # fmt: skip
def test_people_given_back_or_handed_to_the_north_in_thai_were_sent_back(
    text: str, status: Status
) -> None:
    verdict = verdict_of("ผู้ลี้ภัยเกาหลีเหนือ", text, "th")
    assert (verdict.tier, verdict.facts.status) == (Tier.ALERT, status)


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("ทางการลาวผลักดันชาวเกาหลีเหนือ 5 คนกลับจีนเมื่อวันศุกร์", "LA"),
        ("ตม.เชียงของผลักดันชาวเกาหลีเหนือ 3 คนกลับไปฝั่งลาวเมื่อวันอังคาร", "TH"),
    ],
    ids=["กลับจีน", "กลับไปฝั่งลาว"],
)
def test_people_pushed_back_to_a_neighbour_in_thai_are_not_home_yet(
    text: str, country: str
) -> None:
    verdict = verdict_of("ชาวเกาหลีเหนือถูกผลักดันกลับ", text, "th")
    facts = verdict.facts
    assert (verdict.tier, facts.status, facts.country) == (Tier.ALERT, Status.ARRESTED, country)


@pytest.mark.parametrize(
    ("lang", "title", "text", "status"),
    [
        ("ja", "脱北者5人を拘束",
         "中国の公安当局は先月、丹東で拘束していた脱北者5人を北朝鮮の国境警備隊に引き渡した。",
         Status.REPATRIATED),
        ("ja", "脱北者5人を拘束",
         "丹東で拘束された脱北者5人は、北朝鮮の国境警備隊に引き渡されれば厳しい処罰を受ける。",
         Status.FACING_REPATRIATION),
        ("ko", "탈북민 5명",
         "중국 공안이 단둥에서 붙잡은 탈북민 5명을 지난 8일 북한 국경경비대에 넘긴 것으로 알려졌다.",
         Status.REPATRIATED),
        ("ko", "탈북민 5명",
         "단둥에서 붙잡힌 탈북민 5명이 북한 국경경비대에 넘겨지면 가혹한 처벌을 받게 된다.",
         Status.FACING_REPATRIATION),
        ("vi", "Người Triều Tiên",
         "Công an Trung Quốc đã trao trả 5 người Triều Tiên bị bắt ở Đan Đông cho lực lượng biên "
         "phòng Triều Tiên.",
         Status.REPATRIATED),
    ],
    ids=["ja-hikiwatashita", "ja-sarereba", "ko-neomgin", "ko-neomgyeojimyeon", "vi-trao-tra"],
)  # fmt: skip
def test_a_handover_to_the_norths_border_guards_is_a_return_done_or_threatened(
    lang: str, title: str, text: str, status: Status
) -> None:
    verdict = verdict_of(title, text, lang)
    assert (verdict.tier, verdict.facts.status) == (Tier.ALERT, status)
