"""marquee: scrape, normalize and load movie and TV title pages."""

__version__ = "0.1.0"
