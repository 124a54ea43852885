package models_test

import (
	"context"
	"errors"
	"fmt"
	"testing"

	"gorm.io/gorm"

	"github.com/quotetrail/quotetrail/internal/accounts"
	"github.com/quotetrail/quotetrail/internal/apptest"
	"github.com/quotetrail/quotetrail/internal/history"
	"github.com/quotetrail/quotetrail/internal/plaintext"
	"github.com/quotetrail/quotetrail/models"
)

// Every write of the store, called directly (whatever the forms let
// through), refuses a NUL and bytes that are not UTF-8 with ErrBadText
// naming the field, and writes nothing, on both engines alike.
func TestStoreRefusesWhatIsNotText(t *testing.T) {
	t.Parallel()
	store := apptest.MustOpenDemoStore(t)
	ctx := context.Background()
	accts := accounts.New(store)
	apptest.MustCreateUser(t, store, "text.admin@example.org", accounts.RoleAdmin, "")
	editor := apptest.MustCreateUser(t, store, "text.editor@example.org", accounts.RoleEditor, "")
	khan, err := store.PersonBySlug(ctx, "lina-khan")
	if err != nil {
		t.Fatal(err)
	}
	npr, err := store.OutletBySlug(ctx, "npr")
	if err != nil {
		t.Fatal(err)
	}
	privacy, err := store.TopicBySlug(ctx, "privacy")
	if err != nil {
		t.Fatal(err)
	}
	article, err := store.ArticleByID(ctx, 1)
	if err != nil {
		t.Fatal(err)
	}
	spare := &models.Person{Name: "Spare Person", Kind: models.KindPerson}
	if err := store.CreatePerson(ctx, spare); err != nil {
		t.Fatal(err)
	}
	drafts := 0 // each draft its own words: the same quote twice is refused
	quote := func(s string) models.QuoteDraft {
		drafts++
		return models.QuoteDraft{
			Quote:   models.Quote{Text: fmt.Sprintf("Words %d %s", drafts, s), Kind: models.QuoteDirect, Status: "unverified"},
			Speaker: models.PersonRef{Name: "Lina Khan"}, Article: models.ArticleRef{ID: 1},
		}
	}
	writes := []struct {
		name, field string
		write       func(s string) error
	}{
		{"new person", "person name", func(s string) error {
			return store.CreatePerson(ctx, &models.Person{Name: "P " + s, Kind: models.KindPerson})
		}},
		{"new person's alias", "person aliases", func(s string) error {
			return store.CreatePerson(ctx, &models.Person{Name: "Aliased", Kind: models.KindPerson, Aliases: []string{"A " + s}})
		}},
		{"edit person", "person description", func(s string) error {
			p, err := store.PersonByID(ctx, khan.ID)
			if err != nil {
				return err
			}
			p.Description = "Chair " + s
			return store.UpdatePerson(ctx, p)
		}},
		{"new outlet", "outlet name", func(s string) error {
			return store.CreateOutlet(ctx, &models.Outlet{Name: "O " + s, Kind: "news"})
		}},
		{"edit outlet's domains", "outlet domains", func(s string) error {
			o, err := store.OutletByID(ctx, npr.ID)
			if err != nil {
				return err
			}
			o.Domains = []string{"npr.org", "d" + s + ".example"}
			return store.UpdateOutlet(ctx, o)
		}},
		{"new topic", "topic name", func(s string) error { return store.CreateTopic(ctx, &models.Topic{Name: "T " + s}) }},
		{"edit topic", "topic name", func(s string) error {
			tp, err := store.TopicByID(ctx, privacy.ID)
			if err != nil {
				return err
			}
			tp.Name = "Privacy " + s
			return store.UpdateTopic(ctx, tp)
		}},
		{"new article", "article title", func(s string) error {
			return store.CreateArticle(ctx, &models.Article{Title: "A " + s}, models.OutletRef{})
		}},
		{"new article's new outlet", "outlet name", func(s string) error {
			return store.CreateArticle(ctx, &models.Article{Title: "A"}, models.OutletRef{Name: "O " + s, Create: true})
		}},
		{"edit article", "article body", func(s string) error {
			a, err := store.ArticleByID(ctx, article.ID)
			if err != nil {
				return err
			}
			a.Body += s
			return store.UpdateArticle(ctx, a, models.OutletRef{})
		}},
		{"imported article's site", "site name", func(s string) error {
			return store.CreateImportedArticle(ctx, &models.Article{Title: "Imported", Body: "Text."}, "Site "+s, "site.example")
		}},
		{"new quote", "quote text", func(s string) error { d := quote(s); return store.SaveQuote(ctx, &d) }},
		{"new quote's new speaker", "speaker name", func(s string) error {
			d := quote("")
			d.Speaker = models.PersonRef{Name: "S " + s, Create: true}
			return store.SaveQuote(ctx, &d)
		}},
		{"new quote's new via outlet", "via outlet name", func(s string) error {
			d := quote("")
			d.Via = models.OutletRef{Name: "V " + s, Create: true}
			return store.SaveQuote(ctx, &d)
		}},
		{"new quote's topic", "topics", func(s string) error {
			d := quote("")
			d.Topics = []string{"privacy", "T " + s}
			return store.SaveQuote(ctx, &d)
		}},
		{"review, in one transaction", "quote text", func(s string) error {
			return store.Atomic(ctx, func(tx *models.Store) error {
				good, bad := quote("fine"), quote(s)
				if err := tx.SaveQuote(ctx, &good); err != nil {
					return err
				}
				return tx.SaveQuote(ctx, &bad)
			})
		}},
		{"edit summary", "revision summary", func(s string) error {
			p, err := store.PersonByID(ctx, khan.ID)
			if err != nil {
				return err
			}
			return store.UpdatePerson(history.WithSummary(ctx, "Why "+s), p)
		}},
		{"delete summary", "revision summary", func(s string) error {
			return store.DeletePerson(history.WithSummary(ctx, "Gone "+s), spare.ID)
		}},
		{"SQL of a package's own", "", func(s string) error {
			return store.WriteTx(ctx, func(tx *gorm.DB) error {
				return tx.Exec(`INSERT INTO login_failures (email, address, failed_at) VALUES (?, ?, ?)`, "e"+s, "192.0.2.1", "2024-01-01").Error
			})
		}},
		{"new user", "user name", func(s string) error {
			return accts.CreateUser(ctx, &accounts.User{Email: "new.user@example.org", Name: "U " + s, Role: accounts.RoleEditor})
		}},
		{"edit user", "user name", func(s string) error {
			_, err := accts.UpdateUser(ctx, editor.ID, "U "+s, accounts.RoleEditor, false, editor.CreatedAt)
			return err
		}},
	}
	state := func() string {
		v, err := store.DataVersion(ctx)
		if err != nil {
			t.Fatal(err)
		}
		c, err := store.Count(ctx)
		if err != nil {
			t.Fatal(err)
		}
		s := fmt.Sprintf("%+v version %d", c, v)
		for _, table := range []string{"users", "login_failures", "revisions", "person_aliases", "outlet_domains", "quote_topics"} {
			var n int64
			if err := store.DB(ctx).Table(table).Count(&n).Error; err != nil {
				t.Fatal(err)
			}
			s += fmt.Sprintf(", %s %d", table, n)
		}
		return s
	}
	for _, w := range writes {
		for _, bad := range []string{"bad \x00 text", "bad \xff\xfe text"} {
			before := state()
			err := w.write(bad)
			var te *plaintext.Error
			if !errors.Is(err, plaintext.ErrNotText) || !errors.As(err, &te) || te.Field != w.field {
				t.Errorf("%s with %q: %v, want ErrBadText naming %q", w.name, bad, err, w.field)
			}
			if after := state(); after != before {
				t.Errorf("%s with %q wrote something:\nbefore %s\nafter  %s", w.name, bad, before, after)
			}
		}
		// Ordinary text goes through, but for the writes that can only
		// be made once.
		if w.name != "new user" && w.name != "delete summary" {
			if err := w.write("fine words"); err != nil {
				t.Errorf("%s with ordinary text: %v", w.name, err)
			}
		}
	}
}
