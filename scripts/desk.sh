#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is missing, builds, prepares a local store with everything the project ships
# (`hotline-ctl init`: Beijing's divisions, the default catalogue, the unit directory, synonyms,
# the working-day calendar, time limits, dispatch rules, metro stations), the development
# knowledge corpus and district boundaries, and a few demo work orders (once), and
# starts the desk on it, offering the demo centre's address at sign-in. HOTLINE_STORE chooses
# another store file.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$root/scripts/setup.sh"
"$root/scripts/build.sh"
store="${HOTLINE_STORE:-$HOME/.local/share/hotline-desk/desk.sqlite}"
ctl="$root/build/app/ctl/hotline-ctl"
if [ ! -s "$store" ]; then
    mkdir -p "$(dirname "$store")"
    "$ctl" --store "$store" init
    "$ctl" --store "$store" import kb "$root/tests/data/kb/guangdong_gov_service_matters.csv"
    "$ctl" --store "$store" import kb "$root/tests/data/kb/teddy2020_message_reply_pairs.csv"
    "$ctl" --store "$store" seed-demo
fi
# The winter articles written for the demo (a Beijing desk's commonest winter question, 供暖,
# finds nothing in the southern development corpus); added later, so imported once per store.
if ! "$ctl" --store "$store" kb search 暖气报停 2>/dev/null | grep -q '（报停）'; then
    "$ctl" --store "$store" import kb "$root/resources/seed/kb_beijing_winter_demo.csv"
fi
# A store made before `init` existed lacks the calendar, limits and dispatch rules: add them.
if ! "$ctl" --store "$store" dispatch propose --item 路灯 --address 西城区牛街街道 >/dev/null 2>&1; then
    "$ctl" --store "$store" init
fi
# The map (added later than the rest): district boundaries are development data (fixture
# only), the metro stations are OpenStreetMap data that ships. Imported once per store.
if ! "$ctl" --store "$store" geo where 116.3975 39.9087 >/dev/null 2>&1; then
    "$ctl" --store "$store" import geo "$root/tests/data/geo/beijing_districts_gcj02.geojson"
    "$ctl" --store "$store" import geo "$root/resources/seed/beijing_metro_stations_osm.csv"
fi
# The sign-in dialog offers the demo centre of scripts/central.sh, as /etc/hotline/desk.ini
# does on an installed machine (a machine that has one keeps it).
if [ -z "${HOTLINE_DESK_CONFIG:-}" ] && [ ! -f /etc/hotline/desk.ini ]; then
    demo_ini="$(dirname "$store")/desk.ini"
    [ -f "$demo_ini" ] || printf '[centre]\n# The demo centre: scripts/central.sh\nurl=http://127.0.0.1:8345\n' > "$demo_ini"
    export HOTLINE_DESK_CONFIG="$demo_ini"
fi
desk=("$root/build/app/desk/hotline-desk" --store "$store" "$@")
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
    echo "desk: no display in this session; starting on a virtual one (xvfb-run)." >&2
    exec xvfb-run -a -s "-screen 0 1440x900x24" "${desk[@]}"
fi
exec "${desk[@]}"
