"""A private, throw-away PostgreSQL cluster for the tests.

``initdb`` in a fresh temporary folder, the server listening only on a Unix socket in
that folder (``listen_addresses=''``), so no port is shared with anything else on the
machine and no system service is involved; :meth:`Cluster.stop` removes it all.

initdb and postgres refuse to run as root (CI runs as root): then the server runs as an
unprivileged system user (``postgres``, which Debian's package creates) through
``runuser``. The folder is 0700 and owned by that user; root reaches the socket anyway.
As an ordinary user the same commands run directly.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

SUPERUSER = "postgres"
RUN_AS = "postgres"  # the system user the server runs as when the tests run as root


class ClusterUnavailable(RuntimeError):
    """No PostgreSQL server binaries on this machine."""


def find_bindir() -> Path:
    """The folder of initdb and pg_ctl: $PG_BINDIR, Debian's, pg_config's, or PATH's."""
    candidates = [os.environ.get("PG_BINDIR", "")]
    # Debian and Ubuntu keep the server binaries off PATH, one folder per version.
    candidates += sorted(
        (str(path) for path in Path("/usr/lib/postgresql").glob("*/bin")),
        key=lambda folder: (
            int(Path(folder).parent.name) if Path(folder).parent.name.isdigit() else 0
        ),
        reverse=True,
    )
    for candidate in candidates:
        if candidate and (Path(candidate) / "initdb").is_file():
            return Path(candidate)
    pg_config = shutil.which("pg_config")
    if pg_config:
        out = subprocess.run([pg_config, "--bindir"], capture_output=True, text=True, check=False)
        folder = Path(out.stdout.strip())
        if (folder / "initdb").is_file():
            return folder
    found = shutil.which("initdb")
    if found:
        return Path(found).resolve().parent
    raise ClusterUnavailable(
        "PostgreSQL server binaries not found: install them (apt-get install postgresql) "
        "or set PG_BINDIR"
    )


@dataclass
class Cluster:
    root: Path  # holds data/, the socket and the server's log
    bindir: Path
    run_as: str | None  # None: the server runs as the current user
    port: int = 5432  # with listen_addresses='' it only names the socket file

    @property
    def data(self) -> Path:
        return self.root / "data"

    def url(self, dbname: str = "postgres", user: str = SUPERUSER) -> str:
        """A URL as a user types it for ``--db`` (the socket folder in ``host=``)."""
        return f"postgresql://{user}@/{dbname}?host={self.root}&port={self.port}"

    def conninfo(self, dbname: str = "postgres", user: str = SUPERUSER) -> str:
        return f"host={self.root} port={self.port} user={user} dbname={dbname}"

    def command(self, *args: str) -> list[str]:
        if self.run_as is None:
            return list(args)
        return ["runuser", "-u", self.run_as, "--", *args]

    def log(self) -> str:
        try:
            return (self.root / "log").read_text(encoding="utf-8", errors="replace")
        except OSError:
            return ""

    def stop(self) -> None:
        pg_ctl = str(self.bindir / "pg_ctl")
        subprocess.run(
            self.command(pg_ctl, "-D", str(self.data), "-m", "immediate", "-w", "stop"),
            check=False,
            capture_output=True,
        )
        shutil.rmtree(self.root, ignore_errors=True)


def start_cluster() -> Cluster:
    """initdb and start a cluster in a new temporary folder; return once it accepts."""
    bindir = find_bindir()
    as_root = os.geteuid() == 0
    root = Path(tempfile.mkdtemp(prefix="ct-pg-"))
    if as_root:
        import pwd

        try:
            entry = pwd.getpwnam(RUN_AS)
        except KeyError:
            raise ClusterUnavailable(
                f"no '{RUN_AS}' system user to run the server as (root may not): install "
                "Debian's postgresql package, which creates it"
            ) from None
        os.chown(root, entry.pw_uid, entry.pw_gid)
    os.chmod(root, 0o700)
    cluster = Cluster(root, bindir, RUN_AS if as_root else None)
    env = {**os.environ, "LC_ALL": "C.UTF-8", "TZ": "UTC"}
    try:
        _run(
            cluster.command(
                str(bindir / "initdb"),
                *("-D", str(cluster.data), "-U", SUPERUSER, "--auth=trust", "-E", "UTF8"),
                *("--locale=C.UTF-8", "--no-sync", "--no-instructions"),
            ),
            env,
        )
        # Durability off: a test cluster is thrown away, and fsync costs seconds.
        options = (
            f"-c listen_addresses='' -c unix_socket_directories={root} -p {cluster.port} "
            "-c fsync=off -c synchronous_commit=off -c full_page_writes=off "
            "-c max_connections=60 -c shared_buffers=64MB"
        )
        pg_ctl = str(bindir / "pg_ctl")
        log = str(root / "log")
        start = ("-D", str(cluster.data), "-l", log, "-o", options, "-w", "-t", "60", "start")
        _run(cluster.command(pg_ctl, *start), env)
    except subprocess.CalledProcessError as exc:
        detail = (exc.stderr or b"").decode(errors="replace").strip() or cluster.log()
        cluster.stop()
        raise RuntimeError(f"the test cluster did not start: {detail}") from exc
    return cluster


def _run(command: list[str], env: dict[str, str]) -> None:
    subprocess.run(command, check=True, capture_output=True, env=env)
