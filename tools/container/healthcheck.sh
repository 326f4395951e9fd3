#!/bin/bash
# Container health probe for CrimeLake images. The Eclipse Temurin JRE image ships neither curl nor wget, so this
# speaks HTTP/1.0 over bash's /dev/tcp: it succeeds when GET http://127.0.0.1:PORT/PATH answers 200.
# Spring Boot's /actuator/health/readiness answers 503 until the service is ready.
# Usage: healthcheck PORT [PATH]   (PATH defaults to /actuator/health/readiness)
set -u
port="${1:?usage: healthcheck PORT [PATH]}"
path="${2:-/actuator/health/readiness}"
exec 3<>"/dev/tcp/127.0.0.1/$port" || exit 1
printf 'GET %s HTTP/1.0\r\nHost: localhost\r\nConnection: close\r\n\r\n' "$path" >&3
status_line="$(timeout 5 head -n 1 <&3)"
exec 3<&-
[[ "$status_line" == "HTTP/1."?" 200"* ]]
