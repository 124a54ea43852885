package extract

import "testing"

// TestAnyNewsFullNames: a speaker called by part of a name gets the
// whole of it: a surname after a nickname in quotation marks, a given
// name after a royal style with "bin", a surname with a particle after
// "she" read as its last mention, and an organisation without the
// "-based" before it.
func TestAnyNewsFullNames(t *testing.T) {
	t.Parallel()
	checkCases(t, []quoteCase{
		{"a nickname between the names", "The fighter's cutman, Ramon “Flaco” Ibarra, said the cut had never worried him.\n\n“We closed it in thirty seconds,” Ibarra said.",
			[]wantQuote{{"We closed it in thirty seconds,", "Ramon Ibarra", ""}}},
		{"a royal style and bin", "The delegation was received by the kingdom's energy minister, Prince Faisal bin Khalid Al Rashid, on Sunday.\n\nPrince Faisal said the partnership was “only the beginning” of the work.",
			[]wantQuote{{"only the beginning", "Faisal bin Khalid Al Rashid", ""}}},
		{"she after Ms and a particle", "Speaking in Brussels, the Taoiseach, Cathal Ó Broin, said the Government would “read the report carefully” before deciding. “But I will say this: we need the investment,” he said.\n\nThe Tánaiste, Nuala Mac Carthaigh, was more cautious. Ms Mac Carthaigh told RTÉ’s News at One that the report was “a first draft”.\n\n“We will not rush a decision of this size,” she said.",
			[]wantQuote{{"read the report carefully", "Cathal Ó Broin", ""}, {"But I will say this: we need the investment,", "Cathal Ó Broin", ""}, {"a first draft", "Nuala Mac Carthaigh", ""}, {"We will not rush a decision of this size,", "Nuala Mac Carthaigh", ""}}},
		{"an organisation's base", "Conservation groups objected. The Lyon-based European Wetlands Trust said the plan was “a step backwards for the delta”.",
			[]wantQuote{{"a step backwards for the delta", "European Wetlands Trust", ""}}},
	})
}

// TestAnyNewsDescribedSubjectOverName: "he" after a sentence about an
// unnamed official ("the prime minister's official spokesman was asked
// ...") is that official, not a word the sentence before opened with.
func TestAnyNewsDescribedSubjectOverName(t *testing.T) {
	t.Parallel()
	in := "Official statistics published on Thursday showed construction started on 98,000 homes in England.\n\nThe target was a central promise of the manifesto.\n\nA Downing Street spokesperson said ministers would set out further measures in the new year.\n\nAt a briefing on Friday, the prime minister's official spokesman was asked whether the target would change. \"The plan stands,\" he said."
	checkQuotes(t, in, []wantQuote{{"The plan stands,", "prime minister's official spokesman", ""}})
}
