"""Which characters are read word by word, with boundaries, and which are read anywhere.

Latin, Cyrillic and the like separate words with spaces, so a term matches only whole words
there. Thai and Lao write words without spaces, and Chinese, Japanese and Korean (whose particles
cling to the word) are matched inside longer strings: the classifier and the case linker both
ask `is_word_char`.
"""

from __future__ import annotations

from typing import Final

CJK_START: Final = 0x2E80  # characters from here on (CJK, kana, Hangul) have no word boundaries
CJK_FIRST: Final = chr(CJK_START)
THAI: Final = "\u0e00"  # Thai and Lao write words without spaces, like CJK
THAI_END: Final = "\u0eff"


def is_word_char(ch: str) -> bool:
    """A letter or digit of a script that separates words with spaces (Latin, Cyrillic...)."""
    return ch < CJK_FIRST and ch.isalnum() and not THAI <= ch <= THAI_END
