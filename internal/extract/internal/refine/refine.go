package refine

import (
	"github.com/quotetrail/quotetrail/internal/extract/internal/officename"
	"slices"
	"strings"
	"unicode"

	"github.com/quotetrail/quotetrail/internal/extract/internal/acronym"
	"github.com/quotetrail/quotetrail/internal/extract/internal/article"
	"github.com/quotetrail/quotetrail/internal/extract/internal/docvoice"
	"github.com/quotetrail/quotetrail/internal/extract/internal/epithet"
	"github.com/quotetrail/quotetrail/internal/extract/internal/headline"
	"github.com/quotetrail/quotetrail/internal/extract/internal/mentionfix"
	"github.com/quotetrail/quotetrail/internal/extract/internal/nameform"
	"github.com/quotetrail/quotetrail/internal/extract/internal/orgref"
	"github.com/quotetrail/quotetrail/internal/extract/internal/quotelayout"
	"github.com/quotetrail/quotetrail/internal/extract/internal/recent"
	"github.com/quotetrail/quotetrail/internal/extract/internal/result"
	"github.com/quotetrail/quotetrail/internal/extract/internal/tok"
	"github.com/quotetrail/quotetrail/internal/extract/internal/transcript"
	"github.com/quotetrail/quotetrail/internal/extract/internal/vocab"
	"github.com/quotetrail/quotetrail/internal/extract/lexicon"
)

// Refining the speakers of the output.
//
// The rules and the ranker settle which mention a quote rests on; the
// speaker named for that mention is then refined here, after the learned
// models have read the attributions (so that their training is unchanged):
// a pronoun resolved to a club, firm or place is resolved again to a
// person; an organisation keeps its whole name ("Department of Justice",
// "Egypt's State Information Service"); a place after a person's
// affiliation ("Garth Smithson of the University of California, Santa
// Cruz, said") gives way to the person; an honorific leaves the name
// ("Professor Amara Osei" is Amara Osei); a description standing for the
// person just named ("the Scot", "the 27-year-old") is that person; and
// "the source" after "a government source" is that source.

// maxRefineBack bounds how many earlier quotes a description looks back
// through for the one it repeats.
const maxRefineBack = 10

// refine rewrites the speakers of x.out (in text order) as above.
// described reports whether a transcript label's speaker is a
// description ("The Speaker", "Some hon. members", "An hon. member").
func described(speaker string) bool {
	first, _, _ := strings.Cut(strings.ToLower(speaker), " ")
	return first == "the" || first == "some" || first == "an" || first == "a"
}

func (x *refiner) refine() {
	full := map[string]string{}  // surname -> the full name written last, up to the sweep
	orgs := map[string]string{}  // "the organization" -> the organisation it stood for last
	acronyms := map[string]int{} // an office's acronym ("SAPM") -> its holder
	heads := headline.New(x.d)
	sweep := 0
	for i := range x.out {
		x.steps++
		q := &x.out[i]
		for ; sweep < len(x.toks) && x.toks[sweep].S < q.Start; sweep++ {
			x.steps++
			x.fullNameAt(sweep, full)
			x.off.ParticleNameAt(sweep, full)
		}
		if q.Speaker == "" {
			x.coordinatedSubject(q)
			x.steps += mentionfix.Unattributed(x.d, q) // "..., Minister of State Fintan Gilvarry, told ... “...”"
		}
		if q.Speaker == "" && q.SpeakerStart >= 0 {
			// "Her neighbor, Edivaldo Lima, 34, said ... “...,” he said.":
			// a pronoun the models found no one for
			if a := x.tokenAt(q.SpeakerStart); a >= 0 {
				if g := lexicon.PronounGender(x.toks[a].Low); g == "m" || g == "f" {
					if e := x.personSubjectBefore(a, g[0]); e >= 0 {
						q.Speaker, q.SpeakerTitle = x.ent(e).Name, x.ent(e).Title
					} else if name, title := recent.UnlistedSpeaker(x.d, x.out, i, a); name != "" {
						q.Speaker, q.SpeakerTitle = name, title
					}
				}
			}
		}
		if q.Kind != result.KindParaphrase {
			x.rep.Unattributed(q, i) // "“...,” one U.S. official said", "‘...,’ minister says as ..."
		}
		if q.SpeakerStart < 0 || q.Speaker == "" || x.stopped() || q.Cue == ":" && (described(q.Speaker) || lexicon.IsPeerName(q.Speaker)) {
			continue // a transcript's "The Speaker:", "Some hon. members:", "Lord Garthmyl (CB)": the label says who
		}
		fullName(q, full)
		x.steps += mentionfix.Fix(x.d, q) // the mention a quote is attributed to, set right
		a, b := x.tokenAt(q.SpeakerStart), x.tokenAt(q.SpeakerEnd-1)+1
		a, b = x.antecedent(q.Speaker, a, b)
		if e, ok := x.byName(q.Speaker); ok && a > 0 && x.headlineOnly(e) {
			x.outOfHeadline(q, e, a, full)
		}
		if b < len(x.toks) && strings.HasSuffix(x.toks[b-1].Low, "-based") && x.toks[b].Kind == tok.Word && !x.toks[b].InQ {
			if b-a == 1 && a > 0 && x.toks[a-1].Low == "the" {
				a--
			}
			b++ // "the Stockholm-based studio", read as "Stockholm-based"
			q.Speaker = x.text(a+b2i(x.toks[a].Low == "the"), b)
		}
		g := lexicon.PronounGender(x.toks[a].Low)
		described := ""
		if g == "m" || g == "f" {
			described = x.describedSubjectBefore(a, q.Speaker)
		}
		unlisted, unlistedTitle := "", ""
		if g == "m" || g == "f" {
			unlisted, unlistedTitle = recent.UnlistedSpeaker(x.d, x.out, i, a)
		}
		switch {
		case unlisted != "":
			q.Speaker, q.SpeakerTitle = unlisted, unlistedTitle
		case described != "":
			// "At a briefing, the prime minister's official spokesman
			// was asked ... “...,” he said."
			q.Speaker, q.SpeakerTitle = described, ""
		case (g == "m" || g == "f") && x.describedQuoteBefore(i, a, g[0]):
			// "The judge said ... “...”" after "Judge Philippa Crane KC
			// told her": "“...,” she said." is the judge
			q.Speaker, q.SpeakerTitle = x.out[i-1].Speaker, x.out[i-1].SpeakerTitle
		case g == "m" || g == "f":
			// A club, a firm or a place ("Leeds United", "at Stamford
			// Bridge") is never "he" or "she": the latest person before.
			if e, ok := x.byName(q.Speaker); ok && (vocab.PlaceOrTeam(x.ent(e).Name) || vocab.IsOutlet(x.ent(e).Name) || epithet.PlaceMention(x.d, x.latestMention(e, a)) || x.articleMention(x.latestMention(e, a)) ||
				x.outletMentionAt(x.latestMention(e, a)) ||
				article.QuotedName(x.d, x.latestMention(e, a))) || !ok && (vocab.IsOutlet(q.Speaker) || vocab.PlaceOrTeam(q.Speaker)) {
				if was := q.Speaker; i > 0 {
					x.describedBefore(q, &x.out[i-1], a) // "A senior executive ... said ... “...,” he said."
					if q.Speaker != was {
						break
					}
				}
				if e2 := x.personSubjectBefore(a, g[0]); e2 >= 0 {
					q.Speaker, q.SpeakerTitle = x.ent(e2).Name, x.ent(e2).Title // "Al-Qahtani dismissed concerns. ..., he said"
					break
				}
				if name := x.off.ParticleSubjectBefore(min(a, x.tokenAt(q.Start))); name != "" {
					q.Speaker, q.SpeakerTitle = name, "" // "Hana al-Saeedi ... told Middle East Eye ... “...,” she said"
					break
				}
				if e2 := x.personBefore(a, g[0]); e2 >= 0 {
					q.Speaker, q.SpeakerTitle = x.ent(e2).Name, x.ent(e2).Title
				}
			}
			if e, ok := x.byName(q.Speaker); ok && x.linkPara(x.firstMention(e, a)) {
				// "RELATED: Tessa Marlowe Looks Back on Her Oscar Night":
				// a name a link to another story gave is no one in this one,
				// even when a word of it recurs ("the best actress Oscar").
				if e2 := x.personOutsideLinks(a, g[0]); e2 >= 0 {
					q.Speaker, q.SpeakerTitle = x.ent(e2).Name, x.ent(e2).Title
				}
			}
			if e, ok := x.byName(q.Speaker); ok && (x.ent(e).PossGender || x.ent(e).PronGender) {
				if e2 := x.knownFitInPara(a, g[0]); e2 >= 0 {
					q.Speaker, q.SpeakerTitle = x.ent(e2).Name, x.ent(e2).Title
				}
			}
			if name := x.nameGivenOnly(a, g[0]); name != "" {
				q.Speaker, q.SpeakerTitle = name, "" // "who gave only her surname, Chan"
			} else if e := x.subjectSpokeFirst(a, g[0]); e >= 0 {
				q.Speaker, q.SpeakerTitle = x.ent(e).Name, x.ent(e).Title
			} else if e := x.epithetOpens(a, g[0]); e >= 0 {
				q.Speaker, q.SpeakerTitle = x.ent(e).Name, x.ent(e).Title
			} else if e := x.subjectJustBefore(a, g[0], q.Speaker); e >= 0 {
				q.Speaker, q.SpeakerTitle = x.ent(e).Name, x.ent(e).Title
			} else if e := x.setUpSpeaker(a, g[0]); e >= 0 {
				q.Speaker, q.SpeakerTitle = x.ent(e).Name, x.ent(e).Title
			} else if e := x.previousSubject(a, g[0], q.Speaker, i, full); e >= 0 {
				q.Speaker, q.SpeakerTitle = x.ent(e).Name, x.ent(e).Title
			} else if e := x.surnameSince(a, g[0], q.Speaker, full); e >= 0 {
				q.Speaker, q.SpeakerTitle = x.ent(e).Name, x.ent(e).Title
			} else if e := x.objectNotSpeaker(a, g[0], q.Speaker); e >= 0 {
				q.Speaker, q.SpeakerTitle = x.ent(e).Name, x.ent(e).Title
			} else if e := x.objectOfPronounSubject(a, g[0], q.Speaker); e >= 0 {
				q.Speaker, q.SpeakerTitle = x.ent(e).Name, x.ent(e).Title
			} else if e := x.speakerGoesOn(i, a, g[0]); e >= 0 {
				q.Speaker, q.SpeakerTitle = x.ent(e).Name, x.ent(e).Title
			} else if e := x.chainedSubject(a, g[0], q.Speaker, i, full); e >= 0 {
				q.Speaker, q.SpeakerTitle = x.ent(e).Name, x.ent(e).Title
			} else if j := x.samePronounBefore(i, a, g[0]); j >= 0 {
				q.Speaker, q.SpeakerTitle = x.out[j].Speaker, x.out[j].SpeakerTitle
			} else if i > 0 {
				x.describedBefore(q, &x.out[i-1], a)
			}
			if name := x.loneGivenName(a, g[0], q.Speaker); name != "" {
				q.Speaker, q.SpeakerTitle = name, "" // "I spend a morning with Manuel, a master cheesemaker ... “...,” he says"
			} else if e := x.titledOtherwise(q.Speaker, a, g[0]); e >= 0 {
				q.Speaker, q.SpeakerTitle = x.ent(e).Name, x.ent(e).Title
			} else if d := x.otherGender(q.Speaker, a, g[0]); d != "" {
				q.Speaker, q.SpeakerTitle = d, "" // "she" is no Darren: "the widow, who asked not to be named, said ..."
			}
			if e, ok := x.byName(q.Speaker); ok {
				if e2 := x.roleThenName(x.latestMention(e, a)); e2 >= 0 && e2 != e {
					// "Keighley Central ward councillor Martin Dobson":
					// the place before a role is no one, the name after it is
					q.Speaker, q.SpeakerTitle = x.ent(e2).Name, x.ent(e2).Title
				}
			}
		case x.oneOf(a, b):
			x.earlierSource(q, i, x.toks[b-1].Low) // "one of the people", "one official"
		case q.Cue == ":" && q.SpeakerEnd <= q.Start && labelEnd(strings.TrimSpace(string(x.r[q.SpeakerEnd:q.Start]))) && x.isPerson(q.Speaker) && strings.Contains(q.Speaker, " "):
			// a transcript's label the label reader gave a name already:
			// "MINISTER:" after "Water minister Gareth Llewellyn", the
			// record's "The CHAIRMAN." under its roster's chairman
		case x.ownDocument(q, a, b):
		case b-a >= 2 && (x.toks[a].Low == "the" || a > 0 && x.toks[a-1].Low == "the" && x.toks[a].Cap && !x.isPerson(q.Speaker)) || b-a == 1:
			was := q.Speaker
			x.refineDescription(q, a, b, i)
			if q.Speaker != was && (strings.HasPrefix(was, "the ") || strings.Contains(was, "-based ")) {
				orgs[was] = q.Speaker
				orgs["the "+strings.ToLower(was[strings.LastIndexByte(was, ' ')+1:])] = q.Speaker // "the studio" after "the Stockholm-based studio"
			}
		}
		if lexicon.PronounGender(x.toks[a].Low) != "" {
			fullName(q, full) // "she" read as the last mention, "Ms Mac Carthaigh"
		} else if (!x.toks[a].Cap || x.oneOf(a, b) || lexicon.IsDeterminer(x.toks[a].Low)) && !x.isPerson(q.Speaker) {
			if name := x.nameGivenIn(b, min(len(x.toks), b+24), 0); name != "" {
				q.Speaker, q.SpeakerTitle = name, "" // "One caller to the Nolan Show, who gave her name only as Margaret from Lisburn, said"
			}
		}
		if o, ok := orgs[q.Speaker]; ok {
			q.Speaker = o // "It added" after "the organization said"
		}
		x.platformSpeaker(q, a)
		x.partyTag(q, a)
		x.placeSpeaker(q, a)
		x.orgHead(q, a)
		x.wholeOrg(q, a, b)
		x.middleName(q, a)
		x.off.OfficeThenName(q, a, b, acronyms)
		x.off.CredentialSpeaker(q, a, b)
		x.steps += acronym.Name(x.d, q, a)
		x.givenName(q, a)
		if name, ok := vocab.GivenAsTitle(q.Speaker, q.SpeakerTitle); ok && strings.Contains(x.text(a, b), name) {
			q.Speaker, q.SpeakerTitle = name, ""
		}
		x.refineName(q, a, b)
		x.roleFor(q, a, b)
		x.sourceModifier(q, a, b)
		x.qualifiedSource(q, a, b)
		x.appositiveName(q)
		x.off.ParticleApposition(q, a, full)
		x.nameAfterDescription(q, a, b)
		x.roleOfOrg(q, a, b)
		x.ownerModifier(q, a, b)
		x.relativeNamed(q, i, a, b)
		x.titlesAndName(q)
		x.reportedBy(q, i, a, b)
		x.rep.Speaker(q, a) // "Interfax quoted X as saying", "in which Keogh wrote:", "the DfI"
		x.readAloud(q)
		x.statementOf(q, i, a, b)
		x.steps += docvoice.BareSpokesperson(x.d, q, a, b)
		if strings.EqualFold(q.Speaker, x.text(a, b)) {
			x.steps += docvoice.Issuer(x.d, q, a, b) // "the commentary said" after "KCNA carried a commentary"
		}
		x.steps += docvoice.MessageAuthor(x.d, q, a, b)
		x.steps += docvoice.FullerDescription(x.d, q, a, b)
		x.kinSurname(q, a, b)
		nameform.RoleFused(q)
		x.off.InitialsName(q, a, b)
		x.off.OrgSpokesperson(q, a, b)
		nameform.BareSurname(q)
		nameform.PostNominal(q)
		nameform.OfficeOfName(q)
		nameform.TitleIsName(q)
		nameform.PersonOfOrg(q, x.isPerson)
		x.off.OrgRoleName(q, a, b)
		x.off.AndOrg(q, a, b)
		x.calledBefore(q, a) // "the quarterback" after "quarterback Cole Haddix"
		if e := heads.Holder(a, b); e >= 0 {
			x.held = append(x.held, held{i, e, q.Speaker}) // a headline's "Cascadia Airways CEO says ...", unless the story gives the words
		}
		if sp := strings.IndexByte(q.Speaker, ' '); sp > 0 && strings.HasSuffix(q.Speaker[:sp], "-based") && unicode.IsUpper([]rune(q.Speaker[sp+1:])[0]) {
			q.Speaker = q.Speaker[sp+1:] // "the Tokyo-based Japan Wildlife Coexistence Network"
		}
	}
	x.namesAfter(full)
	x.steps += quotelayout.Attributions(x.d, x.out)
}

// fullName gives a speaker named by surname the full name written last
// ("Mr Lang" after "Conservative MP Geoffrey Lang", "Mac Carthaigh" after
// "Tánaiste Nuala Mac Carthaigh", "Mr. Kamatchi Sundaram" after "V.
// Kamatchi Sundaram").
func fullName(q *result.Quote, full map[string]string) {
	if t, sur, ok := strings.Cut(q.Speaker, " "); ok && !strings.Contains(sur, " ") && (lexicon.IsHonorific(strings.ToLower(strings.TrimSuffix(t, "."))) || lexicon.IsTitleWord(strings.ToLower(strings.TrimSuffix(t, ".")))) {
		if f, ok := full[sur]; ok && strings.HasSuffix(f, " "+sur) {
			q.Speaker = f // "PC Hartley" after "PC Daniel Hartley"
			if q.SpeakerTitle == "" {
				q.SpeakerTitle = t
			}
		}
	} else if f, ok := full[q.Speaker]; ok && lexicon.PronounGender(strings.ToLower(q.Speaker)) == "" {
		q.Speaker = f
	} else if sp := strings.LastIndexByte(q.Speaker, ' '); sp > 0 {
		f, ok := full[q.Speaker[sp+1:]]
		if ok && strings.HasSuffix(f, " "+q.Speaker) && (vocab.SurnameParticles[strings.ToLower(q.Speaker[:strings.IndexByte(q.Speaker, ' ')])] || vocab.Initials(f[:len(f)-len(q.Speaker)-1])) {
			q.Speaker = f
		}
	}
}

// headlineOnly reports whether entity e was named first in a headline in
// title case ("Stocks Retreat From Record as Morrow Cools Bets"), whose
// capitals make runs of words no one's name.
func (x *refiner) headlineOnly(e int) bool {
	if !x.titleCaseHeadline() {
		return false
	}
	if x.firstAt == nil {
		// Every entity's first mention (its full name, which later
		// surnames refer to), in one walk over the mentions.
		x.firstAt = map[int]int{}
		x.mentionsBefore(len(x.toks), func(c, t int) bool {
			x.firstAt[c] = t
			return true
		})
	}
	first, ok := x.firstAt[e]
	return ok && x.toks[first].Para == 0
}

// titleCaseHeadline reports whether the article opens with a headline in
// title case ("Northlight Pictures Buys Venice Competition Drama"), whose
// capitals say nothing about names.
func (x *refiner) titleCaseHeadline() bool {
	if x.headCase == 0 {
		x.headCase = 1
		if orgref.TitleCaseHeadline(x.toks) {
			x.headCase = 2
		}
	}
	return x.headCase == 2
}

// outOfHeadline gives a quote whose speaker (entity e) is a run of a
// title-case headline's words the person it stands for: the one named in
// full whose surname is among its words ("Morrow Cools Bets" is Daniel
// Morrow), or for a pronoun the latest person of its gender named outside
// the headline.
func (x *refiner) outOfHeadline(q *result.Quote, e, a int, full map[string]string) {
	for _, w := range strings.Fields(x.ent(e).Name) {
		if f, ok := full[w]; ok && f != x.ent(e).Name && strings.HasSuffix(f, " "+w) {
			q.Speaker, q.SpeakerTitle = f, ""
			if c, ok := x.byName(f); ok {
				q.SpeakerTitle = x.ent(c).Title
			}
			return
		}
	}
	g := lexicon.PronounGender(x.toks[a].Low)
	if g != "m" && g != "f" {
		return
	}
	found, seen := -1, 0
	x.mentionsBefore(a, func(c, t int) bool {
		seen++
		en := x.ent(c)
		if x.toks[t].Para > 0 && c != e && en.Person && (en.Gender == 0 || en.Gender == g[0]) && !vocab.PlaceOrTeam(en.Name) && !epithet.PlaceMention(x.d, t) {
			found = c
			return false
		}
		return seen < 199
	})
	if found >= 0 {
		q.Speaker, q.SpeakerTitle = x.ent(found).Name, x.ent(found).Title
	}
}

// maxDescribedAt bounds, in tokens, how far into its sentence an unnamed
// person's description may start: after a phrase put before it
// ("Speaking to BBC Radio Ulster's Nolan Show on Monday, a firefighter").
const maxDescribedAt = 16

// describedSubjectBefore returns the description of an unnamed person the
// sentence before a pronoun at token a opens with ("At a briefing, the
// prime minister's official spokesman was asked ..."), when the person
// the pronoun was resolved to (cur) is not named in that sentence; "" if
// there is none.
func (x *refiner) describedSubjectBefore(a int, cur string) string {
	p, s, ok := x.sentenceBefore(a)
	if !ok {
		return ""
	}
	if x.toks[p].InQ || x.toks[p].Kind == tok.OpenQ {
		return ""
	}
	if c, ok := x.byName(cur); ok && x.lastMention(c, a) >= p && !x.outletMentionAt(x.lastMention(c, a)) && !x.reportedAfterCue(p, s, x.lastMention(c, a)) {
		return "" // (but not a programme the sentence names: "Speaking to BBC Radio Ulster's Nolan Show")
	}
	for k := p; k < s && k-p < maxDescribedAt; k++ {
		x.steps++
		w := x.toks[k].Low
		fronted := k > p && x.toks[k-1].Low == "," && (w == "a" || w == "an") // "Speaking to the Nolan Show, a firefighter who ..."
		if w != "the" && (w != "a" && w != "an" && w != "another" && w != "one" || k != p) && !fronted {
			continue // "At a briefing, the ... spokesman", "A Scottish Government spokeswoman told The Herald"
		}
		for h := k + 1; h+2 < s && h-k <= 4 && x.toks[h].Kind == tok.Word; h++ {
			if x.toks[h+1].Low == "," && x.toks[h+2].Low == "who" && (w != "the" && vocab.UnnamedPeople[x.toks[h].Low] && (h+3 >= s || x.toks[h+3].Low != "gave") || !x.toks[h].Cap && x.unnamedWho(h+3, s)) {
				if w == "another" {
					return "another " + x.text(k+1, h+1) // "Another neighbor, who asked ... not to use her name, said"
				}
				return x.text(k+1, h+1) // "One mother, who did not want to be named, said ...", "The taxi driver, who asked not to be named, confirmed"
			}
			if x.toks[h+1].Low == "who" && !x.toks[h].Cap && x.unnamedWho(h+2, s) {
				c := h + 2
				for c < s && x.toks[c].Low != "," {
					c++
				}
				return x.text(k+1, c) // "One nurse who works at the unit, and who asked not to be named, said"
			}
		}
		e := k + 1
		for e < s && e-k <= 5 && x.toks[e].Kind == tok.Word && !x.toks[e].InQ && !lexicon.IsAnonymous(x.toks[e].Low) {
			e++
		}
		for e+1 < s && lexicon.IsAnonymous(x.toks[e+1].Low) {
			e++ // "official spokesman"
		}
		if e < s && e-k <= 5 && x.toks[e].Kind == tok.Word && lexicon.IsAnonymous(x.toks[e].Low) && vocab.PersonSources[x.toks[e].Low] &&
			e+1 < s && (vocab.FiniteAux[x.toks[e+1].Low] || lexicon.Verb(x.toks[e+1].Low) != 0) {
			return x.text(k+1, e+1)
		}
		if w == "another" && k+2 < s && vocab.SourceHeads[x.toks[k+1].Low] && (x.toks[k+2].Low == "," || vocab.FiniteAux[x.toks[k+2].Low] || lexicon.Verb(x.toks[k+2].Low) != 0) {
			return strings.ToLower(x.text(k, k+2)) // "Another banker, who has advised on two listings, puts it more bluntly."
		}
		return ""
	}
	return ""
}

// describedBefore gives a pronoun (at token a) the unnamed speaker of
// the quote or paraphrase before it, prev, when that speaker is a
// person described in the same paragraph ("A spokesperson for the
// Prime Minister’s Office said ... “...,” she said") and the person the
// pronoun was resolved to is not named in that paragraph.
func (x *refiner) describedBefore(q, prev *result.Quote, a int) {
	if prev.SpeakerStart < 0 || prev.Speaker == "" || x.isPerson(prev.Speaker) || prev.SpeakerStart >= q.SpeakerStart {
		return
	}
	pa, pb := x.tokenAt(prev.SpeakerStart), x.tokenAt(prev.SpeakerEnd-1)
	if x.toks[pa].Para != x.toks[a].Para || lexicon.PronounGender(x.toks[pa].Low) != "" || pa != x.sentStart(pa) {
		return // only the subject opening its sentence, not "a friend" in "Mr Fraser said a friend once warned him"
	}
	role := false
	for k := pa; k <= pb && k-pa < 12 && !role; k++ {
		x.steps++
		head := x.toks[k].Low // "executive" in "A senior executive at a Gulf shipping line"
		role = lexicon.IsPersonRole(head) || lexicon.IsAnonymous(head) || lexicon.IsRoleNoun(head)
	}
	if !role {
		return
	}
	if e, ok := x.byName(q.Speaker); ok {
		if t := x.latestMention(e, a); t >= x.paraStart(a) {
			return
		}
	}
	q.Speaker, q.SpeakerTitle = prev.Speaker, prev.SpeakerTitle
}

// roleFor completes an unnamed speaker's role with the organisation it
// speaks for: "A spokesman for Police Scotland" is "spokesman for Police
// Scotland", "a spokesperson for the Prime Minister’s Office"
// "spokesperson for the Prime Minister’s Office".
func (x *refiner) roleFor(q *result.Quote, a, b int) {
	head := x.toks[b-1]
	if b >= len(x.toks) || x.isPerson(q.Speaker) || !strings.HasSuffix(q.Speaker, x.text(b-1, b)) ||
		!(lexicon.IsPersonRole(head.Low) || lexicon.IsAnonymous(head.Low) || vocab.AgentHeads[head.Low]) || x.toks[b].Low != "for" && x.toks[b].Low != "at" {
		return
	}
	k := b + 1
	if k < len(x.toks) && x.toks[k].Low == "the" {
		k++
	}
	e := k
	for e < len(x.toks) && e-k < 8 && (x.isNameWord(e) || (x.toks[e].Low == "of" || x.toks[e].Low == "and") && e+1 < len(x.toks) && x.isNameWord(e+1)) {
		x.steps++
		e++
	}
	if e == k || x.toks[e-1].Low == "of" {
		return
	}
	q.Speaker += " " + x.text(b, e)
}

// reportedBy makes an outlet that reported a quote (its mention is
// tokens [a, b): "“...,” Press TV reported.") the quote's via, and the
// speaker of the quote or paraphrase before it in the same sentence its
// speaker ("The European statement said Iran's stockpile had “no
// credible civilian justification,” Press TV reported.").
func (x *refiner) reportedBy(q *result.Quote, i, a, b int) {
	reported := lexicon.IsReportVerb(q.Cue) || b < len(x.toks) && (x.toks[b].Low == "reported" || x.toks[b].Low == "reports") // (the cue read as "state" in "state news agency RIA reported")
	if !reported || !x.outletMention(Mention{A: a, B: b}) {
		return
	}
	s := x.sentStart(x.tokenAt(q.Start))
	via, _ := x.outletAt(a+b2i(x.toks[a].Low == "the"), b)
	for j := i - 1; j >= 0 && i-j <= 3; j-- {
		x.steps++
		o := &x.out[j]
		if x.sentStart(x.tokenAt(o.Start)) != s {
			break
		}
		if o.Speaker == "" || o.SpeakerStart < 0 || vocab.IsOutlet(o.Speaker) {
			continue
		}
		q.Via = via
		q.Speaker, q.SpeakerTitle, q.SpeakerStart, q.SpeakerEnd = o.Speaker, o.SpeakerTitle, o.SpeakerStart, o.SpeakerEnd
		return
	}
	// No statement before it in the sentence: the sentence's subject
	// ("In a court filing, department lawyers argued that ...").
	open := x.tokenAt(q.Start) - 1
	m, ok := x.sentenceSubject(s, open)
	if !ok {
		m, ok = article.PossessiveSubject(x.d, s, open)
	}
	if ok && !m.Pron && m.B <= open && !x.outletMention(m) {
		q.Via = via
		q.Speaker, q.SpeakerTitle = m.Name, m.Title
		if m.Person {
			e := x.resolvePerson(m.Name, m.Title, x.toks[m.A].S)
			q.Speaker = x.ent(e).Name
		}
		q.SpeakerStart, q.SpeakerEnd = x.toks[m.A].S, x.toks[m.B-1].E
	}
}

// placeSpeaker gives a quote attributed to a place ("Dr. James Okafor, a
// sleep specialist at the Mayo Clinic in Rochester, Minnesota, who was not
// involved, called the results “...”"; the mention at token a) the
// person its sentence opens with.
func (x *refiner) placeSpeaker(q *result.Quote, a int) {
	if q.Speaker == "" || a == 0 {
		return
	}
	for _, w := range strings.Fields(q.Speaker) {
		if !lexicon.IsPlace(strings.ToLower(w)) {
			return
		}
	}
	s := x.sentStart(a)
	m, ok := x.sentenceSubject(s, a)
	if !ok || !m.Person || m.Pron || m.B > a {
		return
	}
	e := x.resolvePerson(m.Name, m.Title, x.toks[m.A].S)
	q.Speaker, q.SpeakerTitle = x.ent(e).Name, m.Title
	q.SpeakerStart, q.SpeakerEnd = x.toks[m.A].S, x.toks[m.B-1].E
}

// wholeOrg gives an organisation its whole capitalised name when the
// rules took its first words for a title: "The Hong Kong Tobacco Control
// Coalition", "The Customs and Excise Department", "Lochaber Mountain
// Rescue Team" (the mention is tokens [a, b)).
func (x *refiner) wholeOrg(q *result.Quote, a, b int) {
	if q.Speaker == "" || x.isPerson(q.Speaker) && strings.Contains(q.Speaker, " ") || !strings.HasSuffix(q.Speaker, x.text(b-1, b)) ||
		!lexicon.IsOrgWord(x.toks[b-1].Low) || vocab.IsOutlet(q.Speaker) {
		return
	}
	k := b - 1
	for k-1 >= 0 && b-k < 10 && x.toks[k-1].Para == x.toks[b-1].Para {
		x.steps++
		p := x.toks[k-1]
		low := strings.TrimSuffix(p.Low, ".")
		switch {
		case x.isNameWord(k-1) && (!lexicon.IsPossessive(p.Low) || k == b-1) && !(p.Low == "the" && x.sentStart(k-1) == k-1) &&
			!lexicon.IsTitleWord(low) && !lexicon.IsPersonRole(low) && !lexicon.IsRoleNoun(low) && !lexicon.IsHonorific(low):
			k--
			continue
		case (p.Low == "and" || p.Low == "of" || p.Low == "for" || p.Low == "&") && k-2 >= 0 && x.isNameWord(k-2):
			k--
			continue
		}
		break
	}
	if x.toks[k].Kind != tok.Word || !x.toks[k].Cap {
		return
	}
	if whole := x.text(k, b); len(whole) > len(q.Speaker) && strings.HasSuffix(whole, q.Speaker) {
		q.Speaker, q.SpeakerTitle = whole, ""
	}
}

// orgHead gives a speaker read from "for" or "of" on ("for Human Rights
// of the Bajío") the capitalised words of the name before it: "Center for
// Human Rights of the Bajío".
func (x *refiner) orgHead(q *result.Quote, a int) {
	first, _, _ := strings.Cut(q.Speaker, " ")
	if first != "for" && first != "of" {
		return
	}
	for a < len(x.toks) && x.toks[a].Low != first && x.toks[a].S < q.SpeakerEnd {
		a++ // the mention "The Center for Human Rights" holds the "for"
	}
	if a >= len(x.toks) || x.toks[a].Low != first {
		return
	}
	k := a
	for k-1 >= 0 && a-k < 4 && x.isNameWord(k-1) && !(x.toks[k-1].Low == "the" && x.sentStart(k-1) == k-1) && x.toks[k-1].Para == x.toks[a].Para {
		x.steps++
		k--
	}
	if k < a {
		q.Speaker = x.text(k, a) + " " + q.Speaker
	}
}

// givenName gives a person called by one word the full name written
// earlier that it is the first word of, as features call people after
// their first mention ("Lucía" after "Lucía Treviño") and royal styles
// do ("Prince Turki" after "Prince Turki bin Mansour Al Saud"): when one
// person only is so named, and no one before has it as a surname; the
// mention is at token a.
func (x *refiner) givenName(q *result.Quote, a int) {
	if q.Speaker == "" || strings.ContainsAny(q.Speaker, " ") || lexicon.PronounGender(strings.ToLower(q.Speaker)) != "" || transcript.RoleLabel(q.Speaker) ||
		nameform.NameInTitle(q.SpeakerTitle) != "" {
		return // not a call's "Operator" either, nor the last word of a body the title names its person of ("Nadia El-Sayed of King Abdullah University of Science")
	}
	if e, ok := x.byName(q.Speaker); ok && !x.ent(e).Person {
		return
	}
	seen, found, whole := 0, -1, ""
	x.mentionsBefore(a, func(e, t int) bool {
		seen++
		n := x.ent(e)
		switch {
		case !n.Person:
		case t >= 2 && x.toks[t-2].Kind == tok.Word && x.text(t-2, t-1) == q.Speaker && (x.toks[t-1].Low == "bin" || x.toks[t-1].Low == "ibn" || x.toks[t-1].Low == "bint"):
			whole = x.text(t-2, t) + " " + n.Name // "Turki bin Mansour Al Saud", read as "Mansour Al Saud"
			return false
		case strings.HasPrefix(n.Name, q.Speaker+" ") && (found < 0 || x.ent(found).Name == n.Name):
			found = e
		case strings.HasPrefix(n.Name, q.Speaker+" "), strings.HasSuffix(n.Name, " "+q.Speaker):
			found = -2 // two people with that first name, or someone's surname
			return false
		}
		return seen < 200
	})
	if whole != "" {
		q.Speaker = whole
	} else if found >= 0 {
		q.Speaker, q.SpeakerTitle = x.ent(found).Name, x.ent(found).Title
	}
}

// middleName gives a name of one word the full name it is the middle of,
// as Chinese names are written in Hong Kong ("Cheng" after "Vincent Cheng
// Wing-shun", "Lee" after "John Lee Ka-chiu"); the mention is at token a.
func (x *refiner) middleName(q *result.Quote, a int) {
	if q.Speaker == "" || strings.ContainsAny(q.Speaker, " ") {
		return
	}
	seen := 0
	x.mentionsBefore(a, func(e, _ int) bool {
		seen++
		f := strings.Fields(x.ent(e).Name)
		if len(f) == 3 && f[1] == q.Speaker && strings.Contains(f[2], "-") {
			q.Speaker, q.SpeakerTitle = x.ent(e).Name, x.ent(e).Title
			return false
		}
		return seen < 200
	})
}

// partyTag gives a quote attributed to a party tag ("Sen. Lisa
// Murkowski, R-Alaska, told reporters", the mention at token a) the
// person the tag follows.
func (x *refiner) partyTag(q *result.Quote, a int) {
	if a >= 2 && x.toks[a-1].Low == "a" && partyMembers[strings.ToLower(q.Speaker)] {
		a-- // "Valdivia, a Democrat, told CNN": the party the name belongs to
	} else if a >= 1 && x.toks[a].Low == "a" && partyMembers[strings.ToLower(strings.TrimPrefix(q.Speaker, "a "))] {
	} else if !vocab.PartyTag(q.Speaker) {
		return
	}
	if a < 2 || x.toks[a-1].Low != "," {
		return
	}
	m, ok := x.np(x.sentStart(a-2), a-2, 0)
	if !ok || !m.Person {
		return
	}
	e := x.resolvePerson(m.Name, m.Title, x.toks[m.A].S)
	q.Speaker, q.SpeakerTitle = x.ent(e).Name, m.Title
	if q.SpeakerTitle == "" {
		q.SpeakerTitle = x.ent(e).Title
	}
	q.SpeakerStart, q.SpeakerEnd = x.toks[m.A].S, x.toks[m.B-1].E
}

// partyMembers name a party's member in apposition: "Valdivia, a
// Democrat, told CNN".
var partyMembers = map[string]bool{"democrat": true, "republican": true, "independent": true, "conservative": true,
	"tory": true, "socialist": true, "liberal": true, "libertarian": true}

// readAloud gives words a person read out from a document ("Parent
// Melissa Ortiz read the teachers' letter aloud: “...”", "Senator Jane
// Cole read from the memo, which said: “...”") to the document: they are
// its words, not the reader's.
func (x *refiner) readAloud(q *result.Quote) {
	switch q.Cue {
	case "read", "reads", "reading", "recited":
	default:
		return
	}
	open := x.tokenAt(q.Start) - 1
	s := x.sentStart(max(open, 0))
	for k := open - 1; k >= s && open-k <= 15; k-- {
		x.steps++
		if t := x.toks[k]; t.Kind == tok.Word && !t.InQ && vocab.DocNouns[t.Low] {
			q.Speaker, q.SpeakerTitle = x.text(k, k+1), ""
			q.SpeakerStart, q.SpeakerEnd = t.S, t.E
			return
		}
	}
}

// platformSpeaker gives a quote attributed to the site it was posted on
// ("NASA reassured followers in a post on the mission's X account") the
// subject of its sentence.
func (x *refiner) platformSpeaker(q *result.Quote, a int) {
	if !vocab.Platforms[strings.ToLower(q.Speaker)] {
		return
	}
	s := x.sentStart(a)
	if m, ok := x.sentenceSubject(s, a); ok && !m.Pron && m.B <= a && !vocab.Platforms[strings.ToLower(m.Name)] {
		q.Speaker, q.SpeakerTitle = m.Name, m.Title
		return
	}
	e := s // "NASA reassured followers ...": the name the sentence opens with
	for e < a && e-s < 4 && x.isNameWord(e) && !lexicon.IsNamedCap(x.toks[e].Low) {
		e++
	}
	if e > s && e < a && x.toks[e].Kind == tok.Word && !x.toks[e].Cap {
		q.Speaker, q.SpeakerTitle = lexicon.StripPossessive(x.text(s, e)), ""
	}
}

// personSubjectBefore returns the person named as the subject of the
// sentence before token a's, whose gender fits g, or -1.
func (x *refiner) personSubjectBefore(a int, g byte) int {
	p, s, ok := x.sentenceBefore(a)
	if !ok {
		return -1
	}
	m, ok := x.sentenceSubject(p, s)
	if name, ok := vocab.GivenAsTitle(m.Name, m.Title); ok {
		m.Name, m.Title, m.Person = name, "", true // "Bill Tanaka, who has run dive trips ..., said"
	}
	if !ok || m.Pron || !m.Person || x.toks[m.A].Low == "the" || m.A > 0 && x.toks[m.A-1].Low == "the" {
		return -1 // "the Coast Guard will replace the lens": no person
	}
	if n := m.B; m.B-m.A == 1 && m.A == p && n < s && x.nounGoesOn(n) {
		return -1 // "Sea surface temperatures ... are": a capital opening a sentence, no name
	}
	e := x.personOf(m, m.Title) // "Mr Fauzan" after "Abdul Fauzan Siregar"
	if e < 0 || vocab.PlaceOrTeam(x.ent(e).Name) || vocab.AllOfficeWords(x.ent(e).Name) || x.ent(e).Gender != 0 && x.ent(e).Gender != g && !x.ent(e).PossGender {
		return -1 // ("Her neighbor, Edivaldo Lima": the "her" is someone else's)
	}
	return e
}

// personOf returns the entity the name of subject m stands for: one the
// article registered under that name, else the person it resolves to
// with the given title (-1 if none).
func (x *refiner) personOf(m Mention, title string) int {
	if e, ok := x.byName(m.Name); ok {
		return e
	}
	return x.resolvePerson(m.Name, title, x.toks[m.A].S)
}

// nounGoesOn reports whether token n, after a capitalised word opening a
// sentence, goes on with its noun phrase ("Sea surface temperatures")
// rather than starting the verb ("Al-Qahtani dismissed", "Smith says").
func (x *refiner) nounGoesOn(n int) bool {
	t := x.toks[n]
	if t.Kind != tok.Word || t.Cap || t.InQ || vocab.FiniteAux[t.Low] || lexicon.Verb(t.Low) != 0 {
		return false
	}
	for _, suf := range []string{"ed", "s", "ly"} {
		if strings.HasSuffix(t.Low, suf) {
			return false
		}
	}
	return n+1 < len(x.toks) && x.toks[n+1].Kind == tok.Word && !x.toks[n+1].Cap && lexicon.Verb(x.toks[n+1].Low) == 0 && !vocab.FiniteAux[x.toks[n+1].Low]
}

// personBefore returns the latest person named before token i whose gender
// fits g, skipping clubs, firms and places (a name ending in "United" or
// "Road", or named right after "at" or "in"), or -1.
func (x *refiner) personBefore(i int, g byte) int {
	found, seen := -1, 0
	x.mentionsBefore(i, func(e, t int) bool {
		seen++
		en := x.ent(e)
		if en.Person && (en.Gender == 0 || en.Gender == g || en.PossGender) && !vocab.PlaceOrTeam(en.Name) && !epithet.PlaceMention(x.d, t) && !x.articleMention(t) && !vocab.IsOutlet(en.Name) &&
			!(x.sentStart(t) == t && t+1 < len(x.toks) && x.nounGoesOn(t+1)) && !x.outletMentionAt(t) {
			found = e
			return false
		}
		return seen < 199
	})
	return found
}

// surnameSince returns the person a pronoun at token a stands for when
// their surname, after a word that opens the sentence ("For Brennan,
// the diagnosis came late."), is written after the latest mention of
// the person it was resolved to (cur) and in the paragraph before at
// most: the latest such person of the pronoun's gender g, or -1.
func (x *refiner) surnameSince(a int, g byte, cur string, full map[string]string) int {
	c, ok := x.byName(cur)
	if !ok {
		return -1
	}
	lo := x.paraStart(a)
	if lo > 0 {
		lo = x.paraStart(lo - 1)
	}
	lo = max(lo, x.latestMention(c, a)+1, a-200)
	for k := a - 1; k > lo; k-- {
		x.steps++
		t := x.toks[k]
		h := k - 1 // the word before the surname, or before "Mrs" and the surname
		if h > 0 && lexicon.IsHonorific(strings.TrimSuffix(x.toks[h].Low, ".")) {
			h--
		}
		if t.Kind != tok.Word || !t.Cap || t.InQ || h != x.sentStart(k) || !lexicon.IsNamedCap(x.toks[h].Low) {
			continue
		}
		word := lexicon.StripPossessive(x.text(k, k+1))
		name, ok := full[word]
		if !ok && h < k-1 {
			name, ok = article.FamilyNameFirst(x.d, word, a, 4*maxParaMentions) // "For Mrs Tran, ..." after "Tran Thi Lan"
		}
		if !ok || k+1 < len(x.toks) && x.isNameWord(k+1) {
			continue
		}
		if e, ok := x.byName(name); ok && e != c && x.ent(e).Person && x.ent(e).Gender == g {
			return e
		}
	}
	return -1
}

// objectNotSpeaker returns the subject of the sentence before a
// pronoun at token a when the person it was resolved to (cur) is named
// in the pronoun's own sentence only as an owner or an object ("Pruitt
// brushed off the criticism. Asked about Brandt’s remarks, she said
// ..."): one does not answer questions about one's own remarks so. It
// returns -1 otherwise.
func (x *refiner) objectNotSpeaker(a int, g byte, cur string) int {
	c, ok := x.byName(cur)
	if !ok {
		return -1
	}
	p, s, ok := x.sentenceBefore(a)
	t := x.latestMention(c, a)
	if !ok || t < s {
		return -1
	}
	k := t - 1 // the word before the name and the titles or roles before it: "by prosecutor Karen Liu"
	for k > s && t-k <= 4 && (x.isNameWord(k) || lexicon.IsRoleNoun(x.toks[k].Low) || lexicon.IsPersonRole(x.toks[k].Low)) {
		x.steps++
		k--
	}
	if !lexicon.IsPossessive(x.toks[t].Low) && !strings.HasSuffix(x.toks[t].Low, "'s") && !strings.HasSuffix(x.toks[t].Low, "’s") &&
		!(k >= 0 && vocab.ObjectPreps[x.toks[k].Low]) {
		return -1
	}
	m, ok := x.sentenceSubject(p, s)
	if name, ok := vocab.GivenAsTitle(m.Name, m.Title); ok {
		m.Name, m.Title, m.Person = name, "", true // "Bill Tanaka, who has run dive trips ..., said"
	}
	if !ok || m.Pron || !m.Person {
		return -1
	}
	e := x.resolvePerson(m.Name, "", x.toks[m.A].S)
	if e == c || !x.ent(e).Person || x.ent(e).Gender != 0 && x.ent(e).Gender != g {
		return -1
	}
	return e
}

// objectOfPronounSubject returns the person a pronoun at token a (of
// gender g) goes on standing for when the one it was resolved to (cur)
// was named last in a sentence whose subject is that pronoun already:
// "In 1994 he bought the shop from its owner, Arne Halvorsen. ... “...,”
// he said." is still the "he" of before, the person named before that
// sentence. It returns -1 otherwise.
func (x *refiner) objectOfPronounSubject(a int, g byte, cur string) int {
	c, ok := x.byName(cur)
	t := x.latestMention(c, a)
	if !ok || t < 0 || x.toks[t].Para+2 < x.toks[a].Para || x.toks[t].InQ {
		return -1
	}
	s, k := x.sentStart(t), -1
	for j := s; j < t && j-s < 6 && k < 0; j++ {
		x.steps++
		if x.toks[j].Kind == tok.Word && lexicon.PronounGender(x.toks[j].Low) == string(g) && !x.toks[j].InQ {
			k = j // "In 1994 he bought ..."
		}
	}
	if k < 0 {
		return -1
	}
	found, seen := -1, 0
	x.mentionsBefore(k, func(e, m int) bool {
		seen++
		opens := x.sentStart(m) == m || x.toks[m-1].Low == "," // a subject: "For 31 years, Vasquez has run ..."
		if en := x.ent(e); e != c && en.Person && !vocab.PlaceOrTeam(en.Name) && !epithet.PlaceMention(x.d, m) && !x.toks[m].InQ && (opens || en.Gender == g) {
			if en.Gender == 0 || en.Gender == g {
				found = e
			}
			return false
		}
		return seen < maxParaMentions
	})
	return found
}

// speakerGoesOn returns the speaker of the quote before quote i when a
// pronoun at token a of gender g continues them: "“...,” she said." and
// then, in the next paragraph, "She added: “...”", with no one named in
// between. It returns -1 otherwise.
func (x *refiner) speakerGoesOn(i, a int, g byte) int {
	if i == 0 {
		return -1
	}
	p := x.out[i-1]
	if p.SpeakerStart < 0 || p.Speaker == "" || p.Speaker == x.out[i].Speaker {
		return -1
	}
	e, ok := x.byName(p.Speaker)
	if !ok || !x.ent(e).Person || x.ent(e).Gender != g && (x.ent(e).Gender != 0 || !x.namedPerson(p.Speaker)) {
		return -1
	}
	end := x.tokenAt(max(p.End, p.SpeakerEnd) - 1)
	if end >= a || x.toks[end].Para+1 < x.toks[a].Para {
		return -1
	}
	named := false
	x.mentionsBefore(a, func(c, t int) bool {
		if t <= end {
			return false
		}
		named = true
		return false
	})
	if named {
		return -1
	}
	return e
}

// linkPara reports whether token t (-1 for none) lies in a paragraph that
// links to another story, as the extractor read it.
func (x *refiner) linkPara(t int) bool {
	return t >= 0 && x.d.LinkPara(t)
}

// firstMention returns the token of the earliest mention of entity c
// among the 200 mentions before token a, or -1.
func (x *refiner) firstMention(c, a int) int {
	first, seen := -1, 0
	x.mentionsBefore(a, func(e, t int) bool {
		seen++
		if e == c {
			first = t
		}
		return seen < 200
	})
	return first
}

// personOutsideLinks is personBefore leaving out the paragraphs that link
// to other stories.
func (x *refiner) personOutsideLinks(i int, g byte) int {
	found, seen := -1, 0
	x.mentionsBefore(i, func(e, t int) bool {
		seen++
		en := x.ent(e)
		if en.Person && (en.Gender == 0 || en.Gender == g) && !en.PossGender && !vocab.PlaceOrTeam(en.Name) && !epithet.PlaceMention(x.d, t) &&
			!x.articleMention(t) && !vocab.IsOutlet(en.Name) && !x.linkPara(t) {
			found = e
			return false
		}
		return seen < maxParaMentions
	})
	return found
}

// maxParaMentions bounds the mentions a pronoun's paragraph is searched
// through for a person known to fit it.
const maxParaMentions = 50

// knownFitInPara returns the latest person named before token i in its
// paragraph whose own name says gender g ("Helen Marwick" for "she"), or
// -1. A name whose gender only a pronoun or a possessive gave ("South
// Yorkshire’s ambulance service", "her memoir, Blue Hours") gives way to
// it: a reader takes "she" for the woman the paragraph is about.
func (x *refiner) knownFitInPara(i int, g byte) int {
	found, seen, para := -1, 0, x.toks[i].Para
	x.mentionsBefore(i, func(e, t int) bool {
		seen++
		if x.toks[t].Para != para {
			return false
		}
		en := x.ent(e)
		if en.Person && en.Gender == g && !en.PossGender && !en.PronGender && !vocab.PlaceOrTeam(en.Name) && !epithet.PlaceMention(x.d, t) && !x.articleMention(t) && !vocab.IsOutlet(en.Name) {
			found = e
			return false
		}
		return seen < maxParaMentions
	})
	return found
}

// roleThenName returns the person named right after the capitalised
// words at token t and a role in lower case ("Keighley Central ward
// councillor Martin Dobson"), or -1.
func (x *refiner) roleThenName(t int) int {
	if t < 0 {
		return -1
	}
	k := t
	for k < len(x.toks) && k-t < 4 && x.isNameWord(k) {
		k++
	}
	role := false
	for n := 0; k < len(x.toks) && n < 3 && x.toks[k].Kind == tok.Word && !x.toks[k].Cap && !x.toks[k].InQ; n++ {
		w := x.toks[k].Low
		if lexicon.Verb(w) != 0 || lexicon.IsVerbLike(w) || lexicon.IsAux(w) || lexicon.IsFunctionWord(w) || strings.HasSuffix(w, "ed") {
			return -1 // "Abernathy-Price said forward Rourke Delisle": a clause, not a title
		}
		role = role || lexicon.IsRoleNoun(w) || lexicon.IsPersonRole(w) || lexicon.IsTitleWord(w)
		k++
	}
	if !role || k+1 >= len(x.toks) || !x.isNameWord(k) || !x.isNameWord(k+1) {
		return -1
	}
	e := k
	for e < len(x.toks) && e-k < 4 && x.isNameWord(e) {
		e++
	}
	if en, ok := x.byName(x.text(k, e)); ok && x.ent(en).Person {
		return en
	}
	return -1
}

// lastMention returns the token of the latest mention of entity c before
// token a, within the sentence before a's at most, or -1.
func (x *refiner) lastMention(c, a int) int {
	lo := x.sentStart(a)
	if lo > 0 {
		lo = x.sentStart(lo - 1)
	}
	last := -1
	x.mentionsBefore(a, func(e, t int) bool {
		if e == c && t >= lo {
			last = t
		}
		return last < 0 && t >= lo
	})
	return last
}

// latestMention returns the token of the latest mention of entity c
// before token a, among the 200 mentions before it, or -1.
func (x *refiner) latestMention(c, a int) int {
	last, seen := -1, 0
	x.mentionsBefore(a, func(e, t int) bool {
		seen++
		if e == c {
			last = t
		}
		return last < 0 && seen < 200
	})
	return last
}

// articleMention reports whether the name at token t has an article
// before it: "the Coast Guard", "the Lamont Geological Observatory", "the
// Cupertino, California-based company". A
// person's name takes none (a title between them, as in "the German
// Chancellor Olaf Scholz", puts the name's mention after the title).
func (x *refiner) articleMention(t int) bool {
	if t >= 0 && t+1 < len(x.toks) && x.toks[t].Low == "the" {
		t++ // a mention taken with its article
	}
	return t > 0 && x.toks[t-1].Low == "the" && t+1 < len(x.toks) && x.isNameWord(t) && (x.isNameWord(t+1) || x.toks[t+1].Low == ",")
}

// refineName gives an organisation its whole name, a person named after
// an affiliation and a place their own, and drops an honorific.
func (x *refiner) refineName(q *result.Quote, a, b int) {
	from := a
	if x.toks[from].Low == "the" && from+1 < b {
		from++
	}
	whole := x.text(from, b)
	if _, isPerson := x.byName(q.Speaker); !isPerson && x.toks[from].Cap && whole != q.Speaker && strings.HasSuffix(whole, q.Speaker) &&
		(strings.Contains(whole, " of ") || lexicon.IsPossessive(x.toks[from].Low)) {
		q.Speaker = whole
		if nameform.NameInTitle(q.SpeakerTitle) == "" {
			q.SpeakerTitle = "" // (but "the Recorder of Manchester, Judge Patrick Veasey KC": the name, which nameform.TitleIsName gives back)
		}
		w := strings.TrimSuffix(x.toks[from].Low, ".")
		if name, place, ok := strings.Cut(whole, " of "); ok && lexicon.IsTitleWord(w) && !lexicon.IsOrgWord(w) {
			// "Representative Charles B. Rangel of New York": a person.
			if title, rest, _ := strings.Cut(name, " "); strings.Contains(rest, " ") {
				q.Speaker, q.SpeakerTitle = rest, title+" of "+place
			}
		}
	}
	if a >= 3 && b < len(x.toks) && x.toks[a-1].Low == "," && x.toks[b].Low == "," && x.isNameWord(a-2) {
		// "Garth Smithson of the University of California, Santa Cruz,"
		if m, ok := x.np(x.sentStart(a-2), a-2, 0); ok && m.Person && strings.HasPrefix(m.Title, "of ") && !vocab.AllOfficeWords(m.Name) {
			e := x.resolvePerson(m.Name, "", x.toks[m.A].S)
			q.Speaker, q.SpeakerTitle = x.ent(e).Name, m.Title+", "+x.text(a, b)
			q.SpeakerStart, q.SpeakerEnd = x.toks[m.A].S, x.toks[m.B-1].E
		}
	}
	if h, rest, ok := strings.Cut(q.Speaker, " "); ok && strings.Contains(rest, " ") && !lexicon.IsPeerName(q.Speaker) && (lexicon.IsHonorific(strings.ToLower(strings.TrimSuffix(h, "."))) ||
		(lexicon.IsRoleNoun(strings.ToLower(h)) || lexicon.IsPersonRole(strings.ToLower(h))) && x.isPerson(q.Speaker)) {
		q.Speaker = rest // "Professor Amara Osei", "Prosecutor Helen Ashby"
		if q.SpeakerTitle == "" {
			q.SpeakerTitle = h
		}
	}
}

// refineDescription resolves "the Scot", "the 27-year-old" or "the
// striker" (tokens [a, b)) to the person named in the sentence before or
// its own, when only one is, or when one of them was called so; and
// "the source" to the earlier quote's "government source".
func (x *refiner) refineDescription(q *result.Quote, a, b, i int) {
	head := x.toks[b-1]
	if b-a == 1 && !head.Cap || head.Kind != tok.Word {
		return
	}
	if x.toks[a].Low == "the" && b-a == 2 && (authoredDocs[head.Low] || head.Low == "statement") {
		if name, behalf := x.docAuthor(a, head.Low); name != "" {
			q.Speaker, q.SpeakerTitle = name, "" // "The report, published on Monday by data firm Halden Insight, ..."
			if behalf {
				if x.authored == nil {
					x.authored = map[int]bool{}
				}
				x.authored[i] = true
			}
			return
		}
		if p := recent.MadeIn(x.d, x.out, i, head.Low); p >= 0 {
			q.Speaker, q.SpeakerTitle = x.out[p].Speaker, x.out[p].SpeakerTitle // "the statement said", after "In a statement ..., the sheriff's office said"
			return
		}
		if name := docvoice.PosterBefore(x.d, a, head.Low); name != "" {
			q.Speaker, q.SpeakerTitle = name, "" // "Dubai Police also posted a warning on Instagram ... “...,” the post read."
			return
		}
	}
	if x.toks[a].Low == "the" && b-a == 3 && head.Low == "office" && !x.toks[a+1].Cap && lexicon.IsPossessive(x.toks[a+1].Low) {
		// "the sheriff's office" after "The Johnston County Sheriff's Office"
		if name := x.orgBefore(a, head.Low); strings.Contains(strings.ToLower(name), x.toks[a+1].Low) {
			q.Speaker, q.SpeakerTitle = name, ""
		}
		return
	}
	if x.toks[a].Low == "the" && vocab.OrgHeads[head.Low] && (b-a == 2 || b-a == 3 && strings.HasSuffix(x.toks[a+1].Low, "-based")) {
		name := x.orgBefore(a, head.Low)
		if name == "" && b-a == 2 {
			name = x.orgAfter(a, head.Low) // a caption's "The trust said" before the story names it
		}
		if (name == "" || vocab.IsOutlet(name)) && vocab.BusinessHeads[head.Low] {
			name = recent.FirmSpoken(x.d, x.out, i) // the firm quoted some paragraphs up, not "CNN has reached out"
		}
		if name != "" {
			q.Speaker, q.SpeakerTitle = x.wholeFirmName(name, a), ""
		}
		return
	}
	if (lexicon.IsAnonymous(head.Low) || vocab.SourceHeads[head.Low] || b-a == 3 && x.toks[a+1].Low == "same") && !epithet.Home(x.d, a, b) {
		o := a + b2i(x.toks[a].Low == "the")
		if b-o >= 2 && x.toks[o].Cap && x.toks[o-1].Low == "the" {
			// "the Kremlin spokesman" after "Kremlin Spokesman Arkady
			// Lobanov told reporters": the one the office was written
			// before
			if e := x.namedAfterOffice(a, strings.Fields(strings.ToLower(x.text(o, b)))); e >= 0 {
				q.Speaker, q.SpeakerTitle = x.ent(e).Name, x.ent(e).Title
				return
			}
		}
		if d := x.introducedBefore(a, head.Low); d != "" {
			q.Speaker, q.SpeakerTitle = d, "" // "A second administration official pushed back. ... the official said."
			return
		}
		if e := recent.Spokesperson(x.d, x.out, i, a, b, head.Low); e >= 0 {
			q.Speaker, q.SpeakerTitle = x.ent(e).Name, x.ent(e).Title // "the spokesman said", after "X, the ministry's official spokesman, told ..."
			return
		}
		before := q.Speaker
		x.earlierSource(q, i, head.Low)
		if q.Speaker == before && x.toks[a].Low == "the" && (head.Low == "diplomat" || head.Low == "official") {
			if e := x.officialBefore(a); e >= 0 {
				q.Speaker, q.SpeakerTitle = x.ent(e).Name, x.ent(e).Title // "the senior diplomat stressed", after "Deputy Foreign Minister Andrei Vostrikov told TASS"
			}
		}
		if q.Speaker == before && b-a == 3 && lexicon.IsPossessive(x.toks[a+1].Low) && !x.toks[a+1].Cap {
			if e, _ := epithet.Candidates(x.d, a, b); e >= 0 {
				q.Speaker, q.SpeakerTitle = x.ent(e).Name, x.ent(e).Title // "The governor’s spokesman added", after "Iortyom, in a statement he personally signed, said"
			}
		}
		return
	}
	if b-a >= 4 && x.toks[a].Low == "the" && vocab.Offices[x.toks[a+1].Low] && x.toks[a+2].Low == "of" && head.Cap {
		// "the Minister of State" after "Minister of State for Local
		// Government Pádraig Tuohy"
		office := strings.ToLower(x.text(a+1, b))
		e := epithet.OfficeHolder(x.d, a, office)
		if e < 0 {
			e = x.namedAfterOffice(a, strings.Fields(office))
		}
		if e >= 0 {
			q.Speaker, q.SpeakerTitle = x.ent(e).Name, x.ent(e).Title
		}
		return
	}
	if epithet.Home(x.d, a, b) {
		if e := x.titledWith(a, x.toks[b-2].Low); e >= 0 {
			q.Speaker, q.SpeakerTitle = x.ent(e).Name, x.ent(e).Title // "the Tory leader", "Scottish Conservative leader Graeme Ruthven"
			return
		}
	}
	if x.toks[a].Low == "the" && b+2 < len(x.toks) && x.toks[b].Low == "of" && (kin[head.Low] || lexicon.IsEpithet(head.Low, false)) {
		for e := b + 1; e < len(x.toks) && e-b <= 8 && x.toks[e].Kind == tok.Word && !x.toks[e].InQ; e++ {
			if x.isCue(e) {
				q.Speaker, q.SpeakerTitle = x.text(a+1, e), "" // "The son of the Spennymoor widow told ...": whose son the words say
				return
			}
		}
	}
	if b-a == 2 && (head.Low == "accused" || head.Low == "defendant") {
		if e := x.defendant(a); e >= 0 {
			q.Speaker, q.SpeakerTitle = x.ent(e).Name, x.ent(e).Title // "the accused told gardaí", after "Darren Keohane ... pleaded guilty"
			return
		}
	}
	if d := recent.UnnamedIntroduced(x.d, a, b); d != "" {
		q.Speaker, q.SpeakerTitle = d, "" // "One Western Conference executive, who spoke on the condition of anonymity, said ..." before "the executive said"
		return
	}
	e, cands := epithet.Candidates(x.d, a, b)
	if office := vocab.OfficeWords(x.text(a+1, b)); vocab.Offices[head.Low] && (e < 0 || !strings.EqualFold(x.ent(e).Title, office)) {
		if j := x.quotedAs(i, office); j >= 0 {
			q.Speaker, q.SpeakerTitle = x.out[j].Speaker, x.out[j].SpeakerTitle // "Judge Philippa Crane KC told her: “...”" before "The judge said"
			return
		}
	}
	if e < 0 && i > 0 {
		e = x.lastSpeakerAmong(i, a, cands)
	}
	if e < 0 && len(cands) == 2 {
		e = x.oneSubjectOf(a, cands) // "Coach Tomas Brekke refused to discuss Falcão. “...,” the Norwegian said"
	}
	if e < 0 && b-a >= 3 && x.toks[a+1].Low == "former" && vocab.Offices[head.Low] && i > 0 {
		// "the former Minister said", after the quotes of one who held
		// no office the article names: the one quoted just before
		k := i - 1
		for k > 0 && i-k < maxRefineBack && x.out[k].SpeakerStart == q.SpeakerStart {
			k-- // the chunks before, of this attribution
		}
		if p := x.out[k]; p.SpeakerStart >= 0 && p.SpeakerStart != q.SpeakerStart && strings.Contains(p.Speaker, " ") && unicode.IsUpper([]rune(p.Speaker)[0]) && x.toks[x.tokenAt(p.SpeakerStart)].Para+3 >= x.toks[a].Para {
			q.Speaker, q.SpeakerTitle = p.Speaker, p.SpeakerTitle
			return
		}
	}
	if e < 0 && epithet.Home(x.d, a, b) {
		e = x.personSubjectBefore(a, vocab.EpithetGender(head.Low)) // "Galway manager Declan Furey felt ... The Craughwell man said"
	}
	if e < 0 && len(cands) >= 2 && epithet.Aged(x.d, a, b) {
		// "... after Sekgobela's first-half strike, ... when Ndlela rose
		// above two defenders. “...,” said the 24-year-old": an age
		// follows the one named last
		e = cands[0]
	}
	if e < 0 && b-a == 2 {
		e = recent.RoleHolder(x.d, a, head.Low) // "the referee", after "the referee, Craig Lumsden-Rees,"
	}
	if e < 0 && x.toks[a].Low == "the" && head.Cap && lexicon.AllUpper(x.r[head.S:head.E]) && head.E-head.S <= 4 {
		e = x.personSubjectBefore(a, 0) // "the Plaid Cymru MS said", "the DCP added", after a sentence about Delyth Ifans
	}
	if e >= 0 {
		q.Speaker, q.SpeakerTitle = x.ent(e).Name, x.ent(e).Title
	}
}

// subjectSpokeFirst returns the person whose name opens the sentence of
// a pronoun at token a, later in it, when that person's verb of speech
// comes between: "Judge Fennelly said he accepted the apology was
// genuine, but he said the offences were “...”"; -1 otherwise.
func (x *refiner) subjectSpokeFirst(a int, g byte) int {
	s := x.sentStart(a)
	if s >= a || x.toks[s].InQ || x.toks[s].Kind == tok.OpenQ {
		return -1
	}
	m, ok := x.sentenceSubject(s, a)
	if !ok || m.Pron || !m.Person || m.A != s && (m.A != s+1 || x.toks[s].Low != "the") || m.B >= a {
		return -1
	}
	cue := false
	for k := m.B; k < a && !cue; k++ {
		x.steps++
		if x.toks[k].InQ {
			return -1 // a quotation between: the pronoun's own attribution
		}
		cue = x.isCue(k)
	}
	if !cue {
		return -1
	}
	e := x.personOf(m, m.Title)
	if e < 0 {
		return -1
	}
	if en := x.ent(e); !en.Person || en.Gender != 0 && en.Gender != g || vocab.PlaceOrTeam(en.Name) {
		return -1
	}
	return e
}

// reportedAfterCue reports whether token m, in the sentence [p, s), lies
// after the sentence's first verb of speech: in what its subject
// reported ("A former sales manager ... said Deshpande-Wirth had told
// staff ..."), not its subject.
func (x *refiner) reportedAfterCue(p, s, m int) bool {
	for k := p; k < m && k < s; k++ {
		x.steps++
		if x.isCue(k) && !x.toks[k].InQ {
			return true
		}
	}
	return false
}

// unnamedWho reports whether the relative clause from token k (after
// "who") to s says its person would not be named: "asked not to be
// named", "spoke on condition of anonymity".
func (x *refiner) unnamedWho(k, s int) bool {
	for j := k; j < s && j-k < 16; j++ {
		x.steps++
		if w := x.toks[j].Low; w == "named" || w == "identified" || w == "anonymity" {
			return true
		}
		if x.toks[j].Low == "," && (j+2 >= s || x.toks[j+1].Low != "and" || x.toks[j+2].Low != "who") {
			return false // (but "who was at the scene, and who asked not to be named")
		}
	}
	return false
}

// maxLoneBack bounds, in tokens, how far back a pronoun looks for a
// given name written alone.
const maxLoneBack = 150

// loneGivenName returns the person called by a given name alone
// ("Manuel", "Lurdes, who is 66") that a pronoun of gender g at token a
// stands for, as a travel piece or a profile names the people met: the
// latest such name in a's paragraph or the one before, when the one the
// pronoun was resolved to (cur) was not named since. It returns the
// whole name when the article gave one; "" when there is no such name,
// or when cur looks like a person's name itself.
func (x *refiner) loneGivenName(a int, g byte, cur string) string {
	lo := x.paraStart(a)
	if lo > 0 {
		lo = x.paraStart(lo - 1)
	}
	k := a - 1
	for ; k >= lo && a-k < maxLoneBack; k-- {
		x.steps++
		t := x.toks[k]
		if !t.Cap || t.Kind != tok.Word || t.InQ || vocab.GivenNameGender(lexicon.StripPossessive(t.Low)) != g || x.sentStart(k) == k && !x.isNameWord(k) {
			continue
		}
		if k > 0 && x.isNameWord(k-1) && x.toks[k-1].Para == t.Para || k+1 < len(x.toks) && x.isNameWord(k+1) && x.toks[k+1].Para == t.Para {
			continue // part of a longer name
		}
		if low := lexicon.StripPossessive(t.Low); lexicon.IsPlace(low) || vocab.Countries[low] || epithet.PlaceMention(x.d, k) || lexicon.IsPossessive(t.Low) {
			continue // "in Katy", "Virginia’s", a given name that is also a place
		}
		if !x.introducedAlone(k) {
			return "" // the nearest such name, met otherwise ("our Connor"): no guess
		}
		break
	}
	if k < lo || a-k >= maxLoneBack {
		return ""
	}
	c, named := x.byName(cur)
	// "Another farmer, Paulo, 29, from Mkalama, said ...": the sentence
	// before introduced the one "he" continues, whoever it went to.
	s := x.sentStart(a)
	introduced := s > 0 && k >= x.sentStart(s-1) && k < s && x.introducedAfterRole(k) && (!named || x.latestMention(c, a) < k)
	if first, _, _ := strings.Cut(cur, " "); !introduced && (vocab.GivenNameGender(strings.ToLower(first)) != 0 || lexicon.IsHonorific(strings.ToLower(strings.TrimSuffix(first, ".")))) {
		return "" // a person's name, not a place's or a product's ("São Jorge")
	}
	if !introduced && named && (x.latestMention(c, a) > k || x.ent(c).Gender != 0 && !x.ent(c).PronGender) {
		return "" // the one resolved to was named since, or is known to be a man or a woman
	}
	name := lexicon.StripPossessive(x.text(k, k+1))
	if e, ok := x.byName(name); ok && x.ent(e).Person {
		return x.ent(e).Name
	}
	return name
}

// introducedAfterRole reports whether the given name at token k follows
// a role noun and a comma, closing an apposition: "Another farmer,
// Paulo, 29,".
func (x *refiner) introducedAfterRole(k int) bool {
	return k >= 2 && x.toks[k-1].Low == "," && k+1 < len(x.toks) && x.toks[k+1].Low == "," &&
		(lexicon.IsPersonRole(x.toks[k-2].Low) || lexicon.IsRoleNoun(x.toks[k-2].Low))
}

// introducedAlone reports whether the given name at token k is someone
// the text meets by that name: "with Manuel, a master cheesemaker", "run
// by Lurdes, who is 66", "Tiago says" (not "our Connor", "van der Walt").
func (x *refiner) introducedAlone(k int) bool {
	if k > 0 {
		switch p := x.toks[k-1].Low; {
		case vocab.SurnameParticles[p]:
			return false
		case p == "with" || p == "by" || p == "named" || p == "called":
			return true
		}
	}
	if k+1 >= len(x.toks) {
		return false
	}
	if x.isCue(k + 1) {
		return true
	}
	if x.toks[k+1].Low != "," || k+2 >= len(x.toks) {
		return false
	}
	switch n := x.toks[k+2]; {
	case n.Low == "a" || n.Low == "an" || n.Low == "the" || n.Low == "who" || n.Low == "whose":
		return true
	default:
		return lexicon.IsNumber(n.Low) // "Lurdes, 66,"
	}
}

// officialBefore returns the person named with an office (a title of
// office words: "Russian Deputy Foreign Minister Andrei Vostrikov") in
// token a's paragraph or the one before, the latest of them, for "the
// diplomat" or "the official" no unnamed source introduced; -1 if none.
func (x *refiner) officialBefore(a int) int {
	found, seen := -1, 0
	x.mentionsBefore(a, func(e, t int) bool {
		seen++
		if x.toks[t].Para+1 < x.toks[a].Para {
			return false
		}
		if en := x.ent(e); en.Person && strings.Contains(en.Name, " ") && (officeTitle(en.Title) || officeTitle(x.text(max(0, t-4), t))) {
			found = e // (the office written before the name: "Ambassador to Japan Konstantin Lavrinenko")
			return false
		}
		return seen < officename.MaxOfficeSpan
	})
	return found
}

// officeTitle reports whether a title names an office: "Deputy Foreign
// Minister", "Russian Ambassador to Japan".
func officeTitle(title string) bool {
	for _, w := range strings.Fields(strings.ToLower(title)) {
		if vocab.Offices[w] {
			return true
		}
	}
	return false
}

// subjectJustBefore returns the person the sentence before a pronoun at
// token a, in its paragraph, opens with as its subject, when the one the
// pronoun was resolved to (cur) is not named since: "Feldkamp struck a
// more conciliatory tone. Speaking to ZDF, he said ..."; -1 otherwise.
func (x *refiner) subjectJustBefore(a int, g byte, cur string) int {
	p, s, ok := x.sentenceBefore(a)
	if !ok || x.toks[p].Para != x.toks[a].Para || x.toks[p].InQ || x.toks[p].Kind == tok.OpenQ {
		return -1
	}
	if c, ok := x.byName(cur); ok && x.lastMention(c, a) >= p {
		return -1
	}
	m, ok := x.sentenceSubject(p, s)
	switch w := x.toks[p].Low; {
	case !ok || m.Pron || !m.Person:
		return -1
	case m.A != p && (x.toks[m.A-1].Low != "," || !x.roleOfSomeone(p, m.A-1) && (lexicon.IsPossessive(w) || lexicon.IsDeterminer(w) || lexicon.PronounGender(w) != "")):
		return -1 // "Her memoir, Blue Hours, is out": a name in apposition
	}
	e := x.personOf(m, "") // "Feldkamp" after "Finance Minister Jonas Feldkamp"
	if e < 0 {
		return -1
	}
	if en := x.ent(e); !en.Person || vocab.PlaceOrTeam(en.Name) || en.Gender != 0 && en.Gender != g && !en.PronGender && !en.PossGender {
		return -1
	}
	return e
}

// titledWomen and titledMen are the honorifics that give a person's
// gender whatever pronouns the models read as theirs.
var (
	titledWomen = map[string]bool{"ms": true, "mrs": true, "miss": true, "dame": true, "lady": true}
	titledMen   = map[string]bool{"mr": true, "sir": true, "lord": true}
)

// titledOtherwise returns the subject of the sentence before a pronoun
// at token a (of gender g) when the person it was resolved to (cur) is
// titled as of the other gender ("Ms Drury" for "he"): "In a statement
// read to the court by Ms Drury, Martin Prentice said ... “...,” he
// said."; -1 otherwise.
func (x *refiner) titledOtherwise(cur string, a int, g byte) int {
	c, ok := x.byName(cur)
	if !ok {
		return -1
	}
	t := strings.ToLower(strings.TrimSuffix(x.ent(c).Title, "."))
	if !(g == 'm' && titledWomen[t] || g == 'f' && titledMen[t]) {
		return -1
	}
	p, s, ok := x.sentenceBefore(a)
	if !ok || x.toks[p].InQ {
		return -1
	}
	m, ok := x.sentenceSubject(p, s)
	if !ok || m.Pron || !m.Person {
		return -1
	}
	if e := x.personOf(m, ""); e >= 0 && e != c && x.ent(e).Person {
		return e
	}
	return -1
}

// describedQuoteBefore reports whether the quote before (i-1) was
// attributed to a description ("The judge said") opening the sentence
// before the pronoun at token a (of gender g), in its paragraph or the
// one before, and was resolved to a person named in full whose gender
// does not contradict g.
func (x *refiner) describedQuoteBefore(i, a int, g byte) bool {
	if i == 0 {
		return false
	}
	p := x.out[i-1]
	if p.SpeakerStart < 0 || !strings.Contains(p.Speaker, " ") || !unicode.IsUpper([]rune(p.Speaker)[0]) {
		return false
	}
	pa := x.tokenAt(p.SpeakerStart)
	if pa < 0 || pa >= a || x.toks[pa].Low != "the" || pa != x.sentStart(pa) || x.toks[pa].Para+1 < x.toks[a].Para {
		return false
	}
	if h := x.toks[x.tokenAt(p.SpeakerEnd-1)].Low; !vocab.Offices[h] && !lexicon.IsEpithet(h, false) {
		return false // a person called by office or trade, not "the agency" or "the spokesperson"
	}
	if _, s, ok := x.sentenceBefore(a); !ok || x.sentStart(pa) != x.sentStart(s-1) {
		return false // the description opens the sentence just before
	}
	if e, ok := x.byName(p.Speaker); ok && x.ent(e).Gender != 0 && x.ent(e).Gender != g {
		return false
	}
	return true
}

// otherGender returns who a pronoun at token a (of gender g) stands for
// when the person it was resolved to (cur) is known to be of the other
// gender by their first name: the person the sentence before describes
// as its subject ("the widow, who asked not to be named, said ..."), or
// the latest person of gender g; "" otherwise.
func (x *refiner) otherGender(cur string, a int, g byte) string {
	c, ok := x.byName(cur)
	if !ok || x.ent(c).Gender == 0 || x.ent(c).Gender == g || x.ent(c).PossGender || x.ent(c).PronGender {
		return ""
	}
	if p, s, ok := x.sentenceBefore(min(a, x.sentStart(a))); ok {
		for k := p; k < s && k-p < 12; k++ {
			x.steps++
			if x.toks[k].Low == "the" && k+2 < s && x.toks[k+2].Low == "," && (vocab.LaterEpithets[x.toks[k+1].Low] || vocab.UnnamedPeople[x.toks[k+1].Low]) {
				return x.toks[k+1].Low // "In a statement read by Mr Thornley, the widow, who ..., said"
			}
		}
	}
	if e := x.personBefore(a, g); e >= 0 && x.ent(e).Gender == g {
		return x.ent(e).Name
	}
	return ""
}

// namedPerson reports whether a speaker reads as a person's full name
// though its gender is unknown ("SM Anwarul Kabir"): capitalised words,
// the last no organisation's or place's.
func (x *refiner) namedPerson(name string) bool {
	last := strings.ToLower(name[strings.LastIndexByte(name, ' ')+1:])
	return strings.Contains(name, " ") && vocab.CapitalisedName(name) && !vocab.PlaceOrTeam(name) && !lexicon.IsOrgWord(last) &&
		!vocab.IsOutlet(name) && !lexicon.IsTitleWord(last)
}

// roleOfSomeone reports whether tokens [p, c) are a possessive and a
// person's role ("Her coach", "His lawyer"): the name in apposition after
// them is that person, whose gender the possessive does not give.
func (x *refiner) roleOfSomeone(p, c int) bool {
	if c-p != 2 || !lexicon.IsPossessivePronoun(x.toks[p].Low) {
		return false
	}
	w := x.toks[p+1].Low
	return lexicon.IsRoleNoun(w) || lexicon.IsPersonRole(w) || lexicon.IsEpithet(w, false)
}

// nameGivenOnly returns the name a person gave alone in the sentence
// before a pronoun at token a (of gender g) or in its own: "A 58-year-old
// tenant, who gave only her surname, Chan, said ...", "a man who
// identified himself only as Ahmed"; "" if there is none.
func (x *refiner) nameGivenOnly(a int, g byte) string {
	p, _, ok := x.sentenceBefore(a)
	if !ok {
		p = x.sentStart(a)
	}
	return x.nameGivenIn(p+1, a, g)
}

// nameGivenIn returns the name given alone ("gave only her surname,
// Chan", "identified only as Ahmed") between tokens lo and hi, by a
// person of gender g (0 for any), or "".
func (x *refiner) nameGivenIn(lo, hi int, g byte) string {
	a := hi
	for k := lo; k+2 < a; k++ {
		x.steps++
		w := x.toks[k].Low
		n := -1
		switch {
		case (w == "surname" || w == "name") && (x.toks[k+1].Low == "," || x.toks[k+1].Low == "as"):
			n = k + 2 // "gave only her surname, Chan", "gave his name as Ali"
			if h := x.toks[k-1].Low; g != 0 && (h == "her" && g != 'f' || h == "his" && g != 'm') {
				continue
			}
		case w == "as" && (x.toks[k-1].Low == "only" || x.toks[k-1].Low == "identified") && k >= 2:
			n = k + 1 // "identified only as Ahmed"
		}
		if n < 0 || n >= a || !x.isNameWord(n) || x.toks[n].InQ {
			continue
		}
		e := n + 1
		for e < a && e-n < 3 && x.isNameWord(e) {
			e++
		}
		if e == n+1 && e+1 < a && x.toks[e].Low == "from" && x.isNameWord(e+1) {
			e += 2 // "Margaret from Lisburn", as a caller to a phone-in is known
		}
		return x.text(n, e)
	}
	return ""
}

// setUpSpeaker returns the person a pronoun at token a stands for when
// the sentence before names one person only and has "he" (of the
// pronoun's gender g) speaking: "The player of the match was
// Fitzpatrick, and the 23-year-old was beaming when he spoke to
// reporters. “...,” he said." The rules after it in refine would look
// past that person to the subject of an earlier sentence.
func (x *refiner) setUpSpeaker(a int, g byte) int {
	p, s, ok := x.sentenceBefore(a)
	if !ok || x.toks[p].InQ || x.toks[p].Kind == tok.OpenQ {
		return -1
	}
	speaks := false
	for k := p + 1; k < s && !speaks; k++ {
		x.steps++
		switch x.toks[k].Low {
		case "spoke", "speaking", "talked", "talking":
			speaks = lexicon.PronounGender(x.toks[k-1].Low) == string(g)
		}
	}
	if !speaks {
		return -1
	}
	found, other := -1, false
	x.mentionsBefore(s, func(e, t int) bool {
		if t < p {
			return false
		}
		if en := x.ent(e); en.Person && !vocab.PlaceOrTeam(en.Name) {
			if found >= 0 && found != e || en.Gender != 0 && en.Gender != g {
				other = true
				return false
			}
			found = e
		}
		return true
	})
	if other {
		return -1
	}
	return found
}

// titledWith returns the latest person named before token a whose
// title holds the word w ("Kilkenny manager Martin Cuddihy" for "the
// Kilkenny boss"), or -1.
func (x *refiner) titledWith(a int, w string) int {
	found, seen := -1, 0
	alias := vocab.PartyAliases[w]
	x.mentionsBefore(a, func(e, t int) bool {
		seen++
		if en := x.ent(e); en.Person {
			words := strings.Fields(strings.ToLower(en.Title))
			if !slices.Contains(words, w) && (alias == "" || !slices.Contains(words, alias)) {
				return seen < 200
			}
			found = e
			return false
		}
		return seen < 200
	})
	return found
}

// namedAfterOffice returns the latest person named before token a
// within a dozen words after the office (its words in lower case)
// written out: "Minister of State for Local Government and Planning
// Pádraig Tuohy" for "the Minister of State"; -1 if none.
func (x *refiner) namedAfterOffice(a int, office []string) int {
	found, seen := -1, 0
	x.mentionsBefore(a, func(e, t int) bool {
		seen++
		if !x.ent(e).Person {
			return seen < 200
		}
		for k := max(0, t-12); k+len(office) <= t; k++ {
			x.steps++
			match := true
			for j, w := range office {
				match = match && x.toks[k+j].Low == w
			}
			if match {
				found = e
				return false
			}
		}
		return seen < 200
	})
	return found
}

// epithetOpens returns the person a pronoun at token a stands for when
// its own sentence opens with an epithet for them: "The Kilkenny boss had
// made three changes ..., and he admitted ..."; -1 if none.
func (x *refiner) epithetOpens(a int, g byte) int {
	s := x.sentStart(a)
	if s >= a || x.toks[s].Low != "the" {
		return -1
	}
	d := s + 2
	for d < a && d-s <= 4 && !epithet.Home(x.d, s, d) {
		x.steps++
		d++
	}
	if d >= a || d-s > 4 {
		return -1
	}
	e, _ := epithet.Candidates(x.d, s, d)
	if e < 0 {
		e = x.titledWith(s, x.toks[d-2].Low)
	}
	if e < 0 {
		e = x.personSubjectBefore(s, g)
	}
	if e >= 0 && x.ent(e).Gender != 0 && x.ent(e).Gender != g {
		return -1
	}
	return e
}

// sentenceBefore returns the sentence [p, s) before token a's, when it
// is in a's paragraph or the one before.
func (x *refiner) sentenceBefore(a int) (p, s int, ok bool) {
	s = x.sentStart(a)
	if s == 0 || x.toks[s-1].Para+1 < x.toks[a].Para {
		return 0, 0, false
	}
	return x.sentStart(s - 1), s, true
}

// introducedBefore returns the description a person or source headed by
// head was introduced with in the sentence before token a's, after "a",
// "an" or "another" ("A second administration official pushed back"),
// without the article; "" if there is none.
func (x *refiner) introducedBefore(a int, head string) string {
	p, _, ok := x.sentenceBefore(a)
	if !ok {
		return ""
	}
	for k := a - 1; k >= p && a-k < 2*maxSentence; k-- {
		x.steps++
		if w := x.toks[k].Low; w != "a" && w != "an" && w != "another" && w != "one" || x.toks[k].InQ {
			continue
		}
		for e := k + 1; e < a && e-k <= 5 && x.toks[e].Kind == tok.Word && !x.toks[e].InQ; e++ {
			x.steps++
			if e == k+3 && x.toks[e].Low == head+"s" && x.toks[k+1].Low == "of" && x.toks[k+2].Low == "the" {
				return x.text(k, e+1) // "One of the sources, who ..., said" before "the source said"
			}
			if x.toks[e].Low == head || head == "source" && sourceLike[x.toks[e].Low] {
				if e == k+1 && x.toks[e].Low == head {
					return ""
				}
				end := x.ofOrganisation(e+1, a)
				if end == e+1 {
					end = x.qualifierEnd(e+1, a) // "An EU diplomat from a large manufacturing country said"
				}
				return x.text(k+1, x.sourceQualified(e+1, a, end))
			}
		}
	}
	return ""
}

// sourceLike are the heads of an anonymous source's introduction that
// "the source" later stands for: "But a show insider told the Mirror ...
// 'Jodie's been unhappy,' the source said."
var sourceLike = map[string]bool{"insider": true, "person": true}

// sourceQualified returns the end of the qualifier of an anonymous
// source starting at token j (before hi), up to a comma: "involved in the
// Senate race" after "One Democratic strategist"; else end.
func (x *refiner) sourceQualified(j, hi, end int) int {
	if j >= hi || !vocab.SourceQualifiers[x.toks[j].Low] && x.toks[j].Low != "involved" {
		return end
	}
	e := j + 1
	for e < hi && e-j < 10 && x.toks[e].Kind == tok.Word && !x.toks[e].InQ && !x.isCue(e) {
		x.steps++
		e++
	}
	if e >= hi || e == j+1 || x.toks[e].Low != "," && x.toks[e].Low != "." && !x.isCue(e) {
		return end
	}
	return e
}

// ofOrganisation returns the end of "of", "for" or "at" and the
// organisation's name starting at token j (before hi), as in "a senior
// official of Bangalore Metro Rail Corporation Limited"; j when there is
// none.
func (x *refiner) ofOrganisation(j, hi int) int {
	if j >= hi || x.toks[j].Low != "of" && x.toks[j].Low != "for" && x.toks[j].Low != "at" {
		return j
	}
	k := j + 1
	if k < hi && x.toks[k].Low == "the" {
		k++
	}
	e := k
	for e < hi && e-k < 8 && (x.isNameWord(e) || x.toks[e].Low == "of" && e+1 < hi && x.isNameWord(e+1)) {
		x.steps++
		e++
	}
	if e == k {
		return j
	}
	return e
}

// earlierSource gives a description of an unnamed source headed by
// head ("the source", "one of the people") the description an earlier
// quote's speaker had ("source close to the talks", "people familiar
// with the matter").
func (x *refiner) earlierSource(q *result.Quote, i int, head string) {
	for k := i - 1; k >= 0 && i-k <= maxRefineBack; k-- {
		x.steps++
		if p := x.out[k].Speaker; x.out[k].SpeakerStart >= 0 && vocab.Describes(strings.ToLower(p), head) {
			q.Speaker, q.SpeakerTitle = strings.TrimPrefix(strings.TrimPrefix(p, "a "), "A "), x.out[k].SpeakerTitle
			return
		}
	}
	if d := x.accordingTo(x.tokenAt(q.SpeakerStart), head); d != "" {
		q.Speaker, q.SpeakerTitle = d, ""
	}
}

// accordingTo returns the unnamed sources a story cited before token a
// with "according to" ("according to three people familiar with the
// matter"), when head is a word for them; "" if it cited none.
func (x *refiner) accordingTo(a int, head string) string {
	for k := a - 2; k >= 1 && a-k < 4*orgref.Lookback; k-- {
		x.steps++
		if x.toks[k].Low != "to" || x.toks[k-1].Low != "according" {
			continue
		}
		j := k + 1
		for j < a && j-k <= 3 && (vocab.SourceCounts[x.toks[j].Low] || lexicon.IsNumber(x.toks[j].Low)) {
			j++
		}
		if j >= a || !vocab.SourceHeads[x.toks[j].Low] || !vocab.Describes(x.toks[j].Low, head) && !(vocab.UnnamedKin[x.toks[j].Low] && vocab.UnnamedKin[head]) {
			continue
		}
		return x.text(j, x.sourceQualified(j+1, a, j+1))
	}
	return ""
}

// oneOf reports whether tokens [a, b) are "one of the HEAD" or "one
// HEAD" for a source's noun: one of a group described before.
func (x *refiner) oneOf(a, b int) bool {
	if b-a < 2 || x.toks[a].Low != "one" && x.toks[a].Low != "another" || !vocab.SourceHeads[x.toks[b-1].Low] {
		return false
	}
	return b-a == 2 || b-a == 4 && x.toks[a+1].Low == "of" && x.toks[a+2].Low == "the"
}

// quotedAs returns the latest of the quotes before quote i, among the
// few before it, whose speaker was given the office ("Judge"), or -1.
func (x *refiner) quotedAs(i int, office string) int {
	for k := i - 1; k >= 0 && i-k <= maxRefineBack; k-- {
		x.steps++
		if p := x.out[k]; p.Speaker != "" && strings.EqualFold(p.SpeakerTitle, office) && strings.Contains(p.Speaker, " ") {
			return k
		}
	}
	return -1
}

// authoredDocs are the documents whose words are their author's: "the
// report said" is the firm that published it.
var authoredDocs = map[string]bool{"write-up": true, "presentation": true, "submission": true, "editorial": true, "report": true, "complaint": true, "lawsuit": true, "suit": true, "study": true,
	"filing": true, "letter": true, "memo": true, "audit": true, "survey": true, "analysis": true, "petition": true,
	"affidavit": true, "ruling": true, "judgment": true, "judgement": true, "opinion": true, "order": true, "motion": true,
	"post": true, "notice": true, "email": true, "e-mail": true, "tweet": true, "advisory": true, "bulletin": true}

// authoringVerbs say who made a document before "by": "published by
// data firm Halden Insight".
var authoringVerbs = map[string]bool{"published": true, "released": true, "issued": true, "produced": true,
	"commissioned": true, "compiled": true, "written": true, "authored": true, "filed": true, "prepared": true,
	"conducted": true, "brought": true, "lodged": true, "posted": true, "signed": true, "started": true}

// authoredBefore reports whether a verb of authoringVerbs comes between
// tokens k and j: "published on Monday by".
func (x *refiner) authoredBefore(k, j int) bool {
	for v := k + 1; v < j; v++ {
		if authoringVerbs[x.toks[v].Low] {
			return true
		}
	}
	return false
}

// madeVerbs say that the subject made a document it is the object of:
// "shared a post", "sent a letter".
var madeVerbs = map[string]bool{"wrote": true, "posted": true, "shared": true, "sent": true, "published": true,
	"issued": true, "released": true, "filed": true, "lodged": true, "signed": true, "put": true, "tweeted": true}

// maxMadeBetween bounds, in tokens, the words between a sentence's
// subject and the document it made: "Giancarlo de Santis, moved to calm
// things down on Wednesday morning with a statement".
const maxMadeBetween = 16

// madeBetween reports whether a verb of madeVerbs comes between tokens
// a and k, with no other clause between: "shared a lengthy post".
func (x *refiner) madeBetween(a, k int) bool {
	verb := false
	for v := a; v < k && v-a < maxMadeBetween; v++ {
		x.steps++
		if madeVerbs[x.toks[v].Low] && v-a < 8 || (x.toks[v].Low == "with" || x.toks[v].Low == "in") && verb && k-v <= 4 {
			return true // (or "Castellanos, 26, marked the milestone with a lengthy Instagram post")
		}
		verb = verb || lexicon.Verb(x.toks[v].Low) != 0 || strings.HasSuffix(x.toks[v].Low, "ed") && !x.toks[v].Cap
	}
	return false
}

// maxFromAfterDoc bounds, in tokens, how far after a document's noun
// "from" may name who sent it: "a letter he had received from".
const maxFromAfterDoc = 6

// maxDocBack bounds, in tokens, how far back a document's introduction is
// looked for.
const maxDocBack = 800

// docAuthor returns who wrote the document "the noun" at token a
// stands for, as its latest introduction before says: "published ... by
// data firm Halden Insight", "In a complaint filed Monday ..., Mendel
// alleges", "In a report to the committee, council planning officers
// said"; "" if it says none. behalf says the document was made on the
// one's behalf ("a statement on behalf of Grace Adjei"), whose words it
// gives whoever else spoke of it.
func (x *refiner) docAuthor(a int, noun string) (name string, behalf bool) {
	for k := a - 1; k > 0 && a-k < maxDocBack; k-- {
		x.steps++
		if x.toks[k].Low != noun || x.toks[k].InQ {
			continue
		}
		d := k - 1 // past modifiers: "a blog post", "a lengthy Facebook post"
		for d > 0 && k-d < maxDocModifiers && x.toks[d].Kind == tok.Word && !lexicon.IsDeterminer(x.toks[d].Low) && !x.isCue(d) &&
			!(x.toks[d].Cap && lexicon.IsPossessive(x.toks[d].Low)) {
			d--
		}
		if name := x.ownerOf(d, k); name != "" {
			return name, false // "Brackwater’s advisory", "an internal Lekwa Local Municipality engineering report"
		}
		det := x.toks[d].Low
		if det != "a" && det != "an" && det != "the" || k-d > 3 {
			return "", false
		}
		if name := x.namedThenMade(k + 1); name != "" {
			return name, false // "a technical write-up Sablefish published Wednesday"
		}
		signer := false // the document was signed by an officer of its maker
		for j := k + 1; j < len(x.toks) && j-k < 14 && x.sentStart(j) != j; j++ {
			x.steps++
			if name := x.onBehalf(j); name != "" {
				return name, true // "a victim impact statement on Mr Adeyemi’s behalf"
			}
			if x.toks[j].Low == "from" && j-k <= maxFromAfterDoc {
				if name := docvoice.SenderAfter(x.d, j+1); name != "" {
					return name, false // "a letter from a Shawtown Mill teacher", "a letter he had received from a constituent in South Uist"
				}
			}
			if x.toks[j].Low != "by" || !x.authoredBefore(k, j) {
				continue // (not "signed by" a spokesman for the body)
			}
			n := j + 1
			for n < len(x.toks) && n-j < 5 && !x.toks[n].Cap && x.toks[n].Kind == tok.Word && !x.toks[n].InQ {
				if strings.HasPrefix(x.toks[n].Low, "spokes") || lexicon.IsPossessivePronoun(x.toks[n].Low) {
					signer = true // "signed by its spokesperson, Olufemi Soneye", "by its Secretary": the body's, whose statement it is
					break
				}
				n++ // "by construction data firm", "by the"
			}
			if signer {
				break
			}
			e := n
			for e < len(x.toks) && e-n < 6 && (x.toks[e].Cap || x.toks[e].Low == "of" || x.toks[e].Low == "&") && x.toks[e].Kind == tok.Word {
				e++
			}
			if e+2 < len(x.toks) && e > n && (lexicon.IsRoleNoun(x.toks[e].Low) || lexicon.IsPersonRole(x.toks[e].Low)) && x.isNameWord(e+1) {
				// "started by Hengrove Vale resident Josh Redwood": the
				// person after the place and role
				n = e + 1
				for e = n; e < len(x.toks) && e-n < 4 && x.isNameWord(e); e++ {
				}
			}
			if e > n && x.toks[e-1].Cap && !lexicon.IsNamedCap(x.toks[n].Low) {
				return x.writtenName(n, e), false // (not "by Tuesday")
			}
			break // "signed by 142 physicians": who made it, the sentence's subject may say
		}
		s := x.sentStart(k)
		m, ok := x.sentenceSubject(s, min(len(x.toks), s+maxSentence))
		if !ok && x.toks[s].Low == "in" {
			m, ok = x.afterFronted(s) // "In a statement released through police Tuesday evening, the family asked"
		}
		switch {
		case x.toks[s].Low == "in" && k <= s+4:
			// "In a report ..., X said": its subject wrote it
			if !ok || m.A <= k {
				return "", false
			}
		case det == "a" || det == "an":
			// "The club shared a post on Facebook", "Ms Vance wrote a
			// letter to the board": the subject made it
			if !ok || m.B > k || !x.madeBetween(m.B, k) {
				return "", false
			}
		default:
			continue // "The advisory describes ...": an earlier sentence introduced it
		}
		if m.Pron {
			return "", false
		}
		switch {
		case m.Person:
			if e := x.personOf(m, m.Title); e >= 0 {
				return x.ent(e).Name, false
			}
		case x.toks[m.A].Low == "the" && m.A+1 < m.B && !x.toks[m.A+1].Cap:
			if e := epithet.Of(x.d, m.A, m.B); e >= 0 {
				return x.ent(e).Name, false // "In a complaint filed Monday, the 29-year-old alleges"
			}
			if head := x.toks[m.B-1].Low; m.B-m.A == 2 && vocab.OrgHeads[head] {
				if name := x.orgBefore(m.A, head); name != "" {
					return x.wholeFirmName(name, m.A), false // "In a post on Facebook, the club said"
				}
			}
			return "", false
		}
		if name := x.nameBetweenCommas(m.B); name != "" {
			return name, false // "Mbeki-Rowe's agent, Giancarlo de Santis, moved to calm things down with a statement"
		}
		return m.Name, false // "In a statement, the Department of Health said"
	}
	return "", false
}

// nameBetweenCommas returns the name written between commas from token c
// (the first comma) after a description: "Mbeki-Rowe's agent, Giancarlo
// de Santis, moved"; "" if none.
func (x *refiner) nameBetweenCommas(c int) string {
	if c+2 >= len(x.toks) || x.toks[c].Low != "," || !x.isNameWord(c+1) {
		return ""
	}
	e := c + 1
	for e < len(x.toks) && e-c <= 5 && (x.isNameWord(e) || e > c+1 && lexicon.IsNameParticle(x.toks[e].Low) && e+1 < len(x.toks) && x.isNameWord(e+1)) {
		e++
	}
	if e >= len(x.toks) || x.toks[e].Low != "," || e-c < 3 {
		return ""
	}
	return x.nameOf(c+1, e)
}

// afterFronted returns the subject of the sentence starting at token s
// after the phrase put before it, up to its first comma.
func (x *refiner) afterFronted(s int) (Mention, bool) {
	c := s
	for c < len(x.toks) && c-s < maxFrontedTokens*2 && x.toks[c].Low != "," && !x.toks[c].SentEd {
		x.steps++
		c++
	}
	if c >= len(x.toks) || x.toks[c].Low != "," {
		return Mention{}, false
	}
	if m, ok := x.sentenceSubject(c+1, min(len(x.toks), c+1+maxSentence)); ok {
		return m, true
	}
	a := c + 1 // "the Haugen family asked ...": a name, and the noun for its kind
	e := a + b2i(a < len(x.toks) && x.toks[a].Low == "the")
	for e < len(x.toks) && e-a < 6 && x.isNameWord(e) {
		e++
	}
	if e < len(x.toks) && (x.toks[e].Low == "family" || vocab.OrgHeads[x.toks[e].Low]) {
		e++
	}
	if e == a || !x.isNameWord(e-1) && !x.isNameWord(e-2) || lexicon.IsPossessive(x.toks[e-1].Low) || e >= len(x.toks) || lexicon.Verb(x.toks[e].Low) == 0 {
		return Mention{}, false // (not "Halcyon's vice president ...": its verb must follow)
	}
	return Mention{A: a, B: e, From: a, Name: x.text(a, e)}, true
}

// writtenName is the name written at tokens [n, e): the person it stands for,
// else the words.
// ownDocument gives quote q, attributed to a document that is no
// earlier one ("A statement posted by Ganjiang New Energy Technology on
// its WeChat account said ..."; tokens [a, b) are "statement" or "A
// statement"), whose the document's own phrase says it is, and reports
// whether it did.
func (x *refiner) ownDocument(q *result.Quote, a, b int) bool {
	head := x.toks[b-1]
	if b-a > 2 || head.Cap || !authoredDocs[head.Low] && !vocab.StatementNouns[head.Low] {
		return false
	}
	if d := b - 2; d < 0 || x.toks[d].Low != "a" && x.toks[d].Low != "an" {
		return false
	}
	name, _ := x.docAuthor(b, head.Low)
	if name == "" {
		return false
	}
	q.Speaker, q.SpeakerTitle = name, ""
	return true
}

// maxDocModifiers bounds the words between a document's determiner (or
// owner) and its noun, plus one.
const maxDocModifiers = 7

// ownerOf returns whose document the phrase from token d to its noun k
// names: the owner in the possessive ("Brackwater’s advisory"), or the
// body named among its modifiers ("an internal Lekwa Local Municipality
// engineering report"), not an outlet ("a Reuters report"); "" if none.
func (x *refiner) ownerOf(d, k int) string {
	if x.toks[d].Cap && lexicon.IsPossessive(x.toks[d].Low) && x.toks[d].Kind == tok.Word {
		a := d
		for a > 0 && d-a < 5 && x.isNameWord(a-1) && x.sentStart(a) != a {
			a--
		}
		if _, n := x.outletAt(a, d+1); n > 0 {
			return ""
		}
		return x.nameOf(a, d+1)
	}
	if det := x.toks[d].Low; det != "a" && det != "an" && det != "the" {
		return ""
	}
	a := d + 1
	for a < k && !x.isNameWord(a) {
		a++
	}
	e := a
	for e < k && x.isNameWord(e) {
		e++
	}
	if e-a < 2 || e == k || a == d+1 && x.toks[d].Low == "the" {
		return "" // (one capital may be a place's or an adjective's: "a Labour report"; "the Tuesday report")
	}
	for c := e; c < k; c++ {
		if x.isNameWord(c) {
			return ""
		}
	}
	if _, n := x.outletAt(a, e); n > 0 {
		return ""
	}
	return x.nameOf(a, e)
}

// namedThenMade returns the name at token n when a verb of making or
// publishing follows it, as in a document's relative clause without
// "that" ("a technical write-up Sablefish published Wednesday"); "" if not.
func (x *refiner) namedThenMade(n int) string {
	e := n
	for e < len(x.toks) && e-n < 5 && x.isNameWord(e) {
		e++
	}
	if e == n || e >= len(x.toks) || !madeVerbs[x.toks[e].Low] && !authoringVerbs[x.toks[e].Low] {
		return ""
	}
	return x.nameOf(n, e)
}

// onBehalf returns the one a document was made for, when the tokens
// from j read "on NAME's behalf" or "on behalf of NAME"; "" if not.
func (x *refiner) onBehalf(j int) string {
	if x.toks[j].Low != "on" || j+2 >= len(x.toks) {
		return ""
	}
	n := j + 1
	if x.toks[n].Low == "behalf" && x.toks[n+1].Low == "of" {
		n += 2
		e := n
		for e < len(x.toks) && e-n < 5 && x.toks[e].Cap && x.toks[e].Kind == tok.Word {
			e++
		}
		if e > n {
			return x.nameOf(n, e)
		}
		return ""
	}
	e := n
	for e < len(x.toks) && e-n < 5 && x.toks[e].Cap && x.toks[e].Kind == tok.Word && !lexicon.IsPossessive(x.toks[e].Low) {
		e++
	}
	if e == n || e+1 >= len(x.toks) || !x.toks[e].Cap || !lexicon.IsPossessive(x.toks[e].Low) || x.toks[e+1].Low != "behalf" {
		return ""
	}
	return x.nameOf(n, e+1)
}

// nameOf returns the person named by tokens [n, e), by their name in
// full ("Kwame Mensah" for "Mr Mensah’s"), or as written.
func (x *refiner) nameOf(n, e int) string {
	if en, ok := x.byName(lexicon.StripPossessive(x.text(n, e))); ok {
		return x.ent(en).Name
	}
	if m, ok := x.np(n, e-1, 0); ok && m.A == n && m.Person {
		if en := x.personOf(m, m.Title); en >= 0 {
			return x.ent(en).Name
		}
	}
	return x.writtenName(n, e)
}

func (x *refiner) writtenName(n, e int) string { return docvoice.WrittenName(x.d, n, e) }

// kin are the words for a relative, whom "of ..." after them names.
var kin = map[string]bool{"son": true, "daughter": true, "mother": true, "father": true, "wife": true, "husband": true,
	"brother": true, "sister": true, "widow": true, "widower": true, "partner": true, "grandson": true, "granddaughter": true}

// pleas are the words that make the subject of a sentence the
// defendant: "Darren Keohane ... pleaded guilty", "Smith denies murder".
var pleas = map[string]bool{"pleaded": true, "pled": true, "admitted": true, "admits": true, "denied": true,
	"denies": true, "charged": true, "convicted": true, "appeared": true, "accused": true}

// maxPleaBack bounds, in tokens, how far back "the accused" looks for
// the plea that names the defendant.
const maxPleaBack = 1500

// defendant returns the person "the accused" at token a stands for: the
// subject of the latest sentence before it that has them plead, deny,
// appear or stand charged; -1 if none.
func (x *refiner) defendant(a int) int {
	for k := a - 1; k > 0 && a-k < maxPleaBack; k-- {
		x.steps++
		if !pleas[x.toks[k].Low] || x.toks[k].InQ {
			continue
		}
		s := x.sentStart(k)
		m, ok := x.sentenceSubject(s, k+1)
		if !ok || m.Pron || m.B > k || x.toks[m.A].Low == "the" {
			continue
		}
		if e := x.personOf(m, m.Title); e >= 0 && x.ent(e).Person && strings.Contains(x.ent(e).Name, " ") {
			return e
		}
	}
	return -1
}

// oneSubjectOf returns the one of two people (cands) named in the
// sentence before token a as its subject, when the other is named there
// only after a verb or preposition ("refused to discuss Falcão"); -1
// otherwise.
func (x *refiner) oneSubjectOf(a int, cands []int) int {
	p, s, ok := x.sentenceBefore(a)
	if !ok {
		return -1
	}
	for k := p; k < s; k++ {
		x.steps++
		switch x.toks[k].Low {
		case "said", "says", "told", "tells", "added", "according":
			return -1 // "..., the boy told police.": a sentence with a speaker of its own
		}
	}
	subject, object := -1, -1
	x.mentionsBefore(s, func(e, t int) bool {
		if t < p {
			return false
		}
		if e != cands[0] && e != cands[1] {
			return true
		}
		prev := x.toks[max(t-1, 0)]
		switch {
		case t == p || prev.Low == "," || prev.Cap || lexicon.IsRoleNoun(prev.Low) || lexicon.IsPersonRole(prev.Low):
			if subject >= 0 && subject != e {
				subject = -2
			} else if subject != -2 {
				subject = e
			}
		case prev.Kind == tok.Word:
			object = e
		}
		return true
	})
	if subject >= 0 && object >= 0 && object != subject {
		return subject
	}
	return -1
}

// isPerson reports whether name is a person named in the article.
func (x *refiner) isPerson(name string) bool {
	e, ok := x.byName(name)
	return ok && x.ent(e).Person
}

// previousSubject returns the person a pronoun at token a most likely
// continues when the person it was resolved to (cur) is named in the
// sentence before only after that sentence's subject: the subject, when
// it is a person named there (or described, as "The 29-year-old, who plays
// nurse Becky Shaw, ...", or "The Villa manager ..." with no one named since
// the last quote, which is the last speaker's) whose gender fits g; -1
// otherwise (quote i is the pronoun's). (A pronoun
// continues the subject before it rather than a name in its clauses.)
func (x *refiner) previousSubject(a int, g byte, cur string, i int, full map[string]string) int {
	p, s, ok := x.sentenceBefore(a)
	if !ok {
		return -1
	}
	if x.toks[p].InQ || x.toks[p].Kind == tok.OpenQ {
		return -1 // the sentence before is a quotation
	}
	last := -1 // the latest mention of cur before the pronoun
	if c, ok := x.byName(cur); ok {
		last = x.lastMention(c, a)
	}
	described := x.toks[p].Low == "the" && last < p // "The chief executive said ..." after another's quote
	if (last <= p+1 || last >= s) && !described {
		return -1
	}
	e := -1
	if ap := x.appositionAfter(p, s); ap >= 0 && !described {
		// "The United Nations coordinator for Sudan, Clementine
		// Nkweta-Salami, said ...": the name in apposition.
		e = ap
	} else if x.toks[p].Low == "the" {
		// "The 29-year-old, who ...": a description opening the sentence.
		d := p + 1
		for d < s && d-p <= 4 && x.toks[d].Kind == tok.Word && !x.toks[d].InQ && !lexicon.IsNounStop(x.toks[d].Low) &&
			lexicon.Verb(x.toks[d].Low) == 0 && !lexicon.IsAux(x.toks[d].Low) && !lexicon.IsVerbLike(x.toks[d].Low) {
			d++
		}
		var cands []int
		if e, cands = epithet.Candidates(x.d, p, d); e < 0 && i > 0 {
			e = x.lastSpeakerAmong(i, p, cands) // "The Villa manager", no one named since Emery's quote
		}
	} else if m, ok := x.frontedSubject(p, s); ok && !m.Pron && (m.Person && strings.Contains(m.Name, " ") || x.namedInFull(m.Name, full)) {
		e = x.resolvePerson(m.Name, "", x.toks[m.A].S) // "Whitfield visited Hawthorne three times."
	} else if ok && m.Person && (m.B == m.A+1 || m.B == m.A+2 && lexicon.IsHonorific(strings.TrimSuffix(x.toks[m.A].Low, "."))) {
		e = x.surnameOf(m.B - 1) // "Malhotra, who leads ..., has spent", "Mr Chaiwat, 52, who grows durian ..., said"
	} else if m, ok := x.d.SubjectAfter(p-1, s); ok && m.Person && m.A > p && x.rolePrefix(p, m.A) && strings.Contains(m.Name, " ") {
		e = x.resolvePerson(m.Name, "", x.toks[m.A].S)
	}
	if e < 0 || !x.ent(e).Person || vocab.PlaceOrTeam(x.ent(e).Name) || x.articleMention(x.latestMention(e, a)) || x.ent(e).Gender != 0 && x.ent(e).Gender != g {
		return -1
	}
	return e
}

// namedInFull reports whether a surname alone is a person the article
// named in full before (full, as fullNameAt records them).
func (x *refiner) namedInFull(surname string, full map[string]string) bool {
	low := strings.ToLower(surname)
	if strings.Contains(surname, " ") || lexicon.IsRoleNoun(low) || lexicon.IsPersonRole(low) || lexicon.IsTitleWord(low) {
		return false
	}
	name, ok := full[lexicon.StripPossessive(surname)]
	if !ok {
		return false
	}
	e, ok := x.byName(name)
	return ok && x.ent(e).Person
}

// surnameOf is article.SurnameAt.
func (x *refiner) surnameOf(j int) int { return article.SurnameAt(x.d, j) }

// maxFronted bounds the phrases before a sentence's subject, each closed
// by a comma, that frontedSubject skips, and maxFrontedTokens their length.
const (
	maxFronted       = 3
	maxFrontedTokens = 12
)

// frontedSubject is the subject of the sentence [p, s), after any phrases
// put before it ("Later, walking to that car, Malhotra tried ...").
func (x *refiner) frontedSubject(p, s int) (Mention, bool) {
	m, ok := x.sentenceSubject(p, s)
	for k, n := p, 0; !ok && n < maxFronted && k < s && k-p < maxFronted*maxFrontedTokens; k++ {
		x.steps++
		if x.toks[k].InQ || x.toks[k].Low != "," || k+1 >= s {
			continue
		}
		n++
		if x.isNameWord(k + 1) {
			if m, ok = x.sentenceSubject(k+1, s); ok && m.A != k+1 {
				ok = false
			}
		}
	}
	return m, ok
}

// maxPronounBack bounds how many quotes back a pronoun looks for the same
// pronoun said of someone before it.
const maxPronounBack = 4

// samePronounBefore returns the quote before quote i (whose speaker is
// the pronoun at token a, of gender g) that the same pronoun attributes,
// with nobody named between the two: "“...,” he told an interviewer. Two
// years later, he was blunter. “...,” he told the Denver Post." Both are
// one man, whoever the refinements found the first to be. It returns -1
// when there is no such quote within two paragraphs.
func (x *refiner) samePronounBefore(i, a int, g byte) int {
	for j := i - 1; j >= 0 && i-j <= maxPronounBack; j-- {
		x.steps++
		p := &x.out[j]
		if p.SpeakerStart < 0 || p.Speaker == "" || p.Kind == result.KindParaphrase {
			continue
		}
		pt := x.tokenAt(p.SpeakerStart)
		if pt == a {
			continue // an earlier piece of the same quotation
		}
		if pt > a || x.toks[a].Para-x.toks[pt].Para > 2 {
			return -1
		}
		if lexicon.PronounGender(x.toks[pt].Low) != string(g) || x.toks[pt].S != p.SpeakerStart {
			continue
		}
		named := false
		x.mentionsBefore(a, func(e, t int) bool {
			named = t > pt && x.ent(e).Person
			return false
		})
		if named {
			return -1
		}
		return j
	}
	return -1
}

// maxChain bounds the sentences opening with the same pronoun that a
// pronoun looks back through for the subject they all continue.
const maxChain = 3

// chainedSubject is previousSubject for a pronoun whose sentence follows
// sentences opening with the same pronoun ("Malhotra, who ... Oake's
// archive ... . He drove down from Denver ... . “...,” he said."): they
// continue one subject, the one before the chain.
func (x *refiner) chainedSubject(a int, g byte, cur string, i int, full map[string]string) int {
	s := x.sentStart(a)
	for hop := 0; hop < maxChain && s > 0; hop++ {
		x.steps++
		ps := x.sentStart(s - 1)
		if t := x.toks[ps]; t.InQ || t.Kind != tok.Word || lexicon.PronounGender(t.Low) != string(g) || t.Para+1 < x.toks[a].Para {
			return -1
		}
		if e := x.previousSubject(ps, g, cur, i, full); e >= 0 {
			return e
		}
		s = ps
	}
	return -1
}

// fullNameAt records in full the person's name that ends at token j, if
// one does: two or three capitalised words (without a title, a role or
// an acronym before them), keyed by the last word.
func (x *refiner) fullNameAt(j int, full map[string]string) {
	if !x.isNameWord(j) || lexicon.IsPostNominal(x.toks[j].Low) ||
		j+1 < len(x.toks) && x.isNameWord(j+1) && x.toks[j+1].Para == x.toks[j].Para && !lexicon.IsPostNominal(x.toks[j+1].Low) {
		return
	}
	a, particles := j, 0
	for a > 0 && j-a-particles < 2 && x.isNameWord(a-1) && x.toks[a-1].Para == x.toks[j].Para {
		x.steps++
		a--
		if vocab.SurnameParticles[x.toks[a].Low] && a > 0 && x.isNameWord(a-1) {
			particles++ // "Nuala Mac Carthaigh": the particle is no word of its own
		}
	}
	for a < j {
		w := x.toks[a]
		low := strings.TrimSuffix(w.Low, ".")
		if !(lexicon.IsTitleWord(low) || lexicon.IsHonorific(low) || lexicon.IsPersonRole(low) || lexicon.IsRoleNoun(low) ||
			lexicon.IsNamedCap(low) || lexicon.IsOrgWord(low) || w.E-w.S > 1 && lexicon.AllUpper(x.r[w.S:w.E]) ||
			a+1 < j && vocab.OfficeNouns[low] && x.off.OfficeRunBefore(a)) {
			break // the last word of an office: "Minister of Integration and Regional Development Tiago Ferraz"
		}
		a++
	}
	if a > 0 && a+1 < j && x.toks[a-1].Low == "the" && !x.toks[a-1].Cap {
		a++ // "for the Gaeltacht Pádraig Ó Gábháin": the office's
	}
	for a >= 2 && x.toks[a-1].Low == "." && x.initial(a-2) && x.toks[a-2].Para == x.toks[j].Para {
		x.steps++
		a -= 2 // "V. Kamatchi Sundaram", "T.K. Ilamaran"
	}
	if a == j {
		x.nicknamedAt(j, full)
	}
	if a == j || lexicon.IsOrgWord(x.toks[j].Low) || vocab.PlaceOrTeam(x.toks[j].Low) {
		return
	}
	name := lexicon.StripPossessive(x.text(a, j+1))
	key := name[strings.LastIndexByte(name, ' ')+1:]
	if have, ok := full[key]; ok && strings.HasSuffix(have, " "+name) {
		return // "Mac Giolla Rua" after "Dónal Mac Giolla Rua": the same name, shorter
	}
	full[key] = name
}

// initial reports whether token k is a name's vocab.Initials before a full
// stop: "V", "T.K", "R.K.S".
func (x *refiner) initial(k int) bool {
	t := x.toks[k]
	return t.Kind == tok.Word && t.E-t.S <= 5 && vocab.Initials(string(x.r[t.S:t.E])+".")
}

// nicknamedAt records the name of a person written with a nickname in
// quotation marks between the given name and the surname at token j
// ("Luis “Chino” Marrero", "Thomas 'Tommy' Reyes") as the two names
// without it.
func (x *refiner) nicknamedAt(j int, full map[string]string) {
	c := j - 1
	if c < 3 || !quoteMark(x.toks[c].Low) {
		return
	}
	o := c - 1
	for o > c-3 && o > 0 && x.toks[o].Kind == tok.Word && x.toks[o].Cap {
		o--
	}
	g := o - 1
	if o == c-1 || g < 0 || !quoteMark(x.toks[o].Low) || !x.isNameWord(g) ||
		x.toks[g].Para != x.toks[j].Para || lexicon.IsTitleWord(x.toks[g].Low) || lexicon.IsHonorific(x.toks[g].Low) ||
		lexicon.IsOrgWord(x.toks[j].Low) || vocab.PlaceOrTeam(x.toks[j].Low) {
		return
	}
	if g >= 2 && x.toks[g-1].Low == "." && (x.initial(g-2) || x.toks[g-2].Low == "ma") {
		g -= 2 // "Ma. Lourdes “Malou” Villarama", "J. Rodrigo “Rod” Santos"
	}
	sur := lexicon.StripPossessive(x.text(j, j+1))
	full[sur] = x.text(g, o) + " " + sur
}

// quoteMark reports whether a token's text is a quotation mark, however
// the marks were paired.
func quoteMark(s string) bool {
	switch s {
	case "“", "”", "\"", "‘", "’", "'":
		return true
	}
	return false
}

// ledeRoles gives a quote in the first paragraphs attributed to an
// office or a role without a name ("The Premier has ruled out ...,
// telling reporters that voters “deserve a full term”") the person the
// next paragraph opens with as a speaker ("Anthony Russo, who has led the
// state since 2022, said ..."): the delayed name of a news lede.
func (x *refiner) ledeRoles() {
	const ledeTokens = 120 // a headline and a first paragraph, about
	prose := article.ProseStart(x.d)
	for i := range x.out {
		x.steps++
		q := &x.out[i]
		if q.SpeakerStart < 0 || q.Speaker == "" || q.Cue == ":" || x.isPerson(q.Speaker) && strings.Contains(q.Speaker, " ") && x.toks[x.tokenAt(q.SpeakerStart)].Low != "who" {
			continue // a person named in full ("Premier" alone is an office), or a transcript's label
		}
		a, b := x.tokenAt(q.SpeakerStart), x.tokenAt(q.SpeakerEnd-1)+1
		a, b = x.antecedent(q.Speaker, a, b)
		para := x.toks[a].Para
		if a > prose+ledeTokens {
			return // (counted from the first paragraph of prose, after a page's menus and bylines)
		}
		if x.toks[a].Low == "who" && a > 1 {
			b, a = a, a-1 // "A Missouri Republican who ...": the description before "who"
			for a > x.paraStart(b) && b-a < 4 && x.toks[a-1].Kind == tok.Word && x.toks[a].Cap {
				a--
			}
		}
		if a > 0 && x.toks[a-1].Low == "a" && a-1 == x.paraStart(a) {
			a-- // "A Missouri Republican who ...", read from "Missouri"
		}
		head := x.toks[b-1].Low
		for k := a + 1; k+1 < b; k++ {
			if w := x.toks[k+1].Low; (w == "of" || w == "for") && vocab.Offices[x.toks[k].Low] {
				head = x.toks[k].Low // "The Minister of State for Older People"
				break
			}
		}
		if a > 0 && kin[x.toks[a].Low] && x.toks[a-1].Low == "the" {
			a-- // "daughter of ...", read without its article
		}
		if x.toks[a].Low == "the" && a+2 < len(x.toks) && kin[x.toks[a+1].Low] && x.toks[a+2].Low == "of" {
			// "The daughter of an 84-year-old man ... says she is
			// “disgusted”", then "His daughter Ceri Llewellyn said"
			if e := x.kinNamedAfter(b, x.toks[a+1].Low, 2*ledeTokens); e >= 0 {
				q.Speaker, q.SpeakerTitle = x.ent(e).Name, x.ent(e).Title
			}
			continue
		}
		// "a minister has insisted", "a senior Republican senator warned"
		if x.toks[a].Low != "the" && !lexicon.IsPossessive(x.toks[a].Low) && a != x.paraStart(a) && !x.indefiniteBefore(a) ||
			!(vocab.Offices[head] || lexicon.IsPersonRole(head) || head == "leader" || head == "chief" || head == "head" ||
				lexicon.IsEpithet(head, x.toks[b-1].Cap) && x.toks[a].Low == "a") {
			continue // ("A Missouri Republican who last year pleaded ...")
		}
		if e := x.nextParagraphSpeaker(a, 2*ledeTokens); e >= 0 {
			q.Speaker, q.SpeakerTitle = x.ent(e).Name, x.ent(e).Title
			continue
		}
		if e := x.officeNamedAfter(b, head); e >= 0 && vocab.Offices[head] {
			q.Speaker, q.SpeakerTitle = x.ent(e).Name, x.ent(e).Title // "the judge said" in the lede, "Judge Harold Whitacre" below
			continue
		}
		for j := i + 1; j < len(x.out) && j-i <= 4; j++ {
			x.steps++
			o := x.out[j]
			if o.SpeakerStart < 0 {
				continue
			}
			t := x.tokenAt(o.SpeakerStart)
			if t > a+ledeTokens {
				break
			}
			if x.toks[t].Para > para && x.isPerson(o.Speaker) && strings.Contains(o.Speaker, " ") && x.opensParagraph(t) {
				q.Speaker, q.SpeakerTitle = o.Speaker, o.SpeakerTitle
				break
			}
		}
	}
}

// kinNamedAfter returns the person the text names with the relation
// (kin) within n tokens after token b: "His daughter Ceri Llewellyn", "her
// son, Tomás Reyes,"; -1 if none.
func (x *refiner) kinNamedAfter(b int, relation string, n int) int {
	for k := b; k+2 < len(x.toks) && k-b < n; k++ {
		x.steps++
		if x.toks[k].Low != relation || x.toks[k].InQ {
			continue
		}
		j := k + 1
		if x.toks[j].Low == "," {
			j++
		}
		e := j
		for e < len(x.toks) && e-j < 4 && x.isNameWord(e) {
			e++
		}
		if e-j < 2 {
			continue
		}
		if p, ok := x.byName(x.text(j, e)); ok && x.ent(p).Person {
			return p
		}
	}
	return -1
}

// indefiniteBefore reports whether the words from token a back, a few
// at most, open with "a" or "an": "a senior Republican senator".
func (x *refiner) indefiniteBefore(a int) bool {
	for k := a; k >= 0 && a-k <= 4 && x.toks[k].Kind == tok.Word && x.toks[k].Para == x.toks[a].Para; k-- {
		x.steps++
		if w := x.toks[k].Low; w == "a" || w == "an" {
			return true
		}
	}
	return false
}

// maxOfficeAfter bounds, in tokens, how far after a lede's office its
// holder's name is looked for.
const maxOfficeAfter = 800

// officeNamedAfter returns the first person named with the office head
// (or its abbreviation) before their name after token b ("Common Pleas
// Judge Harold Whitacre" for a lede's "the judge", "Sen. Wade Harlan" for
// "a senior Republican senator"), or -1.
func (x *refiner) officeNamedAfter(b int, head string) int {
	for k := b; k+1 < len(x.toks) && k-b < maxOfficeAfter; k++ {
		x.steps++
		if w := x.toks[k].Low; w != head && (w != vocab.TitleAbbrev[head] || w == "") || x.toks[k].InQ {
			continue
		}
		f := k + 1
		if f < len(x.toks) && x.toks[f].Low == "." { // "Sen. Wade Harlan"
			f++
		}
		if n := x.personNamedAt(f); n >= 0 {
			return n
		}
	}
	return -1
}

// personNamedAt returns the person whose name, up to four words, starts
// at token f ("Wade Harlan" in "Sen. Wade Harlan"), or -1.
func (x *refiner) personNamedAt(f int) int {
	e := f
	for e < len(x.toks) && e-f < 4 && x.isNameWord(e) {
		e++
	}
	if e == f {
		return -1
	}
	if n, ok := x.byName(lexicon.StripPossessive(x.text(f, e))); ok && x.ent(n).Person {
		return n
	}
	return -1
}

// statementOf gives "the statement" that speaks ("“...,” the statement
// read", "the statement continued") the speaker of the quote before it
// within the last two paragraphs, whose statement it is ("The City of
// Florissant said in a statement ...", "A rep for Marlowe confirmed the
// news to PEOPLE"), with its outlet.
func (x *refiner) statementOf(q *result.Quote, i, a, b int) {
	if i == 0 || b-a != 2 || x.toks[a].Low != "the" || !vocab.StatementNouns[x.toks[b-1].Low] || x.authored[i] {
		return // (not a statement whose author the sentence that made it named: "a statement on behalf of Grace Adjei")
	}
	for k := i - 1; k >= 0 && i-k <= maxRefineBack; k-- {
		x.steps++
		p := x.out[k]
		if p.SpeakerStart < 0 || p.Speaker == "" {
			continue
		}
		pa := x.tokenAt(p.SpeakerStart)
		if x.toks[pa].Para+2 < min(x.toks[a].Para, x.toks[x.tokenAt(q.Start)].Para) {
			return // (a statement quoted over paragraphs is read from its first)
		}
		head := strings.ToLower(p.Speaker[strings.LastIndexByte(p.Speaker, ' ')+1:])
		if vocab.DocNouns[head] || lexicon.PronounGender(strings.ToLower(p.Speaker)) != "" {
			continue // another document, or a pronoun left unresolved
		}
		q.Speaker, q.SpeakerTitle = p.Speaker, p.SpeakerTitle
		if q.Via == "" {
			q.Via = p.Via
		}
		return
	}
}

// nextParagraphSpeaker returns the person named in full who opens the
// paragraph after token a's as the subject of a speech verb, within n
// tokens, or -1.
func (x *refiner) nextParagraphSpeaker(a, n int) int {
	p := a
	for p < len(x.toks) && p-a < n && x.toks[p].Para == x.toks[a].Para {
		x.steps++
		p++
	}
	if p >= len(x.toks) || p-a >= n {
		return -1
	}
	e := p
	for e < len(x.toks) && e-p < maxSentence && !x.toks[e].SentEd {
		e++
	}
	m, ok := x.sentenceSubject(p, e)
	if !ok || !m.Person || m.Pron || !strings.Contains(m.Name, " ") || !x.opensParagraph(m.A) && !x.opensParagraph(m.B-1) && !article.AfterOpener(x.d, p, m.A) {
		return -1
	}
	v := m.B
	if v < e && x.toks[v].Low == "," {
		for c := v + 1; c < e && c-v < 30; c++ {
			x.steps++
			if x.toks[c].Low == "," {
				v = c + 1 // "Rep. Wade Kettering, who represents ..., posted"
				break
			}
		}
	}
	for k := v; k < e && k-v < 6; k++ {
		x.steps++
		if x.isCue(k) || x.toks[k].Low == "posted" || x.toks[k].Low == "tweeted" {
			return x.resolvePerson(m.Name, m.Title, x.toks[m.A].S)
		}
	}
	return -1
}

// opensParagraph reports whether the name at token t opens its
// paragraph, after a title in capitals at most ("Chief Executive John Lee
// Ka-chiu told reporters").
func (x *refiner) opensParagraph(t int) bool {
	p := x.paraStart(t)
	if t-p > 4 {
		return false
	}
	for k := p; k < t; k++ {
		if !x.isNameWord(k) {
			return false
		}
	}
	return true
}

// orgBefore, orgAfter and wholeFirmName ask package orgref which
// organisation a description stands for.
func (x *refiner) orgBefore(a int, head string) string {
	name, n := orgref.Before(x.d, a, head)
	x.steps += n
	return name
}

func (x *refiner) orgAfter(a int, head string) string {
	name, n := orgref.After(x.d, a, head)
	x.steps += n
	return name
}

func (x *refiner) wholeFirmName(short string, j int) string {
	name, n := orgref.WholeName(x.d, short, j)
	x.steps += n
	return name
}

// nameAfterDescription gives a described speaker (tokens [a, b): "the
// study's lead author") the name written after it between commas
// ("says the study's lead author, Dararith Sok, a population
// ecologist"): two to four capitalised words, then a comma or the end of
// the sentence.
func (x *refiner) nameAfterDescription(q *result.Quote, a, b int) {
	if b+2 >= len(x.toks) || x.toks[b].Low != "," || x.isPerson(q.Speaker) || x.isNameWord(a) && x.toks[a].Low != "the" {
		return
	}
	head := x.toks[b-1].Low
	if !(lexicon.IsRoleNoun(head) || lexicon.IsPersonRole(head) || lexicon.IsAnonymous(head) || vocab.LaterEpithets[head] || vocab.ExecHeads[head]) {
		return
	}
	e := b + 1
	for e < len(x.toks) && e-b <= 4 && x.isNameWord(e) && x.toks[e].Para == x.toks[b].Para {
		e++
	}
	if n := e - b - 1; n < 2 || n > 4 || e < len(x.toks) && x.toks[e].Low != "," && x.toks[e].Low != "." {
		return
	}
	if lexicon.IsNamedCap(x.toks[b+1].Low) || lexicon.IsOrgWord(x.toks[e-1].Low) || vocab.PlaceOrTeam(x.toks[e-1].Low) {
		return
	}
	q.Speaker, q.SpeakerTitle = lexicon.StripPossessive(x.text(b+1, e)), q.Speaker
}

// outletMentionAt reports whether the name at token t (-1 for none) is
// an outlet's or its programme's, read from at most three tokens before
// it: "RTÉ's Morning Ireland" is no "she".
func (x *refiner) outletMentionAt(t int) bool {
	if t < 0 {
		return false
	}
	for k := max(0, t-3); k <= t; k++ {
		x.steps++
		if _, n := x.outletAt(k, min(len(x.toks), t+4)); n > 0 && k+n > t {
			return true
		}
	}
	return false
}

// labelEnd reports whether what comes between a transcript's label and
// its words ends the label: a colon, the full stop of the
// congressional record's "The CHAIRMAN.", or the European Parliament's
// "President. –".
func labelEnd(s string) bool { return s == ":" || s == "." || s == ". –" || s == ". —" }
