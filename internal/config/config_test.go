package config

import (
	"flag"
	"io"
	"strings"
	"testing"
	"time"
)

func TestRegister(t *testing.T) {
	tests := []struct {
		name    string
		env     map[string]string
		args    []string
		check   func(Config) bool
		wantErr string
	}{
		{"defaults", nil, nil, func(c Config) bool {
			return c.Addr == "127.0.0.1:8080" && c.DB == "./tidings.db" && !c.AllowPrivate && len(c.DefaultSources) > 0
		}, ""},
		{"environment", map[string]string{"TIDINGS_DB": "/tmp/x.db", "TIDINGS_ALLOW_PRIVATE_NETWORKS": "1", "TIDINGS_INTERVAL": "2h"}, nil,
			func(c Config) bool { return c.DB == "/tmp/x.db" && c.AllowPrivate && c.Interval == 2*time.Hour }, ""},
		{"flag beats environment", map[string]string{"TIDINGS_DB": "/tmp/x.db"}, []string{"--db", "/tmp/y.db"},
			func(c Config) bool { return c.DB == "/tmp/y.db" }, ""},
		{"no default sources", map[string]string{"TIDINGS_DEFAULT_SOURCES": "none"}, nil,
			func(c Config) bool { return len(c.DefaultSources) == 0 }, ""},
		{"own default sources", nil, []string{"--default-sources", "https://a.example/feed, https://b.example/rss"},
			func(c Config) bool {
				return len(c.DefaultSources) == 2 && c.DefaultSources[1] == "https://b.example/rss"
			}, ""},
		{"bad environment value", map[string]string{"TIDINGS_QUESTIONS": "three"}, nil, nil, "TIDINGS_QUESTIONS"},
		{"bad address", nil, []string{"--addr", "8080"}, nil, "--addr"},
		{"interval too short", nil, []string{"--interval", "5s"}, nil, "--interval"},
		{"bad log format", nil, []string{"--log-format", "xml"}, nil, "--log-format"},
		{"time zone", map[string]string{"TIDINGS_TIME_ZONE": "Europe/Istanbul"}, nil,
			func(c Config) bool { return c.Location().String() == "Europe/Istanbul" }, ""},
		{"default time zone", nil, nil, func(c Config) bool { return c.Location() == time.UTC }, ""},
		{"unknown time zone", nil, []string{"--time-zone", "Mars/Olympus"}, nil, "--time-zone"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := Default()
			fs := flag.NewFlagSet("test", flag.ContinueOnError)
			fs.SetOutput(io.Discard)
			c.Register(fs, func(k string) string { return tt.env[k] })
			if err := fs.Parse(tt.args); err != nil {
				t.Fatal(err)
			}
			err := c.Validate()
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Errorf("Validate() = %v, want an error naming %s", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatalf("Validate() = %v", err)
			}
			if !tt.check(c) {
				t.Errorf("config = %+v", c)
			}
		})
	}
}

// TestEffectiveMasksSecretsOnly checks that the effective configuration
// hides the API key and passwords in URLs, and nothing else: a token
// count or a key file's path is not a secret.
func TestEffectiveMasksSecretsOnly(t *testing.T) {
	c := Default()
	c.LLMKey, c.LLMKeyFile, c.LLMDailyTokens = "sk-123", "/etc/tidings/key", 500
	c.LLMURL = "http://user:pass@127.0.0.1:11434/v1"
	want := map[string]string{
		"llm-key":          "********",
		"llm-key-file":     "/etc/tidings/key",
		"llm-daily-tokens": "500",
		"llm-url":          "http://user:xxxxx@127.0.0.1:11434/v1",
	}
	for _, s := range c.Effective(nil) {
		if w, ok := want[s.Name]; ok && s.Value != w {
			t.Errorf("%s = %q, want %q", s.Name, s.Value, w)
		}
	}
}
