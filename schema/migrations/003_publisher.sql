-- Version 3: the publisher an imported event was coded from (ICEWS Publisher when it is a
-- name rather than a URL, the first of Phoenix's NewsSources). Coded articles keep theirs in
-- articles.source.

ALTER TABLE events ADD COLUMN publisher VARCHAR;
