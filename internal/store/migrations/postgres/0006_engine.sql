-- What wrote a story: the offline engine or an LLM model.
ALTER TABLE stories ADD COLUMN engine TEXT NOT NULL DEFAULT 'offline';
