package feed

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
)

// MaxDepth is the deepest element nesting a feed may have. Real feeds nest
// a few levels; a document nested thousands deep is built to hurt parsers.
const MaxDepth = 256

// ErrHostile marks a document refused before parsing: one that declares
// its own XML entities (the billion laughs, external entities) or nests
// deeper than MaxDepth.
var ErrHostile = errors.New("refused")

// guard checks an XML document before it is parsed. JSON documents pass.
func guard(data []byte) error {
	trimmed := bytes.TrimLeft(data, " \t\r\n\ufeff")
	if len(trimmed) == 0 || trimmed[0] != '<' {
		return nil
	}
	if i := bytes.Index(data, []byte("<!ENTITY")); i >= 0 {
		return fmt.Errorf("%w: %w: the document declares XML entities", ErrNotFeed, ErrHostile)
	}
	d := xml.NewDecoder(bytes.NewReader(data))
	d.Strict = false
	d.CharsetReader = func(_ string, r io.Reader) (io.Reader, error) { return r, nil }
	depth := 0
	for {
		tok, err := d.RawToken()
		if err != nil {
			return nil // malformed XML is the parser's to report
		}
		switch tok.(type) {
		case xml.StartElement:
			if depth++; depth > MaxDepth {
				return fmt.Errorf("%w: %w: elements nested more than %d deep", ErrNotFeed, ErrHostile, MaxDepth)
			}
		case xml.EndElement:
			depth--
		}
	}
}
