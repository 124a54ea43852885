package extract

import "testing"

// TestAnyNewsModifiersBeforeRole: after "said", a run of lower-case
// modifiers before a role ("county emergency management director Carla
// Hinton") still leads to the name, and the quote's second half after the
// attribution is hers, not an earlier organisation's spokesman's.
func TestAnyNewsModifiersBeforeRole(t *testing.T) {
	t.Parallel()
	in := "A spokesman for Tarrow Power said crews from out of state had been brought in.\n\nThe county has opened a warming center at the library.\n\n“If your home is getting cold, don't heat it with a grill,” said county emergency management director Carla Hinton. “Come see us. We have cots, we have coffee.”"
	checkQuotes(t, in, []wantQuote{{"If your home is getting cold, don't heat it with a grill,", "Carla Hinton", ""},
		{"Come see us. We have cots, we have coffee.", "Carla Hinton", ""}})
}
