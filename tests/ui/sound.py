"""A private PulseAudio server for the UI tests: a null sink, and a microphone hearing it.

QtMultimedia connects to the sound server once, the first time it is used in a process,
and never again: the server must be up before any test touches QtMultimedia. So it is
started once per session (see conftest.py), and only PULSE_SERVER is changed for the
tests. As root (as on CI) PulseAudio warns but runs as a per-user daemon; ``-n`` skips
the system's default.pa so that only these modules are loaded.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

SINK, MIC = "quire_test_sink", "quire_test_mic"


@dataclass
class SoundServer:
    server: str | None  # the PULSE_SERVER value, None when it could not start
    why_not: str = ""


def start(runtime: Path) -> Iterator[SoundServer]:
    pulseaudio = shutil.which("pulseaudio")
    if not pulseaudio or not shutil.which("paplay") or not shutil.which("pactl"):
        yield SoundServer(None, "PulseAudio is not installed (scripts/bootstrap.sh installs it)")
        return
    socket = runtime / "pulse" / "native"
    server_env = {
        **os.environ,
        "XDG_RUNTIME_DIR": str(runtime),
        "PULSE_RUNTIME_PATH": str(runtime / "pulse"),
        "HOME": str(runtime),  # its cookie and state stay out of the real home
    }
    server_env.pop("PULSE_SERVER", None)
    log_path = runtime / "pulseaudio.log"
    with log_path.open("w") as log:
        process = subprocess.Popen(
            [
                pulseaudio,
                "-n",
                "--daemonize=no",
                "--exit-idle-time=-1",
                # No real-time thread: on a loaded CI machine one can be killed for using
                # too much CPU, or starve the tests of their two cores.
                "--realtime=no",
                "--high-priority=no",
                "--log-target=stderr",
                "-L",
                "module-native-protocol-unix auth-anonymous=1",
                "-L",
                f"module-null-sink sink_name={SINK} rate=48000",
                "-L",
                f"module-remap-source source_name={MIC} master={SINK}.monitor",
            ],
            env=server_env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    address = f"unix:{socket}"
    previous = os.environ.get("PULSE_SERVER")
    os.environ["PULSE_SERVER"] = address
    try:
        deadline = time.monotonic() + 15
        while subprocess.run(["pactl", "info"], capture_output=True).returncode != 0:
            if process.poll() is not None or time.monotonic() > deadline:
                tail = log_path.read_text(errors="replace")[-400:]
                yield SoundServer(None, f"PulseAudio could not start: {tail}")
                return
            time.sleep(0.1)
        subprocess.run(["pactl", "set-default-source", MIC], capture_output=True)
        subprocess.run(["pactl", "set-default-sink", SINK], capture_output=True)
        yield SoundServer(address)
    finally:
        if previous is None:
            os.environ.pop("PULSE_SERVER", None)
        else:
            os.environ["PULSE_SERVER"] = previous
        process.terminate()
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
