package fetch

import (
	"errors"
	"net"
	"net/netip"
	"strings"
	"testing"
)

func TestPublicAddr(t *testing.T) {
	tests := []struct {
		name string
		addr string
		want bool
	}{
		{"public v4", "93.184.216.34", true},
		{"public v6", "2606:4700:4700::1111", true},
		{"loopback", "127.0.0.1", false},
		{"loopback other", "127.8.9.10", false},
		{"loopback v6", "::1", false},
		{"private 10", "10.1.2.3", false},
		{"private 172", "172.16.0.1", false},
		{"private 172 edge", "172.31.255.255", false},
		{"not private 172.32", "172.32.0.1", true},
		{"private 192.168", "192.168.1.1", false},
		{"link-local", "169.254.169.254", false},
		{"cgnat", "100.64.0.1", false},
		{"cgnat top", "100.127.255.255", false},
		{"not cgnat", "100.128.0.1", true},
		{"unspecified v4", "0.0.0.0", false},
		{"unspecified v6", "::", false},
		{"this network", "0.1.2.3", false},
		{"broadcast", "255.255.255.255", false},
		{"reserved", "240.0.0.1", false},
		{"multicast v4", "224.0.0.1", false},
		{"multicast v6", "ff02::1", false},
		{"documentation v4", "192.0.2.1", false},
		{"documentation v6", "2001:db8::1", false},
		{"benchmarking", "198.18.0.1", false},
		{"link-local v6", "fe80::1", false},
		{"zoned link-local v6", "fe80::1%eth0", false},
		{"unique local v6", "fd00::1", false},
		{"site-local v6", "fec0::1", false},
		{"mapped loopback", "::ffff:127.0.0.1", false},
		{"mapped private", "::ffff:10.0.0.1", false},
		{"mapped public", "::ffff:93.184.216.34", true},
		{"compatible loopback", "::127.0.0.1", false},
		{"translated loopback", "::ffff:0:127.0.0.1", false},
		{"nat64 loopback", "64:ff9b::127.0.0.1", false},
		{"nat64 public", "64:ff9b::93.184.216.34", true},
		{"local nat64", "64:ff9b:1::1", false},
		{"6to4 private", "2002:0a00:0001::1", false},
		{"6to4 public", "2002:5db8:d822::1", true},
		{"teredo", "2001:0:4136:e378::1", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ip := netip.MustParseAddr(tt.addr)
			if got := PublicAddr(ip); got != tt.want {
				t.Errorf("PublicAddr(%s) = %v, want %v", tt.addr, got, tt.want)
			}
		})
	}
	if PublicAddr(netip.Addr{}) {
		t.Error("the zero Addr is public")
	}
}

func TestCheckAddrPort(t *testing.T) {
	tests := []struct {
		name    string
		address string
		blocked bool
	}{
		{"loopback", "127.0.0.1:80", true},
		{"loopback v6", "[::1]:443", true},
		{"private", "10.0.0.8:80", true},
		{"link-local", "169.254.169.254:80", true},
		{"cgnat", "100.64.1.1:80", true},
		{"mapped", "[::ffff:127.0.0.1]:80", true},
		{"unparseable", "localhost:80", true},
		{"public", "93.184.216.34:443", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := checkAddrPort(tt.address)
			if got := errors.Is(err, ErrBlocked); got != tt.blocked {
				t.Errorf("checkAddrPort(%q) = %v, want blocked %v", tt.address, err, tt.blocked)
			}
		})
	}
}

// TestDialControlRefuses dials a real loopback listener through the same
// dialer hook that a Client uses.
func TestDialControlRefuses(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	d := net.Dialer{Control: dialControl(checkAddrPort)}
	conn, err := d.Dial("tcp", ln.Addr().String())
	if err == nil {
		conn.Close()
		t.Fatal("dial to loopback succeeded")
	}
	if !errors.Is(err, ErrBlocked) {
		t.Fatalf("dial error = %v, want ErrBlocked", err)
	}
}

func TestValidateURL(t *testing.T) {
	tests := []struct {
		name string
		url  string
		want error
	}{
		{"http", "http://example.com/feed", nil},
		{"https with port", "https://example.com:8443/feed.xml?x=1", nil},
		{"user info", "https://user:pw@example.com/", nil},
		{"public ip", "http://93.184.216.34/", nil},
		{"ftp", "ftp://example.com/", ErrScheme},
		{"file", "file:///etc/passwd", ErrScheme},
		{"javascript", "javascript:alert(1)", ErrScheme},
		{"relative", "/feed.xml", ErrScheme},
		{"no host", "http:///feed", ErrBadURL},
		{"unparseable", "http://[::1", ErrBadURL},
		{"loopback literal", "http://127.0.0.1:8080/", ErrBlocked},
		{"loopback v6 literal", "http://[::1]/", ErrBlocked},
		{"private literal", "http://10.0.0.1/", ErrBlocked},
		{"link-local literal", "http://169.254.169.254/latest/meta-data/", ErrBlocked},
		{"cgnat literal", "http://100.64.0.1/", ErrBlocked},
		{"mapped literal", "http://[::ffff:127.0.0.1]/", ErrBlocked},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ValidateURL(tt.url)
			if tt.want == nil && err != nil || tt.want != nil && !errors.Is(err, tt.want) {
				t.Errorf("ValidateURL(%q) = %v, want %v", tt.url, err, tt.want)
			}
		})
	}
}

func FuzzValidateURL(f *testing.F) {
	for _, s := range []string{
		"http://example.com/", "https://[::ffff:127.0.0.1]:80/x", "ftp://x", "http://0x7f.1/",
		"http://[fe80::1%25eth0]/", "//example.com", "http://example.com:99999/", "",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		u, err := ValidateURL(s)
		if err != nil {
			if !errors.Is(err, ErrBadURL) && !errors.Is(err, ErrScheme) && !errors.Is(err, ErrBlocked) {
				t.Fatalf("ValidateURL(%q) error of no kind: %v", s, err)
			}
			return
		}
		if u.Scheme != "http" && u.Scheme != "https" || u.Hostname() == "" {
			t.Fatalf("ValidateURL(%q) accepted %#v", s, u)
		}
		if ip, err := netip.ParseAddr(u.Hostname()); err == nil && !PublicAddr(ip) {
			t.Fatalf("ValidateURL(%q) accepted non-public %s", s, ip)
		}
	})
}

func FuzzPublicAddr(f *testing.F) {
	for _, s := range []string{"127.0.0.1", "::1", "::ffff:10.0.0.1", "64:ff9b::7f00:1", "2002:7f00:1::", "8.8.8.8"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		ip, err := netip.ParseAddr(s)
		if err != nil {
			return
		}
		got := PublicAddr(ip)
		if ip.Is4() && PublicAddr(netip.AddrFrom16(ip.As16())) != got {
			t.Fatalf("%s and its IPv4-mapped form disagree", ip)
		}
		if got && (ip.IsLoopback() || ip.IsPrivate() || ip.IsUnspecified() || ip.IsMulticast() ||
			ip.IsLinkLocalUnicast() || strings.Contains(s, "%")) {
			t.Fatalf("PublicAddr(%s) = true", ip)
		}
		err = checkAddrPort(netip.AddrPortFrom(ip, 80).String())
		if got == (err != nil) {
			t.Fatalf("checkAddrPort(%s) = %v, PublicAddr = %v", ip, err, got)
		}
	})
}
