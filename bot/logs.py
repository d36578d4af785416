"""Logging: human-readable by default, JSON lines with SENTINEL_LOG_JSON=1; phone and card numbers
are masked in every record (cases keep them whole; logs never do)."""

from __future__ import annotations

import logging
import sys
from typing import Any

from loguru import logger

from bot.detect.entities import mask_accounts


def _mask(record: Any) -> None:
    record["message"] = mask_accounts(record["message"])


class _Intercept(logging.Handler):
    """Route stdlib logging (aiohttp, grpclib) through loguru, so masking applies to it too."""

    def emit(self, record: logging.LogRecord) -> None:
        logger.opt(depth=6, exception=record.exc_info).log(record.levelname, record.getMessage())


def configure_logging(json_lines: bool, level: str) -> None:
    logger.remove()
    logger.configure(patcher=_mask)
    if json_lines:
        logger.add(sys.stderr, level=level, serialize=True)
    else:
        logger.add(sys.stderr, level=level, format="{time:HH:mm:ss} {level: <7} {name}: {message}")
    logging.basicConfig(handlers=[_Intercept()], level=logging.WARNING, force=True)
