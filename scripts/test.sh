#!/usr/bin/env bash
# The README's test command: finds a JDK 21+ (the machine's default may be 17), then runs every test with Maven.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/java-home.sh
exec ./mvnw verify "$@"
