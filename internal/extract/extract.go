// Package extract finds quotations in news text and attributes them to their
// speakers.
//
// Extract returns every direct quotation (a full quoted statement), partial
// quotation (a quoted fragment inside the journalist's own sentence) and
// paraphrase (reported speech without quotation marks, such as "Levine said
// the tactics were deceitful"), each with its speaker, the speaker's title,
// the cue verb and the outlet it was reported through ("via").
//
// The extractor is rule based, with two small learned models: a ranker
// that settles who is quoted, and a filter that tells quotations from
// other words in quotation marks (scare quotes, titles of works, slogans).
// It needs no model or data files at run time (the weights are Go source).
//
// Nothing found between quotation marks is dropped by the filter: a quote
// it judges unlikely to be anyone's words is returned like the others, with
// "likely": false and a confidence of at most 0.2, for a person to confirm
// or discard (the review screen shows it unticked). Every other quote, and
// every paraphrase, has "likely": true. A client that wants only the
// quotations the extractor stands by keeps the quotes with likely true; one
// that ignores the field gets every candidate, as before the filter.
//
// The work is split by concern:
//
//   - package tok: tokens, pairing of quotation marks per paragraph (with
//     multi-paragraph quotations), double marks and single ones (British
//     copy quotes in ‘…’; an article quoting in double marks keeps single
//     ones for headlines and nested quotations); package quotemark: which
//     runes are quotation marks, apostrophes or elisions, and what is not
//     speech (titles of shows, nicknames, markup, identifiers);
//   - transcript.go and package transcript: the labelled turns of
//     interviews and hearings ("Q:", "A:", "SMITH:", "SEN. WARREN:"),
//     each answer a direct quote by the person answering;
//   - package lexicon: the word lists (speech verbs, roles, titles,
//     outlets, pronouns, places);
//   - speaker.go: noun phrases around a cue ("X said", "said X", "X, the FTC
//     chair, said", "the complaint filed by ... said");
//   - resolve.go: people named in the article, short names, pronouns, and
//     the outlet an interviewee spoke to;
//   - attribute.go: the cue of each quotation (before it, after it, or the
//     sentence's subject);
//   - flow.go: paraphrases, floating quotes that continue the last speaker,
//     and the final output;
//   - rank.go: every rule's answer, and the people and pronouns around a
//     quote, as speaker candidates, of which a linear model picks one
//     (weights in rank_weights.go, trained on PolNeAR's train split by
//     rank_train_test.go);
//   - likely.go: the filter, a linear model over the shape of a quoted
//     piece and its attribution (weights in likely_weights.go, trained on
//     the train split by likely_train_test.go), and a rule holding back
//     quoted labels (label, in this file);
//   - package refine: the speaker named for the chosen mention, refined
//     after the models have read it (pronouns to people, never clubs or
//     places; organisations' whole names; "the Scot" or "the company" to
//     whom they stand for; party tags; outlets that only reported a quote;
//     pull quotes; a lede's delayed name; documents read aloud), through
//     refineDoc; package result holds the Quote type both share;
//     package vocab the words and names the refinements read a speaker
//     by (offices, places, outlets, first names); package docvoice the
//     speakers that are no one person (a document, "it" after an
//     organisation's words, a family speaking as one); package orgref
//     which organisation "the company" or "the trust" stands for;
//     package quotelayout the passes that read a quote by where it sits;
//     package mentionfix the mention a quote is attributed to, set right
//     before its name is resolved.
//
// Besides PolNeAR, a development set of articles in other genres
// (testdata/genres: tabloid, broadsheet, sport, interviews, hearing and
// court transcripts, wire, science, press release) is scored by
// TestGenres.
//
// All offsets are rune (Unicode code point) offsets into the input, end
// exclusive. The package is quality-tested against the PolNeAR corpus by
// package eval.
package extract

import (
	"context"
	"fmt"
	"github.com/quotetrail/quotetrail/internal/extract/internal/acronym"

	"github.com/quotetrail/quotetrail/internal/extract/internal/labels"
	"github.com/quotetrail/quotetrail/internal/extract/internal/marks"
	"github.com/quotetrail/quotetrail/internal/extract/internal/names"
	"github.com/quotetrail/quotetrail/internal/extract/internal/nested"
	"github.com/quotetrail/quotetrail/internal/extract/internal/outlet"
	"github.com/quotetrail/quotetrail/internal/extract/internal/refine"
	"github.com/quotetrail/quotetrail/internal/extract/internal/result"
	"github.com/quotetrail/quotetrail/internal/extract/internal/tok"
	"github.com/quotetrail/quotetrail/internal/extract/lexicon"
)

// Quote kinds.
const (
	KindDirect     = result.KindDirect     // a full quoted statement
	KindPartial    = result.KindPartial    // a quoted fragment embedded in the writer's sentence
	KindParaphrase = result.KindParaphrase // reported speech without quotation marks
)

// Quote is one quotation or paraphrase and its attribution.
//
// Start and End delimit the quoted words without their quotation marks;
// Text is exactly the input runes [Start, End). SpeakerStart and SpeakerEnd
// delimit the mention the attribution rests on (the "she" of "she said", or
// an earlier mention for a quote that continues the last speaker); they are
// -1 when no mention was found. Speaker is the resolved name ("Lina Khan"
// for "Khan" or "she"), or a description for unnamed speakers ("Twitter
// spokesperson", "the complaint"); it is empty when unknown, which includes
// a pronoun that could not be resolved (its offsets are still reported).
//
// Confidence (0 to 1) is how sure the extractor is of the attribution,
// and at most 0.2 for a quote held back as unlikely. Likely is false for
// quoted words the filter judges not to be anyone's speech (scare quotes,
// titles, slogans); they are still returned so that nothing is lost
// silently. Paraphrases are always likely.
type Quote = result.Quote

// Result is the outcome of Extract. Quotes are in text order.
type Result struct {
	Quotes []Quote `json:"quotes"`
}

// Extract finds and attributes the quotations of an article. It never
// panics and is safe for concurrent use. Its time grows linearly with the
// length of the text, whatever the text.
func Extract(text string) Result {
	res, _ := ExtractContext(context.Background(), text)
	return res
}

// ExtractContext is Extract that gives up when ctx is done, returning
// ctx's error (wrapped) and no quotes: a request that has gone away stops
// costing anything.
func ExtractContext(ctx context.Context, text string) (Result, error) {
	x := newExtractor(text)
	x.ctx, x.done = ctx, ctx.Done()
	x.run()
	if x.err != nil {
		return Result{Quotes: []Quote{}}, fmt.Errorf("extract quotes: %w", x.err)
	}
	if x.out == nil {
		x.out = []Quote{} // encode as [], not null
	}
	return Result{Quotes: x.out}, nil
}

// attrib is an attribution: who said it, how, and through which outlet.
type attrib struct {
	ok      bool
	speaker string
	title   string
	cue     string
	via     string
	ms, me  int // rune offsets of the mention, -1 when none
	conf    float64
	person  bool
}

// event is an attribution seen at a point of the text; a floating quote
// continues the latest one.
type event struct {
	pos, Para int
	at        attrib
	weak      bool // only the subject of a sentence, no cue
}

// extractor holds the state of one Extract call.
type extractor struct {
	r           []rune
	toks        []token
	ps          []piece
	nested      []piece // quotations inside the pieces (nested.Add)
	heads       []int32 // the first piece of the quotation each piece continues (chainHead), once read
	ents        []entity
	byName      map[string]int
	events      []event
	out         []Quote
	capMid      map[string]bool   // words seen capitalised inside a sentence: likely names
	itsOwn      map[string]bool   // names a later "its" in their sentence refers back to: organisations (names.Text.ItsOwners)
	officeNames map[string]string // a transcript's office labels and the holders the text names (transcript.OfficeHolder)
	viaSeen     map[string]bool   // the outlets attributions so far came through ("told Sky Sport"), which no "he" stands for
	roster      map[string]string // a transcript's full names in capitals, by surname (transcript.Roster)
	// established: a surname alone, by token, where it stands for the person
	// it was already used for rather than the latest full name
	// (collectShortNames), as 1 + the entity
	established map[int]int

	// Mentions of entities (resolve.go): every mention, the latest one at
	// each token (1 + its index in mentions, 0 for none), the tokens that
	// have any, how often each entity is named, and the first and last
	// words of every entity's name.
	mentions   []nameMention
	lastAt     []int32
	mentioned  *marks.Set
	timesNamed []int
	nameKeys   map[string]bool
	nameGender []byte     // the gender each entity's first name gives, read by the refinements (refinedoc.go)
	nm         names.Text // the name rules' view of the text

	sink      featSink        // the ranker's features of the candidate being scored (rank.go)
	keepFeats bool            // keep every candidate's features as strings, for training
	initials  acronym.Holders // the holders of offices a transcript's labels of initials stand for
	outlets   outlet.Reader
	candBuf   []candidate // the candidates of the piece being ranked (candidates)

	cue       []int8  // per token, whether it is a cue (isCue): 0 not yet known, 1 no, 2 yes
	paraFirst []int32 // the first token of each paragraph
	linkPara  []bool  // paragraphs that link to another story ("RELATED: ..."), whose names are no one's here
	listPara  []bool  // the headlines of a list of links ("Related stories", "Most viewed"), quoting no one here
	sentCue   []int8  // per sentence start: 0 unknown, 1 no cue, 2 a cue (sentenceHasCue)

	done  <-chan struct{} // the caller's context; nil when it cannot end
	ctx   context.Context
	err   error // set once the context has ended; the run then unwinds
	steps int   // units of work done, which tests hold linear in the input
}

// maxSentence bounds a sentence, in tokens. News sentences stay well
// under it (the longest in PolNeAR has 329); a run of text without any
// sentence end is cut into pieces of this size, so that every rule that
// looks at a whole sentence costs a bounded amount per token.
const maxSentence = 400

func newExtractor(text string) *extractor {
	r := []rune(text)
	x := &extractor{r: r, byName: map[string]int{}, nameKeys: map[string]bool{}}
	x.toks = tok.Tokenize(r)
	x.ps, x.nested = tok.PairNested(r, x.toks)
	x.markSentences()
	x.capMid = map[string]bool{}
	for i, t := range x.toks {
		if t.Kind == tkWord && t.Cap && i > 0 && !x.sentenceInitial(i) {
			x.capMid[lexicon.StripPossessive(t.Low)] = true
		}
	}
	x.nm = names.Text{Toks: x.toks, R: r, CapMid: x.capMid, SentenceInitial: x.sentenceInitial, Steps: &x.steps}
	x.itsOwn = x.nm.ItsOwners()
	x.lastAt = make([]int32, len(x.toks))
	x.cue = make([]int8, len(x.toks))
	x.mentioned = marks.New(len(x.toks))
	x.sentCue = make([]int8, len(x.toks))
	x.outlets = outlet.Reader{Toks: x.toks, R: r, Steps: &x.steps, TitledPerson: func(name string) bool {
		e, ok := x.byName[name]
		return ok && x.ents[e].person && x.ents[e].title != ""
	}}
	return x
}

// stopped reports whether the caller's context has ended, and records its
// error; loops over paragraphs, sentences and quotes check it.
func (x *extractor) stopped() bool {
	if x.err != nil {
		return true
	}
	select {
	case <-x.done:
		x.err = x.ctx.Err()
		return true
	default:
		return false
	}
}

// sentenceInitial reports whether token i starts a sentence, a paragraph or
// a quotation, where capitals say nothing about names.
func (x *extractor) sentenceInitial(i int) bool {
	if i == 0 {
		return true
	}
	p := x.toks[i-1]
	return p.SentEd || p.Para != x.toks[i].Para || p.Kind == tkOpenQ || p.Low == "—" || p.Low == ":" ||
		(p.Kind == tkPunct && (p.Low == "." || p.Low == "?" || p.Low == "!"))
}

// markSentences flags the tokens that end a sentence and reads the
// paragraphs (tok.MarkSentences).
func (x *extractor) markSentences() {
	x.paraFirst, x.listPara, x.linkPara = tok.MarkSentences(x.r, x.toks, maxSentence, &x.steps)
}

func (x *extractor) run() {
	if len(x.toks) == 0 {
		return
	}
	in, cands := x.prepare()
	if x.stopped() {
		return
	}
	final, turn := x.decide(cands)
	likely := make([]bool, len(cands))
	for i := range cands {
		x.steps++
		// A labelled transcript turn is speech whatever its shape.
		likely[i] = turn[i] || likelyScore(x.likelyFeatures(i, in.shapes[i], in.own[i], final[i])) > 0 && !x.label(i, in.own[i], final[i]) &&
			!(x.linkPara[x.toks[x.ps[i].Open].Para] && !in.own[i].ok) && // "Also read: ... fake ‘share trading’ app scam", another story's headline
			!x.listPara[x.toks[x.ps[i].Open].Para] // "Most viewed" over "‘It’s a betrayal’: villagers fight ..."
	}
	x.emit(final, likely)
	refine.Run(refineDoc{x}, x.out)
	x.out = nested.Add(refineDoc{x}, x.out, x.nested)
}

// label reports whether quoted piece i is a label or a scare quote rather
// than anyone's words (see labels.Scare), given the piece's own cue
// (own) and the speaker the models chose (final).
func (x *extractor) label(i int, own, final attrib) bool {
	p := x.ps[i]
	return labels.Scare(x.toks, x.r, p, own.ok, final.speaker != "", func() bool { return x.sentenceHasCue(p.Open) }, &x.steps)
}

// prepare runs the rules and returns what they decided (rankInput) and
// the speaker candidates of every quoted piece (see rank.go); the
// paraphrases go to x.out.
func (x *extractor) prepare() (*rankInput, [][]candidate) {
	x.collectNames()
	own := make([]attrib, len(x.ps))
	for i := range x.ps {
		x.steps++
		if x.stopped() {
			return nil, nil
		}
		own[i] = x.attributePiece(i)
	}
	x.sentenceEvents()
	if x.stopped() {
		return nil, nil
	}
	for i, a := range own {
		x.steps++
		if a.ok {
			x.events = append(x.events, event{pos: x.ps[i].S, Para: x.toks[x.ps[i].Open].Para, at: a})
		}
	}
	sortEvents(x.events)
	in := x.newRankInput(own, x.fill(own))
	cands := make([][]candidate, len(x.ps))
	ev := 0
	for i, p := range x.ps {
		x.steps++
		if x.stopped() {
			return nil, nil
		}
		for ev < len(x.events) && x.events[ev].pos < p.S {
			x.steps++
			ev++
		}
		cands[i] = x.candidates(i, in, x.events[:ev])
	}
	return in, cands
}
