#!/usr/bin/env bash
# Installs PostgreSQL 15 + pgvector on Debian 12 (run as root), starts the cluster, and creates Paritaire's role,
# database and `vector` extension. Idempotent: safe to re-run; the pgvector build is skipped once it is installed.
# pgvector is built from Debian's own source package (trixie), since bookworm ships no postgresql-15-pgvector.
#   sudo scripts/install-pgvector-debian.sh
#   sudo PARITAIRE_DB_NAME=paritaire PARITAIRE_DB_USER=paritaire PARITAIRE_DB_PASSWORD=secret scripts/install-pgvector-debian.sh
set -euo pipefail

PG_VERSION=15
PG_CLUSTER=main
PG_CONFIG=/usr/lib/postgresql/$PG_VERSION/bin/pg_config
VECTOR_CONTROL=/usr/share/postgresql/$PG_VERSION/extension/vector.control
DB_NAME=${PARITAIRE_DB_NAME:-paritaire}
DB_USER=${PARITAIRE_DB_USER:-paritaire}
DB_PASSWORD=${PARITAIRE_DB_PASSWORD:-paritaire}
export DEBIAN_FRONTEND=noninteractive

log() { echo "==> $*"; }

if [ "$(id -u)" -ne 0 ]; then
  echo "Run as root (e.g. sudo $0)." >&2
  exit 1
fi

# 1. PostgreSQL server + pgvector (skipped when the extension is already installed).
if [ -f "$VECTOR_CONTROL" ] && [ -x "/usr/lib/postgresql/$PG_VERSION/bin/postgres" ]; then
  log "pgvector already installed ($VECTOR_CONTROL): skipping the build"
else
  log "Installing PostgreSQL $PG_VERSION and build tools"
  echo 'deb-src http://deb.debian.org/debian trixie main' > /etc/apt/sources.list.d/trixie-src.list
  apt-get update
  apt-get install -y "postgresql-$PG_VERSION" "postgresql-server-dev-$PG_VERSION" build-essential dpkg-dev
  if [ ! -f "$VECTOR_CONTROL" ]; then
    log "Building pgvector from Debian's source package"
    build_dir=$(mktemp -d)
    (
      cd "$build_dir"
      apt-get source pgvector
      cd pgvector-*/
      make PG_CONFIG="$PG_CONFIG"
      make install PG_CONFIG="$PG_CONFIG"
    )
    rm -rf "$build_dir"
  fi
fi

# 2. Cluster: create it if missing, start it if down, wait until it accepts connections.
if ! pg_lsclusters -h | awk -v v="$PG_VERSION" -v c="$PG_CLUSTER" '$1 == v && $2 == c { found = 1 } END { exit !found }'; then
  log "Creating cluster $PG_VERSION/$PG_CLUSTER"
  pg_createcluster "$PG_VERSION" "$PG_CLUSTER"
fi
cluster_status() { pg_lsclusters -h | awk -v v="$PG_VERSION" -v c="$PG_CLUSTER" '$1 == v && $2 == c { print $4 }'; }
PG_PORT=$(pg_lsclusters -h | awk -v v="$PG_VERSION" -v c="$PG_CLUSTER" '$1 == v && $2 == c { print $3 }')
if [ "$(cluster_status)" = online ]; then
  log "Cluster $PG_VERSION/$PG_CLUSTER already running on port $PG_PORT"
else
  log "Starting cluster $PG_VERSION/$PG_CLUSTER"
  pg_ctlcluster "$PG_VERSION" "$PG_CLUSTER" start
fi
for _ in $(seq 1 30); do
  pg_isready -q -h 127.0.0.1 -p "$PG_PORT" && break
  sleep 1
done
pg_isready -h 127.0.0.1 -p "$PG_PORT"

# 3. Role, database and extension, as the postgres superuser (psql quotes the values: %I identifiers, %L literals).
as_postgres_psql() { (cd / && runuser -u postgres -- psql -X -q -v ON_ERROR_STOP=1 -p "$PG_PORT" "$@"); }

log "Ensuring role '$DB_USER', database '$DB_NAME' and extension vector"
as_postgres_psql -d postgres -v db="$DB_NAME" -v usr="$DB_USER" -v pw="$DB_PASSWORD" <<'SQL'
SELECT format('CREATE ROLE %I', :'usr') WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = :'usr') \gexec
SELECT format('ALTER ROLE %I WITH LOGIN PASSWORD %L', :'usr', :'pw') \gexec
SELECT format('CREATE DATABASE %I OWNER %I', :'db', :'usr') WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = :'db') \gexec
SELECT format('ALTER DATABASE %I OWNER TO %I', :'db', :'usr') \gexec
SQL
as_postgres_psql -d "$DB_NAME" -c 'SET client_min_messages = warning' -c 'CREATE EXTENSION IF NOT EXISTS vector' -c 'CREATE EXTENSION IF NOT EXISTS unaccent'
vector_version=$(as_postgres_psql -d "$DB_NAME" -At -c "SELECT extversion FROM pg_extension WHERE extname = 'vector'")
log "pgvector $vector_version enabled in database '$DB_NAME'"

log "Connect as user '$DB_USER' (SPRING_DATASOURCE_USERNAME / SPRING_DATASOURCE_PASSWORD)"
echo "JDBC URL: jdbc:postgresql://127.0.0.1:$PG_PORT/$DB_NAME"
