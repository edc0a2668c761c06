#!/usr/bin/env bash
# The report-ingestion benchmark on a durable PostgreSQL and on the embedded one, in one run with the same settings
# (bench/README.md, "Durable commits"). Run from the project root, as root (Debian's PostgreSQL 15 runs as user
# postgres):
#
#   apt-get install -y postgresql wrk      # do not enable or start the system service: this script starts its own
#   bench/durable-vs-embedded.sh [-Dbench.patients=200 -Dbench.seconds=60 ...]
#
# It makes a throw-away cluster under /tmp (fsync=on, synchronous_commit=on, full_page_writes=on) on a free loopback
# port, runs the benchmark against it (-Dbench.jdbcUrl), then against the embedded server (fsync off), ROUNDS times
# in turn (default 1), and writes both with their ratio to bench/results/last-run-durable-vs-embedded.md.
# Extra arguments go to both runs. SKIP_PACKAGE=1 uses the build in target/; BEFORE_ROOT=<dir> adds an embedded run
# of another build (<dir>/target/quarkus-app) to each round, for before/after comparisons. BENCH_DB_OWNER / BENCH_DB_OWNER_PASSWORD: the migration role (default dho_owner), made the
# database's owner (the application role dho then gets its grants from the migrations).
set -euo pipefail
cd "$(dirname "$0")/.."
PGBIN=${PGBIN:-/usr/lib/postgresql/15/bin}
ROUNDS=${ROUNDS:-1}
[ -x "$PGBIN/postgres" ] || { echo "No PostgreSQL in $PGBIN: apt-get install -y postgresql" >&2; exit 1; }
DATA=$(mktemp -d /tmp/bench-pg-durable.XXXXXX)
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
chown postgres "$DATA"
as_postgres() { runuser -u postgres -- "$@"; }
stop() { as_postgres "$PGBIN/pg_ctl" -D "$DATA/db" -m fast stop >/dev/null 2>&1 || true; rm -rf "$DATA"; }
trap stop EXIT
as_postgres "$PGBIN/initdb" -D "$DATA/db" -U postgres --auth=trust -E UTF8 >/dev/null
cat >> "$DATA/db/postgresql.conf" <<CONF
listen_addresses = '127.0.0.1'
port = $PORT
unix_socket_directories = '$DATA'
fsync = on
synchronous_commit = on
full_page_writes = on
max_connections = 300
shared_preload_libraries = 'pg_stat_statements'
CONF
as_postgres "$PGBIN/pg_ctl" -D "$DATA/db" -l "$DATA/server.log" -w start >/dev/null
psql() { as_postgres "$PGBIN/psql" -h "$DATA" -p "$PORT" -U postgres -v ON_ERROR_STOP=1 -q "$@"; }
OWNER=${BENCH_DB_OWNER:-dho_owner}
OWNER_PASSWORD=${BENCH_DB_OWNER_PASSWORD:-dho_owner}
psql -c "CREATE ROLE dho LOGIN PASSWORD 'dho'"
[ "$OWNER" = dho ] || psql -c "CREATE ROLE $OWNER LOGIN PASSWORD '$OWNER_PASSWORD'"
psql -c "CREATE DATABASE dho OWNER $OWNER"
# statement statistics, read from the postgres database (an extension in dho would make Flyway refuse the schema)
psql -c "CREATE EXTENSION pg_stat_statements"
echo "[durable] PostgreSQL $("$PGBIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$PORT, data in $DATA/db:" \
    "$(psql -At -c "SELECT string_agg(name || '=' || setting, ', ') FROM pg_settings WHERE name IN ('fsync', 'synchronous_commit', 'full_page_writes', 'wal_sync_method')")"

# SKIP_PACKAGE=1: use the build already in target/ (e.g. while another benchmark runs from it)
[ -n "${SKIP_PACKAGE:-}" ] || ./mvnw -q -o -Pbench package
# BEFORE_ROOT=<dir>: also run the embedded benchmark on another build (<dir>/target/quarkus-app), for before/after
kinds="durable embedded${BEFORE_ROOT:+ before}"
summary=bench/results/last-run-durable-vs-embedded.md
lines=()
for round in $(seq 1 "$ROUNDS"); do
  for kind in $kinds; do
    if [ "$kind" = durable ]; then
      # a fresh database per round: the benchmark wants an empty one
      psql -c "DROP DATABASE IF EXISTS dho" -c "CREATE DATABASE dho OWNER $OWNER"
      props=(-Dbench.jdbcUrl="jdbc:postgresql://127.0.0.1:$PORT/dho" -Dbench.dbUser=dho -Dbench.dbPassword=dho
             -Dbench.dbOwner="$OWNER" -Dbench.dbOwnerPassword="$OWNER_PASSWORD")
    elif [ "$kind" = before ]; then
      props=(-Dbench.appRoot="$BEFORE_ROOT")
    else
      props=()
    fi
    log=target/bench-$kind-$round.log
    echo "[durable] round $round: $kind (log $log)"
    ./mvnw -o -Pbench exec:java "${props[@]}" -Dbench.results="bench/results/last-run-$kind.md" "$@" | tee "$log" \
        | grep -E '^\[bench\]|BENCH_SUMMARY'
    if [ "$kind" = durable ]; then
      psql -c "SELECT calls, round((total_exec_time / calls)::numeric, 3) AS mean_ms,
                 round((100 * total_exec_time / sum(total_exec_time) OVER ())::numeric, 1) AS pct_time,
                 round(wal_bytes / greatest(calls, 1)) AS wal_bytes_per_call, left(regexp_replace(query, '\s+', ' ', 'g'), 140) AS query
               FROM pg_stat_statements WHERE dbid = (SELECT oid FROM pg_database WHERE datname = 'dho')
               ORDER BY total_exec_time DESC LIMIT 12" > "target/bench-durable-statements-$round.txt"
      psql -c "SELECT pg_stat_statements_reset()" >/dev/null
    fi
    line=$(grep BENCH_SUMMARY "$log" | tail -1)
    [ -n "$line" ] || { echo "[durable] the $kind run gave no figures: see $log" >&2; exit 1; }
    lines+=("$round $kind $line")
  done
done
{
  echo "# Report ingestion: durable (PostgreSQL 15, fsync on) against embedded (fsync off), last run"
  echo
  echo "$(date -u +%F), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) at the end; arguments: ${*:-none}."
  echo "Each round: durable first, then embedded; the same settings. Details in last-run-durable.md and last-run-embedded.md."
  echo
  echo "| round | run | reports/s | p99 | CPU per report: service | PostgreSQL | errors |"
  echo "|---|---|---|---|---|---|---|"
  for l in "${lines[@]}"; do
    set -- $l
    round=$1; kind=$2; shift 3
    declare -A v=()
    for kv in "$@"; do v[${kv%%=*}]=${kv#*=}; done
    echo "| $round | $kind | ${v[reports_per_s]} | ${v[p99_ms]} ms | ${v[service_cpu_ms]} ms | ${v[postgres_cpu_ms]} ms | ${v[errors]} |"
  done
  echo
  awk_ratio() { printf '%s\n' "${lines[@]}" | awk -v key="$1" '{ for (i = 4; i <= NF; i++) { split($i, kv, "="); if (kv[1] == key) s[$2] += kv[2] } }
      END { if (s["embedded"] > 0) printf "%.2f", s[num] / s["embedded"] }' num="${2:-durable}"; }
  echo "Ratio durable / embedded (sums over the rounds): reports/s $(awk_ratio reports_per_s), p99 $(awk_ratio p99_ms)," \
       "CPU per report service $(awk_ratio service_cpu_ms), PostgreSQL $(awk_ratio postgres_cpu_ms)."
  if [ -n "${BEFORE_ROOT:-}" ]; then
    echo "Ratio before ($BEFORE_ROOT) / embedded (this build): reports/s $(awk_ratio reports_per_s before)," \
         "p99 $(awk_ratio p99_ms before), CPU per report service $(awk_ratio service_cpu_ms before)," \
         "PostgreSQL $(awk_ratio postgres_cpu_ms before)."
  fi
} > "$summary"
cat "$summary"
