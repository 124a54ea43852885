package search

import (
	"context"
	"fmt"
	"strings"

	"gorm.io/gorm"

	"github.com/quotetrail/quotetrail/internal/search/query"
	"github.com/quotetrail/quotetrail/models"
)

// likeEscaper escapes LIKE's wildcards in what was typed.
var likeEscaper = strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`)

// wordPrefixes are the LIKE patterns for "a word of the name starts with
// typed": at the start, or after a space.
func wordPrefixes(typed string) (string, string) {
	t := likeEscaper.Replace(strings.ToLower(strings.Join(strings.Fields(typed), " ")))
	return t + "%", "% " + t + "%"
}

// SuggestPeople lists up to n speakers one of whose names or aliases has
// a word starting with typed ("kh" finds Lina Khan), most quoted first,
// for the pickers of the forms.
func (s *Searcher) SuggestPeople(ctx context.Context, typed string, n int) ([]models.Person, error) {
	var out []models.Person
	if strings.TrimSpace(typed) == "" {
		return out, nil
	}
	start, word := wordPrefixes(typed)
	err := s.store.DB(ctx).
		Where(`lower(name) LIKE ? ESCAPE '\' OR lower(name) LIKE ? ESCAPE '\' OR id IN
			(SELECT person_id FROM person_aliases WHERE lower(alias) LIKE ? ESCAPE '\' OR lower(alias) LIKE ? ESCAPE '\')`,
			start, word, start, word).
		Order("quote_count DESC, sort_name, id").Limit(n).Find(&out).Error
	if err != nil {
		return nil, fmt.Errorf("suggest people for %q: %w", typed, err)
	}
	return out, nil
}

// SuggestOutlets lists up to n outlets whose name has a word, or whose
// domain, starts with typed; those with most articles first.
func (s *Searcher) SuggestOutlets(ctx context.Context, typed string, n int) ([]models.Outlet, error) {
	var out []models.Outlet
	if strings.TrimSpace(typed) == "" {
		return out, nil
	}
	start, word := wordPrefixes(typed)
	err := s.store.DB(ctx).
		Where(`lower(name) LIKE ? ESCAPE '\' OR lower(name) LIKE ? ESCAPE '\' OR id IN
			(SELECT outlet_id FROM outlet_domains WHERE domain LIKE ? ESCAPE '\')`,
			start, word, start).
		Order("article_count DESC, lower(name), id").Limit(n).Find(&out).Error
	if err != nil {
		return nil, fmt.Errorf("suggest outlets for %q: %w", typed, err)
	}
	return out, nil
}

// SuggestArticles lists up to n articles whose title contains typed,
// newest first. Reading every title of a large database takes 100 ms, so
// it reads the newest recentArticles titles (where an article just added,
// still without quotes, is found), then, when that finds too few, asks
// the search index for older ones by the words of their titles.
func (s *Searcher) SuggestArticles(ctx context.Context, typed string, n int) ([]models.ArticleChoice, error) {
	var out []models.ArticleChoice
	typed = strings.ToLower(strings.Join(strings.Fields(typed), " "))
	if typed == "" {
		return out, nil
	}
	choices := func() *gorm.DB { return s.store.ArticleChoiceRows(ctx) }
	err := choices().
		Where(`a.id >= (SELECT COALESCE(MAX(id), 0) FROM articles) - ?`, recentArticles).
		Where(`lower(a.title) LIKE ? ESCAPE '\'`, "%"+likeEscaper.Replace(typed)+"%").
		Order("a.id DESC").Limit(n).Scan(&out).Error
	if err != nil {
		return nil, fmt.Errorf("suggest articles for %q: %w", typed, err)
	}
	if len(out) == n {
		return out, nil
	}
	words := query.ParseQuery(typed)
	if words.Expr == "" || len(words.Marks) == 0 {
		return out, nil
	}
	// Every word of the title, the last one still being typed.
	title := make([]string, len(words.Marks))
	for i, m := range words.Marks {
		title[i] = m.Word
	}
	match := searchMatch{words: query.Completion("article", title)}
	d := s.d
	table, cond, args := d.where(match)
	var ids []int64
	err = s.store.DB(ctx).Raw(`SELECT DISTINCT q.article_id FROM
		(SELECT `+d.searchID+` AS id FROM `+table+` WHERE `+cond+` ORDER BY `+d.searchID+` DESC LIMIT ?) AS f
		JOIN quotes q ON q.id = f.id`, append(args, 50*n)...).Scan(&ids).Error
	if err != nil {
		return nil, searchError(err)
	}
	seen := map[int64]bool{}
	for _, c := range out {
		seen[c.ID] = true
	}
	var more []int64
	for _, id := range ids {
		if !seen[id] {
			more = append(more, id)
		}
	}
	if len(more) == 0 {
		return out, nil
	}
	var older []models.ArticleChoice
	if err := choices().Where("a.id IN ?", more).Order("a.id DESC").Limit(n - len(out)).Scan(&older).Error; err != nil {
		return nil, fmt.Errorf("suggest articles for %q: %w", typed, err)
	}
	return append(out, older...), nil
}

// recentArticles is how many of the newest articles the article picker
// reads title by title.
const recentArticles = 20000
