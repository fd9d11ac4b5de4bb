"""Compile the theme's templates once, in a process of their own, while the content loads.

Without this, every worker that renders pages compiles each template it uses in every UI
language: about half a second of CPU a worker, the same work done twice on two cores. A
forked process compiles them all while this process reads the content; their code comes
back marshalled (as Jinja's own bytecode caches keep it) and goes into this process's
environments before the page workers fork, so no worker compiles anything.

Anything that goes wrong here only costs speed: templates not installed are compiled when
first used, as before, and report their own errors then.
"""

from __future__ import annotations

import logging
import marshal
import multiprocessing
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass

from tukena.site import render
from tukena.site.config import SiteConfig

logger = logging.getLogger(__name__)

Compiled = dict[tuple[str, str], bytes]  # (language, template name) -> marshalled code


@dataclass(frozen=True)
class Theme:
    """What the page environments are made from (:func:`render.environment`'s arguments)."""

    path: str
    siteurl: str
    sitename: str
    version: str


def _pages(name: str) -> bool:
    return name.endswith(".html")


def compile_all(theme: Theme, languages: tuple[str, ...]) -> Compiled:
    """Every template of the theme in every language, compiled and marshalled."""
    out: Compiled = {}
    for lang in languages:
        env = render.environment(theme.path, lang, theme.siteurl, theme.sitename, theme.version)
        for name in env.list_templates(filter_func=_pages):
            source, filename, _ = env.loader.get_source(env, name)
            out[lang, name] = marshal.dumps(env.compile(source, name, filename))
    return out


def install(theme: Theme, compiled: Compiled) -> int:
    """Put compiled templates into this process's environments; return how many. A
    template already loaded here is kept."""
    count = 0
    for (lang, name), code in compiled.items():
        env = render.environment(theme.path, lang, theme.siteurl, theme.sitename, theme.version)
        if name not in env._loaded:
            globals_ = env.make_globals(None)
            code_object = marshal.loads(code)  # noqa: S302 - compiled by this build's own process
            env._loaded[name] = env.template_class.from_code(env, code_object, globals_)
            count += 1
    return count


class Precompiler:
    """Templates compiled in a forked process: :meth:`start` before the content loads,
    :meth:`finish` before the page workers fork."""

    def __init__(self, config: SiteConfig) -> None:
        self.theme = Theme(
            str(config.theme),
            config.siteurl,
            config.sitename,
            render.static_version(config.theme),
        )
        self.languages = tuple(config.languages)
        self._pool: ProcessPoolExecutor | None = None
        self._future: Future[Compiled] | None = None

    def start(self) -> None:
        context = multiprocessing.get_context("fork")
        self._pool = ProcessPoolExecutor(1, mp_context=context)
        self._future = self._pool.submit(compile_all, self.theme, self.languages)

    def finish(self) -> int:
        """Install what was compiled; return how many templates (0 when it failed)."""
        if self._pool is None or self._future is None:
            return 0
        try:
            compiled = self._future.result()
        except Exception as error:  # noqa: BLE001 - compiled again where used, errors and all
            logger.debug("templates were not compiled ahead: %s", error)
            return 0
        finally:
            self._pool.shutdown()
            self._pool = self._future = None
        count = install(self.theme, compiled)
        logger.debug("%s templates compiled ahead", count)
        return count

    def close(self) -> None:
        """Stop without installing anything (a build that stops early)."""
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)
            self._pool = self._future = None


def wanted(config: SiteConfig) -> bool:
    """Whether another core can compile while this one reads the content (which also
    helps a small site that renders its pages in this process)."""
    return render.worker_count(config) > 1 and "fork" in multiprocessing.get_all_start_methods()
