"""The desktop application's windows and widgets. Imports the core; the core never imports this."""
