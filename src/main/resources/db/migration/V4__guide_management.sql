-- What an admin decides about a guide, kept across re-imports: a title, language or outline of
-- their own, and whether readers see it at all.
alter table guide add column published boolean default true not null;
alter table guide add column title_override varchar(500);
alter table guide add column language_override varchar(16);
alter table guide add column topic_level_override integer;
alter table guide add column question_level_override integer;
