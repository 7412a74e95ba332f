"""`north_jobs` and `north_jobs_oblique`: a term writes {north_job} or {north_job_oblique} once for
every job the North's workers abroad are named by, as {north_town} does for towns."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.classify import Classifier
from bot.classify.lexicon import bundled_paths, load_lexicon
from bot.domain import ConfigError, Document, Status


def write(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "extra.yaml"
    path.write_text(body, encoding="utf-8")
    return path


def test_a_language_without_cases_lists_its_jobs_once(tmp_path: Path) -> None:
    extra = write(
        tmp_path,
        "language: en\nnorth_jobs: [welders, bricklayers]\n"
        "concepts:\n  subject:\n    - '{north_job} sent by pyongyang'\n",
    )
    classifier = Classifier.from_lexicons([*bundled_paths(), extra])
    for job in ("welders", "bricklayers"):
        hits = classifier.scan(f"Six {job} sent by Pyongyang were held in Vladivostok.")
        assert any(h.surface == f"{job} sent by Pyongyang" and h.has("subject") for h in hits)
    assert not any(h.has("subject") for h in classifier.scan("Six plumbers sent by Pyongyang."))


RU_JOBS = (
    "language: ru\n"
    "north_jobs: [сварщики, плотники]\n"
    "north_jobs_oblique: [сварщиков, плотников]\n"
    "count_nouns: [сварщиков, плотников]\n"
    "concepts:\n"
    "  subject:\n"
    "    - '{north_job} из кндр задержаны'\n"
    "    - задержали … {north_job_oblique} из кндр\n"
    "  arrest:\n"
    "    - задержали … {north_job_oblique} из кндр\n"
)


@pytest.mark.parametrize("job", ["сварщиков", "плотников"])
def test_a_job_in_its_oblique_form_held_is_the_people(tmp_path: Path, job: str) -> None:
    classifier = Classifier.from_lexicons([*bundled_paths(), write(tmp_path, RU_JOBS)])
    text = f"В Хабаровске в понедельник задержали четырёх {job} из КНДР, сообщила полиция."
    verdict = classifier.classify(Document("jobs", "", text, "ru"))
    assert verdict.tier == "alert"
    assert verdict.facts.status is Status.ARRESTED
    assert verdict.facts.people == 4
    assert verdict.facts.country == "RU"


@pytest.mark.parametrize("job", ["Сварщики", "Плотники"])
def test_a_job_as_the_subject_names_the_people(tmp_path: Path, job: str) -> None:
    classifier = Classifier.from_lexicons([*bundled_paths(), write(tmp_path, RU_JOBS)])
    hits = classifier.scan(f"{job} из КНДР задержаны на стройке под Владивостоком.")
    assert any(h.surface == f"{job} из КНДР задержаны" and h.has("subject") for h in hits)


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ("language: en\nconcepts: {subject: ['{north_job} from the north']}\n",
         "lists no `north_jobs` words"),
        ("language: ru\nnorth_jobs: [повара]\nconcepts: {subject: ['{north_job_oblique} из кндр']}\n",
         "lists no `north_jobs_oblique` words"),
        ("language: ru\nnorth_jobs: [повара, швеи]\nnorth_jobs_oblique: [поваров]\n",
         "`north_jobs_oblique` lists 1 words and `north_jobs` 2"),
        ("language: ru\nnorth_jobs: повара\n", "north_jobs: must be a list"),
    ],
    ids=["no-jobs", "no-oblique", "one-oblique-per-job", "not-a-list"],
)  # fmt: skip
def test_job_headings_are_checked_at_load(tmp_path: Path, body: str, message: str) -> None:
    with pytest.raises(ConfigError, match=message.replace("`", ".")):
        load_lexicon([write(tmp_path, body)])
