"""How much the bot reads at once: the bytes of request bodies in flight stay within
``TUKENA_BOT_BODY_BUDGET_BYTES`` (one address at most half of them); a request that does not
fit waits briefly, then gets 503 with Retry-After, its body unread and nothing stored."""

from __future__ import annotations

import asyncio
import gc
import logging
import tracemalloc
from urllib.parse import urlencode

import pytest

from tests.bot import asgi
from tests.bot.helpers import activity_pairs, fresh_token, make_client, make_settings
from tukena.bot import budget
from tukena.bot.errors import BotConfigurationError
from tukena.bot.settings import BotSettings

pytest_plugins = ["tests.bot.fixtures"]

#: the smallest limits: a form with photos is at most 1024 + 3 × 1 MB
SMALL = {"max_body_bytes": 1024, "photo_max_bytes": 1_000_000, "trust_forwarded_for": True}
LARGEST = 1024 + 3 * 1_000_000
BUDGET = 2 * LARGEST  # two large forms at once, not three; one an address


def large_form(address: str, size: int = 2_900_000) -> asgi.Sent:
    """A form of ``size`` bytes with a file (no photo in it), sent from ``address``."""
    around = len(b"".join(asgi.multipart([("_form", "activity-new")], [("images.0.src", 0)])))
    chunks = asgi.multipart([("_form", "activity-new")], [("images.0.src", size - around)])
    sent = asgi.multipart_request(chunks, address=address)
    sent.gate = asyncio.Event()  # its last chunk waits: in flight until the test says
    assert sent.size == size
    return sent


@pytest.fixture
def app(tmp_path, repo, clock):
    """The bot with a small budget, waiting 0.2 s for it (not 10)."""
    settings = make_settings(tmp_path, repo, body_budget_bytes=BUDGET, **SMALL)
    client = make_client(settings, clock)  # no lifespan: answered in the test's own loop
    client.app.state.bot.bodies.wait_seconds = 0.2
    return client.app


def test_bodies_in_flight_stay_within_the_budget_and_the_one_past_it_gets_503(app, caplog):
    bot = app.state.bot
    forms = [large_form(f"192.0.2.{n}") for n in range(1, 5)]

    async def scenario() -> tuple[list[int], list[int], int, int]:
        first = large_form("192.0.2.99")  # loads the templates and the content: not measured
        first.gate.set()
        await asgi.send(app, first)
        tracemalloc.start()
        try:
            tasks = [asyncio.create_task(asgi.send(app, form)) for form in forms]
            await asyncio.sleep(0.6)  # past the wait: the forms that did not fit are answered
            statuses, taken, in_use = (
                [f.status for f in forms],
                [f.taken for f in forms],
                bot.bodies.in_use,
            )
            for form in forms:
                form.gate.set()
            await asyncio.gather(*tasks)
            return statuses, taken, in_use, tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()

    with caplog.at_level(logging.DEBUG, logger="tukena.bot.budget"):
        statuses, taken, in_use, peak = asgi.run(scenario)
    # two read at once (all but their last chunk), two refused without a byte read
    assert statuses == [0, 0, 503, 503]
    assert taken[0] > 2_000_000 and taken[1] > 2_000_000 and taken[2:] == [0, 0]
    assert sum(taken) <= BUDGET and in_use == forms[0].size + forms[1].size
    for refused in forms[2:]:
        assert refused.answer_headers["retry-after"] == str(int(budget.RETRY_AFTER))
        assert "Palvelu on ruuhkautunut" in refused.answer.decode()  # "busy", in Finnish
    assert [f.status for f in forms[:2]] == [422, 422]  # read, and answered: no photos in them
    assert bot.bodies.in_use == 0 and bot.bodies.held("192.0.2.1") == 0
    # the memory of all four at once is that of the two read, their files loaded (2.9 MB
    # each, 6.7 MB traced), less than three would take (four took 12.6 MB)
    assert peak < 3 * forms[0].size, peak
    told = [r for r in caplog.records if "TUKENA_BOT_BODY_BUDGET_BYTES" in r.getMessage()]
    assert [r.levelname for r in told] == ["WARNING", "DEBUG"]  # once, not at each refusal
    assert bot.store.photo_totals() == (0, 0) and sum(bot.store.counts().values()) == 0


def test_one_address_takes_at_most_half_of_the_budget(app):
    forms = [large_form("192.0.2.1"), large_form("192.0.2.1"), large_form("192.0.2.2")]

    async def scenario() -> list[int]:
        tasks = [asyncio.create_task(asgi.send(app, form)) for form in forms]
        await asyncio.sleep(0.6)
        statuses = [f.status for f in forms]
        for form in forms:
            form.gate.set()
        await asyncio.gather(*tasks)
        return statuses

    assert asgi.run(scenario) == [0, 503, 0]  # another address's form is read meanwhile
    assert forms[1].taken == 0


def test_a_form_that_waits_is_read_once_another_is_answered_and_gets_its_receipt(
    tmp_path, repo, clock
):
    """The budget is given back when a form is answered; a waiting form then goes on, and
    its receipt comes once it is stored, as any other's."""
    settings = make_settings(tmp_path, repo, body_budget_bytes=BUDGET, **SMALL)
    client = make_client(settings, clock)
    bot = client.app.state.bot
    # a wait far longer than the test: the small form goes on only if it is woken
    bot.bodies.wait_seconds = 3600
    token = fresh_token(client, clock)
    text = urlencode([*activity_pairs(), ("_token", token)]).encode()
    small = asgi.Sent(
        [text],
        {
            "content-type": "application/x-www-form-urlencoded",
            "content-length": str(len(text)),
            "x-forwarded-for": "192.0.2.1",
        },
    )
    # the same address's large form leaves it less than the small one needs
    large = large_form("192.0.2.1", bot.bodies.per_address - len(text) + 1)

    async def scenario() -> tuple[int, int]:
        first = asyncio.create_task(asgi.send(client.app, large))
        await asyncio.sleep(0.05)
        second = asyncio.create_task(asgi.send(client.app, small))
        await asyncio.sleep(0.3)
        waiting = small.status, small.taken
        large.gate.set()
        await first
        # woken when the bytes were given back; a guard, far short of its hour-long wait
        await asyncio.wait_for(second, 60)
        return waiting

    status, taken = asgi.run(scenario)
    assert (status, taken) == (0, 0)  # waited, unread, for the large one's bytes
    assert large.status == 422 and small.status == 200
    stored = bot.store.listing()
    assert len(stored) == 1 and stored[0].state == "queued"
    assert f"/status/{stored[0].id}" in small.answer.decode()


def test_the_default_budget_is_three_times_the_largest_form_and_a_smaller_one_is_refused():
    settings = BotSettings()
    largest = settings.max_body_bytes + 3 * settings.photo_max_bytes
    assert settings.body_budget == 3 * largest == 225_294_912
    assert BotSettings(body_budget_bytes=2 * largest).body_budget == 2 * largest
    with pytest.raises(BotConfigurationError, match="TUKENA_BOT_BODY_BUDGET_BYTES"):
        BotSettings(body_budget_bytes=2 * largest - 1)


def test_a_form_whose_files_are_no_photos_leaves_nothing_in_memory_once_answered(
    tmp_path, repo, clock
):
    """The bytes a form reserved are given back when it is answered: its files must be
    gone from memory by then, not kept by the error of a file that is no photo until the
    cyclic collector runs (they were, 24 MB of them here, even past a collection)."""
    settings = make_settings(tmp_path, repo, photo_max_bytes=10_000_000)
    app = make_client(settings, clock).app
    files = [(f"images.{n}.src", 8_000_000) for n in range(3)]
    forms = [asgi.multipart_request(asgi.multipart([("_form", "activity-new")], files))]
    forms.append(asgi.multipart_request(asgi.multipart([("_form", "activity-new")], files)))

    async def scenario() -> int:
        await asgi.send(app, forms[0])  # loads the templates and the content: not measured
        gc.collect()
        tracemalloc.start()
        try:
            await asgi.send(app, forms[1])
            gc.collect()
            return tracemalloc.get_traced_memory()[0]
        finally:
            tracemalloc.stop()

    left = asgi.run(scenario)
    assert [f.status for f in forms] == [422, 422]  # each file an error of its field
    assert left < 2_000_000, left
