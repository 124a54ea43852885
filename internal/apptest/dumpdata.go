package apptest

import (
	"context"
	"testing"
	"time"

	"github.com/quotetrail/quotetrail/internal/accounts"
	"github.com/quotetrail/quotetrail/internal/importer"
	"github.com/quotetrail/quotetrail/models"
)

// EdgePassword is the password of the user MustLoadEdgeCases adds with one.
const EdgePassword = "correct horse battery staple"

// MustLoadEdgeCases adds, beside whatever store holds, the values that
// data-moving code gets wrong: text in many scripts, with control
// characters, quotes and backslashes; NULL beside empty text; dates at
// the ends of the range; users with a password, an invite and a disabled
// account; and a deleted last quote, so that the id sequence is ahead of
// the highest id. Times are whole microseconds, as both engines store
// them.
func MustLoadEdgeCases(tb testing.TB, store *models.Store) {
	tb.Helper()
	ctx := context.Background()
	day := func(s string) *time.Time {
		t, err := time.Parse(time.DateOnly, s)
		if err != nil {
			tb.Fatal(err)
		}
		return &t
	}
	quotes := []importer.Quote{
		{
			Text:    "Ünïcödé — “curly” and 'straight' quotes, emoji 🦊, 引用, שלום, Ελληνικά",
			Speaker: "Zoë Ñúñez-Ödegaard", SpeakerWikidata: "Q42",
			Context: "line one\nline two\t\"quoted\" back\\slash \u0001 control \u2028 separator <b>&amp;</b>",
			SaidOn:  day("1000-01-01"),
			Topics:  []string{"Ünicode", "privacy"},
			Article: importer.Article{Title: "Ärticle without a URL", Authors: []string{"Åsa Öberg", "李小龍"},
				Published: day("1999-12-31")},
		},
		{
			Text: "A paraphrase from the leap day.", Speaker: "Zoë Ñúñez-Ödegaard", SpeakerTitle: "chair, “acting”",
			Kind: models.QuoteParaphrase, Status: "disputed", Via: "NPR", SaidOn: day("2024-02-29"),
			Article: importer.Article{Title: "An article with a URL", URL: "https://example.org/ü/story?q=1&x=%3Cb%3E",
				Outlet: "Example Gazette", Accessed: day("2024-03-01")},
		},
		{
			Text: "The quote that is deleted again.", Speaker: "Anonymous Source", SpeakerKind: models.KindRole,
			Article: importer.Article{Title: "An article with a URL", URL: "https://example.org/ü/story?q=1&x=%3Cb%3E"},
		},
	}
	for i := range quotes {
		quotes[i].Line = i + 1
		if err := quotes[i].Validate(); err != nil {
			tb.Fatalf("edge case quote %d: %v", i+1, err)
		}
	}
	if _, err := importer.WriteBatch(ctx, store, quotes); err != nil {
		tb.Fatalf("import edge cases: %v", err)
	}
	counts, err := store.Count(ctx)
	if err != nil {
		tb.Fatal(err)
	}
	// Ids have no gaps yet, so the newest quote's id is the count.
	if err := store.DeleteQuote(ctx, counts.Quotes); err != nil {
		tb.Fatalf("delete the last quote: %v", err)
	}

	now := time.Date(2024, 5, 6, 7, 8, 9, 123456000, time.UTC)
	MustCreateUser(tb, store, "admin.ünï@example.org", accounts.RoleAdmin, EdgePassword)
	invited := MustCreateUser(tb, store, "invited@example.org", accounts.RoleEditor, "")
	if _, err := accounts.New(store).CreateInvite(ctx, invited.ID, now); err != nil {
		tb.Fatalf("invite: %v", err)
	}
	gone := MustCreateUser(tb, store, "gone@example.org", accounts.RoleEditor, "")
	if _, err := accounts.New(store).UpdateUser(ctx, gone.ID, "Gone Édouard", accounts.RoleEditor, true, now.Add(time.Hour)); err != nil {
		tb.Fatalf("disable user: %v", err)
	}
}
