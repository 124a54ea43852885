// Package docvoice settles the speakers that are no one person: a
// document ("It says ..."), an organisation after its own words ("In a
// statement it said: ..."), a family speaking as one ("“...,” his family
// said"), a message's sender ("the email said", authors.go) and an
// unnamed spokesperson's fuller description. Package refine runs Run
// after its own passes, and the other two among them.
package docvoice

import (
	"strings"
	"unicode"

	"github.com/quotetrail/quotetrail/internal/extract/internal/article"
	"github.com/quotetrail/quotetrail/internal/extract/internal/result"
	"github.com/quotetrail/quotetrail/internal/extract/internal/tok"
	"github.com/quotetrail/quotetrail/internal/extract/internal/vocab"
	"github.com/quotetrail/quotetrail/internal/extract/lexicon"
)

// maxBack bounds how many earlier quotes a pass looks back through;
// maxMentions how many mentions (times four) a search for the story's
// subject reads; maxAuthorParas and maxAuthorBack how many paragraphs,
// and tokens, back a message's sender or a description's fuller form is
// looked for; maxSentence a sentence, in tokens, as the extractor does.
const (
	maxBack        = 10
	maxMentions    = 50
	maxAuthorParas = 4
	maxAuthorBack  = 600
	maxSentence    = 400
)

// voices holds one pass over an article's quotes.
type voices struct {
	d     article.Doc
	toks  []tok.Token
	out   []result.Quote
	steps int
}

// Run gives the quotes of out, in text order, the speakers this package
// settles, and returns the work done.
func Run(d article.Doc, out []result.Quote) int {
	x := &voices{d: d, toks: d.Toks(), out: out}
	sender := "" // who sent the last message quoted
	for i := range x.out {
		x.steps++
		q := &x.out[i]
		if q.Speaker == "" && q.SpeakerStart >= 0 && i > 0 {
			if a := x.tokenAt(q.SpeakerStart); a >= 0 && x.toks[a].Low == "it" {
				q.Speaker = x.bodyBefore(i, a) // "BrightCare Homecare ... said ... In a statement it said:"
			}
		}
		if q.SpeakerStart >= 0 {
			if a := x.tokenAt(q.SpeakerStart); a >= 0 && x.toks[a].Low == "it" && x.sentStart(a) == a {
				if name := x.bodyJustBefore(a); name != "" {
					q.Speaker, q.SpeakerTitle = name, "" // "Brightwell Care Staffing denied breaking the law. It said ..."
				}
			}
		}
		x.familySays(q, i) // "“...,” his family said in a statement."
		x.courtRuling(q)   // "the ruling said", the court's
		if name := x.messageSender(q, sender); name != "" {
			q.Speaker, q.SpeakerTitle, sender = name, "", name // "Kettering sent him a text message that read: “...”"
		}
	}
	x.itDocuments()
	x.addressed()
	return x.steps
}

func (x *voices) tokenAt(pos int) int                           { return x.d.TokenAt(pos) }
func (x *voices) sentStart(i int) int                           { return x.d.SentStart(i) }
func (x *voices) text(a, b int) string                          { return x.d.Text(a, b) }
func (x *voices) ent(e int) article.Entity                      { return x.d.Ent(e) }
func (x *voices) byName(name string) (int, bool)                { return x.d.ByName(name) }
func (x *voices) isCue(i int) bool                              { return x.d.IsCue(i) }
func (x *voices) mentionsBefore(i int, f func(e, tok int) bool) { x.d.MentionsBefore(i, f) }

// bodyBefore returns the organisation "it" at token a stands for: the
// speaker of the quote before (i-1) when that is no person and was
// named in a's paragraph or the one before ("The Grid Forward Coalition
// ... said in a statement ... It urged both senators to ..."); "" if not.
func (x *voices) bodyBefore(i, a int) string {
	p := x.out[i-1]
	if p.SpeakerStart == x.out[i].SpeakerStart && p.Speaker != "" {
		return p.Speaker // a fragment of the paraphrase before: "It urged both senators to “stop ...”"
	}
	if p.Speaker == "" || p.SpeakerStart < 0 || !unicode.IsUpper([]rune(p.Speaker)[0]) || vocab.IsOutlet(p.Speaker) {
		return ""
	}
	if e, ok := x.byName(p.Speaker); ok && x.ent(e).Gender != 0 {
		return "" // someone "he" or "she" stands for
	}
	if t := x.tokenAt(p.SpeakerStart); t < 0 || t >= a || x.toks[t].Para+1 < x.toks[a].Para || lexicon.PronounGender(x.toks[t].Low) != "" {
		return ""
	}
	return p.Speaker
}

// bodyJustBefore returns the organisation that "It" opening a sentence
// at token a stands for: the subject of the sentence before, in the same
// paragraph, when that is a name and no person's ("Brightwell Care
// Staffing denied breaking the law. It said ..."); "" if not.
func (x *voices) bodyJustBefore(a int) string {
	if a == 0 || x.toks[a-1].Para != x.toks[a].Para {
		return ""
	}
	s := x.sentStart(a - 1)
	if x.toks[s].Low == "in" {
		for s < a && x.toks[s].Low != "," && a-s < maxSentence {
			x.steps++
			s++ // "In a statement to the Guardian, Brightwell ..."
		}
		s++
	}
	m, ok := x.d.SentenceSubject(s, a)
	if !ok || m.Pron || m.A >= a || !x.toks[m.A].Cap || !x.toks[m.B-1].Cap || m.Person && !lexicon.IsPlaceOrTeam(x.toks[m.B-1].Low) {
		return "" // (a person is no "it"; a name ending in "Staffing" or "Holdings" is a firm's)
	}
	firm := lexicon.IsPlaceOrTeam(x.toks[m.B-1].Low)
	if e, ok := x.byName(m.Name); ok && !firm && (x.ent(e).Person || x.ent(e).Gender != 0) || vocab.IsOutlet(m.Name) {
		return ""
	}
	return m.Name
}

// kinGroups are the words for a family speaking as one.
var kinGroups = map[string]bool{"family": true, "relatives": true, "parents": true}

// familySays gives quote i, attributed right beside it to a family
// ("“...,” his family said", "the family said: “...”"), the family of
// the person the story is about, named most often before and quoted in
// none of the quotes before: "Castellano family".
func (x *voices) familySays(q *result.Quote, i int) {
	k := x.tokenAt(q.End - 1)
	for k+1 < len(x.toks) && x.toks[k+1].Kind != tok.Word && k-x.tokenAt(q.End-1) < 3 {
		k++ // the closing mark, a comma
	}
	a, after := k+1, true
	if s := x.tokenAt(q.Start) - 1; s >= 4 && x.toks[s].Kind == tok.OpenQ {
		for j := s - 3; j >= 0 && s-j <= 10 && x.toks[j].Para == x.toks[s].Para && x.toks[j].Kind != tok.CloseQ; j-- {
			x.steps++
			if kinGroups[x.toks[j+1].Low] && x.isCue(j+2) {
				a, after = j, false // "the family said: “...”", "“...,” his family said in a statement. “...”"
				break
			}
		}
	}
	if after && (a+2 >= len(x.toks) || !kinGroups[x.toks[a+1].Low]) {
		// "... because it was ‘half the price’ of the real thing, his
		// family said last night": the family at the end of the sentence
		// the quote is woven into
		for j := a; j+3 < len(x.toks) && j-a < maxFamilyAfter && !x.toks[j].SentEd && !x.toks[j].InQ && x.toks[j].Kind != tok.OpenQ; j++ {
			x.steps++
			if x.isCue(j) {
				break
			}
			if x.toks[j].Low == "," && kinGroups[x.toks[j+2].Low] && x.isCue(j+3) {
				a = j + 1
				break
			}
		}
	}
	if a+2 >= len(x.toks) || !kinGroups[x.toks[a+1].Low] || !x.isCue(a+2) || after && x.toks[a].Cap {
		return // (not "The family said" opening the next sentence)
	}
	var g byte
	switch x.toks[a].Low {
	case "his":
		g = 'm'
	case "her":
		g = 'f'
	case "the":
	default:
		return
	}
	spoke := map[string]bool{} // the family speaks for one who does not: the dead, the victim
	for k := i - 1; k >= 0 && i-k <= 10*maxBack; k-- {
		x.steps++
		spoke[x.out[k].Speaker] = true
	}
	e := x.mostNamedBefore(a, g, spoke)
	if e < 0 || !strings.Contains(x.ent(e).Name, " ") && x.ent(e).Title == "" {
		return
	}
	name := x.ent(e).Name
	q.Speaker, q.SpeakerTitle = name[strings.LastIndexByte(name, ' ')+1:]+" family", ""
	q.SpeakerStart, q.SpeakerEnd = x.toks[a].S, x.toks[a+1].E
}

// maxFamilyAfter bounds, in tokens, the rest of a sentence after a quote
// woven into it, looked through for "his family said".
const maxFamilyAfter = 30

// mostNamedBefore returns the person named most often before token a
// (of gender g, unless 0), the story's subject, among the mentions a
// refinement looks through, leaving out the names in except; -1 if none.
func (x *voices) mostNamedBefore(a int, g byte, except map[string]bool) int {
	count := map[int]int{}
	best, seen := -1, 0
	x.mentionsBefore(a, func(e, t int) bool {
		seen++
		en := x.ent(e)
		if en.Person && (g == 0 || en.Gender == g || en.Gender == 0) && strings.Contains(en.Name, " ") && !vocab.PlaceOrTeam(en.Name) && !vocab.IsOutlet(en.Name) && !except[en.Name] {
			count[e]++
			if best < 0 || count[e] > count[best] {
				best = e
			}
		}
		return seen < 4*maxMentions
	})
	return best
}

// itDocuments gives "it" ("It says gatekeepers “shall not ...”", "“...,”
// it states.") the document the sentence before opens with (“The “draft
// document,” dated January 12, runs to 40 pages”), or the one who wrote
// it when the sentence names them ("The Brackwater post is more
// prescriptive", "Quorvane’s own security advisory ... offers", "For
// administrators ..., the Quorvane advisory offers a stopgap"); a speaker
// already given gives way only to a writer so named.
func (x *voices) itDocuments() {
	for i := range x.out {
		x.steps++
		q := &x.out[i]
		if q.SpeakerStart < 0 {
			continue
		}
		a := x.tokenAt(q.SpeakerStart)
		if a <= 0 || x.toks[a].Low != "it" {
			continue
		}
		s := x.sentStart(a)
		if s != a && !x.quoteOnly(s, a) || s == 0 {
			continue
		}
		doc, owner := x.docSubject(x.sentStart(s-1), s)
		switch {
		case owner != "":
			q.Speaker, q.SpeakerTitle = owner, ""
		case doc != "" && q.Speaker == "" && s == a:
			q.Speaker = doc
		}
	}
}

// maxDocSubject bounds the words of a document's noun phrase, from its
// article to its noun: "Quorvane’s own security advisory".
const maxDocSubject = 6

// docNouns are the documents, besides vocab.DocNouns, whose words an
// article quotes: an advisory, a blog post.
var docNouns = map[string]bool{"advisory": true, "post": true, "bulletin": true, "release": true, "announcement": true}

// docSubject reads the subject of the sentence [p, end) when it is a
// document: its words (doc) and, when they name who wrote it, that
// writer's whole name as the article gives it (owner).
func (x *voices) docSubject(p, end int) (doc, owner string) {
	k := p
	if w := x.toks[k].Low; w == "for" || w == "in" || w == "on" || w == "at" || w == "after" {
		for k < end && k-p < maxSentence && x.toks[k].Low != "," {
			x.steps++
			k++ // "For administrators who can’t upgrade right away, the Quorvane advisory offers"
		}
		k++
	}
	if k < end && (x.toks[k].Low == "the" || x.toks[k].Low == "a" || x.toks[k].Low == "an") {
		k++
	}
	var words []int
	ownA, ownB := -1, -1
	for j := k; j < end && j-k < maxDocSubject; j++ {
		x.steps++
		t := x.toks[j]
		if t.Kind == tok.OpenQ || t.Kind == tok.CloseQ {
			continue
		}
		if t.Kind != tok.Word {
			return "", ""
		}
		words = append(words, j)
		if lexicon.IsNumber(t.Low) {
			continue // "A 2022 report by ..."
		}
		if !t.Cap && (vocab.DocNouns[t.Low] || docNouns[t.Low] && len(words) > 1) {
			e := j + 1
			for e < end && x.toks[e].Kind == tok.Word && vocab.DocNouns[x.toks[e].Low] {
				e++ // "draft document"
			}
			if ownA < 0 && e+1 < end && x.toks[e].Low == "by" {
				ownA = e + 1 // "A 2022 report by the Midwest Death Investigation Consortium"
				if x.toks[ownA].Low == "the" {
					ownA++
				}
				ownB = ownA
				for ownB < end && ownB-ownA < 8 && (x.toks[ownB].Cap || ownB > ownA && (x.toks[ownB].Low == "of" || x.toks[ownB].Low == "and" || x.toks[ownB].Low == "for")) && x.toks[ownB].Kind == tok.Word {
					ownB++
				}
				for ownB > ownA && !x.toks[ownB-1].Cap {
					ownB-- // (not "of" at the end)
				}
				if ownB == ownA {
					ownA = -1
				}
			}
			if ownA >= 0 {
				owner = x.writer(lexicon.StripPossessive(x.text(ownA, ownB)), j)
			} else if e+2 < end && x.toks[e].Low == "," && writtenBy[x.toks[e+1].Low] && x.toks[e+2].Low == "by" {
				owner = x.namedWithin(e+3, end) // "A second statement, written by the couple's youngest daughter, Aisling Kinsella, was read"
			}
			return x.text(words[0], e), owner
		}
		switch {
		case t.Cap && (ownA < 0 || ownB == j):
			if ownA < 0 {
				ownA = j
			}
			ownB = j + 1
		case t.Cap:
			return "", "" // a second name after the writer's and a word between: no document's subject
		}
	}
	return "", ""
}

// writtenBy are the participles that say who wrote a document after a
// comma: "A second statement, written by ...".
var writtenBy = map[string]bool{"written": true, "signed": true, "prepared": true, "penned": true, "drafted": true}

// maxWrittenBy bounds, in tokens, the words after "written by" where
// the writer's name is looked for.
const maxWrittenBy = 12

// namedWithin returns the first person named from token k (before end,
// within maxWrittenBy tokens), by their name as the article gives it:
// "the couple's youngest daughter, Aisling Kinsella"; "" if none.
func (x *voices) namedWithin(k, end int) string {
	for j := k; j < end && j-k < maxWrittenBy; j++ {
		x.steps++
		if !x.d.IsNameWord(j) || lexicon.IsPossessive(x.toks[j].Low) {
			continue
		}
		e := j
		for e < end && e-j < 5 && x.d.IsNameWord(e) && !lexicon.IsPossessive(x.toks[e].Low) {
			e++
		}
		if name := x.text(j, e); e-j >= 2 && x.isPerson(name) {
			return name
		}
		j = e
	}
	return ""
}

// writer returns the person or organisation a name written before a
// document at token j stands for: its whole name as the article gave it
// before ("Brackwater" for Brackwater Labs), or the name itself.
func (x *voices) writer(name string, j int) string {
	if name == "" || vocab.IsOutlet(name) {
		return ""
	}
	if e, ok := x.byName(name); ok && x.ent(e).Name != name {
		return x.ent(e).Name
	}
	found, seen := "", 0
	x.mentionsBefore(j, func(e, t int) bool {
		seen++
		if n := x.ent(e).Name; strings.HasPrefix(n, name+" ") {
			found = n
		}
		return found == "" && seen < maxMentions*4
	})
	if found != "" {
		return found
	}
	n := len(strings.Fields(name))
	for k := j - 1; k >= 0 && j-k < maxAuthorBack; k-- {
		x.steps++
		if !x.toks[k].Cap || x.text(k, min(k+n, j)) != name {
			continue
		}
		e := k + n
		for e < j && e-k < n+3 && x.toks[e].Cap && x.toks[e].Kind == tok.Word && x.toks[e].Para == x.toks[k].Para {
			e++
		}
		if w := x.toks[e-1].Low; e > k+n && (lexicon.IsPlaceOrTeam(w) || vocab.FirmHeads[w]) {
			return x.text(k, e) // "researchers at Harwick Security", named as no one's mention
		}
	}
	return name
}

// quoteOnly reports whether tokens [s, a) are a quotation and what
// closes it: "“Patching is necessary but not sufficient,” it states."
func (x *voices) quoteOnly(s, a int) bool {
	if x.toks[s].Kind != tok.OpenQ {
		return false
	}
	for k := s + 1; k < a; k++ {
		x.steps++
		if t := x.toks[k]; !t.InQ && t.Kind != tok.CloseQ && t.Low != "," {
			return false
		}
	}
	return true
}

// messages are the things a person sends whose words are quoted.
var messages = map[string]bool{"message": true, "messages": true, "text": true, "email": true, "e-mail": true,
	"letter": true, "note": true, "voicemail": true, "tweet": true, "post": true}

// sendVerbs say who sent a message: "Kettering sent him a text message".
var sendVerbs = map[string]bool{"sent": true, "wrote": true, "texted": true, "emailed": true, "posted": true, "left": true}

// messageSender returns who sent the message quote q is introduced as
// ("... a text message that read: “...”"): the subject of the verb that
// sent it in the same sentence ("Kettering sent him a text message") or,
// for "Another message", the sender of the last one (last); "" when q
// is no such quote.
func (x *voices) messageSender(q *result.Quote, last string) string {
	o := x.tokenAt(q.Start) - 1
	if o < 2 || x.toks[o].Kind != tok.OpenQ {
		return ""
	}
	k := -1
	for j := o - 1; j >= 0 && o-j <= 20 && k < 0 && x.toks[j].Kind != tok.CloseQ; j-- {
		x.steps++
		if messages[x.toks[j].Low] && !x.toks[j].InQ {
			k = j
		}
	}
	if k < 0 || !x.introduces(k, o) {
		return ""
	}
	s := x.sentStart(k)
	if k > 0 && x.toks[k-1].Low == "another" && last != "" {
		return last
	}
	for v := k - 1; v > s && k-v <= 6; v-- {
		x.steps++
		if !sendVerbs[x.toks[v].Low] {
			continue
		}
		n := v - 1
		if n >= s && x.toks[n].Cap && x.toks[n].Kind == tok.Word {
			if e, ok := x.byName(lexicon.StripPossessive(x.text(n, n+1))); ok && x.ent(e).Person {
				return x.ent(e).Name
			}
			if e := article.SurnameAt(x.d, n); e >= 0 {
				return x.ent(e).Name
			}
			if e := x.d.ResolvePerson(x.text(n, n+1), "", x.toks[n].S); e >= 0 && x.ent(e).Person {
				return x.ent(e).Name
			}
		}
		return ""
	}
	return ""
}

// introduces reports whether the words after the message at token k up
// to the opening mark o present its words: "that read:", ", sent to a
// friend ..., said:".
func (x *voices) introduces(k, o int) bool {
	if x.toks[o-1].Low != ":" && x.toks[o-1].Low != "," {
		return false
	}
	for j := k + 1; j < o; j++ {
		switch x.toks[j].Low {
		case "read", "reads", "said", "says", "stated", "states":
			return true
		}
	}
	return false
}

// isPerson reports whether the article knows a person called name.
func (x *voices) isPerson(name string) bool { return article.IsPerson(x.d, name) }
