"""Channels translate a platform's events into `Incoming` and carry out sends. They never decide."""
