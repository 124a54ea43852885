package transcript

import "testing"

func TestFind(t *testing.T) {
	cases := []struct {
		name, text string
		labels     []string
		roles      string
	}{
		{"q and a", "Intro.\n\nQ: Why?\n\nA: Because.\n\nQ. And then?\n\nA. We left.", []string{"Q", "A", "Q", "A"}, "qaqa"},
		{"hearing", "THE CHAIR: Order.\nSEN. WARREN: A question.\nMR. JONES: An answer.\nSEN. WARREN: Another.", []string{"THE CHAIR", "SEN. WARREN", "MR. JONES", "SEN. WARREN"}, "nnnn"},
		{"bold names", "**Smith:** Yes.\n\n**Jane Doe:** No.\n\n**Smith:** Maybe.", []string{"Smith", "Jane Doe", "Smith"}, "nnn"},
		{"a parliament's official report", "Coastal Erosion: Trimley Gap\n\nSarah Penhallow (Sheringby and the Broads) (LD) (Urgent Question): To ask the Secretary of State if she will make a statement.\n\nThe Minister for Coastal Communities and Flood Resilience (Daniel Arkwright): I thank the hon. Member.\n\nSarah Penhallow: Will he act?\n\nHon. Members: Hear, hear!",
			[]string{"Sarah Penhallow", "Daniel Arkwright", "Sarah Penhallow", "Hon. Members"}, "nnnn"},
		{"a public radio transcript", "Transcript\n\nLEILA FARNSWORTH, HOST:\n\nFor more than a century, ranchers trapped beavers.\n\n(SOUNDBITE OF WATER RUNNING)\n\nCORBIN ASHE, BYLINE: On a cold morning, a rancher kneels by a creek.\n\nWES TOLLEFSON: See that? That's a beaver dam.\n\nASHE: The ones he built are called analogs.\n\nTOLLEFSON: They hold the water.\n\nASHE: And the creek ran all summer.",
			[]string{"LEILA FARNSWORTH", "CORBIN ASHE", "WES TOLLEFSON", "ASHE", "TOLLEFSON", "ASHE"}, "nnnnnn"},
		{"one label", "UPDATE: The vote was delayed.\n\nSmith: a profile of the man.", nil, ""},
		{"no repeat", "Smith: Yes.\n\nJones: No.", nil, ""},
		{"answer over paragraphs", "Intro.\n\nQ: Why?\n\nA: Because.\n\nAnd also this.\n\nQ: Then?\n\nA: Done.\n\nEdited for length.", []string{"Q", "A", "A", "Q", "A"}, "qaaqa"},
		{"times and prose", "At 10:30 the vote began.\n\nThe reason was simple: money.\n\nThe reason was simple: money.", nil, ""},
		{"lists under headings", "The Titans won.\n\nINJURIES\n\nColts: WR Devin Harlow left with a concussion.\n\nTitans: LT Bryce Owusu was carted off.\n\nUP NEXT\n\nColts: Host Jacksonville next Sunday.\n\nTitans: At Houston next Sunday.", nil, ""},
		{"turns under a heading", "OPENING STATEMENTS\n\nSMITH: Order.\n\nJONES: Thank you.\n\nSMITH: Go on.", []string{"SMITH", "JONES", "SMITH"}, "nnn"},
	}
	for _, c := range cases {
		got := Find([]rune(c.text))
		if len(got) != len(c.labels) {
			t.Errorf("%s: %d turns %+v, want %d", c.name, len(got), got, len(c.labels))
			continue
		}
		for i, tn := range got {
			if tn.Label != c.labels[i] || tn.Role != c.roles[i] {
				t.Errorf("%s: turn %d = %q %c, want %q %c", c.name, i, tn.Label, tn.Role, c.labels[i], c.roles[i])
			}
		}
	}
}

func TestFindSkipsHeadlinesAndTables(t *testing.T) {
	text := "Bernie Sanders: It Is Not A Radical Idea.\n\nWASHINGTON — Sen. Bernie Sanders defended his call.\n\nPartial transcript as follows:\n\nTAPPER: Why?\n\nSANDERS: Because.\n\nTAPPER: Really?"
	got := Find([]rune(text))
	if len(got) != 3 || got[0].Label != "TAPPER" {
		t.Errorf("headline: %+v, want the three turns after it", got)
	}
	if got := Find([]rune("Count.\n\nHillary Clinton: 1,769.\n\nBernie Sanders: 1,501.\n\nHillary Clinton: 2,316.")); got != nil {
		t.Errorf("a table of figures: %+v, want no turns", got)
	}
	lineup := "Player ratings\n\nCrystal Palace: Hale (6), Pike (7), Okonjo (6), Barrett (7).\n\nSubs: Mensah (8), Rowe (6).\n\nFulham: Kessler (7), Adeyemi (6), Brandt (6).\n\nSubs: Nkemelu (5), Vance (n/a)."
	if got := Find([]rune(lineup)); got != nil {
		t.Errorf("line-ups with ratings: %+v, want no turns", got)
	}
	long := "Q: Why?\n\nA: Because.\n\nOne.\n\n“Two,” she said.\n\nThree.\n\nFour.\n\nQ: Then?\n\nA: Done."
	if got := Find([]rune(long)); len(got) != 4 {
		t.Errorf("four paragraphs of story between turns: %d turns, want the 4 labelled ones only", len(got))
	}
	// Paragraphs that quote no one go on with the answer, as an opening
	// statement does, up to maxSpokenGaps of them.
	spoken := "Q: Why?\n\nA: Because.\n\nOne.\n\nTwo.\n\nThree.\n\nFour.\n\nQ: Then?\n\nA: Done."
	if got := Find([]rune(spoken)); len(got) != 8 {
		t.Errorf("four unquoted paragraphs between turns: %d turns, want 8", len(got))
	}
}

func TestFindSpeakerLines(t *testing.T) {
	cases := []struct {
		name, text string
		labels     []string
		titles     []string
	}{
		{"an earnings call", "Prepared Remarks:\n\nOperator\n\nGood morning. Please note this call is recorded.\n\nAda Brenner -- Chief Executive Officer\n\nThanks, operator. Sales rose.\n\nWe raised guidance.\n\nQuestions & Answers:\n\nOperator\n\n[Operator Instructions] The first question is from Li Wen.\n\nLi Wen -- Harbour Securities -- Analyst\n\nHow much was pricing?\n\nAda Brenner -- Chief Executive Officer\n\nAbout a third.\n\nCall participants:\n\nAda Brenner -- Chief Executive Officer\n\nLi Wen -- Harbour Securities -- Analyst\n\nOperator\n\nThis article is a transcript of this conference call produced for a website.",
			[]string{"Operator", "Ada Brenner", "Ada Brenner", "Operator", "Li Wen", "Ada Brenner"},
			[]string{"", "Chief Executive Officer", "Chief Executive Officer", "", "Harbour Securities, Analyst", "Chief Executive Officer"}},
		{"times in a recording", "Jane Smith (00:00:04):\n\nWelcome back to the show.\n\nTom de Vries (00:00:09):\n\nGlad to be here.\n\nJane Smith (00:01:12):\n\nLet's start with the budget.", []string{"Jane Smith", "Tom de Vries", "Jane Smith"}, []string{"", "", ""}},
		{"names above timed lines", "TRANSCRIPT\n\nOdile Brann\n[00:00:04] Hello, and welcome to the show.\n\nKwame Osei\n[00:00:38] (laughs) Thanks for having me.\n\nIt is good to be here.\n\nOdile Brann\n[00:00:56] Let's start with you.\n\nBy Odile Brann\n\nRead more", []string{"Odile Brann", "Kwame Osei", "Kwame Osei", "Odile Brann"}, []string{"", "", "", ""}},
		{"a name alone heads a paragraph", "Odile Brann\n\n[00:00:04] Hello.\n\nKwame Osei\n\n[00:00:38] Thanks.\n\nOdile Brann\n\n[00:00:56] Right.", nil, nil},
		{"a story with a contact line", "The council met on Monday.\n\nMedia contact:\n\nAnna Berg -- Press Officer\n\nThe vote is next week.", nil, nil},
		{"no one speaks twice", "Ada Brenner -- CEO\n\nSales rose.\n\nLi Wen -- Analyst\n\nHow much?", nil, nil},
	}
	for _, c := range cases {
		got := FindSpeakerLines([]rune(c.text))
		if len(got) != len(c.labels) {
			t.Errorf("%s: %d turns %+v, want %d", c.name, len(got), got, len(c.labels))
			continue
		}
		for i, tn := range got {
			if tn.Label != c.labels[i] || tn.Title != c.titles[i] || tn.Role != Named {
				t.Errorf("%s: turn %d = %q (%q), want %q (%q)", c.name, i, tn.Label, tn.Title, c.labels[i], c.titles[i])
			}
		}
	}
}

func TestOpening(t *testing.T) {
	text := "Daily Press Briefing by the Office of the Spokesperson\n\nThe following is a near-verbatim transcript of today's noon briefing by Lucien Abara, Spokesperson for the Secretary-General.\n\nMadagascar\n\nGood afternoon.  I will start with Madagascar.\n\nSouth Sudan\n\nThe Secretary-General condemns the attack.\n\nQuestion:  Thanks, Lucien.  How many helicopters?\n\nSpokesperson:  Two.\n\nQuestion:  And tomorrow?\n\nSpokesperson:  We will see."
	r := []rune(text)
	got := Opening(r, Find(r))
	if len(got) != 2 || got[0].Label != "Lucien Abara" || string(r[got[0].Start:got[0].End]) != "Good afternoon.  I will start with Madagascar." || !got[1].Cont {
		t.Errorf("opening: %+v, want the two announcements by Lucien Abara", got)
	}
	if got := Opening([]rune("A story about a briefing by Lucien Abara.\n\nQ: Why?\n\nA: Because.\n\nQ: Then?"), Find([]rune("A story about a briefing by Lucien Abara.\n\nQ: Why?\n\nA: Because.\n\nQ: Then?"))); got != nil {
		t.Errorf("no transcript line: %+v, want none", got)
	}
}

func TestFindWhiteHouseShape(t *testing.T) {
	text := "Press Briefing by Press Secretary Renata Delacroix\n\nMS. DELACROIX: Good afternoon, everybody.\n\nQ    Will the President go to North Carolina?\n\nMS. DELACROIX: He'd like to.\n\nOkay, thanks, everybody. See you tomorrow.\n\nEND                2:11 P.M. EDT"
	got := Find([]rune(text))
	roles := ""
	for _, tn := range got {
		roles += string(tn.Role)
	}
	if roles != "nqnn" || !got[3].Cont {
		t.Errorf("white house briefing: roles %q, %+v; want the question read as one and the sign-off before END as the last turn", roles, got)
	}
	if got := Find([]rune("Intro.\n\nSMITH: Yes.\n\nJONES: No.\n\nSMITH: Maybe.\n\nThis interview has been edited for length.")); len(got) != 3 {
		t.Errorf("a closing note with no END line: %d turns, want 3", len(got))
	}
}

// TestRosterLettersAfterName: a roster line's letters after the name, a
// member's seat ("TD") or an honour ("KBE"), are no part of it.
func TestRosterLettersAfterName(t *testing.T) {
	got := Roster([]rune("Before the committee\n\nMR CIARÁN DOYLE TD\nMS AOIFE BRENNAN KBE\n\nMR DOYLE: Thank you.\n"))
	if got["DOYLE"] != "Ciarán Doyle" || got["BRENNAN"] != "Aoife Brennan" || len(got) != 2 {
		t.Errorf("Roster = %q, want DOYLE: Ciarán Doyle and BRENNAN: Aoife Brennan", got)
	}
}
