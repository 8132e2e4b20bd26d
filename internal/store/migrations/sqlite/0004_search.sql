-- Full-text search over stories: one row per story, rowid = story id.
CREATE VIRTUAL TABLE stories_fts USING fts5(headline, summary, body, tokenize = 'porter unicode61 remove_diacritics 2');
INSERT INTO stories_fts (rowid, headline, summary, body)
	SELECT id, headline, summary, (SELECT group_concat(value, char(10)) FROM json_each(stories.body)) FROM stories;
