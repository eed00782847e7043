//! Console accounts: argon2id-hashed passphrases, and a growing delay after five
//! wrong tries so a PIN cannot be guessed at the tablet.

use argon2::Argon2;
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use rusqlite::{OptionalExtension, params};
use zeroize::Zeroizing;

use crate::consent::{AccountRole, AuditEvent, Timestamp};

use super::{Store, StoreError, unix_millis};

/// Wrong tries allowed before the account waits.
pub const FREE_TRIES: u32 = 5;
/// The first wait; each further wrong try doubles it, up to [`LONGEST_WAIT_SECONDS`].
pub const FIRST_WAIT_SECONDS: i64 = 30;
/// The longest wait.
pub const LONGEST_WAIT_SECONDS: i64 = 3_600;
/// Wrong tries of a name are forgotten a day after the last one.
const FORGET_TRIES_AFTER_MS: i64 = 24 * 3_600 * 1_000;
/// What an unknown name is checked against: an argon2id hash with this build's
/// default parameters (a test keeps them equal), of a secret nobody knows.
const DUMMY_HASH: &str = "$argon2id$v=19$m=19456,t=2,p=1$3ZicaGIqemp3y3hMQ3ZKsQ$rX8IQjZacKu5pE8sZtnibZNFdCSTSgt5tDfmXxfpmKs";
/// The shortest passphrase or PIN accepted.
pub const MIN_SECRET_CHARS: usize = 6;

/// A console account, as signed in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Account {
    /// The login name.
    pub account_id: String,
    /// What it may do.
    pub role: AccountRole,
}

/// Why signing in or creating an account did not work. Never says which of name
/// or passphrase was wrong.
#[derive(Debug, thiserror::Error)]
pub enum AccountError {
    /// Unknown name or wrong passphrase.
    #[error("that name and passphrase do not match an account")]
    WrongCredentials,
    /// Too many wrong tries: wait.
    #[error("too many wrong tries: this account can try again in {seconds} s")]
    Locked {
        /// Seconds left.
        seconds: i64,
    },
    /// The login name is taken.
    #[error("an account with this name already exists")]
    Exists,
    /// A login name must be short and plain (it appears in the audit log).
    #[error("a login name is 2 to 32 letters, digits, dots, dashes or underscores")]
    BadName,
    /// Too short a passphrase.
    #[error("a passphrase or PIN needs at least {MIN_SECRET_CHARS} characters")]
    WeakSecret,
    /// The first administrator is created only once.
    #[error("accounts already exist: an administrator adds new ones")]
    AlreadySetUp,
    /// The store failed.
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl From<rusqlite::Error> for AccountError {
    fn from(error: rusqlite::Error) -> Self {
        AccountError::Store(error.into())
    }
}

impl Store {
    /// Whether any account exists (none: the console shows its setup screen).
    pub fn has_accounts(&self) -> Result<bool, StoreError> {
        Ok(self
            .conn
            .query_row("SELECT EXISTS (SELECT 1 FROM accounts)", [], |row| {
                row.get(0)
            })?)
    }

    /// Creates an account; `by` is the administrator, `None` only for the first one.
    pub fn create_account(
        &mut self,
        account_id: &str,
        role: AccountRole,
        secret: &str,
        by: Option<&str>,
        now: Timestamp,
    ) -> Result<Account, AccountError> {
        let plain = |c: char| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_');
        if !(2..=32).contains(&account_id.len()) || !account_id.chars().all(plain) {
            return Err(AccountError::BadName);
        }
        if secret.chars().count() < MIN_SECRET_CHARS {
            return Err(AccountError::WeakSecret);
        }
        if by.is_none() && self.has_accounts()? {
            return Err(AccountError::AlreadySetUp);
        }
        let mut salt = [0u8; 16];
        getrandom::fill(&mut salt).map_err(|e| StoreError::Randomness(e.to_string()))?;
        let salt =
            SaltString::encode_b64(&salt).map_err(|e| StoreError::Randomness(e.to_string()))?;
        let hash = Argon2::default()
            .hash_password(secret.as_bytes(), &salt)
            .map_err(|e| StoreError::Randomness(e.to_string()))?
            .to_string();
        let tx = self.conn.transaction()?;
        let inserted = tx.execute(
            "INSERT OR IGNORE INTO accounts (account_id, role, secret_hash, created_at) VALUES (?1, ?2, ?3, ?4)",
            params![account_id, role.as_str(), hash, unix_millis(now)],
        )?;
        if inserted == 0 {
            return Err(AccountError::Exists);
        }
        tx.commit()?;
        self.record_audit(&AuditEvent::AccountCreated {
            account_id: account_id.to_owned(),
            role,
            by: by.map(str::to_owned),
            at: now,
        })?;
        Ok(Account {
            account_id: account_id.to_owned(),
            role,
        })
    }

    /// Checks a passphrase. Five wrong tries are free; then each wrong try makes the
    /// typed name wait, 30 s doubling up to an hour. A success clears the count.
    ///
    /// Tries are counted per typed name, known or not, and an unknown name is
    /// checked against a dummy hash with the same parameters: the answers and the
    /// work are the same, so neither tells whether an account exists.
    pub fn sign_in(
        &mut self,
        account_id: &str,
        secret: &str,
        now: Timestamp,
    ) -> Result<Account, AccountError> {
        let secret = Zeroizing::new(secret.to_owned());
        let now_ms = unix_millis(now);
        self.conn.execute(
            "DELETE FROM sign_in_tries WHERE last_try < ?1",
            [now_ms - FORGET_TRIES_AFTER_MS],
        )?;
        let (failed, locked_until): (u32, i64) = self
            .conn
            .query_row(
                "SELECT failed_tries, locked_until FROM sign_in_tries WHERE name = ?1",
                [account_id],
                |row| Ok((row.get(0)?, row.get(1)?)),
            )
            .optional()?
            .unwrap_or((0, 0));
        if locked_until > now_ms {
            return Err(AccountError::Locked {
                seconds: (locked_until - now_ms + 999) / 1000,
            });
        }
        let found: Option<(String, String)> = self
            .conn
            .query_row(
                "SELECT role, secret_hash FROM accounts WHERE account_id = ?1",
                [account_id],
                |row| Ok((row.get(0)?, row.get(1)?)),
            )
            .optional()?;
        let hash = found.as_ref().map_or(DUMMY_HASH, |(_, hash)| hash.as_str());
        let verified = PasswordHash::new(hash).is_ok_and(|parsed| {
            Argon2::default()
                .verify_password(secret.as_bytes(), &parsed)
                .is_ok()
        });
        let Some((role, _)) = found.filter(|_| verified) else {
            let failed = failed.saturating_add(1);
            let locked_until = if failed >= FREE_TRIES {
                let doublings = (failed - FREE_TRIES).min(10);
                let wait = (FIRST_WAIT_SECONDS << doublings).min(LONGEST_WAIT_SECONDS);
                now_ms + wait * 1000
            } else {
                0
            };
            self.conn.execute(
                "INSERT INTO sign_in_tries (name, failed_tries, locked_until, last_try) VALUES (?1, ?2, ?3, ?4)
                 ON CONFLICT (name) DO UPDATE SET failed_tries = ?2, locked_until = ?3, last_try = ?4",
                params![account_id, failed, locked_until, now_ms],
            )?;
            return Err(AccountError::WrongCredentials);
        };
        self.conn
            .execute("DELETE FROM sign_in_tries WHERE name = ?1", [account_id])?;
        self.record_audit(&AuditEvent::SignedIn {
            account_id: account_id.to_owned(),
            at: now,
        })?;
        let role = role
            .parse()
            .map_err(|why: String| StoreError::Corrupt { seq: 0, why })?;
        Ok(Account {
            account_id: account_id.to_owned(),
            role,
        })
    }
}

#[cfg(test)]
mod tests {
    use argon2::password_hash::PasswordHash;
    use argon2::{Argon2, Params};

    use super::DUMMY_HASH;

    #[test]
    fn the_dummy_hash_costs_what_a_real_one_costs() {
        let dummy = PasswordHash::new(DUMMY_HASH).expect("a PHC string");
        let params = Params::try_from(&dummy).expect("argon2 parameters");
        assert_eq!(dummy.algorithm.as_str(), "argon2id");
        let default = Argon2::default().params().clone();
        assert_eq!(
            (params.m_cost(), params.t_cost(), params.p_cost()),
            (default.m_cost(), default.t_cost(), default.p_cost())
        );
        assert_eq!(params.output_len(), Some(Params::DEFAULT_OUTPUT_LEN));
        assert!(dummy.hash.is_some());
    }
}
