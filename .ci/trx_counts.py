"""Sums the passed/failed counters of every TRX file under a folder: prints "PASSED FAILED"."""
import glob
import os
import sys
import xml.etree.ElementTree as ET

passed = failed = 0
for path in glob.glob(os.path.join(sys.argv[1], "**", "*.trx"), recursive=True):
    counters = ET.parse(path).getroot().find(".//{*}Counters")
    if counters is None:
        continue
    passed += int(counters.get("passed", 0))
    failed += int(counters.get("failed", 0)) + int(counters.get("error", 0)) + int(counters.get("timeout", 0)) \
        + int(counters.get("aborted", 0))
print(passed, failed)
