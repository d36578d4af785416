"""The detection engine: a pure library (no network, no Redis). Text in, `Verdict` out."""

from bot.detect.detector import Detector
from bot.detect.fusion import Thresholds
from bot.detect.verdict import Verdict

__all__ = ["Detector", "Thresholds", "Verdict"]
