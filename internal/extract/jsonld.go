package extract

import (
	"encoding/json"
	"strings"
)

// ldArticle is what a page's JSON-LD says about its article.
type ldArticle struct {
	headline    string
	description string
	author      []string
	byPerson    bool // an author is typed Person: a name even if it is the site's
	publisher   string
	published   string
	image       string
	lang        string
}

// authors returns the author names joined by ", ".
func (a ldArticle) authors() string { return strings.Join(a.author, ", ") }

// maxLDNodes bounds the JSON-LD objects looked at per page.
const maxLDNodes = 1000

// parseJSONLD returns the first article described in the JSON-LD script
// texts, with references (@id) to other objects of the page resolved.
func parseJSONLD(texts []string) ldArticle {
	var objects []map[string]any
	for _, t := range texts {
		t = strings.TrimSpace(t)
		t = strings.TrimSuffix(strings.TrimPrefix(t, "<![CDATA["), "]]>")
		var v any
		if json.Unmarshal([]byte(t), &v) == nil {
			objects = collectObjects(v, objects, 0)
		}
	}
	byID := map[string]map[string]any{}
	for _, o := range objects {
		if id, ok := o["@id"].(string); ok {
			byID[id] = o
		}
	}
	for _, o := range objects {
		if isArticleType(o["@type"]) {
			return articleFrom(o, byID)
		}
	}
	return ldArticle{}
}

// collectObjects appends every object in v, walking arrays and @graph.
func collectObjects(v any, out []map[string]any, depth int) []map[string]any {
	if depth > 4 || len(out) >= maxLDNodes {
		return out
	}
	switch x := v.(type) {
	case []any:
		for _, e := range x {
			out = collectObjects(e, out, depth+1)
		}
	case map[string]any:
		out = append(out, x)
		out = collectObjects(x["@graph"], out, depth+1)
		if main, ok := x["mainEntity"].(map[string]any); ok {
			out = collectObjects(main, out, depth+1)
		}
	}
	return out
}

// isArticleType reports whether a JSON-LD @type names an article or post.
func isArticleType(t any) bool {
	switch x := t.(type) {
	case string:
		return strings.HasSuffix(x, "Article") || strings.HasSuffix(x, "Posting") || x == "Report"
	case []any:
		for _, e := range x {
			if isArticleType(e) {
				return true
			}
		}
	}
	return false
}

func articleFrom(o map[string]any, byID map[string]map[string]any) ldArticle {
	a := ldArticle{
		headline:    firstNonEmpty(ldString(o["headline"]), ldString(o["name"])),
		description: ldString(o["description"]),
		published:   ldString(o["datePublished"]),
		lang:        ldName(o["inLanguage"], byID),
		image:       ldURL(o["image"], byID),
		publisher:   ldName(o["publisher"], byID),
	}
	for _, v := range ldList(o["author"]) {
		if name := ldName(v, byID); name != "" {
			a.author = append(a.author, name)
		}
		if x, ok := v.(map[string]any); ok && ldString(resolve(x, byID)["@type"]) == "Person" {
			a.byPerson = true
		}
	}
	return a
}

// ldList returns v as a list: itself if it is an array, else a list of one.
func ldList(v any) []any {
	if list, ok := v.([]any); ok {
		return list
	}
	if v == nil {
		return nil
	}
	return []any{v}
}

func ldString(v any) string {
	s, _ := v.(string)
	return strings.TrimSpace(s)
}

// ldName returns the name of a person, organization or language given as
// a string, an object or a reference to one.
func ldName(v any, byID map[string]map[string]any) string {
	for _, e := range ldList(v) {
		switch x := e.(type) {
		case string:
			return strings.TrimSpace(x)
		case map[string]any:
			x = resolve(x, byID)
			if name := firstNonEmpty(ldString(x["name"]), ldString(x["alternateName"])); name != "" {
				return name
			}
		}
	}
	return ""
}

// ldURL returns the URL of an image given as a string, an ImageObject, a
// reference, or a list of them.
func ldURL(v any, byID map[string]map[string]any) string {
	for _, e := range ldList(v) {
		switch x := e.(type) {
		case string:
			return strings.TrimSpace(x)
		case map[string]any:
			x = resolve(x, byID)
			if u := firstNonEmpty(ldString(x["url"]), ldString(x["contentUrl"])); u != "" {
				return u
			}
		}
	}
	return ""
}

// resolve returns the object a bare {"@id": ...} reference points to.
func resolve(o map[string]any, byID map[string]map[string]any) map[string]any {
	if id, ok := o["@id"].(string); ok && len(o) == 1 {
		if target, ok := byID[id]; ok {
			return target
		}
	}
	return o
}
