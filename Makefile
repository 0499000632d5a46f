# statpipe — two commands: `make run` (set up, build, run the sample pipeline) and `make test`.
SWIFT ?= swift
BIN := .build/release/statpipe
PIPELINE := pipelines/hoa-binh-quarterly.yml
SAMPLE_FILES = $(shell find sample-data -type f \( -name '*.csv' -o -name '*.xlsx' \) | LC_ALL=C sort)

.PHONY: run test build deps sample-data inspect-sample bench clean

## Install what a fresh Debian machine lacks (apt-get; sudo when not root): libcsv-dev for
## the CSV parser, zlib1g-dev for ZIPFoundation (.xlsx).
DEBIAN_PACKAGES := libcsv-dev zlib1g-dev
deps:
	@missing=$$(for p in $(DEBIAN_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || echo $$p; done); \
	if [ -n "$$missing" ]; then \
		echo "statpipe: installing $$missing"; \
		if [ "$$(id -u)" -eq 0 ]; then SUDO=; else SUDO=sudo; fi; \
		$$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq $$missing; \
	fi

## Release build of the statpipe binary.
build: deps
	$(SWIFT) build -c release --product statpipe

## The main job on the sample province: run the 2025-Q1 pipeline into out/2025-Q1/ and
## print the bulletin digest (the validation summary goes to stderr).
run: build
	$(BIN) run $(PIPELINE) --period 2025-Q1 --verbose

## Describe every sample input (encoding, delimiter, counts, column types).
inspect-sample: build
	$(BIN) inspect $(SAMPLE_FILES)

## Every test: unit, peer suites, and the CLI contract against the built binary.
test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test

## Speed and memory against libcsv's ceiling on a generated corpus (BENCH_MB=1024 by default).
bench: deps
	scripts/bench/bench.sh

## Regenerate sample-data/ with the project's own deterministic generator.
sample-data:
	$(SWIFT) run -c release statpipe-datagen sample --out sample-data

clean:
	rm -rf .build
