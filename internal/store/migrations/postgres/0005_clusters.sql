-- A story merged into another redirects to it; an article that copies
-- another (syndicated wire copy) is folded under it.
ALTER TABLE stories ADD COLUMN merged_into BIGINT REFERENCES stories(id);
ALTER TABLE articles ADD COLUMN copy_of BIGINT REFERENCES articles(id);
CREATE INDEX articles_copy_of ON articles(copy_of);
