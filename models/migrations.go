package models

import (
	"context"
	"fmt"
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
}

func (s *Store) expand(stmt string) string {
	id, ts := "INTEGER PRIMARY KEY AUTOINCREMENT", "DATETIME"
	if s.dialect == Postgres {
		id, ts = "BIGSERIAL PRIMARY KEY", "TIMESTAMPTZ"
	}
	return strings.NewReplacer("{{id}}", id, "{{timestamp}}", ts,
		"{{search_index_v2}}", searchIndexSQL[s.dialect]).Replace(stmt)
}

// migrate applies every migration the database has not seen yet, each in
// its own transaction together with the row that records it.
func (s *Store) migrate(ctx context.Context) error {
	db := s.db.WithContext(ctx)
	if err := db.Exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
		version INTEGER PRIMARY KEY,
		applied_at ` + s.expand("{{timestamp}}") + ` NOT NULL)`).Error; err != nil {
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
		err := db.Transaction(func(tx *gorm.DB) error {
			for _, stmt := range splitStatements(s.expand(migrations[v-1])) {
				if err := tx.Exec(stmt).Error; err != nil {
					return fmt.Errorf("%w\n%s", err, stmt)
				}
			}
			return tx.Exec(`INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)`, v, time.Now().UTC()).Error
		})
		if err != nil {
			return fmt.Errorf("migration %d: %w", v, err)
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
// a line; the migrations hold no semicolons inside literals.
func splitStatements(sql string) []string {
	var out []string
	for _, part := range strings.Split(sql, ";\n") {
		part = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(part), ";"))
		if part != "" {
			out = append(out, part)
		}
	}
	return out
}
