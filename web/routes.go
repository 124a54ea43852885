package web

import (
	"io/fs"
	"net/http"

	"github.com/labstack/echo/v4"

	"github.com/quotetrail/quotetrail/handlers"
)

// routes declares every URL the app answers, in one place.
func routes(e *echo.Echo, h *handlers.Handler) {
	assets, _ := fs.Sub(static, "static")
	e.GET("/static/*", echo.WrapHandler(http.StripPrefix("/static/", http.FileServer(http.FS(assets)))), staticCache)

	e.GET("/", h.ShowHome)
	e.GET("/healthz", h.Healthz)

	// Speakers.
	e.GET("/people", h.ListPeople)
	e.GET("/people/new", h.NewPerson)
	e.POST("/people", h.CreatePerson)
	e.GET("/people/:slug", h.ShowPerson)
	e.GET("/people/:slug/edit", h.EditPerson)
	e.POST("/people/:slug", h.UpdatePerson)
	e.GET("/people/:slug/delete", h.ConfirmDeletePerson)
	e.POST("/people/:slug/delete", h.DeletePerson)

	// Outlets.
	e.GET("/outlets", h.ListOutlets)
	e.GET("/outlets/new", h.NewOutlet)
	e.POST("/outlets", h.CreateOutlet)
	e.GET("/outlets/:slug", h.ShowOutlet)
	e.GET("/outlets/:slug/edit", h.EditOutlet)
	e.POST("/outlets/:slug", h.UpdateOutlet)
	e.GET("/outlets/:slug/delete", h.ConfirmDeleteOutlet)
	e.POST("/outlets/:slug/delete", h.DeleteOutlet)

	// Articles.
	e.GET("/articles", h.ListArticles)
	e.GET("/articles/new", h.NewArticle)
	e.POST("/articles", h.CreateArticle)
	e.GET("/articles/:article", h.ShowArticle)
	e.GET("/articles/:article/edit", h.EditArticle)
	e.POST("/articles/:article", h.UpdateArticle)
	e.GET("/articles/:article/delete", h.ConfirmDeleteArticle)
	e.POST("/articles/:article/delete", h.DeleteArticle)
	e.POST("/articles/import", h.ImportArticle)
	e.GET("/articles/:article/review", h.ReviewArticle)
	e.POST("/articles/:article/review", h.SaveReview)

	// Quotes.
	e.GET("/quotes/new", h.NewQuote)
	e.POST("/quotes", h.CreateQuote)
	e.GET("/quotes/:quote", h.ShowQuote)
	e.GET("/quotes/:quote/edit", h.EditQuote)
	e.POST("/quotes/:quote", h.UpdateQuote)
	e.GET("/quotes/:quote/delete", h.ConfirmDeleteQuote)
	e.POST("/quotes/:quote/delete", h.DeleteQuote)

	// Quote extraction.
	e.POST("/api/v1/extract", h.Extract)

	// Citations.
	e.GET("/export", h.Export)

	// Topics.
	e.GET("/topics", h.ListTopics)
	e.GET("/topics/new", h.NewTopic)
	e.POST("/topics", h.CreateTopic)
	e.GET("/topics/:slug", h.ShowTopic)
	e.GET("/topics/:slug/edit", h.EditTopic)
	e.POST("/topics/:slug", h.UpdateTopic)
	e.GET("/topics/:slug/delete", h.ConfirmDeleteTopic)
	e.POST("/topics/:slug/delete", h.DeleteTopic)

	// Search, and the matches the form pickers offer as people type.
	e.GET("/search", h.ShowSearch)
	e.GET("/api/v1/people", h.SuggestPeople)
	e.GET("/api/v1/outlets", h.SuggestOutlets)
	e.GET("/api/v1/articles", h.SuggestArticles)
}
