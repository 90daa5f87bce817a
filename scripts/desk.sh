#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is missing, builds, prepares a local store with the real Beijing divisions,
# the development catalogue and knowledge corpus, the unit directory, the district
# boundaries and metro stations, and a few demo work orders (once), and
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
    "$ctl" --store "$store" import divisions "$root/resources/seed/beijing_divisions.csv"
    # The real catalogue is development data (fixture only): a centre imports its own.
    "$ctl" --store "$store" import catalog "$root/tests/data/catalog_3level.csv"
    "$ctl" --store "$store" import units "$root/resources/seed/beijing_units.csv"
    "$ctl" --store "$store" import synonyms "$root/resources/seed/kb_synonyms.csv"
    "$ctl" --store "$store" import kb "$root/tests/data/kb/guangdong_gov_service_matters.csv"
    "$ctl" --store "$store" import kb "$root/tests/data/kb/teddy2020_message_reply_pairs.csv"
    "$ctl" --store "$store" seed-demo
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
