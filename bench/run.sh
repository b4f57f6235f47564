#!/usr/bin/env bash
# The portal's benchmark, side by side with the physical limit (nginx serving the same bytes).
#
#   bench/run.sh [--quick] [--no-build] [--profile]
#
# Builds the portal, copies the provisioned WildFly and this build's EAR into bench/target/,
# writes a data set (2,000 learners, 40 cohorts, progress over the whole course) into a fresh
# embedded H2 file, starts the portal on port offset 900 (http://127.0.0.1:8980, management
# 10890) and measures with wrk on this machine: the lesson page and static assets against nginx,
# "mark as done" writes (then counts lost updates in the database), the instructor's cohort
# matrix, course rendering, cold start, RSS and session state. Results: bench/results/RESULTS.md,
# raw wrk output: bench/results/raw/. Not part of the test command; it needs root or sudo once to
# install wrk and nginx-light from Debian. --quick runs every step with short durations;
# --no-build reuses the last build; --profile records a JFR file of the load (bench/target/portal.jfr).
# BENCH_JAVA_SIZING="-Xms64m -Xmx256m" replaces the server's default heap settings for a run.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD BENCH=$PWD/bench
WORK=$BENCH/target RESULTS=$BENCH/results
RAW=$RESULTS/raw

QUICK=false BUILD=true PROFILE=false
for arg in "$@"; do
    case $arg in
        --quick) QUICK=true ;;
        --no-build) BUILD=false ;;
        --profile) PROFILE=true ;;
        *) sed -n '2,15p' "$0"; exit 2 ;;
    esac
done
if $QUICK; then
    WARM=5 DUR=5 ASSET_DUR=4 MARK_DUR=8 MATRIX_RUNS=5 TYPICAL=10
else
    WARM=30 DUR=30 ASSET_DUR=15 MARK_DUR=30 MATRIX_RUNS=20 TYPICAL=50
fi
OFFSET=900 HTTP_PORT=8980 MGMT_PORT=10890 NGINX_PORT=8981
BASE=http://127.0.0.1:$HTTP_PORT
PASSWORD=Bench-Password-2026
LEARNERS=2000 COHORTS=40
PAGE_FROM=501 PAGE_TO=564          # 64 learners reading lesson pages, one session each
WRITE_FROM=1001 WRITE_TO=1064      # 64 learners marking lessons done, one session each
WRITE_LESSONS=10                   # lesson pages each writer keeps open (one view state each)
TYPICAL_FROM=1501                  # learners of the session-size sample on the second start

declare -A R                       # every figure, by name, for the report
TICK_MS=$((1000 / $(getconf CLK_TCK)))
PID= LAUNCHER= SAMPLER= NGINX_UP=false
source "$BENCH/lib.sh"
trap cleanup EXIT

# --- Tools -------------------------------------------------------------------------------
missing=()
command -v wrk >/dev/null || missing+=(wrk)
[ -x /usr/sbin/nginx ] || command -v nginx >/dev/null || missing+=(nginx-light)
if [ ${#missing[@]} -gt 0 ]; then
    log "installing ${missing[*]} from Debian"
    as_root apt-get update -qq
    DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq "${missing[@]}" >/dev/null
fi
NGINX=$(command -v nginx || echo /usr/sbin/nginx)
for port in $HTTP_PORT $MGMT_PORT $NGINX_PORT; do
    if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then die "port $port is in use"; fi
done

mkdir -p "$WORK" "$RAW"
R[date]=$(date -u '+%Y-%m-%d %H:%M UTC')
R[load_before]=$(cut -d' ' -f1-3 /proc/loadavg)

# --- Build and a private copy of server, EAR and data -------------------------------------
if $BUILD; then
    log "building (mvn -q -DskipTests package), log in bench/target/build.log"
    mvn -B -q -DskipTests -Dportal.release.skip=true package >"$WORK/build.log" 2>&1 \
        || { tail -40 "$WORK/build.log"; die "build"; }
fi
[ -f course-ear/target/course-portal.ear ] || die "no course-ear/target/course-portal.ear: run without --no-build"
# A copy, so that a build or test run started meanwhile cannot change the server under test.
rm -rf "$WORK/server" "$WORK/data" "$WORK/ear" "$WORK/nginx"
cp -a course-ear/target/server "$WORK/server"
cp course-ear/target/course-portal.ear "$WORK/server/standalone/deployments/"
mkdir -p "$WORK/ear" "$WORK/data" "$WORK/nginx/root/static"
(cd "$WORK/ear" && jar xf "$WORK/server/standalone/deployments/course-portal.ear")
CONFIG=$WORK/server/standalone/configuration/standalone.xml
# Session state is measured by WildFly itself: with persistent sessions it serializes every
# session to a file when the application stops (bench copy only).
sed -i 's#<servlet-container name="default"[^>]*>#&<persistent-sessions path="bench-sessions" relative-to="jboss.server.data.dir"/>#' "$CONFIG"
grep -q 'persistent-sessions' "$CONFIG" || die "could not enable persistent sessions in $CONFIG"
H2=$(ls "$WORK"/server/modules/system/layers/base/com/h2database/h2/main/h2-*.jar)
CP="$H2:$WORK/ear/lib/*:$WORK/ear/course-domain.jar"
log "writing the data set ($LEARNERS learners, $COHORTS cohorts) with $(basename "$H2")"
java -cp "$CP" "$BENCH/DataSet.java" "$WORK/data" $LEARNERS $COHORTS "$PASSWORD" "$WORK/lessons.txt" \
    >"$WORK/dataset.out" 2>"$WORK/dataset.log" || { cat "$WORK/dataset.log"; die "data set"; }
R[dataset]=$(grep '^data set:' "$WORK/dataset.out" | sed 's/^data set: //')
COHORT=$(sed -n 's/^big-cohort-id=//p' "$WORK/dataset.out")
progress_of() { java -cp "$H2" "$BENCH/ProgressCheck.java" "$WORK/data" "$@"; }
BEFORE=$(progress_of $WRITE_FROM $WRITE_TO)

# --- Start 1: cold start, course rendering, then the load ------------------------------------
log "starting the portal (port offset $OFFSET)"
start_portal "$WORK/server-1.log" start1
log "ready in ${R[start1_ready_ms]} ms (course parsed and rendered in ${R[start1_course_ms]} ms)"
( while kill -0 "$PID" 2>/dev/null; do awk '/VmRSS/ { print $2 }' "/proc/$PID/status"; sleep 1; done ) >"$WORK/rss.txt" 2>/dev/null &
SAMPLER=$!

log "signing in $((PAGE_TO - PAGE_FROM + 1)) readers"
sign_in $PAGE_FROM $PAGE_TO "$WORK/page-cookies.txt"

# The lesson of median size; its page as the first reader sees it becomes nginx's static file.
LESSON=$(sort -t$'\t' -k2,2n "$WORK/lessons.txt" | awk -F'\t' '{ id[NR] = $1 } END { print id[int((NR + 1) / 2)] }')
PAGE_URL="$BASE/lesson.xhtml?id=$LESSON"
curl -sf -b "JSESSIONID=$(head -1 "$WORK/page-cookies.txt")" "$PAGE_URL" -o "$WORK/nginx/root/lesson.html"
grep -q 'course-tree' "$WORK/nginx/root/lesson.html" || die "the saved lesson page has no course tree (signed out?)"
R[page_bytes]=$(wc -c <"$WORK/nginx/root/lesson.html")
R[page_gzip_bytes]=$(curl -s -o /dev/null -w '%{size_download}' -H 'Accept-Encoding: gzip' \
    -b "JSESSIONID=$(head -1 "$WORK/page-cookies.txt")" "$PAGE_URL")
R[lesson]=$LESSON

asset() {   # NAME PATTERN: the first URL in the lesson page matching PATTERN, saved for nginx
    local path
    path=$(grep -oE "(src|href)=\"[^\"]*$2[^\"]*\"" "$WORK/nginx/root/lesson.html" | head -1 | sed 's/^[a-z]*="//; s/"$//; s/&amp;/\&/g')
    [ -n "$path" ] || die "no asset matching $2 in the lesson page"
    curl -sf "$BASE$path" -o "$WORK/nginx/root/static/$1"
    printf '%s\t%s\n' "$1" "$path"
}
{
    asset portal.css 'css/portal\.css'
    asset portal.js 'js/portal\.js'
    asset primefaces-core.js 'core\.js\.xhtml\?ln=primefaces'
    asset highlight.min.js 'webjars/highlightjs/.*/highlight\.min\.js'
} >"$WORK/assets.txt"

cat >"$WORK/nginx/nginx.conf" <<EOF
# The physical limit: the same bytes from disk, no application (generated by bench/run.sh).
worker_processes $(nproc);
pid $WORK/nginx/nginx.pid;
error_log $WORK/nginx/error.log;
events { worker_connections 1024; }
http {
    access_log off;
    sendfile on;
    tcp_nopush on;
    keepalive_requests 1000000;
    types { text/html html; text/css css; application/javascript js; }
    charset utf-8;
    server { listen 127.0.0.1:$NGINX_PORT; root $WORK/nginx/root; }
}
EOF
"$NGINX" -p "$WORK/nginx" -c "$WORK/nginx/nginx.conf" -e "$WORK/nginx/error.log"
NGINX_UP=true

log "lesson page '$LESSON' (${R[page_bytes]} bytes): warm-up ${WARM}s, then ${DUR}s per run"
run_wrk page-warmup 16 $WARM "$PAGE_URL"
if $PROFILE; then
    jcmd "$PID" JFR.start name=bench settings=profile filename="$WORK/portal.jfr" >/dev/null
fi
for c in 16 64; do
    run_wrk page-nginx-c$c $c $DUR "http://127.0.0.1:$NGINX_PORT/lesson.html"
    run_wrk page-portal-c$c $c $DUR "$PAGE_URL"
    log "  $c connections: portal ${R[page-portal-c${c}_rps]} req/s (p99 ${R[page-portal-c${c}_p99]} ms), nginx ${R[page-nginx-c${c}_rps]} req/s"
done

log "static assets, 64 connections, ${ASSET_DUR}s each"
while IFS=$'\t' read -r name path; do
    run_wrk "asset-$name-portal" 64 $ASSET_DUR "$BASE$path"
    run_wrk "asset-$name-nginx" 64 $ASSET_DUR "http://127.0.0.1:$NGINX_PORT/static/$name"
    R[asset-${name}_bytes]=$(wc -c <"$WORK/nginx/root/static/$name")
    R[asset-${name}_headers]=$(curl -s -D - -o /dev/null -H 'Accept-Encoding: gzip' "$BASE$path" \
        | { grep -iE '^(cache-control|etag|content-encoding):' || true; } | tr -d '\r' | paste -sd';' -)
done <"$WORK/assets.txt"

log "mark as done: signing in $((WRITE_TO - WRITE_FROM + 1)) writers, each opening $WRITE_LESSONS lessons"
sign_in $WRITE_FROM $WRITE_TO "$WORK/write-cookies.txt"
mapfile -t WRITE_IDS < <(head -$WRITE_LESSONS "$WORK/lessons.txt" | cut -f1)
xargs -P 4 -I{} "$BENCH/client.sh" marks "$BASE" {} "${WRITE_IDS[@]}" <"$WORK/write-cookies.txt" >"$WORK/marks.txt"
PAGE_OPENS=$(wc -l <"$WORK/marks.txt")
[ "$PAGE_OPENS" -eq $(((WRITE_TO - WRITE_FROM + 1) * WRITE_LESSONS)) ] || die "not every writer opened its lessons"
MARK_CPU=$(cpu_ticks portal)
BENCH_MARKS=$WORK/marks.txt BENCH_THREADS=2 wrk -t2 -c64 -d${MARK_DUR}s --timeout 10s --latency \
    -s "$BENCH/lua/mark.lua" "$BASE/progress/mark" >"$RAW/marks-c64.txt"
R[marks_acked]=$(sed -n 's/^bench: acknowledged marks: //p' "$RAW/marks-c64.txt")
R[marks_refused]=$(sed -n 's/^bench: refused marks: //p' "$RAW/marks-c64.txt")
MARK_SECS=$(sed -n 's/.* requests in \([0-9.]*\)s,.*/\1/p' "$RAW/marks-c64.txt")
R[marks_rps]=$(awk -v n="${R[marks_acked]}" -v s="$MARK_SECS" 'BEGIN { printf "%.0f", n / s }')
R[marks_p99]=$(awk '$1 == "99%" { print $2 }' "$RAW/marks-c64.txt" | to_ms)
R[marks_cpu_ms]=$(awk -v t=$(( $(cpu_ticks portal) - MARK_CPU )) -v n="$(awk '/ requests in / { print $1 }' "$RAW/marks-c64.txt")" \
    -v ms=$TICK_MS 'BEGIN { printf "%.2f", (n > 0 ? t * ms / n : 0) }')
log "  ${R[marks_rps]} acknowledged marks/s (p99 ${R[marks_p99]} ms), ${R[marks_refused]} refused"

log "instructor's matrix: cohort $COHORT, $MATRIX_RUNS runs after 3 warm-ups"
INSTRUCTOR=$("$BENCH/client.sh" signin "$BASE" bench-instructor "$PASSWORD")
: >"$WORK/matrix-times.txt"
R[matrix_page_status]=200
for i in $(seq 1 $((MATRIX_RUNS + 3))); do
    ticks=$(cpu_ticks portal)
    read -r code page_ms < <(curl -s -b "JSESSIONID=$INSTRUCTOR" -o "$WORK/dashboard.html" -w '%{http_code} %{time_total}\n' \
        "$BASE/instructor/dashboard.xhtml?id=$COHORT" | awk '{ printf "%s %.0f\n", $1, $2 * 1000 }')
    page_cpu=$(( ($(cpu_ticks portal) - ticks) * TICK_MS ))
    [ "$code" = 200 ] || R[matrix_page_status]=$code   # recorded, not fatal: the CSV export still measures the matrix
    built_ms=$(grep -A3 'id="dashboard-stats"' "$WORK/dashboard.html" | grep -oE '[0-9]+ (мс|ms)' | grep -oE '[0-9]+' | head -1 || true)
    ticks=$(cpu_ticks portal)
    csv_ms=$(curl -sf -b "JSESSIONID=$INSTRUCTOR" -o "$WORK/matrix.csv" -w '%{time_total}' \
        "$BASE/instructor/matrix-export?cohort=$COHORT&format=csv" | awk '{ printf "%.0f", $1 * 1000 }')
    csv_cpu=$(( ($(cpu_ticks portal) - ticks) * TICK_MS ))
    [ "$i" -le 3 ] || printf '%s %s %s %s %s\n' "$page_ms" "${built_ms:-0}" "$csv_ms" "$page_cpu" "$csv_cpu" \
        >>"$WORK/matrix-times.txt"
done
R[matrix_rows]=$(($(wc -l <"$WORK/matrix.csv") - 1))
R[matrix_page_ms]=$(cut -d' ' -f1 "$WORK/matrix-times.txt" | median)
R[matrix_page_p90]=$(cut -d' ' -f1 "$WORK/matrix-times.txt" | p90)
R[matrix_built_ms]=$(cut -d' ' -f2 "$WORK/matrix-times.txt" | median)
R[matrix_csv_ms]=$(cut -d' ' -f3 "$WORK/matrix-times.txt" | median)
R[matrix_page_cpu]=$(cut -d' ' -f4 "$WORK/matrix-times.txt" | median)
R[matrix_csv_cpu]=$(cut -d' ' -f5 "$WORK/matrix-times.txt" | median)

if $PROFILE; then
    jcmd "$PID" JFR.stop name=bench >/dev/null
    jcmd "$PID" VM.native_memory summary >"$WORK/native-memory.txt"
    log "JFR recording: $WORK/portal.jfr; native memory: $WORK/native-memory.txt"
fi
R[rss_max_mb]=$(sort -n "$WORK/rss.txt" | tail -1 | awk '{ printf "%.0f", $1 / 1024 }')
R[hwm_mb]=$(awk '/VmHWM/ { printf "%.0f", $2 / 1024 }' "/proc/$PID/status")
kill "$SAMPLER" 2>/dev/null || true; SAMPLER=
SESSIONS_1=$(( (PAGE_TO - PAGE_FROM + 1) + (WRITE_TO - WRITE_FROM + 1) + 1 ))
log "stopping the portal (WildFly writes its $SESSIONS_1 sessions to disk)"
stop_portal
DUMP=$(session_dump)
R[sessions_loaded_bytes]=$(( $(wc -c <"$DUMP") / SESSIONS_1 ))
rm -f "$WORK"/server/standalone/data/bench-sessions/*

AFTER=$(progress_of $WRITE_FROM $WRITE_TO)
versions() { sed 's/.*versions=//' <<<"$1"; }
acked=${R[marks_acked]}
applied=$(( $(versions "$AFTER") - $(versions "$BEFORE") - PAGE_OPENS ))
R[marks_applied]=$applied
R[marks_lost]=$(( acked > applied ? acked - applied : 0 ))
R[marks_inflight]=$(( applied > acked ? applied - acked : 0 ))
log "  database: ${R[marks_applied]} marks applied for ${R[marks_acked]} acknowledged: ${R[marks_lost]} lost"

# --- Start 2: a second cold start, and the session of a typical learner ----------------------
log "second start: $TYPICAL learners sign in and open the start page and three lessons"
start_portal "$WORK/server-2.log" start2
sign_in $TYPICAL_FROM $((TYPICAL_FROM + TYPICAL - 1)) "$WORK/typical-cookies.txt"
mapfile -t TYPICAL_IDS < <(sed -n '11,13p' "$WORK/lessons.txt" | cut -f1)
while read -r session; do
    curl -sf -o /dev/null -b "JSESSIONID=$session" "$BASE/"
    for id in "${TYPICAL_IDS[@]}"; do curl -sf -o /dev/null -b "JSESSIONID=$session" "$BASE/lesson.xhtml?id=$id"; done
done <"$WORK/typical-cookies.txt"
stop_portal
DUMP=$(session_dump)
R[sessions_typical_bytes]=$(( $(wc -c <"$DUMP") / TYPICAL ))
R[load_after]=$(cut -d' ' -f1-3 /proc/loadavg)

"$NGINX" -p "$WORK/nginx" -c "$WORK/nginx/nginx.conf" -e "$WORK/nginx/error.log" -s stop; NGINX_UP=false
# The figures, kept so that bench/report.sh can write RESULTS.md again without a new run.
{ declare -p R; declare -p QUICK DUR ASSET_DUR MARK_DUR WRITE_LESSONS SESSIONS_1 NGINX WORK RESULTS; } >"$WORK/figures.sh"
source "$BENCH/report.sh"
log "results: bench/results/RESULTS.md"
