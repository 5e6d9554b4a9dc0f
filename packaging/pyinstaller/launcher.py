"""Entry point of the frozen a11y bank: the ordinary command line plus one packaging-only flag.

`a11y-bank --bundle-selftest` prints, as JSON, what the bundle finds at run time (resources, the
speech driver, keyring backends, Qt plugins) and exits 1 if something the bundle should carry is
missing. It is for smoke tests and branch IT; everything else goes to `a11y_bank.cli.main`.
"""

import sys

SELFTEST_FLAG = "--bundle-selftest"

if __name__ == "__main__":
    if sys.argv[1:] == [SELFTEST_FLAG]:
        from bundle_selftest import run

        sys.exit(run())
    from a11y_bank.cli import main

    sys.exit(main())
