# DSRBoard: `make demo` opens the board on the demo data; `make test` runs every test. Both set up first.
PREFIX ?= /usr/local
SWIFT ?= swift
BIN_DIR := $(PREFIX)/bin
SHARE_DIR := $(PREFIX)/share/dsrboard
DEMO_ARGS ?=

.PHONY: setup build release demo test bench install uninstall clean

setup:
	@./scripts/setup.sh

build: setup
	$(SWIFT) build

release: setup
	$(SWIFT) build -c release

demo: release
	.build/release/dsrboard demo $(DEMO_ARGS)

test: setup
	$(SWIFT) build
	$(SWIFT) test

bench: release
	./bench/run.sh

install: release
	install -d "$(BIN_DIR)" "$(SHARE_DIR)/themes"
	install -m 755 .build/release/dsrboard "$(BIN_DIR)/dsrboard"
	install -m 644 themes/*.theme "$(SHARE_DIR)/themes/"

uninstall:
	rm -f "$(BIN_DIR)/dsrboard"
	rm -rf "$(SHARE_DIR)"

clean:
	rm -rf .build
