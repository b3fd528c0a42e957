-- Anonymous survey answers that nothing orders among the others.
-- * survey_answers kept in key order (WITHOUT ROWID): a rowid would number every answer in the order it came,
--   an anonymous one between the named answers given just before and after it.
-- * Anonymous responses take random negative ids (written by the bot from now on), so that the named
--   responses' ids, which count up, say nothing of them; the ids of those already stored without a person
--   (anonymous, or named and then erased) are drawn again here. Answers follow their response's new id.

CREATE TABLE survey_answers_keyed (
    response_id  INTEGER NOT NULL REFERENCES survey_responses (id) ON DELETE CASCADE ON UPDATE CASCADE,
    question_id  TEXT NOT NULL,
    value        TEXT NOT NULL,
    PRIMARY KEY (response_id, question_id)
) STRICT, WITHOUT ROWID;

INSERT INTO survey_answers_keyed (response_id, question_id, value)
    SELECT response_id, question_id, value FROM survey_answers;
DROP TABLE survey_answers;
ALTER TABLE survey_answers_keyed RENAME TO survey_answers;

UPDATE survey_responses SET id = -1 - abs(random() >> 2) WHERE telegram_id IS NULL;
