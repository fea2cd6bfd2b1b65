"""The desktop application's windows and widgets. Imports the core; the core never imports this."""

from .. import pyside_none  # noqa: F401  (before any Qt code: see the module)
