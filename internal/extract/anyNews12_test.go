package extract

import "testing"

// TestAnyNewsHearingRoster: a hearing's labels give surnames ("SEN.
// ORMESBY:", "RANKING MEMBER ORMESBY:"); the panel listed in capitals
// before the first turn gives each one's full name.
func TestAnyNewsHearingRoster(t *testing.T) {
	t.Parallel()
	in := "Senate Committee on Rural Broadband Holds Hearing on Grant Delays\n\nLIST OF PANEL MEMBERS AND WITNESSES\n\nSEN. CORWIN HALLSTEAD (R-WYO.), CHAIRMAN\nSEN. PRUDENCE ORMESBY (D-VT.), RANKING MEMBER\n\nWITNESSES:\nIDRIS KAMARA-LOWE, ADMINISTRATOR, RURAL CONNECT PROGRAM\n\nCHAIRMAN HALLSTEAD: The committee will come to order.\n\nSEN. ORMESBY: Thank you, Mr. Chairman.\n\nCHAIRMAN HALLSTEAD: Mr. Kamara-Lowe, you have five minutes.\n\nMR. KAMARA-LOWE: Thank you for having me.\n\nRANKING MEMBER ORMESBY: How many grants are still unpaid?"
	checkQuotes(t, in, []wantQuote{{"The committee will come to order.", "Corwin Hallstead", ""}, {"Thank you, Mr. Chairman.", "Prudence Ormesby", ""},
		{"Mr. Kamara-Lowe, you have five minutes.", "Corwin Hallstead", ""},
		{"Thank you for having me.", "Idris Kamara-Lowe", ""}, {"How many grants are still unpaid?", "Prudence Ormesby", ""}})
	checkGenreSpeaker(t, "hearing_senate_wildfire_power_shutoffs", "Thank you, Mr. Chairman.", "Teresa Madrigal")
}
