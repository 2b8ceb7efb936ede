# VeDich: the two commands a new machine needs are `make run` and `make test`.
# Both install what is missing (scripts/bootstrap.sh), build, and run. Both are idempotent.

SWIFT ?= swift
SEED  ?= Tests/VeDichImportTests/Fixtures/lang-son-2025.txt

.PHONY: run test bench fuzz api-fuzz bootstrap build release clean

bootstrap:
	@bash scripts/bootstrap.sh

build: bootstrap
	$(SWIFT) build --product vedich

## The binary to deploy (docs/deploy.md): optimised, in .build/release/vedich.
release: bootstrap
	$(SWIFT) build -c release --product vedich

VEDICH_DATA ?= data
export VEDICH_DATA

## The main job: the server on 127.0.0.1:8080 with the Lạng Sơn demo loaded into data/vedich.sqlite
## (or DATABASE_URL). The demo is imported only into an empty database, so values entered since
## are never overwritten by a second `make run`.
run: build
	.build/debug/vedich import $(SEED) --province "Lạng Sơn" --if-empty
	.build/debug/vedich demo --province "Lạng Sơn"
	.build/debug/vedich serve --hostname 127.0.0.1 --port 8080

## Every test: unit, CLI, importer (LibreOffice makes the DOCX inputs), store and API on both
## SQLite and a real PostgreSQL that scripts/postgres.sh starts, then the web pages in Debian's
## chromium driven by Selenium (screenshots in test-output/screenshots/), and schemathesis against the
## API as a logged-in user (no 5xx, no answer outside the documented schema).
## ConcurrencyTests (40 writers and an import on one server, measured against the 60 s write
## queue) run on their own after the rest: sharing two cores with 400 other tests and LibreOffice
## conversions would test the machine, not the server.
test: bootstrap
	$(SWIFT) build --build-tests
	url=$$(bash scripts/postgres.sh) && VEDICH_TEST_POSTGRES_URL=$$url $(SWIFT) test --skip-build --skip ConcurrencyTests
	url=$$(bash scripts/postgres.sh) && VEDICH_TEST_POSTGRES_URL=$$url $(SWIFT) test --skip-build --filter ConcurrencyTests
	bash scripts/browser-tests.sh
	bash scripts/api-fuzz.sh 25

## Throughput figures as ratios measured in one run (never timed assertions). The national figures
## run on a PostgreSQL database of 10 million generated values (`vedich generate`, made on the first
## run only: it takes minutes; BENCH_OBSERVATIONS=… for another size).
bench: bootstrap
	$(SWIFT) build -c release --product vedich-bench
	$(SWIFT) build -c release --product vedich
	.build/release/vedich-bench $(SEED)
	bash scripts/bench-http.sh .build/release/vedich $(SEED)
	bash scripts/bench-national.sh .build/release/vedich .build/release/vedich-bench

## Fuzzing: the number/target parser and the text and DOCX report readers on FUZZ_COUNT generated
## inputs each (a seeded mutator over the seed report; the seed is printed, FUZZ_SEED=… replays a run).
## LIBFUZZER=1 runs the same targets under libFuzzer instead, built apart in .build-fuzz.
FUZZ_COUNT ?= 1000000
fuzz: bootstrap
ifeq ($(LIBFUZZER),1)
	$(SWIFT) build -c release --scratch-path .build-fuzz --product vedich-fuzz -Xswiftc -sanitize=fuzzer \
		-Xswiftc -DVEDICH_LIBFUZZER -Xswiftc -Xclang-linker -Xswiftc -fuse-ld=lld
	for target in number figure text docx; do \
		VEDICH_FUZZ_TARGET=$$target SWIFT_BACKTRACE=enable=no .build-fuzz/release/vedich-fuzz -runs=$(FUZZ_COUNT) \
			$(if $(FUZZ_SEED),-seed=$(FUZZ_SEED)) -max_len=65536 -timeout=10 -artifact_prefix=.build-fuzz/ || exit 1; \
	done
else
	$(SWIFT) build -c release --product vedich-fuzz
	.build/release/vedich-fuzz --count $(FUZZ_COUNT) --corpus $(SEED) $(if $(FUZZ_SEED),--seed $(FUZZ_SEED))
endif

## schemathesis against /api/openapi.json as a logged-in user: API_FUZZ_EXAMPLES cases per operation.
API_FUZZ_EXAMPLES ?= 100
api-fuzz: build
	bash scripts/api-fuzz.sh $(API_FUZZ_EXAMPLES)

clean:
	rm -rf .build
