package models

import (
	"context"
	"fmt"
	"log/slog"
	"strings"
	"time"

	"gorm.io/gorm"
)

// migrations is the ordered, append-only list of schema changes. Never edit
// or reorder an entry that has shipped; add a new one at the end. Each entry
// is SQL with a few placeholders that differ between engines:
//
//	{{id}}         an auto-increment primary key
//	{{timestamp}}  a point in time
//	{{search_index_v2}}  the full-text index of migration 2 (searchIndexSQL)
var migrations = []string{
	// 1: the core domain.
	`CREATE TABLE outlets (
		id {{id}},
		name TEXT NOT NULL,
		slug TEXT NOT NULL UNIQUE,
		kind TEXT NOT NULL DEFAULT 'news',
		home_url TEXT NOT NULL DEFAULT '',
		article_count INTEGER NOT NULL DEFAULT 0,
		created_at {{timestamp}} NOT NULL,
		updated_at {{timestamp}} NOT NULL
	);
	CREATE UNIQUE INDEX outlets_name_key ON outlets (lower(name));
	CREATE TABLE outlet_domains (
		outlet_id BIGINT NOT NULL REFERENCES outlets (id) ON DELETE CASCADE,
		domain TEXT NOT NULL UNIQUE,
		PRIMARY KEY (outlet_id, domain)
	);
	CREATE TABLE people (
		id {{id}},
		name TEXT NOT NULL,
		slug TEXT NOT NULL UNIQUE,
		sort_name TEXT NOT NULL,
		kind TEXT NOT NULL DEFAULT 'person',
		description TEXT NOT NULL DEFAULT '',
		wikidata_id TEXT NOT NULL DEFAULT '',
		quote_count INTEGER NOT NULL DEFAULT 0,
		created_at {{timestamp}} NOT NULL,
		updated_at {{timestamp}} NOT NULL
	);
	CREATE INDEX people_sort_name ON people (sort_name, id);
	CREATE INDEX people_quote_count ON people (quote_count DESC, id);
	CREATE UNIQUE INDEX people_name_key ON people (lower(name));
	CREATE TABLE person_aliases (
		person_id BIGINT NOT NULL REFERENCES people (id) ON DELETE CASCADE,
		alias TEXT NOT NULL,
		PRIMARY KEY (person_id, alias)
	);
	CREATE INDEX person_aliases_alias ON person_aliases (lower(alias));
	CREATE TABLE articles (
		id {{id}},
		title TEXT NOT NULL,
		url TEXT,
		outlet_id BIGINT REFERENCES outlets (id) ON DELETE RESTRICT,
		authors TEXT NOT NULL DEFAULT '',
		published_on DATE,
		accessed_on DATE,
		body TEXT NOT NULL DEFAULT '',
		quote_count INTEGER NOT NULL DEFAULT 0,
		created_at {{timestamp}} NOT NULL,
		updated_at {{timestamp}} NOT NULL
	);
	CREATE UNIQUE INDEX articles_url_key ON articles (url);
	CREATE INDEX articles_outlet ON articles (outlet_id, published_on DESC, id DESC);
	CREATE INDEX articles_recent ON articles (created_at DESC, id DESC);
	CREATE TABLE topics (
		id {{id}},
		name TEXT NOT NULL,
		slug TEXT NOT NULL UNIQUE,
		quote_count INTEGER NOT NULL DEFAULT 0,
		created_at {{timestamp}} NOT NULL,
		updated_at {{timestamp}} NOT NULL
	);
	CREATE UNIQUE INDEX topics_name_key ON topics (lower(name));
	CREATE TABLE quotes (
		id {{id}},
		text TEXT NOT NULL,
		person_id BIGINT NOT NULL REFERENCES people (id) ON DELETE RESTRICT,
		speaker_title TEXT NOT NULL DEFAULT '',
		kind TEXT NOT NULL DEFAULT 'direct',
		article_id BIGINT NOT NULL REFERENCES articles (id) ON DELETE RESTRICT,
		outlet_id BIGINT REFERENCES outlets (id) ON DELETE RESTRICT,
		via_outlet_id BIGINT REFERENCES outlets (id) ON DELETE RESTRICT,
		said_on DATE,
		sort_date TEXT NOT NULL DEFAULT '',
		context TEXT NOT NULL DEFAULT '',
		status TEXT NOT NULL DEFAULT 'unverified',
		anchor_start INTEGER,
		anchor_end INTEGER,
		anchor_exact TEXT NOT NULL DEFAULT '',
		anchor_prefix TEXT NOT NULL DEFAULT '',
		anchor_suffix TEXT NOT NULL DEFAULT '',
		created_at {{timestamp}} NOT NULL,
		updated_at {{timestamp}} NOT NULL
	);
	CREATE INDEX quotes_person ON quotes (person_id, sort_date DESC, id DESC);
	CREATE INDEX quotes_article ON quotes (article_id, anchor_start, id);
	CREATE INDEX quotes_outlet ON quotes (outlet_id, sort_date DESC, id DESC);
	CREATE INDEX quotes_via ON quotes (via_outlet_id, sort_date DESC, id DESC);
	CREATE INDEX quotes_recent ON quotes (created_at DESC, id DESC);
	CREATE TABLE quote_topics (
		quote_id BIGINT NOT NULL REFERENCES quotes (id) ON DELETE CASCADE,
		topic_id BIGINT NOT NULL REFERENCES topics (id) ON DELETE CASCADE,
		PRIMARY KEY (quote_id, topic_id)
	);
	CREATE INDEX quote_topics_topic ON quote_topics (topic_id, quote_id);`,

	// 2: full-text search and import fingerprints. The fingerprint (set by
	// the importer) makes re-importing a file add nothing twice; the
	// search index is engine-specific, see searchIndexSQL.
	`ALTER TABLE quotes ADD COLUMN fingerprint TEXT;
	CREATE UNIQUE INDEX quotes_fingerprint ON quotes (fingerprint);
	CREATE INDEX articles_title ON articles (title);
	{{search_index_v2}}`,

	// 3: editors. Users sign in with a password (or set one through an
	// invite link); sessions and failed logins live here rather than in
	// memory so that several app instances share them; app_secrets holds
	// keys every instance must agree on (the CSRF signing key).
	`CREATE TABLE users (
		id {{id}},
		email TEXT NOT NULL,
		name TEXT NOT NULL DEFAULT '',
		role TEXT NOT NULL DEFAULT 'editor',
		password_hash TEXT NOT NULL DEFAULT '',
		invite_hash TEXT UNIQUE,
		invite_expires_at {{timestamp}},
		disabled_at {{timestamp}},
		last_login_at {{timestamp}},
		created_at {{timestamp}} NOT NULL,
		updated_at {{timestamp}} NOT NULL
	);
	CREATE UNIQUE INDEX users_email_key ON users (lower(email));
	CREATE TABLE sessions (
		id {{id}},
		token_hash TEXT NOT NULL UNIQUE,
		user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
		csrf_token TEXT NOT NULL,
		created_at {{timestamp}} NOT NULL,
		last_seen_at {{timestamp}} NOT NULL
	);
	CREATE INDEX sessions_user ON sessions (user_id);
	CREATE TABLE login_failures (
		id {{id}},
		email TEXT NOT NULL,
		address TEXT NOT NULL,
		failed_at {{timestamp}} NOT NULL
	);
	CREATE INDEX login_failures_email ON login_failures (email, failed_at);
	CREATE INDEX login_failures_address ON login_failures (address, failed_at);
	CREATE TABLE app_secrets (
		name TEXT PRIMARY KEY,
		value TEXT NOT NULL
	);`,

	// 4: per-speaker facet counts, so a speaker's page lists years,
	// outlets and topics without scanning all of the speaker's quotes.
	// Triggers on quotes and quote_topics keep them exact on every write
	// (forms, review, importer, demo), so no Go write path can forget
	// them. Rows that fall to zero are deleted. A quote's topics are taken
	// off in a BEFORE DELETE trigger, while the quote still names its
	// speaker, rather than left to the ON DELETE CASCADE. The trigger
	// syntax is SQLite's: PostgreSQL needs the same logic as plpgsql
	// trigger functions.
	facetTablesSQL + `
	CREATE TRIGGER quotes_facets_insert AFTER INSERT ON quotes BEGIN
		INSERT INTO person_year_counts (person_id, year, n) SELECT NEW.person_id, substr(NEW.sort_date, 1, 4), 1 WHERE NEW.sort_date <> '' ON CONFLICT (person_id, year) DO UPDATE SET n = n + 1; INSERT INTO person_outlet_counts (person_id, outlet_id, n) SELECT NEW.person_id, NEW.outlet_id, 1 WHERE NEW.outlet_id IS NOT NULL ON CONFLICT (person_id, outlet_id) DO UPDATE SET n = n + 1; END;
	CREATE TRIGGER quotes_facets_delete AFTER DELETE ON quotes BEGIN
		UPDATE person_year_counts SET n = n - 1 WHERE person_id = OLD.person_id AND year = substr(OLD.sort_date, 1, 4) AND OLD.sort_date <> ''; DELETE FROM person_year_counts WHERE person_id = OLD.person_id AND n <= 0; UPDATE person_outlet_counts SET n = n - 1 WHERE person_id = OLD.person_id AND outlet_id = OLD.outlet_id; DELETE FROM person_outlet_counts WHERE person_id = OLD.person_id AND n <= 0; END;
	CREATE TRIGGER quotes_facets_delete_topics BEFORE DELETE ON quotes BEGIN
		DELETE FROM quote_topics WHERE quote_id = OLD.id; END;
	CREATE TRIGGER quotes_facets_update AFTER UPDATE OF person_id, outlet_id, sort_date ON quotes
	WHEN OLD.person_id IS NOT NEW.person_id OR OLD.outlet_id IS NOT NEW.outlet_id OR substr(OLD.sort_date, 1, 4) IS NOT substr(NEW.sort_date, 1, 4) BEGIN
		UPDATE person_year_counts SET n = n - 1 WHERE person_id = OLD.person_id AND year = substr(OLD.sort_date, 1, 4) AND OLD.sort_date <> ''; DELETE FROM person_year_counts WHERE person_id = OLD.person_id AND n <= 0; UPDATE person_outlet_counts SET n = n - 1 WHERE person_id = OLD.person_id AND outlet_id = OLD.outlet_id; DELETE FROM person_outlet_counts WHERE person_id = OLD.person_id AND n <= 0; INSERT INTO person_year_counts (person_id, year, n) SELECT NEW.person_id, substr(NEW.sort_date, 1, 4), 1 WHERE NEW.sort_date <> '' ON CONFLICT (person_id, year) DO UPDATE SET n = n + 1; INSERT INTO person_outlet_counts (person_id, outlet_id, n) SELECT NEW.person_id, NEW.outlet_id, 1 WHERE NEW.outlet_id IS NOT NULL ON CONFLICT (person_id, outlet_id) DO UPDATE SET n = n + 1; END;
	CREATE TRIGGER quotes_facets_move_topics AFTER UPDATE OF person_id ON quotes WHEN OLD.person_id IS NOT NEW.person_id BEGIN
		UPDATE person_topic_counts SET n = n - 1 WHERE person_id = OLD.person_id AND topic_id IN (SELECT topic_id FROM quote_topics WHERE quote_id = NEW.id); DELETE FROM person_topic_counts WHERE person_id = OLD.person_id AND n <= 0; INSERT INTO person_topic_counts (person_id, topic_id, n) SELECT NEW.person_id, topic_id, 1 FROM quote_topics WHERE quote_id = NEW.id ON CONFLICT (person_id, topic_id) DO UPDATE SET n = n + 1; END;
	CREATE TRIGGER quote_topics_facets_insert AFTER INSERT ON quote_topics BEGIN
		INSERT INTO person_topic_counts (person_id, topic_id, n) SELECT person_id, NEW.topic_id, 1 FROM quotes WHERE id = NEW.quote_id ON CONFLICT (person_id, topic_id) DO UPDATE SET n = n + 1; END;
	CREATE TRIGGER quote_topics_facets_delete AFTER DELETE ON quote_topics BEGIN
		UPDATE person_topic_counts SET n = n - 1 WHERE topic_id = OLD.topic_id AND person_id = (SELECT person_id FROM quotes WHERE id = OLD.quote_id); DELETE FROM person_topic_counts WHERE topic_id = OLD.topic_id AND n <= 0; END;`,

	// 5: a counter every change to the public data bumps, in the same
	// transaction, so that any instance can tell with one read whether a
	// page it rendered earlier still shows the current data.
	`CREATE TABLE data_version (
		id INTEGER PRIMARY KEY CHECK (id = 1),
		version BIGINT NOT NULL
	);
	INSERT INTO data_version (id, version) VALUES (1, 1);
	CREATE TRIGGER data_version_quotes_insert AFTER INSERT ON quotes BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
	CREATE TRIGGER data_version_quotes_update AFTER UPDATE ON quotes BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
	CREATE TRIGGER data_version_quotes_delete AFTER DELETE ON quotes BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
	CREATE TRIGGER data_version_quote_topics_insert AFTER INSERT ON quote_topics BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
	CREATE TRIGGER data_version_quote_topics_update AFTER UPDATE ON quote_topics BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
	CREATE TRIGGER data_version_quote_topics_delete AFTER DELETE ON quote_topics BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
	CREATE TRIGGER data_version_people_insert AFTER INSERT ON people BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
	CREATE TRIGGER data_version_people_update AFTER UPDATE ON people BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
	CREATE TRIGGER data_version_people_delete AFTER DELETE ON people BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
	CREATE TRIGGER data_version_person_aliases_insert AFTER INSERT ON person_aliases BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
	CREATE TRIGGER data_version_person_aliases_update AFTER UPDATE ON person_aliases BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
	CREATE TRIGGER data_version_person_aliases_delete AFTER DELETE ON person_aliases BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
	CREATE TRIGGER data_version_articles_insert AFTER INSERT ON articles BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
	CREATE TRIGGER data_version_articles_update AFTER UPDATE ON articles BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
	CREATE TRIGGER data_version_articles_delete AFTER DELETE ON articles BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
	CREATE TRIGGER data_version_outlets_insert AFTER INSERT ON outlets BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
	CREATE TRIGGER data_version_outlets_update AFTER UPDATE ON outlets BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
	CREATE TRIGGER data_version_outlets_delete AFTER DELETE ON outlets BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
	CREATE TRIGGER data_version_outlet_domains_insert AFTER INSERT ON outlet_domains BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
	CREATE TRIGGER data_version_outlet_domains_update AFTER UPDATE ON outlet_domains BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
	CREATE TRIGGER data_version_outlet_domains_delete AFTER DELETE ON outlet_domains BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
	CREATE TRIGGER data_version_topics_insert AFTER INSERT ON topics BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
	CREATE TRIGGER data_version_topics_update AFTER UPDATE ON topics BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
	CREATE TRIGGER data_version_topics_delete AFTER DELETE ON topics BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;`,

	// 6: history. Every change an editor makes to a person, outlet,
	// article, quote or topic writes a revision in the same transaction:
	// the record's state after the change (before it, for a delete) as
	// JSON, who made it and why. A version number on each record lets a
	// form tell that someone saved over it since it was opened.
	`CREATE TABLE revisions (
		id {{id}},
		entity_type TEXT NOT NULL,
		entity_id BIGINT NOT NULL,
		version INTEGER NOT NULL,
		action TEXT NOT NULL,
		user_id BIGINT REFERENCES users (id) ON DELETE SET NULL,
		summary TEXT NOT NULL DEFAULT '',
		data TEXT NOT NULL,
		created_at {{timestamp}} NOT NULL
	);
	CREATE INDEX revisions_entity ON revisions (entity_type, entity_id, id);
	CREATE INDEX revisions_type ON revisions (entity_type, id);
	CREATE INDEX revisions_user ON revisions (user_id, id);
	CREATE INDEX revisions_deletes ON revisions (action, id);
	ALTER TABLE people ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
	ALTER TABLE outlets ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
	ALTER TABLE articles ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
	ALTER TABLE quotes ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
	ALTER TABLE topics ADD COLUMN version INTEGER NOT NULL DEFAULT 1;`,

	// 7: bulk loads count facets once per batch. While the importer's
	// (or a restore's) row is in quote_search_deferred, inserts into
	// quotes and quote_topics leave the facet counts and the data version
	// to the batch, which brings them up to date in a few set-based
	// statements at its end (bulkFacetsSQL); forms and every other write
	// still count row by row.
	`DROP TRIGGER quotes_facets_insert;
	CREATE TRIGGER quotes_facets_insert AFTER INSERT ON quotes WHEN NOT EXISTS (SELECT 1 FROM quote_search_deferred) BEGIN
		INSERT INTO person_year_counts (person_id, year, n) SELECT NEW.person_id, substr(NEW.sort_date, 1, 4), 1 WHERE NEW.sort_date <> '' ON CONFLICT (person_id, year) DO UPDATE SET n = n + 1; INSERT INTO person_outlet_counts (person_id, outlet_id, n) SELECT NEW.person_id, NEW.outlet_id, 1 WHERE NEW.outlet_id IS NOT NULL ON CONFLICT (person_id, outlet_id) DO UPDATE SET n = n + 1; END;
	DROP TRIGGER quote_topics_facets_insert;
	CREATE TRIGGER quote_topics_facets_insert AFTER INSERT ON quote_topics WHEN NOT EXISTS (SELECT 1 FROM quote_search_deferred) BEGIN
		INSERT INTO person_topic_counts (person_id, topic_id, n) SELECT person_id, NEW.topic_id, 1 FROM quotes WHERE id = NEW.quote_id ON CONFLICT (person_id, topic_id) DO UPDATE SET n = n + 1; END;
	DROP TRIGGER data_version_quotes_insert;
	CREATE TRIGGER data_version_quotes_insert AFTER INSERT ON quotes WHEN NOT EXISTS (SELECT 1 FROM quote_search_deferred) BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
	DROP TRIGGER data_version_quote_topics_insert;
	CREATE TRIGGER data_version_quote_topics_insert AFTER INSERT ON quote_topics WHEN NOT EXISTS (SELECT 1 FROM quote_search_deferred) BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;`,

	// 8: SQLite's search index keeps no copy of what it indexes. Searches
	// read only its rowids and bm25 ranks, and snippets are marked in Go,
	// so the copy FTS5 kept of every quote's text, speaker, title, outlets
	// and tags was a quarter of the database and a sixth of an import's
	// work. With contentless_delete, a row is still deleted or replaced
	// by its rowid alone, so the triggers stay as they are. PostgreSQL's
	// index never kept one (see postgresNoop).
	`DROP TABLE quote_fts;
	CREATE VIRTUAL TABLE quote_fts USING fts5(text, speaker, article, outlet, tags,
		content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 2');
	INSERT INTO quote_fts (rowid, text, speaker, article, outlet, tags) SELECT id, text, speaker, article, outlet, tags FROM quote_search_rows;`,
}

// facetTablesSQL makes migration 4's per-speaker count tables and fills
// them from the quotes there are; its triggers are each engine's own.
const facetTablesSQL = `CREATE TABLE person_year_counts (
		person_id BIGINT NOT NULL,
		year TEXT NOT NULL,
		n INTEGER NOT NULL,
		PRIMARY KEY (person_id, year)
	);
	CREATE TABLE person_outlet_counts (
		person_id BIGINT NOT NULL,
		outlet_id BIGINT NOT NULL,
		n INTEGER NOT NULL,
		PRIMARY KEY (person_id, outlet_id)
	);
	CREATE TABLE person_topic_counts (
		person_id BIGINT NOT NULL,
		topic_id BIGINT NOT NULL,
		n INTEGER NOT NULL,
		PRIMARY KEY (person_id, topic_id)
	);
	INSERT INTO person_year_counts (person_id, year, n)
		SELECT person_id, substr(sort_date, 1, 4), COUNT(*) FROM quotes WHERE sort_date <> '' GROUP BY 1, 2;
	INSERT INTO person_outlet_counts (person_id, outlet_id, n)
		SELECT person_id, outlet_id, COUNT(*) FROM quotes WHERE outlet_id IS NOT NULL GROUP BY 1, 2;
	INSERT INTO person_topic_counts (person_id, topic_id, n)
		SELECT q.person_id, qt.topic_id, COUNT(*) FROM quote_topics qt JOIN quotes q ON q.id = qt.quote_id GROUP BY 1, 2;`

// bulkFacetsSQL brings the facet counts up to date for the quotes with
// IDs from ? to ?, which a bulk load inserted while the per-row counting
// was off (migration 7). Each statement runs with the range's two ends as
// its arguments. On SQLite the load then bumps the data version itself
// (bumpDataVersionSQL); PostgreSQL's trigger does so once a transaction.
var bulkFacetsSQL = []string{
	`INSERT INTO person_year_counts AS c (person_id, year, n)
		SELECT person_id, substr(sort_date, 1, 4), COUNT(*) FROM quotes WHERE id BETWEEN ? AND ? AND sort_date <> '' GROUP BY 1, 2
		ON CONFLICT (person_id, year) DO UPDATE SET n = c.n + excluded.n`,
	`INSERT INTO person_outlet_counts AS c (person_id, outlet_id, n)
		SELECT person_id, outlet_id, COUNT(*) FROM quotes WHERE id BETWEEN ? AND ? AND outlet_id IS NOT NULL GROUP BY 1, 2
		ON CONFLICT (person_id, outlet_id) DO UPDATE SET n = c.n + excluded.n`,
	`INSERT INTO person_topic_counts AS c (person_id, topic_id, n)
		SELECT q.person_id, qt.topic_id, COUNT(*) FROM quote_topics qt JOIN quotes q ON q.id = qt.quote_id WHERE qt.quote_id BETWEEN ? AND ? GROUP BY 1, 2
		ON CONFLICT (person_id, topic_id) DO UPDATE SET n = c.n + excluded.n`,
}

// bumpDataVersionSQL marks the data changed, for a bulk load on SQLite.
const bumpDataVersionSQL = `UPDATE data_version SET version = version + 1 WHERE id = 1`

func (s *Store) expand(stmt string) string {
	id, ts := "INTEGER PRIMARY KEY AUTOINCREMENT", "DATETIME"
	if s.engine == Postgres {
		id, ts = "BIGSERIAL PRIMARY KEY", "TIMESTAMPTZ"
	}
	return strings.NewReplacer("{{id}}", id, "{{timestamp}}", ts,
		"{{search_index_v2}}", searchIndexSQL[s.engine]).Replace(stmt)
}

// migration is the text of migration v for the store's engine: its own
// variant when it has one (see migrationVariants), else the shipped one.
func (s *Store) migration(v int) string {
	if sql, ok := migrationVariants[s.engine][v]; ok {
		return sql
	}
	return migrations[v-1]
}

// migrate applies every migration the database has not seen yet, each in
// its own transaction together with the row that records it.
func (s *Store) migrate(ctx context.Context, logger *slog.Logger) error {
	db := s.db.WithContext(ctx)
	// Instances starting together on one PostgreSQL database take turns
	// (lockWrites); each migration is checked again under the lock.
	err := db.Transaction(func(tx *gorm.DB) error {
		if err := s.lockWrites(tx); err != nil {
			return err
		}
		return tx.Exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
			version INTEGER PRIMARY KEY,
			applied_at ` + s.expand("{{timestamp}}") + ` NOT NULL)`).Error
	})
	if err != nil {
		return fmt.Errorf("create schema_migrations: %w", err)
	}
	var current int
	if err := db.Raw(`SELECT COALESCE(MAX(version), 0) FROM schema_migrations`).Scan(&current).Error; err != nil {
		return fmt.Errorf("read schema version: %w", err)
	}
	if current > len(migrations) {
		return fmt.Errorf("database schema version %d is newer than this program (%d): upgrade quotetrail", current, len(migrations))
	}
	for v := current + 1; v <= len(migrations); v++ {
		start := time.Now()
		if logger != nil && current > 0 {
			logger.Info("upgrading the database", "migration", v, "of", len(migrations))
		}
		err := db.Transaction(func(tx *gorm.DB) error {
			if err := s.lockWrites(tx); err != nil {
				return err
			}
			var applied int64
			if err := tx.Raw(`SELECT count(*) FROM schema_migrations WHERE version = ?`, v).Scan(&applied).Error; err != nil || applied > 0 {
				return err // another instance applied it meanwhile
			}
			for _, stmt := range splitStatements(s.expand(s.migration(v))) {
				if err := tx.Exec(stmt).Error; err != nil {
					return fmt.Errorf("%w\n%s", err, stmt)
				}
			}
			return tx.Exec(`INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)`, v, time.Now().UTC()).Error
		})
		if err != nil {
			return fmt.Errorf("migration %d: %w", v, err)
		}
		if logger != nil && current > 0 {
			logger.Info("upgraded the database", "migration", v, "took", time.Since(start).Round(time.Millisecond))
		}
	}
	return nil
}

// SchemaVersion reports the newest migration applied.
func (s *Store) SchemaVersion(ctx context.Context) (int, error) {
	var v int
	err := s.db.WithContext(ctx).Raw(`SELECT COALESCE(MAX(version), 0) FROM schema_migrations`).Scan(&v).Error
	return v, err
}

// splitStatements cuts a migration into statements at semicolons that end
// a line, except inside a $$-quoted body (PostgreSQL's functions); the
// migrations hold no other semicolons inside literals.
func splitStatements(sql string) []string {
	var out []string
	stmt := ""
	for _, part := range strings.Split(sql, ";\n") {
		stmt += part
		if strings.Count(stmt, "$$")%2 == 1 {
			stmt += ";\n" // inside a body: the statement goes on
			continue
		}
		stmt = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(stmt), ";"))
		if stmt != "" {
			out = append(out, stmt)
		}
		stmt = ""
	}
	return out
}
