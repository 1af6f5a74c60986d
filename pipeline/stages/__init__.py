"""The pipeline's stages, one module each. Importing this package registers their factories."""

from . import athletes, context, quotes, results, segment, splits, times  # noqa: F401
