#!/usr/bin/env bash
# Installs what chain-graph needs from the operating system: Java 17+ and Maven (to download
# and run Neo4j); with --browser also Chromium and the Noto CJK fonts (the browser tests of the
# interactive views, and `make bench`). As root on Debian/Ubuntu it installs them with apt-get;
# elsewhere it says what to install and fails.
set -euo pipefail

java_major() {
  java -version 2>&1 | sed -n 's/.*version "\([0-9]*\)\.*\([0-9]*\).*/\1 \2/p' | head -n 1 |
    awk '{ print ($1 == 1 ? $2 : $1) }'
}

installed() {
  dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"
}

need=()
if ! command -v java >/dev/null 2>&1 || [ "$(java_major)" -lt 17 ]; then
  need+=(openjdk-17-jre-headless)
fi
command -v mvn >/dev/null 2>&1 || need+=(maven)
# The views' browser tests drive Debian's chromium (no browser download) and need CJK glyphs.
if [ "${1:-}" = "--browser" ]; then
  command -v chromium >/dev/null 2>&1 || need+=(chromium)
  if command -v dpkg-query >/dev/null 2>&1; then
    installed fonts-noto-cjk || need+=(fonts-noto-cjk)
  elif ! fc-list 2>/dev/null | grep -qi "Noto Sans CJK"; then
    need+=(fonts-noto-cjk)
  fi
fi

if [ ${#need[@]} -eq 0 ]; then
  exit 0
fi
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing ${need[*]} with apt-get"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
else
  echo "chain-graph needs ${need[*]}: install them (e.g. sudo apt-get install ${need[*]}) and run again" >&2
  exit 1
fi
