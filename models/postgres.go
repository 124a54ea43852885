package models

// PostgreSQL's own text for the parts of the schema whose SQL is SQLite's.
// The tables, columns and the logic of every trigger are the same; only
// the syntax differs (plpgsql trigger functions, a tsvector with a GIN
// index instead of FTS5).

// migrationVariants holds, for an engine, its own text of a migration
// whose shipped SQL is another engine's (migrations 4 and 5 are SQLite's
// trigger syntax). A migration without a variant runs as written, with
// its placeholders expanded (see Store.expand).
var migrationVariants = map[Engine]map[int]string{
	Postgres: {4: postgresFacetsSQL, 5: postgresDataVersionSQL, 7: postgresNoop, 8: postgresNoop},
}

// postgresNoop is a migration with nothing to do on PostgreSQL:
//   - 7, since PostgreSQL's schema first shipped with migration 4's facet
//     functions already leaving a bulk load's inserts to the load's own
//     count (see postgresFacetsSQL), and its data version is bumped once
//     a transaction;
//   - 8, since its search index (quote_search) holds only tsvectors.
const postgresNoop = `SELECT 1`

// postgresSearchIndexSQL is PostgreSQL's full-text index of migration 2
// (see searchIndexSQL for SQLite's): one tsvector a quote in
// quote_search, with a GIN index.
//
// The document's parts carry weights, so that field:word searches and
// ranking tell them apart: the quote's text A, its speaker's name and
// aliases B, the article's title C, the outlet's and via outlet's names
// D. Words are folded as indexWords folds the words searched for and
// marked (quote_search_words): lower case, diacritics dropped, anything
// but letters and digits a separator, as FTS5's tokenizer does, and
// compatibility forms decomposed too (the "ﬁ" ligature finds "fi"); the
// 'simple' configuration neither stems nor drops stop words.
//
// A lexeme "#" stands between the parts, so that a phrase does not run
// from one into the next (FTS5 keeps its columns apart).
//
// The filter tags are the same as on SQLite but start with "#" (#p12
// for person 12, #y2022, #m202205, ...), a character no word of the
// text keeps, so typed words and prefixes never reach them. They have no
// position and are left out of ranking.
//
// Triggers keep the index in step with every write, as on SQLite, and
// quote_search_deferred lets the importer index a batch in one statement
// at its end: its row is only ever visible inside the importer's
// transaction.
const postgresSearchIndexSQL = `CREATE FUNCTION quote_search_words(t text) RETURNS text
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
	INSERT INTO quote_search_years (year) SELECT DISTINCT substr(sort_date, 1, 4) FROM quotes WHERE sort_date <> '' ON CONFLICT DO NOTHING`

// postgresFacetsSQL is migration 4 (per-speaker facet counts) for
// PostgreSQL: the same tables and the same trigger logic as SQLite's,
// as plpgsql functions. As there, a quote's topics are taken off BEFORE
// it is deleted, while it still names its speaker.
const postgresFacetsSQL = facetTablesSQL + `
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
	CREATE TRIGGER quote_topics_facets_delete AFTER DELETE ON quote_topics FOR EACH ROW EXECUTE FUNCTION quote_topics_facets()`

// postgresDataVersionSQL is migration 5 (the data version) for
// PostgreSQL. It bumps the version once a transaction, at its first
// change (a transaction-local setting remembers it): a version tells
// whether anything changed, not how much, and PostgreSQL keeps every
// version of a row one transaction updates, so that an import's batch of
// ten thousand rows bumping it on each would walk ever longer chains of
// them (it made imports ten times slower).
const postgresDataVersionSQL = `CREATE TABLE data_version (
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
	CREATE TRIGGER data_version_topics AFTER INSERT OR UPDATE OR DELETE ON topics FOR EACH STATEMENT EXECUTE FUNCTION data_version_bump()`
