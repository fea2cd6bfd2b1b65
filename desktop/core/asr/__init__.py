"""Speech recognition with faster-whisper, offline, from models in installed packages."""
