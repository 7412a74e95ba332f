"""Language patterns the classifier must read in general, one row per pattern.

Inflected and feminine forms, Traditional Chinese, the detaining country against the country of
origin, future and feared repatriation, releases, "family of N" counts and more. Every sentence
here was written for these tests; none is copied from a news report.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pytest

from bot.classify import classify, default_classifier
from bot.classify.lexicon import Term
from bot.classify.matcher import Matcher, boundary_pattern, sentence_ends
from bot.domain import Document, Status, Tier


@dataclass(frozen=True)
class Row:
    id: str
    text: str
    tier: Tier = Tier.ALERT
    country: str | None = None
    people: int | None = None
    status: Status | None = None


ROWS = [
    # Country: the authorities that made the arrest, not the border they were caught near.
    Row(
        "ko-authority-beats-neighbouring-border",
        "중국 공안, 베트남 접경서 탈북민 6명 체포. 이들은 국경을 넘기 직전에 붙잡혔다.",
        country="CN", people=6, status=Status.ARRESTED,
    ),
    Row(
        "en-near-the-border-of-another-country",
        "Near the Vietnam border, Chinese police arrested seven North Korean defectors on "
        "Thursday, a rescue group said.",
        country="CN", people=7, status=Status.ARRESTED,
    ),
    # Status: a feared or future repatriation is not a completed one.
    Row(
        "en-fear-soon-repatriated",
        "Chinese police in Tumen detained six North Koreans on Sunday, and their relatives fear "
        "they will soon be repatriated.",
        country="CN", people=6, status=Status.FACING_REPATRIATION,
    ),
    Row(
        "zh-worried-will-be-repatriated",
        "四名脱北者上周在吉林图们被公安拘留，家属担心他们会被遣返。",
        country="CN", people=4, status=Status.FACING_REPATRIATION,
    ),
    Row(
        "ru-awaiting-deportation",
        "Четверо северокорейцев ждут депортации в Хабаровске после задержания на прошлой неделе.",
        country="RU", people=4, status=Status.FACING_REPATRIATION,
    ),
    # Status: a verb and its particle with the people between them.
    Row(
        "en-sent-the-people-back",
        "Police in Hunchun sent eight North Korean defectors back across the river on Tuesday.",
        country="CN", people=8, status=Status.REPATRIATED,
    ),
    Row(
        "en-handed-the-family-over",
        "Laotian police handed a North Korean family of five over to North Korea last month.",
        country="LA", people=5, status=Status.REPATRIATED,
    ),
    Row(
        "en-plans-to-send-the-people-back",
        "Vietnamese border guards holding three North Korean women plan to send the women back "
        "to China, a pastor said.",
        country="VN", people=3, status=Status.FACING_REPATRIATION,
    ),
    # Status: release cues.
    Row(
        "en-walked-free-order-overturned",
        "A North Korean woman held for a month in Khabarovsk walked free after a judge overturned "
        "the deportation order on Monday.",
        country="RU", people=1, status=Status.RELEASED,
    ),
    Row(
        "ko-released-heading-to-third-country",
        "라오스 비엔티안에서 붙잡혔던 탈북민 5명이 석방돼 제3국으로 이동 중이다.",
        country="LA", people=5, status=Status.RELEASED,
    ),
    Row(
        "en-under-protection-of-mongolian-authorities",
        "Three North Koreans who slipped past Chinese border posts are now under the protection "
        "of Mongolian authorities in Ulaanbaatar after their arrest last week.",
        country="MN", people=3, status=Status.REACHED_THIRD_COUNTRY,
    ),
    # Country: the detaining country, not the one people came from.
    Row(
        "en-detained-after-crossing-from-china",
        "Mongolian border guards detained five North Koreans on Friday who had walked across "
        "the border from China.",
        country="MN", people=5, status=Status.DETAINED,
    ),
    Row(
        "ko-came-over-from-china",
        "중국에서 넘어온 탈북민 3명이 지난주 라오스 경찰에 체포됐다.",
        country="LA", people=3, status=Status.ARRESTED,
    ),
    # Inflected and feminine forms.
    Row(
        "de-feminine-plural",
        "In Yanji wurden am Montag drei Nordkoreanerinnen festgenommen.",
        country="CN", people=3, status=Status.ARRESTED,
    ),
    Row(
        "fr-feminine-participle",
        "Une dizaine de Nord-Coréennes arrêtées à Shenyang, en Chine, selon une association.",
        country="CN", people=10, status=Status.ARRESTED,
    ),
    Row(
        "ru-feminine-genitive",
        "В Приморье задержали шесть северокореянок, сообщили правозащитники.",
        country="RU", people=6, status=Status.ARRESTED,
    ),
    Row(
        "ru-citizens-of-north-korea",
        "Полиция Владивостока задержала двух граждан Северной Кореи в понедельник.",
        country="RU", people=2, status=Status.ARRESTED,
    ),
    Row(
        "ru-deported-past-tense",
        "Власти Приморья депортировали пятерых северокорейцев на родину на прошлой неделе.",
        country="RU", people=5, status=Status.REPATRIATED,
    ),
    # Traditional Chinese.
    Row(
        "zht-north-koreans-held",
        "寮國警方在永珍扣留五名北韓人。",
        country="LA", people=5, status=Status.DETAINED,
    ),
    Row(
        "zht-women-detained-in-shenyang",
        "兩名北韓女子上週在瀋陽被公安拘留，恐遭遣返。",
        country="CN", people=2, status=Status.FACING_REPATRIATION,
    ),
    # Head counts: families.
    Row(
        "en-adjective-family-of-five",
        "A North Korean family of five was arrested by Chinese police in Dandong on Tuesday.",
        country="CN", people=5, status=Status.ARRESTED,
    ),
    Row(
        "en-up-to-is-no-head-count",
        "Chinese police in Hunchun detained up to 30 North Koreans on Thursday.",
        country="CN", people=None, status=Status.DETAINED,
    ),
    Row(
        "zh-family-of-four",
        "一家四口脱北者上周在延吉被公安抓获。",
        country="CN", people=4, status=Status.ARRESTED,
    ),
    Row(
        "ko-family-count",
        "탈북민 일가족 4명이 지난달 중국 선양에서 공안에 체포됐다.",
        country="CN", people=4, status=Status.ARRESTED,
    ),
    # Places outside the usual cities still give the country.
    Row(
        "ru-sakhalin",
        "На Сахалине задержаны трое северокорейцев, сообщили в полиции.",
        country="RU", people=3, status=Status.ARRESTED,
    ),
    Row(
        "vi-place-with-diacritics",
        "Three North Koreans were arrested by border guards in Móng Cái on Sunday.",
        country="VN", people=3, status=Status.ARRESTED,
    ),
    # A denial cancels every status word of its sentence.
    Row(
        "en-denial-covers-the-whole-sentence",
        "Police in Yanji denied on Monday that they had arrested North Korean defectors or "
        "deported anyone to the North.",
        tier=Tier.RELATED,
    ),
    Row(
        "ko-denial-after-the-clause",
        "중국 당국은 탈북민 5명을 체포해 북송했다는 보도를 부인했다.",
        tier=Tier.RELATED,
    ),
    # An old case recalled in words, not in a year.
    Row(
        "en-decade-ago",
        "A decade ago, seven North Koreans were arrested in Laos and sent back to the North.",
        tier=Tier.RELATED,
    ),
    Row(
        "en-anniversary-of-an-old-arrest",
        "Two decades ago this month, eleven North Koreans were detained in Vietnam and flown "
        "to Seoul.",
        tier=Tier.RELATED,
    ),
    Row(
        "ko-years-ago",
        "10년 전 라오스에서 탈북민 7명이 체포돼 북송됐다.",
        tier=Tier.RELATED,
    ),
    # An arrest years ago told with a release of these days: the release is news.
    Row(
        "ko-held-years-ago-freed-last-month",
        "3년 전 옌지에서 공안에 붙잡혀 수감됐던 탈북 여성 박모(38)씨가 지난달 형기를 마치고 "
        "풀려났다고 동생이 전했다.",
        country="CN", people=1, status=Status.RELEASED,
    ),
    Row(
        "en-years-ago-dates-a-life-not-the-incident",
        "A North Korean woman who fled her country years ago was arrested by police in Shenyang.",
        country="CN", people=1, status=Status.ARRESTED,
    ),
    # The arrest this report tells of wins over a planned holding; holding now is detention.
    Row(
        "en-arrested-will-be-held",
        "Thai police arrested eight North Koreans in Mae Sai on Monday; they will be held at an "
        "immigration detention centre until their case is heard.",
        country="TH", people=8, status=Status.ARRESTED,
    ),
    Row(
        "en-are-holding",
        "Lao police are holding four North Koreans at a station in Luang Namtha.",
        country="LA", people=4, status=Status.DETAINED,
    ),
    # Vietnamese and Thai.
    Row(
        "vi-arrest",
        "Công an tỉnh Hà Giang đã bắt giữ sáu người Triều Tiên vượt biên trái phép.",
        country="VN", people=6, status=Status.ARRESTED,
    ),
    Row(
        "th-arrest",
        "ตำรวจไทยจับกุมชาวเกาหลีเหนือ 9 คนที่หนองคาย",
        country="TH", people=9, status=Status.ARRESTED,
    ),
    # Japanese: people named by origin, taken away, whereabouts unknown, open counts.
    Row(
        "ja-origin-taken-away",
        "中国吉林省延吉市で北朝鮮出身者5人が公安当局に連行されたと、支援団体が明らかにした。",
        country="CN", people=5, status=Status.ARRESTED,
    ),
    Row(
        "ja-whereabouts-unknown",
        "中国遼寧省丹東で先月拘束された脱北者4人の行方が分からなくなっていると、支援団体が明らかにした。",
        country="CN", people=4, status=Status.MISSING,
    ),
    Row(
        "ja-twenty-odd-is-an-open-count",
        "ロシア沿海地方で北朝鮮の男女20人余りが移民当局に拘束された。",
        country="RU", people=None, status=Status.ARRESTED,
    ),
    Row(
        "ja-ten-odd-is-an-open-count",
        "モンゴル東部の国境付近で脱北者十数人が国境警備隊に拘束され、首都の施設に収容されている。",
        country="MN", people=None, status=Status.DETAINED,
    ),
    # A paragraph break after 。 does not break "the next sentence goes on about them".
    Row(
        "zh-held-in-the-next-paragraph",
        "珲春公安上周抓捕了三名脱北者。\n三人目前被关押在边防看守所。",
        country="CN", people=3, status=Status.DETAINED,
    ),
    Row(
        "ja-a-human-rights-group-is-not-a-north-korean",
        "北朝鮮人権団体の代表が中国瀋陽の公安当局に逮捕された。北朝鮮の反応はない。",
        tier=Tier.IGNORE,
    ),
    # "They", straight after the sentence naming the people, is about them.
    Row(
        "en-they-in-the-next-sentence",
        "A family of four North Korean defectors had been hiding in a flat in Yanji for months. "
        "On Monday they were arrested by Chinese police, a rescue group said.",
        country="CN", people=4, status=Status.ARRESTED,
    ),
    Row(
        "en-the-group-in-the-next-sentence",
        "Six North Korean women crossed the Mekong into Laos last week. The group was detained "
        "by Lao police in Bokeo on Sunday.",
        country="LA", people=6, status=Status.DETAINED,
    ),
    Row(
        "ko-these-people-in-the-next-sentence",
        "탈북민 5명이 지난달 두만강을 건넜다. 이들은 지난 3일 옌지에서 중국 공안에 체포됐다.",
        country="CN", people=5, status=Status.ARRESTED,
    ),
    Row(
        "zh-they-in-the-next-sentence-and-a-river-is-no-town",
        "五名脱北者上月越过图们江。他们本周在延吉被中国公安逮捕。",
        country="CN", people=5, status=Status.ARRESTED,
    ),
    Row(
        "en-they-said-is-the-speakers-not-the-people",
        "North Korean defectors in Seoul held a rally on Sunday. They said police arrested a man "
        "in Busan.",
        tier=Tier.IGNORE,
    ),
    Row(
        "en-ruled-that-he-be-sent-back",
        "A North Korean defector was arrested by Russian police in Vladivostok. A court ruled "
        "that he be sent back to North Korea.",
        country="RU", people=1, status=Status.FACING_REPATRIATION,
    ),
    # A person introduced by name and age beside words about North Korea is one of the people.
    Row(
        "en-named-with-age-then-surname",
        "Pak Chol-min, 41, fled a North Korean logging camp two years ago. Pak was stopped by "
        "police in Khabarovsk on Monday, and a judge ruled that he be deported.",
        country="RU", people=1, status=Status.FACING_REPATRIATION,
    ),
    Row(
        "en-named-south-korean-missionary",
        "Kim Ji-hoon, 45, a South Korean missionary, was arrested in Dandong on Monday for "
        "helping North Korean defectors.",
        tier=Tier.RELATED,
    ),
    Row(
        "en-named-with-age-far-from-north-korea",
        "Lee Min-ho, 34, was arrested in Shenyang on Monday, police said. The city is large and "
        "busy, with many shops and markets along the river, and tourists visit it every year in "
        "the summer. North Korea test-fired a missile on Tuesday.",
        tier=Tier.IGNORE,
    ),
    # So is a relative given an age the same way, though no name (issue 10): a plea from the
    # South names the person held only by kinship.
    Row(
        "en-relative-with-age-near-north-korea",
        "Seo Eun-ji, a North Korean defector, has lived in Daejeon since 2018. Her son, 21, "
        "crossed into China in October but was caught by police in Hunchun last week.",
        country="CN", people=1, status=Status.ARRESTED,
    ),
    Row(
        "en-my-relative-with-age-and-her-children",
        '"My sister (34) and her two children were detained in Vientiane on Monday," a North '
        "Korean defector in Seoul said on Tuesday.",
        country="LA", people=3, status=Status.DETAINED,
    ),
    Row(
        "en-relative-with-age-and-another",
        "A North Korean defector in Busan is pleading for help. Her son, 21, and his wife were "
        "caught by police in Hunchun last week.",
        country="CN", people=2, status=Status.ARRESTED,
    ),
    # "A group of five", like "a family of five", is a head count.
    Row(
        "en-a-group-of-five",
        "Lao police in Bokeo detained a group of five, all North Korean defectors, on Sunday.",
        country="LA", people=5, status=Status.DETAINED,
    ),
    # Chinese: a man of North Korea, an immigration detention centre abroad, years in numerals.
    Row(
        "zht-north-korean-man",
        "據人權團體表示，一名北韓男子上週在海參崴被俄羅斯警方拘留，面臨遣返。",
        country="RU", people=1, status=Status.FACING_REPATRIATION,
    ),
    Row(
        "zh-immigration-detention-abroad",
        "泰国警方称，十二名朝鲜人被关押在曼谷移民局拘留中心。这些脱北者希望前往韩国。",
        country="TH", people=12, status=Status.DETAINED,
    ),
    Row(
        "zh-year-in-chinese-numerals-is-old",
        "二〇一五年三月，三名脱北者在丹东被中国公安逮捕，随后被遣返。",
        tier=Tier.RELATED,
    ),
    Row(
        "zh-groundless-report",
        "中国外交部称，有关中方遣返三十名脱北者的报道毫无根据。",
        tier=Tier.RELATED,
    ),
    # Helpers arrested, named after the defectors they helped; a spy trial in the South.
    Row(
        "ko-brokers-of-defectors-arrested",
        "중국 공안이 탈북민의 탈출을 도운 브로커 2명을 선양에서 체포했다고 소식통이 전했다.",
        tier=Tier.RELATED,
    ),
    Row(
        "en-south-korean-court-jails-informant",
        "A South Korean court sentenced a North Korean defector to five years in prison for "
        "passing information to North Korean agents in China.",
        tier=Tier.RELATED,
    ),
    # Chinese: stopped at the border is caught; "this family" carries on about the people named
    # before; a mother and daughter who fled are the people.
    Row(
        "zh-intercepted-at-the-border",
        "据消息人士透露，四名脱北者上周在广西东兴准备越境前往越南时被中国边防人员拦截。",
        country="CN", people=4, status=Status.ARRESTED,
    ),
    Row(
        "zh-this-family-in-the-next-sentence",
        "一家四口脱北者上月越境进入中国。本週這家人在延吉被公安逮捕。",
        country="CN", people=4, status=Status.ARRESTED,
    ),
    Row(
        "zht-mother-and-daughter",
        "據悉，脫北母女二人上月在寮國北部被捕，目前被關押在永珍的移民拘留所。",
        country="LA", people=2, status=Status.DETAINED,
    ),
    # Thai: arrived in Seoul is safe; waiting to travel on is still held; sent back with the
    # people between the verb and where they were sent.
    Row(
        "th-arrived-in-seoul",
        "ผู้ลี้ภัยชาวเกาหลีเหนือ 7 คนที่ถูกควบคุมตัวในจังหวัดหนองคายเมื่อเดือนที่แล้ว "
        "เดินทางถึงกรุงโซลแล้วเมื่อวันศุกร์",
        country="TH", people=7, status=Status.REACHED_THIRD_COUNTRY,
    ),
    Row(
        "th-waiting-to-travel-on",
        "ชาวเกาหลีเหนือ 9 คนถูกควบคุมตัวที่ห้องกัก ตม. ในกรุงเทพฯ ระหว่างรอเดินทางไปเกาหลีใต้",
        country="TH", people=9, status=Status.DETAINED,
    ),
    Row(
        "th-sent-back-people-between",
        "ทางการลาวส่งตัวผู้ลี้ภัยชาวเกาหลีเหนือสี่คนที่ถูกจับในแขวงบ่อแก้วกลับเกาหลีเหนือแล้ว",
        country="LA", people=4, status=Status.REPATRIATED,
    ),
    # Russian: handed over in the active voice, returned, a return that may come, a flight out.
    Row(
        "ru-handed-to-the-north-korean-side",
        "Китайские власти передали северокорейской стороне шестерых беглецов из КНДР, "
        "задержанных в Даньдуне.",
        country="CN", people=6, status=Status.REPATRIATED,
    ),
    Row(
        "ru-returned-to-the-dprk",
        "Пятерых северокорейцев, задержанных в Хабаровске, вернули в КНДР на прошлой неделе.",
        country="RU", people=5, status=Status.REPATRIATED,
    ),
    Row(
        "ru-may-be-returned-by-force",
        "Семью из четырех человек, бежавшую из КНДР, задержали в Шэньяне; их могут "
        "принудительно вернуть на родину.",
        country="CN", people=4, status=Status.FACING_REPATRIATION,
    ),
    Row(
        "ru-flew-to-south-korea",
        "Северокореянка, задержанная в Хабаровске, вылетела в Южную Корею после освобождения.",
        country="RU", people=1, status=Status.REACHED_THIRD_COUNTRY,
    ),
    # The place alone says the country: declined Russian names, Thai, Vietnamese and Taiwanese
    # names of towns in China, Laos and Thailand.
    Row(
        "ru-declined-thai-town",
        "Пятеро северокорейцев задержаны в Чианграе на прошлой неделе.",
        country="TH", people=5, status=Status.ARRESTED,
    ),
    Row(
        "ru-declined-chinese-border-town",
        "Семеро беглецов из КНДР задержаны в Хуньчуне.",
        country="CN", people=7, status=Status.ARRESTED,
    ),
    Row(
        "th-yanji",
        "ผู้ลี้ภัยชาวเกาหลีเหนือ 8 คนถูกจับกุมที่เมืองเหยียนจี๋เมื่อวันจันทร์",
        country="CN", people=8, status=Status.ARRESTED,
    ),
    Row(
        "vi-tumen",
        "Sáu người đào tẩu Triều Tiên bị bắt giữ tại Đồ Môn hôm thứ Ba.",
        country="CN", people=6, status=Status.ARRESTED,
    ),
    Row(
        "zht-luang-prabang-taiwanese-name",
        "據報導，五名脫北者上月在龍坡邦被捕。",
        country="LA", people=5, status=Status.ARRESTED,
    ),
    # Russian: the people in the dative, as a court's refusal names them.
    Row(
        "ru-dative-citizen",
        "Суд в Благовещенске отказал гражданке КНДР в статусе беженца; ей грозит выдворение.",
        country="RU", people=1, status=Status.FACING_REPATRIATION,
    ),
    Row(
        "th-sent-back-home-done",
        "ทางการลาวได้ส่งตัวชาวเกาหลีเหนือ 4 คนที่ถูกจับที่บ่อแก้วกลับประเทศแล้ว",
        country="LA", people=4, status=Status.REPATRIATED,
    ),
    Row(
        "th-awaiting-transfer-to-a-third-country",
        "ชาวเกาหลีเหนือ 5 คนถูกกักตัวที่ห้องกัก ตม. ในกรุงเทพฯ เพื่อรอส่งต่อไปยังประเทศที่สาม",
        country="TH", people=5, status=Status.DETAINED,
    ),
    # Vietnamese: a return in the active voice with đã, and one sent home to their country.
    Row(
        "vi-forcibly-returned-active",
        "Trung Quốc đã cưỡng chế hồi hương 30 người Triều Tiên bị bắt ở Cát Lâm.",
        country="CN", people=30, status=Status.REPATRIATED,
    ),
    Row(
        "vi-sent-home",
        "Bốn người đào tẩu Bắc Hàn bị bắt ở Lạng Sơn đã bị đưa về nước, theo một tổ chức nhân quyền.",
        country="VN", people=4, status=Status.REPATRIATED,
    ),
    Row(
        "zht-north-korean-teenagers",
        "南韓外交部證實，八名北韓青少年上週在寮國遭警方拘留，目前仍被關押。",
        country="LA", people=8, status=Status.DETAINED,
    ),
    # Chinese: the short forced return (強遣) and sent back under escort (押解回).
    Row(
        "zht-forced-return-short-form",
        "據人權團體透露，上月在延吉被捕的六名脫北者已被強遣回北韓。",
        country="CN", people=6, status=Status.REPATRIATED,
    ),
    Row(
        "zh-escorted-back",
        "消息人士说，在图们被抓的三名脱北者上周被押解回朝鲜。",
        country="CN", people=3, status=Status.REPATRIATED,
    ),
    # Russian: extradited without a destination, a court decision awaited, adults and children.
    Row(
        "ru-extradited",
        "Китай экстрадировал шестерых беглецов из КНДР, задержанных в Яньцзи.",
        country="CN", people=6, status=Status.REPATRIATED,
    ),
    Row(
        "ru-awaiting-the-courts-decision",
        "Двое северокорейцев, задержанных в Находке, ожидают решения суда о выдворении.",
        country="RU", people=2, status=Status.FACING_REPATRIATION,
    ),
    Row(
        "ru-adults-and-children",
        "Пограничники задержали в Приморье двух взрослых и троих детей, бежавших из КНДР.",
        country="RU", people=5, status=Status.ARRESTED,
    ),
    # Thai: pushed back over the border to Myanmar is out of Thailand, not home.
    Row(
        "th-pushed-back-to-myanmar",
        "ชาวเกาหลีเหนือ 3 คนที่ลักลอบเข้าเมืองทางแม่สายถูกผลักดันกลับพม่า",
        country="TH", people=3, status=Status.ARRESTED,
    ),
    # Vietnamese: the state's formal name and a nationality are the people; 'without papers'
    # negates nothing.
    Row(
        "vi-formal-state-name",
        "Biên phòng Lạng Sơn tạm giữ 4 công dân CHDCND Triều Tiên nhập cảnh trái phép từ Trung Quốc.",
        country="VN", people=4, status=Status.DETAINED,
    ),
    Row(
        "vi-nationality-without-papers",
        "Công an phát hiện 2 người mang quốc tịch Triều Tiên không có giấy tờ tại Hà Giang và đã "
        "tạm giữ.",
        country="VN", people=2, status=Status.DETAINED,
    ),
    # Russian: natives of the DPRK (выходцы, уроженка) are the people.
    Row(
        "ru-natives-of-the-dprk",
        "Пограничники задержали в Приморье трех выходцев из КНДР, переплывших пограничную реку.",
        country="RU", people=3, status=Status.ARRESTED,
    ),
    Row(
        "ru-native-woman",
        "В Благовещенске задержана уроженка КНДР, бежавшая со стройки.",
        country="RU", people=1, status=Status.ARRESTED,
    ),
    # Thai: without papers negates no event.
    Row(
        "th-without-papers",
        "ชาวเกาหลีเหนือ 3 คนที่ไม่มีเอกสารถูกควบคุมตัวที่เชียงของ",
        country="TH", people=3, status=Status.DETAINED,
    ),
    # Chinese: escapees named as 人士, 居民 or 逃亡者; jailed (收监, 关进); sent back (送返);
    # arrived in Korea in the short form (抵韩).
    Row(
        "zh-escapees-as-persons-jailed",
        "五名脱北人士上周在沈阳遭中共当局拘捕，随后被关进当地看守所。",
        country="CN", people=5, status=Status.DETAINED,
    ),
    Row(
        "zht-fugitives-sent-back",
        "三名北韓逃亡者上月在延吉被捕，已被送返北韓。",
        country="CN", people=3, status=Status.REPATRIATED,
    ),
    Row(
        "zh-arrived-in-korea-short-form",
        "去年在昆明被捕的两名脱北者辗转抵韩，目前接受政府调查。",
        country="CN", people=2, status=Status.REACHED_THIRD_COUNTRY,
    ),
    # Russian: sent back, returned home.
    Row(
        "ru-sent-back",
        "Двоих северокорейцев, задержанных в Находке, отправили обратно в КНДР.",
        country="RU", people=2, status=Status.REPATRIATED,
    ),
    Row(
        "ru-returned-home",
        "Троих граждан КНДР, задержанных во Владивостоке, вернули на родину.",
        country="RU", people=3, status=Status.REPATRIATED,
    ),
    # Vietnamese: held (câu lưu, tống giam), freed and gone to the South; trying to go there is
    # no arrival.
    Row(
        "vi-held-cau-luu",
        "Ba người Triều Tiên bị câu lưu tại Lào Cai vì nhập cảnh trái phép.",
        country="VN", people=3, status=Status.DETAINED,
    ),
    Row(
        "vi-freed-and-gone-to-the-south",
        "Năm người đào tẩu Bắc Hàn bị giam ở Lào đã được tự do và đã sang Hàn Quốc.",
        country="LA", people=5, status=Status.REACHED_THIRD_COUNTRY,
    ),
    Row(
        "vi-trying-to-go-to-the-south",
        "Năm người Triều Tiên bị bắt tại Lào Cai khi đang tìm cách sang Hàn Quốc.",
        country="VN", people=5, status=Status.ARRESTED,
    ),
    # Thai: freedom gained, the arrival with ประเทศ (country) written out.
    Row(
        "th-gained-freedom",
        "ผู้ลี้ภัยเกาหลีเหนือ 4 คนที่ถูกคุมขังในลาวได้รับอิสรภาพแล้ว",
        country="LA", people=4, status=Status.RELEASED,
    ),
    Row(
        "th-arrived-in-the-country-south-korea",
        "ผู้ลี้ภัยเกาหลีเหนือ 6 คนที่ถูกจับที่หนองคายเดินทางถึงประเทศเกาหลีใต้แล้ว",
        country="TH", people=6, status=Status.REACHED_THIRD_COUNTRY,
    ),
    # Russian: the people in the prepositional, as a statement 'about' them names them.
    Row(
        "ru-prepositional-about-them",
        "Правозащитная группа выпустила заявление о семерых северокорейцах, задержанных в Шэньяне.",
        country="CN", people=7, status=Status.ARRESTED,
    ),
]  # fmt: skip


@pytest.mark.parametrize("row", ROWS, ids=[r.id for r in ROWS])
def test_the_language_of_the_domain_is_read_in_general(row: Row) -> None:
    verdict = classify(Document(row.id, "", row.text, date=date(2024, 5, 20)))
    assert verdict.tier is row.tier
    if row.tier is Tier.ALERT:
        facts = verdict.facts
        assert (facts.country, facts.people, facts.status) == (
            row.country,
            row.people,
            row.status,
        )


def test_people_and_an_arrest_in_different_sentences_are_not_an_incident() -> None:
    doc = Document(
        "split",
        "Job fair in Seoul",
        "The unification ministry will run a job fair for North Korean defectors next month. "
        "In other news, police arrested a man suspected of stealing copper cable.",
        date=date(2026, 11, 20),
    )
    verdict = classify(doc)
    assert verdict.tier is Tier.IGNORE and verdict.facts.status is None


def test_the_country_passed_through_on_the_way_to_the_south_is_not_where_they_were_held() -> None:
    verdict = classify(
        Document(
            "zh-via-thailand",
            "三名脱北者取道泰国抵达首尔",
            "今年春天在云南被抓后获释的三名脱北者，上周取道泰国抵达首尔。",
            date=date(2024, 5, 20),
        )
    )
    assert (verdict.facts.country, verdict.facts.status) == ("CN", Status.REACHED_THIRD_COUNTRY)


@pytest.mark.parametrize(
    ("title", "text", "country"),
    [
        ("Four North Koreans caught trying to cross into Laos",
         "Four North Korean defectors were caught in Yunnan on Sunday, a rescue group said.", "CN"),
        ("Трое северокорейцев задержаны при попытке перейти в Лаос",
         "Трое северокорейцев задержаны в Юньнани в воскресенье, сообщили правозащитники.", "CN"),
        ("Ba người Triều Tiên bị bắt khi tìm cách sang Lào",
         "Ba người Triều Tiên đã bị bắt ở Vân Nam hôm Chủ nhật, một nhóm cứu trợ cho biết.", "CN"),
        ("จับชาวเกาหลีเหนือ 3 คนขณะพยายามข้ามไปลาว",
         "ชาวเกาหลีเหนือ 3 คนถูกจับกุมที่มณฑลยูนนานเมื่อวันอาทิตย์", "CN"),
    ],
    ids=["en", "ru", "vi", "th"],
)  # fmt: skip
def test_where_people_were_caught_trying_to_go_is_not_where_they_were_held(
    title: str, text: str, country: str
) -> None:
    verdict = classify(Document("attempt", title, text, date=date(2024, 5, 20)))
    assert (verdict.tier, verdict.facts.country) == (Tier.ALERT, country)


def test_a_split_verb_needs_the_people_between_its_parts() -> None:
    text = (
        "Defectors in Seoul sent a letter back to the North Korean embassy in Beijing on Monday."
    )
    verdict = classify(Document("letter", "Letter", text, date=date(2026, 11, 20)))
    assert verdict.facts.status is None


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("They sent the two defectors back.", ["sent the two defectors back"]),
        ("They sent them back and the defectors back home wept.", ["sent them back"]),
        ("They sent the guards, and two defectors back home wept.", []),
        ("Police sent reinforcements. Two defectors went back.", []),
        ("Police sent reinforcements; two defectors went back.", []),
        ("They sent some of the many hungry young defectors back.", []),  # too far apart
        ("They resent two defectors back home.", []),  # not the word "sent"
    ],
    ids=["people-between", "nearest-head", "comma-between", "sentence-between", "clause-between",
         "too-far", "inside-a-word"],
)  # fmt: skip
def test_a_split_term_joins_its_parts_only_within_a_clause(text: str, found: list[str]) -> None:
    terms = [
        Term("sent … back", "repat"),
        Term("them", "subject_pron"),
        Term("defectors", "subject"),
        Term("two", "number", value="2"),
    ]
    hits = Matcher(terms).scan(text)
    assert [h.surface for h in hits if h.has("repat")] == found


NARROWING_TEXTS = [
    "Border guards caught three North Korean women near Hunchun; a pastor was held too.",
    "The ministry sent the fishermen back. They had drifted south in a storm.",
    "탈북민 일가족 4명이 라오스에서 붙잡혔다가 석방됐다고 단체가 전했다.",
    "在图们被抓的脱北者们上周被遣返，其中有两名儿童。",
    "ベトナムで拘束された脱北者の男性は、解放されたという。",
]


@pytest.mark.parametrize("text", NARROWING_TEXTS)
def test_a_narrowed_matcher_finds_what_the_full_one_finds_of_its_concepts(text: str) -> None:
    """The classifier turns most reports away on a narrowed matcher's raw matches: they must be
    the full matcher's raw matches of the kept concepts, no more, no fewer, each passing the
    same word-boundary check."""
    full = Matcher(default_classifier().lexicon.terms)
    kept = frozenset({"subject", "subject_weak", "nk", "arrest", "detain", "release", "repat"})
    narrowed = full.narrowed(kept)
    full_raw, narrowed_raw = full.raw(text), narrowed.raw(text)
    marks = full.marks([kept])
    wanted = {(s, e): i for i, s, e in full_raw.matches if marks[i]}
    found = {(s, e): i for i, s, e in narrowed_raw.matches}
    assert wanted, "each text names some of the kept concepts"
    assert sorted(found) == sorted(wanted)
    assert all(
        narrowed.bounded(narrowed_raw, i, s, e) == full.bounded(full_raw, wanted[s, e], s, e)
        for (s, e), i in found.items()
    )
    assert narrowed.size < full.size


@pytest.mark.parametrize(
    ("text", "ends"),
    [
        ("밝혔다.그는 말했다.", [4, 11]),  # a period run into the next Hangul word
        ("공개했다./통일부 제공", [6, 12]),  # and before a photo credit's slash
        ("김철수 기자 입력 2022.07.13 10:05 통일부는 밝혔다.", [27, 36]),  # a page's time stamp
        ("Updated 2024-05-20 14:02 Police said.", [25, 37]),
        ("U.S.는 말했다. 그", [11, 12]),  # an abbreviation before Hangul stays in its sentence
        ("탈북민 3.5명", [8]),
    ],
    ids=["ko-period-run-on", "ko-photo-credit", "ko-time-stamp", "en-time-stamp",
         "abbreviation", "decimal"],
)  # fmt: skip
def test_copied_web_text_is_cut_where_its_sentences_end(text: str, ends: list[int]) -> None:
    assert sentence_ends(text) == ends


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        ("They were caught in May. Police said so.", ["They were caught in May. ", "Police said so."]),
        ("He wrote to the UN. China denied it.", ["He wrote to the UN. ", "China denied it."]),
        ("It was pastor Kim. He left.", ["It was pastor Kim. ", "He left."]),
        ("Họ bị bắt hôm thứ Hai. Hai người khác được thả.",
         ["Họ bị bắt hôm thứ Hai. ", "Hai người khác được thả."]),
        ("Mr. Kim said so. Then he left.", ["Mr. Kim said so. ", "Then he left."]),
        ("On Nov. 7 police (Gen. Park) said.", ["On Nov. 7 police (Gen. Park) said."]),
        ("Họ ở TP. Hồ Chí Minh.", ["Họ ở TP. Hồ Chí Minh."]),
        ("A. Kim of the U.S. group said.", ["A. Kim of the U.S. group said."]),
        ("ชาวเกาหลีเหนือ 4 คนถูกส่งตัวให้ ตม. เพื่อส่งตัวไปเกาหลีใต้",
         ["ชาวเกาหลีเหนือ 4 คนถูกส่งตัวให้ ตม. เพื่อส่งตัวไปเกาหลีใต้"]),
        ("ตำรวจจับชาวเกาหลีเหนือ 3 คนเมื่อวันที่ 12 พ.ย. 2569 ที่ อ.แม่สาย",
         ["ตำรวจจับชาวเกาหลีเหนือ 3 คนเมื่อวันที่ 12 พ.ย. 2569 ที่ อ.แม่สาย"]),
        ("เมื่อเวลา 10.00 น. ตำรวจจับชาวเกาหลีเหนือ 4 คน",
         ["เมื่อเวลา 10.00 น. ตำรวจจับชาวเกาหลีเหนือ 4 คน"]),
        ("พ.ต.อ. สมชาย ผกก.สภ.เชียงแสน เปิดเผยว่าจับชาวเกาหลีเหนือ 6 คน",
         ["พ.ต.อ. สมชาย ผกก.สภ.เชียงแสน เปิดเผยว่าจับชาวเกาหลีเหนือ 6 คน"]),
    ],
    ids=["en-month", "en-acronym", "en-surname", "vi-weekday", "en-title", "en-month-and-rank",
         "vi-city", "initials", "th-immigration-police", "th-short-month", "th-hour",
         "th-police-rank"],
)  # fmt: skip
def test_a_short_capitalised_word_ends_a_sentence_unless_the_lexicons_call_it_an_abbreviation(
    text: str, sentences: list[str]
) -> None:
    boundary = boundary_pattern(default_classifier().lexicon.abbreviations)
    ends = sentence_ends(text, boundary)
    assert [text[start:end] for start, end in zip([0, *ends], ends, strict=False)] == sentences


@pytest.mark.parametrize(
    ("lang", "text", "people", "status"),
    [
        ("en", "Chinese police detained three North Korean defectors in Dandong in May. Two others "
               "in their group were released last year and now live in Seoul.", 3, Status.DETAINED),
        ("en", "Three North Korean defectors were arrested in Shenyang on Monday, said pastor Kim. "
               "He said two of them could be sent back within days.",
         3, Status.FACING_REPATRIATION),
        ("vi", "Công an Trung Quốc đã bắt giữ ba người Triều Tiên đào tẩu ở Đan Đông hôm thứ Hai. "
               "Năm người khác đã bị hồi hương hồi năm ngoái.", 3, Status.ARRESTED),
    ],
    ids=["en-month-ends-the-arrest", "en-surname-ends-the-arrest", "vi-weekday-ends-the-arrest"],
)  # fmt: skip
def test_a_sentence_ending_on_a_month_name_or_weekday_does_not_run_into_the_next(
    lang: str, text: str, people: int, status: Status
) -> None:
    facts = classify(Document("s", "", text, lang=lang, date=date(2026, 6, 10))).facts
    assert (facts.people, facts.status) == (people, status)


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        ("3人は「中国から来た。日本に住みたい」と語った。警察は3人を拘束した。",
         ["3人は「中国から来た。日本に住みたい」と語った。", "警察は3人を拘束した。"]),
        ("他哭着说：“我们没有证件。请帮帮我们”，随后被带走。",
         ["他哭着说：“我们没有证件。请帮帮我们”，随后被带走。"]),
        ('그는 "길을 잃었다. 도와 달라"고 말했다. 경찰이 왔다.',
         ['그는 "길을 잃었다. 도와 달라"고 말했다. ', "경찰이 왔다."]),
        ("Он сказал: «Мы шли пешком. Нас никто не видел». Потом их увезли.",
         ["Он сказал: «Мы шли пешком. Нас никто не видел». ", "Потом их увезли."]),
        ("She told us: 'We walked for days. Nobody helped.' Guards then took them.",
         ["She told us: 'We walked for days. Nobody helped.' ", "Guards then took them."]),
        ("She said: 'We don't know. Help.' Then.", ["She said: 'We don't know. Help.' ", "Then."]),
        ("The pastor's wife said: 'We hid. Nobody came.' Then.",
         ["The pastor's wife said: 'We hid. Nobody came.' ", "Then."]),
        ('"We walked for days. Nobody helped," she said. Then.',
         ['"We walked for days. ', 'Nobody helped," she said. ', "Then."]),
        ('He said: "We walked. Then the rain came.\nGuards took them. "Go," one said.',
         ['He said: "We walked. ', "Then the rain came.\n", "Guards took them. ",
          '"Go," one said.']),
        ('He said: "It ended. ' + "Then more. " * 25 + 'Done." Police came.',
         ['He said: "It ended. ', *["Then more. "] * 25, 'Done." ', "Police came."]),
    ],
    ids=["ja-quote-in-sentence", "zh-quote-in-sentence", "ko-quote-before-particle",
         "ru-guillemets", "en-single-quotes", "en-apostrophe-inside",
         "en-apostrophe-in-a-word-before-the-quote", "quote-opens-its-sentence",
         "unclosed-quote-stops-at-line-end", "quote-longer-than-the-cap"],
)  # fmt: skip
def test_a_full_stop_inside_a_quote_within_a_sentence_ends_no_sentence(
    text: str, sentences: list[str]
) -> None:
    lexicon = default_classifier().lexicon
    ends = sentence_ends(text, boundary_pattern(lexicon.abbreviations, quotes=lexicon.quotes))
    assert [text[start:end] for start, end in zip([0, *ends], ends, strict=False)] == sentences


@pytest.mark.parametrize(
    ("lang", "title", "text", "people", "status"),
    [
        ("ja", "秋田沖で小型船の3人保護",
         "秋田県男鹿市の沖合で20日、小型船に乗った男性3人が保護された。3人は「北朝鮮から逃げた。"
         "韓国で暮らしたい」と話している。日本の入管は3人を施設に収容した。", 3, Status.DETAINED),
        ("ko", "훈춘 공안, 여성 2명 연행",
         '중국 훈춘에서 탈북민으로 보이는 여성 2명이 공안에 붙잡혔다고 소식통이 전했다. 소식통은 '
         '"밤에 들이닥쳤다. 피할 곳이 없었다"고 말했다. 변방대에 넘겨져 곧 북송될 것으로 보인다.',
         2, Status.FACING_REPATRIATION),
    ],
    ids=["ja-boat-people-held-after-their-quote", "ko-return-told-after-a-source-s-quote"],
)  # fmt: skip
def test_what_befell_the_people_after_a_quote_within_a_sentence_is_theirs(
    lang: str, title: str, text: str, people: int, status: Status
) -> None:
    verdict = classify(Document("q", title, text, lang=lang, date=date(2026, 12, 21)))
    assert verdict.tier is Tier.ALERT
    assert (verdict.facts.people, verdict.facts.status) == (people, status)


def test_a_headline_s_refusal_run_on_before_a_time_stamp_does_not_reach_the_story() -> None:
    # A page copied as one paragraph: headline, subtitle, byline and time stamp, then the story.
    text = (
        "'귀순 어민' 북송 사진 공개 유엔사, 당시 협조 요청 거부 김철수 기자 입력 2022.07.13 10:05 "
        "통일부는 2019년 11월 귀순 의사를 밝힌 북한 어민 2명을 판문점에서 북측에 넘기던 사진을 "
        "12일 공개했다./통일부 제공 당시 정부는 강제 송환 금지 원칙을 무시했다는 비판을 받았다."
    )
    verdict = classify(
        Document("runon", "'귀순 어민' 북송 사진 공개", text, "ko", date=date(2022, 7, 13))
    )
    assert verdict.tier is Tier.ALERT
    facts = verdict.facts
    assert (facts.country, facts.people, facts.status) == ("KR", 2, Status.REPATRIATED)


def test_a_thai_short_month_keeps_the_year_and_place_after_it_with_the_arrest() -> None:
    text = "ตำรวจจับกุมชาวเกาหลีเหนือ 3 คนเมื่อวันที่ 3 ต.ค. 2569 ที่อำเภอแม่สาย จังหวัดเชียงราย"
    verdict = classify(Document("s", "", text, lang="th", date=date(2026, 11, 30)))
    facts = verdict.facts
    assert (verdict.tier, facts.people, facts.country, facts.date) == (
        Tier.ALERT, 3, "TH", date(2026, 10, 3),
    )  # fmt: skip
