# Helpers of bench/run.sh (sourced by it): logging, the portal server, wrk runs, sign-ins.
# They use run.sh's settings (WORK, BASE, PORTS, ...) and fill its figures table R.

log() { printf '[bench %(%H:%M:%S)T] %s\n' -1 "$*"; }
die() { log "FAILED: $*"; exit 1; }
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

# --- Server control ------------------------------------------------------------------------
start_portal() {   # $1: log file; sets PID and R[$2_ready_ms]
    rm -f "$WORK/server.pid"
    local t0 waited=0
    t0=$(date +%s%N)
    local sizing
    # The JVM sizing ./run.sh starts the portal with, unless BENCH_JAVA_SIZING asks for another.
    sizing=${BENCH_JAVA_SIZING:-$(sed -n 's/^PORTAL_JAVA_SIZING_DEFAULT="\(.*\)"$/\1/p' "$ROOT/run.sh" | head -1)}
    [ -n "$sizing" ] || die "no PORTAL_JAVA_SIZING_DEFAULT in run.sh"
    export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}   # as run.sh
    R[java_sizing]=$sizing
    # --profile: deep stacks for JFR must be set at launch (changing them later can crash the JVM),
    # and so must native memory tracking (where RSS goes beyond the heap).
    $PROFILE && sizing="$sizing -XX:FlightRecorderOptions:stackdepth=256 -XX:NativeMemoryTracking=summary"
    JBOSS_JAVA_SIZING=$sizing PORTAL_DATA_DIR=$WORK/data PORTAL_DEMO_ACCOUNTS=false LAUNCH_JBOSS_IN_BACKGROUND=1 \
        JBOSS_PIDFILE=$WORK/server.pid "$WORK/server/bin/standalone.sh" \
        -Djboss.socket.binding.port-offset=$OFFSET -Djava.net.preferIPv4Stack=true >"$1" 2>&1 &
    LAUNCHER=$!
    until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$MGMT_PORT/health/ready")" = 200 ]; do
        kill -0 $LAUNCHER 2>/dev/null || die "the portal stopped while starting, see $1"
        waited=$((waited + 1)); [ $waited -lt 1500 ] || die "not ready after 5 minutes, see $1"
        sleep 0.2
    done
    R[$2_ready_ms]=$((($(date +%s%N) - t0) / 1000000))
    PID=$(cat "$WORK/server.pid")
    # CPU the start consumed: with the cores to itself a start needs at least this / cores.
    R[$2_cpu_ms]=$(awk -v ms="$TICK_MS" '{ print ($14 + $15) * ms }' "/proc/$PID/stat")
    R[$2_wildfly_ms]=$(grep -o 'started in [0-9]*ms' "$1" | grep -o '[0-9]*' | head -1 || true)
    R[$2_course_ms]=$(sed -n "s/.*CourseCatalog.*lessons in \([0-9]*\) ms.*/\1/p" "$1" | head -1)
}
stop_portal() {
    [ -n "$PID" ] || PID=$(cat "$WORK/server.pid" 2>/dev/null || true)   # failed while starting
    [ -n "$PID" ] || return 0
    # Only our own server: never a process that happens to have reused a stale id.
    grep -qF "$WORK/server" "/proc/$PID/cmdline" 2>/dev/null || { PID=; return 0; }
    kill -TERM "$PID" 2>/dev/null || true
    for _ in $(seq 1 300); do kill -0 "$PID" 2>/dev/null || break; sleep 0.2; done
    wait "$LAUNCHER" 2>/dev/null || true
    PID=
}
cleanup() {
    [ -z "$SAMPLER" ] || kill "$SAMPLER" 2>/dev/null || true
    stop_portal
    if $NGINX_UP; then kill "$(cat "$WORK/nginx/nginx.pid")" 2>/dev/null || true; fi
}

# --- wrk ----------------------------------------------------------------------------------
to_ms() { awk '{ v = $1 + 0; if ($1 ~ /us$/) v /= 1000; else if ($1 ~ /[0-9]s$/ && $1 !~ /ms$/) v *= 1000; printf "%.2f", v }'; }
# CPU time (ticks) used so far by the portal or by nginx's processes: divided by the requests of a
# run it gives the CPU each request costs, a figure that other work on the machine does not skew.
cpu_ticks() {
    local pids=$PID
    [ "$1" = portal ] || pids=$(cat "$WORK/nginx/nginx.pid"; pgrep -P "$(cat "$WORK/nginx/nginx.pid")")
    for p in $pids; do awk '{ print $14 + $15 }' "/proc/$p/stat"; done | awk '{ s += $1 } END { print s + 0 }'
}
# run_wrk NAME CONNECTIONS SECONDS URL [script] [cookie file]: raw output in bench/results/raw/NAME.txt
run_wrk() {
    local name=$1 conns=$2 secs=$3 url=$4 script=${5:-$BENCH/lua/session.lua} cookies=${6:-$WORK/page-cookies.txt}
    local who=portal before requests
    [[ $url == *":$NGINX_PORT/"* ]] && who=nginx
    before=$(cpu_ticks $who)
    BENCH_COOKIES=$cookies wrk -t2 -c"$conns" -d"${secs}s" --timeout 10s --latency -s "$script" "$url" >"$RAW/$name.txt"
    requests=$(awk '/ requests in / { print $1 }' "$RAW/$name.txt")
    R[${name}_cpu_ms]=$(awk -v t=$(( $(cpu_ticks $who) - before )) -v n="$requests" -v ms=$TICK_MS \
        'BEGIN { printf "%.2f", (n > 0 ? t * ms / n : 0) }')
    R[${name}_rps]=$(awk '/^Requests\/sec:/ { printf "%.0f", $2 }' "$RAW/$name.txt")
    R[${name}_p50]=$(awk '$1 == "50%" { print $2 }' "$RAW/$name.txt" | to_ms)
    R[${name}_p99]=$(awk '$1 == "99%" { print $2 }' "$RAW/$name.txt" | to_ms)
    R[${name}_bad]=$(sed -n 's/^bench: answers other than 200: //p' "$RAW/$name.txt")
    R[${name}_errors]=$(awk '/Socket errors|Non-2xx/' "$RAW/$name.txt" | tr -s ' ' | paste -sd';' - || true)
}

# --- Learners and figures ---------------------------------------------------------------
sign_in() {   # FROM TO OUT: one session per learner, four sign-ins at a time (PBKDF2 is slow on purpose)
    seq -f 'learner%04g' "$1" "$2" | xargs -P 4 -I{} "$BENCH/client.sh" signin "$BASE" {} "$PASSWORD" >"$3"
    [ "$(wc -l <"$3")" -eq $(($2 - $1 + 1)) ] || die "not every learner $1..$2 signed in"
}
median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
p90() { sort -n | awk '{ v[NR] = $1 } END { i = int(NR * 0.9 + 0.5); if (i < 1) i = 1; print v[i] }'; }
session_dump() {
    local file
    file=$(find "$WORK/server/standalone/data/bench-sessions" -type f 2>/dev/null | head -1)
    [ -n "$file" ] || die "WildFly wrote no session file on stop"
    echo "$file"
}
