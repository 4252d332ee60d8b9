-- Each repair an import chose from context (and a few examples of those decided exactly), for the
-- admin's report: JSON [{line, kind, damaged, restored, reason, confidence}].
alter table import_run add column repair_examples text;
