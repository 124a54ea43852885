package extract

import "testing"

// TestAnyNewsSubjectAfterFrontedPlace: "Back in Stoke, Ellery said ..."
// names the speaker after a fronted place; the surname after the comma
// is the sentence's subject, not the region of the place ("in Batley,
// West Yorkshire"), so the "she" of the quote after it is her.
func TestAnyNewsSubjectAfterFrontedPlace(t *testing.T) {
	t.Parallel()
	in := "The Courier - Back to home\n\n" +
		"Margaret Ellery, 78, from Stoke-on-Trent, has been waiting 71 weeks for a hip replacement.\n\n" +
		"The health minister, Rachel Dunmore, said the overall list had fallen for three months.\n\n" +
		"Dunmore was asked whether she would apologise to patients such as Ellery.\n\n" +
		"Back in Stoke, Ellery said she did not much mind who was to blame. \"I just want to walk my granddaughter to school,\" she said."
	checkSpeakerOf(t, in, "I just want to walk my granddaughter to school,", "Margaret Ellery")
}

// TestAnyNewsRoleLabelsNamedInTheStory: a transcript a story carries
// labels its speakers by their part alone ("DISPATCHER:", "CALLER:",
// "Coroner:"); the story names who filled each part ("Dispatcher Kyle
// Brandt", "The caller, 34-year-old Marisa Tolliver", "Area coroner Dr
// Yvonne Kettle"), and the turns are theirs. A label that is someone's
// surname stays theirs.
func TestAnyNewsRoleLabelsNamedInTheStory(t *testing.T) {
	t.Parallel()
	call := "The caller, 34-year-old Marisa Tolliver of Roseville, was clinging to the hull when she dialled 911. " +
		"Dispatcher Kyle Brandt, who has worked at the centre for six years, took the call.\n\n" +
		"A portion of the call is below.\n\n" +
		"DISPATCHER: 911, what is the address of your emergency?\n\n" +
		"CALLER: We're on the lake, our boat flipped.\n\n" +
		"DISPATCHER: OK, ma'am, I'm getting you help."
	checkQuotes(t, call, []wantQuote{{"911, what is the address of your emergency?", "Kyle Brandt", ""},
		{"We're on the lake, our boat flipped.", "Marisa Tolliver", ""},
		{"OK, ma'am, I'm getting you help.", "Kyle Brandt", ""}})
	inquest := "Farm owner Desmond Airey, 62, said he had assumed the teenager knew what he was doing.\n\n" +
		"Area coroner Dr Yvonne Kettle asked him about a leaflet sent to the farm. The exchange went:\n\n" +
		"Coroner: Do you remember receiving this?\n\n" +
		"Airey: I don't remember that one.\n\n" +
		"Coroner: Thank you for your candour."
	checkQuotes(t, inquest, []wantQuote{{"Do you remember receiving this?", "Yvonne Kettle", ""},
		{"I don't remember that one.", "Desmond Airey", ""},
		{"Thank you for your candour.", "Yvonne Kettle", ""}})
}

// TestAnyNewsWitnessCalledAndExaminerOnQuestion: a reporter's transcript
// names the witness over "called as a witness by the People, having been
// previously sworn", whose "A." turns are theirs, and a question that
// names a new examiner on its own line ("Q. BY MS. ADEYEMI: Your report
// ...?") is that examiner's, the label no part of the words.
func TestAnyNewsWitnessCalledAndExaminerOnQuestion(t *testing.T) {
	t.Parallel()
	in := "REPORTER'S TRANSCRIPT OF PROCEEDINGS\n\n" +
		"APPEARANCES:\nFor the People:     ANTHONY KESSLER, Deputy District Attorney\nFor the Defendant:  NKECHI ADEYEMI, Attorney at Law\n\n" +
		"                    ARTURO SANDOVAL,\n" +
		"called as a witness by the People, having been previously sworn, resumed the stand and testified further as follows:\n\n" +
		"                    CROSS-EXAMINATION (Resumed)\n" +
		"BY MR. KESSLER:\n\n" +
		"     Q. Investigator, where did the fire start?\n\n" +
		"     A. In the back storeroom.\n\n" +
		"     Q. BY MS. ADEYEMI: Your report, that's People's 41?\n\n" +
		"     A. Yes.\n\n" +
		"     Q. And you did not test the cord?\n\n" +
		"     A. No."
	checkQuotes(t, in, []wantQuote{{"Investigator, where did the fire start?", "Anthony Kessler", ""},
		{"In the back storeroom.", "Arturo Sandoval", ""},
		{"Your report, that's People's 41?", "Adeyemi", ""},
		{"Yes.", "Arturo Sandoval", ""},
		{"And you did not test the cord?", "Adeyemi", ""},
		{"No.", "Arturo Sandoval", ""}})
}

// TestAnyNewsChairInPluralQuestionersList: a committee's Hansard lists
// "Questioners: Braithwaite, Senator Rhys (NSW); Fairweather, Senator
// Nadia (Chair)", and its "CHAIR:" turns are the senator marked chair.
func TestAnyNewsChairInPluralQuestionersList(t *testing.T) {
	t.Parallel()
	in := "Committee Hansard\nESTIMATES\n\n" +
		"Members in attendance: Senators Braithwaite, Fairweather, Okoli\n" +
		"Questioners: Braithwaite, Senator Rhys (NSW); Okoli, Senator Adaeze (Vic.); Fairweather, Senator Nadia (Chair)\n\n" +
		"CHAIR: We will now resume with the Bureau. Dr Halvorsen, would you like to make a statement?\n\n" +
		"Dr Halvorsen: Thank you, Chair, just briefly.\n\n" +
		"CHAIR: Thank you. Senator Braithwaite.\n\n" +
		"Senator BRAITHWAITE: When did the radar fail?"
	checkSpeakerOf(t, in, "We will now resume with the Bureau. Dr Halvorsen, would you like to make a statement?", "Nadia Fairweather")
	checkSpeakerOf(t, in, "Thank you. Senator Braithwaite.", "Nadia Fairweather")
}

// TestAnyNewsDocumentSpeaksForItsIssuer: "“...,” the commentary said"
// and the like are the words of whoever the story says issued the
// document: the agency that carried a commentary, the auditors a report
// was by, the rabbi who issued a letter, the office that has a warning
// out, the department that said it in a statement.
func TestAnyNewsDocumentSpeaksForItsIssuer(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ in, quote, want string }{
		{"Seoul announced the video letters on Monday.\n\nHours after the announcement, North Korea's Korean Central News Agency (KCNA) carried a commentary denouncing the plan. " +
			"\"The puppets' cries are nothing but a smoke screen,\" the commentary said.",
			"The puppets' cries are nothing but a smoke screen,", "Korean Central News Agency"},
		{"The council's new finance system has cost three times its budget.\n\nAccording to a report by auditors Keller Aston, the total cost is now forecast at £27.4 million.\n\n" +
			"\"Officers described to us a routine of manual checks,\" the report states.",
			"Officers described to us a routine of manual checks,", "Keller Aston"},
		{"Rabbi Yehoshua Mandelbaum, a prominent figure in the community, issued a letter on Thursday. " +
			"\"Anyone who can prevent harm to a child and does not do so bears a heavy responsibility,\" the letter read.",
			"Anyone who can prevent harm to a child and does not do so bears a heavy responsibility,", "Yehoshua Mandelbaum"},
		{"The Met Office has an amber warning for wind in place from 9am.\n\nThe warning says there is a \"danger to life from flying debris\".",
			"danger to life from flying debris", "Met Office"},
		{"A fire razed a longhouse in Baram early on Thursday.\n\nThe blaze destroyed all the units within an hour, the Sarawak Fire and Rescue Department said in a statement.\n\n" +
			"Firefighters took nearly 90 minutes to reach the site.\n\n\"Upon arrival, the fire had already spread to 90 per cent of the structure,\" the statement said.",
			"Upon arrival, the fire had already spread to 90 per cent of the structure,", "Sarawak Fire and Rescue Department"},
	} {
		checkQuotes(t, c.in, []wantQuote{{c.quote, c.want, ""}})
	}
}

// TestAnyNewsSpeakerLinesOverTimes: a record that heads each speech with
// the member's name on a line and the time on the next ("Rhodri
// Gethin-Powell" over "14:32:15"), some with a note that the words are
// translated, gives each speech to the member named over it.
func TestAnyNewsSpeakerLinesOverTimes(t *testing.T) {
	t.Parallel()
	in := "Record of Proceedings\nPlenary\n\n" +
		"Llyr ap Dafydd\n14:31:06\n\nThe following is a translation of the original Welsh speech:\n\n" +
		"Thank you, Llywydd. In Ceredigion this year, 212 pupils lost their free transport.\n\n" +
		"Cabinet Secretary for Education\nRhodri Gethin-Powell\n14:32:15\n\n" +
		"Thank you, Llyr, for raising this important issue.\n\n" +
		"Llyr ap Dafydd\n14:33:40\n\nThe council tells me it is a matter of money.\n\n" +
		"Rhodri Gethin-Powell\n14:34:02\n\nWe've increased the local government settlement by 4.3 per cent this year."
	checkQuotes(t, in, []wantQuote{{"Thank you, Llywydd. In Ceredigion this year, 212 pupils lost their free transport.", "Llyr ap Dafydd", ""},
		{"Thank you, Llyr, for raising this important issue.", "Rhodri Gethin-Powell", ""},
		{"The council tells me it is a matter of money.", "Llyr ap Dafydd", ""},
		{"We've increased the local government settlement by 4.3 per cent this year.", "Rhodri Gethin-Powell", ""}})
}

// TestAnyNewsHeadlineSpeakerNoOneInTheStory: a headline's quotation
// read as the words of a name the story never gives a quote to ("Serbia"
// in "US envoy says Serbia, Kosovo close to deal, warns of 'last
// window'") is the story's quote of the same words, the envoy's.
func TestAnyNewsHeadlineSpeakerNoOneInTheStory(t *testing.T) {
	t.Parallel()
	in := "Reuters\nWorld\nBusiness\n\nEurope\n\n" +
		"US envoy says Serbia, Kosovo close to deal on power grid, warns of 'last window'\n\n" +
		"By Marko Ellis\n\nBRUSSELS, Dec 3 (Reuters) - Serbia and Kosovo are close to an agreement on the grid, the U.S. special envoy for the Western Balkans, Gareth Pellham, said on Wednesday.\n\n" +
		"\"This is the last window before the campaigns start. After that, nobody will want to be seen giving anything,\" Pellham said in an interview."
	checkSpeakerOf(t, in, "last window", "Gareth Pellham")
}

// TestAnyNewsNameInTheTitle: "Heather Lumb, Flood Risk Manager for the
// Environment Agency, said" and "the Recorder of Manchester, Judge
// Patrick Veasey KC, said" are the people named, not the offices; "the
// Portuguese tactician" is the coach named before.
func TestAnyNewsNameInTheTitle(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ in, quote, want string }{
		{"The barriers went up in 84 minutes.\n\nHeather Lumb, Flood Risk Manager for the Environment Agency in West Yorkshire, said: \"Demountable defences give us flexibility.\"",
			"Demountable defences give us flexibility.", "Heather Lumb"},
		{"Jailing him for 20 months, the Recorder of Manchester, Judge Patrick Veasey KC, said: 'You were told, not once but twice, that this dog was dangerous.'",
			"You were told, not once but twice, that this dog was dangerous.", "Patrick Veasey"},
		{"Yanga's head coach, Miguel Fonseca, did not hide his anger at the post-match press conference.\n\n\"I have been in football for 30 years. That is a goal in every country in the world,\" the Portuguese tactician said.",
			"I have been in football for 30 years. That is a goal in every country in the world,", "Miguel Fonseca"},
	} {
		checkSpeakerOf(t, c.in, c.quote, c.want)
		found := false
		for _, q := range Extract(c.in).Quotes {
			found = found || q.Text == c.quote
		}
		if !found {
			t.Errorf("%q not found", c.quote)
		}
	}
}

// TestAnyNewsPronounWithNoMentionBefore: a briefing whose "he" the
// models gave a speaker named nowhere before it (an outlet's label
// asking) no longer reads a mention at token -1.
func TestAnyNewsPronounWithNoMentionBefore(t *testing.T) {
	t.Parallel()
	text, _ := loadGenre(t, "mofcom_regular_press_conference_ev_export_licensing")
	checkInvariants(t, text, Extract(text))
}

// TestAnyNewsPresenterOfTheShowAndChairInAttendance: a phone-in's
// "PRESENTER:" is the one the programme is named after ("called Nadia
// Brookfield's morning show"); an estimates hearing's "CHAIR:" is the
// senator "Members in attendance: Senators Josephine Halloran (Chair),
// ..." marks, named in full.
func TestAnyNewsPresenterOfTheShowAndChairInAttendance(t *testing.T) {
	t.Parallel()
	show := "Trevor, from Croydon, called Nadia Brookfield's morning show after the ban was confirmed.\n\n" +
		"PRESENTER: Trevor in Croydon, good morning. You're not happy.\n\n" +
		"CALLER: Morning, Nadia. No, I'm not.\n\n" +
		"PRESENTER: Have you measured it?"
	checkSpeakerOf(t, show, "Trevor in Croydon, good morning. You're not happy.", "Nadia Brookfield")
	checkSpeakerOf(t, show, "Have you measured it?", "Nadia Brookfield")
	hearing := "Committee Hansard\n\nMembers in attendance: Senators Josephine Halloran (Chair), Callum McInally, Dale Rossiter\n\n" +
		"CHAIR: I welcome officers of the Bureau. Dr Vaughan, would you like to make an opening statement?\n\n" +
		"Dr Vaughan: Thank you, Chair. Very briefly.\n\n" +
		"CHAIR: Thank you. Senator McInally."
	checkSpeakerOf(t, hearing, "Thank you. Senator McInally.", "Josephine Halloran")
}

// TestAnyNewsTheAgencyIsTheBodyJustNamed: "the agency said" after a
// sentence naming a public body by its acronym or its name ending in a
// body's word is that body.
func TestAnyNewsTheAgencyIsTheBodyJustNamed(t *testing.T) {
	t.Parallel()
	checkSpokenBy(t, "Rosalind Tremaine filed the complaint in March.\n\nIn a statement, the TSA said it \"takes all allegations of misconduct seriously\". The agency said covert testing is \"designed to identify vulnerabilities so they can be fixed\".",
		"designed to identify vulnerabilities so they can be fixed", "TSA")
	checkSpokenBy(t, "Lumo is recalling about 180,000 rings.\n\nAccording to a notice posted by the US Consumer Product Safety Commission on Thursday, Lumo has received 63 reports of swelling. The agency said consumers should \"immediately stop using the recalled rings\".",
		"immediately stop using the recalled rings", "US Consumer Product Safety Commission")
}

// checkSpokenBy checks that the extractor finds quotation text in input
// and gives it the speaker want.
func checkSpokenBy(t *testing.T, input, text, want string) {
	t.Helper()
	checkQuoteSpeaker(t, input, text, func(q string) bool { return q == text }, want)
}

// TestAnyNewsOccupationEpithets: "the cleric", "the accountant"'s
// kin ("the mother-of-three") and the like stand for the one person
// named just before.
func TestAnyNewsOccupationEpithets(t *testing.T) {
	t.Parallel()
	checkSpokenBy(t, "Friday prayer leader Mohammad-Hossein Vaezi-Nejad addressed worshippers in Mashhad.\n\n\"Water is a trust from God,\" the cleric said.",
		"Water is a trust from God,", "Mohammad-Hossein Vaezi-Nejad")
	checkSpokenBy(t, "Gemma Laithwaite, 38, says the lights shine into her garden every night.\n\n\"It's like living next to a football stadium,\" the mother-of-three said.",
		"It's like living next to a football stadium,", "Gemma Laithwaite")
}

// TestAnyNewsReportedByAgencyAfterItsDescription: "..., state news
// agency RIA reported." names the agency the words came through, not
// their speaker, who is the sentence's subject, a body named by its
// owner's possessive ("Russia's embassy in Ottawa").
func TestAnyNewsReportedByAgencyAfterItsDescription(t *testing.T) {
	t.Parallel()
	in := "Canada imposed sanctions on 12 tankers on Tuesday.\n\nRussia's embassy in Ottawa called the sanctions unlawful and said they would \"only raise costs for Canadian consumers,\" state news agency RIA reported."
	checkQuotes(t, in, []wantQuote{{"only raise costs for Canadian consumers,", "Russia's embassy in Ottawa", "RIA"}})
}

// TestAnyNewsNameOfItsBody: "First Minister Niamh Ó Dálaigh of Sinn
// Féin said" and "says marine biologist Nadia El-Sayed of King Abdullah
// University of Science and Technology" read as the body titled with
// the person's name give the person.
func TestAnyNewsNameOfItsBody(t *testing.T) {
	t.Parallel()
	checkSpokenBy(t, "Talks on the budget have broken down.\n\nFirst Minister Niamh Ó Dálaigh of Sinn Féin said the DUP had walked away from a deal that was \"there to be done\".",
		"there to be done", "Niamh Ó Dálaigh")
	checkSpokenBy(t, "Corals that swapped their algae survived, researchers report in Science Advances.\n\n"+
		"\"It's a bit like changing your tires before a snowstorm,\" says marine biologist Nadia El-Sayed of King Abdullah University of Science and Technology in Thuwal, Saudi Arabia. \"The coral doesn't change. What it carries with it does.\"",
		"The coral doesn't change. What it carries with it does.", "Nadia El-Sayed")
}

// TestAnyNewsPhoneInCallersAndCounselInAStory: a phone-in's "CALLER:"
// turns are the caller the presenter last greeted by name ("Trevor in
// Croydon, good morning.", "Bukola, you heard Trevor earlier."); an
// exchange a story prints "Under cross-examination by Gráinne Ní Bhriain
// SC, ...:" gives its "Counsel:" turns to that lawyer.
func TestAnyNewsPhoneInCallersAndCounselInAStory(t *testing.T) {
	t.Parallel()
	show := "Nadia Brookfield took calls on the ban on Tuesday's show.\n\n" +
		"PRESENTER: Trevor in Croydon, good morning. You're not happy.\n\n" +
		"CALLER: Morning, Nadia. No, I'm not. My road is a terrace.\n\n" +
		"PRESENTER: Have you measured it?\n\n" +
		"CALLER: I haven't got a tape measure in the house.\n\n" +
		"PRESENTER: Bukola, you heard Trevor earlier.\n\n" +
		"CALLER: I did, and I'm sure he's a lovely man."
	checkSpokenBy(t, show, "Morning, Nadia. No, I'm not. My road is a terrace.", "Trevor")
	checkSpokenBy(t, show, "I haven't got a tape measure in the house.", "Trevor")
	checkSpokenBy(t, show, "I did, and I'm sure he's a lovely man.", "Bukola")
	trial := "Cathal Furlong, the shotfirer on the day, said road closures had been the foreman's job.\n\n" +
		"Under cross-examination by Gráinne Ní Bhriain SC, for the company, the following exchange took place:\n\n" +
		"Counsel: Mr Furlong, you've been a shotfirer for 19 years.\n\n" +
		"Furlong: I was satisfied. I was told it was clear.\n\n" +
		"Counsel: Told by whom?"
	checkSpokenBy(t, trial, "Told by whom?", "Gráinne Ní Bhriain")
}

// TestAnyNewsDefendantWhoPleaded: "THE DEFENDANT:" in a hearing a story
// carries is the one it says pleaded guilty ("Gary Mulhearn, 63, of
// Parma, pleaded guilty in June to ...").
func TestAnyNewsDefendantWhoPleaded(t *testing.T) {
	t.Parallel()
	in := "Gary Mulhearn, 63, of Parma, pleaded guilty in June to wire fraud.\n\n" +
		"Before the sentence was announced, U.S. District Judge Cornelia Whitlock questioned Mulhearn directly. According to the transcript of the hearing:\n\n" +
		"THE COURT: Mr. Mulhearn, what was in the fund that weekend?\n\n" +
		"THE DEFENDANT: About $600,000 less than there should have been, your honor.\n\n" +
		"THE COURT: And you knew that?\n\n" +
		"THE DEFENDANT: Yes, ma'am."
	checkSpokenBy(t, in, "About $600,000 less than there should have been, your honor.", "Gary Mulhearn")
	checkSpokenBy(t, in, "Mr. Mulhearn, what was in the fund that weekend?", "Cornelia Whitlock")
}

// TestAnyNewsBareSpokespersonSpeaksForItsBody: "Stratumhost, said
// through a spokesperson that it ..." and "Royal Mail said it was
// supporting him. A spokesperson said: ..." are the body's words, not a
// spokesperson of no one; "a spokesperson for a national federation"
// keeps the body named after it.
func TestAnyNewsBareSpokespersonSpeaksForItsBody(t *testing.T) {
	t.Parallel()
	checkSpokenBy(t, "One of the cloud providers named in the issue, Stratumhost, said through a spokesperson that it \"values the open source community\".",
		"values the open source community", "Stratumhost")
	checkSpokenBy(t, "Royal Mail said it was continuing to support Mr Cullen. A spokesperson said: \"Dog attacks on our postmen and women are completely unacceptable.\"",
		"Dog attacks on our postmen and women are completely unacceptable.", "Royal Mail")
}

// TestAnyNewsInterviewIntroducedInFirstPerson: an interview whose first
// turns only are labelled, introduced paragraphs above by its writer
// ("Today, I'm talking with Marguerite Oduya-Lang, CEO of Pixelwright,
// whose Voyager handheld ..."), gives its unlabelled answers to the one
// talked with, not to the product named most.
func TestAnyNewsInterviewIntroducedInFirstPerson(t *testing.T) {
	t.Parallel()
	in := "by Nilay Castellano, Editor-in-Chief\n\n" +
		"[Image: Marguerite Oduya-Lang holding the Pixelwright Voyager handheld.]\n\n" +
		"Today, I'm talking with Marguerite Oduya-Lang, CEO of Pixelwright, whose Voyager handheld sold out in nine minutes. The second Voyager costs $649.\n\n" +
		"Marguerite and I talked about why the Voyager price went up.\n\n" +
		"This transcript has been lightly edited for length and clarity.\n\n" +
		"Nilay Castellano: Marguerite Oduya-Lang, you're the CEO of Pixelwright. Welcome to Decoder.\n\n" +
		"Marguerite Oduya-Lang: Thanks for having me.\n\n" +
		"The Voyager 2 is $649. The first Voyager was $499. Why?\n\n" +
		"Three reasons. One is memory. Two is tariffs.\n\n" +
		"So you're not making a big margin on the Voyager?\n\n" +
		"We're making a margin. I won't pretend we're not."
	checkSpokenBy(t, in, "Three reasons. One is memory. Two is tariffs.", "Marguerite Oduya-Lang")
	checkSpokenBy(t, in, "We're making a margin. I won't pretend we're not.", "Marguerite Oduya-Lang")
}

// TestAnyNewsCallerNamedInLabelAndJusticeAsTheCourt: a call-in show's
// "DESMOND, CALLER:" is Desmond, and "THE COURT:" in an exchange a story
// carries is the justice it names ("Justice Amira Kowalczuk-Bell
// questioned ...").
func TestAnyNewsCallerNamedInLabelAndJusticeAsTheCourt(t *testing.T) {
	t.Parallel()
	show := "RENATA ASHBY-COLE: Let's go to the phones. Desmond in Congress Heights, you're on the air.\n\n" +
		"DESMOND, CALLER: Hi Renata, thanks. Don't touch the camera. Please.\n\n" +
		"RENATA ASHBY-COLE: Let's hear from Priscilla in Silver Spring.\n\n" +
		"PRISCILLA, CALLER: Yes, hi. I got three tickets in one week."
	checkSpokenBy(t, show, "Hi Renata, thanks. Don't touch the camera. Please.", "Desmond")
	checkSpokenBy(t, show, "Yes, hi. I got three tickets in one week.", "Priscilla")
	court := "Justice Amira Kowalczuk-Bell questioned defence lawyer Faisal Oduya about the shift schedule. According to a transcript of the exchange:\n\n" +
		"THE COURT: Was a 13-hour shift unusual?\n\n" +
		"MR. ODUYA: Not that winter, Your Honour.\n\n" +
		"THE COURT: That's not a defence, Mr. Oduya."
	checkSpokenBy(t, court, "Was a 13-hour shift unusual?", "Amira Kowalczuk-Bell")
}
