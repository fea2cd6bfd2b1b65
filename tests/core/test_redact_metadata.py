"""Metadata: personal fields found in images, PDFs and recordings, and clean copies made
without touching the pictures, pages or sound."""

from __future__ import annotations

import io
import shutil
import struct
from pathlib import Path

import mutagen
import numpy as np
import pikepdf
import pypdfium2 as pdfium
import pytest
from faster_whisper.audio import decode_audio
from mutagen.flac import FLAC, Picture
from mutagen.id3 import ID3, TPE1
from PIL import ExifTags, Image
from PIL.PngImagePlugin import PngInfo
from reportlab.pdfgen.canvas import Canvas

from desktop.core.errors import BadInput
from desktop.core.redact import metadata_of, redact_image, strip_metadata

CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus"
SAMPLES = Path(__file__).resolve().parents[2] / "resources" / "samples"


def exif_with_gps() -> Image.Exif:
    exif = Image.Exif()
    exif[ExifTags.Base.Artist] = "Margaret Ellison"
    exif[ExifTags.Base.Make] = "Canon"
    exif[ExifTags.Base.Orientation] = 1
    gps = exif.get_ifd(ExifTags.IFD.GPSInfo)
    gps[ExifTags.GPS.GPSLatitudeRef] = "N"
    gps[ExifTags.GPS.GPSLatitude] = (54.0, 29.0, 10.0)
    gps[ExifTags.GPS.GPSLongitudeRef] = "W"
    gps[ExifTags.GPS.GPSLongitude] = (0.0, 36.0, 50.0)
    exif.get_ifd(ExifTags.IFD.Exif)[ExifTags.Base.BodySerialNumber] = "4207713"
    return exif


@pytest.fixture
def scan_with_gps(tmp_path: Path) -> Path:
    """A corpus scan saved as a camera would: JPEG with EXIF GPS, Artist, serial, comment."""
    with Image.open(CORPUS / "scans" / "linn.png") as scan:
        page = scan.convert("RGB").crop((0, 0, 800, 600))
    path = tmp_path / "photo.jpg"
    page.save(path, exif=exif_with_gps(), quality=90, dpi=(300, 300), comment=b"Jane's camera")
    return path


def test_exif_gps_is_found_before_and_gone_after(tmp_path: Path, scan_with_gps: Path) -> None:
    found = metadata_of(scan_with_gps)
    assert found["EXIF Artist"] == "Margaret Ellison"
    assert {"GPS GPSLatitude", "GPS GPSLongitude", "EXIF BodySerialNumber"} <= set(found)
    assert "Jane" in found["comment"]

    clean = tmp_path / "clean.jpg"
    strip_metadata(scan_with_gps, clean)
    assert metadata_of(clean) == {}
    assert b"Ellison" not in clean.read_bytes() and b"GPS" not in clean.read_bytes()
    # Lossless: the same compressed picture, so the same pixels and the same resolution.
    with Image.open(scan_with_gps) as a, Image.open(clean) as b:
        assert np.array_equal(np.asarray(a), np.asarray(b))
        assert b.info["dpi"] == (300, 300)

    redacted = redact_image(scan_with_gps, [(10, 10, 100, 30)], tmp_path / "redacted.png")
    assert metadata_of(redacted.path) == {}
    assert b"Ellison" not in redacted.path.read_bytes()


def test_png_text_chunks_xmp_and_icc_are_found_and_removed(tmp_path: Path) -> None:
    info = PngInfo()
    info.add_text("Author", "Margaret Ellison")
    info.add_itxt("XML:com.adobe.xmp", "<x:xmpmeta><dc:creator>M. Ellison</dc:creator></x:xmpmeta>")
    src = tmp_path / "page.png"
    with Image.open(CORPUS / "scans" / "crom.png") as scan:
        scan.convert("L").save(src, pnginfo=info, exif=exif_with_gps(), dpi=(200, 200))
    found = metadata_of(src)
    assert found["PNG text Author"] == "Margaret Ellison"
    assert "M. Ellison" in found["XMP"] and "GPS GPSLatitude" in found
    clean = tmp_path / "clean.png"
    strip_metadata(src, clean)
    assert metadata_of(clean) == {}
    with Image.open(src) as a, Image.open(clean) as b:
        assert np.array_equal(np.asarray(a), np.asarray(b))
        assert set(b.info) == {"dpi"}


def test_a_pdf_whose_metadata_names_a_person_is_clean_after(tmp_path: Path) -> None:
    src = tmp_path / "letter.pdf"
    canvas = Canvas(str(src))
    canvas.setAuthor("Margaret Ellison")
    canvas.setTitle("Letter to Mrs Ellison, 14 Harbour Street")
    canvas.setSubject("Loan of photographs")
    canvas.drawString(72, 720, "Thank you for lending the Society the photographs.")
    canvas.save()
    with pikepdf.open(src, allow_overwriting_input=True) as pdf:
        with pdf.open_metadata(update_docinfo=False) as xmp:
            xmp["dc:creator"] = ["Margaret Ellison"]
        pdf.pages[0].Metadata = pdf.make_stream(b"<x:xmpmeta>Ellison</x:xmpmeta>")
        pdf.save(src)
    found = metadata_of(src)
    assert found["PDF Info /Author"] == "Margaret Ellison"
    assert "Ellison" in found["PDF Info /Title"] and "PDF XMP" in found
    assert any(key.endswith("XMP") and key != "PDF XMP" for key in found)  # the page's own

    clean = tmp_path / "clean.pdf"
    strip_metadata(src, clean)
    assert metadata_of(clean) == {}
    assert b"Ellison" not in clean.read_bytes()
    with pikepdf.open(clean) as pdf:
        assert dict(pdf.docinfo) == {"/Producer": "Quire"}
    for path in (src, clean):
        document = pdfium.PdfDocument(str(path))
        assert "lending the Society" in document[0].get_textpage().get_text_range()
        document.close()


def test_a_jpeg_inside_a_pdf_is_checked_and_cleaned(tmp_path: Path, scan_with_gps: Path) -> None:
    src = tmp_path / "scan.pdf"
    canvas = Canvas(str(src))
    canvas.drawImage(str(scan_with_gps), 0, 0, 400, 300)  # reportlab embeds JPEG as it is
    canvas.save()
    found = metadata_of(src)
    assert any("GPS GPSLatitude" in key for key in found), found
    clean = tmp_path / "clean.pdf"
    strip_metadata(src, clean)
    assert metadata_of(clean) == {}


def samples(path: Path) -> np.ndarray:
    return decode_audio(str(path), sampling_rate=16000)


def test_flac_tags_and_pictures_are_found_and_removed(tmp_path: Path) -> None:
    src = tmp_path / "interview.flac"
    shutil.copyfile(SAMPLES / "interview-en.flac", src)
    tagged = FLAC(src)
    tagged["ARTIST"] = "Thomas Fletcher"
    tagged["LOCATION"] = "14 Harbour Street, Whitby"
    picture = Picture()
    picture.type, picture.mime, picture.data = 3, "image/png", b"\x89PNG portrait"
    tagged.add_picture(picture)
    tagged.save()
    found = metadata_of(src)
    assert found["Vorbis artist"] == "['Thomas Fletcher']" and "FLAC picture 1" in found
    clean = tmp_path / "clean.flac"
    strip_metadata(src, clean)
    assert metadata_of(clean) == {}
    assert FLAC(clean).tags is None and FLAC(clean).pictures == []
    assert b"Fletcher" not in clean.read_bytes() and b"Lavf" not in clean.read_bytes()
    assert np.array_equal(samples(src), samples(clean))


def test_mp3_id3_and_wav_info_chunks_are_removed(tmp_path: Path) -> None:
    mp3 = tmp_path / "talk.mp3"
    shutil.copyfile(CORPUS / "audio" / "multilingual.mp3", mp3)
    tags = ID3(mp3)
    tags.add(TPE1(encoding=3, text=["Margaret Ellison"]))
    tags.save(mp3)
    assert metadata_of(mp3)["ID3 TPE1"] == "Margaret Ellison"
    strip_metadata(mp3, tmp_path / "clean.mp3")
    assert metadata_of(tmp_path / "clean.mp3") == {}
    assert mutagen.File(tmp_path / "clean.mp3").tags is None

    wav = tmp_path / "talk.wav"
    data = (CORPUS / "audio" / "stereo_diarization.wav").read_bytes()
    info = b"INFO" + b"IART" + struct.pack("<I", 16) + b"Margaret Ellison"
    chunk = b"LIST" + struct.pack("<I", len(info)) + info
    body = data[12:] + chunk
    wav.write_bytes(b"RIFF" + struct.pack("<I", 4 + len(body)) + b"WAVE" + body)
    assert "WAV LIST chunk" in metadata_of(wav)
    strip_metadata(wav, tmp_path / "clean.wav")
    assert metadata_of(tmp_path / "clean.wav") == {}
    assert b"Ellison" not in (tmp_path / "clean.wav").read_bytes()
    assert np.array_equal(samples(wav), samples(tmp_path / "clean.wav"))


def test_clean_copies_never_overwrite_and_refuse_what_they_cannot_read(tmp_path: Path) -> None:
    src = tmp_path / "x.png"
    Image.new("L", (10, 10), 255).save(src)
    with pytest.raises(BadInput, match="beside the original"):
        strip_metadata(src, src)
    broken = tmp_path / "broken.png"
    broken.write_bytes(b"\x89PNG\r\n\x1a\n" + io.BytesIO(b"junk").read())
    with pytest.raises(BadInput):
        metadata_of(broken)


@pytest.mark.parametrize("mode", ["RGBA", "I;16", "P", "LA", "1"])
def test_a_clean_png_keeps_alpha_palette_and_depth(tmp_path: Path, mode: str) -> None:
    info = PngInfo()
    info.add_text("Author", "Margaret Ellison")
    if mode == "I;16":
        image = Image.fromarray(np.arange(256 * 64, dtype=np.uint16).reshape(64, 256) * 3)
    else:
        image = Image.linear_gradient("L").resize((256, 64)).convert(mode)
    src, out = tmp_path / "in.png", tmp_path / "out.png"
    extra = {"transparency": 3} if mode == "P" else {}
    image.save(src, pnginfo=info, dpi=(300, 300), **extra)
    strip_metadata(src, out)
    with Image.open(src) as before, Image.open(out) as after:
        assert after.mode == before.mode
        assert np.array_equal(np.asarray(before), np.asarray(after))
        assert after.info.get("transparency") == before.info.get("transparency")
    assert metadata_of(out) == {}
    with pytest.raises(BadInput, match=r"name it photo\.jpg"):
        Image.new("RGB", (8, 8)).save(tmp_path / "photo.jpg")
        strip_metadata(tmp_path / "photo.jpg", tmp_path / "photo.png")
