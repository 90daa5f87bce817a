#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The sanitizer build and what runs in it (docs/FUZZING.md). Configures build-fuzz/ with clang
# 14 and HOTLINE_FUZZ=ON (every object under AddressSanitizer and UBSan, libFuzzer coverage),
# builds only the fuzz targets, the centre and the test binaries of its process tests, then
#   1. runs each fuzz target for a bounded time on its seed corpus (tests/fuzz/corpus/NAME)
#      and the corpus earlier runs in build-fuzz grew; a finding fails the script and leaves
#      its input in build-fuzz/fuzz-artifacts/NAME/;
#   2. runs once, under both sanitizers, every test that starts the real hotline-central:
#      CentralProcess.* (central_process_tests) and all of sync_tests, on SQLite and on a
#      PostgreSQL server started here as ctest does it (scripts/pg-test-server.sh).
# Usage: fuzz.sh [--seconds N] [--runs N] [--only NAME] [--parallel N] [--no-process-tests] [--no-fuzz]
#   --seconds N   per target (default 20: ten targets, under 4 minutes in all)
#   --runs N      per target instead of a time (the long run: docs/FUZZING.md); with
#                 --seconds as well, a target stops at whichever it reaches first
#   --parallel N  targets run N at a time (default 1: CI's other jobs keep a core)
#   --only NAME   one target, e.g. --only geojson (the process tests are then skipped)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="$root/build-fuzz"
seconds=20
seconds_given=0
runs=""
only=""
parallel=1
fuzz=1
process=1
while [ $# -gt 0 ]; do
    case "$1" in
    --seconds) seconds="${2:?--seconds N}"; seconds_given=1; shift 2 ;;
    --runs) runs="${2:?--runs N}"; shift 2 ;;
    --parallel) parallel="${2:?--parallel N}"; shift 2 ;;
    --only) only="${2:?--only NAME}"; process=0; shift 2 ;;
    --no-process-tests) process=0; shift ;;
    --no-fuzz) fuzz=0; shift ;;
    *) echo "usage: $0 [--seconds N] [--runs N] [--only NAME] [--parallel N] [--no-process-tests] [--no-fuzz]" >&2; exit 2 ;;
    esac
done
targets=(csv_reader reference_data geojson point_csv sync_ops workorder_draft open311 kb_import kb_tokenizer phone_number)
if [ -n "$only" ]; then
    [[ " ${targets[*]} " == *" $only "* ]] || { echo "fuzz: no target $only (${targets[*]})" >&2; exit 2; }
    targets=("$only")
fi
start=$SECONDS

# Another build may share the machine: everything here runs niced, two jobs at most.
nice=(nice -n 15)
jobs=2
command -v clang++-14 >/dev/null || { echo "fuzz: clang++-14 missing: scripts/setup.sh installs it" >&2; exit 1; }
"${nice[@]}" cmake -S "$root" -B "$build" -G Ninja -DCMAKE_CXX_COMPILER=clang++-14 -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DHOTLINE_FUZZ=ON -DHOTLINE_PG_PORT=25434 >/dev/null
build_targets=()
[ $fuzz = 1 ] && build_targets+=("${targets[@]/#/fuzz_}")
[ $process = 1 ] && build_targets+=(hotline-central hotline-ctl sync_tests central_process_tests)
"${nice[@]}" cmake --build "$build" -j"$jobs" --target "${build_targets[@]}"
echo "fuzz: built in $((SECONDS - start)) s"

# Any report stops the process with a stack; Qt's own allocations that live until exit are
# the only leaks let through, by name, in tests/fuzz/lsan.supp.
export ASAN_OPTIONS="halt_on_error=1:abort_on_error=1:detect_leaks=1:detect_stack_use_after_return=1:strict_string_checks=1"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1"
export LSAN_OPTIONS="suppressions=$root/tests/fuzz/lsan.supp:print_suppressions=0"
export QT_QPA_PLATFORM=offscreen
symbolizer="$(command -v llvm-symbolizer-14 || true)"
[ -n "$symbolizer" ] && export ASAN_SYMBOLIZER_PATH="$symbolizer"

failed=0
passes=0
failures=0
# One target: runs it, leaves its table row in fuzz-logs/NAME.row; fails on a finding.
fuzz_one() {
    local name="$1"
    local corpus="$build/fuzz-corpus/$name" artifacts="$build/fuzz-artifacts/$name" log="$build/fuzz-logs/$name.log"
    mkdir -p "$corpus" "$artifacts" "$(dirname "$log")"
    local limit=(-max_total_time="$seconds")
    # --runs alone: that many executions; with --seconds too, whichever comes first.
    if [ -n "$runs" ]; then
        limit=(-runs="$runs")
        [ $seconds_given = 1 ] && limit+=(-max_total_time="$seconds")
    fi
    local began=$SECONDS result=ok
    # -timeout: an input that takes 10 s is a finding (a loop that does not end);
    # -rss_limit_mb: so is one that needs 2 GB.
    "${nice[@]}" "$build/tests/fuzz/fuzz_$name" "${limit[@]}" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
        -artifact_prefix="$artifacts/" "$corpus" "$root/tests/fuzz/corpus/$name" >"$log" 2>&1 || result="FAILED"
    local executions last edges features files
    executions="$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)"
    last="$(grep -E '^#[0-9]+.*(cov|DONE)' "$log" | tail -1 || true)"
    edges="$(sed -n 's/.* cov: \([0-9]*\).*/\1/p' <<<"$last")"
    features="$(sed -n 's/.* ft: \([0-9]*\).*/\1/p' <<<"$last")"
    files="$(find "$corpus" -type f | wc -l)"
    printf '%-16s %10s %6s %7s %7s %7s %s\n' "$name" "${executions:-?}" "$((SECONDS - began))" "${edges:-?}" "${features:-?}" "$files" "$result" \
        >"$build/fuzz-logs/$name.row"
    [ "$result" = ok ]
}

if [ $fuzz = 1 ]; then
    # --parallel N targets at a time (each is one process on one core); rows in target order.
    mkdir -p "$build/fuzz-logs"
    rm -f "$build"/fuzz-logs/*.row
    running=0
    for name in "${targets[@]}"; do
        if [ "$running" -ge "$parallel" ]; then
            wait -n || true
            running=$((running - 1))
        fi
        fuzz_one "$name" &
        running=$((running + 1))
    done
    wait || true
    printf '%-16s %10s %6s %7s %7s %7s %s\n' target executions s edges features corpus result
    for name in "${targets[@]}"; do
        row="$(cat "$build/fuzz-logs/$name.row" 2>/dev/null || echo "$name ? FAILED (no result)")"
        echo "$row"
        if [[ "$row" == *" ok" ]]; then
            passes=$((passes + 1))
        else
            failed=1
            failures=$((failures + 1))
            log="$build/fuzz-logs/$name.log"
            grep -E -A30 'property broken|ERROR: (AddressSanitizer|LeakSanitizer|libFuzzer)|runtime error' "$log" | head -60 >&2 || tail -40 "$log" >&2
            echo "fuzz: $name: the input is in $build/fuzz-artifacts/$name/, the whole log in $log" >&2
        fi
    done
fi

if [ $process = 1 ]; then
    pg_dir="$build/pg-test"
    "$root/scripts/pg-test-server.sh" start "$pg_dir" 25434 >/dev/null
    trap '"$root/scripts/pg-test-server.sh" stop "$pg_dir"' EXIT
    # The centres the tests start inherit this environment: each sanitizer report of any of
    # them (a leak at exit too) lands in reports/, and one report fails the run even when the
    # test that started the process did not look at how it ended.
    reports="$build/sanitizer-reports"
    rm -rf "$reports"
    mkdir -p "$reports"
    export ASAN_OPTIONS="$ASAN_OPTIONS:log_path=$reports/asan"
    export UBSAN_OPTIONS="$UBSAN_OPTIONS:log_path=$reports/ubsan"
    for binary in central_process_tests sync_tests; do
        began=$SECONDS
        log="$build/fuzz-logs/$binary.log"
        mkdir -p "$(dirname "$log")"
        if (cd "$build/tests" && "${nice[@]}" "./$binary" --gtest_brief=1) >"$log" 2>&1; then
            echo "fuzz: $binary under ASan+UBSan: $(grep -E '^\[  PASSED  \]' "$log" | tail -1) ($((SECONDS - began)) s)"
            passes=$((passes + 1))
        else
            failed=1
            failures=$((failures + 1))
            echo "fuzz: $binary under ASan+UBSan FAILED ($((SECONDS - began)) s):" >&2
            grep -E -B2 -A30 'ERROR: (AddressSanitizer|LeakSanitizer)|runtime error|\[  FAILED  \]' "$log" | head -80 >&2 || tail -40 "$log" >&2
        fi
    done
    if [ -n "$(ls -A "$reports")" ]; then
        failed=1
        failures=$((failures + 1))
        echo "fuzz: sanitizer reports from the process tests ($reports):" >&2
        for report in "$reports"/*; do
            echo "--- $report" >&2
            head -40 "$report" >&2
        done
    fi
fi

echo "fuzz: $((SECONDS - start)) s in all (fuzz targets and test binaries below)"
echo "fuzz: $passes passed, $failures failed"
exit $failed
