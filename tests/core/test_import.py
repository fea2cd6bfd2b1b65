"""Import of every supported format, and every kind of bad input, on real files."""

from __future__ import annotations

import os
import resource
import shutil
from pathlib import Path

import pytest
from PIL import Image

from desktop.core.capture.importer import import_file, import_paths
from desktop.core.errors import BadInput, DiskFull
from desktop.core.fileio import sha256_of
from desktop.core.store.project import Project
from tests.media import encode_audio, png_header_only, text_page


def _only_item(project: Project) -> dict[str, object]:
    items = project.items()
    assert len(items) == 1
    return items[0]


def _page_image(project: Project, item_id: int, index: int = 0) -> Image.Image:
    page = project.pages(item_id)[index]
    return Image.open(project.path(page["source_path"]))


def _project_is_clean(project: Project) -> None:
    """Nothing half-written: no scratch folders, temp files, or files without an item."""
    leftovers = [
        p
        for p in project.folder.rglob("*")
        if p.name.startswith(".import-") or p.name.endswith(".tmp")
    ]
    assert leftovers == []
    known = {
        project.path(o["path"]) for item in project.items() for o in project.originals(item["id"])
    }
    assert set((project.folder / "originals").iterdir()) == known


def test_png_original_is_copied_read_only_with_its_checksum(project: Project, corpus: Path) -> None:
    source = corpus / "scans" / "linn.png"
    item_id, warnings = import_file(project, source, "eng")
    assert warnings == []
    (original,) = project.originals(item_id)
    copy = project.path(original["path"])
    assert original["sha256"] == sha256_of(source) == sha256_of(copy)
    assert not os.access(copy, os.W_OK) or os.geteuid() == 0
    assert copy.stat().st_mode & 0o222 == 0
    (page,) = project.pages(item_id)
    assert (page["width"], page["height"], page["dpi"]) == (2550, 3300, 300.0)
    # A black-and-white scan (a grey palette in this file) stays grey, not three times larger.
    assert _page_image(project, item_id).mode == "L"


def test_cmyk_jpeg_becomes_rgb(project: Project, tmp_path: Path) -> None:
    path = tmp_path / "cmyk.jpg"
    text_page(mode="RGB").convert("CMYK").save(path, dpi=(300, 300))
    item_id, _ = import_file(project, path, "eng")
    image = _page_image(project, item_id)
    assert image.mode == "RGB"
    assert image.getpixel((5, 5)) == pytest.approx(
        (255, 255, 255), abs=3
    )  # white paper, not inverted


def test_exif_orientation_is_honoured(project: Project, tmp_path: Path) -> None:
    path = tmp_path / "phone-photo.jpg"
    exif = Image.Exif()
    exif[0x0112] = 6  # "rotate 90° clockwise to view"
    text_page(size=(1200, 400), mode="RGB").save(path, exif=exif)
    item_id, _ = import_file(project, path, "eng")
    page = project.pages(item_id)[0]
    assert (page["width"], page["height"]) == (400, 1200)


def test_multipage_and_ccitt_tiff(project: Project, tmp_path: Path) -> None:
    path = tmp_path / "register.tif"
    first, second = text_page(text="First page", mode="1"), text_page(text="Second page", mode="1")
    first.save(path, compression="group4", save_all=True, append_images=[second], dpi=(200, 200))
    item_id, _ = import_file(project, path, "eng")
    pages = project.pages(item_id)
    assert [p["source_page"] for p in pages] == [0, 1]
    assert pages[0]["dpi"] == 200.0
    assert _page_image(project, item_id, 1).tobytes() == second.tobytes()


def test_transparency_becomes_white_paper(project: Project, tmp_path: Path) -> None:
    path = tmp_path / "cut-out.png"
    image = Image.new("RGBA", (300, 200), (0, 0, 0, 0))  # transparent *black*
    image.paste((20, 20, 20, 255), (100, 80, 200, 120))
    image.save(path)
    item_id, _ = import_file(project, path, "eng")
    page = _page_image(project, item_id).convert("RGB")
    assert page.getpixel((10, 10)) == (255, 255, 255)
    assert page.getpixel((150, 100)) == (20, 20, 20)


def test_pdf_pages_render_at_their_scan_resolution(project: Project, corpus: Path) -> None:
    item_id, _ = import_file(project, corpus / "scans" / "multipage.pdf", "eng")
    pages = project.pages(item_id)
    assert len(pages) == 6
    first = pages[0]
    # An 800-px-wide scan on a 384-pt page is 150 dpi: rendered at that, not blown up.
    assert first["dpi"] == pytest.approx(150, abs=1)
    assert first["width"] == pytest.approx(800, abs=2)
    assert "" not in {p["source_path"] for p in pages}


def test_pdf_text_layer_is_kept_as_a_hint(project: Project, corpus: Path) -> None:
    item_id, _ = import_file(project, corpus / "scans" / "multipage.pdf", "eng")
    hints = [p["text_hint"] for p in project.pages(item_id)]
    assert sum(bool(h) for h in hints) == 1  # the corpus file has one page with text


def test_folders_are_walked_recursively_in_natural_order(project: Project, tmp_path: Path) -> None:
    folder = tmp_path / "box 12"
    (folder / "sub").mkdir(parents=True)
    for name in ("page10.png", "page2.png", "page1.png", "sub/page3.png"):
        text_page(text=name).save(folder / name)
    (folder / "notes.txt").write_text("not a page")
    report = import_paths(project, [folder], "eng")
    assert report.failed == []
    assert [project.item(i)["title"] for i in report.added] == ["page1", "page2", "page10", "page3"]


def test_names_with_spaces_and_other_scripts(project: Project, tmp_path: Path) -> None:
    path = tmp_path / "Þórður bréf 1941 — Γράμμα.png"
    text_page().save(path)
    item_id, _ = import_file(project, path, "isl")
    (original,) = project.originals(item_id)
    assert original["original_name"] == path.name
    stored = Path(original["path"]).name
    assert "Þórður" in stored and " " not in stored and "—" not in stored


def test_the_same_file_twice_is_skipped(project: Project, corpus: Path) -> None:
    first = import_paths(project, [corpus / "scans" / "crom.png"], "eng")
    second = import_paths(project, [corpus / "scans" / "crom.png"], "eng")
    assert len(first.added) == 1 and second.added == []
    assert "already in the project" in second.skipped[0][1]


@pytest.mark.parametrize(
    ("name", "codec", "video"),
    [
        ("talk.ogg", "libopus", False),
        ("talk.m4a", "aac", False),
        ("film.mp4", "aac", True),
        ("film.mkv", "libmp3lame", True),
    ],
)
def test_audio_formats_and_video_sound_tracks(
    project: Project, corpus: Path, tmp_path: Path, name: str, codec: str, video: bool
) -> None:
    path = encode_audio(
        corpus / "audio" / "jfk.flac", tmp_path / name, codec, seconds=4, video=video
    )
    item_id, warnings = import_file(project, path, "eng")
    recording = project.recording_for_item(item_id)
    assert recording is not None
    assert recording["duration"] == pytest.approx(4.0, abs=0.1)
    assert warnings == []


@pytest.mark.parametrize(
    ("name", "seconds", "rate", "channels"),
    [
        ("jfk.flac", 11.0, 44100, 2),
        ("multilingual.mp3", 59.9, 24000, 1),
        ("stereo_diarization.wav", 5.0, 16000, 2),
    ],
)
def test_corpus_audio(
    project: Project, corpus: Path, name: str, seconds: float, rate: int, channels: int
) -> None:
    item_id, _ = import_file(project, corpus / "audio" / name, "eng")
    recording = project.recording_for_item(item_id)
    assert recording is not None
    assert recording["duration"] == pytest.approx(seconds, abs=0.2)
    assert (recording["sample_rate"], recording["channels"]) == (rate, channels)


# ----- bad input ----------------------------------------------------------------------


def _refused(project: Project, path: Path, message: str) -> None:
    before = project.items()
    with pytest.raises(BadInput, match=message) as caught:
        import_file(project, path, "eng")
    assert "Traceback" not in str(caught.value)
    assert project.items() == before
    _project_is_clean(project)


def test_invalid_pdf(project: Project, corpus: Path) -> None:
    _refused(
        project,
        corpus / "bad" / "invalid.pdf",
        "invalid.pdf could not be read: it is not a valid PDF",
    )


def test_zero_byte_files(project: Project, tmp_path: Path) -> None:
    for name in ("empty.png", "empty.wav", "empty.pdf"):
        (tmp_path / name).write_bytes(b"")
        _refused(project, tmp_path / name, "is empty")


def test_text_files_with_image_or_audio_names(project: Project, tmp_path: Path) -> None:
    for name, message in (
        ("notes.wav", "not an audio or video file"),
        ("notes.png", "not an image"),
        ("notes.pdf", "not a PDF"),
    ):
        (tmp_path / name).write_text("Minutes of the meeting held on 3 June.\n" * 20)
        _refused(project, tmp_path / name, message)


def test_unknown_kind_of_file(project: Project, tmp_path: Path) -> None:
    (tmp_path / "letter.docx").write_bytes(b"PK\x03\x04 not really")
    _refused(project, tmp_path / "letter.docx", "does not know this kind of file")


def test_truncated_flac_keeps_what_decodes_and_says_so(
    project: Project, corpus: Path, tmp_path: Path
) -> None:
    whole = (corpus / "audio" / "jfk.flac").read_bytes()
    path = tmp_path / "cut.flac"
    path.write_bytes(whole[: len(whole) // 4])
    item_id, warnings = import_file(project, path, "eng")
    recording = project.recording_for_item(item_id)
    assert recording is not None and 1.0 < recording["duration"] < 5.0
    assert warnings and "damaged" in warnings[0]


def test_truncated_wav(project: Project, corpus: Path, tmp_path: Path) -> None:
    whole = (corpus / "audio" / "stereo_diarization.wav").read_bytes()
    path = tmp_path / "cut.wav"
    path.write_bytes(whole[: len(whole) // 3])
    item_id, _ = import_file(project, path, "eng")
    recording = project.recording_for_item(item_id)
    assert recording is not None and recording["duration"] == pytest.approx(5.0 / 3, abs=0.1)
    (tmp_path / "header-only.wav").write_bytes(whole[:44])
    _refused(project, tmp_path / "header-only.wav", "no sound|could not be decoded|not an audio")


def test_huge_image_is_refused_without_decoding(project: Project, tmp_path: Path) -> None:
    path = png_header_only(tmp_path / "poster.png", 40000, 40000)
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    _refused(project, path, "too large: 40000×40000 pixels")
    assert resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before < 100_000  # KiB


def test_hugemono_pdf_is_downsampled_in_bounded_memory(project: Project, corpus: Path) -> None:
    item_id, warnings = import_file(project, corpus / "bad" / "hugemono.pdf", "eng")
    (page,) = project.pages(item_id)
    assert page["width"] * page["height"] <= 90_000_000
    assert page["dpi"] < 100
    assert "very large" in warnings[0]
    child_peak_mib = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(
        f"hugemono.pdf: rendered {page['width']}x{page['height']}, "
        f"renderer peak {child_peak_mib:.0f} MiB"
    )
    assert child_peak_mib < 3 * 1024


def test_enormous_pdf_page(project: Project, corpus: Path) -> None:
    item_id, _ = import_file(project, corpus / "bad" / "enormous.pdf", "eng")
    (page,) = project.pages(item_id)
    assert page["width"] * page["height"] <= 90_000_000


def test_one_bad_file_does_not_stop_the_others(
    project: Project, corpus: Path, tmp_path: Path
) -> None:
    (tmp_path / "zero.flac").write_bytes(b"")
    report = import_paths(
        project,
        [
            corpus / "scans" / "crom.png",
            tmp_path / "zero.flac",
            corpus / "bad" / "invalid.pdf",
            corpus / "audio" / "jfk.flac",
        ],
        "eng",
    )
    assert len(report.added) == 2
    assert [p.name for p, _ in report.failed] == ["zero.flac", "invalid.pdf"]
    _project_is_clean(project)


def test_full_disk_is_reported_and_the_project_survives(small_disk: Path, corpus: Path) -> None:
    folder = small_disk / "project"
    with Project.create(folder) as project:
        import_file(project, corpus / "scans" / "crom.png", "eng")
        filler = small_disk / "filler"
        with filler.open("wb") as handle:  # leave about 200 KB free
            handle.write(b"\0" * (shutil.disk_usage(small_disk).free - 200_000))
        with pytest.raises(DiskFull, match="disk is full"):
            import_file(project, corpus / "audio" / "jfk.flac", "eng")  # 1.1 MB
        _project_is_clean(project)
        filler.unlink()
    with Project.open(folder) as project:
        assert [i["title"] for i in project.items()] == ["crom"]


def test_read_only_project_folder(remount_read_only: tuple[Path, object], corpus: Path) -> None:
    share, make_read_only = remount_read_only
    folder = share / "project"
    with Project.create(folder) as project:
        import_file(project, corpus / "scans" / "crom.png", "eng")
    make_read_only()  # type: ignore[operator]
    from desktop.core.errors import ProjectError

    with pytest.raises(ProjectError, match="read-only"):
        Project.open(folder)
    with Project.open(folder, read_only=True) as project:
        assert [i["title"] for i in project.items()] == ["crom"]
    assert shutil.disk_usage(share).total > 0
