#!/usr/bin/env bash
# Source this: makes Debian's Chromium available for the end-to-end tests, installing it as
# root when it is missing. Playwright's own browser download does not work on our machines.
if [ -z "${CHROMIUM_PATH:-}" ]; then
  if [ ! -x /usr/bin/chromium ]; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
      echo "stagegate: installing Chromium from Debian ..." >&2
      (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium) >&2
    else
      echo "stagegate: the end-to-end tests need Chromium at /usr/bin/chromium (apt-get install chromium), or CHROMIUM_PATH set" >&2
      return 1 2>/dev/null || exit 1
    fi
  fi
  export CHROMIUM_PATH=/usr/bin/chromium
fi
