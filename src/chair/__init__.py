"""chair: run a meeting from the chair's script (主持词)."""

__version__ = "0.1.0"
