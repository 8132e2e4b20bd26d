package fetch

import (
	"fmt"
	"net/netip"
	"net/url"
	"strings"
	"syscall"
)

// blockedPrefixes are the address ranges that are not the public Internet:
// the IANA special-purpose registries for IPv4 and IPv6, less the ranges
// that carry an IPv4 address inside (handled by embeddedIPv4).
var blockedPrefixes = mustPrefixes(
	"0.0.0.0/8",       // "this network"
	"10.0.0.0/8",      // private
	"100.64.0.0/10",   // CGNAT shared address space
	"127.0.0.0/8",     // loopback
	"169.254.0.0/16",  // link-local (cloud metadata lives here)
	"172.16.0.0/12",   // private
	"192.0.0.0/24",    // IETF protocol assignments
	"192.0.2.0/24",    // TEST-NET-1
	"192.88.99.0/24",  // 6to4 relay anycast
	"192.168.0.0/16",  // private
	"198.18.0.0/15",   // benchmarking
	"198.51.100.0/24", // TEST-NET-2
	"203.0.113.0/24",  // TEST-NET-3
	"224.0.0.0/4",     // multicast
	"240.0.0.0/4",     // reserved, and 255.255.255.255 broadcast
	"::/96",           // unspecified, loopback, IPv4-compatible
	"64:ff9b:1::/48",  // local-use NAT64
	"100::/64",        // discard-only
	"2001::/23",       // IETF protocol assignments, Teredo
	"2001:db8::/32",   // documentation
	"3fff::/20",       // documentation
	"5f00::/16",       // segment routing
	"fc00::/7",        // unique local
	"fe80::/10",       // link-local
	"fec0::/10",       // site-local, deprecated
	"ff00::/8",        // multicast
	"::ffff:0:0:0/96", // IPv4-translated
)

// Prefixes whose addresses carry an IPv4 address, which must itself be
// public: NAT64 (in the last 32 bits) and 6to4 (in bits 16 to 48).
var (
	nat64Prefix = netip.MustParsePrefix("64:ff9b::/96")
	sixToFour   = netip.MustParsePrefix("2002::/16")
)

func mustPrefixes(ss ...string) []netip.Prefix {
	ps := make([]netip.Prefix, len(ss))
	for i, s := range ss {
		ps[i] = netip.MustParsePrefix(s)
	}
	return ps
}

// PublicAddr reports whether ip is an address of the public Internet, the
// only kind a Client connects to unless Options.AllowPrivate is set. An
// IPv4-mapped IPv6 address (::ffff:127.0.0.1) is judged as the IPv4 address
// it maps, and so are the IPv4 addresses inside NAT64 and 6to4 addresses.
// A zoned or invalid address is never public.
func PublicAddr(ip netip.Addr) bool {
	if !ip.IsValid() || ip.Zone() != "" {
		return false
	}
	ip = ip.Unmap()
	if v4, ok := embeddedIPv4(ip); ok {
		return PublicAddr(v4)
	}
	for _, p := range blockedPrefixes {
		if p.Contains(ip) {
			return false
		}
	}
	return true
}

// embeddedIPv4 returns the IPv4 address carried by a NAT64 or 6to4 address.
func embeddedIPv4(ip netip.Addr) (netip.Addr, bool) {
	b := ip.As16()
	switch {
	case !ip.Is6():
		return netip.Addr{}, false
	case nat64Prefix.Contains(ip):
		return netip.AddrFrom4([4]byte(b[12:16])), true
	case sixToFour.Contains(ip):
		return netip.AddrFrom4([4]byte(b[2:6])), true
	}
	return netip.Addr{}, false
}

// checkAddrPort is the dial-time policy of a Client that does not allow
// private targets: address is the "ip:port" that is about to be dialled,
// after DNS resolution.
func checkAddrPort(address string) error {
	ap, err := netip.ParseAddrPort(address)
	if err != nil {
		return fmt.Errorf("%w: cannot parse %q", ErrBlocked, address)
	}
	if !PublicAddr(ap.Addr()) {
		return fmt.Errorf("%w: %s", ErrBlocked, ap.Addr())
	}
	return nil
}

// dialControl adapts a policy to net.Dialer.Control, which runs after the
// socket is made and before it connects, for every address tried.
func dialControl(policy func(address string) error) func(network, address string, _ syscall.RawConn) error {
	return func(network, address string, _ syscall.RawConn) error {
		if !strings.HasPrefix(network, "tcp") {
			return fmt.Errorf("%w: network %s", ErrBlocked, network)
		}
		return policy(address)
	}
}

// ValidateURL parses rawURL and checks that a Client may try it: the scheme
// is http or https and there is a host. A
// host that is an IP literal must be public (PublicAddr); a host name is
// checked when it is resolved, at dial time. Errors wrap ErrBadURL,
// ErrScheme or ErrBlocked.
func ValidateURL(rawURL string) (*url.URL, error) {
	return validateURL(rawURL, false)
}

func validateURL(rawURL string, allowPrivate bool) (*url.URL, error) {
	u, err := url.Parse(rawURL)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrBadURL, err)
	}
	if err := checkURL(u, allowPrivate); err != nil {
		return nil, err
	}
	return u, nil
}

// checkURL applies ValidateURL's rules to a parsed URL.
func checkURL(u *url.URL, allowPrivate bool) error {
	switch {
	case u.Scheme != "http" && u.Scheme != "https":
		return fmt.Errorf("%w: %q", ErrScheme, u.Scheme)
	case u.Hostname() == "":
		return fmt.Errorf("%w: no host", ErrBadURL)
	}
	ip, err := netip.ParseAddr(u.Hostname())
	if err == nil && !allowPrivate && !PublicAddr(ip) {
		return fmt.Errorf("%w: %s", ErrBlocked, ip)
	}
	if err != nil && numericHost(u.Hostname()) {
		return fmt.Errorf("%w: %q is an address in a short, decimal, octal or hex form; write it as a dotted quad", ErrBadURL, u.Hostname())
	}
	return nil
}

// numericHost reports whether every label of host is a number (decimal, or
// hex with 0x): "127.1", "2130706433", "0x7f.0.0.1". Such forms are read as
// addresses by some software and as host names by others, so they are
// refused rather than looked up.
func numericHost(host string) bool {
	for _, label := range strings.Split(strings.TrimSuffix(host, "."), ".") {
		digits := label
		if rest, ok := strings.CutPrefix(strings.ToLower(label), "0x"); ok {
			digits = rest
			if strings.Trim(digits, "0123456789abcdef") != "" {
				return false
			}
		} else if strings.Trim(digits, "0123456789") != "" {
			return false
		}
		if digits == "" && label != "0x" {
			return false
		}
	}
	return true
}
