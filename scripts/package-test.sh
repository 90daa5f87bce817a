#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# package-test.sh BUILD_DIR [CPACK]: the two Debian packages as an administrator gets them.
#   1. cpack builds hotline-desk and hotline-central from BUILD_DIR (which must be built);
#   2. lintian (no errors, no warnings) and appstreamcli / desktop-file-validate;
#   3. a clean Debian 12 root, made once with debootstrap and kept as a tarball in the cache
#      (HOTLINE_PACKAGE_TEST_CACHE, default /var/cache/hotline-desk-tests), unpacked afresh;
#   4. apt installs systemd (what a centre runs on), then both .debs, resolving their
#      dependencies from the archive (downloaded .debs and lists are cached too);
#   5. the installed unit: systemd-analyze verify, and its hardening score;
#   6. hotline-central started from the unit's own ExecStart= as its User=, on SQLite in
#      /var/lib/hotline-central, on a free loopback port: GET /api/v1/health, SIGTERM, exit 0;
#   7. the installed desk offscreen (prints "desk ready", exits 0), hotline-ctl on the seed data;
#   8. the root booted with systemd-nspawn: the enabled unit started by systemd with its whole
#      sandbox, GET /api/v1/health, systemctl stop, exit 0 (skipped where no container boots).
# Needs root (chroot, mounts); run by ctest as package_install. Everything it mounts or starts
# is undone on exit, also on failure. HOTLINE_PACKAGE_TEST_KEEP=1 keeps the root for a look.
set -Eeuo pipefail
# A command that fails without its own message still says which one it was.
trap 'echo "package-test: FAILED: line $LINENO: \"$BASH_COMMAND\" exited $?" >&2' ERR

build="${1:?usage: package-test.sh BUILD_DIR [CPACK]}"
cpack="${2:-cpack}"
build="$(realpath "$build")"
cache="${HOTLINE_PACKAGE_TEST_CACHE:-/var/cache/hotline-desk-tests}"
suite=bookworm
# Bump when the way the root is made changes: an old tarball is then left unused.
root_tarball="$cache/debian12-minbase-v1.tar.zst"
work="$build/package-test"
root="$work/root"
log="$work/logs"

started=$SECONDS
step() {
    echo "package-test: [$((SECONDS - started))s] $*"
}
fail() {
    trap - ERR
    echo "package-test: FAILED: $*" >&2
    exit 1
}
show_log() {
    echo "--- $1" >&2
    tail -n "${2:-40}" "$1" >&2 || true
    echo "---" >&2
}

if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
        exec sudo -n --preserve-env=HOTLINE_PACKAGE_TEST_CACHE,HOTLINE_PACKAGE_TEST_KEEP,HOTLINE_DEBIAN_MIRROR,HOTLINE_DEBIAN_SECURITY \
            "$0" "$build" "$cpack"
    fi
    echo "package-test: needs root (debootstrap, chroot, mounts); skipped" >&2
    exit 77
fi
for tool in "$cpack" lintian appstreamcli desktop-file-validate debootstrap zstd curl flock chroot; do
    command -v "$tool" >/dev/null || fail "$tool is missing: scripts/setup.sh installs it (scripts/debian-packages.txt)"
done
[ -f "$build/CPackConfig.cmake" ] || fail "$build is not a configured build directory (no CPackConfig.cmake)"

# --- clean-up: whatever happens, nothing stays mounted or running -------------------------
central_pid=""
nspawn_pid=""
mounts_under() {
    # Mount points at or below $1, deepest first (octal escapes as in /proc/self/mountinfo).
    awk -v prefix="$1" '{ path = $5; gsub(/\\040/, " ", path); if (path == prefix || index(path, prefix "/") == 1) print path }' \
        /proc/self/mountinfo | sort -r
}
unmount_all() {
    # unmount_all DIR [inner]: every mount at or below DIR, or with "inner" only those below.
    local point
    while read -r point; do
        [ -n "$point" ] || continue
        [ "${2:-}" = inner ] && [ "$point" = "$1" ] && continue
        umount "$point" 2>/dev/null || umount -l "$point" || echo "package-test: cannot unmount $point" >&2
    done < <(mounts_under "$1")
}
processes_in() {
    # Processes whose root directory is $1: what was started in the chroot.
    local pid
    for pid in /proc/[0-9]*; do
        [ "$(readlink "$pid/root" 2>/dev/null)" = "$1" ] && echo "${pid#/proc/}"
    done
    return 0
}
cleanup() {
    local status=$?
    set +e
    trap - ERR
    if [ -n "$nspawn_pid" ] && kill -0 "$nspawn_pid" 2>/dev/null; then
        # Halts the container; killed if it does not within 10 s.
        kill -TERM "$nspawn_pid" 2>/dev/null
        for _ in $(seq 50); do kill -0 "$nspawn_pid" 2>/dev/null || break; sleep 0.2; done
        kill -KILL "$nspawn_pid" 2>/dev/null
        wait "$nspawn_pid" 2>/dev/null
    fi
    if [ -n "$central_pid" ] && kill -0 "$central_pid" 2>/dev/null; then
        kill -KILL "$central_pid" 2>/dev/null
        wait "$central_pid" 2>/dev/null
    fi
    if [ -d "$root" ]; then
        local pids
        pids="$(processes_in "$root")"
        if [ -n "$pids" ]; then
            echo "package-test: ending processes left in the root: $pids" >&2
            # shellcheck disable=SC2086
            kill -KILL $pids 2>/dev/null
            sleep 0.5
        fi
        if [ "${HOTLINE_PACKAGE_TEST_KEEP:-0}" = 1 ]; then
            # Everything but the tmpfs of the root itself.
            unmount_all "$root" inner
            echo "package-test: root kept in $root (a tmpfs: umount $root when done)"
        else
            unmount_all "$root"
            if [ -n "$(mounts_under "$root")" ]; then
                echo "package-test: $root still has mounts; not removing it" >&2
            else
                rm -rf --one-file-system "$root"
            fi
        fi
    fi
    if [ -n "${make_root_dir:-}" ] && [ -d "$make_root_dir" ]; then
        unmount_all "$make_root_dir"
        [ -z "$(mounts_under "$make_root_dir")" ] && rm -rf --one-file-system "$make_root_dir"
    fi
    if [ "$status" -eq 0 ]; then
        echo "package-test: passed in $((SECONDS - started))s"
    else
        echo "package-test: failed after $((SECONDS - started))s (logs in $log)" >&2
    fi
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

mkdir -p "$cache" "$work"
# One run at a time on the machine: the cache and the apt lock are shared.
exec 9>"$cache/lock"
if ! flock -n 9; then
    step "waiting for another package test to finish"
    flock -w 1200 9 || fail "another package test holds $cache/lock"
fi
[ ! -e "$root" ] || { unmount_all "$root"; [ -z "$(mounts_under "$root")" ] || fail "$root is still mounted from an earlier run"; rm -rf --one-file-system "$root"; }
rm -rf "$log" "$work/debs"
mkdir -p "$log" "$work/debs"

# --- 1. the packages ------------------------------------------------------------------------
step "building the packages with cpack"
(cd "$build" && "$cpack" --config CPackConfig.cmake -B "$work/debs") >"$log/cpack.log" 2>&1 \
    || { show_log "$log/cpack.log"; fail "cpack could not build the packages (is $build built?)"; }
desk_deb="$(ls "$work"/debs/hotline-desk_*.deb 2>/dev/null | head -1)"
central_deb="$(ls "$work"/debs/hotline-central_*.deb 2>/dev/null | head -1)"
[ -f "$desk_deb" ] && [ -f "$central_deb" ] || { show_log "$log/cpack.log"; fail "cpack made no hotline-desk or hotline-central .deb"; }
version="$(dpkg-deb -f "$desk_deb" Version)"
zcat "$build/packaging/changelog.gz" | head -1 | grep -q "($version)" \
    || fail "packaging/debian/changelog's top entry is not version $version: add an entry"

# --- 2. lintian, AppStream, desktop entry ---------------------------------------------------
step "lintian on $(basename "$desk_deb") and $(basename "$central_deb")"
# Warnings fail too: the packages have none; one that cannot be fixed gets an override in
# packaging/debian/ with the reason. Info tags are printed only.
if ! lintian --display-info --fail-on error,warning "$desk_deb" "$central_deb" >"$log/lintian.log" 2>&1; then
    show_log "$log/lintian.log" 100
    fail "lintian found errors or warnings"
fi
grep -v 'running with root privileges' "$log/lintian.log" || true
extracted="$work/debs/extracted"
dpkg-deb -x "$desk_deb" "$extracted"
metainfo="$(ls "$extracted"/usr/share/metainfo/*.metainfo.xml)"
desktop="$(ls "$extracted"/usr/share/applications/*.desktop)"
appstreamcli validate --no-net "$metainfo" >"$log/appstream.log" 2>&1 \
    || { show_log "$log/appstream.log"; fail "appstreamcli validate found problems in $(basename "$metainfo")"; }
desktop-file-validate "$desktop" >"$log/desktop.log" 2>&1 \
    || { show_log "$log/desktop.log"; fail "desktop-file-validate found problems in $(basename "$desktop")"; }
[ -s "$log/desktop.log" ] && { show_log "$log/desktop.log"; fail "desktop-file-validate warned about $(basename "$desktop")"; }
rm -rf "$extracted"

# --- 3. a clean Debian 12 root --------------------------------------------------------------
# The archive the host itself uses (a CI mirror, a proxy), else Debian's own.
host_repo() {
    apt-get indextargets --format '$(CODENAME) $(REPO_URI)' 2>/dev/null | awk -v s="$1" '$1 == s { print $2; exit }'
}
mirror="${HOTLINE_DEBIAN_MIRROR:-$(host_repo "$suite")}"
mirror="${mirror:-http://deb.debian.org/debian/}"
security="${HOTLINE_DEBIAN_SECURITY:-$(host_repo "$suite-security")}"
security="${security:-http://deb.debian.org/debian-security/}"
if [ ! -s "$root_tarball" ]; then
    step "making a clean Debian 12 root with debootstrap from $mirror (once: kept in $root_tarball)"
    make_root_dir="$(mktemp -d "$cache/make-root.XXXXXX")"
    debootstrap --variant=minbase --components=main "$suite" "$make_root_dir/root" "$mirror" >"$log/debootstrap.log" 2>&1 \
        || { show_log "$log/debootstrap.log"; fail "debootstrap could not make a $suite root from $mirror"; }
    cat >"$make_root_dir/root/etc/apt/sources.list" <<EOF
deb $mirror $suite main
deb $mirror $suite-updates main
deb $security $suite-security main
EOF
    chroot "$make_root_dir/root" apt-get clean
    rm -f "$make_root_dir/root/etc/resolv.conf"
    tar -C "$make_root_dir/root" --numeric-owner -I 'zstd -T0 -6' -cf "$root_tarball.part" . \
        || fail "cannot write $root_tarball"
    mv "$root_tarball.part" "$root_tarball"
    unmount_all "$make_root_dir"
    rm -rf --one-file-system "$make_root_dir"
    make_root_dir=""
    step "root cached: $(du -h "$root_tarball" | cut -f1)"
else
    step "clean Debian 12 root from the cache ($root_tarball, made $(date -r "$root_tarball" +%F))"
fi
# In memory: unpacking and dpkg are quicker, and the clean-up is an unmount (deleting the
# 700 MB from disk took 25 s here).
mkdir -p "$root"
mount -t tmpfs -o size=4G,mode=0755 hotline-package-test "$root" || fail "cannot mount a tmpfs on $root"
tar -C "$root" --numeric-owner -I zstd -xf "$root_tarball" || fail "cannot unpack $root_tarball (delete it to make it again)"

# The host's network settings for apt (proxy, a snapshot mirror's dates), nothing else.
apt-config dump 2>/dev/null | grep -E '^Acquire::((http|https|ftp)::Proxy|Check-Valid-Until|Check-Date) ' \
    >"$root/etc/apt/apt.conf.d/00host-network" || true
cat >"$root/etc/apt/apt.conf.d/90package-test" <<'EOF'
// A throw-away root: no fsync per file, no recommends (the Depends must be enough).
DPkg::Options { "--force-unsafe-io"; };
APT::Install-Recommends "false";
EOF
# Nothing started by a maintainer script: there is no init in this root.
printf '#!/bin/sh\nexit 101\n' >"$root/usr/sbin/policy-rc.d"
chmod 755 "$root/usr/sbin/policy-rc.d"
cp -L /etc/resolv.conf "$root/etc/resolv.conf"
mkdir -p "$cache/apt-archives/partial" "$cache/apt-lists/partial"
mount -t proc proc "$root/proc"
mount --bind /dev "$root/dev"
mount --bind "$cache/apt-archives" "$root/var/cache/apt/archives"
mount --bind "$cache/apt-lists" "$root/var/lib/apt/lists"
in_root() { chroot "$root" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 DEBIAN_FRONTEND=noninteractive "$@"; }

# --- 4. install ---------------------------------------------------------------------------
step "apt-get update in the root (lists cached in $cache/apt-lists)"
in_root apt-get update >"$log/apt-update.log" 2>&1 || { show_log "$log/apt-update.log"; fail "apt-get update failed in the root"; }
step "installing systemd, the init a centre runs (downloads cached in $cache/apt-archives)"
in_root apt-get install -y systemd >"$log/apt-systemd.log" 2>&1 \
    || { show_log "$log/apt-systemd.log"; fail "apt-get could not install systemd in the root"; }
step "installing hotline-desk and hotline-central with apt"
mkdir -p "$root/tmp/packages"
cp "$desk_deb" "$central_deb" "$root/tmp/packages/"
in_root apt-get install -y "/tmp/packages/$(basename "$desk_deb")" "/tmp/packages/$(basename "$central_deb")" \
    >"$log/apt-install.log" 2>&1 || { show_log "$log/apt-install.log"; fail "apt-get could not install the packages"; }
in_root apt-get autoclean >/dev/null 2>&1 || true
echo "package-test: $(grep -c '^Setting up ' "$log/apt-install.log") packages set up"
for package in hotline-desk hotline-central; do
    [ "$(in_root dpkg-query -W -f='${db:Status-Abbrev}' "$package")" = "ii " ] || fail "$package is not installed cleanly"
done
in_root dpkg-query -W -f='${Conffiles}\n' hotline-desk | grep -q ' /etc/hotline/desk.ini ' || fail "/etc/hotline/desk.ini is not a conffile"
in_root dpkg-query -W -f='${Conffiles}\n' hotline-central | grep -q ' /etc/hotline/central.ini ' || fail "/etc/hotline/central.ini is not a conffile"

unit_path=/lib/systemd/system/hotline-central.service
unit="$root$unit_path"
[ -f "$unit" ] || fail "the package installed no $unit_path"
unit_value() { sed -n "s/^$1=//p" "$unit"; }
user="$(unit_value User)"
group="$(unit_value Group)"
[ -n "$user" ] || fail "$unit_path has no User="
group="${group:-$user}"
passwd_entry="$(in_root getent passwd "$user")" || fail "the package did not create the system user $user"
IFS=: read -r _ _ uid _ _ home shell <<<"$passwd_entry"
[ "$uid" -lt 1000 ] || fail "$user is not a system user (uid $uid)"
case "$shell" in */nologin | */false) ;; *) fail "$user has a login shell: $shell" ;; esac
[ "$home" = /var/lib/hotline-central ] || fail "$user's home is $home, not /var/lib/hotline-central"
[ "$(in_root stat -c '%U:%G %a' /var/lib/hotline-central)" = "$user:$group 750" ] \
    || fail "/var/lib/hotline-central is $(in_root stat -c '%U:%G %a' /var/lib/hotline-central), not $user:$group 750"
[ "$(in_root stat -c '%U:%G %a' /etc/hotline/central.ini)" = "root:$group 640" ] \
    || fail "/etc/hotline/central.ini is $(in_root stat -c '%U:%G %a' /etc/hotline/central.ini), not root:$group 640"
[ -L "$root/etc/systemd/system/multi-user.target.wants/hotline-central.service" ] || fail "the unit was not enabled at install"

# --- 5. the unit ----------------------------------------------------------------------------
step "systemd-analyze verify $unit_path"
# --man=no: the root has no man; the page itself is checked below.
in_root systemd-analyze verify --man=no "$unit_path" >"$log/verify.log" 2>&1 \
    || { show_log "$log/verify.log"; fail "systemd-analyze verify rejects $unit_path"; }
[ -s "$log/verify.log" ] && { show_log "$log/verify.log"; fail "systemd-analyze verify warns about $unit_path"; }
[ -f "$root/usr/share/man/man1/hotline-central.1.gz" ] || fail "no man page hotline-central(1) for the unit's Documentation="
# The exposure score (0 = fully confined, 10 = not at all): 1.4 today; a weakened sandbox fails.
in_root systemd-analyze security --offline=yes --threshold=20 "$unit_path" >"$log/security.log" 2>&1 \
    || { show_log "$log/security.log" 15; fail "the unit's sandbox got weaker (systemd-analyze security above 2.0)"; }
grep 'Overall exposure level' "$log/security.log" | sed 's/^→ */package-test: /'

# --- 6. the centre, as the unit starts it ---------------------------------------------------
[ "$(grep -c '^ExecStart=' "$unit")" = 1 ] || fail "$unit_path needs exactly one ExecStart= line"
exec_start="$(unit_value ExecStart)"
case "$exec_start" in
    [-@:+!]* | *%* | *\"* | *\'* | *\\*) fail "ExecStart= uses prefixes, specifiers or quoting this test does not parse: $exec_start" ;;
esac
read -ra command <<<"$exec_start"
unit_environment=()
while read -r assignments; do
    case "$assignments" in *\"* | *\'* | *%*) fail "Environment= uses quoting or specifiers this test does not parse: $assignments" ;; esac
    read -ra words <<<"$assignments"
    unit_environment+=("${words[@]}")
done < <(unit_value Environment)
config=""
for ((i = 0; i < ${#command[@]}; i++)); do
    [ "${command[i]}" = --config ] && config="${command[i + 1]:-}"
done
[ -n "$config" ] || fail "ExecStart= passes no --config: $exec_start"
[ -f "$root$config" ] || fail "ExecStart='s config $config is not installed"

# A free loopback port for the API (the desks' nudge stream is on the same port).
port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
free_port() {
    local candidate
    for _ in $(seq 50); do
        candidate=$((20000 + RANDOM % 40000))
        if port_free "$candidate"; then echo "$candidate"; return 0; fi
    done
    return 1
}
port="$(free_port)" || fail "no free loopback port found"
grep -q '^# listen=' "$root$config" || fail "$config has no '# listen=' line to change"
sed -i "s|^# listen=.*|listen=127.0.0.1:$port|" "$root$config"
database="$(sed -n 's/^database=sqlite://p' "$root$config")"
[ -n "$database" ] || fail "$config does not set a SQLite database"

step "starting '$exec_start' as $user:$group, listening on 127.0.0.1:$port"
env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 HOME="$home" USER="$user" LOGNAME="$user" "${unit_environment[@]}" \
    chroot --userspec="$user:$group" "$root" "${command[@]}" >"$log/central.log" 2>&1 </dev/null &
central_pid=$!
for _ in $(seq 150); do
    grep -q 'listening on' "$log/central.log" && break
    kill -0 "$central_pid" 2>/dev/null || { show_log "$log/central.log"; fail "hotline-central exited at start"; }
    sleep 0.2
done
grep -q "listening on 127.0.0.1:$port " "$log/central.log" || { show_log "$log/central.log"; fail "hotline-central did not listen on 127.0.0.1:$port within 30 s"; }
status="$(curl -sS --max-time 10 -o "$log/health.json" -w '%{http_code}' "http://127.0.0.1:$port/api/v1/health")" \
    || { show_log "$log/central.log"; fail "GET /api/v1/health did not answer"; }
[ "$status" = 200 ] || { show_log "$log/central.log"; fail "GET /api/v1/health answered HTTP $status: $(cat "$log/health.json")"; }
grep -Eq '"status" *: *"ok"' "$log/health.json" || fail "GET /api/v1/health did not say \"status\":\"ok\": $(cat "$log/health.json")"
echo "package-test: GET /api/v1/health: $(cat "$log/health.json")"
[ "$(in_root stat -c %U "$database" 2>/dev/null)" = "$user" ] || fail "the database $database was not created as $user"
kill -TERM "$central_pid"
for _ in $(seq 150); do
    kill -0 "$central_pid" 2>/dev/null || break
    sleep 0.1
done
if kill -0 "$central_pid" 2>/dev/null; then
    show_log "$log/central.log"
    fail "hotline-central still runs 15 s after SIGTERM (the unit's TimeoutStopSec)"
fi
central_status=0
wait "$central_pid" || central_status=$?
central_pid=""
[ "$central_status" = 0 ] || { show_log "$log/central.log"; fail "hotline-central exited $central_status after SIGTERM"; }
echo "package-test: hotline-central stopped on SIGTERM with exit 0"
# Administration as the README gives it: the service's user, its config, so its database.
printf 'package-test-password-1\n' | in_root runuser -u "$user" -- "${command[@]}" --add-user admin --role admin \
    >"$log/central-add-user.log" 2>&1 || { show_log "$log/central-add-user.log"; fail "runuser -u $user -- $exec_start --add-user failed"; }
grep -q 'user admin (admin) created' "$log/central-add-user.log" || { show_log "$log/central-add-user.log"; fail "--add-user did not create the user"; }
echo "package-test: runuser -u $user -- $exec_start --add-user admin: $(cat "$log/central-add-user.log")"
in_root hotline-central --help >"$log/central-help.log" 2>&1 || { show_log "$log/central-help.log"; fail "hotline-central --help failed"; }

# --- 7. the desk, as an operator ------------------------------------------------------------
step "the installed desk and hotline-ctl as an operator (an unprivileged user, seat01)"
in_root useradd --create-home --user-group seat01 >/dev/null
as_operator() {
    env -i PATH=/usr/bin:/bin HOME=/home/seat01 USER=seat01 LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen \
        timeout 120 "$(command -v chroot)" --userspec=seat01:seat01 "$root" "$@"
}
ctl_status=0
as_operator hotline-ctl --help >"$log/ctl-help.log" 2>&1 || ctl_status=$?
# Usage goes to stderr with the exit code of wrong usage (2) until --help is a command of its own.
{ [ "$ctl_status" = 0 ] || [ "$ctl_status" = 2 ]; } && grep -q '^usage: hotline-ctl' "$log/ctl-help.log" \
    || { show_log "$log/ctl-help.log"; fail "hotline-ctl --help exited $ctl_status without its usage"; }
as_operator hotline-ctl --store /home/seat01/desk.sqlite import divisions /usr/share/hotline-desk/seed/beijing_divisions.csv \
    >"$log/ctl-import.log" 2>&1 || { show_log "$log/ctl-import.log"; fail "hotline-ctl could not import the shipped divisions"; }
desk_status=0
as_operator hotline-desk --store /home/seat01/desk.sqlite --quit-after 500 >"$log/desk.log" 2>&1 || desk_status=$?
[ "$desk_status" = 0 ] || { show_log "$log/desk.log"; fail "hotline-desk exited $desk_status"; }
grep -q 'desk ready' "$log/desk.log" || { show_log "$log/desk.log"; fail "hotline-desk did not print 'desk ready'"; }
grep 'desk ready' "$log/desk.log" | sed 's/^/package-test: /'

# --- 8. the unit under a real systemd -------------------------------------------------------
# The chroot above runs the ExecStart= line without the unit's sandbox. Booting the root as a
# container (systemd-nspawn, no systemd needed on the host) starts the enabled unit the way a
# centre does, seccomp filter, MemoryDenyWriteExecute and all. A machine that cannot boot a
# container skips this part with a message; a unit that fails in a booted container fails.
if ! command -v systemd-nspawn >/dev/null; then
    echo "package-test: systemd-nspawn is missing (systemd-container): the unit was not run under systemd"
else
    step "booting the root with systemd-nspawn: the enabled unit under systemd, with its sandbox"
    unmount_all "$root" inner
    port="$(free_port)" || fail "no free loopback port found"
    sed -i "s|^listen=.*|listen=127.0.0.1:$port|" "$root$config"
    systemd-nspawn --quiet --directory="$root" --boot --register=no --keep-unit --console=pipe \
        >"$log/nspawn.log" 2>&1 </dev/null &
    nspawn_pid=$!
    container_init=""
    for _ in $(seq 100); do
        kill -0 "$nspawn_pid" 2>/dev/null || break
        # nspawn's child becomes the container's systemd once it has set the namespaces up.
        container_init="$(awk '{ print $1 }' "/proc/$nspawn_pid/task/$nspawn_pid/children" 2>/dev/null)"
        [ -n "$container_init" ] && [ "$(cat "/proc/$container_init/comm" 2>/dev/null)" = systemd ] && break
        container_init=""
        sleep 0.2
    done
    in_container() { nsenter --target "$container_init" --mount --uts --ipc --net --pid --root --wd "$@"; }
    booted=""
    if [ -n "$container_init" ]; then
        # Until its systemd listens on its private socket, systemctl fails at once: ask again.
        for _ in $(seq 120); do
            booted="$(in_container systemctl is-system-running --wait 2>>"$log/nspawn-systemctl.log")" || true
            case "$booted" in running | degraded | stopping | offline) break ;; esac
            kill -0 "$nspawn_pid" 2>/dev/null || break
            sleep 0.5
        done
    fi
    case "$booted" in
    running | degraded)
        [ "$booted" = degraded ] && echo "package-test: failed units in the container: $(in_container systemctl --failed --no-legend --plain | awk '{ print $1 }' | xargs)"
        unit_journal() { in_container journalctl --no-pager -u hotline-central.service >"$log/unit-journal.log" 2>&1; show_log "$log/unit-journal.log"; }
        state="$(in_container systemctl is-active hotline-central.service)" || true
        [ "$state" = active ] || { unit_journal; fail "hotline-central.service is $state after boot, not active"; }
        for _ in $(seq 100); do
            port_free "$port" || break
            sleep 0.1
        done
        status="$(curl -sS --max-time 10 -o "$log/health-systemd.json" -w '%{http_code}' "http://127.0.0.1:$port/api/v1/health" 2>&1)" || true
        [ "$status" = 200 ] && grep -Eq '"status" *: *"ok"' "$log/health-systemd.json" \
            || { unit_journal; fail "under systemd, GET /api/v1/health on port $port: $status $(cat "$log/health-systemd.json" 2>/dev/null || true)"; }
        echo "package-test: under systemd, GET /api/v1/health: $(cat "$log/health-systemd.json")"
        in_container systemctl stop hotline-central.service
        result="$(in_container systemctl show --property=Result,ExecMainCode,ExecMainStatus hotline-central.service | xargs)"
        # ExecMainCode=1 is CLD_EXITED: it exited by itself, with ExecMainStatus.
        [ "$result" = "Result=success ExecMainCode=1 ExecMainStatus=0" ] || { unit_journal; fail "systemctl stop: $result"; }
        echo "package-test: systemctl stop hotline-central: exited 0"
        ;;
    *)
        if [ -z "$container_init" ]; then
            reason="no systemd came up in it within 20 s"
        else
            reason="systemctl is-system-running said '${booted:-nothing}'"
        fi
        echo "package-test: SKIPPED the unit under systemd: this machine cannot boot a container ($reason; see $log/nspawn.log)"
        ;;
    esac
    kill -TERM "$nspawn_pid" 2>/dev/null || true
    for _ in $(seq 150); do
        kill -0 "$nspawn_pid" 2>/dev/null || break
        sleep 0.2
    done
    kill -KILL "$nspawn_pid" 2>/dev/null || true
    wait "$nspawn_pid" 2>/dev/null || true
    nspawn_pid=""
fi
step "all checks passed"
