-- The form a guide's questions are written in (headings, bold paragraphs, <details>, list items,
-- Q:/A: pairs, one question per file), next to its levels: as read for each version and run, and as
-- an admin chose it. NULL on a version means it was read before forms existed: the next import reads
-- the guide afresh rather than keep an outline it cannot name.
alter table guide_version add column question_form varchar(20);
alter table import_run add column question_form varchar(20);
alter table guide add column question_form_override varchar(20);
