"""pipeline: athletics news articles in, one reconciled facts file out."""

__version__ = "0.1.0"
