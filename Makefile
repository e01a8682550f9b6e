# Entry points for people and CI. Maven does the building; this file finds a JDK >= 21 for it
# (scripts/find-jdk.sh) and adds what Maven does not do: running the local runner, cfn-lint.
SHELL := /bin/bash
.DEFAULT_GOAL := build

JAVA_HOME := $(shell scripts/find-jdk.sh)
ifeq ($(JAVA_HOME),)
$(error no JDK >= 21: see the message above)
endif
export JAVA_HOME
export PATH := $(JAVA_HOME)/bin:$(PATH)

MVN := mvn -B --no-transfer-progress
FUNCTIONS := functions/users,functions/groups,functions/discovery,functions/admin,functions/maintenance
MOTO_VERSION := 5.2.1
CFN_LINT_VERSION := 1.51.0

.PHONY: build run test package format clean smoke

# build: compile and package every module, tests skipped
build:
	$(MVN) -q -DskipTests package

# run: serve the API on http://127.0.0.1:${PORT:-8080} with the tenant and tokens it prints
# Every function runs from its deployment jar under Lambda's runtime interface client
# (docs/local-runtime.md), so the jars are (re)built first; Maven skips what is up to date.
# local/target/classpath.txt is the runner's classpath; `exec` makes java make's direct child,
# so SIGINT/SIGTERM reach the JVM, whose shutdown hook stops every sandbox JVM.
run:
	$(MVN) -q -DskipTests -Denforcer.skip=true package -pl $(FUNCTIONS),local -am
	exec "$(JAVA_HOME)/bin/java" --enable-native-access=ALL-UNNAMED \
	  -cp "local/target/classes:$$(cat local/target/classpath.txt)" io.scimgate.local.LocalRunner

# test: every check CI runs: unit tests, integration tests (DynamoDB Local, moto), cfn-lint, and
# the template checks under scripts/test_*.py (parameters reach the published versions, alarms)
# Integration tests start moto_server themselves; this only makes sure it is installed.
test:
	command -v moto_server >/dev/null || python3 -m pip install 'moto[server]==$(MOTO_VERSION)'
	command -v cfn-lint >/dev/null || python3 -m pip install 'cfn-lint==$(CFN_LINT_VERSION)'
	$(MVN) verify
	cfn-lint template.yaml
	python3 -m unittest discover -s scripts -p 'test_*.py'

# package: the Lambda jars at the paths template.yaml's CodeUri names
package:
	$(MVN) -q -DskipTests package -pl $(FUNCTIONS) -am
	@ls -1 functions/*/target/*-function.jar

# format: google-java-format over every module's sources (the check at validate is still off:
# spotless.check.skip in pom.xml)
format:
	$(MVN) -q spotless:apply

# smoke: the Okta and Entra lifecycles against a deployed (or local) tenant, one PASS/FAIL line
# per step, cleaned up afterwards; exit status 1 on any failure (docs/deploy.md). Plain JDK: the
# suite is compiled on its own, no Maven, no dependencies.
#   make smoke SCIM_BASE_URL=https://<api>/tenants/<tenant>/scim/v2 SCIM_TOKEN=scim_...
smoke:
	@if [[ -z "$$SCIM_BASE_URL" || -z "$$SCIM_TOKEN" ]]; then \
	  echo "usage: make smoke SCIM_BASE_URL=https://<api>/tenants/<tenant>/scim/v2 SCIM_TOKEN=<token>" >&2; \
	  exit 2; fi
	@mkdir -p local/target/smoke-classes
	@"$(JAVA_HOME)/bin/javac" --release 21 -d local/target/smoke-classes local/src/main/java/io/scimgate/smoke/*.java
	@"$(JAVA_HOME)/bin/java" -cp local/target/smoke-classes io.scimgate.smoke.Smoke

clean:
	$(MVN) -q clean
