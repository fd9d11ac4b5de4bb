"""One delivery: prepare the submission (file name, validation report; stored once), write
the files, commit, create the branch ``<prefix><submission id>``, open the pull request (or
the issue, for a problem report) and record it.

Every step can be repeated: a branch that already carries this submission's marker is
reused, an existing pull request or issue is found and recorded instead of a second one,
so a worker killed at any point and restarted makes exactly one pull request per
submission.
"""

from __future__ import annotations

import logging

from tukena.bot import faults, files, pullbody
from tukena.bot.errors import AlreadyExists, PermanentDeliveryError, TransientForgeError
from tukena.bot.forges.base import Change, Forge
from tukena.bot.prepare import Preparer
from tukena.bot.settings import BotSettings
from tukena.bot.store import Store, Submission

logger = logging.getLogger(__name__)


class Deliverer:
    """Delivers one submission; idempotent, so it can be repeated after any crash."""

    def __init__(
        self, settings: BotSettings, store: Store, forge: Forge, preparer: Preparer
    ) -> None:
        self.settings = settings
        self.store = store
        self.forge = forge
        self.preparer = preparer

    def deliver(self, submission: Submission) -> None:
        attempt = self.store.start_attempt(submission.id)
        try:
            submission = self.preparer.prepare(submission)
        except ValueError as exc:
            raise PermanentDeliveryError(f"cannot prepare the submission: {exc}") from None
        if submission.kind == "report":
            self._issue(submission, attempt)
        else:
            self._pull(submission, attempt)

    def _pull(self, submission: Submission, attempt: int) -> None:
        changes = files.changes(submission, self.store.photo, self.preparer.content.text)
        branch = f"{self.settings.branch_prefix}{submission.id}"
        mark = pullbody.marker(submission.id)
        existing = self.forge.branch_message(branch) if attempt > 1 else None
        if existing is None:
            change = Change(
                branch=branch,
                base=self.settings.base_branch,
                files=changes,
                message=pullbody.commit_message(submission),
                author_name=self.settings.committer_name,
                author_email=self.settings.committer_email,
                timestamp=submission.created_at,
            )
            try:
                self.forge.push_branch(change)
            except AlreadyExists:
                existing = self.forge.branch_message(branch)
                if existing is None:
                    raise TransientForgeError(f"{branch} exists but cannot be read") from None
        if existing is not None and mark not in existing:
            raise PermanentDeliveryError(f"branch {branch} exists and is not this submission's")
        pull = self.forge.find_pull(branch) if attempt > 1 else None
        if pull is None:
            labels = list(self.settings.labels)
            if any("duplicate" in w for w in submission.report.get("warnings", [])):
                labels.append(self.settings.duplicate_label)
            try:
                pull = self.forge.open_pull(
                    branch,
                    self.settings.base_branch,
                    pullbody.pull_title(submission),
                    pullbody.pull_body(submission, changes),
                    labels,
                )
            except AlreadyExists:
                pull = self.forge.find_pull(branch)
                if pull is None:
                    raise TransientForgeError(
                        f"a pull request for {branch} exists but is not listed"
                    ) from None
        faults.checkpoint("pr-opened")
        self.store.mark_opened(submission.id, branch, pull.number, pull.url)
        logger.info(
            "submission %s delivered: pull request #%s from branch %s, %s",
            submission.id,
            pull.number,
            branch,
            pull.url,
        )

    def _issue(self, submission: Submission, attempt: int) -> None:
        mark = pullbody.marker(submission.id)
        issue = self.forge.find_issue(mark) if attempt > 1 else None
        if issue is None:
            issue = self.forge.open_issue(
                pullbody.issue_title(submission),
                pullbody.issue_body(submission),
                list(self.settings.report_labels),
            )
        faults.checkpoint("pr-opened")
        self.store.mark_opened(submission.id, None, issue.number, issue.url)
        logger.info(
            "submission %s delivered: issue #%s, %s", submission.id, issue.number, issue.url
        )
