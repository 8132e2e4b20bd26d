package llm

import (
	"bytes"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"
)

// schema is the subset of JSON Schema that Tidings asks models for and
// checks their output against: objects with required properties and no
// others, arrays, strings and integers. The same value is sent to the
// endpoint and enforced here, because a server's structured output is a
// request, not a guarantee (and json_object servers ignore it).
type schema struct {
	Type                 string             `json:"type"`
	Properties           map[string]*schema `json:"properties,omitempty"`
	Required             []string           `json:"required,omitempty"`
	AdditionalProperties *bool              `json:"additionalProperties,omitempty"`
	Items                *schema            `json:"items,omitempty"`
	MinItems             *int               `json:"minItems,omitempty"`
	MaxItems             *int               `json:"maxItems,omitempty"`

	// maxLen caps a string in characters. It is checked here but not sent:
	// strict structured output rejects maxLength on some servers.
	maxLen int
}

func object(props map[string]*schema) *schema {
	no := false
	req := make([]string, 0, len(props))
	for k := range props {
		req = append(req, k)
	}
	slices.Sort(req)
	return &schema{Type: "object", Properties: props, Required: req, AdditionalProperties: &no}
}

func array(items *schema, minItems, maxItems int) *schema {
	return &schema{Type: "array", Items: items, MinItems: &minItems, MaxItems: &maxItems}
}

func str(maxLen int) *schema { return &schema{Type: "string", maxLen: maxLen} }

func integer() *schema { return &schema{Type: "integer"} }

func (s *schema) raw() json.RawMessage {
	b, err := json.Marshal(s)
	if err != nil {
		panic(err) // the schemas are fixed values of this package
	}
	return b
}

// decodeStrict reads content as JSON matching s into out. It tolerates a
// Markdown code fence around the JSON, nothing else.
func decodeStrict(content string, s *schema, out any) error {
	content = stripFence(content)
	dec := json.NewDecoder(strings.NewReader(content))
	dec.UseNumber()
	var v any
	if err := dec.Decode(&v); err != nil {
		return fmt.Errorf("%w: not JSON: %v", ErrBadOutput, err)
	}
	if dec.More() {
		return fmt.Errorf("%w: text after the JSON value", ErrBadOutput)
	}
	if err := s.validate(v, "$"); err != nil {
		return fmt.Errorf("%w: %v", ErrBadOutput, err)
	}
	d2 := json.NewDecoder(bytes.NewReader([]byte(content)))
	d2.DisallowUnknownFields()
	if err := d2.Decode(out); err != nil {
		return fmt.Errorf("%w: %v", ErrBadOutput, err)
	}
	return nil
}

func stripFence(s string) string {
	s = strings.TrimSpace(s)
	if !strings.HasPrefix(s, "```") || !strings.HasSuffix(s, "```") || len(s) < 6 {
		return s
	}
	s = strings.TrimSuffix(strings.TrimPrefix(s, "```"), "```")
	if i := strings.IndexByte(s, '\n'); i >= 0 && !strings.ContainsAny(s[:i], "{[") {
		s = s[i+1:] // the fence's language tag: ```json
	}
	return strings.TrimSpace(s)
}

// validate checks v, decoded with UseNumber, against s.
func (s *schema) validate(v any, path string) error {
	switch s.Type {
	case "object":
		m, ok := v.(map[string]any)
		if !ok {
			return fmt.Errorf("%s: want an object", path)
		}
		for _, k := range s.Required {
			if _, ok := m[k]; !ok {
				return fmt.Errorf("%s: missing %q", path, k)
			}
		}
		for k, x := range m {
			p, ok := s.Properties[k]
			if !ok {
				return fmt.Errorf("%s: unexpected field %q", path, k)
			}
			if err := p.validate(x, path+"."+k); err != nil {
				return err
			}
		}
	case "array":
		a, ok := v.([]any)
		if !ok {
			return fmt.Errorf("%s: want an array", path)
		}
		if s.MinItems != nil && len(a) < *s.MinItems {
			return fmt.Errorf("%s: %d items, want at least %d", path, len(a), *s.MinItems)
		}
		if s.MaxItems != nil && len(a) > *s.MaxItems {
			return fmt.Errorf("%s: %d items, want at most %d", path, len(a), *s.MaxItems)
		}
		for i, x := range a {
			if err := s.Items.validate(x, fmt.Sprintf("%s[%d]", path, i)); err != nil {
				return err
			}
		}
	case "string":
		t, ok := v.(string)
		if !ok {
			return fmt.Errorf("%s: want a string", path)
		}
		if s.maxLen > 0 && utf8.RuneCountInString(t) > s.maxLen {
			return fmt.Errorf("%s: %d characters, want at most %d", path, utf8.RuneCountInString(t), s.maxLen)
		}
	case "integer":
		n, ok := v.(json.Number)
		if !ok {
			return fmt.Errorf("%s: want an integer", path)
		}
		if _, err := n.Int64(); err != nil {
			return fmt.Errorf("%s: want an integer, got %s", path, n)
		}
	default:
		return fmt.Errorf("%s: schema type %q unknown", path, s.Type)
	}
	return nil
}
