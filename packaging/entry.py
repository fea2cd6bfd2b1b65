"""The one program inside a packaged Quire (PyInstaller), started under several names.

* ``quire ...``: the command line, as ``desktop.cli`` (the same as ``python -m desktop``).
* ``quire-desktop [PROJECT]``: the desktop window (``quire gui``).
* ``quire -m desktop.<module> ...``: what ``python -m desktop.<module>`` does from source.
  Quire starts some work in a child process with ``sys.executable -m ...`` (PDF pages are
  rendered in ``desktop.core.capture.pdf_worker``); in a packaged app ``sys.executable`` is
  this program, so it accepts the same arguments. Only Quire's own modules are allowed.
"""

from __future__ import annotations

import os
import runpy
import sys
from pathlib import Path

DESKTOP_NAMES = {"quire-desktop", "quire-gui"}


def _restore_library_path() -> None:
    """Programs Quire starts (Tesseract, scanimage) must see the system's libraries.

    The PyInstaller bootloader puts its own folder first in LD_LIBRARY_PATH and keeps the
    user's value in LD_LIBRARY_PATH_ORIG. This process has loaded its libraries already
    (the loader reads the variable once, at start), so only child processes are affected.
    """
    if sys.platform.startswith("linux") and "LD_LIBRARY_PATH" in os.environ:
        original = os.environ.pop("LD_LIBRARY_PATH_ORIG", None)
        if original:
            os.environ["LD_LIBRARY_PATH"] = original
        else:
            del os.environ["LD_LIBRARY_PATH"]


def _find_tesseract() -> None:
    """Let pytesseract (which runs ``tesseract`` from PATH) find the Tesseract we expect.

    Windows: the installer puts a private Tesseract in a ``tesseract`` folder beside Quire.
    macOS: an app started from the Finder gets a PATH without Homebrew's folders.
    """
    here = Path(sys.executable).resolve().parent
    folders: list[Path] = []
    if sys.platform == "win32":
        folders.append(here / "tesseract")
    elif sys.platform == "darwin":
        folders += [Path("/opt/homebrew/bin"), Path("/usr/local/bin"), Path("/opt/local/bin")]
    path = os.environ.get("PATH", "").split(os.pathsep)
    for folder in reversed(folders):
        if folder.is_dir() and str(folder) not in path:
            path.insert(0, str(folder))
    os.environ["PATH"] = os.pathsep.join(p for p in path if p)


def main() -> int:
    _restore_library_path()
    _find_tesseract()
    args = sys.argv[1:]
    if len(args) >= 2 and args[0] == "-m":
        module = args[1]
        if module != "desktop" and not module.startswith("desktop."):
            print(f"quire: -m only runs Quire's own modules, not {module}", file=sys.stderr)
            return 2
        sys.argv = [module, *args[2:]]
        runpy.run_module(module, run_name="__main__", alter_sys=True)
        return 0
    from desktop.cli import main as cli_main

    if Path(sys.argv[0]).stem.lower() in DESKTOP_NAMES:
        args = ["gui", *args]
    return cli_main(args)


if __name__ == "__main__":
    sys.exit(main())
