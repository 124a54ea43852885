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
