package api

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"strconv"
	"strings"

	"tidings/internal/metrics"
	"tidings/internal/moderate"
	"tidings/internal/news"
	"tidings/internal/store"
)

// Handlers serves the JSON API. Its methods are http.HandlerFuncs, routed by
// the web package's route table.
type Handlers struct {
	Store      *store.Store
	Moderation *moderate.Service
	Logger     *slog.Logger
	Metrics    *metrics.Metrics // nil: no metrics
}

// ErrBadRequest marks errors in what a client sent.
var ErrBadRequest = news.ErrInvalid

// ListStories answers GET /api/stories?section=&limit=&before=: the newest
// stories, and in "next" the cursor for the page after.
func (h *Handlers) ListStories(w http.ResponseWriter, r *http.Request) {
	f, err := storyFilter(r)
	if err != nil {
		h.fail(w, r, err)
		return
	}
	stories, err := h.Store.Stories(r.Context(), f)
	if err != nil {
		h.fail(w, r, err)
		return
	}
	out := struct {
		Stories []Document `json:"stories"`
		Next    string     `json:"next,omitempty"`
	}{Stories: make([]Document, 0, len(stories))}
	for _, st := range stories {
		out.Stories = append(out.Stories, StoryDocument(st))
	}
	if len(stories) == f.Limit {
		out.Next = strconv.FormatInt(stories[len(stories)-1].ID, 10)
	}
	writeRead(w, r, out)
}

func storyFilter(r *http.Request) (store.StoryFilter, error) {
	q := r.URL.Query()
	f := store.StoryFilter{Limit: 20}
	if s := q.Get("section"); s != "" {
		sec, ok := news.ParseSection(s)
		if !ok {
			return f, fmt.Errorf("%w: unknown section %q", ErrBadRequest, s)
		}
		f.Section = sec
	}
	if s := q.Get("limit"); s != "" {
		n, err := strconv.Atoi(s)
		if err != nil || n < 1 || n > 100 {
			return f, fmt.Errorf("%w: limit must be a number from 1 to 100", ErrBadRequest)
		}
		f.Limit = n
	}
	if s := q.Get("before"); s != "" {
		n, err := strconv.ParseInt(s, 10, 64)
		if err != nil || n < 1 {
			return f, fmt.Errorf("%w: before must be a story id (the next cursor of a previous page)", ErrBadRequest)
		}
		f.Before = n
	}
	return f, nil
}

// GetStory answers GET /api/stories/{id}.
func (h *Handlers) GetStory(w http.ResponseWriter, r *http.Request) {
	id, err := StoryID(r)
	if err != nil {
		h.fail(w, r, err)
		return
	}
	st, err := h.Store.Story(r.Context(), id)
	if err != nil {
		h.fail(w, r, err)
		return
	}
	d := StoryDocument(st)
	if !d.Hidden {
		asked, err := h.Store.PublicReaderQuestions(r.Context(), id, 50)
		if err != nil {
			h.fail(w, r, err)
			return
		}
		d.ReaderQuestions = make([]ReaderQuestion, 0, len(asked))
		for _, q := range asked {
			d.ReaderQuestions = append(d.ReaderQuestions, readerQuestion(q))
		}
	}
	writeRead(w, r, d)
}

// PostFlag answers POST /api/stories/{id}/flags with {"reason", "note",
// "item", "links"}: 201 and the stored flag with its report reference.
func (h *Handlers) PostFlag(w http.ResponseWriter, r *http.Request) {
	id, err := StoryID(r)
	if err != nil {
		h.fail(w, r, err)
		return
	}
	var in struct {
		Reason string   `json:"reason"`
		Note   string   `json:"note"`
		Item   string   `json:"item"`
		Links  []string `json:"links"`
	}
	dec := json.NewDecoder(http.MaxBytesReader(w, r.Body, 16<<10))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&in); err != nil {
		h.fail(w, r, fmt.Errorf("%w: body must be JSON like {\"reason\": \"inaccurate\", \"note\": \"...\"}: %v", ErrBadRequest, err))
		return
	}
	st, err := h.Store.Story(r.Context(), id)
	if err != nil {
		h.fail(w, r, err)
		return
	}
	f, err := h.Moderation.Flag(r.Context(), moderate.Report{StoryID: id, Item: in.Item, Reason: in.Reason, Note: in.Note,
		Links: in.Links, Reader: h.Moderation.Reader(ClientAddr(r), "")}, len(st.Questions))
	if err != nil {
		h.fail(w, r, err)
		return
	}
	h.Metrics.Flagged(string(f.Reason))
	writeJSON(w, http.StatusCreated, map[string]any{
		"id": f.ID, "ref": f.Ref, "report": "/reports/" + f.Ref, "story": f.StoryID, "item": f.Item,
		"reason": f.Reason, "note": f.Note, "links": nonNil(f.Links), "status": f.Status, "created": rfc3339(f.Created),
	})
}

// ClientAddr is the address a request came from, without the port.
func ClientAddr(r *http.Request) string {
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		return r.RemoteAddr
	}
	return host
}

// StoryID reads the {id} path value. Returns an ErrBadRequest error if it
// is not a positive integer.
func StoryID(r *http.Request) (int64, error) {
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err != nil || id < 1 {
		return 0, fmt.Errorf("%w: story id must be a positive integer", ErrBadRequest)
	}
	return id, nil
}

// Status maps an error's kind to an HTTP status.
func Status(err error) int {
	switch {
	case errors.Is(err, store.ErrNotFound):
		return http.StatusNotFound
	case errors.As(err, new(*store.MovedError)):
		return http.StatusGone
	case errors.Is(err, ErrBadRequest):
		return http.StatusBadRequest
	case errors.Is(err, store.ErrDuplicate):
		return http.StatusConflict
	case errors.Is(err, store.ErrLimit):
		return http.StatusTooManyRequests
	case errors.Is(err, moderate.ErrLogin):
		return http.StatusUnauthorized
	case errors.Is(err, context.Canceled):
		return 499
	default:
		return http.StatusInternalServerError
	}
}

// Message is what a client is told of err: the error itself for a client
// mistake, a plain phrase for anything else.
func Message(err error) string {
	switch Status(err) {
	case http.StatusBadRequest:
		return strings.TrimPrefix(err.Error(), ErrBadRequest.Error()+": ")
	case http.StatusNotFound:
		return "not found"
	case http.StatusGone:
		return err.Error()
	case http.StatusConflict:
		return "you have reported this already, for the same reason; moderators will see it"
	case http.StatusTooManyRequests:
		return "you have reached today's limit of reports; thank you, and please try again tomorrow"
	case http.StatusUnauthorized:
		return moderate.ErrLogin.Error()
	default:
		return "internal error; the operator can find it in the log"
	}
}

func (h *Handlers) fail(w http.ResponseWriter, r *http.Request, err error) {
	var moved *store.MovedError
	if errors.As(err, &moved) && r.Method == http.MethodGet {
		http.Redirect(w, r, "/api"+StoryPath(moved.To), http.StatusMovedPermanently)
		return
	}
	status := Status(err)
	if status >= 500 {
		h.Logger.Error("api request failed", "method", r.Method, "path", r.URL.Path, "err", err)
	}
	writeJSON(w, status, map[string]string{"error": Message(err)})
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.Encode(v)
}

// writeRead answers a read (GET) with JSON, an ETag and a short public
// cache lifetime; a request whose If-None-Match has the ETag gets 304.
func writeRead(w http.ResponseWriter, r *http.Request, v any) {
	body, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		writeJSON(w, http.StatusInternalServerError, map[string]string{"error": "internal error"})
		return
	}
	sum := sha256.Sum256(body)
	etag := `"` + hex.EncodeToString(sum[:12]) + `"`
	h := w.Header()
	h.Set("ETag", etag)
	h.Set("Cache-Control", "public, max-age=60")
	if match := r.Header.Get("If-None-Match"); match != "" && strings.Contains(match, etag) {
		w.WriteHeader(http.StatusNotModified)
		return
	}
	h.Set("Content-Type", "application/json; charset=utf-8")
	w.Write(append(body, '\n'))
}

// PostQuestion answers POST /api/stories/{id}/questions with {"question"}:
// 201 and the answer from the sources, with citations, and whether the
// question is listed publicly.
func (h *Handlers) PostQuestion(w http.ResponseWriter, r *http.Request) {
	id, err := StoryID(r)
	if err != nil {
		h.fail(w, r, err)
		return
	}
	var in struct {
		Question string `json:"question"`
	}
	dec := json.NewDecoder(http.MaxBytesReader(w, r.Body, 8<<10))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&in); err != nil {
		h.fail(w, r, fmt.Errorf("%w: body must be JSON like {\"question\": \"...?\"}: %v", ErrBadRequest, err))
		return
	}
	st, err := h.Store.Story(r.Context(), id)
	if err != nil {
		h.fail(w, r, err)
		return
	}
	if st.Hidden[news.StoryItem] {
		h.fail(w, r, fmt.Errorf("%w: this story is hidden while moderators review it", ErrBadRequest))
		return
	}
	q, err := h.Moderation.Ask(r.Context(), st, in.Question, h.Moderation.Reader(ClientAddr(r), ""))
	if err != nil {
		h.fail(w, r, err)
		return
	}
	writeJSON(w, http.StatusCreated, readerQuestion(q))
}

// ReaderQuestion is a reader's question as the API gives it.
type ReaderQuestion struct {
	ID        int64      `json:"id"`
	Question  string     `json:"question"`
	Answer    string     `json:"answer"`
	Citations []Citation `json:"citations"`
	Public    bool       `json:"public"`
	Item      string     `json:"item"` // to flag it
}

func readerQuestion(q news.ReaderQuestion) ReaderQuestion {
	cites := make([]Citation, 0, len(q.Citations))
	for _, c := range q.Citations {
		cites = append(cites, Citation{ID: c.ArticleID, Quote: c.Quote})
	}
	return ReaderQuestion{ID: q.ID, Question: q.Question, Answer: q.Answer, Citations: cites, Public: q.Public,
		Item: string(news.AskedItem(q.ID))}
}

// Search answers GET /api/search?q=&limit=: stories matching every word of
// q, best first, each with a snippet whose matches are wrapped in
// [[ and ]].
func (h *Handlers) Search(w http.ResponseWriter, r *http.Request) {
	q := strings.TrimSpace(r.URL.Query().Get("q"))
	if q == "" || len(q) > 200 {
		h.fail(w, r, fmt.Errorf("%w: q must be 1 to 200 characters", ErrBadRequest))
		return
	}
	limit := 20
	if s := r.URL.Query().Get("limit"); s != "" {
		n, err := strconv.Atoi(s)
		if err != nil || n < 1 || n > 100 {
			h.fail(w, r, fmt.Errorf("%w: limit must be a number from 1 to 100", ErrBadRequest))
			return
		}
		limit = n
	}
	hits, err := h.Store.Search(r.Context(), q, limit)
	if err != nil {
		h.fail(w, r, err)
		return
	}
	type result struct {
		Document
		Snippet string `json:"snippet"`
	}
	out := struct {
		Results []result `json:"results"`
	}{Results: make([]result, 0, len(hits))}
	marks := strings.NewReplacer(store.MarkStart, "[[", store.MarkEnd, "]]")
	for _, hit := range hits {
		out.Results = append(out.Results, result{StoryDocument(hit.Story), marks.Replace(hit.Snippet)})
	}
	writeRead(w, r, out)
}
