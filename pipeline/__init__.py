"""pipeline: athletics news articles in, one reconciled facts file out.

    import pipeline
    facts = pipeline.extract(text)          # one article's facts
    result = pipeline.run(["articles/"])    # a batch: result.facts is the FactsFile
    pipeline.run(["archive/"], output="facts.json")  # a large batch, streamed to a file
"""

__version__ = "0.1.0"

from .api import RunResult, extract, run  # noqa: E402
from .config import Config  # noqa: E402

__all__ = ["Config", "RunResult", "extract", "run", "__version__"]
