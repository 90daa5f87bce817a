#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs a command in a network namespace of its own with two addresses on a veth pair,
# 10.77.0.1 (v0, the desk) and 10.77.0.2 (v1, the callers), and loopback: baresip refuses a
# loopback-only media address, and a namespace keeps the test off the machine's network.
# Needs unprivileged user namespaces (or root).
#
#   tests/sip/with-veth.sh sh -c 'baresip -f desk & sleep 1; tests/sip/call-desk.sh -i 10.77.0.2 10.77.0.1:5060'
set -eu
if [ $# -eq 0 ]; then
    echo "usage: $0 COMMAND [ARGUMENTS]" >&2
    exit 2
fi
# A machine that allows no namespace cannot run the test: said, and skipped (ctest: 77).
if ! unshare -rn true 2>/dev/null; then
    echo "$0: this machine allows no network namespace (unshare -rn): the SIP test cannot run here" >&2
    exit 77
fi
exec unshare -rn sh -c '
    ip link add v0 type veth peer name v1 &&
    ip addr add 10.77.0.1/24 dev v0 && ip addr add 10.77.0.2/24 dev v1 &&
    ip link set v0 up && ip link set v1 up && ip link set lo up &&
    exec "$@"' with-veth "$@"
