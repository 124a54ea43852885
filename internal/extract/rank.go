package extract

import (
	"slices"
	"strconv"
	"strings"

	"github.com/quotetrail/quotetrail/internal/extract/internal/clause"
	"github.com/quotetrail/quotetrail/internal/extract/internal/feature"
	"github.com/quotetrail/quotetrail/internal/extract/lexicon"
)

// The speaker ranker.
//
// The rules of attribute.go and flow.go pick one attribution per quoted
// piece through a fixed cascade (the quote's own cue, then the other pieces
// of its sentence, the sentence's subject, the last speaker ...). Each step
// of the cascade is right more often than not, but the cascade cannot weigh
// one piece of evidence against another: a cue after the quote against a
// colon before it, a subject that is a place ("Ohio") against a person named
// in the same phrase, a guess from three paragraphs back against no speaker
// at all. So every rule proposes its own answer as a candidate, together
// with the people and pronouns named around the quote and the empty
// answer, and a linear model over hand-made features picks one. The empty
// answer is described by the shape of the quoted piece (pieceShape in
// likely.go): scare quotes and titles are the quotes nobody is named for.
// A quoted transcript turn with its speaker's label ("WALLACE: ...") is
// not ranked: the label says who speaks (decide).
//
// The model is an averaged perceptron trained on PolNeAR's train split only
// (rank_train_test.go; dev is kept for measuring). Features are indicator
// strings and weights are integers (rank_weights.go, generated), so a
// score is an exact sum and training reproduces the shipped weights on any
// platform. The cascade's own choice is a candidate like the others, marked
// by the feature "s:base", and is listed first so that it wins ties: with
// no weights at all the ranker returns what the rules chose.

// candidate is one possible attribution of a quoted piece and the features
// that describe it.
type candidate struct {
	at    attrib
	srcs  []string // the rules that proposed it, as in "base" or "after"
	feats []string // its features, kept for training only (extractor.keepFeats)
	sum   int64    // the sum of their weights
}

// featSink receives the features of a candidate: it keeps them as
// strings for training, and otherwise only adds up their weights, looking
// each up from a reused buffer, so that extraction builds no strings.
type featSink struct {
	keep bool
	list []string
	sum  int64
	buf  []byte
}

func (s *featSink) emit() {
	if s.keep {
		s.list = append(s.list, string(s.buf))
	} else {
		s.sum += rankWeights[string(s.buf)]
	}
}

// one adds the feature made of parts.
func (s *featSink) one(parts ...string) {
	s.buf = s.buf[:0]
	for _, p := range parts {
		s.buf = append(s.buf, p...)
	}
	s.emit()
}

// crossed adds the feature made of parts, and it crossed with ctx.
func (s *featSink) crossed(ctx string, parts ...string) {
	s.one(parts...)
	s.buf = append(s.buf, '|')
	s.buf = append(s.buf, ctx...)
	s.emit()
}

// same reports whether at is the candidate's answer: two rules that give
// the same mention and name propose one candidate.
func (c *candidate) same(at attrib) bool {
	if !c.at.ok || !at.ok {
		return c.at.ok == at.ok
	}
	return c.at.ms == at.ms && c.at.me == at.me && c.at.speaker == at.speaker
}

// pieceCands collects the candidates of one piece.
type pieceCands struct {
	list []candidate
}

// add proposes at on behalf of rule src. A failed rule (at.ok false)
// proposes nothing, except the cascade's, which is always the first
// candidate; the empty answer is also proposed explicitly as "none".
func (pc *pieceCands) add(at attrib, src string) {
	if !at.ok && src != "none" && src != "base" {
		return
	}
	for i := range pc.list {
		if pc.list[i].same(at) {
			pc.list[i].srcs = append(pc.list[i].srcs, src)
			return
		}
	}
	pc.list = append(pc.list, candidate{at: at, srcs: []string{src}})
}

// rankInput is what the rules decided for the whole article: each piece's
// attribution from its own cue (own), the cascade's choice (final), how
// many pieces the cascade gave to each speaker (said) and how many times
// each entity is named (named).
type rankInput struct {
	own, final []attrib
	said       map[string]int
	named      []int
	shapes     [][]string // each piece's pieceShape (likely.go)
	prevInPara []int      // each piece's nearest attributed piece before it in its paragraph
}

// newRankInput counts the speakers and names of an article.
func (x *extractor) newRankInput(own, final []attrib) *rankInput {
	in := &rankInput{own: own, final: final, said: map[string]int{}, named: append([]int(nil), x.timesNamed...),
		prevInPara: x.prevInPara(final)}
	for _, at := range final {
		x.steps++
		if at.ok && at.speaker != "" {
			in.said[at.speaker]++
		}
	}
	seen := x.quotedTexts()
	in.shapes = make([][]string, len(x.ps))
	for i := range x.ps {
		x.steps++
		in.shapes[i] = x.pieceShape(i, seen)
	}
	return in
}

// candidates gathers every answer the rules and the neighbourhood of piece
// i suggest; evs are the events before the piece in text order.
func (x *extractor) candidates(i int, in *rankInput, evs []event) []candidate {
	own, final := in.own, in.final
	p := x.ps[i]
	pc := pieceCands{list: x.candBuf[:0]} // collected in a reused list, returned in one of the right size
	pc.add(final[i], "base")
	pc.add(own[i], "own")
	lo := x.beforeRegion(p.Open)
	pc.add(x.cueBefore(lo, p.Open), "before")
	if p.Close >= 0 {
		pc.add(x.cueAfter(p.Close+1, clause.AfterRegion(x.toks, p.Close, &x.steps)), "after")
	}
	pc.add(x.possessiveSpeaker(p.Open), "poss")
	pc.add(x.subjectFallback(p.Open), "subject")
	if c := p.Cont; c >= 0 && c < i {
		pc.add(final[c], "cont")
	}
	if i > 0 && x.sameSentence(i-1, i) {
		pc.add(final[i-1], "prevsent")
	}
	if i+1 < len(x.ps) && x.sameSentence(i, i+1) {
		pc.add(own[i+1], "nextsent")
	}
	if k := in.prevInPara[i]; k >= 0 {
		pc.add(final[k], "prevpara")
	}
	// The latest attributions before the piece: the last cue with a
	// subject, the one before it that named someone else, and the last
	// plain sentence subject.
	// (Only the last few dozen events are searched, which keeps long
	// articles linear.)
	strong, weak := -1, -1
	for k := len(evs) - 1; k >= 0 && len(evs)-k <= 50 && (strong < 0 || weak < 0); k-- {
		x.steps++
		if evs[k].weak && weak < 0 {
			weak = k
		} else if !evs[k].weak && strong < 0 {
			strong = k
		}
	}
	if strong >= 0 {
		pc.add(evs[strong].at, "event")
		for k := strong - 1; k >= 0 && strong-k <= 50; k-- {
			x.steps++
			if !evs[k].weak && evs[k].at.speaker != evs[strong].at.speaker {
				pc.add(evs[k].at, "event2")
				break
			}
		}
	}
	if weak >= 0 {
		pc.add(evs[weak].at, "weak")
	}
	x.nearbyMentions(i, &pc)
	x.relativeVariants(i, &pc)
	pc.add(attrib{ms: -1, me: -1}, "none")
	fs := &x.sink
	for k := range pc.list {
		x.steps++
		fs.keep, fs.list, fs.sum = x.keepFeats, nil, 0
		x.features(i, in, &pc.list[k], fs)
		pc.list[k].feats, pc.list[k].sum = fs.list, fs.sum
	}
	out := make([]candidate, len(pc.list))
	copy(out, pc.list)
	x.candBuf = pc.list
	return out
}

// nearbyMentions proposes the people and personal pronouns named outside
// quotes in the piece's sentence and the sentence before it. People are
// taken from the names collectNames registered, so that resolving them is
// a short look-up.
func (x *extractor) nearbyMentions(i int, pc *pieceCands) {
	p := x.ps[i]
	s0 := x.sentStart(p.Open)
	if s0 > 0 && x.toks[s0-1].Para == x.toks[p.Open].Para {
		s0 = x.sentStart(s0 - 1)
	}
	end := p.Open
	if p.Close >= 0 {
		end = clause.AfterRegion(x.toks, p.Close, &x.steps)
	}
	if end <= s0 {
		return // a quote that opens the text and is never closed
	}
	src := func(j int) string {
		switch {
		case j > p.Open:
			return "near-after"
		case j < x.sentStart(p.Open):
			return "near-prevsent"
		}
		return "near-before"
	}
	// Only the mentions nearest the quote are proposed: a sentence of
	// hundreds of pronouns would give each of its quotes hundreds of
	// candidates.
	lo, hi := max(s0, p.Open-maxNearbyReach), min(end, max(p.Open, p.Close)+maxNearbyReach)
	for j, n := p.Open-1, 0; j >= lo; j-- {
		x.steps++
		if x.nearbyMention(j) {
			if n++; n > maxNearby {
				lo = j + 1
				break
			}
		}
	}
	for j, n := p.Open, 0; j < hi; j++ {
		x.steps++
		if x.nearbyMention(j) {
			if n++; n > maxNearby {
				hi = j
				break
			}
		}
	}
	for j := lo; j < hi; j++ {
		x.steps++
		t := x.toks[j]
		if g := lexicon.PronounGender(t.Low); (g == "m" || g == "f") && !t.InQ {
			pc.add(x.makeAttrib(mention{a: j, b: j + 1, from: j, pron: true}, "", j, j+1), src(j))
		}
	}
	// Resolving a name registers it again, so the positions are read first.
	var at []int
	for j := lo; j < hi; j++ {
		x.steps++
		if x.lastAt[j] != 0 {
			at = append(at, j)
		}
	}
	for _, j := range at {
		x.steps++
		for j < end && (lexicon.IsTitleWord(x.toks[j].Low) || x.toks[j].Low == ".") {
			x.steps++
			j++ // a mention may be registered from its title: "Sen. Ted Cruz"
		}
		if j >= end || !x.isNameWord(j) {
			continue
		}
		for j+1 < end && x.isNameWord(j+1) {
			x.steps++
			j++ // to the end of the name
		}
		if x.toks[j].InQ {
			continue
		}
		if m, ok := x.np(x.sentStart(j), j, 0); ok && m.person {
			pc.add(x.makeAttrib(m, "", j, j+1), src(j))
		}
	}
}

// maxNearby bounds the people and pronouns proposed on each side of a
// quote; news sentences name far fewer.
const maxNearby = 10

// maxNearbyReach bounds, in tokens, how far before and after a quote its
// nearby mentions are looked for.
const maxNearbyReach = 150

// nearbyMention reports whether token j is a personal pronoun or a
// registered name outside quotes, as nearbyMentions proposes.
func (x *extractor) nearbyMention(j int) bool {
	t := x.toks[j]
	g := lexicon.PronounGender(t.Low)
	return (g == "m" || g == "f") && !t.InQ || x.lastAt[j] != 0
}

// relativeVariants proposes, for a speaker named right before a relative
// clause that holds the quote ("Beck, who has described Trump as “...”"),
// the relative pronoun as the mention the attribution rests on.
func (x *extractor) relativeVariants(i int, pc *pieceCands) {
	p := x.ps[i]
	n := len(pc.list)
	for k := 0; k < n; k++ {
		x.steps++
		at := pc.list[k].at
		if !at.ok || at.ms < 0 || at.ms > x.toks[p.Open].S {
			continue
		}
		r := x.tokenAt(at.me-1) + 1
		if r < p.Open && x.toks[r].Low == "," {
			r++
		}
		if r >= p.Open || x.toks[r].Low != "who" || x.sentStart(r) != x.sentStart(p.Open) {
			continue
		}
		v := at
		v.ms, v.me = x.toks[r].S, x.toks[r].E
		pc.add(v, "who")
	}
}

// features describes candidate c of piece i as indicator strings. Most are
// crossed with the kind of quote and whether it has a cue of its own,
// which change what evidence counts.
func (x *extractor) features(i int, in *rankInput, c *candidate, fs *featSink) {
	p := x.ps[i]
	own, final := in.own, in.final
	kind := "k:" + x.kindOf(i)
	ctx := kind + "|own:" + strconv.FormatBool(own[i].ok)
	add := func(parts ...string) { fs.crossed(ctx, parts...) }
	if !c.at.ok {
		for _, s := range c.srcs {
			x.steps++
			add("s:", s)
		}
		// Scare quotes, titles and slogans are the quotes nobody is named
		// for: the piece's shape speaks for no speaker.
		for _, s := range in.shapes[i] {
			x.steps++
			fs.one("none|", s)
		}
		return
	}
	mt := x.mentionType(c.at)
	for _, s := range c.srcs {
		x.steps++
		add("s:", s)
		fs.one("s:", s, "|m:", mt)
	}
	add("n:", strconv.Itoa(min(len(c.srcs), 4)))
	add("m:", mt)
	add("cue:", feature.Cue(c.at.cue))
	add("m:", mt, "|cue:", feature.Cue(c.at.cue))
	add("conf:", strconv.Itoa(int(c.at.conf*10+0.5)))
	// Where the mention is, relative to the quote.
	if c.at.ms >= 0 {
		mi := x.tokenAt(c.at.ms)
		dir, d := "before", p.Open-mi
		if mi > p.Open {
			dir, d = "after", mi-max(p.Close, p.Open)
		}
		add("d:", dir, ":", feature.Distance(d))
		add("pd:", feature.Distance(x.toks[p.Open].Para-x.toks[mi].Para))
		if x.sentStart(mi) == x.sentStart(p.Open) {
			add("same-sentence")
		}
		if x.sentStart(mi) == mi || mi > 0 && x.toks[mi-1].Kind != tkWord && x.sentStart(mi) == mi-1 {
			add("m:sentence-initial")
		}
		if slices.ContainsFunc(x.r[c.at.ms:c.at.me], func(r rune) bool { return r >= '0' && r <= '9' }) {
			add("m:digit")
		}
		last := x.tokenAt(c.at.me - 1)
		head := lexicon.StripPossessive(x.toks[last].Low)
		switch {
		case lexicon.IsPlace(strings.ToLower(c.at.speaker)) || lexicon.IsPlace(head):
			add("m:place")
		case mt == "description" || mt == "capitalised":
			if lexicon.IsRole(head) || lexicon.IsQuantifier(head) || strings.HasSuffix(head, "ers") || strings.HasSuffix(head, "ists") {
				add("m:head-role")
			} else {
				add("m:head-other")
			}
		}
		// Is the mention the subject of a cue ("X said"), or its inverted
		// subject ("said X")?
		v := last + 1
		for v < len(x.toks) && v-last < 4 && (lexicon.IsAux(x.toks[v].Low) || x.toks[v].Low == ",") {
			x.steps++
			v++
		}
		if v < len(x.toks) && x.isCue(v) {
			add("m:cue-follows")
		}
		if mi > 0 && x.isCue(mi-1) {
			add("m:cue-precedes")
		}
		if x.toks[mi].Low == "who" {
			for k := mi + 1; k < p.Open; k++ {
				x.steps++
				if x.isCue(k) {
					add("who:cue") // "Beck, who has described Trump as “...”"
					break
				}
			}
		}
		if x.toks[mi].Para == 0 {
			add("m:first-paragraph") // often the headline
		}
	}
	// How often the article names the speaker: the people quoted are the
	// people it is about.
	if e, ok := x.byName[c.at.speaker]; ok && x.ents[e].person && e < len(in.named) {
		add("m:named:", feature.Distance(in.named[e]))
	}
	if _, ok := lexicon.Outlet(strings.ToLower(c.at.speaker)); ok {
		add("m:outlet")
	}
	// How often the cascade gave the article's other quotes to this speaker.
	n := in.said[c.at.speaker]
	if final[i].ok && final[i].speaker == c.at.speaker {
		n--
	}
	add("spk:others:", feature.Distance(n))
	if i > 0 && final[i-1].ok && final[i-1].speaker == c.at.speaker && c.at.speaker != "" {
		add("spk:prev")
	}
}

// mentionType classifies what a candidate rests on.
func (x *extractor) mentionType(at attrib) string {
	if at.ms < 0 {
		return "nomention"
	}
	w := x.tokenAt(at.ms)
	t := x.toks[w]
	switch {
	case lexicon.PronounGender(t.Low) != "" || t.Low == "i" || lexicon.PossessiveSubject(t.Low) != "":
		if at.speaker == "" {
			return "pron-unresolved"
		}
		return "pron"
	case t.Low == "who" || t.Low == "which":
		return "relative"
	case at.person:
		return "person"
	case at.speaker == "":
		return "empty"
	case t.Cap && !lexicon.IsDeterminer(t.Low):
		return "capitalised"
	}
	return "description"
}

// tokenAt returns the index of the token that starts at or covers rune
// offset pos.
func (x *extractor) tokenAt(pos int) int {
	lo, hi := 0, len(x.toks)
	for lo < hi {
		x.steps++
		m := (lo + hi) / 2
		if x.toks[m].E <= pos {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return min(lo, len(x.toks)-1)
}

// score sums the weights of a candidate's features.
func score(c *candidate) int64 {
	if c.feats == nil {
		return c.sum
	}
	var s int64
	for _, f := range c.feats {
		s += rankWeights[f]
	}
	return s
}

// decide returns the attribution of every piece: the best candidate, or
// the speaker a transcript label names (transcriptLabel), which also
// holds for the later paragraphs of the same turn. turn tells which
// pieces are such transcript turns.
func (x *extractor) decide(cands [][]candidate) (final []attrib, turn []bool) {
	final = make([]attrib, len(cands))
	turn = make([]bool, len(cands))
	for i, cs := range cands {
		x.steps++
		final[i] = cs[best(cs)].at
		if at := x.transcriptLabel(i); at.ok {
			final[i], turn[i] = at, true
		} else if c := x.ps[i].Cont; c >= 0 && c < i && turn[c] {
			final[i], turn[i] = final[c], true
		}
	}
	return final, turn
}

// best returns the index of the highest-scoring candidate; the first one
// (the cascade's choice) wins ties.
func best(cs []candidate) int {
	b, bs := 0, score(&cs[0])
	for k := 1; k < len(cs); k++ {
		if s := score(&cs[k]); s > bs {
			b, bs = k, s
		}
	}
	return b
}
