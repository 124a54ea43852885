package transcript

// A talk's transcript, as TED and video sites print it, has one speaker
// and no labels: each paragraph comes under the time in the recording,
// on a line of its own.
//
//	Transcript (English)
//
//	00:04
//	So I want to start with a sound.
//
//	(Audio: crackling and popping)
//
//	00:17
//	That's a healthy reef off Inhambane.

// maxDirection bounds a stage direction inside a paragraph, in runes:
// "(Laughter)", "(Applause)", "(Audio: waves)".
const maxDirection = 30

// minTimedParagraphs is how many timed paragraphs make a talk's
// transcript.
const minTimedParagraphs = 3

// FindTimed returns the paragraphs of a talk's transcript, each a turn of
// the one speaker (Role Answer: the one the introduction is about), in
// text order; nil when fewer than three paragraphs come under a time. A
// stage direction in brackets is no one's words.
func FindTimed(r []rune) []Turn {
	var out []Turn
	label, labelEnd := -1, -1 // the time line the next paragraphs come under
	timed := 0
	lines(r, len(r), func(s, e int) bool {
		if e-s <= maxTimeMark && r[s] >= '0' && r[s] <= '9' && timestamp(string(r[s:e])) {
			label, labelEnd = s, e
			timed++
			return true
		}
		switch {
		case label < 0:
		case (r[s] == '(' || r[s] == '[') && (r[e-1] == ')' || r[e-1] == ']'):
			// "(Laughter)", "(Audio: faint hiss)"
		case !sentence(r[s:e]):
			label = -1 // a heading or the page after the talk ends it
		default:
			// "... the graphs. (Laughter) The person who ...": the
			// audience's laughter parts the words into two.
			for k := s; k < e; k++ {
				if r[k] != '(' || !sentenceBefore(r, s, k) {
					continue
				}
				c := k + 1
				for c < e && c-k <= maxDirection && r[c] != ')' && r[c] != '(' {
					c++
				}
				if c < e && r[c] == ')' && c+1 < e {
					if b, e2 := trim(r, s, k); b < e2 {
						out = append(out, Turn{LabelStart: label, LabelEnd: labelEnd, Start: b, End: e2, Role: Answer})
					}
					s, k = c+1, c
				}
			}
			if b, e2 := trim(r, s, e); b < e2 {
				out = append(out, Turn{LabelStart: label, LabelEnd: labelEnd, Start: b, End: e2, Role: Answer})
			}
		}
		return true
	})
	if timed < minTimedParagraphs || len(out) < minTimedParagraphs {
		return nil
	}
	return out
}

// sentenceBefore reports whether a sentence ends right before offset k
// (after s), past spaces and closing marks: `interviews." (Laughter)`.
func sentenceBefore(r []rune, s, k int) bool {
	for k--; k > s && (r[k] == ' ' || r[k] == '"' || r[k] == '”' || r[k] == '’' || r[k] == '\''); k-- {
	}
	return k > s && (r[k] == '.' || r[k] == '?' || r[k] == '!' || r[k] == '…')
}
