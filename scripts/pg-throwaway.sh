#!/usr/bin/env bash
# Start a throwaway PostgreSQL cluster on a loopback port, as the OS user `postgres`
# (initdb refuses to run as root). Prints the DATABASE_URL; `stop` removes it again.
#   eval "$(scripts/pg-throwaway.sh start 54329)"   # sets DATABASE_URL and HAILONG_PGDATA
#   scripts/pg-throwaway.sh stop "$HAILONG_PGDATA"
set -euo pipefail
cmd=${1:?start PORT | stop DIR}
pgbin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[ -n "$pgbin" ] || { echo "Không tìm thấy PostgreSQL server (apt-get install postgresql)." >&2; exit 1; }
as_postgres() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

case "$cmd" in
  start)
    port=${2:-54329}
    dir=$(mktemp -d /tmp/hailong-pg.XXXXXX)
    [ "$(id -u)" = 0 ] && chown postgres:postgres "$dir"
    as_postgres "$pgbin/initdb" -D "$dir/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
    # Durability is pointless for a cluster that lives for one test run: trade it for speed.
    as_postgres "$pgbin/pg_ctl" -D "$dir/data" -l "$dir/log" -w \
      -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
      start >/dev/null
    echo "export DATABASE_URL=postgres://postgres@127.0.0.1:$port/postgres HAILONG_PGDATA=$dir"
    ;;
  stop)
    dir=${2:?DIR}
    as_postgres "$pgbin/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$dir"
    ;;
esac
