package extract

import "testing"

// TestAnyNewsNameAfterRole: a description the speaker's name follows
// between commas ("The Greens spokesperson for oceans, Senator Tamsin
// Rourke, said") gives the person, not the description.
func TestAnyNewsNameAfterRole(t *testing.T) {
	t.Parallel()
	in := "Coral cover on the southern reef has reached a record high, a survey found.\n\nThe Greens spokesperson for oceans, Senator Tamsin Rourke, said it was “galling” for governments to claim credit for the recovery.\n\nThe chief executive of the Reef Trust, Dr Malcolm Ashby, said the figures were “a reprieve, not a rescue”."
	checkQuotes(t, in, []wantQuote{{"galling", "Tamsin Rourke", ""}, {"a reprieve, not a rescue", "Malcolm Ashby", ""}})
	checkGenreSpeaker(t, "guardian_australia_southern_reef_recovery", "galling", "Tamsin Rourke")
}
