#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The one test command: installs what is missing, builds, runs every test (ctest), then the
# fuzz targets and the sanitizer run of the process tests (scripts/fuzz.sh).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$root/scripts/setup.sh"
"$root/scripts/build.sh"
cd "$root/build"
ctest --output-on-failure -j"$(nproc)" --timeout 600
# Then the fuzz targets for a short, bounded time (two at a time: ctest has left both cores)
# and the process tests under ASan and UBSan.
"$root/scripts/fuzz.sh" --parallel 2
