package extract

import (
	"strings"
	"testing"
)

// TestAnyNewsOtterLabels: a recording's transcript as Otter exports it
// puts "Name  00:03:12" on a line over each turn's words; a speaker it
// could not tell apart ("Speaker 3") is the one the turn before speaks
// to ("Ffion, you were there?"), by the full name the page gives, and
// stays "Speaker 3" where no one is spoken to. A clock's "Kick-off 19:45"
// names no one.
func TestAnyNewsOtterLabels(t *testing.T) {
	t.Parallel()
	in := "Prize Marrow · Episode 63\n\nHattie and Callum talk to a grower. Producer Ffion Tregaskis reports from the showground.\n\nKick-off 19:45\nThe show opens on Friday.\n\nTranscript\n\n" +
		"Hattie Trewhella  00:00:04\nHello and welcome to Prize Marrow.\n\n" +
		"Callum Dewhirst  00:00:11\nAnd this week we have a proper scandal.\n\n" +
		"Hattie Trewhella  00:04:06\nFfion, you were actually there that weekend, weren't you?\n\n" +
		"Speaker 3  00:04:11\nI was, yeah. I got there about half eight.\n\n" +
		"Callum Dewhirst  0:04:33\nSo who's the suspect?\n\n" +
		"Speaker 3  00:04:40\nNobody at the show would do it.\n\n" +
		"Speaker 4  00:05:02\nCan I add something here?"
	checkQuotes(t, in, []wantQuote{{"Hello and welcome to Prize Marrow.", "Hattie Trewhella", ""},
		{"And this week we have a proper scandal.", "Callum Dewhirst", ""},
		{"Ffion, you were actually there that weekend, weren't you?", "Hattie Trewhella", ""},
		{"I was, yeah. I got there about half eight.", "Ffion Tregaskis", ""},
		{"So who's the suspect?", "Callum Dewhirst", ""},
		{"Nobody at the show would do it.", "Ffion Tregaskis", ""},
		{"Can I add something here?", "Speaker 4", ""}})
}

// TestAnyNewsLiveBlogWriters: a live blog heads each post with its time
// and its writer on lines of their own; the writer's name, however often
// it comes, is no speaker line, and the posts are no one's turns.
func TestAnyNewsLiveBlogWriters(t *testing.T) {
	t.Parallel()
	in := "LIVE\nGalway West byelection count\nCiarán Leyden and Orla Benedetto\n\n" +
		"21:34\nCiarán Leyden\nThat’s where we’ll leave our coverage for tonight. Thanks for following along.\n\n" +
		"21:26\nOrla Benedetto\nA gracious speech from Aoibheann Ní Ghríofa, the Sinn Féin candidate.\n\n" +
		"Ní Ghríofa said the party had “won the argument on housing”.\n\n" +
		"20:58\nCiarán Leyden\nThe count resumes after a break.\n\n" +
		"20:47\nOrla Benedetto\nDeclan Mulkerrin has been eliminated.\n\n“We ran a positive campaign,” Mr Mulkerrin said."
	checkQuotes(t, in, []wantQuote{{"won the argument on housing", "Aoibheann Ní Ghríofa", ""}, {"We ran a positive campaign,", "Declan Mulkerrin", ""}})
}

// TestAnyNewsPlaceEndsApposition: an apposition that ends in a place
// ("a network administrator in Columbus, Ohio,") before the cue leaves
// the quote to the person it describes, however long the words before
// the name.
func TestAnyNewsPlaceEndsApposition(t *testing.T) {
	t.Parallel()
	in := "Ars reader and Orbit owner Priyam Kothandaraman, a network administrator in Columbus, Ohio, said he had found out when his kids could not get online. “Two of my three nodes are bricked,” he said."
	checkQuotes(t, in, []wantQuote{{"Two of my three nodes are bricked,", "Priyam Kothandaraman", ""}})
}

// TestAnyNewsUnlabelledInterviewSubject: an unlabelled interview is with
// the one its introduction names most, counting each mention once, not
// with a coach whose one mention carries a paraphrase and its partial
// quotes; the questions are the writer's whose name stands alone over
// the story's date.
func TestAnyNewsUnlabelledInterviewSubject(t *testing.T) {
	t.Parallel()
	in := "The Woman Who Paddled the Yukon Solo\nMarit Oudekerk, a land surveyor from Whitehorse, just set a record.\nTobias Grell\nUpdated Sep 9, 2025\n\n" +
		"On June 24, Marit Oudekerk pushed a canoe off the gravel at Whitehorse. Oudekerk said she was “mostly recovered”. Her coach, Sunniva Brekkestad, a former marathon kayaker, says the difference was “an almost rude ability” to “ignore discomfort” and “sleep anywhere.”\n\n" +
		"This interview has been edited for length and clarity.\n\n" +
		"Why would anyone do this?\n\nI get asked that a lot, mostly by my mother. I wanted to see the river whole.\n\n" +
		"Did the surveying actually help?\n\nHugely. I can read a braided channel the way some people read a menu.\n\n" +
		"How did you decide on three hours of sleep?\n\nWe tested it. Sunniva had me do sessions on Lake Laberge in May."
	checkQuotes(t, in, []wantQuote{{"mostly recovered", "Marit Oudekerk", ""}, {"an almost rude ability", "Sunniva Brekkestad", ""},
		{"ignore discomfort", "Sunniva Brekkestad", ""}, {"sleep anywhere.", "Sunniva Brekkestad", ""},
		{"Why would anyone do this?", "Tobias Grell", ""}, {"I get asked that a lot, mostly by my mother. I wanted to see the river whole.", "Marit Oudekerk", ""},
		{"Did the surveying actually help?", "Tobias Grell", ""}, {"Hugely. I can read a braided channel the way some people read a menu.", "Marit Oudekerk", ""},
		{"How did you decide on three hours of sleep?", "Tobias Grell", ""}, {"We tested it. Sunniva had me do sessions on Lake Laberge in May.", "Marit Oudekerk", ""}})
}

// TestAnyNewsMemberAndSeat: the Commons' record heads a member's first
// speech with their seat and party in brackets ("Dr Amara Oyinlola
// (Stoke-on-Trent North) (Lab)"): the member speaks, not the seat; an
// office over its holder's name in brackets is still the holder.
func TestAnyNewsMemberAndSeat(t *testing.T) {
	t.Parallel()
	in := "Thermaseal Insulation\nVolume 774: debated on Tuesday 4 November 2025\n\n" +
		"Jonah Crabtree (Sittingbourne and Sheppey) (Lab)\nTo ask the Secretary of State if he will make a statement.\nShare\n\n" +
		"The Minister for Energy Consumers (Owain Llewellyn-Rhys)\nNo household should be left paying to fix poor work.\nShare\n\n" +
		"Dr Amara Oyinlola (Stoke-on-Trent North) (Lab)\nIn my constituency, Thermaseal was cold-calling people.\nShare\n\n" +
		"Owain Llewellyn-Rhys\nMy hon. Friend is right.\nShare\n\n" +
		"Jonah Crabtree\nI thank the Minister.\nShare"
	checkQuotes(t, in, []wantQuote{{"To ask the Secretary of State if he will make a statement.", "Jonah Crabtree", ""},
		{"No household should be left paying to fix poor work.", "Owain Llewellyn-Rhys", ""},
		{"In my constituency, Thermaseal was cold-calling people.", "Amara Oyinlola", ""},
		{"My hon. Friend is right.", "Owain Llewellyn-Rhys", ""}, {"I thank the Minister.", "Jonah Crabtree", ""}})
}

// TestAnyNewsPresenterNamedInPassing: a radio transcript's "PRESENTER:"
// is the presenter the story names in passing ("Morning Report presenter
// Tessa Lindholm spoke to ..."), and the guest's initials are the guest.
func TestAnyNewsPresenterNamedInPassing(t *testing.T) {
	t.Parallel()
	in := "Wairoa birthing unit to close at night\n\nMorning Report presenter Tessa Lindholm spoke to Callum Tamihana, the health board's director of midwifery.\n\n" +
		"PRESENTER: Callum Tamihana, good morning. Why can't you staff this unit at night?\n\n" +
		"CT: Kia ora, Tessa. It comes down to numbers.\n\n" +
		"PRESENTER: But you've known for weeks that two were leaving?\n\n" +
		"CT: There was a plan B."
	checkQuotes(t, in, []wantQuote{{"Callum Tamihana, good morning. Why can't you staff this unit at night?", "Tessa Lindholm", ""},
		{"Kia ora, Tessa. It comes down to numbers.", "Callum Tamihana", ""},
		{"But you've known for weeks that two were leaving?", "Tessa Lindholm", ""}, {"There was a plan B.", "Callum Tamihana", ""}})
}

// TestAnyNewsDefinedTerms: a release's defined terms ("Norhaven" or the
// "Company", ("Greenmarch")), its "forward-looking statements" within
// the meaning of an act and the section "Risk Factors" are nobody's
// words; the chief executive's quote is.
func TestAnyNewsDefinedTerms(t *testing.T) {
	t.Parallel()
	in := "COLUMBUS, Ohio, March 3, 2026 /PRNewswire/ -- Norhaven Cold Logistics, Inc. (NASDAQ: NRHV) (\"Norhaven\" or the \"Company\") today announced an agreement with Greenmarch Foods Cooperative (\"Greenmarch\"), a member-owned wholesaler.\n\n" +
		"\"This partnership lets us serve growers we could never reach before,\" said Dana Whitcombe, chief executive officer of Norhaven.\n\n" +
		"This press release contains \"forward-looking statements\" within the meaning of the Private Securities Litigation Reform Act of 1995. Actual results may differ because of the risks described under \"Risk Factors\" in the Company's Annual Report."
	checkQuotes(t, in, []wantQuote{{"This partnership lets us serve growers we could never reach before,", "Dana Whitcombe", ""}})
}

// TestAnyNewsTranscriptFurniture: in a briefing's transcript, "Q
// (Off-mic.)" is no one's words, "Attachment C:" and "Fact Sheet:" are
// no labels, and the story after a page's copyright line continues no
// turn, whatever label-like line follows it.
func TestAnyNewsTranscriptFurniture(t *testing.T) {
	t.Parallel()
	in := "Press Briefing by Press Secretary Camille Ortega-Sayre\n\n" +
		"MS. ORTEGA-SAYRE: Good afternoon, everybody.\n\nQ Will the plant reopen?\n\n" +
		"MS. ORTEGA-SAYRE: Not this week.\n\nQ (Off-mic.)\n\nMS. ORTEGA-SAYRE: I'll leave it there.\n\n" +
		"Attachment C: Draft Use Policy (PDF)\n\nFact Sheet: Actions to Increase the Supply of Formula\n\n" +
		"The office confirmed the charges in an email on Tuesday evening.\n\n" +
		"Copyright 2026 Nexstar Media Inc. All rights reserved.\n\nWeather: Warm-up before weekend rain."
	checkQuotes(t, in, []wantQuote{{"Good afternoon, everybody.", "Camille Ortega-Sayre", ""}, {"Will the plant reopen?", "a reporter", ""},
		{"Not this week.", "Camille Ortega-Sayre", ""}, {"I'll leave it there.", "Camille Ortega-Sayre", ""}})
	ended := "MS. HARTSFIELD: Good afternoon.\n\nQ Is the lock open?\n\nMS. HARTSFIELD: Not yet.\n\nQ When?\n\n" +
		"MS. HARTSFIELD: I'll check with our team.\n\nOkay, I've got to go. Thanks, everybody.\n\n1:58 P.M. EDT\n\nShare:  Facebook  |  X  |  Email"
	checkQuotes(t, ended, []wantQuote{{"Good afternoon.", "Hartsfield", ""}, {"Is the lock open?", "a reporter", ""},
		{"Not yet.", "Hartsfield", ""}, {"When?", "a reporter", ""}, {"I'll check with our team.", "Hartsfield", ""},
		{"Okay, I've got to go. Thanks, everybody.", "Hartsfield", ""}})
}

// TestAnyNewsWhichClauseHead: a quote attributed to a name inside a
// "which" clause before the cue ("A spokesperson for Glasshouse
// Television, which makes Sun, Sea & Singles, said:") is the clause's
// head's.
func TestAnyNewsWhichClauseHead(t *testing.T) {
	t.Parallel()
	in := "The star was banned from driving for 18 months.\n\nA spokesperson for Glasshouse Television, which makes Sun, Sea & Singles, said: ‘We have been in contact with Saffron and are supporting her.’"
	checkQuotes(t, in, []wantQuote{{"We have been in contact with Saffron and are supporting her.", "A spokesperson for Glasshouse Television", ""}})
}

// TestAnyNewsRidingAndOffice: Canada's riding names join places with a
// dash ("Ottawa—Vanier"), and "MPP" is an office before a name: the
// member speaks, not the city.
func TestAnyNewsRidingAndOffice(t *testing.T) {
	t.Parallel()
	in := "Ottawa\n\nThe day program for older francophones in Ottawa's east end will close at the end of March.\n\n" +
		"Ottawa—Vanier MPP Nathalie Vaillancourt raised the closure at Queen's Park on Tuesday, calling it \"a failure of the French Language Services Act in practice.\"\n\n" +
		"\"The families were told in a two-line email,\" Vaillancourt said."
	checkQuotes(t, in, []wantQuote{{"a failure of the French Language Services Act in practice.", "Nathalie Vaillancourt", ""},
		{"The families were told in a two-line email,", "Nathalie Vaillancourt", ""}})
}

// TestAnyNewsMinisterOfStateInApposition: "Fianna Fáil’s director of elections,
// Minister of State Fintan Gilvarry, told ..." is the minister's, whether
// the models gave the quote to the party or to no one; "of State" is part
// of the office.
func TestAnyNewsMinisterOfStateInApposition(t *testing.T) {
	t.Parallel()
	alone := "Fianna Fáil’s director of elections, Minister of State Fintan Gilvarry, told Galway Bay FM that it was “all over bar the shouting”."
	checkQuotes(t, alone, []wantQuote{{"all over bar the shouting", "Fintan Gilvarry", "Galway Bay FM"}})
	party := "Fianna Fáil won the seat on the sixth count.\n\n“It was a long night,” Fianna Fáil said in a statement.\n\n" + alone
	checkQuotes(t, party, []wantQuote{{"It was a long night,", "Fianna Fáil", ""}, {"all over bar the shouting", "Fintan Gilvarry", "Galway Bay FM"}})
}

// TestAnyNewsRoleHolder: "the referee said" is the one person the story
// named as the referee ("the referee, Craig Lumsden-Rees,"), however
// far up; with two referees named it stays a description.
func TestAnyNewsRoleHolder(t *testing.T) {
	t.Parallel()
	in := "Exeter forced a penalty at the scrum that the referee, Craig Lumsden-Rees, judged to be a deliberate collapse.\n\n" +
		"Blakemore said he would not criticise Lumsden-Rees personally.\n\nNorthampton's captain Tom Penberthy-Ames was sin-binned in the second half.\n\n" +
		"“Last warning on the breakdown, captain,” the referee said before half-time."
	checkQuotes(t, in, []wantQuote{{"Last warning on the breakdown, captain,", "Craig Lumsden-Rees", ""}})
	two := "The referee, Craig Lumsden-Rees, was replaced at half-time by another referee, Owen Tallis.\n\n“Last warning on the breakdown, captain,” the referee said."
	checkQuotes(t, two, []wantQuote{{"Last warning on the breakdown, captain,", "the referee", ""}})
}

// TestAnyNewsOrphanQuotes: a quotation the models gave no one takes the
// name its sentence opens with ("But the All Progressives Congress (APC)
// in the state dismissed ... as “cheap blackmail”"), or the person named
// before the cue with letters after the name ("Counsel for the HSE, Rory
// Gilsenan BL, said"); a pronoun subject gives no one.
func TestAnyNewsOrphanQuotes(t *testing.T) {
	t.Parallel()
	party := "But the All Progressives Congress (APC) in the state dismissed the senator’s claims as “cheap blackmail”."
	checkQuotes(t, party, []wantQuote{{"cheap blackmail", "All Progressives Congress", ""}})
	counsel := "Counsel for the HSE, Rory Gilsenan BL, said his client accepted the delay was “regrettable” but would oppose the proceedings."
	checkQuotes(t, counsel, []wantQuote{{"regrettable", "Rory Gilsenan", ""}})
	pronoun := "But it dismissed the senator’s claims as “cheap blackmail”."
	checkQuotes(t, pronoun, []wantQuote{{"cheap blackmail", "", ""}})
}

// TestAnyNewsOneOfThem: "“...,” one of the delegates said. “...”" gives
// both quotes to the delegate described, not to the minister named in
// the paragraph before nor to a country the first quote names.
func TestAnyNewsOneOfThem(t *testing.T) {
	t.Parallel()
	in := "Russian Deputy Prime Minister Alexei Voronin told reporters in Moscow that the decision had been unanimous.\n\n" +
		"Two OPEC+ delegates said the meeting overran as Kazakhstan sought recognition of higher capacity.\n\n" +
		"\"Kazakhstan made its case, and it was heard, but nobody wants to reopen baselines now,\" one of the delegates said. \"That is a discussion for next year, maybe.\""
	checkQuotes(t, in, []wantQuote{{"Kazakhstan made its case, and it was heard, but nobody wants to reopen baselines now,", "one of the delegates", ""},
		{"That is a discussion for next year, maybe.", "one of the delegates", ""}})
}

// TestAnyNewsResultLineIsNoAnswer: a doubles result over a press
// conference ("A. VERHAEGHE/S. ROSTAMI-HOLT def. ...") is no "A." answer,
// so the "Q." questions are reporters', not one interviewer's.
func TestAnyNewsResultLineIsNoAnswer(t *testing.T) {
	t.Parallel()
	in := "Press Conference\n\nA. VERHAEGHE/S. ROSTAMI-HOLT def. L. SEREDA/P. VAIFALE\n6-4, 3-6, 10-7\n\n" +
		"THE MODERATOR: We'll start with questions for the champions.\n\nQ. Congratulations. What was different today?\n\n" +
		"ANOUK VERHAEGHE: We stayed very calm.\n\nQ. Setareh, talk about the return at 8-7.\n\nSETAREH ROSTAMI-HOLT: I was going cross."
	checkQuotes(t, in, []wantQuote{{"We'll start with questions for the champions.", "The Moderator", ""},
		{"Congratulations. What was different today?", "a reporter", ""}, {"We stayed very calm.", "Anouk Verhaeghe", ""},
		{"Setareh, talk about the return at 8-7.", "a reporter", ""}, {"I was going cross.", "Setareh Rostami-Holt", ""}})
}

// TestAnyNewsEstimatesTableCopied: ParlInfo's lists of who spoke, copied
// as a table ("Questioner<TAB>Lathlean, Sen Kieran", then one name a
// line, "Grogan, Sen Jodie (Chair)"), name the labels' people and the
// chair.
func TestAnyNewsEstimatesTableCopied(t *testing.T) {
	t.Parallel()
	in := "Database\tSenate Estimates\nQuestioner\tLathlean, Sen Kieran\nTindale, Sen Ruby\nGrogan, Sen Jodie (Chair)\nWitness Name\tCastellari, Dr Imogen\nStatus\tProof\n\n" +
		"CHAIR: I now welcome officers of the Bureau of Meteorology.\n\nDr Castellari: Thank you, Chair.\n\n" +
		"Senator LATHLEAN: When did the bureau know?\n\nDr Castellari: In January.\n\nSenator TINDALE: Why the delay?\n\nCHAIR: Thank you, officers."
	checkQuotes(t, in, []wantQuote{{"I now welcome officers of the Bureau of Meteorology.", "Jodie Grogan", ""},
		{"Thank you, Chair.", "Imogen Castellari", ""}, {"When did the bureau know?", "Kieran Lathlean", ""},
		{"In January.", "Imogen Castellari", ""}, {"Why the delay?", "Ruby Tindale", ""}, {"Thank you, officers.", "Jodie Grogan", ""}})
}

// TestAnyNewsMeetingRoles: an AGM's "Philippa Ransome (Chair):" makes the
// "Chair:" labels after it hers; "The First Minister (John Swinney):"
// gives no one the part "John Swinney".
func TestAnyNewsMeetingRoles(t *testing.T) {
	t.Parallel()
	in := "2025 Annual General Meeting – Transcript\n\nPhilippa Ransome (Chair): Good morning, and welcome to the meeting.\n\n" +
		"Stuart Kaczmarek (Managing Director and CEO): Thank you, Philippa.\n\nChair: Thank you, Stuart. We'll now move to questions.\n\n" +
		"Shareholder: My question is about the dividend.\n\nChair: Thank you, Mr Yuill."
	checkQuotes(t, in, []wantQuote{{"Good morning, and welcome to the meeting.", "Philippa Ransome", ""}, {"Thank you, Philippa.", "Stuart Kaczmarek", ""},
		{"Thank you, Stuart. We'll now move to questions.", "Philippa Ransome", ""}, {"My question is about the dividend.", "Shareholder", ""},
		{"Thank you, Mr Yuill.", "Philippa Ransome", ""}})
}

// TestAnyNewsTimedBoldLabels: a podcast's "[00:00:04] **Maribel:**"
// lines, the time before the bold name, are turns of the people the
// show notes name in full; the notes' "Also:" is no one.
func TestAnyNewsTimedBoldLabels(t *testing.T) {
	t.Parallel()
	in := "Charting After Dark\nMaribel Ocampo-Hart and Dev Sandhar\n\nThis week Maribel and Dev talk to Ruthanne Gideon-Platt about the staffing law.\n\n" +
		"Also: a voicemail from a listener in Altoona.\n\nTranscript\n\n" +
		"[00:00:04] **Maribel:** Hi everyone, welcome to Charting After Dark.\n\n[00:00:12] **Dev:** And I'm Dev.\n\n" +
		"[00:00:38] **Ruthanne:** Thank you, I'm a huge fan.\n\n[00:01:47] **Maribel:** But.\n\n[00:01:48] **Ruthanne:** But hospitals are complying on paper."
	checkQuotes(t, in, []wantQuote{{"Hi everyone, welcome to Charting After Dark.", "Maribel Ocampo-Hart", ""}, {"And I'm Dev.", "Dev Sandhar", ""},
		{"Thank you, I'm a huge fan.", "Ruthanne Gideon-Platt", ""}, {"But.", "Maribel Ocampo-Hart", ""},
		{"But hospitals are complying on paper.", "Ruthanne Gideon-Platt", ""}})
}

// TestAnyNewsReporterAndPaperLabels: a press conference printed with
// "Tom Yeadon, Lancashire Telegraph:" over each question gives the
// question to the reporter, and "TG:" answers are the manager's.
func TestAnyNewsReporterAndPaperLabels(t *testing.T) {
	t.Parallel()
	in := "Every word Tomasz Grabarczyk said before the derby.\n\n" +
		"Ellie Cottam, BBC Radio Lancashire: Tomasz, how is Jamal?\n\nTG: Not good news, unfortunately.\n\n" +
		"Tom Yeadon, Lancashire Telegraph: Can I ask about the charge from the FA?\n\nTG: Not yet.\n\n" +
		"Conor Flitcroft, The Bolton News: Does that add pressure?\n\nTG: No."
	checkQuotes(t, in, []wantQuote{{"Tomasz, how is Jamal?", "Ellie Cottam", ""}, {"Not good news, unfortunately.", "Tomasz Grabarczyk", ""},
		{"Can I ask about the charge from the FA?", "Tom Yeadon", ""}, {"Not yet.", "Tomasz Grabarczyk", ""},
		{"Does that add pressure?", "Conor Flitcroft", ""}, {"No.", "Tomasz Grabarczyk", ""}})
}

// TestAnyNewsSurnameReadAsSon: "she says" after "Carwardine" is the
// woman the surname stands for, even where the surname alone was read
// as her son's, whom "she" cannot be; not the apprentice named before.
func TestAnyNewsSurnameReadAsSon(t *testing.T) {
	t.Parallel()
	in := "Marjorie Carwardine has been building church organs for almost half a century.\n\nCarwardine, 68, works from a converted chapel near Ludlow.\n\n" +
		"Her son, Felix Carwardine, runs the business side. “She won’t retire,” he says.\n\n" +
		"Her apprentice, Noor Bakhtiari, 23, says working for Carwardine has been “like being taught by someone who can hear in colour”.\n\n" +
		"Carwardine is unsentimental about her place in the trade’s history. When I ask whether she thinks of herself as a pioneer, she pulls a face.\n\n" +
		"“I think of myself as somebody who was quite stubborn,” she says."
	checkQuotes(t, in, []wantQuote{{"She won’t retire,", "Felix Carwardine", ""},
		{"like being taught by someone who can hear in colour", "Noor Bakhtiari", ""},
		{"I think of myself as somebody who was quite stubborn,", "Marjorie Carwardine", ""}})
}

// TestAnyNewsOfficeInCapitals: "the Plaid Cymru MS said" and "the DCP
// added" stand for the person the sentence before is about.
func TestAnyNewsOfficeInCapitals(t *testing.T) {
	t.Parallel()
	ms := "Delyth Ifans, the Member of the Senedd for Cynon Valley, said the case was \"sadly not an isolated one\".\n\n" +
		"\"Every week my office hears from constituents,\" the Plaid Cymru MS said."
	checkQuotes(t, ms, []wantQuote{{"sadly not an isolated one", "Delyth Ifans", ""}, {"Every week my office hears from constituents,", "Delyth Ifans", ""}})
	dcp := "Two men were arrested in Rohini on Friday, police said.\n\nDeputy commissioner Harshvardhan Solanki said the pair had been tracked through CCTV.\n\n" +
		"Solanki said the police would hold awareness sessions with residents' welfare associations.\n\n" +
		"\"We are examining whether they were involved in more cases,\" the DCP added."
	checkQuotes(t, dcp, []wantQuote{{"We are examining whether they were involved in more cases,", "Harshvardhan Solanki", ""}})
}

// TestAnyNewsTownAndState: "Kayleigh Dorsett of Round Rock, Texas, wrote"
// is hers, not the state's.
func TestAnyNewsTownAndState(t *testing.T) {
	t.Parallel()
	in := "Kayleigh Dorsett of Round Rock, Texas, wrote on Facebook in July that her straps “keep getting looser every single time we drive.”"
	checkQuotes(t, in, []wantQuote{{"keep getting looser every single time we drive.", "Kayleigh Dorsett", ""}})
}

// TestAnyNewsAgedRelativeClause: "Thackray, 51, who joined from the
// coffee chain Baristello, where she was chief operating officer,
// insisted" is Thackray's, whatever the clause names last.
func TestAnyNewsAgedRelativeClause(t *testing.T) {
	t.Parallel()
	in := "Imogen Thackray took over as chief executive in March.\n\n" +
		"Thackray, 51, who joined from the coffee chain Baristello, where she was chief operating officer, insisted that there would be no return to discounting. “We are not going to chase sales at any price,” she said."
	checkQuotes(t, in, []wantQuote{{"We are not going to chase sales at any price,", "Imogen Thackray", ""}})
}

// TestAnyNewsCompanyThatRunsIt: "The company said" after "The project,
// run by Minera Altoandina, ..." is the firm that runs it.
func TestAnyNewsCompanyThatRunsIt(t *testing.T) {
	t.Parallel()
	in := "The project, run by Minera Altoandina, the Peruvian subsidiary of a Toronto-listed group, produced 68,000 tonnes last year.\n\n" +
		"The company said in a statement that the blockade was costing \"more than two million dollars a day\" in lost output."
	checkQuotes(t, in, []wantQuote{{"more than two million dollars a day", "Minera Altoandina", ""}})
}

// TestAnyNewsHearingCoverTitle: a hearing's cover, "GETTING THE LEAD
// OUT: REPLACING LEAD SERVICE LINES IN", is no one's turn, and the
// record's "Senator Paskett." labels still are; a turn in capitals that
// ends its sentence stays a turn.
func TestAnyNewsHearingCoverTitle(t *testing.T) {
	t.Parallel()
	in := "S. Hrg. 119-142\n\n GETTING THE LEAD OUT: REPLACING LEAD SERVICE LINES IN SMALL AND RURAL\n                             WATER SYSTEMS\n\n" +
		"                                                    Washington, DC.\n    The subcommittee met, pursuant to notice, at 10:04 a.m.\n    Present: Senators Paskett and Haubrich.\n\n" +
		"    Senator Paskett. The subcommittee will come to order.\n    Senator Haubrich. Thank you, Mr. Chairman.\n    Senator Paskett. We will hear from our witnesses."
	checkQuotes(t, in, []wantQuote{{"The subcommittee will come to order.", "Paskett", ""}, {"Thank you, Mr. Chairman.", "Haubrich", ""},
		{"We will hear from our witnesses.", "Paskett", ""}})
	caps := "MAYOR DUNLEAVY: THANK YOU ALL FOR COMING TONIGHT.\n\nCOUNCILMEMBER ORTIZ: I MOVE TO APPROVE THE MINUTES.\n\nMAYOR DUNLEAVY: SECONDED, THANK YOU."
	checkQuotes(t, caps, []wantQuote{{"THANK YOU ALL FOR COMING TONIGHT.", "Dunleavy", ""}, {"I MOVE TO APPROVE THE MINUTES.", "Ortiz", ""},
		{"SECONDED, THANK YOU.", "Dunleavy", ""}})
}

// TestAnyNewsSignOff: the chair's last words on a paragraph of their own
// after the last label ("This hearing is adjourned." over the record's
// "[Whereupon ...]") are still the chair's; an office's hours over the
// page's links are no one's.
func TestAnyNewsSignOff(t *testing.T) {
	t.Parallel()
	in := "    Senator Paskett. The subcommittee will come to order.\n    Senator Haubrich. Thank you, Mr. Chairman.\n" +
		"    Senator Paskett. I want to thank both witnesses.\n    This hearing is adjourned.\n    [Whereupon, at 11:19 a.m., the hearing was adjourned.]\n"
	checkQuotes(t, in, []wantQuote{{"The subcommittee will come to order.", "Paskett", ""}, {"Thank you, Mr. Chairman.", "Haubrich", ""},
		{"I want to thank both witnesses.", "Paskett", ""}, {"This hearing is adjourned.", "Paskett", ""}})
	hours := "CLERK: The meeting is called to order.\n\nMAYOR REYES: Thank you.\n\nCLERK: The meeting is adjourned.\n\nHours: Monday - Friday, 8 a.m. to 4:30 p.m.\n\nContact Us"
	checkQuotes(t, hours, []wantQuote{{"The meeting is called to order.", "Clerk", ""}, {"Thank you.", "Reyes", ""}, {"The meeting is adjourned.", "Clerk", ""}})
}

// TestAnyNewsMastheadAsks: "Fortune:" questions under the masthead
// "FORTUNE" are the byline writer's.
func TestAnyNewsMastheadAsks(t *testing.T) {
	t.Parallel()
	in := "FORTUNE\nHome\nNews\n\nThe CEO of a 68-year-old elevator company says the industry's biggest problem is training\n\nBY Meredith Pallasch\nFebruary 26, 2026 at 6:00 AM EST\n\n" +
		"Ingrid Kalvaitis took over Ridgeline Elevator from her father in 2019.\n\nThis interview has been edited for length and clarity.\n\n" +
		"Fortune: You grew up in this business. What do you remember?\n\nKalvaitis: The smell of grease.\n\nFortune: Would you ever sell?\n\nKalvaitis: No."
	checkQuotes(t, in, []wantQuote{{"You grew up in this business. What do you remember?", "Meredith Pallasch", ""}, {"The smell of grease.", "Ingrid Kalvaitis", ""},
		{"Would you ever sell?", "Meredith Pallasch", ""}, {"No.", "Ingrid Kalvaitis", ""}})
}

// TestAnyNewsDescribedSpeakerBefore: "A tenant on the sixth floor, who
// asked not to be named ..., said ... “I like Sal,” she said." gives both
// chunks to the tenant, not to the woman or the firm named before; a
// description that names its person in apposition leaves the name.
func TestAnyNewsDescribedSpeakerBefore(t *testing.T) {
	t.Parallel()
	in := "“She still asks about the birds,” Ms. Marte-Quiñones said.\n\n" +
		"Not everyone is sentimental. A tenant on the sixth floor, who asked not to be named because she is negotiating a lease with Harbor Row, said the birds had drawn rats. “I like Sal,” she said. “I don’t like what lands on my air-conditioner.”\n\n" +
		"A spokesperson for the regional board, Lorraine Fitch-Obuya, said the petition remained under review. “We share the urgency,” she said."
	checkQuotes(t, in, []wantQuote{{"She still asks about the birds,", "Marte-Quiñones", ""}, {"I like Sal,", "a tenant on the sixth floor", ""},
		{"I don’t like what lands on my air-conditioner.", "a tenant on the sixth floor", ""}, {"We share the urgency,", "Lorraine Fitch-Obuya", ""}})
}

// TestAnyNewsStackedThreadHeaders: a thread copied from Reddit's newer
// pages stacks each comment's header over lines ("coffeeandcontourlines",
// "•", "8h ago") and its votes and buttons under it ("1.1K", "Reply",
// "Share"); each comment is its author's, the post's author named by the
// name she gives.
func TestAnyNewsStackedThreadHeaders(t *testing.T) {
	t.Parallel()
	in := "r/IAmA\n•\n9 hr. ago\nHesterOnTheLookout\nVerified\n\nI've spent 14 summers in a fire lookout. Ask me anything!\n\nUnique Experience\n\n" +
		"Hi Reddit! My name is Hester Kallstrom. I'm 52.\n\n2.6K\n142\nShare\n\n" +
		"grumpy_sasquatch_77\n•\n9h ago\n\nWhat's the longest you've gone without seeing another human?\n\n1.9K\nReply\nShare\n\n" +
		"HesterOnTheLookout\nOP\n•\n9h ago\n\nNineteen days, in 2017.\n\n612\nReply\nShare\n\n" +
		"coffeeandcontourlines\n•\n8h ago\n\nHow do you tell smoke from fog?\n\n1.1K\nReply\nShare\n\n" +
		"HesterOnTheLookout\nOP\n•\n8h ago\n\nSmoke has a texture.\n\n804\nReply\nShare"
	checkQuotes(t, in, []wantQuote{{"I've spent 14 summers in a fire lookout. Ask me anything!", "Hester Kallstrom", ""},
		{"Hi Reddit! My name is Hester Kallstrom. I'm 52.", "Hester Kallstrom", ""},
		{"What's the longest you've gone without seeing another human?", "grumpy_sasquatch_77", ""},
		{"Nineteen days, in 2017.", "Hester Kallstrom", ""}, {"How do you tell smoke from fog?", "coffeeandcontourlines", ""},
		{"Smoke has a texture.", "Hester Kallstrom", ""}})
}

// TestAnyNewsLiveBlogPostHeads: a live blog heads each post with its
// time ("1:52 p.m. PT"), a title and its writer; the writer is no
// speaker of the post's paragraphs.
func TestAnyNewsLiveBlogPostHeads(t *testing.T) {
	t.Parallel()
	in := "Tamarin Kite 2 launch: live updates\n\n1:52 p.m. PT\nThat's a wrap\nLachlan Moyo\n\nThe event's over, and the demo area is open.\n\n" +
		"1:46 p.m. PT\nPreorders are live\nWrenna Holtby\n\nTamarin's X account just posted the preorder link.\n\n" +
		"1:31 p.m. PT\nThe price\nLachlan Moyo\n\nIlse Brauneck said the Kite 2 would start at $1,499. \"We heard you about the price,\" she said.\n\n" +
		"1:20 p.m. PT\nWe're in our seats\nWrenna Holtby\n\nThe room is dark and loud."
	checkQuotes(t, in, []wantQuote{{"We heard you about the price,", "Ilse Brauneck", ""}})
}

// TestAnyNewsCommonsQuestionPeriod: Canada's record prints each label
// alone on its line ("Mr. Corwin MacPhedran (Kings—Hants, CPC):", "The
// Speaker:") over the words; the Speaker is the one the page's header
// names.
func TestAnyNewsCommonsQuestionPeriod(t *testing.T) {
	t.Parallel()
	in := "House of Commons Debates\nSpeaker: The Honourable Armand Gaudreault\n\nMr. Corwin MacPhedran (Kings—Hants, CPC):\nMr. Speaker, a hard frost hit the valley.\n\n" +
		"The Speaker:\nThe hon. Minister of Agriculture.\n\nHon. Geneviève Lapierre-Doiron (Minister of Agriculture and Agri-Food, Lib.):\nMr. Speaker, our hearts go out to the growers.\n\n" +
		"Some hon. members: Oh, oh!\n\nThe Speaker:\nOrder. The hon. member for Kings—Hants.\n\nMr. Corwin MacPhedran (Kings—Hants, CPC):\nMr. Speaker, the minister has been slow.\n"
	want := []wantQuote{{"Mr. Speaker, a hard frost hit the valley.", "Corwin MacPhedran", ""}, {"The hon. Minister of Agriculture.", "Armand Gaudreault", ""},
		{"Mr. Speaker, our hearts go out to the growers.", "Geneviève Lapierre-Doiron", ""}, {"Oh, oh!", "Some hon. members", ""},
		{"Order. The hon. member for Kings—Hants.", "Armand Gaudreault", ""}, {"Mr. Speaker, the minister has been slow.", "Corwin MacPhedran", ""}}
	got := Extract(in).Quotes
	if len(got) != len(want) {
		t.Fatalf("%d quotes, want %d: %+v", len(got), len(want), got)
	}
	for i, w := range want {
		if got[i].Text != w.text || !strings.HasSuffix(got[i].Speaker, w.speaker) { // the header's "Honourable" may stay
			t.Errorf("quote %d = %q by %q, want %q by %q", i, got[i].Text, got[i].Speaker, w.text, w.speaker)
		}
	}
}

// TestAnyNewsRoleThenNameLabel: a town hall's first "MODERATOR
// (PRISCILLA AWUAH, DIRECTOR OF ...):" makes the "MODERATOR:" labels after
// it hers.
func TestAnyNewsRoleThenNameLabel(t *testing.T) {
	t.Parallel()
	in := "Town hall on Fire Station 3\n\nMODERATOR (PRISCILLA AWUAH, DIRECTOR OF THE COMMUNITY MEDIATION CENTER): Good evening, everybody.\n\n" +
		"MODERATOR: Here's how tonight works.\n\nMAYOR SZOSTAK: Thank you, Priscilla.\n\nMODERATOR: Chief?\n\nCHIEF RIGGLEMAN: Thank you."
	checkQuotes(t, in, []wantQuote{{"Good evening, everybody.", "Priscilla Awuah", ""}, {"Here's how tonight works.", "Priscilla Awuah", ""},
		{"Thank you, Priscilla.", "Szostak", ""}, {"Chief?", "Priscilla Awuah", ""}, {"Thank you.", "Riggleman", ""}})
}

// TestAnyNewsQuotedAsUrging: "The regime's deputy minister for electric
// power, U Soe Min Htike, was quoted by ... as urging ... “...”" is the
// minister's, named in apposition.
func TestAnyNewsQuotedAsUrging(t *testing.T) {
	t.Parallel()
	in := "The regime's deputy minister for electric power, U Soe Min Htike, was quoted by the Global New Light of Myanmar as urging households to save electricity \"in the spirit of national unity.\""
	got := Extract(in).Quotes
	if len(got) != 1 || !strings.HasSuffix(got[0].Speaker, "Soe Min Htike") {
		t.Fatalf("quotes %+v, want one by Soe Min Htike", got)
	}
}
