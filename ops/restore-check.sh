#!/usr/bin/env bash
# The backup-and-restore check of docs/operations.md ("Backup and restore"): the demo database is dumped with pg_dump
# and restored into a second, empty PostgreSQL cluster, then compared table by table, and the service starts on the
# restored copy. Needs Debian's PostgreSQL server (apt-get install -y postgresql; the system service is not used) and
# the packaged service (./mvnw package -DskipTests). Run as root from the repository: ops/restore-check.sh
# Everything happens under a temporary directory on free loopback ports; nothing of the machine's own PostgreSQL is
# touched. Exit 0 only if every table has the same rows after the restore and the service is ready on it.
set -euo pipefail
cd "$(dirname "$0")/.."
PG_BIN="${PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)}"
JAR=target/quarkus-app/quarkus-run.jar
APP_USER="${APP_USER:-dho}"   # the login the service runs with (the application role)
[ -x "$PG_BIN/postgres" ] || { echo "No PostgreSQL server in $PG_BIN: apt-get install -y postgresql" >&2; exit 2; }
[ -f "$JAR" ] || { echo "No $JAR: ./mvnw package -DskipTests first" >&2; exit 2; }

work=$(mktemp -d /tmp/dho-restore-check.XXXXXX)
chown postgres "$work"
as_pg() { runuser -u postgres -- "$@"; }
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
service_pid=""
cleanup() {
  [ -n "$service_pid" ] && kill "$service_pid" 2>/dev/null || true
  for c in source restored; do [ -d "$work/$c" ] && as_pg "$PG_BIN/pg_ctl" -D "$work/$c" -m fast stop >/dev/null 2>&1 || true; done
  rm -rf "$work"
}
trap cleanup EXIT

cluster() { # name port: a fresh cluster with the owner (migration) role and the application role of docs/database-roles.md
  as_pg "$PG_BIN/initdb" -D "$work/$1" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
  as_pg "$PG_BIN/pg_ctl" -D "$work/$1" -o "-p $2 -k $work -c listen_addresses=127.0.0.1" -l "$work/$1.log" -w start >/dev/null
  as_pg "$PG_BIN/psql" -q -h "$work" -p "$2" -U postgres -c "CREATE ROLE dho_owner LOGIN PASSWORD 'dho_owner'" \
    -c "CREATE ROLE dho LOGIN PASSWORD 'dho'" -c "CREATE DATABASE dho OWNER dho_owner"
}

start_service() { # port: the packaged service on the cluster at that port, as the application role; waits for ready
  local http mgmt; http=$(free_port); mgmt=$(free_port)
  java -Xmx512m -Dquarkus.profile=local -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port="$http" \
    -Dquarkus.management.port="$mgmt" -Dquarkus.management.host=127.0.0.1 \
    -Dquarkus.datasource.jdbc.url="jdbc:postgresql://127.0.0.1:$1/dho" \
    -Dquarkus.datasource.username="$APP_USER" -Dquarkus.datasource.password="$APP_USER" \
    -Dquarkus.flyway.username=dho_owner -Dquarkus.flyway.password=dho_owner \
    -Dquarkus.oidc.auth-server-url="http://127.0.0.1:$(free_port)/realms/dho" \
    -Ddho.audit.fallback.directory="$work/fallback" -jar "$JAR" > "$work/service-$1.log" 2>&1 &
  service_pid=$!
  for _ in $(seq 1 180); do
    if curl -sf "http://127.0.0.1:$mgmt/q/health/ready" >/dev/null; then return 0; fi
    kill -0 "$service_pid" 2>/dev/null || break
    sleep 1
  done
  echo "The service did not get ready on the cluster at port $1; its log:" >&2; tail -40 "$work/service-$1.log" >&2
  exit 1
}

stop_service() { kill "$service_pid"; wait "$service_pid" 2>/dev/null || true; service_pid=""; }

counts() { # port: "table rows" for every table of schema public, sorted
  local t
  for t in $(as_pg "$PG_BIN/psql" -At -h "$work" -p "$1" -U postgres -d dho \
      -c "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1"); do
    echo "$t $(as_pg "$PG_BIN/psql" -At -h "$work" -p "$1" -U postgres -d dho -c "SELECT count(*) FROM \"$t\"")"
  done
}

src=$(free_port); dst=$(free_port)
echo "[restore-check] PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') in $PG_BIN; work in $work"
cluster source "$src"
echo "[restore-check] migrating and loading the demo data (the local profile's) ..."
start_service "$src"; stop_service
counts "$src" > "$work/source.counts"

echo "[restore-check] pg_dump (custom format) as the owner ..."
as_pg "$PG_BIN/pg_dump" -h "$work" -p "$src" -U dho_owner -d dho -Fc -f "$work/dho.dump"
ls -l "$work/dho.dump" | awk '{print "[restore-check] dump: " $5 " bytes"}'

echo "[restore-check] restoring into a second, empty cluster ..."
cluster restored "$dst"
as_pg "$PG_BIN/pg_restore" -h "$work" -p "$dst" -U dho_owner -d dho --exit-on-error "$work/dho.dump"
counts "$dst" > "$work/restored.counts"

if ! diff "$work/source.counts" "$work/restored.counts"; then
  echo "[restore-check] FAILED: the restored tables differ (above)" >&2; exit 1
fi
echo "[restore-check] $(wc -l < "$work/source.counts") tables, $(awk '{s+=$2} END {print s}' "$work/source.counts") rows: identical"

q() { as_pg "$PG_BIN/psql" -At -h "$work" -p "$dst" -U postgres -d dho -c "$1"; }
echo "[restore-check] access_log triggers after the restore: $(q "SELECT string_agg(tgname, ', ' ORDER BY tgname) FROM pg_trigger WHERE tgrelid = 'access_log'::regclass AND NOT tgisinternal")"
echo "[restore-check] the application role may update access_log: $(q "SELECT has_table_privilege('dho', 'access_log', 'UPDATE')"), insert: $(q "SELECT has_table_privilege('dho', 'access_log', 'INSERT')"); owner of access_log: $(q "SELECT tableowner FROM pg_tables WHERE tablename = 'access_log'")"

echo "[restore-check] starting the service on the restored copy ..."
start_service "$dst"; stop_service
echo "[restore-check] OK: the service was ready on the restored database (Flyway validated $(q "SELECT count(*) FROM flyway_schema_history WHERE success") migrations)"
