"""``python -m tukena.bot serve|worker|status|review``."""

import sys

from tukena.bot.cli import main

sys.exit(main())
