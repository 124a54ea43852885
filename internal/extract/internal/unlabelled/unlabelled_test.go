package unlabelled

import "testing"

func TestFind(t *testing.T) {
	cases := []struct {
		name, text string
		roles      string
	}{
		{"guardian", "Ann Lee nursed for thirty years.\n\nWhy nights?\n\nThe money, mostly. I had a car to pay for.\n\nWhat did it do to your body?\n\nEverything. I never slept.\n\nThat sounds lonely.\n\nIt was. But the crews were my family.\n\nThey still are.\n\nThis interview has been edited for length and clarity.\n\nHer book is out now.",
			"qaqaqaa"},
		{"marker first, two rounds", "Ben Cole studies sleep.\n\nThis conversation has been edited and condensed.\n\nWhy does it matter?\n\nBecause teenagers are tired. I see it every day.\n\nWhat would you change?\n\nStart school later.",
			"qaqa"},
		{"last answer stops at the story", "Ann Lee sold records.\n\nWhat did you sell first?\n\nA Motown album. I remember it.\n\nDid you see the end coming?\n\nNo. I had no idea.\n\nWhat will you miss?\n\nThe arguments. I loved them.\n\nThe shop is now a café.\n\nRead more at our website.",
			"qaqaqa"},
		{"an author's line and a donation box after", "Ann Lee nursed for thirty years.\n\nThis interview has been edited for length.\n\nWhy nights?\n\nThe money, mostly. I had a car to pay for.\n\nWhat did it do to your body?\n\nEverything. I never slept.\n\nWould you do it again?\n\nYes. I would.\n\nJonah Pell is a senior reporter at Vox covering work and family.\n\nWill you support our work with a gift today?\n\nYes, I'll give $5/month",
			"qaqaqa"},
		{"bold questions", "Ann Lee nursed for thirty years.\n\n**Why nights?**\n\nThe money, mostly. I had a car to pay for.\n\n**What did it do to your body?**\n\nEverything. I never slept.\n\n**Would you do it again?**\n\nYes. I would.",
			"qaqaqa"},
		{"an organisation's FAQ", "Water bills will rise in April.\n\nWhat do you need to do?\n\nNothing. We will write to every customer.\n\nCan you pay in instalments?\n\nYes. Our helpline can set that up.\n\nWhat if you cannot pay?\n\nWe offer support schemes for those in need.", ""},
		{"two rhetorical questions", "The council closed two libraries.\n\nWhy now?\n\nThe budget gap has grown, the council says.\n\nWhat happens to the staff?\n\nThey will be redeployed.", ""},
		{"an explainer", "MPs vote on the bill today.\n\nWhat is the bill?\n\nIt would raise the minimum wage.\n\nWho supports it?\n\nUnions and most Labour MPs.\n\nWhat happens next?\n\nThe Lords vote in May.", ""},
		{"quotes are no answers", "Ann Lee spoke.\n\nWhy did you go?\n\n“Because I had to,” she said.\n\nWhy did you stay?\n\n“Because I could,” she said.\n\nWhy did you leave?\n\n“Because I was tired,” she said.", ""},
	}
	for _, c := range cases {
		got := Find([]rune(c.text))
		roles := ""
		for _, tn := range got {
			roles += string(rune(tn.Role))
		}
		if roles != c.roles {
			t.Errorf("%s: roles %q, want %q", c.name, roles, c.roles)
		}
	}
}
