package evaluate

import (
	"archive/tar"
	"bufio"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/ulikunitz/xz"
)

// corpusFile is the Reuters-21578 archive inside the data folder.
const corpusFile = "reuters-21578/reuters21578-sgml.tar.xz"

// story is one Reuters-21578 story with a dateline and a body.
type story struct {
	id       string   // NEWID
	split    string   // LEWISSPLIT: "TRAIN", "TEST" or "NOT-USED"
	title    string   // as written, mostly in capitals
	dateline string   // "NEW YORK, March 4 -"
	body     string   // paragraphs separated by blank lines, as news.Article.Text
	places   []string // Reuters place codes: "usa", "west-germany"
}

// readCorpus reads the stories that have a DATELINE and a BODY from the
// archive in dataDir, decompressing it in place.
func readCorpus(dataDir string) ([]story, error) {
	path := filepath.Join(dataDir, corpusFile)
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	zr, err := xz.NewReader(bufio.NewReaderSize(f, 1<<16))
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	tr := tar.NewReader(zr)
	var out []story
	for {
		h, err := tr.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("read %s: %w", path, err)
		}
		if !strings.HasSuffix(h.Name, ".sgm") {
			continue
		}
		b, err := io.ReadAll(tr)
		if err != nil {
			return nil, fmt.Errorf("read %s in %s: %w", h.Name, path, err)
		}
		out = appendStories(out, string(b))
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("%s: no stories", path)
	}
	return out, nil
}

// appendStories parses the <REUTERS> elements of one SGML file.
func appendStories(out []story, sgml string) []story {
	for {
		i := strings.Index(sgml, "<REUTERS ")
		if i < 0 {
			return out
		}
		j := strings.Index(sgml[i:], "</REUTERS>")
		if j < 0 {
			return out
		}
		doc := sgml[i : i+j]
		sgml = sgml[i+j:]
		dl, body := element(doc, "DATELINE"), element(doc, "BODY")
		if dl == "" || body == "" {
			continue
		}
		s := story{
			id:       attr(doc, "NEWID"),
			split:    attr(doc, "LEWISSPLIT"),
			title:    strings.Join(strings.Fields(unescape(element(doc, "TITLE"))), " "),
			dateline: strings.Join(strings.Fields(unescape(dl)), " "),
			body:     paragraphs(unescape(body)),
		}
		places := element(doc, "PLACES")
		for {
			d := element(places, "D")
			if d == "" {
				break
			}
			s.places = append(s.places, d)
			places = places[strings.Index(places, "</D>")+4:]
		}
		out = append(out, s)
	}
}

// element returns the content of the first <name>...</name> in doc.
func element(doc, name string) string {
	i := strings.Index(doc, "<"+name+">")
	if i < 0 {
		return ""
	}
	i += len(name) + 2
	j := strings.Index(doc[i:], "</"+name+">")
	if j < 0 {
		return ""
	}
	return doc[i : i+j]
}

// attr returns the value of the attribute name="..." in doc's first tag.
func attr(doc, name string) string {
	end := strings.IndexByte(doc, '>')
	if end < 0 {
		return ""
	}
	_, v, ok := strings.Cut(doc[:end], name+`="`)
	if !ok {
		return ""
	}
	v, _, _ = strings.Cut(v, `"`)
	return v
}

// unescape decodes the few entities of the SGML: &lt; &gt; &amp; and
// numeric ones, dropping control characters such as the closing &#3;.
func unescape(s string) string {
	if !strings.Contains(s, "&") {
		return s
	}
	var b strings.Builder
	for {
		i := strings.IndexByte(s, '&')
		if i < 0 {
			b.WriteString(s)
			return b.String()
		}
		b.WriteString(s[:i])
		s = s[i:]
		j := strings.IndexByte(s, ';')
		if j < 0 || j > 8 {
			b.WriteByte('&')
			s = s[1:]
			continue
		}
		switch ent := s[1:j]; {
		case ent == "lt":
			b.WriteByte('<')
		case ent == "gt":
			b.WriteByte('>')
		case ent == "amp":
			b.WriteByte('&')
		case strings.HasPrefix(ent, "#"):
			if n, err := strconv.Atoi(ent[1:]); err == nil && n >= 32 {
				b.WriteRune(rune(n))
			}
		default:
			b.WriteString(s[:j+1])
		}
		s = s[j+1:]
	}
}

// paragraphs turns a Reuters body, wrapped at about 65 columns with each
// paragraph but the first indented, into paragraphs separated by blank
// lines, the form of news.Article.Text. The closing "Reuter" sign-off is
// dropped.
func paragraphs(body string) string {
	var paras []string
	var cur []string
	flush := func() {
		if len(cur) > 0 {
			paras = append(paras, strings.Join(cur, " "))
			cur = cur[:0]
		}
	}
	for _, line := range strings.Split(body, "\n") {
		if strings.TrimSpace(line) == "" {
			flush()
			continue
		}
		if line[0] == ' ' || line[0] == '\t' {
			flush()
		}
		cur = append(cur, strings.TrimSpace(line))
	}
	flush()
	if n := len(paras); n > 0 && (paras[n-1] == "Reuter" || paras[n-1] == "REUTER") {
		paras = paras[:n-1]
	}
	if n := len(paras); n > 0 {
		paras[n-1] = strings.TrimSuffix(strings.TrimSuffix(paras[n-1], " Reuter"), " REUTER")
	}
	return strings.Join(paras, "\n\n")
}
