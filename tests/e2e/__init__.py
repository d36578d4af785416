"""End-to-end tests: the real wechaty puppet-service stack with a mock WeChat (see README.md)."""
