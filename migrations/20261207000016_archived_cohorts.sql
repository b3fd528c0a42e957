-- An archived cohort (its programme over) gets no more reminders or announcements and is not offered where
-- cohorts are picked; its data stays.

ALTER TABLE cohorts ADD COLUMN archived_at TEXT;
