package extract

import (
	"strings"
	"testing"
)

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

// TestAnyNewsLordsShareLines: the Lords' record online puts "Share this
// specific contribution" between each member's line and their words; it
// neither speaks nor ends the turn, and the minister's office with her
// name in brackets is hers.
func TestAnyNewsLordsShareLines(t *testing.T) {
	t.Parallel()
	in := "Lords Chamber | Tuesday 3 February 2026\n\nMusic Education: Instrument Loan Services\n\n" +
		"Baroness Pellingham (Lab)\nShare this specific contribution\nMy Lords, I beg leave to ask the Question standing in my name on the Order Paper.\n\n" +
		"The Parliamentary Under-Secretary of State, Department for Education (Baroness Ashcombe-Rae) (Lab)\nShare this specific contribution\nMy Lords, every child should have the chance to learn an instrument.\n\n" +
		"Lord Fairlie of Stonehouse (Con)\nShare this specific contribution\nMy Lords, the county lent me a trombone. Would she consider an amnesty?\n\n" +
		"Baroness Ashcombe-Rae (Lab)\nShare this specific contribution\nMy Lords, that is a genuinely interesting idea."
	checkQuotes(t, in, []wantQuote{{"My Lords, I beg leave to ask the Question standing in my name on the Order Paper.", "Baroness Pellingham", ""},
		{"My Lords, every child should have the chance to learn an instrument.", "Baroness Ashcombe-Rae", ""},
		{"My Lords, the county lent me a trombone. Would she consider an amnesty?", "Lord Fairlie of Stonehouse", ""},
		{"My Lords, that is a genuinely interesting idea.", "Baroness Ashcombe-Rae", ""}})
}

// TestAnyNewsInquiryTranscript: a British inquiry's transcript names its
// chair under "Before:", counsel in a list, each witness as they take
// the oath ("MS ANWEN GRIFFITHS (affirmed)") and who questions them
// ("Examination by MR DRUMMOND-WEIR"): the "Q." turns are counsel's by
// full name, the "A." turns the witness's, "THE CHAIR:" the chair's; a
// second witness's answers are hers.
func TestAnyNewsInquiryTranscript(t *testing.T) {
	t.Parallel()
	in := "THE CARROWMILL FOOTBRIDGE INQUIRY\n\nBefore:\nHIS HONOUR SIR MALCOLM ATHERSTONE (Chair)\n\n" +
		"Counsel to the Inquiry: MR IAN DRUMMOND-WEIR KC, MS PRIYA SANDHU\n\n(10.00 am)\n\n" +
		"THE CHAIR: Good morning, everyone. Mr Drummond-Weir.\n\n" +
		"MR DRUMMOND-WEIR: Good morning, sir. The first witness is Ms Anwen Griffiths.\n\n" +
		"MS ANWEN GRIFFITHS (affirmed)\n\nExamination by MR DRUMMOND-WEIR\n\n" +
		"Q. Could you give the Inquiry your full name, please?\n\nA. Anwen Mair Griffiths.\n\n" +
		"Q. Whose decision was it to hire that bridge?\n\nA. It was a joint decision, but I signed the order.\n\n" +
		"THE CHAIR: Thank you. We will rise for ten minutes.\n\n" +
		"MR CORMAC FENWICK (sworn)\n\nExamination by MS SANDHU\n\n" +
		"Q. Where were you at 11.14?\n\nA. At the south end of the bridge."
	checkQuotes(t, in, []wantQuote{{"Good morning, everyone. Mr Drummond-Weir.", "Malcolm Atherstone", ""},
		{"Good morning, sir. The first witness is Ms Anwen Griffiths.", "Ian Drummond-Weir", ""},
		{"Could you give the Inquiry your full name, please?", "Ian Drummond-Weir", ""},
		{"Anwen Mair Griffiths.", "Anwen Griffiths", ""},
		{"Whose decision was it to hire that bridge?", "Ian Drummond-Weir", ""},
		{"It was a joint decision, but I signed the order.", "Anwen Griffiths", ""},
		{"Thank you. We will rise for ten minutes.", "Malcolm Atherstone", ""},
		{"Where were you at 11.14?", "Priya Sandhu", ""},
		{"At the south end of the bridge.", "Cormac Fenwick", ""}})
}

// TestAnyNewsLokSabhaRecord: Lok Sabha's record labels members in
// capitals with "SHRI" or "SHRIMATI", which are no part of the name, and
// a minister by office with the name in brackets; a page's "Title:" line
// is no one's turn, and a turn's paragraph ending in
// "...(Interruptions)" goes on with it.
func TestAnyNewsLokSabhaRecord(t *testing.T) {
	t.Parallel()
	in := "LOK SABHA DEBATES\n\nTitle: Need to address accidents caused by stray cattle on National Highways.\n\n" +
		"HON. SPEAKER: Now, Zero Hour. Shri Bhanwar Lal Sihag ji.\n\n" +
		"SHRI BHANWAR LAL SIHAG (CHURU): Hon. Speaker Sir, thank you for the opportunity.\n\n" +
		"Sir, on NH-52 alone, 37 persons have lost their lives this year.\n\n" +
		"Two weeks ago a young doctor was killed. It cannot go on.\"...(Interruptions)\n\n" +
		"HON. SPEAKER: Please, please. Let him complete.\n\n" +
		"SHRIMATI PARAMJEET KAUR DHILLON: Sir, I associate myself.\n\n" +
		"THE MINISTER OF STATE IN THE MINISTRY OF ROAD TRANSPORT AND HIGHWAYS (SHRI DEVENDRA NATH PANIGRAHI): Hon. Speaker Sir, I thank the Hon. Members.\n\n" +
		"SHRI BHANWAR LAL SIHAG: Sir, fence the accident spots."
	res := Extract(in)
	want := map[string]string{"Hon. Speaker Sir, thank you for the opportunity.": "Bhanwar Lal Sihag",
		"Sir, on NH-52 alone, 37 persons have lost their lives this year.": "Bhanwar Lal Sihag",
		"Sir, I associate myself.":                    "Paramjeet Kaur Dhillon",
		"Hon. Speaker Sir, I thank the Hon. Members.": "Devendra Nath Panigrahi",
		"Sir, fence the accident spots.":              "Bhanwar Lal Sihag"}
	got := map[string]string{}
	for _, q := range res.Quotes {
		got[q.Text] = q.Speaker
		if strings.HasPrefix(q.Text, "Need to address") {
			t.Errorf("the page's Title: line is a turn: %q", q.Text)
		}
	}
	for text, speaker := range want {
		if got[text] != speaker {
			t.Errorf("%q: speaker %q, want %q", text, got[text], speaker)
		}
	}
	if _, ok := got["Two weeks ago a young doctor was killed. It cannot go on.\"...(Interruptions)"]; !ok {
		t.Errorf("the paragraph ending in ...(Interruptions) is no turn: got %v", got)
	}
}

// TestAnyNewsPublicationAsks: an interview whose questions are labelled
// with the publication ("The 19th:", "Al Jazeera:") that the
// introduction says spoke to the subject: the questions are the byline
// writer's, whose name may hold a particle ("Hind al-Saadi"); a paragraph
// of the story between turns that names the publication is no answer,
// and one opening with a stage direction ("[pauses] ...") is.
func TestAnyNewsPublicationAsks(t *testing.T) {
	t.Parallel()
	in := "Nevada’s labor commissioner wants bigger penalties.\n\nAdaeze Okonkwo-Reyes talks to The 19th about complaints.\n\nBy Hannah Lisowski\nMay 13, 2025\n\n" +
		"The 19th: What kinds of cases are you seeing most?\n\n" +
		"Okonkwo-Reyes: Retaliation, by far.\n\n[pauses] By the time she came to us, she’d had the baby.\n\n" +
		"The 19th: What do you say to employers?\n\n" +
		"Okonkwo-Reyes: I say I’ve met with those groups.\n\n" +
		"The Nevada Restaurant Association did not respond to a request for comment from The 19th. In written testimony, the association said it “supports the goals of the bill”.\n\n" +
		"The 19th: Are you optimistic?\n\nOkonkwo-Reyes: I’m professionally not optimistic."
	checkQuotes(t, in, []wantQuote{{"What kinds of cases are you seeing most?", "Hannah Lisowski", ""},
		{"Retaliation, by far.", "Adaeze Okonkwo-Reyes", ""},
		{"[pauses] By the time she came to us, she’d had the baby.", "Adaeze Okonkwo-Reyes", ""},
		{"What do you say to employers?", "Hannah Lisowski", ""},
		{"I say I’ve met with those groups.", "Adaeze Okonkwo-Reyes", ""},
		{"supports the goals of the bill", "Nevada Restaurant Association", ""},
		{"Are you optimistic?", "Hannah Lisowski", ""},
		{"I’m professionally not optimistic.", "Adaeze Okonkwo-Reyes", ""}})
	aj := "Al Jazeera\n\n'Water is not a favour': UN expert on Basra\n\nBy Hind al-Saadi\nPublished On 3 Nov 2025\n\n" +
		"Al Jazeera spoke to Amara Ndiaye-Fofana about what she saw.\n\n" +
		"Al Jazeera: You spent four days in Basra. What stayed with you?\n\nAmara Ndiaye-Fofana: A mother in Siba.\n\n" +
		"Al Jazeera: What happens next?\n\nNdiaye-Fofana: I report to the council."
	checkQuotes(t, aj, []wantQuote{{"You spent four days in Basra. What stayed with you?", "Hind al-Saadi", ""},
		{"A mother in Siba.", "Amara Ndiaye-Fofana", ""},
		{"What happens next?", "Hind al-Saadi", ""},
		{"I report to the council.", "Amara Ndiaye-Fofana", ""}})
}

// TestAnyNewsArabicArticle: a name with the Arabic article in lower
// case ("Khalid al-Rubaie") is a name in an apposition, and the surname
// alone later ("Khafaji said") is the full name's.
func TestAnyNewsArabicArticle(t *testing.T) {
	t.Parallel()
	in := "A ministry spokesman, Khalid al-Rubaie, told reporters that Baghdad had \"repeatedly raised the issue\" with Turkey.\n\n" +
		"Raed al-Khafaji, an MP from Basra, spoke next. \"It is a decision,\" Khafaji said."
	checkQuotes(t, in, []wantQuote{{"repeatedly raised the issue", "Khalid al-Rubaie", ""},
		{"It is a decision,", "Raed al-Khafaji", ""}})
}

// TestAnyNewsNamesLikeThings: a given name ending as names of things do
// ("Felicity") is a person's; "X from the University" is X, the
// university her title; a nickname in quotation marks between given
// name and surname (Margaret "Peg" Dunstan) leaves the name whole, so
// "Mrs Dunstan" later is her.
func TestAnyNewsNamesLikeThings(t *testing.T) {
	t.Parallel()
	in := "Margaret \"Peg\" Dunstan was first through the doors, as she has been since 1971.\n\n" +
		"\"I put in $2,000,\" she says.\n\n" +
		"Rural economist Dr Felicity Ong from Charles Sturt University says community pubs have a mixed record.\n\n" +
		"\"The ones that survive stop thinking of themselves as a pub,\" she says.\n\n" +
		"Back at the bar, Mrs Dunstan is ordering her usual shandy.\n\n\"I know where they live,\" she says."
	checkQuotes(t, in, []wantQuote{{"I put in $2,000,", "Margaret Dunstan", ""},
		{"The ones that survive stop thinking of themselves as a pub,", "Felicity Ong", ""},
		{"I know where they live,", "Margaret Dunstan", ""}})
}

// TestAnyNewsBriefingDeskByline: a briefing's "Q:" under a byline that
// names the newsroom's desk ("By WSB-TV.com News Staff") is a reporter's,
// and "CAPT. ALVAREZ:" is the captain the page names in full.
func TestAnyNewsBriefingDeskByline(t *testing.T) {
	t.Parallel()
	in := "Sheriff gives update on missing kayakers\n\nBy WSB-TV.com News Staff\n\n" +
		"Pruitt was joined by Capt. Renata Alvarez of the Department of Natural Resources.\n\n" +
		"SHERIFF DALE PRUITT: Good afternoon. Captain Alvarez is going to talk about the search.\n\n" +
		"CAPT. RENATA ALVAREZ: Thank you, Sheriff. We have six boats on the water.\n\n" +
		"Q: Captain, is this still a rescue?\n\nCAPT. ALVAREZ: We are not making that call today.\n\n" +
		"Q: Sheriff, has the family said anything?\n\nSHERIFF PRUITT: They have asked for privacy."
	checkQuotes(t, in, []wantQuote{{"Good afternoon. Captain Alvarez is going to talk about the search.", "Dale Pruitt", ""},
		{"Thank you, Sheriff. We have six boats on the water.", "Renata Alvarez", ""},
		{"Captain, is this still a rescue?", "a reporter", ""},
		{"We are not making that call today.", "Renata Alvarez", ""},
		{"Sheriff, has the family said anything?", "a reporter", ""},
		{"They have asked for privacy.", "Dale Pruitt", ""}})
}

// TestAnyNewsAppositionWithOf: a name between commas after a role keeps
// the quote though an "of" phrase follows it ("..., K. Shanmugavel of
// the AIADMK, said"); a common noun opening a sentence before a name
// ("Villager Yang Meixiu") is no part of it.
func TestAnyNewsAppositionWithOf(t *testing.T) {
	t.Parallel()
	in := "Leader of the Opposition in the council, K. Shanmugavel of the AIADMK, said it was \"a burden on small traders\".\n\n" +
		"Villager Yang Meixiu, 52, said she heard \"a sound like thunder\" before dawn."
	checkQuotes(t, in, []wantQuote{{"a burden on small traders", "K. Shanmugavel", ""}, {"a sound like thunder", "Yang Meixiu", ""}})
}

// TestAnyNewsMembersLetters: the letters after a member's name ("TD")
// are no part of it, and a seat ending in a compass word ("Kildare
// North") before a given name is the title's; "One Labour MP, who asked
// not to be named," stays unnamed.
func TestAnyNewsMembersLetters(t *testing.T) {
	t.Parallel()
	in := "However, Sinn Féin’s mental health spokesperson, Pádraig Mac Gabhann TD, said the Government had made promises “for the best part of a decade”.\n\n" +
		"Labour TD for Kildare North Aoife Mernagh said she was dealing with cases “every single week”.\n\n" +
		"One Labour MP, who asked not to be named, said: “Nobody is panicking.”"
	checkQuotes(t, in, []wantQuote{{"for the best part of a decade", "Pádraig Mac Gabhann", ""},
		{"every single week", "Aoife Mernagh", ""}, {"Nobody is panicking.", "Labour MP", ""}})
}

// TestAnyNewsVideoCaptions: a video page's automatic captions, pasted
// with each line under its time and ">>" where the voice changes: the
// host who says who they are speaks first and after each break, ">>"
// passes the words to the guest the host last introduced, by the full
// name the page's description gives, and back.
func TestAnyNewsVideoCaptions(t *testing.T) {
	t.Parallel()
	in := "STRANDED! The flight is SHUT\n\nTowpath Tales with Gav\n\nI chat to lock-keeper Bernadette Oakes and to the boaters stuck behind it.\n\nTranscript\n\n" +
		"0:00\n[Music]\n0:06\nhello everyone welcome back it's Gav here and today i'm at the\n" +
		"0:11\nhatherley flight and it is not looking good\n" +
		"0:44\nright i've been joined by bernadette who is the lock-keeper here\n" +
		"0:49\n>> hiya gav you all right >> how long have you been on this flight\n" +
		"0:54\n>> sixteen years this february\n" +
		"1:52\n[Music]\n1:58\nso i've walked up to the long pound and this is dev\n" +
		"2:05\n>> twenty six days mate twenty six days\n" +
		"2:36\n>> what's the worst bit >> water honestly\n"
	checkQuotes(t, in, []wantQuote{{"hello everyone welcome back it's Gav here and today i'm at the", "Gav", ""},
		{"hatherley flight and it is not looking good", "Gav", ""},
		{"right i've been joined by bernadette who is the lock-keeper here", "Gav", ""},
		{"hiya gav you all right", "Bernadette Oakes", ""},
		{"how long have you been on this flight", "Gav", ""},
		{"sixteen years this february", "Bernadette Oakes", ""},
		{"so i've walked up to the long pound and this is dev", "Gav", ""},
		{"twenty six days mate twenty six days", "Dev", ""},
		{"what's the worst bit", "Gav", ""},
		{"water honestly", "Dev", ""}})
}

// TestAnyNewsUNRecord: a United Nations record labels the president
// "The President (spoke in French):", named in the header's
// "President:<TAB>Mr. Delacroix-Ambe<TAB>(France)", and members by name
// with their country and how they spoke in brackets.
func TestAnyNewsUNRecord(t *testing.T) {
	t.Parallel()
	in := "United Nations\tS/PV.9874\nSecurity Council\n\nPresident:\tMr. Delacroix-Ambe\t(France)\n\n" +
		"The President (spoke in French): I give the floor to Ms. Sesay-Doumbia.\n\n" +
		"Ms. Sesay-Doumbia: I thank the Council for the opportunity to brief.\n\n" +
		"The President (spoke in French): I thank Ms. Sesay-Doumbia for her briefing.\n\n" +
		"Mr. Sokolnikov (Russian Federation) (spoke in Russian): We thank the briefer.\n\n" +
		"The President (spoke in French): The meeting rose at 12.10 p.m."
	checkQuotes(t, in, []wantQuote{{"I give the floor to Ms. Sesay-Doumbia.", "Delacroix-Ambe", ""},
		{"I thank the Council for the opportunity to brief.", "Sesay-Doumbia", ""},
		{"I thank Ms. Sesay-Doumbia for her briefing.", "Delacroix-Ambe", ""},
		{"We thank the briefer.", "Sokolnikov", ""},
		{"The meeting rose at 12.10 p.m.", "Delacroix-Ambe", ""}})
}

// TestAnyNewsThreadPlainHeaders: a thread copied from the newest pages
// heads comments "MapleLeafMel • 6 hr. ago" (no "u/") and the post "r/toronto
// • 7 hr. ago" over its author; "Reply · 188" closes a comment; the
// post's title is no one's words, a paragraph the poster quotes whole is
// someone else's, and a reply's "> ..." line is the words of the comment
// it quotes.
func TestAnyNewsThreadPlainHeaders(t *testing.T) {
	t.Parallel()
	in := "r/toronto • 7 hr. ago\nstreetcar_sadness\n\nCarlaw Junction library branch closed after roof leak\nNews\n\n" +
		"Went to return books this morning and there's a sign on the door.\n\n" +
		"\"Following water ingress, the branch will remain closed.\"\n\n412 upvotes · 96 comments\nShare\n\n" +
		"MapleLeafMel • 6 hr. ago\nThis is the branch that got refreshed in 2019, right?\n\n  Reply · 188\n\n" +
		"tpl_staff_throwaway • 5 hr. ago\nI've worked there. It was reported. Multiple times.\n\n  Reply · 301\n\n" +
		"    Don_Valley_Dan • 5 hr. ago\n    > It was reported. Multiple times.\n    \n    This needs to be at the top.\n\n      Reply · 142\n"
	res := Extract(in)
	got := map[string]string{}
	for _, q := range res.Quotes {
		got[q.Text] = q.Speaker
	}
	want := map[string]string{"Went to return books this morning and there's a sign on the door.": "streetcar_sadness",
		"This is the branch that got refreshed in 2019, right?": "MapleLeafMel",
		"I've worked there. It was reported. Multiple times.":   "tpl_staff_throwaway",
		"It was reported. Multiple times.":                      "tpl_staff_throwaway",
		"This needs to be at the top.":                          "Don_Valley_Dan"}
	for text, speaker := range want {
		if got[text] != speaker {
			t.Errorf("%q: speaker %q, want %q (all: %v)", text, got[text], speaker, got)
		}
	}
	if sp, ok := got["Carlaw Junction library branch closed after roof leak"]; ok {
		t.Errorf("the post's title is a turn of %q", sp)
	}
	if got["Following water ingress, the branch will remain closed."] == "streetcar_sadness" {
		t.Errorf("the statement the poster quotes is the poster's")
	}
}

// TestAnyNewsInitialledAnswers: a Q&A whose answers open with the
// subject's initials ("MT:") and whose questions carry no label: each
// question between two answers is the interviewer's, the first one after
// the story's introduction too, and the headline "Name: “...”" is no
// turn; "G&G:" is a label like any other.
func TestAnyNewsInitialledAnswers(t *testing.T) {
	t.Parallel()
	in := "The Skinny\n\nMaeve Trelawny: “The building was the third musician in the room”\n\nInterview by Callum Reddish\n\n" +
		"When Maeve Trelawny first walked into the mill, the roof had a hole in it.\n\n" +
		"How did you end up in a linen mill?\n\nMT: My granny worked there.\n\n" +
		"What was it actually like to record there?\n\nMT: Freezing. [laughs] Genuinely freezing.\n\n" +
		"There’s a lot of rain on this record.\n\nMT: That’s real rain."
	checkQuotes(t, in, []wantQuote{{"The building was the third musician in the room", "Maeve Trelawny", ""},
		{"How did you end up in a linen mill?", "Callum Reddish", ""},
		{"My granny worked there.", "Maeve Trelawny", ""},
		{"What was it actually like to record there?", "Callum Reddish", ""},
		{"Freezing. [laughs] Genuinely freezing.", "Maeve Trelawny", ""},
		{"There’s a lot of rain on this record.", "Callum Reddish", ""},
		{"That’s real rain.", "Maeve Trelawny", ""}})
}

// TestAnyNewsInquestTranscript: an inquest's transcript names the
// coroner under "Before:", counsel where they appeared, the witness as
// sworn and "Examined by THE CORONER": the coroner's "Q." turns and
// "THE CORONER:" are hers by name, counsel's by full name; the line
// saying who prepared the transcript names no briefer.
func TestAnyNewsInquestTranscript(t *testing.T) {
	t.Parallel()
	in := "IN THE CORONER'S COURT\n\nBefore:\nHM ASSISTANT CORONER MS JUDITH HALLORAN\n\n" +
		"MR OWEN BRAITHWAITE appeared on behalf of the family of Mr Foulkes\n\n" +
		"Transcript prepared from the official recording by Marlowe Transcription Services Ltd\nThis transcript has been approved by the Coroner.\n\n(10.04 am)\n\n" +
		"THE CORONER: Good morning, everyone. Mr Braithwaite, your next witness?\n\n" +
		"MR BRAITHWAITE: It is, madam. I call Mrs Kerry Anstruther.\n\n" +
		"MRS KERRY ANSTRUTHER (sworn)\n\nExamined by THE CORONER\n\n" +
		"Q. Could you give the court your full name?\n\nA. Kerry Louise Anstruther.\n\n" +
		"Questioned by MR BRAITHWAITE\n\nQ. Was the vegetation cut?\n\nA. Not that year."
	checkQuotes(t, in, []wantQuote{{"Good morning, everyone. Mr Braithwaite, your next witness?", "Judith Halloran", ""},
		{"It is, madam. I call Mrs Kerry Anstruther.", "Owen Braithwaite", ""},
		{"Could you give the court your full name?", "Judith Halloran", ""},
		{"Kerry Louise Anstruther.", "Kerry Anstruther", ""},
		{"Was the vegetation cut?", "Owen Braithwaite", ""},
		{"Not that year.", "Kerry Anstruther", ""}})
}

// TestAnyNewsBoldOfficeLabels: a government transcript's labels in bold
// give offices of several words ("**Health and Social Care
// Secretary:**"), whose holder the introduction names after the office,
// and reporters with their outlet ("**Chris Mallory, BBC:**"); the
// page's "From:" line is no turn.
func TestAnyNewsBoldOfficeLabels(t *testing.T) {
	t.Parallel()
	in := "PM press conference on Elmhurst Care Group\n\n" +
		"Prime Minister Gareth Penhallow and Health and Social Care Secretary Nadia Qureshi-Bell held a press conference.\n\n" +
		"From: Prime Minister's Office, 10 Downing Street\n\n" +
		"**Prime Minister:** Good afternoon.\n\n" +
		"**Health and Social Care Secretary:** Thank you, Prime Minister.\n\n" +
		"**Prime Minister:** Let's go to questions. Chris Mallory, BBC.\n\n" +
		"**Chris Mallory, BBC:** How much is this costing the taxpayer?\n\n" +
		"**Health and Social Care Secretary:** No one will be left without care."
	checkQuotes(t, in, []wantQuote{{"Good afternoon.", "Gareth Penhallow", ""},
		{"Thank you, Prime Minister.", "Nadia Qureshi-Bell", ""},
		{"Let's go to questions. Chris Mallory, BBC.", "Gareth Penhallow", ""},
		{"How much is this costing the taxpayer?", "Chris Mallory", ""},
		{"No one will be left without care.", "Nadia Qureshi-Bell", ""}})
}

// TestAnyNewsPaperQA: a paper's Q&A labels its questions with the
// masthead's word ("EXPRESS:" under "Trinidad Express Newspapers"), the
// byline's writer in capitals asking; a photo caption's kicker in
// capitals ("IN CHARGE:") is no label, and the story after the last
// answer that names the subject ("Ramcharan’s comments come ...") is no
// answer.
func TestAnyNewsPaperQA(t *testing.T) {
	t.Parallel()
	in := "Trinidad Express Newspapers\n\n‘We have to stop blaming the pitches’\n\nBy SHIVA RAMDIAL shiva.ramdial@trinidadexpress.com\nMar 30, 2025\n\n" +
		"IN CHARGE: Red Force captain Jevon Ramcharan at the Oval last week. —Photo: ANTHONY HARRIS\n\n" +
		"Red Force finished fifth this season. Captain Jevon Ramcharan spoke to the Express.\n\n" +
		"EXPRESS: Fifth place. How do you sum up the season?\n\nRAMCHARAN: Disappointing. We have to stop blaming the pitches.\n\n" +
		"EXPRESS: What do you say to the supporters?\n\nRAMCHARAN: Thank you for sticking with us.\n\n" +
		"Ramcharan’s comments come a week after the board announced a review of pitches."
	res := Extract(in)
	got := map[string]string{}
	for _, q := range res.Quotes {
		got[q.Text] = q.Speaker
	}
	want := map[string]string{"Fifth place. How do you sum up the season?": "Shiva Ramdial",
		"Disappointing. We have to stop blaming the pitches.": "Jevon Ramcharan",
		"What do you say to the supporters?":                  "Shiva Ramdial",
		"Thank you for sticking with us.":                     "Jevon Ramcharan"}
	for text, speaker := range want {
		if got[text] != speaker {
			t.Errorf("%q: speaker %q, want %q", text, got[text], speaker)
		}
	}
	for text := range got {
		if strings.HasPrefix(text, "Ramcharan’s comments") || strings.HasPrefix(text, "Red Force") {
			t.Errorf("the story is a turn: %q", text)
		}
	}
}

// TestAnyNewsCommitteeChairInBrackets: Canada's committee evidence gives
// the chair's name, seat and party in brackets inside brackets ("The
// Chair (Mr. Gordon Whitlaw (Algoma Highlands, Lib.)):"), whose "The
// Chair:" after is his; a page's "Publications:" is no one's.
func TestAnyNewsCommitteeChairInBrackets(t *testing.T) {
	t.Parallel()
	in := "Publications: Evidence of the Standing Committee on Transport.\n\n(1100)\n\n" +
		"The Chair (Mr. Gordon Whitlaw (Algoma Highlands, Lib.)): I call this meeting to order.\n\n" +
		"Ms. Colette Arbour (Mayor, Town of Kesagami Falls, As an Individual): Thank you, Mr. Chair.\n\n" +
		"The Chair: Thank you, Ms. Arbour. Mr. Mackinnon, the floor is yours.\n\n" +
		"Mr. Ewan Mackinnon (Vice-President, Borealis Regional Airlines): Thank you, Mr. Chair.\n\n" +
		"The Chair: Thank you. Ms. Arbour, a last word?\n\nMs. Colette Arbour: We need the flights back."
	checkQuotes(t, in, []wantQuote{{"I call this meeting to order.", "Gordon Whitlaw", ""},
		{"Thank you, Mr. Chair.", "Colette Arbour", ""},
		{"Thank you, Ms. Arbour. Mr. Mackinnon, the floor is yours.", "Gordon Whitlaw", ""},
		{"Thank you, Mr. Chair.", "Ewan Mackinnon", ""},
		{"Thank you. Ms. Arbour, a last word?", "Gordon Whitlaw", ""},
		{"We need the flights back.", "Colette Arbour", ""}})
}

// TestAnyNewsAgencyInApposition: a news agency the lexicon does not know,
// named in apposition ("the Jordan News Agency, Petra, reported"), is the
// outlet the minister's words came through, there and in "according to
// Petra" after.
func TestAnyNewsAgencyInApposition(t *testing.T) {
	t.Parallel()
	in := "Minister of Industry Samer Hiyari said that trade was \"a strategic priority\", the Jordan News Agency, Petra, reported.\n\n" +
		"The minister said the government was working \"around the clock\", according to Petra."
	res := Extract(in)
	n := 0
	for _, q := range res.Quotes {
		if q.Kind == KindParaphrase {
			n++
			if q.Speaker != "Samer Hiyari" || q.Via != "Petra" {
				t.Errorf("%q: speaker %q via %q, want Samer Hiyari via Petra", q.Text, q.Speaker, q.Via)
			}
		}
	}
	if n != 2 {
		t.Errorf("%d paraphrases, want 2", n)
	}
}

// TestAnyNewsCourtWitnessAndMenus: "the witness" in a court report is the
// witness the story named when he took the stand; a site's menu of
// capitalised words names no one; "Applicant" opening a sentence is no
// part of the name after it.
func TestAnyNewsCourtWitnessAndMenus(t *testing.T) {
	t.Parallel()
	in := "Malaysia   Money   World   Life   Opinion   Sports   Showbiz   Videos   Eat-Drink\n\n" +
		"Ex-engineer says he ‘never saw’ three pumps\n\n" +
		"Testifying as the sixth prosecution witness, Norazlan Hashim, 52, said he had signed the certificate “on trust”.\n\n" +
		"“At that time, everyone was under pressure,” the witness added.\n\n" +
		"Applicant Robert Ellerby told the committee the lodges would keep the farm going. “It's about whether my son can stay,” he said."
	checkQuotes(t, in, []wantQuote{{"never saw", "Ex-engineer", ""}, {"on trust", "Norazlan Hashim", ""},
		{"At that time, everyone was under pressure,", "Norazlan Hashim", ""},
		{"It's about whether my son can stay,", "Robert Ellerby", ""}})
	for _, q := range Extract(in).Quotes {
		if strings.Contains(q.Speaker, "Showbiz") {
			t.Errorf("%q: speaker %q, from the menu", q.Text, q.Speaker)
		}
	}
}

// TestAnyNewsCreditsAndLetters: "KC" set off by commas after a
// barrister's name is no one, and a caption's "Photo / Getty Images"
// names no one "she" could be.
func TestAnyNewsCreditsAndLetters(t *testing.T) {
	t.Parallel()
	in := "Hugh Pemberton, KC, for Lusted, said his client was “deeply ashamed”.\n\n" +
		"Tamsin Whaanga was attacked by two dogs. Photo / Getty Images\n\n" +
		"A courier driver mauled as she delivered a parcel has told the owner she now “flinches at every bark”."
	checkQuotes(t, in, []wantQuote{{"deeply ashamed", "Hugh Pemberton", ""}, {"flinches at every bark", "Tamsin Whaanga", ""}})
}

// TestAnyNewsPentagonBriefing: a briefing's first label gives the office
// in capitals before the name ("PENTAGON PRESS SECRETARY AIR FORCE BRIG.
// GEN. ROLAND ASHCOMBE:"), the title-case headline's "Holds" is no part
// of his name, the podium calls reporters by name and outlet ("Celeste
// Aguirre, Stars and Stripes."), and "Thanks. Hassan Idrissi, Military
// Times." names Hassan Idrissi.
func TestAnyNewsPentagonBriefing(t *testing.T) {
	t.Parallel()
	in := "Pentagon Press Secretary Brig. Gen. Roland Ashcombe Holds a Press Briefing\n\n" +
		"PENTAGON PRESS SECRETARY AIR FORCE BRIG. GEN. ROLAND ASHCOMBE: All right. Good afternoon, everybody.\n\n" +
		"Q: Thanks, General. Lita Baranowski, Associated Press. Were there weather issues?\n\n" +
		"GEN. ASHCOMBE: I'd refer you to U.S. Army Alaska. Let's go to Hassan, Military Times.\n\n" +
		"Q: Thanks. Hassan Idrissi, Military Times. Will that be made public?\n\n" +
		"GEN. ASHCOMBE: I'll take that question. Let me go to the phone. Celeste Aguirre, Stars and Stripes.\n\n" +
		"Q: Hi, thanks for taking my call. Did the Secretary sign off on the fees?\n\n" +
		"GEN. ASHCOMBE: He did."
	checkQuotes(t, in, []wantQuote{{"All right. Good afternoon, everybody.", "Roland Ashcombe", ""},
		{"Thanks, General. Lita Baranowski, Associated Press. Were there weather issues?", "Lita Baranowski", ""},
		{"I'd refer you to U.S. Army Alaska. Let's go to Hassan, Military Times.", "Roland Ashcombe", ""},
		{"Thanks. Hassan Idrissi, Military Times. Will that be made public?", "Hassan Idrissi", ""},
		{"I'll take that question. Let me go to the phone. Celeste Aguirre, Stars and Stripes.", "Roland Ashcombe", ""},
		{"Hi, thanks for taking my call. Did the Secretary sign off on the fees?", "Celeste Aguirre", ""},
		{"He did.", "Roland Ashcombe", ""}})
}

// TestAnyNewsRolesOpeningSentences: "Challenger" or "Recorder" opening a
// sentence is no part of the name after it.
func TestAnyNewsRolesOpeningSentences(t *testing.T) {
	t.Parallel()
	in := "Challenger Julian Estrada told supporters: “This isn't about me.”\n\n" +
		"Recorder Philippa Dunmore said: “We'll be counting through at least Thursday.”"
	checkQuotes(t, in, []wantQuote{{"This isn't about me.", "Julian Estrada", ""},
		{"We'll be counting through at least Thursday.", "Philippa Dunmore", ""}})
}

// TestAnyNewsMagistrateTitle: "Magistrate" before a name is a title, in
// a county's ("Hsinchu County Magistrate Tseng Kuo-hua") as in a court's.
func TestAnyNewsMagistrateTitle(t *testing.T) {
	t.Parallel()
	in := "Hsinchu County Magistrate Tseng Kuo-hua said the central government had “acted too slowly”.\n\n" +
		"Magistrate Helen Quayle told the court the offence was “a cowardly attack”."
	checkQuotes(t, in, []wantQuote{{"acted too slowly", "Tseng Kuo-hua", ""}, {"a cowardly attack", "Helen Quayle", ""}})
}
