package refine

import (
	"strings"
	"unicode"

	"github.com/quotetrail/quotetrail/internal/extract/internal/result"
	"github.com/quotetrail/quotetrail/internal/extract/internal/vocab"
	"github.com/quotetrail/quotetrail/internal/extract/lexicon"
)

// maxCalledBack bounds, in tokens, how far back a description looks for
// the person the article called by its noun.
const maxCalledBack = 3000

// calledBefore gives a speaker left as a description of someone ("the
// quarterback", "the Walcha wool grower", "The skipper") the person the
// article called by that noun in front of their name before the quote
// ("quarterback Cole Haddix", "England skipper Harry Calvert", "Wool
// grower Rob Tindall"): the latest such person.
func (x *refiner) calledBefore(q *result.Quote, a int) {
	words := strings.Fields(q.Speaker)
	if a <= 0 || len(words) == 0 || len(words) > 5 || x.isPerson(q.Speaker) {
		return
	}
	for i, w := range words {
		if w == "for" || w == "of" || w == "to" || w == "at" || w == "from" || w == "with" {
			words = words[:i] // "a spokeswoman for the foreign minister" is a spokeswoman
			break
		}
	}
	if len(words) == 0 {
		return
	}
	head := words[len(words)-1]
	if strings.ToLower(head) != head || strings.IndexFunc(head, func(c rune) bool { return !unicode.IsLetter(c) && c != '-' }) >= 0 || lexicon.IsPronoun(head) || vocab.OrgHeads[head] || vocab.DocNouns[head] ||
		vocab.StatementNouns[head] || lexicon.IsAnonymous(head) && head != "witness" || vocab.SourceHeads[head] || vocab.BusinessHeads[head] {
		return // a pronoun, an organisation, a document or an unnamed source (but a court's witness, named when called)
	}
	for k := a - 1; k >= 0 && a-k <= maxCalledBack; k-- {
		x.steps++
		f := k + 1
		if head == "witness" && f+1 < len(x.toks) && x.toks[f].Low == "," {
			f++ // "Testifying as the sixth prosecution witness, Norazlan Hashim, 52, said"
		}
		if x.toks[k].Low == head && !x.toks[k].InQ && f+1 < len(x.toks) && (x.toks[f].Low == "for" || x.toks[f].Low == "of") {
			// "Deputy Foreign Minister for Legal and International
			// Affairs Reza Najafi-Kia": past the portfolio to the name
			if n := x.nameAfterPortfolio(f + 1); n >= 0 {
				q.Speaker, q.SpeakerTitle = x.ent(n).Name, strings.TrimPrefix(strings.TrimPrefix(q.Speaker, "the "), "The ")
				return
			}
		}
		if x.toks[k].Low != head || x.toks[k].InQ || f >= len(x.toks) || !x.isNameWord(f) {
			continue
		}
		for f+1 < len(x.toks) && f-k <= 2 && lexicon.IsTitleWord(x.toks[f].Low) && x.isNameWord(f+1) {
			f++ // "Detective Inspector Mark Ellery"
		}
		if n := x.personNamedAt(f); n >= 0 && strings.Contains(x.ent(n).Name, " ") {
			name := x.ent(n).Name
			if t, rest, _ := strings.Cut(name, " "); lexicon.IsTitleWord(strings.ToLower(t)) && strings.Contains(rest, " ") {
				name = rest // "Inspector Mark Ellery", registered with his rank
			}
			q.Speaker, q.SpeakerTitle = name, strings.TrimPrefix(strings.TrimPrefix(q.Speaker, "the "), "The ")
			return
		}
	}
}

// maxPortfolio bounds the words of an office's portfolio before the
// holder's name: "for Legal and International Affairs".
const maxPortfolio = 8

// nameAfterPortfolio returns the person named in full right after a
// portfolio starting at token f (capitalised words, with "and", "of" and
// "the" between), or -1.
func (x *refiner) nameAfterPortfolio(f int) int {
	for k := f; k < len(x.toks) && k-f < maxPortfolio; k++ {
		x.steps++
		w := x.toks[k].Low
		if !x.isNameWord(k) && w != "and" && w != "of" && w != "the" {
			return -1
		}
		if k > f && x.isNameWord(k) {
			if n := x.personNamedAt(k); n >= 0 && x.ent(n).Person && strings.Contains(x.ent(n).Name, " ") {
				return n
			}
		}
	}
	return -1
}
