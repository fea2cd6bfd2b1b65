"""What metadata a file carries that could name or place a person, and copies without it.

``metadata_of`` reports, as ``{"where name": "value"}``, every metadata field of an image
(EXIF with its GPS and camera sub-blocks and thumbnail, XMP, IPTC and Photoshop blocks, PNG
text chunks, comments, ICC profile), of a PDF (the Info dictionary, XMP streams on any
object, private application data, embedded files, annotations, EXIF or XMP inside embedded
JPEG images) or of a recording (ID3, APE, Vorbis comments, FLAC pictures, MP4 tags, WAV
INFO, bext and iXML chunks). An empty dict means the file is clean. What Quire writes on
purpose is not reported: an image's resolution, and a PDF's Producer and Creator "Quire".

``strip_metadata`` writes a copy of an image, PDF or recording with all of that removed,
without recompressing anything: JPEG segments are dropped byte for byte, PNG pixels are
copied, PDF objects are edited in place, audio tags are cut out of an unchanged stream.
"""

from __future__ import annotations

import base64
import contextlib
import io
import logging
import os
import shutil
import struct
import tempfile
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any, BinaryIO, cast

from PIL import ExifTags, Image, IptcImagePlugin

from ..errors import BadInput
from ..fileio import atomic_writer, explain_os_error
from .audio import blank_flac_metadata

log = logging.getLogger(__name__)

QUIRE = "Quire"

# TIFF/EXIF tags that describe the pixels' layout, not who made them or where.
_STRUCTURAL_TAGS = frozenset(
    {
        254, 255, 256, 257, 258, 259, 262, 263, 266, 273, 274, 277, 278, 279, 280, 281, 282,
        283, 284, 290, 291, 296, 317, 318, 319, 320, 322, 323, 324, 325, 338, 339, 340, 341,
        529, 530, 531, 532, 513, 514,
    }
)  # fmt: skip
_AUDIO_SUFFIXES = {".flac", ".mp3", ".ogg", ".oga", ".opus", ".m4a", ".mp4", ".aac", ".wav"}
_IMAGE_SUFFIXES = {".png", ".jpg", ".jpeg", ".tif", ".tiff", ".webp"}


def _short(value: Any, limit: int = 200) -> str:
    if isinstance(value, bytes):
        text = value[:limit].decode("utf-8", "replace")
        return text + ("…" if len(value) > limit else "")
    text = str(value)
    return text[:limit] + ("…" if len(text) > limit else "")


def _tag_name(tag: int, names: dict[int, str]) -> str:
    return names.get(tag, f"tag {tag}")


# ----------------------------------------------------------------------------- images


def _image_metadata(image: Image.Image, prefix: str = "") -> dict[str, str]:
    found: dict[str, str] = {}
    exif = image.getexif()
    for tag, value in exif.items():
        if tag in _STRUCTURAL_TAGS or tag in (ExifTags.IFD.Exif, ExifTags.IFD.GPSInfo):
            continue
        if image.format == "TIFF" and tag in (700, 33723, 34377, 34675):
            continue  # XMP, IPTC, Photoshop and ICC are reported below under their own names
        found[f"{prefix}EXIF {_tag_name(tag, ExifTags.TAGS)}"] = _short(value)
    for ifd, names, label in (
        (ExifTags.IFD.Exif, ExifTags.TAGS, "EXIF"),
        (ExifTags.IFD.GPSInfo, ExifTags.GPSTAGS, "GPS"),
        (ExifTags.IFD.Interop, ExifTags.TAGS, "EXIF interop"),
    ):
        with contextlib.suppress(KeyError, ValueError, TypeError, OSError):
            for tag, value in exif.get_ifd(ifd).items():
                found[f"{prefix}{label} {_tag_name(tag, names)}"] = _short(value)
    with contextlib.suppress(KeyError, ValueError, TypeError, OSError):
        if exif.get_ifd(ExifTags.IFD.IFD1):
            found[f"{prefix}EXIF thumbnail"] = "a small copy of the picture"
    info = image.info
    xmp = info.get("xmp") or info.get("XML:com.adobe.xmp")
    if xmp:
        found[f"{prefix}XMP"] = _short(xmp)
    with contextlib.suppress(Exception):  # Pillow's IPTC reader raises on odd blocks
        iptc = IptcImagePlugin.getiptcinfo(image)  # type: ignore[arg-type]
        for (record, dataset), value in (iptc or {}).items():
            found[f"{prefix}IPTC {record}:{dataset}"] = _short(value)
    if info.get("photoshop"):
        found[f"{prefix}Photoshop resources"] = f"{len(info['photoshop'])} blocks"
    if info.get("icc_profile"):
        found[f"{prefix}ICC profile"] = _icc_description(info["icc_profile"])
    for key in ("comment", "Comment"):
        if info.get(key):
            found[f"{prefix}comment"] = _short(info[key])
    for key, value in (getattr(image, "text", None) or {}).items():
        if key != "XML:com.adobe.xmp":
            found[f"{prefix}PNG text {key}"] = _short(value)
    for marker, content in getattr(image, "applist", []):
        if marker in ("APP0", "APP14", "COM") or (
            marker == "APP1" and content[:4] in (b"Exif", b"http")
        ):
            continue
        if marker in ("APP2", "APP13") and (
            b"ICC_PROFILE" in content[:12] or b"Photoshop" in content[:14]
        ):
            continue
        found[f"{prefix}JPEG {marker} block"] = _short(content[:40])
    return found


def _icc_description(profile: bytes) -> str:
    with contextlib.suppress(Exception):
        from PIL import ImageCms

        return ImageCms.getProfileDescription(ImageCms.ImageCmsProfile(io.BytesIO(profile))).strip()
    return f"{len(profile)} bytes"


def image_metadata(path: Path) -> dict[str, str]:
    try:
        with Image.open(path) as image:
            found = _image_metadata(image)
            for frame in range(1, getattr(image, "n_frames", 1)):
                image.seek(frame)
                found.update(_image_metadata(image, f"page {frame + 1}: "))
            return found
    except (OSError, ValueError, Image.DecompressionBombError) as error:
        raise BadInput(f"The image {path.name} cannot be read: {error}.") from error


def strip_jpeg_bytes(data: bytes) -> bytes:
    """The JPEG without its metadata segments, the compressed picture untouched.

    Kept: the JFIF header (its density; any thumbnail dropped), Adobe's APP14 (it says how
    colours were transformed) and every segment the decoder needs. Dropped: APP1-APP13 and
    APP15 (EXIF, XMP, ICC, Photoshop/IPTC, maker data) and comments.
    """
    if data[:2] != b"\xff\xd8":
        raise BadInput("This is not a JPEG image.")
    out = bytearray(b"\xff\xd8")
    position = 2
    while position < len(data):
        if data[position] != 0xFF:
            raise BadInput("The JPEG image is damaged (a segment is misplaced).")
        marker = data[position + 1]
        if marker == 0xFF:  # fill byte
            position += 1
            continue
        if marker in (0xD8, 0x01) or 0xD0 <= marker <= 0xD7:
            out += data[position : position + 2]
            position += 2
            continue
        if marker == 0xD9:
            out += data[position:]
            break
        (length,) = struct.unpack(">H", data[position + 2 : position + 4])
        segment = data[position : position + 2 + length]
        if marker == 0xDA:  # start of scan: the rest is picture data
            out += data[position:]
            break
        body = segment[4:]
        if marker == 0xE0:
            if body[:5] == b"JFIF\x00" and len(body) >= 14:
                header = bytes(body[:12]) + b"\x00\x00"  # no thumbnail
                out += b"\xff\xe0" + struct.pack(">H", len(header) + 2) + header
        elif marker == 0xEE or not (0xE1 <= marker <= 0xEF or marker == 0xFE):
            out += segment
        position += 2 + length
    return bytes(out)


_PNG_MODES = {"1", "L", "LA", "I", "I;16", "P", "RGB", "RGBA"}


def _strip_image(src: Path, out: Path) -> None:
    """JPEG: the same file less its metadata segments. Anything else: a PNG holding the same
    pixels (alpha, palette and 16-bit depth kept) and at most a resolution."""
    from .image import clean_pixels, image_dpi

    data = src.read_bytes()
    if data[:2] == b"\xff\xd8":
        if out.suffix.lower() not in (".jpg", ".jpeg"):
            raise BadInput(f"A clean copy of a JPEG stays a JPEG; name it {out.stem}.jpg.")
        with atomic_writer(out, "wb") as handle:
            handle.write(strip_jpeg_bytes(data))  # type: ignore[arg-type]
        return
    try:
        image = Image.open(io.BytesIO(data))
        image.load()
    except (OSError, ValueError, Image.DecompressionBombError) as error:
        raise BadInput(f"The image {src.name} cannot be read: {error}.") from error
    if int(getattr(image, "n_frames", 1)) > 1:
        raise BadInput(f"{src.name} holds several pages; clean each page image on its own.")
    if out.suffix.lower() != ".png":
        raise BadInput(
            f"Quire writes clean copies of {image.format} images as PNG; name the copy "
            f"{out.stem}.png."
        )
    dpi = image_dpi(image)
    if image.mode in _PNG_MODES and not image.info.get("icc_profile"):
        copy = Image.frombytes(image.mode, image.size, image.tobytes())
        if image.mode == "P":
            copy.putpalette(image.getpalette() or [])
            if "transparency" in image.info:
                copy.info["transparency"] = image.info["transparency"]
    else:
        copy = clean_pixels(image)  # CMYK, colour profiles: moved into sRGB
    options: dict[str, Any] = {"dpi": (dpi, dpi)} if dpi else {}
    if "transparency" in copy.info:
        options["transparency"] = copy.info["transparency"]
    with atomic_writer(out, "wb") as handle:
        copy.save(cast("BinaryIO", handle), format="PNG", **options)


# -------------------------------------------------------------------------------- PDF


def _pdf_string(value: Any) -> str:
    with contextlib.suppress(Exception):
        return str(value)
    return repr(value)


def _is_jpeg_image(obj: Any) -> bool:
    """An image stream whose last filter is DCTDecode: JPEG bytes, maybe wrapped in ASCII85
    or Flate (reportlab wraps them in ASCII85), which can carry their own EXIF and XMP."""
    import pikepdf

    if not isinstance(obj, pikepdf.Stream) or obj.get("/Subtype") != "/Image":
        return False
    filters = obj.get("/Filter")
    if isinstance(filters, pikepdf.Array):
        return len(filters) > 0 and filters[len(filters) - 1] == "/DCTDecode"
    return bool(filters == "/DCTDecode")


def _jpeg_bytes(obj: Any) -> bytes:
    """The JPEG file inside an image stream, with any outer ASCII85, hex or Flate layer undone
    (qpdf decodes either all filters or none)."""
    import pikepdf

    data = bytes(obj.read_raw_bytes())
    filters = obj.get("/Filter")
    if not isinstance(filters, pikepdf.Array):
        return data
    for name in list(filters)[:-1]:
        if name == "/ASCII85Decode":
            text = data.strip()
            text = text[:-2] if text.endswith(b"~>") else text
            data = base64.a85decode(text, adobe=False, ignorechars=b" \t\r\n")
        elif name == "/ASCIIHexDecode":
            data = bytes.fromhex(data.strip().rstrip(b">").decode("ascii"))
        elif name == "/FlateDecode":
            data = zlib.decompress(data)
        else:
            raise BadInput(f"An image is wrapped in {name}, which Quire cannot undo.")
    return data


def pdf_metadata(path: Path) -> dict[str, str]:
    import pikepdf

    found: dict[str, str] = {}
    try:
        pdf = pikepdf.open(path)
    except pikepdf.PdfError as error:
        raise BadInput(f"The PDF {path.name} cannot be read: {error}.") from error
    with pdf:
        for key, value in pdf.docinfo.items():
            text = _pdf_string(value)
            if key in ("/Producer", "/Creator") and text == QUIRE:
                continue
            found[f"PDF Info {key}"] = _short(text)
        if "/Metadata" in pdf.Root:
            found["PDF XMP"] = _short(pdf.Root.Metadata.read_bytes())
        names = pdf.Root.get("/Names")
        if names is not None and "/EmbeddedFiles" in names:
            found["PDF embedded files"] = "files attached to the document"
        for number, page in enumerate(pdf.pages, start=1):
            for annot in page.get("/Annots", []) or []:
                subtype = str(annot.get("/Subtype", ""))
                if subtype != "/Link":
                    author = _pdf_string(annot.get("/T", ""))
                    found[f"PDF page {number} annotation {subtype}"] = _short(author or "comment")
        for index, obj in enumerate(pdf.objects):
            if not isinstance(obj, pikepdf.Dictionary | pikepdf.Stream):
                continue
            if obj.objgen == pdf.Root.objgen:
                continue
            if "/Metadata" in obj and obj.get("/Type") != "/Catalog":
                found[f"PDF object {index} XMP"] = "XMP attached to a page, image or font"
            if "/PieceInfo" in obj:
                found[f"PDF object {index} private data"] = "an application's private data"
            if _is_jpeg_image(obj):
                try:
                    with Image.open(io.BytesIO(_jpeg_bytes(obj))) as embedded:
                        for field, text in _image_metadata(embedded).items():
                            found[f"PDF image {index}: {field}"] = text
                except (BadInput, OSError, ValueError, zlib.error):
                    found[f"PDF image {index}"] = "a JPEG whose metadata could not be checked"
    return found


def strip_pdf(src: Path, out: Path) -> None:
    """A copy of the PDF whose Info dictionary says only Producer "Quire", with no XMP,
    private application data, embedded files or comments, and JPEG images without their
    EXIF/XMP segments. Pages, text and images are otherwise unchanged."""
    import pikepdf

    try:
        pdf = pikepdf.open(src)
    except pikepdf.PdfError as error:
        raise BadInput(f"The PDF {src.name} cannot be read: {error}.") from error
    with pdf:
        if "/Metadata" in pdf.Root:
            del pdf.Root.Metadata
        names = pdf.Root.get("/Names")
        if names is not None and "/EmbeddedFiles" in names:
            del names.EmbeddedFiles
        for page in pdf.pages:
            annots = page.get("/Annots")
            if annots is not None:
                links = [a for a in annots if a.get("/Subtype") == "/Link"]
                if links:
                    page.Annots = pikepdf.Array(links)
                else:
                    del page.Annots
        for obj in pdf.objects:
            if not isinstance(obj, pikepdf.Dictionary | pikepdf.Stream):
                continue
            for key in ("/Metadata", "/PieceInfo"):
                if key in obj:
                    del obj[key]
            if _is_jpeg_image(obj):
                with contextlib.suppress(BadInput):
                    obj.write(strip_jpeg_bytes(_jpeg_bytes(obj)), filter=pikepdf.Name.DCTDecode)
                    if "/DecodeParms" in obj:
                        del obj["/DecodeParms"]
        if "/Info" in pdf.trailer:
            del pdf.trailer.Info
        pdf.trailer.Info = pdf.make_indirect(pikepdf.Dictionary(Producer=QUIRE))
        with atomic_writer(out, "wb") as handle:
            pdf.save(cast("BinaryIO", handle), deterministic_id=True)


# ------------------------------------------------------------------------------ audio

_RIFF_KEEP = {b"fmt ", b"data", b"fact", b"cue ", b"smpl"}


def _riff_chunks(handle: BinaryIO) -> Iterator[tuple[bytes, int, int]]:
    """(id, start of chunk, end of chunk including padding) of each top-level WAV chunk,
    read by seeking, so a long recording is never loaded whole."""
    handle.seek(0, os.SEEK_END)
    size_of_file = handle.tell()
    position = 12
    while position + 8 <= size_of_file:
        handle.seek(position)
        header = handle.read(8)
        chunk_id, (size,) = header[:4], struct.unpack("<I", header[4:8])
        end = min(size_of_file, position + 8 + size + (size & 1))
        yield chunk_id, position, end
        position = end


def _wav_metadata(path: Path) -> dict[str, str]:
    found: dict[str, str] = {}
    with path.open("rb") as handle:
        for chunk_id, start, end in list(_riff_chunks(handle)):
            if chunk_id not in _RIFF_KEEP:
                handle.seek(start + 8)
                name = chunk_id.decode("latin-1").strip()
                found[f"WAV {name} chunk"] = _short(handle.read(min(end - start - 8, 80)))
    return found


def _strip_wav(path: Path) -> None:
    """Rewrite the WAV at ``path`` with only the chunks that describe and hold the sound."""
    temp = path.with_name(path.name + ".wav-part")
    try:
        with path.open("rb") as source, temp.open("wb") as target:
            keep = [(s, e) for c, s, e in _riff_chunks(source) if c in _RIFF_KEEP]
            target.write(b"RIFF" + struct.pack("<I", 4 + sum(e - s for s, e in keep)) + b"WAVE")
            for start, end in keep:
                source.seek(start)
                remaining = end - start
                while remaining:
                    block = source.read(min(remaining, 1 << 20))
                    if not block:
                        break
                    target.write(block)
                    remaining -= len(block)
        os.replace(temp, path)
    finally:
        temp.unlink(missing_ok=True)


def audio_metadata(path: Path) -> dict[str, str]:
    import mutagen
    from mutagen.apev2 import APEv2
    from mutagen.flac import FLAC

    found: dict[str, str] = {}
    with path.open("rb") as handle:
        head = handle.read(12)
    if head[:4] == b"RIFF" and head[8:12] == b"WAVE":
        found.update(_wav_metadata(path))
    try:
        audio = mutagen.File(path)
    except mutagen.MutagenError as error:
        raise BadInput(f"The recording {path.name} cannot be read: {error}.") from error
    if audio is not None and audio.tags is not None:
        family = type(audio.tags).__name__
        label = "Vorbis" if "VComment" in family or family == "VCFLACDict" else family
        label = {"MP4Tags": "MP4", "_WaveID3": "ID3"}.get(label, label)
        for key, value in audio.tags.items():
            found[f"{label} {key}"] = _short(value)
    if isinstance(audio, FLAC):
        for number, picture in enumerate(audio.pictures, start=1):
            found[f"FLAC picture {number}"] = f"{picture.mime}, {len(picture.data)} bytes"
    if head[:3] == b"ID3" and not any(key.startswith("ID3") for key in found):
        found["ID3 header"] = "an ID3 block before the sound"
    with contextlib.suppress(Exception):  # APEv2 raises when there is none
        for key, value in APEv2(path).items():  # type: ignore[no-untyped-call]
            found[f"APE {key}"] = _short(value)
    return found


def _strip_audio_file(path: Path) -> None:
    """Remove every tag from the audio file at ``path`` in place (a private temporary)."""
    import mutagen
    from mutagen.apev2 import delete as delete_ape
    from mutagen.flac import FLAC
    from mutagen.id3 import delete as delete_id3

    with path.open("rb") as handle:
        head = handle.read(12)
    if head[:4] == b"RIFF" and head[8:12] == b"WAVE":
        _strip_wav(path)
        return
    try:
        audio = mutagen.File(path)
    except mutagen.MutagenError as error:
        raise BadInput(f"The recording {path.name} cannot be read: {error}.") from error
    if audio is None:
        raise BadInput(f"{path.name} is not a recording Quire can clean of tags.")
    if isinstance(audio, FLAC):
        with contextlib.suppress(Exception):  # an ID3 block some taggers put before "fLaC"
            delete_id3(path, delete_v1=True, delete_v2=True)
        with path.open("r+b") as handle:
            blank_flac_metadata(handle)
    else:
        if audio.tags is not None:
            audio.delete()
        with contextlib.suppress(Exception):
            delete_id3(path, delete_v1=True, delete_v2=True)
    with contextlib.suppress(Exception):
        delete_ape(path)


# -------------------------------------------------------------------------- dispatch


def _kind_of(path: Path) -> str:
    with path.open("rb") as handle:
        head = handle.read(16)
    if head.startswith(b"%PDF") or path.suffix.lower() == ".pdf":
        return "pdf"
    if head[4:8] == b"ftyp" and head[8:12] in (b"heic", b"heix", b"mif1", b"avif"):
        return "image"
    if head[:4] in (b"fLaC", b"OggS") or head[:3] == b"ID3" or head[4:8] == b"ftyp":
        return "audio"
    if head[:4] == b"RIFF" and head[8:12] == b"WAVE":
        return "audio"
    if path.suffix.lower() in _AUDIO_SUFFIXES:
        return "audio"
    return "image"


def metadata_of(path: Path) -> dict[str, str]:
    """Every metadata field of an image, PDF or recording that could carry personal data,
    as ``{"where and which": "value (shortened)"}``; empty when the file is clean."""
    if not path.is_file():
        raise BadInput(f"There is no file {path}.")
    kind = _kind_of(path)
    if kind == "pdf":
        return pdf_metadata(path)
    if kind == "audio":
        return audio_metadata(path)
    return image_metadata(path)


@contextlib.contextmanager
def _temporary_beside(out: Path) -> Iterator[Path]:
    out.parent.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".tmp", dir=out.parent)
    os.close(fd)
    temp = Path(name)
    try:
        yield temp
    except OSError as error:
        raise explain_os_error(error, out) from error
    finally:
        temp.unlink(missing_ok=True)


def strip_metadata(src: Path, out: Path) -> None:
    """Write a copy of ``src`` at ``out`` with no metadata (see the module's notes), atomically,
    then check it with ``metadata_of``; a copy that is not clean is deleted and refused.

    Images come out as PNG (JPEG stays JPEG, its picture bytes untouched), PDFs and
    recordings in their own format.
    """
    if src.resolve() == out.resolve():
        raise BadInput("A clean copy must be written beside the original, not over it.")
    kind = _kind_of(src)
    if kind == "pdf":
        strip_pdf(src, out)
    elif kind == "audio":
        with _temporary_beside(out) as temp:
            shutil.copyfile(src, temp)
            _strip_audio_file(temp)
            with temp.open("rb") as handle:
                os.fsync(handle.fileno())
            os.replace(temp, out)
    else:
        _strip_image(src, out)
    left = metadata_of(out)
    if left:
        out.unlink(missing_ok=True)
        raise BadInput(
            f"Quire could not remove all metadata from {src.name}: {', '.join(sorted(left))}.",
            "Send this file to Quire's developers; until then leave it out of the export.",
        )


def is_clean(path: Path) -> bool:
    return not metadata_of(path)
