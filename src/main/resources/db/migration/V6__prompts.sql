-- Prompts (answerless list items) sit among the questions in document order (position). The
-- ordinal numbers each kind on its own, so that "question N of M" counts questions with answers.
-- (V5 is left to the production work, which lands beside this.)
alter table question add column ordinal integer;
update question set ordinal = position;
alter table question alter column ordinal set not null;
create index ix_question_ordinal on question (version_id, kind, ordinal);
