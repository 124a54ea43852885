package lexicon

import "strings"

// speechVerbs maps inflected speech verbs to their class. It is the cue
// lexicon: a quote is attributed through one of these (or "according to").
var speechVerbs = func() map[string]Class {
	m := map[string]Class{}
	add := func(cls Class, forms string) {
		for _, f := range strings.Fields(forms) {
			m[f] |= cls // a form may be listed twice: "telling" is a participle too
		}
	}
	add(Say|Clause, `say says said saying add adds added adding argue argues argued arguing
		state states stated explain explains explained explaining note notes noted noting
		claim claims claimed insist insists insisted declare declares declared assert asserts asserted
		warn warns warned warning announce announces announced acknowledge acknowledges acknowledged
		admit admits admitted suggest suggests suggested predict predicts predicted
		contend contends contended maintain maintains maintained allege alleges alleged
		complain complains complained concede concedes conceded observe observes observed
		remark remarks remarked recall recalls recalled mention mentions mentioned
		stress stresses stressed emphasize emphasizes emphasized emphasised
		reply replies replied respond responds responded answer answers answered
		counter counters countered retort retorts retorted confirm confirms confirmed
		promise promises promised vow vows vowed pledge pledges pledged boast boasts boasted
		testify testifies testified agree agrees agreed disagree disagreed conclude concluded concludes
		continue continues continued reiterate reiterates reiterated repeat repeats repeated
		whisper whispered shout shouts shouted yell yelled exclaim exclaimed cry cried
		joke jokes joked quip quips quipped muse mused mused lament lamented laments
		chuckle chuckled laugh laughed sigh sighed scoff scoffed snap snapped
		charge charges charged accuse accused blast blasted slam slammed
		declared proclaim proclaimed affirm affirmed opine opined recount recounted
		caution cautions cautioned urge urges urged plead pleaded pled begged beg
		thunder thundered huff huffed sniff sniffed interject interjected chime chimed
		report reports reported reveal reveals revealed indicate indicated indicates
		posit posited surmise surmised reason reasoned reckon reckoned estimate estimated
		demand demanded demands ask asks asked wonder wondered wonders
		describe described describes call calls called dub dubbed label labeled labelled
		believe believes believed think thinks thought feel feels felt
		press presses pressed interrupt interrupted interrupts muse muses question questioned questions snipe sniped snipes
		retaliate retaliated retaliates beam beamed beams comment commented refer refers referred referring remember remembers remembered reminisced reminisce
		challenge challenged challenges sneer sneered shot snarl snarled growl growled groan groaned
		marvel marveled marvelled gush gushed rave raved fume fumed rail railed rant ranted
		chant chanted chants sing sang sings scream screamed screams holler hollered
		acknowledge explain elaborate elaborated elaborates clarify clarified clarifies
		specify specified emphasise emphasised insist vowed swear swore swears
		lecture lectured preach preached protest protested protests object objected objects
		caution instruct instructed propose proposed proposes
		recommend recommended recommends advocate advocated advocates deny denied denies
		dispute disputed disputes rebut rebutted refute refuted retorted mock mocked mocks
		tease teased teases taunt taunted taunts brag bragged brags gloat gloated
		query queried inquire inquired inquires reflect reflected reflects ponder pondered
		summarize summarized summarizes summarise summarised characterize characterized
		characterizes quote quoted quotes cite cited cites`)
	add(Say|Clause|Written, `write writes wrote written tweet tweets tweeted retweeted
		post posts posted read reads blogged`)
	add(Say|Clause|Ing, `stating explaining noting claiming insisting declaring asserting announcing
		acknowledging admitting suggesting predicting contending maintaining alleging complaining conceding
		observing remarking recalling mentioning stressing emphasizing replying responding answering
		countering confirming promising vowing pledging boasting testifying agreeing concluding continuing
		reiterating repeating shouting yelling joking quipping lamenting charging accusing blasting slamming
		declaring proclaiming cautioning urging pleading demanding asking wondering describing calling dubbing
		labeling tweeting writing posting telling reporting revealing insisting dismissing saying adding arguing
		reading`)
	add(Say|Clause|Object, `tell tells told telling inform informed informs assure assured assures
		remind reminded reminds advise advised`)
	return m
}()

// Verb returns the class of speech verb w, or 0 when w is not one.
func Verb(w string) Class { return speechVerbs[w] }

// weakVerbs are cues that also have common non-speech senses; they only
// attribute a quote when adjacent to it or followed by a clear subject.
var weakVerbs = map[string]bool{
	"believe": true, "believes": true, "believed": true, "think": true, "thinks": true, "thought": true,
	"feel": true, "feels": true, "felt": true, "read": true, "reads": true, "post": true, "posts": true,
	"call": true, "calls": true, "called": true, "describe": true, "described": true, "describes": true,
	"continue": true, "continues": true, "continued": true, "report": true, "reports": true, "reported": true,
	"ask": true, "asks": true, "asked": true, "charge": true, "charges": true, "charged": true,
	"dub": true, "dubbed": true, "label": true, "labeled": true, "labelled": true, "reason": true,
	"estimate": true, "estimated": true, "indicate": true, "indicated": true, "indicates": true,
}

// IsWeak reports whether the speech verb w also has a common non-speech
// sense ("believed", "called"), so it attributes only in a clear frame.
func IsWeak(w string) bool { return weakVerbs[w] }

// auxWords sit between a subject and its verb without changing who speaks.
var auxWords = map[string]bool{
	"also": true, "has": true, "had": true, "have": true, "was": true, "is": true, "would": true, "will": true,
	"later": true, "previously": true, "recently": true, "once": true, "then": true, "repeatedly": true,
	"often": true, "again": true, "further": true, "famously": true, "simply": true, "just": true,
	"reportedly": true, "allegedly": true, "publicly": true, "privately": true, "bluntly": true,
	"flatly": true, "frequently": true, "quickly": true, "immediately": true, "earlier": true,
	"long": true, "never": true, "still": true, "even": true, "only": true, "did": true,
	"does": true, "been": true, "could": true, "might": true, "may": true, "should": true,
	"subsequently": true, "separately": true, "directly": true, "openly": true, "angrily": true,
	"explicitly": true, "specifically": true, "curtly": true, "tersely": true, "succinctly": true,
	"not": true, "first": true, "finally": true, "ultimately": true, "apparently": true,
	"can": true, "cannot": true, "must": true, "shall": true, "kept": true, "keeps": true, "began": true,
	"begins": true, "started": true, "starts": true,
}

// IsAux reports whether w can sit between a subject and its verb
// ("also", "has", "reportedly").
func IsAux(w string) bool { return auxWords[w] }

// nounish are cue forms that are as often nouns ("a fundraising call").
var nounish = wordSet(`call calls answer answers report reports claim claims post posts quote quotes
	tweet tweets remark remarks promise promises pledge pledges vow vows question questions retort
	reply replies charge charges demand demands boast boasts warning comment comments chant chants`)

// IsNounish reports whether the cue form w is as often a noun ("call").
func IsNounish(w string) bool { return nounish[w] }

// namingVerbs take the quotation as their object ("which he called “a
// cartel”"), so their own subject is the one quoted even when nested.
var namingVerbs = map[string]bool{
	"call": true, "calls": true, "called": true, "calling": true, "described": true, "describes": true,
	"labeled": true, "labelled": true, "dubbed": true, "branded": true, "termed": true, "blasted": true,
	"slammed": true, "mocked": true, "dismissed": true, "derided": true, "ridiculed": true, "referred": true,
}

// IsNaming reports whether verb w takes the quotation as its object
// ("called", "dubbed").
func IsNaming(w string) bool { return namingVerbs[w] }

// speechNouns name an utterance: "her remark that", "his calls to end".
var speechNouns = wordSet(`remark remarks comment comments statement statements words call calls promise promises
	pledge pledges vow vows claim claims warning warnings assumption assertion description argument arguments
	charge charges accusation accusations chant chants slogan slogans message tweet tweets question questions
	answer response reply criticism insistence contention suggestion declaration announcement prediction
	admission quip joke line mantra catchphrase reference characterization rhetoric speech testimony view views
	praise plea appeal insult insults nickname label`)

// IsSpeechNoun reports whether w names an utterance ("remark", "tweet").
func IsSpeechNoun(w string) bool { return speechNouns[w] }

// verbLike are frequent verbs that can never head a subject noun phrase.
var verbLike = map[string]bool{
	"came": true, "went": true, "got": true, "made": true, "took": true, "gave": true, "found": true,
	"put": true, "set": true, "kept": true, "left": true, "ran": true, "saw": true, "knew": true,
	"began": true, "seemed": true, "became": true, "held": true, "brought": true, "was": true, "is": true,
	"are": true, "were": true, "has": true, "have": true, "had": true, "did": true, "does": true, "do": true,
	"will": true, "would": true, "can": true, "could": true, "should": true, "may": true, "might": true,
	"must": true, "come": true, "comes": true, "goes": true, "go": true, "get": true, "gets": true,
	"make": true, "makes": true, "take": true, "takes": true, "give": true, "gives": true, "see": true,
	"sees": true, "want": true, "wants": true, "need": true, "needs": true, "seems": true, "become": true,
	"becomes": true, "stood": true, "won": true, "lost": true, "met": true, "led": true, "paid": true,
	"sent": true, "spent": true, "built": true, "heard": true, "meant": true, "sold": true, "stuck": true,
}

// IsVerbLike reports whether w is a frequent verb that never heads a
// subject noun phrase ("came", "was").
func IsVerbLike(w string) bool { return verbLike[w] }

// IsReportVerb reports whether w is what an outlet does with a statement
// ("RT reported").
func IsReportVerb(w string) bool {
	switch w {
	case "reported", "reports", "reporting", "cited", "quoted":
		return true
	}
	return false
}
