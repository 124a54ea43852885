// Package vocab holds the words the speaker refinements read a
// description, an office or an organisation by: what heads an office
// ("president"), an organisation ("agency"), an unnamed source
// ("official"), and the like. Every set is in lower case and read only.
package vocab

import "strings"

// Offices are titles a description uses for the one person who holds
// them ("the president", "the mayor"), who need not be the person just
// named: such a description stands for a person called so.
var Offices = map[string]bool{"president": true, "senator": true, "governor": true, "mayor": true, "representative": true,
	"congressman": true, "congresswoman": true, "speaker": true, "secretary": true, "minister": true, "premier": true,
	"chancellor": true, "judge": true, "justice": true, "ambassador": true, "commissioner": true, "sheriff": true,
	"king": true, "queen": true, "prince": true, "princess": true, "pope": true, "sergeant": true, "inspector": true,
	"constable": true, "superintendent": true, "tánaiste": true, "tanaiste": true, "taoiseach": true}

// TitleAbbrev are the short forms of titles written before names.
var TitleAbbrev = map[string]string{"senator": "sen", "governor": "gov", "representative": "rep", "president": "pres",
	"professor": "prof", "doctor": "dr", "general": "gen", "reverend": "rev", "lieutenant": "lt", "sergeant": "sgt", "superintendent": "supt", "detective": "det", "captain": "capt", "inspector": "insp", "constable": "pc"}

// LaterEpithets are more nouns a description of someone named just
// before uses: "the Oscar winner", "the actress", "the pensioner", "the
// monarch" (a chief named with his title), "the California Democrat".
var LaterEpithets = map[string]bool{"winner": true, "laureate": true, "nominee": true, "star": true, "actor": true,
	"actress": true, "singer": true, "rapper": true, "musician": true, "comedian": true, "director": true,
	"filmmaker": true, "producer": true, "host": true, "presenter": true, "model": true, "designer": true,
	"novelist": true, "poet": true, "artist": true, "athlete": true, "medallist": true, "medalist": true,
	"mother": true, "father": true, "grandmother": true, "grandfather": true, "widow": true, "widower": true,
	"pensioner": true, "victim": true, "survivor": true, "defendant": true, "witness": true, "briton": true, "mvp": true,
	"monarch": true, "democrat": true, "republican": true, "dj": true}

// tradeEnds end the nouns of trades and callings: "the retired
// boilermaker", "the beekeeper", "the steelworker", "the shop owner".
var tradeEnds = []string{"maker", "keeper", "worker", "smith", "wright", "monger", "owner", "holder", "grower", "farmer",
	"driver", "seller", "dealer", "trader", "builder", "fisher", "fisherman", "fisherwoman", "man", "woman"}

// LaterEpithet reports whether a description's head noun w stands for
// someone named just before: one of LaterEpithets, a trade's noun, or
// "national" ("the Greek national").
func LaterEpithet(w string) bool {
	if LaterEpithets[w] || w == "national" {
		return true
	}
	for _, e := range tradeEnds {
		if len(w) > len(e)+2 && strings.HasSuffix(w, e) {
			return true
		}
	}
	return false
}

// ExecHeads end the descriptions of a firm's or body's officers, which
// stand for the person the article gave that title ("Chief Executive
// Adrian Castellanos" for "the chief executive").
var ExecHeads = map[string]bool{"executive": true, "officer": true, "ceo": true, "cfo": true, "chairman": true,
	"chairwoman": true, "chairperson": true, "founder": true, "co-founder": true}

// OfficeQualifiers make an office someone else's: the shadow chancellor
// is not the chancellor.
var OfficeQualifiers = map[string]bool{"shadow": true, "former": true, "ex": true, "deputy": true, "vice": true,
	"assistant": true, "acting": true, "late": true, "junior": true, "then": true, "next": true, "future": true}

// HeadsOfState are offices that name one well-known person a reader
// knows without being told: "the president" after another person's
// name is still the president.
var HeadsOfState = map[string]bool{"president": true, "king": true, "queen": true, "pope": true, "prince": true, "princess": true}

// HolderWords describe an office's holder: "the longtime senator".
var HolderWords = map[string]bool{"longtime": true, "veteran": true, "embattled": true, "outgoing": true,
	"incoming": true, "newly-elected": true, "popular": true, "beleaguered": true}

// BusinessHeads are the descriptions of a firm, which an article uses
// for the company it is about long after naming it.
var BusinessHeads = map[string]bool{"company": true, "firm": true, "startup": true, "retailer": true, "airline": true, "studio": true,
	"label": true, "chain": true, "brand": true, "maker": true, "operator": true,
	"carrier": true, "insurer": true, "lender": true, "manufacturer": true, "developer": true, "publisher": true, "bank": true}

// OrgHeads are the nouns of descriptions that stand for an organisation
// named just before: "the organization", "the service", "the company".
var OrgHeads = map[string]bool{"organization": true, "organisation": true, "service": true, "team": true, "agency": true,
	"ministry": true, "department": true, "committee": true, "association": true, "council": true, "company": true,
	"firm": true, "group": true, "club": true, "commission": true, "board": true, "union": true, "federation": true,
	"league": true, "authority": true, "institute": true, "foundation": true, "charity": true, "network": true,
	"bank": true, "regulator": true, "body": true, "university": true, "trust": true, "coalition": true,
	"alliance": true, "society": true, "startup": true, "retailer": true, "airline": true, "carrier": true,
	"insurer": true, "lender": true, "broadcaster": true, "publisher": true, "developer": true, "manufacturer": true,
	"studio": true, "label": true, "chain": true, "brand": true, "maker": true, "operator": true, "utility": true}

// PartyAliases are the other names of parties a title may use: "the
// Tory leader" after "Scottish Conservative leader Graeme Ruthven".
var PartyAliases = map[string]string{"tory": "conservative", "conservative": "tory", "gop": "republican",
	"democrat": "democratic", "democratic": "democrat", "lib": "liberal", "snp": "nationalist"}

// Platforms are the sites people post on, which say nothing themselves:
// "in a post on X".
var Platforms = map[string]bool{"x": true, "twitter": true, "threads": true, "instagram": true, "facebook": true,
	"tiktok": true, "youtube": true, "bluesky": true, "telegram": true, "reddit": true, "linkedin": true, "weibo": true,
	"wechat": true, "truth social": true, "mastodon": true, "snapchat": true}

// AgentHeads are the people who speak for someone else: "a rep for
// Marlowe", "a lawyer for the family".
var AgentHeads = map[string]bool{"rep": true, "representative": true, "publicist": true, "agent": true, "lawyer": true,
	"attorney": true, "solicitor": true, "counsel": true, "adviser": true, "advisor": true, "manager": true}

// CountrySecond are the second words of countries' names of two words.
var CountrySecond = map[string]bool{"arabia": true, "lanka": true, "africa": true, "zealand": true, "korea": true,
	"leone": true, "rica": true, "states": true, "kingdom": true, "emirates": true, "guinea": true, "sudan": true}

// GeoHeads end the names of seas, rivers and the like.
var GeoHeads = map[string]bool{"point": true, "heights": true, "canyon": true, "creek": true, "springs": true, "sea": true, "ocean": true, "river": true, "lake": true, "bay": true, "strait": true,
	"straits": true, "canal": true, "mountains": true, "peninsula": true, "desert": true, "valley": true, "coast": true}

// GeoFirsts open the names of places no one is called: "San Gabriel",
// "Los Alamos", "Mount Kenya", "Lake Macquarie", "Fort Worth".
var GeoFirsts = map[string]bool{"san": true, "santa": true, "los": true, "las": true, "mount": true, "mt": true,
	"lake": true, "port": true, "fort": true, "county": true, "co": true, "cape": true}

// FirmHeads end the names of firms, beyond the words that mark any
// organisation: "Sahel Logistics", "Northlight Pictures".
var FirmHeads = map[string]bool{"logistics": true, "pictures": true, "capital": true, "freight": true, "partners": true,
	"holdings": true, "ventures": true, "airways": true, "airlines": true, "motors": true, "foods": true,
	"pharmaceuticals": true, "therapeutics": true, "labs": true, "systems": true, "technologies": true, "media": true,
	"studios": true, "records": true, "entertainment": true, "energy": true, "resources": true, "mining": true,
	"solutions": true, "analytics": true, "robotics": true, "interactive": true, "games": true, "insurance": true,
	"shipping": true, "telecom": true, "security": true, "networks": true, "airport": true, "port": true, "ports": true, "construction": true, "light": true, "electric": true}

// PersonSources are the unnamed people a pronoun can stand for.
var PersonSources = map[string]bool{"spokesman": true, "spokeswoman": true, "spokesperson": true, "official": true,
	"source": true, "aide": true, "insider": true}

// SurnameParticles open a surname of several words: "Mac Giolla Rua",
// "Ó Súilleabháin", "van Loon", "de la Cruz".
var SurnameParticles = map[string]bool{"mac": true, "mc": true, "ó": true, "o'": true, "ní": true, "nic": true, "ua": true,
	"van": true, "von": true, "de": true, "del": true, "della": true, "di": true, "da": true, "dos": true, "du": true,
	"la": true, "le": true, "al": true, "el": true, "bin": true, "ben": true, "ter": true, "ten": true}

// DocNouns head the documents "it" can stand for when it speaks.
var DocNouns = map[string]bool{"document": true, "report": true, "letter": true, "statement": true, "memo": true,
	"draft": true, "study": true, "paper": true, "filing": true, "complaint": true, "ruling": true, "lawsuit": true,
	"bill": true, "order": true, "proposal": true, "plan": true, "guidance": true, "review": true, "audit": true,
	"judgment": true, "judgement": true, "indictment": true, "affidavit": true, "notice": true, "email": true}

// StatementNouns are the words for a statement issued on someone's
// behalf.
var StatementNouns = map[string]bool{"statement": true, "release": true, "announcement": true}

// ObjectPreps put a name in the object of a question or a remark: "asked
// about Brandt", "a question from Kell".
var ObjectPreps = map[string]bool{"about": true, "of": true, "to": true, "with": true, "against": true, "by": true, "from": true}

// Credentials are the degrees US papers write after a name between
// commas: "Rebecca Hollander, MD, a hypertension specialist".
var Credentials = map[string]bool{"md": true, "phd": true, "do": true, "mph": true, "rn": true, "dds": true,
	"dvm": true, "mba": true, "jd": true, "pharmd": true, "np": true, "facc": true, "frcp": true, "msc": true}

// OfficeNouns end the names of ministries and portfolios: "Minister of
// Integration and Regional Development".
var OfficeNouns = map[string]bool{"development": true, "affairs": true, "services": true, "transport": true, "health": true,
	"finance": true, "justice": true, "interior": true, "defence": true, "defense": true, "education": true, "energy": true,
	"environment": true, "agriculture": true, "labour": true, "labor": true, "trade": true, "industry": true, "commerce": true,
	"housing": true, "planning": true, "security": true, "welfare": true, "communications": true, "infrastructure": true,
	"tourism": true, "culture": true, "sport": true, "sports": true, "works": true, "resources": true, "fisheries": true,
	"mines": true, "petroleum": true, "water": true, "lands": true, "information": true, "economy": true, "treasury": true,
	"integration": true, "innovation": true, "technology": true, "science": true, "logistics": true, "aviation": true}

// RoleModifiers qualify a role between an organisation and a name:
// "press secretary", "chief executive", "deputy director".
var RoleModifiers = map[string]bool{"press": true, "deputy": true, "senior": true, "acting": true, "interim": true,
	"executive": true, "managing": true, "general": true, "principal": true, "communications": true, "media": true}

// SourceHeads are the nouns of anonymous sources a qualifier follows:
// "people familiar with the matter", "a source close to the talks".
var SourceHeads = map[string]bool{"people": true, "person": true, "source": true, "sources": true, "official": true,
	"officials": true, "insider": true, "insiders": true, "aide": true, "aides": true, "diplomat": true, "diplomats": true,
	"strategist": true, "strategists": true, "adviser": true, "advisers": true, "advisor": true, "advisors": true,
	"operative": true, "operatives": true, "banker": true, "bankers": true, "trader": true, "traders": true,
	"investor": true, "investors": true}

// SourceQualifiers open the phrase that says how an anonymous source
// knows: "familiar with", "close to", "briefed on", "with knowledge of".
var SourceQualifiers = map[string]bool{"familiar": true, "close": true, "briefed": true, "with": true, "involved": true,
	"aware": true, "knowledgeable": true, "privy": true}

// SourceCounts are the numbers and quantifiers before an anonymous
// source, which its description leaves out: "Two people familiar with
// the matter" is "people familiar with the matter".
var SourceCounts = map[string]bool{"one": true, "two": true, "three": true, "four": true, "five": true, "several": true, "some": true,
	"a": true, "an": true, "the": true, "both": true, "multiple": true, "many": true, "other": true, "another": true}

// WorkNouns come before a work's title: "the podcast “Second Act”".
var WorkNouns = map[string]bool{"show": true, "programme": true, "program": true, "podcast": true, "film": true,
	"movie": true, "book": true, "novel": true, "song": true, "album": true, "series": true, "documentary": true,
	"titled": true, "entitled": true, "called": true, "headlined": true}

// UnnamedKin are the words a story uses for the same unnamed sources:
// "people familiar with the matter" are "the sources" and "one person".
var UnnamedKin = map[string]bool{"people": true, "person": true, "source": true, "sources": true}

// SmallTitleWords stay in lower case in a title.
var SmallTitleWords = map[string]bool{"a": true, "an": true, "the": true, "of": true, "and": true, "or": true, "in": true,
	"on": true, "at": true, "to": true, "for": true, "with": true}

// KinSharingName are the relatives who carry the family's surname by
// custom: a man's father or son, a woman's father.
var KinSharingName = map[string]bool{"father": true, "son": true, "brother": true, "grandfather": true, "grandson": true}

// QualifierStops end a qualifier's phrase.
var QualifierStops = map[string]bool{"who": true, "which": true, "that": true, "and": true, "or": true, "but": true}

// QualifierPreps open a qualifier, and a second one chained after the
// first.
var QualifierPreps = map[string]bool{"from": true, "in": true, "at": true, "of": true, "for": true}

// MessageNouns are the written messages a person sends, which speak for
// their sender: "“...,” the email read" after "an email from Provost
// Elaine Marsh".
var MessageNouns = map[string]bool{"email": true, "e-mail": true, "memo": true, "letter": true, "note": true, "message": true}

// UnnamedPeople are the words for a person the story leaves unnamed
// and introduces with "one" or "a": "One mother, who did not want to be
// named, said".
var UnnamedPeople = map[string]bool{"mother": true, "father": true, "resident": true, "neighbour": true,
	"neighbor": true, "parent": true, "worker": true, "woman": true, "man": true, "nurse": true, "teacher": true,
	"driver": true, "shopper": true, "customer": true, "patient": true, "student": true, "employee": true}

// SpokesWords are a spokesperson's words alone, which speak for a body
// the sentence names: "said through a spokesperson".
var SpokesWords = map[string]bool{"spokesperson": true, "spokesman": true, "spokeswoman": true, "a spokesperson": true,
	"a spokesman": true, "a spokeswoman": true}
