// Package interviewee finds whom an interview's answers are the words
// of: the person the introduction says was spoken with ("spoke to Tessa
// Rangiwai"), or the one it is about, named most often before the
// questions. It reads the article through package article.
package interviewee

import (
	"strings"

	"github.com/quotetrail/quotetrail/internal/extract/internal/article"
	"github.com/quotetrail/quotetrail/internal/extract/internal/tok"
	"github.com/quotetrail/quotetrail/internal/extract/internal/transcript"
	"github.com/quotetrail/quotetrail/internal/extract/internal/vocab"
	"github.com/quotetrail/quotetrail/internal/extract/lexicon"
)

// doc holds one question about the article, read through article.Doc.
type doc struct {
	d     article.Doc
	toks  []tok.Token
	r     []rune
	steps int
}

// maxIntroMentions bounds the mentions an interview's introduction is
// searched through for the person it is about.
const maxIntroMentions = 300

// IntroSubject is the person an interview's introduction (everything
// before token i) is about: the one named most often there, each mention
// counted once however many quotes resolved it, the later on a tie (the
// one named just above the questions, not a paper in the byline). It
// leaves out the writer: the byline's "By ..." and the one the
// introduction says the subject spoke to ("She tells Fergus Lomond about
// grief"). It returns -1 when no full name of a person came before.
func IntroSubject(d article.Doc, i int) int {
	toks := d.Toks()
	asker := ""
	if i < len(toks) {
		asker = transcript.Interviewer(d.Runes(), toks[i].S)
	}
	count := map[int]int{}
	at := map[int]int{} // the token of each person's latest mention counted, plus one
	best, seen := -1, 0
	d.MentionsBefore(i, func(e, t int) bool {
		seen++
		en := d.Ent(e)
		if !en.Person || !strings.Contains(en.Name, " ") || t > 0 && toks[t-1].Low == "by" || at[e] == t+1 || en.Name == asker || venue(en.Name) || vocab.PlaceOrTeam(en.Name) {
			return seen < maxIntroMentions
		}
		at[e] = t + 1
		count[e]++
		if best < 0 || count[e] > count[best] {
			best = e
		}
		return seen < maxIntroMentions
	})
	return best
}

// MostNamed returns the person called name ("Voss", "Delia Voss") named
// most often before token i, each mention counted once, the earlier on a
// tie: the singer, not her father Gene Voss named once.
func MostNamed(d article.Doc, name string, i int) int {
	count := map[int]int{}
	at := map[int]int{} // as in IntroSubject
	best, seen := -1, 0
	d.MentionsBefore(i, func(e, t int) bool {
		seen++
		if n := d.Ent(e).Name; d.Ent(e).Person && (n == name || strings.HasSuffix(n, " "+name)) && at[e] != t+1 {
			at[e] = t + 1
			count[e]++
			if best < 0 || count[e] >= count[best] {
				best = e
			}
		}
		return seen < maxIntroMentions
	})
	return best
}

// SpokeWith returns the person the two paragraphs before token i say the
// interview was with ("We spoke with Voss over two afternoons", "Rolling
// Stone caught up with Delia Voss"), or -1.
func SpokeWith(d article.Doc, i int) int {
	x := &doc{d: d, toks: d.Toks(), r: d.Runes()}
	defer func() { d.Step(x.steps) }()
	return x.spokeWith(i)
}

func (x *doc) spokeWith(i int) int {
	if e := x.spokeWithIn(i, 1, false); e >= 0 {
		return e
	}
	return x.spokeWithIn(i, maxIntroParas, true) // "Today, I’m talking with Marguerite Oduya-Lang, CEO of ...", paragraphs above
}

// maxIntroParas bounds the paragraphs above an interview's first turn
// where its writer says whom they talked with.
const maxIntroParas = 6

// spokeWithIn is spokeWith over the paras paragraphs before token i,
// where the one talking is the writer in the first person ("I'm
// talking with", "we spoke to") when firstPerson is set.
func (x *doc) spokeWithIn(i, paras int, firstPerson bool) int {
	if i <= 0 {
		return -1
	}
	p := x.toks[i-1].Para
	for k := i - 1; k > 0 && x.toks[k].Para+paras >= p; k-- {
		x.steps++
		w := x.toks[k].Low
		if w != "with" && w != "to" || x.toks[k].InQ {
			continue
		}
		v := k - 1
		switch x.toks[v].Low {
		case "spoke", "talked", "sat", "caught", "speaking", "talking":
		case "interview", "conversation":
			v = -1 // a noun: no one before it spoke
		default:
			if !(x.toks[v].Low == "down" || x.toks[v].Low == "up") {
				continue
			}
			v--
		}
		if v > 0 && x.publication(k+1) {
			if e := x.subjectOf(v); e >= 0 {
				return e // "Lindqvist-Aas, who coached Molde, sat down with The Athletic"
			}
			continue
		}
		if firstPerson && (v < 2 || !x.writerBefore(v)) {
			continue
		}
		if !firstPerson && v > 0 && x.otherSpoke(v-1) {
			continue // "the harbourmaster talked to Tessa Rangiwai": the one asking
		}
		n := k + 1
		if n < len(x.toks) && x.toks[n].Low == ":" {
			n++ // "An Interview With:" over the name in capitals
		}
		e := n
		for e < len(x.toks) && e-n < 3 && x.toks[e].Para == x.toks[n].Para && (x.d.IsNameWord(e) || x.toks[e].Kind == tok.Word && lexicon.AllUpper(x.r[x.toks[e].S:x.toks[e].E])) {
			e++
		}
		if e > n {
			name := lexicon.StripPossessive(x.d.Text(n, e))
			if !lexicon.AllUpper([]rune(name)) {
				if e := MostNamed(x.d, name, k+1); e >= 0 || !firstPerson || !strings.Contains(name, " ") {
					return e
				}
				return x.d.ResolvePerson(name, "", x.toks[n].S) // named here first
			}
			w := strings.Fields(name)
			if e := MostNamed(x.d, transcript.NameCase(name), k+1); e >= 0 || len(w) < 2 { // "MATTEO FERRANDI", named so nowhere else
				return e
			}
			return x.d.ResolvePerson(strings.Join(w, " "), "", x.toks[n].S)
		}
	}
	return -1
}

// publication reports whether token n opens the publication the one
// interviewed talked to: "The Athletic", "the Guardian", "us".
func (x *doc) publication(n int) bool {
	if n >= len(x.toks) {
		return false
	}
	if x.toks[n].Low == "us" {
		return true
	}
	name, _ := x.d.OutletAt(n, min(n+6, len(x.toks)))
	return name != ""
}

// subjectOf returns the person named as the subject of the verb at token
// v, the one most often called so before it, or -1.
func (x *doc) subjectOf(v int) int {
	m, ok := x.d.SentenceSubject(x.d.SentStart(v), v)
	if !ok || m.Pron || m.Name == "" || !m.Person {
		return -1
	}
	return MostNamed(x.d, m.Name, v)
}

// otherSpoke reports whether the subject ending at token s, before a verb
// of talking to someone, is the one interviewed rather than the writer or
// the publication: a person named, a pronoun for one or a description
// ("Pettigrew talked to", "she spoke to", "the 64-year-old harbourmaster
// talked to"), not "We spoke with" or "Rolling Stone caught up with".
func (x *doc) otherSpoke(s int) bool {
	for s > 0 && x.toks[s].Kind == tok.Word && !x.toks[s].Cap && strings.HasSuffix(x.toks[s].Low, "ly") {
		s-- // "recently", "briefly"
	}
	t := x.toks[s]
	switch {
	case t.Kind != tok.Word || t.Low == "we" || t.Low == "i":
		return false
	case !t.Cap:
		return !lexicon.IsDeterminer(t.Low) && !lexicon.IsAux(t.Low)
	case !x.d.IsNameWord(s):
		return false
	}
	a := s
	for a > 0 && s-a < 3 && x.d.IsNameWord(a-1) {
		a--
	}
	e := x.d.ResolvePerson(lexicon.StripPossessive(x.d.Text(a, s+1)), "", x.toks[a].S)
	return e >= 0 && x.d.Ent(e).Person
}

// venue reports whether a name read as a person's ends in a word for a
// place people go: "the Strand Theatre", "Harbour Cinema", which no
// interview is with.
func venue(name string) bool {
	switch strings.ToLower(name[strings.LastIndexByte(name, ' ')+1:]) {
	case "theatre", "theater", "cinema", "museum", "gallery", "library", "hall", "arena", "stadium", "hotel",
		"restaurant", "cafe", "café", "pub", "inn", "bakery", "farm", "market", "hospital", "school":
		return true
	}
	return false
}

// writerBefore reports whether the writer, in the first person, is the
// subject of the verb of talking at token v: "I talked to", "we spoke
// with", "I'm talking with", "I am speaking to".
func (x *doc) writerBefore(v int) bool {
	s := x.toks[max(v-4, 0)].S
	words := strings.Fields(strings.NewReplacer("’", "'").Replace(strings.ToLower(string(x.r[s:x.toks[v].S]))))
	if len(words) == 0 {
		return false
	}
	last := words[len(words)-1]
	if last == "am" || last == "are" && len(words) > 1 {
		last = words[len(words)-2] + " " + last
	}
	switch last {
	case "i", "we", "i'm", "we're", "i am", "we are", "i've", "we've":
		return true
	}
	return false
}
