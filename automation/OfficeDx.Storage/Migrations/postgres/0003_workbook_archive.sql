-- Every department workbook submitted through the service (officedx serve, 提出), kept whole: its bytes, their SHA-256, the
-- department, who submitted it and when, and the findings the check gave (JSON). Nothing is overwritten: the latest row per plan,
-- edition and department (highest seq) is the one collected into the merged plan. seq orders submissions made in the same
-- millisecond by two service instances.
CREATE TABLE workbook_archive (
  seq BIGSERIAL PRIMARY KEY,
  submission_id TEXT NOT NULL UNIQUE,
  plan_id TEXT NOT NULL,
  edition TEXT NOT NULL,
  department TEXT NOT NULL,
  submitter TEXT NOT NULL,
  submitted_at TEXT NOT NULL,
  file_name TEXT NOT NULL,
  sha256 TEXT NOT NULL,
  size BIGINT NOT NULL,
  workbook BYTEA NOT NULL,
  findings TEXT NOT NULL
);
CREATE INDEX workbook_archive_latest ON workbook_archive (plan_id, edition, department, seq);
