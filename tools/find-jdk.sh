#!/usr/bin/env bash
# Prints the home of a JDK 21+ (Vaadin 25 and the build need it): $JAVA_HOME if suitable,
# else the newest one under /usr/lib/jvm (or /Library/Java/JavaVirtualMachines on macOS).
set -euo pipefail

major_version() { # $1 = JDK home; prints its feature version, or nothing
  [[ -x "$1/bin/javac" ]] || return 0
  "$1/bin/java" -XshowSettings:properties -version 2>&1 \
    | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p' | head -1
}

if [[ -n "${JAVA_HOME:-}" ]] && v=$(major_version "$JAVA_HOME") && [[ -n "$v" && "$v" -ge 21 ]]; then
  echo "$JAVA_HOME"; exit 0
fi

best="" best_version=0
for home in /usr/lib/jvm/* /Library/Java/JavaVirtualMachines/*/Contents/Home; do
  [[ -d "$home" && ! -L "$home" ]] || continue
  v=$(major_version "$home")
  if [[ -n "$v" && "$v" -gt "$best_version" ]]; then best="$home" best_version="$v"; fi
done

if [[ "$best_version" -ge 21 ]]; then echo "$best"; exit 0; fi
echo "CrimeLake needs a JDK 21 or newer (found none in JAVA_HOME or /usr/lib/jvm)." >&2
echo "Install one (e.g. 'apt-get install openjdk-21-jdk' or Temurin 21/25) or set JAVA_HOME to it." >&2
exit 1
