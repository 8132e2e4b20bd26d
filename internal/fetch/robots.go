package fetch

import (
	"bytes"
	"slices"
	"strings"
)

// robotsRules are the Allow and Disallow rules of a robots.txt that apply
// to one user agent, read as RFC 9309 says: the groups that name the agent's
// product token, merged, or else the groups for "*", merged; the longest
// matching pattern decides, and Allow wins a tie. No rules allow all.
type robotsRules []robotsRule

type robotsRule struct {
	pattern string // percent-encoding normalised; may hold '*' and a final '$'
	allow   bool
}

// robotsGroup is one group of a robots.txt: its user agents and rules.
type robotsGroup struct {
	agents []string
	rules  robotsRules
}

// parseRobots returns the rules of the robots.txt data for the product
// token agent (lower case). It accepts any input: lines it does not
// understand are ignored.
func parseRobots(data []byte, agent string) robotsRules {
	var mine, star robotsRules
	found := false
	for _, g := range parseGroups(data) {
		switch {
		case g.names(agent):
			mine, found = append(mine, g.rules...), true
		case g.names("*"):
			star = append(star, g.rules...)
		}
	}
	if found {
		return mine
	}
	return star
}

// names reports whether the group is for agent.
func (g robotsGroup) names(agent string) bool {
	return slices.Contains(g.agents, agent)
}

// parseGroups splits a robots.txt into groups. A group starts at a
// user-agent line that follows a rule (or the start) and takes the rules up
// to the next such line. Rules before any user-agent line are dropped.
func parseGroups(data []byte) []robotsGroup {
	var groups []robotsGroup
	inAgents := false
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	for line := range strings.Lines(string(data)) {
		key, value, ok := robotsLine(line)
		if !ok {
			continue
		}
		switch key {
		case "user-agent":
			if !inAgents {
				groups = append(groups, robotsGroup{})
			}
			inAgents = true
			g := &groups[len(groups)-1]
			g.agents = append(g.agents, agentToken(value))
		case "allow", "disallow":
			inAgents = false
			if len(groups) > 0 && value != "" {
				g := &groups[len(groups)-1]
				g.rules = append(g.rules, robotsRule{pattern: normalisePath(value), allow: key == "allow"})
			}
		}
	}
	return groups
}

// robotsLine splits a line into its lower-case key and its value, without
// comment or surrounding space.
func robotsLine(line string) (key, value string, ok bool) {
	line, _, _ = strings.Cut(line, "#")
	key, value, ok = strings.Cut(line, ":")
	if !ok {
		return "", "", false
	}
	return strings.ToLower(strings.TrimSpace(key)), strings.TrimSpace(value), true
}

// agentToken returns the product token of a user-agent line's value, lower
// case: "googlebot" for "Googlebot/2.1", "*" for "*".
func agentToken(v string) string {
	if strings.HasPrefix(v, "*") {
		return "*"
	}
	return productToken(v)
}

// allowed reports whether the rules allow path, the escaped path and query
// of a URL ("/a/b?c=d"). /robots.txt itself is always allowed.
func (rs robotsRules) allowed(path string) bool {
	path = normalisePath(path)
	if path == "/robots.txt" {
		return true
	}
	best, allow := -1, true
	for _, r := range rs {
		n := len(r.pattern)
		if n < best || n == best && !r.allow || !matchPattern(r.pattern, path) {
			continue
		}
		best, allow = n, r.allow
	}
	return allow
}

// matchPattern reports whether a robots.txt pattern matches path: '*'
// matches any run of bytes, a final '$' anchors the end, and otherwise the
// pattern need only match a prefix of path.
func matchPattern(pattern, path string) bool {
	if p, ok := strings.CutSuffix(pattern, "$"); ok {
		return glob(p, path)
	}
	return glob(pattern+"*", path)
}

// glob matches s against a pattern in which '*' matches any run of bytes.
// It backtracks only to the last star, so it runs in O(len(pattern) ×
// len(s)) at worst.
func glob(pattern, s string) bool {
	p, i := 0, 0
	star, mark := -1, 0
	for i < len(s) {
		switch {
		case p < len(pattern) && pattern[p] == '*':
			star, mark = p, i
			p++
		case p < len(pattern) && pattern[p] == s[i]:
			p++
			i++
		case star >= 0:
			p, mark = star+1, mark+1
			i = mark
		default:
			return false
		}
	}
	for p < len(pattern) && pattern[p] == '*' {
		p++
	}
	return p == len(pattern)
}

// normalisePath puts a pattern or a path in one form for comparison:
// bytes outside printable ASCII are percent-encoded, and existing escapes
// get upper-case hex digits.
func normalisePath(s string) string {
	const hex = "0123456789ABCDEF"
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c <= ' ' || c >= 0x7f:
			b.WriteByte('%')
			b.WriteByte(hex[c>>4])
			b.WriteByte(hex[c&15])
		case c == '%' && i+2 < len(s) && isHex(s[i+1]) && isHex(s[i+2]):
			b.WriteByte('%')
			b.WriteString(strings.ToUpper(s[i+1 : i+3]))
			i += 2
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}

func isHex(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F'
}
