#!/usr/bin/env bash
# Makes sure headless Chromium and its WebDriver are installed, for the browser test (WebBrowserIT):
# Debian's chromium and chromium-driver, installed when missing (needs root). Safe to run again.
# Prints the two paths on its last line.
set -euo pipefail

if ! command -v chromium >/dev/null 2>&1 || ! command -v chromedriver >/dev/null 2>&1; then
  if [ "$(id -u)" != 0 ]; then
    echo "Chromium or chromedriver is missing and this is not root: install Debian's chromium and chromium-driver first" >&2
    exit 1
  fi
  echo "Installing Chromium (Debian packages chromium, chromium-driver)..." >&2
  apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >&2
fi
echo "$(command -v chromium) $(command -v chromedriver)"
