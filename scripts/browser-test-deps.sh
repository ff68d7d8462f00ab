#!/usr/bin/env bash
# The browser tests (itests/.../browser) drive Debian's headless Chromium with Debian's chromedriver.
# Installs both when absent and run as root (as CI runs); otherwise only says what is missing.
set -euo pipefail
if command -v chromium >/dev/null && command -v chromedriver >/dev/null; then
  exit 0
fi
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null
else
  echo "The browser tests need chromium and chromedriver: apt-get install chromium chromium-driver" >&2
  exit 1
fi
