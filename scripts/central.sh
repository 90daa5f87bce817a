#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is missing, builds, and starts a demo central service on SQLite at
# http://127.0.0.1:8345 (the desks' stream on the same port) with one user per role (password demo-password-1,
# created once) and the development catalogue as Open311 services. A desk signs in with
# Ctrl+Shift+I. HOTLINE_CENTRAL_DB=postgresql://… uses PostgreSQL instead.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$root/scripts/setup.sh"
"$root/scripts/build.sh"
central="$root/build/app/central/hotline-central"
data="$HOME/.local/share/hotline-desk"
mkdir -p "$data"
db="${HOTLINE_CENTRAL_DB:-sqlite:$data/central.sqlite}"
if [ ! -f "$data/central.users" ]; then
    for pair in admin:admin lead:team_lead editor:kb_editor op1:operator op2:operator dispatcher:dispatcher trainee:trainee; do
        HOTLINE_PASSWORD=demo-password-1 "$central" --database "$db" --add-user "${pair%%:*}" --role "${pair##*:}"
    done
    # A department user of Xicheng's city management, for the department view (F6 on its desk).
    HOTLINE_PASSWORD=demo-password-1 "$central" --database "$db" --add-user dept --role department --unit CGW-110102
    "$central" --database "$db" --import-services "$root/tests/data/catalog_3level.csv"
    "$central" --database "$db" --add-api-key demo-client > "$data/open311.key"
    echo "users: admin lead editor op1 op2 dispatcher dept trainee / demo-password-1" > "$data/central.users"
    echo "Open311 API key for demo-client: $(cat "$data/open311.key")"
fi
cat "$data/central.users"
exec "$central" --database "$db" --listen 127.0.0.1:8345 "$@"
