"""Size and start-up of the Linux package, beside the same program run from source.

    bash packaging/linux/build.sh          # first: dist/quire/ and the .tar.gz
    .venv/bin/python bench/package_bench.py [--package dist/quire] [--runs 5]

Prints a table and writes bench/package.json. Every run starts a new process with a clean
environment (minimal PATH, fresh HOME), as a user's desktop would:

* window, cold: the same, after dropping the package's own files from the page cache
  (posix_fadvise), as after a reboot;
* size: the program folder on disk, its file count, and the .tar.gz handed out;
* window: from launch until the main window is shown and the event loop runs
  (QUIRE_EXIT_AFTER_SHOWN=1 makes the app print "quire: window shown" then and leave),
  offscreen, on an empty project; "first" is the first of the runs, the median is of
  the others;
* doctor: `quire doctor --json`, every check included;
* version: `quire --version`, the bare cost of starting the program.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from desktop import __version__  # noqa: E402


def folder_size(folder: Path) -> tuple[int, int]:
    total = files = 0
    for path in folder.rglob("*"):
        if path.is_file() and not path.is_symlink():
            total += path.stat().st_size
            files += 1
    return total, files


def clean_env(home: Path, **extra: str) -> dict[str, str]:
    return {"PATH": "/usr/bin:/bin", "HOME": str(home), "LANG": "C.UTF-8", **extra}


def timed(command: list[str], env: dict[str, str], cwd: Path, until: str = "") -> float:
    """Seconds from launch to exit, or to the first output line containing ``until``."""
    start = time.perf_counter()
    process = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env, cwd=cwd
    )
    assert process.stdout is not None
    elapsed = None
    for line in process.stdout:
        if until and until in line and elapsed is None:
            elapsed = time.perf_counter() - start
    process.wait(timeout=300)
    if until and elapsed is None:
        raise RuntimeError(f"{command[0]} never printed {until!r} (exit {process.returncode})")
    return elapsed if elapsed is not None else time.perf_counter() - start


def evict(folder: Path) -> None:
    """Drop this folder's files from the page cache (POSIX_FADV_DONTNEED), so that the
    next start reads them from disk as after a reboot; nothing else is evicted."""
    for path in folder.rglob("*"):
        if path.is_file() and not path.is_symlink():
            fd = os.open(path, os.O_RDONLY)
            try:
                os.fdatasync(fd)
                os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
            finally:
                os.close(fd)


def series(
    runs: int, command: list[str], env: dict[str, str], cwd: Path, until: str = ""
) -> dict[str, Any]:
    times = [timed(command, env, cwd, until) for _ in range(runs)]
    rest = times[1:] or times
    return {
        "first_s": round(times[0], 3),
        "median_s": round(statistics.median(rest), 3),
        "runs": [round(t, 3) for t in times],
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--package", type=Path, default=REPO / "dist" / "quire")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--out", type=Path, default=REPO / "bench" / "package.json")
    args = parser.parse_args()
    folder = args.package.resolve()
    if not (folder / "quire").is_file():
        print(f"No package in {folder}: run bash packaging/linux/build.sh first.", file=sys.stderr)
        return 1

    size, files = folder_size(folder)
    archive = REPO / "dist" / f"quire-{__version__}-linux-{platform.machine()}.tar.gz"
    results: dict[str, Any] = {
        "version": __version__,
        "machine": f"{platform.system()} {platform.machine()}, {os.cpu_count()} cores",
        "size": {
            "folder_bytes": size,
            "files": files,
            "internal_breakdown_mb": breakdown(folder / "_internal"),
            "tar_gz_bytes": archive.stat().st_size if archive.is_file() else None,
        },
    }

    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp)
        env = clean_env(home)
        source = [str(REPO / ".venv" / "bin" / "python"), "-m", "desktop"]
        source_env = {**env, "PYTHONPATH": str(REPO)}
        project = home / "project"
        subprocess.run([str(folder / "quire"), "init", str(project)], env=env, check=True)
        window_env = {**env, "QT_QPA_PLATFORM": "offscreen", "QUIRE_EXIT_AFTER_SHOWN": "1"}
        shown = "quire: window shown"
        # A true cold start: the package's files out of the page cache first.
        evict(folder)
        cold = timed([str(folder / "quire-desktop"), str(project)], window_env, home, shown)
        results["package"] = {
            "window_cold_s": round(cold, 3),
            "window": series(
                args.runs, [str(folder / "quire-desktop"), str(project)], window_env, home, shown
            ),
            "doctor": series(args.runs, [str(folder / "quire"), "doctor", "--json"], env, home),
            "version": series(args.runs, [str(folder / "quire"), "--version"], env, home),
        }
        results["source"] = {
            "window": series(
                args.runs,
                [*source, "gui", str(project)],
                {**window_env, "PYTHONPATH": str(REPO)},
                home,
                shown,
            ),
            "doctor": series(args.runs, [*source, "doctor", "--json"], source_env, home),
            "version": series(args.runs, [*source, "--version"], source_env, home),
        }

    args.out.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    mb = 1024 * 1024
    print(f"Quire {__version__} package, {results['machine']}")
    print(f"  folder   {size / mb:8.0f} MB in {files} files")
    if results["size"]["tar_gz_bytes"]:
        print(f"  tar.gz   {results['size']['tar_gz_bytes'] / mb:8.0f} MB  ({archive.name})")
    print(f"  largest parts of _internal (MB): {results['size']['internal_breakdown_mb']}")
    print()
    print(f"  {'seconds':<28}{'package first':>14}{'median':>9}{'source first':>14}{'median':>9}")
    labels = {
        "window": "launch to window shown",
        "doctor": "quire doctor --json",
        "version": "quire --version",
    }
    print(f"  {'launch to window, cold cache':<28}{results['package']['window_cold_s']:>14.2f}")
    for key, label in labels.items():
        p, s = results["package"][key], results["source"][key]
        print(
            f"  {label:<28}{p['first_s']:>14.2f}{p['median_s']:>9.2f}"
            f"{s['first_s']:>14.2f}{s['median_s']:>9.2f}"
        )
    print(f"\nwritten to {args.out}")
    return 0


def breakdown(internal: Path, top: int = 8) -> dict[str, float]:
    """The largest entries of _internal, in MB."""
    sizes: dict[str, int] = {}
    if not internal.is_dir():
        return {}
    for child in internal.iterdir():
        if child.is_symlink():
            continue
        sizes[child.name] = folder_size(child)[0] if child.is_dir() else child.stat().st_size
    largest = sorted(sizes.items(), key=lambda item: -item[1])[:top]
    return {name: round(size / 1024 / 1024, 1) for name, size in largest}


if __name__ == "__main__":
    sys.exit(main())
