package web

import (
	"encoding/xml"
	"fmt"
	"net/http"
	"strings"
	"time"

	"github.com/gorilla/feeds"

	"tidings/internal/api"
	"tidings/internal/news"
	"tidings/internal/store"
)

// feedSize is how many stories a feed carries.
const feedSize = 50

// base is the site's public address: the configured one, or this request's.
func (s *Server) base(r *http.Request) string {
	if s.BaseURL != "" {
		return s.BaseURL
	}
	scheme := "http"
	if s.TLS || r.TLS != nil {
		scheme = "https"
	}
	return scheme + "://" + r.Host
}

// feed serves /feeds/{name}.{rss,atom,json}: "all" or a section's slug.
// Links are the stories' permanent pages.
func (s *Server) feed(w http.ResponseWriter, r *http.Request) {
	name, format, ok := strings.Cut(r.PathValue("file"), ".")
	var sec news.Section
	if ok && name != "all" {
		sec, ok = news.ParseSection(name)
	}
	if !ok {
		s.fail(w, r, fmt.Errorf("feed %q: %w", r.PathValue("file"), store.ErrNotFound))
		return
	}
	stories, err := s.store.Stories(r.Context(), store.StoryFilter{Section: sec, Limit: feedSize})
	if err != nil {
		s.fail(w, r, err)
		return
	}
	f := s.buildFeed(r, sec, stories)
	var body string
	switch format {
	case "rss":
		w.Header().Set("Content-Type", "application/rss+xml; charset=utf-8")
		body, err = f.ToRss()
	case "atom":
		w.Header().Set("Content-Type", "application/atom+xml; charset=utf-8")
		body, err = f.ToAtom()
	case "json":
		w.Header().Set("Content-Type", "application/feed+json; charset=utf-8")
		body, err = f.ToJSON()
	default:
		err = fmt.Errorf("feed format %q: %w", format, store.ErrNotFound)
	}
	if err != nil {
		w.Header().Del("Content-Type")
		s.fail(w, r, err)
		return
	}
	w.Header().Set("Cache-Control", "public, max-age=300")
	fmt.Fprint(w, body)
}

func (s *Server) buildFeed(r *http.Request, sec news.Section, stories []news.Story) *feeds.Feed {
	base := s.base(r)
	title, link := "Tidings", base+"/"
	if sec != "" {
		title, link = "Tidings: "+string(sec), base+"/section/"+sec.Slug()
	}
	f := &feeds.Feed{Title: title, Link: &feeds.Link{Href: link}, Id: link, Author: &feeds.Author{Name: "Tidings"},
		Description: "Stories written from the reporting they link to.", Updated: time.Now().UTC()}
	if len(stories) > 0 {
		f.Updated = stories[0].Updated
	}
	for _, st := range stories {
		u := base + api.StoryPath(st.ID)
		f.Items = append(f.Items, &feeds.Item{
			Id: u, Title: st.Headline, Link: &feeds.Link{Href: u}, Description: st.Summary,
			Created: st.Date, Updated: st.Updated,
		})
	}
	return f
}

// sitemap lists the home, section and story pages.
func (s *Server) sitemap(w http.ResponseWriter, r *http.Request) {
	stories, err := s.store.Stories(r.Context(), store.StoryFilter{Limit: 50000})
	if err != nil {
		s.fail(w, r, err)
		return
	}
	base := s.base(r)
	type url struct {
		Loc     string `xml:"loc"`
		LastMod string `xml:"lastmod,omitempty"`
	}
	set := struct {
		XMLName xml.Name `xml:"urlset"`
		NS      string   `xml:"xmlns,attr"`
		URLs    []url    `xml:"url"`
	}{NS: "http://www.sitemaps.org/schemas/sitemap/0.9", URLs: []url{{Loc: base + "/"}}}
	for _, sec := range news.Sections {
		set.URLs = append(set.URLs, url{Loc: base + "/section/" + sec.Slug()})
	}
	for _, st := range stories {
		set.URLs = append(set.URLs, url{Loc: base + api.StoryPath(st.ID), LastMod: st.Updated.Format(time.RFC3339)})
	}
	writeXML(w, set)
}

// newsSitemap is the Google News sitemap: stories of the last two days.
func (s *Server) newsSitemap(w http.ResponseWriter, r *http.Request) {
	stories, err := s.store.Stories(r.Context(), store.StoryFilter{Limit: 1000})
	if err != nil {
		s.fail(w, r, err)
		return
	}
	base := s.base(r)
	type publication struct {
		Name     string `xml:"news:name"`
		Language string `xml:"news:language"`
	}
	type newsItem struct {
		Publication publication `xml:"news:publication"`
		Date        string      `xml:"news:publication_date"`
		Title       string      `xml:"news:title"`
	}
	type url struct {
		Loc  string   `xml:"loc"`
		News newsItem `xml:"news:news"`
	}
	set := struct {
		XMLName xml.Name `xml:"urlset"`
		NS      string   `xml:"xmlns,attr"`
		NewsNS  string   `xml:"xmlns:news,attr"`
		URLs    []url    `xml:"url"`
	}{NS: "http://www.sitemaps.org/schemas/sitemap/0.9", NewsNS: "http://www.google.com/schemas/sitemap-news/0.9"}
	cutoff := time.Now().Add(-48 * time.Hour)
	for _, st := range stories {
		if st.Created.Before(cutoff) {
			continue
		}
		set.URLs = append(set.URLs, url{Loc: base + api.StoryPath(st.ID), News: newsItem{
			Publication: publication{Name: "Tidings", Language: "en"},
			Date:        st.Created.Format(time.RFC3339), Title: st.Headline}})
	}
	writeXML(w, set)
}

func writeXML(w http.ResponseWriter, v any) {
	w.Header().Set("Content-Type", "application/xml; charset=utf-8")
	w.Header().Set("Cache-Control", "public, max-age=300")
	fmt.Fprint(w, xml.Header)
	enc := xml.NewEncoder(w)
	enc.Indent("", " ")
	enc.Encode(v)
}
