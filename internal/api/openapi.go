package api

import (
	_ "embed"
	"net/http"
)

// OpenAPI is the API's OpenAPI 3.1 document. A test checks it against the
// routes.
//
//go:embed openapi.json
var OpenAPI []byte

// ServeOpenAPI answers GET /api/openapi.json.
func ServeOpenAPI(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("Cache-Control", "public, max-age=3600")
	w.Write(OpenAPI)
}
