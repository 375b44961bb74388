#!/usr/bin/env bash
# Installs the Debian packages Narrator builds and tests with, when any is missing.
# As root it runs apt-get itself; otherwise it says exactly what to run.
set -euo pipefail

packages=(libespeak-ng-dev espeak-ng-data libsndfile1-dev libsamplerate0-dev libssl-dev libxml2-dev libexttextcat-dev libbrotli-dev libsqlite3-dev pkg-config "$@")
missing=()
for package in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$package")
    fi
done

if ((${#missing[@]})); then
    if [ "$(id -u)" -eq 0 ]; then
        echo "setup: installing ${missing[*]}" >&2
        export DEBIAN_FRONTEND=noninteractive
        apt-get update -qq
        apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
    else
        echo "setup: missing Debian packages: ${missing[*]}" >&2
        echo "setup: run: sudo apt-get install -y ${missing[*]}" >&2
        exit 1
    fi
fi

if ! command -v swift >/dev/null 2>&1; then
    echo "setup: the Swift toolchain (6.x) is not on PATH; install it from swift.org and retry" >&2
    exit 1
fi
