-- Wrong sign-in tries, counted per typed name whether or not an account has that
-- name, so the lockout answers a stranger's guesses exactly as it answers a real
-- account's (the `failed_tries` and `locked_until` columns of `accounts` are no
-- longer used). A row is forgotten a day after its last try.
CREATE TABLE sign_in_tries (
    name         TEXT    PRIMARY KEY,
    failed_tries INTEGER NOT NULL,
    locked_until INTEGER NOT NULL, -- Unix milliseconds
    last_try     INTEGER NOT NULL  -- Unix milliseconds
);
