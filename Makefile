# looplab — the two commands a fresh machine needs:
#   make run    installs what is missing, builds, opens the shell
#   make test   installs what is missing, builds, runs every test
PREFIX ?= /usr/local
SWIFT ?= swift
RELEASE_BIN := .build/release/looplab

.PHONY: run test deps release debug unit-test conformance-test terminal-test install clean

run: release
	@$(RELEASE_BIN)

deps:
	@bash scripts/install-deps.sh

release: deps
	$(SWIFT) build -c release --product looplab

debug: deps
	$(SWIFT) build

# Unit tests run in the debug build; the black-box suites share one release
# binary (DESIGN §8). Terminal tests drive the real shell in tmux, serially.
test: release
	$(SWIFT) test
	bash Tests/Conformance/run.sh $(RELEASE_BIN)
	bash Tests/Hostile/run.sh $(RELEASE_BIN)
	bash Tests/CLI/run.sh $(RELEASE_BIN)
	bash Tests/Terminal/run.sh $(RELEASE_BIN)

unit-test: deps
	$(SWIFT) test

conformance-test: release
	bash Tests/Conformance/run.sh $(RELEASE_BIN)

terminal-test: release
	bash Tests/Terminal/run.sh $(RELEASE_BIN)

install: release
	install -d "$(PREFIX)/bin" "$(PREFIX)/share/looplab/Lessons"
	install -m 755 $(RELEASE_BIN) "$(PREFIX)/bin/looplab"
	install -m 644 Lessons/*.md "$(PREFIX)/share/looplab/Lessons/"

clean:
	rm -rf .build
