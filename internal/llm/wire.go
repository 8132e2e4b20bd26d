package llm

import (
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"strings"
)

// The chat-completions protocol, as OpenAI defines it and compatible
// servers speak it.

type wireRequest struct {
	Model          string          `json:"model"`
	Messages       []Message       `json:"messages"`
	Temperature    float64         `json:"temperature"`
	MaxTokens      int             `json:"max_tokens,omitempty"`
	ResponseFormat *responseFormat `json:"response_format,omitempty"`
	Stream         bool            `json:"stream"`
}

type responseFormat struct {
	Type       string      `json:"type"` // "json_schema" or "json_object"
	JSONSchema *wireSchema `json:"json_schema,omitempty"`
}

type wireSchema struct {
	Name   string          `json:"name"`
	Strict bool            `json:"strict"`
	Schema json.RawMessage `json:"schema"`
}

type wireResponse struct {
	Model   string `json:"model"`
	Choices []struct {
		Message struct {
			Role    string  `json:"role"`
			Content *string `json:"content"`
		} `json:"message"`
		FinishReason string `json:"finish_reason"`
	} `json:"choices"`
	Usage *struct {
		PromptTokens     int `json:"prompt_tokens"`
		CompletionTokens int `json:"completion_tokens"`
	} `json:"usage"`
}

func (c *Client) wire(req Request, jsonObject bool) wireRequest {
	w := wireRequest{Model: c.cfg.Model, Messages: req.Messages, Temperature: req.Temperature, MaxTokens: req.MaxTokens}
	if w.MaxTokens <= 0 {
		w.MaxTokens = defaultCompletionTokens
	}
	switch {
	case req.Schema != nil && jsonObject:
		w.ResponseFormat = &responseFormat{Type: "json_object"}
	case req.Schema != nil:
		w.ResponseFormat = &responseFormat{Type: "json_schema",
			JSONSchema: &wireSchema{Name: req.Schema.Name, Strict: true, Schema: req.Schema.Schema}}
	}
	return w
}

// parseCompletion reads a 200 answer. Without usage in the answer, the
// tokens are estimated (four characters a token) so the budget still holds.
func parseCompletion(data []byte, req Request) (Response, error) {
	var w wireResponse
	if err := json.Unmarshal(data, &w); err != nil {
		return Response{}, fmt.Errorf("%w: %v", ErrBadResponse, err)
	}
	if len(w.Choices) == 0 || w.Choices[0].Message.Content == nil {
		return Response{}, fmt.Errorf("%w: no choice with content", ErrBadResponse)
	}
	ch := w.Choices[0]
	r := Response{Content: *ch.Message.Content, Model: w.Model, FinishReason: ch.FinishReason}
	if strings.TrimSpace(r.Content) == "" {
		return Response{}, fmt.Errorf("%w: empty content", ErrBadResponse)
	}
	if w.Usage != nil {
		r.PromptTokens, r.CompletionTokens = max(w.Usage.PromptTokens, 0), max(w.Usage.CompletionTokens, 0)
	} else {
		n := 0
		for _, m := range req.Messages {
			n += len(m.Content)
		}
		r.PromptTokens, r.CompletionTokens = n/4+1, len(r.Content)/4+1
	}
	return r, nil
}

func randInt64N(n int64) int64 {
	if n <= 0 {
		return 0
	}
	return rand.Int64N(n)
}
