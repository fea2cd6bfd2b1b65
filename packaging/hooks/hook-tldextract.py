# tldextract's bundled public-suffix snapshot, used instead of a download.
from PyInstaller.utils.hooks import collect_data_files

datas = collect_data_files("tldextract")
