-- eventdb schema, version 1: articles, sentences, coded events and CAMEO reference tables.
-- Column names follow GDELT/ICEWS meaning in snake_case; docs/schema.md documents each one.

CREATE TABLE meta (
    key VARCHAR PRIMARY KEY,
    value VARCHAR NOT NULL
);

CREATE TABLE articles (
    article_id  VARCHAR PRIMARY KEY,   -- sha256 of the normalised text, first 16 hex digits
    external_id VARCHAR,               -- the id the input gave (JSONL/CSV `id`)
    title       VARCHAR,
    source      VARCHAR,               -- publisher, e.g. Reuters
    url         VARCHAR,
    pub_date    DATE NOT NULL,
    text        VARCHAR NOT NULL,      -- normalised text; sentence offsets point into it
    origin      VARCHAR,               -- file (and line) the article was read from
    ingested_at TIMESTAMP NOT NULL
);

CREATE TABLE sentences (
    article_id     VARCHAR NOT NULL,
    sentence_index INTEGER NOT NULL,
    text           VARCHAR NOT NULL,
    char_start     INTEGER NOT NULL,
    char_end       INTEGER NOT NULL,
    PRIMARY KEY (article_id, sentence_index)
);

CREATE TABLE events (
    event_id           VARCHAR NOT NULL,
    article_id         VARCHAR,
    sentence_index     INTEGER,
    trigger_text       VARCHAR,
    trigger_start      INTEGER,        -- character offsets of the trigger in the sentence
    trigger_end        INTEGER,
    event_date         DATE NOT NULL,
    date_precision     VARCHAR NOT NULL,   -- day | week | month | quarter | year
    source_code        VARCHAR,        -- GDELT Actor1Code
    source_name        VARCHAR,
    source_country     VARCHAR,        -- Actor1CountryCode
    source_group       VARCHAR,        -- Actor1KnownGroupCode
    source_roles       VARCHAR[],      -- Actor1Type1Code..3
    target_code        VARCHAR,
    target_name        VARCHAR,
    target_country     VARCHAR,
    target_group       VARCHAR,
    target_roles       VARCHAR[],
    event_code         VARCHAR NOT NULL,   -- EventCode, e.g. '0254'
    base_code          VARCHAR NOT NULL,   -- EventBaseCode, e.g. '025'
    root_code          VARCHAR NOT NULL,   -- EventRootCode, e.g. '02'
    quad_class         TINYINT NOT NULL,
    goldstein          DOUBLE NOT NULL,
    is_negated         BOOLEAN NOT NULL DEFAULT false,
    modality           VARCHAR NOT NULL DEFAULT 'asserted',
    num_mentions       INTEGER NOT NULL DEFAULT 1,
    num_sources        INTEGER NOT NULL DEFAULT 1,
    num_articles       INTEGER NOT NULL DEFAULT 1,
    avg_tone           DOUBLE,
    coder              VARCHAR NOT NULL,
    coder_version      VARCHAR,
    dictionary_version VARCHAR,
    created_at         TIMESTAMP NOT NULL
);

CREATE TABLE cameo_codes (
    code        VARCHAR PRIMARY KEY,
    name        VARCHAR NOT NULL,
    level       TINYINT NOT NULL,      -- digits: 2 root, 3 base, 4 leaf
    root_code   VARCHAR NOT NULL,
    base_code   VARCHAR NOT NULL,
    parent_code VARCHAR,
    goldstein   DOUBLE NOT NULL,
    quad_class  TINYINT NOT NULL,
    description VARCHAR
);

CREATE TABLE quad_classes (
    quad_class TINYINT PRIMARY KEY,
    name       VARCHAR NOT NULL,
    roots      VARCHAR NOT NULL
);

CREATE TABLE actor_roles (
    code        VARCHAR PRIMARY KEY,
    name        VARCHAR NOT NULL,
    kind        VARCHAR NOT NULL,
    description VARCHAR
);

CREATE TABLE countries (
    code VARCHAR PRIMARY KEY,
    name VARCHAR NOT NULL,
    kind VARCHAR NOT NULL               -- country | region | historical | subnational
);
