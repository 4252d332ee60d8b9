-- A topic's items of one kind by number (docs/ARCHITECTURE.md, "Big guides"): a prompt's place
-- among its topic's prompts is counted over this index, not over every item of the topic.
create index ix_question_topic_kind on question (topic_id, kind, ordinal);
