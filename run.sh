#!/usr/bin/env bash
# Builds the portal, provisions WildFly with this very build's EAR and starts it in the
# foreground on http://localhost:8080/ (Ctrl-C stops it). Data survives restarts in ./data/
# unless PORTAL_DATA_DIR or the PostgreSQL variables say otherwise (see README.md).
set -euo pipefail
cd "$(dirname "$0")"

mvn -B -q -DskipTests -Dportal.release.skip=true package

server=course-ear/target/server
cp course-ear/target/course-portal.ear "$server/standalone/deployments/course-portal.ear"

# JVM sizing for one server of a few thousand learners (bench/results/RESULTS.md measures it:
# resident memory under load stays below 768 MB; the serial collector is what the JVM picks by
# itself on one CPU, and costs least memory). Set JBOSS_JAVA_SIZING to size it otherwise.
PORTAL_JAVA_SIZING_DEFAULT="-Xms128m -Xmx256m -XX:MaxMetaspaceSize=256m -XX:+UseSerialGC"
export JBOSS_JAVA_SIZING="${JBOSS_JAVA_SIZING:-$PORTAL_JAVA_SIZING_DEFAULT}"
# glibc's per-thread malloc arenas grow the process beyond what the JVM accounts for.
export MALLOC_ARENA_MAX="${MALLOC_ARENA_MAX:-2}"

export PORTAL_DATA_DIR="${PORTAL_DATA_DIR:-$PWD/data}"
export PORTAL_DEMO_ACCOUNTS="${PORTAL_DEMO_ACCOUNTS:-true}"
mkdir -p "$PORTAL_DATA_DIR"

echo "Starting the portal on http://localhost:8080/ (data in $PORTAL_DATA_DIR); Ctrl-C stops it."
exec "$server/bin/standalone.sh" -Djava.net.preferIPv4Stack=true "$@"
