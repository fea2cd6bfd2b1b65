# Presidio reads its recognisers and NLP settings from YAML files in the package and
# imports recognisers by name. The LLM/transformers/stanza/Azure extras are not used.
# It finds the YAML files through paths like recognizer_registry/../conf: those folders
# must exist on disk, so the modules are also collected as .py files ("pyz+py").
from PyInstaller.utils.hooks import collect_data_files, collect_submodules, copy_metadata


def _wanted(name: str) -> bool:
    return not any(
        part in name for part in ("langextract", "llm", "transformers", "stanza", "azure", "ahds")
    )


datas = collect_data_files("presidio_analyzer") + copy_metadata("presidio_analyzer")
hiddenimports = collect_submodules("presidio_analyzer", filter=_wanted)
module_collection_mode = {"presidio_analyzer": "pyz+py"}
