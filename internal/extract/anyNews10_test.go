package extract

import "testing"

// TestAnyNewsEpithetForTheSubject: "the Norwegian" after a sentence
// naming two people is the one who was its subject, not the one named
// after a verb ("refused to discuss Falcão").
func TestAnyNewsEpithetForTheSubject(t *testing.T) {
	t.Parallel()
	in := "Wolverhampton Wanderers have agreed a deal with Porto for midfielder Duarte Falcão.\n\nThe 23-year-old is due in the West Midlands on Saturday.\n\nSpeaking at his press conference on Friday, before the fee had been agreed, Wolves head coach Tomas Brekke refused to discuss Falcão by name.\n\n“I’m not going to talk about players from other clubs. That’s not fair on them,” the Norwegian said."
	checkQuotes(t, in, []wantQuote{{"I’m not going to talk about players from other clubs. That’s not fair on them,", "Tomas Brekke", ""}})
	checkGenreSpeaker(t, "athletic_wolves_porto_falcao_transfer", "I’m not going to talk", "Tomas Brekke")
}

// TestAnyNewsRoleInApposition: "Her coach, Iñaki Berasategui," opens a
// sentence with a man whose "her" is someone else's; the "he" after is
// him, not a name from a newsletter box.
func TestAnyNewsRoleInApposition(t *testing.T) {
	t.Parallel()
	in := "Marta Escolano beat the British No 1 in straight sets.\n\nPrivacy Notice: Newsletters may contain info about charities.\n\nHer coach, Iñaki Berasategui, has been credited with transforming her return of serve. In an interview before the tournament, he said Escolano had spent “hours and hours” inside the baseline."
	checkQuotes(t, in, []wantQuote{{"hours and hours", "Iñaki Berasategui", ""}})
	checkGenreSpeaker(t, "guardian_usopen_escolano_clarke", "hours and hours", "Iñaki Berasategui")
}
