"""Logs never carry a full phone or bank-card number, in text or JSON form (cases keep them whole)."""

import json
import sys

import pytest
from loguru import logger

from bot.logs import configure_logging

LINE = "新案件：电话 13812345678，卡号 6222021234567890128"


@pytest.fixture(autouse=True)
def restore_logger():
    yield
    logger.remove()
    logger.configure(patcher=None)
    logger.add(sys.stderr)


def test_text_logs_mask_accounts(capsys: pytest.CaptureFixture[str]) -> None:
    configure_logging(json_lines=False, level="INFO")
    logger.info(LINE)
    err = capsys.readouterr().err
    assert "138****5678" in err and "622****0128" in err
    assert "13812345678" not in err and "6222021234567890128" not in err


def test_json_logs_mask_accounts(capsys: pytest.CaptureFixture[str]) -> None:
    configure_logging(json_lines=True, level="INFO")
    logger.info(LINE)
    record = json.loads(capsys.readouterr().err.strip().splitlines()[-1])
    assert "138****5678" in record["text"] and "13812345678" not in record["text"]
