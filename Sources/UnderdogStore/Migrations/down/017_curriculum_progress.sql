-- down: 017_curriculum_progress.sql
-- loses: nothing
--
-- Drops the quiz-recording and org-progress functions. Progress rows they wrote stay in
-- public.curriculum_progress.

DROP FUNCTION IF EXISTS app.organization_curriculum_progress();
DROP FUNCTION IF EXISTS app.record_quiz_result(integer, integer, boolean);
