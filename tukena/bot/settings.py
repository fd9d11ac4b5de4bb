"""Settings of the bot, from the environment (``TUKENA_BOT_*``) or given directly.

The forge token is read from ``TUKENA_BOT_FORGE_TOKEN`` only: it is a secret string that
never appears in a repr, a log line or the database. A list (``TUKENA_BOT_ALLOWED_ORIGINS``,
``TUKENA_BOT_LABELS``) is written as a JSON list or as items separated by commas.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Any, Literal
from urllib.parse import urlsplit

from pydantic import Field, SecretStr, field_validator, model_validator
from pydantic_settings import NoDecode, SettingsConfigDict

from tukena.bot.errors import BotConfigurationError
from tukena.bot.limitsettings import SizeLimits

Forge = Literal["local", "github", "gitea", "forgejo", "gitlab"]
DEFAULT_API = {
    "github": "https://api.github.com",
    "gitlab": "https://gitlab.com/api/v4",
    "gitea": "https://codeberg.org/api/v1",
    "forgejo": "https://codeberg.org/api/v1",
}
#: A list from an environment variable: JSON, or items separated by commas (read by
#: :meth:`BotSettings._list`, not decoded as JSON by pydantic-settings first).
Items = Annotated[list[str], NoDecode]


class BotSettings(SizeLimits):
    """Everything the bot can be told; each field is also ``TUKENA_BOT_<NAME>``. The sizes
    it reads and keeps are declared in :class:`tukena.bot.limitsettings.SizeLimits`."""

    model_config = SettingsConfigDict(
        env_prefix="TUKENA_BOT_", extra="ignore", validate_default=True, frozen=True
    )

    # where it runs
    host: str = Field("127.0.0.1", description="Address the web service listens on")
    port: int = Field(8001, ge=1, le=65535, description="Port the web service listens on")
    public_url: str = Field(
        "",
        description="The bot's own address as visitors see it, for status links (e.g. "
        "https://bot.example.fi); empty means links relative to the request",
    )
    allowed_origins: Items = Field(
        default_factory=lambda: ["http://localhost:8000", "http://127.0.0.1:8000"],
        description="Origins (scheme://host[:port]) whose pages may post forms: the site, and "
        "the bot itself (added automatically from public_url)",
    )
    require_origin: bool = Field(
        True, description="Refuse a POST with neither an Origin nor a Referer header"
    )
    state_dir: Path = Field(
        Path(".tukena-bot"), description="Folder of the database and the bot's own git clone"
    )
    content_root: Path = Field(
        Path("."),
        description="A checkout of the content repository, read to validate and prefill forms",
    )
    content_reload_seconds: float = Field(
        60.0, ge=1, description="How often to look for changes in content_root"
    )

    # forge
    forge: Forge = Field(
        "local", description="Where pull requests go: local, github, gitea, forgejo or gitlab"
    )
    local_repository: Path | None = Field(
        None,
        description="Local forge: the repository that receives the branches (bare or "
        "not); by default content_root",
    )
    forge_api: str = Field(
        "", description="API base address; the forge's public service when empty"
    )
    repository: str = Field(
        "", description="owner/name (GitHub, Gitea, Forgejo) or the project path or id (GitLab)"
    )
    forge_token: SecretStr | None = Field(
        None, description="Access token (TUKENA_BOT_FORGE_TOKEN); never logged or stored"
    )
    base_branch: str = Field("main", description="Branch the pull requests target")
    branch_prefix: str = Field("tukena-bot/", description="Prefix of submission branches")
    labels: Items = Field(
        default_factory=lambda: ["from-form"], description="Labels of pull requests"
    )
    report_labels: Items = Field(
        default_factory=lambda: ["listing-report"], description="Labels of problem reports"
    )
    duplicate_label: str = Field(
        "possible-duplicate", description="Extra label when a likely duplicate was found"
    )
    committer_name: str = Field("tukena bot", description="Author name of the commits")
    committer_email: str = Field(
        "bot@tukena.invalid", description="Author e-mail of the commits (not a person's)"
    )
    http_timeout_seconds: float = Field(20.0, gt=0, description="Time-out of a forge request")

    # worker
    worker_in_process: bool = Field(
        True, description="Run the delivery worker inside the web service"
    )
    backoff_initial_seconds: float = Field(
        5.0, gt=0, description="First wait after a forge failure; doubles each time"
    )
    backoff_max_seconds: float = Field(900.0, gt=0, description="Longest wait between retries")
    poll_seconds: float = Field(
        300.0, gt=0, description="How often open pull requests are checked for merge or close"
    )
    email_retention_days: int = Field(
        60,
        ge=0,
        description="Days a submitter's e-mail is kept at most (0: deleted once delivered)",
    )

    # reminders to organisers (``tukena bot remind``, run daily)
    smtp_host: str = Field(
        "", description="Mail server that sends reminders to organisers; empty: none are sent"
    )
    smtp_port: int = Field(587, ge=1, le=65535, description="Port of the mail server")
    smtp_security: Literal["starttls", "tls", "none"] = Field(
        "starttls",
        description="starttls (usually port 587), tls (port 465) or none (a relay on this "
        "machine only)",
    )
    smtp_user: str = Field("", description="User name at the mail server; empty: no login")
    smtp_password: SecretStr | None = Field(
        None, description="Password at the mail server (TUKENA_BOT_SMTP_PASSWORD); never logged"
    )
    mail_from: str = Field(
        "", description="Sender of the reminders, e.g. 'tukena <noreply@tukena.example>'"
    )
    mail_reply_to: str = Field(
        "", description="Where replies to reminders go (the maintainers' address); empty: none"
    )
    site_url: str = Field(
        "", description="The public site's address, for links to the listings in reminders"
    )
    site_name: str = Field("tukena", description="The site's name in reminders")
    remind_days_before: int = Field(
        30,
        ge=1,
        le=180,
        description="The first reminder goes this many days before a listing is shown as "
        "possibly out of date; a second when it is",
    )
    stale_after_months: int = Field(
        0,
        ge=0,
        description="The site's staleness period; 0: TUKENA_STALE_AFTER_MONTHS of "
        "pelicanconf.py in content_root",
    )
    mail_max_per_run: int = Field(
        200, ge=1, description="Reminders sent at most per run; the rest on the next run"
    )

    # abuse
    secret: SecretStr | None = Field(
        None,
        description="Key that signs form tokens (TUKENA_BOT_SECRET); random per process when empty",
    )
    min_fill_seconds: float = Field(
        3.0,
        ge=0,
        description="A form sent faster than this after it was shown is treated "
        "as spam (answered like a success, nothing queued); one shown back with its answers "
        "already given (the site's form, to confirm, to check or with errors) is shown once "
        "more instead",
    )
    token_max_age_seconds: float = Field(
        3 * 86400, gt=0, description="How long a form token stays valid"
    )
    honeypot_field: str = Field(
        "extra_notes",
        pattern=r"^[a-z][a-z_]{2,30}$",
        description="Name of the hidden field that people leave empty",
    )
    rate_limit: int = Field(20, ge=1, description="Submissions per address per rate window")
    rate_limit_round_trips: int = Field(
        200,
        ge=1,
        description="Form round trips that store nothing (adding a row or a language, checking "
        "before sending, changing after the check) per address per rate window",
    )
    rate_window_seconds: float = Field(3600.0, gt=0, description="Rate-limit window")
    max_queue: int = Field(
        1000, ge=1, description="Undelivered submissions at most; beyond, 503 with Retry-After"
    )
    trust_forwarded_for: bool = Field(
        False, description="Take the client address from X-Forwarded-For (behind a proxy)"
    )

    @field_validator("allowed_origins", "labels", "report_labels", mode="before")
    @classmethod
    def _list(cls, value: Any) -> Any:
        if not isinstance(value, str):
            return value
        if value.strip().startswith("["):
            try:
                return json.loads(value)
            except ValueError:
                raise ValueError(
                    'give a JSON list, e.g. ["https://a.example", "https://b.example"], or '
                    "the items separated by commas"
                ) from None
        return [item.strip() for item in value.split(",") if item.strip()]

    @field_validator("allowed_origins")
    @classmethod
    def _origins(cls, value: list[str]) -> list[str]:
        for origin in value:
            parts = urlsplit(origin)
            if parts.scheme not in ("http", "https") or not parts.netloc or parts.path.strip("/"):
                raise ValueError(
                    f"{origin!r} is not an origin: give scheme://host[:port], e.g. "
                    "https://tukena.example, separated by commas"
                )
        return value

    @field_validator("public_url", "forge_api", "site_url")
    @classmethod
    def _no_slash(cls, value: str) -> str:
        return value.rstrip("/")

    @field_validator("branch_prefix")
    @classmethod
    def _prefix(cls, value: str) -> str:
        import re

        if not re.fullmatch(r"[a-z0-9][a-z0-9/_-]{0,40}", value) or ".." in value:
            raise ValueError("branch_prefix may use a-z, 0-9, '/', '_' and '-'")
        return value

    @model_validator(mode="after")
    def _forge_needs(self) -> BotSettings:
        if self.forge != "local" and not self.repository:
            raise BotConfigurationError(
                f"TUKENA_BOT_REPOSITORY: the {self.forge} forge needs the repository, "
                "owner/name (GitHub, Gitea, Forgejo) or the project's path or id (GitLab)"
            )
        return self

    @field_validator("mail_from", "mail_reply_to")
    @classmethod
    def _mailbox(cls, value: str) -> str:
        from email.utils import parseaddr

        if value and (any(c in value for c in "\r\n") or "@" not in parseaddr(value)[1]):
            raise ValueError("give an e-mail address, e.g. 'tukena <noreply@tukena.example>'")
        return value

    def reminders_missing(self) -> list[str]:
        """The settings sending reminders needs and lacks (their environment variables)."""
        needed = {
            "SMTP_HOST": self.smtp_host,
            "MAIL_FROM": self.mail_from,
            "PUBLIC_URL": self.public_url,  # the links in a reminder are absolute
            "SECRET": self.secret,  # a stop link must stay valid after a restart
        }
        return [f"TUKENA_BOT_{name}" for name, value in needed.items() if not value]

    @property
    def api_url(self) -> str:
        return self.forge_api or DEFAULT_API.get(self.forge, "")

    @property
    def database(self) -> Path:
        return self.state_dir / "bot.sqlite3"

    @property
    def work_dir(self) -> Path:
        return self.state_dir / "work"

    @property
    def target_repository(self) -> Path:
        return self.local_repository or self.content_root

    def origins(self) -> set[str]:
        found = {o.rstrip("/") for o in self.allowed_origins}
        if self.public_url:
            parts = urlsplit(self.public_url)
            found.add(f"{parts.scheme}://{parts.netloc}")
        return found
