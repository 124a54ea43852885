// Package web puts quotetrail's HTTP server together: echo, middleware,
// the page renderer, the central error handler and every route.
package web

import (
	"context"
	"embed"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"strings"
	"time"

	"github.com/labstack/echo/v4"
	"github.com/labstack/echo/v4/middleware"

	"github.com/quotetrail/quotetrail/handlers"
	"github.com/quotetrail/quotetrail/handlers/api"
	"github.com/quotetrail/quotetrail/handlers/dashboard"
	"github.com/quotetrail/quotetrail/handlers/merges"
	"github.com/quotetrail/quotetrail/handlers/pickers"
	"github.com/quotetrail/quotetrail/handlers/tokens"
	"github.com/quotetrail/quotetrail/internal/accounts"
	"github.com/quotetrail/quotetrail/internal/apitokens"
	"github.com/quotetrail/quotetrail/internal/ratelimit"
	"github.com/quotetrail/quotetrail/models"
	"github.com/quotetrail/quotetrail/templates"
)

//go:embed static
var static embed.FS

// Config is what the server needs to know beyond its store.
type Config struct {
	// BodyLimit bounds every request body, e.g. "8M".
	BodyLimit string
	// AllowPrivateFetch lets article imports fetch from loopback and
	// private addresses: for tests and intranets only.
	AllowPrivateFetch bool
	// TrustedProxies are the addresses (CIDR ranges) of reverse proxies
	// whose X-Forwarded-For and X-Forwarded-Proto headers are believed.
	// Without any, the client address is the connection's: a header
	// anyone can forge must not get past the login limits.
	TrustedProxies []*net.IPNet
	// Now is the clock for sessions and login limits; time.Now when nil.
	Now func() time.Time
	// PasswordChecks bounds the password hashes that run at once (one
	// per core when 0); logins past it wait a second, then get 429.
	PasswordChecks int
	// Templates are the parsed pages, parsed anew when nil; tests that
	// build many apps in one process parse them once.
	Templates *templates.Engine
}

// renderer adapts the template engine to echo.
type renderer struct{ engine *templates.Engine }

func (r renderer) Render(w io.Writer, name string, data any, _ echo.Context) error {
	return r.engine.Render(w, name, data)
}

// New builds the echo instance that serves quotetrail.
func New(cfg Config, store *models.Store, logger *slog.Logger) (*echo.Echo, error) {
	engine := cfg.Templates
	if engine == nil {
		var err error
		if engine, err = templates.New(); err != nil {
			return nil, err
		}
	}
	if cfg.BodyLimit == "" {
		cfg.BodyLimit = "8M"
	}
	e := echo.New()
	e.HideBanner, e.HidePort = true, true
	e.Renderer = renderer{engine}
	e.HTTPErrorHandler = errorHandler(engine, logger)

	e.Pre(answerHead)
	e.Pre(middleware.RemoveTrailingSlashWithConfig(middleware.TrailingSlashConfig{RedirectCode: http.StatusMovedPermanently}))
	e.Use(requestLogger(logger))
	e.Use(middleware.RecoverWithConfig(middleware.RecoverConfig{
		LogErrorFunc: func(c echo.Context, err error, stack []byte) error {
			logger.Error("panic", "err", err, "path", c.Request().URL.Path, "stack", string(stack))
			return err
		},
	}))
	e.Use(middleware.BodyLimit(cfg.BodyLimit))
	e.Use(securityHeaders)

	// A client's address and scheme come from the connection, unless it
	// came through one of the proxies the operator named: then from the
	// headers that proxy sets, and from no one else's (echo would
	// otherwise believe X-Forwarded-Proto from any private address, and
	// from no public one, a CDN's included).
	e.IPExtractor = echo.ExtractIPDirect()
	e.SchemeExtractor = echo.ExtractSchemeDirect()
	if len(cfg.TrustedProxies) > 0 {
		trust := []echo.TrustOption{echo.TrustLoopback(false), echo.TrustLinkLocal(false), echo.TrustPrivateNet(false)}
		for _, n := range cfg.TrustedProxies {
			trust = append(trust, echo.TrustIPRange(n))
		}
		e.IPExtractor = echo.ExtractIPFromXFFHeader(trust...)
		e.SchemeExtractor = echo.ExtractSchemeFromHeaders(trust...)
	}
	accts := accounts.New(store)
	csrfKey, err := accts.Secret(context.Background(), "csrf")
	if err != nil {
		return nil, fmt.Errorf("load CSRF key: %w", err)
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	g := &guard{
		sessions: accts, tokens: apitokens.New(store), tokenWrites: ratelimit.New(tokenWriteInterval, tokenWriteBurst, tokenWriteClients),
		data: store, logger: logger, now: cfg.Now,
		csrfKey: csrfKey, trustProxy: len(cfg.TrustedProxies) > 0, cache: newPageCache(),
	}
	h := handlers.New(store, logger, handlers.Options{AllowPrivateFetch: cfg.AllowPrivateFetch, Now: cfg.Now, PasswordChecks: cfg.PasswordChecks})
	// Who is signed in, then the CSRF check for everything that may
	// change data. The extract API is exempt: it only computes an answer
	// from the text it is sent and writes nothing, so a forged request
	// gains nothing, and scripts may call it without a session.
	e.Use(g.loadSession, g.checkCSRF("/api/v1/extract"), handlers.RequireText, followFormerSlugs(store))
	a, err := api.New(store)
	if err != nil {
		return nil, err
	}
	routes(e, h, pickers.New(store), dashboard.New(store, h.SearchQuery), a, tokens.New(store, cfg.Now), merges.New(store), g)
	return e, nil
}

// Each API token may make tokenWriteBurst changes at once, then one every
// tokenWriteInterval; the limiter remembers tokenWriteClients tokens.
const (
	tokenWriteInterval = 500 * time.Millisecond
	tokenWriteBurst    = 30
	tokenWriteClients  = 10000
)

// ParseTrustedProxies reads a comma-separated list of addresses or CIDR
// ranges, as --trusted-proxy takes them.
func ParseTrustedProxies(list string) ([]*net.IPNet, error) {
	var out []*net.IPNet
	for _, s := range strings.Split(list, ",") {
		s = strings.TrimSpace(s)
		if s == "" {
			continue
		}
		if !strings.Contains(s, "/") {
			ip := net.ParseIP(s)
			if ip == nil {
				return nil, fmt.Errorf("trusted proxy %q is not an address or a CIDR range", s)
			}
			bits := 128
			if ip.To4() != nil {
				bits = 32
			}
			s = fmt.Sprintf("%s/%d", s, bits)
		}
		_, n, err := net.ParseCIDR(s)
		if err != nil {
			return nil, fmt.Errorf("trusted proxy %q is not an address or a CIDR range", s)
		}
		out = append(out, n)
	}
	return out, nil
}

// requestLogger writes one log line per request.
func requestLogger(logger *slog.Logger) echo.MiddlewareFunc {
	return middleware.RequestLoggerWithConfig(middleware.RequestLoggerConfig{
		LogMethod: true, LogURI: true, LogStatus: true, LogLatency: true, LogResponseSize: true, LogRemoteIP: true, LogError: true,
		HandleError: true,
		LogValuesFunc: func(c echo.Context, v middleware.RequestLoggerValues) error {
			attrs := []any{
				"method", v.Method, "uri", v.URI, "status", v.Status,
				"duration_ms", float64(v.Latency.Microseconds()) / 1000, "bytes", v.ResponseSize, "remote", v.RemoteIP,
			}
			if v.Error != nil && v.Status >= 500 {
				logger.Error("request", append(attrs, "err", v.Error)...)
				return nil
			}
			logger.Info("request", attrs...)
			return nil
		},
	})
}

// securityHeaders keeps pages out of frames, scripts to our own files and
// content types as declared.
func securityHeaders(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) error {
		h := c.Response().Header()
		h.Set("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("X-Frame-Options", "DENY")
		h.Set("Referrer-Policy", "strict-origin-when-cross-origin")
		return next(c)
	}
}

// staticCache lets browsers keep the stylesheet and scripts for a day.
func staticCache(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) error {
		c.Response().Header().Set("Cache-Control", "public, max-age=86400")
		return next(c)
	}
}

// ShutdownTimeout is how long a stopping server waits for requests in
// flight.
const ShutdownTimeout = 10 * time.Second

// answerHead answers HEAD as GET: link checkers and curl -I ask every
// page that way, and echo routes only the methods named. Echo routes the
// request it was given, so its method is GET while the handler runs and
// HEAD again before the server writes the answer, which then goes out
// without a body; the body's bytes are dropped on the way.
func answerHead(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) error {
		req := c.Request()
		if req.Method != http.MethodHead {
			return next(c)
		}
		req.Method = http.MethodGet
		defer func() { req.Method = http.MethodHead }()
		res := c.Response()
		res.Writer = headWriter{res.Writer}
		return next(c)
	}
}

// headWriter passes a response's status and headers on, and drops its
// body.
type headWriter struct{ http.ResponseWriter }

func (w headWriter) Write(p []byte) (int, error) { return len(p), nil }

// Flush has nothing to send: streaming answers (exports) flush as they go.
func (w headWriter) Flush() {}
