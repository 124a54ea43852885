--
-- PostgreSQL database dump
--

\restrict 5l1xzmy5laWv1kfGy0uhjIdpWL7uPyIMvgsyIyL0y1eS7UWczYlZiyB6dyu0RzG

-- Dumped from database version 15.20 (Debian 15.20-0+deb12u1)
-- Dumped by pg_dump version 15.20 (Debian 15.20-0+deb12u1)

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

--
-- Name: data_version_bump(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.data_version_bump() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
	BEGIN
		IF current_setting('quotetrail.data_version_bumped', true) IS DISTINCT FROM 'on' THEN
			UPDATE data_version SET version = version + 1 WHERE id = 1;
			PERFORM set_config('quotetrail.data_version_bumped', 'on', true);
		END IF;
		RETURN NULL;
	END $$;


--
-- Name: quote_search_aliases(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.quote_search_aliases() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
	BEGIN
		IF TG_OP = 'DELETE' THEN
			PERFORM quote_search_refresh(ARRAY(SELECT id FROM quotes WHERE person_id = OLD.person_id));
		ELSE
			PERFORM quote_search_refresh(ARRAY(SELECT id FROM quotes WHERE person_id = NEW.person_id));
		END IF;
		RETURN NULL;
	END $$;


--
-- Name: quote_search_articles(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.quote_search_articles() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
	BEGIN
		PERFORM quote_search_refresh(ARRAY(SELECT id FROM quotes WHERE article_id = NEW.id));
		RETURN NULL;
	END $$;


--
-- Name: quote_search_outlets(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.quote_search_outlets() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
	BEGIN
		PERFORM quote_search_refresh(ARRAY(SELECT id FROM quotes WHERE outlet_id = NEW.id OR via_outlet_id = NEW.id));
		RETURN NULL;
	END $$;


--
-- Name: quote_search_people(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.quote_search_people() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
	BEGIN
		PERFORM quote_search_refresh(ARRAY(SELECT id FROM quotes WHERE person_id = NEW.id));
		RETURN NULL;
	END $$;


--
-- Name: quote_search_quotes(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.quote_search_quotes() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
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


--
-- Name: quote_search_refresh(bigint[]); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.quote_search_refresh(ids bigint[]) RETURNS void
    LANGUAGE sql
    AS $$
		INSERT INTO quote_search (quote_id, document) SELECT id, document FROM quote_search_rows WHERE id = ANY (ids)
			ON CONFLICT (quote_id) DO UPDATE SET document = EXCLUDED.document $$;


--
-- Name: quote_search_topics(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.quote_search_topics() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
	BEGIN
		IF TG_OP = 'DELETE' THEN
			PERFORM quote_search_refresh(ARRAY[OLD.quote_id]);
		ELSIF NOT EXISTS (SELECT 1 FROM quote_search_deferred) THEN
			PERFORM quote_search_refresh(ARRAY[NEW.quote_id]);
		END IF;
		RETURN NULL;
	END $$;


--
-- Name: quote_search_words(text); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.quote_search_words(t text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT regexp_replace(regexp_replace(normalize(lower(t), NFKD), '[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]', '', 'g'), '[^[:alnum:]]+', ' ', 'g') $$;


--
-- Name: quote_topics_facets(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.quote_topics_facets() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
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


--
-- Name: quotes_facets(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.quotes_facets() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
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


--
-- Name: quotes_facets_delete_topics(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.quotes_facets_delete_topics() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
	BEGIN
		DELETE FROM quote_topics WHERE quote_id = OLD.id;
		RETURN OLD;
	END $$;


--
-- Name: quotes_facets_move_topics(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.quotes_facets_move_topics() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
	BEGIN
		UPDATE person_topic_counts SET n = n - 1 WHERE person_id = OLD.person_id AND topic_id IN (SELECT topic_id FROM quote_topics WHERE quote_id = NEW.id);
		DELETE FROM person_topic_counts WHERE person_id = OLD.person_id AND n <= 0;
		INSERT INTO person_topic_counts AS c (person_id, topic_id, n) SELECT NEW.person_id, topic_id, 1 FROM quote_topics WHERE quote_id = NEW.id
			ON CONFLICT (person_id, topic_id) DO UPDATE SET n = c.n + 1;
		RETURN NULL;
	END $$;


SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: app_secrets; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.app_secrets (
    name text NOT NULL,
    value text NOT NULL
);


--
-- Name: articles; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.articles (
    id bigint NOT NULL,
    title text NOT NULL,
    url text,
    outlet_id bigint,
    authors text DEFAULT ''::text NOT NULL,
    published_on date,
    accessed_on date,
    body text DEFAULT ''::text NOT NULL,
    quote_count integer DEFAULT 0 NOT NULL,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    version integer DEFAULT 1 NOT NULL
);


--
-- Name: articles_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.articles_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: articles_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.articles_id_seq OWNED BY public.articles.id;


--
-- Name: data_version; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.data_version (
    id integer NOT NULL,
    version bigint NOT NULL,
    CONSTRAINT data_version_id_check CHECK ((id = 1))
);


--
-- Name: login_failures; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.login_failures (
    id bigint NOT NULL,
    email text NOT NULL,
    address text NOT NULL,
    failed_at timestamp with time zone NOT NULL
);


--
-- Name: login_failures_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.login_failures_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: login_failures_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.login_failures_id_seq OWNED BY public.login_failures.id;


--
-- Name: outlet_domains; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.outlet_domains (
    outlet_id bigint NOT NULL,
    domain text NOT NULL
);


--
-- Name: outlets; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.outlets (
    id bigint NOT NULL,
    name text NOT NULL,
    slug text NOT NULL,
    kind text DEFAULT 'news'::text NOT NULL,
    home_url text DEFAULT ''::text NOT NULL,
    article_count integer DEFAULT 0 NOT NULL,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    version integer DEFAULT 1 NOT NULL
);


--
-- Name: outlets_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.outlets_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: outlets_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.outlets_id_seq OWNED BY public.outlets.id;


--
-- Name: people; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.people (
    id bigint NOT NULL,
    name text NOT NULL,
    slug text NOT NULL,
    sort_name text NOT NULL,
    kind text DEFAULT 'person'::text NOT NULL,
    description text DEFAULT ''::text NOT NULL,
    wikidata_id text DEFAULT ''::text NOT NULL,
    quote_count integer DEFAULT 0 NOT NULL,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    version integer DEFAULT 1 NOT NULL
);


--
-- Name: people_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.people_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: people_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.people_id_seq OWNED BY public.people.id;


--
-- Name: person_aliases; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.person_aliases (
    person_id bigint NOT NULL,
    alias text NOT NULL
);


--
-- Name: person_outlet_counts; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.person_outlet_counts (
    person_id bigint NOT NULL,
    outlet_id bigint NOT NULL,
    n integer NOT NULL
);


--
-- Name: person_topic_counts; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.person_topic_counts (
    person_id bigint NOT NULL,
    topic_id bigint NOT NULL,
    n integer NOT NULL
);


--
-- Name: person_year_counts; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.person_year_counts (
    person_id bigint NOT NULL,
    year text NOT NULL,
    n integer NOT NULL
);


--
-- Name: quote_search; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.quote_search (
    quote_id bigint NOT NULL,
    document tsvector NOT NULL
);


--
-- Name: quote_search_deferred; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.quote_search_deferred (
    on_batch integer NOT NULL
);


--
-- Name: quote_topics; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.quote_topics (
    quote_id bigint NOT NULL,
    topic_id bigint NOT NULL
);


--
-- Name: quotes; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.quotes (
    id bigint NOT NULL,
    text text NOT NULL,
    person_id bigint NOT NULL,
    speaker_title text DEFAULT ''::text NOT NULL,
    kind text DEFAULT 'direct'::text NOT NULL,
    article_id bigint NOT NULL,
    outlet_id bigint,
    via_outlet_id bigint,
    said_on date,
    sort_date text DEFAULT ''::text NOT NULL,
    context text DEFAULT ''::text NOT NULL,
    status text DEFAULT 'unverified'::text NOT NULL,
    anchor_start integer,
    anchor_end integer,
    anchor_exact text DEFAULT ''::text NOT NULL,
    anchor_prefix text DEFAULT ''::text NOT NULL,
    anchor_suffix text DEFAULT ''::text NOT NULL,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    fingerprint text,
    version integer DEFAULT 1 NOT NULL
);


--
-- Name: quote_search_rows; Type: VIEW; Schema: public; Owner: -
--

CREATE VIEW public.quote_search_rows AS
 SELECT q.id,
    (((((((setweight(to_tsvector('simple'::regconfig, public.quote_search_words(q.text)), 'A'::"char") || '''#'':1'::tsvector) || setweight(to_tsvector('simple'::regconfig, public.quote_search_words((p.name || COALESCE((' '::text || ( SELECT string_agg(person_aliases.alias, ' '::text) AS string_agg
           FROM public.person_aliases
          WHERE (person_aliases.person_id = p.id))), ''::text)))), 'B'::"char")) || '''#'':1'::tsvector) || setweight(to_tsvector('simple'::regconfig, public.quote_search_words(a.title)), 'C'::"char")) || '''#'':1'::tsvector) || setweight(to_tsvector('simple'::regconfig, public.quote_search_words(((COALESCE(o.name, ''::text) || ' '::text) || COALESCE(v.name, ''::text)))), 'D'::"char")) || array_to_tsvector((array_remove(ARRAY[('#p'::text || q.person_id), ('#a'::text || q.article_id), ('#o'::text || q.outlet_id), ('#v'::text || q.via_outlet_id), ('#k'::text || q.kind), ('#s'::text || q.status),
        CASE
            WHEN (q.sort_date <> ''::text) THEN ('#y'::text || substr(q.sort_date, 1, 4))
            ELSE NULL::text
        END,
        CASE
            WHEN (q.sort_date <> ''::text) THEN (('#m'::text || substr(q.sort_date, 1, 4)) || substr(q.sort_date, 6, 2))
            ELSE NULL::text
        END], NULL::text) || ARRAY( SELECT ('#t'::text || quote_topics.topic_id)
           FROM public.quote_topics
          WHERE (quote_topics.quote_id = q.id))))) AS document,
    q.person_id,
    q.article_id,
    q.outlet_id,
    q.via_outlet_id
   FROM ((((public.quotes q
     JOIN public.people p ON ((p.id = q.person_id)))
     JOIN public.articles a ON ((a.id = q.article_id)))
     LEFT JOIN public.outlets o ON ((o.id = q.outlet_id)))
     LEFT JOIN public.outlets v ON ((v.id = q.via_outlet_id)));


--
-- Name: quote_search_years; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.quote_search_years (
    year text NOT NULL
);


--
-- Name: quotes_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.quotes_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: quotes_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.quotes_id_seq OWNED BY public.quotes.id;


--
-- Name: revisions; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.revisions (
    id bigint NOT NULL,
    entity_type text NOT NULL,
    entity_id bigint NOT NULL,
    version integer NOT NULL,
    action text NOT NULL,
    user_id bigint,
    summary text DEFAULT ''::text NOT NULL,
    data text NOT NULL,
    created_at timestamp with time zone NOT NULL
);


--
-- Name: revisions_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.revisions_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: revisions_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.revisions_id_seq OWNED BY public.revisions.id;


--
-- Name: schema_migrations; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.schema_migrations (
    version integer NOT NULL,
    applied_at timestamp with time zone NOT NULL
);


--
-- Name: sessions; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.sessions (
    id bigint NOT NULL,
    token_hash text NOT NULL,
    user_id bigint NOT NULL,
    csrf_token text NOT NULL,
    created_at timestamp with time zone NOT NULL,
    last_seen_at timestamp with time zone NOT NULL
);


--
-- Name: sessions_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.sessions_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: sessions_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.sessions_id_seq OWNED BY public.sessions.id;


--
-- Name: topics; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.topics (
    id bigint NOT NULL,
    name text NOT NULL,
    slug text NOT NULL,
    quote_count integer DEFAULT 0 NOT NULL,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    version integer DEFAULT 1 NOT NULL
);


--
-- Name: topics_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.topics_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: topics_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.topics_id_seq OWNED BY public.topics.id;


--
-- Name: users; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.users (
    id bigint NOT NULL,
    email text NOT NULL,
    name text DEFAULT ''::text NOT NULL,
    role text DEFAULT 'editor'::text NOT NULL,
    password_hash text DEFAULT ''::text NOT NULL,
    invite_hash text,
    invite_expires_at timestamp with time zone,
    disabled_at timestamp with time zone,
    last_login_at timestamp with time zone,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL
);


--
-- Name: users_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.users_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: users_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.users_id_seq OWNED BY public.users.id;


--
-- Name: articles id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.articles ALTER COLUMN id SET DEFAULT nextval('public.articles_id_seq'::regclass);


--
-- Name: login_failures id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.login_failures ALTER COLUMN id SET DEFAULT nextval('public.login_failures_id_seq'::regclass);


--
-- Name: outlets id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.outlets ALTER COLUMN id SET DEFAULT nextval('public.outlets_id_seq'::regclass);


--
-- Name: people id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.people ALTER COLUMN id SET DEFAULT nextval('public.people_id_seq'::regclass);


--
-- Name: quotes id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.quotes ALTER COLUMN id SET DEFAULT nextval('public.quotes_id_seq'::regclass);


--
-- Name: revisions id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.revisions ALTER COLUMN id SET DEFAULT nextval('public.revisions_id_seq'::regclass);


--
-- Name: sessions id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.sessions ALTER COLUMN id SET DEFAULT nextval('public.sessions_id_seq'::regclass);


--
-- Name: topics id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.topics ALTER COLUMN id SET DEFAULT nextval('public.topics_id_seq'::regclass);


--
-- Name: users id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.users ALTER COLUMN id SET DEFAULT nextval('public.users_id_seq'::regclass);


--
-- Data for Name: app_secrets; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: articles; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.articles VALUES (1, 'Twitter Fined $150 Million For Allegedly Selling User Data Improperly', NULL, NULL, '', NULL, NULL, 'Twitter received bad news after the Federal Trade Commission fined it $150 million.

It was accused of selling users’ data improperly without their consent. The complaint filed by the Department of Justice (DOJ) on behalf of the Federal Trade Commission (FTC) said Twitter collected user information for “security purposes” and then sold it commercially.

“Twitter asked users for personal information for the express purpose of securing their accounts, but then also used it to serve targeted ads for Twitter’s financial benefit,” a business blog on the FTC’s website read. “It wasn’t Twitter’s first alleged violation of the FTC Act, but this one will cost the company $150 million in civil penalties.”

Twitter was the first to be found in violation of FTC Act 2011 following a complaint alleging that Twitter exploited users’ data for its own advantage.

The order that finalized the decision warned that Twitter Faced substantial fines if it lied about “the extent to which [Twitter] maintains and protects the security, privacy, confidentiality, or integrity of any nonpublic consumer information.”

Another similar complaint was filed alleging that users’ data were improperly used.

According to NPR, FTC chair Lina Khan said users were targeted with ads after Twitter sold user data originally claimed to be for “security purposes.”

“As the complaint notes, Twitter obtained data from users on the pretext of harnessing it for security purposes but then ended up also using the data to target users with ads,” she said per NPR.

NPR spoke with Sam Levine who is the leader of FTC’s Bureau of Consumer Protection. Levine said the platforms tactics were deliberately deceitful.

He said that if you tell people they’re using their numbers to protect their accounts and then use them for another purpose, then it’s deceiving them.

A Twitter spokesperson stated that Twitter had a resounding “Yes!” statement that user data “may have been inadvertently used for advertising” and the platform was now “aligned” with the FTC to “ensure that people’s personal data remains secure and their privacy protected.”

“[W]e have aligned with the agency on operational updates and program enhancements to ensure that people’s personal data remains secure and their privacy protected,” Twitter’s chief privacy officer, Damien Kieran, said.

“Moving forward, we will continue to make investments in this work, including building and evolving processes, implementing technical measures, and conducting regular auditing and reporting to ensure we are mitigating risk at every level and function at Twitter,” Kieran added. “We will also continue to partner with the FTC, and our security and privacy regulators around the world, on our shared mission of building useful products and services that meet our customers’ needs while keeping the information they share with us secure and respectful of their privacy.”
', 15, '2026-12-02 05:44:16.970669+00', '2026-12-02 05:44:16.970669+00', 1);


--
-- Data for Name: data_version; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.data_version VALUES (1, 2);


--
-- Data for Name: login_failures; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: outlet_domains; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.outlet_domains VALUES (1, 'npr.org');
INSERT INTO public.outlet_domains VALUES (2, 'ftc.gov');


--
-- Data for Name: outlets; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.outlets VALUES (1, 'NPR', 'npr', 'broadcaster', 'https://www.npr.org/', 0, '2026-12-02 05:44:16.860312+00', '2026-12-02 05:44:16.860312+00', 1);
INSERT INTO public.outlets VALUES (2, 'FTC Business Blog', 'ftc-business-blog', 'government', 'https://www.ftc.gov/business-guidance/blog', 0, '2026-12-02 05:44:16.875537+00', '2026-12-02 05:44:16.875537+00', 1);


--
-- Data for Name: people; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.people VALUES (1, 'Department of Justice', 'department-of-justice', 'department of justice', 'organisation', 'United States Department of Justice', '', 1, '2026-12-02 05:44:16.885102+00', '2026-12-02 05:44:16.885102+00', 1);
INSERT INTO public.people VALUES (2, 'Federal Trade Commission', 'federal-trade-commission', 'federal trade commission', 'organisation', 'United States consumer protection and competition agency', '', 3, '2026-12-02 05:44:16.90742+00', '2026-12-02 05:44:16.90742+00', 1);
INSERT INTO public.people VALUES (3, 'Lina Khan', 'lina-khan', 'khan, lina', 'person', 'Chair of the Federal Trade Commission', '', 2, '2026-12-02 05:44:16.932338+00', '2026-12-02 05:44:16.932338+00', 1);
INSERT INTO public.people VALUES (4, 'Sam Levine', 'sam-levine', 'levine, sam', 'person', 'Director of the FTC''s Bureau of Consumer Protection', '', 2, '2026-12-02 05:44:16.948384+00', '2026-12-02 05:44:16.948384+00', 1);
INSERT INTO public.people VALUES (5, 'Twitter spokesperson', 'twitter-spokesperson', 'twitter spokesperson', 'role', 'An unnamed spokesperson for Twitter', '', 4, '2026-12-02 05:44:16.95694+00', '2026-12-02 05:44:16.95694+00', 1);
INSERT INTO public.people VALUES (6, 'Damien Kieran', 'damien-kieran', 'kieran, damien', 'person', 'Chief privacy officer of Twitter', '', 3, '2026-12-02 05:44:16.960143+00', '2026-12-02 05:44:16.960143+00', 1);


--
-- Data for Name: person_aliases; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.person_aliases VALUES (1, 'DOJ');
INSERT INTO public.person_aliases VALUES (2, 'FTC');
INSERT INTO public.person_aliases VALUES (3, 'Khan');
INSERT INTO public.person_aliases VALUES (3, 'Lina M. Khan');
INSERT INTO public.person_aliases VALUES (4, 'Levine');
INSERT INTO public.person_aliases VALUES (6, 'Kieran');


--
-- Data for Name: person_outlet_counts; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: person_topic_counts; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.person_topic_counts VALUES (1, 1, 1);
INSERT INTO public.person_topic_counts VALUES (2, 2, 1);
INSERT INTO public.person_topic_counts VALUES (2, 1, 3);
INSERT INTO public.person_topic_counts VALUES (3, 1, 2);
INSERT INTO public.person_topic_counts VALUES (3, 2, 2);
INSERT INTO public.person_topic_counts VALUES (4, 1, 2);
INSERT INTO public.person_topic_counts VALUES (5, 2, 1);
INSERT INTO public.person_topic_counts VALUES (5, 1, 1);
INSERT INTO public.person_topic_counts VALUES (6, 1, 3);


--
-- Data for Name: person_year_counts; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: quote_search; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.quote_search VALUES (1, '''#'':3,8,19 ''#a1'' ''#kpartial'' ''#p1'' ''#sunverified'' ''#t1'' ''150'':11C ''allegedly'':14C ''data'':17C ''department'':4B ''doj'':7B ''fined'':10C ''for'':13C ''improperly'':18C ''justice'':6B ''million'':12C ''of'':5B ''purposes'':2A ''security'':1A ''selling'':15C ''twitter'':9C ''user'':16C');
INSERT INTO public.quote_search VALUES (2, '''#'':29,34,45 ''#a1'' ''#kdirect'' ''#p2'' ''#sunverified'' ''#t1'' ''#t2'' ''#v2'' ''150'':37C ''accounts'':14A ''ads'':23A ''allegedly'':40C ''also'':17A ''asked'':2A ''benefit'':28A ''blog'':48 ''business'':47 ''but'':15A ''commission'':32B ''data'':43C ''express'':9A ''federal'':30B ''financial'':27A ''fined'':36C ''for'':4A,7A,24A,39C ''ftc'':33B,46 ''improperly'':44C ''information'':6A ''it'':19A ''million'':38C ''of'':11A ''personal'':5A ''purpose'':10A ''s'':26A ''securing'':12A ''selling'':41C ''serve'':21A ''targeted'':22A ''the'':8A ''their'':13A ''then'':16A ''to'':20A ''trade'':31B ''twitter'':1A,25A,35C ''used'':18A ''user'':42C ''users'':3A');
INSERT INTO public.quote_search VALUES (3, '''#'':25,30,41 ''#a1'' ''#kdirect'' ''#p2'' ''#sunverified'' ''#t1'' ''#v2'' ''150'':20A,33C ''act'':12A ''alleged'':7A ''allegedly'':36C ''blog'':44 ''business'':43 ''but'':13A ''civil'':23A ''commission'':28B ''company'':19A ''cost'':17A ''data'':39C ''federal'':26B ''fined'':32C ''first'':6A ''for'':35C ''ftc'':11A,29B,42 ''improperly'':40C ''in'':22A ''it'':1A ''million'':21A,34C ''of'':9A ''one'':15A ''penalties'':24A ''s'':5A ''selling'':37C ''t'':3A ''the'':10A,18A ''this'':14A ''trade'':27B ''twitter'':4A,31C ''user'':38C ''violation'':8A ''wasn'':2A ''will'':16A');
INSERT INTO public.quote_search VALUES (4, '''#'':20,25,36 ''#a1'' ''#kpartial'' ''#p2'' ''#sunverified'' ''#t1'' ''150'':28C ''allegedly'':31C ''and'':7A ''any'':16A ''commission'':23B ''confidentiality'':12A ''consumer'':18A ''data'':34C ''extent'':2A ''federal'':21B ''fined'':27C ''for'':30C ''ftc'':24B ''improperly'':35C ''information'':19A ''integrity'':14A ''maintains'':6A ''million'':29C ''nonpublic'':17A ''of'':15A ''or'':13A ''privacy'':11A ''protects'':8A ''security'':10A ''selling'':32C ''the'':1A,9A ''to'':3A ''trade'':22B ''twitter'':5A,26C ''user'':33C ''which'':4A');
INSERT INTO public.quote_search VALUES (5, '''#'':3,10,21 ''#a1'' ''#kpartial'' ''#p3'' ''#sunverified'' ''#t1'' ''#t2'' ''#v1'' ''150'':13C ''allegedly'':16C ''data'':19C ''fined'':12C ''for'':15C ''improperly'':20C ''khan'':5B,6B,9B ''lina'':4B,7B ''m'':8B ''million'':14C ''npr'':22 ''purposes'':2A ''security'':1A ''selling'':17C ''twitter'':11C ''user'':18C');
INSERT INTO public.quote_search VALUES (6, '''#'':32,39,50 ''#a1'' ''#kdirect'' ''#p3'' ''#sunverified'' ''#t1'' ''#t2'' ''#v1'' ''150'':42C ''ads'':31A ''allegedly'':45C ''also'':23A ''as'':1A ''but'':19A ''complaint'':3A ''data'':7A,26A,48C ''ended'':21A ''fined'':41C ''for'':16A,44C ''from'':8A ''harnessing'':14A ''improperly'':49C ''it'':15A ''khan'':34B,35B,38B ''lina'':33B,36B ''m'':37B ''million'':43C ''notes'':4A ''npr'':51 ''obtained'':6A ''of'':13A ''on'':10A ''pretext'':12A ''purposes'':18A ''security'':17A ''selling'':46C ''target'':28A ''the'':2A,11A,25A ''then'':20A ''to'':27A ''twitter'':5A,40C ''up'':22A ''user'':47C ''users'':9A,29A ''using'':24A ''with'':30A');
INSERT INTO public.quote_search VALUES (7, '''#'':7,11,22 ''#a1'' ''#kparaphrase'' ''#p4'' ''#sunverified'' ''#t1'' ''#v1'' ''150'':14C ''allegedly'':17C ''data'':20C ''deceitful'':6A ''deliberately'':5A ''fined'':13C ''for'':16C ''improperly'':21C ''levine'':9B,10B ''million'':15C ''npr'':23 ''platforms'':2A ''sam'':8B ''selling'':18C ''tactics'':3A ''the'':1A ''twitter'':12C ''user'':19C ''were'':4A');
INSERT INTO public.quote_search VALUES (8, '''#'':26,30,41 ''#a1'' ''#kparaphrase'' ''#p4'' ''#sunverified'' ''#t1'' ''#v1'' ''150'':33C ''accounts'':13A ''allegedly'':36C ''and'':14A ''another'':19A ''data'':39C ''deceiving'':24A ''fined'':32C ''for'':18A,35C ''if'':1A ''improperly'':40C ''it'':22A ''levine'':28B,29B ''million'':34C ''npr'':42 ''numbers'':9A ''people'':4A ''protect'':11A ''purpose'':20A ''re'':6A ''s'':23A ''sam'':27B ''selling'':37C ''tell'':3A ''their'':8A,12A ''them'':17A,25A ''then'':15A,21A ''they'':5A ''to'':10A ''twitter'':31C ''use'':16A ''user'':38C ''using'':7A ''you'':2A');
INSERT INTO public.quote_search VALUES (9, '''#'':2,5,16 ''#a1'' ''#kpartial'' ''#p5'' ''#sunverified'' ''150'':8C ''allegedly'':11C ''data'':14C ''fined'':7C ''for'':10C ''improperly'':15C ''million'':9C ''selling'':12C ''spokesperson'':4B ''twitter'':3B,6C ''user'':13C ''yes'':1A');
INSERT INTO public.quote_search VALUES (10, '''#'':8,11,22 ''#a1'' ''#kpartial'' ''#p5'' ''#sunverified'' ''#t2'' ''150'':14C ''advertising'':7A ''allegedly'':17C ''been'':3A ''data'':20C ''fined'':13C ''for'':6A,16C ''have'':2A ''improperly'':21C ''inadvertently'':4A ''may'':1A ''million'':15C ''selling'':18C ''spokesperson'':10B ''twitter'':9B,12C ''used'':5A ''user'':19C');
INSERT INTO public.quote_search VALUES (11, '''#'':2,5,16 ''#a1'' ''#kpartial'' ''#p5'' ''#sunverified'' ''150'':8C ''aligned'':1A ''allegedly'':11C ''data'':14C ''fined'':7C ''for'':10C ''improperly'':15C ''million'':9C ''selling'':12C ''spokesperson'':4B ''twitter'':3B,6C ''user'':13C');
INSERT INTO public.quote_search VALUES (12, '''#'':13,16,27 ''#a1'' ''#kpartial'' ''#p5'' ''#sunverified'' ''#t1'' ''150'':19C ''allegedly'':22C ''and'':9A ''data'':6A,25C ''ensure'':1A ''fined'':18C ''for'':21C ''improperly'':26C ''million'':20C ''people'':3A ''personal'':5A ''privacy'':11A ''protected'':12A ''remains'':7A ''s'':4A ''secure'':8A ''selling'':23C ''spokesperson'':15B ''that'':2A ''their'':10A ''twitter'':14B,17C ''user'':24C');
INSERT INTO public.quote_search VALUES (13, '''#'':27,31,42 ''#a1'' ''#kdirect'' ''#p6'' ''#sunverified'' ''#t1'' ''150'':34C ''agency'':7A ''aligned'':4A ''allegedly'':37C ''and'':11A,23A ''damien'':28B ''data'':20A,40C ''e'':2A ''enhancements'':13A ''ensure'':15A ''fined'':33C ''for'':36C ''have'':3A ''improperly'':41C ''kieran'':29B,30B ''million'':35C ''on'':8A ''operational'':9A ''people'':17A ''personal'':19A ''privacy'':25A ''program'':12A ''protected'':26A ''remains'':21A ''s'':18A ''secure'':22A ''selling'':38C ''that'':16A ''the'':6A ''their'':24A ''to'':14A ''twitter'':32C ''updates'':10A ''user'':39C ''w'':1A ''with'':5A');
INSERT INTO public.quote_search VALUES (14, '''#'':39,43,54 ''#a1'' ''#kdirect'' ''#p6'' ''#sunverified'' ''#t1'' ''150'':46C ''allegedly'':49C ''and'':14A,20A,24A,35A ''are'':29A ''at'':32A,37A ''auditing'':23A ''building'':13A ''conducting'':21A ''continue'':5A ''damien'':40B ''data'':52C ''ensure'':27A ''every'':33A ''evolving'':15A ''fined'':45C ''for'':48C ''forward'':2A ''function'':36A ''implementing'':17A ''improperly'':53C ''in'':9A ''including'':12A ''investments'':8A ''kieran'':41B,42B ''level'':34A ''make'':7A ''measures'':19A ''million'':47C ''mitigating'':30A ''moving'':1A ''processes'':16A ''regular'':22A ''reporting'':25A ''risk'':31A ''selling'':50C ''technical'':18A ''this'':10A ''to'':6A,26A ''twitter'':38A,44C ''user'':51C ''we'':3A,28A ''will'':4A ''work'':11A');
INSERT INTO public.quote_search VALUES (15, '''#'':48,52,63 ''#a1'' ''#kdirect'' ''#p6'' ''#sunverified'' ''#t1'' ''150'':55C ''allegedly'':58C ''also'':3A ''and'':10A,13A,27A,43A ''around'':16A ''building'':24A ''continue'':4A ''customers'':32A ''damien'':49B ''data'':61C ''fined'':54C ''for'':57C ''ftc'':9A ''improperly'':62C ''information'':37A ''keeping'':35A ''kieran'':50B,51B ''meet'':30A ''million'':56C ''mission'':22A ''needs'':33A ''of'':23A,45A ''on'':19A ''our'':11A,20A,31A ''partner'':6A ''privacy'':14A,47A ''products'':26A ''regulators'':15A ''respectful'':44A ''secure'':42A ''security'':12A ''selling'':59C ''services'':28A ''share'':39A ''shared'':21A ''that'':29A ''the'':8A,17A,36A ''their'':46A ''they'':38A ''to'':5A ''twitter'':53C ''us'':41A ''useful'':25A ''user'':60C ''we'':1A ''while'':34A ''will'':2A ''with'':7A,40A ''world'':18A');


--
-- Data for Name: quote_search_deferred; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: quote_search_years; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: quote_topics; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.quote_topics VALUES (1, 1);
INSERT INTO public.quote_topics VALUES (2, 1);
INSERT INTO public.quote_topics VALUES (2, 2);
INSERT INTO public.quote_topics VALUES (3, 1);
INSERT INTO public.quote_topics VALUES (4, 1);
INSERT INTO public.quote_topics VALUES (5, 1);
INSERT INTO public.quote_topics VALUES (5, 2);
INSERT INTO public.quote_topics VALUES (6, 1);
INSERT INTO public.quote_topics VALUES (6, 2);
INSERT INTO public.quote_topics VALUES (7, 1);
INSERT INTO public.quote_topics VALUES (8, 1);
INSERT INTO public.quote_topics VALUES (10, 2);
INSERT INTO public.quote_topics VALUES (12, 1);
INSERT INTO public.quote_topics VALUES (13, 1);
INSERT INTO public.quote_topics VALUES (14, 1);
INSERT INTO public.quote_topics VALUES (15, 1);


--
-- Data for Name: quotes; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.quotes VALUES (1, 'security purposes', 1, 'complaint filed on behalf of the FTC', 'partial', 1, NULL, NULL, NULL, '', 'The complaint filed by the Department of Justice (DOJ) on behalf of the Federal Trade Commission (FTC) said Twitter collected user information for “security purposes” and then sold it commercially.', 'unverified', 305, 322, 'security purposes', 'collected user information for “', '” and then sold it commercially.', '2026-12-02 05:44:16.97703+00', '2026-12-02 05:44:16.97703+00', NULL, 1);
INSERT INTO public.quotes VALUES (2, 'Twitter asked users for personal information for the express purpose of securing their accounts, but then also used it to serve targeted ads for Twitter’s financial benefit,', 2, 'business blog on the FTC’s website', 'direct', 1, NULL, 2, NULL, '', 'a business blog on the FTC’s website read.', 'unverified', 357, 530, 'Twitter asked users for personal information for the express purpose of securing their accounts, but then also used it to serve targeted ads for Twitter’s financial benefit,', 'nd then sold it commercially.

“', '” a business blog on the FTC’s w', '2026-12-02 05:44:17.024483+00', '2026-12-02 05:44:17.024483+00', NULL, 1);
INSERT INTO public.quotes VALUES (3, 'It wasn’t Twitter’s first alleged violation of the FTC Act, but this one will cost the company $150 million in civil penalties.', 2, 'business blog on the FTC’s website', 'direct', 1, NULL, 2, NULL, '', 'a business blog on the FTC’s website read.', 'unverified', 576, 703, 'It wasn’t Twitter’s first alleged violation of the FTC Act, but this one will cost the company $150 million in civil penalties.', 'log on the FTC’s website read. “', '”

Twitter was the first to be f', '2026-12-02 05:44:17.077779+00', '2026-12-02 05:44:17.077779+00', NULL, 1);
INSERT INTO public.quotes VALUES (4, 'the extent to which [Twitter] maintains and protects the security, privacy, confidentiality, or integrity of any nonpublic consumer information.', 2, '2011 order', 'partial', 1, NULL, NULL, NULL, '', 'The order that finalized the decision warned that Twitter Faced substantial fines if it lied about “the extent to which [Twitter] maintains and protects the security, privacy, confidentiality, or integrity of any nonpublic consumer information.”', 'unverified', 959, 1103, 'the extent to which [Twitter] maintains and protects the security, privacy, confidentiality, or integrity of any nonpublic consumer information.', 'tantial fines if it lied about “', '”

Another similar complaint was', '2026-12-02 05:44:17.10821+00', '2026-12-02 05:44:17.10821+00', NULL, 1);
INSERT INTO public.quotes VALUES (5, 'security purposes.', 3, 'FTC chair', 'partial', 1, NULL, 1, NULL, '', 'According to NPR, FTC chair Lina Khan said users were targeted with ads after Twitter sold user data originally claimed to be for “security purposes.”', 'unverified', 1322, 1340, 'security purposes.', 'a originally claimed to be for “', '”

“As the complaint notes, Twit', '2026-12-02 05:44:17.18649+00', '2026-12-02 05:44:17.18649+00', NULL, 1);
INSERT INTO public.quotes VALUES (6, 'As the complaint notes, Twitter obtained data from users on the pretext of harnessing it for security purposes but then ended up also using the data to target users with ads,', 3, 'FTC chair', 'direct', 1, NULL, 1, NULL, '', 'she said per NPR.', 'unverified', 1344, 1518, 'As the complaint notes, Twitter obtained data from users on the pretext of harnessing it for security purposes but then ended up also using the data to target users with ads,', 'o be for “security purposes.”

“', '” she said per NPR.

NPR spoke w', '2026-12-02 05:44:17.210145+00', '2026-12-02 05:44:17.210145+00', NULL, 1);
INSERT INTO public.quotes VALUES (7, 'the platforms tactics were deliberately deceitful', 4, 'leader of FTC’s Bureau of Consumer Protection', 'paraphrase', 1, NULL, 1, NULL, '', 'NPR spoke with Sam Levine who is the leader of FTC’s Bureau of Consumer Protection. Levine said the platforms tactics were deliberately deceitful.', 'unverified', 1635, 1684, 'the platforms tactics were deliberately deceitful', 'onsumer Protection. Levine said ', '.

He said that if you tell peop', '2026-12-02 05:44:17.358354+00', '2026-12-02 05:44:17.358354+00', NULL, 1);
INSERT INTO public.quotes VALUES (8, 'if you tell people they’re using their numbers to protect their accounts and then use them for another purpose, then it’s deceiving them', 4, 'leader of FTC’s Bureau of Consumer Protection', 'paraphrase', 1, NULL, 1, NULL, '', 'He said that if you tell people they’re using their numbers to protect their accounts and then use them for another purpose, then it’s deceiving them.', 'unverified', 1700, 1836, 'if you tell people they’re using their numbers to protect their accounts and then use them for another purpose, then it’s deceiving them', 'rately deceitful.

He said that ', '.

A Twitter spokesperson stated', '2026-12-02 05:44:17.37214+00', '2026-12-02 05:44:17.37214+00', NULL, 1);
INSERT INTO public.quotes VALUES (9, 'Yes!', 5, '', 'partial', 1, NULL, NULL, NULL, '', 'A Twitter spokesperson stated that Twitter had a resounding “Yes!” statement', 'unverified', 1900, 1904, 'Yes!', ' that Twitter had a resounding “', '” statement that user data “may ', '2026-12-02 05:44:17.393556+00', '2026-12-02 05:44:17.393556+00', NULL, 1);
INSERT INTO public.quotes VALUES (10, 'may have been inadvertently used for advertising', 5, '', 'partial', 1, NULL, NULL, NULL, '', 'user data “may have been inadvertently used for advertising”', 'unverified', 1932, 1980, 'may have been inadvertently used for advertising', 'Yes!” statement that user data “', '” and the platform was now “alig', '2026-12-02 05:44:17.467204+00', '2026-12-02 05:44:17.467204+00', NULL, 1);
INSERT INTO public.quotes VALUES (11, 'aligned', 5, '', 'partial', 1, NULL, NULL, NULL, '', 'the platform was now “aligned” with the FTC', 'unverified', 2008, 2015, 'aligned', 'sing” and the platform was now “', '” with the FTC to “ensure that p', '2026-12-02 05:44:17.490386+00', '2026-12-02 05:44:17.490386+00', NULL, 1);
INSERT INTO public.quotes VALUES (12, 'ensure that people’s personal data remains secure and their privacy protected.', 5, '', 'partial', 1, NULL, NULL, NULL, '', 'to “ensure that people’s personal data remains secure and their privacy protected.”', 'unverified', 2034, 2112, 'ensure that people’s personal data remains secure and their privacy protected.', ' now “aligned” with the FTC to “', '”

“[W]e have aligned with the a', '2026-12-02 05:44:17.5043+00', '2026-12-02 05:44:17.5043+00', NULL, 1);
INSERT INTO public.quotes VALUES (13, '[W]e have aligned with the agency on operational updates and program enhancements to ensure that people’s personal data remains secure and their privacy protected,', 6, 'Twitter’s chief privacy officer', 'direct', 1, NULL, NULL, NULL, '', 'Twitter’s chief privacy officer, Damien Kieran, said.', 'unverified', 2116, 2279, '[W]e have aligned with the agency on operational updates and program enhancements to ensure that people’s personal data remains secure and their privacy protected,', 'and their privacy protected.”

“', '” Twitter’s chief privacy office', '2026-12-02 05:44:17.570279+00', '2026-12-02 05:44:17.570279+00', NULL, 1);
INSERT INTO public.quotes VALUES (14, 'Moving forward, we will continue to make investments in this work, including building and evolving processes, implementing technical measures, and conducting regular auditing and reporting to ensure we are mitigating risk at every level and function at Twitter,', 6, 'Twitter’s chief privacy officer', 'direct', 1, NULL, NULL, NULL, '', 'Kieran added.', 'unverified', 2337, 2598, 'Moving forward, we will continue to make investments in this work, including building and evolving processes, implementing technical measures, and conducting regular auditing and reporting to ensure we are mitigating risk at every level and function at Twitter,', 'officer, Damien Kieran, said.

“', '” Kieran added. “We will also co', '2026-12-02 05:44:17.587852+00', '2026-12-02 05:44:17.587852+00', NULL, 1);
INSERT INTO public.quotes VALUES (15, 'We will also continue to partner with the FTC, and our security and privacy regulators around the world, on our shared mission of building useful products and services that meet our customers’ needs while keeping the information they share with us secure and respectful of their privacy.', 6, 'Twitter’s chief privacy officer', 'direct', 1, NULL, NULL, NULL, '', 'Kieran added.', 'unverified', 2615, 2902, 'We will also continue to partner with the FTC, and our security and privacy regulators around the world, on our shared mission of building useful products and services that meet our customers’ needs while keeping the information they share with us secure and respectful of their privacy.', 'ion at Twitter,” Kieran added. “', '”
', '2026-12-02 05:44:17.639577+00', '2026-12-02 05:44:17.639577+00', NULL, 1);


--
-- Data for Name: revisions; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.revisions VALUES (1, 'outlet', 1, 1, 'create', NULL, '', '{"name":"NPR","slug":"npr","kind":"broadcaster","home_url":"https://www.npr.org/","domains":["npr.org"]}', '2026-12-02 05:44:16.860312+00');
INSERT INTO public.revisions VALUES (2, 'outlet', 2, 1, 'create', NULL, '', '{"name":"FTC Business Blog","slug":"ftc-business-blog","kind":"government","home_url":"https://www.ftc.gov/business-guidance/blog","domains":["ftc.gov"]}', '2026-12-02 05:44:16.875537+00');
INSERT INTO public.revisions VALUES (3, 'person', 1, 1, 'create', NULL, '', '{"name":"Department of Justice","slug":"department-of-justice","kind":"organisation","description":"United States Department of Justice","wikidata_id":"","aliases":["DOJ"]}', '2026-12-02 05:44:16.885102+00');
INSERT INTO public.revisions VALUES (4, 'person', 2, 1, 'create', NULL, '', '{"name":"Federal Trade Commission","slug":"federal-trade-commission","kind":"organisation","description":"United States consumer protection and competition agency","wikidata_id":"","aliases":["FTC"]}', '2026-12-02 05:44:16.90742+00');
INSERT INTO public.revisions VALUES (5, 'person', 3, 1, 'create', NULL, '', '{"name":"Lina Khan","slug":"lina-khan","kind":"person","description":"Chair of the Federal Trade Commission","wikidata_id":"","aliases":["Khan","Lina M. Khan"]}', '2026-12-02 05:44:16.932338+00');
INSERT INTO public.revisions VALUES (6, 'person', 4, 1, 'create', NULL, '', '{"name":"Sam Levine","slug":"sam-levine","kind":"person","description":"Director of the FTC''s Bureau of Consumer Protection","wikidata_id":"","aliases":["Levine"]}', '2026-12-02 05:44:16.948384+00');
INSERT INTO public.revisions VALUES (7, 'person', 5, 1, 'create', NULL, '', '{"name":"Twitter spokesperson","slug":"twitter-spokesperson","kind":"role","description":"An unnamed spokesperson for Twitter","wikidata_id":"","aliases":[]}', '2026-12-02 05:44:16.95694+00');
INSERT INTO public.revisions VALUES (8, 'person', 6, 1, 'create', NULL, '', '{"name":"Damien Kieran","slug":"damien-kieran","kind":"person","description":"Chief privacy officer of Twitter","wikidata_id":"","aliases":["Kieran"]}', '2026-12-02 05:44:16.960143+00');
INSERT INTO public.revisions VALUES (9, 'article', 1, 1, 'create', NULL, '', '{"title":"Twitter Fined $150 Million For Allegedly Selling User Data Improperly","url":null,"outlet_id":null,"outlet":"","authors":"","published_on":null,"accessed_on":null,"body":"Twitter received bad news after the Federal Trade Commission fined it $150 million.\n\nIt was accused of selling users’ data improperly without their consent. The complaint filed by the Department of Justice (DOJ) on behalf of the Federal Trade Commission (FTC) said Twitter collected user information for “security purposes” and then sold it commercially.\n\n“Twitter asked users for personal information for the express purpose of securing their accounts, but then also used it to serve targeted ads for Twitter’s financial benefit,” a business blog on the FTC’s website read. “It wasn’t Twitter’s first alleged violation of the FTC Act, but this one will cost the company $150 million in civil penalties.”\n\nTwitter was the first to be found in violation of FTC Act 2011 following a complaint alleging that Twitter exploited users’ data for its own advantage.\n\nThe order that finalized the decision warned that Twitter Faced substantial fines if it lied about “the extent to which [Twitter] maintains and protects the security, privacy, confidentiality, or integrity of any nonpublic consumer information.”\n\nAnother similar complaint was filed alleging that users’ data were improperly used.\n\nAccording to NPR, FTC chair Lina Khan said users were targeted with ads after Twitter sold user data originally claimed to be for “security purposes.”\n\n“As the complaint notes, Twitter obtained data from users on the pretext of harnessing it for security purposes but then ended up also using the data to target users with ads,” she said per NPR.\n\nNPR spoke with Sam Levine who is the leader of FTC’s Bureau of Consumer Protection. Levine said the platforms tactics were deliberately deceitful.\n\nHe said that if you tell people they’re using their numbers to protect their accounts and then use them for another purpose, then it’s deceiving them.\n\nA Twitter spokesperson stated that Twitter had a resounding “Yes!” statement that user data “may have been inadvertently used for advertising” and the platform was now “aligned” with the FTC to “ensure that people’s personal data remains secure and their privacy protected.”\n\n“[W]e have aligned with the agency on operational updates and program enhancements to ensure that people’s personal data remains secure and their privacy protected,” Twitter’s chief privacy officer, Damien Kieran, said.\n\n“Moving forward, we will continue to make investments in this work, including building and evolving processes, implementing technical measures, and conducting regular auditing and reporting to ensure we are mitigating risk at every level and function at Twitter,” Kieran added. “We will also continue to partner with the FTC, and our security and privacy regulators around the world, on our shared mission of building useful products and services that meet our customers’ needs while keeping the information they share with us secure and respectful of their privacy.”\n"}', '2026-12-02 05:44:16.970669+00');
INSERT INTO public.revisions VALUES (10, 'topic', 1, 1, 'create', NULL, '', '{"name":"privacy","slug":"privacy"}', '2026-12-02 05:44:16.99124+00');
INSERT INTO public.revisions VALUES (11, 'quote', 1, 1, 'create', NULL, '', '{"text":"security purposes","person_id":1,"speaker":"Department of Justice","speaker_title":"complaint filed on behalf of the FTC","kind":"partial","article_id":1,"article":"Twitter Fined $150 Million For Allegedly Selling User Data Improperly","via_outlet_id":null,"via":"","said_on":null,"context":"The complaint filed by the Department of Justice (DOJ) on behalf of the Federal Trade Commission (FTC) said Twitter collected user information for “security purposes” and then sold it commercially.","status":"unverified","topic_ids":[1],"topics":["privacy"],"anchor_start":305,"anchor_end":322,"anchor_exact":"security purposes","anchor_prefix":"collected user information for “","anchor_suffix":"” and then sold it commercially."}', '2026-12-02 05:44:16.97703+00');
INSERT INTO public.revisions VALUES (12, 'topic', 2, 1, 'create', NULL, '', '{"name":"advertising","slug":"advertising"}', '2026-12-02 05:44:17.051264+00');
INSERT INTO public.revisions VALUES (13, 'quote', 2, 1, 'create', NULL, '', '{"text":"Twitter asked users for personal information for the express purpose of securing their accounts, but then also used it to serve targeted ads for Twitter’s financial benefit,","person_id":2,"speaker":"Federal Trade Commission","speaker_title":"business blog on the FTC’s website","kind":"direct","article_id":1,"article":"Twitter Fined $150 Million For Allegedly Selling User Data Improperly","via_outlet_id":2,"via":"FTC Business Blog","said_on":null,"context":"a business blog on the FTC’s website read.","status":"unverified","topic_ids":[1,2],"topics":["privacy","advertising"],"anchor_start":357,"anchor_end":530,"anchor_exact":"Twitter asked users for personal information for the express purpose of securing their accounts, but then also used it to serve targeted ads for Twitter’s financial benefit,","anchor_prefix":"nd then sold it commercially.\n\n“","anchor_suffix":"” a business blog on the FTC’s w"}', '2026-12-02 05:44:17.024483+00');
INSERT INTO public.revisions VALUES (14, 'quote', 3, 1, 'create', NULL, '', '{"text":"It wasn’t Twitter’s first alleged violation of the FTC Act, but this one will cost the company $150 million in civil penalties.","person_id":2,"speaker":"Federal Trade Commission","speaker_title":"business blog on the FTC’s website","kind":"direct","article_id":1,"article":"Twitter Fined $150 Million For Allegedly Selling User Data Improperly","via_outlet_id":2,"via":"FTC Business Blog","said_on":null,"context":"a business blog on the FTC’s website read.","status":"unverified","topic_ids":[1],"topics":["privacy"],"anchor_start":576,"anchor_end":703,"anchor_exact":"It wasn’t Twitter’s first alleged violation of the FTC Act, but this one will cost the company $150 million in civil penalties.","anchor_prefix":"log on the FTC’s website read. “","anchor_suffix":"”\n\nTwitter was the first to be f"}', '2026-12-02 05:44:17.077779+00');
INSERT INTO public.revisions VALUES (15, 'quote', 4, 1, 'create', NULL, '', '{"text":"the extent to which [Twitter] maintains and protects the security, privacy, confidentiality, or integrity of any nonpublic consumer information.","person_id":2,"speaker":"Federal Trade Commission","speaker_title":"2011 order","kind":"partial","article_id":1,"article":"Twitter Fined $150 Million For Allegedly Selling User Data Improperly","via_outlet_id":null,"via":"","said_on":null,"context":"The order that finalized the decision warned that Twitter Faced substantial fines if it lied about “the extent to which [Twitter] maintains and protects the security, privacy, confidentiality, or integrity of any nonpublic consumer information.”","status":"unverified","topic_ids":[1],"topics":["privacy"],"anchor_start":959,"anchor_end":1103,"anchor_exact":"the extent to which [Twitter] maintains and protects the security, privacy, confidentiality, or integrity of any nonpublic consumer information.","anchor_prefix":"tantial fines if it lied about “","anchor_suffix":"”\n\nAnother similar complaint was"}', '2026-12-02 05:44:17.10821+00');
INSERT INTO public.revisions VALUES (16, 'quote', 5, 1, 'create', NULL, '', '{"text":"security purposes.","person_id":3,"speaker":"Lina Khan","speaker_title":"FTC chair","kind":"partial","article_id":1,"article":"Twitter Fined $150 Million For Allegedly Selling User Data Improperly","via_outlet_id":1,"via":"NPR","said_on":null,"context":"According to NPR, FTC chair Lina Khan said users were targeted with ads after Twitter sold user data originally claimed to be for “security purposes.”","status":"unverified","topic_ids":[1,2],"topics":["privacy","advertising"],"anchor_start":1322,"anchor_end":1340,"anchor_exact":"security purposes.","anchor_prefix":"a originally claimed to be for “","anchor_suffix":"”\n\n“As the complaint notes, Twit"}', '2026-12-02 05:44:17.18649+00');
INSERT INTO public.revisions VALUES (17, 'quote', 6, 1, 'create', NULL, '', '{"text":"As the complaint notes, Twitter obtained data from users on the pretext of harnessing it for security purposes but then ended up also using the data to target users with ads,","person_id":3,"speaker":"Lina Khan","speaker_title":"FTC chair","kind":"direct","article_id":1,"article":"Twitter Fined $150 Million For Allegedly Selling User Data Improperly","via_outlet_id":1,"via":"NPR","said_on":null,"context":"she said per NPR.","status":"unverified","topic_ids":[1,2],"topics":["privacy","advertising"],"anchor_start":1344,"anchor_end":1518,"anchor_exact":"As the complaint notes, Twitter obtained data from users on the pretext of harnessing it for security purposes but then ended up also using the data to target users with ads,","anchor_prefix":"o be for “security purposes.”\n\n“","anchor_suffix":"” she said per NPR.\n\nNPR spoke w"}', '2026-12-02 05:44:17.210145+00');
INSERT INTO public.revisions VALUES (18, 'quote', 7, 1, 'create', NULL, '', '{"text":"the platforms tactics were deliberately deceitful","person_id":4,"speaker":"Sam Levine","speaker_title":"leader of FTC’s Bureau of Consumer Protection","kind":"paraphrase","article_id":1,"article":"Twitter Fined $150 Million For Allegedly Selling User Data Improperly","via_outlet_id":1,"via":"NPR","said_on":null,"context":"NPR spoke with Sam Levine who is the leader of FTC’s Bureau of Consumer Protection. Levine said the platforms tactics were deliberately deceitful.","status":"unverified","topic_ids":[1],"topics":["privacy"],"anchor_start":1635,"anchor_end":1684,"anchor_exact":"the platforms tactics were deliberately deceitful","anchor_prefix":"onsumer Protection. Levine said ","anchor_suffix":".\n\nHe said that if you tell peop"}', '2026-12-02 05:44:17.358354+00');
INSERT INTO public.revisions VALUES (19, 'quote', 8, 1, 'create', NULL, '', '{"text":"if you tell people they’re using their numbers to protect their accounts and then use them for another purpose, then it’s deceiving them","person_id":4,"speaker":"Sam Levine","speaker_title":"leader of FTC’s Bureau of Consumer Protection","kind":"paraphrase","article_id":1,"article":"Twitter Fined $150 Million For Allegedly Selling User Data Improperly","via_outlet_id":1,"via":"NPR","said_on":null,"context":"He said that if you tell people they’re using their numbers to protect their accounts and then use them for another purpose, then it’s deceiving them.","status":"unverified","topic_ids":[1],"topics":["privacy"],"anchor_start":1700,"anchor_end":1836,"anchor_exact":"if you tell people they’re using their numbers to protect their accounts and then use them for another purpose, then it’s deceiving them","anchor_prefix":"rately deceitful.\n\nHe said that ","anchor_suffix":".\n\nA Twitter spokesperson stated"}', '2026-12-02 05:44:17.37214+00');
INSERT INTO public.revisions VALUES (20, 'quote', 9, 1, 'create', NULL, '', '{"text":"Yes!","person_id":5,"speaker":"Twitter spokesperson","speaker_title":"","kind":"partial","article_id":1,"article":"Twitter Fined $150 Million For Allegedly Selling User Data Improperly","via_outlet_id":null,"via":"","said_on":null,"context":"A Twitter spokesperson stated that Twitter had a resounding “Yes!” statement","status":"unverified","topic_ids":[],"topics":[],"anchor_start":1900,"anchor_end":1904,"anchor_exact":"Yes!","anchor_prefix":" that Twitter had a resounding “","anchor_suffix":"” statement that user data “may "}', '2026-12-02 05:44:17.393556+00');
INSERT INTO public.revisions VALUES (21, 'quote', 10, 1, 'create', NULL, '', '{"text":"may have been inadvertently used for advertising","person_id":5,"speaker":"Twitter spokesperson","speaker_title":"","kind":"partial","article_id":1,"article":"Twitter Fined $150 Million For Allegedly Selling User Data Improperly","via_outlet_id":null,"via":"","said_on":null,"context":"user data “may have been inadvertently used for advertising”","status":"unverified","topic_ids":[2],"topics":["advertising"],"anchor_start":1932,"anchor_end":1980,"anchor_exact":"may have been inadvertently used for advertising","anchor_prefix":"Yes!” statement that user data “","anchor_suffix":"” and the platform was now “alig"}', '2026-12-02 05:44:17.467204+00');
INSERT INTO public.revisions VALUES (22, 'quote', 11, 1, 'create', NULL, '', '{"text":"aligned","person_id":5,"speaker":"Twitter spokesperson","speaker_title":"","kind":"partial","article_id":1,"article":"Twitter Fined $150 Million For Allegedly Selling User Data Improperly","via_outlet_id":null,"via":"","said_on":null,"context":"the platform was now “aligned” with the FTC","status":"unverified","topic_ids":[],"topics":[],"anchor_start":2008,"anchor_end":2015,"anchor_exact":"aligned","anchor_prefix":"sing” and the platform was now “","anchor_suffix":"” with the FTC to “ensure that p"}', '2026-12-02 05:44:17.490386+00');
INSERT INTO public.revisions VALUES (23, 'quote', 12, 1, 'create', NULL, '', '{"text":"ensure that people’s personal data remains secure and their privacy protected.","person_id":5,"speaker":"Twitter spokesperson","speaker_title":"","kind":"partial","article_id":1,"article":"Twitter Fined $150 Million For Allegedly Selling User Data Improperly","via_outlet_id":null,"via":"","said_on":null,"context":"to “ensure that people’s personal data remains secure and their privacy protected.”","status":"unverified","topic_ids":[1],"topics":["privacy"],"anchor_start":2034,"anchor_end":2112,"anchor_exact":"ensure that people’s personal data remains secure and their privacy protected.","anchor_prefix":" now “aligned” with the FTC to “","anchor_suffix":"”\n\n“[W]e have aligned with the a"}', '2026-12-02 05:44:17.5043+00');
INSERT INTO public.revisions VALUES (24, 'quote', 13, 1, 'create', NULL, '', '{"text":"[W]e have aligned with the agency on operational updates and program enhancements to ensure that people’s personal data remains secure and their privacy protected,","person_id":6,"speaker":"Damien Kieran","speaker_title":"Twitter’s chief privacy officer","kind":"direct","article_id":1,"article":"Twitter Fined $150 Million For Allegedly Selling User Data Improperly","via_outlet_id":null,"via":"","said_on":null,"context":"Twitter’s chief privacy officer, Damien Kieran, said.","status":"unverified","topic_ids":[1],"topics":["privacy"],"anchor_start":2116,"anchor_end":2279,"anchor_exact":"[W]e have aligned with the agency on operational updates and program enhancements to ensure that people’s personal data remains secure and their privacy protected,","anchor_prefix":"and their privacy protected.”\n\n“","anchor_suffix":"” Twitter’s chief privacy office"}', '2026-12-02 05:44:17.570279+00');
INSERT INTO public.revisions VALUES (25, 'quote', 14, 1, 'create', NULL, '', '{"text":"Moving forward, we will continue to make investments in this work, including building and evolving processes, implementing technical measures, and conducting regular auditing and reporting to ensure we are mitigating risk at every level and function at Twitter,","person_id":6,"speaker":"Damien Kieran","speaker_title":"Twitter’s chief privacy officer","kind":"direct","article_id":1,"article":"Twitter Fined $150 Million For Allegedly Selling User Data Improperly","via_outlet_id":null,"via":"","said_on":null,"context":"Kieran added.","status":"unverified","topic_ids":[1],"topics":["privacy"],"anchor_start":2337,"anchor_end":2598,"anchor_exact":"Moving forward, we will continue to make investments in this work, including building and evolving processes, implementing technical measures, and conducting regular auditing and reporting to ensure we are mitigating risk at every level and function at Twitter,","anchor_prefix":"officer, Damien Kieran, said.\n\n“","anchor_suffix":"” Kieran added. “We will also co"}', '2026-12-02 05:44:17.587852+00');
INSERT INTO public.revisions VALUES (26, 'quote', 15, 1, 'create', NULL, '', '{"text":"We will also continue to partner with the FTC, and our security and privacy regulators around the world, on our shared mission of building useful products and services that meet our customers’ needs while keeping the information they share with us secure and respectful of their privacy.","person_id":6,"speaker":"Damien Kieran","speaker_title":"Twitter’s chief privacy officer","kind":"direct","article_id":1,"article":"Twitter Fined $150 Million For Allegedly Selling User Data Improperly","via_outlet_id":null,"via":"","said_on":null,"context":"Kieran added.","status":"unverified","topic_ids":[1],"topics":["privacy"],"anchor_start":2615,"anchor_end":2902,"anchor_exact":"We will also continue to partner with the FTC, and our security and privacy regulators around the world, on our shared mission of building useful products and services that meet our customers’ needs while keeping the information they share with us secure and respectful of their privacy.","anchor_prefix":"ion at Twitter,” Kieran added. “","anchor_suffix":"”\n"}', '2026-12-02 05:44:17.639577+00');


--
-- Data for Name: schema_migrations; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.schema_migrations VALUES (1, '2026-12-02 05:44:16.412323+00');
INSERT INTO public.schema_migrations VALUES (2, '2026-12-02 05:44:16.575198+00');
INSERT INTO public.schema_migrations VALUES (3, '2026-12-02 05:44:16.605879+00');
INSERT INTO public.schema_migrations VALUES (4, '2026-12-02 05:44:16.647585+00');
INSERT INTO public.schema_migrations VALUES (5, '2026-12-02 05:44:16.667764+00');
INSERT INTO public.schema_migrations VALUES (6, '2026-12-02 05:44:16.769042+00');
INSERT INTO public.schema_migrations VALUES (7, '2026-12-02 05:44:16.772048+00');
INSERT INTO public.schema_migrations VALUES (8, '2026-12-02 05:44:16.77508+00');


--
-- Data for Name: sessions; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: topics; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.topics VALUES (2, 'advertising', 'advertising', 4, '2026-12-02 05:44:17.051264+00', '2026-12-02 05:44:17.051264+00', 1);
INSERT INTO public.topics VALUES (1, 'privacy', 'privacy', 12, '2026-12-02 05:44:16.99124+00', '2026-12-02 05:44:16.99124+00', 1);


--
-- Data for Name: users; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Name: articles_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.articles_id_seq', 1, true);


--
-- Name: login_failures_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.login_failures_id_seq', 1, false);


--
-- Name: outlets_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.outlets_id_seq', 2, true);


--
-- Name: people_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.people_id_seq', 6, true);


--
-- Name: quotes_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.quotes_id_seq', 15, true);


--
-- Name: revisions_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.revisions_id_seq', 26, true);


--
-- Name: sessions_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.sessions_id_seq', 1, false);


--
-- Name: topics_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.topics_id_seq', 2, true);


--
-- Name: users_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.users_id_seq', 1, false);


--
-- Name: app_secrets app_secrets_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.app_secrets
    ADD CONSTRAINT app_secrets_pkey PRIMARY KEY (name);


--
-- Name: articles articles_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.articles
    ADD CONSTRAINT articles_pkey PRIMARY KEY (id);


--
-- Name: data_version data_version_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.data_version
    ADD CONSTRAINT data_version_pkey PRIMARY KEY (id);


--
-- Name: login_failures login_failures_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.login_failures
    ADD CONSTRAINT login_failures_pkey PRIMARY KEY (id);


--
-- Name: outlet_domains outlet_domains_domain_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.outlet_domains
    ADD CONSTRAINT outlet_domains_domain_key UNIQUE (domain);


--
-- Name: outlet_domains outlet_domains_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.outlet_domains
    ADD CONSTRAINT outlet_domains_pkey PRIMARY KEY (outlet_id, domain);


--
-- Name: outlets outlets_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.outlets
    ADD CONSTRAINT outlets_pkey PRIMARY KEY (id);


--
-- Name: outlets outlets_slug_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.outlets
    ADD CONSTRAINT outlets_slug_key UNIQUE (slug);


--
-- Name: people people_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.people
    ADD CONSTRAINT people_pkey PRIMARY KEY (id);


--
-- Name: people people_slug_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.people
    ADD CONSTRAINT people_slug_key UNIQUE (slug);


--
-- Name: person_aliases person_aliases_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.person_aliases
    ADD CONSTRAINT person_aliases_pkey PRIMARY KEY (person_id, alias);


--
-- Name: person_outlet_counts person_outlet_counts_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.person_outlet_counts
    ADD CONSTRAINT person_outlet_counts_pkey PRIMARY KEY (person_id, outlet_id);


--
-- Name: person_topic_counts person_topic_counts_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.person_topic_counts
    ADD CONSTRAINT person_topic_counts_pkey PRIMARY KEY (person_id, topic_id);


--
-- Name: person_year_counts person_year_counts_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.person_year_counts
    ADD CONSTRAINT person_year_counts_pkey PRIMARY KEY (person_id, year);


--
-- Name: quote_search_deferred quote_search_deferred_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.quote_search_deferred
    ADD CONSTRAINT quote_search_deferred_pkey PRIMARY KEY (on_batch);


--
-- Name: quote_search quote_search_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.quote_search
    ADD CONSTRAINT quote_search_pkey PRIMARY KEY (quote_id);


--
-- Name: quote_search_years quote_search_years_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.quote_search_years
    ADD CONSTRAINT quote_search_years_pkey PRIMARY KEY (year);


--
-- Name: quote_topics quote_topics_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.quote_topics
    ADD CONSTRAINT quote_topics_pkey PRIMARY KEY (quote_id, topic_id);


--
-- Name: quotes quotes_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.quotes
    ADD CONSTRAINT quotes_pkey PRIMARY KEY (id);


--
-- Name: revisions revisions_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.revisions
    ADD CONSTRAINT revisions_pkey PRIMARY KEY (id);


--
-- Name: schema_migrations schema_migrations_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.schema_migrations
    ADD CONSTRAINT schema_migrations_pkey PRIMARY KEY (version);


--
-- Name: sessions sessions_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.sessions
    ADD CONSTRAINT sessions_pkey PRIMARY KEY (id);


--
-- Name: sessions sessions_token_hash_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.sessions
    ADD CONSTRAINT sessions_token_hash_key UNIQUE (token_hash);


--
-- Name: topics topics_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.topics
    ADD CONSTRAINT topics_pkey PRIMARY KEY (id);


--
-- Name: topics topics_slug_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.topics
    ADD CONSTRAINT topics_slug_key UNIQUE (slug);


--
-- Name: users users_invite_hash_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.users
    ADD CONSTRAINT users_invite_hash_key UNIQUE (invite_hash);


--
-- Name: users users_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.users
    ADD CONSTRAINT users_pkey PRIMARY KEY (id);


--
-- Name: articles_outlet; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX articles_outlet ON public.articles USING btree (outlet_id, published_on DESC, id DESC);


--
-- Name: articles_recent; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX articles_recent ON public.articles USING btree (created_at DESC, id DESC);


--
-- Name: articles_title; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX articles_title ON public.articles USING btree (title);


--
-- Name: articles_url_key; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX articles_url_key ON public.articles USING btree (url);


--
-- Name: login_failures_address; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX login_failures_address ON public.login_failures USING btree (address, failed_at);


--
-- Name: login_failures_email; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX login_failures_email ON public.login_failures USING btree (email, failed_at);


--
-- Name: outlets_name_key; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX outlets_name_key ON public.outlets USING btree (lower(name));


--
-- Name: people_name_key; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX people_name_key ON public.people USING btree (lower(name));


--
-- Name: people_quote_count; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX people_quote_count ON public.people USING btree (quote_count DESC, id);


--
-- Name: people_sort_name; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX people_sort_name ON public.people USING btree (sort_name, id);


--
-- Name: person_aliases_alias; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX person_aliases_alias ON public.person_aliases USING btree (lower(alias));


--
-- Name: quote_search_document; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX quote_search_document ON public.quote_search USING gin (document);


--
-- Name: quote_topics_topic; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX quote_topics_topic ON public.quote_topics USING btree (topic_id, quote_id);


--
-- Name: quotes_article; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX quotes_article ON public.quotes USING btree (article_id, anchor_start, id);


--
-- Name: quotes_fingerprint; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX quotes_fingerprint ON public.quotes USING btree (fingerprint);


--
-- Name: quotes_outlet; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX quotes_outlet ON public.quotes USING btree (outlet_id, sort_date DESC, id DESC);


--
-- Name: quotes_person; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX quotes_person ON public.quotes USING btree (person_id, sort_date DESC, id DESC);


--
-- Name: quotes_recent; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX quotes_recent ON public.quotes USING btree (created_at DESC, id DESC);


--
-- Name: quotes_via; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX quotes_via ON public.quotes USING btree (via_outlet_id, sort_date DESC, id DESC);


--
-- Name: revisions_deletes; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX revisions_deletes ON public.revisions USING btree (action, id);


--
-- Name: revisions_entity; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX revisions_entity ON public.revisions USING btree (entity_type, entity_id, id);


--
-- Name: revisions_type; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX revisions_type ON public.revisions USING btree (entity_type, id);


--
-- Name: revisions_user; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX revisions_user ON public.revisions USING btree (user_id, id);


--
-- Name: sessions_user; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX sessions_user ON public.sessions USING btree (user_id);


--
-- Name: topics_name_key; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX topics_name_key ON public.topics USING btree (lower(name));


--
-- Name: users_email_key; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX users_email_key ON public.users USING btree (lower(email));


--
-- Name: person_aliases aliases_search_delete; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER aliases_search_delete AFTER DELETE ON public.person_aliases FOR EACH ROW EXECUTE FUNCTION public.quote_search_aliases();


--
-- Name: person_aliases aliases_search_insert; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER aliases_search_insert AFTER INSERT ON public.person_aliases FOR EACH ROW EXECUTE FUNCTION public.quote_search_aliases();


--
-- Name: articles articles_search_update; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER articles_search_update AFTER UPDATE OF title ON public.articles FOR EACH ROW WHEN ((old.title IS DISTINCT FROM new.title)) EXECUTE FUNCTION public.quote_search_articles();


--
-- Name: articles data_version_articles; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER data_version_articles AFTER INSERT OR DELETE OR UPDATE ON public.articles FOR EACH STATEMENT EXECUTE FUNCTION public.data_version_bump();


--
-- Name: outlet_domains data_version_outlet_domains; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER data_version_outlet_domains AFTER INSERT OR DELETE OR UPDATE ON public.outlet_domains FOR EACH STATEMENT EXECUTE FUNCTION public.data_version_bump();


--
-- Name: outlets data_version_outlets; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER data_version_outlets AFTER INSERT OR DELETE OR UPDATE ON public.outlets FOR EACH STATEMENT EXECUTE FUNCTION public.data_version_bump();


--
-- Name: people data_version_people; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER data_version_people AFTER INSERT OR DELETE OR UPDATE ON public.people FOR EACH STATEMENT EXECUTE FUNCTION public.data_version_bump();


--
-- Name: person_aliases data_version_person_aliases; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER data_version_person_aliases AFTER INSERT OR DELETE OR UPDATE ON public.person_aliases FOR EACH STATEMENT EXECUTE FUNCTION public.data_version_bump();


--
-- Name: quote_topics data_version_quote_topics; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER data_version_quote_topics AFTER INSERT OR DELETE OR UPDATE ON public.quote_topics FOR EACH STATEMENT EXECUTE FUNCTION public.data_version_bump();


--
-- Name: quotes data_version_quotes; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER data_version_quotes AFTER INSERT OR DELETE OR UPDATE ON public.quotes FOR EACH STATEMENT EXECUTE FUNCTION public.data_version_bump();


--
-- Name: topics data_version_topics; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER data_version_topics AFTER INSERT OR DELETE OR UPDATE ON public.topics FOR EACH STATEMENT EXECUTE FUNCTION public.data_version_bump();


--
-- Name: outlets outlets_search_update; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER outlets_search_update AFTER UPDATE OF name ON public.outlets FOR EACH ROW WHEN ((old.name IS DISTINCT FROM new.name)) EXECUTE FUNCTION public.quote_search_outlets();


--
-- Name: people people_search_update; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER people_search_update AFTER UPDATE OF name ON public.people FOR EACH ROW WHEN ((old.name IS DISTINCT FROM new.name)) EXECUTE FUNCTION public.quote_search_people();


--
-- Name: quote_topics quote_topics_facets_delete; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER quote_topics_facets_delete AFTER DELETE ON public.quote_topics FOR EACH ROW EXECUTE FUNCTION public.quote_topics_facets();


--
-- Name: quote_topics quote_topics_facets_insert; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER quote_topics_facets_insert AFTER INSERT ON public.quote_topics FOR EACH ROW EXECUTE FUNCTION public.quote_topics_facets();


--
-- Name: quote_topics quote_topics_search_delete; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER quote_topics_search_delete AFTER DELETE ON public.quote_topics FOR EACH ROW EXECUTE FUNCTION public.quote_search_topics();


--
-- Name: quote_topics quote_topics_search_insert; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER quote_topics_search_insert AFTER INSERT ON public.quote_topics FOR EACH ROW EXECUTE FUNCTION public.quote_search_topics();


--
-- Name: quotes quotes_facets_delete; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER quotes_facets_delete AFTER DELETE ON public.quotes FOR EACH ROW EXECUTE FUNCTION public.quotes_facets();


--
-- Name: quotes quotes_facets_delete_topics; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER quotes_facets_delete_topics BEFORE DELETE ON public.quotes FOR EACH ROW EXECUTE FUNCTION public.quotes_facets_delete_topics();


--
-- Name: quotes quotes_facets_insert; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER quotes_facets_insert AFTER INSERT ON public.quotes FOR EACH ROW EXECUTE FUNCTION public.quotes_facets();


--
-- Name: quotes quotes_facets_move_topics; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER quotes_facets_move_topics AFTER UPDATE OF person_id ON public.quotes FOR EACH ROW WHEN ((old.person_id IS DISTINCT FROM new.person_id)) EXECUTE FUNCTION public.quotes_facets_move_topics();


--
-- Name: quotes quotes_facets_update; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER quotes_facets_update AFTER UPDATE OF person_id, outlet_id, sort_date ON public.quotes FOR EACH ROW WHEN (((old.person_id IS DISTINCT FROM new.person_id) OR (old.outlet_id IS DISTINCT FROM new.outlet_id) OR (substr(old.sort_date, 1, 4) IS DISTINCT FROM substr(new.sort_date, 1, 4)))) EXECUTE FUNCTION public.quotes_facets();


--
-- Name: quotes quotes_search_delete; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER quotes_search_delete AFTER DELETE ON public.quotes FOR EACH ROW EXECUTE FUNCTION public.quote_search_quotes();


--
-- Name: quotes quotes_search_insert; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER quotes_search_insert AFTER INSERT ON public.quotes FOR EACH ROW EXECUTE FUNCTION public.quote_search_quotes();


--
-- Name: quotes quotes_search_update; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER quotes_search_update AFTER UPDATE OF text, person_id, article_id, outlet_id, via_outlet_id, kind, status, sort_date ON public.quotes FOR EACH ROW EXECUTE FUNCTION public.quote_search_quotes();


--
-- Name: articles articles_outlet_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.articles
    ADD CONSTRAINT articles_outlet_id_fkey FOREIGN KEY (outlet_id) REFERENCES public.outlets(id) ON DELETE RESTRICT;


--
-- Name: outlet_domains outlet_domains_outlet_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.outlet_domains
    ADD CONSTRAINT outlet_domains_outlet_id_fkey FOREIGN KEY (outlet_id) REFERENCES public.outlets(id) ON DELETE CASCADE;


--
-- Name: person_aliases person_aliases_person_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.person_aliases
    ADD CONSTRAINT person_aliases_person_id_fkey FOREIGN KEY (person_id) REFERENCES public.people(id) ON DELETE CASCADE;


--
-- Name: quote_topics quote_topics_quote_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.quote_topics
    ADD CONSTRAINT quote_topics_quote_id_fkey FOREIGN KEY (quote_id) REFERENCES public.quotes(id) ON DELETE CASCADE;


--
-- Name: quote_topics quote_topics_topic_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.quote_topics
    ADD CONSTRAINT quote_topics_topic_id_fkey FOREIGN KEY (topic_id) REFERENCES public.topics(id) ON DELETE CASCADE;


--
-- Name: quotes quotes_article_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.quotes
    ADD CONSTRAINT quotes_article_id_fkey FOREIGN KEY (article_id) REFERENCES public.articles(id) ON DELETE RESTRICT;


--
-- Name: quotes quotes_outlet_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.quotes
    ADD CONSTRAINT quotes_outlet_id_fkey FOREIGN KEY (outlet_id) REFERENCES public.outlets(id) ON DELETE RESTRICT;


--
-- Name: quotes quotes_person_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.quotes
    ADD CONSTRAINT quotes_person_id_fkey FOREIGN KEY (person_id) REFERENCES public.people(id) ON DELETE RESTRICT;


--
-- Name: quotes quotes_via_outlet_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.quotes
    ADD CONSTRAINT quotes_via_outlet_id_fkey FOREIGN KEY (via_outlet_id) REFERENCES public.outlets(id) ON DELETE RESTRICT;


--
-- Name: revisions revisions_user_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.revisions
    ADD CONSTRAINT revisions_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.users(id) ON DELETE SET NULL;


--
-- Name: sessions sessions_user_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.sessions
    ADD CONSTRAINT sessions_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.users(id) ON DELETE CASCADE;


--
-- PostgreSQL database dump complete
--

\unrestrict 5l1xzmy5laWv1kfGy0uhjIdpWL7uPyIMvgsyIyL0y1eS7UWczYlZiyB6dyu0RzG

