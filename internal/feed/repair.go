package feed

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"errors"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
)

// repair returns data with one of the faults that real feeds show fixed,
// when err (from a failed parse) points to it, and whether it changed
// anything. The faults:
//
//   - bytes that are not UTF-8 in a feed that declares UTF-8, or no
//     encoding at all, as Latin-1 and Windows-1252 feeds do;
//   - JSON Feed tags given as one comma-separated string, not an array.
func repair(data []byte, err error) ([]byte, bool) {
	var syn *xml.SyntaxError
	var typ *json.UnmarshalTypeError
	switch {
	case errors.As(err, &syn) && strings.Contains(syn.Msg, "UTF-8") && !utf8.Valid(data):
		return fixUTF8(data), true
	case errors.As(err, &typ) && typ.Field != "" && strings.HasSuffix(typ.Field, "tags"):
		return fixJSONTags(data)
	}
	return nil, false
}

// fixUTF8 keeps the valid UTF-8 of data and reads every other byte as
// Windows-1252, the superset of Latin-1 that browsers assume.
func fixUTF8(data []byte) []byte {
	out := make([]byte, 0, len(data)+len(data)/4)
	for len(data) > 0 {
		r, size := utf8.DecodeRune(data)
		if r == utf8.RuneError && size == 1 {
			r = charmap.Windows1252.DecodeByte(data[0])
		}
		out = utf8.AppendRune(out, r)
		data = data[size:]
	}
	return out
}

// fixJSONTags rewrites a JSON Feed whose items give "tags" as a string,
// splitting it at commas.
func fixJSONTags(data []byte) ([]byte, bool) {
	var doc map[string]any
	d := json.NewDecoder(bytes.NewReader(data))
	d.UseNumber()
	if d.Decode(&doc) != nil {
		return nil, false
	}
	items, _ := doc["items"].([]any)
	changed := false
	for _, it := range items {
		m, ok := it.(map[string]any)
		if s, isString := m["tags"].(string); ok && isString {
			m["tags"], changed = splitTags(s), true
		}
	}
	if !changed {
		return nil, false
	}
	out, err := json.Marshal(doc)
	return out, err == nil
}

// splitTags splits "a, b,,c" into ["a" "b" "c"].
func splitTags(s string) []string {
	tags := []string{}
	for t := range strings.SplitSeq(s, ",") {
		if t = strings.TrimSpace(t); t != "" {
			tags = append(tags, t)
		}
	}
	return tags
}
