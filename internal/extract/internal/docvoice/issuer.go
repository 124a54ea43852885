package docvoice

import (
	"strings"

	"github.com/quotetrail/quotetrail/internal/extract/internal/article"
	"github.com/quotetrail/quotetrail/internal/extract/internal/result"
	"github.com/quotetrail/quotetrail/internal/extract/internal/tok"
	"github.com/quotetrail/quotetrail/internal/extract/internal/vocab"
	"github.com/quotetrail/quotetrail/internal/extract/lexicon"
)

// A quote a story gives to a document ("“...,” the statement read", "the
// commentary said", "the report states") is the words of whoever issued
// it, which the story says where it first names the document: "the
// Sarawak Fire and Rescue Department said in a statement", "North
// Korea's Korean Central News Agency (KCNA) carried a commentary", "a
// report by auditors Keller Aston", "Rabbi Yehoshua Mandelbaum ... issued
// a letter", "The Met Office has an amber warning".

// Issuer gives quote q, attributed to a document ("the statement",
// tokens [a, b)), whoever the story says issued it, and returns the work
// done.
func Issuer(d article.Doc, q *result.Quote, a, b int) int {
	x := &voices{d: d, toks: d.Toks()}
	if name := x.issuerOf(a, b); name != "" {
		q.Speaker, q.SpeakerTitle = name, ""
	}
	return x.steps
}

// issuedNouns are the documents, besides vocab.DocNouns and docNouns,
// that a body issues and a story quotes.
var issuedNouns = map[string]bool{"commentary": true, "communiqué": true, "communique": true, "warning": true,
	"decision": true, "editorial": true, "notification": true, "circular": true, "directive": true}

// issuingVerbs put a document out: "X issued a letter", "KCNA carried a
// commentary", "The Met Office has an amber warning".
var issuingVerbs = map[string]bool{"issued": true, "released": true, "published": true, "carried": true, "posted": true,
	"sent": true, "filed": true, "has": true, "had": true, "signed": true, "submitted": true, "lodged": true,
	"shared": true, "wrote": true, "circulated": true, "put": true, "issues": true, "publishes": true}

// issued reports whether w, in lower case, names a document a story
// quotes.
func issued(w string) bool { return vocab.DocNouns[w] || docNouns[w] || issuedNouns[w] }

// issuerOf returns who issued the document "the NOUN" at tokens [a, b)
// stands for, as the sentence that first names it says: "" when it says
// no one, or the document is not named before.
func (x *voices) issuerOf(a, b int) string {
	if b-a != 2 || x.toks[a].Low != "the" || !issued(x.toks[b-1].Low) {
		return ""
	}
	noun := x.toks[b-1].Low
	for k := a - 1; k >= 0 && a-k < maxAuthorBack && x.toks[k].Para+maxAuthorParas >= x.toks[a].Para; k-- {
		x.steps++
		t := x.toks[k]
		if t.Kind != tok.Word || t.InQ || t.Cap || !(t.Low == noun || noun == "document" && issued(t.Low)) {
			continue
		}
		if k > 0 && (x.toks[k-1].Low == "the" || x.toks[k-1].Low == "that") {
			continue // the same document named again: it was issued further back
		}
		return x.issuerAt(k)
	}
	return ""
}

// issuerAt returns who issued the document named at token k: the sender
// of a message (senderAt), the body after "by" or "from" ("a report by
// auditors Keller Aston"), or the subject of the sentence that says it
// was issued ("X said in a statement", "In a statement, X said", "X
// carried a commentary"); "".
func (x *voices) issuerAt(k int) string {
	if e := x.senderAt(k); e >= 0 {
		return x.ent(e).Name
	}
	if k+2 < len(x.toks) && (x.toks[k+1].Low == "by" || x.toks[k+1].Low == "from") {
		if name := x.capsRun(k + 2); name != "" {
			return name
		}
	}
	s := x.sentStart(k)
	for j := k - 1; j > s && k-j <= 4; j-- {
		x.steps++
		if issuingVerbs[x.toks[j].Low] || x.isCue(j) {
			if name := x.nameBefore(s, j); name != "" {
				return name // "KCNA carried a commentary", "..., the Sarawak Fire and Rescue Department said in a statement"
			}
			break
		}
	}
	m, ok := x.d.SentenceSubject(s, min(len(x.toks), s+maxSentence))
	if !ok || m.Pron || m.A <= k && k < m.B || m.B <= s {
		return ""
	}
	in := k >= 2 && x.toks[k-2].Low == "in" || k >= 3 && x.toks[k-3].Low == "in" // "said in a statement", "In their written decision,"
	put := false
	for j := max(m.B, k-4); j < k; j++ {
		x.steps++
		put = put || issuingVerbs[x.toks[j].Low]
	}
	if !in && !put || issued(strings.ToLower(m.Name[strings.LastIndexByte(m.Name, ' ')+1:])) {
		return ""
	}
	if e, ok := x.byName(m.Name); ok {
		return x.ent(e).Name
	}
	return m.Name
}

// capsRun returns the name written in capitals from token s, after at
// most two words in lower case that say what it is ("auditors Keller
// Aston", "the Midwest Consortium"), as the article registered it; "".
func (x *voices) capsRun(s int) string {
	for n := 0; n < 3 && s < len(x.toks); n++ {
		t := x.toks[s]
		if t.Low != "the" && (t.Kind != tok.Word || t.Cap || lexicon.IsFunctionWord(t.Low)) {
			break
		}
		s++
	}
	e := s
	for e < len(x.toks) && e-s < 8 && x.toks[e].Kind == tok.Word && !x.toks[e].InQ && (x.toks[e].Cap || e > s && (x.toks[e].Low == "of" || x.toks[e].Low == "and" || x.toks[e].Low == "for")) {
		e++
	}
	for e > s && !x.toks[e-1].Cap {
		e--
	}
	if e == s {
		return ""
	}
	name := lexicon.StripPossessive(x.text(s, e))
	if c, ok := x.byName(name); ok {
		return x.ent(c).Name
	}
	return name
}

// nameBefore returns the name in capitals that ends right before token
// v, within the sentence from s, after the acronym in brackets it may
// be followed by ("the Korean Central News Agency (KCNA) carried"), as
// the article registered it; "" when a word in lower case comes first.
func (x *voices) nameBefore(s, v int) string {
	e := v
	if e-3 >= s && x.toks[e-1].Low == ")" && x.toks[e-3].Low == "(" {
		e -= 3
	}
	j := e
	for j-1 >= s && e-j < 8 && x.toks[j-1].Kind == tok.Word && !x.toks[j-1].InQ && !lexicon.IsPossessive(x.toks[j-1].Low) &&
		(x.toks[j-1].Cap || j < e && j-2 >= s && x.toks[j-2].Cap && (x.toks[j-1].Low == "of" || x.toks[j-1].Low == "and" || x.toks[j-1].Low == "for")) {
		j--
	}
	if j < e && x.toks[j].Low == "the" {
		j++ // "The Met Office has"
	}
	if j == e || lexicon.IsPronoun(x.toks[j].Low) {
		return ""
	}
	name := x.text(j, e)
	if c, ok := x.byName(name); ok {
		return x.ent(c).Name
	}
	return name
}

// BareSpokesperson gives a quote whose speaker is a spokesperson of no
// one named ("spokesperson" of "Stratumhost said through a spokesperson
// that it ...", or of "Royal Mail said it was supporting him. A
// spokesperson said: ...") the body whose spokesperson it is: the
// subject of its sentence, or else of the sentence before, when that is
// no person. It returns the work done.
func BareSpokesperson(d article.Doc, q *result.Quote, a, b int) int {
	x := &voices{d: d, toks: d.Toks()}
	x.bareSpokesperson(q, a, b)
	return x.steps
}

func (x *voices) bareSpokesperson(q *result.Quote, a, b int) {
	if !vocab.SpokesWords[strings.ToLower(q.Speaker)] || b-a > 2 || b < len(x.toks) && (x.toks[b].Low == "for" || x.toks[b].Low == "of" || x.toks[b].Low == "at") {
		return // (not "a spokesperson for a national federation of ...", whose body follows)
	}
	var m article.Mention
	ok := false
	if through := x.toks[max(a-1, 0)].Low; (through == "through" || through == "via") && a >= 3 {
		k := a - 2 // "Stratumhost, said through a spokesperson"
		if x.toks[k-1].Low == "," {
			k--
		}
		j := k
		for j-1 >= x.sentStart(a) && k-j < 4 && x.d.IsNameWord(j-1) {
			j--
		}
		m, ok = article.Mention{A: j, B: k, Name: x.text(j, k)}, j < k
	}
	if !ok {
		s2 := x.sentStart(a)
		if s2 == 0 || x.toks[s2-1].Para+1 < x.toks[a].Para {
			return // no sentence before in the paragraph or the one before
		}
		p := x.sentStart(s2 - 1)
		m, ok = x.d.SentenceSubject(p, s2)
		// a body's name of two words or more, or an acronym ("Royal Mail
		// said ..."; not "Japan", "Between")
		ok = ok && (m.B-m.A >= 2 && !vocab.PlaceOrTeam(m.Name) || lexicon.AllUpper([]rune(m.Name)) && len(m.Name) >= 2)
	}
	if !ok || m.Pron || !x.toks[m.A].Cap && x.toks[m.A].Low != "the" || lexicon.IsAnonymous(strings.ToLower(m.Name)) ||
		vocab.GivenNameGender(strings.ToLower(strings.Fields(m.Name)[0])) != 0 {
		return // (a person's name: a spokesperson speaks for a body)
	}
	q.Speaker, q.SpeakerTitle = m.Name, ""
}
