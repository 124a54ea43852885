package webpage

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/netip"
	"syscall"

	"code.dny.dev/ssrf"
)

// guard decides, at connect time, whether a dial to an address may proceed.
// Checking when connecting (net.Dialer.Control runs after DNS resolution,
// right before connect) is what makes the check hold for every hop of a
// redirect chain and against DNS rebinding: whatever name the link uses,
// the address that is actually dialled is the one checked.
//
// The deny list itself comes from code.dny.dev/ssrf, which is generated from
// the IANA special-purpose registries (loopback, RFC 1918, CGNAT,
// link-local incl. 169.254.169.254, benchmarking, documentation, multicast,
// reserved; for IPv6 everything outside 2000::/3, which covers ::1, fe80::/10,
// fc00::/7 incl. fd00:ec2::254, and IPv4-mapped addresses). This file only
// adds editor-readable messages on top.
type guard struct {
	g *ssrf.Guardian
	// allow, if set, lets specific addresses through before any other check.
	// Only tests set it (via Fetcher.allowAddr), to let the first hop of a
	// redirect chain reach a loopback test server while later hops are
	// checked for real.
	allow func(netip.AddrPort) bool
}

func newGuard(allow func(netip.AddrPort) bool) guard {
	// ssrf.New defaults: tcp4/tcp6 only, ports 80 and 443 only.
	return guard{g: ssrf.New(), allow: allow}
}

// checkAddr refuses addresses that are not on the public internet.
func (g guard) checkAddr(ip netip.Addr) error {
	if err := g.g.SafeAddr(ip); err != nil {
		u := ip.Unmap()
		return &AddressError{Addr: u, Kind: describeAddr(u)}
	}
	return nil
}

// control is the net.Dialer.Control hook. The address is checked before the
// port so that a private address is reported as such even on an odd port.
func (g guard) control(network, address string, _ syscall.RawConn) error {
	ap, err := netip.ParseAddrPort(address)
	if err != nil {
		return detail(ErrPrivateAddress, "refused: cannot check the address %q", address)
	}
	if g.allow != nil && g.allow(ap) {
		return nil
	}
	if err := g.checkAddr(ap.Addr()); err != nil {
		return err
	}
	if err := g.g.Safe(network, address, nil); err != nil {
		if errors.Is(err, ssrf.ErrProhibitedPort) {
			return portError(fmt.Sprint(ap.Port()))
		}
		return detailCause(ErrPrivateAddress, err, "refused: cannot connect to %s over %s", address, network)
	}
	return nil
}

// dialContext wraps dial so that a refusal of a resolved name names both the
// name and the address ("localhost points to 127.0.0.1, which is ...").
func (g guard) dialContext(dial func(ctx context.Context, network, addr string) (net.Conn, error)) func(ctx context.Context, network, addr string) (net.Conn, error) {
	return func(ctx context.Context, network, addr string) (net.Conn, error) {
		conn, err := dial(ctx, network, addr)
		var ae *AddressError
		if err != nil && errors.As(err, &ae) {
			host, _, splitErr := net.SplitHostPort(addr)
			if _, ipErr := netip.ParseAddr(host); splitErr == nil && ipErr != nil {
				return nil, &AddressError{Host: host, Addr: ae.Addr, Kind: ae.Kind}
			}
			return nil, ae
		}
		return conn, err
	}
}

func portError(port string) error {
	return detail(ErrPort, "refused: port %s is not allowed; only links on the standard web ports (80 and 443) can be imported", port)
}

// describeAddr names the range an address belongs to, for error messages.
// It does not decide anything; the ssrf guardian does.
func describeAddr(ip netip.Addr) string {
	// Declared here rather than at package level to keep the package free
	// of package-level variables.
	var (
		metadataV4    = netip.AddrFrom4([4]byte{169, 254, 169, 254})
		awsMetadataV6 = netip.MustParseAddr("fd00:ec2::254")
		cgnat         = netip.MustParsePrefix("100.64.0.0/10")
		benchmarking  = netip.MustParsePrefix("198.18.0.0/15")
		documentation = []netip.Prefix{
			netip.MustParsePrefix("192.0.2.0/24"),
			netip.MustParsePrefix("198.51.100.0/24"),
			netip.MustParsePrefix("203.0.113.0/24"),
			netip.MustParsePrefix("2001:db8::/32"),
		}
	)
	ip = ip.Unmap()
	switch {
	case ip == metadataV4 || ip == awsMetadataV6:
		return "a cloud metadata address"
	case ip.IsLoopback():
		return "a loopback address"
	case ip.IsUnspecified():
		return "an unspecified address"
	case ip.IsPrivate():
		return "a private network address"
	case ip.IsMulticast():
		return "a multicast address"
	case ip.IsLinkLocalUnicast():
		return "a link-local address"
	case cgnat.Contains(ip):
		return "a carrier-grade NAT address"
	case benchmarking.Contains(ip):
		return "a benchmarking address"
	}
	for _, p := range documentation {
		if p.Contains(ip) {
			return "a documentation address"
		}
	}
	return "a reserved address"
}
