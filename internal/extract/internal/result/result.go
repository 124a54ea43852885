// Package result holds the quotation type the extractor returns, shared
// by the rules (package extract) and the refinements after the models
// (package refine); package extract gives it its public name.
package result

// Quote kinds.
const (
	KindDirect     = "direct"     // a full quoted statement
	KindPartial    = "partial"    // a quoted fragment embedded in the writer's sentence
	KindParaphrase = "paraphrase" // reported speech without quotation marks
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
type Quote struct {
	Text         string  `json:"text"`
	Start        int     `json:"start"`
	End          int     `json:"end"`
	Kind         string  `json:"kind"`
	Speaker      string  `json:"speaker"`
	SpeakerStart int     `json:"speaker_start"`
	SpeakerEnd   int     `json:"speaker_end"`
	SpeakerTitle string  `json:"speaker_title"`
	Cue          string  `json:"cue"`
	Via          string  `json:"via"`
	Confidence   float64 `json:"confidence"`
	Likely       bool    `json:"likely"`
}
