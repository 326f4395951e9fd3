# CrimeLake entry points. `make demo` runs the whole stack offline; `make test` runs every test.
# The Makefile finds a JDK 21+ and provisions Node 24 (for Vaadin's frontend build) by itself.
SHELL := /bin/bash
.DEFAULT_GOAL := help

JAVA_HOME := $(shell tools/find-jdk.sh)
ifeq ($(JAVA_HOME),)
$(error No JDK 21+ found: install one or set JAVA_HOME (see README))
endif
export JAVA_HOME
export PATH := $(CURDIR)/.tools/node/bin:$(JAVA_HOME)/bin:$(PATH)

MVN := ./mvnw -B -ntp

.PHONY: help
help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-10s %s\n", $$1, $$2}'

.PHONY: node
node:
	@tools/ensure-node.sh

.PHONY: kustomize
kustomize:
	@tools/ensure-kustomize.sh

.PHONY: build
build: node ## Compile and package every module (no tests)
	$(MVN) -q install -DskipTests

.PHONY: test
test: node kustomize ## Run every test: unit, integration, static checks
	$(MVN) verify

.PHONY: format
format: ## Reformat Java sources
	$(MVN) -q spotless:apply

.PHONY: demo
demo: build ## Start simulator + all services on a local-folder lake (offline), open the dashboard
	tools/stack.sh start demo

.PHONY: up
up: build ## Start all services against the live Chicago Data Portal
	tools/stack.sh start live

.PHONY: down
down: ## Stop what `make demo` / `make up` started
	tools/stack.sh stop

.PHONY: logs
logs: ## Follow the logs of what `make demo` / `make up` started
	tools/stack.sh logs

.PHONY: ingest-once
ingest-once: ## One incremental ingest run and exit (for cron); builds first if needed
	@ls ingest-service/target/ingest-service-*.jar >/dev/null 2>&1 || $(MAKE) build
	tools/stack.sh ingest-once

.PHONY: status
status: ## Show the health of each running service
	tools/stack.sh status

.PHONY: bench
BENCH_HISTORY_ROWS ?= 8300000
bench: build ## Run the benchmarks on the packaged jars; numbers go to docs/benchmarks.md (BENCH_HISTORY_ROWS=500000 for a quick run)
	$(JAVA_HOME)/bin/java -Xmx3g --enable-native-access=ALL-UNNAMED -jar bench/target/bench-*-exec.jar 1000000 docs/benchmarks.md $(BENCH_HISTORY_ROWS)

.PHONY: simulator
simulator: build ## Run the Socrata simulator alone in the foreground on port 9100
	$(JAVA_HOME)/bin/java -jar tools/socrata-simulator/target/socrata-simulator-*-exec.jar --port 9100
