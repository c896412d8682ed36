#!/usr/bin/env bash
# Source this: makes a local PostgreSQL reachable for the database tests and exports the
# connection string the way Backstage's TestDatabases reads it
# (BACKSTAGE_TEST_DATABASE_POSTGRES<major>_CONNECTION_STRING).
#
# An already exported connection string wins. Otherwise, as root on Debian, it installs the
# distribution's PostgreSQL when missing and starts its cluster. A run that cannot get a
# PostgreSQL fails here: the database tests must never pass on SQLite alone.

stagegate_pg_fail() {
  echo "stagegate: PostgreSQL is required for the database tests: $*" >&2
  echo "stagegate: export BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING=postgresql://user:password@host:5432 (any version 13-18 works, with its number) or run as root on Debian." >&2
  return 1
}

stagegate_pg_existing() {
  env | grep -qE '^BACKSTAGE_TEST_DATABASE_POSTGRES[0-9]+_CONNECTION_STRING=.'
}

stagegate_pg_local() {
  if ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
    [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null ||
      { stagegate_pg_fail "no server installed and not root on Debian"; return 1; }
    echo "stagegate: installing PostgreSQL from Debian ..." >&2
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql) >&2 ||
      { stagegate_pg_fail "apt-get install postgresql failed"; return 1; }
  fi
  local version
  version=$(ls /usr/lib/postgresql | sort -n | tail -1)
  if ! pg_lsclusters -h 2>/dev/null | awk '{print $1, $2}' | grep -q "^$version main$"; then
    pg_createcluster "$version" main >&2 || { stagegate_pg_fail "cannot create a cluster"; return 1; }
  fi
  if ! pg_lsclusters -h | awk -v v="$version" '$1 == v && $2 == "main" {print $4}' | grep -q online; then
    pg_ctlcluster "$version" main start >&2 || { stagegate_pg_fail "cannot start the cluster"; return 1; }
  fi
  local port
  port=$(pg_lsclusters -h | awk -v v="$version" '$1 == v && $2 == "main" {print $3}')
  # A known password for the superuser, on loopback only, for throwaway test databases.
  if [ "$(id -u)" = 0 ]; then
    su postgres -c "psql -q -p $port -c \"ALTER USER postgres PASSWORD 'postgres'\"" >/dev/null ||
      { stagegate_pg_fail "cannot set the test password"; return 1; }
  fi
  export "BACKSTAGE_TEST_DATABASE_POSTGRES${version}_CONNECTION_STRING=postgresql://postgres:postgres@127.0.0.1:$port"
  echo "stagegate: PostgreSQL $version on 127.0.0.1:$port" >&2
}

if ! stagegate_pg_existing; then
  stagegate_pg_local || return 1 2>/dev/null || exit 1
fi
# No Docker engine on our machines: TestDatabases must use the connection string, never a
# container, and the tests must refuse to run without PostgreSQL.
export BACKSTAGE_TEST_DISABLE_DOCKER=1
export STAGEGATE_REQUIRE_POSTGRES=1
