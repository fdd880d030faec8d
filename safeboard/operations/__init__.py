"""Running Safeboard for years: backup and restore of a whole workspace, and retention.

One job per module: ``crypto`` (the secrets' encryption), ``passphrase`` (where
the backup passphrase comes from), ``manifest`` (what a backup holds and its
checksums), ``database`` (the engine-neutral dump and load), ``backup``,
``restore`` and ``retention``.
"""
