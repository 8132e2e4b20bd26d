-- Full-text search over stories: one row per story, rowid = story id. The
-- table and its key are named as SQLite's FTS5 table is, so the statements
-- that keep the index are the same on both databases.
--
-- The configuration "tidings" is English with stemming and with accents
-- folded (unaccent, a trusted extension shipped with PostgreSQL: the
-- role that migrates needs CREATE on the database).
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE TEXT SEARCH CONFIGURATION tidings (COPY = english);
ALTER TEXT SEARCH CONFIGURATION tidings
	ALTER MAPPING FOR asciiword, asciihword, hword_asciipart, word, hword, hword_part
	WITH unaccent, english_stem;

CREATE TABLE stories_fts (
	rowid    BIGINT PRIMARY KEY REFERENCES stories(id) ON DELETE CASCADE,
	headline TEXT NOT NULL,
	summary  TEXT NOT NULL,
	body     TEXT NOT NULL,
	doc      TSVECTOR GENERATED ALWAYS AS (
		setweight(to_tsvector('tidings', headline), 'A') ||
		setweight(to_tsvector('tidings', summary), 'B') ||
		setweight(to_tsvector('tidings', body), 'C')) STORED
);
CREATE INDEX stories_fts_doc ON stories_fts USING GIN (doc);

INSERT INTO stories_fts (rowid, headline, summary, body)
	SELECT id, headline, summary,
		coalesce((SELECT string_agg(value, E'\n') FROM json_array_elements_text(stories.body::json)), '')
	FROM stories;
