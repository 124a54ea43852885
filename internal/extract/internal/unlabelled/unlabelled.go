// Package unlabelled reads an interview printed without labels: questions
// as short paragraphs of their own, answers in the paragraphs after them.
package unlabelled

import (
	"github.com/quotetrail/quotetrail/internal/extract/internal/furniture"
	"strings"
	"unicode"

	"github.com/quotetrail/quotetrail/internal/extract/internal/transcript"
)

// Turn is a transcript's turn (see package transcript).
type Turn = transcript.Turn

// Interviews printed without labels (the "edited for length and clarity"
// style): after an introduction, the interviewer's questions are short
// paragraphs of their own, mostly ending with "?", each followed by one or
// more paragraphs of answer in the interviewee's own words, without
// quotation marks. A reader tells them apart by their shape: the
// questions speak to "you", the answers speak as "I", and the exchange
// goes on for several rounds. One rhetorical question in a story, or an
// explainer's "What happens next?" headings answered by the writer, is no
// interview.

// minRounds is how many questions, each answered by the paragraph after
// it, make an interview; minMarkedRounds is enough when the article says
// it printed an interview ("edited for length", "condensed").
const (
	minRounds       = 3
	minMarkedRounds = 2
)

// maxQuestionWords bounds a question paragraph: the interviewer may set
// the question up with a sentence, but a long paragraph is an answer.
const maxQuestionWords = 60

// maxPromptWords bounds an interviewer's statement that works as a
// question ("That sounds lonely.", "In 2020 you nearly quit.").
const maxPromptWords = 10

// maxAnswerParas bounds the paragraphs of one answer: more without a new
// question are the article's own text again.
const maxAnswerParas = 6

// para is one paragraph with what its shape says.
type para struct {
	s, e                   int // trimmed
	words, sentences       int
	you, firstSing, first  bool // second person; "I", "me", "my"; "we", "our" too
	quoted, sentence, mark bool // opens with a quotation mark; ends as a sentence; the edited-interview note
	lastQ, judging         bool // ends with "?"; judges what was said ("sounds", "must", "seems")
}

// Find returns the turns of an interview printed without labels:
// each question as a Question turn (nobody's quote) and each paragraph of
// answer as an Answer turn (Cont for the second and later paragraphs of
// one answer), with empty labels at the start of the paragraph. It
// returns nil unless the text reads as an interview.
func Find(r []rune) []Turn {
	asks := 0 // paragraphs ending with "?": fewer than two make no interview
	for i := 0; i < len(r) && asks < minMarkedRounds; i++ {
		if r[i] == '?' {
			k := i + 1
			for k < len(r) && (r[k] == ' ' || r[k] == '\t' || r[k] == '\r' || r[k] == '*' || r[k] == '_') {
				k++
			}
			if k == len(r) || r[k] == '\n' {
				asks++
			}
		}
	}
	if asks < minMarkedRounds {
		return nil
	}
	var ps []para
	marked := false
	for i := 0; i < len(r); {
		e := i
		for e < len(r) && r[e] != '\n' {
			e++
		}
		s, e2 := transcript.Trim(r, i, e)
		for s < e2 && (r[s] == '*' || r[s] == '_') && (r[e2-1] == '*' || r[e2-1] == '_') {
			s, e2 = s+1, e2-1 // a question in bold or italics: "**Why nights?**"
		}
		if s < e2 {
			p := readPara(r, s, e2)
			marked = marked || p.mark
			ps = append(ps, p)
		}
		i = e + 1
	}
	askedLater := make([]bool, len(ps)) // a question comes after paragraph k
	for k := len(ps) - 2; k >= 0; k-- {
		askedLater[k] = askedLater[k+1] || isQuestion(ps[k+1])
	}
	var out []Turn
	rounds, youQs, firstAs, answers := 0, 0, 0, 0
	spoke := false              // the current answer has said "I"
	inAnswer, paras := false, 0 // inside an answer; its paragraphs so far
	for k := 0; k < len(ps); k++ {
		p := ps[k]
		if p.mark {
			if rounds > 0 {
				break // the note closes the interview; what follows is the blurb
			}
			continue // the note opens it
		}
		if rounds > 0 && authorBio(r[p.s:p.e]) {
			break // "Jonah Pell is a senior reporter at Vox ...": the interview is over
		}
		next := k+1 < len(ps) && answerShaped(ps[k+1])
		if next && (isQuestion(p) || inAnswer && isPrompt(p)) {
			out = append(out, Turn{LabelStart: p.s, LabelEnd: p.s, Start: p.s, End: p.e, Role: transcript.Question})
			rounds++
			if p.you {
				youQs++
			}
			inAnswer, paras = true, 0
			continue
		}
		if !inAnswer || !answerShaped(p) || paras >= maxAnswerParas {
			inAnswer = false
			continue
		}
		if paras > 0 && !askedLater[k] && !p.firstSing && !(k+1 < len(ps) && ps[k+1].mark) {
			// The last answer's later paragraphs: without an "I", and
			// with no question and no closing note after them, they are
			// the article's closing lines.
			inAnswer = false
			continue
		}
		out = append(out, Turn{LabelStart: p.s, LabelEnd: p.s, Start: p.s, End: p.e, Role: transcript.Answer, Cont: paras > 0})
		if paras == 0 {
			answers++
			spoke = false
		}
		if p.firstSing && !spoke {
			firstAs++ // answers in which the interviewee says "I": an FAQ's "we" is an organisation
			spoke = true
		}
		paras++
	}
	switch {
	case marked && rounds >= minMarkedRounds:
	case rounds >= minRounds && 2*youQs >= rounds && 3*firstAs >= answers:
	default:
		return nil
	}
	return out
}

// authorBio reports whether a paragraph is an author's line: a name of
// two to four capitalised words, "is a" or "is the", and a job among
// its next words ("Jonah Pell is a senior reporter at Vox covering ...").
func authorBio(p []rune) bool {
	words := strings.Fields(string(p))
	if len(words) > 40 {
		return false
	}
	n := 0
	for n < len(words) && n < 4 && unicode.IsUpper([]rune(words[n])[0]) {
		n++
	}
	if n < 2 || n+2 >= len(words) || words[n] != "is" || words[n+1] != "a" && words[n+1] != "an" && words[n+1] != "the" {
		return false
	}
	for _, w := range words[n+2 : min(len(words), n+6)] {
		if furniture.BioJob(strings.ToLower(strings.Trim(w, ".,"))) {
			return true
		}
	}
	return false
}

// readPara reads the shape of the paragraph r[s:e].
func readPara(r []rune, s, e int) para {
	p := para{s: s, e: e}
	switch r[s] {
	case '"', '“', '‘', '\'', '«', '„':
		p.quoted = true
	}
	p.sentence = strings.ContainsRune(".?!…", r[e-1])
	p.lastQ = r[e-1] == '?'
	noted := false // "edited" or "condensed" is a word of it
	var buf [12]byte
	for i := s; i < e; {
		for i < e && !isWordRune(r[i]) {
			if r[i] == '.' || r[i] == '?' || r[i] == '!' {
				if i+1 >= e || r[i+1] == ' ' {
					p.sentences++
				}
			}
			i++
		}
		w := i
		for i < e && isWordRune(r[i]) {
			i++
		}
		if w == i {
			continue
		}
		p.words++
		if i-w > len(buf) {
			continue
		}
		n := 0
		for _, c := range r[w:i] {
			if c == '’' {
				c = '\''
			}
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			if c >= 0x80 {
				n = -1
				break
			}
			buf[n] = byte(c)
			n++
		}
		if n < 0 {
			continue
		}
		switch shapeWords[string(buf[:n])] {
		case 'y':
			p.you = true
		case 'i':
			p.firstSing, p.first = true, true
		case 'w':
			p.first = true
		case 'j':
			p.judging = true
		case 'e':
			noted = true
		}
	}
	if noted {
		low := strings.ToLower(string(r[s:e]))
		p.mark = strings.Contains(low, "edited for length") || strings.Contains(low, "edited for clarity") ||
			strings.Contains(low, "condensed and edited") || strings.Contains(low, "edited and condensed") ||
			strings.Contains(low, "lightly edited") || strings.Contains(low, "has been condensed")
	}
	return p
}

// shapeWords are the words readPara looks for: 'y' speaks to "you", 'i'
// of oneself, 'w' of "we", 'j' judges what was said, 'e' notes an edit.
var shapeWords = map[string]byte{
	"you": 'y', "your": 'y', "yours": 'y', "yourself": 'y', "you're": 'y', "you've": 'y', "you'd": 'y', "you'll": 'y',
	"i": 'i', "i'm": 'i', "i've": 'i', "i'd": 'i', "i'll": 'i', "me": 'i', "my": 'i', "mine": 'i', "myself": 'i',
	"we": 'w', "we're": 'w', "we've": 'w', "we'd": 'w', "we'll": 'w', "us": 'w', "our": 'w', "ours": 'w',
	"sounds": 'j', "must": 'j', "seems": 'j', "sound": 'j', "seem": 'j',
	"edited": 'e', "condensed": 'e',
}

func isWordRune(c rune) bool {
	return unicode.IsLetter(c) || unicode.IsDigit(c) || c == '\'' || c == '’' || c == '-'
}

// isQuestion: a paragraph ending with "?" that the interviewer could ask:
// not a quotation, not long, and not someone speaking of themselves
// unless they speak to "you" too.
func isQuestion(p para) bool {
	return p.sentence && !p.quoted && !p.mark && p.words <= maxQuestionWords && p.words > 0 &&
		p.lastQ && (p.you || !p.firstSing)
}

// isPrompt: an interviewer's one-sentence statement inside the exchange
// that asks for more ("That sounds lonely.", "In 2020 you nearly quit."):
// short, not about the speaker, and addressed to "you" or judging what
// was said ("sounds", "must", "seems").
func isPrompt(p para) bool {
	return p.sentence && !p.quoted && !p.mark && !p.lastQ && p.sentences == 1 && p.words <= maxPromptWords &&
		!p.first && (p.you || p.judging)
}

// answerShaped: a paragraph that can be an answer: a sentence in no
// quotation marks, not a question put back to the reader.
func answerShaped(p para) bool {
	return p.sentence && !p.quoted && !p.mark && !isQuestion(p)
}
