package extract

import (
	"strings"
	"testing"
)

// TestAnyNewsOpeningDescriptor: a noun for what someone is that opens a
// sentence before their name ("Headteacher", "Dad-of-three", "Vet",
// "Objector") is capitalised only for opening it, and is no part of the
// name; a given name there ("Victor") is.
func TestAnyNewsOpeningDescriptor(t *testing.T) {
	t.Parallel()
	in := "Parents say they were given no warning.\n\nHeadteacher Carole Pengelly said: \"We found out on a Tuesday afternoon.\"\n\nDad-of-three Sam Heddon said: \"It's not just a school.\"\n\nVet Ffion Maddox-Rees told reporters: \"She'd lost a third of her body weight.\"\n\nObjector Róisín Dalzell said: \"This is a single-track road.\"\n\nVictor Hale Stanton said: \"We will appeal.\""
	checkQuotes(t, in, []wantQuote{{"We found out on a Tuesday afternoon.", "Carole Pengelly", ""},
		{"It's not just a school.", "Sam Heddon", ""}, {"She'd lost a third of her body weight.", "Ffion Maddox-Rees", ""},
		{"This is a single-track road.", "Róisín Dalzell", ""}, {"We will appeal.", "Victor Hale Stanton", ""}})
}

// TestAnyNewsBriefingCalledOn: a briefing's "Q" questions are asked by
// the reporter the podium calls on at the end of its turn ("Go ahead,
// Priscilla.", "Okay. Darlene.") and their follow-ups, until another
// takes the floor unnamed ("Can I follow up?") or names themselves after
// thanks ("Thanks, Nadia. Kofi Mensah, Detroit Free Press."); "Go ahead."
// after a question broken off lets the same reporter go on; "Thank you,
// Priscilla." thanks, and calls no one.
func TestAnyNewsBriefingCalledOn(t *testing.T) {
	t.Parallel()
	in := "Press Briefing by Press Secretary Nadia Ferreira\n\nMS. FERREIRA: Good afternoon. Go ahead, Priscilla.\n\nQ Thank you. Will the President meet the unions?\n\nMS. FERREIRA: He will, on Friday.\n\nQ And where?\n\nMS. FERREIRA: Here. Thank you, Priscilla.\n\nQ Can I follow up on that?\n\nMS. FERREIRA: Sure.\n\nQ Is the meeting open to the press?\n\nMS. FERREIRA: No. Okay. Darlene.\n\nQ On the heat --\n\nMS. FERREIRA: Go ahead.\n\nQ -- is there a timeline?\n\nMS. FERREIRA: Not today.\n\nQ Thanks, Nadia. Kofi Mensah, Detroit Free Press. Is the plant closing?\n\nMS. FERREIRA: I'd refer you to the company."
	checkQuotes(t, in, []wantQuote{{"Good afternoon. Go ahead, Priscilla.", "Nadia Ferreira", ""},
		{"Thank you. Will the President meet the unions?", "Priscilla", ""}, {"He will, on Friday.", "Nadia Ferreira", ""},
		{"And where?", "Priscilla", ""}, {"Here. Thank you, Priscilla.", "Nadia Ferreira", ""},
		{"Can I follow up on that?", "a reporter", ""}, {"Sure.", "Nadia Ferreira", ""},
		{"Is the meeting open to the press?", "a reporter", ""}, {"No. Okay. Darlene.", "Nadia Ferreira", ""},
		{"On the heat --", "Darlene", ""}, {"Go ahead.", "Nadia Ferreira", ""}, {"-- is there a timeline?", "Darlene", ""},
		{"Not today.", "Nadia Ferreira", ""}, {"Thanks, Nadia. Kofi Mensah, Detroit Free Press. Is the plant closing?", "Kofi Mensah", ""},
		{"I'd refer you to the company.", "Nadia Ferreira", ""}})
}

// TestAnyNewsUnnamedAskers: questions whose asker no one names are still
// quotes: a Q&A's ("Q:" and "A:") are the interviewer's, a press
// conference's "Q." a reporter's ("Questions, please." calls no one); a
// byline in capitals over "SPECIAL TO ..." names an unlabelled
// interview's interviewer.
func TestAnyNewsUnnamedAskers(t *testing.T) {
	t.Parallel()
	qa := "A conversation with Jane Whitcombe\n\nJane Whitcombe runs Voltaic Storage. She spoke to us about batteries.\n\nQ: Was last year too fast?\n\nA: No. The orders were there.\n\nQ: And the bicycle?\n\nA: It's twelve minutes to the plant."
	checkQuotes(t, qa, []wantQuote{{"Was last year too fast?", "the interviewer", ""}, {"No. The orders were there.", "Jane Whitcombe", ""},
		{"And the bicycle?", "the interviewer", ""}, {"It's twelve minutes to the plant.", "Jane Whitcombe", ""}})
	presser := "Daria Kostelnik\n\nPress Conference\n\nTHE MODERATOR: Questions, please.\n\nQ. You were a set down. What happened?\n\nDARIA KOSTELNIK: My calf was tight.\n\nQ. What did your coach say?\n\nDARIA KOSTELNIK: To go forward."
	checkQuotes(t, presser, []wantQuote{{"Questions, please.", "The Moderator", ""}, {"You were a set down. What happened?", "a reporter", ""},
		{"My calf was tight.", "Daria Kostelnik", ""}, {"What did your coach say?", "a reporter", ""}, {"To go forward.", "Daria Kostelnik", ""}})
}

// TestAnyNewsCommitteeEvidence: a select committee's transcript numbers
// its questions ("Q12 Chair:"), names its chair in the list of members
// present ("Morwenna Tregidgo (Chair)") and numbers its panels ("II:"),
// which no one speaks.
func TestAnyNewsCommitteeEvidence(t *testing.T) {
	t.Parallel()
	in := "Health and Social Care Committee\nOral evidence: Dentistry in coastal communities\n\nMembers present: Morwenna Tregidgo (Chair); Ambrose Kitteridge; Harriet Moorcock.\n\nII: Dr Folasade Ikwuemesi, Chair, Local Dental Committee; Caradoc Penhryn, Chief Executive, Smile Access Trust.\n\nQ12 Chair: Good morning. Where can a patient find a dentist?\n\nDr Ikwuemesi: The honest answer is that they may not.\n\nQ13 Ambrose Kitteridge: Mr Penhryn, where do your vans go?\n\nCaradoc Penhryn: To the dental deserts.\n\nChair: Thank you both."
	checkQuotes(t, in, []wantQuote{{"Good morning. Where can a patient find a dentist?", "Morwenna Tregidgo", ""},
		{"The honest answer is that they may not.", "Folasade Ikwuemesi", ""}, {"Mr Penhryn, where do your vans go?", "Ambrose Kitteridge", ""},
		{"To the dental deserts.", "Caradoc Penhryn", ""}, {"Thank you both.", "Morwenna Tregidgo", ""}})
}

// TestAnyNewsInitialledLabels: a magazine's Q&A labels its questions
// with the magazine's initials or name ("TM:" under "Texas Monthly",
// "DER SPIEGEL:"), which are the interviewer's, and its answers with the
// interviewee's initials ("JTH:").
func TestAnyNewsInitialledLabels(t *testing.T) {
	t.Parallel()
	tm := "Texas Monthly\n\nBBQ | INTERVIEW\n\nA Pitmaster on the Firewood Crunch\n\nBy Everett Crabill\n\nJoaquina Treviño-Hart has smoked brisket over post oak for twenty-six years.\n\nTM: How bad is it right now?\n\nJTH: Bad enough that I ration the brisket.\n\nTM: What did you do?\n\nJTH: I called everybody I know."
	checkQuotes(t, tm, []wantQuote{{"How bad is it right now?", "Everett Crabill", ""}, {"Bad enough that I ration the brisket.", "Joaquina Treviño-Hart", ""},
		{"What did you do?", "Everett Crabill", ""}, {"I called everybody I know.", "Joaquina Treviño-Hart", ""}})
	spiegel := "DER SPIEGEL International\n\nInterview Conducted by Bastian Kordewitz\n\nHenrike Almstedt runs the Federal Office for Inland Waterways.\n\nDER SPIEGEL: Ms. Almstedt, is this the new normal?\n\nAlmstedt: It is the normal we are heading for.\n\nDER SPIEGEL: Thank you for this interview."
	checkQuotes(t, spiegel, []wantQuote{{"Ms. Almstedt, is this the new normal?", "Bastian Kordewitz", ""},
		{"It is the normal we are heading for.", "Henrike Almstedt", ""}, {"Thank you for this interview.", "Bastian Kordewitz", ""}})
}

// TestAnyNewsWitnessCalled: a court transcript names its witness when a
// lawyer calls them ("The City calls Officer Hattie Vanlandingham."), and
// the "A." answers and "THE WITNESS:" turns are hers; a House hearing's
// "Present: Representatives Hollowell, ..." makes no one "Representatives
// Hollowell".
func TestAnyNewsWitnessCalled(t *testing.T) {
	t.Parallel()
	court := "IN THE CIRCUIT COURT OF THE STATE OF OREGON\n\nBEFORE THE HONORABLE AUGUSTINA MBAYE-ROURKE\n\nTHE COURT: Ms. Nwachukwu, you may call your first witness.\n\nMS. NWACHUKWU: Thank you, Your Honor. The City calls Officer Hattie Vanlandingham.\n\nTHE WITNESS: I do.\n\nBY MS. NWACHUKWU:\n\nQ. Where are you employed?\n\nA. With the City of Sisterdale.\n\nQ. For how long?\n\nA. Eight years."
	checkQuotes(t, court, []wantQuote{{"Ms. Nwachukwu, you may call your first witness.", "Augustina Mbaye-Rourke", ""},
		{"Thank you, Your Honor. The City calls Officer Hattie Vanlandingham.", "Nwachukwu", ""}, {"I do.", "Hattie Vanlandingham", ""},
		{"Where are you employed?", "Nwachukwu", ""}, {"With the City of Sisterdale.", "Hattie Vanlandingham", ""},
		{"For how long?", "Nwachukwu", ""}, {"Eight years.", "Hattie Vanlandingham", ""}})
	hearing := "HEARING BEFORE THE SUBCOMMITTEE ON WORKFORCE PROTECTIONS\n\n    The subcommittee met at 10:04 a.m., Hon. Dwight Hollowell [chairman of the subcommittee] presiding.\n    Present: Representatives Hollowell, Prusak, and Achterberg.\n    Chairman Hollowell. The subcommittee will come to order.\n    Mr. Prusak. Thank you, Mr. Chairman.\n    Chairman Hollowell. The gentleman yields back."
	checkQuotes(t, hearing, []wantQuote{{"The subcommittee will come to order.", "Dwight Hollowell", ""}, {"Thank you, Mr. Chairman.", "Prusak", ""},
		{"The gentleman yields back.", "Dwight Hollowell", ""}})
}

// TestAnyNewsFirmOfOneWord: "the company wrote" after "Perchway confirmed
// the problem in a statement" is Perchway, a firm never given a first
// name, though one capitalised word may pass for a person's.
func TestAnyNewsFirmOfOneWord(t *testing.T) {
	t.Parallel()
	in := "A firmware update switched remote administration back on.\n\nPerchway confirmed the problem in a statement emailed to reporters on Friday.\n\n“A configuration migration error caused the setting to revert,” the company wrote. “We take this seriously.”"
	checkQuotes(t, in, []wantQuote{{"A configuration migration error caused the setting to revert,", "Perchway", ""}, {"We take this seriously.", "Perchway", ""}})
}

// TestAnyNewsLinkLists: the headlines listed under "Related stories",
// "Most viewed" or "More on this story", and a "Go deeper:" line, are
// other stories', whose quotations are not this one's; a subhead the
// story goes on under after such a list is the story's.
func TestAnyNewsLinkLists(t *testing.T) {
	t.Parallel()
	in := "Abattoir to close with loss of 310 jobs\n\n“It's the only work in town,” said Tania Hocking, who has worked at the plant for 19 years.\n\nAlso read\nDrought deepens across the west\nGrain prices slump\n\n'Not everyone can move'\n\nBut residents of the town, many of whom have lived there all their lives and have nowhere else to go, said the closure would empty the main street within a year.\n\nGo deeper: Regional meatworks: “We can't hire fast enough”\n\nRelated stories\nBeef prices slump as processors cut shifts\n‘We just need rain’: graziers offload stock as dry bites\n\nMost viewed\n\n‘It’s a betrayal’: villagers fight 2,000-home scheme"
	var got []string
	for _, q := range Extract(in).Quotes {
		if q.Likely && q.Kind != KindParaphrase {
			got = append(got, q.Text)
		}
	}
	if want := []string{"It's the only work in town,", "Not everyone can move"}; strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("likely quotes %q, want %q", got, want)
	}
}

// TestAnyNewsStateParty: "the Alabama Republican" is the one person the
// article tags "(R-Ala.)", though someone else (a photo's credit) was
// named since; a title before the tagged name is no part of it.
func TestAnyNewsStateParty(t *testing.T) {
	t.Parallel()
	in := "House Appropriations Committee Chairman Thad Lunsford (R-Ala.) said Wednesday the House would not take up the bill.\n\nSen. Constance Vielhaber (R-Kan.) speaks to reporters outside the Senate chamber on Wednesday. (Greg Nash)\n\n“Everybody's got a Christmas tree they want to hang an ornament on,” the Alabama Republican said."
	checkQuotes(t, in, []wantQuote{{"Everybody's got a Christmas tree they want to hang an ornament on,", "Thad Lunsford", ""}})
}

// TestAnyNewsHomeOutletShortNames: the publisher's own short name or news
// desk is no via ("told Ars" under "Ars Technica home", "told The
// Associated Press" under "AP Logo", "told BBC Sport" under "BBC
// Homepage"), but its stations are ("told BBC Radio Kent"), and so is an
// outlet named like a section of the page ("Te Ao Māori News" on RNZ's).
func TestAnyNewsHomeOutletShortNames(t *testing.T) {
	t.Parallel()
	ars := "Skip to content\nArs Technica home\nSections\n\nRouter update re-enables remote admin\n\n“The setting still said off,” Benedikt Sørlie told Ars in a video call."
	checkQuotes(t, ars, []wantQuote{{"The setting still said off,", "Benedikt Sørlie", "-"}})
	ap := "Menu\nAP Logo\nWorld\n\nVillage votes on nitrate fix\n\n“Somebody's grandmother is paying $90 a month,” Gene Holtzclaw told The Associated Press."
	checkQuotes(t, ap, []wantQuote{{"Somebody's grandmother is paying $90 a month,", "Gene Holtzclaw", "-"}})
	bbc := "BBC Homepage\nSkip to content\n\nDunmarsh stun Ashcombe\n\n“I don't want to hide behind the changes,” Lars Vennegaard told BBC Sport.\n\n“We'll take our chance,” Stuart McCrindle told BBC Radio Kent."
	checkQuotes(t, bbc, []wantQuote{{"I don't want to hide behind the changes,", "Lars Vennegaard", "-"}, {"We'll take our chance,", "Stuart McCrindle", "BBC Radio Kent"}})
	rnz := "RNZ\nHome | News | Te Ao Māori | Pacific\nTe Ao Māori\n\nPapakāinga stalled\n\n“The odds are stacked against us,” Hemi Tautari told Te Ao Māori News."
	checkQuotes(t, rnz, []wantQuote{{"The odds are stacked against us,", "Hemi Tautari", "Te Ao Māori News"}})
}

// TestAnyNewsKeyedInitials: a transcript that keys its speakers'
// initials ("Speaker key:", "TBR Tariq Bensalem-Ruud") opens each turn
// with the initials and no colon; paragraphs under a turn go on with it,
// and a time line is no one's.
func TestAnyNewsKeyedInitials(t *testing.T) {
	t.Parallel()
	in := "WHO press conference on antivenom supply\n\nSpeaker key:\nTBR Tariq Bensalem-Ruud\nICM Dr Inês Carvalho-Mbeki\nHMD Hélène Marceau-Dubois\n\n00:00:04\nTBR Good morning and welcome to this press conference.\nICM Thank you, Tariq. The world is not producing enough antivenom.\nWe are calling on governments to fund it.\n00:06:51\nHMD Thank you. My question is on the price.\nICM The price is a real problem."
	checkQuotes(t, in, []wantQuote{{"Good morning and welcome to this press conference.", "Tariq Bensalem-Ruud", ""},
		{"Thank you, Tariq. The world is not producing enough antivenom.", "Inês Carvalho-Mbeki", ""},
		{"We are calling on governments to fund it.", "Inês Carvalho-Mbeki", ""}, {"Thank you. My question is on the price.", "Hélène Marceau-Dubois", ""},
		{"The price is a real problem.", "Inês Carvalho-Mbeki", ""}})
}

// TestAnyNewsCallersAndDepositions: a phone-in's callers are labelled
// with where they call from ("GRAEME (Sandy Bay):"); a deposition names
// its witness in its title ("DEPOSITION OF CARLTON REISINGER"), its
// videographer among those present, and an examiner in brackets ("Q. (By
// Ms. Abernathy-Vidal)").
func TestAnyNewsCallersAndDepositions(t *testing.T) {
	t.Parallel()
	talkback := "Mornings with Imogen Strachan-Tully\n\nIMOGEN STRACHAN-TULLY: Good morning. Graeme's in Sandy Bay.\n\nGRAEME (Sandy Bay): Morning, Imogen. I'm all for it.\n\nIMOGEN STRACHAN-TULLY: Thanks, Graeme.\n\nROBYN (Bellerive): I run a B&B, and it's the admin."
	checkQuotes(t, talkback, []wantQuote{{"Good morning. Graeme's in Sandy Bay.", "Imogen Strachan-Tully", ""}, {"Morning, Imogen. I'm all for it.", "Graeme", ""},
		{"Thanks, Graeme.", "Imogen Strachan-Tully", ""}, {"I run a B&B, and it's the admin.", "Robyn", ""}})
	deposition := "ORAL AND VIDEOTAPED DEPOSITION OF CARLTON REISINGER\n\nAPPEARANCES\nFOR THE PLAINTIFFS:\n     Ms. Lorena Abernathy-Vidal\nALSO PRESENT:\n     Wes Holloway, Videographer\n\nTHE VIDEOGRAPHER: We are back on the record.\n\nBY MS. ABERNATHY-VIDAL:\n\nQ. Were you dispatching that night?\n\nA. Yes, ma'am.\n\nMR. STRAUB: Objection. Form.\n\nQ. (By Ms. Abernathy-Vidal) You can answer.\n\nA. I meant the dock would close."
	checkQuotes(t, deposition, []wantQuote{{"We are back on the record.", "Wes Holloway", ""}, {"Were you dispatching that night?", "Lorena Abernathy-Vidal", ""},
		{"Yes, ma'am.", "Carlton Reisinger", ""}, {"Objection. Form.", "Straub", ""}, {"You can answer.", "Lorena Abernathy-Vidal", ""},
		{"I meant the dock would close.", "Carlton Reisinger", ""}})
}

// TestAnyNewsBareBylineAndPlace: a byline that is a name alone over the
// story's date names an unlabelled interview's interviewer; a vote
// "from Supervisor Neil Takahashi" is Neil Takahashi's, the title after
// "from" no part of his name.
func TestAnyNewsBareBylineAndPlace(t *testing.T) {
	t.Parallel()
	qa := "The ecologist trying to rewet the midlands\n\nAoibheann Tuohy-Marren has spent 11 years blocking drains on cutaway bogs. She talks about angry neighbours and curlews.\n\nDeclan Mulcahy-Bourke\nTue Oct 14 2025 - 05:00\n\nAoibheann Tuohy-Marren is head of restoration at the Midlands Peatland Trust. This interview has been edited for length.\n\nWhat does rewetting actually involve?\n\nIt's much less dramatic than people think. We block the drains.\n\nHave there been confrontations?\n\nA few. Mostly people want to be asked first."
	checkQuotes(t, qa, []wantQuote{{"What does rewetting actually involve?", "Declan Mulcahy-Bourke", ""},
		{"It's much less dramatic than people think. We block the drains.", "Aoibheann Tuohy-Marren", ""},
		{"Have there been confrontations?", "Declan Mulcahy-Bourke", ""}, {"A few. Mostly people want to be asked first.", "Aoibheann Tuohy-Marren", ""}})
	vote := "The board voted 4-1 for the package.\n\nThe lone no vote came from Supervisor Neil Takahashi, who argued that renters got nothing. “I’m glad we’re cutting fees,” Takahashi said."
	checkQuotes(t, vote, []wantQuote{{"I’m glad we’re cutting fees,", "Neil Takahashi", ""}})
}

// TestAnyNewsRecordOfProceedings: a parliament's record that prints each
// speaker on a line of their own, an office with its holder in brackets
// ("The Cabinet Secretary for Education (Emrys Treharne)"), and a
// question as tabled ("1. What assessment ...?") over the member who
// asks it.
func TestAnyNewsRecordOfProceedings(t *testing.T) {
	t.Parallel()
	in := "Record of Proceedings\n\nThe Llywydd (Mererid Hopcyn)\nThe next item is questions to the Cabinet Secretary for Education.\nSmall Rural Schools\n1. What assessment has the Cabinet Secretary made of rural school closures?\nSiwan Rhydderch\n(Translated)\nThank you, Llywydd. Ceredigion has voted to consult on closing three schools.\nThe Cabinet Secretary for Education (Emrys Treharne)\nDiolch, Siwan. I know how strongly communities feel.\nSiwan Rhydderch\nWill you intervene?\nEmrys Treharne\nIt would not be appropriate for me to comment."
	checkQuotes(t, in, []wantQuote{{"The next item is questions to the Cabinet Secretary for Education.", "Mererid Hopcyn", ""},
		{"What assessment has the Cabinet Secretary made of rural school closures?", "Siwan Rhydderch", ""},
		{"Thank you, Llywydd. Ceredigion has voted to consult on closing three schools.", "Siwan Rhydderch", ""},
		{"Diolch, Siwan. I know how strongly communities feel.", "Emrys Treharne", ""}, {"Will you intervene?", "Siwan Rhydderch", ""},
		{"It would not be appropriate for me to comment.", "Emrys Treharne", ""}})
}

// TestAnyNewsPressConferenceFloor: at a press conference whose podium
// calls no one by name, a reporter who names themselves after "Q." asks
// that question alone, and is named without the label; the next "Q." is
// anyone's.
func TestAnyNewsPressConferenceFloor(t *testing.T) {
	t.Parallel()
	in := "Tarrant Valley State\n\nPostgame Press Conference\n\nTHE MODERATOR: Questions for Coach Brekke.\n\nQ. Jamal Okonkwo-Reyes, Spokane Chronicle. Coach, what did you tell them at halftime?\n\nHALVARD BREKKE: To be loud.\n\nQ. Coach, you play the top seed on Friday. Ready?\n\nHALVARD BREKKE: We will be."
	checkQuotes(t, in, []wantQuote{{"Questions for Coach Brekke.", "The Moderator", ""},
		{"Jamal Okonkwo-Reyes, Spokane Chronicle. Coach, what did you tell them at halftime?", "Jamal Okonkwo-Reyes", ""},
		{"To be loud.", "Halvard Brekke", ""}, {"Coach, you play the top seed on Friday. Ready?", "a reporter", ""}, {"We will be.", "Halvard Brekke", ""}})
}

// TestAnyNewsTitledCapsLabels: a TV transcript's labels give the title
// after the name, in capitals ("RAFAEL QUINTANILLA, CNN CORRESPONDENT
// (voice-over):", "GOV. MARISELA DUNAWAY (D), KENTUCKY:"); each is the
// named speaker's turn, not more of the anchor's.
func TestAnyNewsTitledCapsLabels(t *testing.T) {
	t.Parallel()
	in := "CNN NEWSROOM\n\nAired September 18, 2025 - 14:00 ET\n\nELLISON FAIRWEATHER, CNN ANCHOR: Hello, I'm Ellison Fairweather. We begin with breaking news.\n\n(BEGIN VIDEOTAPE)\n\nRAFAEL QUINTANILLA, CNN CORRESPONDENT (voice-over): It happened at 3:12 a.m.\n\nGOV. MARISELA DUNAWAY (D), KENTUCKY: Nobody is going home today.\n\n(END VIDEOTAPE)\n\nFAIRWEATHER: A sobering report.\n\nFAIRWEATHER: We'll be right back."
	checkQuotes(t, in, []wantQuote{{"Hello, I'm Ellison Fairweather. We begin with breaking news.", "Ellison Fairweather", ""},
		{"It happened at 3:12 a.m.", "Rafael Quintanilla", ""}, {"Nobody is going home today.", "Marisela Dunaway", ""},
		{"A sobering report.", "Ellison Fairweather", ""}, {"We'll be right back.", "Ellison Fairweather", ""}})
}

// TestAnyNewsUnnamedSourceParagraph: "she said" opening the paragraph
// after "A former member of the library board, who asked not to be named
// ..., said ..." is that unnamed source, not the woman named last; a
// source named in apposition ("A trader, Mrs Folasade Adeniran, said")
// keeps her name.
func TestAnyNewsUnnamedSourceParagraph(t *testing.T) {
	t.Parallel()
	in := "Verlie Castlebury has driven the bookmobile for 31 years. “People wave at me like I'm the ice cream truck,” Castlebury said.\n\nA former member of the library board, who asked not to be named because she still works for the county, said the vote had less to do with money than with nostalgia.\n\n“There was a feeling that it was nostalgia,” she said.\n\nA trader, Mrs Folasade Adeniran, said she now spent N4,000 a week on canoe fares.\n\n“Before this bridge collapsed, I would just take okada,” she said."
	checkQuotes(t, in, []wantQuote{{"People wave at me like I'm the ice cream truck,", "Verlie Castlebury", ""},
		{"There was a feeling that it was nostalgia,", "A former member of the library board", ""},
		{"Before this bridge collapsed, I would just take okada,", "Folasade Adeniran", ""}})
}
