package forms

import (
	"fmt"
	"strings"

	"github.com/quotetrail/quotetrail/models"
)

// Outlet is the outlet form.
type Outlet struct {
	Change
	Name    string `form:"name"`
	Kind    string `form:"kind"`
	HomeURL string `form:"home_url"`
	Domains string `form:"domains"`
}

// OutletFrom fills the form from a stored outlet.
func OutletFrom(o *models.Outlet) Outlet {
	return Outlet{Change: Change{Version: o.Version}, Name: o.Name, Kind: o.Kind, HomeURL: o.HomeURL, Domains: strings.Join(o.Domains, "\n")}
}

// Validate names every problem with the form.
func (f *Outlet) Validate() Errors {
	errs := Errors{}
	f.Name, f.HomeURL = clean(f.Name), strings.TrimSpace(f.HomeURL)
	required(errs, "name", f.Name, "A name")
	maxLen(errs, "name", f.Name, 200)
	oneOf(errs, "kind", f.Kind, models.OutletKinds)
	checkURL(errs, "home_url", f.HomeURL)
	domains := f.domains()
	if len(domains) > 20 {
		errs.Add("domains", "Up to 20 domains, please.")
	}
	for _, d := range domains {
		if !domainRE.MatchString(d) {
			errs.Add("domains", fmt.Sprintf("“%s” is not a domain name like npr.org.", d))
		}
	}
	f.Change.validate(errs)
	return errs
}

func (f *Outlet) domains() []string {
	var out []string
	seen := map[string]bool{}
	for _, d := range splitList(f.Domains, "\n, ") {
		if d = models.NormalizeDomain(d); !seen[d] {
			seen[d] = true
			out = append(out, d)
		}
	}
	return out
}

// Model returns the outlet the form describes.
func (f *Outlet) Model(id int64) *models.Outlet {
	return &models.Outlet{ID: id, Version: f.Version, Name: f.Name, Kind: f.Kind, HomeURL: f.HomeURL, Domains: f.domains()}
}
