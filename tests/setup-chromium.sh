#!/usr/bin/env bash
# Sourced by tests/run.sh: makes sure Debian's Chromium is there for the browser tests (tests/BenefitsBot.Browser.Tests, which
# drive it with Playwright; Playwright's own browser download is not used), with a font that has Traditional Chinese glyphs.
if [ -x /usr/bin/chromium ] && fc-list :lang=zh-tw 2>/dev/null | grep -q .; then
  echo "$(/usr/bin/chromium --version 2>/dev/null)"
  return 0
fi

echo "installing Chromium and a CJK font from Debian packages"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq && apt-get install -y -qq chromium fonts-wqy-microhei >/dev/null || return 1
echo "$(/usr/bin/chromium --version 2>/dev/null)"
