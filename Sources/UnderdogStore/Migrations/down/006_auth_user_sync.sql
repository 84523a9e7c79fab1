-- down: 006_auth_user_sync.sql
-- loses: nothing
--
-- Removes the auth.users trigger and handle_new_user(): new sign-ups no longer get a public.users row.
-- Existing users keep theirs. A pre-existing trigger of the same name that 006 replaced is not restored.

DROP TRIGGER IF EXISTS on_auth_user_created ON auth.users;
DROP FUNCTION IF EXISTS public.handle_new_user();
