package extract

import (
	"strings"

	"github.com/quotetrail/quotetrail/internal/extract/internal/captions"
	"github.com/quotetrail/quotetrail/internal/extract/internal/court"
	subject "github.com/quotetrail/quotetrail/internal/extract/internal/interviewee"
	"github.com/quotetrail/quotetrail/internal/extract/internal/outlet"
	"github.com/quotetrail/quotetrail/internal/extract/internal/podium"
	"github.com/quotetrail/quotetrail/internal/extract/internal/thread"
	"github.com/quotetrail/quotetrail/internal/extract/internal/transcript"
	"github.com/quotetrail/quotetrail/internal/extract/internal/unlabelled"
	"github.com/quotetrail/quotetrail/internal/extract/lexicon"
)

// transcriptTurns turns the labelled paragraphs of an interview or a
// hearing transcript (package transcript) into direct quotes. An answer
// ("A:") is the words of the person the introduction names first; a label
// naming someone ("SMITH:", "SEN. WARREN:") is that person, by the full
// name the article gave before if any; "THE CHAIR:" is a description. A
// question from an unnamed interviewer ("Q:") is nobody's quote and is
// left out. It returns the quotes and the rune ranges of every turn, in
// text order, inside which nothing else is a quote.
func (x *extractor) transcriptTurns() (qs []Quote, spans [][2]int) {
	turns := thread.Find(x.r) // a forum's thread, whose "EDIT:" lines are no labels
	threadNames := transcript.ThreadAliases(x.r, turns)
	if len(turns) == 0 {
		turns = transcript.FindKeyed(x.r) // "TBR Good morning ..." under a key to the initials
	}
	if len(turns) == 0 {
		turns = transcript.Find(x.r)
		if lines := transcript.FindSpeakerLines(x.r); len(turns) == 0 || transcript.MoreVoices(lines, turns) {
			turns = lines // names on lines of their own, besides a "Hon. Members:" label or two
		} else if open := transcript.Opening(x.r, turns); len(open) > 0 {
			turns = append(open, turns...) // a briefer's announcements before the questions
		}
	}
	if len(turns) == 0 {
		turns = captions.Find(x.r) // a video's automatic captions: ">>" where the voice changes
	}
	if len(turns) == 0 {
		turns = transcript.FindTimed(x.r) // a talk's transcript: one speaker, a time before each paragraph
	}
	bare := false // an interview printed without labels
	if len(turns) == 0 {
		turns, bare = unlabelled.Find(x.r), true
	}
	if len(turns) == 0 {
		return nil, nil
	}
	interviewee := -1
	if bare {
		if interviewee = subject.SpokeWith(refineDoc{x}, x.tokenAt(turns[0].Start)); interviewee < 0 {
			interviewee = subject.IntroSubject(refineDoc{x}, x.tokenAt(turns[0].Start))
		}
		if interviewee < 0 {
			return nil, nil // an interview is with someone the introduction names
		}
	} else if interviewee = subject.SpokeWith(refineDoc{x}, x.tokenAt(turns[0].LabelStart)); interviewee < 0 {
		// "Q:" and "A:": the one the introduction is about, not its
		// byline's writer ("By Hollis Drummond", the one asking)
		interviewee = subject.IntroSubject(refineDoc{x}, x.tokenAt(turns[0].LabelStart))
	}
	if interviewee < 0 && !bare {
		x.namesBefore(x.tokenAt(turns[0].LabelStart), func(e int) bool {
			if x.ents[e].person && strings.Contains(x.ents[e].name, " ") {
				interviewee = e // the earliest named, as the walk goes back
			}
			x.steps++
			return true
		})
	}
	rec, chairs := court.ReadCourt(x.r), court.Chairs(x.r)
	roleNames := transcript.SelfNamedRoles(x.r, turns, court.WithPresiding(x.r, transcript.RoleNames(x.r)))
	holders := transcript.OfficeHolders(turns)
	x.roster = transcript.Roster(x.r)
	aliases := transcript.Aliases(x.r)
	for user, name := range threadNames {
		if aliases == nil {
			aliases = map[string]string{}
		}
		aliases[user] = name
	}
	asker, asked := "", false
	callers := podium.Callers(x.r, turns)
	var askers podium.Askers
	outletAsks := map[string]bool{}
	for _, t := range turns {
		if _, seen := outletAsks[t.Label]; !seen && t.Role != transcript.Question && t.Role != transcript.Answer {
			outletAsks[t.Label] = len(outletAsks) < maxOfficeLabels && outlet.OutletLabel(x.r, t.Label) // (each may read the text)
		}
	}
	initialled := x.initialsIndex()
	byline := transcript.BylineName(x.r, turns[0].LabelStart) // whose initials a label may give
	unnamedAsker := "a reporter"                              // at a briefing or press conference
	if podium.Interviewing(turns) {
		unnamedAsker = "the interviewer" // of one person, who answers "A:"
	}
	for k, t := range turns {
		x.steps++
		if outletAsks[t.Label] {
			t.Role = transcript.Question // "DER SPIEGEL: ...", "TM: ...": the interviewer's
		}
		end := t.End
		if end < len(x.r) && (x.r[end] == '”' || x.r[end] == '"') {
			end++ // a turn printed whole in marks: the closing one is the turn's too
		}
		spans = append(spans, [2]int{t.LabelStart, end})
		q := Quote{Text: string(x.r[t.Start:t.End]), Start: t.Start, End: t.End, Kind: KindDirect, Cue: ":",
			SpeakerStart: t.LabelStart, SpeakerEnd: t.LabelEnd, Confidence: 0.9, Likely: true}
		if bare {
			q.Cue, q.SpeakerStart, q.SpeakerEnd = "", -1, -1
		} else if t.LabelEnd <= t.LabelStart {
			q.SpeakerStart, q.SpeakerEnd = -1, -1 // a question printed without a label
		}
		alias := aliases[transcript.Username(t.Label)]
		bracketAsker, from, bracketed := transcript.BracketedAsker(x.r, t)
		holder, role := "", roleNames[strings.ToLower(t.Label)]
		if t.Title == "" {
			holder = holders[strings.ToLower(strings.TrimPrefix(t.Label, "The "))]
		}
		self := transcript.SelfNamedTurn(x.r, t)
		if t.Role == transcript.Question {
			switch {
			case self != "":
				askers.Question(x.r, t, self)
			case bracketed && bracketAsker == "a reporter":
				askers.Unnamed() // "Q: [Reporter at the back; name not given] ..."
			case bracketed:
				askers.Question(x.r, t, bracketAsker)
			}
		} else {
			askers.Podium(x.r, t)
		}
		switch {
		case self != "":
			// "REPORTER: Hannah Whitlow, ITV Tyne Tees. Has a weapon ...?",
			// "Q: ... It's Tom Ashbourne from the Racing Post. ..."
			q.Speaker, q.SpeakerTitle = x.personNamed(self, t.Start)
			q.Confidence = 0.7
		case bracketed:
			// "Q: (Eamon Galvin, The Irish Field) Thanks. ...": the words
			// after the brackets
			q.Text, q.Start, q.Speaker, q.Confidence = string(x.r[from:t.End]), from, bracketAsker, 0.7
			if bracketAsker != "a reporter" {
				q.Speaker, q.SpeakerTitle = x.personNamed(bracketAsker, t.Start)
			}
		case callers[k] != "":
			// "CALLER:" after "PRESENTER: Trevor in Croydon, good
			// morning.": the caller the presenter put on air
			q.Speaker, q.SpeakerTitle = x.personNamed(callers[k], t.LabelStart)
		case t.Label == "President" && court.ChairAt(chairs, t.LabelStart) != "":
			// "President. – ..." under "IN THE CHAIR: Katarzyna WIŚNIEWSKA-ORTEGA"
			q.Speaker, q.SpeakerTitle = x.personNamed(court.ChairAt(chairs, t.LabelStart), t.LabelStart)
		case holder != "":
			// "The Prime Minister:" after "The Prime Minister (Graham Tolhurst):"
			q.Speaker, _ = x.personNamed(holder, t.LabelStart)
			q.SpeakerTitle = strings.TrimPrefix(t.Label, "The ")
		case role != "":
			// "MODERATOR:" after the header's "Moderator: Siobhán Kearns-Dowd"
			q.Speaker, q.SpeakerTitle = x.personNamed(role, t.LabelStart)
		case (t.Role == transcript.Question || strings.EqualFold(t.Label, "counsel")) && rec.ExaminerAt(t.LabelStart) != nil:
			// "Q." after "BY MS. OKAFOR-REYES:": the lawyer examining
			ex := rec.ExaminerAt(t.LabelStart)
			label := ex.Label
			if p := rec.Presiding(label); p != "" {
				label = p // "Examined by THE CORONER"
			}
			q.Speaker, q.SpeakerTitle = x.labelSpeaker(transcript.Turn{Label: label, LabelStart: ex.Start, LabelEnd: ex.End})
		case t.Role == transcript.Question:
			// "Q: ...": the interviewer's words, when the introduction
			// names them; else the reporter the podium called on, or
			// an unnamed one
			if !asked {
				asker, asked = transcript.Interviewer(x.r, t.LabelStart), true
				if podium.AtConference(x.r, t.LabelStart) {
					asker, unnamedAsker = "", "a reporter" // the byline's writer was one of many asking
				}
			}
			q.Speaker, q.Confidence = asker, 0.7
			if asker == "" {
				if q.Speaker = askers.Question(x.r, t, ""); q.Speaker != "" {
					q.Speaker, q.SpeakerTitle = x.personNamed(q.Speaker, t.LabelStart)
				} else {
					q.Speaker, q.Confidence = unnamedAsker, 0.5
				}
			}
		case (t.Role == transcript.Answer || strings.EqualFold(t.Label, "the witness") || strings.EqualFold(t.Label, "witness")) && rec.WitnessAt(t.LabelStart) != "":
			q.Speaker, q.SpeakerTitle = x.labelSpeaker(transcript.Turn{Label: rec.WitnessAt(t.LabelStart), LabelStart: t.LabelStart, LabelEnd: t.LabelEnd})
		case strings.EqualFold(t.Label, "the court") && rec.Judge != "":
			q.Speaker, q.SpeakerTitle = x.labelSpeaker(transcript.Turn{Label: rec.Judge, LabelStart: t.LabelStart, LabelEnd: t.LabelEnd})
		case rec.Presiding(t.Label) != "":
			// "THE CHAIR:" under "HIS HONOUR SIR MALCOLM ATHERSTONE (Chair)",
			// "THE CORONER:" under "Before: HM ASSISTANT CORONER MS JUDITH HALLORAN"
			q.Speaker, _ = x.labelSpeaker(transcript.Turn{Label: rec.Presiding(t.Label), LabelStart: t.LabelStart, LabelEnd: t.LabelEnd})
			q.SpeakerTitle = transcript.TitleCase(strings.TrimPrefix(strings.ToLower(t.Label), "the "))
		case t.Role == transcript.Answer:
			if interviewee >= 0 {
				q.Speaker, q.SpeakerTitle = x.ents[interviewee].name, x.ents[interviewee].title
			} else {
				q.Confidence = 0.5
			}
		case alias != "":
			// "BramblewickHenrik:" after "Osei-Lindgren posts as BramblewickHenrik"
			q.Speaker, q.SpeakerTitle = x.personNamed(alias, t.LabelStart)
		case initialled[t.Label] > 0:
			// "JTH:" for Joaquina Treviño-Hart
			e := initialled[t.Label] - 1
			q.Speaker, q.SpeakerTitle = x.ents[e].name, x.ents[e].title
		case transcript.InitialsLabel(t.Label, byline):
			q.Speaker = byline // "PV:" under "BY PRIYA VENKATARAMAN", a name in capitals no entity holds
		default:
			q.Speaker, q.SpeakerTitle = x.labelSpeaker(t)
			if q.SpeakerTitle == "" {
				q.SpeakerTitle = t.Title // "Marcus Ellery -- President and Chief Executive Officer"
			}
		}
		qs = append(qs, q)
	}
	return qs, spans
}

// initialsIndex maps the initials of each person the article names in
// full ("JTH" for Joaquina Treviño-Hart) to the entity's index plus one;
// initials two people share map to -1.
func (x *extractor) initialsIndex() map[string]int {
	out := map[string]int{}
	for e := range x.ents {
		x.steps++
		if !x.ents[e].person {
			continue
		}
		for _, in := range transcript.InitialsOf(x.ents[e].name) {
			if was, ok := out[in]; ok && was != e+1 && (was < 0 || x.ents[was-1].name != x.ents[e].name) {
				out[in] = -1
			} else {
				out[in] = e + 1
			}
		}
	}
	return out
}

// personNamed returns the name and title of the person a transcript
// gives by name at rune pos (a label's alias, a moderator named in the
// header, a reporter naming themselves), as the article registered them.
func (x *extractor) personNamed(name string, pos int) (string, string) {
	e := x.resolvePerson(name, "", pos)
	return x.ents[e].name, x.ents[e].title
}

// labelSpeaker resolves a transcript label: "SEN. WARREN" gives the person
// named Warren before (or "Warren", titled "Sen."), "THE CHAIR" gives
// "The Chair".
// maxOfficeLabels bounds the office labels whose holder the text is read
// for: each read is one pass over the text.
const maxOfficeLabels = 20

// readOnce returns read's answer for key, asked once per key and for a
// few keys only: each read is one pass over the text.
func (x *extractor) readOnce(key string, read func() string) string {
	if x.officeNames == nil {
		x.officeNames = map[string]string{}
	}
	v, ok := x.officeNames[key]
	if !ok && len(x.officeNames) < maxOfficeLabels {
		v = read()
		x.officeNames[key] = v
	}
	return v
}

func (x *extractor) labelSpeaker(t transcript.Turn) (name, title string) {
	words := strings.Fields(transcript.NameCase(t.Label)) // "SEN. WARREN", not "DeSantis"
	if strings.EqualFold(t.Label, "reporter") && t.Start > t.LabelEnd {
		if o := strings.Trim(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(string(x.r[t.LabelEnd:t.Start])), ":")), "()"); o != "" {
			return "a reporter from " + o, "" // "REPORTER (KOIN 6):"
		}
	}
	if full, ok := x.roster["CHAIR"]; ok && transcript.ChairLabel(words) {
		// "CHAIR:" under "Gattenby, Sen Rosaleen (Chair)", "The CHAIRMAN."
		// under "..., Chairman": a person, whom the roster alone names
		e := x.resolvePerson(full, "Chair", x.toks[x.tokenAt(t.LabelStart)].S)
		return x.ents[e].name, "Chair"
	}
	if strings.EqualFold(words[0], "the") || len(words) == 1 && transcript.RoleLabel(words[0]) || transcript.Voices(t.Label) || lexicon.IsPeerName(t.Label) {
		return strings.Join(words, " "), ""
	}
	if lexicon.IsTitleWord(strings.ToLower(words[len(words)-1])) && (len(words) >= 2 || strings.ToUpper(t.Label) == t.Label) {
		// (or "MINISTER:" after "Water minister Gareth Llewellyn")
		// "Health and Social Care Secretary:" after "Health and Social
		// Care Secretary Nadia Qureshi-Bell held a press conference"
		if holder := x.readOnce(t.Label, func() string { return transcript.OfficeHolder(x.r, t.Label) }); holder != "" {
			name, _ := x.personNamed(holder, t.LabelStart)
			return name, t.Label
		}
	}
	if len(words) == 1 {
		// "Coroner:" after "Area coroner Dr Yvonne Kettleborough asked
		// him", "CALLER:" after "The caller, 34-year-old Marisa Tolliver"
		if holder := x.readOnce("\x00"+words[0], func() string { return transcript.RoleHolder(x.r, words[0]) }); holder != "" {
			name, _ := x.personNamed(holder, t.LabelStart)
			return name, words[0]
		}
	}
	if holder, office := x.initials.Of(x.r, t.Label); holder != "" {
		name, _ := x.personNamed(holder, t.LabelStart) // "CMO:" after "the Chief Medical Officer, Professor Sir Rajiv Menon"
		return name, office
	}
	k := 0
	for k < len(words)-1 && transcript.LabelTitle(words[k]) {
		k++ // "SEN. WARREN", "DET SUPT CASTLETON"
	}
	if first := strings.ToLower(words[0]); k == 0 && len(words) == 2 && (lexicon.IsPersonRole(first) || lexicon.IsRoleNoun(first) || lexicon.IsEpithet(first, false) ||
		strings.HasSuffix(first, "tor") || strings.HasSuffix(first, "ary")) {
		// "ADMINISTRATOR VANTERPOOL": an office the title words lack, and
		// the surname of a person the introduction named in full
		if e := x.resolvePerson(words[1], "", x.toks[x.tokenAt(t.LabelStart)].S); strings.HasSuffix(x.ents[e].name, " "+words[1]) {
			return strings.TrimPrefix(x.ents[e].name, words[0]+" "), words[0]
		}
	}
	if last := len(words) - 1; last > 0 {
		if full, ok := x.roster[strings.ToUpper(words[last])]; ok {
			// "SEN. MADRIGAL" or "RANKING MEMBER MADRIGAL" after the
			// panel's "SEN. TERESA MADRIGAL (D-N.M.)"
			if strings.HasPrefix(full, words[k]+" ") {
				last = k
			}
			return full, strings.Join(words[:last], " ")
		}
	}
	title = strings.Join(words[:k], " ")
	e := x.resolvePerson(strings.Join(words[k:], " "), title, x.toks[x.tokenAt(t.LabelStart)].S)
	if x.ents[e].title != "" {
		title = x.ents[e].title
	}
	return x.ents[e].name, title
}
