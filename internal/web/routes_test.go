package web

import (
	"encoding/json"
	"regexp"
	"sort"
	"strings"
	"testing"

	"tidings/internal/api"
)

// Every API route is in the OpenAPI document with its method, and every
// operation of the document has a route.
func TestOpenAPIMatchesRoutes(t *testing.T) {
	var doc struct {
		OpenAPI string                                `json:"openapi"`
		Paths   map[string]map[string]json.RawMessage `json:"paths"`
	}
	if err := json.Unmarshal(api.OpenAPI, &doc); err != nil {
		t.Fatalf("openapi.json: %v", err)
	}
	if doc.OpenAPI != "3.1.0" {
		t.Errorf("openapi = %q", doc.OpenAPI)
	}
	var inDoc, inRoutes []string
	for path, ops := range doc.Paths {
		for method := range ops {
			inDoc = append(inDoc, strings.ToUpper(method)+" "+path)
		}
	}
	s := &Server{}
	for _, rt := range s.routes() {
		method, path, ok := strings.Cut(rt.pattern, " ")
		if ok && strings.HasPrefix(path, "/api/") {
			inRoutes = append(inRoutes, method+" "+path)
		}
	}
	sort.Strings(inDoc)
	sort.Strings(inRoutes)
	if strings.Join(inDoc, "\n") != strings.Join(inRoutes, "\n") {
		t.Errorf("OpenAPI operations:\n%s\nroutes:\n%s", strings.Join(inDoc, "\n"), strings.Join(inRoutes, "\n"))
	}
	// Every $ref points at a component that exists.
	var all map[string]any
	json.Unmarshal(api.OpenAPI, &all)
	for _, ref := range regexp.MustCompile(`"\$ref": "#/([^"]+)"`).FindAllStringSubmatch(string(api.OpenAPI), -1) {
		var node any = all
		for _, part := range strings.Split(ref[1], "/") {
			m, ok := node.(map[string]any)
			if !ok || m[part] == nil {
				t.Errorf("dangling $ref #/%s", ref[1])
				break
			}
			node = m[part]
		}
	}
}
