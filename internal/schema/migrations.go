package schema

// A migration is one step of the schema: the SQL each engine runs for it.
// Most steps are the same SQL on both engines but for the types of keys
// and times (see both); where the engines' SQL differs (triggers, the
// search index), the two texts stand side by side.
type migration struct {
	sqlite, postgres string
}

// both is a migration whose SQL is the same on both engines, written with
// each engine's types of keys and times.
func both(sql func(d *dialect) string) migration {
	return migration{sqlite: sql(&sqliteDialect), postgres: sql(&postgresDialect)}
}

// migrations is the ordered, append-only list of schema changes: the
// schema version is its length. Never edit or reorder an entry that has
// shipped; add a new one at the end.
var migrations = []migration{
	// 1: the core domain.
	both(func(d *dialect) string {
		return `CREATE TABLE outlets (
		id ` + d.id + `,
		name TEXT NOT NULL,
		slug TEXT NOT NULL UNIQUE,
		kind TEXT NOT NULL DEFAULT 'news',
		home_url TEXT NOT NULL DEFAULT '',
		article_count INTEGER NOT NULL DEFAULT 0,
		created_at ` + d.timestamp + ` NOT NULL,
		updated_at ` + d.timestamp + ` NOT NULL
	);
	CREATE UNIQUE INDEX outlets_name_key ON outlets (lower(name));
	CREATE TABLE outlet_domains (
		outlet_id BIGINT NOT NULL REFERENCES outlets (id) ON DELETE CASCADE,
		domain TEXT NOT NULL UNIQUE,
		PRIMARY KEY (outlet_id, domain)
	);
	CREATE TABLE people (
		id ` + d.id + `,
		name TEXT NOT NULL,
		slug TEXT NOT NULL UNIQUE,
		sort_name TEXT NOT NULL,
		kind TEXT NOT NULL DEFAULT 'person',
		description TEXT NOT NULL DEFAULT '',
		wikidata_id TEXT NOT NULL DEFAULT '',
		quote_count INTEGER NOT NULL DEFAULT 0,
		created_at ` + d.timestamp + ` NOT NULL,
		updated_at ` + d.timestamp + ` NOT NULL
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
		id ` + d.id + `,
		title TEXT NOT NULL,
		url TEXT,
		outlet_id BIGINT REFERENCES outlets (id) ON DELETE RESTRICT,
		authors TEXT NOT NULL DEFAULT '',
		published_on DATE,
		accessed_on DATE,
		body TEXT NOT NULL DEFAULT '',
		quote_count INTEGER NOT NULL DEFAULT 0,
		created_at ` + d.timestamp + ` NOT NULL,
		updated_at ` + d.timestamp + ` NOT NULL
	);
	CREATE UNIQUE INDEX articles_url_key ON articles (url);
	CREATE INDEX articles_outlet ON articles (outlet_id, published_on DESC, id DESC);
	CREATE INDEX articles_recent ON articles (created_at DESC, id DESC);
	CREATE TABLE topics (
		id ` + d.id + `,
		name TEXT NOT NULL,
		slug TEXT NOT NULL UNIQUE,
		quote_count INTEGER NOT NULL DEFAULT 0,
		created_at ` + d.timestamp + ` NOT NULL,
		updated_at ` + d.timestamp + ` NOT NULL
	);
	CREATE UNIQUE INDEX topics_name_key ON topics (lower(name));
	CREATE TABLE quotes (
		id ` + d.id + `,
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
		created_at ` + d.timestamp + ` NOT NULL,
		updated_at ` + d.timestamp + ` NOT NULL
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
	CREATE INDEX quote_topics_topic ON quote_topics (topic_id, quote_id);`
	}),

	// 2: full-text search and import fingerprints. The fingerprint (set by
	// the importer) makes re-importing a file add nothing twice.
	//
	// SQLite's index is an FTS5 table whose rowid is the quote's id. Its
	// columns are what people search (the quote's text, its speaker's name
	// and aliases, the article's title, the outlet's and via outlet's names)
	// plus "tags": tokens such as qqtp12 (person 12), qqto3 (outlet), qqtv4
	// (via), qqtt7 (topic), qqtkdirect, qqtsverified, qqty2022 and
	// qqtm202205 (the quote's year and month) that make every filter part of
	// the MATCH, so a filtered search intersects posting lists instead of
	// joining a million rows. No word of text starts with qqt, so typed words
	// need no column filter to stay out of the tags (see query.ParseQuery).
	//
	// PostgreSQL's is one tsvector a quote in quote_search, with a GIN
	// index. The document's parts carry weights, so that field:word
	// searches and ranking tell them apart: the quote's text A, its
	// speaker's name and aliases B, the article's title C, the outlet's and
	// via outlet's names D. Words are folded as query.IndexWords folds the
	// words searched for and marked (quote_search_words): lower case,
	// diacritics dropped, anything but letters and digits a separator, as
	// FTS5's tokenizer does, and compatibility forms decomposed too (the
	// "ﬁ" ligature finds "fi"); the 'simple' configuration neither stems
	// nor drops stop words. A lexeme "#" stands between the parts, so that
	// a phrase does not run from one into the next (FTS5 keeps its columns
	// apart). The filter tags are the same as on SQLite but start with "#"
	// (#p12 for person 12, #y2022, #m202205, ...), a character no word of
	// the text keeps, so typed words and prefixes never reach them. They
	// have no position and are left out of ranking.
	//
	// quote_search_years lists the years quotes were dated (it only grows: a
	// year with no quotes left costs one empty count), so a search sorted by
	// date can walk them.
	//
	// Triggers keep the index in step with every write to quotes, people,
	// aliases, articles, outlets and topics, so no Go write path can forget
	// it. quote_search_deferred lets the importer switch the per-row trigger
	// off inside its own batch transaction and index the batch in one
	// statement at its end (see importer.WriteBatch); no other connection ever
	// sees that row.
	{
		sqlite: fingerprintsSQL + `CREATE VIRTUAL TABLE quote_fts USING fts5(text, speaker, article, outlet, tags,
		tokenize = 'unicode61 remove_diacritics 2');
	CREATE TABLE quote_search_years (year TEXT PRIMARY KEY);
	CREATE TABLE quote_search_deferred (on_batch INTEGER PRIMARY KEY);
	CREATE VIEW quote_search_rows AS
	SELECT q.id AS id, q.text AS text,
		p.name || COALESCE(' ' || (SELECT group_concat(alias, ' ') FROM person_aliases WHERE person_id = p.id), '') AS speaker,
		a.title AS article,
		trim(COALESCE(o.name, '') || ' ' || COALESCE(v.name, '')) AS outlet,
		'qqtp' || q.person_id || ' qqta' || q.article_id || COALESCE(' qqto' || q.outlet_id, '') || COALESCE(' qqtv' || q.via_outlet_id, '')
			|| ' qqtk' || q.kind || ' qqts' || q.status
			|| CASE WHEN q.sort_date <> '' THEN ' qqty' || substr(q.sort_date, 1, 4) || ' qqtm' || substr(q.sort_date, 1, 4) || substr(q.sort_date, 6, 2) ELSE '' END
			|| COALESCE(' ' || (SELECT group_concat('qqtt' || topic_id, ' ') FROM quote_topics WHERE quote_id = q.id), '') AS tags,
		q.person_id AS person_id, q.article_id AS article_id, q.outlet_id AS outlet_id, q.via_outlet_id AS via_outlet_id
	FROM quotes q
	JOIN people p ON p.id = q.person_id
	JOIN articles a ON a.id = q.article_id
	LEFT JOIN outlets o ON o.id = q.outlet_id
	LEFT JOIN outlets v ON v.id = q.via_outlet_id;
	CREATE TRIGGER quotes_search_insert AFTER INSERT ON quotes WHEN NOT EXISTS (SELECT 1 FROM quote_search_deferred) BEGIN
		INSERT OR REPLACE INTO quote_fts (rowid, text, speaker, article, outlet, tags) SELECT id, text, speaker, article, outlet, tags FROM quote_search_rows WHERE id = NEW.id; INSERT OR IGNORE INTO quote_search_years (year) SELECT substr(NEW.sort_date, 1, 4) WHERE NEW.sort_date <> ''; END;
	CREATE TRIGGER quotes_search_update AFTER UPDATE OF text, person_id, article_id, outlet_id, via_outlet_id, kind, status, sort_date ON quotes BEGIN
		INSERT OR REPLACE INTO quote_fts (rowid, text, speaker, article, outlet, tags) SELECT id, text, speaker, article, outlet, tags FROM quote_search_rows WHERE id = NEW.id; INSERT OR IGNORE INTO quote_search_years (year) SELECT substr(NEW.sort_date, 1, 4) WHERE NEW.sort_date <> ''; END;
	CREATE TRIGGER quotes_search_delete AFTER DELETE ON quotes BEGIN
		DELETE FROM quote_fts WHERE rowid = OLD.id; END;
	CREATE TRIGGER people_search_update AFTER UPDATE OF name ON people WHEN OLD.name IS NOT NEW.name BEGIN
		INSERT OR REPLACE INTO quote_fts (rowid, text, speaker, article, outlet, tags) SELECT id, text, speaker, article, outlet, tags FROM quote_search_rows WHERE person_id = NEW.id; END;
	CREATE TRIGGER aliases_search_insert AFTER INSERT ON person_aliases BEGIN
		INSERT OR REPLACE INTO quote_fts (rowid, text, speaker, article, outlet, tags) SELECT id, text, speaker, article, outlet, tags FROM quote_search_rows WHERE person_id = NEW.person_id; END;
	CREATE TRIGGER aliases_search_delete AFTER DELETE ON person_aliases BEGIN
		INSERT OR REPLACE INTO quote_fts (rowid, text, speaker, article, outlet, tags) SELECT id, text, speaker, article, outlet, tags FROM quote_search_rows WHERE person_id = OLD.person_id; END;
	CREATE TRIGGER articles_search_update AFTER UPDATE OF title ON articles WHEN OLD.title IS NOT NEW.title BEGIN
		INSERT OR REPLACE INTO quote_fts (rowid, text, speaker, article, outlet, tags) SELECT id, text, speaker, article, outlet, tags FROM quote_search_rows WHERE article_id = NEW.id; END;
	CREATE TRIGGER outlets_search_update AFTER UPDATE OF name ON outlets WHEN OLD.name IS NOT NEW.name BEGIN
		INSERT OR REPLACE INTO quote_fts (rowid, text, speaker, article, outlet, tags) SELECT id, text, speaker, article, outlet, tags FROM quote_search_rows WHERE outlet_id = NEW.id OR via_outlet_id = NEW.id; END;
	CREATE TRIGGER quote_topics_search_insert AFTER INSERT ON quote_topics WHEN NOT EXISTS (SELECT 1 FROM quote_search_deferred) BEGIN
		INSERT OR REPLACE INTO quote_fts (rowid, text, speaker, article, outlet, tags) SELECT id, text, speaker, article, outlet, tags FROM quote_search_rows WHERE id = NEW.quote_id; END;
	CREATE TRIGGER quote_topics_search_delete AFTER DELETE ON quote_topics BEGIN
		INSERT OR REPLACE INTO quote_fts (rowid, text, speaker, article, outlet, tags) SELECT id, text, speaker, article, outlet, tags FROM quote_search_rows WHERE id = OLD.quote_id; END;
	INSERT INTO quote_fts (rowid, text, speaker, article, outlet, tags) SELECT id, text, speaker, article, outlet, tags FROM quote_search_rows;
	INSERT OR IGNORE INTO quote_search_years (year) SELECT DISTINCT substr(sort_date, 1, 4) FROM quotes WHERE sort_date <> ''`,
		postgres: fingerprintsSQL + `CREATE FUNCTION quote_search_words(t text) RETURNS text
		LANGUAGE sql IMMUTABLE PARALLEL SAFE
		AS $$ SELECT regexp_replace(regexp_replace(normalize(lower(t), NFKD), '[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]', '', 'g'), '[^[:alnum:]]+', ' ', 'g') $$;
	CREATE TABLE quote_search (
		quote_id BIGINT PRIMARY KEY,
		document tsvector NOT NULL
	);
	CREATE INDEX quote_search_document ON quote_search USING gin (document);
	CREATE TABLE quote_search_years (year TEXT PRIMARY KEY);
	CREATE TABLE quote_search_deferred (on_batch INTEGER PRIMARY KEY);
	CREATE VIEW quote_search_rows AS
	SELECT q.id AS id,
		setweight(to_tsvector('simple', quote_search_words(q.text)), 'A') || CAST('#:1' AS tsvector)
		|| setweight(to_tsvector('simple', quote_search_words(p.name || COALESCE(' ' || (SELECT string_agg(alias, ' ') FROM person_aliases WHERE person_id = p.id), ''))), 'B') || CAST('#:1' AS tsvector)
		|| setweight(to_tsvector('simple', quote_search_words(a.title)), 'C') || CAST('#:1' AS tsvector)
		|| setweight(to_tsvector('simple', quote_search_words(COALESCE(o.name, '') || ' ' || COALESCE(v.name, ''))), 'D')
		|| array_to_tsvector(array_remove(ARRAY['#p' || q.person_id, '#a' || q.article_id, '#o' || q.outlet_id, '#v' || q.via_outlet_id,
			'#k' || q.kind, '#s' || q.status,
			CASE WHEN q.sort_date <> '' THEN '#y' || substr(q.sort_date, 1, 4) END,
			CASE WHEN q.sort_date <> '' THEN '#m' || substr(q.sort_date, 1, 4) || substr(q.sort_date, 6, 2) END], NULL)
			|| ARRAY(SELECT '#t' || topic_id FROM quote_topics WHERE quote_id = q.id)) AS document,
		q.person_id AS person_id, q.article_id AS article_id, q.outlet_id AS outlet_id, q.via_outlet_id AS via_outlet_id
	FROM quotes q
	JOIN people p ON p.id = q.person_id
	JOIN articles a ON a.id = q.article_id
	LEFT JOIN outlets o ON o.id = q.outlet_id
	LEFT JOIN outlets v ON v.id = q.via_outlet_id;
	CREATE FUNCTION quote_search_quotes() RETURNS trigger LANGUAGE plpgsql AS $$
	BEGIN
		IF TG_OP = 'DELETE' THEN
			DELETE FROM quote_search WHERE quote_id = OLD.id;
			RETURN NULL;
		END IF;
		IF TG_OP = 'INSERT' AND EXISTS (SELECT 1 FROM quote_search_deferred) THEN
			RETURN NULL;
		END IF;
		INSERT INTO quote_search (quote_id, document) SELECT id, document FROM quote_search_rows WHERE id = NEW.id
			ON CONFLICT (quote_id) DO UPDATE SET document = EXCLUDED.document;
		IF NEW.sort_date <> '' THEN
			INSERT INTO quote_search_years (year) VALUES (substr(NEW.sort_date, 1, 4)) ON CONFLICT DO NOTHING;
		END IF;
		RETURN NULL;
	END $$;
	CREATE TRIGGER quotes_search_insert AFTER INSERT ON quotes FOR EACH ROW EXECUTE FUNCTION quote_search_quotes();
	CREATE TRIGGER quotes_search_update AFTER UPDATE OF text, person_id, article_id, outlet_id, via_outlet_id, kind, status, sort_date ON quotes
		FOR EACH ROW EXECUTE FUNCTION quote_search_quotes();
	CREATE TRIGGER quotes_search_delete AFTER DELETE ON quotes FOR EACH ROW EXECUTE FUNCTION quote_search_quotes();
	CREATE FUNCTION quote_search_refresh(ids bigint[]) RETURNS void LANGUAGE sql AS $$
		INSERT INTO quote_search (quote_id, document) SELECT id, document FROM quote_search_rows WHERE id = ANY (ids)
			ON CONFLICT (quote_id) DO UPDATE SET document = EXCLUDED.document $$;
	CREATE FUNCTION quote_search_people() RETURNS trigger LANGUAGE plpgsql AS $$
	BEGIN
		PERFORM quote_search_refresh(ARRAY(SELECT id FROM quotes WHERE person_id = NEW.id));
		RETURN NULL;
	END $$;
	CREATE FUNCTION quote_search_aliases() RETURNS trigger LANGUAGE plpgsql AS $$
	BEGIN
		IF TG_OP = 'DELETE' THEN
			PERFORM quote_search_refresh(ARRAY(SELECT id FROM quotes WHERE person_id = OLD.person_id));
		ELSE
			PERFORM quote_search_refresh(ARRAY(SELECT id FROM quotes WHERE person_id = NEW.person_id));
		END IF;
		RETURN NULL;
	END $$;
	CREATE FUNCTION quote_search_articles() RETURNS trigger LANGUAGE plpgsql AS $$
	BEGIN
		PERFORM quote_search_refresh(ARRAY(SELECT id FROM quotes WHERE article_id = NEW.id));
		RETURN NULL;
	END $$;
	CREATE FUNCTION quote_search_outlets() RETURNS trigger LANGUAGE plpgsql AS $$
	BEGIN
		PERFORM quote_search_refresh(ARRAY(SELECT id FROM quotes WHERE outlet_id = NEW.id OR via_outlet_id = NEW.id));
		RETURN NULL;
	END $$;
	CREATE FUNCTION quote_search_topics() RETURNS trigger LANGUAGE plpgsql AS $$
	BEGIN
		IF TG_OP = 'DELETE' THEN
			PERFORM quote_search_refresh(ARRAY[OLD.quote_id]);
		ELSIF NOT EXISTS (SELECT 1 FROM quote_search_deferred) THEN
			PERFORM quote_search_refresh(ARRAY[NEW.quote_id]);
		END IF;
		RETURN NULL;
	END $$;
	CREATE TRIGGER people_search_update AFTER UPDATE OF name ON people
		FOR EACH ROW WHEN (OLD.name IS DISTINCT FROM NEW.name) EXECUTE FUNCTION quote_search_people();
	CREATE TRIGGER aliases_search_insert AFTER INSERT ON person_aliases FOR EACH ROW EXECUTE FUNCTION quote_search_aliases();
	CREATE TRIGGER aliases_search_delete AFTER DELETE ON person_aliases FOR EACH ROW EXECUTE FUNCTION quote_search_aliases();
	CREATE TRIGGER articles_search_update AFTER UPDATE OF title ON articles
		FOR EACH ROW WHEN (OLD.title IS DISTINCT FROM NEW.title) EXECUTE FUNCTION quote_search_articles();
	CREATE TRIGGER outlets_search_update AFTER UPDATE OF name ON outlets
		FOR EACH ROW WHEN (OLD.name IS DISTINCT FROM NEW.name) EXECUTE FUNCTION quote_search_outlets();
	CREATE TRIGGER quote_topics_search_insert AFTER INSERT ON quote_topics FOR EACH ROW EXECUTE FUNCTION quote_search_topics();
	CREATE TRIGGER quote_topics_search_delete AFTER DELETE ON quote_topics FOR EACH ROW EXECUTE FUNCTION quote_search_topics();
	INSERT INTO quote_search (quote_id, document) SELECT id, document FROM quote_search_rows;
	INSERT INTO quote_search_years (year) SELECT DISTINCT substr(sort_date, 1, 4) FROM quotes WHERE sort_date <> '' ON CONFLICT DO NOTHING`,
	},

	// 3: editors. Users sign in with a password (or set one through an
	// invite link); sessions and failed logins live here rather than in
	// memory so that several app instances share them; app_secrets holds
	// keys every instance must agree on (the CSRF signing key).
	both(func(d *dialect) string {
		return `CREATE TABLE users (
		id ` + d.id + `,
		email TEXT NOT NULL,
		name TEXT NOT NULL DEFAULT '',
		role TEXT NOT NULL DEFAULT 'editor',
		password_hash TEXT NOT NULL DEFAULT '',
		invite_hash TEXT UNIQUE,
		invite_expires_at ` + d.timestamp + `,
		disabled_at ` + d.timestamp + `,
		last_login_at ` + d.timestamp + `,
		created_at ` + d.timestamp + ` NOT NULL,
		updated_at ` + d.timestamp + ` NOT NULL
	);
	CREATE UNIQUE INDEX users_email_key ON users (lower(email));
	CREATE TABLE sessions (
		id ` + d.id + `,
		token_hash TEXT NOT NULL UNIQUE,
		user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
		csrf_token TEXT NOT NULL,
		created_at ` + d.timestamp + ` NOT NULL,
		last_seen_at ` + d.timestamp + ` NOT NULL
	);
	CREATE INDEX sessions_user ON sessions (user_id);
	CREATE TABLE login_failures (
		id ` + d.id + `,
		email TEXT NOT NULL,
		address TEXT NOT NULL,
		failed_at ` + d.timestamp + ` NOT NULL
	);
	CREATE INDEX login_failures_email ON login_failures (email, failed_at);
	CREATE INDEX login_failures_address ON login_failures (address, failed_at);
	CREATE TABLE app_secrets (
		name TEXT PRIMARY KEY,
		value TEXT NOT NULL
	);`
	}),

	// 4: per-speaker facet counts, so a speaker's page lists years,
	// outlets and topics without scanning all of the speaker's quotes.
	// Triggers on quotes and quote_topics keep them exact on every write
	// (forms, review, importer, demo), so no Go write path can forget
	// them. Rows that fall to zero are deleted. A quote's topics are taken
	// off in a BEFORE DELETE trigger, while the quote still names its
	// speaker, rather than left to the ON DELETE CASCADE. PostgreSQL has
	// the same tables and the same trigger logic, as plpgsql functions.
	{
		sqlite: facetTablesSQL + `
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
		postgres: facetTablesSQL + `
	CREATE FUNCTION quotes_facets() RETURNS trigger LANGUAGE plpgsql AS $$
	BEGIN
		IF TG_OP = 'INSERT' AND EXISTS (SELECT 1 FROM quote_search_deferred) THEN
			RETURN NULL; -- a bulk load counts its own (bulkFacetsSQL)
		END IF;
		IF TG_OP IN ('UPDATE', 'DELETE') THEN
			UPDATE person_year_counts SET n = n - 1 WHERE person_id = OLD.person_id AND year = substr(OLD.sort_date, 1, 4) AND OLD.sort_date <> '';
			DELETE FROM person_year_counts WHERE person_id = OLD.person_id AND n <= 0;
			UPDATE person_outlet_counts SET n = n - 1 WHERE person_id = OLD.person_id AND outlet_id = OLD.outlet_id;
			DELETE FROM person_outlet_counts WHERE person_id = OLD.person_id AND n <= 0;
		END IF;
		IF TG_OP IN ('INSERT', 'UPDATE') THEN
			IF NEW.sort_date <> '' THEN
				INSERT INTO person_year_counts AS c (person_id, year, n) VALUES (NEW.person_id, substr(NEW.sort_date, 1, 4), 1)
					ON CONFLICT (person_id, year) DO UPDATE SET n = c.n + 1;
			END IF;
			IF NEW.outlet_id IS NOT NULL THEN
				INSERT INTO person_outlet_counts AS c (person_id, outlet_id, n) VALUES (NEW.person_id, NEW.outlet_id, 1)
					ON CONFLICT (person_id, outlet_id) DO UPDATE SET n = c.n + 1;
			END IF;
		END IF;
		RETURN NULL;
	END $$;
	CREATE TRIGGER quotes_facets_insert AFTER INSERT ON quotes FOR EACH ROW EXECUTE FUNCTION quotes_facets();
	CREATE TRIGGER quotes_facets_delete AFTER DELETE ON quotes FOR EACH ROW EXECUTE FUNCTION quotes_facets();
	CREATE TRIGGER quotes_facets_update AFTER UPDATE OF person_id, outlet_id, sort_date ON quotes FOR EACH ROW
		WHEN (OLD.person_id IS DISTINCT FROM NEW.person_id OR OLD.outlet_id IS DISTINCT FROM NEW.outlet_id
			OR substr(OLD.sort_date, 1, 4) IS DISTINCT FROM substr(NEW.sort_date, 1, 4))
		EXECUTE FUNCTION quotes_facets();
	CREATE FUNCTION quotes_facets_delete_topics() RETURNS trigger LANGUAGE plpgsql AS $$
	BEGIN
		DELETE FROM quote_topics WHERE quote_id = OLD.id;
		RETURN OLD;
	END $$;
	CREATE TRIGGER quotes_facets_delete_topics BEFORE DELETE ON quotes FOR EACH ROW EXECUTE FUNCTION quotes_facets_delete_topics();
	CREATE FUNCTION quotes_facets_move_topics() RETURNS trigger LANGUAGE plpgsql AS $$
	BEGIN
		UPDATE person_topic_counts SET n = n - 1 WHERE person_id = OLD.person_id AND topic_id IN (SELECT topic_id FROM quote_topics WHERE quote_id = NEW.id);
		DELETE FROM person_topic_counts WHERE person_id = OLD.person_id AND n <= 0;
		INSERT INTO person_topic_counts AS c (person_id, topic_id, n) SELECT NEW.person_id, topic_id, 1 FROM quote_topics WHERE quote_id = NEW.id
			ON CONFLICT (person_id, topic_id) DO UPDATE SET n = c.n + 1;
		RETURN NULL;
	END $$;
	CREATE TRIGGER quotes_facets_move_topics AFTER UPDATE OF person_id ON quotes FOR EACH ROW
		WHEN (OLD.person_id IS DISTINCT FROM NEW.person_id) EXECUTE FUNCTION quotes_facets_move_topics();
	CREATE FUNCTION quote_topics_facets() RETURNS trigger LANGUAGE plpgsql AS $$
	BEGIN
		IF TG_OP = 'INSERT' THEN
			IF EXISTS (SELECT 1 FROM quote_search_deferred) THEN
				RETURN NULL; -- a bulk load counts its own (bulkFacetsSQL)
			END IF;
			INSERT INTO person_topic_counts AS c (person_id, topic_id, n) SELECT person_id, NEW.topic_id, 1 FROM quotes WHERE id = NEW.quote_id
				ON CONFLICT (person_id, topic_id) DO UPDATE SET n = c.n + 1;
		ELSE
			UPDATE person_topic_counts SET n = n - 1 WHERE topic_id = OLD.topic_id AND person_id = (SELECT person_id FROM quotes WHERE id = OLD.quote_id);
			DELETE FROM person_topic_counts WHERE topic_id = OLD.topic_id AND n <= 0;
		END IF;
		RETURN NULL;
	END $$;
	CREATE TRIGGER quote_topics_facets_insert AFTER INSERT ON quote_topics FOR EACH ROW EXECUTE FUNCTION quote_topics_facets();
	CREATE TRIGGER quote_topics_facets_delete AFTER DELETE ON quote_topics FOR EACH ROW EXECUTE FUNCTION quote_topics_facets()`,
	},

	// 5: a counter every change to the public data bumps, in the same
	// transaction, so that any instance can tell with one read whether a
	// page it rendered earlier still shows the current data.
	// PostgreSQL bumps the version once a transaction, at its first change
	// (a transaction-local setting remembers it): a version tells whether
	// anything changed, not how much, and PostgreSQL keeps every version of
	// a row one transaction updates, so that an import's batch of ten
	// thousand rows bumping it on each would walk ever longer chains of
	// them (it made imports ten times slower).
	{
		sqlite: `CREATE TABLE data_version (
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
		postgres: `CREATE TABLE data_version (
		id INTEGER PRIMARY KEY CHECK (id = 1),
		version BIGINT NOT NULL
	);
	INSERT INTO data_version (id, version) VALUES (1, 1);
	CREATE FUNCTION data_version_bump() RETURNS trigger LANGUAGE plpgsql AS $$
	BEGIN
		IF current_setting('quotetrail.data_version_bumped', true) IS DISTINCT FROM 'on' THEN
			UPDATE data_version SET version = version + 1 WHERE id = 1;
			PERFORM set_config('quotetrail.data_version_bumped', 'on', true);
		END IF;
		RETURN NULL;
	END $$;
	CREATE TRIGGER data_version_quotes AFTER INSERT OR UPDATE OR DELETE ON quotes FOR EACH STATEMENT EXECUTE FUNCTION data_version_bump();
	CREATE TRIGGER data_version_quote_topics AFTER INSERT OR UPDATE OR DELETE ON quote_topics FOR EACH STATEMENT EXECUTE FUNCTION data_version_bump();
	CREATE TRIGGER data_version_people AFTER INSERT OR UPDATE OR DELETE ON people FOR EACH STATEMENT EXECUTE FUNCTION data_version_bump();
	CREATE TRIGGER data_version_person_aliases AFTER INSERT OR UPDATE OR DELETE ON person_aliases FOR EACH STATEMENT EXECUTE FUNCTION data_version_bump();
	CREATE TRIGGER data_version_articles AFTER INSERT OR UPDATE OR DELETE ON articles FOR EACH STATEMENT EXECUTE FUNCTION data_version_bump();
	CREATE TRIGGER data_version_outlets AFTER INSERT OR UPDATE OR DELETE ON outlets FOR EACH STATEMENT EXECUTE FUNCTION data_version_bump();
	CREATE TRIGGER data_version_outlet_domains AFTER INSERT OR UPDATE OR DELETE ON outlet_domains FOR EACH STATEMENT EXECUTE FUNCTION data_version_bump();
	CREATE TRIGGER data_version_topics AFTER INSERT OR UPDATE OR DELETE ON topics FOR EACH STATEMENT EXECUTE FUNCTION data_version_bump()`,
	},

	// 6: history. Every change an editor makes to a person, outlet,
	// article, quote or topic writes a revision in the same transaction:
	// the record's state after the change (before it, for a delete) as
	// JSON, who made it and why. A version number on each record lets a
	// form tell that someone saved over it since it was opened.
	both(func(d *dialect) string {
		return `CREATE TABLE revisions (
		id ` + d.id + `,
		entity_type TEXT NOT NULL,
		entity_id BIGINT NOT NULL,
		version INTEGER NOT NULL,
		action TEXT NOT NULL,
		user_id BIGINT REFERENCES users (id) ON DELETE SET NULL,
		summary TEXT NOT NULL DEFAULT '',
		data TEXT NOT NULL,
		created_at ` + d.timestamp + ` NOT NULL
	);
	CREATE INDEX revisions_entity ON revisions (entity_type, entity_id, id);
	CREATE INDEX revisions_type ON revisions (entity_type, id);
	CREATE INDEX revisions_user ON revisions (user_id, id);
	CREATE INDEX revisions_deletes ON revisions (action, id);
	ALTER TABLE people ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
	ALTER TABLE outlets ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
	ALTER TABLE articles ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
	ALTER TABLE quotes ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
	ALTER TABLE topics ADD COLUMN version INTEGER NOT NULL DEFAULT 1;`
	}),

	// 7: bulk loads count facets once per batch. While the importer's
	// (or a restore's) row is in quote_search_deferred, inserts into
	// quotes and quote_topics leave the facet counts and the data version
	// to the batch, which brings them up to date in a few set-based
	// statements at its end (BulkFacetsSQL); forms and every other write
	// still count row by row.
	// PostgreSQL has nothing to do: its schema first shipped with migration
	// 4's facet functions already leaving a bulk load's inserts to the
	// load's own count, and its data version is bumped once a transaction.
	{
		sqlite: `DROP TRIGGER quotes_facets_insert;
	CREATE TRIGGER quotes_facets_insert AFTER INSERT ON quotes WHEN NOT EXISTS (SELECT 1 FROM quote_search_deferred) BEGIN
		INSERT INTO person_year_counts (person_id, year, n) SELECT NEW.person_id, substr(NEW.sort_date, 1, 4), 1 WHERE NEW.sort_date <> '' ON CONFLICT (person_id, year) DO UPDATE SET n = n + 1; INSERT INTO person_outlet_counts (person_id, outlet_id, n) SELECT NEW.person_id, NEW.outlet_id, 1 WHERE NEW.outlet_id IS NOT NULL ON CONFLICT (person_id, outlet_id) DO UPDATE SET n = n + 1; END;
	DROP TRIGGER quote_topics_facets_insert;
	CREATE TRIGGER quote_topics_facets_insert AFTER INSERT ON quote_topics WHEN NOT EXISTS (SELECT 1 FROM quote_search_deferred) BEGIN
		INSERT INTO person_topic_counts (person_id, topic_id, n) SELECT person_id, NEW.topic_id, 1 FROM quotes WHERE id = NEW.quote_id ON CONFLICT (person_id, topic_id) DO UPDATE SET n = n + 1; END;
	DROP TRIGGER data_version_quotes_insert;
	CREATE TRIGGER data_version_quotes_insert AFTER INSERT ON quotes WHEN NOT EXISTS (SELECT 1 FROM quote_search_deferred) BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;
	DROP TRIGGER data_version_quote_topics_insert;
	CREATE TRIGGER data_version_quote_topics_insert AFTER INSERT ON quote_topics WHEN NOT EXISTS (SELECT 1 FROM quote_search_deferred) BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; END;`,
		postgres: `SELECT 1`,
	},

	// 8: SQLite's search index keeps no copy of what it indexes. Searches
	// read only its rowids and bm25 ranks, and snippets are marked in Go,
	// so the copy FTS5 kept of every quote's text, speaker, title, outlets
	// and tags was a quarter of the database and a sixth of an import's
	// work. With contentless_delete, a row is still deleted or replaced
	// by its rowid alone, so the triggers stay as they are. PostgreSQL's
	// index never kept one: it has nothing to do.
	{
		sqlite: `DROP TABLE quote_fts;
	CREATE VIRTUAL TABLE quote_fts USING fts5(text, speaker, article, outlet, tags,
		content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 2');
	INSERT INTO quote_fts (rowid, text, speaker, article, outlet, tags) SELECT id, text, speaker, article, outlet, tags FROM quote_search_rows;`,
		postgres: `SELECT 1`,
	},

	// 9: forms that must be applied once (the review of an article) carry
	// a token; its row, written in the same transaction as what the form
	// saves, makes a second submission of the same form (Back, then Save
	// again; a double click) a no-op that leads to what the first saved.
	both(func(d *dialect) string {
		return `CREATE TABLE IF NOT EXISTS form_submissions (
		token TEXT PRIMARY KEY,
		target TEXT NOT NULL,
		created_at ` + d.timestamp + ` NOT NULL
	);`
	}),

	// 10: every address a person, outlet or topic ever had keeps leading
	// to it. A rename changes the slug; the slug it had is remembered,
	// whichever way the rename came (a form, a restore from history, a
	// merge), and its pages answer with a permanent redirect.
	{
		sqlite: formerSlugsSQL + `
	CREATE TRIGGER IF NOT EXISTS people_former_slug AFTER UPDATE OF slug ON people WHEN OLD.slug <> NEW.slug BEGIN
		INSERT INTO former_slugs (kind, slug, record_id) VALUES ('person', OLD.slug, OLD.id) ON CONFLICT (kind, slug) DO UPDATE SET record_id = excluded.record_id; END;
	CREATE TRIGGER IF NOT EXISTS outlets_former_slug AFTER UPDATE OF slug ON outlets WHEN OLD.slug <> NEW.slug BEGIN
		INSERT INTO former_slugs (kind, slug, record_id) VALUES ('outlet', OLD.slug, OLD.id) ON CONFLICT (kind, slug) DO UPDATE SET record_id = excluded.record_id; END;
	CREATE TRIGGER IF NOT EXISTS topics_former_slug AFTER UPDATE OF slug ON topics WHEN OLD.slug <> NEW.slug BEGIN
		INSERT INTO former_slugs (kind, slug, record_id) VALUES ('topic', OLD.slug, OLD.id) ON CONFLICT (kind, slug) DO UPDATE SET record_id = excluded.record_id; END;`,
		postgres: formerSlugsSQL + `
	CREATE OR REPLACE FUNCTION remember_former_slug() RETURNS trigger LANGUAGE plpgsql AS $$
	BEGIN
		IF OLD.slug <> NEW.slug THEN
			INSERT INTO former_slugs (kind, slug, record_id) VALUES (TG_ARGV[0], OLD.slug, OLD.id)
				ON CONFLICT (kind, slug) DO UPDATE SET record_id = EXCLUDED.record_id;
		END IF;
		RETURN NEW;
	END $$;
	CREATE OR REPLACE TRIGGER people_former_slug AFTER UPDATE OF slug ON people FOR EACH ROW EXECUTE FUNCTION remember_former_slug('person');
	CREATE OR REPLACE TRIGGER outlets_former_slug AFTER UPDATE OF slug ON outlets FOR EACH ROW EXECUTE FUNCTION remember_former_slug('outlet');
	CREATE OR REPLACE TRIGGER topics_former_slug AFTER UPDATE OF slug ON topics FOR EACH ROW EXECUTE FUNCTION remember_former_slug('topic');`,
	},

	// 11: the dashboards ("who gets quoted, and how often?"). A speaker
	// may be recorded with a gender and an affiliation (a party, an
	// employer), free text, empty when not known. Quotes are counted by
	// month and outlet (outlet 0: none), and by month and topic, each
	// with how many came via another outlet, so a chart of a million
	// quotes reads a few thousand counts instead of every quote. The
	// month is the quote's sort date's first seven characters ('' when
	// undated). Triggers keep the counts exact on every write, as
	// migration 4's do, and leave a bulk load's inserts to the load's own
	// count (BulkFacetsSQL). The per-speaker counts gain an index by
	// outlet and by topic, so an outlet's or a topic's most quoted
	// speakers are read in order.
	{
		sqlite: monthCountsSQL + `
	CREATE TRIGGER quotes_months_insert AFTER INSERT ON quotes WHEN NOT EXISTS (SELECT 1 FROM quote_search_deferred) BEGIN
		INSERT INTO quote_month_counts (outlet_id, month, n, via) VALUES (COALESCE(NEW.outlet_id, 0), substr(NEW.sort_date, 1, 7), 1, CASE WHEN NEW.via_outlet_id IS NULL THEN 0 ELSE 1 END) ON CONFLICT (outlet_id, month) DO UPDATE SET n = n + 1, via = via + excluded.via; END;
	CREATE TRIGGER quotes_months_delete AFTER DELETE ON quotes BEGIN
		UPDATE quote_month_counts SET n = n - 1, via = via - CASE WHEN OLD.via_outlet_id IS NULL THEN 0 ELSE 1 END WHERE outlet_id = COALESCE(OLD.outlet_id, 0) AND month = substr(OLD.sort_date, 1, 7); DELETE FROM quote_month_counts WHERE outlet_id = COALESCE(OLD.outlet_id, 0) AND month = substr(OLD.sort_date, 1, 7) AND n <= 0; END;
	CREATE TRIGGER quotes_months_update AFTER UPDATE OF outlet_id, via_outlet_id, sort_date ON quotes
	WHEN OLD.outlet_id IS NOT NEW.outlet_id OR (OLD.via_outlet_id IS NULL) IS NOT (NEW.via_outlet_id IS NULL) OR substr(OLD.sort_date, 1, 7) IS NOT substr(NEW.sort_date, 1, 7) BEGIN
		UPDATE quote_month_counts SET n = n - 1, via = via - CASE WHEN OLD.via_outlet_id IS NULL THEN 0 ELSE 1 END WHERE outlet_id = COALESCE(OLD.outlet_id, 0) AND month = substr(OLD.sort_date, 1, 7); DELETE FROM quote_month_counts WHERE outlet_id = COALESCE(OLD.outlet_id, 0) AND month = substr(OLD.sort_date, 1, 7) AND n <= 0; INSERT INTO quote_month_counts (outlet_id, month, n, via) VALUES (COALESCE(NEW.outlet_id, 0), substr(NEW.sort_date, 1, 7), 1, CASE WHEN NEW.via_outlet_id IS NULL THEN 0 ELSE 1 END) ON CONFLICT (outlet_id, month) DO UPDATE SET n = n + 1, via = via + excluded.via; UPDATE topic_month_counts SET n = n - 1, via = via - CASE WHEN OLD.via_outlet_id IS NULL THEN 0 ELSE 1 END WHERE month = substr(OLD.sort_date, 1, 7) AND topic_id IN (SELECT topic_id FROM quote_topics WHERE quote_id = NEW.id); DELETE FROM topic_month_counts WHERE month = substr(OLD.sort_date, 1, 7) AND n <= 0; INSERT INTO topic_month_counts (topic_id, month, n, via) SELECT topic_id, substr(NEW.sort_date, 1, 7), 1, CASE WHEN NEW.via_outlet_id IS NULL THEN 0 ELSE 1 END FROM quote_topics WHERE quote_id = NEW.id ON CONFLICT (topic_id, month) DO UPDATE SET n = n + 1, via = via + excluded.via; END;
	CREATE TRIGGER quote_topics_months_insert AFTER INSERT ON quote_topics WHEN NOT EXISTS (SELECT 1 FROM quote_search_deferred) BEGIN
		INSERT INTO topic_month_counts (topic_id, month, n, via) SELECT NEW.topic_id, substr(sort_date, 1, 7), 1, CASE WHEN via_outlet_id IS NULL THEN 0 ELSE 1 END FROM quotes WHERE id = NEW.quote_id ON CONFLICT (topic_id, month) DO UPDATE SET n = n + 1, via = via + excluded.via; END;
	CREATE TRIGGER quote_topics_months_delete AFTER DELETE ON quote_topics BEGIN
		UPDATE topic_month_counts SET n = n - 1, via = via - (SELECT CASE WHEN via_outlet_id IS NULL THEN 0 ELSE 1 END FROM quotes WHERE id = OLD.quote_id) WHERE topic_id = OLD.topic_id AND month = (SELECT substr(sort_date, 1, 7) FROM quotes WHERE id = OLD.quote_id); DELETE FROM topic_month_counts WHERE topic_id = OLD.topic_id AND n <= 0; END;`,
		postgres: monthCountsSQL + `
	CREATE FUNCTION quotes_months() RETURNS trigger LANGUAGE plpgsql AS $$
	BEGIN
		IF TG_OP = 'INSERT' AND EXISTS (SELECT 1 FROM quote_search_deferred) THEN
			RETURN NULL; -- a bulk load counts its own (BulkFacetsSQL)
		END IF;
		IF TG_OP IN ('UPDATE', 'DELETE') THEN
			UPDATE quote_month_counts SET n = n - 1, via = via - CASE WHEN OLD.via_outlet_id IS NULL THEN 0 ELSE 1 END
				WHERE outlet_id = COALESCE(OLD.outlet_id, 0) AND month = substr(OLD.sort_date, 1, 7);
			DELETE FROM quote_month_counts WHERE outlet_id = COALESCE(OLD.outlet_id, 0) AND month = substr(OLD.sort_date, 1, 7) AND n <= 0;
		END IF;
		IF TG_OP = 'UPDATE' THEN
			UPDATE topic_month_counts SET n = n - 1, via = via - CASE WHEN OLD.via_outlet_id IS NULL THEN 0 ELSE 1 END
				WHERE month = substr(OLD.sort_date, 1, 7) AND topic_id IN (SELECT topic_id FROM quote_topics WHERE quote_id = NEW.id);
			DELETE FROM topic_month_counts WHERE month = substr(OLD.sort_date, 1, 7) AND n <= 0;
			INSERT INTO topic_month_counts AS c (topic_id, month, n, via)
				SELECT topic_id, substr(NEW.sort_date, 1, 7), 1, CASE WHEN NEW.via_outlet_id IS NULL THEN 0 ELSE 1 END FROM quote_topics WHERE quote_id = NEW.id
				ON CONFLICT (topic_id, month) DO UPDATE SET n = c.n + 1, via = c.via + excluded.via;
		END IF;
		IF TG_OP IN ('INSERT', 'UPDATE') THEN
			INSERT INTO quote_month_counts AS c (outlet_id, month, n, via)
				VALUES (COALESCE(NEW.outlet_id, 0), substr(NEW.sort_date, 1, 7), 1, CASE WHEN NEW.via_outlet_id IS NULL THEN 0 ELSE 1 END)
				ON CONFLICT (outlet_id, month) DO UPDATE SET n = c.n + 1, via = c.via + excluded.via;
		END IF;
		RETURN NULL;
	END $$;
	CREATE TRIGGER quotes_months_insert AFTER INSERT ON quotes FOR EACH ROW EXECUTE FUNCTION quotes_months();
	CREATE TRIGGER quotes_months_delete AFTER DELETE ON quotes FOR EACH ROW EXECUTE FUNCTION quotes_months();
	CREATE TRIGGER quotes_months_update AFTER UPDATE OF outlet_id, via_outlet_id, sort_date ON quotes FOR EACH ROW
		WHEN (OLD.outlet_id IS DISTINCT FROM NEW.outlet_id OR (OLD.via_outlet_id IS NULL) <> (NEW.via_outlet_id IS NULL)
			OR substr(OLD.sort_date, 1, 7) IS DISTINCT FROM substr(NEW.sort_date, 1, 7))
		EXECUTE FUNCTION quotes_months();
	CREATE FUNCTION quote_topics_months() RETURNS trigger LANGUAGE plpgsql AS $$
	BEGIN
		IF TG_OP = 'INSERT' THEN
			IF EXISTS (SELECT 1 FROM quote_search_deferred) THEN
				RETURN NULL; -- a bulk load counts its own (BulkFacetsSQL)
			END IF;
			INSERT INTO topic_month_counts AS c (topic_id, month, n, via)
				SELECT NEW.topic_id, substr(sort_date, 1, 7), 1, CASE WHEN via_outlet_id IS NULL THEN 0 ELSE 1 END FROM quotes WHERE id = NEW.quote_id
				ON CONFLICT (topic_id, month) DO UPDATE SET n = c.n + 1, via = c.via + excluded.via;
		ELSE
			UPDATE topic_month_counts c SET n = c.n - 1, via = c.via - CASE WHEN q.via_outlet_id IS NULL THEN 0 ELSE 1 END
				FROM quotes q WHERE q.id = OLD.quote_id AND c.topic_id = OLD.topic_id AND c.month = substr(q.sort_date, 1, 7);
			DELETE FROM topic_month_counts WHERE topic_id = OLD.topic_id AND n <= 0;
		END IF;
		RETURN NULL;
	END $$;
	CREATE TRIGGER quote_topics_months_insert AFTER INSERT ON quote_topics FOR EACH ROW EXECUTE FUNCTION quote_topics_months();
	CREATE TRIGGER quote_topics_months_delete AFTER DELETE ON quote_topics FOR EACH ROW EXECUTE FUNCTION quote_topics_months()`,
	},

	// 12: personal API tokens. An editor makes them on the account page;
	// only a hash of each is kept, with what it may do (read, or read and
	// write), when it was last used and when it was revoked. (IF NOT
	// EXISTS: the runner's test applies the newest migration twice.)
	both(func(d *dialect) string {
		return `CREATE TABLE IF NOT EXISTS api_tokens (
		id ` + d.id + `,
		user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
		name TEXT NOT NULL,
		token_hash TEXT NOT NULL UNIQUE,
		scope TEXT NOT NULL,
		created_at ` + d.timestamp + ` NOT NULL,
		last_used_at ` + d.timestamp + `,
		revoked_at ` + d.timestamp + `
	);
	CREATE INDEX IF NOT EXISTS api_tokens_user ON api_tokens (user_id);`
	}),

	// 13: people are found by their Wikidata ID: an import (Quotebank's
	// speakers carry one) takes the person with the speaker's ID for the
	// speaker, whatever the name they were saved under. Most people have
	// none, so only those with one are indexed.
	both(func(*dialect) string {
		return `CREATE INDEX IF NOT EXISTS people_wikidata ON people (wikidata_id) WHERE wikidata_id <> ''`
	}),

	// 14: every quote in date order, newest first (/quotes and the API's
	// list with no filter) read along an index, as a speaker's or an
	// outlet's quotes already are, rather than sorting them all.
	both(func(*dialect) string {
		return `CREATE INDEX IF NOT EXISTS quotes_sort ON quotes (sort_date DESC, id DESC)`
	}),

	// 15: the names of outlets and topics merged into others, which forms
	// and imports still find the one they were merged into by (a merged
	// speaker's name becomes an alias of their own). name_key is the name
	// lower-cased.
	both(func(*dialect) string {
		return `CREATE TABLE IF NOT EXISTS merged_names (
		kind TEXT NOT NULL,
		name_key TEXT NOT NULL,
		name TEXT NOT NULL,
		record_id BIGINT NOT NULL,
		PRIMARY KEY (kind, name_key)
	)`
	}),

	// 16: an import's batch on PostgreSQL indexes its quotes for search
	// and counts their facets itself, in a few statements at its end;
	// the per-row triggers that do that work for every other write
	// left it to the batch by reading, in a query of their own for each
	// row, the batch's marker in quote_search_deferred, which cost more
	// than writing the row. The batch now also sets
	// quotetrail.import_batch for its transaction, and the triggers'
	// WHEN clause reads that without running them at all. Other bulk
	// writers (a restore) still leave the marker only, which the
	// triggers still honour. SQLite's triggers already say so in their
	// WHEN clause.
	{
		sqlite: `SELECT 1`,
		postgres: `
	CREATE OR REPLACE TRIGGER quotes_search_insert AFTER INSERT ON quotes FOR EACH ROW
		WHEN (current_setting('quotetrail.import_batch', true) IS DISTINCT FROM 'on') EXECUTE FUNCTION quote_search_quotes();
	CREATE OR REPLACE TRIGGER quotes_facets_insert AFTER INSERT ON quotes FOR EACH ROW
		WHEN (current_setting('quotetrail.import_batch', true) IS DISTINCT FROM 'on') EXECUTE FUNCTION quotes_facets();
	CREATE OR REPLACE TRIGGER quotes_months_insert AFTER INSERT ON quotes FOR EACH ROW
		WHEN (current_setting('quotetrail.import_batch', true) IS DISTINCT FROM 'on') EXECUTE FUNCTION quotes_months();
	CREATE OR REPLACE TRIGGER quote_topics_search_insert AFTER INSERT ON quote_topics FOR EACH ROW
		WHEN (current_setting('quotetrail.import_batch', true) IS DISTINCT FROM 'on') EXECUTE FUNCTION quote_search_topics();
	CREATE OR REPLACE TRIGGER quote_topics_facets_insert AFTER INSERT ON quote_topics FOR EACH ROW
		WHEN (current_setting('quotetrail.import_batch', true) IS DISTINCT FROM 'on') EXECUTE FUNCTION quote_topics_facets();
	CREATE OR REPLACE TRIGGER quote_topics_months_insert AFTER INSERT ON quote_topics FOR EACH ROW
		WHEN (current_setting('quotetrail.import_batch', true) IS DISTINCT FROM 'on') EXECUTE FUNCTION quote_topics_months();`,
	},

	// 17: search finds a word's other forms ("penalty" finds
	// "penalties"), and words in quotation marks as they stand. A second
	// index holds the stems of the same columns and tags: SQLite's
	// quote_stem, an FTS5 table with the porter tokenizer around the
	// first's; PostgreSQL's quote_search.stemmed, a tsvector of English
	// stems (the snowball stemmer with no stop words, so "the" is still
	// a word). Words typed bare are looked for in it, words and phrases in
	// quotation marks in the first. quote_stem also keeps prefix indexes
	// of 2 and 3 characters, so pr* and pro* read one list rather than
	// every word that starts so (longer prefixes start few words; a
	// 4-character index would add another eighth to the database for
	// little). Both are filled from the quotes there are.
	// (DROP ... IF EXISTS: the upgrade tests run this twice.)
	{
		sqlite: `DROP TABLE IF EXISTS quote_stem;
	CREATE VIRTUAL TABLE quote_stem USING fts5(text, speaker, article, outlet, tags,
		content = '', contentless_delete = 1, prefix = '2 3', tokenize = 'porter unicode61 remove_diacritics 2');
	` + sqliteSearchTriggers + `
	INSERT INTO quote_stem (rowid, text, speaker, article, outlet, tags) SELECT id, text, speaker, article, outlet, tags FROM quote_search_rows;`,
		postgres: `DO $$ BEGIN
		IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = 'quotetrail_english') THEN
			CREATE TEXT SEARCH DICTIONARY quotetrail_stem (TEMPLATE = snowball, Language = english);
			CREATE TEXT SEARCH CONFIGURATION quotetrail_english (COPY = simple);
			ALTER TEXT SEARCH CONFIGURATION quotetrail_english ALTER MAPPING
				FOR asciiword, word, numword, asciihword, hword, hword_asciipart, hword_part, hword_numpart WITH quotetrail_stem;
		END IF;
	END $$;
	ALTER TABLE quote_search ADD COLUMN IF NOT EXISTS stemmed tsvector;
	CREATE OR REPLACE VIEW quote_search_rows AS
	SELECT q.id AS id,
		setweight(to_tsvector('simple', quote_search_words(q.text)), 'A') || CAST('#:1' AS tsvector)
		|| setweight(to_tsvector('simple', quote_search_words(p.name || COALESCE(' ' || (SELECT string_agg(alias, ' ') FROM person_aliases WHERE person_id = p.id), ''))), 'B') || CAST('#:1' AS tsvector)
		|| setweight(to_tsvector('simple', quote_search_words(a.title)), 'C') || CAST('#:1' AS tsvector)
		|| setweight(to_tsvector('simple', quote_search_words(COALESCE(o.name, '') || ' ' || COALESCE(v.name, ''))), 'D')
		|| array_to_tsvector(array_remove(ARRAY['#p' || q.person_id, '#a' || q.article_id, '#o' || q.outlet_id, '#v' || q.via_outlet_id,
			'#k' || q.kind, '#s' || q.status,
			CASE WHEN q.sort_date <> '' THEN '#y' || substr(q.sort_date, 1, 4) END,
			CASE WHEN q.sort_date <> '' THEN '#m' || substr(q.sort_date, 1, 4) || substr(q.sort_date, 6, 2) END], NULL)
			|| ARRAY(SELECT '#t' || topic_id FROM quote_topics WHERE quote_id = q.id)) AS document,
		q.person_id AS person_id, q.article_id AS article_id, q.outlet_id AS outlet_id, q.via_outlet_id AS via_outlet_id,
		setweight(to_tsvector('quotetrail_english', quote_search_words(q.text)), 'A') || CAST('#:1' AS tsvector)
		|| setweight(to_tsvector('quotetrail_english', quote_search_words(p.name || COALESCE(' ' || (SELECT string_agg(alias, ' ') FROM person_aliases WHERE person_id = p.id), ''))), 'B') || CAST('#:1' AS tsvector)
		|| setweight(to_tsvector('quotetrail_english', quote_search_words(a.title)), 'C') || CAST('#:1' AS tsvector)
		|| setweight(to_tsvector('quotetrail_english', quote_search_words(COALESCE(o.name, '') || ' ' || COALESCE(v.name, ''))), 'D') AS stemmed
	FROM quotes q
	JOIN people p ON p.id = q.person_id
	JOIN articles a ON a.id = q.article_id
	LEFT JOIN outlets o ON o.id = q.outlet_id
	LEFT JOIN outlets v ON v.id = q.via_outlet_id;
	CREATE OR REPLACE FUNCTION quote_search_quotes() RETURNS trigger LANGUAGE plpgsql AS $$
	BEGIN
		IF TG_OP = 'DELETE' THEN
			DELETE FROM quote_search WHERE quote_id = OLD.id;
			RETURN NULL;
		END IF;
		IF TG_OP = 'INSERT' AND EXISTS (SELECT 1 FROM quote_search_deferred) THEN
			RETURN NULL;
		END IF;
		INSERT INTO quote_search (quote_id, document, stemmed) SELECT id, document, stemmed FROM quote_search_rows WHERE id = NEW.id
			ON CONFLICT (quote_id) DO UPDATE SET document = EXCLUDED.document, stemmed = EXCLUDED.stemmed;
		IF NEW.sort_date <> '' THEN
			INSERT INTO quote_search_years (year) VALUES (substr(NEW.sort_date, 1, 4)) ON CONFLICT DO NOTHING;
		END IF;
		RETURN NULL;
	END $$;
	CREATE OR REPLACE FUNCTION quote_search_refresh(ids bigint[]) RETURNS void LANGUAGE sql AS $$
		INSERT INTO quote_search (quote_id, document, stemmed) SELECT id, document, stemmed FROM quote_search_rows WHERE id = ANY (ids)
			ON CONFLICT (quote_id) DO UPDATE SET document = EXCLUDED.document, stemmed = EXCLUDED.stemmed $$;
	UPDATE quote_search s SET stemmed = r.stemmed FROM quote_search_rows r WHERE r.id = s.quote_id;
	CREATE INDEX IF NOT EXISTS quote_search_stemmed ON quote_search USING gin (stemmed);`,
	},

	// 18: on PostgreSQL the stems' tsvector carries the filter tags too,
	// as SQLite's quote_stem does. A word with a filter (a year, a
	// speaker, a kind and a topic) was two GIN scans, one a column, whose
	// bitmaps were AND-ed; over a million quotes the two lists ran to
	// 100,000 rows each, the bitmap went lossy, and every row of its pages
	// was read and matched again (340 ms for "they" in 2020, against 42
	// ms for the same search as one scan of one column). The tags are
	// computed once a row (LATERAL) for both columns, and copied into the
	// stems of the rows there are from their documents, which hold them
	// already, rather than indexing every quote again.
	{
		sqlite: `SELECT 1`,
		postgres: `CREATE OR REPLACE VIEW quote_search_rows AS
	SELECT q.id AS id,
		setweight(to_tsvector('simple', quote_search_words(q.text)), 'A') || CAST('#:1' AS tsvector)
		|| setweight(to_tsvector('simple', quote_search_words(p.name || COALESCE(' ' || (SELECT string_agg(alias, ' ') FROM person_aliases WHERE person_id = p.id), ''))), 'B') || CAST('#:1' AS tsvector)
		|| setweight(to_tsvector('simple', quote_search_words(a.title)), 'C') || CAST('#:1' AS tsvector)
		|| setweight(to_tsvector('simple', quote_search_words(COALESCE(o.name, '') || ' ' || COALESCE(v.name, ''))), 'D')
		|| t.tags AS document,
		q.person_id AS person_id, q.article_id AS article_id, q.outlet_id AS outlet_id, q.via_outlet_id AS via_outlet_id,
		setweight(to_tsvector('quotetrail_english', quote_search_words(q.text)), 'A') || CAST('#:1' AS tsvector)
		|| setweight(to_tsvector('quotetrail_english', quote_search_words(p.name || COALESCE(' ' || (SELECT string_agg(alias, ' ') FROM person_aliases WHERE person_id = p.id), ''))), 'B') || CAST('#:1' AS tsvector)
		|| setweight(to_tsvector('quotetrail_english', quote_search_words(a.title)), 'C') || CAST('#:1' AS tsvector)
		|| setweight(to_tsvector('quotetrail_english', quote_search_words(COALESCE(o.name, '') || ' ' || COALESCE(v.name, ''))), 'D')
		|| t.tags AS stemmed
	FROM quotes q
	JOIN people p ON p.id = q.person_id
	JOIN articles a ON a.id = q.article_id
	LEFT JOIN outlets o ON o.id = q.outlet_id
	LEFT JOIN outlets v ON v.id = q.via_outlet_id
	CROSS JOIN LATERAL (SELECT array_to_tsvector(array_remove(ARRAY['#p' || q.person_id, '#a' || q.article_id, '#o' || q.outlet_id, '#v' || q.via_outlet_id,
			'#k' || q.kind, '#s' || q.status,
			CASE WHEN q.sort_date <> '' THEN '#y' || substr(q.sort_date, 1, 4) END,
			CASE WHEN q.sort_date <> '' THEN '#m' || substr(q.sort_date, 1, 4) || substr(q.sort_date, 6, 2) END], NULL)
			|| ARRAY(SELECT '#t' || topic_id FROM quote_topics WHERE quote_id = q.id)) AS tags) t;
	UPDATE quote_search SET stemmed = stemmed || array_to_tsvector(ARRAY(SELECT u.lexeme FROM unnest(document) AS u WHERE u.lexeme LIKE '#_%'))
		WHERE stemmed IS NOT NULL;`,
	},
}

// sqliteSearchTriggers are migration 17's triggers on SQLite: those of
// migration 2, indexing each row in both search tables.
var sqliteSearchTriggers = func() string {
	index := func(where string) string {
		var out string
		for _, table := range []string{"quote_fts", "quote_stem"} {
			out += `INSERT OR REPLACE INTO ` + table + ` (rowid, text, speaker, article, outlet, tags) SELECT id, text, speaker, article, outlet, tags FROM quote_search_rows WHERE ` + where + `; `
		}
		return out
	}
	const years = `INSERT OR IGNORE INTO quote_search_years (year) SELECT substr(NEW.sort_date, 1, 4) WHERE NEW.sort_date <> ''; `
	triggers := []struct{ name, on, body string }{
		{"quotes_search_insert", "AFTER INSERT ON quotes WHEN NOT EXISTS (SELECT 1 FROM quote_search_deferred)", index("id = NEW.id") + years},
		{"quotes_search_update", "AFTER UPDATE OF text, person_id, article_id, outlet_id, via_outlet_id, kind, status, sort_date ON quotes", index("id = NEW.id") + years},
		{"quotes_search_delete", "AFTER DELETE ON quotes", "DELETE FROM quote_fts WHERE rowid = OLD.id; DELETE FROM quote_stem WHERE rowid = OLD.id; "},
		{"people_search_update", "AFTER UPDATE OF name ON people WHEN OLD.name IS NOT NEW.name", index("person_id = NEW.id")},
		{"aliases_search_insert", "AFTER INSERT ON person_aliases", index("person_id = NEW.person_id")},
		{"aliases_search_delete", "AFTER DELETE ON person_aliases", index("person_id = OLD.person_id")},
		{"articles_search_update", "AFTER UPDATE OF title ON articles WHEN OLD.title IS NOT NEW.title", index("article_id = NEW.id")},
		{"outlets_search_update", "AFTER UPDATE OF name ON outlets WHEN OLD.name IS NOT NEW.name", index("outlet_id = NEW.id OR via_outlet_id = NEW.id")},
		{"quote_topics_search_insert", "AFTER INSERT ON quote_topics WHEN NOT EXISTS (SELECT 1 FROM quote_search_deferred)", index("id = NEW.quote_id")},
		{"quote_topics_search_delete", "AFTER DELETE ON quote_topics", index("id = OLD.quote_id")},
	}
	var out string
	for _, t := range triggers {
		out += "DROP TRIGGER IF EXISTS " + t.name + ";\n\t"
		out += "CREATE TRIGGER " + t.name + " " + t.on + " BEGIN " + t.body + "END;\n\t"
	}
	return out
}()

// formerSlugsSQL is the table of migration 10 on both engines: kind is
// "person", "outlet" or "topic".
const formerSlugsSQL = `CREATE TABLE IF NOT EXISTS former_slugs (
		kind TEXT NOT NULL,
		slug TEXT NOT NULL,
		record_id BIGINT NOT NULL,
		PRIMARY KEY (kind, slug)
	);`

// monthCountsSQL is the part of migration 11 both engines share: the
// speakers' gender and affiliation, the month counts, filled from the
// quotes there are, and the per-speaker counts' new indexes.
const monthCountsSQL = `ALTER TABLE people ADD COLUMN gender TEXT NOT NULL DEFAULT '';
	ALTER TABLE people ADD COLUMN affiliation TEXT NOT NULL DEFAULT '';
	CREATE TABLE quote_month_counts (
		outlet_id BIGINT NOT NULL,
		month TEXT NOT NULL,
		n INTEGER NOT NULL,
		via INTEGER NOT NULL,
		PRIMARY KEY (outlet_id, month)
	);
	CREATE TABLE topic_month_counts (
		topic_id BIGINT NOT NULL,
		month TEXT NOT NULL,
		n INTEGER NOT NULL,
		via INTEGER NOT NULL,
		PRIMARY KEY (topic_id, month)
	);
	INSERT INTO quote_month_counts (outlet_id, month, n, via)
		SELECT COALESCE(outlet_id, 0), substr(sort_date, 1, 7), COUNT(*), COUNT(via_outlet_id) FROM quotes GROUP BY 1, 2;
	INSERT INTO topic_month_counts (topic_id, month, n, via)
		SELECT qt.topic_id, substr(q.sort_date, 1, 7), COUNT(*), COUNT(q.via_outlet_id) FROM quote_topics qt JOIN quotes q ON q.id = qt.quote_id GROUP BY 1, 2;
	CREATE INDEX person_outlet_counts_outlet ON person_outlet_counts (outlet_id, n DESC);
	CREATE INDEX person_topic_counts_topic ON person_topic_counts (topic_id, n DESC);`

// fingerprintsSQL is the part of migration 2 both engines share.
const fingerprintsSQL = `ALTER TABLE quotes ADD COLUMN fingerprint TEXT;
	CREATE UNIQUE INDEX quotes_fingerprint ON quotes (fingerprint);
	CREATE INDEX articles_title ON articles (title);
	`

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

// BulkFacetsSQL brings the facet counts up to date for the quotes with
// IDs from ? to ?, which a bulk load inserted while the per-row counting
// was off (migration 7). Each statement runs with the range's two ends as
// its arguments. On SQLite the load then bumps the data version itself
// (BumpDataVersionSQL); PostgreSQL's trigger does so once a transaction.
func BulkFacetsSQL() []string {
	return []string{bulkYearCountsSQL, bulkOutletCountsSQL, bulkTopicCountsSQL, bulkMonthCountsSQL, bulkTopicMonthCountsSQL}
}

// The statements of BulkFacetsSQL, one a count table.
const (
	bulkYearCountsSQL = `INSERT INTO person_year_counts AS c (person_id, year, n)
		SELECT person_id, substr(sort_date, 1, 4), COUNT(*) FROM quotes WHERE id BETWEEN ? AND ? AND sort_date <> '' GROUP BY 1, 2
		ON CONFLICT (person_id, year) DO UPDATE SET n = c.n + excluded.n`
	bulkOutletCountsSQL = `INSERT INTO person_outlet_counts AS c (person_id, outlet_id, n)
		SELECT person_id, outlet_id, COUNT(*) FROM quotes WHERE id BETWEEN ? AND ? AND outlet_id IS NOT NULL GROUP BY 1, 2
		ON CONFLICT (person_id, outlet_id) DO UPDATE SET n = c.n + excluded.n`
	bulkTopicCountsSQL = `INSERT INTO person_topic_counts AS c (person_id, topic_id, n)
		SELECT q.person_id, qt.topic_id, COUNT(*) FROM quote_topics qt JOIN quotes q ON q.id = qt.quote_id WHERE qt.quote_id BETWEEN ? AND ? GROUP BY 1, 2
		ON CONFLICT (person_id, topic_id) DO UPDATE SET n = c.n + excluded.n`
	bulkMonthCountsSQL = `INSERT INTO quote_month_counts AS c (outlet_id, month, n, via)
		SELECT COALESCE(outlet_id, 0), substr(sort_date, 1, 7), COUNT(*), COUNT(via_outlet_id) FROM quotes WHERE id BETWEEN ? AND ? GROUP BY 1, 2
		ON CONFLICT (outlet_id, month) DO UPDATE SET n = c.n + excluded.n, via = c.via + excluded.via`
	bulkTopicMonthCountsSQL = `INSERT INTO topic_month_counts AS c (topic_id, month, n, via)
		SELECT qt.topic_id, substr(q.sort_date, 1, 7), COUNT(*), COUNT(q.via_outlet_id) FROM quote_topics qt JOIN quotes q ON q.id = qt.quote_id WHERE qt.quote_id BETWEEN ? AND ? GROUP BY 1, 2
		ON CONFLICT (topic_id, month) DO UPDATE SET n = c.n + excluded.n, via = c.via + excluded.via`
)

// BumpDataVersionSQL marks the data changed, for a bulk load on SQLite.
const BumpDataVersionSQL = `UPDATE data_version SET version = version + 1 WHERE id = 1`
