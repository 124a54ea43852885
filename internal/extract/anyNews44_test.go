package extract

import "testing"

// TestAnyNewsItsOwnerIsAFirm: a firm whose words could be a person's
// ("Brolga Meats") is an organisation once a sentence it opens says
// "its" a few words on, so "it said" after its statement is the firm's,
// not a description's from a sentence before. "Ms Reyes said its" says
// nothing of her.
func TestAnyNewsItsOwnerIsAFirm(t *testing.T) {
	t.Parallel()
	in := "Brolga Meats will close its Merrigal abattoir at the end of the month.\n\n" +
		"The company confirmed on Monday it would close the abattoir.\n\n" +
		"In a statement, Brolga Meats said the decision had been “extremely difficult”.\n\n" +
		"“Energy costs at the site have more than doubled in three years,” it said.\n\n" +
		"Dana Reyes said its closure would hurt the town. “We feel it already,” she said."
	checkQuotes(t, in, []wantQuote{{"extremely difficult", "Brolga Meats", ""},
		{"Energy costs at the site have more than doubled in three years,", "Brolga Meats", ""},
		{"We feel it already,", "Dana Reyes", ""}})
}

// TestAnyNewsDoubledSingleMarks: some papers print a double mark as two
// curly single ones (‘‘...’’), nesting a single quotation inside; "the
// lock" is the player just named, and "he" after "Garrity told Sky
// Sport" is the coach, not the broadcaster. Where no quotation opens
// with two marks, ’’ closes a nested quotation and the one around it.
func TestAnyNewsDoubledSingleMarks(t *testing.T) {
	t.Parallel()
	in := "Otago coach Ross Tennant would be the first to admit it.\n\n" +
		"‘‘Look, it was a dogfight,’’ Tennant said.\n\n" +
		"‘‘Sione looked at me and said, ‘We’re going to the corner’,’’ the 26-year-old said.\n\n" +
		"Whaanga said the call had come from captain Sione Fakatava.\n\n" +
		"Fakatava said the decision had been ‘‘an easy one’’.\n\n" +
		"‘‘A draw was no good to us,’’ the lock said.\n\n" +
		"Southland coach Mike Garrity was left rueing a first half.\n\n" +
		"‘‘We had them where we wanted them,’’ Garrity told Sky Sport.\n\n" +
		"He was also unhappy with a yellow card, saying it had ‘‘changed the complexion of the game’’."
	checkQuotes(t, in, []wantQuote{{"Look, it was a dogfight,", "Ross Tennant", ""},
		{"Sione looked at me and said, ‘We’re going to the corner’,", "Ross Tennant", ""},
		{"an easy one", "Sione Fakatava", ""},
		{"A draw was no good to us,", "Sione Fakatava", ""},
		{"We had them where we wanted them,", "Mike Garrity", "Sky Sport"},
		{"changed the complexion of the game", "Mike Garrity", ""}})
	single := "‘The King loved her approach,’ the source said. ‘When the team talked about the meadow, he said, ‘Well, ask her, then.’’"
	found := false
	for _, q := range Extract(single).Quotes {
		found = found || q.Text == "Well, ask her, then."
	}
	if !found {
		t.Errorf("‘...’’ without a doubled opening: the nested ‘Well, ask her, then.’ was not read as its own quotation")
	}
}

// TestAnyNewsGivenNameFirst: a run opening with a known given name is a
// person's though its last word ends as names of things do ("-ity" as
// in "Authority", "-ment" as in "Agreement"): "Mike Garrity", "Tony
// Clement". "The Prosperity Agreement" is still no one.
func TestAnyNewsGivenNameFirst(t *testing.T) {
	t.Parallel()
	in := "Mike Garrity was left rueing a first half. “We left two tries out there,” he said.\n\n" +
		"Tony Clement, the MP, said the vote was close. “It went to the wire,” he said.\n\n" +
		"The Prosperity Agreement said trade would grow."
	checkQuotes(t, in, []wantQuote{{"We left two tries out there,", "Mike Garrity", ""},
		{"It went to the wire,", "Tony Clement", ""}})
}
