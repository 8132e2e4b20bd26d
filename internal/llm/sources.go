package llm

import (
	"fmt"
	"regexp"
	"strings"

	"tidings/internal/news"
	"tidings/internal/text"
)

// Limits of what goes into a prompt.
const (
	maxPromptChars   = 24000 // all sources together
	minSourceChars   = 2000  // each source gets at least this share
	maxSourceTitle   = 300
	maxPromptSources = 12
)

// Sources reach the model as data between <source id="N"> and </source>;
// anything in their text that looks like such a tag, or like a chat
// template's control token, is removed so that no source can close its
// own block or open a message of another role.
var (
	tagLikeRE = regexp.MustCompile(`(?i)[<＜﹤〈‹]\s*/?\s*(source|sources|story|system|user|assistant|instructions?|prompt|im_start|im_end|s)\b[^>＞﹥〉›]*[>＞﹥〉›]`)
	tokenRE   = regexp.MustCompile(`(?i)<\|[^|>]{0,40}\|>|\[/?INST\]|<</?SYS>>`)
)

// instructionRE matches sentences that address a language model rather
// than report news: a prompt injection planted in a page. They are removed
// from what the model reads and from what its output is checked against,
// so output that obeys them is unsupported.
var instructionRE = regexp.MustCompile(`(?i)\b(ignore|disregard|forget|override)\b[^.!?]{0,60}\b(instructions?|prompts?|rules|directions|guidelines|directives)\b` +
	`|\b(system prompt|new instructions?|developer mode|jailbreak)\b` +
	`|\byou are (now )?(an? )?(ai|assistant|language model|chatbot|llm)\b` +
	`|\bas an? (ai|language model)\b` +
	`|(?:^|[>\n])\s*(system|assistant|developer)\s*:` +
	`|\b(assistants?|ai|models?|llms?|chatbots?|writers?)\s*[:,]\s*(please\s+)?(write|say|output|print|respond|include|add)\b`)

// sanitize removes delimiter look-alikes and control tokens from source
// text, again until none is left: removing one must not make another
// ("<</source>/source>").
func sanitize(s string) string {
	for {
		t := tokenRE.ReplaceAllString(tagLikeRE.ReplaceAllString(s, " "), " ")
		if t == s {
			return t
		}
		s = t
	}
}

// withoutInstructions returns the articles with every sentence that
// addresses a model removed from their texts and titles. The quotes of
// citations come from these texts, which are the articles' own sentences.
func withoutInstructions(articles []news.Article) []news.Article {
	out := make([]news.Article, len(articles))
	for i, a := range articles {
		out[i] = a
		if instructionRE.MatchString(a.Title) {
			out[i].Title = ""
		}
		var paras []string
		for _, p := range a.Paragraphs() {
			var keep []string
			for _, s := range text.Sentences(p) {
				if !instructionRE.MatchString(s) {
					keep = append(keep, s)
				}
			}
			if len(keep) > 0 {
				paras = append(paras, strings.Join(keep, " "))
			}
		}
		out[i].Text = strings.Join(paras, "\n\n")
	}
	return out
}

// sourceBlocks writes the articles as numbered, delimited source blocks,
// id N for articles[N-1], each cut to its share of the prompt.
func sourceBlocks(articles []news.Article) string {
	share := max(minSourceChars, maxPromptChars/max(len(articles), 1))
	var b strings.Builder
	for i, a := range articles {
		fmt.Fprintf(&b, "<source id=\"%d\">\n", i+1)
		if t := oneLine(sanitize(a.Title), maxSourceTitle); t != "" {
			fmt.Fprintf(&b, "Title: %s\n", t)
		}
		if s := oneLine(sanitize(a.Site), 100); s != "" {
			fmt.Fprintf(&b, "Publisher: %s\n", s)
		}
		if !a.Published.IsZero() {
			fmt.Fprintf(&b, "Published: %s\n", a.Published.UTC().Format("2006-01-02 15:04 MST"))
		}
		b.WriteString("\n")
		b.WriteString(cutParagraphs(sanitize(a.Text), share))
		b.WriteString("\n</source>\n\n")
	}
	return b.String()
}

func oneLine(s string, n int) string {
	s = text.NormalizeSpace(s)
	if r := []rune(s); len(r) > n {
		s = string(r[:n])
	}
	return s
}

// cutParagraphs keeps whole paragraphs of s up to n bytes (at least the
// first, cut at n).
func cutParagraphs(s string, n int) string {
	var b strings.Builder
	for _, p := range news.SplitParagraphs(s) {
		p = text.NormalizeSpace(p)
		if b.Len()+len(p)+2 > n {
			if b.Len() == 0 {
				b.WriteString(clip(p, n))
			}
			break
		}
		if b.Len() > 0 {
			b.WriteString("\n\n")
		}
		b.WriteString(p)
	}
	return b.String()
}

// usable returns the articles worth sending, at most maxPromptSources.
func usable(articles []news.Article) []news.Article {
	var out []news.Article
	for _, a := range articles {
		if strings.TrimSpace(a.Text) != "" && len(out) < maxPromptSources {
			out = append(out, a)
		}
	}
	return out
}
