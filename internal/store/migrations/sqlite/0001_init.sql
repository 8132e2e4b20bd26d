CREATE TABLE sources (
	id            INTEGER PRIMARY KEY,
	url           TEXT NOT NULL UNIQUE,
	title         TEXT NOT NULL DEFAULT '',
	site_url      TEXT NOT NULL DEFAULT '',
	section       TEXT NOT NULL DEFAULT '',
	etag          TEXT NOT NULL DEFAULT '',
	last_modified TEXT NOT NULL DEFAULT '',
	next_fetch    TIMESTAMP NOT NULL,
	last_fetch    TIMESTAMP,
	last_error    TEXT NOT NULL DEFAULT '',
	error_count   INTEGER NOT NULL DEFAULT 0,
	created       TIMESTAMP NOT NULL
);

CREATE TABLE articles (
	id         INTEGER PRIMARY KEY,
	source_id  INTEGER REFERENCES sources(id) ON DELETE SET NULL,
	url        TEXT NOT NULL UNIQUE,
	text_hash  TEXT UNIQUE,
	title      TEXT NOT NULL DEFAULT '',
	byline     TEXT NOT NULL DEFAULT '',
	site       TEXT NOT NULL DEFAULT '',
	published  TIMESTAMP,
	text       TEXT NOT NULL DEFAULT '',
	categories TEXT NOT NULL DEFAULT '[]',
	lang       TEXT NOT NULL DEFAULT '',
	image_url  TEXT NOT NULL DEFAULT '',
	fetched    TIMESTAMP NOT NULL
);

CREATE TABLE stories (
	id         INTEGER PRIMARY KEY,
	section    TEXT NOT NULL,
	headline   TEXT NOT NULL,
	summary    TEXT NOT NULL DEFAULT '',
	body       TEXT NOT NULL DEFAULT '[]',
	citations  TEXT NOT NULL DEFAULT '[]',
	dateline   TEXT NOT NULL DEFAULT '{}',
	date       TIMESTAMP NOT NULL,
	questions  TEXT NOT NULL DEFAULT '[]',
	created    TIMESTAMP NOT NULL,
	updated    TIMESTAMP NOT NULL
);
CREATE INDEX stories_section_id ON stories(section, id);

CREATE TABLE story_articles (
	story_id   INTEGER NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
	article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
	PRIMARY KEY (story_id, article_id)
);
CREATE INDEX story_articles_article ON story_articles(article_id);

CREATE TABLE flags (
	id       INTEGER PRIMARY KEY,
	story_id INTEGER NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
	reason   TEXT NOT NULL,
	note     TEXT NOT NULL DEFAULT '',
	created  TIMESTAMP NOT NULL
);
CREATE INDEX flags_story ON flags(story_id);

CREATE TABLE meta (
	key   TEXT PRIMARY KEY,
	value TEXT NOT NULL
);
