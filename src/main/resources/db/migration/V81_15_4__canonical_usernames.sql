-- Usernames are stored in their canonical form (lower-case ASCII, see account.security.Usernames): sign-in
-- looks them up by exact match and keys its throttle by the same form. Earlier sign-ups kept the case as
-- typed (the alphabet was already ASCII-only), so lower-case them once.
UPDATE user_account SET username = LOWER(username);
