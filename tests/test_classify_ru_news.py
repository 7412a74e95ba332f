"""Russian reports written as whole news items: a headline, a lede that often opens on a
reaction, the facts later, quotes and background.

Every sentence here was written for these tests; none is copied from a news report.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.classify import classify, default_classifier
from bot.classify.matcher import boundary_pattern, sentence_ends
from bot.domain import Document, Status, Tier

ON = date(2026, 11, 20)


def _read(title: str, text: str) -> tuple[Tier, Status | None, int | None]:
    verdict = classify(Document("r", title, text, "ru", date=ON))
    return verdict.tier, verdict.facts.status, verdict.facts.people


@pytest.mark.parametrize(
    ("title", "text", "people"),
    [
        ("Активисты: в Шэньяне задержана мать с двумя детьми",
         "Активисты сообщают, что в Шэньяне задержана северокорейская женщина с двумя детьми. "
         "Семью могут в любой момент отправить обратно.", 3),
        ("Задержание в Тумэне",
         "Китайская полиция задержала в Тумыне северокорейскую девушку, переплывшую реку Туманная.",
         1),
        ("Пограничники задержали беглеца",
         "В Хуньчуне пограничники задержали северокорейского мужчину, который прятался на ферме.",
         1),
        ("Трех беглянок задержали в Яньцзи",
         "Полиция Яньцзи задержала трех северокорейских девушек, работавших в караоке-баре.", 3),
        ("Перебежчик задержан в Даньдуне",
         "Перебежчик из КНДР задержан в Даньдуне при проверке документов.", 1),
    ],
    ids=["woman-adjective", "girl-accusative", "man-accusative", "girls-counted", "defector-nom"],
)  # fmt: skip
def test_a_north_korean_woman_or_man_named_by_the_adjective_is_one_of_the_people(
    title: str, text: str, people: int
) -> None:
    tier, status, count = _read(title, text)
    assert tier is Tier.ALERT
    assert status in (Status.ARRESTED, Status.FACING_REPATRIATION)
    assert count == people


@pytest.mark.parametrize(
    ("title", "text", "want"),
    [
        ("Суд освободил китайского проводника",
         "Суд в Яньцзи освободил гражданина КНР, обвиненного в помощи беглецам. Четверо "
         "северокорейцев, которых он сопровождал, по-прежнему под стражей.",
         (Status.DETAINED, 4)),
        ("В Даньдуне задержаны беглецы из КНДР",
         "В Даньдуне задержаны пятеро северокорейцев вместе с тремя гражданами Китая, которые "
         "помогали им. Северокорейцам грозит депортация.",
         (Status.FACING_REPATRIATION, 5)),
        ("Задержание на границе",
         "Лаосская полиция задержала шестерых беглецов из КНДР и двух граждан Лаоса, "
         "перевозивших их на лодке.",
         (Status.ARRESTED, 6)),
    ],
    ids=["chinese-freed", "chinese-counted-beside", "lao-counted-beside"],
)  # fmt: skip
def test_a_local_named_by_nationality_is_not_one_of_the_people(
    title: str, text: str, want: tuple[Status, int]
) -> None:
    tier, status, people = _read(title, text)
    assert tier is Tier.ALERT
    assert (status, people) == want


@pytest.mark.parametrize(
    ("title", "text", "people"),
    [
        ("Беглецов не выпускают из ЦВСИГ, несмотря на решение суда",
         "Троих граждан КНДР не выпускают из ЦВСИГ во Владивостоке, хотя суд еще в октябре "
         "отменил решение об их выдворении. Адвокаты добиваются их освобождения.", 3),
        ("Правозащитники: беглецов так и не освободили",
         "Пятерых северокорейцев, задержанных в Шэньяне в сентябре, до сих пор не освободили, "
         "сообщили активисты.", 5),
        ("Суд отказался освободить северокорейцев",
         "Трое граждан КНДР, задержанных в Хабаровске, не были освобождены: суд продлил срок "
         "их содержания.", 3),
    ],
    ids=["not-let-out", "still-not-freed", "were-not-freed"],
)  # fmt: skip
def test_people_not_let_out_or_not_freed_are_still_held(
    title: str, text: str, people: int
) -> None:
    assert _read(title, text) == (Tier.ALERT, Status.DETAINED, people)


@pytest.mark.parametrize(
    ("title", "text", "people"),
    [
        ("В Цзилине задержаны беглецы из КНДР",
         "Южнокорейская организация сообщила, что в провинции Цзилинь задержаны полтора десятка "
         "северокорейцев, среди них несколько детей.", 15),
        ("Облава в Шэньяне",
         "В Шэньяне полиция задержала два десятка северокорейских беглецов, прятавшихся на "
         "складе.", 20),
        ("Задержание на границе с Лаосом",
         "Китайские пограничники задержали около двух десятков граждан КНДР, пытавшихся перейти "
         "границу с Лаосом.", 20),
        ("Облава в Яньцзи",
         "Полиция Яньцзи задержала десяток граждан КНДР, живших в съемной квартире.", 10),
    ],
    ids=["one-and-a-half-tens", "two-tens", "about-two-tens", "a-ten"],
)  # fmt: skip
def test_people_counted_in_tens_are_counted_in_tens(title: str, text: str, people: int) -> None:
    tier, status, count = _read(title, text)
    assert (tier, status, count) == (Tier.ALERT, Status.ARRESTED, people)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Судьба беглецов из КНДР",
         "Правозащитники обеспокоены судьбой северокорейцев, задержанных в Шэньяне. Пятерым из "
         "них, по данным активистов, предстоит депортация в КНДР."),
        ("Задержание в Шэньяне",
         "Пятерых граждан КНДР, задержанных в Шэньяне на прошлой неделе, планируется "
         "депортировать в КНДР уже в понедельник."),
    ],
    ids=["lies-ahead", "is-planned"],
)  # fmt: skip
def test_a_return_that_lies_ahead_or_is_planned_is_a_threat(title: str, text: str) -> None:
    assert _read(title, text)[:2] == (Tier.ALERT, Status.FACING_REPATRIATION)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Задержание в Шэньяне",
         "Пятерых северокорейцев, задержанных в Шэньяне на прошлой неделе, перевезли в Даньдун "
         "для передачи КНДР, сообщила правозащитная организация."),
        ("Задержание в Уссурийске",
         "Двоих граждан КНДР, задержанных в Уссурийске, поместили в ЦВСИГ для выдворения."),
        ("Задержание в Яньцзи",
         "Семерых беглецов из КНДР, задержанных в Яньцзи, этапируют в КНДР, говорят источники."),
        ("Задержание в Тумэне",
         "Троих граждан КНДР, задержанных в Тумэне, репатриируют, сообщили активисты."),
    ],
    ids=["moved-for-handover", "held-for-expulsion", "being-transferred", "being-repatriated"],
)  # fmt: skip
def test_people_moved_for_their_return_or_being_returned_face_it(title: str, text: str) -> None:
    assert _read(title, text)[:2] == (Tier.ALERT, Status.FACING_REPATRIATION)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Заседание в Уссурийске",
         "Адвокат попросил суд учесть, что на родине его подзащитному грозит расправа. Речь "
         "идет о северокорейце, которого держат в спецприемнике Уссурийска."),
        ("Суд в Артеме",
         "В среду суд рассмотрел дело об уроженце КНДР, задержанном в Артеме на прошлой неделе."),
        ("Новости Благовещенска",
         "Полиция Благовещенска сообщила о беглом лесорубе из КНДР, задержанном в понедельник."),
        ("Мать и дети в Находке",
         "Пограничники в Находке задержали женщину вместе с северокорейскими детьми, которые "
         "прятались в порту."),
    ],
    ids=["prepositional-man", "prepositional-native", "prepositional-logger", "instrumental-kids"],
)  # fmt: skip
def test_the_people_named_in_the_prepositional_or_instrumental_case_are_the_people(
    title: str, text: str
) -> None:
    tier, status, _count = _read(title, text)
    assert tier is Tier.ALERT
    assert status in (Status.ARRESTED, Status.DETAINED)


@pytest.mark.parametrize(
    ("title", "text", "status"),
    [
        ("Северокореец застрял в аэропорту",
         "Гражданин КНДР, задержанный в Шереметьеве, отказывается садиться на рейс в Пхеньян. "
         "Пограничники сообщили, что его депортируют.", Status.FACING_REPATRIATION),
        ("Беглеца из КНДР не стали выдворять",
         "Беглый рабочий из КНДР задержан во Владивостоке; он отказался возвращаться на родину.",
         Status.ARRESTED),
        # Not refused: the flight is the return.
        ("Беглеца отправили домой",
         "Беглого рабочего из КНДР, задержанного в Уссурийске, отправили рейсом в Пхеньян.",
         Status.REPATRIATED),
    ],
    ids=["refuses-the-flight", "refused-to-go-back", "sent-on-the-flight"],
)  # fmt: skip
def test_a_return_the_people_refuse_has_not_happened(
    title: str, text: str, status: Status
) -> None:
    assert _read(title, text)[:2] == (Tier.ALERT, status)


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Беглого рабочего из КНДР, задержанного в Уссурийске, посадили на самолет до Пхеньяна.",
         Status.REPATRIATED),
        ("В аэропорту Владивостока задержан беглый рабочий из КНДР. Пограничники намерены "
         "посадить его на ближайший самолет в Пхеньян.", Status.FACING_REPATRIATION),
    ],
    ids=["put-on-the-plane", "to-be-put-on-the-plane"],
)  # fmt: skip
def test_a_plane_to_the_north_is_a_return_as_a_flight_is(text: str, status: Status) -> None:
    assert _read("Беглец из КНДР задержан", text)[:2] == (Tier.ALERT, status)


@pytest.mark.parametrize(
    "text",
    [
        "Пограничники намерены оформить все необходимые бумаги и посадить мужчину на ближайший "
        "рейс до Пхеньяна.",
        "Полиция собирается сначала собрать документы, а затем отправить задержанного рейсом в "
        "Пхеньян.",
    ],
    ids=["put-on-the-flight", "send-by-flight"],
)
def test_a_flight_named_by_an_infinitive_is_planned_not_taken(text: str) -> None:
    status = _read("Беглец из КНДР задержан", f"Во Владивостоке задержан беглец из КНДР. {text}")[
        1
    ]
    assert status is Status.FACING_REPATRIATION


@pytest.mark.parametrize(
    ("title", "text", "want"),
    [
        ("В Находке задержан моряк из КНДР",
         "В порту Находки пограничники задержали моряка из КНДР, сбежавшего с торгового судна.",
         (Tier.ALERT, Status.ARRESTED, 1)),
        ("Северокорейский моряк попросил убежища",
         "Северокорейский моряк, покинувший судно во Владивостоке, задержан полицией и просит убежища.",
         (Tier.ALERT, Status.ARRESTED, 1)),
        # A sailor held with no flight told is not an escapee.
        ("В Находке задержан моряк",
         "В порту Находки пограничники задержали моряка из КНДР за контрабанду.",
         (Tier.IGNORE, None, None)),
    ],
    ids=["fled-the-ship", "left-the-ship", "held-for-smuggling"],
)  # fmt: skip
def test_a_sailor_who_left_his_ship_is_one_of_the_people(
    title: str, text: str, want: tuple[Tier, Status | None, int | None]
) -> None:
    assert _read(title, text) == want


@pytest.mark.parametrize(
    "text",
    [
        "Пятеро беглецов из КНДР, задержанных в Яньцзи, могут быть отправлены обратно.",
        "Пятеро беглецов из КНДР находятся в изоляторе в Яньцзи и, как опасаются их родные, "
        "будут отправлены обратно в ближайшие дни.",
    ],
    ids=["may-be-sent-back", "will-be-sent-back"],
)  # fmt: skip
def test_people_who_may_be_sent_back_with_no_place_named_face_it(text: str) -> None:
    assert _read("", text) == (Tier.ALERT, Status.FACING_REPATRIATION, 5)


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("В Хабаровске задержали нелегала из Северной Кореи, который два года прятался в гаражах.",
         1),
        ("Правозащитники сообщили о задержании в Китае северокорейской беженки.", 1),
        ("Полиция Шэньяна задержала северокорейских нелегалов, работавших на фабрике.", None),
        ("Суд назначил выдворение северокорейскому перебежчику, задержанному в Хабаровске.", 1),
    ],
    ids=["illegal-genitive", "refugee-woman-genitive", "illegals-with-adjective",
         "defector-dative"],
)  # fmt: skip
def test_a_refugee_defector_or_illegal_migrant_in_any_case_is_one_of_the_people(
    text: str, people: int | None
) -> None:
    tier, _status, counted = _read("", text)
    assert (tier, counted) == (Tier.ALERT, people)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Двоих беглецов из КНДР, сбежавших со стройки во Владивостоке, вывезли на родину.",
         (Tier.ALERT, Status.REPATRIATED, 2)),
        # Workers sent home under sanctions stay no incident.
        ("Северокорейских рабочих вывезли на родину из-за санкций.", (Tier.IGNORE, None, None)),
    ],
    ids=["escapees-taken-home", "workers-under-sanctions"],
)  # fmt: skip
def test_escapees_taken_home_were_returned(
    text: str, want: tuple[Tier, Status | None, int | None]
) -> None:
    assert _read("", text) == want


@pytest.mark.parametrize(
    "text",
    [
        "На прошлой неделе в Приморье задержали троих беглецов из КНДР. Если их вернут, их ждет "
        "лагерь, говорят родственники.",
        "Пограничники задержали беглянку из КНДР в Приморье. Если ее вернут, ей грозит тюрьма.",
    ],
    ids=["them", "her"],
)
def test_a_return_feared_for_these_people_is_a_threat_not_a_habit(text: str) -> None:
    """ "Если их вернут" is what the family fears for them (English: "if they are sent back"),
    not what happens to such people in general, as "если их поймают" (if caught) is."""
    assert _read("", text)[:2] == (Tier.ALERT, Status.FACING_REPATRIATION)


def test_a_handover_to_the_norths_embassy_in_a_city_abroad_sends_them_north() -> None:
    """ "в Москве" after "сотрудникам посольства КНДР" tells where the handover was, not where
    they were sent: the word names the North, and they are held in Russia until then."""
    verdict = classify(
        Document(
            "r",
            "",
            "Двоих беглецов из КНДР задержали в Хабаровске. Их передали сотрудникам посольства "
            "КНДР в Москве.",
            "ru",
            date=ON,
        )
    )
    assert (verdict.facts.status, verdict.facts.country) == (Status.REPATRIATED, "RU")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Суд во Владивостоке рассмотрел жалобу защитника гражданина КНДР Пак Ё. на решение, "
         "которым назначено принудительное выдворение.",
         (Tier.ALERT, Status.FACING_REPATRIATION, 1)),
        ("Суд во Владивостоке назначил гражданину КНДР Ким Ч. Х. принудительное выдворение.",
         (Tier.ALERT, Status.FACING_REPATRIATION, 1)),
        # Guard: a sentence that ends on a word of several letters still ends there.
        ("Во Владивостоке задержан гражданин КНДР. Беглецу грозит выдворение.",
         (Tier.ALERT, Status.FACING_REPATRIATION, 1)),
    ],
    ids=["court-initial", "two-initials", "guard-word"],
)  # fmt: skip
def test_a_cyrillic_initial_ends_no_sentence(
    text: str, expected: tuple[Tier, Status | None, int | None]
) -> None:
    """Courts write a foreigner's given name as an initial ("Пак Ё.", "Ким Ч. Х."): its period,
    like that of "N. Korea", does not cut the person off from the ruling told after it."""
    assert _read("Решение суда", text) == expected


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("По всей видимости, обе северокорейские беглянки из Уссурийска к этому моменту уже "
         "выдворены на родину.", Status.FACING_REPATRIATION),
        ("Вероятно, оба северокорейских лесоруба из Тынды за эти две недели уже отправлены в "
         "Пхеньян.", Status.FACING_REPATRIATION),
        # Guard: without the likelihood the return is told as done.
        ("Обе северокорейские беглянки из Уссурийска к этому моменту уже выдворены на родину.",
         Status.REPATRIATED),
    ],
    ids=["po-vsey-vidimosti", "veroyatno", "guard-told"],
)  # fmt: skip
def test_a_likelihood_opening_the_clause_governs_its_distant_verb(
    text: str, status: Status
) -> None:
    """ "Вероятно," opens the clause and governs its verb though the people and where they came
    from stand between (as en, vi, th read theirs): a return only inferred is feared, not done."""
    assert _read("Беглянки из КНДР задержаны в Уссурийске", text)[:2] == (Tier.ALERT, status)


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Вероятно, оба мужчины, как сообщили их знакомые, уже депортированы в КНДР.",
         Status.FACING_REPATRIATION),
        ("Скорее всего, беглянку, по словам ее адвоката, уже выдворили в КНДР.",
         Status.FACING_REPATRIATION),
        # Guard: a clause of its own after the likelihood is not governed by it.
        ("Вероятно, защита подаст жалобу, но обоих мужчин уже депортировали в КНДР.",
         Status.REPATRIATED),
    ],
    ids=["kak-soobshchili", "po-slovam", "guard-own-clause"],
)  # fmt: skip
def test_a_source_set_off_by_commas_does_not_end_the_likely_clause(
    text: str, status: Status
) -> None:
    """ "как сообщили их знакомые" and "по словам адвоката" are set off by commas inside the
    clause: the likelihood before them still governs the return after them."""
    assert _read("Беглецы из КНДР задержаны во Владивостоке", text)[:2] == (Tier.ALERT, status)


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("По всей видимости, двое арестованных в Приморье северокорейцев уже выдворены на родину.",
         Status.FACING_REPATRIATION),
        ("Вероятно, трое задержанных на прошлой неделе беглецов из КНДР уже отправлены в Пхеньян.",
         Status.FACING_REPATRIATION),
        # Guard: the negated return of people whose arrest a participle tells stays the return's.
        ("Полиция не выдворила троих беглецов из КНДР, задержанных на прошлой неделе.",
         Status.ARRESTED),
        # Guard: without the likelihood the return is told as done.
        ("Двое арестованных в Приморье северокорейцев уже выдворены на родину.",
         Status.REPATRIATED),
    ],
    ids=["po-vsey-vidimosti", "veroyatno", "guard-negated", "guard-told"],
)  # fmt: skip
def test_a_likelihood_reaches_past_the_arrest_participle_before_the_people(
    text: str, status: Status
) -> None:
    """ "Вероятно, трое задержанных беглецов уже отправлены": the participle of the arrest and
    the people stand between the likelihood and its verb; the return is only inferred."""
    assert _read("Беглецы из КНДР задержаны в Приморье", text)[:2] == (Tier.ALERT, status)


@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        ("Двое граждан КНДР заключены под стражу",
         "Пограничники задержали двух граждан КНДР у ул. Пограничной в Хасанском районе. В "
         "отношении них возбуждено дело по ч. 1 ст. 322 УК РФ.",
         (Tier.ALERT, Status.DETAINED, 2)),
        ("Задержаны нарушители границы",
         "Пограничники задержали в районе ул. Пограничной двух граждан КНДР. Возбуждено дело по "
         "ч. 1 ст. 322 УК РФ.", (Tier.RELATED, Status.ARRESTED, 2)),
    ],
    ids=["street-before-the-place", "street-before-the-people"],
)  # fmt: skip
def test_a_street_or_an_article_abbreviated_does_not_end_the_sentence(
    title: str, text: str, expected: tuple[Tier, Status | None, int | None]
) -> None:
    """Press releases abbreviate streets, articles and their parts (ул., ст., ч.): the period
    after one does not cut the people off from their place or their arrest."""
    assert _read(title, text) == expected


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        ("Суд оштрафовал его на 5 тыс. рублей по ч. 1 ст. 18.8 КоАП РФ.",
         ["Суд оштрафовал его на 5 тыс. рублей по ч. 1 ст. 18.8 КоАП РФ."]),
        # Guards: a year written with г. and the pronoun им end their sentences.
        ("Его выслали в 2009 г. Теперь он живет в Сеуле.",
         ["Его выслали в 2009 г. ", "Теперь он живет в Сеуле."]),
        ("Волонтеры помогали им. Северокорейцам грозит депортация.",
         ["Волонтеры помогали им. ", "Северокорейцам грозит депортация."]),
    ],
    ids=["article-and-thousands", "guard-year", "guard-pronoun"],
)  # fmt: skip
def test_a_russian_abbreviation_ends_no_sentence_but_a_year_or_a_pronoun_does(
    text: str, sentences: list[str]
) -> None:
    ends = sentence_ends(text, boundary_pattern(default_classifier().lexicon.abbreviations))
    assert [text[start:end] for start, end in zip([0, *ends], ends, strict=False)] == sentences


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Суд рассмотрел дело гражданина КНДР, 1994 г.р., задержанного пограничниками в "
         "Хасанском районе.", (Tier.ALERT, Status.ARRESTED, 1)),
        ("Полиция задержала в Хабаровске гражданина КНДР 1990 года рождения, сбежавшего со "
         "стройки.", (Tier.ALERT, Status.ARRESTED, 1)),
        ("Гражданин КНДР, родившийся в 1992 году, задержан полицией в Уссурийске.",
         (Tier.ALERT, Status.ARRESTED, 1)),
        # Guard: the year of the arrest itself, long past, still makes it an old case.
        ("Гражданин КНДР, 1994 г.р., был задержан в Хабаровске в 2015 году и выслан на родину.",
         (Tier.RELATED, None, None)),
    ],
    ids=["g-r", "goda-rozhdeniya", "rodivshiysya", "guard-arrest-year"],
)  # fmt: skip
def test_a_birth_year_does_not_make_the_arrest_an_old_case(
    text: str, expected: tuple[Tier, Status | None, int | None]
) -> None:
    """Police and courts give a foreigner's year of birth (1994 г.р., 1990 года рождения): it
    dates the person, as the year someone fled does, not the arrest."""
    assert _read("", text) == expected


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Полиция задержала двух граждан КНДР, сбежавших с лесозаготовок. Как сообщил источник, "
         "задержанных, скорее всего, передадут представителям КНДР через консульство.",
         Status.FACING_REPATRIATION),
        ("Полиция задержала двух граждан КНДР, сбежавших с лесозаготовок. Задержанных передадут "
         "северокорейским пограничникам на Хасане.", Status.FACING_REPATRIATION),
        # Guard: the handover told as done is a return.
        ("Полиция задержала двух граждан КНДР, сбежавших с лесозаготовок. Задержанные переданы "
         "представителям КНДР на Хасане.", Status.REPATRIATED),
    ],
    ids=["likely-to-representatives", "to-border-guards", "guard-done"],
)  # fmt: skip
def test_a_handover_to_the_norths_representatives_still_to_come_is_a_threat(
    text: str, status: Status
) -> None:
    """ "Их передадут представителям КНДР" (they will be handed to the North's representatives)
    is a return ahead, as "передадут КНДР" is; "переданы" tells it done."""
    assert _read("В Комсомольске-на-Амуре задержаны двое граждан КНДР", text)[:2] == (
        Tier.ALERT,
        status,
    )


def test_an_initial_given_with_the_birth_year_stands_for_the_north_korean_later_on() -> None:
    # "Л." alone names the man told of before as "гражданина КНДР Л., 1991 г.р.", so the arrest
    # told of him ("он") after the sentence naming him by the initial is his.
    tier, status, people = _read(
        "Уссурийский суд вынес приговор беглецу из КНДР",
        "Уссурийский районный суд рассмотрел дело гражданина КНДР Л., 1991 г.р., обвиняемого "
        "по ч. 1 ст. 322 УК РФ. По данным следствия, в октябре 2026 г. Л. пересек границу на "
        "резиновой лодке. Вскоре он был задержан пограничниками у пгт. Хасан.",
    )
    assert (tier, status, people) == (Tier.ALERT, Status.ARRESTED, 1)


def test_the_initial_of_someone_not_north_korean_names_no_one() -> None:
    # A Russian smuggler named by an initial and birth year: "С." is not one of the people.
    tier, _, _ = _read(
        "Житель Приморья осужден за контрабанду",
        "Хасанский районный суд рассмотрел дело жителя Приморья С., 1985 г.р., обвиняемого в "
        "контрабанде товаров из КНДР. В августе 2026 г. С. перевез груз через границу. Там же "
        "он был задержан.",
    )
    assert tier is not Tier.ALERT


def test_a_court_report_goes_on_about_the_person_as_the_defendant() -> None:
    tier, status, people = _read(
        "Беглецу из КНДР дали полгода колонии",
        "Суд в Приморье приговорил гражданина КНДР к шести месяцам колонии-поселения за "
        "незаконное пересечение границы. Приговор не вступил в законную силу. Подсудимого, по "
        "словам адвоката, депортируют в КНДР сразу после отбытия срока.",
    )
    assert (tier, status, people) == (Tier.ALERT, Status.FACING_REPATRIATION, 1)


def test_the_defendant_of_an_older_case_told_after_another_is_not_theirs() -> None:
    _, status, _ = _read(
        "Беглецу из КНДР дали полгода колонии",
        "Суд в Приморье приговорил гражданина КНДР к шести месяцам колонии-поселения за "
        "незаконное пересечение границы. В прошлом году по такой же статье осудили гражданина "
        "Китая. Подсудимого тогда депортировали в КНР.",
    )
    assert status is Status.DETAINED


@pytest.mark.parametrize(
    ("title", "text", "want"),
    [
        ("Нелегалов нашли на стройке",
         "В Уссурийске полиция задержала шестерых нелегальных рабочих из КНДР, живших в вагончике.",
         (Tier.ALERT, Status.ARRESTED, 6)),
        ("Полиция провела рейд",
         "На складе в Находке задержан нелегальный рабочий из КНДР, у него не было визы.",
         (Tier.ALERT, Status.ARRESTED, 1)),
        ("Беглецов нашли в лесу",
         "Под Артемом задержаны трое строителей из КНДР, сбежавших с объекта в августе.",
         (Tier.ALERT, Status.ARRESTED, 3)),
        # Workers named with no flight and no unlawful stay are still workers.
        ("Рабочие уехали домой",
         "Двенадцать строителей из КНДР уехали домой после окончания работ в Находке.",
         (Tier.IGNORE, None, None)),
    ],
    ids=["illegal-workers", "illegal-worker", "builders-who-fled", "builders-went-home"],
)  # fmt: skip
def test_illegal_workers_or_builders_who_fled_are_the_people(
    title: str, text: str, want: tuple[Tier, Status | None, int | None]
) -> None:
    assert _read(title, text) == want


@pytest.mark.parametrize(
    ("title", "text", "want"),
    [
        ("Моряк остался в порту",
         "Матрос северокорейского траулера покинул судно в порту Находки и пришел в полицию. "
         "Его поместили в специальное учреждение.",
         (Tier.ALERT, Status.DETAINED, 1)),
        ("Пограничники нашли беглеца",
         "В Находке задержан моряк с северокорейского рыболовного судна, сбежавший ночью с борта.",
         (Tier.ALERT, Status.ARRESTED, 1)),
        # A sailor held with no flight told is not an escapee.
        ("Моряк задержан",
         "Пограничники Находки задержали матроса северокорейского траулера за контрабанду.",
         (Tier.IGNORE, None, None)),
    ],
    ids=["left-the-trawler", "fled-the-ship", "held-for-smuggling"],
)  # fmt: skip
def test_a_sailor_named_by_his_north_korean_ship_who_left_it_is_one_of_the_people(
    title: str, text: str, want: tuple[Tier, Status | None, int | None]
) -> None:
    assert _read(title, text) == want


@pytest.mark.parametrize(
    "text",
    [
        "Двое граждан КНДР, сбежавших со стройки, задержаны в Уссурийске. По решению суда оба "
        "помещены под стражу.",
        "Гражданина КНДР, сбежавшего со стройки, задержали в Уссурийске. Вчера он был взят под "
        "стражу.",
        "Гражданина КНДР, сбежавшего со стройки, задержали в Уссурийске. Его отправили под "
        "арест до суда.",
        "Гражданин КНДР, сбежавший со стройки, задержан в Уссурийске. Сейчас он находится под "
        "арестом.",
    ],
    ids=["remanded", "taken-into-custody", "sent-under-arrest", "under-arrest"],
)
def test_people_remanded_in_custody_under_a_headline_arrest_are_held(text: str) -> None:
    tier, status, _count = _read("В Уссурийске задержали беглецов из КНДР", text)
    assert (tier, status) == (Tier.ALERT, Status.DETAINED)


def test_a_family_kept_at_a_border_guards_post_is_held() -> None:
    text = (
        "Полиция Тумэня арестовала семью беженцев из КНДР. Сейчас семья находится в пограничном "
        "отряде."
    )
    tier, status, _count = _read("Семья беженцев из КНДР арестована", text)
    assert (tier, status) == (Tier.ALERT, Status.DETAINED)


@pytest.mark.parametrize(
    ("title", "text", "alert"),
    [
        ("В Находке задержали «беглецов из КНДР»",
         "Полиция задержала в порту четверых мужчин, которых приняли за беглецов из КНДР. "
         "Задержанные оказались гражданами Таджикистана, им грозит выдворение.", False),
        ("Задержан «северокорейский перебежчик»",
         "В Артеме задержан мужчина, назвавшийся перебежчиком из КНДР. Он оказался гражданином "
         "Казахстана.", False),
        # Only a part of them, or North Koreans after all: the people are still held.
        ("В Находке задержали беглецов из КНДР",
         "Полиция задержала в порту пятерых беглецов из КНДР и их проводников. Двое проводников "
         "оказались гражданами Китая.", True),
        ("В Находке задержали троих иностранцев",
         "Полиция задержала троих иностранцев без документов. Все они оказались уроженцами КНДР, "
         "бежавшими с завода.", True),
    ],
    ids=["all-tajik", "one-kazakh", "helpers-chinese", "north-koreans-after-all"],
)  # fmt: skip
def test_people_held_who_turned_out_to_be_of_another_nationality_are_no_alert(
    title: str, text: str, alert: bool
) -> None:
    assert (_read(title, text)[0] is Tier.ALERT) is alert


@pytest.mark.parametrize(
    "text",
    [
        "Китайская полиция задержала в Яньцзи беглянку из КНДР. Она позвонила брату из участка, "
        "а потом связь пропала.",
        "Китайская полиция задержала в Яньцзи беглянку из КНДР. После ареста с ней пропала связь, "
        "говорит ее брат.",
    ],
    ids=["the-line-went-dead", "contact-lost"],
)
def test_a_call_cut_off_is_not_a_person_gone_missing(text: str) -> None:
    tier, status, _count = _read("В Яньцзи задержана беглянка из КНДР", text)
    assert (tier, status) == (Tier.ALERT, Status.ARRESTED)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Беглецов из КНДР передали китайской полиции",
         "Российские пограничники задержали у реки двух беглянок из КНДР и передали их полиции "
         "Китая. Правозащитники считают, что их почти наверняка вернут."),
        ("Беглеца из КНДР снова задержали",
         "Северокорейца, которого суд отпустил весной, снова задержали в Уссурийске. Его друзья "
         "боятся, что его всё же вышлют."),
        ("В Хабаровске задержан беглец из КНДР",
         "В Хабаровске задержан гражданин КНДР, скрывавшийся на овощной базе. Дело передано в "
         "суд для решения вопроса о его выдворении."),
        ("На Камчатке задержаны беглецы из КНДР",
         "На Камчатке задержаны трое северокорейцев, ушедших с лесозаготовок. Подрядчик говорит, "
         "что их отправят домой первым же рейсом."),
    ],
    ids=["handed-over-almost-surely-returned", "rearrested-still-expelled", "court-to-decide",
         "sent-home"],
)  # fmt: skip
def test_a_return_still_to_come_after_an_arrest_is_what_they_face(title: str, text: str) -> None:
    tier, status, _count = _read(title, text)
    assert (tier, status) == (Tier.ALERT, Status.FACING_REPATRIATION)


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("В Находке в ноябре задержан гражданин КНДР. Его тайно вывезли в КНДР.",
         Status.REPATRIATED),
        ("В Находке в ноябре задержаны двое граждан КНДР. Их фактически вывезли в КНДР.",
         Status.REPATRIATED),
        ("В Находке в ноябре задержан гражданин КНДР. Защита опасается, что его негласно "
         "передали сотрудникам консульства КНДР.", Status.FACING_REPATRIATION),
    ],
    ids=["secretly", "in-effect", "feared-quietly"],
)  # fmt: skip
def test_an_adverb_after_the_pronoun_is_no_noun_it_owns(text: str, status: Status) -> None:
    tier, got, _count = _read("В Находке задержан беглец из КНДР", text)
    assert (tier, got) == (Tier.ALERT, status)


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("В Хасане в ноябре задержаны двое граждан КНДР. Полиция передала их пограничникам КНДР.",
         Status.REPATRIATED),
        ("В Хасане в ноябре задержан гражданин КНДР. Пограничники намерены передать его "
         "консульству КНДР и посадить на ближайший самолет до Пхеньяна.",
         Status.FACING_REPATRIATION),
        ("В Хасане в ноябре задержан гражданин КНДР. Суд решил выдать его властям КНДР.",
         Status.FACING_REPATRIATION),
    ],
    ids=["handed-to-guards", "to-the-consulate-then-the-plane", "to-be-extradited"],
)  # fmt: skip
def test_a_pronoun_before_whom_it_is_handed_to_is_the_object(text: str, status: Status) -> None:
    tier, got, _count = _read("В Хасане задержан беглец из КНДР", text)
    assert (tier, got) == (Tier.ALERT, status)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Тела северокорейских рабочих отправлены на родину",
         "Тела трех граждан КНДР, погибших при пожаре в общежитии в Хабаровске, отправлены в "
         "Пхеньян."),
        ("Погибшего рабочего из КНДР вернули на родину",
         "Гроб с телом гражданина КНДР, погибшего на стройке, доставлен в Пхеньян поездом."),
    ],
    ids=["bodies", "coffin"],
)  # fmt: skip
def test_bodies_sent_home_are_no_return(title: str, text: str) -> None:
    assert _read(title, text)[0] is not Tier.ALERT


def test_papers_given_back_are_no_return() -> None:
    tier, status, _count = _read(
        "В Хабаровске задержаны беглецы из КНДР",
        "В Хабаровске задержаны двое беглецов из КНДР. Им вернут изъятые телефоны.",
    )
    assert (tier, status) == (Tier.ALERT, Status.ARRESTED)


@pytest.mark.parametrize(
    ("title", "text", "want"),
    [
        ("Беглую студентку нашли в Хабаровске",
         "Полиция Хабаровска задержала студентку из КНДР, которая в октябре перестала ходить на "
         "занятия.", (Tier.ALERT, Status.ARRESTED, 1)),
        ("В Москве задержаны студенты",
         "Трое студентов из Северной Кореи, ушедших из общежития, задержаны в Москве.",
         (Tier.ALERT, Status.ARRESTED, 3)),
        ("Студенты не вернулись в общежитие",
         "Два студента из КНДР задержаны в Благовещенске после недели поисков.",
         (Tier.ALERT, Status.ARRESTED, 2)),
    ],
    ids=["student-accusative", "students-genitive", "two-students"],
)  # fmt: skip
def test_a_student_named_by_where_he_came_from_is_one_of_the_people(
    title: str, text: str, want: tuple[Tier, Status | None, int | None]
) -> None:
    assert _read(title, text) == want


@pytest.mark.parametrize(
    ("title", "text", "want"),
    [
        ("Моряк сбежал в Находке",
         "Член экипажа северокорейского сухогруза, стоявшего в Находке, ночью сбежал с судна. "
         "Утром его задержали полицейские.", (Tier.ALERT, Status.ARRESTED)),
        ("Сбежавший с судна северокорейский матрос задержан в Находке",
         "Пограничники передали его в отдел полиции.", (Tier.ALERT, Status.ARRESTED)),
        # The crew's word as the noun of the people's ("беглого северокорейского матроса").
        ("Беглый матрос пойман",
         "Полиция Находки задержала беглого северокорейского матроса в среду.",
         (Tier.ALERT, Status.ARRESTED)),
    ],
    ids=["crew-member-fled-the-ship", "sailor-who-fled-in-the-headline", "fugitive-sailor"],
)  # fmt: skip
def test_a_sailor_named_alone_who_left_his_ship_is_one_of_the_people(
    title: str, text: str, want: tuple[Tier, Status | None]
) -> None:
    """A crew word alone (моряк, член экипажа) is a rescued crew's unless its sentence says he
    left his ship (`left_ship`), as a soldier is a captured one unless he deserted."""
    assert _read(title, text)[:2] == want


@pytest.mark.parametrize(
    ("title", "text", "want"),
    [
        ("Моряки ушли с сухогруза в Находке",
         "Двое моряков северокорейского сухогруза исчезли с судна в порту Находка. "
         "В пятницу их задержали полицейские.", (Tier.ALERT, Status.ARRESTED)),
        ("Матрос ушел со шхуны",
         "Полиция Находки задержала северокорейского матроса, который сбежал со шхуны.",
         (Tier.ALERT, Status.ARRESTED)),
        ("Матрос попросил убежища",
         "Матрос северокорейского траулера сошел на берег в Находке и попросил убежища. "
         "Его задержали пограничники.", (Tier.ALERT, Status.ARRESTED)),
        # Caught poaching: a crew held, no flight told.
        ("Шхуна задержана",
         "Пограничники задержали шхуну КНДР за незаконный промысел, шестерых моряков "
         "доставили в Находку.", (Tier.IGNORE, None)),
    ],
    ids=["vanished-from-a-freighter", "fled-a-named-schooner", "asked-for-asylum", "poachers"],
)  # fmt: skip
def test_a_crew_that_fled_any_ship_or_asked_for_asylum_is_the_people(
    title: str, text: str, want: tuple[Tier, Status | None]
) -> None:
    """Any vessel a sailor left (сухогруз, шхуна, корабль), and a sailor asking for asylum,
    tell an escapee; a crew held for poaching stays a crew."""
    assert _read(title, text)[:2] == want


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Моряк задержан в Находке",
         "Матрос северокорейского траулера, зашедшего в Находку, сбежал с судна. Моряка "
         "задержали пограничники и доставили в отдел полиции."),
        ("Моряки из КНДР задержаны в Находке",
         "Двое моряков северокорейского сухогруза исчезли с судна в ночь на вторник."),
    ],
    ids=["arrest-told-after-the-flight", "arrest-in-the-headline"],
)  # fmt: skip
def test_a_crew_whose_flight_the_report_tells_is_the_people_in_every_sentence(
    title: str, text: str
) -> None:
    """The sailor's flight is told once, his arrest in another sentence or the headline: the
    crew word there is the same escapee, not a rescued crew."""
    assert _read(title, text)[:2] == (Tier.ALERT, Status.ARRESTED)


def test_a_sailor_held_who_did_not_leave_his_ship_is_not_one_of_the_people() -> None:
    assert _read(
        "Моряк задержан",
        "Пограничники задержали моряка северокорейского судна за контрабанду крабов.",
    ) == (Tier.IGNORE, None, None)


def test_people_found_out_by_a_migration_check_are_in_the_polices_hands() -> None:
    """ "выявили" (found out, by a police or migration check) is how desks write an apprehension:
    the people named in its sentence are arrested."""
    assert _read(
        "Рейд на рынке",
        "На рынке в Артеме полицейские выявили четверых граждан КНДР без миграционных документов.",
    ) == (Tier.ALERT, Status.ARRESTED, 4)


@pytest.mark.parametrize(
    "text",
    [
        "Военнослужащий армии КНДР, сбежавший из части, задержан пограничниками в Хасане в "
        "понедельник.",
        "Северокорейский солдат самовольно покинул часть и был задержан в Хасане в понедельник.",
    ],
    ids=["fled-his-unit", "left-his-unit-without-leave"],
)
def test_a_soldier_who_deserted_his_unit_is_one_of_the_people(text: str) -> None:
    v = classify(Document("r", "Северокорейский солдат задержан в Приморье", text, "ru", date=ON))
    assert (v.tier, v.facts.country) == (Tier.ALERT, "RU")


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Полицейские проверили общежитие стройки в Артеме, где жили трое граждан КНДР. "
         "Задержанные доставлены в отдел полиции.", Status.ARRESTED),
        ("В общежитии стройки в Артеме жили трое граждан КНДР без документов. Рабочих "
         "задержали и доставили в отдел.", Status.ARRESTED),
        ("В общежитии стройки в Артеме жили трое граждан КНДР без документов. Рабочих "
         "отправят домой.", Status.FACING_REPATRIATION),
        ("Трое граждан КНДР задержаны в Артеме. После решения суда рабочих отправят домой.",
         Status.FACING_REPATRIATION),
    ],
    ids=["those-detained", "the-workers-detained", "the-workers-sent-home", "then-sent-home"],
)  # fmt: skip
def test_people_taken_up_again_as_those_detained_or_the_workers_are_the_people(
    text: str, status: Status
) -> None:
    assert _read("Рейд в Артеме", text) == (Tier.ALERT, status, 3)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("В Приморье задержаны трое граждан КНДР",
         "Полиция Уссурийска задержала троих беглецов из Северной Кореи в пятницу. "
         "Правозащитники опасаются, что их передадут Китаю."),
        ("В Благовещенске задержана беглянка из КНДР",
         "Пограничники задержали в Благовещенске северокорейскую женщину, переплывшую Амур. "
         "Источник в ведомстве говорит, что её выдадут китайской стороне на этой неделе."),
        ("В Хабаровском крае задержаны двое северокорейцев",
         "Двоих граждан КНДР задержали на стройке под Хабаровском. Активисты боятся, что "
         "обоих беглецов передадут китайским властям."),
    ],
    ids=["feared-handed-to-china", "to-china-this-week", "both-to-chinese-authorities"],
)  # fmt: skip
def test_a_handover_to_china_still_to_come_is_a_return_they_face(title: str, text: str) -> None:
    tier, status, _count = _read(title, text)
    assert (tier, status) == (Tier.ALERT, Status.FACING_REPATRIATION)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Во Владивостоке разыскивают двух студентов из КНДР",
         "Двое студентов из КНДР, учившихся в одном из вузов Владивостока, не вернулись в "
         "общежитие после выходных. Полиция объявила их в розыск."),
        ("В Хабаровске ищут студентку из КНДР",
         "Студентка из КНДР, учившаяся в Хабаровске, не пришла на занятия в понедельник. Её "
         "местонахождение неизвестно, сообщили в университете."),
        ("Беглецы из КНДР объявлены в розыск",
         "Двое граждан КНДР, бежавших из общежития в Находке, объявлены в розыск, сообщили в "
         "полиции."),
    ],
    ids=["police-put-them-on-wanted-list", "whereabouts-unknown", "declared-wanted"],
)  # fmt: skip
def test_people_sought_by_the_police_or_gone_without_trace_are_missing(
    title: str, text: str
) -> None:
    tier, status, _count = _read(title, text)
    assert (tier, status) == (Tier.ALERT, Status.MISSING)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Правозащитники потеряли связь с беглянкой из КНДР",
         "Правозащитники потеряли связь с северокорейской женщиной, задержанной в Хабаровске. "
         "Из центра содержания ее увезли три дня назад."),
        ("Задержанный в Находке северокорейец не выходит на связь",
         "Гражданин КНДР, задержанный полицией в Находке в ноябре, не выходит на связь уже "
         "неделю, сообщили его знакомые."),
    ],
    ids=["lost-contact", "not-in-touch"],
)  # fmt: skip
def test_people_held_with_whom_contact_was_lost_are_missing(title: str, text: str) -> None:
    tier, status, _count = _read(title, text)
    assert (tier, status) == (Tier.ALERT, Status.MISSING)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("В Яньцзи задержаны три беглянки из КНДР",
         "Полиция Яньцзи задержала трех женщин из КНДР, сообщили активисты. Активисты призвали "
         "китайские власти не возвращать их."),
        ("Правозащитники просят Китай не возвращать задержанных северокорейцев",
         "В Хуньчуне на прошлой неделе задержаны двое граждан КНДР. Правозащитники просят Пекин "
         "не возвращать беглецов."),
    ],
    ids=["urged-not-to-return-them", "asked-not-to-return-the-fugitives"],
)  # fmt: skip
def test_a_plea_not_to_return_people_held_tells_they_face_return(title: str, text: str) -> None:
    tier, status, _count = _read(title, text)
    assert (tier, status) == (Tier.ALERT, Status.FACING_REPATRIATION)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Правозащитники попросили Москву не высылать беглеца из КНДР",
         "Правозащитники попросили российские власти не высылать гражданина КНДР, который уже "
         "месяц находится в спецприемнике в Хабаровске."),
        ("Адвокат попросила суд не выдворять северокорейца",
         "Адвокат попросила суд не выдворять ее подзащитную, гражданку КНДР, задержанную в "
         "Уссурийске на прошлой неделе."),
    ],
    ids=["asked-authorities-not-to-expel", "lawyer-asked-court-not-to-expel"],
)  # fmt: skip
def test_a_plea_in_the_perfective_not_to_expel_people_held_tells_they_face_return(
    title: str, text: str
) -> None:
    tier, status, _count = _read(title, text)
    assert (tier, status) == (Tier.ALERT, Status.FACING_REPATRIATION)


@pytest.mark.parametrize(
    ("title", "text", "status"),
    [
        ("Рабочих вернули домой",
         "УССУРИЙСК, 18 ноября. Четверых северокорейских рабочих, задержанных в сентябре в "
         "Уссурийске, посадили на поезд и отправили на родину, сообщил источник.",
         Status.REPATRIATED),
        ("Судьба рабочих",
         "ХАБАРОВСК, 18 ноября. Задержанные рабочие из КНДР переданы консульству КНДР, сообщил "
         "источник в полиции Хабаровска.",
         Status.REPATRIATED),
    ],
    ids=["participle-after-the-workers", "participle-before-the-workers"],
)  # fmt: skip
def test_workers_told_as_held_are_the_people_not_workers_sent_home_under_sanctions(
    title: str, text: str, status: Status
) -> None:
    tier, got, _count = _read(title, text)
    assert (tier, got) == (Tier.ALERT, status)


@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        ("Северокорейского рабочего отправили на родину",
         "Правозащитники рассказали о судьбе гражданина КНДР Ким Чхоль Мин. В прошлую пятницу "
         "37-летнего Кима посадили на поезд до Пхеньяна. Ким ушёл со стройки весной и был "
         "задержан полицией в Благовещенске.",
         (Tier.ALERT, Status.REPATRIATED, "RU", ("Ким Чхоль Мин",))),
        ("Беглецу из КНДР грозит выдворение",
         "Адвокат представляет интересы гражданина КНДР Ли Ён Хо. Суд назначил 41-летнему Ли "
         "выдворение. Ли сбежал с лесозаготовок и в октябре был задержан в Хабаровске.",
         (Tier.ALERT, Status.FACING_REPATRIATION, "RU", ("Ли Ён Хо",))),
        # Guard: a name never given an age is not taken for the person later on (the surname
        # alone may be anyone's), though named right after the words for him it is his name.
        ("Северокорейца отправили на родину",
         "Правозащитники рассказали о судьбе гражданина КНДР Со Мин Чжун. Его посадили на поезд "
         "до Пхеньяна. Со ушёл со стройки весной и был задержан полицией в Благовещенске.",
         (Tier.RELATED, Status.REPATRIATED, None, ("Со Мин Чжун",))),
    ],
    ids=["age-before-declined-surname", "age-before-undeclined-surname", "guard-no-age"],
)  # fmt: skip
def test_a_korean_name_given_an_age_before_its_surname_stands_for_the_person_later_on(
    title: str, text: str, expected: tuple[Tier, Status, str | None, tuple[str, ...]]
) -> None:
    """ "Гражданина КНДР Ким Чхоль Мин ... 37-летнего Кима ... Ким был задержан в
    Благовещенске": the surname, declined or not, is the man named before, so the arrest and its
    place are his and the alert keeps its country."""
    verdict = classify(Document("r", title, text, "ru", date=ON))
    facts = verdict.facts
    assert (verdict.tier, facts.status, facts.country, facts.names) == expected


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Сеул просит Пекин не выдавать КНДР задержанных беглецов",
         "Правительство Южной Кореи попросило Китай не выдавать КНДР пятерых северокорейцев, "
         "задержанных на прошлой неделе в Яньцзи."),
        ("Правозащитники призвали Китай не выдавать беглецов Пхеньяну",
         "Правозащитники призвали власти Китая не выдавать Пхеньяну четверых северокорейских "
         "беглецов, задержанных в Даньдуне."),
    ],
    ids=["not-to-hand-to-the-dprk", "not-to-hand-to-pyongyang"],
)  # fmt: skip
def test_a_plea_not_to_hand_people_held_to_the_north_tells_they_face_return(
    title: str, text: str
) -> None:
    """ "Не выдавать КНДР" (not to hand over to the North) is a return ahead, as "не передавать
    КНДР" is: the people held face it, not merely an arrest."""
    tier, status, _count = _read(title, text)
    assert (tier, status) == (Tier.ALERT, Status.FACING_REPATRIATION)


@pytest.mark.parametrize(
    ("title", "text", "status", "people"),
    [
        ("Суд рассмотрит жалобу братьев из КНДР",
         "Двух братьев из КНДР задержали в Москве при проверке документов. Их содержат в ЦВСИГ.",
         Status.DETAINED, 2),
        ("Сестры из Северной Кореи ждут решения суда",
         "В Хабаровске задержаны две сестры из Северной Кореи, сбежавшие со стройки. Их могут "
         "выслать в КНДР.", Status.FACING_REPATRIATION, 2),
    ],
    ids=["two-brothers", "two-sisters"],
)  # fmt: skip
def test_kin_named_by_coming_from_the_north_are_the_people(
    title: str, text: str, status: Status, people: int
) -> None:
    assert _read(title, text) == (Tier.ALERT, status, people)


@pytest.mark.parametrize(
    "text",
    [
        "Правозащитники опасаются, что двух северокорейских беглянок, задержанных в Хуньчуне в "
        "среду, ждет та же участь, что и 60 человек, высланных в сентябре.",
        "Двух северокорейских беглянок задержали в Хуньчуне в среду. Их ждёт такая же участь, "
        "как и высланных в сентябре.",
        "Двух северокорейских беглянок задержали в Хуньчуне в среду. Задержанным грозит та же "
        "судьба.",
    ],
    ids=["same-fate-feared", "such-a-fate", "same-destiny"],
)
def test_the_same_fate_as_those_sent_back_is_a_return_they_face(text: str) -> None:
    assert _read("В Хуньчуне задержаны две женщины из КНДР", text) == (
        Tier.ALERT,
        Status.FACING_REPATRIATION,
        2,
    )


@pytest.mark.parametrize(
    "tail",
    [
        "Их дальнейшая судьба неизвестна.",
        "Судьба задержанных пока неизвестна.",
        "Об их судьбе ничего не известно.",
    ],
    ids=["further-fate", "fate-of-those-held", "nothing-known-of-fate"],
)
def test_their_fate_unknown_after_the_arrest_is_missing(tail: str) -> None:
    text = "Трех граждан КНДР задержали в Яньцзи в понедельник. " + tail
    assert _read("В Китае задержаны трое беглецов из КНДР", text) == (
        Tier.ALERT,
        Status.MISSING,
        3,
    )


def test_a_fate_unknown_after_a_return_is_still_a_return() -> None:
    text = (
        "Трех граждан КНДР задержали в Яньцзи в понедельник. В среду их выслали в КНДР, "
        "их дальнейшая судьба неизвестна."
    )
    assert _read("В Китае задержаны трое беглецов из КНДР", text)[1] == Status.REPATRIATED
