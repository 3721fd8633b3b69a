#!/usr/bin/env python3
"""Prints every failure recorded in the test results (.trx) files given: the test, its whole message and stack trace, what
it wrote, and any error of the run itself (a class or collection cleanup failure, a test host that stopped)."""
import sys
import xml.etree.ElementTree as ET

NS = {"t": "http://microsoft.com/schemas/VisualStudio/TeamTest/2010"}
failures = 0
for path in sys.argv[1:]:
    try:
        root = ET.parse(path).getroot()
    except (ET.ParseError, OSError) as error:
        print(f"!! {path} could not be read: {error}")
        failures += 1
        continue
    for result in root.iterfind(".//t:Results/t:UnitTestResult", NS):
        if result.get("outcome") in ("Passed", "NotExecuted", "Inconclusive"):
            continue
        failures += 1
        print(f"\n!! {result.get('outcome')}: {result.get('testName')} ({path})")
        for field in ("t:Output/t:ErrorInfo/t:Message", "t:Output/t:ErrorInfo/t:StackTrace", "t:Output/t:StdOut", "t:Output/t:StdErr"):
            text = result.findtext(field, default="", namespaces=NS).strip()
            if text:
                print(f"-- {field.split(':')[-1]}:\n{text}")
    for info in root.iterfind(".//t:ResultSummary/t:RunInfos/t:RunInfo", NS):
        if info.get("outcome") == "Error":
            failures += 1
            print(f"\n!! Run error ({path}):\n{info.findtext('t:Text', default='', namespaces=NS).strip()}")
sys.exit(1 if failures else 0)
