# CTranslate2 keeps its shared library beside the extension (Windows: ctranslate2/*.dll,
# loaded by hand in its __init__; Linux: ctranslate2.libs/; macOS: ctranslate2/.dylibs).
# The converters need PyTorch/Transformers and are never used by Quire.
from PyInstaller.utils.hooks import collect_dynamic_libs

binaries = collect_dynamic_libs("ctranslate2")
excludedimports = ["ctranslate2.converters", "torch", "transformers", "tensorflow"]
