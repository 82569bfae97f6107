// Public API of backups: one passphrase-locked file holding every household of the device.
export { BACKUP_FORMAT, BACKUP_VERSION, openBackup, readBackup, sealBackup, type Backup, type BackupHousehold, type BackupRead } from './backup';
