"""Vietnamese, Thai and Japanese reports of escapees held in South-East Asia and Japan.

Every sentence here was written for these tests; none is copied from a news report.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.classify import classify
from bot.domain import Document, Status

ON = date(2026, 12, 6)


@pytest.mark.parametrize(
    ("lang", "title", "text", "status"),
    [
        ("vi", "Trao trả 3 người Triều Tiên vượt biên trái phép cho phía bạn",
         "Ngày 4/12, Đồn Biên phòng Chi Ma đã trao trả 3 người Triều Tiên cho phía bạn theo "
         "quy định. Họ vượt biên từ Trung Quốc sang Lạng Sơn hôm 1/12 thì bị bắt.",
         Status.ARRESTED),
        ("vi", "Bàn giao 3 người Triều Tiên tại cửa khẩu Chi Ma",
         "Biên phòng Lạng Sơn bắt 3 người Triều Tiên vượt biên từ Trung Quốc hôm 1/12. Sau đó, "
         "đơn vị quyết định trao trả họ cho nước bạn. Các nhà hoạt động lo ngại họ sẽ bị đưa "
         "về Triều Tiên.", Status.FACING_REPATRIATION),
        ("ja", "ベトナム、脱北者3人を隣国に引き渡し",
         "ベトナム北部ランソン省の国境警備隊は日曜日、中国から越境した脱北者3人を拘束した。"
         "火曜日、3人を隣国の国境当局に引き渡した。", Status.ARRESTED),
    ],
)  # fmt: skip
def test_a_handover_to_the_neighbour_is_no_return(
    lang: str, title: str, text: str, status: Status
) -> None:
    """Phía bạn, nước bạn, 隣国 (the neighbour across the border) name China or Laos: people
    handed to it are in its police's hands, not sent home (an all-clear before)."""
    verdict = classify(Document("r", title, text, lang=lang, date=ON))
    assert verdict.facts.status is status
    assert verdict.facts.people == 3
