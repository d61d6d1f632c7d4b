# Sourced by .ci/run: a throwaway PostgreSQL cluster on loopback for the store tests.
#
# Installs Debian's postgresql package when no server binaries are found, creates a
# cluster in a temporary folder (run as the postgres user when we are root: initdb
# refuses root), starts it on a free port, creates the role and database `chidao`
# (the role may create databases: each test gets its own; and end any process in them, as
# DROP DATABASE … WITH (FORCE) must when autovacuum is still analyzing one), and exports
#   CHIDAO_TEST_PG      postgresql://chidao@127.0.0.1:PORT/chidao  (the tests' server)
#   CHIDAO_TEST_PG_CTL  the pg_ctl command for this cluster (fault tests stop and start it)
# The cluster is stopped and removed when the calling shell exits, also on failure.

ci_pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }

if [ -z "$(ci_pg_bin)" ]; then
    echo "CI: installing PostgreSQL (Debian package postgresql)" >&2
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq && apt-get install -y -qq postgresql >/dev/null
fi
CI_PG_BIN="$(ci_pg_bin)"
CI_PG_DIR="$(mktemp -d /tmp/chidao-ci-pg.XXXXXX)"
if [ "$(id -u)" = 0 ]; then
    chown postgres: "$CI_PG_DIR"
    CI_PG_AS=(runuser -u postgres --)
else
    CI_PG_AS=()
fi
CI_PG_PORT="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"

"${CI_PG_AS[@]}" "$CI_PG_BIN/initdb" -D "$CI_PG_DIR/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 \
    >"$CI_PG_DIR/initdb.log"
# A throwaway cluster: no fsync (an immediate stop in the fault tests is a crash of the
# server, not of the machine, so nothing committed is lost), settings in its own conf file
# so that `pg_ctl start` alone brings it back after a fault test stopped it.
cat >>"$CI_PG_DIR/data/postgresql.conf" <<EOF
port = $CI_PG_PORT
listen_addresses = '127.0.0.1'
unix_socket_directories = '$CI_PG_DIR'
fsync = off
full_page_writes = off
max_connections = 200
EOF
export CHIDAO_TEST_PG_CTL="${CI_PG_AS[*]} $CI_PG_BIN/pg_ctl -D $CI_PG_DIR/data -l $CI_PG_DIR/server.log -w"
$CHIDAO_TEST_PG_CTL start >/dev/null

ci_pg_stop() {
    $CHIDAO_TEST_PG_CTL stop -m fast >/dev/null 2>&1 || true
    rm -rf "$CI_PG_DIR"
}
trap ci_pg_stop EXIT

"$CI_PG_BIN/psql" -q -h 127.0.0.1 -p "$CI_PG_PORT" -U postgres -d postgres -v ON_ERROR_STOP=1 \
    -c "CREATE ROLE chidao LOGIN CREATEDB IN ROLE pg_signal_backend" \
    -c "CREATE DATABASE chidao OWNER chidao" >/dev/null
export CHIDAO_TEST_PG="postgresql://chidao@127.0.0.1:$CI_PG_PORT/chidao"
echo "CI: PostgreSQL $("$CI_PG_BIN/postgres" --version | awk '{print $3}') at $CHIDAO_TEST_PG" >&2
