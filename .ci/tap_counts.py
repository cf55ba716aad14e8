"""Reads the summary of node's TAP test output: prints "PASSED FAILED" (0 0 when the file is missing)."""
import re
import sys

passed = failed = 0
try:
    with open(sys.argv[1], encoding="utf-8") as tap:
        for line in tap:
            m = re.match(r"^# (pass|fail) (\d+)\s*$", line)
            if m:
                if m.group(1) == "pass":
                    passed = int(m.group(2))
                else:
                    failed = int(m.group(2))
except FileNotFoundError:
    pass
print(passed, failed)
