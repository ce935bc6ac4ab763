-- Version 2: where events happened, which dataset they came from, and the fields imported
-- datasets (GDELT, ICEWS, Phoenix) carry that coded articles do not.

ALTER TABLE events ADD COLUMN dataset VARCHAR NOT NULL DEFAULT 'eventdb';  -- eventdb | gdelt | icews | phoenix | synth
ALTER TABLE events ADD COLUMN external_id VARCHAR;       -- GDELT GLOBALEVENTID, ICEWS Event ID, Phoenix code
ALTER TABLE events ADD COLUMN source_ethnic VARCHAR;     -- Actor1EthnicCode
ALTER TABLE events ADD COLUMN source_religion VARCHAR;   -- Actor1Religion1Code
ALTER TABLE events ADD COLUMN target_ethnic VARCHAR;
ALTER TABLE events ADD COLUMN target_religion VARCHAR;
ALTER TABLE events ADD COLUMN is_root_event BOOLEAN;     -- GDELT IsRootEvent
-- where the action took place (GDELT ActionGeo_*, ICEWS City/District/Province/Country/Lat/Lon)
ALTER TABLE events ADD COLUMN geo_type TINYINT;          -- 1 country, 2 US state, 3 US city, 4 world city, 5 world state
ALTER TABLE events ADD COLUMN geo_name VARCHAR;
ALTER TABLE events ADD COLUMN geo_admin1 VARCHAR;
ALTER TABLE events ADD COLUMN geo_country VARCHAR;       -- as the dataset gives it (FIPS in GDELT, name in ICEWS)
ALTER TABLE events ADD COLUMN geo_lat DOUBLE;
ALTER TABLE events ADD COLUMN geo_lon DOUBLE;
ALTER TABLE events ADD COLUMN geo_feature VARCHAR;       -- GeoNames/GNS feature id
-- the actors' own locations (GDELT Actor1Geo_*, Actor2Geo_*)
ALTER TABLE events ADD COLUMN source_geo STRUCT(type TINYINT, name VARCHAR, country VARCHAR, admin1 VARCHAR, lat DOUBLE, lon DOUBLE, feature VARCHAR);
ALTER TABLE events ADD COLUMN target_geo STRUCT(type TINYINT, name VARCHAR, country VARCHAR, admin1 VARCHAR, lat DOUBLE, lon DOUBLE, feature VARCHAR);
ALTER TABLE events ADD COLUMN source_url VARCHAR;        -- GDELT SOURCEURL, ICEWS Publisher
ALTER TABLE events ADD COLUMN date_added TIMESTAMP;      -- GDELT DATEADDED

-- one row per imported file, so importing the same file again is a no-op
CREATE TABLE imports (
    file_digest VARCHAR PRIMARY KEY,   -- sha256 of the file's bytes
    path        VARCHAR NOT NULL,
    dataset     VARCHAR NOT NULL,
    rows_read   BIGINT NOT NULL,
    rows_stored BIGINT NOT NULL,
    rows_rejected BIGINT NOT NULL,
    imported_at TIMESTAMP NOT NULL
);
