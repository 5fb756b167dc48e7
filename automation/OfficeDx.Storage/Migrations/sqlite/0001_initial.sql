-- The harvested data set. Times are ISO 8601 UTC text and flags are 0/1 integers in both
-- SQLite and PostgreSQL, so the same query gives the same result on either.
CREATE TABLE sources (
  source TEXT PRIMARY KEY,
  delta_link TEXT,
  folder_ids TEXT,
  updated_at TEXT NOT NULL
);
CREATE TABLE documents (
  document_id TEXT PRIMARY KEY,
  source TEXT NOT NULL,
  item_id TEXT NOT NULL,
  path TEXT NOT NULL,
  etag TEXT,
  size INTEGER,
  deleted INTEGER NOT NULL DEFAULT 0,
  problem_count INTEGER NOT NULL DEFAULT 0,
  last_harvested_at TEXT NOT NULL,
  last_run_id TEXT NOT NULL
);
CREATE INDEX documents_source ON documents (source);
CREATE TABLE plans (
  document_id TEXT PRIMARY KEY,
  plan_id TEXT NOT NULL,
  municipality TEXT NOT NULL,
  title TEXT NOT NULL,
  edition TEXT,
  profile TEXT NOT NULL,
  period_from INTEGER NOT NULL,
  period_to INTEGER NOT NULL
);
CREATE TABLE areas (
  document_id TEXT NOT NULL,
  area_id TEXT NOT NULL,
  parent_area_id TEXT,
  ordinal INTEGER NOT NULL,
  number TEXT NOT NULL,
  title TEXT NOT NULL,
  PRIMARY KEY (document_id, area_id)
);
CREATE TABLE measures (
  document_id TEXT NOT NULL,
  measure_id TEXT NOT NULL,
  area_id TEXT NOT NULL,
  ordinal INTEGER NOT NULL,
  number TEXT,
  name TEXT NOT NULL,
  state TEXT NOT NULL,
  issues TEXT,
  overview TEXT NOT NULL,
  main_actions TEXT NOT NULL,
  departments TEXT NOT NULL,
  notes TEXT NOT NULL,
  PRIMARY KEY (document_id, measure_id)
);
CREATE TABLE schedule (
  document_id TEXT NOT NULL,
  measure_id TEXT NOT NULL,
  fiscal_year INTEGER NOT NULL,
  phase TEXT NOT NULL,
  caption TEXT,
  PRIMARY KEY (document_id, measure_id, fiscal_year)
);
CREATE TABLE indicators (
  document_id TEXT NOT NULL,
  measure_id TEXT NOT NULL,
  indicator_no INTEGER NOT NULL,
  name TEXT NOT NULL,
  PRIMARY KEY (document_id, measure_id, indicator_no)
);
CREATE TABLE indicator_values (
  document_id TEXT NOT NULL,
  measure_id TEXT NOT NULL,
  indicator_no INTEGER NOT NULL,
  kind TEXT NOT NULL,
  fiscal_year INTEGER NOT NULL,
  ordinal INTEGER NOT NULL,
  value TEXT NOT NULL,
  PRIMARY KEY (document_id, measure_id, indicator_no, kind, fiscal_year)
);
CREATE TABLE glossary_terms (
  document_id TEXT NOT NULL,
  term TEXT NOT NULL,
  ordinal INTEGER NOT NULL,
  reading TEXT,
  expansion TEXT,
  definition TEXT NOT NULL,
  variants TEXT NOT NULL,
  marker INTEGER,
  first_use TEXT,
  PRIMARY KEY (document_id, term)
);
CREATE TABLE harvest_runs (
  run_id TEXT PRIMARY KEY,
  source TEXT NOT NULL,
  started_at TEXT NOT NULL,
  finished_at TEXT,
  status TEXT NOT NULL,
  seen INTEGER NOT NULL DEFAULT 0,
  harvested INTEGER NOT NULL DEFAULT 0,
  unchanged INTEGER NOT NULL DEFAULT 0,
  deleted INTEGER NOT NULL DEFAULT 0,
  failed INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE harvest_errors (
  run_id TEXT NOT NULL,
  seq INTEGER NOT NULL,
  item_id TEXT,
  path TEXT,
  place TEXT,
  message TEXT NOT NULL,
  PRIMARY KEY (run_id, seq)
);
