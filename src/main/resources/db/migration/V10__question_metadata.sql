-- Question metadata (tags and difficulty) read from front matter, metadata comments and level
-- headings. Tags are lower case, at most 20 of at most 50 characters, stored one per line;
-- difficulty is 1 (beginner) to 5 (expert), or null when the guide does not say.
alter table question add column tags varchar(1100) default '' not null;
alter table question add column difficulty smallint;
alter table question add constraint ck_question_difficulty check (difficulty between 1 and 5);
