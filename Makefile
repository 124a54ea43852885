# quotetrail: the README's commands.
GO      ?= go
export GO
# sqlite_fts5 builds SQLite's full-text index into the embedded driver.
TAGS    ?= sqlite_fts5
ADDR    ?= 127.0.0.1:8080
DB      ?= quotetrail.db
export CGO_ENABLED = 1

.PHONY: build build-dev run test test-sqlite test-postgres test-race vet bench clean

build:
	$(GO) build -tags '$(TAGS)' -o bin/quotetrail ./cmd/quotetrail

# Developers' tools: synthetic data (generate) and the extraction score
# against PolNeAR (eval-extract).
build-dev:
	$(GO) build -tags '$(TAGS)' -o bin/quotetrail-dev ./cmd/quotetrail-dev

# The app on http://127.0.0.1:8080 with a SQLite file and the demo data.
run: build
	./bin/quotetrail serve --addr $(ADDR) --db $(DB) --demo

vet:
	$(GO) vet -tags '$(TAGS)' ./...

# Every test, on SQLite and then, when QUOTETRAIL_TEST_POSTGRES names a
# PostgreSQL server (postgres://postgres@127.0.0.1:5432/postgres?sslmode=disable),
# again on PostgreSQL: each test makes and drops a database of its own
# there. Browser tests need Debian's chromium; the citation parser tests
# need `npm ci --prefix internal/cite/testdata/parsers` (.ci/run does both).
test: vet test-sqlite test-postgres

# Every package's tests, from test binaries kept under bin/ that go links
# again only when their code changed (go test links every binary on every
# run, a third of the suite's time with SQLite built in); the slowest
# packages start first. See test/run.
test-sqlite:
	QUOTETRAIL_TEST_BACKEND=sqlite test/run -tags '$(TAGS)'

# The SQLite suite again under the race detector, which finds data races
# only in code the tests run at the same time: the tests run in parallel.
test-race:
	QUOTETRAIL_TEST_BACKEND=sqlite test/run -tags '$(TAGS)' -race

test-postgres:
	@if [ -z "$$QUOTETRAIL_TEST_POSTGRES" ]; then \
		echo "QUOTETRAIL_TEST_POSTGRES is not set: the suite did not run on PostgreSQL"; \
	else \
		echo "QUOTETRAIL_TEST_BACKEND=postgres test/run -tags '$(TAGS)'"; \
		QUOTETRAIL_TEST_BACKEND=postgres test/run -tags '$(TAGS)'; \
	fi

bench:
	$(GO) test -tags '$(TAGS)' -run '^$$' -bench . -benchmem ./...

clean:
	rm -rf bin
