"""Backup and restore in the test database: what a backup holds, and every refusal
happening before anything changes. (The whole round trip across engines, on the
demo, is ``test_round_trip.py``.)"""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from django.conf import settings

from safeboard.accounts.models import User
from safeboard.audit.models import Event
from safeboard.cli import main
from safeboard.operations.backup import backup_create
from safeboard.operations.manifest import MANIFEST_NAME, BackupError
from safeboard.operations.passphrase import PASSPHRASE_ENV
from safeboard.operations.restore import backup_restore
from safeboard.partnership.models import Agency

PASSPHRASE = "a synthetic passphrase"  # noqa: S105


@pytest.fixture
def backup(users, tmp_path):
    settings.WORKSPACE.secret("pseudonym_key")
    (settings.WORKSPACE.outputs_dir / "note.txt").write_text("an output")
    folder = tmp_path / "backup"
    backup_create(target=folder, passphrase=PASSPHRASE)
    return folder


def _manifest(folder):
    return json.loads((folder / MANIFEST_NAME).read_text())


def test_a_backup_lists_every_file_with_its_sha256_and_seals_the_secrets(backup):
    manifest = _manifest(backup)
    assert manifest["engine"] in {"sqlite", "postgresql"}
    assert ["returns", "0002_snapshot_stored_sha256"] in manifest["migrations"]
    files = manifest["files"]
    assert "outputs/note.txt" in files
    assert "database/accounts.user.json" in files
    assert "secrets.sealed" in files
    assert all(len(f["sha256"]) == 64 for f in files.values())
    users = next(t for t in manifest["tables"] if t["model"] == "accounts.user")
    assert users["rows"] == User.objects.count()
    key = settings.WORKSPACE.read_secret("pseudonym_key")
    assert key.encode() not in (backup / "secrets.sealed").read_bytes()
    assert "sessions.session" not in {t["model"] for t in manifest["tables"]}


def test_a_backup_never_overwrites_a_folder_with_something_in_it(backup):
    with pytest.raises(BackupError, match="not an empty folder"):
        backup_create(target=backup, passphrase=PASSPHRASE)


def test_a_changed_file_refuses_the_restore_before_anything_changes(backup):
    Agency.objects.create(partnership=Agency.objects.first().partnership, name="After the backup")
    path = backup / "database" / "accounts.user.json"
    path.write_bytes(path.read_bytes().replace(b"business-unit", b"business-unix"))
    with pytest.raises(BackupError) as refused:
        backup_restore(source=backup, passphrase=PASSPHRASE, force=True)
    assert "database/accounts.user.json does not match its checksum" in str(refused.value)
    assert "Nothing was changed" in str(refused.value)
    assert Agency.objects.filter(name="After the backup").exists()


def test_a_file_added_or_taken_away_refuses_it(backup):
    (backup / "outputs" / "extra.txt").write_text("not from the backup")
    (backup / "outputs" / "note.txt").unlink()
    with pytest.raises(BackupError) as refused:
        backup_restore(source=backup, passphrase=PASSPHRASE, force=True)
    assert "outputs/note.txt is missing" in str(refused.value)
    assert "outputs/extra.txt is not in the manifest" in str(refused.value)


def test_a_folder_without_a_manifest_is_not_a_backup(backup):
    (backup / MANIFEST_NAME).unlink()
    with pytest.raises(BackupError, match="not a Safeboard backup"):
        backup_restore(source=backup, passphrase=PASSPHRASE, force=True)


def test_a_wrong_passphrase_refuses_it_and_changes_nothing(backup):
    Agency.objects.create(partnership=Agency.objects.first().partnership, name="After the backup")
    with pytest.raises(BackupError, match="passphrase does not open"):
        backup_restore(source=backup, passphrase="not the one", force=True)
    assert Agency.objects.filter(name="After the backup").exists()


def test_a_backup_from_a_newer_safeboard_is_refused(backup):
    manifest = _manifest(backup)
    manifest["migrations"].append(["returns", "0099_from_the_future"])
    (backup / MANIFEST_NAME).write_text(json.dumps(manifest))
    with pytest.raises(BackupError, match="newer Safeboard"):
        backup_restore(source=backup, passphrase=PASSPHRASE, force=True)


def test_a_workspace_with_data_is_refused_without_force(backup):
    with pytest.raises(BackupError, match="--force"):
        backup_restore(source=backup, passphrase=PASSPHRASE)


def test_with_force_the_database_and_files_become_the_backups(backup, users):
    agency = Agency.objects.order_by("pk").first()
    created = agency.created_at
    history = agency.history.count()
    Agency.objects.create(partnership=agency.partnership, name="After the backup")
    (settings.WORKSPACE.outputs_dir / "note.txt").write_text("changed since")
    result = backup_restore(source=backup, passphrase=PASSPHRASE, force=True)
    assert result.rows > 0
    assert not Agency.objects.filter(name="After the backup").exists()
    restored = Agency.objects.get(pk=agency.pk)
    assert restored.created_at == created  # kept as stored, not stamped anew
    assert restored.history.count() == history  # the change history came back
    assert (settings.WORKSPACE.outputs_dir / "note.txt").read_text() == "an output"
    # The sequences moved past the restored keys: a new row gets a new key.
    assert Agency.objects.create(partnership=agency.partnership, name="New").pk > agency.pk


def test_the_commands_log_an_event_each_without_identifiers(users, tmp_path, monkeypatch):
    monkeypatch.setenv(PASSPHRASE_ENV, PASSPHRASE)
    runner = CliRunner()
    made = runner.invoke(main, ["backup", str(tmp_path / "b")], catch_exceptions=False)
    assert made.exit_code == 0, made.output
    logged = Event.objects.get(area="operations", object_type="backup")
    assert logged.action == Event.Action.BACKED_UP
    assert set(logged.detail) == {"files", "bytes", "rows"}
    refused = runner.invoke(main, ["restore", str(tmp_path / "b")], catch_exceptions=False)
    assert refused.exit_code == 1
    assert "already holds" in refused.output
    done = runner.invoke(main, ["restore", "--force", str(tmp_path / "b")])
    assert done.exit_code == 0, done.output
    restored = Event.objects.get(area="operations", object_type="restore from backup")
    assert restored.action == Event.Action.RESTORED
    assert restored.detail["forced"] is True


def test_without_a_passphrase_the_commands_refuse(users, tmp_path, monkeypatch):
    monkeypatch.delenv(PASSPHRASE_ENV, raising=False)
    result = CliRunner().invoke(main, ["backup", str(tmp_path / "b")])
    assert result.exit_code == 1
    assert PASSPHRASE_ENV in result.output
    assert not (tmp_path / "b").exists()
