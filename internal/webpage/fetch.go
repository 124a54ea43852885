package webpage

import (
	"context"
	"errors"
	"fmt"
	"mime"
	"net"
	"net/http"
	"net/netip"
	"net/url"
	"strings"
	"time"
)

// Defaults used by Fetcher for zero-valued fields.
const (
	DefaultMaxBytes     = 5 << 20 // 5 MiB
	DefaultTimeout      = 15 * time.Second
	DefaultMaxRedirects = 5
	DefaultUserAgent    = "Mozilla/5.0 (compatible; quotetrail/1.0; article import)"
)

// Fetcher downloads a news article by URL and parses it with Parse.
//
// The zero value is ready to use and safe for links supplied by users: only
// http and https, only ports 80 and 443, and only public internet addresses.
// Addresses are checked when connecting (see guard.go), so DNS tricks and
// redirects cannot reach internal services.
//
// A Fetcher holds no connections between calls: each Fetch uses its own
// short-lived HTTP transport. Article imports are rare, editor-triggered
// events, so connection reuse is not worth sharing mutable state.
type Fetcher struct {
	// AllowPrivate turns the address and port checks off, allowing loopback,
	// private, link-local (including cloud metadata) addresses and any port.
	// Only for tests and intranet deployments where editors import from
	// internal hosts; never for a public-facing server.
	AllowPrivate bool
	// MaxBytes limits the size of the page body; 0 means DefaultMaxBytes.
	MaxBytes int64
	// Timeout bounds the whole fetch (connect, redirects, body);
	// 0 means DefaultTimeout.
	Timeout time.Duration
	// MaxRedirects is the number of redirects followed; 0 means
	// DefaultMaxRedirects and a negative value means none.
	MaxRedirects int
	// UserAgent is sent with each request; empty means DefaultUserAgent.
	UserAgent string

	// allowAddr lets tests exempt one exact address (a loopback test server)
	// from the connect-time check while every other address is checked.
	allowAddr func(netip.AddrPort) bool
}

func (f Fetcher) withDefaults() Fetcher {
	if f.MaxBytes <= 0 {
		f.MaxBytes = DefaultMaxBytes
	}
	if f.Timeout <= 0 {
		f.Timeout = DefaultTimeout
	}
	if f.MaxRedirects == 0 {
		f.MaxRedirects = DefaultMaxRedirects
	} else if f.MaxRedirects < 0 {
		f.MaxRedirects = 0
	}
	if f.UserAgent == "" {
		f.UserAgent = DefaultUserAgent
	}
	return f
}

// Fetch downloads rawURL and extracts the article. Errors carry a message
// meant for the editor and wrap one of the package's sentinel errors
// (ErrScheme, ErrPrivateAddress, ErrPort, ErrTooManyRedirects, ErrTooLarge,
// ErrNotHTML, ErrTimeout, ErrHTTPStatus, ErrUnreachable, ErrInvalidURL,
// ErrNoArticle). As with Parse, on ErrNoArticle the returned Article still
// holds the metadata that was found.
func (f Fetcher) Fetch(ctx context.Context, rawURL string) (Article, error) {
	f = f.withDefaults()
	u, err := f.checkURL(rawURL)
	if err != nil {
		return Article{}, err
	}

	ctx, cancel := context.WithTimeout(ctx, f.Timeout)
	defer cancel()

	client := f.client()
	defer client.CloseIdleConnections()

	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return Article{}, detailCause(ErrInvalidURL, err, "not a valid web address: %q", rawURL)
	}
	req.Header.Set("User-Agent", f.UserAgent)
	req.Header.Set("Accept", "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1")

	resp, err := client.Do(req)
	if err != nil {
		return Article{}, f.classify(ctx, u, err)
	}
	defer resp.Body.Close()
	finalURL := resp.Request.URL.String()

	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return Article{}, &StatusError{Code: resp.StatusCode, URL: finalURL}
	}
	contentType := resp.Header.Get("Content-Type")
	if contentType != "" {
		if err := checkHTML(contentType); err != nil {
			return Article{}, err
		}
	}
	// Refuse early when the server announces the size, rather than
	// downloading MaxBytes first.
	if resp.ContentLength > f.MaxBytes {
		return Article{}, tooLarge(f.MaxBytes)
	}

	raw, err := readLimited(resp.Body, f.MaxBytes)
	if err != nil {
		if errors.Is(err, ErrTooLarge) {
			return Article{}, err
		}
		return Article{}, f.classify(ctx, u, err)
	}
	if contentType == "" {
		// No header: sniff like a browser would.
		if err := checkHTML(http.DetectContentType(raw)); err != nil {
			return Article{}, err
		}
	}
	return parseBytes(raw, contentType, finalURL)
}

// checkURL validates the user's link before anything is sent. The port and
// IP-literal checks here only give an early, clear message; the
// authoritative check is the connect-time guard.
func (f Fetcher) checkURL(rawURL string) (*url.URL, error) {
	s := strings.TrimSpace(rawURL)
	if s == "" {
		return nil, detail(ErrInvalidURL, "enter a link to the article")
	}
	u, err := url.Parse(s)
	if err == nil && u.Scheme == "" && !strings.HasPrefix(s, "/") {
		// Editors often paste "www.example.com/story" without a scheme.
		u, err = url.Parse("https://" + s)
	}
	if err != nil {
		return nil, detailCause(ErrInvalidURL, err, "not a valid web address: %q", rawURL)
	}
	if err := checkScheme(u); err != nil {
		return nil, err
	}
	if u.Hostname() == "" {
		return nil, detail(ErrInvalidURL, "not a valid web address: %q has no site name", rawURL)
	}
	u.Fragment, u.RawFragment = "", ""
	if f.AllowPrivate {
		return u, nil
	}
	if f.allowAddr != nil {
		if ap, err := netip.ParseAddrPort(u.Host); err == nil && f.allowAddr(ap) {
			return u, nil
		}
	}
	if p := u.Port(); p != "" && p != "80" && p != "443" {
		return nil, portError(p)
	}
	if ip, err := netip.ParseAddr(u.Hostname()); err == nil {
		if err := newGuard(nil).checkAddr(ip); err != nil {
			return nil, err
		}
	}
	return u, nil
}

func checkScheme(u *url.URL) error {
	switch strings.ToLower(u.Scheme) {
	case "http", "https":
		return nil
	case "":
		return detail(ErrScheme, "refused: only http:// and https:// links can be imported")
	default:
		return detail(ErrScheme, "refused: only http:// and https:// links can be imported, not %s:", u.Scheme)
	}
}

// client builds the HTTP client for one Fetch.
func (f Fetcher) client() *http.Client {
	dialer := &net.Dialer{Timeout: f.Timeout}
	dial := dialer.DialContext
	if !f.AllowPrivate {
		g := newGuard(f.allowAddr)
		dialer.Control = g.control
		dial = g.dialContext(dialer.DialContext)
	}
	transport := &http.Transport{
		// No proxy: with a proxy the guard would check the proxy's address
		// instead of the site's.
		Proxy:                 nil,
		DialContext:           dial,
		ForceAttemptHTTP2:     true,
		TLSHandshakeTimeout:   f.Timeout,
		ResponseHeaderTimeout: f.Timeout,
		MaxIdleConns:          4,
		IdleConnTimeout:       f.Timeout,
	}
	return &http.Client{
		Transport: transport,
		CheckRedirect: func(req *http.Request, via []*http.Request) error {
			// via holds the requests already made, so this is redirect
			// number len(via).
			if len(via) > f.MaxRedirects {
				times := fmt.Sprintf("%d times", f.MaxRedirects)
				if f.MaxRedirects == 1 {
					times = "once"
				}
				return detail(ErrTooManyRedirects, "the link redirected more than %s; open it in a browser and use the final address", times)
			}
			// Re-check each hop early for clear messages; the dial-time
			// guard still checks the address actually connected to.
			_, err := f.checkURL(req.URL.String())
			return err
		},
	}
}

// classify turns a transport error into an editor-facing error.
func (f Fetcher) classify(ctx context.Context, u *url.URL, err error) error {
	var ae *AddressError
	if errors.As(err, &ae) {
		return ae
	}
	var de *detailError
	if errors.As(err, &de) {
		return de
	}
	if errors.Is(ctx.Err(), context.DeadlineExceeded) || errors.Is(err, context.DeadlineExceeded) || isTimeout(err) {
		return detailCause(ErrTimeout, err, "the site did not answer within %s; try again later, or paste the page's HTML instead", formatDuration(f.Timeout))
	}
	if errors.Is(err, context.Canceled) {
		return fmt.Errorf("import cancelled: %w", context.Canceled)
	}
	var dnsErr *net.DNSError
	if errors.As(err, &dnsErr) {
		return detailCause(ErrUnreachable, err, "could not find the site %s; check the link", u.Hostname())
	}
	return detailCause(ErrUnreachable, err, "could not reach %s; check the link or try again later", u.Hostname())
}

func isTimeout(err error) bool {
	var ne net.Error
	return errors.As(err, &ne) && ne.Timeout()
}

func formatDuration(d time.Duration) string {
	if d%time.Second == 0 {
		if d == time.Second {
			return "1 second"
		}
		return fmt.Sprintf("%d seconds", d/time.Second)
	}
	return d.String()
}

// checkHTML accepts only HTML content types.
func checkHTML(contentType string) error {
	mt, _, err := mime.ParseMediaType(contentType)
	if err != nil {
		return detailCause(ErrNotHTML, err, "the link is not a web page (unreadable content type %q)", contentType)
	}
	switch mt {
	case "text/html", "application/xhtml+xml":
		return nil
	}
	return detail(ErrNotHTML, "the link is not a web page (it is %s); only HTML pages can be imported", mt)
}
