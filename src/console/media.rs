//! Removable drives to export to: the filesystems mounted under the folders
//! where desktops mount them (`/media/<user>/<label>`, `/run/media/<user>/<label>`),
//! read from the mount table, so staff press a drive instead of typing a path.

use std::path::{Path, PathBuf};

/// Where the mount table is on Linux.
pub const MOUNT_TABLE: &str = "/proc/mounts";

/// The folders desktops mount removable drives under.
pub const MEDIA_ROOTS: [&str; 2] = ["/media", "/run/media"];

/// A drive found: where it is mounted, and a short name to show (its last
/// folder, usually the drive's label).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Drive {
    /// The mount point.
    pub path: PathBuf,
    /// The mount point's last part.
    pub name: String,
}

/// The drives in the mount table `table` (the text of `/proc/mounts`) mounted
/// under one of `roots` that are folders now. Mount points are written with
/// spaces and other characters as octal escapes (`\040`), which are undone.
pub fn drives_in(table: &str, roots: &[PathBuf]) -> Vec<Drive> {
    let mut drives: Vec<Drive> = table
        .lines()
        .filter_map(|line| line.split_whitespace().nth(1))
        .map(|point| PathBuf::from(unescape(point)))
        .filter(|path| {
            roots
                .iter()
                .any(|root| path.starts_with(root) && path != root)
        })
        .filter(|path| path.is_dir())
        .map(|path| Drive {
            name: path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default(),
            path,
        })
        .collect();
    drives.sort_by(|a, b| a.path.cmp(&b.path));
    drives.dedup();
    drives
}

/// The drives mounted now, reading `table` (normally [`MOUNT_TABLE`]) for
/// mounts under `roots` (normally [`MEDIA_ROOTS`]). A table that cannot be
/// read gives none: the typed folder is still there.
pub fn drives(table: &Path, roots: &[PathBuf]) -> Vec<Drive> {
    std::fs::read_to_string(table)
        .map(|text| drives_in(&text, roots))
        .unwrap_or_default()
}

/// `\040` → space, as the kernel writes mount points.
fn unescape(field: &str) -> String {
    let mut out = Vec::with_capacity(field.len());
    let bytes = field.as_bytes();
    let mut at = 0;
    while let Some(&byte) = bytes.get(at) {
        let octal = bytes
            .get(at + 1..at + 4)
            .filter(|digits| byte == b'\\' && digits.iter().all(|d| (b'0'..=b'7').contains(d)))
            .and_then(|digits| std::str::from_utf8(digits).ok())
            .and_then(|digits| u8::from_str_radix(digits, 8).ok());
        match octal {
            Some(value) => {
                out.push(value);
                at += 4;
            }
            None => {
                out.push(byte);
                at += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn drives_mounted_under_the_media_folders_are_found_and_others_are_not() {
        let root = tempfile::tempdir().expect("temp dir");
        let media = root.path().join("media");
        let run_media = root.path().join("run/media");
        let usb = media.join("staff/CENTRE USB");
        let card = run_media.join("staff/CARD");
        std::fs::create_dir_all(&usb).expect("usb");
        std::fs::create_dir_all(&card).expect("card");
        let table = format!(
            "/dev/vda1 / ext4 rw,relatime 0 0\n\
             proc /proc proc rw 0 0\n\
             /dev/sdb1 {} vfat rw,nosuid 0 0\n\
             /dev/mmcblk0p1 {} exfat rw 0 0\n\
             /dev/sdc1 {}/staff/GONE vfat rw 0 0\n",
            usb.display().to_string().replace(' ', "\\040"),
            card.display(),
            media.display(),
        );
        let file = root.path().join("mounts");
        std::fs::write(&file, table).expect("table");
        let found = drives(&file, &[media.clone(), run_media]);
        assert_eq!(
            found,
            [
                Drive {
                    path: usb,
                    name: "CENTRE USB".to_owned()
                },
                Drive {
                    path: card,
                    name: "CARD".to_owned()
                },
            ]
        );
        // No table, no drives (the typed folder stays).
        assert!(drives(&root.path().join("none"), &[media]).is_empty());
    }
}
