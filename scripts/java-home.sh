#!/usr/bin/env bash
# Source this file: exports JAVA_HOME pointing at a JDK 21 or newer (Paritaire needs it), or fails with a clear message.
# Order: $JAVA_HOME if recent enough, the `java` on PATH, then any JDK under /usr/lib/jvm (newest first).

_paritaire_java_major() {
  "$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p' | head -1
}

_paritaire_pick_jdk() {
  local candidates=()
  [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME")
  if command -v javac >/dev/null 2>&1; then
    candidates+=("$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")")
  fi
  for dir in $(ls -d /usr/lib/jvm/*/ 2>/dev/null | sort -rV); do candidates+=("${dir%/}"); done
  for home in "${candidates[@]}"; do
    [ -x "$home/bin/javac" ] || continue
    local major
    major=$(_paritaire_java_major "$home")
    if [ -n "$major" ] && [ "${major%%.*}" -ge 21 ]; then
      echo "$home"
      return 0
    fi
  done
  return 1
}

if PARITAIRE_JDK=$(_paritaire_pick_jdk); then
  export JAVA_HOME="$PARITAIRE_JDK"
  export PATH="$JAVA_HOME/bin:$PATH"
else
  echo "Paritaire needs a JDK 21 or newer: install one (e.g. Temurin 21/25) or set JAVA_HOME to it." >&2
  return 1 2>/dev/null || exit 1
fi
