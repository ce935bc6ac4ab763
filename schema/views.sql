-- Views are recreated after every migration, so they always match the current tables.

-- One row per (event date, source, target, code), in the manner of GDELT's event table:
-- the coder writes one row per mention; analysts usually count distinct events.
CREATE OR REPLACE VIEW event_summary AS
SELECT
    e.dataset,
    e.event_date,
    e.source_code,
    e.target_code,
    e.event_code,
    any_value(e.base_code)       AS base_code,
    any_value(e.root_code)       AS root_code,
    any_value(e.quad_class)      AS quad_class,
    any_value(e.goldstein)       AS goldstein,
    any_value(e.source_country)  AS source_country,
    any_value(e.target_country)  AS target_country,
    sum(e.num_mentions)::BIGINT  AS num_mentions,
    count(DISTINCT (e.article_id, e.sentence_index))
        + count(*) FILTER (WHERE e.article_id IS NULL) AS num_sentences,
    count(DISTINCT e.article_id)
        + coalesce(sum(e.num_articles) FILTER (WHERE e.article_id IS NULL), 0) AS num_articles,
    count(DISTINCT a.source)
        + coalesce(sum(e.num_sources) FILTER (WHERE e.article_id IS NULL), 0) AS num_sources,
    min(e.event_id)              AS first_event_id
FROM events AS e
LEFT JOIN articles AS a USING (article_id)
GROUP BY e.dataset, e.event_date, e.source_code, e.target_code, e.event_code;
