-- The language a recommendation was written in: its author's, when they sent it. Those sent before it was recorded
-- take their author's language now; those of erased authors stay unknown (NULL).

ALTER TABLE recommendations ADD COLUMN language TEXT;

UPDATE recommendations
SET language = (SELECT p.language FROM participants p WHERE p.telegram_id = recommendations.author)
WHERE language IS NULL;
