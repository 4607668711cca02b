#!/usr/bin/env bash
# Runs Paritaire (embedded default: on-disk store under ./data, ingests ./corpus on first start, web chat on :8080).
# Builds the jar first when it is missing or older than the sources. Extra arguments go to the application, e.g.
#   scripts/run.sh --server.port=9090        scripts/run.sh ingest        scripts/run.sh ingest --reindex
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/java-home.sh
jar=assistant/target/paritaire.jar
if [ ! -f "$jar" ] || [ -n "$(find pom.xml ingestion/pom.xml ingestion/src/main assistant/pom.xml assistant/src/main prompts -newer "$jar" -type f -print -quit)" ]; then
  echo "Building $jar (first time: about a minute, ~300 MB of dependencies)…"
  ./mvnw -B -q -DskipTests install
fi
# Run from the extracted layout (Spring Boot's jarmode tools): about 4 s faster to start than the nested fat jar.
app=assistant/target/paritaire-app
if [ ! -f "$app/paritaire.jar" ] || [ "$jar" -nt "$app/paritaire.jar" ]; then
  "$JAVA_HOME/bin/java" -Djarmode=tools -jar "$jar" extract --force --destination "$app" >/dev/null
fi
exec "$JAVA_HOME/bin/java" -DENGINE_CACHE_DIR="${PARITAIRE_DATA_DIR:-./data}/.djl" -jar "$app/paritaire.jar" "$@"
