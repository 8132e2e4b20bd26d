package news

import (
	"errors"
	"strconv"
	"strings"
	"time"
)

// ErrInvalid marks errors in what a reader, an operator or a client sent:
// they are told what is wrong, and nothing is stored.
var ErrInvalid = errors.New("invalid input")

// Section is one of the fixed sections of the site, always upper case.
type Section string

// The sections of the site.
const (
	World         Section = "WORLD"
	Politics      Section = "POLITICS"
	Business      Section = "BUSINESS"
	Technology    Section = "TECHNOLOGY"
	Science       Section = "SCIENCE"
	Health        Section = "HEALTH"
	Sports        Section = "SPORTS"
	Entertainment Section = "ENTERTAINMENT"
)

// Sections lists every section in the order the site shows them.
var Sections = []Section{World, Politics, Business, Technology, Science, Health, Sports, Entertainment}

// ParseSection returns the section named by s, in any case, and whether s
// names one.
func ParseSection(s string) (Section, bool) {
	up := Section(strings.ToUpper(strings.TrimSpace(s)))
	for _, sec := range Sections {
		if sec == up {
			return sec, true
		}
	}
	return "", false
}

// Slug is the section's name as it appears in URLs: "politics".
func (s Section) Slug() string { return strings.ToLower(string(s)) }

// Source is a feed that Tidings polls.
type Source struct {
	ID      int64
	URL     string  // the feed's URL
	Title   string  // the feed's own title, once fetched
	SiteURL string  // the site the feed belongs to
	Section Section // configured section, or "" to let the classifier decide

	ETag         string    // from the last 200 response, for conditional GET
	LastModified string    // likewise
	NextFetch    time.Time // when the source is due again
	LastFetch    time.Time // when it was last tried (zero if never)
	LastError    string    // the last fetch's error, "" after a success
	ErrorCount   int       // consecutive failures, for backoff
	Paused       bool      // not fetched until resumed
	Created      time.Time
}

// Article is one piece of reporting: a page of a publisher, or an item of a
// feed whose page could not be had.
type Article struct {
	ID         int64
	SourceID   int64
	URL        string // canonical URL
	Title      string
	Byline     string
	Site       string // the publisher's name
	Published  time.Time
	Text       string   // main text, paragraphs separated by blank lines
	Categories []string // the feed's own categories for the item
	Lang       string
	ImageURL   string
	Fetched    time.Time
	CopyOf     int64 // the article this one copies (syndicated text), 0 if none
}

// Paragraphs splits the article's text at blank lines.
func (a Article) Paragraphs() []string { return SplitParagraphs(a.Text) }

// SplitParagraphs splits text at blank lines, trimming each paragraph and
// dropping empty ones.
func SplitParagraphs(text string) []string {
	var out []string
	for _, p := range strings.Split(strings.ReplaceAll(text, "\r\n", "\n"), "\n\n") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// Dateline is where a story happens.
type Dateline struct {
	Place   string `json:"place"`   // city or place name: "Istanbul"
	Region  string `json:"region"`  // first-level region, if known
	Country string `json:"country"` // country name: "Turkey"
	Text    string `json:"text"`    // as shown: "Istanbul, Turkey"
}

// Citation ties a written text to the source passage it comes from.
type Citation struct {
	ArticleID int64  `json:"article_id"`
	Quote     string `json:"quote"` // the passage, verbatim from the article's text
}

// Question is a reader question with its answer from the sources. An empty
// Answer means the sources don't say.
type Question struct {
	Question  string     `json:"question"`
	Answer    string     `json:"answer"`
	Citations []Citation `json:"citations"`
}

// Story is one event, reported by one or more articles, as Tidings publishes it.
type Story struct {
	ID       int64
	Section  Section
	Headline string
	Summary  string
	Body     []string // paragraphs
	// BodyCitations holds, for each paragraph of Body, the source passages
	// its sentences come from.
	BodyCitations [][]Citation
	Dateline      Dateline
	Date          time.Time // when the event was first reported
	Questions     []Question
	Articles      []Article     // the sources, oldest first
	Flags         int           // how many flags readers raised
	Hidden        map[Item]bool // items hidden by moderators or pending review
	Engine        string        // what wrote it: "offline" or "llm:MODEL"
	Created       time.Time
	Updated       time.Time
}

// FlagReason is why a reader flags content.
type FlagReason string

// The reasons a reader can give.
const (
	Inaccurate FlagReason = "inaccurate"
	Misleading FlagReason = "misleading"
	Offensive  FlagReason = "offensive"
	Spam       FlagReason = "spam"
	Duplicate  FlagReason = "duplicate"
	Copyright  FlagReason = "copyright"
	Other      FlagReason = "other"
)

// FlagReasons lists every reason in the order forms show them.
var FlagReasons = []FlagReason{Inaccurate, Misleading, Offensive, Spam, Duplicate, Copyright, Other}

// ParseFlagReason returns the reason named by s and whether s names one.
func ParseFlagReason(s string) (FlagReason, bool) {
	for _, r := range FlagReasons {
		if string(r) == strings.ToLower(strings.TrimSpace(s)) {
			return r, true
		}
	}
	return "", false
}

// MaxFlagNote is the longest note a flag may carry, in characters.
const MaxFlagNote = 500

// Flag is a reader's report of a problem with an item of a story.
type Flag struct {
	ID      int64
	Ref     string // the public reference: /reports/{ref}
	StoryID int64
	Item    Item // what is flagged: the story, a question or an answer
	Reason  FlagReason
	Note    string
	Links   []string // links to sources that show the problem
	Reader  string   // salted hash telling readers apart; "" when unknown
	Weight  float64  // how much the flag adds to the item's score
	Status  FlagStatus
	Outcome string // the moderator's reason, once decided
	Created time.Time
	Decided time.Time
}

// MaxFlagLinks is how many links a flag may carry.
const MaxFlagLinks = 5

// FlagStatus is where a flag stands.
type FlagStatus string

// The states of a flag.
const (
	FlagOpen      FlagStatus = "open"      // waiting for a moderator
	FlagUpheld    FlagStatus = "upheld"    // a moderator acted on the item
	FlagDismissed FlagStatus = "dismissed" // a moderator found nothing to do
)

// Item names a flaggable part of a story: "story", "question/2" (the second
// question) or "answer/2" (its answer).
type Item string

// StoryItem is the story itself.
const StoryItem Item = "story"

// QuestionItem is the n-th question (from 1) of a story.
func QuestionItem(n int) Item { return Item("question/" + strconv.Itoa(n)) }

// AnswerItem is the answer to the n-th question (from 1) of a story.
func AnswerItem(n int) Item { return Item("answer/" + strconv.Itoa(n)) }

// AskedItem is the reader question with the given ID.
func AskedItem(id int64) Item { return Item("asked/" + strconv.FormatInt(id, 10)) }

// ParseItem reads an item name, checking it against a story with the given
// number of questions. An "asked/ID" item (a reader's question) is only
// checked for form; whether the story has it is for the caller to check.
func ParseItem(s string, questions int) (Item, bool) {
	if s == "" || s == string(StoryItem) {
		return StoryItem, true
	}
	kind, num, ok := strings.Cut(s, "/")
	n, err := strconv.ParseInt(num, 10, 64)
	if !ok || err != nil || n < 1 {
		return "", false
	}
	switch {
	case kind == "asked":
	case (kind == "question" || kind == "answer") && n <= int64(questions):
	default:
		return "", false
	}
	return Item(kind + "/" + strconv.FormatInt(n, 10)), true
}

// AskedID returns the reader question ID of an "asked/ID" item.
func (it Item) AskedID() (int64, bool) {
	num, ok := strings.CutPrefix(string(it), "asked/")
	if !ok {
		return 0, false
	}
	id, err := strconv.ParseInt(num, 10, 64)
	return id, err == nil
}

// ReaderQuestion is a question a reader asked about a story, answered from
// its sources. It is listed publicly only if it passed the question lint
// (and moderators have not hidden it).
type ReaderQuestion struct {
	ID        int64
	StoryID   int64
	Reader    string
	Question  string
	Answer    string // "" when the sources don't say
	Citations []Citation
	Public    bool
	Created   time.Time
}

// Role is what a user of the admin may do.
type Role string

// The roles.
const (
	Moderator Role = "moderator" // review flags, hide, restore, edit stories
	Admin     Role = "admin"     // all that, and manage sources
)

// ParseRole reads a role name.
func ParseRole(s string) (Role, bool) {
	switch Role(s) {
	case Moderator, Admin:
		return Role(s), true
	}
	return "", false
}

// User is a moderator or an admin.
type User struct {
	ID       int64
	Name     string
	Role     Role
	Password string // the argon2id hash, in PHC string form
	Created  time.Time
}
