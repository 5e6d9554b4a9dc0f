"""`python -m a11y_bank`."""

import sys

from a11y_bank.cli import main

sys.exit(main())
