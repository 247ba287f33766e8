#!/usr/bin/env python3
"""Print a SARIF log of eventloop-sarif as lines a test can check:

  invocation: exit N, successful B
  result CHECK LEVEL: MESSAGE at FILE:LINE:COL-ENDCOL
    related N: TEXT at ...
    flow: TEXT at ...
    fix 'DESCRIPTION': FILE chars OFFSET+LENGTH bytes OFFSET+LENGTH -> 'TEXT'
  fingerprints distinct: B

  summarise_log.py LOG.sarif
"""

import json
import sys


def place(loc):
    phys = loc["physicalLocation"]
    region = phys.get("region", {})
    return "%s:%s:%s-%s" % (phys["artifactLocation"]["uri"], region.get("startLine"),
                            region.get("startColumn"), region.get("endColumn"))


def main(path):
    with open(path, encoding="utf-8") as f:
        run = json.load(f)["runs"][0]
    inv = run["invocations"][0]
    print("invocation: exit %d, successful %s" % (inv["exitCode"], inv["executionSuccessful"]))
    prints = []
    for r in run["results"]:
        print("result %s %s: %s at %s" % (r["ruleId"], r["level"], r["message"]["text"],
                                         place(r["locations"][0])))
        for rel in r.get("relatedLocations", []):
            print("  related %d: %s at %s" % (rel["id"], rel["message"]["text"], place(rel)))
        for flow in r.get("codeFlows", []):
            for step in flow["threadFlows"][0]["locations"]:
                loc = step["location"]
                print("  flow: %s at %s" % (loc["message"]["text"], place(loc)))
        for fix in r.get("fixes", []):
            for change in fix["artifactChanges"]:
                for rep in change["replacements"]:
                    d = rep["deletedRegion"]
                    print("  fix '%s': %s chars %d+%d bytes %d+%d -> '%s'" % (
                        fix["description"]["text"], change["artifactLocation"]["uri"],
                        d["charOffset"], d["charLength"], d["byteOffset"], d["byteLength"],
                        rep["insertedContent"]["text"]))
        prints.append(r["partialFingerprints"]["eventloopFingerprint/v1"])
    print("fingerprints distinct: %s" % (len(set(prints)) == len(prints)))


if __name__ == "__main__":
    main(sys.argv[1])
