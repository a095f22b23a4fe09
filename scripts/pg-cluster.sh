#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the corpus tests and the bench: `start` installs PostgreSQL from
# Debian's packages when it is missing (root and apt needed), runs initdb in a temporary directory,
# starts the server on a free loopback port (no Unix socket outside that directory, no fsync: the
# data is thrown away) and prints `PRESSCHECK_TEST_PG=postgres://…` and `PG_CLUSTER_DIR=…` lines for
# `eval`; `stop DIR` stops it and deletes the directory. Prints one `postgres: …` line and exits 3
# when PostgreSQL cannot be had, so callers skip the PostgreSQL tests with that line.
set -uo pipefail
cmd=${1:-}
find_bin() {
  local d
  for d in /usr/lib/postgresql/*/bin; do
    [ -x "$d/initdb" ] && { echo "$d"; return 0; }
  done
  command -v initdb >/dev/null && { dirname "$(command -v initdb)"; return 0; }
  return 1
}
case "$cmd" in
start)
  bin=$(find_bin)
  if [ -z "$bin" ]; then
    log=$(mktemp)
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null &&
      timeout 600 apt-get update -qq >"$log" 2>&1 &&
      DEBIAN_FRONTEND=noninteractive timeout 900 apt-get install -y -qq --no-install-recommends postgresql >>"$log" 2>&1; then
      bin=$(find_bin)
    fi
    if [ -z "$bin" ]; then
      echo "postgres: not installed and apt-get could not install it ($(tail -n 1 "$log" 2>/dev/null))" >&2
      rm -f "$log"
      exit 3
    fi
    rm -f "$log"
  fi
  dir=$(mktemp -d /tmp/presscheck-pg.XXXXXX)
  # initdb refuses to run as root: the cluster belongs to the postgres user when we are root.
  as=()
  if [ "$(id -u)" = 0 ]; then
    id postgres >/dev/null 2>&1 || { echo "postgres: no postgres user to run the server as" >&2; exit 3; }
    chown postgres "$dir"
    as=(runuser -u postgres --)
  fi
  port=$(node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')
  if ! "${as[@]}" "$bin/initdb" -D "$dir/data" -A trust -U postgres -E UTF8 --locale=C.UTF-8 --no-sync >"$dir/initdb.log" 2>&1; then
    echo "postgres: initdb failed ($(tail -n 1 "$dir/initdb.log"))" >&2
    exit 3
  fi
  if ! "${as[@]}" "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
    -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c shared_buffers=256MB -c maintenance_work_mem=256MB -c max_wal_size=2GB" \
    start >/dev/null 2>&1; then
    echo "postgres: the server did not start ($(tail -n 1 "$dir/server.log"))" >&2
    exit 3
  fi
  echo "PRESSCHECK_TEST_PG=postgres://postgres@127.0.0.1:$port/postgres"
  echo "PG_CLUSTER_DIR=$dir"
  ;;
stop)
  dir=${2:?usage: pg-cluster.sh stop DIR}
  bin=$(find_bin) || exit 0
  as=()
  [ "$(id -u)" = 0 ] && as=(runuser -u postgres --)
  "${as[@]}" "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1
  rm -rf "$dir"
  ;;
*)
  echo "usage: scripts/pg-cluster.sh start | stop DIR" >&2
  exit 2
  ;;
esac
