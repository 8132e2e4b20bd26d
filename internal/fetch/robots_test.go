package fetch

import (
	"strings"
	"testing"
)

func TestRobotsRules(t *testing.T) {
	const mixed = `# a comment
User-agent: *
Disallow: /private
Allow: /private/ok   # comment after a rule
Disallow: /*.pdf$
Disallow: /search?

User-agent: OtherBot
Disallow: /
`
	const ours = `User-agent: *
Disallow: /

User-agent: googlebot
user-agent: TIDINGS/1.0
Disallow: /drafts/
Allow: /drafts/public

user-agent: tidings
disallow: /tmp
`
	tests := []struct {
		name   string
		robots string
		path   string
		want   bool
	}{
		{"empty file", "", "/anything", true},
		{"star allows root", mixed, "/", true},
		{"star disallow prefix", mixed, "/private/x", false},
		{"longest allow wins", mixed, "/private/ok/1", true},
		{"prefix not segment", mixed, "/privateer", false},
		{"end anchor", mixed, "/a/b.pdf", false},
		{"end anchor misses", mixed, "/a/b.pdf?x=1", true},
		{"query", mixed, "/search?q=x", false},
		{"query path alone", mixed, "/search", true},
		{"our group not star", ours, "/news", true},
		{"our group disallow", ours, "/drafts/1", false},
		{"our group allow", ours, "/drafts/public/1", true},
		{"our groups merged", ours, "/tmp/x", false},
		{"robots.txt always allowed", "User-agent: *\nDisallow: /", "/robots.txt", true},
		{"disallow all", "User-agent: *\nDisallow: /", "/x", false},
		{"empty disallow allows", "User-agent: *\nDisallow:", "/x", true},
		{"tie goes to allow", "User-agent: *\nDisallow: /page\nAllow: /page", "/page", true},
		{"wildcard middle", "User-agent: *\nDisallow: /*/print", "/a/b/print/1", false},
		{"wildcard no match", "User-agent: *\nDisallow: /*/print", "/print", true},
		{"rules before agent dropped", "Disallow: /\nUser-agent: *\nAllow: /x", "/y", true},
		{"other agent only", "User-agent: OtherBot\nDisallow: /", "/x", true},
		{"crlf and bom", "\ufeffUser-agent: *\r\nDisallow: /x\r\n", "/x/1", false},
		{"percent case", "User-agent: *\nDisallow: /caf%c3%a9", "/caf%C3%A9/menu", false},
		{"non-ascii pattern", "User-agent: *\nDisallow: /café", "/caf%C3%A9", false},
		{"agents share group", "User-agent: a\nUser-agent: Tidings\nDisallow: /x", "/x", false},
		{"sitemap ignored", "User-agent: *\nSitemap: http://x/s.xml\nDisallow: /x", "/x", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rules := parseRobots([]byte(tt.robots), "tidings")
			if got := rules.allowed(tt.path); got != tt.want {
				t.Errorf("allowed(%q) = %v, want %v; rules %v", tt.path, got, tt.want, rules)
			}
		})
	}
}

func TestGlob(t *testing.T) {
	tests := []struct {
		name, pattern, s string
		want             bool
	}{
		{"literal", "/a", "/a", true},
		{"literal longer", "/a", "/ab", false},
		{"star", "/a*", "/abc", true},
		{"two stars", "/*a*b", "/xxaxxb", true},
		{"backtrack", "/*ab", "/aab", true},
		{"miss", "/*ab", "/aba", false},
		{"only stars", "**", "", true},
		{"many stars long input", strings.Repeat("*a", 50) + "b", strings.Repeat("a", 5000), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := glob(tt.pattern, tt.s); got != tt.want {
				t.Errorf("glob(%q, %q) = %v, want %v", tt.pattern, tt.s, got, tt.want)
			}
		})
	}
}

func TestProductToken(t *testing.T) {
	for ua, want := range map[string]string{
		DefaultUserAgent:         "tidings",
		"Googlebot/2.1 (+http:)": "googlebot",
		"my-bot_x":               "my-bot_x",
		"":                       "",
	} {
		if got := productToken(ua); got != want {
			t.Errorf("productToken(%q) = %q, want %q", ua, got, want)
		}
	}
}

func FuzzRobots(f *testing.F) {
	f.Add("User-agent: *\nDisallow: /private\nAllow: /private/ok\n", "/private/x")
	f.Add("User-agent: tidings\nDisallow: /*.pdf$\n", "/a.pdf")
	f.Add("\ufeffuser-agent:*\r\ndisallow:/%7e*$", "/~x")
	f.Add("User-agent: *\nDisallow: /\n", "/robots.txt")
	f.Fuzz(func(t *testing.T, robots, path string) {
		rules := parseRobots([]byte(robots), "tidings")
		got := rules.allowed(path)
		if got != rules.allowed(path) {
			t.Fatal("allowed is not deterministic")
		}
		if !rules.allowed("/robots.txt") {
			t.Fatal("/robots.txt disallowed")
		}
		if len(rules) == 0 && !got {
			t.Fatal("no rules but disallowed")
		}
		// Without wildcards, an exact "Allow: <path>$" for us is at least
		// as long as any rule that matches path, and wins ties.
		p := normalisePath(path)
		if strings.ContainsAny(robots+p, "*#") || p == "" {
			return
		}
		extra := robots + "\nUser-agent: tidings\nAllow: " + p + "$\n"
		if !parseRobots([]byte(extra), "tidings").allowed(path) {
			t.Fatalf("exact allow for %q did not win", path)
		}
	})
}
