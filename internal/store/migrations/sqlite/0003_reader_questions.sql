-- Questions that readers ask about a story, answered from its sources.
CREATE TABLE reader_questions (
	id        INTEGER PRIMARY KEY,
	story_id  INTEGER NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
	reader    TEXT NOT NULL DEFAULT '',
	question  TEXT NOT NULL,
	answer    TEXT NOT NULL DEFAULT '',
	citations TEXT NOT NULL DEFAULT '[]',
	public    INTEGER NOT NULL DEFAULT 0,
	created   TIMESTAMP NOT NULL
);
CREATE INDEX reader_questions_story ON reader_questions(story_id, id);
CREATE INDEX reader_questions_reader ON reader_questions(reader, created);
