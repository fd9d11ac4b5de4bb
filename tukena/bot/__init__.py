"""The form-to-pull-request bot: validates form submissions with the content models, stores
them durably in SQLite, and delivers each as a branch and a pull request (or an issue) on
the content repository's forge.

Modules, one concern each: ``settings`` (TUKENA_BOT_*), ``errors``, ``store`` (the queue),
``tokens`` (form tokens), ``guard`` (origin, size, rate), ``throttle`` (each address's
allowances), ``content`` (current content, slugs, duplicates), ``intake`` (checks),
``submit`` (POST /submit), ``service`` and ``app`` (the web service), ``files`` (model →
file text, round-trip checked), ``pullbody`` (safe Markdown), ``forges/`` (local git,
GitHub, Gitea/Forgejo, GitLab), ``git``, ``worker`` (delivery, back-off, polling),
``faults`` (crash tests), ``pages``, ``reminders`` with ``remindlog``, ``lapses`` and
``mailtexts`` (reminders to organisers); the commands: ``cli``, ``startup`` (settings, state
folder, local repository), ``logs``, ``statuscli`` with ``story`` and ``localreview``,
``opscli``, ``terminal`` (what is printed to a maintainer's terminal).
"""
