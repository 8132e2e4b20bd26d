// Package llmtest is a local, scriptable server that speaks the OpenAI
// chat-completions protocol (POST /v1/chat/completions), for testing the
// llm package and anything built on it without a model or a network.
//
// Each test scripts the replies it needs, in order: a completion with some
// content and usage, an HTTP error with an error object and a Retry-After
// header, a slow answer, a malformed body. The server records every
// request it receives.
package llmtest

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"sync"
	"time"
)

// Reply is one scripted answer.
type Reply struct {
	Status     int           // HTTP status; 0 means 200
	Content    string        // the completion's message content (for 200)
	Prompt     int           // usage.prompt_tokens; 0 with Completion 0 omits usage
	Completion int           // usage.completion_tokens
	Error      string        // the error object's message (for non-200)
	RetryAfter string        // the Retry-After header, if any
	Delay      time.Duration // wait before answering (cut short if the client gives up)
	Raw        string        // if set, the body as is, instead of JSON built from the fields
}

// Request is a request as the server received it.
type Request struct {
	Authorization  string    `json:"-"`
	Model          string    `json:"model"`
	Messages       []Message `json:"messages"`
	Temperature    *float64  `json:"temperature"`
	MaxTokens      int       `json:"max_tokens"`
	Stream         bool      `json:"stream"`
	ResponseFormat *struct {
		Type       string `json:"type"`
		JSONSchema *struct {
			Name   string          `json:"name"`
			Strict bool            `json:"strict"`
			Schema json.RawMessage `json:"schema"`
		} `json:"json_schema"`
	} `json:"response_format"`
}

// Message is a chat message of a Request.
type Message struct {
	Role    string `json:"role"`
	Content string `json:"content"`
}

// Server is the test server. Its methods are safe for concurrent use.
type Server struct {
	*httptest.Server

	mu       sync.Mutex
	script   []Reply
	respond  func(Request) Reply
	requests []Request
}

// New starts a server; Close it when done. With nothing scripted it
// answers 500 with an error object saying so.
func New() *Server {
	s := &Server{}
	mux := http.NewServeMux()
	mux.HandleFunc("POST /v1/chat/completions", s.handle)
	s.Server = httptest.NewServer(mux)
	return s
}

// BaseURL is the API base to configure a client with: URL + "/v1".
func (s *Server) BaseURL() string { return s.URL + "/v1" }

// Script queues replies, answered in order, one per request.
func (s *Server) Script(replies ...Reply) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.script = append(s.script, replies...)
}

// Respond sets the function that answers once the script is used up. It
// may be called concurrently, for concurrent requests.
func (s *Server) Respond(f func(Request) Reply) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.respond = f
}

// Requests returns the requests received so far.
func (s *Server) Requests() []Request {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Request(nil), s.requests...)
}

func (s *Server) next(req Request) Reply {
	s.mu.Lock()
	s.requests = append(s.requests, req)
	if len(s.script) > 0 {
		r := s.script[0]
		s.script = s.script[1:]
		s.mu.Unlock()
		return r
	}
	respond := s.respond
	s.mu.Unlock()
	if respond != nil {
		return respond(req)
	}
	return Reply{Status: http.StatusInternalServerError, Error: "llmtest: no reply scripted"}
}

func (s *Server) handle(w http.ResponseWriter, r *http.Request) {
	var req Request
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
		writeJSON(w, http.StatusBadRequest, errorBody(err.Error(), "invalid_request_error"))
		return
	}
	req.Authorization = r.Header.Get("Authorization")
	reply := s.next(req)
	if reply.Delay > 0 {
		t := time.NewTimer(reply.Delay)
		defer t.Stop()
		select {
		case <-t.C:
		case <-r.Context().Done():
			return
		}
	}
	if reply.RetryAfter != "" {
		w.Header().Set("Retry-After", reply.RetryAfter)
	}
	status := reply.Status
	if status == 0 {
		status = http.StatusOK
	}
	if reply.Raw != "" {
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(status)
		fmt.Fprint(w, reply.Raw)
		return
	}
	if status != http.StatusOK {
		writeJSON(w, status, errorBody(reply.Error, errorType(status)))
		return
	}
	writeJSON(w, status, completion(req.Model, reply))
}

// completion builds a chat.completion object as OpenAI sends it.
func completion(model string, r Reply) map[string]any {
	body := map[string]any{
		"id":      "chatcmpl-llmtest",
		"object":  "chat.completion",
		"created": 1700000000,
		"model":   model,
		"choices": []any{map[string]any{
			"index":         0,
			"message":       map[string]any{"role": "assistant", "content": r.Content},
			"finish_reason": "stop",
		}},
	}
	if r.Prompt > 0 || r.Completion > 0 {
		body["usage"] = map[string]any{"prompt_tokens": r.Prompt, "completion_tokens": r.Completion,
			"total_tokens": r.Prompt + r.Completion}
	}
	return body
}

func errorBody(msg, typ string) map[string]any {
	return map[string]any{"error": map[string]any{"message": msg, "type": typ, "param": nil, "code": nil}}
}

func errorType(status int) string {
	switch {
	case status == http.StatusTooManyRequests:
		return "rate_limit_error"
	case status >= 500:
		return "server_error"
	}
	return "invalid_request_error"
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}

// JSON returns v as JSON text, for scripting a reply's Content from Go
// values. It panics if v cannot be marshalled.
func JSON(v any) string {
	b, err := json.Marshal(v)
	if err != nil {
		panic(err)
	}
	return string(b)
}
