-- Flags on any item of a story, told apart by reader, with a public
-- reference, a weight and a decision.
ALTER TABLE flags ADD COLUMN item TEXT NOT NULL DEFAULT 'story';
ALTER TABLE flags ADD COLUMN reader TEXT NOT NULL DEFAULT '';
ALTER TABLE flags ADD COLUMN links TEXT NOT NULL DEFAULT '[]';
ALTER TABLE flags ADD COLUMN weight REAL NOT NULL DEFAULT 1;
ALTER TABLE flags ADD COLUMN ref TEXT;
ALTER TABLE flags ADD COLUMN status TEXT NOT NULL DEFAULT 'open';
ALTER TABLE flags ADD COLUMN outcome TEXT NOT NULL DEFAULT '';
ALTER TABLE flags ADD COLUMN decided TIMESTAMP;
CREATE UNIQUE INDEX flags_ref ON flags(ref);
CREATE UNIQUE INDEX flags_once ON flags(story_id, item, reader, reason) WHERE reader <> '';
CREATE INDEX flags_reader_created ON flags(reader, created);

-- The moderation state of each flagged item: its summed flag score and
-- whether it is hidden.
CREATE TABLE items (
	story_id INTEGER NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
	item     TEXT NOT NULL,
	score    REAL NOT NULL DEFAULT 0,
	hidden   INTEGER NOT NULL DEFAULT 0,
	reviewed TIMESTAMP,
	updated  TIMESTAMP NOT NULL,
	PRIMARY KEY (story_id, item)
);

CREATE TABLE users (
	id       INTEGER PRIMARY KEY,
	name     TEXT NOT NULL UNIQUE,
	role     TEXT NOT NULL,
	password TEXT NOT NULL,
	created  TIMESTAMP NOT NULL
);

CREATE TABLE sessions (
	token_hash TEXT PRIMARY KEY,
	user_id    INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
	created    TIMESTAMP NOT NULL,
	expires    TIMESTAMP NOT NULL
);
CREATE INDEX sessions_user ON sessions(user_id);

CREATE TABLE login_failures (
	key     TEXT NOT NULL,
	created TIMESTAMP NOT NULL
);
CREATE INDEX login_failures_key ON login_failures(key, created);

-- Every moderator action, never deleted.
CREATE TABLE audit (
	id       INTEGER PRIMARY KEY,
	user_id  INTEGER REFERENCES users(id),
	action   TEXT NOT NULL,
	story_id INTEGER,
	item     TEXT NOT NULL DEFAULT '',
	reason   TEXT NOT NULL DEFAULT '',
	before   TEXT NOT NULL DEFAULT '',
	after    TEXT NOT NULL DEFAULT '',
	created  TIMESTAMP NOT NULL
);
CREATE INDEX audit_story ON audit(story_id);

-- Public corrections of published stories.
CREATE TABLE corrections (
	id       INTEGER PRIMARY KEY,
	story_id INTEGER NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
	what     TEXT NOT NULL,
	created  TIMESTAMP NOT NULL
);
CREATE INDEX corrections_story ON corrections(story_id);

ALTER TABLE sources ADD COLUMN paused INTEGER NOT NULL DEFAULT 0;
