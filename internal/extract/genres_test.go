package extract

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"sync"
	"testing"

	"github.com/quotetrail/quotetrail/internal/extract/internal/polnear"
)

// The genre development set: articles written for these tests in the
// styles PolNeAR (US political news) lacks, each with a gold annotation.
// testdata/genres/NAME.txt is the article; NAME.gold has one line per
// quotation or paraphrase, in text order:
//
//	KIND<TAB>SPEAKER<TAB>TEXT[<TAB>VIA]
//
// KIND is q (words in quotation marks, or a transcript turn) or p (a
// paraphrase); TEXT is exactly the quoted words as the article prints
// them (without their marks), found in the article after the previous
// line's; SPEAKER is the name (or description) the extractor should give,
// compared without case and without a leading article; VIA, when given,
// is the outlet the words were reported through. Lines starting with #
// are comments.

// genreRun is an article of the development set, its gold and what the
// extractor made of it.
type genreRun struct {
	text string
	gold []goldLine
	res  Result
}

// genreRuns holds each article's run, made once for the tests that score
// the whole set (TestGenres, TestLikelyMeansSomething), which run side by
// side; the runs are not changed once made.
var genreRuns sync.Map

// extractGenre loads an article of the development set and extracts it,
// once for all the tests that ask.
func extractGenre(t *testing.T, name string) (string, []goldLine, Result) {
	t.Helper()
	if r, ok := genreRuns.Load(name); ok {
		g := r.(genreRun)
		return g.text, g.gold, g.res
	}
	text, gold := loadGenre(t, name)
	r, _ := genreRuns.LoadOrStore(name, genreRun{text: text, gold: gold, res: Extract(text)})
	g := r.(genreRun)
	return g.text, g.gold, g.res
}

// goldLine is one annotated quotation or paraphrase.
type goldLine struct {
	Kind, speaker, text, via string
	S, E                     int // rune span in the article
}

// loadGenre reads an article of the development set and its gold.
func loadGenre(t *testing.T, name string) (string, []goldLine) {
	t.Helper()
	raw, err := os.ReadFile(filepath.Join("testdata", "genres", name+".txt"))
	if err != nil {
		t.Fatal(err)
	}
	text := string(raw)
	r := []rune(text)
	f, err := os.Open(filepath.Join("testdata", "genres", name+".gold"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var gold []goldLine
	from := 0
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		parts := strings.Split(line, "\t")
		if len(parts) < 3 || (parts[0] != "q" && parts[0] != "p") {
			t.Fatalf("%s.gold: bad line %q", name, line)
		}
		g := goldLine{Kind: parts[0], speaker: parts[1], text: parts[2]}
		if len(parts) > 3 {
			g.via = parts[3]
		}
		k := strings.Index(string(r[from:]), g.text)
		if k < 0 {
			t.Fatalf("%s.gold: %q not found in the article after rune %d", name, g.text, from)
		}
		g.S = from + len([]rune(string(r[from:])[:k]))
		g.E = g.S + len([]rune(g.text))
		from = g.S + 1
		gold = append(gold, g)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return text, gold
}

// nickname is a nickname in quotation marks between names.
var nickname = regexp.MustCompile(` [“"‘'][^ ”"’']+(?: [^ ”"’']+)?[”"’'] `)

// normSpeaker compares speakers without case, a leading article or a
// trailing possessive, and without a nickname in quotation marks
// between the names ("Rodante “Dante” Agbayani" is Rodante Agbayani).
func normSpeaker(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	s = nickname.ReplaceAllString(s, " ")
	for _, p := range []string{"the ", "a ", "an ", "one "} {
		s = strings.TrimPrefix(s, p)
	}
	if h, rest, ok := strings.Cut(s, " "); ok && strings.Contains(rest, " ") && honorifics[strings.TrimSuffix(h, ".")] {
		s = rest // "Dr Samir Qureshi" is Samir Qureshi
	}
	return s
}

// honorifics are the titles a name is compared without.
var honorifics = map[string]bool{"dr": true, "mr": true, "mrs": true, "ms": true, "prof": true, "pc": true, "sgt": true,
	"det": true, "sen": true, "rep": true, "gov": true, "sir": true, "dame": true, "rev": true}

// normVia compares outlets without case, a leading article or a
// possessive: "The Business Times" is "Business Times", "BBC’s World
// Service" "BBC World Service".
func normVia(s string) string {
	s = strings.TrimPrefix(strings.ToLower(strings.TrimSpace(s)), "the ")
	return strings.NewReplacer("’s ", " ", "'s ", " ").Replace(s)
}

// overlapMatch pairs found spans with gold spans one-to-one when they
// overlap by at least half their union (as the PolNeAR evaluation does).
func overlapMatch(found [][2]int, gold [][2]int) [][2]int {
	type cand struct {
		f, g int
		ov   float64
	}
	var cs []cand
	for i, f := range found {
		for j, g := range gold {
			inter := min(f[1], g[1]) - max(f[0], g[0])
			union := max(f[1], g[1]) - min(f[0], g[0])
			if inter > 0 && 2*inter >= union {
				cs = append(cs, cand{i, j, float64(inter) / float64(union)})
			}
		}
	}
	sort.SliceStable(cs, func(a, b int) bool { return cs[a].ov > cs[b].ov })
	usedF, usedG := map[int]bool{}, map[int]bool{}
	var out [][2]int
	for _, c := range cs {
		if !usedF[c.f] && !usedG[c.g] {
			usedF[c.f], usedG[c.g] = true, true
			out = append(out, [2]int{c.f, c.g})
		}
	}
	return out
}

// genreScore is what one article scores.
type genreScore struct {
	gold, found, matched, speakerOK int // quotations
	speakerPN                       int // matched quotations whose speaker passes PolNeAR's rule
	viaGold, viaOK                  int // matched quotations with a gold via, and those right
	viaExtra                        int // matched quotations given a via the gold has not
	pGold, pFound, pMatched         int // paraphrases
	errs                            []string
}

// add counts another article's quotations in a total.
func (s *genreScore) add(o genreScore) {
	s.gold += o.gold
	s.found += o.found
	s.matched += o.matched
	s.speakerOK += o.speakerOK
	s.speakerPN += o.speakerPN
}

func (s genreScore) f1() float64  { return f1(s.matched, s.found, s.gold) }
func (s genreScore) e2e() float64 { return f1(s.speakerOK, s.found, s.gold) }
func (s genreScore) spk() float64 {
	if s.matched == 0 {
		return 0
	}
	return float64(s.speakerOK) / float64(s.matched)
}

// spkPN and e2ePN score speakers by the PolNeAR evaluation's rule: the
// speaker given and the gold's share an identifying word ("Works
// Ministry" for "Malaysia's Works Ministry", "Khan" for "Lina Khan").
func (s genreScore) spkPN() float64 {
	if s.matched == 0 {
		return 0
	}
	return float64(s.speakerPN) / float64(s.matched)
}
func (s genreScore) e2ePN() float64 { return f1(s.speakerPN, s.found, s.gold) }

// polnearAgrees is the PolNeAR evaluation's judgement of a speaker name
// against a gold speaker, with no mention spans to compare.
func polnearAgrees(speaker, gold string) bool {
	g := polnear.GoldQuote{Sources: [][]polnear.Span{{{Start: -1, End: -1}}}, SourceTxt: []string{gold}}
	return g.SpeakerOK(-1, -1, speaker)
}

func (s genreScore) paraP() float64 {
	if s.pFound == 0 {
		return 1
	}
	return float64(s.pMatched) / float64(s.pFound)
}

func f1(tp, found, gold int) float64 {
	if tp == 0 {
		return 0
	}
	p, r := float64(tp)/float64(found), float64(tp)/float64(gold)
	return 2 * p * r / (p + r)
}

// scoreGenre extracts an article of the development set and scores it
// against its gold.
func scoreGenre(t *testing.T, name string) genreScore {
	text, gold, res := extractGenre(t, name)
	checkInvariants(t, text, res)
	var s genreScore
	var fq, fp []Quote
	for _, q := range res.Quotes {
		switch {
		case q.Kind == KindParaphrase:
			fp = append(fp, q)
		case q.Likely:
			fq = append(fq, q)
		}
	}
	var gq, gp []goldLine
	for _, g := range gold {
		if g.Kind == "q" {
			gq = append(gq, g)
		} else {
			gp = append(gp, g)
		}
	}
	spans := func(qs []Quote) [][2]int {
		out := make([][2]int, len(qs))
		for i, q := range qs {
			out[i] = [2]int{q.Start, q.End}
		}
		return out
	}
	gspans := func(gs []goldLine) [][2]int {
		out := make([][2]int, len(gs))
		for i, g := range gs {
			out[i] = [2]int{g.S, g.E}
		}
		return out
	}
	s.gold, s.found, s.pGold, s.pFound = len(gq), len(fq), len(gp), len(fp)
	usedF, usedG := map[int]bool{}, map[int]bool{}
	for _, m := range overlapMatch(spans(fq), gspans(gq)) {
		usedF[m[0]], usedG[m[1]] = true, true
		q, g := fq[m[0]], gq[m[1]]
		s.matched++
		agrees := polnearAgrees(q.Speaker, g.speaker)
		if agrees {
			s.speakerPN++
		}
		switch {
		case normSpeaker(q.Speaker) == normSpeaker(g.speaker):
			s.speakerOK++
		case agrees: // right by PolNeAR's rule, not as written
			s.errs = append(s.errs, fmt.Sprintf("SPK~ %q: speaker %q, want %q", clipText(g.text), q.Speaker, g.speaker))
		default:
			s.errs = append(s.errs, fmt.Sprintf("SPK  %q: speaker %q, want %q", clipText(g.text), q.Speaker, g.speaker))
		}
		if g.via != "" {
			s.viaGold++
			if normVia(q.Via) == normVia(g.via) {
				s.viaOK++
			} else {
				s.errs = append(s.errs, fmt.Sprintf("VIA  %q: via %q, want %q", clipText(g.text), q.Via, g.via))
			}
		} else if q.Via != "" {
			s.viaExtra++
			s.errs = append(s.errs, fmt.Sprintf("VIA+ %q: via %q, want none", clipText(g.text), q.Via))
		}
	}
	for i, q := range fq {
		if !usedF[i] {
			s.errs = append(s.errs, fmt.Sprintf("FP   %q (%s, %q)", clipText(q.Text), q.Kind, q.Speaker))
		}
	}
	for i, g := range gq {
		if !usedG[i] {
			s.errs = append(s.errs, fmt.Sprintf("FN   %q (%q)", clipText(g.text), g.speaker))
		}
	}
	usedF = map[int]bool{}
	for _, m := range overlapMatch(spans(fp), gspans(gp)) {
		usedF[m[0]] = true
		s.pMatched++
	}
	for i, q := range fp {
		if !usedF[i] {
			s.errs = append(s.errs, fmt.Sprintf("PFP  %q (%q)", clipText(q.Text), q.Speaker))
		}
	}
	return s
}

func clipText(s string) string {
	if r := []rune(s); len(r) > 60 {
		return string(r[:60]) + "…"
	}
	return s
}

// genreFloors are the scores each article of the development set must
// keep: quote F1, speaker accuracy, end-to-end F1 and paraphrase
// precision. They sit at what the extractor reaches, so a regression fails.
// (Before single marks, transcripts and the speaker refinements, all
// articles together scored 0.377 quote F1, 0.700 speaker accuracy and
// 0.264 end-to-end.) Every via the gold gives must be found too, but in
// the seventh to fourteenth batches, whose missed vias are counted only.
var genreFloors = map[string][4]float64{
	// A fifty-fourth batch, written by other hands after the fifty-third's fixes, scored as it came (first score in BENCHMARKS.md), floors at what the session's fixes reach.
	"arabnews_dammam_automated_container_terminal_opens":                            {0.95, 0.82, 0.79, 0.28},
	"bernama_express_bus_fatigue_cameras_mandatory_transport_minister":              {0.95, 0.40, 0.39, 0.49},
	"dailymaverick_lekwa_standerton_sewage_plant_collapse_ward_councillor":          {0.96, 0.94, 0.91, 0.55},
	"expresstribune_lhc_punjab_local_govt_polls_delay_petition":                     {0.93, 0.87, 0.83, 0.43},
	"globaltimes_miit_energy_storage_battery_price_war_guideline":                   {0.94, 0.67, 0.64, 0.56},
	"inquirer_masbate_town_comelec_control_poll_killings":                           {0.91, 0.82, 0.75, 0},
	"kyodo_fukuoka_airport_runway_incursion_genkai_air":                             {0.95, 0.60, 0.58, 0.66},
	"punch_kogi_gunmen_abduct_nurses_phc_immunisation_suspended":                    {0.91, 0.45, 0.41, 0.79},
	"tehrantimes_rotterdam_methanol_cargo_dutch_envoy_summoned":                     {0.96, 0.58, 0.56, 0},
	"timesofindia_lucknow_indira_nagar_waterlogging_drain_desilting":                {0.77, 0.89, 0.70, 0.70},
	"bbcsport_cricket_england_south_africa_odi_trent_bridge_kettleborough":          {0.93, 0.87, 0.82, 0.99},
	"dailymail_fake_ebike_charger_fire_grandfather_stockton":                        {0.97, 0.75, 0.74, 0.56},
	"guardian_australia_brigalow_belt_land_clearing_satellite_koalas":               {0.95, 0.74, 0.71, 0.70},
	"independent_warm_homes_insulation_grant_cut_today_programme":                   {0.97, 0.91, 0.89, 0.82},
	"irishindependent_tullamore_circuit_court_taxi_driver_assault_victim_statement": {0.95, 0.88, 0.85, 0.88},
	"liverpoolecho_walton_14a_bus_route_axed_residents_councillor":                  {0.97, 0.83, 0.82, 0.99},
	"newscomau_penrith_mum_charges_daughter_board_tiktok_viral":                     {0.95, 0.73, 0.70, 0.32},
	"scotsman_fmqs_fife_schools_raac_pupils_portakabins":                            {0.95, 0.84, 0.81, 0.66},
	"stuff_waitaiki_landfill_expansion_ngati_rangiwhetu_awa_hui":                    {0.95, 0.83, 0.80, 0.79},
	"thesun_ross_mcbride_transfer_request_wag_instagram_ashvale":                    {0.99, 0.74, 0.74, 0.99},
	"9news_lakewood_west_colfax_bus_stop_pickup_crash":                              {0.96, 0.89, 0.86, 0.82},
	"ap_kentucky_caudill_county_flash_flood_hollows":                                {0.99, 0.86, 0.86, 0.77},
	"ars_chronofy_npm_maintainer_phished_ci_token_stealer":                          {0.94, 0.99, 0.94, 0.66},
	"cnbc_halvard_freight_guidance_cut_shares_plunge":                               {0.99, 0.89, 0.89, 0.37},
	"courthousenews_idaho_county_commissioner_facebook_blocking_ruling":             {0.96, 0.81, 0.79, 0.49},
	"espn_nba_pistons_magic_achterberg_overtime_buzzer_beater":                      {0.94, 0.89, 0.84, 0.70},
	"globeandmail_wildfire_fund_quebec_jurisdiction_clash":                          {0.91, 0.82, 0.75, 0.55},
	"hollywoodreporter_tribeca_low_tide_galveston_qa_studio_cut":                    {0.93, 0.94, 0.89, 0.99},
	"sciencenews_honeybee_wildfire_smoke_waggle_dance_errors":                       {0.99, 0.99, 0.99, 0.19},
	"thehill_senate_fema_disaster_fund_offsets_showdown":                            {0.99, 0.87, 0.87, 0.85},
	"businesswire_fernhollow_seed_sorghum_kenya_launch":                             {0.84, 0.87, 0.75, 0.99},
	"cbc_asithappens_magdalen_islands_ferry_breakdown_mayor":                        {0.94, 0.81, 0.78, 0.32},
	"foodandwine_qa_teodoro_villanueva_sukang_bahay":                                {0.84, 0.95, 0.81, 0.99},
	"fool_brackenridge_railcar_leasing_q4_2025_earnings_call":                       {0.92, 0.94, 0.87, 0.99},
	"govinfo_senate_rural_school_bus_driver_shortage_hearing":                       {0.90, 0.99, 0.90, 0.99},
	"hansard_westminster_hall_heritage_railways_coal_supply":                        {0.91, 0.95, 0.87, 0.99},
	"nzpolice_palmerston_north_fatal_hit_and_run_appeal":                            {0.94, 0, 0, 0.49},
	"rte_live_storm_orla_west_coast":                                                {0.93, 0.63, 0.60, 0.66},
	"tidysums_podcast_bnpl_grocery_debt_transcript":                                 {0.92, 0.96, 0.90, 0.99},
	"whitehouse_briefing_water_utility_cyberattack":                                 {0.89, 0.99, 0.89, 0.99},
	// A fifty-fifth batch, written beside the fifty-fourth, scored as it came (first score in BENCHMARKS.md), floors at what the session's fixes reach.
	"aljazeera_rakhine_famine_warning_aid_blockade_telegram":                      {0.92, 0.84, 0.78, 0.69},
	"dawn_karachi_nbs_floodlights_odi_shifted_rawalpindi":                         {0.94, 0.72, 0.69, 0.37},
	"irishtimes_stroke_thrombectomy_weekend_gap_west":                             {0.94, 0.89, 0.86, 0.35},
	"irna_oil_minister_condensate_exports_sanctions_majlis":                       {0.99, 0.82, 0.82, 0.37},
	"nation_kitui_ecde_classrooms_stalled_pupils_under_trees":                     {0.90, 0.81, 0.74, 0.54},
	"scmp_kwu_tung_light_public_housing_bus_links":                                {0.89, 0.87, 0.79, 0.21},
	"straitstimes_parliament_neighbour_noise_disputes_sensors_pilot":              {0.96, 0.49, 0.47, 0.54},
	"thehindu_kerala_ksrtc_salary_delay_assembly_walkout":                         {0.92, 0.89, 0.83, 0.44},
	"xinhua_ningxia_relocated_village_mushroom_greenhouses":                       {0.93, 0.80, 0.75, 0.49},
	"yonhap_yeosu_naphtha_cracker_shutdown_presidential_office":                   {0.96, 0.74, 0.71, 0.59},
	"abc_gascoyne_buffalo_fly_dung_beetle_release":                                {0.91, 0.67, 0.62, 0.53},
	"bbc_ni_fermanagh_derrylin_road_death_family_speed_limit":                     {0.99, 0.75, 0.75, 0.43},
	"guardian_investigation_care_worker_visa_training_fees":                       {0.91, 0.66, 0.61, 0.26},
	"irishtimes_dail_mica_redress_donegal_leaders_questions":                      {0.94, 0.74, 0.71, 0.32},
	"mirror_starlight_steps_host_quits_instagram":                                 {0.91, 0.63, 0.58, 0.32},
	"rnz_winter_grazing_rules_scrapped_federated_farmers":                         {0.97, 0.84, 0.82, 0.55},
	"smh_mp_electoral_allowance_fraud_downing_centre_premier":                     {0.99, 0.67, 0.67, 0},
	"standard_old_kent_road_ebike_phone_snatch_bus_stops":                         {0.96, 0.94, 0.91, 0.37},
	"talksport_van_der_velde_harwood_presser_kingsmoor_derby":                     {0.99, 0.99, 0.99, 0.39},
	"telegraph_warden_armoured_vehicle_delay_commons":                             {0.97, 0.77, 0.75, 0.32},
	"axios_tallyo_bnpl_cfpb_probe_filing":                                         {0.99, 0.84, 0.84, 0.39},
	"cbc_manitoba_hydro_erosion_burial_ground_kichi_sipi":                         {0.93, 0.80, 0.76, 0.64},
	"cnn_governor_valdivia_voter_roll_doj_sotu":                                   {0.99, 0.95, 0.95, 0.32},
	"merrittcountyregister_school_board_four_day_week_vote":                       {0.99, 0.84, 0.84, 0.77},
	"newscientist_tomato_fungal_network_caterpillar_warning":                      {0.92, 0.99, 0.92, 0.56},
	"nyt_belle_rive_ferry_last_run_louisiana":                                     {0.91, 0.99, 0.91, 0.59},
	"politifact_georgia_teacher_pay_southeast_claim":                              {0.95, 0.91, 0.88, 0.70},
	"reuters_us_indonesia_nickel_export_deal_sources":                             {0.96, 0.99, 0.96, 0.66},
	"sportsnet_flames_rookie_okonkwo_overtime_winner":                             {0.88, 0.99, 0.88, 0.99},
	"verge_porchlight_doorbell_face_matching_default_on":                          {0.96, 0.75, 0.73, 0.28},
	"asapsports_frozen_four_semifinal_northern_lakes_state_overtime":              {0.93, 0.91, 0.87, 0.99},
	"cnn_transcript_newsroom_pamlico_sound_ferry_grounding":                       {0.88, 0.81, 0.72, 0.99},
	"courttranscript_abernathy_v_coldwater_logistics_forklift_firing":             {0.93, 0.49, 0.46, 0.99},
	"irishtimes_qa_minister_kilbane_local_link_evening_cuts":                      {0.89, 0.45, 0.40, 0},
	"juamwanga_blog_ceo_letter_solar_pumps_five_years":                            {0.90, 0.61, 0.56, 0.99},
	"kbrk_press_conference_transcript_brackenridge_parking_deck_collapse":         {0.94, 0.79, 0.75, 0.99},
	"ngo_report_haqooq_watch_punjab_brick_kiln_peshgi_debt":                       {0.76, 0.65, 0.50, 0.16},
	"ourcommons_hesa_evidence_measles_outbreak_northern_clinics":                  {0.93, 0.92, 0.87, 0.99},
	"un_spv_security_council_lake_chad_basin_kawadji_displacement":                {0.91, 0.78, 0.72, 0.99},
	"youtube_jollof_and_jargon_podcast_peckham_restaurant_closure_autotranscript": {0.97, 0.99, 0.97, 0.99},
	// A fifty-sixth batch, written after the first fixes to the fifty-fourth and fifty-fifth, scored as it came, floors at what the session's fixes reach.
	"bbcsport_harwick_city_dunmore_athletic_asante_mensah_winner":         {0.95, 0.99, 0.95, 0.99},
	"cbc_nb_route_11_kent_county_crashes_premier_rcmp":                    {0.94, 0.99, 0.94, 0.59},
	"express_arctic_blast_snow_heating_bills_pensioners":                  {0.94, 0.89, 0.84, 0.56},
	"heraldscotland_asn_pupils_specialist_teachers_eis_macritchie":        {0.91, 0.65, 0.60, 0.28},
	"irishexaminer_fodder_shortage_wet_spring_ifa_feeney":                 {0.95, 0.95, 0.91, 0.28},
	"odt_clutha_kowhai_flat_bridge_closure_farmers":                       {0.99, 0.93, 0.93, 0.13},
	"theaustralian_myefo_deficit_kouris_energy_rebate_senate":             {0.99, 0.95, 0.95, 0.59},
	"thetimes_gp_fortnight_guarantee_penhaligon_royal_college":            {0.92, 0.94, 0.87, 0.49},
	"thewest_midland_hoon_driver_jailed_student_killed_judge":             {0.94, 0.88, 0.84, 0.59},
	"yorkshirepost_keighley_landlord_hmo_fine_magistrates":                {0.96, 0.90, 0.88, 0.49},
	"12news_glendale_gas_station_carjacking_shooting":                     {0.96, 0.67, 0.65, 0.49},
	"ap_missouri_child_care_tax_credit_veto_threat":                       {0.99, 0.91, 0.91, 0.56},
	"bloomberglaw_ninth_circuit_warehouse_heat_class_action_revived":      {0.99, 0.56, 0.56, 0.42},
	"espn_tulane_freshman_qb_fontenot_four_interceptions_coach_backs":     {0.95, 0.88, 0.85, 0.79},
	"npr_shots_home_cardiac_rehab_study":                                  {0.96, 0.93, 0.90, 0.32},
	"politico_white_house_fema_director_nominee_withdrawal_pressure":      {0.99, 0.88, 0.88, 0.24},
	"reuters_calder_pass_lng_outage_gas_futures":                          {0.99, 0.92, 0.92, 0.74},
	"sciam_alpine_bumblebee_tongue_length_warming_study":                  {0.96, 0.94, 0.91, 0.39},
	"techcrunch_pallettide_freight_ai_layoffs_bridge_round":               {0.96, 0.90, 0.88, 0.79},
	"washingtonpost_forest_service_helicopter_inspection_waivers":         {0.93, 0.58, 0.55, 0.24},
	"bbcradiolancashire_phonein_three_weekly_bin_collections":             {0.97, 0.86, 0.84, 0},
	"cnw_universite_haut_richelieu_maple_sap_season_shift_study":          {0.90, 0.99, 0.90, 0.24},
	"govuk_pm_press_conference_measles_school_outbreaks":                  {0.93, 0.95, 0.90, 0.99},
	"gpo_house_science_hearing_tornado_radar_gaps":                        {0.93, 0.99, 0.93, 0.99},
	"guardianweekend_qa_foley_artist_adaeze_morrow_memoir":                {0.93, 0.84, 0.80, 0.99},
	"hansard_senate_estimates_regional_airstrip_grants":                   {0.93, 0.99, 0.93, 0.99},
	"independentie_live_budget_day_vat_hospitality_childcare":             {0.95, 0.79, 0.75, 0.66},
	"inquirer_skylayag_ceo_open_letter_holy_week_cancellations":           {0.87, 0.25, 0.22, 0.66},
	"nzherald_police_press_conference_missing_tararua_tramper_found":      {0.88, 0.75, 0.67, 0},
	"seekingalpha_kestrel_cold_chain_q2_2025_earnings_call":               {0.97, 0.95, 0.93, 0.99},
	"anadolu_ankara_uzbek_fm_joint_presser_middle_corridor":               {0.92, 0.79, 0.73, 0.49},
	"batimes_september_inflation_indec_cgt_wage_talks_minister_x_post":    {0.97, 0.86, 0.84, 0.39},
	"dailystar_fatullah_knitwear_factory_fire_locked_gate":                {0.90, 0.57, 0.53, 0.39},
	"graphiconline_asuboa_sand_winning_farmlands_chiefs_mce_standoff":     {0.96, 0.71, 0.69, 0.56},
	"kathmandupost_cooperative_savings_probe_house_obstruction_ordinance": {0.87, 0.92, 0.82, 0.59},
	"sbsnews_shepparton_afghan_women_driving_lessons_funding":             {0.94, 0.85, 0.81, 0.41},
	"scmp_beijing_foreign_ministry_eu_electric_bus_probe_retaliation":     {0.95, 0.78, 0.75, 0.28},
	"taipeitimes_mac_village_wardens_china_trips_reporting_rule":          {0.96, 0.83, 0.81, 0.88},
	"theheraldzw_chivi_drought_relief_grain_ward_councillor":              {0.92, 0.70, 0.65, 0.66},
	"thepeninsula_souq_waqif_local_honey_exhibition_beekeepers":           {0.92, 0.84, 0.79, 0.66},
	// A fifty-seventh batch, written during the session's fixes and scored held out before any change it prompted, floors at what the session's fixes reach.
	"abscbn_typhoon_dalisay_catanduanes_bato_landslide":                         {0.96, 0.93, 0.90, 0.57},
	"chinadaily_wuhu_humanoid_robot_fair":                                       {0.96, 0.80, 0.79, 0.49},
	"dawn_balochistan_assembly_kachhi_canal_water_share":                        {0.94, 0.56, 0.53, 0.43},
	"hindustantimes_delhi_yamuna_ammonia_water_cuts":                            {0.96, 0.80, 0.79, 0.70},
	"japantimes_kaneshiro_precision_activist_harbourline_board_fight":           {0.94, 0.84, 0.80, 0.24},
	"jordantimes_mafraq_water_rationing_refugees_host_communities":              {0.96, 0.87, 0.85, 0.63},
	"presstv_army_drills_piranshahr_kurdistan_border":                           {0.95, 0.76, 0.74, 0.19},
	"straitstimes_causeway_jam_bsi_system_outage":                               {0.96, 0.82, 0.80, 0.77},
	"thecitizen_tunduma_nakonde_cargo_queue_ecargo_system":                      {0.99, 0.67, 0.67, 0.39},
	"vanguard_nlc_petrol_price_strike_ultimatum":                                {0.96, 0.88, 0.86, 0.49},
	"abc_warrabilla_ancestral_remains_return_gamilaraay_elder":                  {0.95, 0.79, 0.75, 0.19},
	"globalnews_hamilton_kingsridge_renoviction_n13_tenants":                    {0.94, 0.81, 0.78, 0.17},
	"guardian_kestwick_playhouse_arts_council_funding_loss":                     {0.95, 0.91, 0.88, 0.11},
	"ipaper_school_phone_ban_law_heads_enforcement_lbc":                         {0.95, 0.69, 0.66, 0},
	"irishnews_troubles_pension_backlog_executive_row_victims":                  {0.97, 0.83, 0.81, 0.13},
	"mirror_mexborough_gran_bank_impersonation_scam_savings":                    {0.86, 0.83, 0.72, 0.11},
	"nzherald_tukituki_meats_worker_hand_worksafe_sentencing":                   {0.94, 0.77, 0.74, 0.10},
	"rte_shannon_callows_flooding_silage_farmers_fodder":                        {0.92, 0.89, 0.84, 0.26},
	"skynews_wakefield_scaffolding_collapse_bus_stop_injured":                   {0.96, 0.79, 0.77, 0},
	"theage_frankston_line_express_cuts_timetable_commuters":                    {0.94, 0.99, 0.94, 0},
	"ap_oregon_sorrel_creek_fire_cedar_hollow":                                  {0.95, 0.75, 0.73, 0.63},
	"bloomberg_fed_halvorsen_patience_cuts_yields":                              {0.94, 0.94, 0.90, 0.37},
	"cnn_phoenix_road_rage_shooting_nurse_verdict":                              {0.99, 0.89, 0.89, 0.63},
	"espn_nfl_vikings_packers_rookie_kicker_walkoff":                            {0.89, 0.99, 0.89, 0.85},
	"kffhealthnews_kansas_rural_emergency_hospital_conversion_beds":             {0.94, 0.84, 0.80, 0.32},
	"nytimes_candlepin_lanes_last_season_ware_falls":                            {0.95, 0.89, 0.86, 0.39},
	"politifact_ohio_rain_barrel_fine_facebook_claim":                           {0.97, 0.53, 0.52, 0.42},
	"telegraphherald_dubuque_council_budget_library_hours_pool":                 {0.95, 0.84, 0.81, 0.61},
	"thehill_senate_stopgap_disaster_aid_offsets_split":                         {0.97, 0.91, 0.89, 0.13},
	"verge_lullwise_baby_monitor_recall_stream_exposure":                        {0.94, 0.76, 0.72, 0.49},
	"bse_filing_kaveri_sahyadri_bank_q3_fy26_earnings_call_transcript":          {0.81, 0.95, 0.78, 0.99},
	"cbcradio_quebec_am_transcript_sherbrooke_police_chief_grandparent_scam":    {0.91, 0.90, 0.83, 0.99},
	"clearsight_africa_press_release_nkhotakota_cataract_camp_malawi":           {0.96, 0.87, 0.85, 0.49},
	"duluthnewstribune_transcript_kuusisto_boat_crash_sentencing_judge_remarks": {0.87, 0.99, 0.87, 0},
	"govinfo_congressional_record_senate_wildland_firefighter_pay_colloquy":     {0.80, 0.95, 0.77, 0.99},
	"inquirer_live_updates_typhoon_dalisay_bicol_landfall":                      {0.96, 0.67, 0.65, 0.59},
	"longpaddock_podcast_transcript_kiwifruit_vine_disease_opotiki_grower":      {0.92, 0.88, 0.82, 0.99},
	"parliament_energy_committee_brightfold_prepayment_warrants_oral_evidence":  {0.94, 0.96, 0.92, 0.99},
	"thecricketer_qa_imran_dhaliwal_hallamshire_title":                          {0.85, 0.88, 0.75, 0},
	"un_noon_briefing_transcript_lake_kivu_ferry_sinking_wfp_guest":             {0.86, 0.88, 0.77, 0.99},
	// A fifty-third batch, written by other hands after the fifty-second's fixes, scored as it came (first score in BENCHMARKS.md), floors at what the session's fixes reach.
	"dawn_shc_illegal_hydrants":                      {0.99, 0.82, 0.82, 0.79},
	"irna_iran_oman_maritime_mou":                    {0.99, 0.42, 0.42, 0.42},
	"nation_africa_vihiga_nurses_strike":             {0.99, 0.88, 0.88, 0.91},
	"rappler_isabela_floods_senator":                 {0.83, 0.92, 0.77, 0.72},
	"rnz_wharf_upgrade_iwi":                          {0.99, 0.94, 0.94, 0.54},
	"straitstimes_bus_route_review":                  {0.96, 0.93, 0.90, 0.74},
	"thehindu_odisha_paddy_procurement":              {0.88, 0.86, 0.76, 0.55},
	"xinhua_mofcom_africa_ecommerce":                 {0.95, 0.99, 0.95, 0.99},
	"bbcsport_football_fulham_palace":                {0.95, 0.90, 0.86, 0.24},
	"dailymail_kitchen_fitter_marbella":              {0.93, 0.69, 0.65, 0.32},
	"eveningstandard_tube_strike_central_jubilee":    {0.99, 0.92, 0.92, 0.42},
	"heraldsun_afl_magpies_thurlow_hamstring":        {0.95, 0.87, 0.83, 0.59},
	"independent_ie_courts_navan_burglary":           {0.97, 0.76, 0.74, 0.32},
	"scotsman_business_glen_corrach_tariffs":         {0.98, 0.84, 0.82, 0.17},
	"smh_politics_golf_course_housing":               {0.99, 0.80, 0.80, 0.61},
	"walesonline_health_ambulance_wait":              {0.89, 0.99, 0.89, 0.82},
	"arstechnica_mesh_router_hardcoded_creds":        {0.90, 0.94, 0.85, 0.49},
	"cbc_news_ns_rural_er_closures":                  {0.95, 0.99, 0.94, 0.88},
	"local_tv_kare11_cedar_ave_hit_and_run":          {0.99, 0.99, 0.99, 0.87},
	"politico_house_stopgap_holdouts":                {0.97, 0.95, 0.93, 0.43},
	"scientificamerican_ground_squirrel_hibernation": {0.93, 0.92, 0.86, 0.74},
	"sportsnet_senators_marchetti_effort":            {0.97, 0.95, 0.92, 0.85},
	"variety_harbor_lights_release_shift":            {0.97, 0.83, 0.81, 0.74},
	"wsj_harbright_foods_outlook":                    {0.97, 0.90, 0.88, 0.56},
	"council_minutes_kettlebridge":                   {0.93, 0.71, 0.66, 0.77},
	"earnings_call_kestrel_ridge":                    {0.92, 0.99, 0.92, 0.99},
	"magazine_qa_strand_theatre":                     {0.91, 0.99, 0.91, -0.01},
	"npr_transcript_apricot_freeze":                  {0.97, 0.89, 0.87, 0.99},
	"podcast_transcript_four_day_week":               {0.93, 0.99, 0.93, 0.99},
	"state_dept_briefing_whitcombe":                  {0.87, 0.96, 0.83, 0.99},
	"tv_interview_transcript_spillway":               {0.92, 0.84, 0.78, 0.99},
	"uk_select_committee_rural_buses":                {0.92, 0.99, 0.92, 0.99},
	"feature_travel_peneda_trails":                   {0.89, 0.52, 0.46, 0.74},
	"liveblog_election_sa_2026":                      {0.99, 0.76, 0.76, 0.49},
	"ngo_report_berry_farms":                         {0.95, 0.47, 0.45, 0.55},
	"obituary_isobel_garvie":                         {0.92, 0.99, 0.92, 0.49},
	"police_release_ridgeview_shooting":              {0.99, 0.83, 0.83, 0.66},
	"reuters_exclusive_halvorsen_tankers":            {0.99, 0.66, 0.66, 0.56},
	"science_explainer_solar_maximum":                {0.99, 0.66, 0.66, 0.74},
	"sports_column_verbeek_process":                  {0.89, 0.80, 0.72, -0.01},
	// A fifty-second batch, written by other hands after the fifty-first's first fixes, scored as it came (first score in BENCHMARKS.md), floors at what the session's fixes reach.
	"abc_net_au_rural_sa_shearer_shortage":                           {0.97, 0.94, 0.91, 0.66},
	"africanews_malawi_fuel_speech":                                  {0.99, 0.86, 0.86, 0.82},
	"arabnews_jazan_coffee_festival":                                 {0.95, 0.74, 0.71, 0.37},
	"jamaica_gleaner_spanish_town_shootings":                         {0.99, 0.88, 0.88, 0.74},
	"japantimes_toyama_rail_bus_conversion":                          {0.99, 0.92, 0.92, 0.85},
	"thestar_my_kl_retention_ponds":                                  {0.95, 0.63, 0.60, 0.85},
	"timesofmalta_mellieha_tower_approval":                           {0.97, 0.63, 0.61, 0.59},
	"vanguardngr_delta_farmland_judgment":                            {0.99, 0.73, 0.73, 0.74},
	"bbc_news_wales_abercynan_pool_closure":                          {0.94, 0.83, 0.78, 0.24},
	"belfastlive_glen_road_firefighters_attacked":                    {0.95, 0.69, 0.66, 0.24},
	"dailyrecord_celtic_rourke_pittodrie_defeat":                     {0.95, 0.86, 0.83, 0.24},
	"guardian_environment_river_lenn_sewage":                         {0.97, 0.91, 0.90, 0.43},
	"irishtimes_school_buildings_fund_dail":                          {0.98, 0.79, 0.78, 0.29},
	"manchestereveningnews_heaton_norris_medals_burglar":             {0.97, 0.74, 0.73, 0.59},
	"telegraph_business_penningtons_store_closures":                  {0.94, 0.76, 0.72, 0.39},
	"thesun_showbiz_kayla_brightwell_split":                          {0.94, 0.64, 0.61, -0.01},
	"apnews_wire_chile_lithium_permit":                               {0.99, 0.70, 0.70, 0.99},
	"cbc_sports_world_juniors_thibodeau":                             {0.93, 0.99, 0.93, 0.19},
	"houstonchronicle_kingwood_flooding":                             {0.97, 0.95, 0.93, 0.74},
	"latimes_column_street_trees_paused":                             {0.87, 0.99, 0.87, 0.56},
	"npr_rural_maternity_ward_closing":                               {0.99, 0.86, 0.86, 0.88},
	"nytimes_politics_grid_bill_veto":                                {0.99, 0.79, 0.79, 0.32},
	"statnews_rsv_antibody_waning":                                   {0.99, 0.99, 0.99, 0.77},
	"theverge_haldane_orbit2_firmware":                               {0.93, 0.49, 0.46, 0.19},
	"bbc_radio4_today_tavistock_housing_target_interview":            {0.96, 0.96, 0.93, 0.49},
	"court_judgment_ewca_carrow_v_eastbrook_leisure_wet_floor_sign":  {0.91, 0.43, 0.39, 0.39},
	"guardian_qa_hester_blaikie_crime_writer_readers_questions":      {0.96, 0.79, 0.76, 0.99},
	"house_committee_markup_brennick_rural_water_match_waiver":       {0.94, 0.99, 0.94, 0.99},
	"scotus_oral_argument_quillen_logistics_last_mile_drivers_faa":   {0.94, 0.99, 0.94, 0.99},
	"townhall_meeting_lindell_falls_mill_street_pool_closure":        {0.85, 0.91, 0.77, 0.99},
	"whitehouse_gaggle_halversen_af1_cedar_rapids_flood_declaration": {0.92, 0.96, 0.88, 0.99},
	"youtube_transcript_plot47_ellie_allotment_rent_rise":            {0.99, 0.74, 0.74, 0.99},
	"charity_appeal_family_homes":                                    {0.91, 0.87, 0.79, 0.49},
	"fire_service_release_kitchen_fire":                              {0.90, 0.71, 0.64, 0.79},
	"forum_thread_library_closure":                                   {0.76, 0.24, 0.18, 0.99},
	"longread_profile_battery_founder":                               {0.85, 0.76, 0.65, 0.32},
	"reuters_markets_wallst_yields":                                  {0.97, 0.99, 0.97, 0.39},
	"skynews_liveblog_warehouse_explosion":                           {0.89, 0.59, 0.53, 0.82},
	"sport_matchreport_rugby_trelawny":                               {0.86, 0.81, 0.70, 0.49},
	"university_news_student_award":                                  {0.94, 0.74, 0.70, 0.49},
	// A fifty-first batch, written by other hands for this session, scored as it came (first score in BENCHMARKS.md), floors at what the session's fixes reach.
	"bangkokpost_durian_growers_camp":              {0.92, 0.99, 0.92, 0.66},
	"cgtn_nev_exports_asean":                       {0.99, 0.99, 0.99, 0.88},
	"graphic_ghana_nkonya_road_festival":           {0.95, 0.83, 0.79, 0.87},
	"hurriyetdailynews_bread_prices_inspections":   {0.97, 0.94, 0.91, 0.87},
	"newagebd_gazipur_workers_highway":             {0.95, 0.74, 0.71, 0.91},
	"philstar_senate_scam_hub_bosses":              {0.97, 0.58, 0.57, 0.69},
	"presstv_eu_shipping_sanctions":                {0.94, 0.88, 0.84, 0.56},
	"thecitizen_tz_sunflower_prices_singida":       {0.96, 0.92, 0.89, 0.91},
	"couriermail_nrl_broncos_dolphins":             {0.97, 0.99, 0.97, 0.24},
	"dailyexpress_paypermile_mp":                   {0.97, 0.80, 0.79, 0.32},
	"heraldscotland_glenmorven_miu":                {0.94, 0.77, 0.73, 0.32},
	"liverpoolecho_tranmere_presser":               {0.94, 0.84, 0.79, 0.49},
	"odt_maniototo_treasurer_sentencing":           {0.94, 0.99, 0.94, 0.24},
	"skysports_cricket_edgbaston_day2":             {0.97, 0.79, 0.77, 0.24},
	"theage_tram_strike_ausopen":                   {0.97, 0.91, 0.89, 0.37},
	"thejournal_ie_ballydoogan_windfarm":           {0.99, 0.82, 0.82, 0.42},
	"bostonglobe_obituary_brannigan":               {0.95, 0.76, 0.72, 0.99},
	"chicagotribune_cta_blueline_hearing":          {0.95, 0.95, 0.91, 0.99},
	"ctvnews_rcmp_grandparent_scam":                {0.86, 0.93, 0.81, 0.85},
	"engadget_lockvale_extension_flaw":             {0.92, 0.99, 0.92, 0.77},
	"eurekalert_hot_nights_sleep_study":            {0.96, 0.99, 0.96, 0.99},
	"marketwatch_corvane_earnings":                 {0.90, 0.73, 0.66, 0.66},
	"nationalpost_column_housing_blitz":            {0.85, 0.74, 0.64, -0.01},
	"wfaa_pleasant_grove_taqueria_crash":           {0.93, 0.99, 0.93, 0.99},
	"defense_briefing_seahawk_mishap":              {0.93, 0.85, 0.79, 0.99},
	"earnings_call_corvane_q3":                     {0.94, 0.99, 0.94, 0.99},
	"esquire_qa_lorna_vey":                         {0.82, 0.88, 0.73, 0.99},
	"nfl_presser_titans_wednesday":                 {0.92, 0.99, 0.92, 0.99},
	"podcast_transcript_bridges":                   {0.95, 0.99, 0.95, 0.99},
	"rnz_morningreport_birthing_unit":              {0.89, 0.99, 0.89, 0.99},
	"senate_hearing_runway_incursions":             {0.96, 0.87, 0.84, 0.99},
	"un_noon_briefing_highlights":                  {0.96, 0.78, 0.75, 0.90},
	"atlantic_feature_nevada_water_counter":        {0.96, 0.87, 0.84, 0.28},
	"courtreport_uk_leeds_rogue_trader_jailed":     {0.92, 0.84, 0.79, 0.82},
	"eonline_sienna_marlowe_jake_orsini_engaged":   {0.95, 0.61, 0.59, 0.49},
	"globenewswire_meridian_halvorsen_partnership": {0.95, 0.99, 0.95, 0.99},
	"guardian_liveblog_pmqs_water_bills":           {0.89, 0.96, 0.86, 0.37},
	"hrw_release_malaysia_glove_factories":         {0.94, 0.41, 0.38, 0.66},
	"localpaper_briefs_ilkley_news_in_brief":       {0.86, 0.78, 0.68, 0.56},
	"metpolice_appeal_welling_stabbing":            {0.95, 0.45, 0.43, 0.74},
	// A fiftieth batch, written by other hands after the forty-ninth's fixes, scored as it came.
	"aljazeera_el_fasher_hospital_siege_doctors":                      {0.95, 0.94, 0.90, 0.43},
	"ap_arizona_prison_heat_deaths_lawsuit":                           {0.93, 0.95, 0.88, 0.49},
	"chinadaily_gansu_village_livestream_apples":                      {0.97, 0.94, 0.92, 0.66},
	"dw_germany_rail_strike_evg_commuters_stranded":                   {0.99, 0.94, 0.94, 0.21},
	"france24_farmers_tractors_toulouse_ring_road_blockade":           {0.97, 0.95, 0.92, 0.49},
	"irna_iran_belarus_preferential_trade_agreement":                  {0.96, 0.69, 0.66, 0.99},
	"nhk_typhoon_kaimana_kyushu_evacuation_orders":                    {0.99, 0.74, 0.74, 0.85},
	"reuters_exclusive_nordhavn_bank_layoffs":                         {0.99, 0.68, 0.68, 0.43},
	"thenational_uae_midday_break_heat_inspections":                   {0.99, 0.99, 0.99, 0.49},
	"timesofisrael_high_court_galilee_bedouin_demolition_ruling":      {0.97, 0.91, 0.89, 0.59},
	"abc_shark_attack_yallingup_surfer_witnesses_police":              {0.97, 0.78, 0.76, 0.49},
	"bbcsport_championship_hollinsford_wexley_var_penalty_draw":       {0.96, 0.99, 0.96, 0.00},
	"bbcsport_cricket_worcestershire_somerset_pellingham_declaration": {0.99, 0.93, 0.93, 0.24},
	"belfasttelegraph_newry_pensioner_fraud_grandson_sentenced":       {0.94, 0.84, 0.79, 0.16},
	"cbc_manitoba_wildfire_sagastaw_lake_evacuation_winnipeg":         {0.97, 0.84, 0.82, 0.26},
	"globeandmail_pei_election_housing_debate_premier_leaders":        {0.97, 0.95, 0.93, 0.39},
	"guardian_nhs_waiting_list_hip_knee_backlog_stoke":                {0.96, 0.88, 0.85, 0.43},
	"irishexaminer_cork_housing_protest_city_hall_rent_march":         {0.90, 0.94, 0.86, 0.66},
	"scotsman_independence_poll_yes_ahead_holyrood_leaders_react":     {0.97, 0.90, 0.88, 0.00},
	"telegraph_school_uniform_blazer_ban_harrogate_academy":           {0.95, 0.89, 0.85, 0.08},
	"arstechnica_satellite_broadband_outage":                          {0.94, 0.79, 0.75, 0.32},
	"bloombergbw_shipping_line_feature":                               {0.97, 0.78, 0.76, 0.28},
	"businesswire_hospital_merger_midwest":                            {0.99, 0.99, 0.99, 0.74},
	"newscientist_pterosaur_fossil_skye":                              {0.99, 0.86, 0.86, 0.66},
	"rollingstone_album_review_folk":                                  {0.83, 0.92, 0.77, 0.66},
	"sciencemag_rsv_vaccine_trial":                                    {0.97, 0.88, 0.85, 0.16},
	"tampabay_bridge_closure_causeway":                                {0.94, 0.81, 0.76, 0.70},
	"universitypr_sodium_battery_study":                               {0.95, 0.90, 0.86, 0.59},
	"vox_explainer_heat_pump_report":                                  {0.97, 0.94, 0.92, 0.37},
	"washingtonpost_budget_standoff_shutdown":                         {0.99, 0.85, 0.85, 0.09},
	"amestribune_liveblog_council_brookside_dog_park_vote":            {0.96, 0.86, 0.83, 0.37},
	"bbcradiostoke_phonein_hospital_car_park_charges_callers":         {0.92, 0.89, 0.83, 0.99},
	"coldchainquarterly_qa_ammonia_retrofit_warehouse_ceo":            {0.95, 0.99, 0.95, 0.00},
	"commongroundpod_transcript_community_fridge_volunteer_burnout":   {0.89, 0.51, 0.46, 0.99},
	"courttranscript_hollis_county_goat_herd_crash_negligence_trial":  {0.97, 0.97, 0.94, 0.99},
	"govinfo_house_rural_ambulance_response_times_hearing":            {0.95, 0.95, 0.90, 0.99},
	"guardian_interview_fell_runner_record_attempt":                   {0.97, 0.95, 0.93, 0.00},
	"hansard_westminster_hall_village_post_office_closures":           {0.86, 0.99, 0.86, 0.00},
	"pbsnewshour_transcript_lake_erie_ice_fishing_rescues":            {0.89, 0.72, 0.64, 0.99},
	"statedept_briefing_nepal_avalanche_stranded_trekkers":            {0.91, 0.65, 0.59, 0.99},
	// A forty-seventh batch, written by other hands, scored as it came.
	"afp_senegal_guet_ndar_fishermen_trawler_licences":                     {0.97, 0.95, 0.93, 0.00},
	"anadolu_malatya_yesilyurt_quake_afad_tents":                           {0.99, 0.99, 0.99, 0.59},
	"dailystar_ashulia_factory_closure_wage_arrears_blockade":              {0.95, 0.74, 0.71, 0.13},
	"globaltimes_mexico_tariff_hike_chinese_autos_experts":                 {0.97, 0.80, 0.79, 0.56},
	"kyodo_tokyo_court_logistics_harassment_suicide_damages":               {0.97, 0.42, 0.40, 0.32},
	"reuters_congo_cobalt_permit_revoked_ardmore":                          {0.99, 0.89, 0.89, 0.21},
	"tass_deputy_fm_japan_salmon_quota_talks_kurils":                       {0.97, 0.94, 0.91, 0.13},
	"tehrantimes_armenia_fm_visit_north_south_corridor":                    {0.95, 0.63, 0.60, 0.28},
	"xinhua_changsha_china_africa_expo_coffee_exhibitors":                  {0.97, 0.99, 0.97, 0.66},
	"yonhap_trade_official_briefing_us_steel_quota_talks":                  {0.95, 0.90, 0.86, 0.19},
	"bbcsport_live_hibs_motherwell_easter_road_comeback_draw":              {0.99, 0.99, 0.99, 0.00},
	"dailymail_showbiz_jodie_marchetti_reece_talbot_split":                 {0.91, 0.81, 0.74, 0.00},
	"guardianau_politics_epa_bill_greens_senate_deal_prasad":               {0.97, 0.86, 0.84, 0.37},
	"irishindependent_courts_ballyfermot_checkpoint_garda_rammed_jailed":   {0.99, 0.76, 0.76, 0.49},
	"scotsman_business_cairnmore_distillers_tariffs_profit_fall_keith":     {0.99, 0.95, 0.95, 0.21},
	"skysports_presser_baird_forest_brighton_defeat_backing":               {0.94, 0.92, 0.87, 0.00},
	"stuff_otaki_pool_summer_closure_lifeguard_shortage_whanau":            {0.97, 0.89, 0.87, 0.43},
	"thesun_football_rudqvist_toffees_var_robbed_brentford":                {0.94, 0.82, 0.77, 0.74},
	"times_science_puffin_chicks_parents_call_accent_isle_of_may":          {0.94, 0.81, 0.76, 0.66},
	"walesonline_morriston_hospital_dementia_dad_2am_taxi_discharge":       {0.97, 0.78, 0.76, 0.16},
	"ars_quorvane_secureedge_vpn_auth_bypass_exploited":                    {0.94, 0.91, 0.86, 0.29},
	"cbc_mishkiigon_lake_first_nation_water_advisory_plant_delay":          {0.97, 0.95, 0.94, 0.74},
	"cnbc_fund_managers_rotate_out_of_megacap_tech_small_caps":             {0.95, 0.86, 0.82, 0.79},
	"globeandmail_arborline_forest_earnings_call_lumber_duties":            {0.97, 0.83, 0.82, 0.32},
	"naturenews_jwst_rocky_exoplanet_sulfur_atmosphere":                    {0.97, 0.99, 0.97, 0.56},
	"prnewswire_solbrae_hydrogen_forklift_northwind_logistics_partnership": {0.99, 0.99, 0.99, 0.49},
	"statnews_fda_rejects_talvera_friedreichs_ataxia_drug_crl":             {0.95, 0.91, 0.87, 0.43},
	"torontostar_sidewalk_snow_clearing_in_house_committee_vote":           {0.94, 0.99, 0.94, 0.30},
	"verge_papyr_fold_color_eink_tablet_launch":                            {0.97, 0.94, 0.92, 0.00},
	"wthr_indianapolis_east_side_house_fire_neighbor_rescue":               {0.99, 0.83, 0.83, 0.49},
	"cnn_transcript_mille_lacs_ice_shove_homes":                            {0.91, 0.65, 0.59, 0.99},
	"fool_brindle_creek_outdoor_q2_2025_earnings_call":                     {0.92, 0.99, 0.92, 0.99},
	"govinfo_house_load_posted_rural_bridges_hearing":                      {0.93, 0.76, 0.71, 0.99},
	"hansard_senate_estimates_australia_post_rural_delivery_days":          {0.91, 0.84, 0.77, 0.99},
	"judiciary_exeter_parish_clerk_pengelly_sentencing_remarks":            {0.96, 0.76, 0.74, 0.49},
	"rosecityrundown_podcast_transcript_hawthorne_bus_lane":                {0.89, 0.96, 0.86, 0.99},
	"scotsman_live_sqa_results_day_pass_rates_appeals":                     {0.98, 0.93, 0.91, 0.56},
	"texasmonthly_qa_san_saba_pecan_orchard_drought":                       {0.88, 0.92, 0.81, 0.99},
	"thespinoff_interview_lyttelton_harbourmaster_retires":                 {0.92, 0.83, 0.77, 0.99},
	"whitehouse_briefing_leesburg_faa_center_outage_drought_aid":           {0.86, 0.90, 0.77, 0.99},
	// A forty-eighth batch, written by other hands alongside the forty-seventh, scored after its fixes.
	"ahramonline_dendera_temple_visitor_centre_eco_lodges":                {0.99, 0.88, 0.88, 0.43},
	"dailymaverick_makhanda_east_west_water_outage_pumps":                 {0.99, 0.79, 0.79, 0.55},
	"dawn_shc_lyari_loadshedding_kelectric_nepra_notice":                  {0.97, 0.77, 0.75, 0.42},
	"gulfnews_sharjah_lane_discipline_campaign_ai_cameras":                {0.96, 0.93, 0.90, 0.66},
	"jakartapost_semeru_alert_level_four_lumajang_evacuation":             {0.96, 0.78, 0.75, 0.59},
	"nation_nakuru_budget_ghost_projects_rejected":                        {0.99, 0.74, 0.74, 0.49},
	"premiumtimes_ebonyi_assembly_parallel_sittings":                      {0.99, 0.67, 0.67, 0.49},
	"rappler_senate_blue_ribbon_ambulance_overprice_probe":                {0.94, 0.59, 0.56, 0.32},
	"straitstimes_cos_mnd_shorter_wait_bto_singles_seniors":               {0.95, 0.95, 0.91, 0.30},
	"thehindu_pap_aliyar_water_release_tn_kerala_impasse":                 {0.97, 0.57, 0.56, 0.32},
	"cntraveler_travel_azores_sao_jorge_cheese_fajas":                     {0.99, 0.64, 0.64, 0.00},
	"fortune_feature_calloway_cold_chain_ceo_succession_activist":         {0.98, 0.90, 0.88, 0.32},
	"guardian_longread_marram_ness_footprints_dating_dispute":             {0.99, 0.89, 0.89, 0.24},
	"latimes_film_review_the_salt_year_ostrander_interview":               {0.99, 0.99, 0.99, 0.49},
	"newyorker_profile_chef_itziar_goikoetxea_boise":                      {0.97, 0.78, 0.76, 0.42},
	"nytimes_obituary_jazz_trombonist_gus_loudermilk":                     {0.98, 0.60, 0.59, 0.49},
	"rollingstone_feature_harrow_lights_reunion_paper_weather":            {0.97, 0.96, 0.94, 0.24},
	"theathletic_feature_nicholls_coach_lonnie_bergeron_family":           {0.97, 0.63, 0.62, 0.74},
	"theatlantic_essay_elected_coroners_missouri_lay_death_investigation": {0.97, 0.76, 0.74, 0.00},
	"washingtonpost_book_review_lantern_orchard_teague":                   {0.94, 0.41, 0.38, 0.00},
	"asapsports_indian_wells_ferrandi_quiroga_r3":                         {0.92, 0.99, 0.92, 0.99},
	"billboard_maren_castellanos_paper_saints_hot100_top10":               {0.93, 0.99, 0.93, 0.66},
	"boxingscene_weighin_mulholland_achebe_shove":                         {0.87, 0.90, 0.79, 0.49},
	"cricinfo_hamilton_odi_gamage_jayalath_level_series":                  {0.95, 0.90, 0.86, 0.49},
	"dispatch_crew_sign_zambrano_independiente_del_valle":                 {0.93, 0.73, 0.69, 0.56},
	"espn_nfl_bengals_jaguars_okereke_pick_six":                           {0.91, 0.85, 0.78, 0.49},
	"golfweek_valspar_lindqvist_third_round_lead":                         {0.95, 0.87, 0.83, 0.77},
	"racefans_f1_hungarian_gp_achterberg_pennington_undercut":             {0.98, 0.93, 0.92, 0.32},
	"thesun_rugby_gloucester_sale_kingsholm_late_try":                     {0.98, 0.73, 0.71, 0.32},
	"variety_lionsgate_halcyon_lantern_first_look_deal":                   {0.97, 0.83, 0.81, 0.49},
	"amnesty_statement_malaysia_glove_factories_recruitment_debt_report":  {0.95, 0.74, 0.71, 0.32},
	"district_newsletter_cedar_ridge_gearhawks_robotics_worlds":           {0.97, 0.83, 0.81, 0.99},
	"lancspolice_appeal_preston_friargate_jewellers_robbery":              {0.97, 0.77, 0.75, 0.59},
	"lawgazette_court_of_appeal_fallen_beech_council_negligence":          {0.98, 0.99, 0.98, 0.19},
	"minister_media_release_doorstop_clarence_valley_flood_payments":      {0.94, 0.91, 0.86, 0.99},
	"orilliamatters_council_minutes_peter_street_washroom_pilot":          {0.93, 0.95, 0.89, 0.43},
	"otago_press_release_kea_ski_field_bins_study":                        {0.92, 0.74, 0.69, 0.42},
	"unnews_chad_sudanese_refugees_ration_cuts_lean_season":               {0.95, 0.95, 0.91, 0.66},
	"who_news_release_zambia_mansa_marburg_outbreak":                      {0.97, 0.88, 0.85, 0.28},
	"yorkshirepost_commons_transport_committee_rural_bus_report":          {0.95, 0.86, 0.83, 0.00},
	// A forty-ninth batch, written by other hands after the forty-seventh and forty-eighth were scored, scored once their fixes were in.
	"ap_greece_varnavas_wildfire_evacuations_winds":                            {0.97, 0.99, 0.97, 0.66},
	"arabnews_wadi_sports_capital_asia_basketball_league_stake":                {0.99, 0.99, 0.99, 0.42},
	"batimes_mendoza_governor_debate_water_mining_clash":                       {0.99, 0.81, 0.81, 0.49},
	"bloomberg_bsp_surprise_cut_villamor_peso":                                 {0.99, 0.95, 0.95, 0.85},
	"cna_condo_manager_sinking_fund_jail":                                      {0.99, 0.81, 0.81, 0.70},
	"koreaherald_geoje_subcontract_welders_strike_dock":                        {0.99, 0.84, 0.84, 0.42},
	"moscowtimes_regional_airlines_engine_repairs_route_cuts":                  {0.96, 0.79, 0.77, 0.59},
	"theeastafrican_kenya_tanzania_rice_levy_namanga_retaliation":              {0.97, 0.78, 0.76, 0.37},
	"timesofindia_indore_metro_underground_stretch_delay":                      {0.97, 0.88, 0.86, 0.61},
	"vietnamnews_quang_ngai_flood_relief_tra_khuc":                             {0.99, 0.79, 0.79, 0.49},
	"bbc_derbyshire_hollins_brook_academy_ofsted_inadequate":                   {0.96, 0.83, 0.80, 0.13},
	"cricketer_county_championship_worcestershire_somerset_new_road_day_three": {0.97, 0.88, 0.86, 0.99},
	"guardian_obituary_hilary_ashcombe_glaciologist":                           {0.89, 0.52, 0.47, 0.99},
	"irishtimes_glenageary_build_to_rent_appeal_refused":                       {0.99, 0.58, 0.58, 0.07},
	"mirror_football_okonjo_ashbury_thornbury_bid_rejected":                    {0.91, 0.86, 0.79, 0.24},
	"nzherald_all_blacks_squad_te_kani_bolters_northern_tour":                  {0.97, 0.54, 0.53, 0.24},
	"obantimes_isle_of_mull_ferry_breakdown_craignure_islanders":               {0.92, 0.99, 0.92, 0.66},
	"smh_nsw_budget_kostakidis_deficit_energy_rebate":                          {0.99, 0.90, 0.90, 0.00},
	"standard_rmt_tube_walkout_commuters_bus_queues":                           {0.93, 0.91, 0.85, 0.43},
	"torontostar_column_leafs_game_seven_hurtubise_lachance":                   {0.97, 0.86, 0.84, 0.00},
	"axios_nashville_scooter_downtown_ban_vote":                                {0.96, 0.93, 0.90, 0.59},
	"espn_nba_pelicans_jazz_mbeki_triple_double_late_block":                    {0.93, 0.90, 0.84, 0.79},
	"kxan_pflugerville_school_bus_pickup_crash_kelly_lane":                     {0.83, 0.86, 0.72, 0.74},
	"people_lindell_acheson_ojai_ranch_wedding":                                {0.95, 0.76, 0.72, 0.99},
	"politico_senate_generic_drug_shortage_bill_cloture_fails":                 {0.98, 0.99, 0.98, 0.61},
	"propublica_missouri_group_home_sprinkler_waivers_fire_deaths":             {0.98, 0.68, 0.67, 0.41},
	"sciam_city_nights_warming_faster_study":                                   {0.99, 0.82, 0.82, 0.19},
	"texastribune_rural_ems_ambulance_deserts_house_hearing":                   {0.95, 0.99, 0.95, 0.54},
	"wired_kestrel_loop_ebike_battery_refurb_startup":                          {0.99, 0.82, 0.82, 0.16},
	"wsj_calloway_brennick_pet_food_merger_call":                               {0.97, 0.99, 0.97, 0.61},
	"abc_rn_breakfast_transcript_emergency_minister_lismore_flood_buybacks":    {0.92, 0.95, 0.88, 0.49},
	"bayoupolicyforum_panel_transcript_managed_retreat_who_pays":               {0.92, 0.99, 0.92, 0.99},
	"cbc_live_saskatoon_municipal_election_night_mayor_race":                   {0.97, 0.99, 0.97, 0.99},
	"kttc_transcript_police_briefing_missing_boy_found_culvert":                {0.90, 0.69, 0.63, 0.99},
	"macleans_qa_hearst_rural_obstetrics_doctor_gagnon":                        {0.88, 0.91, 0.81, 0.66},
	"parliament_transport_committee_escooter_rental_oral_evidence":             {0.87, 0.79, 0.69, 0.99},
	"politicshome_today_transcript_water_minister_hosepipe_ban":                {0.97, 0.97, 0.94, 0.16},
	"scotusblog_argument_excerpt_kessler_v_ohio_backyard_drone":                {0.90, 0.91, 0.83, 0.32},
	"streetevents_lakeshore_pet_supply_q4_2025_earnings_call_transcript":       {0.92, 0.99, 0.92, 0.99},
	"youtube_backcourt_pod_autotranscript_whitaker_punked_presser":             {0.95, 0.91, 0.87, 0.99},
	// A forty-sixth batch, written by other hands after the forty-fifth's fixes, scored as they came.
	"borneopost_kuching_raiders_sandakan_rovers_borneo_cup_semi":                  {0.94, 0.93, 0.88, 0.99},
	"businessstandard_veldara_lifesciences_fda_warning_letter_shares":             {0.95, 0.89, 0.85, 0.99},
	"dailymirrorlk_welipitiya_pradeshiya_sabha_hung_council_recount":              {0.99, 0.88, 0.88, 0.81},
	"focustaiwan_hsinchu_drought_orange_alert_water_pressure_cuts":                {0.93, 0.64, 0.59, 0.74},
	"koreatimes_qa_ulsan_onggi_potter_kiln_apprentices":                           {0.9, 0.82, 0.74, 0.99},
	"mexiconewsdaily_oaxaca_agave_theft_mezcal_producers_patrols":                 {0.99, 0.92, 0.92, 0.89},
	"scmp_chongqing_hotpot_air_conditioning_fee_weibo_refund":                     {0.9, 0.31, 0.28, 0.85},
	"scroll_odisha_kendu_leaf_pluckers_bonus_delay":                               {0.97, 0.87, 0.86, 0.7},
	"standardke_milimani_lands_registrar_title_fraud_bail":                        {0.99, 0.85, 0.85, 0.99},
	"theeastafrican_nimule_elegu_border_levy_traders_standoff":                    {0.96, 0.68, 0.66, 0.81},
	"bristolpost_bedminster_scaffolder_roof_fall_inquest":                         {0.99, 0.77, 0.77, 0.82},
	"edinburghnews_portobello_beach_huts_council_vote":                            {0.95, 0.99, 0.95, 0.88},
	"expressandstar_willenhall_lock_factory_closure_jobs":                         {0.99, 0.89, 0.89, 0.87},
	"heraldsun_shield_victoria_queensland_kitto_chase_junction_oval":              {0.93, 0.86, 0.8, 0.99},
	"independent_driving_test_backlog_examiners_overtime_row":                     {0.98, 0.96, 0.94, 0.99},
	"irishmirror_offaly_dad_kidney_donation_daughter_family":                      {0.97, 0.43, 0.43, 0.99},
	"leicestermercury_oadby_police_chase_bus_shelter_driver_jailed":               {0.99, 0.94, 0.94, 0.99},
	"metro_commuter_wedding_ring_train_cleaner_tiktok_appeal":                     {0.97, 0.66, 0.64, 0.32},
	"stuff_timaru_bakery_supreme_pie_award_brothers":                              {0.97, 0.82, 0.8, 0.89},
	"thesun_jaxon_mallory_cotswolds_pub_purchase":                                 {0.92, 0.92, 0.85, 0.49},
	"courthousenews_almond_huller_dust_nuisance_trial_closing":                    {0.97, 0.47, 0.46, 0.61},
	"deschutessheriff_press_release_river_float_rescue_life_jackets":              {0.89, 0.88, 0.79, 0.99},
	"highcountrynews_ditch_piping_cottonwood_seep_dispute_colorado":               {0.97, 0.59, 0.58, 0.99},
	"hollywoodreporter_verhoeven_pulls_saltwater_rooms_festival_recut":            {0.99, 0.73, 0.73, 0.49},
	"marshallproject_tamarack_county_jail_tablet_message_fees":                    {0.95, 0.49, 0.47, 0.99},
	"mississippitoday_okatoma_district_lorena_school_closure_vote":                {0.97, 0.99, 0.97, 0.99},
	"nbcsports_flyers_rangers_overtime_loss_delorme_penalty":                      {0.93, 0.99, 0.93, 0.99},
	"phillyinquirer_port_richmond_water_main_sinkhole_neighbors":                  {0.9, 0.99, 0.9, 0.99},
	"punchbowl_weather_service_forecaster_staffing_approps_amendment":             {0.99, 0.85, 0.85, 0.99},
	"theinformation_cartwell_ceo_memo_exits_grocery_markets":                      {0.97, 0.77, 0.75, 0.99},
	"azcentral_live_flagstaff_mayor_election_night_results":                       {0.99, 0.69, 0.69, 0.99},
	"bnpparibasopen_press_conference_lindqvist_fourth_round_wind_win":             {0.91, 0.91, 0.83, 0.99},
	"defensegov_pentagon_briefing_alaska_black_hawk_hard_landing_child_care_fees": {0.95, 0.99, 0.95, 0.99},
	"insidehousing_newsnight_transcript_harrowgate_homes_cladding_remediation":    {0.93, 0.88, 0.82, 0.99},
	"niassembly_official_report_oq_infrastructure_winter_gritting_rural_roads":    {0.88, 0.79, 0.71, 0.99},
	"nzparliament_hansard_oral_questions_after_hours_urgent_care_closures":        {0.9, 0.71, 0.65, 0.99},
	"outsideonline_qa_flooded_mine_cartographer_ilse_marchetti":                   {0.88, 0.63, 0.55, 0.99},
	"rev_transcript_tenants_corner_podcast_security_deposit_deductions":           {0.93, 0.85, 0.79, -0.01},
	"supremecourt_oral_argument_marsh_v_united_states_overlook_railing":           {0.87, 0.99, 0.87, 0.99},
	"theverge_fernloop_all_hands_transcript_return_to_office_mandate":             {0.95, 0.74, 0.71, 0.99},
	// A forty-fifth batch, written by other hands with the forty-fourth, scored after the forty-fourth's fixes.
	"deccanherald_hdmc_council_property_tax_hike_walkout":            {0.93, 0.92, 0.86, 0.99},
	"gmanews_mindoro_hospital_hallway_patients_viral_post":           {0.99, 0.68, 0.68, 0.99},
	"guardianng_ogun_harmony_players_boycott_unpaid_salaries":        {0.99, 0.7, 0.7, 0.99},
	"jordantimes_omari_crossing_produce_trucks_delays_exporters":     {0.99, 0.63, 0.63, 0.91},
	"khmertimes_kampong_speu_factory_unpaid_wages_ministry":          {0.97, 0.57, 0.56, 0.89},
	"malaymail_sri_muda_flood_pump_cheating_trial":                   {0.99, 0.87, 0.87, 0.9},
	"monitor_kagadi_municipality_byelection_results_rejected":        {0.99, 0.99, 0.99, 0.88},
	"nepalitimes_mugu_birthing_centre_midwife_alone":                 {0.97, 0.83, 0.82, 0.74},
	"rferl_jalal_abad_mudflows_village_evacuated":                    {0.99, 0.99, 0.99, 0.99},
	"trinidadexpress_red_force_captain_qa_four_day_slump":            {0.86, 0.99, 0.86, 0.99},
	"aptnnews_otter_rapids_cree_nation_boil_water_advisory_plant":    {0.98, 0.99, 0.98, 0.99},
	"birminghammail_halesford_albion_sutton_parkway_derby_report":    {0.95, 0.74, 0.71, 0.74},
	"edp_holme_wicken_holiday_lodges_planning_row":                   {0.98, 0.89, 0.88, 0.99},
	"guardianaus_logan_koala_habitat_estate_approval":                {0.96, 0.83, 0.8, 0.72},
	"irishexaminer_cork_cyclist_bin_lorry_inquest":                   {0.99, 0.86, 0.86, 0.99},
	"nzherald_rotorua_dog_attack_courier_owner_sentenced":            {0.95, 0.79, 0.75, 0.99},
	"skynews_prison_officers_retirement_age_strike_ballot":           {0.99, 0.89, 0.89, 0.68},
	"telegraph_obituary_lifeboat_coxswain_wally_gaskin":              {0.94, 0.56, 0.52, 0.99},
	"times_hospice_charity_treasurer_jailed_fraud":                   {0.97, 0.81, 0.79, 0.99},
	"walesonline_nantyderi_chip_shop_pritchard_fourth_generation":    {0.9, 0.89, 0.81, 0.82},
	"ap_ohio_mobile_home_park_water_shutoff_judge":                   {0.97, 0.83, 0.81, 0.99},
	"bostonglobe_lawrence_laundromat_homework_tables_sale":           {0.92, 0.89, 0.83, 0.99},
	"businessinsider_parcelwise_ceo_ends_four_day_week_podcast":      {0.95, 0.74, 0.71, 0.91},
	"engadget_hearthly_thermostat_cloud_shutdown_first_gen":          {0.93, 0.66, 0.62, 0.99},
	"espn_wnba_storm_aces_okafor_lee_corner_three":                   {0.97, 0.89, 0.87, 0.99},
	"khou_pasadena_apartments_broken_ac_heat_tenants":                {0.97, 0.86, 0.84, 0.84},
	"michigandaily_csg_late_night_dining_hall_hours_resolution":      {0.99, 0.86, 0.86, 0.74},
	"motherjones_medicare_advantage_prior_authorization_house_split": {0.99, 0.91, 0.91, 0.59},
	"nationalreview_virginia_home_organizer_licensing_column":        {0.94, 0.88, 0.83, 0.79},
	"statnews_fda_panel_als_drug_torvalent_split_vote":               {0.97, 0.86, 0.85, 0.74},
	"foxnews_transcript_cedar_hollow_dam_spillway_evacuation":        {0.95, 0.93, 0.89, 0.99},
	"govuk_pm_press_conference_elmhurst_care_group_collapse":         {0.91, 0.99, 0.91, 0.99},
	"inquest_transcript_fenby_lane_level_crossing_cyclist":           {0.95, 0.99, 0.95, 0.99},
	"marvaleca_council_minutes_food_truck_school_buffer_hearing":     {0.99, 0.66, 0.66, 0.93},
	"npr_morning_edition_yukon_river_fuel_barge_freeze_up":           {0.99, 0.9, 0.9, 0.99},
	"ourcommons_tran_evidence_kesagami_falls_air_service_cut":        {0.93, 0.96, 0.89, 0.99},
	"reddit_r_toronto_carlaw_junction_library_roof_closure":          {0.87, 0.94, 0.82, 0.99},
	"theskinny_qa_maeve_trelawny_linen_mill_album":                   {0.97, 0.99, 0.97, 0.99},
	"un_sc_record_gulf_of_guinea_corvina_star_hijacking":             {0.95, 0.99, 0.95, 0.99},
	"youtube_towpath_tales_hatherley_lock_flight_closure_transcript": {0.99, 0.96, 0.96, 0.99},
	// A forty-fourth batch, written by other hands, scored as they came.
	"aljazeera_interview_un_water_rapporteur_basra_salinity":          {0.97, 0.8, 0.79, 0.99},
	"anadolu_turkiye_foreign_ministry_conakry_cargo_crew_release":     {0.93, 0.59, 0.56, 0.85},
	"expresstribune_national_t20_cup_final_peshawar_karachi_whites":   {0.96, 0.79, 0.77, 0.99},
	"japantimes_osaka_court_delivery_driver_overwork_death_ruling":    {0.9, 0.89, 0.81, 0.99},
	"nation_amsterdam_marathon_chepkurui_jerotich_course_record":      {0.96, 0.99, 0.96, 0.99},
	"news24_polokwane_hospital_oncology_machine_backlog":              {0.96, 0.86, 0.83, 0.99},
	"rappler_mtrcb_x_rating_indie_film_lambat_appeal":                 {0.99, 0.64, 0.64, 0.99},
	"reuters_orrin_agri_cocoa_trade_finance_delay":                    {0.96, 0.92, 0.88, 0.79},
	"thehindu_coimbatore_council_property_tax_revision_walkout":       {0.99, 0.69, 0.69, 0.89},
	"xinhua_guizhou_landslide_rescue_huangping_village":               {0.99, 0.85, 0.85, 0.99},
	"abc_tarrawonga_community_pub_buyout_residents":                   {0.96, 0.79, 0.76, 0.87},
	"bbc_north_yorkshire_swale_weir_kayaker_inquest":                  {0.91, 0.63, 0.58, 0.99},
	"belfasttelegraph_drumcullen_quarry_extension_residents_dust":     {0.96, 0.79, 0.76, 0.77},
	"ctvnews_london_roofer_seniors_fraud_sentenced":                   {0.97, 0.91, 0.9, 0.99},
	"guardian_community_pharmacy_closures_commons_clash":              {0.9, 0.79, 0.72, 0.9},
	"irishindependent_kildare_camhs_waiting_list_parents":             {0.9, 0.86, 0.78, 0.87},
	"men_wigan_three_weekly_bin_collections_council_vote":             {0.95, 0.89, 0.85, 0.99},
	"mirror_dashcam_road_rage_van_driver_cyclist_jailed":              {0.95, 0.82, 0.79, 0.99},
	"odt_otago_southland_npc_late_lineout_drive":                      {0.93, 0.99, 0.93, 0.99},
	"scotsman_kelburn_rovers_inverallan_stoppage_time_equaliser":      {0.97, 0.89, 0.87, 0.99},
	"arstechnica_keyvane_smart_lock_bluetooth_replay_flaw":            {0.91, 0.7, 0.64, 0.79},
	"foxnews_coast_guard_rescue_alabama_shrimpers_capsized":           {0.95, 0.77, 0.74, 0.99},
	"ksl_ogden_duplex_shooting_neighbors_arrest":                      {0.97, 0.76, 0.74, 0.9},
	"nbcnews_waterpark_resort_ceo_podcast_crypto_remarks":             {0.96, 0.74, 0.71, 0.9},
	"politico_postal_rate_freeze_discharge_petition":                  {0.95, 0.99, 0.95, 0.99},
	"prnewswire_quillmark_payments_ledgerfold_acquisition":            {0.88, 0.99, 0.88, 0.99},
	"purdue_news_cover_crops_tile_drain_nitrate_study":                {0.91, 0.99, 0.91, 0.99},
	"texastribune_county_jail_air_conditioning_hearing":               {0.95, 0.89, 0.85, 0.77},
	"the19th_qa_nevada_labor_commissioner_pregnant_workers":           {0.93, 0.99, 0.93, 0.99},
	"theathletic_wild_blues_overtime_saarinen_winner":                 {0.94, 0.99, 0.94, 0.99},
	"cbsnews_face_the_nation_transcript_ohio_hospital_ransomware":     {0.95, 0.99, 0.95, 0.99},
	"govinfo_house_wild_horse_adoption_incentive_hearing":             {0.94, 0.99, 0.94, 0.99},
	"hansard_lords_music_instrument_loan_services":                    {0.84, 0.99, 0.84, 0.99},
	"inquiry_transcript_carrowmill_festival_footbridge_collapse_day7": {0.87, 0.99, 0.87, 0.99},
	"loksabha_zero_hour_stray_cattle_national_highways":               {0.91, 0.95, 0.86, 0.99},
	"otter_shelfwise_podcast_bookshop_rent_review":                    {0.94, 0.88, 0.84, 0.99},
	"seekingalpha_harrowden_modular_homes_q3_2025_earnings_call":      {0.97, 0.91, 0.89, 0.99},
	"skynews_live_metrolink_power_failure_commuters":                  {0.87, 0.71, 0.63, 0.99},
	"smithsonianmag_qa_great_lakes_freighter_logbooks":                {0.83, 0.82, 0.69, -0.01},
	"wsbtv_hall_county_sheriff_briefing_lake_lanier_missing_kayakers": {0.94, 0.99, 0.94, 0.99},
	// A forty-third batch, written by other hands after the forty-second's fixes, scored as they came.
	"abscbn_nueva_ecija_kagawad_ambush_senate_probe":                      {0.95, 0.41, 0.39, 0.70},
	"ap_kenya_lake_baringo_rising_water_schools":                          {0.99, 0.81, 0.81, 0.99},
	"dw_germany_swimming_pools_closing_children_cannot_swim":              {0.92, 0.99, 0.92, 0.99},
	"gulfnews_ajman_balcony_laundry_fines_residents":                      {0.91, 0.55, 0.50, 0.99},
	"irrawaddy_yangon_factories_rotating_power_days_blackouts":            {0.99, 0.24, 0.24, 0.99},
	"kyivindependent_shostka_drone_attack_heating_plant":                  {0.95, 0.90, 0.86, 0.99},
	"mailandguardian_nehawu_gauteng_hospitals_strike_interdict":           {0.96, 0.93, 0.90, 0.90},
	"reuters_indonesia_coal_quota_cut_traders":                            {0.89, 0.77, 0.69, 0.99},
	"scmp_lantau_cattle_motorcyclist_crash_relocation_call":               {0.96, 0.64, 0.62, 0.91},
	"timesofindia_karnataka_rtc_bus_fare_hike_row":                        {0.92, 0.53, 0.49, 0.99},
	"1news_waiharo_hauora_mobile_clinic_funding_ends":                     {0.99, 0.94, 0.94, 0.99},
	"bbc_yorkshire_knottingley_apprentice_killed_fleeing_driver_crash":    {0.92, 0.69, 0.64, 0.99},
	"cbc_north_nuvukjuaq_health_centre_emergency_only_nurses":             {0.96, 0.99, 0.96, 0.99},
	"dailystar_uk_golden_mile_sienna_rae_baby_shower_snub":                {0.96, 0.87, 0.84, 0.66},
	"guardian_sport_heselgrave_leicestershire_spinner_warehouse_comeback": {0.95, 0.94, 0.90, 0.74},
	"irishexaminer_knockanrea_farmer_aggravated_burglary_jailed":          {0.92, 0.46, 0.42, 0.99},
	"pressandjournal_sandlossie_harbour_silt_dredging_creel_boats":        {0.93, 0.99, 0.93, 0.99},
	"shropshirestar_inquest_roofer_barn_rooflight_fall_market_drayton":    {0.99, 0.99, 0.99, 0.99},
	"telegraph_primary_falling_rolls_merged_year_groups":                  {0.96, 0.87, 0.84, 0.99},
	"theage_city_loop_breakdown_commuters_stranded_tunnel":                {0.99, 0.99, 0.99, 0.99},
	"atlantic_profile_hydrologist_maren_truesdale_colorado":               {0.93, 0.64, 0.60, 0.85},
	"axios_richmond_pothole_311_complaints_record":                        {0.99, 0.74, 0.74, 0.99},
	"espn_kings_grizzlies_culpepper_duplantis_brothers":                   {0.97, 0.88, 0.86, 0.99},
	"kffhealthnews_iowa_birthing_unit_closure_roadside_delivery":          {0.99, 0.68, 0.68, 0.99},
	"miamiherald_lower_keys_ophira_fema_trailers_wait":                    {0.87, 0.52, 0.45, 0.99},
	"michigantech_snowpack_microplastics_keweenaw_nsf_study":              {0.95, 0.91, 0.87, 0.99},
	"nytimes_obituary_puppeteer_marguerite_lapeyrouse":                    {0.91, 0.87, 0.79, 0.85},
	"politico_florida_vacation_rental_preemption_senate_panel":            {0.99, 0.94, 0.94, 0.82},
	"wsbtv_riverdale_pizza_delivery_driver_shot_mother":                   {0.88, 0.74, 0.66, 0.85},
	"wsj_embercrest_heating_unit_sale_talks_ceo":                          {0.99, 0.79, 0.79, 0.99},
	"brennickbeacon_town_hall_fire_station_3_closure_transcript":          {0.93, 0.70, 0.65, 0.99},
	"cnet_liveblog_tamarin_kite_2_foldable_launch":                        {0.79, 0.85, 0.68, 0.85},
	"judiciary_truro_roofing_fraud_voyce_sentencing_remarks":              {0.51, 0.88, 0.45, 0.99},
	"landscapemanagement_qa_greenspire_robotic_mowers_wendlandt":          {0.98, 0.96, 0.94, 0.32},
	"npr_weekend_edition_louisiana_crawfish_dry_winter_duhon":             {0.99, 0.96, 0.96, 0.99},
	"orwellcreek_foods_q3_2025_earnings_call_transcript":                  {0.89, 0.99, 0.89, 0.99},
	"ourcommons_hansard_qp_nova_scotia_orchard_frost_agrirecovery":        {0.88, 0.95, 0.84, 0.99},
	"parliament_scitech_committee_veltra_999_outage_oral_evidence":        {0.94, 0.69, 0.66, 0.99},
	"reddit_iama_payette_fire_lookout_fourteen_summers":                   {0.95, 0.99, 0.95, 0.99},
	"vermont_governor_tourangeau_lamoille_flood_press_conference":         {0.94, 0.96, 0.91, 0.99},
	// A forty-second batch, written by other hands after the forty-first's fixes, scored as they came.
	"afp_peru_apurimac_copper_road_blockade_springs":                    {0.89, 0.99, 0.89, 0.99},
	"dailymaverick_kwadukuza_sewage_spills_beach_closures":              {0.95, 0.90, 0.86, 0.99},
	"dawn_ihc_maskeen_colony_katchi_abadi_demolition_stay":              {0.84, 0.87, 0.73, 0.99},
	"kyodo_sapporo_confectioner_expiry_date_relabeling_apology":         {0.99, 0.62, 0.62, 0.99},
	"politicoeu_pesticide_residue_import_ban_delay_meps":                {0.96, 0.79, 0.77, 0.99},
	"premiumtimes_enugu_ogbete_market_shops_demolition_traders":         {0.90, 0.78, 0.70, 0.89},
	"straitstimes_pab_pmd_battery_fires_charging_reply":                 {0.89, 0.66, 0.59, 0.99},
	"thenational_mohre_fake_emiratisation_fines_firms":                  {0.95, 0.79, 0.76, 0.99},
	"timesofindia_rohini_chain_snatching_bike_duo_held":                 {0.88, 0.74, 0.66, 0.99},
	"yonhap_presidential_office_no_reshuffle_before_chuseok":            {0.99, 0.99, 0.99, 0.61},
	"abc_gundabri_scar_tree_roadworks_wiradjuri_elder":                  {0.93, 0.39, 0.37, 0.89},
	"dailymail_hollinsbury_pensioners_garden_wall_bulldozed":            {0.97, 0.70, 0.69, 0.99},
	"globalnews_saskatchewan_tractor_gps_thefts_seeding_rcmp":           {0.96, 0.93, 0.90, 0.89},
	"guardian_interview_organ_builder_marjorie_carwardine":              {0.92, 0.89, 0.83, 0.99},
	"independent_avonmere_water_bailout_minister_sky_news":              {0.99, 0.86, 0.86, 0.85},
	"nzherald_steamers_npc_semifinal_tmo_coach_fury":                    {0.99, 0.95, 0.95, 0.99},
	"rte_finglas_scrambler_boy_injured_dail_garda_powers":               {0.99, 0.53, 0.53, 0.99},
	"smh_downing_centre_mclaren_eastern_distributor_magistrate":         {0.91, 0.99, 0.91, 0.99},
	"thetimes_coppergate_inns_profit_warning_chief_executive":           {0.97, 0.84, 0.82, 0.89},
	"walesonline_prince_charles_hospital_trolley_wait_grandmother":      {0.95, 0.61, 0.59, 0.85},
	"bostonglobe_brockton_school_closure_budget_gap_union":              {0.99, 0.92, 0.92, 0.99},
	"cnn_roarke_floor_speech_west_virginia_flood_declaration":           {0.99, 0.94, 0.94, 0.99},
	"latimes_lake_tuolana_toxic_bloom_hitch_die_off_tribe":              {0.94, 0.94, 0.88, 0.99},
	"lubbockaj_frenship_lubbock_cooper_overtime_rencher":                {0.94, 0.99, 0.94, 0.99},
	"npr_atc_norvik_minnesota_volunteer_ambulance_closing":              {0.99, 0.99, 0.99, 0.99},
	"nypost_bronx_bodega_worker_stabbed_chips_commissioner":             {0.99, 0.71, 0.71, 0.99},
	"propublica_msha_quarry_silica_dust_samples_voided":                 {0.99, 0.77, 0.77, 0.90},
	"techcrunch_plotwise_permit_portal_blueprints_exposed":              {0.99, 0.92, 0.92, 0.87},
	"usatoday_wrenly_kindra_car_seat_harness_recall":                    {0.99, 0.49, 0.49, 0.70},
	"washingtonpost_odenton_transfer_station_hearing":                   {0.99, 0.77, 0.77, 0.99},
	"chartingafterdark_podcast_staffing_ratio_law_transcript":           {0.95, 0.99, 0.95, 0.49},
	"cnn_sotu_transcript_michigan_governor_ice_storm_outages":           {0.99, 0.90, 0.90, 0.99},
	"coralwing_aviation_2025_agm_transcript":                            {0.93, 0.79, 0.74, 0.99},
	"courtfiling_skyward_bounce_trampoline_deposition_excerpt":          {0.98, 0.96, 0.94, 0.99},
	"govinfo_senate_epw_small_systems_lead_service_lines_hearing":       {0.97, 0.99, 0.97, 0.99},
	"lancstelegraph_stoneclough_grabarczyk_press_conference_transcript": {0.90, 0.87, 0.79, 0.74},
	"merrowpoint_council_minutes_harbourfront_boardwalk_closure":        {0.99, 0.39, 0.39, 0.93},
	"parliamentscot_official_report_topical_ochil_links_bus_withdrawal": {0.91, 0.91, 0.83, 0.99},
	"parlinfo_senate_estimates_bom_coolabah_ridge_radar_outage":         {0.96, 0.99, 0.96, 0.99},
	"seattletimes_qa_ferries_chief_delia_brackstone":                    {0.90, 0.95, 0.86, 0.99},
	// A forty-first batch, written by other hands after the fortieth's fixes, scored as they came.
	"aljazeera_tunisia_cap_bon_nightly_water_cuts":                   {0.94, 0.68, 0.64, 0.99},
	"ap_maine_island_ferry_outage_governor_review":                   {0.99, 0.87, 0.87, 0.61},
	"bloomberg_aurelund_hearing_aid_recall_us_shares":                {0.99, 0.99, 0.99, 0.59},
	"cyprusmail_larnaca_kiosk_licence_bribes_sentence":               {0.99, 0.59, 0.59, 0.87},
	"globaltimes_mofcom_argentina_electric_fan_duties":               {0.99, 0.74, 0.74, 0.89},
	"japantimes_food_access_survey_shimane_mobile_supermarket":       {0.95, 0.90, 0.86, 0.99},
	"rappler_navotas_fish_port_vendors_relocation":                   {0.99, 0.64, 0.64, 0.99},
	"reuters_selvara_marine_profit_warning_tanker_unit":              {0.96, 0.92, 0.88, 0.85},
	"thehindu_thanjavur_paddy_procurement_centre_backlog":            {0.99, 0.89, 0.89, 0.89},
	"vanguard_kwara_ilota_village_head_appointment_row":              {0.96, 0.07, 0.07, 0.99},
	"claycellar_podcast_otter_clay_supplier_closure":                 {0.98, 0.99, 0.98, 0.99},
	"courttranscript_osprey_cove_marina_sunk_sloop_trial":            {0.98, 0.99, 0.98, 0.99},
	"fool_highcairn_mountain_resorts_q1_2026_earnings_call":          {0.92, 0.99, 0.92, 0.99},
	"hansard_commons_uq_thermaseal_insulation_collapse":              {0.92, 0.87, 0.80, 0.99},
	"irishtimes_liveblog_galway_west_byelection_count":               {0.91, 0.49, 0.45, 0.99},
	"lockhaven_council_transcript_plate_reader_cameras":              {0.98, 0.92, 0.90, 0.99},
	"outside_yukon_canoe_record_oudekerk_qa":                         {0.94, 0.96, 0.91, 0.99},
	"rnz_morning_report_wairoa_birthing_unit_nights":                 {0.97, 0.99, 0.97, 0.99},
	"wbir_presser_knox_county_school_swatting_arrest":                {0.95, 0.78, 0.75, 0.66},
	"whitehouse_briefing_pellwood_formula_recall":                    {0.92, 0.92, 0.85, 0.99},
	"bbcsport_ashworth_kingsmere_carbis_debut_winner":                {0.96, 0.99, 0.96, 0.99},
	"brisbanetimes_winderra_flood_premier_levee_evacuation":          {0.97, 0.88, 0.86, 0.99},
	"bristolpost_st_anselms_road_tip_closure_vote":                   {0.99, 0.87, 0.87, 0.99},
	"cbc_vanier_francophone_seniors_day_program_closure":             {0.96, 0.99, 0.96, 0.99},
	"edp_north_elmham_cyclist_death_van_driver_jailed":               {0.99, 0.95, 0.95, 0.82},
	"guardian_longread_cresswick_scougall_fishing_family":            {0.96, 0.70, 0.67, 0.82},
	"mirror_saffron_dellamere_drink_drive_ban":                       {0.90, 0.93, 0.84, 0.99},
	"scotsman_tarsay_dental_practice_closure_holyrood":               {0.97, 0.84, 0.82, 0.74},
	"stuff_wharangi_spit_pilot_whale_stranding_iwi":                  {0.99, 0.99, 0.99, 0.99},
	"thejournal_connemara_ionad_pobail_fire_gardai":                  {0.99, 0.85, 0.85, 0.99},
	"ars_tesselink_orbit_mesh_router_update_bricked":                 {0.99, 0.63, 0.63, 0.99},
	"consumerreports_air_fryer_basket_coating_peeling_complaints":    {0.92, 0.92, 0.85, 0.99},
	"espn_app_state_james_madison_double_overtime":                   {0.97, 0.99, 0.97, 0.99},
	"ksdk_hillsboro_neighbor_fire_rescue_arson_arrest":               {0.99, 0.88, 0.88, 0.74},
	"nytimes_sunset_park_rooftop_pigeon_coops_sale":                  {0.97, 0.83, 0.81, 0.99},
	"oregonlive_gresham_police_dog_bite_backyard_lawsuit":            {0.92, 0.99, 0.92, 0.74},
	"politico_blocked_rail_crossings_bill_senate_holdout":            {0.99, 0.93, 0.93, 0.88},
	"pressherald_obituary_peg_drinkwater_stonington_lobster_captain": {0.92, 0.52, 0.48, 0.99},
	"prnewswire_norhaven_cold_logistics_greenmarch_partnership":      {0.99, 0.99, 0.99, 0.99},
	"sciencenews_chorus_frogs_vineyard_frost_fans_pitch":             {0.99, 0.99, 0.99, 0.74},
	// A fortieth batch, written by other hands after the thirty-ninth's fixes (AFP, The Hindu, CNA, the South China Morning Post, Nikkei Asia, The Jakarta Post, Arab News, the Daily Nation, Premium Times, DW; The Guardian, the Mirror, the Evening Standard, the Liverpool Echo, the Irish Independent, The Sydney Morning Herald, ABC, RNZ, The Globe and Mail, the Edmonton Journal; The Wall Street Journal, the Los Angeles Times, Axios, AP, NBC News, The Athletic, Reuters, a sheriff's release, the Houston Chronicle, STAT; Canada's question period, Senate estimates, a court live blog, a PBS interview, a Fortune Q&A, a police news conference, a tennis press conference, a talkback, school board minutes, a podcast),
	// scored as they came.
	"afp_barrons_kyrgyz_crypto_miners_winter_blackouts":                    {0.90, 0.94, 0.85, 0.99},
	"arabnews_riyadh_rare_disease_registry_forum":                          {0.93, 0.64, 0.59, 0.99},
	"cna_punggol_tengah_autonomous_bus_routes_expand":                      {0.94, 0.99, 0.94, 0.92},
	"dw_lower_saxony_amateur_referees_strike_assault":                      {0.92, 0.94, 0.87, 0.99},
	"jakartapost_karawang_citarum_overflow_floods_evacuees":                {0.97, 0.70, 0.68, 0.99},
	"nation_kericho_tea_pluckers_strike_machines":                          {0.96, 0.92, 0.89, 0.91},
	"nikkei_cambodia_bicycle_makers_eu_circumvention_probe":                {0.97, 0.77, 0.75, 0.99},
	"premiumtimes_taraba_university_fee_hike_protest_shutdown":             {0.94, 0.61, 0.57, 0.81},
	"scmp_gondola_collapse_contractor_manslaughter_jailed":                 {0.87, 0.88, 0.76, 0.85},
	"thehindu_odisha_panchayat_polls_delay_walkout":                        {0.97, 0.99, 0.97, 0.99},
	"abc_yarragup_brook_bushfire_homes_lost":                               {0.99, 0.89, 0.89, 0.9},
	"edmontonjournal_calder_ridge_mayor_hand_count_recount":                {0.99, 0.81, 0.81, 0.85},
	"globeandmail_saskatchewan_wetland_drainage_flooding_dispute":          {0.99, 0.72, 0.72, 0.91},
	"guardian_severnmouth_gynaecology_waiting_list":                        {0.93, 0.86, 0.81, 0.99},
	"irishindependent_tullyvarren_breheny_brothers_ail_final":              {0.97, 0.88, 0.86, 0.99},
	"liverpoolecho_connor_tunnicliffe_mossbank_quarry_inquest":             {0.96, 0.81, 0.78, 0.99},
	"mirror_tiegan_mulhearn_grow_off_sugarglass_interview":                 {0.98, 0.96, 0.94, 0.66},
	"rnz_wellington_bus_drivers_strike_split_shifts":                       {0.96, 0.66, 0.64, 0.99},
	"smh_cardwell_heights_public_school_closure":                           {0.95, 0.81, 0.78, 0.99},
	"standard_ferrandino_brothers_fake_festival_tickets_jailed":            {0.97, 0.99, 0.97, 0.85},
	"ap_wyoming_property_tax_cap_veto_override":                            {0.97, 0.84, 0.82, 0.99},
	"athletic_sabres_equipment_manager_wolniewicz_retires":                 {0.92, 0.55, 0.51, 0.99},
	"axios_twin_cities_skyway_hours_cut":                                   {0.96, 0.71, 0.68, 0.99},
	"houstonchronicle_kerrwood_acres_concrete_batch_plant_permit":          {0.93, 0.86, 0.80, 0.85},
	"latimes_paloma_seca_canyon_second_exit_road":                          {0.98, 0.85, 0.83, 0.99},
	"nbcnews_calverline_911_outage_six_states":                             {0.97, 0.90, 0.88, 0.88},
	"reuters_house_panel_subpoena_trellmark_fema_trailers":                 {0.97, 0.82, 0.79, 0.99},
	"sheriff_calder_county_grandparent_scam_couriers_arrested":             {0.91, 0.62, 0.57, 0.66},
	"statnews_tidewell_home_hemodialysis_fda_clearance":                    {0.97, 0.95, 0.92, 0.69},
	"wsj_casket_maker_pews_urns_pivot":                                     {0.97, 0.91, 0.89, 0.74},
	"asapsports_pinecrest_indoor_doubles_final_verhaeghe_rostami_holt":     {0.98, 0.96, 0.94, 0.99},
	"boarddocs_osage_bend_r4_minutes_four_day_week_public_comment":         {0.99, 0.61, 0.61, 0.90},
	"fortune_ridgeline_elevator_ceo_kalvaitis_interview":                   {0.81, 0.95, 0.77, 0.74},
	"ministers_transcript_abc_radio_darwin_centrelink_wait_times_talkback": {0.82, 0.83, 0.68, 0.00},
	"ourcommons_hansard_qp_northern_food_subsidy_retailers":                {0.89, 0.99, 0.89, 0.99},
	"parlinfo_senate_estimates_biosecurity_detector_dog_teams":             {0.92, 0.99, 0.92, 0.99},
	"pbsnewshour_court_interpreter_shortage_mayan_languages":               {0.90, 0.92, 0.84, 0.99},
	"prizemarrow_podcast_cwmderwen_show_leek_slashing_transcript":          {0.92, 0.99, 0.92, 0.99},
	"teessidelive_crown_court_theory_test_impostor_trial_live":             {0.94, 0.46, 0.44, 0.74},
	"wjhl_holston_ridge_check_washing_ring_arrests_news_conference":        {0.95, 0.83, 0.79, 0.66},
	// A thirty-ninth batch, written by other hands (Reuters, Kyodo, Dawn, The Straits Times, the Philippine Daily Inquirer, The Korea Herald, The Times of Israel, Gulf News, The Star (Kenya), RTÉ; the Daily Mail, The Sun, The Irish Times, The Scotsman, the Belfast Telegraph, The Age, the New Zealand Herald, CBC, the Toronto Star, a Manchester Evening News live blog; Politico, WFAA, The New York Times, ESPN, Bloomberg, Wired, a university release, a Washington Post obituary, The Oregonian, Chalkbeat; a governor's briefing, the Lords' Hansard, a Senate hearing, a podcast, a magazine Q&A, an NPR interview, a football press conference, an earnings call, a sentencing hearing, council public comment),
	// scored as they came.
	"dawn_peshawar_polio_campaign_refusals":                                       {0.85, 0.99, 0.85, 0.90},
	"gulfnews_uae_flu_vaccine_pharmacy_shortage":                                  {0.94, 0.68, 0.64, 0.89},
	"inquirer_la_union_beach_eco_fee_ordinance":                                   {0.94, 0.73, 0.69, 0.99},
	"koreaherald_neulbom_after_school_care_teacher_duties":                        {0.93, 0.85, 0.79, 0.99},
	"kyodo_nagoya_high_court_vietnamese_intern_wages":                             {0.90, 0.85, 0.77, 0.99},
	"reuters_rubber_futures_thai_leaf_disease":                                    {0.92, 0.99, 0.92, 0.99},
	"rte_gaeltacht_summer_colleges_host_family_shortage":                          {0.97, 0.88, 0.86, 0.99},
	"straitstimes_johor_strait_plankton_bloom_fish_farms":                         {0.97, 0.88, 0.85, 0.92},
	"thestar_kenya_cross_country_trials_eldoret":                                  {0.96, 0.79, 0.77, 0.99},
	"timesofisrael_ramon_airport_flight_cuts_eilat":                               {0.97, 0.89, 0.87, 0.99},
	"belfasttelegraph_gaa_club_treasurer_theft_jailed":                            {0.97, 0.71, 0.70, 0.99},
	"cbc_shediac_waterfront_condo_rezoning_vote":                                  {0.95, 0.95, 0.91, 0.99},
	"dailymail_inquest_sepsis_mother_sent_home_twice":                             {0.98, 0.67, 0.66, 0.99},
	"irishtimes_bovine_tb_cavan_herd_history_marts":                               {0.93, 0.99, 0.93, 0.99},
	"men_live_storm_corwen_greater_manchester":                                    {0.96, 0.75, 0.73, 0.99},
	"nzherald_waitara_tornado_roofs_ripped":                                       {0.97, 0.90, 0.88, 0.99},
	"scotsman_golf_imlach_playoff_win_algarve":                                    {0.94, 0.87, 0.82, 0.99},
	"theage_school_zone_redraw_northcote_families":                                {0.95, 0.79, 0.75, 0.99},
	"thesun_tv_chef_zero_hygiene_rating_brighton":                                 {0.95, 0.77, 0.73, 0.99},
	"torontostar_keziah_bramwell_upset_national_bank_open":                        {0.93, 0.77, 0.72, 0.74},
	"bloomberg_bright_acre_markets_sable_point_sale_talks":                        {0.96, 0.99, 0.96, 0.82},
	"chalkbeat_colorado_lumenstride_tutoring_invoices_emails":                     {0.95, 0.86, 0.82, 0.79},
	"cimarron_state_university_press_release_prairie_fungus_drought":              {0.92, 0.99, 0.92, 0.99},
	"espn_nhl_kraken_predators_rautiola_ot_winner":                                {0.97, 0.99, 0.97, 0.66},
	"nyt_catskills_cooperage_apprentices_barrel_shortage":                         {0.96, 0.88, 0.85, 0.99},
	"oregonian_gresham_tow_operator_extortion_sentenced":                          {0.92, 0.78, 0.73, 0.82},
	"politico_senate_controller_academy_rider_standoff":                           {0.97, 0.91, 0.89, 0.85},
	"washingtonpost_obituary_dolores_hammarlund_insect_zoo":                       {0.92, 0.70, 0.65, 0.99},
	"wfaa_mckinney_hail_roofer_deposits_vanished":                                 {0.88, 0.78, 0.69, 0.49},
	"wired_auralis_hearing_aid_firmware_rollback":                                 {0.93, 0.57, 0.53, 0.59},
	"asapsports_us_open_cup_semifinal_piedmont_athletic_postgame":                 {0.88, 0.99, 0.88, 0.99},
	"guardian_interview_ocularist_elspeth_voorhoeve_painted_eyes":                 {0.84, 0.85, 0.71, 0.99},
	"hansard_lords_rural_mobile_notspots_oral_question":                           {0.87, 0.99, 0.87, 0.99},
	"investing_lanternlight_cinemas_q3_2025_earnings_call_transcript":             {0.93, 0.99, 0.93, 0.99},
	"npr_morning_edition_sandhills_one_room_school_reopens":                       {0.91, 0.95, 0.86, 0.99},
	"oregongov_transcript_saldivar_statewide_911_outage_briefing":                 {0.92, 0.90, 0.84, 0.99},
	"orringtonfallsoh_council_transcript_curbside_glass_recycling_public_comment": {0.90, 0.92, 0.83, 0.99},
	"spokesman_transcript_laser_strike_medevac_helicopter_sentencing":             {0.86, 0.82, 0.71, 0.49},
	"techpolicypress_transcript_senate_aging_voice_clone_scams_hearing":           {0.83, 0.87, 0.73, 0.00},
	"townsquareconfidential_podcast_cemetery_space_crunch_transcript":             {0.87, 0.71, 0.62, 0.99},
	// A thirty-eighth batch, written by other hands (AFP, Xinhua, The Indian Express, the Bangkok Post, The Japan Times, The National, Daily Maverick, The Citizen, Al Jazeera, Euronews; Chronicle Live, the Express, the Press and Journal, WalesOnline, TheJournal.ie, The Independent, Sky News, The Daily Telegraph (Sydney), the Brisbane Times, Stuff; USA Today, the San Francisco Chronicle, The Texas Tribune, the Miami Herald, MarketWatch, a long feature, TechCrunch, AP baseball, Scientific American, a police release; a CNN transcript, a Commons debate, the Senedd's record, council minutes, a basketball press conference, a newspaper Q&A, a talkback, a WHO press conference, an investor webinar, a deposition),
	// scored as they came.
	"afp_asuncion_paraguay_river_record_low_barges":                  {0.9, 0.69, 0.63, 0.99},
	"aljazeera_explainer_tajikistan_uzbekistan_zarafshan_dam":        {0.95, 0.66, 0.63, 0.99},
	"bangkokpost_rice_exporters_cut_target_strong_baht":              {0.95, 0.99, 0.95, 0.89},
	"dailymaverick_tshwane_bus_drivers_strike_labour_court":          {0.96, 0.83, 0.80, 0.99},
	"euronews_meps_letter_disposable_vape_ban_commission":            {0.93, 0.78, 0.73, 0.88},
	"indianexpress_mp_assembly_fertiliser_queues_walkout":            {0.84, 0.49, 0.42, 0.82},
	"japantimes_jr_west_yamabuki_line_bus_conversion_governor":       {0.96, 0.92, 0.89, 0.85},
	"thecitizen_mtwara_cashew_farmers_payment_delays":                {0.89, 0.99, 0.89, 0.99},
	"thenational_dubai_villa_padel_court_noise_curfew":               {0.88, 0.99, 0.88, 0.77},
	"xinhua_rural_elderly_village_canteens_scio_briefing":            {0.83, 0.79, 0.66, 0.99},
	"brisbanetimes_wattlebrae_bikeway_parking_removal_council_row":   {0.94, 0.58, 0.55, 0.92},
	"chroniclelive_elswick_dene_community_centre_sale_row":           {0.95, 0.91, 0.87, 0.9},
	"dailytelegraph_cronulla_surf_rage_grommet_board_attack_court":   {0.97, 0.79, 0.77, 0.99},
	"express_weather_heat_dome_34c_hosepipe_warning":                 {0.94, 0.68, 0.64, 0.87},
	"independent_young_carers_skipping_meals_report":                 {0.93, 0.76, 0.71, 0.82},
	"pressandjournal_peterhead_skippers_mackerel_quota_cut":          {0.97, 0.94, 0.92, 0.99},
	"skynews_kettlebeck_flash_flood_residents_rescued":               {0.92, 0.94, 0.88, 0.99},
	"stuff_southland_spring_snow_lamb_losses_farmers":                {0.97, 0.9, 0.88, 0.99},
	"thejournal_gaa_referee_assault_junior_final_suspended_sentence": {0.93, 0.93, 0.87, 0.99},
	"walesonline_pontrhydygwern_village_school_closure_consultation": {0.94, 0.74, 0.7, 0.99},
	"ap_mlb_guardians_royals_rookie_walkoff_eleventh":                {0.99, 0.99, 0.99, 0.74},
	"marketwatch_stocks_fall_yields_jump_chipmaker_guidance":         {0.96, 0.99, 0.96, 0.99},
	"miamiherald_condo_treasurer_sentenced_reserve_fund_theft":       {0.90, 0.66, 0.60, 0.90},
	"policenews_fairhaven_heights_crossing_guard_hit_and_run_arrest": {0.91, 0.72, 0.66, 0.99},
	"sciam_lyme_early_blood_test_host_response_study":                {0.94, 0.74, 0.7, 0.9},
	"sfchronicle_sonoma_growers_smoke_taint_claims_denied":           {0.97, 0.83, 0.81, 0.99},
	"techcrunch_furrowline_soil_robot_series_b_cofounder_suit":       {0.99, 0.93, 0.93, 0.99},
	"texastribune_orphan_wells_plugging_backlog_hearing":             {0.97, 0.99, 0.97, 0.85},
	"theatlantic_bookmobile_last_route_harlow_county":                {0.97, 0.77, 0.75, 0.59},
	"usatoday_lifeguard_shortage_pools_cut_hours":                    {0.97, 0.78, 0.76, 0.84},
	"abcradiohobart_talkback_visitor_bed_levy_callers":               {0.82, 0.94, 0.78, 0.49},
	"asapsports_ncaaw_tarrant_valley_state_postgame_upset":           {0.92, 0.91, 0.84, 0.99},
	"caldersprings_council_minutes_short_term_rental_cap_hearing":    {0.99, 0.59, 0.59, 0.99},
	"cnn_transcript_marlow_junction_chlorine_derailment":             {0.9, 0.94, 0.85, 0.99},
	"deposition_excerpt_dispatcher_hours_of_service_truck_crash":     {0.93, 0.99, 0.93, 0.99},
	"hansard_commons_adjournment_post16_school_transport_charges":    {0.89, 0.99, 0.89, 0.99},
	"irishtimes_qa_peatland_ecologist_rewetting_midlands":            {0.82, 0.89, 0.73, 0.99},
	"kestrelvolt_interim_results_investor_webinar_transcript":        {0.9, 0.89, 0.81, 0.99},
	"senedd_record_oq_rural_school_closures_ceredigion":              {0.86, 0.99, 0.86, 0.99},
	"who_press_conference_transcript_antivenom_supply_report":        {0.92, 0.94, 0.88, 0.99},
	// A thirty-seventh batch, written by other hands (Reuters, AP, Bloomberg, Dawn, The Straits Times, the South China Morning Post, Nation Africa, Premium Times, Gulf News, the Global Times; The Guardian, The Times, the Mirror, RTÉ, BBC Sport, ABC, The Age, RNZ, CBC, The Globe and Mail; a local TV station, NPR, The Hill, Axios, ESPN, Ars Technica, Space.com, Variety, a press release, ProPublica; a magazine Q&A, a print interview, a House hearing, a select committee, an earnings call, a podcast, an NPR transcript, a police media conference, a court transcript, a live blog),
	// scored as they came.
	"ap_nebraska_village_nitrate_water_vote":                      {0.94, 0.99, 0.94, 0.85},
	"bloomberg_ringgit_best_month_bond_inflows":                   {0.95, 0.83, 0.79, 0.99},
	"dawn_senate_panel_wheat_import_audit":                        {0.96, 0.53, 0.51, 0.99},
	"globaltimes_fm_briefing_australia_lithium_stake_blocked":     {0.99, 0.74, 0.74, 0.99},
	"gulfnews_dubai_gold_record_jewellery_buyers_switch":          {0.96, 0.57, 0.55, 0.87},
	"nation_embu_mcas_impeach_health_cec":                         {0.95, 0.81, 0.78, 0.99},
	"premiumtimes_niger_mariga_farmers_abduction_rep_blames_govt": {0.88, 0.91, 0.81, 0.99},
	"reuters_dhaka_garment_wage_board_stall":                      {0.96, 0.86, 0.83, 0.99},
	"scmp_legco_district_care_teams_funding_row":                  {0.86, 0.69, 0.59, 0.99},
	"straitstimes_tipper_truck_cyclist_death_tampines_jail":       {0.95, 0.69, 0.66, 0.99},
	"abc_merrigal_abattoir_closure_workers_cattle":                {0.97, 0.91, 0.89, 0.91},
	"bbcsport_fa_cup_dunmarsh_town_ashcombe_city_upset":           {0.97, 0.89, 0.87, 0.99},
	"cbc_piyesiw_creek_potash_permits_checkpoint":                 {0.97, 0.82, 0.80, 0.84},
	"globeandmail_hearthwood_home_ccaa_store_closures":            {0.94, 0.87, 0.82, 0.99},
	"guardian_planning_bill_grey_belt_rebellion":                  {0.92, 0.94, 0.88, 0.87},
	"mirror_blackburn_mum_of_two_nativity_crash_tributes":         {0.92, 0.61, 0.57, 0.99},
	"rnz_pukohu_harbour_wastewater_consent_iwi":                   {0.97, 0.55, 0.54, 0.90},
	"rte_tipperary_slurry_gas_farmer_inquest":                     {0.94, 0.77, 0.74, 0.99},
	"theage_northern_orbital_tunnel_cost_blowout_auditor":         {0.97, 0.84, 0.82, 0.99},
	"times_wychwood_water_brinsbury_brook_fish_kill_fine":         {0.97, 0.86, 0.84, 0.92},
	"ars_perchway_canopy_router_remote_admin":                     {0.96, 0.81, 0.78, 0.91},
	"axios_ridgeline_air_pilots_strike_vote":                      {0.96, 0.99, 0.96, 0.99},
	"espn_bears_vorhees_kimbrough_four_interceptions":             {0.97, 0.94, 0.92, 0.99},
	"npr_morning_edition_ruby_valley_labor_delivery":              {0.96, 0.99, 0.96, 0.99},
	"prnewswire_veradyne_electric_school_bus_plant_georgia":       {0.99, 0.99, 0.99, 0.99},
	"propublica_coosa_ridge_landfill_leachate_emails":             {0.96, 0.86, 0.83, 0.9},
	"spacecom_gaia25ckx_ringed_companion_dimming":                 {0.96, 0.93, 0.9, 0.99},
	"thehill_senate_gop_faa_stopgap_split":                        {0.97, 0.7, 0.68, 0.99},
	"variety_paleyfest_harrow_point_marr_exit":                    {0.89, 0.83, 0.74, 0.99},
	"whkt_brookhaven_elementary_roof_board_vote":                  {0.96, 0.81, 0.78, 0.87},
	"court_transcript_tamarack_county_dangerous_dog_appeal":       {0.98, 0.97, 0.96, 0.99},
	"govinfo_house_grain_elevator_dust_explosion_hearing":         {0.93, 0.82, 0.76, 0.99},
	"men_live_oldham_hartshead_mill_fire":                         {0.97, 0.7, 0.68, 0.99},
	"npr_weekend_edition_new_mexico_last_pharmacy_closes":         {0.9, 0.94, 0.85, 0.99},
	"parliament_select_committee_coastal_dentistry_oral_evidence": {0.92, 0.99, 0.92, 0.99},
	"qps_media_conference_hervey_bay_missing_fisherman":           {0.95, 0.79, 0.75, 0.99},
	"seekingalpha_brightwater_pet_nutrition_q2_earnings_call":     {0.95, 0.99, 0.95, 0.99},
	"slowlane_podcast_ebike_battery_fires_transcript":             {0.91, 0.99, 0.91, 0.99},
	"spiegel_interview_rhine_low_water_barges":                    {0.97, 0.99, 0.97, 0.99},
	"texasmonthly_qa_pitmaster_post_oak_shortage":                 {0.91, 0.86, 0.79, 0.99},
	// A thirty-sixth batch, written by other hands (Reuters, AFP, AP, DPA, ANI, Xinhua, Anadolu, Kyodo, RFI, DW; The Sun, the Daily Mail, the Daily Record, the Liverpool Echo, the Birmingham Mail, the Yorkshire Post, the Belfast Telegraph, the Irish Mirror, the i, a Devon weekly; The New York Times, The Washington Post, The Wall Street Journal, Politico Europe, AP, CNN, Bloomberg, Business Insider, the Arizona Republic, the Chicago Tribune; a White House briefing, PMQs, a court record, a podcast, a phone-in, a Sunday show, a Senate hearing, a magazine Q&A, a police press conference, a tennis press conference),
	// scored as they came.
	"afp_potosi_cerro_rico_cooperative_mine_collapse":             {0.9, 0.93, 0.84, 0.87},
	"anadolu_skopje_teachers_pay_rally_strike_threat":             {0.93, 0.93, 0.87, 0.99},
	"ani_shivamogga_kyasanur_forest_disease_cases_rise":           {0.92, 0.91, 0.84, 0.99},
	"ap_georgia_kvirila_river_floods_zestafoni":                   {0.99, 0.93, 0.93, 0.81},
	"dpa_german_swimming_federation_head_coach_sacking_row":       {0.99, 0.94, 0.94, 0.99},
	"dw_german_minister_caucasus_peace_treaty_push":               {0.97, 0.66, 0.64, 0.90},
	"kyodo_japan_bangladesh_epa_talks_auto_parts_stall":           {0.99, 0.69, 0.69, 0.99},
	"reuters_malawi_runoff_tally_audit_demand":                    {0.93, 0.59, 0.56, 0.89},
	"rfi_senegal_supreme_court_cayar_fishmeal_factory_closure":    {0.9, 0.92, 0.83, 0.99},
	"xinhua_khiva_madrasah_chinese_uzbek_restoration":             {0.88, 0.91, 0.81, 0.87},
	"belfasttelegraph_killyleagh_glamping_pods_planning_row":      {0.96, 0.88, 0.85, 0.99},
	"birminghammail_walsall_councillor_allowances_library_row":    {0.97, 0.86, 0.85, 0.99},
	"dailymail_leylandii_weedkiller_feud_pensioner":               {0.98, 0.99, 0.98, 0.99},
	"dailyrecord_renfrew_rovers_dunleavy_board_embargo":           {0.97, 0.73, 0.71, 0.99},
	"inews_lincolnshire_wolds_rural_bus_cuts":                     {0.98, 0.92, 0.90, 0.99},
	"irishmirror_limerick_charity_minibus_torched":                {0.91, 0.64, 0.59, 0.99},
	"liverpoolecho_wavertree_cat_found_aberdeen_removal_van":      {0.89, 0.94, 0.84, 0.99},
	"northdevongazette_hollacombe_moor_primary_closure":           {0.96, 0.91, 0.88, 0.99},
	"thesun_marnie_quayle_panic_attack_stage":                     {0.93, 0.73, 0.69, 0.61},
	"yorkshirepost_harrogate_childrens_ward_overnight_closure":    {0.97, 0.9, 0.88, 0.82},
	"ap_senate_rural_mail_delivery_bill":                          {0.99, 0.83, 0.83, 0.99},
	"azcentral_esa_voucher_spot_audit_bill":                       {0.99, 0.88, 0.88, 0.99},
	"bloomberg_ventresca_skyreach_ground_station_deal":            {0.94, 0.99, 0.94, 0.79},
	"businessinsider_ledgerly_ai_performance_reviews":             {0.93, 0.73, 0.69, 0.91},
	"chicagotribune_speed_camera_expansion_budget_fight":          {0.99, 0.99, 0.99, 0.99},
	"cnn_house_ethics_portugal_trip_probe":                        {0.95, 0.83, 0.79, 0.85},
	"nytimes_va_inspector_general_nominee":                        {0.99, 0.69, 0.69, 0.84},
	"politicoeu_heavy_truck_weights_directive_deadlock":           {0.97, 0.89, 0.87, 0.99},
	"wapo_louisiana_dialysis_inspection_backlog":                  {0.97, 0.86, 0.84, 0.99},
	"wsj_harrowgate_specialty_pharmacy_sale":                      {0.99, 0.99, 0.99, 0.99},
	"abc_ballarat_home_invasion_police_press_conference":          {0.95, 0.86, 0.83, 0.66},
	"asapsports_charleston_open_kostelnik_qf_comeback":            {0.96, 0.96, 0.92, 0.99},
	"bbc_sunday_hawtrey_tregarthen_hosepipe_ban_reservoirs":       {0.89, 0.92, 0.82, 0.99},
	"bbcradionorfolk_phonein_self_checkout_staffed_tills":         {0.93, 0.96, 0.89, 0},
	"gardenandgun_qa_lucien_guidry_cypress_root_decoys":           {0.89, 0.95, 0.85, 0.99},
	"govinfo_senate_ag_rural_veterinarian_shortage_hearing":       {0.93, 0.99, 0.93, 0.99},
	"hansard_commons_pmqs_energy_standing_charges":                {0.84, 0.91, 0.77, 0.99},
	"objectionnoted_podcast_padel_court_noise_neighbours":         {0.9, 0.99, 0.9, 0.99},
	"transcript_kitsap_superior_pelletreau_boathouse_arson_trial": {0.96, 0.99, 0.96, 0.99},
	"whitehouse_briefing_soo_locks_poe_gate_failure":              {0.94, 0.97, 0.92, 0.99},
	// A thirty-fifth batch, written by other hands (WBUR, CalMatters, the Kansas City Star, AP, KARE 11, a county's release, a student paper, The Seattle Times, AL.com, the Navajo Times; football, cricket, rugby, basketball, tennis and golf reports, a film festival, a music and a books interview, a TV review; Science, The BMJ, a hospital's release, Wired, TechCrunch, the FT, Reuters, FreightWaves, Inside Climate News, Farmers Weekly; Hansard, a Lok Sabha report, a CNN transcript, an AMA, an earnings call, a UN briefing, the Buenos Aires Times, Haaretz, the Khaleej Times, a newsletter),
	// scored as they came.
	"aldotcom_walker_county_water_authority_bookkeeper_sentenced": {0.97, 0.99, 0.97, 0.99},
	"ap_new_mexico_acequia_repair_fund":                           {0.99, 0.86, 0.86, 0.99},
	"calmatters_schoolyard_shade_heat_bill":                       {0.99, 0.99, 0.99, 0.88},
	"dailytexan_university_apartments_rent_increase":              {0.99, 0.84, 0.84, 0.99},
	"kansascitystar_jackson_county_assessment_appeals_backlog":    {0.99, 0.63, 0.63, 0.99},
	"kare11_st_cloud_ice_arena_roof_truss_closure":                {0.96, 0.86, 0.83, 0.99},
	"navajotimes_water_hauling_trucks_emergency_funding":          {0.94, 0.81, 0.76, 0.92},
	"seattletimes_kent_family_private_duty_nursing_shortage":      {0.89, 0.99, 0.89, 0.99},
	"washtenawcounty_pr_private_lead_service_line_grants":         {0.95, 0.79, 0.76, 0.99},
	"wbur_worcester_wrta_fare_free_ending":                        {0.99, 0.99, 0.99, 0.69},
	"apnews_kings_grizzlies_castleberry_overtime":                 {0.94, 0.88, 0.84, 0.99},
	"cricbuzz_punjab_kings_royals_jaipur_jhunjhunwala_chase":      {0.97, 0.82, 0.79, 0.82},
	"ft_tv_review_the_swale_channel4_corrigall":                   {0.93, 0.92, 0.86, 0.99},
	"globeandmail_books_hollis_trevanion_grand_manan_novel":       {0.91, 0.99, 0.91, 0.82},
	"guardian_birmingham_mackintyre_vondrackova_final":            {0.92, 0.89, 0.82, 0.99},
	"irishtimes_golf_irish_open_dromey_mount_juliet":              {0.95, 0.99, 0.95, 0.82},
	"kickoff_arrows_stellenbosch_ndlela_late_equaliser":           {0.97, 0.78, 0.76, 0.99},
	"pitchfork_junie_ashgrove_voicemail_album_interview":          {0.94, 0.87, 0.82, 0.99},
	"screendaily_karlovy_vary_competition_sargsyan_opener":        {0.95, 0.8, 0.77, 0.85},
	"stuff_chiefs_hurricanes_hamilton_te_kani_late_lineout":       {0.97, 0.84, 0.82, 0.99},
	"bmj_virtual_ward_sepsis_coroner_warning":                     {0.92, 0.84, 0.77, 0.89},
	"farmersweekly_wyvern_dairies_milk_price_cut":                 {0.97, 0.91, 0.89, 0.99},
	"freightwaves_savannah_chassis_shortage_dwell":                {0.96, 0.99, 0.96, 0.85},
	"ft_maison_verlaine_eyewear_spin_off":                         {0.96, 0.78, 0.75, 0.88},
	"insideclimatenews_ohio_township_solar_moratorium":            {0.99, 0.99, 0.99, 0.9},
	"pressrelease_calloway_childrens_newborn_genome_pilot":        {0.95, 0.9, 0.86, 0.99},
	"reuters_palm_oil_indonesia_b50_rally":                        {0.99, 0.81, 0.81, 0.85},
	"sciencemag_nodule_mining_plume_drift":                        {0.99, 0.82, 0.82, 0.89},
	"techcrunch_tallowbright_court_transcript_series_a":           {0.99, 0.86, 0.86, 0.87},
	"wired_voltharbor_ev_charger_fleet_flaw":                      {0.99, 0.89, 0.89, 0.69},
	"batimes_belgrano_cargas_privatisation_senate_stall":          {0.99, 0.95, 0.95, 0.91},
	"cnn_transcript_sherman_minton_barge_strike":                  {0.99, 0.88, 0.88, 0.99},
	"haaretz_allenby_purple_line_shop_owners_lawsuit":             {0.94, 0.99, 0.94, 0.85},
	"hindustantimes_lok_sabha_crop_insurance_walkout":             {0.95, 0.95, 0.91, 0.89},
	"khaleejtimes_dubai_court_240kmh_video_driver_fined":          {0.99, 0.61, 0.61, 0.88},
	"parlinfo_hansard_reps_regional_bank_branch_closures":         {0.73, 0.99, 0.73, 0.99},
	"reddit_iama_snowcat_night_groomer":                           {0.97, 0.96, 0.94, 0.99},
	"seekingalpha_copperline_dental_q4_2024_call":                 {0.93, 0.99, 0.93, 0.99},
	"substack_load_in_ohio_independent_venue_closures":            {0.96, 0.92, 0.89, 0.49},
	"un_noon_briefing_sindh_heatwave_haiti_schools":               {0.94, 0.87, 0.82, 0.99},
	// A thirty-fourth batch, written by other hands (Dawn, The Hindu, The Daily Star, The Kathmandu Post, EconomyNext, The Straits Times, the Inquirer, VnExpress, Yonhap, Kyodo; the Mirror, the Manchester Evening News, the Irish Independent, The Herald, WalesOnline, CBC, The Globe and Mail, The Sydney Morning Herald, The West Australian, RNZ; Politico, Axios, The Hill, WFAA, Reuters, ESPN, KFF Health News, The Verge, the Tampa Bay Times, CNBC; a magazine Q&A, a radio transcript, a regulator's press conference, a live page, a tribunal's decision, the Nation, Punch, Daily Maverick, The National, the Trinidad Guardian),
	// scored as they came.
	"dailystar_sunamganj_haor_embankment_breach":                     {0.95, 0.66, 0.63, 0.99},
	"dawn_lhc_jail_road_tree_felling_stay":                           {0.97, 0.84, 0.82, 0.88},
	"economynext_apparel_exporters_power_tariff_hike":                {0.99, 0.9, 0.9, 0.99},
	"inquirer_sandiganbayan_bulan_fertilizer_graft":                  {0.96, 0.57, 0.55, 0.87},
	"kathmandupost_gandaki_no_confidence_motion":                     {0.97, 0.95, 0.92, 0.81},
	"kyodo_koshien_heat_split_schedule":                              {0.95, 0.99, 0.95, 0.7},
	"straitstimes_hawker_stall_record_bid_tender":                    {0.99, 0.87, 0.87, 0.99},
	"thehindu_telangana_dialysis_technician_shortage":                {0.99, 0.86, 0.86, 0.91},
	"vnexpress_hue_citadel_pavilion_paint_row":                       {0.96, 0.87, 0.84, 0.87},
	"yonhap_voting_age_16_local_elections_bill":                      {0.99, 0.74, 0.74, 0.99},
	"cbc_nl_snow_crab_price_standoff_legislature":                    {0.99, 0.95, 0.95, 0.91},
	"globeandmail_cairnview_harbourline_hostile_bid":                 {0.97, 0.99, 0.97, 0.99},
	"herald_holyrood_teacher_numbers_pledge":                         {0.99, 0.92, 0.92, 0.99},
	"irishindo_dail_creche_fees_leaders_questions":                   {0.98, 0.88, 0.87, 0.99},
	"men_bolton_streetlight_switch_off_row":                          {0.99, 0.89, 0.89, 0.99},
	"mirror_wedding_dj_deposits_jailed":                              {0.97, 0.95, 0.93, 0.99},
	"rnz_ngawha_kaumatua_papakainga_consent_delay":                   {0.97, 0.99, 0.97, 0.99},
	"smh_bondi_developer_planner_bribery_trial":                      {0.97, 0.99, 0.97, 0.99},
	"thewest_cyclone_marlee_port_hedland_shutdown":                   {0.97, 0.99, 0.97, 0.99},
	"walesonline_ebbw_vale_minor_injuries_overnight_closure":         {0.99, 0.99, 0.99, 0.99},
	"axios_dfw_hail_roof_nonrenewals":                                {0.99, 0.83, 0.83, 0.99},
	"cnbc_regional_banks_harborline_office_loan_writedown":           {0.96, 0.86, 0.83, 0.99},
	"espn_mlb_mariners_orioles_ivory_walkoff":                        {0.99, 0.99, 0.99, 0.79},
	"kffhealthnews_virginia_hospital_debt_lawsuits":                  {0.94, 0.99, 0.94, 0.85},
	"politico_stock_trading_ban_markup_pulled":                       {0.99, 0.79, 0.79, 0.7},
	"reuters_lakemont_foods_q3_snack_volumes":                        {0.96, 0.99, 0.96, 0.87},
	"tampabay_dabney_conviction_vacated_hillsborough":                {0.97, 0.82, 0.8, 0.91},
	"thehill_va_community_care_wait_times_hearing":                   {0.97, 0.94, 0.91, 0.81},
	"verge_keywarden_lifetime_plan_ended":                            {0.97, 0.84, 0.82, 0.99},
	"wfaa_arlington_smart_meter_water_bills":                         {0.89, 0.92, 0.82, 0.99},
	"cbc_islandmorning_transcript_charlottetown_fare_free_bus_pilot": {0.97, 0.91, 0.89, 0.99},
	"dailymaverick_northern_cape_karoo_drought_relief_delays":        {0.99, 0.84, 0.84, 0.91},
	"fwc_summary_ruddock_salmon_pen_lifejacket_dismissal":            {0.9, 0.79, 0.72, 0.99},
	"hakai_qa_skaalvik_urchin_cull_port_hardy":                       {0.94, 0.91, 0.86, 0.99},
	"ihrb_presser_galway_plate_winner_meloxicam_positive":            {0.95, 0.96, 0.91, 0.99},
	"nation_homa_bay_hyacinth_pier_ferry_suspension":                 {0.99, 0.99, 0.99, 0.99},
	"punch_ikorodu_ewu_elepe_bridge_collapse_canoe_fares":            {0.99, 0.81, 0.81, 0.99},
	"stuff_live_mt_roskill_trunk_main_burst_boil_water":              {0.97, 0.79, 0.77, 0.99},
	"thenational_fujairah_coral_nursery_volunteer_divers":            {0.95, 0.9, 0.86, 0.88},
	"trinidadguardian_mayaro_taps_dry_wasa_truck_borne":              {0.99, 0.79, 0.79, 0.99},
	// A thirty-third batch, written by other hands (US local news, a university's and a hospital's releases, a state attorney general, Law360, a live page; The Local, Euractiv, Times of Malta, The Gleaner, Fiji Times, Daily Sabah, Ekathimerini, Mexico News Daily, Meduza, Japan Today; racing, golf, tennis, rugby, hockey, cycling and esports reports, a festival, a theatre and an art review; the FT, Breakingviews, New Scientist, MIT Technology Review, IEEE Spectrum, UN News, a recall, a shareholder letter, Medscape, a trade paper),
	// scored as they came.
	"11alive_cherokee_school_bus_crash":                         {0.97, 0.83, 0.81, 0.89},
	"chicagomag_dos_babcias_avondale_feature":                   {0.89, 0.88, 0.78, 0.66},
	"desmoinesregister_prep_football_week6_roundup":             {0.92, 0.84, 0.77, 0.99},
	"law360_smart_thermostat_heat_wave_suit":                    {0.91, 0.76, 0.7, 0.82},
	"pa_attorney_general_solar_installer_settlement":            {0.86, 0.79, 0.69, 0.99},
	"patch_westfield_elm_street_plaza_vote":                     {0.97, 0.88, 0.86, 0.82},
	"sanfordhealth_hospital_at_home_rural_expansion":            {0.96, 0.92, 0.89, 0.99},
	"startribune_obituary_marlys_thorsgaard_bait_shop":          {0.96, 0.71, 0.68, 0.99},
	"tulsaworld_live_broken_arrow_coweta_tornadoes":             {0.97, 0.7, 0.68, 0.89},
	"uwmadison_news_lake_ice_zooplankton_study":                 {0.91, 0.99, 0.91, 0.99},
	"dailysabah_milas_forest_fire_contained":                    {0.96, 0.85, 0.82, 0.99},
	"ekathimerini_leros_water_emergency_desalination":           {0.96, 0.68, 0.66, 0.84},
	"euractiv_animal_transport_journey_limits_deadlock":         {0.97, 0.91, 0.89, 0.99},
	"fijitimes_nakorovou_village_relocation_delay":              {0.93, 0.92, 0.86, 0.99},
	"gleaner_st_elizabeth_alumina_layoffs_union":                {0.94, 0.88, 0.84, 0.99},
	"japantoday_kanazawa_bus_alcohol_checks_apology":            {0.99, 0.66, 0.66, 0.99},
	"meduza_buryatia_contract_soldiers_unpaid_bonuses":          {0.9, 0.66, 0.6, 0.69},
	"mexiconewsdaily_teotihuacan_balloon_flights_suspended":     {0.93, 0.92, 0.86, 0.99},
	"thelocal_se_hudiksvall_pool_closure_swimming":              {0.97, 0.94, 0.92, 0.87},
	"timesofmalta_gzira_courier_ebike_crackdown":                {0.91, 0.65, 0.60, 0.9},
	"ap_nhl_blue_jackets_sabres_rookie_vanstone":                {0.96, 0.99, 0.96, 0.99},
	"bbcsport_eastbourne_brennock_stuns_vrbenska":               {0.96, 0.74, 0.72, 0.99},
	"cyclingnews_tour_of_the_alps_pellizzon_stage_three":        {0.93, 0.93, 0.87, 0.99},
	"dexerto_cs2_northvane_nordic_masters_title":                {0.97, 0.41, 0.39, 0.99},
	"guardian_exeter_northampton_kingscote_late_penalty":        {0.90, 0.99, 0.90, 0.99},
	"nme_green_man_maisie_trelawney_headline_review":            {0.9, 0.92, 0.83, 0.66},
	"pgatour_cypress_bend_thorsager_holm_playoff":               {0.92, 0.84, 0.77, 0.79},
	"racingpost_ripon_skellgate_sprint_marble_courtyard":        {0.94, 0.88, 0.84, 0.79},
	"theartnewspaper_hepworth_wakefield_iwerebon_retrospective": {0.91, 0.99, 0.91, 0.99},
	"thestage_royal_exchange_the_weighbridge_review":            {0.99, 0.90, 0.90, 0.99},
	"breakingviews_southbridge_mortgage_margins":                {0.99, 0.99, 0.99, 0.99},
	"cnbc_castleford_thackwell_shareholder_letter":              {0.97, 0.95, 0.93, 0.74},
	"ft_brinsworth_hotels_sale_buyback":                         {0.99, 0.94, 0.94, 0.87},
	"ieeespectrum_molokai_grid_forming_inverters":               {0.83, 0.99, 0.83, 0.99},
	"medscape_esc_orbit_af_factor_xi_bleeding":                  {0.96, 0.99, 0.96, 0.99},
	"newscientist_reef_fish_boat_engine_learning":               {0.96, 0.92, 0.89, 0.85},
	"supplychaindive_millbrook_automated_dc_teamsters":          {0.96, 0.99, 0.96, 0.99},
	"techreview_aperture_hallucination_probe":                   {0.84, 0.99, 0.84, 0.79},
	"unnews_who_malawi_cholera_vaccine_shortfall":               {0.96, 0.85, 0.82, 0.99},
	"usatoday_littleloft_learning_tower_recall":                 {0.93, 0.93, 0.87, 0.99},
	// A thirty-second batch, written by other hands (Arab, Indian, Kenyan, Thai, Japanese, Korean, South African, Philippine, Nigerian and Emirati outlets; British, Irish, Australian and New Zealand papers; transcripts, minutes, sentencing remarks, an AMA and a TED talk; US outlets and magazines),
	// scored as they came.
	"arabnews_qassim_palm_offshoot_ban":                    {0.95, 0.49, 0.47, 0.91},
	"bangkokpost_mule_account_sweep":                       {0.92, 0.74, 0.68, 0.99},
	"japantimes_akita_bus_route_cuts":                      {0.92, 0.99, 0.92, 0.89},
	"koreaherald_kimjang_cabbage_stockpile":                {0.99, 0.92, 0.92, 0.99},
	"nation_nyandarua_potato_cess_standoff":                {0.86, 0.89, 0.78, 0.81},
	"news24_msunduzi_refuse_strike_samwu":                  {0.93, 0.92, 0.86, 0.99},
	"premiumtimes_crestfield_mfb_fraud_trial":              {0.96, 0.85, 0.82, 0.99},
	"rappler_senate_nfa_spoiled_rice_hearing":              {0.95, 0.79, 0.76, 0.9},
	"thehindu_madurai_stormwater_drain_delay":              {0.96, 0.76, 0.74, 0.91},
	"thenational_dubai_offplan_supply_panel":               {0.96, 0.99, 0.96, 0.89},
	"bbcsport_fulham_wolves_verbeek_double":                {0.99, 0.93, 0.93, 0.99},
	"dailyrecord_govan_bakery_screwdriver_threat":          {0.92, 0.77, 0.71, 0.79},
	"express_wolds_bus_axed_pensioner":                     {0.94, 0.91, 0.86, 0.87},
	"guardianau_build_to_rent_cap_senate":                  {0.97, 0.85, 0.83, 0.87},
	"inews_schools_friday_afternoon_closures_explainer":    {0.99, 0.99, 0.99, 0.99},
	"kentonline_marden_orchard_homes_plan":                 {0.97, 0.94, 0.92, 0.99},
	"rte_mayo_home_support_hours":                          {0.97, 0.57, 0.56, 0.99},
	"stuff_uawa_slash_cleanup_deadline":                    {0.99, 0.94, 0.94, 0.99},
	"thenational_fmqs_a96_dualling_row":                    {0.97, 0.9, 0.88, 0.89},
	"yorkshirepost_swaledale_lamb_supermarket_switch":      {0.99, 0.9, 0.9, 0.87},
	"bigissue_ferry_captain_debut_novel_interview":         {0.91, 0.85, 0.78, 0.99},
	"fieldnotes_podcast_hedgehogs_robot_mowers":            {0.9, 0.99, 0.9, 0.99},
	"kentonline_carer_dementia_fraud_sentencing_remarks":   {0.64, 0.79, 0.51, 0.74},
	"ludlowtc_minutes_market_pitch_fees_fountain":          {0.99, 0.99, 0.99, 0.99},
	"northernecho_bishop_auckland_death_police_transcript": {0.95, 0.94, 0.9, 0.99},
	"pcgamer_hollowmere_delay_reddit_ama":                  {0.97, 0.81, 0.79, 0.79},
	"skynews_live_narrowboat_fire_murder_trial":            {0.97, 0.74, 0.73, 0.99},
	"substack_valley_ledger_birthing_unit_closure":         {0.99, 0.88, 0.88, 0.99},
	"ted_reef_soundscape_restoration_talk":                 {0.91, 0.95, 0.86, 0.99},
	"unpress_noon_briefing_jonglei_floods_unicef":          {0.88, 0.79, 0.71, 0.99},
	"billboard_wren_callister_debut_no1_billboard200":      {0.99, 0.99, 0.99, 0.99},
	"bloomberg_private_credit_fund_caps_withdrawals":       {0.99, 0.99, 0.99, 0.99},
	"cnbc_cascadia_airways_ceo_fuel_guidance":              {0.99, 0.99, 0.99, 0.77},
	"foxnews_missouri_jail_escape_manhunt":                 {0.97, 0.94, 0.91, 0.99},
	"latimes_macarthur_park_camping_ban_vote":              {0.96, 0.87, 0.84, 0.99},
	"newyorker_talk_ferry_lost_and_found":                  {0.97, 0.84, 0.82, 0.99},
	"people_loomis_tallant_lake_como_engagement":           {0.99, 0.78, 0.78, 0.66},
	"si_wichita_state_softball_pitcher_raeburn":            {0.90, 0.79, 0.72, 0.99},
	"texastribune_data_center_grid_curtailment_bill":       {0.99, 0.99, 0.99, 0.99},
	"usatoday_travel_sports_family_costs":                  {0.89, 0.99, 0.89, 0.74},
	// A thirty-first batch, written by other hands (wire and world outlets, British, Irish and Australian papers, transcripts and Q&As, US beats and magazines),
	// scored as they came.
	"afp_nairobi_riverside_demolitions":                      {0.9, 0.92, 0.83, 0.99},
	"dawn_sindh_assembly_tanker_hydrants":                    {0.99, 0.37, 0.37, 0.99},
	"irishindo_laois_rural_burglaries_garda_cover":           {0.97, 0.99, 0.97, 0.99},
	"kyivindependent_zaporizhzhia_glide_bombs_orikhiv":       {0.95, 0.99, 0.95, 0.99},
	"nzherald_opotiki_water_rates_hike":                      {0.99, 0.9, 0.9, 0.99},
	"punch_abeokuta_market_relocation_clash":                 {0.99, 0.87, 0.87, 0.79},
	"scmp_tin_shui_wai_bus_route_cuts":                       {0.94, 0.87, 0.82, 0.91},
	"straitstimes_renovation_deposits_cheating_jail":         {0.95, 0.54, 0.52, 0.99},
	"timesofisrael_liveblog_ashdod_port_strike":              {0.94, 0.78, 0.74, 0.9},
	"xinhua_fm_briefing_zambia_mine_copper_corridor":         {0.99, 0.71, 0.71, 0.79},
	"belfasttelegraph_school_transport_distance_row":         {0.97, 0.83, 0.81, 0.99},
	"dailymail_kettering_builder_vanished_deposit":           {0.88, 0.69, 0.62, 0.99},
	"irishexaminer_cuh_cath_lab_weekend_closures":            {0.95, 0.84, 0.8, 0.99},
	"liverpoolecho_arriola_hamstring_dahlqvist_presser":      {0.99, 0.85, 0.85, 0.99},
	"men_levenshulme_shop_hammer_robbery_jailed":             {0.97, 0.82, 0.8, 0.74},
	"newscomau_sydney_trains_central_signal_failure":         {0.92, 0.94, 0.87, 0.99},
	"skynews_passport_office_it_outage_backlog":              {0.97, 0.9, 0.88, 0.74},
	"thesun_kayleigh_rowntree_soap_exit":                     {0.92, 0.73, 0.68, 0.99},
	"thetimes_obituary_hester_gaulden_cheesemaker":           {0.97, 0.39, 0.39, 0.66},
	"walesonline_llanberis_public_toilets_closure":           {0.99, 0.8, 0.8, 0.99},
	"axios_phoenix_bus_stop_misters_heat":                    {0.94, 0.87, 0.82, 0.99},
	"cnn_sotu_auto_parts_tariffs_transcript":                 {0.98, 0.96, 0.94, 0.99},
	"govinfo_senate_hearing_park_timed_entry_reservations":   {0.98, 0.99, 0.98, 0.99},
	"hansard_commons_young_drivers_bill_second_reading":      {0.9, 0.82, 0.74, 0.99},
	"jsonline_dairy_coop_hauling_fee_trial_transcript":       {0.92, 0.91, 0.85, 0.99},
	"ourcommons_hansard_marine_atlantic_ferry_cancellations": {0.88, 0.99, 0.88, 0.99},
	"seekingalpha_brightfield_pet_q2_call":                   {0.96, 0.99, 0.96, 0.99},
	"shelflife_podcast_library_ebook_licences":               {0.96, 0.99, 0.96, 0.99},
	"startribune_early_ice_safety_conservation_officer_qa":   {0.92, 0.99, 0.92, 0.99},
	"vulture_foley_artist_lamplighters_interview":            {0.91, 0.95, 0.87, 0.99},
	"ap_nh_senate_district_special_election":                 {0.99, 0.99, 0.99, 0.99},
	"espn_wolves_suns_vashaw_castellow_ot":                   {0.96, 0.99, 0.96, 0.99},
	"ksl_west_valley_fourplex_fire_dog":                      {0.96, 0.99, 0.96, 0.99},
	"naturenews_wellington_gulls_school_bells":               {0.96, 0.87, 0.84, 0.99},
	"nyt_port_ellery_police_dissolution_vote":                {0.99, 0.99, 0.99, 0.88},
	"politico_senate_wildfire_bill_hold":                     {0.99, 0.89, 0.89, 0.99},
	"variety_berlinale_vallgren_lowland_hymn":                {0.93, 0.95, 0.89, 0.99},
	"verge_quillmark_folio2_color_eink_launch":               {0.91, 0.82, 0.75, 0.85},
	"wired_hearthwise_thermostat_cloud_shutdown":             {0.88, 0.87, 0.77, 0.79},
	"wsj_brightvane_inverter_guidance_cut":                   {0.99, 0.99, 0.99, 0.99},
	// A thirtieth batch, third twelve, written by other hands (NDTV, The Daily Star (Bangladesh), Business Daily Africa, GhanaWeb, Ahram Online, Gulf News, The Jakarta Post, VnExpress, The Moscow Times, Euronews, the Buenos Aires Times and a Zambian ministry's statement),
	// scored as they came.
	"ahramonline_rice_quota_fines_kafr_elsheikh":      {1.00, 0.88, 0.88, 0.89},
	"batimes_zona_fria_gas_subsidy_cut":               {0.97, 0.94, 0.91, 0.88},
	"businessdaily_cak_mlima_dairy_late_payments":     {1, 0.92, 0.92, 0.91},
	"dailystar_bd_dhamrai_brick_kiln_demolition":      {1.00, 0.93, 0.93, 0.87},
	"euronews_cage_phaseout_delay_meps":               {0.94, 1, 0.94, 0.79},
	"ghanaweb_closed_fishing_season_two_months":       {0.96, 0.92, 0.89, 0.81},
	"gulfnews_rta_muhaisnah_bus_route_changes":        {1, 0.59, 0.59, 0.88},
	"jakartapost_morowali_tailings_dam_permit_freeze": {1, 0.93, 0.93, 0.99},
	"moscowtimes_primorye_petrol_shortage_kremlin":    {0.9, 0.92, 0.83, 0.99},
	"ndtv_indore_toll_worker_suv_bonnet":              {0.90, 0.79, 0.72, 0.99},
	"vnexpress_da_nang_seafood_overcharge_fine":       {0.94, 0.87, 0.82, 0.99},
	"zambia_mofl_fmd_movement_ban_statement":          {1, 1, 1, 0.99},
	// A thirtieth batch, second twelve, written by other hands (The Washington Post, CNN, the Chicago Tribune, The Athletic, TechCrunch, STAT, CBC News, an Atlantic profile, a White House briefing, a Rolling Stone Q&A, a local TV live blog and a GlobeNewswire release),
	// scored as they came.
	"cbc_asiniy_creek_mould_homes_emergency":                  {0.95, 0.99, 0.95, 0.72},
	"chicagotribune_belmont_cragin_street_takeover_porch":     {0.94, 1, 0.94, 0.85},
	"cnn_cruise_norovirus_port_everglades":                    {0.95, 0.99, 0.95, 0.99},
	"globenewswire_quarrystone_sierra_plains_battery_storage": {0.99, 0.88, 0.88, 0.99},
	"rollingstone_odessa_marchbanks_kerosene_hymnal_qa":       {0.76, 0.86, 0.66, -0.01},
	"statnews_kelzura_eczema_pill_boxed_warning_uveitis":      {1.00, 0.94, 0.94, 0.85},
	"techcrunch_hopscotch_aero_drone_grocery_layoffs":         {1, 0.83, 0.83, 0.87},
	"theathletic_mariners_tanabe_walkoff_astros":              {0.97, 1, 0.97, 0.99},
	"theatlantic_weather_observer_haugstad_profile":           {0.86, 0.8, 0.69, 0.74},
	"washingtonpost_icebreaker_dredging_offset_collapse":      {0.97, 0.85, 0.83, 0.77},
	"whitehouse_briefing_rail_strike_deadline_heat":           {0.93, 0.99, 0.93, 0.99},
	"wkyc_live_blog_northeast_ohio_severe_storms":             {0.85, 0.88, 0.76, 0.90},
	// A thirtieth batch, first twelve, written by other hands (Metro, the Evening Standard, The Herald, TheJournal.ie, ABC regional, a Guardian 'Other lives', BBC Sport cricket, a Telegraph Money column, an Economist-style analysis, a magistrates' court report, Holyrood's Official Report and a talkSPORT phone-in),
	// scored as they came.
	"abc_mount_cole_fire_fencing":                    {0.9, 0.71, 0.64, 0.99},
	"bbcsport_bristol_womens_odi_collapse":           {0.94, 0.93, 0.88, 0.99},
	"economist_danube_low_water_barges":              {0.96, 0.69, 0.66, 0.99},
	"guardian_otherlives_gwen_prys_mostyn_vet":       {0.96, 0.92, 0.88, 0.49},
	"herald_glasgow_park_toilets_closure":            {0.94, 0.93, 0.89, 0.99},
	"holyrood_official_report_fmqs_island_dentistry": {0.83, 1, 0.83, 0.99},
	"metro_tilly_kearsley_tour_cancelled":            {0.92, 0.79, 0.74, 0.99},
	"shropshirestar_flytipping_sofa_doorbell_court":  {0.95, 1, 0.95, 0.99},
	"standard_suffragette_line_train_shortage":       {0.94, 0.88, 0.83, 0.91},
	"talksport_phonein_efl_away_ticket_cap":          {0.92, 0.94, 0.87, 0.99},
	"telegraph_money_bereavement_bank_delay":         {0.92, 0.76, 0.71, 0.79},
	"thejournal_vacant_property_grant_cut":           {1, 0.84, 0.84, 0.9},
	// A twenty-ninth batch, third twelve, written by other hands (Hindustan Times, The Express Tribune, The EastAfrican, Premium Times, TimesLIVE, the SCMP, Yonhap, Kyodo, The National, DW, Meduza and a UNHCR briefing),
	// scored as they came.
	"dw_eu_wolf_protection_brandenburg_farmers":        {0.92, 0.83, 0.77, 0.74},
	"expresstribune_karachi_illegal_hydrants_shc":      {0.96, 0.66, 0.64, 0.99},
	"hindustantimes_jharkhand_constable_paper_leak":    {0.88, 1, 0.88, 0.88},
	"kyodo_osaka_drugmaker_antibiotic_recall":          {1, 1, 1, 0.99},
	"meduza_pskov_mobile_internet_shutdowns":           {0.94, 0.87, 0.82, 0.72},
	"premiumtimes_otukpo_senator_townhall_attack":      {0.97, 0.44, 0.43, 0.77},
	"scmp_tai_o_stilt_house_flood_gates":               {0.93, 0.92, 0.86, 0.99},
	"theeastafrican_dar_transit_bond_uganda_importers": {0.9, 1, 0.9, 0.85},
	"thenational_uae_delivery_rider_midday_rules":      {0.94, 0.62, 0.58, 0.99},
	"timeslive_parys_sewage_vaal_spill":                {1.00, 0.79, 0.79, 0.88},
	"unhcr_briefing_cabo_delgado_displacement":         {0.88, 1, 0.88, 0.99},
	"yonhap_rural_bus_driver_shortage":                 {0.94, 1, 0.94, 0.99},
	// A twenty-ninth batch, second twelve, written by other hands (The New York Times, The Wall Street Journal, WBIR, Bloomberg, the Los Angeles Times, the Toronto Star, Sports Illustrated, Axios, an NPR transcript, an earnings call, The Denver Post and a university release),
	// scored as they came.
	"axios_denver_water_two_day_watering_limit":        {0.94, 0.88, 0.84, 0.99},
	"bloomberg_hungary_mnb_rate_pause_forint":          {1, 0.88, 0.88, 0.99},
	"denverpost_supreme_court_chairlift_waiver_ruling": {1, 0.94, 0.94, 0.74},
	"fool_larkspur_marine_q3_earnings_call":            {0.96, 0.96, 0.92, 0.99},
	"latimes_halcyon_burbank_animation_closure":        {0.96, 1, 0.96, 0.88},
	"npr_wesun_maine_island_doctor_retires":            {0.94, 0.92, 0.87, 0.99},
	"nyt_flatbush_dollar_van_seizures":                 {0.97, 0.94, 0.92, 0.77},
	"si_long_snapper_wade_kittredge_feature":           {0.89, 0.99, 0.89, 0.49},
	"torontostar_etobicoke_crosswalk_student_struck":   {0.99, 0.82, 0.82, 0.85},
	"uvm_maple_syrup_warm_spells_study":                {0.95, 1, 0.95, 0.59},
	"wbir_cocke_county_flash_flood_rescues":            {1, 0.85, 0.85, 0.99},
	"wsj_tessaro_foods_ceo_exit_recall":                {1, 0.86, 0.86, 0.82},
	// A twenty-ninth batch, first twelve, written by other hands (Daily Star, the Manchester Evening News, The Guardian, The Irish Times, The Age, news.com.au, Stuff, Sky Sports, BBC News Kent, a Times feature, Hansard and sentencing remarks),
	// scored as they came.
	"bbc_kent_sittingbourne_allotments_homes":        {1.00, 0.88, 0.88, 0.99},
	"dailystar_snow_bomb_amber_warning":              {0.93, 0.80, 0.75, 0.85},
	"guardian_police_cells_prison_capacity":          {1.00, 0.84, 0.84, 0.99},
	"hansard_westminster_hall_rural_pharmacies":      {0.91, 0.99, 0.91, 0.99},
	"irishtimes_nursing_home_closures_fair_deal":     {0.97, 0.99, 0.97, 0.99},
	"men_saddleworth_fell_runner_inquest":            {0.94, 0.89, 0.84, 0.99},
	"newscomau_mooloolaba_surf_club_ute_crash_court": {0.93, 0.79, 0.74, 0.74},
	"sentencing_remarks_haskett_dog_attack_bristol":  {1, 0.59, 0.59, 0.79},
	"skysports_bath_leicester_premiership_rugby":     {0.96, 0.99, 0.96, -0.01},
	"stuff_dargaville_wastewater_wairoa_awa":         {1, 0.77, 0.77, 0.99},
	"theage_pokies_precommitment_delay":              {1, 0.95, 0.95, 0.88},
	"thetimes_norfolk_thatcher_interview":            {0.84, 0.89, 0.75, 0.99},
	// A twenty-eighth batch, third twelve, written by other hands (AP, Reuters, CBC News, The Globe and Mail, Politico Playbook, ESPN, Ars Technica, Science News, a Senate hearing, a State Department briefing, a Q&A and a podcast),
	// scored as they came.
	"ap_marquette_freighter_aground":              {0.91, 0.88, 0.81, 0.81},
	"ars_rainlark_sprinkler_local_api":            {0.94, 0.76, 0.72, 0.77},
	"cbc_wapiskaw_lake_winter_road_emergency":     {0.96, 0.93, 0.9, 0.92},
	"espn_grizzlies_mavericks_asante_ruiz_winner": {0.97, 1, 0.97, 0.99},
	"globeandmail_nsf_fee_cap":                    {1, 0.89, 0.89, 0.88},
	"hearing_senate_wildfire_power_shutoffs":      {0.96, 1, 0.96, 0.99},
	"nyt_umpire_barrowcliff_robot_strike_zone_qa": {0.95, 0.95, 0.91, 0.99},
	"podcast_back_office_butter_prices_bakery":    {0.94, 1, 0.94, 0.99},
	"politico_playbook_world_cup_drones":          {0.94, 0.62, 0.58, 0.99},
	"reuters_kurogane_robotics_q1_outlook":        {1, 0.91, 0.91, 0.99},
	"sciencenews_chuno_dental_calculus":           {0.9, 1, 0.9, 0.99},
	"statedept_briefing_bali_ash_visa_bonds":      {0.97, 0.89, 0.87, 0.99},
	// A twenty-eighth batch, second twelve, written by other hands (Daily Mail, The Sun, Irish Examiner, RTÉ, Guardian Australia, NZ Herald, BBC Sport, a Sky News live page, The Scotsman, WalesOnline, Belfast Telegraph and an Independent interview),
	// scored as they came.
	"bbcsport_tranmere_brentford_fa_cup_upset":        {0.94, 0.94, 0.89, 0.99},
	"belfasttelegraph_lurgan_car_park_murder_probe":   {0.97, 0.61, 0.6, 0.99},
	"dailymail_wheatsheaf_rent_eviction":              {0.98, 0.71, 0.7, 0.84},
	"guardianau_airservices_estimates_tower_closures": {0.98, 0.93, 0.91, 0.87},
	"independent_nell_fairbairn_salt_year_interview":  {0.89, 0.91, 0.82, 0.99},
	"irishexaminer_defibrillator_theft_cork_court":    {1, 0.7, 0.7, 0.82},
	"nzherald_uawa_slash_bridge_rahui":                {0.97, 0.95, 0.92, 0.99},
	"rte_storm_odhran_power_outages":                  {1.00, 0.99, 0.99, 0.99},
	"scotsman_holyrood_swimming_pool_closures":        {0.95, 0.77, 0.73, 0.87},
	"skynews_live_resident_doctors_strike_day_two":    {1, 0.66, 0.66, 0.88},
	"thesun_tamsin_riordan_boxing_gym":                {0.97, 0.63, 0.62, 0.99},
	"walesonline_llandysul_ambulance_wait_paramedic":  {0.97, 0.69, 0.68, 0.99},
	// A twenty-eighth batch, first twelve, written by other hands (Times of India, Dawn, Daily Nation, Punch, Daily Maverick, The Straits Times, Rappler, Tehran Times, Global Times, TASS, Al Jazeera and a Business Wire release),
	// scored as they came.
	"aljazeera_kutubdia_erosion_displacement":   {0.92, 0.92, 0.85, 0.87},
	"businesswire_quillon_cold_chain_hospitals": {0.99, 1.00, 0.99, 0.99},
	"dailymaverick_letaba_packhouse_strike":     {0.93, 0.99, 0.93, 0.77},
	"dawn_ihc_passport_backlog":                 {0.99, 0.81, 0.81, 0.99},
	"globaltimes_eu_heat_pump_probe":            {0.89, 1, 0.89, 0.69},
	"nation_muranga_dam_compensation":           {1, 0.91, 0.91, 0.9},
	"punch_ibadan_motor_park_clash":             {1, 0.88, 0.88, 0.85},
	"rappler_limay_oil_spill_payouts":           {0.94, 0.66, 0.63, 0.99},
	"straitstimes_hdb_lift_breakdowns":          {1, 0.79, 0.79, 0.99},
	"tass_moldova_diplomat_expulsion":           {1, 0.87, 0.87, 0.88},
	"tehrantimes_eu_shipping_sanctions":         {1, 0.86, 0.86, 0.99},
	"timesofindia_pune_fc_road_hawkers":         {0.85, 0.88, 0.76, 0.99},
	// A twenty-fifth batch of twelve, written by other hands (The Punch, the Daily Mirror, a Commons extract, The Straits Times, ESPN, Reuters, a Guardian obituary, New Scientist, a Vox Q&A, The Standard (Kenya), a BBC live page and CBC News),
	// scored as they came.
	"bbc_live_harrowfield_byelection_night":    {1, 0.88, 0.88, 0.99},
	"cbc_winnipeg_north_end_grocery_closure":   {1, 0.93, 0.93, 0.91},
	"espn_panthers_falcons_pettaway_rookie":    {0.91, 0.99, 0.91, 0.82},
	"guardian_obituary_delyth_maddocks_potter": {0.96, 0.68, 0.66, 0.99},
	"mirror_campsite_barbecue_inquest":         {0.97, 1, 0.97, 0.99},
	"newscientist_hedgehog_magnetic_homing":    {0.96, 0.92, 0.88, 0.85},
	"politicshome_hansard_coastal_erosion_uq":  {0.95, 0.87, 0.83, 0.74},
	"punch_ondo_drainage_demolition":           {1, 0.90, 0.90, 0.91},
	"reuters_havbruk_salmon_q2_results":        {1, 1, 1, 0.99},
	"standard_kenya_fake_fertiliser_court":     {1.00, 0.88, 0.88, 0.99},
	"straitstimes_circle_line_cable_fault":     {0.96, 0.92, 0.89, 0.99},
	"vox_child_care_economist_qa":              {0.95, 0.95, 0.90, 0.99},
	// A twenty-sixth batch of twelve, written by other hands (The Sun, Dawn, a podcast's transcript, the Philippine Daily Inquirer, BBC Sport, AP, a university's press release, The Irish Times, The Times of India, a New Yorker profile, Ars Technica and ABC News Australia),
	// scored as they came.
	"abc_tablelands_wild_dog_baiting":              {1, 1, 1, 0.99},
	"ap_senate_controller_fatigue_hearing":         {1, 0.82, 0.82, 0.77},
	"ars_latchwell_lock_replay_flaw":               {0.99, 0.68, 0.68, 0.85},
	"bbcsport_castlebridge_northfleet_late_winner": {0.96, 1, 0.96, 0.66},
	"dawn_punjab_assembly_canal_breach":            {0.93, 0.53, 0.49, 0.89},
	"inquirer_dalisay_catanduanes_relief":          {0.9, 0.66, 0.6, 0.99},
	"irishtimes_kilbride_trolley_waits":            {0.94, 0.81, 0.76, 0.81},
	"newyorker_pipe_organ_repairer_profile":        {0.96, 0.75, 0.73, 0.99},
	"podcast_small_print_flight_delay_claims":      {0.90, 0.95, 0.87, 0.99},
	"prnewswire_ncu_tire_particle_microbes":        {0.94, 1.00, 0.94, 0.99},
	"thesun_asante_reid_birthday_bash":             {0.97, 0.66, 0.64, 0.99},
	"toi_jaipur_digital_arrest_teacher":            {0.91, 0.9, 0.83, 0.99},
	// A twenty-seventh batch of twelve, written by other hands (The Daily Telegraph, Al Jazeera, an NPR transcript, The Hindu, Sky Sports, The Washington Post, the SCMP, Graphic Online, Law360, Guardian Australia, the Manchester Evening News and Newsweek),
	// scored as they came.
	"aljazeera_taiz_water_wells_shelling":         {0.97, 0.76, 0.74, 0.66},
	"graphiconline_rice_import_duty_traders":      {0.95, 1, 0.95, 0.99},
	"guardianau_yorke_peninsula_abalone_heatwave": {0.97, 1, 0.97, 0.99},
	"law360_kombucha_nonalcoholic_label_suit":     {0.89, 0.61, 0.55, 0.99},
	"men_chadderton_hit_and_run_appeal":           {0.85, 0.83, 0.71, 0.99},
	"newsweek_senator_retirement_age_backlash":    {0.96, 0.93, 0.90, 0.99},
	"npr_atc_montana_beaver_dams":                 {0.97, 1, 0.97, 0},
	"scmp_peng_chau_ferry_fare_subsidy":           {0.96, 0.69, 0.66, 0.99},
	"skysports_trent_bridge_test_penhaligon_six":  {0.94, 0.93, 0.88, 0.79},
	"telegraph_heat_pump_house_sale_row":          {0.9, 0.89, 0.8, 0.82},
	"thehindu_kerala_budget_welfare_pension_hike": {0.99, 0.92, 0.92, 0.99},
	"washingtonpost_pwcs_librarian_cuts_hearing":  {1, 0.88, 0.88, 0.79},
	"tabloid":    {1, 0.87, 0.87, 1},
	"broadsheet": {0.94, 1, 0.94, 1},
	"sport":      {1, 1, 1, 1},
	"interview":  {0.99, 0.99, 0.99, 0.99},
	"namedturns": {1, 1, 1, 1},
	"hearing":    {1, 1, 1, 1},
	"wire":       {1, 1, 1, 1},
	"science":    {1, 1, 1, 1},
	"press":      {1, 1, 1, 1},
	// Written after the extractor was tuned on the articles above, and
	// not tuned on: how it does on text it has not seen.
	"irish":  {1, 1, 1, 1},
	"court":  {1, 1, 1, 1},
	"aussie": {1, 0.99, 0.99, 1},
	"match":  {1, 0.66, 0.66, 1},
	// A second batch written after the first was scored (before the
	// fixes they prompted: speaker accuracy 0.625, 0.571 and 0.750).
	"politics_uk": {1, 0.87, 0.87, 1},
	"celeb":       {1, 1, 1, 1},
	"techpr":      {1, 1, 1, 1},
	// A third batch, written after the second was scored (and scored as
	// it is now before any change).
	"rugby":    {1, 1, 1, 1},
	"podcast":  {1, 1, 1, 1},
	"business": {1, 1, 1, 1},
	// A fourth batch of eleven, written against the shapes the outside
	// evaluation found hard and scored before any change they prompted
	// (together: quote F1 0.955, speaker 0.762, end to end 0.727).
	"sci_webb":         {1, 1, 1, 1},
	"iran_outlet":      {1, 0.9, 0.9, 1},
	"xinhua":           {1, 1, 1, 0.66},
	"bbcsport":         {1, 1, 1, 1},
	"scot_tabloid":     {1, 0.8, 0.8, 0.66},
	"canada":           {0.93, 1, 0.93, 1},
	"ap_wire":          {1, 1, 1, 1},
	"ars_tech":         {0.94, 0.88, 0.84, 1},
	"pr_robotics":      {1, 1, 1, 1},
	"radio_interview":  {0.96, 0.99, 0.96, 0.99},
	"select_committee": {1, 1, 1, 1},
	// A fifth batch, written after the fixes the fourth prompted and
	// scored before any change it prompted (together: quote F1 1.000,
	// speaker 0.606, end to end 0.606).
	"uk_politics2":  {1, 0.83, 0.83, 1},
	"us_politics":   {1, 1, 1, 1},
	"cricket":       {1, 1, 1, 1},
	"hk_scmp":       {1, 1, 1, 0.66},
	"health_study":  {1, 1, 1, 0.5},
	"tv_transcript": {1, 1, 1, 1},
	// A sixth batch of eleven, in shapes the set lacked (a US local paper,
	// a wire story with a company statement, a long feature, a live blog, an
	// Indian agency story, an obituary, a tech blog quoting posts, an
	// earnings story, a press conference in single marks, a Chinese state
	// outlet and an Al Jazeera story), scored before any change they
	// prompted (together: quote F1 0.964, speaker 0.695, end to
	// end 0.670).
	"us_local":          {1, 1, 1, 1},
	"reuters_statement": {1, 1, 1, 1},
	"nyt_feature":       {1, 1, 1, 0.5},
	"guardian_live":     {1, 0.99, 0.99, 1},
	"india_pti":         {1, 1, 1, 1},
	"obituary":          {1, 0.85, 0.85, 1},
	"tech_blog":         {1, 1, 1, 1},
	"earnings":          {1, 1, 1, 0.66},
	"presser_uk":        {1, 1, 1, 0.75},
	"gt_china":          {1, 1, 1, 1},
	"aljazeera":         {1, 1, 1, 1},
	// Two more, written after the sixth batch's fixes and not tuned on
	// at all: a New Zealand paper and an AP fact check.
	"nz_paper":     {1, 1, 1, 1},
	"ap_factcheck": {1, 1, 1, 1},
	// A seventh batch of fifteen, written by other hands than the rules'
	// (cable news, a Crown Court report, an entertainment piece, a transfer
	// story, a local TV station, a Nigerian paper, a Singapore paper, a
	// science release, a magazine profile, a Q&A, a Washington story, a
	// climate summit, a health story, an earnings call, a match report),
	// without reading the extractor, and scored before any change they
	// prompted.
	"cnn_shutdown_feud":         {0.99, 0.99, 0.99, 0.99},
	"crown_court_rogue_builder": {0.96, 0.99, 0.96, 0.99},
	"people_oscar_winner":       {0.99, 0.99, 0.99, 0.99},
	"sky_transfer_unveiling":    {0.99, 0.92, 0.92, 0.99},
	"ksdk_apartment_fire":       {0.99, 0.99, 0.99, 0.99},
	"ng_flyover":                {0.99, 0.92, 0.92, 0.99},
	"sg_riders":                 {0.99, 0.91, 0.91, 0.79},
	"sci_soil_memory":           {0.99, 0.99, 0.99, 0.99},
	"mag_profile":               {0.99, 0.99, 0.99, 0.99},
	"qa_paramedic":              {0.99, 0.99, 0.99, 0.99},
	"washington_chips":          {0.99, 0.92, 0.92, 0.99},
	"cop_adaptation":            {0.99, 0.99, 0.99, 0.99},
	"cdc_pertussis":             {0.96, 0.92, 0.88, 0.82},
	"lumio_earnings":            {0.95, 0.99, 0.95, 0.79},
	"brentford_forest":          {0.95, 0.99, 0.95, 0.99},
	// An eighth batch of ten, written like the seventh after its fixes
	// (a police press conference, a Formula 1 report, an Australian
	// budget and bushfire story, trial testimony, a royal tabloid story, a
	// Kenyan political story, a health-tech story, a school board meeting,
	// a games story and an election night), scored as they came.
	"police_presser":         {0.99, 0.92, 0.92, 0.99},
	"f1_race_report":         {0.99, 0.88, 0.88, 0.99},
	"abc_vic_budget_fires":   {0.96, 0.76, 0.74, 0.99},
	"ap_trial_testimony":     {0.93, 0.85, 0.79, 0.49},
	"tabloid_royal_gardener": {0.96, 0.73, 0.7, 0.49},
	"kenya_fuel_levy":        {0.96, 0.92, 0.88, 0.66},
	"stat_sepsis_ai":         {0.99, 0.92, 0.92, 0.56},
	"school_board_closure":   {0.99, 0.94, 0.94, 0.99},
	"game_studio_delay":      {0.93, 0.86, 0.81, 0.99},
	"election_night_wire":    {0.99, 0.99, 0.99, 0.99},
	// A ninth batch of ten, written after the eighth's fixes (a DW story, a
	// markets wrap, a BBC politics story, a Japanese outlet, an
	// investigation quoting emails, a cricket report, an Irish court and
	// politics story, a product keynote, a wildlife feature and a war
	// report), scored as they came.
	"dw_eu_defense_bonds":           {0.99, 0.99, 0.99, 0.82},
	"bloomberg_markets_wrap":        {0.96, 0.85, 0.82, 0.99},
	"bbc_housing_target":            {0.95, 0.99, 0.95, 0.99},
	"japan_bear_culls":              {0.99, 0.99, 0.99, 0.99},
	"propublica_drift_additive":     {0.99, 0.93, 0.93, 0.70},
	"cricinfo_pallekele_odi":        {0.99, 0.93, 0.93, 0.99},
	"irishtimes_data_centre_ruling": {0.99, 0.92, 0.92, 0.99},
	"verge_kestrel_glasses_keynote": {0.99, 0.81, 0.81, 0.99},
	"bbcfuture_mekong_dolphins":     {0.99, 0.74, 0.74, 0.99},
	"aljazeera_kharkiv_strikes":     {0.99, 0.84, 0.84, 0.99},
	// A tenth batch of ten, written after the ninth's fixes (Yonhap, a
	// Reuters merger exclusive, a British council story, an NFL game, a
	// magazine profile, CBC, the Indian Express, a space mission, a
	// Supreme Court argument and a fashion house), scored as they came.
	"yonhap_energy_vouchers":            {0.99, 0.99, 0.99, 0.99},
	"reuters_merger_exclusive":          {0.99, 0.99, 0.99, 0.49},
	"examiner_bin_collections":          {0.99, 0.99, 0.99, 0.99},
	"ap_nfl_postgame":                   {0.99, 0.99, 0.99, 0.99},
	"mag_celebrity_profile":             {0.99, 0.99, 0.99, 0.99},
	"cbc_first_nation_wildfire":         {0.99, 0.83, 0.83, 0.66},
	"indianexpress_ercp_water_row":      {0.99, 0.85, 0.85, 0.99},
	"spacecom_asteroid_probe_safe_mode": {0.99, 0.7, 0.7, 0.99},
	"scotus_drone_backyard_argument":    {0.94, 0.93, 0.88, 0.49},
	"voguebusiness_ferrante_debut":      {0.99, 0.73, 0.73, 0.99},
	// An eleventh batch of ten, written after the tenth's fixes (a
	// national politics story, a British environment story, a Hong Kong
	// paper, an NBA recap, a local business story, an AP story from Mexico,
	// an explainer with loose attributions, a musician's obituary, a tech
	// policy story and a school shooting), scored as they came.
	"nyt_disaster_aid_veto":        {0.99, 0.99, 0.99, 0.66},
	"guardian_river_onny_monitors": {0.95, 0.81, 0.78, 0.7},
	"scmp_kwong_lee_estate":        {0.99, 0.86, 0.86, 0.74},
	"nba_kings_nuggets_recap":      {0.99, 0.99, 0.99, 0.99},
	"local_diner_lease_chain":      {0.99, 0.99, 0.99, 0.74},
	"ap_mexico_grave":              {0.96, 0.92, 0.89, 0.99},
	"economist_strong_euro":        {0.95, 0.99, 0.95, 0.66},
	"obit_guitarist":               {0.96, 0.99, 0.96, 0.99},
	"ars_fcc_unlocking":            {0.99, 0.91, 0.91, 0.87},
	"local_tv_school_shooting":     {0.99, 0.99, 0.99, 0.99},
	// A twelfth batch of ten, written after the eleventh's fixes (Times
	// of India, Sydney Morning Herald, Wimbledon, a statehouse story, a
	// product recall, Al-Monitor, a hurricane, a campus paper, a title
	// fight and a book review with an interview), scored as they came.
	"toi_drain_drowning":        {0.99, 0.81, 0.81, 0.99},
	"smh_rail_pay_standoff":     {0.99, 0.99, 0.99, 0.74},
	"wimbledon_qf_upset":        {0.96, 0.78, 0.75, 0.99},
	"statehouse_nurse_staffing": {0.99, 0.99, 0.99, 0.66},
	"cnn_heater_recall":         {0.99, 0.99, 0.99, 0.82},
	"al_monitor_gulf_turkey":    {0.99, 0.99, 0.99, 0.85},
	"hurricane_texas_landfall":  {0.99, 0.74, 0.74, 0.99},
	"campus_library_hours":      {0.99, 0.88, 0.88, 0.99},
	"boxing_middleweight_title": {0.96, 0.84, 0.81, 0.99},
	"book_review_interview":     {0.99, 0.88, 0.88, 0.99},
	// A thirteenth batch of fifteen, written after the twelfth's fixes
	// (Axios, Dawn, the Kyiv Independent, a student daily, Variety, ESPN,
	// Euronews, the Inquirer, MedPage Today, The Hindu, Arab News, the NZ
	// Herald, Politico Europe, Punch and a Rolling Stone feature), scored
	// as they came.
	"axios_datacenter_ratepayer_bill":               {0.99, 0.92, 0.92, 0.99},
	"dawn_punjab_localgovt_bill":                    {0.99, 0.95, 0.95, 0.91},
	"kyivindependent_kharkiv_strike_demobilization": {0.96, 0.99, 0.96, 0.91},
	"studentdaily_demonstration_policy_protest":     {0.97, 0.86, 0.85, 0.87},
	"variety_venice_salt_orchard":                   {0.97, 0.86, 0.85, 0.99},
	"espn_olemiss_comeback":                         {0.96, 0.88, 0.85, 0.99},
	"euronews_eu_summit_defence_loans":              {0.99, 0.93, 0.93, 0.90},
	"inquirer_senate_ferry_probe":                   {0.97, 0.8, 0.79, 0.9},
	"medpage_aha_velandrostat_htn":                  {0.96, 0.99, 0.96, 0.99},
	"thehindu_tn_smart_meter_row":                   {0.99, 0.93, 0.93, 0.99},
	"arabnews_jeddah_logistics":                     {0.96, 0.81, 0.78, 0.99},
	"nzherald_whakatane_punch":                      {0.99, 0.93, 0.93, 0.99},
	"politico_pfas_delay":                           {0.97, 0.86, 0.84, 0.87},
	"punch_rovers_salaries":                         {0.99, 0.76, 0.76, 0.61},
	"rollingstone_hollow_orchard":                   {0.97, 0.99, 0.97, 0.99},
	// A fourteenth batch of fifteen, written after the thirteenth's fixes
	// (a Guardian live blog, a CNBC interview, an inquest, AFP from Brazil,
	// the Korea Herald, AP hockey and golf, the NRL in single marks,
	// Billboard, Nature, the Daily Star, CNA, Roll Call, a local TV court
	// story and the FT), scored as they came.
	"afp_brazil_amazon_drought":               {0.99, 0.91, 0.91, 0.99},
	"cnbc_brightwater_ceo_interview":          {0.99, 0.99, 0.99, 0.32},
	"guardian_politics_live_school_transport": {0.97, 0.84, 0.82, 0.32},
	"koreaherald_bok_rate_hold_won":           {0.99, 0.85, 0.85, 0.99},
	"lincslive_inquest_motorcyclist_pothole":  {0.99, 0.70, 0.70, 0.99},
	"ap_lpga_vikstrom_lakeshore":              {0.97, 0.89, 0.87, 0.99},
	"ap_nhl_wild_kraken_rally":                {0.97, 0.94, 0.92, 0.99},
	"billboard_mendel_bluehalyard_lawsuit":    {0.99, 0.88, 0.88, 0.99},
	"dailytelegraph_nrl_tigers_marsters":      {0.99, 0.96, 0.96, 0.99},
	"nature_woolly_rhino_sediment_dna":        {0.99, 0.89, 0.89, 0.88},
	"cna_johor_migrant_boat_capsize":          {0.95, 0.89, 0.85, 0.81},
	"dailystar_tongi_wage_clash":              {0.99, 0.76, 0.76, 0.99},
	"ft_harwood_sterling_profit_warning":      {0.99, 0.77, 0.77, 0.99},
	"kstp_columbia_heights_driveway_shooting": {0.97, 0.88, 0.85, 0.99},
	"rollcall_senate_rail_derailment_hearing": {0.99, 0.99, 0.99, 0.92},
	// A fifteenth batch of fifteen, written after the fourteenth's fixes
	// (News24, the Philippine Star, Forbes, the Express Tribune, a
	// university press office, The Atlantic, TechCrunch, Guardian
	// Australia, Vanguard, the Daily Mail, Bloomberg, BBC health, the Irish
	// Independent, the Times of Israel and a US local TV station), scored
	// as they came.
	"atlantic_grain_elevator_town":                 {0.97, 0.99, 0.97, 0.99},
	"bbc_corridor_care":                            {0.99, 0.95, 0.95, 0.91},
	"bloomberg_czech_rate_cut":                     {0.93, 0.99, 0.93, 0.79},
	"dailymail_stolen_mobility_scooter":            {0.94, 0.99, 0.94, 0.74},
	"expresstribune_pakistan_sri_lanka_odi_series": {0.96, 0.99, 0.96, 0.82},
	"forbes_kelpwise_series_b":                     {0.99, 0.99, 0.99, 0.99},
	"guardian_australia_southern_reef_recovery":    {0.96, 0.99, 0.96, 0.82},
	"irish_independent_kilkenny_galway":            {0.99, 0.99, 0.99, 0.82},
	"leeds_university_school_hedges_pollution":     {0.99, 0.99, 0.99, 0.99},
	"news24_rietvlei_water_outage":                 {0.99, 0.99, 0.99, 0.99},
	"philstar_batangas_tricycle_driver_shooting":   {0.99, 0.87, 0.87, 0.99},
	"techcrunch_halyard_dental_ai_launch":          {0.99, 0.86, 0.86, 0.85},
	"times_of_israel_chile_envoy":                  {0.97, 0.95, 0.92, 0.89},
	"vanguard_ekiti_road_levy":                     {0.95, 0.90, 0.86, 0.99},
	"wral_johnston_ice_closings":                   {0.94, 0.99, 0.94, 0.74},
	// A sixteenth batch, written after the fifteenth's fixes (the Irish
	// Times, the SCMP, Wired, The Sun, Reuters on OPEC+, The Hindu, Al
	// Jazeera, a New Yorker profile, the Manchester Evening News and an
	// NPR transcript), scored as they came.
	"aljazeera_sudan_abu_qurun_displacement": {0.99, 0.93, 0.93, 0.99},
	"irishtimes_derelict_sites_levy":         {0.97, 0.95, 0.92, 0.99},
	"men_reddish_bowling_green_homes":        {0.92, 0.99, 0.92, 0.99},
	"newyorker_queens_sign_painter_profile":  {0.97, 0.87, 0.86, 0.82},
	"npr_morning_edition_school_phone_ban":   {0.99, 0.99, 0.99, 0.00},
	"reuters_opec_cuts_extension":            {0.96, 0.84, 0.81, 0.99},
	"scmp_subdivided_flat_evictions":         {0.93, 0.92, 0.86, 0.9},
	"thehindu_karnataka_school_merger_row":   {0.99, 0.93, 0.93, 0.99},
	"thesun_tegan_ashby_split":               {0.96, 0.81, 0.78, 0.79},
	"wired_bramble_teleop_robot_arms":        {0.94, 0.99, 0.94, 0.99},
	// Five more of the sixteenth batch, written at the same time and
	// scored as they came, after the fixes the first ten prompted (the
	// Washington Post, the Straits Times, Sky Sports, the Globe and Mail
	// and ABC News).
	"abcnews_scooter_hit_and_run_sentencing": {0.97, 0.95, 0.93, 0.88},
	"globeandmail_caldera_ridge_kessock":     {0.96, 0.93, 0.90, 0.99},
	"skysports_palace_fulham":                {0.96, 0.93, 0.90, 0.74},
	"straitstimes_tengah_bus_links":          {0.96, 0.85, 0.82, 0.99},
	"washingtonpost_usda_lab_closures":       {0.97, 0.94, 0.92, 0.99},
	// A seventeenth batch of fifteen, written after the sixteenth's fixes
	// (The Independent, CNN, the Japan Times, RNZ, The Athletic, The
	// Economist, DW, Law360, the Daily Nation, a PR Newswire release, The
	// Herald, the Times of India, Politico, The Oregonian and Autosport),
	// scored as they came.
	"athletic_hornets_bucks_comeback":     {0.97, 0.95, 0.93, 0.99},
	"autosport_hungarian_gp_qualifying":   {0.99, 0.84, 0.84, 0.99},
	"cnn_faa_nominee_hold":                {0.99, 0.89, 0.89, 0.79},
	"dw_deutschlandticket_price_row":      {0.94, 0.83, 0.78, 0.89},
	"economist_astana_financial_centre":   {0.93, 0.92, 0.86, 0.99},
	"herald_fmqs_ferry_delay":             {0.98, 0.86, 0.84, 0.99},
	"independent_night_shift_diabetes":    {0.97, 0.99, 0.97, 0.89},
	"japantimes_kumamoto_polishing_plant": {0.99, 0.81, 0.81, 0.87},
	"law360_brewery_flood_coverage":       {0.95, 0.74, 0.71, 0.79},
	"nation_kilifi_ward_fund_budget":      {0.93, 0.92, 0.86, 0.91},
	"oregonian_oregon_city_cobbler":       {0.95, 0.9, 0.86, 0.99},
	"politico_farm_bill_vote_pulled":      {0.97, 0.88, 0.86, 0.99},
	"prnewswire_corvane_wind_partnership": {0.99, 0.99, 0.99, 0.99},
	"rnz_kopuku_landfill_pause":           {0.96, 0.99, 0.96, 0.99},
	"timesofindia_goregaon_water_cut":     {0.99, 0.99, 0.99, 0.99},
	// An eighteenth batch of fifteen, written after the seventeenth's
	// fixes (the Guardian, the New York Times, the Sydney Morning Herald,
	// Reuters, BBC Sport, the Washington Post, The National, BusinessLine,
	// KING 5, an Oregonian Q&A, the Irish Examiner, AP football, The
	// Conversation, CNA and Construction News), scored as they came.
	"ap_nfl_titans_jaguars_overtime":            {0.99, 0.99, 0.99, 0.99},
	"bbcsport_bournemouth_villa_preview":        {0.97, 0.88, 0.85, 0.87},
	"businessline_sensex_nifty_bank_rebound":    {0.99, 0.99, 0.99, 0.79},
	"cna_penang_slope_evacuation":               {0.99, 0.83, 0.83, 0.99},
	"constructionnews_scaffolding_insolvencies": {0.99, 0.85, 0.85, 0.99},
	"conversation_street_trees_heat":            {0.99, 0.71, 0.71, 0.99},
	"guardian_rented_homes_insulation_delay":    {0.97, 0.99, 0.97, 0.88},
	"irishexaminer_fermoy_pint_glass_assault":   {0.97, 0.84, 0.82, 0.99},
	"king5_lynnwood_stabbing_arrest":            {0.99, 0.99, 0.99, 0.99},
	"nytimes_rural_hospital_births":             {0.96, 0.99, 0.96, 0.99},
	"oregonian_fire_lookout_qa":                 {0.99, 0.94, 0.94, 0.99},
	"reuters_brennwerk_q3_results":              {0.99, 0.99, 0.99, 0.99},
	"smh_paramedic_ramping_estimates":           {0.97, 0.94, 0.92, 0.81},
	"thenational_sme_export_finance":            {0.95, 0.99, 0.95, 0.85},
	"washingtonpost_bell_times_bus_shortage":    {0.96, 0.99, 0.96, 0.81},
	// A twenty-fourth batch of fifteen, written after the twenty-third's
	// fixes (The Washington Post, The Daily Telegraph, the Sydney Morning
	// Herald, CNA, an AFP stage report, the Irish Independent, The Sun, a
	// Guardian live blog, the Inquirer, a civil trial's transcript, Nature
	// News, TechCrunch, The Economist, the Global Times and a council
	// meeting report), scored as they came.
	"chinastate_lancang_flow_report":            {0.95, 0.59, 0.57, 0.82},
	"cna_lift_rope_replacement_lapses":          {0.96, 0.87, 0.84, 0.99},
	"council_havenmoor_lido_boiler":             {0.97, 0.89, 0.87, 0.79},
	"courttranscript_ostrowski_bee_drift_trial": {0.96, 0.99, 0.96, 0.99},
	"economist_arslanbob_walnut_leases":         {0.96, 0.66, 0.64, 0.99},
	"guardianlive_skelwick_cliff_buyout":        {0.87, 0.62, 0.54, 0.77},
	"inquirer_kalasag_foam_life_vests":          {0.97, 0.57, 0.56, 0.89},
	"irishindo_ballyfearna_kinsella_late_goals": {0.93, 0.99, 0.93, 0.99},
	"naturenews_glowworm_silk_vibration":        {0.95, 0.95, 0.91, 0.59},
	"smh_demountable_heat_shutdown":             {0.99, 0.73, 0.73, 0.85},
	"sportwire_valberg_queen_stage_solo":        {0.9, 0.85, 0.77, 0.99},
	"technews_hummwell_hive_microphones":        {0.99, 0.87, 0.87, 0.99},
	"telegraph_church_bell_curfew_guidance":     {0.98, 0.84, 0.82, 0.61},
	"thesun_skate_stars_delaney_walkout":        {0.97, 0.49, 0.48, 0.99},
	"wapo_railcar_brake_waiver_backlog":         {0.97, 0.87, 0.86, 0.59},
	// A twenty-third batch of fifteen, written after the twenty-second's
	// fixes (AP, the Guardian, Reuters, The Irish Times, the SCMP, BBC
	// Sport, ESPN, The Times of India, Al Jazeera, a radio interview's
	// transcript, Politico Europe, a magazine feature, a US local TV
	// station, The Hindu and a wire press release), scored as they came.
	"aljazeera_um_dabakir_aid_convoy":        {0.97, 0.91, 0.89, 0.99},
	"apnews_nh_ambulance_levy_veto":          {0.95, 0.99, 0.95, 0.70},
	"bbcsport_portbridge_voss_derby_defeat":  {0.99, 0.99, 0.99, 0.82},
	"espn_okonkwo_reed_return_41":            {0.91, 0.85, 0.78, 0.99},
	"feature_bell_foundry":                   {0.92, 0.86, 0.79, 0.66},
	"guardian_sludge_pfas_dairy_milk":        {0.92, 0.99, 0.92, 0.66},
	"irishtimes_scoliosis_surgery_leave":     {0.96, 0.66, 0.64, 0.79},
	"localtv_daycare_suv_crash":              {0.97, 0.94, 0.91, 0.99},
	"politicoeu_cable_repair_fleet":          {0.96, 0.71, 0.69, 0.55},
	"pressrelease_hospital_linen_rfid":       {0.91, 0.99, 0.91, 0.66},
	"radiotranscript_kellsbridge_boil_water": {0.92, 0.99, 0.92, 0.99},
	"reuters_nordvik_blade_bonding_recall":   {0.93, 0.78, 0.73, 0.55},
	"scmp_columbarium_niche_ballot":          {0.87, 0.72, 0.63, 0.61},
	"thehindu_tank_desilting_probe":          {0.99, 0.90, 0.90, 0.57},
	"toi_revapur_shivneri_drain_trench":      {0.94, 0.77, 0.73, 0.99},
	// A twenty-second batch of fifteen, written after the twenty-first's
	// fixes (CBS News, The Wall Street Journal, Deadline, HuffPost, a
	// White House briefing's transcript, the Evening Standard, Metro,
	// Cornwall Live, The Northern Echo, BBC Scotland, RTÉ, The Jakarta
	// Post, the Taipei Times, Mint and Anadolu), scored as they came.
	"anadolu_tanzania_fm_visit":      {0.97, 0.99, 0.97, 0.99},
	"bbcscotland_ferry_strike":       {0.97, 0.99, 0.96, 0.99},
	"cbsnews_icefield_crash":         {0.97, 0.87, 0.85, 0.54},
	"cornwalllive_quay_parking":      {0.99, 0.79, 0.79, 0.99},
	"deadline_salt_road":             {0.96, 0.92, 0.89, 0.49},
	"huffpost_wildfire_aid":          {0.95, 0.9, 0.86, 0.32},
	"jakartapost_ride_hailing_cap":   {0.94, 0.81, 0.76, 0.99},
	"livemint_gold_loan_curbs":       {0.95, 0.81, 0.78, 0.99},
	"metro_meal_deal_sandwich":       {0.88, 0.69, 0.62, 0.99},
	"northernecho_rogue_roofer":      {0.97, 0.73, 0.71, 0.82},
	"rte_clonmore_ed_nights":         {0.97, 0.87, 0.86, 0.66},
	"standard_night_tube_strike":     {0.97, 0.95, 0.94, 0.76},
	"taipeitimes_coast_guard_drones": {0.97, 0.99, 0.96, 0.99},
	"whbriefing_hurricane_odalys":    {0.99, 0.99, 0.99, 0.99},
	"wsj_cold_storage":               {0.99, 0.79, 0.79, 0.16},
	// A twenty-first batch of fifteen, written after the twentieth's
	// fixes (NBC News, Newsweek, Business Insider, ITV News, a podcast's
	// transcript, The Scotsman, The Yorkshire Post, the i Paper, SBS
	// News, Stuff, Daily Maverick, Geo News, Nikkei Asia, The Korea
	// Times and a UN briefing's transcript), scored as they came.
	"businessinsider_badge_tracking": {0.96, 0.83, 0.80, 0.66},
	"dailymaverick_mthonjeni_water":  {0.95, 0.96, 0.91, 0.89},
	"geonews_electoral_reforms":      {0.96, 0.87, 0.84, 0.82},
	"ipaper_skills_passport_row":     {0.97, 0.79, 0.78, 0.28},
	"itvnews_car_arson_estate":       {0.99, 0.82, 0.82, 0.69},
	"koreatimes_crowd_cameras":       {0.95, 0.99, 0.95, 0.87},
	"nbcnews_ssa_clawback":           {0.97, 0.82, 0.8, 0.39},
	"newsweek_farmer_tariff_post":    {0.92, 0.99, 0.92, 0.49},
	"nikkei_battery_recycling":       {0.99, 0.94, 0.94, 0.9},
	"podcast_truck_parking":          {0.86, 0.99, 0.86, 0.99},
	"sbsnews_aged_care_interpreters": {0.97, 0.84, 0.82, 0.89},
	"scotsman_island_housing_review": {0.95, 0.91, 0.87, 0.24},
	"stuff_mangaone_slip_road":       {0.99, 0.81, 0.81, 0.66},
	"unbriefing_cyclone_imani":       {0.88, 0.99, 0.88, 0.99},
	"yorkshirepost_pea_contract_cut": {0.99, 0.99, 0.99, 0.56},
	// A twentieth batch of fifteen, written after the nineteenth's
	// fixes (The Hill, the Los Angeles Times, the Texas Tribune, the
	// Chicago Tribune, a golf press conference's transcript, The
	// Independent, the Belfast Telegraph, WalesOnline, The Times, Sky
	// News, the Hindustan Times, the Bangkok Post, Premium Times, The
	// Jerusalem Post and an earnings call's transcript), scored as they
	// came.
	"asapsports_meridian_bay_r3":            {0.95, 0.95, 0.91, 0.99},
	"bangkokpost_tourist_insurance":         {0.90, 0.99, 0.90, 0.82},
	"belfasttelegraph_hospital_parking":     {0.97, 0.85, 0.83, 0.43},
	"chicagotribune_hit_and_run_sentencing": {0.99, 0.89, 0.89, 0.82},
	"earningscall_cold_chain":               {0.97, 0.99, 0.97, 0.99},
	"hindustantimes_sand_mining":            {0.99, 0.99, 0.99, 0.82},
	"independent_river_sewage":              {0.94, 0.66, 0.62, 0.49},
	"jpost_northern_return":                 {0.96, 0.87, 0.84, 0.49},
	"latimes_mesa_ridge_rebuild":            {0.97, 0.99, 0.97, 0.66},
	"premiumtimes_electricity_tariff":       {0.99, 0.76, 0.76, 0.87},
	"skynews_student_loans":                 {0.97, 0.94, 0.91, 0.16},
	"texastribune_groundwater_exports":      {0.96, 0.99, 0.96, 0.7},
	"thehill_permitting_deal":               {0.97, 0.9, 0.88, 0.49},
	"thetimes_carer_fraud":                  {0.95, 0.99, 0.95, 0.55},
	"walesonline_bus_route":                 {0.95, 0.69, 0.66, 0.37},
	// A nineteenth batch of fifteen, written after the eighteenth's
	// fixes (the Telegraph, USA Today, France 24, The Star, Guardian
	// tennis, Businessweek, the Boston Globe, ABC Rural, Gulf News,
	// Science News, the Daily Mirror, Middle East Eye, The Athletic, The
	// Tribune and a council hearing's transcript), scored as they came.
	"abc_eyre_peninsula_dry_sowing":             {0.96, 0.81, 0.78, 0.99},
	"athletic_wolves_porto_falcao_transfer":     {0.93, 0.86, 0.81, 0.85},
	"bloomberg_businessweek_kestle_ebike_fleet": {0.97, 0.84, 0.82, 0.99},
	"bostonglobe_medford_hillside_school_sale":  {0.99, 0.89, 0.89, 0.99},
	"burlington_council_leaf_blower_hearing":    {0.95, 0.99, 0.95, 0.99},
	"france24_referendum_address":               {0.92, 0.94, 0.88, 0.87},
	"guardian_usopen_escolano_clarke":           {0.97, 0.88, 0.86, 0.66},
	"gulfnews_al_warqa_bridge_uturn":            {0.99, 0.92, 0.92, 0.99},
	"middleeasteye_iraq_tigris_water_row":       {0.97, 0.82, 0.79, 0.79},
	"mirror_stockport_parking_row_manslaughter": {0.95, 0.81, 0.78, 0.99},
	"sciencenews_dormouse_fat_clock":            {0.95, 0.9, 0.86, 0.99},
	"telegraph_artillery_mothball":              {0.99, 0.9, 0.9, 0.89},
	"thestar_gua_musang_landslide":              {0.99, 0.69, 0.69, 0.99},
	"tribune_shimla_hailstorm_apple_relief":     {0.96, 0.61, 0.59, 0.9},
	"usatoday_mushroom_gummies":                 {0.97, 0.99, 0.97, 0.7},
}

// fourthBatch names the articles of the fourth batch, whose total is
// shown apart: the nearest this set has to a held-out score.
var fourthBatch = map[string]bool{
	"sci_webb": true, "iran_outlet": true, "xinhua": true, "bbcsport": true,
	"scot_tabloid": true, "canada": true, "ap_wire": true, "ars_tech": true,
	"pr_robotics": true, "radio_interview": true, "select_committee": true,
}

// fifthBatch names the articles of the fifth batch.
var fifthBatch = map[string]bool{
	"uk_politics2": true, "us_politics": true, "cricket": true, "hk_scmp": true, "health_study": true, "tv_transcript": true,
}

// sixthBatch names the articles of the sixth batch.
var sixthBatch = map[string]bool{
	"us_local": true, "reuters_statement": true, "nyt_feature": true, "guardian_live": true,
	"india_pti": true, "obituary": true, "tech_blog": true, "earnings": true,
	"presser_uk": true, "gt_china": true, "aljazeera": true,
}

// lateTwo names the two articles written after the sixth batch's fixes.
var lateTwo = map[string]bool{"nz_paper": true, "ap_factcheck": true}

// twentyFifthBatch names the articles of the twenty-fifth batch.
var twentyFifthBatch = map[string]bool{
	"bbc_live_harrowfield_byelection_night":    true,
	"cbc_winnipeg_north_end_grocery_closure":   true,
	"espn_panthers_falcons_pettaway_rookie":    true,
	"guardian_obituary_delyth_maddocks_potter": true,
	"mirror_campsite_barbecue_inquest":         true,
	"newscientist_hedgehog_magnetic_homing":    true,
	"politicshome_hansard_coastal_erosion_uq":  true,
	"punch_ondo_drainage_demolition":           true,
	"reuters_havbruk_salmon_q2_results":        true,
	"standard_kenya_fake_fertiliser_court":     true,
	"straitstimes_circle_line_cable_fault":     true,
	"vox_child_care_economist_qa":              true,
}

// twentySixthBatch names the articles of the twenty-sixth batch.
var twentySixthBatch = map[string]bool{
	"abc_tablelands_wild_dog_baiting":              true,
	"ap_senate_controller_fatigue_hearing":         true,
	"ars_latchwell_lock_replay_flaw":               true,
	"bbcsport_castlebridge_northfleet_late_winner": true,
	"dawn_punjab_assembly_canal_breach":            true,
	"inquirer_dalisay_catanduanes_relief":          true,
	"irishtimes_kilbride_trolley_waits":            true,
	"newyorker_pipe_organ_repairer_profile":        true,
	"podcast_small_print_flight_delay_claims":      true,
	"prnewswire_ncu_tire_particle_microbes":        true,
	"thesun_asante_reid_birthday_bash":             true,
	"toi_jaipur_digital_arrest_teacher":            true,
}

// thirtyFirstBatch names the articles of the thirty-first batch.
var thirtyFirstBatch = map[string]bool{
	"afp_nairobi_riverside_demolitions":                      true,
	"dawn_sindh_assembly_tanker_hydrants":                    true,
	"irishindo_laois_rural_burglaries_garda_cover":           true,
	"kyivindependent_zaporizhzhia_glide_bombs_orikhiv":       true,
	"nzherald_opotiki_water_rates_hike":                      true,
	"punch_abeokuta_market_relocation_clash":                 true,
	"scmp_tin_shui_wai_bus_route_cuts":                       true,
	"straitstimes_renovation_deposits_cheating_jail":         true,
	"timesofisrael_liveblog_ashdod_port_strike":              true,
	"xinhua_fm_briefing_zambia_mine_copper_corridor":         true,
	"belfasttelegraph_school_transport_distance_row":         true,
	"dailymail_kettering_builder_vanished_deposit":           true,
	"irishexaminer_cuh_cath_lab_weekend_closures":            true,
	"liverpoolecho_arriola_hamstring_dahlqvist_presser":      true,
	"men_levenshulme_shop_hammer_robbery_jailed":             true,
	"newscomau_sydney_trains_central_signal_failure":         true,
	"skynews_passport_office_it_outage_backlog":              true,
	"thesun_kayleigh_rowntree_soap_exit":                     true,
	"thetimes_obituary_hester_gaulden_cheesemaker":           true,
	"walesonline_llanberis_public_toilets_closure":           true,
	"axios_phoenix_bus_stop_misters_heat":                    true,
	"cnn_sotu_auto_parts_tariffs_transcript":                 true,
	"govinfo_senate_hearing_park_timed_entry_reservations":   true,
	"hansard_commons_young_drivers_bill_second_reading":      true,
	"jsonline_dairy_coop_hauling_fee_trial_transcript":       true,
	"ourcommons_hansard_marine_atlantic_ferry_cancellations": true,
	"seekingalpha_brightfield_pet_q2_call":                   true,
	"shelflife_podcast_library_ebook_licences":               true,
	"startribune_early_ice_safety_conservation_officer_qa":   true,
	"vulture_foley_artist_lamplighters_interview":            true,
	"ap_nh_senate_district_special_election":                 true,
	"espn_wolves_suns_vashaw_castellow_ot":                   true,
	"ksl_west_valley_fourplex_fire_dog":                      true,
	"naturenews_wellington_gulls_school_bells":               true,
	"nyt_port_ellery_police_dissolution_vote":                true,
	"politico_senate_wildfire_bill_hold":                     true,
	"variety_berlinale_vallgren_lowland_hymn":                true,
	"verge_quillmark_folio2_color_eink_launch":               true,
	"wired_hearthwise_thermostat_cloud_shutdown":             true,
	"wsj_brightvane_inverter_guidance_cut":                   true,
}

// thirtySecondBatch names the articles of the thirty-second batch.
var thirtySecondBatch = map[string]bool{
	"arabnews_qassim_palm_offshoot_ban":                    true,
	"bangkokpost_mule_account_sweep":                       true,
	"japantimes_akita_bus_route_cuts":                      true,
	"koreaherald_kimjang_cabbage_stockpile":                true,
	"nation_nyandarua_potato_cess_standoff":                true,
	"news24_msunduzi_refuse_strike_samwu":                  true,
	"premiumtimes_crestfield_mfb_fraud_trial":              true,
	"rappler_senate_nfa_spoiled_rice_hearing":              true,
	"thehindu_madurai_stormwater_drain_delay":              true,
	"thenational_dubai_offplan_supply_panel":               true,
	"bbcsport_fulham_wolves_verbeek_double":                true,
	"dailyrecord_govan_bakery_screwdriver_threat":          true,
	"express_wolds_bus_axed_pensioner":                     true,
	"guardianau_build_to_rent_cap_senate":                  true,
	"inews_schools_friday_afternoon_closures_explainer":    true,
	"kentonline_marden_orchard_homes_plan":                 true,
	"rte_mayo_home_support_hours":                          true,
	"stuff_uawa_slash_cleanup_deadline":                    true,
	"thenational_fmqs_a96_dualling_row":                    true,
	"yorkshirepost_swaledale_lamb_supermarket_switch":      true,
	"bigissue_ferry_captain_debut_novel_interview":         true,
	"fieldnotes_podcast_hedgehogs_robot_mowers":            true,
	"kentonline_carer_dementia_fraud_sentencing_remarks":   true,
	"ludlowtc_minutes_market_pitch_fees_fountain":          true,
	"northernecho_bishop_auckland_death_police_transcript": true,
	"pcgamer_hollowmere_delay_reddit_ama":                  true,
	"skynews_live_narrowboat_fire_murder_trial":            true,
	"substack_valley_ledger_birthing_unit_closure":         true,
	"ted_reef_soundscape_restoration_talk":                 true,
	"unpress_noon_briefing_jonglei_floods_unicef":          true,
	"billboard_wren_callister_debut_no1_billboard200":      true,
	"bloomberg_private_credit_fund_caps_withdrawals":       true,
	"cnbc_cascadia_airways_ceo_fuel_guidance":              true,
	"foxnews_missouri_jail_escape_manhunt":                 true,
	"latimes_macarthur_park_camping_ban_vote":              true,
	"newyorker_talk_ferry_lost_and_found":                  true,
	"people_loomis_tallant_lake_como_engagement":           true,
	"si_wichita_state_softball_pitcher_raeburn":            true,
	"texastribune_data_center_grid_curtailment_bill":       true,
	"usatoday_travel_sports_family_costs":                  true,
}

// thirtyThirdBatch names the articles of the thirty-third batch.
var thirtyThirdBatch = map[string]bool{
	"11alive_cherokee_school_bus_crash":                         true,
	"chicagomag_dos_babcias_avondale_feature":                   true,
	"desmoinesregister_prep_football_week6_roundup":             true,
	"law360_smart_thermostat_heat_wave_suit":                    true,
	"pa_attorney_general_solar_installer_settlement":            true,
	"patch_westfield_elm_street_plaza_vote":                     true,
	"sanfordhealth_hospital_at_home_rural_expansion":            true,
	"startribune_obituary_marlys_thorsgaard_bait_shop":          true,
	"tulsaworld_live_broken_arrow_coweta_tornadoes":             true,
	"uwmadison_news_lake_ice_zooplankton_study":                 true,
	"dailysabah_milas_forest_fire_contained":                    true,
	"ekathimerini_leros_water_emergency_desalination":           true,
	"euractiv_animal_transport_journey_limits_deadlock":         true,
	"fijitimes_nakorovou_village_relocation_delay":              true,
	"gleaner_st_elizabeth_alumina_layoffs_union":                true,
	"japantoday_kanazawa_bus_alcohol_checks_apology":            true,
	"meduza_buryatia_contract_soldiers_unpaid_bonuses":          true,
	"mexiconewsdaily_teotihuacan_balloon_flights_suspended":     true,
	"thelocal_se_hudiksvall_pool_closure_swimming":              true,
	"timesofmalta_gzira_courier_ebike_crackdown":                true,
	"ap_nhl_blue_jackets_sabres_rookie_vanstone":                true,
	"bbcsport_eastbourne_brennock_stuns_vrbenska":               true,
	"cyclingnews_tour_of_the_alps_pellizzon_stage_three":        true,
	"dexerto_cs2_northvane_nordic_masters_title":                true,
	"guardian_exeter_northampton_kingscote_late_penalty":        true,
	"nme_green_man_maisie_trelawney_headline_review":            true,
	"pgatour_cypress_bend_thorsager_holm_playoff":               true,
	"racingpost_ripon_skellgate_sprint_marble_courtyard":        true,
	"theartnewspaper_hepworth_wakefield_iwerebon_retrospective": true,
	"thestage_royal_exchange_the_weighbridge_review":            true,
	"breakingviews_southbridge_mortgage_margins":                true,
	"cnbc_castleford_thackwell_shareholder_letter":              true,
	"ft_brinsworth_hotels_sale_buyback":                         true,
	"ieeespectrum_molokai_grid_forming_inverters":               true,
	"medscape_esc_orbit_af_factor_xi_bleeding":                  true,
	"newscientist_reef_fish_boat_engine_learning":               true,
	"supplychaindive_millbrook_automated_dc_teamsters":          true,
	"techreview_aperture_hallucination_probe":                   true,
	"unnews_who_malawi_cholera_vaccine_shortfall":               true,
	"usatoday_littleloft_learning_tower_recall":                 true,
}

// thirtyFourthBatch names the articles of the thirty-fourth batch.
var thirtyFourthBatch = map[string]bool{
	"dailystar_sunamganj_haor_embankment_breach":                     true,
	"dawn_lhc_jail_road_tree_felling_stay":                           true,
	"economynext_apparel_exporters_power_tariff_hike":                true,
	"inquirer_sandiganbayan_bulan_fertilizer_graft":                  true,
	"kathmandupost_gandaki_no_confidence_motion":                     true,
	"kyodo_koshien_heat_split_schedule":                              true,
	"straitstimes_hawker_stall_record_bid_tender":                    true,
	"thehindu_telangana_dialysis_technician_shortage":                true,
	"vnexpress_hue_citadel_pavilion_paint_row":                       true,
	"yonhap_voting_age_16_local_elections_bill":                      true,
	"cbc_nl_snow_crab_price_standoff_legislature":                    true,
	"globeandmail_cairnview_harbourline_hostile_bid":                 true,
	"herald_holyrood_teacher_numbers_pledge":                         true,
	"irishindo_dail_creche_fees_leaders_questions":                   true,
	"men_bolton_streetlight_switch_off_row":                          true,
	"mirror_wedding_dj_deposits_jailed":                              true,
	"rnz_ngawha_kaumatua_papakainga_consent_delay":                   true,
	"smh_bondi_developer_planner_bribery_trial":                      true,
	"thewest_cyclone_marlee_port_hedland_shutdown":                   true,
	"walesonline_ebbw_vale_minor_injuries_overnight_closure":         true,
	"axios_dfw_hail_roof_nonrenewals":                                true,
	"cnbc_regional_banks_harborline_office_loan_writedown":           true,
	"espn_mlb_mariners_orioles_ivory_walkoff":                        true,
	"kffhealthnews_virginia_hospital_debt_lawsuits":                  true,
	"politico_stock_trading_ban_markup_pulled":                       true,
	"reuters_lakemont_foods_q3_snack_volumes":                        true,
	"tampabay_dabney_conviction_vacated_hillsborough":                true,
	"thehill_va_community_care_wait_times_hearing":                   true,
	"verge_keywarden_lifetime_plan_ended":                            true,
	"wfaa_arlington_smart_meter_water_bills":                         true,
	"cbc_islandmorning_transcript_charlottetown_fare_free_bus_pilot": true,
	"dailymaverick_northern_cape_karoo_drought_relief_delays":        true,
	"fwc_summary_ruddock_salmon_pen_lifejacket_dismissal":            true,
	"hakai_qa_skaalvik_urchin_cull_port_hardy":                       true,
	"ihrb_presser_galway_plate_winner_meloxicam_positive":            true,
	"nation_homa_bay_hyacinth_pier_ferry_suspension":                 true,
	"punch_ikorodu_ewu_elepe_bridge_collapse_canoe_fares":            true,
	"stuff_live_mt_roskill_trunk_main_burst_boil_water":              true,
	"thenational_fujairah_coral_nursery_volunteer_divers":            true,
	"trinidadguardian_mayaro_taps_dry_wasa_truck_borne":              true,
}

// thirtyFifthBatch names the articles of the thirty-fifth batch.
var thirtyFifthBatch = map[string]bool{
	"aldotcom_walker_county_water_authority_bookkeeper_sentenced": true,
	"ap_new_mexico_acequia_repair_fund":                           true,
	"calmatters_schoolyard_shade_heat_bill":                       true,
	"dailytexan_university_apartments_rent_increase":              true,
	"kansascitystar_jackson_county_assessment_appeals_backlog":    true,
	"kare11_st_cloud_ice_arena_roof_truss_closure":                true,
	"navajotimes_water_hauling_trucks_emergency_funding":          true,
	"seattletimes_kent_family_private_duty_nursing_shortage":      true,
	"washtenawcounty_pr_private_lead_service_line_grants":         true,
	"wbur_worcester_wrta_fare_free_ending":                        true,
	"apnews_kings_grizzlies_castleberry_overtime":                 true,
	"cricbuzz_punjab_kings_royals_jaipur_jhunjhunwala_chase":      true,
	"ft_tv_review_the_swale_channel4_corrigall":                   true,
	"globeandmail_books_hollis_trevanion_grand_manan_novel":       true,
	"guardian_birmingham_mackintyre_vondrackova_final":            true,
	"irishtimes_golf_irish_open_dromey_mount_juliet":              true,
	"kickoff_arrows_stellenbosch_ndlela_late_equaliser":           true,
	"pitchfork_junie_ashgrove_voicemail_album_interview":          true,
	"screendaily_karlovy_vary_competition_sargsyan_opener":        true,
	"stuff_chiefs_hurricanes_hamilton_te_kani_late_lineout":       true,
	"bmj_virtual_ward_sepsis_coroner_warning":                     true,
	"farmersweekly_wyvern_dairies_milk_price_cut":                 true,
	"freightwaves_savannah_chassis_shortage_dwell":                true,
	"ft_maison_verlaine_eyewear_spin_off":                         true,
	"insideclimatenews_ohio_township_solar_moratorium":            true,
	"pressrelease_calloway_childrens_newborn_genome_pilot":        true,
	"reuters_palm_oil_indonesia_b50_rally":                        true,
	"sciencemag_nodule_mining_plume_drift":                        true,
	"techcrunch_tallowbright_court_transcript_series_a":           true,
	"wired_voltharbor_ev_charger_fleet_flaw":                      true,
	"batimes_belgrano_cargas_privatisation_senate_stall":          true,
	"cnn_transcript_sherman_minton_barge_strike":                  true,
	"haaretz_allenby_purple_line_shop_owners_lawsuit":             true,
	"hindustantimes_lok_sabha_crop_insurance_walkout":             true,
	"khaleejtimes_dubai_court_240kmh_video_driver_fined":          true,
	"parlinfo_hansard_reps_regional_bank_branch_closures":         true,
	"reddit_iama_snowcat_night_groomer":                           true,
	"seekingalpha_copperline_dental_q4_2024_call":                 true,
	"substack_load_in_ohio_independent_venue_closures":            true,
	"un_noon_briefing_sindh_heatwave_haiti_schools":               true,
}

// thirtySixthBatch names the articles of the thirty-sixth batch.
var thirtySixthBatch = map[string]bool{
	"afp_potosi_cerro_rico_cooperative_mine_collapse":             true,
	"anadolu_skopje_teachers_pay_rally_strike_threat":             true,
	"ani_shivamogga_kyasanur_forest_disease_cases_rise":           true,
	"ap_georgia_kvirila_river_floods_zestafoni":                   true,
	"dpa_german_swimming_federation_head_coach_sacking_row":       true,
	"dw_german_minister_caucasus_peace_treaty_push":               true,
	"kyodo_japan_bangladesh_epa_talks_auto_parts_stall":           true,
	"reuters_malawi_runoff_tally_audit_demand":                    true,
	"rfi_senegal_supreme_court_cayar_fishmeal_factory_closure":    true,
	"xinhua_khiva_madrasah_chinese_uzbek_restoration":             true,
	"belfasttelegraph_killyleagh_glamping_pods_planning_row":      true,
	"birminghammail_walsall_councillor_allowances_library_row":    true,
	"dailymail_leylandii_weedkiller_feud_pensioner":               true,
	"dailyrecord_renfrew_rovers_dunleavy_board_embargo":           true,
	"inews_lincolnshire_wolds_rural_bus_cuts":                     true,
	"irishmirror_limerick_charity_minibus_torched":                true,
	"liverpoolecho_wavertree_cat_found_aberdeen_removal_van":      true,
	"northdevongazette_hollacombe_moor_primary_closure":           true,
	"thesun_marnie_quayle_panic_attack_stage":                     true,
	"yorkshirepost_harrogate_childrens_ward_overnight_closure":    true,
	"ap_senate_rural_mail_delivery_bill":                          true,
	"azcentral_esa_voucher_spot_audit_bill":                       true,
	"bloomberg_ventresca_skyreach_ground_station_deal":            true,
	"businessinsider_ledgerly_ai_performance_reviews":             true,
	"chicagotribune_speed_camera_expansion_budget_fight":          true,
	"cnn_house_ethics_portugal_trip_probe":                        true,
	"nytimes_va_inspector_general_nominee":                        true,
	"politicoeu_heavy_truck_weights_directive_deadlock":           true,
	"wapo_louisiana_dialysis_inspection_backlog":                  true,
	"wsj_harrowgate_specialty_pharmacy_sale":                      true,
	"abc_ballarat_home_invasion_police_press_conference":          true,
	"asapsports_charleston_open_kostelnik_qf_comeback":            true,
	"bbc_sunday_hawtrey_tregarthen_hosepipe_ban_reservoirs":       true,
	"bbcradionorfolk_phonein_self_checkout_staffed_tills":         true,
	"gardenandgun_qa_lucien_guidry_cypress_root_decoys":           true,
	"govinfo_senate_ag_rural_veterinarian_shortage_hearing":       true,
	"hansard_commons_pmqs_energy_standing_charges":                true,
	"objectionnoted_podcast_padel_court_noise_neighbours":         true,
	"transcript_kitsap_superior_pelletreau_boathouse_arson_trial": true,
	"whitehouse_briefing_soo_locks_poe_gate_failure":              true,
}

// thirtySeventhBatch names the articles of the thirty-seventh batch.
var thirtySeventhBatch = map[string]bool{
	"ap_nebraska_village_nitrate_water_vote":                      true,
	"bloomberg_ringgit_best_month_bond_inflows":                   true,
	"dawn_senate_panel_wheat_import_audit":                        true,
	"globaltimes_fm_briefing_australia_lithium_stake_blocked":     true,
	"gulfnews_dubai_gold_record_jewellery_buyers_switch":          true,
	"nation_embu_mcas_impeach_health_cec":                         true,
	"premiumtimes_niger_mariga_farmers_abduction_rep_blames_govt": true,
	"reuters_dhaka_garment_wage_board_stall":                      true,
	"scmp_legco_district_care_teams_funding_row":                  true,
	"straitstimes_tipper_truck_cyclist_death_tampines_jail":       true,
	"abc_merrigal_abattoir_closure_workers_cattle":                true,
	"bbcsport_fa_cup_dunmarsh_town_ashcombe_city_upset":           true,
	"cbc_piyesiw_creek_potash_permits_checkpoint":                 true,
	"globeandmail_hearthwood_home_ccaa_store_closures":            true,
	"guardian_planning_bill_grey_belt_rebellion":                  true,
	"mirror_blackburn_mum_of_two_nativity_crash_tributes":         true,
	"rnz_pukohu_harbour_wastewater_consent_iwi":                   true,
	"rte_tipperary_slurry_gas_farmer_inquest":                     true,
	"theage_northern_orbital_tunnel_cost_blowout_auditor":         true,
	"times_wychwood_water_brinsbury_brook_fish_kill_fine":         true,
	"ars_perchway_canopy_router_remote_admin":                     true,
	"axios_ridgeline_air_pilots_strike_vote":                      true,
	"espn_bears_vorhees_kimbrough_four_interceptions":             true,
	"npr_morning_edition_ruby_valley_labor_delivery":              true,
	"prnewswire_veradyne_electric_school_bus_plant_georgia":       true,
	"propublica_coosa_ridge_landfill_leachate_emails":             true,
	"spacecom_gaia25ckx_ringed_companion_dimming":                 true,
	"thehill_senate_gop_faa_stopgap_split":                        true,
	"variety_paleyfest_harrow_point_marr_exit":                    true,
	"whkt_brookhaven_elementary_roof_board_vote":                  true,
	"court_transcript_tamarack_county_dangerous_dog_appeal":       true,
	"govinfo_house_grain_elevator_dust_explosion_hearing":         true,
	"men_live_oldham_hartshead_mill_fire":                         true,
	"npr_weekend_edition_new_mexico_last_pharmacy_closes":         true,
	"parliament_select_committee_coastal_dentistry_oral_evidence": true,
	"qps_media_conference_hervey_bay_missing_fisherman":           true,
	"seekingalpha_brightwater_pet_nutrition_q2_earnings_call":     true,
	"slowlane_podcast_ebike_battery_fires_transcript":             true,
	"spiegel_interview_rhine_low_water_barges":                    true,
	"texasmonthly_qa_pitmaster_post_oak_shortage":                 true,
}

// fortyFourthBatch names the articles of the forty-fourth batch.
var fortyFourthBatch = map[string]bool{
	"aljazeera_interview_un_water_rapporteur_basra_salinity":          true,
	"anadolu_turkiye_foreign_ministry_conakry_cargo_crew_release":     true,
	"expresstribune_national_t20_cup_final_peshawar_karachi_whites":   true,
	"japantimes_osaka_court_delivery_driver_overwork_death_ruling":    true,
	"nation_amsterdam_marathon_chepkurui_jerotich_course_record":      true,
	"news24_polokwane_hospital_oncology_machine_backlog":              true,
	"rappler_mtrcb_x_rating_indie_film_lambat_appeal":                 true,
	"reuters_orrin_agri_cocoa_trade_finance_delay":                    true,
	"thehindu_coimbatore_council_property_tax_revision_walkout":       true,
	"xinhua_guizhou_landslide_rescue_huangping_village":               true,
	"abc_tarrawonga_community_pub_buyout_residents":                   true,
	"bbc_north_yorkshire_swale_weir_kayaker_inquest":                  true,
	"belfasttelegraph_drumcullen_quarry_extension_residents_dust":     true,
	"ctvnews_london_roofer_seniors_fraud_sentenced":                   true,
	"guardian_community_pharmacy_closures_commons_clash":              true,
	"irishindependent_kildare_camhs_waiting_list_parents":             true,
	"men_wigan_three_weekly_bin_collections_council_vote":             true,
	"mirror_dashcam_road_rage_van_driver_cyclist_jailed":              true,
	"odt_otago_southland_npc_late_lineout_drive":                      true,
	"scotsman_kelburn_rovers_inverallan_stoppage_time_equaliser":      true,
	"arstechnica_keyvane_smart_lock_bluetooth_replay_flaw":            true,
	"foxnews_coast_guard_rescue_alabama_shrimpers_capsized":           true,
	"ksl_ogden_duplex_shooting_neighbors_arrest":                      true,
	"nbcnews_waterpark_resort_ceo_podcast_crypto_remarks":             true,
	"politico_postal_rate_freeze_discharge_petition":                  true,
	"prnewswire_quillmark_payments_ledgerfold_acquisition":            true,
	"purdue_news_cover_crops_tile_drain_nitrate_study":                true,
	"texastribune_county_jail_air_conditioning_hearing":               true,
	"the19th_qa_nevada_labor_commissioner_pregnant_workers":           true,
	"theathletic_wild_blues_overtime_saarinen_winner":                 true,
	"cbsnews_face_the_nation_transcript_ohio_hospital_ransomware":     true,
	"govinfo_house_wild_horse_adoption_incentive_hearing":             true,
	"hansard_lords_music_instrument_loan_services":                    true,
	"inquiry_transcript_carrowmill_festival_footbridge_collapse_day7": true,
	"loksabha_zero_hour_stray_cattle_national_highways":               true,
	"otter_shelfwise_podcast_bookshop_rent_review":                    true,
	"seekingalpha_harrowden_modular_homes_q3_2025_earnings_call":      true,
	"skynews_live_metrolink_power_failure_commuters":                  true,
	"smithsonianmag_qa_great_lakes_freighter_logbooks":                true,
	"wsbtv_hall_county_sheriff_briefing_lake_lanier_missing_kayakers": true,
}

// fortyFifthBatch names the articles of the forty-fifth batch.
var fortyFifthBatch = map[string]bool{
	"deccanherald_hdmc_council_property_tax_hike_walkout":            true,
	"gmanews_mindoro_hospital_hallway_patients_viral_post":           true,
	"guardianng_ogun_harmony_players_boycott_unpaid_salaries":        true,
	"jordantimes_omari_crossing_produce_trucks_delays_exporters":     true,
	"khmertimes_kampong_speu_factory_unpaid_wages_ministry":          true,
	"malaymail_sri_muda_flood_pump_cheating_trial":                   true,
	"monitor_kagadi_municipality_byelection_results_rejected":        true,
	"nepalitimes_mugu_birthing_centre_midwife_alone":                 true,
	"rferl_jalal_abad_mudflows_village_evacuated":                    true,
	"trinidadexpress_red_force_captain_qa_four_day_slump":            true,
	"aptnnews_otter_rapids_cree_nation_boil_water_advisory_plant":    true,
	"birminghammail_halesford_albion_sutton_parkway_derby_report":    true,
	"edp_holme_wicken_holiday_lodges_planning_row":                   true,
	"guardianaus_logan_koala_habitat_estate_approval":                true,
	"irishexaminer_cork_cyclist_bin_lorry_inquest":                   true,
	"nzherald_rotorua_dog_attack_courier_owner_sentenced":            true,
	"skynews_prison_officers_retirement_age_strike_ballot":           true,
	"telegraph_obituary_lifeboat_coxswain_wally_gaskin":              true,
	"times_hospice_charity_treasurer_jailed_fraud":                   true,
	"walesonline_nantyderi_chip_shop_pritchard_fourth_generation":    true,
	"ap_ohio_mobile_home_park_water_shutoff_judge":                   true,
	"bostonglobe_lawrence_laundromat_homework_tables_sale":           true,
	"businessinsider_parcelwise_ceo_ends_four_day_week_podcast":      true,
	"engadget_hearthly_thermostat_cloud_shutdown_first_gen":          true,
	"espn_wnba_storm_aces_okafor_lee_corner_three":                   true,
	"khou_pasadena_apartments_broken_ac_heat_tenants":                true,
	"michigandaily_csg_late_night_dining_hall_hours_resolution":      true,
	"motherjones_medicare_advantage_prior_authorization_house_split": true,
	"nationalreview_virginia_home_organizer_licensing_column":        true,
	"statnews_fda_panel_als_drug_torvalent_split_vote":               true,
	"foxnews_transcript_cedar_hollow_dam_spillway_evacuation":        true,
	"govuk_pm_press_conference_elmhurst_care_group_collapse":         true,
	"inquest_transcript_fenby_lane_level_crossing_cyclist":           true,
	"marvaleca_council_minutes_food_truck_school_buffer_hearing":     true,
	"npr_morning_edition_yukon_river_fuel_barge_freeze_up":           true,
	"ourcommons_tran_evidence_kesagami_falls_air_service_cut":        true,
	"reddit_r_toronto_carlaw_junction_library_roof_closure":          true,
	"theskinny_qa_maeve_trelawny_linen_mill_album":                   true,
	"un_sc_record_gulf_of_guinea_corvina_star_hijacking":             true,
	"youtube_towpath_tales_hatherley_lock_flight_closure_transcript": true,
}

// fiftyFirstBatch names the articles of the 51st batch.
var fiftyFirstBatch = map[string]bool{
	"bangkokpost_durian_growers_camp":              true,
	"cgtn_nev_exports_asean":                       true,
	"graphic_ghana_nkonya_road_festival":           true,
	"hurriyetdailynews_bread_prices_inspections":   true,
	"newagebd_gazipur_workers_highway":             true,
	"philstar_senate_scam_hub_bosses":              true,
	"presstv_eu_shipping_sanctions":                true,
	"thecitizen_tz_sunflower_prices_singida":       true,
	"couriermail_nrl_broncos_dolphins":             true,
	"dailyexpress_paypermile_mp":                   true,
	"heraldscotland_glenmorven_miu":                true,
	"liverpoolecho_tranmere_presser":               true,
	"odt_maniototo_treasurer_sentencing":           true,
	"skysports_cricket_edgbaston_day2":             true,
	"theage_tram_strike_ausopen":                   true,
	"thejournal_ie_ballydoogan_windfarm":           true,
	"bostonglobe_obituary_brannigan":               true,
	"chicagotribune_cta_blueline_hearing":          true,
	"ctvnews_rcmp_grandparent_scam":                true,
	"engadget_lockvale_extension_flaw":             true,
	"eurekalert_hot_nights_sleep_study":            true,
	"marketwatch_corvane_earnings":                 true,
	"nationalpost_column_housing_blitz":            true,
	"wfaa_pleasant_grove_taqueria_crash":           true,
	"defense_briefing_seahawk_mishap":              true,
	"earnings_call_corvane_q3":                     true,
	"esquire_qa_lorna_vey":                         true,
	"nfl_presser_titans_wednesday":                 true,
	"podcast_transcript_bridges":                   true,
	"rnz_morningreport_birthing_unit":              true,
	"senate_hearing_runway_incursions":             true,
	"un_noon_briefing_highlights":                  true,
	"atlantic_feature_nevada_water_counter":        true,
	"courtreport_uk_leeds_rogue_trader_jailed":     true,
	"eonline_sienna_marlowe_jake_orsini_engaged":   true,
	"globenewswire_meridian_halvorsen_partnership": true,
	"guardian_liveblog_pmqs_water_bills":           true,
	"hrw_release_malaysia_glove_factories":         true,
	"localpaper_briefs_ilkley_news_in_brief":       true,
	"metpolice_appeal_welling_stabbing":            true,
}

// fiftySecondBatch names the articles of the 52nd batch.
var fiftySecondBatch = map[string]bool{
	"abc_net_au_rural_sa_shearer_shortage":                           true,
	"africanews_malawi_fuel_speech":                                  true,
	"arabnews_jazan_coffee_festival":                                 true,
	"jamaica_gleaner_spanish_town_shootings":                         true,
	"japantimes_toyama_rail_bus_conversion":                          true,
	"thestar_my_kl_retention_ponds":                                  true,
	"timesofmalta_mellieha_tower_approval":                           true,
	"vanguardngr_delta_farmland_judgment":                            true,
	"bbc_news_wales_abercynan_pool_closure":                          true,
	"belfastlive_glen_road_firefighters_attacked":                    true,
	"dailyrecord_celtic_rourke_pittodrie_defeat":                     true,
	"guardian_environment_river_lenn_sewage":                         true,
	"irishtimes_school_buildings_fund_dail":                          true,
	"manchestereveningnews_heaton_norris_medals_burglar":             true,
	"telegraph_business_penningtons_store_closures":                  true,
	"thesun_showbiz_kayla_brightwell_split":                          true,
	"apnews_wire_chile_lithium_permit":                               true,
	"cbc_sports_world_juniors_thibodeau":                             true,
	"houstonchronicle_kingwood_flooding":                             true,
	"latimes_column_street_trees_paused":                             true,
	"npr_rural_maternity_ward_closing":                               true,
	"nytimes_politics_grid_bill_veto":                                true,
	"statnews_rsv_antibody_waning":                                   true,
	"theverge_haldane_orbit2_firmware":                               true,
	"bbc_radio4_today_tavistock_housing_target_interview":            true,
	"court_judgment_ewca_carrow_v_eastbrook_leisure_wet_floor_sign":  true,
	"guardian_qa_hester_blaikie_crime_writer_readers_questions":      true,
	"house_committee_markup_brennick_rural_water_match_waiver":       true,
	"scotus_oral_argument_quillen_logistics_last_mile_drivers_faa":   true,
	"townhall_meeting_lindell_falls_mill_street_pool_closure":        true,
	"whitehouse_gaggle_halversen_af1_cedar_rapids_flood_declaration": true,
	"youtube_transcript_plot47_ellie_allotment_rent_rise":            true,
	"charity_appeal_family_homes":                                    true,
	"fire_service_release_kitchen_fire":                              true,
	"forum_thread_library_closure":                                   true,
	"longread_profile_battery_founder":                               true,
	"reuters_markets_wallst_yields":                                  true,
	"skynews_liveblog_warehouse_explosion":                           true,
	"sport_matchreport_rugby_trelawny":                               true,
	"university_news_student_award":                                  true,
}

// fiftyFourthBatch names the articles of the 54th batch.
var fiftyFourthBatch = map[string]bool{
	"arabnews_dammam_automated_container_terminal_opens":                            true,
	"bernama_express_bus_fatigue_cameras_mandatory_transport_minister":              true,
	"dailymaverick_lekwa_standerton_sewage_plant_collapse_ward_councillor":          true,
	"expresstribune_lhc_punjab_local_govt_polls_delay_petition":                     true,
	"globaltimes_miit_energy_storage_battery_price_war_guideline":                   true,
	"inquirer_masbate_town_comelec_control_poll_killings":                           true,
	"kyodo_fukuoka_airport_runway_incursion_genkai_air":                             true,
	"punch_kogi_gunmen_abduct_nurses_phc_immunisation_suspended":                    true,
	"tehrantimes_rotterdam_methanol_cargo_dutch_envoy_summoned":                     true,
	"timesofindia_lucknow_indira_nagar_waterlogging_drain_desilting":                true,
	"bbcsport_cricket_england_south_africa_odi_trent_bridge_kettleborough":          true,
	"dailymail_fake_ebike_charger_fire_grandfather_stockton":                        true,
	"guardian_australia_brigalow_belt_land_clearing_satellite_koalas":               true,
	"independent_warm_homes_insulation_grant_cut_today_programme":                   true,
	"irishindependent_tullamore_circuit_court_taxi_driver_assault_victim_statement": true,
	"liverpoolecho_walton_14a_bus_route_axed_residents_councillor":                  true,
	"newscomau_penrith_mum_charges_daughter_board_tiktok_viral":                     true,
	"scotsman_fmqs_fife_schools_raac_pupils_portakabins":                            true,
	"stuff_waitaiki_landfill_expansion_ngati_rangiwhetu_awa_hui":                    true,
	"thesun_ross_mcbride_transfer_request_wag_instagram_ashvale":                    true,
	"9news_lakewood_west_colfax_bus_stop_pickup_crash":                              true,
	"ap_kentucky_caudill_county_flash_flood_hollows":                                true,
	"ars_chronofy_npm_maintainer_phished_ci_token_stealer":                          true,
	"cnbc_halvard_freight_guidance_cut_shares_plunge":                               true,
	"courthousenews_idaho_county_commissioner_facebook_blocking_ruling":             true,
	"espn_nba_pistons_magic_achterberg_overtime_buzzer_beater":                      true,
	"globeandmail_wildfire_fund_quebec_jurisdiction_clash":                          true,
	"hollywoodreporter_tribeca_low_tide_galveston_qa_studio_cut":                    true,
	"sciencenews_honeybee_wildfire_smoke_waggle_dance_errors":                       true,
	"thehill_senate_fema_disaster_fund_offsets_showdown":                            true,
	"businesswire_fernhollow_seed_sorghum_kenya_launch":                             true,
	"cbc_asithappens_magdalen_islands_ferry_breakdown_mayor":                        true,
	"foodandwine_qa_teodoro_villanueva_sukang_bahay":                                true,
	"fool_brackenridge_railcar_leasing_q4_2025_earnings_call":                       true,
	"govinfo_senate_rural_school_bus_driver_shortage_hearing":                       true,
	"hansard_westminster_hall_heritage_railways_coal_supply":                        true,
	"nzpolice_palmerston_north_fatal_hit_and_run_appeal":                            true,
	"rte_live_storm_orla_west_coast":                                                true,
	"tidysums_podcast_bnpl_grocery_debt_transcript":                                 true,
	"whitehouse_briefing_water_utility_cyberattack":                                 true,
}

// fiftyFifthBatch names the articles of the 55th batch.
var fiftyFifthBatch = map[string]bool{
	"aljazeera_rakhine_famine_warning_aid_blockade_telegram":                      true,
	"dawn_karachi_nbs_floodlights_odi_shifted_rawalpindi":                         true,
	"irishtimes_stroke_thrombectomy_weekend_gap_west":                             true,
	"irna_oil_minister_condensate_exports_sanctions_majlis":                       true,
	"nation_kitui_ecde_classrooms_stalled_pupils_under_trees":                     true,
	"scmp_kwu_tung_light_public_housing_bus_links":                                true,
	"straitstimes_parliament_neighbour_noise_disputes_sensors_pilot":              true,
	"thehindu_kerala_ksrtc_salary_delay_assembly_walkout":                         true,
	"xinhua_ningxia_relocated_village_mushroom_greenhouses":                       true,
	"yonhap_yeosu_naphtha_cracker_shutdown_presidential_office":                   true,
	"abc_gascoyne_buffalo_fly_dung_beetle_release":                                true,
	"bbc_ni_fermanagh_derrylin_road_death_family_speed_limit":                     true,
	"guardian_investigation_care_worker_visa_training_fees":                       true,
	"irishtimes_dail_mica_redress_donegal_leaders_questions":                      true,
	"mirror_starlight_steps_host_quits_instagram":                                 true,
	"rnz_winter_grazing_rules_scrapped_federated_farmers":                         true,
	"smh_mp_electoral_allowance_fraud_downing_centre_premier":                     true,
	"standard_old_kent_road_ebike_phone_snatch_bus_stops":                         true,
	"talksport_van_der_velde_harwood_presser_kingsmoor_derby":                     true,
	"telegraph_warden_armoured_vehicle_delay_commons":                             true,
	"axios_tallyo_bnpl_cfpb_probe_filing":                                         true,
	"cbc_manitoba_hydro_erosion_burial_ground_kichi_sipi":                         true,
	"cnn_governor_valdivia_voter_roll_doj_sotu":                                   true,
	"merrittcountyregister_school_board_four_day_week_vote":                       true,
	"newscientist_tomato_fungal_network_caterpillar_warning":                      true,
	"nyt_belle_rive_ferry_last_run_louisiana":                                     true,
	"politifact_georgia_teacher_pay_southeast_claim":                              true,
	"reuters_us_indonesia_nickel_export_deal_sources":                             true,
	"sportsnet_flames_rookie_okonkwo_overtime_winner":                             true,
	"verge_porchlight_doorbell_face_matching_default_on":                          true,
	"asapsports_frozen_four_semifinal_northern_lakes_state_overtime":              true,
	"cnn_transcript_newsroom_pamlico_sound_ferry_grounding":                       true,
	"courttranscript_abernathy_v_coldwater_logistics_forklift_firing":             true,
	"irishtimes_qa_minister_kilbane_local_link_evening_cuts":                      true,
	"juamwanga_blog_ceo_letter_solar_pumps_five_years":                            true,
	"kbrk_press_conference_transcript_brackenridge_parking_deck_collapse":         true,
	"ngo_report_haqooq_watch_punjab_brick_kiln_peshgi_debt":                       true,
	"ourcommons_hesa_evidence_measles_outbreak_northern_clinics":                  true,
	"un_spv_security_council_lake_chad_basin_kawadji_displacement":                true,
	"youtube_jollof_and_jargon_podcast_peckham_restaurant_closure_autotranscript": true,
}

// fiftySixthBatch names the articles of the 56th batch.
var fiftySixthBatch = map[string]bool{
	"bbcsport_harwick_city_dunmore_athletic_asante_mensah_winner":         true,
	"cbc_nb_route_11_kent_county_crashes_premier_rcmp":                    true,
	"express_arctic_blast_snow_heating_bills_pensioners":                  true,
	"heraldscotland_asn_pupils_specialist_teachers_eis_macritchie":        true,
	"irishexaminer_fodder_shortage_wet_spring_ifa_feeney":                 true,
	"odt_clutha_kowhai_flat_bridge_closure_farmers":                       true,
	"theaustralian_myefo_deficit_kouris_energy_rebate_senate":             true,
	"thetimes_gp_fortnight_guarantee_penhaligon_royal_college":            true,
	"thewest_midland_hoon_driver_jailed_student_killed_judge":             true,
	"yorkshirepost_keighley_landlord_hmo_fine_magistrates":                true,
	"12news_glendale_gas_station_carjacking_shooting":                     true,
	"ap_missouri_child_care_tax_credit_veto_threat":                       true,
	"bloomberglaw_ninth_circuit_warehouse_heat_class_action_revived":      true,
	"espn_tulane_freshman_qb_fontenot_four_interceptions_coach_backs":     true,
	"npr_shots_home_cardiac_rehab_study":                                  true,
	"politico_white_house_fema_director_nominee_withdrawal_pressure":      true,
	"reuters_calder_pass_lng_outage_gas_futures":                          true,
	"sciam_alpine_bumblebee_tongue_length_warming_study":                  true,
	"techcrunch_pallettide_freight_ai_layoffs_bridge_round":               true,
	"washingtonpost_forest_service_helicopter_inspection_waivers":         true,
	"bbcradiolancashire_phonein_three_weekly_bin_collections":             true,
	"cnw_universite_haut_richelieu_maple_sap_season_shift_study":          true,
	"govuk_pm_press_conference_measles_school_outbreaks":                  true,
	"gpo_house_science_hearing_tornado_radar_gaps":                        true,
	"guardianweekend_qa_foley_artist_adaeze_morrow_memoir":                true,
	"hansard_senate_estimates_regional_airstrip_grants":                   true,
	"independentie_live_budget_day_vat_hospitality_childcare":             true,
	"inquirer_skylayag_ceo_open_letter_holy_week_cancellations":           true,
	"nzherald_police_press_conference_missing_tararua_tramper_found":      true,
	"seekingalpha_kestrel_cold_chain_q2_2025_earnings_call":               true,
	"anadolu_ankara_uzbek_fm_joint_presser_middle_corridor":               true,
	"batimes_september_inflation_indec_cgt_wage_talks_minister_x_post":    true,
	"dailystar_fatullah_knitwear_factory_fire_locked_gate":                true,
	"graphiconline_asuboa_sand_winning_farmlands_chiefs_mce_standoff":     true,
	"kathmandupost_cooperative_savings_probe_house_obstruction_ordinance": true,
	"sbsnews_shepparton_afghan_women_driving_lessons_funding":             true,
	"scmp_beijing_foreign_ministry_eu_electric_bus_probe_retaliation":     true,
	"taipeitimes_mac_village_wardens_china_trips_reporting_rule":          true,
	"theheraldzw_chivi_drought_relief_grain_ward_councillor":              true,
	"thepeninsula_souq_waqif_local_honey_exhibition_beekeepers":           true,
}

// fiftySeventhBatch names the articles of the 57th batch.
var fiftySeventhBatch = map[string]bool{
	"abscbn_typhoon_dalisay_catanduanes_bato_landslide":                         true,
	"chinadaily_wuhu_humanoid_robot_fair":                                       true,
	"dawn_balochistan_assembly_kachhi_canal_water_share":                        true,
	"hindustantimes_delhi_yamuna_ammonia_water_cuts":                            true,
	"japantimes_kaneshiro_precision_activist_harbourline_board_fight":           true,
	"jordantimes_mafraq_water_rationing_refugees_host_communities":              true,
	"presstv_army_drills_piranshahr_kurdistan_border":                           true,
	"straitstimes_causeway_jam_bsi_system_outage":                               true,
	"thecitizen_tunduma_nakonde_cargo_queue_ecargo_system":                      true,
	"vanguard_nlc_petrol_price_strike_ultimatum":                                true,
	"abc_warrabilla_ancestral_remains_return_gamilaraay_elder":                  true,
	"globalnews_hamilton_kingsridge_renoviction_n13_tenants":                    true,
	"guardian_kestwick_playhouse_arts_council_funding_loss":                     true,
	"ipaper_school_phone_ban_law_heads_enforcement_lbc":                         true,
	"irishnews_troubles_pension_backlog_executive_row_victims":                  true,
	"mirror_mexborough_gran_bank_impersonation_scam_savings":                    true,
	"nzherald_tukituki_meats_worker_hand_worksafe_sentencing":                   true,
	"rte_shannon_callows_flooding_silage_farmers_fodder":                        true,
	"skynews_wakefield_scaffolding_collapse_bus_stop_injured":                   true,
	"theage_frankston_line_express_cuts_timetable_commuters":                    true,
	"ap_oregon_sorrel_creek_fire_cedar_hollow":                                  true,
	"bloomberg_fed_halvorsen_patience_cuts_yields":                              true,
	"cnn_phoenix_road_rage_shooting_nurse_verdict":                              true,
	"espn_nfl_vikings_packers_rookie_kicker_walkoff":                            true,
	"kffhealthnews_kansas_rural_emergency_hospital_conversion_beds":             true,
	"nytimes_candlepin_lanes_last_season_ware_falls":                            true,
	"politifact_ohio_rain_barrel_fine_facebook_claim":                           true,
	"telegraphherald_dubuque_council_budget_library_hours_pool":                 true,
	"thehill_senate_stopgap_disaster_aid_offsets_split":                         true,
	"verge_lullwise_baby_monitor_recall_stream_exposure":                        true,
	"bse_filing_kaveri_sahyadri_bank_q3_fy26_earnings_call_transcript":          true,
	"cbcradio_quebec_am_transcript_sherbrooke_police_chief_grandparent_scam":    true,
	"clearsight_africa_press_release_nkhotakota_cataract_camp_malawi":           true,
	"duluthnewstribune_transcript_kuusisto_boat_crash_sentencing_judge_remarks": true,
	"govinfo_congressional_record_senate_wildland_firefighter_pay_colloquy":     true,
	"inquirer_live_updates_typhoon_dalisay_bicol_landfall":                      true,
	"longpaddock_podcast_transcript_kiwifruit_vine_disease_opotiki_grower":      true,
	"parliament_energy_committee_brightfold_prepayment_warrants_oral_evidence":  true,
	"thecricketer_qa_imran_dhaliwal_hallamshire_title":                          true,
	"un_noon_briefing_transcript_lake_kivu_ferry_sinking_wfp_guest":             true,
}

// fiftyThirdBatch names the articles of the 53rd batch.
var fiftyThirdBatch = map[string]bool{
	"dawn_shc_illegal_hydrants":                      true,
	"irna_iran_oman_maritime_mou":                    true,
	"nation_africa_vihiga_nurses_strike":             true,
	"rappler_isabela_floods_senator":                 true,
	"rnz_wharf_upgrade_iwi":                          true,
	"straitstimes_bus_route_review":                  true,
	"thehindu_odisha_paddy_procurement":              true,
	"xinhua_mofcom_africa_ecommerce":                 true,
	"bbcsport_football_fulham_palace":                true,
	"dailymail_kitchen_fitter_marbella":              true,
	"eveningstandard_tube_strike_central_jubilee":    true,
	"heraldsun_afl_magpies_thurlow_hamstring":        true,
	"independent_ie_courts_navan_burglary":           true,
	"scotsman_business_glen_corrach_tariffs":         true,
	"smh_politics_golf_course_housing":               true,
	"walesonline_health_ambulance_wait":              true,
	"arstechnica_mesh_router_hardcoded_creds":        true,
	"cbc_news_ns_rural_er_closures":                  true,
	"local_tv_kare11_cedar_ave_hit_and_run":          true,
	"politico_house_stopgap_holdouts":                true,
	"scientificamerican_ground_squirrel_hibernation": true,
	"sportsnet_senators_marchetti_effort":            true,
	"variety_harbor_lights_release_shift":            true,
	"wsj_harbright_foods_outlook":                    true,
	"council_minutes_kettlebridge":                   true,
	"earnings_call_kestrel_ridge":                    true,
	"magazine_qa_strand_theatre":                     true,
	"npr_transcript_apricot_freeze":                  true,
	"podcast_transcript_four_day_week":               true,
	"state_dept_briefing_whitcombe":                  true,
	"tv_interview_transcript_spillway":               true,
	"uk_select_committee_rural_buses":                true,
	"feature_travel_peneda_trails":                   true,
	"liveblog_election_sa_2026":                      true,
	"ngo_report_berry_farms":                         true,
	"obituary_isobel_garvie":                         true,
	"police_release_ridgeview_shooting":              true,
	"reuters_exclusive_halvorsen_tankers":            true,
	"science_explainer_solar_maximum":                true,
	"sports_column_verbeek_process":                  true,
}

// fiftiethBatch names the articles of the fiftieth batch.
var fiftiethBatch = map[string]bool{
	"aljazeera_el_fasher_hospital_siege_doctors":                      true,
	"ap_arizona_prison_heat_deaths_lawsuit":                           true,
	"chinadaily_gansu_village_livestream_apples":                      true,
	"dw_germany_rail_strike_evg_commuters_stranded":                   true,
	"france24_farmers_tractors_toulouse_ring_road_blockade":           true,
	"irna_iran_belarus_preferential_trade_agreement":                  true,
	"nhk_typhoon_kaimana_kyushu_evacuation_orders":                    true,
	"reuters_exclusive_nordhavn_bank_layoffs":                         true,
	"thenational_uae_midday_break_heat_inspections":                   true,
	"timesofisrael_high_court_galilee_bedouin_demolition_ruling":      true,
	"abc_shark_attack_yallingup_surfer_witnesses_police":              true,
	"bbcsport_championship_hollinsford_wexley_var_penalty_draw":       true,
	"bbcsport_cricket_worcestershire_somerset_pellingham_declaration": true,
	"belfasttelegraph_newry_pensioner_fraud_grandson_sentenced":       true,
	"cbc_manitoba_wildfire_sagastaw_lake_evacuation_winnipeg":         true,
	"globeandmail_pei_election_housing_debate_premier_leaders":        true,
	"guardian_nhs_waiting_list_hip_knee_backlog_stoke":                true,
	"irishexaminer_cork_housing_protest_city_hall_rent_march":         true,
	"scotsman_independence_poll_yes_ahead_holyrood_leaders_react":     true,
	"telegraph_school_uniform_blazer_ban_harrogate_academy":           true,
	"arstechnica_satellite_broadband_outage":                          true,
	"bloombergbw_shipping_line_feature":                               true,
	"businesswire_hospital_merger_midwest":                            true,
	"newscientist_pterosaur_fossil_skye":                              true,
	"rollingstone_album_review_folk":                                  true,
	"sciencemag_rsv_vaccine_trial":                                    true,
	"tampabay_bridge_closure_causeway":                                true,
	"universitypr_sodium_battery_study":                               true,
	"vox_explainer_heat_pump_report":                                  true,
	"washingtonpost_budget_standoff_shutdown":                         true,
	"amestribune_liveblog_council_brookside_dog_park_vote":            true,
	"bbcradiostoke_phonein_hospital_car_park_charges_callers":         true,
	"coldchainquarterly_qa_ammonia_retrofit_warehouse_ceo":            true,
	"commongroundpod_transcript_community_fridge_volunteer_burnout":   true,
	"courttranscript_hollis_county_goat_herd_crash_negligence_trial":  true,
	"govinfo_house_rural_ambulance_response_times_hearing":            true,
	"guardian_interview_fell_runner_record_attempt":                   true,
	"hansard_westminster_hall_village_post_office_closures":           true,
	"pbsnewshour_transcript_lake_erie_ice_fishing_rescues":            true,
	"statedept_briefing_nepal_avalanche_stranded_trekkers":            true,
}

// fortySeventhBatch names the articles of the forty-seventh batch.
var fortySeventhBatch = map[string]bool{
	"afp_senegal_guet_ndar_fishermen_trawler_licences":                     true,
	"anadolu_malatya_yesilyurt_quake_afad_tents":                           true,
	"dailystar_ashulia_factory_closure_wage_arrears_blockade":              true,
	"globaltimes_mexico_tariff_hike_chinese_autos_experts":                 true,
	"kyodo_tokyo_court_logistics_harassment_suicide_damages":               true,
	"reuters_congo_cobalt_permit_revoked_ardmore":                          true,
	"tass_deputy_fm_japan_salmon_quota_talks_kurils":                       true,
	"tehrantimes_armenia_fm_visit_north_south_corridor":                    true,
	"xinhua_changsha_china_africa_expo_coffee_exhibitors":                  true,
	"yonhap_trade_official_briefing_us_steel_quota_talks":                  true,
	"bbcsport_live_hibs_motherwell_easter_road_comeback_draw":              true,
	"dailymail_showbiz_jodie_marchetti_reece_talbot_split":                 true,
	"guardianau_politics_epa_bill_greens_senate_deal_prasad":               true,
	"irishindependent_courts_ballyfermot_checkpoint_garda_rammed_jailed":   true,
	"scotsman_business_cairnmore_distillers_tariffs_profit_fall_keith":     true,
	"skysports_presser_baird_forest_brighton_defeat_backing":               true,
	"stuff_otaki_pool_summer_closure_lifeguard_shortage_whanau":            true,
	"thesun_football_rudqvist_toffees_var_robbed_brentford":                true,
	"times_science_puffin_chicks_parents_call_accent_isle_of_may":          true,
	"walesonline_morriston_hospital_dementia_dad_2am_taxi_discharge":       true,
	"ars_quorvane_secureedge_vpn_auth_bypass_exploited":                    true,
	"cbc_mishkiigon_lake_first_nation_water_advisory_plant_delay":          true,
	"cnbc_fund_managers_rotate_out_of_megacap_tech_small_caps":             true,
	"globeandmail_arborline_forest_earnings_call_lumber_duties":            true,
	"naturenews_jwst_rocky_exoplanet_sulfur_atmosphere":                    true,
	"prnewswire_solbrae_hydrogen_forklift_northwind_logistics_partnership": true,
	"statnews_fda_rejects_talvera_friedreichs_ataxia_drug_crl":             true,
	"torontostar_sidewalk_snow_clearing_in_house_committee_vote":           true,
	"verge_papyr_fold_color_eink_tablet_launch":                            true,
	"wthr_indianapolis_east_side_house_fire_neighbor_rescue":               true,
	"cnn_transcript_mille_lacs_ice_shove_homes":                            true,
	"fool_brindle_creek_outdoor_q2_2025_earnings_call":                     true,
	"govinfo_house_load_posted_rural_bridges_hearing":                      true,
	"hansard_senate_estimates_australia_post_rural_delivery_days":          true,
	"judiciary_exeter_parish_clerk_pengelly_sentencing_remarks":            true,
	"rosecityrundown_podcast_transcript_hawthorne_bus_lane":                true,
	"scotsman_live_sqa_results_day_pass_rates_appeals":                     true,
	"texasmonthly_qa_san_saba_pecan_orchard_drought":                       true,
	"thespinoff_interview_lyttelton_harbourmaster_retires":                 true,
	"whitehouse_briefing_leesburg_faa_center_outage_drought_aid":           true,
}

// fortyEighthBatch names the articles of the forty-eighth batch.
var fortyEighthBatch = map[string]bool{
	"ahramonline_dendera_temple_visitor_centre_eco_lodges":                true,
	"dailymaverick_makhanda_east_west_water_outage_pumps":                 true,
	"dawn_shc_lyari_loadshedding_kelectric_nepra_notice":                  true,
	"gulfnews_sharjah_lane_discipline_campaign_ai_cameras":                true,
	"jakartapost_semeru_alert_level_four_lumajang_evacuation":             true,
	"nation_nakuru_budget_ghost_projects_rejected":                        true,
	"premiumtimes_ebonyi_assembly_parallel_sittings":                      true,
	"rappler_senate_blue_ribbon_ambulance_overprice_probe":                true,
	"straitstimes_cos_mnd_shorter_wait_bto_singles_seniors":               true,
	"thehindu_pap_aliyar_water_release_tn_kerala_impasse":                 true,
	"cntraveler_travel_azores_sao_jorge_cheese_fajas":                     true,
	"fortune_feature_calloway_cold_chain_ceo_succession_activist":         true,
	"guardian_longread_marram_ness_footprints_dating_dispute":             true,
	"latimes_film_review_the_salt_year_ostrander_interview":               true,
	"newyorker_profile_chef_itziar_goikoetxea_boise":                      true,
	"nytimes_obituary_jazz_trombonist_gus_loudermilk":                     true,
	"rollingstone_feature_harrow_lights_reunion_paper_weather":            true,
	"theathletic_feature_nicholls_coach_lonnie_bergeron_family":           true,
	"theatlantic_essay_elected_coroners_missouri_lay_death_investigation": true,
	"washingtonpost_book_review_lantern_orchard_teague":                   true,
	"asapsports_indian_wells_ferrandi_quiroga_r3":                         true,
	"billboard_maren_castellanos_paper_saints_hot100_top10":               true,
	"boxingscene_weighin_mulholland_achebe_shove":                         true,
	"cricinfo_hamilton_odi_gamage_jayalath_level_series":                  true,
	"dispatch_crew_sign_zambrano_independiente_del_valle":                 true,
	"espn_nfl_bengals_jaguars_okereke_pick_six":                           true,
	"golfweek_valspar_lindqvist_third_round_lead":                         true,
	"racefans_f1_hungarian_gp_achterberg_pennington_undercut":             true,
	"thesun_rugby_gloucester_sale_kingsholm_late_try":                     true,
	"variety_lionsgate_halcyon_lantern_first_look_deal":                   true,
	"amnesty_statement_malaysia_glove_factories_recruitment_debt_report":  true,
	"district_newsletter_cedar_ridge_gearhawks_robotics_worlds":           true,
	"lancspolice_appeal_preston_friargate_jewellers_robbery":              true,
	"lawgazette_court_of_appeal_fallen_beech_council_negligence":          true,
	"minister_media_release_doorstop_clarence_valley_flood_payments":      true,
	"orilliamatters_council_minutes_peter_street_washroom_pilot":          true,
	"otago_press_release_kea_ski_field_bins_study":                        true,
	"unnews_chad_sudanese_refugees_ration_cuts_lean_season":               true,
	"who_news_release_zambia_mansa_marburg_outbreak":                      true,
	"yorkshirepost_commons_transport_committee_rural_bus_report":          true,
}

// fortyNinthBatch names the articles of the forty-ninth batch.
var fortyNinthBatch = map[string]bool{
	"ap_greece_varnavas_wildfire_evacuations_winds":                            true,
	"arabnews_wadi_sports_capital_asia_basketball_league_stake":                true,
	"batimes_mendoza_governor_debate_water_mining_clash":                       true,
	"bloomberg_bsp_surprise_cut_villamor_peso":                                 true,
	"cna_condo_manager_sinking_fund_jail":                                      true,
	"koreaherald_geoje_subcontract_welders_strike_dock":                        true,
	"moscowtimes_regional_airlines_engine_repairs_route_cuts":                  true,
	"theeastafrican_kenya_tanzania_rice_levy_namanga_retaliation":              true,
	"timesofindia_indore_metro_underground_stretch_delay":                      true,
	"vietnamnews_quang_ngai_flood_relief_tra_khuc":                             true,
	"bbc_derbyshire_hollins_brook_academy_ofsted_inadequate":                   true,
	"cricketer_county_championship_worcestershire_somerset_new_road_day_three": true,
	"guardian_obituary_hilary_ashcombe_glaciologist":                           true,
	"irishtimes_glenageary_build_to_rent_appeal_refused":                       true,
	"mirror_football_okonjo_ashbury_thornbury_bid_rejected":                    true,
	"nzherald_all_blacks_squad_te_kani_bolters_northern_tour":                  true,
	"obantimes_isle_of_mull_ferry_breakdown_craignure_islanders":               true,
	"smh_nsw_budget_kostakidis_deficit_energy_rebate":                          true,
	"standard_rmt_tube_walkout_commuters_bus_queues":                           true,
	"torontostar_column_leafs_game_seven_hurtubise_lachance":                   true,
	"axios_nashville_scooter_downtown_ban_vote":                                true,
	"espn_nba_pelicans_jazz_mbeki_triple_double_late_block":                    true,
	"kxan_pflugerville_school_bus_pickup_crash_kelly_lane":                     true,
	"people_lindell_acheson_ojai_ranch_wedding":                                true,
	"politico_senate_generic_drug_shortage_bill_cloture_fails":                 true,
	"propublica_missouri_group_home_sprinkler_waivers_fire_deaths":             true,
	"sciam_city_nights_warming_faster_study":                                   true,
	"texastribune_rural_ems_ambulance_deserts_house_hearing":                   true,
	"wired_kestrel_loop_ebike_battery_refurb_startup":                          true,
	"wsj_calloway_brennick_pet_food_merger_call":                               true,
	"abc_rn_breakfast_transcript_emergency_minister_lismore_flood_buybacks":    true,
	"bayoupolicyforum_panel_transcript_managed_retreat_who_pays":               true,
	"cbc_live_saskatoon_municipal_election_night_mayor_race":                   true,
	"kttc_transcript_police_briefing_missing_boy_found_culvert":                true,
	"macleans_qa_hearst_rural_obstetrics_doctor_gagnon":                        true,
	"parliament_transport_committee_escooter_rental_oral_evidence":             true,
	"politicshome_today_transcript_water_minister_hosepipe_ban":                true,
	"scotusblog_argument_excerpt_kessler_v_ohio_backyard_drone":                true,
	"streetevents_lakeshore_pet_supply_q4_2025_earnings_call_transcript":       true,
	"youtube_backcourt_pod_autotranscript_whitaker_punked_presser":             true,
}

// fortySixthBatch names the articles of the forty-sixth batch.
var fortySixthBatch = map[string]bool{
	"borneopost_kuching_raiders_sandakan_rovers_borneo_cup_semi":                  true,
	"businessstandard_veldara_lifesciences_fda_warning_letter_shares":             true,
	"dailymirrorlk_welipitiya_pradeshiya_sabha_hung_council_recount":              true,
	"focustaiwan_hsinchu_drought_orange_alert_water_pressure_cuts":                true,
	"koreatimes_qa_ulsan_onggi_potter_kiln_apprentices":                           true,
	"mexiconewsdaily_oaxaca_agave_theft_mezcal_producers_patrols":                 true,
	"scmp_chongqing_hotpot_air_conditioning_fee_weibo_refund":                     true,
	"scroll_odisha_kendu_leaf_pluckers_bonus_delay":                               true,
	"standardke_milimani_lands_registrar_title_fraud_bail":                        true,
	"theeastafrican_nimule_elegu_border_levy_traders_standoff":                    true,
	"bristolpost_bedminster_scaffolder_roof_fall_inquest":                         true,
	"edinburghnews_portobello_beach_huts_council_vote":                            true,
	"expressandstar_willenhall_lock_factory_closure_jobs":                         true,
	"heraldsun_shield_victoria_queensland_kitto_chase_junction_oval":              true,
	"independent_driving_test_backlog_examiners_overtime_row":                     true,
	"irishmirror_offaly_dad_kidney_donation_daughter_family":                      true,
	"leicestermercury_oadby_police_chase_bus_shelter_driver_jailed":               true,
	"metro_commuter_wedding_ring_train_cleaner_tiktok_appeal":                     true,
	"stuff_timaru_bakery_supreme_pie_award_brothers":                              true,
	"thesun_jaxon_mallory_cotswolds_pub_purchase":                                 true,
	"courthousenews_almond_huller_dust_nuisance_trial_closing":                    true,
	"deschutessheriff_press_release_river_float_rescue_life_jackets":              true,
	"highcountrynews_ditch_piping_cottonwood_seep_dispute_colorado":               true,
	"hollywoodreporter_verhoeven_pulls_saltwater_rooms_festival_recut":            true,
	"marshallproject_tamarack_county_jail_tablet_message_fees":                    true,
	"mississippitoday_okatoma_district_lorena_school_closure_vote":                true,
	"nbcsports_flyers_rangers_overtime_loss_delorme_penalty":                      true,
	"phillyinquirer_port_richmond_water_main_sinkhole_neighbors":                  true,
	"punchbowl_weather_service_forecaster_staffing_approps_amendment":             true,
	"theinformation_cartwell_ceo_memo_exits_grocery_markets":                      true,
	"azcentral_live_flagstaff_mayor_election_night_results":                       true,
	"bnpparibasopen_press_conference_lindqvist_fourth_round_wind_win":             true,
	"defensegov_pentagon_briefing_alaska_black_hawk_hard_landing_child_care_fees": true,
	"insidehousing_newsnight_transcript_harrowgate_homes_cladding_remediation":    true,
	"niassembly_official_report_oq_infrastructure_winter_gritting_rural_roads":    true,
	"nzparliament_hansard_oral_questions_after_hours_urgent_care_closures":        true,
	"outsideonline_qa_flooded_mine_cartographer_ilse_marchetti":                   true,
	"rev_transcript_tenants_corner_podcast_security_deposit_deductions":           true,
	"supremecourt_oral_argument_marsh_v_united_states_overlook_railing":           true,
	"theverge_fernloop_all_hands_transcript_return_to_office_mandate":             true,
}

// fortyThirdBatch names the articles of the forty-third batch.
var fortyThirdBatch = map[string]bool{
	"abscbn_nueva_ecija_kagawad_ambush_senate_probe":                      true,
	"ap_kenya_lake_baringo_rising_water_schools":                          true,
	"dw_germany_swimming_pools_closing_children_cannot_swim":              true,
	"gulfnews_ajman_balcony_laundry_fines_residents":                      true,
	"irrawaddy_yangon_factories_rotating_power_days_blackouts":            true,
	"kyivindependent_shostka_drone_attack_heating_plant":                  true,
	"mailandguardian_nehawu_gauteng_hospitals_strike_interdict":           true,
	"reuters_indonesia_coal_quota_cut_traders":                            true,
	"scmp_lantau_cattle_motorcyclist_crash_relocation_call":               true,
	"timesofindia_karnataka_rtc_bus_fare_hike_row":                        true,
	"1news_waiharo_hauora_mobile_clinic_funding_ends":                     true,
	"bbc_yorkshire_knottingley_apprentice_killed_fleeing_driver_crash":    true,
	"cbc_north_nuvukjuaq_health_centre_emergency_only_nurses":             true,
	"dailystar_uk_golden_mile_sienna_rae_baby_shower_snub":                true,
	"guardian_sport_heselgrave_leicestershire_spinner_warehouse_comeback": true,
	"irishexaminer_knockanrea_farmer_aggravated_burglary_jailed":          true,
	"pressandjournal_sandlossie_harbour_silt_dredging_creel_boats":        true,
	"shropshirestar_inquest_roofer_barn_rooflight_fall_market_drayton":    true,
	"telegraph_primary_falling_rolls_merged_year_groups":                  true,
	"theage_city_loop_breakdown_commuters_stranded_tunnel":                true,
	"atlantic_profile_hydrologist_maren_truesdale_colorado":               true,
	"axios_richmond_pothole_311_complaints_record":                        true,
	"espn_kings_grizzlies_culpepper_duplantis_brothers":                   true,
	"kffhealthnews_iowa_birthing_unit_closure_roadside_delivery":          true,
	"miamiherald_lower_keys_ophira_fema_trailers_wait":                    true,
	"michigantech_snowpack_microplastics_keweenaw_nsf_study":              true,
	"nytimes_obituary_puppeteer_marguerite_lapeyrouse":                    true,
	"politico_florida_vacation_rental_preemption_senate_panel":            true,
	"wsbtv_riverdale_pizza_delivery_driver_shot_mother":                   true,
	"wsj_embercrest_heating_unit_sale_talks_ceo":                          true,
	"brennickbeacon_town_hall_fire_station_3_closure_transcript":          true,
	"cnet_liveblog_tamarin_kite_2_foldable_launch":                        true,
	"judiciary_truro_roofing_fraud_voyce_sentencing_remarks":              true,
	"landscapemanagement_qa_greenspire_robotic_mowers_wendlandt":          true,
	"npr_weekend_edition_louisiana_crawfish_dry_winter_duhon":             true,
	"orwellcreek_foods_q3_2025_earnings_call_transcript":                  true,
	"ourcommons_hansard_qp_nova_scotia_orchard_frost_agrirecovery":        true,
	"parliament_scitech_committee_veltra_999_outage_oral_evidence":        true,
	"reddit_iama_payette_fire_lookout_fourteen_summers":                   true,
	"vermont_governor_tourangeau_lamoille_flood_press_conference":         true,
}

// fortySecondBatch names the articles of the forty-second batch.
var fortySecondBatch = map[string]bool{
	"afp_peru_apurimac_copper_road_blockade_springs":                    true,
	"dailymaverick_kwadukuza_sewage_spills_beach_closures":              true,
	"dawn_ihc_maskeen_colony_katchi_abadi_demolition_stay":              true,
	"kyodo_sapporo_confectioner_expiry_date_relabeling_apology":         true,
	"politicoeu_pesticide_residue_import_ban_delay_meps":                true,
	"premiumtimes_enugu_ogbete_market_shops_demolition_traders":         true,
	"straitstimes_pab_pmd_battery_fires_charging_reply":                 true,
	"thenational_mohre_fake_emiratisation_fines_firms":                  true,
	"timesofindia_rohini_chain_snatching_bike_duo_held":                 true,
	"yonhap_presidential_office_no_reshuffle_before_chuseok":            true,
	"abc_gundabri_scar_tree_roadworks_wiradjuri_elder":                  true,
	"dailymail_hollinsbury_pensioners_garden_wall_bulldozed":            true,
	"globalnews_saskatchewan_tractor_gps_thefts_seeding_rcmp":           true,
	"guardian_interview_organ_builder_marjorie_carwardine":              true,
	"independent_avonmere_water_bailout_minister_sky_news":              true,
	"nzherald_steamers_npc_semifinal_tmo_coach_fury":                    true,
	"rte_finglas_scrambler_boy_injured_dail_garda_powers":               true,
	"smh_downing_centre_mclaren_eastern_distributor_magistrate":         true,
	"thetimes_coppergate_inns_profit_warning_chief_executive":           true,
	"walesonline_prince_charles_hospital_trolley_wait_grandmother":      true,
	"bostonglobe_brockton_school_closure_budget_gap_union":              true,
	"cnn_roarke_floor_speech_west_virginia_flood_declaration":           true,
	"latimes_lake_tuolana_toxic_bloom_hitch_die_off_tribe":              true,
	"lubbockaj_frenship_lubbock_cooper_overtime_rencher":                true,
	"npr_atc_norvik_minnesota_volunteer_ambulance_closing":              true,
	"nypost_bronx_bodega_worker_stabbed_chips_commissioner":             true,
	"propublica_msha_quarry_silica_dust_samples_voided":                 true,
	"techcrunch_plotwise_permit_portal_blueprints_exposed":              true,
	"usatoday_wrenly_kindra_car_seat_harness_recall":                    true,
	"washingtonpost_odenton_transfer_station_hearing":                   true,
	"chartingafterdark_podcast_staffing_ratio_law_transcript":           true,
	"cnn_sotu_transcript_michigan_governor_ice_storm_outages":           true,
	"coralwing_aviation_2025_agm_transcript":                            true,
	"courtfiling_skyward_bounce_trampoline_deposition_excerpt":          true,
	"govinfo_senate_epw_small_systems_lead_service_lines_hearing":       true,
	"lancstelegraph_stoneclough_grabarczyk_press_conference_transcript": true,
	"merrowpoint_council_minutes_harbourfront_boardwalk_closure":        true,
	"parliamentscot_official_report_topical_ochil_links_bus_withdrawal": true,
	"parlinfo_senate_estimates_bom_coolabah_ridge_radar_outage":         true,
	"seattletimes_qa_ferries_chief_delia_brackstone":                    true,
}

// fortyFirstBatch names the articles of the 41st batch.
var fortyFirstBatch = map[string]bool{
	"aljazeera_tunisia_cap_bon_nightly_water_cuts":                   true,
	"ap_maine_island_ferry_outage_governor_review":                   true,
	"bloomberg_aurelund_hearing_aid_recall_us_shares":                true,
	"cyprusmail_larnaca_kiosk_licence_bribes_sentence":               true,
	"globaltimes_mofcom_argentina_electric_fan_duties":               true,
	"japantimes_food_access_survey_shimane_mobile_supermarket":       true,
	"rappler_navotas_fish_port_vendors_relocation":                   true,
	"reuters_selvara_marine_profit_warning_tanker_unit":              true,
	"thehindu_thanjavur_paddy_procurement_centre_backlog":            true,
	"vanguard_kwara_ilota_village_head_appointment_row":              true,
	"claycellar_podcast_otter_clay_supplier_closure":                 true,
	"courttranscript_osprey_cove_marina_sunk_sloop_trial":            true,
	"fool_highcairn_mountain_resorts_q1_2026_earnings_call":          true,
	"hansard_commons_uq_thermaseal_insulation_collapse":              true,
	"irishtimes_liveblog_galway_west_byelection_count":               true,
	"lockhaven_council_transcript_plate_reader_cameras":              true,
	"outside_yukon_canoe_record_oudekerk_qa":                         true,
	"rnz_morning_report_wairoa_birthing_unit_nights":                 true,
	"wbir_presser_knox_county_school_swatting_arrest":                true,
	"whitehouse_briefing_pellwood_formula_recall":                    true,
	"bbcsport_ashworth_kingsmere_carbis_debut_winner":                true,
	"brisbanetimes_winderra_flood_premier_levee_evacuation":          true,
	"bristolpost_st_anselms_road_tip_closure_vote":                   true,
	"cbc_vanier_francophone_seniors_day_program_closure":             true,
	"edp_north_elmham_cyclist_death_van_driver_jailed":               true,
	"guardian_longread_cresswick_scougall_fishing_family":            true,
	"mirror_saffron_dellamere_drink_drive_ban":                       true,
	"scotsman_tarsay_dental_practice_closure_holyrood":               true,
	"stuff_wharangi_spit_pilot_whale_stranding_iwi":                  true,
	"thejournal_connemara_ionad_pobail_fire_gardai":                  true,
	"ars_tesselink_orbit_mesh_router_update_bricked":                 true,
	"consumerreports_air_fryer_basket_coating_peeling_complaints":    true,
	"espn_app_state_james_madison_double_overtime":                   true,
	"ksdk_hillsboro_neighbor_fire_rescue_arson_arrest":               true,
	"nytimes_sunset_park_rooftop_pigeon_coops_sale":                  true,
	"oregonlive_gresham_police_dog_bite_backyard_lawsuit":            true,
	"politico_blocked_rail_crossings_bill_senate_holdout":            true,
	"pressherald_obituary_peg_drinkwater_stonington_lobster_captain": true,
	"prnewswire_norhaven_cold_logistics_greenmarch_partnership":      true,
	"sciencenews_chorus_frogs_vineyard_frost_fans_pitch":             true,
}

// fortiethBatch names the articles of the fortieth batch.
var fortiethBatch = map[string]bool{
	"afp_barrons_kyrgyz_crypto_miners_winter_blackouts":                    true,
	"arabnews_riyadh_rare_disease_registry_forum":                          true,
	"cna_punggol_tengah_autonomous_bus_routes_expand":                      true,
	"dw_lower_saxony_amateur_referees_strike_assault":                      true,
	"jakartapost_karawang_citarum_overflow_floods_evacuees":                true,
	"nation_kericho_tea_pluckers_strike_machines":                          true,
	"nikkei_cambodia_bicycle_makers_eu_circumvention_probe":                true,
	"premiumtimes_taraba_university_fee_hike_protest_shutdown":             true,
	"scmp_gondola_collapse_contractor_manslaughter_jailed":                 true,
	"thehindu_odisha_panchayat_polls_delay_walkout":                        true,
	"abc_yarragup_brook_bushfire_homes_lost":                               true,
	"edmontonjournal_calder_ridge_mayor_hand_count_recount":                true,
	"globeandmail_saskatchewan_wetland_drainage_flooding_dispute":          true,
	"guardian_severnmouth_gynaecology_waiting_list":                        true,
	"irishindependent_tullyvarren_breheny_brothers_ail_final":              true,
	"liverpoolecho_connor_tunnicliffe_mossbank_quarry_inquest":             true,
	"mirror_tiegan_mulhearn_grow_off_sugarglass_interview":                 true,
	"rnz_wellington_bus_drivers_strike_split_shifts":                       true,
	"smh_cardwell_heights_public_school_closure":                           true,
	"standard_ferrandino_brothers_fake_festival_tickets_jailed":            true,
	"ap_wyoming_property_tax_cap_veto_override":                            true,
	"athletic_sabres_equipment_manager_wolniewicz_retires":                 true,
	"axios_twin_cities_skyway_hours_cut":                                   true,
	"houstonchronicle_kerrwood_acres_concrete_batch_plant_permit":          true,
	"latimes_paloma_seca_canyon_second_exit_road":                          true,
	"nbcnews_calverline_911_outage_six_states":                             true,
	"reuters_house_panel_subpoena_trellmark_fema_trailers":                 true,
	"sheriff_calder_county_grandparent_scam_couriers_arrested":             true,
	"statnews_tidewell_home_hemodialysis_fda_clearance":                    true,
	"wsj_casket_maker_pews_urns_pivot":                                     true,
	"asapsports_pinecrest_indoor_doubles_final_verhaeghe_rostami_holt":     true,
	"boarddocs_osage_bend_r4_minutes_four_day_week_public_comment":         true,
	"fortune_ridgeline_elevator_ceo_kalvaitis_interview":                   true,
	"ministers_transcript_abc_radio_darwin_centrelink_wait_times_talkback": true,
	"ourcommons_hansard_qp_northern_food_subsidy_retailers":                true,
	"parlinfo_senate_estimates_biosecurity_detector_dog_teams":             true,
	"pbsnewshour_court_interpreter_shortage_mayan_languages":               true,
	"prizemarrow_podcast_cwmderwen_show_leek_slashing_transcript":          true,
	"teessidelive_crown_court_theory_test_impostor_trial_live":             true,
	"wjhl_holston_ridge_check_washing_ring_arrests_news_conference":        true,
}

// thirtyNinthBatch names the articles of the thirty-ninth batch.
var thirtyNinthBatch = map[string]bool{
	"dawn_peshawar_polio_campaign_refusals":                                       true,
	"gulfnews_uae_flu_vaccine_pharmacy_shortage":                                  true,
	"inquirer_la_union_beach_eco_fee_ordinance":                                   true,
	"koreaherald_neulbom_after_school_care_teacher_duties":                        true,
	"kyodo_nagoya_high_court_vietnamese_intern_wages":                             true,
	"reuters_rubber_futures_thai_leaf_disease":                                    true,
	"rte_gaeltacht_summer_colleges_host_family_shortage":                          true,
	"straitstimes_johor_strait_plankton_bloom_fish_farms":                         true,
	"thestar_kenya_cross_country_trials_eldoret":                                  true,
	"timesofisrael_ramon_airport_flight_cuts_eilat":                               true,
	"belfasttelegraph_gaa_club_treasurer_theft_jailed":                            true,
	"cbc_shediac_waterfront_condo_rezoning_vote":                                  true,
	"dailymail_inquest_sepsis_mother_sent_home_twice":                             true,
	"irishtimes_bovine_tb_cavan_herd_history_marts":                               true,
	"men_live_storm_corwen_greater_manchester":                                    true,
	"nzherald_waitara_tornado_roofs_ripped":                                       true,
	"scotsman_golf_imlach_playoff_win_algarve":                                    true,
	"theage_school_zone_redraw_northcote_families":                                true,
	"thesun_tv_chef_zero_hygiene_rating_brighton":                                 true,
	"torontostar_keziah_bramwell_upset_national_bank_open":                        true,
	"bloomberg_bright_acre_markets_sable_point_sale_talks":                        true,
	"chalkbeat_colorado_lumenstride_tutoring_invoices_emails":                     true,
	"cimarron_state_university_press_release_prairie_fungus_drought":              true,
	"espn_nhl_kraken_predators_rautiola_ot_winner":                                true,
	"nyt_catskills_cooperage_apprentices_barrel_shortage":                         true,
	"oregonian_gresham_tow_operator_extortion_sentenced":                          true,
	"politico_senate_controller_academy_rider_standoff":                           true,
	"washingtonpost_obituary_dolores_hammarlund_insect_zoo":                       true,
	"wfaa_mckinney_hail_roofer_deposits_vanished":                                 true,
	"wired_auralis_hearing_aid_firmware_rollback":                                 true,
	"asapsports_us_open_cup_semifinal_piedmont_athletic_postgame":                 true,
	"guardian_interview_ocularist_elspeth_voorhoeve_painted_eyes":                 true,
	"hansard_lords_rural_mobile_notspots_oral_question":                           true,
	"investing_lanternlight_cinemas_q3_2025_earnings_call_transcript":             true,
	"npr_morning_edition_sandhills_one_room_school_reopens":                       true,
	"oregongov_transcript_saldivar_statewide_911_outage_briefing":                 true,
	"orringtonfallsoh_council_transcript_curbside_glass_recycling_public_comment": true,
	"spokesman_transcript_laser_strike_medevac_helicopter_sentencing":             true,
	"techpolicypress_transcript_senate_aging_voice_clone_scams_hearing":           true,
	"townsquareconfidential_podcast_cemetery_space_crunch_transcript":             true,
}

// thirtyEighthBatch names the articles of the thirty-eighth batch.
var thirtyEighthBatch = map[string]bool{
	"afp_asuncion_paraguay_river_record_low_barges":                  true,
	"aljazeera_explainer_tajikistan_uzbekistan_zarafshan_dam":        true,
	"bangkokpost_rice_exporters_cut_target_strong_baht":              true,
	"dailymaverick_tshwane_bus_drivers_strike_labour_court":          true,
	"euronews_meps_letter_disposable_vape_ban_commission":            true,
	"indianexpress_mp_assembly_fertiliser_queues_walkout":            true,
	"japantimes_jr_west_yamabuki_line_bus_conversion_governor":       true,
	"thecitizen_mtwara_cashew_farmers_payment_delays":                true,
	"thenational_dubai_villa_padel_court_noise_curfew":               true,
	"xinhua_rural_elderly_village_canteens_scio_briefing":            true,
	"brisbanetimes_wattlebrae_bikeway_parking_removal_council_row":   true,
	"chroniclelive_elswick_dene_community_centre_sale_row":           true,
	"dailytelegraph_cronulla_surf_rage_grommet_board_attack_court":   true,
	"express_weather_heat_dome_34c_hosepipe_warning":                 true,
	"independent_young_carers_skipping_meals_report":                 true,
	"pressandjournal_peterhead_skippers_mackerel_quota_cut":          true,
	"skynews_kettlebeck_flash_flood_residents_rescued":               true,
	"stuff_southland_spring_snow_lamb_losses_farmers":                true,
	"thejournal_gaa_referee_assault_junior_final_suspended_sentence": true,
	"walesonline_pontrhydygwern_village_school_closure_consultation": true,
	"ap_mlb_guardians_royals_rookie_walkoff_eleventh":                true,
	"marketwatch_stocks_fall_yields_jump_chipmaker_guidance":         true,
	"miamiherald_condo_treasurer_sentenced_reserve_fund_theft":       true,
	"policenews_fairhaven_heights_crossing_guard_hit_and_run_arrest": true,
	"sciam_lyme_early_blood_test_host_response_study":                true,
	"sfchronicle_sonoma_growers_smoke_taint_claims_denied":           true,
	"techcrunch_furrowline_soil_robot_series_b_cofounder_suit":       true,
	"texastribune_orphan_wells_plugging_backlog_hearing":             true,
	"theatlantic_bookmobile_last_route_harlow_county":                true,
	"usatoday_lifeguard_shortage_pools_cut_hours":                    true,
	"abcradiohobart_talkback_visitor_bed_levy_callers":               true,
	"asapsports_ncaaw_tarrant_valley_state_postgame_upset":           true,
	"caldersprings_council_minutes_short_term_rental_cap_hearing":    true,
	"cnn_transcript_marlow_junction_chlorine_derailment":             true,
	"deposition_excerpt_dispatcher_hours_of_service_truck_crash":     true,
	"hansard_commons_adjournment_post16_school_transport_charges":    true,
	"irishtimes_qa_peatland_ecologist_rewetting_midlands":            true,
	"kestrelvolt_interim_results_investor_webinar_transcript":        true,
	"senedd_record_oq_rural_school_closures_ceredigion":              true,
	"who_press_conference_transcript_antivenom_supply_report":        true,
}

// thirtiethBatch names the articles of the thirtieth batch.
var thirtiethBatch = map[string]bool{
	"ahramonline_rice_quota_fines_kafr_elsheikh":              true,
	"batimes_zona_fria_gas_subsidy_cut":                       true,
	"businessdaily_cak_mlima_dairy_late_payments":             true,
	"dailystar_bd_dhamrai_brick_kiln_demolition":              true,
	"euronews_cage_phaseout_delay_meps":                       true,
	"ghanaweb_closed_fishing_season_two_months":               true,
	"gulfnews_rta_muhaisnah_bus_route_changes":                true,
	"jakartapost_morowali_tailings_dam_permit_freeze":         true,
	"moscowtimes_primorye_petrol_shortage_kremlin":            true,
	"ndtv_indore_toll_worker_suv_bonnet":                      true,
	"vnexpress_da_nang_seafood_overcharge_fine":               true,
	"zambia_mofl_fmd_movement_ban_statement":                  true,
	"cbc_asiniy_creek_mould_homes_emergency":                  true,
	"chicagotribune_belmont_cragin_street_takeover_porch":     true,
	"cnn_cruise_norovirus_port_everglades":                    true,
	"globenewswire_quarrystone_sierra_plains_battery_storage": true,
	"rollingstone_odessa_marchbanks_kerosene_hymnal_qa":       true,
	"statnews_kelzura_eczema_pill_boxed_warning_uveitis":      true,
	"techcrunch_hopscotch_aero_drone_grocery_layoffs":         true,
	"theathletic_mariners_tanabe_walkoff_astros":              true,
	"theatlantic_weather_observer_haugstad_profile":           true,
	"washingtonpost_icebreaker_dredging_offset_collapse":      true,
	"whitehouse_briefing_rail_strike_deadline_heat":           true,
	"wkyc_live_blog_northeast_ohio_severe_storms":             true,
	"abc_mount_cole_fire_fencing":                             true,
	"bbcsport_bristol_womens_odi_collapse":                    true,
	"economist_danube_low_water_barges":                       true,
	"guardian_otherlives_gwen_prys_mostyn_vet":                true,
	"herald_glasgow_park_toilets_closure":                     true,
	"holyrood_official_report_fmqs_island_dentistry":          true,
	"metro_tilly_kearsley_tour_cancelled":                     true,
	"shropshirestar_flytipping_sofa_doorbell_court":           true,
	"standard_suffragette_line_train_shortage":                true,
	"talksport_phonein_efl_away_ticket_cap":                   true,
	"telegraph_money_bereavement_bank_delay":                  true,
	"thejournal_vacant_property_grant_cut":                    true,
}

// twentyNinthBatch names the articles of the twenty-ninth batch.
var twentyNinthBatch = map[string]bool{
	"dw_eu_wolf_protection_brandenburg_farmers":        true,
	"expresstribune_karachi_illegal_hydrants_shc":      true,
	"hindustantimes_jharkhand_constable_paper_leak":    true,
	"kyodo_osaka_drugmaker_antibiotic_recall":          true,
	"meduza_pskov_mobile_internet_shutdowns":           true,
	"premiumtimes_otukpo_senator_townhall_attack":      true,
	"scmp_tai_o_stilt_house_flood_gates":               true,
	"theeastafrican_dar_transit_bond_uganda_importers": true,
	"thenational_uae_delivery_rider_midday_rules":      true,
	"timeslive_parys_sewage_vaal_spill":                true,
	"unhcr_briefing_cabo_delgado_displacement":         true,
	"yonhap_rural_bus_driver_shortage":                 true,
	"axios_denver_water_two_day_watering_limit":        true,
	"bloomberg_hungary_mnb_rate_pause_forint":          true,
	"denverpost_supreme_court_chairlift_waiver_ruling": true,
	"fool_larkspur_marine_q3_earnings_call":            true,
	"latimes_halcyon_burbank_animation_closure":        true,
	"npr_wesun_maine_island_doctor_retires":            true,
	"nyt_flatbush_dollar_van_seizures":                 true,
	"si_long_snapper_wade_kittredge_feature":           true,
	"torontostar_etobicoke_crosswalk_student_struck":   true,
	"uvm_maple_syrup_warm_spells_study":                true,
	"wbir_cocke_county_flash_flood_rescues":            true,
	"wsj_tessaro_foods_ceo_exit_recall":                true,
	"bbc_kent_sittingbourne_allotments_homes":          true,
	"dailystar_snow_bomb_amber_warning":                true,
	"guardian_police_cells_prison_capacity":            true,
	"hansard_westminster_hall_rural_pharmacies":        true,
	"irishtimes_nursing_home_closures_fair_deal":       true,
	"men_saddleworth_fell_runner_inquest":              true,
	"newscomau_mooloolaba_surf_club_ute_crash_court":   true,
	"sentencing_remarks_haskett_dog_attack_bristol":    true,
	"skysports_bath_leicester_premiership_rugby":       true,
	"stuff_dargaville_wastewater_wairoa_awa":           true,
	"theage_pokies_precommitment_delay":                true,
	"thetimes_norfolk_thatcher_interview":              true,
}

// twentyEighthBatch names the articles of the twenty-eighth batch.
var twentyEighthBatch = map[string]bool{
	"ap_marquette_freighter_aground":                  true,
	"ars_rainlark_sprinkler_local_api":                true,
	"cbc_wapiskaw_lake_winter_road_emergency":         true,
	"espn_grizzlies_mavericks_asante_ruiz_winner":     true,
	"globeandmail_nsf_fee_cap":                        true,
	"hearing_senate_wildfire_power_shutoffs":          true,
	"nyt_umpire_barrowcliff_robot_strike_zone_qa":     true,
	"podcast_back_office_butter_prices_bakery":        true,
	"politico_playbook_world_cup_drones":              true,
	"reuters_kurogane_robotics_q1_outlook":            true,
	"sciencenews_chuno_dental_calculus":               true,
	"statedept_briefing_bali_ash_visa_bonds":          true,
	"bbcsport_tranmere_brentford_fa_cup_upset":        true,
	"belfasttelegraph_lurgan_car_park_murder_probe":   true,
	"dailymail_wheatsheaf_rent_eviction":              true,
	"guardianau_airservices_estimates_tower_closures": true,
	"independent_nell_fairbairn_salt_year_interview":  true,
	"irishexaminer_defibrillator_theft_cork_court":    true,
	"nzherald_uawa_slash_bridge_rahui":                true,
	"rte_storm_odhran_power_outages":                  true,
	"scotsman_holyrood_swimming_pool_closures":        true,
	"skynews_live_resident_doctors_strike_day_two":    true,
	"thesun_tamsin_riordan_boxing_gym":                true,
	"walesonline_llandysul_ambulance_wait_paramedic":  true,
	"aljazeera_kutubdia_erosion_displacement":         true,
	"businesswire_quillon_cold_chain_hospitals":       true,
	"dailymaverick_letaba_packhouse_strike":           true,
	"dawn_ihc_passport_backlog":                       true,
	"globaltimes_eu_heat_pump_probe":                  true,
	"nation_muranga_dam_compensation":                 true,
	"punch_ibadan_motor_park_clash":                   true,
	"rappler_limay_oil_spill_payouts":                 true,
	"straitstimes_hdb_lift_breakdowns":                true,
	"tass_moldova_diplomat_expulsion":                 true,
	"tehrantimes_eu_shipping_sanctions":               true,
	"timesofindia_pune_fc_road_hawkers":               true,
}

// twentySeventhBatch names the articles of the twenty-seventh batch.
var twentySeventhBatch = map[string]bool{
	"aljazeera_taiz_water_wells_shelling":         true,
	"graphiconline_rice_import_duty_traders":      true,
	"guardianau_yorke_peninsula_abalone_heatwave": true,
	"law360_kombucha_nonalcoholic_label_suit":     true,
	"men_chadderton_hit_and_run_appeal":           true,
	"newsweek_senator_retirement_age_backlash":    true,
	"npr_atc_montana_beaver_dams":                 true,
	"scmp_peng_chau_ferry_fare_subsidy":           true,
	"skysports_trent_bridge_test_penhaligon_six":  true,
	"telegraph_heat_pump_house_sale_row":          true,
	"thehindu_kerala_budget_welfare_pension_hike": true,
	"washingtonpost_pwcs_librarian_cuts_hearing":  true,
}

// twentyFourthBatch names the articles of the twenty-fourth batch.
var twentyFourthBatch = map[string]bool{
	"chinastate_lancang_flow_report":            true,
	"cna_lift_rope_replacement_lapses":          true,
	"council_havenmoor_lido_boiler":             true,
	"courttranscript_ostrowski_bee_drift_trial": true,
	"economist_arslanbob_walnut_leases":         true,
	"guardianlive_skelwick_cliff_buyout":        true,
	"inquirer_kalasag_foam_life_vests":          true,
	"irishindo_ballyfearna_kinsella_late_goals": true,
	"naturenews_glowworm_silk_vibration":        true,
	"smh_demountable_heat_shutdown":             true,
	"sportwire_valberg_queen_stage_solo":        true,
	"technews_hummwell_hive_microphones":        true,
	"telegraph_church_bell_curfew_guidance":     true,
	"thesun_skate_stars_delaney_walkout":        true,
	"wapo_railcar_brake_waiver_backlog":         true,
}

// twentyThirdBatch names the articles of the twenty-third batch.
var twentyThirdBatch = map[string]bool{
	"aljazeera_um_dabakir_aid_convoy":        true,
	"apnews_nh_ambulance_levy_veto":          true,
	"bbcsport_portbridge_voss_derby_defeat":  true,
	"espn_okonkwo_reed_return_41":            true,
	"feature_bell_foundry":                   true,
	"guardian_sludge_pfas_dairy_milk":        true,
	"irishtimes_scoliosis_surgery_leave":     true,
	"localtv_daycare_suv_crash":              true,
	"politicoeu_cable_repair_fleet":          true,
	"pressrelease_hospital_linen_rfid":       true,
	"radiotranscript_kellsbridge_boil_water": true,
	"reuters_nordvik_blade_bonding_recall":   true,
	"scmp_columbarium_niche_ballot":          true,
	"thehindu_tank_desilting_probe":          true,
	"toi_revapur_shivneri_drain_trench":      true,
}

// twentySecondBatch names the articles of the twenty-second batch.
var twentySecondBatch = map[string]bool{
	"anadolu_tanzania_fm_visit":      true,
	"bbcscotland_ferry_strike":       true,
	"cbsnews_icefield_crash":         true,
	"cornwalllive_quay_parking":      true,
	"deadline_salt_road":             true,
	"huffpost_wildfire_aid":          true,
	"jakartapost_ride_hailing_cap":   true,
	"livemint_gold_loan_curbs":       true,
	"metro_meal_deal_sandwich":       true,
	"northernecho_rogue_roofer":      true,
	"rte_clonmore_ed_nights":         true,
	"standard_night_tube_strike":     true,
	"taipeitimes_coast_guard_drones": true,
	"whbriefing_hurricane_odalys":    true,
	"wsj_cold_storage":               true,
}

// twentyFirstBatch names the articles of the twenty-first batch.
var twentyFirstBatch = map[string]bool{
	"businessinsider_badge_tracking": true,
	"dailymaverick_mthonjeni_water":  true,
	"geonews_electoral_reforms":      true,
	"ipaper_skills_passport_row":     true,
	"itvnews_car_arson_estate":       true,
	"koreatimes_crowd_cameras":       true,
	"nbcnews_ssa_clawback":           true,
	"newsweek_farmer_tariff_post":    true,
	"nikkei_battery_recycling":       true,
	"podcast_truck_parking":          true,
	"sbsnews_aged_care_interpreters": true,
	"scotsman_island_housing_review": true,
	"stuff_mangaone_slip_road":       true,
	"unbriefing_cyclone_imani":       true,
	"yorkshirepost_pea_contract_cut": true,
}

// twentiethBatch names the articles of the twentieth batch.
var twentiethBatch = map[string]bool{
	"asapsports_meridian_bay_r3":            true,
	"bangkokpost_tourist_insurance":         true,
	"belfasttelegraph_hospital_parking":     true,
	"chicagotribune_hit_and_run_sentencing": true,
	"earningscall_cold_chain":               true,
	"hindustantimes_sand_mining":            true,
	"independent_river_sewage":              true,
	"jpost_northern_return":                 true,
	"latimes_mesa_ridge_rebuild":            true,
	"premiumtimes_electricity_tariff":       true,
	"skynews_student_loans":                 true,
	"texastribune_groundwater_exports":      true,
	"thehill_permitting_deal":               true,
	"thetimes_carer_fraud":                  true,
	"walesonline_bus_route":                 true,
}

// nineteenthBatch names the articles of the nineteenth batch.
var nineteenthBatch = map[string]bool{
	"abc_eyre_peninsula_dry_sowing":             true,
	"athletic_wolves_porto_falcao_transfer":     true,
	"bloomberg_businessweek_kestle_ebike_fleet": true,
	"bostonglobe_medford_hillside_school_sale":  true,
	"burlington_council_leaf_blower_hearing":    true,
	"france24_referendum_address":               true,
	"guardian_usopen_escolano_clarke":           true,
	"gulfnews_al_warqa_bridge_uturn":            true,
	"middleeasteye_iraq_tigris_water_row":       true,
	"mirror_stockport_parking_row_manslaughter": true,
	"sciencenews_dormouse_fat_clock":            true,
	"telegraph_artillery_mothball":              true,
	"thestar_gua_musang_landslide":              true,
	"tribune_shimla_hailstorm_apple_relief":     true,
	"usatoday_mushroom_gummies":                 true,
}

// eighteenthBatch names the articles of the eighteenth batch.
var eighteenthBatch = map[string]bool{
	"ap_nfl_titans_jaguars_overtime":            true,
	"bbcsport_bournemouth_villa_preview":        true,
	"businessline_sensex_nifty_bank_rebound":    true,
	"cna_penang_slope_evacuation":               true,
	"constructionnews_scaffolding_insolvencies": true,
	"conversation_street_trees_heat":            true,
	"guardian_rented_homes_insulation_delay":    true,
	"irishexaminer_fermoy_pint_glass_assault":   true,
	"king5_lynnwood_stabbing_arrest":            true,
	"nytimes_rural_hospital_births":             true,
	"oregonian_fire_lookout_qa":                 true,
	"reuters_brennwerk_q3_results":              true,
	"smh_paramedic_ramping_estimates":           true,
	"thenational_sme_export_finance":            true,
	"washingtonpost_bell_times_bus_shortage":    true,
}

// seventeenthBatch names the articles of the seventeenth batch.
var seventeenthBatch = map[string]bool{
	"athletic_hornets_bucks_comeback":     true,
	"autosport_hungarian_gp_qualifying":   true,
	"cnn_faa_nominee_hold":                true,
	"dw_deutschlandticket_price_row":      true,
	"economist_astana_financial_centre":   true,
	"herald_fmqs_ferry_delay":             true,
	"independent_night_shift_diabetes":    true,
	"japantimes_kumamoto_polishing_plant": true,
	"law360_brewery_flood_coverage":       true,
	"nation_kilifi_ward_fund_budget":      true,
	"oregonian_oregon_city_cobbler":       true,
	"politico_farm_bill_vote_pulled":      true,
	"prnewswire_corvane_wind_partnership": true,
	"rnz_kopuku_landfill_pause":           true,
	"timesofindia_goregaon_water_cut":     true,
}

// sixteenthLate names the five articles of the sixteenth batch scored
// after the fixes the first ten prompted.
var sixteenthLate = map[string]bool{
	"abcnews_scooter_hit_and_run_sentencing": true,
	"globeandmail_caldera_ridge_kessock":     true,
	"skysports_palace_fulham":                true,
	"straitstimes_tengah_bus_links":          true,
	"washingtonpost_usda_lab_closures":       true,
}

// sixteenthBatch names the articles of the sixteenth batch.
var sixteenthBatch = map[string]bool{
	"aljazeera_sudan_abu_qurun_displacement": true,
	"irishtimes_derelict_sites_levy":         true,
	"men_reddish_bowling_green_homes":        true,
	"newyorker_queens_sign_painter_profile":  true,
	"npr_morning_edition_school_phone_ban":   true,
	"reuters_opec_cuts_extension":            true,
	"scmp_subdivided_flat_evictions":         true,
	"thehindu_karnataka_school_merger_row":   true,
	"thesun_tegan_ashby_split":               true,
	"wired_bramble_teleop_robot_arms":        true,
	"abcnews_scooter_hit_and_run_sentencing": true,
	"globeandmail_caldera_ridge_kessock":     true,
	"skysports_palace_fulham":                true,
	"straitstimes_tengah_bus_links":          true,
	"washingtonpost_usda_lab_closures":       true,
}

// fifteenthBatch names the articles of the fifteenth batch.
var fifteenthBatch = map[string]bool{
	"atlantic_grain_elevator_town":                 true,
	"bbc_corridor_care":                            true,
	"bloomberg_czech_rate_cut":                     true,
	"dailymail_stolen_mobility_scooter":            true,
	"expresstribune_pakistan_sri_lanka_odi_series": true,
	"forbes_kelpwise_series_b":                     true,
	"guardian_australia_southern_reef_recovery":    true,
	"irish_independent_kilkenny_galway":            true,
	"leeds_university_school_hedges_pollution":     true,
	"news24_rietvlei_water_outage":                 true,
	"philstar_batangas_tricycle_driver_shooting":   true,
	"techcrunch_halyard_dental_ai_launch":          true,
	"times_of_israel_chile_envoy":                  true,
	"vanguard_ekiti_road_levy":                     true,
	"wral_johnston_ice_closings":                   true,
}

// fourteenthBatch names the articles of the fourteenth batch.
var fourteenthBatch = map[string]bool{
	"afp_brazil_amazon_drought":               true,
	"cnbc_brightwater_ceo_interview":          true,
	"guardian_politics_live_school_transport": true,
	"koreaherald_bok_rate_hold_won":           true,
	"lincslive_inquest_motorcyclist_pothole":  true,
	"ap_lpga_vikstrom_lakeshore":              true,
	"ap_nhl_wild_kraken_rally":                true,
	"billboard_mendel_bluehalyard_lawsuit":    true,
	"dailytelegraph_nrl_tigers_marsters":      true,
	"nature_woolly_rhino_sediment_dna":        true,
	"cna_johor_migrant_boat_capsize":          true,
	"dailystar_tongi_wage_clash":              true,
	"ft_harwood_sterling_profit_warning":      true,
	"kstp_columbia_heights_driveway_shooting": true,
	"rollcall_senate_rail_derailment_hearing": true,
}

// thirteenthBatch names the articles of the thirteenth batch.
var thirteenthBatch = map[string]bool{
	"axios_datacenter_ratepayer_bill":               true,
	"dawn_punjab_localgovt_bill":                    true,
	"kyivindependent_kharkiv_strike_demobilization": true,
	"studentdaily_demonstration_policy_protest":     true,
	"variety_venice_salt_orchard":                   true,
	"espn_olemiss_comeback":                         true,
	"euronews_eu_summit_defence_loans":              true,
	"inquirer_senate_ferry_probe":                   true,
	"medpage_aha_velandrostat_htn":                  true,
	"thehindu_tn_smart_meter_row":                   true,
	"arabnews_jeddah_logistics":                     true,
	"nzherald_whakatane_punch":                      true,
	"politico_pfas_delay":                           true,
	"punch_rovers_salaries":                         true,
	"rollingstone_hollow_orchard":                   true,
}

// twelfthBatch names the articles of the twelfth batch.
var twelfthBatch = map[string]bool{
	"toi_drain_drowning": true, "smh_rail_pay_standoff": true, "wimbledon_qf_upset": true,
	"statehouse_nurse_staffing": true, "cnn_heater_recall": true, "al_monitor_gulf_turkey": true,
	"hurricane_texas_landfall": true, "campus_library_hours": true, "boxing_middleweight_title": true,
	"book_review_interview": true,
}

// eleventhBatch names the articles of the eleventh batch.
var eleventhBatch = map[string]bool{
	"nyt_disaster_aid_veto": true, "guardian_river_onny_monitors": true, "scmp_kwong_lee_estate": true,
	"nba_kings_nuggets_recap": true, "local_diner_lease_chain": true, "ap_mexico_grave": true,
	"economist_strong_euro": true, "obit_guitarist": true, "ars_fcc_unlocking": true, "local_tv_school_shooting": true,
}

// tenthBatch names the articles of the tenth batch.
var tenthBatch = map[string]bool{
	"yonhap_energy_vouchers": true, "reuters_merger_exclusive": true, "examiner_bin_collections": true,
	"ap_nfl_postgame": true, "mag_celebrity_profile": true, "cbc_first_nation_wildfire": true,
	"indianexpress_ercp_water_row": true, "spacecom_asteroid_probe_safe_mode": true,
	"scotus_drone_backyard_argument": true, "voguebusiness_ferrante_debut": true,
}

// ninthBatch names the articles of the ninth batch.
var ninthBatch = map[string]bool{
	"dw_eu_defense_bonds": true, "bloomberg_markets_wrap": true, "bbc_housing_target": true, "japan_bear_culls": true,
	"propublica_drift_additive": true, "cricinfo_pallekele_odi": true, "irishtimes_data_centre_ruling": true,
	"verge_kestrel_glasses_keynote": true, "bbcfuture_mekong_dolphins": true, "aljazeera_kharkiv_strikes": true,
}

// eighthBatch names the articles of the eighth batch.
var eighthBatch = map[string]bool{
	"police_presser": true, "f1_race_report": true, "abc_vic_budget_fires": true, "ap_trial_testimony": true,
	"tabloid_royal_gardener": true, "kenya_fuel_levy": true, "stat_sepsis_ai": true, "school_board_closure": true,
	"game_studio_delay": true, "election_night_wire": true,
}

// seventhBatch names the articles of the seventh batch.
var seventhBatch = map[string]bool{
	"cnn_shutdown_feud": true, "crown_court_rogue_builder": true, "people_oscar_winner": true, "sky_transfer_unveiling": true,
	"ksdk_apartment_fire": true, "ng_flyover": true, "sg_riders": true, "sci_soil_memory": true, "mag_profile": true,
	"qa_paramedic": true, "washington_chips": true, "cop_adaptation": true, "cdc_pertussis": true, "lumio_earnings": true,
	"brentford_forest": true,
}

// TestGenres scores every article of the development set and fails when
// one falls below its floors. Run with -v to see the table and the errors.
func TestGenres(t *testing.T) {
	t.Parallel()
	names := make([]string, 0, len(genreFloors))
	for n := range genreFloors {
		names = append(names, n)
	}
	sort.Strings(names)
	// The batches, each totalled apart: the first three together, and
	// the later ones, each scored when it came before any change it
	// prompted, as near to held-out articles as this set has.
	batches := []struct {
		label string
		in    map[string]bool
		score genreScore
	}{{"4th batch", fourthBatch, genreScore{}}, {"5th batch", fifthBatch, genreScore{}}, {"6th batch", sixthBatch, genreScore{}},
		{"after 6th", lateTwo, genreScore{}}, {"7th batch", seventhBatch, genreScore{}}, {"8th batch", eighthBatch, genreScore{}},
		{"9th batch", ninthBatch, genreScore{}}, {"10th batch", tenthBatch, genreScore{}},
		{"11th batch", eleventhBatch, genreScore{}}, {"12th batch", twelfthBatch, genreScore{}},
		{"13th batch", thirteenthBatch, genreScore{}}, {"14th batch", fourteenthBatch, genreScore{}},
		{"15th batch", fifteenthBatch, genreScore{}}, {"16th batch", sixteenthBatch, genreScore{}},
		{"16th, last 5", sixteenthLate, genreScore{}}, {"17th batch", seventeenthBatch, genreScore{}},
		{"18th batch", eighteenthBatch, genreScore{}}, {"19th batch", nineteenthBatch, genreScore{}},
		{"20th batch", twentiethBatch, genreScore{}}, {"21st batch", twentyFirstBatch, genreScore{}},
		{"22nd batch", twentySecondBatch, genreScore{}}, {"23rd batch", twentyThirdBatch, genreScore{}},
		{"24th batch", twentyFourthBatch, genreScore{}}, {"25th batch", twentyFifthBatch, genreScore{}},
		{"26th batch", twentySixthBatch, genreScore{}}, {"27th batch", twentySeventhBatch, genreScore{}},
		{"28th batch", twentyEighthBatch, genreScore{}},
		{"29th batch", twentyNinthBatch, genreScore{}},
		{"30th batch", thirtiethBatch, genreScore{}},
		{"31st batch", thirtyFirstBatch, genreScore{}},
		{"32nd batch", thirtySecondBatch, genreScore{}},
		{"33rd batch", thirtyThirdBatch, genreScore{}},
		{"34th batch", thirtyFourthBatch, genreScore{}},
		{"35th batch", thirtyFifthBatch, genreScore{}},
		{"36th batch", thirtySixthBatch, genreScore{}},
		{"37th batch", thirtySeventhBatch, genreScore{}},
		{"38th batch", thirtyEighthBatch, genreScore{}},
		{"39th batch", thirtyNinthBatch, genreScore{}},
		{"40th batch", fortiethBatch, genreScore{}},
		{"41st batch", fortyFirstBatch, genreScore{}},
		{"42nd batch", fortySecondBatch, genreScore{}},
		{"43rd batch", fortyThirdBatch, genreScore{}},
		{"44th batch", fortyFourthBatch, genreScore{}},
		{"45th batch", fortyFifthBatch, genreScore{}},
		{"46th batch", fortySixthBatch, genreScore{}},
		{"47th batch", fortySeventhBatch, genreScore{}},
		{"48th batch", fortyEighthBatch, genreScore{}},
		{"49th batch", fortyNinthBatch, genreScore{}},
		{"50th batch", fiftiethBatch, genreScore{}},
		{"51st batch", fiftyFirstBatch, genreScore{}},
		{"52nd batch", fiftySecondBatch, genreScore{}},
		{"53rd batch", fiftyThirdBatch, genreScore{}},
		{"54th batch", fiftyFourthBatch, genreScore{}},
		{"55th batch", fiftyFifthBatch, genreScore{}},
		{"56th batch", fiftySixthBatch, genreScore{}},
		{"57th batch", fiftySeventhBatch, genreScore{}}}
	var all, first genreScore
	var table strings.Builder
	fmt.Fprintf(&table, "\n%-26s %5s %5s %5s %5s %5s %5s %5s\n", "genre", "gold", "qF1", "spk", "e2e", "via", "paraP", "spkPN")
	for _, n := range names {
		s := scoreGenre(t, n)
		via := "-"
		if s.viaGold > 0 {
			via = fmt.Sprintf("%d/%d", s.viaOK, s.viaGold)
		}
		fmt.Fprintf(&table, "%-26s %5d %5.3f %5.3f %5.3f %5s %5.2f %5.3f\n", n, s.gold, s.f1(), s.spk(), s.e2e(), via, s.paraP(), s.spkPN())
		for _, e := range s.errs {
			fmt.Fprintf(&table, "    %s\n", e)
		}
		fl := genreFloors[n]
		if s.f1() < fl[0] || s.spk() < fl[1] || s.e2e() < fl[2] || s.paraP() < fl[3] || s.viaOK < s.viaGold && !viaCountedOnly[n] {
			t.Errorf("%s: quote F1 %.3f, speaker %.3f, end-to-end %.3f, paraphrase precision %.2f; floors %v",
				n, s.f1(), s.spk(), s.e2e(), s.paraP(), fl)
		}
		all.add(s)
		inBatch := false
		for k := range batches {
			if batches[k].in[n] {
				batches[k].score.add(s)
				inBatch = true
			}
		}
		if !inBatch {
			first.add(s)
		}
	}
	row := func(label string, s genreScore) {
		fmt.Fprintf(&table, "%-16s %5d %5.3f %5.3f %5.3f   PolNeAR rule: %5.3f %5.3f\n", label, s.gold, s.f1(), s.spk(), s.e2e(), s.spkPN(), s.e2ePN())
	}
	row("all", all)
	row("batches 1-3", first)
	for _, b := range batches {
		row(b.label, b.score)
	}
	t.Log(table.String())
}

// viaCountedOnly are the articles whose missed vias are counted, not
// failed: the seventh to fifty-seventh batches'.
var viaCountedOnly = func() map[string]bool {
	m := map[string]bool{}
	for _, b := range []map[string]bool{seventhBatch, eighthBatch, ninthBatch, tenthBatch, eleventhBatch, twelfthBatch, thirteenthBatch, fourteenthBatch, fifteenthBatch, sixteenthBatch, seventeenthBatch, eighteenthBatch, nineteenthBatch, twentiethBatch, twentyFirstBatch, twentySecondBatch, twentyThirdBatch, twentyFourthBatch, twentyFifthBatch, twentySixthBatch, twentySeventhBatch, twentyEighthBatch, twentyNinthBatch, thirtiethBatch, thirtyFirstBatch, thirtySecondBatch, thirtyThirdBatch, thirtyFourthBatch, thirtyFifthBatch, thirtySixthBatch, thirtySeventhBatch, thirtyEighthBatch, thirtyNinthBatch, fortiethBatch, fortyFirstBatch, fortySecondBatch, fortyThirdBatch, fortyFourthBatch, fortyFifthBatch, fortySixthBatch, fortySeventhBatch, fortyEighthBatch, fortyNinthBatch, fiftiethBatch, fiftyFirstBatch, fiftySecondBatch, fiftyThirdBatch, fiftyFourthBatch, fiftyFifthBatch, fiftySixthBatch, fiftySeventhBatch} {
		for n := range b {
			m[n] = true
		}
	}
	return m
}()

// TestLikelyMeansSomething: on the development set, the quotes held back
// as unlikely are wrong (no gold quotation with that speaker) at least
// three times as often as the quotes kept.
func TestLikelyMeansSomething(t *testing.T) {
	t.Parallel()
	var held, heldWrong, kept, keptWrong int
	for n := range genreFloors {
		_, gold, res := extractGenre(t, n)
		for _, q := range res.Quotes {
			if q.Kind == KindParaphrase {
				continue
			}
			right := false
			for _, g := range gold {
				inter := min(q.End, g.E) - max(q.Start, g.S)
				union := max(q.End, g.E) - min(q.Start, g.S)
				right = right || g.Kind == "q" && inter > 0 && 2*inter >= union && normSpeaker(q.Speaker) == normSpeaker(g.speaker)
			}
			if q.Likely {
				kept++
				if !right {
					keptWrong++
				}
			} else {
				held++
				if !right {
					heldWrong++
				}
			}
		}
	}
	t.Logf("held back %d, %d wrong; kept %d, %d wrong", held, heldWrong, kept, keptWrong)
	if held == 0 || float64(heldWrong)/float64(held) < 3*float64(keptWrong)/float64(max(kept, 1)) {
		t.Errorf("held back %d quotes, %d wrong; kept %d, %d wrong: want the held ones wrong at least 3 times as often", held, heldWrong, kept, keptWrong)
	}
}
