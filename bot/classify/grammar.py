"""Grammar as data: what a language file says beyond its word lists, read and checked on load.

A language file's concepts say *which* words matter; these headings say how the language puts
them together, so that the rules in Python stay the same for every language:

- `clause_breaks`: punctuation and words that end a clause (a cue does not reach across them);
  a space written at either end of one must stand there (th " เดือนที่แล้ว", ko "뒤 ").
- `asides`: words opening a parenthetical set off by clause breaks ("как сообщили знакомые",
  "по словам адвоката"): the break before one and the one closing it end no clause, so a cue
  before the aside governs the verb after it ("Вероятно, оба, как сообщили их знакомые, уже
  депортированы": a return only feared).
- `source_openers`: words opening a sentence with who told it ("According to the groups,", "Theo
  người phát ngôn,", "По словам правозащитников,", ตามข้อมูลขององค์กร): the source runs to the
  first clause break (or a space between words of a script without spaces), and what follows it
  is where the sentence's own words open, so a figure there names the people again ("According
  to the groups, the eight were arrested": carry.opening_figure).
- `coordinators`: words joining two noun phrases ("two missionaries and eight defectors",
  선교사 2명과 탈북민 8명): people named with a helper share its fate.
- `reach`: how far, in characters, a negation or hedging cue governs a status word before it
  (`cue_before`) and after it (`cue_after`, for languages that put the verb's mood after it,
  체포되지 않았다, 送還される恐れ); how far a wish or a fear ("urged China not to send them
  back", 석방을 촉구했다) governs what it stands before (`scope_before`, to the end of a long
  sentence in English) and after (`scope_after`, for verb-final languages); how far a
  movement word may stand from an origin marker (`origin`); how far a passive marker of
  `noun_verbs` may stand before its noun, the agent between them (`agent`: 被中国边防部门遣返,
  bị công an Trung Quốc cưỡng chế hồi hương); and how far apart the two parts of
  a term written "sent … back" may stand (`split`: words, or characters in a script without
  spaces; 0 for the matcher's default); and how far after the people's word a status word
  is a participle telling what happened to them, whoever the phrase belongs to (`participle`:
  "a lawyer for seven North Koreans detained in Vladivostok"; 0 where a verb after its noun is
  the clause's own, "zwei Nachbarn der Flüchtlinge festgenommen"); how far before the people's
  word a status word is a modifier telling what happened to them (`adnominal`: 붙잡힌 탈북민 5명
  "the five defectors caught", "20 in Tumen inhaftierte Nordkoreaner", which a denial before or
  after them presupposes and does not deny; 0 where a verb before its noun is the clause's own,
  "arrested five defectors"); and how far a `previously`
  word dates an all-clear to the people's past (`previously`: "had previously been sent back",
  其中2人曾被遣返, where 曾 reaches only the verb it stands before); and how far a `likely` cue
  governs a status word before it when that is farther than `cue_before` (`likely`: "It is
  believed that nine defectors arrested in Laos last month were sent back", เชื่อว่า… with the
  people and their arrest between; 0: as far as `cue_before`); and, in a language whose mood
  comes after the verb, how far a wish that ends its sentence governs the verbs before it,
  back to the last clause break (`scope_final`: 남은 3명을 즉시 석방하고 … 갈 수 있도록
  보장하라, where the command governs the 석방하고 it closes; 0: no farther than `scope_after`);
  and how far from a helper's word (a `trap_foreigner` term) an event is the helper's, not the
  people's (`helper`: "a pastor arrested for helping defectors was freed and flew to Seoul",
  farther in a script that spends more characters on the same words, Thai).
- `toward`: markers of where people went or were sent (`before` a place: "to", "前往"; `after`
  it: "으로", "へ"); such a place says less about where they are held.
- `sent_to`: markers between a return verb and a foreign place ("deported to China",
  "депортировали в Китай", "중국으로 추방"): an expulsion to a neighbour, not a repatriation.
  Its `handover` markers (cho phía, cho công an) name who takes the people in a handover, never
  where they went of their own accord, so the words that qualify the people may stand before
  one ("trao trả 6 người Triều Tiên vượt biên trái phép cho lực lượng chức năng Trung Quốc").
  `bare: true` in a language whose verbs take where they send as their object, with no marker
  (已被遣送中国, trục xuất Trung Quốc, ถูกเนรเทศลาว): a place right after the return word is
  where it sends the people, unless the people's word follows it in the clause, which the place
  then qualifies (遣返中国境内的脱北者: those in China). Its `north` words are return words that
  name the North themselves (북송, "sent north"): with a return word naming the North as its
  place ("sent back to North Korea", 북한으로 송환, депортированы в КНДР), they say where the
  people are from, so that in a sentence telling them held abroad, counted or grouped and no
  one else, the return names them (a family of four held in Shenyang sent back to the North).
- `sequence`: markers that make a release the earlier of two events, `after` it (获释后,
  釈放された後, 석방 후, past a short span: 북송 두 달 만에) or `before` it ("after being
  released", после освобождения, sau khi được thả): a custody told in its sentence ended it; a
  return so told beside people held in a clause of their own is another group's (apart.py).
  Its `reacted` markers stand right after a status word, in a language that puts a wish or a
  fear after the act it is about, and make the act one done that the wish or fear reacts to
  (북송한 데 대해 우려, 送還したことに懸念: the return is done, not feared), as `before` markers
  between a wish or a fear and the act do ("expressed concern after China repatriated").
- `when`: words closing a time clause after its verb (`after`: 准备上车时被公安带走, "as he
  prepared to board"): a cue before them governs the clause's own verb, not the status word
  after it; unless a word opening the time clause (`before`: 在, "at") stands right after the
  cue, which then governs the status word through it (将在刑满时被遣返: a return to come).
- `origin`: markers of where people came from or passed through (`before`/`after` a place) and
  the movement words that go with them (`movement_before` the marker, `movement_after` the
  place, or past the place they went to: "중국에서 몽골로 넘어가다"): "fled from China",
  "从中国越境", "중국에서 넘어온"; a marker that is itself a movement word ("fled China",
  逃离俄罗斯, "via China") needs no other. Its `counted_before` and `counted_after` words join a
  figure to the North when the figure stands right before them ("five from {north}", "5 người
  từ {north}") or right after them ("{north}에서 온", "来自{north}的", "北朝鮮の"), at most
  `reach.counted` white-space characters between: "The five from North Korea are held", 北朝鮮の
  5人が拘束: the figure names the people by where they come from, with no word for refugee. Only
  the figure right beside them is read; after them, only one with a `counted_counters` counter
  that counts people alone (人, 명: not 名, whose noun follows, 5名工人), and not one whose own
  noun follows it (北朝鮮の5人の選手, 북한에서 온 2명의 선수); not a year (2024) either.
- `authority`: nouns that make a nationality an authority acting ("Chinese police", 中国公安).
- `border`: nouns that put a place beside a country rather than in it ("the Laos border").
- `relatives`: words opening a relative clause after a noun ("a guide who led them", "проводник,
  который вел их"): the people named first inside it are that clause's object, not the ones
  the helper's own verb after it happens to ("a broker who hid them was also detained"); a
  pronoun a few words into such a clause, before the status word ("a man who sheltered them
  was released"), does not take the people up again.
- `subject_relatives`: relative words that are their clause's subject ("qui", "который"): a
  pronoun right after one is the clause's object ("Un Chinois qui les avait hébergés a été
  libéré", "Водитель, который их вез"), where after a word of `relatives` alone it may be a
  clause's subject ("said that they were released").
- `possessives`: pronoun `forms` that, right before a noun, name its owner ("Ее адвокат",
  "Their lawyer"), unless the word after it is one the lexicon knows or matches `not_before`,
  patterns of a verb or a preposition that keep the pronoun its object ("Их поместили",
  "его через"); and words `before` a pronoun that make it an owner ("luật sư của họ"): the
  noun is someone else, so the pronoun takes no one up again.
- `speakers`: nouns that make a country the one who speaks, not where anyone is held: its
  foreign ministry or its embassy ("中国外交部", "Bộ Ngoại giao Trung Quốc", "МИД Китая").
- `follow_on`: whether the language keeps its `subject` (`kept`) or drops it (`dropped`, the
  default: Korean, Japanese, Chinese). A sentence naming no one, right after one naming the
  people, is about them in a language that drops its subject; in one that keeps it, only when
  it takes them up again: a pronoun, a figure, or a word of `refer_back` ("both", "all of
  them", "those detained", "Задержанные"), or of `refer_back_after`, which take them up only
  after the status word ("Police released her") and qualify another's noun before it ("Her
  lawyer was released"). "A Chinese envoy was sent to North Korea" is the envoy's, not theirs.
  Its `source_lines` are words that make a sentence naming nothing but places and a day only the
  report's source ("Об этом сообщили в пресс-службе УМВД России", "the police press service
  said"): such a sentence between the people's and a status sentence does not break the
  follow-on.
- `spans`: words that make a figure opening a sentence a span of time, not people, standing
  `after` it ("Two days later", "Hai ngày sau") or `before` it ("Через два дня"): "Two days
  later, an official was released" takes no one up again. An `after` word makes any figure it
  follows a span of time, never a head count ("на 90 суток гражданина КНДР": one).
- `datelines`: patterns of the line that says where a story was filed ("SEOUL —").
- `release_datelines`: patterns of a release's bracketed city and dash ("(Bangkok) –", "（曼谷）—"):
  where it was issued, so its place votes for no country of detention; unlike a `datelines` one it
  still names the place the sentence speaks from, which the other rules read as before.
- `genitive`: markers that make the words before them a modifier (탈북민의 브로커: the broker).
- `object_markers`: cue words that, right before a figure or the people, mark the verb's object
  and not a mood (将5名脱北者遣返: sent back, not "will send back").
- `headline_nouns`: endings of a return word written as a bare noun (북측에 인계, 신의주로 압송):
  ending a headline or its clause, with no letter of a verb after it, it may announce an act
  or a threat, and is read as a bare `repat_topic` noun is (the weaker reading, unless the text
  tells of the return).
- `denials`: patterns of a denial spread over a clause ("denied on Monday that").
- `asked_after`: patterns matched right after a return verb that ask about it («вернули ли их»,
  «не вернули ли»): the return is feared, neither done nor denied.
- `asked_before`: patterns ending right before a return verb that ask about it («были ли они
  высланы»: ли after the auxiliary): the return is feared, neither done nor denied.
- `noun_verbs`: a repatriation noun followed by a count or the people reports an act in this
  language (强制遣返十名); `particles` may stand between them (遣返了), and a figure's `approx`
  and `lower_bound` words (遣返了约600名). A `passive` marker before the noun, with the agent
  between them in the same clause, makes it an act too (被中国公安遣返).
- `names`: how people are named: `surnames`, `patterns` ({surname}), `marked` names with an
  honorific (group `name`), `introducers` ("named"), `ages` and `roles` after a name,
  `anonymised` endings (김모), and a relative given an age: `kin_ages`, the ages that may follow
  a relative (", 24,", "（17）", ", 36 tuổi"; each opens on a literal, being searched for across
  the whole report), and `kin`, the relative right before one ("her daughter", 息子, "em gái
  bà"): near words about North Korea, one person, never a name; alone before a status word
  with no one after it (her sister was caught, 她的妹妹被带走), one person too. `kin_aged`: a
  relative told after the age, the whole of it (19歳の娘, 19岁的女儿, 19-летнюю дочь; each opening
  on the age's literal), one person as well. `ages_before`: an age told
  right before a name or its surname ("29-летнего Пака"; each holds a literal), and
  `surname_endings`: the case endings a surname takes when the person is named by it later on
  (Пака, Паку).
- `count_patterns` ({n}: "a family of {n}"), `range_words` ("15 to 20"), and
  `counter_exceptions` (what a counter word starts that is no count: 명단, 명령).
- `partitive` and `partitive_before` (word lists read with the counts, bot/classify/numbers.py):
  a part of a group named with it, the word between the group's figure and the part (7명 중
  5명, 7名脱北者中的5人) or before the group's figure, opening its clause ("Of the seven, five")
  or after the part ("five of the seven"). The part counts when a status word follows both.
  `partitive_closed`: those of a spaceless script that close the group right after its figure
  whatever follows them (脱北者4人のうち子供だけ, 4名脱北者中仅孩童), where a `partitive` word
  needs a break after it (중국, 中国 hold no 중, 中).
- `members` and `pairs`: one person or two named without a figure ("a seven-year-old boy",
  "her husband", 男孩; "a couple", 母女). They count only joined by a coordinator to a figure
  or to each other ("two women and a boy": three; "a mother and her two children": three).
- `folds`: letters written two ways and read as one (ё as е), in the report and in the word
  lists alike, one letter for one so that offsets stay put.
- `numerals`: `digits` and `units` of a numeral system (十一 = 11), whether digits may stand
  alone (`bare`), and what may not come before one (`not_after`).
- `dates`: `months` and `weekdays` by name, the words for the month before (`last_month`:
  지난달, 先月), and `patterns` using {day}, {month}, {monthname}, {year}, {be_year} (Buddhist
  era), {weekday} and {last_month} (a day of the month before the report's: 지난달 7일);
  `month_patterns`: a month of a year written without its day ("2019년 11월", "November 2019"),
  read after every day pattern and only with its year, {year}, {be_year}, {this_year} (the
  words of `this_year`, the report's own year: 올해 4월, "in April this year") or {last_year}
  (the words of `last_year`, the year before: 昨年11月);
  `month_alone`: a month named without its year or day ("in October", 10月, в октябре), the
  latest such month up to the report's, read only to order a release told after a custody
  come again ("arrested again on Dec. 1 … freed in October": before it, no all-clear);
  `spoken_before` and `spoken_after`: patterns that, right before or right after a date, make
  it the day someone spoke ("said on Tuesday", "13일 밝혔다", "13日表示"), not the day of the
  incident, nor a recent day that makes an old case told beside it news.
- `years`: `patterns` of years written other than in digits (group `year`: 二〇一六年; or
  `be_year`, a year of the Buddhist era: ปี 2549), and
  words before (`since_before`) or after (`since_after`) a year that date a span, not an event;
  `escaped_before` and `escaped_after`: patterns that, right before or right after a year, make
  it the year someone fled or reached the South ("who fled North Korea in 2015", "2015년 탈북한",
  "2015년 입국한"), not the incident's; `anniversary`: patterns that, in a headline, count the
  years since the event it names ("'탈북민 600명 강제북송' 3년"): an anniversary piece, an old
  case recalled, as a headline's `long_ago` word makes it; `escaped_ago_before` and
  `escaped_ago_after`: patterns that, right before or right after a `long_ago` word, make it the
  time someone fled ("who fled the North years ago", "수년 전 탈북한", "多年前脱北的"): their
  past, so a headline telling of their arrest is news, not an old case recalled; `settled`:
  patterns that say someone lives in or has reached the South ("who now live in Seoul", "서울에
  정착한", "现居首尔的"): a custody told after them with a `previously` word ("once", 한때, 曾,
  かつて, từng, เคย), naming no other people and no recent day, came before they reached the
  South: an old case recalled, not news.

This module holds the headings' types and their defaults; `grammar_parse.py` reads and checks
them from a language file.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Final

GRAMMAR_KEYS: Final = frozenset(
    {
        "clause_breaks",
        "asides",
        "source_openers",
        "coordinators",
        "reach",
        "toward",
        "when",
        "sent_to",
        "sequence",
        "origin",
        "authority",
        "border",
        "speakers",
        "relatives",
        "possessives",
        "subject_relatives",
        "follow_on",
        "spans",
        "datelines",
        "release_datelines",
        "genitive",
        "object_markers",
        "headline_nouns",
        "denials",
        "asked_after",
        "asked_before",
        "noun_verbs",
        "names",
        "count_patterns",
        "range_words",
        "counter_exceptions",
        "members",
        "pairs",
        "numerals",
        "dates",
        "years",
        "folds",
    }
)
REACH_DEFAULTS: Final = {
    "cue_before": 32,
    "cue_after": 0,
    "scope_before": 400,
    "scope_after": 0,
    "origin": 40,
    "agent": 10,  # characters between a passive marker and its noun: 被[中国边防部门]遣返
    "split": 0,  # 0: the matcher's default for the script (matcher.SPLIT_WORDS, SPLIT_CHARS)
    "participle": 0,  # characters from the people's word to a participle telling their event
    "adnominal": 0,  # characters from a status word to the people's word it describes
    "previously": 16,  # characters between a `previously` word and the all-clear it dates
    "likely": 0,  # characters a `likely` cue governs before a status word; 0: `cue_before`
    "scope_final": 0,  # characters a wish ending its sentence governs before it; 0: none
    "helper": 60,  # characters from a helper's word to an event that is the helper's
    "counted": 1,  # white space between a figure and the `origin.counted_*` words it stands by
}


@dataclass(frozen=True, slots=True)
class Markers:
    before: tuple[str, ...] = ()
    after: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class SequenceMarkers:
    before: tuple[str, ...] = ()
    after: tuple[str, ...] = ()
    reacted: tuple[str, ...] = ()  # after a status word: a done act reacted to (한 데 대해)


@dataclass(frozen=True, slots=True)
class SentTo:
    before: tuple[str, ...] = ()
    after: tuple[str, ...] = ()
    handover: tuple[str, ...] = ()  # also `before` markers; may follow the people's qualifier
    bare: bool = False  # a place right after the verb, no marker between, is where it sends
    # Who the verb's agent works with, named before it ("phối hợp với Trạm … (Trung Quốc) trao
    # trả"): the partner's country takes the people.
    partner: tuple[str, ...] = ()
    # Return words that name the North as where they send the people in the word itself (북송:
    # sent north); most languages write the North as a place after a marker instead.
    north: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Possessives:
    forms: tuple[str, ...] = ()
    before: tuple[str, ...] = ()
    not_before: tuple[str, ...] = ()  # patterns of the word after a form


@dataclass(frozen=True, slots=True)
class Origin:
    before: tuple[str, ...] = ()
    after: tuple[str, ...] = ()
    movement_before: tuple[str, ...] = ()
    movement_after: tuple[str, ...] = ()
    # Words joining a figure to the North they name people by, the figure right before them
    # ("five from North Korea") or right after ("北朝鮮の5人"); {north} filled at load.
    counted_before: tuple[str, ...] = ()
    counted_after: tuple[str, ...] = ()
    # The counters that figure after them takes where it counts people alone (人, 명; not 名,
    # which its noun follows: 5名工人).
    counted_counters: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class FollowOn:
    subject_kept: bool = False
    refer_back: tuple[str, ...] = ()
    refer_back_after: tuple[str, ...] = ()
    source_lines: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Names:
    surnames: tuple[str, ...] = ()
    patterns: tuple[str, ...] = ()
    marked: tuple[str, ...] = ()
    introducers: tuple[str, ...] = ()
    ages: tuple[str, ...] = ()
    roles: tuple[str, ...] = ()
    anonymised: tuple[str, ...] = ()
    kin_ages: tuple[str, ...] = ()
    kin: tuple[str, ...] = ()
    kin_aged: tuple[str, ...] = ()
    ages_before: tuple[str, ...] = ()
    surname_endings: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Numerals:
    digits: tuple[tuple[str, int], ...] = ()
    units: tuple[tuple[str, int], ...] = ()
    bare: bool = True
    not_after: str = ""


@dataclass(frozen=True, slots=True)
class Dates:
    months: tuple[tuple[str, int], ...] = ()
    weekdays: tuple[tuple[str, int], ...] = ()
    patterns: tuple[str, ...] = ()
    spoken_before: tuple[str, ...] = ()
    spoken_after: tuple[str, ...] = ()
    last_month: tuple[str, ...] = ()
    month_patterns: tuple[str, ...] = ()  # a month of a year, without its day
    this_year: tuple[str, ...] = ()  # the words for the report's own year: 今年, "this year"
    month_alone: tuple[str, ...] = ()  # a month named without its year: "in October", 10月
    last_year: tuple[str, ...] = ()  # the words for the year before the report's: 昨年, 去年


@dataclass(frozen=True, slots=True)
class Years:
    patterns: tuple[str, ...] = ()
    since_before: tuple[str, ...] = ()
    since_after: tuple[str, ...] = ()
    escaped_before: tuple[str, ...] = ()
    escaped_after: tuple[str, ...] = ()
    anniversary: tuple[str, ...] = ()
    escaped_ago_before: tuple[str, ...] = ()
    escaped_ago_after: tuple[str, ...] = ()
    settled: tuple[str, ...] = ()  # lives in or has reached the South: "now lives in Seoul"


@dataclass(frozen=True, slots=True)
class LanguageGrammar:
    """The grammar headings of one language file (every heading optional)."""

    language: str
    source: str
    clause_breaks: tuple[str, ...] = ()
    asides: tuple[str, ...] = ()
    source_openers: tuple[str, ...] = ()
    coordinators: tuple[str, ...] = ()
    reach: tuple[tuple[str, int], ...] = tuple(REACH_DEFAULTS.items())
    toward: Markers = field(default_factory=Markers)
    sent_to: SentTo = field(default_factory=SentTo)
    sequence: SequenceMarkers = field(default_factory=SequenceMarkers)
    when: Markers = field(default_factory=Markers)
    origin: Origin = field(default_factory=Origin)
    authority: tuple[str, ...] = ()
    border: tuple[str, ...] = ()
    speakers: tuple[str, ...] = ()
    relatives: tuple[str, ...] = ()
    possessives: Possessives = field(default_factory=Possessives)
    subject_relatives: tuple[str, ...] = ()
    follow_on: FollowOn = field(default_factory=FollowOn)
    spans: Markers = field(default_factory=Markers)
    datelines: tuple[str, ...] = ()
    release_datelines: tuple[str, ...] = ()
    genitive: tuple[str, ...] = ()
    object_markers: tuple[str, ...] = ()
    headline_nouns: tuple[str, ...] = ()
    denials: tuple[str, ...] = ()
    asked_after: tuple[str, ...] = ()
    asked_before: tuple[str, ...] = ()
    noun_verbs: tuple[str, ...] | None = None  # the particles; None: nouns never act
    passive: tuple[str, ...] = ()  # noun_verbs.passive: 被, 遭
    # Words that may stand before a figure (the file's `approx` and `lower_bound`: 约, 至少),
    # so a noun acting on "约600名" acts on a count as on "600名".
    figure_words: tuple[str, ...] = ()
    names: Names = field(default_factory=Names)
    count_patterns: tuple[str, ...] = ()
    range_words: tuple[str, ...] = ()
    counter_exceptions: tuple[str, ...] = ()
    members: tuple[str, ...] = ()
    pairs: tuple[str, ...] = ()
    numerals: Numerals = field(default_factory=Numerals)
    dates: Dates = field(default_factory=Dates)
    years: Years = field(default_factory=Years)
    folds: tuple[tuple[str, str], ...] = ()

    def reach_of(self, key: str) -> int:
        return dict(self.reach)[key]
