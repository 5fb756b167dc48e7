-- The copy of each submission in the SharePoint library (OfficeDx:SharePointCopy), when one is configured: pending until it is
-- written, copied (copy_detail: the file's web address), or failed (copy_detail: why, in Japanese). NULL: no copy asked for.
-- copy_attempts bounds the retries. The submission itself never depends on the copy.
ALTER TABLE workbook_archive ADD COLUMN copy_state TEXT NULL;
ALTER TABLE workbook_archive ADD COLUMN copy_detail TEXT NULL;
ALTER TABLE workbook_archive ADD COLUMN copy_attempts INTEGER NOT NULL DEFAULT 0;
CREATE INDEX workbook_archive_copy ON workbook_archive (copy_state, seq);
