# quotetrail: the README's commands.
GO      ?= go
# sqlite_fts5 builds SQLite's full-text index into the embedded driver.
TAGS    ?= sqlite_fts5
ADDR    ?= 127.0.0.1:8080
DB      ?= quotetrail.db
export CGO_ENABLED = 1

.PHONY: build run test vet bench clean

build:
	$(GO) build -tags '$(TAGS)' -o bin/quotetrail ./cmd/quotetrail

# The app on http://127.0.0.1:8080 with a SQLite file and the demo data.
run: build
	./bin/quotetrail serve --addr $(ADDR) --db $(DB) --demo

vet:
	$(GO) vet -tags '$(TAGS)' ./...

# Every test. Browser tests need Debian's chromium; the citation parser
# tests need `npm ci --prefix cite/testdata/parsers` (.ci/run does both).
test: vet
	$(GO) test -tags '$(TAGS)' -count=1 ./...

bench:
	$(GO) test -tags '$(TAGS)' -run '^$$' -bench . -benchmem ./...

clean:
	rm -rf bin
