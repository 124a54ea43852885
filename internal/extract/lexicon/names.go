package lexicon

import "strings"

// roleNouns are heads of titles and of unnamed speaker descriptions.
var roleNouns = wordSet(`chair chairman chairwoman chairperson president vice secretary senator
		spokesman spokeswoman spokesperson spokespeople director officer leader manager adviser advisor aide
		candidate nominee governor mayor representative congressman congresswoman chief head executive ceo
		founder cofounder co-founder professor analyst strategist attorney lawyer judge justice commissioner
		minister ambassador general economist pollster editor reporter correspondent columnist host anchor
		official member speaker whip sheriff deputy coordinator organizer activist author historian
		scientist researcher fellow partner owner supporter surrogate staffer consultant operative
		chairs presidents officials spokesmen aides advisers advisors lawmakers lawmaker senators
		representatives leaders candidates analysts experts expert sources source critics critic
		campaign committee commission department agency administration office group organization
		blog statement complaint order report lawsuit filing memo letter release website post ruling
		study survey poll court board council party government team staff company firm network
		newspaper paper magazine editorial column document documents records record
		director-general secretary-general nominees residents voters voter resident citizens witness
		witnesses observers insiders insider veteran veterans officer officers agent agents mountie mounties
		prosecutor prosecutors investigators investigator police sergeant captain lieutenant colonel
		admiral commander governor-elect president-elect mayor-elect rep sen gov pastor reverend rabbi
		bishop pope priest cardinal doctor physician nurse teacher student students worker workers
		owner owners user users fan fans economists scholars scholar pundit pundits commentator
		commentators contributor contributors publisher founder chancellor provost dean treasurer
		comptroller auditor clerk secretary-treasurer whistleblower whistle-blower defendant plaintiff
		person people man woman men women boss friend friends family neighbor neighbour relative wife
		husband father mother brother sister colleague colleagues ally allies donor donors employee
		employees protester demonstrator demonstrators organizers narrator announcer moderator panelist
		guest caller listener viewer reader readers blogger writer journalist journalists fans attendee
		participant participants delegate delegates consultant strategists activists historians
		economist lawyers attorneys doctors scientists observers supporter opponent opponents rival rivals
		insiders aide-de-camp mom dad son daughter kids parents parent teen teenager child children
		account accounts page feed boy girl guy lady gentleman nephew niece cousin uncle aunt grandson granddaughter stepfather stepmother fiancee fiance`)

// IsRoleNoun reports whether w heads a title or an unnamed speaker
// description ("spokesman", "aides", "statement").
func IsRoleNoun(w string) bool { return roleNouns[w] }

// titleWords are honorifics and title words written before a name.
var titleWords = wordSet(`mr mrs ms miss dr sen rep gov gen lt col sgt capt adm rev prof pres
		president senator governor representative congressman congresswoman secretary sheriff mayor
		judge justice speaker chairman chairwoman chief vice attorney general ambassador commissioner
		director leader magistrate former first lady sir dame lord king queen prince princess pope father sister
		brother reverend pastor rabbi bishop cardinal imam ayatollah premier chancellor minister
		prime nominee candidate candidate-elect president-elect lt. state u.s. house senate majority
		minority democratic republican gop independent libertarian green presidential vice-presidential
		then-candidate then-senator democrat republican former acting deputy assistant press national
		security homeland defense treasury labor commerce agriculture interior energy education
		health transportation justice department campaign manager chair co-chair co-founder founder
		ceo coo cfo executive officer ret alhaji alhaja hajiya mallam malam otunba oba engr barr arc hon
		sheikh emir evangelist apostle prophet madam mdm comrade assemblymember assemblyman assemblywoman
		councilmember councilman councilwoman alderman alderwoman alderperson amateur rookie representatives senators`)

// IsTitleWord reports whether w is an honorific or title word written
// before a name ("sen", "secretary").
func IsTitleWord(w string) bool { return titleWords[w] }

// outlets are news organisations recognised as the "via" of an attribution
// ("told NPR", "per CNN", "according to Reuters"). Keys are lower case; the
// value is the display name.
var outlets = func() map[string]string {
	m := map[string]string{}
	for _, n := range []string{"NPR", "CNN", "MSNBC", "CNBC", "Fox News", "Fox Business", "Fox", "ABC", "ABC News",
		"CBS", "CBS News", "NBC", "NBC News", "PBS", "BBC", "C-SPAN", "Reuters", "AP", "Associated Press",
		"Bloomberg", "Bloomberg News", "Politico", "The Hill", "Axios", "New York Times", "The New York Times",
		"Washington Post", "The Washington Post", "Wall Street Journal", "The Wall Street Journal", "USA Today",
		"Los Angeles Times", "Chicago Tribune", "Boston Globe", "The Boston Globe", "New York Post",
		"Breitbart", "Breitbart News", "The Atlantic", "The New Yorker", "Newsweek", "Time", "TIME", "BuzzFeed",
		"BuzzFeed News", "HuffPost", "Huffington Post", "The Huffington Post", "Vox", "Slate", "Daily Caller",
		"The Daily Caller", "The Guardian", "Guardian", "The Daily Beast", "Daily Beast", "Yahoo News", "Yahoo",
		"Vanity Fair", "Rolling Stone", "The Intercept", "ProPublica", "Mother Jones", "National Review",
		"The Blaze", "TheBlaze", "Washington Examiner", "Washington Times", "The Washington Times",
		"Daily Mail", "Financial Times", "The Economist", "Al Jazeera", "Univision", "Telemundo", "ESPN",
		"Business Insider", "Salon", "The Times", "The Post", "Times", "Post", "The Journal", "Journal",
		"Fox News Channel", "Sky News", "Agence France-Presse", "AFP", "The Telegraph", "Forbes",
		"Fortune", "The Nation", "Mediaite", "Talking Points Memo", "Infowars", "Radio Iowa",
		"Des Moines Register", "The Des Moines Register", "Miami Herald", "The Miami Herald",
		"Politifact", "PolitiFact", "The Washington Free Beacon", "Free Beacon", "WikiLeaks"} {
		m[strings.ToLower(n)] = strings.TrimPrefix(n, "The ")
	}
	return m
}()

// Outlet returns the display name of the news organisation whose name in
// lower case is key ("the new york times" gives "New York Times").
func Outlet(key string) (name string, ok bool) {
	name, ok = outlets[key]
	return name, ok
}

// viaOutlets are more news organisations, read only as the outlet an
// attribution came through ("she told the Mirror", "RT reported"): wire
// services, British, Irish, Australian and other English-language outlets,
// and short names.
var viaOutlets = func() map[string]string {
	m := map[string]string{}
	for _, n := range []string{"RT", "TASS", "Xinhua", "Interfax", "Kyodo", "Yonhap", "Anadolu", "Al Arabiya", "Press Association", "PA",
		"The Mirror", "Daily Mirror", "The Daily Mirror", "Mirror", "The Sun", "Daily Telegraph", "The Daily Telegraph",
		"The Independent", "The Observer", "The Sunday Times", "Mail on Sunday", "The Mail on Sunday", "Daily Express",
		"The Daily Express", "Evening Standard", "The Evening Standard", "Daily Star", "The Scotsman", "The Herald",
		"Irish Times", "The Irish Times", "Irish Independent", "The Irish Independent", "RTÉ", "RTE", "ITV", "ITV News",
		"Channel 4 News", "Channel 4", "BBC News", "BBC Sport", "Sky Sports", "Sky Sports News", "talkSPORT", "LBC",
		"GB News", "The Athletic", "The Age", "Sydney Morning Herald", "The Sydney Morning Herald", "The Australian",
		"ABC Radio", "CBC", "CBC News", "Globe and Mail", "The Globe and Mail", "Toronto Star", "Times of India",
		"The Times of India", "Hindustan Times", "Straits Times", "The Straits Times", "South China Morning Post",
		"Haaretz", "Der Spiegel", "Le Monde", "WaPo", "NYT", "WSJ", "LA Times", "The LA Times", "Sky", "Newsnight",
		"Good Morning Britain", "Today programme", "The Today programme", "Radio 4", "BBC Radio 4", "5 Live", "BBC Radio 5 Live",
		// Iranian, Chinese, Russian, Arab, South Asian and other state or national outlets in English.
		"Press TV", "PressTV", "IRNA", "Tasnim", "Tasnim News Agency", "Fars", "Fars News Agency", "Mehr", "Mehr News Agency",
		"ISNA", "Tehran Times", "The Tehran Times", "Kayhan", "Xinhua News Agency", "Global Times", "The Global Times",
		"China Daily", "People's Daily", "CGTN", "CCTV", "China News Service", "Sputnik", "RIA Novosti", "Ahram Online",
		"Al-Ahram", "Al Ahram", "MENA", "Al Mayadeen", "Arab News", "Gulf News", "Dawn", "The Hindu", "NDTV", "Jerusalem Post",
		"The Jerusalem Post", "Times of Israel", "The Times of Israel", "Kyiv Independent", "The Kyiv Independent",
		"Ukrinform", "Deutsche Welle", "DW", "France 24", "Euronews", "Canadian Press", "The Canadian Press", "CTV",
		"CTV News", "Global News", "National Post", "The National Post", "Daily Record", "The Scottish Sun", "Metro",
		"MailOnline", "Mail Online", "Manchester Evening News", "Liverpool Echo", "Ars", "Ars Technica", "The Verge",
		"Wired", "TechCrunch", "Engadget", "AP News", "ABC News Australia", "Radio New Zealand", "RNZ", "Stuff",
		// African, Asian and Israeli outlets, and American trade and local ones.
		"News24", "Premium Times", "Philippine Star", "The Philippine Star", "Rappler", "Express Tribune",
		"The Express Tribune", "Geo News", "Army Radio", "Kan News", "Ynet", "Guardian Australia", "Hollywood Reporter",
		"The Hollywood Reporter", "Variety", "Deadline", "Billboard", "WRAL", "WRAL News",
		"Middle East Eye", "MEE", "Nikkei", "Nikkei Asia", "Korea Times", "The Korea Times", "Korea Herald", "The Korea Herald",
		"SBS News", "Daily Maverick", "SABC", "SABC News", "Punchbowl News", "Houston Chronicle", "The Houston Chronicle",
		"Times Radio", "Channels Television", "Bangkok Post", "The Bangkok Post", "Taipei Times", "The Taipei Times",
		"Jakarta Post", "The Jakarta Post", "Antara", "Bernama", "New Straits Times", "Malaysiakini", "Anadolu Agency",
		"Nation Africa", "The Citizen", "Daily Nation", "The East African", "Mint", "Livemint", "Business Standard",
		"The Print", "ThePrint", "Scroll", "The Wire", "KTLA", "WGN", "WGN-TV", "Northern Echo", "The Northern Echo",
		"Yorkshire Post", "The Yorkshire Post", "WalesOnline", "Belfast Telegraph", "The Belfast Telegraph"} {
		m[strings.ToLower(n)] = strings.TrimPrefix(n, "The ")
	}
	for k, v := range outlets {
		m[k] = v
	}
	return m
}()

// ViaOutlet returns the display name of the outlet whose name in lower
// case is key, from every outlet known as the source of a report.
func ViaOutlet(key string) (name string, ok bool) {
	name, ok = viaOutlets[key]
	return name, ok
}

// ViaOutletBytes is ViaOutlet for a key held in bytes (no string is made).
func ViaOutletBytes(key []byte) (name string, ok bool) {
	name, ok = viaOutlets[string(key)]
	return name, ok
}

// IsViaOutletStart reports whether w is the first word of a ViaOutlet.
func IsViaOutletStart(w string) bool { return viaFirst[w] }

var viaFirst = func() map[string]bool {
	m := map[string]bool{}
	for k := range viaOutlets {
		first, _, _ := strings.Cut(k, " ")
		m[first] = true
	}
	return m
}()

// subBrands continue an outlet's name: "BBC Radio Oxford", "ITV News
// Anglia", "Sky Sports News".
var subBrands = wordSet(`radio sport sports news one two three four world scotland wales breakfast television tv online live`)

// IsSubBrand reports whether the capitalised w continues an outlet's name.
func IsSubBrand(w string) bool { return subBrands[w] }

// outletFirst holds the first words of the outlets, a cheap filter before
// the outlet table is consulted.
var outletFirst = func() map[string]bool {
	m := map[string]bool{}
	for k := range outlets {
		first, _, _ := strings.Cut(k, " ")
		m[first] = true
	}
	return m
}()

// IsOutletStart reports whether w is the first word of an outlet's name.
func IsOutletStart(w string) bool { return outletFirst[w] }

// orgWords mark a capitalised phrase as an organisation rather than a person.
var orgWords = wordSet(`commission department committee bureau agency administration party
		house senate congress court office association council board union university college institute
		foundation center centre fund trust network news times post journal press tribune herald
		inc corp co llc company group campaign coalition alliance society organization organisation
		service services ministry government state states republic kingdom nations federation league
		club team police army navy force forces command church school hospital bank reserve exchange
		project watch caucus pac movement facebook twitter google apple microsoft amazon youtube
		instagram fbi cia nsa doj ftc fcc sec irs epa dhs gop dnc rnc nato un eu isis fm radio
		agreement act treaty law bill program plan policy initiative amendment report`)

// IsOrgWord reports whether w marks a capitalised phrase as an
// organisation ("committee", "fbi").
func IsOrgWord(w string) bool { return orgWords[w] }

// placeOrTeam are last words of capitalised names that are never a
// person's: clubs, firms, grounds ("Leeds United", "Baltic Grain
// Partners", "Elland Road"). A pronoun never refers to such a name.
var placeOrTeam = wordSet(`united city rovers fc afc athletic wanderers albion town county rangers celtic hotspur
	villa partners capital holdings ltd plc limited associates industries systems technologies labs airlines
	airways motors energy foods storage insurance media studios records pictures games museum gallery library
	authority assembly parliament tribunal brigade regiment corporation cooperative co-operative squad
	orchestra festival trust charity hospital clinic academy road street avenue stadium arena airport station
	square castle palace cathedral democrats republicans socialists conservatives liberals greens jail prison
	penitentiary courthouse hotel motel mosque synagogue centre center university college school hospice
	events awards championship championships finals olympics cup league tour open prize conference summit
	staffing logistics solutions consulting consultancy recruitment pharmaceuticals therapeutics biotech software
	electronics telecom telecoms construction developments properties estates freight shipping mining resources
	brewery distillery bakery dairy`)

// IsPlaceOrTeam reports whether a capitalised name ending in w names a
// club, firm or place rather than a person.
func IsPlaceOrTeam(w string) bool { return placeOrTeam[w] || orgWords[w] }

// honorifics open a name without being part of it, beyond the title
// words splitTitle knows: "Professor Amara Osei".
var honorifics = wordSet(`professor prof councillor councilor cllr alderman inspector detective constable
	superintendent baroness baron lord lady sir dame dr mr mrs ms miss rev alhaji alhaja hajiya mallam malam otunba
	engr barr chief madam mdm comrade pc coun taoiseach tánaiste tanaiste ceann comhairle
	datuk dato datin seri tun tunku tengku puan hajah councilmember councilwoman councilman at-large
	const cst ratu adi koro turaga shri shrimati smt sushri kumari thiru captain capt nana togbe togbui ald supervisor`)

// policeRanks are the ranks of police officers written short before a
// name: "SP Olumide Fashakin", "DSP Aisha Bello".
var policeRanks = wordSet(`sp asp dsp csp acp dcp cp aig supt insp`)

// IsHonorific reports whether w, capitalised before a name, is a title.
func IsHonorific(w string) bool { return honorifics[w] || policeRanks[w] }

// postNominals are the letters written after a name and no part of it:
// silk ("Rebecca Tolland KC") and honours ("Sir Alan Reid OBE").
var postNominals = wordSet(`kc qc sc obe mbe cbe kbe dbe frs bl jp`)

// IsPostNominal reports whether w, in any case, is letters after a name.
func IsPostNominal(w string) bool { return postNominals[strings.ToLower(w)] }

// seatLetters are the letters of a member's seat written after the name
// ("Pádraig Mac Gabhann TD", "Jane Smith MP"), which also end a
// description ("a Labour MP").
var seatLetters = wordSet(`td mp mep mla msp mpp mha ms`)

// IsSeatLetters reports whether w, in any case, is a member's seat.
func IsSeatLetters(w string) bool { return seatLetters[strings.ToLower(w)] }

// peerTitles open the name a peer is known by, which is no name without
// them: "Lord Carnsew of Tresillian", "Baroness Merriweather".
var peerTitles = wordSet(`lord baroness baron lady viscount viscountess earl countess duke duchess marquess`)

// IsPeerName reports whether name is a peer's: a peerage title and a
// surname alone ("Lord Garthmyl"), or a title, a name and a place
// ("Baroness Merriweather of Lindale"), where the title stays part of
// the name.
func IsPeerName(name string) bool {
	title, rest, ok := strings.Cut(name, " ")
	if !ok || len(title) < 4 || title[0] < 'A' || title[0] > 'Z' || !peerTitles[strings.ToLower(title)] {
		return false // (most names, read without lowering a copy)
	}
	return !strings.Contains(rest, " ") || strings.Contains(rest, " of ")
}

// IsPoliceRank reports whether w is a police rank written short.
func IsPoliceRank(w string) bool { return policeRanks[w] }

// personRoles are what a person is called before their name at the start
// of a sentence ("Co-star Mark Ellery said", "MP Geoffrey Lang"), beyond
// the role nouns.
var personRoles = wordSet(`mp mps td mep msp mla mpp mha mna mlc co-star star actor actress singer striker midfielder defender
	goalkeeper forward winger coach chef novelist boxer player presenter comedian rapper designer captain
	skipper batsman bowler jockey trainer cyclist runner swimmer golfer driver pilot farmer councillor
	drummer guitarist bassist keyboardist pianist violinist saxophonist songwriter vocalist frontman mca mk`)

// IsPersonRole reports whether w, before a person's name, says what they are.
func IsPersonRole(w string) bool { return personRoles[w] }

// anonymous are heads of descriptions of unnamed people and bodies,
// which never stand for the person named last ("the source said").
var anonymous = wordSet(`source insider official spokesman spokeswoman spokesperson aide friend person man
	woman witness resident neighbour neighbor statement report company club team government police ministry
	department committee council court board party agency group family relative observer campaign office`)

// IsAnonymous reports whether a description headed by w stands for an
// unnamed person or body ("the source", "the ministry").
func IsAnonymous(w string) bool { return anonymous[w] }

// IsEpithet reports whether a description "the W" can stand for the
// person just named: an age ("27-year-old"), a demonym ("Scot",
// "Welshman", "Brazilian") or a lower-case role for what they are or do
// ("striker", "hydrologist") that is not anonymous ("the source").
func IsEpithet(w string, capital bool) bool {
	if strings.HasSuffix(w, "-year-old") {
		return true
	}
	for _, p := range []string{"mother-of-", "father-of-", "mum-of-", "dad-of-", "grandmother-of-", "grandfather-of-"} {
		if strings.HasPrefix(w, p) && len(w) > len(p) {
			return true // "the mother-of-three"
		}
	}
	if rest, ok := strings.CutPrefix(w, "ex-"); ok && rest != "" && !strings.HasPrefix(rest, "ex-") {
		return rest == "player" || rest == "international" || IsEpithet(rest, capital) // "the Dutch-born ex-player", "the ex-minister"
	}
	if capital {
		if personRoles[w] && len(w) <= 3 {
			return true // "the Labour MP", "the Nee Soon GRC MP"
		}
		switch w {
		case "scot", "dane", "swede", "finn", "pole", "czech", "greek", "kiwi", "aussie", "brit", "spaniard", "serb", "croat", "swiss", "dutchman",
			"samoan", "tongan", "afghan", "thai", "turk", "pakistani", "bangladeshi", "israeli", "iraqi", "kuwaiti", "omani", "yemeni",
			"qatari", "saudi", "emirati", "nepali", "somali", "zimbabwean", "filipino", "filipina", "argentine", "uruguayan",
			"kenyan", "libyan", "cuban", "tibetan", "angolan", "catalan", "basque", "montenegrin", "slovak", "slovene", "uzbek",
			"kazakh", "tajik", "kyrgyz", "bosniak", "ugandan", "rwandan", "venezuelan", "guatemalan", "salvadoran", "honduran",
			"nicaraguan", "paraguayan", "kosovan", "kosovar", "cypriot", "azerbaijani", "azeri", "bahraini", "texan", "londoner",
			"muscovite", "dubliner", "sydneysider", "quebecer", "albertan", "manitoban", "oklahoman", "geordie",
			"scouser", "brummie", "lankan", "andorran", "luxembourger", "monegasque", "malagasy", "bajan":
			return true
		}
		if strings.HasSuffix(w, "lander") {
			return true // "the New Zealander", "the Icelander"
		}
		if strings.HasSuffix(w, "can") || strings.HasSuffix(w, "ean") || strings.HasSuffix(w, "ian") {
			return true // "the South African", "the Korean"
		}
		return strings.HasSuffix(w, "man") || strings.HasSuffix(w, "woman") || strings.HasSuffix(w, "ian") || strings.HasSuffix(w, "ese")
	}
	return !anonymous[w] && !orgWords[w] && !notPersonRoles[w] && (roleNouns[w] || personRoles[w] || epithetRoles[w] || strings.HasSuffix(w, "ist"))
}

// epithetRoles are more of what a description calls the person just
// named, mostly in sport ("the all-rounder said", "the teenager said").
var epithetRoles = wordSet(`all-rounder seamer spinner opener keeper wicketkeeper wicket-keeper batter fly-half
	scrum-half hooker flanker full-back centre-back centre-half full-back playmaker teenager youngster veteran
	debutant newcomer champion sprinter rider manager boss head-coach frenchman frenchwoman irishman irishwoman
	englishman englishwoman welshman welshwoman forward billionaire tycoon mogul entrepreneur founder investor
	lawmaker legislator politician campaigner activist author writer economist analyst researcher scientist
	academic lawyer attorney broadcaster postman postwoman fisherman businessman businesswoman pensioner retiree
	shopkeeper publican farmer teacher nurse mechanic electrician plumber carpenter baker butcher solicitor
	barrister counsel prosecutor accused defendant guard quarterback linebacker receiver cornerback lineman kicker
	punter pitcher catcher shortstop outfielder infielder reliever slugger left-hander right-hander southpaw
	tactician gaffer supremo shot-stopper marksman
	cleric imam vicar architect surgeon paramedic firefighter landlord landlady grandmother grandfather
	widow widower mum dad cabbie midwife vet coroner lecturer headteacher headmaster headmistress
	poet photographer filmmaker musher rancher grazier diplomat envoy councilwoman councilman
	goaltender goalie netminder defenceman defenseman rookie sophomore lock prop five-eighth fullback halfback
	fighter gymnast marathoner paceman skier climber rower sailor racer wrestler back-rower second-rower front-rower
	caddie caddy bagman detective inspector sergeant superintendent constable
	bombshell beauty stunner hunk heartthrob hitmaker songstress brunette redhead influencer tiktoker youtuber
	wing-back wingback corner-back half-back full-forward half-forward corner-forward wing-forward goalkeeper winger`)

// notPersonRoles are role nouns for things rather than people: "the
// statement", "the ad".
var notPersonRoles = wordSet(`blog statement complaint order report lawsuit filing memo letter release website post
	ruling study survey poll court board council party government team staff company firm network newspaper paper
	magazine editorial column document documents records record account accounts page feed campaign committee
	commission department agency administration office group organization person people`)

// abbrevs end with a dot that does not end a sentence.
var abbrevs = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "sen": true, "rep": true, "gov": true, "gen": true,
	"lt": true, "col": true, "sgt": true, "capt": true, "adm": true, "rev": true, "prof": true, "pres": true,
	"jr": true, "sr": true, "st": true, "mt": true, "ft": true, "u.s": true, "u.n": true, "u.k": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "aug": true, "sep": true, "sept": true, "oct": true,
	"nov": true, "dec": true, "no": true, "vs": true, "etc": true, "inc": true, "corp": true, "co": true,
	"ltd": true, "atty": true, "a.m": true, "p.m": true, "d.c": true, "e.g": true, "i.e": true, "ret": true,
	"cmdr": true, "cdr": true, "maj": true, "cpl": true, "pvt": true, "brig": true, "spc": true,
	"engr": true, "barr": true, "hon": true, "alh": true,
	"det": true, "supt": true, "insp": true, "sens": true, "reps": true, "govs": true, "ave": true, "blvd": true, "dept": true, "est": true,
	"const": true, "coun": true, "cllr": true, "fr": true, "msgr": true, "cst": true, "ald": true,
}

// IsAbbrev reports whether w, followed by a dot, is an abbreviation whose
// dot does not end a sentence.
func IsAbbrev(w string) bool { return abbrevs[w] }

// IsCapAbbrev reports whether w, capitalised and followed by a dot, is a
// title abbreviation that is also a word: "Arc." (architect) before a
// name, but "an arc." ends a sentence.
func IsCapAbbrev(w string) bool { return w == "arc" || w == "pst" }

// femaleCue and maleCue give a person's gender from words next to the name;
// pronoun resolution uses them to skip people who do not fit.
var femaleCue = map[string]bool{
	"mrs": true, "ms": true, "miss": true, "mdm": true, "she": true, "her": true, "spokeswoman": true,
	"congresswoman": true, "chairwoman": true, "businesswoman": true, "madam": true, "lady": true,
	"wife": true, "mother": true, "daughter": true, "sister": true, "queen": true, "princess": true,
	"actress": true, "dame": true, "grandmother": true, "woman": true,
}

// IsFemaleCue reports whether w next to a name says the person is a woman.
func IsFemaleCue(w string) bool { return femaleCue[w] }

var maleCue = map[string]bool{
	"mr": true, "he": true, "his": true, "him": true, "spokesman": true, "congressman": true,
	"chairman": true, "businessman": true, "sir": true, "husband": true, "father": true, "son": true,
	"brother": true, "king": true, "prince": true, "actor": true, "grandfather": true, "man": true,
}

// IsMaleCue reports whether w next to a name says the person is a man.
func IsMaleCue(w string) bool { return maleCue[w] }

// HonorificGender gives the gender an honorific before a surname says:
// 'm' for "Mr.", 'f' for "Mrs", "Ms" or "Miss", else 0.
func HonorificGender(title string) byte {
	switch strings.ToLower(strings.TrimSuffix(title, ".")) {
	case "mr", "sir":
		return 'm'
	case "mrs", "ms", "miss", "dame", "madam", "mdm":
		return 'f'
	}
	return 0
}

// places are states, countries and cities that open sentences and precede
// cues ("Ohio said", "New Hampshire, Trump went after Bush") without
// being speakers; the speaker ranker weighs them.
var places = wordSet(`alabama alaska arizona arkansas california colorado connecticut delaware florida
		georgia hawaii idaho illinois indiana iowa kansas kentucky louisiana maine maryland
		massachusetts michigan minnesota mississippi missouri montana nebraska nevada ohio oklahoma
		oregon pennsylvania tennessee texas utah vermont virginia wisconsin wyoming hampshire jersey
		carolina dakota mexico york america china russia iran iraq syria israel germany france britain
		england japan cuba canada europe afghanistan pakistan egypt turkey libya ukraine korea
		chicago miami houston boston philadelphia atlanta orlando cleveland milwaukee detroit denver
		dallas vegas phoenix baltimore brooklyn manhattan harlem charleston columbia des moines`)

// IsPlace reports whether w is (part of) a state, country or city name.
func IsPlace(w string) bool { return places[w] }

// areaNouns end the names of areas, which are no one's surname: "the
// Nkonya Traditional Area", "Biakoye District".
var areaNouns = wordSet(`area district region county province municipality constituency territory prefecture
	governorate subcounty borough`)

// IsAreaNoun reports whether w, in lower case, ends an area's name.
func IsAreaNoun(w string) bool { return areaNouns[w] }

// streetWords open the name of a street in the languages that put the
// word first: "Calle Sendero", "Rue Saint-Denis", "Jalan Ampang".
var streetWords = wordSet(`calle calzada avenida avinguda carrer camino paseo plaza rua rue piazza strada viale
	jalan jln lorong`)

// IsStreetWord reports whether w, in lower case, opens a street's name.
func IsStreetWord(w string) bool { return streetWords[w] }

// firstNameGender gives the usual gender of common English first names; it
// lets "she said" skip a man named just before. Unknown names stay neutral.
var firstNameGender = func() map[string]byte {
	m := map[string]byte{}
	for _, n := range strings.Fields(`mary patricia jennifer linda elizabeth barbara susan jessica sarah karen
		nancy lisa betty margaret sandra ashley kimberly emily donna michelle dorothy carol amanda melissa
		deborah stephanie rebecca sharon laura cynthia kathleen amy shirley angela helen anna brenda pamela
		nicole emma samantha katherine christine debra rachel catherine carolyn janet ruth maria heather
		diane virginia julie joyce victoria olivia kelly christina lauren joan evelyn judith megan cheryl
		andrea hannah martha jacqueline frances gloria ann teresa kathryn sara janice jean alice madison
		doris abigail julia judy grace denise amber marilyn beverly danielle theresa sophia marie diana
		brittany natalie isabella charlotte rose alexis kayla hillary hilary lina nikki kellyanne sheryl
		condoleezza madeleine nancy elaine kamala ivanka melania chelsea huma donna debbie jill michele
		tulsi kirsten elizabeth dianne barbara susana kristen kate katie jane janet carly sarah michelle
		stephanie ann anne meghan megyn katy hope omarosa betsy nikki`) {
		m[n] = 'f'
	}
	for _, n := range strings.Fields(`james robert john michael william david richard joseph thomas charles
		christopher daniel matthew anthony mark donald steven paul andrew joshua kenneth kevin brian george
		timothy ronald edward jason jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin
		scott brandon benjamin samuel gregory alexander frank patrick raymond jack dennis jerry tyler aaron
		jose adam nathan henry douglas zachary peter kyle ethan walter noah jeremy christian keith roger
		terry gerald harold sean austin carl arthur lawrence dylan jesse jordan bryan billy joe bruce
		gabriel logan albert willie alan juan wayne elijah randy roy vincent ralph eugene russell bobby
		mason philip louis barack bernie ted marco jeb ben mike chris rand bill tim newt rudy reince
		mitch harry chuck rick jim tom sam damien joel lou dan bob ron steve jeff greg ken al
		martin lincoln bobby scott corey kellyanne rudolph reince sean stephen jared eric vladimir
		hugh howard herman cory marty frank fred glenn hank ed evan ezra jake jay karl kurt lee luke
		max ned nick norm pat pete phil ray rex rob rod russ sid stan todd tony troy vic wade will`) {
		if _, ok := m[n]; !ok {
			m[n] = 'm'
		}
	}
	return m
}()

// FirstNameGender returns 'f' or 'm' for a common first name in lower
// case, 0 for any other word.
func FirstNameGender(w string) byte { return firstNameGender[w] }

// namedCaps are capitalised words that begin sentences or dates and are not
// names, so a capitalised run starting with one of them is not a person.
var namedCaps = wordSet(`dear courtesy the a an this that these those his her its their our my your in on at
	for with by from of to as but and or so yet if when while after before since during although though
	because however meanwhile still now then there here it he she they we i you what who which where
	why how monday tuesday wednesday thursday friday saturday sunday january february march april may june
	july august september october november december last next former according asked both each
	every all many most some several no not one two three four five yes said says another other such`)

// neverSurnames end capitalised runs that are no one's name: a
// caption's credit line ("Image Credits: Halyard"), a street or a ground
// ("Ngātiawa St", "Chepkoilel Showground"), a date ("Published Nov");
// before a colon, they credit a photographer, who says nothing ("Photo:
// Winson Kwok").
var neverSurnames = wordSet(`credit credits photo photograph picture image illustration
	st rd road ave boulevard blvd crescent terrace highway motorway showground showgrounds stadium arena
	isle island islands peninsula harbour harbor wharf quay
	jan feb mar apr jun jul aug sep sept oct nov dec`)

// NeverSurname reports whether the capitalised w, last in a run, shows
// the run is no person's name.
func NeverSurname(w string) bool { return neverSurnames[w] }

// IsNamedCap reports whether the capitalised w is not a name though it
// may open one's run ("the", "monday", "according").
func IsNamedCap(w string) bool { return namedCaps[w] }

// quantifiers can stand alone as the subject of a cue: "Some chanted".
var quantifiers = map[string]bool{
	"some": true, "many": true, "others": true, "another": true, "several": true, "most": true, "few": true, "both": true,
	"critics": true, "supporters": true, "protesters": true, "democrats": true, "republicans": true,
	"conservatives": true, "liberals": true, "opponents": true, "voters": true, "officials": true,
	"experts": true, "analysts": true, "observers": true, "aides": true, "advisers": true, "sources": true,
}

// IsQuantifier reports whether w can stand alone as the subject of a cue.
func IsQuantifier(w string) bool { return quantifiers[w] }

// Titleish reports whether a lower-case word can be part of a title phrase
// written before a name ("FTC chair", "Republican presidential nominee").
func Titleish(low string) bool {
	if roleNouns[low] || titleWords[low] {
		return true
	}
	switch low {
	case "senior", "top", "longtime", "chief", "deputy", "assistant", "associate", "executive", "general",
		"national", "press", "communications", "policy", "political", "legal", "economic", "foreign",
		"presidential", "federal", "local", "county", "city", "district", "privacy", "consumer", "protection",
		"public", "affairs", "digital", "finance", "research", "data", "health", "media", "junior", "acting",
		"interim", "ex", "lead", "principal", "managing", "founding", "congressional", "then", "current",
		"incoming", "outgoing", "retired", "veteran", "conservative", "liberal", "progressive", "radio",
		"television", "tv", "talk", "show", "campaign", "senate", "house", "state", "rival", "opponent",
		"running", "mate", "billionaire", "businessman", "businesswoman", "real", "estate", "mogul", "of":
		return true
	}
	return false
}

// IsRole reports whether w (or its singular) is a role noun.
func IsRole(w string) bool {
	return roleNouns[w] || strings.HasSuffix(w, "s") && roleNouns[strings.TrimSuffix(w, "s")]
}

// mastheads end a newspaper's name after its city: "the Denver Post",
// "the Tampa Bay Times", "the Arizona Republic".
var mastheads = map[string]bool{"post": true, "times": true, "herald": true, "tribune": true, "gazette": true, "chronicle": true,
	"examiner": true, "inquirer": true, "courier": true, "dispatch": true, "sentinel": true, "journal": true, "globe": true,
	"register": true, "bulletin": true, "republic": true}

// IsMasthead reports whether w ends a newspaper's name after its city.
func IsMasthead(w string) bool { return mastheads[w] }

// HonorificOnly reports whether a title is only an honorific ("Mr",
// "Dr.", "Engr."), which an appositive's role replaces: "the union's
// general secretary, Mr Dennis Koh, said".
func HonorificOnly(title string) bool {
	w := strings.ToLower(strings.TrimSuffix(title, "."))
	return !strings.ContainsAny(w, " .") && IsHonorific(w)
}

// nameParticles join the parts of a name in lower case: "Giancarlo de
// Santis", "Ritchie van der Sluis", "Rhodri ap Ifan", "Maria dela Paz",
// "Euan Mac a’ Phearsain".
var nameParticles = wordSet(`von van der den de la le del della da dos das du di ter ten ap ab dela delos bin binti ibn a’ a'`)

// IsNameParticle reports whether w, in lower case, joins the parts of a
// name: a surname's particle.
func IsNameParticle(w string) bool { return nameParticles[w] }
