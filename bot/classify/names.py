"""Names: the people of an incident when the report names them.

Conservative on purpose, since a wrong name costs more than a missing one (the case linker weighs
names): a romanised Korean name right beside the words for the person ("North Korean defector Choe
Myong-bok", "a North Korean woman, Kim Ji-hye,") or given an age ("Ri Sun-hui, 41,"); a Korean
name with 씨 ("최명복(34) 씨", not an anonymised 김모 씨); a Japanese katakana name with さん or 氏.
Only the sentences that carry the incident are read, so officials quoted elsewhere are not taken.

`person_hits` also finds people a report introduces by name and age beside words about North Korea
("Pak Chol-min, 41, fled a North Korean logging camp"), and their surname alone later on ("Pak was
stopped"): the rules then read them as one North Korean each.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.classify.events import Sentence
from bot.classify.lexicon import Term
from bot.classify.matcher import Hit

MAX_NAMES = 3
# Common Korean surnames in the romanisations news uses.
_SURNAMES = (
    "Kim|Gim|Lee|Yi|Ri|Rhee|Park|Pak|Bak|Choi|Choe|Chey|Jung|Jeong|Chung|Jong|Chong|Kang|Gang|"
    "Cho|Jo|Yoon|Yun|Jang|Chang|Lim|Im|Rim|Han|Oh|O|Seo|So|Shin|Sin|Kwon|Hwang|Ahn|An|Song|"
    "Ryu|Yu|Yoo|Jeon|Jon|Chon|Hong|Ko|Koh|Moon|Mun|Yang|Son|Bae|Pae|Baek|Paek|Heo|Ho|Nam|Noh|"
    "No|Ha|Kwak|Sung|Cha|Joo|Ju|Min|Ryom|Yom|Hyon|Hyun|Ji|Tak|Um|Eom|Byun|Pyon"
)
_ROMANISED = re.compile(
    rf"\b(?:{_SURNAMES}) [A-Z][a-z]{{1,6}}(?:-[A-Za-z][a-z]{{0,6}}| [A-Z][a-z]{{0,6}})?\b(?!-)"
)
_BEFORE_NAME = re.compile(r"^[\s,]*(?:(?:named|called|surnamed|identified(?: only)? as)\s+)?$")
_AGE_OR_ROLE_AFTER = re.compile(
    r"^(?:,\s*\d{1,2}\s*,|\s*\(\d{1,2}\)|,\s*(?:a|an|the)\s+north korean)"
)
_KOREAN = re.compile(
    r"(?<![가-힣])([김이박최정강조윤장임한오서신권황안송류유전홍고문양손배백허남노하곽성차주민염현지탁엄변]"
    r"[가-힣]{1,2})\s*(?:\(\d{1,2}(?:·[가-힣]{1,2})?\)\s*)?씨(?!앗)"
)
_KATAKANA = re.compile(r"([ァ-ヴー]{1,6}・[ァ-ヴー]{1,8})(?:さん|氏)")
NEAR = 25  # characters between the words for the person and their name
_AGE = re.compile(r",\s*\d{1,2}\s*,|\s\(\d{1,2}\)")  # right after a name
# The same, searched for anywhere: two patterns with a literal first character are far faster
# to search for than one with alternatives.
_AGE_IN_COMMAS = re.compile(r",\s*\d{1,2}\s*,")
_AGE_IN_PARENS = re.compile(r"\(\d{1,2}\)")
# Someone the report introduces by name and age ("Pak Chol-min, 41,"): in a report about North
# Korea, one of the people it is about.
PERSON_REACH = 160  # characters between such a name and a word about North Korea
_PERSON = frozenset({"subject_one"})


def read_names(sentences: Sequence[Sentence]) -> tuple[str, ...]:
    """Distinct names of the incident's people, in reading order (at most MAX_NAMES)."""
    names: dict[str, None] = {}
    for sentence in sentences:
        persons = [
            e.text
            for h in sentence.hits_of("subject_one")
            if is_named_person(h)
            for e in h.entries
        ]
        for name in (*_romanised(sentence), *_marked(sentence), *persons):
            names.setdefault(name, None)
    return tuple(names)[:MAX_NAMES]


def _romanised(sentence: Sentence) -> list[str]:
    text, base = sentence.text, sentence.start
    subjects = sentence.hits_of("subject", "subject_one", "subject_weak")
    found = []
    for m in _ROMANISED.finditer(text):
        follows_subject = any(
            0 <= m.start() - (h.end - base) <= NEAR
            and _BEFORE_NAME.match(text[h.end - base : m.start()])
            for h in subjects
        )
        if follows_subject or _AGE_OR_ROLE_AFTER.match(text[m.end() :].lower()):
            found.append(m.group(0))
    return found


def _marked(sentence: Sentence) -> list[str]:
    korean = [m.group(1) for m in _KOREAN.finditer(sentence.text) if not m.group(1).endswith("모")]
    return korean + [m.group(1) for m in _KATAKANA.finditer(sentence.text)]


def person_hits(text: str, hits: Sequence[Hit]) -> list[Hit]:
    """Hits for people introduced by name and age ("Pak Chol-min, 41,") next to words about North
    Korea, and for their surname alone later on ("Pak was stopped"), where no lexicon hit stands.
    Each stands for one North Korean (`subject_one`). Without `hits`, every candidate is returned
    (a cheap first look)."""
    if _AGE_IN_COMMAS.search(text) is None and _AGE_IN_PARENS.search(text) is None:
        return []
    north = [h.start for h in hits if h.has("nk") or h.has("subject") or h.has("subject_one")]
    found: list[Hit] = []
    for m in _ROMANISED.finditer(text):
        if not _AGE.match(text, m.end()):
            continue
        if hits and not any(abs(start - m.start()) <= PERSON_REACH for start in north):
            continue
        person = (Term(m.group(0), "subject_one", source="names"),)
        found.append(Hit(m.start(), m.end(), m.group(0), person, _PERSON))
        surname = re.compile(rf"\b{re.escape(m.group(0).split()[0])}\b(?![ -][A-Z])")
        for later in surname.finditer(text, m.end()):
            found.append(Hit(later.start(), later.end(), later.group(0), person, _PERSON))
    taken = [(h.start, h.end) for h in hits]
    return [h for h in found if not any(h.start < end and start < h.end for start, end in taken)]


def is_named_person(hit: Hit) -> bool:
    return all(e.source == "names" for e in hit.entries)
