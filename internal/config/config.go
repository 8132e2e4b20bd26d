// Package config holds Tidings' typed configuration, read from command-line
// flags and TIDINGS_* environment variables, and validated once at start.
package config

import (
	"errors"

	"github.com/BurntSushi/toml"

	"flag"
	"fmt"
	"net"
	"net/url"
	"strconv"
	"strings"
	"time"
	_ "time/tzdata" // --time-zone works on machines without a zoneinfo database
)

// DefaultSources are well-known public news feeds that a new, empty
// Tidings subscribes to on its first start, so that a newcomer with
// internet sees real stories within minutes. Change them with
// --default-sources (comma-separated) or switch them off with "none".
var DefaultSources = []string{
	"https://feeds.bbci.co.uk/news/world/rss.xml",
	"https://www.theguardian.com/world/rss",
	"https://feeds.npr.org/1004/rss.xml",
	"https://www.aljazeera.com/xml/rss/all.xml",
	"https://rss.dw.com/rdf/rss-en-world",
	"https://www.france24.com/en/rss",
}

// Config is the whole configuration of a Tidings process.
type Config struct {
	Addr           string        // where the site listens
	DB             string        // database: a SQLite file path
	AllowPrivate   bool          // let the fetcher reach loopback and private addresses
	DefaultSources []string      // subscribed on first start with an empty database
	Interval       time.Duration // how often each source is fetched
	Questions      int           // reader questions per story
	LogFormat      string        // text or json
	LogLevel       string        // debug, info, warn, error
	FlagThreshold  float64       // flag score that hides an item pending review
	FlagDailyCap   int           // flags one reader may raise in a day
	HTTPS          bool          // the site is served over HTTPS (by a proxy in front): HSTS on
	BaseURL        string        // the site's public address, for feeds and sitemaps; default http://ADDR
	Role           string        // serve: all (site and pipeline), web (site only) or worker (pipeline only)
	LLMURL         string        // OpenAI-compatible endpoint; "" for the offline engine alone
	LLMModel       string
	LLMKey         string
	LLMKeyFile     string
	LLMDailyTokens int
	TimeZone       string // IANA name of the zone the site shows dates in
	HomeCountry    string // the newsroom's home country: politics abroad is WORLD news

	envErrs []error           // bad environment values, reported by Validate
	origin  map[string]string // where each setting came from: file, env (flags are seen by Origin)
}

// Default returns the configuration used when nothing is set.
func Default() Config {
	return Config{
		Addr:           "127.0.0.1:8080",
		DB:             "./tidings.db",
		DefaultSources: append([]string(nil), DefaultSources...),
		Interval:       15 * time.Minute,
		Questions:      3,
		LogFormat:      "text",
		LogLevel:       "info",
		Role:           "all",
		FlagThreshold:  5,
		FlagDailyCap:   20,
		TimeZone:       "UTC",
	}
}

// Env is the environment variable that sets a flag: TIDINGS_ and the flag's
// name in upper case with dashes as underscores ("db" -> TIDINGS_DB).
func Env(flagName string) string {
	return "TIDINGS_" + strings.ToUpper(strings.ReplaceAll(flagName, "-", "_"))
}

// Register adds the flags named in names (all of them if names is empty) to
// fs, each defaulting to its environment variable when that is set.
func (c *Config) Register(fs *flag.FlagSet, getenv func(string) string, names ...string) {
	want := func(n string) bool {
		if len(names) == 0 {
			return true
		}
		for _, m := range names {
			if m == n {
				return true
			}
		}
		return false
	}
	for _, f := range c.flags() {
		if want(f.name) {
			if v := getenv(Env(f.name)); v != "" {
				if err := f.value.Set(v); err != nil {
					c.envErrs = append(c.envErrs, fmt.Errorf("%s=%q: %w", Env(f.name), v, err))
				}
				c.setOrigin(f.name, "env "+Env(f.name))
			}
			fs.Var(f.value, f.name, f.usage+" (env "+Env(f.name)+")")
		}
	}
}

type flagDef struct {
	name, usage string
	value       flag.Value
}

func (c *Config) flags() []flagDef {
	return []flagDef{
		{"addr", "address to serve on", (*stringValue)(&c.Addr)},
		{"db", "database: path of the SQLite file", (*stringValue)(&c.DB)},
		{"allow-private-networks", "let the fetcher reach loopback and private addresses (local trials and tests)", (*boolValue)(&c.AllowPrivate)},
		{"default-sources", "comma-separated feeds subscribed on first start, or \"none\"", (*listValue)(&c.DefaultSources)},
		{"interval", "how often each source is fetched (e.g. 15m)", (*durationValue)(&c.Interval)},
		{"questions", "reader questions per story", (*intValue)(&c.Questions)},
		{"log-format", "log format: text or json", (*stringValue)(&c.LogFormat)},
		{"log-level", "log level: debug, info, warn or error", (*stringValue)(&c.LogLevel)},
		{"flag-threshold", "flag score that hides an item until a moderator reviews it (a reader's flag weighs 1)", (*floatValue)(&c.FlagThreshold)},
		{"flag-daily-cap", "flags one reader may raise in 24 hours", (*intValue)(&c.FlagDailyCap)},
		{"https", "the site is served over HTTPS (e.g. by a proxy in front): sends HSTS", (*boolValue)(&c.HTTPS)},
		{"role", "what serve runs: all (site and pipeline), web (site and API only) or worker (pipeline, with health and metrics)", (*stringValue)(&c.Role)},
		{"llm-url", "OpenAI-compatible chat endpoint, like http://localhost:11434/v1 (empty: offline engine only)", (*stringValue)(&c.LLMURL)},
		{"llm-model", "the model to ask (needed with --llm-url)", (*stringValue)(&c.LLMModel)},
		{"llm-key", "API key of the LLM service (prefer --llm-key-file)", (*stringValue)(&c.LLMKey)},
		{"llm-key-file", "file holding the API key of the LLM service", (*stringValue)(&c.LLMKeyFile)},
		{"llm-daily-tokens", "tokens the LLM engine may use per day (0: no limit)", (*intValue)(&c.LLMDailyTokens)},
		{"time-zone", "IANA time zone the site shows dates in, like Europe/Istanbul", (*stringValue)(&c.TimeZone)},
		{"home-country", "the newsroom's home country, like \"United States\": politics abroad is filed under WORLD, at home under POLITICS (empty: no such rule)", (*stringValue)(&c.HomeCountry)},
		{"base-url", "the site's public address, used in feeds and sitemaps (default http://ADDR)", (*stringValue)(&c.BaseURL)},
	}
}

// Validate reports the first thing wrong with c, saying what to do.
func (c Config) Validate() error {
	errs := append([]error(nil), c.envErrs...)
	if _, _, err := net.SplitHostPort(c.Addr); err != nil {
		errs = append(errs, fmt.Errorf("--addr %q: want host:port, like 127.0.0.1:8080", c.Addr))
	}
	if strings.TrimSpace(c.DB) == "" {
		errs = append(errs, errors.New("--db is empty: give a SQLite file path, like ./tidings.db"))
	}
	if c.Interval < time.Minute {
		errs = append(errs, fmt.Errorf("--interval %s: at least 1m, to be polite to publishers", c.Interval))
	}
	if c.Questions < 0 || c.Questions > 10 {
		errs = append(errs, fmt.Errorf("--questions %d: from 0 to 10", c.Questions))
	}
	if c.BaseURL != "" {
		if u, err := url.Parse(c.BaseURL); err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" || u.Path != "" && u.Path != "/" {
			errs = append(errs, fmt.Errorf("--base-url %q: want the site's root, like https://news.example.org", c.BaseURL))
		}
	}
	switch c.Role {
	case "all", "web", "worker":
	default:
		errs = append(errs, fmt.Errorf("--role %q: all, web or worker", c.Role))
	}
	if c.LLMURL != "" && c.LLMModel == "" {
		errs = append(errs, errors.New("--llm-url needs --llm-model"))
	}
	if c.LLMKey != "" && c.LLMKeyFile != "" {
		errs = append(errs, errors.New("give --llm-key or --llm-key-file, not both"))
	}
	if c.FlagThreshold <= 0 || c.FlagDailyCap < 1 {
		errs = append(errs, fmt.Errorf("--flag-threshold and --flag-daily-cap must be positive"))
	}
	if _, err := time.LoadLocation(c.TimeZone); err != nil || c.TimeZone == "" {
		errs = append(errs, fmt.Errorf("--time-zone %q: want an IANA zone name, like UTC or Europe/Istanbul", c.TimeZone))
	}
	if c.LogFormat != "text" && c.LogFormat != "json" {
		errs = append(errs, fmt.Errorf("--log-format %q: text or json", c.LogFormat))
	}
	switch c.LogLevel {
	case "debug", "info", "warn", "error":
	default:
		errs = append(errs, fmt.Errorf("--log-level %q: debug, info, warn or error", c.LogLevel))
	}
	return errors.Join(errs...)
}

// Location returns the time zone the site shows dates in: UTC when
// TimeZone is empty or unknown (Validate reports the latter).
func (c Config) Location() *time.Location {
	if loc, err := time.LoadLocation(c.TimeZone); err == nil {
		return loc
	}
	return time.UTC
}

type stringValue string

func (v *stringValue) String() string     { return string(*v) }
func (v *stringValue) Set(s string) error { *v = stringValue(s); return nil }

type boolValue bool

func (v *boolValue) String() string   { return strconv.FormatBool(bool(*v)) }
func (v *boolValue) IsBoolFlag() bool { return true }
func (v *boolValue) Set(s string) error {
	b, err := strconv.ParseBool(s)
	if err != nil {
		return fmt.Errorf("want true or false")
	}
	*v = boolValue(b)
	return nil
}

type intValue int

func (v *intValue) String() string { return strconv.Itoa(int(*v)) }
func (v *intValue) Set(s string) error {
	n, err := strconv.Atoi(s)
	if err != nil {
		return fmt.Errorf("want a whole number")
	}
	*v = intValue(n)
	return nil
}

type floatValue float64

func (v *floatValue) String() string { return strconv.FormatFloat(float64(*v), 'g', -1, 64) }
func (v *floatValue) Set(s string) error {
	f, err := strconv.ParseFloat(s, 64)
	if err != nil {
		return fmt.Errorf("want a number")
	}
	*v = floatValue(f)
	return nil
}

type durationValue time.Duration

func (v *durationValue) String() string { return time.Duration(*v).String() }
func (v *durationValue) Set(s string) error {
	d, err := time.ParseDuration(s)
	if err != nil {
		return fmt.Errorf("want a duration like 15m or 1h")
	}
	*v = durationValue(d)
	return nil
}

type listValue []string

func (v *listValue) String() string { return strings.Join(*v, ",") }
func (v *listValue) Set(s string) error {
	*v = nil
	if strings.EqualFold(strings.TrimSpace(s), "none") {
		return nil
	}
	for _, part := range strings.Split(s, ",") {
		if part = strings.TrimSpace(part); part != "" {
			*v = append(*v, part)
		}
	}
	return nil
}

func (c *Config) setOrigin(name, from string) {
	if c.origin == nil {
		c.origin = map[string]string{}
	}
	c.origin[name] = from
}

// LoadFile reads settings from a TOML file whose keys are the flag names
// (db = "./tidings.db", flag-threshold = 5, default-sources = ["https://..."]).
// Flags and environment variables, registered after, override it. An
// unknown key or a bad value is an error naming the file and the key.
func (c *Config) LoadFile(path string) error {
	var raw map[string]any
	if _, err := toml.DecodeFile(path, &raw); err != nil {
		return fmt.Errorf("config file %s: %w", path, err)
	}
	defs := map[string]flag.Value{}
	for _, f := range c.flags() {
		defs[f.name] = f.value
	}
	for key, v := range raw {
		fv, ok := defs[key]
		if !ok {
			return fmt.Errorf("config file %s: unknown setting %q (the settings are the flag names, like db or interval)", path, key)
		}
		if err := fv.Set(tomlString(v)); err != nil {
			return fmt.Errorf("config file %s: %s: %w", path, key, err)
		}
		c.setOrigin(key, "file "+path)
	}
	return nil
}

func tomlString(v any) string {
	if list, ok := v.([]any); ok {
		parts := make([]string, len(list))
		for i, x := range list {
			parts[i] = fmt.Sprint(x)
		}
		return strings.Join(parts, ",")
	}
	return fmt.Sprint(v)
}

// Setting is one line of the effective configuration.
type Setting struct {
	Name, Value, From string
}

// Effective lists every setting with its value (secrets masked) and where it
// came from: "flag", "env NAME", "file PATH" or "default". set names the
// flags given on the command line.
func (c *Config) Effective(set map[string]bool) []Setting {
	var out []Setting
	for _, f := range c.flags() {
		from := "default"
		if o, ok := c.origin[f.name]; ok {
			from = o
		}
		if set[f.name] {
			from = "flag"
		}
		out = append(out, Setting{Name: f.name, Value: mask(f.name, f.value.String()), From: from})
	}
	return out
}

// secrets are the settings whose values are secrets themselves (not the
// name of a file holding one, nor a count of tokens).
var secrets = map[string]bool{"llm-key": true}

// mask hides secrets: the values of secret settings, and passwords inside
// URLs (a database or LLM address with credentials).
func mask(name, value string) string {
	if value != "" && secrets[name] {
		return "********"
	}
	if u, err := url.Parse(value); err == nil && u.User != nil {
		if _, has := u.User.Password(); has {
			return u.Redacted()
		}
	}
	return value
}
