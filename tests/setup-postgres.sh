#!/usr/bin/env bash
# Sourced by tests/run.sh: makes sure a PostgreSQL server is there for the storage tests and exports
# BENEFITSBOT_TEST_POSTGRES (an Npgsql connection string). Uses BENEFITSBOT_TEST_POSTGRES as given when it is already set;
# otherwise installs PostgreSQL from Debian packages if missing and starts a throwaway cluster on 127.0.0.1.
if [ -n "${BENEFITSBOT_TEST_POSTGRES:-}" ]; then
  echo "using the PostgreSQL server in BENEFITSBOT_TEST_POSTGRES"
  return 0
fi

pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
if [ -z "$pg_bin" ] || [ ! -x "$pg_bin/initdb" ]; then
  echo "installing PostgreSQL from Debian packages"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq && apt-get install -y -qq postgresql >/dev/null || return 1
  pg_bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
fi

pg_dir=$(mktemp -d /tmp/benefitsbot-pg.XXXXXX)
pg_port=${BENEFITSBOT_TEST_POSTGRES_PORT:-55432}
chown postgres:postgres "$pg_dir" 2>/dev/null || true
as_postgres() { if [ "$(id -u)" = 0 ]; then su postgres -s /bin/bash -c "$*"; else bash -c "$*"; fi; }
as_postgres "'$pg_bin/initdb' -D '$pg_dir/data' -U postgres --auth=trust -E UTF8 >'$pg_dir/initdb.log' 2>&1" || { cat "$pg_dir/initdb.log"; return 1; }
# max_connections: the suite runs many bot instances in parallel, each with its own connection pool.
as_postgres "'$pg_bin/pg_ctl' -D '$pg_dir/data' -l '$pg_dir/server.log' -w -t 60 -o \"-p $pg_port -k '$pg_dir' -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=400\" start" >/dev/null || { cat "$pg_dir/server.log"; return 1; }
export BENEFITSBOT_TEST_POSTGRES="Host=127.0.0.1;Port=$pg_port;Username=postgres;Database=postgres"
export BENEFITSBOT_PG_DIR="$pg_dir" BENEFITSBOT_PG_BIN="$pg_bin"
stop_test_postgres() { as_postgres "'$BENEFITSBOT_PG_BIN/pg_ctl' -D '$BENEFITSBOT_PG_DIR/data' -m fast stop" >/dev/null 2>&1; rm -rf "$BENEFITSBOT_PG_DIR"; }
trap stop_test_postgres EXIT
echo "PostgreSQL $("$pg_bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$pg_port"
