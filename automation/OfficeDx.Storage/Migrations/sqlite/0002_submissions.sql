-- What the departments' workbooks (officedx excel template) hold, one row per filled cell of a measure: read without
-- the plan, so the rows do not depend on which documents a run harvested first. field is the column's header on 施策,
-- 工程 for a fiscal-year column on 施策, 実績 for an actual value on 指標. indicator_no and fiscal_year are 0 where they
-- do not apply (a primary-key column cannot be NULL in PostgreSQL). harvested_at is when the value was first harvested
-- or last changed: harvesting the same workbook again leaves it as it was.
CREATE TABLE submissions (
  document_id TEXT NOT NULL,
  plan_id TEXT NOT NULL,
  edition TEXT NOT NULL,
  department TEXT NOT NULL,
  measure_id TEXT NOT NULL,
  field TEXT NOT NULL,
  indicator_no INTEGER NOT NULL,
  fiscal_year INTEGER NOT NULL,
  value TEXT NOT NULL,
  place TEXT NOT NULL,
  harvested_at TEXT NOT NULL,
  PRIMARY KEY (document_id, measure_id, field, indicator_no, fiscal_year)
);
CREATE INDEX submissions_plan ON submissions (plan_id, measure_id, fiscal_year);
