# faster-whisper's Silero VAD model (assets/silero_vad_v6.onnx) is package data.
from PyInstaller.utils.hooks import collect_data_files

datas = collect_data_files("faster_whisper")
