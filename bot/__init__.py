"""反诈哨兵 Sentinel: an anti-scam bot for community WeChat groups."""
