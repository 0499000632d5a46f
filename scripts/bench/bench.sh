#!/usr/bin/env bash
# make bench: statpipe against libcsv's ceiling on the same bytes, side by side (SPEC §8).
#   BENCH_MB   corpus size in MiB (default 1024)     BENCH_DIR  where the corpus lives (default bench-data)
#   BENCH_SINGLE_FILE=1  one big file instead of one per district and year
# Prints a table of wall time, MB/s, rows/s, share of the ceiling at the same thread count and peak RSS.
# DuckDB doing the same checks (scripts/bench/duckdb_checks.py) is the outside yardstick of SPEC §8;
# it runs from a venv under .build/bench-venv (pip install duckdb), and is skipped when that fails.
set -euo pipefail
cd "$(dirname "$0")/../.."
MB=${BENCH_MB:-1024}
DIR=${BENCH_DIR:-bench-data}/${MB}mb${BENCH_SINGLE_FILE:+-single}
BIN=.build/release

swift build -c release --product statpipe >/dev/null
swift build -c release --product statpipe-datagen >/dev/null
if [ ! -f "$DIR/pipeline.yml" ]; then
    echo "generating a ${MB} MiB corpus in $DIR"
    "$BIN/statpipe-datagen" bench --out "$DIR" --size-mb "$MB" ${BENCH_SINGLE_FILE:+--single-file}
fi
mkdir -p "$BIN/bench"
cc -O2 -o "$BIN/bench/libcsv_ceiling" scripts/bench/libcsv_ceiling.c -lcsv -lpthread

mapfile -t FILES < <(find "$DIR/districts" -name 'economic_accounts*.csv' | LC_ALL=C sort)
BYTES=$(cat "${FILES[@]}" | wc -c)
cat "${FILES[@]}" > /dev/null   # warm the page cache
echo "corpus: ${#FILES[@]} economic_accounts files, $BYTES bytes; $(nproc) cores"

measure() {  # measure LABEL THREADS COMMAND... → one table row
    local label=$1 threads=$2; shift 2
    local log; log=$(mktemp)
    /usr/bin/time -f "%e %M" -o "$log.time" "$@" > "$log" 2>/dev/null || { echo "$label failed"; cat "$log"; exit 1; }
    read -r wall rss < "$log.time"
    echo "$label $threads $wall $rss"
    rm -f "$log" "$log.time"
}

VENV=.build/bench-venv
if [ ! -x "$VENV/bin/python" ] || ! "$VENV/bin/python" -c 'import duckdb' 2>/dev/null; then
    { python3 -m venv "$VENV" && "$VENV/bin/pip" install -q duckdb; } >/dev/null 2>&1 || echo "duckdb unavailable: its rows are skipped"
fi
HAS_DUCKDB=$("$VENV/bin/python" -c 'import duckdb; print(1)' 2>/dev/null || true)

ROWS=$("$BIN/bench/libcsv_ceiling" 1 "${FILES[@]}" | cut -d' ' -f1)
RESULTS=()
for jobs in 1 2; do
    RESULTS+=("$(measure "libcsv-ceiling" "$jobs" "$BIN/bench/libcsv_ceiling" "$jobs" "${FILES[@]}")")
    RESULTS+=("$(measure "statpipe-validate" "$jobs" "$BIN/statpipe" validate "$DIR/pipeline.yml" --period 2025-Q1 --jobs "$jobs")")
    RESULTS+=("$(measure "statpipe-run" "$jobs" "$BIN/statpipe" run "$DIR/pipeline.yml" --period 2025-Q1 --jobs "$jobs")")
    if [ -n "$HAS_DUCKDB" ]; then
        RESULTS+=("$(measure "duckdb-checks" "$jobs" "$VENV/bin/python" scripts/bench/duckdb_checks.py "$jobs" \
            "$DIR/reference/districts.csv" "${FILES[@]}")")
    fi
done

printf '\n| %-18s | %4s | %7s | %8s | %10s | %8s | %9s |\n' what jobs "wall s" "MB/s" "rows/s" "ceiling" "peak RSS"
printf '|%s|%s|%s|%s|%s|%s|%s|\n' "--------------------" "------" "---------" "----------" "------------" "----------" "-----------"
declare -A CEILING
for row in "${RESULTS[@]}"; do
    read -r label jobs wall rss <<< "$row"
    mbs=$(awk -v b="$BYTES" -v t="$wall" 'BEGIN { printf "%.1f", b / 1e6 / t }')
    rows=$(awk -v r="$ROWS" -v t="$wall" 'BEGIN { printf "%.0f", r / t }')
    [ "$label" = libcsv-ceiling ] && CEILING[$jobs]=$mbs
    share=$(awk -v m="$mbs" -v c="${CEILING[$jobs]}" 'BEGIN { printf "%.2f×", m / c }')
    printf '| %-18s | %4s | %7s | %8s | %10s | %8s | %6d MB |\n' "$label" "$jobs" "$wall" "$mbs" "$rows" "$share" $((rss / 1024))
done
