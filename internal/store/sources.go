package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"tidings/internal/news"
)

const sourceColumns = `id, url, title, site_url, section, etag, last_modified, next_fetch, last_fetch, last_error, error_count, created, paused`

// AddSource subscribes to the feed at src.URL, due at once. Returns
// ErrDuplicate if a source has that URL already.
func (s *Store) AddSource(ctx context.Context, src news.Source) (news.Source, error) {
	now := s.now()
	src.Created, src.NextFetch = now, now
	err := s.write(ctx, func(tx *sql.Tx) error {
		return tx.QueryRowContext(ctx, `INSERT INTO sources (url, title, site_url, section, next_fetch, created)
			VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
			src.URL, src.Title, src.SiteURL, string(src.Section), src.NextFetch, src.Created).Scan(&src.ID)
	})
	if s.dialect.isUnique(err) {
		return src, fmt.Errorf("source %s: %w", src.URL, ErrDuplicate)
	}
	return src, err
}

// Source returns the source with the given id, or ErrNotFound.
func (s *Store) Source(ctx context.Context, id int64) (news.Source, error) {
	src, err := scanSource(s.db.QueryRowContext(ctx, `SELECT `+sourceColumns+` FROM sources WHERE id = $1`, id))
	if errors.Is(err, sql.ErrNoRows) {
		return src, fmt.Errorf("source %d: %w", id, ErrNotFound)
	}
	return src, err
}

// Sources lists every source, oldest first.
func (s *Store) Sources(ctx context.Context) ([]news.Source, error) {
	return s.querySources(ctx, `SELECT `+sourceColumns+` FROM sources ORDER BY id`)
}

// DueSources lists the sources due for a fetch at now, or all of them.
func (s *Store) DueSources(ctx context.Context, now time.Time, all bool) ([]news.Source, error) {
	if all {
		return s.querySources(ctx, `SELECT `+sourceColumns+` FROM sources WHERE paused = FALSE ORDER BY id`)
	}
	return s.querySources(ctx, `SELECT `+sourceColumns+` FROM sources WHERE next_fetch <= $1 AND paused = FALSE ORDER BY next_fetch, id`, now.UTC())
}

// SaveFetch records the outcome of a fetch of src: its validators, title,
// schedule and error state. Returns ErrNotFound if the source is gone.
func (s *Store) SaveFetch(ctx context.Context, src news.Source) error {
	return s.write(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, `UPDATE sources SET title = $1, site_url = $2, etag = $3, last_modified = $4,
			next_fetch = $5, last_fetch = $6, last_error = $7, error_count = $8 WHERE id = $9`,
			src.Title, src.SiteURL, src.ETag, src.LastModified, src.NextFetch.UTC(), nullTime(src.LastFetch),
			src.LastError, src.ErrorCount, src.ID)
		return expectRow(res, err, fmt.Sprintf("source %d", src.ID))
	})
}

func (s *Store) querySources(ctx context.Context, query string, args ...any) ([]news.Source, error) {
	rows, err := s.db.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []news.Source
	for rows.Next() {
		src, err := scanSource(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, src)
	}
	return out, rows.Err()
}

type scanner interface{ Scan(...any) error }

func scanSource(row scanner) (news.Source, error) {
	var src news.Source
	var section string
	var last sql.NullTime
	err := row.Scan(&src.ID, &src.URL, &src.Title, &src.SiteURL, &section, &src.ETag, &src.LastModified,
		&src.NextFetch, &last, &src.LastError, &src.ErrorCount, &src.Created, &src.Paused)
	src.Section = news.Section(section)
	src.LastFetch = timeOf(last)
	src.NextFetch, src.Created = src.NextFetch.UTC(), src.Created.UTC()
	return src, err
}

func expectRow(res sql.Result, err error, what string) error {
	if err != nil {
		return err
	}
	if n, err := res.RowsAffected(); err != nil {
		return err
	} else if n == 0 {
		return fmt.Errorf("%s: %w", what, ErrNotFound)
	}
	return nil
}

// SetPaused pauses (no more fetches) or resumes a source, and records the
// action in the audit log. Returns ErrNotFound if there is no such source.
func (s *Store) SetPaused(ctx context.Context, userID, sourceID int64, paused bool, reason string) error {
	return s.write(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, `UPDATE sources SET paused = $1 WHERE id = $2`, paused, sourceID)
		if err := expectRow(res, err, fmt.Sprintf("source %d", sourceID)); err != nil {
			return err
		}
		action := "resume source"
		if paused {
			action = "pause source"
		}
		return audit(ctx, tx, AuditEntry{UserID: userID, Action: action, Reason: reason,
			After: jsonString(map[string]any{"source": sourceID, "paused": paused}), Created: s.now()})
	})
}

// RemoveSource unsubscribes from a source; its articles and stories stay.
// The removal is recorded in the audit log. Returns ErrNotFound if there is
// no such source.
func (s *Store) RemoveSource(ctx context.Context, userID, sourceID int64, reason string) error {
	return s.write(ctx, func(tx *sql.Tx) error {
		var url string
		err := tx.QueryRowContext(ctx, `SELECT url FROM sources WHERE id = $1`, sourceID).Scan(&url)
		if errors.Is(err, sql.ErrNoRows) {
			return fmt.Errorf("source %d: %w", sourceID, ErrNotFound)
		} else if err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `DELETE FROM sources WHERE id = $1`, sourceID); err != nil {
			return err
		}
		return audit(ctx, tx, AuditEntry{UserID: userID, Action: "remove source", Reason: reason,
			Before: jsonString(map[string]any{"source": sourceID, "url": url}), Created: s.now()})
	})
}

// ClaimSources returns the sources due at now (all unpaused ones if all is
// true) and moves their next fetch hold ahead, in one transaction, so that
// several worker processes never fetch the same source at once. A worker
// that dies holding a claim loses it after hold: the source is due again
// and nothing is lost. The fetch's outcome (SaveFetch) sets the real next
// fetch.
func (s *Store) ClaimSources(ctx context.Context, now time.Time, all bool, hold time.Duration) ([]news.Source, error) {
	var out []news.Source
	err := s.write(ctx, func(tx *sql.Tx) error {
		out = nil
		if err := s.dialect.lock(ctx, tx, "claim-sources"); err != nil {
			return err
		}
		query := `SELECT ` + sourceColumns + ` FROM sources WHERE paused = FALSE AND (next_fetch <= $1 OR $2) ORDER BY next_fetch, id`
		rows, err := tx.QueryContext(ctx, query, now.UTC(), all)
		if err != nil {
			return err
		}
		for rows.Next() {
			src, err := scanSource(rows)
			if err != nil {
				rows.Close()
				return err
			}
			out = append(out, src)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return err
		}
		for _, src := range out {
			if _, err := tx.ExecContext(ctx, `UPDATE sources SET next_fetch = $1 WHERE id = $2`, now.Add(hold).UTC(), src.ID); err != nil {
				return err
			}
		}
		return nil
	})
	return out, err
}
