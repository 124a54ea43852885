package webpage

import (
	"errors"
	"fmt"
	"net/http"
	"net/netip"
)

// Sentinel errors. Every error returned by this package that stems from a
// refusal or a limit wraps exactly one of these, so callers can branch with
// errors.Is while showing err.Error() to the editor unchanged: the message
// of the returned error is always written for a newsroom editor, e.g.
// "refused: 127.0.0.1 is a loopback address".
var (
	// ErrInvalidURL: the link could not be understood as a web address.
	ErrInvalidURL = errors.New("not a valid web address")
	// ErrScheme: the link uses something other than http:// or https://.
	ErrScheme = errors.New("refused: only http:// and https:// links can be imported")
	// ErrPrivateAddress: the link points (directly, via DNS or via a redirect)
	// to an address that is not on the public internet.
	ErrPrivateAddress = errors.New("refused: not a public internet address")
	// ErrPort: the link uses a port other than 80 or 443.
	ErrPort = errors.New("refused: only the standard web ports 80 and 443 are allowed")
	// ErrTooManyRedirects: the site redirected more often than allowed.
	ErrTooManyRedirects = errors.New("the link redirected too many times")
	// ErrTooLarge: the page is larger than the size limit.
	ErrTooLarge = errors.New("page is too large")
	// ErrNotHTML: the link does not lead to an HTML page.
	ErrNotHTML = errors.New("the link is not a web page")
	// ErrTimeout: the site did not deliver the page in time.
	ErrTimeout = errors.New("the site took too long to answer")
	// ErrHTTPStatus: the site answered with an error status; the concrete
	// error is a *StatusError.
	ErrHTTPStatus = errors.New("the site answered with an error")
	// ErrUnreachable: the site could not be found or connected to.
	ErrUnreachable = errors.New("could not reach the site")
	// ErrNoArticle: the page was read but no article text was found in it.
	ErrNoArticle = errors.New("no article text found on the page")
)

// detailError carries an editor-facing message while remaining errors.Is-able
// against its sentinel kind (and against the low-level cause, if any, which is
// kept for logs and debugging but never shown in the message).
type detailError struct {
	kind  error
	cause error
	msg   string
}

func (e *detailError) Error() string { return e.msg }

func (e *detailError) Unwrap() []error {
	if e.cause == nil {
		return []error{e.kind}
	}
	return []error{e.kind, e.cause}
}

// detail builds an error of the given kind with a specific message.
func detail(kind error, format string, args ...any) error {
	return &detailError{kind: kind, msg: fmt.Sprintf(format, args...)}
}

// detailCause is detail with a low-level cause attached for errors.Is/As.
func detailCause(kind, cause error, format string, args ...any) error {
	return &detailError{kind: kind, cause: cause, msg: fmt.Sprintf(format, args...)}
}

// AddressError reports a refused destination address. It wraps
// ErrPrivateAddress.
type AddressError struct {
	// Host is the host name from the link when it differs from Addr
	// (i.e. the name resolved to Addr); empty for IP literals.
	Host string
	// Addr is the refused IP address.
	Addr netip.Addr
	// Kind describes the address range, e.g. "a loopback address".
	Kind string
}

func (e *AddressError) Error() string {
	if e.Host != "" {
		return fmt.Sprintf("refused: %s points to %s, which is %s", e.Host, e.Addr, e.Kind)
	}
	return fmt.Sprintf("refused: %s is %s", e.Addr, e.Kind)
}

// Unwrap makes errors.Is(err, ErrPrivateAddress) true.
func (e *AddressError) Unwrap() error { return ErrPrivateAddress }

// StatusError reports a non-2xx HTTP answer. It wraps ErrHTTPStatus.
type StatusError struct {
	Code int    // HTTP status code, e.g. 404
	URL  string // the URL that answered (after redirects)
}

func (e *StatusError) Error() string {
	code := fmt.Sprintf("HTTP %d %s", e.Code, http.StatusText(e.Code))
	switch {
	case e.Code == http.StatusNotFound || e.Code == http.StatusGone:
		return fmt.Sprintf("the page was not found (%s); check the link", code)
	case e.Code == http.StatusUnauthorized || e.Code == http.StatusForbidden || e.Code == http.StatusPaymentRequired:
		return fmt.Sprintf("the site refused access (%s); it may need a login or block automated readers, so paste or upload the page's HTML instead", code)
	case e.Code == http.StatusTooManyRequests:
		return fmt.Sprintf("the site is limiting requests (%s); try again later", code)
	case e.Code >= 500:
		return fmt.Sprintf("the site had an error (%s); try again later", code)
	default:
		return fmt.Sprintf("the site answered %s", code)
	}
}

// Unwrap makes errors.Is(err, ErrHTTPStatus) true.
func (e *StatusError) Unwrap() error { return ErrHTTPStatus }

// formatSize renders a byte count the way the limit was most likely set.
func formatSize(n int64) string {
	switch {
	case n >= 1<<20 && n%(1<<20) == 0:
		return fmt.Sprintf("%d MiB", n>>20)
	case n >= 1<<10 && n%(1<<10) == 0:
		return fmt.Sprintf("%d KiB", n>>10)
	default:
		return fmt.Sprintf("%d bytes", n)
	}
}
