package extract

import "strings"

// verbClass describes how a speech verb behaves.
type verbClass uint8

const (
	vSay     verbClass = 1 << iota // reports speech: "said", "added"
	vClause                        // may take a reported clause: "said (that) ..."
	vObject                        // takes a listener object first: "told NPR that"
	vWritten                       // the source is a text: "the blog read", "wrote"
	vIng                           // a participle whose subject is the sentence's: ", saying"
)

// speechVerbs maps inflected speech verbs to their class. It is the cue
// lexicon: a quote is attributed through one of these (or "according to").
var speechVerbs = func() map[string]verbClass {
	m := map[string]verbClass{}
	add := func(cls verbClass, forms string) {
		for _, f := range strings.Fields(forms) {
			m[f] |= cls // a form may be listed twice: "telling" is a participle too
		}
	}
	add(vSay|vClause, `say says said saying add adds added adding argue argues argued arguing
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
	add(vSay|vClause|vWritten, `write writes wrote written tweet tweets tweeted retweeted
		post posts posted read reads blogged`)
	add(vSay|vClause|vIng, `stating explaining noting claiming insisting declaring asserting announcing
		acknowledging admitting suggesting predicting contending maintaining alleging complaining conceding
		observing remarking recalling mentioning stressing emphasizing replying responding answering
		countering confirming promising vowing pledging boasting testifying agreeing concluding continuing
		reiterating repeating shouting yelling joking quipping lamenting charging accusing blasting slamming
		declaring proclaiming cautioning urging pleading demanding asking wondering describing calling dubbing
		labeling tweeting writing posting telling reporting revealing insisting dismissing saying adding arguing
		reading`)
	add(vSay|vClause|vObject, `tell tells told telling inform informed informs assure assured assures
		remind reminded reminds advise advised`)
	return m
}()

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

// personPronouns are subject pronouns that refer back to a person or group.
var personPronouns = map[string]string{
	"he": "m", "she": "f", "they": "p", "we": "p", "i": "", "it": "n", "you": "",
}

// leadWords open a clause without being part of its subject.
var leadWords = map[string]bool{
	"but": true, "and": true, "so": true, "yet": true, "still": true, "meanwhile": true, "however": true,
	"now": true, "then": true, "later": true, "instead": true, "also": true, "or": true, "because": true,
	"when": true, "while": true, "as": true, "if": true, "though": true, "although": true, "since": true,
	"after": true, "before": true, "where": true, "what": true, "thus": true,
}

// determiners open a noun phrase.
var determiners = map[string]bool{
	"the": true, "a": true, "an": true, "this": true, "that": true, "his": true, "her": true, "its": true,
	"their": true, "our": true, "my": true, "one": true, "another": true, "some": true, "several": true,
	"two": true, "three": true, "many": true, "most": true, "other": true, "these": true, "those": true,
	"each": true, "both": true, "no": true, "any": true, "every": true,
}

// nounStops end a noun phrase: prepositions, relatives and participles that
// introduce post-modifiers ("the complaint filed by ...").
var nounStops = map[string]bool{
	"by": true, "on": true, "of": true, "in": true, "at": true, "from": true, "with": true, "for": true,
	"who": true, "which": true, "that": true, "whose": true, "whom": true, "to": true, "about": true,
	"after": true, "before": true, "during": true, "than": true, "like": true, "into": true, "over": true,
	"under": true, "since": true, "against": true, "as": true, "and": true, "or": true, "but": true,
	"inside": true, "outside": true, "near": true, "within": true, "among": true, "across": true,
	"behind": true, "beyond": true, "around": true, "through": true, "throughout": true, "toward": true,
}

// wordSet builds a read-only lookup table from a space-separated list.
func wordSet(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

// roleNouns are heads of titles and of unnamed speaker descriptions.
var roleNouns = wordSet(`chair chairman chairwoman chairperson president vice secretary senator
		spokesman spokeswoman spokesperson spokespeople director officer leader manager adviser advisor aide
		candidate nominee governor mayor representative congressman congresswoman chief head executive ceo
		founder cofounder co-founder professor analyst strategist attorney lawyer judge justice commissioner
		minister ambassador general economist pollster editor reporter correspondent columnist host anchor
		official member speaker whip sheriff deputy coordinator organizer activist author historian
		scientist researcher fellow partner owner supporter surrogate staffer consultant operative
		chairs presidents officials spokesmen aides advisers advisors lawmakers lawmaker senators
		representatives leaders candidates analysts experts expert sources source critics critic
		campaign committee commission department agency administration office group organization
		blog statement complaint order report lawsuit filing memo letter release website post ruling
		study survey poll court board council party government team staff company firm network
		newspaper paper magazine editorial column document documents records record
		director-general secretary-general nominees residents voters voter resident citizens witness
		witnesses observers insiders insider veteran veterans officer officers agent agents
		prosecutor prosecutors investigators investigator police sergeant captain lieutenant colonel
		admiral commander governor-elect president-elect mayor-elect rep sen gov pastor reverend rabbi
		bishop pope priest cardinal doctor physician nurse teacher student students worker workers
		owner owners user users fan fans economists scholars scholar pundit pundits commentator
		commentators contributor contributors publisher founder chancellor provost dean treasurer
		comptroller auditor clerk secretary-treasurer whistleblower whistle-blower defendant plaintiff
		person people man woman men women boss friend friends family neighbor neighbour relative wife
		husband father mother brother sister colleague colleagues ally allies donor donors employee
		employees protester demonstrator demonstrators organizers narrator announcer moderator panelist
		guest caller listener viewer reader readers blogger writer journalist journalists fans attendee
		participant participants delegate delegates consultant strategists activists historians
		economist lawyers attorneys doctors scientists observers supporter opponent opponents rival rivals
		insiders aide-de-camp mom dad son daughter kids parents parent teen teenager child children
		account accounts page feed boy girl guy lady gentleman nephew niece cousin uncle aunt grandson granddaughter stepfather stepmother fiancee fiance`)

// titleWords are honorifics and title words written before a name.
var titleWords = wordSet(`mr mrs ms miss dr sen rep gov gen lt col sgt capt adm rev prof pres
		president senator governor representative congressman congresswoman secretary sheriff mayor
		judge justice speaker chairman chairwoman chief vice attorney general ambassador commissioner
		director leader former first lady sir dame lord king queen prince princess pope father sister
		brother reverend pastor rabbi bishop cardinal imam ayatollah premier chancellor minister
		prime nominee candidate candidate-elect president-elect lt. state u.s. house senate majority
		minority democratic republican gop independent libertarian green presidential vice-presidential
		then-candidate then-senator democrat republican former acting deputy assistant press national
		security homeland defense treasury labor commerce agriculture interior energy education
		health transportation justice department campaign manager chair co-chair co-founder founder
		ceo coo cfo executive officer ret`)

// outlets are news organisations recognised as the "via" of an attribution
// ("told NPR", "per CNN", "according to Reuters"). Keys are lower case; the
// value is the display name.
var outlets = func() map[string]string {
	m := map[string]string{}
	for _, n := range []string{"NPR", "CNN", "MSNBC", "CNBC", "Fox News", "Fox Business", "Fox", "ABC", "ABC News",
		"CBS", "CBS News", "NBC", "NBC News", "PBS", "BBC", "C-SPAN", "Reuters", "AP", "Associated Press",
		"Bloomberg", "Bloomberg News", "Politico", "The Hill", "Axios", "New York Times", "The New York Times",
		"Washington Post", "The Washington Post", "Wall Street Journal", "The Wall Street Journal", "USA Today",
		"Los Angeles Times", "Chicago Tribune", "Boston Globe", "The Boston Globe", "New York Post",
		"Breitbart", "Breitbart News", "The Atlantic", "The New Yorker", "Newsweek", "Time", "TIME", "BuzzFeed",
		"BuzzFeed News", "HuffPost", "Huffington Post", "The Huffington Post", "Vox", "Slate", "Daily Caller",
		"The Daily Caller", "The Guardian", "Guardian", "The Daily Beast", "Daily Beast", "Yahoo News", "Yahoo",
		"Vanity Fair", "Rolling Stone", "The Intercept", "ProPublica", "Mother Jones", "National Review",
		"The Blaze", "TheBlaze", "Washington Examiner", "Washington Times", "The Washington Times",
		"Daily Mail", "Financial Times", "The Economist", "Al Jazeera", "Univision", "Telemundo", "ESPN",
		"Business Insider", "Salon", "The Times", "The Post", "Times", "Post", "The Journal", "Journal",
		"Fox News Channel", "Sky News", "Agence France-Presse", "AFP", "The Telegraph", "Forbes",
		"Fortune", "The Nation", "Mediaite", "Talking Points Memo", "Infowars", "Radio Iowa",
		"Des Moines Register", "The Des Moines Register", "Miami Herald", "The Miami Herald",
		"Politifact", "PolitiFact", "The Washington Free Beacon", "Free Beacon", "WikiLeaks"} {
		m[strings.ToLower(n)] = strings.TrimPrefix(n, "The ")
	}
	return m
}()

// outletFirst holds the first words of the outlets, a cheap filter before
// the outlet table is consulted.
var outletFirst = func() map[string]bool {
	m := map[string]bool{}
	for k := range outlets {
		first, _, _ := strings.Cut(k, " ")
		m[first] = true
	}
	return m
}()

// orgWords mark a capitalised phrase as an organisation rather than a person.
var orgWords = wordSet(`commission department committee bureau agency administration party
		house senate congress court office association council board union university college institute
		foundation center centre fund trust network news times post journal press tribune herald
		inc corp co llc company group campaign coalition alliance society organization organisation
		service services ministry government state states republic kingdom nations federation league
		club team police army navy force forces command church school hospital bank reserve exchange
		project watch caucus pac movement facebook twitter google apple microsoft amazon youtube
		instagram fbi cia nsa doj ftc fcc sec irs epa dhs gop dnc rnc nato un eu isis
		agreement act treaty law bill program plan policy initiative amendment report`)

// abbrevs end with a dot that does not end a sentence.
var abbrevs = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "sen": true, "rep": true, "gov": true, "gen": true,
	"lt": true, "col": true, "sgt": true, "capt": true, "adm": true, "rev": true, "prof": true, "pres": true,
	"jr": true, "sr": true, "st": true, "mt": true, "ft": true, "u.s": true, "u.n": true, "u.k": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "aug": true, "sep": true, "sept": true, "oct": true,
	"nov": true, "dec": true, "no": true, "vs": true, "etc": true, "inc": true, "corp": true, "co": true,
	"ltd": true, "atty": true, "a.m": true, "p.m": true, "d.c": true, "e.g": true, "i.e": true, "ret": true,
	"sens": true, "reps": true, "govs": true, "ave": true, "blvd": true, "dept": true, "est": true,
}

// femaleCue and maleCue give a person's gender from words next to the name;
// pronoun resolution uses them to skip people who do not fit.
var femaleCue = map[string]bool{
	"mrs": true, "ms": true, "miss": true, "she": true, "her": true, "spokeswoman": true,
	"congresswoman": true, "chairwoman": true, "businesswoman": true, "madam": true, "lady": true,
	"wife": true, "mother": true, "daughter": true, "sister": true, "queen": true, "princess": true,
	"actress": true, "dame": true, "grandmother": true, "woman": true,
}

var maleCue = map[string]bool{
	"mr": true, "he": true, "his": true, "him": true, "spokesman": true, "congressman": true,
	"chairman": true, "businessman": true, "sir": true, "husband": true, "father": true, "son": true,
	"brother": true, "king": true, "prince": true, "actor": true, "grandfather": true, "man": true,
}

// places are states, countries and cities that open sentences and precede
// cues ("Ohio said", "New Hampshire, Trump went after Bush") without
// being speakers; the speaker ranker weighs them (rank.go).
var places = wordSet(`alabama alaska arizona arkansas california colorado connecticut delaware florida
		georgia hawaii idaho illinois indiana iowa kansas kentucky louisiana maine maryland
		massachusetts michigan minnesota mississippi missouri montana nebraska nevada ohio oklahoma
		oregon pennsylvania tennessee texas utah vermont virginia wisconsin wyoming hampshire jersey
		carolina dakota mexico york america china russia iran iraq syria israel germany france britain
		england japan cuba canada europe afghanistan pakistan egypt turkey libya ukraine korea
		chicago miami houston boston philadelphia atlanta orlando cleveland milwaukee detroit denver
		dallas vegas phoenix baltimore brooklyn manhattan harlem charleston columbia des moines`)
