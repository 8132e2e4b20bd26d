package feed

import (
	"errors"
	"strings"
	"testing"
)

func TestGuard(t *testing.T) {
	tests := []struct {
		name    string
		doc     string
		hostile bool
	}{
		{"plain RSS", `<rss version="2.0"><channel><title>T</title></channel></rss>`, false},
		{"JSON Feed", `{"version": "https://jsonfeed.org/version/1.1"}`, false},
		{"RSS 0.91 doctype without entities", `<!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://my.netscape.com/publish/formats/rss-0.91.dtd"><rss version="0.91"><channel><title>T</title></channel></rss>`, false},
		{"billion laughs", `<!DOCTYPE r [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;">]><rss><channel><title>&b;</title></channel></rss>`, true},
		{"external entity", `<!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]><rss><channel><title>&x;</title></channel></rss>`, true},
		{"nested 300 deep", "<rss>" + strings.Repeat("<x>", 300) + strings.Repeat("</x>", 300) + "</rss>", true},
		{"nested 100 deep", "<rss>" + strings.Repeat("<x>", 100) + strings.Repeat("</x>", 100) + "</rss>", false},
		{"truncated", `<rss version="2.0"><channel><title>T`, false}, // the parser reports it
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := guard([]byte(tt.doc))
			if got := errors.Is(err, ErrHostile); got != tt.hostile {
				t.Errorf("guard = %v, want hostile %v", err, tt.hostile)
			}
			if tt.hostile && !errors.Is(err, ErrNotFeed) {
				t.Errorf("a refused document must also be ErrNotFeed: %v", err)
			}
		})
	}
}
