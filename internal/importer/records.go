package importer

import (
	"database/sql"
	"errors"
	"fmt"
	"strings"

	"github.com/quotetrail/quotetrail/internal/sortname"
	"github.com/quotetrail/quotetrail/models"
)

// The speakers, outlets, articles and topics a batch matches or creates,
// a row at a time: few rows, and what the batch looks up later must find
// them. Their statements are the same on both engines but for the
// placeholders, which the dialect binds (dialect.go).
const (
	slugTakenSQL    = `SELECT count(*) FROM %s WHERE slug = ?`
	insertPersonSQL = `INSERT INTO people (name, slug, sort_name, kind, wikidata_id, created_at, updated_at)
		VALUES (?, ?, ?, ?, ?, ?, ?)`
	setWikidataSQL    = `UPDATE people SET wikidata_id = ? WHERE id = ?`
	insertAliasSQL    = `INSERT INTO person_aliases (person_id, alias) VALUES (?, ?) ON CONFLICT DO NOTHING`
	personByNameSQL   = `SELECT id FROM people WHERE lower(name) = lower(?)`
	outletByNameSQL   = `SELECT id FROM outlets WHERE lower(name) = lower(?)`
	outletByDomainSQL = `SELECT outlet_id FROM outlet_domains WHERE domain = ?`
	insertOutletSQL   = `INSERT INTO outlets (name, slug, kind, home_url, created_at, updated_at) VALUES (?, ?, 'news', ?, ?, ?)`
	insertDomainSQL   = `INSERT INTO outlet_domains (outlet_id, domain) VALUES (?, ?)`
	articleByTitleSQL = `SELECT id, outlet_id, published_on FROM articles WHERE title = ? AND url IS NULL AND outlet_id IS NOT DISTINCT FROM ? ORDER BY id LIMIT 1`
	insertArticleSQL  = `INSERT INTO articles (title, url, outlet_id, authors, published_on, accessed_on, created_at, updated_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?)`
	topicByNameSQL = `SELECT id FROM topics WHERE lower(name) = ?`
	insertTopicSQL = `INSERT INTO topics (name, slug, created_at, updated_at) VALUES (?, ?, ?, ?)`
)

func (b *importBatch) uniqueSlug(table, name string) (string, error) {
	base := models.Slugify(name)
	st, err := b.stmt(slugTakenSQL, table)
	if err != nil {
		return "", err
	}
	for n := 1; ; n++ {
		candidate := base
		if n > 1 {
			candidate = fmt.Sprintf("%s-%d", base, n)
		}
		if models.ReservedSlug(candidate) {
			continue
		}
		var count int
		if err := st.QueryRowContext(b.ctx, candidate).Scan(&count); err != nil {
			return "", fmt.Errorf("check slug %q: %w", candidate, err)
		}
		if count == 0 {
			return candidate, nil
		}
	}
}

// person finds the speaker, else creates them. A speaker with a
// Wikidata ID is the person with that ID, whatever name they were saved
// under (the name read is then kept as an alias of theirs); failing
// that, the person of that name, unless they have another ID: two people
// of one name with two IDs are namesakes, and the second is saved as
// "Name (Q…)". A person found by name without an ID takes the speaker's.
// A speaker without an ID is found by name, then by an alias that names
// only them, as the forms do.
func (b *importBatch) person(q *Quote) (int64, error) {
	qid := q.SpeakerWikidata
	if qid != "" {
		ref, ok := b.byQID[qid]
		if !ok {
			ref, ok = b.set.byQID[qid]
		}
		if ok {
			b.byQID[qid] = ref
			if strings.EqualFold(ref.name, q.Speaker) || b.aliased[q.Speaker] {
				return ref.id, nil
			}
			if _, err := b.exec(insertAliasSQL, ref.id, q.Speaker); err != nil {
				return 0, fmt.Errorf("keep %q as a name of %s: %w", q.Speaker, qid, err)
			}
			b.aliased[q.Speaker] = true
			if b.bulk != nil {
				b.bulk.aliased[ref.id] = true
			}
			return ref.id, nil
		}
	}
	name, key := q.Speaker, strings.ToLower(q.Speaker)
	id, ok := b.people[key]
	if !ok {
		// prefetch looked the batch's speakers up.
		if id, ok = b.set.byName[q.Speaker]; !ok && qid == "" {
			if ids := b.set.byAlias[q.Speaker]; len(ids) == 1 { // people with the speaker as an alias
				id, ok = ids[0], true
			}
		}
	}
	if ok && qid != "" {
		switch has := b.qidOf[id]; {
		case has == "":
			if _, err := b.exec(setWikidataSQL, qid, id); err != nil {
				return 0, fmt.Errorf("give %q the Wikidata ID %s: %w", q.Speaker, qid, err)
			}
			b.qidOf[id] = qid
		case has != qid:
			// A namesake.
			name = fmt.Sprintf("%s (%s)", q.Speaker, qid)
			var err error
			if id, ok, err = b.queryID(personByNameSQL, name); err != nil {
				return 0, fmt.Errorf("find speaker %q: %w", name, err)
			}
		}
	}
	if !ok {
		slug, err := b.uniqueSlug("people", name)
		if err != nil {
			return 0, err
		}
		id, err = b.insert(insertPersonSQL, name, slug, sortname.Key(name, q.SpeakerKind != models.KindPerson), q.SpeakerKind, qid, b.now, b.now)
		if err != nil {
			return 0, fmt.Errorf("create speaker %q: %w", name, err)
		}
		b.stats.People++
		b.qidOf[id] = qid
		if name == q.Speaker {
			b.people[key] = id
		}
	} else if name == q.Speaker {
		b.people[key] = id
	}
	if qid != "" {
		b.byQID[qid] = personRef{id: id, name: name}
	}
	return id, nil
}

// outlet finds an outlet by name, then by domain, else creates it; name
// may be empty when only the article's URL tells the outlet. No name and
// no URL is no outlet.
func (b *importBatch) outlet(name, articleURL string) (*int64, error) {
	name = strings.TrimSpace(name)
	domain := ""
	if articleURL != "" {
		domain = models.NormalizeDomain(articleURL)
	}
	key := strings.ToLower(name) + "\x00" + domain
	if id, ok := b.outlets[key]; ok {
		return id, nil
	}
	var (
		id  int64
		ok  bool
		err error
	)
	if name != "" {
		if id, ok, err = b.queryID(outletByNameSQL, name); err != nil {
			return nil, fmt.Errorf("find outlet %q: %w", name, err)
		}
		if !ok {
			id, ok, err = b.queryID(outletByDomainSQL, models.NormalizeDomain(name))
		}
	}
	if !ok && domain != "" && err == nil {
		id, ok, err = b.queryID(outletByDomainSQL, domain)
	}
	if err != nil {
		return nil, fmt.Errorf("find outlet %q: %w", name+" "+domain, err)
	}
	if !ok {
		if name == "" && domain == "" {
			b.outlets[key] = nil
			return nil, nil
		}
		if name == "" {
			name = domain
		}
		slug, err := b.uniqueSlug("outlets", name)
		if err != nil {
			return nil, err
		}
		home := ""
		if domain != "" {
			home = "https://" + domain + "/"
		}
		if id, err = b.insert(insertOutletSQL, name, slug, home, b.now, b.now); err != nil {
			return nil, fmt.Errorf("create outlet %q: %w", name, err)
		}
		if domain != "" {
			if _, err := b.exec(insertDomainSQL, id, domain); err != nil {
				return nil, fmt.Errorf("create outlet %q: %w", name, err)
			}
		}
		b.stats.Outlets++
	}
	b.outlets[key] = &id
	return &id, nil
}

func (b *importBatch) article(a *Article) (importedArticle, error) {
	key := a.URL
	if key == "" {
		key = "\x00" + a.Title + "\x00" + strings.ToLower(a.Outlet)
	}
	if art, ok := b.articles[key]; ok {
		return art, nil
	}
	// The article at a URL is that article, with the outlet it has:
	// prefetch looked it up. Finding the outlet the file names first
	// would create it, for nothing, when the article has none.
	if art, ok := b.set.byURL[a.URL]; ok && a.URL != "" {
		b.articles[key] = art
		return art, nil
	}
	var (
		art      importedArticle
		found    bool
		outletID *int64
		err      error
	)
	if !a.NoOutlet {
		if outletID, err = b.outlet(a.Outlet, a.URL); err != nil {
			return importedArticle{}, err
		}
	}
	if a.URL == "" {
		art, found, err = b.queryArticle(articleByTitleSQL, a.Title, outletID)
	}
	if err != nil {
		return art, fmt.Errorf("find article %q: %w", a.Title, err)
	}
	if !found {
		var link any
		if a.URL != "" {
			link = a.URL
		}
		art = importedArticle{outletID: outletID, published: a.Published}
		row := []any{a.Title, link, outletID, strings.Join(a.Authors, "\n"), a.Published, a.Accessed, b.now, b.now}
		if a.URL != "" {
			// Written with the batch's quotes (flush). An article without
			// a URL is written now: a later quote's lookup by title and
			// outlet must find it.
			if art.id, err = b.takeID("articles"); err == nil {
				b.set.articles = append(b.set.articles, append([]any{art.id}, row...))
			}
		} else {
			art.id, err = b.insert(insertArticleSQL, row...)
		}
		if err != nil {
			return art, fmt.Errorf("create article %q: %w", a.Title, err)
		}
		b.stats.Articles++
		if outletID != nil {
			b.outletDelta[*outletID]++
		}
	}
	b.articles[key] = art
	return art, nil
}

// queryArticle runs one of the article lookups of records.go.
func (b *importBatch) queryArticle(query string, args ...any) (importedArticle, bool, error) {
	st, err := b.stmt(query)
	if err != nil {
		return importedArticle{}, false, err
	}
	art, err := scanArticle(st.QueryRowContext(b.ctx, args...))
	if errors.Is(err, sql.ErrNoRows) {
		return art, false, nil
	}
	return art, err == nil, err
}

// scanArticle reads an article's id, outlet_id and published_on, then
// into extra any columns after them.
func scanArticle(row scanner, extra ...any) (importedArticle, error) {
	var (
		art       importedArticle
		outlet    sql.NullInt64
		published sql.NullTime
	)
	if err := row.Scan(append([]any{&art.id, &outlet, &published}, extra...)...); err != nil {
		return art, err
	}
	art.stored = true
	if outlet.Valid {
		art.outletID = &outlet.Int64
	}
	if published.Valid {
		art.published = &published.Time
	}
	return art, nil
}

func (b *importBatch) topic(name string) (int64, error) {
	name = strings.Join(strings.Fields(name), " ")
	key := strings.ToLower(name)
	if id, ok := b.topics[key]; ok {
		return id, nil
	}
	id, ok, err := b.queryID(topicByNameSQL, key)
	if err != nil {
		return 0, fmt.Errorf("find topic %q: %w", name, err)
	}
	if !ok {
		slug, err := b.uniqueSlug("topics", name)
		if err != nil {
			return 0, err
		}
		if id, err = b.insert(insertTopicSQL, name, slug, b.now, b.now); err != nil {
			return 0, fmt.Errorf("create topic %q: %w", name, err)
		}
		b.stats.Topics++
	}
	b.topics[key] = id
	return id, nil
}
