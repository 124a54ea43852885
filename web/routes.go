package web

import (
	"io/fs"
	"net/http"

	"github.com/labstack/echo/v4"

	"github.com/quotetrail/quotetrail/handlers"
	"github.com/quotetrail/quotetrail/handlers/api"
	"github.com/quotetrail/quotetrail/handlers/dashboard"
	"github.com/quotetrail/quotetrail/handlers/merges"
	"github.com/quotetrail/quotetrail/handlers/pickers"
	"github.com/quotetrail/quotetrail/handlers/tokens"
	"github.com/quotetrail/quotetrail/internal/history"
)

// routes declares every URL the app answers, in one place.
func routes(e *echo.Echo, h *handlers.Handler, pick *pickers.Handler, dash *dashboard.Handler, a *api.API, t *tokens.Handler, m *merges.Handler, g *guard) {
	// ed guards every page and form that changes data: only signed-in
	// editors (and admins) get through; the public reads the rest. Every
	// POST also passes the CSRF check in New.
	ed := requireEditor
	// pub serves the public's pages from memory while the data they show
	// is unchanged.
	pub := g.cachePublic

	assets, _ := fs.Sub(static, "static")
	e.GET("/static/*", echo.WrapHandler(http.StripPrefix("/static/", http.FileServer(http.FS(assets)))), staticCache)

	e.GET("/", h.ShowHome, pub)
	// Who gets quoted, and how often: the site's, an outlet's, a topic's
	// and a search's dashboards (a speaker's is on their page).
	e.GET("/dashboard", dash.ShowSite, pub)
	e.GET("/outlets/:slug/dashboard", dash.ShowOutlet, pub)
	e.GET("/topics/:slug/dashboard", dash.ShowTopic, pub)
	e.GET("/search/dashboard", dash.ShowSearch, pub)
	// Atom feeds of the newest quotes, beside the pages they follow.
	e.GET("/feed.atom", h.SiteFeed, pub)
	e.GET("/healthz", h.Healthz)

	// For machines: crawlers, and browsers looking for the icon.
	e.GET("/robots.txt", h.Robots)
	e.GET("/sitemap.xml", h.Sitemap, pub)
	e.GET("/sitemap-:part", h.SitemapPart, pub)
	e.GET("/favicon.ico", h.Favicon)

	// Speakers.
	e.GET("/people", h.ListPeople, pub)
	e.GET("/people/new", h.NewPerson, ed)
	e.POST("/people", h.CreatePerson, ed)
	e.GET("/people/:slug", h.ShowPerson, pub)
	e.GET("/people/:slug/feed.atom", h.PersonFeed, pub)
	e.GET("/people/:slug/edit", h.EditPerson, ed)
	e.POST("/people/:slug", h.UpdatePerson, ed)
	e.GET("/people/:slug/delete", h.ConfirmDeletePerson, ed)
	e.POST("/people/:slug/delete", h.DeletePerson, ed)
	e.GET("/people/:slug/merge", m.Show(history.EntityPerson), ed)
	e.POST("/people/:slug/merge", m.Merge(history.EntityPerson), ed)

	// Outlets.
	e.GET("/outlets", h.ListOutlets, pub)
	e.GET("/outlets/new", h.NewOutlet, ed)
	e.POST("/outlets", h.CreateOutlet, ed)
	e.GET("/outlets/:slug", h.ShowOutlet, pub)
	e.GET("/outlets/:slug/feed.atom", h.OutletFeed, pub)
	e.GET("/outlets/:slug/edit", h.EditOutlet, ed)
	e.POST("/outlets/:slug", h.UpdateOutlet, ed)
	e.GET("/outlets/:slug/delete", h.ConfirmDeleteOutlet, ed)
	e.POST("/outlets/:slug/delete", h.DeleteOutlet, ed)
	e.GET("/outlets/:slug/merge", m.Show(history.EntityOutlet), ed)
	e.POST("/outlets/:slug/merge", m.Merge(history.EntityOutlet), ed)

	// Articles.
	e.GET("/articles", h.ListArticles, pub)
	e.GET("/articles/new", h.NewArticle, ed)
	e.POST("/articles", h.CreateArticle, ed)
	e.GET("/articles/:article", h.ShowArticle, pub)
	e.GET("/articles/:article/edit", h.EditArticle, ed)
	e.POST("/articles/:article", h.UpdateArticle, ed)
	e.GET("/articles/:article/delete", h.ConfirmDeleteArticle, ed)
	e.POST("/articles/:article/delete", h.DeleteArticle, ed)
	e.POST("/articles/import", h.ImportArticle, ed)
	e.GET("/articles/:article/review", h.ReviewArticle, ed)
	e.POST("/articles/:article/review", h.SaveReview, ed)

	// Quotes.
	e.GET("/quotes/new", h.NewQuote, ed)
	e.POST("/quotes", h.CreateQuote, ed)
	e.GET("/quotes/:quote", h.ShowQuote, pub)
	e.GET("/quotes/:quote/edit", h.EditQuote, ed)
	e.POST("/quotes/:quote", h.UpdateQuote, ed)
	e.GET("/quotes/:quote/delete", h.ConfirmDeleteQuote, ed)
	e.POST("/quotes/:quote/delete", h.DeleteQuote, ed)

	// Quote extraction.
	e.POST("/api/v1/extract", h.Extract, h.LimitExtract())

	// Citations.
	e.GET("/export", h.Export)

	// Topics.
	e.GET("/topics", h.ListTopics, pub)
	e.GET("/topics/new", h.NewTopic, ed)
	e.POST("/topics", h.CreateTopic, ed)
	e.GET("/topics/:slug", h.ShowTopic, pub)
	e.GET("/topics/:slug/feed.atom", h.TopicFeed, pub)
	e.GET("/topics/:slug/edit", h.EditTopic, ed)
	e.POST("/topics/:slug", h.UpdateTopic, ed)
	e.GET("/topics/:slug/delete", h.ConfirmDeleteTopic, ed)
	e.POST("/topics/:slug/delete", h.DeleteTopic, ed)
	e.GET("/topics/:slug/merge", m.Show(history.EntityTopic), ed)
	e.POST("/topics/:slug/merge", m.Merge(history.EntityTopic), ed)

	// Search, and the matches the form pickers offer as people type.
	// History: every change, by whom, and the way back. Editors only.
	e.GET("/changes", h.RecentChanges, ed)
	e.GET("/trash", h.ShowTrash, ed)
	e.GET("/history/:type/:id", h.ShowHistory, ed)
	e.POST("/revisions/:revision/restore", h.RestoreRevision, ed)

	e.GET("/search", h.ShowSearch, pub)
	e.GET("/quotes", h.ShowSearch, pub) // every quote, newest first, with the search filters
	e.GET("/search/feed.atom", h.SearchFeed, pub)
	e.GET("/api/v1/suggest/people", pick.People)
	e.GET("/api/v1/suggest/outlets", pick.Outlets)
	e.GET("/api/v1/suggest/articles", pick.Articles)

	// The JSON API (its document: /api/v1/openapi.json, shown at
	// /api/docs). Reads are public, as the pages are; writes and
	// histories are for editors, and writes carry the CSRF token in the
	// X-CSRF-Token header, or else a personal API token as a Bearer
	// token (web/session.go).
	aed := g.requireAPIEditor
	e.GET("/api/docs", a.Docs.Show)
	e.GET("/api/v1/openapi.json", a.Docs.OpenAPI)
	e.GET("/api/v1/people", a.People.List)
	e.POST("/api/v1/people", a.People.Create, aed)
	e.GET("/api/v1/people/:ref", a.People.Get)
	e.PATCH("/api/v1/people/:ref", a.People.Update, aed)
	e.DELETE("/api/v1/people/:ref", a.People.Delete, aed)
	e.GET("/api/v1/outlets", a.Outlets.List)
	e.POST("/api/v1/outlets", a.Outlets.Create, aed)
	e.GET("/api/v1/outlets/:ref", a.Outlets.Get)
	e.PATCH("/api/v1/outlets/:ref", a.Outlets.Update, aed)
	e.DELETE("/api/v1/outlets/:ref", a.Outlets.Delete, aed)
	e.GET("/api/v1/topics", a.Topics.List)
	e.POST("/api/v1/topics", a.Topics.Create, aed)
	e.GET("/api/v1/topics/:ref", a.Topics.Get)
	e.PATCH("/api/v1/topics/:ref", a.Topics.Update, aed)
	e.DELETE("/api/v1/topics/:ref", a.Topics.Delete, aed)
	e.GET("/api/v1/articles", a.Articles.List)
	e.POST("/api/v1/articles", a.Articles.Create, aed)
	e.GET("/api/v1/articles/:id", a.Articles.Get)
	e.PATCH("/api/v1/articles/:id", a.Articles.Update, aed)
	e.DELETE("/api/v1/articles/:id", a.Articles.Delete, aed)
	e.GET("/api/v1/quotes", a.Quotes.List)
	e.POST("/api/v1/quotes", a.Quotes.Create, aed)
	e.GET("/api/v1/quotes/:id", a.Quotes.Get)
	e.PATCH("/api/v1/quotes/:id", a.Quotes.Update, aed)
	e.DELETE("/api/v1/quotes/:id", a.Quotes.Delete, aed)
	e.GET("/api/v1/quotes/:id/reports", a.Quotes.Reports)
	e.GET("/api/v1/search", a.Search.Find)
	e.GET("/api/v1/history/:type/:id", a.History.Show, aed)
	e.POST("/api/v1/revisions/:id/restore", a.History.Restore, aed)
	e.GET("/api/v1/export", a.Export.Redirect)

	// Accounts: logging in and out, choosing a password from an invite
	// link, changing one's own password.
	e.GET("/login", h.ShowLogin)
	e.POST("/login", h.Login)
	e.POST("/logout", h.Logout)
	e.GET("/set-password/:token", h.ShowSetPassword)
	e.POST("/set-password/:token", h.SetPasswordFromInvite)
	e.GET("/account/password", h.ShowChangePassword, ed)
	e.POST("/account/password", h.ChangePassword, ed)
	// Personal API tokens, shown once when made.
	e.GET("/account/tokens", t.Show, ed)
	e.POST("/account/tokens", t.Create, ed)
	e.POST("/account/tokens/:id/revoke", t.Revoke, ed)

	// Users, for admins.
	admin := requireAdmin
	e.GET("/admin/users", h.ListUsers, admin)
	e.GET("/admin/users/new", h.NewUser, admin)
	e.POST("/admin/users", h.InviteUser, admin)
	e.GET("/admin/users/:user/edit", h.EditUser, admin)
	e.POST("/admin/users/:user", h.UpdateUser, admin)
	e.POST("/admin/users/:user/invite", h.ReinviteUser, admin)
}
