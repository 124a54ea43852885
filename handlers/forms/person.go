package forms

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/quotetrail/quotetrail/models"
)

// Person is the speaker form.
type Person struct {
	Change
	Name        string `form:"name"`
	Kind        string `form:"kind"`
	Description string `form:"description"`
	Aliases     string `form:"aliases"`
	WikidataID  string `form:"wikidata_id"`
	Gender      string `form:"gender"`
	Affiliation string `form:"affiliation"`
}

var wikidataRE = regexp.MustCompile(`^Q[1-9][0-9]{0,11}$`)

// PersonFrom fills the form from a stored speaker.
func PersonFrom(p *models.Person) Person {
	return Person{Change: Change{Version: p.Version}, Name: p.Name, Kind: p.Kind, Description: p.Description, Aliases: strings.Join(p.Aliases, "\n"), WikidataID: p.WikidataID,
		Gender: p.Gender, Affiliation: p.Affiliation}
}

// Validate names every problem with the form.
func (f *Person) Validate() Errors {
	errs := Errors{}
	f.Name, f.WikidataID = clean(f.Name), strings.ToUpper(strings.TrimSpace(f.WikidataID))
	f.Description = strings.TrimSpace(f.Description)
	required(errs, "name", f.Name, "A name")
	maxLen(errs, "name", f.Name, 200)
	oneOf(errs, "kind", f.Kind, models.PersonKinds)
	maxLen(errs, "description", f.Description, 1000)
	f.Gender, f.Affiliation = clean(f.Gender), clean(f.Affiliation)
	maxLen(errs, "gender", f.Gender, 60)
	maxLen(errs, "affiliation", f.Affiliation, 200)
	aliases := splitList(f.Aliases, "\n")
	if len(aliases) > 50 {
		errs.Add("aliases", fmt.Sprintf("Up to 50 other names, please (there are %d).", len(aliases)))
	}
	for _, a := range aliases {
		if len([]rune(a)) > 200 {
			errs.Add("aliases", fmt.Sprintf("“%.40s…” is too long for a name: keep each under 200 characters.", a))
		}
		if strings.EqualFold(a, f.Name) {
			errs.Add("aliases", "The name itself need not be listed as another name.")
		}
	}
	if f.WikidataID != "" && !wikidataRE.MatchString(f.WikidataID) {
		errs.Add("wikidata_id", fmt.Sprintf("“%s” is not a Wikidata ID: it looks like Q6279 (a Q and digits).", f.WikidataID))
	}
	f.Change.validate(errs)
	return errs
}

// Model returns the speaker the form describes.
func (f *Person) Model(id int64) *models.Person {
	return &models.Person{ID: id, Version: f.Version, Name: f.Name, Kind: f.Kind, Description: f.Description, Aliases: splitList(f.Aliases, "\n"), WikidataID: f.WikidataID,
		Gender: f.Gender, Affiliation: f.Affiliation}
}
