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
	long := "Q: Why?\n\nA: Because.\n\nOne.\n\nTwo.\n\nThree.\n\nFour.\n\nQ: Then?\n\nA: Done."
	if got := Find([]rune(long)); len(got) != 4 {
		t.Errorf("four paragraphs between turns: %d turns, want the 4 labelled ones only", len(got))
	}
}
