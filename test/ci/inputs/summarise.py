"""Prints what a SARIF log holds, per rule, and how many errors the
validator's own log reports, for FileCheck."""
import collections
import json
import sys


def main(log_path, validation_path):
    run = json.load(open(log_path))["runs"][0]
    results = run["results"]
    print("results:", len(results))
    for rule, count in sorted(collections.Counter(r["ruleId"] for r in results).items()):
        print("%s: %d" % (rule, count))
    print("with code flows:", sum(1 for r in results if r.get("codeFlows")))
    print("with fixes:", sum(1 for r in results if r.get("fixes")))
    errors = 0
    for vrun in json.load(open(validation_path)).get("runs", []):
        errors += sum(1 for r in vrun.get("results", []) if r.get("level") == "error")
    print("validator errors:", errors)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
