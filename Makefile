# VeDich: the two commands a new machine needs are `make run` and `make test`.
# Both install what is missing (scripts/bootstrap.sh), build, and run. Both are idempotent.

SWIFT ?= swift
SEED  ?= Tests/VeDichImportTests/Fixtures/lang-son-2025.txt

.PHONY: run test bench bootstrap build clean

bootstrap:
	@bash scripts/bootstrap.sh

build: bootstrap
	$(SWIFT) build --product vedich

## The main job. Until the web app exists: the audit of the Lạng Sơn seed report.
run: build
	$(SWIFT) run --skip-build vedich audit $(SEED)

## Every test: unit, CLI, importer (with LibreOffice making the DOCX inputs).
test: bootstrap
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

## Throughput figures as ratios measured in one run (never timed assertions).
bench: bootstrap
	$(SWIFT) build -c release --product vedich-bench
	.build/release/vedich-bench $(SEED)

clean:
	rm -rf .build
