package extract

import (
	"bytes"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/transform"
)

// toUTF8 returns page as UTF-8: unchanged if it already is, else decoded
// from the charset its BOM or meta tag declares (windows-1252 if none).
func toUTF8(page []byte) []byte {
	if utf8.Valid(page) {
		return page
	}
	enc, _, _ := charset.DetermineEncoding(page, "")
	out, _, err := transform.Bytes(enc.NewDecoder(), page)
	if err != nil {
		return bytes.ToValidUTF8(page, []byte("\uFFFD"))
	}
	return out
}

// estimateElements returns an upper estimate of the elements html.Parse
// would build from page, stopping early once it passes MaxElements.
//
// Counting start tags is not enough: the HTML parser re-creates formatting
// elements (<b>, <font>, ...) that an end tag closed before their own end
// tag came, at each later paragraph, so a short page of unclosed <b id=N>
// tags followed by "</p>x" pairs builds millions of elements (measured: 160
// KB made 6 million). The estimate follows the list of such elements as the
// parser keeps it and charges its length at each point where the parser may
// re-create them.
func estimateElements(page []byte) int {
	z := html.NewTokenizer(bytes.NewReader(page))
	var f fmtList
	n := 0
	for n <= MaxElements {
		switch z.Next() {
		case html.ErrorToken:
			return n
		case html.TextToken:
			if f.dirty && len(bytes.TrimSpace(z.Raw())) > 0 {
				n += f.reconstruct()
			}
		case html.StartTagToken, html.SelfClosingTagToken:
			n++
			name, hasAttr := z.TagName()
			f.start(z, atom.Lookup(name), string(name), hasAttr)
			if f.dirty {
				n += f.reconstruct()
			}
		case html.EndTagToken:
			name, _ := z.TagName()
			f.end(atom.Lookup(name))
		}
	}
	return n
}

// fmtList models the parser's list of active formatting elements.
type fmtList struct {
	entries []string // "tag attrs", or "" for a marker
	markers []int    // table depth of each marker, -1 for non-cell markers
	tables  int      // open <table> start tags
	dirty   bool     // an element was closed since the last re-creation
}

// formatting is the set of elements the parser re-creates.
var formatting = map[atom.Atom]bool{
	atom.A: true, atom.B: true, atom.Big: true, atom.Code: true, atom.Em: true,
	atom.Font: true, atom.I: true, atom.Nobr: true, atom.S: true, atom.Small: true,
	atom.Strike: true, atom.Strong: true, atom.Tt: true, atom.U: true,
}

func (f *fmtList) start(z *html.Tokenizer, a atom.Atom, name string, hasAttr bool) {
	switch {
	case formatting[a]:
		f.push(name + " " + attrKey(z, hasAttr))
		return
	case a == atom.Table:
		f.tables++
	case a == atom.Td || a == atom.Th || a == atom.Caption:
		f.closeCell()
		f.entries = append(f.entries, "")
		f.markers = append(f.markers, f.tables)
	case a == atom.Tr:
		f.closeCell()
	case a == atom.Applet || a == atom.Object || a == atom.Marquee || a == atom.Template:
		f.entries = append(f.entries, "")
		f.markers = append(f.markers, -1)
	}
	f.dirty = true // a start tag may close open elements implicitly
}

func (f *fmtList) end(a atom.Atom) {
	switch {
	case formatting[a]:
		f.remove(a.String())
		return
	case a == atom.Td || a == atom.Th || a == atom.Caption || a == atom.Applet ||
		a == atom.Object || a == atom.Marquee || a == atom.Template:
		f.clearToMarker()
	case a == atom.Tr || a == atom.Tbody || a == atom.Thead || a == atom.Tfoot:
		f.closeCell()
	case a == atom.Table:
		f.closeCell()
		if f.tables > 0 {
			f.tables--
		}
	}
	f.dirty = true
}

// attrKey is the part of a formatting element's identity that its
// attributes make.
func attrKey(z *html.Tokenizer, hasAttr bool) string {
	var b strings.Builder
	for hasAttr {
		var k, v []byte
		k, v, hasAttr = z.TagAttr()
		b.Write(k)
		b.WriteByte('=')
		b.Write(v)
		b.WriteByte(0)
	}
	return b.String()
}

// push adds an entry, as the parser does: an <a> or <nobr> closes the
// previous one, and at most three identical entries are kept.
func (f *fmtList) push(key string) {
	name, _, _ := strings.Cut(key, " ")
	if name == "a" || name == "nobr" {
		f.remove(name)
	}
	same, first := 0, -1
	for i := len(f.entries) - 1; i >= 0 && f.entries[i] != ""; i-- {
		if f.entries[i] == key {
			same, first = same+1, i
		}
	}
	if same >= 3 {
		f.entries = append(f.entries[:first], f.entries[first+1:]...)
	}
	f.entries = append(f.entries, key)
}

// remove drops the last entry for tag name after the last marker.
func (f *fmtList) remove(name string) {
	for i := len(f.entries) - 1; i >= 0 && f.entries[i] != ""; i-- {
		if strings.HasPrefix(f.entries[i], name+" ") {
			f.entries = append(f.entries[:i], f.entries[i+1:]...)
			return
		}
	}
}

func (f *fmtList) clearToMarker() {
	for len(f.entries) > 0 {
		last := f.entries[len(f.entries)-1]
		f.entries = f.entries[:len(f.entries)-1]
		if last == "" {
			f.markers = f.markers[:len(f.markers)-1]
			return
		}
	}
}

// closeCell clears the marker of a table cell left open in the current table.
func (f *fmtList) closeCell() {
	if k := len(f.markers); k > 0 && f.markers[k-1] == f.tables {
		f.clearToMarker()
	}
}

// reconstruct returns how many elements the parser may re-create now.
func (f *fmtList) reconstruct() int {
	f.dirty = false
	n := 0
	for i := len(f.entries) - 1; i >= 0 && f.entries[i] != ""; i-- {
		n++
	}
	return n
}

// treeDepth returns the deepest nesting of elements under n, without
// recursion.
func treeDepth(n *html.Node) int {
	type item struct {
		node  *html.Node
		depth int
	}
	deepest := 0
	stack := []item{{n, 0}}
	for len(stack) > 0 {
		it := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		deepest = max(deepest, it.depth)
		for c := it.node.FirstChild; c != nil; c = c.NextSibling {
			stack = append(stack, item{c, it.depth + 1})
		}
	}
	return deepest
}
