"""Size limits for pages, so that a decompression bomb cannot exhaust memory."""

MAX_PAGE_PIXELS = 90_000_000  # about 90 Mpx: an A0 poster at 300 dpi
MAX_PAGE_SIDE = 32_767  # pixels; also the largest side many image libraries accept
DEFAULT_DPI = 300.0
