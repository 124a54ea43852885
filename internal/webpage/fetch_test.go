package webpage

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"net/url"
	"os"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

// All servers here are httptest servers on 127.0.0.1. Requests that are
// meant to be refused are refused before any connection is made (by the
// URL check or by the dial-time guard, which runs before connect), so no
// test sends traffic anywhere but loopback.

func fixture(t *testing.T, name string) []byte {
	t.Helper()
	b, err := os.ReadFile("testdata/" + name)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func serveHTML(body []byte, contentType string) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", contentType)
		w.Write(body)
	}
}

const simplePage = `<!DOCTYPE html><html lang="en"><head><title>Hello | Test Site</title>
<link rel="canonical" href="../canonical/story?id=7#top"></head>
<body><nav><a href="/">Home</a> <a href="/about">About</a></nav>
<article><p>First paragraph of the story, long enough to count as article text for readability.</p>
<p>"A quote," said somebody important, in the second paragraph of the story.</p></article>
<footer>Follow Us</footer></body></html>`

func TestFetchRedirectChainAndRelativeCanonical(t *testing.T) {
	t.Parallel()
	mux := http.NewServeMux()
	mux.HandleFunc("/start", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/hop", http.StatusFound)
	})
	mux.HandleFunc("/hop", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/news/article", http.StatusMovedPermanently)
	})
	mux.HandleFunc("/news/article", serveHTML([]byte(simplePage), "text/html; charset=utf-8"))
	srv := httptest.NewServer(mux)
	defer srv.Close()

	a, err := Fetcher{AllowPrivate: true}.Fetch(context.Background(), srv.URL+"/start#frag")
	if err != nil {
		t.Fatalf("Fetch: %v", err)
	}
	if want := srv.URL + "/canonical/story?id=7"; a.URL != want {
		t.Errorf("URL = %q, want %q", a.URL, want)
	}
	if want := srv.URL + "/news/article"; a.SourceURL != want {
		t.Errorf("SourceURL = %q, want %q", a.SourceURL, want)
	}
	if a.Title != "Hello | Test Site" {
		t.Errorf("Title = %q", a.Title)
	}
	checkText(t, a.Text, []string{
		"First paragraph of the story, long enough to count as article text for readability.",
		`"A quote," said somebody important, in the second paragraph of the story.`,
	}, []string{"Home", "About", "Follow Us"})
}

func TestFetchCharsets(t *testing.T) {
	t.Parallel()
	raw := fixture(t, "windows1252.html")
	for _, ct := range []string{
		"text/html; charset=windows-1252", // from the header
		"text/html",                       // from <meta http-equiv> prescan
		"application/xhtml+xml; charset=cp1252",
	} {
		t.Run(ct, func(t *testing.T) {
			srv := httptest.NewServer(serveHTML(raw, ct))
			defer srv.Close()
			a, err := Fetcher{AllowPrivate: true}.Fetch(context.Background(), srv.URL)
			if err != nil {
				t.Fatal(err)
			}
			if a.Title != "Le café du port ferme ses portes après 80 ans" {
				t.Errorf("Title = %q", a.Title)
			}
			if !strings.Contains(a.Text, "“C’est toute une partie de ma vie qui s’en va,”") || !strings.Contains(a.Text, "(€)") {
				t.Errorf("Text badly decoded: %q", a.Text)
			}
		})
	}
	t.Run("no content type, sniffed", func(t *testing.T) {
		srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			w.Header()["Content-Type"] = nil // stop net/http from adding one
			w.Write([]byte(simplePage))
		}))
		defer srv.Close()
		if _, err := (Fetcher{AllowPrivate: true}).Fetch(context.Background(), srv.URL); err != nil {
			t.Fatal(err)
		}
	})
}

// wantErr checks the sentinel and, if msg is not empty, the exact message.
func wantErr(t *testing.T, err, kind error, msg string) {
	t.Helper()
	if !errors.Is(err, kind) {
		t.Fatalf("err = %v, want %v", err, kind)
	}
	if msg != "" && err.Error() != msg {
		t.Errorf("message = %q, want %q", err.Error(), msg)
	}
}

func TestFetchRefusesNonPublicDestinations(t *testing.T) {
	t.Parallel()
	srv := httptest.NewServer(serveHTML([]byte(simplePage), "text/html"))
	defer srv.Close()
	port := srv.Listener.Addr().(*net.TCPAddr).Port

	tests := []struct {
		url  string
		kind error
		msg  string
	}{
		{"http://127.0.0.1/", ErrPrivateAddress, "refused: 127.0.0.1 is a loopback address"},
		{"http://127.0.0.2:80/x", ErrPrivateAddress, "refused: 127.0.0.2 is a loopback address"},
		{"http://[::1]/", ErrPrivateAddress, "refused: ::1 is a loopback address"},
		{"http://[::ffff:127.0.0.1]/", ErrPrivateAddress, "refused: 127.0.0.1 is a loopback address"},
		// A host name is only checked when connecting: this exercises the
		// dial-time guard (the dial is refused before connect).
		{"http://localhost/", ErrPrivateAddress, "refused: localhost points to 127.0.0.1, which is a loopback address"},
		{"https://localhost/", ErrPrivateAddress, "refused: localhost points to 127.0.0.1, which is a loopback address"},
		{"http://169.254.169.254/latest/meta-data/", ErrPrivateAddress, "refused: 169.254.169.254 is a cloud metadata address"},
		{"http://[fd00:ec2::254]/", ErrPrivateAddress, "refused: fd00:ec2::254 is a cloud metadata address"},
		{"http://10.1.2.3/", ErrPrivateAddress, "refused: 10.1.2.3 is a private network address"},
		{"http://0.0.0.0/", ErrPrivateAddress, "refused: 0.0.0.0 is an unspecified address"},
		{srv.URL, ErrPort, fmt.Sprintf("refused: port %d is not allowed; only links on the standard web ports (80 and 443) can be imported", port)},
		{"file:///etc/passwd", ErrScheme, "refused: only http:// and https:// links can be imported, not file:"},
		{"gopher://127.0.0.1:70/", ErrScheme, "refused: only http:// and https:// links can be imported, not gopher:"},
		{"ftp://example.com/", ErrScheme, ""},
		{"", ErrInvalidURL, "enter a link to the article"},
		{"http:///nohost", ErrInvalidURL, ""},
	}
	for _, tt := range tests {
		t.Run(tt.url, func(t *testing.T) {
			_, err := Fetcher{}.Fetch(context.Background(), tt.url)
			wantErr(t, err, tt.kind, tt.msg)
		})
	}
}

func TestFetchRedirectToPrivateAddressIsRefused(t *testing.T) {
	t.Parallel()
	var target atomic.Value
	var hits atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hits.Add(1)
		http.Redirect(w, r, target.Load().(string), http.StatusFound)
	}))
	defer srv.Close()
	// The test server stands in for a public site: only its exact address
	// is exempted from the guard; every other hop is checked for real.
	serverAddr := netip.MustParseAddrPort(srv.Listener.Addr().String())
	f := Fetcher{allowAddr: func(ap netip.AddrPort) bool { return ap == serverAddr }}

	tests := []struct {
		target string
		kind   error
		msg    string
	}{
		// Passes the URL check (a name, port 80); refused when dialling.
		{"http://localhost/admin", ErrPrivateAddress, "refused: localhost points to 127.0.0.1, which is a loopback address"},
		{"http://127.0.0.1/admin", ErrPrivateAddress, "refused: 127.0.0.1 is a loopback address"},
		{"http://169.254.169.254/latest/meta-data/iam/", ErrPrivateAddress, "refused: 169.254.169.254 is a cloud metadata address"},
		{"http://[::1]:8080/", ErrPort, ""},
		{"file:///etc/passwd", ErrScheme, ""},
	}
	for _, tt := range tests {
		t.Run(tt.target, func(t *testing.T) {
			target.Store(tt.target)
			before := hits.Load()
			_, err := f.Fetch(context.Background(), srv.URL+"/")
			wantErr(t, err, tt.kind, tt.msg)
			if got := hits.Load() - before; got != 1 {
				t.Errorf("first hop served %d times, want 1", got)
			}
		})
	}
}

func TestGuardControl(t *testing.T) {
	t.Parallel()
	// The dial-time check on its own, as it would see a DNS answer that
	// changed between check and connect (DNS rebinding): whatever the name,
	// the resolved address is what is judged. No connection is made.
	g := newGuard(nil)
	refused := map[string]string{
		"127.0.0.1:443":         "a loopback address",
		"[::1]:443":             "a loopback address",
		"[::ffff:10.0.0.1]:443": "a private network address",
		"10.0.0.1:80":           "a private network address",
		"172.16.5.4:80":         "a private network address",
		"192.168.1.1:80":        "a private network address",
		"[fc00::1]:80":          "a private network address",
		"169.254.169.254:80":    "a cloud metadata address",
		"[fd00:ec2::254]:80":    "a cloud metadata address",
		"169.254.1.1:80":        "a link-local address",
		"[fe80::1]:80":          "a link-local address",
		"0.0.0.0:80":            "an unspecified address",
		"[::]:80":               "an unspecified address",
		"224.0.0.1:80":          "a multicast address",
		"[ff02::1]:80":          "a multicast address",
		"100.64.0.1:80":         "a carrier-grade NAT address",
		"198.18.0.1:80":         "a benchmarking address",
		"192.0.2.1:80":          "a documentation address",
		"240.0.0.1:80":          "a reserved address",
	}
	for addr, kind := range refused {
		err := g.control("tcp4", addr, nil)
		var ae *AddressError
		if !errors.As(err, &ae) || !errors.Is(err, ErrPrivateAddress) || ae.Kind != kind {
			t.Errorf("control(%s) = %v, want refusal as %s", addr, err, kind)
		}
	}
	// Dialers pass "tcp4" or "tcp6" to Control, never plain "tcp".
	for addr, network := range map[string]string{
		"93.184.215.14:443":                            "tcp4",
		"93.184.215.14:80":                             "tcp4",
		"[2606:2800:21f:cb07:6820:80da:af6b:8b2c]:443": "tcp6",
	} {
		if err := g.control(network, addr, nil); err != nil {
			t.Errorf("control(%s) = %v, want allowed", addr, err)
		}
	}
	if err := g.control("tcp4", "93.184.215.14:22", nil); !errors.Is(err, ErrPort) {
		t.Errorf("port 22: err = %v, want ErrPort", err)
	}
}

func TestFetchTooManyRedirects(t *testing.T) {
	t.Parallel()
	var hits atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hits.Add(1)
		if r.URL.Path == "/final" {
			w.Header().Set("Content-Type", "text/html")
			w.Write([]byte(simplePage))
			return
		}
		// /chain/N redirects N more times before reaching /final.
		var left int
		fmt.Sscanf(r.URL.Path, "/chain/%d", &left)
		if left <= 1 {
			http.Redirect(w, r, "/final", http.StatusFound)
			return
		}
		http.Redirect(w, r, fmt.Sprintf("/chain/%d", left-1), http.StatusFound)
	}))
	defer srv.Close()
	f := Fetcher{AllowPrivate: true}

	// Exactly the default limit of 5 redirects is fine.
	if _, err := f.Fetch(context.Background(), srv.URL+"/chain/5"); err != nil {
		t.Fatalf("5 redirects: %v", err)
	}
	hits.Store(0)
	_, err := f.Fetch(context.Background(), srv.URL+"/chain/6")
	wantErr(t, err, ErrTooManyRedirects, "the link redirected more than 5 times; open it in a browser and use the final address")
	if got := hits.Load(); got != 6 {
		t.Errorf("server hit %d times, want 6 (first request + 5 redirects)", got)
	}

	_, err = Fetcher{AllowPrivate: true, MaxRedirects: 1}.Fetch(context.Background(), srv.URL+"/chain/2")
	wantErr(t, err, ErrTooManyRedirects, "the link redirected more than once; open it in a browser and use the final address")
	_, err = Fetcher{AllowPrivate: true, MaxRedirects: -1}.Fetch(context.Background(), srv.URL+"/chain/1")
	wantErr(t, err, ErrTooManyRedirects, "")
}

func TestFetchTooLarge(t *testing.T) {
	t.Parallel()
	big := []byte("<html><body><p>" + strings.Repeat("word ", (6<<20)/5) + "</p></body></html>")
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		if r.URL.Path == "/chunked" {
			// No Content-Length: the limit must cut the stream itself.
			for i := 0; i < len(big); i += 64 << 10 {
				w.Write(big[i:min(i+64<<10, len(big))])
				w.(http.Flusher).Flush()
			}
			return
		}
		w.Header().Set("Content-Length", fmt.Sprint(len(big)))
		w.Write(big)
	}))
	defer srv.Close()

	for _, path := range []string{"/announced", "/chunked"} {
		_, err := Fetcher{AllowPrivate: true}.Fetch(context.Background(), srv.URL+path)
		wantErr(t, err, ErrTooLarge, "page is larger than 5 MiB")
	}
	_, err := Fetcher{AllowPrivate: true, MaxBytes: 100 << 10}.Fetch(context.Background(), srv.URL+"/chunked")
	wantErr(t, err, ErrTooLarge, "page is larger than 100 KiB")
}

func TestFetchNotHTML(t *testing.T) {
	t.Parallel()
	mux := http.NewServeMux()
	mux.HandleFunc("/pdf", serveHTML([]byte("%PDF-1.4 ..."), "application/pdf"))
	mux.HandleFunc("/json", serveHTML([]byte(`{"a":1}`), "application/json; charset=utf-8"))
	mux.HandleFunc("/png", func(w http.ResponseWriter, r *http.Request) {
		w.Header()["Content-Type"] = nil
		w.Write([]byte("\x89PNG\r\n\x1a\n0000"))
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()

	f := Fetcher{AllowPrivate: true}
	_, err := f.Fetch(context.Background(), srv.URL+"/pdf")
	wantErr(t, err, ErrNotHTML, "the link is not a web page (it is application/pdf); only HTML pages can be imported")
	_, err = f.Fetch(context.Background(), srv.URL+"/json")
	wantErr(t, err, ErrNotHTML, "the link is not a web page (it is application/json); only HTML pages can be imported")
	_, err = f.Fetch(context.Background(), srv.URL+"/png")
	wantErr(t, err, ErrNotHTML, "the link is not a web page (it is image/png); only HTML pages can be imported")
}

func TestFetchTimeout(t *testing.T) {
	mux := http.NewServeMux()
	// Each handler gives up when the client goes away, so srv.Close does
	// not wait for the full delay.
	mux.HandleFunc("/slow-headers", func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-time.After(5 * time.Second):
		case <-r.Context().Done():
		}
	})
	mux.HandleFunc("/slow-body", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		w.Write([]byte("<html><body><p>start"))
		w.(http.Flusher).Flush()
		select {
		case <-time.After(5 * time.Second):
		case <-r.Context().Done():
		}
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()

	f := Fetcher{AllowPrivate: true, Timeout: 200 * time.Millisecond}
	for _, path := range []string{"/slow-headers", "/slow-body"} {
		start := time.Now()
		_, err := f.Fetch(context.Background(), srv.URL+path)
		wantErr(t, err, ErrTimeout, "the site did not answer within 200ms; try again later, or paste the page's HTML instead")
		if d := time.Since(start); d > 3*time.Second {
			t.Errorf("%s: took %v", path, d)
		}
	}
}

func TestFetchHTTPStatusAndUnreachable(t *testing.T) {
	t.Parallel()
	mux := http.NewServeMux()
	mux.HandleFunc("/gone", http.NotFound)
	mux.HandleFunc("/private", func(w http.ResponseWriter, r *http.Request) {
		http.Error(w, "no", http.StatusForbidden)
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()
	f := Fetcher{AllowPrivate: true}

	_, err := f.Fetch(context.Background(), srv.URL+"/gone")
	wantErr(t, err, ErrHTTPStatus, "the page was not found (HTTP 404 Not Found); check the link")
	var se *StatusError
	if !errors.As(err, &se) || se.Code != 404 || se.URL != srv.URL+"/gone" {
		t.Errorf("StatusError = %+v", se)
	}
	_, err = f.Fetch(context.Background(), srv.URL+"/private")
	wantErr(t, err, ErrHTTPStatus, "")

	// A loopback port with nothing listening.
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	closed := "http://" + l.Addr().String() + "/"
	l.Close()
	_, err = f.Fetch(context.Background(), closed)
	wantErr(t, err, ErrUnreachable, "could not reach 127.0.0.1; check the link or try again later")

	// The caller cancelling is not reported as the site's fault.
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err = f.Fetch(ctx, srv.URL+"/gone")
	if !errors.Is(err, context.Canceled) || errors.Is(err, ErrTimeout) {
		t.Errorf("cancelled: err = %v", err)
	}
}

func TestCheckURLAddsScheme(t *testing.T) {
	t.Parallel()
	u, err := Fetcher{}.checkURL("  www.npr.org/2024/01/01/story#comments ")
	if err != nil {
		t.Fatal(err)
	}
	if want, _ := url.Parse("https://www.npr.org/2024/01/01/story"); u.String() != want.String() {
		t.Errorf("checkURL = %s, want %s", u, want)
	}
}
