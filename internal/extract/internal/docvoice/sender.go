package docvoice

import (
	"github.com/quotetrail/quotetrail/internal/extract/internal/article"
	"github.com/quotetrail/quotetrail/internal/extract/internal/tok"
	"github.com/quotetrail/quotetrail/internal/extract/internal/vocab"
	"github.com/quotetrail/quotetrail/internal/extract/lexicon"
)

// maxSenderWords bounds a description of who sent a document.
const maxSenderWords = 8

// SenderAfter returns who sent a document, named or described from
// token n after its "from": "the Greater Boston Paratransit Riders
// Council", "a Shawtown Mill teacher", "a constituent in South Uist"; ""
// when the words there are no one (a place, a date: "a letter from
// 2019", "from Leeds").
func SenderAfter(d article.Doc, n int) string {
	toks := d.Toks()
	if n >= len(toks) || toks[n].Kind != tok.Word || toks[n].InQ {
		return ""
	}
	switch toks[n].Low {
	case "a", "an", "the", "one", "his", "her", "their", "its":
	default:
		if e := n; d.IsNameWord(e) {
			for e < len(toks) && e-n < 6 && d.IsNameWord(e) && toks[e].Para == toks[n].Para {
				e++
			}
			if article.IsPerson(d, d.Text(n, e)) {
				return WrittenName(d, n, e) // "a letter from Ruth Okafor"
			}
		}
		return ""
	}
	e := n + 1
	for e < len(toks) && e-n < maxSenderWords && toks[e].Kind == tok.Word && !toks[e].InQ && !d.IsCue(e) && toks[e].Para == toks[n].Para &&
		toks[e].Low != "who" && toks[e].Low != "which" && toks[e].Low != "that" {
		e++
	}
	if e == n+1 {
		return ""
	}
	if c := e; toks[e-1].Cap {
		for c > n+1 && toks[c-1].Kind == tok.Word && !lexicon.IsPossessive(toks[c-1].Low) &&
			(toks[c-1].Cap || c-2 > n && toks[c-2].Cap && (toks[c-1].Low == "of" || toks[c-1].Low == "for" || toks[c-1].Low == "and")) {
			c-- // "Office of Railroad Safety"
		}
		switch toks[c-1].Low {
		case "in", "at", "on", "near", "from":
			// "a constituent in South Uist": a place, the description's
		default:
			if c > n+1 {
				return WrittenName(d, c, e) // "a memo from the agency’s Office of Railroad Safety"
			}
		}
	}
	if h := toks[e-1].Low; !lexicon.IsRoleNoun(h) && !lexicon.IsPersonRole(h) && !lexicon.IsEpithet(h, toks[e-1].Cap) && !vocab.OrgHeads[h] &&
		!(toks[e-1].Cap && toks[n].Low == "the") && e-n < 3 {
		return "" // (not "from the start")
	}
	return d.Text(n, e)
}

// WrittenName returns the person named by tokens [n, e) by their name in
// full, when the article knows it, or as written.
func WrittenName(d article.Doc, n, e int) string {
	name := lexicon.StripPossessive(d.Text(n, e))
	if en, ok := d.ByName(name); ok {
		return d.Ent(en).Name
	}
	return name
}

// posted are the verbs that make a post, a tweet or a message.
var posted = map[string]string{"posted": "post", "tweeted": "tweet", "messaged": "message", "texted": "message", "shared": "post"}

// PosterBefore returns who made "the post" (or tweet, message: noun) at
// token a when the sentence before says its subject posted it ("Dubai
// Police also posted a warning on Instagram"), by name; "" if not.
func PosterBefore(d article.Doc, a int, noun string) string {
	p, s, ok := article.SentenceBefore(d, a)
	if !ok {
		return ""
	}
	toks := d.Toks()
	for k := p; k < s; k++ {
		d.Step(1)
		if posted[toks[k].Low] != noun || toks[k].InQ {
			continue
		}
		m, ok := d.SentenceSubject(p, k)
		if !ok || m.Pron || m.B > k {
			return ""
		}
		if m.Person {
			if e, ok := d.ByName(m.Name); ok {
				return d.Ent(e).Name
			}
		}
		if toks[m.A].Cap {
			return m.Name // "Dubai Police", "The club"
		}
		return ""
	}
	return ""
}
