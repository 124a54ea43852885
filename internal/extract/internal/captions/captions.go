// Package captions reads a video page's transcript of automatic captions.
package captions

import (
	"strings"
	"unicode"

	"github.com/quotetrail/quotetrail/internal/extract/internal/transcript"
)

// A video page's transcript of automatic captions, pasted whole, has no
// labels and hardly any capitals or stops: each caption line comes under
// its time, on a line of its own, and ">>" marks where the voice
// changes.
//
//	0:44
//	right i've been joined by bernadette who is the lock-keeper here hi bernadette
//	0:49
//	>> hiya gav you all right >> how long have you been on this flight
//
// The host speaks first and after each break ("[Music]"); ">>" passes
// the words between the host and the guest the host last introduced
// ("i've been joined by bernadette", "this is dev"), named in full where
// the page's description names them ("lock-keeper Bernadette Oakes").
// The host is the one who says who they are ("it's Gav here").

// maxTime bounds a time's line, in runes: "1:02:03"; maxCue a cue in
// brackets: "[Music]".
const (
	maxTime = 10
	maxCue  = 30
)

// maxCaptionSpeakers bounds the speakers whose full names the page is
// read for, once each.
const maxCaptionSpeakers = 20

// minCaptionLines is how many timed caption lines make a transcript of
// captions.
const minCaptionLines = 5

// captionLine is one line of captions: its words and its time's line.
type captionLine struct {
	s, e        int // the words
	label, lEnd int // the time
	brk         bool
	name        [2]int // the speaker's name on the line over the time, or {-1, -1}
}

// A video page whose transcript tells the voices apart prints the
// speaker's name on a line of its own over each block's time:
//
//	Tobi Adeyemi
//	0:04
//	hello hello welcome back i'm tobi
//
// The name heads each line under it until the next name; when such
// names head at least half of the blocks, they, not the guess from
// ">>" and introductions, say who speaks.

// Find returns the turns of a transcript of automatic captions,
// each piece of a line between ">>" marks a turn with its speaker's name
// as the label; nil when the text has fewer than five timed lines of
// captions, or neither ">>" marks nor the lower case of a machine's
// captions.
func Find(r []rune) []transcript.Turn {
	var caps []captionLine
	label, lEnd := -1, -1
	prev, name := [2]int{-1, -1}, [2]int{-1, -1}
	marks, named := 0, 0
	transcript.Lines(r, len(r), func(s, e int) bool {
		line := [2]int{s, e}
		if e-s <= maxTime && r[s] >= '0' && r[s] <= '9' && transcript.Timestamp(string(r[s:e])) {
			label, lEnd = s, e
			name = [2]int{-1, -1}
			if prev[0] >= 0 && prev[1]-prev[0] <= maxName && transcript.PersonName(string(r[prev[0]:prev[1]])) {
				name = prev
			}
			prev = line
			return true
		}
		prev = line
		if label >= 0 {
			if (r[s] == '[' || r[s] == '(') && (r[e-1] == ']' || r[e-1] == ')') && e-s <= maxCue {
				caps = append(caps, captionLine{s: s, e: e, label: label, lEnd: lEnd, brk: true, name: name}) // "[Music]"
			} else {
				caps = append(caps, captionLine{s: s, e: e, label: label, lEnd: lEnd, name: name})
				marks += strings.Count(string(r[s:e]), ">>")
			}
			if name[0] >= 0 {
				named++
			}
		}
		label = -1
		return true
	})
	if len(caps) < minCaptionLines || marks == 0 && !automatic(r, caps) {
		return nil // (with no ">>", only captions with hardly a capital: one voice, the host's)
	}
	if 2*named >= len(caps) {
		return namedLines(r, caps)
	}
	host := captionHost(r, caps)
	guest := ""
	speaker := host
	var out []transcript.Turn
	for _, c := range caps {
		if c.brk {
			speaker = host // after a break the host speaks to the camera
			continue
		}
		k := c.s
		ls, le := c.label, c.lEnd // the piece's label: the time, or the ">>" before it
		for k < c.e {
			x := k
			for x < c.e && !(r[x] == '>' && x+1 < c.e && r[x+1] == '>') {
				x++
			}
			if b, e2 := transcript.Trim(r, k, x); b < e2 {
				out = append(out, transcript.Turn{LabelStart: ls, LabelEnd: le, Start: b, End: e2, Label: speaker, Role: transcript.Named})
				if speaker == host {
					if g := introduced(r, b, e2); g != "" {
						guest = g
					}
				}
			}
			if x < c.e { // ">>": the other voice
				if speaker == host && guest != "" {
					speaker = guest
				} else {
					speaker = host
				}
				ls, le = x, x+2
				x += 2
			}
			k = x
		}
	}
	full := map[string]string{} // each speaker's name read once: the host and the guests
	for i := range out {
		f, ok := full[out[i].Label]
		if !ok {
			f = out[i].Label
			if len(full) < maxCaptionSpeakers {
				f = pageFullName(r, f)
			}
			full[out[i].Label] = f
		}
		out[i].Label = f
	}
	return out
}

// maxName bounds a speaker's name on the line over a block's time, in
// runes.
const maxName = 60

// namedLines returns the turns of caption lines whose blocks are headed
// by their speaker's name: each line a turn of the name over it, or of
// the last name when none heads its block. Cues ("[Music]") are no one's.
func namedLines(r []rune, caps []captionLine) []transcript.Turn {
	var out []transcript.Turn
	name := [2]int{-1, -1}
	for _, c := range caps {
		if c.name[0] >= 0 {
			name = c.name
		}
		if c.brk || name[0] < 0 {
			continue
		}
		if b, e := transcript.Trim(r, c.s, c.e); b < e {
			out = append(out, transcript.Turn{LabelStart: name[0], LabelEnd: name[1], Start: b, End: e,
				Label: string(r[name[0]:name[1]]), Role: transcript.Named})
		}
	}
	return out
}

// automatic reports whether the caption lines are a machine's: four in
// five or more open in lower case.
func automatic(r []rune, caps []captionLine) bool {
	lines, lower := 0, 0
	for _, c := range caps {
		if !c.brk {
			lines++
			if unicode.IsLower(r[c.s]) {
				lower++
			}
		}
	}
	return lines > 0 && 5*lower >= 4*lines
}

// captionHost returns the name the first lines give the one speaking
// ("it's Gav here", "i'm Gav"), or "the host".
func captionHost(r []rune, caps []captionLine) string {
	for i, c := range caps {
		if i >= minCaptionLines*2 {
			break
		}
		w := strings.Fields(strings.ToLower(string(r[c.s:c.e])))
		for k := 0; k+1 < len(w); k++ {
			switch {
			case (w[k] == "it's" || w[k] == "it’s") && k+2 < len(w) && (w[k+2] == "here" || w[k+2] == "and"):
				return captionWord(r, c, k+1)
			case w[k] == "i'm" || w[k] == "i’m":
				if k+2 < len(w) && (w[k+2] == "here" || w[k+2] == "and") {
					return captionWord(r, c, k+1)
				}
			}
		}
	}
	return "the host"
}

// captionWord returns the k-th word of a caption line as printed, with
// a capital.
func captionWord(r []rune, c captionLine, k int) string {
	w := strings.Fields(string(r[c.s:c.e]))
	word := strings.Trim(w[k], ",.!?")
	rs := []rune(word)
	rs[0] = unicode.ToUpper(rs[0])
	return string(rs)
}

// introduced returns the guest a host's caption introduces ("i've been
// joined by bernadette", "this is dev"), capitalised, or "".
func introduced(r []rune, s, e int) string {
	w := strings.Fields(strings.ToLower(string(r[s:e])))
	for k := 0; k+1 < len(w); k++ {
		name := ""
		switch {
		case w[k] == "by" && k > 0 && w[k-1] == "joined" && k+1 < len(w):
			name = w[k+1]
		case w[k] == "this" && w[k+1] == "is" && k+2 < len(w):
			name = w[k+2]
		}
		if name = strings.Trim(name, ",.!?"); len(name) >= 2 && !captionStop[name] {
			rs := []rune(name)
			rs[0] = unicode.ToUpper(rs[0])
			return string(rs)
		}
	}
	return ""
}

// captionStop are words after "this is" that name no one.
var captionStop = map[string]bool{"the": true, "a": true, "an": true, "my": true, "our": true, "where": true, "what": true,
	"how": true, "why": true, "it": true, "lock": true, "not": true, "so": true, "just": true}

// pageFullName returns the name in full that the page gives a given name
// ("Bernadette Oakes" for "Bernadette"): a capitalised word after it,
// outside the captions; the name itself when there is none.
func pageFullName(r []rune, given string) string {
	if strings.Contains(given, " ") {
		return given
	}
	text := string(r)
	for k := strings.Index(text, given+" "); k >= 0; {
		rest := text[k+len(given)+1:]
		sur := strings.FieldsFunc(rest, func(c rune) bool { return !unicode.IsLetter(c) && c != '-' && c != '\'' })
		if len(sur) > 0 && strings.HasPrefix(rest, sur[0]) && unicode.IsUpper([]rune(sur[0])[0]) && (k == 0 || !unicode.IsLetter([]rune(text[:k])[len([]rune(text[:k]))-1])) {
			return given + " " + sur[0]
		}
		n := strings.Index(text[k+1:], given+" ")
		if n < 0 {
			break
		}
		k += 1 + n
	}
	return given
}
