#!/usr/bin/env bash
# Installs the Debian packages the browser tests need, when missing: Chromium (driven by
# playwright-core; Playwright's own browser download is not reachable offline) and fonts with
# Vietnamese glyphs and Times New Roman metrics (Liberation Serif) for screens and print views.
set -euo pipefail
packages=(chromium fonts-liberation2 fonts-dejavu-core)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
echo "Cài đặt gói hệ thống còn thiếu: ${missing[*]}" >&2
if [ "$(id -u)" -eq 0 ]; then sudo=(); elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then sudo=(sudo -n); else
  echo "Thiếu ${missing[*]} và không có quyền cài đặt (cần root hoặc sudo): apt-get install ${missing[*]}" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
