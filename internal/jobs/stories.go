package jobs

import (
	"context"
	"errors"
	"fmt"
	"time"

	"tidings/internal/cluster"
	"tidings/internal/compose"
	"tidings/internal/news"
)

// desk places new articles in stories: it owns the clusterer, and maps the
// clusterer's story keys (the ID of the article that started each story) to
// stored story IDs. Only one goroutine uses it at a time (Pipeline.mu).
type desk struct {
	clusterer *cluster.Clusterer
	stories   map[int64]int64 // cluster key -> story ID
}

// loadDesk rebuilds the clusterer from the articles of the last window.
func (p *Pipeline) loadDesk(ctx context.Context) (*desk, error) {
	opts := cluster.DefaultOptions()
	d := &desk{clusterer: cluster.New(opts), stories: map[int64]int64{}}
	placed, err := p.Store.PlacedSince(ctx, p.now().Add(-opts.Window))
	if err != nil {
		return nil, fmt.Errorf("restore clusters: %w", err)
	}
	keyOf := map[int64]int64{} // story ID -> cluster key: its oldest article in the window
	for _, pa := range placed {
		key, ok := keyOf[pa.StoryID]
		if !ok {
			key = pa.ID
			keyOf[pa.StoryID], d.stories[key] = key, pa.StoryID
		}
		d.clusterer.Restore(pa.Article, key)
	}
	return d, nil
}

// place puts one stored article in a story: a new story, an existing one
// (written anew from all its sources), or, for a syndicated copy, an
// existing one left as it is. Stories that the article shows to be one are
// merged, the older keeping its ID.
func (p *Pipeline) place(ctx context.Context, a news.Article, sections map[int64]news.Section) error {
	asg := p.desk.clusterer.Add(a)
	if asg.DuplicateOf != 0 {
		if err := p.Store.SetCopyOf(ctx, a.ID, asg.DuplicateOf); err != nil {
			return err
		}
		a.CopyOf = asg.DuplicateOf
	}
	storyID, known := p.desk.stories[asg.Story]
	if asg.New || !known {
		st, err := p.compose(ctx, compose.Input{Articles: []news.Article{a}, Section: sections[a.SourceID]})
		if st, err = p.save(ctx, st, err); err != nil {
			return err
		}
		p.desk.stories[asg.Story] = st.ID
		return p.mergeInto(ctx, st.ID, asg.Merged)
	}
	if err := p.mergeInto(ctx, storyID, asg.Merged); err != nil {
		return err
	}
	if asg.DuplicateOf != 0 && len(asg.Merged) == 0 {
		return p.Store.AddToStory(ctx, storyID, a.ID)
	}
	return p.rewrite(ctx, storyID, a, sections)
}

// mergeInto merges the stories of the given cluster keys into storyID.
func (p *Pipeline) mergeInto(ctx context.Context, storyID int64, keys []int64) error {
	for _, k := range keys {
		from, ok := p.desk.stories[k]
		delete(p.desk.stories, k)
		if !ok || from == storyID {
			continue
		}
		if err := p.Store.MergeStories(ctx, from, storyID); err != nil {
			return fmt.Errorf("merge story %d into %d: %w", from, storyID, err)
		}
	}
	return nil
}

// rewrite writes a story anew from all its articles and a, keeping its ID.
func (p *Pipeline) rewrite(ctx context.Context, storyID int64, a news.Article, sections map[int64]news.Section) error {
	old, err := p.Store.Story(ctx, storyID)
	if err != nil {
		return err
	}
	articles := append(old.Articles, a)
	st, err := p.compose(ctx, compose.Input{Articles: writingSet(articles), Section: sections[articles[0].SourceID]})
	st.ID, st.Articles = storyID, articles
	_, err = p.save(ctx, st, err)
	return err
}

// save stores a composed story. A story that the faithfulness gate held
// (compose.ErrUnsupported) is stored hidden, in the moderators' queue, with
// the gate's finding as its flag; other compose errors store nothing.
func (p *Pipeline) save(ctx context.Context, st news.Story, composeErr error) (news.Story, error) {
	if composeErr != nil && !errors.Is(composeErr, compose.ErrUnsupported) {
		return st, composeErr
	}
	st, err := p.Store.SaveStory(ctx, st)
	if err != nil || composeErr == nil {
		return st, err
	}
	p.Logger.Warn("story held for review by the faithfulness gate", "story_id", st.ID, "err", composeErr)
	return st, p.Store.Hold(ctx, st.ID, composeErr.Error())
}

// maxWritingSet caps how many articles a story is written from, so that a
// story with hundreds of sources costs no more to rewrite than one with a
// dozen.
const maxWritingSet = 10

// writingSet picks the articles a story is written from: copies left out
// (their original speaks for them), then the first three reports and the
// newest others.
func writingSet(articles []news.Article) []news.Article {
	var own []news.Article
	for _, a := range articles {
		if a.CopyOf == 0 {
			own = append(own, a)
		}
	}
	if len(own) == 0 {
		own = articles
	}
	if len(own) <= maxWritingSet {
		return own
	}
	return append(own[:3:3], own[len(own)-(maxWritingSet-3):]...)
}

// composeTimeout bounds the writing of one story (an LLM engine may retry).
const composeTimeout = 3 * time.Minute

func (p *Pipeline) compose(ctx context.Context, in compose.Input) (news.Story, error) {
	ctx, cancel := context.WithTimeout(ctx, composeTimeout)
	defer cancel()
	return p.Composer.Compose(ctx, in)
}
